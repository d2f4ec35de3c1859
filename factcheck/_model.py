"""The values that flow through the pipeline: frozen, so no stage can change another's output.

load -> Version, Story; segment -> Document; extract -> Claim; align -> Fact (and the
AlignedPair two versions' mentions of one fact make); check -> Finding, RuleReport.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable, Literal, Mapping

Severity = Literal["error", "warning", "info"]
#: Severities from the most to the least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

ClaimKind = Literal["money", "percent", "percentage_point", "count", "quantity", "duration", "match_minute", "score", "time_of_day", "date"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Outcome = Literal["passed", "failed", "error", "skipped"]

#: Zones whose claims reach rules; everything else is boilerplate.
ARTICLE_ZONES = frozenset({"headline", "lede", "body"})


class FrozenDict(dict):  # type: ignore[type-arg]
    """A read-only dict: values stay frozen like the dataclasses holding them, and it pickles
    (stories are sent to worker processes and cached), which a mappingproxy does not."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("factcheck values are frozen: build a new one instead")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items(), key=repr)))


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return value if isinstance(value, FrozenDict) else FrozenDict(value or {})


@dataclass(frozen=True, slots=True)
class Version:
    """One file (or record) of a story, with its metadata and where each piece came from."""

    #: The path as reached from the command-line argument (``corpus/a.txt``).
    path: str
    #: The full decoded text, front matter included: every offset refers to it.
    text: str
    #: Offset where the article text starts (after front matter).
    body_start: int = 0
    #: Front-matter fields as written (read-only).
    meta: Mapping[str, Any] = field(default_factory=dict)
    #: Publication date, or date-time when the input has one.
    published: date | datetime | None = None
    #: Where ``published`` came from: ``front matter``, ``byline: …``, ``inferred: …``, ``unknown``.
    published_source: str = "unknown"
    #: ``day``, or ``month`` when only the month is known (``published`` is then its first day).
    published_precision: str = "day"
    #: ISO 639-1 language code.
    lang: str | None = None
    #: Where ``lang`` came from: ``front matter``, ``detected (p=0.99)``, ``default``.
    lang_source: str = "unknown"
    #: A story key given by the input itself (a ``story`` field), else None.
    story_key: str | None = None
    #: What the loader had to say about the file: ``(kind, message)`` pairs, kind ``note``
    #: (read correctly, e.g. decoded from Windows-1252) or ``input`` (partly unreadable).
    notes: tuple[tuple[str, str], ...] = ()
    #: ``"html"`` for text extracted from a page, ``"record"`` for a JSON record's ``text`` field, None for a
    #: file's own text. When set, offsets count in ``text``, not in the file, which has no such positions.
    extracted_from: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "meta", _frozen_mapping(self.meta))

    @property
    def body(self) -> str:
        """The text after the front matter."""
        return self.text[self.body_start :]

    @property
    def published_date(self) -> date | None:
        """``published`` as a plain date (the first day of the month when only the month is known)."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    @property
    def reference_day(self) -> date | None:
        """The day relative dates ("mardi", "yesterday") are read against: None unless it is known to the day."""
        return self.published_date if self.published_precision == "day" else None

    def replace(self, **changes: Any) -> Version:
        """A copy with ``changes`` applied (values are never mutated)."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Story:
    """Several versions of one news story."""

    #: A readable id: the story folder, or ``folder/first-file-stem`` for grouped loose files.
    id: str
    versions: tuple[Version, ...]
    #: How the versions were brought together: ``folder``, ``similarity``, ``story key``, ``single file``,
    #: ``event (shared: Maduro, 51.2, #VE)``, ``declared``.
    grouped_by: str = "folder"


class VersionGroup(list):
    """A group of versions returned by a grouping plugin, with why they were grouped (shown in the report).

    A plain list is a valid group too; this one carries ``reason``, e.g. ``event (shared: Maduro, 51.2)``.
    """

    def __init__(self, versions=(), reason: str | None = None) -> None:
        super().__init__(versions)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Zone:
    """A region of a version's text: ``headline``, ``lede``, ``body`` (sub-headings included),
    ``byline``, ``caption``, ``credit``, ``related``, ``furniture``, ``comments``, ``front_matter``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its offsets into the version's full text and the zone it lies in."""

    start: int
    end: int
    zone: str
    text: str


