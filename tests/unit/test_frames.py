"""What a count measures: its counted noun's concept, shared by all six languages, so that versions in
different languages can state one fact."""

from __future__ import annotations

import pytest

from factcheck._frames import Lexicon, compatible_measures
from factcheck._vocab import load_vocab
from factcheck.testing import make_claim

#: Counted nouns of news of any event, as each language writes them (plural, as counted).
SAME = [
    ("@crew", {"en": "crew", "fr": "équipage", "es": "tripulantes", "pt": "tripulantes", "de": "besatzungsmitglieder", "it": "equipaggio"}),
    ("@firefighter", {"en": "firefighters", "fr": "pompiers", "es": "bomberos", "pt": "bombeiros", "de": "feuerwehrleute", "it": "pompieri"}),
    ("@police", {"en": "policemen", "fr": "policiers", "es": "policías", "pt": "policiais", "de": "polizisten", "it": "poliziotti"}),
    ("@woman", {"en": "women", "fr": "femmes", "es": "mujeres", "pt": "mulheres", "de": "frauen", "it": "donne"}),
    ("@flight", {"en": "flights", "fr": "vols", "es": "vuelos", "pt": "voos", "de": "flüge", "it": "voli"}),
    ("@migrant", {"en": "migrants", "fr": "migrants", "es": "migrantes", "pt": "migrantes", "de": "migranten", "it": "migranti"}),
    ("@hostage", {"en": "hostages", "fr": "otages", "es": "rehenes", "pt": "reféns", "de": "geiseln", "it": "ostaggi"}),
    ("@arrested", {"en": "detainees", "fr": "détenus", "es": "detenidos", "pt": "detidos", "de": "festgenommene", "it": "arrestati"}),
    ("@seat", {"en": "lawmakers", "fr": "députés", "es": "diputados", "pt": "parlamentares", "de": "abgeordnete", "it": "deputati"}),
]


@pytest.mark.parametrize(("concept", "forms"), SAME, ids=[c for c, _ in SAME])
def test_one_counted_noun_measures_one_concept_in_every_language(concept: str, forms: dict[str, str]) -> None:
    for lang, noun in forms.items():
        assert Lexicon(lang, load_vocab(lang)).measure(make_claim(f"12 {noun}", value=12, unit=noun)) == concept, lang


@pytest.mark.parametrize(
    ("lang", "noun", "not_concept"),
    [
        ("fr", "élevés", "@student"),  # "élèves" without accents: the stem would take "élevé" (high)
        ("fr", "équipements", "@team"),  # "équipe*" would take equipment
        ("it", "negoziati", "@store"),  # "negozi*" would take negotiations
        ("en", "familiar", "@family"),
    ],
)
def test_a_concept_stem_leaves_unrelated_words_alone(lang: str, noun: str, not_concept: str) -> None:
    assert Lexicon(lang, load_vocab(lang)).measure(make_claim(f"12 {noun}", value=12, unit=noun)) != not_concept


@pytest.mark.parametrize(("lang", "first", "second"), [("en", "crew", "passengers"), ("fr", "députés", "électeurs")])
def test_counts_of_two_named_groups_never_state_one_fact(lang: str, first: str, second: str) -> None:
    lexicon = Lexicon(lang, load_vocab(lang))
    a, b = (lexicon.measure(make_claim(f"12 {n}", value=12, unit=n)) for n in (first, second))
    assert not compatible_measures(a, b)


@pytest.mark.parametrize(("lang", "members", "seats"), [("en", "MPs", "seats"), ("fr", "députés", "sièges"), ("es", "diputados", "escaños"),
                                                         ("de", "Abgeordnete", "Sitze"), ("it", "deputati", "seggi")])
def test_members_of_a_chamber_count_its_seats(lang: str, members: str, seats: str) -> None:
    """"With 71 MPs" and "with 71 seats" state one result (``[counted_as]`` in measures.toml); a member
    named outside a count ("the MPs voted") keeps its own concept."""
    lexicon = Lexicon(lang, load_vocab(lang))
    a, b = (lexicon.measure(make_claim(f"71 {n}", value=71, unit=n)) for n in (members, seats))
    assert a == b == "@seat"
    assert lexicon.token(members) != lexicon.token(seats)


@pytest.mark.parametrize(("lang", "verb", "state"), [("es", "murieron", "@dead"), ("pt", "morreram", "@dead"), ("it", "morirono", "@dead"),
                                                     ("fr", "décédées", "@dead"), ("de", "starben", "@dead"), ("es", "hirió", "@injured"),
                                                     ("de", "verletzen", "@injured")])
def test_a_verb_of_dying_or_wounding_names_the_state_a_count_of_people_counts(lang: str, verb: str, state: str) -> None:
    """"100 personas murieron" counts the dead, as "100 muertos" does."""
    assert Lexicon(lang, load_vocab(lang)).token(verb)[0] == state


@pytest.mark.parametrize(
    ("lang", "text", "token"),
    [
        ("en", "Saudi Arabia said 1,301 pilgrims died", "#SA"),
        ("es", "Arabia Saudita informó de 1.301 muertos", "#SA"),
        ("it", "negli Stati Uniti sono stati creati 254.000 posti", "#US"),
        ("pt", "o Reino Unido votou", "#GB"),
        ("fr", "un chiffre d'affaires de 35,9 milliards", "@revenue"),
        ("it", "254.000 posti di lavoro in più", "@job"),
    ],
)
def test_a_country_name_or_a_concept_of_several_words_is_one_token(lang: str, text: str, token: str) -> None:
    from factcheck._frames import _WORD

    lexicon = Lexicon(lang, load_vocab(lang))
    words = [m.group() for m in _WORD.finditer(text)]
    tokens = lexicon.phrase_tokens(words, [lexicon.token(word) for word in words])
    hits = [t[0] for t in tokens if t is not None]
    assert token in hits
    first = next(k for k, t in enumerate(tokens) if t is not None and t[0] == token)
    assert tokens[first + 1] is None  # the phrase's other words carry nothing of their own
