"""The package's structure: import layers with no circle, and a configuration a worker can start from."""

from __future__ import annotations

import pickle
from pathlib import Path

from importlinter.cli import lint_imports

from factcheck._startup import restart
from factcheck.testing import make_config

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_of_pyproject_hold(monkeypatch, capsys):
    """No import circle, entry points above the run above the stages (contracts in pyproject.toml)."""
    monkeypatch.chdir(ROOT)
    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out


def test_a_configuration_travels_to_another_process_without_its_plugins_and_starts_them_again():
    config = make_config("--tolerance", "0.05", "--select", "FC1", "-p", "no:dates", fail_on="warning")
    config.stash["a plugin's state"] = object()  # plugin state stays in its own process
    received = pickle.loads(pickle.dumps(config))
    assert received.pluginmanager is None and received.stash == {}
    live = restart(received)
    assert live.tolerance == 0.05 and live.fail_on == "warning" and live.getoption("select") == ["FC1"]
    loaded = {name for name, _ in live.pluginmanager.named_plugins()}
    assert "amounts" in loaded and "dates" not in loaded  # -p no:dates holds in the new process too


#: Runtime dependencies the product does not import itself, and why each stays.
NOT_IMPORTED = {
    "quantulum3": "named by the design card",
    "lxml_html_clean": "justext (through trafilatura) imports lxml.html.clean from it",
}
#: Import names that differ from the distribution's.
IMPORT_NAMES = {"PyYAML": "yaml", "charset-normalizer": "charset_normalizer", "tomli": "tomllib"}


def test_every_runtime_dependency_is_imported_by_the_product_or_says_why_not():
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    sources = "\n".join(p.read_text(encoding="utf-8") for folder in ("factcheck", "rules") for p in (ROOT / folder).rglob("*.py"))
    unused = []
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group()
        module = IMPORT_NAMES.get(name, name)
        if name not in NOT_IMPORTED and not re.search(rf"^\s*(?:import|from) _?{re.escape(module)}\b", sources, re.MULTILINE):
            unused.append(name)
    assert not unused, f"installed for every user but never imported: {unused}"
