"""Loose files keep only a sketch of their text while their folder is grouped, and are read again when checked."""

from __future__ import annotations

import importlib
import json

import pytest

SEFROU = (
    "Le séisme qui a frappé la région de Sefrou, au Maroc, a fait 62 morts, selon un bilan publié mardi par les autorités locales.\n"
    "Les équipes de secours fouillaient encore les décombres des villages de montagne, où de nombreuses maisons en terre se sont effondrées.\n"
    "Le roi a ordonné la mise en place d'une cellule de crise et l'envoi de tentes, de vivres et de couvertures aux familles sinistrées.\n"
)


@pytest.fixture
def probe(run):
    """tests/plugins/fc_grouping_probe (importable once ``run`` has put the test plugins on the path)."""
    module = importlib.import_module("fc_grouping_probe")
    module.SEEN.clear()
    module.CHANGE.clear()
    module.REMOVE.clear()
    yield module
    module.CHANGE.clear()
    module.REMOVE.clear()


def test_grouping_sees_sketches_and_the_check_sees_whole_texts(run, write, probe) -> None:
    a = write("loose/a.txt", SEFROU)
    write("loose/b.txt", SEFROU.replace("62 morts", "64 morts"))
    result = run("-p", "fc_grouping_probe", "--format", "json", "--lang", "fr", "--ref-date", "2024-04-14", a.parent)
    assert sorted((path.rsplit("/", 1)[-1], text, sketched) for path, text, sketched in probe.SEEN) == [("a.txt", "", True), ("b.txt", "", True)]
    assert result.status == 1  # the texts were read again: 62 against 64 is found
    spans = {c["text"] for f in result.json()["findings"] for c in f["claims"]}
    assert {"62 morts", "64 morts"} <= spans


def test_records_keep_their_text(run, write, probe) -> None:
    records = write("loose/wire.jsonl", "\n".join(json.dumps({"id": n, "text": SEFROU}) for n in ("a", "b")) + "\n")
    run("-p", "fc_grouping_probe", "--format", "json", "--lang", "fr", records.parent)
    assert [(text == SEFROU, sketched) for _, text, sketched in probe.SEEN] == [(True, False), (True, False)]


def test_a_file_changed_while_its_folder_is_grouped_is_an_error(run, write, probe) -> None:
    a = write("loose/a.txt", SEFROU)
    b = write("loose/b.txt", SEFROU)
    probe.CHANGE.append((b, SEFROU.replace("62 morts", "64 morts")))
    result = run("-p", "fc_grouping_probe", "--format", "json", "--lang", "fr", a.parent)
    assert result.status == 3
    assert [(e["path"].rsplit("/", 1)[-1], e["message"]) for e in result.json()["errors"]] == [
        ("b.txt", "changed or removed while the run was reading its folder: not checked")]


def test_a_file_removed_while_its_folder_is_grouped_is_one_error(run, write, probe) -> None:
    a = write("loose/a.txt", SEFROU)
    probe.REMOVE.append(write("loose/b.txt", SEFROU))
    result = run("-p", "fc_grouping_probe", "--format", "json", "--lang", "fr", a.parent)
    assert result.status == 3
    errors = [(e["path"].rsplit("/", 1)[-1], e["message"]) for e in result.json()["errors"]]
    assert len(errors) == 1 and errors[0][0] == "b.txt" and "cannot read" in errors[0][1], errors
