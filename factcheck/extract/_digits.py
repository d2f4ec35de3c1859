"""Read numbers written in digits: separators, decimals, digit fractions and exponents.

How digits are read (``separators`` in the data): a separator written more than
once, or the language's thousands separator followed by exactly three digits
after a group of at most three, groups thousands ("4.000", "250 000" with a
plain, no-break U+00A0 or narrow no-break U+202F space, "1,234,567", the Swiss
"29'000" where the data lists the apostrophe); else the
separator is a decimal point ("2,9", and "2.5" in French when written once).
A group of other than three digits ends the number ("423 0000" is two numbers).
A digit fraction ("1/2") or an exponent ("1e6", "10^3") ends the run.

Split out of :mod:`._numbers`, which reads number words and joins tokens into
numbers; this module knows nothing of words and takes the separators as plain sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import AbstractSet, Iterable

import regex

from .. import _regex

_TAIL = _regex.compile(r"(?:/(\d+))?(?:[eE]([+\-]?\d+)|\^([+\-]*)(\d+))?\Z")
_CORE = _regex.compile(r"[.,]?\d+(?:[.,\u00a0\u202f '’]\d+)*")
_GROUP = _regex.compile(r"\d+")


@dataclass(slots=True)
class Digits:
    """One number read from a digit run, with offsets into the text."""

    start: int
    end: int
    value: Decimal
    #: ``num``, or ``dfrac`` for a digit fraction ("1/2").
    kind: str = "num"
    #: Written with a decimal part ("2,9", ",5").
    dec: bool = False
    #: Bare digits, no separator, sign or scale: may be a year or a date part.
    plain: bool = False


def body(decimal: Iterable[str]) -> str:
    """The regex that finds a digit run (``decimal``: the marks that may lead one, ",5"); the number tokens' ``dig``.

    Digits glued to a word are part of a name ("A320"), unless the word is a currency sign and one or two
    letters ("u$s24", "$us100")."""
    dec_lead = "".join(regex.escape(c) for c in sorted(decimal))
    return (
        rf"(?:(?<![\w.,])|(?<=[$€£¥][^\W\d_]{{1,2}}))(?:[{dec_lead}]\d++|\d++(?:[.,\u00a0\u202f '’]\d++(?!/))*+)"
        r"(?:/\d++)?(?:[eE][+\-]?\d++|\^[+\-]*\d++)?"
    )


def read(raw: str, base: int, decimal: AbstractSet[str], thousands: AbstractSet[str]) -> list[Digits]:
    """The numbers of the digit run ``raw`` (a match of :func:`pattern`) found at offset ``base``."""
    core = _CORE.match(raw).group()  # type: ignore[union-attr]
    if core[0] in ".,":
        return [Digits(base, base + len(core), Decimal("0." + core[1:]), dec=True)]
    groups = [(g.start(), g.group()) for g in _GROUP.finditer(core)]
    seps = [core[s + len(g)] for s, g in groups[:-1]]
    counts = {c: seps.count(c) for c in set(seps)}
    # the last separator of each kind followed by a group of other than three digits
    uneven = {sep: k for k, sep in enumerate(seps) if len(groups[k + 1][1]) != 3}
    pieces: list[tuple[int, int, str, str]] = []  # start, end, integer digits, decimals
    i = 0
    while i < len(groups):
        first, digits, frac, tsep, j = groups[i][1], groups[i][1], "", None, i
        while j < len(seps):
            sep, g = seps[j], groups[j + 1][1]
            if sep == tsep and len(g) == 3:
                digits += g
            elif tsep is None and len(first) <= 3 and len(g) == 3 and (
                (sep in thousands and not (sep in decimal and counts[sep] == 1))
                or (counts[sep] > 1 and uneven.get(sep, -1) < j)
            ):
                tsep, digits = sep, digits + g
            elif sep in ".," and sep != tsep and counts[sep] == 1:
                frac, j = g, j + 1
                break
            else:
                break
            j += 1
        pieces.append((groups[i][0], groups[j][0] + len(groups[j][1]), digits, frac))
        i = j + 1
    out = []
    for start, end, digits, frac in pieces:
        value = Decimal(f"{digits}.{frac}" if frac else digits)
        plain = len(pieces) == 1 and not frac and end - start == len(digits) and len(raw) == len(core)
        out.append(Digits(base + start, base + end, value, dec=bool(frac), plain=plain))
    tail = _TAIL.match(raw, len(core))
    if tail and tail.group() and out:
        _apply_tail(out[-1], tail, base + len(raw))
    return out


def _apply_tail(last: Digits, tail: regex.Match[str], end: int) -> None:
    """"3/4" divides, "1e6" and "10^3" raise; absurd exponents (beyond 30) are left unread.

    Exponents are compared as text before ``int()`` (a 5,000-digit exponent would
    exceed Python's int-from-string limit), and a power is taken only of a value
    between 1e-30 and 1e30 (a tiny value to a negative power would overflow).
    """
    last.end, last.plain = end, False
    if tail.group(1):
        den = Decimal(tail.group(1))
        last.value = last.value / den if den else last.value
        last.kind = "dfrac"
    if tail.group(2) and _small(tail.group(2)):
        last.value = last.value.scaleb(int(tail.group(2)))
    elif tail.group(4) and _small(tail.group(4)):
        exp = int(tail.group(4)) * (-1 if tail.group(3).count("-") % 2 else 1)
        last.value = last.value**exp if last.value and -30 < last.value.adjusted() < 30 else last.value


def _small(exponent: str) -> bool:
    """Is the written exponent ("+12", "007", "-3") at most 30 in absolute value?"""
    digits = exponent.lstrip("+-").lstrip("0")
    return len(digits) <= 2 and int(digits or "0") <= 30
