"""Rules from outside: an installed third-party package, and a project's own rules folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

RULE_MODULE = '''
import factcheck


@factcheck.rule(code="ACME001", severity="warning")
def check_story_has_two_versions(story, versions):
    """A story should have at least two versions."""
    assert len(versions) >= 2, f"{story.id} has a single version"
'''


def make_distribution(site: Path) -> None:
    """A tiny installed distribution: a module plus a dist-info with one entry point, as pip leaves it."""
    (site / "acme_rules.py").write_text(RULE_MODULE, encoding="utf-8")
    info = site / "acme_factcheck_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-factcheck-rules\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[factcheck]\nacme = acme_rules\n", encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")


@pytest.fixture
def lonely_story(write) -> Path:
    return write("corpus/lonely/only.txt", "---\nlang: en\npublished: 2024-01-02\n---\nA single version of a story.\n").parent.parent


def run_factcheck(*args: str, cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    command = [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_installed_package_is_picked_up_without_configuration(tmp_path, lonely_story):
    site = tmp_path / "site"
    site.mkdir()
    make_distribution(site)
    listed = run_factcheck("--list-rules", cwd=tmp_path, pythonpath=site)
    assert "ACME001" in listed.stdout and "acme-factcheck-rules 1.0" in listed.stdout
    result = run_factcheck("--format", "json", "--fail-on", "warning", str(lonely_story), cwd=tmp_path, pythonpath=site)
    assert result.returncode == 1, result.stderr
    assert '"ACME001"' in result.stdout
    blocked = run_factcheck("-p", "no:acme", "--format", "json", "--fail-on", "warning", str(lonely_story), cwd=tmp_path, pythonpath=site)
    assert '"ACME001"' not in blocked.stdout


def test_rules_folder_from_pyproject(tmp_path, write, lonely_story, run, monkeypatch):
    write("project/pyproject.toml", '[tool.factcheck]\nrules = "house_rules"\nfail_on = "warning"\n')
    write("project/house_rules/story_rules.py", RULE_MODULE)
    monkeypatch.chdir(tmp_path / "project")
    result = run("--format", "json", lonely_story)
    assert result.status == 1, result.err
    assert [f["code"] for f in result.json()["findings"]] == ["ACME001"]


def test_rules_folder_from_command_line(tmp_path, write, lonely_story, run):
    write("elsewhere/mine.py", RULE_MODULE)
    result = run("--rules", tmp_path / "elsewhere", "--fail-on", "warning", "--format", "json", lonely_story)
    assert result.status == 1
    assert "ACME001" in {f["code"] for f in result.json()["findings"]}


def test_broken_rule_module_is_reported_and_run_goes_on(tmp_path, write, lonely_story, run):
    write("house/broken.py", "import nonexistent_module_xyz\n")
    write("house/good.py", RULE_MODULE)
    result = run("--rules", tmp_path / "house", "--format", "json", lonely_story)
    assert result.status == 3
    doc = result.json()
    assert any("nonexistent_module_xyz" in e["message"] for e in doc["errors"])
    assert "ACME001" in {f["code"] for f in doc["findings"]}


def test_invalid_rules_are_reported_with_their_plugin(tmp_path, write, lonely_story, run):
    write("bad/rules.py", textwrap.dedent('''
        import factcheck

        def check_undecorated(story):
            pass

        @factcheck.rule(code="bad")
        def check_bad_code(story):
            pass

        @factcheck.rule(code="BAD001")
        def check_unknown_fixture(article):
            pass

        @factcheck.rule(code="FC101")
        def check_duplicate_code(story):
            pass
    '''))
    result = run("--rules", tmp_path / "bad", "--format", "json", lonely_story)
    assert result.status == 3
    messages = " | ".join(e["message"] for e in result.json()["errors"])
    assert "check_undecorated has no @factcheck.rule" in messages
    assert "code 'bad'" in messages
    assert "unknown fixture(s) article" in messages
    assert "reuses code FC101" in messages


def test_unknown_pyproject_key_is_a_usage_error(tmp_path, write, lonely_story, run, monkeypatch):
    write("p/pyproject.toml", "[tool.factcheck]\nrulez = 'x'\n")
    monkeypatch.chdir(tmp_path / "p")
    result = run(lonely_story)
    assert result.status == 4
    assert "unknown key 'rulez'" in result.err and "pyproject.toml" in result.err
