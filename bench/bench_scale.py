"""How the whole run scales, measured side by side in one run (issue 6's targets).

    -j 1 against -j auto         stories/s and characters/s
    cold run against warm cache  the warm re-run should be >= 20x faster
    peak memory                  1,000 against 10,000 versions (target: about flat)
    grouping                     1,000 against 10,000 loose files (target: close to linear)
    naive baseline               dateparser.search_dates + quantulum3.parse on a sample of the
                                 same versions (bench_extract's baseline), against the whole run

Corpora are generated from the seed articles with controlled edits (figures,
weekdays, dropped paragraphs), one story per folder. Each run is a separate
``factcheck`` process, timed from outside; peak memory is the child's maximum
resident set size. Run: ``.venv/bin/python bench/bench_scale.py [--small]``, or
``--grouping-only 100000`` to time grouping alone at any size.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
FACTCHECK = [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())"]
EDITS = [("2,9 milliards", "3,4 milliards"), ("mardi", "lundi"), ("110 millions", "120 millions"), ("près de 30%", "près de 40%"), ("trois millions", "deux millions")]


def article_lines() -> list[list[str]]:
    return [p.read_text(encoding="utf-8").splitlines() for p in SEEDS]


def make_corpus(folder: Path, versions: int, seed: int = 1, edits: bool = True) -> int:
    """``versions`` files in two-version story folders; returns the characters written.

    With ``edits``, half the second versions change a figure or a weekday and the
    publication dates vary (a contradiction-dense corpus); without, versions agree.
    """
    rng = random.Random(seed)
    sources = article_lines()
    chars = 0
    for story in range(versions // 2):
        lines = rng.choice(sources)
        target = folder / f"story-{story:05d}"
        target.mkdir(parents=True)
        for name in ("a.txt", "b.txt"):
            kept = [line for line in lines if rng.random() > 0.1]
            text = "\n".join(kept)
            old, new = rng.choice(EDITS)
            if edits and name == "b.txt" and rng.random() < 0.5:
                text = text.replace(old, new, 1)
            day = rng.randint(9, 14) if edits else 14
            text = f"---\npublished: 2024-04-{day:02d}\nlang: fr\n---\n{text}\n"
            target.joinpath(name).write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


#: Versions the naive baseline reads (it is slow: a sample, not the corpus).
NAIVE_SAMPLE = 40


def naive_chars_per_second(corpus: Path, sample: int) -> float:
    """Characters per second of extraction issue's naive baseline, over ``sample`` versions of ``corpus``."""
    from datetime import date

    from bench_extract import naive

    files = sorted(corpus.rglob("*.txt"))[:sample]
    texts = [("fr", f.read_text(encoding="utf-8"), date(2024, 4, 14)) for f in files]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3's note that its optional classifier is not installed
        seconds, _ = naive(texts, rounds=1)
    return sum(len(text) for _, text, _ in texts) / (seconds["search_dates"] + seconds["quantulum3"])


