"""A version in a language without data is still checked on its digits, and says so; months are read as months."""

from __future__ import annotations


def test_a_language_without_data_is_checked_on_its_digits_with_a_note(run, write, tmp_path):
    write("s/ca.txt", "---\nlang: ca\npublished: 2024-04-03\n---\nLes obres de la Sagrada Família costaran 2,5 € per visitant i un augment del 3,1 %.\n")
    write("s/fr.txt", "---\nlang: fr\npublished: 2024-04-03\n---\nLes travaux de la Sagrada Família coûteront 2,5 € par visitant et une hausse de 3,4 %.\n")
    result = run("--format", "json", "-v", tmp_path)
    doc = result.json()
    (note,) = doc["errors"]
    assert note["kind"] == "note" and note["path"].endswith("ca.txt") and "only figures written in digits are read" in note["message"]
    (story,) = doc["stories"]
    compared = sorted(c["text"] for f in story["facts"] for c in f["claims"] if c["version"].endswith("ca.txt"))
    assert compared == ["2,5 €", "3,1 %"]
    assert result.status == 1  # 3,1 % against 3,4 %: a note does not hide a finding


def test_percent_words_many_languages_share_are_read_in_a_language_without_data(run, write, tmp_path):
    # Catalan "per cent" was a count of "per"
    write("s/ca.txt", "---\nlang: ca\npublished: 2024-04-03\n---\nAmèrica va representar el 19,6 per cent de les vendes.\n")
    write("s/fr.txt", "---\nlang: fr\npublished: 2024-04-03\n---\nL'Amérique a représenté 19,6 % des ventes.\n")
    claims = run("--claims", "--format", "json", tmp_path).json()["versions"]
    catalan = next(v for v in claims if v["path"].endswith("ca.txt"))["claims"]
    assert [(c["text"], c["kind"], c["value"]) for c in catalan] == [("19,6 per cent", "percent", 19.6)]


def test_a_month_of_publication_is_reported_as_a_month(run, write, tmp_path):
    write("s/a.txt", "---\nlang: fr\npublished: 2024-04\n---\nLe séisme a fait 9 morts mardi.\n")
    write("s/b.txt", "---\nlang: fr\npublished: 2024-04-09\n---\nLe séisme a fait 9 morts mardi.\n")
    result = run("--format", "json", tmp_path)
    assert result.status == 0, result.out
    versions = {v["path"].rsplit("/", 1)[-1]: v for v in result.json()["stories"][0]["versions"]}
    assert (versions["a.txt"]["published"], versions["a.txt"]["published_precision"]) == ("2024-04", "month")
    assert (versions["b.txt"]["published"], versions["b.txt"]["published_precision"]) == ("2024-04-09", "day")


def test_a_version_without_a_publication_date_is_checked(run, write, tmp_path):
    write("s/a.txt", "---\nlang: fr\n---\nLe séisme de la semaine dernière a fait 9 morts, et l'an dernier 3 morts.\n")
    write("s/b.txt", "---\nlang: fr\n---\nLe séisme de la semaine dernière a fait 9 morts.\n")
    result = run("--format", "json", tmp_path)
    assert result.status == 0 and not result.json()["errors"], result.out
