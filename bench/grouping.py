"""How well loose files are grouped into stories: the annotated real stories, flattened into one folder.

    python bench/grouping.py [CORPUS] [--half tune|check|both|all] [--show]

CORPUS is the rebuilt text of ``../shared/realworld-dev`` (as for
``bench/realworld.py``). Every version becomes a loose file with a name that
says nothing of its story (a hash), keeping its front matter except
``story:``, ``version:`` and ``query:``. ``factcheck --format json`` (this
checkout's) groups them, and the stories it forms are scored against the
annotated story ids: pair precision (of the pairs of files put in one story,
the share that are one story) and pair recall (of the pairs that are one
story, the share put together). Printed per half of the stories (split as in
``bench/realworld.py``) and, with ``--show``, each formed story's members.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realworld import DEFAULT_CORPUS, half_of  # noqa: E402

DROPPED = re.compile(r"^(story|version|query):.*\n", re.MULTILINE)


def flatten(corpus: Path, story_ids: list[str], folder: Path) -> dict[str, str]:
    """Write each version as a loose file of ``folder``; the story id of each file name."""
    truth = {}
    for story in story_ids:
        for path in sorted((corpus / story).iterdir()):
            text = path.read_text(encoding="utf-8")
            end = text.find("\n---\n", 4) if text.startswith("---\n") else -1
            if end >= 0:
                text = DROPPED.sub("", text[: end + 1]) + text[end + 1 :]
            name = hashlib.md5(f"{story}/{path.name}".encode()).hexdigest()[:12] + path.suffix
            (folder / name).write_text(text, encoding="utf-8")
            truth[name] = story
    return truth


def pairs_of(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}


def score(corpus: Path, story_ids: list[str], label: str, show: bool, extra: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-grouping-") as tmp:
        folder = Path(tmp) / "loose"
        folder.mkdir()
        truth = flatten(corpus, story_ids, folder)
        factcheck = Path(sys.executable).parent / "factcheck"
        run = subprocess.run([str(factcheck), "--format", "json", "--no-cache", *extra, str(folder)], capture_output=True, text=True)
        try:
            report = json.loads(run.stdout)
        except json.JSONDecodeError:
            print(f"[{label}] no JSON report (exit {run.returncode}): {run.stderr[-500:]}")
            return
    formed = [[Path(v["path"]).name for v in s["versions"]] for s in report["stories"]]
    gold: dict[str, list[str]] = {}
    for name, story in truth.items():
        gold.setdefault(story, []).append(name)
    found, expected = pairs_of(formed), pairs_of(list(gold.values()))
    right = len(found & expected)
    precision = right / len(found) if found else float("nan")
    recall = right / len(expected) if expected else float("nan")
    alone = sum(len(g) == 1 for g in formed)
    print(f"[{label}] {len(truth)} files of {len(gold)} stories -> {len(formed)} stories ({alone} alone): "
          f"pair precision {precision:.3f}, pair recall {recall:.3f}")
    if show:
        for group, story in zip(formed, report["stories"]):
            members = Counter(truth[n] for n in group)
            print(f"  {story.get('grouped_by', '?')}: " + ", ".join(f"{s} x{k}" for s, k in members.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--half", choices=("tune", "check", "both", "all"), default="both")
    parser.add_argument("--show", action="store_true", help="list the members of each formed story")
    args, extra = parser.parse_known_args()
    if not args.corpus.is_dir():
        sys.exit(f"{args.corpus}: no such folder; rebuild it as ../shared/realworld-dev/README.md says")
    stories = sorted(p.name for p in args.corpus.iterdir() if p.is_dir())
    halves = ("tune", "check") if args.half == "both" else (args.half,)
    for half in halves:
        chosen = stories if half == "all" else [s for s in stories if half_of(s) == half]
        score(args.corpus, chosen, half, args.show, [e for e in extra if e != "--"])


if __name__ == "__main__":
    main()
