"""Built-in alignment: the claims of all versions of a story, clustered into facts.

Claims are compared only within a block of one kind and one measure (the
currency of an amount, the concept a count counts: see ``_frames``). Two
claims are linked by how much their frames share: the rarity-weighted
overlap of the words near the figure and of the whole sentence, through
concepts that hold across languages. Two figures that allow a common value
link more easily (:data:`Settings.value_bonus`), since most versions agree;
a different figure joins a fact on its words, helped when its value lies
close (:data:`Settings.near_value_bonus`): a wrong figure is most often a
near miss (a typo, a rounding, an older bulletin), so that the outlier is
still aligned with the figure it contradicts. Dates meet for the bonus only
at one precision: "this year" meets every day of it, which says nothing.
A bare number ("le SPD (120)",
"SPD — 121") is a count that names nothing: it joins a count's fact on
strong words only (:data:`Settings.bare_number_penalty`), and bare numbers
alone make no fact, unless a state stands beside them ("128 sont portées
disparues" counts the missing). A context-free claim (:attr:`Claim.context_free`: a day
part said alone, "ce soir") is neither a figure around the others nor
compared with any: it makes no fact.

Clusters grow from the strongest link down, average linkage, under
constraints: two figures of one sentence are two facts, so are two figures
more than ten times apart (unless the same digits in another scale), one version
never states two different values of one fact (a toll "up from 133 to 137"
gives two facts, not a contradiction), and two figures said to cover periods
that do not meet ("in 2022", "in 2023" beside each) are two facts. Thresholds are settings
(``[tool.factcheck.align]``), calibrated on annotated real stories
(``bench/realworld.py``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Callable, Sequence

import numpy as np

from ._errors import UsageError
from ._frames import GENERIC_MEASURES, Frame, Framer, Lexicon, compatible_measures
from ._fold import fold_word
from ._intervals import duration_family, in_base_unit, in_si_alone
from ._markers import hookimpl
from ._model import Claim, Document, Fact, Story


@dataclass(frozen=True)
class Settings:
    """Alignment thresholds; ``[tool.factcheck.align]`` overrides any of them."""

    #: Lowest average link for two clusters to merge.
    min_link: float = 0.22
    #: The same, for claims of versions in different languages (fewer words can match).
    min_link_cross: float = 0.12
    #: Added to the link of two claims whose values meet.
    value_bonus: float = 0.25
    #: Share of the near-context overlap in a link (the rest is the sentence's).
    near_share: float = 0.5
    #: Added to the link of two counts of the same named thing ("morts" and "dead"), not of people.
    measure_bonus: float = 0.15
    #: At most this is added to the link of two figures that do not meet but lie close (a typo, a rounding,
    #: an older bulletin: "28,5 %" for "28,6 %"), falling to nothing at :data:`NEAR_VALUE_SPAN` apart.
    near_value_bonus: float = 0.2
    #: Taken from the link of a bare number (no noun: "le SPD (120)") to any claim: it joins a count on strong words only.
    bare_number_penalty: float = 0.15

    @classmethod
    def from_config(cls, config: Any) -> Settings:
        table = (config.settings.get("align") if config is not None else None) or {}
        known = {f.name for f in fields(cls)}
        unknown = set(table) - known
        if unknown:
            raise UsageError(f"[tool.factcheck.align] has unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
        for key, value in table.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                raise UsageError(f"[tool.factcheck.align] {key} must be a number from 0 to 1, not {value!r}")
        return cls(**{k: float(v) for k, v in table.items()})


@hookimpl
def factcheck_configure(config: Any) -> None:
    """Refuse a bad ``[tool.factcheck.align]`` before any story is read (a usage error, exit 4)."""
    Settings.from_config(config)


@hookimpl(trylast=True)
def factcheck_align(story: Story, documents: list[Document], claims: list[Claim], config: Any) -> list[Fact]:
    settings = Settings.from_config(config)
    versions = {d.version.path: d.version for d in documents}
    lexicons: dict[str | None, Lexicon] = {}
    for doc in documents:
        lang = doc.version.lang
        if lang not in lexicons:
            lexicons[lang] = Lexicon(lang, _vocab(config, lang))
    framer = Framer()
    figures: dict[tuple[str, Any], list[str]] = {}
    place: list[int] = []  # each claim's place among the figures of its sentence
    for claim in claims:
        tokens = figures.setdefault((claim.version, claim.sentence), [])
        place.append(len(tokens))
        if not claim.context_free:  # a day part said alone is no figure of the sentence
            tokens.append(value_token(claim))

    def compares_with(claim: Claim) -> bool:  # a period after "compared with" is a baseline, no figure's own
        version = versions.get(claim.version)
        return version is not None and lexicons[version.lang].compares_with(version.text, claim.start)

    periods = _periods(claims, compares_with)
    blocks: dict[tuple[str, str], list[tuple[Claim, Frame]]] = {}
    for k, (claim, at) in enumerate(zip(claims, place)):
        version = versions.get(claim.version)
        if version is None or claim.context_free:  # "ce soir": said of each version's own moment, compared with none
            continue
        f = framer.frame(claim, version.text, lexicons[version.lang])
        own = value_token(claim)
        # The figures around it, NEAR_FIGURES each side: a "sentence" of thousands of figures (a table, a list
        # with no full stop) must not make every claim's frame the size of the whole.
        near = figures[(claim.version, claim.sentence)][max(0, at - NEAR_FIGURES) : at + NEAR_FIGURES + 1]
        others = {t: FIGURE_WEIGHT for t in near if t != own}
        if others:  # the other figures of the sentence, by value: the same in every language
            f = Frame(f.measure, f.near, {**f.sentence, **others})
        if k in periods:
            f = Frame(f.measure, f.near, f.sentence, periods[k])
        # counts of people and of a named thing may state one fact: one block, kept apart in cluster()
        kind = "count" if claim.kind == "number" else claim.kind  # a bare number may state a count ("le SPD (120)")
        blocks.setdefault((kind, "" if kind == "count" else f.measure), []).append((claim, f))
    langs = {path: v.lang for path, v in versions.items()}
    facts: list[Fact] = []
    for (kind, measure), members in blocks.items():
        facts.extend(cluster(kind, measure, members, langs, settings))
    facts.sort(key=lambda f: (f.claims[0].version, f.claims[0].start))
    return facts


#: Granularities of a date that name the period a figure covers ("in 2023", "au premier trimestre").
PERIODS = frozenset({"year", "half", "quarter", "month"})
#: Characters at most between a figure and the period beside it.
PERIOD_REACH = 30


def _periods(claims: Sequence[Claim], compares_with: Callable[[Claim], bool] = lambda claim: False) -> dict[int, tuple[Any, Any]]:
    """For each figure (not a date), the period written right beside it in its sentence, with no other
    figure between: "€4.1 billion in 2022" covers 2022, "5 381 millions en 2023" covers 2023. A period after a
    comparison word covers no figure ("bajó en septiembre con respecto a agosto, hasta el 4,1 %")."""
    by_sentence: dict[tuple[str, Any], list[int]] = {}
    for k, claim in enumerate(claims):
        if not claim.context_free:  # neither covers a period nor stands between a figure and its period
            by_sentence.setdefault((claim.version, claim.sentence), []).append(k)
    found: dict[int, tuple[Any, Any]] = {}
    for indexes in by_sentence.values():
        ordered = sorted(indexes, key=lambda k: claims[k].start)
        for place, k in enumerate(ordered):
            claim = claims[k]
            if claim.kind == "date":
                continue
            for step in (1, -1):
                other = place + step
                if not 0 <= other < len(ordered):
                    continue
                near = claims[ordered[other]]
                gap = near.start - claim.end if step == 1 else claim.start - near.end
                if (near.kind == "date" and near.granularity in PERIODS and 0 <= gap <= PERIOD_REACH
                        and near.start_date is not None and near.end_date is not None and not compares_with(near)):
                    found[k] = (near.start_date, near.end_date)
                    break
    return found


#: Weight of another figure of the sentence ("the next two years" beside "$2.9 billion").
FIGURE_WEIGHT = 4.0
#: How many figures of the sentence on each side of a claim count in its frame.
NEAR_FIGURES = 8


def value_token(claim: Claim) -> str:
    """A figure as a token that reads the same in every language: ``#money:2.9E+9:USD``, ``#date:2024-04-09``."""
    if claim.kind == "date":
        return f"#date:{claim.start_date}:{claim.end_date}"
    return f"#{claim.kind}:{claim.value}:{claim.currency or ''}"


