"""Progress and polish: the progress bar shows on a real terminal only, NO_COLOR means
plain text, and the pre-commit hook definition matches the package and its docs.

The terminal cases run factcheck in a child process whose standard output is a
pseudo-terminal (``pty``), as a person's shell would be.
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from factcheck.report.terminal import PROGRESS_STORIES, wants_progress

from ..conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
CITIES = ["Lyon", "Lille", "Nantes", "Rennes", "Brest", "Nice", "Metz", "Tours", "Dijon", "Caen", "Reims", "Pau"]


def newsroom(root: Path, stories: int) -> Path:
    """``stories`` story folders of two short French versions; every third one changes its figure."""
    for n in range(stories):
        city = CITIES[n % len(CITIES)]
        first, second = 1200 + n, 1200 + n + (300 if n % 3 == 0 else 0)
        for name, published, figure in (("a.txt", "2024-04-14", first), ("b.txt", "2024-04-15", second)):
            folder = root / f"story-{n:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(
                f"---\npublished: {published}\nlang: fr\n---\nLe budget des bus de {city}\n\n"
                f"La ville de {city} a voté un budget de {figure} millions d'euros pour ses bus. "
                f"Le trafic reste perturbé dans toute l'agglomération.\n",
                encoding="utf-8",
            )
    return root


def on_terminal(*args: str, cwd: Path, prelude: str = "", **env: str) -> tuple[int, str]:
    """Run ``factcheck ARGS`` with standard input, output and error on a pseudo-terminal; return (status, screen bytes as text).
    ``prelude``: Python run first in the child."""
    environ = {k: v for k, v in os.environ.items() if k not in {"CI", "NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"}}
    environ.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", "PYTHONDONTWRITEBYTECODE": "1", **env})
    master, slave = pty.openpty()
    code = prelude + "\nimport sys; from factcheck.cli import main; sys.exit(main(sys.argv[1:]))"
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=environ, close_fds=True)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    status = child.wait(timeout=60)
    return status, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    return newsroom(tmp_path_factory.mktemp("many"), PROGRESS_STORIES + 2)


# -- the progress bar ----------------------------------------------------------------


def test_progress_bar_on_a_terminal_over_many_stories(many):
    status, screen = on_terminal(".", cwd=many)
    stories = PROGRESS_STORIES + 2
    assert status == 1
    drawn = re.findall(r"checking [━╸╺]+ +(\d+)/(\d+) stories", ANSI.sub("", screen))
    assert drawn and {total for _, total in drawn} == {str(stories)}
    assert [int(done) for done, _ in drawn][-1] == stories and len({done for done, _ in drawn}) > stories // 2  # it moves
    assert "\x1b[2K" in screen  # transient: the bar is erased when the run ends
    visible = ANSI.sub("", screen)
    assert len(re.findall(r"(?:^|\r)\./story-\d\d \(2 versions\) ", visible, re.MULTILINE)) == stories
    assert re.search(rf"\d+ errors? in {stories} stories, {2 * stories} versions", visible)


def test_no_progress_bar_in_ci_logs(many):
    status, screen = on_terminal(".", cwd=many, CI="true")
    assert status == 1
    assert "checking" not in screen and "/22 stories" not in screen
    assert "22 stories, 44 versions" in ANSI.sub("", screen)


def test_a_count_of_loose_files_read_before_they_are_grouped(tmp_path):
    for n in range(12):
        (tmp_path / f"{n:02d}.txt").write_text(f"La ville de {CITIES[n]} a voté un budget de {1200 + n} millions d'euros.\n", encoding="utf-8")
    prelude = "import factcheck.report.terminal as t; t.READING_PROGRESS_FROM = 4; t.READING_PROGRESS_EVERY = 4"
    status, screen = on_terminal("--lang", "fr", ".", cwd=tmp_path, prelude=prelude)
    assert status == 0
    counts = re.findall(r"reading loose files before grouping them: (\d+)", ANSI.sub("", screen))
    assert counts == ["4", "8", "12"] or counts[-1] == "12" and len(counts) >= 2
    _, plain = on_terminal("--lang", "fr", ".", cwd=tmp_path, prelude=prelude, CI="true")
    assert "reading loose files" not in plain


def test_no_progress_bar_on_few_stories(tmp_path):
    status, screen = on_terminal(".", cwd=newsroom(tmp_path, 3))
    assert status == 1
    assert "checking" not in screen and "3 stories, 6 versions" in ANSI.sub("", screen)


def test_no_progress_bar_in_machine_formats(many):
    status, screen = on_terminal(".", "--format", "json", cwd=many)
    document = json.loads(screen)  # nothing but the document reached the terminal
    assert status == 1 and document["summary"]["stories"] == PROGRESS_STORIES + 2


def test_no_progress_bar_through_a_pipe(run, many, monkeypatch):
    monkeypatch.chdir(many)
    result = run(".")
    assert result.status == 1
    assert "checking" not in result.out + result.err and "\x1b" not in result.out + result.err


@pytest.mark.parametrize(
    ("stories", "tty", "environ", "expected"),
    [
        (PROGRESS_STORIES + 1, True, {}, True),
        (PROGRESS_STORIES, True, {}, False),
        (PROGRESS_STORIES + 1, False, {}, False),
        (PROGRESS_STORIES + 1, True, {"CI": "true"}, False),
        (PROGRESS_STORIES + 1, True, {"TERM": "dumb"}, False),
    ],
)
def test_when_the_bar_shows(stories, tty, environ, expected):
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    assert wants_progress(stories, Stream(), environ) is expected


# -- colours ---------------------------------------------------------------------------


def test_no_color_gives_plain_text_even_on_a_forced_terminal(run, seed_dir, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")
    result = run(seed_dir)
    assert result.status == 1
    assert "error FC201 check_event_dates_agree" in result.out
    assert "\x1b" not in result.out + result.err


def test_forced_terminal_without_no_color_has_colours(run, seed_dir, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR")
    result = run(seed_dir)
    assert result.status == 1
    assert "\x1b[1;31merror \x1b[0m" in result.out  # the severity in bold red
    assert ANSI.sub("", result.out).count("error FC201 check_event_dates_agree") == 1


def test_no_color_on_a_real_terminal(tmp_path):
    _, coloured = on_terminal(".", cwd=newsroom(tmp_path, 2))
    _, plain = on_terminal(".", cwd=tmp_path, NO_COLOR="1")
    assert ANSI.search(coloured)
    assert not ANSI.search(plain)
    assert ANSI.sub("", coloured).split("\n")[1:-2] == plain.split("\n")[1:-2]  # same text, timing line aside


# -- pre-commit -------------------------------------------------------------------------


def test_pre_commit_hook_runs_the_installed_command():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert [hook["id"] for hook in hooks] == ["factcheck"]
    hook = hooks[0]
    assert hook["entry"] in scripts and hook["language"] == "python" and hook["pass_filenames"] is False
    assert {"name", "description"} <= set(hook)


def test_pre_commit_docs_show_the_hook():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = text.split("## pre-commit", 1)[1].split("\n## ", 1)[0]
    config = yaml.safe_load(re.search(r"```yaml\n(.*?)```", section, re.DOTALL).group(1))
    hook = config["repos"][0]["hooks"][0]
    assert hook["id"] == "factcheck" and hook["args"]
    assert "pre-commit run factcheck --all-files" in section
