"""A time limit on plugin code (rules, extractors) so that one that hangs cannot stall the run."""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

#: Default limit for one rule item or one extractor call, in seconds (``--time-limit``).
DEFAULT_SECONDS = 60.0


class TimeLimitExceeded(BaseException):
    """Raised inside plugin code that ran past its limit.

    A BaseException, like KeyboardInterrupt, so that a plugin's own
    ``except Exception`` cannot swallow it.
    """


@contextlib.contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (none: no limit).

    Uses SIGALRM, so it works in the main thread on Unix and is a no-op
    elsewhere; pure-Python loops are interrupted, a long call inside a C
    extension only when it returns.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(f"{what} ran past its time limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
