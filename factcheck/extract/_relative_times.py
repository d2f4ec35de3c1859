"""Times of day counted from the moment of publication: "two hours ago", "dans 20 minutes", "in the last
24 hours", "nas próximas 48 horas".

Read only when the version's publication time is known (a date-time ``published``): the duration then
says a time, and that time is the figure other versions can contradict ("the quake struck two hours ago",
published at 10:05, against "at 8:05"). The date grammar decides which durations count from the publication
(an offset or a count of the last or next ones, in a clause whose tense fits: "ran it in 9.58 seconds" does
not), so that the numbers and the dates read one phrase alike.

The time is given in UTC when the publication time has a zone, else on the publication's own clock
(``local``). An offset gives a time, a count of the last or next hours a time range.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from .._model import Claim, Document
from .._vocab import Vocab
from ._dates_calendar import SUB_DAY_SECONDS
from ._dates_grammar import Grammar
from ._dates_resolve import COUNTED_FORMS, sub_day_count
from .dates import find_dates, grammar

#: Characters after a duration that its phrase may still run over ("two hours ago", "24 horas atrás").
TAIL = 30


def relative_times(document: Document, claims: list[Claim], vocab: Vocab) -> list[Claim]:
    """``claims``, each duration counted from the publication ("two hours ago") followed by the time it says."""
    version = document.version
    now = version.published
    if not isinstance(now, datetime) or version.published_precision != "day":
        return claims
    if not any(_within_a_day(c) for c in claims):
        return claims
    if now.tzinfo is not None:
        now, zone = now.astimezone(timezone.utc).replace(tzinfo=None), "UTC"
    else:
        zone = "local"
    g, text = grammar(vocab), version.text
    out = []
    for claim in claims:
        out.append(claim)  # the duration stays: "shouldn't last two hours" is one, whatever "last" reads as
        found = _counted(document, claim, g, now) if _within_a_day(claim) else None
        if found:
            out.append(_time(claim, text, *found, now, zone))
    return out


def _counted(document: Document, claim: Claim, g: Grammar, now: datetime) -> tuple[int, int, str, int] | None:
    """The phrase that counts ``claim`` from the publication: its span, its form and its direction (-1 back)."""
    sentence = document.sentence_at(claim.start)
    lo = sentence.start if sentence else max(0, claim.start - 200)
    hi = min(len(document.version.text), claim.end + TAIL)
    for f in find_dates(document.version.text[:hi], g, now.date(), lo):
        counted = sub_day_count(f.match, g) if f.form in COUNTED_FORMS and f.start <= claim.start and claim.end <= f.end else None
        if counted:
            return f.start, f.end, f.form, counted[2]
    return None


def _time(claim: Claim, text: str, start: int, end: int, form: str, direction: int, now: datetime, zone: str) -> Claim:
    """The time (an offset) or time range (a count of the last or next ones) that ``claim`` counts to."""
    assert claim.value is not None and claim.unit is not None
    moment = now + direction * timedelta(seconds=float(claim.value * SUB_DAY_SECONDS[claim.unit]))
    base = replace(claim, kind="time_of_day", text=text[start:end], start=start, end=end, unit=zone,
                   extra={**claim.extra, "counted_from": now.isoformat(timespec="minutes")})
    if form == "offset":
        at = _minute(moment)
        return replace(base, value=at, qualifier="exact", low=at, high=at)
    # the end may pass midnight: it is read on the next day's clock (22:00 to 2:00 is 22:00 to 26:00)
    low = _minute(min(moment, now))
    high = low + Decimal(abs(moment - now).total_seconds() // 60)
    return replace(base, value=(low + high) / 2, qualifier="range", low=low, high=high)


def _within_a_day(claim: Claim) -> bool:
    """A duration in hours, minutes or seconds shorter than a day: a longer one says no time of day."""
    if claim.kind != "duration" or claim.unit not in SUB_DAY_SECONDS or claim.value is None:
        return False
    return claim.value * SUB_DAY_SECONDS[claim.unit] < 86400


def _minute(moment: datetime) -> Decimal:
    return Decimal(moment.hour * 60 + moment.minute)
