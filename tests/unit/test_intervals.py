"""Consistent groups of a fact: copies of one claim are compared once, with the answer of one-by-one comparison;
an exact figure at another's excluded bound meets it."""

from __future__ import annotations

import pytest

import factcheck
from factcheck._intervals import values_meet
from factcheck.testing import make_claim


def _fact_claims(counts: dict[int, int]) -> list[factcheck.Claim]:
    """``counts[value]`` copies of "value morts", each in its own version, at varying offsets."""
    claims = []
    for value, copies in counts.items():
        for n in range(copies):
            claims.append(make_claim(f"{value} morts", value=value, unit="morts", version=f"v{value}-{n:03d}.txt", start=7 * n))
    return claims


def test_copies_are_compared_once_and_grouped_as_one_by_one_comparison_would():
    claims = _fact_claims({45: 300, 54: 120, 46: 1})
    calls = []

    def meet(a: factcheck.Claim, b: factcheck.Claim) -> bool:
        calls.append((a, b))
        return factcheck.values_meet(a, b)

    groups = factcheck.consistent_groups(claims, meet)
    assert [len(g) for g in groups] == [300, 120, 1]
    assert [{c.value for c in g} for g in groups] == [{45}, {54}, {46}]
    assert len(calls) < 20  # three distinct claims, not 421 * 421


def test_a_claim_that_does_not_meet_its_own_copy_is_compared_one_by_one():
    claims = _fact_claims({7: 3})
    groups = factcheck.consistent_groups(claims, lambda a, b: a is b)
    assert [len(g) for g in groups] == [1, 1, 1]


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "exact", "meet"),
    [
        ("at_least", 340000, None, 340000, True),   # "more than 340,000 donors" and "340,000 donors"
        ("at_least", 340000, None, 339000, False),
        ("at_most", None, 50, 50, True),            # "fewer than 50" and "50"
        ("at_most", None, 50, 51, False),
    ],
)
def test_an_exact_figure_at_the_excluded_bound_of_another_meets_it(qualifier, low, high, exact, meet):
    bounded = make_claim("bound", "count", low if low is not None else high, qualifier=qualifier, low=low, high=high,
                         extra={"low_open": low is not None, "high_open": high is not None})
    assert values_meet(bounded, make_claim("figure", "count", exact, version="b.txt")) is meet


def test_times_of_day_meet_across_midnight():
    late = make_claim("23:58", "time_of_day", 1438, unit="GMT")
    about_midnight = make_claim("about 0000", "time_of_day", 0, unit="GMT", version="b.txt", qualifier="approx", low=-15, high=15)
    assert values_meet(late, about_midnight) and values_meet(about_midnight, late)
    assert not values_meet(late, make_claim("0000", "time_of_day", 0, unit="GMT", version="b.txt")), "two minutes apart, both exact"
    assert not values_meet(make_claim("12:00", "time_of_day", 720), about_midnight)
