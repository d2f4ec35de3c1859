"""Checking stories on several cores: worker processes started once, each with its own plugin manager.

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
from typing import Iterable, Iterator

from ._config import Config
from ._model import Story
from ._startup import restart_checker
from ._story import StoryChecker, StoryResult

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
    many stories there are.
    """
    context = multiprocessing.get_context("spawn")
    initargs = (config, os.getcwd(), list(sys.path), keep_analysis)
    window: deque[tuple[Story, StoryResult | None, Future[StoryResult] | None]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start, initargs=initargs) as pool:
        try:
            for story, hit in items:
                window.append((story, hit, None if hit is not None else pool.submit(_check, story)))
                while len(window) > IN_FLIGHT_PER_WORKER * jobs:
                    yield _settle(window.popleft())
            while window:
                yield _settle(window.popleft())
        except BaseException:
            # an interrupt or SIGTERM: the workers end with the run, whatever they were doing
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=5)
            raise


def _settle(entry: tuple[Story, StoryResult | None, Future[StoryResult] | None]) -> tuple[Story, StoryResult, bool]:
    story, hit, future = entry
    if future is None:
        assert hit is not None
        return story, hit, False
    return story, future.result(), True


def _start(config: Config, cwd: str, path: list[str], keep_analysis: bool) -> None:
    """Set up one worker: the same folder, import path, plugins, configuration and rules as the main process."""
    global _CHECKER, _KEEP
    for name in ("SIGINT", "SIGHUP"):  # the main process stops the run and ends the workers (SIGTERM)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    os.chdir(cwd)
    sys.path[:] = path
    _CHECKER = restart_checker(config)
    _KEEP = keep_analysis


def _check(story: Story) -> StoryResult:
    assert _CHECKER is not None, "worker not started"
    return _CHECKER.check(story, keep_analysis=_KEEP)
