"""The seed story end to end: grouped as one story, publication dates read from the text."""

from __future__ import annotations

import shutil

from ..conftest import SEEDS

UNRELATED = """\
Séisme au Japon : le bilan s'alourdit à 62 morts

Le puissant séisme de magnitude 7,5 qui a frappé lundi la péninsule de Noto, dans le centre du Japon,
a fait au moins 62 morts, selon un nouveau bilan communiqué mardi par les autorités de la préfecture
d'Ishikawa. Des dizaines de répliques ont secoué la région et des milliers de secouristes fouillent
les décombres à la recherche de survivants. Le Premier ministre Fumio Kishida a promis de tout mettre
en œuvre pour sauver des vies, alors que 33.000 foyers restaient privés d'électricité.
"""


def test_seed_files_form_one_story_with_their_publication_dates(run, seed_dir):
    result = run("--format", "json", seed_dir)
    doc = result.json()
    assert len(doc["stories"]) == 1, doc["stories"]
    story = doc["stories"][0]
    assert story["grouped_by"] == "similarity"
    versions = {v["path"].rsplit("/", 1)[-1]: v for v in story["versions"]}
    assert set(versions) == {s.name for s in SEEDS}
    first, second = versions["000_ce85fb04032088a1.txt"], versions["004_ce2dd08aa2f079df.txt"]
    assert first["published"] == "2024-04-14" and "Publié dans Albayane le 14 - 04 - 2024" in first["published_source"]
    assert second["published"] in ("2024-04-09", "2024-04-10") and second["published_source"].startswith("inferred")
    assert first["lang"] == second["lang"] == "fr"
    assert doc["errors"] == []


def test_unrelated_article_is_not_grouped_with_the_seeds(run, seed_dir):
    (seed_dir / "seisme.txt").write_text(UNRELATED, encoding="utf-8")
    doc = run("--format", "json", seed_dir).json()
    groups = sorted(sorted(v["path"].rsplit("/", 1)[-1] for v in s["versions"]) for s in doc["stories"])
    assert groups == [sorted(s.name for s in SEEDS), ["seisme.txt"]]


def test_corpus_folder_holds_the_seeds_byte_for_byte():
    from ..conftest import CORPUS, ROOT

    shared = ROOT.parent / "shared" / "seeds"
    for seed in SEEDS:
        assert seed.parent == CORPUS
        if shared.is_dir():
            assert seed.read_bytes() == (shared / seed.name).read_bytes()
    assert [s.name for s in SEEDS] == ["000_ce85fb04032088a1.txt", "004_ce2dd08aa2f079df.txt"]


def test_terminal_report_on_the_seeds(run, seed_dir):
    result = run(seed_dir)
    assert "1 story, 2 versions" in result.out
    assert result.status in (0, 1)


def test_seeds_copied_under_another_folder_name(run, tmp_path):
    folder = tmp_path / "flat"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copyfile(seed, folder / seed.name)
    doc = run("--format", "json", folder).json()
    assert len(doc["stories"]) == 1
