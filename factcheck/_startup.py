"""Starting a run's plugins from its configuration: once in the main process, again in each worker.

A worker process (or a Dask worker) receives the run's :class:`Config`
pickled, without its plugin manager; :func:`restart` loads the same plugins
and rule folders from the options it carries and configures them, so that
nothing re-reads the command line.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from ._collect import collect_rules
from ._config import Config, rule_folders
from ._errors import UsageError
from ._plugins import PluginManager
from ._story import StoryChecker


def setup_plugins(plugins: list[str], rule_dirs: list[str], settings: dict[str, Any], settings_path: Path | None) -> PluginManager:
    """A plugin manager with ``-p`` applied, entry points and local rule folders loaded."""
    pm = PluginManager()
    pm.block([p[3:] for p in plugins if p.startswith("no:")])
    for name in (p for p in plugins if not p.startswith("no:")):
        try:
            pm.register(importlib.import_module(name), name=name)
        except ImportError as exc:
            raise UsageError(f"-p {name}: cannot import plugin module: {exc}") from None
    pm.load_entrypoint_plugins()
    for folder in rule_folders(rule_dirs, settings, settings_path):
        pm.load_rule_folder(folder)
    return pm


def restart(config: Config) -> Config:
    """A configuration received from another process, made live here: its plugins loaded and configured."""
    option = config.option
    config.pluginmanager = setup_plugins(getattr(option, "plugins", []) or [], getattr(option, "rules", []) or [],
                                         config.settings, config.settings_path)
    config.pluginmanager.hook.factcheck_configure.call_historic(kwargs={"config": config})
    return config


def restart_checker(config: Config) -> StoryChecker:
    """A story checker in another process (a worker of ``-j`` or of Dask): the configuration made live, and
    the same rules collected quietly (the main process reported their errors)."""
    config = restart(config)
    _, rules = collect_rules(config, lambda *args, **kwargs: [])
    return StoryChecker(config, rules)
