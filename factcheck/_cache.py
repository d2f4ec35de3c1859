"""A cache of checked stories, keyed by content, tool and plugin versions and the options that change results.

A re-run on an unchanged corpus reads every story's result from
``.factcheck_cache/`` (as pytest keeps ``.pytest_cache``) and redoes only the
stories whose files changed. The cache is never written inside a folder being
checked: when the working directory lies in the corpus, the user's cache
folder (``$XDG_CACHE_HOME/factcheck``) is used instead.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from ._model import Story
from ._story import StoryResult

if TYPE_CHECKING:
    from ._config import Config
    from ._model import Rule

#: Bumped when the layout of cached results changes.
LAYOUT = "1"
DEFAULT_DIR = ".factcheck_cache"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by factcheck; delete it at will.\n"


def cache_dir(config: Config, paths: list[str]) -> Path | None:
    """Where to keep results, or None when caching is off."""
    if config.getoption("no_cache") or "-" in paths:
        return None
    chosen = Path(config.getoption("cache_dir") or DEFAULT_DIR).absolute()
    inputs = [Path(p).resolve() for p in paths]
    if any(chosen.resolve() == p or p in chosen.resolve().parents for p in inputs if p.is_dir()):
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        chosen = base / "factcheck"
    return chosen


class StoryCache:
    """Results of checked stories on disk, one file per story and configuration."""

    def __init__(self, folder: Path, config: Config, rules: list[Rule], mode: dict[str, Any]) -> None:
        self.folder = folder / f"v{LAYOUT}"
        self.salt = _salt(config, rules, mode)
        self.hits = self.misses = 0

    def key(self, story: Story) -> str:
        digest = hashlib.sha256(self.salt.encode())
        digest.update(json.dumps([story.id, story.grouped_by], ensure_ascii=False).encode())
        for v in story.versions:
            described = [v.path, hashlib.sha256(v.text.encode("utf-8", "surrogatepass")).hexdigest(), v.body_start,
                         str(v.published), v.published_source, v.lang, v.lang_source, v.story_key, v.notes]
            digest.update(json.dumps(described, ensure_ascii=False, default=str).encode())
            digest.update(json.dumps(dict(v.meta), ensure_ascii=False, sort_keys=True, default=str).encode())
        return digest.hexdigest()

    def get(self, story: Story) -> StoryResult | None:
        path = self._path(self.key(story))
        try:
            with open(path, "rb") as stream:
                result = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(result, StoryResult) or result.story_id != story.id:
            self.misses += 1
            return None
        self.hits += 1
        return dataclasses.replace(result, origin="cache")

    def put(self, story: Story, result: StoryResult) -> None:
        """Store a result atomically; a cache that cannot be written is simply not used."""
        path = self._path(self.key(story))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.folder.parent / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text(_TAG, encoding="utf-8")
            ignore = self.folder.parent / ".gitignore"
            if not ignore.exists():  # as pytest's and ruff's caches: never committed by accident
                ignore.write_text("# Created by factcheck automatically.\n*\n", encoding="utf-8")
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"


def _salt(config: Config, rules: list[Rule], mode: dict[str, Any]) -> str:
    """Everything besides the story that changes a result: code, plugins, rules, options."""
    pm = config.pluginmanager
    plugins = []
    for name, plugin in pm.named_plugins():
        source = getattr(plugin, "__file__", None)
        if source:  # objects registered at configure time (reporters) come from a module counted here
            plugins.append([name, pm.plugin_dists.get(name), _file_digest(source), _package_digest(plugin)])
    options = {name: _option_value(config.getoption(name)) for name in sorted(vars(config.option)) if name not in OUTPUT_ONLY}
    described = {
        "factcheck": __version__,
        "source": _source_digest(),
        "python": sys.version_info[:2],
        "plugins": plugins,
        "vocab": [[str(folder), [[str(p.relative_to(folder)), _file_digest(str(p))] for p in sorted(Path(folder).rglob("*.toml"))]]
                  for folder in config.vocab_dirs()[1:]],  # language data plugins ship (the built-in data is in "source")
        "rules": [[r.code, r.name, r.severity, r.plugin, list(r.params), list(r.kinds)] for r in rules],
        "options": options,
        "severity": config.severity_overrides(),
        "settings": {k: v for k, v in sorted(config.settings.items()) if k not in OUTPUT_ONLY},  # [tool.factcheck.align] …
        "mode": mode,
    }
    return json.dumps(described, ensure_ascii=False, sort_keys=True, default=str)


#: Options that change how results are shown or where they go, not the results: every other
#: option, a plugin's included (``--baseline FILE`` changes which findings are reported), is in the key.
OUTPUT_ONLY = frozenset({
    "paths", "format", "output", "verbose", "quiet", "fail_on", "fail_on_alone", "jobs", "cache_dir", "no_cache",
    "show_config", "list_rules", "explain", "write_baseline", "max_file_size", "plugins", "rules",
})


def _option_value(value: Any) -> Any:
    """An option as it enters the key; a file it names counts by its content."""
    if isinstance(value, str) and value and os.path.isfile(value):
        return [value, _file_digest(os.path.abspath(value))]
    return value


def _file_digest(path: str) -> str:
    try:
        stat = os.stat(path)
    except OSError:
        return "unreadable"
    return _digest(path, stat.st_mtime_ns, stat.st_size)


def _package_digest(plugin: Any) -> list[Any]:
    """The other modules of a plugin's package (the helpers its rules import: ``rules/_facts.py``)."""
    package = getattr(plugin, "__package__", None)
    source = getattr(plugin, "__file__", None)
    if not package or not source:
        return []
    folder = Path(source).parent
    return [[p.name, _file_digest(str(p))] for p in sorted(folder.glob("*.py"))]


@lru_cache(maxsize=256)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    """A file's SHA-256, computed again whenever the file changes."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """factcheck's own code and language data (an editable install keeps its version while its code changes)."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".toml") and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
