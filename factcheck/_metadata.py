"""Language and publication date of a version that does not state them.

Language: py3langid (``_langid``), restricted to the languages factcheck has vocabulary for.

Publication date, from the text alone, best evidence first:

1. a byline ("Publié dans Albayane le 14 - 04 - 2024", "Updated April 10, 2024"),
   believed only on a line of its own, or near the top of the article after a
   short author prefix; a "published" byline beats an "updated" one;
2. else an inference: dated reader comments bound the date from above, and
   weekday words of the current week ("ce mardi") pin the day inside the week
   of the earliest comment.

Long runs of site headlines and the comments zone never feed bylines or weekday
words. The words live in ``lang/<lang>/metadata.toml``; ``dateparser`` reads only
the short date span of a match, with the language given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import regex

from . import _langid, _regex
from ._markers import hookimpl
from ._vocab import Vocab, available_languages

if TYPE_CHECKING:
    from ._config import Config
    from ._model import Version

#: Texts with fewer letters than this have no language worth guessing.
MIN_LETTERS = 20
#: Below this probability the detector is guessing.
MIN_PROBABILITY = 0.5
#: How far (in characters) "the top of the article" reaches.
TOP_CHARS = 1500
#: Bylines and comment headers are short lines.
MAX_BYLINE_LINE = 250
MAX_HEADER_LINE = 120
#: The clause around a weekday word searched for past tense.
CLAUSE_BEFORE = 80
CLAUSE_AFTER = 60

# Language-neutral shapes.
_GAP = _regex.compile(r"[ \t\u00a0]{3,}")
_NOISE = _regex.compile(r"https?://\S+|www\.\S+|\S+@\S+|\d+")
_NOT_LETTERS = _regex.compile(r"\P{L}+")
_SEPARATORS = _regex.compile(r"[\s|•·—–\-:*>]*")
_GAP_SEPARATORS = _regex.compile(r"[\s,;|•·—–\-.()]*")
_SENTENCE_END = _regex.compile(r"[.!?;]")
_WORD_START = _regex.compile(r"\w")
_WORD_END = _regex.compile(r"\w$")


# --- Language --------------------------------------------------------------
def detect_language(text: str, languages: Sequence[str]) -> tuple[str, float] | None:
    """The most likely of ``languages`` for ``text``, with its probability.

    Headline runs, links and digits are dropped first. None for text with fewer
    than ``MIN_LETTERS`` letters, when the model knows none of ``languages``, or
    when the best probability is below ``MIN_PROBABILITY``.
    """
    kept = "\n".join(line for line in text.splitlines() if not _is_furniture(line))
    cleaned = _NOISE.sub(" ", (kept if _letters(kept[:20000]) >= 200 else text)[:20000])
    if _letters(cleaned) < MIN_LETTERS:
        return None
    found = _langid.DETECTOR.classify(cleaned, languages)
    return found if found is not None and found[1] >= MIN_PROBABILITY else None


def _letters(text: str) -> int:
    return len(_NOT_LETTERS.sub("", text))


# --- Patterns, compiled once per vocabulary --------------------------------
def _alt(words: Iterable[str], suffix: bool = False) -> str:
    """An alternation of whole ``words`` (or word ``suffix``es), longest first, any run of spaces between their words."""
    parts = []
    for word in sorted({w for w in words if w.strip()}, key=len, reverse=True):
        body = r"\s+".join(regex.escape(piece) for piece in word.split())
        head = r"(?<!\w)" if _WORD_START.match(word) and not suffix else ""
        tail = r"(?!\w)" if _WORD_END.search(word) else ""
        parts.append(head + body + tail)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    lang: str
    date_order: str
    am: frozenset[str]
    pm: frozenset[str]
    source_words: frozenset[str]
    byline: regex.Pattern[str]
    datetime: regex.Pattern[str]
    comments_marker: regex.Pattern[str]
    comment_header: regex.Pattern[str]
    weekday: regex.Pattern[str]
    past_tense: regex.Pattern[str]
    weekdays: dict[str, int]


_patterns_cache: dict[int, tuple[Vocab, _Patterns]] = {}


def _patterns(vocab: Vocab) -> _Patterns:
    cached = _patterns_cache.get(id(vocab))
    if cached is None or cached[0] is not vocab:
        cached = (vocab, _compile(vocab))
        _patterns_cache[id(vocab)] = cached
    return cached[1]


def _compile(vocab: Vocab) -> _Patterns:
    meta = vocab["metadata"]
    byline, text, comments, weekdays = (meta.get(k, {}) for k in ("byline", "date_text", "comments", "weekdays"))
    months = _alt(vocab["calendar"].get("months", {}))
    days = _alt(vocab["calendar"].get("weekdays", {}))
    # after a demonstrative, short weekdays count too ("nesta segunda"; alone, "segunda" is an ordinal)
    named_days = {**vocab["calendar"].get("weekdays", {}), **vocab["dates"].get("weekdays_after_modifier", {})}
    date_intro = _alt(byline.get("date_intro", []))
    join = rf"(?:{_alt(text.get('joiners', []))}\s+)?"
    ordinal = rf"(?:{_alt(text.get('ordinal_suffixes', []), suffix=True)})?"
    am, pm = text.get("am", []), text.get("pm", [])
    numeric = r"\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}(?:\d{4}|\d{2})(?!\d)"
    iso = r"\d{4}-\d{2}-\d{2}(?!\d)"
    day_month = rf"\d{{1,2}}{ordinal}\s+{join}{months}\.?,?\s+{join}\d{{4}}(?!\d)"
    month_day = rf"{months}\.?\s+\d{{1,2}}{ordinal},?\s+\d{{4}}(?!\d)"
    date_ = rf"(?:{days}\.?,?\s+(?:{date_intro}\s+)?)?(?:{iso}|{numeric}|{day_month}|{month_day})"
    # Other marks between hour and minute ("14.48 Uhr") and words after a time ("Uhr").
    time_sep = "".join(rf"|{regex.escape(c)}" for c in text.get("time_separators", []))
    time_after = rf"(?:\s?{_alt(text['time_suffixes'])})?" if text.get("time_suffixes") else ""
    time_ = (
        rf"(?:\s*,?\s*(?:{_alt(text.get('time_intro', []))}\s+|[-–|]\s*)?"
        rf"(?P<hour>\d{{1,2}})\s?(?::|[hH]{time_sep})\s?(?P<minute>\d{{2}})?(?:\s?(?P<meridiem>{_alt([*am, *pm])}))?{time_after}(?!\w))"
    )
    source_intro = _alt(byline.get("source_intro", []))
    flags = regex.IGNORECASE | regex.MULTILINE
    marker = _alt(comments.get("markers", []))
    past = "|".join(f"(?:{p})" for p in weekdays.get("past_tense", [])) or "(?!)"
    return _Patterns(
        lang=vocab.lang,
        date_order=text.get("date_order", ""),
        am=frozenset(w.lower() for w in am),
        pm=frozenset(w.lower() for w in pm),
        source_words=frozenset(w.lower() for w in byline.get("source_intro", [])),
        byline=_regex.compile(
            rf"(?P<marker>(?P<updated>{_alt(byline.get('updated', []))})|{_alt(byline.get('published', []))})"
            rf"(?:\s+{source_intro}\s+(?P<source>[^\n]{{1,60}}?))?\s*:?\s*(?:{date_intro}\s+)?(?P<date>{date_}){time_}?",
            flags,
        ),
        datetime=_regex.compile(rf"(?:{date_intro}\s+)?(?P<date>{date_}){time_}?", flags),
        comments_marker=_regex.compile(rf"^[ \t]*(?:\(?\d+\)?[ \t]*)?{marker}[ \t]*(?:\(?\d+\)?)?[ \t]*:?[ \t]*$", flags),
        comment_header=_regex.compile(_alt(comments.get("header_words", [])), flags),
        weekday=_regex.compile(rf"{_alt(weekdays.get('demonstratives', []))}\s+(?P<weekday>{_alt(named_days)})(?![ \t]+\d)", flags),
        past_tense=_regex.compile(past, flags),
        weekdays={k.lower(): int(v) for k, v in named_days.items()},
    )


# --- Reading dates in short spans ------------------------------------------
@lru_cache(maxsize=16)
def _date_parser(lang: str, order: str) -> Any:
    from dateparser import DateDataParser

    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    return DateDataParser(languages=[lang], settings=settings)


@lru_cache(maxsize=4096)
def _parse_date(span: str, lang: str, order: str) -> date | None:
    try:
        found = _date_parser(lang, order).get_date_data(" ".join(span.split()))
    except ValueError:  # a language dateparser does not know
        return None
    return found.date_obj.date() if found and found.date_obj else None


def _read(match: regex.Match[str], p: _Patterns) -> date | datetime | None:
    """The date of a match of a date pattern, with its time when the match has one."""
    day = _parse_date(match["date"], p.lang, p.date_order)
    if day is None or match["hour"] is None:
        return day
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    meridiem = (match["meridiem"] or "").lower()
    if meridiem in p.pm and hour < 12:
        hour += 12
    elif meridiem in p.am and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day
    return datetime(day.year, day.month, day.day, hour, minute)


# --- Layout: lines, site furniture, the top of the article, the comments zone ---
def _is_furniture(line: str) -> bool:
    """A long run of site headlines: three or more items separated by wide gaps."""
    return len(line) > MAX_BYLINE_LINE and len(_GAP.findall(line.strip())) >= 2


@dataclass(frozen=True, slots=True)
class _Layout:
    #: (start, end) of each line of the article text, in full-text offsets.
    lines: tuple[tuple[int, int], ...]
    furniture: frozenset[int]
    #: Where the top of the article ends.
    top_end: int
    #: Where the reader comments start (the text length when there are none).
    comments_start: int


def _layout(text: str, body_start: int, p: _Patterns) -> _Layout:
    lines, start = [], body_start
    for line in text[body_start:].split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    furniture = frozenset(i for i, (a, b) in enumerate(lines) if _is_furniture(text[a:b]))
    first = next((a for i, (a, b) in enumerate(lines) if i not in furniture and text[a:b].strip()), body_start)
    return _Layout(tuple(lines), furniture, first + TOP_CHARS, _comments_start(text, lines, p))


def _comments_start(text: str, lines: list[tuple[int, int]], p: _Patterns) -> int:
    """The first comments marker line followed by a dated comment header, else the last marker line."""
    markers = [i for i, (a, b) in enumerate(lines) if b - a <= MAX_HEADER_LINE and p.comments_marker.match(text, a, b)]
    for i in markers:
        if any(_comment_date(text, a, b, p) for a, b in lines[i + 1 :]):
            return lines[i][0]
    if markers:
        return lines[markers[-1]][0]
    for i, (a, b) in enumerate(lines):  # no marker: the first "X says:" line with a date on it or under it
        if b - a <= MAX_HEADER_LINE and p.comment_header.search(text, a, b):
            if _comment_date(text, a, b, p, header=True) or (i + 1 < len(lines) and _comment_date(text, *lines[i + 1], p)):
                return a
    return len(text)


def _comment_date(text: str, a: int, b: int, p: _Patterns, header: bool = False) -> date | datetime | None:
    """The date of a comment header line ("à écrit le 10/04/2024 à 14:48"), if the line is one."""
    if b - a > MAX_HEADER_LINE:
        return None
    match = p.datetime.search(text, a, b)
    if match is None:
        return None
    header = header or bool(p.comment_header.search(text, a, b))
    rest_is_empty = _GAP_SEPARATORS.fullmatch(text, match.end(), b) is not None
    if not (header or (match["hour"] is not None and rest_is_empty)):
        return None
    return _read(match, p)


def comment_dates(text: str, body_start: int, vocab: Vocab) -> list[date | datetime]:
    """The dates of the reader comments of a text, in text order."""
    p = _patterns(vocab)
    layout = _layout(text, body_start, p)
    return _comment_dates(text, layout, p)


def _comment_dates(text: str, layout: _Layout, p: _Patterns) -> list[date | datetime]:
    found = (_comment_date(text, a, b, p) for a, b in layout.lines if a >= layout.comments_start)
    return [value for value in found if value is not None]


# --- Bylines ---------------------------------------------------------------
def _name_like(prefix: str, p: _Patterns) -> bool:
    """A short author prefix before a byline: "Par Jean Dupont", "AFP", "By Jane Doe"."""
    words = prefix.strip(" \t,|•·—–-:").split()
    return len(words) <= 6 and all(w[0].isupper() or w.lower() in p.source_words or (len(w) <= 3 and w.isalpha()) for w in words)


def _gap_ok(gap: str, p: _Patterns) -> bool:
    """What may follow a byline on its line: separators, or "par Jean Dupont"."""
    if _GAP_SEPARATORS.fullmatch(gap):
        return True
    rest = gap.lstrip(" \t,;|•·—–-")
    words = rest.split()
    return bool(words) and words[0].lower() in p.source_words and len(rest) <= 80 and not _SENTENCE_END.search(rest.rstrip(".!?"))


def find_byline(text: str, body_start: int, vocab: Vocab) -> tuple[date | datetime, str] | None:
    """The publication date stated by a byline, with its source; None without one."""
    p = _patterns(vocab)
    return _find_byline(text, _layout(text, body_start, p), p)


def _find_byline(text: str, layout: _Layout, p: _Patterns) -> tuple[date | datetime, str] | None:
    updated: tuple[date | datetime, str] | None = None
    for i, (a, b) in enumerate(layout.lines):
        if a >= layout.comments_start:
            break
        if b - a > MAX_BYLINE_LINE or i in layout.furniture:
            continue
        matches = list(p.byline.finditer(text, a, b))
        if not matches:
            continue
        prefix = text[a : matches[0].start()]
        if not (_SEPARATORS.fullmatch(prefix) or (a < layout.top_end and _name_like(prefix, p))):
            continue
        for k, match in enumerate(matches):
            gap_end = matches[k + 1].start() if k + 1 < len(matches) else b
            if not _gap_ok(text[match.end() : gap_end], p):
                break
            value = _read(match, p)
            if value is None:
                continue
            quote = " ".join(match.group().split())
            if match["updated"] is None:
                return value, f"byline '{quote}'"
            updated = updated or (value, f"byline (updated) '{quote}'")
    return updated


# --- Inference from comments and weekday words -----------------------------
@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday word of the current week ("ce mardi") and whether its clause is in the past tense."""

    text: str
    start: int
    weekday: int
    past: bool


