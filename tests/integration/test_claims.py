"""``--claims``: what was read from each version, from files and from standard input."""

from __future__ import annotations

import io
import json

import pytest

from ..conftest import SEEDS


@pytest.fixture
def stdin(monkeypatch):
    def feed(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))

    return feed


def test_claims_of_a_seed_as_json(run):
    doc = run("--claims", "--format", "json", SEEDS[0]).json()
    (version,) = doc["versions"]
    assert version["published"] == "2024-04-14"
    text = SEEDS[0].read_text(encoding="utf-8")
    by_text = {c["text"]: c for c in version["claims"]}
    money = by_text["2,9 milliards de dollars"]
    assert (money["kind"], money["value"], money["currency"], money["qualifier"]) == ("money", 2900000000, "USD", "exact")
    week = by_text["la semaine dernière"]
    assert (week["start_date"], week["end_date"], week["reference"]) == ("2024-04-01", "2024-04-07", "2024-04-14")
    for claim in version["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert set(claim) >= {"kind", "text", "start", "end", "value", "unit", "currency", "qualifier", "low", "high",
                              "start_date", "end_date", "granularity", "relative", "zone"}


def test_claims_from_standard_input_with_language_and_reference_date(run, stdin):
    stdin("Microsoft a annoncé mardi un investissement de 2,9 milliards de dollars.\n")
    doc = run("--claims", "--lang", "fr", "--ref-date", "2016-11-07", "--format", "json", "-").json()
    (version,) = doc["versions"]
    assert version["path"] == "-" and version["lang_source"] == "command line (--lang)"
    claims = {c["text"]: c for c in version["claims"]}
    assert claims["mardi"]["start_date"] == "2016-11-01"
    assert claims["2,9 milliards de dollars"]["value"] == 2900000000


def test_json_lines_in_and_out_keep_order_and_ids(run, stdin):
    stdin(
        '{"id": 7, "text": "Microsoft will invest $2.9 billion in Japan.", "lang": "en"}\n'
        '{"id": "b", "text": "Le bilan est de 110 morts.", "lang": "fr", "published": "2024-04-10"}\n'
        "\n"
        '{"text": "sans id, 3 millions de travailleurs", "lang": "fr"}\n'
    )
    result = run("--claims", "--format", "jsonl", "-")
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [line["id"] for line in lines] == [7, "b", None]
    assert lines[2]["path"] == "-#4"
    assert [c["value"] for c in lines[0]["claims"]] == [2900000000]
    assert lines[1]["claims"][0]["unit"] == "morts"
    assert result.status == 0


def test_bad_json_line_is_reported_and_the_rest_read(run, stdin):
    stdin('{"id": 1, "text": "Le bilan est de 110 morts.", "lang": "fr"}\nnot json\n{"id": 3}\n')
    result = run("--claims", "--format", "jsonl", "-")
    assert result.status == 3
    assert [json.loads(line)["id"] for line in result.out.splitlines()] == [1]
    assert "line 2: not valid JSON" in result.err and "line 3: a record needs a non-empty string 'text'" in result.err


def test_records_file_groups_by_story_key(run, write, tmp_path):
    records = [
        {"id": "afp", "story": "quake", "lang": "fr", "published": "2024-01-02", "text": "Le séisme a fait 62 morts dans la préfecture d'Ishikawa, selon les autorités locales."},
        {"id": "copy", "story": "quake", "lang": "fr", "published": "2024-01-02", "text": "Le séisme a fait 48 morts dans la préfecture d'Ishikawa, selon les autorités locales."},
    ]
    write("feed/versions.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    doc = run("--format", "json", tmp_path / "feed").json()
    (story,) = doc["stories"]
    assert story["grouped_by"] == "story key"
    assert [v["path"].rsplit("#", 1)[-1] for v in story["versions"]] == ["afp", "copy"]
    (finding,) = [f for f in doc["findings"] if f["severity"] == "error"]
    assert finding["code"] == "FC103" and sorted(c["text"] for c in finding["claims"]) == ["48 morts", "62 morts"]


def test_bad_ref_date_is_a_usage_error(run):
    result = run("--claims", "--ref-date", "07/11/2016", "-")
    assert result.status == 4 and "'07/11/2016'" in result.err and "2024-04-14T09:30:00+02:00" in result.err


@pytest.mark.parametrize("given, published, at, precision, tuesday", [
    ("2016-11-07T00:00:00", "2016-11-07", "2016-11-07T00:00:00", "day", "2016-11-01"),
    ("2016-11-07T09:30+01:00", "2016-11-07", "2016-11-07T09:30:00+01:00", "day", "2016-11-01"),
    ("2016-11-07T08:30:00Z", "2016-11-07", "2016-11-07T08:30:00+00:00", "day", "2016-11-01"),
    ("2016-11", "2016-11", None, "month", None),  # a month: no day to read "mardi" against
])
def test_ref_date_takes_a_date_time_with_or_without_zone_and_a_month(run, stdin, given, published, at, precision, tuesday):
    stdin("Il est revenu mardi avec 12 ministres.\n")
    doc = run("--claims", "--lang", "fr", "--ref-date", given, "--format", "json", "-").json()
    (version,) = doc["versions"]
    assert (version["published"], version["published_source"]) == (published, "command line (--ref-date)")
    assert (version.get("published_at"), version["published_precision"]) == (at, precision)
    assert {c["text"]: c for c in version["claims"]}["mardi"]["start_date"] == tuesday


def test_bare_numbers_are_listed_but_not_the_parts_of_a_date(run, stdin):
    stdin("Le sommet aura lieu du 3 au 5 mai, puis le 12/10. Le dossier 104 a été rouvert avec trois cent quarante-sept articles.\n"
          "Commentaires 2\n")
    doc = run("--claims", "--lang", "fr", "--ref-date", "2024-04-10", "--format", "json", "-").json()
    (version,) = doc["versions"]
    numbers = [c["text"] for c in version["claims"] if c["kind"] == "number"]
    assert numbers == ["104", "2"]
    assert {c["text"]: c["kind"] for c in version["claims"]}["trois cent quarante-sept articles"] == "count"
