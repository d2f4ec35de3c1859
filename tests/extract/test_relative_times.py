"""Times counted from the moment of publication ("two hours ago", "dans 20 minutes", "the next 3 hours"),
read when the publication time is known (see ``factcheck/extract/_relative_times.py``); sentences written
for these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from factcheck._model import Claim, Document, Sentence, Version, Zone
from factcheck._vocab import load_vocab
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers


def read(text: str, lang: str, published: date | datetime | None) -> tuple[list[Claim], list[Claim]]:
    """The number-side claims and the date claims of ``text``, one sentence, published at ``published``."""
    doc = Document(Version(path=f"{lang}.txt", text=text, lang=lang, published=published),
                   (Zone("body", 0, len(text)),), (Sentence(0, len(text), "body", text),))
    vocab = load_vocab(lang)
    return extract_numbers(doc, vocab), extract_dates(doc, vocab)


def clock(minutes: object) -> str:
    value = int(str(minutes))
    return f"{value // 60:02d}:{value % 60:02d}"


def times(claims: list[Claim]) -> dict[str, tuple[str, str, str, str | None]]:
    return {c.text: (clock(c.low), clock(c.high), c.qualifier, c.unit) for c in claims if c.kind == "time_of_day"}


def days(claims: list[Claim]) -> dict[str, tuple[str, str]]:
    return {c.text: (str(c.start_date), str(c.end_date)) for c in claims}


PARIS = timezone(timedelta(hours=2))


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", "The blast hit two hours ago, the police said.", "two hours ago"),
    ("es", "La explosión se produjo hace dos horas, según la policía.", "hace dos horas"),
    ("pt", "A explosão ocorreu há duas horas, segundo a polícia.", "há duas horas"),
    ("de", "Die Explosion ereignete sich vor zwei Stunden, so die Polizei.", "vor zwei Stunden"),
    ("it", "L'esplosione è avvenuta due ore fa, secondo la polizia.", "due ore fa"),
])
def test_an_offset_from_a_publication_time_with_a_zone_is_a_time_in_utc_on_its_day(lang, text, phrase):
    numbers, dates = read(text, lang, datetime(2024, 4, 10, 10, 5, tzinfo=PARIS))
    assert times(numbers)[phrase] == ("06:05", "06:05", "exact", "UTC")  # 10:05 in Paris is 08:05 UTC
    assert days(dates)[phrase] == ("2024-04-10", "2024-04-10")
    assert any(c.kind == "duration" for c in numbers)  # the length itself is still read


def test_without_a_zone_the_time_is_on_the_publication_clock_and_may_fall_the_day_before():
    numbers, dates = read("Le séisme a frappé il y a 10 minutes.", "fr", datetime(2024, 4, 10, 0, 2))
    assert times(numbers)["il y a 10 minutes"] == ("23:52", "23:52", "exact", "local")
    assert days(dates)["il y a 10 minutes"] == ("2024-04-09", "2024-04-09")


def test_a_later_offset_in_a_future_clause_and_a_count_of_the_next_hours():
    numbers, dates = read("Il reviendra dans deux heures et demie; the next 3 hours will be calm.", "fr", datetime(2024, 4, 10, 22, 30))
    assert times(numbers)["dans deux heures et demie"] == ("01:00", "01:00", "exact", "local")
    assert days(dates)["dans deux heures et demie"] == ("2024-04-11", "2024-04-11")
    numbers, dates = read("Rain is expected in the next 3 hours.", "en", datetime(2024, 4, 10, 22, 30))
    assert times(numbers)["the next 3 hours"] == ("22:30", "25:30", "range", "local")  # past midnight: on the next day's clock
    assert days(dates)["the next 3 hours"] == ("2024-04-10", "2024-04-11")


@pytest.mark.parametrize("lang, text", [
    ("en", "He ran the 100 metres in 9.58 seconds."),  # "in": a length, in a past clause
    ("en", "They scored twice in the last ten minutes."),  # the match's last minutes, in a past clause
    ("en", "The talks shouldn't last two hours."),
    ("fr", "Le bâtiment s'est effondré en 30 secondes."),
    ("en", "Over the last 36 hours the river rose."),  # longer than a day: no time of day
])
def test_lengths_that_count_from_nothing_are_no_time(lang, text):
    numbers, _ = read(text, lang, datetime(2024, 4, 10, 10, 5))
    assert times(numbers) == {}


def test_with_a_publication_day_only_the_offset_gives_the_days_it_may_fall_on_and_no_time():
    numbers, dates = read("The blast hit two hours ago.", "en", date(2024, 4, 10))
    assert times(numbers) == {}
    assert days(dates)["two hours ago"] == ("2024-04-09", "2024-04-10")
    numbers, dates = read("The blast hit two hours ago.", "en", None)
    assert times(numbers) == {} and days(dates)["two hours ago"] == ("None", "None")
