"""Properties of grouping, alignment, the built-in rules and the whole command, over generated stories.

``tests/extract/test_properties.py`` feeds any text to segment -> numbers ->
dates; this file takes its strategies from there (and from ``story_strategies``)
to the stages after it. Whatever the versions hold, in French, English and
Spanish, with adversarial runs and odd front matter: grouping is a partition
that does not depend on the input order, alignment puts each claim in at most one fact
across versions, no built-in rule raises, two identical copies never
contradict each other, and ``factcheck --format json`` on a folder of such
stories prints JSON, no traceback, no plugin failure, and exits 0 or 1.
Derandomized, each example under the SIGALRM guard of test_properties.py.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck_rules.amounts
import factcheck_rules.counts
import factcheck_rules.dates
import factcheck_rules.percentages
import factcheck_rules.pubdates
from factcheck import ARTICLE_ZONES, AlignedPair, Claim, Document, Fact, Story, Version
from factcheck._align import factcheck_align
from factcheck._collect import factcheck_collect_rules, make_items
from factcheck._grouping import MIN_SHARED, compare, group, profile
from factcheck._model import SEVERITIES
from factcheck._run import factcheck_run_rule
from factcheck._segment import segment
from factcheck._vocab import load_vocab
from factcheck.extract.dates import extract as extract_dates
from factcheck.extract.numbers import extract_numbers
from factcheck.testing import make_config

from ..extract.test_properties import LANGS, PROPERTY, time_limit
from .story_strategies import BROKEN_FRONT_MATTER, IMPOSSIBLE_PUBLISHED, article, front_matter, news_sentence, paragraph

#: Far above the normal cost of one example (well under a second; about 10 s for the largest degenerate
#: file): only a runaway pattern or loop reaches it, even with every core busy (the suite runs on all of them).
LIMIT = 60.0
#: Fewer examples than test_properties: each one checks a whole story (the file stays under 40 s).
STORY = settings(PROPERTY, deadline=None, max_examples=15)
#: No time limit of the engine's own: it would share SIGALRM with the test's guard and switch the guard off.
CONFIG = make_config("--time-limit", "0")
PUBLISHED = [date(2024, 4, 14), date(2024, 4, 10), datetime(2024, 4, 14, 9, 30), datetime(2024, 4, 15, 1, 0, tzinfo=timezone.utc), date(2000, 2, 29), None]
RULE_MODULES = [factcheck_rules.amounts, factcheck_rules.counts, factcheck_rules.dates, factcheck_rules.percentages, factcheck_rules.pubdates]
RULES = [r for m in RULE_MODULES for r in factcheck_collect_rules(plugin=m, plugin_name=m.__name__)]
#: The rules that compare two versions' claims (FC203 checks one version against its own date).
PAIR_CODES = {r.code for r in RULES if "pair" in r.params}


# -- building stories -------------------------------------------------------------------------------


@st.composite
def story_texts(draw: Any, lang: str, max_versions: int = 4) -> list[str]:
    """Versions of one article: copies of it, some with a paragraph replaced or added."""
    base = draw(article(lang)).split("\n\n")
    texts = []
    for _ in range(draw(st.integers(2, max_versions))):
        paragraphs = list(base)
        change = draw(st.sampled_from(["same", "replace", "add"]))
        if change == "replace" and len(paragraphs) > 1:
            paragraphs[draw(st.integers(1, len(paragraphs) - 1))] = draw(paragraph(lang))
        elif change == "add":
            paragraphs.insert(draw(st.integers(1, len(paragraphs))), draw(news_sentence(lang)))
        texts.append("\n\n".join(paragraphs))
    return texts


@st.composite
def stories(draw: Any, max_versions: int = 4) -> Story:
    """A story of versions with their own languages (mostly one) and publication dates."""
    lang = draw(st.sampled_from(LANGS))
    versions = tuple(
        Version(f"story/v{i}.txt", text, lang=draw(st.sampled_from([lang, lang, lang, *LANGS])), published=draw(st.sampled_from(PUBLISHED)),
                published_source="front matter")
        for i, text in enumerate(draw(story_texts(lang, max_versions)))
    )
    return Story("story", versions)


def analyse(story: Story) -> tuple[list[Document], list[Claim]]:
    """Segment and extract every version, as a story check does; the claims of the article zones."""
    documents, claims = [], []
    for version in story.versions:
        vocab = load_vocab(version.lang)
        document = segment(version, vocab)
        documents.append(document)
        claims += extract_numbers(document, vocab) + extract_dates(document, vocab)
    claims.sort(key=lambda c: (c.version, c.start, c.end, c.kind))
    return documents, [c for c in claims if c.zone in ARTICLE_ZONES]


def align(story: Story) -> tuple[list[Document], list[Claim], list[Fact]]:
    documents, claims = analyse(story)
    return documents, claims, factcheck_align(story=story, documents=documents, claims=claims, config=CONFIG)


def run_rules(story: Story) -> list[Any]:
    """Every built-in rule on every item of the story, through the engine's runner; the reports."""
    documents, claims, facts = align(story)
    fixtures = {"story": story, "versions": story.versions, "documents": tuple(documents), "claims": tuple(claims), "config": CONFIG}
    reports = []
    for rule in RULES:
        for item in make_items(rule, story, facts):
            name = {Fact: "fact", AlignedPair: "pair"}.get(type(item.param), "version")
            values = {**fixtures, name: item.param}
            reports.append(factcheck_run_rule(item=item, fixtures=values, config=CONFIG))
    return reports


