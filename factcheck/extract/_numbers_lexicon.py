"""The number vocabulary of one language, compiled: token patterns and lookup tables.

Split out of :mod:`._numbers` along the seam between data and reading: this
module turns a ``numbers.toml`` into patterns and tables and the text into
tokens (a digit run, a number word, a scale word or abbreviation, a fraction
word) with the gaps between them; :mod:`._numbers` reads runs of tokens into
numbers and knows no pattern.
"""

from __future__ import annotations

import copy
import unicodedata
from decimal import Decimal
from typing import Any, Callable, Mapping

import regex

from .. import _regex
from .._fold import fold, fold_word, strip_accents
from .._vocab import Vocab
from . import _digits

_WORD_BREAK = _regex.compile(r"\s+")
_WORD_OR_HYPHEN_BREAK = _regex.compile(r"[\s\-]+")
#: A decimal written with a period as no thousands group or time of day is: "7.2", "0.4%", "12.29%".
_PERIOD_DECIMAL = _regex.compile(r"(?<![\d.,])\d+\.(?:\d(?![\d.,])|\d\d\s?%)")


def phrase_pattern(forms: Any, *, flexible: bool = False, accents: bool = False, lead: bool = True) -> str:
    """An alternation of ``forms``, longest first (also without accents when ``accents``).

    Spaces match any whitespace (and hyphens when ``flexible``); apostrophes match ' and ’. With ``lead``,
    the alternation opens with :func:`lead_lookahead`.
    """
    variants = _variants(forms, accents)
    join = r"[\s\-]+" if flexible else r"\s+"
    breaks = _WORD_OR_HYPHEN_BREAK if flexible else _WORD_BREAK
    parts, branches = [], []
    for form in sorted(variants, key=lambda f: (-len(f), f)):
        words = breaks.split(form.strip())
        parts.append(join.join(regex.escape(w).replace("'", r"['’]\s*") for w in words))
        first = words[0][:1]
        head = regex.escape(first).replace("'", r"['’]\s*")
        if first and parts[-1].startswith(head):
            branches.append((r"['’]", parts[-1][len(r"['’]"):], {"'", "’"}) if first == "'" else (head, parts[-1][len(head):], {first}))
    if not parts:
        return "(?!)"
    # every form starts with one character: skip the forms that cannot start with the character at hand at
    # once (see _regex.factored); a form that starts with a break is written as it is, with the others
    body = _regex.factored(branches) if len(branches) == len(parts) else "(?:" + "|".join(parts) + ")"
    return (lead_lookahead(forms, flexible=flexible, accents=accents) if lead else "") + body


def _variants(forms: Any, accents: bool) -> set[str]:
    variants: set[str] = set()
    for form in forms:
        form = str(form).replace("\u2019", "'")
        variants.update({form, unicodedata.normalize("NFC", strip_accents(form)) if accents else form})
    return variants


def lead_lookahead(forms: Any, *, flexible: bool = False, accents: bool = False) -> str:
    """``(?=[…])``: the characters one of ``forms`` (written by :func:`phrase_pattern`) can start with, or "" when
    a form may start with a space or a hyphen. ``regex`` tries every form of an alternation in turn, even
    where none starts with the character at hand: the lookahead says at once what the forms would say one by one.
    """
    firsts: set[str] = set()
    breaks = _WORD_OR_HYPHEN_BREAK if flexible else _WORD_BREAK
    for form in _variants(forms, accents):
        first = breaks.split(form.strip())[0][:1]
        if not first:
            return ""
        firsts |= {"'", "’"} if first == "'" else {first}
    return "(?=[" + "".join(regex.escape(c) for c in sorted(firsts)) + "])" if firsts else ""


_CACHE: dict[tuple[int, str], tuple[Vocab, Any]] = {}


