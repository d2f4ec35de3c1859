"""Built-in plugins are ordinary entry points of the installed distribution, as a third party's are."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import inspect

import factcheck
from factcheck._collect import factcheck_collect_rules
from factcheck._plugins import ENTRY_POINT_GROUP


def builtin_entry_points() -> dict[str, importlib.metadata.EntryPoint]:
    eps = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    return {ep.name: ep for ep in eps if ep.dist is not None and ep.dist.name == "factcheck-news"}


def test_every_stage_and_reporter_is_an_entry_point():
    names = set(builtin_entry_points())
    assert {"textfiles", "metadata", "grouping", "segment", "numbers", "dates", "align", "python-rules", "runner", "terminal", "json"} <= names


def test_every_builtin_rule_module_is_an_entry_point_with_valid_rules():
    rule_modules = {name: ep for name, ep in builtin_entry_points().items() if ep.value.startswith("factcheck_rules.")}
    assert rule_modules, "no built-in rule module is registered"
    for name, ep in rule_modules.items():
        found = factcheck_collect_rules(plugin=ep.load(), plugin_name=name)
        assert found and all(isinstance(r, factcheck.Rule) for r in found), (name, found)


def test_engine_never_imports_builtin_rules():
    for module in ("_session", "_plugins", "_collect", "_run", "cli"):
        source = inspect.getsource(__import__(f"factcheck.{module}", fromlist=["x"]))
        assert "factcheck_rules" not in source, module


def test_builtin_rules_use_only_the_public_api():
    import factcheck_rules

    package = importlib.resources.files(factcheck_rules)
    for path in package.iterdir():
        if path.name.endswith(".py"):
            assert "factcheck._" not in path.read_text(encoding="utf-8"), path.name
