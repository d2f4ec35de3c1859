"""What the fact rules share: split a fact into groups that can all be true, and say who disagrees."""

from __future__ import annotations

from pathlib import PurePath
from typing import Callable, Sequence

import factcheck

#: Versions named in a message before "and N more".
NAMED = 4


def disagreement(fact: factcheck.Fact, meet: Callable[[factcheck.Claim, factcheck.Claim], bool]) -> list[list[factcheck.Claim]] | None:
    """The fact's consistent groups, the best supported first, when there are several; else None."""
    groups = factcheck.consistent_groups(fact.claims, meet)
    return groups if len(groups) > 1 else None


def outliers_message(groups: Sequence[Sequence[factcheck.Claim]], how: Callable[[factcheck.Claim], str] = factcheck.describe) -> str:
    """"'62 médailles' in v09.txt (count 62 médailles) against '64 médailles' in 7 other versions (…)"."""
    main, others = groups[0], groups[1:]
    if two_sides(groups):
        a, b = main[0], others[0][0]
        return f"{a.text!r} in {a.version} and {b.text!r} in {b.version} cannot both be true: {how(a)} against {how(b)}"
    parts = [_group(g, how) for g in others]
    return f"{'; '.join(parts)}; against {_group(main, how)}: they cannot all be true"


def claims_in_order(groups: Sequence[Sequence[factcheck.Claim]]) -> tuple[factcheck.Claim, ...]:
    """Every claim of the finding in the order the message names them: the outliers first, then the
    largest group; one version against another, in version order."""
    ordered = groups if two_sides(groups) else [*groups[1:], groups[0]]
    return tuple(c for g in ordered for c in g)


def two_sides(groups: Sequence[Sequence[factcheck.Claim]]) -> bool:
    """One version's figure against another's: neither is an outlier of a consensus."""
    return len(groups) == 2 and _count(groups[0]) == 1 and _count(groups[1]) == 1


def _count(group: Sequence[factcheck.Claim]) -> int:
    return len({c.version for c in group})


def _group(group: Sequence[factcheck.Claim], how: Callable[[factcheck.Claim], str]) -> str:
    versions = sorted({c.version for c in group})
    first = group[0]
    texts = sorted({c.text for c in group}, key=lambda t: [c.text for c in group].index(t))
    shown = ", ".join(repr(t) for t in texts[:2]) + (", …" if len(texts) > 2 else "")
    if len(versions) == 1:
        return f"{shown} in {versions[0]} ({how(first)})"
    names = ", ".join(PurePath(v).name for v in versions[:NAMED]) + (f" and {len(versions) - NAMED} more" if len(versions) > NAMED else "")
    return f"{shown} in {len(versions)} versions ({names}; {how(first)})"
