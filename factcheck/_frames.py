"""What a figure measures and what surrounds it, as weighted words that compare across languages.

A claim's frame is made of its *measure* (the counted noun or unit, the
currency), which decides what it may be compared with at all, and of two
bags of weighted tokens: the words near the figure and those of its whole
sentence. Every word is lemmatized (simplemma) and mapped to a concept
shared by all languages where the language's ``concepts.toml`` has one
("médailles", "medals", "medallas" are all ``@medal``); country names in
any of the six languages become their CLDR code (babel: "Allemagne",
"Germany", "Alemania" are ``#DE``, "Saudi Arabia" and "Arabia Saudita"
``#SA``); a concept form or a country name of several words ("chiffre
d'affaires", "Estados Unidos") is one token on its first word; names and
other words pass as they are.
A token weighs by how rare it is in the language (wordfreq), so that "the"
or "de" count for nothing and "Hualien" or "Sheinbaum" for much.
"""

from __future__ import annotations

import sys
import threading
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import regex

from . import _regex
from ._fold import fold_word
from ._model import Claim
from ._units import unit
from ._vocab import MIN_STEM

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: Words on each side of the figure that make its near context.
NEAR = 6
#: How much a near word weighs by its distance from the figure (1 word, 2 words …).
DECAY = (1.0, 1.0, 0.7, 0.7, 0.45, 0.45)
#: Weight of a concept token, and the ceiling of any token's weight.
CONCEPT_WEIGHT = 4.0
MAX_WEIGHT = 6.0
#: A word whose Zipf frequency is at least this weighs nothing ("the", "de", "und").
COMMON_ZIPF = 6.3
#: Measures that name no particular thing counted (a toll counts what its near words say: the dead, the injured).
GENERIC_MEASURES = frozenset({"", "@person", "@toll"})
_WORD = _regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*\p{L}|\p{L}")
_APOSTROPHE = _regex.compile(r"['’]")


@dataclass(frozen=True)
class Concepts:
    """A language's concept vocabulary: exact forms and stems, folded, and forms of several words."""

    exact: Mapping[str, str]
    stems: Mapping[str, str]
    #: Forms of several words ("chiffre d'affaires", "posti di lavoro"), by their folded words.
    phrases: Mapping[tuple[str, ...], str] = field(default_factory=dict)

    def of(self, word: str) -> str | None:
        """The concept id of a folded word, if the vocabulary has one."""
        hit = self.exact.get(word)
        if hit is not None:
            return hit
        for length in range(len(word), MIN_STEM - 1, -1):
            hit = self.stems.get(word[:length])
            if hit is not None:
                return hit
        return None


EMPTY = Concepts({}, {})


#: Characters before a period searched for a comparison word.
BASELINE_REACH = 40


def _baseline_re(vocab: Any) -> Any:
    """The comparison words of ``[baseline]`` ending a text, then at most one short word ("than in")."""
    words = list(vocab["concepts"].get("baseline", {}).get("words", [])) if vocab is not None else []
    if not words:
        return None
    return _regex.compile(rf"(?<!\w)(?:{_regex.alternation(words)})(?:\s+\w{{1,4}}['’]?)?[\s,]*\Z", regex.IGNORECASE)


def concepts_of(vocab: Any) -> Concepts:
    """The folded concept lexicon of a vocabulary (empty without one)."""
    table = vocab["concepts"].get("concepts", {}) if vocab is not None else {}
    exact, stems, phrases = {}, {}, {}
    for concept, forms in table.items():
        for form in forms:
            words = phrase_key(form.rstrip("*"))
            if len(words) > 1:  # each word of the text is looked up alone: a phrase is matched by its words
                phrases[words] = concept
            elif form.endswith("*"):
                stems[fold_word(form[:-1])] = concept
            else:
                exact[fold_word(form)] = concept
    return Concepts(exact, stems, MappingProxyType(phrases))


