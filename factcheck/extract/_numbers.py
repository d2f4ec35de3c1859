"""Read numbers as people write them, in any language that has a ``numbers.toml``.

One compiled pattern finds number tokens (digits, number words, scale words and
abbreviations, fraction words); tokens joined only by spaces, hyphens or a
joining word ("et", "and", "y", "virgule", "sur" …) form a run, and each run is
read into one or more :class:`Number`.

How digits are read (separators, decimals, "1/2", "1e6"): see :mod:`._digits`;
the vocabulary compiled into token patterns and tables: :mod:`._numbers_lexicon`.

How words are read: a cardinal grows while it stays well formed — a smaller
term may follow a larger one ("vingt-deux", "quatre-vingt-dix-neuf",
"cuarenta y seis"), a scale multiplies what precedes it ("trois cent",
"mil millones") — and is valued left × scale + right around its largest scale.
A fraction is a numerator and a denominator word ("deux tiers", "a fifth");
a singular denominator only takes "one" ("two millionth" is two). "et demi",
"and two thirds", "y medio" add to the whole, times its last scale of at least
a thousand ("six millions et deux tiers" = 6 666 666.67).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any

from .. import _regex
from ._numbers_lexicon import Lexicon, Token, lexicon

__all__ = ["ONE", "Number", "lexicon", "scan"]

ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from text, with the offsets of its surface form."""

    start: int
    end: int
    value: Decimal
    #: The scale word the value ends with ("milliards" → 10^9), else 1.
    scale: Decimal = ONE
    #: Written, at least partly, in words.
    words: bool = False
    #: A lone "un"/"one": more often an article than a figure.
    weak: bool = False
    #: Holds a fraction ("deux tiers", "2 millones y medio").
    fraction: bool = False
    #: Bare digits, no separator, sign or scale: may be a year or a date part.
    plain: bool = False
    #: "approx" for collective nouns ("une dizaine"), "plural" for "des milliers".
    approx: str | None = None
    #: Where the number starts without its sign or minus word ("moins 5" → the 5).
    unsigned: int = -1


def scan(text: str, lex: Lexicon, pos: int = 0, endpos: int | None = None) -> list[Number]:
    """Every number in ``text[pos:endpos]``, in order, with offsets into ``text``."""
    with localcontext() as ctx:
        ctx.prec = 34  # fractions ("deux tiers") keep 34 digits
        return _scan(text, lex, pos, len(text) if endpos is None else endpos)


def _scan(text: str, lex: Lexicon, pos: int, endpos: int) -> list[Number]:
    toks: list[Token] = []
    breaks: set[int] = set()
    for m in lex.token_re.finditer(text, pos, endpos):
        new = lex.tokens(m)
        if m.groupdict().get("comp") is None:  # the pieces of one compound word make one number
            breaks.update(len(toks) + k for k in range(len(new) - 1))
        toks.extend(new)
    out: list[Number] = []
    run: list[Token] = []
    gaps: list[tuple[str, str] | None] = []
    for k, tok in enumerate(toks):
        gap = None
        if run and k - 1 not in breaks:
            gap = lex.gap(text, run[-1].end, tok.start)
        if run and gap is None:
            out.extend(_parse_run(run, gaps, text, lex))
            run, gaps = [], []
        if run:
            gaps.append(gap)
        run.append(tok)
    if run:
        out.extend(_parse_run(run, gaps, text, lex))
    return out


def _parse_run(toks: list[Token], gaps: list[Any], text: str, lex: Lexicon) -> list[Number]:
    if lex.compound:
        _merge_denominators(toks, gaps, text, lex)
    out, i = [], 0
    while i < len(toks):
        got = _read(toks, gaps, i, text, lex)
        if got is None:
            i += 1
            continue
        number, i = got
        sign = lex.sign_re.search(text, max(0, number.start - 12), number.start)
        if sign and not _list_dash(text, sign.start(), number):
            number = Number(sign.start(), number.end, -number.value, number.scale, number.words,
                            False, number.fraction, False, number.approx, number.start)
        out.append(number)
    return out


def _list_dash(text: str, dash: int, number: Number) -> bool:
    """A dash and a space that start a line before a figure and its noun mark a list item
    ("- 7 portugueses"), not a minus ("- 10 k", "- 0,3 %" stay negative)."""
    if text[dash + 1 : dash + 2] != " " or text[number.end : number.end + 1] != " " or not _WORD_AFTER.match(text, number.end):
        return False
    line_start = text.rfind("\n", 0, dash) + 1  # only the line's own start is read: a long text costs no more
    return not text[line_start:dash].strip(" \t")


_WORD_AFTER = _regex.compile(r" +[^\W\d_]{2,}")


