"""Plugin code cannot end the run, print into a machine format or hide a finding (issue: a run that tells the truth)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from xml.dom import minidom

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

QUAKE = "Le bilan du séisme qui a frappé la région de Sefrou s'élève à 62 morts, selon les autorités locales.\n"

RULE_HEAD = '''
import os, sys, time
import factcheck

@factcheck.rule(code="ODD001")
def check_misbehaves(fact):
'''

#: What a misbehaving rule body may do, one statement each.
BEHAVIOURS = {
    "exit 0": "sys.exit(0)",
    "exit None": "sys.exit()",
    "exit text": "sys.exit('done')",
    "hard exit": "os._exit(0)",
    "interrupt": "raise KeyboardInterrupt",
    "print": "print('{\"findings\": []}')",
    "stderr": "sys.stderr.write('::error::fake\\n')",
    "raise": "raise RuntimeError('boom')",
    "return an int": "return 42",
    "return objects": "return [object()]",
    "yield text": "yield 'a finding in text'",
    "sleep": "time.sleep(5)",
}


def _corpus(write) -> Path:
    a = write("corpus/quake/a.txt", QUAKE)
    write("corpus/quake/b.txt", QUAKE.replace("62", "64"))
    return a.parent.parent


def _rule(write, *statements: str) -> Path:
    body = textwrap.indent("\n".join(statements) or "pass", "    ")
    return write("odd/misbehaving.py", RULE_HEAD.lstrip("\n") + body + "\n").parent


def _codes(doc) -> set[str]:
    return {f["code"] for f in doc["findings"]}


def test_a_rule_that_exits_is_a_rule_error_and_the_run_goes_on(run, write) -> None:
    corpus, rules = _corpus(write), _rule(write, "sys.exit(0)")
    result = run("--rules", rules, corpus)
    assert result.status == 3
    assert "ERROR corpus/quake::check_misbehaves" in result.out.replace(str(corpus.parent) + "/", "")
    assert "called sys.exit(0)" in result.out and "misbehaving.py" in result.out, "the traceback shows where it exited"
    assert "FC103" in result.out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_rule_that_calls_os_exit_is_a_rule_error_here_and_in_a_worker(run, write, jobs) -> None:
    corpus, rules = _corpus(write), _rule(write, "os._exit(0)")
    write("corpus/other/a.txt", QUAKE)
    write("corpus/other/b.txt", QUAKE)  # two stories, so that -j 2 starts workers
    result = run("--rules", rules, "-j", jobs, "--no-cache", corpus)
    assert result.status == 3, result.out
    assert "called os._exit(0)" in result.out and "FC103" in result.out


def test_what_a_rule_prints_stays_out_of_json_and_is_shown_with_its_item(run, write) -> None:
    corpus, rules = _corpus(write), _rule(write, "print('hello from', fact.label)", "print('::warning::x', file=sys.stderr)")
    doc = run("--rules", rules, "--format", "json", corpus).json()
    assert "FC103" in _codes(doc)
    terminal = run("--rules", rules, corpus).out
    assert "captured output" in terminal and "hello from" in terminal
    assert not any(line.lstrip().startswith("::") for line in terminal.splitlines())


def test_an_extractor_that_prints_or_exits_is_reported_and_the_others_still_read(run, write) -> None:
    corpus = _corpus(write)
    write("plug/noisy_extractor.py", """
        import sys
        import factcheck

        @factcheck.hookimpl
        def factcheck_extract(document):
            print("extracting", document.version.path)
            sys.exit(1)
    """)
    result = run("--rules", corpus.parent / "plug", "--format", "json", corpus)
    doc = result.json()
    assert result.status == 3
    messages = [e["message"] for e in doc["errors"]]
    assert any("called sys.exit(1)" in m for m in messages), messages
    assert any("printed (kept out of the report)" in m and "extracting" in m for m in messages), messages
    assert "FC103" in _codes(doc)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(behaviours=st.lists(st.sampled_from(sorted(BEHAVIOURS)), min_size=1, max_size=3),
       fmt=st.sampled_from(["json", "sarif", "junit", "terminal"]))
def test_misbehaving_rules_never_end_green_lose_a_finding_or_break_a_format(run, write, behaviours, fmt) -> None:
    corpus, rules = _corpus(write), _rule(write, *(BEHAVIOURS[b] for b in behaviours))
    result = run("--rules", rules, "--time-limit", "0.5", "--format", fmt, corpus)
    assert result.status in (1, 3), (behaviours, result.status)
    if fmt == "json":
        assert "FC103" in _codes(result.json())
    elif fmt == "sarif":
        assert "FC103" in {r["ruleId"] for r in json.loads(result.out)["runs"][0]["results"]}
    elif fmt == "junit":
        assert "FC103" in minidom.parseString(result.out).toxml()
    else:
        assert "error FC103" in result.out


def test_file_names_and_texts_never_reach_the_terminal_with_control_characters(run, write, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    corpus = _corpus(write)
    write("corpus/quake/x\n::warning file=evil::owned.txt", QUAKE)
    write("corpus/quake/c.txt", QUAKE.replace("62", "\x1b[2J\x1b[31m66\r"))
    out = run("-v", corpus).out
    assert "x␊::warning file=evil::owned.txt" in out
    assert not any(line.lstrip().startswith("::") for line in out.splitlines())
    assert "\x1b" not in out and "\r" not in out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc (Linux)")
def test_sigterm_ends_a_parallel_run_and_every_process_it_started(tmp_path) -> None:
    for n in range(4):
        story = tmp_path / "corpus" / f"s{n}"
        story.mkdir(parents=True)
        (story / "a.txt").write_text(QUAKE, encoding="utf-8")
        (story / "b.txt").write_text(QUAKE.replace("62", "64"), encoding="utf-8")
    (tmp_path / "slow").mkdir()
    (tmp_path / "slow" / "slow.py").write_text(RULE_HEAD.lstrip("\n") + "    time.sleep(50)\n", encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "-j", "2", "--no-cache", "--rules", "slow", "--format", "json", "-o", "out.json", "corpus"]
    main = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_descendants(main.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    started = _descendants(main.pid)
    assert len(started) >= 2, "the workers never started"
    time.sleep(2)  # the workers are inside the slow rule
    main.send_signal(signal.SIGTERM)
    _, err = main.communicate(timeout=30)
    assert main.returncode == 2, err
    assert "interrupted (SIGTERM)" in err
    time.sleep(0.5)
    assert not [pid for pid in started if _alive(pid)], "a worker outlived the run"
    assert not (tmp_path / "out.json").exists() or json.loads((tmp_path / "out.json").read_text())


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("fmt", ["json", "terminal"])
def test_a_reporter_that_raises_is_reported_and_the_others_still_write(run, write, fmt) -> None:
    corpus = _corpus(write)
    write("broken/reporter.py", """
        import factcheck

        @factcheck.hookimpl
        def factcheck_sessionfinish(session):
            raise RuntimeError("this reporter is broken")
    """)
    result = run("--rules", corpus.parent / "broken", "--format", fmt, corpus)
    assert result.status == 3
    assert "factcheck_sessionfinish of plugin local:broken/reporter raised RuntimeError" in result.err
    assert ("FC103" in {f["code"] for f in result.json()["findings"]}) if fmt == "json" else ("error FC103" in result.out)
