"""Patterns that run on article text, every call under the ``regex`` module's timeout.

The patterns are written not to backtrack catastrophically; the timeout is the
last guard, for the pattern that slipped through review. It works in any
thread, where the SIGALRM time limit of ``_timeout`` works only in the main
one. A call past its budget raises :class:`PatternTimeout`, which the engine
reports as a failure of the plugin that made the call; the run goes on.

Use :func:`compile` (``from factcheck import _regex``; ``_regex.compile(...)``) instead of ``regex.compile`` for any pattern that reads
text from a file (a test checks that the engine and the built-in rules do).
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

import regex

#: Seconds one call may take on a short text ...
BASE_SECONDS = 1.0
#: ... plus this much per million characters searched (a call scans its whole text).
SECONDS_PER_MILLION_CHARS = 10.0


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words or phrases: longest first, spaces and apostrophes loosened."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = regex.escape(word.strip())
        parts.append(escaped.replace(r"\ ", r"\s+").replace(r"\'", "'").replace("'", "['’]"))
    return "|".join(parts)


class PatternTimeout(TimeoutError):
    """A pattern ran past its budget on some text: a bug in the pattern, never in the text."""


def budget(text: str | bytes) -> float:
    """Seconds allowed to one call on ``text``."""
    return BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(text) / 1_000_000


class GuardedPattern:
    """A compiled ``regex`` pattern whose every search carries a timeout scaled to its text."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern) -> None:
        self.compiled = compiled

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex, groups
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"GuardedPattern({self.compiled.pattern!r})"

    def __reduce__(self) -> tuple[Callable[..., GuardedPattern], tuple[Any, ...]]:
        return compile, (self.compiled.pattern, self.compiled.flags)

    def _call(self, method: str, string: str, *args: Any, **kwargs: Any) -> Any:
        """``compiled.method(*args)``, under the budget of ``string`` (the text searched, among ``args``)."""
        seconds = budget(string)
        try:
            return getattr(self.compiled, method)(*args, timeout=seconds, **kwargs)
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def _timeout(self, string: str, seconds: float) -> PatternTimeout:
        shown = self.compiled.pattern if len(self.compiled.pattern) <= 120 else self.compiled.pattern[:117] + "..."
        return PatternTimeout(f"pattern {shown!r} ran past its limit of {seconds:.3g} s on a text of {len(string):,} characters")

    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        return self._call("search", string, string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        return self._call("match", string, string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        return self._call("fullmatch", string, string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self._call("findall", string, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[str]:
        return self._call("split", string, string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match]:
        # The regex module's timeout runs from the first match to the last, the caller's work on each match
        # included: the matches are all found first, so that only the pattern's own time counts.
        seconds = budget(string)
        try:
            found = list(self.compiled.finditer(string, *args, timeout=seconds, **kwargs))
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc
        yield from found

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        return self._call("sub", string, repl, string, *args, **kwargs)

    def subn(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self._call("subn", string, repl, string, *args, **kwargs)


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> GuardedPattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile``, guarded: every call on text runs under a timeout."""
    return GuardedPattern(regex.compile(pattern, flags, **kwargs))
