"""Checking stories on a Dask cluster (``-j dask``, ``-j dask://HOST:PORT``): the same plugins on every worker.

Dask schedules; factcheck only sends stories and reads results back in story
order. Every worker process receives the run's configuration with its first
story, loads and configures the same plugins through the same
entry points, collects the same rules, and keeps that checker for the next
stories of the run. A few stories per worker are in flight at a time, so the
driver's memory stays flat however many stories there are. A story whose
worker dies is given to another one by Dask; a story that fails again is
reported as an error of that story, and the rest of the run goes on.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import threading
from collections import deque
from typing import Any, Callable, Iterable, Iterator

from ._config import Config
from ._errors import UsageError
from ._model import InputError, Story
from ._startup import restart_checker
from ._story import StoryChecker, StoryResult
from ._timeout import make_disposable

#: Stories sent ahead per worker thread: enough to keep it busy, few enough to bound the driver's memory.
IN_FLIGHT_PER_WORKER = 4
#: How many times Dask runs a story's task again after it raised (a worker that dies is Dask's
#: ``distributed.scheduler.allowed-failures``, 3 by default).
RETRIES = 2
#: How many times a story whose task failed anyway is given to the cluster again.
RESUBMITS = 2
#: Tasks a local cluster's scheduler hands each worker thread at once: one, so that a story that kills its
#: worker takes no other story down with it (Dask counts the death against every task the worker held).
WORKER_SATURATION = 1.0
#: Seconds to wait for a scheduler named on the command line.
CONNECT_TIMEOUT = 20

#: The checker of each run configuration and worker thread, on this worker process (by digest of the pickled
#: setup): a worker with several threads checks several stories at once, each with its own checker.
_CHECKERS: dict[tuple[bytes, int], tuple[StoryChecker, bool]] = {}


def check_on_dask(
    items: Iterable[tuple[Story, StoryResult | None]], scheduler: str, config: Config, keep_analysis: bool
) -> Iterator[tuple[Story, StoryResult, bool]]:
    """``(story, result, checked_now)`` for each ``(story, cached result or None)``, in the order given, the
    stories without a cached result checked on the Dask cluster at ``scheduler`` ("" for a local one)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("-j dask needs Dask's distributed scheduler: pip install 'factcheck-news[dask]'") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"-j dask://{scheduler.removeprefix('tcp://')}: cannot reach a Dask scheduler there ({exc})") from None
    else:
        import dask

        with dask.config.set({"distributed.scheduler.worker-saturation": WORKER_SATURATION}):
            cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=":0", silence_logs=40)
        client = Client(cluster, set_as_default=False)
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise UsageError(f"-j dask: no Dask worker joined the scheduler at {scheduler or 'localhost'} within {CONNECT_TIMEOUT} s") from None
        setup = pickle.dumps((config, os.getcwd(), list(sys.path), keep_analysis, os.getpid()))

        def submit(story: Story) -> Any:
            # The setup goes with each task (a few kilobytes), not scattered: data held by workers is lost
            # with them, and every task that needs it would be cancelled.
            return client.submit(_check, setup, story, retries=RETRIES, pure=False)

        threads = max(1, sum(client.nthreads().values()))
        window: deque[tuple[Story, StoryResult | None, Any]] = deque()
        for story, hit in items:
            window.append((story, hit, None if hit is not None else submit(story)))
            while len(window) > IN_FLIGHT_PER_WORKER * threads:
                yield _settle(*window.popleft(), submit)
        while window:
            yield _settle(*window.popleft(), submit)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _settle(story: Story, hit: StoryResult | None, future: Any, submit: Callable[[Story], Any]) -> tuple[Story, StoryResult, bool]:
    """The result of one story, cached or checked; a story whose task failed is given again, RESUBMITS times.

    Dask gives a task whose worker died to another worker, but a task that was only waiting on a worker
    that died counts that death too: a story that kills every worker it is given to can fail the stories
    that waited beside it. Those are given again here, and succeed; the culprit fails every time.
    """
    if future is None:
        assert hit is not None
        return story, hit, False
    for attempt in range(RESUBMITS + 1):
        try:
            return story, future.result(), True
        except Exception as exc:  # KilledWorker, or an error Dask could not retry away
            failure = exc
            if attempt < RESUBMITS:
                future = submit(story)
    message = f"not checked: it failed on the Dask cluster {RESUBMITS + 1} times ({type(failure).__name__}: {failure})"
    return story, StoryResult(story.id, errors=(InputError(story.id, message, "plugin"),)), True


def _check(setup: bytes, story: Story) -> StoryResult:
    """(On a Dask worker.) Check one story with the run's plugins and rules, set up on this worker's first story."""
    key = (hashlib.blake2b(setup, digest_size=16).digest(), threading.get_ident())
    found = _CHECKERS.get(key)
    if found is None:
        for old in [k for k in _CHECKERS if k[1] == key[1]]:  # a long-lived worker keeps one run's setup per thread
            del _CHECKERS[old]
        found = _CHECKERS[key] = _start(setup)
    checker, keep = found
    return checker.check(story, keep_analysis=keep)


def _start(setup: bytes) -> tuple[StoryChecker, bool]:
    config, cwd, path, keep, driver = pickle.loads(setup)
    if os.getpid() != driver:  # a worker process of its own, which the cluster replaces if it ends
        make_disposable()
    if os.path.isdir(cwd):  # a worker on another machine may not have the folder: plugins then load as installed
        os.chdir(cwd)
    sys.path[:0] = [p for p in path if p not in sys.path and os.path.isdir(p)]
    return restart_checker(config), keep
