"""Whatever bytes, front matter or JSON records a corpus holds, the command reports and never crashes."""

from __future__ import annotations

import json
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

RUNS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
STORY = "Le séisme a fait 62 morts à Valence mardi, selon un bilan provisoire.\n"
KEYS = st.sampled_from(["lang", "published", "story", "title", "url", "id", "version", "", "---", "lang:"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
                    st.sampled_from(["2024-04-10", "2024-13-45", "fr", "xx", "../..", "2024-04", "9" * 5000]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


def _check(run, corpus) -> None:
    result = run("--format", "json", "--no-cache", corpus)
    assert result.status in (0, 1, 3, 5), (result.status, result.err)
    assert "Traceback" not in result.err, result.err
    json.loads(result.out)  # the machine format stays valid


@RUNS
@given(data=st.binary(max_size=2000), name=st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.json", "a"]))
def test_random_bytes_in_any_file_type(run, tmp_path_factory, data, name) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "story").mkdir()
    (corpus / "story" / name).write_bytes(data)
    (corpus / "story" / "b.txt").write_text(STORY, encoding="utf-8")
    _check(run, corpus)


@RUNS
@given(fields=st.lists(st.tuples(KEYS, st.text(alphabet=string.printable, max_size=30)), max_size=6), body=st.text(max_size=300))
def test_random_front_matter(run, tmp_path_factory, fields, body) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "story").mkdir()
    head = "".join(f"{key}: {value}\n" for key, value in fields)
    (corpus / "story" / "a.txt").write_text(f"---\n{head}---\n{body}\n{STORY}", encoding="utf-8", errors="surrogatepass")
    (corpus / "story" / "b.txt").write_text(STORY, encoding="utf-8")
    _check(run, corpus)


@RUNS
@given(records=st.lists(st.one_of(JSON_VALUES, st.fixed_dictionaries({"text": st.text(max_size=200)}, optional={
    "id": SCALARS, "lang": SCALARS, "published": SCALARS, "story": SCALARS})), max_size=5))
def test_random_json_records(run, tmp_path_factory, records) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    lines = "".join(json.dumps(r, allow_nan=True) + "\n" for r in records)
    (corpus / "feed.jsonl").write_text(lines, encoding="utf-8", errors="surrogatepass")
    _check(run, corpus)
