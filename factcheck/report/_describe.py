"""How a claim reads in a report: its normalized value and how it was resolved."""

from __future__ import annotations

from decimal import Decimal

from .._model import Claim, Version


def number(value: Decimal | None) -> str:
    """A Decimal without exponent or trailing zeros: 2900000000, 29.6."""
    if value is None:
        return "?"
    text = format(value.normalize(), "f")
    return text


def feasible(claim: Claim) -> str:
    """The feasible set, ``[2500000000, 3500000000]``, ``(50, +inf)`` or a single value."""
    if claim.low is None and claim.high is None:
        return ""
    if claim.low is not None and claim.low == claim.high:
        return f"= {number(claim.low)}"
    low_open = claim.low is None or claim.extra.get("low_open", False)
    high_open = claim.high is None or claim.extra.get("high_open", False)
    low = "-inf" if claim.low is None else number(claim.low)
    high = "+inf" if claim.high is None else number(claim.high)
    return f"{'(' if low_open else '['}{low}, {high}{')' if high_open else ']'}"


def resolution(claim: Claim) -> str:
    """One line saying what the claim was read as."""
    if claim.kind == "date":
        if claim.start_date is None:
            if claim.extra.get("vague"):
                return "date, vague (not resolved to days)"
            return "date, unresolved" + (" (no publication date to read it against)" if claim.relative else "")
        span = claim.start_date.isoformat()
        if claim.end_date and claim.end_date != claim.start_date:
            span += f"..{claim.end_date.isoformat()}"
        how = f" relative to {claim.reference.isoformat()}" if claim.relative and claim.reference else ""
        if claim.end_date is None:
            span += ".."
        return f"date {span} ({claim.granularity or 'day'}{how})"
    if claim.kind == "score" and claim.extra.get("score"):
        a, b = claim.extra["score"]
        return f"score {a}-{b}"
    if claim.kind == "time_of_day" and claim.value is not None:
        minutes = int(claim.value)
        shown = f"time {minutes // 60:02d}:{minutes % 60:02d} ({claim.unit})"
        return shown if claim.qualifier == "exact" else f"{shown} {claim.qualifier}"
    parts = [claim.kind, number(claim.value)]
    if claim.currency:
        parts.append(claim.currency)
    if claim.unit:
        parts.append(claim.unit)
    if claim.qualifier != "exact":
        parts.append(claim.qualifier)
    text = " ".join(parts)
    span = feasible(claim)
    return f"{text} {span}" if span and not span.startswith("=") else text


def published(version: Version) -> str:
    """``2024-04-14, byline '…'`` or ``unknown`` (it often stands in parentheses already: none of its own)."""
    if version.published is None:
        return "unknown"
    when = version.published.isoformat()[:7] if version.published_precision == "month" else version.published.isoformat()
    return f"{when}, {version.published_source}"


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in code points) of ``offset``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def where(version: Version | None, offset: int) -> str:
    """``line:column`` of an offset in a version's text (the bare offset when the text is unknown)."""
    if version is None:
        return str(offset)
    line, column = line_column(version.text, offset)
    return f"{line}:{column}"
