"""From one matched date form to an interval of days, against a reference date.

``read(match, grammar, ref, direction)`` turns a match of the atom pattern into
a ``Reading``. ``direction`` ("past" or "future") settles what the words leave
open (which year for "9 avril", which Tuesday for "mardi"); a reading that used
it is ``partial`` so the caller can also compute the other one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from .._fold import fold
from . import _dates_calendar as cal
from ._dates_grammar import FORMS, Grammar


@dataclass(frozen=True)
class Reading:
    """What one date expression means."""

    start: date | None
    end: date | None
    granularity: str
    #: Resolved against the reference date.
    relative: bool = False
    #: The reading depended on ``direction`` (past or future).
    partial: bool = False
    #: A year is written (or implied by the form); ranges borrow it from their other end.
    explicit_year: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


#: How many years either side of the reference a weekday may pick a day and month's year from ("lunedì 3
#: giugno" in an April 2024 text is 3 June 2024, not 3 June 2023); a weekday that fits none is a slip, ignored.
WEEKDAY_YEARS = 1

UNRESOLVED = Reading(None, None, "unknown", relative=True, partial=False, explicit_year=False, extra={"unresolved": True})


def form_of(m: Any) -> str:
    for name in FORMS:
        if m.group(name) is not None:
            return name
    raise AssertionError("no form matched")  # pragma: no cover


def _int(m: Any, name: str) -> int | None:
    value = m.group(name)
    return int(value) if value else None


def _day(m: Any, g: Grammar, i: str = "") -> int | None:
    if m.group(f"d{i}"):
        return int(m.group(f"d{i}"))
    word = m.group(f"dw{i}")
    return g.numbers.get(fold(word)) if word else None


def _year(m: Any) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    if m.group("yy"):
        yy = int(m.group("yy"))
        return 2000 + yy if yy < 50 else 1900 + yy
    return None


def _month(m: Any, g: Grammar, name: str = "") -> int | None:
    value = m.group(name or "mo")
    return g.months.get(fold(value).rstrip(".")) if value else None


def _wd(m: Any, g: Grammar) -> int | None:
    value = m.group("wd")
    return g.weekdays.get(fold(value).rstrip(".")) if value else None


def _rule(m: Any, g: Grammar) -> dict[str, Any] | None:
    value = m.group("mod")
    if not value:
        return None
    return g.rules.get(g.modifiers.get(fold(value), ""))


def _count(m: Any, g: Grammar) -> int | None:
    if m.group("n"):
        return int(m.group("n"))
    return g.numbers.get(fold(m.group("nw"))) if m.group("nw") else None


def _unit(m: Any, g: Grammar) -> str | None:
    value = m.group("unit")
    return g.units.get(fold(value)) if value else None


def _day_iv(day: date) -> cal.Interval:
    return day, day


def _md(month: int, day: int) -> Any:
    return lambda year: _day_iv(date(year, month, day))


def _numeric_md(a: int, b: int, order: str) -> tuple[int, int] | None:
    """(month, day) from two numbers in the language's order, swapped when only the other order is a date."""
    first = (b, a) if order != "MDY" else (a, b)
    for month, day in (first, first[::-1]):
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


def _partial(make: Any, ref: date | None, direction: str, span: range | None = None, gran: str = "day", **extra: Any) -> Reading:
    if ref is None:
        return replace(UNRESOLVED, granularity=gran)
    iv = cal.nearest(make, ref, direction, span or cal.years_around(ref))
    if iv is None:
        return replace(UNRESOLVED, granularity=gran)
    return Reading(iv[0], iv[1], gran, relative=True, partial=True, explicit_year=False, extra=extra)


def _fixed(iv: cal.Interval | None, gran: str, relative: bool = False) -> Reading | None:
    if iv is None:
        return None
    return Reading(iv[0], iv[1], gran, relative=relative)


