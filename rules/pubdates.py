"""Relative dates ("mercredi", "hier", "ce mardi") must fit the publication date of the version that prints them."""

from __future__ import annotations

import factcheck

from ._dating import is_stale_copy, later_and_earlier, readings


@factcheck.rule(code="FC202", severity="warning", kinds=("date",))
def check_relative_dates_fit_pubdate(pair: factcheck.AlignedPair) -> None:
    """A version published later than another must not keep the other's relative day words.

    A wire copy republished days later that still says "mercredi" or "hier"
    points its readers at another day than the original did, or at no single day.
    """
    if not is_stale_copy(pair):
        return
    later, earlier = later_and_earlier(pair)  # type: ignore[misc]
    days = " or ".join(_days(r) for r in readings(later))
    assert False, (
        f"{later.version} (published {later.reference}) keeps {later.text!r}, which fits "
        f"{earlier.version} (published {earlier.reference}, where {earlier.text!r} is {_days(readings(earlier)[0])}); "
        f"read on {later.reference} it means {days}"
    )


def _days(interval: tuple) -> str:
    start, end = interval
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
