"""Checking stories, and reading loose files, on several cores: worker processes started once, each with
its own plugin manager.

Each worker receives the run's configuration (a picklable :class:`Config`),
loads and configures the same plugins in the same working directory, collects
the same rules, then checks the stories it is sent; results come back in
story order, so the output does not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Iterable, Iterator

from ._config import Config
from ._model import InputError, Story, Version
from ._reading import FileReader, Shelf
from ._startup import restart, restart_checker
from ._story import StoryChecker, StoryResult
from ._timeout import make_disposable

#: Stories sent ahead to each worker: enough to keep it busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2

_CHECKER: StoryChecker | None = None
_KEEP = False


def check_in_workers(
    items: Iterable[tuple[Story, StoryResult | None]], jobs: int, config: Config, keep_analysis: bool
) -> Iterator[tuple[Story, StoryResult, bool]]:
    """``(story, result, checked_now)`` for each ``(story, cached result or None)``, in the order given.

    Stories without a cached result go to ``jobs`` worker processes; at most a
    few stories per worker are in flight, so that memory stays bounded however
    many stories there are. A worker that ends mid-story (a plugin that would
    not stop at its time limit, a process killed) breaks the pool: the stories
    in flight are then checked again one at a time in a fresh worker, so that
    the one that ends its worker again is reported and the others are checked.
    """
    workers = _Workers(jobs, (config, os.getcwd(), list(sys.path), keep_analysis))
    window: deque[tuple[Story, StoryResult | None, Future[StoryResult] | None]] = deque()
    try:
        for story, hit in items:
            window.append((story, hit, None if hit is not None else workers.submit(story)))
            while len(window) > IN_FLIGHT_PER_WORKER * jobs:
                yield workers.settle(window)
        while window:
            yield workers.settle(window)
    except BaseException:
        workers.stop()  # an interrupt or SIGTERM: the workers end with the run, whatever they were doing
        raise
    finally:
        workers.close()


class _Workers:
    """A pool of worker processes, replaced when one of them ends mid-story."""

    def __init__(self, jobs: int, initargs: tuple) -> None:
        self.jobs, self.initargs = jobs, initargs
        self.pool = self._pool(jobs)

    def _pool(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start, initargs=self.initargs)

    def submit(self, story: Story) -> Future[StoryResult]:
        return self.pool.submit(_check, story)

    def settle(self, window: deque[tuple[Story, StoryResult | None, Future[StoryResult] | None]]) -> tuple[Story, StoryResult, bool]:
        story, hit, future = window[0]
        if future is None:
            window.popleft()
            assert hit is not None
            return story, hit, False
        try:
            result = future.result()
        except BrokenProcessPool:
            self._recover(window)
            return self.settle(window)
        window.popleft()
        return story, result, True

    def _recover(self, window: deque[tuple[Story, StoryResult | None, Future[StoryResult] | None]]) -> None:
        """Check again, one at a time in a fresh worker, every story in flight when the pool broke."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        alone = self._pool(1)
        for index, (story, hit, future) in enumerate(window):
            if future is None or (future.done() and not future.cancelled() and future.exception() is None):
                continue
            done: Future[StoryResult] = Future()
            try:
                done.set_result(alone.submit(_check, story).result())
            except BrokenProcessPool:
                alone.shutdown(wait=False, cancel_futures=True)
                alone = self._pool(1)
                message = ("not checked: its worker process ended twice while checking it (a plugin that would not stop "
                           "at its time limit, or a process killed)")
                done.set_result(StoryResult(story.id, errors=(InputError(story.id, message, "plugin"),)))
            window[index] = (story, hit, done)
        alone.shutdown()
        self.pool = self._pool(self.jobs)

    def stop(self) -> None:
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)

    def close(self) -> None:
        self.pool.shutdown()


def _start(config: Config, cwd: str, path: list[str], keep_analysis: bool) -> None:
    """Set up one worker: the same folder, import path, plugins, configuration and rules as the main process."""
    global _CHECKER, _KEEP
    for name in ("SIGINT", "SIGHUP"):  # the main process stops the run and ends the workers (SIGTERM)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    os.chdir(cwd)
    sys.path[:] = path
    make_disposable(hard_clock=True)  # one story at a time in its main thread
    _CHECKER = restart_checker(config)
    _KEEP = keep_analysis


def _check(story: Story) -> StoryResult:
    assert _CHECKER is not None, "worker not started"
    return _CHECKER.check(story, keep_analysis=_KEEP)


#: Loose files sent ahead to each reading worker.
READ_AHEAD_PER_WORKER = 8
#: What a worker sends back of one loose file: its versions with their sketches, where to read again the
#: texts let go, and the problems met (path, message, kind), to be recorded in the main process in order.
LooseRead = tuple[list[tuple[Version, Any]], Shelf, list[tuple[str, str, str]]]

_READER: FileReader | None = None


def read_in_workers(files: list[tuple[str, Path]], jobs: int, config: Config, alone: FileReader) -> Iterator[LooseRead]:
    """What :meth:`FileReader.sketched` gives of each ``(display path, path)``, read by ``jobs`` worker
    processes, in the order given: loose files are read, their language found and sketched for grouping
    on every core. A worker that ends (killed, out of memory) leaves the files not yet read to ``alone``,
    the main process's reader, which reads them as ``-j 1`` would."""
    window: deque[tuple[tuple[str, Path], Future[LooseRead]]] = deque()
    pending = iter(files)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_reader, initargs=(config, os.getcwd(), list(sys.path)))
    try:
        for item in pending:
            window.append((item, pool.submit(_read_loose, *item)))
            while len(window) > READ_AHEAD_PER_WORKER * jobs:
                yield _settled(window)
        while window:
            yield _settled(window)
    except BrokenProcessPool:
        for item, _ in window:  # the files in flight, then the rest, here
            yield _read_here(alone, *item)
        for item in pending:
            yield _read_here(alone, *item)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _settled(window: deque[tuple[tuple[str, Path], Future[LooseRead]]]) -> LooseRead:
    """The first file's reading; a pool broken meanwhile is raised, with the file still in the window."""
    found = window[0][1].result()
    window.popleft()
    return found


def _read_here(reader: FileReader, display: str, path: Path) -> LooseRead:
    """One loose file read by ``reader``, what goes wrong kept to be recorded by the main process."""
    problems: list[tuple[str, str, str]] = []
    record, reader.record = reader.record, lambda *problem: problems.append(problem)
    try:
        entries, shelf = reader.sketched(path, display)
    finally:
        reader.record = record
    return entries, shelf, problems


def _start_reader(config: Config, cwd: str, path: list[str]) -> None:
    """Set up one reading worker: the same folder, import path, plugins and configuration as the main process."""
    global _READER
    for name in ("SIGINT", "SIGHUP"):  # the main process stops the run and ends the workers (SIGTERM)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    os.chdir(cwd)
    sys.path[:] = path
    _READER = FileReader(restart(config), lambda *problem: None)


def _read_loose(display: str, path: Path) -> LooseRead:
    assert _READER is not None, "worker not started"
    return _read_here(_READER, display, path)
