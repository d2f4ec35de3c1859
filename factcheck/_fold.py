"""Case and accent folding: the one place that decides when two spellings are the same word.

Three strengths, each kept for what its callers store:

* :func:`fold_word` — one word as alignment compares it ("Été" and "ete").
* :func:`fold` — a word or phrase as the vocabularies key it: also hyphens and
  runs of spaces as one space ("vingt-et-un", "vingt et un").
* :func:`fold_for_shingles` — prose as grouping hashes it. Stronger (ligatures,
  compatibility forms) and frozen: its output feeds stable shingle hashes, so
  any change to it changes every grouping profile.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import _regex

#: Hyphens that join the words of one phrase; fold reads each as a space.
_HYPHENS_AS_SPACE = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " "})
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_MARKS = _regex.compile(r"\p{M}+")


def strip_accents(text: str) -> str:
    """``text`` without combining marks, case kept (decomposed: NFC it back where that matters)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """Lower case, no accents, one kind of apostrophe (’ as '); spaces and hyphens kept."""
    return strip_accents(word.lower().replace("\u2019", "'"))


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """:func:`fold_word`, and every run of spaces and hyphens as one space, none at the ends: the lookup key.

    Cached: the extractors fold every token they try against their tables.
    """
    return " ".join(fold_word(text).translate(_HYPHENS_AS_SPACE).split())


def fold_for_shingles(text: str) -> str:
    """Case-folded, ligatures spelt out, compatibility forms and all marks dropped ("Œuvre", "ﬁ" -> "oeuvre", "fi").

    Do not change: grouping profiles hash its output.
    """
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return _MARKS.sub("", text).casefold()
