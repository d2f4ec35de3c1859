"""Segment stage: split a version into zones and sentences.

Zone kinds, in the order a news page usually shows them:

- ``front_matter``: the metadata block before ``version.body_start``;
- ``headline``, ``lede``, ``body``: the article (``ARTICLE_ZONES``, the only
  zones whose claims reach rules). Sub-headings are ``body``: they belong to the
  article and may carry figures, and a separate kind would drop them from rules;
- ``byline``: "Publié dans X le …", "Published …", "Par X";
- ``caption``: photo captions and credits, and the alt-text line a caption repeats;
- ``credit``: an end credit such as "(Avec AFP)";
- ``related``: links to other articles ("Lire aussi…", even glued to the next word);
- ``furniture``: site chrome: widget and form text, headline lists, trailing links;
- ``comments``: reader comments, from a marker line ("Commentaires 4") or from the
  first of a block of dated comment headers, to the end of the text.

Lines are classified first by marker words (``lang/<lang>/segment.toml``, never
code) and shape (a line of short fragments separated by runs of spaces or menu
separators is a headline list), then by position: hard-wrapped lines are joined
into paragraphs, the nearest title-like line above the first prose paragraph is
the headline, that paragraph is the lede, unmarked lines before the headline are
furniture, unmarked lines after it are body, short unmarked lines after the last
prose paragraph are furniture (but not the text's last paragraph cut off
mid-sentence: an excerpt's). Zones cover the text in order, without gaps. A
language without ``segment`` data uses the English markers.

Sentences come from a small regex splitter driven by the same data (the
``[sentences] abbreviations`` list) rather than pysbd: pysbd alone runs at about
0.6 M chars/s on the seeds' lines, this whole stage at 6-9 M, and pysbd splits
after "MM.", "Dr.", "U.S.", "É.-U.", "av. J.-C.", "janv.", "Sr.", "EE.UU."
(it got 6 of 14 French test cases right, the splitter 14). Newlines and runs of
three or more spaces are always boundaries; a period inside a «…» or “…” quote
that closes later on the line is not, so a quote stays with its attribution.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Mapping

import regex

from . import _regex
from ._markers import hookimpl
from ._model import Document, Sentence, Version, Zone
from ._vocab import Vocab, load_vocab

#: The language whose markers are used when a version's language has none.
FALLBACK_LANG = "en"
#: Lines longer than this are only checked for a trailing photo credit and a headline-list shape.
SHORT_LINE = 300
#: Lines longer than this are never bylines, end credits or widget text found by their first words.
MARKER_LINE = 150
TITLE_MAX_CHARS = 200
#: Words from which the text's last paragraph, cut off with no sentence end, is prose, not a trailing headline.
CUT_PROSE_WORDS = 16

_WS = " \t\r\n\f\v\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_LINE = _regex.compile(r"[^\n]+")
_WORD = _regex.compile(r"\w+")
_LETTER = _regex.compile(r"[\p{L}\p{N}]")
# Runs of two or more spaces, or menu separators, split a scraped headline list or breadcrumb.
_FRAGMENT_GAP = _regex.compile(r"[^\S\n]{2,}|\s[|•·>›]\s")
# Prose ends with sentence punctuation, maybe followed by closing quotes or brackets.
_PROSE_END = _regex.compile(r"[.!?…][\s»”\"’')\]]*$")
_HARD_END = _regex.compile(r"(?:\.|…|\.[\s»”\"’)\]]+)$")
_TITLE_BAD_END = _regex.compile(r"[.,;:…]$")
# A candidate sentence end: punctuation, closing quotes, then a capital, digit or opening mark.
_BOUNDARY = _regex.compile(r"[.!?…]+(?:\s*[»”])?[\"’')\]]*(?=\s+[\p{Lu}\p{N}«“\"¿¡—–-])|[^\S\n]{3,}")
_INITIAL = _regex.compile(r"(?:\p{Lu}\.|(?:\p{L}{1,2}\.-?){2,})")
_NUMERIC_DATE = r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{2}-\d{2})"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*[ap]\.?m\.?)?"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


class _Patterns:
    """The compiled markers of one language."""

    def __init__(self, data: Mapping[str, Any], months: list[str]) -> None:
        def get(table: str, key: str) -> list[str]:
            return list(data.get(table, {}).get(key, []))

        self.furniture_line = _whole_line(get("furniture", "lines"))
        self.furniture_start = _line_start(get("furniture", "starts"))
        self.comments_marker = _whole_line(get("comments", "markers"))
        self.related = _line_start(get("related", "starts"), glued=True)
        self.byline = _line_start(get("byline", "starts"))
        authors = _regex.alternation(get("byline", "authors"))
        self.author = _regex.compile(rf"^(?:{authors})\s+\p{{Lu}}[^.!?]*$", regex.I) if authors else None
        credits = _regex.alternation(get("caption", "credits"))
        self.caption_end = self.caption_start = None
        if credits:
            self.caption_end = _regex.compile(rf"[(\[]\s*(?:{credits})\s*:?[^()\[\]\n]{{0,80}}[)\]]\s*$", regex.I)
            # "Photo: AFP" on its own line, or after the caption's last sentence.
            self.caption_start = _regex.compile(rf"(?:^|[.!?]\s+)(?:{credits})\s*:\s*[^.!?:]{{1,80}}$", regex.I)
        wrapped = _regex.alternation(get("credit", "parenthesized"))
        self.credit = _regex.compile(rf"^\(\s*(?:{wrapped})\b[^()\n]{{0,80}}\)$", regex.I) if wrapped else None
        start = _line_start(get("credit", "starts"))
        # "(ANSA) - SUZU, 08 GEN - E' salito a 161 morti": a wire dateline opening the article, not an end credit
        self.credit_start = _regex.compile(start.pattern + r"(?!\s*[-–—]\s*\w)", regex.I) if start is not None else None
        month = _regex.alternation(months)
        dates = [_NUMERIC_DATE]
        if month:
            dates += [rf"\d{{1,2}}(?:er|\.)?\s+(?:{month})\s+\d{{4}}", rf"(?:{month})\s+\d{{1,2}},?\s+\d{{4}}"]
        date = "(?:" + "|".join(dates) + ")"
        words = _regex.alternation(get("comments", "header_words"))
        header = rf"{date}.{{0,20}}{_TIME}\W*$"
        if words:
            header += rf"|(?:{words})\W*.{{0,20}}{date}|{date}.{{0,30}}(?:{words})"
        self.comment_header = _regex.compile(rf"(?:{header})", regex.I)
        self.abbreviations = frozenset(get("sentences", "abbreviations"))
        # "am 3. April", "in der 73. Minute": where ordinals are written with a period (``[sentences]
        # ordinal_day``), a number's period before a month name or an ordinal noun ends no sentence.
        self.ordinal_day = None
        nouns = _regex.alternation(get("sentences", "ordinal_nouns"))
        after = "|".join(p for p in (month, nouns) if p)
        if data.get("sentences", {}).get("ordinal_day") and after:
            self.ordinal_day = _regex.compile(rf"(?<![\d.,])\d{{1,3}}\.[^\S\n]+(?:{after})(?!\w)", regex.I)


def _whole_line(words: list[str]) -> regex.Pattern[str] | None:
    alt = _regex.alternation(words)
    return _regex.compile(rf"^(?:{alt})\s*(?:[(\[]?\s*\d*\s*[)\]]?)\s*[.!:…]*$", regex.I) if alt else None


def _line_start(words: list[str], glued: bool = False) -> regex.Pattern[str] | None:
    alt = _regex.alternation(words)
    if not alt:
        return None
    # Glued ("Lire aussiAmazon …"): the next letter must be a capital, so "Relatedly" is not a marker.
    return _regex.compile(rf"^(?:{alt})" + (r"(?-i:(?!\p{Ll}))" if glued else r"(?!\w)"), regex.I)


_CACHE: dict[int, tuple[Vocab, Vocab | None, _Patterns]] = {}


def _patterns(vocab: Vocab, fallback: Vocab | None) -> _Patterns:
    """Compile a vocabulary's markers once (vocabularies are cached, so their identity is a good key)."""
    hit = _CACHE.get(id(vocab))
    if hit is not None and hit[0] is vocab and hit[1] is fallback:
        return hit[2]
    source = vocab if vocab["segment"] else (fallback or load_vocab(FALLBACK_LANG))
    months = list(source["calendar"].get("months", {}))
    compiled = _Patterns(source["segment"], months)
    _CACHE[id(vocab)] = (vocab, fallback, compiled)
    return compiled


