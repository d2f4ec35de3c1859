"""Test rules over the widget counts of fc_widgets: one per reporting style, one that raises."""

from __future__ import annotations

import os
import signal
import time

import factcheck


@factcheck.rule(code="WID001", severity="error", kinds=("count",))
def check_widgets_agree(pair):
    """Aligned widget counts are equal (reports by assert)."""
    assert pair.a.value == pair.b.value, f"{pair.a.text} against {pair.b.text}"


@factcheck.rule(code="WID002", severity="warning")
def check_many_widgets(claims):
    """Yields a warning per count above 1000."""
    for claim in claims:
        if claim.value is not None and claim.value > 1000:
            yield factcheck.Finding(f"{claim.text} is a lot", claims=(claim,))


@factcheck.rule(code="WID003", severity="error")
def check_broken(story):
    """Always raises, to show that one broken rule does not stop the others."""
    raise RuntimeError("this rule is broken on purpose")


@factcheck.rule(code="WID004", severity="error")
def check_interrupts(story):
    """Stands for a user pressing Ctrl-C while the rules of a story named "...interrupt..." run."""
    if "interrupt" in story.id.rsplit("/", 1)[-1]:
        os.kill(os.getpid(), signal.SIGINT)  # the signal itself: a KeyboardInterrupt raised by a rule is only that rule's error
        time.sleep(5)  # the handler interrupts this


@factcheck.rule(code="WID005", severity="error")
def check_hangs(story):
    """Never returns, and swallows ordinary exceptions: the time limit must still stop it."""
    while True:
        try:
            sum(range(1000))
        except Exception:
            pass