def cached(vocab: Vocab, name: str, build: Callable[[Vocab], Any]) -> Any:
    """Compile once per vocabulary object (vocabularies are frozen and themselves cached)."""
    key = (id(vocab), name)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not vocab:
        hit = _CACHE[key] = (vocab, build(vocab))
    return hit[1]


class Token:
    """One token of a number: ``num`` (digits), ``card``, ``scale``, ``frac`` (a denominator word) or ``dfrac`` ("1/2")."""

    __slots__ = ("kind", "start", "end", "value", "plural", "weak", "abbr", "approx", "dec", "plain", "nodig")

    def __init__(self, kind: str, start: int, end: int, value: Decimal, **flags: Any) -> None:
        self.kind, self.start, self.end, self.value = kind, start, end, value
        self.plural = flags.get("plural", False)
        self.weak = flags.get("weak", False)
        self.abbr = flags.get("abbr", False)
        self.approx = flags.get("approx")
        self.dec = flags.get("dec", False)
        self.plain = flags.get("plain", False)
        self.nodig = flags.get("nodig", False)


class Lexicon:
    """The compiled number vocabulary of one language."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        seps = data.get("separators", {})
        self.decimal = frozenset(seps.get("decimal", ["."]))
        self.thousands = frozenset(seps.get("thousands", [","]))
        self._period_way: Lexicon | None = None
        self.conn = {fold(w) for w in seps.get("connectors", [])}
        self.dec_words = {fold(w) for w in seps.get("decimal_words", [])}
        self.over = {fold(w) for w in seps.get("over", [])}
        self.of = {fold(w) for w in seps.get("of", [])}
        self.entries: dict[str, tuple[str, Decimal, dict[str, Any]]] = {}
        weak = {fold(w) for w in data.get("weak", {}).get("words", [])}
        for word, value in data.get("words", {}).items():
            self.entries[fold(word)] = ("card", Decimal(value), {"weak": fold(word) in weak})
        for word, value in data.get("scales", {}).items():
            self.entries[fold(word)] = ("scale", Decimal(value), {})
        for table, flag in (("approximate", "approx"), ("approximate_plural", "plural")):
            for word, value in data.get(table, {}).items():
                kind, val, flags = self.entries.get(fold(word), ("scale", Decimal(value), {}))
                self.entries[fold(word)] = (kind, val, {**flags, "approx": flag})
        fractions = data.get("fractions", {})
        for table in ("singular", "plural"):
            for word, den in fractions.get(table, {}).items():
                self.entries[fold(word)] = ("frac", Decimal(den), {"plural": table == "plural"})
        self.abbr = {k: Decimal(v) for k, v in data.get("scale_abbreviations", {}).items()}
        rules = data.get("fraction_rules", {})
        #: "twenty-first", "thirty fifths" after a numerator read as one denominator (21, 35).
        self.compound = bool(rules.get("compound_denominators", False))
        #: Scale words never written after digits ("64,2 cents" is money, not 6 420).
        self.not_after_digits = {fold(w) for w in seps.get("not_after_digits", [])}
        suffixes = data.get("fraction_suffixes", {})
        self.avo = {fold(s): p for p in ("singular", "plural") for s in suffixes.get(p, [])}
        #: Number words written as one word ("dreihundertsiebenundvierzig", "trecentoquarantasette"): the
        #: pieces (cardinals, scales, ``[compounds] pieces``) and the glue words between them ("und").
        comp = data.get("compounds", {})
        self.glue = {fold(w) for w in comp.get("glue", [])}
        self.pieces = {k: (kind, v) for k, (kind, v, _) in self.entries.items() if kind in ("card", "scale") and " " not in k}
        self.pieces.update({fold(k): ("card", Decimal(v)) for k, v in comp.get("pieces", {}).items()})
        #: Scales found only inside a compound word: Italian "cent" ("centottanta"), "mila" ("duemila").
        self.pieces.update({fold(k): ("scale", Decimal(v)) for k, v in comp.get("scale_pieces", {}).items()})
        self.compounds = bool(comp)
        self.piece_forms = [w for t in ("words", "scales") for w in data.get(t, {}) if " " not in w.strip()]
        self.piece_forms += list(comp.get("pieces", {})) + list(comp.get("scale_pieces", {}))
        self.longest_piece = max(map(len, list(self.pieces) + list(self.glue) + [""]))
        #: Number tokens, each alternative scanned on its own (an alternation of them is slow to scan).
        self.token_re = _regex.Alternatives(self._token_alternatives(data), regex.IGNORECASE)
        joins = list(seps.get("connectors", [])) + list(seps.get("decimal_words", []))
        joins += list(seps.get("over", [])) + list(seps.get("of", []))
        arts = seps.get("articles", [])
        art = rf"(?:\s+(?P<art>{phrase_pattern(arts)}))?" if arts else ""
        self.gap_re = _regex.compile(
            rf"\s*(?:[-\u2010\u2011]\s*)?(?:(?P<w>{phrase_pattern(joins, accents=True)}){art}\s*(?:-\s*)?)?", regex.IGNORECASE
        )
        minus = phrase_pattern(seps.get("minus", [])) if seps.get("minus") else "(?!)"
        # "-5", "− 5" (a dash that starts a list item is told apart in scan())
        self.sign_re = _regex.compile(
            rf"(?:(?<![\d\-\u2212)%][ ]?)(?<![^\W\d_])[\-\u2212][ ]?|(?<!\w){minus}\s+)\Z", regex.IGNORECASE
        )
        self.article_re = _regex.compile(rf"(?<!\w){phrase_pattern(arts)}\s+\Z", regex.IGNORECASE) if arts else None

    def _token_alternatives(self, data: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Digits | scale abbreviation after digits | "treintaicincoavos" | any number word | a compound number word."""
        fractions = data.get("fractions", {})
        cards = [w for w, (k, _, _) in self.entries.items() if k == "card"] + list(data.get("words", {}))
        out = [("dig", _digits.body(self.decimal))]
        if self.abbr:
            out.append(("abbr", rf"(?<=\d[ \u00a0\u202f]{{0,2}})(?-i:{phrase_pattern(self.abbr)})(?!\w)"))
        if self.avo:
            out.append(("avo", rf"(?<!\w){phrase_pattern(cards, accents=True)}{phrase_pattern(self.avo)}(?!\w)"))
        keys = list(data.get("words", {})) + list(data.get("scales", {})) + list(data.get("approximate", {}))
        keys += list(data.get("approximate_plural", {})) + [w for t in fractions.values() for w in t]
        out.append(("word", rf"(?<!\w){phrase_pattern(keys, flexible=True, accents=True)}(?!\w)"))
        if self.compounds:
            piece = phrase_pattern(self.piece_forms, accents=True)
            glue = rf"(?:{phrase_pattern(data['compounds'].get('glue', []), accents=True)})?" if self.glue else ""
            out.append(("comp", rf"(?<!\w){piece}(?:{glue}{piece})+(?!\w)"))
        return out

    def for_text(self, text: str, spans: Any) -> Lexicon:
        """This lexicon, or for a text in a comma-decimal language that writes its decimals with a period
        ("4.1%", "magnitud 7.2": the American way, common in Latin American and wire copy), one that reads
        a comma before three digits as thousands ("254,000 puestos" is 254 000, not 254)."""
        if "," not in self.decimal or "." in self.decimal or not any(_PERIOD_DECIMAL.search(text, lo, hi) for lo, hi in spans):
            return self
        if self._period_way is None:
            other = copy.copy(self)
            # either mark before three digits groups thousands ("3.000 millones" too: such texts mix both ways);
            # before other than three, it is a decimal mark (see _digits.read)
            other.decimal, other.thousands = frozenset(), self.thousands | {","}
            self._period_way = other
        return self._period_way

    def article_before(self, text: str, start: int) -> int | None:
        """Start of an article ("a", "an") just before ``start``, if any."""
        if self.article_re is None:
            return None
        m = self.article_re.search(text, max(0, start - 4), start)
        return m.start() if m else None

    def tokens(self, m: Any) -> list[Token]:
        """The tokens of one match of :attr:`token_re` (a digit run may hold several numbers)."""
        if m.group("dig") is not None:
            return [Token(d.kind, d.start, d.end, d.value, dec=d.dec, plain=d.plain)
                    for d in _digits.read(m.group(), m.start(), self.decimal, self.thousands)]
        if m.groupdict().get("comp") is not None:
            return self._compound(m.group(), m.start())
        if m.groupdict().get("abbr") is not None:
            return [Token("scale", m.start(), m.end(), self.abbr[m.group()], abbr=True)]
        key = fold(m.group())
        if m.groupdict().get("avo") is not None:
            for suffix, number in sorted(self.avo.items(), key=lambda kv: -len(kv[0])):
                entry = self.entries.get(key[: -len(suffix)]) if key.endswith(suffix) else None
                if entry and entry[0] == "card":
                    return [Token("frac", m.start(), m.end(), entry[1], plural=number == "plural")]
            return []
        kind, value, flags = self.entries[key]
        return [Token(kind, m.start(), m.end(), value, nodig=key in self.not_after_digits, **flags)]

    def _compound(self, word: str, base: int) -> list[Token]:
        """The pieces of a number written as one word, fewest first; "sieben" + "und" + "vierzig" is one piece (47).

        Tokens of one word are joined by empty gaps, so the run reads them as one number.
        """
        key = fold_word(word)
        if len(key) != len(word):
            return []
        best: list[list[tuple[int, int]] | None] = [None] * (len(key) + 1)  # fewest pieces covering key[:i]
        best[0] = []
        for i in range(len(key)):
            if best[i] is None:
                continue
            for j in range(i + 1, min(len(key), i + self.longest_piece) + 1):
                part = key[i:j]
                if (part in self.pieces or part in self.glue) and (best[j] is None or len(best[j]) > len(best[i]) + 1):  # type: ignore[arg-type]
                    best[j] = best[i] + [(i, j)]  # type: ignore[operator]
        parts = best[len(key)]
        if not parts:
            return []
        toks: list[Token] = []
        k = 0
        while k < len(parts):
            i, j = parts[k]
            if key[i:j] in self.glue:
                k += 1
                continue
            kind, value = self.pieces[key[i:j]]
            nxt = parts[k + 2] if k + 2 < len(parts) and key[slice(*parts[k + 1])] in self.glue else None
            if nxt and key[slice(*nxt)] in self.pieces:
                kind2, value2 = self.pieces[key[slice(*nxt)]]
                if kind == kind2 == "card" and 0 < value < 10 and 20 <= value2 < 100 and value2 % 10 == 0:
                    toks.append(Token("card", base + i, base + nxt[1], value + value2))  # "siebenundvierzig"
                    k += 3
                    continue
            toks.append(Token(kind, base + i, base + j, value))
            k += 1
        return toks

    def gap(self, text: str, end: int, start: int) -> tuple[str, str] | None:
        """What joins two tokens: ("plain", "") for spaces or a hyphen, (kind, word) for a joining word, else None."""
        if start - end > 18:
            return None
        m = self.gap_re.fullmatch(text, end, start)
        if m is None:
            return None
        word = fold(m.group("w") or "")
        if not word:
            return ("plain", "")
        if m.groupdict().get("art"):
            return ("conn", word) if word in self.conn else None
        for kind, words in (("conn", self.conn), ("dec", self.dec_words), ("over", self.over), ("of", self.of)):
            if word in words:
                return (kind, word)
        return None


def lexicon(vocab: Vocab) -> Lexicon:
    """The compiled number vocabulary of ``vocab``'s language (cached)."""
    return cached(vocab, "lexicon", lambda v: Lexicon(v["numbers"]))