def phrase_key(text: str) -> tuple[str, ...]:
    """The folded words of a phrase as the text's words are read ("chiffre d'affaires" -> chiffre, affaires)."""
    return tuple(fold_word(_core(word)) for word in _WORD.findall(text))


@dataclass(frozen=True)
class Frame:
    """What one claim measures, and the weighted words around it."""

    #: What must be equal for two claims to be compared: the unit or the concept it names.
    measure: str
    #: Tokens within :data:`NEAR` words of the figure, with their weights.
    near: Mapping[str, float]
    #: Tokens of the whole sentence (the near ones included).
    sentence: Mapping[str, float]
    #: The period the figure is said to cover ("5,381 million in 2023", "au premier trimestre"): its first and
    #: last day, None when no year, quarter or month stands beside it.
    period: tuple[Any, Any] | None = None


class Lexicon:
    """Tokens of one language: lemma, then concept, country code or the folded lemma, with a rarity weight."""

    def __init__(self, lang: str | None, vocab: Any) -> None:
        self.lang = lang or "und"
        self.concepts = concepts_of(vocab)
        self._baseline = _baseline_re(vocab)
        self._countries = countries()
        self._cache: dict[str, tuple[str, float] | None] = {}
        #: Tokens of phrases of several words by their first word: the country names (the same for every
        #: language, built once), then the language's concepts.
        concepts = {words: (concept_token(concept), CONCEPT_WEIGHT) for words, concept in self.concepts.phrases.items()}
        self._phrases = (_country_tokens(), _by_first_word(concepts))

    def phrase_tokens(self, words: list[str], tokens: list[tuple[str, float] | None]) -> list[tuple[str, float] | None]:
        """``tokens`` of ``words`` with each phrase of several words ("Saudi Arabia", "Estados Unidos", "posti di
        lavoro") made one token on its first word, its other words carrying nothing."""
        folded = [fold_word(_core(word)) for word in words]
        out = list(tokens)
        k = 0
        while k < len(folded):
            for phrase, hit in (*self._phrases[0].get(folded[k], ()), *self._phrases[1].get(folded[k], ())):
                if tuple(folded[k : k + len(phrase)]) == phrase:
                    out[k : k + len(phrase)] = [hit] + [None] * (len(phrase) - 1)
                    k += len(phrase) - 1
                    break
            k += 1
        return out

    def compares_with(self, text: str, start: int) -> bool:
        """Does a comparison word ("compared with", "con respecto a") come just before ``start`` (a short word
        between allowed: "than in")? The period written there is a figure's baseline, not its own."""
        return self._baseline is not None and self._baseline.search(text, max(0, start - BASELINE_REACH), start) is not None

    def token(self, word: str) -> tuple[str, float] | None:
        """``(token, weight)`` for a word of running text, None for a word that carries nothing."""
        hit = self._cache.get(word)
        if hit is None and word not in self._cache:
            hit = self._cache[word] = self._token(word)
        return hit

    def _token(self, word: str) -> tuple[str, float] | None:
        word = _core(word)
        if len(word) < 2:
            return None
        folded = fold_word(word)
        country = self._countries.get(folded)
        if country:
            return f"#{country}", MAX_WEIGHT
        concept = self.concepts.of(folded)
        if concept is None:
            lemma = fold_word(lemmatize(word, self.lang))
            concept = self.concepts.of(lemma) if lemma != folded else None
            folded = lemma or folded
        if concept:
            return concept_token(concept), CONCEPT_WEIGHT
        weight = rarity(word, self.lang)
        return (folded, weight) if weight > 0 else None

    def measure(self, claim: Claim) -> str:
        """The measure key of a claim (see :class:`Frame`)."""
        if claim.kind == "time_of_day":  # times compare in one zone; another place's time with none
            return f"elsewhere:{claim.version}:{claim.start}" if claim.unit == "elsewhere" else claim.unit or "local"  # "at:brasilia" too
        if claim.kind == "money":
            return ""  # every currency in one block: a swapped currency is a contradiction (see _align)
        if claim.kind not in ("count", "quantity") or not claim.unit:
            return ""
        known = unit(claim.unit) if claim.kind == "quantity" else None
        if known is not None:  # feet and metres measure one thing: a length
            return "@" + known.dimension.replace(" ", "_")
        words = _WORD.findall(claim.unit)
        if not words:
            return ""
        head = words[0]
        folded = fold_word(head)
        concept = self.concepts.of(folded) or self.concepts.of(fold_word(lemmatize(head, self.lang)))
        if concept:
            return concept_token(counted_as(concept) if claim.kind == "count" else concept)
        return fold_word(lemmatize(head, self.lang)) or folded


