"""Relative dates ("mercredi", "hier", "ce mardi") must fit the publication date of the version that prints them."""

from __future__ import annotations

from pathlib import PurePath

import factcheck

from ._dating import is_stale_copy, readings, spoken_day, spoken_days
from ._facts import NAMED


@factcheck.rule(code="FC202", severity="warning", kinds=("date",))
def check_relative_dates_fit_pubdate(fact: factcheck.Fact):
    """Versions published later than the first must not keep its relative day words.

    A wire copy republished days later that still says "mercredi" or "hier"
    points its readers at another day than the original did, or at no single day.
    One finding per fact, naming every stale copy against the earliest version.
    """
    relative = [c for c in fact.claims if c.relative and c.reference]
    if not relative:
        return
    first = min(c.reference for c in relative)
    earlier = next(c for c in relative if c.reference == first)
    stale = [c for c in relative if c.reference != first and is_stale_copy(factcheck.AlignedPair(c, earlier))]
    if not stale:
        return
    fits = f"{earlier.version} (published {spoken_day(earlier.reference)}, where {earlier.text!r} is {_meaning(earlier, first_only=True)})"
    if len({c.version for c in stale}) == 1:
        later = stale[0]
        message = (f"{later.version} (published {spoken_day(later.reference)}) keeps {later.text!r}, which fits {fits}; "
                   f"read on {spoken_day(later.reference)} it means {_meaning(later)}")
    else:
        versions = sorted({c.version for c in stale})
        named = ", ".join(PurePath(v).name for v in versions[:NAMED]) + (f" and {len(versions) - NAMED} more" if len(versions) > NAMED else "")
        message = (f"{len(versions)} versions published after {spoken_day(first)} ({named}) keep {stale[0].text!r} or the like, "
                   f"which fits {fits}; read on their own dates they mean other days")
    yield factcheck.Finding(message, claims=(*stale, earlier))  # in the order the message names them


def _meaning(claim: factcheck.Claim, first_only: bool = False) -> str:
    """The days a claim names, its other readings after "or"; an open range ("à partir de jeudi") as
    "from Thursday 11 April 2024"; its bounds as they are when it has no day interval."""
    found = readings(claim) or [(claim.start_date, claim.end_date)]
    return " or ".join(spoken_days(*r) for r in found[: 1 if first_only else None])


#: Days between a stated publication date and the day "ce mardi" names, from which the two disagree.
THIS_WEEKDAY_REACH = 3


@factcheck.rule(code="FC203", severity="warning")
def check_pubdate_fits_text(version: factcheck.Version, claims: tuple[factcheck.Claim, ...]):
    """A stated publication date must fit the text's own "ce mardi", "this Tuesday", "este martes".

    Such words are written for a reader of that very day or the next; a byline
    or front matter several days away is wrong, or the text is a stale copy.
    """
    published = version.reference_day
    if published is None or version.published_source.startswith("inferred"):
        return
    for claim in claims:
        if claim.version != version.path or claim.extra.get("modifier") != "this" or claim.extra.get("form") != "wd_mod":
            continue
        if claim.start_date is None or abs((published - claim.start_date).days) < THIS_WEEKDAY_REACH:
            continue
        yield factcheck.Finding(
            f"{version.path} is dated {spoken_day(published)} ({version.published_source}) but says {claim.text!r}, "
            f"that is {spoken_day(claim.start_date)}: the text was written for a reader of about that day",
            claims=(claim,),
            versions=(version.path,),
        )
