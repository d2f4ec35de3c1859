"""The run's configuration: command-line options over ``[tool.factcheck]`` of ``pyproject.toml``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import UsageError
from ._model import SEVERITIES
from ._vocab import BUILTIN_DIR, Vocab, available_languages, load_vocab

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

if TYPE_CHECKING:
    from ._plugins import PluginManager

#: A reporter that shows documents and claims (not only findings) sets this key of
#: ``config.stash`` to True in its configure hook; otherwise they are not kept, so that
#: memory stays bounded by one story.
KEEP_ANALYSIS = "factcheck.keep_analysis"

#: A plugin that records the run's findings as accepted (``--write-baseline``) sets this key of
#: ``config.stash`` to True in its configure hook: findings then do not make the exit status 1.
ACCEPT_FINDINGS = "factcheck.accept_findings"

#: Files a plugin writes or reads for itself (a baseline): ``config.stash[OWN_FILES]`` is a set of paths that
#: are never read as versions, whatever folder is checked.
OWN_FILES = "factcheck.own_files"

#: Keys ``[tool.factcheck]`` accepts, with the type each must have.
SETTINGS: dict[str, type | tuple[type, ...]] = {
    "paths": list,
    "include": list,
    "exclude": list,
    "rules": (str, list),
    "select": list,
    "ignore": list,
    "fail_on": str,
    "fail_on_alone": bool,
    "one_story": bool,
    "format": str,
    "severity": dict,
    "tolerance": (int, float),
    "max_file_size": (int, float),
    "time_limit": (int, float),
    "jobs": (int, str),
    "cache_dir": str,
    "align": dict,
}


def find_settings(start: Path) -> tuple[dict[str, Any], Path | None]:
    """The ``[tool.factcheck]`` table of the nearest ``pyproject.toml`` that has one, walking up from ``start``."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise UsageError(f"{candidate}: cannot read: {exc}") from None
        table = data.get("tool", {}).get("factcheck")
        if table is not None:
            if not isinstance(table, dict):
                raise UsageError(f"{candidate}: [tool.factcheck] must be a table")
            return table, candidate
    return {}, None


def validate_settings(table: dict[str, Any], path: Path | None, plugin_keys: set[str]) -> None:
    """Refuse unknown keys (a typo would silently do nothing) and core keys of the wrong type.

    Plugins' option names (``--write-baseline`` → ``write_baseline``) are known keys too.
    """
    for key, value in table.items():
        expected = SETTINGS.get(key)
        if expected is None and key not in plugin_keys:
            known = ", ".join(sorted(set(SETTINGS) | plugin_keys))
            raise UsageError(f"{path}: [tool.factcheck] has unknown key {key!r} (known: {known})")
        if expected is not None and (not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool)):
            raise UsageError(f"{path}: [tool.factcheck] {key} has the wrong type ({type(value).__name__})")
    for code, severity in table.get("severity", {}).items():
        if severity not in SEVERITIES:
            raise UsageError(f"{path}: [tool.factcheck.severity] {code} = {severity!r}: use one of {', '.join(SEVERITIES)}")


def project_root(settings_path: Path | None) -> Path:
    """The project's root: the folder of the ``pyproject.toml`` the settings come from, else the working
    folder. Settings' paths (``paths``, ``rules``, ``baseline``) and baseline keys are relative to it."""
    return settings_path.parent if settings_path is not None else Path.cwd()


def rule_folders(cli_dirs: list[str], settings: dict[str, Any], settings_path: Path | None) -> list[Path]:
    """Local rule folders: ``--rules`` plus ``rules`` of ``[tool.factcheck]`` (relative to its file)."""
    configured = settings.get("rules", [])
    base = project_root(settings_path)
    return [Path(d) for d in cli_dirs] + [base / d for d in ([configured] if isinstance(configured, str) else configured)]


