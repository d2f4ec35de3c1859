"""Score the date extractor on the peer cases (Recognizers-Text specs), kinds ``date`` and ``daterange``.

    python bench/peer_dates.py [--cases PATH] [--half fit|check|both] [--show-misses LANG] [--speed]

Cases are split by a hash of their id into a *fit* half and a *check* half (as ``peer_score.py``); both
are printed.

Scoring, at day granularity (times of day are out of scope):

- an expected mention with a resolution (``date``, or ``start_date``/``end_date``)
  is correct when a claim overlapping its span gives the same interval, under
  any of the spec's ``alternatives``;
- a single ``date`` must be a one-day claim on that day;
- spec ranges end *exclusive* ("décembre" is 12-01 .. 01-01), claims end
  inclusive: our end + 1 day must equal the spec's end. For an explicit
  "A to B" range the spec ends at the start of B ("du 4 au 22" ends 22,
  "May to Oct" ends 10-01), so an end inside B's unit also counts. An open
  bound (``mod`` since/after/before) must be open in the claim too;
- mentions with a span only count as *found* when a claim overlaps them;
- a case whose ``ref_date`` is null is read against 2016-11-07.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from peer_score import half_of  # noqa: E402

from factcheck._vocab import load_vocab  # noqa: E402
from factcheck.extract.dates import find_dates, grammar  # noqa: E402

LANG_DIR = ROOT / "factcheck" / "lang"

#: The six languages' cases when ``../shared`` is there, else the tests' copy of the French, English and Spanish ones.
CASES = next((p for p in (ROOT.parent / "shared" / "peer-cases" / "recognizers-dev.jsonl",
                          ROOT / "tests" / "data" / "peer-cases" / "recognizers-dev.jsonl") if p.is_file()),
             ROOT / "tests" / "data" / "peer-cases" / "recognizers-dev.jsonl")
SEEDS = Path(__file__).resolve().parents[1] / "corpus"
DEFAULT_REF = date(2016, 11, 7)
KINDS = ("date", "daterange")


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _unit_start(day: date, granularity: str) -> date:
    if granularity == "year":
        return day.replace(month=1, day=1)
    if granularity in ("month", "range"):
        return day.replace(day=1)
    return day


def matches(item: dict, start: date | None, end: date | None, end_granularity: str) -> bool:
    """Does a claim interval agree with one expected resolution (or one of its alternatives)?"""
    options = [item] + list(item.get("alternatives", []))
    explicit_range = str(item.get("timex", "")).startswith("(")
    for opt in options:
        if "date" in opt:
            if start == end == _d(opt["date"]):
                return True
            continue
        if "start_date" not in opt and "end_date" not in opt:
            continue
        es, ee = _d(opt.get("start_date")), _d(opt.get("end_date"))
        if es != start:
            continue
        if ee is None:
            if end is None:
                return True
            continue
        if end is None:
            continue
        if end + timedelta(days=1) == ee or (explicit_range and _unit_start(end, end_granularity) <= ee <= end):
            return True
        if opt.get("mod") and ee == end:
            return True
    return False


def score(cases_path: Path, show: str | None, half: str = "both") -> dict:
    table: dict = defaultdict(lambda: defaultdict(int))
    for line in cases_path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["kind"] not in KINDS or not (LANG_DIR / case["lang"]).is_dir():
            continue
        if half != "both" and half_of(case["id"]) != half:
            continue
        lang, text = case["lang"], case["text"]
        ref = _d(case.get("ref_date")) or DEFAULT_REF
        found = find_dates(text, grammar(load_vocab(lang)), ref)
        row = table[(lang, case["kind"])]
        if not case["expected"] and case.get("exhaustive"):
            row["neg"] += 1
            row["neg_ok"] += not found
        for item in case["expected"]:
            over = [f for f in found if f.start < item["end"] and item["start"] < f.end]
            valued = "date" in item or "start_date" in item or "end_date" in item
            if not valued:
                row["span"] += 1
                row["span_ok"] += bool(over)
                continue
            row["n"] += 1
            ok = any(matches(item, f.reading.start, f.reading.end, f.reading.extra.get("end_granularity", f.reading.granularity)) for f in over)
            row["ok"] += ok
            if not ok and show in (lang, "all"):
                got = [(text[f.start:f.end], str(f.reading.start), str(f.reading.end), f.form) for f in over]
                want = item.get("date") or (item.get("start_date"), item.get("end_date"))
                print(f"MISS {lang} ref={ref} {text[:90]!r} | want {item['text']!r} {want} | got {got}")
    return table


def print_table(table: dict) -> None:
    print(f"{'lang':4} {'kind':9} {'valued':>6} {'correct':>7} {'acc':>6}   {'spans':>5} {'found':>5}   {'neg':>3} {'clean':>5}")
    for lang in sorted({lang for lang, _ in table}):
        tot_n = tot_ok = 0
        for kind in KINDS:
            r = table[(lang, kind)]
            tot_n, tot_ok = tot_n + r["n"], tot_ok + r["ok"]
            acc = 100 * r["ok"] / r["n"] if r["n"] else 0.0
            print(f"{lang:4} {kind:9} {r['n']:6} {r['ok']:7} {acc:5.1f}%   {r['span']:5} {r['span_ok']:5}   {r['neg']:3} {r['neg_ok']:5}")
        print(f"{lang:4} {'both':9} {tot_n:6} {tot_ok:7} {100 * tot_ok / max(tot_n, 1):5.1f}%")


def speed(rounds: int = 20) -> None:
    """Characters per second of ``find_dates`` on the seeds (French), warm."""
    g = grammar(load_vocab("fr"))
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for t in texts:
        find_dates(t, g, date(2024, 4, 14))
    chars = sum(map(len, texts)) * rounds
    t0 = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            find_dates(t, g, date(2024, 4, 14))
    elapsed = time.perf_counter() - t0
    print(f"seeds: {chars} chars in {elapsed:.3f} s = {chars / elapsed / 1000:.0f} K chars/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--show-misses", metavar="LANG", help="a language code, or all (of the fit half, unless --half says)")
    parser.add_argument("--half", choices=("fit", "check", "both"), default="both",
                        help="the fit half, the check half, or both one after the other (default)")
    parser.add_argument("--speed", action="store_true", help="also measure throughput on the seeds")
    args = parser.parse_args()
    for half in (("fit", "check") if args.half == "both" else (args.half,)):
        print(f"[{half} half]")
        print_table(score(args.cases, args.show_misses if half == ("fit" if args.half == "both" else args.half) else None, half))
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
