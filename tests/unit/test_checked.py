"""Checked stories keep only the texts reports quote, on disk, and give them back intact."""

from __future__ import annotations

from factcheck import Story, Version
from factcheck._checked import CheckedStories

TEXT = "---\nlang: fr\n---\nLe séisme a fait 62 morts mardi à Valence, selon un bilan provisoire. 😮\n"


def story(name: str, versions: int = 2) -> Story:
    return Story(name, tuple(Version(f"{name}/{n}.txt", TEXT.replace("62", str(60 + n)), body_start=16, meta={"k": n}) for n in range(versions)))


def test_quoted_texts_come_back_intact_and_the_others_are_dropped():
    checked = CheckedStories()
    checked.append(story("a"), keep={"a/1.txt"})
    checked.append(story("b"), keep=set())
    a, b = checked
    assert a.versions[1].text == TEXT.replace("62", "61") and a.versions[1].body_start == 16
    assert a.versions[0].text == "" and all(v.text == "" for v in b.versions)
    assert a.versions[0].meta == {"k": 0} and [s.id for s in checked] == ["a", "b"] and len(checked) == 2
    assert checked[-1].id == "b" and [s.id for s in checked[:1]] == ["a"]


def test_texts_are_not_held_in_memory_past_the_spool_size():
    long_text = TEXT * 200  # about 18 KB
    checked = CheckedStories()
    for n in range(400):  # about 7 MB of quoted text
        checked.append(Story(f"s{n}", (Version(f"s{n}/a.txt", f"{n} {long_text}"),)), keep={f"s{n}/a.txt"})
    assert checked._file is not None and checked._file._rolled, "past a few megabytes the texts are on disk"
    assert [s.versions[0].text for s in checked] == [f"{n} {long_text}" for n in range(400)]


def test_a_story_kept_in_memory_keeps_every_text():
    checked = CheckedStories()
    whole = story("a")
    checked.append(whole, in_memory=True)
    assert checked[0] == whole


def test_versions_by_path_read_a_kept_text_back_only_for_the_version_looked_up():
    checked = CheckedStories()
    checked.append(story("a"), keep={"a/1.txt"})
    checked.append(story("b", versions=3), keep={"b/2.txt"})
    versions = checked.versions
    assert list(versions) == ["a/0.txt", "a/1.txt", "b/0.txt", "b/1.txt", "b/2.txt"] and len(versions) == 5
    assert versions["b/2.txt"].text == TEXT.replace("62", "62") and versions["b/2.txt"].body_start == 16
    assert versions["a/1.txt"].text == TEXT.replace("62", "61") and versions["a/0.txt"].text == ""
    assert versions.get("c/0.txt") is None and "a/1.txt" in versions
