"""Event grouping: independent reports of one event join, whatever their language; other events stay apart."""

from __future__ import annotations

import pytest

from factcheck import Version
from factcheck._events import YEAR_WEIGHT, features, figure_feature
from factcheck._grouping import group

# Three outlets, three languages, no sentence in common: one event (a made-up flood in a made-up valley).
FLOOD_FR = """\
Inondations dans la vallée de Borsenta : le bilan monte à 143 morts

Le bilan des inondations qui frappent la vallée de Borsenta, dans le nord de la Lusitanie, s'élève désormais
à 143 morts et 2.318 sinistrés, a annoncé jeudi le gouverneur Tomás Quaresmeira. Les secours fouillent encore
les villages de Valdemira et de Porto Ansel, où 37 personnes sont portées disparues.
"""
FLOOD_EN = """\
Borsenta valley floods: death toll climbs to 143

Floods in Lusitania's Borsenta valley have now killed 143 people, governor Tomás Quaresmeira told reporters on
Thursday, adding that 2,318 residents had lost their homes. Rescue teams were still searching Valdemira and
Porto Ansel, where 37 people remain missing after the river burst its banks.
"""
FLOOD_ES = """\
Las inundaciones en el valle de Borsenta dejan ya 143 muertos

El gobernador Tomás Quaresmeira elevó este jueves a 143 el número de muertos por las inundaciones en el valle
de Borsenta, donde 2.318 vecinos han perdido su vivienda. Los equipos de rescate buscan todavía a 37
desaparecidos en Valdemira y Porto Ansel.
"""
# The same kind of event, another place, other figures and names: another story.
OTHER_FLOOD_EN = """\
Floods in the Carvel delta leave 12 dead

Flash floods in the Carvel delta have killed 12 people and forced 860 families from their homes, the regional
emergency office said on Monday. Mayor Idris Halloran of Sennet Bay said the water had reached the town hall
for the first time since records began, and schools would stay closed until Friday.
"""


def v(path: str, text: str, lang: str) -> Version:
    return Version(path=path, text=text, lang=lang)


def test_reports_of_one_event_in_three_languages_are_one_story_and_say_why() -> None:
    versions = [v("c/a.txt", FLOOD_FR, "fr"), v("c/b.txt", FLOOD_EN, "en"), v("c/c.txt", FLOOD_ES, "es"), v("c/d.txt", OTHER_FLOOD_EN, "en")]
    got = group(versions)
    assert [[x.path for x in g] for g in got] == [["c/a.txt", "c/b.txt", "c/c.txt"], ["c/d.txt"]]
    reason = got[0].reason
    assert reason.startswith("event (shared: ")
    assert "quaresmeira" in reason and "borsenta" in reason
    assert getattr(got[1], "reason", None) is None


def test_a_name_and_a_country_in_common_are_no_event_in_common() -> None:
    bridge = (
        "Un nouveau pont pour Miraflor\n\nLe gouverneur Tomás Quaresmeira a inauguré mardi le pont de Miraflor, long de 640 mètres, "
        "en présence de la ministre Inês Carvalhal et des maires de Sobreda et de Castro Lindo. L'ouvrage, financé à 70 % "
        "par la région, remplace le bac qui reliait les deux rives depuis 1954, et doit accueillir 9.500 véhicules par jour."
    )
    versions = [v("c/a.txt", FLOOD_FR, "fr"), v("c/b.txt", bridge, "fr")]
    assert len(group(versions)) == 2


@pytest.mark.parametrize(
    ("written", "feature"),
    [("1.301", "1301"), ("1,301", "1301"), ("1\u202f301", "1301"), ("7,4", "7.4"), ("7.4", "7.4"), ("0143", "143"), ("37", "37")],
)
def test_figures_are_one_feature_however_each_language_writes_them(written: str, feature: str) -> None:
    found = figure_feature(written)
    assert found is not None and found[0] == feature


def test_years_weigh_little_and_single_digits_nothing() -> None:
    assert figure_feature("2024") == ("2024", YEAR_WEIGHT)
    assert figure_feature("7") is None


