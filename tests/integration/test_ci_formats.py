"""CI outputs on the seed corpus and on controlled corpora: JUnit XML, SARIF 2.1.0, GitHub annotations."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from junitparser import Error, Failure, JUnitXml

from factcheck.cli import main

from ..conftest import ROOT, SEEDS

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
DOCS = ROOT / "docs"
SEED_STORY = "corpus/000_ce85fb04032088a1"
SEED_A, SEED_B = "corpus/000_ce85fb04032088a1.txt", "corpus/004_ce2dd08aa2f079df.txt"

WIDGET_VERSION = """\
---
published: 2024-04-09
lang: en
---
The factory in Lyon produced {n} widgets last year, its director said on Tuesday.
"""
# Only the test extractor and rules run; WID004 (interrupts) and WID005 (hangs) stay off.
WIDGETS = ["-p", "no:numbers", "-p", "no:dates", "-p", "no:counts", "-p", "fc_widgets", "-p", "fc_widget_rules", "--ignore", "WID004,WID005"]

NEWSROOM_RULES = '''\
import factcheck


@factcheck.rule(code="NEWS001", severity="warning")
def check_turnout_note(versions):
    """A message with a percent sign, a line break, colons and commas."""
    for version in versions:
        yield factcheck.Finding("turnout: 50% up,\\r\\nsee the desk's note", versions=(version.path,))


@factcheck.rule(code="NEWS002", severity="info")
def check_sources(versions):
    """An info finding per story."""
    yield factcheck.Finding(f"{len(versions)} versions read", versions=tuple(v.path for v in versions))
'''

# A careless rule that colours its message with terminal escapes, which XML 1.0 cannot hold.
COLOUR_RULE = '''\
import factcheck


@factcheck.rule(code="NEWS003")
def check_coloured(versions):
    yield factcheck.Finding("turnout \\x1b[31mup\\x1b[0m", versions=(versions[0].path,))
'''


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """Each format written once (with -o) for the seed corpus, run from the corpus's parent folder."""
    folder = tmp_path_factory.mktemp("ci")
    (folder / "corpus").mkdir()
    for seed in SEEDS:
        shutil.copyfile(seed, folder / "corpus" / seed.name)
    reports = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        for name, args in {
            "json": ["--format", "json"],
            "junit": ["--format", "junit"],
            "junit-warning": ["--format", "junit", "--fail-on", "warning"],
            "sarif": ["--format", "sarif"],
            "sarif-again": ["--format", "sarif"],
            "github": ["--format", "github"],
        }.items():
            status = main([*args, "-o", f"out.{name}", "corpus"])
            reports[name] = (status, (folder / f"out.{name}").read_text(encoding="utf-8"))
        reports["seed-a"] = (0, (folder / SEED_A).read_text(encoding="utf-8"))
    return reports


@pytest.fixture
def widget_corpus(write, tmp_path, monkeypatch) -> str:
    """Twelve versions of one story with twelve different widget counts, all above 1000; cwd is their parent."""
    for i in range(1, 13):
        write(f"corpus/factory/v{i:02d}.txt", WIDGET_VERSION.format(n=1000 + 10 * i))
    monkeypatch.chdir(tmp_path)
    return "corpus"


# -- JUnit ---------------------------------------------------------------------------------------


def test_junit_has_one_case_per_story_and_rule_and_fails_on_the_seed_contradiction(seed_reports):
    status, text = seed_reports["junit"]
    xml = JUnitXml.fromstring(text.encode("utf-8"))
    codes = [f["code"] for f in json.loads(seed_reports["json"][1])["findings"]]
    suites = list(xml)
    assert status == 1
    assert [s.name for s in suites] == [SEED_STORY]
    cases = list(suites[0])
    assert len(cases) == 7 and {c.classname for c in cases} == {SEED_STORY}
    assert [c.name.split()[0] for c in cases] == sorted(c.name.split()[0] for c in cases)
    failed = {c.name: c.result[0] for c in cases if c.result}
    assert list(failed) == ["FC201 check_event_dates_agree"] and codes == ["FC201", "FC202"]
    failure = failed["FC201 check_event_dates_agree"]
    assert isinstance(failure, Failure) and failure.type == "error"
    assert "'la semaine dernière'" in failure.message and "'mardi'" in failure.message
    assert f"{SEED_A}:23:46" in failure.text and f"{SEED_B}:21:56" in failure.text
    assert suites[0].failures == 1 and suites[0].errors == 0 and suites[0].tests == 7


