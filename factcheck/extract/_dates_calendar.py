"""Calendar arithmetic on plain dates: the intervals a date expression can mean.

Every interval is a pair ``(first_day, last_day)``, both included. Weeks run
Monday to Sunday (ISO). Nothing here knows a language.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from typing import Callable, Iterator

Interval = tuple[date, date]
ONE_DAY = timedelta(days=1)


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_interval(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def quarter_interval(year: int, quarter: int) -> Interval:
    first = 3 * (quarter - 1) + 1
    return month_interval(year, first)[0], month_interval(year, first + 2)[1]


def half_interval(year: int, half: int) -> Interval:
    return month_interval(year, 6 * half - 5)[0], month_interval(year, 6 * half)[1]


def decade_interval(start_year: int) -> Interval:
    return date(start_year, 1, 1), date(start_year + 9, 12, 31)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` calendar units (day, week, month, quarter, year, decade)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n
    return add_months(day, months)


def shift_half(day: date, unit: str, sign: int) -> date:
    """``day`` moved by half a unit more ("um ano e meio", "a year and a half"): six months of a year,
    15 days of a month, 3 of a week, none of a day."""
    if unit in ("year", "decade"):
        return add_months(day, sign * (6 if unit == "year" else 60))
    return day + timedelta(days=sign * {"week": 3, "weekend": 3, "month": 15, "quarter": 45}.get(unit, 0))


def unit_interval(ref: date, unit: str, offset: int) -> Interval:
    """The calendar unit holding ``ref``, moved by ``offset`` units: "last week", "this month", "next year"."""
    if unit == "day":
        day = ref + timedelta(days=offset)
        return day, day
    if unit in ("week", "weekend"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if unit == "weekend" else (monday, monday + timedelta(days=6))
    if unit == "month":
        return month_interval(*_ym(add_months(ref.replace(day=1), offset)))
    if unit == "quarter":
        first = add_months(date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * offset)
        return quarter_interval(first.year, (first.month - 1) // 3 + 1)
    if unit == "year":
        return year_interval(ref.year + offset)
    return decade_interval(ref.year // 10 * 10 + 10 * offset)


def _ym(day: date) -> tuple[int, int]:
    return day.year, day.month


#: Seconds in each unit shorter than a day.
SUB_DAY_SECONDS = {"hour": 3600, "minute": 60, "second": 1}


def sub_day_interval(ref: date, unit: str, n: float, direction: int) -> Interval:
    """The days a moment ``n`` hours, minutes or seconds before (``direction`` < 0) or after the publication
    on ``ref`` may fall on, its time of day unknown here: "two hours ago" is that day or the one before."""
    days = timedelta(days=math.ceil(n * SUB_DAY_SECONDS[unit] / 86400))
    return (ref - days, ref) if direction < 0 else (ref, ref + days)


def counted_interval(ref: date, unit: str, n: int, direction: int) -> Interval:
    """"the last three years" (before ``ref``) or "the next three years" (after it)."""
    if direction < 0:
        return shift(ref, unit, -n), ref - ONE_DAY
    return ref + ONE_DAY, shift(ref, unit, n)


def weekday_in_week(ref: date, weekday: int, weeks: int) -> date:
    """ISO ``weekday`` (Monday = 1) of the week of ``ref`` moved by ``weeks``."""
    return ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks, days=weekday - 1)


def nth_week(within: Interval, n: int) -> Interval | None:
    """The ``n``-th week (Monday to Sunday) of an interval, ``n`` = -1 for the last; as ISO counts the weeks of
    a year, the first and last weeks are those with at least four days inside. None past the interval."""
    day = within[1] - timedelta(days=3) if n < 0 else within[0] + timedelta(days=3)
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=max(n, 1) - 1)
    return (monday, monday + timedelta(days=6)) if monday <= within[1] else None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month; ``n`` = -1 for the last one."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def holiday(spec: str, year: int) -> date:
    """A holiday of ``year`` from its data spec: ``MM-DD`` or ``MM-Wd-n`` (n-th weekday d), optionally ``+k`` days;
    or ``easter``, ``easter+k``, ``easter-k``: days from Easter Sunday (Good Friday is ``easter-2``);
    or ``advent``, ``advent+k``, ``advent-k``: days from the first Sunday of Advent, the fourth Sunday before
    Christmas (the Sunday before it is ``advent-7``)."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[6:] or 0))
    if spec.startswith("advent"):
        christmas = date(year, 12, 25)
        fourth = christmas - timedelta(days=christmas.isoweekday() % 7 or 7)
        return fourth - timedelta(days=21 - int(spec[6:] or 0))
    spec, _, plus = spec.partition("+")
    month, _, rest = spec.partition("-")
    if rest.upper().startswith("W"):
        weekday, _, n = rest[1:].partition("-")
        day = nth_weekday(year, int(month), int(weekday), int(n))
    else:
        day = date(year, int(month), int(rest))
    return day + timedelta(days=int(plus or 0))


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own name
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nearest(make: Callable[[int], Interval | None], ref: date, direction: str, span: range) -> Interval | None:
    """Among ``make(k)`` for k in ``span``, the last interval starting on or before ``ref``
    (direction "past") or the first ending on or after it ("future")."""
    found = [iv for iv in (_safe(make, k) for k in span) if iv is not None]
    if direction == "future":
        later = [iv for iv in found if iv[1] >= ref]
        return min(later) if later else None
    earlier = [iv for iv in found if iv[0] <= ref]
    return max(earlier) if earlier else None


