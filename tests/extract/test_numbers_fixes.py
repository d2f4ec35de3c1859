"""Fixed misreadings of the number extractor: a scale after "and a half", a bare "point" of a rate, Swiss
thousands, and the numbers of a name ("Boeing 787-8")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .test_numbers import claims_of, find, numbers_of


# (lang, sentence, claim, kind, value, unit or currency)
HALVES = [
    ("en", "The council will plant two and a half million trees by 2030.", "two and a half million trees", "count", "2500000", "trees"),
    ("en", "The city will spend two and a half billion dollars on its roads.", "two and a half billion dollars", "money", "2500000000", "USD"),
    ("en", "Voters in three and a quarter million homes received the leaflet.", "three and a quarter million homes", "count", "3250000", "homes"),
    ("en", "The firm now has 1.5 million customers in Japan.", "1.5 million customers", "count", "1500000", "customers"),
    ("en", "A million and a half people fled the fighting.", "A million and a half people", "count", "1500000", "people"),
    ("en", "Nearly half a million pilgrims were treated for heat stress.", "Nearly half a million pilgrims", "count", "500000", "pilgrims"),
    ("en", "The shop sold half a dozen boats.", "half a dozen boats", "count", "6", "boats"),
    ("fr", "La métropole compte deux millions et demi d'habitants.", "deux millions et demi d'habitants", "count", "2500000", "habitants"),
    ("fr", "L'État versera deux milliards et demi d'euros aux collectivités.", "deux milliards et demi d'euros", "money", "2500000000", "EUR"),
    ("es", "La región tiene dos millones y medio de habitantes.", "dos millones y medio de habitantes", "count", "2500000", "habitantes"),
    ("es", "El Gobierno destinará dos millones y medio de euros a la sanidad.", "dos millones y medio de euros", "money", "2500000", "EUR"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "kind", "value", "unit"), HALVES)
def test_a_half_joined_to_a_whole_takes_the_scale_written_after_it(lang, sentence, surface, kind, value, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value) == (kind, Decimal(value))
    assert unit in (claim.unit, claim.currency)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "two and a half thousand", "2500"),
        ("en", "2 and a half million", "2500000"),
        ("fr", "deux et demi millions", "2500000"),
        ("es", "dos y medio millones", "2500000"),
        ("en", "two million and a half", "2500000"),
        ("en", "two and a half", "2.5"),
    ],
)
def test_number_reader_puts_the_scale_on_the_whole_and_its_half(lang, text, value):
    assert [(text[n.start : n.end], n.value) for n in numbers_of(text, lang)] == [(text, Decimal(value))]


def test_a_hedged_two_and_a_half_million_rounds_at_the_hundred_thousand():
    claim = find(claims_of("The government will plant about two and a half million trees.", "en"),
                 "about two and a half million trees")
    assert (claim.qualifier, claim.low, claim.high) == ("approx", Decimal(2450000), Decimal(2550000))


def test_two_and_a_half_years_stays_a_duration():
    claim = find(claims_of("He spent two and a half years in prison.", "en"), "two and a half years")
    assert (claim.kind, claim.value, claim.unit) == ("duration", Decimal("2.5"), "year")


# (lang, sentence, claim, value): a bare "point" in a sentence that speaks of a rate
RATE_POINTS = [
    ("fr", "Le chômage a reculé de 1,4 point sur un an, selon l'Insee.", "1,4 point", "1.4"),
    ("fr", "La participation a atteint 51,5 %, en hausse de 1,4 point par rapport au scrutin de 2019.", "1,4 point", "1.4"),
    ("fr", "L'inflation a ralenti de 0,2 point depuis janvier.", "0,2 point", "0.2"),
    ("en", "The jobless rate fell 1.4 points in a year.", "1.4 points", "1.4"),
    ("en", "Labour has led by about 20 points in opinion polls for a year.", "about 20 points", "20"),
    ("es", "El paro bajó 1,4 puntos en el último año.", "1,4 puntos", "1.4"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "value"), RATE_POINTS)
def test_a_bare_point_of_a_rate_is_a_percentage_point(lang, sentence, surface, value):
    claims = claims_of(sentence, lang)
    claim = find(claims, surface)
    assert (claim.kind, claim.unit, claim.value) == ("percentage_point", "percentage_point", Decimal(value))
    assert not [c for c in claims if c.kind == "count"]


def test_a_bare_point_and_a_spelled_out_one_read_the_same():
    bare = find(claims_of("Le chômage a reculé de 1,4 point.", "fr"), "1,4 point")
    spelled = find(claims_of("Le chômage a reculé de 1,4 point de pourcentage.", "fr"), "1,4 point de pourcentage")
    assert (bare.kind, bare.unit, bare.value) == (spelled.kind, spelled.unit, spelled.value)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("fr", "Le meneur a inscrit 12 points lors du match de samedi.", "12 points"),
        ("fr", "Les ventes ont progressé de 3 % dans nos 12 points de vente.", "12 points"),
        ("en", "He scored 30 points as the Lakers won.", "30 points"),
        ("es", "Anotó 20 puntos en la final.", "20 puntos"),
    ],
)
def test_points_of_a_game_or_of_sale_stay_counts(lang, sentence, surface):
    claim = find(claims_of(sentence, lang), surface)
    assert claim.kind == "count"


@pytest.mark.parametrize(
    "lang, text, surface, seconds",
    [
        ("fr", "Il a bouclé le chrono en 45 minutes et 24 secondes.", "45 minutes et 24 secondes", 2724),
        ("fr", "Le Danois termine à 1 min 3 sec du vainqueur.", "1 min 3 sec", 63),
        ("en", "She finished in 2 hours 5 minutes.", "2 hours 5 minutes", 125),
        ("es", "Paró el cronómetro en 45 minutos y 25 segundos.", "45 minutos y 25 segundos", 2725),
        ("es", "Detuvo el reloj en 45:24 minutos.", "45:24 minutos", 2724),
        ("de", "Er fuhr mit einer Zeit von 45:24 Minuten ins Ziel.", "45:24 Minuten", 2724),
        ("it", "Secondo Vingegaard (+1'03\") davanti a Evenepoel.", "+1'03\"", 63),
        ("es", "Terminó con 1′ 03″ menos que el danés.", "1′ 03″", 63),
        ("pt", "Ficou à frente do dinamarquês (+1:03 minutos).", "+1:03 minutos", 63),
        ("en", "The winner's margin was +3:45:12 over the bunch.", "+3:45:12", 13512),
        ("de", "Er gewann mit einer Minute und drei Sekunden Vorsprung.", "einer Minute und drei Sekunden", 63),
        ("fr", "Il s'impose avec une minute et 14 secondes d'avance.", "une minute et 14 secondes", 74),
        ("it", "Ha chiuso con un minuto e 3 secondi di ritardo.", "un minuto e 3 secondi", 63),
        ("fr", "Vingegaard termine à 6:17 derrière le Slovène.", "6:17", 377),
        ("es", "El danés terminó a 6:17 de Pogacar en la general.", "6:17", 377),
        ("it", "Il belga chiude a 9:18 dal vincitore.", "9:18", 558),
        ("en", "Vingegaard finished 6:17 behind the winner.", "6:17", 377),
    ],
)
def test_compound_and_clock_durations_are_one_duration(lang: str, text: str, surface: str, seconds: int) -> None:
    (claim,) = [c for c in claims_of(text, lang) if c.kind == "duration"]
    assert claim.text == surface
    assert claim.value == seconds


def test_an_article_alone_before_a_unit_is_still_no_duration() -> None:
    assert [c for c in claims_of("Er kam nach einer Woche zurück, eines Tages.", "de") if c.kind == "duration"] == []


@pytest.mark.parametrize("lang, text", [("fr", "Le train part à 6:17 du matin."), ("es", "Llegó a las 6:17 de la mañana.")])
def test_a_clock_before_a_day_part_stays_a_time(lang: str, text: str) -> None:
    assert [c.kind for c in claims_of(text, lang)] == ["time_of_day"]


def test_von_ueber_before_a_duration_is_a_lower_bound() -> None:
    claim = find(claims_of("Er hatte einen Vorsprung von über fünf Minuten.", "de"), "von über fünf Minuten")
    assert claim.kind == "duration" and claim.qualifier == "at_least"


@pytest.mark.parametrize("lang, text", [("en", "The meeting starts at 10:30 in Paris."), ("fr", "Le vote a duré de 8:00 à 18:00."),
                                        ("fr", "Le club compte 1'000 membres."), ("en", "The score was 2:1 at half-time.")])
def test_a_colon_alone_is_no_duration(lang: str, text: str) -> None:
    assert not [c for c in claims_of(text, lang) if c.kind == "duration"]


def test_durations_in_units_of_one_family_compare_in_one_unit() -> None:
    from factcheck._intervals import values_meet
    from factcheck.testing import make_claim

    minutes = make_claim("45 minutes", "duration", 45, unit="minute")
    assert values_meet(minutes, make_claim("2700 s", "duration", 2700, unit="second", version="b.txt"))
    assert not values_meet(minutes, make_claim("45:24", "duration", 2724, unit="second", version="b.txt"))
    assert values_meet(make_claim("2 ans", "duration", 2, unit="year"), make_claim("24 mois", "duration", 24, unit="month", version="b.txt"))


@pytest.mark.parametrize(
    "lang, text, surface, minute",
    [
        ("en", "Oyarzabal slid in for an 86th-minute winner.", "86th-minute", 86),
        ("fr", "Le Basque a marqué à la 86e minute.", "86e minute", 86),
        ("fr", "Égalisation de Palmer à la 73′ de jeu.", "73′", 73),
        ("es", "En el minuto 86, Oyarzabal marcó el 2-1.", "minuto 86", 86),
        ("pt", "O inglês empatou no minuto 73.", "minuto 73", 73),
        ("de", "Palmer glich in der 73. Minute aus.", "73. Minute", 73),
        ("de", "In der 47. Spielminute ging Spanien in Führung.", "47. Spielminute", 47),
        ("it", "Oyarzabal ha segnato all'88esimo minuto.", "88esimo minuto", 88),
        ("it", "Marcatori: 47' Nico Williams, 73' Palmer.", "47'", 47),
    ],
)
def test_minutes_of_play(lang: str, text: str, surface: str, minute: int) -> None:
    found = [c for c in claims_of(text, lang) if c.kind == "match_minute"]
    assert found and found[0].text == surface and found[0].value == minute


@pytest.mark.parametrize("lang, text", [("es", "El partido duró 90 minutos y el minuto 86,5 no existe."),
                                        ("en", "Six years and 300 minutes later, in the 1990's."),
                                        ("it", "Vingegaard è secondo (+1'03\").")])
def test_no_minute_of_play_in_durations_decimals_or_clocks(lang: str, text: str) -> None:
    assert not [c for c in claims_of(text, lang) if c.kind == "match_minute"]


@pytest.mark.parametrize(
    "lang, text, surface, shown",
    [
        ("en", "The ship struck the bridge around 1:35 a.m. on Tuesday.", "1:35 a.m.", "time 01:35 (local) approx"),
        ("en", "The plane took off at 13:39 local time (08:09 GMT).", "13:39", "time 13:39 (local)"),
        ("en", "The plane took off at 13:39 local time (08:09 GMT).", "08:09", "time 08:09 (GMT)"),
        ("fr", "Le séisme s'est produit à 7 h 58, heure locale.", "7 h 58", "time 07:58 (local)"),
        ("fr", "Le navire a heurté le pont vers 1h30 du matin.", "1h30", "time 01:30 (local) approx"),
        ("es", "Se conoció pasadas las 12:06 de la madrugada del lunes.", "12:06", "time 00:06 (local) more_than"),
        ("es", "Cerrarán sobre las 6:00 de la tarde, hora local.", "6:00", "time 18:00 (local) approx"),
        ("pt", "O avião decolou às 13h39 (5h39 em Brasília).", "5h39", "time 05:39 (at:brasilia)"),
        ("de", "Die Maschine startete um 13:39 Uhr Ortszeit.", "13:39 Uhr", "time 13:39 (local)"),
        ("it", "L'incidente è avvenuto alle 13:38 ora locale.", "13:38", "time 13:38 (local)"),
    ],
)
def test_times_of_day_with_their_zone(lang: str, text: str, surface: str, shown: str) -> None:
    from factcheck import describe

    found = {c.text: describe(c) for c in claims_of(text, lang) if c.kind == "time_of_day"}
    assert found.get(surface) == shown, found


@pytest.mark.parametrize(
    "lang, text, surface, low, high, zone",
    [
        ("en", "Polling stations stay open from 7:00 to 8:00pm on Thursday.", "7:00 to 8:00pm", "19:00", "20:00", "local"),
        ("en", "The road is closed between 4 and 5pm on Sunday.", "4 and 5pm", "16:00", "17:00", "local"),
        ("fr", "L'annonce est attendue entre 22h00 et 23h00 heure de Mexico.", "22h00 et 23h00", "22:00", "23:00", "at:mexico"),
        ("fr", "Les bureaux de vote ferment entre 04h00 et 05h00 GMT.", "04h00 et 05h00", "04:00", "05:00", "GMT"),
        ("es", "Los colegios abren de 9 a 14:00 horas.", "9 a 14:00 horas", "09:00", "14:00", "local"),
        ("pt", "A votação decorre das 8h às 19h30.", "8h às 19h30", "08:00", "19:30", "local"),
        ("de", "Das Fahrverbot gilt von 22:00 bis 6:00 Uhr.", "22:00 bis 6:00 Uhr", "22:00", "30:00", "local"),
        ("it", "Il museo è aperto dalle 9:30 alle 18:00.", "9:30 alle 18:00", "09:30", "18:00", "local"),
    ],
)
def test_time_ranges(lang: str, text: str, surface: str, low: str, high: str, zone: str) -> None:
    found = {c.text: c for c in claims_of(text, lang) if c.kind == "time_of_day"}
    claim = found.get(surface)
    assert claim is not None and claim.qualifier == "range" and claim.unit == zone, found
    minutes = lambda clock: int(clock[:2]) * 60 + int(clock[3:])  # noqa: E731
    assert (claim.low, claim.high) == (minutes(low), minutes(high))


@pytest.mark.parametrize("lang, text", [("es", "Llegará el jueves 12 a las 13:38."), ("it", "Arriva giovedì 12 alle 13:38."),
                                        ("pt", "Chega no dia 12 às 13h39."), ("en", "Scores rose 5 to 6pm prices.")])
def test_a_day_number_before_a_time_is_no_range(lang: str, text: str) -> None:
    assert not [c for c in claims_of(text, lang) if c.kind == "time_of_day" and c.qualifier == "range"]


@pytest.mark.parametrize("lang, text", [("en", "The ECB cut its rate by 0.25 points."), ("en", "Spain won 2:1 and the ratio is 3:45."),
                                        ("fr", "Le taux passe à 3.75 selon la BCE."), ("es", "Ganó por 45:24 minutos.")])
def test_no_time_of_day_in_decimals_scores_or_race_times(lang: str, text: str) -> None:
    assert not [c for c in claims_of(text, lang) if c.kind == "time_of_day"]


# A toll or "the number of X" written before the figure (or after it, with its article) names what it counts.
TOLLS_AROUND = [
    ("en", "The death toll from the landslide has risen to 54, officials said.", "54", "54", "death"),
    ("en", "Rescuers put the toll at more than 80 on Monday.", "more than 80", "80", "toll"),
    ("en", "The number of injured climbed to 312 on Tuesday.", "312", "312", "injured"),
    ("en", "Flood death toll hits 97", "97", "97", "death"),
    ("en", "The number of displaced reaches 4,000 in the valley.", "4,000", "4000", "displaced"),
    ("fr", "Le bilan des inondations s'élève à 37, selon la préfecture.", "37", "37", "bilan"),
    ("fr", "Le nombre de blessés a atteint 1 250 mardi soir.", "1 250", "1250", "blessés"),
    ("fr", "Les secours portaient à près de 90 le bilan lundi.", "près de 90 le bilan", "90", "bilan"),
    ("fr", "L'agence évaluait à plus de 300 le bilan des victimes.", "plus de 300 le bilan", "300", "bilan"),
    ("es", "El número de fallecidos llegó a 2.310 el domingo.", "2.310", "2310", "fallecidos"),
    ("es", "Protección Civil cifró en 48 el número de heridos.", "48 el número de heridos", "48", "heridos"),
    ("pt", "O número de desalojados subiu para 4.870 nesta terça.", "4.870", "4870", "desalojados"),
    ("pt", "A Defesa Civil elevou para 33 o número de mortos.", "33 o número de mortos", "33", "mortos"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "value", "unit"), TOLLS_AROUND)
def test_a_count_named_before_the_figure_or_after_it_with_its_article(lang, sentence, surface, value, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value, claim.unit) == ("count", Decimal(value), unit)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The toll road opened in 2019 and cost 40 million dollars."),
    ("fr", "Le bilan de l'année 2023 est bon."),
    ("pt", "O número de série é 4."),
])
def test_no_toll_count_where_the_figure_is_a_year_or_no_count_is_named(lang, sentence):
    assert [c for c in claims_of(sentence, lang) if c.kind == "count"] == []


# A fraction of a whole is a share: an approximate percent, 2.5 points either way.
SHARES = [
    ("en", "Two-thirds of the towns were flooded.", "Two-thirds", "66.67"),
    ("fr", "Les trois quarts des victimes étaient des touristes.", "trois quarts", "75"),
    ("es", "Tres cuartas partes de los heridos eran niños.", "Tres cuartas", "75"),
    ("pt", "As chuvas atingiram dois terços dos municípios.", "dois terços", "66.67"),
    ("it", "La metà degli elettori non ha votato.", "metà", "50"),
    ("de", "Drei Viertel der Befragten stimmten zu.", "Drei Viertel", "75"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "value"), SHARES)
def test_a_fraction_of_a_whole_is_an_approximate_percent(lang, sentence, surface, value):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value, claim.qualifier) == ("percent", Decimal(value), "approx")
    assert (claim.low, claim.high) == (Decimal(value) - Decimal("2.5"), Decimal(value) + Decimal("2.5"))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The train left a quarter of an hour late."),
    ("fr", "Il est arrivé un quart d'heure plus tard."),
    ("it", "Il treno è partito con un quarto d'ora di ritardo."),
])
def test_a_fraction_of_an_hour_is_no_share(lang, sentence):
    assert [c for c in claims_of(sentence, lang) if c.kind == "percent"] == []


@pytest.mark.parametrize(("lang", "text", "surface", "value"), [
    ("es", "Nacionalidades de las víctimas:\n- 7 portugueses\n- 53 británicos", "7 portugueses", "7"),
    ("en", "Victims by country:\n  - 12 Canadians", "12 Canadians", "12"),
    ("fr", "Le PIB a reculé de - 0,3 % au premier trimestre.", "- 0,3 %", "-0.3"),
    ("en", "Temperatures fell to -5 degrees overnight.", "-5 degrees", "-5"),
])
def test_a_dash_that_starts_a_line_is_a_list_item_not_a_minus(lang, text, surface, value):
    assert find(claims_of(text, lang), surface).value == Decimal(value)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value"),
    [
        ("fr", "Quelque 29'000 personnes étaient réfugiées dans des abris.", "Quelque 29'000 personnes", "29000"),
        ("de", "Die Stadt zahlt 1’250’000 Franken für die Brücke.", "1’250’000 Franken", "1250000"),
        ("it", "Sono 12'500 gli sfollati nel cantone.", "12'500 gli sfollati", "12500"),
    ],
)
def test_an_apostrophe_groups_thousands_where_the_language_lists_it(lang, sentence, surface, value):
    claim = find(claims_of(sentence, lang), surface)
    assert claim.value == Decimal(value)


def test_an_apostrophe_groups_nothing_where_the_language_does_not_list_it():
    assert all(c.value != Decimal(29000) for c in claims_of("About 29'000 people were evacuated.", "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Boeing 787-8 Dreamliner was carrying passengers to London.",
        "An Airbus A320-200 landed safely in the storm.",
        "Cases of COVID-19 rose in the region.",
    ],
)
def test_the_numbers_of_a_name_are_no_figures(sentence):
    assert [c.text for c in claims_of(sentence, "en") if c.kind != "number"] == []


def test_a_range_written_with_a_dash_stays_a_range():
    claim = find(claims_of("Between 10-12 people were hurt, and 30-40 homes burned.", "en"), "30-40 homes")
    assert (claim.low, claim.high) == (Decimal(30), Decimal(40))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("es", "La candidata obtiene entre el 26,6% y el 28,6% de los votos.", "entre el 26,6% y el 28,6%"),
        ("es", "La candidata obtiene entre el 26,6 y el 28,6 por ciento de los votos.", "entre el 26,6 y el 28,6 por ciento"),
        ("fr", "La candidate obtient entre 26,6 % et 28,6 % des voix.", "entre 26,6 % et 28,6 %"),
        ("en", "The candidate won between 26.6% and 28.6% of the vote.", "between 26.6% and 28.6%"),
        ("pt", "A candidata obteve entre os 26,6% e os 28,6% dos votos.", "entre os 26,6% e os 28,6%"),
    ],
)
def test_a_range_whose_bounds_each_carry_their_unit_is_one_range(lang, sentence, surface):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high) == ("range", Decimal("26.6"), Decimal("28.6"))


def test_two_percentages_joined_by_to_stay_two_figures():
    texts = [c.text for c in claims_of("The bank cut its rate 0.25% to 3.75% on Thursday.", "en")]
    assert texts == ["0.25%", "3.75%"]


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low"),
    [
        ("fr", "L'agence évaluait à plus de 1100 le bilan des morts.", "plus de 1100 le bilan", "1100"),
        ("es", "La cifra supera ya los más de 1500 que se temían.", "más de 1500", "1500"),
    ],
)
def test_a_year_like_number_after_a_strict_bound_is_an_amount(lang, sentence, surface, low):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high) == ("at_least", Decimal(low), None)


def test_a_year_after_an_inclusive_bound_stays_a_year():
    assert [c.text for c in claims_of("Le plan court jusqu'à 2030, depuis 1999.", "fr") if c.value is not None] == []


def test_the_argentine_dollar_sign_is_a_dollar():
    claim = find(claims_of("La empresa ganó u$s 24 millones en el trimestre.", "es"), "u$s 24 millones")
    assert (claim.kind, claim.value, claim.currency) == ("money", Decimal(24000000), "USD")


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low"),
    [
        ("es", "Millones de personas siguieron el debate.", "Millones de personas", "2000000"),
        ("fr", "Des millions de personnes ont suivi le débat.", "millions de personnes", "2000000"),
        ("pt", "Milhões de pessoas acompanharam o debate.", "Milhões de pessoas", "2000000"),
        ("it", "Il governo ha speso miliardi di euro.", "miliardi di euro", "2000000000"),
    ],
)
def test_a_plural_scale_alone_is_at_least_two_of_it_and_vague(lang, sentence, surface, low):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high, claim.extra.get("vague")) == ("at_least", Decimal(low), None, True)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("El empleo cayó en el primer trimestre de 2024 con 139.700 ocupados menos.", "139.700 ocupados", "139700"),
        ("La cifra quedó en siete con cincuenta.", "siete con cincuenta", "7.50"),
    ],
)
def test_a_decimal_word_joins_only_decimals_said_as_words_or_short(sentence, surface, value):
    claim = find(claims_of(sentence, "es"), surface)
    assert claim.value == Decimal(value)


def test_a_figure_with_decimals_is_not_added_to_the_next_one():
    texts = {c.text: c.value for c in claims_of("O lucro foi de R$ 124,6 bilhões e 3 milhões de votos foram contados.", "pt")}
    assert texts["R$ 124,6 bilhões"] == Decimal("124600000000")
    assert find(claims_of("A obra custou 2 bilhões e 300 milhões de reais.", "pt"), "2 bilhões e 300 milhões de reais").value == Decimal(2300000000)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("es", "Las ventas crecieron hasta los 4.120 millones y 2.305 millones de euros.",
         [("4.120 millones", "money", "4120000000", "EUR"), ("2.305 millones de euros", "money", "2305000000", "EUR")]),
        ("fr", "L'usine et l'entrepôt ont coûté 3 milliards et 4 milliards d'euros.",
         [("3 milliards", "money", "3000000000", "EUR"), ("4 milliards d'euros", "money", "4000000000", "EUR")]),
        ("en", "The tickets cost 3 and 4 dollars.", [("3", "money", "3", "USD"), ("4 dollars", "money", "4", "USD")]),
        ("en", "Turnout rose 5 and 6 percent in March.", [("5", "percent", "5", "percent"), ("6 percent", "percent", "6", "percent")]),
    ],
)
def test_a_figure_joined_by_and_to_a_figure_with_a_unit_is_another_figure_in_that_unit(lang, sentence, expected):
    assert [(c.text, c.kind, c.value, c.currency or c.unit) for c in claims_of(sentence, lang)] == [
        (text, kind, Decimal(value), unit) for text, kind, value, unit in expected]


def test_a_scale_and_the_smaller_one_after_and_stay_one_figure():
    (claim,) = claims_of("El fondo reunió dos millones y 300 mil euros.", "es")
    assert (claim.text, claim.value) == ("dos millones y 300 mil euros", Decimal(2300000))


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        ("El beneficio creció un 30 %, hasta 5.120 millones de euros.", "5.120 millones de euros", "exact"),
        ("La tasa de paro subió hasta el 11,7 % en marzo.", "11,7 %", "exact"),
        ("Los verdes ascienden hasta los 48 escaños.", "48 escaños", "exact"),
        ("Hasta 300 empleados podrían perder su puesto.", "Hasta 300 empleados", "at_most"),
        ("Se esperan ráfagas de hasta 90 km/h en la costa.", "hasta 90 km/h", "at_most"),
        ("El precio podría caer hasta un 4 % este año.", "hasta un 4 %", "at_most"),
    ],
)
def test_spanish_hasta_after_a_change_is_the_level_reached_not_a_bound(sentence, surface, qualifier):
    assert find(claims_of(sentence, "es"), surface).qualifier == qualifier


def test_digits_glued_to_a_currency_sign_and_its_letters_are_money():
    claim = find(claims_of("La petrolera ganó u$s24.500 millones en el año.", "es"), "u$s24.500 millones")
    assert (claim.kind, claim.value, claim.currency) == ("money", Decimal(24500000000), "USD")
    assert [c.text for c in claims_of("El A320 aterrizó sin problemas.", "es")] == []


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "qualifier"),
    [
        ("es", "Las temperaturas superaron los 47C en la ciudad.", "superaron los 47C", "at_least"),
        ("fr", "Il a fait 41C à l'ombre mardi.", "41C", "exact"),
        ("it", "Sono stati superati i 46 gradi in città.", "superati i 46 gradi", "at_least"),
    ],
)
def test_temperatures_written_the_short_way(lang, sentence, surface, qualifier):
    assert find(claims_of(sentence, lang), surface).qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value"),
    [
        ("en", "The central bank lifted its main rate by 50 basis points on Thursday.", "50 basis points", "0.5"),
        ("en", "Bond yields jumped 12 bps after the vote.", "12 bps", "0.12"),
        ("fr", "La banque centrale a abaissé son taux directeur de 75 points de base.", "75 points de base", "0.75"),
        ("es", "El banco emisor recortó el precio del dinero en 25 puntos básicos.", "25 puntos básicos", "0.25"),
        ("pt", "O Copom reduziu a taxa básica em 50 pontos-base nesta quarta.", "50 pontos-base", "0.5"),
        ("de", "Die Notenbank senkte den Einlagensatz um 25 Basispunkte.", "25 Basispunkte", "0.25"),
        ("it", "Il differenziale con il Bund è sceso a 140 punti base.", "140 punti base", "1.4"),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(lang, sentence, surface, value):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.unit, claim.value) == ("percentage_point", "percentage_point", Decimal(value))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("en", "A magnitude 7.1 earthquake shook the coast overnight.", "7.1"),
        ("en", "A 5.9-magnitude tremor was felt in the capital.", "5.9-magnitude"),
        ("fr", "Un séisme de magnitude 6,3 a secoué la région.", "6,3"),
        ("es", "Un sismo de magnitud 5,7 sacudió la provincia.", "5,7"),
        ("pt", "Um abalo de magnitude 6,1 atingiu a ilha.", "6,1"),
    ],
)
def test_a_magnitude_written_before_the_figure_outranks_the_word_after_it(lang, sentence, surface):
    claims = claims_of(sentence, lang)
    claim = find(claims, surface)
    assert (claim.kind, claim.unit) == ("quantity", "magnitude")
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "kind", "value", "unit"),
    [
        ("de", "Die Baukosten stiegen von 4 auf 5,2 Milliarden Euro.", "4", "money", "4000000000", "EUR"),
        ("de", "Die Teuerung ging von 6 auf 4,5 Prozent zurück.", "6", "percent", "6", "percent"),
        ("pt", "O rombo passou de 3 para 4,1 bilhões de reais.", "3", "money", "3000000000", "BRL"),
        ("pt", "A inadimplência recuou de 6 para 5,4% em um ano.", "6", "percent", "6", "percent"),
        ("it", "Il passivo è salito da 7 a 9,3 miliardi di euro.", "7", "money", "7000000000", "EUR"),
        ("it", "La disoccupazione giovanile è scesa dal 24 al 21,5%.", "24", "percent", "24", "percent"),
        ("it", "L'inflazione è calata dal 9 all'8,1% in un anno.", "9", "percent", "9", "percent"),
        ("en", "The deficit grew from 3 to 4.1 billion dollars.", "3", "money", "3000000000", "USD"),
        ("fr", "La dette est passée de 3 à 4,1 milliards d'euros.", "3", "money", "3000000000", "EUR"),
        # the first figure is nearer in size to the second's value than to its digits: it keeps its own scale
        ("de", "Der Umsatz des Ladens stieg von 90.000 auf 1,2 Millionen Euro.", "90.000", "money", "90000", "EUR"),
    ],
)
def test_the_figure_a_change_starts_from_takes_the_unit_and_scale_of_where_it_ends(lang, sentence, surface, kind, value, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value) == (kind, Decimal(value))
    assert unit in (claim.unit, claim.currency)


def test_a_range_bound_keeps_its_own_scale_when_it_is_the_larger_reading():
    claim = find(claims_of("The homes sold for between 80,000 and 1.2 million dollars.", "en"),
                 "between 80,000 and 1.2 million dollars")
    assert (claim.low, claim.high) == (Decimal(80000), Decimal(1200000))


def test_an_elided_article_before_digits_is_no_counted_noun():
    claims = claims_of("Il tasso è passato dal 10 all'8 per cento.", "it")
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "qualifier", "low", "high"),
    [
        ("fr", "Plus de la moitié des communes ont voté contre.", "Plus de la moitié", "at_least", "50", None),
        ("fr", "Près des deux tiers des salariés sont en grève.", "Près des deux tiers", "approx", "64.17", "69.17"),
        ("es", "Más de la mitad de los hogares no tiene calefacción.", "Más de la mitad", "at_least", "50", None),
        ("pt", "Mais da metade dos municípios decretou emergência.", "Mais da metade", "at_least", "50", None),
        ("pt", "Quase a metade das escolas segue fechada.", "Quase a metade", "approx", "40", "52.5"),
        ("de", "Mehr als die Hälfte der Kliniken meldet Engpässe.", "Mehr als die Hälfte", "at_least", "50", None),
        ("de", "Knapp die Hälfte der Pendler fährt mit dem Auto.", "Knapp die Hälfte", "approx", "40", "52.5"),
        ("it", "Quasi la metà dei comuni è senza medico.", "Quasi la metà", "approx", "40", "52.5"),
        # "almost half" is just below half, and no more precise than the share alone (2.5 points)
        ("de", "Gut ein Drittel der Haushalte heizt mit Gas.", "Gut ein Drittel", "approx", "30.83", "35.83"),
    ],
)
def test_a_hedge_before_the_article_of_a_share_bounds_the_share(lang, sentence, surface, qualifier, low, high):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.qualifier) == ("percent", qualifier)
    assert (claim.low, claim.high) == (None if low is None else Decimal(low), None if high is None else Decimal(high))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low"),
    [
        ("en", "Several thousand fans waited outside the stadium.", "thousand fans", "2000"),
        ("en", "A few hundred residents refused to leave.", "hundred residents", "200"),
        ("de", "Einige Hundert Anwohner mussten ihre Häuser verlassen.", "Hundert Anwohner", "200"),
        ("de", "Ein paar Tausend Fans feierten auf dem Platz.", "Tausend Fans", "2000"),
        ("it", "Qualche migliaio di tifosi ha invaso la piazza.", "migliaio di tifosi", "2000"),
    ],
)
def test_a_few_before_a_scale_word_alone_is_at_least_two_of_it(lang, sentence, surface, low):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high, claim.extra.get("vague")) == ("at_least", Decimal(low), None, True)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value"),
    [
        ("en", "One in four renters spends half their income on housing.", "One in four", "25"),
        ("fr", "Un salarié sur cinq travaille le dimanche.", "Un salarié sur cinq", "20"),
        ("es", "Tres de cada diez hogares no llegan a fin de mes.", "Tres de cada diez", "30"),
        ("pt", "Um em cada quatro jovens está desempregado.", "Um em cada quatro", "25"),
        ("it", "Due studenti su cinque lavorano durante gli studi.", "Due studenti su cinque", "40"),
        ("de", "Vier von zehn Betrieben suchen Personal.", "Vier von zehn", "40"),
        ("en", "One in every 50 households gave to the appeal.", "One in every 50", "2"),
        ("en", "Seven out of every ten exporters sell to Europe.", "Seven out of every ten", "70"),
        ("it", "Un residente ogni 50 ha donato alla raccolta.", "Un residente ogni 50", "2"),
    ],
)
def test_one_in_three_is_a_share_read_as_a_percent(lang, sentence, surface, value):
    claims = claims_of(sentence, lang)
    claim = find(claims, surface)
    assert (claim.kind, claim.value, claim.qualifier) == ("percent", Decimal(value), "approx")
    assert not [c for c in claims if c.kind == "count"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Six people were hurt in 12 days of rioting."),
        ("pt", "Morreram 4 pessoas em cada 10 dias de chuva."),
        ("de", "Sie spendete 50 Euro von 200 Euro Lohn."),
    ],
)
def test_figures_with_their_own_units_make_no_share(lang, sentence):
    assert not [c for c in claims_of(sentence, lang) if c.kind == "percent"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "three point two billion", "3200000000"),
        ("fr", "un virgule huit million", "1800000"),
        ("es", "cuatro coma seis millones", "4600000"),
        ("pt", "sete vírgula três bilhões", "7300000000"),
        ("it", "nove virgola quattro miliardi", "9400000000"),
        ("de", "sechs Komma eins Milliarden", "6100000000"),
        ("en", "five point one two million", "5120000"),
    ],
)
def test_a_scale_after_spoken_decimals_scales_the_whole_figure(lang, text, value):
    assert [(text[n.start : n.end], n.value) for n in numbers_of(text, lang)] == [(text, Decimal(value))]


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value"),
    [
        ("pt", "A alta foi de tres virgula dois por cento.", "tres virgula dois por cento", "3.2"),
        ("pt", "O indice subiu dois virgula quatro por cento.", "dois virgula quatro por cento", "2.4"),
    ],
)
def test_a_decimal_word_written_without_its_accent_still_joins(lang, sentence, surface, value):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value) == ("percent", Decimal(value))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low"),
    [
        ("en", "Tens of thousands of workers joined the strike.", "Tens of thousands of workers", "20000"),
        ("en", "Hundreds of thousands of homes lost power.", "Hundreds of thousands of homes", "200000"),
        ("fr", "Des dizaines de milliers d'agriculteurs ont défilé.", "dizaines de milliers d'agriculteurs", "20000"),
        ("es", "Decenas de miles de vecinos salieron a la calle.", "Decenas de miles de vecinos", "20000"),
        ("pt", "Centenas de milhares de famílias ficaram sem água.", "Centenas de milhares de famílias", "200000"),
        ("it", "Decine di migliaia di pendolari sono rimasti a piedi.", "Decine di migliaia di pendolari", "20000"),
        ("de", "Zigtausende Fans säumten die Straßen.", "Zigtausende Fans", "20000"),
    ],
)
def test_a_plural_of_a_larger_plural_counts_the_larger_one(lang, sentence, surface, low):
    claims = claims_of(sentence, lang)
    claim = find(claims, surface)
    assert (claim.qualifier, claim.low, claim.extra.get("vague")) == ("at_least", Decimal(low), True)
    assert len(claims) == 1


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low", "high"),
    [
        ("en", "About 100,000 homes were flooded.", "About 100,000 homes", 75000, 125000),
        ("en", "Nearly 100,000 homes were flooded.", "Nearly 100,000 homes", 75000, 100000),
        ("fr", "Environ 200 personnes ont manifesté.", "Environ 200 personnes", 150, 250),
        ("es", "Casi 1.000 casas quedaron sin luz.", "Casi 1.000 casas", 750, 1000),
        ("fr", "Une dizaine de blessés ont été hospitalisés.", "Une dizaine de blessés", 5, 15),
    ],
)
def test_a_hedged_figure_reaches_a_quarter_of_itself_a_collective_noun_its_half_step(lang, sentence, surface, low, high):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high) == ("approx", Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value"),
    [
        ("es", "La economía sumó 254,000 puestos y el paro bajó al 4.1%.", "254,000 puestos", "254000"),
        ("es", "El sismo de magnitud 7.2 dejó sin luz a 371,000 hogares.", "371,000 hogares", "371000"),
        ("es", "La economía sumó 254,000 puestos y el paro bajó al 4,1%.", "254,000 puestos", "254"),
        ("pt", "A empresa lucrou R$ 134,258 bilhões em 2023.", "R$ 134,258 bilhões", "134258000000"),
        ("de", "Der Sieger fuhr im Schnitt 44,537 km/h, um 18.30 Uhr war er im Ziel.", "44,537 km/h", "44.537"),
    ],
)
def test_a_text_that_writes_its_decimals_with_a_period_groups_thousands_with_a_comma(lang, sentence, surface, value):
    assert find(claims_of(sentence, lang), surface).value == Decimal(value)


def test_such_a_text_still_groups_thousands_with_a_period():
    claims = claims_of("El grupo invertirá 3.000 millones de dólares, un 2.5% de sus ventas.", "es")
    assert find(claims, "3.000 millones de dólares").value == Decimal(3_000_000_000)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Dei morti, 165 sarebbero indonesiani."),
        ("it", "Degli sfollati, 165 vengono ospitati in palestra."),
        ("fr", "Parmi les morts, 165 seraient indonésiens."),
        ("es", "De los muertos, 165 serían indonesios."),
        ("pt", "Dos mortos, 165 seriam indonésios."),
    ],
)
def test_an_auxiliary_after_a_figure_is_no_counted_noun(lang, sentence):
    assert [(c.kind, c.text) for c in claims_of(sentence, lang)] == [("number", "165")]


@pytest.mark.parametrize(
    "lang, text, surface, unit",
    [
        ("pt", "O réu ficou preso um ano e meio antes do julgamento.", "um ano e meio", "year"),
        ("pt", "A reforma da ponte levou um mês e meio.", "um mês e meio", "month"),
        ("it", "La trattativa è durata un anno e mezzo.", "un anno e mezzo", "year"),
        ("it", "Il blackout è durato un'ora e mezza.", "un'ora e mezza", "hour"),
        ("en", "The talks dragged on for a year and a half.", "a year and a half", "year"),
        ("en", "Rescuers searched for an hour and a half.", "an hour and a half", "hour"),
    ],
)
def test_one_unit_and_a_half_after_an_article(lang: str, text: str, surface: str, unit: str) -> None:
    claim = find(claims_of(text, lang), surface)
    assert (claim.kind, claim.value, claim.unit) == ("duration", Decimal("1.5"), unit)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("pt", "O prefeito ficou um ano no cargo."),
        ("en", "He was jailed for a year."),
        ("en", "The car was doing 60 miles an hour."),
        ("en", "Cleaners earn $15 an hour."),
        ("en", "Trains ran twice an hour."),
    ],
)
def test_an_article_and_a_unit_alone_stay_no_duration(lang: str, text: str) -> None:
    assert not [c for c in claims_of(text, lang) if c.kind == "duration"]


@pytest.mark.parametrize("text", ["The fire burned for an hour before firefighters arrived.", "The meeting lasted an hour."])
def test_an_hour_after_an_article_is_one_hour(text: str) -> None:
    claim = find(claims_of(text, "en"), "an hour")
    assert (claim.kind, claim.value, claim.unit) == ("duration", Decimal(1), "hour")


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "unit"),
    [
        ("en", "Rescuers pulled 14 members of the crew from the water.", "14 members of the crew", "crew"),
        ("fr", "Les garde-côtes ont hélitreuillé 14 membres d'équipage.", "14 membres d'équipage", "équipage"),
        ("fr", "Le navire avait 14 membres de l'équipage à bord.", "14 membres de l'équipage", "équipage"),
        ("es", "Los guardacostas rescataron a 14 miembros de la tripulación.", "14 miembros de la tripulación", "tripulación"),
        ("pt", "A Marinha resgatou 14 membros da tripulação.", "14 membros da tripulação", "tripulação"),
        ("de", "Die Küstenwache rettete 14 Mitglieder der Besatzung.", "14 Mitglieder der Besatzung", "besatzung"),
        ("it", "La Guardia costiera ha soccorso 14 membri dell'equipaggio.", "14 membri dell'equipaggio", "equipaggio"),
    ],
)
def test_a_partitive_head_counts_the_group_named_after_it(lang, sentence, surface, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value, claim.unit) == ("count", Decimal(14), unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "unit"),
    [
        ("fr", "Le club compte 300 membres depuis mars.", "300 membres", "membres"),
        ("it", "Sono stati salvati 4 membri di una stessa famiglia.", "4 membri", "membri"),
        ("en", "The club now has 300 members.", "300 members", "members"),
    ],
)
def test_a_partitive_head_with_no_group_after_it_is_counted_itself(lang, sentence, surface, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.unit) == ("count", unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "change", "level"),
    [
        ("en", "Joblessness increased 117,000 to 2.98 million people.", "117,000", "2.98 million people"),
        ("fr", "Le nombre de chômeurs a augmenté de 52 000 à 3,1 millions de personnes.", None, "3,1 millions de personnes"),
        ("es", "El número de parados creció 95.000 a 2,4 millones de personas.", "95.000", "2,4 millones de personas"),
    ],
)
def test_a_change_to_a_level_far_above_it_is_no_range(lang, sentence, change, level):
    claims = claims_of(sentence, lang)
    assert not [c for c in claims if c.qualifier == "range"]
    assert find(claims, level).value > 1_000_000
    if change is not None:
        assert find(claims, change).value < 1_000_000


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low", "high"),
    [
        ("en", "Between 10 and 100 people were hurt.", "Between 10 and 100 people", 10, 100),
        ("en", "Prices rose 5 to 6 points.", "5 to 6 points", 5, 6),
        ("de", "Es kamen 20 bis 200 Menschen.", "20 bis 200 Menschen", 20, 200),
    ],
)
def test_a_range_within_a_factor_of_ten_stays_a_range(lang, sentence, surface, low, high):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high) == ("range", low, high)


def test_a_small_share_keeps_a_slack_of_its_own_size():
    claim = find(claims_of("One in every 200 residents gave to the appeal.", "en"), "One in every 200")
    assert (claim.value, claim.low, claim.high) == (Decimal("0.5"), Decimal("0.375"), Decimal("0.625"))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("es", "Cerraron los colegios y seis horas después hablaron.", "seis horas"),
        ("fr", "Les bureaux ont fermé et six heures plus tard les résultats sont tombés.", "six heures"),
    ],
)
def test_and_before_a_number_of_hours_is_no_time_lead(lang, sentence, surface):
    assert find(claims_of(sentence, lang), surface).kind == "duration"


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "low", "high"),
    [
        ("es", "La oficina abre entre las 9 y 11 horas.", "9 y 11 horas", 540, 660),
        ("fr", "Le guichet ouvre entre 10 heures et 11 heures.", "10 heures et 11 heures", 600, 660),
        ("fr", "Le guichet ouvre entre 10 et 11 heures.", "10 et 11 heures", 600, 660),
    ],
)
def test_and_still_joins_the_two_hours_of_a_range(lang, sentence, surface, low, high):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.low, claim.high) == ("time_of_day", low, high)


@pytest.mark.parametrize(
    ("lang", "sentence", "listed", "unit"),
    [
        ("en", "The Greens won 39 seats, the Pirates 14 (+6), the Farmers 9 (-2) and the Liberals 3.", ["14", "9", "3"], "seats"),
        ("en", "The Union gets 196 seats, Left — 61, Centre — 44, and others — 7.", ["61", "44", "7"], "seats"),
        ("fr", "Le parti vert obtient 39 sièges, suivi par le PPR (14), l'UDC (9) et les Libéraux (3).", ["14", "9", "3"], "sièges"),
        ("es", "Los verdes logran 39 escaños, los piratas se quedan con 14 y los liberales con 3.", ["14", "3"], "escaños"),
        ("pt", "Os verdes perderam 12 deputados ao elegerem apenas 39, o pior resultado.", ["apenas 39"], "deputados"),
        ("de", "Die Grünen kommen auf 39 Sitze, die Piraten auf 14 und die Liberalen auf 3.", ["14", "3"], "sitze"),
        ("it", "I verdi ottengono 39 seggi, i pirati 14 e i liberali 3.", ["14", "3"], "seggi"),
    ],
)
def test_the_items_of_a_list_count_the_noun_said_once(lang, sentence, listed, unit):
    claims = claims_of(sentence, lang)
    for surface in listed:
        claim = find(claims, surface)
        assert (claim.kind, claim.unit) == ("count", unit), surface


@pytest.mark.parametrize(
    ("lang", "sentence", "bare"),
    [
        ("en", "The Greens won 39 seats, the Pirates 14 (+6) and the Farmers 9 (-2).", ["6", "-2"]),  # changes
        ("en", "The plant employs 5,000 people in France, 2,000 in Spain.", ["2,000"]),  # not the end of an item
        ("en", "The Greens won 39 seats, 12 more than in 2019.", ["12"]),
        ("pt", "Os verdes elegeram 39 deputados (menos 12), segundo dados divulgados nesta sexta-feira (4).", ["12", "4"]),
        ("fr", "Les ventes atteignent 26 050 millions d'euros, dont Bershka (2 621) et Oysho (1 100).", ["2 621", "1 100"]),  # another scale
    ],
)
def test_a_change_a_day_or_a_figure_in_another_scale_is_no_list_item(lang, sentence, bare):
    claims = claims_of(sentence, lang)
    for surface in bare:
        assert find(claims, surface).kind == "number", surface


def test_a_language_without_words_reads_no_list():
    claims = claims_of("Els verds obtenen 39 escons, els pirates 14 i els liberals 3.", "ca")
    assert all(c.kind == "number" for c in claims if c.text in ("14", "3"))


@pytest.mark.parametrize(("lang", "sentence"), [("fr", "Mis à jour 2024-05 Cent personnes sont mortes."), ("es", "Actualizado 2024-07 Después de cinco horas.")])
def test_an_iso_month_holds_no_figure(lang, sentence):
    """"2024-05" is May 2024 (a date): its "05" is no count of the word after it, no 5 cents."""
    assert not [c for c in claims_of(sentence, lang) if c.text.startswith("0")]


@pytest.mark.parametrize(("lang", "sentence", "surface"), [("de", "Die Temperaturen stiegen auf 51,8 Grad.", "51,8 Grad"),
                                                         ("it", "Le temperature hanno superato i 50 gradi.", "superato i 50 gradi"),
                                                         ("es", "La temperatura llegó a 45 grados.", "45 grados"),
                                                         ("pt", "Os termómetros marcaram 45 graus.", "45 graus"),
                                                         ("fr", "Il a fait 45 degrés à l'ombre.", "45 degrés")])
def test_a_bare_degree_is_celsius_where_the_language_counts_heat_in_celsius(lang, sentence, surface):
    assert find(claims_of(sentence, lang), surface).unit == "celsius"


@pytest.mark.parametrize("lang, text, surface", [("it", "Ricavi per 36 miliardi nell'anno fiscale.", "36 miliardi"),
                                                 ("it", "Sono 12 nell'elenco dei feriti.", "12")])
def test_an_elided_article_after_a_number_is_no_counted_noun(lang: str, text: str, surface: str) -> None:
    claim = find(claims_of(text, lang), surface)
    assert claim.kind == "number" and claim.text == surface


@pytest.mark.parametrize(
    "lang, text, surface, written",
    [
        ("en", "Spain beat England 2-1 in the final in Berlin.", "2-1", [2, 1]),
        ("fr", "L'Espagne s'est imposée 2 à 1 face à l'Angleterre.", "2 à 1", [2, 1]),
        ("es", "Inglaterra perdió la final 1-2 ante España.", "1-2", [1, 2]),
        ("pt", "A Espanha venceu a final por 2 a 1.", "2 a 1", [2, 1]),
        ("it", "La Spagna ha vinto la finale 2-1 contro l'Inghilterra.", "2-1", [2, 1]),
        ("de", "Spanien gewann das Finale gegen England 2:1.", "2:1", [2, 1]),
    ],
)
def test_a_match_result_is_a_score_winner_first(lang: str, text: str, surface: str, written: list[int]) -> None:
    (claim,) = [c for c in claims_of(text, lang) if c.kind == "score"]
    assert claim.text == surface and claim.extra["score"] == written and claim.value == Decimal("2.01")


@pytest.mark.parametrize("lang, text", [("en", "Between 2-3 people were hurt in the crash."), ("fr", "Le match commence à 20:45 au Stade de France."),
                                        ("es", "Volveré el 4-22 a la oficina.")])
def test_without_a_word_of_a_match_result_or_as_a_time_there_is_no_score(lang: str, text: str) -> None:
    assert [c for c in claims_of(text, lang) if c.kind == "score"] == []


@pytest.mark.parametrize("lang, text", [("fr", "Je vais partir entre 17 et 18 après-midi."), ("fr", "Il est rentré à 3 matin."),
                                        ("it", "La partita è domenica alle 3 sera.")])
def test_a_day_part_after_a_number_is_no_counted_noun(lang: str, text: str) -> None:
    assert [c for c in claims_of(text, lang) if c.kind == "count"] == []


@pytest.mark.parametrize("lang, text", [("pt", "Choveu mais do que a média prevista para todo o mês de março."),
                                        ("fr", "Il a plu plus que la normale de tout le mois de mars."),
                                        ("es", "Llovió más que en todo el mes de marzo del año pasado.")])
def test_a_whole_unit_that_names_its_month_is_no_duration(lang: str, text: str) -> None:
    assert [c for c in claims_of(text, lang) if c.kind == "duration"] == []
    assert [c.value for c in claims_of("Il a travaillé tout le mois.", "fr") if c.kind == "duration"] == [1]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Labour won 211 more seats than in the 2019 general election."),
        ("en", "Statistics agency INSEE said the 2023 public deficit overshot its target."),
        ("es", "El proyecto de presupuesto de 2026 pretende reducir el déficit."),
        ("it", "Per il 2024 stiamo programmando nuovi investimenti."),
        ("pt", "Cerca de metade das vendas de 2023 resultaram de compras na Internet."),
        ("fr", "Les Jeux olympiques de 2024 débutant à Paris, l'arrivée a été déplacée."),
    ],
)
def test_a_year_before_a_word_that_is_no_plural_noun_counts_nothing(lang, sentence):
    assert not [c for c in claims_of(sentence, lang) if c.kind == "count" and c.value in (2019, 2023, 2024, 2026)]


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("en", "About 2000 people marched in Paris.", "About 2000 people"),
        ("fr", "Quelque 2000 manifestants ont défilé.", "Quelque 2000 manifestants"),
        ("it", "Circa 1500 operai hanno scioperato.", "Circa 1500 operai"),
        ("es", "Unos 1500 trabajadores protestaron.", "Unos 1500 trabajadores"),
        ("en", "The toll rose to 1301 dead on Sunday.", "1301 dead"),  # a toll's word, plural or not
        ("en", "About 2000 missing after the floods.", "About 2000 missing"),
    ],
)
def test_a_number_that_could_be_a_year_still_counts_a_plural_noun(lang, sentence, surface):
    assert find(claims_of(sentence, lang), surface).kind == "count"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("pt", "Todos os muçulmanos que possuam os meios necessários devem realizá-lo pelo menos uma vez."),
        ("es", "Los medios de comunicación informaron del accidente."),
    ],
)
def test_a_plural_fraction_word_alone_is_a_noun_not_a_half(lang, sentence):
    assert not [c for c in claims_of(sentence, lang) if c.value == Decimal("0.5")]


def test_a_half_alone_is_still_a_half():
    assert find(claims_of("A obra levou meio ano.", "pt"), "meio ano").value == Decimal("0.5")


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "value", "unit"),
    [
        ("fr", "Les négociations ont duré 3h.", "3h", "3", "hour"),
        ("fr", "Après 3h de négociations, un accord a été trouvé.", "3h", "3", "hour"),
        ("fr", "La réunion a duré 2h30.", "2h30", "9000", "second"),
        ("fr", "Il a bouclé l'étape en 4h12.", "4h12", "15120", "second"),
        ("pt", "A reunião durou 3h e terminou sem acordo.", "3h", "3", "hour"),
        ("es", "Tras 5h de reunión, el consejo aprobó el plan.", "5h", "5", "hour"),
        ("it", "Dopo 2h di trattative l'accordo è stato firmato.", "2h", "2", "hour"),
    ],
)
def test_hours_written_with_h_after_a_lead_of_length_are_a_duration(lang, sentence, surface, value, unit):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.kind, claim.value, claim.unit) == ("duration", Decimal(value), unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "surface"),
    [
        ("fr", "Le match commence à 21h.", "21h"),
        ("fr", "Le séisme a eu lieu à 7h58 heure locale.", "7h58"),
        ("pt", "O voo partiu às 13h39, no horário local.", "13h39"),
        ("pt", "O voo partiu às 13h39 no horário local (5h09min de Brasília).", "5h09min"),
    ],
)
def test_hours_written_with_h_after_a_lead_of_time_stay_a_time(lang, sentence, surface):
    assert find(claims_of(sentence, lang), surface).kind == "time_of_day"


# (lang, sentence, claim, low, high): "almost", "près de", "casi", "quase", "knapp", "quasi" hold the values just
# below the figure, up to it; "just over", "un peu plus de", "gut" those just above it, one step of the figure
# (at most a quarter of it) away.
NEARLY = [
    ("en", "The 1999 quake killed almost 2,400 people.", "almost 2,400 people", "2300", "2400"),
    ("fr", "Le pèlerinage a fait près de 1 100 morts.", "près de 1 100 morts", "1000", "1100"),
    ("es", "El terremoto dejó casi 30 muertos.", "casi 30 muertos", "22.5", "30"),
    ("pt", "A barragem tem quase 300 metros.", "quase 300 metros", "225", "300"),
    ("de", "Die Partei kam auf knapp 21 Prozent.", "knapp 21 Prozent", "20", "21"),
    ("it", "Il partito ha ottenuto quasi il 21 per cento.", "quasi il 21 per cento", "20", "21"),
    ("en", "Just over 50 people were rescued.", "Just over 50 people", "50", "60"),
    ("fr", "Un peu plus de 60 000 maisons ont été inondées.", "Un peu plus de 60 000 maisons", "60000", "70000"),
    ("de", "Gut 200 Menschen wurden verletzt.", "Gut 200 Menschen", "200", "250"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface", "low", "high"), NEARLY)
def test_nearly_holds_the_values_just_below_the_figure_and_just_over_those_just_above(lang, sentence, surface, low, high):
    claim = find(claims_of(sentence, lang), surface)
    assert (claim.qualifier, claim.low, claim.high) == ("approx", Decimal(low), Decimal(high))


# (lang, sentence, surface, kind): a year cue that is also a hedge ("more than", "hasta", "até", "ab", "dès")
# before a plural noun or an amount's word hedges a count or an amount, not a year.
HEDGED_NOT_YEARS = [
    ("en", "More than 1500 people fled the fire.", "More than 1500 people", "count"),
    ("en", "Fewer than 2000 homes still have no power.", "Fewer than 2000 homes", "count"),
    ("es", "El estadio acoge hasta 2000 personas.", "hasta 2000 personas", "count"),
    ("pt", "O estádio recebe até 2000 pessoas.", "até 2000 pessoas", "count"),
    ("de", "Tickets gibt es ab 1500 Euro.", "ab 1500 Euro", "money"),
    ("fr", "Les billets sont vendus dès 2000 euros.", "dès 2000 euros", "money"),
]
# ... and before anything else it names the year it always named.
HEDGED_YEARS = [
    ("en", "The plant will close no later than 2030.", "2030"),
    ("es", "El plan llega hasta 2030.", "2030"),
    ("pt", "O plano vai até 2030 e prevê cortes.", "2030"),
    ("de", "Ab 2026 müssen die Firmen zahlen.", "2026"),
]


def _years(sentence: str, lang: str) -> list[str]:
    from datetime import date

    from factcheck._vocab import load_vocab
    from factcheck.extract.dates import find_dates, grammar

    return [sentence[d.start : d.end] for d in find_dates(sentence, grammar(load_vocab(lang)), date(2024, 4, 10))]


@pytest.mark.parametrize(("lang", "sentence", "surface", "kind"), HEDGED_NOT_YEARS)
def test_a_hedge_that_is_a_year_cue_before_a_plural_noun_hedges_a_count(lang, sentence, surface, kind):
    assert find(claims_of(sentence, lang), surface).kind == kind
    assert not any(surface.split()[-2] in year for year in _years(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "year"), HEDGED_YEARS)
def test_the_same_cue_before_anything_else_still_names_a_year(lang, sentence, year):
    assert any(year in found for found in _years(sentence, lang))


@pytest.mark.parametrize(
    ("lang", "sentence", "surface", "kind"),
    [
        ("en", "The Boeing 787 Dreamliner was carrying 242 people.", "787", "number"),
        ("en", "Labour beat the 419 Tony Blair won in 1997.", "419", "number"),
        ("en", "Among the passengers were 53 Britons.", "53 Britons", "count"),
        ("en", "Quake Kills 9 People, 1,011 Injured", "1,011 Injured", "count"),
        ("fr", "Le Boeing 787 Dreamliner transportait 242 passagers.", "787", "number"),
        ("de", "An Bord waren 242 Menschen.", "242 Menschen", "count"),
    ],
)
def test_a_capitalised_word_after_a_number_is_its_noun_only_if_it_looks_plural(lang, sentence, surface, kind):
    """Where nouns are written in lower case, a capitalised word after a number names something ("787
    Dreamliner") unless it looks plural ("53 Britons", a headline's "9 People"); German capitalises its nouns."""
    assert find(claims_of(sentence, lang), surface).kind == kind
