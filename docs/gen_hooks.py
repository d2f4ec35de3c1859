"""Write docs/hooks.md from the docstrings of factcheck/hookspecs.py, so the reference cannot drift.

Run: python docs/gen_hooks.py  (tests/test_docs.py fails when hooks.md is stale)
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from factcheck import hookspecs

HEADER = """# Hooks reference

Generated from `factcheck/hookspecs.py` by `docs/gen_hooks.py`; do not edit by hand.

Every hook is called with keyword arguments; an implementation may accept any
subset of them. Implement a hook with a module-level function of the same name
marked `@factcheck.hookimpl`, and register the module through the `factcheck`
entry-point group (see [writing rules](writing-rules.md) for a whole package).
"""


def render() -> str:
    parts = [HEADER]
    hooks = [(n, f) for n, f in vars(hookspecs).items() if n.startswith("factcheck_") and inspect.isfunction(f)]
    for name, func in hooks:
        opts = getattr(func, "factcheck_spec", {})
        flags = [flag for flag in ("firstresult", "historic") if opts.get(flag)]
        signature = str(inspect.signature(func)).replace("'", "")
        parts.append(f"## `{name}`\n")
        parts.append(f"```python\ndef {name}{signature}\n```\n")
        if flags:
            parts.append(f"*{', '.join(flags)}*\n")
        parts.append(inspect.getdoc(func) + "\n")
    return "\n".join(parts)


if __name__ == "__main__":
    target = Path(__file__).with_name("hooks.md")
    target.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