# -- Lines -----------------------------------------------------------------


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The non-blank lines of ``text[start:end]``, stripped, with their offsets."""
    lines = []
    for m in _LINE.finditer(text, start, end):
        raw = m.group()
        left = len(raw) - len(raw.lstrip(_WS))
        stripped = raw.strip(_WS)
        if stripped:
            lines.append(_Line(m.start() + left, m.start() + left + len(stripped), stripped))
    return lines


def _is_headline_list(text: str) -> bool:
    """Many short fragments without final punctuation, separated by runs of spaces."""
    fragments = [f for f in _FRAGMENT_GAP.split(text) if f.strip(_WS)]
    if len(fragments) < 3 or len(text) / len(fragments) > 160:
        return False
    open_ended = sum(1 for f in fragments if not _PROSE_END.search(f))
    return open_ended * 2 >= len(fragments)


def _mark(line: _Line, p: _Patterns) -> str | None:
    """The kind a line's own words or shape give it, or None for ordinary text."""
    text = line.text
    if _LETTER.search(text) is None:
        return "furniture"
    if len(text) > SHORT_LINE:
        if p.caption_end and len(text) <= 2 * SHORT_LINE and p.caption_end.search(text):
            return "caption"
        return "furniture" if _is_headline_list(text) else None
    short = len(text) <= MARKER_LINE
    for kind, pattern, fits in (
        ("comments_marker", p.comments_marker, True),
        ("furniture", p.furniture_line, True),
        ("furniture", p.furniture_start, short),
        ("related", p.related, True),
        ("credit", p.credit, True),
        ("credit", p.credit_start, short),
        ("byline", p.byline, short and any(c.isdigit() for c in text)),  # bylines carry a date
        ("caption", p.caption_end, True),
        ("caption", p.caption_start, True),
    ):
        if fits and pattern is not None and pattern.search(text):
            return kind
    if p.author is not None and len(text) <= 100 and p.author.match(text) and _looks_like_names(text):
        return "byline"
    if len(text) <= 100 and p.comment_header.search(text):
        return "comment_header"
    if _is_headline_list(text):
        return "furniture"
    return None


