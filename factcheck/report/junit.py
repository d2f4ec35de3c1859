"""The JUnit XML report, the test-result format every CI server reads.

One ``<testsuite>`` per story and one ``<testcase>`` per story and rule
(``classname`` = story id, ``name`` = code and rule name), so a dashboard shows
which rule failed on which story. A test case fails when the rule's findings on
the story reach ``--fail-on`` (the same line as the exit status); findings below
it go to the test case's ``<system-out>``. A rule that raised is an ``<error>``
with its traceback; unreadable inputs are errors of a last suite, ``factcheck
inputs``. Each finding reads as in the terminal report.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Mapping

from .. import _regex
from .._markers import hookimpl
from .._model import SEVERITIES, Finding, RuleReport, Version
from . import _describe
from ._output import write_report
from ._describe import line_column
from .terminal import quote

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session

#: Characters XML 1.0 cannot hold, even escaped (control characters other than tab, LF, CR).
_NOT_XML = _regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["junit"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "junit":
        config.pluginmanager.register(JunitReporter(config), "junitreporter")


class JunitReporter:
    def __init__(self, config: Config) -> None:
        self.config = config

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        root = document(session, self.config.fail_on)
        ET.indent(root)
        text = '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
        write_report(text, self.config.option.output)


def document(session: Session, fail_on: str) -> ET.Element:
    """``<testsuites>`` of a run: a suite per story, a case per story and rule."""
    versions = session.stories.versions
    by_case: dict[tuple[str, str], list[RuleReport]] = defaultdict(list)
    for report in session.reports:
        by_case[(report.story, report.code)].append(report)
    root = ET.Element("testsuites", name="factcheck")
    for story in session.stories:
        suite = ET.SubElement(root, "testsuite", name=_xml(story.id))
        for rule in session.rules:
            case = ET.SubElement(suite, "testcase", classname=_xml(story.id), name=_xml(f"{rule.code} {rule.name}"))
            fill_case(case, by_case.get((story.id, rule.code), []), versions, fail_on)
        _count(suite)
    if session.errors:
        suite = ET.SubElement(root, "testsuite", name="factcheck inputs")
        for error in session.errors:
            case = ET.SubElement(suite, "testcase", classname="factcheck.inputs", name=_xml(error.path), time="0.000")
            first, _, _rest = error.message.partition("\n")
            ET.SubElement(case, "error", type=f"{error.kind} error", message=_xml(first)).text = _xml(error.message)
        _count(suite)
    _count(root, suites=True)
    return root


def fill_case(case: ET.Element, reports: list[RuleReport], versions: Mapping[str, Version], fail_on: str) -> None:
    """Outcome of one story and rule: error, failure (findings at or above ``fail_on``), or pass."""
    case.set("time", f"{sum(r.duration for r in reports):.3f}")
    failing, passing = split_findings((f for r in reports for f in r.findings), fail_on)
    raised = [r for r in reports if r.outcome == "error"]
    if raised:
        tracebacks = "\n".join(f"{r.nodeid}\n{r.longrepr or ''}" for r in raised)
        last = (raised[0].longrepr or "").strip().splitlines()[-1:] or ["the rule raised"]
        body = tracebacks + ("\n" + findings_text(failing, versions) if failing else "")
        ET.SubElement(case, "error", type="rule error", message=_xml(last[0])).text = _xml(body)
    elif failing:
        worst = SEVERITIES[min(SEVERITIES.index(f.severity or "error") for f in failing)]
        message = failing[0].message if len(failing) == 1 else f"{len(failing)} findings; first: {failing[0].message}"
        ET.SubElement(case, "failure", type=worst, message=_xml(message)).text = _xml(findings_text(failing, versions))
    if passing:
        ET.SubElement(case, "system-out").text = _xml(findings_text(passing, versions))


def split_findings(findings: Iterable[Finding], fail_on: str) -> tuple[list[Finding], list[Finding]]:
    """(findings at or above ``fail_on``, the others), each in report order."""
    threshold = SEVERITIES.index(fail_on)
    failing: list[Finding] = []
    passing: list[Finding] = []
    for finding in findings:
        (failing if SEVERITIES.index(finding.severity or "error") <= threshold else passing).append(finding)
    return failing, passing


def findings_text(findings: Iterable[Finding], versions: Mapping[str, Version]) -> str:
    return "\n\n".join(finding_text(f, versions) for f in findings)


def finding_text(finding: Finding, versions: Mapping[str, Version]) -> str:
    """A finding as plain text, laid out as in the terminal report (the pytest plugin uses it too)."""
    lines = [f"{finding.severity} {finding.code} {finding.rule}  {finding.story}", f"  {finding.message}"]
    for claim in finding.claims:
        version = versions.get(claim.version)
        published = _describe.published(version) if version else "unknown"
        where = "{}:{}".format(*line_column(version.text, claim.start)) if version else str(claim.start)
        lines.append(f"  {claim.version}:{where} (published {published})")
        if version is not None:
            lines.append(f"    « {quote(version.text, claim).plain} »")
        lines.append(f"    {claim.text!r} → {_describe.resolution(claim)}")
    for path in finding.versions:
        if path not in {c.version for c in finding.claims}:
            version = versions.get(path)
            lines.append(f"  {path}: published {_describe.published(version) if version else 'unknown'}")
    return "\n".join(lines)


def _count(element: ET.Element, suites: bool = False) -> None:
    """Set tests, failures, errors, skipped and time from the children."""
    children = list(element.iter("testcase"))
    element.set("tests", str(len(children)))
    element.set("failures", str(sum(case.find("failure") is not None for case in children)))
    element.set("errors", str(sum(case.find("error") is not None for case in children)))
    element.set("skipped", "0")
    element.set("time", f"{sum(float(case.get('time', '0')) for case in children):.3f}")


def _xml(text: str) -> str:
    """Text XML can hold: forbidden control characters become ``\\xNN``."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
