"""Properties of the whole extraction pipeline (segment -> numbers -> dates) over any text.

Whatever the input, in French, English and Spanish: extraction never raises,
every claim's span lies within the text and ``text[start:end]`` is its text,
``low <= value <= high`` where set, a date's ``start_date <= end_date``, and no
input of a few kilobytes takes more than the deadline (a catastrophic
backtracking guard, not a timing test). Inputs are arbitrary Unicode and
adversarial mixes of the languages' own number, hedge and date words (taken
from the data files) with digit runs, separators, no-break spaces, combining
marks and other scripts. Derandomized, so CI sees the same cases every run.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck._model import Claim, Version
from factcheck._segment import segment
from factcheck._vocab import load_vocab
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers

LANGS = ("fr", "en", "es")
PUBLISHED = date(2024, 4, 14)

PROPERTY = settings(
    derandomize=True,
    database=None,
    deadline=timedelta(seconds=10),
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def pipeline(text: str, lang: str, published: date | None = PUBLISHED) -> list[Claim]:
    """Segment, then read numbers and dates, as the ``--claims`` command does."""
    vocab = load_vocab(lang)
    document = segment(Version("case.txt", text, lang=lang, published=published), vocab)
    return extract_numbers(document, vocab) + extract_dates(document, vocab)


def check(text: str, claims: list[Claim]) -> None:
    """The invariants every claim of every input must hold."""
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        if c.value is not None:
            assert c.value.is_finite(), c
            if c.low is not None:
                assert c.low <= c.value, c
            if c.high is not None:
                assert c.value <= c.high, c
        if c.low is not None and c.high is not None:
            assert c.low <= c.high, c
        if c.start_date is not None and c.end_date is not None:
            assert c.start_date <= c.end_date, c


def _strings(node: Any) -> Iterator[str]:
    """Every key and string of a data table: the words the patterns are built from."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _strings(item)
    elif hasattr(node, "items"):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)


def _words(lang: str) -> list[str]:
    vocab = load_vocab(lang)
    found = {w for topic in ("numbers", "dates", "calendar") for w in _strings(vocab[topic]) if w.strip()}
    return sorted(found)


WORDS = {lang: _words(lang) for lang in LANGS}

#: Pieces that stress the digit reader, the separators and Unicode handling.
NOISE = [
    " ", " ", " ", "\u00a0", "\u202f", "\n", "\n\n", "\t", "   ", ".", ",", ", ", ". ", "-", " - ", "–", "/", ":",
    "%", "€", "$", "£", "¥", "^", "e", "E", "+", "−", "'", "’", "«\u00a0", "\u00a0»", "(", ")", "?", "!",
    "0", "1", "2", "9", "000", "1 000", "1.000", "1,000", "2,9", "2.5", "10/04/2024", "14 - 04 - 2024",
    "2017-2021", "1/2", "1e6", "10^3", "0,5", ",5", "12h30", "14:48", "1er", "3rd", "25e",
    "\u0301", "\u0327", "\u0308", "e\u0301", "\u200b", "\ufeff", "\u0661\u0662\u0663", "١٢", "٣,٥",
    "\u0968\u0966", "二十", "三百万", "Москва 12", "مليار", "דולר", "ﬁ", "Ⅻ", "²", "½", "𝟗", "🙂",
]


def adversarial(lang: str) -> st.SearchStrategy[str]:
    """Text built from the language's own number/hedge/date words, noise, and repeated runs."""
    piece = st.one_of(
        st.sampled_from(WORDS[lang]),
        st.sampled_from(NOISE),
        st.from_regex(r"[0-9][0-9.,\u00a0\u202f ]{0,40}", fullmatch=True),
        st.text(max_size=6),
    )
    repeated = st.tuples(st.lists(piece, min_size=1, max_size=4), st.integers(1, 200)).map(
        lambda t: " ".join(t[0]) * t[1]
    )
    return st.lists(st.one_of(piece, piece.map(lambda p: p + " "), repeated), max_size=60).map("".join)


def _run_and_check(text: str, lang: str, published: date | None = PUBLISHED) -> list[Claim]:
    claims = pipeline(text, lang, published)
    check(text, claims)
    return claims