def _determinate(claim: Claim) -> bool:
    """A claim whose value says something: a resolved date, a figure with a bound."""
    if claim.kind == "date":
        return claim.start_date is not None and claim.end_date is not None and not claim.extra.get("vague")
    return claim.low is not None or claim.high is not None


def _vocab(config: Any, lang: str | None) -> Any:
    if config is None:
        return None
    try:
        return config.vocab(lang)
    except Exception:  # a language without data: its words pass as they are
        return None


def cluster(kind: str, measure: str, members: Sequence[tuple[Claim, Frame]], langs: dict[str, str | None], settings: Settings) -> list[Fact]:
    """Average-linkage clustering of one block's claims into facts, under the constraints above.

    Copies of one claim (the same figure in the same words, in versions of one language: a wire story
    republished a hundred times) are clustered once, weighted by how many they are, so that time and
    memory grow with the distinct claims, not with the copies.
    """
    if len(members) < 2 or len({c.version for c, _ in members}) < 2 or all(_bare(c, f) for c, f in members):
        return []  # bare numbers alone make no fact: a table of thousands of them costs nothing here
    bare_per_version = Counter(c.version for c, f in members if _bare(c, f))
    if any(n > MAX_BARE_PER_VERSION for n in bare_per_version.values()):  # a table of figures: its bare numbers stay unaligned
        members = [(c, f) for c, f in members if not (_bare(c, f) and bare_per_version[c.version] > MAX_BARE_PER_VERSION)]
        if len({c.version for c, _ in members}) < 2:
            return []
    groups = _distinct(members, langs)
    try:
        return _cluster_distinct(kind, measure, members, groups, langs, settings)
    except _CopiesDoNotLink as exc:  # copies too bare to link (no words, no value): each on its own, as any claim
        split = [[k] for g in groups if g[0] in exc.firsts for k in g]
        kept = [g for g in groups if g[0] not in exc.firsts]
        return _cluster_distinct(kind, measure, members, kept + split, langs, settings)


