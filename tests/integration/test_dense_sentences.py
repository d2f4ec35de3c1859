"""A "sentence" of hundreds of figures (a table or a list with no full stop) stays cheap: each claim's frame
holds the figures near it, not the whole sentence's."""

from __future__ import annotations

import json

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


def test_a_sentence_of_thousands_of_figures_is_read_in_pieces_and_loses_none(run, write) -> None:
    from factcheck.extract.numbers import MAX_SPAN, bounded

    text = ", ".join(f"{n} millions de dollars" for n in range(1, 401)) + "."
    pieces = list(bounded(text, 0, len(text)))
    assert len(pieces) >= 5 and all(hi - lo <= MAX_SPAN for lo, hi in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text) and all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(text[hi - 2 : hi] == ", " for _, hi in pieces[:-1])  # cut after a comma, never inside a figure
    a = write("dense.txt", text + "\n")
    out = run("--claims", "--format", "jsonl", "--lang", "fr", a).out
    claims = [c for line in out.splitlines() for c in json.loads(line)["claims"] if c["kind"] == "money"]
    assert sorted(float(c["value"]) for c in claims) == [n * 1e6 for n in range(1, 401)]
