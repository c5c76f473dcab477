"""Candidate figures from compiled patterns: the extractor's hot path.

Each recognizer is a pattern plus a small builder that turns a match into a Candidate (or declines it, or
shrinks it: "from 3% to 5%" is two figures, not a range). Recognizers do not know about each other;
`candidates.choose` settles overlaps. Non-figures (codes such as "F-16", times of day, phone numbers,
ordinals, references such as "Article 5") are candidates too, so that they block the numbers inside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from factcheck.extract import patterns as P
from factcheck.extract.candidates import Candidate
from factcheck.extract.dates import MONTHS, WEEKDAYS
from factcheck.extract.lexicon import table
from factcheck.extract.numbers import (
    CURRENCY_ONLY_SCALES,
    FRACTIONS,
    MULTIPLES,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
    VULGAR,
    format_value,
    parse_number,
    parse_phrase,
    significant,
    tokenize,
)
from factcheck.extract.qualifiers import BOUND_PHRASE, bound_side, qualifiers_around
from factcheck.extract.tokens import DIGITS, LETTERS_THEN_DIGITS, Tokens, TriggerIndex, trigger_keys
from factcheck.extract.tokens import tokenize as tokenize_text
from factcheck.extract.units import (
    _SYMBOLS,
    BARE_DEGREES,
    PERIOD_ADJECTIVES,
    TEMPERATURES,
    TIME_UNITS,
    WEIGHT_WORDS_BEFORE,
    amount_per,
    compound_after,
    rate_before,
    unit_after,
    unit_word_after,
    with_rate,
)
from factcheck.model import Kind
from factcheck.rounding import precision_unit

Builder = Callable[[re.Match[str], str], "Candidate | list[Candidate] | None"]
Pattern = re.Pattern[str] | P.LazyPattern

# ---------------------------------------------------------------- times of day
_TIME = re.compile(
    r"(?i)(?<![\w.])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    # "10:30", and "at 10:30:15" (with seconds and no "at" it is a race time: "clocked 2:00:35")
    r"|(?<![\w.:])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])|(?<=\bat\s)(?P<h3>\d{1,2}):(?P<m3>\d{2}):(?P<s3>\d{2})(?!\d)"
    r"|(?<![\w.,])(?P<h4>[012]\d)(?P<m4>[0-5]\d)\s?"
    r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|(?i:hrs|hours\s+local|local))\b"
)


_RACE_LEAD = re.compile(
    r"(?i)\b(?:below|under|sub|inside|break|breaks|breaking|broke|broken|beat|beats|clocked|clocking|"
    r"finished\s+in|won\s+in|ran|run|runs|in\s+a\s+time\s+of|record\s+of|best\s+of)[\s-]+$"
)


# the words a bare "10:30" is a clock time after ("the final starts at 10:30", "from 09:00 until 17:30")
_CLOCK_LEAD = re.compile(
    r"(?i)\b(?:at|by|from|until|till|to|before|after|around|about|since|between|and|or|starts?|started|"
    r"starting|opens?|opened|closes?|closed|kick-?off|due|scheduled|time|times)\s+$"
    r"|\d:\d\d\s?[-–]\s?$"  # the end of "09:00-17:30", a span of clock times
)


_DEPARTURE_AFTER = re.compile(r"\s+(?i:train|service|flight|departure|bus|ferry|sailing|from)\b")
# a zone after "10:30" makes it a clock time, as a span of clock times after it does ("17:30-19:30")
_ZONE_AFTER = re.compile(
    r"\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|(?i:hrs|local))\b|\s?[-–]\s?\d{1,2}:\d\d(?![\d:])"
)


# "9:18 behind Pogacar", "1:42 down on the leader": a gap in minutes and seconds, no time of day
GAP_AFTER = re.compile(
    r"\s+(?i:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in table("text")["gap_words"]) + r")\b"
)


_AT_A_TIME = re.compile(r"(?i)\b(?:at|by|from|until|till|before|after|since)\s+\Z")


def _time_of_day(m: re.Match[str], text: str) -> Candidate | None:
    """ "6.15am", "14:30", "1430 GMT": a clock time, its value "HH:MM" on a 24-hour clock (a zone said with
    it stays in the words: "10am ET (1500 GMT)" gives two times, as the story does)."""
    hour = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4"))
    minute = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or 0)
    if m.group("h2") and _RACE_LEAD.search(text, max(0, m.start() - 24), m.start()):
        # "the first woman to go below 2:10", "a sub-2:05 marathon": hours and minutes of a race
        return Candidate(m.start(), m.end(), Kind.QUANTITY, float(3600 * hour + 60 * minute), "second")
    gap = (
        m.group("h2")
        and GAP_AFTER.match(text, m.end())
        and not _AT_A_TIME.search(text, max(0, m.start() - 8), m.start())
    )
    if gap or (
        m.group("h2")
        and not _CLOCK_LEAD.search(text, max(0, m.start() - 16), m.start())
        and not _ZONE_AFTER.match(text, m.end())
        # "the 07:15 service", "LNER's 07:15 from Leeds": an hour written with its leading zero, or a
        # departure named by its time, is a clock time
        and not (m.group("h2").startswith("0") and len(m.group("h2")) == 2)
        and not _DEPARTURE_AFTER.match(text, m.end())
    ):
        if _race_time_near(m, text) or GAP_AFTER.match(text, m.end()):
            return None  # "ahead of Wang in 1:56" beside "1:55.31", "9:18 behind": the race-time recognizer's
        return Candidate(m.start(), m.end(), None)  # "odds of 11:10", "John 3:16": digits of no clock
    if m.group("ampm"):
        if not 1 <= hour <= 12:
            return Candidate(m.start(), m.end(), None)  # "13pm" names no time
        hour = hour % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    if hour > 24 or minute > 59:
        return Candidate(m.start(), m.end(), None)
    value = f"{hour % 24:02d}:{minute:02d}" + (f":{m.group('s3')}" if m.group("s3") else "")
    return Candidate(m.start(), m.end(), Kind.TIME, value, qualifiers=_side_near(text, m.start()))


_NEAR_A_TIME = re.compile(r"(?i)\b(?:just|shortly|soon|right|moments)\s+(before|after)\s+$")


def _side_near(text: str, start: int) -> tuple[str, ...]:
    """ "just before 8am", "shortly after 2pm": a time said as the hour it falls next to, a bound on it."""
    near = _NEAR_A_TIME.search(text, max(0, start - 16), start)
    if near is None:
        return ()
    return ("below", "bound") if near.group(1).lower() == "before" else ("above", "bound")


# "at midnight on Friday", "by noon": the hours news names in words, where a word of time leads to them
_NAMED_HOUR = re.compile(r"\b(?i:noon|midday|midnight)\b")
_NAMED_HOUR_LEAD = re.compile(r"(?i)\b(?:at|by|until|till|before|after|from|around|about|since|to)\s+$")


def _named_hour(m: re.Match[str], text: str) -> Candidate | None:
    if not _NAMED_HOUR_LEAD.search(text, max(0, m.start() - 8), m.start()):
        return None  # "the midnight deadline", "a noon rally": a name of the moment, not a time stated
    value = "00:00" if m.group().lower() == "midnight" else "12:00"
    return Candidate(m.start(), m.end(), Kind.TIME, value, qualifiers=_side_near(text, m.start()))


_HOUR_WORDS = {w: int(v) for w, v in UNITS.items() if 1 <= v <= 12 and v == int(v)}
_HOUR = r"(?:1[0-2]|[1-9]|" + "|".join(_HOUR_WORDS) + r")"
# "at 10 o'clock", "at half past nine", "a quarter to ten": a clock time said in words (each pattern is
# tried only where its own words stand)
_OCLOCK = re.compile(rf"(?i)\b(?P<h>{_HOUR})\s+o['’]\s?clock\b")
# (not a share then a level: "cut rates by a quarter to 4.25%", "up a half to 5.5 million")
_PAST_OR_TO = re.compile(
    rf"(?i)\b(?P<part>half|quarter)\s+(?P<side>past|to)\s+(?P<h>{_HOUR})\b(?![.,]\d|\s?%|\s+(?:per|million|billion|percent))"
)


def _clock_words(m: re.Match[str], text: str) -> Candidate | None:
    said = m.group("h").lower()
    hour = int(said) if said.isdigit() else _HOUR_WORDS[said]
    minutes = 0
    if m.re is _PAST_OR_TO:
        minutes = 30 if m.group("part").lower() == "half" else 15
        if m.group("side").lower() == "to":
            if minutes == 30:
                return None  # "half to nine" is no English clock time
            hour, minutes = (hour - 1) or 12, 45
    return Candidate(
        m.start(), m.end(), Kind.TIME, f"{hour:02d}:{minutes:02d}", qualifiers=_side_near(text, m.start())
    )


# ---------------------------------------------------------------- non-figures
# "3:51.26", "1:02:45.3", "2:13:44": a time in a race (hours, minutes and seconds are a length of time, not
# a clock)
_RACE_TIME = re.compile(
    r"(?<![\w.:])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2}(?:\.\d{1,3})?)(?![\d:]|\.\d)"
)


_RACE_TIME_NEAR = re.compile(r"(?<![\w.:])\d{1,2}:\d{2}\.\d{1,3}(?![\d:])")


def _race_time_near(m: re.Match[str], text: str) -> bool:
    """Whether a race time with hundredths stands within a few words of `m`, in its paragraph."""
    before = text[max(0, m.start() - 80) : m.start()].rsplit("\n\n", 1)[-1]
    after = text[m.end() : m.end() + 80].split("\n\n", 1)[0]
    return bool(_RACE_TIME_NEAR.search(before) or _RACE_TIME_NEAR.search(after))


def _race_time(m: re.Match[str], text: str) -> Candidate | None:
    minutes = int(m.group("m")) + 60 * int(m.group("h") or 0)
    if (
        m.group("h") is None
        and "." not in m.group("s")
        # "Scott was second in 1:55.31, ahead of Wang in 1:56": beside a race time, a race time
        and not _race_time_near(m, text)
        and not GAP_AFTER.match(text, m.end())
    ):
        return None  # "10:30" is a time of day
    if (m.group("h") is not None and int(m.group("m")) >= 60) or float(m.group("s")) >= 60:
        return None
    return Candidate(
        m.start(), m.end(), Kind.QUANTITY, significant(60 * minutes + float(m.group("s"))), "second"
    )


_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"
    # (each group after the country code set off by a separator or a bracket: "+211)" is a change of 211)
    r"|(?<![\w+])\+\d{1,3}(?:(?:[\s.-]|(?<=\))|(?=\())\(?\d{1,4}\)?){2,5}(?!\d)"
)
_CODE = re.compile(r"\b[A-Za-z]+[-‐]?\d+(?:[-.]\d+)*[A-Za-z]*(?:[+−]\d+)?\b(?!:\d)|\b24/7\b")
# Web and mail addresses: their digits are parts of a name ("bbc.co.uk/news/12345", "jo23@example.com").
_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUARTER_CODE = re.compile(r"Q[1-4]|H[12]")
_AGE_GROUP = re.compile(r"(?i)(over|under)[-‐](\d{1,3})s")
_AGE_GROUP_BEFORE_NOUN = re.compile(r"(?i)(over|under)[-‐](\d{1,3})")
_AGE_GROUP_NOUN_AFTER = re.compile(r"\s+(?i:" + P.alternation(table("text")["age_group_nouns"]) + r")\b")
_PREFIXED_YEAR = re.compile(r"(?i:" + P.alternation(table("dates")["year_prefixes"]) + r")[-‐]\d{4}s?")
_DIGIT_CODE = re.compile(r"\b\d+[A-Z]+[a-z]?(?:\d+[A-Z]*)?\b")
# Three or more dot-joined numbers are a version or an address ("iOS 17.2.1", "192.168.1.2"), not a decimal;
# one shaped like a date ("12.03.2024") is left to the date recognizers.
_DOTTED = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?!\w|\.\d)")
# "401(k)", "403(b)", "501(c)(3)": the section of a statute that names a pension plan or a charity
_STATUTE_SECTION = re.compile(r"(?<![\w.])\d{2,4}\([a-z]\)(?:\(\d{1,2}\))?")
# The power of a unit ("km^3", "J/m^2", "fb−1") is part of the unit, not a figure.
_UNIT_POWER = re.compile(r"(?<=[A-Za-z])(?:\^[-−+]?|−)\d{1,2}(?!\d)")
_DATE_SHAPED = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}\.\d{1,2}\.\d{1,2}")
_ORDINAL = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b")
# Labels before a number that make it a reference, not a figure ("page 12", "No. 5", "Article 5").
_REFERENCE_BEFORE = re.compile(
    r"\b(?i:pages?|pp?\.|sections?|chapter|articles?|paragraph|clause|room|route|highway|flight|no\.|nos\.|"
    r"item|rule|table|figure|fig\.|exhibit|amendment|resolution|platform|gate|bus|line|channel|episode|season|"
    r"level|stage|phase|category|grade|week|formula|number)\s+$|\bNo\s+$"
)
# ... unless what follows counts: "ending the season 12 points clear" is no "season 12"
_COUNT_NOT_LABEL_AFTER = re.compile(
    r"\s+(?:points|goals|games|matches|wins|seats|votes|people|runs|wickets|shots|strokes|places|laps|minutes"
    r"|seconds|hours|days|weeks|months|years)\b"
)
# A place named by its number in words, as rankings and shirts are: "world number five", "No. one seed".
_NUMBER_WORDS_1_20 = {w: v for w, v in table("numbers")["units"].items() if 1 <= v <= 20}
_NUMBERED = re.compile(
    r"\b(?:[Nn]umber|No\.)\s+(?P<n>(?i:" + P.alternation(list(_NUMBER_WORDS_1_20)) + r"))\b(?![\s-]+of\b)"
)


# "on day two", "by day 5 of the strike": a day of an event named by its number, which is the rank "the
# second day" says, so that either wording may stand for the other
_DAY_NUMBER = re.compile(
    r"\b(?i:day)\s+(?P<n>\d{1,3}\b|(?i:" + P.alternation(list(_NUMBER_WORDS_1_20)) + r")\b)"
)
_DAY_LEAD = re.compile(
    r"(?i)\b(?:on|by|of|from|until|till|since|after|before|to|through"
    # "India closed day two on 112-2", "ended day three": the day an event's side finished or began
    r"|closed|closing|ended|ending|finished|began|begun|started|starting|opened|resumed|resuming)\s+$"
)


def _day_number(m: re.Match[str], text: str) -> Candidate | None:
    if not _DAY_LEAD.search(text, max(0, m.start() - 8), m.start()):
        return None  # "each day 500 migrants cross": a count
    n = m.group("n")
    number = int(n) if n.isdigit() else _NUMBER_WORDS_1_20[n.lower()]
    if number == 1 and _FROM_THE_START.search(text, max(0, m.start() - 8), m.start()):
        return None  # "benefits from day one", "since day one": from the start, no day of an event counted
    return Candidate(m.start(), m.end(), Kind.ORDINAL, float(number))


_FROM_THE_START = re.compile(r"(?i)\b(?:from|since)\s+$")


# ... and in words: "the under-fives", "over-sixties"
_AGE_WORDS = {f"{w}s" if not w.endswith("x") else f"{w}es": v for w, v in _NUMBER_WORDS_1_20.items()}
_AGE_WORDS |= {f"{w[:-1]}ies": v for w, v in table("numbers")["tens"].items() if w.endswith("y") and v >= 20}
_AGE_GROUP_WORDS = re.compile(r"\b(?i:over|under)[-‐](?i:" + P.alternation(list(_AGE_WORDS)) + r")\b")


def _age_group_words(m: re.Match[str], text: str) -> Candidate | None:
    side, word = re.split(r"[-‐]", m.group().lower(), maxsplit=1)
    qualifiers = ("bound", "above" if side == "over" else "below")
    return Candidate(m.start(), m.end(), Kind.NUMBER, float(_AGE_WORDS[word]), qualifiers=qualifiers)


def _numbered(m: re.Match[str], text: str) -> Candidate | None:
    """ "world number five" is the place "No. 5" names, so that either may be compared with the other."""
    return Candidate(m.start(), m.end(), Kind.CODE, f"no{_NUMBER_WORDS_1_20[m.group('n').lower()]}", "no")


# a capitalised word, or a brand in camel case ("iPhone 16", "macOS 15")
_INDEX_BEFORE = re.compile(
    r"(?<![\w&/])(?:Euro\s+)?(?:" + P.alternation(table("text")["index_names"].split()) + r")\s+$"
)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+|[a-z]{1,3}[A-Z][A-Za-z]*|[A-Z]{2,5})\s+$")
# (never before "times": "fly past Europa 49 times" counts flybys; nor a batter's "Williamson 50 not out")
_LABELLED = re.compile(r"\d+[A-Za-z]?\b(?![.,]\d|\s?%|\s?(?:million|billion)|\s+times\b|\s+not\s+out\b)")
_RANGE_NEXT = re.compile(r"\s?[-–]\s?\d")
_VARIANT = re.compile(r"[-–]\d+[A-Za-z]*\b")
_MAKERS = frozenset(table("text")["model_makers"].split())
_GIVEN_TO = re.compile(r"\b(?i:" + P.alternation(table("text")["giving_verbs"].split()) + r")\s+$")
_MODEL_AFTER = re.compile(
    r"\s+(?:" + P.alternation(table("text")["model_names_after"].split()) + r")\b(?:\s\d{1,2}\b(?![.,]\d|%))?"
)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d{2}")  # "ATR 72", but never "ATR 2024"
# "a magnitude 6.8 earthquake": the unit before its number, as seismology writes it ("6.8-magnitude" too).
_MAGNITUDE_FIRST = re.compile(r"\b(?i:magnitude)[\s-]+(?P<n>\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d)")


def _magnitude_first(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), Kind.QUANTITY, float(m.group("n")), "magnitude")


# "a 7.6 quake", "the 6.5 aftershock": a magnitude whose unit the noun after it gives
_QUAKE_AFTER = r"[\s-]+(?i:magnitude\s+)?(?i:quake|earthquake|tremor|temblor|aftershock)\b"
_MAGNITUDE_OF_QUAKE = re.compile(r"(?P<n>\d(?:\.\d{1,2})?)(?![\d.,]?\d)(?=" + _QUAKE_AFTER + ")")


def _magnitude_of_quake(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), Kind.QUANTITY, float(m.group("n")), "magnitude")


# "World War Two", "World War One": names of wars, whose numbers are no figures ("World War 2" is read as a
# labelled number)
_WORLD_WAR = re.compile(r"\b[Ww]orld\s+[Ww]ar\s+(?:[Oo]ne|[Tt]wo|I{1,2})\b")
_NAME_NUMBERS = P.alternation(table("numbers")["name_number_words"])
# "Saturday's Six Nations match", "the Three Lions", "the Big Ten", "the Final Four": a number in a name
_NUMBER_IN_NAME = re.compile(
    rf"\b(?:(?P<n>{_NAME_NUMBERS})(?=\s+(?P<next>[A-Z][a-z]{{2,}})\b)"
    rf"|(?:{P.alternation(table('numbers')['name_number_prefixes'])})\s+(?:{_NAME_NUMBERS})\b)"
)
# inside a sentence: after a word in lower case, a possessive or a closing quote, never at its start
_INSIDE_A_SENTENCE = re.compile(r"(?:\b[a-z]+|['’]s?|[a-z]['’]|”)\s+$")


def _number_in_name(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("n") is None:
        return Candidate(m.start(), m.end(), None)  # "the Big Ten"
    following = m.group("next").lower()
    if following in MONTHS or following in WEEKDAYS:
        return None
    if not _INSIDE_A_SENTENCE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "Six Labour MPs voted against": a count at the start of a sentence
    return Candidate(m.start(), m.end(), None)


# "the fourth one-day international", "England's one-day captain": a format of cricket, no length of time
_ONE_DAY_FORMAT = re.compile(
    r"\b(?i:one[-\s]day)\s+(?i:" + P.alternation(table("text")["one_day_formats"].split()) + r")\b"
)
# A round of a knockout competition: "the Champions League last eight", "the last 16 of the cup".
_KNOCKOUT_ROUND = re.compile(
    r"\b(?i:last)[\s-](?:eight|sixteen|16|four|32|thirty-two)\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?i:of|stage|stages|round|tie|ties|draw|clash|clashes|match|matches|fixture|spot"
    # ... or a word that no counted noun stands in for: "meet United in the last eight next month"
    r"|place|berth|showdown|opponents?|line-up|next|this|later|after|before|against|in|at|on|for|with|when"
    r"|where|and|or|but|since|again|tonight|today|tomorrow)\b)"
)
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:their|his|her|its|our|my|your)\s+$")
# "its biggest one-day drop", "the largest single-week gain": the window a record is counted in, no figure
_RECORD_WORDS: list[str] = table("text")["record_words"]
_RECORD_WINDOW = re.compile(
    r"\b(?i:"
    + P.alternation(_RECORD_WORDS)
    + r")\s+(?i:one|single)[-\s](?i:day|week|month|session|year|hour)\b"
)


def _knockout_round(m: re.Match[str], text: str) -> Candidate | None:
    """ "reached the last eight" names a round; "their last eight matches" counts games."""
    if _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return Candidate(m.start(), m.end(), None)


_STREET = re.compile(
    r"\b\d+\s+(?:[A-Z][\w'’]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|"
    r"Place|Square|Terrace|Court)"
)
_NOT_NAMES = frozenset(table("text")["not_names"].split())
_FORMULAS = frozenset(table("text")["formulas"].split())
_SCORE_CONTEXT = re.compile(
    r"(?i)\b(?:beat|beats|beating|won|win|wins|lost|lose|loses|defeat\w*|victory|draw|drew|score\w*|"
    r"trail\w*|match|game|final|goals?|innings)\b"
)


_SCORE = re.compile(r"(?<![\w.,-])(?P<a>\d{1,3})[^\S\n]?[-–]\s?(?P<b>\d{1,3})(?![\w%-]|[.,]\d|\s?[-–]\s?\d)")


def _score(m: re.Match[str], text: str) -> Candidate | None:
    """ "beat them 3-1", "a 43-16 victory": a result, one figure. A pair that falls ("3-2") cannot be a range;
    a rising one ("1-2") is a score only among sports words ("lost 1-2"), else a range ("1-2 days")."""
    if (
        int(m.group("a")) < int(m.group("b"))
        and not _SCORE_CONTEXT.search(_sentence_window(text, m.start()))
        and not _in_a_result_line(m, text)
    ):
        return None
    if unit_after(text, m.end()) is not None:
        return None  # "10-12 GW" is a range of a measure, whatever the sentence says about goals
    return Candidate(m.start(), m.end(), Kind.SCORE, f"{int(m.group('a'))}-{int(m.group('b'))}")


# "112 for two", "210/4": a cricket side's runs for the wickets it lost, the score "112-2" said another way;
# only among cricket's words, where "for two" and "/4" count wickets
_INNINGS = re.compile(
    r"(?<![\w.,/$€£¥-])(?P<a>\d{1,3})(?:\s+for\s+(?P<bw>(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d))|/(?P<b>\d{1,2}))(?![\w%/-]|[.,]\d)"
)
_CRICKET_CONTEXT = re.compile(
    r"(?i)\b(?:wickets?|overs|innings|stumps|declared|all\s+out|bowled|batting|run\s+chase|Test|ODI|T20)\b"
)

_NOUN_AFTER_THE_WICKETS = re.compile(
    r"\s+(?!(?:at|in|when|before|after|with|and|on|off|by|as|overnight|chasing|replying|following|from|until|"
    r"till|during|to|but|while|or)\b)[a-z]"
)


def _innings(m: re.Match[str], text: str) -> Candidate | None:
    wickets = int(_value(m.group("bw"))) if m.group("bw") else int(m.group("b"))
    if wickets > 10 or not _CRICKET_CONTEXT.search(_sentence_window(text, m.start())):
        return None
    if _NOUN_AFTER_THE_WICKETS.match(text, m.end()):
        return None  # "paid 112 for two tickets": a price
    return Candidate(m.start(), m.end(), Kind.SCORE, f"{int(m.group('a'))}-{wickets}")


# A line of a results list: "Arsenal 3 Nottingham Forest 0" is the result "3-0", as "Arsenal 3-0 Nottingham
# Forest" writes it: a name, its goals, the other name, its goals, and nothing else on the line
_TEAM = r"[A-Z][\w'’.&-]*(?:[^\S\n]+(?:[A-Z][\w'’.&-]*|de|la|del|of|and|&)){0,4}"
_RESULT_LINE = re.compile(rf"(?P<a>\d{{1,3}})[^\S\n]+{_TEAM}[^\S\n]+(?P<b>\d{{1,3}})(?=[^\S\n]*(?:\n|$))")
_TEAM_LINE_START = re.compile(rf"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]+)?{_TEAM}[^\S\n]+$")


_TEAM_LINE_END = re.compile(rf"[^\S\n]+{_TEAM}[^\S\n]*(?:\n|$)")


def _in_a_result_line(m: re.Match[str], text: str) -> bool:
    """ "Bournemouth 1-2 Brighton" alone on its line: a result, rising or falling."""
    return bool(
        _TEAM_LINE_START.search(text, max(0, m.start() - 60), m.start())
        and _TEAM_LINE_END.match(text, m.end())
    )


def _result_line(m: re.Match[str], text: str) -> Candidate | None:
    if not _TEAM_LINE_START.search(text, max(0, m.start() - 60), m.start()):
        return None
    return Candidate(m.start(), m.end(), Kind.SCORE, f"{int(m.group('a'))}-{int(m.group('b'))}")


# "passed by 320 votes to 290", "won by 52 to 48": a result said in words, the same figure as "320-290"
_SMALL_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty"
)
_VOTES = re.compile(
    r"(?P<a>\d{1,3}(?:,\d{3})*)(?:\s+(?:votes?\s+)?to\s+|(?P<hyphen>-to-))(?P<b>\d{1,3}(?:,\d{3})*)(?![\w%]|[.,]\d)"
    # "voted nine to three": a committee's vote in words
    r"|(?P<aw>\b(?i:" + _SMALL_WORDS + r"))\s+(?:votes?\s+)?to\s+(?P<bw>(?i:" + _SMALL_WORDS + r"))\b"
)
_BY_BEFORE = re.compile(
    r"(?i)\b(?:(?:passed|approved|rejected|won|carried|defeated|backed|adopted|voted|ruled|decided|elected|lost|"
    r"upheld|overturned|endorsed|confirmed)\s+(?:\w+\s+)?by|voted|(?:a\s+)?vote\s+of)\s+$"
)


def _votes(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("aw"):
        a, b = int(_value(m.group("aw"))), int(_value(m.group("bw")))
    else:
        a, b = int(m.group("a").replace(",", "")), int(m.group("b").replace(",", ""))
    said_votes = "vote" in m.group() and re.search(r"(?i)\bby\s+$", text[max(0, m.start() - 4) : m.start()])
    if m.group("hyphen"):
        # "a 3-to-1 vote", "ruled 6-to-3", "a 3-to-1 ratio": written with hyphens, one split or ratio
        return Candidate(m.start(), m.end(), Kind.SCORE, f"{a}-{b}")
    if a <= b or not (said_votes or _BY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return None
    if unit_after(text, m.end()) is not None:
        return None  # "cut by 50 to 25 basis points" measures
    return Candidate(m.start(), m.end(), Kind.SCORE, f"{a}-{b}")


def _ordinal(m: re.Match[str], text: str) -> Candidate | None:
    """ "70th anniversary", "3rd": a figure of its own kind, which only rules that ask for it report."""
    return _streak(Candidate(m.start(), m.end(), Kind.ORDINAL, float(_NOT_DIGITS.sub("", m.group()))), text)


# "the 19th straight day", "a fifth consecutive month", "the fifth night running", "a third day in a row"
# ... with what the run is of between: "the fifth quarter of growth in a row", "a third month of gains"
_IN_A_ROW = r"(?:\s+of\s+(?!the\b|a\b|an\b)[a-z]+(?:\s+[a-z]+)?)?\s+(?i:running|in\s+a\s+row)\b"
_STREAK_ADJECTIVE = r"(?i:straight|consecutive|successive)"
_FOR_THE = re.compile(r"(?i)\bfor\s+(?:a|the)\s+$")
_STREAK_AFTER = re.compile(
    rf"\s+{_STREAK_ADJECTIVE}\s+(?P<noun>[A-Za-z]+)|\s+(?P<counted>[A-Za-z]+){_IN_A_ROW}"
)


# "the third monthly rise in a row", "a fifth straight weekly gain": a run counted in periods
_PERIODIC = {k: v for k, v in PERIOD_ADJECTIVES.items() if not k.startswith("annuali")}  # a rate, no period
_PERIODIC_STREAK = re.compile(
    rf"\s+(?:(?P<adj>{_STREAK_ADJECTIVE})\s+)?(?P<period>(?i:{'|'.join(_PERIODIC)}))\s+[A-Za-z]+"
    r"(?P<row>\s+(?i:running|in\s+a\s+row)\b)?"
)


_TRADING_DAYS = frozenset({"session", "sessions"})
_SEASONS = frozenset({"season", "seasons"})


def _streak(ordinal: Candidate, text: str) -> Candidate:
    """An ordinal that counts a run is the length of the run: "the 19th straight day" is "19 consecutive
    days", "for a second year" two years of it, and a rewrite says it either way."""
    periodic = _PERIODIC_STREAK.match(text, ordinal.end)
    if periodic and (periodic.group("adj") or periodic.group("row")):
        return replace(ordinal, kind=Kind.QUANTITY, unit=_PERIODIC[periodic.group("period").lower()])
    m = _STREAK_AFTER.match(text, ordinal.end)
    if m is None:
        if _FOR_THE.search(text, max(0, ordinal.start - 10), ordinal.start):
            unit = unit_after(text, ordinal.end)
            if unit is not None and unit.name in TIME_UNITS and unit.name != "second":
                return replace(ordinal, kind=Kind.QUANTITY, unit=unit.name, end=unit.end)
        return ordinal
    noun = (m.group("noun") or m.group("counted")).lower()
    if noun == "quarter":  # "a second quarter in a row": a run of quarters (alone, "quarter" is a share)
        return replace(
            ordinal, kind=Kind.QUANTITY, unit="quarter", end=m.end("noun" if m.group("noun") else "counted")
        )
    if noun in _TRADING_DAYS:  # "a third straight session": markets count their days in sessions
        return replace(
            ordinal, kind=Kind.QUANTITY, unit="day", end=m.end("noun" if m.group("noun") else "counted")
        )
    if noun in _SEASONS:  # "a 12th straight season": sport counts its years in seasons
        return replace(
            ordinal, kind=Kind.QUANTITY, unit="year", end=m.end("noun" if m.group("noun") else "counted")
        )
    noun_start = m.start("noun") if m.group("noun") else m.start("counted")
    unit = unit_after(text, noun_start - 1)
    if unit is not None and unit.end == m.end("noun" if m.group("noun") else "counted"):
        return replace(ordinal, kind=Kind.QUANTITY, unit=unit.name, end=unit.end)
    return replace(ordinal, kind=Kind.NUMBER)


