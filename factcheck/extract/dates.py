"""Dates: every absolute and relative date of a version, as an interval of days.

One pass of the language's compiled atom pattern finds date expressions
("9 avril", "10/04/2024", "la semaine dernière", "mardi", "2017-2021" …).
Each is read as an interval against the version's publication date, with the
tense of its clause settling what the words leave open ("a annoncé mardi" is
the last Tuesday, "sera candidat en novembre" the next November). Two dates
joined by a connector become a range ("du 4 au 22 janvier"); a word such as
"depuis" or "d'ici" before a date opens its interval on one side.

Policy for what the words leave open (documented in the claims' ``extra``):

- no tense cue, or present tense: the past reading (the reference day
  included), with the future one in ``extra["alternatives"]`` and
  ``extra["ambiguous"] = True`` when they differ;
- vague phrases ("ces dernières années") stay claims with no interval and
  ``extra["vague"] = True``; any date that needs a reference when the version
  has none gets ``extra["unresolved"] = True`` and no interval;
- open intervals ("depuis 2020", "après 2018", "avant 2010", "d'ici 2030")
  keep the named bound and leave the other None (``d'ici`` starts at the
  reference when there is one); ``extra["mod"]`` names the word's meaning.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Iterator

from .. import _regex
from .._fold import fold
from .._markers import hookimpl
from .._model import ARTICLE_ZONES, Claim, Document, Version
from .._vocab import Vocab
from . import _dates_calendar as cal
from ._dates_grammar import MONTH_NUMBER_FORMS, RANGE_FORMS, Grammar, build
from ._dates_resolve import COUNTED_FORMS, Reading, form_of, looks_back, on_the_clock, read

#: Forms that never join a range.
_NO_RANGE = frozenset({"vague", "offset", "rel_count", "dayrange", "mdayrange", "dayrange_rel", "yearrange"})
_LEFT_STOP = _regex.compile(r"(?r)(?:[.!?;](?=\s)|\n)")
_RIGHT_STOP = _regex.compile(r"[,.!?;:\n]")
_TOKEN = _regex.compile(r"\w+(?:['’]\w+)*")
_WORD = _regex.compile(r"\w+")
#: Characters around a date searched for its context words and its tense cues: a clause
#: rarely reaches further, and a bound keeps a long line of dates linear.
CONTEXT_REACH = 200
#: Characters after a function word ("le", "dans") in which a digit or calendar word must appear for a date to start there.
CUE_REACH = 40
TENSE_REACH = 300
_YEAR_FOLLOWER = _regex.compile(r"\s*(?:[\w%€$£]|[.,]\d)")
_YEAR = _regex.compile(r"(?:1[5-9]\d\d|20\d\d)(?!\d)")
#: The most years a range of two bare years may span ("entre 1500 e 2000" more likely counts something).
YEAR_RANGE_SPAN = 50
#: A comma between a month and the year that follows it ("March, 2000").
_COMMA_BEFORE_YEAR = _regex.compile(r"\s*,")
_GRAMMARS: dict[int, tuple[Vocab, Grammar]] = {}


def grammar(vocab: Vocab) -> Grammar:
    """The compiled patterns of ``vocab``'s language, built once per vocabulary object."""
    hit = _GRAMMARS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        hit = _GRAMMARS[id(vocab)] = (vocab, build(vocab))
    return hit[1]


@dataclass(frozen=True)
class Found:
    """One date expression: its span, its reading and the tense of its clause."""

    start: int
    end: int
    reading: Reading
    tense: str | None
    form: str
    #: The atom match, to read it again (a range end, "d'ici" before a date without year).
    match: Any = field(default=None, compare=False, repr=False)


