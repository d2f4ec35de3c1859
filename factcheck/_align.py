"""Built-in alignment: match claims of two versions by what surrounds them, never by position or value.

For every pair of versions, each pair of claims of the same kind (and of the
same unit for counts, quantities and durations) gets a score from two
overlaps (Jaccard): of the words that govern the figure (its context), and of
its whole sentence. Words go through the language's concept vocabulary
(``lang/<lang>/concepts.toml``: "investir", "invest", "invertir" are all
``@invest``), names pass as they are ("Microsoft", "Kishida"), and the other
figures of the sentence count by their normalized value ("deux prochaines
années" and "the next two years" are both ``#duration:2:year``), so that
versions in different languages align too. Pairs are taken best first, each
claim at most once, above a threshold. A claim's own value plays no part, so
that a changed figure is still aligned with the figure it contradicts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Iterable, Mapping

from . import _regex
from ._fold import fold_word
from ._markers import hookimpl
from ._model import AlignedPair, Claim, Document, Story

#: Lowest score for two claims to be taken as the same fact, same language.
MIN_SCORE = 0.25
#: The same across languages, where fewer words can match.
MIN_SCORE_CROSS = 0.12
#: Words on each side of a claim that make its context when the extractor gives none.
WINDOW = 12
#: Words shorter than this carry little meaning (articles, prepositions) unless they name a concept.
MIN_WORD = 4
_WORD = _regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*\p{L}|\p{L}")


@dataclass(frozen=True)
class Concepts:
    """A language's concept vocabulary: exact forms and stems, folded."""

    exact: Mapping[str, str]
    stems: Mapping[str, str]

    def of(self, word: str) -> str | None:
        """The concept id of a folded word, if the vocabulary has one."""
        hit = self.exact.get(word)
        if hit is not None:
            return hit
        for length in range(len(word), 3, -1):
            hit = self.stems.get(word[:length])
            if hit is not None:
                return hit
        return None


@hookimpl(trylast=True)
def factcheck_align(story: Story, documents: list[Document], claims: list[Claim], config: Any) -> list[AlignedPair]:
    langs = {d.version.path: d.version.lang for d in documents}
    concepts = {lang: concepts_of(config.vocab(lang) if config is not None else None) for lang in set(langs.values())}
    texts = {d.version.path: d.version.text for d in documents}
    neighbours = _sentence_values(claims, concepts, langs)
    sentences = SentenceWords()
    features = {}
    for claim in claims:
        lexicon = concepts[langs.get(claim.version)] if claim.version in langs else EMPTY
        text = texts.get(claim.version, "")
        others = neighbours.get((claim.version, claim.sentence), set()) - {_value_token(claim, lexicon)}
        features[id(claim)] = (context_tokens(claim, text, lexicon) | others, sentences.tokens(claim, text, lexicon) | others, unit_key(claim, lexicon))
    by_version: dict[str, list[Claim]] = {}
    for claim in claims:
        by_version.setdefault(claim.version, []).append(claim)
    pairs: list[AlignedPair] = []
    for left, right in combinations(sorted(by_version), 2):
        threshold = MIN_SCORE if langs.get(left) == langs.get(right) else MIN_SCORE_CROSS
        pairs.extend(align_two(by_version[left], by_version[right], features, threshold))
    return pairs


def align_two(left: list[Claim], right: list[Claim], features: dict[int, tuple], threshold: float = MIN_SCORE) -> list[AlignedPair]:
    """Greedy one-to-one matching of two versions' claims, best score first."""
    scored = []
    for a in left:
        context_a, sentence_a, unit_a = features[id(a)]
        for b in right:
            context_b, sentence_b, unit_b = features[id(b)]
            if a.kind != b.kind or unit_a != unit_b:
                continue
            score = (jaccard(context_a, context_b) + jaccard(sentence_a, sentence_b)) / 2
            if score >= threshold:
                scored.append((score, a.start, b.start, a, b))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    used: set[int] = set()
    pairs = []
    for score, _, _, a, b in scored:
        if id(a) in used or id(b) in used:
            continue
        used.update((id(a), id(b)))
        pairs.append(AlignedPair(a, b, round(score, 3)))
    return sorted(pairs, key=lambda p: (p.a.start, p.b.start))


def concepts_of(vocab: Any) -> Concepts:
    """The folded concept lexicon of a vocabulary (empty without one)."""
    table = vocab["concepts"].get("concepts", {}) if vocab is not None else {}
    exact, stems = {}, {}
    for concept, forms in table.items():
        for form in forms:
            if form.endswith("*"):
                stems[fold_word(form[:-1])] = concept
            else:
                exact[fold_word(form)] = concept
    return Concepts(exact, stems)


