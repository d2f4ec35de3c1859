"""Text from a corpus or a plugin, made safe to print on a terminal or a CI log.

A file name or a sentence may hold a newline, an ESC or any other control
character; printed raw, they can fake lines of the report, move the cursor,
recolour the terminal, or start a line that a CI runner obeys as a command
(GitHub Actions reads ``::warning file=…::`` at the start of any log line).
Each control character becomes its visible picture (U+2400 block: ``␊``,
``␛``), one character for one, so that styled spans keep their places.
"""

from __future__ import annotations

#: C0 controls to their Control Pictures, DEL to ␡, C1 controls (and the line and paragraph separators) to �.
_PICTURES = {**{c: 0x2400 + c for c in range(0x20)}, 0x7F: 0x2421, **{c: 0xFFFD for c in range(0x80, 0xA0)},
             0x2028: 0xFFFD, 0x2029: 0xFFFD}
_BLOCK = {c: p for c, p in _PICTURES.items() if c not in (0x09, 0x0A)}
#: What a CI runner reads as a command at the start of a line (GitHub Actions, Azure Pipelines).
_COMMAND_STARTS = ("::", "##[", "##vso[")


def visible(text: str) -> str:
    """One line: every control character, newline included, as its picture."""
    return text.translate(_PICTURES)


def visible_block(text: str) -> str:
    """Several lines (a traceback, what a plugin printed): newlines and tabs kept, other controls shown,
    and a line that a CI runner would obey as a command shown with its first character as a picture too."""
    lines = text.translate(_BLOCK).split("\n")
    return "\n".join(_defused(line) for line in lines)


def _defused(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith(_COMMAND_STARTS):
        at = len(line) - len(stripped)
        return f"{line[:at]}\u2236{line[at + 1:]}" if stripped[0] == ":" else f"{line[:at]}\uff03{line[at + 1:]}"
    return line
