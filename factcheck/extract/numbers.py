"""Built-in extractor of amounts, percentages, counts, quantities and durations.

For each sentence, one pass of the language's compiled number pattern
(:mod:`._numbers`) finds the figures; anchored patterns then read what is
written around each one: a currency, percent or unit after it ("2,9 milliards
de dollars", "30%", "22 mois", "3 pouces"), a currency symbol before it
("$75", "£ 8,10 millions"), a hedge ("près de", "plus de", "up to": see
:mod:`._hedges` for the feasible intervals), a range ("entre 10 et 20 %").

Kinds and units:

* ``money`` — value in units of the currency ("2,9 milliards de dollars" →
  2 900 000 000, ``USD``); cents and pence are hundredths ("64,2 cents" →
  0.642 USD, ``extra["minor"]``). "livres"/"pounds" is money with a scale
  word and a weight (``pound_mass``) without one.
* ``percent`` (value in percent) and ``percentage_point``.
* ``duration`` — a number of time units, ``unit`` a canonical id (``year``,
  ``month``, ``week``, ``day`` …): "22 mois", "trois prochaines années".
  Ages are durations too ("46 ans", "29 years old"), with ``extra["age"]``.
* ``quantity`` — a measure, ``unit`` a canonical id of the data (``kilometer``,
  ``celsius``, ``barrel`` …).
* ``count`` — a number followed by the noun it counts, ``unit`` that noun lower
  cased ("110 morts" → ``morts``; "trois millions de travailleurs" →
  ``travailleurs``). A bare number without a noun is not a claim.

Not claims: years ("en 2023", "2017-2021"), dates and times ("10/04/2024",
"14 - 04 - 2024", "8 mai", "14:48"), ordinals ("25e", "3rd", "premier"), codes
("U-20", "G7"), and a lone "un"/"one" unless it carries a currency or unit.
``extra["context"]`` lists the content words nearest the figure, for alignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import regex

from .._markers import hookimpl
from .._model import Claim, Document
from .._vocab import Vocab
from ._hedges import hedges, interval, step
from ._numbers import ONE, Number, cached, fold, lexicon, phrase_pattern, scan

HUNDREDTH = Decimal("0.01")
_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")


@dataclass(slots=True)
class _Figure:
    num: Number
    kind: str
    start: int
    end: int
    value: Decimal
    unit: str | None = None
    currency: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _Patterns:
    """The compiled patterns around figures, for one language."""

    def __init__(self, vocab: Vocab) -> None:
        data = vocab["numbers"]
        cs = lambda forms: [f for f in forms if len(f) <= 2 or f != f.lower()]  # noqa: E731
        ci = lambda forms: [f for f in forms if not (len(f) <= 2 or f != f.lower())]  # noqa: E731

        def alt(forms: Any) -> str:
            forms = list(forms)
            return rf"(?:(?-i:{phrase_pattern(cs(forms))})|{phrase_pattern(ci(forms), accents=True)})"

        def words(forms: Any) -> str:
            return rf"{alt(forms)}(?!\w|['’]|\.\w|[\-/]\d)"

        pct = data.get("percent", {})
        link = phrase_pattern(data.get("counting", {}).get("link", []))
        self.currencies = {fold(k): v or None for t in ("currency_names", "currency_symbols") for k, v in data.get(t, {}).items()}
        self.minor = {fold(k): v or None for k, v in data.get("currency_minor", {}).items()}
        self.ambiguous = {fold(k): v or None for k, v in data.get("currency_ambiguous", {}).items()}
        durations = {k: v for k, v in data.get("durations", {}).items() if isinstance(v, list) and not k.startswith(("duration_", "age_"))}
        units = dict(data.get("units", {}))
        self.unit_ids = {fold(f): uid for uid, forms in units.items() for f in forms}
        self.symbol_scales = {k: Decimal(v) for k, v in data.get("scale_after_symbol", {}).items()}
        self.duration_ids = {fold(f): uid for uid, forms in durations.items() for f in forms}
        symbols = list(data.get("currency_symbols", {}))
        sym_alt = rf"(?-i:{phrase_pattern(symbols)})"
        adj = phrase_pattern(data.get("durations", {}).get("duration_adjectives", []), accents=True)
        self.suffix_re = regex.compile(
            rf"[ \u00a0\u202f]*(?:(?P<pp>{words(pct.get('points', []))})"
            rf"|(?P<pct>%|{words([p for p in pct.get('suffixes', []) if p != '%'])})"
            rf"|(?:{link}\s*|-\s*)?(?P<cur>{sym_alt}(?!\w)|{phrase_pattern(data.get('currency_names', {}), accents=True)}(?!\w))"
            rf"|(?:{link}\s*|-\s*)?(?P<minor>{words(data.get('currency_minor', {}))})"
            rf"|(?:{link}\s*)?(?P<amb>{words(data.get('currency_ambiguous', {}))})"
            rf"|-?\s*(?:(?P<adj>{adj})\s+)?(?P<dur>{words(f for fs in durations.values() for f in fs)})"
            rf"|(?:-\s*|{link}\s*)?(?P<unit>{words(f for fs in units.values() for f in fs)}))",
            regex.IGNORECASE,
        )
        self.prefix_re = regex.compile(
            rf"(?:(?<![\w$])(?P<sym>{sym_alt})|(?<!\w)(?P<pctp>{phrase_pattern(pct.get('prefixes', []))}))[ \u00a0\u202f]*\Z",
            regex.IGNORECASE,
        )
        self.noun_re = regex.compile(rf"[ \u00a0\u202f]+(?:(?P<link>{link})\s*)?(?P<noun>[^\W\d_][\w\-]*(?:['’]\w+)?)", regex.IGNORECASE)
        joins = list(data.get("separators", {}).get("connectors", [])) + list(data.get("separators", {}).get("decimal_words", []))
        self.minor_re = regex.compile(
            rf"\s*(?:{phrase_pattern(joins)}\s+)?\Z", regex.IGNORECASE
        )
        self.minor_word_re = regex.compile(rf"\s*{words(data.get('currency_minor', {}))}", regex.IGNORECASE)
        durs = data.get("durations", {})
        self.age_before_re = regex.compile(rf"(?<!\w){phrase_pattern(durs.get('age_before', []))}\s*\Z", regex.IGNORECASE)
        self.age_after_re = regex.compile(rf"\s*{words(durs.get('age_after', []))}", regex.IGNORECASE)
        months = phrase_pattern(vocab["calendar"].get("months", {}))
        self.mask_re = regex.compile(
            r"(?:https?://|www\.)\S+"
            r"|\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}(?!\d)"
            r"|\d{1,2}\s*[:h]\s*\d{2}(?!\d)"
            r"|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?!\w)"
            rf"|\d{{1,2}}(?:er|º|°|st|nd|rd|th)?\s+(?:de\s+)?{months}(?!\w)(?:\s+(?:de\s+)?\d{{4}})?"
            rf"|(?<!\w){months}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*,\s*\d{{4}})?|(?:de\s+)?\d{{4}})",
            regex.IGNORECASE,
        )
        cues = vocab["dates"].get("words", {}).get("year_cues", [])
        self.year_cue_end = regex.compile(rf"(?<!\w){phrase_pattern(cues, accents=True)}\s*\Z", regex.IGNORECASE) if cues else None
        running = data.get("running", {})
        self.running_nouns = {fold(w) for w in running.get("nouns", [])}
        self.as_of_re = [regex.compile(p, regex.IGNORECASE) for p in running.get("as_of", [])]
        self.running_cue_re = regex.compile(rf"(?<!\w){phrase_pattern(running.get('cues', []), accents=True)}(?!\w)", regex.IGNORECASE) if running.get("cues") else None
        self.number_words = set(lexicon(vocab).entries)
        self.stop = {fold(w) for w in data.get("counting", {}).get("stopwords", [])}
        self.stop |= {fold(w) for w in vocab["calendar"].get("months", {})}
        self.stop |= {fold(w) for w in vocab["calendar"].get("weekdays", {})}


def _patterns(vocab: Vocab) -> _Patterns:
    return cached(vocab, "number-patterns", _Patterns)


def extract_numbers(document: Document, vocab: Vocab) -> list[Claim]:
    """Every money, percent, percentage-point, count, quantity and duration claim of ``document``."""
    if "numbers" not in vocab.topics:
        return []
    text = document.version.text
    spans = [(s.start, s.end) for s in document.sentences] or [(0, len(text))]
    lex, pats, hdg = lexicon(vocab), _patterns(vocab), hedges(vocab)
    claims: list[Claim] = []
    for lo, hi in spans:
        nums = scan(text, lex, lo, hi)
        if not nums:
            continue
        nums = [_unsign(text, n, lo, hdg) for n in _unmasked(nums, pats.mask_re.finditer(text, lo, hi))]
        figures = [_figure(text, n, lo, hi, pats, lex) for n in nums]
        claims.extend(_claims(document, text, nums, figures, lo, hi, pats, hdg))
    return claims


@hookimpl
def factcheck_extract(document: Document, vocab: Vocab, config: Any) -> list[Claim]:
    """The hook: every numeric claim of a segmented version."""
    return extract_numbers(document, vocab)


def _unmasked(nums: list[Number], masks: Any) -> list[Number]:
    """The numbers not inside a masked span (dates, times, URLs); both come in text order."""
    out, mask = [], next(masks, None)
    for n in nums:
        while mask is not None and mask.end() <= n.start:
            mask = next(masks, None)
        if mask is None or not (mask.start() <= n.start and n.end <= mask.end()):
            out.append(n)  # "en février 10 milliards": the figure outgrows the date
    return out


def _unsign(text: str, n: Number, lo: int, hdg: Any) -> Number:
    """"au moins 300": the minus word belongs to a hedge, the number is positive."""
    if n.unsigned > n.start and text[n.start].isalpha():
        hedge = hdg.before(text, n.unsigned, lo)
        if hedge is not None and hedge[2] <= n.start:
            return replace(n, start=n.unsigned, value=-n.value, unsigned=-1)
    return n


def _figure(text: str, n: Number, lo: int, hi: int, pats: _Patterns, lex: Any) -> _Figure | None:
    """What the number ``n`` measures, from the words around it; None when it is no claim."""
    fig = _Figure(n, "", n.start, n.end, n.value)
    m = pats.suffix_re.match(text, n.end, hi)
    kind = m.lastgroup if m else None
    if kind == "adj":
        kind = "dur"
    prefix = pats.prefix_re.search(text, max(lo, n.start - 24), n.start)
    if prefix and prefix.group("sym") and kind not in ("cur", "pct", "pp"):
        if kind == "unit" and m is not None and m.group("unit") in pats.symbol_scales:
            fig.value, fig.end = n.value * pats.symbol_scales[m.group("unit")], m.end()  # "€3.5m"
        fig.kind, fig.start, kind = "money", prefix.start(), None
        fig.currency = pats.currencies.get(fold(prefix.group("sym")))
    elif prefix and prefix.group("pctp") and not kind:
        fig.kind, fig.start = "percent", prefix.start()
        fig.unit = "percent"
    if kind and m is not None:
        word = fold(m.group(kind))
        fig.end = m.end()
        if kind == "pp":
            fig.kind, fig.unit = "percentage_point", "percentage_point"
        elif kind == "pct":
            fig.kind, fig.unit = "percent", "percent"
        elif kind == "cur":
            fig.kind, fig.currency = "money", pats.currencies.get(word)
        elif kind == "minor":
            fig.kind, fig.currency, fig.value = "money", pats.minor.get(word), n.value * HUNDREDTH
            fig.extra["minor"] = word
        elif kind == "amb" and n.scale > 1:
            fig.kind, fig.currency = "money", pats.ambiguous.get(word)
        elif kind == "amb":
            fig.kind, fig.unit = "quantity", "pound_mass"
        elif kind == "dur":
            fig.kind, fig.unit = "duration", pats.duration_ids.get(word)
        else:
            fig.kind, fig.unit = "quantity", pats.unit_ids.get(word)
    if not fig.kind and not n.weak and not (n.fraction and n.value < 1):
        noun = pats.noun_re.match(text, n.end, hi)
        if noun and (not noun.group("link") or n.scale > 1 or n.approx):
            key = fold(noun.group("noun"))
            if key not in pats.stop and key not in lex.entries and len(key) > 1:
                fig.kind, fig.unit, fig.end = "count", noun.group("noun").lower(), noun.end()
    if not fig.kind or not _acceptable(text, n, fig, lo, pats):
        return None
    if fig.kind == "duration":
        if pats.age_before_re.search(text, max(lo, fig.start - 16), fig.start):
            fig.extra["age"] = True
        age = pats.age_after_re.match(text, fig.end, hi)
        if age:
            fig.extra["age"], fig.end = True, age.end()
    return fig


def _acceptable(text: str, n: Number, fig: _Figure, lo: int, pats: _Patterns) -> bool:
    """Drop years, ordinals, codes and articles read as numbers."""
    prev, prev2 = text[n.start - 1 : n.start] if n.start > lo else "", text[n.start - 2 : n.start - 1] if n.start - 1 > lo else ""
    if prev.isalpha() or prev in ("#", "°") or (prev in ("-", "/") and prev2.isalpha()):
        return fig.kind == "money" and fig.start < n.start
    if fig.end == n.end and text[n.end : n.end + 1].isalnum() and not n.words:
        return False
    if _yearlike(n) and fig.kind in ("count", "duration") and not _count_not_year(text, n, fig, lo, pats):
        return False
    if n.weak and fig.kind not in ("money", "quantity"):
        return False
    if n.fraction and n.value < 1 and n.scale == 1 and fig.kind == "count":
        return False
    return True


def _count_not_year(text: str, n: Number, fig: _Figure, lo: int, pats: _Patterns) -> bool:
    """"1500 emplois", "2000 manifestants": a count, unless a year cue comes first ("en 2022 ...")
    or the noun is capitalised ("2022 Microsoft ...")."""
    if fig.kind != "count" or not fig.unit or not text[fig.end - len(fig.unit) : fig.end][:1].islower():
        return False
    return not (pats.year_cue_end and pats.year_cue_end.search(text, max(lo, n.start - 25), n.start))


def _yearlike(n: Number) -> bool:
    return n.plain and 1000 <= n.value <= 2100


def _claims(document: Document, text: str, nums: list[Number], figures: list[_Figure | None],
            lo: int, hi: int, pats: _Patterns, hdg: Any) -> list[Claim]:
    out: list[Claim] = []
    taken = -1
    k = 0
    while k < len(figures):
        fig, n = figures[k], nums[k]
        k += 1
        if n.start < taken:
            continue
        nxt = figures[k] if k < len(figures) else None
        nn = nums[k] if k < len(nums) else None
        low_fig = None
        if nn is not None and nxt is not None and (fig is None or fig.kind == nxt.kind) and not _yearlike(n):
            between = hdg.range_start(text, n.start, lo) is not None and hdg.joined(text, n.end, nn.start)
            to = hdg.to(text, n.end, nn.start) and not hdg.after_from(text, n.start, lo)
            if between or to:
                low_fig = fig or _Figure(n, nxt.kind, n.start, n.end, n.value, nxt.unit, nxt.currency)
            elif fig is None and hdg.to(text, n.end, nn.start):
                fig = _Figure(n, nxt.kind, n.start, n.end, n.value, nxt.unit, nxt.currency, dict(nxt.extra))
        if low_fig is not None:
            assert nxt is not None and nn is not None
            a = low_fig.value * (nn.scale if n.scale == 1 and nn.scale > 1 and fig is None else 1)
            if nxt.extra.get("minor") and fig is None:
                a = a * HUNDREDTH
            b = nxt.value
            start = hdg.range_start(text, n.start, lo)
            start = n.start if start is None else start
            rng = (min(a, b), max(a, b))
            claim = _claim(document, text, nxt, start, nxt.end, (a + b) / 2, "range", rng[0], rng[1], {"range": [a, b]}, lo, hi, pats)
            out.append(claim)
            taken, k = nxt.end, k + 1
            continue
        if fig is None:
            continue
        value, end = fig.value, fig.end
        if fig.kind == "money" and fig.currency and nn is not None and nn.start >= fig.end:
            # "15 dollars et 15", "3 dollars 50 cents", "thirteen dollars and forty-five cents"
            if (pats.minor_re.fullmatch(text, fig.end, nn.start) and nn.value < 100 and nn.value == nn.value.to_integral()
                    and not fig.extra.get("minor") and (nxt is None or nxt.kind in ("money", ""))):
                cents = pats.minor_word_re.match(text, nn.end, hi)
                value, end, k = value + nn.value * HUNDREDTH, cents.end() if cents else nn.end, k + 1
        qualifier, open_, start = "exact", False, fig.start
        hedge = hdg.before(text, fig.start, lo, duration=fig.kind == "duration")
        if hedge:
            qualifier, open_, start = hedge
        after = hdg.after(text, end, hi)
        if after and qualifier == "exact":
            qualifier, open_, end = after
        if n.approx == "approx" and qualifier == "exact":
            qualifier = "approx"
        elif n.approx == "plural":
            qualifier, open_, value = "at_least", False, value * 2
        low, high, flags = interval(value, qualifier, open_)
        out.append(_claim(document, text, fig, start, end, value, qualifier, low, high, flags, lo, hi, pats))
        taken = end
    return out


def _claim(document: Document, text: str, fig: _Figure, start: int, end: int, value: Decimal, qualifier: str,
           low: Decimal | None, high: Decimal | None, extra: dict[str, Any], lo: int, hi: int, pats: _Patterns) -> Claim:
    sentence = document.sentence_at(start)
    extra = {**fig.extra, **extra, "context": _context(text, start, end, lo, hi, pats)}
    if fig.start != fig.num.start or fig.end != fig.num.end or start != fig.start:
        extra["figure"] = (fig.num.start, fig.num.end)
    if fig.kind == "count" and _running(text, fig, lo, hi, pats):
        extra["running"] = True
        as_of = _as_of(text, lo, hi, pats)
        if as_of:
            extra["as_of"] = as_of
    if (value / fig.num.scale) != (value / fig.num.scale).to_integral_value():
        extra["precision"] = step(value)  # written with decimals ("51,5 %"): a rounding, see values_meet
    return Claim(
        version=document.version.path,
        kind=fig.kind,
        text=text[start:end],
        start=start,
        end=end,
        value=_clean(value),
        unit=fig.unit,
        currency=fig.currency,
        qualifier=qualifier,
        low=None if low is None else _clean(low),
        high=None if high is None else _clean(high),
        zone=document.zone_at(start) or "body",
        sentence=(sentence.start, sentence.end) if sentence else None,
        extra=extra,
    )


def _running(text: str, fig: _Figure, lo: int, hi: int, pats: _Patterns) -> bool:
    """A toll or casualty count, which moves as a story unfolds."""
    if fig.unit and fold(fig.unit) in pats.running_nouns:
        return True
    return bool(pats.running_cue_re and pats.running_cue_re.search(text, lo, hi))


def _as_of(text: str, lo: int, hi: int, pats: _Patterns) -> str | None:
    """The hour a running count was given at, from its sentence ("selon un bilan de 7h" -> "07:00")."""
    for pattern in pats.as_of_re:
        m = pattern.search(text, lo, hi)
        if m:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if "pm" in m.groupdict() and m.group("pm") and hour < 12:
                hour += 12
            if hour < 24 and minute < 60:
                return f"{hour:02d}:{minute:02d}"
    return None


def _clean(value: Decimal) -> Decimal:
    """Integers without a trailing ".0"; other values as short as they are exact."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _context(text: str, start: int, end: int, lo: int, hi: int, pats: _Patterns, width: int = 4) -> list[str]:
    """The content words nearest the figure: up to ``width`` on each side, nearest first."""
    left = _content(_WORD.findall(text, max(lo, start - 120), start), pats)
    right = _content(_WORD.findall(text, end, min(hi, end + 120)), pats)
    return left[::-1][:width] + right[:width]


def _content(words: list[str], pats: _Patterns) -> list[str]:
    out = []
    for word in words:
        head, apostrophe, tail = word.replace("’", "'").partition("'")
        if apostrophe and tail and fold(head + "'") in pats.stop:
            word = tail  # "d'euros" -> "euros"
        key = fold(word)
        if len(key) > 2 and key not in pats.stop and key not in pats.number_words:
            out.append(word.lower())
    return out
