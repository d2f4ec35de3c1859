"""Plugin code runs inside a fence: what it prints is kept apart from the run's output, and an exit
(``sys.exit``, ``os._exit``) or an interrupt it raises is that plugin's failure, never the end of the run.

A machine format on standard output stays valid whatever a rule prints, and a
``sys.exit(0)`` in a rule cannot end a run green. A real interrupt (Ctrl-C,
SIGTERM, SIGHUP) is told apart from a plugin raising ``KeyboardInterrupt`` by
the signal handler of :func:`stop_signals`, which notes that the signal came.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import threading
import traceback
from typing import Iterator, NoReturn

#: Signals that stop a run the way Ctrl-C does (where the platform has them).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))

_received: list[int] = []


class PluginExit(Exception):
    """Plugin code raised SystemExit, called ``os._exit``, or raised KeyboardInterrupt when no interrupt came."""


class _HardExit(SystemExit):
    """``os._exit`` called by plugin code inside the fence (it would end the process with no report)."""


def stop_requested() -> str | None:
    """The name of the stop signal this process received, if any."""
    return signal.Signals(_received[0]).name if _received else None


@contextlib.contextmanager
def stop_signals() -> Iterator[None]:
    """While the block runs, SIGINT, SIGTERM and SIGHUP raise KeyboardInterrupt (noted as real),
    so that the run stops its workers and reports; the previous handlers come back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        _received.append(signum)
        raise KeyboardInterrupt

    _received.clear()
    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def fence(captured: list[str] | None = None) -> Iterator[None]:
    """Run plugin code: its stdout and stderr go to ``captured`` (one string, when it wrote anything), and
    SystemExit or an interrupt that no signal caused become :class:`PluginExit`."""
    buffer = io.StringIO()
    real_exit, owner = os._exit, os.getpid()

    def refused_exit(status: int) -> NoReturn:
        if os.getpid() != owner:  # a process the plugin started ends as it asks
            real_exit(status)
        raise _HardExit(status)

    os._exit = refused_exit
    try:
        with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
            yield
    except _HardExit as exc:
        raise PluginExit(f"called os._exit({exc.code!r}): plugin code cannot end the run") from exc
    except SystemExit as exc:
        raise PluginExit(f"called sys.exit({exc.code!r}): plugin code cannot end the run") from exc
    except KeyboardInterrupt as exc:
        if _received:
            raise
        raise PluginExit("raised KeyboardInterrupt with no interrupt: plugin code cannot end the run") from exc
    finally:
        os._exit = real_exit
        if captured is not None and buffer.getvalue():
            captured.append(buffer.getvalue())


def plugin_failure(what: str, exc: BaseException) -> str:
    """The error message of a plugin that raised: what raised, and its traceback (for an exit, where it exited)."""
    shown = exc.__cause__ if isinstance(exc, PluginExit) and exc.__cause__ is not None else exc
    detail = "".join(traceback.format_exception(type(shown), shown, shown.__traceback__))
    return f"{what} raised {type(exc).__name__}: {exc}\n{detail}"
