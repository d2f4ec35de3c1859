"""The time limit stops plugin code in any thread, with the alarm switched off, and when the code swallows it."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from factcheck._timeout import REPEAT, TimeLimitExceeded, time_limit


def spin() -> None:
    while True:
        try:
            sum(range(1000))
        except Exception:  # an ordinary catch-all does not stop the limit
            pass


def in_a_thread(block) -> dict:
    seen: dict = {}

    def target() -> None:
        started = time.monotonic()
        try:
            block()
        except TimeLimitExceeded as exc:
            seen["message"], seen["seconds"] = str(exc), time.monotonic() - started

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(10)
    seen["alive"] = thread.is_alive()
    return seen


def test_a_loop_off_the_main_thread_is_stopped_at_its_limit():
    def block():
        with time_limit(0.2, "rule X001 spins"):
            spin()

    seen = in_a_thread(block)
    assert not seen["alive"] and seen["message"] == "rule X001 spins ran past its time limit of 0.2 s"
    assert seen["seconds"] < 0.2 + REPEAT


def test_a_loop_that_switched_the_alarm_off_is_stopped_in_the_main_thread():
    def silenced():
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        spin()

    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match="ran past its time limit of 0.2 s"):
        with time_limit(0.2, "rule X002"):
            silenced()
    assert time.monotonic() - started < 0.2 + 2 * REPEAT
    assert signal.getsignal(signal.SIGALRM) is not signal.SIG_IGN  # the handler before the block is back


def test_code_that_swallows_the_limit_gets_it_again():
    swallowed = []

    def stubborn():
        while len(swallowed) < 2:
            try:
                spin()
            except BaseException:
                swallowed.append(1)
        spin()

    def block():
        with time_limit(0.1, "rule X003"):
            stubborn()

    seen = in_a_thread(block)
    assert not seen["alive"] and len(swallowed) == 2 and "X003" in seen["message"]


def test_no_raise_lands_after_a_block_that_ended_in_time():
    def many():
        for _ in range(500):
            try:
                with time_limit(0.001, "quick"):
                    sum(range(100))
            except TimeLimitExceeded:
                pass  # a block may run past 1 ms: then it is stopped, inside
        time.sleep(2 * REPEAT)  # a stray raise would land here
        return "done"

    seen: dict = {}
    thread = threading.Thread(target=lambda: seen.setdefault("result", many()), daemon=True)
    thread.start()
    thread.join(10)
    assert seen.get("result") == "done"


def test_blocks_that_end_about_their_limit_in_several_threads_neither_hang_nor_stay_watched():
    """A raise may land anywhere around a block that ends about its limit: in the watchdog's lock (every
    thread then waited for it for ever), or before the block was noted as watched (it was then raised into
    for ever after, in whatever code its thread ran next)."""
    from factcheck._timeout import _WATCHDOG

    stray: list[int] = []

    def many() -> None:
        for k in range(300):
            try:
                with time_limit(0.002, "about its limit"):
                    started = time.perf_counter()
                    while time.perf_counter() - started < 0.0015 + (k % 11) * 0.0001:
                        pass
            except TimeLimitExceeded:
                pass
            try:
                sum(range(2000))  # outside any block: nothing may be raised here
            except TimeLimitExceeded:
                stray.append(k)

    threads = [threading.Thread(target=many, daemon=True) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads), "a thread hangs"
    assert not _WATCHDOG.blocks and not stray


def test_no_limit_is_no_limit():
    with time_limit(0, "unlimited"):
        time.sleep(0.05)
    with time_limit(None, "unlimited"):
        time.sleep(0.05)


def test_a_worker_stuck_in_c_code_is_ended_by_its_hard_clock():
    """A loop inside C code (``sum`` over a range, which never looks at signals) holds the interpreter: no
    thread of the process runs, only faulthandler's own clock can end it."""
    import subprocess
    import sys

    code = ("from factcheck._timeout import make_disposable, time_limit\nmake_disposable(hard_clock=True)\n"
            "with time_limit(0.2, 'rule C001'):\n    sum(range(10 ** 13))\nprint('never')\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "never" not in done.stdout
    assert "Timeout" in done.stderr and 'File "<string>", line 4' in done.stderr
    assert time.monotonic() - started < 0.2 + 20 * REPEAT
