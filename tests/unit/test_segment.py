"""The segment stage: zones and sentences on the seeds and on English and Spanish pages."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import factcheck._segment as segment_module
from factcheck import ARTICLE_ZONES, Document, Version
from factcheck._plugins import PluginManager
from factcheck._segment import segment
from factcheck._vocab import load_vocab

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED_000 = "000_ce85fb04032088a1.txt"
SEED_004 = "004_ce2dd08aa2f079df.txt"


def _doc(text: str, lang: str = "fr", body_start: int = 0) -> Document:
    return segment(Version(path="x.txt", text=text, lang=lang, body_start=body_start), load_vocab(lang))


@pytest.fixture(scope="module")
def doc000() -> Document:
    return _doc((CORPUS / SEED_000).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc004() -> Document:
    return _doc((CORPUS / SEED_004).read_text(encoding="utf-8"))


def span(doc: Document, needle: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the ``nth`` occurrence of ``needle`` in the document's text."""
    start = -1
    for _ in range(nth + 1):
        start = doc.version.text.index(needle, start + 1)
    return start, start + len(needle)


def kinds_over(doc: Document, start: int, end: int) -> set[str]:
    """Every zone kind that overlaps ``[start, end)``."""
    return {z.kind for z in doc.zones if z.start < end and start < z.end}


def zone_of(doc: Document, needle: str, nth: int = 0) -> set[str]:
    return kinds_over(doc, *span(doc, needle, nth))


def check_invariants(doc: Document) -> None:
    text = doc.version.text
    assert doc.zones[0].start == 0 and doc.zones[-1].end == len(text)
    for a, b in zip(doc.zones, doc.zones[1:]):
        assert a.end == b.start and a.start < a.end
    for s in doc.sentences:
        assert s.text == text[s.start : s.end] == s.text.strip() and s.text
        assert "\n" not in s.text
        assert doc.zone_at(s.start) == s.zone == doc.zone_at(s.end - 1)
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start


# --------------------------------------------------------------------------
# Seed 000: a 4,400-char header of unrelated headlines, widget text, a byline
# --------------------------------------------------------------------------


def test_seed_000_invariants(doc000: Document) -> None:
    check_invariants(doc000)


def test_seed_000_headline_list_is_not_article(doc000: Document) -> None:
    assert not kinds_over(doc000, 0, 4413) & ARTICLE_ZONES
    assert kinds_over(doc000, 0, 4285) == {"furniture"}
    assert not [s for s in doc000.sentences if s.start < 4413 and s.zone in ARTICLE_ZONES]


@pytest.mark.parametrize(
    "needle",
    [
        "Merci d'avoir signalé!",
        "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
        "Cliquez ici pour lire l'article depuis sa source.",
    ],
)
def test_seed_000_widget_text_is_furniture(doc000: Document, needle: str) -> None:
    assert zone_of(doc000, needle) == {"furniture"}


def test_seed_000_headline_byline_lede(doc000: Document) -> None:
    headline = [z for z in doc000.zones if z.kind == "headline"]
    assert len(headline) == 1
    assert doc000.version.text[headline[0].start : headline[0].end].strip() == "Microsoft veut doper l'IA au Japon"
    assert zone_of(doc000, "Publié dans Albayane le 14 - 04 - 2024") == {"byline"}
    assert zone_of(doc000, "Microsoft a annoncé qu'il allait investir 2,9 milliards") == {"lede"}
    assert zone_of(doc000, "Cet engagement coïncide avec la visite d'Etat") == {"body"}


def test_seed_000_every_paragraph_is_article(doc000: Document) -> None:
    start = span(doc000, "Microsoft a annoncé qu'il allait investir")[0]
    end = span(doc000, "confirmé qu'il comptait en bâtir une deuxième sur place.")[1]
    assert kinds_over(doc000, start, end) == {"lede", "body"}
    # A two-sentence quote stays with its attribution.
    sentence = doc000.sentence_at(span(doc000, "« L'éventail des menaces")[0])
    assert sentence is not None and sentence.zone == "body"
    assert "Nous le constatons" in sentence.text and "a déclaré Brad Smith" in sentence.text


