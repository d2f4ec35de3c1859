"""Money amounts that speak of the same fact must allow a common value, in the same currency."""

from __future__ import annotations

import factcheck


@factcheck.rule(code="FC101", severity="error", kinds=("money",))
def check_amounts_agree(pair: factcheck.AlignedPair, config: factcheck.Config) -> None:
    """Two aligned money amounts must share a currency and a possible value."""
    a, b = pair.a, pair.b
    if a.currency and b.currency:
        assert a.currency == b.currency, (
            f"the same amount is in {a.currency} in {a.version} ({a.text!r}) but in {b.currency} in {b.version} ({b.text!r})"
        )
    assert factcheck.values_meet(a, b, config.tolerance), (
        f"{a.text!r} in {a.version} and {b.text!r} in {b.version} cannot both be true: "
        f"{factcheck.describe(a)} against {factcheck.describe(b)}"
    )