def read(m: Any, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    """The reading of a match, or None when its numbers are not a date (31/02, 2021-2017)."""
    try:
        return _read(m, form_of(m), g, ref, direction)
    except (ValueError, OverflowError):  # also "hier" against a publication date of 0001-01-01
        return None


def _read(m: Any, form: str, g: Grammar, ref: date | None, direction: str) -> Reading | None:  # noqa: C901 - one branch per form
    if form in ("ymd", "dmy", "dmy_sp", "ymd8"):
        year = _year(m)
        md = (_int(m, "mn"), _int(m, "dd")) if form in ("ymd", "ymd8") else _numeric_md(_int(m, "dd") or 0, _int(m, "mn") or 0, g.order)
        if md is None or year is None:
            return None
        return _fixed(_day_iv(date(year, md[0], md[1])), "day")
    if form == "named3":
        return _fixed(_day_iv(date(_year(m) or 0, _month(m, g) or 0, _int(m, "dd") or 0)), "day")
    if form == "yearrange":
        y1, y2 = _int(m, "y"), _int(m, "y2")
        if y1 is None or y2 is None or y2 <= y1:
            return None
        return Reading(date(y1, 1, 1), date(y2, 12, 31), "range", extra={"end_granularity": "year"})
    if form == "year":
        return _fixed(cal.year_interval(_int(m, "y") or 0), "year")
    if form == "decade":
        value = int(m.group("dec") or g.decade_words.get(fold(m.group("decw")), 0))
        start = value if value >= 100 else 1900 + value
        return _fixed(cal.decade_interval(start), "decade")
    if form == "month_year":
        year = _year(m)
        month = _int(m, "mn") or _month(m, g)
        return _fixed(cal.month_interval(year or 0, month or 0), "month")
    if form in ("text_dmy", "text_mdy", "dm2", "day_only", "wd_day"):
        return _read_day(m, form, g, ref, direction)
    if form in ("dayrange", "mdayrange", "dayrange_rel"):
        return _read_dayrange(m, form, g, ref, direction)
    if form == "quarter":
        return _read_quarter(m, g, ref)
    if form == "holiday":
        spec = g.holidays[fold(m.group("hol"))]
        year = _year(m)
        if year is not None:
            return _fixed(_day_iv(cal.holiday(spec, year)), "day")
        return _partial(lambda y: _day_iv(cal.holiday(spec, y)), ref, direction)
    if form == "part_word":
        return _read_part_word(m, g, ref)
    if form == "part_unit":
        unit = _unit(m, g)
        if ref is None:
            return UNRESOLVED if unit else None
        return _fixed(cal.unit_interval(ref, unit, 0), unit, True) if unit else None
    if form == "nth_wd":
        rule, month, year = _rule(m, g), _month(m, g), _year(m)
        n, wd = _nth(m, g), _wd(m, g)
        if not n or wd is None:
            return None
        if month:
            if year is None:
                return _partial(lambda y: _day_iv(cal.nth_weekday(y, month, wd, n)), ref, direction)
            return _fixed(_day_iv(cal.nth_weekday(year, month, wd, n)), "day")
        if ref is None:  # "le premier vendredi de ce mois", with no publication date
            return UNRESOLVED
        first = cal.add_months(ref.replace(day=1), int(rule["offset"]) if rule else 0)
        return _fixed(_day_iv(cal.nth_weekday(first.year, first.month, wd, n)), "day", True)
    if form == "nth_week":
        return _read_nth_week(m, g, ref, direction)
    if form == "nth_day":
        return _read_nth_day(m, g, ref, direction)
    if form == "weekno":
        year = _year(m) or (ref.year if ref else None)
        if year is None:
            return UNRESOLVED
        monday = date.fromisocalendar(year, _int(m, "wk") or 1, 1)
        return Reading(monday, monday + timedelta(days=6), "week", relative=_year(m) is None)
    if form == "vague":
        return replace(UNRESOLVED, granularity="vague", extra={"unresolved": True, "vague": True})
    if ref is None:
        return UNRESOLVED
    if form == "relative_day":
        return _fixed(_day_iv(ref + timedelta(days=g.relative_days[fold(m.group("rd"))])), "day", True)
    if form == "rel_unit":
        unit, rule = _unit(m, g), _rule(m, g)
        offset = rule["offset"] if rule else g.bare_units.get(unit or "")
        if unit is None or offset is None:
            return None
        return _fixed(cal.unit_interval(ref, unit, int(offset)), unit, True)
    if form == "rel_count":
        unit, rule, n = _unit(m, g), _rule(m, g), _count(m, g)
        if unit is None or not rule or not rule["offset"] or not n:
            return None
        counted = sub_day_count(m, g)
        if counted:  # "the last 24 hours": the days they reach, from the publication's
            return Reading(*cal.sub_day_interval(ref, *counted), "range", relative=True, extra={"end_granularity": "day"})
        return Reading(*cal.counted_interval(ref, unit, n, rule["offset"]), "range", relative=True, extra={"end_granularity": "day"})
    if form == "offset":
        unit, n = _unit(m, g), _count(m, g)
        if unit is None or n is None:
            return None
        sign = -1 if looks_back(m, g) else 1
        counted = sub_day_count(m, g)
        if counted:  # "vor zwei Stunden": that day or the one before, the time read apart
            return Reading(*cal.sub_day_interval(ref, *counted), "range", relative=True, extra={"approximate": unit, "end_granularity": "day"})
        day = cal.shift(ref, unit, sign * n)
        day = cal.shift_half(day, unit, sign) if m.group("half") else day
        hedge = g.hedges.get(fold(m.group("hedge") or ""))
        if hedge and hedge != "exact":
            return _hedged_offset(ref, day, hedge, unit)
        return Reading(day, day, "day", relative=True, extra={"approximate": unit})
    if form in ("wd_relweek", "relweek_wd"):
        rule, wd = _rule(m, g), _wd(m, g)
        return _fixed(_day_iv(cal.weekday_in_week(ref, wd or 1, int(rule["offset"]) if rule else 0)), "day", True)
    if form == "day_relmonth":
        rule, day = _rule(m, g), _day(m, g)
        first = cal.add_months(ref.replace(day=1), int(rule["offset"]) if rule else 0)
        return _fixed(_day_iv(first.replace(day=day or 0)), "day", True)
    if form == "month_relyear":
        rule = _rule(m, g)
        return _fixed(cal.month_interval(ref.year + (int(rule["offset"]) if rule else 0), _month(m, g) or 0), "month", True)
    if form == "wd_mod" and m.group("d"):
        return _read_day(m, "wd_day", g, ref, direction)  # "nesta quinta-feira (4)": the day settles the week
    if form in ("wd_mod", "weekday"):
        return _read_weekday(m, g, ref, direction)
    if form == "month_mod":
        return _read_month(m, g, ref, direction)
    return None  # pragma: no cover


def _read_day(m: Any, form: str, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    wd = _wd(m, g) if form != "day_only" else None
    if form == "dm2":
        md = _numeric_md(_int(m, "a") or 0, _int(m, "b") or 0, g.order)
        if md is None:
            return None
        month, day = md
    else:
        day = _day(m, g) or 0
        month = _month(m, g) if form in ("text_dmy", "text_mdy") else None
    year = _year(m) if form in ("text_dmy", "text_mdy") else None
    if not 1 <= day <= 31:
        return None
    if form in ("text_dmy", "text_mdy") and m.group("ymod"):
        return _day_of_relative_year(m, g, ref, month or 0, day)
    if year is not None and month:
        return _fixed(_day_iv(date(year, month, day)), "day")
    rule = _rule(m, g) if form == "text_dmy" else None
    if rule and ref is not None and month:
        iv = cal.strictly(lambda y: _day_iv(date(y, month, day)), (ref, ref), "past" if rule["offset"] < 0 else "future", cal.years_around(ref))
        return Reading(iv[0], iv[1], "day", relative=True, explicit_year=False) if iv else None
    if month:
        make = _md(month, day)
        if wd is not None and ref is not None:
            weekday_fits = lambda y: make(y) if date(y, month, day).isoweekday() == wd else None  # noqa: E731
            return _with_plain(_closest(weekday_fits, ref, direction, cal.years_around(ref, WEEKDAY_YEARS)), _partial(make, ref, direction))
        return _partial(make, ref, direction)
    if ref is None:
        return UNRESOLVED
    months = list(cal.months_around(ref))

    def make_dom(k: int) -> cal.Interval | None:
        y, mo = months[k]
        iv = _day_iv(date(y, mo, day))
        return iv if wd is None or iv[0].isoweekday() == wd else None

    if wd is not None:
        return _closest(make_dom, ref, direction, range(len(months)))
    return _partial(make_dom, ref, direction, range(len(months)))


def _with_plain(fit: Reading | None, plain: Reading) -> Reading:
    """The year the weekday picks, keeping the year read without it as an alternative (another version may
    write "July 4" alone in a past clause, meaning the same day): the weekday could be a slip."""
    if fit is None:
        return plain
    if plain.start is None or (plain.start, plain.end) == (fit.start, fit.end):
        return fit
    return replace(fit, extra={**fit.extra, "ambiguous": True, "alternatives": [[plain.start, plain.end]]})


def _day_of_relative_year(m: Any, g: Grammar, ref: date | None, month: int, day: int) -> Reading | None:
    """"2 de fevereiro do ano passado", "am 2. Februar vergangenen Jahres": the year the modifier names
    around the reference, not the nearest 2 February (nor "vergangenen" read as "the last 2 February")."""
    if ref is None:
        return UNRESOLVED
    rule = g.rules.get(g.modifiers.get(fold(m.group("ymod")), ""))
    year = ref.year + (int(rule["offset"]) if rule else 0)
    return Reading(date(year, month, day), date(year, month, day), "day", relative=True)


def _closest(make: Any, ref: date, direction: str, span: range) -> Reading | None:
    """A day of the month named with its weekday ("mercredi 31", "venerdì 15") fits only a few months,
    and a day and month with one ("lunedì 3 giugno") a few years: the one closest to ``ref``, on either
    side (``direction`` breaks a tie)."""
    sides = {side: cal.nearest(make, ref, side, span) for side in ("past", "future")}
    found = [(abs((iv[0] - ref).days), side != direction, iv) for side, iv in sides.items() if iv is not None]
    if not found:
        return None
    iv = min(found)[2]
    return Reading(iv[0], iv[1], "day", relative=True, explicit_year=False)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _read_dayrange(m: Any, form: str, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    d1, d2 = _day(m, g, "1"), _day(m, g, "2")
    if not d1 or not d2 or d2 < d1:
        return None
    if form == "dayrange_rel":
        if ref is None:
            return UNRESOLVED
        rule = _rule(m, g)
        first = cal.add_months(ref.replace(day=1), int(rule["offset"]) if rule else 0)
        return Reading(first.replace(day=d1), first.replace(day=d2), "range", relative=True, extra={"end_granularity": "day"})
    month = _month(m, g)
    year = _year(m)
    if not month:
        return None
    if year is not None:
        return Reading(date(year, month, d1), date(year, month, d2), "range", extra={"end_granularity": "day"})
    r = _partial(lambda y: (date(y, month, d1), date(y, month, d2)), ref, direction, gran="range")
    return replace(r, extra={**r.extra, "end_granularity": "day"})


#: The forms that count from the publication ("three days ago", "the last 24 hours").
COUNTED_FORMS = frozenset({"offset", "rel_count"})


def looks_back(m: Any, g: Grammar) -> bool:
    """Is ``m`` an offset *ago* ("più di un mese fa", "vor zwei Stunden")?"""
    return g.offsets.get(fold(m.group("ob") or m.group("oa") or ""), "").startswith("ago")


def sub_day_count(m: Any, g: Grammar) -> tuple[str, float, int] | None:
    """An offset or a count of hours, minutes or seconds ("two hours ago", "the next 48 hours"): its unit,
    how many, and its direction from the publication (-1 back); None for any other form."""
    form = form_of(m)
    if form not in COUNTED_FORMS:
        return None
    unit, n = _unit(m, g), _count(m, g)
    if unit not in cal.SUB_DAY_SECONDS or n is None:
        return None
    if form == "offset":
        return unit, n + (0.5 if m.group("half") else 0), -1 if looks_back(m, g) else 1
    rule = _rule(m, g)
    if not rule or not rule["offset"]:
        return None
    return unit, n, -1 if rule["offset"] < 0 else 1


def on_the_clock(m: Any, g: Grammar, now: datetime) -> Reading | None:
    """An offset or a count of hours, minutes or seconds read against a publication whose time of day is
    known: the day or days it reaches, exactly. None for any other form."""
    counted = sub_day_count(m, g)
    if counted is None:
        return None
    unit, n, sign = counted
    day = (now + sign * timedelta(seconds=n * cal.SUB_DAY_SECONDS[unit])).date()
    if form_of(m) == "offset":
        return Reading(day, day, "day", relative=True, extra={"approximate": unit})
    start, end = sorted((day, now.date()))
    return Reading(start, end, "day" if start == end else "range", relative=True, extra={"end_granularity": "day"})


def _hedged_offset(ref: date, day: date, hedge: str, unit: str) -> Reading:
    """"há menos de dois meses" is some day since then, "vor mehr als einem Monat" any day before it, "há
    cerca de um ano" a day within a quarter of the count either side (as hedged figures are read)."""
    if hedge.startswith("at_most"):
        start, end = min(day, ref), max(day, ref)
    elif hedge.startswith("at_least"):
        start, end = (None, day) if day <= ref else (day, None)
    else:
        spread = timedelta(days=abs((day - ref).days) // 4)
        start, end = day - spread, day + spread
    return Reading(start, end, "range", relative=True, extra={"approximate": unit, "hedge": hedge, "base": [day, day]})


def _read_part_word(m: Any, g: Grammar, ref: date | None) -> Reading | None:
    """"Jahresende", "Monatsanfang", "Jahresende 2025": a part of the reference's unit (or of the year written)."""
    part, unit = g.part_words[fold(m.group("pw"))]
    year = _year(m)
    if year is not None and unit == "year":
        base, relative = cal.year_interval(year), False
    elif ref is None:
        return replace(UNRESOLVED, granularity=unit)
    else:
        base, relative = cal.unit_interval(ref, unit, 0), True
    start, end = cal.narrow(base[0], base[1], unit, part)
    return Reading(start, end, unit, relative=relative, extra={"part": part, "base": [base[0], base[1]]})


def _read_quarter(m: Any, g: Grammar, ref: date | None) -> Reading | None:
    year = _year(m)
    if m.group("q") or m.group("h"):
        q, h = _int(m, "q"), _int(m, "h")
        iv = cal.quarter_interval(year or 0, q) if q else cal.half_interval(year or 0, h or 0)
        return _fixed(iv, "quarter" if q else "half")
    n = g.ordinals.get(fold(m.group("qo")))
    half = fold(m.group("qw")) in g.half_words
    if not n or n > (2 if half else 4):
        return None
    if year is None:
        if ref is None:
            return UNRESOLVED
        iv = cal.half_interval(ref.year, n) if half else cal.quarter_interval(ref.year, n)
        return _fixed(iv, "half" if half else "quarter", True)
    return _fixed(cal.half_interval(year, n) if half else cal.quarter_interval(year, n), "half" if half else "quarter")


def _nth(m: Any, g: Grammar) -> int | None:
    """The rank an ordinal gives ("second" → 2), or -1 for a "last" modifier ("the last Sunday of May")."""
    if m.group("ord"):
        return g.ordinals.get(fold(m.group("ord")))
    kind = g.rules.get(g.modifiers.get(fold(m.group("wmod") or ""), ""))
    return -1 if kind and int(kind["offset"]) < 0 else None


def _read_nth_week(m: Any, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    """"the first week of March", "the last week of 2019", "l'ultima settimana del mese scorso" (see ``cal.nth_week``)."""
    n = _nth(m, g)
    if not n:
        return None
    month, year, unit = _month(m, g), _year(m), _unit(m, g)
    if month and year is None:
        return _partial(lambda y: cal.nth_week(cal.month_interval(y, month), n), ref, direction, gran="week")
    if month or year is not None:
        iv = cal.month_interval(year or 0, month) if month else cal.year_interval(year or 0)
        return _fixed(cal.nth_week(iv, n), "week")
    if ref is None:
        return UNRESOLVED
    rule = _rule(m, g)
    return _fixed(cal.nth_week(cal.unit_interval(ref, unit or "month", int(rule["offset"]) if rule else 0), n), "week", True)


def _read_nth_day(m: Any, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    """"the last day of October", "o primeiro dia do ano", "am letzten Tag des Monats": the ``n``-th day (-1 the
    last) of a month or year, of the publication's own when none is named ("do mês", "dell'anno")."""
    n = _nth(m, g)
    if not n:
        return None

    def nth(iv: cal.Interval) -> cal.Interval | None:
        day = iv[1] if n < 0 else iv[0] + timedelta(days=n - 1)
        return _day_iv(day) if day <= iv[1] else None

    month, year, unit = _month(m, g), _year(m), _unit(m, g)
    if month and year is None:
        return _partial(lambda y: nth(cal.month_interval(y, month)), ref, direction)
    if month or year is not None:
        return _fixed(nth(cal.month_interval(year or 0, month) if month else cal.year_interval(year or 0)), "day")
    if ref is None:
        return UNRESOLVED
    rule = _rule(m, g)
    return _fixed(nth(cal.unit_interval(ref, unit or "month", int(rule["offset"]) if rule else 0)), "day", True)


def _read_weekday(m: Any, g: Grammar, ref: date, direction: str) -> Reading | None:
    wd, rule = _wd(m, g), _rule(m, g)
    if wd is None:
        return None
    if rule is None:
        return _partial(lambda k: _day_iv(cal.weekday_in_week(ref, wd, k)), ref, direction, range(-2, 3))
    if rule.get("weekday") == "strict" and rule["offset"]:
        side = "past" if rule["offset"] < 0 else "future"
        iv = cal.strictly(lambda k: _day_iv(cal.weekday_in_week(ref, wd, k)), (ref, ref), side, range(-2, 3))
        return _fixed(iv, "day", True)
    return _fixed(_day_iv(cal.weekday_in_week(ref, wd, int(rule["offset"]))), "day", True)


def _read_month(m: Any, g: Grammar, ref: date | None, direction: str) -> Reading | None:
    month, rule = _month(m, g), _rule(m, g)
    if not month:
        return None
    make = lambda y: cal.month_interval(y, month)  # noqa: E731
    if rule is None:
        return _partial(make, ref, direction, gran="month")
    if ref is None:
        return replace(UNRESOLVED, granularity="month")
    if rule.get("month") == "strict" and rule["offset"]:
        iv = cal.strictly(make, cal.month_interval(ref.year, ref.month), "past" if rule["offset"] < 0 else "future", cal.years_around(ref))
        return _fixed(iv, "month", True)
    return _fixed(make(ref.year + int(rule["offset"])), "month", True)
