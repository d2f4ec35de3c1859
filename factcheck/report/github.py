"""GitHub Actions annotations: one workflow command per finding, so contradictions show on the files.

    ::error file=corpus/a.txt,line=23,col=46,endLine=23,endColumn=65,title=FC201 check_event_dates_agree::message

Errors come first (what broke the run, such as a rule that raised or an
unreadable file, then error findings), then warnings, then notices (info
findings, only with ``-v``). GitHub shows at most 10 error, 10 warning and 10 notice annotations
per step, so no more than that many of each are written; a last plain line
gives the totals and how many were left out. Values are escaped as GitHub's
toolkit does: ``%``, CR and LF in messages, and also ``:`` and ``,`` in
properties. Lines and columns are 1-based, columns in Unicode code points.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING, Mapping

from .._markers import hookimpl
from .._model import SEVERITIES, Finding, Version
from ._output import write_report
from ._describe import line_column
from .sarif import file_of

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session

#: Annotations of each kind GitHub shows for one step.
PER_STEP = 10
#: Workflow command of each severity.
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["github"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "github":
        config.pluginmanager.register(GithubReporter(config), "githubreporter")


class GithubReporter:
    def __init__(self, config: Config) -> None:
        self.config = config

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        verbose = self.config.option.verbose - self.config.option.quiet > 0
        write_report("".join(line + "\n" for line in annotations(session, verbose)), self.config.option.output)


def annotations(session: Session, verbose: bool = False) -> list[str]:
    """The workflow commands of a run, capped per kind, then a plain summary line."""
    versions = session.stories.versions
    commands: dict[str, list[str]] = {"error": [], "warning": [], "notice": []}
    # What broke the run (exit status 3) comes before the findings, so the cap never hides it.
    for error in session.errors:
        first_line = error.message.partition("\n")[0]
        if os.path.isfile(file_of(error.path)):
            commands["error"].append(command("error", {"file": repo_path(error.path), "title": f"factcheck: {error.kind} error"}, first_line))
        else:  # a plugin, or a path that does not exist: no file to annotate
            commands["error"].append(command("error", {"title": f"factcheck: {error.kind} error"}, f"{error.path}: {first_line}"))
    for report in (r for r in session.reports if r.outcome == "error"):
        last = (report.longrepr or "").strip().splitlines()[-1:] or ["the rule raised"]
        commands["error"].append(command("error", {"title": f"{report.code} {report.rule} raised"}, f"{report.nodeid}: {last[0]}"))
    for finding in session.findings:
        if finding.severity == "info" and not verbose:
            continue
        commands[COMMANDS[finding.severity or "error"]].append(annotate_finding(finding, versions))
    lines: list[str] = []
    for kind in ("error", "warning", "notice"):
        lines += commands[kind][:PER_STEP]
    lines.append(summary(session, {k: len(v) - PER_STEP for k, v in commands.items() if len(v) > PER_STEP}, verbose))
    return lines


def annotate_finding(finding: Finding, versions: Mapping[str, Version]) -> str:
    """The annotation of a finding, on its first claim (or first version); other places are named in the message."""
    properties: dict[str, str | int] = {}
    message = finding.message
    if finding.claims:
        claim, others = finding.claims[0], finding.claims[1:]
        version = versions.get(claim.version)
        if os.path.isfile(file_of(claim.version)):  # not standard input
            properties["file"] = repo_path(claim.version)
        if "file" in properties and version is not None and version.extracted_from is None:
            line, col = line_column(version.text, claim.start)
            end_line, end_col = line_column(version.text, claim.end)
            properties.update(line=line, col=col, endLine=end_line, endColumn=end_col)
        if others:
            message += "\nsee also: " + "; ".join(_place(c.version, c.start, versions) + f" {c.text!r}" for c in others)
    elif finding.versions and os.path.isfile(file_of(finding.versions[0])):
        properties["file"] = repo_path(finding.versions[0])
    properties["title"] = f"{finding.code} {finding.rule}"
    return command(COMMANDS[finding.severity or "error"], properties, message)


def _place(path: str, offset: int, versions: Mapping[str, Version]) -> str:
    version = versions.get(path)
    if version is None or version.extracted_from is not None:
        return path
    line, col = line_column(version.text, offset)
    return f"{path}:{line}:{col}"


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    """``::name key=value,…::message`` with GitHub's escaping."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%`` first, then CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,`` (the property delimiters)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repo_path(path: str) -> str:
    """A version path as GitHub wants it: relative to the workspace, ``/`` separators, no record id."""
    path = file_of(path)
    if os.path.isabs(path):
        base = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
        relative = os.path.relpath(path, base)
        if not relative.startswith(".."):
            path = relative
    return path.replace(os.sep, "/").removeprefix("./")


def summary(session: Session, left_out: dict[str, int], verbose: bool) -> str:
    """A plain line (not a command): totals, and how many annotations GitHub would not have shown."""
    counts = Counter(f.severity for f in session.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 and s != 'info' else ''}" for s in SEVERITIES]
    rule_errors = sum(r.outcome == "error" for r in session.reports)
    if rule_errors:
        parts.append(f"{rule_errors} rule error{'s' if rule_errors != 1 else ''}")
    if session.errors:
        parts.append(f"{len(session.errors)} unusable input{'s' if len(session.errors) != 1 else ''}")
    line = f"factcheck: {', '.join(parts)} in {len(session.stories)} stor{'y' if len(session.stories) == 1 else 'ies'}"
    if counts["info"] and not verbose:
        line += " (info findings not annotated; -v annotates them)"
    if left_out:
        more = ", ".join(f"{n} more {kind}{'s' if n != 1 else ''}" for kind, n in left_out.items())
        line += f"; {more} not annotated (GitHub shows {PER_STEP} of each kind per step; --format terminal lists all)"
    return line