def _looks_like_names(text: str) -> bool:
    """"Par Jean Dupont et Marie Curie": after the first word, mostly capitalised words."""
    words = _WORD.findall(text)[1:]
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return bool(words) and capitals * 2 > len(words)


def _is_prose(text: str) -> bool:
    words = len(_WORD.findall(text))
    if words >= 30:
        return True
    if _HARD_END.search(text):
        return words >= 6
    return words >= 16 and bool(_PROSE_END.search(text))


def _is_title(text: str) -> bool:
    return len(text) <= TITLE_MAX_CHARS and 2 <= len(_WORD.findall(text)) <= 30 and not _TITLE_BAD_END.search(text)


def _blocks(text: str, lines: list[_Line], p: _Patterns) -> tuple[list[_Line], list[str | None], list[int]]:
    """Join hard-wrapped lines into paragraphs, so that position rules see whole paragraphs.

    A line continues the previous one when it follows it directly, starts with a small
    letter, and neither carries a marker. Returns the blocks, their marks, and the block
    of each line.
    """
    blocks: list[_Line] = []
    marks: list[str | None] = []
    owner: list[int] = []
    for line in lines:
        mark = _mark(line, p)
        if (
            blocks
            and mark is None
            and marks[-1] is None
            and line.text[0].islower()
            and text.count("\n", blocks[-1].end, line.start) == 1
            and not _HARD_END.search(blocks[-1].text)
        ):
            last = blocks[-1]
            blocks[-1] = _Line(last.start, line.end, f"{last.text} {line.text}")
        else:
            blocks.append(line)
            marks.append(mark)
        owner.append(len(blocks) - 1)
    return blocks, marks, owner


def _classify(lines: list[_Line], marks: list[str | None]) -> list[str]:
    """The zone kind of every line (or block)."""
    # An alt-text line that the next line repeats with a credit is part of the caption.
    for i in range(len(lines) - 2, -1, -1):
        if marks[i] is None and marks[i + 1] == "caption" and lines[i + 1].text.startswith(lines[i].text):
            marks[i] = "caption"
    kinds: list[str] = [m or "" for m in marks]
    lede = next((i for i, line in enumerate(lines) if marks[i] is None and _is_prose(line.text)), None)
    if lede is None:
        # No paragraph: a list of short lines; keep what markers say, the rest is body.
        return [k if k and k not in ("comments_marker", "comment_header") else "body" for k in kinds]

    # Headline: the nearest title-like unmarked line above the lede (markers may sit between),
    # plus the line right above it when that one is title-like too (a kicker or a deck).
    headline: list[int] = []
    for i in range(lede - 1, -1, -1):
        if marks[i] is None:
            if _is_title(lines[i].text):
                headline.append(i)
                if i > 0 and marks[i - 1] is None and _is_title(lines[i - 1].text):
                    headline.append(i - 1)
            break
    top = min(headline, default=lede)
    for i in range(top):
        kinds[i] = kinds[i] if kinds[i] not in ("", "comments_marker", "comment_header") else "furniture"
    for i in headline:
        kinds[i] = "headline"
    kinds[lede] = "lede"

    # Reader comments: a marker line, or the first of two or more dated headers, to the end.
    headers = [i for i in range(lede + 1, len(lines)) if marks[i] == "comment_header"]
    marker = next((i for i in range(lede + 1, len(lines)) if marks[i] == "comments_marker"), None)
    start = marker if marker is not None else (headers[0] if len(headers) >= 2 else len(lines))
    if marker is not None and headers and headers[0] < marker:
        start = headers[0] if len(headers) >= 2 else marker
    for i in range(start, len(lines)):
        kinds[i] = "furniture" if marks[i] == "furniture" else "comments"

    last_prose = max((i for i in range(lede, start) if marks[i] is None and _is_prose(lines[i].text)), default=lede)
    for i in range(lede + 1, start):
        if kinds[i] in ("", "comment_header", "comments_marker"):
            # a long last paragraph cut off mid-sentence (an excerpt, a feed) is the article's, not a trailing link
            cut = i == len(lines) - 1 and len(_WORD.findall(lines[i].text)) >= CUT_PROSE_WORDS
            late = i > last_prose and _is_title(lines[i].text) and not cut
            kinds[i] = "furniture" if late else "body"
    return kinds