def test_seed_000_claims_in_gold_are_in_article_zones(doc000: Document) -> None:
    # Offsets from gold.json: "la semaine dernière" and "mercredi".
    assert doc000.version.text[6090:6109] == "la semaine dernière"
    assert doc000.zone_at(6090) == "body" and doc000.zone_at(4843) == "body"


# --------------------------------------------------------------------------
# Seed 004: standfirst, photo caption, related links, sub-headings, comments
# --------------------------------------------------------------------------


def test_seed_004_invariants(doc004: Document) -> None:
    check_invariants(doc004)


def test_seed_004_headline_and_lede(doc004: Document) -> None:
    first_line = doc004.version.text.split("\n", 1)[0]
    assert doc004.zones[0].kind == "headline"
    assert doc004.version.text[doc004.zones[0].start : doc004.zones[0].end].strip() == first_line
    assert zone_of(doc004, "Dans la course à l'IA, le Japon tente de rattraper son retard.") == {"lede"}
    assert zone_of(doc004, "Bonne nouvelle pour le Japon.") == {"body"}


def test_seed_004_comments_to_the_end(doc004: Document) -> None:
    start = span(doc004, "Commentaires 4")[0]
    assert doc004.zone_at(start) == "comments"
    assert kinds_over(doc004, start, len(doc004.version.text)) <= {"comments", "furniture"}
    assert zone_of(doc004, "à écrit le 10/04/2024 à 14:48") == {"comments"}
    assert zone_of(doc004, "Pourquoi microsoft ne cherche pas") == {"comments"}
    assert zone_of(doc004, "Votre email ne sera pas affiché publiquement.") == {"furniture"}
    assert zone_of(doc004, "Signaler", nth=2) == {"furniture"}
    assert doc004.zone_at(start - 2) != "comments"


def test_seed_004_related_lines(doc004: Document) -> None:
    lines = [line for line in doc004.version.text.split("\n") if line.startswith("Lire aussi")]
    assert len(lines) == 3
    for line in lines:
        assert zone_of(doc004, line) == {"related"}


def test_seed_004_caption_and_credit(doc004: Document) -> None:
    credit = span(doc004, "(Crédits : Aly Song)")
    assert kinds_over(doc004, *credit) == {"caption"}
    sentence = doc004.sentence_at(credit[0] - 3)
    assert sentence is not None and sentence.zone == "caption"
    assert sentence.text.startswith("Microsoft a annoncé ce mardi")
    # The alt-text line the caption repeats is part of the image block, not the article.
    assert zone_of(doc004, "Microsoft a annoncé ce mardi", nth=0) == {"caption"}
    assert zone_of(doc004, "(Avec AFP)") == {"credit"}


@pytest.mark.parametrize(
    "heading",
    [
        "Fourniture de ressource et formation de travailleurs",
        "L'IA au secours du Japon",
        "Doper la production de semi-conducteurs",
        "Le Japon et les Etats-Unis de plus en plus proche",
    ],
)
def test_seed_004_subheadings_are_body(doc004: Document, heading: str) -> None:
    assert zone_of(doc004, heading) == {"body"}
    sentence = doc004.sentence_at(span(doc004, heading)[0])
    assert sentence is not None and sentence.text == heading


def test_seed_004_gold_spans_in_body(doc004: Document) -> None:
    assert doc004.version.text[5836:5847] == "ce mercredi"
    assert doc004.zone_at(2746) == "body" and doc004.zone_at(5836) == "body"


def test_seed_004_us_steel_not_split(doc004: Document) -> None:
    sentence = doc004.sentence_at(span(doc004, "U.S. Steel")[0])
    assert sentence is not None and sentence.text.endswith("Nippon Steel.")
    assert sentence.text.startswith("Le président américain Joe Biden")


# --------------------------------------------------------------------------
# English and Spanish pages with their own furniture
# --------------------------------------------------------------------------

