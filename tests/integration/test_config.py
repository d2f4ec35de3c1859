"""Configuration, baselines, --explain and --show-config, as a user meets them."""

from __future__ import annotations

import json
import shutil

import pytest

from ..conftest import SEEDS


def test_write_then_use_a_baseline_survives_edits_elsewhere(run, seed_dir, tmp_path):
    baseline = tmp_path / "baseline.json"
    first = run("--write-baseline", baseline, seed_dir)
    assert first.status == 0, "the findings are recorded as accepted"
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert run("--baseline", baseline, "--format", "json", seed_dir).json()["findings"] == []
    assert run("--baseline", baseline, seed_dir).status == 0
    article = seed_dir / SEEDS[0].name
    article.write_text(article.read_text(encoding="utf-8").replace("Google a aussi ouvert", "Google a également ouvert"), encoding="utf-8")
    assert run("--baseline", baseline, "--format", "json", seed_dir).json()["findings"] == []


def test_baseline_reports_new_findings(run, seed_dir, tmp_path):
    baseline = tmp_path / "baseline.json"
    run("--write-baseline", baseline, seed_dir)
    article = seed_dir / SEEDS[1].name
    text = article.read_text(encoding="utf-8").replace("110 millions de dollars", "150 millions de dollars")
    article.write_text(text, encoding="utf-8")
    doc = run("--baseline", baseline, "--format", "json", seed_dir).json()
    assert [f["code"] for f in doc["findings"]] == ["FC101"]


