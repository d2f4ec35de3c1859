"""Italian: numbers, money, percentages, counts, hedges and dates, on sentences written for these tests."""

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

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "it.txt"
PUBLISHED = date(2026, 3, 10)  # a Tuesday


def lines_document(text: str, published: date | None = PUBLISHED) -> Document:
    """One body zone over the whole text and one sentence per non-empty line."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), "body", line))
        pos += len(line) + 1
    version = Version(path="it.txt", text=text, lang="it", published=published)
    return Document(version, (Zone("body", 0, len(text)),), tuple(sentences))


def number_claims(text: str) -> list[Claim]:
    return extract_numbers(lines_document(text), load_vocab("it"))


def date_claims(text: str, published: date | None = PUBLISHED) -> list[Claim]:
    return extract_dates(lines_document(text, published), load_vocab("it"))


def find(claims: list[Claim], surface: str) -> Claim:
    hits = [c for c in claims if c.text == surface]
    assert hits, f"no claim {surface!r} in {[c.text for c in claims]}"
    return hits[0]


# (sentence, surface of the claim, kind, value, unit, currency, qualifier, low, high)
FIGURES = [
    # money: scale words and abbreviations, symbols before the figure, names after it
    ("Il governo ha stanziato 2,9 miliardi di euro per la rete ferroviaria.", "2,9 miliardi di euro", "money", "2900000000", None, "EUR", "exact", "2900000000", "2900000000"),
    ("La società ha chiuso l'anno con ricavi per 1,2 mld di euro.", "1,2 mld di euro", "money", "1200000000", None, "EUR", "exact", "1200000000", "1200000000"),
    ("Il Comune riceverà 3,5 mln di euro dal fondo europeo.", "3,5 mln di euro", "money", "3500000", None, "EUR", "exact", "3500000", "3500000"),
    ("Il contratto vale € 450 milioni in dieci anni.", "€ 450 milioni", "money", "450000000", None, "EUR", "exact", "450000000", "450000000"),
    ("Il bonus arriva a 1.500 euro per famiglia.", "1.500 euro", "money", "1500", None, "EUR", "exact", "1500", "1500"),
    ("La Fed ha approvato aiuti per 700 miliardi di dollari.", "700 miliardi di dollari", "money", "700000000000", None, "USD", "exact", "700000000000", "700000000000"),
    ("Il club inglese ha speso 80 milioni di sterline.", "80 milioni di sterline", "money", "80000000", None, "GBP", "exact", "80000000", "80000000"),
    ("Il prezzo del pane è salito di 20 centesimi.", "20 centesimi", "money", "0.2", None, "EUR", "exact", "0.2", "0.2"),
    ("Il biglietto costa ora 2,20 euro.", "2,20 euro", "money", "2.2", None, "EUR", "exact", "2.2", "2.2"),
    ("La multa è di duemila euro.", "duemila euro", "money", "2000", None, "EUR", "exact", "2000", "2000"),
    ("Il piano costerà circa 3 miliardi di euro.", "circa 3 miliardi di euro", "money", "3000000000", None, "EUR", "approx", "2500000000", "3500000000"),
    ("Il mutuo può arrivare fino a 250.000 euro.", "fino a 250.000 euro", "money", "250000", None, "EUR", "at_most", None, "250000"),
    # percentages and percentage points
    ("L'inflazione è scesa al 5,4% a febbraio.", "5,4%", "percent", "5.4", "percent", None, "exact", "5.4", "5.4"),
    ("Quasi il 30 per cento degli intervistati non ha votato.", "Quasi il 30 per cento", "percent", "30", "percent", None, "approx", "22.5", "30"),
    ("Le esportazioni sono cresciute di oltre il 12%.", "oltre il 12%", "percent", "12", "percent", None, "at_least", "12", None),
    ("Il fatturato è aumentato di più dell'8% rispetto al 2024.", "più dell'8%", "percent", "8", "percent", None, "at_least", "8", None),
    ("Meno del 5 per cento delle schede è stato scrutinato.", "Meno del 5 per cento", "percent", "5", "percent", None, "at_most", None, "5"),
    ("Tra il 20 e il 30% degli studenti era assente.", "Tra il 20 e il 30%", "percent", "25", "percent", None, "range", "20", "30"),
    ("La Bce ha tagliato i tassi di 0,25 punti percentuali.", "0,25 punti percentuali", "percentage_point", "0.25", "percentage_point", None, "exact", "0.25", "0.25"),
    ("Il tasso di disoccupazione è sceso di 1,4 punti.", "1,4 punti", "percentage_point", "1.4", "percentage_point", None, "exact", "1.4", "1.4"),
    # counts with their counted noun, hedges, running tolls
    ("L'alluvione ha causato 100 morti e 128 dispersi.", "128 dispersi", "count", "128", "dispersi", None, "exact", "128", "128"),
    ("Almeno 23 persone sono morte nella frana.", "Almeno 23 persone", "count", "23", "persone", None, "at_least", "23", None),
    ("Più di 6.800 residenti hanno lasciato le case.", "Più di 6.800 residenti", "count", "6800", "residenti", None, "at_least", "6800", None),
    ("Circa 1,2 milioni di persone sono senza corrente.", "Circa 1,2 milioni di persone", "count", "1200000", "persone", None, "approx", "1150000", "1250000"),
    ("Al corteo hanno partecipato 254 mila persone.", "254 mila persone", "count", "254000", "persone", None, "exact", "254000", "254000"),
    ("La fabbrica assumerà fino a 3mila lavoratori.", "fino a 3mila lavoratori", "count", "3000", "lavoratori", None, "at_most", None, "3000"),
    ("Migliaia di manifestanti hanno sfilato in centro.", "Migliaia di manifestanti", "count", "2000", "manifestanti", None, "at_least", "2000", None),
    ("Una decina di feriti è stata portata in ospedale.", "Una decina di feriti", "count", "10", "feriti", None, "approx", "5", "15"),
    ("Ventitré comuni hanno chiesto lo stato di emergenza.", "Ventitré comuni", "count", "23", "comuni", None, "exact", "23", "23"),
    ("Il volo trasportava duecentoquarantadue passeggeri.", "duecentoquarantadue passeggeri", "count", "242", "passeggeri", None, "exact", "242", "242"),
    ("Sono 161 i morti accertati finora.", "161 i morti", "count", "161", "morti", None, "exact", "161", "161"),
    ("Sale a 40 il bilancio delle vittime dell'incendio.", "40 il bilancio delle vittime", "count", "40", "vittime", None, "exact", "40", "40"),
    ("Il bilancio dei morti è salito a quota 52 nella notte.", "52", "count", "52", "morti", None, "exact", "52", "52"),
    ("Secondo la prefettura i feriti sono più di 370.", "più di 370", "count", "370", "feriti", None, "at_least", "370", None),
    # quantities and durations
    ("In due giorni sono caduti 320 millimetri di pioggia.", "320 millimetri", "quantity", "320", "millimeter", None, "exact", "320", "320"),
    ("Il fuoco ha distrutto 25 mila ettari di bosco.", "25 mila ettari", "quantity", "25000", "hectare", None, "exact", "25000", "25000"),
    ("Il termometro ha segnato 41,5 °C a Palermo.", "41,5 °C", "quantity", "41.5", "celsius", None, "exact", "41.5", "41.5"),
    ("Le raffiche hanno superato i 120 km orari.", "superato i 120 km orari", "quantity", "120", "kilometers_per_hour", None, "at_least", "120", None),
    ("L'appartamento misura 85 metri quadrati.", "85 metri quadrati", "quantity", "85", "square_meter", None, "exact", "85", "85"),
    ("La scossa di magnitudo 5,8 è stata avvertita a Roma.", "5,8", "quantity", "5.8", "magnitude", None, "exact", "5.8", "5.8"),
    ("Il cantiere è rimasto fermo per 18 mesi.", "18 mesi", "duration", "18", "month", None, "exact", "18", "18"),
    ("L'anziana, all'età di 92 anni, è stata salvata.", "92 anni", "duration", "92", "year", None, "exact", "92", "92"),
]


@pytest.mark.parametrize(
    "sentence,surface,kind,value,unit,currency,qualifier,low,high", FIGURES, ids=[case[1] for case in FIGURES]
)
def test_reads_figure(sentence, surface, kind, value, unit, currency, qualifier, low, high):
    claim = find(number_claims(sentence), surface)
    assert (claim.kind, claim.value, claim.unit, claim.currency, claim.qualifier) == (
        kind, Decimal(value), unit, currency, qualifier)
    assert claim.low == (None if low is None else Decimal(low))
    assert claim.high == (None if high is None else Decimal(high))


def test_running_toll_and_its_hour():
    claim = find(number_claims("Secondo il bilancio delle 18.30 i morti sono almeno 56."), "almeno 56")
    assert claim.unit == "morti" and claim.extra["running"] is True and claim.extra["as_of"] == "18:30"


def test_age_is_marked():
    assert find(number_claims("L'anziana, all'età di 92 anni, è stata salvata."), "92 anni").extra.get("age") is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Nel 2023 il Paese ha esportato più vino.",
        "La riunione è fissata per il 10/03/2026 alle 14:30.",
        "Il terzo trimestre del 2025 ha superato le attese.",
        "Un uomo è stato fermato in strada.",
        "La finale si giocherà il 15 maggio 2026.",
        "Il bilancio della società è in attivo.",
    ],
)
def test_skips_years_dates_ordinals_and_articles(sentence):
    assert [c.text for c in number_claims(sentence) if c.kind != "time_of_day"] == []  # a time is its own kind


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        ("Il codice 18 è stato assegnato alla zona.", ["18"]),
        ("Il volo 171 è partito dal terminal 2.", ["171", "2"]),
        ("La legge 104 ha cambiato le regole.", ["104"]),
    ],
)
def test_a_number_nothing_governs_is_a_bare_number(sentence, numbers):
    assert [(c.kind, c.text) for c in number_claims(sentence)] == [("number", n) for n in numbers]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ventitré", "23"),
        ("ventuno", "21"),
        ("trentotto", "38"),
        ("centottanta", "180"),
        ("trecentoquarantasette", "347"),
        ("duemilatrecentoquarantasette", "2347"),
        ("millecinquecento", "1500"),
        ("centomila", "100000"),
        ("tre milioni", "3000000"),
        ("due milioni e mezzo", "2500000"),
        ("mezzo milione", "500000"),
        ("un miliardo", "1000000000"),
        ("sette virgola cinque", "7.5"),
        ("254 mila", "254000"),
        ("1.234.567,89", "1234567.89"),
        ("1 234 567", "1234567"),
        ("due terzi", "0.6666666666666666666666666666666667"),
        ("uno su tre", "0.3333333333333333333333333333333333"),
    ],
)
def test_number_reader(text, expected):
    numbers = scan(text, lexicon(load_vocab("it")))
    assert numbers and abs(numbers[0].value - Decimal(expected)) < Decimal("1e-20")


def test_words_that_only_start_like_numbers_are_left_alone():
    assert scan("ottone centrale tredicenne seicentesco novella", lexicon(load_vocab("it"))) == []


# (sentence, surface, (start, end)); reference Tuesday 2026-03-10.
DATES = [
    ("L'accordo è stato firmato il 10 marzo 2026 a Roma.", "10 marzo 2026", ("2026-03-10", "2026-03-10")),
    ("Il decreto è entrato in vigore l'11 marzo 2025.", "11 marzo 2025", ("2025-03-11", "2025-03-11")),
    ("La delibera è stata pubblicata il 15/03/2025.", "15/03/2025", ("2025-03-15", "2025-03-15")),
    # "per il 2025": the year a forecast is for, even with a verb after it
    ("La Bce alza la stima e per il 2025 portandola al 2,2%.", "2025", ("2025-01-01", "2025-12-31")),
    ("Il vertice si è tenuto lunedì 9 marzo a Bruxelles.", "lunedì 9 marzo", ("2026-03-09", "2026-03-09")),
    ("Il ministro è stato a Parigi venerdì scorso.", "venerdì scorso", ("2026-03-06", "2026-03-06")),
    ("Il presidente partirà per Berlino domenica prossima.", "domenica prossima", ("2026-03-15", "2026-03-15")),
    ("Il ponte è crollato ieri sera.", "ieri", ("2026-03-09", "2026-03-09")),
    ("Il corpo è stato ritrovato l'altro ieri.", "l'altro ieri", ("2026-03-08", "2026-03-08")),
    ("L'udienza riprenderà domani.", "domani", ("2026-03-11", "2026-03-11")),
    ("Il voto slitta a dopodomani.", "dopodomani", ("2026-03-12", "2026-03-12")),
    ("I risultati saranno pubblicati la prossima settimana.", "la prossima settimana", ("2026-03-16", "2026-03-22")),
    ("Le vendite sono calate la settimana scorsa.", "la settimana scorsa", ("2026-03-02", "2026-03-08")),
    ("Le vendite sono calate il mese scorso.", "il mese scorso", ("2026-02-01", "2026-02-28")),
    ("L'azienda ha chiuso l'anno scorso in perdita.", "l'anno scorso", ("2025-01-01", "2025-12-31")),
    ("La nave è partita da Genova tre settimane fa.", "tre settimane fa", ("2026-02-17", "2026-02-17")),
    ("La nuova linea sarà inaugurata tra due mesi.", "tra due mesi", ("2026-05-10", "2026-05-10")),
    ("L'economia è cresciuta molto negli anni '90.", "negli anni '90", ("1990-01-01", "1999-12-31")),
    ("La fabbrica fu costruita negli anni Ottanta.", "negli anni Ottanta", ("1980-01-01", "1989-12-31")),
    ("Lo sciopero è durato dal 4 al 22 gennaio 2024.", "dal 4 al 22 gennaio 2024", ("2024-01-04", "2024-01-22")),
    ("La mostra resterà aperta dall'8 al 12 aprile 2026.", "dall'8 al 12 aprile 2026", ("2026-04-08", "2026-04-12")),
    ("I prezzi sono saliti a fine febbraio.", "a fine febbraio", ("2026-02-16", "2026-02-28")),
    ("La disoccupazione è calata dal 2020.", "dal 2020", ("2020-01-01", None)),
    ("L'utile del terzo trimestre del 2025 ha sorpreso.", "terzo trimestre del 2025", ("2025-07-01", "2025-09-30")),
    ("La scadenza è stata prorogata fino al 1° aprile 2026.", "fino al 1° aprile 2026", (None, "2026-04-01")),
    ("Gli uffici resteranno chiusi a Ferragosto.", "Ferragosto", ("2026-08-15", "2026-08-15")),
    ("Quest'anno le vendite sono calate.", "Quest'anno", ("2026-01-01", "2026-12-31")),
    ("Il raccolto di quest’anno è scarso.", "quest’anno", ("2026-01-01", "2026-12-31")),
    ("Il museo riaprirà a giugno dell'anno prossimo.", "giugno dell'anno prossimo", ("2027-06-01", "2027-06-30")),
    ("Le tariffe salgono la prima settimana dell'anno prossimo.", "la prima settimana dell'anno prossimo", ("2027-01-04", "2027-01-10")),
    ("La linea è chiusa da gennaio.", "da gennaio", ("2026-01-01", None)),
]


@pytest.mark.parametrize("sentence,surface,expected", DATES, ids=[case[1] for case in DATES])
def test_reads_date(sentence, surface, expected):
    claim = find(date_claims(sentence), surface)
    got = (claim.start_date.isoformat() if claim.start_date else None, claim.end_date.isoformat() if claim.end_date else None)
    assert got == expected


def test_weekday_tense_decides_past_or_future():
    past = find(date_claims("Il governo ha presentato giovedì un piano."), "giovedì")
    future = find(date_claims("Il governo presenterà giovedì un piano."), "giovedì")
    assert (past.start_date, future.start_date) == (date(2026, 3, 5), date(2026, 3, 12))


@pytest.mark.parametrize(
    "sentence",
    [
        "Il domani dell'Europa si decide adesso.",
        "Il libro costa 18 euro e ha 300 pagine.",
        "La seconda fase del torneo è cominciata.",
    ],
)
def test_not_dates(sentence):
    assert [c.text for c in date_claims(sentence)] == []


def test_relative_dates_need_a_publication_date():
    [claim] = date_claims("Il ponte è crollato ieri.", published=None)
    assert claim.start_date is None and claim.extra["unresolved"] is True


# --- a whole article, through the command line ----------------------------------------------

ARTICLE_FIGURES = {
    ("14 morti", "count", 14),
    ("14 il bilancio delle vittime", "count", 14),
    ("37", "count", 37),
    ("almeno 9 persone", "count", 9),
    ("appena 48 ore", "duration", 48),
    ("circa 280 millimetri", "quantity", 280),
    ("quasi il 60%", "percent", 60),
    ("3,5 metri", "quantity", 3.5),
    ("Oltre 1.200 persone", "count", 1200),
    ("25 milioni di euro", "money", 25000000),
    ("8,5 mln di euro", "money", 8500000),
    ("superano i 120 milioni di euro", "money", 120000000),
    ("39 anni", "duration", 39),
}
ARTICLE_DATES = {
    ("10 marzo 2026", "2026-03-10", "2026-03-10"),
    ("stamattina", "2026-03-10", "2026-03-10"),
    ("Ieri", "2026-03-09", "2026-03-09"),
    ("tra domenica e lunedì", "2026-03-08", "2026-03-09"),
    ("39 anni fa", "1987-03-10", "1987-03-10"),
    ("luglio del 1987", "1987-07-01", "1987-07-31"),
    ("fino al 20 marzo", None, "2026-03-20"),
}


ARTICLE_TIMES_AND_SCORES = {
    ("08:40", "time_of_day", 520),
    ("18", "time_of_day", 1080),
    ("3-1", "score", 3.01),
    ("7.30", "time_of_day", 450),
}


def test_article_figures_through_the_command_line(run: Callable[..., Result]):
    doc = run("--claims", "--format", "json", "--no-cache", str(ARTICLE)).json()
    [version] = doc["versions"]
    assert (version["lang"], version["published"]) == ("it", "2026-03-10")
    claims = version["claims"]
    figures = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] != "date"}
    dates = {(c["text"], c["start_date"], c["end_date"]) for c in claims if c["kind"] == "date"}
    assert ARTICLE_FIGURES <= figures, sorted(ARTICLE_FIGURES - figures)
    assert ARTICLE_DATES <= dates, sorted(ARTICLE_DATES - dates)
    timed = {(c["text"], c["kind"], c["value"]) for c in claims if c["kind"] in ("time_of_day", "score")}
    assert ARTICLE_TIMES_AND_SCORES <= timed, sorted(ARTICLE_TIMES_AND_SCORES - timed)
    zones = {c["text"]: c["zone"] for c in claims}
    assert zones["14 morti"] == "headline" and zones["10 marzo 2026"] == "byline"
    assert zones.get("tre regioni", "related") == "related"


def test_article_byline_dates_a_version_without_front_matter_date(run: Callable[..., Result], tmp_path: Path):
    text = ARTICLE.read_text(encoding="utf-8").replace("published: 2026-03-10\n", "")
    path = tmp_path / "it.txt"
    path.write_text(text, encoding="utf-8")
    [version] = run("--claims", "--format", "json", "--no-cache", str(path)).json()["versions"]
    assert version["published"] == "2026-03-10" and "byline" in version["published_source"]


def test_comments_bound_the_publication_date(run: Callable[..., Result], tmp_path: Path):
    path = tmp_path / "v.txt"
    path.write_text("---\nlang: it\n---\nTitolo\n\nIl ministro ha annunciato un piano per le scuole del Paese.\n\n"
                    "Commenti (1)\n\nMarco ha scritto il 12/03/2026 alle 10:04\nBene.\n", encoding="utf-8")
    [version] = run("--claims", "--format", "json", "--no-cache", str(path)).json()["versions"]
    claims = version["claims"]
    assert all(c["zone"] != "body" or "12/03/2026" not in c["text"] for c in claims)
