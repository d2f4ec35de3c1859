"""Times of day said with an hour number and words around it: "sept heures dix", "a las siete y cuarto",
"quarter past eight", "halb acht", "eight forty pm", "à midi", "20 Minuten nach 8 Uhr abends".

Split out of :mod:`._special_claims`, which reads times written as clocks ("13h39", "7:58 a.m.") and calls
:func:`word_times` for the rest. The hour is a number the scanner of :mod:`._numbers` read (digits or words,
"ocho y media" included); every word around it comes from ``[times]`` in the language's ``numbers.toml``:

* ``clock_words`` after the hour make it a time alone ("8 Uhr", "seven o'clock", "siete en punto");
* ``hour_words`` after it ("heures", "horas") make it a time only with a lead word before it ("à seize
  heures") or minutes after it ("sept heures dix"): alone, "seize heures" is a duration;
* ``hour_leads`` before a bare hour make it a time ("a las siete", "às sete", "alle sette"); the leads of
  ``before`` ("à", "at", "um") do so only with minutes, a clock or hour word, or a half of the day after it,
  or right after a day ("on Friday at 4", "demain vers 7"; not after a lead of ``to``, "mardi à 19");
* ``[times.minutes_after]`` ("et quart" 15, "y media" 30, "moins le quart" -15) and ``minus`` ("moins dix")
  after the hour (an hour with such a half or quarter is a time after any lead but one of ``to``: "il est huit
  et demie", not "passé à trois et demi"), ``[times.minutes_before]`` ("quarter past" 15, "viertel vor" -15,
  "halb" -30) before it,
  and a number of minutes before ``minutes_past`` / ``minutes_to`` ("twenty past eight", "quinze para as
  oito", "10 minuti alle quattro"; when the word also joins a range, as "to", the minute word is needed:
  "20 minutes to six", not "5 to 6");
* ``am`` / ``pm`` phrases after it ("du soir", "de la tarde"), and "a.m." / "p.m." in every language; a day
  part after one of ``day_part_links`` ("8 de la soirée", "10 de matinée") says the half too;
* ``noon`` / ``midnight`` words stand for 12:00 and 0:00, after a lead word unless ``noon_alone``;
* a bare hour after ``from`` opens a range when a range word, a bare hour, one of ``day_links`` and a full date
  follow ("de 5 a 6 del 1 de enero"; :mod:`._special_claims` closes it).

Two number words in a row ("eight forty", "vingt-trois vingt") are an hour and its minutes, alone when the
minutes are 10 to 59, the hour at most ``pair_hours`` and no noun follows (see :func:`_spoken_pairs`), else
after a lead word or before a half of the day ("at eleven five").
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Any

import regex

from .. import _regex
from .._fold import fold, strip_accents
from .._vocab import Vocab
from ._numbers import Number
from ._numbers_lexicon import cached, phrase_pattern

#: "a.m.", "pm", "p . m .": the half of the day in letters, read in every language.
_AMPM = _regex.compile(r"\s?(?P<ap>[ap])(?:\s?\.\s?m\b(?:\s?\.)?|\s?m\b)", regex.IGNORECASE)

#: "pm" somewhere after an hour ("seven twenty pm"), or "h" right after a digit ("à 15h"): worth reading the words
#: around the hours (the one-letter words are no keys of :func:`keys`).
_AMPM_NEAR = _regex.compile(r"(?<![^\W\d_])[ap]\s?\.?\s?m(?![^\W\d_])|\d\s?h(?![^\W\d_])", regex.IGNORECASE)

#: Fractions of an hour the number scanner keeps ("ocho y media" is 8.5): their minutes.
_FRACTION_MINUTES = {Decimal("0.25"): 15, Decimal("0.5"): 30, Decimal("0.75"): 45}


class WordTimes:
    """The compiled patterns of one language's spoken times (see the module's docstring)."""

    def __init__(self, vocab: Vocab) -> None:
        times = vocab["numbers"].get("times", {})
        minute_words = vocab["numbers"].get("durations", {}).get("minute", [])

        def pat(forms: Any, accents: bool = True) -> str:
            return phrase_pattern(forms, accents=accents) if forms else "(?!)"

        self.clock_re = _regex.compile(rf"\s*(?:{pat(times.get('clock_words'))})(?!\w)", regex.IGNORECASE)
        self.hour_word_re = _regex.compile(rf"\s*(?:{pat(times.get('hour_words'))})(?!\w)", regex.IGNORECASE)
        self.lead_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('hour_leads'))})\s*\Z", regex.IGNORECASE)
        # a lead, maybe with a hedge after it: "à environ dix heures", "il était environ dix heures et quart"
        self.before_re = _regex.compile(rf"(?<!\w)(?:{pat(list(times.get('before', [])) + list(times.get('now_leads', [])))})(?:\s+(?:{pat(times.get('approx'))}))?\s*\Z",
                                        regex.IGNORECASE)
        #: "it is" ("são", "es ist"): also before an hour said with a half ("são nove e meia"; "passe à sept et demi" is a figure).
        self.now_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('now_leads'))})\s*\Z", regex.IGNORECASE)
        self.after_table = {fold(k): int(v) for k, v in times.get("minutes_after", {}).items()}
        self.after_re = _regex.compile(rf"\s*(?:{pat(times.get('minutes_after', {}))})(?!\w)", regex.IGNORECASE)
        self.before_table = {fold(k): int(v) for k, v in times.get("minutes_before", {}).items()}
        self.prefix_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('minutes_before', {}))})\s*\Z", regex.IGNORECASE)
        self.minus_re = _regex.compile(rf"\s*(?:{pat(times.get('minus'))})\s+", regex.IGNORECASE)
        self.minute_word_re = _regex.compile(rf"\s*(?:{pat(minute_words)})(?!\w)", regex.IGNORECASE)
        ranges = {fold(w) for w in times.get("to", [])}
        to_free = [w for w in times.get("minutes_to", []) if fold(w) not in ranges]
        to_ranged = [w for w in times.get("minutes_to", []) if fold(w) in ranges]
        minute = rf"(?:\s*(?:{pat(minute_words)}))"
        # between a number of minutes and the hour: "20 min past", "quinze para as", "dieci minuti alle"
        self.relative_re = _regex.compile(
            rf"{minute}?\s+(?:(?P<past>{pat(times.get('minutes_past'))})|(?P<to>{pat(to_free)})|{minute}\s+(?P<to2>{pat(to_ranged)}))\s+",
            regex.IGNORECASE,
        )
        joins = list(times.get("and", [])) + list(vocab["numbers"].get("separators", {}).get("connectors", []))
        self.join_re = _regex.compile(rf"(?:\s+(?:{pat(joins)}))?\s+", regex.IGNORECASE)
        link = vocab["numbers"].get("counting", {}).get("link", [])
        #: What a counted thing starts with after a figure ("de travaux", "of work"): an hour word before it lasts.
        self.link_re = _regex.compile(rf"\s+(?:{pat(link, accents=False)})\s*(?<=['’\s])[^\W\d_]", regex.IGNORECASE) if link else _regex.compile("(?!)")
        #: "subiu a 12 esta manhã", "est passé à 12 ce matin": after a verb of change, a lead and a bare number are a level.
        levels, leads = times.get("level_verbs"), [*times.get("before", []), *times.get("hour_leads", []), *times.get("to", [])]
        self.level_re = _regex.compile(rf"(?<!\w)(?:{pat(levels)})\s+(?:{pat(leads)})\s*\Z", regex.IGNORECASE) if levels else None
        #: "sieben am Abend": where "am" is a word (``[times] am_is_a_word``), a spaced bare "am" is none of a.m.
        self.am_is_a_word = bool(times.get("am_is_a_word", False))
        #: Leads that also join a range or a change ("à", "to"): "passé à trois et demi" is a level, not an hour.
        self.range_lead_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('to'))})\s*\Z", regex.IGNORECASE)
        #: "de 22 heures à 6 heures", "from ten o'clock to noon": a start after ``from``, an end after ``to``.
        self.from_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('from'))})\s*\Z", regex.IGNORECASE)
        self.to_re = _regex.compile(rf"\s*(?:{pat(times.get('to'))})\s*", regex.IGNORECASE)
        self.between_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('between'))})\s*\Z", regex.IGNORECASE)
        self.and_re = _regex.compile(rf"\s*(?:{pat(times.get('and'))})\s*", regex.IGNORECASE)
        self.noon_alone = bool(times.get("noon_alone", False))
        #: The highest hour said before its minutes as two number words with no lead ("dix-neuf trente"); 0: none.
        self.pair_hours = int(times.get("pair_hours", 0))
        self.noon_lead_re = _regex.compile(rf"(?<!\w)(?:{pat(list(times.get('noon_leads', [])) + list(times.get('before', [])))})\s*\Z", regex.IGNORECASE)
        self.noon_re = _regex.compile(
            rf"(?<!\w)(?:(?P<noon>{pat(times.get('noon'))})|(?P<midnight>{pat(times.get('midnight'))}))(?!\w)", regex.IGNORECASE
        )
        self.known = bool(times.get("clock_words") or times.get("hour_words") or times.get("hour_leads"))
        #: Counted nouns start with a capital (German): a lower-case word after an hour ("um 8 zurück") counts nothing.
        self.capitalized = bool(vocab["numbers"].get("counting", {}).get("capitalized_nouns", False))
        # day parts: "this afternoon", "mardi soir", "in the late morning", "stasera"
        parts = times.get("day_parts", {})
        named = "|".join(rf"(?P<{part}>{pat(parts[part])})" for part in DAY_PARTS if parts.get(part))
        modifier = rf"(?:(?P<early>{pat(times.get('early'))})|(?P<late>{pat(times.get('late'))})|(?P<middle>{pat(times.get('middle'))}))[\s-]*"
        after = rf"\s+(?:(?P<early_after>{pat(times.get('early_after'))})|(?P<late_after>{pat(times.get('late_after'))}))(?!\w)"
        self.part_re = _regex.compile(rf"(?<!\w)(?:{modifier})?(?:{named or '(?!)'})(?:{after})?(?!\w)", regex.IGNORECASE)
        self.part_words = {fold(k): v for k, v in times.get("day_part_words", {}).items() if v in DAY_PARTS}
        self.part_word_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('day_part_words', {}))})(?!\w)", regex.IGNORECASE)
        weekdays = pat(vocab["calendar"].get("weekdays", {}))
        self.part_lead_re = _regex.compile(rf"(?<!\w)(?:{pat(times.get('day_part_leads'))}|{weekdays})[\s,]*\Z", regex.IGNORECASE)
        #: The articles that lead a day part too ("le matin à 7", "la sera alle 8"), but not after a link ("8 de la soirée").
        articles = pat(times.get("day_part_articles"))
        self.part_article_re = _regex.compile(rf"(?<!\w)(?:{articles})[\s,]*\Z", regex.IGNORECASE)
        self.part_after_re = _regex.compile(rf"[\s,]*(?:{pat(times.get('day_part_after'))}\s+)?(?:{weekdays})(?!\w)", regex.IGNORECASE)
        #: A weekday and a day part written as one word: "am Sonntagabend", "Dienstagmorgen".
        self.part_compound_re = _regex.compile(rf"(?<!\w)(?:{weekdays})(?:{named or '(?!)'})(?!\w)", regex.IGNORECASE)
        # a day said right before the lead of a bare hour: "Friday at 4", "Oct. 23 at seven", "demain vers 7"
        months = pat(list(vocab["calendar"].get("months", {})) + list(vocab["dates"].get("month_abbreviations", {})))
        days = pat(list(vocab["dates"].get("relative_days", {})) + list(vocab["calendar"].get("weekdays", {})))
        #: A day right after an hour, before the day part that places it ("at 8 tomorrow evening", "à 9 mardi soir"), maybe
        #: with its article and modifier ("7:00 el próximo domingo por la tarde", "at 8 next Friday evening").
        articles = pat(vocab["dates"].get("words", {}).get("articles"))
        mods = pat(vocab["dates"].get("modifiers", {}))
        self.day_word_re = _regex.compile(rf"[\s,]+(?:(?:{articles})\s+)?(?:(?:{mods})\s+)?(?:{days})(?:\s+(?:{mods}))?(?!\w)", regex.IGNORECASE)
        self.day_lead_re = _regex.compile(
            rf"(?:(?<!\w)(?:{days})|(?<!\w)(?:{months})\.?\s*\d{{1,2}}[^\W\d_]{{0,2}}|(?<![\w.,])\d{{1,2}}[^\W\d_]{{0,2}}\s+(?:{months})\.?"
            rf"|(?<!\w)(?:{weekdays})\s+\w{{1,4}}\s+\d{{1,2}}[^\W\d_]{{0,2}})[\s,]*(?:{pat(times.get('before'))})\s*\Z",
            regex.IGNORECASE)
        #: A range word, a bare hour and the date the range falls on, after a link of ``day_links``: "(de 5) a 6 del 1ro
        #: de enero", "(de 5) a 6 em 22/4/2016"; a full date only ("subió de 5 a 6 el viernes" may be a change).
        links = times.get("day_links")
        day_month = pat(vocab["dates"].get("words", {}).get("day_month_links"))
        full_date = rf"(?:\d{{1,2}}[^\W\d_]{{0,3}}\.?\s*(?:(?:{day_month})\s*)?(?:{months})(?!\w)|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?![\d/])|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?(?![\d.]))"
        self.dated_end_re = _regex.compile(rf"\s*(?:{pat(times.get('to'))})\s*(?:[01]?\d|2[0-4])(?![\d\w])\s+(?:{pat(links)})\s+{full_date}",
                                           regex.IGNORECASE) if links else None
        self.part_follow_re = _regex.compile(rf"\s+(?:{pat(times.get('day_part_follows'))})(?!\w)", regex.IGNORECASE)
        #: A day part linked to the spoken hour before it ("8 de la soirée", "dix heures du matin", "seven in the evening").
        links = times.get("day_part_links")
        self.part_link_re = _regex.compile(rf"\s*(?:{pat(links)})\s*(?:{named})(?!\w)", regex.IGNORECASE) if links and named else None
        self.parts_known = bool(parts)
        #: Cheap tests before the patterns: day parts, noon words, and every cue of a spoken time.
        self.part_keys = keys([f for fs in parts.values() for f in fs] + list(times.get("day_part_words", {})))
        self.noon_keys = keys(list(times.get("noon", [])) + list(times.get("midnight", [])))
        self.time_keys = keys(
            [w for k in ("clock_words", "hour_words", "hour_leads", "minus", "minutes_past", "minutes_to", "am", "pm", "early", "late", "middle")
             for w in times.get(k, [])] + list(times.get("minutes_after", {})) + list(times.get("minutes_before", {}))
        ) + self.part_keys + self.noon_keys


_NEXT_WORD = _regex.compile(r"[ \u00a0]+([^\W\d_]{3,})")
_NEXT_SIGN = _regex.compile(r"[ \u00a0]*[%‰°$€£¥]")


def _noun_after(text: str, pos: int, hi: int, stop: set[str], capitalized: bool = False) -> bool:
    """Is the number ending at ``pos`` followed by a word that may be what it counts (not a function word; with
    ``capitalized``, a capitalised one), or a sign?"""
    m = _NEXT_WORD.match(text, pos, hi)
    return (m is not None and fold(m.group(1)) not in stop and (not capitalized or m.group(1)[0].isupper())
            or _NEXT_SIGN.match(text, pos, hi) is not None)


#: The day parts and the minutes they run over (the Recognizers-Text convention: the night ends at 23:59);
#: early and late take the first and the second half. The small hours ("de madrugada") run from midnight to 06:00.
DAY_PARTS = {"small_hours": (0, 360), "morning": (480, 720), "afternoon": (720, 960), "evening": (960, 1200), "night": (1200, 1439)}


def day_parts(text: str, lo: int, hi: int, wt: WordTimes, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """``(start, end, first minute, last minute)`` of every day part of ``text[lo:hi]`` outside ``taken``: a
    day-part word ("tonight", "stasera"), or a day-part noun after a lead ("this", "tomorrow", "ce", "in the"),
    before a word that places it ("la nuit dernière"), next to a weekday ("Tuesday afternoon", "nuit mardi"), or with
    early, late or mid before it ("en fin d'après-midi");
    "the morning show" and "Morgen" alone are none."""
    found: list[tuple[int, int, int, int]] = []
    if not wt.parts_known or not may_hold(wt.part_keys, text[lo:hi].lower()):
        return found
    free = lambda s, e: not any(a < e and s < b for a, b in taken + [(f[0], f[1]) for f in found])  # noqa: E731
    for m in wt.part_word_re.finditer(text, lo, hi):
        part = wt.part_words.get(fold(m.group()))
        if part and free(m.start(), m.end()):
            found.append((m.start(), m.end(), *DAY_PARTS[part]))
    for m in wt.part_compound_re.finditer(text, lo, hi):
        part = next(p for p in DAY_PARTS if m.groupdict().get(p))
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), *DAY_PARTS[part]))
    for m in wt.part_re.finditer(text, lo, hi):
        if not free(m.start(), m.end()):
            continue
        # "en fin d'après-midi", "early morning", "mid-morning", "al mattino presto"
        modified = m.group("early") or m.group("late") or m.group("middle") or m.group("early_after") or m.group("late_after")
        if not (modified or wt.part_lead_re.search(text, max(lo, m.start() - 30), m.start()) or wt.part_after_re.match(text, m.end(), hi)
                or wt.part_article_re.search(text, max(lo, m.start() - 6), m.start())
                or wt.part_follow_re.match(text, m.end(), hi)):  # "la nuit dernière", "la notte scorsa"
            continue
        part = next(p for p in DAY_PARTS if m.groupdict().get(p))
        if part == "night" and m.group("middle"):
            continue  # "au milieu de la nuit" is the small hours, outside the night's 20:00 to 23:59
        low, high = DAY_PARTS[part]
        middle = (low + high + 1) // 2
        if m.group("early") or m.group("early_after"):
            high = middle
        elif m.group("late") or m.group("late_after"):
            low = middle
        elif m.group("middle"):  # its middle half: "mid-morning" is 09:00 to 11:00, about 10:00
            low, high = (3 * low + high) // 4, (low + 3 * high + 2) // 4
        found.append((m.start(), m.end(), low, high))
    return sorted(found)


_KEY_BREAK = _regex.compile(r"[\s'’\-]+")


def keys(forms: Any) -> tuple[str, ...]:
    """The longest word of each form, lower cased, with and without accents: a cheap test that a text may hold
    one of the forms (``any(k in text.lower() for k in keys)``) before running patterns over it."""
    found: set[str] = set()
    for form in forms:
        word = max(_KEY_BREAK.split(str(form).lower()), key=len)
        if len(word) > 1:  # "h" is in every text: see _SHORT_CUE
            found.update({word, unicodedata.normalize("NFC", strip_accents(word))})
    return tuple(sorted(found))


def may_hold(keys: tuple[str, ...], lowered: str) -> bool:
    return any(k in lowered for k in keys)


def word_time_patterns(vocab: Vocab) -> WordTimes:
    """The compiled patterns of ``vocab``'s spoken times (cached)."""
    return cached(vocab, "word-times", WordTimes)


