"""Times of day said in words or written as clocks with seconds, compact or ISO (see
``factcheck/extract/_word_times.py`` and ``_special_claims.py``); sentences written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck._vocab import load_vocab
from factcheck.extract.dates import find_dates, grammar

from .test_numbers import claims_of


def clock(minutes: object) -> str:
    value = int(str(minutes))
    return f"{value // 60:02d}:{value % 60:02d}"


def dates_found(text: str, lang: str, ref: date) -> list[Any]:
    """What the date finder reads in ``text``, read against ``ref``."""
    return find_dates(text, grammar(load_vocab(lang)), ref)


def days_of(text: str, lang: str, ref: date) -> dict[str, str]:
    """The first day of each date found, by its text."""
    return {text[d.start : d.end]: str(d.reading.start) for d in dates_found(text, lang, ref)}


def times_of(text: str, lang: str) -> dict[str, str]:
    return {c.text: clock(c.value) for c in claims_of(text, lang) if c.kind == "time_of_day"}


def time_spans_of(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Each time of day read in ``text``, with its first and last minute as clocks."""
    return {c.text: (clock(c.low), clock(c.high)) for c in claims_of(text, lang) if c.kind == "time_of_day"}


def ranges_of(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """Each range read in ``text``, with its ends as clocks."""
    return {c.text: (clock(c.low), clock(c.high)) for c in claims_of(text, lang) if c.qualifier == "range"}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        # clocks: seconds, compact hours before am/pm, spaced letters, ISO
        ("en", "The alarm went off at 6:45:10 on the ward.", "6:45:10", "06:45"),
        ("en", "Officers arrived at 230pm, the report says.", "230pm", "14:30"),
        ("en", "The vote closed at 1015 p.m. in the capital.", "1015 p.m.", "22:15"),
        ("en", "Dinner is served at eight p . m . sharp.", "eight p . m .", "20:00"),
        ("en", "The log shows 2021-03-04T09:41:07 as the last entry.", "09:41:07", "09:41"),
        ("es", "El tren salió a las 9:12:40 pm de Atocha.", "9:12:40 pm", "21:12"),
        # hour words and clock words
        ("en", "The bells rang at nine o'clock.", "nine o'clock", "09:00"),
        ("fr", "Le conseil se réunit à dix-huit heures.", "dix-huit heures", "18:00"),
        ("fr", "Le train part neuf heures vingt.", "neuf heures vingt", "09:20"),
        ("fr", "La cérémonie commence à onze heures moins le quart.", "onze heures moins le quart", "10:45"),
        ("fr", "La séance reprend à deux heures moins cinq.", "deux heures moins cinq", "01:55"),
        ("de", "Der Zug fährt um 9 Uhr ab.", "9 Uhr", "09:00"),
        ("de", "Die Sitzung endet um zehn Uhr abends.", "zehn Uhr abends", "22:00"),
        ("es", "El acto empieza a las nueve en punto.", "nueve en punto", "09:00"),
        ("pt", "A reunião começa às dez horas.", "dez horas", "10:00"),
        # quarters and halves, after and before the hour
        ("fr", "Rendez-vous à neuf heures et quart.", "neuf heures et quart", "09:15"),
        ("es", "La misa es a las once y cuarto.", "once y cuarto", "11:15"),
        ("es", "Cierran a las diez y media de la noche.", "diez y media de la noche", "22:30"),
        ("es", "Abren a las nueve menos cuarto.", "nueve menos cuarto", "08:45"),
        ("it", "Il treno parte alle sei e un quarto.", "sei e un quarto", "06:15"),
        ("it", "La messa inizia alle undici e mezza.", "undici e mezza", "11:30"),
        ("pt", "O voo sai às nove e meia.", "nove e meia", "09:30"),
        ("en", "The ferry leaves at a quarter to ten.", "a quarter to ten", "09:45"),
        ("en", "The shop opens at half past nine.", "half past nine", "09:30"),
        ("en", "Doors close at ten past eleven in the evening.", "ten past eleven in the evening", "23:10"),
        ("en", "Kick-off is 25 minutes to four in the afternoon.", "25 minutes to four in the afternoon", "15:35"),
        ("de", "Das Treffen beginnt um halb neun.", "halb neun", "08:30"),
        ("de", "Der Bus kam um viertel nach 7.", "viertel nach 7", "07:15"),
        ("de", "Er rief um 10 Minuten vor 9 Uhr an.", "10 Minuten vor 9 Uhr", "08:50"),
        ("pt", "Chegaram dez para as oito.", "dez para as oito", "07:50"),
        ("it", "Mancano cinque minuti alle nove.", "cinque minuti alle nove", "08:55"),
        # an hour word after a lead, and two number words before a half of the day
        ("es", "La votación terminó a las ocho.", "ocho", "08:00"),
        ("it", "Il negozio chiude alle sette.", "sette", "07:00"),
        ("it", "Alle 18 le squadre hanno raggiunto la zona.", "18", "18:00"),
        ("pt", "O jogo começa às nove.", "nove", "09:00"),
        ("en", "The flight lands at seven twenty pm.", "seven twenty pm", "19:20"),
        ("fr", "Le direct commence à vingt heures trente.", "vingt heures trente", "20:30"),
        # noon and midnight
        ("fr", "Les résultats tomberont à midi.", "midi", "12:00"),
        ("fr", "Le couvre-feu commence à minuit.", "minuit", "00:00"),
        ("en", "The deadline is noon on Friday.", "noon", "12:00"),
        ("es", "Los disparos se oyeron a medianoche.", "medianoche", "00:00"),
        ("it", "Il corteo parte a mezzogiorno.", "mezzogiorno", "12:00"),
        ("de", "Die Frist endet um Mitternacht.", "Mitternacht", "00:00"),
        ("de", "Die Kanzlerin sprach am Mittag vor der Presse.", "Mittag", "12:00"),
        ("pt", "O comício começou ao meio-dia.", "meio-dia", "12:00"),
    ],
)
def test_spoken_and_written_times(lang: str, text: str, surface: str, at: str) -> None:
    found = times_of(text, lang)
    assert found.get(surface) == at, found