def test_features_skip_sentence_openers_common_words_and_site_furniture() -> None:
    found = features("Le bilan s'alourdit. Selon Tomás Quaresmeira, la Lusitanie compte 143 morts.", "fr")
    assert "quaresmeira" in found and "=143" in found
    assert "le" not in found and "selon" not in found and "bilan" not in found
    from factcheck._events import block_keys

    text = "Tomás Quaresmeira visite Borsenta.\nFooter de Porto Ansel et Valdemira, 2.318 lecteurs."
    furniture = {k for k in block_keys("Footer de Porto Ansel et Valdemira, 2.318 lecteurs.")}
    kept = features(text, "fr", furniture)
    assert "quaresmeira" in kept and "valdemira" not in kept and "=2318" not in kept


def _naive_similarities(vectors, norms, langs):
    """Every pair of files, their shared features summed one by one: what the array index must agree with."""
    from factcheck._events import MIN_SHARED, _YEAR

    found = {}
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            shared = set(vectors[i]) & set(vectors[j])
            if sum(not f.startswith("#") for f in shared) < MIN_SHARED:
                continue
            which = 0 if langs[i] == langs[j] else 1
            dot = sum(vectors[i][f] * vectors[j][f] for f in shared)
            figure = any(f.startswith("=") and (len(f) > 3 or "." in f) and not _YEAR.fullmatch(f[1:]) for f in shared)
            found[(i, j)] = (dot / (norms[i][which] * norms[j][which]), figure)
    return found


@pytest.mark.parametrize("slice_pairs", [2_000_000, 10])
def test_the_feature_index_gives_the_cosine_of_every_pair_that_shares_enough(monkeypatch, slice_pairs: int) -> None:
    import random

    import factcheck._events as events
    from factcheck._events import _pair_similarities

    monkeypatch.setattr(events, "SLICE_PAIRS", slice_pairs)  # all pairs at once, or a few first files at a time

    rng = random.Random(7)
    pool = ["Quaresmeira", "Borsenta", "#PT", "#ES", "=143", "=2318", "=2024", "=37.5", "fr:inondations", "Valdemira", "Ansel"]
    vectors = [{f: rng.choice((1.0, 2.5, 4.0)) for f in rng.sample(pool, rng.randint(0, 7))} for _ in range(40)]
    norms = [(rng.uniform(5, 9), rng.uniform(3, 5)) for _ in vectors]
    langs = [rng.choice(("fr", "en")) for _ in vectors]
    got = _pair_similarities(vectors, norms, langs)
    expected = _naive_similarities(vectors, norms, langs)
    assert got.keys() == expected.keys() and len(got) > 20
    for pair, (cosine, figure) in expected.items():
        assert got[pair][0] == pytest.approx(cosine) and got[pair][1] == figure


def test_past_its_pair_budget_the_index_drops_the_features_found_in_most_files(monkeypatch) -> None:
    import factcheck._events as events

    # "Capitale" is in every file; each pair of files also shares three names of its own.
    vectors = [{"Capitale": 1.0} for _ in range(12)]
    for n in range(0, 12, 2):
        for name in ("Alpha", "Beta", "Gamma"):
            vectors[n][f"{name}{n}"] = vectors[n + 1][f"{name}{n}"] = 2.0
    norms, langs = [(1.0, 1.0)] * 12, ["fr"] * 12
    assert events._pair_similarities(vectors, norms, langs)[(0, 1)][0] == pytest.approx(13.0)
    monkeypatch.setattr(events, "PAIR_BUDGET_FLOOR", 0)
    monkeypatch.setattr(events, "PAIR_BUDGET", 2)  # 24 pairs for 12 files: 18 from the names, not 66 for "Capitale"
    found = events._pair_similarities(vectors, norms, langs)
    assert sorted(found) == [(n, n + 1) for n in range(0, 12, 2)]
    assert found[(0, 1)][0] == pytest.approx(12.0)


def test_a_sketch_weighs_features_as_the_text_does_once_furniture_is_known() -> None:
    from factcheck._events import bag, block_keys, read

    footer = "Abonnez-vous à la lettre de Valdemira Matin pour recevoir chaque matin les informations de la région.\n"
    text = FLOOD_FR + "\n" + footer
    reading = read(text, "fr")
    assert set(reading.block_keys.tolist()) == block_keys(text)
    furniture = block_keys(footer)
    assert bag(reading, furniture) == features(text, "fr", furniture) == features(FLOOD_FR, "fr")
    assert "valdemira" in {f.lower() for f in bag(reading)}