#: Bare numbers of one version in one block above which they are a table, left unaligned: clustering costs the square of
#: the claims, and a bare number joins a fact on strong words only, which a table's cells do not have.
MAX_BARE_PER_VERSION = 200


def _bare(claim: Claim, frame: Frame) -> bool:
    """A number that names nothing it counts ("le SPD (120)"; not "128 sont portées disparues")."""
    return claim.kind == "number" and frame.measure in GENERIC_MEASURES


class _CopiesDoNotLink(Exception):
    """Copies of a claim whose link to each other is below the threshold: they must not start as one."""

    def __init__(self, firsts: set[int]) -> None:
        super().__init__(f"{len(firsts)} groups of copies")
        self.firsts = firsts


def _distinct(members: Sequence[tuple[Claim, Frame]], langs: dict[str, str | None]) -> list[list[int]]:
    """Indexes of ``members`` grouped by everything clustering reads of a claim (its language, frame and
    value), at most one claim of a version per group (two figures of one version start apart)."""
    seen: dict[tuple[Any, ...], list[tuple[list[int], set[str]]]] = {}
    groups: list[list[int]] = []
    for k, (c, f) in enumerate(members):
        key = (langs.get(c.version), f.measure, tuple(f.near.items()), tuple(f.sentence.items()), f.period, c.copy_key())
        candidates = seen.setdefault(key, [])
        for group, versions in candidates:
            if c.version not in versions:
                group.append(k)
                versions.add(c.version)
                break
        else:
            groups.append([k])
            candidates.append((groups[-1], {c.version}))
    return groups


