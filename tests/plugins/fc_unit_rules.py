"""Rules for the runner tests, outside test modules so that pytest does not rewrite their asserts."""

from __future__ import annotations

import factcheck
from factcheck.testing import make_claim

A = make_claim("120 widgets", "count", 120, unit="widgets")
B = make_claim("150 widgets", "count", 150, unit="widgets", version="b.txt")


@factcheck.rule(code="T001", severity="warning")
def check_assert(pair):
    assert pair.a.value == pair.b.value, "counts differ"


@factcheck.rule(code="T002")
def check_bare_assert(pair):
    assert pair.a.value == pair.b.value


@factcheck.rule(code="T003", severity="info")
def check_yield(claims):
    for claim in claims:
        yield factcheck.Finding(f"saw {claim.text}", claims=(claim,), severity="error" if claim.value > 130 else None)


@factcheck.rule(code="T004")
def check_raise(story):
    return 1 / 0


@factcheck.rule(code="T005")
def check_garbage(story):
    return [42]


@factcheck.rule(code="T006")
def check_version(version):
    assert version.lang == "en", "not English"
