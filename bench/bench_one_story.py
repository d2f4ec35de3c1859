"""How one story with many versions scales: a wire story really has hundreds of copies.

    .venv/bin/python bench/bench_one_story.py [SIZES ...]      (default: 100 1000 5000; about 8 minutes)

For each size N, N versions of one seed article (in one story folder) are
generated with controlled differences: each drops a tenth of its lines at
random, and one in five changes a figure. Each size is checked by its own
``factcheck --format json`` process, timed from outside; peak memory is that
process's maximum resident set size. Printed per size: seconds, peak MiB,
facts, findings, and the growth of time and memory against the previous size
relative to the growth of N (1.0 is linear; the target is near-linear time and
under 1 GB at 5,000 versions).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scale import EDITS, SEEDS, peak_memory

ROOT = Path(__file__).resolve().parent.parent
FACTCHECK = [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())"]


def make_story(folder: Path, versions: int, seed: int = 3) -> None:
    """``versions`` copies of the first seed article in ``folder``, a tenth of the lines dropped, one in five edited."""
    rng = random.Random(seed)
    lines = SEEDS[0].read_text(encoding="utf-8").splitlines()
    folder.mkdir(parents=True)
    for n in range(versions):
        text = "\n".join(line for line in lines if rng.random() > 0.1)
        if rng.random() < 0.2:
            old, new = rng.choice(EDITS)
            text = text.replace(old, new, 1)
        folder.joinpath(f"v{n:05d}.txt").write_text(f"---\npublished: 2024-04-{rng.randint(9, 14):02d}\nlang: fr\n---\n{text}\n", encoding="utf-8")


def measure(versions: int) -> tuple[float, int, int, int]:
    """Seconds, peak KiB, facts and findings of one run over one story of ``versions`` versions."""
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        make_story(work / "corpus" / "story", versions)
        args = ["--no-cache", "--format", "json", "-v", "corpus"]
        started = time.perf_counter()
        out = subprocess.run([*FACTCHECK, *args], cwd=work, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        doc = json.loads(out.stdout) if out.stdout.strip() else {"stories": [], "findings": []}
        facts = sum(len(s.get("facts", [])) for s in doc["stories"])
        return seconds, peak_memory(args, work), facts, len(doc["findings"])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 5000])
    sizes = sorted(options.parse_args().sizes)
    previous = None
    print(f"{'versions':>8} {'seconds':>9} {'peak MiB':>9} {'facts':>6} {'findings':>9}  growth (time, memory) / growth of N")
    for size in sizes:
        seconds, peak, facts, findings = measure(size)
        growth = ""
        if previous is not None:
            ratio = size / previous[0]
            growth = f"x{seconds / previous[1] / ratio:.2f}, x{peak / previous[2] / ratio:.2f}"
        print(f"{size:>8} {seconds:>9.1f} {peak / 1024:>9.0f} {facts:>6} {findings:>9}  {growth}", flush=True)
        previous = (size, seconds, peak)


if __name__ == "__main__":
    main()
