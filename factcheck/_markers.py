"""Markers: ``hookimpl`` for hook implementations, ``rule`` for ``check_*`` functions.

Like pluggy's markers they only attach data to the function; nothing is
registered when a module is imported.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, TypeVar

import pluggy

hookimpl = pluggy.HookimplMarker("factcheck")

F = TypeVar("F", bound=Callable[..., Any])

#: The attribute ``@rule`` sets on a function.
RULE_ATTR = "factcheck_rule"


def rule(code: str, severity: str = "error", kinds: Iterable[str] = ()) -> Callable[[F], F]:
    """Mark a ``check_*`` function as a rule.

    Args:
        code: a unique code, one to four capital letters and three digits (``FC101``).
        severity: default severity of its findings: ``error``, ``warning`` or ``info``.
        kinds: for a rule over ``pair``: the claim kinds it is about; pairs of
            other kinds do not make items.

    The code and severity are checked when rules are collected, so that the
    error can name the plugin.
    """

    def mark(func: F) -> F:
        setattr(func, RULE_ATTR, {"code": code, "severity": severity, "kinds": tuple(kinds)})
        return func

    return mark
