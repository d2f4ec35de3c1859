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

Candidate pairs come from an inverted index (shingle -> files), built in
slices and bounded for shingles found in many files, so that time and memory
stay close to linear in the number of files; :func:`compare` decides. Accepted pairs are joined with union-find,
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
from ._events import Reading, bag, join, read
from ._model import Version, VersionGroup
from ._config import workers
from ._shingles import Profile, Shingler, normalize, profile, split

if TYPE_CHECKING:
    from ._config import Config

__all__ = ["Match", "Profile", "Sketch", "common_shingles", "compare", "group", "normalize", "profile", "sketch"]

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
#: A shingle in more files than this pairs its first file with each other one (see ``candidate_pairs``).
STAR_FROM = 50
#: The shingle index is built in slices of about this many (shingle, file) entries.
SLICE_ENTRIES = 2_000_000
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
    """Pairs (i < j) worth comparing: those that share at least MIN_SHARED shingles, and the files of a
    shingle found in many files linked through the first of them.

    All (shingle, file) entries are sorted by shingle; files that share a
    shingle then sit side by side, and the pairs of each run are counted with
    array operations, so the work grows with the amount of text, not with the
    square of the number of files. Two bounds keep it linear in large folders:

    - a shingle in more than STAR_FROM files (a dispatch republished by
      hundreds of sites, a standard paragraph) makes pairs of its first file
      with each other one, not every pair: :func:`compare` decides them, and
      union-find joins the copies through that first file;
    - the index is built in slices of the shingle range (profiles are sorted,
      so each file's part of a slice is one cut), SLICE_ENTRIES entries at a
      time, and only the counts per pair are kept from one slice to the next.
    """
    if len(profiles) < 2:
        return []
    n = len(profiles)
    total = sum(len(p) for p in profiles)
    slices = max(1, -(-total // SLICE_ENTRIES))
    low, high = np.iinfo(np.int64).min, np.iinfo(np.int64).max
    bounds = [low + (high - low) // slices * k for k in range(slices)] + [None]
    cuts = [np.zeros(n, dtype=np.int64)]
    found_keys, found_counts, stars = [], [], []
    for k in range(slices):
        end = bounds[k + 1]
        cut = np.array([len(p.shingles) if end is None else np.searchsorted(p.shingles, end) for p in profiles], dtype=np.int64)
        start = cuts[-1]
        cuts.append(cut)
        keys, star = _slice_pairs([p.shingles[a:b] for p, a, b in zip(profiles, start.tolist(), cut.tolist())], cut - start, n)
        if len(keys):
            unique, counts = np.unique(keys, return_counts=True)
            found_keys.append(unique)
            found_counts.append(counts)
        stars.append(star)
    pairs = np.empty(0, dtype=np.int64)
    if found_keys:
        unique, inverse = np.unique(np.concatenate(found_keys), return_inverse=True)
        pairs = unique[np.bincount(inverse, weights=np.concatenate(found_counts)) >= MIN_SHARED]
    pairs = np.union1d(pairs, np.concatenate(stars))
    return [(int(k // n), int(k % n)) for k in pairs]


def _slice_pairs(shingles: list[np.ndarray], lengths: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """For one slice of the index: a key (i * n + j) for each shingle two files share, once per shingle, and
    the keys of the star pairs of shingles found in more than STAR_FROM files."""
    values = np.concatenate(shingles) if shingles else np.empty(0, dtype=np.int64)
    files = np.repeat(np.arange(n, dtype=np.int64), lengths)
    order = np.argsort(values, kind="stable")  # stable: files stay in increasing order within a run
    values, files = values[order], files[order]
    del order
    if len(values) < 2:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], values[1:] != values[:-1])))
    runs = np.diff(np.append(starts, len(values)))
    run_of = np.repeat(np.arange(len(starts)), runs)
    crowded = (runs > STAR_FROM)[run_of]
    first = files[starts][run_of]
    stars = (first * n + files)[crowded & (files != first)]
    same_as_next = (values[1:] == values[:-1]) & ~crowded[:-1]
    keys = []
    # Pairs at distance d inside a run: positions whose next d entries share their shingle.
    positions = np.flatnonzero(same_as_next)
    distance = 1
    while len(positions):
        keys.append(files[positions] * n + files[positions + distance])
        positions = positions[positions + distance < len(same_as_next)]
        positions = positions[same_as_next[positions + distance]]
        distance += 1
    return (np.concatenate(keys) if keys else np.empty(0, dtype=np.int64)), stars


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


@dataclass(frozen=True, slots=True, eq=False)
class Sketch:
    """What grouping keeps of a loose file once read: its shingles, and its names and figures."""

    profile: Profile
    reading: Reading


#: Word hashes are shared by the sketches of one process; the table starts afresh past this many words.
_SHINGLER_WORDS = 1_000_000
_shingler = Shingler()


def sketch(version: Version) -> Sketch:
    """The :class:`Sketch` of one version (its text may then be let go)."""
    global _shingler
    if len(_shingler) > _SHINGLER_WORDS:
        _shingler = Shingler()
    body = version.body
    parts = split(body)
    return Sketch(_shingler.profile_blocks(*parts), read(body, version.lang, parts))


def group(versions: Sequence[Version], jobs: int = 1, sketches: Sequence[Sketch | None] | None = None) -> list[list[Version]]:
    """Partition loose versions into stories.

    Versions with a ``story_key`` are grouped by that key and never mixed with
    others; the rest are grouped by text similarity (copies of one dispatch),
    then those groups by what they report (:mod:`._events`: the names and
    figures of one event). Members are ordered by path, groups by their first
    member's path, whatever the input order. ``sketches`` (one per version, or
    None) stand for the texts of the versions that no longer carry theirs.
    """
    given = list(sketches) if sketches is not None else [None] * len(versions)
    order = sorted(range(len(versions)), key=lambda i: versions[i].path)
    keyed: dict[str, list[Version]] = defaultdict(list)
    loose: list[Version] = []
    known: list[Sketch | None] = []
    for i in order:
        version = versions[i]
        if version.story_key:
            keyed[version.story_key].append(version)
        else:
            loose.append(version)
            known.append(given[i])
    result = list(keyed.values())
    missing = [i for i, s in enumerate(known) if s is None]
    for i, found in zip(missing, profile_all([loose[i].body for i in missing], jobs)):
        known[i] = Sketch(found, read(loose[i].body, loose[i].lang))
    sketched: list[Sketch] = known  # type: ignore[assignment]  # every entry is filled now
    profiles = [s.profile for s in sketched]
    common = common_shingles(profiles)
    profiles = [p.without(common) for p in profiles]
    copies = _link(profiles, candidate_pairs(profiles))
    del profiles
    # A block that files of two groups carry word for word is the site's, not the story's.
    seen_in = Counter(key for members in copies for key in np.unique(np.concatenate([sketched[i].reading.block_keys for i in members])).tolist())
    furniture = {key for key, n in seen_in.items() if n > 1}
    bags = [bag(s.reading, furniture) for s in sketched]
    del sketched, known
    for event in join(copies, bags, [v.lang for v in loose]):
        members = sorted((loose[i] for g in event.members for i in copies[g]), key=lambda v: v.path)
        if len(event.members) > 1:
            members = VersionGroup(members, f"event (shared: {', '.join(event.reasons)})")
        result.append(members)
    return sorted(result, key=lambda g: min(v.path for v in g))


@hookimpl
def factcheck_sketch_version(version: Version, config: Config) -> Sketch:
    """The built-in sketch: shingles and event features, so that the text need not wait for grouping."""
    return sketch(version)


@hookimpl
def factcheck_group_versions(versions: list[Version], config: Config, sketches: list[Sketch | None] | None) -> list[list[Version]] | None:
    """The built-in grouping: story keys first, then text similarity (profiles on ``-j`` cores), then events."""
    return group(versions, workers(config.getoption("jobs")) if config is not None else 1, sketches)
