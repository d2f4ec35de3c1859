"""Checking one story: segment -> extract -> align -> run rules, with nothing shared between stories.

A StoryChecker runs in the main process or in a worker process alike; what it
finds comes back as one StoryResult (picklable, cacheable), and the session
reports it. Plugin failures are collected in the result, never raised.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from ._collect import make_items
from ._errors import VocabError
from ._fence import fence, plugin_failure
from ._model import ARTICLE_ZONES, AlignedPair, Claim, Document, Fact, InputError, Rule, RuleReport, Story, Version
from ._select import ItemFilter
from ._timeout import DEFAULT_SECONDS, TimeLimitExceeded, time_limit

if TYPE_CHECKING:
    from ._config import Config

#: The data folder of a version whose language has none: digits, percent signs and currency symbols.
DIGITS_ONLY = "_digits"

Analysis = tuple[list[Document], list[Claim], list[Fact]]


@dataclass(frozen=True)
class StoryResult:
    """What checking one story gave."""

    story_id: str
    reports: tuple[RuleReport, ...] = ()
    errors: tuple[InputError, ...] = ()
    #: Documents, claims and facts, when a reporter asked to keep them.
    analysis: Analysis | None = None
    #: The story's facts, and the article claims that joined none (what was not compared).
    facts: tuple[Fact, ...] = ()
    unaligned: tuple[Claim, ...] = ()
    #: Where the result came from: ``checked`` or ``cache``.
    origin: str = field(default="checked", compare=False)


class StoryChecker:
    """Runs the per-story stages and the rules with one configuration and one set of rules."""

    def __init__(self, config: Config, rules: list[Rule]) -> None:
        self.config = config
        self.hook = config.pluginmanager.hook
        self.selector = ItemFilter.from_config(config)
        self.rules = rules
        self.limit = config.getoption("time_limit", DEFAULT_SECONDS)
        self.languages = config.languages()

    def check(self, story: Story, run_rules: bool = True, keep_analysis: bool = False) -> StoryResult:
        errors: list[InputError] = []
        documents, claims, facts = self.analyse(story, errors)
        reports: list[RuleReport] = []
        if run_rules:
            fixtures: dict[str, Any] = {
                "story": story,
                "versions": story.versions,
                "documents": tuple(documents),
                "claims": tuple(c for c in claims if c.zone in ARTICLE_ZONES),
                "config": self.config,
            }
            for rule in self.rules:
                for item in make_items(rule, story, facts):
                    if self.selector.wants_item(item.nodeid):
                        reports.append(self._run_item(item, fixtures))
        analysis = (documents, claims, facts) if keep_analysis else None
        aligned = {id(c) for f in facts for c in f.claims}
        unaligned = tuple(c for c in claims if c.zone in ARTICLE_ZONES and id(c) not in aligned and c.kind != "number")
        return StoryResult(story.id, tuple(reports), tuple(errors), analysis, tuple(facts), unaligned)

    def analyse(self, story: Story, errors: list[InputError]) -> Analysis:
        """Segment, extract and align one story into facts."""
        documents, claims = [], []
        for version in story.versions:
            try:
                vocab = self._vocab(version, errors)
            except VocabError as exc:
                errors.append(InputError(version.path, f"language data: {exc}", "plugin"))
                continue
            document = self._call("factcheck_segment", version.path, errors, version=version, vocab=vocab, config=self.config)
            if document is None:
                continue
            documents.append(document)
            claims.extend(self._extract(document, vocab, errors))
        claims.sort(key=lambda c: (c.version, c.start, c.end, c.kind))
        article = [c for c in claims if c.zone in ARTICLE_ZONES]
        aligned = self._call("factcheck_align", story.id, errors, story=story, documents=documents, claims=article, config=self.config) or []
        facts = [a for a in aligned if isinstance(a, Fact)] + facts_from_pairs(a for a in aligned if isinstance(a, AlignedPair))
        return documents, claims, facts

    def _vocab(self, version: Version, errors: list[InputError]) -> Any:
        """The version's language data; for a language without any, the digits-only data, with a note."""
        if version.lang in self.languages:
            return self.config.vocab(version.lang)
        errors.append(InputError(version.path, f"no language data for {version.lang or 'an unknown language'!r}: "
                                 f"only figures written in digits are read (languages with data: {', '.join(self.languages)})", "note"))
        return self.config.vocab(DIGITS_ONLY)

    def _extract(self, document: Document, vocab: Any, errors: list[InputError]) -> list[Claim]:
        """Call each extractor on its own, so that one that fails does not lose the others' claims."""
        kwargs = {"document": document, "vocab": vocab, "config": self.config}
        claims: list[Claim] = []
        for impl in reversed(self.hook.factcheck_extract.get_hookimpls()):
            captured: list[str] = []
            try:
                with fence(captured), time_limit(self.limit, f"extractor {impl.plugin_name}"):
                    found = list(impl.function(*[kwargs[name] for name in impl.argnames]) or [])
            except (Exception, TimeLimitExceeded) as exc:
                errors.append(InputError(document.version.path, plugin_failure(f"factcheck_extract of plugin {impl.plugin_name}", exc), "plugin"))
                continue
            finally:
                errors.extend(printed(f"factcheck_extract of plugin {impl.plugin_name}", document.version.path, captured))
            good = [c for c in found if _well_formed(c, document.version)]
            if len(good) < len(found):
                bad = next(c for c in found if not _well_formed(c, document.version))
                errors.append(InputError(document.version.path, f"factcheck_extract of plugin {impl.plugin_name} returned {len(found) - len(good)} "
                                         f"malformed claim(s), dropped; the first: {bad!r:.200}", "plugin"))
            claims.extend(good)
        return _numbers_of_their_own(claims)

    def _run_item(self, item: Any, fixtures: dict[str, Any]) -> RuleReport:
        """The item's report; a rule that exits, or a runner that raises, is an ``error`` item, and what the
        rule printed is kept in the report, never in the run's output."""
        values = dict(fixtures)
        if isinstance(item.param, Fact):
            values["fact"] = item.param
        elif isinstance(item.param, AlignedPair):
            values["pair"] = item.param
        elif isinstance(item.param, Version):
            values["version"] = item.param
        captured: list[str] = []
        started = time.perf_counter()
        try:
            with fence(captured):
                report = self.hook.factcheck_run_rule(item=item, fixtures=values, config=self.config)
        except Exception as exc:
            report = RuleReport(item.nodeid, item.rule.name, item.rule.code, item.story.id, "error",
                                longrepr=plugin_failure(f"rule {item.rule.code} {item.rule.name}", exc),
                                duration=time.perf_counter() - started)
        return dataclasses.replace(report, captured="".join(captured)) if captured else report

    def _call(self, hook_name: str, where: str, errors: list[InputError], **kwargs: Any) -> Any:
        return call_hook(self.hook, hook_name, where, errors, limit=self.limit, **kwargs)