@lru_cache(maxsize=1)
def _measures_data() -> dict[str, Any]:
    return tomllib.loads((Path(__file__).parent / "lang" / "measures.toml").read_text(encoding="utf-8"))


def _measures() -> tuple[frozenset[str], int]:
    data = _measures_data()
    return frozenset(f"@{s}" for s in data["states"]), int(data["beside"])


def counted_as(concept: str) -> str:
    """The concept a count of ``concept`` is measured by (``[counted_as]``: MPs are seats)."""
    return _measures_data().get("counted_as", {}).get(concept, concept)


def _state(before: list[tuple[str, float] | None], after: list[tuple[str, float] | None], measure: str, bare: bool = False) -> str | None:
    """The state a count counts ("dead", "injured"), None when there is none or its noun is one:
    for a count of people the nearest state in its near words ("killing 137 people"), for
    another noun a state right after it ("1 301 pèlerins morts"), for a bare number a state
    beside it ("128 sont portées disparues", "matando a nueve")."""
    states, beside = _measures()
    if measure in states:
        return None
    if measure not in GENERIC_MEASURES:
        return next((hit[0] for hit in after[:beside] if hit and hit[0] in states), None)
    for distance in range(beside if bare else NEAR):
        for side in (after, before[::-1]):
            if distance < len(side) and side[distance] and side[distance][0] in states:
                return side[distance][0]
    return None


def concept_token(concept: str) -> str:
    """``@medal`` for a concept, ``#JP`` for a country code (the same token CLDR's names give)."""
    return f"#{concept}" if len(concept) == 2 and concept.isupper() else f"@{concept}"


def compatible_measures(a: str, b: str) -> bool:
    """Two counts may state one fact when they count the same thing, or when one of them counts
    nothing named (``person``, no noun): "137 people" killed and "137 morts"."""
    return a == b or a in GENERIC_MEASURES or b in GENERIC_MEASURES


def _core(word: str) -> str:
    """The longest part of a word between apostrophes: "l'or" -> "or", "dell'anno" -> "anno", "France's" -> "France"."""
    if "'" not in word and "’" not in word:
        return word
    parts = _APOSTROPHE.split(word)
    return max(reversed(parts), key=len)


class Framer:
    """Frames of many claims, each sentence tokenized once (a claim's near words are a slice of it)."""

    def __init__(self) -> None:
        #: (version, start, end) -> the sentence's word starts and tokens (None: carries nothing), and its bag.
        self._sentences: dict[tuple[str, int, int], tuple[list[int], list[tuple[str, float] | None], dict[str, float]]] = {}

    def frame(self, claim: Claim, text: str, lexicon: Lexicon) -> Frame:
        """The frame of a claim of a version whose full text is ``text``."""
        start, end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
        key = (claim.version, start, end)
        if key not in self._sentences:
            matches = list(_WORD.finditer(text, start, end))
            words = [m.group() for m in matches]
            tokens = lexicon.phrase_tokens(words, [lexicon.token(word) for word in words])
            self._sentences[key] = ([m.start() for m in matches], tokens, {t: w for t, w in filter(None, tokens)})
        starts, tokens, bag = self._sentences[key]
        first = bisect_left(starts, claim.start)  # the first word at or after the figure
        last = bisect_left(starts, claim.end)  # the first word after it
        before, after = tokens[max(0, first - NEAR) : first], tokens[last : last + NEAR]
        near: dict[str, float] = {}
        for side in (before[::-1], after):  # the closer a word, the more it says what the figure is about
            for distance, hit in enumerate(side):
                if hit is not None:
                    near[hit[0]] = max(near.get(hit[0], 0.0), hit[1] * DECAY[distance])
        measure = lexicon.measure(claim)
        if claim.kind in ("count", "number"):
            measure = _state(before, after, measure, bare=claim.kind == "number") or measure
        return Frame(measure, near, bag)


