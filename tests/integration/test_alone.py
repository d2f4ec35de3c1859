"""Versions compared with nothing are counted, and can fail the run: a misgrouped folder never passes silently."""

from __future__ import annotations

QUAKE = "Le bilan du séisme qui a frappé la région de Sefrou s'élève à 62 morts, selon les autorités locales.\n"
PLANES = "Le constructeur Airbus a livré 735 avions commerciaux en 2023, un record depuis la pandémie.\n"


def test_versions_alone_are_counted_in_every_summary(run, write) -> None:
    a = write("corpus/a.txt", QUAKE)
    write("corpus/b.txt", PLANES)
    result = run(a.parent)
    assert result.status == 0
    assert "no findings, 2 versions compared with nothing" in result.out
    assert run("--format", "json", a.parent).json()["summary"]["alone"] == 2


def test_fail_on_alone_fails_the_run_from_the_command_line_or_the_settings(run, write, tmp_path, monkeypatch) -> None:
    a = write("corpus/a.txt", QUAKE)
    write("corpus/b.txt", PLANES)
    assert run("--fail-on-alone", a.parent).status == 1
    write("pyproject.toml", "[tool.factcheck]\nfail_on_alone = true\n")
    monkeypatch.chdir(tmp_path)
    assert run("corpus").status == 1


def test_a_story_folder_with_two_versions_has_nobody_alone(run, write) -> None:
    a = write("corpus/quake/a.txt", QUAKE)
    write("corpus/quake/b.txt", QUAKE.replace("62", "62 (bilan provisoire)"))
    result = run("--fail-on-alone", "--format", "json", a.parent.parent)
    assert result.json()["summary"]["alone"] == 0
    assert result.status == 0


def test_one_story_declares_the_loose_files_of_a_folder_one_story(run, write) -> None:
    a = write("rewrites/a.txt", QUAKE)
    write("rewrites/b.txt", "Selon les autorités, le séisme de Sefrou a fait 64 morts dans la région.\n")
    write("rewrites/c.txt", PLANES)
    doc = run("--one-story", "--format", "json", "-v", a.parent).json()
    assert [(s["grouped_by"], len(s["versions"])) for s in doc["stories"]] == [("declared (one story)", 3)]
    assert doc["summary"]["alone"] == 0


def test_one_story_still_lets_a_story_key_decide(run, write, tmp_path, monkeypatch) -> None:
    a = write("rewrites/a.txt", QUAKE)
    write("rewrites/b.txt", QUAKE.replace("62", "64"))
    write("rewrites/c.txt", f"---\nstory: airbus\n---\n{PLANES}")
    write("pyproject.toml", "[tool.factcheck]\none_story = true\n")
    monkeypatch.chdir(tmp_path)
    doc = run("--format", "json", "rewrites").json()
    assert sorted((s["grouped_by"], len(s["versions"])) for s in doc["stories"]) == [("declared (one story)", 2), ("story key", 1)]
    assert doc["summary"]["error"] >= 1, "62 against 64 dead is found once the rewrites are one story"
    assert a.exists()
