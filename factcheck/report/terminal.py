"""The terminal report, in pytest's spirit: a progress line per story, then each finding, then a summary.

Like every reporter it registers itself in ``factcheck_configure`` and from then
on only observes. ``NO_COLOR`` gives plain text (no colour, no bold), as in pytest.
Runs over many stories also show a progress bar, on a real terminal only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from typing import IO, TYPE_CHECKING, Any, Mapping

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.text import Text

from .. import __version__
from .._markers import hookimpl
from .._model import SEVERITIES, Claim, Fact, Finding, InputError, RuleReport, Story, Version
from . import _describe
from ._output import write_report
from ._safe import visible, visible_block

if TYPE_CHECKING:
    from .._config import Config
    from .._session import Session

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
#: Characters of sentence shown on each side of a figure.
QUOTE_CONTEXT = 110
#: Runs over more stories than this show a progress bar (on a terminal).
PROGRESS_STORIES = 20
#: From this many loose files read, a line counts them while they are read (on a terminal) ...
READING_PROGRESS_FROM = 1000
#: ... redrawn every this many files.
READING_PROGRESS_EVERY = 250


@hookimpl
def factcheck_report_formats() -> list[str]:
    return ["terminal"]


@hookimpl
def factcheck_configure(config: Config) -> None:
    if config.format == "terminal":
        config.pluginmanager.register(TerminalReporter(config), "terminalreporter")


class TerminalReporter:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.verbose = config.option.verbose - config.option.quiet
        # With --output, the report waits in a temporary file (outside the corpus), copied whole at the end.
        self.buffer = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n", prefix="factcheck-report-") if config.option.output else None
        self.console = make_console(self.buffer or sys.stdout, plain=self.buffer is not None)
        #: The checked versions by path, for the sections written at the end.
        self.versions: Mapping[str, Version] = {}
        self.errors: list[InputError] = []
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    @hookimpl
    def factcheck_loose_file_read(self, path: str, count: int) -> None:
        """A transient count of the loose files read, once there are many (grouping waits for them all)."""
        if count < READING_PROGRESS_FROM or count % READING_PROGRESS_EVERY:
            return
        if self.progress is None:
            if not live_terminal(self._progress_stream(), os.environ):
                return
            self._start_progress(None, TextColumn("reading loose files before grouping them: {task.completed:,.0f}"), TimeElapsedColumn())
        if self.task is not None:
            self.progress.update(self.task, completed=count, refresh=True)

    @hookimpl
    def factcheck_sessionstart(self, session: Session) -> None:
        self._stop_progress()  # the count of files read, if any
        stories, versions = session.planned
        if self.verbose >= 0:
            self.console.print(
                f"factcheck {__version__}: {_plural(stories, 'story', 'stories')}, "
                f"{_plural(versions, 'version')}, {_plural(len(session.rules), 'rule')}",
                style="bold",
            )
        if wants_progress(stories, self._progress_stream(), os.environ):
            self._start_progress(stories, TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TextColumn("stories"), TimeElapsedColumn())

    def _progress_stream(self) -> IO[str]:
        """Where a transient line is drawn: with the story lines (which rich prints above it), or on stderr
        when those go to a file."""
        return sys.stdout if self.buffer is None else sys.stderr

    def _start_progress(self, total: int | None, *columns: Any) -> None:
        console = self.console if self.buffer is None else make_console(self._progress_stream(), plain=False)
        self.progress = Progress(*columns, console=console, transient=True)
        self.task = self.progress.add_task("progress", total=total)
        self.progress.start()

    @hookimpl
    def factcheck_story_finish(self, story: Story, reports: list[RuleReport], facts: list[Fact], unaligned: list[Claim]) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=1, refresh=True)  # before the story line, which redraws the bar
        if self.verbose < 0:
            return
        line = Text(f"{story.id} ({_plural(len(story.versions), 'version')}) ")
        for report in reports:
            line.append(*_progress_char(report))
        self.console.print(line)
        if self.verbose > 0:
            for report in reports:
                self.console.print(f"  {report.nodeid} {report.outcome.upper()}", style="dim")
            self._coverage(facts, unaligned)

    def _coverage(self, facts: list[Fact], unaligned: list[Claim]) -> None:
        """With -v: how many facts the story has, and every figure that was compared with nothing."""
        self.console.print(f"  {_plural(len(facts), 'fact')} stated by several versions; "
                           f"{_plural(len(unaligned), 'figure')} aligned with nothing", style="dim")
        for claim in unaligned:
            self.console.print(Text(f"    not compared: {claim.text!r} ({claim.kind}) in {claim.version}", style="dim"))

    @hookimpl
    def factcheck_input_error(self, error: InputError) -> None:
        self.errors.append(error)

    @hookimpl
    def factcheck_sessionfinish(self, session: Session, exitstatus: int) -> None:
        self._stop_progress()
        self.versions = session.stories.versions
        if self.config.option.claims:
            self._claims(session)
        elif not self.config.option.list_rules:
            self._findings(session)
        else:
            self._rules(session)
        self._errors(session)
        if not self.config.option.list_rules and not self.config.option.claims:
            self._summary(session)
        if self.buffer is not None:
            self.buffer.seek(0)
            write_report(iter(lambda: self.buffer.read(1 << 16), ""), self.config.option.output)  # type: ignore[union-attr]
            self.buffer.close()

    @hookimpl
    def factcheck_unconfigure(self, config: Config) -> None:
        self._stop_progress()

    def _stop_progress(self) -> None:
        if self.progress is not None:
            self.progress.stop()  # transient: the bar leaves nothing behind
            self.progress = None

    # -- sections ------------------------------------------------------------

    def _findings(self, session: Session) -> None:
        shown = [f for f in session.findings if f.severity != "info" or self.verbose > 0]
        if shown:
            self.console.rule("findings")
        for finding in shown:
            self._finding(finding)
        rule_errors = [r for r in session.reports if r.outcome == "error"]
        if rule_errors:
            self.console.rule("rule errors", style="red")
        for report in rule_errors:
            self.console.print(f"ERROR {report.nodeid}", style="bold red")
            self.console.print_block(report.longrepr or "")
        printing = [r for r in session.reports if r.captured]
        if printing:
            self.console.rule("captured output")
        for report in printing:
            self.console.print(f"{report.nodeid} printed:", style="bold")
            self.console.print_block(report.captured.rstrip("\n"))

    def _finding(self, finding: Finding) -> None:
        head = Text()
        head.append(f"{finding.severity} ", style=STYLES.get(finding.severity or "", ""))
        head.append(f"{finding.code} {finding.rule}", style="bold")
        head.append(f"  {finding.story}")
        self.console.print(head)
        self.console.print(Text(f"  {finding.message}"))
        for claim in finding.claims:
            self._claim_detail(claim)
        for path in finding.versions:
            if path not in {c.version for c in finding.claims}:
                version = self.versions.get(path)
                self.console.print(Text(f"  {path}: published {_describe.published(version) if version else 'unknown'}", style="dim"))
        self.console.print()

    def _claim_detail(self, claim: Claim) -> None:
        version = self.versions.get(claim.version)
        self.console.print(Text(f"  {claim.version}:{_describe.where(version, claim.start)} (published {_describe.published(version) if version else 'unknown'})", style="dim"))
        if version is not None:
            self.console.print(Text("    « ").append_text(quote(version.text, claim)).append(" »"))
        self.console.print(Text(f"    {claim.text!r} → {_describe.resolution(claim)}"))

    def _claims(self, session: Session) -> None:
        for story in session.stories:
            documents, claims, _ = session.analysis.get(story.id, ([], [], []))
            for version in story.versions:
                self.console.rule(version.path, align="left")
                self.console.print(f"language {version.lang}, {version.lang_source}; published {_describe.published(version)}", style="dim")
                for claim in (c for c in claims if c.version == version.path):
                    line = Text(f"{claim.start:>6}-{claim.end:<6} {claim.zone:<9} ")
                    line.append(f"{claim.text!r}", style="bold" if claim.zone in ("headline", "lede", "body") else "dim")
                    line.append(f" → {_describe.resolution(claim)}")
                    self.console.print(line)

    def _rules(self, session: Session) -> None:
        pm = self.config.pluginmanager
        self.console.rule("plugins")
        for name, _plugin in pm.named_plugins():
            dist = pm.plugin_dists.get(name)
            self.console.print(f"{name:<24} {dist[0] + ' ' + dist[1] if dist else ''}")
        self.console.rule("rules")
        for rule in session.all_rules:
            params = ", ".join(rule.params)
            self.console.print(Text(f"{rule.code:<7} {rule.severity:<8} {rule.name}({params})  [{rule.plugin}]  {rule.summary}"))

    def _errors(self, session: Session) -> None:
        if not self.errors:
            return
        self.console.rule("could not be used", style="red")
        for error in self.errors:
            first, _, rest = error.message.partition("\n")
            self.console.print(Text(f"{error.path}: {first}", style="red"))
            if rest and self.verbose > 0:
                self.console.print_block(rest)

    def _summary(self, session: Session) -> None:
        counts = Counter(f.severity for f in session.findings)
        parts = [f"{_plural(counts[s], s)}" for s in SEVERITIES if counts[s]]
        hidden = " (not shown; -v shows them)" if counts["info"] and self.verbose <= 0 else ""
        if hidden:
            parts[-1] += hidden
        rule_errors = sum(r.outcome == "error" for r in session.reports)
        if rule_errors:
            parts.append(_plural(rule_errors, "rule error"))
        kinds = Counter(e.kind for e in self.errors)
        for kind, word in (("input", "unreadable input"), ("plugin", "plugin error"), ("note", "note")):
            if kinds[kind]:
                parts.append(_plural(kinds[kind], word))
        if session.interrupted:
            parts.append("interrupted")
        versions = sum(len(s.versions) for s in session.stories)
        if session.alone:
            parts = (parts or ["no findings"]) + [f"{_plural(session.alone, 'version')} compared with nothing"]
        text = f"{', '.join(parts) or 'no findings'} in {_plural(len(session.stories), 'story', 'stories')}, {_plural(versions, 'version')} ({session.duration:.2f}s)"
        style = "bold red" if session.exitstatus else "bold green"
        if self.verbose > 0 and session.cache is not None:
            self.console.print(Text(f"{_plural(session.cache.hits, 'story', 'stories')} from the cache, {session.cache.misses} checked ({session.cache.folder.parent})", style="dim"), soft_wrap=True)
        self.console.rule(Text(text, style=style), style=style)


def make_console(file: IO[str], plain: bool) -> Console:
    """A console on ``file``; ``NO_COLOR`` (set, not empty) means no styling at all, even with ``FORCE_COLOR``.

    Left to itself rich would keep bold under ``NO_COLOR`` and let ``FORCE_COLOR`` win;
    pytest gives plain text, and so does factcheck.
    """
    plain = plain or bool(os.environ.get("NO_COLOR"))
    return SafeConsole(file=file, highlight=False, markup=False, soft_wrap=True, no_color=plain or None, color_system=None if plain else "auto")


class SafeConsole(Console):
    """A console that never prints a control character of the text it is given (see :mod:`._safe`)."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        super().print(*(_visible(o) for o in objects), **kwargs)

    def rule(self, title: Any = "", **kwargs: Any) -> None:
        super().rule(_visible(title), **kwargs)

    def print_block(self, text: str, **kwargs: Any) -> None:
        """Several lines of plugin or traceback text, their newlines kept."""
        super().print(Text(visible_block(text)), **kwargs)

    def on_broken_pipe(self) -> None:
        """The reader went away (``factcheck corpus | head``): write nothing more, as ``git log | head`` does,
        and leave the exit status to the run (rich would exit with 1 and look like a failing reporter)."""
        self.quiet = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.file.fileno())
        except (OSError, ValueError, AttributeError):  # a stream with no descriptor: quiet is enough
            pass


