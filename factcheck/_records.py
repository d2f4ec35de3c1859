"""Built-in loader for versions kept as records: ``.jsonl`` (one JSON object a line) and ``.json``.

A record is ``{"text": …}`` with optional ``id``, ``published``, ``lang``,
``source``, ``url``, ``title`` and ``story``. Records with the same ``story``
are versions of one story. A ``.json`` file holds one record, a list of
records, or ``{"versions": [records]}``. A bad record is reported on its own;
the file's other records are still read.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from ._errors import InputFileError
from ._load import LANG_CODE, LONE_SURROGATE, decode, parse_published, primary_language
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
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            version = record_version(json.loads(line), display_path, number)
        except json.JSONDecodeError as exc:
            found.append(InputFileError(f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})"))
        except InputFileError as exc:
            found.append(InputFileError(f"line {number}: {exc}"))
        else:
            found.extend(_unique(version, first_line, number, "line"))
    return found


def _unique(version: Version, first: dict[str, int], number: int, where: str) -> list[Version | InputFileError]:
    """The version, renamed with an error when an earlier record of the file has its id: two records are
    never merged into one version (both are checked, and the input error names both)."""
    earlier = first.setdefault(version.path, number)
    if earlier == number:
        return [version]
    renamed = dataclasses.replace(version, path=f"{version.path}@{where}{number}")
    first.setdefault(renamed.path, number)
    return [
        InputFileError(f"{where} {number}: id {version.path.rsplit('#', 1)[-1]!r} is already the id of {where} {earlier}; "
                       f"both records are checked, this one as {renamed.path.rsplit('/', 1)[-1]!r}"),
        renamed,
    ]


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
    first_record: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        try:
            version = record_version(record, display_path, number)
        except InputFileError as exc:
            found.append(InputFileError(f"record {number}: {exc}"))
        else:
            found.extend(_unique(version, first_record, number, "record"))
    return found


def record_version(record: Any, display_path: str, number: int) -> Version:
    """A Version from one record; its path is ``file#id`` (or ``file#number`` without an id)."""
    if not isinstance(record, dict):
        raise InputFileError("a record must be a JSON object")
    record, replaced = _without_surrogates(record)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputFileError("a record needs a non-empty string 'text'")
    published, precision = parse_published(record.get("published"))
    lang = record.get("lang")
    if lang is not None and (not isinstance(lang, str) or not LANG_CODE.fullmatch(lang)):
        shown = repr(lang) if len(repr(lang)) <= 40 else repr(lang)[:37] + "..."
        raise InputFileError(f"'lang' must be a language code such as fr, en, es, not {shown}")
    key = record.get("id", number)
    story = record.get("story")
    return Version(
        path=f"{display_path}#{key}",
        text=text,
        meta={k: v for k, v in record.items() if k != "text"},
        published=published,
        published_source="record" if published is not None else "unknown",
        published_precision=precision,
        lang=primary_language(lang) if lang else None,
        lang_source="record" if lang else "unknown",
        story_key=str(story) if story is not None else None,
        extracted_from="record",
        notes=(("input", f"{replaced} lone surrogate escape(s) (\\ud800-\\udfff, half a character) read as U+FFFD"),) if replaced else (),
    )


def _without_surrogates(value: Any) -> tuple[Any, int]:
    """The record with every lone surrogate ("\\ud800" in JSON is valid JSON but no character) as U+FFFD,
    and how many there were: no report could write them."""
    if isinstance(value, str):
        return LONE_SURROGATE.subn("\ufffd", value)
    if isinstance(value, dict):
        pairs = [(_without_surrogates(k), _without_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    if isinstance(value, list):
        items = [_without_surrogates(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    return value, 0
