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


def factored(branches: Iterable[tuple[str, str, Iterable[str]]]) -> str:
    """An alternation of ``(head, tail, chars)`` branches (each ``head + tail``, ``head`` matching one of ``chars``),
    written so that ``regex`` finds the branches that can start with a character without trying the others.

    Branches whose heads can match the same character (in either case) stay in their order, and consecutive
    ones with the same head share it: ``mars|mai`` becomes ``ma(?:rs|i)``'s first step, ``m(?:ars|ai)``. Branches
    that cannot start with the same character never both match at one position, so their order does not
    matter: the alternation matches as ``head1 + tail1 | head2 + tail2 | …`` does, only faster.
    """
    items = [(head, tail, frozenset(chars)) for head, tail, chars in branches]
    root = list(range(len(items)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    owner: dict[str, int] = {}
    for i, (_, _, chars) in enumerate(items):
        for c in chars:
            for key in {x[:1] for x in (c, c.lower(), c.upper(), c.casefold(), c.upper().lower()) if x}:
                if key in owner:
                    a, b = find(i), find(owner[key])
                    root[max(a, b)] = min(a, b)
                else:
                    owner[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        runs: list[tuple[str, list[str]]] = []
        for i in members:
            head, tail, _ = items[i]
            if runs and runs[-1][0] == head:
                runs[-1][1].append(tail)
            else:
                runs.append((head, [tail]))
        for head, tails in runs:
            out.append(head + tails[0] if len(tails) == 1 else head + "(?:" + "|".join(tails) + ")")
    return "(?:" + "|".join(out) + ")"


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

    # The methods below are ``_call`` written out: they run on every token of every text, where a shared
    # ``getattr`` and ``budget`` call cost as much as a short match.

    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        seconds = BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(string) / 1_000_000
        try:
            return self.compiled.search(string, *args, timeout=seconds, **kwargs)
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        seconds = BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(string) / 1_000_000
        try:
            return self.compiled.match(string, *args, timeout=seconds, **kwargs)
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match | None:
        seconds = BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(string) / 1_000_000
        try:
            return self.compiled.fullmatch(string, *args, timeout=seconds, **kwargs)
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        seconds = BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(string) / 1_000_000
        try:
            return self.compiled.findall(string, *args, timeout=seconds, **kwargs)
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[str]:
        return self._call("split", string, string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match]:
        # The regex module's timeout runs from the first match to the last, the caller's work on each match
        # included: the matches are all found first, so that only the pattern's own time counts.
        seconds = BASE_SECONDS + SECONDS_PER_MILLION_CHARS * len(string) / 1_000_000
        try:
            return iter(list(self.compiled.finditer(string, *args, timeout=seconds, **kwargs)))
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        return self._call("sub", string, repl, string, *args, **kwargs)

    def subn(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self._call("subn", string, repl, string, *args, **kwargs)


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> GuardedPattern:  # noqa: A001 - mirrors regex.compile
    """``regex.compile``, guarded: every call on text runs under a timeout."""
    return GuardedPattern(regex.compile(pattern, flags, **kwargs))


_GROUP_NAME = regex.compile(r"\(\?P<(\w+)>")


class Alternatives(GuardedPattern):
    """The alternation ``(?P<a>A)|(?P<b>B)|…`` of named alternatives, searched one alternative at a time.

    ``regex`` finds a lone alternative fast (it skips to the characters the alternative can start with),
    but not an alternation of unlike ones ("digits, or one of 300 number words"): that one is tried at
    every position. :meth:`finditer` and :meth:`search` give the matches the alternation would: at each
    step the leftmost match of any alternative, the first alternative on a tie, the next search starting
    where that match ends. Each alternative carries the group names of the others (never set), so a match
    reads by name (and ``lastgroup``) as the alternation's would; group numbers differ. No alternative may
    match the empty string. The other methods run the alternation itself.
    """

    __slots__ = ("alternatives", "parts")

    def __init__(self, alternatives: Iterable[tuple[str, str]], flags: int = 0) -> None:
        self.alternatives = tuple(alternatives)
        super().__init__(regex.compile("|".join(f"(?P<{name}>{body})" for name, body in self.alternatives), flags))
        names = dict.fromkeys(n for name, body in self.alternatives for n in (name, *_GROUP_NAME.findall(body)))
        parts = []
        for name, body in self.alternatives:
            own = {name, *_GROUP_NAME.findall(body)}
            others = "".join(f"(?P<{n}>)" for n in names if n not in own)
            parts.append(regex.compile(f"(?P<{name}>{body})" + (f"(?:(?!x)x{others})?" if others else ""), flags))
        self.parts = tuple(parts)

    def __repr__(self) -> str:
        return f"Alternatives({[name for name, _ in self.alternatives]!r})"

    def __reduce__(self) -> tuple[Callable[..., Alternatives], tuple[Any, ...]]:
        return Alternatives, (self.alternatives, self.compiled.flags)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
        """The matches of the alternation in ``string[pos:endpos]``, in order, none overlapping.

        Found as they are taken, each search under its own budget: a caller that stops at the first match it
        wants ("the tense of the next verb") spares the searches after it.
        """
        end = len(string) if endpos is None else min(endpos, len(string))
        parts = self.parts
        seconds = budget(string)
        try:
            nexts = [p.search(string, pos, end, timeout=seconds) for p in parts]
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc
        while True:
            best = None
            for m in nexts:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            at = best.end()
            if at == best.start():
                raise ValueError(f"{self!r}: an alternative matched the empty string")
            yield best
            try:
                nexts = [m if m is None or m.start() >= at else p.search(string, at, end, timeout=seconds)
                         for m, p in zip(nexts, parts)]
            except TimeoutError as exc:
                raise self._timeout(string, seconds) from exc

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
        """The first match of the alternation in ``string[pos:endpos]``."""
        end = len(string) if endpos is None else endpos
        seconds = budget(string)
        best = None
        try:
            for part in self.parts:
                m = part.search(string, pos, end, timeout=seconds)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        except TimeoutError as exc:
            raise self._timeout(string, seconds) from exc
        return best
