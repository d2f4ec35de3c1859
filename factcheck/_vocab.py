"""Per-language vocabulary, read from data files ``<lang>/<topic>.toml``.

Words never live in code: a language is a folder of TOML files (``numbers.toml``,
``dates.toml``, ``metadata.toml`` …), one table per topic. Plugins add folders
through the ``factcheck_vocab_dirs`` hook; a later folder adds keys to earlier
ones and extends their lists.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from . import _regex
from ._errors import VocabError
from ._fold import fold_word

#: What a language folder may be called: a code, or ``_digits``.
_FOLDER_NAME = _regex.compile(r"_?[a-z]{2,8}")

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: The folder of the built-in languages.
BUILTIN_DIR = Path(__file__).parent / "lang"
#: The keys each topic may hold, with their types (``lang/schema.toml``).
SCHEMA_FILE = BUILTIN_DIR / "schema.toml"
#: The shortest stem a concept form may have ("vote*"): shorter ones would match too much, and are never tried
#: (a word is looked up by its prefixes of at least this length).
MIN_STEM = 4
_TYPES = {"table": dict, "array": list, "string": str, "integer": int, "float": float, "boolean": bool}


@dataclass(frozen=True, slots=True)
class Vocab:
    """The vocabulary of one language: ``vocab["dates"]["weekdays"]``."""

    lang: str
    topics: Mapping[str, Mapping[str, Any]]

    def __getitem__(self, topic: str) -> Mapping[str, Any]:
        return self.topics.get(topic, MappingProxyType({}))

    def get(self, topic: str, key: str, default: Any = None) -> Any:
        """One entry, or ``default`` when the language does not define it."""
        return self.topics.get(topic, {}).get(key, default)


def available_languages(dirs: Iterable[Path] = (BUILTIN_DIR,)) -> list[str]:
    """The languages that have a data folder."""
    return sorted({p.name for d in dirs if d.is_dir() for p in d.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))})


def load_vocab(lang: str, dirs: Iterable[Path] = (BUILTIN_DIR,)) -> Vocab:
    """Read and merge every ``<dir>/<lang>/*.toml``; an unknown language gives an empty vocab."""
    if not _FOLDER_NAME.fullmatch(lang or ""):
        return Vocab(lang=lang, topics=MappingProxyType({}))  # never a path: "..", "/etc", 4,000 letters
    return _load(lang, tuple(Path(d) for d in dirs))


@lru_cache(maxsize=None)
def _load(lang: str, dirs: tuple[Path, ...]) -> Vocab:
    topics: dict[str, dict[str, Any]] = {}
    for folder in dirs:
        for path in sorted((folder / lang).glob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise VocabError(f"{path}: {exc}") from None
            validate(path.stem, data, path)
            topic = topics.setdefault(path.stem, {})
            _merge(topic, data)
    frozen = {name: MappingProxyType(body) for name, body in topics.items()}
    return Vocab(lang=lang, topics=MappingProxyType(frozen))


def schema() -> dict[str, dict[str, Any]]:
    """``{topic: {key: {"type", "required"}}}`` for the built-in topics."""
    return _schema()


@lru_cache(maxsize=1)
def _schema() -> dict[str, dict[str, Any]]:
    return tomllib.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def validate(topic: str, data: Mapping[str, Any], path: Path) -> None:
    """Refuse unknown keys and wrong types in a built-in topic (a typo would otherwise silently drop words).

    Topics the schema does not know (a plugin's own) are not checked.
    """
    known = schema().get(topic)
    if known is None:
        return
    for key, value in data.items():
        entry = known.get(key)
        if entry is None:
            raise VocabError(f"{path}: unknown key {key!r} in topic {topic!r} (known: {', '.join(sorted(known))})")
        expected = _TYPES[entry["type"]]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise VocabError(f"{path}: {key!r} must be a {entry['type']}, not {type(value).__name__}")
    if topic == "concepts":
        _check_concept_forms(data.get("concepts", {}), path)


def _check_concept_forms(table: Mapping[str, Any], path: Path) -> None:
    """Refuse a concept form that would be dropped silently: a stem shorter than :data:`MIN_STEM` letters is
    never matched, and a form of two concepts means only the last one."""
    owners: dict[tuple[bool, str], str] = {}
    for concept, forms in table.items():
        for form in forms if isinstance(forms, list) else ():
            if not isinstance(form, str):
                continue
            if form.endswith("*") and len(fold_word(form[:-1])) < MIN_STEM:
                raise VocabError(f"{path}: concept {concept!r}: stem {form!r} is shorter than {MIN_STEM} letters and would "
                                 f"never match; list the words themselves")
            key = (form.endswith("*"), fold_word(form.rstrip("*")))
            other = owners.setdefault(key, concept)
            if other != concept:
                raise VocabError(f"{path}: {form!r} is a form of both {other!r} and {concept!r}: keep it in one")


def _merge(into: dict[str, Any], data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + [v for v in value if v not in into[key]]
        elif isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
