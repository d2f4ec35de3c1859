"""Built-in loader for versions kept as records: ``.jsonl`` (one JSON object a line) and ``.json``.

A record is ``{"text": …}`` with optional ``id``, ``published``, ``lang``,
``source``, ``url``, ``title`` and ``story``. Records with the same ``story``
are versions of one story. A ``.json`` file holds one record, a list of
records, or ``{"versions": [records]}``. A bad record is reported on its own;
the file's other records are still read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._errors import InputFileError
from ._load import decode, parse_published
from ._markers import hookimpl
from ._model import Version

EXTENSIONS = (".jsonl", ".json")


@hookimpl(trylast=True)
def factcheck_load_file(path: Path, display_path: str, data: bytes) -> list[Version | InputFileError] | None:
    if path.suffix.lower() not in EXTENSIONS:
        return None
    text = decode(data)
    if path.suffix.lower() == ".jsonl":
        return read_lines(text, display_path)
    return read_document(text, display_path)


def read_lines(text: str, display_path: str) -> list[Version | InputFileError]:
    """One version per non-empty line; a line that is not a valid record becomes an error naming its line."""
    found: list[Version | InputFileError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            found.append(record_version(json.loads(line), display_path, number))
        except json.JSONDecodeError as exc:
            found.append(InputFileError(f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})"))
        except InputFileError as exc:
            found.append(InputFileError(f"line {number}: {exc}"))
    return found


def read_document(text: str, display_path: str) -> list[Version | InputFileError]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    records = document.get("versions") if isinstance(document, dict) and "versions" in document else document
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        raise InputFileError("expected a record, a list of records or {\"versions\": [records]}")
    found: list[Version | InputFileError] = []
    for number, record in enumerate(records, start=1):
        try:
            found.append(record_version(record, display_path, number))
        except InputFileError as exc:
            found.append(InputFileError(f"record {number}: {exc}"))
    return found


def record_version(record: Any, display_path: str, number: int) -> Version:
    """A Version from one record; its path is ``file#id`` (or ``file#number`` without an id)."""
    if not isinstance(record, dict):
        raise InputFileError("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputFileError("a record needs a non-empty string 'text'")
    published, precision = parse_published(record.get("published"))
    lang = record.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputFileError(f"'lang' must be a language code, not {lang!r}")
    key = record.get("id", number)
    story = record.get("story")
    return Version(
        path=f"{display_path}#{key}",
        text=text,
        meta={k: v for k, v in record.items() if k != "text"},
        published=published,
        published_source="record" if published is not None else "unknown",
        published_precision=precision,
        lang=lang.split("-")[0].lower() if lang else None,
        lang_source="record" if lang else "unknown",
        story_key=str(story) if story is not None else None,
        extracted_from="record",
    )