ENGLISH = textwrap.dedent(
    """\
    Home   World   Business   Tech   Markets   Opinion   Sport   Culture   Travel   Video

    Microsoft to invest $2.9 billion in Japan AI push
    By Kiyoshi Takenaka and Mariko Katsumura
    Published April 9, 2024 at 10:12 am

    Microsoft will invest $2.9 billion over the next two years to expand its artificial intelligence and cloud infrastructure in Japan, the U.S. company said on Tuesday.
    The investment, the largest in Microsoft's 46-year history in Japan, comes as Prime Minister Fumio Kishida visits Washington. Mr. Kishida will meet President Joe Biden on Wednesday.
    Brad Smith, Microsoft's vice chair, speaks at a news conference in Tokyo. Photo: Reuters/Issei Kato
    Read more: Amazon to invest $4 billion in Anthropic
    Training three million workers
    Microsoft also said it would train three million people in Japan in AI skills over the next three years, and open its first Microsoft Research Asia lab in Tokyo.
    Relatedly, the U.S. and Japan announced two university partnerships backed by $110 million from private companies.
    Published figures show Japan's labour productivity is among the lowest in the OECD.
    "This is the largest single investment in our 46-year history in Japan," Smith said in a statement.
    Reporting by Kiyoshi Takenaka; Editing by Chang-Ran Kim
    Share this article
    Sign up for our daily newsletter
    Comments (2)
    Jane_D said on 10/04/2024 at 14:48
    Great news for Japan, but what about jobs at home?
    Report
    MarkT said on 10/04/2024 at 15:02
    Another $3 billion for chips. We'll see.
    Report
    Your email address will not be published. Required fields are marked *
    """
)

SPANISH = textwrap.dedent(
    """\
    Portada | Internacional | Economía | Tecnología | Deportes
    Última hora    Microsoft invertirá en Japón    El Banco de Japón sube los tipos    La bolsa de Tokio cierra en máximos    Nissan recorta su previsión

    Microsoft invertirá 2.900 millones de dólares en inteligencia artificial en Japón
    Por María José Sánchez
    Publicado el 10 abr 2024 a las 09:30

    Microsoft anunció este martes que invertirá 2.900 millones de dólares en los próximos dos años en Japón para reforzar la inteligencia artificial en el país, que va a la zaga en este sector.
    El primer ministro Fumio Kishida, de visita de Estado en EE.UU., se reunirá el miércoles con el presidente Joe Biden. El Sr. Kishida quiere que Japón sea una potencia de la IA.
    El presidente de Microsoft, Brad Smith, en Tokio. (Foto: EFE/Kimimasa Mayama)
    Leer más: Amazon invertirá 4.000 millones de dólares en Anthropic
    La compañía formará además en IA a tres millones de trabajadores japoneses durante los próximos tres años. ¿Por qué? Porque Japón sufre una grave escasez de mano de obra.
    Te puede interesarNvidia supera los 2 billones de dólares en bolsa
    Por otra parte, según Smith, se trata de «la mayor inversión de Microsoft en sus 46 años de historia en Japón».
    (Con información de EFE)
    Comentarios
    Pedro escribió el 10/04/2024 a las 11:40
    Ojalá invirtieran así en España.
    Denunciar
    Tu dirección de correo electrónico no será publicada.
    """
)


@pytest.fixture(scope="module")
def english() -> Document:
    return _doc(ENGLISH, "en")


@pytest.fixture(scope="module")
def spanish() -> Document:
    return _doc(SPANISH, "es")


def test_english_zones(english: Document) -> None:
    check_invariants(english)
    assert zone_of(english, "Home   World") == {"furniture"}
    assert zone_of(english, "Microsoft to invest $2.9 billion in Japan AI push") == {"headline"}
    assert zone_of(english, "By Kiyoshi Takenaka and Mariko Katsumura") == {"byline"}
    assert zone_of(english, "Published April 9, 2024 at 10:12 am") == {"byline"}
    assert zone_of(english, "Microsoft will invest $2.9 billion") == {"lede"}
    assert zone_of(english, "Mr. Kishida will meet") == {"body"}
    assert zone_of(english, "speaks at a news conference in Tokyo. Photo: Reuters/Issei Kato") == {"caption"}
    assert zone_of(english, "Read more: Amazon") == {"related"}
    assert zone_of(english, "Training three million workers") == {"body"}
    assert zone_of(english, "Relatedly, the U.S. and Japan") == {"body"}
    assert zone_of(english, "Published figures show") == {"body"}
    assert zone_of(english, "Reporting by Kiyoshi Takenaka") == {"credit"}
    assert zone_of(english, "Sign up for our daily newsletter") == {"furniture"}
    comments = span(english, "Comments (2)")[0]
    assert kinds_over(english, comments, len(ENGLISH)) <= {"comments", "furniture"}
    assert zone_of(english, "Another $3 billion for chips.") == {"comments"}


