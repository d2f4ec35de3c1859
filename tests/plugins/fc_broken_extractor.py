"""A test extractor that raises, hangs, backtracks without end, or returns garbage, as its text asks."""

from __future__ import annotations

import regex

import factcheck

_EVIL = regex.compile(r"(?:a|aa)+$")
#: The same pattern compiled as the engine compiles its own: every call under a timeout.
_GUARDED_EVIL = factcheck.compile_pattern(_EVIL.pattern)


@factcheck.hookimpl
def factcheck_extract(document):
    if "RAISE" in document.version.text:
        raise ValueError("extractor broken on purpose")
    if "HANG" in document.version.text:
        while True:
            pass
    if "GUARDED" in document.version.text:
        _GUARDED_EVIL.search("a" * 80 + "b")  # the regex module's timeout ends it, in any thread
    if "BACKTRACK" in document.version.text:
        _EVIL.search("a" * 80 + "b")  # catastrophic: only the time limit ends it
    if "GARBAGE" in document.version.text:
        return ["not a claim", factcheck.Claim(version=document.version.path, kind="count", text="nope", start=0, end=4)]
    return []