def _merge_denominators(toks: list[Token], gaps: list[Any], text: str, lex: Lexicon) -> None:
    """"twenty-first", "vingt et unième", "thirty fifths" after a numerator: one denominator (21, 35)."""
    k = 1
    while k < len(toks):
        t, p = toks[k], toks[k - 1]
        if (t.kind == "frac" and t.value < 10 and p.kind == "card" and 20 <= p.value < 100 and p.value % 10 == 0
                and gaps[k - 1][0] in ("plain", "conn")):
            has_numerator = (k >= 2 and gaps[k - 2][0] == "plain" and toks[k - 2].kind in ("card", "num", "scale"))
            if has_numerator or lex.article_before(text, p.start) is not None:
                toks[k - 1 : k + 1] = [Token("frac", p.start, t.end, p.value + t.value, plural=t.plural)]
                del gaps[k - 1]
                continue
        k += 1


def _read(toks: list[Token], gaps: list[Any], i: int, text: str, lex: Lexicon, depth: int = 0) -> tuple[Number, int] | None:
    """The number starting at token ``i``, and the index of the token after it.

    ``depth`` bounds the nesting of joined parts ("once con uno y medio" has two).
    """
    n, t = len(toks), toks[i]
    if t.kind in ("frac", "dfrac"):
        if t.kind == "frac" and t.value <= 1:
            return None
        start = lex.article_before(text, t.start) if t.kind == "frac" else None
        value = ONE / t.value if t.kind == "frac" else t.value
        value, j, scale = _scale_after(toks, gaps, i + 1, value)
        if t.kind == "frac" and start is None and (t.value != 2 or t.plural) and scale == 1:
            return None  # "millionth" alone is an ordinal, "os meios necessários" a noun; "half", "quarter million" are numbers
        return Number(t.start if start is None else start, toks[j - 1].end, value, scale,
                      words=t.kind == "frac", fraction=True), j
    card = _cardinal(toks, gaps, i)
    if card is None:
        return None
    value, j, items, approx = card
    if approx == "plural" and _plural_of_plural(toks, gaps, j, value):  # "tens of thousands": at least 10 × 1 000
        value, items, j = value * toks[j].value, [(True, value * toks[j].value)], j + 1
    start = t.start
    words = any(toks[k].kind != "num" for k in range(i, j))
    if items[0][0]:
        art = lex.article_before(text, t.start)
        start = t.start if art is None else art
    scale = items[-1][1] if items[-1][0] else ONE
    weak, fraction = len(items) == 1 and t.weak, False
    gap = gaps[j - 1] if j < n else None
    nxt = toks[j] if j < n else None
    if nxt is not None and gap[0] == "plain" and nxt.kind == "frac" and nxt.value > 1 and (
            value == 1 or nxt.plural):
        value, j, scale = _scale_after(toks, gaps, j + 1, value / nxt.value)
        weak, fraction = False, True
    elif nxt is not None and gap[0] == "plain" and nxt.kind == "dfrac" and nxt.value < 1 and t.kind == "num" and j == i + 1:
        value, j, fraction = value + nxt.value, j + 1, True
    elif nxt is not None and gap[0] in ("conn", "dec") and depth < 2:
        sub = _read(toks, gaps, j, text, lex, depth + 1)
        if sub is not None and sub[0].fraction:
            value, scale = _add_fraction(value, scale, sub[0])
            j, weak, fraction = sub[1], False, True
        elif sub is not None and gap[1] in lex.dec_words and scale < 1000 and value == value.to_integral() and (sub[0].words or sub[0].value < 1000):
            # decimals after a decimal word are said in words, or short in digits: "2024 con 139.700 ocupados" is two figures
            value, j, scale = _decimal(value, toks, gaps, j, sub)
            weak = False
    elif nxt is not None and gap[0] == "over":
        sub = _cardinal(toks, gaps, j)
        if sub is not None and 0 < value < sub[0]:
            value, j, weak, fraction = value / sub[0], sub[1], False, True
    plain = j == i + 1 and t.plain
    return Number(start, toks[j - 1].end, value, scale, words, weak, fraction, plain, approx), j


def _plural_of_plural(toks: list[Token], gaps: list[Any], j: int, value: Decimal) -> bool:
    """"des dizaines de milliers", "decine di migliaia", "hundreds of thousands": a plural collective noun
    before a larger one, joined by "of" or nothing, counts that one."""
    return (j < len(toks) and gaps[j - 1][0] in ("of", "plain") and toks[j].kind == "scale"
            and toks[j].approx == "plural" and toks[j].value > value)


def _add_fraction(value: Decimal, scale: Decimal, part: Number) -> tuple[Decimal, Decimal]:
    """The whole plus its joined fraction, and the scale of the sum.

    A scale written after the fraction is the whole's ("two and a half million",
    "dos y medio millones" = 2.5 × 10^6); a fraction after a scale of at least a
    thousand is a fraction of that scale ("deux millions et demi" = 2 500 000).
    """
    if part.scale > scale:
        return (value + part.value / part.scale) * part.scale, part.scale
    mult = scale if scale >= 1000 and part.scale == 1 else ONE
    return value + part.value * mult, scale


