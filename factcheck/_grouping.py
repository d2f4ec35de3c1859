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

import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ._markers import hookimpl
from ._events import block_keys, features, join
from ._model import Version, VersionGroup
from ._config import workers
from ._shingles import Profile, Shingler, normalize, profile

if TYPE_CHECKING:
    from ._config import Config

__all__ = ["Match", "Profile", "common_shingles", "compare", "group", "normalize", "profile"]

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
#: From this many loose files, ``-j`` profiles them on several cores.
PARALLEL_FROM = 2000
#: Up to this many files, candidate pairs come from an exact index; above, from MinHash LSH.
EXACT_LIMIT = 20000
#: Containment from which LSH proposes a pair (below MIN_CONTAINMENT, to miss few true pairs).
LSH_CONTAINMENT = 0.2
#: 64 permutations: 128 found no more true pairs on 10,000 files, and took 2.5 times the time and memory
#: (the Ensemble indexes every signature under each of its band shapes).
LSH_PERMUTATIONS = 64
#: Blocks whose shingles are this similar (both ways) count as identical.
SAME_BLOCK = 0.90
#: A shingle present in more than max(COMMON_MIN_FILES, COMMON_SHARE * files) files is boilerplate.
COMMON_MIN_FILES = 50
COMMON_SHARE = 0.20
#: Above twice this many files, boilerplate candidates come from a sample of about this many.
COMMON_SAMPLE = 2000
#: Merging two groups (unless both are single files) needs more than this share of
#: their cross pairs to be at least related, so one file cannot chain two stories.
MERGE_SUPPORT = 0.5
#: "Related" for that check: containment of the smaller file.
RELATED_CONTAINMENT = 0.15


@dataclass(frozen=True, slots=True)
class Match:
    """The evidence :func:`compare` weighed for two files."""

    shared: int
    #: Shared shingles over the smaller file's.
    containment: float
    #: The same over the parts left once identical blocks are set aside; None when one part is negligible.
    rest_containment: float | None
    same_story: bool


def _identical_blocks(a: list[frozenset[int]], b: list[frozenset[int]]) -> tuple[frozenset[int], frozenset[int]]:
    """The shingles of the blocks of ``a`` and ``b`` that are the same block in both (up to SAME_BLOCK)."""
    owner: dict[int, int] = {}
    for index, block in enumerate(b):
        for shingle in block:
            owner.setdefault(shingle, index)
    same_a: set[int] = set()
    same_b: set[int] = set()
    for block in a:
        votes = Counter(owner[s] for s in block if s in owner)
        if not votes:
            continue
        # Highest vote, earliest block on ties: never depend on set iteration order.
        index = min(votes, key=lambda i: (-votes[i], i))
        other = b[index]
        common = len(block & other)
        if common >= SAME_BLOCK * len(block) and common >= SAME_BLOCK * len(other):
            same_a |= block
            same_b |= other
    return frozenset(same_a), frozenset(same_b)


def _negligible(rest: frozenset[int], whole: int) -> bool:
    allowance = max(NEGLIGIBLE_REST, min(NEGLIGIBLE_REST_SHARE * whole, NEGLIGIBLE_REST_MAX))
    return len(rest) <= allowance


def _shared(a: Profile, b: Profile) -> int:
    return len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))


def compare(a: Profile, b: Profile) -> Match:
    """Decide whether two files are versions of one story.

    Both must hold: at least MIN_SHARED shared shingles, and a containment of at
    least MIN_CONTAINMENT. When both files keep non-negligible prose beside the
    blocks they share word for word, those remainders must agree as well
    (MIN_REST_CONTAINMENT): a shared header, footer or background paragraph
    above two different articles leaves two remainders that do not.
    """
    shared = _shared(a, b)
    smaller = min(len(a), len(b))
    containment = shared / smaller if smaller else 0.0
    if shared < MIN_SHARED or containment < MIN_CONTAINMENT:
        return Match(shared, containment, None, False)
    same_a, same_b = _identical_blocks(a.blocks(), b.blocks())
    rest_a, rest_b = a.shingle_set() - same_a, b.shingle_set() - same_b
    if _negligible(rest_a, len(a)) or _negligible(rest_b, len(b)):
        return Match(shared, containment, None, True)
    rest = len(rest_a & rest_b) / min(len(rest_a), len(rest_b))
    return Match(shared, containment, rest, rest >= MIN_REST_CONTAINMENT)


