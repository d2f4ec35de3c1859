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
import codecs
import unicodedata
from typing import Any, NamedTuple

import charset_normalizer
import regex
import yaml

from . import _regex
from ._errors import InputFileError
from ._markers import hookimpl
from ._model import Version

#: File name endings this loader reads.
EXTENSIONS = (".txt", ".md", ".markdown", ".text")

#: Front-matter fields with a meaning; others are kept in ``Version.meta`` untouched.
KNOWN_FIELDS = ("published", "lang", "source", "url", "title", "story")

#: A language code as inputs may write it: fr, pt-BR, es_419.
LANG_CODE = _regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})?")
#: Half a character: a lone UTF-16 surrogate, which JSON may escape ("\\ud800") but no report can write.
LONE_SURROGATE = _regex.compile("[\ud800-\udfff]")
_DATE_VALUE = _regex.compile(r"\s*[^:#]+:\s*[\"']?(\d{4})-(\d{1,2})-(\d{1,2})")
_FRONT_MATTER = _regex.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.DOTALL | regex.MULTILINE)


@hookimpl(trylast=True)
def factcheck_load_file(path: Path, display_path: str, data: bytes) -> list[Version] | None:
    if path.suffix.lower() not in EXTENSIONS:
        return None
    return [read_text_version(data, display_path)]


def read_text_version(data: bytes, display_path: str) -> Version:
    """Decode a text file and read its front matter into a Version."""
    text, notes = read_text(data)
    meta, body_start = parse_front_matter(text)
    try:
        published, precision = parse_published(meta.get("published"))
    except InputFileError as exc:
        raise InputFileError(f"front matter: {exc}") from None
    lang = meta.get("lang")
    if lang is not None and (not isinstance(lang, str) or not LANG_CODE.fullmatch(lang)):
        raise InputFileError(f"front matter: 'lang' must be a language code such as fr, en, es, not {lang!r}")
    story = meta.get("story")
    return Version(
        path=display_path,
        text=text,
        body_start=body_start,
        meta=meta,
        published=published,
        published_source="front matter" if published is not None else "unknown",
        published_precision=precision,
        lang=primary_language(lang) if lang else None,
        lang_source="front matter" if lang else "unknown",
        story_key=str(story) if story is not None else None,
        notes=notes,
    )


def primary_language(code: str) -> str:
    """The language of a code, as the language folders are named: "pt-BR" and "es_419" are pt and es."""
    return code.split("-")[0].split("_")[0].lower()


class Decoded(NamedTuple):
    """Decoded text and what had to be done to decode it."""

    text: str
    #: ``(kind, message)``: ``note`` when decoded correctly from another encoding,
    #: ``input`` when bytes could not be decoded and were replaced.
    notes: tuple[tuple[str, str], ...] = ()


#: Legacy encodings of French, English and Spanish news, tried when a file is not UTF-8.
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """The text of ``data`` (see ``read_text``), without the notes."""
    return read_text(data).text


def read_text(data: bytes) -> Decoded:
    """Decode a text file: UTF-8, a byte-order mark's encoding, else a legacy Western encoding.

    Empty and binary files are refused with a clear message. A UTF-8 file with
    a few invalid bytes is read with U+FFFD in their place and a note saying
    where; a file that is not UTF-8 at all is decoded as the legacy encoding
    charset-normalizer finds most likely, with a note.
    """
    if not data.strip():
        raise InputFileError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputFileError(f"starts with a {encoding} byte-order mark but does not decode: {exc.reason} at offset {exc.start}") from None
            note = () if encoding == "utf-8-sig" else (("note", f"decoded as {encoding.upper()} (byte-order mark)"),)
            return Decoded(_not_binary(text.lstrip("\ufeff")), note)
    if b"\x00" in data[:8192]:
        raise InputFileError("binary file (contains NUL bytes); expected text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first = exc.start
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        count = text.count("\ufffd")
        return Decoded(text, (("input", f"not valid UTF-8: {count} byte(s) replaced by U+FFFD, the first 0x{data[first]:02x} at offset {first}"),))
    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise InputFileError(f"not valid UTF-8 (byte 0x{data[first]:02x} at offset {first}) nor a known Western encoding")
    return Decoded(str(best), (("note", f"not UTF-8: decoded as {best.encoding} (detected)"),))


def _not_binary(text: str) -> str:
    """Refuse decoded text made mostly of control characters (a binary file behind a stray BOM)."""
    controls = sum(1 for c in text[:8192] if unicodedata.category(c) in ("Cc", "Cn", "Co") and c not in "\n\r\t\f")
    if controls * 20 > len(text[:8192]):
        raise InputFileError("binary file (mostly control characters); expected text")
    return text


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with stray bytes rather than a legacy encoding: it holds valid multi-byte sequences,
    which text in Windows-1252 almost never does by chance."""
    text = data.decode("utf-8", errors="replace")
    return any(ord(c) > 0x7F and c != "\ufffd" for c in text)


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
    except (ValueError, OverflowError) as exc:  # PyYAML builds dates itself: "2024-02-30" raises here
        raise InputFileError(f"front matter: {_impossible_date(match.group(1))}not a real date or time ({exc})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputFileError("front matter: expected 'key: value' lines")
    return {str(k): v for k, v in meta.items()}, match.end()


def _impossible_date(front_matter: str) -> str:
    """``line N: `` for the first date-like value of the front matter that is no real date, else ``""``."""
    for number, line in enumerate(front_matter.splitlines(), 2):
        found = _DATE_VALUE.match(line)
        if found:
            try:
                date(*(int(part) for part in found.groups()))
            except ValueError:
                return f"line {number}: "
    return ""


_MONTH = _regex.compile(r"\s*(\d{4})-(\d{1,2})\s*")
PUBLISHED_FORMS = "a date such as 2024-04-14, a date-time such as 2024-04-14T09:30:00+02:00, or a month such as 2024-04"


def parse_published(value: Any) -> tuple[date | datetime | None, str]:
    """A publication date from front matter or a record, and its precision (``day`` or ``month``):
    a date, a date-time (with or without zone), or a month ``YYYY-MM``, read as its first day."""
    if value is None or isinstance(value, (date, datetime)):
        return value, "day"
    if isinstance(value, str):
        month = _MONTH.fullmatch(value)
        if month:
            try:
                return date(int(month.group(1)), int(month.group(2)), 1), "month"
            except ValueError:
                raise InputFileError(f"'published' must be {PUBLISHED_FORMS}, not {value!r}") from None
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputFileError(f"'published' must be {PUBLISHED_FORMS}, not {value!r}") from None
        return (parsed if "T" in value or " " in value.strip() else parsed.date()), "day"
    raise InputFileError(f"'published' must be {PUBLISHED_FORMS}, not {value!r}")
