"""Built-in extractor of amounts, percentages, counts, quantities, durations, minutes of play and times of day.

For each sentence, one pass of the language's compiled number pattern
(:mod:`._numbers`) finds the figures; anchored patterns (compiled in
:mod:`._numbers_patterns`) then read what is written around each one: a
currency, percent or unit after it ("2,9 milliards de dollars", "30%", "22
mois", "3 pouces"), a currency symbol before it
("$75", "£ 8,10 millions"), a hedge ("près de", "plus de", "up to": see
:mod:`._hedges` for the feasible intervals), a range ("entre 10 et 20 %").

Kinds and units:

* ``money`` — value in units of the currency ("2,9 milliards de dollars" →
  2 900 000 000, ``USD``); cents and pence are hundredths ("64,2 cents" →
  0.642 USD, ``extra["minor"]``). "livres"/"pounds" is money with a scale
  word and a weight (``pound_mass``) without one.
* ``percent`` (value in percent) and ``percentage_point``: "0,3 point de
  pourcentage", basis points in hundredths ("25 Basispunkte" → 0.25), and a bare "1,4 point" when its sentence speaks of a rate (a
  percent, or a ``rate_cues`` word: "le chômage a reculé de 1,4 point");
  elsewhere "12 points" is a count.
* ``duration`` — a number of time units, ``unit`` a canonical id (``year``,
  ``month``, ``week``, ``day`` …): "22 mois", "trois prochaines années".
  Ages are durations too ("46 ans", "29 years old"), with ``extra["age"]``.
  Units in a row are one duration in the smallest ("45 minutes et 24
  secondes"); clocks ("45:24 minutos", "+1:14") are read in
  :mod:`._special_claims`, with minutes of play (``match_minute``), match results (``score``) and times
  of day (``time_of_day``, in minutes after midnight, ``unit`` their zone).
* ``quantity`` — a measure, ``unit`` a canonical id of the data (``kilometer``,
  ``celsius``, ``barrel`` …).
* ``count`` — a number followed by the noun it counts, ``unit`` that noun lower
  cased ("110 morts" → ``morts``; "trois millions de travailleurs" →
  ``travailleurs``). A bare number without a noun is not a claim.

Not figures: years ("en 2023", "2017-2021"), dates and times ("10/04/2024",
"14 - 04 - 2024", "8 mai", "14:48": a time is a claim of its own), ordinals ("25e", "3rd", "premier"), codes
("U-20", "G7"), and a lone "un"/"one" unless it carries a currency or unit.
``extra["context"]`` lists the content words nearest the figure, for alignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from collections.abc import Iterator
from typing import Any

from .. import _regex
from .._fold import fold
from .._markers import hookimpl
from .._model import Claim, Document
from .._vocab import Vocab
from ._hedges import hedges, interval, step
from ._numbers import Number, lexicon, scan
from ._numbers_patterns import FigurePatterns, figure_patterns
from ._relative_times import relative_times
from ._special_claims import context_words, overlaps, share_slack, special_claims
from ._word_times import may_hold, word_time_patterns

HUNDREDTH = Decimal("0.01")


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
    #: The unit is the next figure's ("3 to 4 dollars", "3 and 4 dollars"): none is written after this one.
    borrowed: bool = False


def extract_numbers(document: Document, vocab: Vocab) -> list[Claim]:
    """Every money, percent, percentage-point, count, quantity and duration claim of ``document``."""
    if "numbers" not in vocab.topics:
        return []
    text = document.version.text
    spans = [piece for s in document.sentences for piece in bounded(text, s.start, s.end)] or list(bounded(text, 0, len(text)))
    lex, pats, hdg = lexicon(vocab).for_text(text, spans), figure_patterns(vocab), hedges(vocab)
    spoken = word_time_patterns(vocab)
    claims: list[Claim] = []
    for lo, hi in spans:
        nums = scan(text, lex, lo, hi)
        if not nums:
            lowered = text[lo:hi].lower()
            if (may_hold(spoken.noon_keys, lowered) or may_hold(pats.whole_keys, lowered) or may_hold(spoken.part_keys, lowered)
                    or pats.each_nth_re is not None and pats.each_nth_re.search(text, lo, hi)):
                # "à midi", "all day", "ce soir", "jeder Dritte": a time, a duration or a share with no number
                claims.extend(special_claims(document, text, lo, hi, pats, nums, vocab))
            continue
        nums = [_few(text, _unsign(text, n, lo, hdg), lo, pats) for n in _unmasked(nums, pats.mask_re.finditer(text, lo, hi))]
        figures = _with_composite_heads(text, nums, [_figure(text, n, lo, hi, pats, lex) for n in nums], lo, hi, pats, lex)
        special = special_claims(document, text, lo, hi, pats, nums, vocab)
        found = _claims(document, text, nums, figures, lo, hi, pats, hdg)
        claims.extend(c for c in found if not overlaps(c, special))
        claims.extend(special)
    return relative_times(document, claims, vocab)


#: A "sentence" longer than this (a table, a list with no full stop) is read in pieces of about this size:
#: what is looked up in a figure's sentence (a running-count cue, a rate, the words around it) then costs
#: the same for every figure, however long the text runs without a full stop.
MAX_SPAN = 2000


def bounded(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """``(lo, hi)`` itself, or cut into pieces of about MAX_SPAN characters: after the last comma or
    semicolon of the second half of each piece, else after its last space that follows no digit. A figure is
    never cut: a run of characters with no space is read whole."""
    while hi - lo > MAX_SPAN:
        half = lo + MAX_SPAN // 2
        window = text[half : lo + MAX_SPAN]
        punctuation = max(window.rfind(", "), window.rfind("; "))
        space = window.rfind(" ")
        while space > 0 and window[space - 1].isdigit():  # not between a figure and its unit ("3 millions")
            space = window.rfind(" ", 0, space)
        if punctuation < 0 and space < 0:
            break  # one token of thousands of characters: read whole (its figure keeps the words after it)
        cut = half + (punctuation + 2 if punctuation >= 0 else space + 1)
        yield lo, cut
        lo = cut
    yield lo, hi


#: Units that a smaller one divides exactly: "45 minutes et 24 secondes" is 2,724 seconds.
SUBUNITS = {("minute", "second"): 60, ("hour", "minute"): 60, ("hour", "second"): 3600, ("day", "hour"): 24,
            ("week", "day"): 7, ("year", "month"): 12}


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


def _few(text: str, n: Number, lo: int, pats: FigurePatterns) -> Number:
    """"einige Hundert", "a few hundred", "qualche migliaio": a scale word alone after a "few" word
    (``duration_few``) is at least two of it and vague, as "Hunderte", "hundreds" are."""
    if (n.words and n.scale > 1 and n.value == n.scale and n.approx != "plural" and pats.few_before_re is not None
            and pats.few_before_re.search(text, max(lo, n.start - 20), n.start)):
        return replace(n, approx="plural")
    return n


def _with_composite_heads(text: str, nums: list[Number], figures: list[_Figure | None], lo: int, hi: int,
                          pats: FigurePatterns, lex: Any) -> list[_Figure | None]:
    """An article before a unit is one of it at the head of a composite duration ("einer Minute und drei
    Sekunden", "une minute et 14 secondes"), where alone it may be no length ("un jour", "eine Woche")."""
    for k in range(len(nums) - 1):
        n, nn, nxt = nums[k], nums[k + 1], figures[k + 1]
        if figures[k] is not None or not n.weak or nxt is None or nxt.kind != "duration" or nxt.start != nn.start:
            continue
        head = _figure(text, n, lo, hi, pats, lex, head=True)
        if head is not None and head.kind == "duration" and (head.unit, nxt.unit) in SUBUNITS and pats.minor_re.fullmatch(text, head.end, nn.start):
            figures[k] = head
    return figures


def _figure(text: str, n: Number, lo: int, hi: int, pats: FigurePatterns, lex: Any, head: bool = False) -> _Figure | None:
    """What the number ``n`` measures, from the words around it; None when it is no claim."""
    fig = _Figure(n, "", n.start, n.end, n.value)
    m = pats.suffix_re.match(text, n.end, hi)
    kind = m.lastgroup if m else None
    if kind == "adj":
        kind = "dur"
    elif kind == "pts":  # "de 1,4 point": a percentage point where the sentence speaks of a rate, else a counted noun
        kind = "pp" if pats.speaks_of_a_rate(text, lo, hi) else None
    prefix = pats.prefix_re.search(text, max(lo, n.start - 24), n.start)
    if prefix and prefix.group("sym") and kind not in ("cur", "pct", "pp", "bp"):
        if kind == "unit" and m is not None and m.group("unit") in pats.symbol_scales:
            fig.value, fig.end = n.value * pats.symbol_scales[m.group("unit")], m.end()  # "€3.5m"
        fig.kind, fig.start, kind = "money", prefix.start(), None
        fig.currency = pats.currencies.get(fold(prefix.group("sym")))
    elif prefix and prefix.group("pctp") and not kind:
        fig.kind, fig.start = "percent", prefix.start()
        fig.unit = "percent"
    if kind and m is not None:
        word = fold(m.group(kind) or "")
        fig.end = m.end()
        if kind == "pp":
            fig.kind, fig.unit = "percentage_point", "percentage_point"
        elif kind == "bp":  # "25 punti base": a hundredth of a percentage point
            fig.kind, fig.unit, fig.value = "percentage_point", "percentage_point", n.value * HUNDREDTH
            fig.extra["basis_points"] = True
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
    if not fig.kind and n.fraction and 0 < n.value < 1 and pats.share_re is not None and pats.share_re.match(text, n.end, hi):
        fig.kind, fig.unit, fig.value = "percent", "percent", (n.value * 100).quantize(HUNDREDTH)
        fig.extra["share"] = True  # "two-thirds of": a rounding, see SHARE_SLACK
    if not fig.kind and not n.weak and not n.fraction and pats.units_around:
        around = pats.noun_around(text, n.start, n.end, lo, hi, units=True)  # "magnitude 6.8 earthquake": no count of earthquakes
        if around:
            fig.kind, fig.unit, fig.end = "quantity", around[0], around[1]
    if not fig.kind and not n.weak and not (n.fraction and n.value < 1):
        noun = pats.noun_re.match(text, n.end, hi)
        if noun and (not noun.group("link") or n.scale > 1 or n.approx):
            key = fold(noun.group("noun"))
            word = noun.group("noun")
            if pats.capitalized_nouns:
                capital_ok = word[:1].isupper()  # "auf 168 gestiegen" counts no verb
            else:  # "53 Britons" counts, "the Boeing 787 Dreamliner", "419 Tony Blair" name something
                capital_ok = not word[:1].isupper() or not pats.plurals.endings or pats.plurals(word)
            elided = key[: max(key.find("'"), key.find("’")) + 1]  # "nell'anno": an elided article or preposition, no noun
            if (key not in pats.stop and key not in lex.entries and len(key) > 1 and capital_ok and not (elided and elided in pats.stop)
                    and key not in pats.day_part_nouns):
                fig.kind, fig.unit, fig.end = "count", noun.group("noun").lower(), noun.end()
                group = pats.partitive(text, key, noun.end(), hi)
                if group:  # "12 membres d'équipage" counts the crew
                    fig.unit, fig.end = group[0].lower(), group[1]
    if not fig.kind and not n.weak and not n.fraction and pats.nouns_around:
        around = pats.noun_around(text, n.start, n.end, lo, hi)  # "sale a 161 il bilancio delle vittime"
        if around:
            fig.kind, fig.unit, fig.end = "quantity" if around[2] else "count", around[0] if around[2] else around[0].lower(), around[1]
    if not fig.kind or not (head and fig.kind == "duration" or _acceptable(text, n, fig, lo, pats)):
        return None
    if fig.kind == "duration":
        half = pats.and_a_half_re.match(text, fig.end, hi) if pats.and_a_half_re is not None and n.value == n.value.to_integral_value() else None
        if half:  # "deux heures et demie"
            fig.value, fig.end = fig.value + Decimal("0.5"), half.end()
        if pats.age_before_re.search(text, max(lo, fig.start - 16), fig.start):
            fig.extra["age"] = True
        age = pats.age_after_re.match(text, fig.end, hi)
        if age:
            fig.extra["age"], fig.end = True, age.end()
    return fig


def _bare(text: str, n: Number, lo: int, pats: FigurePatterns, hdg: Any) -> _Figure | None:
    """A number no unit or noun governs, as a ``number`` claim (rules may ignore it; ``--claims`` lists it);
    None for an article or pronoun ("un", "one"), a part of a code ("A320", "COVID-19"), a year (a date's,
    unless a strict bound comes before it: "plus de 1100", "more than 2000") and an ordinal ("3e", "3.º")."""
    prev = text[n.start - 1 : n.start] if n.start > lo else ""
    code = not n.words and (prev.isalpha() or prev in ("#", "-") and n.start - 1 > lo and text[n.start - 2].isalpha())
    if n.weak or code or prev == "°":
        return None
    after = text[n.end : n.end + 3]
    if after[:1].isalpha() or after[:1] == "." and after[1:2].isalpha():  # "3e", "3.º"
        return None
    if _yearlike(n) and not _strictly_bounded(text, n, lo, hdg):
        return None  # a year is a date's
    if pats.ordinal_dot and after[:1] == "." and after[1:2] == " " and after[2:3].isalpha():
        return None  # "in der 2. Liga" is an ordinal
    return _Figure(n, "number", n.start, n.end, n.value)


#: Kinds whose unit a bare figure borrows from the figure it is coordinated with.
BORROWED_KINDS = frozenset({"money", "percent", "percentage_point", "quantity"})


def _coordinated(text: str, n: Number, nn: Number, nxt: _Figure, hdg: Any) -> bool:
    """"9.850 millones y 6.809 millones de euros", "3 et 4 %": a bare figure joined by "and" to a figure of the
    same scale with a unit states the same unit (counts and durations say theirs each time: "5 y 6 heridos" is rare)."""
    return nxt.kind in BORROWED_KINDS and nxt.start == nn.start and n.scale == nn.scale and not n.weak and hdg.joined(text, n.end, nn.start)


#: A change in brackets after a figure ("72 (+64)"), then what ends an item of a list: a comma, a full stop,
#: a closing bracket or the end of the sentence (a join word is checked apart).
_BRACKETED_CHANGE = _regex.compile(r"\s*\(\s*[+\-−–±]\s*[\d.,]+\s*\)")
_ITEM_END = _regex.compile(r"\s*(?:[,;.)]|\Z)")


def _listed(text: str, fig: _Figure, last: tuple[Claim, Decimal | None] | None, hi: int, hdg: Any) -> _Figure | None:
    """"Labour won 412 seats, the Conservatives 121 (-251) and the Lib Dems 72", "CDU 208 seats, AfD — 151",
    "l'AfD (152)": a whole number that ends an item of a list, after a count of its sentence with only bare
    numbers between and in the same scale, counts what that count counts (the noun is said once for the
    list). None when it does not: a change ("(+64)", "(menos 33)"), a day in brackets ("sexta-feira (4)")."""
    n = fig.num
    if n.weak or n.value <= 0 or n.value != n.value.to_integral_value() or _yearlike(n):
        return None
    before = text[max(0, n.start - 2) : n.start].strip()[-1:]
    if before in ("+", "-", "−", "–", "±") or before == "(" and not (text.startswith(")", n.end) and _after_name(text, n.start - 1)):
        return None
    if last is None:
        return None
    head, scale = last
    if head.kind != "count" or not head.unit or head.extra.get("range") or scale != n.scale:
        return None
    opened = text.rfind("(", head.end, n.start)
    if opened > text.rfind(")", head.end, n.start) and text[opened + 1 : n.start].strip():
        return None  # "(menos 33)": a change said in brackets
    change = _BRACKETED_CHANGE.match(text, n.end, hi)
    end = change.end() if change else n.end
    if not (_ITEM_END.match(text, end, hi) or hdg.range_join_re.match(text, end, hi)):
        return None
    return _Figure(n, "count", n.start, n.end, n.value, head.unit, extra={"listed": True}, borrowed=True)


_NAME_END = _regex.compile(r"(\w[\w&.-]*)\s*\Z")  # "l'AfD": the word after the apostrophe


def _after_name(text: str, at: int) -> bool:
    """Does a capitalized word end right before ``text[at]`` ("AfD (", not "sexta-feira (")?"""
    word = _NAME_END.search(text, max(0, at - 40), at)
    return word is not None and word.group(1)[:1].isupper()


def _one_in(text: str, n: Number, nn: Number, nxt: _Figure | None, pats: FigurePatterns) -> bool:
    """"un Français sur trois", "sete em cada dez eleitores", "one in five": a share of a whole, read as a percent
    (the second figure a whole number above the first, neither a year, no unit after the second: "5 in 10 days")."""
    if pats.share_in_re is None or (nxt is not None and nxt.kind not in ("", "count")) or _yearlike(nn):
        return False
    if not (0 < n.value < nn.value and n.value == n.value.to_integral() and nn.value == nn.value.to_integral()):
        return False
    m = pats.share_in_re.fullmatch(text, n.end, nn.start)
    return m is not None and (m.group("any") is not None or n.value == 1)


def _changed(text: str, n: Number, nn: Number, nxt: _Figure, lo: int, hdg: Any) -> bool:
    """"von 2 auf 3,4 Milliarden Euro", "de 8 para 7,5%", "dal 9 all'8,5%": the bare figure a change starts from
    is in the unit of the figure it ends at."""
    return nxt.kind in BORROWED_KINDS and not n.weak and hdg.change(text, n.start, n.end, nn.start, lo)


def _shared_scale(n: Number, nn: Number) -> Decimal:
    """The scale a bare figure takes from the next one of a range or a change: "2 to 3.4 billion" is two billion,
    while "von 50.000 auf 2,9 Millionen" keeps its own (50 000 is nearer 2.9 million than 2.9)."""
    if n.scale != 1 or nn.scale <= 1 or n.value <= 0:
        return Decimal(1)
    digits = abs(nn.value) / nn.scale
    return nn.scale if n.value * n.value < digits * abs(nn.value) else Decimal(1)


#: A range's high end is at most this many times its low end: "increased 117,000 to 2.98 million" is a change
#: by 117,000 to a level of 2.98 million, where "5 to 6 points" and "10 to 100 people" are ranges.
RANGE_SPREAD = 10


def _range_ends(n: Number, nn: Number, fig: _Figure | None) -> bool:
    """Whether "X to Y" can be a range rather than a change by X to Y (X far below Y, in its own scale)."""
    low = fig.value if fig is not None else n.value * _shared_scale(n, nn)
    return not (0 < low and 0 < nn.value) or nn.value <= low * RANGE_SPREAD


def _strictly_bounded(text: str, n: Number, lo: int, hdg: Any) -> bool:
    """Whether "plus de", "more than", "menos de" … comes just before: an amount, since no year is
    "more than 2000" (the bounds that include theirs, "jusqu'à", "up to", may end a span of years)."""
    hedge = hdg.before(text, n.start, lo)
    return hedge is not None and hedge[0] in ("at_least", "at_most") and hedge[1]


def _acceptable(text: str, n: Number, fig: _Figure, lo: int, pats: FigurePatterns) -> bool:
    """Drop years, ordinals, codes and articles read as numbers."""
    prev, prev2 = text[n.start - 1 : n.start] if n.start > lo else "", text[n.start - 2 : n.start - 1] if n.start - 1 > lo else ""
    if prev.isalpha() or prev in ("#", "°") or (prev in ("-", "/") and prev2.isalpha()):
        return fig.kind == "money" and fig.start < n.start
    if fig.end == n.end and text[n.end : n.end + 1].isalnum() and not n.words:
        return False
    if _yearlike(n) and fig.kind in ("count", "duration") and not _count_not_year(text, n, fig, lo, pats):
        return False
    if n.weak and fig.kind == "duration" and fig.unit in pats.article_durations:  # "une heure", "an hour"
        return True
    if n.weak and fig.kind == "duration" and pats.and_a_half_re is not None and pats.and_a_half_re.match(text, fig.end):
        return True  # "um ano e meio", "a year and a half": no date's "un an", a length
    if n.weak and fig.kind not in ("money", "quantity", "percent", "percentage_point"):  # "ein Prozent"
        return False
    if n.fraction and n.value < 1 and n.scale == 1 and fig.kind == "count":
        return False
    return True


def _count_not_year(text: str, n: Number, fig: _Figure, lo: int, pats: FigurePatterns) -> bool:
    """"1500 emplois", "2000 manifestants": a count, unless a year cue comes first ("en 2022 ...": not one that
    is a hedge too, "hasta 2000 personas"), the
    noun does not look plural ("the 2023 public deficit") or is capitalised ("2022 Microsoft ..."); where
    nouns are capitalised ("1301 Tote"), unless it is not."""
    noun = text[fig.end - len(fig.unit or "") : fig.end]
    initial = noun[:1]
    if fig.kind != "count" or not fig.unit or not (initial.isupper() if pats.capitalized_nouns else initial.islower()):
        return False
    written = not text[n.end : fig.end - len(noun)].strip()  # the noun right after the figure, not a toll named around it
    if written and pats.plurals.endings and not pats.plurals(noun):
        return False  # "the 2023 public deficit", "de 2022 cuando": one year, no count of one thing ("1301 dead" counts)
    if pats.hedged_year_cue_end and pats.hedged_year_cue_end.search(text, max(lo, n.start - 25), n.start):
        return True  # "hasta 2000 personas", "até 2000 pessoas": the cue hedges a count
    return not (pats.year_cue_end and pats.year_cue_end.search(text, max(lo, n.start - 25), n.start))


#: A dash that glues two numbers into a designation when the second is the smaller ("Boeing 787-8").
DESIGNATION_DASHES = frozenset("-\u2010\u2011")


def _named(text: str, start: int) -> bool:
    """Digits glued by a dash to a word with letters are part of a name ("A320-200", "COVID-19", "F-16")."""
    dash = start if text[start] in DESIGNATION_DASHES else start - 1  # read as a sign, or before the digits
    if dash < 1 or text[dash] not in DESIGNATION_DASHES:
        return False
    word = dash
    while word > 0 and text[word - 1].isalnum():
        word -= 1
    return any(ch.isalpha() for ch in text[word:dash])


def _yearlike(n: Number) -> bool:
    return n.plain and 1000 <= n.value <= 2100


def _claims(document: Document, text: str, nums: list[Number], figures: list[_Figure | None],
            lo: int, hi: int, pats: FigurePatterns, hdg: Any) -> list[Claim]:
    out: list[Claim] = []
    last: tuple[Claim, Decimal | None] | None = None  # the last claim that is no bare number, and its scale word
    taken = -1
    k = 0
    while k < len(figures):
        fig, n = figures[k], nums[k]
        k += 1
        if n.start < taken or (not n.words and _named(text, n.start)):
            continue
        nxt = figures[k] if k < len(figures) else None
        nn = nums[k] if k < len(nums) else None
        if nn is not None and (fig is None or fig.kind == "count") and _one_in(text, n, nn, nxt, pats):
            fig = _Figure(n, "percent", n.start, nn.end, (n.value * 100 / nn.value).quantize(HUNDREDTH), "percent", extra={"share": True})
            nxt = nn = None
            k += 1
        low_fig = None
        if nn is not None and nxt is not None and (fig is None or fig.kind == nxt.kind) and not _yearlike(n):
            between = hdg.range_start(text, n.start, lo) is not None and (
                hdg.joined(text, n.end, nn.start) or (fig is not None and hdg.joined(text, fig.end, nn.start))  # "entre 26,6 % et 28,6 %"
            )
            to = hdg.to(text, n.end, nn.start) and not hdg.after_from(text, n.start, lo) and _range_ends(n, nn, fig)
            if to and nn.value < n.value and text[n.end:nn.start] in DESIGNATION_DASHES:
                taken, k = nn.end, k + 1  # "787-8", "A320-200": a model's name, not a range
                continue
            if between or to:
                low_fig = fig or _Figure(n, nxt.kind, n.start, n.end, n.value, nxt.unit, nxt.currency)
            elif fig is None and (hdg.to(text, n.end, nn.start) or _coordinated(text, n, nn, nxt, hdg) or _changed(text, n, nn, nxt, lo, hdg)):
                fig = _Figure(n, nxt.kind, n.start, n.end, n.value * _shared_scale(n, nn), nxt.unit, nxt.currency, dict(nxt.extra), borrowed=True)
        if low_fig is not None:
            assert nxt is not None and nn is not None
            a = low_fig.value * (_shared_scale(n, nn) if fig is None else 1)
            if nxt.extra.get("minor") and fig is None:
                a = a * HUNDREDTH
            b = nxt.value
            start = hdg.range_start(text, n.start, lo)
            start = n.start if start is None else start
            rng = (min(a, b), max(a, b))
            claim = _claim(document, text, nxt, start, nxt.end, (a + b) / 2, "range", rng[0], rng[1], {"range": [a, b]}, lo, hi, pats)
            out.append(claim)
            last = (claim, None)
            taken, k = nxt.end, k + 1
            continue
        if fig is None:
            fig = _bare(text, n, lo, pats, hdg)
            if fig is None:
                continue
            if pats.list_items_share_noun:
                fig = _listed(text, fig, last, hi, hdg) or fig
        value, end = fig.value, fig.end
        if fig.kind == "money" and fig.currency and nn is not None and nn.start >= fig.end and not fig.borrowed:
            # "15 dollars et 15", "3 dollars 50 cents", "thirteen dollars and forty-five cents"
            if (pats.minor_re.fullmatch(text, fig.end, nn.start) and nn.value < 100 and nn.value == nn.value.to_integral() and not nn.weak
                    and not fig.extra.get("minor") and (nxt is None or nxt.kind in ("money", ""))):
                cents = pats.minor_word_re.match(text, nn.end, hi)
                value, end, k = value + nn.value * HUNDREDTH, cents.end() if cents else nn.end, k + 1
        if (fig.kind == "duration" and nxt is not None and nn is not None and nxt.kind == "duration" and nxt.start == nn.start
                and (fig.unit, nxt.unit) in SUBUNITS and not fig.extra.get("age") and pats.minor_re.fullmatch(text, fig.end, nn.start)):
            # "45 minutes et 24 secondes", "1 min 3 sec", "2 ans et 3 mois": one duration, in the smaller unit
            value, end, k = value * SUBUNITS[(fig.unit, nxt.unit)] + nxt.value, nxt.end, k + 1
            fig.unit = nxt.unit
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
        low, high, flags = interval(value, qualifier, open_, collective=n.approx == "approx")
        qualifier = "approx" if qualifier in ("approx_below", "approx_above") else qualifier  # "almost 2,400": its interval says below
        if n.approx == "plural":
            flags = {**flags, "vague": True}  # "des milliards", "dozens of": no figure to compare
        if fig.extra.get("share") and qualifier in ("exact", "approx"):  # "gut ein Drittel" is no closer than "ein Drittel"
            slack = share_slack(value)  # "one in every 200" (0.5 %) is no 3 %
            qualifier, low, high = "approx", min(low, value - slack), max(high, value + slack)
        out.append(_claim(document, text, fig, start, end, value, qualifier, low, high, flags, lo, hi, pats))
        if fig.kind != "number":
            last = (out[-1], fig.num.scale)
        taken = end
    return out


def _claim(document: Document, text: str, fig: _Figure, start: int, end: int, value: Decimal, qualifier: str,
           low: Decimal | None, high: Decimal | None, extra: dict[str, Any], lo: int, hi: int, pats: FigurePatterns) -> Claim:
    sentence = document.sentence_at(start)
    extra = {**fig.extra, **extra, "context": context_words(text, start, end, lo, hi, pats)}
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


def _running(text: str, fig: _Figure, lo: int, hi: int, pats: FigurePatterns) -> bool:
    """A toll or casualty count, which moves as a story unfolds."""
    if fig.unit and fold(fig.unit) in pats.running_nouns:
        return True
    return bool(pats.running_cue_re and pats.running_cue_re.search(text, lo, hi))


def _as_of(text: str, lo: int, hi: int, pats: FigurePatterns) -> str | None:
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
