"""Precision and recall on the annotated real stories, on a tuning half and a held-out half.

    python bench/realworld.py [CORPUS] [--stories PATH] [--half tune|check|both] [--misses] [-- FACTCHECK OPTIONS]

CORPUS is the rebuilt text of ``../shared/realworld-dev`` (default
``$FC_REALWORLD_CORPUS`` or ``~/.cache/factcheck-realworld-dev``; its README
says how to rebuild it; the texts never enter this repository). The stories
are split by a hash of their id: thresholds and vocabulary are tuned looking
at the *tune* half only, and the *check* half says whether that generalizes.
Each half is copied to a temporary folder, checked by ``factcheck --format
json`` (this checkout's), and scored by the annotation's own ``score.py``.
Printed per half: the score line, and contradictions caught per fact kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "realworld-dev"
DEFAULT_CORPUS = Path(os.environ.get("FC_REALWORLD_CORPUS", Path.home() / ".cache" / "factcheck-realworld-dev"))
SCORE_LINE = re.compile(r"^score: .*$", re.MULTILINE)


def half_of(story_id: str) -> str:
    """``tune`` or ``check``, by a stable hash of the story id."""
    return "tune" if int(hashlib.md5(story_id.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _this_checkout() -> dict[str, str]:
    """The environment with this checkout first on the path: factcheck runs in a temporary folder, where a
    relative ``PYTHONPATH=.`` names that folder and the installed (another checkout's) package would be measured."""
    paths = [str(ROOT)] + [str(Path(p).resolve()) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def run_half(corpus: Path, annotation: dict, half: str, extra: list[str], misses: bool, false: bool = False, align: dict | None = None) -> dict:
    stories = [s for s in annotation["stories"] if half in ("both", half_of(s["id"]))]
    missing = [s["id"] for s in stories if not (corpus / s["id"]).is_dir()]
    if missing:
        print(f"[{half}] not rebuilt, left out: {', '.join(missing)}")
        stories = [s for s in stories if s["id"] not in missing]
    kinds = {(s["id"], f["fid"]): f["kind"] for s in stories for f in s["facts"]}
    with tempfile.TemporaryDirectory(prefix="factcheck-realworld-") as tmp:
        folder = Path(tmp) / "corpus"
        for story in stories:
            shutil.copytree(corpus / story["id"], folder / story["id"])
        stories_path = Path(tmp) / "stories.json"
        stories_path.write_text(json.dumps({**annotation, "stories": stories}), encoding="utf-8")
        result_path = Path(tmp) / "result.json"
        if align:  # the run's settings, as a user would write them
            table = "\n".join(f"{k} = {v}" for k, v in align.items())
            (Path(tmp) / "pyproject.toml").write_text(f"[tool.factcheck.align]\n{table}\n", encoding="utf-8")
        factcheck = Path(sys.executable).parent / "factcheck"
        cmd = " ".join([str(factcheck), "--format", "json", "--no-cache", *extra, "{corpus}"])
        run = subprocess.run(
            [sys.executable, str(SHARED / "score.py"), str(folder), "--stories", str(stories_path), "--cmd", cmd, "--json-out", str(result_path)],
            capture_output=True, text=True, cwd=tmp, env=_this_checkout(),
        )
        line = SCORE_LINE.search(run.stdout)
        print(f"[{half}] {len(stories)} stories: {line.group() if line else 'no score: ' + run.stdout[-500:] + run.stderr[-500:]}")
        if not result_path.exists():
            return {}
        result = json.loads(result_path.read_text(encoding="utf-8"))
    total, caught = Counter(), Counter()
    for fact in result["facts"]:
        kind = kinds.get((fact["story"], fact["fid"]), "?")
        total[kind] += 1
        caught[kind] += fact["caught"]
    print("  caught by kind: " + ", ".join(f"{k} {caught[k]}/{total[k]}" for k in sorted(total, key=lambda k: -total[k])))
    classes = result["flag_classes"]
    print(f"  flags: true {classes['true']}, false {classes['false']}, unclear {classes['unclear']}, unjudged {classes['unjudged']}")
    if false:
        for flag in result["flags"]:
            if flag["class"] == "false":
                texts = "; ".join(f"{c['version'].rsplit('/', 1)[-1]} {c['text']!r}" for c in flag.get("claims", [])[:6])
                print(f"  false {flag['story']} {flag['code']}: {texts}")
    if misses:
        for fact in result["facts"]:
            if not fact["caught"]:
                tag = "explainable" if fact["explainable"] else "real"
                print(f"  missed {fact['story']} {fact['fid']} [{kinds.get((fact['story'], fact['fid']))}, {tag}] {fact['label']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--stories", type=Path, default=SHARED / "stories.json")
    parser.add_argument("--half", choices=("tune", "check", "both", "all"), default="both")
    parser.add_argument("--misses", action="store_true", help="list the contradictions not caught")
    parser.add_argument("--false", action="store_true", help="list the flags that fall on agreeing facts only")
    parser.add_argument("--align", action="append", default=[], metavar="KEY=VALUE", help="an alignment setting ([tool.factcheck.align])")
    args, extra = parser.parse_known_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such folder; rebuild the texts as {SHARED / 'README.md'} says")
    annotation = json.loads(args.stories.read_text(encoding="utf-8"))
    halves = ("tune", "check") if args.half == "both" else ("both",) if args.half == "all" else (args.half,)
    align = dict(item.split("=", 1) for item in args.align)
    for half in halves:
        run_half(args.corpus, annotation, half, [e for e in extra if e != "--"], args.misses, args.false, align)


if __name__ == "__main__":
    main()
