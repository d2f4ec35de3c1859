"""The JSON report: one document per run, whose shape is a contract other tools read.

    {"factcheck_version", "stories": [{"id", "grouped_by", "versions": [{"path", "published", "published_precision",
      "published_source", "lang", "lang_source"}]}], "findings": [...], "errors": [...], "summary": {...}}

With ``-v`` each story also lists its ``facts`` (the claims several versions give of one
thing) and the ``unaligned`` claims, compared with nothing. With ``--claims`` it lists, per
version, the claims read instead of findings.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import __version__
from .._markers import hookimpl
from .._model import SEVERITIES, Version
from ._output import json_chunks, write_report

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["json"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "json":
        config.pluginmanager.register(JsonReporter(config), "jsonreporter")


class JsonReporter:
    def __init__(self, config: Config) -> None:
        self.config = config
        #: Story id -> its facts and unaligned claims, kept only with -v (they grow with the corpus).
        self.coverage: dict[str, dict[str, Any]] = {}

    @hookimpl
    def factcheck_story_finish(self, story: Any, facts: list[Any], unaligned: list[Any]) -> None:
        if self.config.option.verbose - self.config.option.quiet > 0:
            self.coverage[story.id] = {"facts": [f.to_dict() for f in facts], "unaligned": [c.to_dict() for c in unaligned]}

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        document = self.document(session, exitstatus)
        write_report(itertools.chain(json_chunks(document), ["\n"]), self.config.option.output)

    def document(self, session: Session, exitstatus: int) -> dict[str, Any]:
        """The report; its long lists are generators, written out one item at a time."""
        out: dict[str, Any] = {"factcheck_version": __version__}
        if self.config.option.list_rules:
            out["rules"] = [{"code": r.code, "name": r.name, "severity": r.severity, "plugin": r.plugin, "fixtures": list(r.params), "summary": r.summary} for r in session.all_rules]
        elif self.config.option.claims:
            out["versions"] = (
                {**version_dict(v), "text": v.text, "claims": [c.to_dict() for c in session.analysis.get(s.id, ([], [], []))[1] if c.version == v.path]}
                for s in session.stories
                for v in s.versions
            )
        else:
            out["stories"] = (
                {"id": s.id, "grouped_by": s.grouped_by, "versions": [version_dict(v) for v in s.versions], **self.coverage.get(s.id, {})}
                for s in session.stories
            )
            out["findings"] = (f.to_dict() for f in session.findings)
        out["errors"] = [e.to_dict() for e in session.errors]
        out["summary"] = summary(session, exitstatus)
        return out


def version_dict(version: Version) -> dict[str, Any]:
    """A version's metadata, each value with where it came from.

    A version whose text was extracted from an HTML page carries that
    ``text``, which claim offsets refer to (a record's text is in the record).
    """
    published = version.published
    found = {
        "path": version.path,
        "published": _published(version),
        "published_precision": version.published_precision if published is not None else None,
        "published_at": published.isoformat() if isinstance(published, datetime) else None,
        "published_source": version.published_source,
        "lang": version.lang,
        "lang_source": version.lang_source,
    }
    if version.extracted_from == "html":
        found.update(extracted_from=version.extracted_from, text=version.text)
    return found


def _published(version: Version) -> str | None:
    day = version.published_date
    if day is None:
        return None
    return day.isoformat()[:7] if version.published_precision == "month" else day.isoformat()


def summary(session: Session, exitstatus: int) -> dict[str, Any]:
    counts = Counter(f.severity for f in session.findings)
    outcomes = Counter(r.outcome for r in session.reports)
    return {
        "stories": len(session.stories),
        "versions": sum(len(s.versions) for s in session.stories),
        "alone": session.alone,
        "rules": len(session.rules),
        "items": session.item_count,
        **{severity: counts[severity] for severity in SEVERITIES},
        "rule_errors": outcomes["error"],
        "input_errors": len(session.errors),
        "exit_status": exitstatus,
    }