@pytest.mark.parametrize(
    "lang, text, surface, kind",
    [
        ("fr", "Les négociations ont duré seize heures.", "seize heures", "duration"),
        ("fr", "Il a parlé deux heures trente minutes.", "deux heures trente minutes", "duration"),
        ("es", "Llegaron a las 3 víctimas del accidente.", "3 víctimas", "count"),
        ("pt", "Os mortos são 15 segundo a polícia.", "15", "number"),
        ("en", "Prices rose at seven stores.", "seven stores", "count"),
        ("en", "Scores rose 5 to 6 points.", "5 to 6 points", "count"),
    ],
)
def test_no_time_where_an_hour_counts_or_lasts(lang: str, text: str, surface: str, kind: str) -> None:
    claims = claims_of(text, lang)
    assert not [c for c in claims if c.kind == "time_of_day"], [(c.text, c.kind) for c in claims]
    assert any(c.text == surface and c.kind == kind for c in claims), [(c.text, c.kind) for c in claims]


def test_the_south_of_france_is_no_noon() -> None:
    assert times_of("Le Midi a voté à gauche.", "fr") == {}
    assert times_of("Les vignerons du midi manifestent.", "fr") == {}


def day_parts_of(text: str, lang: str) -> dict[str, tuple[str, str]]:
    from factcheck._vocab import load_vocab
    from factcheck.extract._word_times import day_parts, word_time_patterns

    return {text[s:e]: (clock(low), clock(high)) for s, e, low, high in day_parts(text, 0, len(text), word_time_patterns(load_vocab(lang)), [])}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("en", "The talks resumed this afternoon in Geneva.", "afternoon", "12:00", "16:00"),
        ("en", "Rescuers reached the village on Tuesday night.", "night", "20:00", "23:59"),
        ("en", "The storm hit the coast early morning on Sunday.", "early morning", "08:00", "10:00"),
        ("en", "The minister will speak tonight.", "tonight", "20:00", "23:59"),
        ("fr", "Le président s'exprimera ce soir.", "soir", "16:00", "20:00"),
        ("fr", "Les pompiers sont intervenus en fin d'après-midi.", "en fin d'après-midi", "14:00", "16:00"),
        ("fr", "Le vote a eu lieu jeudi matin.", "matin", "08:00", "12:00"),
        ("es", "El rey llegará el lunes por la tarde.", "tarde", "12:00", "16:00"),
        ("es", "Hubo disturbios anoche en el centro.", "anoche", "20:00", "23:59"),
        ("pt", "A votação termina esta noite.", "noite", "20:00", "23:59"),
        ("it", "Il governo si riunisce nel tardo pomeriggio.", "tardo pomeriggio", "14:00", "16:00"),
        ("it", "La partita si gioca stasera.", "stasera", "16:00", "20:00"),
        ("de", "Der Minister sprach am Abend.", "Abend", "16:00", "20:00"),
    ],
)
def test_day_parts_are_read_as_ranges(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = day_parts_of(text, lang)
    assert found.get(surface) == (low, high), found


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The morning show drew record ratings."),
        ("es", "Llegó tarde a la reunión."),
        ("es", "Nos vemos mañana."),
        ("de", "Wir sehen uns morgen."),
        ("pt", "Desfrutaram do chá da tarde."),
    ],
)
def test_no_day_part_without_a_lead(lang: str, text: str) -> None:
    assert day_parts_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("en", "The vote ends this evening at 8.", "8", "20:00"),
        ("en", "The rally starts on Friday evening at 7:30.", "7:30", "19:30"),
        ("de", "Die Band tritt heute Abend um 8 auf dem Marktplatz auf.", "8", "20:00"),
        ("de", "Der Stadtrat kommt am Freitagabend um 7 zusammen.", "7", "19:00"),
        ("fr", "Le couvre-feu commence 9 dans la soirée.", "9", "21:00"),
        ("fr", "Il est parti vers 3 dans la nuit.", "3", "03:00"),
        ("fr", "Les secours sont arrivés ce matin à 6.", "6", "06:00"),
        ("it", "La riunione è domani pomeriggio alle 4.", "4", "16:00"),
    ],
)
def test_a_day_part_next_to_an_hour_says_its_half(lang: str, text: str, surface: str, at: str) -> None:
    found = times_of(text, lang)
    assert found.get(surface) == at, found


def test_a_day_part_before_an_hour_that_counts_places_nothing() -> None:
    claims = claims_of("On Tuesday night 3 people died.", "en")
    assert [(c.text, c.kind) for c in claims if c.kind != "time_of_day"] == [("3 people", "count")]


def test_a_range_whose_start_says_its_half_keeps_it() -> None:
    found = ranges_of("The road is shut from 3 in the morning until 5pm.", "en")
    assert found == {"3 in the morning until 5pm": ("03:00", "17:00")}


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("en", "The minister spoke last night.", "last night", "2024-04-09"),
        ("en", "The minister speaks tonight.", "tonight", "2024-04-10"),
        ("fr", "Le ministre parle ce soir.", "ce soir", "2024-04-10"),
        ("es", "El ministro habló anoche.", "anoche", "2024-04-09"),
        ("es", "El ministro habló esta mañana.", "esta mañana", "2024-04-10"),
        ("de", "Der Minister sprach letzte Nacht.", "letzte Nacht", "2024-04-09"),
        ("de", "An diesem Morgen legte die Fähre verspätet ab.", "diesem Morgen", "2024-04-10"),
        ("it", "Il corteo partirà questa notte dalla stazione.", "questa notte", "2024-04-10"),
        ("pt", "O assalto ocorreu nesta madrugada em Lisboa.", "nesta madrugada", "2024-04-10"),
    ],
)
def test_a_day_part_of_a_relative_day_is_that_day(lang: str, text: str, surface: str, day: str) -> None:
    found = days_of(text, lang, date(2024, 4, 10))
    assert found.get(surface) == day, found


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("en", "The minister will speak tonight.", "tonight", "20:00", "23:59"),
        ("en", "The talks resumed on Tuesday afternoon.", "afternoon", "12:00", "16:00"),
        ("fr", "Le président s'exprimera ce soir.", "soir", "16:00", "20:00"),
        ("fr", "Les pompiers sont intervenus en fin d'après-midi.", "en fin d'après-midi", "14:00", "16:00"),
        ("es", "El rey llegó esta mañana.", "mañana", "08:00", "12:00"),
        ("pt", "A votação termina hoje à tarde.", "tarde", "12:00", "16:00"),
        ("de", "Der Minister spricht heute Abend.", "Abend", "16:00", "20:00"),
        ("it", "La squadra si allena stamattina.", "stamattina", "08:00", "12:00"),
    ],
)
def test_a_day_part_alone_is_a_context_free_time_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = [c for c in claims_of(text, lang) if c.kind == "time_of_day"]
    assert [(c.text, c.qualifier, clock(c.low), clock(c.high)) for c in found] == [(surface, "range", low, high)]
    assert found[0].context_free and found[0].extra["day_part"]