_RANK_WORDS = {
    **{w: v for w, v in table("numbers")["ordinals"].items() if v >= 2},
    **table("numbers")["rank_ordinals"],
}
_RANK_WORD = re.compile(r"\b(?i:" + P.alternation(list(_RANK_WORDS)).replace(r"\-", r"[\s-]") + r")\b")
# An ordinal word ranks when a determiner leads it ("the eighth storm", "its third-largest"), "a" only
# before a noun it ranks ("a third passenger"; "a third of" is a share)
_A_LEAD = re.compile(r"(?i)\ban?\s+$")
_RANK_LEAD = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our|this|that|a\s+record|[a-z]+['’]s|[a-z]+s['’])\s+$"
)
# A place in a table or a race: "sit fifth", "finished third", "climbed to second"; after "is" or "are" only
# where the standing goes on ("are sixth, 11 points off the top", "is second in the table")
_STANDING_LEAD = re.compile(
    r"(?i)\b(?:sit|sits|sat|sitting|lie|lies|lay|lying|finish|finished|finishes|finishing|came|come|comes|"
    r"placed|ranked|ranks|stand|stands|stood|manage|managed|managing|took|claimed|secured|clinched|"
    r"remain|remains|remained|stay|stays|stayed|"
    r"(?:settle|settled|settling)\s+for|(?:end|ended|ending)(?:\s+up)?|start|started|starting|qualified|"
    r"(?:rose|risen|fell|fallen|climbed|dropped|slipped|moved|"
    r"slumped|jumped|up|down)\s+to)\s+$"
)
# A goal's rank in a match report: "Rice added a third", "made it a fourth", "scored a late second"
_SCORED_LEAD = re.compile(
    r"(?i)\b(?:added|scored|netted|grabbed|headed|struck|fired|bagged|slotted|snatched|nodded|curled|tapped|"
    r"made\s+it)(?:\s+(?:in|home))?\s+an?\s+(?:(?:late|early|quick|fine|stunning|deserved|superb)\s+)?$"
)
_COPULA_LEAD = re.compile(r"(?i)\b(?:is|are|was|were)\s+$")
_STANDING_AFTER = re.compile(
    r"\s*,\s*\d|\s+(?i:in\s+the\s+(?:table|standings|league|championship|polls?|race|rankings)|place|overall)\b"
)
_PLACE_IN_AFTER = re.compile(
    r"\s+(?i:in\s+the)\s+(?:[A-Z][a-z]+|(?i:table|standings|league|conference|division|group|championship))\b"
)
_NAME_AND_COMMA = re.compile(r"\b([A-Z][\w'’.-]*),\s+$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?i:place|position|spot)\b")
_NAME_AFTER_RANK = re.compile(r"[\s-]+(?i:" + P.alternation(table("numbers")["ordinal_names"]) + r")\b")