def spoken_hour(n: Number) -> tuple[int, int] | None:
    """The hour and minutes a number may give (see :func:`_hour`)."""
    return _hour(n)


def _hour(n: Number) -> tuple[int, int] | None:
    """The hour and minutes a number may give: 0 to 24, or a half or quarter past ("ocho y media")."""
    if n.value < 0 or n.value > 24 or n.scale != 1 or n.approx:
        return None
    whole = int(n.value)
    extra = n.value - whole
    if extra == 0:
        return whole, 0
    if (n.words or n.fraction) and extra in _FRACTION_MINUTES and whole:  # "ocho y media", "7 e mezza"; "meio" alone is no hour
        return whole, _FRACTION_MINUTES[extra]
    return None


def _minutes(n: Number | None, at: int) -> int | None:
    """The minutes a number starting right at ``at`` gives (1 to 59, whole)."""
    if n is None or n.start != at or n.value != n.value.to_integral_value() or not 0 <= n.value <= 59 or n.scale != 1:
        return None
    return int(n.value)


def word_times(text: str, lo: int, hi: int, nums: list[Number], wt: WordTimes, half_re: Any,
               taken: list[tuple[int, int]], stop: set[str], parts: list[tuple[int, int, int, int]],
               zone_re: Any = None) -> list[tuple[int, int, int, bool]]:
    """``(start, end, minutes after midnight, half of the day said)`` of every spoken time of ``text[lo:hi]``
    outside ``taken``; a day part of ``parts`` right before or after an hour says its half ("this morning at 7",
    "22 ce soir", "8 dans la nuit"), and so does a zone of ``zone_re`` right after a led hour ("a las 11 GMT",
    "alle 20 ora italiana": the zone is no noun the hour counts)."""
    found: list[tuple[int, int, int, bool]] = []
    free = lambda s, e: not any(a < e and s < b for a, b in taken + [(f[0], f[1]) for f in found])  # noqa: E731
    hours: list[tuple[int, int, int, int, bool, Number | None]] = []  # start, end, hour, minute, words, number
    lowered = text[lo:hi].lower()
    pairs = _spoken_pairs(text, nums, wt)
    if (may_hold(wt.time_keys, lowered) or _AMPM_NEAR.search(text, lo, hi) or pairs or any(_day_led(text, lo, n.start, wt) for n in nums)
            or wt.dated_end_re is not None and any(wt.dated_end_re.match(text, n.end, hi) for n in nums)):
        # else no number here is a spoken time
        for n in nums:
            hm = _hour(n)
            if hm is not None:
                hours.append((n.start, n.end, hm[0], hm[1], n.words, n))
    if may_hold(wt.noon_keys, lowered):
        for m in wt.noon_re.finditer(text, lo, hi):
            hours.append((m.start(), m.end(), 12 if m.group("noon") else 0, 0, True, None))
    hours.sort(key=lambda h: h[0])
    index = {n.start: k for k, n in enumerate(nums)}
    for start, end, hour, minute, words, n in hours:
        if not free(start, end):
            continue
        if n is not None and not (may_hold(wt.time_keys, text[max(lo, start - 30) : min(hi, end + 45)].lower())
                                  or _AMPM_NEAR.search(text, start, min(hi, end + 30)) or start in pairs or _day_led(text, lo, start, wt)
                                  or wt.dated_end_re is not None and wt.dated_end_re.match(text, end, hi)):
            continue  # no word of a spoken time around it
        k = index.get(start) if n is not None else None
        nxt = nums[k + 1] if k is not None and k + 1 < len(nums) else None
        if n is None:  # noon, midnight: the next number after the word
            nxt = next((x for x in nums if x.start >= end), None)
        if nxt is not None and n is not None and _minutes(n, n.start) is not None and _hour(nxt) is not None \
                and wt.relative_re.fullmatch(text, end, nxt.start):
            continue  # "quinze para as oito": the minutes of the next hour, not an hour
        pos, sure, needs_lead, given = end, False, False, False
        # "huit et demie", "20 et quart": the number ends with a phrase of the hour's minutes ("and a half" is none)
        halved = minute != 0 and any(fold(text[start:end]).endswith(" " + k) for k in wt.after_table)
        fraction = minute != 0  # "oito e meia": the scanner read the half with the hour
        weak = n is not None and n.weak
        clock = wt.clock_re.match(text, pos, hi)
        word = None if clock else wt.hour_word_re.match(text, pos, hi)
        if n is not None and not (clock or word) and wt.level_re is not None and wt.level_re.search(text, max(lo, start - 40), start):
            continue  # "subiu a 12 esta manhã": a level reached, not an hour
        if hour == 24 and n is not None and not clock:
            continue  # "24 heures", "24 horas", "le 24 ore" last a day; "bis 24 Uhr" (a clock word) is midnight
        if clock or word:
            pos = (clock or word).end()
            sure = bool(clock)
            given = True
        elif weak and not (wt.lead_re.search(text, max(lo, start - 25), start)
                           or wt.before_re.search(text, max(lo, start - 25), start) and half_re.match(text, pos, hi)):
            continue  # "un", "one": an article unless an hour word follows, a lead of an hour comes before ("a la una"), or a half of the day follows a lead ("à uma da tarde")
        after = wt.after_re.match(text, pos, hi)
        minus = None if after else wt.minus_re.match(text, pos, hi)
        adjacent = False
        if after:  # "huit et quart"; "deux heures et demie" may last: it needs a lead word ("à deux heures et demie")
            minute += wt.after_table.get(fold(after.group().strip()), 0)
            pos, sure = after.end(), sure or not word
        elif minus and nxt is not None and nxt.value < 0 and nxt.start == minus.start() + len(minus.group()) - len(minus.group().lstrip()):
            minute += int(nxt.value) if -nxt.value <= 59 else 0  # "moins dix": the scanner reads the minus word
            pos, sure = nxt.end, -nxt.value <= 59
        elif minus and _minutes(nxt, minus.end()) is not None:
            assert nxt is not None
            minute -= int(nxt.value)
            pos, sure = nxt.end, True
        else:
            join = wt.join_re.match(text, pos, hi)
            if join and join.group().strip() and wt.between_re.search(text, max(lo, start - 20), start):
                join = None  # "entre 10 et 20": two numbers of a range, not an hour and its minutes
            more = _minutes(nxt, join.end()) if join else None
            if more is not None and nxt is not None and more >= (0 if word or clock else 10) and minute == 0:
                minute, pos, adjacent = more, nxt.end, True
                unit = wt.minute_word_re.match(text, pos, hi)
                if unit and word and not (wt.lead_re.search(text, max(lo, start - 25), start) and not wt.link_re.match(text, unit.end(), hi)):
                    continue  # "deux heures trente minutes" lasts; "às 19 horas e 30 minutos" (a lead of an hour) is a time
                if unit:
                    pos = unit.end()
                sure = sure or bool(word)  # "sept heures dix"
        if minus is None and after is None and not adjacent and n is not None and k is not None and k > 0:
            prev = nums[k - 1]
            rel = wt.relative_re.fullmatch(text, prev.end, start) if _minutes(prev, prev.start) is not None else None
            if rel and free(prev.start, prev.end):
                minute += int(prev.value) * (1 if rel.group("past") else -1)
                start, sure = prev.start, True
        if start == (n.start if n is not None else start):
            prefix = wt.prefix_re.search(text, max(lo, start - 30), start)
            if prefix:
                minute += wt.before_table.get(fold(prefix.group().strip()), 0)
                start, sure = prefix.start(), True
        half = None
        half_words = half_re.match(text, pos, hi)
        letters = _AMPM.match(text, pos, hi)
        if letters and wt.am_is_a_word and letters.group()[:1].isspace() and letters.group().strip().lower() == "am":
            letters = None  # "sieben am Abend": "am" is a word
        if letters and hour <= 12:
            half, pos = letters.group("ap").lower() + "m", letters.end()
        elif half_words and hour <= 12:
            half, pos = "am" if half_words.group("am") else "pm", half_words.end()
        # "par 19 voix contre 7 mardi soir": a bare number right after a figure that counts a noun is another such figure
        paired = not sure and k is not None and k > 0 and _counted_just_before(text, nums[k - 1], start, hi, stop)
        part = None if half else next((p for p in parts if p[0] >= pos and not paired and _part_follows(text, pos, p[0], hi, wt, stop, sure) or
                                       (p[1] <= start and _GAP.fullmatch(text, p[1], start) and (sure or not _word_after(text, pos, hi, stop, wt)))), None)
        if half is None and (part is None or part[0] >= pos and not wt.part_lead_re.search(text, pos, part[0])):
            linked = linked_part(wt, text, pos, hi)  # "8 de la soirée": the day part is the hour's (its article is no lead)
            if linked is not None:
                pos, part = linked[0], (pos, linked[0], linked[1], linked[1])
        if part is not None and hour <= 12:
            half = part_half(part[2], hour)
        lead = wt.lead_re.search(text, max(lo, start - 25), start)
        if lead and not (sure or half or part) and _counted_pair(text, lead, pos, hi, nxt, wt, stop):
            continue  # "tra le 10 e le 20 persone": the bounds of a count, not two hours
        before = lead or wt.before_re.search(text, max(lo, start - 25), start)
        if (before is not None and not lead and wt.and_re.fullmatch(before.group())
                and not _after_a_time(found, before.start(), text) and not _after_a_led_hour(nums, before.start(), text, lo, wt)):
            before = None  # "et", "y" lead the second hour of a pair ("entre 10 heures et 11 heures"), not "y seis horas después"
        if before is None and given and n is not None and _range_end_ahead(text, pos, hi, wt):
            before = wt.from_re.search(text, max(lo, start - 25), start)  # "de 22 heures à 6 heures": the start of a range
        dated = (not given and n is not None and not (half or part) and wt.dated_end_re is not None and wt.dated_end_re.match(text, pos, hi) is not None
                 and wt.from_re.search(text, max(lo, start - 25), start) is not None)  # "de 5 a 6 del 1ro de enero"
        zoned = zone_re is not None and zone_re.match(text, pos, hi) is not None
        if n is None:
            needs_lead = not (wt.noon_alone or sure or adjacent)
            if needs_lead and not wt.noon_lead_re.search(text, max(lo, start - 25), start):
                continue
        elif not (sure or half or part or dated or before and (given or zoned) and not wt.link_re.match(text, pos, hi)
                  or before and halved and not wt.range_lead_re.search(before.group()) and not _noun_after(text, pos, hi, stop)
                  or _day_led(text, lo, start, wt) and not _noun_after(text, pos, hi, stop) and not wt.link_re.match(text, pos, hi)
                  or not _noun_after(text, pos, hi, stop) and (lead or before and adjacent or adjacent and start in pairs
                                                                or fraction and wt.now_re.search(text, max(lo, start - 25), start))):
            continue  # "à 15 heures devant la mairie" is a time, "à 15 heures de route" lasts; "a las 3 víctimas" counts
        if weak and not given and not (half or part or after or adjacent or minute or _CLAUSE_END.match(text, pos, hi)):
            continue  # "a la una de ellas": the article; "a la una.", "a la una y media", "a la una de la tarde": the hour
        if half == "pm":
            hour = hour % 12 + 12
        elif half == "am":
            hour %= 12
        found.append((start, pos, (hour * 60 + minute) % (24 * 60), bool(half) or hour > 12))
    return found


