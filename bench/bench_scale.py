"""How the whole run scales, measured side by side in one run (issue 6's targets).

    -j 1 against -j auto         stories/s and characters/s
    -j dask://...                the same on a local Dask cluster of 2 worker processes, and the
                                 driver's peak memory at 1,000 and 10,000 versions (target: flat)
    cold run against warm cache  the warm re-run should be >= 20x faster
    peak memory                  1,000 against 10,000 versions (target: about flat)
    grouping                     1,000 against 10,000 loose files (target: close to linear)
    naive baseline               dateparser.search_dates + quantulum3.parse on a sample of the
                                 same versions (bench_extract's baseline), against the whole run

Corpora are generated from the seed articles with controlled edits (figures,
weekdays, dropped paragraphs), one story per folder. Each run is a separate
``factcheck`` process, timed from outside; peak memory is the child's maximum
resident set size. Run: ``.venv/bin/python bench/bench_scale.py [--small]``, or
``--grouping-only [N ...]`` to read and group generated reports of synthetic events alone, in a fresh
process per size (default 10,000 and 100,000 files): time, peak memory, growth, pair precision and recall,
and the time at ``-j auto`` (loose files read and sketched on every core);
``--huge [MB ...]`` to check one JSON-lines file of two-version stories and one text file of each size
(default 5 and 20 MB; ``--max-file-size``, which is per version, raised for the text): time, characters/s, peak memory, and time
growth against size growth.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from itertools import combinations
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


#: Country names the synthetic reports cite (grouping reads them through CLDR, as in real text).
COUNTRIES = ["France", "Espagne", "Japon", "Brésil", "Maroc", "Italie", "Allemagne", "Chili", "Inde", "Mexique", "Canada", "Turquie"]
SYLLABLES = ["ka", "ve", "lor", "mi", "dan", "su", "ro", "bel", "ti", "zan", "qui", "par", "no", "gal", "ès", "ur", "fi", "dor"]


def make_events(folder: Path, files: int, seed: int = 3) -> dict[str, int]:
    """``files`` loose files reporting synthetic events, as an archive holds them; the event of each file name.

    Each event has its own people and place (pseudo-names drawn with a long-tailed frequency from a large
    pool, so that popular names recur across events, as heads of state do), a country, figures and a year;
    its 1 to 5 reports are either rewrites of their own (the event's names and figures in prose of common
    words, no shared run of words) or near-copies of an earlier report. Each report carries the header and
    footer of one of 300 outlets. Grouping should join the reports of one event and nothing else.
    """
    from wordfreq import top_n_list, word_frequency

    rng = random.Random(seed)
    # Prose of French words at their real frequencies, and now and then a word from the long tail.
    common = [w for w in top_n_list("fr", 3000) if w.isalpha()]
    frequency = [word_frequency(w, "fr") for w in common]
    tail = [w for w in top_n_list("fr", 60000)[20000:] if w.isalpha() and len(w) > 4]
    pool = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).capitalize() for _ in range(30000)]
    popularity = [1 / (rank + 1) for rank in range(len(pool))]
    outlets = [(f"{rng.choice(pool)} Matin — édition du jour", f"© {rng.choice(pool)} Médias. Tous droits réservés. "
                f"Abonnez-vous à notre lettre {rng.choice(pool)} pour recevoir chaque matin nos informations.") for _ in range(300)]
    folder.mkdir(parents=True)
    truth: dict[str, int] = {}
    event = written = 0
    while written < files:
        names = rng.choices(pool, weights=popularity, k=3) + [rng.choice(pool)]
        figures = [f"{rng.randint(100, 99999):,}".replace(",", " "), f"{rng.randint(1, 99)},{rng.randint(1, 9)}", str(rng.randint(100, 999))]
        anchors = names + figures + [rng.choice(COUNTRIES), str(rng.choice((2023, 2024, 2025)))]
        reports: list[str] = []
        for _ in range(min(rng.randint(1, 5), files - written)):
            if reports and rng.random() < 0.3:
                body = reports[-1].replace(" de ", " du ", 2)
            else:
                sentences = []
                for _ in range(rng.randint(12, 24)):
                    sentence = rng.choices(common, weights=frequency, k=rng.randint(9, 15))
                    if rng.random() < 0.3:
                        sentence.insert(rng.randint(0, len(sentence)), rng.choice(tail))
                    for anchor in rng.sample(anchors, k=2):
                        sentence.insert(rng.randint(1, len(sentence)), anchor)
                    sentences.append(" ".join(sentence).capitalize() + ".")
                body = "\n".join(sentences)
            reports.append(body)
            header, footer = rng.choice(outlets)
            name = f"{event:06d}-{len(reports)}.txt"
            folder.joinpath(name).write_text(f"{header}\n\n{body}\n\n{footer}\n", encoding="utf-8")
            truth[name] = event
        written += len(reports)
        event += 1
    return truth


@contextlib.contextmanager
def dask_cluster(workers: int) -> Iterator[str | None]:
    """The address (HOST:PORT) of a local Dask cluster of ``workers`` processes, or None without Dask."""
    try:
        from distributed import LocalCluster
    except ImportError:
        print("-j dask: not measured (pip install 'factcheck-news[dask]')")
        yield None
        return
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0", silence_logs=40)
    try:
        yield cluster.scheduler_address.removeprefix("tcp://")
    finally:
        cluster.close()


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


def time_grouping(folder: Path, jobs: int = 1) -> tuple[float, int]:
    """Seconds to group the loose files of ``folder`` (read beforehand) on ``jobs`` cores, and the stories found."""
    sys.path.insert(0, str(ROOT))
    from factcheck import Version
    from factcheck import _grouping

    versions = [Version(str(p), p.read_text(encoding="utf-8")) for p in sorted(folder.iterdir())]
    started = time.perf_counter()
    groups = _grouping.group(versions, jobs)
    return time.perf_counter() - started, len(groups)


def group_folder(folder: str, jobs: str = "1") -> None:
    """(In a child process.) Read and group the loose files of ``folder`` as ``factcheck -j JOBS`` does, and
    print the seconds it took, the peak memory and the stories formed, as JSON."""
    from factcheck.cli import make_config
    from factcheck._session import Session
    from factcheck._model import Story

    started = time.perf_counter()
    config, _ = make_config(["--no-cache", "-j", jobs, folder])
    config.pluginmanager.hook.factcheck_configure.call_historic(kwargs={"config": config})
    session = Session(config)
    session.collect_stories([folder])
    seconds = time.perf_counter() - started
    stories = [[Path(v.path).name for v in item.versions] for _, item in session.plan if isinstance(item, Story)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_kib": peak, "stories": stories}))


def pair_scores(stories: list[list[str]], truth: dict[str, int]) -> tuple[float, float]:
    """Pair precision and recall of the stories formed against the events the files report."""
    formed = {tuple(sorted(p)) for members in stories for p in combinations(members, 2)}
    events: dict[int, list[str]] = {}
    for name, event in truth.items():
        events.setdefault(event, []).append(name)
    expected = {tuple(sorted(p)) for members in events.values() for p in combinations(members, 2)}
    right = len(formed & expected)
    return right / max(len(formed), 1), right / max(len(expected), 1)


def grouping_only(counts: list[int]) -> None:
    """Read and group ``counts`` generated loose files (reports of synthetic events), each size in a fresh
    ``factcheck`` process as a user's run would: time, peak memory, growth, and how well events were found."""
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    rows = []
    try:
        for count in counts:
            folder = work / f"loose-{count}"
            truth = make_events(folder, count)
            runs = {}
            for jobs in ("1", "auto"):  # loose files are read and sketched on every core with -j N
                out = subprocess.run([sys.executable, __file__, "--group-folder", str(folder), "--group-jobs", jobs],
                                     capture_output=True, text=True, check=False)
                if out.returncode:
                    print(f"grouping {count} files at -j {jobs} failed:\n{out.stderr[-2000:]}")
                    return
                runs[jobs] = json.loads(out.stdout.splitlines()[-1])
            found = runs["1"]
            precision, recall = pair_scores(found["stories"], truth)
            rows.append((count, found["seconds"], found["peak_kib"] / 1024))
            same = "same stories" if runs["auto"]["stories"] == found["stories"] else "OTHER STORIES"
            print(f"grouping {count:>7,} loose files ({len(set(truth.values())):,} events): {found['seconds']:7.1f} s, "
                  f"peak memory {found['peak_kib'] / 1024:6.0f} MiB, {len(found['stories']):,} stories, "
                  f"pair precision {precision:.3f}, recall {recall:.3f}; -j auto {runs['auto']['seconds']:.1f} s "
                  f"(x{found['seconds'] / runs['auto']['seconds']:.2f} on {os.cpu_count()} cores, {same})")
            shutil.rmtree(folder, ignore_errors=True)
        for (small, small_s, small_mb), (large, large_s, large_mb) in zip(rows, rows[1:]):
            print(f"x{large / small:g} files: x{large_s / small_s:.1f} time (linear = {large / small:g}), x{large_mb / small_mb:.1f} peak memory")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_records(path: Path, megabytes: float, seed: int = 4) -> int:
    """A JSON-lines file of about ``megabytes`` of two-version stories (``make_corpus``'s); returns its characters."""
    chars = 0
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp, path.open("w", encoding="utf-8") as out:
        folder = Path(tmp) / "c"
        versions = 2 * max(1, int(megabytes * 1e6 / 15300))  # a version's record is about 7,650 characters
        make_corpus(folder, versions, seed)
        for story in sorted(folder.iterdir()):
            for version in sorted(story.iterdir()):
                _, front, body = version.read_text(encoding="utf-8").split("---\n", 2)
                meta = dict(line.split(": ", 1) for line in front.strip().splitlines())
                line = json.dumps({"story": story.name, "id": f"{story.name}-{version.stem}", "lang": meta["lang"],
                                   "published": meta["published"], "text": body}, ensure_ascii=False)
                out.write(line + "\n")
                chars += len(line) + 1
    return chars


