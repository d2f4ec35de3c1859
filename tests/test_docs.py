"""The docs run: the rule-writing tutorial works as written, and the hooks reference is current."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

DOCS = ROOT / "docs"
FILE_BLOCK = re.compile(r"```\w*\n# file: (\S+)\n(.*?)```", re.DOTALL)


def tutorial_files() -> dict[str, str]:
    text = (DOCS / "writing-rules.md").read_text(encoding="utf-8")
    return {path: body for path, body in FILE_BLOCK.findall(text)}


@pytest.fixture
def tutorial(tmp_path, monkeypatch) -> Path:
    for relative, body in tutorial_files().items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_tutorial_has_its_files():
    assert {"newsroom_rules/checks.py", "corpus/quake/afp.txt", "corpus/quake/copy.txt", "tests/test_checks.py", "pyproject.toml"} <= set(tutorial_files())


def test_tutorial_run_shows_the_documented_finding(tutorial, run):
    result = run("--rules", "newsroom_rules", "--fail-on", "warning", "corpus/")
    assert result.status == 1, result.out
    assert "warning NEWS002 check_tolls_keep_their_hedge  corpus/quake" in result.out
    assert "'au moins 62 morts' in corpus/quake/afp.txt but '62 morts' in corpus/quake/copy.txt: the hedge was dropped or added" in result.out
    assert run("--rules", "newsroom_rules", "corpus/").status == 0  # only a warning: the default --fail-on is error
    items = run("--rules", "newsroom_rules", "-k", "hedge and dead", "--format", "json", "corpus/").json()
    assert [f["code"] for f in items["findings"]] == ["NEWS002"]
    verbose = run("--rules", "newsroom_rules", "-v", "corpus/").out
    assert "corpus/quake::check_tolls_keep_their_hedge[dead-earthquake-jp] FAILED" in verbose  # the id the page shows


def test_tutorial_tests_pass(tutorial):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_checks.py"], cwd=tutorial, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_tutorial_package_installs_and_its_rules_run_with_no_rules_option(tutorial, tmp_path_factory):
    """Step 6 as written: pip builds the package (no network: --no-index, this environment's setuptools),
    and factcheck finds its rules through the entry point."""
    site = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "install", "--no-index", "--no-deps", "--no-build-isolation", "--target", str(site), "."]
    built = subprocess.run(pip, cwd=tutorial, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    env = dict(os.environ, PYTHONPATH=str(site), NO_COLOR="1")
    factcheck = [sys.executable, "-m", "factcheck"]
    listed = subprocess.run([*factcheck, "--list-rules"], cwd=tutorial, env=env, capture_output=True, text=True, timeout=120)
    assert "newsroom" in listed.stdout and "NEWS002" in listed.stdout, listed.stdout + listed.stderr
    checked = subprocess.run([*factcheck, "--no-cache", "--fail-on", "warning", "corpus/"], cwd=tutorial, env=env, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 1 and "warning NEWS002 check_tolls_keep_their_hedge" in checked.stdout, checked.stdout + checked.stderr
    off = subprocess.run([*factcheck, "--no-cache", "-p", "no:newsroom", "--fail-on", "warning", "corpus/"], cwd=tutorial, env=env, capture_output=True, text=True, timeout=120)
    assert "NEWS002" not in off.stdout


def test_hooks_reference_is_generated_from_hookspecs():
    sys.path.insert(0, str(DOCS))
    try:
        import gen_hooks
    finally:
        sys.path.pop(0)
    assert (DOCS / "hooks.md").read_text(encoding="utf-8") == gen_hooks.render(), "run: python docs/gen_hooks.py"


def test_every_builtin_rule_is_documented(run):
    listed = run("--list-rules", "--format", "json").json()["rules"]
    reference = (DOCS / "rules.md").read_text(encoding="utf-8")
    builtin = [r for r in listed if not r["plugin"].startswith("local:")]
    assert builtin
    for rule in builtin:
        assert f"## {rule['code']} `{rule['name']}`" in reference, rule
