"""Shared fixtures: run the command line in-process and build corpora in a temporary folder."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path
from typing import Any, Callable, NamedTuple

import pytest
from hypothesis import settings

from factcheck.cli import main

# Property tests draw the same examples on every run, so that a green suite stays green on any
# machine; `pytest --hypothesis-profile=explore` draws new ones, to hunt for bugs.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))
PLUGINS = Path(__file__).parent / "plugins"


class Result(NamedTuple):
    status: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def __repr__(self) -> str:
        # A failed assertion on a result shows why the run went wrong first: its errors and its stderr, which
        # the truncated output would hide.
        try:
            errors = json.loads(self.out).get("errors")
        except (ValueError, AttributeError):
            errors = None
        named = [f"{Path(str(e.get('path', ''))).name}: {e.get('message')}" for e in errors or ()]
        shown = f", errors={named!r}" if named else ""
        return f"Result(status={self.status}{shown}, err={self.err[-2000:]!r}, out={self.out[:300]!r})"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Result]:
    """Run ``factcheck ARGS`` in-process; the test plugins folder is importable with ``-p``.

    Each test gets its own result cache, so that no test sees another's results.
    """
    monkeypatch.syspath_prepend(str(PLUGINS))
    monkeypatch.setenv("NO_COLOR", "1")
    cache = tmp_path_factory.mktemp("cache")

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        words = [str(a) for a in args]
        if "--cache-dir" not in words and "--no-cache" not in words:
            words = ["--cache-dir", str(cache), *words]
        status = main(words)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return invoke


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a file under tmp_path (dedented), creating folders; returns its path."""

    def put(relative: str, text: str) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return put


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """The two seed files, loose in a fresh folder."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copyfile(seed, folder / seed.name)
    return folder