def test_english_sentences(english: Document) -> None:
    texts = [s.text for s in english.sentences if s.zone == "body"]
    assert "Mr. Kishida will meet President Joe Biden on Wednesday." in texts
    assert any(t.startswith("Relatedly, the U.S. and Japan announced") and t.endswith("companies.") for t in texts)
    assert [s.text for s in english.sentences if s.zone == "lede"] == [ENGLISH.split("\n")[6]]


def test_spanish_zones(spanish: Document) -> None:
    check_invariants(spanish)
    assert zone_of(spanish, "Portada | Internacional") == {"furniture"}
    assert zone_of(spanish, "Última hora") == {"furniture"}
    assert zone_of(spanish, "Microsoft invertirá 2.900 millones de dólares en inteligencia") == {"headline"}
    assert zone_of(spanish, "Por María José Sánchez") == {"byline"}
    assert zone_of(spanish, "Publicado el 10 abr 2024") == {"byline"}
    assert zone_of(spanish, "Microsoft anunció este martes") == {"lede"}
    assert zone_of(spanish, "(Foto: EFE/Kimimasa Mayama)") == {"caption"}
    assert zone_of(spanish, "Leer más: Amazon") == {"related"}
    assert zone_of(spanish, "Te puede interesarNvidia") == {"related"}
    assert zone_of(spanish, "Por otra parte, según Smith") == {"body"}
    assert zone_of(spanish, "(Con información de EFE)") == {"credit"}
    assert zone_of(spanish, "Ojalá invirtieran así en España.") == {"comments"}
    assert zone_of(spanish, "Tu dirección de correo electrónico") == {"furniture"}


def test_spanish_sentences(spanish: Document) -> None:
    texts = [s.text for s in spanish.sentences]
    assert "El Sr. Kishida quiere que Japón sea una potencia de la IA." in texts
    assert any(t.startswith("El primer ministro Fumio Kishida, de visita de Estado en EE.UU., se reunirá") for t in texts)
    assert "¿Por qué?" in texts and "Porque Japón sufre una grave escasez de mano de obra." in texts


# --------------------------------------------------------------------------
# Structure without marker words
# --------------------------------------------------------------------------


def test_dated_comment_headers_open_comments_without_marker() -> None:
    text = (
        "Le Japon mise sur l'IA\n\n"
        "Microsoft va investir 2,9 milliards de dollars au Japon au cours des deux prochaines années, a annoncé le groupe mardi.\n"
        "Le groupe formera trois millions de travailleurs japonais à l'intelligence artificielle.\n"
        "Paul a écrit le 10/04/2024 à 14:48\n"
        "Enfin une bonne nouvelle pour Tokyo.\n"
        "le 11/04/2024 à 8:47\n"
        "Trois millions, c'est beaucoup.\n"
    )
    doc = _doc(text)
    check_invariants(doc)
    assert zone_of(doc, "Le groupe formera trois millions") == {"body"}
    assert kinds_over(doc, span(doc, "Paul a écrit")[0], len(text)) == {"comments"}


def test_trailing_short_lines_are_furniture_and_leading_ones_too() -> None:
    text = (
        "Accueil > Économie > Tech\n"
        "Le Japon mise sur l'IA\n\n"
        "Microsoft va investir 2,9 milliards de dollars au Japon au cours des deux prochaines années, a annoncé le groupe mardi.\n"
        "Le groupe formera trois millions de travailleurs japonais.\n"
        "Tags Japon Microsoft\n"
    )
    doc = _doc(text)
    check_invariants(doc)
    assert zone_of(doc, "Le Japon mise sur l'IA") == {"headline"}
    assert zone_of(doc, "Tags Japon Microsoft") == {"furniture"}
    assert zone_of(doc, "Le groupe formera") == {"body"}
    assert zone_of(doc, "Accueil > Économie > Tech") == {"furniture"}


