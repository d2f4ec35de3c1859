"""Throughput of the early stages on the seed corpus, against naive library use measured in the same run.

    segment   vs pysbd over the whole text
    metadata  vs dateparser.search.search_dates over the whole text (fr)
    grouping  1,000 loose files of ~8 KB vs 100 of them (how close to linear)
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from factcheck import Version
from factcheck._grouping import group
from factcheck._metadata import infer_published
from factcheck._segment import segment
from factcheck._vocab import load_vocab

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def rate(func, texts, rounds=5) -> float:
    func(texts[0])
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            func(text)
    return rounds * sum(map(len, texts)) / (time.perf_counter() - started)


def main() -> None:
    import pysbd
    from dateparser.search import search_dates

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    vocab = load_vocab("fr")
    seg = rate(lambda t: segment(Version("x", t, lang="fr"), vocab), texts)
    sbd = pysbd.Segmenter(language="fr", clean=False, char_span=True)
    naive_seg = rate(lambda t: sbd.segment(t), texts, rounds=1)
    meta = rate(lambda t: infer_published(t, 0, vocab), texts)
    naive_meta = rate(lambda t: search_dates(t, languages=["fr"], settings={"DATE_ORDER": "DMY"}), texts, rounds=1)
    print(f"{'stage':<10} {'chars/s':>12} {'baseline chars/s':>18} {'ratio':>7}")
    print(f"{'segment':<10} {seg:>12,.0f} {naive_seg:>18,.0f} {seg / naive_seg:>7.1f}  (baseline: pysbd)")
    print(f"{'metadata':<10} {meta:>12,.0f} {naive_meta:>18,.0f} {meta / naive_meta:>7.1f}  (baseline: search_dates)")

    words = " ".join(texts).split()
    rng = random.Random(1)

    def files(n: int) -> list[Version]:
        return [Version(f"c/{i:05d}.txt", " ".join(rng.choices(words, k=1300))) for i in range(n)]

    small, large = files(100), files(1000)
    started = time.perf_counter()
    group(small)
    t_small = time.perf_counter() - started
    started = time.perf_counter()
    group(large)
    t_large = time.perf_counter() - started
    print(f"grouping   100 files {t_small:.2f}s, 1,000 files {t_large:.2f}s: x{t_large / t_small:.1f} for x10 files (linear = 10)")


if __name__ == "__main__":
    main()
