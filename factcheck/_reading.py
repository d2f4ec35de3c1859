"""Reading input files into versions: loader plugins, size limits, metadata, and the sketch grouping takes.

One :class:`FileReader` serves the main process and the worker processes that
read loose files in parallel (``-j N``): what goes wrong is told to its
``record`` callback, which in the main process records it at once and in a
worker keeps it to send back, so that every message reaches the report in
the order the files were found.
"""

from __future__ import annotations

import errno
import hashlib
import sys
from pathlib import Path
from typing import Any, Callable

from ._config import Config
from ._errors import InputFileError
from ._fence import fence, plugin_failure
from ._load import primary_language
from ._model import InputError, Version
from ._story import call_hook, printed

#: The path that means standard input.
STDIN = "-"
#: Default limit on the size of one version (a text file, a record), in megabytes (``--max-file-size``).
MAX_FILE_MB = 20.0
#: A file is read when it is at most this many times ``--max-file-size``: the limit is per version, and a
#: records file holds many; a text file over the limit is then refused as one version.
RECORDS_FILE_LIMITS = 50

#: ``(path, message, kind)`` of a problem met while reading.
Record = Callable[[str, str, str], Any]
#: Where to read a loose version again once its text was let go: display path, path, digest of the text.
Shelf = dict[str, tuple[str, Path, bytes]]


class FileReader:
    """The versions of input files, with their metadata and, for loose files, their sketches."""

    def __init__(self, config: Config, record: Record) -> None:
        self.config = config
        self.hook = config.pluginmanager.hook
        self.record = record

    def sketched(self, path: Path, display: str) -> tuple[list[tuple[Version, Any]], Shelf]:
        """A loose file's versions, each with what grouping takes of it (``factcheck_sketch_version``), and
        where to read again the versions whose text was let go once sketched (records and stdin keep theirs)."""
        versions = self.load(path, display)
        if len(versions) != 1 or display == STDIN or self.config.getoption("one_story"):
            return [(v, None) for v in versions], {}
        version = versions[0]
        found = self.call("factcheck_sketch_version", version.path, version=version, config=self.config)
        if found is None:
            return [(version, None)], {}
        return [(version.replace(text="", body_start=0), found)], {version.path: (display, path, digest(version.text))}

    def load(self, path: Path, display: str) -> list[Version]:
        """The versions of one file, with their metadata."""
        return [self.metadata(v) for v in self.loaded(path, display)]

    def loaded(self, path: Path, display: str, again: bool = False) -> list[Version]:
        """The versions a loader plugin reads in one file; what it says is recorded (once: not ``again``)."""
        try:
            if display == STDIN:
                data = sys.stdin.buffer.read()
                path = Path("<stdin>.jsonl" if self.config.format == "jsonl" else "<stdin>.txt")
            else:
                data = self._read(path)
            captured: list[str] = []
            try:
                with fence(captured):
                    versions = self.hook.factcheck_load_file(path=path, display_path=display, data=data, config=self.config)
            finally:
                if not again:
                    self._report(printed("factcheck_load_file", display, captured))
        except InputFileError as exc:
            return self._error(display, str(exc))
        except OSError as exc:
            return self._error(display, f"cannot read: {exc.strerror or exc}")
        except Exception as exc:
            return self._error(display, plugin_failure("factcheck_load_file", exc), kind="plugin")
        if versions is None:
            return self._error(display, f"unsupported file type {path.suffix or '(no extension)'!r}: no loader plugin reads it; "
                                        "not read", kind="note")  # an index or a PDF beside the texts
        versions = self._within_limit(versions, data)
        if not again:
            for problem in (v for v in versions if isinstance(v, InputFileError)):
                self._error(display, str(problem))
            for version in (v for v in versions if isinstance(v, Version)):
                for kind, message in version.notes:
                    self._error(version.path, message, kind=kind)
        return [v for v in versions if isinstance(v, Version)]

    def _within_limit(self, versions: list[Any], data: bytes) -> list[Any]:
        """The versions, those over ``--max-file-size`` replaced by an error: the limit is per version, so
        that a records file of many versions (a JSON-lines export) is read whatever its size."""
        limit = float(self.config.getoption("max_file_size", MAX_FILE_MB)) * 1_000_000
        read = [v for v in versions if isinstance(v, Version)]
        if len(read) == 1 and len(data) > limit:
            return [InputFileError(f"file is {len(data) / 1_000_000:.3g} MB, over the limit of {limit / 1_000_000:g} MB "
                                   "(raise it with --max-file-size)")]
        return [InputFileError(f"{v.path}: text of {len(v.text) / 1_000_000:.3g} million characters, over the limit of "
                               f"{limit / 1_000_000:g} MB per version (raise it with --max-file-size)")
                if isinstance(v, Version) and len(v.text) > limit else v for v in versions]

    def _read(self, path: Path) -> bytes:
        """A regular file's bytes, within the size limit."""
        if path.is_symlink() and not path.exists():
            raise InputFileError("a broken link, or one that loops on itself: skipped")
        if not path.exists():
            raise FileNotFoundError(errno.ENOENT, "no such file (removed or renamed while the run was reading)")
        if not path.is_file():
            raise InputFileError("not a regular file (a device, pipe or socket): skipped")
        limit = float(self.config.getoption("max_file_size", MAX_FILE_MB))
        size = path.stat().st_size
        if size > limit * 1_000_000 * RECORDS_FILE_LIMITS:
            raise InputFileError(f"file is {size / 1_000_000:.3g} MB, over {RECORDS_FILE_LIMITS} times the limit of {limit:g} MB "
                                 "per version that a file of many versions may hold (raise it with --max-file-size)")
        return path.read_bytes()

    def metadata(self, version: Version) -> Version:
        """The version with its language and publication date: as stated, from the command line, or found."""
        lang, ref_date = self.config.getoption("lang"), self.config.getoption("ref_date")
        if version.lang is None and lang:
            version = version.replace(lang=primary_language(lang), lang_source="command line (--lang)")
        if version.published is None and ref_date:
            published, precision = ref_date
            version = version.replace(published=published, published_precision=precision, published_source="command line (--ref-date)")
        if version.lang is None:
            found = self.call("factcheck_detect_language", version.path, version=version, config=self.config)
            lang, source = found if found else ("und", "unknown (no language detected)")
            version = version.replace(lang=lang, lang_source=source)
        if version.published is None:
            found = self.call("factcheck_infer_published", version.path, version=version, config=self.config)
            if found:
                version = version.replace(published=found[0], published_source=found[1])
        return version

    def call(self, hook_name: str, where: str, **kwargs: Any) -> Any:
        """Call a firstresult hook (see :func:`call_hook`); its errors and notes are recorded at once."""
        errors: list[InputError] = []
        try:
            return call_hook(self.hook, hook_name, where, errors, **kwargs)
        finally:
            self._report(errors)

    def _report(self, errors: list[InputError]) -> None:
        for error in errors:
            self.record(error.path, error.message, error.kind)

    def _error(self, path: str, message: str, kind: str = "input") -> list[Version]:
        self.record(path, message, kind)
        return []


def digest(text: str) -> bytes:
    """A short fingerprint of a text, to know it unchanged when read again."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
