"""German: numbers, money, percentages, counts, hedges and dates, on sentences written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pytest

from factcheck._model import Claim, Document, Sentence, Version, Zone
from factcheck._vocab import load_vocab
from factcheck.extract._numbers import lexicon, scan
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers

from ..conftest import Result

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "de.txt"
PUBLISHED = date(2026, 3, 10)  # a Tuesday


def lines_document(text: str, published: date | None = PUBLISHED) -> Document:
    """One body zone over the whole text and one sentence per non-empty line."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), "body", line))
        pos += len(line) + 1
    version = Version(path="de.txt", text=text, lang="de", published=published)
    return Document(version, (Zone("body", 0, len(text)),), tuple(sentences))


def number_claims(text: str) -> list[Claim]:
    return extract_numbers(lines_document(text), load_vocab("de"))


def date_claims(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return extract_dates(lines_document(text, published), load_vocab("de"))


def find(claims: list[Claim], surface: str) -> Claim:
    hits = [c for c in claims if c.text == surface]
    assert hits, f"no claim {surface!r} in {[c.text for c in claims]}"
    return hits[0]


# (sentence, surface of the claim, kind, value, unit, currency, qualifier, low, high)
FIGURES = [
    # money: scale words and their abbreviations, names after the figure, symbols before or after it
    ("Der Konzern will 2,9 Milliarden Dollar in Japan investieren.", "2,9 Milliarden Dollar", "money", "2900000000", None, "USD", "exact", "2900000000", "2900000000"),
    ("Die Stadt stellt 500 Mio. Euro für neue Schulen bereit.", "500 Mio. Euro", "money", "500000000", None, "EUR", "exact", "500000000", "500000000"),
    ("Der Umsatz stieg auf 35,9 Mrd. €.", "35,9 Mrd. €", "money", "35900000000", None, "EUR", "exact", "35900000000", "35900000000"),
    ("Das Ticket kostet jetzt 49 Euro im Monat.", "49 Euro", "money", "49", None, "EUR", "exact", "49", "49"),
    ("Die Aktionäre erhalten eine Dividende von 1,54 Euro je Aktie.", "1,54 Euro", "money", "1.54", None, "EUR", "exact", "1.54", "1.54"),
    ("Der Fonds verwaltet 12 Mrd. US-Dollar.", "12 Mrd. US-Dollar", "money", "12000000000", None, "USD", "exact", "12000000000", "12000000000"),
    ("Der Verein zahlte 94.000 $ an den Spieler.", "94.000 $", "money", "94000", None, "USD", "exact", "94000", "94000"),
    ("Die Bank verlangt 2,50 Franken pro Überweisung.", "2,50 Franken", "money", "2.5", None, "CHF", "exact", "2.5", "2.5"),
    ("Der Staat sparte eine Milliarde Euro ein.", "eine Milliarde Euro", "money", "1000000000", None, "EUR", "exact", "1000000000", "1000000000"),
    ("Die Reparatur kostete siebenhundert Euro.", "siebenhundert Euro", "money", "700", None, "EUR", "exact", "700", "700"),
    ("Die Sanierung kostet zweieinhalb Millionen Euro.", "zweieinhalb Millionen Euro", "money", "2500000", None, "EUR", "exact", "2500000", "2500000"),
    ("Der Kaffee kostet 3 Euro und 50 Cent.", "3 Euro und 50 Cent", "money", "3.5", None, "EUR", "exact", "3.5", "3.5"),
    # percentages and percentage points
    ("Die Wirtschaft schrumpfte um 0,3 Prozent.", "0,3 Prozent", "percent", "0.3", "percent", None, "exact", "0.3", "0.3"),
    ("Die Inflation lag im Mai bei 2,6 %.", "2,6 %", "percent", "2.6", "percent", None, "exact", "2.6", "2.6"),
    ("Die Arbeitslosenquote sank um 0,2 Prozentpunkte.", "0,2 Prozentpunkte", "percentage_point", "0.2", "percentage_point", None, "exact", "0.2", "0.2"),
    ("Die Quote fiel um 1,4 Punkte auf 5,9 Prozent.", "1,4 Punkte", "percentage_point", "1.4", "percentage_point", None, "exact", "1.4", "1.4"),
    ("Die Wirtschaftsleistung ging um ein Prozent zurück.", "ein Prozent", "percent", "1", "percent", None, "exact", "1", "1"),
    ("Die Partei scheiterte an der Fünf-Prozent-Hürde.", "Fünf-Prozent", "percent", "5", "percent", None, "exact", "5", "5"),
    ("Zwischen 10 und 20 Prozent der Haushalte sind betroffen.", "Zwischen 10 und 20 Prozent", "percent", "15", "percent", None, "range", "10", "20"),
    ("Die Mieten stiegen um 10 bis 15 Prozent.", "10 bis 15 Prozent", "percent", "12.5", "percent", None, "range", "10", "15"),
    # hedges
    ("Rund 560 Menschen wurden verletzt.", "Rund 560 Menschen", "count", "560", "menschen", None, "approx", "555", "565"),
    ("Mehr als 3 Millionen Menschen sind ohne Strom.", "Mehr als 3 Millionen Menschen", "count", "3000000", "menschen", None, "at_least", "3000000", None),
    ("Mindestens 137 Menschen kamen ums Leben.", "Mindestens 137 Menschen", "count", "137", "menschen", None, "at_least", "137", None),
    ("Weniger als 5 Prozent der Fälle verlaufen schwer.", "Weniger als 5 Prozent", "percent", "5", "percent", None, "at_most", None, "5"),
    ("Das Land gibt bis zu 4 Milliarden Euro aus.", "bis zu 4 Milliarden Euro", "money", "4000000000", None, "EUR", "at_most", None, "4000000000"),
    ("Knapp 30 Prozent der Befragten sind unentschieden.", "Knapp 30 Prozent", "percent", "30", "percent", None, "approx", "22.5", "30"),
    ("Etwa 2,5 Millionen Euro fehlen noch.", "Etwa 2,5 Millionen Euro", "money", "2500000", None, "EUR", "approx", "2450000", "2550000"),
    # counts: digits with German separators, number words written as one word, collective nouns
    ("Bei der Hitzewelle starben 1.301 Pilger.", "1.301 Pilger", "count", "1301", "pilger", None, "exact", "1301", "1301"),
    ("Nach Angaben der Behörden gab es 1301 Tote.", "1301 Tote", "count", "1301", "tote", None, "exact", "1301", "1301"),
    ("Es entstanden 254.000 neue Stellen.", "254.000 neue Stellen", "count", "254000", "stellen", None, "exact", "254000", "254000"),
    ("Die Gemeinde hat 12 500 Einwohner.", "12 500 Einwohner", "count", "12500", "einwohner", None, "exact", "12500", "12500"),
    ("Dreihundertsiebenundvierzig Häuser wurden zerstört.", "Dreihundertsiebenundvierzig Häuser", "count", "347", "häuser", None, "exact", "347", "347"),
    ("Zweitausend Polizisten sind im Einsatz.", "Zweitausend Polizisten", "count", "2000", "polizisten", None, "exact", "2000", "2000"),
    ("Seit Sonntag wurden 30 weitere Todesopfer geborgen.", "30 weitere Todesopfer", "count", "30", "todesopfer", None, "exact", "30", "30"),
    ("Tausende Menschen demonstrierten in Berlin.", "Tausende Menschen", "count", "2000", "menschen", None, "at_least", "2000", None),
    ("Dutzende Häuser stürzten ein.", "Dutzende Häuser", "count", "24", "häuser", None, "at_least", "24", None),
    ("Die Zahl der Toten ist auf 168 gestiegen.", "168", "count", "168", "toten", None, "exact", "168", "168"),
    # quantities and durations
    ("Das Schiff ist rund 300 Meter lang.", "rund 300 Meter", "quantity", "300", "meter", None, "approx", "250", "350"),
    ("Es fielen 120 Liter Regen pro Quadratmeter.", "120 Liter", "quantity", "120", "liter", None, "exact", "120", "120"),
    ("Die Temperatur erreichte 45 Grad Celsius.", "45 Grad Celsius", "quantity", "45", "celsius", None, "exact", "45", "45"),
    ("Der Zug fuhr mit 250 km/h.", "250 km/h", "quantity", "250", "kilometers_per_hour", None, "exact", "250", "250"),
    ("Das Beben hatte eine Stärke von 7,4.", "7,4", "quantity", "7.4", "magnitude", None, "exact", "7.4", "7.4"),
    ("Die Bauarbeiten dauerten zweieinhalb Jahre.", "zweieinhalb Jahre", "duration", "2.5", "year", None, "exact", "2.5", "2.5"),
    ("Der Prozess dauerte 22 Monate.", "22 Monate", "duration", "22", "month", None, "exact", "22", "22"),
    ("Pogačar gewann mit 6 Minuten Vorsprung.", "6 Minuten", "duration", "6", "minute", None, "exact", "6", "6"),
]


@pytest.mark.parametrize("sentence, surface, kind, value, unit, currency, qualifier, low, high", FIGURES)
def test_reads_figure(sentence, surface, kind, value, unit, currency, qualifier, low, high):
    claim = find(number_claims(sentence), surface)
    assert (claim.kind, claim.value, claim.unit, claim.currency, claim.qualifier) == (kind, Decimal(value), unit, currency, qualifier)
    assert claim.low == (None if low is None else Decimal(low)) and claim.high == (None if high is None else Decimal(high))


def test_running_toll_and_its_hour():
    claim = find(number_claims("Nach Angaben der Behörden gab es bis 18 Uhr mindestens 40 Tote."), "mindestens 40 Tote")
    assert claim.extra.get("running") and claim.extra.get("as_of") == "18:00"


def test_age_is_marked():
    assert find(number_claims("Der Fahrer ist 46 Jahre alt."), "46 Jahre alt").extra.get("age")
    assert find(number_claims("Sie starb im Alter von 89 Jahren."), "89 Jahren").extra.get("age")


@pytest.mark.parametrize("sentence", [
    "Im Jahr 2022 stieg die Zahl deutlich.",  # a year, and a verb after it
    "2023 wurde das Gesetz verabschiedet.",
    "Die Wahl findet am 3. April statt.",  # the day of a date
    "Am 28.10. beginnt die Messe.",
    "Das Spiel beginnt um 14.30 Uhr.",  # a time of day
    "Der Verein spielt in der 2. Liga.",  # an ordinal
    "Er ist ein guter Freund.",  # an article
    "Sie kaufte einen Wagen.",
])
def test_skips_years_dates_times_ordinals_and_articles(sentence):
    figures = [c.text for c in number_claims(sentence) if c.kind != "time_of_day"]  # a time is its own kind
    assert figures == []


@pytest.mark.parametrize("text, expected", [
    ("einhundertdrei", ["103"]),
    ("einundzwanzig", ["21"]),
    ("neunzehnhundertneunzig", ["1990"]),
    ("fünfzehntausend", ["15000"]),
    ("hunderttausend", ["100000"]),
    ("zweihunderttausend", ["200000"]),
    ("Zwei Millionen dreihundertsiebenundsiebzigtausendneunhundertachtundachtzig", ["2377988"]),
    ("eineinhalb Milliarden", ["1500000000"]),
    ("dreißig Dutzend", ["360"]),
    ("ein halbes", ["0.5"]),
    ("zwei Drittel", ["0.6666666666666666666666666666666667"]),
    ("2.000,352", ["2000.352"]),
    ("1 234 567", ["1234567"]),
    ("minus 0,5", ["-0.5"]),
    ("Einheit Achtung Elfmeter", []),  # words that only begin like number words
])
def test_number_reader(text, expected):
    assert [n.value for n in scan(text, lexicon(load_vocab("de")))] == [Decimal(v) for v in expected]


# (sentence, surface, (first day, last day)) against a publication on Tuesday 2026-03-10
DATES = [
    ("Das Beben ereignete sich am 3. April 2024.", "3. April 2024", ("2024-04-03", "2024-04-03")),
    ("Am Dienstag, den 3. Februar 2026, wurde gewählt.", "Dienstag, den 3. Februar 2026", ("2026-02-03", "2026-02-03")),
    ("Die Frist lief am 28.02.2026 ab.", "28.02.2026", ("2026-02-28", "2026-02-28")),
    ("Die Messe wurde am 28.10. eröffnet.", "28.10", ("2025-10-28", "2025-10-28")),
    ("Der Wetterdienst hatte am 3. März gewarnt.", "3. März", ("2026-03-03", "2026-03-03")),
    ("Im Januar 2024 stiegen die Preise.", "Januar 2024", ("2024-01-01", "2024-01-31")),
    ("Die Ausstellung läuft vom 4. bis 22. Januar.", "vom 4. bis 22. Januar", ("2026-01-04", "2026-01-22")),
    ("Die Zahlen stammen aus den Jahren 2017-2021.", "2017-2021", ("2017-01-01", "2021-12-31")),
    ("Die Inflation ist seit 2019 gestiegen.", "seit 2019", ("2019-01-01", None)),
    ("Das Ziel soll bis Ende 2027 erreicht werden.", "bis Ende 2027", (None, "2027-12-31")),
    ("Ende März wurde das Werk geschlossen.", "Ende März", ("2026-03-16", "2026-03-31")),
    ("Im ersten Quartal 2024 sank der Absatz.", "Im ersten Quartal 2024", ("2024-01-01", "2024-03-31")),
    ("Die Mieten stiegen in den 1990er Jahren stark.", "1990er Jahren", ("1990-01-01", "1999-12-31")),
    # relative to the publication date
    ("Der Minister trat gestern zurück.", "gestern", ("2026-03-09", "2026-03-09")),
    ("Das Parlament stimmt heute ab.", "heute", ("2026-03-10", "2026-03-10")),
    ("Die Gespräche gehen morgen weiter.", "morgen", ("2026-03-11", "2026-03-11")),
    ("Das Unglück geschah vergangene Woche.", "vergangene Woche", ("2026-03-02", "2026-03-08")),
    ("Der Bericht wird nächste Woche veröffentlicht.", "nächste Woche", ("2026-03-16", "2026-03-22")),
    ("Die Zahl der Touristen stieg im vergangenen Jahr.", "im vergangenen Jahr", ("2025-01-01", "2025-12-31")),
    ("Er will am kommenden Donnerstag reisen.", "kommenden Donnerstag", ("2026-03-12", "2026-03-12")),
    ("Die Firma meldete vergangenen Freitag Insolvenz an.", "vergangenen Freitag", ("2026-03-06", "2026-03-06")),
    ("Der Minister teilte am Sonntagabend mit, dass die Suche weitergeht.", "Sonntagabend", ("2026-03-08", "2026-03-08")),
    ("Das Hochwasser vor drei Jahren war schlimmer.", "vor drei Jahren", ("2023-03-10", "2023-03-10")),
    ("In den vergangenen drei Jahren stiegen die Preise.", "den vergangenen drei Jahren", ("2023-03-10", "2026-03-09")),
    ("Die Polizei war am Wochenende im Einsatz.", "am Wochenende", ("2026-03-14", "2026-03-15")),
    ("Die Läden bleiben an Ostern 2026 geschlossen.", "Ostern 2026", ("2026-04-05", "2026-04-05")),
    ("Am Tag der Deutschen Einheit 2025 wurde gefeiert.", "Tag der Deutschen Einheit 2025", ("2025-10-03", "2025-10-03")),
    ("Der Markt öffnet am ersten Advent 2025.", "ersten Advent 2025", ("2025-11-30", "2025-11-30")),
    ("Am Totensonntag 2024 blieben die Läden zu.", "Totensonntag 2024", ("2024-11-24", "2024-11-24")),
    ("Der Buß- und Bettag 2023 war ein Mittwoch.", "Buß- und Bettag 2023", ("2023-11-22", "2023-11-22")),
    ("Die Zahlen vom 07.2025 liegen vor.", "07.2025", ("2025-07-01", "2025-07-31")),
    ("Die Abrechnung für 11. 2024 kam spät.", "11. 2024", ("2024-11-01", "2024-11-30")),
]


@pytest.mark.parametrize("sentence, surface, expected", DATES)
def test_reads_date(sentence, surface, expected):
    claim = find(date_claims(sentence), surface)
    got = (claim.start_date.isoformat() if claim.start_date else None, claim.end_date.isoformat() if claim.end_date else None)
    assert got == expected


def test_weekday_tense_decides_past_or_future():
    past = find(date_claims("Die Regierung hat am Donnerstag den Plan vorgestellt."), "Donnerstag")
    future = find(date_claims("Die Regierung wird am Donnerstag den Plan vorstellen."), "Donnerstag")
    assert past.start_date == date(2026, 3, 5) and future.start_date == date(2026, 3, 12)


@pytest.mark.parametrize("sentence", [
    "Am Morgen war es neblig.",  # "Morgen" is the morning, not tomorrow
    "Heute Morgen regnete es.",
])
def test_morning_is_not_tomorrow(sentence):
    assert all(c.start_date != date(2026, 3, 11) for c in date_claims(sentence))


def test_plural_units_are_vague_not_last_year():
    claim = find(date_claims("In den vergangenen Jahren stiegen die Mieten."), "In den vergangenen Jahren")
    assert claim.extra.get("vague") and claim.start_date is None


def test_relative_dates_need_a_publication_date():
    claim = find(date_claims("Der Minister trat gestern zurück.", published=None), "gestern")
    assert claim.extra.get("unresolved") and claim.start_date is None


ARTICLE_FIGURES = {
    ("23 Tote", "count", 23),
    ("Tausende Evakuierte", "count", 2000),
    ("Mehr als 1.200 Menschen", "count", 1200),
    ("24 Stunden", "duration", 24),
    ("bis zu 120 Liter", "quantity", 120),
    ("7,35 Meter", "quantity", 7.35),
    ("rund 2,5 Meter", "quantity", 2.5),
    ("Fast dreihundert Helfer", "count", 300),
    ("4,5 Millionen Euro", "money", 4500000),
    ("1,8 Mrd. Euro", "money", 1800000000),
    ("18 Prozent", "percent", 18),
    ("nur 12 Millionen Euro", "money", 12000000),
    ("zwischen 20 und 30 Liter", "quantity", 25),
    ("etwa 40 Straßen", "count", 40),
    ("zwei Brücken", "count", 2),
}
ARTICLE_DATES = {
    ("10.03.2026", "2026-03-10", "2026-03-10"),
    ("Montag", "2026-03-09", "2026-03-09"),
    ("gestern", "2026-03-09", "2026-03-09"),
    ("3. März", "2026-03-03", "2026-03-03"),
    ("vor drei Jahren", "2023-03-10", "2023-03-10"),
    ("Im vergangenen Jahr", "2025-01-01", "2025-12-31"),
    ("kommenden Donnerstag", "2026-03-12", "2026-03-12"),
}


ARTICLE_TIMES_AND_SCORES = {
    ("15.30 Uhr", "time_of_day", 930),
    ("2:1", "score", 2.01),
    ("9.15 Uhr", "time_of_day", 555),
}


def test_article_figures_through_the_command_line(run: Callable[..., Result]):
    doc = run("--claims", "--format", "json", "--no-cache", str(ARTICLE)).json()
    [version] = doc["versions"]
    assert (version["lang"], version["published"]) == ("de", "2026-03-10")
    claims = version["claims"]
    figures = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] != "date"}
    dates = {(c["text"], c["start_date"], c["end_date"]) for c in claims if c["kind"] == "date"}
    assert ARTICLE_FIGURES <= figures, sorted(ARTICLE_FIGURES - figures)
    assert ARTICLE_DATES <= dates, sorted(ARTICLE_DATES - dates)
    timed = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] in ("time_of_day", "score")}
    assert ARTICLE_TIMES_AND_SCORES <= timed, sorted(ARTICLE_TIMES_AND_SCORES - timed)
    toll = [c for c in claims if c["text"] == "23" and c["kind"] == "count"]
    assert toll and toll[0]["unit"] == "toten"  # "die Zahl der Toten ist auf 23 gestiegen"
    zones = {c["text"]: c["zone"] for c in claims}
    assert zones["23 Tote"] == "headline" and zones["10.03.2026"] == "byline"


