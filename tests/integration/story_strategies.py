"""Hypothesis strategies for whole stories: news-like sentences, adversarial runs, front matter.

They extend the extraction strategies of ``tests/extract/test_properties.py``
(imported from there, not copied) from one text to versions and folders of
versions. The words come from the seed corpus (``corpus/``) and from the
languages' own data files, so that sentences hold the amounts, percentages,
counts, weekdays, months and relative dates the engine reads, in the tense
that decides how a weekday is read.
"""

from __future__ import annotations

from typing import Any, Iterator

from hypothesis import strategies as st

from factcheck._vocab import load_vocab

from ..conftest import SEEDS
from ..extract.test_properties import LANGS, NOISE, adversarial

VOCAB = {lang: load_vocab(lang) for lang in LANGS}


def _flat(node: Any) -> Iterator[str]:
    """Every string in a (nested) list of the data files."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _flat(item)


def _sentences(text: str) -> list[str]:
    """Prose sentences of a seed file: lines cut after '. ', kept when they have six words or more."""
    found = []
    for line in text.splitlines():
        for piece in line.replace(". ", ".\n").splitlines():
            if len(piece.split()) >= 6 and piece.strip().endswith((".", "!", "?", "»")):
                found.append(piece.strip())
    return found


#: Sentences of the seed corpus (French prose, with English and Spanish headlines around it).
CORPUS_SENTENCES = sorted({s for seed in SEEDS for s in _sentences(seed.read_text(encoding="utf-8"))})
#: Names and capitalised words of the corpus ("Microsoft", "Tokyo", "Mohammed"): the subjects of sentences.
CORPUS_NAMES = sorted({w.strip(".,:;!?«»()\"'’") for s in CORPUS_SENTENCES for w in s.split()[1:] if w[:1].isupper() and len(w) > 3})
#: Other words of the corpus, as filler.
CORPUS_WORDS = sorted({w.strip(".,:;!?«»()\"") for s in CORPUS_SENTENCES for w in s.split() if w.isalpha() and len(w) > 3})

#: Verbs that set the tense of a clause (past and future), as ``dates.toml`` [tense] reads them.
VERBS = {
    "fr": {"past": ["a annoncé", "a investi", "a précisé", "avait promis", "a été signé"], "future": ["investira", "sera", "va verser", "annoncera"]},
    "en": {"past": ["said", "announced", "invested", "was signed", "had promised"], "future": ["will invest", "will announce", "is going to pay"]},
    "es": {"past": ["anunció", "invirtió", "ha firmado", "fue firmado", "prometía"], "future": ["invertirá", "anunciará", "va a pagar"]},
}


def _keys(lang: str, topic: str, table: str) -> list[str]:
    return sorted(VOCAB[lang][topic].get(table, {}))


def _table_words(lang: str, topic: str, table: str) -> list[str]:
    return sorted({w for value in VOCAB[lang][topic].get(table, {}).values() for w in _flat(value)})


def figure(lang: str) -> st.SearchStrategy[str]:
    """A number as the language writes it: digits with its separators, decimals, words, or a huge run."""
    seps = VOCAB[lang]["numbers"]["separators"]
    decimal, thousands = seps["decimal"][0], list(seps["thousands"])
    return st.one_of(
        st.integers(0, 10**6).map(str),
        st.tuples(st.integers(1, 999), st.integers(0, 99)).map(lambda t: f"{t[0]}{decimal}{t[1]}"),
        st.tuples(st.integers(1, 999), st.sampled_from(thousands), st.integers(0, 999)).map(lambda t: f"{t[0]}{t[1]}{t[2]:03d}"),
        st.sampled_from(_keys(lang, "numbers", "words")),
        st.integers(10**15, 10**60).map(str),
    )


def fact(lang: str) -> st.SearchStrategy[str]:
    """An amount, a percentage or a count, maybe hedged ("près de 2,9 milliards de dollars")."""
    hedges = sorted(set(_flat(list(VOCAB[lang]["numbers"]["hedges"].values()))))
    hedge = st.one_of(st.just(""), st.sampled_from(hedges))
    scale = st.one_of(st.just(""), st.sampled_from(_keys(lang, "numbers", "scales")))
    currency = st.sampled_from(_keys(lang, "numbers", "currency_names"))
    symbol = st.sampled_from(_keys(lang, "numbers", "currency_symbols"))
    percent = st.sampled_from(list(VOCAB[lang]["numbers"]["percent"]["suffixes"]))
    noun = st.sampled_from(list(VOCAB[lang]["numbers"]["running"]["nouns"]) + _table_words(lang, "numbers", "units") + _table_words(lang, "numbers", "durations"))
    n = figure(lang)
    return st.one_of(
        st.tuples(hedge, n, scale, currency).map(" ".join),
        st.tuples(hedge, symbol, n, scale).map(lambda t: f"{t[0]} {t[1]}{t[2]} {t[3]}"),
        st.tuples(hedge, n, percent).map(lambda t: f"{t[0]} {t[1]}{t[2]}" if t[2] == "%" else " ".join(t)),
        st.tuples(hedge, n, noun).map(" ".join),
    ).map(str.strip)


def when(lang: str) -> st.SearchStrategy[str]:
    """A date: weekday (alone or with a modifier), month, relative day, vague phrase, full or numeric date, year."""
    weekdays, months = _keys(lang, "calendar", "weekdays"), _keys(lang, "calendar", "months")
    modifier = st.sampled_from(_keys(lang, "dates", "modifiers"))
    weekday = st.sampled_from(weekdays)
    year = st.integers(1, 9999)
    return st.one_of(
        weekday,
        st.tuples(modifier, weekday).map(" ".join),
        st.tuples(weekday, modifier).map(" ".join),
        st.sampled_from(months),
        st.sampled_from(_keys(lang, "dates", "relative_days")),
        st.sampled_from(list(VOCAB[lang]["dates"]["vague"]["phrases"])),
        st.tuples(st.integers(1, 31), st.sampled_from(months), year).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        st.tuples(st.integers(0, 39), st.integers(0, 19), year).map(lambda t: f"{t[0]:02d}/{t[1]:02d}/{t[2]}"),
        year.map(str),
    )


def news_sentence(lang: str) -> st.SearchStrategy[str]:
    """"Microsoft a annoncé mardi près de 2,9 milliards de dollars Japon." in French, English or Spanish."""
    verbs = VERBS[lang]
    verb = st.sampled_from(verbs["past"] + verbs["future"])
    filler = st.lists(st.sampled_from(CORPUS_WORDS), max_size=8).map(" ".join)
    subject = st.sampled_from(CORPUS_NAMES)
    return st.one_of(
        st.tuples(subject, verb, when(lang), fact(lang), filler).map(lambda t: " ".join(t) + "."),
        st.tuples(when(lang), subject, verb, fact(lang), filler).map(lambda t: f"{t[0].capitalize()}, {' '.join(t[1:])}."),
        st.tuples(subject, verb, fact(lang), filler, fact(lang)).map(lambda t: " ".join(t) + "."),
    )


#: Invisible and direction characters: zero-width, word joiner, BOM, LRM/RLM, embeddings, isolates, ALM, NUL.
CONTROLS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\u061c", "\x00"]
SEPARATORS = [" ", ".", ",", "\u00a0", "\u202f", "-", "/", ":", "'"]


def runs(lang: str) -> st.SearchStrategy[str]:
    """Long repetitive runs: "1.1.1.1…", "mardi mardi …", digit groups with separators, huge numbers, controls."""
    repeatable = _keys(lang, "calendar", "weekdays") + _keys(lang, "dates", "relative_days") + _keys(lang, "calendar", "months")
    return st.one_of(
        st.integers(2, 1500).map(lambda n: "1." * n),
        st.tuples(st.sampled_from(repeatable), st.integers(2, 300)).map(lambda t: " ".join([t[0]] * t[1])),
        st.integers(30, 3000).map(lambda n: "9" * n),
        st.tuples(st.sampled_from(SEPARATORS), st.integers(2, 600)).map(lambda t: t[0].join(["123"] * t[1])),
        st.text(st.sampled_from(CONTROLS), min_size=1, max_size=30),
    )


def _sprinkle(args: tuple[str, list[tuple[int, str]]]) -> str:
    """Insert characters at the given positions (taken modulo the length)."""
    text, inserts = args
    for at, char in inserts:
        at = at % (len(text) + 1)
        text = text[:at] + char + text[at:]
    return text


def sprinkled(lang: str) -> st.SearchStrategy[str]:
    """A news sentence with zero-width, direction or NUL characters slipped inside words and figures."""
    inserts = st.lists(st.tuples(st.integers(0, 10**4), st.sampled_from(CONTROLS)), min_size=1, max_size=6)
    return st.tuples(news_sentence(lang), inserts).map(_sprinkle)


def paragraph(lang: str) -> st.SearchStrategy[str]:
    """One paragraph: a news sentence, a corpus sentence, adversarial text, a run, or any Unicode."""
    return st.one_of(
        news_sentence(lang),
        news_sentence(lang),
        st.sampled_from(CORPUS_SENTENCES),
        sprinkled(lang),
        adversarial(lang).map(lambda s: s[:3000]),
        runs(lang),
        st.sampled_from(NOISE),
        st.text(max_size=80),
    )


def article(lang: str, max_paragraphs: int = 8) -> st.SearchStrategy[str]:
    """A headline (a news sentence, so the file is never blank) and paragraphs."""
    return st.tuples(news_sentence(lang), st.lists(paragraph(lang), max_size=max_paragraphs)).map(lambda t: "\n\n".join([t[0], *t[1]]) + "\n")


#: ``published`` values YAML reads as a date, date-time, string or nothing, all of which the loader accepts.
GOOD_PUBLISHED = [
    "2024-04-14", "2024-04-14T09:30:00Z", "2024-04-14 09:30:00+02:00", "'2024-04-10'", "2000-02-29", "1999-12-31",
    "1900-01-01", "2999-12-31", "1970-01-01T00:00:00Z", "2100-12-31", "0001-01-01", "9999-12-31", "",
]
GOOD_LANG = ["fr", "en", "es", "fr-FR", "en_GB", "ES", "xx", "und"]


def front_matter(lang: str) -> st.SearchStrategy[str]:
    """No front matter, or a valid one with odd but accepted dates, unknown languages, story keys, extra fields."""
    line = st.one_of(
        st.sampled_from(GOOD_PUBLISHED).map(lambda p: f"published: {p}"),
        st.sampled_from(GOOD_LANG + [lang] * 4).map(lambda code: f"lang: {code}"),
        st.sampled_from(["title: 'Microsoft : 2,9 milliards'", "source: AFP", "url: https://example.org/a?b=1", "story: key-1", "story: 42", "extra: [1, 2]"]),
    )
    block = st.lists(line, max_size=5, unique_by=lambda s: s.split(":")[0]).map(lambda lines: "---\n" + "".join(f"{x}\n" for x in lines) + "---\n")
    return st.one_of(st.just(""), block)


#: Front matter the loader must refuse with a clear input error (and check the other files).
BROKEN_FRONT_MATTER = [
    "---\ntitle: x\nTexte sans fin de front matter.\n",
    "---\ntitle: [unclosed\npublished: 2024-01-01\n---\n",
    "---\n- a\n- b\n---\n",
    "---\nlang: 12\n---\n",
    "---\npublished: 20240414\n---\n",
    "---\npublished: 'mardi'\n---\n",
    "---\npublished: '2024-02-30'\n---\n",
    "---\n\t: :\n---\n",
]
#: Dates YAML reads as timestamps but that are no calendar day: PyYAML raises ValueError, not YAMLError.
IMPOSSIBLE_PUBLISHED = ["2024-02-30", "2024-13-01", "2023-02-29", "2024-00-10"]
