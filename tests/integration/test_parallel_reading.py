"""Loose files read, their language found and sketched on every core (``-j N``): the report of one core."""

from __future__ import annotations

import json
import os

from factcheck import _session

QUAKE = (
    "Le séisme qui a frappé la région de Sefrou, au Maroc, a fait {n} morts, selon les autorités locales.\n"
    "Les équipes de secours fouillaient encore les décombres des villages de montagne, où de nombreuses maisons en terre se sont effondrées.\n"
    "Le roi a ordonné la mise en place d'une cellule de crise et l'envoi de tentes et de couvertures aux familles.\n"
)
PLANES = "Le constructeur Airbus a livré 735 avions commerciaux en 2023, un record depuis la pandémie, selon ses chiffres annuels.\n"


def _folder(write, tmp_path):
    write("loose/a.txt", QUAKE.format(n=62))
    write("loose/b.txt", QUAKE.format(n=64))
    write("loose/c.txt", QUAKE.format(n=62))
    write("loose/planes.txt", PLANES)
    write("loose/wire.jsonl", "\n".join(json.dumps({"id": k, "text": QUAKE.format(n=62)}) for k in ("w1", "w2")) + "\n")
    (tmp_path / "loose" / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00\x01")
    write("loose/notes.pdf", "%PDF-1.4")
    write("loose/empty.txt", "")
    return tmp_path / "loose"


def test_loose_files_read_in_workers_give_the_report_of_one_core(run, write, tmp_path, monkeypatch):
    monkeypatch.setattr(_session, "READ_IN_WORKERS_FROM", 2)
    folder = _folder(write, tmp_path)
    one = run("--no-cache", "--format", "json", "--lang", "fr", "--ref-date", "2024-04-14", folder)
    two = run("--no-cache", "-j", "2", "--format", "json", "--lang", "fr", "--ref-date", "2024-04-14", folder)
    assert (two.status, two.out) == (one.status, one.out)
    doc = one.json()
    assert [e["path"].rsplit("/", 1)[-1] for e in doc["errors"]] == ["bad.txt", "empty.txt", "notes.pdf"]
    assert any({"62 morts", "64 morts"} <= {c["text"] for c in f["claims"]} for f in doc["findings"])


def test_loose_files_are_read_by_the_workers(run, write, tmp_path, monkeypatch):
    monkeypatch.setattr(_session, "READ_IN_WORKERS_FROM", 3)
    probe = tmp_path / "readers.txt"
    monkeypatch.setenv("FC_READER_PROBE", str(probe))
    folder = _folder(write, tmp_path)
    run("--no-cache", "-j", "2", "-p", "fc_reader_probe", "--format", "json", "--lang", "fr", folder)
    readers = set(probe.read_text(encoding="utf-8").split())
    assert readers and str(os.getpid()) not in readers, "every loose text file was read in a worker"
    probe.unlink()
    run("--no-cache", "-j", "2", "-p", "fc_reader_probe", "--format", "json", "--lang", "fr", folder / "a.txt", folder / "b.txt")
    assert set(probe.read_text(encoding="utf-8").split()) == {str(os.getpid())}, "two files, fewer than READ_IN_WORKERS_FROM, are read here"


def test_files_left_by_a_reading_worker_that_ends_are_read_here(run, write, tmp_path, monkeypatch):
    monkeypatch.setattr(_session, "READ_IN_WORKERS_FROM", 2)
    folder = _folder(write, tmp_path)
    one = run("--no-cache", "--format", "json", "--lang", "fr", "--ref-date", "2024-04-14", folder)
    monkeypatch.setenv("FC_READER_MAIN", str(os.getpid()))
    two = run("--no-cache", "-j", "2", "-p", "fc_reader_probe", "--format", "json", "--lang", "fr", "--ref-date", "2024-04-14", folder)
    assert (two.status, two.out) == (one.status, one.out)
