"""What a quantity's unit measures and its size in SI, from quantulum3's unit catalog.

The languages' ``[units]`` tables name units by shared ids ("foot",
"kilometers_per_hour"), so "948 pieds" and "948 feet" already compare; "948
feet" and "289 m" need the two units' dimension and size. The id's English
forms find its unit in quantulum3's catalog (the ``units.json`` it ships),
which gives the dimension ("length") and what a unit is made of ("kilometre
per hour" is kilometre / hour); ``lang/units.toml`` gives the SI size of the
units the others are made of and the metric prefixes. The catalog file is read
as data: quantulum3's own loader takes two seconds to build its parser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from ._vocab import BUILTIN_DIR, available_languages, load_vocab, tomllib

#: quantulum3's metric prefix symbols (``quantulum3.load.METRIC_PREFIXES``, without importing its loader).
_PREFIX_SYMBOLS = {"Y": "yotta", "Z": "zetta", "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega", "k": "kilo",
                   "h": "hecto", "da": "deca", "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "n": "nano",
                   "p": "pico", "f": "femto", "a": "atto", "z": "zepto", "y": "yocto"}


@dataclass(frozen=True)
class Unit:
    """A unit's dimension (quantulum3's entity: ``length``, ``speed``) and how to bring a value to SI."""

    dimension: str
    factor: Decimal
    offset: Decimal = Decimal(0)

    def to_si(self, value: Decimal) -> Decimal:
        return value * self.factor + self.offset


def unit(unit_id: str | None) -> Unit | None:
    """The dimension and SI size of a language-table unit id, None when the catalog does not know it."""
    return _table().get(unit_id or "")


@lru_cache(maxsize=1)
def _table() -> dict[str, Unit]:
    data = tomllib.loads((BUILTIN_DIR / "units.toml").read_text(encoding="utf-8"))
    english = load_vocab("en")["numbers"].get("units", {})
    catalog = _catalog()
    sizes = _Sizes(catalog, data)
    table: dict[str, Unit] = {}
    ids = {unit_id for lang in available_languages() for unit_id in load_vocab(lang)["numbers"].get("units", {})}
    for unit_id in sorted(ids):
        forms = english.get(unit_id, [])
        made_of = data["made_of"].get(unit_id)
        if made_of is not None:
            factor = sizes.product([(name, power) for name, power in made_of["of"]])
            if factor is not None:
                table[unit_id] = Unit(made_of["entity"], factor)
            continue
        name = _find(catalog, [unit_id.replace("_", " "), *forms])
        if name is None:
            continue
        entry = catalog[name]
        if name in data["affine"]:
            factor, offset = data["affine"][name]
            table[unit_id] = Unit(entry["entity"], Decimal(str(factor)), Decimal(str(offset)))
            continue
        factor = sizes.of(name)
        if factor is not None:
            table[unit_id] = Unit(entry["entity"], factor)
    return table


def _catalog() -> dict[str, dict[str, Any]]:
    """Every unit of quantulum3's catalog by name, with its prefixed forms ("kilometre", "km")."""
    root = resources.files("quantulum3")
    units: dict[str, dict[str, Any]] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        units.update(json.loads(path.read_text(encoding="utf-8")))
    prefixed: dict[str, dict[str, Any]] = {}
    for name, entry in units.items():
        for symbol in entry.get("prefixes", ()):
            word = _PREFIX_SYMBOLS.get(symbol)
            if word and word + name not in units:
                prefixed[word + name] = {
                    "entity": entry["entity"],
                    "dimensions": [],
                    "surfaces": [word + s for s in entry.get("surfaces", ())],
                    "symbols": [symbol + s for s in entry.get("symbols", ())],
                    "made_of": (word, name),
                }
    return {**units, **prefixed}


def _find(catalog: dict[str, dict[str, Any]], forms: list[str]) -> str | None:
    """The catalog unit most of the forms name (surfaces without case, symbols with it)."""
    votes: dict[str, int] = {}
    for name, entry in catalog.items():
        if entry.get("entity") in ("dimensionless", "currency"):
            continue
        surfaces = {s.lower() for s in entry.get("surfaces", ())}
        symbols = set(entry.get("symbols", ()))
        for form in forms:
            if form.lower() in surfaces or form.lower().rstrip("s") in surfaces or form in symbols:
                votes[name] = votes.get(name, 0) + 1
    if not votes:
        return None
    return max(sorted(votes), key=lambda n: votes[n])


class _Sizes:
    """SI sizes of catalog units: given, prefixed, or the product of what they are made of."""

    def __init__(self, catalog: dict[str, dict[str, Any]], data: dict[str, Any]) -> None:
        self.catalog = catalog
        self.given = {name: Decimal(str(size)) for name, size in data["si"].items()}
        self.prefixes = data["prefixes"]

    def of(self, name: str, depth: int = 0) -> Decimal | None:
        if name in self.given:
            return self.given[name]
        entry = self.catalog.get(name)
        if entry is None or depth > 4:
            return None
        if "made_of" in entry:
            prefix, base = entry["made_of"]
            size = self.of(base, depth + 1)
            return None if size is None else size * Decimal(10) ** self.prefixes[prefix]
        parts = [(d["base"], d["power"]) for d in entry.get("dimensions", ()) if d["base"] != name]
        if parts:
            return self.product(parts, depth + 1)
        for word, power in self.prefixes.items():  # "kilometre" listed on its own
            if name.startswith(word) and name[len(word):] in self.given:
                return self.given[name[len(word):]] * Decimal(10) ** power
        return None

    def product(self, parts: list[tuple[str, int]], depth: int = 0) -> Decimal | None:
        total = Decimal(1)
        for name, power in parts:
            size = self.of(name, depth + 1)
            if size is None:
                return None
            total *= size ** power
        return total
