"""Precision and recall of the built-in rules on the controlled-edit set (tests/rules/edits/).

    python bench/edits_score.py [-k SUBSTRING] [--all]

Each case is a base article with edits that either make a contradiction (it
must be flagged with the expected codes, citing the changed figures) or only
rewrite it (no error/warning finding at all). Counted per case:

* recall — flagged cases caught / flagged cases;
* precision — cases caught / (cases caught + rewrites wrongly flagged);
* findings precision — error/warning findings that are expected / all of them
  (a flagged case can carry extra, wrong findings too).

A rewrite whose ``compared`` figures were never aligned with another version
is clean only by default: it counts as not wrongly flagged, but is listed.
Then every wrong verdict, with the finding messages, and which of them the
test suite marks as a known failure (xfail). ``--all`` also lists right verdicts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.rules.test_edits import Case, Verdict, check_case, load_cases  # noqa: E402


def score(verdicts: list[Verdict]) -> dict[str, float | int]:
    positives = [v for v in verdicts if v.case.must_flag]
    negatives = [v for v in verdicts if not v.case.must_flag]
    caught = sum(v.caught for v in positives)
    false_flags = sum(bool(v.unexpected) for v in negatives)
    expected = sum(len(v.expected) for v in verdicts)
    unexpected = sum(len(v.unexpected) for v in verdicts)
    return {
        "flagged cases": len(positives),
        "caught": caught,
        "rewrites": len(negatives),
        "rewrites wrongly flagged": false_flags,
        "flagged cases with extra findings": sum(bool(v.unexpected) for v in positives),
        "rewrites clean by default": sum(bool(v.uncompared) and not v.unexpected for v in negatives),
        "recall": caught / len(positives) if positives else 1.0,
        "precision": caught / (caught + false_flags) if caught + false_flags else 1.0,
        "findings precision": expected / (expected + unexpected) if expected + unexpected else 1.0,
    }


def table(rows: dict[str, list[Verdict]]) -> str:
    head = f"{'cases':<14}{'flagged':>8}{'caught':>8}{'recall':>8}{'rewrites':>10}{'false':>7}{'precision':>11}"
    lines = [head, "-" * len(head)]
    for name, verdicts in rows.items():
        s = score(verdicts)
        recall = f"{s['recall']:.2f}" if s["flagged cases"] else "-"
        precision = f"{s['precision']:.2f}" if s["caught"] + s["rewrites wrongly flagged"] else "-"
        lines.append(
            f"{name:<14}{s['flagged cases']:>8}{s['caught']:>8}{recall:>8}"
            f"{s['rewrites']:>10}{s['rewrites wrongly flagged']:>7}{precision:>11}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", default="", help="only cases whose name contains this")
    parser.add_argument("--all", action="store_true", help="also list the right verdicts")
    args = parser.parse_args(argv)
    os.environ["NO_COLOR"] = "1"
    cases: list[Case] = [c for c in load_cases() if args.k in c.name]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        verdicts = [check_case(c, Path(tmp) / "corpus" / str(i)) for i, c in enumerate(cases)]
    elapsed = time.perf_counter() - started
    groups: dict[str, list[Verdict]] = {}
    for v in verdicts:
        groups.setdefault(v.case.group.split("_")[0], []).append(v)
    groups["ALL"] = verdicts
    print(table(groups))
    total = score(verdicts)
    print(
        f"\nrecall {total['recall']:.3f} ({total['caught']}/{total['flagged cases']} flagged cases caught), "
        f"precision {total['precision']:.3f} ({total['rewrites wrongly flagged']}/{total['rewrites']} rewrites wrongly flagged), "
        f"findings precision {total['findings precision']:.3f}; "
        f"{total['flagged cases with extra findings']} flagged cases carry extra findings; "
        f"{total['rewrites clean by default']} rewrites are clean only because their figures were never compared. "
        f"{len(cases)} cases in {elapsed:.1f}s"
    )
    wrong = [v for v in verdicts if not v.right]
    print(f"\n{len(wrong)} wrong verdicts:")
    for v in wrong:
        mark = "xfail" if v.case.xfail else "NOT MARKED"
        print(f"\n[{mark}] {v.explain()}")
        for f in v.expected:
            print(f"  (expected {f['severity']} {f['code']}: {f['message']})")
    if args.all:
        print("\nright verdicts:")
        for v in verdicts:
            if v.right:
                print(f"  {v.case.name} [{v.items} items]: " + ("; ".join(f"{f['code']} {f['message'][:120]}" for f in v.expected) or "clean"))
    idle = [v.case.name for v in verdicts if not v.case.must_flag and v.items == 0]
    if idle:
        print(f"\nrewrites where no pair of figures was compared at all (clean by default): {', '.join(idle)}")
    stale = [v.case.name for v in verdicts if v.right and v.case.xfail]
    if stale:
        print(f"\nxfail marks to remove (now right): {', '.join(stale)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