def _after_a_time(found: list[tuple[int, int, int, bool]], at: int, text: str) -> bool:
    """Does a time read already end just before ``at`` (at most a few words: "entre 10 heures et")?"""
    return any(0 <= at - end <= 12 and not _NEXT_WORD.match(text, end, at) for _, end, _, _ in found)


def _after_a_led_hour(nums: list[Number], at: int, text: str, lo: int, wt: WordTimes) -> bool:
    """Does a bare hour after a lead or "between" word end just before ``at`` ("entre las 9 y")?"""
    return any(0 <= at - n.end <= 2 and (wt.lead_re.search(text, max(lo, n.start - 25), n.start)
                                        or wt.between_re.search(text, max(lo, n.start - 25), n.start)) for n in nums)


def _part_follows(text: str, pos: int, first: int, hi: int, wt: WordTimes, stop: set[str], sure: bool) -> bool:
    """Does the day part starting at ``first`` place the hour ending at ``pos``: close after it, maybe past a day
    ("à 8 ce soir", "at 8 tomorrow evening"), with no noun the hour counts between ("3 hommes mardi soir" counts)?"""
    day = wt.day_word_re.match(text, pos, first)
    if not (_GAP.fullmatch(text, pos, first) or day and _GAP.fullmatch(text, day.end(), first)):
        return False
    return sure or day is not None or not _noun_after(text, pos, hi, stop)


