"""The run: with ``_story`` the only modules that know the order of the stages. No domain logic.

find files -> load -> metadata -> group into stories -> collect rules ->
for each story (``_story``, here or in workers, or from the cache):
segment -> extract -> align -> run rules; then report, in story order.
"""

from __future__ import annotations

import enum
import fnmatch
import os
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from ._cache import StoryCache, cache_dir
from ._checked import CheckedStories
from ._collect import collect_rules
from ._config import ACCEPT_FINDINGS, KEEP_ANALYSIS, OWN_FILES, Config, dask_scheduler, workers
from ._errors import UsageError
from ._model import SEVERITIES, InputError, Rule, RuleReport, Story, Version, VersionGroup
from ._dask import check_on_dask
from ._parallel import LooseRead, check_in_workers, read_in_workers
from ._reading import MAX_FILE_MB, STDIN, FileReader, digest  # noqa: F401  (MAX_FILE_MB: the CLI's default)
from ._story import Analysis, StoryChecker, StoryResult

#: The story folder given to a link that leads back into a folder already visited.


#: Loose files from which ``-j N`` reads and sketches them in worker processes (starting them costs a second).
READ_IN_WORKERS_FROM = 64


class Skipped(str):
    """In place of a story folder in :func:`_discover`: the path is not read, and this says why."""

    #: How the report counts it: unreadable input.
    kind = "input"


#: In place of a story folder in :func:`_discover`: one of the project's own files, left out without a word.
_OWN = Skipped("the project's own file")


class Duplicate(Skipped):
    """The same file reached a second time (named twice, or through a link): it is read once, with a note."""

    kind = "note"



class ExitCode(enum.IntEnum):
    """Exit statuses, as pytest's."""

    #: No finding at or above ``--fail-on``.
    OK = 0
    #: Findings at or above ``--fail-on``.
    FINDINGS = 1
    #: Interrupted by the user.
    INTERRUPTED = 2
    #: A file could not be read, or a plugin or rule failed.
    INTERNAL_ERROR = 3
    #: Bad command line or configuration.
    USAGE_ERROR = 4
    #: No story found.
    NO_STORIES = 5