# -- grouping ---------------------------------------------------------------------------------------


@st.composite
def loose_versions(draw: Any) -> list[Version]:
    """Loose files of two or three stories, some of them carrying a story key."""
    versions = []
    for s in range(draw(st.integers(1, 3))):
        lang = draw(st.sampled_from(LANGS))
        for i, text in enumerate(draw(story_texts(lang, max_versions=3))):
            key = draw(st.sampled_from([None, None, None, "k1", "k2"]))
            versions.append(Version(f"loose/s{s}v{i}.txt", text, lang=lang, story_key=key))
    return versions


def test_grouping_is_a_partition_independent_of_input_order() -> None:
    @STORY
    @given(versions=loose_versions(), order=st.randoms(use_true_random=False))
    def prop(versions: list[Version], order: Any) -> None:
        shuffled = list(versions)
        order.shuffle(shuffled)
        with time_limit(LIMIT):
            groups = group(versions)
            again = group(shuffled)
        paths = [[v.path for v in g] for g in groups]
        assert sorted(p for g in paths for p in g) == sorted(v.path for v in versions)
        assert all(g == sorted(g) for g in paths) and paths == sorted(paths, key=lambda g: g[0])
        assert paths == [[v.path for v in g] for g in again]
        for g in groups:
            assert len({v.story_key for v in g}) == 1, g  # a keyed file never joins another key or an unkeyed group

    prop()


def test_profile_and_compare() -> None:
    """Containment lies in [0, 1] and is symmetric; a file with enough prose is the same story as itself."""

    @STORY
    @given(texts=st.sampled_from(LANGS).flatmap(lambda lang: story_texts(lang, max_versions=2)), other=st.text(max_size=300))
    def prop(texts: list[str], other: str) -> None:
        with time_limit(LIMIT):
            a, b, c = profile(texts[0]), profile(texts[1]), profile(other)
            for x, y in [(a, b), (a, c), (b, c)]:
                one, two = compare(x, y), compare(y, x)
                assert 0.0 <= one.containment <= 1.0
                assert (one.shared, one.containment, one.same_story) == (two.shared, two.containment, two.same_story)
            for x, text in [(a, texts[0]), (b, texts[1]), (c, other)]:
                self_match = compare(x, x)
                assert self_match.same_story == (self_match.shared >= MIN_SHARED)
                assert self_match.containment == (1.0 if self_match.shared else 0.0)
                assert compare(profile(text), x) == self_match  # profiling is deterministic

    prop()


# -- alignment --------------------------------------------------------------------------------------


def test_facts_partition_claims_across_versions() -> None:
    @STORY
    @given(story=stories())
    def prop(story: Story) -> None:
        with time_limit(LIMIT):
            _, claims, facts = align(story)
        known = {id(c) for c in claims}
        seen: set[int] = set()
        for fact in facts:
            assert len(fact.versions) >= 2 and 0.0 <= fact.score <= 1.0 and fact.label
            assert {c.kind for c in fact.claims} - {"number"} == {fact.kind}  # a bare number may state a count ("le SPD (120)")
            sentences = [(c.version, c.sentence) for c in fact.claims]
            assert len(sentences) == len(set(sentences)), f"two figures of one sentence in one fact: {fact}"
            for claim in fact.claims:
                assert id(claim) in known and id(claim) not in seen, f"a claim in two facts: {claim}"
                seen.add(id(claim))

    prop()


