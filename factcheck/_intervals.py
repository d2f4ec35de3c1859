"""Feasible sets: do two claims allow a common value (or a common day)?"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Callable, Sequence

from ._model import Claim
from ._units import Unit, unit


def values_meet(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """True when the feasible intervals of ``a`` and ``b`` share a value.

    A missing bound is unbounded; ``extra["low_open"]``/``extra["high_open"]``
    make a bound exclusive ("plus de 50%" allows 50.1 but not 50). Two exact
    figures also meet when the one written with fewer decimals is the other
    rounded ("51,5 %" and "51,49 %"): see ``same_rounding``. ``tolerance``
    (a fraction: 0.01 is 1%) widens both intervals, for users who accept
    small differences (the ``tolerance`` setting).
    """
    if a.kind == b.kind == "duration" and a.unit != b.unit:
        a, b = in_base_unit(a), in_base_unit(b)
    elif a.kind == b.kind == "quantity" and a.unit != b.unit:
        a, b = in_si(a, b)
    if tolerance:
        a, b = _widened(a, tolerance), _widened(b, tolerance)
    days = (-1, 0, 1) if a.kind == b.kind == "time_of_day" else (0,)  # "23:58" and "about 00:00" meet across midnight
    return any(_intervals_meet(a, _shifted(b, d)) for d in days) or same_rounding(a, b) or at_the_bound(a, b)


#: Minutes in a day: a time of day shifted by a day is the same time.
DAY_MINUTES = Decimal(24 * 60)


def _shifted(claim: Claim, days: int) -> Claim:
    """A time of day moved by ``days`` days, in minutes (its bounds with it)."""
    if not days:
        return claim
    move = lambda x: None if x is None else x + days * DAY_MINUTES  # noqa: E731
    return dataclasses.replace(claim, value=move(claim.value), low=move(claim.low), high=move(claim.high))


def at_the_bound(a: Claim, b: Claim) -> bool:
    """"more than 340,000 donors" and "340,000 donors" state one figure: news writes a strict bound at the
    figure another version gives (rounded down, or the count so far), so an exact figure equal to the other's
    excluded bound meets it."""
    for exact, bounded in ((a, b), (b, a)):
        if exact.qualifier != "exact" or exact.value is None:
            continue
        if bounded.qualifier == "at_least" and bounded.low == exact.value:
            return True
        if bounded.qualifier == "at_most" and bounded.high == exact.value:
            return True
    return False


#: A duration unit's family and its size there: seconds up to weeks, months up to centuries
#: (a month is no fixed number of days, so "3 mois" and "90 jours" are not compared).
DURATION_UNITS = {"second": ("s", 1), "minute": ("s", 60), "hour": ("s", 3600), "day": ("s", 86400), "week": ("s", 604800),
                  "month": ("m", 1), "quarter": ("m", 3), "semester": ("m", 6), "year": ("m", 12), "decade": ("m", 120),
                  "century": ("m", 1200)}


def _duration_unit(claim: Claim) -> tuple[str, int] | None:
    return DURATION_UNITS.get(claim.unit or "") if claim.kind == "duration" else None


def duration_family(claim: Claim) -> str | None:
    """``s`` or ``m`` for a duration in a known unit (see :data:`DURATION_UNITS`), else None."""
    known = _duration_unit(claim)
    return known[0] if known else None


def in_base_unit(claim: Claim) -> Claim:
    """A duration with its value, bounds and written precision in its family's unit ("45 minutes" as
    2,700 seconds), so that "45 minutes" and "45:24 minutos" compare; any other claim as it is."""
    known = _duration_unit(claim)
    if known is None or known[1] == 1:
        return claim
    size = Decimal(known[1])
    extra = dict(claim.extra)
    if extra.get("precision") is not None:
        extra["precision"] = Decimal(str(extra["precision"])) * size
    return dataclasses.replace(
        claim,
        value=None if claim.value is None else claim.value * size,
        low=None if claim.low is None else claim.low * size,
        high=None if claim.high is None else claim.high * size,
        unit=("second" if known[0] == "s" else "month"),
        extra=extra,
    )


def in_si(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """Two quantities of one dimension in different units ("948 feet", "289 m") in SI, each exact one
    widened by half the last digit it is written with (a conversion is rounded); else as they are."""
    units = unit(a.unit), unit(b.unit)
    if units[0] is None or units[1] is None or units[0].dimension != units[1].dimension:
        return a, b
    return _converted(a, units[0]), _converted(b, units[1])


def in_si_alone(claim: Claim) -> Claim:
    """One quantity in the SI unit of its dimension (see :func:`in_si`); as it is when its unit is unknown."""
    known = unit(claim.unit) if claim.kind == "quantity" else None
    return claim if known is None else _converted(claim, known)


def _converted(claim: Claim, to: Unit) -> Claim:
    low, high = claim.low, claim.high
    if claim.qualifier == "exact" and claim.value is not None:
        half = Decimal(str(claim.extra.get("precision") or 1)) / 2
        low, high = claim.value - half, claim.value + half
    return dataclasses.replace(
        claim,
        value=None if claim.value is None else to.to_si(claim.value),
        low=None if low is None else to.to_si(low),
        high=None if high is None else to.to_si(high),
        unit=to.dimension,
        qualifier="approx" if claim.qualifier == "exact" else claim.qualifier,
    )


def _widened(claim: Claim, tolerance: float) -> Claim:
    slack = Decimal(str(tolerance))
    low = None if claim.low is None else claim.low - abs(claim.low) * slack
    high = None if claim.high is None else claim.high + abs(claim.high) * slack
    return dataclasses.replace(claim, low=low, high=high)


def same_rounding(a: Claim, b: Claim) -> bool:
    """An exact figure written with decimals stands for what rounds to it at that precision.

    The extractor records the precision (``extra["precision"]``, 0.1 for
    "51,5") only for figures written with decimals, so "110 morts" never
    absorbs "112 morts", while "2,9 milliards" absorbs "2,93 milliards".
    """
    if a.qualifier != "exact" or b.qualifier != "exact" or a.value is None or b.value is None:
        return False
    steps = [_precision(c) for c in (a, b)]
    written = [s for s in steps if s is not None]
    if not written:
        return False
    coarse = max(written)
    finer = min(s if s is not None else Decimal(1) for s in steps)
    return finer <= coarse and abs(a.value - b.value) <= coarse / 2


def _precision(claim: Claim) -> Decimal | None:
    """The step a figure is written to: recorded for figures with decimals; a whole percentage is
    also read to the unit ("34 %" for 33.7 %), as shares are rounded, unlike counts."""
    if claim.extra.get("precision") is not None:
        return Decimal(str(claim.extra["precision"]))
    if claim.kind == "percent" and claim.value is not None and claim.value == claim.value.to_integral_value():
        return Decimal(1)
    return None


def _intervals_meet(a: Claim, b: Claim) -> bool:
    low, low_open = _max_low(a, b)
    high, high_open = _min_high(a, b)
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and not (low_open or high_open)


def dates_meet(a: Claim, b: Claim) -> bool:
    """True when the day intervals of two date claims share a day (unresolved dates always meet)."""
    if None in (a.start_date, a.end_date, b.start_date, b.end_date):
        return True
    return a.start_date <= b.end_date and b.start_date <= a.end_date  # type: ignore[operator]


def _max_low(a: Claim, b: Claim) -> tuple[Decimal | None, bool]:
    bounds = [(c.low, bool(c.extra.get("low_open"))) for c in (a, b) if c.low is not None]
    if not bounds:
        return None, False
    value = max(v for v, _ in bounds)
    return value, any(o for v, o in bounds if v == value)


def _min_high(a: Claim, b: Claim) -> tuple[Decimal | None, bool]:
    bounds = [(c.high, bool(c.extra.get("high_open"))) for c in (a, b) if c.high is not None]
    if not bounds:
        return None, False
    value = min(v for v, _ in bounds)
    return value, any(o for v, o in bounds if v == value)


def could_meet(a: Claim, b: Claim, tolerance: float = 0.0, readings: bool = True) -> bool:
    """Whether two claims of one kind allow a common value: days for dates (with ``readings``, any
    reading of an ambiguous one), the feasible intervals otherwise; claims in different currencies never meet."""
    if a.kind == "date" or b.kind == "date":
        left, right = (_days(a), _days(b)) if readings else (_days(a)[:1], _days(b)[:1])
        return any(s1 <= e2 and s2 <= e1 for s1, e1 in left for s2, e2 in right) if left and right else True
    if a.currency != b.currency:
        return False
    return values_meet(a, b, tolerance)


def _days(claim: Claim) -> list[tuple]:
    found = [(claim.start_date, claim.end_date)] if claim.start_date and claim.end_date else []
    return found + [(s, e) for s, e in claim.extra.get("alternatives", ()) if s and e]


def consistent_groups(claims: Sequence[Claim], meet: Callable[[Claim, Claim], bool]) -> list[list[Claim]]:
    """Split a fact's claims into groups that can all be true together, the best supported first.

    The seed of each group is the claim that meets claims of the most versions;
    a claim joins the group when it meets every claim already in it. Groups
    are ordered by how many versions they hold, then by their first claim.
    ``meet`` is asked once per two distinct claims: copies of one claim in
    other versions (all fields equal but the version, offsets and sentence)
    are answered alike, so a fact of a thousand copies costs what its
    distinct figures cost.
    """
    copies: dict[str, list[Claim]] = {}
    for claim in claims:
        copies.setdefault(claim.copy_key(), []).append(claim)
    classes: list[list[Claim]] = []
    for members in copies.values():
        one = members[0]
        # a claim that does not meet its own copy (no common value with itself) is compared one by one
        classes.extend([members] if len(members) == 1 or meet(one, members[1]) else [[c] for c in members])
    versions = [{c.version for c in members} for members in classes]
    known: dict[tuple[int, int], bool] = {}

    def meets(i: int, j: int) -> bool:
        if (i, j) not in known:
            known[i, j] = meet(classes[i][0], classes[j][0])
        return known[i, j]

    remaining = list(range(len(classes)))
    groups: list[list[Claim]] = []
    while remaining:
        support = {i: len(set().union(*(versions[j] for j in remaining if j == i or meets(i, j)))) for i in remaining}
        ordered = sorted(remaining, key=lambda i: -support[i])
        group = [ordered[0]]
        for i in ordered[1:]:
            if all(meets(i, member) for member in group):
                group.append(i)
        chosen = set(group)
        groups.append(sorted((c for i in group for c in classes[i]), key=lambda c: (c.version, c.start)))
        remaining = [i for i in remaining if i not in chosen]
    return sorted(groups, key=lambda g: (-len({c.version for c in g}), g[0].version, g[0].start))
