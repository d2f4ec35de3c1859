"""Options and records that would make a run check less than the user asked for are errors, never a quiet pass."""

from __future__ import annotations

import json
import os
from xml.dom import minidom

from factcheck._vocab import load_vocab

QUAKE = "Le bilan du séisme qui a frappé la région de Sefrou s'élève à 62 morts, selon les autorités locales.\n"


def _story(write):
    a = write("corpus/quake/a.txt", QUAKE)
    write("corpus/quake/b.txt", QUAKE.replace("62", "64"))
    return a.parent.parent


def test_select_or_ignore_naming_no_rule_is_a_usage_error(run, write) -> None:
    corpus = _story(write)
    for option in ("--select", "--ignore"):
        result = run(option, "FC9", corpus)
        assert result.status == 4, (option, result.out, result.err)
        assert "FC9: no rule has such a code" in result.err
        assert "FC103" in result.err, "the message lists the codes that exist"
    assert run("--select", "ALL", corpus).status == 1
    assert run("--select", "FC1", corpus).status == 1, "a prefix of a real code is fine"


def test_k_matching_no_item_checked_nothing_and_says_so(run, write) -> None:
    corpus = _story(write)
    result = run("--format", "json", "-k", "no-such-item", corpus)
    assert result.status == 5
    notes = [e["message"] for e in result.json()["errors"]]
    assert any("no item matches -k 'no-such-item'" in m for m in notes), notes


def test_records_sharing_an_id_are_both_checked_with_an_error(run, write) -> None:
    records = [
        {"id": "afp", "text": QUAKE, "lang": "fr", "story": "sefrou"},
        {"id": "afp", "text": QUAKE.replace("62", "64"), "lang": "fr", "story": "sefrou"},
    ]
    feed = write("feed/wire.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    result = run("--format", "json", "-v", feed.parent)
    doc = result.json()
    assert result.status == 3
    assert any("id 'afp' is already the id of line 1" in e["message"] for e in doc["errors"]), doc["errors"]
    names = sorted(v["path"].rsplit("/", 1)[-1] for s in doc["stories"] for v in s["versions"])
    assert names == ["wire.jsonl#afp", "wire.jsonl#afp@line2"]
    assert any(f["severity"] == "error" for f in doc["findings"]), "62 against 64 is still found"


def test_a_file_reached_twice_is_read_once_with_a_note(run, write) -> None:
    corpus = _story(write)
    story = corpus / "quake"
    os.symlink("a.txt", story / "c.txt")  # a link beside the file it leads to
    doc = run("--format", "json", corpus).json()
    (checked,) = doc["stories"]
    assert sorted(v["path"].rsplit("/", 1)[-1] for v in checked["versions"]) == ["a.txt", "b.txt"]
    assert [(e["kind"], e["message"]) for e in doc["errors"]] == [("note", f"the same file as {story / 'a.txt'}: read once")]
    named = run("--format", "json", "--one-story", story / "a.txt", f"{story}/./a.txt", story / "b.txt")
    assert [v["path"] for s in named.json()["stories"] for v in s["versions"]] == [str(story / "a.txt"), str(story / "b.txt")]
    assert named.status == 1, "62 against 64 is still found, once"


def test_a_record_whose_lang_is_not_a_language_code_is_an_error_naming_it(run, write) -> None:
    records = [{"id": "a", "text": QUAKE, "lang": "x" * 5000}, {"id": "b", "text": QUAKE, "lang": "../../etc"}]
    feed = write("feed/wire.json", json.dumps(records))
    doc = run("--format", "json", feed.parent).json()
    messages = [e["message"] for e in doc["errors"]]
    assert len(messages) == 2 and all("'lang' must be a language code" in m for m in messages), messages
    assert all(len(m) < 200 for m in messages), "a long value is cut in the message"


def test_a_language_that_is_not_a_folder_name_has_no_vocabulary() -> None:
    for lang in ("..", "../fr", "/etc", "x" * 4000, ""):
        assert not load_vocab(lang).topics
    assert load_vocab("fr").topics


def test_an_unknown_lang_option_is_a_usage_error_and_a_region_is_accepted(run, write) -> None:
    corpus = _story(write)
    result = run("--lang", "xx", corpus)
    assert result.status == 4 and "--lang 'xx': no language data" in result.err
    assert run("--lang", "fr-CA", corpus).status == 1


def test_lone_surrogates_in_records_are_replaced_and_every_format_is_written(run, write, tmp_path) -> None:
    lines = ['{"id": "a", "story": "s", "lang": "fr", "text": "Le séisme a fait 62 morts \\ud800 selon la police."}',
             '{"id": "b", "story": "s", "lang": "fr", "text": "Le séisme a fait 64 morts selon la police."}']
    feed = write("feed/wire.jsonl", "\n".join(lines) + "\n")
    for fmt in ("terminal", "json", "jsonl", "sarif", "junit", "github", "html"):
        out = tmp_path / f"report.{fmt}"
        result = run("--format", fmt, "-o", out, feed.parent)
        assert result.status == 3, (fmt, result.err)
        _valid(fmt, out.read_text(encoding="utf-8"))
    doc = run("--format", "json", feed.parent).json()
    assert any("lone surrogate" in e["message"] for e in doc["errors"])
    assert any(f["code"] == "FC103" for f in doc["findings"])


def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(run, write, tmp_path) -> None:
    corpus = _story(write)
    name = os.fsdecode(os.fsencode(str(corpus / "quake")) + b"/caf\xe9.txt")
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(QUAKE.replace("62", "63"))
    for fmt in ("json", "sarif", "junit", "github", "html", "jsonl"):
        out = tmp_path / f"report.{fmt}"
        assert run("--format", fmt, "-o", out, corpus).status == 1, fmt
        _valid(fmt, out.read_text(encoding="utf-8"))
    cited = [c["version"] for f in run("--format", "json", corpus).json()["findings"] for c in f["claims"]]
    assert any(v.endswith("quake/caf\\xe9.txt") for v in cited), cited


def _valid(fmt: str, text: str) -> None:
    """The report parses as its format says."""
    if fmt in ("json", "sarif"):
        json.loads(text)
    elif fmt == "jsonl":
        [json.loads(line) for line in text.splitlines() if line]
    elif fmt == "junit":
        minidom.parseString(text)