def _weekday_mentions(text: str, layout: _Layout, p: _Patterns) -> list[WeekdayMention]:
    mentions = []
    for i, (a, b) in enumerate(layout.lines):
        if a >= layout.comments_start:
            break
        if i in layout.furniture:
            continue
        for match in p.weekday.finditer(text, a, b):
            weekday = p.weekdays.get(match["weekday"].lower())
            if weekday is None:
                continue
            before = text[max(a, match.start() - CLAUSE_BEFORE) : match.start()]
            before = _SENTENCE_END.split(before)[-1]
            after = _SENTENCE_END.split(text[match.end() : min(b, match.end() + CLAUSE_AFTER)])[0]
            past = bool(p.past_tense.search(before) or p.past_tense.search(after))
            mentions.append(WeekdayMention(match.group(), match.start(), weekday, past))
    return mentions


def _infer(mentions: list[WeekdayMention], bound: date | datetime) -> tuple[date, str]:
    """Pin the day: a past-tense weekday is on or before publication, so the latest one wins;
    without one, the latest weekday not after the bound. All lie in the week of the bound,
    or the week before when a past-tense weekday falls after the bound."""
    limit = bound.date() if isinstance(bound, datetime) else bound
    shown = bound.strftime("%Y-%m-%d %H:%M") if isinstance(bound, datetime) else bound.isoformat()
    before = f"before the earliest reader comment ({shown})"
    monday = limit - timedelta(days=limit.weekday())
    if any(m.past and monday + timedelta(days=m.weekday - 1) > limit for m in mentions):
        monday -= timedelta(days=7)
    dated = [(monday + timedelta(days=m.weekday - 1), m) for m in mentions]
    past = [(day, m) for day, m in dated if m.past]
    usable = past or [(day, m) for day, m in dated if day <= limit]
    if not usable:
        return limit, f"inferred: on or {before}"
    day, mention = max(usable, key=lambda pair: (pair[0], -pair[1].start))
    return day, f"inferred: '{mention.text}' → {day.isoformat()}, {before}"