def test_front_matter_zone_and_no_headline() -> None:
    front = "---\npublished: 2024-04-10\nlang: fr\n---\n"
    body = "Microsoft va investir 2,9 milliards de dollars au Japon. Le Japon est en retard dans l'IA.\n"
    doc = _doc(front + body, body_start=len(front))
    check_invariants(doc)
    assert doc.zones[0].kind == "front_matter" and doc.zones[0].end == len(front)
    assert doc.zone_at(len(front)) == "lede"
    assert [s.text for s in doc.sentences] == [
        "Microsoft va investir 2,9 milliards de dollars au Japon.",
        "Le Japon est en retard dans l'IA.",
    ]


def test_unknown_language_falls_back_to_english_markers() -> None:
    text = "Microsoft plant KI-Offensive in Japan\n\nMicrosoft will invest heavily in Japan over the next two years, the company said.\nRead more: Amazon and Anthropic\n"
    doc = _doc(text, lang="xx")
    assert zone_of(doc, "Read more: Amazon") == {"related"}
    assert zone_of(doc, "Microsoft plant KI-Offensive in Japan") == {"headline"}


def test_empty_and_blank_text() -> None:
    assert _doc("").zones == () and _doc("").sentences == ()
    blank = _doc("\n\n  \n")
    check_invariants(blank)
    assert blank.sentences == ()


# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "MM. Biden et Kishida se sont rencontrés mercredi. Ils ont signé un accord.", 2),
        ("fr", "Le Dr. Smith a parlé. Puis il est parti.", 2),
        ("fr", "Le Pr. Martin a publié une étude. Elle porte sur l'IA.", 2),
        ("fr", "Les É.-U. ont annoncé 110 millions de dollars. Le Japon suit.", 2),
        ("fr", "La ville fut fondée en 52 av. J.-C. par les Romains. Elle a grandi.", 2),
        ("fr", "Les ventes ont chuté en janv. 2024 de 10%. Elles ont remonté en février.", 2),
        ("fr", "La visite de M. Kishida a eu lieu mercredi. Il a insisté sur l'IA.", 2),
        ("fr", "« L'éventail est plus compliqué. Nous le constatons avec la Chine », a déclaré Brad Smith. Puis il est parti.", 2),
        ("fr", "Il a dit : « Nous voulons rester ! » Puis il est parti.", 2),
        ("fr", "Le Japon investira 4.000 milliards de yens. Le 14.04.1990 fut un jour clé.", 2),
        ("fr", "Il y a des pommes, des poires, etc. Le reste est vendu.", 2),
        ("fr", "Une usine aux Etats-Unis... pour un montant colossal.", 1),
        ("en", "Mr. Smith met Mrs. Jones on Tuesday. They agreed on a $2.9 billion deal.", 2),
        ("en", "U.S. Steel will be sold to Nippon Steel. Biden opposes it.", 2),
        ("en", "The meeting is at 10 a.m. on Friday. It will last an hour.", 2),
        ("en", "Microsoft said it would invest $2.9 billion. \"This is our biggest investment,\" Smith said.", 2),
        ("es", "El Sr. García llegó el martes. La Sra. López lo recibió.", 2),
        ("es", "EE.UU. y Japón anunciaron dos acuerdos. El Dr. Pérez los celebró.", 2),
        ("es", "La ciudad fue fundada en el 52 a.C. por los romanos. Creció rápido.", 2),
    ],
)
def test_sentence_splitting(lang: str, text: str, expected: int) -> None:
    doc = _doc("Titre de la dépêche\n\n" + text + "\n", lang)
    sentences = [s for s in doc.sentences if s.zone != "headline"]
    assert len(sentences) == expected, [s.text for s in sentences]
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_newlines_are_boundaries_and_offsets_are_stripped() -> None:
    text = "Un titre sans point\n\n  Microsoft investit 2,9 milliards de dollars au Japon selon le groupe\u00a0\nLe Japon est ravi.\n"
    doc = _doc(text)
    check_invariants(doc)
    first = doc.sentences[1]
    assert first.text == "Microsoft investit 2,9 milliards de dollars au Japon selon le groupe"
    assert text[first.start - 2 : first.start] == "  "