def test_two_identical_copies_align_each_claim_with_its_twin() -> None:
    @STORY
    @given(lang=st.sampled_from(LANGS), data=st.data())
    def prop(lang: str, data: Any) -> None:
        text = data.draw(article(lang))
        published = data.draw(st.sampled_from(PUBLISHED))
        story = Story("twins", tuple(Version(f"twins/{n}.txt", text, lang=lang, published=published) for n in "ab"))
        with time_limit(LIMIT):
            _, _, facts = align(story)
        for fact in facts:
            spans = {v: sorted((c.start, c.end) for c in fact.claims if c.version == v) for v in fact.versions}
            assert spans["twins/a.txt"] == spans["twins/b.txt"], fact

    prop()


def test_copies_of_a_version_align_as_the_version_does() -> None:
    """Copies of one claim are clustered once (a wire story with hundreds of copies); each copy must
    still land in every fact exactly where its original does."""
    @settings(STORY, max_examples=6)  # each example aligns up to six versions: keep the suite short
    @given(story=stories(max_versions=3), copies=st.integers(1, 3))
    def prop(story: Story, copies: int) -> None:
        first = story.versions[0]
        twins = tuple(Version(f"story/copy{n}.txt", first.text, lang=first.lang, published=first.published) for n in range(copies))
        bigger = Story(story.id, story.versions + twins)
        with time_limit(LIMIT):
            _, _, facts = align(bigger)
        for fact in facts:
            spans = {v: sorted((c.start, c.end) for c in fact.claims if c.version == v) for v in (first.path, *(t.path for t in twins))}
            assert all(found == spans[first.path] for found in spans.values()), fact

    prop()


def test_a_long_sentence_of_figures_aligns_in_bounded_time() -> None:
    """Regression: each claim re-tokenized its whole sentence; 15 KB of "mardi 3 milliards de dollars, "
    took 45 s to align (quadratic); each sentence is now tokenized once."""
    text = "Microsoft a annoncé " + "mardi 3 milliards de dollars, " * 500 + "au Japon."
    story = Story("s", tuple(Version(f"s/{n}.txt", text, lang="fr", published=date(2024, 4, 14)) for n in "ab"))
    documents, claims = analyse(story)
    with time_limit(LIMIT):
        facts = factcheck_align(story=story, documents=documents, claims=claims, config=CONFIG)
    assert len(facts) == len(claims) // 2 and all(len(f.claims) == 2 for f in facts)


@pytest.mark.parametrize(
    "lang, first, second",
    [
        ("fr", "Cette nuit, le séisme a fait 12 morts et 40 blessés en 2023.", "Le séisme a fait 14 morts et 40 blessés en 2023."),
        ("en", "This morning the storm left 12 dead and 40 injured.", "The storm left 14 dead and 40 injured on Tuesday night."),
    ],
)
def test_a_context_free_claim_changes_no_fact(lang: str, first: str, second: str) -> None:
    """A day part said alone ("cette nuit") is listed, but is no figure around the others and makes no fact."""
    story = Story("s", (Version("s/a.txt", first, lang=lang, published=date(2024, 4, 14)), Version("s/b.txt", second, lang=lang, published=date(2024, 4, 14))))
    documents, claims = analyse(story)
    assert any(c.context_free for c in claims)
    facts = factcheck_align(story=story, documents=documents, claims=claims, config=CONFIG)
    plain = factcheck_align(story=story, documents=documents, claims=[c for c in claims if not c.context_free], config=CONFIG)
    assert facts == plain and facts


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", "La tasa de paro bajó en marzo con respecto a febrero, hasta el 6,1 %."),
        ("fr", "Le taux de chômage a baissé en mars par rapport à février, à 6,1 %."),
        ("de", "Die Arbeitslosenquote sank im März gegenüber Februar auf 6,1 Prozent."),
    ],
)
def test_a_period_after_a_comparison_word_is_the_baseline_not_the_figures_own(lang: str, text: str) -> None:
    """"en marzo con respecto a febrero, hasta el 6,1 %": 6,1 % is March's rate, aligned with March's 6.1%, not
    with February's 6.4%."""
    other = "The jobless rate fell from 6.4% in February to 6.1% in March."
    story = Story("s", (Version("s/a.txt", text, lang=lang, published=date(2024, 4, 5)), Version("s/b.txt", other, lang="en", published=date(2024, 4, 5))))
    documents, claims = analyse(story)
    facts = factcheck_align(story=story, documents=documents, claims=claims, config=CONFIG)
    percents = [sorted(str(c.value) for c in f.claims) for f in facts if f.kind == "percent"]
    assert ["6.1", "6.1"] in percents and not any("6.4" in p for p in percents if len(p) > 1)