def test_junit_shows_findings_below_fail_on_as_output_and_fails_them_with_fail_on_warning(seed_reports):
    default = {c.name: c for suite in JUnitXml.fromstring(seed_reports["junit"][1].encode("utf-8")) for c in suite}
    fc202 = default["FC202 check_relative_dates_fit_pubdate"]
    assert fc202.is_passed and "'mercredi'" in fc202.system_out and "'ce mercredi'" in fc202.system_out
    strict = {c.name: c for suite in JUnitXml.fromstring(seed_reports["junit-warning"][1].encode("utf-8")) for c in suite}
    assert seed_reports["junit-warning"][0] == 1
    assert [n for n, c in strict.items() if not c.is_passed] == ["FC201 check_event_dates_agree", "FC202 check_relative_dates_fit_pubdate"]
    assert strict["FC202 check_relative_dates_fit_pubdate"].result[0].type == "warning"


def test_junit_reports_a_rule_that_raised_as_an_error_and_an_unreadable_file(run, widget_corpus, write):
    write("corpus/factory/v13.txt", "")
    result = run(*WIDGETS, "--format", "junit", widget_corpus)
    xml = JUnitXml.fromstring(result.out.encode("utf-8"))
    cases = {(c.classname, c.name): c for suite in xml for c in suite}
    assert result.status == 3
    broken = cases[("corpus/factory", "WID003 check_broken")].result[0]
    assert isinstance(broken, Error) and "this rule is broken on purpose" in broken.message
    assert "Traceback" in broken.text
    agree = cases[("corpus/factory", "WID001 check_widgets_agree")].result[0]
    assert isinstance(agree, Failure) and agree.message.startswith("66 findings; first: ")
    unreadable = cases[("factcheck.inputs", "corpus/factory/v13.txt")].result[0]
    assert isinstance(unreadable, Error) and "empty" in unreadable.message


def test_junit_keeps_control_characters_readable_in_valid_xml(run, write, tmp_path, monkeypatch):
    write("rules/colour.py", COLOUR_RULE)
    write("corpus/vote/a.txt", "---\npublished: 2024-06-10\nlang: en\n---\nTurnout rose in the city on Sunday.\n")
    monkeypatch.chdir(tmp_path)
    result = run("--rules", "rules", "--select", "NEWS", "--format", "junit", "corpus")
    failure = next(c for suite in JUnitXml.fromstring(result.out.encode("utf-8")) for c in suite).result[0]
    assert result.status == 1
    assert failure.message == "turnout \\x1b[31mup\\x1b[0m" and "turnout \\x1b[31mup" in failure.text


# -- SARIF ---------------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_2_1_0_schema_and_the_schema_is_not_vacuous(seed_reports):
    status, text = seed_reports["sarif"]
    log = json.loads(text)
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft7Validator)
    assert status == 1 and log["$schema"] == SCHEMA["$id"] and log["version"] == "2.1.0"
    broken = json.loads(text)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA, cls=jsonschema.Draft7Validator)