# "for a second quarter in a row": a run of quarters, not the quarter the name "second quarter" says
_RUN_OF_QUARTERS = re.compile(r"\s+(?i:quarter)" + _IN_A_ROW)


def _rank_word(m: re.Match[str], text: str) -> Candidate | None:
    """ "the eighth storm" -> "the ninth storm" is a change like "8th" -> "9th"; "the Third World" is
    a name."""
    if _NAME_AFTER_RANK.match(text, m.end()) and not _RUN_OF_QUARTERS.match(text, m.end()):
        return None
    if _SCORED_LEAD.search(text, max(0, m.start() - 32), m.start()) and not _OF_AFTER.match(text, m.end()):
        # "Rice added a third", "made it a fourth": a goal's place in a match report tells the story of
        # the match, not a figure to check (nor is "a third" a share there)
        return Candidate(m.start(), m.end(), None)
    # "a third passenger", "a fourth straight month" rank; "a third of", "a third still do not" are shares
    ranks_after_a = _A_LEAD.search(text, max(0, m.start() - 4), m.start()) and ranks_a_noun_after(
        text, m.end()
    )
    if not (
        _RANK_LEAD.search(text, max(0, m.start() - 12), m.start())
        or ranks_after_a
        or _STANDING_LEAD.search(text, max(0, m.start() - 16), m.start())
        or (
            _COPULA_LEAD.search(text, max(0, m.start() - 6), m.start())
            and _STANDING_AFTER.match(text, m.end())
        )
        # "are 25-27, ninth in the West": a place in a table after a record, set off by a comma
        or (text[max(0, m.start() - 2) : m.start()] == ", " and _PLACE_IN_AFTER.match(text, m.end()))
        # "City, fifth, had 63% of the ball": a place set off by commas after a name
        or (
            (named := _NAME_AND_COMMA.search(text, max(0, m.start() - 40), m.start())) is not None
            and named.group(1).lower() not in MONTHS
            and named.group(1).lower() not in WEEKDAYS
            and text.startswith(",", m.end())
        )
        # "opened in second place", "finished in fifth position"
        or (
            text[max(0, m.start() - 3) : m.start()].lower() == "in "
            and _PLACE_NOUN_AFTER.match(text, m.end())
        )
    ):
        return None
    value = _RANK_WORDS["-".join(m.group().lower().split())]
    return _streak(Candidate(m.start(), m.end(), Kind.ORDINAL, float(value)), text)


# "the richest fifth", "the bottom half", "the top quarter of earners": a share of a group ranked by what it
# has, as "the richest 20%" says it
_GROUP_SHARES = {
    "half": 2,
    "quarter": 4,
    **{w: n for w, n in table("numbers")["ordinals"].items() if 3 <= n <= 10},
}
_GROUP_SHARE = re.compile(r"\b(?i:" + P.alternation(list(_GROUP_SHARES)) + r")\b")
# ... ranked by what it has or is, not by when ("the strongest quarter since 2020", "the latest quarter" are
# quarters of a year)
_RANKED_GROUP_BEFORE = re.compile(
    r"\b(?i:the)\s+(?i:top|bottom|richest|poorest|wealthiest|best-off|worst-off|most\s+deprived|least\s+deprived"
    r"|[a-z]+-paid|[a-z]+-income|youngest|oldest)\s+$"
)
_GROUP_SHARE_AFTER = re.compile(r"\s+of\b|\s*(?:[.,;:!?)]|$)")


def _group_share(m: re.Match[str], text: str) -> Candidate | None:
    """A share said as the part of a ranked group ("the poorest fifth"), where nothing after it is a noun it
    would rank ("the fastest fifth lap")."""
    if not _RANKED_GROUP_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    if not _GROUP_SHARE_AFTER.match(text, m.end()) and _NOUN_AFTER.match(text, m.end()):
        return None
    share = significant(1 / _GROUP_SHARES[m.group().lower()])
    return Candidate(m.start(), m.end(), Kind.FRACTION, share)


# "scored a hat-trick", "a hat-trick of titles": three, as "three goals" says it; "netted a brace" is two
_HAT_TRICK = re.compile(r"\b(?i:hat[-\s]?trick)\b(?!s)|(?<=\s)(?i:brace)\b(?!\s+(?:for|of)\s+(?:impact|a)\b)")
_BRACE_LEAD = re.compile(
    r"(?i)\b(?:scored|scores|scoring|netted|nets|grabbed|grabs|bagged|bags|struck|hit|hits|claimed|added)"
    r"\s+(?:a|his|her|their)\s+(?:[a-z-]+\s+)?$"
)


def _hat_trick(m: re.Match[str], text: str) -> Candidate | None:
    if m.group().lower() == "brace":
        if not _BRACE_LEAD.search(text, max(0, m.start() - 40), m.start()):
            return None  # "brace for impact", "a brace of pheasants" are no goals
        return Candidate(m.start(), m.end(), Kind.NUMBER, 2.0)
    return Candidate(m.start(), m.end(), Kind.NUMBER, 3.0)


def _nonfigure(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), None)


def code(start: int, end: int, text: str) -> Candidate:
    """A name with digits, as one figure of kind code: its value the name folded ("F-16" -> "f16", "Article
    50" -> "article50"), its unit the letters it starts with ("f", "article"), so that "F-16" -> "F-35" is a
    change and "F-16" -> "COVID-19" is not."""
    surface = text[start:end]
    value = re.sub(r"[\W_]+", "", surface).lower()
    value = re.sub(r"^number(?=\d)", "no", value)  # "number 5" is "No. 5"
    # an age group is one name however it is written: "Under-20", "U20", "the U20s"
    value = re.sub(r"(?<=\d)s$", "", re.sub(r"^under(?=\d)", "u", value))
    label = re.match(r"[^\W\d_]+", value)
    return Candidate(start, end, Kind.CODE, value, label.group() if label else "")


# "R5 billion", "R12.5bn": the rand, as South African copy writes it; "R" alone before a number is too often a
# road or a grade ("the R5", "R1") to be a currency without a scale after it
_RAND = re.compile(r"\bR(?P<a>\d[\d,]*(?:\.\d+)?)\s?(?:bn|billion|mn|m|million|trillion|tn|trn)\b")


def _rand(m: re.Match[str], text: str) -> Candidate | None:
    value = _value(text[m.start("a") : m.end()], True)  # read as after a currency sign ("5bn", "2m")
    return Candidate(m.start(), m.end(), Kind.MONEY, significant(value), "ZAR")


def _code(m: re.Match[str], text: str) -> Candidate | None:
    """ "F-16", "COVID-19", "G7" are names; "USD115" is money, left to the money recognizer."""
    letters = re.match(r"[A-Za-z]+", m.group())
    if letters and letters.group() in P.CURRENCY_MARKS:
        return None
    if _RAND.match(text, m.start()):
        return None  # "R5 billion": money, left to the rand's recognizer
    if _QUARTER_CODE.fullmatch(m.group()):
        return None  # "Q3", "H1" are parts of a year, left to the date recognizers
    if re.fullmatch(r"FY(?:19|20)?\d{2}(?:[-–/](?:19|20)?\d{2})?", m.group()):
        return None  # "FY25": a fiscal year, left to the date recognizers
    if letters and letters.group().lower() in MONTHS and re.fullmatch(r"[A-Za-z]+[-‐]?\d{1,2}", m.group()):
        return None  # "Oct-2", "Jan-1": days, left to the date recognizers
    if _PREFIXED_YEAR.fullmatch(m.group()):
        return None  # "mid-2027", "pre-2020": years, left to the date recognizers
    if _PART_OF_DECADE.search(m.group(), 0, m.group().find("-") + 1) and re.search(r"-[1-9]0s$", m.group()):
        return None  # "mid-40s": an age, read by _decade_of_life
    group = _AGE_GROUP.fullmatch(m.group()) or (
        _AGE_GROUP_BEFORE_NOUN.fullmatch(m.group()) if _AGE_GROUP_NOUN_AFTER.match(text, m.end()) else None
    )
    if group:  # "the over-60s", "under-18s", "the under-16 population": a number with its side
        side = "above" if group.group(1).lower() == "over" else "below"
        return Candidate(m.start(), m.end(), Kind.NUMBER, float(group.group(2)), qualifiers=("bound", side))
    if letters and letters.group().lower() == "magnitude":
        return None  # "magnitude-7.3": a measure, read by _magnitude_first
    if m.group() == "24/7" or m.group() in _FORMULAS:
        return Candidate(m.start(), m.end(), None)
    return code(m.start(), m.end(), text)


def _digit_code(m: re.Match[str], text: str) -> Candidate | None:
    if re.fullmatch(r"(?:19|20)\d{2}[QH][1-4]", m.group()):
        return None  # "2016H2", "2024Q3": parts of a year, left to the date recognizers
    letters = m.group().lstrip("0123456789")
    if (
        letters in _SYMBOLS
        or letters.lower() in ("am", "pm")
        or (letters in SCALE_ABBREVIATIONS and letters not in CURRENCY_ONLY_SCALES)
    ):
        return None
    return code(m.start(), m.end(), text)


def _dotted(m: re.Match[str], text: str) -> Candidate | None:
    """ "17.2.1" -> a code whose value keeps its dots (so "1.21.1" and "12.1.1" differ); a date-shaped one
    ("12.03.2024") is left to the date recognizers."""
    if _DATE_SHAPED.fullmatch(m.group()):
        return None
    return Candidate(m.start(), m.end(), Kind.CODE, m.group(), "")


_TITLE_CLOSES = re.compile(r"\s?[\"”’]")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\xa0")
    return not before or before[-1] in '.!?"“”‘’:;(\n—–-'


_CAMEL_CASE = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z]*")


def _labelled(m: re.Match[str], text: str) -> Candidate | None:
    """A number that belongs to the label before it: "page 12", "No. 5", "Boeing 737", "Windows 11"."""
    window = text[max(0, m.start() - 24) : m.start()]
    ref = _REFERENCE_BEFORE.search(window)
    if ref and not (ref.group()[:1].islower() and _COUNT_NOT_LABEL_AFTER.match(text, m.end())):
        return code(m.start() - (len(window) - ref.start()), m.end(), text)
    index = _INDEX_BEFORE.search(window)
    if index:  # "the FTSE 100", "the S&P 500", "a Fortune 500 company": one name
        return code(m.start() - (len(window) - index.start()), m.end(), text)
    named = _NAME_BEFORE.search(window)
    if named is None:
        model = _MODEL_AFTER.match(text, m.end())
        return None if model is None else Candidate(m.start(), model.end(), None)  # "the 737 Max"
    name = named.group(1)
    start = m.start() - (len(window) - named.start())
    lower = name.lower()
    if name in _NOT_NAMES or lower in MONTHS or lower in WEEKDAYS:
        return None
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 40), m.start())
    name_start = run.start() if run else start
    if name not in _MAKERS and _GIVEN_TO.search(text, max(0, name_start - 12), name_start):
        # "gave Letby 14 whole-life orders", "leaving New Zealand 104 to win": what the name received, counted
        return None
    if name not in _MAKERS and _gapped_count(start, m, text):
        return Candidate(m.start(), m.end(), Kind.NUMBER, _value(m.group()))
    score = _score_line(start, m, text) if name not in _MAKERS and not name.isupper() else None
    if score is not None:
        return score
    if (
        _sentence_initial(text, start)
        and name not in _MAKERS
        and not _CAMEL_CASE.fullmatch(name)  # "iPhone 16 sales rose": a brand's case marks a name anywhere
        and not _TITLE_CLOSES.match(text, m.end())
    ):
        # a capitalised first word is no sign of a name, but a maker's is ("Boeing 737-800 crashed"), and so
        # is a quotation that closes on the number: a title ('"Frozen 2" in 2019', '"Moana 2"')
        return None
    if name.isupper() and (name not in _MAKERS or _YEAR_LIKE.fullmatch(m.group())):
        return None  # "the EU 27", "the UK 2024 election": an acronym labels a number only as a maker's
    if _RANGE_NEXT.match(text, m.end()):
        variant = _VARIANT.match(text, m.end()) if name in _MAKERS else None
        if variant is None:
            return None  # "Leinster 32-28": a score or a range, not a label's number
        return Candidate(start, variant.end(), None)  # "Boeing 737-800", "ATR 72-500": one model name
    if unit_after(text, m.end()) is not None or _CURRENCY_WORD_AFTER.match(text, m.end()):
        return None  # "Palmeiras 34m dollars": an amount the name received
    if m.group()[-1] in "CF" and name not in _MAKERS and unit_after(text, m.end() - 1) is not None:
        return None  # "London 34C and Birmingham 31C": each place's temperature
    # "Boeing 737", but also "Neymar 32" in a list of goals: a capitalised word before a number is too loose
    # a sign of a name to report on, so the span only keeps its number from being read as a figure
    return Candidate(start, m.end(), None)


_SIDE_NAME = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
# "Match ends, Gateshead 1, Guiseley 1.", "Lakers 112, Celtics 104": a result as score lines and AP write it
_SECOND_SIDE = re.compile(r",\s+" + _SIDE_NAME + r"\s+(?P<b>\d{1,3})\b(?![.,]\d|%|\s*[-–])")
# ... but not a list of names and tallies ("Messi 49, Neymar 32, Suarez 21")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\s+and)\s+" + _SIDE_NAME + r"\s+\d")
_LIST_BEFORE = re.compile(r"\d\s*[,;]\s+$")


# "Fianna Fail won 48 seats, Fine Gael 38 and Sinn Fein 39": after a clause that counts something, names
# with numbers and the verb left out count the same thing
_GAP_LEAD = re.compile(r"(?:,|\band|\bwhile|\bwith|;)\s+(?:the\s+)?$")
_GAP_CLAUSE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:[a-z]+\s+){1,3}\d[\d,.]*\s+[a-z]+")
_GAP_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:and|while|with)\b")


def _gapped_count(start: int, m: re.Match[str], text: str) -> bool:
    """Whether the number after the name at `start` is a count whose verb and noun an earlier clause of its
    sentence gives ("Fianna Fail won 48 seats, Fine Gael 38"), not a part of the name ("Windows 11")."""
    if not m.group().isdigit() or not _GAP_END.match(text, m.end()):
        return False
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 40), m.start())
    if run is None or not _GAP_LEAD.search(text, max(0, run.start() - 12), run.start()):
        return False
    sentence = re.split(r"[.!?]\s+(?=[A-Z])", text[max(0, run.start() - 200) : run.start()])[-1]
    clause = _GAP_CLAUSE.search(sentence)
    # ... of other names: "copies of Windows 10 and Windows 11" are versions of one name
    name = run.group().strip()
    return clause is not None and not re.search(re.escape(name) + r"\s+\d", sentence[clause.end() :])


_NAME_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")


def _score_line(start: int, m: re.Match[str], text: str) -> Candidate | None:
    """The result "Gateshead 1, Guiseley 1" as one score ("1-1"), its span both sides with their names."""
    second = _SECOND_SIDE.match(text, m.end())
    if second is None or not m.group().isdigit():
        return None
    if _LIST_GOES_ON.match(text, second.end()) or _LIST_BEFORE.search(text, max(0, start - 4), start):
        return None
    return Candidate(start, second.end(), Kind.SCORE, f"{int(m.group())}-{int(second.group('b'))}")


# ---------------------------------------------------------------- helpers
def _value(surface: str, currency: bool = False) -> float:
    """The value of a surface that must be exactly one number (ValueError otherwise: the builder declines)."""
    return parse_number(surface, currency)


@lru_cache(maxsize=4096)
def _scale_of(surface: str) -> float:
    """The scale a number ends with ("7 million" -> 1e6), to lend to a bare first bound ("5 to 7 million")."""
    tokens = tokenize(surface, allow_currency_scales=True)
    if len(tokens) > 1 and tokens[-1].kind == "big":
        return tokens[-1].value
    if tokens and tokens[-1].kind == "digits":
        glued = _GLUED_LETTERS.search(tokens[-1].text)
        if glued and glued.group() in SCALE_ABBREVIATIONS:
            return float(SCALE_ABBREVIATIONS[glued.group()])
    return 1.0


_GLUED_LETTERS = re.compile(r"[A-Za-z]+$")
_NOT_DIGITS = re.compile(r"\D")


def _has_scale(surface: str) -> bool:
    return _scale_of(surface) != 1.0


def _bounds(a: str, b: str, currency: bool = False) -> tuple[float, float]:
    low, high = _value(a, currency), _value(b, currency)
    if not _has_scale(a) and _has_scale(b):
        low = significant(low * _scale_of(b))
    return low, high


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    before = text[max(0, start - 12) : start].rstrip().lower()
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()) for w in words
    )