def dask_scheduler(option: str | int | None) -> str | None:
    """For ``-j dask`` (a local cluster) "", for ``-j dask://HOST:PORT`` the scheduler's address, else None."""
    if option == "dask":
        return ""
    if isinstance(option, str) and option.startswith("dask://"):
        address = option.removeprefix("dask://")
        if not address or address.startswith(":") or ":" not in address:
            raise ValueError(f"a Dask scheduler is given as dask://HOST:PORT, not {option!r}")
        return f"tcp://{address}"
    return None


def workers(option: str | int | None) -> int:
    """The number of worker processes for ``-j``: a number, or ``auto`` for every core (1 with Dask: this
    machine's part is then one process, the cluster does the rest)."""
    if option in (None, "", 0, "0", 1, "1") or dask_scheduler(option) is not None:
        return 1
    if option == "auto":
        return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    return max(1, int(option))


class Config:
    """Options and settings of one run, plus a place for plugins to keep their state."""

    def __init__(self, option: argparse.Namespace, settings: dict[str, Any], settings_path: Path | None, pluginmanager: PluginManager, args: list[str] | None = None) -> None:
        #: The command line this configuration was read from.
        self.args = list(args or [])
        #: The parsed command line.
        self.option = option
        #: ``[tool.factcheck]`` as read.
        self.settings = settings
        #: The ``pyproject.toml`` the settings came from, if any.
        self.settings_path = settings_path
        self.pluginmanager = pluginmanager
        #: Per-plugin state, keyed by a name the plugin chooses.
        self.stash: dict[str, Any] = {}
        self._vocab_dirs: tuple[Path, ...] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """What a worker process needs: options and settings. Plugins and their state stay here;
        the worker loads and configures its own (``_startup.restart``)."""
        state = dict(self.__dict__)
        state.update(pluginmanager=None, stash={}, _vocab_dirs=None)
        return state

    @property
    def root(self) -> Path:
        """The project's root (see :func:`project_root`)."""
        return project_root(self.settings_path)

    def getoption(self, name: str, default: Any = None) -> Any:
        """A command-line option, falling back to ``[tool.factcheck]``, then ``default``."""
        value = getattr(self.option, name, None)
        if value is None or value == []:
            value = self.settings.get(name, default)
        return value

    @property
    def format(self) -> str:
        return self.getoption("format", "terminal")

    def severity_overrides(self) -> dict[str, str]:
        """Default severities changed per rule code: ``--severity FC202=error`` over ``[tool.factcheck.severity]``."""
        overrides = dict(self.settings.get("severity", {}))
        for entry in getattr(self.option, "severity", None) or []:
            code, _, severity = entry.partition("=")
            if severity not in SEVERITIES:
                raise UsageError(f"--severity {entry}: give CODE=SEVERITY with one of {', '.join(SEVERITIES)}")
            overrides[code.strip().upper()] = severity
        return overrides

    @property
    def tolerance(self) -> float:
        """Relative slack when comparing figures (0: none), from ``--tolerance`` or the settings."""
        value = self.getoption("tolerance", 0)
        if not isinstance(value, (int, float)) or value < 0 or value >= 1:
            raise UsageError(f"tolerance must be a number from 0 to below 1 (0.05 is 5%), not {value!r}")
        return float(value)

    @property
    def fail_on(self) -> str:
        value = self.getoption("fail_on", "error")
        if value not in SEVERITIES:
            raise UsageError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {value!r}")
        return value

    def vocab_dirs(self) -> tuple[Path, ...]:
        """The built-in language folder, then the ones plugins ship."""
        if self._vocab_dirs is None:
            extra = [Path(d) for dirs in self.pluginmanager.hook.factcheck_vocab_dirs() for d in dirs]
            self._vocab_dirs = (BUILTIN_DIR, *extra)
        return self._vocab_dirs

    def languages(self) -> list[str]:
        """The languages that have vocabulary data, built in or from plugins."""
        return available_languages(self.vocab_dirs())

    def vocab(self, lang: str | None) -> Vocab:
        """The vocabulary of ``lang``: built-in data plus what plugins ship."""
        return load_vocab(lang or "und", self.vocab_dirs())
