"""Claims read by patterns of their own, not from a number and the words after it: race times and
gaps written as a clock, match results, minutes of play, times of day; and the context words every numeric claim carries.

Split out of :mod:`.numbers`, which calls :func:`special_claims` on each sentence and drops the
figures these claims cover ("86'" is no count of 86, "13h39" no number 13).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from itertools import islice
from typing import Any, Iterable, Iterator

from .. import _regex
from .._fold import fold
from .._model import Claim, Document
from .._vocab import Vocab
from ._numbers import Number
from ._numbers_patterns import FigurePatterns
from ._word_times import WordTimes, day_parts, may_hold, near_part, part_half, spoken_hour, word_time_patterns, word_times

_WORD = _regex.compile(r"[^\W\d_][\w'’\-]*")


def special_claims(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns, nums: list[Number] | None = None,
                   vocab: Vocab | None = None) -> list[Claim]:
    """The scores, clocks, minutes of play and times of day of ``text[lo:hi]``, the first found winning an overlap;
    with the numbers of the span and the vocabulary, spoken times too ("sept heures dix", see :mod:`._word_times`)."""
    found = [*_scores(document, text, lo, hi, pats), *_each_nth(document, text, lo, hi, pats),
             *_clock_durations(document, text, lo, hi, pats), *_hour_letter_durations(document, text, lo, hi, pats),
             *_whole_durations(document, text, lo, hi, pats)]
    found += [m for m in _match_minutes(document, text, lo, hi, pats) if not overlaps(m, found)]
    spoken = word_time_patterns(vocab) if vocab is not None else None
    found += [t for t in _times_of_day(document, text, lo, hi, pats, nums or [], spoken, found) if not overlaps(t, found)]
    return found


def overlaps(claim: Claim, others: list[Claim]) -> bool:
    return any(o.start < claim.end and claim.start < o.end for o in others)


#: The highest minute of play (extra time included).
LAST_MINUTE = 130


def _scores(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """Match results in a sentence that says a match was played: "2-1", "2 à 1", "2:1". The value is the
    winner's goals and the loser's as hundredths (2-1 and 1-2 are both 2.01: which side is named first is
    style, not a fact); ``extra["score"]`` keeps them as written."""
    if pats.score_re is None or pats.score_cue_re is None or not pats.score_cue_re.search(text, lo, hi):
        return []
    found = []
    for m in pats.score_re.finditer(text, lo, hi):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group().count(":") and pats.clock_next_re.fullmatch(m.group()):
            continue  # "20:45": two digits after a colon are minutes of an hour
        value = Decimal(max(a, b)) + Decimal(min(a, b)) / 100
        found.append(_special(document, text, m.start(), m.end(), "score", value, "goals", lo, hi, pats, score=[a, b]))
    return found


#: Percentage points either side of a fraction read as a share: "two-thirds" is written for 64 % to 69 %
#: (a quarter of the share at most: "one in every 200" is 0.375 % to 0.625 %).
SHARE_SLACK = Decimal("2.5")


def share_slack(value: Decimal) -> Decimal:
    """Percentage points either side of a share of ``value`` percent (:data:`SHARE_SLACK`, a quarter of it at most)."""
    return min(SHARE_SLACK, value / 4)


def _each_nth(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """"jeder Dritte", "jede vierte Firma": one of every N, a share read as a percent (rounded, as "one in three" is)."""
    if pats.each_nth_re is None:
        return []
    found = []
    for m in pats.each_nth_re.finditer(text, lo, hi):
        n = pats.ordinals.get(fold(m.group("ord")))
        if not n or n < 2:
            continue
        value = (Decimal(100) / n).quantize(Decimal("0.01"))
        slack = share_slack(value)
        claim = _special(document, text, m.start(), m.end(), "percent", value, "percent", lo, hi, pats, share=True)
        found.append(replace(claim, qualifier="approx", low=value - slack, high=value + slack))
    return found


def _match_minutes(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """Minutes of play: "86'", "à la 86e minute", "minuto 86", "in der 86. Minute" (the language's forms)."""
    found: dict[tuple[int, int], Claim] = {}
    for pattern in pats.minute_res:
        for m in pattern.finditer(text, lo, hi):
            minute = int(m.group("m"))
            if not 1 <= minute <= LAST_MINUTE or any(s < m.end() and m.start() < e for s, e in found):
                continue
            value = Decimal(minute)
            found[(m.start(), m.end())] = _special(document, text, m.start(), m.end(), "match_minute", value, "minute", lo, hi, pats)
    return sorted(found.values(), key=lambda c: c.start)


#: Minutes either side of a time of day given "around" ("vers 1h30", "around 1:30 a.m.").
TIME_SLACK = 15


def _times_of_day(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns, nums: list[Number],
                  spoken: WordTimes | None, taken: list[Claim]) -> list[Claim]:
    """Times of day, in minutes after midnight, with the zone they are given in (``unit``: ``local``,
    a code such as ``GMT``, or ``elsewhere`` for another place's time, which is compared with no other)."""
    found = []
    for m in pats.time_re.finditer(text, lo, hi):
        hour = int(m.group("h1") or m.group("h2") or m.group("h3") or m.group("h4"))
        minute = int(m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4") or 0)
        after = m.end()
        zone = pats.time_zone_re.match(text, after, hi)
        local = pats.time_local_re.match(text, after, hi)
        led = pats.time_before_re.search(text, max(lo, m.start() - 40), m.start())
        day_part = None if m.group("ap") or m.group("ap2") or hour > 12 else pats.time_half_re.match(text, m.end(), hi)
        dotted = m.group("h3") and text[m.end("h3")] == "." and pats.dot_is_decimal
        iso = m.start() > 0 and text[m.start() - 1] == "T"
        to = pats.time_to_re.match(text, m.end(), hi)
        ranged = (found and pats.time_to_re.fullmatch(text, found[-1].end, m.start())
                  or to is not None and pats.clock_next_re.match(text, to.end(), hi))  # "3:00 à 4:00", "19:00 - 21:00"
        on_the_hour = m.group("m3") == "00" and text[m.end("h3")] == ":"  # "9:00": no score, ratio or price is written so
        if m.group("h3") and text[m.end("h3")] == "," and not _comma_clock_led(text, m.start(), m.end(), lo, hi, found, pats):
            continue  # "18,30" is a decimal unless a lead of an hour says it is a clock ("alle 18,30")
        if m.group("h3") and text[m.end("h3")] == "." and not m.group("uhr") and pats.suffix_re.match(text, m.end(), hi):
            continue  # "auf 12.30 Euro", "um 10.45 Prozent": an amount, whatever the lead
        if m.group("h4") and not _wire_time_led(text, m.start(), lo, found, pats, led):
            continue  # "at 2015 GMT" is 20:15, "in 2015 GMT …" a year
        if m.group("h3") and not (m.group("uhr") or m.group("s3") or iso or on_the_hour or zone or local or day_part or ranged or (led and not dotted)):
            continue  # "13:39" alone may be a score or a ratio, "by 0.25" a decimal
        letters = "ap" if m.group("ap") else "ap2" if m.group("ap2") else None
        if pats.am_is_a_word and letters and spaced_am(text, m.start(letters), m.end()):
            continue  # "um 7 am Bahnhof": "am" is a word
        ap = m.group("ap") or m.group("ap2")
        half = ap and ap.lower() + "m"
        if day_part:  # "12:06 de la madrugada", "6:00 de la tarde"
            half = "am" if day_part.group("am") else "pm"
        if half:
            hour = hour % 12 + (12 if half == "pm" else 0)
        start, end = m.start(), m.end()
        if spoken is not None and ap and not (m.group("m1") or m.group("m2")):  # "9pm e tre quarti", "quinze para as 9pm"
            start, end, more = _spoken_minutes(text, start, end, hi, nums, spoken)
            minute += more
        value = (hour * 60 + minute) % (24 * 60)
        found.append(_time_claim(document, text, start, end, Decimal(value), lo, hi, pats, bool(half) or hour > 12))
    found = _conversions_hedged(text, found)
    if spoken is None:
        return _time_ranges(document, text, found, lo, hi, pats)
    halves = [pats.time_half_re.match(text, c.end, hi) for c in found]  # "7:00 in the evening" is one time
    busy = [(c.start, c.end) for c in taken] + [(c.start, h.end() if h else c.end) for c, h in zip(found, halves)]
    parts = day_parts(text, lo, hi, spoken, busy)
    for k, c in enumerate(found):  # "Sunday evening at 10:00", "7:30 dans la nuit": the day part says the half
        part = near_part(text, c.start, c.end, parts, spoken)
        if part is not None and not c.extra["half"] and c.value is not None and c.value < 12 * 60:
            hour = int(c.value) // 60
            if part_half(part[2], hour) == "pm":
                found[k] = _shifted(c, 12 * 60)
    if spoken.known:
        busy = [(c.start, c.end) for c in [*taken, *found]]
        for start, end, value, half in word_times(text, lo, hi, nums, spoken, pats.time_half_re, busy, pats.stop, parts, pats.time_said_re):
            found.append(_time_claim(document, text, start, end, Decimal(value), lo, hi, pats, half))
        found.sort(key=lambda c: c.start)
    times = _time_ranges(document, text, found, lo, hi, pats, nums)
    return times + _day_part_claims(document, text, lo, hi, pats, parts, times, spoken)


def _comma_clock_led(text: str, start: int, end: int, lo: int, hi: int, found: list[Claim], pats: FigurePatterns) -> bool:
    """Is "18,30" at ``text[start:end]`` a clock? Only where "," is the decimal mark, right after a lead of an hour
    ("alle 18,30", "às 18,30"), with no unit, currency or percent after it ("alle 18,30 euro") and no figure before the
    lead but a time it closes a range with ("passou de 17,25 a 18,30" is a change; "dalle 17,30 alle 18,30" a range)."""
    if not pats.comma_is_decimal or pats.suffix_re.match(text, end, hi):
        return False
    lead = pats.time_hour_lead_re.search(text, max(lo, start - 30), start)
    if lead is None:
        return False
    figure = pats.figure_end_re.search(text, max(lo, lead.start() - 12), lead.start())
    return figure is None or bool(found) and found[-1].end > figure.start()


def _spoken_minutes(text: str, start: int, end: int, hi: int, nums: list[Number], spoken: WordTimes) -> tuple[int, int, int]:
    """Minutes said in words around a clock on the hour with its half of the day, and where the time then starts
    and ends: after it ("9pm e tre quarti", "8pm e meia": ``[times.minutes_after]``) or as a number before
    ``minutes_to`` / ``minutes_past`` ("quinze para as 9pm" is 20:45)."""
    after = spoken.after_re.match(text, end, hi)
    if after and after.group().strip():
        return start, after.end(), spoken.after_table.get(fold(after.group().strip()), 0)
    prev = next((n for n in reversed(nums) if n.end <= start), None)
    if prev is not None and prev.scale == 1 and prev.value == prev.value.to_integral_value() and 1 <= prev.value <= 59:
        rel = spoken.relative_re.fullmatch(text, prev.end, start)
        if rel:
            return prev.start, end, int(prev.value) * (1 if rel.group("past") else -1)
    return start, end, 0


def _wire_time_led(text: str, start: int, lo: int, found: list[Claim], pats: FigurePatterns, led: Any) -> bool:
    """Is a wire-copy time ("0300 GMT") at ``start`` said as one: after a lead word, "between", an opening
    parenthesis ("13:00 local time (1100 GMT)") or another time it closes a range with? A year may stand so too."""
    if led or text[start - 1 : start] == "(" or pats.time_between_re.search(text, max(lo, start - 20), start):
        return True
    return bool(found) and bool(pats.time_to_re.fullmatch(text, found[-1].end, start) or pats.time_and_re.fullmatch(text, found[-1].end, start))


def _day_part_claims(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns,
                     parts: list[tuple[int, int, int, int]], times: list[Claim], spoken: WordTimes | None = None) -> list[Claim]:
    """The day parts said alone ("this afternoon", "ce soir", "stamattina") as time ranges; one beside a time
    only gave it its half of the day ("ce soir à 8 heures"). Such a claim is ``context_free``: it says when,
    and is no figure among the others of its sentence (see :mod:`factcheck._align`)."""
    found = []
    for start, end, low, high in parts:
        if overlaps_span(start, end, times) or any(near_part(text, t.start, t.end, [(start, end, low, high)], spoken) for t in times):
            continue
        claim = _time_claim(document, text, start, end, Decimal(low + high) / 2, lo, hi, pats, True)
        found.append(replace(claim, qualifier="range", low=Decimal(low), high=Decimal(high),
                             extra={**claim.extra, "day_part": True, "context_free": True}))
    return found


def _shifted(claim: Claim, minutes: int) -> Claim:
    """The time ``minutes`` later (its bounds too)."""
    move = lambda v: None if v is None else v + minutes  # noqa: E731
    return replace(claim, value=move(claim.value), low=move(claim.low), high=move(claim.high), extra={**claim.extra, "half": True})


#: Between a time and the same instant given in brackets in another zone: "8:00 a.m. local time (0000 GMT)".
_CONVERSION = _regex.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,3}\([^\S\n]*")


def _conversions_hedged(text: str, times: list[Claim]) -> list[Claim]:
    """A time in brackets right after a hedged one is the same instant in another zone, as hedged
    ("just before 8:00 a.m. local time (0000 GMT)" is about midnight GMT, not midnight sharp)."""
    out = list(times)
    for k in range(1, len(out)):
        before, time = out[k - 1], out[k]
        if (before.qualifier != "exact" and time.qualifier == "exact" and before.value is not None and time.value is not None
                and before.low is not None and before.high is not None and _CONVERSION.fullmatch(text, before.end, time.start)):
            below, above = before.value - before.low, before.high - before.value
            out[k] = replace(time, qualifier=before.qualifier, low=time.value - below, high=time.value + above)
    return out


def spaced_am(text: str, at: int, end: int) -> bool:
    """Is ``text[at:end]`` a bare "am" set apart by a space ("7 am Bahnhof"), with no periods ("7 a.m.", "7am")?"""
    return at > 0 and text[at - 1].isspace() and text[at:end].lower() == "am"


def _time_claim(document: Document, text: str, start: int, end: int, value: Decimal, lo: int, hi: int, pats: FigurePatterns,
                half: bool = False) -> Claim:
    """The time ``text[start:end]`` at ``value`` minutes after midnight, in the zone said after it, with its hedge;
    ``half`` when its half of the day is said (a 24-hour clock, "pm", "du soir")."""
    zone = pats.time_zone_re.match(text, end, hi)
    local = pats.time_local_re.match(text, end, hi)
    elsewhere = None if local else pats.time_elsewhere_re.match(text, end, hi)
    last = max([end] + [z.end() for z in (zone, local, elsewhere) if z])
    unit = zone.group("z").upper() if zone else "local" if local or not elsewhere else _place(elsewhere.group())
    claim = _special(document, text, start, end, "time_of_day", value, unit, lo, hi, pats, zone_text=text[end:last].strip(" ,("), half=half)
    if pats.time_approx_re.search(text, max(lo, start - 40), start):
        claim = replace(claim, qualifier="approx", low=value - TIME_SLACK, high=value + TIME_SLACK)
    elif pats.time_after_re.search(text, max(lo, start - 40), start):  # "pasadas las 12:06": within the hour after
        claim = replace(claim, qualifier="more_than", low=value, high=value + 4 * TIME_SLACK)
    return claim


def _time_ranges(document: Document, text: str, times: list[Claim], lo: int, hi: int, pats: FigurePatterns,
                 nums: list[Number] | None = None) -> list[Claim]:
    """Two times joined by a range word ("from 9 a.m. to 5 p.m.", "de 16h à 17h30", "7:00 - 8:00pm"), or a bare
    hour and a time ("5 to 6pm"), as one time range. A start given without its half of the day is taken
    so that the range lasts under twelve hours ("7:00 to 8:00pm" is 19:00 to 20:00)."""
    out: list[Claim] = []
    k = 0
    while k < len(times):
        a = times[k]
        b = times[k + 1] if k + 1 < len(times) else None
        between = b is not None and pats.time_and_re.fullmatch(text, a.end, b.start) and pats.time_between_re.search(text, max(lo, a.start - 20), a.start)
        same_zone = b is not None and a.unit in (b.unit, "local") and not a.extra.get("zone_text")  # a zone after the range is the range's
        if same_zone and a.qualifier == b.qualifier == "exact" and (between or pats.time_to_re.fullmatch(text, a.end, b.start)):
            out.append(_time_range(text, b, a.start, a.value, a.extra.get("half", False)))
            k += 2
            continue
        opened = pats.time_open_re.search(text, max(lo, a.start - 30), a.start) if a.qualifier == "exact" else None
        if opened is None and a.qualifier == "exact" and pats.ampm_re.search(a.text):  # "1-3 pm", "9-11am": a bare hour and a dash
            opened = pats.time_dash_open_re.search(text, max(lo, a.start - 6), a.start)
        if opened is None and a.qualifier == "exact" and a.extra.get("half") and _half_said(a, pats) and not _noun_next(text, a.end, hi, pats):
            opened = pats.time_word_open_re.search(text, max(lo, a.start - 12), a.start)  # "7 to 8 p.m.", "2 til 4pm"
        closed = None if opened else _bare_close(text, a, lo, hi, pats)
        if closed is not None:  # "from 1:30am to 3": the end takes the half that keeps the range under twelve hours
            end, hour = closed
            low = a.value
            assert low is not None
            high = Decimal(hour * 60)
            if high <= low and hour < 12 and high + 12 * 60 > low:
                high += 12 * 60
            if high <= low:  # "from 10pm to 2": past midnight
                high += 24 * 60
            out.append(replace(a, end=end, text=text[a.start : end], qualifier="range", value=(low + high) / 2, low=low, high=high))
            k += 1
            continue
        said = _spoken_start(text, a, lo, pats, nums) if opened is None and a.qualifier == "exact" and nums else None
        if opened:
            minute = int(opened.group("m") or opened.group("m2") or 0)
            out.append(_time_range(text, a, opened.start(), Decimal(int(opened.group("h")) * 60 + minute)))
        elif said is not None:  # "de sete e meia a 4pm": an hour in words opens the range
            out.append(_time_range(text, a, said[0], Decimal(said[1])))
        else:
            out.append(a)
        k += 1
    return out


def _half_said(claim: Claim, pats: FigurePatterns) -> bool:
    """Does ``claim``'s own text say its half of the day, in letters or words ("6pm", "seven in the morning")?"""
    return bool(pats.ampm_re.search(claim.text) or pats.time_half_re.search(claim.text))


def _bare_close(text: str, a: Claim, lo: int, hi: int, pats: FigurePatterns) -> tuple[int, int] | None:
    """``(end, hour)`` of a bare hour closing a range after the time ``a`` that "from" leads ("from 9am to 5",
    "de 9h à 17"), when nothing it counts follows it."""
    if a.qualifier != "exact" or a.value is None or not pats.time_from_re.search(text, max(lo, a.start - 12), a.start):
        return None
    m = pats.time_bare_close_re.match(text, a.end, hi)
    if m is None or _noun_next(text, m.end(), hi, pats):
        return None  # "from 9am to 5 days a week"
    return m.end(), int(m.group("h"))


def _noun_next(text: str, pos: int, hi: int, pats: FigurePatterns) -> bool:
    """Is the word right after ``pos`` (one space on) a content word or a unit ("percent", "euros", "days"), which
    what ends there may count or qualify?"""
    if pats.suffix_re.match(text, pos, hi):
        return True
    after = _WORD.match(text, pos + 1, hi) if text[pos : pos + 1] == " " else None
    return after is not None and fold(after.group()) not in pats.stop


def _spoken_start(text: str, a: Claim, lo: int, pats: FigurePatterns, nums: list[Number]) -> tuple[int, int] | None:
    """Where a range opened by an hour in words starts, and its minute of the day: a number after a "from" word and
    before a range word and the time ``a`` ("de sete e meia a 4pm", "from seven to 9pm")."""
    n = next((x for x in reversed(nums) if x.end <= a.start), None)
    if n is None or not n.words or not pats.time_to_re.fullmatch(text, n.end, a.start) or not pats.time_from_re.search(text, max(lo, n.start - 20), n.start):
        return None
    hm = spoken_hour(n)
    return (n.start, hm[0] * 60 + hm[1]) if hm is not None and 0 < hm[0] <= 12 else None


def _time_range(text: str, last: Claim, start: int, low: Decimal, said: bool = False) -> Claim:
    """The range from ``low`` (its text from ``start``; ``said`` when its half of the day is) to the time ``last``,
    in ``last``'s zone."""
    high = last.value
    assert high is not None
    if high - low > 12 * 60 and low < 12 * 60 and not said:  # "7:00 to 8:00pm": the start takes the end's half of the day
        low += 12 * 60
    if low > high:  # "22:00 bis 6:00 Uhr": overnight, into the next day
        high += 24 * 60
    return replace(last, start=start, text=text[start:last.end], qualifier="range", value=(low + high) / 2, low=low, high=high)


_PLACE_WORD = _regex.compile(r"\w+")


def _place(zone_words: str) -> str:
    """``at:brasilia`` for "5h39 em Brasília": times given in one named place's time compare with each other."""
    found = _PLACE_WORD.findall(zone_words)
    return f"at:{fold(found[-1])}" if found else "elsewhere"


def _special(document: Document, text: str, start: int, end: int, kind: str, value: Decimal, unit: str,
             lo: int, hi: int, pats: FigurePatterns, **extra: Any) -> Claim:
    """An exact claim read by a pattern of its own (a clock, a minute of play), not from a number and its words."""
    sentence = document.sentence_at(start)
    return Claim(
        version=document.version.path, kind=kind, text=text[start:end], start=start, end=end,
        value=value, unit=unit, qualifier="exact", low=value, high=value,
        zone=document.zone_at(start) or "body", sentence=(sentence.start, sentence.end) if sentence else None,
        extra={**extra, "context": context_words(text, start, end, lo, hi, pats)},
    )


def _hour_letter_durations(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """Hours written with "h" that a lead or what follows makes a length ("les négociations ont duré 3h", "pendant
    2h30", "après 3h de négociations"), in hours, or in seconds with their minutes; "à 21h" stays a time of day."""
    if pats.hour_letter_re is None:
        return []
    found = []
    for m in pats.hour_letter_re.finditer(text, lo, hi):
        led = pats.hour_letter_lead_re is not None and pats.hour_letter_lead_re.search(text, max(lo, m.start() - 25), m.start())
        of = (pats.hour_letter_of_re is not None and pats.hour_letter_of_re.match(text, m.end(), hi)
              and not pats.time_before_re.search(text, max(lo, m.start() - 40), m.start()))  # "às 16h30 de domingo": a time
        if not (led or of):
            continue
        hours, minutes = int(m.group("h")), int(m.group("m") or 0)
        value, unit = (Decimal(hours * 3600 + minutes * 60), "second") if minutes else (Decimal(hours), "hour")
        found.append(_special(document, text, m.start(), m.end(), "duration", value, unit, lo, hi, pats))
    return found


def _clock_durations(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """Race times and gaps written as a clock: "45:24 minutos", "+1:14", "1′ 03″", "+1'03\"", "+3:45:12",
    "à 6:17 derrière Pogacar" (a colon alone, "1:03", is as likely an hour and is left to the times of day)."""
    found = []
    for m in pats.clock_re.finditer(text, lo, hi):
        gap = pats.clock_gap_re is not None and pats.clock_gap_re.match(text, m.end(), hi)
        if not (m.group("sign") or m.group("unit") or m.group("close") or gap):
            continue
        hours = int(m.group("h") or 0)
        minutes, seconds = int(m.group("m") or m.group("m2")), int(m.group("s") or m.group("s2"))
        value = Decimal(hours * 3600 + minutes * 60 + seconds)
        found.append(_special(document, text, m.start(), m.end(), "duration", value, "second", lo, hi, pats, clock=True))
    return found


def _whole_durations(document: Document, text: str, lo: int, hi: int, pats: FigurePatterns) -> list[Claim]:
    """One whole unit said with no number ("all day", "toute la journée", "giorno intero"), or a few units
    ("quelques jours", "a few minutes"); one and a half after an article ("a year and a half", "un'ora e mezza");
    one hour after an article that is no number word ("for an hour"), unless it makes a rate ("60 miles an hour")."""
    if (pats.whole_re is None and pats.few_re is None and pats.article_unit_re is None) or not may_hold(pats.whole_keys, text[lo:hi].lower()):
        return []
    found = []
    for m in pats.whole_re.finditer(text, lo, hi) if pats.whole_re is not None else ():
        unit = pats.duration_ids.get(fold(m.group("u1") or m.group("u2")))
        half = pats.and_a_half_re.match(text, m.end(), hi) if m.group("u1") and pats.and_a_half_re is not None else None
        if unit and not half and pats.named_period_re.match(text, m.end(), hi):
            continue  # "todo o mês de março": March, not a month's length
        if unit:
            value, end = (Decimal("1.5"), half.end()) if half else (Decimal(1), m.end())
            found.append(_special(document, text, m.start(), end, "duration", value, unit, lo, hi, pats, whole=True))
    for m in pats.article_unit_re.finditer(text, lo, hi) if pats.article_unit_re is not None else ():
        unit = pats.duration_ids.get(fold(m.group("u")))
        half = pats.and_a_half_re.match(text, m.end(), hi) if pats.and_a_half_re is not None else None
        if half and unit and not overlaps_span(m.start(), half.end(), found):
            found.append(_special(document, text, m.start(), half.end(), "duration", Decimal("1.5"), unit, lo, hi, pats))
        elif unit in pats.article_durations and not overlaps_span(m.start(), m.end(), found) and not pats.rate_before_re.search(text, max(lo, m.start() - 40), m.start()):
            found.append(_special(document, text, m.start(), m.end(), "duration", Decimal(1), unit, lo, hi, pats))
    for m in pats.few_re.finditer(text, lo, hi) if pats.few_re is not None else ():
        unit = pats.duration_ids.get(fold(m.group("u")))
        if unit and not overlaps_span(m.start(), m.end(), found):  # "a few days": three, by convention; two to nine
            claim = _special(document, text, m.start(), m.end(), "duration", Decimal(FEW), unit, lo, hi, pats, few=True)
            found.append(replace(claim, qualifier="approx", low=Decimal(FEW_LOW), high=Decimal(FEW_HIGH)))
    return found


#: "A few" units: three (the Recognizers-Text convention), allowing two to nine.
FEW, FEW_LOW, FEW_HIGH = 3, 2, 9


def overlaps_span(start: int, end: int, claims: list[Claim]) -> bool:
    return any(c.start < end and start < c.end for c in claims)


def context_words(text: str, start: int, end: int, lo: int, hi: int, pats: FigurePatterns, width: int = 4) -> list[str]:
    """The content words nearest the figure: up to ``width`` on each side, nearest first."""
    left = _WORD.findall(text, max(lo, start - 120), start)
    right = _WORD.findall(text, end, min(hi, end + 120))
    return list(islice(_content(reversed(left), pats), max(width, 0))) + list(islice(_content(right, pats), max(width, 0)))


def _content(words: Iterable[str], pats: FigurePatterns) -> Iterator[str]:
    """The content words of ``words``, lower-cased, in order (read only as far as the caller takes them)."""
    for word in words:
        head, apostrophe, tail = word.replace("’", "'").partition("'")
        if apostrophe and tail and fold(head + "'") in pats.stop:
            word = tail  # "d'euros" -> "euros"
        key = fold(word)
        if len(key) > 2 and key not in pats.stop and key not in pats.number_words:
            yield word.lower()
