"""The plugin manager: the hook contract, entry points, ``-p no:NAME`` and local rule folders."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

import pluggy

from . import hookspecs
from ._fence import fence
from ._model import InputError

#: The entry-point group that built-in and third-party plugins register under.
ENTRY_POINT_GROUP = "factcheck"


class PluginManager(pluggy.PluginManager):
    """A pluggy manager that knows factcheck's hooks and where its plugins come from."""

    def __init__(self) -> None:
        super().__init__("factcheck")
        self.add_hookspecs(hookspecs)
        #: Plugins that failed to load, reported by the session as errors.
        self.load_errors: list[InputError] = []
        #: Distribution (name, version) of each entry-point plugin, by plugin name.
        self.plugin_dists: dict[str, tuple[str, str]] = {}
        if os.environ.get("FACTCHECK_DEBUG"):
            self.trace.root.setwriter(sys.stderr.write)
            self.enable_tracing()

    def block(self, names: list[str]) -> None:
        """Block plugins by name before they load (``-p no:NAME``)."""
        for name in names:
            self.set_blocked(name)

    def load_entrypoint_plugins(self) -> None:
        """Register every plugin of the ``factcheck`` entry-point group, sorted for determinism.

        A plugin that fails to import is recorded in ``load_errors``; the others still load.
        """
        eps = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
        for ep in eps:
            if self.is_blocked(ep.name) or self.get_plugin(ep.name) is not None:
                continue
            try:
                with fence():
                    plugin = ep.load()
                self.register(plugin, name=ep.name)
            except Exception as exc:  # a broken third-party plugin must not stop the run
                self.load_errors.append(_plugin_error(f"plugin {ep.name} ({ep.value})", exc))
                continue
            if ep.dist is not None:
                self.plugin_dists[ep.name] = (ep.dist.name, ep.dist.version)

    def load_rule_folder(self, folder: Path) -> None:
        """Register every ``*.py`` module of a project's own rules folder as a plugin.

        Each module registers under ``local:<folder>/<stem>``; ``-p no:<stem>`` blocks it too. As
        pytest does for a conftest's folder, the folder is importable, so that its modules share
        helpers: ``from .helper import X``, ``from helper import X`` and ``from <folder>.helper import X``.
        """
        if not folder.is_dir():
            self.load_errors.append(InputError(str(folder), "rules folder not found", kind="plugin"))
            return
        package = _importable(folder.resolve())
        for path in sorted(folder.glob("*.py")):
            if path.name.startswith("_"):
                continue
            name = f"local:{folder.name}/{path.stem}"
            if self.is_blocked(path.stem) or self.is_blocked(name) or self.get_plugin(name) is not None:
                continue
            try:
                with fence():
                    module = _import_file(path, f"{package}.{path.stem}")
                self.register(module, name=name)
            except Exception as exc:
                self.load_errors.append(_plugin_error(str(path), exc))

    def named_plugins(self) -> list[tuple[str, Any]]:
        """``(name, plugin)`` of every registered plugin, sorted by name."""
        return sorted(((n, p) for n, p in self.list_name_plugin() if n is not None and p is not None), key=lambda x: x[0])


#: The package under which the modules of rules folders are imported.
LOCAL_RULES = "factcheck_local_rules"


def _importable(folder: Path) -> str:
    """Make a rules folder importable; the name of the package its modules are imported in.

    The folder becomes the package ``factcheck_local_rules.<name>`` (relative imports resolve in
    it), and the folder and its parent go on ``sys.path`` (``import helper``, ``import rules.helper``).
    """
    for entry in (str(folder), str(folder.parent)):
        if entry not in sys.path:
            sys.path.append(entry)
    inside = str(folder) + os.sep
    for loaded, module in list(sys.modules.items()):  # a second run in one process reads the helpers as they are now
        if (getattr(module, "__file__", None) or "").startswith(inside):
            del sys.modules[loaded]
    root = sys.modules.get(LOCAL_RULES)
    if root is None:
        root = sys.modules[LOCAL_RULES] = ModuleType(LOCAL_RULES)
        root.__path__ = []
    digest = hashlib.sha1(str(folder).encode()).hexdigest()[:8]
    name = f"{LOCAL_RULES}.{''.join(ch if ch.isalnum() else '_' for ch in folder.name)}_{digest}"
    if name not in sys.modules:
        package = ModuleType(name)
        package.__path__ = [str(folder)]
        package.__package__ = name
        sys.modules[name] = package
    return name


def _import_file(path: Path, module_name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    return module


def _plugin_error(where: str, exc: BaseException) -> InputError:
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return InputError(where, f"could not load: {type(exc).__name__}: {exc}\n{detail}", kind="plugin")
