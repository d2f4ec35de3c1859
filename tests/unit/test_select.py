"""Selecting rules by code prefix and items by -k expression."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcheck import UsageError
from factcheck._select import ItemFilter
from factcheck.testing import make_claim  # noqa: F401  (keeps the public helper importable)


def rule(code):
    return SimpleNamespace(code=code)


def config(**options):
    defaults = dict(keyword=None, select=[], ignore=[])
    defaults.update(options)
    return SimpleNamespace(getoption=lambda name, default=None: defaults.get(name, default))


def test_select_and_ignore_by_prefix():
    chosen = ItemFilter.from_config(config(select=["FC1,FC3"], ignore=["FC102"]))
    assert [c for c in ("FC101", "FC102", "FC201", "FC301") if chosen.wants_rule(rule(c))] == ["FC101", "FC301"]


def test_more_specific_select_beats_ignore():
    chosen = ItemFilter.from_config(config(select=["FC101"], ignore=["FC"]))
    assert chosen.wants_rule(rule("FC101")) and not chosen.wants_rule(rule("FC102"))


def test_keyword_expression_on_ids():
    chosen = ItemFilter.from_config(config(keyword="amounts and not yen"))
    assert chosen.wants_item("corpus/s::check_amounts_agree[2,9 milliards|3 milliards]")
    assert not chosen.wants_item("corpus/s::check_amounts_agree[4.000 milliards de yens|x]")
    assert not chosen.wants_item("corpus/s::check_dates_agree[mardi|mercredi]")


def test_bad_keyword_expression_is_a_usage_error():
    with pytest.raises(UsageError, match="-k"):
        ItemFilter.from_config(config(keyword="and or ("))
