"""The JSON lines report: one object a line, for streaming into other tools.

Checking: a line per finding (``"type": "finding"``), per error (``"error"``),
then one ``"summary"`` line. With ``--claims``: a line per version, in input
order, ``{"id", "path", "claims": [...]}`` (``id`` is the record's own id when
the input was JSON lines, else null).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .._markers import hookimpl
from .json import summary
from ._output import write_report

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["jsonl"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "jsonl":
        config.pluginmanager.register(JsonLinesReporter(config), "jsonlreporter")


class JsonLinesReporter:
    def __init__(self, config: Config) -> None:
        self.config = config

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in self.records(session, exitstatus))
        write_report(lines, self.config.option.output)
        if self.config.option.claims:
            for error in session.errors:  # claim lines stay one per input record; problems go to stderr
                sys.stderr.write(f"factcheck: {error.path}: {error.message}\n")

    def records(self, session: Session, exitstatus: int) -> Iterator[dict[str, Any]]:
        """The lines, made one at a time as they are written."""
        if self.config.option.claims:
            claims = {s.id: session.analysis.get(s.id, ([], [], []))[1] for s in session.stories}
            by_version = {c.version: [] for cs in claims.values() for c in cs}
            for cs in claims.values():
                for claim in cs:
                    by_version[claim.version].append(claim.to_dict())
            yield from ({"id": v.meta.get("id"), "path": v.path, "claims": by_version.get(v.path, [])} for v in session.versions)
            return
        yield from ({"type": "finding", **f.to_dict()} for f in session.findings)
        yield from ({"type": "error", **e.to_dict()} for e in session.errors)
        yield {"type": "summary", **summary(session, exitstatus)}
