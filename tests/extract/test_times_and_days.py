"""Times of day read with the day they fall on, and day parts named by a modifier before them; sentences
written for these tests (see ``factcheck/extract/_word_times.py`` and ``_dates_grammar.py``)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_numbers import claims_of
from .test_times import days_of, time_spans_of, times_of

REF = date(2024, 4, 10)


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("en", "The ferry left on Oct.23 at seven.", "Oct.23", "2023-10-23"),
        ("en", "The hearing will resume on Jan.5, the court said.", "Jan.5", "2025-01-05"),
    ],
)
def test_a_day_glued_to_a_month_abbreviation(lang: str, text: str, surface: str, day: str) -> None:
    assert days_of(text, lang, REF).get(surface) == day


@pytest.mark.parametrize("text", ["See fig.3 and no.5 of the report.", "Output grew 2.5 percent in Dec. 3.1 percent was expected."])
def test_no_day_after_a_period_that_is_no_month_abbreviation(text: str) -> None:
    assert not [d for d in days_of(text, "en", REF) if d[:1].isdigit() or "." in d]


@pytest.mark.parametrize(
    "lang, text, surface, day, part",
    [
        ("en", "The crews will work this night on the bridge.", "this night", "2024-04-10", "night"),
        ("fr", "Les équipes travailleront la prochaine nuit sur le pont.", "prochaine nuit", "2024-04-11", "nuit"),
        ("it", "Le squadre lavoreranno la prossima notte sul ponte.", "la prossima notte", "2024-04-11", "notte"),
    ],
)
def test_a_day_part_after_a_modifier_is_that_day(lang: str, text: str, surface: str, day: str, part: str) -> None:
    assert days_of(text, lang, REF).get(surface) == day
    assert time_spans_of(text, lang) == {part: ("20:00", "23:59")}


def test_a_final_night_is_no_day() -> None:
    text = "Il a passé sa dernière nuit en prison."
    assert days_of(text, "fr", REF) == {} and time_spans_of(text, "fr") == {}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("es", "El museo abrirá de 10 a 14 del 3 de mayo por obras.", "10 a 14", "10:00", "14:00"),
        ("pt", "A loja fecha de 9 a 11 em 3 de maio para inventário.", "9 a 11", "09:00", "11:00"),
        ("pt", "O serviço para de 1 a 4 em 22/04/2024.", "1 a 4", "01:00", "04:00"),
    ],
)
def test_a_range_of_bare_hours_before_the_date_it_falls_on(lang: str, text: str, surface: str, low: str, high: str) -> None:
    assert time_spans_of(text, lang) == {surface: (low, high)}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", "La tasa subió de 5 a 6 el 1 de enero."),  # no link of a time's date: a change
        ("es", "El festival durará de 5 a 6 de enero."),  # a range of days
        ("pt", "O índice passou de 5 a 6 em 2016."),  # a year is no date an hour falls on
        ("pt", "A equipe passou de 5 a 6 jogadores em 3 de maio."),  # the second figure counts
    ],
)
def test_no_range_of_hours_from_figures_before_a_date(lang: str, text: str) -> None:
    assert time_spans_of(text, lang) == {}


def test_a_link_word_glued_to_a_unit_letter_is_no_unit() -> None:
    found = [c for c in claims_of("Llegaron 6 del equipo de rescate.", "es") if c.kind == "quantity"]
    assert found == []


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("es", "El tren saldrá a las 7 el próximo domingo por la tarde.", "7", "19:00"),
        ("en", "The polls close at 8 this Tuesday evening.", "8", "20:00"),
        ("it", "La partita inizia alle 9 il prossimo sabato sera.", "9", "21:00"),
    ],
)
def test_a_day_part_after_a_day_with_its_article_or_modifier_places_the_hour(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang) == {surface: at}


def test_a_day_part_after_a_count_and_a_day_places_no_hour() -> None:
    assert times_of("Hubo 7 muertos el domingo por la tarde.", "es") == {"tarde": "14:00"}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("fr", "Le marché ouvre le matin à 7, place du Marché.", "7", "07:00"),
        ("fr", "Le dernier bus part à 9 le soir.", "9", "21:00"),
        ("fr", "La boutique rouvre l'après-midi à deux.", "deux", "14:00"),
        ("it", "Il museo chiude la sera alle 8.", "8", "20:00"),
    ],
)
def test_a_day_part_after_its_article_places_the_hour(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang) == {surface: at}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("fr", "Le marché se tient le matin sur la place.", "matin", "08:00", "12:00"),
        ("fr", "Les orages ont éclaté au début de la matinée.", "début de la matinée", "08:00", "10:00"),
        ("it", "La squadra si allena il pomeriggio.", "pomeriggio", "12:00", "16:00"),
    ],
)
def test_a_day_part_after_its_article_is_a_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    assert time_spans_of(text, lang) == {surface: (low, high)}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le texte a été adopté par 19 voix contre 7 mardi soir."),
        ("fr", "Le texte a été adopté par 19 voix contre 7 ce soir."),
        ("fr", "Le matin, 3 manifestants ont été interpellés."),
        ("it", "La sera 4 persone sono state arrestate."),
    ],
)
def test_a_figure_beside_a_day_part_that_is_no_hour(lang: str, text: str) -> None:
    assert [t for t in times_of(text, lang) if t[:1].isdigit()] == []


def test_an_hour_linked_to_a_day_part_by_its_article_keeps_the_link() -> None:
    assert times_of("Les pompiers ont été appelés à 8 de la soirée.", "fr") == {"8 de la soirée": "20:00"}


@pytest.mark.parametrize(
    "text, surface, low, high",
    [
        ("Die Sitzung zog sich über den Morgen hin.", "Morgen", "08:00", "12:00"),
        ("Es schneite den ganzen Abend in Berlin.", "Abend", "16:00", "20:00"),
    ],
)
def test_a_german_day_part_after_den(text: str, surface: str, low: str, high: str) -> None:
    assert time_spans_of(text, "de") == {surface: (low, high)}


def test_the_whole_morning_is_no_tomorrow() -> None:
    assert days_of("Es regnete den ganzen Morgen in Hamburg.", "de", REF) == {}


@pytest.mark.parametrize("text", ["Guten Morgen, sagte der Minister.", "Der Minister reist morgen nach Paris."])
def test_no_german_day_part_without_its_lead(text: str) -> None:
    assert time_spans_of(text, "de") == {}