@pytest.mark.parametrize(
    "lang, text, at",
    [
        ("fr", "Les secours sont arrivés ce matin à 6.", {"6": "06:00"}),
        ("en", "The vote ends this evening at 8.", {"8": "20:00"}),
        ("fr", "Le vote se termine à 22h ce soir.", {"22h": "22:00"}),
        ("en", "Doors close at ten past eleven in the evening.", {"ten past eleven in the evening": "23:10"}),
    ],
)
def test_a_day_part_beside_a_time_is_no_claim_of_its_own(lang: str, text: str, at: dict[str, str]) -> None:
    assert times_of(text, lang) == at


@pytest.mark.parametrize(
    "lang, text, surface, value, unit",
    [
        ("fr", "La réunion a duré deux heures et demie.", "deux heures et demie", "2.5", "hour"),
        ("es", "El vuelo duró tres horas y media.", "tres horas y media", "3.5", "hour"),
        ("it", "La riunione è durata due ore e mezza.", "due ore e mezza", "2.5", "hour"),
        ("fr", "Le débat a duré une heure.", "une heure", "1", "hour"),
        ("es", "Esperaron una hora en la pista.", "una hora", "1", "hour"),
        ("de", "Die Sitzung dauerte eine Stunde.", "eine Stunde", "1", "hour"),
        ("en", "The roads stayed closed all day.", "all day", "1", "day"),
        ("en", "Talks will go on for another hour.", "another hour", "1", "hour"),
        ("fr", "Il a plu toute la journée.", "toute la journée", "1", "day"),
        ("es", "Llovió todo el año.", "todo el año", "1", "year"),
        ("it", "Ha piovuto per il giorno intero.", "giorno intero", "1", "day"),
        ("de", "Es regnete den ganzen Tag.", "den ganzen Tag", "1", "day"),
    ],
)
def test_halves_articles_and_whole_units_of_durations(lang: str, text: str, surface: str, value: str, unit: str) -> None:
    from decimal import Decimal

    found = {c.text: (c.value, c.unit) for c in claims_of(text, lang) if c.kind == "duration"}
    assert found.get(surface) == (Decimal(value), unit), found


@pytest.mark.parametrize("lang, text", [("fr", "Un jour, il reviendra."), ("fr", "Il y a un an, la ville a voté."),
                                        ("fr", "Il a fini à une minute du vainqueur.")])
def test_an_article_counts_no_day_year_or_minute(lang: str, text: str) -> None:
    assert [c.text for c in claims_of(text, lang) if c.kind == "duration"] == []


def test_a_half_hour_said_after_a_lead_is_a_time() -> None:
    assert times_of("Il est arrivé à deux heures et demie.", "fr") == {"deux heures et demie": "02:30"}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("en", "The pool is open on Thursday 19:00 - 21:00 for adults.", "19:00 - 21:00", "19:00", "21:00"),
        ("fr", "La mairie reçoit 9:00 à 11:30 le samedi.", "9:00 à 11:30", "09:00", "11:30"),
        ("fr", "Le musée ouvre de 10am au 6pm en été.", "10am au 6pm", "10:00", "18:00"),
    ],
)
def test_bare_clocks_that_open_a_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = ranges_of(text, lang)
    assert found.get(surface) == (low, high), found


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("pt", "O debate começa às 9h30 pm.", "9h30 pm", "21:30"),
        ("de", "Der Alarm ging um 2 Uhr nachts los.", "2 Uhr", "02:00"),
        ("de", "Die Feier endete um 11 Uhr nachts.", "11 Uhr", "23:00"),
    ],
)
def test_halves_after_an_h_clock_or_a_clock_word(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("en", "The vote is on Thursday 1 pm in the hall.", "Thursday", "2024-04-04"),
        ("de", "Die Sitzung ist am Dienstag 11 Uhr.", "Dienstag", "2024-04-09"),
        ("fr", "Rendez-vous vendredi 9h30 devant la mairie.", "vendredi", "2024-04-05"),
    ],
)
def test_a_weekday_before_an_hour_is_the_weekday_alone(lang: str, text: str, surface: str, day: str) -> None:
    found = days_of(text, lang, date(2024, 4, 10))
    assert found.get(surface) == day, found


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("es", "La reunión fue el 8 a las 9:30 en Madrid.", "el 8", "2024-04-08"),
        ("it", "La seduta è stata il 8 alle 10:15.", "il 8", "2024-04-08"),
        ("en", "The hearing was on the 8 at 9 am.", "on the 8", "2024-04-08"),
    ],
)
def test_a_day_number_before_an_hour_is_a_day(lang: str, text: str, surface: str, day: str) -> None:
    found = days_of(text, lang, date(2024, 4, 10))
    assert found.get(surface) == day, found


def test_a_day_number_before_a_figure_with_a_lead_is_no_day() -> None:
    text = "He scored the 15 at 8 points."
    assert [text[d.start:d.end] for d in dates_found(text, "en", date(2024, 4, 10))] == []


