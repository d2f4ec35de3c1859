"""Rule collection: discovery by name, validation, items and their ids."""

from __future__ import annotations

import re
import types

import pytest

import factcheck
from factcheck import RuleValidationError
from factcheck._collect import factcheck_collect_rules, make_items, make_rule
from factcheck.testing import make_claim, make_fact, make_version


def module_with(**functions):
    module = types.ModuleType("my_rules")
    for name, func in functions.items():
        func.__module__ = "my_rules"
        func.__name__ = name
        setattr(module, name, func)
    return module


def test_discovers_check_functions_only():
    @factcheck.rule(code="X001")
    def check_a(story):
        """First line.

        More."""

    def helper(story):
        pass

    rules = factcheck_collect_rules(plugin=module_with(check_a=check_a, helper=helper), plugin_name="mine")
    assert [r.name for r in rules] == ["check_a"]
    assert rules[0].summary == "First line." and rules[0].plugin == "mine" and rules[0].params == ("story",)


def test_imported_rules_are_not_collected_twice():
    @factcheck.rule(code="X001")
    def check_a(story):
        pass

    module = module_with(check_a=check_a)
    check_a.__module__ = "somewhere_else"
    assert factcheck_collect_rules(plugin=module, plugin_name="m") == []


def test_non_module_plugins_have_no_rules():
    class Reporter:
        def check_x(self, story):
            pass

    assert factcheck_collect_rules(plugin=Reporter(), plugin_name="r") == []


@pytest.mark.parametrize(
    "decorate, signature, message",
    [
        (None, "story", "no @factcheck.rule"),
        (dict(code="fc101"), "story", "must be 1-4 capital letters"),
        (dict(code="FC101", severity="fatal"), "story", "severity 'fatal'"),
        (dict(code="FC101"), "article", "unknown fixture(s) article"),
        (dict(code="FC101"), "pair, version", "'pair' and 'version'; a rule runs over one of them"),
        (dict(code="FC101"), "fact, pair", "'fact' and 'pair'; a rule runs over one of them"),
    ],
)
def test_invalid_rules(decorate, signature, message):
    namespace: dict = {}
    exec(f"def check_x({signature}):\n    pass", namespace)
    func = namespace["check_x"]
    if decorate:
        func = factcheck.rule(**decorate)(func)
    with pytest.raises(RuleValidationError, match=re.escape(message)):
        make_rule(func, "p")


def test_fact_rule_makes_one_item_per_fact_of_its_kinds_with_readable_ids():
    @factcheck.rule(code="FC101", kinds=("money",))
    def check_amounts_agree(fact):
        pass

    rule = make_rule(check_amounts_agree, "amounts")
    a = make_claim("2,9 milliards de dollars", "money", 2.9e9)
    b = make_claim("près de 3 milliards de dollars", "money", 3e9, version="b.txt")
    c = make_claim("30%", "percent", 30)
    d = make_claim("près de 30%", "percent", 30, version="b.txt")
    story = factcheck.Story("corpus/ms", (make_version("a.txt"), make_version("b.txt")))
    facts = [make_fact(a, b, label="usd-invest"), make_fact(c, d, label="percent"), make_fact(a, b, label="usd-invest")]
    items = make_items(rule, story, facts)
    assert [i.nodeid for i in items] == ["corpus/ms::check_amounts_agree[usd-invest]", "corpus/ms::check_amounts_agree[usd-invest-2]"]
    assert items[0].param is facts[0]


def test_pair_rule_makes_one_item_per_two_versions_of_a_fact():
    @factcheck.rule(code="FC101", kinds=("money",))
    def check_amounts_agree(pair):
        pass

    rule = make_rule(check_amounts_agree, "amounts")
    a = make_claim("2,9 milliards de dollars", "money", 2.9e9)
    a2 = make_claim("2,9 milliards", "money", 2.9e9, start=200)
    b = make_claim("près de 3 milliards de dollars", "money", 3e9, version="b.txt")
    c = make_claim("3 milliards de dollars", "money", 3e9, version="c.txt")
    story = factcheck.Story("corpus/ms", tuple(make_version(p) for p in ("a.txt", "b.txt", "c.txt")))
    items = make_items(rule, story, [make_fact(a, a2, b, c)])
    assert [i.nodeid for i in items] == [
        "corpus/ms::check_amounts_agree[2,9 milliards de dollars|près de 3 milliards de dollars]",
        "corpus/ms::check_amounts_agree[2,9 milliards de dollars|3 milliards de dollars]",
        "corpus/ms::check_amounts_agree[près de 3 milliards de dollars|3 milliards de dollars]",
    ]


def test_version_and_story_rules():
    @factcheck.rule(code="FC301")
    def check_v(version):
        pass

    @factcheck.rule(code="FC302")
    def check_s(story, claims, config):
        pass

    story = factcheck.Story("s", (make_version("dir/a.txt"), make_version("dir/b.txt")))
    assert [i.nodeid for i in make_items(make_rule(check_v, "p"), story, [])] == ["s::check_v[a.txt]", "s::check_v[b.txt]"]
    assert [i.nodeid for i in make_items(make_rule(check_s, "p"), story, [])] == ["s::check_s"]
