"""Built-in rule collection: ``check_*`` functions marked with ``@factcheck.rule``, and the items they make.

A rule asks for fixtures by parameter name, from a closed list. A rule that asks
for ``fact`` makes one item per fact (the claims of every version that state
one fact), one that asks for ``pair`` one item per two versions' mentions of a
fact, one that asks for ``version`` one item per version; any other rule makes
one item per story.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import _regex
from ._errors import RuleValidationError, UsageError
from ._fence import fence, plugin_failure
from ._markers import RULE_ATTR, hookimpl
from ._model import SEVERITIES, Fact, InputError, Item, Rule, Story
from ._select import ItemFilter

if TYPE_CHECKING:
    from ._config import Config

#: The fixtures a rule may ask for, with what each one is.
FIXTURES: dict[str, str] = {
    "story": "the Story: its id and versions",
    "versions": "the story's versions (tuple of Version), sorted by path",
    "version": "one Version; the rule runs once per version",
    "documents": "the segmented versions (tuple of Document): zones and sentences",
    "claims": "every claim from the article zones of every version (tuple of Claim)",
    "fact": "the claims of every version that state one fact (Fact); the rule runs once per fact",
    "pair": "two versions' mentions of one fact (AlignedPair); the rule runs once per such pair",
    "config": "the run's Config (options and [tool.factcheck] settings)",
}

#: Fixtures that make one item per value.
PARAMETRIZING = ("fact", "pair", "version")

CODE_PATTERN = _regex.compile(r"[A-Z]{1,4}[0-9]{3}")


def collect_rules(config: Config, record: Callable[..., list[InputError]]) -> tuple[list[Rule], list[Rule]]:
    """Every valid rule of every plugin, and those --select/--ignore keep; invalid rules and
    duplicate codes go to ``record`` (``record(where, message, kind=...)``)."""
    hook = config.pluginmanager.hook
    by_code: dict[str, Rule] = {}
    for name, plugin in config.pluginmanager.named_plugins():
        try:
            with fence():
                results = hook.factcheck_collect_rules(plugin=plugin, plugin_name=name, config=config)
        except Exception as exc:
            record(name, plugin_failure("factcheck_collect_rules", exc), kind="plugin")
            continue
        for found in (r for batch in results for r in batch):
            if isinstance(found, RuleValidationError):
                record(name, str(found), kind="plugin")
            elif found.code in by_code:
                other = by_code[found.code]
                record(name, f"rule {found.name} reuses code {found.code} of {other.plugin}: {other.name}; it is not run", kind="plugin")
            else:
                by_code[found.code] = found
    overrides = config.severity_overrides()
    unknown = sorted(set(overrides) - set(by_code))
    if unknown:
        raise UsageError(f"severity given for unknown rule code(s): {', '.join(unknown)}")
    selector = ItemFilter.from_config(config)
    for option, prefixes in (("--select", selector.select), ("--ignore", selector.ignore)):
        matching_nothing = [p for p in prefixes if p != "ALL" and not any(code.startswith(p) for code in by_code)]
        if matching_nothing:
            raise UsageError(f"{option} {', '.join(matching_nothing)}: no rule has such a code "
                             f"(codes: {', '.join(sorted(by_code)) or 'none'}; --list-rules lists them)")
    rules = [dataclasses.replace(r, severity=overrides.get(r.code, r.severity)) for r in by_code.values()]
    every = sorted(rules, key=lambda r: (r.code, r.name))
    return every, [r for r in every if selector.wants_rule(r)]


@hookimpl(trylast=True)
def factcheck_collect_rules(plugin: Any, plugin_name: str) -> list[Rule | RuleValidationError]:
    """Rules from a plugin module; an invalid rule comes back as a RuleValidationError to report."""
    if not inspect.ismodule(plugin):
        return []
    found: list[Rule | RuleValidationError] = []
    for name, func in sorted(vars(plugin).items()):
        if not name.startswith("check_") or not inspect.isfunction(func) or func.__module__ != plugin.__name__:
            continue
        try:
            found.append(make_rule(func, plugin_name))
        except RuleValidationError as exc:
            found.append(exc)
    return found


def make_rule(func: Any, plugin_name: str) -> Rule:
    """Validate a ``check_*`` function and describe it as a Rule."""
    where = func.__name__
    marker = getattr(func, RULE_ATTR, None)
    if marker is None:
        raise RuleValidationError(f"{where} has no @factcheck.rule(code=...) decorator")
    code, severity = marker["code"], marker["severity"]
    if not isinstance(code, str) or not CODE_PATTERN.fullmatch(code):
        raise RuleValidationError(f"{where}: code {code!r} must be 1-4 capital letters and 3 digits, e.g. FC101")
    if severity not in SEVERITIES:
        raise RuleValidationError(f"{where}: severity {severity!r} must be one of {', '.join(SEVERITIES)}")
    params = tuple(inspect.signature(func).parameters)
    unknown = [p for p in params if p not in FIXTURES]
    if unknown:
        raise RuleValidationError(f"{where} asks for unknown fixture(s) {', '.join(unknown)}; known: {', '.join(FIXTURES)}")
    asked = [p for p in PARAMETRIZING if p in params]
    if len(asked) > 1:
        raise RuleValidationError(f"{where} asks for {' and '.join(repr(p) for p in asked)}; a rule runs over one of them")
    doc = inspect.getdoc(func) or ""
    return Rule(
        name=func.__name__,
        code=code,
        severity=severity,
        func=func,
        params=params,
        plugin=plugin_name,
        kinds=tuple(marker["kinds"]),
        summary=doc.splitlines()[0] if doc else "",
    )


def make_items(rule: Rule, story: Story, facts: Iterable[Fact]) -> list[Item]:
    """The items one rule makes on one story, with pytest-like ids."""
    base = f"{story.id}::{rule.name}"
    if "fact" in rule.params:
        chosen = [f for f in facts if not rule.kinds or f.kind in rule.kinds]
        return _unique([Item(f"{base}[{f.label}]", rule, story, f) for f in chosen])
    if "pair" in rule.params:
        pairs = [p for f in facts if not rule.kinds or f.kind in rule.kinds for p in f.pairs()]
        return _unique([Item(f"{base}[{p.label}]", rule, story, p) for p in pairs])
    if "version" in rule.params:
        return _unique([Item(f"{base}[{v.path.rsplit('/', 1)[-1]}]", rule, story, v) for v in story.versions])
    return [Item(base, rule, story)]


def _unique(items: list[Item]) -> list[Item]:
    """Suffix repeated ids with ``-2``, ``-3`` … so that every item id is unique, in order."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        count = seen[item.nodeid] = seen.get(item.nodeid, 0) + 1
        if count > 1:
            stem = item.nodeid[:-1]
            item = Item(f"{stem}-{count}]", item.rule, item.story, item.param)
        out.append(item)
    return out
