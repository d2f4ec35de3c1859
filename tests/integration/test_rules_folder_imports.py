"""A project's rules folder is importable: its modules share helpers, and a changed helper re-runs the checks."""

from __future__ import annotations

import textwrap

QUAKE = "Le bilan du séisme qui a frappé la région de Sefrou s'élève à 62 morts, selon les autorités locales.\n"

RULE = '''
import factcheck
{imports}


@factcheck.rule(code="{code}", severity="warning", kinds=("count",))
def check_{name}(fact):
    assert all(c.value <= LIMIT for c in fact.claims), "{code}: a count above " + str(LIMIT)
'''


def _project(write, limit: int):
    write("corpus/quake/a.txt", QUAKE)
    write("corpus/quake/b.txt", QUAKE)
    write("myrules/_shared.py", f"LIMIT = {limit}\n")
    for code, name, imports in (("LOC001", "relative", "from ._shared import LIMIT"),
                                ("LOC002", "beside", "from _shared import LIMIT"),
                                ("LOC003", "package", "from myrules._shared import LIMIT")):
        write(f"myrules/{name}.py", textwrap.dedent(RULE).format(code=code, name=name, imports=imports))


def test_rule_modules_import_a_helper_beside_them_three_ways(run, write, tmp_path, monkeypatch) -> None:
    _project(write, 100)
    monkeypatch.chdir(tmp_path)
    doc = run("--rules", "myrules", "--format", "json", "corpus").json()
    assert doc["errors"] == []
    assert doc["summary"]["rules"] >= 3 and doc["findings"] == []
    _project(write, 50)  # the helper changes: the cached results must not be reused
    doc = run("--rules", "myrules", "--format", "json", "corpus").json()
    assert sorted(f["code"] for f in doc["findings"]) == ["LOC001", "LOC002", "LOC003"]


def test_helpers_work_in_worker_processes_too(run, write, tmp_path, monkeypatch) -> None:
    _project(write, 50)
    write("corpus/other/a.txt", QUAKE.replace("62", "70"))
    write("corpus/other/b.txt", QUAKE.replace("62", "70"))
    monkeypatch.chdir(tmp_path)
    doc = run("--rules", "myrules", "-j", "2", "--format", "json", "corpus").json()
    assert doc["errors"] == []
    assert len([f for f in doc["findings"] if f["code"].startswith("LOC")]) == 6
