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
import time
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
#: Seconds to wait for a scheduler named on the command line (and for a lost one to come back).
CONNECT_TIMEOUT = 20
#: Seconds a cluster may have no worker at all before the stories still waiting are reported as not checked.
WORKERLESS_TIMEOUT = 120
#: Seconds between two looks at the cluster while the driver waits for a story.
POLL = 1.0
#: Why the stories left are not checked when the driver has lost its scheduler for good.
SCHEDULER_LOST = "the connection to the Dask scheduler was lost"

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
            try:
                return client.submit(_check, setup, story, retries=RETRIES, pure=False)
            except Exception as exc:  # a client that lost its scheduler for good refuses new tasks
                return _Stuck(f"{SCHEDULER_LOST} ({type(exc).__name__})")

        threads = max(1, sum(client.nthreads().values()))
        watch = _Watch(client)
        window: deque[tuple[Story, StoryResult | None, Any]] = deque()
        for story, hit in items:
            window.append((story, hit, None if hit is not None else submit(story)))
            while len(window) > IN_FLIGHT_PER_WORKER * threads:
                yield _settle(*window.popleft(), submit, watch)
        while window:
            yield _settle(*window.popleft(), submit, watch)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _Stuck(Exception):
    """The cluster cannot check the story: no worker for too long, or no scheduler."""


class _Watch:
    """Whether the cluster can still check stories, so that a run never waits forever on one that cannot.

    Dask keeps a task waiting while the cluster has no worker (a worker may join later), and a client
    that lost its scheduler leaves the tasks submitted after that pending for good.
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self.workerless_since: float | None = None

    def result(self, future: Any) -> StoryResult:
        """The future's result once Dask has it; ``_Stuck`` saying why when the cluster cannot give it."""
        if isinstance(future, _Stuck):  # never submitted
            raise future
        while True:
            if self.workerless_since is not None and (reason := self.cannot_work()):
                raise _Stuck(reason)
            try:
                return future.result(timeout=POLL)
            except TimeoutError:
                if future.done():  # the task's own error
                    raise
                if reason := self.cannot_work():
                    raise _Stuck(reason) from None

    def cannot_work(self) -> str:
        """Why the cluster cannot check stories now ("" while it can)."""
        if self.client.status not in ("running", "connecting"):
            return SCHEDULER_LOST
        try:
            workers = self.client.nthreads()
        except Exception:  # the scheduler is gone; the client tries to reconnect for CONNECT_TIMEOUT seconds
            return ""
        if workers:
            self.workerless_since = None
            return ""
        now = time.monotonic()
        if self.workerless_since is None:
            self.workerless_since = now
        if now - self.workerless_since >= WORKERLESS_TIMEOUT:
            return f"the Dask cluster had no worker for {WORKERLESS_TIMEOUT} s"
        return ""


def _settle(
    story: Story, hit: StoryResult | None, future: Any, submit: Callable[[Story], Any], watch: _Watch
) -> tuple[Story, StoryResult, bool]:
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
            return story, watch.result(future), True
        except _Stuck as stuck:
            return story, _not_checked(story, str(stuck)), True
        except Exception as exc:  # KilledWorker, a task cancelled with its scheduler, or an error Dask could not retry away
            failure = exc
            if attempt < RESUBMITS:
                if reason := watch.cannot_work():
                    return story, _not_checked(story, reason), True
                future = submit(story)
    return story, _not_checked(story, f"it failed on the Dask cluster {RESUBMITS + 1} times ({type(failure).__name__}: {failure})"), True


def _not_checked(story: Story, reason: str) -> StoryResult:
    return StoryResult(story.id, errors=(InputError(story.id, f"not checked: {reason}", "plugin"),))


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