def _start(span: Sentence | Zone) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class Document:
    """A segmented version."""

    version: Version
    zones: tuple[Zone, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, if any (sentences are in text order: a binary search)."""
        index = bisect.bisect_right(self.sentences, offset, key=_start) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def zone_at(self, offset: int) -> str | None:
        """The kind of the zone that holds ``offset``, if any (zones are in text order)."""
        index = bisect.bisect_right(self.zones, offset, key=_start) - 1
        if index >= 0 and self.zones[index].start <= offset < self.zones[index].end:
            return self.zones[index].kind
        return None


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure or date read from one version, normalized, with the set of values it allows."""

    #: The version's path.
    version: str
    kind: str
    #: The surface text, equal to ``version_text[start:end]``.
    text: str
    start: int
    end: int
    #: Normalized value (amounts in units, percentages in percent).
    value: Decimal | None = None
    #: Unit or counted noun ("travailleurs", "year", "km").
    unit: str | None = None
    #: ISO 4217 code for money.
    currency: str | None = None
    qualifier: str = "exact"
    #: Feasible interval of values; None means unbounded on that side.
    low: Decimal | None = None
    high: Decimal | None = None
    #: For dates: the resolved interval of days, both ends included.
    start_date: date | None = None
    end_date: date | None = None
    #: For dates: ``day``, ``week``, ``month``, ``year``, ``decade`` …
    granularity: str | None = None
    #: For dates: True when read relative to the publication date.
    relative: bool = False
    #: For relative dates: the date it was resolved against.
    reference: date | None = None
    #: The zone the claim lies in.
    zone: str = "body"
    #: The sentence holding the claim: (start, end) offsets into the version text.
    sentence: tuple[int, int] | None = None
    #: Free-form details from the extractor (for example the words that govern the figure).
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", _frozen_mapping(self.extra))

    @property
    def context_free(self) -> bool:
        """True for a claim that is no figure among the others of its sentence (``extra["context_free"]``: a day
        part said alone, "ce soir"): alignment never reads it as part of another claim's context."""
        return bool(self.extra.get("context_free"))

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the claim (the contract of ``--format json``)."""
        return {
            "version": self.version,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _json_number(self.value),
            "unit": self.unit,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "low": _json_number(self.low),
            "high": _json_number(self.high),
            "low_open": bool(self.extra.get("low_open", False)),
            "high_open": bool(self.extra.get("high_open", False)),
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "granularity": self.granularity,
            "relative": self.relative,
            "reference": _iso(self.reference),
            "zone": self.zone,
        }

    def copy_key(self) -> str:
        """What the claim says, wherever it stands: equal for the copies of one claim in other versions
        (the same figure in the same words), whatever their offsets."""
        shifted = {k: (v[0] - self.start, v[1] - self.start) if k == "figure" else v for k, v in self.extra.items()}
        return repr(dataclasses.replace(self, version="", start=0, end=0, sentence=None, extra=shifted))


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two claims from two versions of one story that speak of the same fact."""

    a: Claim
    b: Claim
    #: How sure the alignment is, from 0 to 1.
    score: float = 1.0

    @property
    def label(self) -> str:
        """The readable part of an item id: ``a text|b text``."""
        return f"{self.a.text}|{self.b.text}"

    @property
    def claims(self) -> tuple[Claim, Claim]:
        return (self.a, self.b)


@dataclass(frozen=True, slots=True)
class Fact:
    """The claims of every version of a story that state one fact (a version may state it twice)."""

    #: A readable name made of the words that frame the figure: ``medailles-france``.
    label: str
    kind: str
    #: In version order, then text order.
    claims: tuple[Claim, ...]
    #: How sure the alignment is, from 0 to 1: the weakest link that joined the claims.
    score: float = 1.0
    #: What the figure measures, as the aligner understood it: ``measure``, ``about``, ``qualifiers`` ….
    frame: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "claims", tuple(self.claims))
        object.__setattr__(self, "frame", _frozen_mapping(self.frame))

    @property
    def versions(self) -> tuple[str, ...]:
        """The versions that state the fact, sorted."""
        return tuple(sorted({c.version for c in self.claims}))

    def pairs(self) -> list[AlignedPair]:
        """One pair per two versions: each version's first mention (for rules written over ``pair``)."""
        first: dict[str, Claim] = {}
        for claim in self.claims:
            first.setdefault(claim.version, claim)
        ordered = [first[v] for v in sorted(first)]
        return [AlignedPair(a, b, self.score) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the fact (``--format json -v``)."""
        return {"label": self.label, "kind": self.kind, "score": self.score, "versions": list(self.versions),
                "claims": [claim.to_dict() for claim in self.claims]}


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports. Rules fill ``message`` and the claims or versions it is about;
    the engine stamps ``rule``, ``code``, ``story`` and the default ``severity``."""

    message: str
    claims: tuple[Claim, ...] = ()
    versions: tuple[str, ...] = ()
    severity: Severity | None = None
    rule: str | None = None
    code: str | None = None
    story: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "claims", tuple(self.claims))
        object.__setattr__(self, "versions", tuple(self.versions))
        if self.severity is not None and self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {self.severity!r}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the finding."""
        versions = list(self.versions) or sorted({c.version for c in self.claims})
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity,
            "story": self.story,
            "message": self.message,
            "versions": versions,
            "claims": [claim.to_dict() for claim in self.claims],
        }


@dataclass(frozen=True, slots=True)
class Rule:
    """A collected ``check_*`` function."""

    #: The function name, e.g. ``check_amounts_agree``.
    name: str
    code: str
    severity: Severity
    func: Callable[..., Any]
    #: The fixture names the function asks for.
    params: tuple[str, ...]
    #: The name of the plugin that provides it (``-p no:NAME`` switches it off).
    plugin: str
    #: Claim kinds a fact or pair rule is about (empty: every kind).
    kinds: tuple[str, ...] = ()
    #: First line of the docstring.
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One run of one rule: on a story, a version, a fact or an aligned pair."""

    #: ``corpus/story::check_name[param]``.
    nodeid: str
    rule: Rule
    story: Story
    #: The parametrizing value (a Fact, an AlignedPair or a Version), if the rule asks for one.
    param: Any = None


@dataclass(frozen=True, slots=True)
class RuleReport:
    """The outcome of one item, as pytest's TestReport."""

    nodeid: str
    rule: str
    code: str
    story: str
    outcome: Outcome
    findings: tuple[Finding, ...] = ()
    #: The traceback of a rule that raised.
    longrepr: str | None = None
    duration: float = 0.0
    #: What the rule wrote to stdout and stderr (kept out of the run's output; shown with its item).
    captured: str = ""
    #: Findings a plugin accepted and took out of ``findings`` (a baseline's known findings): not reported.
    accepted: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class InputError:
    """A file, folder or plugin that could not be used, with what is wrong."""

    path: str
    message: str
    #: ``input`` for unreadable or malformed files, ``plugin`` for a plugin that failed,
    #: ``note`` for a file read correctly after a fix-up (decoded from Windows-1252): it does
    #: not change the exit status.
    kind: str = "input"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message, "kind": self.kind}