def _cluster_distinct(kind: str, measure: str, members: Sequence[tuple[Claim, Frame]], groups: list[list[int]],
                      langs: dict[str, str | None], settings: Settings) -> list[Fact]:
    """:func:`cluster` over ``groups`` of identical claims, each weighing its number of claims."""
    n = len(groups)
    claims = [members[g[0]][0] for g in groups]
    frames = [members[g[0]][1] for g in groups]
    weight = np.array([len(g) for g in groups], dtype=float)
    # durations compare in one unit per family ("45 minutes" and "45:24 minutos" in seconds)
    valued = [in_base_unit(c) for c in claims] if kind == "duration" else claims
    if kind == "quantity":  # "948 feet" and "289 m" in one unit
        valued = [in_si_alone(c) for c in claims]
    link = settings.near_share * _overlaps([f.near for f in frames]) + (1 - settings.near_share) * _overlaps([f.sentence for f in frames])
    meet, same, known = _meets(valued)
    bonus = meet & known[:, None] & known[None, :]
    if kind == "date":  # "this year" meets every day of the year: a coarse date links on its words, not by meeting
        grain = np.array([c.granularity or "" for c in claims], dtype=object)
        bonus &= grain[:, None] == grain[None, :]
    link += settings.value_bonus * bonus
    if kind != "date":
        link += settings.near_value_bonus * (~meet & known[:, None] & known[None, :]) * _closeness(valued)
    shares_version, only_version = _shared([[members[k][0].version for k in g] for g in groups])
    shares_sentence, _ = _shared([[(members[k][0].version, members[k][0].sentence) for k in g] for g in groups])
    # A version states a fact once, or twice with the same figure, or in two of its parts (headline, lede, body)
    # with figures that meet and lie close, each as precise as it likes ("More than 1,300", "1,301"; not "above 3.8%"
    # and "62.7%"); never twice in one sentence.
    zone = np.array([c.zone for c in claims], dtype=object)
    restated = meet & (zone[:, None] != zone[None, :]) & (_ratio(valued) <= CONVERTED_RATIO)
    cannot = shares_version & (~(same | restated) | shares_sentence)
    currency = np.array([c.currency or "" for c in claims], dtype=object)
    value = np.array([str(c.value) for c in claims], dtype=object)
    cannot |= (currency[:, None] != currency[None, :]) & (value[:, None] != value[None, :])
    if kind in ("quantity", "duration"):  # another unit and another size: another thing measured, not a conversion slip
        units = np.array([c.unit or "" for c in claims], dtype=object)
        cannot |= (units[:, None] != units[None, :]) & (_ratio(valued) > CONVERTED_RATIO)
    if kind in ("count", "money", "quantity", "percent"):
        # more than FAR_RATIO apart: another figure, unless the same digits in another scale ("36 millions" for "36 milliards")
        digits = np.array([_digits(c) for c in valued], dtype=object)
        cannot |= (_ratio(valued) > FAR_RATIO) & (digits[:, None] != digits[None, :])
    if kind == "duration":  # "3 mois" is no number of days
        family = np.array([duration_family(c) or "" for c in claims], dtype=object)
        cannot |= (family[:, None] != family[None, :]) & (family[:, None] != "") & (family[None, :] != "")
    spans = [f.period for f in frames]
    if any(spans):  # two figures said to cover periods that do not meet are two facts ("in 2022", "in 2023")
        cannot |= np.array([[a is not None and b is not None and (a[1] < b[0] or b[1] < a[0]) for b in spans] for a in spans])
    measures = [f.measure for f in frames]
    named = np.array([m not in GENERIC_MEASURES for m in measures])
    same_measure = np.array(measures, dtype=object)[:, None] == np.array(measures, dtype=object)[None, :]
    link += settings.measure_bonus * (same_measure & named[:, None])
    if len(set(measures)) > 1:
        distinct_measures = sorted(set(measures))
        incompatible = {(x, y) for x in distinct_measures for y in distinct_measures if not compatible_measures(x, y)}
        if incompatible:
            cannot |= np.array([[(x, y) in incompatible for y in measures] for x in measures])
    # no figure ("des milliards"), or a number that names nothing it counts
    bare = np.array([_bare(c, f) or bool(c.extra.get("vague")) for c, f in zip(claims, frames)])
    link -= settings.bare_number_penalty * (bare[:, None] | bare[None, :])
    lang = np.array([str(langs.get(c.version)) for c in claims], dtype=object)
    threshold = np.where(lang[:, None] == lang[None, :], settings.min_link, settings.min_link_cross)
    own = np.diagonal(link)
    unlinked = {groups[k][0] for k in range(n) if len(groups[k]) > 1 and own[k] < threshold[k, k]}
    if unlinked:
        raise _CopiesDoNotLink(unlinked)
    # two claims of one version are never linked directly (they may meet through other versions)
    one_version = only_version[:, None] & only_version[None, :] & shares_version
    ok = (link >= threshold) & ~cannot & ~one_version
    rows, cols = np.nonzero(np.triu(ok, 1))
    order = np.lexsort((cols, rows, -link[rows, cols]))
    owner = list(range(n))
    clusters: dict[int, list[int]] = {i: [i] for i in range(n)}
    weakest: dict[int, float] = {i: min(1.0, float(own[i])) if len(groups[i]) > 1 else 1.0 for i in range(n)}
    for i, j in zip(rows[order].tolist(), cols[order].tolist()):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        if weight[clusters[gi]].sum() < weight[clusters[gj]].sum():
            gi, gj = gj, gi
        left, right = clusters[gi], clusters[gj]
        block = np.ix_(left, right)
        if cannot[block].any():
            continue
        pairs = np.outer(weight[left], weight[right])
        average = float((link[block] * pairs).sum() / pairs.sum())
        if average < float((threshold[block] * pairs).sum() / pairs.sum()):
            continue
        left.extend(right)
        weakest[gi] = min(weakest[gi], weakest[gj], average)
        for k in right:
            owner[k] = gi
        del clusters[gj], weakest[gj]
    facts = []
    for root, indexes in clusters.items():
        chosen_members = [members[k] for g in indexes for k in groups[g]]
        if len({c.version for c, _ in chosen_members}) < 2 or all(_bare(c, f) for c, f in chosen_members):
            continue
        chosen = sorted((c for c, _ in chosen_members), key=lambda c: (c.version, c.start))
        chosen_frames = [f for _, f in chosen_members]
        named_measures = sorted({f.measure for f in chosen_frames} - GENERIC_MEASURES)
        what = named_measures[0] if named_measures else measure
        facts.append(Fact(label(kind, what, chosen_frames), kind, tuple(chosen), round(min(weakest[root], 1.0), 3),
                          {"measure": what, "words": shared_words(chosen_frames)}))
    return facts