#: One shipwreck told in six languages, each naming its crew its own way; the Italian copy counts 10.
SHIPWRECK = {
    "en": "A cargo ship sank off the coast of Norway on Tuesday. Rescuers saved 12 crew and found 3 bodies.",
    "fr": "Un cargo a coulé mardi au large de la Norvège. Les secours ont sauvé 12 membres d'équipage et retrouvé 3 corps.",
    "es": "Un buque de carga se hundió el martes frente a Noruega. Los rescatistas salvaron a 12 tripulantes y hallaron 3 cuerpos.",
    "pt": "Um navio de carga afundou na terça-feira na costa da Noruega. O resgate salvou 12 tripulantes e achou 3 corpos.",
    "de": "Ein Frachtschiff ist am Dienstag vor Norwegen gesunken. Die Retter bargen zwölf Mitglieder der Besatzung und fanden drei Leichen.",
    "it": "Una nave cargo è affondata martedì al largo della Norvegia. I soccorritori hanno salvato 10 membri dell'equipaggio e trovato 3 corpi.",
}


def test_counts_of_one_crew_align_across_languages() -> None:
    """"12 crew", "12 membres d'équipage", "12 tripulantes", "zwölf Mitglieder der Besatzung" and "10 membri
    dell'equipaggio" count one crew: one fact, so the Italian 10 can be told apart from the others' 12."""
    story = Story("ship", tuple(Version(f"ship/{lang}.txt", text, lang=lang, published=date(2024, 4, 14)) for lang, text in SHIPWRECK.items()))
    _, _, facts = align(story)
    crew = [f for f in facts if f.kind == "count" and any(c.value in (10, 12) for c in f.claims)]
    assert len(crew) == 1 and len(crew[0].versions) == len(SHIPWRECK), crew
    assert sorted(str(c.value) for c in crew[0].claims) == ["10", "12", "12", "12", "12", "12"]


# -- rules ------------------------------------------------------------------------------------------


def test_no_builtin_rule_raises() -> None:
    @STORY
    @given(story=stories())
    def prop(story: Story) -> None:
        with time_limit(LIMIT):
            reports = run_rules(story)
        for report in reports:
            assert report.outcome in ("passed", "failed"), report.longrepr
            for finding in report.findings:
                assert finding.message.strip() and finding.severity in SEVERITIES and finding.code == report.code

    prop()


def test_two_identical_copies_never_contradict() -> None:
    @STORY
    @given(lang=st.sampled_from(LANGS), data=st.data())
    def prop(lang: str, data: Any) -> None:
        text = data.draw(article(lang))
        published = data.draw(st.sampled_from(PUBLISHED))
        story = Story("twins", tuple(Version(f"twins/{n}.txt", text, lang=lang, published=published, published_source="front matter") for n in "ab"))
        with time_limit(LIMIT):
            reports = run_rules(story)
        pair_findings = [f for r in reports if r.code in PAIR_CODES for f in r.findings]
        assert not pair_findings, pair_findings

    prop()


# -- the whole command ------------------------------------------------------------------------------


@st.composite
def corpora(draw: Any) -> dict[str, str]:
    """A folder: one or two story folders of versions with front matter, and loose files to group."""
    files = {}
    for s in range(draw(st.integers(1, 2))):
        lang = draw(st.sampled_from(LANGS))
        for i, text in enumerate(draw(story_texts(lang, max_versions=3))):
            files[f"story{s}/v{i}.{draw(st.sampled_from(['txt', 'md']))}"] = draw(front_matter(lang)) + text
    lang = draw(st.sampled_from(LANGS))
    loose = draw(st.one_of(st.just([]), story_texts(lang, max_versions=3)))
    for i, text in enumerate(loose):
        files[f"loose{i}.txt"] = draw(front_matter(lang)) + text
    # NUL in the first 8 KB makes a file binary, which the loader refuses by design (tested below).
    return {name: text.replace("\x00", "") for name, text in files.items()}


