"""Date patterns compiled from one language's data (``calendar.toml`` + ``dates.toml``).

Every form a date can take is one alternative of a single ``regex`` pattern,
tried left to right so that a longer form beats the shorter forms it contains
("mardi 9 avril 2024" before "mardi"). Named groups repeat across
alternatives (the ``regex`` module allows it); ``form`` names the alternative
that matched. Words never appear here: they come from the language files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import regex

from .. import _regex
from .._fold import fold, strip_accents
from .._vocab import Vocab
from ._dates_calendar import SUB_DAY_SECONDS
from ._hedges import CLASSES, hedged_year_cues
from ._numbers_patterns import plurals

#: Forms that read two dates at once; when their numbers fail, the single forms get a second try.
RANGE_FORMS = frozenset({"dayrange", "mdayrange", "dayrange_rel", "yearrange"})
#: Forms that read a number after a month or weekday name as its day or year; when that number turns out to be
#: an amount or a count ("en février 10 milliards", "En mars, 2000 personnes", "Venerdì 15 persone"), the month
#: or weekday is read alone.
MONTH_NUMBER_FORMS = frozenset({"text_mdy", "month_year", "wd_day"})
#: The alternatives of the atom pattern, in the order they are tried.
FORMS = (
    "dayrange", "mdayrange", "dayrange_rel", "yearrange", "ymd", "dmy", "dmy_sp", "ymd8", "named3",
    "text_dmy", "text_mdy", "wd_relweek", "relweek_wd", "day_relmonth", "month_relyear", "month_year",
    "quarter", "holiday", "decade", "nth_week", "nth_day", "rel_count", "offset", "rel_unit", "vague", "nth_wd", "weekno", "part_unit", "part_word", "relative_day",
    "wd_day", "wd_mod", "month_mod", "dm2", "year", "day_only", "weekday",
)


def _char(c: str) -> str:
    if c == "'":
        return "['’]"
    if c == " ":
        return r"\s+"
    if c == "-":
        return r"[-\s]?"
    base = strip_accents(c)
    if base != c and base:
        return f"[{regex.escape(c)}{regex.escape(base)}]"
    return regex.escape(c)


def words_re(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, accent- and spacing-tolerant; never matches nothing.

    It opens with a lookahead for the characters a phrase can start with: ``regex`` tries every phrase of
    an alternation in turn, even where no phrase starts with the character at hand, and the date patterns
    try dozens of lists at every word they look at. The lookahead only says what the phrases say anyway.
    """
    unique = sorted({w.lower().replace("’", "'") for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    parts = [regex.escape(w) if not any(c.isalnum() for c in w) else "".join(_char(c) for c in w) for w in unique]
    lead = _first_chars(unique)
    if not lead:
        return "(?:" + "|".join(parts) + ")"
    # every phrase starts with one character: write the alternation so that the phrases that cannot start with
    # the character at hand are skipped at once (see _regex.factored)
    branches = []
    for w, part in zip(unique, parts):
        head = regex.escape(w[0]) if not any(c.isalnum() for c in w) else _char(w[0])
        chars = {w[0]} if not any(c.isalnum() for c in w) else ({"'", "’"} if w[0] == "'" else {w[0], strip_accents(w[0])} - {""})
        branches.append((head, part[len(head):], chars))
    return lead + _regex.factored(branches)


def _first_chars(phrases: list[str]) -> str:
    """``(?=[…])``: the characters the first element of one of ``phrases`` (as ``words_re`` writes them) matches,
    or "" when a phrase may start with a space or a hyphen (its first element is then no single character)."""
    chars: set[str] = set()
    for phrase in phrases:
        first = phrase[0]
        if not any(c.isalnum() for c in phrase):
            chars.add(first)
        elif first in " -":
            return ""
        else:
            chars |= {"'", "’"} if first == "'" else {first, strip_accents(first)} - {""}
    if any(len(c) != 1 for c in chars):
        return ""
    return "(?=[" + "".join(regex.escape(c) for c in sorted(chars)) + "])"


#: What each form of the atom pattern can start with: a digit, or a phrase of one of the named word lists
#: (``lead_lists`` in ``build``). Read off the alternatives: a form whose first element is optional
#: ("(?:{ART}\\s*)?") lists what comes after it too, and a form that is itself an alternation lists the
#: start of each branch. ``build`` opens each form with a lookahead for the characters these can start with.
FORM_LEADS: Mapping[str, tuple[str, ...]] = {
    "dayrange": ("day_only_before", "digit", "numbers"),
    "mdayrange": ("months",),
    "dayrange_rel": ("day_only_before", "digit", "numbers"),
    "yearrange": ("digit",),
    "ymd": ("digit",),
    "dmy": ("digit",),
    "dmy_sp": ("digit",),
    "ymd8": ("digit",),
    "named3": ("digit", "months"),
    "text_dmy": ("weekdays", "weekday_abbreviations", "digit", "numbers"),
    "text_mdy": ("weekdays", "weekday_abbreviations", "months"),
    "wd_relweek": ("weekdays", "weekday_abbreviations"),
    "relweek_wd": ("articles", "modifiers", "week_units"),
    "day_relmonth": ("day_only_before", "digit", "numbers"),
    "month_relyear": ("months",),
    "month_year": ("months", "digit"),
    "quarter": ("quarter_letters", "half_letters", "digit", "articles", "ordinals"),
    "holiday": ("holidays",),
    "decade": ("decade_before", "digit"),
    "nth_week": ("articles", "ordinals", "modifiers"),
    "nth_day": ("articles", "ordinals", "modifiers"),
    "rel_count": ("articles", "modifiers", "digit", "numbers"),
    "offset": ("ago_before", "later_before", "digit", "numbers"),
    "rel_unit": ("articles", "modifiers", "named_units", "bare_units"),
    "vague": ("vague",),
    "nth_wd": ("articles", "ordinals", "modifiers"),
    "weekno": ("week_units",),
    "part_unit": ("named_units",),
    "part_word": ("part_words",),
    "relative_day": ("relative_days",),
    "wd_day": ("weekdays", "weekday_abbreviations"),
    "wd_mod": ("modifiers", "weekdays", "weekdays_after_modifier"),
    "month_mod": ("modifiers", "months"),
    "dm2": ("weekdays", "weekday_abbreviations", "digit"),
    "year": ("digit",),
    "day_only": ("day_only_before", "day_after_time"),
    "weekday": ("weekdays", "weekdays_after_modifier"),
}


def _form_lead(leads: Iterable[str], lead_lists: Mapping[str, list[str]]) -> str:
    """The lookahead that opens a form: a digit or a first character of a phrase of its ``leads``
    (as ``words_re`` writes them); "" when some phrase has no single first character."""
    phrases = sorted({w.lower().replace("’", "'") for lead in leads if lead != "digit" for w in lead_lists[lead] if w})
    digit = r"\d" if "digit" in leads else ""
    if not phrases:
        return f"(?=[{digit}])" if digit else ""  # no phrase: the form cannot start with a word (nor match, without a digit)
    chars = _first_chars(phrases)
    return chars[:-2] + digit + "])" if chars else ""


def _first_word(phrase: str) -> str:
    """The letters and digits a phrase starts with, folded ("" when it starts with another sign)."""
    m = _WORD.match(phrase.lower().replace("’", "'"))
    return strip_accents(m.group()) if m else ""


class AtomGate:
    """Whether the atom pattern can match where a word starts, told from the word and what follows it.

    A form can start at a word only through a lead of ``FORM_LEADS``: a digit, or a list one of whose phrases
    starts with the word's first letters. A word no lead fits starts no date. Otherwise, unless a digit or a
    one-word phrase of a lead is the word itself, a small pattern first checks that one of its leads goes on
    as the forms need: a phrase of the list ("la" of "la veille"), or for an article, a day's article ("le",
    "am") or an offset word ("dans", "vor"), what the forms want next (``continuations``: "le" + a digit, a
    number, a modifier, a unit or an ordinal). The atom pattern costs as much as its dozens of forms try.
    """

    def __init__(self, lead_lists: Mapping[str, Iterable[str]], lead_patterns: Mapping[str, str]) -> None:
        phrases = {name: [p.lower().replace("’", "'") for p in ps if p] for name, ps in lead_lists.items()}
        self.prefixes = {name: frozenset(_first_word(p) for p in ps) for name, ps in phrases.items()}
        #: Lead list name → its phrases that are one word (folded): the word itself then leads.
        self.whole = {name: frozenset(strip_accents(p) for p in ps if _first_word(p) == strip_accents(p)) for name, ps in phrases.items()}
        self.lead_patterns = dict(lead_patterns)
        self._by_word: dict[str, Any] = {}
        self._patterns: dict[frozenset[str], Any] = {}

    def leads(self, word: str) -> set[str]:
        """The leads of ``FORM_LEADS`` that can start at ``word`` (lower case)."""
        key = strip_accents(word)
        heads = {key[:k] for k in range(len(key) + 1)}
        found = {name for name, firsts in self.prefixes.items() if not heads.isdisjoint(firsts)}
        return found | {"digit"} if word[:1].isdigit() else found

    def check(self, word: str) -> Any:
        """True: try the atom pattern at ``word``; False: no date starts there; else a pattern that must match first."""
        hit = self._by_word.get(word)
        if hit is None:
            leads = frozenset(self.leads(word))
            key = strip_accents(word)
            if not leads:
                hit = False
            elif ("digit" in leads and (leads != {"digit"} or _YEAR_START.match(word))) or any(
                    key in self.whole[lead] for lead in leads if lead not in CONTINUED):
                hit = True
            else:
                hit = self._patterns.get(leads)
                if hit is None:
                    body = "|".join(self.lead_patterns[lead] for lead in sorted(leads))
                    hit = self._patterns[leads] = _regex.compile(body, regex.IGNORECASE | regex.V0)
            if len(self._by_word) < 20_000:
                self._by_word[word] = hit
        return hit


#: Leads checked by what follows them (see ``AtomGate``): a word of these lists is no date by itself.
CONTINUED = frozenset({"articles", "day_only_before", "ago_before", "later_before", "numbers", "digit"})
#: A word starting with a year: the forms that start with a digit run of four are too many to check what follows.
_YEAR_START = _regex.compile(r"(?:1[5-9]|20)\d\d")


def _w(body: str) -> str:
    """A phrase alternation bounded as whole words."""
    return rf"(?<!\w){body}(?:(?<=['’])|(?!\w))"


_WORD = _regex.compile(r"\w+")


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and folded lookup tables of one language."""

    lang: str
    atoms: Any
    singles: Any
    starts: frozenset[str]
    #: Start words that are function words: tried only when ``cue_after`` finds a digit or calendar word next.
    weak_starts: frozenset[str]
    cue_after: Any
    order: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    modifiers: Mapping[str, str]
    rules: Mapping[str, Mapping[str, Any]]
    units: Mapping[str, str]
    bare_units: Mapping[str, int]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    relative_days: Mapping[str, int]
    holidays: Mapping[str, str]
    range_mods: Mapping[str, str]
    offsets: Mapping[str, str]
    #: The articles, folded.
    articles: frozenset[str]
    year_cue_end: Any
    connector: Any
    pair_connector: Any
    pair_opener_end: Any
    opener_end: Any
    mod_end: Any
    part_end: Any
    parts: Mapping[str, str]
    week_of_end: Any
    blocked_before: Any
    tense: Any
    not_cues: frozenset[str] = field(default_factory=frozenset)
    #: The atom pattern without the forms of ``MONTH_NUMBER_FORMS`` (nor ranges): a month or weekday named alone.
    month_alone: Any = None
    #: "años ochenta", "années quatre-vingt": decade words and the first year of their decade (80 → 1980).
    decade_words: Mapping[str, int] = field(default_factory=dict)
    #: Words such as "semestre", "half": an ordinal before them counts halves, not quarters.
    half_words: frozenset[str] = field(default_factory=frozenset)
    #: Before "in N years": a span looked back on ("the strongest in 25 years"), not a future date.
    period_cue: Any = None
    #: After a figure: a scale, currency or percent word ("février 10 milliards" is no date).
    quantity_after: Any = None
    #: Words of a match result ("ganó", "final"): in their sentence "el 2-1" is a score, not a day.
    score_cue: Any = None
    #: After a day number: a word it may count ("Venerdì 15 persone"): no function word, month, weekday,
    #: modifier or day part.
    counted_after: Any = None
    #: One word for a part of a unit ("Jahresende": the late part of the year), as (part, unit).
    part_words: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    #: Hedge words of the number data ("cerca de", "gut") and their class, between an "ago" word and its count.
    hedges: Mapping[str, str] = field(default_factory=dict)
    #: Year cues that are hedges of the number data too ("hasta", "até", "ab"), ending a text (see
    #: ``_hedges.hedged_year_cues``), and what makes the word after a number a plural noun (the number data's
    #: ``[counting]``, see ``_numbers_patterns.plurals``): after such a cue, "2000 personas" is a hedged count.
    hedged_year_cue: Any = None
    plurals: Any = None
    capitalized_nouns: bool = False
    #: Whether a date can start at a word (see ``AtomGate``).
    gate: Any = None
    #: The calendar words of ``cue_after`` without its digits: the scan looks up digits in an index of the
    #: text, and either alternative alone is found fast where their alternation is tried at every position.
    cue_word: Any = None


def _table(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    return {fold(k): v for k, v in dict(data.get(key, {})).items()}


def build(vocab: Vocab) -> Grammar:
    """Compile the patterns of ``vocab``'s language (call once per language)."""
    cal, dat = vocab["calendar"], vocab["dates"]
    words: Mapping[str, Any] = dat.get("words", {})
    lw = lambda key: list(words.get(key, []))  # noqa: E731 - a local shorthand
    numbers_data: Mapping[str, Any] = vocab["numbers"] if "numbers" in vocab.topics else {}

    months_full = {k: int(v) for k, v in dict(cal.get("months", {})).items()}
    abbr = {k: int(v) for k, v in dict(dat.get("month_abbreviations", {})).items()}
    full_names: dict[str, int] = {}
    for name, num in months_full.items():
        longest = max((k for k, v in months_full.items() if v == num), key=len)
        is_abbr = name.endswith(".") or (len(name) < len(longest) and fold(longest).startswith(fold(name).rstrip(".")))
        (abbr if is_abbr else full_names)[name] = num
    ambiguous = {fold(w) for w in lw("ambiguous_months")}
    bare_months = [k for k in full_names if fold(k) not in ambiguous]
    any_month = list(full_names) + list(abbr) + [a + "." for a in abbr if not a.endswith(".")]
    weekdays = {k: int(v) for k, v in dict(cal.get("weekdays", {})).items()}
    wd_abbr = {k: int(v) for k, v in dict(dat.get("weekday_abbreviations", {})).items()}
    # Short weekdays that are weekdays only with a modifier ("nesta segunda", "sexta passada"); alone, ordinals.
    wd_after_mod = {k: int(v) for k, v in dict(dat.get("weekdays_after_modifier", {})).items()}
    mods = _table(dat, "modifiers")
    units: dict[str, str] = {}
    for unit, names in dict(dat.get("units", {})).items():
        for n in names:
            units[fold(n)] = unit
    numbers = {fold(k): int(v) for k, v in dict(dat.get("numbers", {})).items()}
    holidays = {fold(k): str(v) for k, v in dict(dat.get("holidays", {})).items()}
    rel_days = {fold(k): int(v) for k, v in dict(dat.get("relative_days", {})).items()}
    rmods = _table(dat, "range_mods")
    offs: dict[str, str] = {}
    for key, names in dict(dat.get("offsets", {})).items():
        for n in names:
            offs[fold(n)] = key

    MON = _w(words_re(any_month))
    MONG = rf"(?<!\w){words_re(any_month)}(?:(?<=[.'’])|(?!\w))"  # a day may be glued to its period: "Oct.23"
    MONB = _w(words_re(bare_months))
    MONAMB = _w(words_re([k for k in full_names if fold(k) in ambiguous]))
    MPREP = words_re(lw("month_prepositions"))
    WD = _w(words_re(list(weekdays) + list(wd_abbr) + [a + "." for a in wd_abbr]))
    WDF = _w(words_re(weekdays))
    WDM = _w(words_re(list(weekdays) + list(wd_after_mod)))
    WDS = _w(words_re(wd_after_mod)) if wd_after_mod else "(?!x)x"
    MOD = _w(words_re(dict(dat.get("modifiers", {}))))
    MS = r"(?:\s+|(?<=['’]))"  # after a modifier: a space, or nothing after an elided one ("quest'anno")
    # Modifiers that look back ("last", "ultima", "letzten"): before an ordinal's place, "the last Sunday of May".
    back = {kind for kind, rule in dict(dat.get("modifier_rules", {})).items() if int(dict(rule).get("offset", 0)) < 0}
    MODLAST = _w(words_re([w for w, kind in dict(dat.get("modifiers", {})).items() if kind in back]))
    ART = rf"(?:{_w(words_re(lw('articles')))}\s*)"
    U = lambda *kinds: _w(words_re([n for k in kinds for n in dict(dat.get("units", {})).get(k, [])]))  # noqa: E731
    UWEEK, UMONTH, UYEAR = U("week"), U("month"), U("year")
    # Plural forms that only count ("vor drei Jahren") never name one unit ("in den vergangenen Jahren").
    counted_only = {fold(w) for w in lw("count_only_units")}
    UANY = _w(words_re([n for k in ("week", "weekend", "month", "quarter", "year", "decade")
                        for n in dict(dat.get("units", {})).get(k, []) if fold(n) not in counted_only]))
    UCOUNT = U("day", "week", "month", "quarter", "year", "decade")
    # Hours, minutes and seconds count back or on from the moment of publication ("two hours ago", "in the
    # next 48 hours"), in the number data's words for them; the day they land on is read in _dates_resolve.
    sub_day = {u: [n for n in dict(numbers_data.get("durations", {})).get(u, []) if isinstance(n, str)] for u in SUB_DAY_SECONDS}
    for unit, names in sub_day.items():
        for n in names:
            units.setdefault(fold(n), unit)
    USUB = _w(words_re([n for names in sub_day.values() for n in names])) if any(sub_day.values()) else "(?!x)x"
    UCOUNT = rf"(?:{UCOUNT}|{USUB})"
    UDAY1 = _w(words_re([n for n in dict(dat.get("units", {})).get("day", []) if fold(n) not in counted_only]))  # "dia", not "dias"
    UCOUNTG = UCOUNT.replace(r"(?<!\w)", "")  # a unit glued to its count: "3mins"
    ORDW = _w(words_re(dict(dat.get("ordinals", {}))))
    NUMW = _w(words_re(dict(dat.get("numbers", {}))))
    NUM = rf"(?:(?P<n>\d{{1,3}})(?!\d)|(?P<nw>{NUMW}))"
    ORD = words_re(lw("ordinal_suffixes"))
    DML = _w(words_re(lw("day_month_links")))
    YL = _w(words_re(lw("year_links")))

    def dayd(i: str = "", glued: bool = False) -> str:
        # ``glued``: right after a month abbreviation's period too ("Oct.23"); a period after a digit stays a decimal mark
        before = r"(?<![\d,$€£])(?<!\d\.)" if glued else r"(?<![\d.,$€£])"
        return rf"{before}(?P<d{i}>3[01]|[12]\d|0?[1-9])(?:{ORD}|\.(?=\s|[-–]\s*\d))?(?![\d\w])"

    def dayx(i: str = "", glued: bool = False) -> str:
        return rf"(?:{dayd(i, glued)}|(?P<dw{i}>{NUMW}))"

    Y4 = r"(?P<y>1[5-9]\d\d|20\d\d)(?![\d])"
    Y4L = r"(?<![\d.,$€£])" + Y4
    Y4b = r"(?P<y2>1[5-9]\d\d|20\d\d)(?![\d])"
    YY = r"(?P<yy>\d\d)(?=\s*(?:[.,;:!?)]|$))"
    YEARX = rf"(?:{Y4}(?!\s*[.,]\d)|{YY})"
    YEARTAIL = rf"(?:(?:\s*,\s*|\s+)(?:{YL}\s+)?{YEARX}|\s*[-/]\s*{Y4})"
    MN = r"(?P<mn>1[0-2]|0?[1-9])"
    DD = r"(?P<dd>3[01]|[12]\d|0?[1-9])"
    SEP = r"\s*[-/.]\s*"
    CONN = words_re(lw("range_connectors") + lw("range_pair_connectors"))
    DAYART = words_re(lw("day_only_before"))
    HOL = _w(words_re(dict(dat.get("holidays", {}))))
    REL = _w(words_re(dict(dat.get("relative_days", {}))))
    VAGUE = _w(words_re(list(dict(dat.get("vague", {})).get("phrases", []))))
    QL, HL = words_re(lw("quarter_letters")), words_re(lw("half_letters"))
    QW = _w(words_re(lw("quarter_words") + lw("half_words")))
    DEC = words_re(lw("decade_before"))
    DECW = _w(words_re(dict(dat.get("decade_words", {}))))
    DECS = words_re(lw("decade_suffixes"))
    AGOB = _w(words_re(dict(dat.get("offsets", {})).get("ago_before", [])))
    AGOA = _w(words_re(dict(dat.get("offsets", {})).get("ago_after", [])))
    LATB = _w(words_re([w for k in ("later_before", "later_before_future") for w in dict(dat.get("offsets", {})).get(k, [])]))
    LATA = _w(words_re(dict(dat.get("offsets", {})).get("later_after", [])))
    hedge_words = _hedge_words(vocab)
    HEDGE = _w(words_re(hedge_words))  # "há cerca de duas semanas", "vor gut zwei Wochen"
    halves = vocab["numbers"].get("durations", {}).get("duration_and_a_half", []) if "numbers" in vocab.topics else []
    HALF = rf"(?P<half>\s+{_w(words_re(halves))})"  # "há um ano e meio", "a year and a half ago"
    WWL = words_re(lw("weekday_week_links"))
    WDL = words_re(lw("weekday_day_links"))
    # "Thursday 1 pm", "dienstag 11 Uhr": the number after a weekday is an hour, not the day of the month
    clock = dict(vocab["numbers"].get("times", {})) if "numbers" in vocab.topics else {}
    hour_words = list(clock.get("clock_words", [])) + list(clock.get("hour_words", []))
    said = "|" + words_re(hour_words) if hour_words else ""
    HOUR_NEXT = rf"(?!\s*(?:[ap]\.?\s?m\b|[:h]\s?[0-5]\d|h\b{said})(?!\w))"
    # "el 15 a las 8:00", "il 15 alle 8": a day number before a time's lead word and an hour is a day
    marker = rf"\d{{1,2}}(?:[:.h][0-5]\d|\s?[ap]\.?\s?m\b|\s*(?:{said[1:] or '(?!)'})(?!\w))"
    HOUR_AFTER = "".join([
        rf"|\s+(?:{words_re(clock['hour_leads'])})\s+\d" if clock.get("hour_leads") else "",
        rf"|\s+(?:{words_re(clock['before'])})\s+{marker}" if clock.get("before") else "",
    ])
    # "a las siete del 15", "alle 8 del 15": a day number after a time (a lead, an hour and up to three words,
    # or a clock) and a link word of ``day_after_time`` is a day
    leads = list(clock.get("hour_leads", [])) + list(clock.get("before", []))
    hour = rf"(?:\d{{1,2}}(?:[:.h][0-5]\d)?|{NUMW})"
    TIME_BEHIND = rf"(?:(?<!\w){words_re(leads)}\s+{hour}(?:\s+[^\s\d.;:!?]+){{0,3}}\s+|\d\s?(?:[ap]\.?\s?m\.?|[:.h][0-5]\d)\s+)" if leads else "(?!x)x"
    TLINK = words_re(lw("day_after_time"))
    AFTER_TIME = rf"|(?<!\w){TLINK}(?<={TIME_BEHIND}{TLINK})\s+{dayd()}(?=\s*(?:,(?!\d)|[;:!?)]|\.(?!\d|\s*{MON})|$))" if lw("day_after_time") else ""
    # "28.10.": a day and month written with periods (``[numeric] dotted_day_month``).
    DOTDM = r"|\.(?=\d{1,2}\.(?![\d.]))" if dat.get("numeric", {}).get("dotted_day_month") else ""
    # "05.2016": with dates written with periods, a month and a year too.
    DOTMY = rf"|(?<![\d.,/]){MN}\.\s?{Y4}" if dat.get("numeric", {}).get("dotted_day_month") else ""
    # "… of May", "… of this month", "… deste mês": the month an ordinal weekday counts in
    NTH_OF = rf"(?:\s+(?:{DML}{MS}|in\s+)(?:{ART}?(?:(?P<mod>{MOD}){MS}{UMONTH}|{UMONTH}\s+(?P<mod>{MOD}))|(?P<mo>{MON})(?:\s+{Y4})?)|\s+{ART}?(?P<mod>{MOD}){MS}{UMONTH})"
    # "sexta-feira (5)", "nesta segunda (8)": the day of the month in brackets after a weekday (Brazilian news);
    # after a modifier also between commas ("neste domingo, 14, em Berlim")
    DAYPAREN = rf"(?:\s*\(\s*{dayd()}\s*\))"
    RELWEEK = rf"(?:{ART}?(?:(?P<mod>{MOD}){MS}{UWEEK}|{UWEEK}\s+(?P<mod>{MOD})))"
    # "2 de fevereiro do ano passado", "il 2 febbraio dell'anno scorso", "am 2. Februar vergangenen Jahres"
    RELYEAR = rf"\s*(?:{DML}\s*)?{ART}?(?:(?P<ymod>{MOD}){MS}{UYEAR}|{UYEAR}\s+(?P<ymod>{MOD}))"
    # "sexta às 15h", "segunda à noite": a short weekday before a lead of an hour and a number, or a day part
    part_nouns = [n for forms in dict(clock.get("day_parts", {})).values() for n in forms]
    WDS_TIME = "|".join(
        ([rf",?\s+{words_re(clock['hour_leads'])}\s+(?:\d{{1,2}}(?:\s?[:h]|\s*(?:{said[1:] or '(?!)'})(?!\w)|(?=\s*(?:[.,;:!?)]|$)))|{NUMW}(?!\s+[^\W\d_]{{4,}}))"]
         if clock.get("hour_leads") else [])
        + ([rf",?\s+{words_re(clock['day_part_leads'])}\s+{_w(words_re(part_nouns))}"] if clock.get("day_part_leads") and part_nouns else [])
    ) or "(?!x)x"
    #: After a month or year named by its unit alone ("do mês", "dell'anno": the publication's), no long lower-case
    #: word that qualifies it ("dell'anno scolastico"), nor a month named after it ("del mese di maggio").
    BARE_UNIT_END = rf"(?!\s+(?-i:[^\W\d_A-Z]){{6}})(?!\s+(?:{DML}|{YL}){MS}{MON})"
    alts = {
        "dayrange": rf"(?:{DAYART}\s+)?{dayx('1')}\s*{CONN}\s*(?:{DAYART}\s+)?{dayx('2')}(?:\s*{DML}\s*|\s*[-/.]?\s*)(?P<mo>{MON})(?:{YEARTAIL})?",
        "mdayrange": rf"(?P<mo>{MON})\s*(?:{words_re(lw('range_pair_openers'))}\s+)?{dayx('1')}\s*{CONN}\s*{dayx('2')}(?:\s*,?\s*{Y4})?",
        "dayrange_rel": rf"(?:{DAYART}\s+)?{dayx('1')}\s*{CONN}\s*(?:{DAYART}\s+)?{dayx('2')}\s*(?:{DML}\s*)?{ART}?(?:(?P<mod>{MOD}){MS}{UMONTH}|{UMONTH}\s+(?P<mod>{MOD}))",
        "yearrange": rf"{Y4L}\s*[-–/]\s*{Y4b}",
        "ymd": rf"{Y4L}(?P<s>[-/.]){MN}(?P=s){DD}(?!\d)",
        "dmy": rf"(?<![\d.,/$€£])(?P<dd>\d{{1,2}}){SEP}(?P<mn>\d{{1,2}})(?:{SEP}(?:{Y4}|(?P<yy>\d\d))|\s*,\s*{Y4}|,(?P<yy>\d\d))(?![\d/]|[.,]\d)",
        "dmy_sp": r"(?<![\d.,])(?P<dd>\d\d) (?P<mn>\d\d) (?:(?P<y>\d{4})|(?P<yy>\d\d))(?![\d])",
        "ymd8": r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<mn>0[1-9]|1[0-2])(?P<dd>0[1-9]|[12]\d|3[01])(?!\d)",
        "named3": rf"(?:{Y4L}[-/](?P<mo>{MON})[-/]{DD}|{Y4L}[-/]{DD}[-/](?P<mo>{MON})|{DD}[-/]{Y4}[-/](?P<mo>{MON})|(?P<mo>{MON})[-/]{Y4}[-/]{DD}|(?P<mo>{MON})[-/]{DD}[-/]{Y4})(?!\d)",
        "text_dmy": rf"(?:(?P<wd>{WD})\s*,?\s*(?:{WDL}\s+)?)?{dayx()}(?:\s*{DML}\s*|\s*[-/.]\s*|\s+(?!{MONAMB}))(?P<mo>{MON})(?:{YEARTAIL}|{RELYEAR}|\s+(?P<mod>{MOD}))?",
        "text_mdy": rf"(?:(?P<wd>{WD})\s*,?\s*)?(?P<mo>{MONG})\s*[-/]?\s*{dayx(glued=True)}(?:(?:\s*,\s*|\s+)(?:{YL}\s+)?{Y4}|\s*[-/]\s*{Y4}|\s+{Y4}|{RELYEAR})?",
        "wd_relweek": rf"(?P<wd>{WD})\s*,?\s*(?:{WWL}\s+)?{RELWEEK}",
        "relweek_wd": rf"{RELWEEK}\s*,?\s*(?:{WDL}\s+|on\s+)?(?P<wd>{WD})",
        "day_relmonth": rf"(?:{DAYART}\s+)?{dayx()}\s*(?:{DML}\s*)?{ART}?(?:(?P<mod>{MOD}){MS}{UMONTH}|{UMONTH}\s+(?P<mod>{MOD}))",
        "month_relyear": rf"(?P<mo>{MON})\s*(?:{DML}\s*)?{ART}?(?:(?P<mod>{MOD}){MS}{UYEAR}|{UYEAR}\s+(?P<mod>{MOD}))",
        "month_year": rf"(?:(?P<mo>{MON})(?:\s*[,/-]\s*|\s+)(?:{YL}\s+)?{Y4}|(?P<mo>{MON})\s+(?:{YL}\s+)?['’]?{YY}|{Y4L}\s*,?\s*(?P<mo>{MON})|(?<![\d.,/]){MN}\s*[-/]\s*{Y4}|{Y4L}\s*[-/.]\s*{MN}(?![\d/.]){DOTMY})",
        "quarter": rf"(?:(?<!\w){QL}(?P<q>[1-4])\s*[-/]?\s*{Y4}|{Y4L}\s*[-\s]?\s*{QL}(?P<q>[1-4])(?!\w)|(?<!\w){HL}(?P<h>[12])\s*[-/]?\s*{Y4}|{Y4L}\s*[-\s]?\s*{HL}(?P<h>[12])(?!\w)|(?:{Y4L}\s+)?{ART}?(?P<qo>{ORDW})\s+(?P<qw>{QW})(?:\s+(?:{YL}\s+)?{Y4})?)",
        "holiday": rf"(?P<hol>{HOL})(?:\s+(?:{YL}\s+)?{Y4})?",
        "decade": rf"(?:(?<!\w){DEC}\s+(?:['’](?=\d0(?!\d)))?(?:(?P<dec>(?:1[5-9]|20)?\d0)(?!\d)|(?P<decw>{DECW}))|(?<![\d.,])(?P<dec>(?:1[5-9]|20)\d0|(?=[2-9]0(?!\d))(?<=(?<!\w){ART}\s*)[2-9]0){DECS}(?!\w))",
        # "the first week of March", "l'ultima settimana del mese prossimo", "die erste Woche des Jahres 2019"
        "nth_week": rf"{ART}?(?:(?P<ord>{ORDW})|(?P<wmod>{MODLAST}))\s+{UWEEK}\s+(?:(?:{DML}|{YL}){MS}(?:(?P<mo>{MON})(?:\s+(?:{YL}\s+)?{Y4})?|{Y4}|{UYEAR}\s+{Y4})|(?:(?:{DML}|{YL}){MS})?{ART}?(?:(?P<mod>{MOD}){MS}(?P<unit>{UMONTH}|{UYEAR})|(?P<unit>{UMONTH}|{UYEAR})(?:\s+(?P<mod>{MOD})|{BARE_UNIT_END})))(?![\w-])",
        # "o último dia de outubro", "il primo giorno dell'anno", "am letzten Tag des Monats": one day of a month or year;
        # a long lower-case word after the bare unit qualifies it ("il primo giorno dell'anno scolastico" is no 1 January)
        "nth_day": rf"{ART}?(?:(?P<ord>{ORDW})|(?P<wmod>{MODLAST}))\s+{UDAY1}\s+(?:(?:{DML}|{YL}){MS}(?:(?P<mo>{MON})(?:\s+(?:{YL}\s+)?{Y4})?|{Y4})|(?:(?:{DML}|{YL}){MS})?{ART}?(?:(?P<mod>{MOD}){MS}(?P<unit>{UMONTH}|{UYEAR})|(?P<unit>{UMONTH}|{UYEAR})(?:\s+(?P<mod>{MOD})|{BARE_UNIT_END})))(?![\w-])",
        "rel_count": rf"{ART}?(?:(?P<mod>{MOD}){MS}{NUM}\s*(?P<unit>{UCOUNTG})|{NUM}\s+(?P<mod>{MOD}){MS}(?P<unit>{UCOUNT})|{NUM}\s+(?P<unit>{UCOUNT})\s+(?P<mod>{MOD}))",
        "offset": rf"(?:(?P<ob>{AGOB}|{LATB})\s+(?:(?P<hedge>{HEDGE})\s+)?{NUM}\s+(?P<unit>{UCOUNT}){HALF}?|{NUM}\s+(?P<unit>{UCOUNT}){HALF}?\s+(?P<oa>{AGOA}|{LATA}))",
        "rel_unit": rf"{ART}?(?:(?P<mod>{MOD}){MS}(?P<unit>{UANY})|(?P<unit>{UANY})\s+(?P<mod>{MOD}))|{ART}?(?P<unit>{_w(words_re([n for u in dict(dat.get('bare_units', {})) for n in dict(dat.get('units', {})).get(u, [])]))})",
        "vague": rf"(?P<vg>{VAGUE})",
        "nth_wd": rf"{ART}?(?:(?P<ord>{ORDW})\s+(?P<wd>{WDF})(?:{NTH_OF})?|(?P<wmod>{MODLAST})\s+(?P<wd>{WDF}){NTH_OF})",
        "part_unit": rf"(?<=(?<!\w){words_re(dict(dat.get('parts', {})))}[\s-]*(?:{ART})?)(?P<unit>{UANY})",
        "weekno": rf"{UWEEK}\s+(?P<wk>5[0-3]|[1-4]\d|0?[1-9])(?![\d.,])(?:\s*(?:,|{YL})?\s*{Y4})?",
        "part_word": rf"(?P<pw>{_w(words_re(dict(dat.get('part_words', {}))))})(?:\s+{Y4})?",
        "relative_day": rf"(?P<rd>{REL})",
        # a day in words right after the weekday only before the end of a clause ("venerdì quindici."; not "Friday two men")
        "wd_day": rf"(?P<wd>{WD})(?:\s*(?:,?\s*(?:(?:{WDL}\s+)?{dayd()}|{WDL}\s+(?P<dw>{NUMW}))|{DAYPAREN})|\s+(?P<dw>{NUMW})(?=\s*(?:[.;:!?)]|,(?!\s*\d)|$)))(?!\s*[-/.]\s*\d){HOUR_NEXT}",
        "wd_mod": rf"(?:(?P<mod>{MOD}){MS}(?P<wd>{WDM})|(?P<wd>{WDM})\s+(?P<mod>{MOD}))(?:{DAYPAREN}|\s*,\s*{dayd()}(?=\s*(?:,(?!\d)|[;)]|\.(?!\d|\s*{MON}))))?",
        "month_mod": rf"(?:(?P<mod>{MOD}){MS}(?P<mo>{MON})|(?P<mo>{MONB})(?:\s+(?P<mod>{MOD}))?|(?={MONAMB})(?<=(?:(?<!\w){MPREP}|{MON}\s*{CONN})\s+)(?P<mo>{MONAMB})(?:\s+(?P<mod>{MOD}))?)",
        "dm2": rf"(?:(?P<wd>{WD})\s*,?\s*)?(?<![\d.,/])(?P<a>\d{{1,2}})(?:/|(?<=(?<!\w){DAYART}\s+\d{{1,2}})-|(?<={WD}\s*,?\s*\d{{1,2}})[-.]{DOTDM})(?P<b>\d{{1,2}})(?![\d/]|[.,]\d|\s*%)",
        "year": Y4L,
        "day_only": rf"(?<!\w){DAYART}\s+{dayx()}(?=\s*(?:,(?!\d)|[;:!?)]|\.(?!\d|\s*{MON})|[-–]\s+(?!\d)|$){HOUR_AFTER}){AFTER_TIME}",  # not "el 26,6 %"
        # short weekdays ("segunda", "sexta") are weekdays as the ends of a range of weekdays ("de segunda a sexta"),
        # unless a word follows the second ("da segunda à quinta posição")
        "weekday": rf"(?P<wd>{WDF})|(?P<wd>{WDS})(?=\s*{CONN}\s*{ART}?(?:{WDF}|{WDS}(?!\s+[^\W\d_]{{3,}}))|{WDS_TIME})"
                   rf"|(?<=(?:{WDF}|{WDS})\s*{CONN}\s*{ART}?)(?P<wd>{WDS})(?!\s+[^\W\d_]{{3,}})",
    }
    lead_lists = {
        "day_only_before": lw("day_only_before"), "day_after_time": lw("day_after_time"), "articles": lw("articles"),
        "numbers": list(dict(dat.get("numbers", {}))), "months": any_month, "weekdays": list(weekdays),
        "weekday_abbreviations": list(wd_abbr) + [a + "." for a in wd_abbr], "weekdays_after_modifier": list(wd_after_mod),
        "modifiers": list(dict(dat.get("modifiers", {}))), "week_units": list(dict(dat.get("units", {})).get("week", [])),
        "named_units": [n for k in ("week", "weekend", "month", "quarter", "year", "decade") for n in dict(dat.get("units", {})).get(k, [])],
        "bare_units": [n for u in dict(dat.get("bare_units", {})) for n in dict(dat.get("units", {})).get(u, [])],
        "quarter_letters": lw("quarter_letters"), "half_letters": lw("half_letters"), "ordinals": list(dict(dat.get("ordinals", {}))),
        "holidays": list(dict(dat.get("holidays", {}))), "decade_before": lw("decade_before"),
        "ago_before": list(dict(dat.get("offsets", {})).get("ago_before", [])),
        "later_before": [w for k in ("later_before", "later_before_future") for w in dict(dat.get("offsets", {})).get(k, [])],
        "vague": list(dict(dat.get("vague", {})).get("phrases", [])), "part_words": list(dict(dat.get("part_words", {}))),
        "relative_days": list(dict(dat.get("relative_days", {}))),
    }
    missing = {lead for leads in FORM_LEADS.values() for lead in leads} - set(lead_lists) - {"digit"}
    if set(FORM_LEADS) != set(FORMS) or missing:
        raise ValueError(f"FORM_LEADS out of step with FORMS or the word lists: {sorted(missing)}")
    # What the forms that start with an article, a day's article or an offset word want next (see AtomGate).
    BARE = _w(words_re(lead_lists["bare_units"]))
    lead_patterns = {name: words_re(phrases) for name, phrases in lead_lists.items()}  # a phrase of the list, unbounded
    lead_patterns |= {
        "articles": rf"{ART}(?:\d|{NUMW}|{MOD}|{UWEEK}|{ORDW}|{UANY}|{BARE})",  # relweek_wd quarter nth_* rel_count rel_unit
        "day_only_before": rf"{DAYART}\s+(?:\d|{NUMW})",  # dayrange dayrange_rel day_relmonth day_only
        "ago_before": rf"(?:{AGOB}|{LATB})\s+(?:{HEDGE}\s+)?(?:\d|{NUMW})",  # offset
        "later_before": rf"(?:{AGOB}|{LATB})\s+(?:{HEDGE}\s+)?(?:\d|{NUMW})",
        # dayrange dayrange_rel text_dmy day_relmonth rel_count offset: a number word, then a connector, a link,
        # a month, an article, a modifier or a unit
        "numbers": rf"{NUMW}\s*(?:{CONN}|{DML}|[-/.]|{MON}|{ART}|{MOD}|{UCOUNT})",
        # the same forms and dmy dmy_sp named3 month_year decade dm2, after a digit run of one to three that is no
        # year: a sign or letter right after it ("2/3", "1er", "20s"), or after a space a digit, a sign or those words
        "digit": rf"\d+(?:(?!\s)|\s+(?:\d|[-/.–]|{CONN}|{DML}|{MON}|{ART}|{MOD}|{UCOUNT}|{DECS}))",
    }
    # Each form opens with a lookahead for what it can start with: at a word no form starts with, each form
    # then fails at once instead of trying its word lists in turn (a call costs what its forms try).
    body = "|".join(f"(?P<{name}>{_form_lead(FORM_LEADS[name], lead_lists)}{alts[name]})" for name in FORMS)
    atoms = _regex.compile(body, regex.IGNORECASE | regex.V0)
    singles = _regex.compile(_alternation(alts, RANGE_FORMS), regex.IGNORECASE)
    month_alone = _regex.compile(_alternation(alts, RANGE_FORMS | MONTH_NUMBER_FORMS), regex.IGNORECASE)
    starts: set[str] = set()
    phrases = list(months_full) + list(abbr) + list(weekdays) + list(wd_abbr) + list(wd_after_mod) + list(mods) + list(units) + list(numbers) + list(dat.get("ordinals", {}))
    phrases += list(dat.get("relative_days", {})) + list(dat.get("holidays", {})) + list(dat.get("part_words", {})) + list(dict(dat.get("vague", {})).get("phrases", []))
    phrases += [w for u in ("week",) for w in dict(dat.get("units", {})).get(u, [])] + lw("articles") + lw("decade_before") + lw("day_only_before") + lw("day_after_time") + [w for k in ("ago_before", "later_before", "later_before_future") for w in dict(dat.get("offsets", {})).get(k, [])]
    phrases += [f"{letter}{n}" for letter in lw("quarter_letters") + lw("half_letters") for n in range(1, 5)]
    for phrase in phrases:
        first = _WORD.match(phrase)
        if first:
            starts |= {first.group().lower(), fold(first.group())}
    # A start word that is also a function word ("le", "dans", "les") leads to a date only when a
    # digit or a calendar word follows closely: checking that first spares most pattern tries.
    function_words = {fold(w) for w in lw("stopwords")}
    names = list(months_full) + list(abbr) + list(weekdays) + list(wd_abbr) + list(dat.get("holidays", {}))
    names += [w for w in dat.get("relative_days", {}) if " " not in w]  # "hoy" is a date even last in its text
    named = {fold(m.group()) for name in names if (m := _WORD.match(name))}
    weak = frozenset(w for w in starts if fold(w) not in named and (len(w) <= 3 or fold(w) in function_words))
    calendar_words = phrases + [w for forms in dict(dat.get("units", {})).values() for w in forms] + list(dict(dat.get("bare_units", {})))
    calendar_words += list(dict(dat.get("modifiers", {}))) + list(dict(dat.get("range_mods", {}))) + list(dict(dat.get("parts", {})))
    strong = {w for phrase in calendar_words for w in _WORD.findall(phrase.lower()) if w not in weak and fold(w) not in weak}
    # Unit words are cues however short they are: "há um mês", "in a day".
    strong |= {w for forms in dict(dat.get("units", {})).values() for phrase in forms for w in _WORD.findall(phrase.lower())}

    end = lambda body_: _regex.compile(rf"(?<!\w){body_}\s*$", regex.IGNORECASE)  # noqa: E731
    tense = dat.get("tense", {})
    cues = {t: list(tense.get(t, [])) for t in ("future", "past", "present")}
    cues["future"] += _stem_forms(tense)
    tense_alts = [(t, "|".join(cues[t])) for t in ("future", "past", "present") if cues[t]]
    return Grammar(
        lang=vocab.lang,
        atoms=atoms,
        singles=singles,
        starts=frozenset(starts),
        weak_starts=weak,
        cue_after=_regex.compile(rf"\d|(?<!\w)(?:{words_re(strong)})(?!\w)", regex.IGNORECASE),
        gate=AtomGate(lead_lists, lead_patterns),
        cue_word=_regex.compile(rf"(?<!\w)(?:{words_re(strong)})(?!\w)", regex.IGNORECASE),
        order=str(dat.get("numeric", {}).get("order", "DMY")),
        months={fold(k): v for k, v in list(full_names.items()) + list(abbr.items())} | {fold(k).rstrip("."): v for k, v in abbr.items()},
        weekdays={fold(k).rstrip("."): v for k, v in list(weekdays.items()) + list(wd_abbr.items()) + list(wd_after_mod.items())},
        modifiers=mods,
        rules={k: dict(v) for k, v in dict(dat.get("modifier_rules", {})).items()},
        units=units,
        bare_units={k: int(v) for k, v in dict(dat.get("bare_units", {})).items()},
        numbers=numbers,
        ordinals={fold(k): int(v) for k, v in dict(dat.get("ordinals", {})).items()},
        relative_days=rel_days,
        holidays=holidays,
        range_mods=rmods,
        offsets=offs,
        articles=frozenset(fold(w) for w in lw("articles")),
        year_cue_end=end(words_re(lw("year_cues"))),
        connector=_regex.compile(rf"\s*(?:{words_re(lw('range_connectors'))})\s*", regex.IGNORECASE),
        pair_connector=_regex.compile(rf"\s*(?:{words_re(lw('range_pair_connectors'))})\s+(?:{DAYART}\s+)?", regex.IGNORECASE),
        pair_opener_end=end(words_re(lw("range_pair_openers")) + rf"(?:\s+{DAYART})?"),
        opener_end=end(words_re(lw("range_openers"))),
        part_end=_regex.compile(rf"(?<!\w)(?P<m>{words_re(dict(dat.get('parts', {})))})[\s-]*{ART}?$", regex.IGNORECASE),
        parts=_table(dat, "parts"),
        week_of_end=end(words_re(lw("week_of"))),
        mod_end=_regex.compile(rf"(?<!\w)(?P<m>{words_re(dict(dat.get('range_mods', {})))})\s*(?:{DAYART}\s*)?$", regex.IGNORECASE),
        blocked_before=end(words_re(lw("relative_blockers"))),
        quantity_after=_quantity_after(vocab),
        score_cue=_score_cue(vocab),
        counted_after=_counted_after(vocab, [*any_month, *weekdays, *wd_abbr, *dict(dat.get("modifiers", {})), *part_nouns]),
        period_cue=_regex.compile(rf"(?<!\w)(?:{words_re(lw('period_cues'))})(?!\w)", regex.IGNORECASE) if lw("period_cues") else None,
        tense=_regex.Alternatives(tense_alts, regex.IGNORECASE) if tense_alts else None,
        not_cues=frozenset(fold(w) for w in tense.get("not_cues", [])),
        month_alone=month_alone,
        decade_words={fold(k): int(v) for k, v in dict(dat.get("decade_words", {})).items()},
        half_words=frozenset(fold(w) for w in lw("half_words")),
        hedges={fold(w): kind for w, kind in hedge_words.items()},
        hedged_year_cue=hedged_year_cues(vocab),
        plurals=plurals(vocab),
        capitalized_nouns=bool(numbers_data.get("counting", {}).get("capitalized_nouns", False)),
        part_words={fold(w): (str(v[0]), str(v[1])) for w, v in dict(dat.get("part_words", {})).items()},
    )


def _alternation(alts: Mapping[str, str], disabled: frozenset[str]) -> str:
    """The atom alternation with the ``disabled`` forms made unable to match (group names stay the same)."""
    return "|".join(f"(?P<{name}>{alts[name] if name not in disabled else '(?!x)x'})" for name in FORMS)


def _stem_forms(tense: Mapping[str, Any]) -> list[str]:
    """Future cues built from stems and endings ("aur" + "a": "aura"), lower case only, so that an
    acronym ("l'IRA") is not a verb; ``future_stem_tails`` also end longer words ("comprendra").

    Each cue matches the ending, right after a stem's last letter, and checks the stem behind it:
    trying every stem at every position would double the cost of the tense pattern.
    """
    endings = sorted(tense.get("future_endings", []), key=lambda e: (-len(e), e))
    whole, tails = list(tense.get("future_stems", [])), list(tense.get("future_stem_tails", []))
    if not endings or not (whole or tails):
        return []
    ending = "(?:" + "|".join(regex.escape(e) for e in endings) + ")"
    last = {c for stem in whole + tails for c in (stem[-1:].lower(), fold(stem[-1:]))}
    behind = [rf"(?<!\w){words_re(whole)}" if whole else "", words_re(tails) if tails else ""]
    stems = "|".join(b for b in behind if b)
    return [rf"(?-i:(?<=[{''.join(regex.escape(c) for c in sorted(last))}]){ending}(?!\w)(?<=(?:{stems}){ending}))"]


def _hedge_words(vocab: Vocab) -> dict[str, str]:
    """The hedge phrases written before a figure in the number data, with their class ("cerca de": "approx"; "fast",
    "knapp" too: a day reached that way is no nearer one side)."""
    data = vocab["numbers"].get("hedges", {}) if "numbers" in vocab.topics else {}
    return {w: "approx" if kind.startswith("approx") else kind for kind in CLASSES for w in data.get(kind, [])}


def _quantity_after(vocab: Vocab) -> Any:
    """Scale, currency and percent words of the language's number data: a day number never precedes them."""
    num = vocab["numbers"]
    words = [*num.get("scales", {}), *num.get("scale_abbreviations", {}), *num.get("currency_names", {}),
             *num.get("currency_symbols", {}), *num.get("percent", {}).get("suffixes", [])]
    if not words:
        return None
    grouped = r"(?:[ \u00a0\u202f.,]\d{3}(?!\d))"  # "10 000", "10.000": thousands, not a day then more
    return _regex.compile(rf"{grouped}*(?:[.,]\d+)?[ \u00a0\u202f]*(?:{words_re(words)})(?!\w)|{grouped}+", regex.IGNORECASE)


def _counted_after(vocab: Vocab, calendar_words: list[str]) -> Any:
    """A word right after a number that the number may count: none of the number data's function words
    (``[counting] stopwords``) nor a calendar word."""
    num = vocab["numbers"] if "numbers" in vocab.topics else {}
    stop = list(num.get("counting", {}).get("stopwords", []))
    if not stop:
        return None
    return _regex.compile(rf"[ \u00a0]+(?!(?:{words_re(stop + calendar_words)})(?!\w))[^\W\d_]{{3,}}", regex.IGNORECASE)


def _score_cue(vocab: Vocab) -> Any:
    """The number data's words of a match result (``[scores] cues``), or None."""
    cues = (vocab["numbers"] if "numbers" in vocab.topics else {}).get("scores", {}).get("cues", [])
    return _regex.compile(rf"(?<!\w)(?:{words_re(cues)})(?!\w)", regex.IGNORECASE) if cues else None
