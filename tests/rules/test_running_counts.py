"""Running counts: a later, higher toll is an update (info); a later, lower one a warning; same time, an error."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from factcheck.testing import make_claim, make_fact, make_version, run_rule
from factcheck_rules.counts import check_counts_agree, check_running_counts_move_forward

MORNING = make_version("morning.txt", published=datetime(2024, 10, 30, 9, 0))
EVENING = make_version("evening.txt", published=datetime(2024, 10, 30, 21, 0))
SAME_DAY = make_version("undated-time.txt", published=date(2024, 10, 30))


def toll(text, value, version):
    return make_claim(text, "count", value, unit="morts", version=version.path, extra={"running": True})


def test_later_higher_toll_is_an_info_update_not_an_error():
    pair = make_fact(toll("62 morts", 62, MORNING), toll("95 morts", 95, EVENING))
    versions = (MORNING, EVENING)
    assert run_rule(check_counts_agree, fact=pair, versions=versions).outcome == "passed"
    (finding,) = run_rule(check_running_counts_move_forward, fact=pair, versions=versions).findings
    assert finding.severity == "info" and finding.message.startswith("updated: '62 morts'")
    assert "2024-10-30T09:00:00" in finding.message and "2024-10-30T21:00:00" in finding.message


def test_later_lower_toll_is_a_warning():
    pair = make_fact(toll("95 morts", 95, MORNING), toll("62 morts", 62, EVENING))
    (finding,) = run_rule(check_running_counts_move_forward, fact=pair, versions=(MORNING, EVENING)).findings
    assert finding.severity == "warning" and "goes backwards" in finding.message


def test_same_time_is_an_error():
    other = make_version("other.txt", published=datetime(2024, 10, 30, 9, 0))
    pair = make_fact(toll("62 morts", 62, MORNING), toll("95 morts", 95, other))
    assert run_rule(check_counts_agree, fact=pair, versions=(MORNING, other)).outcome == "failed"
    assert not run_rule(check_running_counts_move_forward, fact=pair, versions=(MORNING, other)).findings


def test_a_bare_date_cannot_be_ordered_within_its_day():
    pair = make_fact(toll("62 morts", 62, MORNING), toll("95 morts", 95, SAME_DAY))
    assert run_rule(check_counts_agree, fact=pair, versions=(MORNING, SAME_DAY)).outcome == "failed"


def test_counts_that_are_not_running_stay_errors_across_times():
    a = make_claim("trois millions de travailleurs", "count", 3_000_000, unit="travailleurs", version=MORNING.path)
    b = make_claim("deux millions de travailleurs", "count", 2_000_000, unit="travailleurs", version=EVENING.path)
    assert run_rule(check_counts_agree, fact=make_fact(a, b), versions=(MORNING, EVENING)).outcome == "failed"


def test_precision_written_with_decimals_is_a_rounding():
    a = make_claim("51,5 %", "percent", "51.5", extra={"precision": Decimal("0.1")})
    b = make_claim("51,49 %", "percent", "51.49", version="b.txt", extra={"precision": Decimal("0.01")})
    c = make_claim("51,6 %", "percent", "51.6", version="c.txt", extra={"precision": Decimal("0.1")})
    from factcheck import values_meet

    assert values_meet(a, b) and not values_meet(a, c)
    assert not values_meet(make_claim("110 morts", value=110), make_claim("112 morts", value=112, version="b.txt"))


def test_a_whole_percentage_holds_what_rounds_to_it_but_a_whole_count_does_not():
    from factcheck import values_meet

    whole = make_claim("34 %", "percent", 34)
    assert values_meet(whole, make_claim("33,7 %", "percent", "33.7", version="b.txt", extra={"precision": Decimal("0.1")}))
    assert not values_meet(whole, make_claim("33,4 %", "percent", "33.4", version="b.txt", extra={"precision": Decimal("0.1")}))
    assert not values_meet(whole, make_claim("35 %", "percent", 35, version="b.txt"))
    assert not values_meet(make_claim("34 sièges", value=34), make_claim("33,7 sièges", value="33.7", version="b.txt", extra={"precision": Decimal("0.1")}))


def test_hours_given_in_the_text_order_the_figures_of_one_day():
    undated_a = make_version("a.txt", published=date(2024, 10, 30))
    undated_b = make_version("b.txt", published=date(2024, 10, 30))
    morning = make_claim("62 morts", "count", 62, unit="morts", version="a.txt", extra={"running": True, "as_of": "07:00"})
    evening = make_claim("95 morts", "count", 95, unit="morts", version="b.txt", extra={"running": True, "as_of": "18:30"})
    versions = (undated_a, undated_b)
    assert run_rule(check_counts_agree, fact=make_fact(evening, morning), versions=versions).outcome == "passed"
    (finding,) = run_rule(check_running_counts_move_forward, fact=make_fact(evening, morning), versions=versions).findings
    assert finding.severity == "info" and "as of 07:00" in finding.message and "as of 18:30" in finding.message
    same_hour = make_claim("80 morts", "count", 80, unit="morts", version="b.txt", extra={"running": True, "as_of": "07:00"})
    assert run_rule(check_counts_agree, fact=make_fact(morning, same_hour), versions=versions).outcome == "failed"


def test_end_to_end_toll_update_from_the_hours_in_the_text(run, write, tmp_path):
    body = "---\nlang: fr\npublished: 2024-10-30\n---\nInondations en Espagne.\n\nSelon un bilan de {hour}, les inondations ont fait {n} morts dans la région de Valence.\n"
    write("c/floods/matin.txt", body.format(hour="7h", n=62))
    write("c/floods/soir.txt", body.format(hour="18h", n=95))
    doc = run("--format", "json", tmp_path / "c").json()
    assert [(f["code"], f["severity"]) for f in doc["findings"]] == [("FC104", "info")]
    write("c/floods/soir.txt", body.format(hour="7h", n=95))
    doc = run("--format", "json", tmp_path / "c").json()
    assert [(f["code"], f["severity"]) for f in doc["findings"]] == [("FC103", "error")]


def test_an_update_names_every_version_of_both_figures():
    """The finding carries each claim of the two figures, so that a reader (and a scorer) sees every span."""
    second_morning = make_version("morning-2.txt", published=datetime(2024, 10, 30, 8, 0))
    fact = make_fact(toll("62 morts", 62, MORNING), toll("62 morts", 62, second_morning), toll("95 morts", 95, EVENING))
    (finding,) = run_rule(check_running_counts_move_forward, fact=fact, versions=(MORNING, second_morning, EVENING)).findings
    assert {c.version for c in finding.claims} == {"morning.txt", "morning-2.txt", "evening.txt"}
    assert finding.claims[1].version == "evening.txt"  # the pair the message names comes first