#: At most three words between two figures ("19 voix contre 7", "3 blessés et 7").
_FEW_WORDS = _regex.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+){1,3}")


def _counted_just_before(text: str, prev: Number, start: int, hi: int, stop: set[str]) -> bool:
    """Does the number ``prev``, a few words before ``start``, count a noun ("19 voix contre 7")?"""
    return prev.end <= start and _FEW_WORDS.fullmatch(text, prev.end, start) is not None and _noun_after(text, prev.end, hi, stop)


def _range_end_ahead(text: str, pos: int, hi: int, wt: WordTimes) -> bool:
    """Does a range word and the end of a time range follow ``pos``: an hour and its hour word that nothing counted
    follows ("à 6 heures."; not "à 10 heures de travaux"), a bare hour ending a clause ("à 17,"), or noon or
    midnight ("à minuit")?"""
    to = wt.to_re.match(text, pos, hi)
    if to is None or to.end() == pos:
        return False
    if wt.noon_re.match(text, to.end(), hi):
        return True
    end = _HOUR_DIGITS.match(text, to.end(), hi)
    if end is None:
        return False
    word = wt.hour_word_re.match(text, end.end(), hi)
    if word is None:  # "de 9h à 17, sauf le lundi": a bare hour ending its clause
        return bool(_CLAUSE_END.match(text, end.end(), hi))
    return not wt.link_re.match(text, word.end(), hi)