def find_dates(text: str, g: Grammar, ref: date | None, start: int = 0, clause_start: Any = None) -> list[Found]:
    """Every date expression of ``text[start:]``, read against ``ref`` (None: relative ones stay unresolved).

    ``clause_start(offset)`` gives the start of the sentence holding ``offset``
    (tense cues are looked for inside it); by default the text start.
    """
    items: list[tuple[Found, Any]] = []
    pos = start
    starts = g.starts
    digits = _Digits(text, start)
    for token in _WORD.finditer(text, start):
        at = token.start()
        word = token.group().lower()
        if at < pos or not (word[0].isdigit() or word in starts or (not word.isascii() and fold(word) in starts)):
            continue
        gate = g.gate.check(word)
        if gate is False or (gate is not True and not gate.match(text, at)):
            continue  # no form can start here (see AtomGate)
        if word in g.weak_starts and not _cue_after(g, text, token.end(), digits):
            continue
        m = g.atoms.match(text, at)
        if m is None:
            continue
        form = form_of(m)
        tense = None
        if form in RANGE_FORMS:
            reading = _read(m, g, ref, tense := _tense(g, text, m, clause_start))
            if reading is None:
                m = g.singles.match(text, at)
                if m is None:
                    continue
                form = form_of(m)
        if not _accept(form, m, text, g):
            if form not in MONTH_NUMBER_FORMS:
                continue
            m = g.month_alone.match(text, at)  # "en février 10 milliards": the month alone
            if m is None or not _accept(form := form_of(m), m, text, g):
                continue
        tense = _tense(g, text, m, clause_start)
        if form in COUNTED_FORMS and not _offset_fits_tense(m, g, form, tense):
            continue
        reading = _read(m, g, ref, tense)
        if reading is not None:
            items.append((Found(m.start(), m.end(), reading, tense, form, m), m))
            pos = m.end()
    return [_open(text, g, ref, f) for f in _ranges(text, g, ref, _named_days(text, items))]


def _cue_after(g: Grammar, text: str, end: int, digits: _Digits) -> bool:
    """Does ``g.cue_after`` find a digit or a calendar word within ``CUE_REACH`` characters after ``end``?"""
    return digits.within(end, min(end + CUE_REACH, len(text))) or g.cue_word.search(text, end, end + CUE_REACH) is not None


_DIGIT_RUN = _regex.compile(r"\d+")