def _visible(value: Any) -> Any:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, Text):
        copy = value.copy()
        copy.plain = visible(copy.plain)  # one character for one: the styled spans keep their places
        return copy
    return value


def wants_progress(stories: int, stream: IO[str], environ: Mapping[str, str]) -> bool:
    """A progress bar only over many stories, on a real terminal, never in CI logs (``CI`` set) nor on a dumb terminal."""
    return stories > PROGRESS_STORIES and live_terminal(stream, environ)


def live_terminal(stream: IO[str], environ: Mapping[str, str]) -> bool:
    """A real terminal, not a CI log (``CI`` set) nor a dumb terminal: where a redrawn line belongs."""
    if environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def quote(text: str, claim: Claim) -> Text:
    """The claim's sentence (trimmed around the figure) with the figure marked."""
    start, end = claim.sentence or (claim.start, claim.end)
    start, end = max(start, claim.start - QUOTE_CONTEXT), min(end, claim.end + QUOTE_CONTEXT)
    quoted = Text()
    quoted.append(("…" if start > (claim.sentence or (start,))[0] else "") + text[start : claim.start].replace("\n", " "))
    quoted.append(f"[{text[claim.start:claim.end]}]", style="bold reverse")
    quoted.append(text[claim.end : end].replace("\n", " ") + ("…" if claim.sentence and end < claim.sentence[1] else ""))
    return quoted


def _progress_char(report: RuleReport) -> tuple[str, str]:
    if report.outcome == "error":
        return "E", "bold red"
    if report.outcome == "passed" or not report.findings:
        return ".", "green"
    worst = min(SEVERITIES.index(f.severity or "error") for f in report.findings)
    return {0: ("F", "bold red"), 1: ("W", "yellow"), 2: ("i", "cyan")}[worst]


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"