def _decimal(value: Decimal, toks: list[Token], gaps: list[Any], j: int, sub: tuple[Number, int]) -> tuple[Decimal, int, Decimal]:
    """"deux cent virgule cinquante deux" = 200.52; "doscientos coma cero tres" = 200.03; a scale after the
    decimals is the whole figure's: "zwei Komma fünf Milliarden" = 2.5 × 10^9. Returns (value, next token, scale)."""
    digits, k = "", j
    while k < len(toks) and toks[k].kind == "card" and toks[k].value < 10 and (k == j or gaps[k - 1][0] == "plain"):
        digits, k = digits + str(int(toks[k].value)), k + 1
    if k - j < 2:
        part, k = sub
        digits = str(int(part.value / part.scale))
        if part.scale > 1:
            return (value + Decimal("0." + digits)) * part.scale, k, part.scale
    return _scale_after(toks, gaps, k, value + Decimal("0." + digits))


def _scale_after(toks: list[Token], gaps: list[Any], j: int, value: Decimal) -> tuple[Decimal, int, Decimal]:
    """"three quarters million", "demi-million", "two thirds of a million"."""
    if j < len(toks) and gaps[j - 1][0] in ("plain", "of") and toks[j].kind == "scale" and not toks[j].abbr:
        return value * toks[j].value, j + 1, toks[j].value
    return value, j, ONE


def _cardinal(toks: list[Token], gaps: list[Any], i: int) -> tuple[Decimal, int, list[tuple[bool, Decimal]], str | None] | None:
    """A well-formed cardinal from token ``i``: (value, end index, items, approx flag)."""
    first = toks[i]
    if first.kind not in ("num", "card", "scale") or first.abbr:
        return None
    items: list[tuple[bool, Decimal]] = []
    last: Token | None = None
    term = group = max_scale = Decimal(0)
    j = i
    while j < len(toks):
        t = toks[j]
        if j > i:
            gap = gaps[j - 1]
            if gap[0] == "conn":
                if first.kind == "num" and first.dec:
                    break  # "124,6 bilhões e 3 milhões": a figure with decimals is whole, the next is another
                after = toks[j + 1] if j + 1 < len(toks) else None
                mixed = after is not None and after.kind == "frac" and gaps[j][0] == "plain" and last is not None and last.kind == "scale"
                if t.kind not in ("card", "num") or mixed or _own_scale(last, after, gaps[j] if after is not None else None):
                    break
            elif gap[0] != "plain":
                break
        if not _fits(last, t, term, group, max_scale, j == i):
            break
        if t.kind == "scale":
            items.append((True, t.value))
            max_scale = max(max_scale, t.value)
            group = Decimal(0) if t.value >= 1000 else group
        else:
            items.append((False, t.value))
            term, group = t.value, group + t.value
        last, j = t, j + 1
    if not items:
        return None
    flags = {toks[k].approx for k in range(i, j)}
    approx = "plural" if first.kind == "scale" and first.approx == "plural" else ("approx" if "approx" in flags else None)
    return _evaluate(items), j, items, approx


def _own_scale(last: Token | None, after: Token | None, gap: Any) -> bool:
    """"9.850 millones y 6.809 millones": a part joined after a scale that has the same scale of its own is
    another figure, not the units of the first ("two hundred and two thousand" is one: 202 000)."""
    return (last is not None and last.kind == "scale" and after is not None and after.kind == "scale"
            and gap[0] == "plain" and after.value == last.value)


def _fits(last: Token | None, t: Token, term: Decimal, group: Decimal, max_scale: Decimal, first: bool) -> bool:
    if t.kind == "num":
        if last is None or t.dec:
            return last is None
        return last.kind == "scale" and not last.abbr and t.value < last.value
    if t.kind == "card":
        if last is None:
            return True
        if last.kind == "scale":
            return 0 < t.value < last.value
        return last.kind == "card" and _additive(term, t.value)
    if t.kind != "scale":
        return False
    if t.abbr:
        return last is not None and last.kind == "num"
    if t.nodig and last is not None and last.kind == "num":
        return False
    if last is None:
        return True
    if t.value == max_scale:
        return False
    if last.kind == "scale":
        return t.value > last.value or (t.value == 100 and last.value > 100)
    return t.value != 100 or group < 100


def _additive(prev: Decimal, new: Decimal) -> bool:
    """May ``new`` follow the term ``prev`` in one number ("vingt" + "deux", "soixante" + "dix")?"""
    if prev == 0 or new == 0 or new >= prev:
        return False
    place = 10 ** (len(str(int(prev))) - len(str(int(prev)).rstrip("0")))
    if new < place:
        return True
    return prev % 20 == 0 and new < 20 and prev % 100 + new < 100


def _evaluate(items: list[tuple[bool, Decimal]]) -> Decimal:
    """Left × largest scale + right, recursively ("dos mil millones" = 2 000 × 10^6)."""
    scales = [(v, k) for k, (is_scale, v) in enumerate(items) if is_scale]
    if not scales:
        return sum((v for _, v in items), Decimal(0))
    top, k = max(scales, key=lambda s: (s[0], -s[1]))
    left = _evaluate(items[:k]) if k else ONE
    right = _evaluate(items[k + 1 :]) if k + 1 < len(items) else Decimal(0)
    return left * top + right
