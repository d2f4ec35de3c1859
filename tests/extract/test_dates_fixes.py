"""Date extraction fixes: "a half" is no quarter, French and Spanish irregular futures, decades in
words, a month before an amount, open bounds in a claim's JSON, and patterns under the guard."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import _regex
from factcheck._vocab import load_vocab
from factcheck.extract import dates
from factcheck.extract.dates import grammar

from factcheck._model import Claim

from .test_dates import claims, interval, one
from .test_numbers import claims_of, find

#: A Wednesday: the next Tuesday is the 16th, the last one the 9th.
WEDNESDAY = date(2024, 4, 10)


# --- "a half", "a quarter" are amounts, not the first half-year or quarter --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inflation has stayed above the central bank's target for two and a half years.",
        "He spent two and a half years in prison before his release, his lawyer said.",
        "Turnout rose by a half in the capital, officials said.",
        "A quarter of the population lives below the poverty line, the report found.",
    ],
)
def test_a_cardinal_before_half_or_quarter_is_no_date(text: str) -> None:
    assert [c.text for c in claims(text, "en", WEDNESDAY)] == []


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("en", "Sales rose 4% in the first half of 2023.", "the first half of 2023", ("2023-01-01", "2023-06-30")),
        ("en", "Profits fell in the third quarter of 2023.", "the third quarter of 2023", ("2023-07-01", "2023-09-30")),
        ("fr", "Les ventes ont progressé de 4 % au premier semestre 2024.", "premier semestre 2024", ("2024-01-01", "2024-06-30")),
        ("es", "Las ventas crecieron un 4% en el segundo semestre de 2023.", "el segundo semestre de 2023", ("2023-07-01", "2023-12-31")),
    ],
)
def test_an_ordinal_names_the_half_year_or_quarter(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    c = one(text, surface, lang, WEDNESDAY)
    assert interval(c) == expected
    assert c.granularity == ("quarter" if "quarter" in surface else "half")


# --- irregular futures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le président se rendra à Kiev mardi, a annoncé l'Élysée.",
        "Le sommet européen aura lieu mardi à Bruxelles.",
        "Le Premier ministre ira mardi à Marseille pour présenter son plan.",
        "Le gouvernement fera mardi une annonce sur les retraites.",
        "Le ministre de l'Intérieur viendra mardi à Lyon.",
        "Les habitants pourront voter mardi et le public pourra assister au dépouillement mardi.",
        "Le Parlement devra se prononcer mardi sur le texte.",
        "La commission comprendra mardi les raisons de l'échec, espère son président.",
    ],
)
def test_a_french_irregular_future_reads_the_weekday_forward(text: str) -> None:
    found = [c for c in claims(text, "fr", WEDNESDAY) if c.text == "mardi"]
    assert found
    for c in found:
        assert interval(c) == ("2024-04-16", "2024-04-16") and c.extra["tense"] == "future"
        assert "ambiguous" not in c.extra


def test_an_acronym_is_not_a_future() -> None:
    # "IRA" (the US Inflation Reduction Act) looks like "ira" (aller), but verbs are written in lower case.
    c = one("Le débat sur les subventions de l'IRA mardi à Washington.", "mardi", "fr", WEDNESDAY)
    assert c.extra["tense"] != "future" and interval(c) == ("2024-04-09", "2024-04-09")


@pytest.mark.parametrize(
    "text",
    [
        "El presidente tendrá una reunión con los sindicatos el martes.",
        "El Congreso podrá votar la reforma el martes, según fuentes parlamentarias.",
        "El Gobierno mantendrá el martes su propuesta ante la patronal.",
    ],
)
def test_a_spanish_irregular_future_reads_the_weekday_forward(text: str) -> None:
    c = one(text, "martes", "es", WEDNESDAY)
    assert interval(c) == ("2024-04-16", "2024-04-16") and c.extra["tense"] == "future"


# --- decades in words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("es", "El país se industrializó en los años ochenta.", "los años ochenta", ("1980-01-01", "1989-12-31")),
        ("es", "La economía creció con fuerza en los años 80.", "los años 80", ("1980-01-01", "1989-12-31")),
        ("es", "La inflación se disparó en la década de los noventa.", "la década de los noventa", ("1990-01-01", "1999-12-31")),
        ("es", "La deuda creció en la década de los 70.", "la década de los 70", ("1970-01-01", "1979-12-31")),
        ("fr", "Le pays s'est industrialisé dans les années quatre-vingt.", "les années quatre-vingt", ("1980-01-01", "1989-12-31")),
        ("fr", "La ville a doublé de taille dans les années soixante-dix.", "les années soixante-dix", ("1970-01-01", "1979-12-31")),
    ],
)
def test_decades_in_words_and_digits(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    c = one(text, surface, lang, WEDNESDAY)
    assert interval(c) == expected and c.granularity == "decade"


def test_eighty_years_is_no_decade() -> None:
    assert [c.text for c in claims("El edificio tiene ochenta años y será restaurado.", "es", WEDNESDAY)] == []


# --- a month before an amount --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("fr", "En février, 10 milliards d'euros ont été annulés par décret.", "février", ("2024-02-01", "2024-02-29")),
        ("fr", "En février 10 milliards d'euros ont été annulés par décret.", "février", ("2024-02-01", "2024-02-29")),
        ("fr", "En février 2000 milliards d'euros ont été injectés dans l'économie.", "février", ("2024-02-01", "2024-02-29")),
        ("fr", "En mars, 2000 personnes ont manifesté à Paris contre la réforme.", "mars", ("2024-03-01", "2024-03-31")),
        ("fr", "Selon l'Insee, en février 10 000 emplois ont été créés.", "février", ("2024-02-01", "2024-02-29")),
        ("en", "In March, 2000 people marched in the capital.", "March", ("2024-03-01", "2024-03-31")),
        ("es", "En febrero 10.000 millones de euros fueron invertidos en el sector.", "febrero", ("2024-02-01", "2024-02-29")),
    ],
)
def test_a_number_after_a_month_that_is_an_amount_leaves_the_month(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    c = one(text, surface, lang, WEDNESDAY)
    assert interval(c) == expected and c.granularity == "month"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("fr", "Le traité a été signé en février 2000 à Lisbonne.", "février 2000", ("2000-02-01", "2000-02-29")),
        ("en", "The plant closed in March, 2000, after a strike.", "March, 2000", ("2000-03-01", "2000-03-31")),
        ("en", "The vote was held on February 10, 2024.", "February 10, 2024", ("2024-02-10", "2024-02-10")),
    ],
)
def test_a_year_or_day_after_a_month_still_counts(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("it", "Venerdì 15 persone sono state arrestate dopo gli scontri.", "Venerdì"),
        ("fr", "Le vendredi, 3 blessés ont été transportés à l'hôpital.", "vendredi"),
        ("es", "El viernes 15 personas fueron detenidas en la frontera.", "viernes"),
        ("de", "Am Freitag 15 Menschen festgenommen, teilte die Polizei mit.", "Freitag"),
        ("pt", "Na sexta-feira 15 pessoas foram presas pela polícia.", "sexta-feira"),
    ],
)
def test_a_number_after_a_weekday_that_counts_a_noun_leaves_the_weekday(lang: str, text: str, weekday: str) -> None:
    c = one(text, weekday, lang, WEDNESDAY)
    assert c.granularity == "day" and interval(c)[0] == interval(c)[1]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "day"),
    [
        ("fr", "Le scrutin aura lieu mardi 12 dans toutes les communes.", "mardi 12", "2024-03-12"),
        ("it", "La partita si gioca sabato 16 alle 20.", "sabato 16", "2024-03-16"),
        ("pt", "O ato foi marcado para sexta-feira (15) em Brasília.", "sexta-feira (15)", "2024-03-15"),
    ],
)
def test_a_day_number_after_a_weekday_still_counts(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


# --- open bounds ---------------------------------------------------------------------------------


def test_a_by_date_already_past_keeps_no_start_after_its_end() -> None:
    c = one("L'objectif devait être atteint d'ici 2020, selon le rapport.", "d'ici 2020", "fr", WEDNESDAY)
    assert interval(c) == (None, "2020-12-31") and c.extra["mod"] == "by"


def test_claim_json_says_whether_each_bound_is_excluded() -> None:
    more = find(claims_of("Plus de 50 % des électeurs ont voté pour le texte.", "fr"), "Plus de 50 %").to_dict()
    assert (more["low"], more["low_open"], more["high"], more["high_open"]) == (50, True, None, False)
    day = one("Le texte a été voté le 9 avril.", "9 avril", "fr", WEDNESDAY).to_dict()
    assert day["low_open"] is False and day["high_open"] is False


# --- every pattern that reads text is guarded ---------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_date_patterns_run_under_the_guard(lang: str) -> None:
    g = grammar(load_vocab(lang))
    for name in ("atoms", "singles", "month_alone", "cue_after", "connector", "tense", "quantity_after", "mod_end"):
        assert isinstance(getattr(g, name), _regex.GuardedPattern), name
    for pattern in (dates._LEFT_STOP, dates._RIGHT_STOP, dates._TOKEN, dates._WORD, dates._YEAR_FOLLOWER):
        assert isinstance(pattern, _regex.GuardedPattern)


# --- the ends of the calendar -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published"), [("Dimanche, il a annoncé sa démission.", date(9999, 12, 31)), ("Lundi, il a annoncé sa démission.", date(1, 1, 1))])
def test_a_reading_past_the_ends_of_the_calendar_is_no_alternative(text: str, published: date) -> None:
    for claim in claims(text, "fr", published):
        for start, end in claim.extra.get("alternatives", ()):
            assert start is not None and end is not None, claim


# "à partir de jeudi" in a text of Wednesday 2024-04-10 is the Thursday to come, in every language,
# unless the clause is in the past (then it is the Thursday before, as any weekday of a past clause).
WEDNESDAY = date(2024, 4, 10)


def _from_day(text: str, weekday: str, lang: str) -> Claim:
    found = [c for c in claims(text, lang, WEDNESDAY) if c.text.endswith(weekday)]
    assert len(found) == 1, [c.text for c in claims(text, lang, WEDNESDAY)]
    return found[0]


@pytest.mark.parametrize(
    "lang, text, weekday",
    [
        ("fr", "Les écoles de la région ferment à partir de jeudi.", "jeudi"),
        ("fr", "Le couvre-feu s'applique dès le jeudi dans toute la ville.", "jeudi"),
        ("en", "The curfew applies starting Thursday across the city.", "Thursday"),
        ("es", "Las escuelas de la región cierran a partir del jueves.", "jueves"),
        ("pt", "As escolas da região fecham a partir de quinta-feira.", "quinta-feira"),
        ("de", "Die Schulen der Region sind ab Donnerstag geschlossen.", "Donnerstag"),
        ("it", "Le scuole della regione chiudono a partire da giovedì.", "giovedì"),
    ],
)
def test_a_weekday_after_an_onward_word_is_the_coming_one(lang: str, text: str, weekday: str) -> None:
    claim = _from_day(text, weekday, lang)
    assert claim.extra["mod"] == "since" and interval(claim) == ("2024-04-11", None)
    assert not claim.extra.get("ambiguous")


@pytest.mark.parametrize(
    "lang, text, weekday",
    [
        ("fr", "Le gouvernement a décrété trois jours de deuil national à partir de jeudi.", "jeudi"),
        ("fr", "Les écoles de la région sont fermées à partir de jeudi.", "jeudi"),
        ("en", "The government declared three days of mourning starting Thursday.", "Thursday"),
        ("it", "Le scuole della regione sono state chiuse a partire da giovedì.", "giovedì"),
    ],
)
def test_an_onward_word_in_a_past_clause_reads_ahead_and_keeps_the_day_before(lang: str, text: str, weekday: str) -> None:
    claim = _from_day(text, weekday, lang)
    assert interval(claim) == ("2024-04-11", None)
    assert claim.extra.get("ambiguous") and [list(a) for a in claim.extra["alternatives"]] == [[date(2024, 4, 4)] * 2]


def test_since_keeps_the_past_reading() -> None:
    assert interval(_from_day("Les écoles sont fermées depuis jeudi.", "jeudi", "fr")) == ("2024-04-04", None)


@pytest.mark.parametrize(
    "lang, text, published, day",
    [
        ("pt", "Os alemães elegeram neste domingo um novo parlamento.", date(2025, 2, 24), date(2025, 2, 23)),
        ("fr", "Les électeurs ont voté ce dimanche dans tout le pays.", date(2024, 7, 1), date(2024, 6, 30)),
        ("fr", "Le conseil se réunira ce lundi à Paris.", date(2024, 4, 13), date(2024, 4, 15)),
        ("en", "The council will meet this Monday in Paris.", date(2024, 4, 13), date(2024, 4, 15)),
        ("fr", "Microsoft a annoncé ce mardi un investissement.", date(2024, 4, 10), date(2024, 4, 9)),
    ],
)
def test_this_weekday_follows_the_tense_across_a_week_boundary(lang: str, text: str, published: date, day: date) -> None:
    (claim,) = [c for c in claims(text, lang, published) if c.kind == "date"]
    assert claim.start_date == day


def test_a_day_number_never_starts_a_decimal_figure() -> None:
    assert claims("El paro sube al 12,29% y la candidata obtiene el 26,6% de los votos.", "es") == []
    assert interval(one("Llegó el 26, tarde.", "el 26", "es")) == ("2024-03-26", "2024-03-26")


# --- ranges of two bare years, weeks counted in a month or year, a month and a two-digit year ----


@pytest.mark.parametrize(
    "lang, text, surface",
    [
        ("pt", "A dívida dobrou entre 2009 e 2013.", "entre 2009 e 2013"),
        ("pt", "O estádio foi reformado de 2009 a 2013.", "de 2009 a 2013"),
        ("it", "Il debito è raddoppiato tra il 2009 e il 2013.", "tra il 2009 e il 2013"),
        ("en", "Debt doubled between 2009 and 2013.", "between 2009 and 2013"),
        ("fr", "La dette a doublé entre 2009 et 2013.", "entre 2009 et 2013"),
    ],
)
def test_two_bare_years_joined_are_a_range(lang: str, text: str, surface: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == ("2009-01-01", "2013-12-31")


@pytest.mark.parametrize(
    "lang, text",
    [("pt", "Vieram entre 1500 e 2000 manifestantes."), ("pt", "O público variou entre 1500 e 2000.")],
)
def test_two_numbers_far_apart_are_no_year_range(lang: str, text: str) -> None:
    assert [c.text for c in claims(text, lang, WEDNESDAY) if c.granularity == "range"] == []


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("it", "Il cantiere riaprirà la prima settimana di giugno.", "la prima settimana di giugno", ("2024-06-03", "2024-06-09")),
        ("pt", "As aulas voltarão na última semana de agosto.", "na última semana de agosto", ("2024-08-26", "2024-09-01")),
        ("de", "Die Messe wird in der zweiten Woche im Mai stattfinden.", "der zweiten Woche im Mai", ("2024-05-06", "2024-05-12")),
        ("en", "Prices peaked in the first week of 2019.", "the first week of 2019", ("2018-12-31", "2019-01-06")),
        ("en", "Shares fell in the last week of last month.", "the last week of last month", ("2024-03-25", "2024-03-31")),
        ("pt", "O pagamento sai na primeira semana deste mês.", "na primeira semana deste mês", ("2024-04-01", "2024-04-07")),
    ],
)
def test_an_ordinal_week_of_a_month_or_year(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    c = one(text, surface, lang, WEDNESDAY)
    assert (interval(c), c.granularity) == (expected, "week")


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("it", "Nessuno ricorda i dati dell'agosto 99.", "agosto 99", ("1999-08-01", "1999-08-31")),
        ("pt", "A crise de março de 98.", "março de 98", ("1998-03-01", "1998-03-31")),
        ("en", "The flood of Aug '97.", "Aug '97", ("1997-08-01", "1997-08-31")),
    ],
)
def test_a_month_and_a_two_digit_year(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


def test_a_month_before_a_count_keeps_no_two_digit_year() -> None:
    assert [c.text for c in claims("Ad agosto 45 persone sono partite.", "it", WEDNESDAY)] == ["agosto"]


@pytest.mark.parametrize(
    "lang, text, surface, published, day",
    [
        ("fr", "La réunion a lieu mercredi 31.", "mercredi 31", date(2019, 7, 19), date(2019, 7, 31)),
        ("en", "The vote was held on Wednesday the 31st.", "Wednesday the 31st", date(2019, 8, 2), date(2019, 7, 31)),
        ("it", "Il consiglio si è riunito venerdì 15.", "venerdì 15", date(2017, 9, 27), date(2017, 9, 15)),
        ("pt", "A final será no domingo 20.", "domingo 20", date(2016, 11, 7), date(2016, 11, 20)),
    ],
)
def test_a_weekday_and_day_of_the_month_is_the_closest_fit(lang: str, text: str, surface: str, published: date, day: date) -> None:
    assert one(text, surface, lang, published).start_date == day


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("pt", "A eleição será no último domingo de outubro.", "no último domingo de outubro", ("2024-10-27", "2024-10-27")),
        ("it", "Si vota l'ultima domenica di questo mese.", "l'ultima domenica di questo mese", ("2024-04-28", "2024-04-28")),
        ("de", "Gewählt wird am letzten Sonntag im September 2024.", "am letzten Sonntag im September 2024", ("2024-09-29", "2024-09-29")),
        ("en", "The vote is on the last Sunday of May 2024.", "the last Sunday of May 2024", ("2024-05-26", "2024-05-26")),
    ],
)
def test_a_last_weekday_of_a_month(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


def test_a_next_weekday_before_a_month_stays_the_next_weekday() -> None:
    assert [c.text for c in claims("Ele voltará no próximo domingo de maio.", "pt", WEDNESDAY)] == ["próximo domingo", "maio"]


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("pt", "O acordo foi assinado há um mês.", "há um mês", "2024-03-10"),
        ("pt", "A ponte será reaberta em três semanas.", "em três semanas", "2024-05-01"),
        ("pt", "O hospital ficará pronto em um ano.", "em um ano", "2025-04-10"),
    ],
)
def test_counted_offsets_in_short_words(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


@pytest.mark.parametrize(
    "text",
    ["O desemprego caiu 0,3 ponto em um mês.", "Os investimentos subiram 23% em um ano.", "Em 12 meses, a renda subiu 4%."],
)
def test_em_before_a_span_in_a_past_or_plain_clause_is_no_date(text: str) -> None:
    assert [c.text for c in claims(text, "pt", WEDNESDAY) if c.extra.get("form") == "offset"] == []


# --- the version's own publication date at the head of its text is its dateline -------------------


@pytest.mark.parametrize(
    ("text", "surface", "zone"),
    [
        ("date 2024-04-09 Microsoft will invest 2.9 billion dollars in Japan over two years.", "2024-04-09", "byline"),
        ("TOKYO, April 9 (Reuters) - Microsoft will invest 2.9 billion dollars in Japan.", "April 9", "byline"),
        ("TOKYO, April 8 (Reuters) - Microsoft will invest 2.9 billion dollars in Japan.", "April 8", "lede"),
        ("Microsoft will invest 2.9 billion dollars in Japan, the company said in a statement that it sent to "
         "reporters and investors early on Tuesday, April 9, 2024.", "Tuesday, April 9, 2024", "lede"),
        ("Microsoft said on Tuesday it will invest 2.9 billion dollars in Japan.", "Tuesday", "lede"),
    ],
)
def test_the_publication_date_at_the_head_of_a_text_is_its_dateline(text: str, surface: str, zone: str) -> None:
    assert one(text, surface, "en", date(2024, 4, 9)).zone == zone


# --- a day and month of a year named relatively ---------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("pt", "A lei foi sancionada em 3 de fevereiro do ano passado.", "3 de fevereiro do ano passado", "2023-02-03"),
        ("pt", "As obras terminam a 20 de novembro do próximo ano.", "20 de novembro do próximo ano", "2025-11-20"),
        ("it", "Il decreto è stato firmato il 3 febbraio dell'anno scorso.", "3 febbraio dell'anno scorso", "2023-02-03"),
        ("it", "La gara si correrà il 20 novembre dell'anno prossimo.", "20 novembre dell'anno prossimo", "2025-11-20"),
        ("de", "Das Gesetz trat am 3. Februar vergangenen Jahres in Kraft.", "3. Februar vergangenen Jahres", "2023-02-03"),
        ("de", "Die Wahl fand am 3. Februar des vergangenen Jahres statt.", "3. Februar des vergangenen Jahres", "2023-02-03"),
        ("en", "The plant closed on February 3 last year.", "February 3 last year", "2023-02-03"),
    ],
)
def test_a_day_of_a_relative_year(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


# --- a hedge between an "ago" or "in" word and its count --------------------------------------------


@pytest.mark.parametrize(
    "lang, text, surface, expected, hedge",
    [
        ("pt", "O navio afundou há cerca de duas semanas.", "há cerca de duas semanas", ("2024-03-24", "2024-03-30"), "approx"),
        ("pt", "O ministro demitiu-se há mais de um mês.", "há mais de um mês", (None, "2024-03-10"), "at_least"),
        ("pt", "A ponte abriu há menos de uma semana.", "há menos de uma semana", ("2024-04-03", "2024-04-10"), "at_most"),
        ("de", "Die Brücke stürzte vor gut zwei Wochen ein.", "vor gut zwei Wochen", ("2024-03-24", "2024-03-30"), "approx"),
        ("de", "Der Vertrag lief vor mehr als einem Monat aus.", "vor mehr als einem Monat", (None, "2024-03-10"), "at_least"),
        ("it", "Il cantiere riaprirà tra circa un mese.", "tra circa un mese", ("2024-05-03", "2024-05-17"), "approx"),
    ],
)
def test_a_hedged_count_of_units_ago_or_ahead(lang: str, text: str, surface: str, expected: tuple[str | None, str | None], hedge: str) -> None:
    """The hedge widens the day as it widens a figure: a quarter of the count either side, or open on one side."""
    c = one(text, surface, lang, WEDNESDAY)
    assert (interval(c), c.extra.get("hedge")) == (expected, hedge)


def test_a_superlative_before_a_count_ago_keeps_the_date() -> None:
    """``period_cues`` ("più") mark "in N anni" as a span; "un mese fa" is still a day."""
    assert interval(one("È il dato più basso registrato più di un mese fa.", "un mese fa", "it", WEDNESDAY)) == ("2024-03-10", "2024-03-10")


# --- ranges of days: an article before the second day, a German day's period before a dash -------


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("pt", "As inscrições vão do dia 8 ao dia 19 deste mês.", "do dia 8 ao dia 19 deste mês", ("2024-04-08", "2024-04-19")),
        ("it", "Gli scioperi ci sono stati tra il 6 e il 9 del mese scorso.", "tra il 6 e il 9 del mese scorso", ("2024-03-06", "2024-03-09")),
        ("de", "Das Festival lief vom 6.-9. März 2023.", "vom 6.-9. März 2023", ("2023-03-06", "2023-03-09")),
        ("de", "Die Messe öffnet vom 22.–25. dieses Monats.", "vom 22.–25. dieses Monats", ("2024-04-22", "2024-04-25")),
        ("pt", "As vendas caíram entre fevereiro e março.", "entre fevereiro e março", ("2024-02-01", "2024-03-31")),
    ],
)
def test_day_and_month_ranges_in_news_forms(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


# --- the day of the month beside a weekday settles which one ----------------------------------------


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("pt", "A polícia prendeu o suspeito na terça (9).", "terça (9)", "2024-04-09"),
        ("pt", "O ministro falou à imprensa nesta quinta-feira (4), em Brasília.", "nesta quinta-feira (4)", "2024-04-04"),
        ("pt", "O clube joga no próximo sábado (13).", "próximo sábado (13)", "2024-04-13"),
        ("de", "Am Freitag, dem 5., sprach der Kanzler.", "Freitag, dem 5", "2024-04-05"),
        ("it", "La cerimonia si è tenuta lunedì 3 giugno.", "lunedì 3 giugno", "2024-06-03"),
    ],
)
def test_a_weekday_with_its_day_of_the_month(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


def test_a_weekday_that_fits_no_near_year_is_a_slip() -> None:
    """3 June is a Saturday in 2023, a Monday in 2024, a Tuesday in 2025: "domenica" is ignored."""
    assert interval(one("La cerimonia si è tenuta domenica 3 giugno.", "domenica 3 giugno", "it", WEDNESDAY)) == ("2023-06-03", "2023-06-03")


# --- the first or second half of a month or year ----------------------------------------------------


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("pt", "A colheita começou na primeira quinzena de março.", "primeira quinzena de março", ("2024-03-01", "2024-03-15")),
        ("pt", "As chuvas voltaram na segunda quinzena de fevereiro.", "segunda quinzena de fevereiro", ("2024-02-16", "2024-02-29")),
        ("it", "Il calo è arrivato nella seconda metà di marzo.", "seconda metà di marzo", ("2024-03-16", "2024-03-31")),
        ("it", "Le vendite sono cresciute nella prima metà del 2023.", "prima metà del 2023", ("2023-01-01", "2023-06-30")),
        ("de", "Die Preise stiegen in der zweiten Hälfte des Monats.", "zweiten Hälfte des Monats", ("2024-04-16", "2024-04-30")),
    ],
)
def test_a_half_of_a_month_or_year(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("pt", "A fábrica fechou há um ano e meio.", "há um ano e meio", "2022-10-10"),
        ("pt", "O metrô chega ao bairro daqui a dois anos e meio.", "daqui a dois anos e meio", "2026-10-10"),
        ("it", "La diga è crollata un anno e mezzo fa.", "un anno e mezzo fa", "2022-10-10"),
        ("en", "The dam collapsed a year and a half ago.", "a year and a half ago", "2022-10-10"),
    ],
)
def test_a_count_and_a_half_ago_or_ahead(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


# --- German: compounds of a unit's part, decades in two digits, a bare day before a dotted date ------


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Der Umbau soll bis Jahresende fertig sein.", "bis Jahresende", (None, "2024-12-31")),
        ("Der Kurs ist seit Jahresbeginn um 8 Prozent gestiegen.", "seit Jahresbeginn", ("2024-01-01", None)),
        ("Die Miete wird zum Monatsende fällig.", "Monatsende", ("2024-04-16", "2024-04-30")),
        ("Die Anlage soll bis Jahresende 2026 laufen.", "bis Jahresende 2026", (None, "2026-12-31")),
        ("Die Band war in den 80er Jahren berühmt.", "80er Jahren", ("1980-01-01", "1989-12-31")),
        ("Die Ausstellung läuft vom 2. bis 22.10.", "vom 2. bis 22.10", ("2023-10-02", "2023-10-22")),
        ("Das Festival dauert vom 29. bis 3.5.", "vom 29. bis 3.5", ("2024-04-29", "2024-05-03")),  # no tense: the nearer
    ],
)
def test_german_news_forms(text: str, surface: str, expected: tuple[str | None, str | None]) -> None:
    assert interval(one(text, surface, "de", WEDNESDAY)) == expected


def test_a_two_digit_decade_needs_an_article() -> None:
    """"the 80s" is a decade, "in his 50s" an age."""
    assert interval(one("Disco ruled the charts in the 70s.", "70s", "en", WEDNESDAY)) == ("1970-01-01", "1979-12-31")
    assert [c.text for c in claims("He is in his 50s.", "en", WEDNESDAY)] == []


def test_a_day_between_commas_after_a_modified_weekday() -> None:
    assert interval(one("A seleção venceu neste domingo, 14, em Berlim.", "neste domingo, 14", "pt", WEDNESDAY)) == ("2024-04-14", "2024-04-14")
    assert [c.text for c in claims("Nesta sexta, 5,5% dos eleitores votaram.", "pt", WEDNESDAY)] == ["Nesta sexta"]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Il museo resterà chiuso fino alla fine dell'anno.", "fino alla fine dell'anno", (None, "2024-12-31")),
        ("L'udienza si terrà il giorno 22.", "il giorno 22", ("2024-04-22", "2024-04-22")),
    ],
)
def test_italian_until_a_part_and_a_day_after_giorno(text: str, surface: str, expected: tuple[str | None, str | None]) -> None:
    assert interval(one(text, surface, "it", WEDNESDAY)) == expected


@pytest.mark.parametrize(
    "lang, text",
    [
        ("pt", "O governo vai investir nos próximos anos."),
        ("it", "Il governo investirà nei prossimi anni."),
        ("es", "El gobierno invertirá en los próximos años."),
        ("fr", "Le gouvernement investira dans les prochaines années."),
        ("en", "The government will invest in the coming years."),
    ],
)
def test_coming_years_are_not_next_year(lang: str, text: str) -> None:
    """A plural unit counts ("há três anos") but never names one unit."""
    assert [c.granularity for c in claims(text, lang, WEDNESDAY) if c.start_date] == []


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("A greve termina no final da semana.", "no final da semana", ("2024-04-11", "2024-04-14")),
        ("A safra foi colhida no meio de março.", "no meio de março", ("2024-03-10", "2024-03-20")),
    ],
)
def test_portuguese_parts_before_a_feminine_unit_or_meio(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, "pt", WEDNESDAY)) == expected


def test_the_year_a_weekday_picks_keeps_the_plain_reading_as_an_alternative() -> None:
    c = one("La cerimonia si è tenuta lunedì 3 giugno.", "lunedì 3 giugno", "it", WEDNESDAY)
    assert interval(c) == ("2024-06-03", "2024-06-03")
    assert c.extra.get("ambiguous") and [str(d) for d in c.extra["alternatives"][0]] == ["2023-06-03", "2023-06-03"]


@pytest.mark.parametrize(
    "lang, text, surface, day",
    [
        ("pt", "As obras terminam duas semanas a partir de hoje.", "duas semanas a partir de hoje", "2024-04-24"),
        ("it", "Il cantiere chiude tre giorni da oggi.", "tre giorni da oggi", "2024-04-13"),
        ("de", "Die Baustelle schließt zwei Wochen ab heute.", "zwei Wochen ab heute", "2024-04-24"),
    ],
)
def test_a_count_from_today_is_a_day_ahead(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == (day, day)


@pytest.mark.parametrize("lang, text, surface", [("pt", "O novo imposto vale a partir de hoje.", "a partir de hoje"),
                                                 ("it", "La legge vale da oggi.", "da oggi")])
def test_from_today_alone_stays_an_open_start(lang: str, text: str, surface: str) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == ("2024-04-10", None)


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("pt", "A greve terminou no último dia de março.", "no último dia de março", ("2024-03-31", "2024-03-31")),
        ("pt", "O reajuste entrou em vigor no primeiro dia do ano.", "no primeiro dia do ano", ("2024-01-01", "2024-01-01")),
        ("it", "Il decreto scade l'ultimo giorno del mese prossimo.", "l'ultimo giorno del mese prossimo", ("2024-05-31", "2024-05-31")),
        ("de", "Die Frist endet am letzten Tag im Februar.", "am letzten Tag im Februar", ("2024-02-29", "2024-02-29")),
        ("de", "Die Zahlung kommt am ersten Tag des Monats.", "am ersten Tag des Monats", ("2024-04-01", "2024-04-01")),
        ("en", "The rule took effect on the last day of 2023.", "the last day of 2023", ("2023-12-31", "2023-12-31")),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


@pytest.mark.parametrize("lang, text", [("it", "Il primo giorno dell'anno scolastico è stato tranquillo."),
                                        ("pt", "O primeiro dia de aulas correu bem."), ("pt", "Os últimos dias do mês foram de chuva.")])
def test_a_first_day_of_something_else_or_the_last_days_are_no_day(lang: str, text: str) -> None:
    assert [c.text for c in claims(text, lang, WEDNESDAY) if c.granularity == "day"] == []


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("O protesto decorre de segunda a quarta, segundo o sindicato.", "de segunda a quarta", ("2024-04-08", "2024-04-10")),
        ("As urnas abrem de segunda a sexta-feira.", "de segunda a sexta-feira", ("2024-04-08", "2024-04-12")),
    ],
)
def test_short_portuguese_weekdays_as_the_ends_of_a_range(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, "pt", WEDNESDAY)) == expected


@pytest.mark.parametrize("text", ["O clube passou da segunda à quinta posição.", "Foi da segunda à quarta vez que ele perdeu."])
def test_short_weekdays_before_a_noun_stay_ordinals(text: str) -> None:
    assert claims(text, "pt", WEDNESDAY) == []


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("it", "I saldi partono l'ultima settimana del mese.", "l'ultima settimana del mese", ("2024-04-22", "2024-04-28")),
        ("en", "Sales start in the first week of the year.", "the first week of the year", ("2024-01-01", "2024-01-07")),
        ("it", "Il governo deciderà il mese che viene.", "il mese che viene", ("2024-05-01", "2024-05-31")),
    ],
)
def test_a_week_of_the_current_month_or_year_and_italian_che_viene(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


def test_a_month_named_after_its_bare_unit_is_that_month() -> None:
    assert [c.text for c in claims("Il primo giorno del mese di maggio si vota.", "it", WEDNESDAY)] == ["maggio"]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("O ministro falou sexta às 15h aos jornalistas.", "sexta", ("2024-04-05", "2024-04-05")),
        ("O jogo decorreu segunda à noite em Braga.", "segunda", ("2024-04-08", "2024-04-08")),
    ],
)
def test_a_short_portuguese_weekday_before_an_hour_or_a_day_part(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, "pt", WEDNESDAY)) == expected


def test_a_short_weekday_before_a_counted_hour_stays_an_ordinal() -> None:
    assert [c for c in claims("O piloto ficou em segunda às 10 voltas do fim.", "pt", WEDNESDAY) if c.start_date] == []


@pytest.mark.parametrize(
    "lang, text, surface, expected",
    [
        ("it", "La sentenza è arrivata venerdì cinque.", "venerdì cinque", ("2024-04-05", "2024-04-05")),
        ("pt", "A sentença saiu na sexta-feira cinco.", "sexta-feira cinco", ("2024-04-05", "2024-04-05")),
    ],
)
def test_a_weekday_and_a_day_in_words_before_the_end_of_a_clause(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, lang, WEDNESDAY)) == expected


@pytest.mark.parametrize("lang, text, surface", [("it", "Venerdì tre persone sono state arrestate.", "Venerdì"),
                                                 ("en", "On Friday, two men were arrested.", "Friday")])
def test_a_weekday_before_a_counted_number_word_is_the_weekday_alone(lang: str, text: str, surface: str) -> None:
    assert [c.text for c in claims(text, lang, WEDNESDAY) if c.start_date] == [surface]


# --- a weekday before the date it names -----------------------------------------------------------

MONDAY_AFTER = date(2024, 3, 18)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "Lors du scrutin, ce dimanche 17 mars 2024, le maire a été réélu.", "ce dimanche 17 mars 2024"),
        ("fr", "Le maire a été réélu dimanche dernier, 17 mars, au premier tour.", "dimanche dernier, 17 mars"),
        ("es", "En la votación de este domingo 17 de marzo, el alcalde fue reelegido.", "este domingo 17 de marzo"),
        ("pt", "Na votação deste domingo, 17 de março, o prefeito foi reeleito.", "deste domingo, 17 de março"),
        ("en", "In the vote this Sunday, March 17, the mayor was re-elected.", "this Sunday, March 17"),
        ("it", "Nel voto di questa domenica 17 marzo il sindaco è stato rieletto.", "questa domenica 17 marzo"),
        ("de", "Bei der Wahl an diesem Sonntag, 17. März, wurde der Bürgermeister wiedergewählt.", "diesem Sonntag, 17. März"),
    ],
)
def test_a_weekday_before_its_date_is_one_date_read_from_the_date(lang: str, text: str, surface: str) -> None:
    dated = claims(text, lang, MONDAY_AFTER)
    assert [(c.text, interval(c)) for c in dated] == [(surface, ("2024-03-17", "2024-03-17"))]


def test_a_weekday_and_a_date_further_on_stay_two_dates() -> None:
    dated = claims("Rendez-vous ce dimanche, puis une semaine plus tard, le 24 mars.", "fr", MONDAY_AFTER)
    assert [c.text for c in dated] == ["ce dimanche", "24 mars"]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("fr", "Rendez-vous le 24 mars pour la finale.", "24 mars", ("2024-03-24", "2024-03-24")),
        ("en", "Tickets for March 24 are sold out.", "March 24", ("2024-03-24", "2024-03-24")),
        ("fr", "Rendez-vous le 2 mars pour la finale.", "2 mars", ("2024-03-02", "2024-03-02")),
    ],
)
def test_a_day_without_year_or_tense_is_the_nearer_one(lang: str, text: str, surface: str, expected: tuple[str, str]) -> None:
    c = one(text, surface, lang, MONDAY_AFTER)
    assert interval(c) == expected and c.extra.get("alternatives")


def test_a_day_without_year_in_a_past_clause_is_the_last_one() -> None:
    assert interval(one("La finale a eu lieu le 24 mars.", "24 mars", "fr", MONDAY_AFTER)) == ("2023-03-24", "2023-03-24")


def test_a_weekday_before_a_date_on_another_weekday_stays_apart() -> None:
    dated = claims("Le rendez-vous est fixé au prochain lundi 1/3, dit la mairie.", "fr", MONDAY_AFTER)
    assert "prochain lundi 1/3" not in [c.text for c in dated]


@pytest.mark.parametrize(("lang", "text"), [("fr", "Je reviendrai le premier vendredi de ce mois."), ("en", "We vote on the second Tuesday of this month."),
                                            ("es", "Vuelvo el primer viernes de este mes."), ("de", "Am ersten Freitag dieses Monats."),
                                            ("it", "Il primo venerdì di questo mese."), ("pt", "Na primeira sexta-feira deste mês.")])
def test_the_nth_weekday_of_this_month_without_a_publication_date_stays_unresolved(lang: str, text: str) -> None:
    """It used to raise (no month to count in): a version with no known publication date never crashes an extractor."""
    (claim,) = claims(text, lang=lang, published=None)
    assert claim.start_date is None and claim.extra.get("unresolved")


# --- English passives and "following" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("The election will be held on May 12, officials said.", "May 12", "2024-05-12"),
        ("Rates will be decreased with effect from June 12, the bank said.", "June 12", "2024-06-12"),
        ("The vote was held on March 10 in every district.", "March 10", "2024-03-10"),
    ],
)
def test_a_participle_after_be_is_a_passive_not_a_past(text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, "en", WEDNESDAY)) == (day, day)


def test_following_without_an_article_is_after_not_ahead() -> None:
    text = "Following fourteen years of Conservative rule, Labour will govern."
    assert [c for c in claims(text, "en", WEDNESDAY) if c.kind == "date"] == []
    assert interval(one("The following two weeks will be hard.", "The following two weeks", "en", WEDNESDAY)) == ("2024-04-11", "2024-04-24")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Sales rose in 2016H2, the group said.", "2016H2", ("2016-07-01", "2016-12-31")),
        ("Sales rose in 2016Q3, the group said.", "2016Q3", ("2016-07-01", "2016-09-30")),
        ("Revenue for H1 2024 fell by a tenth.", "H1 2024", ("2024-01-01", "2024-06-30")),
    ],
)
def test_a_half_or_quarter_glued_to_its_year_is_that_part_of_the_year(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert interval(one(text, surface, "en", WEDNESDAY)) == expected


def test_the_year_of_a_half_is_no_count() -> None:
    assert [c.text for c in claims_of("Revenue for H1 2024 fell by a tenth.", "en")] == ["a tenth"]


def test_a_dashed_score_in_a_sentence_on_a_match_is_no_day_and_month() -> None:
    assert [c for c in claims("Oyarzabal anotó el 2-1 en el minuto 86 de la final.", "es", WEDNESDAY) if c.kind == "date"] == []
    assert interval(one("Volveré el 4-22 a la oficina.", "4-22", "es", WEDNESDAY)) == ("2024-04-22", "2024-04-22")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Cerca de 9.000 milhões no ano fiscal de 2023 resultaram de vendas na Internet."),
        ("en", "Revenue in fiscal 2023 rose 10.4% to 35.9 billion euros."),
        ("fr", "Le chiffre d'affaires de l'exercice 2023 a atteint 35,9 milliards d'euros."),
        ("es", "En el ejercicio 2023 las ventas crecieron un 10,4 %."),
        ("de", "Im Geschäftsjahr 2023 stieg der Umsatz um 10,4 Prozent."),
        ("it", "Nell'esercizio 2023 i ricavi sono saliti del 10,4%."),
    ],
)
def test_a_fiscal_year_is_a_year_not_a_count(lang: str, text: str) -> None:
    assert interval(one(text, "2023", lang)) == ("2023-01-01", "2023-12-31")
    assert not [c for c in claims_of(text, lang) if c.kind in ("count", "number") and c.value == 2023]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "day"),
    [
        ("it", "Roma, 8 gen. (askanews) – Il terremoto ha fatto almeno 161 morti.", "8 gen.", "2024-01-08"),
        ("it", "(ANSA) - SUZU, 08 GEN - E' salito a 161 morti il bilancio.", "08 GEN", "2024-01-08"),
        ("es", "CARACAS, 28 jul (Reuters) - Las autoridades electorales anunciaron los resultados.", "28 jul", "2024-07-28"),
        ("es", "MADRID, 24 Feb. (EUROPA PRESS).- La Unión Democristiana gana las elecciones.", "24 Feb.", "2024-02-24"),
        ("pt", "Lisboa, 10 mar. (Lusa) - A AD venceu as eleições legislativas.", "10 mar.", "2024-03-10"),
    ],
)
def test_a_wire_dateline_with_an_abbreviated_month_is_a_date_not_a_count(lang: str, text: str, surface: str, day: str) -> None:
    assert interval(one(text, surface, lang, date.fromisoformat(day))) == (day, day)  # published the day of its dateline
    assert not [c for c in claims_of(text, lang) if c.kind == "count" and c.text.startswith(surface.split()[0])]
