"""Where reports go: standard output, or a file written atomically (never half a report).

Reports may come as chunks, written as they are made, so that a report on a
large corpus is never held whole in memory; :func:`json_chunks` makes them for
JSON documents whose long lists are generators.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .._errors import UsageError
from .._load import LONE_SURROGATE


def write_report(text: str | Iterable[str], output: str | None) -> None:
    """Write ``text`` (a string, or chunks) to ``output`` (atomically: a temporary file, then a rename) or to standard output."""
    chunks = map(_encodable, [text] if isinstance(text, str) else text)
    if not output:
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            for chunk in chunks:
                stream.write(chunk)
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _mode_for(target: Path) -> int:
    """The mode a report file gets: the one of the file it replaces, else what the umask allows a new
    file (a temporary file is created private, 0600: a report or a baseline is meant to be shared)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _encodable(chunk: str) -> str:
    """The chunk as valid UTF-8 can carry it: a lone surrogate (a file name that was not UTF-8,
    "caf\\xe9.txt") becomes U+FFFD, as the terminal shows it."""
    try:
        chunk.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", chunk)
    return chunk


def json_chunks(value: Any, indent: int = 2, level: int = 0) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, in pieces; a generator inside stands for a list made one item at a time.

    Dicts and generators are written piece by piece, anything else whole: a
    generator must sit in dicts and generators only. The pieces join to exactly
    the text ``json.dumps`` gives for the same value with its generators as lists.
    """
    pad = "\n" + " " * (indent * (level + 1))
    if isinstance(value, dict) and value:
        opening = "{"
        for key, item in value.items():
            yield f"{opening}{pad}{json.dumps(str(key), ensure_ascii=False)}: "
            yield from json_chunks(item, indent, level + 1)
            opening = ","
        yield "\n" + " " * (indent * level) + "}"
    elif isinstance(value, Iterator):
        opening = "["
        for item in value:
            yield f"{opening}{pad}"
            yield from json_chunks(item, indent, level + 1)
            opening = ","
        yield "[]" if opening == "[" else "\n" + " " * (indent * level) + "]"
    else:
        yield json.dumps(value, ensure_ascii=False, indent=indent).replace("\n", "\n" + " " * (indent * level))