@pytest.mark.parametrize(
    "lang, text, surface, unit",
    [
        ("fr", "Les secours ont mis quelques heures à arriver.", "quelques heures", "hour"),
        ("en", "The strike lasted a few days.", "a few days", "day"),
        ("it", "Il blackout è durato qualche ora.", "qualche ora", "hour"),
        ("de", "Die Sperre dauerte ein paar Tage.", "ein paar Tage", "day"),
    ],
)
def test_a_few_units_are_about_three(lang: str, text: str, surface: str, unit: str) -> None:
    from decimal import Decimal

    found = {c.text: (c.value, c.unit, c.qualifier, c.low, c.high) for c in claims_of(text, lang) if c.kind == "duration"}
    assert found.get(surface) == (Decimal(3), unit, "approx", Decimal(2), Decimal(9)), found


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("en", "The office is open 9am-5pm on weekdays.", "9am-5pm", "09:00", "17:00"),
        ("es", "La calle se cierra 19:00-21:00 cada día.", "19:00-21:00", "19:00", "21:00"),
        ("en", "The clinic is open 9-11am on Mondays.", "9-11am", "09:00", "11:00"),
        ("it", "Lo sportello apre lunedì 2-4 pm.", "2-4 pm", "14:00", "16:00"),
    ],
)
def test_a_dash_between_two_times_without_spaces(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = ranges_of(text, lang)
    assert found.get(surface) == (low, high), found


def test_a_dash_in_a_season_or_a_model_is_no_time() -> None:
    assert times_of("The 2014-15 season ended and the A320-200 landed on pages 10-12.", "en") == {}


def test_minutes_before_the_next_hour_are_not_an_hour_of_their_own() -> None:
    assert times_of("O comboio parte às dez para as nove.", "pt") == {"dez para as nove": "08:50"}


def test_a_relative_day_after_minutes_is_no_counted_noun() -> None:
    claims = claims_of("A reunião é às sete e vinte amanhã.", "pt")
    assert [(c.text, c.kind) for c in claims] == [("sete e vinte", "time_of_day")]


def test_a_short_relative_day_is_read_last_in_its_text() -> None:
    text = "El presidente vuelve a las 8pm de hoy"
    found = days_of(text, "es", date(2024, 4, 10))
    assert found == {"hoy": "2024-04-10"}


@pytest.mark.parametrize("lang, text, surface, at", [("fr", "Le conseil se réunit 9:00 lundi prochain.", "9:00", "09:00"),
                                                      ("de", "Die Messe öffnet Samstag 10:00 ihre Tore.", "10:00", "10:00")])
def test_a_bare_clock_on_the_hour_is_a_time(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text", [("en", "The ratio is 3:45 and the price 7.00 euros."), ("fr", "Le score est de 2:0.")])
def test_a_bare_clock_off_the_hour_or_dotted_stays_no_time(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize("lang, text, surface, at", [("es", "El acto empieza a la una de la tarde.", "una de la tarde", "13:00"),
                                                      ("es", "La tienda cierra a la una y media.", "una y media", "01:30"),
                                                      ("it", "La riunione inizia all'una.", "una", "01:00")])
def test_one_o_clock_after_a_lead_of_an_hour(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text", [("es", "Se lo dio a la una de ellas."), ("es", "Se refirió a la una y a la otra.")])
def test_the_article_one_after_a_lead_is_no_hour(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize("lang, text, surface, at", [("fr", "Rendez-vous à 15h devant la mairie.", "15h", "15:00"),
                                                      ("fr", "Le cortège part à 14 heures place de la Bastille.", "14 heures", "14:00"),
                                                      ("pt", "A reunião começa às 10 horas amanhã.", "10 horas", "10:00")])
def test_an_hour_word_after_a_lead_is_a_time_whatever_follows(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


def test_an_hour_word_before_what_it_counts_lasts() -> None:
    claims = claims_of("Il a été condamné à 15 heures de travaux d'intérêt général.", "fr")
    assert [(c.text, c.kind) for c in claims] == [("15 heures", "duration")]


@pytest.mark.parametrize("lang, text, surface, at", [("it", "Il corteo è partito poco dopo le 22 dal centro.", "22", "22:00"),
                                                      ("it", "I seggi restano aperti fino a domenica entro le 23.", "23", "23:00"),
                                                      ("it", "Il vertice riprende alle 4 di pomeriggio.", "4 di pomeriggio", "16:00")])
def test_italian_leads_and_halves_of_an_hour(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


def test_two_bare_hours_between_make_a_range_unless_they_count() -> None:
    ranges = time_spans_of("Lo sciopero è previsto tra le 9 e le 13.", "it")
    assert ranges == {"9 e le 13": ("09:00", "13:00")}
    assert times_of("Sono rimaste ferite tra le 30 e le 40 persone.", "it") == {}


@pytest.mark.parametrize("lang, text, surface, at, unit", [("it", "L'atterraggio è previsto alle 17 ora italiana.", "17", "17:00", "at:italiana"),
                                                            ("es", "El debate empieza a las 21 GMT en la televisión.", "21", "21:00", "GMT")])
def test_a_zone_after_a_led_hour_is_no_noun_it_counts(lang: str, text: str, surface: str, at: str, unit: str) -> None:
    found = {c.text: (clock(c.value), c.unit) for c in claims_of(text, lang) if c.kind == "time_of_day"}
    assert found.get(surface) == (at, unit), found


@pytest.mark.parametrize("text, surface, low, high", [("Trading resumed at 1330 GMT after the halt.", "1330", "13:30", "13:30"),
                                                      ("Polls open at 8:00 local time (0600 GMT) on Sunday.", "0600", "06:00", "06:00"),
                                                      ("The curfew runs from 2100 to 0500 GMT.", "2100 to 0500", "21:00", "29:00")])
def test_wire_copy_hours_and_minutes_before_a_zone(text: str, surface: str, low: str, high: str) -> None:
    found = {c.text: (clock(c.low), clock(c.high), c.unit) for c in claims_of(text, "en") if c.kind == "time_of_day"}
    assert found.get(surface) == (low, high, "GMT"), found


def test_a_conversion_in_brackets_after_a_hedged_time_is_as_hedged() -> None:
    """"just before 8:00 a.m. local time (0000 GMT)" is about midnight GMT; after an exact time it stays exact."""
    found = {c.text: c.qualifier for c in claims_of("The quake struck just before 8:00 a.m. local time (0000 GMT) on Wednesday.", "en")
             if c.kind == "time_of_day"}
    assert found == {"8:00 a.m.": "approx", "0000": "approx"}
    exact = {c.text: c.qualifier for c in claims_of("Polls open at 8:00 local time (0600 GMT) on Sunday.", "en") if c.kind == "time_of_day"}
    assert exact == {"8:00": "exact", "0600": "exact"}


@pytest.mark.parametrize("lang, level, hour", [
    ("pt", "O número de mortos subiu a 12 esta manhã.", "A reunião começou às 12 esta manhã."),
    ("fr", "Le bilan est passé à 12 ce matin.", "La réunion a commencé à 12 ce matin."),
    ("en", "The toll rose to 12 this morning.", "The meeting began at 12 this morning."),
    ("es", "La cifra subió a 12 esta mañana.", "La reunión empezó a las 12 esta mañana."),
])
def test_a_level_reached_after_a_verb_of_change_is_no_hour(lang: str, level: str, hour: str) -> None:
    """"subiu a 12 esta manhã": the figure reached 12 this morning; "a 12" is no hour there, "às 12" is."""
    def hours(text: str) -> list[str]:
        return [c.text for c in claims_of(text, lang) if c.kind == "time_of_day" and c.text[0].isdigit()]

    assert hours(level) == []
    assert hours(hour) == ["12"]


def test_german_am_is_a_word_not_a_half_of_the_day() -> None:
    """"um 7 am Bahnhof" is "at 7 at the station", "sieben am Abend" 19:00; "7 a.m." is still a.m."""
    assert times_of("Wir treffen uns um 7 am Bahnhof.", "de") == {}
    assert times_of("Er kam um sieben am Abend.", "de") == {"sieben am Abend": "19:00"}
    assert times_of("Es begann um 7 am Montag, sagt er.", "en").get("7 am") == "07:00"


def test_a_year_before_a_zone_code_is_no_wire_time() -> None:
    assert times_of("In 2016 GMT shares rose and in 1998 UTC was adopted.", "en") == {}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("en", "Protesters gathered by mid-morning outside parliament.", "mid-morning", "09:00", "11:00"),
        ("fr", "Les secours sont arrivés en milieu d'après-midi.", "en milieu d'après-midi", "13:00", "15:00"),
        ("es", "El pleno se suspendió a media mañana.", "a media mañana", "09:00", "11:00"),
        ("it", "Il corteo è partito a metà pomeriggio.", "a metà pomeriggio", "13:00", "15:00"),
        ("pt", "O comboio descarrilou a meio da manhã.", "a meio da manhã", "09:00", "11:00"),
    ],
)
def test_the_middle_of_a_day_part_is_its_middle_half(lang: str, text: str, surface: str, low: str, high: str) -> None:
    assert day_parts_of(text, lang).get(surface) == (low, high), day_parts_of(text, lang)


def test_the_middle_of_the_night_is_no_evening_hour() -> None:
    assert day_parts_of("L'alarme a sonné au milieu de la nuit.", "fr") == {}
    assert day_parts_of("L'alarme a sonné en milieu de nuit.", "fr") == {}


@pytest.mark.parametrize("lang, text", [("pt", "O comboio descarrilou a meio da tarde."), ("es", "Volvió a media tarde.")])
def test_a_half_alone_is_no_half_hour(lang: str, text: str) -> None:
    assert {c.text for c in claims_of(text, lang) if c.kind == "time_of_day" and c.qualifier != "range"} == set()


@pytest.mark.parametrize("text", ["Am nächsten Morgen wurde der Verdächtige gefasst.", "An jenem Morgen schneite es.",
                                  "Am frühen Morgen brach das Feuer aus.", "A media mañana cerró la bolsa."])
def test_a_morning_after_a_determiner_or_adjective_is_no_tomorrow(text: str) -> None:
    lang = "es" if "mañana" in text else "de"
    assert dates_found(text, lang, date(2024, 4, 10)) == []


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("fr", "Le marché ouvre à partir de 7 heures chaque samedi.", "7 heures", "07:00"),
        ("es", "Las urnas abren a partir de las 9 horas en todo el país.", "9 horas", "09:00"),
        ("es", "El incendio se declaró antes de las 6 en el polígono.", "6", "06:00"),
        ("pt", "O jogo começa a partir das 16 horas no estádio.", "16 horas", "16:00"),
        ("pt", "A polícia chegou depois das 23 ao local.", "23", "23:00"),
        ("fr", "Les bureaux de vote ferment avant 20 heures dans les villes.", "20 heures", "20:00"),
        ("fr", "Il est 17h30 quand la police intervient.", "17h30", "17:30"),
        ("fr", "Il était 3 heures quand l'alerte a sonné.", "3 heures", "03:00"),
    ],
)
def test_leads_from_before_and_after_an_hour(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text", [("fr", "Il suit à partir de 12 heures de cours par semaine."), ("fr", "Il faut compter avant 6 heures de route."), ("es", "Antes de las 4 semanas no habrá datos."),
                                        ("pt", "Depois das 5 semanas de greve, voltaram.")])
def test_those_leads_before_what_the_hours_count_keep_a_duration(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("es", "El pleno votó a las nueve de la noche del 14.", "del 14", "2024-04-14"),
        ("es", "Los detenidos salieron a las 18:30 del 3, según la policía.", "del 3", "2024-04-03"),
        ("it", "La nave è attraccata alle 6 del 9.", "del 9", "2024-04-09"),
    ],
)
def test_a_day_number_after_a_time_and_its_link_is_a_day(lang: str, text: str, surface: str, day: str) -> None:
    found = days_of(text, lang, date(2024, 4, 20))
    assert found.get(surface) == day, found


@pytest.mark.parametrize("lang, text", [("es", "La subida del 15 fue la mayor del año."), ("es", "Es la caída del 12."),
                                        ("it", "Il calo del 15, dice l'Istat, pesa.")])
def test_a_number_after_del_without_a_time_is_no_day(lang: str, text: str) -> None:
    assert dates_found(text, lang, date(2024, 4, 20)) == []


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("fr", "Des coups de feu ont éclaté la nuit dernière près du port.", "nuit", "2024-04-19"),
        ("it", "Un incendio è divampato la notte scorsa in periferia.", "notte", "2024-04-19"),
        ("it", "La scorsa notte la frana ha isolato il paese.", "notte", "2024-04-19"),
        ("es", "La noche pasada cayeron 80 litros por metro cuadrado.", "noche", "2024-04-19"),
        ("pt", "Na noite passada o rio subiu dois metros.", "noite", "2024-04-19"),
        ("de", "In der vergangenen Nacht brannte eine Lagerhalle.", "Nacht", "2024-04-19"),
    ],
)
def test_last_night_said_noun_first_is_a_night_of_the_day_before(lang: str, text: str, surface: str, day: str) -> None:
    assert day_parts_of(text, lang).get(surface) == ("20:00", "23:59"), day_parts_of(text, lang)
    days = [str(d.reading.start) for d in dates_found(text, lang, date(2024, 4, 20))]
    assert days == [day], days