# Inputs that once broke the reader, or stress it hardest: each must be read within LIMIT seconds.
# Sizes are about 10 KB: each takes under 0.3 s, and a reader quadratic in them takes many seconds.
#: Far above the normal cost (well under a second): only runaway backtracking or a quadratic scan reaches it.
LIMIT = 10.0
HUGE_EXAMPLES = [
    "0," + "0" * 33_340 + "1^-30 euros",  # a tiny value to a negative power: Decimal overflow
    "1e" + "9" * 5_000 + " euros",  # an exponent beyond Python's int-from-string limit
    "9" * 5_000 + " dollars",
    "un et " * 2_000 + "un euros",
    "one and " * 2_000 + "one dollars",
    "uno y " * 2_000 + "uno dólares",
    "près de " * 1_000 + "3 milliards de dollars",
    "more than about nearly " * 500 + "50%",
    "1." * 5_000,
    "1 " * 5_000 + "euros",
    "1\u202f000" * 1_500,
    "2,9 milliards de dollars, $2.9 billion, 2.900 millones de dólares; " * 100,
]
#: One long line with a date every ~900 characters: the date reader looks at the whole sentence
#: around each date (context words, tense cues), so its cost grows with dates x sentence length.
_FILLER = "le groupe investit dans la recherche, the group invests in research, el grupo invierte en investigación, " * 8
DENSE_DATES = (_FILLER + "le 9 avril 2024, on April 9, 2024, el 9 de abril de 2024, ") * 60


def warm(lang: str) -> None:
    """Compile the language's patterns outside the timed block."""
    pipeline("Microsoft a annoncé mardi 2,9 milliards de dollars, $3 billion, 3.000 millones de dólares.", lang)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the test when the block runs longer than ``seconds``."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"extraction took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", HUGE_EXAMPLES, ids=range(len(HUGE_EXAMPLES)))
def test_huge_inputs_are_read_in_bounded_time(text: str, lang: str) -> None:
    warm(lang)
    with time_limit(LIMIT):
        _run_and_check(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_a_long_line_of_dates_is_read_in_bounded_time(lang: str) -> None:
    warm(lang)
    with time_limit(LIMIT):
        claims = _run_and_check(DENSE_DATES, lang)
    assert sum(c.kind == "date" for c in claims) >= 180


def test_the_overflow_and_long_exponent_cases_still_give_the_money_claim() -> None:
    tiny = _run_and_check("0," + "0" * 33_340 + "1^-30 euros", "fr")
    assert [c.kind for c in tiny] == ["money"] and tiny[0].value > 0
    long_exp = _run_and_check("Un budget de 1e" + "9" * 5_000 + " euros", "fr")
    assert [c.currency for c in long_exp] == ["EUR"]


@pytest.mark.parametrize("lang", LANGS)
def test_arbitrary_unicode(lang: str) -> None:
    @PROPERTY
    @given(text=st.text(max_size=400))
    @example(text="")
    @example(text="\u0301\u0301 2,9\u0301 milliards\u0327 de dollars")
    def prop(text: str) -> None:
        _run_and_check(text, lang)

    prop()


@pytest.mark.parametrize("lang", LANGS)
def test_adversarial_text(lang: str) -> None:
    @PROPERTY
    @given(text=adversarial(lang), published=st.sampled_from([PUBLISHED, None, date(2000, 2, 29), date(2100, 12, 31)]))
    def prop(text: str, published: date | None) -> None:
        _run_and_check(text, lang, published)

    prop()


@pytest.mark.parametrize("lang", LANGS)
def test_text_around_a_real_sentence_does_not_break_it(lang: str) -> None:
    """Noise before and after a sentence with a figure and a date leaves the claims' invariants intact."""
    sentence = {
        "fr": "Microsoft a annoncé mardi un investissement de près de 3 milliards de dollars.",
        "en": "Microsoft said on Tuesday it would invest nearly $3 billion.",
        "es": "Microsoft anunció el martes una inversión de casi 3.000 millones de dólares.",
    }[lang]

    @settings(PROPERTY, max_examples=30)
    @given(before=adversarial(lang), after=adversarial(lang))
    def prop(before: str, after: str) -> None:
        text = before + "\n\n" + sentence + "\n\n" + after
        claims = _run_and_check(text, lang)
        at = len(before) + 2
        inside = [c for c in claims if at <= c.start and c.end <= at + len(sentence)]
        assert any(c.kind == "money" and c.low is not None and c.low < 3_000_000_000 <= c.high for c in inside), inside

    prop()