def strictly(make: Callable[[int], Interval | None], ref_iv: Interval, direction: str, span: range) -> Interval | None:
    """The closest interval entirely before (direction "past") or after ("future") ``ref_iv``."""
    found = [iv for iv in (_safe(make, k) for k in span) if iv is not None]
    if direction == "future":
        later = [iv for iv in found if iv[0] > ref_iv[1]]
        return min(later) if later else None
    earlier = [iv for iv in found if iv[1] < ref_iv[0]]
    return max(earlier) if earlier else None


def _safe(make: Callable[[int], Interval | None], k: int) -> Interval | None:
    try:
        return make(k)
    except (ValueError, OverflowError):  # 29 February of a common year, 31 April, beyond year 9999 …
        return None


def years_around(ref: date, width: int = 8) -> range:
    return range(ref.year - width, ref.year + width + 1)


def months_around(ref: date, width: int = 14) -> Iterator[tuple[int, int]]:
    base = ref.year * 12 + ref.month - 1
    for index in range(base - width, base + width + 1):
        yield divmod(index, 12)[0], divmod(index, 12)[1] + 1


#: How "early", "mid" and "late" cut a unit: (first, last) day offsets in units of 1/len of the unit.
PART_SPLITS = {"week": 7, "month": 30, "quarter": 90, "year": 12, "decade": 10, "half": 6}
_PARTS = {"early": (0.0, 0.5), "mid": (0.33, 0.67), "late": (0.5, 1.0)}


def narrow(start: date, end: date, granularity: str, part: str) -> tuple[date, date]:
    """The early, middle or late part of an interval: "fin mars" is 16-31 March, "late last week" Thursday-Sunday."""
    if part in _HALVES:
        return _half(start, end, granularity, _HALVES[part])
    share = _PARTS.get(part)
    if share is None:
        return start, end
    if granularity == "week":
        cut = {"early": (0, 2), "mid": (2, 4), "late": (3, 6)}[part]
        return start + timedelta(days=cut[0]), start + timedelta(days=cut[1])
    if granularity == "month":
        cut = {"early": (1, 15), "mid": (10, 20), "late": (16, end.day)}[part]
        return start.replace(day=cut[0]), start.replace(day=cut[1])
    days = (end - start).days + 1
    first = start + timedelta(days=round(days * share[0]))
    last = start + timedelta(days=round(days * share[1]) - 1)
    return _month_floor(first, granularity), _month_ceil(last, granularity)


#: "primeira quinzena de abril", "la seconda metà del 2023": a unit cut exactly in two, unlike "early" and "late".
_HALVES = {"first_half": 0, "second_half": 1}


def _half(start: date, end: date, granularity: str, which: int) -> tuple[date, date]:
    """The first or second half of an interval: 1-15 and 16-end of a month, January-June and July-December of a year."""
    if granularity == "month":
        return (start, start.replace(day=15)) if which == 0 else (start.replace(day=16), end)
    if granularity == "year":
        return (start, start.replace(month=6, day=30)) if which == 0 else (start.replace(month=7, day=1), end)
    middle = start + timedelta(days=((end - start).days + 1) // 2)
    return (start, middle - timedelta(days=1)) if which == 0 else (middle, end)


def _month_floor(day: date, granularity: str) -> date:
    return day.replace(day=1) if granularity in ("year", "quarter", "half") else day.replace(month=1, day=1) if granularity == "decade" else day


def _month_ceil(day: date, granularity: str) -> date:
    if granularity == "decade":
        return day.replace(month=12, day=31)
    if granularity in ("year", "quarter", "half"):
        nxt = day.replace(day=28) + timedelta(days=4)
        return nxt - timedelta(days=nxt.day)
    return day
