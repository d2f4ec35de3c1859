"""The prose of a file as shingles (runs of five words), stored compactly for large folders.

A profile holds sorted arrays of 64-bit shingle hashes, not Python sets: about
16 bytes per shingle instead of about 100, which is what lets a folder of
100,000 loose files be profiled in memory. The hashes are stable (blake2b of
each word, combined per shingle), so every run, in any process, gives the same
profiles, and the MinHash index built on them the same candidates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from . import _regex
from ._fold import fold_for_shingles

#: Words per shingle.
SHINGLE_WORDS = 5
#: A block is prose when it has at least this many words and a sentence end.
PROSE_MIN_WORDS = 8

_TOKEN = _regex.compile(r"\p{N}+(?:[.,]\p{N}+)*|\p{L}+|\n")
#: Three or more spaces inside a line separate items of a flattened list.
_ITEM_GAP = _regex.compile(r"[^\S\n]{3,}")
_SENTENCE_END = _regex.compile(r"[.!…](?=[\s\"»”’)]|$)")
_LINE_END = _regex.compile(r"[.!?:;…\"»”)]\s*$")
_LOWER_START = _regex.compile(r"^\s*\p{Ll}")
#: Odd multipliers that mix the hashes of a shingle's words, one per position.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)[:SHINGLE_WORDS]
_EMPTY = np.empty(0, dtype=np.int64)


def normalize(text: str) -> list[str]:
    """Words of ``text``: case-folded, accents and ligatures flattened, numbers kept (``2,9`` -> ``2.9``)."""
    return [token.replace(",", ".") for token in _TOKEN.findall(fold_for_shingles(text)) if token != "\n"]


def blocks(text: str) -> list[str]:
    """Lines of ``text``, hard-wrapped paragraphs rejoined, flattened lists split into items."""
    lines: list[str] = []
    for line in text.splitlines():
        if lines and lines[-1] and not _LINE_END.search(lines[-1]) and _LOWER_START.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line.strip())
    return [item.strip() for line in lines if line for item in _ITEM_GAP.split(line) if item.strip()]


def split(text: str) -> tuple[list[str], list[list[str]]]:
    """The :func:`blocks` of ``text`` and the words of each (as :func:`normalize` gives them, commas aside)."""
    items = blocks(text)
    return items, _split_lines(_TOKEN.findall(fold_for_shingles("\n".join(items))))


def is_prose(block: str, words: Sequence[str]) -> bool:
    """Prose has enough words and a sentence end; headlines, menus and bylines do not."""
    return len(words) >= PROSE_MIN_WORDS and _SENTENCE_END.search(block) is not None


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """What similarity looks at in one file: the shingles of each prose block, and of them all.

    Kept for every loose file of a folder until it is grouped, so it is compact: the shingles once, and
    each block as positions among them (two bytes each in any file of under 65,536 shingles).
    """

    #: Every prose shingle of the file, sorted, unique.
    shingles: np.ndarray
    #: The shingles of each prose block, as positions in ``shingles``, one block after another ...
    block_positions: np.ndarray
    #: ... and where each block starts in it (one more entry than there are blocks).
    block_starts: np.ndarray

    def __len__(self) -> int:
        return len(self.shingles)

    def blocks(self) -> list[frozenset[int]]:
        """The prose blocks as sets, for the exact comparison of two files."""
        flat, starts = self.shingles[self.block_positions].tolist(), self.block_starts.tolist()
        return [frozenset(flat[a:b]) for a, b in zip(starts, starts[1:])]

    def shingle_set(self) -> frozenset[int]:
        return frozenset(self.shingles.tolist())

    def without(self, common: np.ndarray) -> Profile:
        """The profile with folder-wide boilerplate shingles (a sorted array) removed."""
        if not len(common):
            return self
        keep = ~np.isin(self.shingles, common, assume_unique=True)
        if keep.all():
            return self
        kept_entries = keep[self.block_positions]
        block_of = np.repeat(np.arange(len(self.block_starts) - 1), np.diff(self.block_starts))[kept_entries]
        sizes = np.bincount(block_of, minlength=len(self.block_starts) - 1)
        starts = np.concatenate(([0], np.cumsum(sizes[sizes > 0])))
        new_position = np.cumsum(keep) - 1
        return _profile(self.shingles[keep], new_position[self.block_positions[kept_entries]], starts)


def _profile(shingles: np.ndarray, positions: np.ndarray, starts: np.ndarray) -> Profile:
    """A :class:`Profile` in the smallest integer types that hold it."""
    kind = np.uint16 if len(shingles) <= np.iinfo(np.uint16).max else np.uint32
    return Profile(shingles, positions.astype(kind), starts.astype(np.int32))


class Shingler:
    """Builds profiles; remembers each word's hash, so a folder hashes each distinct word once."""

    def __init__(self) -> None:
        self._word_hashes: dict[str, int] = {}

    def profile(self, text: str) -> Profile:
        """Shingle the prose of ``text``: every block's words hashed and combined in one pass of array operations."""
        return self.profile_blocks(*split(text))

    def profile_blocks(self, items: list[str], words_of: list[list[str]]) -> Profile:
        """:meth:`profile` of a text already :func:`split`."""
        words: list[str] = []
        block_of_word: list[int] = []
        for index, (block, tokens) in enumerate(zip(items, words_of)):
            if is_prose(block, tokens):
                words += tokens
                block_of_word += [index] * len(tokens)
        if not words:
            return _profile(_EMPTY, _EMPTY, np.zeros(1, dtype=np.int64))
        hashes = np.fromiter((self._hash(w) for w in words), dtype=np.uint64, count=len(words))
        block_ids = np.array(block_of_word, dtype=np.int64)
        shingles = _combine(hashes)
        # A shingle belongs to a block when its first and last words do; the others straddle two blocks.
        inside = block_ids[: len(shingles)] == block_ids[SHINGLE_WORDS - 1 :]
        shingles, owners = shingles[inside], block_ids[: len(shingles)][inside]
        order = np.lexsort((shingles, owners))
        shingles, owners = shingles[order], owners[order]
        first = np.ones(len(shingles), dtype=bool)
        first[1:] = (shingles[1:] != shingles[:-1]) | (owners[1:] != owners[:-1])
        shingles, owners = shingles[first], owners[first]
        boundaries = np.flatnonzero(np.diff(owners)) + 1
        starts = np.concatenate(([0], boundaries, [len(shingles)]))
        unique = np.unique(shingles)
        return _profile(unique, np.searchsorted(unique, shingles), starts)

    def __len__(self) -> int:
        """Distinct words hashed so far."""
        return len(self._word_hashes)

    def _hash(self, word: str) -> int:
        found = self._word_hashes.get(word)
        if found is None:
            digest = hashlib.blake2b(word.replace(",", ".").encode(), digest_size=8).digest()
            found = self._word_hashes[word] = int.from_bytes(digest, "little")
        return found


def _split_lines(tokens: list[str]) -> list[list[str]]:
    """Tokens of the joined blocks, cut back into one list per block at the newline tokens."""
    lines: list[list[str]] = [[]]
    for token in tokens:
        if token == "\n":
            lines.append([])
        else:
            lines[-1].append(token)
    return lines


def _combine(hashes: np.ndarray) -> np.ndarray:
    """One 64-bit hash per run of SHINGLE_WORDS word hashes (wrapping arithmetic), as signed integers."""
    count = len(hashes) - SHINGLE_WORDS + 1
    combined = np.zeros(count, dtype=np.uint64)
    for position, multiplier in enumerate(_MIX):
        combined ^= hashes[position : position + count] * multiplier
        combined = (combined << np.uint64(13)) | (combined >> np.uint64(51))
    return combined.view(np.int64)


def profile(text: str) -> Profile:
    """Shingle the prose of ``text`` (one file; :class:`Shingler` reuses word hashes across a folder)."""
    return Shingler().profile(text)
