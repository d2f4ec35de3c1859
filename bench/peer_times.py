"""Value accuracy on the peer cases of kinds ``time``, ``datetime`` and ``duration`` (Recognizers-Text specs).

    python bench/peer_times.py [PATH] [--misses LANG|all] [--half fit|check|both]

PATH defaults to ``../shared/peer-cases/recognizers-dev.jsonl`` (six languages). Cases are split by a hash
of their id into a *fit* half and a *check* half, as in ``peer_score.py``; both are printed side by side.
Every expected mention with a resolution counts; it is read correctly when claims overlapping its span give:

* duration — a ``duration`` claim of the same length in seconds (the spec's convention: a month is 30 days,
  a year 365; a decade 10 years);
* time — a ``time_of_day`` claim at that minute (``time``), or from ``start_time`` to ``end_time`` (a range);
  any of the spec's ``alternatives`` (7 Uhr is 07:00 or 19:00);
* datetime — a date claim on the day and a ``time_of_day`` claim at the minute (``datetime``), or the same for
  the start of a ``datetimerange`` (where a time range that starts at that minute counts too).

Mentions without a resolution are counted as *found* when some claim of the family overlaps them. Cases
whose ``ref_date`` is null are read against 2016-11-07.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from peer_score import document, half_of, load, options  # noqa: E402

from factcheck._intervals import DURATION_UNITS  # noqa: E402
from factcheck._vocab import load_vocab  # noqa: E402
from factcheck.extract.dates import extract as extract_dates  # noqa: E402
from factcheck.extract.numbers import extract_numbers  # noqa: E402

KINDS = ("time", "datetime", "duration")
DEFAULT_REF = date(2016, 11, 7)
#: The spec's sizes of the month-family units, in days.
MONTH_DAYS = {"month": 30, "quarter": 90, "semester": 180, "year": 365, "decade": 3650, "century": 36500}


def seconds(claim: Any) -> Decimal | None:
    """A duration claim's length in seconds, by the spec's convention."""
    family, size = DURATION_UNITS.get(claim.unit or "", (None, None))
    if claim.value is None or family is None:
        return None
    if family == "s":
        return claim.value * size
    days = {1: 30, 3: 90, 6: 180, 12: 365, 120: 3650, 1200: 36500}[size]
    return claim.value * days * 86400


def minute(clock: str) -> int:
    """'14:30:00' -> 870."""
    hours, minutes = clock.split(":")[:2]
    return int(hours) * 60 + int(minutes)


def read(case: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """Our number-side claims and date claims for a case, published at its reference moment (as
    ``--ref-date 2016-11-07T00:00:00`` gives it: relative times such as "in 5 minutes" count from it)."""
    vocab = load_vocab(case["lang"])
    ref = datetime.fromisoformat(case["ref_date"]) if case.get("ref_date") else DEFAULT_REF
    doc = document(case["text"], case["lang"])
    doc = replace(doc, version=doc.version.replace(published=ref))
    return extract_numbers(doc, vocab), extract_dates(doc, vocab)


def correct(item: dict[str, Any], claims: list[Any], dates: list[Any]) -> bool:
    """Does one of our readings overlapping the item give its resolution (or one of its alternatives)?"""
    over = [c for c in claims if c.start < item["end"] and item["start"] < c.end]
    days = [d for d in dates if d.start < item["end"] and item["start"] < d.end]
    times = [c for c in over if c.kind == "time_of_day" and c.value is not None]
    for option in [item, *item.get("alternatives", [])]:
        if item["kind"] == "duration" and "value" in option:
            want = Decimal(str(option["value"]))
            if any(s is not None and abs(s - want) <= Decimal("0.001") * max(want, Decimal(1)) for s in map(seconds, (c for c in over if c.kind == "duration"))):
                return True
        elif "time" in option:
            if any(int(c.value) == minute(option["time"]) for c in times):
                return True
        elif "start_time" in option:
            low = minute(option["start_time"])
            high = minute(option["end_time"]) if option.get("end_time") else None
            if any(c.low is not None and int(c.low) == low and (high is None or (c.high is not None and int(c.high) == high)) for c in times):
                return True
        elif "datetime" in option or "start_date" in option:
            stamp = option.get("datetime") or option["start_date"]
            day, clock = date.fromisoformat(stamp[:10]), stamp[11:16]
            on_day = any(d.start_date == day for d in days)
            # a datetimerange starts at the minute: a time range read there starts at it (its value is its middle)
            at_time = any(int(c.value) == minute(clock) or ("start_date" in option and c.qualifier == "range" and c.low is not None
                                                            and int(c.low) == minute(clock)) for c in times)
            if on_day and at_time:
                return True
    return False


def score(cases: list[dict[str, Any]], show: str | None = None) -> dict[tuple[str, str], dict[str, int]]:
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        if case["kind"] not in KINDS:
            continue
        claims, dates = read(case)
        row = table[(case["lang"], case["kind"])]
        for item in case["expected"]:
            valued = any(k in item for k in ("value", "time", "start_time", "datetime", "start_date"))
            if not valued:
                row["spans"] += 1
                row["found"] += any(c.start < item["end"] and item["start"] < c.end for c in [*claims, *dates])
                continue
            row["items"] += 1
            ok = correct(item, claims, dates)
            row["correct"] += ok
            if not ok and show in (case["lang"], "all"):
                got = [(c.text, c.kind, str(c.value)) for c in claims if c.start < item["end"] and item["start"] < c.end]
                print(f"MISS {case['id']}: {item['text']!r} in {case['text'][:80]!r} | got {got}")
    return table


def render(tables: dict[str, dict[tuple[str, str], dict[str, int]]]) -> str:
    head = f"{'lang':4} {'kind':9}" + "".join(f" {h + ' items':>11} {'accuracy':>8} {'spans':>6} {'found':>6}" for h in tables)
    lines = [head]
    for key in sorted({k for t in tables.values() for k in t}):
        row = f"{key[0]:4} {key[1]:9}"
        for table in tables.values():
            r = table.get(key, {})
            items = r.get("items", 0)
            accuracy = r.get("correct", 0) / items if items else float("nan")
            row += f" {items:11} {accuracy:8.1%} {r.get('spans', 0):6} {r.get('found', 0):6}"
        lines.append(row)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__, metavar="LANG", help="print the misses of LANG (or all), of the fit half unless --half says").parse_args(argv)
    cases = load(args.path)
    halves = ("fit", "check") if args.half == "both" else (args.half,)
    tables = {h: score([c for c in cases if half_of(c["id"]) == h], args.misses if h == halves[0] else None) for h in halves}
    print(render(tables))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
