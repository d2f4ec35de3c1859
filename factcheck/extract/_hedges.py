"""Qualifiers: the hedge words around a figure, and the feasible interval each allows.

Every numeric claim carries a qualifier and an interval ``[low, high]`` of the
values it allows (``None`` = unbounded). Two versions contradict only when
their intervals do not meet, so the interval is the claim's real meaning.

Tolerance policy
----------------
* **exact** — a figure written without hedge ("2,9 milliards de dollars",
  "110 morts") is a point: ``low = high = value``.
* **approx** — "près de", "environ", "quelque", "about", "nearly", "cerca de",
  "une dizaine de" … hold every value that rounds to the figure at the
  precision it is written with. The step is the place of the figure's last
  non-zero digit, scale included; the interval is ``value ± step / 2``, both
  ends closed. "près de 3 milliards" → step 10^9 → [2.5e9, 3.5e9] (it holds
  2.9e9); "environ 25 milliards" → [24.5e9, 25.5e9]; "près de 30%" → step 10
  → [25, 35]; "about 2.9 billion" → [2.85e9, 2.95e9]. Trailing zeros count as
  rounding ("30", "4 000"), the usual reading of round figures in news; a
  trailing zero after a decimal point ("2,90") is read the same way, which
  only widens the interval.
  "nearly", "almost", "presque", "casi", "quase", "fast", "quasi" (``approx_below``) hold the values just
  below the figure, up to it: "almost 2,400" → [2,300, 2,400], so it does not meet "more than 2,400";
  "just over", "un peu plus de", "poco más de" (``approx_above``) those just above it. Both reach one step
  (at most a quarter of the figure) and are written ``approx`` in the claim.
* **at_least** — "plus de 50%", "more than", "más de": ``low = 50``,
  ``high = None``, ``extra["low_open"] = True`` (50 itself is excluded).
  "au moins", "at least", "al menos", "65 ans et plus": the bound is included.
  "des milliers de", "thousands of": at least two thousand, included.
* **at_most** — "moins de", "less than", "menos de": ``high`` excluded
  (``extra["high_open"] = True``); "jusqu'à", "up to", "hasta", "au plus":
  included. ``low`` stays None: a hedge says nothing of a lower bound. After
  a comma or a verb of change, "hasta" names the level reached ("creció un
  13,9%, hasta 9.850 millones"): no hedge (``level_hedges``, ``level_after``).
* **range** — "entre 10 et 20 %", "between 8 and 10", "8 to 10 feet",
  "10-20 %": ``[low, high]`` closed, ``value`` is the middle and
  ``extra["range"]`` holds both figures as written.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

import regex

from .. import _regex
from .._fold import fold
from .._vocab import Vocab
from ._numbers_lexicon import cached, phrase_pattern

#: Hedge classes of the data file and the (qualifier, open bound) each gives.
CLASSES: dict[str, tuple[str, bool]] = {
    "approx": ("approx", False),
    "approx_below": ("approx_below", False),
    "approx_above": ("approx_above", False),
    "at_least": ("at_least", True),
    "at_least_or_equal": ("at_least", False),
    "at_most": ("at_most", True),
    "at_most_or_equal": ("at_most", False),
    "exact": ("exact", False),
}


class Hedges:
    """The compiled hedge phrases of one language."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        before = "|".join(
            rf"(?P<{name}>{phrase_pattern(data[name])})" for name in CLASSES if data.get(name)
        )
        after = "|".join(
            rf"(?P<{name}>{phrase_pattern(data[name + '_after'])})" for name in CLASSES if data.get(name + "_after")
        )
        self.before_re = _regex.compile(rf"(?<!\w)(?:{before or '(?!)'})\s*\Z", regex.IGNORECASE)
        self.after_re = _regex.compile(rf"\s*,?\s*(?:{after or '(?!)'})(?!\w)", regex.IGNORECASE)
        self.not_for_durations = {w.casefold() for w in data.get("ignore_before_durations", [])}
        self.level_hedges = {w.casefold() for w in data.get("level_hedges", [])}
        self.level_after_re = _regex.compile(
            rf"(?:,|(?<!\w){phrase_pattern(data['level_after'])})\s*\Z", regex.IGNORECASE
        ) if data.get("level_after") else _regex.compile(r",\s*\Z")
        self.range_start_re = _regex.compile(
            rf"(?<!\w){phrase_pattern(data.get('range_start', []))}\s+\Z", regex.IGNORECASE
        )
        self.range_join_re = _regex.compile(rf"\s+{phrase_pattern(data.get('range_join', []))}\s+", regex.IGNORECASE)
        to = [w for w in data.get("range_to", []) if w.strip()]
        self.range_to_re = _regex.compile(
            rf"\s*(?:{phrase_pattern([w for w in to if w.isalpha()])}(?=\s)|[{''.join(regex.escape(w) for w in to if not w.isalpha())}])\s*",
            regex.IGNORECASE,
        )
        #: Between the two figures of a change after a "from" word: the range's "to" words and the language's own.
        change = [w for w in to if w.isalpha()] + list(data.get("change_to", []))
        self.change_to_re = _regex.compile(
            rf"\s*(?:{phrase_pattern(change)}|[{''.join(regex.escape(w) for w in to if not w.isalpha()) or '-'}])\s*", regex.IGNORECASE
        )
        self.range_from_re = _regex.compile(
            rf"(?<!\w){phrase_pattern(data.get('range_from', []))}\s*\Z", regex.IGNORECASE
        )
        change_from = list(data.get("range_from", [])) + list(data.get("change_from", []))
        self.change_from_re = _regex.compile(rf"(?<!\w){phrase_pattern(change_from)}\s*\Z", regex.IGNORECASE)

    def before(self, text: str, start: int, lo: int, duration: bool = False) -> tuple[str, bool, int] | None:
        """The hedge ending just before ``start``: (qualifier, open bound, hedge start).

        With ``duration``, words that only mean "during" there ("over three years") are no hedge.
        """
        m = self.before_re.search(text, max(lo, start - 40), start)
        if m is None or (duration and m.group(m.lastgroup or 0).casefold() in self.not_for_durations):
            return None
        if self._names_a_level(text, m, lo):
            return None
        name = m.lastgroup or "exact"
        qualifier, open_ = CLASSES[name]
        return qualifier, open_, m.start(name)

    def _names_a_level(self, text: str, m: Any, lo: int) -> bool:
        """"creció un 13,9%, hasta 9.850 millones": after a comma or a verb of change, a ``level_hedges``
        word ("hasta") is the level reached, not an upper bound."""
        if m.group(m.lastgroup or 0).casefold() not in self.level_hedges:
            return False
        return self.level_after_re.search(text, max(lo, m.start() - 30), m.start()) is not None

    def after(self, text: str, end: int, hi: int) -> tuple[str, bool, int] | None:
        """The hedge just after ``end`` ("et plus", "or more"): (qualifier, open bound, hedge end)."""
        m = self.after_re.match(text, end, hi)
        if m is None:
            return None
        qualifier, open_ = CLASSES[m.lastgroup or "exact"]
        return qualifier, open_, m.end()

    def range_start(self, text: str, start: int, lo: int) -> int | None:
        """Start of "entre"/"between" just before ``start``."""
        m = self.range_start_re.search(text, max(lo, start - 12), start)
        return m.start() if m else None

    def joined(self, text: str, end: int, start: int) -> bool:
        """Is ``text[end:start]`` a range join ("et", "and", "y")?"""
        return self.range_join_re.fullmatch(text, end, start) is not None

    def to(self, text: str, end: int, start: int) -> bool:
        """Is ``text[end:start]`` a "to" of a range ("à", "to", "-")?"""
        return self.range_to_re.fullmatch(text, end, start) is not None

    def change(self, text: str, start: int, end: int, nxt: int, lo: int) -> bool:
        """Is the figure ``text[start:end]`` where a change starts, the figure at ``nxt`` where it ends: a "from"
        word before it, a "to" word between them ("von 2 auf 3", "de 2 para 3", "da 2 a 3", "from 2 to 3")?"""
        return (self.change_to_re.fullmatch(text, end, nxt) is not None
                and self.change_from_re.search(text, max(lo, start - 16), start) is not None)

    def after_from(self, text: str, start: int, lo: int) -> bool:
        """Does a "from" word ("de", "from") come just before ``start`` (a change, not a range)?"""
        return self.range_from_re.search(text, max(lo, start - 16), start) is not None


