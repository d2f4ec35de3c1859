"""Language detection and publication-date inference (factcheck._metadata)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import factcheck
from factcheck._metadata import (
    comment_dates,
    detect_language,
    factcheck_detect_language,
    factcheck_infer_published,
    find_byline,
    infer_published,
)
from factcheck._vocab import available_languages, load_vocab

SEEDS = Path(__file__).resolve().parents[2] / "corpus"
SEED_000 = SEEDS / "000_ce85fb04032088a1.txt"
SEED_004 = SEEDS / "004_ce2dd08aa2f079df.txt"


class FakeConfig:
    """Just what the hooks use of a Config."""

    def vocab(self, lang):
        return load_vocab(lang)


def infer(text: str, lang: str):
    return infer_published(text, 0, load_vocab(lang))


# --------------------------------------------------------------------------
# Realistic articles
# --------------------------------------------------------------------------

FR_HEAD = "Microsoft veut doper l'IA au Japon\n"
FR_BODY = (
    "Microsoft a annoncé qu'il allait investir 2,9 milliards de dollars au cours des deux prochaines années "
    "au Japon afin de renforcer le développement de l'intelligence artificielle.\n"
    "« Il s'agit de l'investissement le plus important de Microsoft au cours de ses 46 ans d'histoire au Japon », "
    "a souligné Brad Smith, président de Microsoft, dans un communiqué.\n"
)
EN_HEAD = "Microsoft to invest $2.9 billion in Japan's AI push\n"
EN_BODY = (
    "Microsoft will invest $2.9 billion over the next two years to expand its artificial intelligence and cloud "
    "infrastructure in Japan, the company said.\n"
    "\"This is the largest investment in Microsoft's 46-year history in Japan,\" Microsoft president Brad Smith "
    "said in a statement.\n"
)
ES_HEAD = "Microsoft invertirá 2.900 millones de dólares en Japón\n"
ES_BODY = (
    "Microsoft invertirá 2.900 millones de dólares en los próximos dos años en Japón para reforzar el desarrollo "
    "de la inteligencia artificial en el país.\n"
    "«Se trata de la mayor inversión de Microsoft en sus 46 años de historia en Japón», señaló Brad Smith, "
    "presidente de la compañía, en un comunicado.\n"
)
ARTICLES = {"fr": (FR_HEAD, FR_BODY), "en": (EN_HEAD, EN_BODY), "es": (ES_HEAD, ES_BODY)}


def article(lang: str, byline: str, tail: str = "") -> str:
    head, body = ARTICLES[lang]
    return head + byline + "\n\n" + body + tail


# --------------------------------------------------------------------------
# The seeds
# --------------------------------------------------------------------------


def test_seed_000_byline_after_headline_run():
    text = SEED_000.read_text(encoding="utf-8")
    assert infer(text, "fr") == (date(2024, 4, 14), "byline 'Publié dans Albayane le 14 - 04 - 2024'")


def test_seed_004_inferred_from_ce_mardi_before_comments():
    text = SEED_004.read_text(encoding="utf-8")
    value, source = infer(text, "fr")
    assert value == date(2024, 4, 9)
    assert source == "inferred: 'ce mardi' → 2024-04-09, before the earliest reader comment (2024-04-10 11:40)"


def test_seed_004_comment_dates():
    text = SEED_004.read_text(encoding="utf-8")
    assert comment_dates(text, 0, load_vocab("fr")) == [
        datetime(2024, 4, 10, 14, 48),
        datetime(2024, 4, 10, 11, 40),
        datetime(2024, 4, 10, 14, 47),
        datetime(2024, 4, 11, 8, 47),
    ]


def test_seed_000_headline_run_weekdays_ignored():
    # Without its byline, and with one comment of a Sunday added, seed 000 has only the
    # header's "une intrusion ce dimanche" as a "ce <weekday>" word: it must not pin the day.
    text = SEED_000.read_text(encoding="utf-8").replace("Publié dans Albayane le 14 - 04 - 2024", "")
    text += "\n\nCommentaires 1\nle 21/04/2024 à 09:12\nSignaler\nTrès bon article.\n"  # a Sunday
    assert infer(text, "fr") == (date(2024, 4, 21), "inferred: on or before the earliest reader comment (2024-04-21 09:12)")


def test_seeds_detected_as_french():
    for path in (SEED_000, SEED_004):
        code, probability = detect_language(path.read_text(encoding="utf-8"), ["fr", "en", "es"])
        assert code == "fr" and probability > 0.9


# --------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------

BYLINES = [
    ("fr", "Publié dans Albayane le 14 - 04 - 2024", date(2024, 4, 14), ""),
    ("fr", "Publié le 14 avril 2024 à 10h32", datetime(2024, 4, 14, 10, 32), ""),
    ("fr", "Mis à jour le 10/04/2024 à 14:48", datetime(2024, 4, 10, 14, 48), "updated"),
    ("fr", "Publié le mardi 9 avril 2024", date(2024, 4, 9), ""),
    ("fr", "Par Jean Dupont | Publié le 1er avril 2024 à 8 h 05", datetime(2024, 4, 1, 8, 5), ""),
    ("en", "Published 9 April 2024", date(2024, 4, 9), ""),
    ("en", "Published: April 9, 2024 10:32 am", datetime(2024, 4, 9, 10, 32), ""),
    ("en", "Updated April 10, 2024", date(2024, 4, 10), "updated"),
    ("en", "By Jane Doe, published on Tuesday, April 9, 2024 at 2:48 pm", datetime(2024, 4, 9, 14, 48), ""),
    ("es", "Publicado el 9 de abril de 2024", date(2024, 4, 9), ""),
    ("es", "Actualizado el 10/04/2024", date(2024, 4, 10), "updated"),
    ("es", "Por María López, publicado el martes, 9 de abril de 2024 a las 10:32", datetime(2024, 4, 9, 10, 32), ""),
]


@pytest.mark.parametrize(("lang", "byline", "expected", "kind"), BYLINES)
def test_byline_forms(lang, byline, expected, kind):
    value, source = infer(article(lang, byline), lang)
    assert value == expected and type(value) is type(expected)
    label = "byline (updated)" if kind else "byline"
    assert source.startswith(f"{label} '") and byline.endswith(source[len(label) + 2 : -1])


def test_byline_source_quotes_the_byline():
    assert infer(article("fr", "Publié le 14 avril 2024 à 10h32"), "fr")[1] == "byline 'Publié le 14 avril 2024 à 10h32'"
    assert infer(article("en", "By Jane Doe | Updated April 10, 2024"), "en")[1] == "byline (updated) 'Updated April 10, 2024'"


def test_byline_after_front_matter():
    text = "---\nsource: Albayane\n---\n" + article("fr", "Publié le 14 avril 2024")
    body_start = text.index("Microsoft")
    assert find_byline(text, body_start, load_vocab("fr")) == (date(2024, 4, 14), "byline 'Publié le 14 avril 2024'")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le rapport de l'Insee, publié le 9 avril 2024, montre que l'inflation a reculé à 2,3 % sur un an."),
        ("fr", "Publié le 9 avril 2024, le rapport de l'Insee montre que l'inflation a reculé à 2,3 % sur un an."),
        ("fr", "Selon le document mis à jour le 10/04/2024 à 14:48, la dette atteint 110 % du PIB."),
        ("fr", "Le rapport a été publié le 9 avril 2024."),
        ("en", "The report, published on 9 April 2024, shows that inflation eased to 2.3% over the year."),
        ("en", "Figures updated April 10, 2024 show unemployment at 3.8%."),
        ("es", "El informe, publicado el 9 de abril de 2024, muestra que la inflación bajó al 2,3 %."),
    ],
)
def test_byline_phrase_inside_a_sentence_is_not_taken(lang, sentence):
    head, body = ARTICLES[lang]
    assert infer(head + body + sentence + "\n" + body, lang) is None
    assert infer(head + sentence + "\n" + body, lang) is None


def test_published_wins_over_updated_on_one_line():
    text = article("fr", "Publié le 9 avril 2024 à 10h32, mis à jour le 10 avril 2024 à 14h48")
    assert infer(text, "fr") == (datetime(2024, 4, 9, 10, 32), "byline 'Publié le 9 avril 2024 à 10h32'")


def test_published_wins_over_an_earlier_updated_line():
    text = article("en", "Updated April 10, 2024 8:00 am\nPublished April 9, 2024 10:32 am")
    assert infer(text, "en") == (datetime(2024, 4, 9, 10, 32), "byline 'Published April 9, 2024 10:32 am'")


def test_updated_alone_is_used_and_labelled():
    value, source = infer(article("es", "Actualizado el 10/04/2024"), "es")
    assert value == date(2024, 4, 10)
    assert source.startswith("byline (updated) ")


def test_byline_wins_over_comments_and_weekdays():
    text = article("fr", "Publié le 14 avril 2024") + "Microsoft a annoncé ce mardi un plan.\n\nCommentaires 1\nle 10/04/2024 à 11:40\nSignaler\n"
    assert infer(text, "fr")[0] == date(2024, 4, 14)


# --------------------------------------------------------------------------
# Inference from reader comments and "ce <weekday>"
# --------------------------------------------------------------------------

FR_COMMENTS = (
    "\n(Avec AFP)\n\nCommentaires 2\n"
    "Alain à écrit le 11/04/2024 à 14:48\nSignaler\nPourquoi pas en France ?\n\n"
    "le 10/04/2024 à 11:40\nSignaler\nIl serait temps ce lundi de s'y mettre.\n"
)


def test_comments_only_give_an_upper_bound():
    text = FR_HEAD + FR_BODY + FR_COMMENTS
    assert infer(text, "fr") == (date(2024, 4, 10), "inferred: on or before the earliest reader comment (2024-04-10 11:40)")


def test_ce_mardi_with_comments_fr():
    text = FR_HEAD + "Microsoft a annoncé ce mardi qu'il allait investir 2,9 milliards de dollars au Japon.\n" + FR_BODY + FR_COMMENTS
    assert infer(text, "fr") == (date(2024, 4, 9), "inferred: 'ce mardi' → 2024-04-09, before the earliest reader comment (2024-04-10 11:40)")


def test_past_tense_weekday_beats_a_later_future_one():
    # "ce mercredi" (the visit, still to come) fits the week but the announcement, in the past, was on Tuesday.
    text = (
        FR_HEAD + "Microsoft a annoncé ce mardi un investissement record.\n"
        "Fumio Kishida est attendu ce mercredi à Washington.\n" + FR_BODY + FR_COMMENTS
    )
    assert infer(text, "fr")[0] == date(2024, 4, 9)


def test_without_past_tense_the_latest_weekday_not_after_the_bound():
    text = FR_HEAD + "Le Premier ministre se rend ce lundi à Washington, puis ce vendredi à New York.\n" + FR_BODY + FR_COMMENTS
    assert infer(text, "fr") == (date(2024, 4, 8), "inferred: 'ce lundi' → 2024-04-08, before the earliest reader comment (2024-04-10 11:40)")


def test_past_weekday_after_the_bound_moves_to_the_week_before():
    comments = "\nCommentaires 1\nle 15/04/2024 à 08:05\nSignaler\nEnfin !\n"  # a Monday
    text = FR_HEAD + "Microsoft a annoncé ce mardi un investissement record.\n" + FR_BODY + comments
    assert infer(text, "fr")[0] == date(2024, 4, 9)


def test_weekday_in_comments_is_ignored():
    # The only "ce lundi" of FR_COMMENTS lies in a comment: the result is the bare bound, not 2024-04-08.
    assert infer(FR_HEAD + FR_BODY + FR_COMMENTS, "fr")[1].startswith("inferred: on or before")


def test_this_tuesday_with_comments_en():
    text = (
        EN_HEAD + "Microsoft announced this Tuesday that it would invest $2.9 billion in Japan.\n" + EN_BODY
        + "\nComments (2)\nJane Doe says:\nApril 10, 2024 at 9:15 am\nGreat news for Japan.\n"
        + "Bob says:\nApril 10, 2024 at 4:02 pm\nAbout time.\n"
    )
    assert infer(text, "en") == (date(2024, 4, 9), "inferred: 'this Tuesday' → 2024-04-09, before the earliest reader comment (2024-04-10 09:15)")


def test_este_martes_with_comments_es():
    text = (
        ES_HEAD + "Microsoft anunció este martes que invertirá 2.900 millones de dólares en Japón.\n" + ES_BODY
        + "\nComentarios (1)\nJuan Pérez dice:\n10/04/2024 a las 11:40\nBuena noticia.\n"
    )
    assert infer(text, "es") == (date(2024, 4, 9), "inferred: 'este martes' → 2024-04-09, before the earliest reader comment (2024-04-10 11:40)")


def test_no_byline_and_no_comments_gives_none():
    text = FR_HEAD + "Microsoft a annoncé ce mardi un investissement record.\n" + FR_BODY
    assert infer(text, "fr") is None


# --------------------------------------------------------------------------
# Language detection
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_detect_language(lang):
    head, body = ARTICLES[lang]
    code, probability = detect_language(head + body, available_languages())
    assert code == lang and probability > 0.9


@pytest.mark.parametrize("text", ["", "   \n\n", "12 345 678 90 2024 14:48 3,5 % 10/04/2024", "Oui."])
def test_detect_language_needs_letters(text):
    assert detect_language(text, ["fr", "en", "es"]) is None


def test_detect_language_ignores_unknown_codes():
    assert detect_language(EN_HEAD + EN_BODY, ["en", "xx-not-a-language"])[0] == "en"
    assert detect_language(EN_HEAD + EN_BODY, ["xx-not-a-language"]) is None


# --------------------------------------------------------------------------
# Hooks
# --------------------------------------------------------------------------


def test_detect_language_hook():
    version = factcheck.Version(path="es.txt", text=ES_HEAD + ES_BODY)
    code, source = factcheck_detect_language(version=version, config=FakeConfig())
    assert code == "es"
    assert source.startswith("detected (p=") and source.endswith(")")


def test_detect_language_hook_empty():
    assert factcheck_detect_language(version=factcheck.Version(path="e.txt", text="---\n---\n", body_start=8), config=FakeConfig()) is None


def test_infer_published_hook_on_seed():
    version = factcheck.Version(path="004.txt", text=SEED_004.read_text(encoding="utf-8"), lang="fr")
    assert factcheck_infer_published(version=version, config=FakeConfig())[0] == date(2024, 4, 9)


def test_infer_published_hook_reads_the_body_only():
    front = "---\ntitle: Publié le 1er janvier 2020\n---\n"
    text = front + article("en", "Published 9 April 2024")
    version = factcheck.Version(path="a.md", text=text, body_start=len(front), lang="en")
    assert factcheck_infer_published(version=version, config=FakeConfig())[0] == date(2024, 4, 9)


def test_infer_published_hook_without_language():
    version = factcheck.Version(path="a.txt", text=article("en", "Published 9 April 2024"))
    assert factcheck_infer_published(version=version, config=FakeConfig()) is None
