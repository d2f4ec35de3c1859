"""Quantities in different units compare through quantulum3's unit catalog: feet and metres, mph and km/h."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

import factcheck
from factcheck._units import unit
from factcheck.testing import make_claim

LANG = Path(factcheck.__file__).parent / "lang"


def quantity(text: str, value: str, unit_id: str, version: str = "a.txt", **fields) -> factcheck.Claim:
    return make_claim(text, "quantity", value, unit=unit_id, version=version, **fields)


@pytest.mark.parametrize("lang", sorted(p.name for p in LANG.iterdir() if (p / "numbers.toml").is_file()))
def test_every_unit_of_every_language_has_a_dimension_and_a_size(lang):
    ids = tomllib.loads((LANG / lang / "numbers.toml").read_text(encoding="utf-8")).get("units", {})
    unknown = sorted(i for i in ids if unit(i) is None)
    assert not unknown, f"{lang}: no dimension for {unknown} (add English forms quantulum3 knows, or [made_of] in units.toml)"


@pytest.mark.parametrize("unit_id, dimension, size", [
    ("kilometer", "length", "1000"),
    ("foot", "length", "0.3048"),
    ("hectare", "area", "10000"),
    ("liter", "volume", "0.001"),
    ("kilometers_per_hour", "speed", str(Decimal(1000) / Decimal(3600))),
    ("megawatt_hour", "energy", "3.6E+9"),
    ("tonne", "mass", "1000"),
])
def test_catalog_units_have_their_dimension_and_si_size(unit_id, dimension, size):
    known = unit(unit_id)
    assert known is not None and known.dimension == dimension
    assert abs(known.factor - Decimal(size)) < Decimal("1e-9") * Decimal(size)


@pytest.mark.parametrize("a, b, meet", [
    (("948 pieds", "948", "foot"), ("289 m", "289", "meter"), True),
    (("948 pieds", "948", "foot"), ("300 m", "300", "meter"), False),
    (("140 mph", "140", "miles_per_hour"), ("226 km/h", "226", "kilometers_per_hour"), True),
    (("140 mph", "140", "miles_per_hour"), ("250 km/h", "250", "kilometers_per_hour"), False),
    (("1.6 miles", "1.6", "mile", {"extra": {"precision": Decimal("0.1")}}), ("2,6 km", "2.6", "kilometer", {"extra": {"precision": Decimal("0.1")}}), True),
    (("122 °F", "122", "fahrenheit"), ("50 °C", "50", "celsius"), True),
    (("100 °F", "100", "fahrenheit"), ("50 °C", "50", "celsius"), False),
])
def test_quantities_meet_in_si_with_the_rounding_of_the_written_digits(a, b, meet):
    first = quantity(*a[:3], **(a[3] if len(a) > 3 else {}))
    second = quantity(*b[:3], version="b.txt", **(b[3] if len(b) > 3 else {}))
    assert factcheck.values_meet(first, second) is meet
    assert factcheck.values_meet(second, first) is meet


def test_units_of_different_dimensions_are_not_converted():
    feet = quantity("50 feet", "50", "foot")
    kilos = quantity("50 kg", "50", "kilogram", version="b.txt")
    from factcheck._intervals import in_si

    assert in_si(feet, kilos) == (feet, kilos)
    assert unit("no-such-unit") is None


STORM = """\
    ---
    lang: {lang}
    published: 2024-10-09
    ---
    {title}

    {body}
    """


def test_a_wind_speed_in_mph_and_in_km_h_is_one_fact_and_a_wrong_conversion_is_flagged(run, write, tmp_path):
    write("c/storm/a.txt", STORM.format(lang="en", title="Hurricane Milton makes landfall in Florida",
                                        body="Hurricane Milton made landfall near Siesta Key with winds of 120 mph, the hurricane center said. The storm surge reached 10 feet."))
    write("c/storm/b.txt", STORM.format(lang="fr", title="L'ouragan Milton touche terre en Floride",
                                        body="L'ouragan Milton a touché terre près de Siesta Key avec des vents de 193 km/h, selon le centre des ouragans. L'onde de tempête a atteint 3 mètres."))
    clean = run("--format", "json", "--select", "FC103", tmp_path / "c")
    assert clean.status == 0 and clean.json()["findings"] == []
    write("c/storm/c.txt", STORM.format(lang="es", title="El huracán Milton toca tierra en Florida",
                                        body="El huracán Milton tocó tierra cerca de Siesta Key con vientos de 250 km/h, según el centro de huracanes. La marejada alcanzó 3 metros."))
    result = run("--format", "json", "--select", "FC103", tmp_path / "c")
    assert result.status == 1
    (finding,) = result.json()["findings"]
    assert finding["claims"][0]["text"] == "250 km/h" and finding["claims"][0]["version"].endswith("c.txt")
    assert {c["text"] for c in finding["claims"][1:]} == {"120 mph", "193 km/h"}