class Session:
    """One run over the paths given on the command line."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.hook = config.pluginmanager.hook
        #: The stories checked so far, in order; the texts reports quote wait on disk, the others are dropped.
        self.stories = CheckedStories()
        #: Every version read, in the order files were found (``--claims`` only).
        self.versions: list[Version] = []
        #: The stories to check, by id: ready (loose files, grouped) or the files of a story folder.
        self.plan: list[tuple[str, Story | list[tuple[str, Path]]]] = []
        #: Loose versions whose text was let go once sketched for grouping: where to read each again, and a
        #: digest of the text first read.
        self._shelved: dict[str, tuple[str, Path, bytes]] = {}
        #: The rules that run (after ``--select``/``--ignore``), and every valid rule.
        self.rules: list[Rule] = []
        self.all_rules: list[Rule] = []
        #: Reports of the items that found something or failed (``factcheck_report`` sees every one).
        self.reports: list[RuleReport] = []
        #: How many items ran.
        self.item_count = 0
        #: ``-k`` matched no item of any story: nothing was checked (exit status 5).
        self.deselected_all = False
        self.errors: list[InputError] = []
        #: The documents and claims of each story, by story id (kept for reporters such as ``--claims``).
        self.analysis: dict[str, Analysis] = {}
        #: The paths given on the command line.
        self.paths: list[str] = []
        #: The story cache of this run, if any (``cache.hits`` / ``cache.misses``).
        self.cache: StoryCache | None = None
        self.interrupted = False
        self.started = time.time()
        self.duration = 0.0
        self.exitstatus: int = ExitCode.OK
        self.reader = FileReader(config, self.record_error)

    # -- stages ------------------------------------------------------------

    def collect_stories(self, paths: list[str]) -> None:
        """Find the files under ``paths`` and plan the stories.

        Loose files are read now, to be grouped, and keep only a sketch of their
        text meanwhile; the files of a story folder are loaded only when that
        story is checked, one story at a time, so that memory stays bounded by
        the largest story.
        """
        self.paths = list(paths)
        loose: dict[str, list[tuple[Version, Any]]] = {}
        folders: dict[str, list[tuple[str, Path]]] = {}
        read = 0
        found = list(self._discovered(paths))
        in_workers = self._read_in_workers([(display, path) for display, path, group in found if group is None and display != STDIN])
        try:
            for display, path, group in found:
                if isinstance(group, Skipped):
                    self.record_error(display, str(group), kind=group.kind)
                elif group is None:
                    entries = self._sketched(path, display) if in_workers is None or display == STDIN else self._replayed(next(in_workers))
                    loose.setdefault(os.path.dirname(display) or ".", []).extend(entries)
                    read += 1
                    self.hook.factcheck_loose_file_read(path=display, count=read)
                else:
                    folders.setdefault(group, []).append((display, path))
        finally:
            if in_workers is not None:
                in_workers.close()  # its workers end with the reading
        plan: list[tuple[str, Story | list[tuple[str, Path]]]] = list(folders.items())
        for folder, entries in sorted(loose.items()):
            entries.sort(key=lambda entry: entry[0].path)
            plan.extend((story.id, story) for story in self._group(folder, [v for v, _ in entries], [s for _, s in entries]))
        self.plan = sorted(plan, key=lambda entry: entry[0])

    def _discovered(self, paths: list[str]) -> Iterator[tuple[str, Path, str | None]]:
        """:func:`_discover`, less the project's own files (its ``pyproject.toml``, a baseline, the report being
        written) and what ``include``/``exclude`` of ``[tool.factcheck]`` leave out."""
        config = self.config
        own = {os.path.realpath(f) for f in [config.settings_path, config.option.output, *config.stash.get(OWN_FILES, ())] if f}
        include, exclude = config.settings.get("include", []), config.settings.get("exclude", [])
        for display, path, group in _discover(paths, own):
            if (include or exclude) and display != STDIN and not isinstance(group, Skipped):
                if not _selected(path, config.root, include, exclude):
                    continue
            yield display, path, group

    def collect_versions(self, paths: list[str]) -> None:
        """Load every file as its own story, in the order found (``--claims`` needs no grouping)."""
        self.paths = list(paths)
        for display, path, group in self._discovered(paths):
            if isinstance(group, Skipped):
                self.record_error(display, str(group), kind=group.kind)
                continue
            for version in self.reader.load(path, display):
                self.versions.append(version)
                self.plan.append((version.path, Story(version.path, (version,), "single file")))

    @property
    def planned(self) -> tuple[int, int]:
        """``(stories, versions)`` the run is about to check (files, for folders not read yet)."""
        return len(self.plan), sum(len(item.versions) if isinstance(item, Story) else len(item) for _, item in self.plan)

    def _planned_stories(self) -> Iterator[Story]:
        """The planned stories, each loaded when its turn comes."""
        for story_id, item in self.plan:
            if isinstance(item, Story):
                story = self._unshelved(item)
                if story.versions:
                    yield story
                continue
            versions = [v for display, path in item for v in self.reader.load(path, display)]
            if versions:
                yield Story(story_id, tuple(sorted(versions, key=lambda v: v.path)), "folder")

    def _read_in_workers(self, files: list[tuple[str, Path]]) -> Iterator[LooseRead] | None:
        """The readings of many loose files by ``-j N`` worker processes (:func:`read_in_workers`), in order;
        None when they are read here: one core, a Dask run (its workers check stories), or too few files
        to pay for starting the workers."""
        jobs = workers(self.config.getoption("jobs"))
        if jobs < 2 or len(files) < READ_IN_WORKERS_FROM or dask_scheduler(self.config.getoption("jobs")) is not None:
            return None
        return read_in_workers(files, jobs, self.config, self.reader)

    def _replayed(self, reading: LooseRead) -> list[tuple[Version, Any]]:
        """A worker's reading of a loose file, its problems recorded here in the order they were met."""
        entries, shelf, problems = reading
        for path, message, kind in problems:
            self.record_error(path, message, kind=kind)
        self._shelved.update(shelf)
        return entries

    def _sketched(self, path: Path, display: str) -> list[tuple[Version, Any]]:
        """A loose file's versions with their sketches (:meth:`FileReader.sketched`); the texts let go are shelved."""
        entries, shelf = self.reader.sketched(path, display)
        self._shelved.update(shelf)
        return entries

    def _unshelved(self, story: Story) -> Story:
        """``story`` with the texts its versions let go while their folder was grouped, read again."""
        if not any(v.path in self._shelved for v in story.versions):
            return story
        versions = []
        for version in story.versions:
            where = self._shelved.pop(version.path, None)
            if where is None:
                versions.append(version)
                continue
            display, path, first = where
            errors = len(self.errors)
            again = [v for v in self.reader.loaded(path, display, again=True) if v.path == version.path]
            if again and digest(again[0].text) == first:  # its metadata was found on the first reading
                versions.append(version.replace(text=again[0].text, body_start=again[0].body_start))
            elif len(self.errors) == errors:  # (a file that can no longer be read has said so)
                self.record_error(display, "changed or removed while the run was reading its folder: not checked")
        return Story(story.id, tuple(versions), story.grouped_by)

    def _group(self, folder: str, versions: list[Version], sketches: list[Any]) -> list[Story]:
        if self.config.getoption("one_story"):
            groups = _declared(versions)
        else:
            given = sketches if any(s is not None for s in sketches) else None
            groups = self.reader.call("factcheck_group_versions", folder, versions=versions, config=self.config, sketches=given)
        if groups is None:
            groups = [[v] for v in versions]
        stories = []
        used: set[str] = set()
        for found in groups:
            group = VersionGroup(sorted(found, key=lambda v: v.path), getattr(found, "reason", None))
            stem = os.path.splitext(os.path.basename(group[0].path))[0]
            story_id = _unique_id(f"{folder.rstrip('/')}/{stem}" if folder != "." else stem, used)
            how = getattr(group, "reason", None) or ("story key" if group[0].story_key else ("similarity" if len(group) > 1 else "single file"))
            stories.append(Story(story_id, tuple(group), how))
        return stories

    def collect_rules(self) -> None:
        """Ask every plugin for its rules; report invalid ones and duplicate codes; apply --select/--ignore."""
        #: Every valid rule, selected or not (``--list-rules`` shows them all).
        self.all_rules, self.rules = collect_rules(self.config, self.record_error)

    def run(self, run_rules: bool = True) -> None:
        """Check each story (from the cache, here or in worker processes) and report it, in story order."""
        self.hook.factcheck_sessionstart(session=self)
        for story, result in self._results(run_rules):
            self.hook.factcheck_story_start(story=story)
            self._record(result.errors)
            for report in result.reports:
                self.item_count += 1
                if report.findings or report.outcome == "error" or report.captured or report.accepted:
                    self.reports.append(report)  # passed items are only counted: memory stays bounded
                self.hook.factcheck_report(report=report)
            if result.analysis is not None:
                self.analysis[story.id] = result.analysis
            self.hook.factcheck_story_finish(story=story, reports=list(result.reports), facts=list(result.facts), unaligned=list(result.unaligned))
            self.stories.append(story, keep=_quoted(story, result), in_memory=self.keep_analysis)
        keyword = self.config.getoption("keyword")
        if run_rules and keyword and self.stories and self.item_count == 0:
            self.deselected_all = True
            self.record_error("-k", f"no item matches -k {keyword!r}: nothing was checked", kind="note")

    def _results(self, run_rules: bool) -> Iterator[tuple[Story, StoryResult]]:
        """``(story, result)`` in story order: cached results read, the others checked here or by workers, then cached."""
        keep = self.keep_analysis
        folder = cache_dir(self.config, self.paths)
        cache = StoryCache(folder, self.config, self.rules, {"rules": run_rules, "keep": keep}) if folder else None
        self.cache = cache
        looked_up = ((story, cache.get(story) if cache else None) for story in self._planned_stories())
        jobs = workers(self.config.getoption("jobs"))
        scheduler = dask_scheduler(self.config.getoption("jobs"))
        if scheduler is not None and run_rules and self.plan:
            checked = check_on_dask(looked_up, scheduler, self.config, keep)
        elif jobs > 1 and run_rules and len(self.plan) > 1:
            checked = check_in_workers(looked_up, min(jobs, len(self.plan)), self.config, keep)
        else:
            checker = StoryChecker(self.config, self.rules)
            checked = ((s, hit, False) if hit else (s, checker.check(s, run_rules, keep), True) for s, hit in looked_up)
        for story, result, fresh in checked:
            if fresh and cache is not None and not result.errors and not any(r.outcome == "error" for r in result.reports):
                cache.put(story, result)
            yield story, result

    @property
    def keep_analysis(self) -> bool:
        """Documents and claims are kept only for the reporters that show them (``--claims``, HTML)."""
        return bool(self.config.option.claims or self.config.stash.get(KEEP_ANALYSIS))

    def _record(self, errors: Iterable[InputError]) -> None:
        for error in errors:
            self.record_error(error.path, error.message, kind=error.kind)

    def record_error(self, path: str, message: str, kind: str = "input") -> list[Version]:
        error = InputError(path, message, kind)
        self.errors.append(error)
        self.hook.factcheck_input_error(error=error)
        return []

    @property
    def findings(self) -> list[Any]:
        """Every finding, sorted by story, severity, rule and position."""
        found = [f for r in self.reports for f in r.findings]
        return sorted(found, key=lambda f: (f.story or "", SEVERITIES.index(f.severity or "error"), f.code or "", [(c.version, c.start) for c in f.claims], f.message))

    def compute_exitstatus(self) -> ExitCode:
        """Like pytest: errors over findings over a clean run; nothing found is 5."""
        if self.interrupted:
            return ExitCode.INTERRUPTED
        if any(e.kind != "note" for e in self.errors) or any(r.outcome == "error" for r in self.reports):
            return ExitCode.INTERNAL_ERROR
        if not self.stories:
            return ExitCode.NO_STORIES
        if self.deselected_all:
            return ExitCode.NO_STORIES  # as pytest's "no tests ran": a -k that matches nothing checked nothing
        threshold = SEVERITIES.index(self.config.fail_on)
        accepted = self.config.stash.get(ACCEPT_FINDINGS)  # a baseline being written records them
        if not accepted and any(SEVERITIES.index(f.severity) <= threshold for f in self.findings):
            return ExitCode.FINDINGS
        if self.config.getoption("fail_on_alone") and self.alone:
            return ExitCode.FINDINGS
        return ExitCode.OK

    @property
    def alone(self) -> int:
        """How many versions were compared with nothing: the only version of their story."""
        return sum(1 for story in self.stories if len(story.versions) == 1)


