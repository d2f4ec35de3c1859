"""Group the loose files of a folder into stories by text similarity.

Two files are versions of one story when a large share of the smaller one's
article prose reappears, as runs of five words ("shingles"), in the other one.
Similarity is a *containment* (shared shingles over the smaller side), not a
Jaccard index, because one version may carry pages of site furniture or
reader comments that the other lacks.

Boilerplate must never make two different articles one story, so:

- only prose counts: lists of headlines, menus, titles and other short lines
  without a sentence end are ignored;
- shingles found in a large share of the folder are ignored;
- a block (line or paragraph) that two files share word for word counts only
  if what remains of both files agrees too, or if nearly nothing remains of one
  of them: a shared header or footer above two different articles does not.

Candidate pairs come from an exact inverted index (shingle -> files) in
folders of up to EXACT_LIMIT files, and from MinHash LSH (datasketch's LSH
Ensemble, built for containment) above, so that the cost stays close to
linear in the number of files; either way :func:`compare` decides. Accepted pairs are joined with union-find,
strongest first; a group grows only when most of its files relate to the
newcomers, so one file quoting two stories cannot chain them.
See ``docs/grouping.md``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ._markers import hookimpl
from ._model import Version

if TYPE_CHECKING:
    from ._config import Config

#: Words per shingle.
SHINGLE_WORDS = 5
#: A block is prose when it has at least this many words and a sentence end.
PROSE_MIN_WORDS = 8
#: At least this many distinct shingles must be shared (about 30 words of common text).
MIN_SHARED = 25
#: Shared shingles over the smaller file's prose shingles.
MIN_CONTAINMENT = 0.30
#: When both files keep prose of their own beside their identical blocks, the same
#: measure taken on those remainders only.
MIN_REST_CONTAINMENT = 0.25
#: A remainder is negligible when it holds at most this many shingles ...
NEGLIGIBLE_REST = 10
#: ... or at most this share of the file's prose shingles, but never more than
#: NEGLIGIBLE_REST_MAX: a short article must not hide under a long shared notice.
NEGLIGIBLE_REST_SHARE = 0.10
NEGLIGIBLE_REST_MAX = 25
#: Up to this many files, candidate pairs come from an exact index; above, from MinHash LSH.
EXACT_LIMIT = 2000
#: Containment from which LSH proposes a pair (below MIN_CONTAINMENT, to miss few true pairs).
LSH_CONTAINMENT = 0.2
LSH_PERMUTATIONS = 128
#: Blocks whose shingles are this similar (both ways) count as identical.
SAME_BLOCK = 0.90
#: A shingle present in more than max(COMMON_MIN_FILES, COMMON_SHARE * files) files is boilerplate.
COMMON_MIN_FILES = 50
COMMON_SHARE = 0.20
#: Merging two groups (unless both are single files) needs more than this share of
#: their cross pairs to be at least related, so one file cannot chain two stories.
MERGE_SUPPORT = 0.5
#: "Related" for that check: containment of the smaller file.
RELATED_CONTAINMENT = 0.15

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_MARKS = regex.compile(r"\p{M}+")
_TOKEN = regex.compile(r"\p{N}+(?:[.,]\p{N}+)*|\p{L}+")
#: Three or more spaces inside a line separate items of a flattened list.
_ITEM_GAP = regex.compile(r"[^\S\n]{3,}")
_SENTENCE_END = regex.compile(r"[.!…](?=[\s\"»”’)]|$)")
_LINE_END = regex.compile(r"[.!?:;…\"»”)]\s*$")
_LOWER_START = regex.compile(r"^\s*\p{Ll}")


def normalize(text: str) -> list[str]:
    """Words of ``text``: case-folded, accents and ligatures flattened, numbers kept (``2,9`` -> ``2.9``)."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = _MARKS.sub("", text).casefold()
    return [token.replace(",", ".") for token in _TOKEN.findall(text)]


def blocks(text: str) -> list[str]:
    """Lines of ``text``, hard-wrapped paragraphs rejoined, flattened lists split into items."""
    lines: list[str] = []
    for line in text.splitlines():
        if lines and lines[-1] and not _LINE_END.search(lines[-1]) and _LOWER_START.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line.strip())
    return [item.strip() for line in lines if line for item in _ITEM_GAP.split(line) if item.strip()]


