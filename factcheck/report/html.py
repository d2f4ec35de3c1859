"""The HTML report: one self-contained page per run, for reading findings where they occur.

Each story shows a table of its facts (a row per fact, a column per version,
outliers marked), the figures compared with nothing, its versions side by side,
every claim highlighted by kind (its normalized value in a tooltip), boilerplate
zones dimmed, and each finding linked to its figures and back. The page loads nothing and runs no script; its
Content-Security-Policy forbids scripts too, as a second line behind escaping:
every piece of text read from an article goes through ``html.escape``.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from importlib.resources import files
from typing import TYPE_CHECKING, Iterable, Sequence

from .. import _regex
from .. import __version__
from .._config import KEEP_ANALYSIS
from .._markers import hookimpl
from .._intervals import consistent_groups, could_meet
from .._model import ARTICLE_ZONES, SEVERITIES, Claim, Document, Fact, Finding, RuleReport, Story, Version, Zone
from . import _describe
from ._output import write_report

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session

#: What each exit status means, for the page's header.
STATUS = {0: "no findings at --fail-on", 1: "findings", 2: "interrupted", 3: "input, plugin or rule errors", 4: "usage error", 5: "no story found"}
#: Boilerplate zones longer than this (characters) are folded.
FOLD = 320
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
_CLASS_UNSAFE = _regex.compile(r"[^a-z0-9_-]+")
#: (finding anchor, number in its story, severity) for each finding a claim belongs to.
Refs = dict[tuple[str, int, int, str], list[tuple[str, int, str]]]


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["html"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "html":
        config.stash[KEEP_ANALYSIS] = True
        config.pluginmanager.register(HtmlReporter(config), "htmlreporter")


class HtmlReporter:
    def __init__(self, config: Config) -> None:
        self.config = config

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        write_report(render(session, exitstatus), self.config.option.output)


def render(session: Session, exitstatus: int) -> str:
    """The whole page."""
    css = files("factcheck.report").joinpath("html.css").read_text(encoding="utf-8")
    findings = session.findings
    body = [_header(session, findings, exitstatus)]
    if session.config.option.list_rules:
        body.append(_rules(session))
    for index, story in enumerate(session.stories):
        story_findings = [f for f in findings if f.story == story.id]
        rule_errors = [r for r in session.reports if r.story == story.id and r.outcome == "error"]
        body.append(_story(index, story, session.analysis.get(story.id, ([], [], [])), story_findings, rule_errors))
    body.append(f'<footer class="muted">factcheck {_e(__version__)}</footer>')
    title = "factcheck report" + (f": {session.stories[0].id}" if len(session.stories) == 1 else "")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


# -- summary -------------------------------------------------------------------


def _header(session: Session, findings: list[Finding], exitstatus: int) -> str:
    counts = Counter(f.severity for f in findings)
    versions = sum(len(s.versions) for s in session.stories)
    rule_errors = sum(r.outcome == "error" for r in session.reports)
    items = [("story" if len(session.stories) == 1 else "stories", len(session.stories)), (_noun(versions, "version"), versions), (_noun(len(session.rules), "rule"), len(session.rules))]
    items += [(f'<span class="sev sev-{s}">{s}</span>', counts[s]) for s in SEVERITIES]
    items += [(_noun(rule_errors, "rule error"), rule_errors), ("unreadable input or plugin error" + ("" if len(session.errors) == 1 else "s"), len(session.errors))]
    status = f'<span class="status{" fail" if exitstatus else ""}">exit {exitstatus}: {_e(STATUS.get(exitstatus, ""))}</span>'
    out = [f"<header>\n<h1>factcheck report</h1>\n<p>{status}</p>", '<ul class="counts">']
    out += [f"<li><b>{n}</b> {label}</li>" for label, n in items]
    out.append("</ul>")
    if session.stories:
        out.append('<table class="stories"><thead><tr><th>story</th><th class="n">versions</th><th class="n">claims</th>')
        out.append("".join(f'<th class="n">{s}</th>' for s in SEVERITIES) + "</tr></thead><tbody>")
        for index, story in enumerate(session.stories):
            per = Counter(f.severity for f in findings if f.story == story.id)
            claims = len(session.analysis.get(story.id, ([], [], []))[1])
            cells = "".join(f'<td class="n sev-{s}">{per[s] or ""}</td>' for s in SEVERITIES)
            out.append(f'<tr><td><a href="#s{index}">{_e(story.id)}</a></td><td class="n">{len(story.versions)}</td><td class="n">{claims}</td>{cells}</tr>')
        out.append("</tbody></table>")
        kinds = sorted({c.kind for documents, claims, _ in session.analysis.values() for c in claims if c.kind != "number"})
        if kinds:
            marks = "".join(f'<mark class="k-{_cls(k)}">{_e(k)}</mark>' for k in kinds)
            out.append(f'<div class="legend"><span class="muted">claims:</span>{marks}<span class="muted">(hover a figure for its value; dimmed text is boilerplate)</span></div>')
    if session.errors:
        out.append('<h3 class="sev-error">could not be used</h3><ul>')
        for error in session.errors:
            first, _, rest = error.message.partition("\n")
            detail = f"<details><summary>details</summary><pre>{_e(rest)}</pre></details>" if rest.strip() else ""
            out.append(f'<li><span class="path">{_e(error.path)}</span> ({_e(error.kind)}): {_e(first)}{detail}</li>')
        out.append("</ul>")
    out.append("</header>")
    return "\n".join(out)


def _rules(session: Session) -> str:
    rows = "".join(
        f"<tr><td><code>{_e(r.code)}</code></td><td>{_e(r.severity)}</td><td><code>{_e(r.name)}</code></td><td>{_e(r.plugin)}</td><td>{_e(r.summary)}</td></tr>"
        for r in session.all_rules
    )
    return f'<h2>rules</h2><table><thead><tr><th>code</th><th>severity</th><th>rule</th><th>plugin</th><th>summary</th></tr></thead><tbody>{rows}</tbody></table>'


# -- one story -------------------------------------------------------------------


def _story(index: int, story: Story, analysis: tuple[list[Document], list[Claim], list[Fact]], findings: list[Finding], rule_errors: list[RuleReport]) -> str:
    documents, claims, facts = analysis
    by_path = {d.version.path: d for d in documents}
    anchors = {_key(c): f"s{index}v{vi}c{ci}" for vi, v in enumerate(story.versions) for ci, c in enumerate(c for c in claims if c.version == v.path)}
    refs: Refs = defaultdict(list)
    for number, finding in enumerate(findings, 1):
        for claim in finding.claims:
            refs[_key(claim)].append((f"s{index}f{number}", number, finding.severity or "error"))
    out = [f'<section class="story" id="s{index}">', f"<h2>{_e(story.id)}</h2>"]
    out.append(f'<p class="muted">{_plural(len(story.versions), "version")}, grouped by {_e(story.grouped_by)}</p>')
    if findings:
        out.append(f'<h3>findings</h3>\n<ol class="findings">')
        out += [_finding(f"s{index}f{n}", n, f, anchors, {v.path: v for v in story.versions}) for n, f in enumerate(findings, 1)]
        out.append("</ol>")
    if facts:
        out.append(_fact_table(story, facts, anchors))
    unaligned = _unaligned(claims, facts)
    if unaligned:
        out.append(f'<details class="unaligned"><summary>{_plural(len(unaligned), "figure")} compared with nothing</summary><ul>')
        out += [f'<li><a href="#{anchors.get(_key(c), "")}">« {_e(c.text)} »</a> ({_e(c.kind)}) in <span class="path">{_e(c.version)}</span></li>' for c in unaligned]
        out.append("</ul></details>")
    for report in rule_errors:
        out.append(f'<details class="sev-error"><summary>rule error in <code>{_e(report.nodeid)}</code></summary><pre>{_e(report.longrepr or "")}</pre></details>')
    out.append(f'<div class="versions" style="--n:{max(1, len(story.versions))}">')
    for version in story.versions:
        own = [c for c in claims if c.version == version.path and c.kind != "number"]  # bare numbers: --claims lists them
        out.append(_version(version, by_path.get(version.path), own, anchors, refs))
    out.append("</div>\n</section>")
    return "\n".join(out)


def _fact_table(story: Story, facts: list[Fact], anchors: dict) -> str:
    """A row per fact, a column per version: each version's figures for it, the outliers marked."""
    paths = [v.path for v in story.versions]
    heads = "".join(f'<th title="{_e(p)}">{_e(p.rsplit("/", 1)[-1])}</th>' for p in paths)
    out = [f'<h3>facts</h3>\n<div class="facts-wrap"><table class="facts"><thead><tr><th>fact</th>{heads}</tr></thead><tbody>']
    for fact in facts:
        groups = consistent_groups(fact.claims, could_meet)
        outliers = {_key(c) for group in groups[1:] for c in group}
        row = [f'<tr class="{"disagree" if outliers else "agree"}"><th scope="row"><code>{_e(fact.label)}</code> <span class="muted">{_e(fact.kind)}</span></th>']
        for path in paths:
            own = [c for c in fact.claims if c.version == path]
            cells = "<br>".join(
                f'<a class="{"outlier" if _key(c) in outliers else "consensus"}" href="#{anchors.get(_key(c), "")}" title="{_e(_title(c))}">{_e(c.text)}</a>'
                for c in own
            )
            row.append(f"<td>{cells}</td>")
        out.append("".join(row) + "</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _unaligned(claims: list[Claim], facts: list[Fact]) -> list[Claim]:
    aligned = {_key(c) for f in facts for c in f.claims}
    return [c for c in claims if c.zone in ARTICLE_ZONES and c.kind != "number" and _key(c) not in aligned]


def _finding(anchor: str, number: int, finding: Finding, anchors: dict, versions: dict[str, Version]) -> str:
    severity = finding.severity or "error"
    out = [f'<li class="finding sev-{_cls(severity)}" id="{anchor}">']
    out.append(f'<div class="head"><span class="num">#{number}</span><span class="sev sev-{_cls(severity)}">{_e(severity)}</span> <code>{_e(finding.code or "")}</code> <code>{_e(finding.rule or "")}</code></div>')
    out.append(f'<div class="message">{_e(finding.message)}</div><ul>')
    for claim in finding.claims:
        figure = f"« {_e(claim.text)} »"
        target = anchors.get(_key(claim))
        link = f'<a href="#{target}">{figure}</a>' if target else figure
        version = versions.get(claim.version)
        where = _describe.where(version, claim.start)
        sentence = f'<blockquote class="sentence">{_sentence(version.text, claim)}</blockquote>' if version is not None else ""
        out.append(f'<li>{link} in <span class="path">{_e(claim.version)}:{where}</span> → {_e(_describe.resolution(claim))}{sentence}</li>')
    for path in finding.versions:
        if path not in {c.version for c in finding.claims}:
            version = versions.get(path)
            out.append(f'<li><span class="path">{_e(path)}</span>: published {_e(_describe.published(version) if version else "unknown")}</li>')
    out.append("</ul></li>")
    return "\n".join(out)


#: Characters of a claim's sentence shown on each side of the figure in a finding's card.
QUOTE_CONTEXT = 160


def _sentence(text: str, claim: Claim) -> str:
    """The claim's sentence, trimmed around the figure, the figure set off: what a reader checks first."""
    first, last = claim.sentence or (claim.start, claim.end)
    start, end = max(first, claim.start - QUOTE_CONTEXT), min(last, claim.end + QUOTE_CONTEXT)
    before = ("…" if start > first else "") + text[start : claim.start]
    after = text[claim.end : end] + ("…" if end < last else "")
    return f"{_e(before)}<strong>{_e(text[claim.start : claim.end])}</strong>{_e(after)}"


def _version(version: Version, document: Document | None, claims: list[Claim], anchors: dict, refs: Refs) -> str:
    head = (
        f'<header><div class="path">{_e(version.path)}</div>'
        f"<div>published {_e(_describe.published(version))}</div>"
        f"<div>language {_e(version.lang or 'unknown')} ({_e(version.lang_source)}) · {_plural(len(claims), 'claim')}</div></header>"
    )
    zones = document.zones if document is not None else ()
    runs = "".join(_zone_html(version.text, start, end, kind, claims, anchors, refs) for start, end, kind in zone_runs(len(version.text), zones))
    return f'<article class="version">{head}<div class="text">{runs}</div></article>'


def zone_runs(length: int, zones: Iterable[Zone]) -> list[tuple[int, int, str | None]]:
    """Cover ``[0, length)`` with the zones in order, gaps as ``None`` (overlaps are clipped)."""
    runs: list[tuple[int, int, str | None]] = []
    position = 0
    for zone in sorted(zones, key=lambda z: (z.start, z.end)):
        start, end = max(zone.start, position), min(zone.end, length)
        if end <= start:
            continue
        if start > position:
            runs.append((position, start, None))
        runs.append((start, end, zone.kind))
        position = end
    if position < length:
        runs.append((position, length, None))
    return runs


def _zone_html(text: str, start: int, end: int, kind: str | None, claims: list[Claim], anchors: dict, refs: Refs) -> str:
    article = kind is None or kind in ARTICLE_ZONES
    classes = f"zone {_cls(kind)}" if kind else "zone"
    classes += "" if article else " boiler"
    inside = [c for c in claims if c.start < end and c.end > start]
    inner = marked(text, start, end, inside, anchors, refs)
    if not article and end - start > FOLD:  # long boilerplate folds away (opening a link to a claim inside unfolds it)
        summary = f"{_e(kind)} · {end - start} characters, {_plural(len(inside), 'claim')}"
        return f'<details class="{classes}" data-zone="{_e(kind)}"><summary>{summary}</summary>{inner}</details>'
    return f'<div class="{classes}" data-zone="{_e(kind or "")}">{inner}</div>'


def marked(text: str, start: int, end: int, claims: Sequence[Claim], anchors: dict, refs: Refs) -> str:
    """``text[start:end]`` escaped, each claim in a ``<mark>`` (nested where claims overlap).

    The text is cut at every claim boundary; each piece is wrapped in the marks of
    the claims covering it, so overlapping claims still give well-formed markup.
    The anchor id goes on a claim's first piece, the links to its findings after its last.
    """
    cuts = sorted({start, end, *(min(max(p, start), end) for c in claims for p in (c.start, c.end))})
    out: list[str] = []
    opened: set[tuple] = set()
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((c for c in claims if c.start <= a and c.end >= b), key=lambda c: (c.start, -c.end))
        for claim in covering:
            key = _key(claim)
            anchor = anchors.get(key)
            flagged = refs.get(key)
            classes = f"claim k-{_cls(claim.kind)}" + (f" flagged sev-{_cls(flagged[0][2])}" if flagged else "")
            ident = f' id="{anchor}"' if anchor and key not in opened else ""
            opened.add(key)
            out.append(f'<mark class="{classes}"{ident} title="{_e(_title(claim))}">')
        out.append(_e(text[a:b]))
        for claim in reversed(covering):
            out.append("</mark>")
        for claim in covering:
            if claim.end == b:
                out += [f'<sup class="ref sev-{_cls(sev)}"><a href="#{target}" title="finding #{n}">{n}</a></sup>' for target, n, sev in refs.get(_key(claim), [])]
    return "".join(out)


# -- helpers ---------------------------------------------------------------------


def _title(claim: Claim) -> str:
    return f"{_describe.resolution(claim)} · {claim.zone}"


def _key(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.version, claim.start, claim.end, claim.kind)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cls(name: str | None) -> str:
    """A CSS class name from a plugin-given word (kinds, zones, severities)."""
    return _CLASS_UNSAFE.sub("-", (name or "").lower())


def _noun(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def _plural(count: int, word: str) -> str:
    return f"{count} {_noun(count, word)}"
