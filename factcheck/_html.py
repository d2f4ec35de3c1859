"""Built-in loader for web pages (``.html``, ``.htm``): main text by trafilatura, dates by htmldate.

A version's ``text`` is the page's *extracted* main text, not its HTML: the
article title (when the extractor left it out) and the article's paragraphs,
one a line, with navigation, headline lists, "read also" links, captions,
scripts and reader comments dropped by trafilatura. Every offset in findings
and claims refers to that text.

The publication date comes from htmldate, asked twice: for the original date
and for the updated one, without its opportunistic free-text search
(``extensive_search=False``), which turns a footer's "© 2024" into 2024-01-01;
dates written in the article's prose are the engine's byline reader's job.
htmldate returns a date but not where it found it, so each answer is checked
against what the page states in machine-readable form:

- ``high`` confidence: a ``<meta>`` date (``article:published_time``,
  ``article:modified_time``, ``dc.date`` …), a JSON-LD ``datePublished`` /
  ``dateModified``, or a ``<time>`` marked ``pubdate`` / ``itemprop``, holds
  exactly that date. The statement, not the question asked, says whether it is
  the original or the updated date (htmldate falls back on a published date
  when asked for an updated one);
- ``medium``: only the page's URL (``<link rel="canonical">``, ``og:url``) holds it;
- ``low``: no statement holds it; htmldate read it from the page's content
  (elements whose class says "date", ``<time>`` elements, ISO timestamps: often
  reader comments, which only bound the publication from above). Such a
  guess does not become ``Version.published`` here: the engine first reads a
  byline in the extracted text, and only when that finds nothing does
  :func:`factcheck_infer_published` below fall back on the guess.

Nothing is fetched: no URL is ever passed to trafilatura for download, and
both libraries read only the bytes given.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

import regex

from . import _regex
from ._errors import InputFileError
from ._markers import hookimpl
from ._model import Version

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: File name endings this loader reads.
EXTENSIONS = (".html", ".htm")
#: Larger pages are refused (trafilatura's own limit).
MAX_BYTES = 20_000_000
#: The evidence of a date that no statement of the page holds.
GUESS = "no date metadata, read from the page content"
#: The metadata key holding every date htmldate gave, with its evidence.
DATES_KEY = "htmldate"

# HTML's own vocabulary (attribute names, never natural language).
_UPDATED_KEYS = ("modif", "updat", "lastmod", "last-modified", "revis")
_ORIGINAL_KEYS = ("publish", "pubdate", "date", "created", "issued", "release")
_JSONLD_KINDS = {"datepublished": "original", "datecreated": "original", "uploaddate": "original", "datemodified": "updated"}
_CHARSET = _regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", regex.IGNORECASE)
#: WHATWG maps these labels to windows-1252.
_AS_CP1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"})
_ISO_DATE = _regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URL_DATE = _regex.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|\b)")
_JSONLD_DATE = _regex.compile(r'"(datePublished|dateCreated|dateModified|uploadDate)"\s*:\s*"([^"]{8,40})"', regex.IGNORECASE)
_LANG = _regex.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_SPACES = _regex.compile(r"\s+")
_WORD = _regex.compile(r"\w+")
_SUBTAG = _regex.compile(r"[-_]")
#: Elements whose content is code, never text; JSON-LD scripts stay, for their dates.
_CODE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
#: A page whose extracted text has no line of this many words holds no article (menus, labels).
PROSE_MIN_WORDS = 8

# trafilatura and htmldate log pages they discard; without a handler Python
# would print those lines on standard error, in the middle of reports.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@hookimpl(trylast=True)
def factcheck_load_file(path: Path, display_path: str, data: bytes) -> list[Version] | None:
    if path.suffix.lower() not in EXTENSIONS:
        return None
    return [read_html_version(data, display_path)]


@hookimpl(trylast=True)
def factcheck_infer_published(version: Version) -> tuple[date, str] | None:
    """Last resort for a page without date metadata whose text has no byline: htmldate's guess."""
    guesses = version.meta.get(DATES_KEY)
    if not isinstance(guesses, (list, tuple)):
        return None
    for guess in guesses:
        if isinstance(guess, dict) and guess.get("confidence") == "low":
            return date.fromisoformat(guess["date"]), guess["source"]
    return None


