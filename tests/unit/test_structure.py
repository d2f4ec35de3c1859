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