def _declared(versions: list[Version]) -> list[VersionGroup]:
    """``--one-story``: the loose files of a folder are one story; files with a story key still follow their key."""
    keyed: dict[str | None, list[Version]] = {}
    for version in versions:
        keyed.setdefault(version.story_key, []).append(version)
    return [VersionGroup(group, "story key" if key else "declared (one story)") for key, group in keyed.items()]


def _discover(paths: list[str], own: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, Path, str | None]]:
    """``(display path, path, story folder or None for loose files)`` for every file under ``paths``.

    Files given on the command line and files lying loose at the top of a folder
    argument are loose; every sub-folder that holds files is one story. Linked
    folders are followed once: a link back into a folder already visited is skipped.
    A folder that cannot be listed, and a link that leads out of the folder
    argument, are :class:`Skipped` with the reason, never passed over in silence;
    a file reached twice (named twice, or a link to a file already found) is a
    :class:`Duplicate`, read once. Files whose real path is in ``own`` (the
    project's own files) are left out.
    """
    found: list[tuple[str, Path, str | None]] = []
    identity: dict[int, str] = {}  # index in found -> the file's real path
    for arg in paths:
        path = Path(arg)
        if arg == STDIN:
            found.append((STDIN, path, None))
            continue
        if not path.exists():
            raise UsageError(f"{arg}: no such file or folder" + (" (a broken link)" if path.is_symlink() else ""))
        if not path.is_dir():
            identity[len(found)] = os.path.realpath(path)
            found.append((arg, path, None))
            continue
        top = os.path.realpath(path)
        seen = {top}

        def unreadable(error: OSError) -> None:
            found.append((str(error.filename), Path(str(error.filename)), Skipped(f"cannot read folder: {error.strerror or error}")))

        for root, dirs, files in os.walk(path, followlinks=True, onerror=unreadable):
            keep = []
            for name in sorted(d for d in dirs if not d.startswith((".", "__"))):
                real = os.path.realpath(os.path.join(root, name))
                if real in seen:
                    found.append((os.path.join(root, name), Path(root) / name, Skipped("a link back into a folder already visited (a loop): not followed")))
                elif _outside(real, top):
                    found.append((os.path.join(root, name), Path(root) / name, Skipped(f"a link to {real}, outside {arg}: not followed")))
                else:
                    seen.add(real)
                    keep.append(name)
            dirs[:] = keep
            rel = os.path.relpath(root, path)
            display_root = arg if rel == "." else os.path.join(arg, rel)
            real_root = os.path.realpath(root)
            for name in sorted(files):
                if name.startswith("."):
                    continue
                display = os.path.join(display_root, name)
                full = os.path.join(root, name)
                real = os.path.realpath(full) if os.path.islink(full) else None  # only a link can leave the folders walked
                if real is not None and _outside(real, top) and os.path.exists(real):
                    found.append((display, Path(root) / name, Skipped(f"a link to {real}, outside {arg}: not read")))
                    continue
                identity[len(found)] = real or os.path.join(real_root, name)
                found.append((display, Path(root) / name, None if rel == "." else display_root))
    first: dict[str, str] = {}
    for index, real in identity.items():
        if real in own:
            found[index] = (found[index][0], found[index][1], _OWN)
        elif real in first:
            found[index] = (found[index][0], found[index][1], Duplicate(f"the same file as {_shown(first[real])}: read once"))
        else:
            first[real] = found[index][0]
    return [(_shown(display), path, group) for display, path, group in found if group is not _OWN]


