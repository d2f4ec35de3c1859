"""The SARIF 2.1.0 report, for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).

One run; ``tool.driver.rules`` lists the collected rules (id = code); one result
per finding, located at its first claim, with the other claims as related
locations. Regions are 1-based lines and columns counted in Unicode code points
(``run.columnKind = "unicodeCodePoints"``), computed from the claim offsets in
the version text. Versions whose text is not the file's own text (records of a
JSON file, HTML pages whose main text was extracted) get no region: their
offsets name no place in the file. Rule errors and unreadable inputs are
notifications of the invocation. The output holds no time or absolute path of
the run, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import regex

from .. import _regex
from .. import __version__
from .._markers import hookimpl
from .._model import Claim, Finding, InputError, Rule, Version
from . import _describe
from ._output import json_chunks, write_report

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session

#: The schema this report follows (the ``$id`` of the OASIS 2.1.0 schema).
SCHEMA_URI = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
#: SARIF levels of factcheck severities.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: A record of a JSON file (``file.jsonl#id``): the file is the part before ``#``.
_RECORD = _regex.compile(r"\.jsonl?#[^/]*\Z", regex.IGNORECASE)


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["sarif"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "sarif":
        config.pluginmanager.register(SarifReporter(config), "sarifreporter")


class SarifReporter:
    def __init__(self, config: Config) -> None:
        self.config = config

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        write_report(itertools.chain(json_chunks(document(session, exitstatus)), ["\n"]), self.config.option.output)


def document(session: Session, exitstatus: int) -> dict[str, Any]:
    """The SARIF log of a run; its results are a generator, written out one at a time."""
    versions = session.stories.versions
    index = {rule.code: i for i, rule in enumerate(session.rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__, "rules": [descriptor(r) for r in session.rules]}},
        "invocations": [invocation(session, exitstatus, index)],
        "columnKind": "unicodeCodePoints",
        "results": (result(f, versions, index) for f in session.findings),
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": iter([run])}


def descriptor(rule: Rule) -> dict[str, Any]:
    """A rule as a SARIF reportingDescriptor."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"plugin": rule.plugin, "fixtures": list(rule.params)},
    }


def invocation(session: Session, exitstatus: int, index: dict[str, int]) -> dict[str, Any]:
    """Whether the run worked, with rule errors and unusable inputs as notifications."""
    notes = [_input_note(e) for e in session.errors]
    for report in (r for r in session.reports if r.outcome == "error"):
        note: dict[str, Any] = {"level": "error", "message": {"text": f"{report.nodeid}: the rule raised\n{report.longrepr or ''}".rstrip()}}
        note["associatedRule"] = {"id": report.code, **({"index": index[report.code]} if report.code in index else {})}
        notes.append(note)
    return {"executionSuccessful": exitstatus in (0, 1), "exitCode": exitstatus, "toolExecutionNotifications": notes}


def _input_note(error: InputError) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": error.message.partition("\n")[0]},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(error.path)}}}],
        "properties": {"kind": error.kind},
    }


def result(finding: Finding, versions: Mapping[str, Version], index: dict[str, int]) -> dict[str, Any]:
    """One finding as a SARIF result: first claim located, the others related."""
    places: list[dict[str, Any]] = [claim_location(c, versions.get(c.version)) for c in finding.claims]
    places += [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(p)}}} for p in finding.versions if p not in {c.version for c in finding.claims}]
    out: dict[str, Any] = {"ruleId": finding.code or finding.rule or "?"}
    if finding.code in index:
        out["ruleIndex"] = index[finding.code or ""]
    out["level"] = LEVELS[finding.severity or "error"]
    out["message"] = {"text": finding.message}
    out["locations"] = places[:1]
    if places[1:]:
        out["relatedLocations"] = [{"id": n, **place} for n, place in enumerate(places[1:], start=1)]
    out["partialFingerprints"] = {"factcheckFinding/v1": fingerprint(finding)}
    out["properties"] = {"story": finding.story, "rule": finding.rule}
    return out


def claim_location(claim: Claim, version: Version | None) -> dict[str, Any]:
    """Where a claim stands: its version's file and, when offsets are positions in the file, its region."""
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(claim.version)}}
    if version is not None and version.extracted_from is None:
        physical["region"] = region(version.text, claim.start, claim.end)
    return {"physicalLocation": physical, "message": {"text": f"{claim.text!r} → {_describe.resolution(claim)}"}}


def region(text: str, start: int, end: int) -> dict[str, int]:
    """1-based ``startLine``, ``startColumn``, ``endLine``, ``endColumn`` (the column after the last character).

    Columns count Unicode code points, as Python string offsets do.
    """
    start_line, start_column = _describe.line_column(text, start)
    end_line, end_column = _describe.line_column(text, max(end, start))
    return {"startLine": start_line, "startColumn": start_column, "endLine": end_line, "endColumn": end_column}


def file_of(path: str) -> str:
    """The file a version lives in: ``data.jsonl`` for the record ``data.jsonl#7``."""
    return path.rpartition("#")[0] if _RECORD.search(path) else path


def artifact_uri(path: str) -> str:
    """A version path as a URI: relative as given (``/`` separators, escaped), ``file:`` when absolute; a record id as fragment."""
    file = file_of(path)
    fragment = "#" + quote(path[len(file) + 1 :], safe="") if file != path else ""
    if os.path.isabs(file):
        return Path(file).as_uri() + fragment
    return quote(file.replace(os.sep, "/"), safe="/", errors="surrogateescape") + fragment  # a non-UTF-8 name keeps its bytes


def fingerprint(finding: Finding) -> str:
    """Stable across edits elsewhere in the articles: rule, story and the claims' texts, not their offsets."""
    parts = [finding.code or "", finding.story or ""] + sorted(f"{c.version}\0{c.text}" for c in finding.claims) + sorted(finding.versions)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
