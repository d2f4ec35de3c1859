"""Reports written in pieces are the very text a whole ``json.dumps`` gives, and files are written atomically."""

from __future__ import annotations

import json
import os
import stat
from typing import Any

import pytest

from factcheck import UsageError
from factcheck.report._output import json_chunks, write_report

from ..conftest import SEEDS

DOCUMENTS: list[Any] = [
    {"a": [], "b": {}, "c": [1, {"x": [1, 2, {"y": 'é\n"q'}]}], "d": {"e": [{"f": None}]}, "g": 1.5},
    [],
    {},
    [[], [[]]],
    "s",
    {"k": [[1], [2, [3, {}]]], "l": [{"m": "«»"}]},
]


def lazy(value: Any) -> Any:
    """The same document with every list a generator and every dict kept, as reporters build them."""
    if isinstance(value, list):
        return (lazy(item) for item in value)
    if isinstance(value, dict):
        return {key: lazy(item) for key, item in value.items()}
    return value


@pytest.mark.parametrize("indent", [1, 2, 4])
@pytest.mark.parametrize("document", DOCUMENTS)
def test_chunks_join_to_what_json_dumps_gives(document: Any, indent: int) -> None:
    assert "".join(json_chunks(lazy(document), indent)) == json.dumps(document, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_streamed_reports_are_laid_out_as_json_dumps_lays_them_out(run: Any, tmp_path: Any, fmt: str) -> None:
    for seed in SEEDS:
        (tmp_path / "story").mkdir(exist_ok=True)
        (tmp_path / "story" / seed.name).write_bytes(seed.read_bytes())
    text = run("--format", fmt, tmp_path).out
    assert json.loads(text)  # a whole document, findings in it
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


def test_a_report_that_fails_half_way_leaves_no_file_behind(tmp_path: Any) -> None:
    def chunks() -> Any:
        yield "{"
        raise RuntimeError("a reporter bug")

    target = tmp_path / "report.json"
    target.write_text("the previous report")
    with pytest.raises(RuntimeError):
        write_report(chunks(), str(target))
    assert target.read_text() == "the previous report" and [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_an_unwritable_folder_is_a_usage_error(tmp_path: Any) -> None:
    with pytest.raises(UsageError, match="cannot write"):
        write_report("{}", str(tmp_path / "missing" / "report.json"))


def test_a_report_file_gets_the_mode_the_umask_allows_or_keeps_the_one_it_replaces(tmp_path):
    target = tmp_path / "report.json"
    previous = os.umask(0o022)
    try:
        write_report("{}\n", str(target))
        assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not the 0600 of a temporary file
        target.chmod(0o640)
        write_report("{}\n", str(target))
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    finally:
        os.umask(previous)
