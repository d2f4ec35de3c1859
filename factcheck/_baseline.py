"""Accepting known findings: ``--write-baseline FILE`` records them, ``--baseline FILE`` reports only new ones.

A finding is keyed by its rule code, its story and the normalized values of
its claims (kind, value, unit, currency, qualifier, dates), never by offsets,
so that edits elsewhere in an article do not make a known finding new again.
Paths are normalized ("./corpus/a.txt" is "corpus/a.txt"): run from the same
folder with the same path arguments as when the baseline was written.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import TYPE_CHECKING, Any

from ._errors import UsageError
from ._markers import hookimpl
from ._model import Finding, RuleReport
from .report._output import write_report

if TYPE_CHECKING:
    import argparse

    from ._config import Config
    from ._session import Session

#: Version of the baseline file's format.
FORMAT = 1
_KEY = "baseline-keys"


@hookimpl
def factcheck_addoption(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("baseline")
    group.add_argument("--baseline", metavar="FILE", help="do not report the findings recorded in FILE")
    group.add_argument("--write-baseline", dest="write_baseline", metavar="FILE", help="record this run's findings in FILE")


@hookimpl
def factcheck_configure(config: Config) -> None:
    path = config.getoption("baseline")
    if not path:
        return
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        config.stash[_KEY] = {json.dumps(key, sort_keys=True) for key in data["findings"]}
    except FileNotFoundError:
        raise UsageError(f"--baseline {path}: no such file (write one with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"--baseline {path}: not a factcheck baseline: {exc}") from None


@hookimpl(wrapper=True)
def factcheck_run_rule(config: Config) -> Any:
    report: RuleReport = yield
    known = config.stash.get(_KEY)
    if not known or report is None or not report.findings:
        return report
    kept = tuple(f for f in report.findings if json.dumps(finding_key(f), sort_keys=True) not in known)
    outcome = report.outcome if kept or report.outcome == "error" else "passed"
    return dataclasses.replace(report, findings=kept, outcome=outcome)


@hookimpl
def factcheck_sessionfinish(session: Session) -> None:
    path = session.config.getoption("write_baseline")
    if not path:
        return
    keys = sorted({json.dumps(finding_key(f), sort_keys=True) for f in session.findings})
    document = {"factcheck_baseline": FORMAT, "findings": [json.loads(k) for k in keys]}
    write_report(json.dumps(document, ensure_ascii=False, indent=1) + "\n", path)


def finding_key(finding: Finding) -> dict[str, Any]:
    """What identifies a finding across edits: rule, story and the claims' normalized values."""
    claims = sorted(
        (
            os.path.normpath(c.version),
            c.kind,
            None if c.value is None else str(c.value),
            c.unit,
            c.currency,
            c.qualifier,
            None if c.start_date is None else c.start_date.isoformat(),
            None if c.end_date is None else c.end_date.isoformat(),
        )
        for c in finding.claims
    )
    key: dict[str, Any] = {"code": finding.code, "story": os.path.normpath(finding.story or ""), "claims": [list(c) for c in claims]}
    if not claims:
        key["versions"] = sorted(os.path.normpath(v) for v in finding.versions)
        key["message"] = finding.message
    return key