#: An hour in digits (the end of a range: "à 6 heures").
_HOUR_DIGITS = _regex.compile(r"(?:[01]?\d|2[0-4])(?!\d)")


def _day_led(text: str, lo: int, start: int, wt: WordTimes) -> bool:
    """Is the number at ``start`` led by a lead of a time right after a day ("on Friday at 4", "Oct. 23 at seven",
    "demain vers 7")? Not by a lead that also joins ranges and changes ("mardi à 19" may be a level)."""
    m = wt.day_lead_re.search(text, max(lo, start - 40), start)
    return m is not None and not wt.range_lead_re.search(text, m.start(), start)


#: A word glued to a number word ("twenty-somethings"): the number is part of another word.
_WORD_GLUE = _regex.compile(r"[\-\u2010\u2011]?[^\W\d_]")

#: Two number words a space apart: the first may be an hour, the second its minutes ("dix-neuf trente").
_PAIR_GAP = _regex.compile(r"[ \u00a0]+")


def _spoken_pairs(text: str, nums: list[Number], wt: WordTimes) -> set[int]:
    """Where the first of two numbers starts when both are written in words one space apart, the first an hour
    (1 to the language's ``pair_hours``, whole) and the second minutes (10 to 59): "sept trente", "eight forty",
    "vingt-trois vingt". Said so they are a time alone (minutes under ten, "eleven five", are as likely two counts;
    "nineteen fifty" is a year where hours are said on twelve)."""
    found: set[int] = set()
    if not wt.pair_hours:
        return found
    for a, b in zip(nums, nums[1:]):
        whole = a.value == a.value.to_integral_value() and b.value == b.value.to_integral_value()
        if (a.words and b.words and not a.weak and not a.fraction and a.scale == 1 == b.scale and whole
                and 1 <= a.value <= wt.pair_hours and 10 <= b.value <= 59
                and _PAIR_GAP.fullmatch(text, a.end, b.start) and not _WORD_GLUE.match(text, b.end)):
            found.add(a.start)
    return found


