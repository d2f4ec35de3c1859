"""Percentages, and percentage points, that speak of the same fact must allow a common value."""

from __future__ import annotations

import factcheck


@factcheck.rule(code="FC102", severity="error", kinds=("percent", "percentage_point"))
def check_percentages_agree(pair: factcheck.AlignedPair, config: factcheck.Config) -> None:
    """Two aligned percentages (or two aligned changes in percentage points) must allow a common value."""
    a, b = pair.a, pair.b
    assert factcheck.values_meet(a, b, config.tolerance), (
        f"{a.text!r} in {a.version} and {b.text!r} in {b.version} cannot both be true: "
        f"{factcheck.describe(a)} against {factcheck.describe(b)}"
    )