def _range_ok(m: re.Match[str], text: str, join: str, marked: bool = False) -> bool:
    """Whether "A join B" is one range: "and" needs "between"; "from A to B" is a change, two figures.

    `marked` says both sides carry their own unit mark ("$2.50 to $41.75", "3% to 5%")."""
    j = join.strip().lower()
    if j == "and":
        return _preceded_by(text, m.start(), ("between",))
    if j == "/":
        return False
    if (
        j in ("to", "through", "thru")
        and _preceded_by(text, m.start(), ("from",))
        and not _RANGED_FROM.search(text, max(0, m.start() - 24), m.start())
        and _MOVED_FROM.search(text, max(0, m.start() - 80), m.start())
    ):
        return False  # "rose from 3% to 5%": a change ("ranged from 10 to 15", "from 12-16 GW", "zones are
        # high, from 7 to 10" are ranges: no word of change before them)
    if (
        j == "to"
        and marked
        and _CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not (
            _MODAL_CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start()) and _close_bounds(m.group())
        )
    ):
        return False  # "fell $2.50 to $41.75" (by, then to); "could fall 5 to 7 million", "will rise by
        # around 10% to 12%" are ranges: a forecast gives its bounds, a report the move and the level
    if j in ("-", "–", "—") and unit_after(text, m.end()) is not None:
        return True  # "10-12 GW": a range of a measure, even in a sentence about goals
    return not (j in ("-", "–", "—") and _SCORE_CONTEXT.search(_sentence_window(text, m.start())))


def _close_bounds(words: str) -> bool:
    """Whether the first two numbers written in `words` lie within a factor of two, as a forecast's bounds do
    ("10% to 12%"; "fall 2% to 41%" is a move and a level)."""
    numbers = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", words)[:2]]
    return len(numbers) == 2 and numbers[0] > 0 and numbers[1] <= 2 * numbers[0]


# "ranged from 10 to 15", "the range is from 10 to 15", "aged from 18 to 25": a range, not a change
_RANGED_FROM = re.compile(
    r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|range\s+(?:is|was|of)|aged?|ages)\s+from\s+$"
)
_CHANGE_VERBS = (
    r"rose|rises|rise|fell|falls|fall|climbed|dropped|increased|decreased|gained|lost|jumped|slid|surged|"
    r"plunged|tumbled|slipped|grew|shrank|declined|advanced|edged\s+(?:up|down)|up|down|"
    r"rising|falling|climbing|dropping|increasing|decreasing|gaining|losing|jumping|sliding|surging|plunging|"
    r"tumbling|slipping|growing|shrinking|declining|advancing|"
    # ... and the base forms a future or a plan takes ("the fee will drop by €150 to €350")
    r"drop|drops|climb|climbs|increase|increases|decrease|decreases|gain|gains|jump|jumps|slide|slides|"
    r"grow|grows|shrink|shrinks|decline|declines"
)
# A word of change in the clause before "from A to B" makes it a move from one level to another: "rose from
# 3% to 5%", "cut the sentence from 10 to eight years", "an increase from 2 to 3"
_MOVED_FROM = re.compile(
    rf"(?i)\b(?:{_CHANGE_VERBS}|cut|cuts|cutting|raised?|raising|raises|lowered|lowers?|lowering|reduced?|reduces|"
    r"reducing|extended|extends?|extending|shortened|moved|moves?|moving|changed?|changes|changing|switched|"
    r"shifted|shifts?|went|goes|go|going|gone|revised|revises?|upgraded|downgraded|lifted|lifts?|boosted|"
    r"slashed|trimmed|expanded|narrowed|widened|doubled|tripled|halved|hiked?|hikes|upped|dropped|drops?|"
    r"increases?|decreases?|rises|jumps?|reduction|move|shift|swing|swung|turned|turning|improved|worsened|"
    r"recovered|rebounded|fell|sank|sunk|soared|spiked|widening|narrowing|easing|eased|eases?|accelerated|"
    r"slowed|slowing|picked\s+up|came\s+down|brought|bringing|brings?|taking|took|takes?|pushed|pushing)\b"
    r"(?:[^.;:!?]|\.(?=\d))*$"
)
# "fell by 9 to 48", "shrank for a second year, by 2.8 million to 1.41 billion", "rose by about 430 to 4,112"
_HEDGES = (
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|more\s+than|less\s+than|"
    r"over|under|just)\s+)*"
)
_CHANGE_BY_BEFORE = re.compile(
    rf"(?i)\b(?:{_CHANGE_VERBS}|cut|raised|lowered)\b[^.;:]{{0,30}}?\s+by\s+{_HEDGES}$"
)
_CHANGE_VERB_BEFORE = re.compile(rf"(?i)\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?{_HEDGES}$")
_MODAL_CHANGE_BEFORE = re.compile(
    rf"(?i)\b(?:will|would|could|may|might|should|to)\s+(?:\w+\s+)?(?:{_CHANGE_VERBS})\s+(?:by\s+)?{_HEDGES}$"
)


def _sentence_window(text: str, pos: int) -> str:
    return text[max(0, pos - 80) : pos + 40]


def _range_start(text: str, start: int) -> int:
    """Widen a range to take in its "between" ("between 5,000 and 7,000" is one surface)."""
    before = text[max(0, start - 8) : start]
    m = re.search(r"(?i)\bbetween\s+$", before)
    return start - (len(before) - m.start()) if m else start


# ---------------------------------------------------------------- money
_MONEY_PREFIX = re.compile(
    rf"(?P<pre>{P.CURRENCY_PREFIX})\s?(?P<a>{P.MONEY_NUMBER})"
    rf"(?:(?P<join>{P.RANGE_JOIN})(?P<pre2>{P.CURRENCY_PREFIX})?\s?(?P<b>{P.MONEY_NUMBER}))?"
)
_MONEY_SUFFIX = re.compile(
    # (a currency's scales too: "an 11m-crown prize", "5m euros")
    rf"(?P<a>{P.MONEY_NUMBER})(?:(?P<join>{P.RANGE_JOIN})(?P<b>{P.MONEY_NUMBER}))?(?:\s?[-‐]\s?|\s*)"
    rf"(?P<cur>{P.CURRENCY_SUFFIX})"
    rf"(?:\s+(?P<scale>{P.BIG_SCALE_WORD}))?"
    rf"(?:(?:\s+and)?\s+(?P<sub>{P.NUMBER})\s+(?P<subunit>{P.SUBUNIT})"
    # "15 dollars 50", "thirteen dollars forty five": cents without their word, where the sentence ends
    rf"|(?:\s+and)?\s+(?P<cents>\d{{2}}|(?i:{P.CENTS_WORDS}))(?=\s*(?:[.!?;]|$)|\s+more\b))?"
)


# "the yen averages 145 per dollar", "the rupee fell to 83.5 against the dollar": an exchange rate, an amount
# of the currency its sentence names before it
_PER_CURRENCY = re.compile(
    r"(?<![\w.,])(?P<a>\d[\d,]*(?:\.\d+)?)\s+(?:per|to\s+the|against\s+the|a)\s+"
    r"(?:U\.?S\.?\s+)?(?i:dollar|euro|pound)\b"
)  # digits only: a rate is never written in words
_CURRENCY_NAMED = re.compile(
    r"\b(?P<c>"
    + P.alternation([w for w in P.CURRENCY_SUFFIXES if w.isalpha() and w.islower() and len(w) > 2])
    + r")\b"
)


def _per_currency(m: re.Match[str], text: str) -> Candidate | None:
    window_start = max(0, m.start() - 60)
    window = text[window_start : m.start()]
    clause = max(window.rfind("."), window.rfind(";")) + 1
    # the nearest currency named before it in its clause
    named = next(reversed(list(_CURRENCY_NAMED.finditer(window, clause))), None)
    if named is None:
        return None
    code = P.CURRENCY_SUFFIXES[named.group("c")]
    if code in ("USD", "EUR", "GBP"):
        return None  # "the euro at 1.08 per dollar" names the base again: left alone
    return Candidate(m.start(), m.end("a"), Kind.MONEY, significant(_value(m.group("a"))), code)


# "412p": a price in pence, as London share prices are quoted ("1080p" is a screen's resolution)
_PENCE = re.compile(r"(?<![\w.,])(?P<a>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)p\b(?![.,]\d)")
_RESOLUTIONS = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