def _word_after(text: str, pos: int, hi: int, stop: set[str], wt: WordTimes) -> bool:
    """Is a word after the hour ending at ``pos``, one that may be what it counts ("Tuesday night 3 people")? Where
    counted nouns are capitalised, only such a noun is ("heute Abend um 8 zurück" is a time)."""
    return _noun_after(text, pos, hi, stop, True) if wt.capitalized else _NEXT_WORD.match(text, pos, hi) is not None


def _counted_pair(text: str, lead: Any, pos: int, hi: int, nxt: Number | None, wt: WordTimes, stop: set[str]) -> bool:
    """Is the bare hour ending at ``pos``, led by a word of ``between`` ("tra le 10"), the first bound of a pair
    whose second counts a noun ("tra le 10 e le 20 persone")? Then neither number is an hour."""
    if nxt is None or not wt.between_re.search(lead.group()):
        return False
    joined = wt.and_re.match(text, pos, hi)
    return joined is not None and joined.end() == nxt.start and _noun_after(text, nxt.end, hi, stop)


#: The end of a clause right after an hour ("a la una.").
_CLAUSE_END = _regex.compile(r"\s*(?:[.,;:!?)]|\Z)")

#: What may stand between a day part and the hour it places: a comma, up to two short words ("at", "dans la", "di questa").
_GAP = _regex.compile(r"[\s,]*(?:[^\W\d_]{1,6}[\s,]+){0,2}")


