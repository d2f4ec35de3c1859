"""Join independent reports of one event: the groups of near-copies that name the same people, places and figures.

Shingles join copies of one dispatch; outlets that write their own story, or
translate it, share no run of five words. What they share does not depend on
wording: the names they cite (people, places, organisations, written the same
in every language, countries matched through their CLDR codes), the figures
they give (a toll of 137, 7.4 of magnitude, 51.2 %), and the rare words of
the language they share. Each file becomes a weighted bag of those features:

- a name (a capitalised word not opening a sentence, not a common word of
  its language) weighs its rarity in wordfreq, so "Maduro" counts and "The"
  does not;
- a country, whatever the language it is written in, weighs COUNTRY_WEIGHT;
- a figure weighs by how much it singles out an event: a decimal or a number
  of three digits or more FIGURE_WEIGHT, two digits SMALL_FIGURE_WEIGHT, a
  year YEAR_WEIGHT, one digit nothing;
- a long rare word of the text's language weighs its rarity (same-language
  rewrites share them).

A feature found in one file only links nothing, and one found in more than
max(COMMON_MIN_FILES, COMMON_SHARE of the folder) files is boilerplate or the
folder's common theme: both are dropped. Two files are as close as the cosine
of their bags; two groups as the average over their cross pairs (average
linkage), and groups are merged, closest first, while that average reaches
EVENT_LINK. Two reports of two earthquakes share "earthquake" and the year,
but not the place, the toll, the magnitude or the people quoted: they stay
apart. The thresholds were set on the tuning half of the annotated real
stories (``bench/grouping.py``); see ``docs/grouping.md``.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from . import _regex
from ._fold import fold_word
from ._frames import countries, rarity
from ._shingles import is_prose, split

#: The title and lede (the first LEDE_CHARS characters of the article's prose) say what the event is: their
#: features weigh LEDE_BOOST times more. Two articles that mention each other's news differ there.
LEDE_CHARS = 400
LEDE_BOOST = 3.0
#: Two files count as related only when they share at least this many features besides countries.
MIN_SHARED = 3
#: Groups that share no specific figure (three digits or more, or a decimal; not a year) must be this close.
LINK_WITHOUT_FIGURE = 0.25
#: Groups whose average cross-pair cosine reaches this are one event.
EVENT_LINK = 0.03
COUNTRY_WEIGHT = 3.0
FIGURE_WEIGHT = 4.0
SMALL_FIGURE_WEIGHT = 1.5
YEAR_WEIGHT = 1.0
#: A capitalised word is a name when its rarity (0-6, see ``_frames.rarity``) reaches this ...
NAME_RARITY = 1.5
#: ... and a lower-case word of at least RARE_WORD_LETTERS letters is a rare word when it reaches this.
WORD_RARITY = 4.0
RARE_WORD_LETTERS = 5
#: A feature in more than max(COMMON_MIN_FILES, COMMON_SHARE * files) files tells no event apart.
COMMON_MIN_FILES = 50
COMMON_SHARE = 0.20
#: Pairs of files the feature index may list: PAIR_BUDGET per file of the folder, and never fewer than
#: PAIR_BUDGET_FLOOR (see ``_pair_similarities``).
PAIR_BUDGET = 200
PAIR_BUDGET_FLOOR = 200_000
#: Pairs of files made at a time by that index (a bound on its memory, not on its work).
SLICE_PAIRS = 2_000_000
#: Languages whose word frequencies are known (wordfreq): the others are read for names and figures only.
LANGUAGES = ("en", "fr", "es", "pt", "de", "it")
#: How many shared features the report names as the reason for a grouping.
REASONS = 5

_TOKEN = _regex.compile(r"\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{N}+(?:[.,\u00a0\u202f ]\p{N}+)*")
_OPENS_SENTENCE = _regex.compile(r"(?:^|[.!?:;\n\"«“„¿¡(]\s*)$")
_YEAR = _regex.compile(r"(?:19|20)\d\d")
_APOSTROPHE = _regex.compile(r"['’]")
_SEPARATORS = _regex.compile(r"[.,\u00a0\u202f ]")

#: A file's features and their weights.
Features = dict[str, float]


def figure_feature(token: str) -> tuple[str, float] | None:
    """A figure as written in any of the languages -> one feature: "1.301", "1,301" and "1 301" are 1301."""
    parts = _SEPARATORS.split(token)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        digits, decimal = "".join(parts).lstrip("0"), False
    elif len(parts) == 2:
        digits, decimal = f"{parts[0].lstrip('0') or '0'}.{parts[1]}", True
    elif len(parts) == 1:
        digits, decimal = token.lstrip("0"), False
    else:
        return None
    if decimal or len(digits) >= 3:
        is_year = not decimal and len(digits) == 4 and digits[:2] in ("19", "20")
        return digits, YEAR_WEIGHT if is_year else FIGURE_WEIGHT
    if len(digits) == 2:
        return digits, SMALL_FIGURE_WEIGHT
    return None


@dataclass(frozen=True, slots=True, eq=False)
class Reading:
    """What event grouping keeps of a file, read once as the file is read (its text need not stay in memory).

    The key of every block (to find the blocks several stories carry word for word), and for each prose
    block its key and length and the features found in it, each with its weight and its first offset in
    the block: :func:`bag` weighs them once the folder's furniture is known.
    """

    block_keys: np.ndarray  # int64, sorted, unique
    kept_keys: np.ndarray  # int64, one per kept block
    kept_lengths: np.ndarray  # int32
    names: tuple[str, ...]  # interned: one string object per distinct feature in the whole folder
    weights: np.ndarray  # float32, one per (kept block, feature)
    blocks: np.ndarray  # uint16: the kept block of each feature (its first 65,535 blocks)
    offsets: np.ndarray  # uint16: where it first occurs in that block (capped: only the lede's offsets matter)


def read(body: str, lang: str | None, split_text: tuple[list[str], list[list[str]]] | None = None) -> Reading:
    """The :class:`Reading` of a file's article text in language ``lang`` (``split_text``: its :func:`split`, when
    already done)."""
    keys: set[int] = set()
    kept_keys, kept_lengths = [], []
    names: list[str] = []
    weights: list[float] = []
    where: list[int] = []
    offsets: list[int] = []
    for block, words in zip(*(split_text or split(body))):
        key = _block_key(words)
        keys.add(key)
        if len(block) > 200 and not is_prose(block, words):
            continue  # a long list of other headlines, a menu: not this article's words
        if len(kept_keys) > _MAX_U16:
            continue
        found: dict[str, tuple[float, int]] = {}
        for match in _TOKEN.finditer(block):
            feature = _word_feature(match.group(), lang)
            if feature is None:
                continue
            name, weight, name_like = feature
            if name_like and _OPENS_SENTENCE.search(block, max(0, match.start() - 3), match.start()):
                continue  # a capitalised word opening a sentence may be any word
            if name not in found or weight > found[name][0]:
                found[name] = (weight, found[name][1] if name in found else match.start())
        for name, (weight, offset) in found.items():
            names.append(sys.intern(name))
            weights.append(weight)
            where.append(len(kept_keys))
            offsets.append(min(offset, _MAX_U16))
        kept_keys.append(key)
        kept_lengths.append(len(block))
    return Reading(np.array(sorted(keys), dtype=np.int64), np.array(kept_keys, dtype=np.int64), np.array(kept_lengths, dtype=np.int32),
                   tuple(names), np.array(weights, dtype=np.float32), np.array(where, dtype=np.uint16), np.array(offsets, dtype=np.uint16))


_MAX_U16 = int(np.iinfo(np.uint16).max)


def bag(reading: Reading, furniture: frozenset[int] | set[int] = frozenset()) -> Features:
    """The features of a read file, leaving out its ``furniture`` (block keys other stories carry word for
    word too, such as a site's headline list or footer); those of its first LEDE_CHARS characters of kept
    prose weigh LEDE_BOOST times more."""
    kept = np.array([key not in furniture for key in reading.kept_keys.tolist()], dtype=bool)
    # Characters of the kept blocks before each block (a block and its line end).
    before = np.concatenate(([0], np.cumsum(np.where(kept, reading.kept_lengths.astype(np.int64) + 1, 0))[:-1])).tolist()
    kept = kept.tolist()
    found: Features = {}
    # Weights go back to the float they were (float32 keeps them to 7 digits, which the similarity does not see).
    for name, weight, block, offset in zip(reading.names, reading.weights.tolist(), reading.blocks.tolist(), reading.offsets.tolist()):
        if not kept[block]:
            continue
        if before[block] + offset < LEDE_CHARS:
            weight *= LEDE_BOOST
        if weight > found.get(name, 0.0):
            found[name] = weight
    return found


def block_keys(body: str) -> set[int]:
    """A key for each block of a file (line or paragraph), to find the blocks several stories share."""
    return {_block_key(words) for words in split(body)[1]}


def _block_key(words: list[str]) -> int:
    # A stable hash, not hash(): keys must agree between processes (and machines, when grouping is partitioned).
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little", signed=True)


def features(body: str, lang: str | None, furniture: frozenset[int] | set[int] = frozenset()) -> Features:
    """The names, countries, figures and rare words of a file's prose (and of its title lines), leaving out
    its ``furniture`` (see :func:`bag`)."""
    return bag(read(body, lang), furniture)


@functools.lru_cache(maxsize=1 << 18)
def _word_feature(word: str, lang: str | None) -> tuple[str, float, bool] | None:
    """The feature a word gives, its weight, and whether it counts only away from a sentence's start (a
    name: a capitalised word not common in its language). Words recur across files: each is weighed once."""
    if word[0].isdigit():
        figure = figure_feature(word)
        return (f"={figure[0]}", figure[1], False) if figure else None
    word = _without_elision(word)
    if len(word) < 2:
        return None
    folded = fold_word(word)
    country = countries().get(folded)
    if country:
        return f"#{country}", COUNTRY_WEIGHT, False
    known = lang in LANGUAGES
    if word[0].isupper():
        if len(word) <= 2:
            return None
        lower = word.lower()
        # In a text of unknown language, a name is a word rare in every language factcheck reads.
        weight = rarity(lower, lang) if known else min(rarity(lower, other) for other in LANGUAGES)
        return (folded, weight, True) if weight >= NAME_RARITY else None
    if known and len(word) >= RARE_WORD_LETTERS:
        weight = rarity(word, lang)
        if weight >= WORD_RARITY:
            return f"{lang}:{folded}", weight, False
    return None


def _without_elision(word: str) -> str:
    """"l'Espagne" -> "Espagne", "d'une" -> "une", "Pogačar's" -> "Pogačar": the word a dictionary knows."""
    pieces = _APOSTROPHE.split(word)
    if len(pieces) == 1:
        return word
    return pieces[0] if pieces[-1].lower() in ("s", "t") else pieces[-1]


@dataclass(frozen=True, slots=True)
class Event:
    """Members (indexes of the groups given) of one event, and the shared features that joined them."""

    members: tuple[int, ...]
    reasons: tuple[str, ...]


def join(groups: Sequence[Sequence[int]], bags: Sequence[Features], langs: Sequence[str | None], link: float = EVENT_LINK) -> list[Event]:
    """Merge groups of files (indexes into ``bags``, in languages ``langs``) that report one event, closest
    first (average linkage)."""
    vectors, norms = _vectors(bags)
    pair = _pair_similarities(vectors, norms, langs)
    # Group-level sums of file-pair similarities, sparse: only groups that share a feature.
    owner = {f: g for g, members in enumerate(groups) for f in members}
    sums: dict[int, Counter[int]] = {g: Counter() for g in range(len(groups))}
    figures: dict[int, set[int]] = {g: set() for g in range(len(groups))}  # groups that share a specific figure
    for (i, j), (s, figure) in pair.items():
        a, b = owner.get(i), owner.get(j)
        if a is not None and b is not None and a != b:
            sums[a][b] += s
            sums[b][a] += s
            if figure:
                figures[a].add(b)
                figures[b].add(a)
    size = {g: len(m) for g, m in enumerate(groups)}
    members = {g: [g] for g in range(len(groups))}
    heap = [(-s / (size[a] * size[b]), a, b) for a in sums for b, s in sums[a].items() if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or -negative < link:
            if -negative < link:
                break
            continue
        if abs(sums[a][b] / (size[a] * size[b]) + negative) > 1e-12:
            continue  # stale: the groups changed since this entry was pushed
        if b not in figures[a] and -negative < LINK_WITHOUT_FIGURE:
            continue  # close, but no figure of one event in common: the same theme, maybe another event
        for other, s in sums.pop(b).items():
            sums[other].pop(b, None)
            if other != a:
                sums[a][other] += s
                sums[other][a] += s
        sums[a].pop(b, None)
        for other in figures.pop(b):
            figures[other].discard(b)
            if other != a:
                figures[other].add(a)
                figures[a].add(other)
        figures[a].discard(b)
        size[a] += size.pop(b)
        members[a] += members.pop(b)
        for other, s in sums[a].items():
            heapq.heappush(heap, (-s / (size[a] * size[other]), min(a, other), max(a, other)))
    return [Event(tuple(sorted(m)), _reasons(vectors, [f for g in m for f in groups[g]])) for m in members.values()]


def _vectors(bags: Sequence[Features]) -> tuple[list[Features], list[tuple[float, float]]]:
    """Each bag without the features that link nothing, and two lengths of the whole bag (boilerplate aside):
    of all its features, and of those any language shares (names, countries, figures; not rare words)."""
    files = Counter(f for bag in bags for f in bag)
    common = max(COMMON_MIN_FILES, COMMON_SHARE * len(bags))
    vectors, norms = [], []
    for bag in bags:
        # A file whose names are its own is not close to another one for sharing the one name they have in common.
        kept = [(f, w) for f, w in bag.items() if files[f] <= common]
        full = math.sqrt(sum(w * w for _, w in kept)) or 1.0
        shared = math.sqrt(sum(w * w for f, w in kept if not _is_word(f))) or 1.0
        vectors.append({f: w for f, w in kept if files[f] >= 2})
        norms.append((full, shared))
    return vectors, norms


def _is_word(feature: str) -> bool:
    return ":" in feature


def _pair_similarities(vectors: Sequence[Features], norms: Sequence[tuple[float, float]], langs: Sequence[str | None]) -> dict[tuple[int, int], tuple[float, bool]]:
    """Cosine of every pair of files that share at least MIN_SHARED features besides countries: one person
    or one place in common is no event in common. Files in two languages can share no word of either: their
    cosine counts only names, countries and figures. Each pair comes with whether it shares a specific figure.

    Pairs come from a feature -> files index, as array operations: all (feature, file) entries sorted by
    feature, the files of each feature side by side. A feature in k files makes k(k-1)/2 pairs, so the
    rarest features are taken first, up to PAIR_BUDGET pairs per file: in a folder of a few thousand files
    every feature fits; in an archive, a name in thousands of files (a head of state, a capital) no longer
    adds to the cosine of every pair that shares it, and the work stays linear in the number of files.
    """
    ids: dict[str, int] = {}
    entry_feature, entry_file, entry_weight = [], [], []
    for i, vector in enumerate(vectors):
        for f, w in vector.items():
            entry_feature.append(ids.setdefault(f, len(ids)))
            entry_file.append(i)
            entry_weight.append(w)
    if not ids:
        return {}
    names = list(ids)
    feature = np.array(entry_feature, dtype=np.int64)
    counts = np.bincount(feature, minlength=len(names))
    # Rarest first (ties by name, so the result never depends on the order files came in).
    rank = np.lexsort((np.array(names, dtype=object).astype(str), counts))
    cost = np.cumsum(counts[rank] * (counts[rank] - 1) // 2)
    taken = np.zeros(len(names), dtype=bool)
    taken[rank[cost <= max(PAIR_BUDGET * len(vectors), PAIR_BUDGET_FLOOR)]] = True
    telling = np.array([not f.startswith("#") for f in names], dtype=bool)
    specific = np.array([f.startswith("=") and (len(f) > 3 or "." in f) and not _YEAR.fullmatch(f[1:]) for f in names], dtype=bool)
    keep = taken[feature]
    feature, file = feature[keep], np.array(entry_file, dtype=np.int64)[keep]
    weight = np.array(entry_weight, dtype=np.float64)[keep]
    order = np.lexsort((file, feature))
    feature, file, weight = feature[order], file[order], weight[order]
    n = len(vectors)
    # Within a feature's run files increase, so a pair's first file is the one at the earlier position: the
    # pairs are made for a range of first files at a time, each range's pairs complete (every feature they
    # share) and filtered before the next, so that memory holds about SLICE_PAIRS of them.
    starts = np.flatnonzero(feature[1:] == feature[:-1])
    taken_pairs = int((counts[taken] * (counts[taken] - 1) // 2).sum())
    edges = np.linspace(0, n, max(1, -(-taken_pairs // SLICE_PAIRS)) + 1).astype(np.int64)
    found = {}
    for low, high in zip(edges.tolist(), edges[1:].tolist()):
        positions = starts[(file[starts] >= low) & (file[starts] < high)]
        keys, dots, evidence, figure = [], [], [], []
        distance = 1
        while len(positions):
            partner = positions + distance
            keys.append(file[positions] * n + file[partner])
            dots.append(weight[positions] * weight[partner])
            evidence.append(telling[feature[positions]])
            figure.append(specific[feature[positions]])
            distance += 1
            positions = positions[positions + distance < len(feature)]
            positions = positions[feature[positions + distance] == feature[positions]]
        if not keys:
            continue
        pair, inverse = np.unique(np.concatenate(keys), return_inverse=True)
        dot = np.bincount(inverse, weights=np.concatenate(dots))
        shared = np.bincount(inverse, weights=np.concatenate(evidence))
        with_figure = np.bincount(inverse, weights=np.concatenate(figure)) > 0
        for k in np.flatnonzero(shared >= MIN_SHARED).tolist():
            i, j = divmod(int(pair[k]), n)
            which = 0 if langs[i] == langs[j] else 1
            found[(i, j)] = (float(dot[k]) / (norms[i][which] * norms[j][which]), bool(with_figure[k]))
    return found


def _reasons(vectors: Sequence[Features], members: Sequence[int]) -> tuple[str, ...]:
    """The features most members share, heaviest first: what the report gives as the reason."""
    if len(members) < 2:
        return ()
    shared = Counter(f for i in members for f in vectors[i])
    weight = {f: max(vectors[i].get(f, 0.0) for i in members) for f in shared}
    ranked = sorted((f for f, n in shared.items() if n >= 2), key=lambda f: (-shared[f] * weight[f], f))
    return tuple(_shown(f) for f in ranked[:REASONS])


def _shown(feature: str) -> str:
    if feature.startswith("="):
        return feature[1:]
    if feature.startswith("#"):
        return feature  # a country code: "#JP"
    return feature.split(":", 1)[-1]
