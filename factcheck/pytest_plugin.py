"""The pytest plugin: ``pytest --factcheck corpus/`` checks stories as test items.

Installing factcheck registers this module under pytest's ``pytest11`` entry
point. Without ``--factcheck`` it does nothing: every hook returns at once and
nothing of factcheck's engine is imported (only the package's facade). With it,
each path argument of pytest is a corpus: factcheck runs once over all of them
(as ``factcheck PATH…`` would, with the ``[tool.factcheck]`` settings of the
working directory), then every story becomes a collector and every rule an
item of it::

    corpus/000_ce85fb04032088a1::FC201 check_event_dates_agree

An item fails, with the terminal report's text, when the rule's findings on the
story reach ``--factcheck-fail-on`` (default: ``fail_on`` of the settings, else
error); findings below it are shown in the item's report section. A rule that
raised fails its item with the traceback, and an input factcheck could not use
fails an item of its own. ``--junitxml`` carries all of them as usual.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping

import pytest

from factcheck._markers import hookimpl

if TYPE_CHECKING:
    from factcheck import Config as FactcheckConfig
    from factcheck import InputError, Rule, RuleReport, Story, Version
    from factcheck._session import Session

#: The resolved corpus paths of a ``--factcheck`` run (absent without the option).
ROOTS = pytest.StashKey["list[Path]"]()
#: The finished factcheck run, made on first collection.
RUN = pytest.StashKey["FactcheckRun"]()
#: The ``--format`` the factcheck run is configured with: no reporter writes it, the items report instead.
FORMAT = "pytest"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: contradictions between versions of news stories")
    group.addoption("--factcheck", action="store_true", default=False, help="check the stories under the path arguments with factcheck: one item per story and rule")
    group.addoption("--factcheck-fail-on", dest="factcheck_fail_on", choices=("error", "warning", "info"), default=None, help="lowest severity of finding that fails an item (default: fail_on of [tool.factcheck], else error)")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("factcheck"):
        return
    base = config.invocation_params.dir
    roots = [(base / arg.split("::")[0]).resolve() for arg in config.args]
    config.stash[ROOTS] = [r for r in roots if r.exists() and r.suffix != ".py"]


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    roots = parent.config.stash.get(ROOTS, None)
    if roots is None or path not in roots:
        return None
    return CorpusDir.from_parent(parent, path=path)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    roots = parent.config.stash.get(ROOTS, None)
    if roots is None or file_path not in roots:
        return None
    return CorpusFile.from_parent(parent, path=file_path)


class _Recorder:
    """The factcheck-side observer: keeps the session when the run finishes."""

    session: Session | None = None

    @hookimpl
    def factcheck_sessionfinish(self, session: Session) -> None:
        self.session = session


class FactcheckRun:
    """One factcheck session over every corpus argument, set up and run by the command line's own functions."""

    def __init__(self, config: pytest.Config) -> None:
        self.base = config.invocation_params.dir
        self.paths = [p for p in (arg.split("::")[0] for arg in config.args) if (self.base / p).resolve() in config.stash[ROOTS]]
        self.session = self._run(config.getoption("factcheck_fail_on"))
        self.versions: Mapping[str, Version] = self.session.stories.versions
        self.reports: dict[tuple[str, str], list[RuleReport]] = {}
        for report in self.session.reports:
            self.reports.setdefault((report.story, report.code), []).append(report)

    def _run(self, fail_on: str | None) -> Session:
        from factcheck._config import Config, find_settings
        from factcheck._errors import UsageError
        from factcheck._startup import setup_plugins
        from factcheck.cli import build_parser, run

        recorder = _Recorder()
        try:
            settings, settings_path = find_settings(self.base)
            pm = setup_plugins([], [], settings, settings_path)
            pm.register(recorder, "pytest-items")
            argv = ["--format", FORMAT, *(["--fail-on", fail_on] if fail_on else []), *self.paths]
            fc_config: FactcheckConfig = Config(build_parser(pm).parse_args(argv), settings, settings_path, pm)
            self.fail_on: str = fc_config.fail_on
            self.exitstatus = run(fc_config, self.paths)
        except UsageError as exc:
            raise pytest.UsageError(f"--factcheck: {exc}") from None
        assert recorder.session is not None, "factcheck_sessionfinish was not called"
        return recorder.session

    def root_of(self, path: str, roots: list[Path]) -> Path | None:
        """The corpus argument a version path lies under."""
        from factcheck.report.sarif import file_of

        where = (self.base / file_of(path)).resolve()
        return next((r for r in roots if r == where or r in where.parents), None)

    def nodeid(self, story_id: str, rootpath: Path) -> str:
        """A story's node id: its id as a path relative to pytest's rootdir (``corpus/000_…``)."""
        try:
            return (self.base / story_id).resolve().relative_to(rootpath).as_posix()
        except ValueError:
            return story_id


