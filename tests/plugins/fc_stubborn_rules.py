"""Test rules that hang and fight the time limit: one switches the alarm off, one swallows the limit twice."""

from __future__ import annotations

import signal

import factcheck


@factcheck.rule(code="STB001", severity="error")
def check_hangs_after_silencing_the_alarm(story):
    """Switches SIGALRM off, then never returns: the time limit must not depend on the alarm."""
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    while True:
        sum(range(1000))


@factcheck.rule(code="STB002", severity="error")
def check_hangs_and_swallows_everything(story):
    """Swallows the time limit twice, then loops on: the limit is raised again until the rule gives up."""
    swallowed = 0
    while True:
        try:
            sum(range(1000))
        except BaseException:
            swallowed += 1
            if swallowed > 2:
                raise


@factcheck.rule(code="STB003", severity="error")
def check_swallows_the_limit_for_ever(story):
    """On a story named "...stubborn...", swallows every raise for ever: only ending its process stops it.
    (A raise can land on the loop's own jump, outside the inner ``try``: the outer one takes it.)"""
    while "stubborn" in story.id.rsplit("/", 1)[-1]:
        try:
            while True:
                try:
                    sum(range(1000))
                except BaseException:
                    pass
        except BaseException:
            pass