def read_html_version(data: bytes, display_path: str) -> Version:
    """Extract a page's main text, title, url, language and dates into a Version."""
    tree = parse_page(decode_page(data))
    text, meta = extract_text(tree)
    found = page_dates(tree)
    best = next((d for d in found if d.confidence != "low" and d.kind == "original"), None)
    best = best or next((d for d in found if d.confidence != "low"), None)
    lang = page_language(tree)
    return Version(
        path=display_path,
        text=text,
        meta={**meta, DATES_KEY: tuple(d.to_dict() for d in found)},
        published=best.value if best else None,
        published_source=best.source if best else "unknown",
        lang=lang,
        lang_source="html lang attribute" if lang else "unknown",
        extracted_from="html",
    )


# --- Bytes to a tree ------------------------------------------------------
def decode_page(data: bytes) -> str:
    """Decode a page: a BOM, else the ``<meta charset>`` it declares, else UTF-8."""
    if len(data) > MAX_BYTES:
        raise InputFileError(f"page too large ({len(data):,} bytes; at most {MAX_BYTES:,})")
    if not data.strip():
        raise InputFileError("empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decode(data, encoding)
    if b"\x00" in data[:8192]:
        raise InputFileError("binary file (contains NUL bytes); expected an HTML page")
    declared = _CHARSET.search(data[:4096])
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    encoding = "cp1252" if encoding in _AS_CP1252 else encoding
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    return _decode(data, encoding)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputFileError(f"not valid {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}") from None


def parse_page(text: str) -> HtmlElement:
    """Parse leniently (unclosed and misnested tags are repaired); refuse text that holds no element."""
    import lxml.etree
    import lxml.html

    if "<" not in text:
        raise InputFileError("not an HTML page: no tags found")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputFileError(f"not an HTML page: {exc}") from None
    for elem in list(tree.iter(*_CODE_TAGS)):
        if elem.tag != "script" or (elem.get("type") or "").strip().lower() != "application/ld+json":
            elem.drop_tree()
    return tree


# --- Main text ------------------------------------------------------------
def extract_text(tree: HtmlElement) -> tuple[str, dict[str, Any]]:
    """The main text (title line first) and the page's title, url and site name.

    trafilatura runs with fixed settings: no deduplication cache (it would make
    one file's text depend on the files read before it), no links, images or
    formatting, comments left out, its package defaults for everything else.
    """
    import trafilatura
    from trafilatura.settings import DEFAULT_CONFIG

    try:
        document = trafilatura.bare_extraction(
            tree,
            url=None,
            fast=False,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            include_links=False,
            deduplicate=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=DEFAULT_CONFIG,
        )
    except Exception as exc:  # a library failure on one page is that page's problem
        raise InputFileError(f"trafilatura could not process the page: {type(exc).__name__}: {exc}") from None
    body = _clean_lines(document.text if document is not None else "")
    if not body:
        raise InputFileError("no article text found in the page (trafilatura extracted no main text)")
    if not any(len(_WORD.findall(line)) >= PROSE_MIN_WORDS for line in body.split("\n")):
        raise InputFileError(
            f"no article text found in the page: trafilatura kept only short lines (menus, links, labels), none of {PROSE_MIN_WORDS} words or more"
        )
    title = _SPACES.sub(" ", document.title or "").strip()
    if title and _SPACES.sub(" ", title).casefold() not in _SPACES.sub(" ", body[: len(title) + 500]).casefold():
        body = f"{title}\n{body}"
    meta = {"title": title or None, "url": document.url, "source": document.sitename}
    return body + "\n", {k: v for k, v in meta.items() if v}


def _clean_lines(text: str) -> str:
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line.strip()).strip("\n")


def page_language(tree: HtmlElement) -> str | None:
    """The language of ``<html lang>`` (``fr-FR`` gives ``fr``), or None."""
    value = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    if not _LANG.fullmatch(value):
        return None
    return _SUBTAG.split(value)[0].lower()