def test_the_last_night_of_an_event_is_no_yesterday() -> None:
    assert find_dates("Ce fut la dernière nuit du festival.", grammar(load_vocab("fr")), date(2024, 4, 20)) == []


@pytest.mark.parametrize(
    "text, surface, low, high",
    [
        ("Die Kundgebung beginnt abends vor dem Rathaus.", "abends", "16:00", "20:00"),
        ("Nachmittags fiel der Strom aus.", "Nachmittags", "12:00", "16:00"),
        ("Am Donnerstagabend tagte der Ausschuss.", "Donnerstagabend", "16:00", "20:00"),
        ("In der Samstagnacht brannte ein Auto.", "Samstagnacht", "20:00", "23:59"),
    ],
)
def test_german_day_part_adverbs_and_weekday_compounds(text: str, surface: str, low: str, high: str) -> None:
    assert day_parts_of(text, "de").get(surface) == (low, high), day_parts_of(text, "de")


def test_a_weekday_compound_gives_an_hour_its_half() -> None:
    assert times_of("Am Freitagabend um 9 Uhr traf sich der Vorstand.", "de") == {"9 Uhr": "21:00"}


@pytest.mark.parametrize("lang, text, surface", [("fr", "Le juge doit statuer avant 24 heures, dit l'avocat.", "24 heures"),
                                                 ("pt", "O governo tem antes das 24 horas de prazo para responder.", "24 horas"),
                                                 ("es", "La tormenta durará cerca de las 24 horas.", "cerca de las 24 horas")])
