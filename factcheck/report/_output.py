"""Where reports go: standard output, or a file written atomically (never half a report)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .._errors import UsageError


def write_report(text: str, output: str | None) -> None:
    """Write ``text`` to ``output`` (atomically: a temporary file, then a rename) or to standard output."""
    if not output:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        raise UsageError(f"--output {output}: cannot write: {exc.strerror or exc}") from None
