"""The compiled patterns that read what is written around a figure, for one language.

Split out of :mod:`.numbers`, which decides what each figure is; this module
only compiles, from ``numbers.toml`` (and the month names of ``calendar.toml``,
the year cues of ``dates.toml``), the patterns it reads with: the currency,
percent or unit after a figure, the symbol before it, the counted noun, the
spans that are no figures (dates, times, URLs), and the cues of a rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from .. import _regex
from .._fold import fold
from .._vocab import Vocab
from ._hedges import hedged_year_cues
from ._numbers_lexicon import cached, lead_lookahead, lexicon, phrase_pattern


#: The zone codes read after a time in every language ("at 7.30pm GMT", "um 20 Uhr MEZ").
ZONE_CODES = "GMT|UTC|ET|EST|EDT|CET|CEST|MEZ|MESZ|IST|BST|HEC|HAEC|JST|PST|PDT|CST|CDT|BRT|WIB"


class FigurePatterns:
    """The compiled patterns around figures, for one language."""

    def __init__(self, vocab: Vocab) -> None:
        data = vocab["numbers"]
        cs = lambda forms: [f for f in forms if len(f) <= 2 or f != f.lower()]  # noqa: E731
        ci = lambda forms: [f for f in forms if not (len(f) <= 2 or f != f.lower())]  # noqa: E731

        def alt(forms: Any) -> str:
            """Longest first across both cases: "km orari" before the case-sensitive "km"."""
            forms = sorted(set(forms), key=lambda f: (-len(f), f))
            exact = set(cs(forms))
            parts = [rf"(?-i:{phrase_pattern([f], lead=False)})" if f in exact else phrase_pattern([f], accents=True, lead=False) for f in forms]
            # one lookahead for all forms (case-blind: a superset of what the exact ones start with)
            return lead_lookahead(forms, accents=True) + "(?:" + "|".join(parts) + ")" if parts else "(?!)"

        def words(forms: Any) -> str:
            return rf"{alt(forms)}(?!\w|['’]|\.\w|-\d|/\w)"  # "km" is no unit of "120 km/h"

        pct = data.get("percent", {})
        link = phrase_pattern(data.get("counting", {}).get("link", []))
        self.currencies = {fold(k): v or None for t in ("currency_names", "currency_symbols") for k, v in data.get(t, {}).items()}
        self.minor = {fold(k): v or None for k, v in data.get("currency_minor", {}).items()}
        self.ambiguous = {fold(k): v or None for k, v in data.get("currency_ambiguous", {}).items()}
        durations = {k: v for k, v in data.get("durations", {}).items() if isinstance(v, list) and not k.startswith(("duration_", "age_"))}
        units = dict(data.get("units", {}))
        self.unit_ids = {fold(f): uid for uid, forms in units.items() for f in forms}
        self.symbol_scales = {k: Decimal(v) for k, v in data.get("scale_after_symbol", {}).items()}
        self.duration_ids = {fold(f): uid for uid, forms in durations.items() for f in forms}
        symbols = list(data.get("currency_symbols", {}))
        sym_alt = rf"(?-i:{phrase_pattern(symbols)})"
        adj = phrase_pattern(data.get("durations", {}).get("duration_adjectives", []), accents=True)
        # "1,4 point": a bare point word, not "12 points de vente" (a percentage point only in a sentence on a rate)
        bare = rf"(?P<pts>{words(pct.get('bare_points', []))})(?!\s+{link}(?:(?<=['’])|\s+\w))" if pct.get("bare_points") else "(?!)"
        self.suffix_re = _regex.compile(
            rf"[ \u00a0\u202f]*(?:(?P<bp>{words(pct.get('basis_points', []))})"
            rf"|(?P<pp>{words(pct.get('points', []))})"
            rf"|-?(?P<pct>%|{words([p for p in pct.get('suffixes', []) if p != '%'])})"
            rf"|{bare}"
            rf"|(?:{link}\s*|-\s*)?(?P<cur>{sym_alt}(?!\w)|{phrase_pattern(data.get('currency_names', {}), accents=True)}(?!\w))"
            rf"|(?:{link}\s*|-\s*)?(?P<minor>{words(data.get('currency_minor', {}))})"
            rf"|(?:{link}\s*)?(?P<amb>{words(data.get('currency_ambiguous', {}))})"
            rf"|-?\s*(?:(?P<adj>{adj})\s+)?(?P<dur>{words(f for fs in durations.values() for f in fs)})"
            rf"|(?:-\s*|(?:{link})(?:\s+|(?<=['’])))?(?P<unit>{words(f for fs in units.values() for f in fs)}))",  # "6 del" is no "de l"
            regex.IGNORECASE,
        )
        #: After a fraction, what makes it a share of a whole ("three-quarters of the dead"): a percent.
        self.share_re = _regex.compile(pct["share_of"], regex.IGNORECASE) if pct.get("share_of") else None
        #: Between the two figures of a share "one in three" ("un Français sur trois", "sete em cada dez"): up to two
        #: words (the noun), then a ``share_in`` word, or a ``one_in`` word when the first figure is one ("one in five").
        share_in, one_in = pct.get("share_in", []), pct.get("one_in", [])
        self.share_in_re = _regex.compile(
            rf"\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:(?P<any>{phrase_pattern(share_in, accents=True)})|(?P<one>{phrase_pattern(one_in, accents=True)}))\s+",
            regex.IGNORECASE) if share_in or one_in else None
        #: "jeder Dritte", "jede vierte Firma": one of every N, N an ordinal word of the dates data (``[percent] each_nth``)
        ordinals = {fold(k): int(v) for k, v in vocab["dates"].get("ordinals", {}).items() if not k.endswith(".")}
        self.ordinals = ordinals
        self.each_nth_re = _regex.compile(
            rf"(?<!\w)(?:{phrase_pattern(pct['each_nth'], accents=True)})\s+(?P<ord>{phrase_pattern(list(ordinals), accents=True)})(?!\w)",
            regex.IGNORECASE) if pct.get("each_nth") and ordinals else None
        rate_words = list(pct.get("rate_cues", [])) + [p for p in pct.get("suffixes", []) if p != "%"]
        self.rate_re = _regex.compile(rf"%|(?<!\w){alt(rate_words)}(?!\w)", regex.IGNORECASE)
        self.prefix_re = _regex.compile(
            rf"(?:(?<![\w$])(?P<sym>{sym_alt})|(?<!\w)(?P<pctp>{phrase_pattern(pct.get('prefixes', []))}))[ \u00a0\u202f]*\Z",
            regex.IGNORECASE,
        )
        # the link ends at an apostrophe or a space: "128 desaparecidos" is no "de" + "saparecidos"
        # "30 weitere Tote": adjectives that may stand between a figure and its noun (matched as written).
        adjs = data.get("counting", {}).get("adjectives", [])
        adj = rf"(?:(?-i:{phrase_pattern(adjs)})\s+)?" if adjs else ""
        # the link ends at an apostrophe or a space: "128 desaparecidos" is no "de" + "saparecidos"
        self.noun_re = _regex.compile(rf"[ \u00a0\u202f]+(?:(?P<link>{link})\s*(?<=['’\s]))?{adj}(?P<noun>[^\W\d_][\w\-]*+(?:['’][^\W\d_]\w*+)?+)(?!['’]\d)", regex.IGNORECASE)
        # "12 membres d'équipage": a head that counts the group named after its link (see :meth:`partitive`)
        counting = data.get("counting", {})
        self.partitive_heads = {fold(w) for w in counting.get("partitive_heads", [])}
        links = phrase_pattern(counting.get("partitive_links", []))
        self.partitive_re = _regex.compile(rf"[ \u00a0\u202f]+{links}\s*(?<=['’\s])(?P<noun>[^\W\d_][\w\-]*)", regex.IGNORECASE)
        joins = list(data.get("separators", {}).get("connectors", [])) + list(data.get("separators", {}).get("decimal_words", []))
        self.minor_re = _regex.compile(
            rf"\s*(?:{phrase_pattern(joins)}\s+)?\Z", regex.IGNORECASE
        )
        self.minor_word_re = _regex.compile(rf"\s*{words(data.get('currency_minor', {}))}", regex.IGNORECASE)
        durs = data.get("durations", {})
        minute_words = words(durations.get("minute", []))
        self.clock_re = _regex.compile(
            r"(?<![\w:.,'′])(?P<sign>\+\s?)?"
            r"(?:(?P<h>\d{1,2}):(?P<m2>[0-5]\d):(?P<s2>[0-5]\d)"
            r"|(?P<m>\d{1,3})(?::|\s?['′’]\s?)(?P<s>[0-5]\d)(?P<close>\s?(?:″|\"|''|”))?)(?![\d'′])"
            rf"(?:\s*(?P<unit>{minute_words}))?",
            regex.IGNORECASE,
        )
        # "à 6:17 derrière Pogacar", "a 6:17 de Vingegaard": a gap in a race, not a time of day
        gap_after, gap_from = durs.get("duration_gap_after", []), durs.get("duration_gap_from", [])
        self.clock_gap_re = _regex.compile(
            rf"\s*(?:{phrase_pattern(gap_after, accents=True)}(?!\w)" + (rf"|{phrase_pattern(gap_from)}(?:\s+|(?<=['’]))(?-i:\p{{Lu}})" if gap_from else "") + ")",
            regex.IGNORECASE,
        ) if gap_after or gap_from else None
        # "a duré 3h", "pendant 2h30", "3h de négociations": hours written with "h" are a length after one of
        # `duration_hour_letter_leads`, or before one of `duration_hour_letter_of` and a lower-case word ("5h09 de Brasília"
        # is that city's time); elsewhere they are a time of day ("à 21h")
        letter_leads, letter_of = durs.get("duration_hour_letter_leads", []), durs.get("duration_hour_letter_of", [])
        self.hour_letter_re = _regex.compile(
            r"(?<![\w:.,'′])(?P<h>\d{1,3})\s?h(?:\s?(?P<m>[0-5]\d)(?:\s?min)?)?(?![\w'’])", regex.IGNORECASE,
        ) if letter_leads or letter_of else None
        self.hour_letter_lead_re = _regex.compile(rf"(?<!\w)(?:{phrase_pattern(letter_leads, accents=True)})\s+\Z", regex.IGNORECASE) if letter_leads else None
        self.hour_letter_of_re = _regex.compile(rf"\s+(?:{phrase_pattern(letter_of)})(?:\s+|(?<=['’]))(?-i:\p{{Ll}})", regex.IGNORECASE) if letter_of else None
        # "2-1", "2 à 1", "2:1": a match result, where the sentence says a match was played (``[scores] cues``)
        scores = data.get("scores", {})
        joins_re = rf"|\s+(?:{phrase_pattern(scores.get('joins', []))})\s+" if scores.get("joins") else ""
        self.score_re = _regex.compile(
            rf"(?<![\w.,:/+\-–])(?P<a>\d{{1,2}})(?:\s?[-–:]\s?{joins_re})(?P<b>\d{{1,2}})(?![\w:/%\-–]|[.,]\d|\s?[-–:]\s?\d)", regex.IGNORECASE,
        ) if scores.get("cues") else None
        self.score_cue_re = _regex.compile(rf"(?<!\w){phrase_pattern(scores.get('cues', []), accents=True)}(?!\w)", regex.IGNORECASE) if scores.get("cues") else None
        # "86'", "(87′)": a minute of play in any language; a language's own forms ("86e minute") come from its data
        self.minute_res = [_regex.compile(r"(?<![\w'’′.,+:-])(?P<m>\d{1,3})\s?['’′](?![\w'’′\"″])")] + [
            _regex.compile(form, regex.IGNORECASE) for form in data.get("match_minutes", {}).get("forms", [])
        ]
        times = data.get("times", {})
        #: "18 après-midi", "3 matin": a day part after a number is the hour's, never what it counts
        self.day_part_nouns = {fold(n) for forms in times.get("day_parts", {}).values() for n in forms}

        def phrases(key: str) -> str:
            """The phrases of ``[times] key`` (also without accents: "de l'apres-midi"), or a pattern that matches nothing
            when there are none."""
            return phrase_pattern(times[key], accents=True) if times.get(key) else "(?!)"

        before = phrase_pattern(list(times.get("before", [])) + list(times.get("now_leads", []))) if times.get("before") or times.get("now_leads") else "(?!)"
        self.time_re = _regex.compile(
            # after a date, ISO: 2016-12-16T12:23:59; after a dash that ends a time or an hour: "9am-5pm", "19:00-21:00", "1-3 pm"
            r"(?:(?<![\w:.,'′+-])|(?<=\d-[01]\d-[0-3]\dT)|(?<=(?:\d[ap]\.?m\.?|\d[:h][0-5]\d)[-–])|(?<=(?<![\w.,:/-])\d{1,2}[-–]))(?:"
            # 7:58 a.m., 8am, 1.30am, 8:00:13am, 340pm, 1140 a.m., seven p . m .
            r"(?P<h1>[01]?\d|2[0-3])(?:[:.]?(?P<m1>[0-5]\d)(?::[0-5]\d)?)?\s?(?P<ap>[ap])(?:\s?\.\s?m\b(?:\s?\.)?|\s?m\b)"
            r"|(?P<h2>[01]?\d|2[0-3])\s?h\s?(?P<m2>[0-5]\d)(?:\s?min\b)?(?!\d)"  # 13h39, 7 h 58, 13h39min, 10h10 pm
            r"(?:\s?(?P<ap2>[ap])(?:\s?\.\s?m\b(?:\s?\.)?|\s?m\b))?"
            r"|(?P<h3>[01]?\d|2[0-3])[:.,](?P<m3>[0-5]\d)(?P<s3>:[0-5]\d)?(?![\d]|[:.,]\d)(?P<uhr>\s?(?:Uhr|horas|hrs|hs)\b)?"  # 13:39 (Uhr), 12:34:25
            # 0300 GMT, 1430 UTC, "0900 to 1100 GMT": wire copy
            rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=(?:\s*(?:{phrases('to')}|{phrases('and')}|[-–])\s*(?:[01]\d|2[0-3])[0-5]\d)?\s?(?-i:{ZONE_CODES})(?!\w))"
            r")",
            regex.IGNORECASE,
        )
        #: "um 7 am Bahnhof": where "am" is a word, a spaced bare "am" after an hour is none of a.m. (``[times] am_is_a_word``)
        self.am_is_a_word = bool(times.get("am_is_a_word", False))
        #: "0.25" is a decimal where "." is one: such a "7.30" is a time only with "Uhr", a zone or a day part after it.
        self.dot_is_decimal = "." in data.get("separators", {}).get("decimal", [])
        #: "alle 18,30", "às 18,30": where "," is the decimal mark, such a clock is a time only after a lead of an hour
        #: (``hour_leads``), with no unit after it ("alle 18,30 euro") and no figure before the lead ("da 17,5 a 18,30").
        self.comma_is_decimal = "," in data.get("separators", {}).get("decimal", [])
        self.time_hour_lead_re = _regex.compile(rf"(?<!\w)(?:{phrases('hour_leads')})\s*\Z", regex.IGNORECASE)
        self.figure_end_re = _regex.compile(r"\d\s*(?:%|[^\W\d_]{1,4}\.?)?\s*\Z")
        weekdays = phrase_pattern(vocab["calendar"].get("weekdays", {}), accents=True)  # "Thursday 19:00"
        self.time_before_re = _regex.compile(rf"(?<!\w)(?:{before}|{weekdays}),?\s*\Z", regex.IGNORECASE)
        #: A clock right after a range word: "3:00 à 4:00", "19:00 - 21:00" (the first clock opens a range).
        self.clock_next_re = _regex.compile(r"\d{1,2}[:.h]\d{2}(?!\d)")
        # a hedge ends right before the time, maybe with an article or two ("alrededor de la")
        self.time_approx_re = _regex.compile(rf"(?<!\w)(?:{phrases('approx')})(?:\s+[^\s\d]{{1,3}}){{0,2}}\s*\Z", regex.IGNORECASE)
        self.time_after_re = _regex.compile(rf"(?<!\w)(?:{phrases('after')})(?:\s+[^\s\d]{{1,3}}){{0,2}}\s*\Z", regex.IGNORECASE)
        # what joins the two times of a range: "to", "à", "bis" … or a dash; a bare hour may open it ("5 to 6pm")
        joins = rf"(?:(?:{phrases('to')})(?!\w)|[-–])"
        self.time_to_re = _regex.compile(rf"\s*{joins}\s*", regex.IGNORECASE)
        hour = r"(?P<h>[01]?\d|2[0-3])(?:\s?h(?:\s?(?P<m>[0-5]\d))?|[:.](?P<m2>[0-5]\d))?"
        #: A bare hour glued by a dash to a time with its half of the day opens a range: "1-3 pm", "9-11am".
        self.time_dash_open_re = _regex.compile(r"(?<![\w.,:/-])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?P<m2>)[-–]\Z")
        self.ampm_re = _regex.compile(r"\d\s?[ap]\.?\s?m\b", regex.IGNORECASE)
        #: A bare hour and a range word before a time whose half of the day is said opens a range: "5 to 6pm", "4 til 5pm";
        #: not a range word that also leads a time ("il 5 alle 4 a.m." is a day and a time).
        leads = {fold(w) for w in times.get("before", [])}
        open_to = [w for w in times.get("to", []) if fold(w) not in leads]
        self.time_word_open_re = _regex.compile(
            rf"(?<![\w.,:/$€£-])(?P<h>[01]?\d|2[0-3])(?P<m>)(?P<m2>)\s*(?:{phrase_pattern(open_to, accents=True) if open_to else '(?!)'})\s*\Z",
            regex.IGNORECASE)
        #: A "from" word right before a time opens a range: a range word and a bare hour close it ("from 1:30am to 3",
        #: "de 9h à 17"); before a bare hour too ("de sete e meia a 4pm").
        self.time_from_re = _regex.compile(rf"(?<!\w)(?:{phrases('from')})\s*\Z", regex.IGNORECASE)
        self.time_bare_close_re = _regex.compile(rf"\s*(?:{phrases('to')})\s*(?P<h>[01]?\d|2[0-3])(?!\d|[:.,'’]\d|\s?[hH%]|\s?[ap]\.?\s?m\b)", regex.IGNORECASE)
        # "between 4:00 and 5:00 pm": a range word before the first time, a join word between them
        self.time_between_re = _regex.compile(rf"(?<!\w)(?:{phrases('between')})\s*\Z", regex.IGNORECASE)
        self.time_and_re = _regex.compile(rf"\s*(?:{phrases('and')})\s*", regex.IGNORECASE)
        self.time_open_re = _regex.compile(
            rf"(?:(?<=(?<!\w)(?:{phrases('from')})\s*){hour}\s*{joins}|(?<=(?<!\w)(?:{phrases('between')})\s*){hour}\s*(?:{phrases('and')}))\s*\Z",
            regex.IGNORECASE)
        self.time_half_re = _regex.compile(rf"\s*(?:(?P<am>{phrases('am')})|(?P<pm>{phrases('pm')}))(?!\w)", regex.IGNORECASE)
        self.time_local_re = _regex.compile(rf"[\s,(]*(?:{phrases('local')})(?!\w)", regex.IGNORECASE)
        self.time_elsewhere_re = _regex.compile(rf"[\s,(]*(?:{'|'.join(times.get('elsewhere', [])) or '(?!)'})")
        self.time_zone_re = _regex.compile(rf"[\s,(]*(?:Uhr\s+)?(?P<z>{ZONE_CODES})(?!\w)(?:\s*[+-]\s*\d{{1,2}})?")
        #: Any zone said right after a time: a code, the place's own time, another place's ("alle 20 ora italiana").
        self.time_said_re = _regex.compile(
            rf"[\s,(]*(?:(?-i:{ZONE_CODES})(?!\w)|(?:{phrases('local')})(?!\w)|{'|'.join(times.get('elsewhere', [])) or '(?!)'})", regex.IGNORECASE)
        #: Duration units an article counts as one of ("une heure", "an hour"; not "un jour", which is "some day").
        self.article_durations = frozenset(durs.get("duration_article_units", []))
        #: "deux heures et demie", "due ore e mezza": half a unit more.
        self.and_a_half_re = _regex.compile(rf"\s*{words(durs['duration_and_a_half'])}", regex.IGNORECASE) if durs.get("duration_and_a_half") else None
        #: "all day", "toute la journée", "giorno intero": one whole unit, no number written.
        unit_words = words(f for fs in durations.values() for f in fs)
        whole_before, whole_after = durs.get("duration_whole_before", []), durs.get("duration_whole_after", [])
        self.whole_re = _regex.compile(
            rf"(?<!\w)(?:(?:{phrase_pattern(whole_before, accents=True) if whole_before else '(?!)'})[\s-]*(?P<u1>{unit_words})"
            rf"|(?P<u2>{unit_words})\s+(?:{phrase_pattern(whole_after, accents=True) if whole_after else '(?!)'})(?!\w))",
            regex.IGNORECASE,
        ) if whole_before or whole_after else None
        few = durs.get("duration_few", [])
        #: "quelques jours", "a few minutes", "ein paar Stunden": a few units (about three).
        self.few_re = _regex.compile(rf"(?<!\w)(?:{phrase_pattern(few, accents=True)})\s+(?P<u>{unit_words})", regex.IGNORECASE) if few else None
        #: "einige Hundert", "several thousand": the same words before a scale word alone.
        self.few_before_re = _regex.compile(rf"(?<!\w)(?:{phrase_pattern(few, accents=True)})\s+\Z", regex.IGNORECASE) if few else None
        arts, halves = durs.get("duration_articles", []), durs.get("duration_and_a_half", [])
        #: "a year and a half", "an hour": where an article is no number word, it counts one unit before "and a
        #: half", and one of `duration_article_units` alone.
        self.article_unit_re = _regex.compile(
            rf"(?<!\w)(?:{phrase_pattern(arts, accents=True)})\s+(?P<u>{unit_words})(?!\w)", regex.IGNORECASE,
        ) if arts else None
        #: Before "an hour", what makes it a rate or a frequency ("60 miles an hour", "$15 an hour", "twice an hour").
        self.rate_before_re = _regex.compile(
            rf"(?:\d\S*(?:\s+[^\W\d_]+)?|(?<!\w)(?:{phrase_pattern(durs.get('duration_rate_before', []), accents=True) or '(?!)'}))\s+\Z", regex.IGNORECASE,
        )
        article_units = [f for unit in self.article_durations for f in durations.get(unit, [])] if arts else []
        from ._word_times import keys  # noqa: PLC0415 (the key helper lives with the spoken times)

        self.whole_keys = keys(list(whole_before) + list(whole_after) + list(few) + (list(halves) if arts else []) + article_units)
        self.age_before_re = _regex.compile(rf"(?<!\w){phrase_pattern(durs.get('age_before', []))}\s*\Z", regex.IGNORECASE)
        self.age_after_re = _regex.compile(rf"\s*{words(durs.get('age_after', []))}", regex.IGNORECASE)
        months = phrase_pattern(vocab["calendar"].get("months", {}))
        #: After a whole unit, the month or year it is ("todo o mês de março", "tout le mois de mars", "l'anno 2023"):
        #: a period, no length.
        self.named_period_re = _regex.compile(rf"\s+(?:[^\W\d_]{{1,3}}['’]?\s*)?(?:{months}(?!\w)|(?:19|20)\d\d(?!\d))", regex.IGNORECASE)
        words_of = vocab["dates"].get("words", {})
        letters = f"(?-i:{phrase_pattern([*words_of.get('quarter_letters', []), *words_of.get('half_letters', [])])})"
        #: What no figure is read in: a URL, a quarter or half of a year, a numeric date, an ISO month, a clock time,
        #: a day and month name (the alternatives are scanned one by one: see ``_regex.Alternatives``).
        self.mask_re = _regex.Alternatives([
            ("url", r"(?:https?://|www\.)\S+"),
            # "Q3 2016", "H1 2024", "2016H2": a quarter or a half of a year, no figure 2024 (see the dates' "quarter" form)
            ("period", rf"(?<!\w){letters}[1-4]\s*[-/]?\s*\d{{4}}(?!\d)|(?<![\d.,])\d{{4}}\s*[-/]?\s*{letters}[1-4](?!\w)"),
            ("numeric_date", r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}(?!\d)"),
            ("iso_month", r"(?<![\d.,])\d{4}-(?:0[1-9]|1[0-2])(?![\d\-/.]\d)"),  # "2024-05": no figure 5
            ("clock", r"\d{1,2}\s*[:h]\s*\d{2}(?!\d)"),
            ("am_pm", r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?!\w)"),
            ("day_month", rf"\d{{1,2}}(?:er|º|°|st|nd|rd|th)?\s+(?:de\s+)?{months}(?!\w)(?:\s+(?:de\s+)?\d{{4}})?"),
            ("month_day", rf"(?<!\w){months}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*,\s*\d{{4}})?|(?:de\s+)?\d{{4}})"),
        ], regex.IGNORECASE)
        cues = vocab["dates"].get("words", {}).get("year_cues", [])
        self.year_cue_end = _regex.compile(rf"(?<!\w){phrase_pattern(cues, accents=True)}\s*\Z", regex.IGNORECASE) if cues else None
        self.hedged_year_cue_end = hedged_year_cues(vocab)  # "hasta 2000 personas": a hedged count, not a year
        running = data.get("running", {})
        self.running_nouns = {fold(w) for w in running.get("nouns", [])}
        self.as_of_re = [_regex.compile(p, regex.IGNORECASE) for p in running.get("as_of", [])]
        self.running_cue_re = _regex.compile(rf"(?<!\w){phrase_pattern(running.get('cues', []), accents=True)}(?!\w)", regex.IGNORECASE) if running.get("cues") else None
        #: Phrases around a figure with no noun right after it that name what it counts (``[[counting.nouns_around]]``:
        #: a ``before`` regex ending at the figure and/or an ``after`` one starting at its end, group ``noun``):
        #: "sale a 161 il bilancio delle vittime", "i feriti sono più di 370", "sono 103 i dispersi"; with ``unit``,
        #: a unit id written before the figure ("magnitudo 7,5") or after it ("a 6.8-magnitude quake").
        self.nouns_around = [
            (_regex.compile(rf"(?:{e['before']})\Z", regex.IGNORECASE) if e.get("before") else None,
             _regex.compile(e["after"], regex.IGNORECASE) if e.get("after") else None, e.get("unit"))
            for e in data.get("counting", {}).get("nouns_around", [])
        ]
        self.units_around = any(unit for _, _, unit in self.nouns_around)
        #: "412 seats, the Conservatives 121 and the Lib Dems 72": the items of a list count the noun said once
        #: (``[counting] list_items_share_noun``; off where the language's words are unknown).
        self.list_items_share_noun = bool(data.get("counting", {}).get("list_items_share_noun", False))
        self.number_words = set(lexicon(vocab).entries)
        self.stop = {fold(w) for w in data.get("counting", {}).get("stopwords", [])}
        #: Nouns are capitalised (German): after a year-like figure a capital marks the counted noun.
        self.capitalized_nouns = bool(data.get("counting", {}).get("capitalized_nouns", False))
        #: After a number that could be a year, a noun that does not look plural makes it a year ("the 2023 public deficit").
        self.plurals = plurals(vocab)
        #: A figure with a dot and a word after it is an ordinal ("in der 2. Liga"), never a bare number.
        self.ordinal_dot = bool(data.get("counting", {}).get("ordinal_dot", False))
        self.stop |= {fold(w) for w in vocab["calendar"].get("months", {})}
        self.stop |= {fold(w) for w in vocab["calendar"].get("weekdays", {})}
        self.stop |= {fold(w) for w in vocab["dates"].get("relative_days", {}) if " " not in w}  # "vinte amanhã" counts nothing

    def partitive(self, text: str, head: str, end: int, hi: int) -> tuple[str, int] | None:
        """The group a partitive head after a figure counts, and where its name ends ("membres d'équipage",
        "members of the crew" count the crew, and so align with "12 crew"); None when ``head`` is no such
        noun or no noun follows it ("12 membres d'une famille")."""
        if head not in self.partitive_heads:
            return None
        m = self.partitive_re.match(text, end, hi)
        group = m.group("noun") if m else ""
        if not group or fold(group) in self.stop or (self.capitalized_nouns and not group[:1].isupper()):
            return None
        return group, m.end()

    def noun_around(self, text: str, start: int, end: int, lo: int, hi: int,
                    units: bool = False) -> tuple[str, int, str | None] | None:
        """The noun a phrase around the figure ``text[start:end]`` counts, where the claim ends and the unit id, if any;
        with ``units``, only the phrases that name a unit ("magnitude 6.8"), which outrank a noun after the figure."""
        for before, after, unit in self.nouns_around:
            if units and not unit:
                continue
            b = before.search(text, max(lo, start - 120), start) if before is not None else None
            a = after.match(text, end, hi) if after is not None and (before is None or b) else None
            if (before is None or b) and (after is None or a):
                m = a if a is not None and a.groupdict().get("noun") else b
                if unit or (m is not None and m.groupdict().get("noun")):
                    return (unit or m.group("noun")), a.end() if a is not None else end, unit
        return None

    def speaks_of_a_rate(self, text: str, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` (a sentence) give a percent or name a rate ("taux", "chômage", "polls")?"""
        return self.rate_re.search(text, lo, hi) is not None


@dataclass(frozen=True)
class Plurals:
    """What makes a noun look plural in a language (``[counting]``): the endings of plurals, and the words that
    are plurals without them ("people"; a toll's "dead", from ``[running] nouns``)."""

    endings: tuple[str, ...]
    words: frozenset[str]

    def __call__(self, noun: str) -> bool:
        return noun.lower().endswith(self.endings) or fold(noun) in self.words


def plurals(vocab: Vocab) -> Plurals:
    """The plurals of ``vocab``'s language (cached): the number and the date extractors read them alike."""
    def build(v: Vocab) -> Plurals:
        data = v["numbers"] if "numbers" in v.topics else {}
        counting, running = data.get("counting", {}), data.get("running", {})
        return Plurals(tuple(counting.get("plural_endings", [])),
                       frozenset(fold(w) for w in [*counting.get("irregular_plurals", []), *running.get("nouns", [])]))
    return cached(vocab, "plurals", build)


def figure_patterns(vocab: Vocab) -> FigurePatterns:
    """The compiled patterns around figures of ``vocab``'s language (cached)."""
    return cached(vocab, "number-patterns", FigurePatterns)