def _shared(keys: Sequence[Sequence[Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Which two groups have a key in common (a version, a sentence), and which groups have a single key."""
    holders: dict[Any, set[int]] = {}
    for row, group in enumerate(keys):
        for key in group:
            holders.setdefault(key, set()).add(row)
    shared = np.zeros((len(keys), len(keys)), dtype=bool)
    for rows in holders.values():
        if len(rows) > 1:
            index = np.fromiter(rows, dtype=int)
            shared[np.ix_(index, index)] = True
    np.fill_diagonal(shared, True)
    return shared, np.array([len(set(group)) == 1 for group in keys])


def _overlaps(bags: Sequence[dict[str, float]]) -> np.ndarray:
    """A weighted Jaccard of every two bags: the weight they share over the weight of all their tokens.

    A token weighs differently in two bags (its distance from the figure), so the shared part of
    a token is the geometric mean of its two weights: one matrix product for every pair at once.
    """
    vocabulary: dict[str, int] = {}
    for bag in bags:
        for token in bag:
            vocabulary.setdefault(token, len(vocabulary))
    n = len(bags)
    if not vocabulary:
        return np.zeros((n, n))
    weights = np.zeros((n, len(vocabulary)))
    for row, bag in enumerate(bags):
        for token, weight in bag.items():
            weights[row, vocabulary[token]] = weight
    roots = np.sqrt(weights)
    shared = roots @ roots.T
    sizes = weights.sum(axis=1)
    union = sizes[:, None] + sizes[None, :] - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union > 0, shared / union, 0.0)


#: Relative distance of two values from which they are no closer than any two figures.
NEAR_VALUE_SPAN = 0.1
#: Quantities written in two units link only when the larger size is at most this many times the smaller:
#: a conversion rounded or slipped, not another distance.
CONVERTED_RATIO = 1.5


#: Minutes apart at which two times of day are no closer than any two.
NEAR_TIME_SPAN = 30.0


def _closeness(claims: Sequence[Claim]) -> np.ndarray:
    """1 for two equal values, falling linearly to 0 at :data:`NEAR_VALUE_SPAN` of the larger apart
    (times of day: at :data:`NEAR_TIME_SPAN` minutes apart, whatever the hour)."""
    values = np.array([float(c.value) if c.value is not None else np.nan for c in claims])
    if claims and claims[0].kind == "time_of_day":
        return np.nan_to_num(np.clip(1 - np.abs(values[:, None] - values[None, :]) / NEAR_TIME_SPAN, 0, 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.maximum(np.abs(values)[:, None], np.abs(values)[None, :])
        distance = np.abs(values[:, None] - values[None, :]) / scale
    return np.nan_to_num(np.clip(1 - distance / NEAR_VALUE_SPAN, 0, 1))


#: Two figures more than this many times apart state two facts, unless their digits are the same (a slipped scale).
FAR_RATIO = 10.0


def _digits(claim: Claim) -> str:
    """The significant digits of a claim's value ("36" for 36 000 000 000 and for 0.36); "" when it has none."""
    if claim.value is None:
        return ""
    return format(abs(Decimal(str(claim.value))).normalize(), "f").replace(".", "").strip("0")


def _ratio(claims: Sequence[Claim]) -> np.ndarray:
    """The larger value over the smaller, for every two claims (1 when either has no value or one is 0)."""
    values = np.abs(np.array([float(c.value) if c.value is not None else np.nan for c in claims]))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.maximum(values[:, None], values[None, :]) / np.minimum(values[:, None], values[None, :])
    return np.nan_to_num(ratio, nan=1.0, posinf=1.0)


def _meets(claims: Sequence[Claim]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which two claims' values can meet (intervals, widened by half the written precision; days for
    dates), which two state the same figure (the values themselves, hedges aside: "above 3.8%" is not
    "62.7%" in one text), and which claims have a value that says something (:func:`_determinate`)."""
    n = len(claims)
    low, high, point_low, point_high = np.empty(n), np.empty(n), np.empty(n), np.empty(n)
    for k, c in enumerate(claims):
        if c.kind == "date":
            low[k] = point_low[k] = c.start_date.toordinal() if c.start_date else -np.inf
            high[k] = point_high[k] = c.end_date.toordinal() if c.end_date else np.inf
            continue
        slack = float(c.extra.get("precision") or 0) * 0.499 if c.qualifier == "exact" else 0.0
        low[k] = float(c.low) - slack if c.low is not None else -np.inf
        high[k] = float(c.high) + slack if c.high is not None else np.inf
        value = float(c.value) if c.value is not None else None
        point_low[k] = value - slack if value is not None else -np.inf
        point_high[k] = value + slack if value is not None else np.inf
    meet = (low[:, None] <= high[None, :]) & (low[None, :] <= high[:, None])
    same = (point_low[:, None] <= point_high[None, :]) & (point_low[None, :] <= point_high[:, None])
    known = np.array([_determinate(c) for c in claims])
    return meet, same, known


def shared_words(frames: Sequence[Frame], limit: int = 4) -> tuple[str, ...]:
    """The near-context tokens of a fact's claims, by how many claims have them times how rare they are."""
    counts: dict[str, int] = {}
    for f in frames:
        for token in f.near:
            counts[token] = counts.get(token, 0) + 1
    weight = {t: max(f.sentence.get(t, 0.0) for f in frames) for t in counts}
    ranked = sorted(counts, key=lambda t: (-counts[t] * weight[t], t))
    return tuple(ranked[:limit])


def label(kind: str, measure: str, frames: Sequence[Frame]) -> str:
    """A readable name for a fact: its measure and the words its versions share (``medal-fr``)."""
    parts = [_slug(measure) or kind]
    for token in shared_words(frames, 2):
        slug = _slug(token)
        if slug and slug not in parts:
            parts.append(slug)
    return "-".join(parts)


def _slug(token: str) -> str:
    folded = fold_word(token.lstrip("@#")).replace(" ", "-")
    return "".join(ch for ch in folded if ch.isalnum() or ch == "-").strip("-")[:24]

