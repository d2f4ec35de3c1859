"""FC203: a stated publication date against the text's own "ce mardi"."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.testing import make_claim, make_version, run_rule
from factcheck_rules.pubdates import check_pubdate_fits_text


def this_tuesday(day: date, version: str = "a.txt"):
    return make_claim("ce mardi", "date", version=version, start_date=day, end_date=day, relative=True,
                      extra={"form": "wd_mod", "modifier": "this"})


def test_byline_five_days_after_ce_mardi_is_flagged():
    version = make_version("a.txt", published=date(2024, 4, 14), published_source="byline 'Publié le 14 avril 2024'")
    (finding,) = run_rule(check_pubdate_fits_text, version=version, claims=(this_tuesday(date(2024, 4, 9)),)).findings
    assert finding.severity == "warning" and "that is Tuesday 9 April 2024" in finding.message and "byline" in finding.message


def test_same_or_next_day_is_fine():
    version = make_version("a.txt", published=date(2024, 4, 10), published_source="front matter")
    assert run_rule(check_pubdate_fits_text, version=version, claims=(this_tuesday(date(2024, 4, 9)),)).outcome == "passed"


def test_inferred_dates_and_other_versions_claims_are_left_alone():
    inferred = make_version("a.txt", published=date(2024, 4, 14), published_source="inferred: …")
    assert run_rule(check_pubdate_fits_text, version=inferred, claims=(this_tuesday(date(2024, 4, 9)),)).outcome == "passed"
    stated = make_version("a.txt", published=date(2024, 4, 14), published_source="front matter")
    other = this_tuesday(date(2024, 4, 9), version="b.txt")
    assert run_rule(check_pubdate_fits_text, version=stated, claims=(other,)).outcome == "passed"


def test_end_to_end_on_a_copy_with_a_wrong_byline(run, write, tmp_path):
    write("c/s/a.txt", "---\npublished: 2024-04-14\nlang: fr\n---\nMicrosoft a annoncé ce mardi un investissement au Japon.\n")
    doc = run("--format", "json", tmp_path / "c").json()
    assert [f["code"] for f in doc["findings"]] == ["FC203"]


def test_fc202_on_open_ranges_names_their_start_instead_of_raising():
    """"à partir de jeudi" has no day interval, only a start: the stale-copy message says so."""
    from factcheck.testing import make_fact
    from factcheck_rules.pubdates import check_relative_dates_fit_pubdate

    def from_thursday(day: date, published: date, version: str):
        return make_claim("à partir de jeudi", "date", version=version, start_date=day, end_date=None, relative=True,
                          reference=published, extra={"form": "weekday", "mod": "since"})

    fact = make_fact(from_thursday(date(2024, 4, 11), date(2024, 4, 10), "a.txt"), from_thursday(date(2024, 4, 18), date(2024, 4, 15), "b.txt"))
    report = run_rule(check_relative_dates_fit_pubdate, fact=fact)
    assert report.outcome == "failed", report.longrepr
    (finding,) = report.findings
    assert "is from Thursday 11 April 2024)" in finding.message and "it means from Thursday 18 April 2024" in finding.message


def test_fc202_reports_every_stale_copy_of_a_fact_once():
    """Many republished copies keeping "mercredi" make one finding against the first version, not one per pair."""
    from factcheck.testing import make_fact
    from factcheck_rules.pubdates import check_relative_dates_fit_pubdate

    def wednesday(published: date, version: str):
        day = date(2024, 4, 10) if published <= date(2024, 4, 10) else date(2024, 4, 17)
        return make_claim("mercredi", "date", version=version, start_date=day, end_date=day, relative=True,
                          reference=published, extra={"form": "weekday"})

    copies = [wednesday(date(2024, 4, 10), "v0.txt")] + [wednesday(date(2024, 4, 14), f"v{n}.txt") for n in range(1, 7)]
    report = run_rule(check_relative_dates_fit_pubdate, fact=make_fact(*copies))
    (finding,) = report.findings
    assert finding.message.startswith("6 versions published after Wednesday 10 April 2024 (v1.txt, v2.txt, v3.txt, v4.txt and 2 more)")
    assert [c.version for c in finding.claims] == ["v1.txt", "v2.txt", "v3.txt", "v4.txt", "v5.txt", "v6.txt", "v0.txt"]


@pytest.mark.parametrize(
    ("later", "flagged"),
    [
        (date(2024, 3, 25), False),  # "Friday" in Monday's copy: the past Friday, as news names it
        (date(2024, 3, 27), True),   # five days on, "Friday" could as well be the coming one
    ],
)
def test_fc202_leaves_a_weekday_of_the_last_three_days_alone(later: date, flagged: bool):
    from factcheck.testing import make_fact
    from factcheck_rules.pubdates import check_relative_dates_fit_pubdate

    friday = date(2024, 3, 22)

    def said_friday(published: date, version: str, ambiguous: bool):
        return make_claim("vendredi", "date", version=version, start_date=friday, end_date=friday, relative=True,
                          reference=published, extra={"form": "weekday", "ambiguous": ambiguous})

    fact = make_fact(said_friday(date(2024, 3, 23), "a.txt", False), said_friday(later, "b.txt", True))
    report = run_rule(check_relative_dates_fit_pubdate, fact=fact)
    assert bool(report.findings) is flagged


def test_days_are_spoken_with_their_weekday_and_never_in_nested_parentheses():
    from factcheck_rules._dating import spoken_days

    assert spoken_days(date(2024, 4, 9), date(2024, 4, 9)) == "Tuesday 9 April 2024"
    assert spoken_days(date(2024, 4, 1), date(2024, 4, 7)) == "Monday 1 to Sunday 7 April 2024"
    assert spoken_days(date(2024, 3, 30), date(2024, 4, 2)) == "Saturday 30 March to Tuesday 2 April 2024"
    assert spoken_days(date(2023, 12, 30), date(2024, 1, 2)) == "Saturday 30 December 2023 to Tuesday 2 January 2024"
    assert spoken_days(date(2024, 4, 1), date(2024, 4, 30)) == "April 2024"
    assert spoken_days(date(2023, 1, 1), date(2023, 12, 31)) == "2023"
    assert spoken_days(date(2024, 4, 11), None) == "from Thursday 11 April 2024"
