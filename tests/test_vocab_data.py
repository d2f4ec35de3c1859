"""Language data integrity: every built-in language loads, follows the schema and has every required key."""

from __future__ import annotations

import pytest

from factcheck import VocabError
from factcheck._vocab import BUILTIN_DIR, available_languages, load_vocab, schema, validate

LANGUAGES = available_languages()


def test_the_three_first_languages_are_there():
    assert {"fr", "en", "es"} <= set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_has_every_required_key(lang):
    vocab = load_vocab(lang)
    for topic, keys in schema().items():
        for key, entry in keys.items():
            if entry["required"]:
                assert key in vocab[topic], f"{lang}/{topic}.toml lacks {key!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_file_is_known(lang):
    assert {p.stem for p in (BUILTIN_DIR / lang).glob("*.toml")} <= set(schema())


def test_unknown_key_is_refused_with_file_and_key(tmp_path):
    with pytest.raises(VocabError, match=r"weekdayz.*unknown key 'weekdays_typo'"):
        validate("calendar", {"weekdays_typo": {}}, tmp_path / "weekdayz.toml")


def test_wrong_type_is_refused(tmp_path):
    with pytest.raises(VocabError, match="'months' must be a table, not list"):
        validate("calendar", {"months": ["janvier"]}, tmp_path / "calendar.toml")


def test_a_concept_form_that_would_be_dropped_silently_is_refused(tmp_path):
    # "vot*" was silently never matched: words are looked up by their prefixes of four letters or more
    with pytest.raises(VocabError, match=r"concepts.toml: concept 'vote': stem 'vot\*' is shorter than 4 letters"):
        validate("concepts", {"concepts": {"vote": ["vot*", "scrutin*"]}}, tmp_path / "concepts.toml")
    validate("concepts", {"concepts": {"vote": ["vote*", "voto", "scrutin*"]}}, tmp_path / "concepts.toml")
    with pytest.raises(VocabError, match=r"'votant\*' is a form of both 'vote' and 'voter'"):
        validate("concepts", {"concepts": {"vote": ["vote", "votant*"], "voter": ["votant*", "électeur*"]}}, tmp_path / "concepts.toml")


def test_a_plugin_folder_adds_words(tmp_path):
    extra = tmp_path / "fr"
    extra.mkdir()
    (extra / "calendar.toml").write_text('[weekdays]\n"lun." = 1\n', encoding="utf-8")
    vocab = load_vocab("fr", (BUILTIN_DIR, tmp_path))
    assert vocab["calendar"]["weekdays"]["lun."] == 1 and vocab["calendar"]["weekdays"]["mardi"] == 2


def test_broken_toml_names_the_file(tmp_path):
    bad = tmp_path / "xx"
    bad.mkdir()
    (bad / "calendar.toml").write_text("[weekdays\n", encoding="utf-8")
    with pytest.raises(VocabError, match="calendar.toml"):
        load_vocab("xx", (tmp_path,))
