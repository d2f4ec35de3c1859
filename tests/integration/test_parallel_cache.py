"""Deterministic output whatever the workers and file order; a cache that redoes only what changed."""

from __future__ import annotations

import shutil

import pytest

from ..conftest import SEEDS

ARTICLE = """\
---
lang: fr
published: 2024-0{month}-02
---
Le groupe {name} a annoncé mardi un investissement de {amount} milliards d'euros en France au cours des trois prochaines années.
Selon le ministère, le projet doit créer {jobs} emplois dans la région, dont près de 30% de postes d'ingénieurs.
"""


@pytest.fixture
def corpus(tmp_path):
    """Four stories: the seed story loose, and three two-version stories in sub-folders."""
    root = tmp_path / "corpus"
    root.mkdir()
    for seed in SEEDS:
        shutil.copyfile(seed, root / seed.name)
    for index, name in enumerate(["alpha", "beta", "gamma"]):
        story = root / name
        story.mkdir()
        story.joinpath("a.txt").write_text(ARTICLE.format(month=index + 1, name=name, amount=2 + index, jobs=1000), encoding="utf-8")
        story.joinpath("b.txt").write_text(ARTICLE.format(month=index + 1, name=name, amount=2 + index, jobs=1500 + index), encoding="utf-8")
    return root


def test_same_json_with_one_or_two_workers_and_any_file_order(run, corpus, tmp_path):
    one = run("--no-cache", "--format", "json", corpus).out
    two = run("--no-cache", "-j", "2", "--format", "json", corpus).out
    files = sorted(str(p) for p in corpus.rglob("*.txt"))
    by_files = run("--no-cache", "-j", "2", "--format", "json", *reversed(files)).json()
    assert one == two
    doc = run("--no-cache", "--format", "json", corpus).json()
    assert len(doc["stories"]) == 4 and {f["code"] for f in doc["findings"]} >= {"FC103", "FC201", "FC202"}
    assert sorted(f["message"] for f in by_files["findings"]) == sorted(f["message"] for f in doc["findings"])


def test_cache_gives_the_same_result_and_redoes_only_what_changed(run, corpus, tmp_path):
    cache = tmp_path / "cache"
    cold = run("--cache-dir", cache, "--format", "json", corpus)
    warm = run("--cache-dir", cache, "--format", "json", corpus)
    assert cold.out == warm.out and cold.status == warm.status == 1
    assert (cache / "CACHEDIR.TAG").is_file()
    assert (cache / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*", "the cache is never committed"
    edited = corpus / "beta" / "b.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("1501 emplois", "1000 emplois"), encoding="utf-8")
    verbose = run("--cache-dir", cache, "-v", corpus).out
    assert "3 stories from the cache, 1 checked" in verbose, verbose[-400:]
    after = run("--cache-dir", cache, "--format", "json", corpus).json()
    assert not any("beta" in f["story"] for f in after["findings"])


def test_cache_is_never_written_inside_the_corpus(run, corpus, monkeypatch, tmp_path):
    monkeypatch.chdir(corpus)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    assert run("--cache-dir", ".factcheck_cache", ".").status == 1
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before
    assert (tmp_path / "user-cache" / "factcheck" / "CACHEDIR.TAG").is_file()


def test_bad_jobs_value_is_a_usage_error(run, corpus):
    assert run("-j", "many", corpus).status == 4


def test_a_change_to_a_rules_helper_module_is_not_served_from_the_cache(run, corpus, tmp_path):
    """A rule's helpers (``_facts.py`` beside ``amounts.py``) change its results as much as the rule does."""
    rules = tmp_path / "our_rules"
    rules.mkdir()
    (rules / "checks.py").write_text(
        'import factcheck\n\n\n@factcheck.rule(code="OUR001", severity="info")\ndef check_story(story):\n    pass\n', encoding="utf-8"
    )
    (rules / "_wording.py").write_text('PREFIX = "ours"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    run("--cache-dir", cache, "--rules", rules, corpus)
    assert "4 stories from the cache, 0 checked" in run("--cache-dir", cache, "--rules", rules, "-v", corpus).out
    (rules / "_wording.py").write_text('PREFIX = "theirs"\n', encoding="utf-8")
    assert "0 stories from the cache, 4 checked" in run("--cache-dir", cache, "--rules", rules, "-v", corpus).out


def test_a_change_to_language_data_a_plugin_ships_is_not_served_from_the_cache(run, corpus, tmp_path):
    """Words a plugin adds (``factcheck_vocab_dirs``) change what is read, so they are in the cache key."""
    rules = tmp_path / "our_words"
    (rules / "lang" / "fr").mkdir(parents=True)
    (rules / "words.py").write_text(
        "from pathlib import Path\n\nimport factcheck\n\n\n@factcheck.hookimpl\n"
        "def factcheck_vocab_dirs():\n    return [Path(__file__).parent / 'lang']\n", encoding="utf-8")
    concepts = rules / "lang" / "fr" / "concepts.toml"
    concepts.write_text('[concepts]\nchip = ["puce", "puces"]\n', encoding="utf-8")
    cache = tmp_path / "cache"
    run("--cache-dir", cache, "--rules", rules, corpus)
    assert "4 stories from the cache, 0 checked" in run("--cache-dir", cache, "--rules", rules, "-v", corpus).out
    concepts.write_text('[concepts]\nchip = ["puce", "puces", "semi-conducteur"]\n', encoding="utf-8")
    assert "0 stories from the cache, 4 checked" in run("--cache-dir", cache, "--rules", rules, "-v", corpus).out