def make_huge_text(path: Path, megabytes: float) -> int:
    """One French article of about ``megabytes``: the seed articles over and over; returns its characters."""
    bodies = "\n\n".join(line for lines in article_lines() for line in lines)
    text = "---\nlang: fr\npublished: 2024-04-10\n---\n" + "\n\n".join([bodies] * (int(megabytes * 1e6 / len(bodies)) + 1))
    path.write_text(text, encoding="utf-8")
    return len(text)


def huge_inputs(sizes: list[float]) -> None:
    """Time and memory of one huge records file and one huge text at each size: both must grow with their size."""
    print(f"{'input':<22} {'MB':>5} {'seconds':>8} {'chars/s':>10} {'peak MiB':>9}  growth of time / growth of size")
    for label, make, name in (("JSON lines (stories)", make_records, "records.jsonl"), ("one text", make_huge_text, "article.txt")):
        previous = None
        for size in sorted(sizes):
            work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
            try:
                chars = make(work / name, size)
                args = ["--no-cache", "--format", "json", "--max-file-size", str(2 * size + 1), name]  # a 20 MB text is over the default
                seconds, _ = run(args, work)
                peak = peak_memory(args, work)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            growth = f"x{(seconds / previous[1]) / (chars / previous[0]):.2f}" if previous else ""
            print(f"{label:<22} {chars / 1e6:5.1f} {seconds:8.1f} {chars / seconds:10,.0f} {peak / 1024:9.0f}  {growth}")
            previous = (chars, seconds)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--small", action="store_true", help="smaller corpora for a quick look")
    options.add_argument("--grouping-only", type=int, nargs="*", metavar="N",
                         help="only read and group generated loose files, at each size N (default: 10000 100000)")
    options.add_argument("--group-folder", help=argparse.SUPPRESS)  # the child process of --grouping-only
    options.add_argument("--group-jobs", default="1", help=argparse.SUPPRESS)
    options.add_argument("--huge", type=float, nargs="*", metavar="MB",
                         help="only check one JSON-lines file and one text of each size in MB (default: 5 20)")
    args = options.parse_args()
    if args.huge is not None:
        huge_inputs(args.huge or [5, 20])
        return
    if args.group_folder:
        group_folder(args.group_folder, args.group_jobs)
        return
    if args.grouping_only is not None:
        grouping_only(args.grouping_only or [10000, 100000])
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
        with dask_cluster(workers=2) as address:
            if address:
                on_dask, _ = run(["--no-cache", "-j", f"dask://{address}", "--format", "json", "corpus"], work)
                print(f"{'-j dask':<10} {on_dask:7.1f} s  {stories / on_dask:7.1f} stories/s  {chars / on_dask:10,.0f} chars/s  "
                      f"(x{serial / on_dask:.2f}; a local Dask cluster of 2 worker processes)")
                for count in (small, large):
                    folder = work / f"dask-{count}"
                    make_corpus(folder, count, seed=6)
                    peak = peak_memory(["--no-cache", "-j", f"dask://{address}", "--format", "json", folder.name], work)
                    print(f"{'':<10} driver peak memory on Dask, {count} versions: {peak / 1024:.0f} MiB")
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