def _pence(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("a") in _RESOLUTIONS:
        return code(m.start(), m.end(), text)
    # pence in the pound are a tax rate: "a basic rate of 20p in the pound" is 20%, and "cut national
    # insurance by 2p to 8%" moves it by two points
    if _IN_THE_POUND.match(text, m.end()):
        return Candidate(m.start(), m.end(), Kind.PERCENT, _value(m.group("a")), "percent")
    if _TO_A_RATE.match(text, m.end()):
        return Candidate(m.start(), m.end(), Kind.PERCENT, _value(m.group("a")), "percentage point")
    return Candidate(m.start(), m.end(), Kind.MONEY, significant(_value(m.group("a")) / 100), "GBP")


_IN_THE_POUND = re.compile(r"(?i)\s+in\s+the\s+pound\b")
_TO_A_RATE = re.compile(r"(?i)\s+(?:to|from)\s+\d+(?:\.\d+)?\s*(?:%|p\s+in\s+the\s+pound\b)")


def _currency(mark: str) -> tuple[str, float]:
    """(ISO code, factor) of a currency mark: "$" (USD, 1), "cents" (USD, 0.01), "MEUR" (EUR, 1e6)."""
    marks = P.CURRENCY_MARKS
    return marks.get(mark) or marks.get(mark.lower()) or marks[mark.upper()]


def _money_prefix(m: re.Match[str], text: str) -> Candidate | None:
    code, factor = _currency(m.group("pre"))
    if (
        m.group("b")
        and _range_ok(m, text, m.group("join"), marked=bool(m.group("pre2")))
        and not (_has_scale(m.group("a")) and not _has_scale(m.group("b")))
    ):
        low, high = _bounds(m.group("a"), m.group("b"), currency=True)
        if low < high:
            return _range(m.start(), m.end(), low * factor, high * factor, code, text)
    found = parse_phrase(m.group("a"), True)
    if len(found) > 1 and found[0].start == 0:  # "$1.4 billion two years earlier": the amount is the first
        end = m.start("a") + found[0].end
        return Candidate(m.start(), end, Kind.MONEY, significant(found[0].value * factor), code)
    end = m.end("a")
    return Candidate(m.start(), end, Kind.MONEY, significant(_value(m.group("a"), True) * factor), code)


def _money_suffix(m: re.Match[str], text: str) -> Candidate | None:
    code, factor = _currency(m.group("cur"))
    if m.group("scale"):
        factor *= SCALES[m.group("scale").lower()]  # "75 USD million"
    if m.group("b"):
        if not _range_ok(m, text, m.group("join")):
            return None
        low, high = _bounds(m.group("a"), m.group("b"), currency=True)
        if _change_then_level(m, text, low, high):
            return None  # "dropped by a fifth to 1.16 trillion yen"
        return _range(m.start(), m.end(), low * factor, high * factor, code, text)
    value = _value(m.group("a"), currency=True) * factor
    if m.group("sub"):  # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
        _, sub_factor = _currency(m.group("subunit"))
        value += _value(m.group("sub")) * sub_factor
    elif m.group("cents"):
        if m.group("scale") or factor != 1 or value != int(value):
            end = m.end("scale") if m.group("scale") else m.end("cur")  # "$5 million 20." is not cents
            return Candidate(m.start(), end, Kind.MONEY, significant(value), code)
        value += _value(m.group("cents")) / 100
    return Candidate(m.start(), m.end(), Kind.MONEY, significant(value), code)


def _range(start: int, end: int, low: float, high: float, unit: str | None, text: str) -> Candidate:
    """Ranges report `value` as "low..high" so that JSON and CSV stay one column; `low`/`high` are numbers.

    The unit says what the bounds are (a currency code, "percent", a quantulum3 unit name)."""
    return Candidate(
        _range_start(text, start),
        end,
        Kind.RANGE,
        f"{format_value(low)}..{format_value(high)}",
        unit,
        low,
        high,
    )


# ---------------------------------------------------------------- percent
_PERCENT = re.compile(
    rf"(?P<a>{P.NUMBER})(?:(?P<s1>{P.PERCENT_SIGN})?(?P<join>{P.RANGE_JOIN})(?P<b>{P.NUMBER}))?(?P<sign>{P.PERCENT_SIGN})"
)


def _percent_unit(sign: str) -> str:
    stripped = sign.strip()
    return (
        "percentage point"
        if P.PERCENT_POINTS.search(stripped) or P.BASIS_POINTS.search(stripped)
        else "percent"
    )


def _scale_of_sign(sign: str | None) -> float:
    return 0.01 if sign and P.BASIS_POINTS.search(sign.strip()) else 1.0


# "a quarter of a cent", "half a mile", "four-tenths of a second": a share of one unit is a measure in it
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SHARE_OF_ONE = re.compile(
    r"\b(?:(?P<half>(?i:half))|(?P<n>(?i:a|" + "|".join(_UNIT_WORDS) + r"))[\s-]"
    r"(?P<d>(?i:" + P.alternation([w for w in FRACTIONS if w not in ("half", "halves")]) + r"))\s+(?i:of))"
    r"\s+(?i:a|an)(?=\s)"
)
_SUBUNIT_AFTER = re.compile(rf"\s+(?P<cur>{P.SUBUNIT})")
# the shares of an hour, a day or a year that _span_word reads ("half an hour", "three quarters of a year")
_SPAN_WORD_SHARES = frozenset({0.5, 0.25, 0.75})


def _share_of_one(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("half"):
        share = 0.5
    else:
        numerator = m.group("n").lower()
        share = (1 if numerator == "a" else UNITS[numerator]) / FRACTIONS[m.group("d").lower()]
        if share >= 1:
            return None  # "five quarters of a ..." is no share of one
    coin = _SUBUNIT_AFTER.match(text, m.end())
    if coin:
        code, factor = _currency(coin.group("cur"))
        return Candidate(m.start(), coin.end(), Kind.MONEY, significant(share * factor), code)
    unit = unit_word_after(text, m.end())
    if (
        unit is None
        or (unit.name in TIME_UNITS and share in _SPAN_WORD_SHARES and unit.name != "second")
        or unit.name.startswith("percent")
    ):
        return None  # "half an hour" is a span of time (_span_word), "half a point" a share of a point
    return Candidate(m.start(), unit.end, Kind.QUANTITY, significant(share), unit.name)


# "more than a tonne", "nearly a mile": one unit of a measure, a figure when a hedge or a bound says so
_ONE_OF_A_UNIT = re.compile(r"\b(?i:a|an)(?=\s)")
# the unit a price is for names what is sold, no amount of it ("the price of a pint", "£6.81 for a litre")
_PRICED_BEFORE = re.compile(r"(?i)\b(?:price|prices|cost|costs|per|for)\s+(?:of\s+)?$")
_OF_A_STUFF = re.compile(r"\s+of\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that)\b)[a-z]")


def _one_of_a_unit(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_word_after(text, m.end())
    if (
        unit is None
        or unit.name in TIME_UNITS  # "more than a year" is a span of time (_span_word)
        or unit.name.startswith(("percent", "pound"))  # "a point", "nearly a pound" (money or weight)
        or text[unit.end : unit.end + 1] in ("-", "‐")  # "a mile-long queue"
        or _PRICED_BEFORE.search(text, max(0, m.start() - 16), m.start())  # "the price of a pint of beer"
    ):
        return None
    if not qualifiers_around(text, m.start(), unit.end, after=False) and not (
        # "a gallon of beer", "a foot of snow": one unit of a stuff ("a ton of work" is a lot of it)
        _OF_A_STUFF.match(text, unit.end) and unit.name != "ton"
    ):
        return None
    rated = with_rate(text, unit.name, unit.end)  # "a litre of fruit juice a week"
    return Candidate(m.start(), rated.end, Kind.QUANTITY, 1.0, rated.name)


_POINT_WORDS = re.compile(
    r"\b(?:(?i:(?:a|one)\s+)?(?P<f>(?i:three[\s-]quarters|three-quarter|quarter|half))(?:[\s-]|\s+(?i:of)\s+)"
    r"(?:(?i:a)\s+)?(?:(?i:percentage)[\s-])?(?i:point)"
    # "a full percentage point", "cut by a percentage point": one point, said without a digit
    # (... "another full percentage point", "a further percentage point": one more)
    r"|(?i:(?:a|another|a\s+further)\s+(?:full\s+)?|one\s+full\s+)(?i:percentage)[\s-](?i:point)"
    r"|(?i:a|one|another)\s+(?i:full)\s+(?P<full>(?i:point))"
    # "3% give or take a point": a margin around a rate
    r"|(?i:a|one)\s+(?P<margin>(?i:point)))\b"
)
_MARGIN_BEFORE = re.compile(r"(?i)\b(?:give\s+or\s+take|plus\s+or\s+minus)\s+$|±\s*$")
# "lowered rates by a full point": a whole point is a percentage point where a rate was just named (a
# chess player's "full point" is none)
_RATE_BEFORE = re.compile(r"(?i)\brates?\b")
_POINT_SHARES = {"quarter": 0.25, "half": 0.5}


def _point_words(m: re.Match[str], text: str) -> Candidate | None:
    """ "a quarter point", "a half-point cut", "a quarter of a percentage point", "a full percentage
    point": a share of a percentage point, as rate stories write it."""
    if m.group("full") and not _RATE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    if m.group("margin") and not _MARGIN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "a point" alone is a word ("made a point of it")
    share = (m.group("f") or "").lower()
    value = _POINT_SHARES.get(share, 0.75 if share.startswith("three") else 1.0)
    return Candidate(m.start(), m.end(), Kind.PERCENT, value, "percentage point")


def _percent(m: re.Match[str], text: str) -> Candidate | list[Candidate] | None:
    unit = _percent_unit(m.group("sign"))
    factor = _scale_of_sign(m.group("sign"))
    if m.group("b"):
        same_unit = not m.group("s1") or _percent_unit(m.group("s1")) == unit
        low, high = _bounds(m.group("a"), m.group("b"))
        descending = low > high and not _RANGED_FROM.search(text, max(0, m.start() - 24), m.start())
        if (
            same_unit
            and not descending
            and _range_ok(m, text, m.group("join"), marked=bool(m.group("s1")))
            and not _change_then_level(m, text, low, high)  # "gained two to 24%": a move, then a level
        ):
            low, high = sorted((low, high))  # "ranged from 60% to 40%" is the range 40..60
            return _range(
                m.start(), m.end(), significant(low * factor), significant(high * factor), unit, text
            )
        if not m.group("s1"):
            if _SHARE_NOT_POINTS.search(m.group("a")):
                return None  # "cut its forecast by a third to 0.75%": a share of the forecast, not points
            if unit == "percent" and not descending and _change_then_level(m, text, low, high):
                # "the Tories gained two to 24%": a share's move, unmarked, is in percentage points
                return [
                    Candidate(m.start("a"), m.end("a"), Kind.PERCENT, significant(low), "percentage point"),
                    Candidate(m.start("b"), m.end(), Kind.PERCENT, significant(high * factor), unit),
                ]
            return None
        value = significant(_value(m.group("a")) * _scale_of_sign(m.group("s1")))
        return Candidate(m.start(), m.end("s1"), Kind.PERCENT, value, _percent_unit(m.group("s1")))
    return Candidate(m.start(), m.end(), Kind.PERCENT, significant(_value(m.group("a")) * factor), unit)


# a share other than a quarter or a half, which rate copy uses for points ("cut by a quarter to 4.25%")
_SHARE_NOT_POINTS = re.compile(r"(?i)\b(?:thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$")


# ---------------------------------------------------------------- counts and ratios
_COUNT = re.compile(
    rf"(?P<a>{P.NUMBER})\s+of\s+(?:(?:the|its|their|all|these|those|our|his|her|your)\s+)?"
    rf"(?:[\w.]+(?:'s|’s)\s+)?(?:(?:last|first|next|past|top|bottom)\s+)?(?P<b>{P.NUMBER})(?![\w%‰])"
    rf"(?!\s?(?:percent|per cent))"
)
# "five wins from five games", "12 wins from 15 starts": a tally out of the games played ("seven points from
# nine games" counts points, not games)
# (the tallies are small: digits or a number word, not the whole number grammar, whose size would slow the
# start-up of every check for a rare phrase)
_TALLY = rf"(?<![\w.,])(?:\d{{1,3}}|(?i:{_SMALL_WORDS}))\b"
_COUNT_FROM = re.compile(
    rf"(?P<a>{_TALLY})\s+(?i:wins?|victories|defeats|losses|draws|clean\s+sheets|podiums|poles)\s+from\s+"
    r"(?:(?:the|their|his|her|its)\s+)?(?:(?:last|first|opening)\s+)?"
    rf"(?P<b>{_TALLY})(?![\w%‰])"
)
# "won just once in 16 games", "twice in their last 10 matches", "three times in 12 starts": a tally of
# what happened out of the games, starts or attempts that follow (not "three times in 12 years", a rate)
_OUT_OF = (
    r"\s+in\s+(?:(?:the|their|his|her|its)\s+)?(?:(?:last|first|past|previous|opening)\s+)?"
    rf"(?P<b>{_TALLY})(?=\s+(?P<noun>[a-z]+))"
)
# (two patterns, each tried where its own first word stands)
_TIMES_IN = re.compile(rf"(?i)\b(?P<w>once|twice|thrice){_OUT_OF}")
_N_TIMES_IN = re.compile(rf"(?i)(?P<a>{_TALLY})\s+times{_OUT_OF}")


def _times_in(m: re.Match[str], text: str) -> Candidate | None:
    if unit_after(text, m.end()) is not None or m.group("noun") in ("years", "months", "weeks", "days"):
        return None  # "twice in 24 hours", "three times in 12 years": how often, not a tally of games
    part = {"once": 1.0, "twice": 2.0, "thrice": 3.0}[m.group("w").lower()] if m.re is _TIMES_IN else None
    try:
        part = part if part is not None else _value(m.group("a"))
        whole = _value(m.group("b"))
    except ValueError:
        return None
    if not 0 < part <= whole:
        return None
    return Candidate(m.start(), m.end(), Kind.COUNT, part, total=whole)


_RATIO = P.LazyPattern(
    # "a one-in-five chance": the article leads the run, the count starts at "one"
    rf"(?:(?i:an?)\s+(?=(?i:one)\b|1\b))?(?P<a>{P.NUMBER})(?:\s+(?:in|out\s+of)\s+(?:every\s+)?|-in-)(?P<b>{P.NUMBER})(?![\w%]|-(?i:year|centur))"
)
_YEARISH = re.compile(r"^(?:1[89]|20)\d{2}$")
# "12 per 100,000 people", "2.4 per 100 person-years", "3 for every 1,000 births": a rate said against a round
# base, which is how health and crime statistics count (not "$5 per 100 grams": a price)
_PER_BASE = re.compile(
    # ... with what it counts between: "11.4 deaths per 100,000 people"
    r"(?<![\w$€£¥.,])(?P<a>\d[\d,]*(?:\.\d+)?)\s+(?P<counted>(?:[a-z]+\s+){1,2})?(?:per|for\s+every)\s+"
    r"(?P<b>100|1,000|1000|10,000|100,000|1,000,000|(?:1|one|a)\s+million|(?:a\s+)?thousand)(?![\w,.]?\d)"
)


_LEADING_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


# "one in 25 of its 350,000 staff": the part after "in" is a ratio's, which the whole after "of" is of
_RATIO_PART_BEFORE = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|a|an|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?$"
)


def _count(m: re.Match[str], text: str) -> Candidate | None:
    if _YEARISH.match(m.group("b")) or _YEARISH.match(m.group("a")):
        return None
    if m.re is _COUNT and _RATIO_PART_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    if _CURRENCY_JUST_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None  # "costs $2 in 45 states": a price, and where it is charged
    end = m.end()
    try:
        whole = _value(m.group("b"))
    except ValueError:
        # "one in 12 ten years ago": the whole is the figures, and the words after them start another
        digits = _LEADING_DIGITS.match(m.group("b"))
        if digits is None:
            return None
        whole, end = _value(digits.group()), m.start("b") + digits.end()
    part = _value(m.group("a"))
    if part > 10 and " in " in m.group() and m.re is _RATIO.compiled:
        return None  # "one in four adults" is a ratio; "over 60 in 96 countries" is an age and a count
    if whole <= 0 or part > whole or part < 1 or m.group("b").lower().startswith(("a ", "an ")):
        return None  # "two thirds of a million" is a number, not a count
    all_but = _ALL_BUT_BEFORE.search(text, max(0, m.start("a") - 16), m.start("a"))
    if all_but is not None and m.re is _COUNT and part < whole:
        # "saved all but two of 11 break points" saved nine of them
        return Candidate(all_but.start(), end, Kind.COUNT, whole - part, total=whole)
    return Candidate(m.start("a"), end, Kind.COUNT, part, total=whole)


_ALL_BUT_BEFORE = re.compile(r"(?i)\ball\s+but\s+$")


def _per_base(m: re.Match[str], text: str) -> Candidate | None:
    if unit_after(text, m.end()) is not None:
        return None  # "5.6 litres per 100 km" is a measure's rate, read with its unit
    if m.group("counted") and unit_after(text, m.end("a")) is not None:
        return None  # "15 grams per 100": a measure, its unit said before the base
    base = m.group("b").lower().replace(",", "")
    whole = float(base) if base.isdigit() else 1e6 if "million" in base else 1e3
    part = _value(m.group("a"))
    if part > whole:
        return None
    return Candidate(m.start(), m.end(), Kind.COUNT, part, total=whole)


# ---------------------------------------------------------------- fractions
_DIGIT_FRACTION = re.compile(
    # "1/900th of its weight": an ordinal suffix leaves it a fraction
    r"(?<![\w/.,])(?P<sign>[-−](?=\d))?(?:(?P<whole>\d+)\s+)?(?P<n>\d{1,2})/(?:(?P<d>\d{1,3})|(?P<dth>\d{1,4})th)"
    r"(?![\w/])"
)
# A bare "half" is a figure in "half the members", "half of them", not in "the second half" or "half-time".
_AFTER_HALF = re.compile(r"\s+(?:of|the|a|an|its|their|his|her|our|those|these|all|that|this|[\d$€£])")
_BEFORE_HALF = ("first", "second", "the", "latter", "former", "back", "front", "other", "in")
_HEDGES_BEFORE_HALF = (
    "more than",
    "less than",
    "nearly",
    "almost",
    "about",
    "over",
    "under",
    "roughly",
    "just",
)


def _bare_fraction_ok(word: str, text: str, start: int, end: int) -> bool:
    """Whether a fraction word with no numerator ("half", "quarter") is a figure here."""
    if word not in ("half", "halves"):
        return False  # "quarter" alone is a season or a financial quarter, "third" an ordinal
    if text[end : end + 1] in ("-", "‐"):
        return False
    if _preceded_by(text, start, _HEDGES_BEFORE_HALF):
        return True  # "more than half", "nearly half"
    if _CHANGE_OF.search(text, max(0, start - 24), start):
        return True  # "a pay cut of half", "a fall of about half": the share a change takes
    return bool(_AFTER_HALF.match(text, end)) and not _preceded_by(text, start, _BEFORE_HALF)


_CHANGE_OF = re.compile(
    r"(?i)\b(?:"
    + P.alternation(table("text")["change_nouns"].split())
    + r")\s+of\s+(?:about\s+|around\s+|roughly\s+)?$"
)


def _digit_fraction(m: re.Match[str], text: str) -> Candidate | None:
    n, d = int(m.group("n")), int(m.group("d") or m.group("dth"))
    if d == 0:
        return Candidate(m.start(), m.end(), None)  # "1/0" is no figure
    if n >= d:
        return None
    sign = -1 if m.group("sign") else 1
    if m.group("whole"):
        value = significant(sign * (int(m.group("whole")) + n / d))
        return _with_unit(Candidate(m.start(), m.end(), Kind.NUMBER, value), text)
    return Candidate(m.start(), m.end(), Kind.FRACTION, significant(sign * n / d))


# Two bounds of one quantity: "more than 100 and fewer than 300", "no more than 50 and no less than 20" (the
# match starts at the first number; its bound phrase is read by qualifiers_around).
_TWO_BOUNDS_JOIN = rf"(?:\s*,\s*|\s+(?:and|but)\s+)(?P<q>(?i:{BOUND_PHRASE}))\s+"
_TWO_BOUNDS = P.LazyPattern(rf"(?P<a>{P.NUMBER}){_TWO_BOUNDS_JOIN}(?P<b>{P.NUMBER})")


def _two_bounds(m: re.Match[str], text: str) -> Candidate | None:
    first = qualifiers_around(text, m.start("a"), m.end("a"), after=False)
    second = bound_side(m.group("q"))
    if second is None or second in first or not {"above", "below"} & set(first):
        return None
    a, b = _value(m.group("a")), _value(m.group("b"))
    low, high = (a, b) if second == "below" else (b, a)
    if low >= high:
        return None
    cand = Candidate(
        m.start(), m.end(), Kind.RANGE, f"{format_value(low)}..{format_value(high)}", low=low, high=high
    )
    return _with_unit(cand, text)


# "one over three", "1 over 20": a fraction read out, only where nothing follows the divisor (in "rose 5% over
# three years" or "one over par" the "over" is not a division).
_OVER = P.LazyPattern(rf"(?P<a>{P.NUMBER})\s+over\s+(?P<b>{P.NUMBER})(?=\s*(?:[.,;:!?)]|$))")


def _over(m: re.Match[str], text: str) -> Candidate | None:
    a, b = _value(m.group("a")), _value(m.group("b"))
    if b == 0 or _YEARISH.match(m.group("b").strip()):
        return None
    kind = Kind.FRACTION if abs(a / b) < 1 else Kind.NUMBER
    return Candidate(m.start(), m.end(), kind, significant(a / b))


# ---------------------------------------------------------------- vague magnitudes
_VAGUE = re.compile(
    r"\b(?i:(?P<mult>tens|hundreds)\s+of\s+(?P<big>thousands|millions|billions)|"
    r"(?P<some>several|a\s+few|many|some)\s+(?P<unit>dozen|hundred|thousand|million|billion)|"
    r"(?P<word>dozens|scores|hundreds|thousands|millions|billions))\b"
)


_OF_NEXT = re.compile(r"\s+of\b")


def _vague(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("big"):
        value = VAGUE[m.group("big").lower()] * (10 if m.group("mult").lower() == "tens" else 100)
    elif m.group("unit"):  # "several hundred", "a few thousand"
        value = VAGUE[m.group("unit").lower() + "s"]
    else:
        word = m.group("word").lower()
        if word == "scores" and not _OF_NEXT.match(text, m.end()):
            return None
        value = VAGUE[word]
    return Candidate(m.start(), m.end(), Kind.NUMBER, float(value), qualifiers=("vague",))


# ---------------------------------------------------------------- vague quantifiers
_VAGUE_WORD = re.compile(r"\b(?i:" + P.alternation(table("qualifiers")["vague"]) + r")\b(?!\s*[\d$€£¥])")
_PLURAL_OR_OF = re.compile(r"\s+(?:of\b|[A-Z][\w-]*|\w+s\b)")


_AS_MANY_AFTER = re.compile(r"(?i)\b(?:twice|half|times|not|just|thrice|only)\s+as\s+$")


def _vague_word(m: re.Match[str], text: str) -> Candidate | None:
    """ "many", "several", "a number of": what a rewrite writes instead of a figure."""
    word = m.group().lower()
    compared = _preceded_by(text, m.start(), ("as",)) and (
        text[m.end() : m.end() + 4] == " as "
        or _AS_MANY_AFTER.search(text, max(0, m.start() - 16), m.start())
    )
    if word == "many" and (compared or _preceded_by(text, m.start(), ("how", "too", "so"))):
        # "as many as 30,000" is a bound on a figure, "twice as many" a multiple, "how many" a question (but
        # "as many NATO members still fall short" is vague)
        return None
    if word in ("most", "some", "few") and not _PLURAL_OR_OF.match(text, m.end()):
        return None  # "most robust", "some say", "few" as an adjective
    if word == "most" and _preceded_by(text, m.start(), ("the", "a")):
        return None
    return Candidate(m.start(), m.end(), Kind.VAGUE, " ".join(word.split()))


# "a six-figure sum", "double-digit growth": a magnitude said by its count of digits, as vague as "many"
_DIGIT_COUNT = re.compile(
    r"\b(?i:(?:four|five|six|seven|eight|nine|ten)[-\s]figure|(?:double|triple)[-\s]digit)\b(?!-)"
)


def _digit_count(m: re.Match[str], text: str) -> Candidate | None:
    return Candidate(m.start(), m.end(), Kind.VAGUE, "-".join(m.group().lower().split()))


# ---------------------------------------------------------------- spans named by a word
# "a year and a half", "an hour and a half", "two miles and a half": the half belongs to the unit's amount.
# ("a further year and a half", "another hour and a half": one more of the amount)
_AND_A_HALF = P.LazyPattern(
    rf"(?<![\w-])(?=\w)(?P<n>(?i:(?:an?|one)(?:\s+(?:further|extra|additional))?|another)|{P.NUMBER})(?=\s+[A-Za-z])"
)
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b")


def _and_a_half(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_after(text, m.end())
    if unit is None:
        return None
    half = _HALF_AFTER.match(text, unit.end)
    if half is None:
        return None
    one = m.group("n").lower().split()[0] in ("a", "an", "one", "another")
    amount = 1.0 if one else _value(m.group("n"))
    return Candidate(m.start(), half.end(), Kind.QUANTITY, significant(amount + 0.5), unit.name)


# "a three-and-a-half-year low", "a two-and-a-half-hour meeting": the amount and its half joined to the unit
_HYPHENED_HALF = re.compile(
    rf"(?<![\w-])(?P<n>(?i:an?|{_SMALL_WORDS})|\d{{1,3}})-(?i:and)-(?i:a)-(?i:half)(?=-[A-Za-z])"
)


def _hyphened_half(m: re.Match[str], text: str) -> Candidate | None:
    unit = unit_after(text, m.end())
    if unit is None:
        return None
    amount = 1.0 if m.group("n").lower() in ("a", "an", "one") else _value(m.group("n"))
    return Candidate(m.start(), unit.end, Kind.QUANTITY, significant(amount + 0.5), unit.name)


_SPAN_WORD = re.compile(
    r"\b(?:(?P<f>(?i:half|a\s+quarter\s+of|three[\s-]quarters\s+of))\s+)?"
    r"(?:(?i:a|an|one)\s+(?P<added>(?i:further|extra|additional)\s+)?|(?P<another>(?i:another)\s+))"
    r"(?P<w>(?i:decade|century|fortnight|year|month|week|day|hour|minute|second))\b(?!-)"
)
_RUNS_MADE_BEFORE = re.compile(
    r"(?i)\b(?:"
    + "|".join(w.replace("_", r"\s+") for w in table("text")["runs_made_verbs"].split())
    + r")\s+$"
)
# "a day after protesters stormed parliament": the time between two events, as "two days after" says it
_EVENT_AFTER = re.compile(r"\s+(?:after|before)\s+(?!(?:that|this|then|it|last|next)\b)[A-Za-z]")
# ... but "€15m a year before tax" is a rate
_RATE_OF = re.compile(
    r"(?:\d[^\s,;:]*|(?i:million|billion|trillion|thousand|hundred|dollars|euros|pounds|once|twice))\)?\s+$"
)
_SPANS = {"decade": (10.0, "year"), "century": (100.0, "year"), "fortnight": (2.0, "week")}
_SPAN_SHARES = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}


# "a couple of dozen branches", "a couple of hundred people": two of the scale, roughly
_COUPLE_OF = re.compile(
    r"\b(?i:a\s+)?(?i:couple)\s+of\s+(?P<scale>(?i:dozen|hundred|thousand|million|billion))\b"
)
_COUPLE_SCALES = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _couple_of(m: re.Match[str], text: str) -> Candidate | None:
    value = 2 * _COUPLE_SCALES[m.group("scale").lower()]
    return _with_unit(Candidate(m.start(), m.end(), Kind.NUMBER, value, qualifiers=("approx",)), text)


# "collected fortnightly": every two weeks, the interval "every three weeks" names with a number
# ... and "every quarter": every three months
_FORTNIGHTLY = re.compile(r"\b(?i:fortnightly|every\s+(?:other|second)\s+week|(?P<q>every|each)\s+quarter)\b")


def _fortnightly(m: re.Match[str], text: str) -> Candidate | None:
    if m.group("q"):
        return Candidate(m.start(), m.end(), Kind.QUANTITY, 3.0, "month")
    return Candidate(m.start(), m.end(), Kind.QUANTITY, 2.0, "week")


# "the strike lasted a month", "jailed for a year": a length of time a verb says something took
_LASTED_BEFORE = re.compile(
    r"(?i)\b(?:lasted|lasting|lasts|took|taking|spent|spending|(?:jailed|imprisoned|sentenced|banned|suspended"
    r"|detained|held|closed|shut|grounded|delayed|postponed|extended|paused|halted)\s+(?:for|to|by)"
    # "extended the deal by a year", "pushed back the launch by a month": how far a date moved
    r"|(?:delay|delays|delayed|delaying|postpone|postponed|postponing|extend|extends|extended|extending"
    r"|push(?:ed|es|ing)?\s+back|br(?:ing|ings|ought)\s+forward)\s+(?:[\w'’-]+\s+){1,8}by)\s+$"
)


_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:and|but|or|in|on|at|to|from|for|of|per|faster|slower)\b"
)


def _span_word(m: re.Match[str], text: str) -> Candidate | None:
    """ "a decade" is ten years, "a century" a hundred, "half a century" fifty: the same measure as "ten
    years" or "50 years" in a rewrite. "a year" or "an hour" alone is a word of the sentence, not a figure;
    a share of one is a measure ("half an hour", "a quarter of a century"), and so is one with a bound or a
    hedge ("more than a year")."""
    word = m.group("w").lower()
    share = m.group("f")
    if word == "century" and _RUNS_MADE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "scored a century", "hit a maiden Test century": a hundred runs, no length of time
    if word == "second" and not (
        share is not None
        or (
            qualifiers_around(text, m.start(), m.end(), after=False)
            and (GAP_AFTER.match(text, m.end()) or _NO_NOUN_AFTER.match(text, m.end()))
        )
    ):
        return None  # "a second term", "took a second look": a rank; "more than a second back" a length
    compound = compound_after(text, m.end(), word) if share is None else None
    if compound is not None:  # "an hour and five minutes": one length of time, as "1 hour and 5 minutes"
        return Candidate(m.start(), compound[2], Kind.QUANTITY, significant(1.0 + compound[0]), word)
    if (
        share is None
        and word not in _SPANS
        # "another year in prison", "an extra month": a length added (not "live to fight another day")
        and not (m.group("added") or (m.group("another") and word != "day"))
        and not qualifiers_around(text, m.start(), m.end(), after=False)
        and not (
            _EVENT_AFTER.match(text, m.end()) and not _RATE_OF.search(text, max(0, m.start() - 12), m.start())
        )
        and not _LASTED_BEFORE.search(text, max(0, m.start() - 90), m.start())
    ):
        return None  # but "more than a year", "a day after the vote" measure a length of time
    value, unit = _SPANS.get(word, (1.0, word))
    if share is not None:
        value = significant(value * _SPAN_SHARES[" ".join(share.lower().replace("-", " ").split())])
    return Candidate(m.start(), m.end(), Kind.QUANTITY, value, unit)


# "a year-long trial", "a month-long strike": one unit of time, the measure "12 months" restates
_LONG_WORD = re.compile(r"(?<![-‐])\b(?P<w>(?i:year|month|week|day|decade|century|hour|fortnight))-long\b")
_LONG_UNITS = {"decade": (10.0, "year"), "century": (100.0, "year"), "fortnight": (2.0, "week")}


def _long_word(m: re.Match[str], text: str) -> Candidate | None:
    word = m.group("w").lower()
    value, unit = _LONG_UNITS.get(word, (1.0, word))
    return Candidate(m.start(), m.end(), Kind.QUANTITY, value, unit)


# "a 1-in-1,000-year event", "a one-in-100-year flood", "a once-in-a-century storm": how rare an event is,
# said as the years that pass, on average, between two of them
# (the counts are digits or a few round words, not the whole number grammar, whose size would slow the
# start-up of every check for a rare phrase)
_RETURN_PERIOD = re.compile(
    r"(?i)\b(?:once|one|1)[\s-]+in[\s-]+(?:(?P<a>an?)|(?P<n>\d[\d,]*|(?:(?:an?|one|two|five)[\s-]+)?"
    r"(?:hundred|thousand)|ten|twenty|fifty))[\s-]+"
    r"(?P<w>years?|decades?|centur(?:y|ies)|millenni(?:um|a))\b"
)


def _return_period(m: re.Match[str], text: str) -> Candidate | None:
    word = m.group("w").lower()
    per = {"y": 1.0, "d": 10.0, "c": 100.0, "m": 1000.0}[word[0]]
    if m.group("a"):
        count = 1.0
    else:
        try:
            count = _value(m.group("n"))
        except ValueError:
            return None
    return Candidate(m.start(), m.end(), Kind.QUANTITY, significant(count * per), "year")


# ---------------------------------------------------------------- multiples
_MULTIPLE_WORD = re.compile(r"\b(?i:" + P.alternation(list(MULTIPLES)) + r")\b")
_TIMES = P.LazyPattern(rf"(?P<n>{P.NUMBER})(?:\s+times|[-\s]?fold)\b")
# "cut by half" and "cut in half" are "halved", "risen by around half" up about 50% (the hedge is left to the
# words before "half", as before any figure)
_BY_HALF = re.compile(
    r"\b(?i:(?:by|in)\s+(?P<hedge>(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than|just\s+over|"
    r"just\s+under|close\s+to)\s+)?(?P<half>(?:a\s+)?half))\b(?![\s-]+(?:a\s+)?(?i:point|percentage))"
)
_FALL_BEFORE_HALF = re.compile(
    r"(?i)\b(?:" + "|".join(table("text")["fall_words"].split()) + r")\b(?:\s+[\w'’]+){0,4}\s+$"
)


def _by_half(m: re.Match[str], text: str) -> Candidate | None:
    start = m.start("half") if m.group("hedge") else m.start()  # "by half"; "by around |half", hedged
    if _RISE_BEFORE_HALF.search(text, max(0, m.start() - 50), m.start()):
        return Candidate(start, m.end(), Kind.PERCENT, 50.0, "percent")  # "rose by half": up 50%
    if not _FALL_BEFORE_HALF.search(text, max(0, m.start() - 50), m.start()):
        return None
    return Candidate(start, m.end(), Kind.NUMBER, 0.5, "times")


_RISE_BEFORE_HALF = re.compile(r"(?i)\b(?:" + "|".join(table("text")["rise_words"].split()) + r")\s+$")


# "rise by a factor of eight": a factor like "eightfold"
_FACTOR_OF = re.compile(
    r"\b(?i:a\s+factor\s+of)\s+(?P<n>\d+(?:\.\d+)?|[A-Za-z]+(?:[\s-][a-z]+)?)\b(?=[\s;:!?)]|[.,](?!\d)|$)"
)


_NOT_A_FACTOR_AFTER = re.compile(
    r"[\s-]+(?i:(?:the|his|her|their|its|our|my|your)\s+)?(?i:"
    + P.alternation(table("numbers")["multiple_not_figures"])
    + r")\b"
)


_HEDGED_MULTIPLE = re.compile(
    r"(?i)\b(?:nearly|almost|more\s+than|roughly|about|close\s+to|over|less\s+than)\s+$"
)
# both levels said: "doubled its tally to 99 seats from 52" (not "doubled the lead to 2-0")
_TO_A_LEVEL = re.compile(
    r"\s+(?:to\s+\d[\d,.]*(?![-–]\d)(?:\s+[a-z]+){0,2}\s+from\s+\d|from\s+\d[\d,.]*(?:\s+[a-z]+){0,2}\s+to\s+\d)"
)


def _multiple_word(m: re.Match[str], text: str) -> Candidate | None:
    """ "doubled", "twice as many", "halved": a factor, in the unit "times" ("doubled the lead", "a double
    whammy" are words)."""
    after = _NOT_A_FACTOR_AFTER.match(text, m.end())
    # ... but a tally "nearly doubled", or doubled "to 99 from 52", grew by that factor
    if after and not (
        _HEDGED_MULTIPLE.search(text, max(0, m.start() - 20), m.start())
        or _TO_A_LEVEL.match(text, after.end())
    ):
        return Candidate(m.start(), m.end(), None)
    if text[m.end() : m.end() + 1] in ("-", "‐") or text[max(0, m.start() - 1) : m.start()] in ("-", "‐"):
        return Candidate(m.start(), m.end(), None)  # "a triple-double", "double-digit": a word of its own
    if (
        m.group().lower() in ("twice", "thrice")
        and (
            _SCORED_TWICE.search(text, max(0, m.start() - 12), m.start())
            # ... and "has won the title twice", "twice a year": a count of occasions, as "three times"
            # before the same words is
            or _OCCASIONS_AFTER.match(text, m.end())
        )
        and not _AS_AFTER.match(text, m.end())  # "scored twice as many goals" is a factor
    ):
        # "Messi scored twice": two goals, as "a brace" or "two goals" says it, no factor
        return Candidate(m.start(), m.end(), Kind.NUMBER, float(MULTIPLES[m.group().lower()]))
    return Candidate(m.start(), m.end(), Kind.NUMBER, float(MULTIPLES[m.group().lower()]), "times")


# "twice as many goals" compares; "scored twice as Miami won" goes on with a clause of its own
_AS_AFTER = re.compile(
    r"\s+as\s+(?!(?:the|a|an|he|she|it|they|his|her|their|its|we|you|i|this|that|these|those|part|well)\b)[a-z]"
)
_SCORED_TWICE = re.compile(r"(?i)\b(?:scored|scores|scoring|netted|nets|struck|strikes)\s+$")


def _times(m: re.Match[str], text: str) -> Candidate | None:
    """ "three times higher", "two and a half times", "a 10-fold rise", "a factor of eight": a factor, in
    the unit "times". "Nominated six times." and "scored 10 times this season" count occasions: a number
    like "seven nominations"."""
    value = _value(m.group("n"))
    if m.group().lower().endswith("times") and _OCCASIONS_AFTER.match(text, m.end()):
        return Candidate(m.start(), m.end(), Kind.NUMBER, value)
    return Candidate(m.start(), m.end(), Kind.NUMBER, value, "times")


# What follows a count of occasions ("won it three times in a row", "twice a day", "interrupted three times by
# the safety car") rather than a factor
# ("three times higher", "three times the size", "three times last year's level")
_OCCASIONS_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?i:in|during|since|at|on|for|between|before|after|while|and|but|or|per|each|"
    r"every|so\s+far|already|this|last|now|by)\b(?!\s+\w+['’]s\b)"
    # "twice a day", "three times a season": how often, where "times a typical March's rainfall" and "twice
    # a year's output" are factors
    r"|\s+(?i:an?)\s+(?i:" + "|".join(table("text")["occasion_periods"].split()) + r")\b(?!['’]s\b)"
)


