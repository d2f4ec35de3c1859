"""Test extractors: one raises, one hangs, one returns garbage."""

from __future__ import annotations

import factcheck


@factcheck.hookimpl
def factcheck_extract(document):
    if "RAISE" in document.version.text:
        raise ValueError("extractor broken on purpose")
    if "HANG" in document.version.text:
        while True:
            pass
    return []