def is_prose(block: str, words: Sequence[str]) -> bool:
    """Prose has enough words and a sentence end; headlines, menus and bylines do not."""
    return len(words) >= PROSE_MIN_WORDS and _SENTENCE_END.search(block) is not None


@dataclass(frozen=True, slots=True)
class Profile:
    """What similarity looks at in one file: its prose blocks as sets of shingles."""

    #: Shingle sets of the prose blocks, in text order.
    blocks: tuple[frozenset[int], ...]
    #: Every prose shingle of the file.
    shingles: frozenset[int]

    def without(self, common: frozenset[int]) -> Profile:
        """The profile with folder-wide boilerplate shingles removed."""
        if not common or common.isdisjoint(self.shingles):
            return self
        kept = tuple(b - common for b in self.blocks)
        return Profile(tuple(b for b in kept if b), self.shingles - common)


def profile(text: str) -> Profile:
    """Shingle the prose of ``text``."""
    found: list[frozenset[int]] = []
    for block in blocks(text):
        words = normalize(block)
        if not is_prose(block, words):
            continue
        shingles = frozenset(
            hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
        )
        found.append(shingles)
    return Profile(tuple(found), frozenset().union(*found))


@dataclass(frozen=True, slots=True)
class Match:
    """The evidence :func:`compare` weighed for two files."""

    shared: int
    #: Shared shingles over the smaller file's.
    containment: float
    #: The same over the parts left once identical blocks are set aside; None when one part is negligible.
    rest_containment: float | None
    same_story: bool


def _identical_blocks(a: Profile, b: Profile) -> tuple[frozenset[int], frozenset[int]]:
    """The shingles of the blocks of ``a`` and ``b`` that are the same block in both (up to SAME_BLOCK)."""
    owner: dict[int, int] = {}
    for index, block in enumerate(b.blocks):
        for shingle in block:
            owner.setdefault(shingle, index)
    same_a: set[int] = set()
    same_b: set[int] = set()
    for block in a.blocks:
        votes = Counter(owner[s] for s in block if s in owner)
        if not votes:
            continue
        # Highest vote, earliest block on ties: never depend on set iteration order.
        index = min(votes, key=lambda i: (-votes[i], i))
        other = b.blocks[index]
        common = len(block & other)
        if common >= SAME_BLOCK * len(block) and common >= SAME_BLOCK * len(other):
            same_a |= block
            same_b |= other
    return frozenset(same_a), frozenset(same_b)


def _negligible(rest: frozenset[int], whole: frozenset[int]) -> bool:
    allowance = max(NEGLIGIBLE_REST, min(NEGLIGIBLE_REST_SHARE * len(whole), NEGLIGIBLE_REST_MAX))
    return len(rest) <= allowance


def compare(a: Profile, b: Profile) -> Match:
    """Decide whether two files are versions of one story.

    Both must hold: at least MIN_SHARED shared shingles, and a containment of at
    least MIN_CONTAINMENT. When both files keep non-negligible prose beside the
    blocks they share word for word, those remainders must agree as well
    (MIN_REST_CONTAINMENT): a shared header, footer or background paragraph
    above two different articles leaves two remainders that do not.
    """
    shared = len(a.shingles & b.shingles)
    smaller = min(len(a.shingles), len(b.shingles))
    containment = shared / smaller if smaller else 0.0
    if shared < MIN_SHARED or containment < MIN_CONTAINMENT:
        return Match(shared, containment, None, False)
    same_a, same_b = _identical_blocks(a, b)
    rest_a, rest_b = a.shingles - same_a, b.shingles - same_b
    if _negligible(rest_a, a.shingles) or _negligible(rest_b, b.shingles):
        return Match(shared, containment, None, True)
    rest = len(rest_a & rest_b) / min(len(rest_a), len(rest_b))
    return Match(shared, containment, rest, rest >= MIN_REST_CONTAINMENT)


def common_shingles(profiles: Sequence[Profile]) -> frozenset[int]:
    """Shingles found in so many files of the folder that they must be boilerplate."""
    limit = max(COMMON_MIN_FILES, COMMON_SHARE * len(profiles))
    counts = Counter(s for p in profiles for s in p.shingles)
    return frozenset(s for s, n in counts.items() if n > limit)