# ---------------------------------------------------------------- plain numbers, ranges, quantities
_RANGE = re.compile(rf"(?P<a>{P.NUMBER})(?P<join>{P.RANGE_JOIN})(?P<b>{P.NUMBER})")
# "in his 30s", "in their 40s to 70s", "her late 20s": ten years of an age (or of a temperature) as a range
_DECADE_OF_LIFE = re.compile(
    r"(?<![\w'’.,])(?P<a>[1-9]0)s(?:\s*(?:to|-|–|and)\s*(?:(?P<part2>early|mid|late|low|lower|high|upper)[-\s]?)?(?P<b>[1-9]0)s)?(?!\w)"
)
_PART_OF_DECADE = re.compile(r"(?i)\b(?P<part>early|mid|late|low|lower|high|upper)[-\s]?$")
# "the low 20s" (of a temperature) is the early part of them, "the upper 30s" the late
_PART_SPAN = {
    None: (0, 9),
    "early": (0, 3),
    "low": (0, 3),
    "lower": (0, 3),
    "mid": (3, 6),
    "late": (6, 9),
    "high": (6, 9),
    "upper": (6, 9),
}


# "in their twenties", "a man in his late thirties": a decade of someone's life in words
_LIFE_DECADES = {w: v for w, v in table("dates")["decade_words"].items() if 20 <= v <= 90}
_DECADE_OF_LIFE_WORD = re.compile(
    r"\b(?i:in|into)\s+(?i:their|his|her|my|your|our)\s+(?P<span>(?:(?P<part>early|mid|late)[-\s]?)?"
    r"(?P<w>(?i:" + P.alternation(list(_LIFE_DECADES)) + r")))\b"
)


def _decade_of_life_word(m: re.Match[str], text: str) -> Candidate | None:
    first = _LIFE_DECADES[m.group("w").lower()]
    low, high = _PART_SPAN[m.group("part").lower() if m.group("part") else None]
    return _range(m.start("span"), m.end("span"), float(first + low), float(first + high), "year", text)


def _decade_of_life(m: re.Match[str], text: str) -> Candidate | None:
    """The years of a decade of life; "early", "mid" and "late" keep their third of it. "the 70s" with its
    article is a decade of the calendar, the date recognizers'."""
    if re.search(r"(?i)\bthe\s+$", text[max(0, m.start() - 5) : m.start()]):
        return None
    part = _PART_OF_DECADE.search(text, max(0, m.start() - 6), m.start())
    start = part.start() if part else m.start()
    first = _PART_SPAN[part.group("part").lower() if part else None]
    low = float(m.group("a")) + first[0]
    high = float(m.group("b") or m.group("a")) + _PART_SPAN[(m.group("part2") or "").lower() or None][1]
    if m.group("b") is None:
        high = float(m.group("a")) + first[1]
    if low >= high:
        return None
    # "a man in his 70s" is an age, in years, as "the 70-year-old" is
    age = _LIFE_OWNER_BEFORE.search(text, max(0, start - 10), start) is not None
    return _range(start, m.end(), low, high, "year" if age else None, text)


_LIFE_OWNER_BEFORE = re.compile(r"(?i)\b(?:their|his|her|my|your|our)\s+$")


