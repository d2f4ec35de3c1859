"""Counts and quantities of the same thing (same counted noun or unit) must allow a common value."""

from __future__ import annotations

import factcheck


@factcheck.rule(code="FC103", severity="error", kinds=("count", "quantity", "duration"))
def check_counts_agree(pair: factcheck.AlignedPair) -> None:
    """Two aligned counts, quantities or durations of the same unit must allow a common value."""
    a, b = pair.a, pair.b
    assert factcheck.values_meet(a, b), (
        f"{a.text!r} in {a.version} and {b.text!r} in {b.version} cannot both be true: "
        f"{factcheck.describe(a)} against {factcheck.describe(b)}"
    )
