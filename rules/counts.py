"""Counts and quantities of the same thing (same counted noun or unit) must allow a common value.

Tolls move while a story unfolds: when the versions that disagree were
published at different times (or give their figures "as of" different
hours), a running count ("62 morts", "the toll rose to 95") that differs is
an update (FC104), not a contradiction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

import factcheck

from ._facts import claims_in_order, disagreement, outliers_message


@factcheck.rule(code="FC103", severity="error", kinds=("count", "quantity", "duration", "match_minute", "score", "time_of_day"))
def check_counts_agree(fact: factcheck.Fact, versions: tuple[factcheck.Version, ...], config: factcheck.Config):
    """Every version's count, quantity or duration for one fact must allow a common value; a running
    count that differs between times is left to FC104."""
    groups = disagreement(fact, lambda a, b: factcheck.values_meet(a, b, config.tolerance))
    if not groups:
        return
    unexplained = [g for g in groups[1:] if _order(groups[0], g, versions) is None] if _running(fact) else groups[1:]
    if unexplained:
        kept = [groups[0], *unexplained]
        yield factcheck.Finding(outliers_message(kept), claims=claims_in_order(kept))


@factcheck.rule(code="FC104", severity="info", kinds=("count",))
def check_running_counts_move_forward(fact: factcheck.Fact, versions: tuple[factcheck.Version, ...], config: factcheck.Config):
    """A running count (a toll) that changes between versions published at different times is an update;
    one that goes down in the later version is a warning."""
    if not _running(fact):
        return
    groups = disagreement(fact, lambda a, b: factcheck.values_meet(a, b, config.tolerance)) or []
    for group in groups[1:]:
        order = _order(groups[0], group, versions)
        if order is None:
            continue
        (earlier, when_earlier), (later, when_later) = order
        claims = (earlier, later, *(c for c in (*groups[0], *group) if c is not earlier and c is not later))
        if later.value is not None and earlier.value is not None and later.value < earlier.value:
            yield factcheck.Finding(
                f"{later.text!r} in {later.version} (published {when_later}) is lower than {earlier.text!r} "
                f"in {earlier.version} (published {when_earlier}): a running count that goes backwards",
                claims=claims,
                severity="warning",
            )
            continue
        yield factcheck.Finding(
            f"updated: {earlier.text!r} in {earlier.version} (published {when_earlier}) became "
            f"{later.text!r} in {later.version} (published {when_later})",
            claims=claims,
        )


def _order(main: Sequence[factcheck.Claim], other: Sequence[factcheck.Claim], versions: tuple[factcheck.Version, ...]):
    """The ``(earlier, later)`` order of two groups of a fact when every version of one comes before every
    version of the other; None when they cannot be told apart or interleave."""
    found = None
    direction = None
    for a in _firsts(main):
        for b in _firsts(other):
            order = _publication_order(factcheck.AlignedPair(a, b), versions)
            if order is None:
                return None
            a_first = order[0][0] is a
            if direction is None:
                direction, found = a_first, order
            elif direction != a_first:
                return None
    return found


def _firsts(group: Sequence[factcheck.Claim]) -> list[factcheck.Claim]:
    seen: dict[str, factcheck.Claim] = {}
    for claim in group:
        seen.setdefault(claim.version, claim)
    return list(seen.values())


def _running(fact: factcheck.Fact) -> bool:
    return fact.kind == "count" and any(c.extra.get("running") for c in fact.claims)


def _publication_order(pair: factcheck.AlignedPair, versions: tuple[factcheck.Version, ...]):
    """``((earlier claim, its time), (later claim, its time))`` when the two figures' times can be
    ordered: the hours the texts give them at ("selon un bilan de 7h", ``extra["as_of"]``) on one
    day, else the versions' publication times; None when they cannot be told apart."""
    published = {v.path: v.published for v in versions}
    monthly = {v.path for v in versions if v.published_precision == "month"}
    first, second = published.get(pair.a.version), published.get(pair.b.version)
    if monthly & {pair.a.version, pair.b.version} and first is not None and second is not None:
        if (first.year, first.month) == (second.year, second.month):
            return None  # a month against a day of that month: no order
    as_of = _as_of_order(pair, first, second)
    if as_of is not False:
        return as_of
    if first is None or second is None:
        return None
    a_first = _earlier(first, second)
    if a_first is None:
        return None
    ordered = [(pair.a, first), (pair.b, second)] if a_first else [(pair.b, second), (pair.a, first)]
    return tuple((claim, when.isoformat()) for claim, when in ordered)


def _as_of_order(pair: factcheck.AlignedPair, first, second):
    """The order given by the texts' own hours, None when they are the same hour, False when they do not apply."""
    hour_a, hour_b = pair.a.extra.get("as_of"), pair.b.extra.get("as_of")
    if not (hour_a and hour_b):
        return False
    day_a = first.date() if isinstance(first, datetime) else first
    day_b = second.date() if isinstance(second, datetime) else second
    if day_a is not None and day_b is not None and day_a != day_b:
        return False  # different days: the publication dates order them
    if hour_a == hour_b:
        return None
    when = lambda claim, day: f"{day or 'the same day'} as of {claim.extra['as_of']}"  # noqa: E731
    ordered = sorted([(hour_a, pair.a, day_a), (hour_b, pair.b, day_b)], key=lambda t: t[0])
    return tuple((claim, when(claim, day)) for _, claim, day in ordered)


def _earlier(first: date | datetime, second: date | datetime) -> bool | None:
    """Whether ``first`` comes before ``second``; None when they cannot be told apart."""
    day_a = first.date() if isinstance(first, datetime) else first
    day_b = second.date() if isinstance(second, datetime) else second
    if day_a != day_b:
        return day_a < day_b
    if not (isinstance(first, datetime) and isinstance(second, datetime)):
        return None
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return None if first == second else first < second