def test_twenty_four_hours_said_with_an_hour_word_last_a_day(lang: str, text: str, surface: str) -> None:
    claims = claims_of(text, lang)
    assert [(c.text, c.kind) for c in claims if c.text == surface] == [(surface, "duration")], [(c.text, c.kind) for c in claims]


def test_twenty_four_with_a_clock_word_is_midnight() -> None:
    assert times_of("Die Geschäfte haben bis 24 Uhr geöffnet.", "de") == {"24 Uhr": "00:00"}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("es", "La rueda de prensa será a las 9 y media en Moncloa.", "9 y media", "09:30"),
        ("pt", "O comboio partiu às 6 e meia da estação.", "6 e meia", "06:30"),
        ("it", "La seduta riprende alle 4 e mezza.", "4 e mezza", "04:30"),
        ("it", "Il consiglio è convocato alle ore 15 in municipio.", "15", "15:00"),
        ("it", "La fiaccolata parte alle 9 di questa sera.", "9", "21:00"),
    ],
)
def test_digit_hours_with_a_half_in_words_the_hour_word_ore_and_a_longer_gap(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


def test_a_decimal_with_a_half_in_words_stays_a_figure_without_a_lead() -> None:
    claims = claims_of("El paro bajó un 7 y medio por ciento.", "es")
    assert [(c.kind, str(c.value)) for c in claims] == [("percent", "7.5")]


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("pt", "O incêndio começou às 3 horas e 15 minutos da madrugada.", "3 horas e 15 minutos da madrugada", "03:15"),
        ("pt", "A sessão foi encerrada às 19 horas e 30 minutos.", "19 horas e 30 minutos", "19:30"),
        ("es", "La votación cerró a las 20 horas y 30 minutos.", "20 horas y 30 minutos", "20:30"),
    ],
)
def test_hours_and_minutes_words_after_a_lead_of_an_hour_are_a_time(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text, surface", [("pt", "O voo atrasou 19 horas e 30 minutos.", "19 horas e 30 minutos"),
                                                 ("pt", "Depois das 2 horas e 30 minutos de espera, os passageiros saíram.", "2 horas e 30 minutos")])
