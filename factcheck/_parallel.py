"""Checking stories on several cores: worker processes started once, each with its own plugin manager.

Each worker rebuilds the run's configuration from the same command line and
the same working directory, collects the same rules, then checks the stories
it is sent; results come back in story order, so the output does not depend
on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from ._model import Story
from ._story import StoryChecker, StoryResult

_CHECKER: StoryChecker | None = None
_KEEP = False


def workers(option: str | int | None) -> int:
    """The number of worker processes for ``-j``: a number, or ``auto`` for every core."""
    if option in (None, "", 0, "0", 1, "1"):
        return 1
    if option == "auto":
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return max(1, int(option))


def check_in_workers(stories: Iterable[Story], jobs: int, args: list[str], keep_analysis: bool) -> Iterator[StoryResult]:
    """Results of ``stories`` checked by ``jobs`` worker processes, in the order of ``stories``."""
    context = multiprocessing.get_context("spawn")
    initargs = (list(args), os.getcwd(), list(sys.path), keep_analysis)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start, initargs=initargs) as pool:
        try:
            yield from pool.map(_check, stories, chunksize=1)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _start(args: list[str], cwd: str, path: list[str], keep_analysis: bool) -> None:
    """Set up one worker: the same folder, import path, plugins, configuration and rules as the main process."""
    global _CHECKER, _KEEP
    os.chdir(cwd)
    sys.path[:] = path
    from .cli import configure
    from ._session import Session

    config = configure(args)
    session = Session(config)
    session.collect_rules(report_errors=False)
    _CHECKER = StoryChecker(config, session.rules)
    _KEEP = keep_analysis


def _check(story: Story) -> StoryResult:
    assert _CHECKER is not None, "worker not started"
    return _CHECKER.check(story, keep_analysis=_KEEP)