def write_corpus(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def check_json_run(run: Any, folder: Path) -> dict[str, Any]:
    """Run the command on ``folder``; the JSON document, once the properties of every run hold."""
    with time_limit(LIMIT):
        result = run("--format", "json", "--no-cache", "--time-limit", "0", folder)
    doc = json.loads(result.out)
    plugin_failures = [e["message"] for e in doc["errors"] if e["kind"] == "plugin"]
    assert not plugin_failures, "\n".join(plugin_failures)
    assert "Traceback" not in result.out and "Traceback" not in result.err, result.out + result.err
    assert doc["summary"]["rule_errors"] == 0
    assert doc["summary"]["exit_status"] == result.status
    return doc


def test_the_command_on_generated_corpora(run: Any) -> None:
    @settings(STORY, max_examples=8)  # each example runs the command on a corpus of up to six languages: keep the suite short
    @given(files=corpora())
    def prop(files: dict[str, str]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(Path(tmp), files)
            doc = check_json_run(run, Path(tmp))
        assert [e for e in doc["errors"] if e["kind"] != "note"] == []
        assert sum(len(s["versions"]) for s in doc["stories"]) == len(files)
        failing = any(f["severity"] == "error" for f in doc["findings"])
        assert doc["summary"]["exit_status"] == (1 if failing else 0)

    prop()


def test_the_command_on_two_identical_copies(run: Any) -> None:
    @settings(STORY, max_examples=10)
    @given(lang=st.sampled_from(LANGS), data=st.data())
    def prop(lang: str, data: Any) -> None:
        text = data.draw(front_matter(lang)) + data.draw(article(lang, max_paragraphs=5)).replace("\x00", "")
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(Path(tmp), {"story/a.txt": text, "story/b.txt": text})
            doc = check_json_run(run, Path(tmp))
        assert doc["summary"]["exit_status"] == 0, doc["findings"]

    prop()


GOOD_STORY = {
    "seed/a.md": "---\npublished: 2024-04-10\nlang: fr\n---\nMicrosoft a annoncé mardi qu'il allait investir 2,9 milliards de dollars au Japon.\n",
    "seed/b.md": "---\npublished: 2024-04-10\nlang: fr\n---\nMicrosoft a annoncé mardi qu'il allait investir 3,4 milliards de dollars au Japon.\n",
}


def check_refused(run: Any, tmp_path: Path, bad: str) -> None:
    """One bad file beside a good story: a one-line input error for it, and the story still checked."""
    write_corpus(tmp_path, {**GOOD_STORY, "bad/a.md": bad + "Le groupe a annoncé mardi 3 milliards de dollars.\n"})
    doc = check_json_run(run, tmp_path)
    assert [(Path(e["path"]).parent.name, e["kind"]) for e in doc["errors"]] == [("bad", "input")], doc["errors"]
    assert doc["summary"]["exit_status"] == 3 and any(f["code"] == "FC101" for f in doc["findings"])


@pytest.mark.parametrize("bad", BROKEN_FRONT_MATTER + ["Texte.\x00\x00", "\ufeff\x01\x02\x03\x04\x05"], ids=range(len(BROKEN_FRONT_MATTER) + 2))
def test_the_command_refuses_a_broken_file_cleanly(run: Any, tmp_path: Path, bad: str) -> None:
    check_refused(run, tmp_path, bad)


@pytest.mark.parametrize("published", IMPOSSIBLE_PUBLISHED)
def test_an_impossible_published_date_is_an_input_error(run: Any, tmp_path: Path, published: str) -> None:
    check_refused(run, tmp_path, f"---\npublished: {published}\n---\n")


@pytest.mark.parametrize("published, words", [(date(1, 1, 1), "hier"), (date(9999, 12, 31), "demain")])
def test_a_relative_date_at_the_ends_of_the_calendar(published: date, words: str) -> None:
    # The day before 0001-01-01 or after 9999-12-31 cannot be written: no date claim, and no exception.
    version = Version("a.txt", f"Microsoft a annoncé {words} un accord.", lang="fr", published=published)
    _, claims = analyse(Story("s", (version,)))
    assert all(c.start_date is None or c.text != words for c in claims)


@pytest.mark.parametrize("text", ["", "\u200f\u202e\u200b", "1." * 3000, "mardi " * 400, "9" * 5000])
def test_the_command_on_degenerate_files(run: Any, tmp_path: Path, text: str) -> None:
    """A blank or degenerate file is an input error ('empty file') or a clean run, never a failure."""
    write_corpus(tmp_path, {**GOOD_STORY, "odd/a.txt": text, "odd/b.txt": text + " 2"})
    doc = check_json_run(run, tmp_path)
    assert all(e["kind"] in ("input", "note") for e in doc["errors"])
    assert doc["summary"]["exit_status"] == (3 if any(e["kind"] == "input" for e in doc["errors"]) else 1)
