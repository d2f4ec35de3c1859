"""Controlled edits of real articles, each with its expected verdict (issue 4, "How we will check it").

Every case takes a base text (a seed article, or a news article written for
these tests in fr, en or es), applies edits to make a second (or third)
version, gives each version a publication date and a language in front
matter, and says what the tool must report:

* ``flag = ["FC101"]``: these codes must appear among the error/warning
  findings, citing the figures listed in ``cite`` (surface text of the claims);
  any other error/warning finding is a false flag unless its code is in ``allow``;
* ``flag = []``: a rewrite, no error/warning finding at all.

``compared`` lists figures (surface text) that must have been aligned with a
figure of another version and checked by some rule: a rewrite that stays
clean only because its figure was never read or never paired proves nothing.

The cases live in ``edits/*.toml`` (one file per group), the base texts in
``edits/bases.toml`` and ``edits/texts/``. A case reads::

    [[case]]
    name = "seed-amount-changed"            # the pytest id
    what = "the investment becomes 3,4 milliards"
    base = "seed004"                        # or one base per version: ["seed004", "microsoft_en"]
    lang = "fr"                             # or one per version
    published = ["2024-04-09", "2024-04-09"]  # one per version (dates or date-times)
    edits = [[], [{ replace = "2,9 milliards", by = "3,4 milliards", all = true }]]
    flag = ["FC101"]
    cite = ["2,9 milliards de dollars", "3,4 milliards de dollars"]   # or {FC101 = [...]}

Edits, per version, in order: ``replace``/``by`` (``all = true`` for every
occurrence), ``delete``, ``insert_after``/``text``, ``swap = [a, b]``,
``append``, ``prepend``. Every anchor must occur exactly once (or at least
once with ``all``), so that an edit can never be silently void.

``bench/edits_score.py`` runs the same cases and prints precision and
recall. A case the tool gets wrong today
carries ``xfail = "reason"`` in its data and runs as a strict xfail, so that a
fix shows up as an XPASS failure that forces removing the mark.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
EDITS = Path(__file__).resolve().parent / "edits"
BLOCKING = ("error", "warning")


# -- the cases ---------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One controlled edit: versions to write, and the verdict expected on them."""

    name: str
    group: str
    what: str
    texts: tuple[str, ...]
    published: tuple[str, ...]
    langs: tuple[str, ...]
    flag: tuple[str, ...]
    cite: dict[str, tuple[str, ...]] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    compared: tuple[str, ...] = ()
    xfail: str = ""

    @property
    def must_flag(self) -> bool:
        return bool(self.flag)


def load_bases() -> dict[str, str]:
    """Base texts by name: a file (cut between ``start`` and ``end``, both kept) or inline ``text``."""
    table = tomllib.loads((EDITS / "bases.toml").read_text(encoding="utf-8"))
    bases = {}
    for name, spec in table.items():
        text = spec["text"] if "text" in spec else (ROOT / spec["file"]).read_text(encoding="utf-8")
        if "start" in spec:
            text = text[_once(text, spec["start"], name) :]
        if "end" in spec:
            text = text[: _once(text, spec["end"], name) + len(spec["end"])]
        bases[name] = text.strip() + "\n"
    return bases


def apply_edits(text: str, edits: list[dict[str, Any]], where: str) -> str:
    """Apply edits in order; every anchor must occur exactly once, so that no edit is silently void."""
    for edit in edits:
        if "replace" in edit:
            old, new = edit["replace"], edit["by"]
            if edit.get("all"):
                if old not in text:
                    raise ValueError(f"{where}: {old!r} not found")
                text = text.replace(old, new)
            else:
                at = _once(text, old, where)
                text = text[:at] + new + text[at + len(old) :]
        elif "delete" in edit:
            at = _once(text, edit["delete"], where)
            text = text[:at] + text[at + len(edit["delete"]) :]
        elif "insert_after" in edit:
            at = _once(text, edit["insert_after"], where) + len(edit["insert_after"])
            text = text[:at] + edit["text"] + text[at:]
        elif "swap" in edit:
            first, second = edit["swap"]
            a, b = _once(text, first, where), _once(text, second, where)
            if a > b:
                (a, first), (b, second) = (b, second), (a, first)
            if a + len(first) > b:
                raise ValueError(f"{where}: swapped passages overlap")
            text = text[:a] + second + text[a + len(first) : b] + first + text[b + len(second) :]
        elif "append" in edit:
            text = text.rstrip("\n") + "\n" + edit["append"].strip("\n") + "\n"
        elif "prepend" in edit:
            text = edit["prepend"].strip("\n") + "\n" + text
        else:
            raise ValueError(f"{where}: unknown edit {edit}")
    return text


