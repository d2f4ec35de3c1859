"""``pytest --factcheck corpus/``: stories as test items, checked with pytest's own pytester."""

from __future__ import annotations

import shutil

import pytest
from junitparser import Failure, JUnitXml

from ..conftest import SEEDS

pytest_plugins = ["pytester"]

# Runs go through a subprocess: an in-process run would drop compiled modules (numpy, under the language
# detector) from sys.modules between runs, and they cannot be imported twice in one process.

SEED_STORY = "corpus/000_ce85fb04032088a1"

# Two versions of one story that agree on every figure and date they share.
AGREEING = {
    "corpus/usine/v1.txt": """\
---
published: 2024-03-12
lang: fr
---
Stellantis investira 2,5 milliards d'euros dans son usine de Mulhouse

Le constructeur a annoncé mardi un investissement de 2,5 milliards d'euros dans son site alsacien,
qui emploie 5 300 salariés. La production du nouveau modèle doit commencer en 2026.
""",
    "corpus/usine/v2.txt": """\
---
published: 2024-03-13
lang: fr
---
Mulhouse : Stellantis va investir 2,5 milliards d'euros

Le groupe automobile investira 2,5 milliards d'euros à Mulhouse, où travaillent 5 300 salariés,
a-t-il annoncé le 12 mars. Le nouveau modèle sortira des chaînes en 2026.
""",
}


@pytest.fixture
def seed_corpus(pytester: pytest.Pytester) -> None:
    (pytester.path / "corpus").mkdir()
    for seed in SEEDS:
        shutil.copyfile(seed, pytester.path / "corpus" / seed.name)


def test_seed_story_fails_with_the_terminal_report_messages_and_junitxml_carries_them(pytester, seed_corpus):
    result = pytester.runpytest_subprocess("--factcheck", "corpus", "-p", "no:cacheprovider", "-rA", "--junitxml=report.xml")
    result.assert_outcomes(failed=1, passed=6)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            f"*_ {SEED_STORY}::FC201 check_event_dates_agree _*",
            f"error FC201 check_event_dates_agree  {SEED_STORY}",
            "  the same event is dated 'la semaine dernière' in *: the days do not meet",
            "  corpus/000_ce85fb04032088a1.txt:23:46 (published 2024-04-14, byline *",
            "    'la semaine dernière' → date 2024-04-01..2024-04-07 (week relative to 2024-04-14)",
            "  corpus/004_ce2dd08aa2f079df.txt:21:56 *",
            "    'mardi' → date 2024-04-09 (day relative to 2024-04-09)",
        ]
    )
    # The warning below fail-on is shown with its passing item, not lost.
    result.stdout.fnmatch_lines(["*factcheck findings below fail-on*", f"warning FC202 check_relative_dates_fit_pubdate  {SEED_STORY}"])
    result.stdout.fnmatch_lines([f"PASSED {SEED_STORY}::FC202 check_relative_dates_fit_pubdate", f"FAILED {SEED_STORY}::FC201 check_event_dates_agree*"])
    cases = {c.name: c for suite in JUnitXml.fromfile(str(pytester.path / "report.xml")) for c in suite}
    assert len(cases) == 7 and {c.classname for c in cases.values()} == {"corpus.000_ce85fb04032088a1"}
    assert [name for name, case in cases.items() if not case.is_passed] == ["FC201 check_event_dates_agree"]
    failure = cases["FC201 check_event_dates_agree"].result[0]
    assert isinstance(failure, Failure)
    assert "'la semaine dernière'" in failure.text and "'mardi'" in failure.text


def test_fail_on_warning_fails_the_warning_item_too(pytester, seed_corpus):
    result = pytester.runpytest_subprocess("--factcheck", "corpus", "--factcheck-fail-on", "warning", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2, passed=5)
    result.stdout.fnmatch_lines([f"FAILED {SEED_STORY}::FC201 *", f"FAILED {SEED_STORY}::FC202 *"])


def test_a_corpus_without_contradictions_passes(pytester):
    for path, text in AGREEING.items():
        pytester.path.joinpath(path).parent.mkdir(parents=True, exist_ok=True)
        pytester.path.joinpath(path).write_text(text, encoding="utf-8")
    result = pytester.runpytest_subprocess("--factcheck", "corpus", "-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=7)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["corpus/usine::FC101 check_amounts_agree PASSED*", "corpus/usine::FC201 check_event_dates_agree PASSED*"])


def test_an_unreadable_file_fails_an_item_of_its_own(pytester):
    for path, text in AGREEING.items():
        pytester.path.joinpath(path).parent.mkdir(parents=True, exist_ok=True)
        pytester.path.joinpath(path).write_text(text, encoding="utf-8")
    pytester.path.joinpath("corpus/usine/v3.txt").write_bytes(b"")
    result = pytester.runpytest_subprocess("--factcheck", "corpus", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, passed=7)
    result.stdout.fnmatch_lines(["corpus/usine/v3.txt: empty file", "FAILED corpus::unusable input: corpus/usine/v3.txt*"])


def test_without_the_option_the_plugin_collects_nothing_and_loads_no_engine(pytester):
    for path, text in AGREEING.items():
        pytester.path.joinpath(path).parent.mkdir(parents=True, exist_ok=True)
        pytester.path.joinpath(path).write_text(text, encoding="utf-8")
    pytester.makepyfile(
        test_ordinary="""
        import sys

        def test_factcheck_engine_is_not_imported():
            assert "factcheck" in sys.modules  # the plugin module itself is registered
            assert "factcheck.cli" not in sys.modules and "factcheck._session" not in sys.modules
        """
    )
    assert pytester.runpytest("corpus", "-p", "no:cacheprovider").ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-v", "test_ordinary.py")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*plugins:*factcheck*"])
