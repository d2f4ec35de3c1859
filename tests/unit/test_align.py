"""Alignment constraints and bonuses on hand-made frames (the whole pipeline is in tests/rules/test_facts.py)."""

from __future__ import annotations

from datetime import date

from factcheck._align import Settings, cluster
from factcheck._frames import Frame
from factcheck.testing import make_claim

#: Words of two versions that share none: only the values' meeting can link their dates (see Settings.value_bonus).
A_WORDS = {"snap": 1.0, "parliament": 1.0, "merz": 1.0}
B_WORDS = {"coalition": 1.0, "easter": 1.0, "government": 1.0}


def _date(text: str, version: str, first: date, last: date, granularity: str):
    return make_claim(text, "date", None, version=version, start_date=first, end_date=last, granularity=granularity)


def _members(*claims_and_words):
    return [(c, Frame("date", words, words)) for c, words in claims_and_words]


def test_a_year_does_not_link_to_a_day_of_it_by_meeting() -> None:
    """"this year" meets every day of 2025; that says nothing of which event it dates."""
    day = _date("February 23", "a.txt", date(2025, 2, 23), date(2025, 2, 23), "day")
    year = _date("this year", "b.txt", date(2025, 1, 1), date(2025, 12, 31), "year")
    facts = cluster("date", "date", _members((day, A_WORDS), (year, B_WORDS)), {"a.txt": "en", "b.txt": "en"}, Settings())
    assert facts == []


def test_two_days_that_meet_still_link_by_meeting() -> None:
    day = _date("February 23", "a.txt", date(2025, 2, 23), date(2025, 2, 23), "day")
    same = _date("Sunday", "b.txt", date(2025, 2, 23), date(2025, 2, 23), "day")
    (fact,) = cluster("date", "date", _members((day, A_WORDS), (same, B_WORDS)), {"a.txt": "en", "b.txt": "en"}, Settings())
    assert {c.text for c in fact.claims} == {"February 23", "Sunday"}



PROFIT_WORDS = {"profit": 1.0, "inditex": 1.0, "record": 1.0}


def _money(text: str, version: str, value: float):
    return make_claim(text, "money", value, version=version, currency="EUR")


def _facts(*claims):
    members = [(c, Frame("", PROFIT_WORDS, PROFIT_WORDS)) for c in claims]
    return cluster("money", "", members, {c.version: "fr" for c in claims}, Settings())


def test_figures_far_apart_are_two_facts() -> None:
    """"4,8 milliards" and "0,50 euro" in the same words are a profit and a dividend, not one figure slipped."""
    assert _facts(_money("4,8 milliards d'euros", "a.txt", 4.8e9), _money("0,50 euro", "b.txt", 0.5)) == []


def test_the_same_digits_in_another_scale_stay_one_fact() -> None:
    """"36 millions" for "36 milliards" is a slipped scale: the contradiction the checker exists for."""
    (fact,) = _facts(_money("36 milliards d'euros", "a.txt", 36e9), _money("36 millions d'euros", "b.txt", 36e6))
    assert len(fact.claims) == 2
