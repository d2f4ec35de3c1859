"""Folding: what each strength makes equal, and what it leaves apart."""

from __future__ import annotations

import pytest

from factcheck._fold import fold, fold_for_shingles, fold_word, strip_accents


def test_strip_accents_keeps_case_and_drops_only_marks() -> None:
    assert strip_accents("Été à Señor") == "Ete a Senor"
    assert strip_accents("œ-ß") == "œ-ß"


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Été", "ete"),
        ("aujourd’hui", "aujourd'hui"),
        ("MAIN-D’ŒUVRE", "main-d'œuvre"),  # hyphen and ligature kept
        ("  deux  mots ", "  deux  mots "),  # spaces kept: one word at a time
    ],
)
def test_fold_word(word: str, folded: str) -> None:
    assert fold_word(word) == folded


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Vingt-Et-Un", "vingt et un"),
        ("vingt \t et\nun", "vingt et un"),
        ("vingt‐et‑un", "vingt et un"),  # U+2010 hyphen, U+2011 non-breaking hyphen
        ("mi - mars", "mi mars"),  # a run of spaces and hyphens is one space
        ("  Quatre\u00a0Cents  ", "quatre cents"),  # no-break space; none left at the ends
        ("-cinq-", "cinq"),
        ("Señor’s Œuvre", "senor's œuvre"),  # ligatures are not spelt out
    ],
)
def test_fold_is_the_lookup_key_of_phrases(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_is_cached() -> None:
    fold("premier essai du cache")
    hits = fold.cache_info().hits
    fold("premier essai du cache")
    assert fold.cache_info().hits == hits + 1


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Main-d’Œuvre", "main-d’oeuvre"),  # ligature spelt out; hyphen and ’ left to the tokenizer
        ("STRASSE Straße", "strasse strasse"),
        ("Tōkyō Æther", "tokyo aether"),
        ("ﬁnal ½", "final 1⁄2"),  # compatibility forms decomposed
        ("Ǆ", "dz"),  # compatibility digraph split, its caron dropped
        ("GROẞ", "gross"),  # casefold, not lower (capital sharp s is not in the ligature table)
    ],
)
def test_fold_for_shingles_is_frozen(text: str, folded: str) -> None:
    assert fold_for_shingles(text) == folded