def make_loose(folder: Path, files: int, seed: int = 2) -> None:
    """``files`` loose files: pairs of versions of distinct synthetic articles built from seed sentences."""
    rng = random.Random(seed)
    sentences = [s for lines in article_lines() for s in lines if len(s.split()) > 8]
    words = " ".join(sentences).split()
    folder.mkdir(parents=True)
    for n in range(files // 2):
        body = "\n".join(" ".join(rng.choices(words, k=16)) + "." for _ in range(40))
        folder.joinpath(f"{n:05d}-a.txt").write_text(body, encoding="utf-8")
        folder.joinpath(f"{n:05d}-b.txt").write_text("Lire aussi : autre chose\n" + body.replace(" de ", " du ", 2), encoding="utf-8")


def run(args: list[str], cwd: Path) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one factcheck process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([*FACTCHECK, *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak if peak > before else before


def peak_memory(args: list[str], cwd: Path) -> int:
    """Peak RSS of a fresh process (ru_maxrss of children only grows, so measure each in its own shell)."""
    code = (
        "import resource, subprocess, sys; "
        f"subprocess.run({[*FACTCHECK, *args]!r}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=False)
    return int(out.stdout.strip() or 0)


def time_grouping(folder: Path, jobs: int = 1, stages: bool = False) -> tuple[float, int]:
    """Seconds to group the loose files of ``folder`` (read beforehand) on ``jobs`` cores, and the stories found."""
    sys.path.insert(0, str(ROOT))
    from factcheck import Version
    from factcheck import _grouping

    versions = [Version(str(p), p.read_text(encoding="utf-8")) for p in sorted(folder.iterdir())]
    if not stages:
        started = time.perf_counter()
        groups = _grouping.group(versions, jobs)
        return time.perf_counter() - started, len(groups)
    # The steps of _grouping.group, timed one by one.
    started = time.perf_counter()
    profiles = _grouping.profile_all([v.body for v in versions], jobs)
    common = _grouping.common_shingles(profiles)
    profiles = [p.without(common) for p in profiles]
    profiled = time.perf_counter()
    pairs = _grouping.candidate_pairs(profiles)
    paired = time.perf_counter()
    groups = _grouping._link(profiles, pairs)
    linked = time.perf_counter()
    method = "exact index" if len(profiles) <= _grouping.EXACT_LIMIT else "MinHash LSH Ensemble"
    cores = jobs if len(versions) >= _grouping.PARALLEL_FROM else 1
    print(f"  profiles {profiled - started:.1f} s on {cores} core(s), candidate pairs {paired - profiled:.1f} s ({len(pairs)}, {method}), "
          f"linking {linked - paired:.1f} s; peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return linked - started, len(groups)


def grouping_only(count: int, jobs: int) -> None:
    """Group ``count`` generated loose files, stage by stage (for sizes the full bench would take too long on)."""
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        make_loose(work / "loose", count)
        seconds, stories = time_grouping(work / "loose", jobs, stages=True)
        print(f"grouping {count} loose files: {seconds:.1f} s, {stories} stories ({count // 2} expected)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--small", action="store_true", help="smaller corpora for a quick look")
    options.add_argument("--grouping-only", type=int, metavar="N", help="only time grouping N generated loose files, on every core")
    args = options.parse_args()
    if args.grouping_only:
        grouping_only(args.grouping_only, os.cpu_count() or 1)
        return
    small, large = (200, 2000) if args.small else (1000, 10000)
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        corpus = work / "corpus"
        chars = make_corpus(corpus, small)
        stories = small // 2
        print(f"corpus: {stories} stories, {small} versions, {chars:,} chars")
        serial, _ = run(["--no-cache", "--format", "json", "corpus"], work)
        parallel, _ = run(["--no-cache", "-j", "auto", "--format", "json", "corpus"], work)
        print(f"{'-j 1':<10} {serial:7.1f} s  {stories / serial:7.1f} stories/s  {chars / serial:10,.0f} chars/s")
        print(f"{'-j auto':<10} {parallel:7.1f} s  {stories / parallel:7.1f} stories/s  {chars / parallel:10,.0f} chars/s  (x{serial / parallel:.2f} on {os.cpu_count()} cores)")
        naive_rate = naive_chars_per_second(corpus, NAIVE_SAMPLE)
        print(f"{'naive':<10} {'':>9}  {'':>17}  {naive_rate:10,.0f} chars/s  (search_dates + quantulum3 alone, on {NAIVE_SAMPLE} versions; "
              f"the whole run with -j 1 is x{chars / serial / naive_rate:.1f} faster)")

        cold, _ = run(["--cache-dir", "cache", "--format", "json", "corpus"], work)
        warm, _ = run(["--cache-dir", "cache", "--format", "json", "corpus"], work)
        print(f"cold run {cold:.1f} s, warm cached re-run {warm:.2f} s: x{cold / warm:.1f} faster (target: >= 20)")

        make_corpus(work / "big", large, seed=3)
        make_corpus(work / "agree", small, seed=4, edits=False)
        make_corpus(work / "agree-big", large, seed=5, edits=False)
        for label, little, huge in (("contradiction-dense", "corpus", "big"), ("versions that agree", "agree", "agree-big")):
            small_peak = peak_memory(["--no-cache", "--format", "json", little], work)
            large_peak = peak_memory(["--no-cache", "--format", "json", huge], work)
            print(f"peak memory, {label}: {small_peak / 1024:.0f} MiB at {small} versions, {large_peak / 1024:.0f} MiB at {large} versions "
                  f"(x{large_peak / max(small_peak, 1):.2f} for x{large // small} versions; flat = 1)")

        times = []
        for count in (small, large):
            make_loose(work / f"loose-{count}", count)
            seconds, stories = time_grouping(work / f"loose-{count}")
            times.append(seconds)
            print(f"grouping {count:>6} loose files: {seconds:6.1f} s, {stories} stories")
        print(f"grouping: x{times[1] / times[0]:.1f} time for x{large // small} files (linear = {large // small})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