def infer_published(text: str, body_start: int, vocab: Vocab) -> tuple[date | datetime, str] | None:
    """The publication date of a text with no front-matter date, and how it was found.

    A byline wins. Else the earliest dated reader comment bounds the date and
    "ce <weekday>" words pin the day (see ``_infer``); with comments but no such
    words, the date of the earliest comment is returned as an upper bound
    ("inferred: on or before …"), which is off by at most the comment delay.
    Weekday words without comments give None: nothing anchors their week.
    """
    p = _patterns(vocab)
    layout = _layout(text, body_start, p)
    byline = _find_byline(text, layout, p)
    if byline is not None:
        return byline
    dates = _comment_dates(text, layout, p)
    if not dates:
        return None
    bound = min(dates, key=lambda d: d if isinstance(d, datetime) else datetime(d.year, d.month, d.day, 23, 59))
    return _infer(_weekday_mentions(text, layout, p), bound)


# --- Hooks -----------------------------------------------------------------
@hookimpl
def factcheck_detect_language(version: Version, config: Config) -> tuple[str, str] | None:
    languages = config.languages() if hasattr(config, "languages") else available_languages()
    found = detect_language(version.body, languages)
    if found is None:
        return None
    code, probability = found
    return code, f"detected (p={probability:.2f})"


@hookimpl
def factcheck_infer_published(version: Version, config: Config) -> tuple[date | datetime, str] | None:
    if not version.lang:
        return None
    return infer_published(version.text, version.body_start, config.vocab(version.lang))
