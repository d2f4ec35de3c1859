"""A plugin that looks at what the grouping hook receives, and can change a file while its folder is grouped."""

from __future__ import annotations

from pathlib import Path

from factcheck import hookimpl

#: (path, text, has a sketch) of each version the last grouping call received.
SEEN: list[tuple[str, str, bool]] = []
#: A file to rewrite, and its new text, while the folder is grouped.
CHANGE: list[tuple[Path, str]] = []
#: Files to remove while the folder is grouped.
REMOVE: list[Path] = []


@hookimpl(tryfirst=True)
def factcheck_group_versions(versions, sketches):
    SEEN[:] = [(v.path, v.text, sketches is not None and sketches[i] is not None) for i, v in enumerate(versions)]
    for path, text in CHANGE:
        path.write_text(text, encoding="utf-8")
    for path in REMOVE:
        path.unlink()
    return None  # the built-in grouping decides
