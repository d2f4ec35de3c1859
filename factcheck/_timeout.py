"""A time limit on plugin code (rules, extractors, segmenters, aligners) so that one that hangs cannot stall the run.

Two clocks stop a block that runs too long. In the main thread, SIGALRM
interrupts it at its limit, even in a ``time.sleep``. In every thread, a
watchdog thread raises the same exception in the block's thread (CPython's
``PyThreadState_SetAsyncExc``): at the limit off the main thread (Dask runs
stories in worker threads, where there is no alarm), a moment after it in the
main thread (for code that replaced the alarm's handler), and again every
:data:`REPEAT` seconds for code that swallows it. Either way a pure-Python loop
is interrupted; a long call inside a C extension only when it returns. Code
that swallows every raise can only be stopped with its process: after
:data:`HARD_RAISES` more raises the watchdog ends the process. A worker
process (``-j N``, Dask; :func:`make_disposable` marks it) is replaced, and the
run gives the story to another worker or reports it; the run's own process
(``-j 1``) ends with exit status 3 and says why, rather than hang for ever.
A loop inside a C extension holds the interpreter, and no thread of it can
run: a ``-j N`` worker also arms :mod:`faulthandler`, whose own C thread ends
the process a little after the watchdog would have.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import heapq
import itertools
import os
import signal
import sys
import threading
import time
from typing import Iterator

#: Default limit for one rule item or one plugin call, in seconds (``--time-limit``).
DEFAULT_SECONDS = 60.0

#: Seconds between two raises of the watchdog in a block that goes on (it swallowed the last one), and after
#: the alarm in the main thread.
REPEAT = 1.0
#: Raises a block may swallow before the watchdog ends a disposable process (see :func:`make_disposable`).
HARD_RAISES = 5
#: The exit status of a worker process ended by the watchdog.
HARD_EXIT = 70
#: The exit status of the run's own process ended by the watchdog: a plugin failed (as ``ExitCode.INTERNAL_ERROR``).
RUN_EXIT = 3


class TimeLimitExceeded(BaseException):
    """Raised inside plugin code that ran past its limit.

    A BaseException, like KeyboardInterrupt, so that a plugin's own
    ``except Exception`` cannot swallow it.
    """


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (none or 0: no limit) with :class:`TimeLimitExceeded`."""
    if not seconds:
        yield
        return
    main = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    message = f"{what} ran past its time limit of {seconds:g} s"
    # What the cleanup undoes is written down before it is done: a raise may land anywhere from here on.
    state = {"done": False, "previous": signal.getsignal(signal.SIGALRM) if main else None, "token": _WATCHDOG.new_token()}

    def expire(signum: int, frame: object) -> None:
        if not state["done"]:  # an alarm that fires once the block is over raises nothing
            raise TimeLimitExceeded(message)

    try:
        if main:
            signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, seconds)
        _WATCHDOG.watch(state["token"], threading.get_ident(), seconds + (REPEAT if main else 0.0), message)
        if _WATCHDOG.hard_clock:
            faulthandler.dump_traceback_later(seconds + (HARD_RAISES + 2) * REPEAT, exit=True, file=sys.__stderr__)
        yield
    except TimeLimitExceeded as exc:
        if exc.args:
            raise
        raise TimeLimitExceeded(message) from None  # the watchdog's, raised without a message
    finally:
        state["done"] = True
        _disarm(main, state)


def _disarm(main: bool, state: dict) -> None:
    """Stop both clocks of a block that is over. A raise of either may land in the middle (the alarm fired, the
    watchdog raised, a moment before): every step can be done again, so they are done again until all are."""
    while True:
        try:
            if main:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if _WATCHDOG.hard_clock:
                faulthandler.cancel_dump_traceback_later()
            if state["token"] is not None:
                _WATCHDOG.release(state["token"])
                state["token"] = None
            if main and state["previous"] is not None:
                signal.signal(signal.SIGALRM, state["previous"])
                state["previous"] = None
            return
        except TimeLimitExceeded:
            continue


def make_disposable(hard_clock: bool = False) -> None:
    """Mark this process as a worker the run can replace: a block that swallows the limit ends it. With
    ``hard_clock`` (a worker that runs one block at a time), a block stuck in C code ends it too."""
    _WATCHDOG.disposable = True
    _WATCHDOG.hard_clock = hard_clock and sys.__stderr__ is not None


class _Watchdog:
    """One daemon thread that raises :class:`TimeLimitExceeded` in the threads whose blocks ran past their deadline."""

    def __init__(self) -> None:
        # The watched threads take the lock itself, never the condition: a raise landing in the condition's
        # Python code, just after it took the lock, would keep the lock taken for ever (every block then hangs).
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        self.blocks: dict[int, tuple[int, int, str]] = {}  # token -> (thread id, raises so far, message)
        self.deadlines: list[tuple[float, int]] = []  # (deadline, token), a heap; released tokens linger
        self.tokens = itertools.count()
        self.thread: threading.Thread | None = None
        self.disposable = False
        self.hard_clock = False

    def new_token(self) -> int:
        """A token for a block to be watched (see :meth:`watch`); releasing it before is harmless."""
        return next(self.tokens)

    def watch(self, token: int, thread_id: int, seconds: float, message: str = "") -> None:
        with self.lock:
            self.blocks[token] = (thread_id, 0, message)
            heapq.heappush(self.deadlines, (time.monotonic() + seconds, token))
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="factcheck-time-limit", daemon=True)
                self.thread.start()
            elif self.deadlines[0][1] == token:
                self.changed.notify()

    def release(self, token: int) -> None:
        with self.lock:
            thread_id, raised, _ = self.blocks.pop(token, (0, 0, ""))
            if raised:  # a raise may still be pending in this thread: it must not land after the block
                _raise_in(thread_id, None)

    def _run(self) -> None:
        while True:
            with self.changed:
                while self.deadlines and self.deadlines[0][1] not in self.blocks:
                    heapq.heappop(self.deadlines)
                if not self.deadlines:
                    self.changed.wait(REPEAT)  # a notice lost to a raise in ``watch`` costs at most this
                    continue
                deadline, token = self.deadlines[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self.changed.wait(min(wait, REPEAT))
                    continue
                heapq.heappop(self.deadlines)
                thread_id, raised, message = self.blocks[token]
                if raised >= HARD_RAISES:
                    _end_process(message, self.disposable)
                self.blocks[token] = (thread_id, raised + 1, message)
                heapq.heappush(self.deadlines, (time.monotonic() + REPEAT, token))
                _raise_in(thread_id, TimeLimitExceeded)


def _end_process(message: str, worker: bool) -> None:
    """End this process: the only way to stop code that swallows every raise. The process's own stderr
    and ``os._exit`` (plugin code runs with both replaced: see ``_fence``)."""
    if worker:
        said = "this worker process ends; its story is checked again alone, then reported"
    else:
        said = ("it cannot be stopped in the run's own process: the run ends here, unfinished "
                "(with -j 2 or more, only its story would be lost)")
    with contextlib.suppress(Exception):
        sys.__stderr__.write(f"factcheck: {message} and swallowed it {HARD_RAISES} times more: {said}\n")
        sys.__stderr__.flush()
    _EXIT(HARD_EXIT if worker else RUN_EXIT)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in the thread at its next bytecode (None: take back a raise not yet delivered)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None)


_WATCHDOG = _Watchdog()
_EXIT = os._exit
