"""Dates of the same event must share a day: "la semaine dernière" and "mardi 9 avril" cannot both be true."""

from __future__ import annotations

import factcheck

from ._dating import could_be_same_day, is_stale_copy, spoken
from ._facts import claims_in_order, disagreement, outliers_message, two_sides


@factcheck.rule(code="FC201", severity="error", kinds=("date",))
def check_event_dates_agree(fact: factcheck.Fact):
    """Every version's date of one event must allow a common day, each read against its own version's publication date.

    A relative word that only fits another version's publication date (a copy
    republished days later) is left to FC202, which says so.
    """
    groups = disagreement(fact, _same_day)
    if not groups:
        return
    if two_sides(groups):
        a, b = groups[0][0], groups[1][0]
        message = (f"the same event is dated {a.text!r} in {a.version} ({spoken(a)}) "
                   f"but {b.text!r} in {b.version} ({spoken(b)}): the days do not meet")
    else:
        message = "the same event is dated " + outliers_message(groups, spoken)
    yield factcheck.Finding(message, claims=claims_in_order(groups))


#: Precisions too coarse to be a slip for a finer date: "in 2019" against "on Thursday" names two events.
COARSE = frozenset({"year", "decade", "range", "vague"})


def _precision(claim: factcheck.Claim) -> str | None:
    """A date's precision; a count of years back or ahead ("hace cuatro años") is a year's, whatever its day."""
    return "year" if claim.extra.get("approximate") in ("year", "decade") else claim.granularity


def _same_day(a: factcheck.Claim, b: factcheck.Claim) -> bool:
    """A year (or a span of years) against a date of another precision is left alone: one event is dated at
    one precision by every version, and the real slips are a year for a year, a day for a day or a week
    ("la semaine dernière" against "mardi" still contradict)."""
    precisions = {_precision(a), _precision(b)}
    if len(precisions) > 1 and precisions & COARSE:
        return True
    return could_be_same_day(a, b) or is_stale_copy(factcheck.AlignedPair(a, b))
