"""Bad input gets a clear error, never a traceback, and the rest of the corpus is still checked."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from ..conftest import SEEDS


@pytest.fixture
def corpus(tmp_path):
    """The seed story in a sub-folder, plus a folder for bad files."""
    story = tmp_path / "corpus" / "seed"
    story.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copyfile(seed, story / seed.name)
    (tmp_path / "corpus" / "bad").mkdir()
    return tmp_path / "corpus"


def check(run, corpus, *args):
    result = run("--format", "json", *args, corpus)
    doc = result.json()
    errors = {os.path.basename(e["path"]): e for e in doc["errors"]}
    assert {f["code"] for f in doc["findings"] if f["severity"] == "error"} == {"FC201"}, "the seed story was not checked"
    return result.status, errors


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("broken-front.md", b"---\ntitle: [unclosed\npublished: 2024-01-01\n---\nTexte.\n", "front matter: line 3"),
        ("open-front.md", b"---\ntitle: x\nTexte sans fin de front matter.\n", "no closing '---'"),
        ("bad-utf8.txt", "Le séisme a fait 62 morts".encode() + b"\xff\xfe fin", "not valid UTF-8: 2 byte(s) replaced"),
    ],
)
def test_bad_file(run, corpus, name, data, message):
    (corpus / "bad" / name).write_bytes(data)
    status, errors = check(run, corpus)
    assert status == 3
    assert message in errors[name]["message"], errors


@pytest.mark.parametrize(
    "name, data, note",
    [
        ("latin1.txt", "Le séisme a fait 62 morts à Valence, selon un bilan provisoire de l'État.".encode("cp1252"), "decoded as cp1252"),
        ("utf16.txt", "Le séisme a fait 62 morts à Valence, selon un bilan provisoire.".encode("utf-16"), "decoded as UTF-16"),
        ("report.pdf", b"%PDF-1.4 ...", "unsupported file type '.pdf': no loader plugin reads it; not read"),
    ],
)
def test_other_encodings_are_read_with_a_note_and_do_not_fail_the_run(run, corpus, name, data, note):
    (corpus / "bad" / name).write_bytes(data)
    status, errors = check(run, corpus)
    assert status == 1  # the seed story's findings; a note is not an error
    assert errors[name]["kind"] == "note" and note in errors[name]["message"]


def test_huge_file_is_skipped_with_the_stated_limit(run, corpus):
    (corpus / "bad" / "huge.txt").write_bytes(b"Un mot. " * 700_000)  # 5.6 MB
    status, errors = check(run, corpus, "--max-file-size", "5")
    assert status == 3 and "over the limit of 5 MB" in errors["huge.txt"]["message"]


def test_huge_file_within_the_limit_is_processed(run, corpus):
    (corpus / "bad" / "big.txt").write_bytes(SEEDS[0].read_bytes() * 125)  # 1.1 MB of real news, 125 times over
    status, errors = check(run, corpus)
    assert "big.txt" not in errors


def test_symlink_loop_and_self_link(run, corpus):
    os.symlink("..", corpus / "bad" / "up")
    os.symlink("itself", corpus / "bad" / "itself")
    status, errors = check(run, corpus)
    assert status == 3
    assert "loop" in errors["up"]["message"] and "loops on itself" in errors["itself"]["message"]


def test_pipe_is_not_read(run, corpus):
    os.mkfifo(corpus / "bad" / "pipe")
    status, errors = check(run, corpus)
    assert "not a regular file" in errors["pipe"]["message"]


def test_single_version_story_is_checked_without_error(run, corpus):
    (corpus / "bad" / "only.txt").write_text("---\nlang: fr\npublished: 2024-01-02\n---\nUn seul article de 120 mots.\n", encoding="utf-8")
    status, errors = check(run, corpus)
    assert status == 1 and errors == {}


def test_folder_without_stories_exits_5_and_missing_path_4(run, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".hidden.txt").write_text("caché", encoding="utf-8")
    assert run(tmp_path / "empty").status == 5
    assert run(tmp_path / "missing").status == 4


def test_unreadable_file(run, corpus, monkeypatch):
    target = corpus / "bad" / "locked.txt"
    target.write_text("Texte.", encoding="utf-8")
    real = type(target).read_bytes

    def read_bytes(path):  # the tests may run as root, who reads any file: refuse this one as the OS would
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(type(target), "read_bytes", read_bytes)
    status, errors = check(run, corpus)
    assert status == 3 and errors["locked.txt"]["message"] == "cannot read: Permission denied"


def test_unreadable_folder_is_reported_not_skipped_in_silence(run, corpus, monkeypatch):
    locked = corpus / "locked-story"
    locked.mkdir()
    (locked / "a.txt").write_text("Le séisme a fait 62 morts.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # root lists any folder: refuse this one as the OS would for another user
        if os.path.basename(os.fspath(path)) == "locked-story":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, errors = check(run, corpus)
    assert status == 3
    assert "cannot read folder: Permission denied" in errors["locked-story"]["message"]


def test_links_out_of_the_corpus_are_reported_and_not_read(run, corpus, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text("Le séisme a fait 62 morts selon un document interne.", encoding="utf-8")
    os.symlink(outside / "secret.txt", corpus / "bad" / "secret.txt")
    os.symlink(outside, corpus / "bad" / "elsewhere")
    status, errors = check(run, corpus)
    assert status == 3
    assert "outside" in errors["secret.txt"]["message"] and "not read" in errors["secret.txt"]["message"]
    assert "outside" in errors["elsewhere"]["message"] and "not followed" in errors["elsewhere"]["message"]


def test_the_size_limit_is_per_version_so_a_large_records_file_is_read(run, tmp_path):
    def record(story: str, n: int, words: int) -> str:
        text = f"L'usine de Lyon a produit {n} voitures l'an dernier. " + "Un mot. " * words
        return json.dumps({"story": story, "id": f"{story}-{n}", "lang": "fr", "published": "2024-04-10", "text": text})

    records = tmp_path / "records.jsonl"  # about 5.5 kB, every record under 1 kB but the last
    records.write_text("\n".join([record("usine", 120, 40), record("usine", 150, 40), record("autre", 7, 40), record("autre", 8, 400)]) + "\n",
                       encoding="utf-8")
    result = run("--format", "json", "--max-file-size", "0.001", records)
    assert result.status == 3
    doc = result.json()
    (error,) = doc["errors"]
    assert "autre-8" in error["message"] and "over the limit of 0.001 MB per version" in error["message"]
    versions = {v["path"].rsplit("#", 1)[-1] for s in doc["stories"] for v in s["versions"]}
    assert versions == {"usine-120", "usine-150", "autre-7"}
    assert any(f["code"] == "FC103" for f in doc["findings"])  # 120 against 150 voitures: the records were checked