def candidate_pairs(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs (i < j) worth comparing: exactly through an index below EXACT_LIMIT files, by MinHash LSH above."""
    if len(profiles) <= EXACT_LIMIT:
        return exact_candidates(profiles)
    return lsh_candidates(profiles)


def exact_candidates(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least MIN_SHARED shingles, found through a shingle -> files index."""
    index: dict[int, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for shingle in p.shingles:
            index[shingle].append(i)
    counts: Counter[tuple[int, int]] = Counter()
    for files in index.values():
        if len(files) > 1:
            for x, i in enumerate(files):
                for j in files[x + 1 :]:
                    counts[(i, j)] += 1
    return sorted(pair for pair, n in counts.items() if n >= MIN_SHARED)


def lsh_candidates(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs whose estimated containment (shared over the smaller side) reaches LSH_CONTAINMENT.

    datasketch's LSH Ensemble indexes MinHash signatures for containment
    queries, so the cost grows with the number of files, not its square. It is
    seeded, hence deterministic; a pair it proposes is still decided by
    :func:`compare` on the exact shingle sets.
    """
    from datasketch import MinHash, MinHashLSHEnsemble

    sized = [(i, p) for i, p in enumerate(profiles) if len(p.shingles) >= MIN_SHARED]
    if len(sized) < 2:
        return []
    signatures = MinHash.bulk([[s.to_bytes(8, "little", signed=True) for s in p.shingles] for _, p in sized], num_perm=LSH_PERMUTATIONS)
    ensemble = MinHashLSHEnsemble(threshold=LSH_CONTAINMENT, num_perm=LSH_PERMUTATIONS, num_part=16)
    ensemble.index([(i, sig, len(p.shingles)) for (i, p), sig in zip(sized, signatures)])
    pairs = set()
    for (i, p), sig in zip(sized, signatures):
        for j in ensemble.query(sig, len(p.shingles)):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


class _Groups:
    """Union-find over file indexes, with member lists so groups can be checked before merging."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members = {i: [i] for i in range(size)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = sorted((self.find(i), self.find(j)))
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))


def _related(a: Profile, b: Profile) -> bool:
    smaller = min(len(a.shingles), len(b.shingles))
    return smaller > 0 and len(a.shingles & b.shingles) >= RELATED_CONTAINMENT * smaller


def _link(profiles: Sequence[Profile], pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Union-find over accepted pairs, strongest first, refusing to chain two groups through one file."""
    matches = [(compare(profiles[i], profiles[j]), i, j) for i, j in pairs]
    accepted = sorted(((-m.containment, i, j) for m, i, j in matches if m.same_story))
    groups = _Groups(len(profiles))
    for _, i, j in accepted:
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        left, right = groups.members[ri], groups.members[rj]
        if len(left) > 1 or len(right) > 1:
            support = sum(_related(profiles[x], profiles[y]) for x in left for y in right)
            if support <= MERGE_SUPPORT * len(left) * len(right):
                continue
        groups.union(i, j)
    return sorted(sorted(m) for m in groups.members.values())


def group(versions: Sequence[Version]) -> list[list[Version]]:
    """Partition loose versions into stories.

    Versions with a ``story_key`` are grouped by that key and never mixed with
    others; the rest are grouped by text similarity. Members are ordered by
    path, groups by their first member's path, whatever the input order.
    """
    ordered = sorted(versions, key=lambda v: v.path)
    keyed: dict[str, list[Version]] = defaultdict(list)
    loose: list[Version] = []
    for version in ordered:
        (keyed[version.story_key] if version.story_key else loose).append(version)
    result = list(keyed.values())
    profiles = [profile(v.body) for v in loose]
    common = common_shingles(profiles)
    profiles = [p.without(common) for p in profiles]
    result += [[loose[i] for i in members] for members in _link(profiles, candidate_pairs(profiles))]
    return sorted(result, key=lambda g: g[0].path)


@hookimpl
def factcheck_group_versions(versions: list[Version], config: Config) -> list[list[Version]] | None:
    """The built-in grouping: story keys first, then text similarity."""
    return group(versions)
