"""Value accuracy of the number extractor on the peer cases (Recognizers-Text specs).

    python bench/peer_score.py [PATH] [--misses] [--half fit|check|both]

PATH defaults to ``../shared/peer-cases/recognizers-dev.jsonl`` (six
languages), else ``tests/data/peer-cases/recognizers-dev.jsonl`` (a copy of
its French, English and Spanish cases; see its README). Cases are split by a
hash of their id into a *fit* half (look at its misses when changing the
extractor) and a *check* half (only measured): both are printed side by
side; a rule that helps one half only is too narrow.
For every case of kind money, percent, number or quantity, and every expected
mention that has a value, the mention is read correctly when one of ours
overlaps its span and has the same value (relative tolerance 1e-6):

* money — our ``money`` claims. Amounts the spec gives in a minor unit (cents,
  pence, centavos …) are compared in hundredths, since ours are in units of the
  currency. ``currency`` is scored apart where the spec gives an ISO code.
* percent — our ``percent`` claims (value in percent).
* quantity — our ``quantity`` and ``duration`` claims (ages are durations here).
* number — our claims of any kind but dates (a bare number is a ``number``
  claim; "25 morts" is a count whose value is the number).

A range claim ("eight to 10 feet") counts when either end matches. Precision
is measured on exhaustive cases only: the share of our mentions of the kind
that overlap some expected mention.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from factcheck._model import Document, Sentence, Version, Zone
from factcheck._vocab import load_vocab
from factcheck.extract._numbers import lexicon, scan
from factcheck.extract.numbers import extract_numbers

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = next(
    (p for p in (ROOT.parent / "shared" / "peer-cases" / "recognizers-dev.jsonl",
                 ROOT / "tests" / "data" / "peer-cases" / "recognizers-dev.jsonl") if p.is_file()),
    ROOT / "tests" / "data" / "peer-cases" / "recognizers-dev.jsonl",
)
KINDS = ("money", "percent", "number", "quantity")
CLAIM_KINDS = {"money": {"money"}, "percent": {"percent"}, "quantity": {"quantity", "duration"}}
MINOR_UNITS = {"cent", "cents", "pence", "penny", "centimes", "centime", "centavo", "centavos", "penique", "peniques", "céntimo"}


@dataclass
class Score:
    items: int = 0
    correct: int = 0
    predicted: int = 0
    relevant: int = 0
    currency_items: int = 0
    currency_correct: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.items if self.items else 1.0

    @property
    def precision(self) -> float:
        return self.relevant / self.predicted if self.predicted else 1.0


def document(text: str, lang: str, path: str = "case") -> Document:
    """A document with one body zone and one sentence over the whole text."""
    version = Version(path=path, text=text, lang=lang)
    return Document(version, (Zone("body", 0, len(text)),), (Sentence(0, len(text), "body", text),))


def mentions(case: dict[str, Any], reader: bool = False) -> list[tuple[int, int, list[Decimal], str | None]]:
    """Our mentions for a case: (start, end, acceptable values, currency). With ``reader``, a number case
    is scored on the number reader itself (``_numbers.scan``), lone articles ("un", "one") included,
    which the claims leave out by convention."""
    vocab = load_vocab(case["lang"])
    if reader and case["kind"] == "number":
        return [(n.start, n.end, [n.value], None) for n in scan(case["text"], lexicon(vocab))]
    out = []
    for claim in extract_numbers(document(case["text"], case["lang"]), vocab):
        if claim.kind in CLAIM_KINDS.get(case["kind"], ()) or case["kind"] == "number" and claim.kind != "date":
            values = [claim.value] + ([claim.low, claim.high] if claim.qualifier == "range" else [])
            out.append((claim.start, claim.end, [v for v in values if v is not None], claim.currency))
    return out


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(abs(b), Decimal(1)) * Decimal("1e-6")


def score(cases: Iterable[dict[str, Any]], keep_misses: bool = False, reader: bool = False) -> dict[tuple[str, str], Score]:
    """Scores by (lang, kind)."""
    table: dict[tuple[str, str], Score] = defaultdict(Score)
    for case in cases:
        if case["kind"] not in KINDS:
            continue
        s = table[(case["lang"], case["kind"])]
        ours = mentions(case, reader)
        for exp in case["expected"]:
            if exp.get("value") is None:
                continue
            want = Decimal(str(exp["value"]))
            if case["kind"] == "money" and str(exp.get("unit", "")).lower() in MINOR_UNITS:
                want = want / 100
            s.items += 1
            hits = [m for m in ours if m[0] < exp["end"] and exp["start"] < m[1]]
            if any(_same(v, want) for m in hits for v in m[2]):
                s.correct += 1
            elif keep_misses:
                got = [(case["text"][a:b], [str(v) for v in vs]) for a, b, vs, _ in hits]
                s.misses.append(f"{case['id']}: {exp['text']!r} = {exp['value']} got {got}")
            code = exp.get("currency")
            if case["kind"] == "money" and isinstance(code, str) and len(code) == 3 and code.isupper():
                s.currency_items += 1
                s.currency_correct += any(m[3] == code for m in hits)
        if case.get("exhaustive"):
            s.predicted += len(ours)
            s.relevant += sum(any(m[0] < e["end"] and e["start"] < m[1] for e in case["expected"]) for m in ours)
    return dict(table)


def load(path: Path = DEFAULT) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def half_of(case_id: str) -> str:
    """``fit`` or ``check``, by a stable hash of the case id."""
    return "fit" if int(hashlib.md5(case_id.encode()).hexdigest(), 16) % 2 == 0 else "check"


def render(tables: dict[str, dict[tuple[str, str], Score]]) -> str:
    """One line per language and kind, each half's items, accuracy and precision side by side."""
    halves = list(tables)
    head = f"{'lang':4} {'kind':9}" + "".join(f" {h + ' items':>11} {'accuracy':>8} {'precision':>9} {'currency':>8}" for h in halves)
    lines = [head]
    for key in sorted({k for t in tables.values() for k in t}):
        row = f"{key[0]:4} {key[1]:9}"
        for half in halves:
            s = tables[half].get(key, Score())
            cur = f"{s.currency_correct}/{s.currency_items}" if s.currency_items else "-"
            row += f" {s.items:11} {s.accuracy:8.1%} {s.precision:9.1%} {cur:>8}"
        lines.append(row)
    return "\n".join(lines)


def options(doc: str, **misses: Any) -> argparse.ArgumentParser:
    """The peer benches' options: the cases file, which half to score, and ``--misses`` as ``misses`` says."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", **misses)
    parser.add_argument("--half", choices=("fit", "check", "both"), default="both", help="which half to score (default: both)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = options(__doc__, action="store_true", help="list the mentions read wrong (of the fit half, unless --half says)").parse_args(argv)
    cases = load(args.path)
    halves = ("fit", "check") if args.half == "both" else (args.half,)
    tables = {h: score([c for c in cases if half_of(c["id"]) == h], keep_misses=args.misses) for h in halves}
    print(render(tables))
    if args.misses:
        shown = tables["fit"] if "fit" in tables else tables[halves[0]]
        for key, s in sorted(shown.items()):
            for miss in s.misses:
                print(key, miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
