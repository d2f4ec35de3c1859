"""The peer cases (Recognizers-Text specs, dev split): at least 90% of dated mentions read right, per language and kind."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from factcheck._vocab import load_vocab
from factcheck.extract.dates import find_dates, grammar

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "data" / "peer-cases" / "recognizers-dev.jsonl"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peer_dates", ROOT / "bench" / "peer_dates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def table() -> dict:
    assert CASES.is_file(), f"peer cases missing: {CASES}"
    return _scorer().score(CASES, None)


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
@pytest.mark.parametrize("kind", ["date", "daterange"])
def test_accuracy_at_least_90_percent(table: dict, lang: str, kind: str) -> None:
    row = table[(lang, kind)]
    assert row["n"] >= 15, row
    assert row["ok"] / row["n"] >= 0.90, dict(row)


def test_scorer_matching_rules() -> None:
    scorer = _scorer()
    december = {"start_date": "2016-12-01", "end_date": "2017-01-01", "timex": "2016-12"}
    assert scorer.matches(december, date(2016, 12, 1), date(2016, 12, 31), "month")
    assert not scorer.matches(december, date(2016, 12, 1), date(2016, 12, 30), "month")
    day = {"date": "2016-11-06", "alternatives": [{"date": "2016-11-13"}]}
    assert scorer.matches(day, date(2016, 11, 13), date(2016, 11, 13), "day")
    assert not scorer.matches(day, date(2016, 11, 6), date(2016, 11, 7), "day")
    since = {"start_date": "2016-08-01", "mod": "since"}
    assert scorer.matches(since, date(2016, 8, 1), None, "range")
    assert not scorer.matches(since, date(2016, 8, 1), date(2016, 8, 31), "range")
