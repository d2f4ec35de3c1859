"""A "sentence" of hundreds of figures (a table or a list with no full stop) stays cheap: each claim's frame
holds the figures near it, not the whole sentence's."""

from __future__ import annotations

import factcheck._align as align


def test_a_claim_frame_counts_only_the_figures_near_it(run, write, monkeypatch) -> None:
    seen: list[int] = []
    cluster = align.cluster

    def spy(kind, measure, members, langs, settings):
        seen.extend(sum(token.startswith("#") for token in frame.sentence) for _, frame in members)
        return cluster(kind, measure, members, langs, settings)

    monkeypatch.setattr(align, "cluster", spy)
    figures = ", ".join(f"{n} %" for n in range(1, 301))
    a = write("story/a.txt", f"Les taux relevés sont {figures}.\n")
    write("story/b.txt", f"Les taux relevés sont {figures.replace('150 %', '151 %')}.\n")
    run("--no-cache", "--lang", "fr", "--format", "json", a.parent)
    assert len(seen) >= 600
    assert max(seen) <= 2 * align.NEAR_FIGURES
