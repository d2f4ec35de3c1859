"""Running a rule: assert, yield, return, raise — as pytest runs a test."""

from __future__ import annotations

from factcheck.testing import make_pair, make_version, run_rule

from ..plugins.fc_unit_rules import A, B, check_assert, check_bare_assert, check_garbage, check_raise, check_version, check_yield


def test_failed_assert_is_a_finding_citing_the_pair():
    report = run_rule(check_assert, pair=make_pair(A, B))
    assert report.outcome == "failed"
    (finding,) = report.findings
    assert finding.message == "counts differ" and finding.severity == "warning" and finding.code == "T001"
    assert finding.claims == (A, B) and finding.rule == "check_assert"


def test_bare_assert_message_shows_the_source_line():
    (finding,) = run_rule(check_bare_assert, pair=make_pair(A, B)).findings
    assert finding.message == "assertion failed: assert pair.a.value == pair.b.value"


def test_passing_rule():
    assert run_rule(check_assert, pair=make_pair(A, A)).outcome == "passed"


def test_yielded_findings_keep_their_own_severity():
    report = run_rule(check_yield, claims=(A, B))
    assert [(f.message, f.severity) for f in report.findings] == [("saw 120 widgets", "info"), ("saw 150 widgets", "error")]


def test_raising_rule_is_an_error_with_traceback():
    report = run_rule(check_raise)
    assert report.outcome == "error" and "ZeroDivisionError" in report.longrepr and not report.findings


def test_garbage_result_is_an_error_naming_the_type():
    report = run_rule(check_garbage)
    assert report.outcome == "error" and "not int" in report.longrepr


def test_version_rule_cites_its_version():
    (finding,) = run_rule(check_version, version=make_version("x/a.txt")).findings
    assert finding.versions == ("x/a.txt",)


def test_missing_fixture_is_a_clear_error():
    import pytest

    with pytest.raises(TypeError, match="asks for pair"):
        run_rule(check_assert)
