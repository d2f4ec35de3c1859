"""What the date rules share: alternatives of ambiguous dates, and which pairs are about publication dates."""

from __future__ import annotations

import calendar
from datetime import date

import factcheck

#: Extraction forms that name a day relative to the day of writing: "mardi", "ce mardi", "hier".
DEICTIC_FORMS = frozenset({"weekday", "wd_mod", "relative_day"})


def readings(claim: factcheck.Claim) -> list[tuple[date, date]]:
    """The claim's day interval, then the other readings of an ambiguous date."""
    found = [(claim.start_date, claim.end_date)] if claim.start_date and claim.end_date else []
    return found + [(start, end) for start, end in claim.extra.get("alternatives", ()) if start and end]


def could_be_same_day(a: factcheck.Claim, b: factcheck.Claim) -> bool:
    """True when some reading of ``a`` shares a day with some reading of ``b`` (unresolved: True).

    Two open ranges of one kind ("depuis juin 2018" / "depuis juin 2019") always
    overlap, so they are compared by the date they are anchored to.
    """
    left, right = readings(a), readings(b)
    mod = a.extra.get("mod")
    if mod and mod == b.extra.get("mod") and a.extra.get("base") and b.extra.get("base"):
        left, right = [tuple(a.extra["base"])], [tuple(b.extra["base"])]
    if not left or not right:
        return True
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in left for s2, e2 in right)


def later_and_earlier(pair: factcheck.AlignedPair) -> tuple[factcheck.Claim, factcheck.Claim] | None:
    """``(claim of the later-published version, claim of the earlier one)`` when both are relative
    expressions read against different publication dates; else None."""
    a, b = pair.a, pair.b
    if not (a.relative and b.relative and a.reference and b.reference) or a.reference == b.reference:
        return None
    return (a, b) if a.reference > b.reference else (b, a)


def is_stale_copy(pair: factcheck.AlignedPair) -> bool:
    """The later version keeps a word like "mercredi" or "hier" that only fits the earlier publication date."""
    ordered = later_and_earlier(pair)
    if ordered is None:
        return False
    later, earlier = ordered
    if later.extra.get("form") not in DEICTIC_FORMS:
        return False
    if (later.start_date, later.end_date) != (earlier.start_date, earlier.end_date):
        return True
    return bool(later.extra.get("ambiguous")) and not _recent_past(later)


#: Days back within which a weekday names the past day a reader takes it for ("Friday" in Monday's copy).
RECENT_PAST_DAYS = 3


def _recent_past(claim: factcheck.Claim) -> bool:
    """News names a day of the last few days by its weekday ("the attack on Friday", published Monday):
    read on its own publication date, such a word means that past day, whatever else it could mean."""
    return claim.end_date is not None and 0 < (claim.reference - claim.end_date).days <= RECENT_PAST_DAYS


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def spoken_day(day: date) -> str:
    """"Tuesday 9 April 2024": a day as a reader says it, weekday included."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def spoken_days(start: date | None, end: date | None) -> str:
    """An interval of days as a reader says it: "Tuesday 9 April 2024", "Monday 1 to Sunday 7 April 2024",
    "April 2024", "2024", "from Thursday 11 April 2024"."""
    if start is None and end is None:
        return "no day"
    if start is None or end is None:
        return f"until {spoken_day(end)}" if start is None else f"from {spoken_day(start)}"  # type: ignore[arg-type]
    if start == end:
        return spoken_day(start)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year} to {end.year}"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if (start.year, start.month) == (end.year, end.month):
            return f"{_MONTHS[start.month - 1]} {start.year}"
    first = f"{_WEEKDAYS[start.weekday()]} {start.day}"
    if (start.year, start.month) != (end.year, end.month):
        first += f" {_MONTHS[start.month - 1]}" + (f" {start.year}" if start.year != end.year else "")
    return f"{first} to {spoken_day(end)}"


def spoken(claim: factcheck.Claim) -> str:
    """What a date claim names, with the day it was read on when it is relative:
    "Monday 1 to Sunday 7 April 2024, read on Sunday 14 April 2024"."""
    days = spoken_days(claim.start_date, claim.end_date)
    return f"{days}, read on {spoken_day(claim.reference)}" if claim.relative and claim.reference else days
