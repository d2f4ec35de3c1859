"""Which rules and items run: ``--select``/``--ignore`` by code prefix (as ruff), ``-k`` by item id (as pytest)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from _pytest.mark.expression import Expression

from ._errors import UsageError
from ._model import Rule

if TYPE_CHECKING:
    from ._config import Config


@dataclass(frozen=True)
class ItemFilter:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    keyword: Expression | None = None

    @classmethod
    def from_config(cls, config: Config) -> ItemFilter:
        keyword = config.getoption("keyword")
        expression = None
        if keyword:
            try:
                expression = Expression.compile(keyword)
            except Exception as exc:  # pytest raises its own ParseError or SyntaxError
                raise UsageError(f"-k {keyword!r}: {exc}") from None
        return cls(_codes(config.getoption("select")), _codes(config.getoption("ignore")), expression)

    def wants_rule(self, rule: Rule) -> bool:
        """Selected codes run unless a longer (more specific) ignore prefix matches."""
        selected = _longest_prefix(rule.code, self.select) if self.select else 0
        ignored = _longest_prefix(rule.code, self.ignore)
        if self.select and selected == 0:
            return False
        return ignored == 0 or ignored < selected

    def wants_item(self, nodeid: str) -> bool:
        """pytest's ``-k``: case-insensitive substring match of each name in the expression."""
        if self.keyword is None:
            return True
        lowered = nodeid.lower()
        return self.keyword.evaluate(lambda name, **_: name.lower() in lowered)


def _codes(values: list[str] | str | None) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def _longest_prefix(code: str, prefixes: tuple[str, ...]) -> int:
    return max((len(p) for p in prefixes if code.startswith(p) or p == "ALL"), default=0)