def _once(text: str, needle: str, where: str) -> int:
    count = text.count(needle)
    if count != 1:
        raise ValueError(f"{where}: {needle!r} occurs {count} times, not once")
    return text.index(needle)


def _per_version(value: Any, n: int) -> tuple:
    values = tuple(value) if isinstance(value, list) else (value,) * n
    if len(values) != n:
        raise ValueError(f"{values!r}: expected {n} values, one per version")
    return values


def load_cases() -> list[Case]:
    """Every case of every ``edits/*.toml`` file, in file order."""
    bases = load_bases()
    cases: list[Case] = []
    for path in sorted(EDITS.glob("*.toml")):
        if path.name == "bases.toml":
            continue
        for spec in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            name = spec["name"]
            n = len(spec["published"])
            names = _per_version(spec["base"], n)
            edits = spec.get("edits", [[]] * n)
            if len(edits) != n:
                raise ValueError(f"{name}: {len(edits)} edit lists for {n} versions")
            texts = tuple(apply_edits(bases[b], e, f"{name} v{i + 1}") for i, (b, e) in enumerate(zip(names, edits)))
            cite = spec.get("cite", {})
            if isinstance(cite, list):
                cite = {code: cite for code in spec["flag"]}
            cases.append(
                Case(
                    name=name,
                    group=path.stem,
                    what=spec["what"],
                    texts=texts,
                    published=tuple(str(p) for p in spec["published"]),
                    langs=_per_version(spec["lang"], n),
                    flag=tuple(spec["flag"]),
                    cite={code: tuple(c) for code, c in cite.items()},
                    allow=tuple(spec.get("allow", ())),
                    compared=tuple(spec.get("compared", ())),
                    xfail=spec.get("xfail", ""),
                )
            )
    seen = [c.name for c in cases]
    duplicates = {n for n in seen if seen.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate case names: {sorted(duplicates)}")
    return cases


# -- running and judging -----------------------------------------------------


def write_case(case: Case, corpus: Path) -> Path:
    """Write the case's versions as ``corpus/<case>/v1.txt, v2.txt …`` with front matter; returns ``corpus``."""
    folder = corpus / case.name
    folder.mkdir(parents=True, exist_ok=True)
    for i, (text, published, lang) in enumerate(zip(case.texts, case.published, case.langs), 1):
        front = f"---\npublished: {published}\nlang: {lang}\n---\n"
        (folder / f"v{i}.txt").write_text(front + text, encoding="utf-8")
    return corpus


def _main(args: list[str]) -> str:
    from factcheck.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(args)
    return out.getvalue()


def run_json(corpus: Path) -> dict[str, Any]:
    """``factcheck --format json corpus`` in-process."""
    return json.loads(_main(["--format", "json", str(corpus)]))


def run_items(corpus: Path) -> list[str]:
    """The surface texts of every claim that joined a fact of several versions (``--format json -v``)."""
    doc = json.loads(_main(["--format", "json", "-v", str(corpus)]))
    return [claim["text"] for story in doc["stories"] for fact in story.get("facts", ()) for claim in fact["claims"]]


@dataclass
class Verdict:
    """What the tool said on one case, against what was expected."""

    case: Case
    caught: bool
    expected: list[dict[str, Any]]
    unexpected: list[dict[str, Any]]
    missing: list[str]
    errors: list[dict[str, Any]]
    #: Rule items run (aligned pairs times rules): 0 means no figure was compared at all.
    items: int = 0
    #: Figures of ``case.compared`` that joined no fact.
    uncompared: list[str] = field(default_factory=list)

    @property
    def right(self) -> bool:
        return not self.errors and not self.unexpected and not self.uncompared and (self.caught or not self.case.must_flag)

    def explain(self) -> str:
        lines = [f"{self.case.name} ({self.case.group}): {self.case.what}"]
        lines += [f"  missing: {m}" for m in self.missing]
        lines += [f"  unexpected {f['severity']} {f['code']}: {f['message']}" for f in self.unexpected]
        lines += [f"  never compared with another version: {u!r}" for u in self.uncompared]
        lines += [f"  input/plugin error: {e['path']}: {e['message'].splitlines()[0]}" for e in self.errors]
        return "\n".join(lines)


def _cites(finding: dict[str, Any], surface: str) -> bool:
    return any(surface in claim["text"] for claim in finding["claims"])


def judge(case: Case, doc: dict[str, Any]) -> Verdict:
    """Sort the error/warning findings into expected and unexpected, and list what is missing."""
    findings = [f for f in doc["findings"] if f["severity"] in BLOCKING]
    expected, unexpected, missing = [], [], []
    for finding in findings:
        code = finding["code"]
        cites = case.cite.get(code, ())
        if code in case.flag and (not cites or any(_cites(finding, c) for c in cites)):
            expected.append(finding)
        elif code not in case.allow:
            unexpected.append(finding)
    for code in case.flag:
        of_code = [f for f in expected if f["code"] == code]
        if not of_code:
            missing.append(f"{code} citing {list(case.cite.get(code, ()))}")
            continue
        for surface in case.cite.get(code, ()):
            if not any(_cites(f, surface) for f in of_code):
                missing.append(f"{code} does not cite {surface!r}")
    return Verdict(case, not missing, expected, unexpected, missing, doc["errors"], doc["summary"]["items"])


def check_case(case: Case, corpus: Path) -> Verdict:
    write_case(case, corpus)
    verdict = judge(case, run_json(corpus))
    if case.compared:
        items = run_items(corpus)
        verdict.uncompared = [s for s in case.compared if not any(s in item for item in items)]
    return verdict


# -- tests -------------------------------------------------------------------

CASES = load_cases()


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_edit(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    verdict = check_case(case, tmp_path / "corpus")
    assert verdict.right, verdict.explain()


def test_the_set_is_balanced_and_covers_three_languages() -> None:
    flagged = [c for c in CASES if c.must_flag]
    rewrites = [c for c in CASES if not c.must_flag]
    assert len(flagged) >= 35 and len(rewrites) >= 35, (len(flagged), len(rewrites))
    for lang in ("fr", "en", "es"):
        assert any(lang in c.langs for c in flagged) and any(lang in c.langs for c in rewrites), lang
    assert any(len(set(c.langs)) > 1 for c in rewrites), "no cross-language rewrite"


def test_edits_that_do_not_apply_are_refused() -> None:
    with pytest.raises(ValueError, match="occurs 0 times"):
        apply_edits("Microsoft a annoncé mardi.", [{"replace": "mercredi", "by": "jeudi"}], "probe")
    with pytest.raises(ValueError, match="occurs 2 times"):
        apply_edits("mardi et mardi", [{"delete": "mardi"}], "probe")
    swapped = apply_edits("Un. Deux. Trois.", [{"swap": ["Trois.", "Un."]}], "probe")
    assert swapped == "Trois. Deux. Un."


def test_seed_story_gives_exactly_the_two_expected_findings(run: Callable[..., Any], seed_dir: Path) -> None:
    """The two seed files as they are: FC201 on the partnerships' date, FC202 on the stale "mercredi"."""
    result = run("--format", "json", seed_dir)
    doc = result.json()
    findings = [f for f in doc["findings"] if f["severity"] in BLOCKING]
    cited = sorted((f["code"], tuple(sorted((c["version"].rsplit("/", 1)[-1], c["text"]) for c in f["claims"]))) for f in findings)
    assert cited == [
        ("FC201", (("000_ce85fb04032088a1.txt", "la semaine dernière"), ("004_ce2dd08aa2f079df.txt", "mardi"))),
        ("FC202", (("000_ce85fb04032088a1.txt", "mercredi"), ("004_ce2dd08aa2f079df.txt", "ce mercredi"))),
    ], json.dumps(findings, ensure_ascii=False, indent=1)
    assert result.status == 1


def test_judge_needs_the_cited_figures_and_refuses_other_findings() -> None:
    case = next(c for c in CASES if c.name == "seed-amount-changed")
    claim = {"text": "3,4 milliards de dollars"}
    on_point = {"severity": "error", "code": "FC101", "message": "m", "claims": [{"text": "2,9 milliards de dollars"}, claim]}
    elsewhere = {"severity": "error", "code": "FC101", "message": "m", "claims": [{"text": "110 millions de dollars"}]}
    info = {"severity": "info", "code": "FC103", "message": "m", "claims": []}
    assert judge(case, {"findings": [on_point, info], "errors": [], "summary": {"items": 3}}).right
    verdict = judge(case, {"findings": [elsewhere], "errors": [], "summary": {"items": 3}})
    assert not verdict.right and verdict.unexpected == [elsewhere] and verdict.missing
    rewrite = next(c for c in CASES if c.name == "seed-amount-in-millions")
    assert not judge(rewrite, {"findings": [on_point], "errors": [], "summary": {"items": 3}}).right
