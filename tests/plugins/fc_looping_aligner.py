"""A test aligner that never returns on a story whose id says "loop", and leaves other stories to the built-in one."""

from __future__ import annotations

import factcheck


@factcheck.hookimpl(tryfirst=True)
def factcheck_align(story, documents, claims, config):
    if "loop" in story.id.rsplit("/", 1)[-1]:
        while True:
            sum(range(1000))
    return None