_NUMBER = re.compile(P.NUMBER)
_LONE_WORDS = frozenset({"one", "a", "an"})
# "one point ahead of Labour", "lost by one point": a margin, where "at one point" is a moment
_ONE_POINT = re.compile(
    r"\s+(?i:points?)\s+(?i:ahead|behind|clear|adrift|off|short|higher|lower|lead|up|down|below|above|from|"
    r"better|worse)\b"
    # ... and "a one-point lead", "a one-point drop": the margin or move as an adjective
    r"|-(?i:(?:percentage-)?point)\s+(?i:lead|margin|gap|advantage|deficit|swing|drop|fall|rise|gain|increase|"
    r"decrease|cut|win|victory|defeat|loss)\b"
)
_POINT_AFTER_ONE = re.compile(r"\s+(?i:(?:percentage\s+)?points?)\b")
_MOVED_BY_BEFORE = re.compile(
    r"(?i)\b(?:plus|minus|by|up|down|rose|fell|gained|lost|slipped|dropped|climbed|jumped|dipped|eased|slid|"
    r"rising|falling|declined|increased|decreased)\s+(?:(?:just|only|about|nearly|almost)\s+)?$"
)


# "an eight-to-one vote": the other side of a score in words, no count of votes
_SIDE_OF_A_SCORE = re.compile(r"(?i)(?:-to-|\sto\s)$")


def _one_point(text: str, start: int, end: int) -> bool:
    """A margin or a move of one point: "one point ahead", "inflation plus one point", "up one point"."""
    return _ONE_POINT.match(text, end) is not None or (
        _POINT_AFTER_ONE.match(text, end) is not None
        and _MOVED_BY_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# "one death", "one man was killed": the one "one" that counts (see counted_by_one in text.yaml)
_ONE_COUNTS = re.compile(
    r"\s+(?i:(?:"
    + P.alternation(table("text")["counted_by_one"].split())
    + r")\b|(?:"
    + P.alternation(table("text")["people_counted_by_one"].split())
    + r")(?:,?\s+(?:was|is|has|had|been|being|were|also|later|reportedly|critically|seriously|slightly|"
    r"badly|fatally)){0,3}\s+(?:" + P.alternation(table("text")["people_counted_verbs"].split()) + r")\b)"
)


# "three in Grenada and one in St. Vincent": "one" listed beside another count, the same word after each
_COUNT_LISTED_BEFORE = re.compile(
    r"(?i)\b(?:\d[\d,]*|" + P.alternation([*UNITS, *TENS]) + r")\s+(?P<p>in|at|from|on)\b[^.;:]{1,50}"
    r"(?:\band|,)\s+$"
)


def _one_in_a_list(text: str, start: int, end: int) -> bool:
    listed = _COUNT_LISTED_BEFORE.search(text, max(0, start - 70), start)
    return (
        listed is not None and re.match(rf"\s+{listed.group('p')}\b", text[end : end + 6], re.I) is not None
    )


_MILLIONS_NOT_METRES = re.compile(
    r"m\s+(?!(?i:" + P.alternation(table("text")["metre_events"].split()) + r")\b)"
    r"(?!(?i:was|has|is|as|his|its|this|thus|plus|minus|less|across|versus|does|us)\b)[A-Za-z]+s\b"
)


def _with_unit(cand: Candidate, text: str) -> Candidate:
    """The number with the unit after it, and the smaller unit of a compound measure ("5 feet 2 inches")."""
    if cand.kind is Kind.NUMBER and _currency_just_before(text, cand.start):
        return cand  # "$100m a day" is money (its own recognizer's), not 100 metres a day
    unit = unit_after(text, cand.end)
    if unit is None:
        streak = _STREAK_UNIT.match(text, cand.end)  # "19 consecutive days", "seven straight quarters"
        unit = unit_after(text, streak.end()) if streak else None
        if unit is None or unit.name not in TIME_UNITS:
            return cand
    glued_m = unit.name == "metre" and text[cand.end : cand.end + 1] == "m"
    if isinstance(cand.value, float) and (
        _MILLIONS_NOT_METRES.match(text, cand.end)
        or (glued_m and unit_after(text, cand.end + 1) is not None)  # "2.14m boe/d", "5m tonnes"
    ):
        # "232m iPhones", "1.5m homes": a count in millions, as headlines write it; "a 100m sprint" and the
        # "400m hurdles" stay metres
        millions = replace(cand, end=cand.end + 1, value=significant(cand.value * 1e6), kind=Kind.NUMBER)
        currency = _CURRENCY_WORD_AFTER.match(text, millions.end)
        if currency is not None and currency.group("cur") in P.CURRENCY_SUFFIXES:
            # "61.5m euros", "34m dollars": money in millions, as "€61.5m" is
            code = P.CURRENCY_SUFFIXES[currency.group("cur")]
            return replace(millions, end=currency.end(), kind=Kind.MONEY, unit=code)
        return _with_unit(millions, text)  # "5m tonnes": five million tonnes
    if unit.name.partition(" per ")[0] == "pound-mass" and cand.kind in (Kind.NUMBER, Kind.RANGE):
        pounds = _POUNDS_AFTER.match(text, cand.end)
        rate = unit.name.partition(" per ")[2] in TIME_UNITS
        if pounds and _pounds_of_money(cand, pounds.end(), text, rate):
            # money keeps no rate, as "$15 an hour" keeps none: "12.21 pounds an hour" is "£12.21"
            kind = Kind.MONEY if cand.kind is Kind.NUMBER else cand.kind
            return replace(cand, end=pounds.end(), unit="GBP", kind=kind)
    kind = Kind.QUANTITY if cand.kind in (Kind.NUMBER, Kind.FRACTION) else cand.kind
    name = rate_before(text, cand.start, unit.name) if unit.name not in TIME_UNITS else unit.name
    measured = replace(cand, end=unit.end, unit=name, kind=kind)
    below_zero = _BELOW_ZERO.match(text, unit.end) if name in _DEGREES else None
    if below_zero and isinstance(cand.value, float) and cand.value > 0:
        # "five degrees below zero" is -5 degrees, as "minus 5C" says it
        return replace(measured, end=below_zero.end(), value=-cand.value)
    compound = compound_after(text, unit.end, unit.name) if isinstance(cand.value, float) else None
    if compound is not None:
        amount, sub, end = compound
        # ... and a smaller one still: "2 hours 5 minutes 35 seconds"
        finer = compound_after(text, end, sub)
        if finer is not None:
            amount += finer[0] * amount_per(unit.name, sub)
            end = finer[2]
        measured = replace(measured, end=end, value=significant(cand.value + amount))  # type: ignore[operator]
    return measured


_DEGREES = TEMPERATURES | {BARE_DEGREES}
_BELOW_ZERO = re.compile(r"\s+(?i:below\s+zero)\b")
_CURRENCY_JUST_BEFORE = re.compile(rf"(?:{P.CURRENCY_PREFIX})\s?$")


def _currency_just_before(text: str, start: int) -> bool:
    """A currency prefix right before `start` ("$|100m", "US$ |5"); searched for only after a character a
    prefix can end with, since most numbers follow a space after a word."""
    before = text[start - 1] if start else ""
    if before.isspace():
        before = text[start - 2] if start >= 2 else ""
    if before not in P.CURRENCY_PREFIX_ENDS:
        return False
    return _CURRENCY_JUST_BEFORE.search(text, max(0, start - 4), start) is not None


_POUNDS_AFTER = re.compile(r"[\s‐-]*(?i:pounds?)\b")
_CURRENCY_WORD_AFTER = re.compile(rf"\s+(?P<cur>{P.CURRENCY_SUFFIX})")
_SCALED = re.compile(rf"(?:\d(?:m|bn|k)|[\s‐-]{P.BIG_SCALE_WORD}|\s(?i:thousand))$")
_PRICE_AFTER = re.compile(rf"\s*\(\s*(?:{P.CURRENCY_PREFIX})")
_OF_MONEY_THINGS = re.compile(
    r"(?i)\s+of\s+(?:new\s+|its\s+own\s+|its\s+|their\s+)?(?:"
    + P.alternation(table("units")["pounds_of_money_things"])
    + r")\b"
)
_MONEY_WORDS_BEFORE = re.compile(
    r"(?i)\b(?:" + P.alternation(table("units")["pounds_money_words"]) + r")\b(?:\s+[\w'’.%-]+){0,8}\s+$"
)


def _pounds_of_money(cand: Candidate, end: int, text: str, rate: bool) -> bool:
    """ "42 million pounds ($53 million)" is sterling, "2 million pounds of beef" a weight (units.yaml). A
    wage or a bill is counted per hour or per year ("12.21 pounds an hour"), a weight seldom is, and the word
    that says money may stand a few words back ("the minimum wage will rise by 6.7% to 12.21 pounds")."""
    if _PRICE_AFTER.match(text, end) or _OF_MONEY_THINGS.match(text, end):
        return True
    if _OF_NEXT.match(text, end):
        return False
    if _SCALED.search(text, cand.start, cand.end):
        return True
    if WEIGHT_WORDS_BEFORE.search(text, max(0, cand.start - 60), cand.start):
        return False
    return rate or bool(_MONEY_WORDS_BEFORE.search(text, max(0, cand.start - 70), cand.start))


# "19 consecutive days", "three previous years", "two more weeks": an adjective between a count and its
# unit of time
_STREAK_UNIT = re.compile(
    rf"\s+(?:{_STREAK_ADJECTIVE}|(?i:previous|past|more|further|additional|full|long|whole|separate"
    # "20 trading days", "five working days": days of a calendar of their own, still days
    r"|trading|working|business|school|calendar))(?=\s)"
)


def _range_builder(m: re.Match[str], text: str) -> Candidate | None:
    first = m.group("a").strip().lower()
    if first in _BARE_FRACTIONS and not _bare_fraction_ok(first, text, m.start("a"), m.end("a")):
        return None  # "in the first quarter to 4.1 million": a period, then the figure
    if not _range_ok(m, text, m.group("join")):
        return None
    if (
        _YEARISH.match(m.group("a"))
        and not _YEARISH.match(m.group("b"))
        and _preceded_by(text, m.start(), ("in", "since", "during", "for", "of"))
    ):
        return None  # "jumped by a quarter in 2023 to 3,898": a year, then the level reached
    low, high = _bounds(m.group("a"), m.group("b"))
    if low >= high or _change_then_level(m, text, low, high):
        return None
    ranged = _with_unit(_range(m.start(), m.end(), low, high, None, text), text)
    if ranged.unit is None and AGED_BEFORE.search(text, max(0, ranged.start - 12), ranged.start):
        ranged = replace(ranged, unit="year")  # "aged 15 to 24" are ages, as "aged 20" is
    return ranged


def _is_share(words: str) -> bool:
    try:
        return 0 < _value(words) < 1
    except ValueError:
        return False


def _a_level_after_a_round_move(low: float, high: float) -> bool:
    """ "dropped by nearly 300,000 to 431,000": a figure of three or more significant digits after one at
    least two places rounder is the level reached, where the two ends of a range are about as round as each
    other ("by 2 to 3 percent", "by 20 to 25%", "by 1.5 to 2.25 million barrels")."""
    written_low, written_high = f"{low:.10g}", f"{high:.10g}"
    significant = len(written_high.replace(".", "").strip("0"))
    return significant >= 3 and precision_unit(high, written_high) * 100 <= precision_unit(low, written_low)


def _change_then_level(m: re.Match[str], text: str, low: float, high: float) -> bool:
    """Whether "A to B" says by how much and then to what, not a range: "surged almost a third to 443,995",
    "fell by 9 to 48" ("rose by 2 to 3 percent" is a range)."""
    if not any(ch.isdigit() for ch in m.group("a")) and _is_share(m.group("a")) and high >= 1:
        return True  # a share, then the level it reached (a scale after "to" is not the share's)
    return (
        m.group("join").strip().lower() == "to"
        and (high > 2 * low or _a_level_after_a_round_move(low, high))
        and (
            # (the verb and its "by" may lie apart: "shrank for a 15th straight year, by around half a
            # million")
            _CHANGE_BY_BEFORE.search(text, max(0, m.start() - 64), m.start()) is not None
            # "the Tories gained two to 24%": a move of two points, and the level it reached
            or _CHANGE_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
        )
    )


def _number(m: re.Match[str], text: str) -> list[Candidate]:
    """Every number in a run: "3 hundred and 2 hundred" is two, "five and a half million" one."""
    found: list[Candidate] = []
    run = m.group()
    share = _POINT_SHARE.search(run)
    if share and share.start() > 0 and _POINT_AFTER.match(text, m.end()):
        run = run[: share.start()]  # "five quarter-point moves": five moves of a quarter point each
    for p in parse_phrase(run):
        start, end = m.start() + p.start, m.start() + p.end
        surface = text[start:end].lower()
        if surface in _BARE_FRACTIONS and not _bare_fraction_ok(surface, text, start, end):
            continue
        if p.fraction and _ORDINAL_ADJECTIVE.match(surface) and _HYPHEN_AFTER.match(text, end):
            continue  # "a seventh-minute lead", "a half-point cut": ordinals and measures, not shares
        if p.fraction and _RANKS_A_NOUN.fullmatch(surface) and ranks_a_noun_after(text, end):
            continue  # "a fourth straight month", "a third term": ordinals in words, not shares
        if (
            p.fraction
            and _RANKS_A_NOUN.fullmatch(surface)
            and _SCORED_LEAD.search(text, max(0, end - 40), start + surface.rfind(" ") + 1)
            and not _OF_AFTER.match(text, end)
        ):
            continue  # "Rice added a third": the third goal, an ordinal (not "added a third of the cost")
        if surface in _VAGUE_WORDS:
            continue  # "dozens of people": the vague recognizer's
        if surface in _LONE_SCALES and text[start].isupper() and not _sentence_initial(text, start):
            continue  # "Billion-Dollar Club", "Million Dollar Baby": a word of a name, not an amount
        if (
            surface in _LONE_SCALES
            and _SCALE_AS_NOUN_BEFORE.search(text, max(0, start - 30), start)
            and not _HYPHEN_AFTER.match(text, end)
        ):
            continue  # "his 50th ODI hundred", "a maiden Test hundred": a cricket century, a noun
        kind = Kind.FRACTION if p.fraction and abs(p.value) < 1 else Kind.NUMBER
        if p.fraction and _quarters_of_a_year(surface, p.value, text, start, end):
            found.append(Candidate(start, end, Kind.QUANTITY, significant(4 * p.value), unit="quarter"))
            continue
        cand = _with_unit(Candidate(start, end, kind, p.value), text)
        if cand.unit is None and kind is Kind.NUMBER and _aged_before(text, start):
            cand = replace(cand, kind=Kind.QUANTITY, unit="year")  # "aged 20" is the age "20-year-old" gives
        if (
            cand.unit is None
            and surface in _LONE_WORDS
            and not (
                surface == "one"
                and not _SIDE_OF_A_SCORE.search(text, max(0, start - 4), start)
                and (
                    _ONE_COUNTS.match(text, end)
                    or _one_point(text, start, end)
                    or _one_in_a_list(text, start, end)
                )
            )
        ):
            continue  # "one of the ...", "a" are words, not figures, unless they count a unit ("one year")
        found.append(cand)
    return found


_QUARTERS = re.compile(r"(?:\d+|[a-z]+)[\s-]quarters")
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:past|last|next|previous|recent|latest|first|final|coming)\s+$")
_PERIOD_AFTER = re.compile(
    r"\s+(?i:in\s+a\s+row|running|of\s+(?:19|20)\d\d\b|to\s+(?:the\s+end\s+of\s+)?(?:"
    + P.alternation([m for m in MONTHS if len(m) > 3])
    + r")\b)"
)


def _quarters_of_a_year(surface: str, value: float, text: str, start: int, end: int) -> bool:
    """ "seven quarters in a row", "the past three quarters", "2 quarters": periods of three months, not
    shares ("three quarters of voters", "three quarters full")."""
    if not _QUARTERS.fullmatch(surface):
        return False
    return (
        value >= 1  # seven quarters of one thing is no share
        or surface[0].isdigit()
        or _PERIOD_BEFORE.search(text, max(0, start - 12), start) is not None
        or _PERIOD_AFTER.match(text, end) is not None
    )


_LONE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# What stands before a scale word used as a noun: a possessive, a rank or a name ("his hundred", "her 50th
# hundred", "a maiden Test hundred", "his third ODI hundred"), where a number needs a count or "a" before it
_SCALE_AS_NOUN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|my|our|your|maiden|double|\d+(?:st|nd|rd|th)|"
    + P.alternation(list(table("numbers")["ordinals"]))
    + r")|\b[A-Z]{2,}s?|\b(?!(?:"
    + P.alternation(table("text")["not_names"].split())
    + r")\b)[A-Z][a-z]+)\s+$"
)
# "aged 20", "at the age of 84", and each age of a list ("aged 34, 41 and 52")
AGED_BEFORE = re.compile(r"(?i)\b(?:aged|age\s+of)\s+(?:\d{1,3}(?:,\s*|,?\s+and\s+))*$")


