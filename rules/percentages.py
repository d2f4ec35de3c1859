"""Percentages, and percentage points, that state the same fact must allow a common value."""

from __future__ import annotations

import factcheck

from ._facts import claims_in_order, disagreement, outliers_message


@factcheck.rule(code="FC102", severity="error", kinds=("percent", "percentage_point"))
def check_percentages_agree(fact: factcheck.Fact, config: factcheck.Config):
    """Every version's percentage (or change in points) for one fact must allow a common value."""
    groups = disagreement(fact, lambda a, b: factcheck.values_meet(a, b, config.tolerance))
    if groups:
        yield factcheck.Finding(outliers_message(groups), claims=claims_in_order(groups))
