"""docs/extraction.md is true: every table row and the zones example, run through ``factcheck --claims``."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Callable

import pytest

from factcheck._model import Version
from factcheck._segment import segment
from factcheck._vocab import load_vocab
from factcheck.extract.dates import extract as extract_dates

from ..conftest import ROOT, Result

DOC = ROOT / "docs" / "extraction.md"
HEADER = "| lang | published | text | claim | read as |"
ROW = re.compile(r"^\| (\w\w) \| (\S+) \| (.+?) \| `(.+?)` \| `(.+?)` \|$")
EXAMPLE = re.compile(r"<!-- example: (\w\w) -->\n```text\n(.*?)```\n.*?```console\n(.*?)```", re.DOTALL)


def table_rows() -> list[tuple[str, str, str, str, str]]:
    """(lang, published or "—", text, claim, read as) of every claim table of the page."""
    rows, in_table = [], False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line == HEADER:
            in_table = True
        elif in_table and line.startswith("|---"):
            continue
        elif in_table and line.startswith("|"):
            m = ROW.match(line)
            assert m, f"malformed row in {DOC.name}: {line}"
            rows.append(m.groups())
        else:
            in_table = False
    return rows


ROWS = table_rows()


def claims_output(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, text: str, lang: str, published: str) -> str:
    """What ``factcheck --claims --lang LANG [--ref-date D] -`` prints for ``text`` on standard input."""
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    args = ["--claims", "--lang", lang] + ([] if published == "—" else ["--ref-date", published]) + ["-"]
    result = run(*args)
    assert result.status == 0, result.err
    return result.out


def test_the_page_has_tables_for_every_language_and_kind() -> None:
    assert len(ROWS) >= 100
    assert {lang for lang, *_ in ROWS} == {"fr", "en", "es"}
    kinds = {read.split()[0].rstrip(",") for *_, read in ROWS}
    assert {"money", "percent", "percentage_point", "count", "quantity", "duration", "date"} <= kinds
    qualifiers = {q for *_, read in ROWS for q in ("approx", "at_least", "at_most", "range") if f" {q} " in read}
    assert qualifiers == {"approx", "at_least", "at_most", "range"}


@pytest.mark.parametrize("lang, published, text, claim, read_as", ROWS, ids=[f"{r[0]}-{r[3]}" for r in ROWS])
def test_table_row(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch,
                   lang: str, published: str, text: str, claim: str, read_as: str) -> None:
    out = claims_output(run, monkeypatch, text + "\n", lang, published)
    assert f"{claim!r} → {read_as}" in out, out


def test_zones_example(run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    examples = EXAMPLE.findall(DOC.read_text(encoding="utf-8"))
    assert examples, "the zones example is missing"
    for lang, text, shown in examples:
        out = claims_output(run, monkeypatch, text, lang, "—")
        printed = [line.strip() for line in out.splitlines() if line.strip()]
        expected = [line.strip() for line in shown.splitlines() if line.strip()]
        assert all(line in printed for line in expected), out
        claim_lines = [line for line in printed if re.match(r"\d+-\d+\s", line)]
        assert len(claim_lines) == len(expected) - 1, out  # nothing printed that the page does not show


def test_an_ambiguous_weekday_keeps_the_other_reading() -> None:
    """The page says a tenseless weekday is read in the past, with the future kept in ``extra``."""
    text = next(t for lang, _, t, claim, _ in ROWS if lang == "fr" and t.startswith("Le conseil se réunit"))
    vocab = load_vocab("fr")
    document = segment(Version("doc.txt", text, lang="fr", published=date(2024, 4, 10)), vocab)
    (claim,) = extract_dates(document, vocab)
    assert (claim.start_date, claim.end_date) == (date(2024, 4, 9), date(2024, 4, 9))
    assert claim.extra["ambiguous"] is True
    assert [list(a) for a in claim.extra["alternatives"]] == [[date(2024, 4, 16), date(2024, 4, 16)]]