def test_sarif_has_one_result_per_finding_located_by_line_and_code_point_column(seed_reports):
    run_ = json.loads(seed_reports["sarif"][1])["runs"][0]
    findings = json.loads(seed_reports["json"][1])["findings"]
    results = run_["results"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert [(r["ruleId"], r["level"], r["message"]["text"]) for r in results] == [
        (f["code"], {"error": "error", "warning": "warning"}[f["severity"]], f["message"]) for f in findings
    ]
    first = results[0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == SEED_A
    assert first["region"] == {"startLine": 23, "startColumn": 46, "endLine": 23, "endColumn": 65}
    line = seed_reports["seed-a"][1].split("\n")[22]
    assert line[45:64] == "la semaine dernière"  # code points: a byte count would put 'é' of 'annoncé' before it at 47
    related = results[0]["relatedLocations"]
    assert [(r["id"], r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"]) for r in related] == [(1, SEED_B, 21)]
    assert "'mardi' → date 2024-04-09" in related[0]["message"]["text"]


def test_sarif_lists_the_collected_rules_and_is_deterministic(seed_reports):
    run_ = json.loads(seed_reports["sarif"][1])["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FC101", "FC102", "FC103", "FC104", "FC201", "FC202", "FC203"]
    fc201 = next(r for r in rules if r["id"] == "FC201")
    assert fc201["name"] == "check_event_dates_agree" and fc201["defaultConfiguration"]["level"] == "error"
    assert fc201["shortDescription"]["text"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    assert run_["invocations"] == [{"executionSuccessful": True, "exitCode": 1, "toolExecutionNotifications": []}]
    assert seed_reports["sarif"][1] == seed_reports["sarif-again"][1]


def test_sarif_carries_rule_errors_and_unreadable_files_as_notifications(run, widget_corpus, write):
    write("corpus/factory/v13.txt", "")
    result = run(*WIDGETS, "--format", "sarif", widget_corpus)
    log = json.loads(result.out)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft7Validator)
    invocation = log["runs"][0]["invocations"][0]
    notes = invocation["toolExecutionNotifications"]
    assert result.status == 3 and invocation["executionSuccessful"] is False and invocation["exitCode"] == 3
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes if "locations" in n] == ["corpus/factory/v13.txt"]
    assert any(n.get("associatedRule", {}).get("id") == "WID003" and "broken on purpose" in n["message"]["text"] for n in notes)
    assert len(log["runs"][0]["results"]) == 66 + 12


def test_records_of_a_json_lines_file_are_located_by_file_and_record_not_by_line(run, write, tmp_path, monkeypatch):
    records = [
        {"id": "afp-1", "story": "factory", "lang": "en", "published": "2024-04-09", "text": "The factory in Lyon produced 120 widgets last year."},
        {"id": "afp-2", "story": "factory", "lang": "en", "published": "2024-04-10", "text": "The factory in Lyon produced 150 widgets last year."},
    ]
    write("corpus/wire.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.chdir(tmp_path)
    log = json.loads(run(*WIDGETS, "--ignore", "WID003", "--format", "sarif", "corpus").out)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft7Validator)
    (result,) = log["runs"][0]["results"]
    places = [result["locations"][0]["physicalLocation"], result["relatedLocations"][0]["physicalLocation"]]
    assert [p["artifactLocation"]["uri"] for p in places] == ["corpus/wire.jsonl#afp-1", "corpus/wire.jsonl#afp-2"]
    assert not any("region" in p for p in places)  # offsets count in the record's text, not in the file
    annotation = run(*WIDGETS, "--ignore", "WID003", "--format", "github", "corpus").out.splitlines()[0]
    assert annotation.startswith("::error file=corpus/wire.jsonl,title=WID001 check_widgets_agree::120 widgets against 150 widgets")


def test_a_record_field_cannot_pass_for_the_loader_saying_where_the_text_came_from(run, write, tmp_path, monkeypatch):
    records = [
        {"id": "afp-1", "story": "factory", "lang": "en", "extracted_from": "html", "text": "The factory in Lyon produced 120 widgets last year."},
        {"id": "afp-2", "story": "factory", "lang": "en", "text": "The factory in Lyon produced 150 widgets last year."},
    ]
    write("corpus/wire.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    monkeypatch.chdir(tmp_path)
    doc = json.loads(run(*WIDGETS, "--ignore", "WID003", "--format", "json", "corpus").out)
    versions = [v for s in doc["stories"] for v in s["versions"]]
    assert [v["path"] for v in versions] == ["corpus/wire.jsonl#afp-1", "corpus/wire.jsonl#afp-2"]
    assert not any("text" in v or "extracted_from" in v for v in versions)  # the record's field is only metadata
    log = json.loads(run(*WIDGETS, "--ignore", "WID003", "--format", "sarif", "corpus").out)
    (result,) = log["runs"][0]["results"]
    assert "region" not in result["locations"][0]["physicalLocation"]


# -- GitHub annotations ---------------------------------------------------------------------------


def test_github_annotates_errors_then_warnings_with_positions(seed_reports):
    status, text = seed_reports["github"]
    lines = text.splitlines()
    assert status == 1 and len(lines) == 3
    assert lines[0].startswith(f"::error file={SEED_A},line=23,col=46,endLine=23,endColumn=65,title=FC201 check_event_dates_agree::the same event is dated 'la semaine dernière'")
    assert lines[0].endswith(f"%0Asee also: {SEED_B}:21:56 'mardi'")
    assert lines[1].startswith(f"::warning file={SEED_A},line=18,col=90,endLine=18,endColumn=98,title=FC202 check_relative_dates_fit_pubdate::")
    assert lines[2] == "factcheck: 1 error, 1 warning, 0 info in 1 story"


def test_github_stays_within_the_per_step_caps_and_says_how_many_more(run, widget_corpus):
    result = run(*WIDGETS, "--format", "github", widget_corpus)
    lines = result.out.splitlines()
    kinds = [line.split(" ", 1)[0].split("::")[1] for line in lines[:-1]]
    assert result.status == 3
    assert kinds == ["error"] * 10 + ["warning"] * 10
    assert lines[0].startswith("::error title=WID003 check_broken raised::corpus/factory::check_broken: RuntimeError: this rule is broken on purpose")
    assert not lines[-1].startswith("::")
    assert lines[-1].startswith("factcheck: 66 errors, 12 warnings, 0 info, 1 rule error in 1 story; 57 more errors, 2 more warnings not annotated")


def test_github_escapes_messages_and_properties_and_shows_info_only_with_v(run, write, tmp_path, monkeypatch):
    write("rules/newsroom.py", NEWSROOM_RULES)
    write("corpus/vote/a,b:c.txt", "---\npublished: 2024-06-10\nlang: en\n---\nTurnout rose in the city on Sunday.\n")
    monkeypatch.chdir(tmp_path)
    quiet = run("--rules", "rules", "--select", "NEWS", "--format", "github", "corpus").out.splitlines()
    verbose = run("--rules", "rules", "--select", "NEWS", "--format", "github", "-v", "corpus").out.splitlines()
    assert quiet[0] == "::warning file=corpus/vote/a%2Cb%3Ac.txt,title=NEWS001 check_turnout_note::turnout: 50%25 up,%0D%0Asee the desk's note"
    assert len(quiet) == 2 and "info findings not annotated" in quiet[1]
    assert verbose[1] == "::notice file=corpus/vote/a%2Cb%3Ac.txt,title=NEWS002 check_sources::1 versions read"
    assert verbose[2] == "factcheck: 0 errors, 1 warning, 1 info in 1 story"


# -- docs/ci.md -----------------------------------------------------------------------------------


def test_ci_doc_workflow_fails_the_step_on_findings_and_uses_real_formats():
    text = (DOCS / "ci.md").read_text(encoding="utf-8")
    blocks = [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", text.split("## pre-commit")[0], re.DOTALL)]
    steps = blocks[0]["jobs"]["factcheck"]["steps"] + blocks[1]["code-scanning"]["steps"]
    commands = [shlex.split(s["run"].split("#")[0]) for s in steps if s.get("run", "").startswith("factcheck ")]
    formats = {c[c.index("--format") + 1] for c in commands}
    check = next(s for s in steps if s.get("name") == "Check the stories")
    assert formats == {"github", "junit", "sarif"}
    assert check["run"] == "factcheck --format github corpus/" and "if" not in check  # exit status 1 fails the job
    reports = [c for c in commands if "-o" in c]
    assert len(reports) == 2 and all(c[-6:] == ["||", "[", "$?", "-eq", "1", "]"] for c in reports)
    # The guard lets findings (1) through and still fails on broken input (3), as the page says.
    assert [subprocess.run(["bash", "-c", f"(exit {status}) || [ $? -eq 1 ]"]).returncode for status in (0, 1, 3)] == [0, 0, 1]


def test_ci_doc_rule_test_example_runs(tmp_path, monkeypatch):
    tutorial = (DOCS / "writing-rules.md").read_text(encoding="utf-8")
    files = dict(re.findall(r"```\w*\n# file: (\S+)\n(.*?)```", tutorial, re.DOTALL))
    (tmp_path / "newsroom_rules").mkdir()
    for name in ("checks.py", "_words.py"):
        (tmp_path / "newsroom_rules" / name).write_text(files[f"newsroom_rules/{name}"], encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", (DOCS / "ci.md").read_text(encoding="utf-8"), re.DOTALL).group(1)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "newsroom_rules", raising=False)
    monkeypatch.delitem(sys.modules, "newsroom_rules.checks", raising=False)
    monkeypatch.delitem(sys.modules, "newsroom_rules._words", raising=False)
    namespace: dict = {}
    exec(compile(example, "docs/ci.md", "exec"), namespace)
    namespace["test_a_dropped_hedge_is_flagged"]()
    sys.modules.pop("newsroom_rules.checks", None)
    sys.modules.pop("newsroom_rules._words", None)
    sys.modules.pop("newsroom_rules", None)
