"""Built-in alignment: match claims of two versions by the words around them, never by position.

For every pair of versions, each pair of claims of the same kind (and the same
unit for counts and quantities) gets a score: the overlap (Jaccard) of their
context words. Pairs are taken best first, each claim at most once, above a
threshold. Values play no part, so that a changed figure is still aligned.
"""

from __future__ import annotations

from itertools import combinations

import regex

from ._markers import hookimpl
from ._model import AlignedPair, Claim, Document, Story

#: Lowest context overlap for two claims to be taken as the same fact.
MIN_SCORE = 0.25
#: Words on each side of a claim that make its context, within its sentence.
WINDOW = 12
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
#: Words shorter than this carry little meaning (articles, prepositions) in fr, en and es alike.
MIN_WORD = 4


@hookimpl(trylast=True)
def factcheck_align(story: Story, documents: list[Document], claims: list[Claim]) -> list[AlignedPair]:
    texts = {d.version.path: d.version.text for d in documents}
    contexts = {id(c): context_words(c, texts.get(c.version, "")) for c in claims}
    by_version: dict[str, list[Claim]] = {}
    for claim in claims:
        by_version.setdefault(claim.version, []).append(claim)
    pairs: list[AlignedPair] = []
    for left, right in combinations(sorted(by_version), 2):
        pairs.extend(align_two(by_version[left], by_version[right], contexts))
    return pairs


def align_two(left: list[Claim], right: list[Claim], contexts: dict[int, frozenset[str]]) -> list[AlignedPair]:
    """Greedy one-to-one matching of two versions' claims, best context overlap first."""
    scored = []
    for a in left:
        for b in right:
            if not compatible(a, b):
                continue
            score = jaccard(contexts[id(a)], contexts[id(b)])
            if score >= MIN_SCORE:
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


def compatible(a: Claim, b: Claim) -> bool:
    """Claims that could speak of the same fact: same kind, and the same unit where units matter."""
    if a.kind != b.kind:
        return False
    if a.kind in ("count", "quantity", "duration"):
        return (a.unit or "") == (b.unit or "")
    return True


def context_words(claim: Claim, text: str) -> frozenset[str]:
    """The extractor's context words, else the content words near the claim in its sentence."""
    given = claim.extra.get("context")
    if given:
        return frozenset(str(w).lower() for w in given)
    start, end = claim.sentence or (max(0, claim.start - 200), min(len(text), claim.end + 200))
    before = [w.lower() for w in _WORD.findall(text[start : claim.start]) if len(w) >= MIN_WORD][-WINDOW:]
    after = [w.lower() for w in _WORD.findall(text[claim.end : end]) if len(w) >= MIN_WORD][:WINDOW]
    return frozenset(before + after)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
