"""The guarded patterns: same answers as ``regex``, a timeout on every call, used everywhere text is read."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import regex

from factcheck import _regex

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Le gouvernement a débloqué 2,9 milliards d'euros mardi ; 30 % des communes, soit 1 200, sont concernées."
NUMBER = r"\d+(?:[ ,]\d+)*"


@pytest.mark.parametrize(
    ("method", "args"),
    [("search", ()), ("match", ()), ("fullmatch", ()), ("findall", ()), ("split", ()), ("search", (30,)), ("findall", (0, 40))],
)
def test_a_guarded_pattern_answers_as_regex_does(method, args):
    plain, guarded = regex.compile(NUMBER), _regex.compile(NUMBER)
    expected = getattr(plain, method)(TEXT, *args)
    found = getattr(guarded, method)(TEXT, *args)
    assert (found.span() if isinstance(found, regex.Match) else found) == (expected.span() if isinstance(expected, regex.Match) else expected)


def test_finditer_sub_and_subn_answer_as_regex_does():
    plain, guarded = regex.compile(NUMBER), _regex.compile(NUMBER)
    assert [m.span() for m in guarded.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert guarded.sub("N", TEXT) == plain.sub("N", TEXT)
    assert guarded.subn(lambda m: m[0][::-1], TEXT, count=2) == plain.subn(lambda m: m[0][::-1], TEXT, count=2)
    assert guarded.pattern == NUMBER and guarded.groups == 0


def test_bytes_patterns_and_flags_are_kept():
    guarded = _regex.compile(rb"charset\s*=\s*([a-z0-9-]+)", regex.IGNORECASE)
    assert guarded.search(b'<meta CHARSET="UTF-8">'.replace(b'"', b""))[1] == b"UTF-8"


@pytest.fixture
def short_budget(monkeypatch):
    monkeypatch.setattr(_regex, "BASE_SECONDS", 0.05)


@pytest.mark.parametrize("method", ["search", "finditer", "sub"])
def test_a_catastrophic_pattern_raises_a_timeout_naming_the_pattern(short_budget, method):
    evil = _regex.compile(r"(?:a|aa)+$")
    text = "a" * 80 + "b"
    with pytest.raises(_regex.PatternTimeout, match=r"pattern '\(\?:a\|aa\)\+\$' ran past its limit of .* on a text of 81 characters"):
        if method == "search":
            evil.search(text)
        elif method == "finditer":
            list(evil.finditer(text))
        else:
            evil.sub("", text)


def test_a_timeout_is_a_timeout_error():
    assert issubclass(_regex.PatternTimeout, TimeoutError)


def test_the_budget_grows_with_the_text():
    assert _regex.budget("x" * 10) == pytest.approx(_regex.BASE_SECONDS, abs=0.01)
    assert _regex.budget("x" * 50_000_000) > 100 * _regex.budget("x" * 10), "a 50 MB file must not time out on a fair pattern"


def test_a_guarded_pattern_survives_pickling():
    guarded = pickle.loads(pickle.dumps(_regex.compile(NUMBER, regex.V1)))
    assert isinstance(guarded, _regex.GuardedPattern) and guarded.flags & regex.V1 and guarded.findall("1 200 et 3") == ["1 200", "3"]


def test_the_engine_and_built_in_rules_compile_text_patterns_through_the_guard():
    calls = regex.compile(r"\b(?:regex|re)\.(?:compile|search|match|fullmatch|finditer|findall|split|sub|subn)\(")
    unguarded = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("factcheck", "rules")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "_regex.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if calls.search(line)
    ]
    assert not unguarded, "use factcheck._regex.compile for patterns that read text: " + ", ".join(unguarded)


def test_the_budget_of_finditer_counts_the_pattern_not_the_work_done_on_each_match(monkeypatch):
    import time

    import factcheck._regex as guard

    monkeypatch.setattr(guard, "BASE_SECONDS", 0.05)
    monkeypatch.setattr(guard, "SECONDS_PER_MILLION_CHARS", 0.0)
    words = []
    for match in guard.compile(r"\w+").finditer("un deux trois quatre"):
        time.sleep(0.03)  # a caller that takes its time over each match: 0.12 s in all, past the 0.05 s budget
        words.append(match.group())
    assert words == ["un", "deux", "trois", "quatre"]
