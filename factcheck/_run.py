"""Built-in rule runner: call a rule with its fixtures, turn what happens into a RuleReport.

As in pytest, a plain ``assert cond, "message"`` that fails is a finding; a rule
may also yield or return findings; any other exception makes an ``error`` item
with its traceback, and the run goes on.
"""

from __future__ import annotations

import time
import traceback
from typing import Any, Iterable

from ._markers import hookimpl
from ._model import AlignedPair, Fact, Finding, Item, RuleReport, Version
from ._timeout import DEFAULT_SECONDS, TimeLimitExceeded, time_limit


@hookimpl(trylast=True)
def factcheck_run_rule(item: Item, fixtures: dict[str, Any], config: Any = None) -> RuleReport:
    rule = item.rule
    kwargs = {name: fixtures[name] for name in rule.params}
    limit = config.getoption("time_limit", DEFAULT_SECONDS) if config is not None else DEFAULT_SECONDS
    started = time.perf_counter()
    try:
        with time_limit(limit, f"rule {rule.code} {rule.name}"):
            result = rule.func(**kwargs)
            findings = [_stamp(f, item) for f in _as_findings(result)]
        outcome = "failed" if findings else "passed"
        longrepr = None
    except AssertionError as exc:
        findings = [_stamp(Finding(_assertion_message(exc)), item)]
        outcome, longrepr = "failed", None
    except (Exception, TimeLimitExceeded) as exc:  # a broken or hanging rule must not stop the run
        findings, outcome = [], "error"
        longrepr = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return RuleReport(
        nodeid=item.nodeid,
        rule=rule.name,
        code=rule.code,
        story=item.story.id,
        outcome=outcome,
        findings=tuple(findings),
        longrepr=longrepr,
        duration=time.perf_counter() - started,
    )


def _as_findings(result: Any) -> list[Finding]:
    if result is None:
        return []
    if isinstance(result, (Finding, str)):
        result = [result]
    if not isinstance(result, Iterable):
        raise TypeError(f"a rule returns None, a Finding or an iterable of findings, not {type(result).__name__}")
    findings = []
    for value in result:
        if isinstance(value, str):
            value = Finding(value)
        if not isinstance(value, Finding):
            raise TypeError(f"a rule yields Finding objects or strings, not {type(value).__name__}: {value!r:.80}")
        findings.append(value)
    return findings


def _assertion_message(exc: AssertionError) -> str:
    message = str(exc)
    if message:
        return message
    frames = traceback.extract_tb(exc.__traceback__)
    source = frames[-1].line if frames else ""
    return f"assertion failed: {source}" if source else "assertion failed"


def _stamp(finding: Finding, item: Item) -> Finding:
    """Fill in what the engine knows: rule, code, story, default severity, and the pair's or version's claims."""
    claims, versions = finding.claims, finding.versions
    if isinstance(item.param, (Fact, AlignedPair)) and not claims:
        claims = item.param.claims
    if isinstance(item.param, Version) and not versions and not claims:
        versions = (item.param.path,)
    return Finding(
        message=finding.message,
        claims=claims,
        versions=versions,
        severity=finding.severity or item.rule.severity,
        rule=item.rule.name,
        code=item.rule.code,
        story=item.story.id,
    )