def factcheck_run(config: pytest.Config) -> FactcheckRun:
    """The run, made once per pytest session, on first need."""
    if RUN not in config.stash:
        config.stash[RUN] = FactcheckRun(config)
    return config.stash[RUN]


class _Corpus(pytest.Collector):
    """A corpus argument (folder or file): collects the stories whose first version lies in it."""

    def collect(self) -> Iterator[pytest.Item | pytest.Collector]:
        fc = factcheck_run(self.config)
        roots = self.config.stash[ROOTS]
        for story in fc.session.stories:
            if fc.root_of(story.versions[0].path, roots) == self.path:
                nodeid = fc.nodeid(story.id, self.config.rootpath)
                yield StoryCollector.from_parent(self, name=nodeid.rpartition("/")[2] or nodeid, nodeid=nodeid, story=story)
        for error in fc.session.errors:  # one that names no file under a corpus (a plugin) goes to the first
            if (fc.root_of(error.path, roots) or roots[0]) == self.path:
                yield InputErrorItem.from_parent(self, name=f"unusable {error.kind}: {error.path}", error=error)


class CorpusDir(_Corpus, pytest.Directory):
    """A folder given to ``pytest --factcheck``."""


class CorpusFile(_Corpus, pytest.File):
    """A file given to ``pytest --factcheck``."""


class StoryCollector(pytest.Collector):
    """A story: one item per collected rule."""

    def __init__(self, *, story: Story, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.story = story

    def collect(self) -> Iterator[pytest.Item]:
        fc = factcheck_run(self.config)
        for rule in fc.session.rules:
            reports = fc.reports.get((self.story.id, rule.code), [])
            yield RuleItem.from_parent(self, name=f"{rule.code} {rule.name}", rule=rule, reports=reports)


class FactcheckFailure(Exception):
    """Findings at or above fail-on, or a rule that raised: the text is the report."""


class RuleItem(pytest.Item):
    """A rule on a story: the reports of all its runs (one per fact, aligned pair or version, or one)."""

    def __init__(self, *, rule: Rule, reports: list[RuleReport], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rule = rule
        self.reports = reports
        self.user_properties.append(("factcheck_findings", str(sum(len(r.findings) for r in reports))))

    def runtest(self) -> None:
        from factcheck.report.junit import findings_text, split_findings

        fc = factcheck_run(self.config)
        failing, passing = split_findings((f for r in self.reports for f in r.findings), fc.fail_on)
        if passing:
            self.add_report_section("call", "factcheck findings below fail-on", findings_text(passing, fc.versions))
        raised = "\n".join(f"{r.nodeid}: the rule raised\n{r.longrepr}" for r in self.reports if r.outcome == "error")
        if raised or failing:
            raise FactcheckFailure("\n\n".join(t for t in (raised, findings_text(failing, fc.versions)) if t))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, FactcheckFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.parent.nodeid}::{self.name}" if self.parent else self.name


class InputErrorItem(pytest.Item):
    """A file, folder or plugin factcheck could not use: fails, as it makes ``factcheck`` exit 3."""

    def __init__(self, *, error: InputError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise FactcheckFailure(f"{self.error.path}: {self.error.message}")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, FactcheckFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, self.nodeid