def linked_part(wt: WordTimes, text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """``(end, first minute)`` of a day part linked by one of ``day_part_links`` to the hour ending at ``pos``
    ("8 du soir", "10 de la matinée", "11 de soiree"): the part says the hour's half of the day."""
    m = wt.part_link_re.match(text, pos, hi) if wt.part_link_re is not None else None
    if m is None:
        return None
    part = next(p for p in DAY_PARTS if m.groupdict().get(p))
    return m.end(), DAY_PARTS[part][0]


def part_half(first: int, hour: int) -> str:
    """The half of the day a day part starting at minute ``first`` gives a 12-hour ``hour``: the night's small
    hours are the morning ("3 dans la nuit"), its others the evening ("8 dans la nuit")."""
    if first < 12 * 60:
        return "am"
    if first >= DAY_PARTS["night"][0] and (hour < 6 or hour == 12):
        return "am"
    return "pm"


def near_part(text: str, start: int, end: int, parts: list[tuple[int, int, int, int]],
              wt: WordTimes | None = None) -> tuple[int, int, int, int] | None:
    """The day part right before or after ``text[start:end]`` ("this morning at 7:00", "10:00 in the evening"; with
    ``wt``, after a day too: "at 8 tomorrow evening")."""
    def after(first: int) -> bool:
        day = wt.day_word_re.match(text, end, first) if wt is not None else None
        return bool(_GAP.fullmatch(text, end, first) or day and _GAP.fullmatch(text, day.end(), first))

    return next((p for p in parts if p[0] >= end and after(p[0]) or p[1] <= start and _GAP.fullmatch(text, p[1], start)), None)