def _selected(path: Path, root: Path, include: list[str], exclude: list[str]) -> bool:
    """Whether ``include``/``exclude`` globs keep a file: each is matched against its path relative to the
    project's root ("corpus/drafts/*"), and one with no "/" against its name too ("*.html")."""
    relative = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatchcase(relative, pattern) or "/" not in pattern and fnmatch.fnmatchcase(path.name, pattern)

    return (not include or any(map(matches, include))) and not any(map(matches, exclude))


def _shown(path: str) -> str:
    """A path as reports show it: a name that is not UTF-8 ("caf\\xe9.txt") with its bytes escaped,
    never as the lone surrogates Python reads it with (no report could write those)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _outside(real: str, top: str) -> bool:
    return os.path.commonpath([real, top]) != top


def _quoted(story: Story, result: StoryResult) -> set[str]:
    """The versions whose texts reporters may still quote: those findings cite.

    Texts extracted from HTML are kept too (the JSON report gives them).
    """
    cited = {c.version for r in result.reports for f in r.findings for c in f.claims}
    cited |= {p for r in result.reports for f in r.findings for p in f.versions}
    return cited | {v.path for v in story.versions if v.extracted_from == "html"}


def _unique_id(candidate: str, used: set[str]) -> str:
    story_id, n = candidate, 1
    while story_id in used:
        n += 1
        story_id = f"{candidate}~{n}"
    used.add(story_id)
    return story_id