def hedges(vocab: Vocab) -> Hedges:
    """The compiled hedges of ``vocab``'s language (cached)."""
    return cached(vocab, "hedges", lambda v: Hedges(v["numbers"].get("hedges", {})))


def step(value: Decimal) -> Decimal:
    """The place of the last non-zero digit: 3e9 → 1e9, 2.9e9 → 1e8, 30 → 10, 0.25 → 0.01."""
    if not value.is_finite() or value == 0:
        return Decimal(1)
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent)  # type: ignore[arg-type]


#: The farthest a hedged figure reaches, as a share of it: "près de 100 000" is not 61 000, though its
#: last digit is the 1 of 100 000.
APPROX_REACH = Decimal("0.25")


def interval(value: Decimal, qualifier: str, open_: bool = False, collective: bool = False) -> tuple[Decimal | None, Decimal | None, dict[str, bool]]:
    """The feasible interval of a figure under a qualifier: (low, high, open-bound flags). A ``collective`` noun
    ("une dizaine", "a hundred or so") is vaguer than a hedged figure: half its step, with no reach."""
    if qualifier == "approx":
        half = step(value) / 2 if collective else min(step(value) / 2, abs(value) * APPROX_REACH)
        return value - half, value + half, {}
    if qualifier in ("approx_below", "approx_above"):
        reach = min(step(value), abs(value) * APPROX_REACH)
        return (value - reach, value, {}) if qualifier == "approx_below" else (value, value + reach, {})
    if qualifier == "at_least":
        return value, None, {"low_open": True} if open_ else {}
    if qualifier == "at_most":
        return None, value, {"high_open": True} if open_ else {}
    return value, value, {}


def hedged_year_cues(vocab: Vocab) -> Any:
    """The year cues of the date data that are hedges of the number data too ("hasta", "até", "ab", "dès"),
    ending a text; None when there are none. After one, a year-like number before a plural noun is a hedged
    count ("hasta 2000 personas", "até 2000 pessoas"), not a year ("hasta 2030")."""
    data = vocab["numbers"].get("hedges", {}) if "numbers" in vocab.topics else {}
    phrases = {fold(w) for kind in CLASSES for w in data.get(kind, [])}
    cues = vocab["dates"].get("words", {}).get("year_cues", []) if "dates" in vocab.topics else []
    both = [c for c in cues if fold(c) in phrases]
    return _regex.compile(rf"(?<!\w){phrase_pattern(both, accents=True)}\s*\Z", regex.IGNORECASE) if both else None