def profile_all(texts: Sequence[str], jobs: int = 1) -> list[Profile]:
    """The profile of each text, in order; on ``jobs`` processes when there are enough texts to pay for starting them."""
    if jobs <= 1 or len(texts) < PARALLEL_FROM:
        shingler = Shingler()
        return [shingler.profile(t) for t in texts]
    size = max(1, min(500, len(texts) // (4 * jobs)))
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
            return [p for profiles in pool.map(_profile_chunk, chunks) for p in profiles]
    except (OSError, BrokenProcessPool, RuntimeError):  # no processes to be had here: one core will do
        return _profile_chunk(texts)


def _profile_chunk(texts: Sequence[str]) -> list[Profile]:
    shingler = Shingler()  # one per chunk: each distinct word of the chunk is hashed once
    return [shingler.profile(t) for t in texts]


def common_shingles(profiles: Sequence[Profile]) -> np.ndarray:
    """Shingles found in so many files of the folder that they must be boilerplate (sorted).

    In a large folder, counting every shingle would hold them all at once. A
    shingle in more than COMMON_SHARE of the files is then looked for first in
    an evenly spread sample of COMMON_SAMPLE files, where it shows up in
    about that share too: those seen in at least half that share there are the
    candidates, and only they are counted over the whole folder.
    """
    limit = max(COMMON_MIN_FILES, COMMON_SHARE * len(profiles))
    if len(profiles) <= limit:
        return np.empty(0, dtype=np.int64)
    candidates = None
    if len(profiles) > 2 * COMMON_SAMPLE:
        sample = profiles[:: len(profiles) // COMMON_SAMPLE]
        seen, counts = np.unique(np.concatenate([p.shingles for p in sample]), return_counts=True)
        candidates = seen[counts >= COMMON_SHARE / 2 * len(sample)]
    if candidates is None:
        shingles, counts = np.unique(np.concatenate([p.shingles for p in profiles]), return_counts=True)
    else:
        shingles, counts = candidates, np.zeros(len(candidates), dtype=np.int64)
        for p in profiles:
            counts += np.isin(candidates, p.shingles, assume_unique=True)
    return shingles[counts > limit]


def candidate_pairs(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs (i < j) worth comparing: exactly through an index below EXACT_LIMIT files, by MinHash LSH above."""
    if len(profiles) <= EXACT_LIMIT:
        return exact_candidates(profiles)
    return lsh_candidates(profiles)


def exact_candidates(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least MIN_SHARED shingles, found through a sorted shingle -> files index.

    All (shingle, file) entries are sorted by shingle; files that share a
    shingle then sit side by side, and the pairs of each run are counted with
    array operations: the work grows with the number of entries and of
    co-occurrences, not with the square of the number of files.
    """
    if len(profiles) < 2:
        return []
    shingles = np.concatenate([p.shingles for p in profiles])
    files = np.repeat(np.arange(len(profiles), dtype=np.int64), [len(p) for p in profiles])
    order = np.argsort(shingles, kind="stable")  # stable: files stay in increasing order within a run
    shingles, files = shingles[order], files[order]
    del order
    same_as_next = shingles[1:] == shingles[:-1]
    keys = []
    # Pairs at distance d inside a run: positions whose next d entries share their shingle.
    span = same_as_next
    positions = np.flatnonzero(span)
    distance = 1
    while len(positions):
        keys.append(files[positions] * len(profiles) + files[positions + distance])
        positions = positions[positions + distance < len(same_as_next)]
        positions = positions[same_as_next[positions + distance]]
        distance += 1
    if not keys:
        return []
    pairs, counts = np.unique(np.concatenate(keys), return_counts=True)
    found = pairs[counts >= MIN_SHARED]
    return [(int(k // len(profiles)), int(k % len(profiles))) for k in found]


def lsh_candidates(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs whose estimated containment (shared over the smaller side) reaches LSH_CONTAINMENT.

    datasketch's LSH Ensemble indexes MinHash signatures for containment
    queries, so the cost grows with the number of files, not its square. The
    shingles are stable hashes already, so MinHash takes them as they are; the
    result is the same on every run. A pair it proposes is still decided by
    :func:`compare` on the exact shingle sets.
    """
    from datasketch import LeanMinHash, MinHash, MinHashLSHEnsemble

    sized = [(i, p) for i, p in enumerate(profiles) if len(p) >= MIN_SHARED]
    if len(sized) < 2:
        return []
    # One file's shingles at a time become Python integers: all at once, they would take gigabytes.
    low_bits = ((p.shingles & 0xFFFFFFFF).tolist() for _, p in sized)
    signatures = [LeanMinHash(m) for m in MinHash.generator(low_bits, num_perm=LSH_PERMUTATIONS, hashfunc=int)]
    ensemble = MinHashLSHEnsemble(threshold=LSH_CONTAINMENT, num_perm=LSH_PERMUTATIONS, num_part=16)
    ensemble.index([(i, sig, len(p)) for (i, p), sig in zip(sized, signatures)])
    pairs = set()
    for (i, p), sig in zip(sized, signatures):
        for j in ensemble.query(sig, len(p)):
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
    smaller = min(len(a), len(b))
    return smaller > 0 and _shared(a, b) >= RELATED_CONTAINMENT * smaller


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


def group(versions: Sequence[Version], jobs: int = 1) -> list[list[Version]]:
    """Partition loose versions into stories.

    Versions with a ``story_key`` are grouped by that key and never mixed with
    others; the rest are grouped by text similarity (copies of one dispatch),
    then those groups by what they report (:mod:`._events`: the names and
    figures of one event). Members are ordered by path, groups by their first
    member's path, whatever the input order.
    """
    ordered = sorted(versions, key=lambda v: v.path)
    keyed: dict[str, list[Version]] = defaultdict(list)
    loose: list[Version] = []
    for version in ordered:
        (keyed[version.story_key] if version.story_key else loose).append(version)
    result = list(keyed.values())
    profiles = profile_all([v.body for v in loose], jobs)
    common = common_shingles(profiles)
    profiles = [p.without(common) for p in profiles]
    copies = _link(profiles, candidate_pairs(profiles))
    del profiles
    # A block that files of two groups carry word for word is the site's, not the story's.
    keys = [block_keys(v.body) for v in loose]
    seen_in = Counter(key for members in copies for key in set().union(*(keys[i] for i in members)))
    furniture = {key for key, n in seen_in.items() if n > 1}
    bags = [features(v.body, v.lang, furniture & keys[i]) for i, v in enumerate(loose)]
    del keys
    for event in join(copies, bags, [v.lang for v in loose]):
        members = sorted((loose[i] for g in event.members for i in copies[g]), key=lambda v: v.path)
        if len(event.members) > 1:
            members = VersionGroup(members, f"event (shared: {', '.join(event.reasons)})")
        result.append(members)
    return sorted(result, key=lambda g: min(v.path for v in g))


@hookimpl
def factcheck_group_versions(versions: list[Version], config: Config) -> list[list[Version]] | None:
    """The built-in grouping: story keys first, then text similarity (profiles on ``-j`` cores)."""
    return group(versions, workers(config.getoption("jobs")) if config is not None else 1)