class _Digits:
    """Where the runs of digits of a text are, found in one pass (news text has digits every few words)."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str, start: int) -> None:
        runs = [m.span() for m in _DIGIT_RUN.finditer(text, start)]
        self.starts = [a for a, _ in runs]
        self.ends = [b for _, b in runs]

    def within(self, lo: int, hi: int) -> bool:
        """Is there a digit in ``text[lo:hi]`` (as ``\\d`` searched there would find)?"""
        i = bisect_right(self.ends, lo)  # the first run that ends after lo
        return i < len(self.starts) and self.starts[i] < hi


#: Forms of a weekday said without its date ("ce dimanche", "Sunday", "dimanche dernier").
WEEKDAY_FORMS = frozenset({"wd_mod", "weekday", "wd_relweek", "relweek_wd"})
#: Forms that name the day itself.
DAY_FORMS = frozenset({"ymd", "dmy", "dmy_sp", "named3", "text_dmy", "text_mdy", "dm2"})
_WEEKDAY_GAP = _regex.compile(r"[\s,]*")


def _same_weekday(a: Found, b: Found) -> bool:
    """Do two readings fall on the same day of the week ("dimanche" and "14 juillet 2024"; not "lunedì" and "1-3")?"""
    return a.reading.start is not None and b.reading.start is not None and a.reading.start.weekday() == b.reading.start.weekday()


def _named_days(text: str, items: list[tuple[Found, Any]]) -> list[tuple[Found, Any]]:
    """"ce dimanche 14 juillet 2024", "this Sunday, July 14": a weekday right before a date on that weekday is
    one date, read from the date (the weekday alone would be read against the publication date)."""
    out: list[tuple[Found, Any]] = []
    for found, m in items:
        if out and found.form in DAY_FORMS and found.reading.granularity == "day":
            last, _ = out[-1]
            if last.form in WEEKDAY_FORMS and _WEEKDAY_GAP.fullmatch(text, last.end, found.start) and _same_weekday(last, found):
                out[-1] = (replace(found, start=last.start, tense=found.tense or last.tense), m)
                continue
        out.append((found, m))
    return out


def _tense(g: Grammar, text: str, m: Any, clause_start: Any) -> str | None:
    return tense_at(g, text, m.start(), m.end(), clause_start(m.start()) if clause_start else 0)


#: Characters either side of a dashed day and month where a word of a match result makes it a score.
SCORE_REACH = 80


def _score_sentence(text: str, m: Any, g: Grammar) -> bool:
    """Is there a word of a match result in the sentence around ``m``, within :data:`SCORE_REACH`?"""
    lo, hi = max(0, m.start() - SCORE_REACH), m.end() + SCORE_REACH
    left, right = _LEFT_STOP.search(text, lo, m.start()), _SENTENCE_END.search(text, m.end(), hi)
    return g.score_cue.search(text, left.end() if left else lo, right.start() if right else hi) is not None


#: The end of a sentence after a match.
_SENTENCE_END = _regex.compile(r"[.!?](?=\s|$)|\n")


def _accept(form: str, m: Any, text: str, g: Grammar) -> bool:
    """Context checks the pattern cannot make: a bare year must look like one ("en 2022", "2030.")."""
    if form == "year":
        if g.year_cue_end.search(text, max(0, m.start() - 25), m.start()):
            return not _hedged_count(m, text, g)
        return not _YEAR_FOLLOWER.match(text, m.end()) or _opens_year_range(m, text, g)
    if form == "relative_day":
        return not g.blocked_before.search(text, max(0, m.start() - 12), m.start())
    if form == "text_mdy" and not m.group("y") and g.quantity_after is not None and g.quantity_after.match(text, m.end()):
        return False  # "en février 10 milliards d'euros": the number is an amount, not a day
    if form == "dm2" and g.score_cue is not None and text[m.end("a") : m.start("b")].strip() == "-" and _score_sentence(text, m, g):
        return False  # "anotó el 2-1": a score in a sentence on a match, not the 2nd of January
    if form == "wd_day" and m.group("d") and not text[m.start():m.end()].endswith(")"):
        after = [p for p in (g.quantity_after, g.counted_after) if p is not None]
        return not any(p.match(text, m.end()) for p in after)  # "Venerdì 15 persone": the number counts
    if form == "month_year" and m.group("mo") and m.start("mo") < m.start("y"):
        return _year_after_month(m, text, g)
    # a count *ago* ("più di un mese fa") names a day whatever word precedes it: ``period_cues`` only make
    # "in N years" after a superlative ("the strongest in 25 years") a span looked back on
    if form == "offset" and g.period_cue is not None and not looks_back(m, g):
        return not g.period_cue.search(text, max(0, m.start() - 60), m.start())
    return True


def _hedged_count(m: Any, text: str, g: Grammar) -> bool:
    """"hasta 2000 personas", "até 2000 pessoas", "ab 1500 Euro": after a year cue that is also a hedge of
    the number data, a number before a plural noun or an amount's word is a hedged count or amount."""
    if g.hedged_year_cue is None or not g.hedged_year_cue.search(text, max(0, m.start() - 25), m.start()):
        return False
    if g.quantity_after is not None and g.quantity_after.match(text, m.end()):
        return True
    noun = g.counted_after.match(text, m.end()) if g.counted_after is not None else None
    if noun is None:
        return False
    word = noun.group().strip()
    if g.capitalized_nouns and not word[:1].isupper():
        return False
    return bool(g.plurals(word))


_FIRST_WORD = _regex.compile(r"[\w'’]*")


def _offset_fits_tense(m: Any, g: Grammar, form: str, tense: str | None) -> bool:
    """"voltarei em três semanas" is a date, "a taxa caiu 8% em doze meses" a span: a word of
    ``later_before_future`` reads a later date only in a future clause. So does any "later" word before hours,
    minutes or seconds ("ran it in 9.58 seconds", "collapsed in 30 seconds"), and a count of them is the last or
    next ones from the publication only outside a past clause ("scored twice in the last ten minutes") and after an article."""
    sub_day = g.units.get(fold(m.group("unit") or "")) in cal.SUB_DAY_SECONDS
    if form == "rel_count":  # and after an article: "shouldn't last two hours" is a length
        return not sub_day or tense != "past" and fold(_FIRST_WORD.match(m.group()).group()) in g.articles
    word = m.group("ob") or m.group("oa")
    key = g.offsets.get(fold(word or ""), "")
    return not (key == "later_before_future" or sub_day and key.startswith("later")) or tense == "future"