def test_article_byline_dates_a_version_without_front_matter_date(run: Callable[..., Result], tmp_path: Path):
    text = ARTICLE.read_text(encoding="utf-8").replace("published: 2026-03-10\n", "")
    path = tmp_path / "de.txt"
    path.write_text(text, encoding="utf-8")
    [version] = run("--claims", "--format", "json", "--no-cache", str(path)).json()["versions"]
    assert version["published"].startswith("2026-03-10") and "byline" in version["published_source"]


@pytest.mark.parametrize("line, published", [
    ("Stand: 10.03.2026 14:48 Uhr", "2026-03-10"),
    ("Aktualisiert am 10.03.2026 um 14.48 Uhr", "2026-03-10"),
    ("Veröffentlicht am 10. März 2026", "2026-03-10"),
])
def test_byline_forms(line, published):
    from factcheck._metadata import find_byline

    text = f"Titel\n\n{line}\n\nDer Text des Artikels beginnt hier und nennt 3 Zahlen.\n"
    found = find_byline(text, 0, load_vocab("de"))
    assert found is not None and found[0].isoformat().startswith(published), found


def test_page_zones():
    from factcheck._segment import segment

    text = (
        "Regierung beschließt Hilfspaket für die Industrie\n\nVon Anna Schmidt\nVeröffentlicht am 10.03.2026 um 9.15 Uhr\n\n"
        "Dr. Weber, Sprecherin des Ministeriums, sagte, das Paket umfasse z. B. Kredite über 2,5 Mrd. Euro. "
        "Es tritt am 3. April in Kraft.\n\n"
        "Foto: dpa\n\nLesen Sie auch: Inflation steigt im Februar\n\n"
        "Der Plan sieht außerdem 2.000 Stipendien vor.\n\n(dpa)\n\nArtikel teilen\n\n"
        "Kommentare (3)\n\nMaria schreibt am 10.03.2026 um 11:20 Uhr\nGut so.\n"
    )
    doc = segment(Version(path="v.txt", text=text, lang="de"), load_vocab("de"))
    zone = {line: doc.zone_at(text.index(line)) for line in (
        "Von Anna Schmidt", "Dr. Weber", "Foto:", "Lesen Sie auch", "Der Plan", "(dpa)", "Artikel teilen", "Maria")}
    assert zone == {
        "Von Anna Schmidt": "byline", "Dr. Weber": "lede", "Foto:": "caption", "Lesen Sie auch": "related",
        "Der Plan": "body", "(dpa)": "credit", "Artikel teilen": "furniture", "Maria": "comments",
    }
    # "Dr.", "z. B.", "Mrd." and the day of "3. April" end no sentence
    lede = [s for s in doc.sentences if s.zone == "lede"]
    assert len(lede) == 2 and lede[1].text.startswith("Es tritt am 3. April")


@pytest.mark.parametrize("sentence, surface, value", [("Jeder Dritte ist von der Reform betroffen.", "Jeder Dritte", "33.33"),
                                                      ("Jede vierte Firma meldet Verluste.", "Jede vierte", "25"),
                                                      ("Jeder zehnte Euro fließt ins Ausland.", "Jeder zehnte", "10")])
def test_one_of_every_n_is_a_share(sentence, surface, value):
    (claim,) = [c for c in number_claims(sentence) if c.kind == "percent"]
    assert claim.text == surface and claim.value == Decimal(value) and claim.qualifier == "approx"