EMPTY = Concepts({}, {})


def unit_key(claim: Claim, lexicon: Concepts) -> str:
    """What must be equal for two claims to be compared: the unit, or the concept it names."""
    if claim.kind not in ("count", "quantity", "duration") or not claim.unit:
        return ""
    unit = fold_word(claim.unit)
    concept = lexicon.of(unit)
    return f"@{concept}" if concept else unit


def context_tokens(claim: Claim, text: str, lexicon: Concepts) -> frozenset[str]:
    """The extractor's context words, else the content words near the claim in its sentence."""
    given = claim.extra.get("context")
    if given:
        return frozenset(_tokens(given, lexicon))
    start, end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
    before = _WORD.findall(text[start : claim.start])[-WINDOW:]
    after = _WORD.findall(text[claim.end : end])[:WINDOW]
    return frozenset(_tokens(before + after, lexicon))


def sentence_tokens(claim: Claim, text: str, lexicon: Concepts) -> frozenset[str]:
    """Every content word of the claim's sentence but the claim's own."""
    start, end = claim.sentence or (claim.start, claim.end)
    words = _WORD.findall(text[start : claim.start]) + _WORD.findall(text[claim.end : end])
    return frozenset(_tokens(words, lexicon))


class SentenceWords:
    """:func:`sentence_tokens` for many claims, each sentence tokenized once.

    Tokenizing the whole sentence again for each claim in it made alignment
    quadratic: a 15 KB sentence of 2,000 figures took 45 s. A claim's tokens are
    the sentence's minus the words its span touches, plus the parts of those
    words that lie outside it: exactly what tokenizing the two slices gives.
    """

    def __init__(self) -> None:
        #: (version, start, end) -> the words' starts, ends and tokens (None: too short), and the tokens counted.
        self._sentences: dict[tuple[str, int, int], tuple[list[int], list[int], list[str | None], Counter[str]]] = {}

    def tokens(self, claim: Claim, text: str, lexicon: Concepts) -> frozenset[str]:
        start, end = claim.sentence or (claim.start, claim.end)
        if not start <= claim.start <= claim.end <= end:
            return sentence_tokens(claim, text, lexicon)
        key = (claim.version, start, end)
        if key not in self._sentences:
            matches = list(_WORD.finditer(text[start:end]))
            tokens = [_token(m.group(), lexicon) for m in matches]
            starts, ends = [start + m.start() for m in matches], [start + m.end() for m in matches]
            self._sentences[key] = (starts, ends, tokens, Counter(t for t in tokens if t))
        starts, ends, tokens, counts = self._sentences[key]
        first = bisect_right(ends, claim.start)  # the first word ending after the claim starts
        stop = bisect_left(starts, claim.end)  # the first word starting where the claim ends
        if first >= stop:
            return frozenset(counts)
        outside = counts - Counter(t for t in tokens[first:stop] if t)
        pieces = []
        if starts[first] < claim.start:
            pieces += _WORD.findall(text[starts[first] : claim.start])
        if ends[stop - 1] > claim.end:
            pieces += _WORD.findall(text[claim.end : ends[stop - 1]])
        return frozenset(outside) | frozenset(_tokens(pieces, lexicon))


def _token(word: str, lexicon: Concepts) -> str | None:
    """A word's concept (``@invest``), else the folded word if long enough to carry meaning."""
    folded = fold_word(word)
    concept = lexicon.of(folded)
    if concept:
        return f"@{concept}"
    return folded if len(folded) >= MIN_WORD else None


def _tokens(words: Iterable[str], lexicon: Concepts) -> Iterable[str]:
    for word in words:
        token = _token(word, lexicon)
        if token:
            yield token


def _sentence_values(claims: list[Claim], concepts: dict, langs: dict) -> dict[tuple, set[str]]:
    """The normalized values of the figures of each sentence, as tokens."""
    found: dict[tuple, set[str]] = {}
    for claim in claims:
        lexicon = concepts.get(langs.get(claim.version), EMPTY)
        found.setdefault((claim.version, claim.sentence), set()).add(_value_token(claim, lexicon))
    return found


def _value_token(claim: Claim, lexicon: Concepts) -> str:
    if claim.kind == "date":
        return f"#date:{claim.start_date}:{claim.end_date}"
    return f"#{claim.kind}:{claim.value}:{claim.currency or unit_key(claim, lexicon)}"


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