def _opens_year_range(m: Any, text: str, g: Grammar) -> bool:
    """"de 2015 a 2018", "entre 2015 e 2018", "between 2015 and 2018": a year joined to a later one (at most
    ``YEAR_RANGE_SPAN`` years on) that ends the phrase is a year, though a word follows it. "and" joins
    a range only after "between" ("entre", "tra"); "2024 and 2025" stays as it was."""
    paired = g.pair_opener_end.search(text, max(0, m.start() - 30), m.start())  # "entre 2015 e", not "2024 and"
    for connector in (g.connector, g.pair_connector) if paired else (g.connector,):
        gap = connector.match(text, m.end())
        other = _YEAR.match(text, gap.end()) if gap else None
        if other and not _YEAR_FOLLOWER.match(text, other.end()) and 0 < int(other.group()) - int(m.group("y")) <= YEAR_RANGE_SPAN:
            return True
    return False


def _year_after_month(m: Any, text: str, g: Grammar) -> bool:
    """Is the number after a month name its year? Not before an amount's word ("février 2000 milliards"),
    nor, after a comma, before any word ("En mars, 2000 personnes"): "March, 2000," stays a date."""
    if g.quantity_after is not None and g.quantity_after.match(text, m.end()):
        return False
    return not (_COMMA_BEFORE_YEAR.match(text, m.end("mo")) and _YEAR_FOLLOWER.match(text, m.end()))


def _read(m: Any, g: Grammar, ref: date | None, tense: str | None) -> Reading | None:
    direction = "future" if tense == "future" else "past"
    reading = _this_weekday_by_tense(read(m, g, ref, direction), m, g, ref, tense)
    if reading is None or not reading.partial or tense == "past":
        return reading
    if tense == "future" and not _bare_month(m):
        return reading  # "mardi" in a future sentence is the next Tuesday; a bare month may still name past data
    other = read(m, g, ref, "past" if direction == "future" else "future")
    if other is None or None in (other.start, other.end) or (other.start, other.end) == (reading.start, reading.end):
        return reading  # no other reading, or none inside the calendar ("dimanche" read on 9999-12-31)
    if (tense in (None, "present") and ref is not None and form_of(m) not in WEEKDAY_FORMS
            and abs((other.start - ref).days) < abs((reading.start - ref).days)):
        reading, other = other, reading  # no past or future tense says which: the nearer ("le 24 mars" six days ahead)
    alternatives = [[other.start, other.end]]
    return replace(reading, extra={**reading.extra, "ambiguous": True, "alternatives": alternatives})


def _this_weekday_by_tense(reading: Reading | None, m: Any, g: Grammar, ref: date | None, tense: str | None) -> Reading | None:
    """"Ce dimanche", "this Sunday" name the day of the reference's week, unless the tense says otherwise:
    "ont voté ce dimanche" in a Monday text is the day before, "se réunira ce lundi" on a Saturday the day after."""
    if reading is None or ref is None or reading.start is None or tense not in ("past", "future"):
        return reading
    if form_of(m) != "wd_mod" or _modifier(m, g) != "this" or m.group("d"):
        return reading  # "nesta quinta-feira (4)": the day of the month has settled it
    shift = -7 if tense == "past" and reading.start > ref else 7 if tense == "future" and reading.start < ref else 0
    if not shift:
        return reading
    day = reading.start + timedelta(days=shift)
    return replace(reading, start=day, end=day)


def _modifier(m: Any, g: Grammar) -> str | None:
    """The kind of the modifier of a weekday or month ("ce" → "this"), if the expression has one."""
    if m is None or "mod" not in m.re.groupindex or not m.group("mod"):
        return None
    return g.modifiers.get(fold(m.group("mod")))


def _bare_month(m: Any) -> bool:
    """A month named alone ("de enero"): in a future sentence it may be the data of a month just past."""
    return form_of(m) == "month_mod" and not m.group("mod")


