"""Feasible sets: do two claims allow a common value (or a common day)?"""

from __future__ import annotations

from decimal import Decimal

from ._model import Claim


def values_meet(a: Claim, b: Claim) -> bool:
    """True when the feasible intervals of ``a`` and ``b`` share a value.

    A missing bound is unbounded; ``extra["low_open"]``/``extra["high_open"]``
    make a bound exclusive ("plus de 50%" allows 50.1 but not 50).
    """
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