# --------------------------------------------------------------------------
# The hook and speed
# --------------------------------------------------------------------------


def test_hook_through_plugin_manager() -> None:
    pm = PluginManager()
    pm.register(segment_module, name="segment")
    version = Version(path="004.txt", text=(CORPUS / SEED_004).read_text(encoding="utf-8"), lang="fr")
    doc = pm.hook.factcheck_segment(version=version, vocab=load_vocab("fr"), config=None)
    assert isinstance(doc, Document) and doc.version is version
    assert doc.zones[0].kind == "headline"


def test_hard_wrapped_paragraphs_are_classified_as_paragraphs() -> None:
    text = (
        "Le Japon mise sur l'intelligence artificielle\n\n"
        "Microsoft a annoncé mardi qu'il allait investir 2,9 milliards\n"
        "de dollars au cours des deux prochaines années au Japon afin\n"
        "de renforcer le développement de l'IA.\n\n"
        "Le groupe formera aussi trois millions de travailleurs\n"
        "japonais au cours des trois prochaines années\n"
        "dans tout le pays.\n"
    )
    doc = _doc(text)
    check_invariants(doc)
    assert zone_of(doc, "Le Japon mise sur l'intelligence artificielle") == {"headline"}
    assert zone_of(doc, "Microsoft a annoncé mardi") == {"lede"}
    assert zone_of(doc, "de dollars au cours des deux") == {"lede"}
    assert zone_of(doc, "japonais au cours des trois prochaines années") == {"body"}
    assert zone_of(doc, "dans tout le pays.") == {"body"}


def test_an_ordinal_before_an_ordinal_noun_ends_no_german_sentence() -> None:
    from factcheck._model import Version
    from factcheck._segment import segment
    from factcheck._vocab import load_vocab

    text = "Palmer glich in der 73. Minute aus. Der Index stieg auf 73. Die Anleger jubelten."
    doc = segment(Version(path="a.txt", text=text, lang="de"), load_vocab("de"))
    assert [text[s.start:s.end] for s in doc.sentences] == ["Palmer glich in der 73. Minute aus.", "Der Index stieg auf 73.", "Die Anleger jubelten."]


WIRE_EXCERPT = """\
Terremoto, il bilancio sale a 58 morti

(ANSA) - ROMA, 08 GEN - E' salito a 58 morti, 320
feriti e 40 dispersi il bilancio del terremoto che ha colpito la regione
la scorsa settimana, secondo la protezione civile.

I soccorritori continuano a cercare tra le macerie nonostante la neve e il freddo, mentre le scosse di assestamento proseguono.

Per i 12.000 sfollati nei centri di accoglienza mancano ancora acqua ed elettricità, secondo le autorità locali che chiedono aiuti al governo e alle regio
"""


def test_a_wire_dateline_opens_the_lede_and_is_no_end_credit() -> None:
    doc = _doc(WIRE_EXCERPT, "it")
    assert zone_of(doc, "(ANSA) - ROMA") == {"lede"}
    assert zone_of(_doc("Il testo dell'articolo finisce qui con una frase lunga abbastanza per essere prosa vera.\n\n(ANSA)\n", "it"), "(ANSA)") == {"credit"}


def test_a_long_last_paragraph_cut_off_mid_sentence_is_body() -> None:
    doc = _doc(WIRE_EXCERPT, "it")
    assert zone_of(doc, "Per i 12.000 sfollati") == {"body"}
    short = _doc(WIRE_EXCERPT.replace(WIRE_EXCERPT.splitlines()[-1], "Terremoto, le immagini della notte"), "it")
    assert zone_of(short, "Terremoto, le immagini") == {"furniture"}, "a short title-like last line is still a trailing link"
