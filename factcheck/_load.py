"""Built-in loader for plain-text and Markdown versions, with optional YAML front matter.

    ---
    published: 2024-04-14
    lang: fr
    source: Albayane
    url: https://…
    title: Microsoft veut doper l'IA au Japon
    story: microsoft-japon        # optional: groups loose files by key
    ---
    Article text…

Offsets everywhere refer to the full decoded text, front matter included.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import regex
import yaml

from ._errors import InputFileError
from ._markers import hookimpl
from ._model import Version

#: File name endings this loader reads.
EXTENSIONS = (".txt", ".md", ".markdown", ".text")

#: Front-matter fields with a meaning; others are kept in ``Version.meta`` untouched.
KNOWN_FIELDS = ("published", "lang", "source", "url", "title", "story")

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.DOTALL | regex.MULTILINE)


@hookimpl(trylast=True)
def factcheck_load_file(path: Path, display_path: str, data: bytes) -> list[Version] | None:
    if path.suffix.lower() not in EXTENSIONS:
        return None
    return [read_text_version(data, display_path)]


def read_text_version(data: bytes, display_path: str) -> Version:
    """Decode a text file and read its front matter into a Version."""
    text = decode(data)
    meta, body_start = parse_front_matter(text)
    try:
        published = published_value(meta.get("published"))
    except InputFileError as exc:
        raise InputFileError(f"front matter: {exc}") from None
    lang = meta.get("lang")
    if lang is not None and (not isinstance(lang, str) or not regex.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?", lang)):
        raise InputFileError(f"front matter: 'lang' must be a language code such as fr, en, es, not {lang!r}")
    story = meta.get("story")
    return Version(
        path=display_path,
        text=text,
        body_start=body_start,
        meta=meta,
        published=published,
        published_source="front matter" if published is not None else "unknown",
        lang=lang.split("-")[0].split("_")[0].lower() if lang else None,
        lang_source="front matter" if lang else "unknown",
        story_key=str(story) if story is not None else None,
    )


def decode(data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped), refusing empty and binary files with a clear message."""
    if not data.strip():
        raise InputFileError("empty file")
    if b"\x00" in data[:8192]:
        raise InputFileError("binary file (contains NUL bytes); expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}") from None


def parse_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """The front-matter mapping and the offset where the body starts (0 without front matter)."""
    if not text.startswith("---"):
        return {}, 0
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise InputFileError("front matter: opening '---' on line 1 has no closing '---' line")
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputFileError(f"front matter: {line}{problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputFileError("front matter: expected 'key: value' lines")
    return {str(k): v for k, v in meta.items()}, match.end()


def published_value(value: Any) -> date | datetime | None:
    """A publication date from front matter or a record: a date, a date-time, or an ISO string."""
    if value is None or isinstance(value, (date, datetime)):
        return value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputFileError(f"'published' must be a date such as 2024-04-14, not {value!r}") from None
        return parsed if "T" in value or " " in value.strip() else parsed.date()
    raise InputFileError(f"'published' must be a date such as 2024-04-14, not {value!r}")
