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