def test_hours_and_minutes_words_without_a_lead_or_before_what_they_count_last(lang: str, text: str, surface: str) -> None:
    claims = claims_of(text, lang)
    assert [(c.text, c.kind) for c in claims if c.text == surface] == [(surface, "duration")], [(c.text, c.kind) for c in claims]


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("it", "Il corteo partirà alle 18,30 da piazza Duomo.", "18,30", "18:30", "18:30"),
        ("pt", "O comício começa às 21,15 na praça central.", "21,15", "21:15", "21:15"),
        ("it", "Lo sciopero dei treni va dalle 9,30 alle 17,30.", "9,30 alle 17,30", "09:30", "17:30"),
    ],
)
def test_a_clock_written_with_a_decimal_comma_after_a_lead_of_an_hour(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = time_spans_of(text, lang)
    assert found.get(surface) == (low, high), found


@pytest.mark.parametrize("lang, text", [("it", "Il titolo ha chiuso alle 18,30 euro."), ("it", "Il tasso è salito alle 18,30%."),
                                        ("it", "Il prezzo è sceso da 17,5 alle 18,30."), ("pt", "O preço passou a 18,30 por litro."),
                                        ("it", "Il tasso medio è 18,30 a Milano.")])
def test_a_decimal_comma_without_a_lead_of_an_hour_or_before_a_unit_is_no_clock(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface",
    [
        ("pt", "O incêndio começou de madrugada no armazém.", "de madrugada"),
        ("pt", "A polícia entrou no bairro na madrugada de sábado.", "madrugada"),
        ("es", "El tiroteo ocurrió de madrugada en el centro.", "de madrugada"),
    ],
)
def test_the_small_hours_are_a_day_part(lang: str, text: str, surface: str) -> None:
    assert day_parts_of(text, lang).get(surface) == ("00:00", "06:00"), day_parts_of(text, lang)



@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("pt", "Eram 4 horas quando os bombeiros chegaram.", "4 horas", "04:00"),
        ("pt", "São nove e meia e o comício ainda não começou.", "nove e meia", "09:30"),
        ("de", "Es war 23:47, als der Strom ausfiel.", "23:47", "23:47"),
    ],
)
def test_it_is_before_an_hour_says_the_time(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("text", ["São 3 horas de viagem até ao Porto.", "A espera era 3 horas."])
def test_it_is_before_hours_that_count_keeps_a_duration(text: str) -> None:
    claims = claims_of(text, "pt")
    assert [(c.text, c.kind) for c in claims] == [("3 horas", "duration")]


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("it", "Le ruspe sono arrivate al mattino presto.", "mattino presto", "08:00", "10:00"),
        ("it", "Il consiglio si è chiuso la sera tardi.", "sera tardi", "18:00", "20:00"),
        ("pt", "Os manifestantes concentraram-se de manhã cedo.", "manhã cedo", "08:00", "10:00"),
        ("it", "Il sindaco ha parlato alla sera davanti al municipio.", "sera", "16:00", "20:00"),
    ],
)
def test_early_or_late_after_a_day_part_and_italian_leads(lang: str, text: str, surface: str, low: str, high: str) -> None:
    assert day_parts_of(text, lang).get(surface) == (low, high), day_parts_of(text, lang)


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("pt", "Os bombeiros chegaram hoje de manhã ao local.", "manhã", "08:00", "12:00"),
        ("pt", "A manifestação terminou no fim da tarde.", "no fim da tarde", "14:00", "16:00"),
        ("pt", "O temporal chegou no início da noite.", "no início da noite", "20:00", "22:00"),
        ("es", "El pleno se reanudó a primera hora de la mañana.", "a primera hora de la mañana", "08:00", "10:00"),
        ("es", "La policía llegó a última hora de la tarde.", "a última hora de la tarde", "14:00", "16:00"),
    ],
)
def test_portuguese_and_spanish_day_parts_with_de_or_their_early_and_late_halves(lang: str, text: str, surface: str, low: str, high: str) -> None:
    assert day_parts_of(text, lang).get(surface) == (low, high), day_parts_of(text, lang)


def test_one_o_clock_after_the_singular_lead_of_an_hour() -> None:
    assert times_of("O presidente discursou à uma da tarde.", "pt") == {"uma da tarde": "13:00"}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        ("pt", "O debate começa às 8pm e meia no canal público.", "8pm e meia", "20:30"),
        ("pt", "Faltavam quinze para as 9pm quando a luz voltou.", "quinze para as 9pm", "20:45"),
        ("it", "Il volo è atterrato alle 9pm e tre quarti.", "9pm e tre quarti", "21:45"),
        ("de", "Das Finale wurde auf 21:30 verlegt.", "21:30", "21:30"),
    ],
)
def test_minutes_in_words_around_an_am_pm_clock_and_german_auf(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text", [("de", "Der Kurs stieg auf 12.30 Euro."), ("de", "Die Quote stieg um 10.45 Prozent.")])
def test_a_dotted_clock_before_a_unit_is_an_amount(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        ("pt", "A loja abre de sete e meia a 10pm aos sábados.", "sete e meia a 10pm", "19:30", "22:00"),
        ("en", "The museum is open from nine to 5pm on weekdays.", "nine to 5pm", "09:00", "17:00"),
    ],
)
def test_an_hour_in_words_after_from_opens_a_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = time_spans_of(text, lang)
    assert found.get(surface) == (low, high), found


@pytest.mark.parametrize("lang, text", [("en", "Sales rose by two and a half."), ("fr", "Le taux passe à sept et demi."),
                                        ("pt", "O juro subiu a 7 e meia.")])
def test_a_number_and_a_half_after_a_preposition_stays_a_figure(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        # a day part linked to the hour before it, with every article, says its half of the day
        ("fr", "Les pompiers ont été appelés à 8 de la soirée.", "8 de la soirée", "20:00"),
        ("fr", "Le suspect a été interpellé vers 10 de la matinée.", "10 de la matinée", "10:00"),
        ("fr", "Le scrutin a fermé à 11 de soirée.", "11 de soirée", "23:00"),
        # accents folded: the half said without its accents
        ("fr", "La réunion reprendra à 4 de l'apres-midi.", "4 de l'apres-midi", "16:00"),
        ("fr", "Les secours sont arrivés à 9 de la soiree.", "9 de la soiree", "21:00"),
        ("fr", "Le bureau ouvre à 7:30 de l'apres-midi.", "7:30", "19:30"),
    ],
)
def test_a_day_part_linked_to_an_hour_says_its_half(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize("lang, text", [("fr", "Ils ont marqué 2 de la tête."), ("fr", "Il a 7 ans de plus que sa soeur.")])
def test_a_number_before_other_words_is_no_linked_hour(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        # an hour and its minutes said as two number words, with or without a lead
        ("fr", "Le dernier train est parti dix-neuf trente.", "dix-neuf trente", "19:30"),
        ("fr", "Le premier tir a été entendu vers vingt-trois vingt.", "vingt-trois vingt", "23:20"),
        ("fr", "Les sirènes ont retenti à sept quarante.", "sept quarante", "07:40"),
        ("en", "The first call came in at eight forty.", "eight forty", "08:40"),
        ("en", "Police said the blast happened seven thirty, not later.", "seven thirty", "07:30"),
    ],
)
def test_an_hour_and_its_minutes_in_two_number_words(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "He was born in nineteen fifty."),  # hours said on twelve: a year
        ("fr", "Il y avait trois quatre personnes."),  # under ten minutes
        ("fr", "Ils sont venus sept trente fois."),  # the second counts a noun
        ("en", "They lost twenty thirty games."),
        ("en", "Only seven twenty-somethings came."),  # the second number word is part of another word
    ],
)
def test_two_number_words_that_are_no_hour_and_minutes(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        # an hour with its half or quarter in words, after a lead of a time
        ("fr", "Il était huit et demie, selon la préfecture, quand le feu a pris.", "huit et demie", "08:30"),
        ("fr", "Le résultat est attendu vers 20 et demie.", "20 et demie", "20:30"),
    ],
)
def test_an_hour_and_a_half_after_a_lead_is_a_time(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le taux est passé à trois et demi."),  # a lead that also joins a change: a level
        ("fr", "Le loyer est deux et demi fois plus cher."),  # a noun follows
        ("en", "The rate stood at seven and a half."),  # "and a half" is no phrase of an hour's minutes
    ],
)
def test_a_number_and_a_half_after_a_lead_that_is_no_hour(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        # a bare hour opens a range before a time whose half of the day is said, with no "from"
        ("en", "Polls are open 7 to 8 p.m. on Tuesday.", "7 to 8 p.m.", "19:00", "20:00"),
        ("en", "The clinic is open 11 to 1pm on weekdays.", "11 to 1pm", "11:00", "13:00"),
        ("en", "Visiting hours run 2 til 4pm.", "2 til 4pm", "14:00", "16:00"),
        # a bare hour closes a range after a time that "from" leads
        ("en", "The pharmacy opens from 9am to 5, police said.", "9am to 5", "09:00", "17:00"),
        ("en", "The road was closed from 10pm to 2.", "10pm to 2", "22:00", "26:00"),
    ],
)
def test_a_bare_hour_at_one_end_of_a_time_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = ranges_of(text, lang)
    assert found.get(surface) == (low, high), found


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The shop opens from 9am to 5 days a week."),  # the bare number counts days
        ("en", "Shares traded from 9am to 5 percent lower."),  # a unit follows the bare number
        ("it", "Tornerà il 5 alle 4 a.m. in città."),  # "alle" also leads a time: a day and a time
        ("en", "Turnout rose from 5% to 6 pm."),
    ],
)
def test_no_time_range_from_a_bare_number_that_is_no_hour(lang: str, text: str) -> None:
    assert [c.text for c in claims_of(text, lang) if c.qualifier == "range" and c.kind == "time_of_day"] == []