def call_hook(hook: Any, hook_name: str, where: str, errors: list[InputError], limit: float | None = None, **kwargs: Any) -> Any:
    """Call a firstresult hook, fenced and within ``limit`` seconds: a plugin that raises, exits or runs
    past its limit becomes an error in ``errors`` and None; what it printed, a note."""
    captured: list[str] = []
    try:
        with fence(captured), time_limit(limit, hook_name):  # the clock stops before the fence comes down
            return getattr(hook, hook_name)(**kwargs)
    except (Exception, TimeLimitExceeded) as exc:
        errors.append(InputError(where, plugin_failure(hook_name, exc), "plugin"))
        return None
    finally:
        errors.extend(printed(hook_name, where, captured))


def facts_from_pairs(pairs: Iterable[AlignedPair]) -> list[Fact]:
    """Facts of two claims, from a third-party aligner that still returns AlignedPairs."""
    return [Fact(p.label, p.a.kind, (p.a, p.b), p.score) for p in pairs]


def _well_formed(claim: Any, version: Version) -> bool:
    """A Claim of this version whose span holds its text."""
    return (
        isinstance(claim, Claim)
        and claim.version == version.path
        and isinstance(claim.start, int) and isinstance(claim.end, int)
        and 0 <= claim.start <= claim.end <= len(version.text)
        and version.text[claim.start : claim.end] == claim.text
    )


def _numbers_of_their_own(claims: list[Claim]) -> list[Claim]:
    """The claims without the bare numbers another extractor's claim covers: the year of a date, the
    hour of a time ("number" claims are what no unit governs; a date or a time is one)."""
    spans = sorted((c.start, c.end) for c in claims if c.kind != "number")
    ends = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end among the first k spans
    starts = [start for start, _ in spans]

    def covered(claim: Claim) -> bool:
        k = bisect.bisect_left(starts, claim.end)  # spans starting before the number ends
        return k > 0 and ends[k - 1] > claim.start

    return [c for c in claims if c.kind != "number" or not covered(c)]


def printed(what: str, where: str, captured: list[str]) -> list[InputError]:
    """A note with what plugin code printed while it ran (nothing when it printed nothing)."""
    return [InputError(where, f"{what} printed (kept out of the report):\n{''.join(captured)}", "note")] if captured else []
