"""The shortcuts of the date scan find what the plain atom pattern finds.

``FORM_LEADS`` says what each date form can start with; the atom pattern opens each form with a
lookahead built from it, and ``AtomGate`` skips words no form can start with. A form whose alternative
changes without its leads would silently stop matching: these tests try every word of real text in
every language against the plain alternatives (``singles``, built without the form lookaheads).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from factcheck._vocab import load_vocab
from factcheck.extract._dates_grammar import RANGE_FORMS
from factcheck.extract._dates_resolve import form_of
from factcheck.extract.dates import grammar

DATA = Path(__file__).resolve().parents[1] / "data"
_WORD = regex.compile(r"\w+")
LANGS = ["fr", "en", "es", "pt", "de", "it"]


def _texts(lang: str) -> list[str]:
    texts = [json.loads(line)["text"] for line in (DATA / "peer-cases" / "recognizers-dev.jsonl").open(encoding="utf-8")
             if json.loads(line)["lang"] == lang]
    article = DATA / "articles" / f"{lang}.txt"
    return texts + ([article.read_text(encoding="utf-8")] if article.is_file() else [])


@pytest.mark.parametrize("lang", LANGS)
def test_the_form_lookaheads_and_the_gate_lose_no_date(lang: str) -> None:
    g = grammar(load_vocab(lang))
    tried = 0
    for text in _texts(lang):
        for token in _WORD.finditer(text):
            at, word = token.start(), token.group().lower()
            plain = g.singles.match(text, at)
            m = g.atoms.match(text, at)
            if plain is not None:
                tried += 1
                assert m is not None, (lang, text[at : at + 40])
                if form_of(m) not in RANGE_FORMS:
                    assert (m.span(), form_of(m)) == (plain.span(), form_of(plain)), (lang, text[at : at + 40])
            gate = g.gate.check(word)
            if gate is False or (gate is not True and gate.match(text, at) is None):
                assert m is None and plain is None, (lang, word, text[at : at + 40])
    assert tried > 5  # the peer cases hold fr, en and es; pt, de and it have an article each
