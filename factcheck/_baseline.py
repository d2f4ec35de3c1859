"""Accepting known findings: ``--write-baseline FILE`` records them, ``--baseline FILE`` reports only new ones.

A finding is keyed by its rule code, its story and the normalized values of
its claims (kind, value, unit, currency, qualifier, dates), never by offsets,
so that edits elsewhere in an article do not make a known finding new again.
Paths are relative to the project's root (the folder of the ``pyproject.toml``
that holds ``[tool.factcheck]``, else the working folder), whatever their
spelling ("./corpus/a.txt", an absolute path): a baseline travels with the
checkout to another machine or a CI runner. A ``baseline`` file named in
``[tool.factcheck]`` is relative to that folder too. Writing a baseline never
reads the old one, and the run that writes it exits 0 on findings (they are
accepted).
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import TYPE_CHECKING, Any

from ._config import ACCEPT_FINDINGS, OWN_FILES
from ._errors import UsageError
from ._markers import hookimpl
from ._model import Finding, RuleReport
from .report._output import write_report

if TYPE_CHECKING:
    import argparse

    from ._config import Config
    from ._session import Session

#: Version of the baseline file's format (2: a finding with claims is keyed without its story id,
#: which depends on how the corpus was named on the command line; files of format 1 are read too).
FORMAT = 2
_KEY = "baseline-keys"


@hookimpl
def factcheck_addoption(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("baseline")
    group.add_argument("--baseline", metavar="FILE", help="do not report the findings recorded in FILE")
    group.add_argument("--write-baseline", dest="write_baseline", metavar="FILE", help="record this run's findings in FILE")


@hookimpl
def factcheck_configure(config: Config) -> None:
    own = config.stash.setdefault(OWN_FILES, set())
    own.update(f for f in (baseline_file(config, "baseline"), baseline_file(config, "write_baseline")) if f)  # never a version
    if config.getoption("write_baseline"):
        config.stash[ACCEPT_FINDINGS] = True  # findings are being recorded, not judged: no old baseline is read
        return
    path = baseline_file(config, "baseline")
    if not path:
        return
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
        config.stash[_KEY] = {json.dumps(_current(key), sort_keys=True) for key in data["findings"]}
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
    root = str(config.root)
    kept, accepted = [], []
    for finding in report.findings:
        (accepted if _key_text(finding, root) in known else kept).append(finding)
    outcome = report.outcome if kept or report.outcome == "error" else "passed"
    return dataclasses.replace(report, findings=tuple(kept), outcome=outcome, accepted=report.accepted + tuple(accepted))


@hookimpl(tryfirst=True)
def factcheck_sessionfinish(session: Session) -> None:
    """Write the baseline; or, after a run over everything, note the entries no finding matched any more."""
    path = baseline_file(session.config, "write_baseline")
    if not path:
        _note_stale(session)
        return
    root = str(session.config.root)
    keys = sorted({_key_text(f, root) for f in session.findings})
    document = {"factcheck_baseline": FORMAT, "findings": [json.loads(k) for k in keys]}
    write_report(json.dumps(document, ensure_ascii=False, indent=1) + "\n", path)


def _note_stale(session: Session) -> None:
    """A note naming how many baseline entries matched nothing, when every item of every story ran
    (a -k, --select or --ignore, or an interrupt, leaves entries unchecked, not stale)."""
    config = session.config
    known = config.stash.get(_KEY)
    if not known or session.interrupted or config.getoption("keyword") or config.getoption("select") or config.getoption("ignore"):
        return
    root = str(config.root)
    matched = {_key_text(f, root) for r in session.reports for f in r.accepted}
    stale = len(known - matched)
    if stale:
        session.record_error(baseline_file(config, "baseline") or "--baseline", f"{stale} accepted finding(s) no longer occur: "
                             "write the baseline again (--write-baseline) to drop them", kind="note")


def _key_text(finding: Finding, root: str) -> str:
    """A finding's key as the baseline set holds it (JSON, keys sorted)."""
    return json.dumps(finding_key(finding, root), sort_keys=True)


def _current(key: dict[str, Any]) -> dict[str, Any]:
    """A key of format 1 as format 2 writes it (no story id beside claims)."""
    return {k: v for k, v in key.items() if k != "story"} if key.get("claims") else key


def baseline_file(config: Config, name: str) -> str | None:
    """The file of ``--baseline``/``--write-baseline``, or of ``[tool.factcheck]`` (relative to its folder)."""
    given = getattr(config.option, name, None)
    if given:
        return str(given)
    configured = config.settings.get(name)
    if not configured:
        return None
    return os.path.join(str(config.root), str(configured))


def _relative(path: str, root: str | None) -> str:
    """``path`` relative to ``root`` with forward slashes (the key of a file wherever the checkout is)."""
    if root is None or path in ("", "-"):
        return os.path.normpath(path) if path else path
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def finding_key(finding: Finding, root: str | None = None) -> dict[str, Any]:
    """What identifies a finding across edits: rule, story and the claims' normalized values;
    paths relative to ``root`` (the project's root) when given."""
    claims = sorted(
        (
            _relative(c.version, root),
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
    key: dict[str, Any] = {"code": finding.code, "claims": [list(c) for c in claims]}
    if not claims:  # a finding on versions, not on figures: its story and versions say which
        key["story"] = _relative(finding.story or "", root)
        key["versions"] = sorted(_relative(v, root) for v in finding.versions)
        key["message"] = finding.message
    return key