def tense_at(g: Grammar, text: str, start: int, end: int, lo: int = 0) -> str | None:
    """The tense of the clause around ``text[start:end]``: nearest cue on the left, else first on the right."""
    if g.tense is None:
        return None
    lo = max(lo, start - TENSE_REACH)
    stop = _LEFT_STOP.search(text, lo, start)
    left = stop.end() if stop else lo
    last = None
    for cue in g.tense.finditer(text, left, start):
        if fold(cue.group()) not in g.not_cues:
            last = cue.lastgroup
    if last:
        return last
    stop = _RIGHT_STOP.search(text, end, min(len(text), end + 200))
    for cue in g.tense.finditer(text, end, stop.start() if stop else min(len(text), end + 200)):
        if fold(cue.group()) not in g.not_cues:
            return cue.lastgroup
    return None


def _ranges(text: str, g: Grammar, ref: date | None, items: list[tuple[Found, Any]]) -> Iterator[Found]:
    """Join "A - B", "A au B", "entre A et B" into one range; pass the others through."""
    i = 0
    while i < len(items):
        a, ma = items[i]
        if i + 1 < len(items):
            b, mb = items[i + 1]
            joined = _join(text, g, ref, a, ma, b, mb)
            if joined is not None:
                yield joined
                i += 2
                continue
        yield a
        i += 1


def _join(text: str, g: Grammar, ref: date | None, a: Found, ma: Any, b: Found, mb: Any) -> Found | None:
    if a.form in _NO_RANGE or b.form in _NO_RANGE or a.reading.start is None or b.reading.start is None:
        return None
    gap = text[a.end : b.start]
    if a.form == "day_only" and gap.startswith("."):
        gap = gap[1:]  # "vom 29. bis 3.5.": the day's own period
    start = a.start
    if not g.connector.fullmatch(gap):
        opener = g.pair_opener_end.search(text, max(0, a.start - 30), a.start)
        if not (g.pair_connector.fullmatch(gap) and opener):
            return None
        start = opener.start()
    ra, rb = a.reading, b.reading
    if a.form == "day_only" and b.form != "day_only" and rb.granularity == "day" and rb.start is not None and ra.start is not None:
        ra = _in_month_of(ra, rb.start)  # "vom 2. bis 22.10.", "del 2 al 22/10": the first day is in the second's month
    elif not ra.explicit_year and rb.explicit_year and rb.end is not None:
        ra = read(ma, g, rb.end, "past") or ra
    elif not rb.explicit_year and ra.start is not None:
        rb = read(mb, g, ra.start, "future") or rb
    if ra.start is None or rb.end is None or ra.start > rb.end:
        return None
    if start == a.start:
        opener = g.opener_end.search(text, max(0, a.start - 12), a.start)
        start = opener.start() if opener else start
    reading = Reading(ra.start, rb.end, "range", relative=ra.relative or rb.relative, explicit_year=True,
                      extra={"end_granularity": rb.granularity})
    return Found(start, b.end, reading, a.tense or b.tense, "range")


def _in_month_of(reading: Reading, day: date) -> Reading:
    """A bare day of the month moved into the month of ``day`` (the other end of its range), or the month
    before when it would come after ``day`` ("vom 28. bis 3.11." starts on 28 October)."""
    if reading.start is None:
        return reading
    month = day if reading.start.day <= day.day else day.replace(day=1) - timedelta(days=1)
    try:
        first = month.replace(day=reading.start.day)
    except ValueError:  # no 31 in that month
        return reading
    return replace(reading, start=first, end=first, explicit_year=True)