def test_a_configured_baseline_is_written_first_and_travels_with_the_checkout(run, tmp_path, monkeypatch):
    project = tmp_path / "newsroom"
    shutil.copytree(SEEDS[0].parent, project / "corpus" / "seed", ignore=shutil.ignore_patterns("*.md"))
    (project / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["corpus"]\nbaseline = "accepted.json"\n', encoding="utf-8")
    (project / "corpus" / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not a version: a note, not an error
    monkeypatch.chdir(project)
    assert run("--write-baseline", "accepted.json").status == 0, "no baseline needed to write the first one"
    assert run().status == 0
    moved = tmp_path / "ci-runner" / "checkout"
    shutil.copytree(project, moved)
    monkeypatch.chdir(moved / "corpus")  # another folder, paths spelled another way
    doc = run("--format", "json", str(moved / "corpus")).json()
    assert doc["findings"] == [] and doc["summary"]["exit_status"] == 0


def test_checking_the_project_folder_never_reads_its_own_files(run, tmp_path, monkeypatch):
    project = tmp_path / "newsroom"
    shutil.copytree(SEEDS[0].parent, project / "corpus" / "seed", ignore=shutil.ignore_patterns("*.md"))
    (project / "pyproject.toml").write_text('[tool.factcheck]\nbaseline = "accepted.json"\n', encoding="utf-8")
    monkeypatch.chdir(project)
    run("--write-baseline", "accepted.json", "--format", "json", "-o", "report.json", ".")
    doc = run("--format", "json", "-o", "report.json", ".")
    assert doc.status == 0
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    assert report["errors"] == [] and report["summary"]["exit_status"] == 0, "pyproject.toml, the baseline, the report: not versions"


@pytest.mark.parametrize(("include", "exclude", "versions"), [
    ([], ["corpus/drafts/*"], ["a.txt", "b.txt"]),
    (["*.txt"], [], ["a.txt", "b.txt", "c.txt"]),
    (["corpus/final/*"], [], ["a.txt", "b.txt"]),
    ([], ["b.*", "*.html"], ["a.txt", "c.txt"]),
])
def test_include_and_exclude_globs_choose_the_files_read(run, write, tmp_path, monkeypatch, include, exclude, versions):
    text = "---\nlang: fr\npublished: 2024-04-10\n---\nLe séisme a fait 62 morts à Valence, selon un bilan provisoire.\n"
    for name in ("final/a.txt", "final/b.txt", "drafts/c.txt"):
        write(f"proj/corpus/{name}", text)
    write("proj/corpus/final/index.html", "<p>index</p>")
    write("proj/pyproject.toml", f"[tool.factcheck]\npaths = [\"corpus\"]\ninclude = {json.dumps(include)}\nexclude = {json.dumps(exclude)}\n")
    monkeypatch.chdir(tmp_path / "proj")
    doc = run("--format", "json", "-v").json()
    read = sorted(v["path"].rsplit("/", 1)[-1] for story in doc["stories"] for v in story["versions"])
    assert read == versions


def test_baseline_entries_no_finding_matches_are_noted_after_a_full_run(run, seed_dir, tmp_path):
    baseline = tmp_path / "baseline.json"
    run("--write-baseline", baseline, seed_dir)
    data = json.loads(baseline.read_text(encoding="utf-8"))
    fixed = {"code": "FC101", "claims": [["corpus/gone.txt", "money", "5", None, "USD", "exact", None, None]]}
    baseline.write_text(json.dumps({**data, "findings": [*data["findings"], fixed]}), encoding="utf-8")
    for _ in range(2):  # checked, then from the cache
        doc = run("--baseline", baseline, "--format", "json", seed_dir).json()
        notes = [e["message"] for e in doc["errors"] if e["kind"] == "note"]
        assert notes == ["1 accepted finding(s) no longer occur: write the baseline again (--write-baseline) to drop them"]
        assert doc["findings"] == [] and doc["summary"]["exit_status"] == 0
    partial = run("--baseline", baseline, "--select", "FC2", "--format", "json", seed_dir).json()
    assert [e for e in partial["errors"] if "no longer occur" in e["message"]] == [], "a partial run leaves entries unchecked, not stale"


def test_a_baseline_of_the_first_format_is_still_read(run, seed_dir, tmp_path):
    baseline = tmp_path / "baseline.json"
    run("--write-baseline", baseline, seed_dir)
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["factcheck_baseline"] == 2
    for key in data["findings"]:
        key["story"] = "an old story id"  # format 1 keyed findings by story too
    baseline.write_text(json.dumps({"factcheck_baseline": 1, "findings": data["findings"]}), encoding="utf-8")
    assert run("--baseline", baseline, seed_dir).status == 0


def test_missing_or_broken_baseline_is_a_usage_error(run, seed_dir, tmp_path):
    assert run("--baseline", tmp_path / "nope.json", seed_dir).status == 4
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    result = run("--baseline", tmp_path / "bad.json", seed_dir)
    assert result.status == 4 and "not a factcheck baseline" in result.err


def test_severity_override_from_pyproject_and_command_line(run, seed_dir, tmp_path, monkeypatch, write):
    write("proj/pyproject.toml", '[tool.factcheck]\nseverity = { FC202 = "error" }\n')
    monkeypatch.chdir(tmp_path / "proj")
    doc = run("--format", "json", seed_dir).json()
    assert {f["code"]: f["severity"] for f in doc["findings"]} == {"FC201": "error", "FC202": "error"}
    doc = run("--severity", "FC201=info", "--format", "json", seed_dir).json()
    assert {f["code"]: f["severity"] for f in doc["findings"]} == {"FC201": "info", "FC202": "error"}
    assert run("--severity", "FC201=loud", seed_dir).status == 4


def test_tolerance_accepts_small_differences(run, write, tmp_path):
    write("c/s/a.txt", "---\nlang: fr\npublished: 2024-01-02\n---\nLe groupe va investir 2,9 milliards de dollars au Japon.\n")
    write("c/s/b.txt", "---\nlang: fr\npublished: 2024-01-02\n---\nLe groupe va investir 3 milliards de dollars au Japon.\n")
    assert run(tmp_path / "c").status == 1
    assert run("--tolerance", "0.05", tmp_path / "c").status == 0
    assert run("--tolerance", "2", tmp_path / "c").status == 4


def test_explain(run):
    result = run("--explain", "fc201")
    assert result.status == 0 and result.out.startswith("FC201 check_event_dates_agree [dates-agree]")
    assert "default severity: error" in result.out and "each fact stated by several versions (date)" in result.out
    assert run("--explain", "XX999").status == 4


def test_show_config_says_where_values_come_from(run, write, tmp_path, monkeypatch):
    write("proj/pyproject.toml", '[tool.factcheck]\nfail_on = "warning"\npaths = ["corpus"]\n')
    monkeypatch.chdir(tmp_path / "proj")
    out = run("--show-config", "--format", "json").out
    assert 'fail_on = "warning"  # pyproject.toml' in out
    assert 'format = "json"  # command line' in out
    assert "tolerance = 0.0  # default" in out
    assert "jobs = 1  # default" in out and "time_limit = 60.0  # default" in out and "max_file_size = 20.0  # default" in out
    assert "None" not in out and "# lang is not set" in out
    tomllib = pytest.importorskip("tomllib")
    assert tomllib.loads(out)["fail_on"] == "warning", "the output reads back as TOML"


@pytest.mark.parametrize("key", ["help", "version", "explain", "show_config", "verbose"])
def test_a_command_line_only_option_is_no_setting(run, write, tmp_path, monkeypatch, key):
    write("proj/pyproject.toml", f'[tool.factcheck]\n{key} = true\npaths = ["corpus"]\n')
    monkeypatch.chdir(tmp_path / "proj")
    result = run("--show-config")
    assert result.status == 4 and f"unknown key {key!r}" in result.err


def test_paths_from_pyproject(run, write, tmp_path, monkeypatch):
    write("proj/pyproject.toml", '[tool.factcheck]\npaths = ["stories"]\n')
    shutil.copytree(SEEDS[0].parent, tmp_path / "proj" / "stories", ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.chdir(tmp_path / "proj")
    assert run().status == 1


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("min_lnk = 0.3", "[tool.factcheck.align] has unknown key(s) min_lnk"),
        ("min_link = 3", "[tool.factcheck.align] min_link must be a number from 0 to 1, not 3"),
        ('value_bonus = "high"', "value_bonus must be a number from 0 to 1"),
    ],
)
def test_bad_alignment_settings_are_a_usage_error(run, write, tmp_path, monkeypatch, table, message):
    write("proj/pyproject.toml", f"[tool.factcheck.align]\n{table}\n")
    write("proj/corpus/s/a.txt", "Le séisme a fait 9 morts.\n")
    monkeypatch.chdir(tmp_path / "proj")
    result = run("corpus")
    assert result.status == 4 and message in result.err


def test_alignment_settings_change_which_figures_are_one_fact(run, write, tmp_path, monkeypatch):
    write("proj/corpus/s/a.txt", "---\nlang: fr\n---\nLe séisme a fait 9 morts dans la préfecture d'Ishikawa.\n")
    write("proj/corpus/s/b.txt", "---\nlang: fr\n---\nLe séisme a fait 12 morts dans la préfecture d'Ishikawa, selon les secours.\n")
    monkeypatch.chdir(tmp_path / "proj")
    assert run("corpus").status == 1
    write("proj/pyproject.toml", "[tool.factcheck.align]\nmin_link = 0.95\nmeasure_bonus = 0\n")  # only near-identical sentences
    assert run("corpus").status == 0
