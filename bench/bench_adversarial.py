"""Worst cases of the patterns: 1 MB texts made to make each family of patterns backtrack, and what stops them.

    .venv/bin/python bench/bench_adversarial.py [--size MB] [--langs fr,en]

Each text repeats one hostile unit (runs of currency signs, digits alternating
with punctuation, dates chained with hyphens and spaces, hedge words without a
figure...) up to the size asked, as one paragraph (the worst case: nothing
cuts it into sentences) and as lines. ``factcheck --claims`` reads each one in
a fresh process, in every language asked, and the bench prints the time, the
throughput, the exit status, and which guard fired: none (the patterns stayed
linear), a pattern timeout (``factcheck/_regex.py``: 1 s per call plus 10 s
per million characters searched), or the plugin time limit (``--time-limit``).
A row over the run's own time limit (``--time-limit 120``) is a bug to fix.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: One hostile unit per family of patterns (written to be read in any of the languages).
UNITS = {
    "currency signs": "$ $$ € €€ £ US$ $ ",
    "money words": "3 millions de dollars, 4 milliards d'euros et 5 billion dollars ",
    "digits and punctuation": "1.2,3.4-5/6:7.8,9 ",
    "long digit runs": "1234567890" * 30 + " ",
    "percent": "12 % % 3,4 %% 5 pour cent 6 per cent % ",
    "dates with hyphens": "12 - 13 - 14 - 15 avril - mai - 2024 - 04 - ",
    "dates spelled out": "lundi 1er avril mardi 2 mai mercredi 3 juin Monday April 1 Tuesday May 2 ",
    "times and durations": "12h30 13:45:07 2 h 30 min 45 s 7.30 pm 22:00 GMT ",
    "hedges without figures": "près de plus de moins de environ about nearly more than up to jusqu'à ",
    "quantities": "12 km/h 3,5 m² 40 kg 7 mph 948 pieds 289 m ",
    "scores and ranks": "5-0 2 à 1 87e 86' cinquième fifth 3-2-1-0 ",
}
TIME_LIMIT = 120


def build(unit: str, size: int, lines: bool) -> str:
    """``unit`` repeated to ``size`` characters: one paragraph, or one unit per line."""
    joiner = "\n" if lines else ""
    count = size // (len(unit) + len(joiner)) + 1
    return joiner.join([unit] * count)[:size]


def measure(text: str, lang: str, folder: Path) -> tuple[float, int, str]:
    """Seconds, exit status and guard that fired for ``factcheck --claims`` on ``text``."""
    path = folder / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "--claims", "--format", "jsonl", "--no-cache", "--lang", lang,
               "--ref-date", "2024-04-14", "--time-limit", str(TIME_LIMIT), str(path)]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=4 * TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - started, -1, f"none: killed after {4 * TIME_LIMIT} s"
    seconds = time.perf_counter() - started
    output = done.stdout + done.stderr
    if "PatternTimeout" in output or "ran past its budget" in output:
        guard = "pattern timeout"
    elif "time limit" in output:
        guard = "plugin time limit"
    elif done.returncode not in (0, 1):
        guard = f"error: {done.stderr.strip().splitlines()[-1][:80] if done.stderr.strip() else '?'}"
    else:
        guard = "none needed"
    return seconds, done.returncode, guard


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--size", type=float, default=1.0, help="megabytes of text per case (default 1)")
    options.add_argument("--langs", default="fr,en", help="languages to read each text in (default fr,en)")
    args = options.parse_args()
    size = int(args.size * 1_000_000)
    print(f"{'family':<24} {'shape':<9} {'lang':<4} {'seconds':>8} {'chars/s':>11} {'exit':>4}  guard")
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="factcheck-adversarial-") as tmp:
        for family, unit in UNITS.items():
            for shape in ("paragraph", "lines"):
                text = build(unit, size, shape == "lines")
                for lang in args.langs.split(","):
                    seconds, status, guard = measure(text, lang, Path(tmp))
                    worst = max(worst, seconds)
                    print(f"{family:<24} {shape:<9} {lang:<4} {seconds:8.1f} {len(text) / seconds:11,.0f} {status:>4}  {guard}", flush=True)
    print(f"worst case: {worst:.1f} s for {args.size:g} MB (the run's time limit: {TIME_LIMIT} s per plugin call)")


if __name__ == "__main__":
    main()
