"""A test extractor that raises, hangs, backtracks without end, or returns garbage, as its text asks."""

from __future__ import annotations

import regex

import factcheck

_EVIL = regex.compile(r"(?:a|aa)+$")


@factcheck.hookimpl
def factcheck_extract(document):
    if "RAISE" in document.version.text:
        raise ValueError("extractor broken on purpose")
    if "HANG" in document.version.text:
        while True:
            pass
    if "BACKTRACK" in document.version.text:
        _EVIL.search("a" * 80 + "b")  # catastrophic: only the time limit ends it
    if "GARBAGE" in document.version.text:
        return ["not a claim", factcheck.Claim(version=document.version.path, kind="count", text="nope", start=0, end=4)]
    return []