# --- Dates ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PageDate:
    """A date htmldate gave, and what in the page supports it."""

    value: date
    #: ``original`` (publication) or ``updated``.
    kind: str
    #: The statement that holds it (``article:published_time``, ``JSON-LD datePublished``,
    #: ``the page URL``), or ``GUESS``.
    evidence: str
    #: ``high``, ``medium`` or ``low`` (see the module docstring).
    confidence: str

    @property
    def source(self) -> str:
        """The ``published_source`` of a version dated by this."""
        where = "html content" if self.confidence == "low" else "html metadata"
        return f"{where} (htmldate, {self.kind}, {self.evidence}; confidence {self.confidence})"

    def to_dict(self) -> dict[str, str]:
        return {"date": self.value.isoformat(), "kind": self.kind, "evidence": self.evidence, "confidence": self.confidence, "source": self.source}


@dataclass(frozen=True, slots=True)
class _Statement:
    kind: str
    evidence: str
    value: date
    confidence: str


def page_dates(tree: HtmlElement) -> list[PageDate]:
    """htmldate's original and updated dates, each labelled with its evidence (duplicates dropped)."""
    import htmldate

    stated = list(statements(tree))
    found: list[PageDate] = []
    for kind in ("original", "updated"):
        try:
            answer = htmldate.find_date(tree, extensive_search=False, original_date=kind == "original", url=None)
        except Exception:  # htmldate failing on a page must not lose its text
            answer = None
        value = _parse_date(answer)
        if value is None:
            continue
        match = [s for s in stated if s.value == value]
        best = next((s for s in match if s.kind == kind), match[0] if match else None)
        labelled = PageDate(value, best.kind, best.evidence, best.confidence) if best else PageDate(value, kind, GUESS, "low")
        if labelled not in found:
            found.append(labelled)
    return found


def statements(tree: HtmlElement) -> Iterator[_Statement]:
    """The dates a page states in machine-readable form, in document order by source."""
    for meta in tree.iter("meta"):
        key = next((meta.get(a) for a in ("property", "name", "itemprop", "http-equiv") if meta.get(a)), "").strip().lower()
        kind = _meta_kind(key)
        value = _parse_date(meta.get("content") or meta.get("datetime"))
        if kind and value:
            yield _Statement(kind, key, value, "high")
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            for key, raw in _jsonld_dates(script.text):
                value = _parse_date(raw)
                if value:
                    yield _Statement(_JSONLD_KINDS[key.lower()], f"JSON-LD {key}", value, "high")
    for elem in tree.iter("time"):
        prop = (elem.get("itemprop") or "").lower()
        if elem.get("pubdate") is not None or prop in _JSONLD_KINDS:
            value = _parse_date(elem.get("datetime"))
            if value:
                how = "pubdate" if elem.get("pubdate") is not None else f'itemprop="{elem.get("itemprop")}"'
                yield _Statement(_JSONLD_KINDS.get(prop, "original"), f"<time {how}>", value, "high")
    for url in _page_urls(tree):
        match = _URL_DATE.search(url)
        value = _safe_date(*match.groups()) if match else None
        if value:
            yield _Statement("original", "the page URL", value, "medium")


def _meta_kind(key: str) -> str | None:
    if any(word in key for word in _UPDATED_KEYS):
        return "updated"
    if any(word in key for word in _ORIGINAL_KEYS):
        return "original"
    return None


def _jsonld_dates(source: str) -> Iterator[tuple[str, str]]:
    """``(key, value)`` of the date fields of a JSON-LD block, read as JSON, else by pattern."""
    try:
        data = json.loads(source)
    except ValueError:
        yield from ((m.group(1), m.group(2)) for m in _JSONLD_DATE.finditer(source))
        return
    stack = deque([data])
    while stack:
        item = stack.popleft()
        if isinstance(item, dict):
            for key, value in item.items():
                if key.lower() in _JSONLD_KINDS and isinstance(value, str):
                    yield key, value
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


def _page_urls(tree: HtmlElement) -> Iterator[str]:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            yield link.get("href")
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url" and meta.get("content"):
            yield meta.get("content")


def _parse_date(value: str | None) -> date | None:
    """The date an ISO string (``2024-04-14T10:00:00+02:00``) or an RFC 2822 one states, as written."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_DATE.match(value)
    if match:
        return _safe_date(*match.groups())
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_date(year: str, month: str, day: str) -> date | None:
    try:
        return datetime(int(year), int(month), int(day)).date()
    except ValueError:
        return None