def _aged_before(text: str, start: int) -> bool:
    """ "aged 20", "aged 18, 19 and 20": the word "age" is looked for before the pattern is searched."""
    window = max(0, start - 40)
    return "age" in text[window:start].lower() and AGED_BEFORE.search(text, window, start) is not None


_BARE_FRACTIONS = frozenset({"half", "halves", "quarter", "quarters"})
_ORDINAL_ADJECTIVE = re.compile(r"(?:an?|one)\s+[a-z]+(?<!s)$")
_HYPHEN_AFTER = re.compile(r"[^\S\n]?[-‐][^\S\n]?[A-Za-z]")  # not a list item's dash on the next line
_POINT_SHARE = re.compile(r"[\s-]+(?i:quarter|half)$")
_POINT_AFTER = re.compile(r"[\s-](?:(?i:a)\s+)?(?:(?i:percentage)[\s-])?(?i:point)\b")
# "a third" before what it ranks is an ordinal ("a third term", "a fourth straight month")
_OF_AFTER = re.compile(r"\s+(?i:of|more|less|fewer|to|on)\b")
_RANKS_A_NOUN = re.compile(r"an?\s+(?!half\b|quarter\b)[a-z]+(?<!s)")
# ... with up to two words describing it between ("a sixth major title", "a fifth Grand Slam title")
_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?i:of|the|an?|to|than|on|in|at|for|from|by|and|or|but|is|are|was|were|be|been|has|have|had"
    r"|will|would|still|also|said|says|more|less|fewer|their|its|his|her|our|these|those|them|they|it|who"
    # "fell by a third last year": a time after a share is no noun it ranks
    r"|which|that|last|this|next|each|every|per|over|since)\b)[A-Za-z]+){0,2}\s+(?i:"
    + P.alternation(table("text")["ranked_after"].split())
    + r")\b"
)
_VAGUE_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
# ... or before a name it ranks: "a third Golden Boot", "a second Oscar" (not a day: "down a third Tuesday")
_NAME_RANKED_AFTER = re.compile(
    r"\s+(?!(?i:" + "|".join(sorted({*WEEKDAYS, *MONTHS}, key=len, reverse=True)) + r")\b)[A-Z][a-z]+\b"
)


def ranks_a_noun_after(text: str, end: int) -> bool:
    """Whether what follows an "a third" is a noun or a name it ranks ("a third term", "a third Golden
    Boot"), so that it is an ordinal, not a share."""
    return _NOUN_AFTER.match(text, end) is not None or _NAME_RANKED_AFTER.match(text, end) is not None


# Recognizers tried where their triggers are (see tokens.py): the phrases a match can start with, and a word
# the text must hold somewhere for the recognizer to be tried at all ("a year and a half" needs "half").
WORD_RECOGNIZERS: tuple[tuple[Pattern, Builder, frozenset[str], str | None], ...] = tuple(
    (pattern, build, trigger_keys(triggers), needs)
    for pattern, build, triggers, needs in (
        (_PHONE, _nonfigure, ["+", "(", DIGITS], None),
        (_CODE, _code, [LETTERS_THEN_DIGITS, "24/7"], None),
        (_RAND, _rand, [LETTERS_THEN_DIGITS], None),
        (_MONEY_PREFIX, _money_prefix, [*P.CURRENCY_PREFIXES, *P.SCALED_CODES], None),
        (
            _VAGUE,
            _vague,
            ["tens", "hundreds", "several", "a few", "many", "some", *_VAGUE_WORDS, "scores"],
            None,
        ),
        (_MULTIPLE_WORD, _multiple_word, list(MULTIPLES), None),
        (_FACTOR_OF, _times, ["a"], "factor"),
        (_BY_HALF, _by_half, ["by", "in"], "half"),
        (_VAGUE_WORD, _vague_word, table("qualifiers")["vague"], None),
        (
            _DIGIT_COUNT,
            _digit_count,
            ["four", "five", "six", "seven", "eight", "nine", "ten", "double", "triple"],
            None,
        ),
        (_SPAN_WORD, _span_word, ["a", "an", "one", "half", "three", "another"], None),
        (_COUPLE_OF, _couple_of, ["a", "couple"], "couple"),
        (_FORTNIGHTLY, _fortnightly, ["fortnightly", "every", "each"], None),
        (
            _LONG_WORD,
            _long_word,
            ["year", "month", "week", "day", "decade", "century", "hour", "fortnight"],
            "long",
        ),
        (_RETURN_PERIOD, _return_period, ["once", "one", DIGITS], "in"),
        (_TIMES_IN, _times_in, ["once", "twice", "thrice"], "in"),
        (_N_TIMES_IN, _times_in, [DIGITS, *NUMBER_WORDS], "times"),
        (
            _AND_A_HALF,
            _and_a_half,
            ["a", "an", "another", DIGITS, *VULGAR, *NUMBER_WORDS, "minus", "negative"],
            "half",
        ),
        (_HYPHENED_HALF, _hyphened_half, ["a", "an", DIGITS, *NUMBER_WORDS], "half"),
        (_POINT_WORDS, _point_words, ["a", "one", "another", "quarter", "half", "three"], None),
        (_SHARE_OF_ONE, _share_of_one, ["a", "half", *_UNIT_WORDS], None),
        (_ONE_OF_A_UNIT, _one_of_a_unit, ["a", "an"], None),
        (_DECADE_OF_LIFE_WORD, _decade_of_life_word, ["in", "into"], None),
        (_KNOCKOUT_ROUND, _knockout_round, ["last"], None),
        (_RECORD_WINDOW, _nonfigure, _RECORD_WORDS, None),
        (_WORLD_WAR, _nonfigure, ["world"], "war"),
        (
            _NUMBER_IN_NAME,
            _number_in_name,
            [
                w.lower()
                for w in (*table("numbers")["name_number_words"], *table("numbers")["name_number_prefixes"])
            ],
            None,
        ),
        (_ONE_DAY_FORMAT, _nonfigure, ["one"], "day"),
        (_MAGNITUDE_FIRST, _magnitude_first, ["magnitude"], None),
        (_UNIT_POWER, _nonfigure, ["^", "−"], None),
        (_RANK_WORD, _rank_word, list(_RANK_WORDS), None),
        (_GROUP_SHARE, _group_share, list(_GROUP_SHARES), None),
        (_HAT_TRICK, _hat_trick, ["hat", "hattrick", "brace"], None),
        (_NUMBERED, _numbered, ["number", "no"], None),
        (_DAY_NUMBER, _day_number, ["day"], None),
        (_NAMED_HOUR, _named_hour, ["noon", "midday", "midnight"], None),
        (_OCLOCK, _clock_words, [DIGITS, *_HOUR_WORDS], "clock"),
        (_PAST_OR_TO, _clock_words, ["half", "quarter"], None),
        (_AGE_GROUP_WORDS, _age_group_words, ["over", "under"], None),
    )
)
# Addresses may start anywhere in a word ("jo.smith@example.com"): searched for, in texts that have one.
# A wire story's version ("UPDATE 2 - Death toll rises to 148") says which edition this is, no figure of it.
_WIRE_VERSION = re.compile(r"\bUPDATE\s+\d{1,2}\b")
SEARCHED: tuple[tuple[re.Pattern[str], Builder, tuple[str, ...]], ...] = (
    (_ADDRESS, _nonfigure, ("@", "http", "www.")),
    (_WIRE_VERSION, _nonfigure, ("UPDATE",)),
)
# Recognizers whose pattern starts with a number: tried only where a number can start (see _number_starts),
# which is what keeps the scanner fast; searching the whole text with each would cost ~3 ms per pattern.
_JOIN_NEXT = r"\s*[-–—/]|\s+(?:to|or|and|through|thru)\s"
# What must follow the first number of a match, checked before the full pattern is tried: a cheap test
# that spares the big patterns most run starts. None: always tried.
NUMBER_RECOGNIZERS: tuple[tuple[Pattern, Builder, re.Pattern[str] | None], ...] = (
    (_RACE_TIME, _race_time, re.compile(r":\d")),
    (
        _TIME,
        _time_of_day,
        re.compile(
            r"[:.]\d|\s?(?i:[ap]\.?m)|\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|(?i:hrs|hours\s+local|local))\b"
        ),
    ),
    (_MAGNITUDE_OF_QUAKE, _magnitude_of_quake, re.compile(_QUAKE_AFTER)),
    (_DIGIT_CODE, _digit_code, None),
    (_DOTTED, _dotted, re.compile(r"\.\d")),
    (_STATUTE_SECTION, _dotted, re.compile(r"\([a-z]\)")),
    (_ORDINAL, _ordinal, re.compile(r"st|nd|rd|th")),
    (_SCORE, _score, re.compile(r"\s?[-–]\s?\d")),
    (_RESULT_LINE, _result_line, re.compile(r"[^\S\n]+[A-Z]")),
    (_VOTES, _votes, re.compile(r"\s+(?:votes?\s+)?to\s+[\dA-Za-z]|-to-\d")),
    (_LABELLED, _labelled, None),
    (_STREET, _nonfigure, re.compile(r"\s+[A-Z]")),
    (_INNINGS, _innings, re.compile(r"\s+for\s+[\dA-Za-z]|/\d")),
    (_DIGIT_FRACTION, _digit_fraction, re.compile(r"\s+\d|/")),
    (_PENCE, _pence, re.compile(r"p\b")),
    (_PER_CURRENCY, _per_currency, re.compile(r"\s+(?:per|to\s+the|against\s+the|a)\s")),
    (
        _MONEY_SUFFIX,
        _money_suffix,
        # (after a currency's own scale: "11m-crown", whose "m" no plain number run takes)
        re.compile(rf"(?:{_JOIN_NEXT}|(?:[mGT]\b)?(?:\s?[-‐]\s?|\s*){P.CURRENCY_SUFFIX})"),
    ),
    (_PERCENT, _percent, re.compile(rf"(?:{_JOIN_NEXT}|\s?%|pc\b|\s*(?i:per|pct|basis|bps?\b))")),
    (_COUNT, _count, re.compile(r"\s+of\s")),
    (_COUNT_FROM, _count, re.compile(r"\s+[A-Za-z]+(?:\s+sheets)?\s+from\s")),
    (_RATIO, _count, re.compile(r"\s+(?:in|out)\s|-in-")),
    (_PER_BASE, _per_base, re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:per|for\s+every)\s")),
    (_DECADE_OF_LIFE, _decade_of_life, re.compile(r"s\b")),
    (_RANGE, _range_builder, re.compile(_JOIN_NEXT)),
    (_TIMES, _times, re.compile(r"\s+times\b|[-\s]?fold\b")),
    (_OVER, _over, re.compile(r"\s+over\s")),
    (_TWO_BOUNDS, _two_bounds, re.compile(_TWO_BOUNDS_JOIN)),
    (_NUMBER, _number, None),
)
_STARTERS = trigger_keys([DIGITS, *VULGAR, *NUMBER_WORDS, "minus", "negative", "a", "an"])


def _number_starts(text: str, tokens: Tokens) -> list[re.Match[str]]:
    """Offsets where a number run starts: every number-led recognizer is tried there and only there.

    A run is what the NUMBER pattern matches ("18.2 million", "Twenty-three", "a third"); trying the other
    patterns only at run starts (not at every "a", not inside "18.2 million") is what keeps them cheap.
    """
    runs: list[re.Match[str]] = []
    pos = 0
    for s in tokens.starts(_STARTERS):
        if s < pos:
            continue
        if text[s].isdigit() and s and text[s - 1] in "-−." and (s < 2 or not text[s - 2].isalnum()):
            s -= 1  # a sign ("-3.2%") or a leading decimal point (".308")
        elif s > 1 and text[s - 1] == ":" and text[s - 2].isdigit():
            continue  # the minutes of "06:00 to 21:00" start no number of their own ("00 to 21")
        run = _NUMBER.match(text, s)
        if run is not None:
            runs.append(run)
            pos = run.end()
    return runs


def _candidates(build: Builder, m: re.Match[str], text: str) -> list[Candidate]:
    """A builder's candidates; a builder that cannot read its match (not one number) raises ValueError."""
    try:
        built = build(m, text)
    except ValueError:
        return []
    listed = built if isinstance(built, list) else [built]
    return [c for c in listed if c is not None and c.end > c.start]


def _next_pos(m: re.Match[str], cands: list[Candidate]) -> int:
    """Where scanning resumes: after the match, or where a builder shrank it ("from 3% to 5%")."""
    start, stop = m.span()
    if not cands:
        return start + 1
    end = cands[0].end if len(cands) == 1 else max(c.end for c in cands)
    return max(min(end, stop), start + 1)


_QUANTITY_JOIN = re.compile(r"\s*[-–—]\s*|\s+(?:to|or|and)\s+")


def _quantity_ranges(text: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """ "44 mg to 50 mg", "between 44 mg and 50 mg": two measures of one unit joined into a range."""
    quantities = sorted((c for c in cands if c.kind is Kind.QUANTITY), key=lambda c: c.start)
    for a, b in pairwise(quantities):
        join = _QUANTITY_JOIN.fullmatch(text, a.end, b.start)
        if (
            join is None
            or a.unit != b.unit
            or not isinstance(a.value, float)
            or not isinstance(b.value, float)
        ):
            continue
        word = join.group().strip().lower()
        if word == "and" and not _preceded_by(text, a.start, ("between",)):
            continue
        if word == "to" and _CHANGE_VERB_BEFORE.search(text, max(0, a.start - 40), a.start):
            continue  # "rose by 130,000 barrels a day to 26.7 million bpd": the change, then the level
        if _preceded_by(text, a.start, ("from",)) and not _RANGED_FROM.search(
            text, max(0, a.start - 24), a.start
        ):
            continue
        if a.value < b.value:
            yield _range(a.start, b.end, a.value, b.value, a.unit, text)
        elif a.value > b.value and _RANGED_FROM.search(text, max(0, a.start - 24), a.start):
            # "temperatures ranged from -18C to -34C": a range written from its warm end
            yield _range(a.start, b.end, b.value, a.value, a.unit, text)


_WORD_TRIGGERS = TriggerIndex(triggers for _, _, triggers, _ in WORD_RECOGNIZERS)


def scan(text: str, tokens: Tokens | None = None) -> Iterator[Candidate]:
    """Every candidate any recognizer proposes, non-overlapping within one recognizer, in text order."""
    found = list(_scan(text, tokens or tokenize_text(text)))
    yield from found
    yield from _quantity_ranges(text, found)


def _scan(text: str, tokens: Tokens) -> Iterator[Candidate]:
    for pattern, build, gates in SEARCHED:
        if not any(g in text for g in gates):
            continue
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            cands = _candidates(build, m, text)
            yield from cands
            pos = _next_pos(m, cands)
    for index in _WORD_TRIGGERS.tried(tokens):
        pattern, build, triggers, needs = WORD_RECOGNIZERS[index]
        if needs is None or needs in tokens.where:
            yield from _tried_at(pattern, build, text, tokens.starts(triggers))
    runs = _number_starts(text, tokens)
    followed = _runs_by_follow(text, runs)
    for index, (pattern, build, follow) in enumerate(NUMBER_RECOGNIZERS):
        pos = 0
        for run in runs if follow is None else followed[index]:
            start = run.start()
            if start < pos:
                continue
            m = run if pattern is _NUMBER else pattern.match(text, start)
            if m is None:
                continue
            cands = _candidates(build, m, text)
            yield from cands
            pos = _next_pos(m, cands)


# Every recognizer's follow tried by one match at the end of a run: an optional lookahead each, with an empty
# group that is set only when its lookahead holds. Some thirty follows tried one by one at every run of an
# article were as many Python calls per number as all the rest of its reading.
_FOLLOWED = [(index, follow) for index, (_, _, follow) in enumerate(NUMBER_RECOGNIZERS) if follow is not None]
_FOLLOWS = re.compile("".join(f"(?:(?={follow.pattern})(?P<follow{index}>))?" for index, follow in _FOLLOWED))
_FOLLOW_GROUPS = [(_FOLLOWS.groupindex[f"follow{index}"] - 1, index) for index, _ in _FOLLOWED]


def _runs_by_follow(text: str, runs: list[re.Match[str]]) -> dict[int, list[re.Match[str]]]:
    """The runs each follow-gated recognizer is tried at, in text order, keyed by the recognizer's index."""
    by_recognizer: dict[int, list[re.Match[str]]] = {index: [] for index, _ in _FOLLOWED}
    for run in runs:
        groups = _FOLLOWS.match(text, run.end()).groups()  # type: ignore[union-attr]  # all optional: always
        for group, index in _FOLLOW_GROUPS:
            if groups[group] is not None:
                by_recognizer[index].append(run)
    return by_recognizer


def _tried_at(pattern: re.Pattern[str], build: Builder, text: str, starts: list[int]) -> Iterator[Candidate]:
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        cands = _candidates(build, m, text)
        yield from cands
        pos = _next_pos(m, cands)