@pytest.mark.parametrize(
    "lang, text, surface, at",
    [
        # a bare hour after a lead of a time that follows a day
        ("en", "The minister lands tomorrow at 7.", "7", "07:00"),
        ("en", "The council meets on Friday at 4, officials said.", "4", "04:00"),
        ("en", "The vote is set for Oct. 23 at seven.", "seven", "07:00"),
        ("fr", "Le ministre arrivera demain vers 7.", "7", "07:00"),
    ],
)
def test_a_bare_hour_led_right_after_a_day_is_a_time(lang: str, text: str, surface: str, at: str) -> None:
    assert times_of(text, lang).get(surface) == at, times_of(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "On Friday at 4 people were hurt."),  # a noun follows
        ("en", "He was inconsolable on Monday after three of his four children were found."),  # a partitive follows
        ("en", "The death toll stands at 19."),  # no day before the lead
        ("fr", "Le bilan est passé mardi à 19."),  # "à" also joins changes: a level
    ],
)
def test_a_bare_number_after_a_day_and_a_lead_that_is_no_hour(lang: str, text: str) -> None:
    assert times_of(text, lang) == {}


@pytest.mark.parametrize("text", ["Les secours sont arrivés à peu près midi.", "Ils sont partis à peu près à midi.", "Il était environ midi quand le toit a cédé."])
def test_noon_about_is_an_approximate_time(text: str) -> None:
    found = [(c.text, c.qualifier, clock(c.low), clock(c.high)) for c in claims_of(text, "fr") if c.kind == "time_of_day"]
    assert found == [("midi", "approx", "11:45", "12:15")], found


@pytest.mark.parametrize(
    "lang, text, surface, low, high",
    [
        # an hour and its hour word after "de" opens a range when a range word and a time follow
        ("fr", "La circulation sera coupée de 22 heures à 6 heures.", "22 heures à 6 heures", "22:00", "30:00"),
        ("fr", "Le couvre-feu va de 21 heures à minuit.", "21 heures à minuit", "21:00", "24:00"),
        ("fr", "Le musée est ouvert de 9h à 17, sauf le lundi.", "9h à 17", "09:00", "17:00"),
    ],
)
def test_an_hour_word_after_from_opens_a_range(lang: str, text: str, surface: str, low: str, high: str) -> None:
    found = ranges_of(text, lang)
    assert found.get(surface) == (low, high), found


def test_hours_of_work_from_one_to_another_stay_durations() -> None:
    claims = claims_of("La peine passe de 8 heures à 10 heures de travaux.", "fr")
    assert [(c.text, c.kind) for c in claims] == [("8 heures", "duration"), ("10 heures", "duration")]


@pytest.mark.parametrize(
    "lang, text, at",
    [
        # a day between an hour and its day part: the part still gives the half, and is no claim of its own
        ("en", "Kick-off is at 8 tomorrow evening.", {"8": "20:00"}),
        ("en", "The show starts at 10:00 tomorrow evening.", {"10:00": "22:00"}),
    ],
)
def test_a_day_part_after_an_hour_past_a_noun_or_a_day(lang: str, text: str, at: dict[str, str]) -> None:
    assert times_of(text, lang) == at


@pytest.mark.parametrize("text, surface", [("La police a interpellé 3 hommes mardi soir.", "3 hommes"), ("Il y a eu 8 morts ce soir.", "8 morts")])
def test_a_day_part_after_a_count_places_no_hour(text: str, surface: str) -> None:
    claims = claims_of(text, "fr")
    assert [(c.text, c.kind) for c in claims if c.kind != "time_of_day" or not c.extra.get("day_part")] == [(surface, "count")]


@pytest.mark.parametrize(
    "text, surface, at",
    [
        # a hedge between the lead and the hour: still a time, and approximate
        ("Il était environ dix heures et quart quand l'alerte a été donnée.", "dix heures et quart", "10:15"),
        ("Les secours sont arrivés à environ 10 heures.", "10 heures", "10:00"),
    ],
)
def test_a_hedge_between_a_lead_and_an_hour(text: str, surface: str, at: str) -> None:
    found = {c.text: (clock(c.value), c.qualifier) for c in claims_of(text, "fr") if c.kind == "time_of_day"}
    assert found.get(surface) == (at, "approx"), found


@pytest.mark.parametrize("text", ["Les négociations ont duré environ dix heures.", "Il a été condamné à environ 10 heures de travaux."])
def test_hours_about_without_a_lead_or_before_what_they_count_last(text: str) -> None:
    assert times_of(text, "fr") == {}