def _open(text: str, g: Grammar, ref: date | None, found: Found) -> Found:
    """Apply the words written just before a date: "la semaine du" (its week), "fin" / "début" (part of
    its unit), then "depuis", "après", "avant", "jusqu'à", "d'ici" (an open side)."""
    r = found.reading
    if found.form in RANGE_FORMS:
        opener = g.opener_end.search(text, max(0, found.start - 12), found.start) or g.pair_opener_end.search(text, max(0, found.start - 12), found.start)
        return replace(found, start=opener.start()) if opener and found.form != "yearrange" else found
    if found.form == "range" or r.start is None or r.end is None:
        return found
    lo = max(0, found.start - 30)
    week_of = g.week_of_end.search(text, lo, found.start) if r.granularity == "day" else None
    if week_of:
        monday = r.start - timedelta(days=r.start.weekday())
        extra = {**r.extra, "base": [r.start, r.end]}
        return replace(found, start=week_of.start(), reading=replace(r, start=monday, end=monday + timedelta(days=6), granularity="week", extra=extra))
    part = g.part_end.search(text, lo, found.start)
    if part and r.granularity in cal.PART_SPLITS:
        kind = g.parts.get(fold(part.group("m")), "")
        start, end = cal.narrow(r.start, r.end, r.granularity, kind.removesuffix("_rest"))
        if kind.endswith("_rest") and ref is not None and r.relative:
            start = min(max(start, ref), end)
        extra = {**r.extra, "part": g.parts.get(fold(part.group("m"))), "base": [r.start, r.end]}
        found = replace(found, start=part.start(), reading=replace(r, start=start, end=end, extra=extra))
        r = found.reading
    m = g.mod_end.search(text, max(0, found.start - 30), found.start)
    if not m:
        return found
    mod = g.range_mods.get(fold(m.group("m")))
    # "à partir de jeudi", "ab Donnerstag": an open range like "depuis", but pointing forward, even in a past
    # clause ("a décrété trois jours de deuil à partir de jeudi"), where the day before stays a second reading
    onward = mod == "onward"
    mod = "since" if onward else mod
    bounds = {
        "since": (r.start, None),
        "after": (r.end + timedelta(days=1) if r.end else None, None),
        "before": (None, r.start - timedelta(days=1)),
        "until": (None, r.end),
        "by": (ref, r.end),
    }.get(mod or "")
    if bounds is None:
        return found
    if (mod in ("by", "until") or onward) and r.partial and found.match is not None and ref is not None:
        ahead = read(found.match, g, ref, "future") or r
        if onward and found.tense == "past" and (ahead.start, ahead.end) != (r.start, r.end):
            behind = read(found.match, g, ref, "past") or r
            r = replace(ahead, extra={**ahead.extra, "ambiguous": True, "alternatives": [[behind.start, behind.end]]})
        else:
            r = ahead
        bounds = (r.start, None) if onward else (bounds[0], r.end)
    if bounds[0] is not None and bounds[1] is not None and bounds[0] > bounds[1]:
        bounds = (None, bounds[1])  # "d'ici 2020" in a 2024 text looks back: no start after its end
    extra = {**r.extra, "mod": mod, "base_granularity": r.granularity, "base": [r.start, r.end]}
    reading = replace(r, start=bounds[0], end=bounds[1], granularity="range", relative=r.relative or mod == "by", extra=extra)
    return replace(found, start=m.start(), reading=reading)


def context_words(text: str, lo: int, hi: int, start: int, end: int, stopwords: frozenset[str], n: int = 4) -> list[str]:
    """Up to ``n`` content words on each side of a claim, inside its sentence."""
    keep = lambda w: len(w) > 2 and not w.isdigit() and fold(w) not in stopwords  # noqa: E731
    if n < 1:
        left = _TOKEN.findall(text, max(lo, start - CONTEXT_REACH), start)
        right = _TOKEN.findall(text, end, min(hi, end + CONTEXT_REACH))
        return [w.lower() for w in [w for w in left if keep(w)][-n:] + [w for w in right if keep(w)][:n]]
    return [w.lower() for w in _near_left(text, max(lo, start - CONTEXT_REACH), start, keep, n)[::-1]
            + _near_right(text, end, min(hi, end + CONTEXT_REACH), keep, n)]


#: Characters read first on each side of a claim for its context words; the whole reach only when they hold too few.
NEAR = 60


def _near_left(text: str, lo: int, start: int, keep: Any, n: int) -> list[str]:
    """The last ``n`` words of ``text[lo:start]`` that ``keep`` keeps, nearest first. The words of a shorter
    stretch before ``start`` are the same, but for the first, which may be cut: it is left out."""
    near = max(lo, start - NEAR)
    if near > lo:
        found = _first(reversed(_TOKEN.findall(text, near, start)[1:]), keep, n)
        if len(found) == n:
            return found
    return _first(reversed(_TOKEN.findall(text, lo, start)), keep, n)


