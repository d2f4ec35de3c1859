"""Helpers for testing rules without files: build claims, facts and pairs, run one rule.

    from factcheck.testing import make_claim, make_fact, run_rule

    a = make_claim("2,9 milliards de dollars", kind="money", value="2.9e9", currency="USD")
    b = make_claim("3,4 milliards de dollars", kind="money", value="3.4e9", currency="USD", version="b.txt")
    report = run_rule(check_amounts_agree, fact=make_fact(a, b))
    assert report.outcome == "failed"
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from ._collect import make_rule
from ._config import Config
from ._model import AlignedPair, Claim, Fact, Item, RuleReport, Story, Version
from ._plugins import PluginManager
from ._run import factcheck_run_rule

__all__ = ["make_claim", "make_config", "make_fact", "make_pair", "make_version", "run_rule"]


def make_config(*args: str, **settings: Any) -> Config:
    """A Config as the command line ``factcheck ARGS`` with ``[tool.factcheck]`` ``settings`` would give.

    No plugin is loaded; rules that ask for ``config`` get one of these by default.
    """
    from .cli import build_parser

    pm = PluginManager()
    return Config(build_parser(pm).parse_args(list(args)), settings, None, pm)


def make_version(path: str = "a.txt", text: str = "", **fields: Any) -> Version:
    """A Version with sensible defaults (``lang="fr"``)."""
    fields.setdefault("lang", "fr")
    return Version(path=path, text=text, **fields)


def make_claim(text: str, kind: str = "count", value: Any = None, version: str = "a.txt", start: int = 0, **fields: Any) -> Claim:
    """A Claim whose feasible interval defaults to the point ``value``."""
    number = Decimal(str(value)) if value is not None else None
    fields.setdefault("low", number)
    fields.setdefault("high", number)
    for bound in ("low", "high"):
        if fields[bound] is not None and not isinstance(fields[bound], Decimal):
            fields[bound] = Decimal(str(fields[bound]))
    return Claim(version=version, kind=kind, text=text, start=start, end=start + len(text), value=number, **fields)


def make_pair(a: Claim, b: Claim, score: float = 1.0) -> AlignedPair:
    """Two claims aligned as one fact."""
    return AlignedPair(a, b, score)


def make_fact(*claims: Claim, label: str = "fact", score: float = 1.0) -> Fact:
    """Claims of several versions aligned as one fact (the kind is the first claim's)."""
    ordered = sorted(claims, key=lambda c: (c.version, c.start))
    return Fact(label, ordered[0].kind, tuple(ordered), score)


def run_rule(check: Callable[..., Any], plugin: str = "test", story: Story | None = None, **fixtures: Any) -> RuleReport:
    """Run one ``check_*`` function as the engine does, with the fixtures given by name.

    The rule is validated as at collection (code, severity, fixture names).
    """
    rule = make_rule(check, plugin)
    if story is None:
        versions = tuple(fixtures.get("versions", ()))
        story = Story("test-story", versions)
    if "config" in rule.params and "config" not in fixtures:
        fixtures["config"] = make_config()
    missing = [name for name in rule.params if name not in fixtures and name != "story"]
    if missing:
        raise TypeError(f"{rule.name} asks for {', '.join(missing)}: pass them to run_rule by name")
    param = next((fixtures.get(name) for name in ("fact", "pair", "version") if name in rule.params), None)
    item = Item(f"{story.id}::{rule.name}", rule, story, param)
    return factcheck_run_rule(item=item, fixtures={"story": story, **fixtures})