# -- Sentences -------------------------------------------------------------


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the period at ``dot`` ends a known abbreviation or an initial, not a sentence."""
    floor = max(0, dot - 40)  # no abbreviation is longer; keeps long runs without spaces linear
    begin = text.rfind(" ", floor, dot) + 1 or floor
    token = text[begin : dot + 1].lstrip("(«“\"'[\xa0")
    if token in abbreviations or token[:1].lower() + token[1:] in abbreviations:
        return True
    if begin > floor + 1:
        pair = text[text.rfind(" ", floor, begin - 1) + 1 : dot + 1].lstrip("(«“\"'[")
        if pair in abbreviations:
            return True
    return _INITIAL.fullmatch(token) is not None


class _Quotes:
    """Where «…» and “…” quotes open and close on a line, to tell whether a point lies inside one."""

    def __init__(self, text: str) -> None:
        self.pairs = [
            ([i for i, c in enumerate(text) if c == opening], [i for i, c in enumerate(text) if c == closing])
            for opening, closing in (("«", "»"), ("“", "”"))
            if opening in text and closing in text
        ]

    def inside(self, pos: int) -> bool:
        """More openings than closings before ``pos``, and a closing after it."""
        return any(
            bisect_left(opens, pos) > bisect_left(closes, pos) and closes[-1] >= pos for opens, closes in self.pairs
        )


def _split(text: str, offset: int, zone: str, abbreviations: frozenset[str], ordinal_day: Any = None) -> list[Sentence]:
    """Split one line (no newline inside) into stripped sentences with absolute offsets."""
    cuts = [0]
    quotes: _Quotes | None = None
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark[0] not in _WS:
            if mark[0] == "." and not mark.startswith("..") and _is_abbreviation(text, m.start(), abbreviations):
                continue
            if ordinal_day is not None and mark == "." and any(ordinal_day.match(text, m.start() - k) for k in (1, 2) if m.start() >= k):
                continue
            quotes = quotes or _Quotes(text)
            if quotes.pairs and quotes.inside(m.end()):
                continue
        cuts.append(m.end())
    cuts.append(len(text))
    sentences = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        stripped = piece.strip(_WS)
        if stripped:
            start = offset + a + len(piece) - len(piece.lstrip(_WS))
            sentences.append(Sentence(start, start + len(stripped), zone, stripped))
    return sentences


# -- The stage -------------------------------------------------------------


def segment(version: Version, vocab: Vocab, fallback: Vocab | None = None) -> Document:
    """Split ``version`` into zones and sentences.

    Args:
        version: the version; offsets refer to ``version.text``.
        vocab: its language's vocabulary (``segment`` and ``calendar`` topics).
        fallback: the vocabulary used when ``vocab`` has no ``segment`` data
            (default: the built-in English one).
    """
    p = _patterns(vocab, fallback)
    text = version.text
    zones: list[Zone] = []
    if version.body_start > 0:
        zones.append(Zone("front_matter", 0, version.body_start))
    lines = _lines(text, version.body_start, len(text))
    blocks, marks, owner = _blocks(text, lines, p)
    block_kinds = _classify(blocks, marks)
    kinds = [block_kinds[b] for b in owner]
    sentences: list[Sentence] = []
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        start = version.body_start if i == 0 else line.start
        end = lines[i + 1].start if i + 1 < len(lines) else len(text)
        if zones and zones[-1].kind == kind and zones[-1].end == start:
            zones[-1] = Zone(kind, zones[-1].start, end)
        else:
            zones.append(Zone(kind, start, end))
        sentences.extend(_split(line.text, line.start, kind, p.abbreviations, p.ordinal_day))
    if not lines and len(text) > version.body_start:
        zones.append(Zone("furniture", version.body_start, len(text)))
    return Document(version, tuple(zones), tuple(sentences))


@hookimpl
def factcheck_segment(version: Version, vocab: Vocab, config: Any) -> Document:
    """The built-in segmenter."""
    fallback = config.vocab(FALLBACK_LANG) if config is not None and hasattr(config, "vocab") else None
    return segment(version, vocab, fallback)
