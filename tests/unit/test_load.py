"""Reading text and Markdown versions: decoding, front matter, clear errors."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pytest

from factcheck import InputFileError
from factcheck._load import parse_published, read_text_version

from ..conftest import SEEDS


def test_seed_is_read_without_front_matter():
    data = SEEDS[0].read_bytes()
    version = read_text_version(data, "corpus/x.txt")
    assert version.text == data.decode("utf-8")
    assert version.body_start == 0 and version.published is None and version.lang is None


def test_front_matter_fields_and_offsets():
    text = "---\npublished: 2024-04-14\nlang: fr\nsource: Albayane\nstory: ms-japan\n---\nMicrosoft investit.\n"
    version = read_text_version(text.encode(), "a.md")
    assert version.published == date(2024, 4, 14) and version.published_source == "front matter"
    assert version.lang == "fr" and version.lang_source == "front matter"
    assert version.meta["source"] == "Albayane" and version.story_key == "ms-japan"
    assert version.body == "Microsoft investit.\n"
    assert version.text[version.body_start :] == version.body


def test_published_with_time_keeps_the_time():
    version = read_text_version(b"---\npublished: '2024-04-10T14:48:00+02:00'\n---\nx y z\n", "a.txt")
    assert isinstance(version.published, datetime) and version.published.hour == 14
    assert version.published_date == date(2024, 4, 10)


def test_language_region_is_reduced_to_the_language():
    assert read_text_version(b"---\nlang: fr-CA\n---\nbonjour\n", "a.txt").lang == "fr"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"abc\x00def", "binary file"),
        (b"\xff\xfe" + b"\x01\x00" * 20, "binary file"),
        (b"---\npublished: [2024\n---\ntext\n", "front matter: line 3"),
        (b"---\npublished: 2024-04-14\ntext without end\n", "no closing '---'"),
        (b"---\n- a\n- b\n---\ntext\n", "expected 'key: value' lines"),
        (b"---\npublished: last tuesday\n---\ntext\n", "'published' must be a date"),
        (b"---\nlang: 12\n---\ntext\n", "'lang' must be a language code"),
    ],
)
def test_bad_files_get_clear_messages(data, message):
    with pytest.raises(InputFileError, match=re.escape(message)):
        read_text_version(data, "bad.txt")


def test_utf8_bom_is_dropped():
    assert read_text_version("\ufeffBonjour".encode("utf-8"), "a.txt").text == "Bonjour"


@pytest.mark.parametrize(
    "data, text, note",
    [
        ("Le café coûte 3 € à l'élève.".encode("cp1252"), "Le café coûte 3 € à l'élève.", ("note", "not UTF-8: decoded as cp1252 (detected)")),
        ("El niño comió «piñas».".encode("utf-16"), "El niño comió «piñas».", ("note", "decoded as UTF-16 (byte-order mark)")),
        ("Un texte é".encode("utf-8") + b"\xff fin", "Un texte é\ufffd fin", ("input", "not valid UTF-8: 1 byte(s) replaced by U+FFFD, the first 0xff at offset 11")),
    ],
)
def test_other_encodings_are_decoded_with_a_note(data, text, note):
    version = read_text_version(data, "x.txt")
    assert version.text == text and version.notes == (note,)


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2024-04", date(2024, 4, 1), "month"),
        ("2024-04-14", date(2024, 4, 14), "day"),
        ("2016-11-07T00:00:00", datetime(2016, 11, 7), "day"),
        ("2024-04-14T09:30:00Z", datetime(2024, 4, 14, 9, 30, tzinfo=timezone.utc), "day"),
        (None, None, "day"),
    ],
)
def test_published_takes_a_day_a_date_time_or_a_month(value, expected, precision):
    assert parse_published(value) == (expected, precision)


@pytest.mark.parametrize("value", ["2024-13", "avril 2024", "2024", 20240414])
def test_a_published_value_of_no_known_form_is_refused_with_the_forms(value):
    with pytest.raises(InputFileError, match="or a month such as 2024-04"):
        parse_published(value)


def test_a_month_is_no_reference_for_relative_days():
    version = read_text_version(b"---\npublished: 2024-04\nlang: fr\n---\nMardi, le bilan a fait 9 morts.\n", "a.txt")
    assert version.published == date(2024, 4, 1) and version.published_precision == "month"
    assert version.reference_day is None