def _near_right(text: str, end: int, hi: int, keep: Any, n: int) -> list[str]:
    """The first ``n`` words of ``text[end:hi]`` that ``keep`` keeps. The words of a shorter stretch after
    ``end`` are the same while they end two characters before it does (an apostrophe and a letter go on a word)."""
    near = min(hi, end + NEAR)
    if near < hi:
        found = _first((m.group() for m in _TOKEN.finditer(text, end, near) if m.end() <= near - 2), keep, n)
        if len(found) == n:
            return found
    return _first(_TOKEN.findall(text, end, hi), keep, n)


def _first(words: Iterable[str], keep: Any, n: int) -> list[str]:
    """The first ``n`` of ``words`` that ``keep`` keeps (the others are not looked at)."""
    out: list[str] = []
    for w in words:
        if keep(w):
            out.append(w)
            if len(out) == n:
                break
    return out


def extract(document: Document, vocab: Vocab) -> list[Claim]:
    """The date claims of a segmented version (the plain function behind the hook)."""
    version = document.version
    text, ref = version.text, version.reference_day
    g = grammar(vocab)
    stopwords = frozenset(fold(w) for w in vocab.get("dates", "words", {}).get("stopwords", []))
    sentences = document.sentences

    def clause_start(offset: int) -> int:
        sentence = document.sentence_at(offset)
        return sentence.start if sentence else 0

    dateline = _dateline(version)
    claims = []
    # the publication's time of day, on its own clock: "two hours ago" is then one day
    now = version.published.replace(tzinfo=None) if isinstance(version.published, datetime) and ref is not None else None
    for f in find_dates(text, g, ref, version.body_start, clause_start if sentences else None):
        sentence = document.sentence_at(f.start)
        lo, hi = (sentence.start, sentence.end) if sentence else (0, len(text))
        r = (on_the_clock(f.match, g, now) if now is not None and f.form in COUNTED_FORMS else None) or f.reading
        extra: dict[str, Any] = {"context": context_words(text, lo, hi, f.start, f.end, stopwords), "tense": f.tense,
                                 "form": f.form, **r.extra}
        modifier = _modifier(f.match, g)
        if modifier:
            extra["modifier"] = modifier  # "this" for "ce mardi", "last", "next"
        if r.start is None and r.end is None:
            extra["unresolved"] = True
        claims.append(Claim(
            version=version.path, kind="date", text=text[f.start : f.end], start=f.start, end=f.end,
            start_date=r.start, end_date=r.end, granularity=r.granularity, relative=r.relative,
            reference=ref if r.relative else None, zone=_zone(document, f.start, f.end, (r.start, r.end), dateline),
            sentence=(sentence.start, sentence.end) if sentence else None, extra=extra,
        ))
    return claims


#: Characters from the start of the body within which the version's own publication date is its dateline.
DATELINE_REACH = 120


def _dateline(version: Version) -> tuple[int, tuple[date, date]] | None:
    """Where a dateline may start at the latest, and the days of the version's own publication date (its day,
    or its month when only the month is known); None without a publication date."""
    published = version.published_date
    if published is None:
        return None
    body = version.text[version.body_start :]
    head = version.body_start + len(body) - len(body.lstrip())
    own = cal.month_interval(published.year, published.month) if version.published_precision == "month" else (published, published)
    return head + DATELINE_REACH, own


def _zone(document: Document, start: int, end: int, days: tuple[date | None, date | None],
          dateline: tuple[int, tuple[date, date]] | None) -> str:
    """The claim's zone; ``byline`` for the version's own publication date written with a number at the head
    of its text ("date 2024-01-15 The German economy …", "BERLIN, Jan 15 (Reuters) -"): it dates the page, not
    the story. A weekday ("ce mardi") is the story's."""
    zone = document.zone_at(start) or "body"
    if dateline is None or start > dateline[0] or days != dateline[1] or zone not in ARTICLE_ZONES:
        return zone
    return "byline" if any(ch.isdigit() for ch in document.version.text[start:end]) else zone


@hookimpl
def factcheck_extract(document: Document, vocab: Vocab, config: Any) -> list[Claim]:
    """Hook: the date claims of ``document``."""
    return extract(document, vocab)