def weighted_jaccard(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weight of the shared tokens over the weight of all of them (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = sum(w for t, w in a.items() if t in b)
    total = sum(a.values()) + sum(w for t, w in b.items() if t not in a)
    return shared / total if total else 0.0


_LOCK = threading.Lock()
_LEMMATIZER: Any = None


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma (its small-memory dictionaries), the word itself for a language it lacks."""
    return _lemma(word, lang)


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    global _LEMMATIZER
    with _LOCK:
        if _LEMMATIZER is None:
            from simplemma import Lemmatizer
            from simplemma.strategies import DefaultStrategy

            _LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(low_memory=True))
    try:
        return str(_LEMMATIZER.lemmatize(word, lang))
    except (ValueError, TypeError):
        return word


@lru_cache(maxsize=200_000)
def rarity(word: str, lang: str) -> float:
    """How much a word says by being there: 0 for the commonest words, up to :data:`MAX_WEIGHT` for unknown ones."""
    from wordfreq import zipf_frequency

    try:
        zipf = zipf_frequency(word, lang, wordlist="small")
    except (LookupError, ValueError):
        zipf = 0.0
    if zipf == 0.0:
        return MAX_WEIGHT
    return max(0.0, min(MAX_WEIGHT, (COMMON_ZIPF - zipf) * 1.5))


#: Two-letter CLDR codes that are not places.
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
#: Locales whose country names are read: the six languages and their regional variants.
_LOCALES = ("en", "fr", "es", "pt", "de", "it", "pt_PT", "es_419", "fr_CA", "de_CH", "en_GB")


PhraseTable = dict[str, list[tuple[tuple[str, ...], tuple[str, float]]]]


def _by_first_word(phrases: Mapping[tuple[str, ...], tuple[str, float]]) -> PhraseTable:
    """Phrases and their tokens by their first word, the longest first."""
    table: PhraseTable = {}
    for words, hit in sorted(phrases.items(), key=lambda item: -len(item[0])):
        table.setdefault(words[0], []).append((words, hit))
    return table


@lru_cache(maxsize=1)
def _country_tokens() -> PhraseTable:
    return _by_first_word({words: (f"#{code}", MAX_WEIGHT) for words, code in country_phrases().items()})


@lru_cache(maxsize=1)
def country_phrases() -> dict[tuple[str, ...], str]:
    """Country names of several words in every supported locale ("Saudi Arabia", "Reino Unido", "Stati
    Uniti") -> ISO 3166 code (CLDR, through babel), by their folded words."""
    from babel import Locale

    found: dict[tuple[str, ...], str] = {}
    for name in _LOCALES:
        for code, label in Locale.parse(name).territories.items():
            words = phrase_key(label)
            if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES and len(words) > 1:
                found.setdefault(words, code)
    return found


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Folded country names in every supported locale -> ISO 3166 code (CLDR, through babel)."""
    from babel import Locale

    found: dict[str, str] = {}
    for name in _LOCALES:
        for code, label in Locale.parse(name).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_PLACES and " " not in label:
                found.setdefault(fold_word(label), code)
    return found
