"""The command line end to end: exit statuses, JSON contract, rule selection, plugins on and off."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import factcheck
from ..conftest import PLUGINS

STORY_A = """\
---
published: 2024-04-09
lang: en
---
The factory in Lyon produced {n} widgets last year, its director said on Tuesday.
"""

# Built-in extractors and the built-in count rule are switched off: only the test plugins see the widget counts.
WIDGETS = ["-p", "no:numbers", "-p", "no:dates", "-p", "no:counts", "-p", "fc_widgets"]


@pytest.fixture
def widget_story(write) -> Path:
    write("corpus/factory/a.txt", STORY_A.format(n=120))
    write("corpus/factory/b.txt", STORY_A.format(n=150))
    return write("corpus/factory/c.txt", STORY_A.format(n=120)).parent.parent


def test_version_prints_the_installed_version(capsys):
    from factcheck.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"factcheck {factcheck.__version__}"


def test_contradiction_exits_1_with_one_item_per_pair(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--ignore", "WID003,WID004,WID005", "--format", "json", widget_story)
    assert result.status == 1, result.err
    doc = result.json()
    failed = [f for f in doc["findings"] if f["code"] == "WID001"]
    # a-b and b-c disagree (120 vs 150); a-c agree.
    assert len(failed) == 2
    for finding in failed:
        texts = sorted(c["text"] for c in finding["claims"])
        assert texts == ["120 widgets", "150 widgets"]
        assert finding["severity"] == "error" and finding["story"].endswith("factory")


def test_claim_offsets_index_the_full_text_with_front_matter(run, widget_story):
    doc = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID001", "--format", "json", widget_story).json()
    for finding in doc["findings"]:
        for claim in finding["claims"]:
            text = Path(claim["version"]).read_text(encoding="utf-8")
            assert text[claim["start"] : claim["end"]] == claim["text"]
            assert claim["start"] > text.index("\n---\n")


def test_raising_rule_exits_3_and_other_findings_still_appear(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--ignore", "WID004,WID005", "--format", "json", widget_story)
    assert result.status == 3
    codes = {f["code"] for f in result.json()["findings"]}
    assert "WID001" in codes
    assert result.json()["summary"]["rule_errors"] == 1


def test_raising_rule_traceback_in_terminal(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--ignore", "WID004,WID005", widget_story)
    assert result.status == 3
    assert "this rule is broken on purpose" in result.out
    assert "RuntimeError" in result.out
    assert "WID001 check_widgets_agree" in result.out


def test_keyword_selects_items_by_id(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-k", "widgets_agree and 150", "--format", "json", widget_story)
    assert result.status == 1
    assert {f["code"] for f in result.json()["findings"]} == {"WID001"}
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-k", "not widgets_agree and not broken and not interrupts and not hangs", "--format", "json", widget_story)
    assert result.status == 0
    assert result.json()["findings"] == []


def test_select_and_ignore_take_code_prefixes(run, widget_story):
    ignored = run(*WIDGETS, "-p", "fc_widget_rules", "--ignore", "WID", "--format", "json", widget_story)
    assert ignored.status == 0
    assert not any(f["code"].startswith("WID") for f in ignored.json()["findings"])
    selected = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID00", "--ignore", "WID003,WID004,WID005", "--format", "json", widget_story)
    assert {f["code"] for f in selected.json()["findings"]} == {"WID001"}


def test_fail_on_warning(run, write):
    write("corpus/s/a.txt", STORY_A.format(n=5000))
    write("corpus/s/b.txt", STORY_A.format(n=5000))
    args = [*WIDGETS, "-p", "fc_widget_rules", "--select", "WID002"]
    assert run(*args, write("x", "").parent / "corpus").status == 0
    assert run(*args, "--fail-on", "warning", write("y", "").parent / "corpus").status == 1


def test_blocking_a_plugin_with_p_no(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "no:fc_widget_rules", "--format", "json", widget_story)
    assert result.status == 0
    blocked_builtin = run("-p", "no:amounts", "--list-rules", "--format", "json")
    assert "FC101" not in {r["code"] for r in blocked_builtin.json()["rules"]}


def test_list_rules_shows_builtin_rules(run):
    result = run("--list-rules")
    assert "FC101" in result.out and "check_amounts_agree" in result.out
    assert "textfiles" in result.out


def test_usage_errors_exit_4(run, tmp_path):
    assert run(tmp_path / "missing").status == 4
    assert "no such file or folder" in run(tmp_path / "missing").err
    assert run("--format", "nope", tmp_path).status == 4
    assert run("--no-such-option").status == 4
    assert run("-k", "and and", tmp_path).status in (4, 5)


def test_empty_folder_exits_5(run, tmp_path):
    (tmp_path / "empty").mkdir()
    assert run(tmp_path / "empty").status == 5


def test_bad_file_is_reported_and_the_rest_still_checked(run, write, widget_story):
    (widget_story / "factory" / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    write("corpus/factory/bad-front.txt", "---\npublished: [2024\n---\nText with 120 widgets.\n")
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID001", "--format", "json", widget_story)
    assert result.status == 3
    errors = {Path(e["path"]).name: e["message"] for e in result.json()["errors"]}
    assert "binary" in errors["broken.txt"]
    assert "front matter" in errors["bad-front.txt"] and "line" in errors["bad-front.txt"]
    assert any(f["code"] == "WID001" for f in result.json()["findings"])


def test_checker_never_writes_into_the_corpus(run, widget_story):
    before = sorted((p, p.stat().st_mtime_ns) for p in widget_story.rglob("*"))
    run(*WIDGETS, "-p", "fc_widget_rules", "--ignore", "WID004,WID005", widget_story)
    run(*WIDGETS, "--format", "json", widget_story)
    assert sorted((p, p.stat().st_mtime_ns) for p in widget_story.rglob("*")) == before


def test_output_file(run, widget_story, tmp_path):
    target = tmp_path / "report.json"
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID001", "--format", "json", "-o", target, widget_story)
    assert result.status == 1 and result.out == ""
    assert '"WID001"' in target.read_text(encoding="utf-8")


def test_interrupt_exits_2_and_still_reports(run, widget_story):
    (widget_story / "zz-interrupt").mkdir()
    (widget_story / "zz-interrupt" / "a.txt").write_text(STORY_A.format(n=1), encoding="utf-8")
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID001,WID004", "--format", "json", widget_story)
    assert result.status == 2
    doc = result.json()
    assert doc["summary"]["exit_status"] == 2
    assert any(f["code"] == "WID001" for f in doc["findings"])


def test_hanging_rule_is_stopped_at_its_time_limit(run, widget_story):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "--select", "WID001,WID005", "--time-limit", "0.5", "--format", "json", widget_story)
    assert result.status == 3
    doc = result.json()
    assert doc["summary"]["rule_errors"] == 1 and any(f["code"] == "WID001" for f in doc["findings"])


def test_raising_or_hanging_extractor_is_reported_and_others_still_extract(run, widget_story):
    (widget_story / "factory" / "a.txt").write_text(STORY_A.format(n=120) + "RAISE\n", encoding="utf-8")
    (widget_story / "factory" / "b.txt").write_text(STORY_A.format(n=150) + "HANG\n", encoding="utf-8")
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_broken_extractor", "--select", "WID001", "--time-limit", "0.5", "--format", "json", widget_story)
    assert result.status == 3
    doc = result.json()
    messages = " | ".join(e["message"] for e in doc["errors"])
    assert "extractor broken on purpose" in messages and "ran past its time limit of 0.5 s" in messages
    assert any(f["code"] == "WID001" for f in doc["findings"])  # the widget extractor's claims still stand


def test_backtracking_or_garbage_extractor_is_reported(run, widget_story):
    (widget_story / "factory" / "a.txt").write_text(STORY_A.format(n=120) + "BACKTRACK\n", encoding="utf-8")
    (widget_story / "factory" / "b.txt").write_text(STORY_A.format(n=150) + "GARBAGE\n", encoding="utf-8")
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_broken_extractor", "--select", "WID001", "--time-limit", "0.5", "--format", "json", widget_story)
    assert result.status == 3
    messages = " | ".join(e["message"] for e in result.json()["errors"])
    assert "ran past its time limit" in messages and "returned 2 malformed claim(s), dropped" in messages
    assert any(f["code"] == "WID001" for f in result.json()["findings"])


def test_a_backtracking_pattern_is_stopped_by_its_timeout_off_the_main_thread(run, widget_story):
    # SIGALRM only works in the main thread; the regex module's per-call timeout is the guard elsewhere.
    (widget_story / "factory" / "a.txt").write_text(STORY_A.format(n=120) + "GUARDED\n", encoding="utf-8")
    results = []
    worker = threading.Thread(target=lambda: results.append(run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_broken_extractor", "--select", "WID001", "--format", "json", widget_story)))
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the run never ended: the pattern was not stopped"
    (result,) = results
    assert result.status == 3
    (error,) = [e for e in result.json()["errors"] if e["kind"] == "plugin"]
    assert "fc_broken_extractor" in error["message"] and "ran past its limit" in error["message"]
    assert any(f["code"] == "WID001" for f in result.json()["findings"]), "the other extractors' claims still count"


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    """``factcheck --claims big.txt | head -1``: no error about the reporter, the run's own status."""
    big = tmp_path / "big.txt"
    big.write_text("---\nlang: fr\n---\n" + "".join(f"Le bilan s'élève à {n} morts. " for n in range(1, 4000)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "factcheck", "--claims", "--no-cache", str(big)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=dict(os.environ, NO_COLOR="1"))
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # the reader goes away with most of the output unread
    status = process.wait(timeout=120)
    errors = process.stderr.read().decode()
    assert status == 0 and "raised" not in errors, errors


@pytest.mark.parametrize("code", ["STB001", "STB002"])
def test_a_rule_that_fights_the_time_limit_is_stopped_and_the_others_still_run(run, widget_story, code):
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_stubborn_rules", "--select", f"WID001,{code}", "--time-limit", "0.3", "--format", "json", widget_story)
    assert result.status == 3
    doc = result.json()
    assert doc["summary"]["rule_errors"] == 1 and any(f["code"] == "WID001" for f in doc["findings"])


def test_an_aligner_that_loops_is_stopped_and_the_other_stories_are_checked(run, widget_story):
    shutil.copytree(widget_story / "factory", widget_story / "loop")
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_looping_aligner", "--select", "WID001", "--time-limit", "0.3", "--format", "json", widget_story)
    assert result.status == 3
    doc = result.json()
    assert any("factcheck_align" in e["message"] and "ran past its time limit of 0.3 s" in e["message"] for e in doc["errors"])
    assert any(f["code"] == "WID001" and f["story"].endswith("factory") for f in doc["findings"])


def test_a_rule_that_swallows_the_limit_for_ever_ends_its_worker_and_only_its_story_is_lost(run, widget_story):
    for name in ("stubborn", "other", "more"):
        shutil.copytree(widget_story / "factory", widget_story / name)
    # 4 s, not less: a fresh worker's first story loads the aligner's word data (about 2 s when every core is busy)
    result = run(*WIDGETS, "-p", "fc_widget_rules", "-p", "fc_stubborn_rules", "--select", "WID001,STB003", "--time-limit", "4",
                 "-j", "2", "--no-cache", "--format", "json", widget_story)
    assert result.status == 3
    doc = result.json()
    assert len(doc["errors"]) == 1, doc["errors"]
    (error,) = doc["errors"]
    assert error["path"].endswith("stubborn") and "its worker process ended twice" in error["message"]
    flagged = {f["story"].rsplit("/", 1)[-1] for f in doc["findings"] if f["code"] == "WID001"}
    assert flagged == {"factory", "other", "more"}


def test_with_one_process_a_rule_that_swallows_the_limit_for_ever_ends_the_run_with_exit_3(widget_story):
    (widget_story / "stubborn").mkdir()
    shutil.copy(widget_story / "factory" / "a.txt", widget_story / "stubborn" / "a.txt")
    shutil.copy(widget_story / "factory" / "b.txt", widget_story / "stubborn" / "b.txt")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGINS), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "factcheck", *WIDGETS, "-p", "fc_widget_rules", "-p", "fc_stubborn_rules",
                           "--select", "WID001,STB003", "--time-limit", "0.5", "--no-cache", str(widget_story)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 3
    assert "rule STB003 check_swallows_the_limit_for_ever ran past its time limit of 0.5 s and swallowed it" in done.stderr
    assert "the run ends here, unfinished" in done.stderr
