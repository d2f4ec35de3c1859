"""Money amounts that state the same fact must allow a common value, in the same currency."""

from __future__ import annotations

import factcheck

from ._facts import claims_in_order, disagreement, outliers_message


@factcheck.rule(code="FC101", severity="error", kinds=("money",))
def check_amounts_agree(fact: factcheck.Fact, config: factcheck.Config):
    """Every version's amount for one fact must be in one currency and allow a common value; the finding names the outliers."""

    def meet(a: factcheck.Claim, b: factcheck.Claim) -> bool:
        same_currency = not (a.currency and b.currency) or a.currency == b.currency
        return same_currency and factcheck.values_meet(a, b, config.tolerance)

    groups = disagreement(fact, meet)
    if not groups:
        return
    main, other = groups[0][0], groups[1][0]
    if len(groups) == 2 and main.currency != other.currency and factcheck.values_meet(main, other, config.tolerance):
        message = (f"the same amount is in {main.currency} in {main.version} ({main.text!r}) "
                   f"but in {other.currency} in {other.version} ({other.text!r})")
    else:
        message = outliers_message(groups)
    yield factcheck.Finding(message, claims=claims_in_order(groups))
