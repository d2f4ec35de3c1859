"""Dates of the same event must share a day: "la semaine dernière" and "mardi 9 avril" cannot both be true."""

from __future__ import annotations

import factcheck

from ._dating import could_be_same_day, is_stale_copy


@factcheck.rule(code="FC201", severity="error", kinds=("date",))
def check_event_dates_agree(pair: factcheck.AlignedPair) -> None:
    """Two aligned dates of one event must allow a common day, each read against its own version's publication date.

    A relative word that only fits another version's publication date (a copy
    republished days later) is left to FC202, which says so.
    """
    a, b = pair.a, pair.b
    if is_stale_copy(pair):
        return
    assert could_be_same_day(a, b), (
        f"the same event is dated {a.text!r} in {a.version} ({_read(a)}) "
        f"but {b.text!r} in {b.version} ({_read(b)}): the days do not meet"
    )


def _read(claim: factcheck.Claim) -> str:
    read = factcheck.describe(claim).removeprefix("date ")
    return read
