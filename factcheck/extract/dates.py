"""Dates: explicit ones, weekdays, relative phrases and periods, resolved against the publication date.

A news text's "Thursday" means the Thursday of the week around its publication date (in the past unless the
words before it speak of the future), "this Friday" the Friday of the current week, "next Sunday" the Sunday
of next week, "last year" the year before, "two years ago" the day two years before. Without a publication
date nothing is guessed: the value stays the lower-cased words ("thursday", "last year"), which still align
by their words.

Values are ISO-like strings: a day "2025-02-13", a month "2025-02", a year "2024", a week "2025-W07" (a
weekend "2025-W07-WE"), a quarter "2025-Q3", a half "2025-H1", a season "2025-SU", a decade "1990s", a day
without a known year "XXXX-02-13", and a period "start..end" with `low`/`high`. Explicit forms are read from
the match itself; dateparser normalises the numeric forms ("21-04-2016", "2015/08/12"), loaded only when
one occurs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from math import gcd

from factcheck.calendar import YEAR_VALUE, span
from factcheck.extract import holidays
from factcheck.extract.candidates import Candidate
from factcheck.extract.lexicon import table
from factcheck.extract.numbers import TENS, UNITS
from factcheck.extract.patterns import alternation
from factcheck.extract.tokens import (
    DIGITS,
    SHORT_DIGITS,
    YEAR_DIGITS,
    Tokens,
    TriggerIndex,
    tokenize,
    trigger_keys,
)
from factcheck.model import Figure, Kind

_T = table("dates")
MONTHS: dict[str, int] = {n.lower(): int(k) for k, names in _T["months"].items() for n in names}
WEEKDAYS: dict[str, int] = {n.lower(): int(k) for k, names in _T["weekdays"].items() for n in names}
RELATIVE: dict[str, tuple[str, int]] = {k: (v[0], int(v[1])) for k, v in _T["relative"].items()}
DURATIONS: dict[str, str] = _T["durations"]
SEASONS: dict[str, str] = _T["seasons"]
QUARTERS: dict[str, int] = {str(k): v for k, v in _T["quarters"].items()}
ORDINALS: dict[str, int] = table("numbers")["ordinals"]
_ANAPHORIC = frozenset(_T["anaphoric"])
_DURATION_ANAPHORIC = frozenset(_T["duration_anaphoric"])
_FUTURE = re.compile(r"(?i)(?:^|\W)(?:" + alternation(_T["future_markers"]) + r")(?=\W|$)")
# The first run of letters of every future marker ("will", "won" of "won't", "ll" of "'ll"): a clause with
# none of them has no future marker, and the long alternation above need not be searched (tense_at runs for
# most dates of a story)
_LETTERS = re.compile(r"[a-z]+")
_FUTURE_KEYS = frozenset(_LETTERS.search(m.lower()).group() for m in _T["future_markers"])  # type: ignore[union-attr]
# A past marker is a whole word: one of the listed past forms, or any verb in the past ("switched off an
# instrument in March") but not a plan or a forecast ("scheduled", "expected"). The words of a clause are
# looked up in these sets: a regex alternation of some 150 words tried at every word start cost as much as all
# the rest of the extraction of a date (tense_at runs for most dates of a story).
_PAST_MARKERS = frozenset(w.lower() for w in _T["past_markers"])
_NOT_PAST_PARTICIPLES = frozenset(w.lower() for w in _T["not_past_participles"])
_WORD = re.compile(r"\w+")
# a participle after a verb of being ("will be announced", "will stay closed") is no past
_NOT_AFTER_BEING = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bhave )(?<!\bstay )(?<!\bremain )(?<!\bget )(?<!\bkeep )(?<!\bis )"
    r"(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bwill )(?<!\bto )"
)
# "after cutting 1,100 jobs in March": what a report says happened before it (but "after trading on June 7"
# names a market session, which may lie ahead)
_AFTER_DOING = re.compile(r"(?i)\bafter\s+(?!(?:trading|closing|opening|hours)\b)[a-z]+ing\b")


def _regular_past(word: str) -> bool:
    """A verb in the past by its ending ("switched"), unless it names a plan or a forecast."""
    return (
        len(word) >= 5
        and word.endswith("ed")
        and word.isascii()
        and word.isalpha()
        and word not in _NOT_PAST_PARTICIPLES
    )


def _past_markers(words: str) -> list[tuple[int, int]]:
    """The (start, end) of every past marker of `words`, in text order."""
    found = [
        m.span()
        for m in _WORD.finditer(words)
        if ((word := m.group().lower()) in _PAST_MARKERS or _regular_past(word))
        and _NOT_AFTER_BEING.match(words, m.start())
    ]
    if "after" in words.lower():
        found.extend(m.span() for m in _AFTER_DOING.finditer(words))
        found.sort()
    return found


# a clause ends at punctuation, and at a full stop only where a sentence could end ("No. 4" goes on); not
# at the comma of a number ("1,100 jobs")
# (a comma between two amounts that qualify one noun breaks no clause: "signed a 10-year, $700 million deal")
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),(?!\s[$€£¥]?\d)|(?<!-year),(?!\d{3}|\s[$€£¥]\d)|[;!?—]|:(?!\d{2})|\.(?=[\"”’]?(?:\s+[A-Z\"“]|\s*$))"
    # ... and the end of a paragraph or of an item of a list ("- Duty frozen until August"), which a
    # line wrapped inside a sentence is not
    r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•–·]|\d{1,2}[.)])[ \t])"
)
# Words that begin a clause of its own, with its own tense: "faces a vote on Wednesday after he used special
# powers on Monday"; before a date only where a subject follows ("after the vote on Wednesday" is no clause)
_SUBORDINATE = re.compile(r"(?i)\b(?:" + alternation(_T["subordinators"]) + r")\b")
_SUBORDINATE_CLAUSE = re.compile(_SUBORDINATE.pattern + r"\s+(?i:he|she|it|they|we|i|you)\b")
_PRESENT_IN_A_TIME_CLAUSE = re.compile(
    r"(?i)(?:when|once|until|before|after)\s+(?:he|she|it|they|we|i|you)\s+(?:is|are|am|takes?|begins?|starts?)\b"
)

# Month names match capitalised ("May 5", never "may 5"), or in lower case where that is unambiguous.
_FULL_MONTHS = [names[0] for names in _T["months"].values()]
_ABBR_MONTHS = [n for names in _T["months"].values() for n in names[1:]]
_LOWER = _T["lowercase_months"]
_MONTH = (
    r"(?P<@G@>(?:"
    + alternation(_FULL_MONTHS + [m for m in _LOWER if m in {x.lower() for x in _FULL_MONTHS}])
    + r")(?:\b|(?=\d{1,2}\b))|(?:"
    + alternation(_ABBR_MONTHS + [m for m in _LOWER if m not in {x.lower() for x in _FULL_MONTHS}])
    + r")\b\.?)"
)
_WEEKDAY_NAMES = [names[0] for names in _T["weekdays"].values()]
_WEEKDAY = (
    r"(?P<wd>"
    + alternation(_WEEKDAY_NAMES + [w.lower() for w in _WEEKDAY_NAMES])
    + r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?)"
)
# "twenty-second" is also written "twenty second"
_ORDINAL_WORD = alternation(list(ORDINALS)).replace(r"\-", r"[\s-]")
_DAY = r"(?P<@G@>[0-3]?\d(?:st|nd|rd|th)?\b|(?i:" + _ORDINAL_WORD + r")\b)"
_UNIT_WORD = alternation([w for w, v in UNITS.items() if 1 <= v <= 9])
_TEEN_WORD = alternation([w for w, v in UNITS.items() if 10 <= v <= 19])
_TENS_WORD = alternation(list(TENS))
_CENTURY_WORD = alternation([w for w, v in UNITS.items() if 11 <= v <= 19] + ["twenty"])
# A year said in words, as quotes and transcripts give it: "nineteen ninety-nine", "nineteen oh one",
# "two thousand and eighteen", "twenty twenty-four"; only where a date pattern expects a year.
_SPOKEN_YEAR = (
    rf"(?i:(?:{_CENTURY_WORD})[\s-]+(?:hundred|(?:oh|zero)[\s-]+(?:{_UNIT_WORD})|(?:{_TEEN_WORD})"
    rf"|(?:{_TENS_WORD})(?:[\s-]+(?:{_UNIT_WORD}))?)"
    rf"|two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:(?:{_TEEN_WORD})|(?:{_TENS_WORD})(?:[\s-]+(?:{_UNIT_WORD}))?"
    rf"|(?:{_UNIT_WORD})))?)\b"
)
_YEAR = r"(?P<@G@>[12]\d{3}\b(?!\s?%)|" + _SPOKEN_YEAR + ")"
DECADE_WORDS: dict[str, int] = _T["decade_words"]
_SPAN_BACK, _SPAN_AHEAD = set(_T["span_back"]), set(_T["span_ahead"])


def _g(fragment: str, group: str) -> str:
    """Name the group of a shared fragment, so that one pattern can hold several months or days."""
    return fragment.replace("@G@", group)


_MDY = _g(_MONTH, "m1") + r"[\s.-]*(?:the\s+)?" + _g(_DAY, "d1") + r"(?:,?\s+" + _g(_YEAR, "y1") + ")?"
_DMY = (
    r"(?:the\s+)?"
    + _g(_DAY, "d2")
    + r"\.?\s+(?:of\s+)?"
    + _g(_MONTH, "m2")
    + r"(?:,?\s+"
    + _g(_YEAR, "y2")
    + ")?"
)
_MY = (
    _g(_MONTH, "m3") + r"(?:\s?,)?\s+(?:of\s+)?" + _g(_YEAR, "y3")
)  # "November , 2016" as tokenised text has it
_YMD = _g(_YEAR, "y4") + r"[-/](?P<m4>(?i:" + alternation(list(MONTHS)) + r"))[-/]" + _g(_DAY, "d4")

# never inside a number: "closed at 6,107.31 August 2019" holds no 31 August
# a part of a month written with a hyphen ("end-March 2025", "mid-June") is still that month
_MONTH_PART_LEAD = "".join(f"|(?<=(?i:{p})-)" for p in ("mid", "end", "late", "early", "start"))
EXPLICIT = re.compile(rf"(?:(?<![\w-]){_MONTH_PART_LEAD})(?<!\d[.,])(?:{_MDY}|{_DMY}|{_MY}|{_YMD})")
WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his)\s+(?:week\s+(?:on\s+)?)?)?{_WEEKDAY}(?:'s|’s)?"
    # "Tuesday, the 19th" is a day of the month where nothing it ranks follows ("the 19th straight day",
    # "Wednesday, the fourth-biggest fire")
    rf"(?:,?\s+(?:{_MDY}|{_DMY}|the\s+(?:(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s?%|[.,]\d)"
    # ... and "Wednesday, the second in two years" ranks a thing too: a day in words is followed by no "in"
    rf"|(?P<domw>(?i:{_ORDINAL_WORD}))\b(?!\s+(?:in|for)\b))"
    rf"(?=\s*(?:[,.;:!?)]|[–-](?!\w)|$)|\s+(?:of|and|or|but|at|in|on|when|to|until|till|through|thru|from|for|with)\b)))?"
    rf"(?:\s+(?:of\s+)?(?P<wk>next|last|this)\s+week\b)?"
)
MONTH_ALONE = re.compile(
    r"(?:\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|"
    r"[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]ill|(?i:end|start)(?=[-‐])|(?i:"
    + alternation(_T["month_parts"])
    + r"))[\s-]+)?"
    + _g(_MONTH, "m")
    + r"(?!\s*\d|\s+(?:the\s+)?(?i:"
    + _ORDINAL_WORD
    + r")\b)(?:\s+(?P<rel>next|last|this)\s+year\b)?"
)
# "between January and March", "from November to February", "January-March": months of one stretch; the
# second month is the first of its name from the first on, or both take the year that follows the last
MONTH_SPAN = re.compile(
    r"(?:(?P<lead>[Bb]etween|[Ff]rom)\s+)?"
    + _g(_MONTH, "a")
    + r"(?:\s*[-–]\s*|\s+(?:and|to|until|through|till)\s+)"
    + _g(_MONTH, "b")
    + r"(?:,?\s+(?P<y>(?:19|20)\d{2})|\s+(?P<rel>(?i:last|next|this))\s+(?i:year))?(?![\w-]|\s*,?\s*\d)"
)
RELATIVE_PHRASE = re.compile(r"\b(?i:" + alternation(list(RELATIVE)) + r")\b")
_UNIT = r"(?i:" + alternation(list(DURATIONS)) + r")\b"
# The amount of a duration, read by numbers.parse_number in the builder (which declines what is not one):
# a lighter pattern than the full number run, since durations are rare and this one is compiled at start-up.
_AMOUNT = r"(?:\d[\d,.]*|(?i:a\s+few|an?|few|several)|(?!and\b)[A-Za-z]+(?:[\s-][A-Za-z]+){0,3}?)"
_DURATION = rf"(?:{_AMOUNT}\s*{_UNIT})"
DURATION_SHIFT = re.compile(
    rf"\b(?P<parts>{_DURATION}(?:(?:,|\s+and)?\s+{_DURATION})*)\s+"
    rf"(?P<dir>(?i:{alternation(_T['duration_before'] + _T['duration_after'])}))\b"
    rf"(?:\s+(?P<base>(?i:today|tomorrow|tmrw|yesterday|now)))?"
)
QUARTER = re.compile(
    r"\b(?:(?P<y1>[12]\d{3})\s*)?(?P<qh>Q[1-4]|H[12])(?:\s*(?P<y2>[12]\d{3}))?\b"
    # ("the last quarter of 2023" is its fourth, as "the final quarter" is; "last quarter" alone the one
    # before)
    r"|\b(?:the\s+)?(?P<ord>(?i:" + alternation(list(QUARTERS)) + r"|last(?=[\s-]+(?:quarter|half)\s+of\s)))"
    r"[\s-]+(?P<unit>quarter|half)\b"
    r"(?:\s+(?:of\s+)?(?:(?P<y3>[12]\d{3})\b|(?P<rel>this|last|next)\s+year\b|(?P<the>the\s+year)\b))?"
)
# "the December quarter" (as Australian and New Zealand statistics name them), "the three months to June",
# "the year to October" (as British ones do): the months that end with that month; three of them that end a
# calendar quarter are that quarter
MONTH_QUARTER = re.compile(
    r"\b(?:(?P<y0>[12]\d{3})\s+)?"
    # "the July-September quarter": the quarter's months, first to last
    + r"(?:"
    + _g(_MONTH, "m0")
    + r"\s*[-–]\s*)?"
    + _g(_MONTH, "m")
    + r"[\s-]+quarter\b(?:\s+(?:of\s+)?(?P<y>[12]\d{3})\b)?"
    + r"|\b(?:(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?|(?P<year>year))"
    + r"\s+(?:to|through|thru|ending|ended)\s+"
    # "the year to mid-2023", as population estimates count to the middle of a year (its June)
    + r"(?:(?i:mid)[-‐](?P<ymid>[12]\d{3})\b(?![-‐]\d)|"
    # "the 12 months to mid-November", as inflation to a survey's mid-month is told
    + r"(?:the\s+end\s+of\s+|(?i:mid)-?|(?i:early|late)\s+)?"
    + _g(_MONTH, "m2")
    # "the six months to June 30": the month's last day ends the period ("the year ended Sept. 28" is a
    # period ending on an explicit date, which is the figure)
    + r"(?:\.?\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d))?"
    + r"(?:,?\s+(?P<y2>[12]\d{3})\b)?)"
)
# "the year starting April 1", "the fiscal year beginning in July", "the 12 months from October": twelve
# months from that month, as budgets and forecasts name the year ahead
YEAR_FROM = re.compile(
    r"\b(?i:the)\s+(?:(?i:fiscal|financial|budget|tax)\s+)?(?i:year|12\s+months|twelve\s+months)\s+"
    r"(?i:starting|beginning|from|that\s+(?:starts|begins))\s+(?:(?i:on|in)\s+)?"
    + _g(_MONTH, "m")
    + r"(?:\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]?\d))?(?:,?\s+(?P<y>[12]\d{3})\b)?"
)
SEASON = re.compile(
    r"\b(?:(?P<mod>this|next|last|[Tt]his|[Nn]ext|[Ll]ast)\s+(?P<s1>(?i:spring|summer|autumn|fall|winter))\b"
    # "the next Summer Games", "last winter's Olympics" are the Games, not the season
    r"(?![\s-]+(?i:olympics|olympic|games|paralympics|paralympic)\b)"
    r"|(?P<s2>(?i:spring|summer|autumn|winter|(?<=\bthe\s)fall|(?<=\bin\s)fall|(?<=\bby\s)fall))\s+(?:of\s+)?"
    # ("the fall of 2025", "in fall 2025" are the season; "the fall of Rome" is no date)
    r"(?P<y>[12]\d{3}\b|" + _SPOKEN_YEAR + "))"
)
ISO = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
NUMERIC = re.compile(
    r"(?<![\w/.-])(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.])\d{1,2}\2\d{1,2})(?![\w/]|\.\d)"
)
# 2100 is the horizon of climate and population projections ("1.5 billion by 2100")
YEAR = re.compile(r"(?<![\w$€£¥.,/\-−])(?:1[89]\d{2}|20\d{2}|2100)(?![\w%‰]|[.,]\d|\s?%)")
# ... and an older year where a preposition of time says it is one ("the last breeding was in 1416", "built
# in 1066"; not "sold 1416 units")
OLD_YEAR = re.compile(r"(?<![\w$€£¥.,/\-−])1[0-7]\d{2}(?![\w%‰]|[.,]\d|\s?%)")
DECADE = re.compile(r"(?<![\w.,])(?:(?:1[89]|20)\d0(?:s|'s|’s)|'\d0s|’\d0s)(?!\w)")
YEAR_SPAN = re.compile(
    r"(?<![\w.,])(?P<a>(?:1[89]|20)\d{2})(?:[-–/]| [-–] )(?P<b>(?:1[89]|20)?\d{2})(?![\w%]|\s?%)"
)
# "FY25", "FY2025", "FY 2024-25": a fiscal year, named as "fiscal 2025" is by the year it ends in, or by the
# two calendar years it spans
FISCAL_YEAR = re.compile(r"\bFY\s?['’]?(?P<a>(?:19|20)?\d{2})(?:[-–/](?P<b>(?:19|20)?\d{2}))?(?![\w%])")
# A day and month in figures without a year: "4/22" (US order), "22/04" (the day cannot be a month).
MONTH_DAY = re.compile(r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/%]|[.,]\d|\s?%)")
# "the 15th century", "the twenty-first century", "a 21st-century problem": a hundred years.
CENTURY = re.compile(
    r"(?:\b(?P<n>[12]?\d)(?:st|nd|rd|th)|\b(?P<w>(?i:" + _ORDINAL_WORD + r")))[\s-]+(?i:century)\b"
)
# A year named as a point of a story's time: "mid-2027", "pre-2020 levels", "post-2008 rules".
PREFIXED_YEAR = re.compile(
    r"\b(?i:" + alternation(_T["year_prefixes"]) + r")[-‐](?P<y>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d|\s?%)"
)
# "by early next year", "late in 2027": the half of the year the part falls in, so that "early" said "late"
# moved the date (and "the start of next year" still falls in "early next year")
EARLY_OR_LATE_YEAR = re.compile(
    r"\b(?P<p>(?i:early|late))(?:\s+in)?\s+(?:(?P<rel>(?i:this|next|last))\s+year\b|(?P<y>(?:1[89]|20)\d{2}))"
    r"(?![\w%]|[.,]\d|\s?%|[-–/]\d)"
)
# "by the end of the year", "at the start of next month": the part stands for its whole.
PART_OF_PERIOD = re.compile(
    r"\b(?i:" + alternation(_T["month_parts"]) + r")\s+(?:(?i:the)\s+(?=(?i:next|last)\s))?"
    r"(?P<rel>(?i:the|this|next|last))\s+(?P<u>(?i:year|month|week|decade|century))\b"
)
# "the first week of March", "the last week of July 2025": seven days of a month.
# "the first week of March", "the last week of July 2025": seven days of a month; "the third week of 2027",
# "the first week of next year": of a year, counted from January 1 (the last from December 31).
WEEK_OF_MONTH = re.compile(
    r"\b(?P<ord>(?i:first|second|third|fourth|last|final))\s+week\s+(?:"
    r"of\s+"
    + _g(_MONTH, "m")
    + r"(?:,?\s+(?P<y>[12]\d{3})\b)?"
    + r"|(?:of\s+)?(?P<rel>(?i:this|next|last|previous))\s+(?P<per>(?i:month|year))\b|of\s+"
    + _g(_YEAR, "y2")
    + r")"
)
# Two dates joined into a period: "Oct. 2 to October 22", "2014-2018", "from 2014 to 2018".
_JOIN = r"(?:[-–—]|to|through|thru|until|till|and)"
# A span of time reaching back from, or forward to, the publication date: "the past three years",
# "the next two weeks", "within 30 days", "over the past year".
SPAN = re.compile(
    r"(?i:(?P<within>within)\s+(?:the\s+)?)?(?:(?P<dir>(?i:"
    + alternation(_T["span_back"] + _T["span_ahead"])
    + rf"))\s+)?(?:(?P<n>{_AMOUNT})\s*)?(?P<u>{_UNIT})(?P<half>\s+and\s+a\s+half\b)?"
)
# "the 70s", "70's" (the article is looked for by the builder: patterns start at a rarer token than "the")
DECADE_SHORT = re.compile(r"(?<![\w'’.,])(?P<d>[1-9]0)(?P<suffix>s|'s|’s)(?!\w)")
DECADE_WORD = re.compile(
    r"(?:(?P<c>(?i:nineteen|twenty|two\s+thousand(?:\s+and)?))[\s-]+)?(?P<w>(?i:"
    + alternation(list(DECADE_WORDS))
    + r"))\b"
)
DAY_OF_RELATIVE_MONTH = re.compile(_g(_DAY, "d") + r"\s+of\s+(?P<rel>(?i:this|next|last|previous))\s+month\b")
# "on the 27th", "by the fifteenth": a day of the month the story stands in, named alone. Only after a
# preposition and "the", and only where nothing follows that it could rank ("the 27th hole").
DAY_ALONE = re.compile(
    rf"(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?i:{_ORDINAL_WORD}))\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|at|in|when|as|until|to|for|with)\b)"
)
_DAY_ALONE_LEAD = re.compile(r"(?i)\b(?:on|by|until|till|from|since|before|after|for)\s+the\s+$")
_DAY_IN_WORDS_LEAD = re.compile(r"(?i)(?:on|by|until|till|for)\b")
NTH_WEEKDAY = re.compile(
    r"\b(?P<ord>(?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s+"
    + _WEEKDAY
    + r"\s+(?:of|in)\s+(?:(?P<rel>(?i:this|next|last|previous))\s+month\b|"
    + _g(_MONTH, "m")
    + r"(?:,?\s+"
    + _g(_YEAR, "y")
    + r")?)"
)
YEAR_MONTH = re.compile(
    r"(?<![\w/.,-])(?:(?P<y>(?:19|20)\d{2})(?:\s?/\s?|-)(?P<m>1[0-2]|0?[1-9])"
    r"|(?P<m2>1[0-2]|0?[1-9])(?:\s?/\s?|-)(?P<y2>(?:19|20)\d{2}))(?![\w/%]|[.,-]\d)"
)
SEASON_ALONE = re.compile(
    r"(?:\b(?i:mid|early|late)[\s-]?)?(?P<s>(?i:spring|summer|autumn|winter))\b(?!\s+(?:of\s+)?[12]\d{3}|[\s-]+(?i:olympics|games|camp|"
    r"school|session|break|holidays?|recess|term|transfer|months?)\b)"
)
# "the rest of the year": from the publication date to the end of the week, month or year it falls in.
REST_OF = re.compile(
    r"\b[Rr]est\s+of\s+(?:the\s+current\s+|the\s+|this\s+|current\s+)?(?P<u>week|month|year)\b"
)
_SEASON_LEAD = re.compile(
    r"(?i)\b(?:in|during|over|by|until|till|through|throughout|from|since|before|after|into|ahead\s+of)"
    r"\s+(?P<the>the\s+)?$"
)
# ... and "between September 2014 and the end of 2024": a part of the later period may end it
_PERIOD_JOIN = re.compile(
    r"\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?",
    re.IGNORECASE,
)
_ORD = r"(?:st|nd|rd|th)?"
_DAY_RANGE = re.compile(
    _g(_MONTH, "m")
    + rf"\s+(?P<a>[0-3]?\d){_ORD}\s*{_JOIN}\s*(?P<b>[0-3]?\d){_ORD}\b"
    + r"(?:,?\s+"
    + _g(_YEAR, "y")
    + r")?"
    + rf"|(?P<a2>[0-3]?\d){_ORD}\s*{_JOIN}\s*(?P<b2>[0-3]?\d){_ORD}"
    + r"\s+(?:of\s+)?"
    + _g(_MONTH, "m2")
    + r"(?:,?\s+"
    + _g(_YEAR, "y2")
    + r")?"
)


def year_value(year: str) -> int:
    """ "2019" -> 2019, "nineteen ninety-nine" -> 1999, "two thousand and eight" -> 2008."""
    if year.isdigit():
        return int(year)
    words = [w for w in re.split(r"[\s-]+", year.lower()) if w != "and"]
    values = [UNITS.get(w) or TENS.get(w) or 0 for w in words]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(values[2:])
    return values[0] * 100 + sum(values[1:])


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


_NOT_DIGITS = re.compile(r"\D")


def _day(text: str) -> int:
    lowered = text.lower()
    lowered = "-".join(lowered.split())
    return ORDINALS[lowered] if lowered in ORDINALS else int(_NOT_DIGITS.sub("", lowered))


def resolve_day(
    month: int, day: int, year: int | None, pub: date | None, tense: str | None = None
) -> str | None:
    """ISO date; a date without a year takes the year that puts it nearest the publication date, or, in a
    clause in the future (past) tense, the first one on or after (the last one on or before) it."""
    try:
        if year is not None:
            return date(year, month, day).isoformat()
        if pub is None:
            date(2000, month, day)  # validate day/month (2000 is a leap year)
            return f"XXXX-{month:02d}-{day:02d}"
    except ValueError:
        return None
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, month, day))
        except ValueError:
            continue
    if tense == "future" and any(d >= pub for d in options):
        options = [d for d in options if d >= pub]
    elif tense == "past" and any(d <= pub for d in options):
        options = [d for d in options if d <= pub]
    return min(options, key=lambda d: (abs((d - pub).days), d)).isoformat() if options else None


_LAST_WEEKDAY_GAP = 3


def resolve_weekday(weekday: int, modifier: str | None, pub: date, future: bool) -> str:
    """The day a weekday names in a text published on `pub`.

    "this/next/last Friday" is the Friday of this, next or last (ISO) week; a bare weekday is the latest one
    on or before the publication date, or the next one when the sentence speaks of the future. Late in a
    week, "last Tuesday" is the one of that week, at least three days back: a Sunday story's "last Tuesday"
    is five days before it, as its readers take it, where a Wednesday's is eight.
    """
    mod = (modifier or "").lower()
    monday = pub - timedelta(days=pub.weekday())
    if mod == "last" and pub.weekday() - weekday >= _LAST_WEEKDAY_GAP:
        return (monday + timedelta(days=weekday)).isoformat()
    if mod in ("this", "next", "last"):
        shift = {"this": 0, "next": 7, "last": -7}[mod]
        return (monday + timedelta(days=shift + weekday)).isoformat()
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if future and ahead:
        return (pub + timedelta(days=ahead)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise ValueError("unreachable")


def resolve_relative(unit: str, offset: int, pub: date) -> str:
    """ "last year" -> "2024", "next month" -> "2025-03", "this week" -> "2025-W07", "yesterday" -> a day."""
    if unit == "day":
        return (pub + timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        iso = (pub + timedelta(weeks=offset)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        moved = shift_months(pub.replace(day=1), offset)
        return f"{moved.year}-{moved.month:02d}"
    if unit == "decade":
        return f"{(pub.year // 10 + offset) * 10}s"
    if unit == "quarter":
        index = pub.year * 4 + (pub.month - 1) // 3 + offset
        return f"{index // 4}-Q{index % 4 + 1}"
    return str(pub.year + offset)


def shift(pub: date, unit: str, amount: float) -> date:
    """`pub` moved by a duration ("2 years", "3 weeks"); whole calendar months and years keep the day."""
    if unit == "day":
        return pub + timedelta(days=round(amount))
    if unit == "week":
        return pub + timedelta(weeks=amount)
    if unit == "fortnight":
        return pub + timedelta(weeks=2 * amount)
    months = {"month": 1, "year": 12, "decade": 120}[unit]
    return shift_months(pub, round(amount * months))


def _resolve_month(month: int, modifier: str, pub: date | None, tense: str | None = None) -> str:
    """ "last March" is the latest March before the publication month, "next March" the first after it,
    and a bare "in March" the March nearest to it, or in a clause in the future (past) tense the first
    March from (the last March up to) the publication month."""
    if pub is None:
        return f"XXXX-{month:02d}"
    mod = modifier.lower()
    here = pub.year * 12 + pub.month - 1
    options = [y * 12 + month - 1 for y in (pub.year - 1, pub.year, pub.year + 1)]
    if mod == "last":
        chosen = max(o for o in options if o < here)
    elif mod == "next":
        chosen = min(o for o in options if o > here)
    elif mod == "this":
        chosen = pub.year * 12 + month - 1
    else:
        if mod == "since":
            tense = "past"  # "its lowest since March": a time the story looks back to, whatever the clause
        if tense == "future":
            options = [o for o in options if o >= here]
        elif tense == "past":
            options = [o for o in options if o <= here]
        chosen = min(options, key=lambda o: (abs(o - here), o))
    return f"{chosen // 12}-{chosen % 12 + 1:02d}"


_DATE_SEPARATORS = re.compile(r"[/.-]")


@lru_cache(maxsize=2048)
def _dateparser_iso(surface: str) -> str | None:
    """Numeric dates: day first when the first number cannot be a month ("21-04-2016") or the parts are
    joined by dots, as Europe writes them ("12.03.2024" is 12 March); else US order."""
    import dateparser

    parts = _DATE_SEPARATORS.split(surface)
    if len(parts[0]) == 4:
        order = "YMD"
    elif int(parts[0]) > 12 or "." in surface:
        order = "DMY"
    else:
        order = "MDY"
    parsed = dateparser.parse(
        surface, languages=["en"], settings={"DATE_ORDER": order, "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed else None


_QUOTE_MARKS = str.maketrans("", "", '"“”‘’')
_QUOTE_MARK = re.compile('["“”‘’]')
_REPORTING_VERBS = frozenset(_T["reporting_verbs"]) | frozenset(v.capitalize() for v in _T["reporting_verbs"])


def _without_quote_marks(words: str) -> str:
    return words.translate(_QUOTE_MARKS) if _QUOTE_MARK.search(words) else words


# A verb of saying whose object is a clause or a thing said, with no other tense word after it: "said a cut
# in", "added that the vote in", "warned the strike on" (not "said on", nor "told reporters on")
_REPORTED = re.compile(
    r"(?i)\b(?:"
    + alternation(_T["reporting_verbs"])
    + r")\s+(?P<that>that|an?|the|another|further|its|their|his|her)\s+(?:(?!(?:"
    + alternation(_T["past_markers"])
    + r")\b)[\w'’-]+\s+){0,5}(?:in|on|by|from|until|for)\s*$"
)


SINCE_BEFORE = re.compile(
    r"(?i)\b(?:since|ever\s+since)\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of)[\s-]+)?$"
)


_SINCE_DOING_BEFORE = re.compile(r"(?i)\bsince\s+(?:being\s+)?[a-z]+(?:ing|ed)\s+(?:in|on|at)\s+$")


_AHEAD_WITH = re.compile(r"(?i)\s*with\s+(?:[\w'’-]+\s+){1,3}(?:expected|due|scheduled|slated|set)\b")


def tense_at(text: str, start: int, end: int | None = None) -> str | None:
    """ "future" or "past" when the clause leading up to a date says which ("will open in March", "was
    held in March"): the tense word nearest the date decides. With none before it, the first few words
    after the date (`end`) may ("sales in March were up"); None when the clause says neither.

    Only the clause's last few words count: in "said on Wednesday he would meet", the weekday belongs to
    "said", not to the later "would"; and a reported past after a future word owns the date ("officials who
    will oversee the vote met on Monday")."""
    lead = text[max(0, start - 100) : start]
    if "since" in lead[-40:] and (
        SINCE_BEFORE.search(lead, len(lead) - 32) or _SINCE_DOING_BEFORE.search(lead, len(lead) - 40)
    ):
        return "past"  # "its firmest since Jan. 2", "since launching in January": what a story counts from
    clause_text = _CLAUSE_BREAK.split(lead)[-1]
    if _EVENT_AHEAD_OF.search(clause_text):
        # "rushed to renew before a fee increase on 10 April": the day of an event the clause's action came
        # before, which its tense does not place (unless the action is itself ahead: "rain was forecast
        # before the storm weakened on Tuesday")
        return "future" if _time_clause_of_a_forecast(clause_text) else None
    # (the verb list is searched only where the clause ends on the word an end follows)
    if clause_text.rstrip().endswith(_END_FOLLOWS) and _EXTENDED_UNTIL.search(clause_text):
        return "future"
    # "suspended until at least Friday", "closed until Monday at the earliest": an end still expected, ahead
    # whatever the clause's tense
    # (anchored tests first: the searches run only where the words can be)
    if (clause_text.endswith(("least ", "earliest ")) and _UNTIL_AT_LEAST.search(clause_text)) or (
        end is not None and _AT_THE_EARLIEST.match(text, end) and _UNTIL_END.search(clause_text)
    ):
        return "future"
    # "has issued an alert until Wednesday", "is in force until Friday": what is in place now ends ahead, as
    # does what runs now ("an alert runs until Thursday")
    # (what follows a past the clause only describes with: "passengers whose flights were cancelled can
    # rebook until July 24")
    if _UNTIL_END.search(clause_text):
        was = [m.end() for m in _WAS.finditer(clause_text)]
        now = clause_text[was[-1] :] if was else clause_text
        if (_NOW_IN_PLACE.search(now) or _CAN.search(now)) or (not was and not _tense_words(now)[1]):
            return "future"
    # "faces a vote on Wednesday after he used special powers on Monday": a clause of its own has begun
    starts = [m.start() for m in _SUBORDINATE_CLAUSE.finditer(clause_text)]
    clause = clause_text[starts[-1] :].split() if starts else []
    # quotation marks do not change a tense: 'a hike in July was "very likely"'
    words = _without_quote_marks(" ".join(clause[-16:]))
    future, past = _tense_words(words)
    if not future and not past and _PRESENT_IN_A_TIME_CLAUSE.match(words):
        return "future"  # "... when he is sworn in on 20 January": a time clause in the present looks ahead
    if not future and not past and _AHEAD_WITH.match(clause_text):
        return "future"  # "..., with results expected early on Monday": a plan told with no verb of its own
    if not future and not past:  # ... unless it says no tense ("will resign after he loses the vote on ...")
        clause = clause_text.split()
        words = _without_quote_marks(" ".join(clause[-16:]))
        future, past = _tense_words(words)
    if not future and not past and len(clause) > 16:
        # a long clause with no tense near the date takes its verb's further back ("said Amazon would
        # increase the ratio of individual contributors to managers by at least 15% by the end of ...")
        words = _without_quote_marks(" ".join(clause[-32:]))
        future, past = _tense_words(words)
    if (
        past
        and not _FORWARD_FIRST_WORDS.isdisjoint(words.lower().split())
        and (forward := _FORWARD_OBJECT.search(words))
        and max(past) <= forward.end("verb")
    ):
        # "signalled two more cuts before December": what was forecast or promised lies ahead of the telling
        future.append(forward.end())
    reported = _REPORTED.search(words) if not _REPORTING_VERBS.isdisjoint(words.split()) else None
    if reported and end is not None and (not future or max(future) < reported.start("that")):
        # "said a further hike in July was likely": the date stands in what was said, whose own verb after
        # it gives the tense ("said the meeting on Monday was productive")
        future, past = [], []
    if not future and not past:
        if end is None:
            return None
        after_clause = _CLAUSE_BREAK.split(_without_quote_marks(text[end : end + 40]))[0]
        # "faces a vote on Wednesday after he used special powers": a clause of its own begins there
        # ... and so does one of its own after "and" ("cut rates in September and meets next on ...")
        after_clause = _AND_A_VERB.split(after_clause)[0]
        after = " ".join(_SUBORDINATE.split(after_clause)[0].split()[:3])
        future = [-m.start() for m in _FUTURE.finditer(after)]
        past = [-start for start, _ in _past_markers(after)]
        if not future and not past:
            return None if reported is None else "past"
    if max(future, default=-1 << 30) >= max(past, default=-1 << 30):
        return "future"
    return "future" if _time_clause_of_a_forecast(clause_text) else "past"


# "before", "until", "once": a clause of time, whose verb takes the tense of the clause it depends on
_TIME_CONJUNCTION = re.compile(r"(?i)\b(?:before|until|till|once)\s+")
_FORECAST = re.compile(r"(?i)\b(?:forecast|predicted|projected|expected|due|set|scheduled|likely)\b")


def _time_clause_of_a_forecast(clause_text: str) -> bool:
    """ "Rain was forecast before the storm weakened over Virginia on Tuesday", "said the storm would dump
    rain before it weakened on Tuesday": a clause of time after a forecast or a future tells a time still
    ahead in the past tense, as reported speech does; not after a past ("arrested him before the attack
    happened on Tuesday")."""
    conjunctions = list(_TIME_CONJUNCTION.finditer(clause_text))
    if not conjunctions:
        return False
    main = " ".join(clause_text[: conjunctions[-1].start()].split()[-16:])
    future, past = _tense_words(main)
    if future and max(future) >= max(past, default=-1):
        return True
    forecast = _FORECAST.search(main)
    return forecast is not None and all(end <= forecast.end() for end in past)


_EVENT_AHEAD_OF = re.compile(
    r"(?i)\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*\s+(?:on|in)\s+$"
)
_END_FOLLOWS = ("until", "till", "to", "through", "into")
# ... with a time of the day between: "until 10am on Friday", "till midnight on Sunday", "until 6pm Tuesday"
_UNTIL_END = re.compile(
    r"(?i)\b(?:until|till)\s+(?:(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
    r"(?:\s+(?:GMT|BST|UTC|CET|ET|EST|EDT|PT|local(?:\s+time)?))?\s+(?:on\s+)?)?$"
)
_UNTIL_AT_LEAST = re.compile(r"(?i)\b(?:until|till)\s+at\s+(?:the\s+)?(?:very\s+)?(?:least|earliest)\s+$")
_AT_THE_EARLIEST = re.compile(r"(?i)\s+at\s+(?:the\s+)?(?:very\s+)?(?:least|earliest)\b")
_NOW_IN_PLACE = re.compile(r"(?i)\b(?:has|have|is|are|remains?|stays?)\b")
_CAN = re.compile(r"(?i)\b(?:can|may|must|should)\b")
_WAS = re.compile(r"(?i)\b(?:was|were|had)\b")
_EXTENDED_UNTIL = re.compile(
    r"(?i)\b(?:" + alternation(_T["extension_verbs"]) + r")\b.{0,80}?\b(?:until|till|to|through|into)\s+$"
)
_AND_A_VERB = re.compile(r"\s+and\s+(?=(?:[a-z]+(?:s|ed)|will|would|is|are|was|were|has|have|had)\b)")


def _tense_words(words: str) -> tuple[list[int], list[int]]:
    """Where the future and the past markers of `words` end."""
    letters = _LETTERS.findall(words.lower())
    maybe_future = not _FUTURE_KEYS.isdisjoint(letters)
    future = [m.end() for m in _FUTURE.finditer(words)] if maybe_future else []
    if not _DECISION_VERBS.isdisjoint(letters):
        # "voted on Wednesday to raise council tax from April": what was decided lies ahead
        future += [m.end() for m in _DECIDED_TO.finditer(words)]
    if not _EXPECTATION_VERBS.isdisjoint(letters):
        # "said it expected 90% to be reconnected by Thursday": what was expected or planned lies ahead
        future += [m.end() for m in _EXPECTED_TO.finditer(words)]
    if not _MODAL_VERBS.isdisjoint(letters):
        # "Storms may bring 40mm of rain on Friday", "could see 35C on Thursday": a possibility still to come
        future += [m.end() for m in _MAY_DO.finditer(words)]
    if "seen" in letters:
        # "inflation is seen peaking at 3.7% in July-September": what forecasters see lies ahead
        future += [m.end() for m in _SEEN_DOING.finditer(words)]
    return future, [end for _, end in _past_markers(words)]


_SEEN_DOING = re.compile(r"(?i)\b(?:is|are|now|also)\s+seen\s+(?:as\s+)?(?:[a-z]+ing|at|to\s+[a-z]+)\b")


_DECISION_VERBS = frozenset(_T["decision_verbs"])
_DECIDED_TO = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(_DECISION_VERBS))
    + r")(?:\s+on\s+\w+|\s+\w+ly)?\s+(?:plans\s+)?to\s+[a-z]+"
)


_EXPECTATION_VERBS = frozenset(_T["expectation_verbs"])
# ... its object, up to four words, between the verb and the infinitive ("expected prices to fall")
_EXPECTED_TO = re.compile(
    r"(?i)(?<!\bhad\s)(?<!\bhad\sbeen\s)\b(?:"
    + "|".join(sorted(_EXPECTATION_VERBS))
    + r")\s+(?:(?!to\b)[\w%'’.,-]+\s+){0,4}?to\s+[a-z]+"
)


_MODAL_VERBS = frozenset(_T["modal_verbs"])
# ... with a verb of its own, not a past possibility ("may have left on Monday") nor a past inability ("could
# not be reached on Monday")
# (in lower case: "in May from 4.1%" is the month; "Could" and "Might" begin a sentence, "May" a date)
_MAY_DO = re.compile(
    r"\b(?:"
    + "|".join(sorted(_MODAL_VERBS | {"Could", "Might"}))
    + r")\s+(?:well\s+|also\s+|even\s+|still\s+)?"
    r"(?!have\b|not\b|never\b|be\s+seen\b)[a-z]+"
)


_FORWARD_FIRST_WORDS = frozenset(verb.split()[0] for verb in _T["forward_verbs"])
# a forecast's or a promise's object, then the word before its date: "signalled two more cuts before"
_FORWARD_OBJECT = re.compile(
    r"(?i)\b(?P<verb>"
    + alternation(_T["forward_verbs"])
    + r")\s+(?!(?:that|on|in|at|by|last|this|earlier|to)\b)(?:[\w'’-]+\s+){1,6}?"
    r"(?:in|by|before|from|until|for)(?:\s+(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of))?\s*$"
)


Recognizer = Callable[[re.Match[str], str, "date | None"], "Candidate | None"]


_YEAR_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b")


def _explicit(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    for suffix in ("1", "2", "4"):
        if m.group("m" + suffix):
            year = m.group("y" + suffix)
            named = _YEAR_NAMED_AFTER.match(text, m.end()) if not year and pub else None
            if named and pub:  # "on May 3 last year": that year's day, one date
                offset = {"last": -1, "this": 0, "next": 1}[named.group("rel").lower()]
                value = resolve_day(
                    _month(m.group("m" + suffix)), _day(m.group("d" + suffix)), pub.year + offset, pub
                )
                if value:
                    return _with_article(Candidate(m.start(), named.end(), Kind.DATE, value), text)
            # "a tariff starting October 1": what starts on a day lies ahead, whatever the clause's tense
            starting = _STARTING_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None
            tense = None if year else "future" if starting else tense_at(text, m.start(), m.end())
            value = resolve_day(_month(m.group("m" + suffix)), _day(m.group("d" + suffix)),
                                year_value(year) if year else None, pub, tense)  # fmt: skip
            return _with_article(Candidate(m.start(), m.end(), Kind.DATE, value), text) if value else None
    return Candidate(
        m.start(), m.end(), Kind.DATE, f"{year_value(m.group('y3'))}-{_month(m.group('m3')):02d}"
    )


def _weekday(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    end = m.end()
    if m.group("m1") or m.group("m2"):
        suffix = "1" if m.group("m1") else "2"
        year = m.group("y" + suffix)
        value = resolve_day(_month(m.group("m" + suffix)), _day(m.group("d" + suffix)),
                            year_value(year) if year else None, pub)  # fmt: skip
    else:
        modifier = m.group("mod") or m.group("wk")
        if not modifier and _DAY_NAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "the Black Monday crash of 1987", "Super Tuesday": a name, not a day of the story
        weekday = WEEKDAYS[m.group("wd").rstrip(".").lower()]
        if pub is None:
            value = ((modifier or "") + " " + m.group("wd")).strip().lower()
        elif m.group("dom") or m.group("domw"):
            day = int(m.group("dom")) if m.group("dom") else _day(m.group("domw"))
            value = _weekday_of_month(weekday, day, pub, tense_at(text, m.start()))
        else:
            # "declared three days of mourning starting Thursday": what starts on a day lies ahead of the
            # declaring, whatever the tense of the clause
            ahead = (
                _STARTING_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None
                or _PREPARED_FOR_BEFORE.search(text, max(0, m.start() - 64), m.start()) is not None
                # ... as does an end still expected ("closed until Monday at the earliest")
                or (
                    _AT_THE_EARLIEST.match(text, end) is not None
                    and _UNTIL_END.search(text, max(0, m.start() - 40), m.start()) is not None
                )
            )
            # (a weekday said with "this", "next" or "last" is placed by its week, whatever the tense)
            future = not modifier and (ahead or tense_at(text, m.start()) == "future")
            value = resolve_weekday(weekday, modifier, pub, future)
        if not (m.group("dom") or m.group("domw") or m.group("wk")) and text[end - 2 : end] in ("'s", "’s"):
            end -= 2
    return Candidate(m.start(), end, Kind.DATE, value) if value else None


_DAY_NAMED_BEFORE = re.compile(r"\b(?:" + alternation(_T["weekday_name_words"]) + r")[\s-]$")
_STARTING_BEFORE = re.compile(
    # (not a start told after the fact: "entered its third week after starting on March 18")
    r"(?i)(?<!after\s)(?<!since\s)(?<!before\s)(?<!when\s)(?<!while\s)"
    r"\b(?:starting|beginning|commencing|effective)\s+(?:on\s+|from\s+)?$"
    # "three days of national mourning from Friday": a length of time that runs from a day
    r"|\b(?:days|weeks|months|hours)\s+of\s+(?:[a-z]+\s+){1,3}from\s+$"
)


# "named an unchanged side for Saturday's match", "ruled out of Sunday's final", "ahead of Friday's vote":
# team news and preparations speak of a day to come, whatever the tense of the clause
_PREPARED_FOR_BEFORE = re.compile(
    r"(?i)\bahead\s+of\s+$"
    r"|\b(?:named|picked|selected|unchanged|squad|side|line-?up|prepar(?:es?|ed|ing|ations?)|tickets|ready"
    r"|ruled\s+out|doubt|doubtful|fitness|available|recalled|rested|dropped|start)\b[^.;!?]{0,40}"
    r"\b(?:for|of)\s+$"
)


def _weekday_of_month(weekday: int, day: int, pub: date, tense: str | None) -> str | None:
    """ "Friday the 15th": the 15th nearest the publication date that is a Friday (on or after it in the
    future tense, on or before it in the past)."""
    options = []
    for months in (-2, -1, 0, 1, 2):
        try:
            d = shift_months(pub.replace(day=1), months).replace(day=day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            options.append(d)
    if tense == "future" and any(d >= pub for d in options):
        options = [d for d in options if d >= pub]
    elif tense == "past" and any(d <= pub for d in options):
        options = [d for d in options if d <= pub]
    return min(options, key=lambda d: (abs((d - pub).days), d)).isoformat() if options else None


_AMBIGUOUS_MONTHS = frozenset(_T["ambiguous_months"])
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|our|this|that)\s+$|['’]s\s+$")
# "scheduled for March", "set for May": a plan's month ("voted for May" is no date)
_PLANNED_FOR_BEFORE = re.compile(
    r"(?i)\b(?:scheduled|rescheduled|planned|slated|due|set|expected|pencill?ed\s+in|earmarked|timed"
    r"|postponed|delayed|pushed\s+back|put\s+off)\s+for\s+$"
    # ... and a date moved to it: "delayed to March", "brought forward to May", "extended until March"
    r"|\b(?:postponed|delayed|deferred|pushed(?:\s+back)?|put\s+off|moved|(?:re)?scheduled|brought\s+forward"
    r"|extended|adjourned)(?:\s+by\s+(?:an?\s+|\w+\s+)?\w+)?\s+(?:to|until|till)\s+$"
    r"|\bback-?dated\s+to\s+$"
)
# "backdated to April": a time before the deciding, whatever the tense of the clause ("will be backdated")
_BACKDATED_BEFORE = re.compile(
    r"(?i)\b(?:back-?dated|retroactive(?:ly)?|retrospective(?:ly)?)\s+(?:to|from)\s+$"
)
_MONTH_EVENT_AFTER = re.compile(r"\s+(?:" + alternation(_T["month_event_nouns"]) + r")\b")


def _month_alone(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    mod = m.group("mod") or ""
    name = m.group("m")
    if not name[0].isupper() and not mod and not m.group("rel"):
        return None  # a bare lower-case month is too uncertain
    if (
        not mod
        and not m.group("rel")
        and name.rstrip(".") in _AMBIGUOUS_MONTHS
        and not (
            _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and _MONTH_EVENT_AFTER.match(text, m.end())
        )
        and not _PLANNED_FOR_BEFORE.search(text, max(0, m.start() - 48), m.start())
        and not (name[0].isupper() and text[m.end() : m.end() + 1] == ":")  # "(May: -0.2%)" labels a month
    ):
        return None  # "May", "March" alone are words, but "its March forecast" is a month
    start = m.start() if mod.lower() in ("last", "next", "this") or " of" in mod else m.start("m")
    if " of" in mod and text[max(0, start - 4) : start].lower() == "the ":
        start -= 4  # "the end of March"
    if m.group("rel"):
        year = (pub.year if pub else None) and pub.year + {"next": 1, "last": -1, "this": 0}[m.group("rel")]  # type: ignore[union-attr]
        value = f"{year}-{_month(name):02d}" if year else f"{m.group('rel')} year {name.lower()}"
    else:
        # (a month said with "last", "next", "this" or "since" is placed without the clause's tense)
        placed = pub is None or mod.lower() in ("last", "next", "this", "since")
        tense = None if placed else tense_at(text, start, m.end())
        # "doubles its valuation from €2.5 billion in September": the month of the earlier value
        if tense is None and not placed and _EARLIER_VALUE_BEFORE.search(text, max(0, start - 60), start):
            tense = "past"
        if not placed and _BACKDATED_BEFORE.search(text, max(0, start - 24), start):
            tense = "past"
        value = _resolve_month(_month(name), mod, pub, tense)
    return Candidate(start, m.end(), Kind.DATE, value)


_EARLIER_VALUE_BEFORE = re.compile(r"(?i)\bfrom\s+(?:[^.;:()]|\.(?=\d)){1,40}?\s+in\s+$")


def _month_span(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    joint = text[m.end("a") : m.start("b")].strip().lower()
    if joint == "and" and (m.group("lead") or "").lower() != "between":
        return None  # "sales in January and March": two months, not a stretch
    first, last = _month(m.group("a")), _month(m.group("b"))
    if first == last:
        return None
    if m.group("y") or (m.group("rel") and pub is not None):
        # "from January to March 2025", "between January and April last year": the year is the last month's
        if m.group("y"):
            year = int(m.group("y"))
        else:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]  # type: ignore[union-attr]
        low, high = f"{year - (last < first)}-{first:02d}", f"{year}-{last:02d}"
    elif pub is None:
        low, high = f"XXXX-{first:02d}", f"XXXX-{last:02d}"
    else:
        tense = tense_at(text, m.start(), m.end())
        if tense is None and _EARLIER_VALUE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            tense = "past"  # "down from 2.9% in April-June": the months of the earlier value
        low = _resolve_month(first, "", pub, tense) if tense else _nearest_span(first, last, pub)
        year = int(low[:4]) + (last < first)
        high = f"{year}-{last:02d}"
    return Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high)


def _nearest_span(first: int, last: int, pub: date) -> str:
    """The first month of the stretch whose middle lies nearest the publication month, the earlier one on a
    tie ("April-June" in November is the last one, not the next)."""
    here = pub.year * 12 + pub.month - 1
    length = (last - first) % 12
    options = [y * 12 + first - 1 for y in (pub.year - 1, pub.year, pub.year + 1)]
    chosen = min(options, key=lambda o: (abs(o + length / 2 - here), o))
    return f"{chosen // 12}-{chosen % 12 + 1:02d}"


_OBJECT_AFTER = re.compile(r"\s+(?!(?:and|but|or|when|while|as|so|then)\b)[a-z]")


def _relative(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    phrase = m.group().lower()
    if phrase.endswith((" before", " after")) and _OBJECT_AFTER.match(text, m.end()):
        return None  # "€15m a year before tax", "a day before the vote": a preposition, not a date
    if (
        phrase.startswith("last ")
        and text[max(0, m.start() - 4) : m.start()].lower() == "the "
        and _PART_OF_AFTER.match(text, m.end())
    ):
        return None  # "the last year of the war", "the last week before the vote": a part of something else
    # (the phrase starts at its "the", which the preposition's pattern ends on)
    over_the = _OVER_THE_BEFORE.search(text, max(0, m.start() - 12), m.start() + 4)
    if phrase.startswith("the next ") and over_the and over_the.group(1).lower() != "in":
        return None  # "over the next decade": the ten years ahead, a span (read there)
    return Candidate(m.start(), m.end(), Kind.DATE, _relative_value(phrase, pub))


def _relative_value(phrase: str, pub: date | None) -> str:
    """A relative phrase resolved against the publication date; unresolved (its words) without one, or when
    it counts from the story's own time (see `_anchored`)."""
    unit, offset = RELATIVE[phrase]
    if pub and phrase not in _ANAPHORIC:
        return resolve_relative(unit, offset, pub)
    # "the prior quarter" and "the preceding quarter" say "the previous quarter": one value for all three
    return re.sub(r"\b(?:prior|preceding)\b", "previous", phrase)


_DURATION_PART = re.compile(rf"\b(?P<n>{_AMOUNT})\s*(?P<u>{_UNIT})")


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _duration_shift(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "two years ago", "1 month and 21 days ago", "three weeks from tomorrow"."""
    direction = m.group("dir").lower()
    before = direction in _T["duration_before"]
    base_word = (m.group("base") or "").lower()
    # "12 months before." ends its clause: it counts back from the story's time, as "12 months earlier"
    anaphoric_before = direction == "before" and _CLAUSE_END.match(text, m.end()) is not None
    if direction in ("before", "after", "from") and not base_word and not anaphoric_before:
        return None  # "two years before the war" points at the war, not at a day we know
    # every amount must be a number ("up by a third on a year earlier" holds none): ValueError declines
    amounts = [_amount(part.group("n")) for part in _DURATION_PART.finditer(m.group("parts"))]
    if pub is None or ((direction in _DURATION_ANAPHORIC or anaphoric_before) and not base_word):
        return Candidate(m.start(), m.end(), Kind.DATE, " ".join(m.group().lower().split()))
    base = pub + timedelta(days={"tomorrow": 1, "tmrw": 1, "yesterday": -1}.get(base_word, 0))
    day = base
    units = set()
    for part, amount in zip(_DURATION_PART.finditer(m.group("parts")), amounts, strict=True):
        units.add(DURATIONS[part.group("u").lower()])
        day = shift(day, DURATIONS[part.group("u").lower()], -amount if before else amount)
    # "three decades ago" is the years a count rounded to decades reaches (25 to 34 years back)
    if units == {"decade"} and len(amounts) == 1 and amounts[0] == int(amounts[0]) and not base_word:
        low, high = sorted(base.year + (-1 if before else 1) * (10 * int(amounts[0]) + k) for k in (-5, 4))
        return Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=str(low), high=str(high))
    # ... and "five years ago" a year, as "a year ago" is: no story that counts in years means the very day
    if units <= _YEAR_UNITS and not base_word:
        return Candidate(m.start(), m.end(), Kind.DATE, str(day.year))
    # ... and "18 months ago" a month: "discovered in December 2024" said from June 2026
    if units == {"month"} and not base_word:
        return Candidate(m.start(), m.end(), Kind.DATE, day.isoformat()[:7])
    return Candidate(m.start(), m.end(), Kind.DATE, day.isoformat())


_YEAR_UNITS = frozenset({"year", "decade"})


_OTHER_QUARTER = re.compile(r"(?i)\b(?:first|second|third|1st|2nd|3rd)[\s-]+quarter\b|\bQ[1-3]\b")


def _quarter(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if m.group("qh"):
        code = m.group("qh")
        year: int | None = int(m.group("y1") or m.group("y2") or 0) or None
    else:
        n = QUARTERS.get(m.group("ord").lower(), 4)  # ("last" of a year: its fourth quarter)
        if (
            not (m.group("y3") or m.group("rel") or m.group("the"))
            and "-" not in text[m.end("ord") : m.start("unit")]  # "a third-quarter loss" is the quarter's
            and (
                _A_BEFORE.search(text, max(0, m.start() - 4), m.start())
                or _IN_A_ROW_AFTER.match(text, m.end())
            )
        ):
            return None  # "shrank for a second quarter in a row": a run of quarters, not the second
        if (
            m.group("ord").lower() in ("final", "last")
            and not (m.group("y3") or m.group("rel") or m.group("the"))
            and not (m.group("unit") == "quarter" and _OTHER_QUARTER.search(text))
        ):
            return None  # "in the final quarter" of a match; "the final quarter of 2025" is Q4, and so is
            # the final quarter of a paragraph that names calendar quarters ("... the third quarter's 4.9%")
        if m.group("ord").lower() in ("final", "last") and m.group("unit") == "half":
            n = 2
        if m.group("unit") == "half" and (n > 2 or not (m.group("y3") or m.group("rel") or m.group("the"))):
            return None  # "the second half of the season" is not a calendar half
        code = ("Q" if m.group("unit") == "quarter" else "H") + str(n)
        year = int(m.group("y3")) if m.group("y3") else None
        if m.group("rel") and pub:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[m.group("rel")]
    if year is None:
        if pub is None:
            return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"XXXX-{code}"), text)
        year = _quarter_year(code, pub, tense_at(text, m.start(), m.end()))
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{year}-{code}"), text)


_A_BEFORE = re.compile(r"(?i)\ban?\s+$")
_IN_A_ROW_AFTER = re.compile(r"(?i)\s+(?:in\s+a\s+row|running)\b")


def _quarter_year(code: str, pub: date, tense: str | None) -> int:
    """The year of a quarter or half named without one: in a clause in the future the first whose results
    are still to come (one that ended less than two months before, as results follow a quarter: "expects a
    third-quarter loss" in October is the quarter just ended), else the last that has begun ("reported
    fourth-quarter revenue" in February is last year's fourth quarter, "first-quarter revenue" this
    year's)."""
    first_month = (int(code[1]) - 1) * (3 if code[0] == "Q" else 6) + 1
    last_month = first_month + (2 if code[0] == "Q" else 5)
    if tense == "future":
        published = pub.year * 12 + pub.month
        return next(y for y in (pub.year - 1, pub.year, pub.year + 1) if y * 12 + last_month + 2 >= published)
    return pub.year if pub.month >= first_month else pub.year - 1


_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


_LAST_DAYS = {
    month: {28, 29} if month == 2 else {30 if month in (4, 6, 9, 11) else 31} for month in range(1, 13)
}


# "delayed increases by three months to April", "extended the deal by a year to June": how far a date moved,
# then where to, no period ending in that month
_MOVED_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:a\s+|the\s+)?$")


_RETAIL_DAYS_SHORT = 6  # a period of whole weeks ends up to six days before its month does
_MID_YEAR_MONTH = 6  # "mid-2023" ends a period with June, as the ONS and the UN count to June 30


def _month_quarter(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    name = m.group("m") or m.group("m2")
    if name is not None and not name[0].isupper():
        return None  # "may quarter" is no month
    if not m.group("m") and _MOVED_BY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    last = _month(name) if name is not None else _MID_YEAR_MONTH
    given = m.group("y0") or m.group("y") or m.group("y2") or m.group("ymid")
    year: int | None = int(given) if given else None
    if year is None and pub is not None:
        year = int(_resolve_month(last, "", pub, tense_at(text, m.start(), m.end()))[:4])
    # "the year ended Sept. 28": the explicit date's; but "the three months to December 28", a retail quarter
    # of whole weeks, ends within its last week of the month: that month's quarter
    if (
        m.group("d2")
        and int(m.group("d2")) not in _LAST_DAYS[last]
        and (m.group("year") or int(m.group("d2")) < min(_LAST_DAYS[last]) - _RETAIL_DAYS_SHORT)
    ):
        if (m.group("n") or "").lower() in ("12", "twelve"):
            # "the 12 months to March 8" is "the year to March 8": its day is the figure, and "12 months"
            # no length of its own
            joined = _MONTHS_TO.search(m.group())
            return Candidate(m.start(), m.start() + joined.end(), None) if joined else None
        return None
    months = 12 if m.group("year") else _MONTH_COUNTS.get((m.group("n") or "3").lower(), 3)
    if m.group("m0"):
        months = (last - _month(m.group("m0"))) % 12 + 1
    if months == 3 and last % 3 == 0:
        value = f"{year or 'XXXX'}-Q{last // 3}"
        return _with_article(Candidate(m.start(), m.end(), Kind.DATE, value), text)
    first = last - months + 1 + (12 if last < months else 0)
    low = f"{(year - 1) if year and last < months else (year or 'XXXX')}-{first:02d}"
    high = f"{year or 'XXXX'}-{last:02d}"
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high), text)


def _year_from(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    first = _month(m.group("m"))
    if m.group("y"):
        year = int(m.group("y"))
    elif pub is not None:
        year = int(_resolve_month(first, "", pub, tense_at(text, m.start(), m.end()))[:4])
    else:
        return None
    last, end_year = (12, year) if first == 1 else (first - 1, year + 1)
    low, high = f"{year}-{first:02d}", f"{end_year}-{last:02d}"
    return Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high)


_NEXT_YEAR = re.compile(r"[-–/](\d{2}|\d{4})(?![\w%]|[.,]\d)")
_MONTHS_TO = re.compile(r"(?i)months?\s+(?:to|through|thru|ending|ended)")


# The months of the seasons a year holds whole (winter straddles two, and is read both ways)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if m.group("y"):
        year, code = year_value(m.group("y")), SEASONS[m.group("s2").lower()]
        after = _NEXT_YEAR.match(text, m.end()) if code == "WI" and m.group("y").isdigit() else None
        if after and int(after.group(1)) % 100 == (year + 1) % 100:
            # "the winter of 2018-19": the one winter from December to February, not either reading
            low, high = f"{year}-12", f"{year + 1}-02"
            return Candidate(m.start(), after.end(), Kind.DATE, f"{low}..{high}", low=low, high=high)
        return Candidate(m.start(), m.end(), Kind.DATE, f"{year}-{code}")
    code = SEASONS[m.group("s1").lower()]
    if pub is None:
        return Candidate(m.start(), m.end(), Kind.DATE, m.group().lower())
    modifier = m.group("mod").lower()
    year = pub.year + {"this": 0, "next": 1, "last": -1}[modifier]
    if code in _SEASON_MONTHS:
        # "next autumn" in January is this year's, still to come; "last summer" in November is this year's
        first, last = _SEASON_MONTHS[code]
        # (right after a season ends, "last summer" is still the year before's: "this summer" is the one
        # just ended)
        # (in the month before a season starts, "next summer" is the year after's: "this summer" is the one
        # about to begin)
        if (modifier == "next" and pub.month < first - 1) or (modifier == "last" and pub.month > last + 1):
            year = pub.year
    return Candidate(m.start(), m.end(), Kind.DATE, f"{year}-{code}")


def _iso(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    value = resolve_day(int(m.group("m")), int(m.group("d")), int(m.group("y")), pub)
    return Candidate(m.start(), m.end(), Kind.DATE, value) if value else None


def _numeric(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    value = _dateparser_iso(m.group())
    return Candidate(m.start(), m.end(), Kind.DATE, value) if value else None


# Denominators a simple fraction written with a slash has in news ("3/4", "2/3", "7/10"); "9/11", "4/22" and
# "12/10" are days of the year.
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12})


def _month_day(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if m.group() in _NAMED_DAYS:  # "since 9/11": the day of the attacks, whenever the story is written
        return Candidate(m.start(), m.end(), Kind.DATE, _NAMED_DAYS[m.group()])
    a, b = int(m.group("a")), int(m.group("b"))
    if 1 <= a <= 12 and 13 <= b <= 31:
        month, day = a, b
    elif 13 <= a <= 31 and 1 <= b <= 12:
        month, day = b, a
    elif 1 <= a <= 12 and 1 <= b <= 12 and not (a < b and b in _FRACTION_DENOMINATORS and gcd(a, b) == 1):
        month, day = a, b
    else:
        return None
    value = resolve_day(month, day, None, pub)
    return Candidate(m.start(), m.end(), Kind.DATE, value) if value else None


_NAMED_DAYS: dict[str, str] = _T["named_days"]


def _holiday_name(name: str) -> str:
    """A pattern for a holiday's name as text writes it: any apostrophe or none, any run of spaces."""
    return r"\s+".join(re.escape(word).replace("'", "['’]?") for word in name.split())


HOLIDAY = re.compile(
    r"(?i)\b(?:(?P<mod>last|next|this)\s+)?(?P<h>"
    + "|".join(_holiday_name(n) for n in sorted(holidays.RULES, key=len, reverse=True))
    + r")(?!\w)(?:['’]s\b)?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_HOLIDAY_LEAD = re.compile(
    r"(?i)\b(?:on|at|before|after|by|until|till|since|over|around|from|through|during|ahead\s+of)\s+$"
)
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_HOLIDAY_PERIOD_AFTER = re.compile(
    r"(?i)\s+(?:(?:trading|shopping|holiday)\s+)?(?:period|season|weekend|break|holidays?|fortnight)\b"
)
# ... and where the clause goes on after the name, not the noun it names ("after Christmas shopping peaked")
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[,.;:!?)–—]|$)|\s+(?:and|or|but|when|as|to|in|on|at|for|with|the|a|an|this|last|next|of|is|was|will"
    r"|were|are|had|has|have|he|she|they|it|we|i|you|after|before|until|since|while|because|if|than)\b"
)
_DATED_IN_APPOSITION = re.compile(
    r"(?i)(?:,?\s+(?:which|that|this\s+year)\s+(?:falls|fell|is|was|will\s+be)\s+on|\s+on|,|\s*\()\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + alternation(list(MONTHS)) + r")\b"
)
# each name as the lexicon spells it, by its letters and spaces alone ("new years eve" -> "new year's eve")
_HOLIDAY_NAMES = {name.replace("'", ""): name for name in holidays.RULES}


def _holiday(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "on New Year's Day", "before Thanksgiving", "Christmas Day 2023": the day the holiday fell on in the
    year given, or else the year that puts it nearest the publication date as a day without a year is."""
    name = _HOLIDAY_NAMES[" ".join(m.group("h").lower().replace("’", "").replace("'", "").split())]
    mod = (m.group("mod") or "").lower()
    said_alone = name in holidays.NEEDS_A_LEAD and not mod and not m.group("y")
    led = _HOLIDAY_LEAD.search(text, max(0, m.start() - 12), m.start()) and _CLAUSE_GOES_ON.match(
        text, m.end()
    )
    # ... or a period named by it: "for the Christmas period", "over the Easter weekend", as "over Christmas"
    period = _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) and _HOLIDAY_PERIOD_AFTER.match(
        text, m.end()
    )
    if said_alone and not (led or period):
        return None
    if _DATED_IN_APPOSITION.match(text, m.end()):
        return None  # "by Easter, which falls on April 20": the date says the day, and a rewrite may move it
    start = m.start() if mod else m.start("h")
    if m.group("y"):
        value = holidays.holiday_in(name, int(m.group("y"))).isoformat()
    elif pub is None:
        if not holidays.is_fixed(name):
            return None
        value = "XXXX-" + holidays.RULES[name]
    else:
        days = [holidays.holiday_in(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if mod == "last":
            days = [d for d in days if d < pub][-1:]
        elif mod == "next":
            days = [d for d in days if d > pub][:1]
        elif mod == "this":
            days = [d for d in days if d.year == pub.year]
        else:
            tense = tense_at(text, m.start())
            if tense == "future" and any(d >= pub for d in days):
                days = [d for d in days if d >= pub]
            elif tense == "past" and any(d <= pub for d in days):
                days = [d for d in days if d <= pub]
        value = min(days, key=lambda d: (abs((d - pub).days), d)).isoformat()
    end = m.end() if m.group("y") else m.end("h")
    return Candidate(start, end, Kind.DATE, value)


def _century(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    n = int(m.group("n")) if m.group("n") else _day(m.group("w"))
    if not 2 <= n <= 29:
        return None
    first = (n - 1) * 100
    low, high = f"{first:04d}", f"{first + 99:04d}"
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high), text)


def _prefixed_year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    prefix = m.group()[: -len(m.group("y")) - 1].lower()
    half = _HALF_OF_A_PART.get(prefix)
    return Candidate(m.start(), m.end(), Kind.DATE, f"{m.group('y')}-{half}" if half else m.group("y"))


_HALF_OF_A_PART = {"early": "H1", "late": "H2"}


def _early_or_late_year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if m.group("y"):
        year = int(m.group("y"))
    elif pub is not None:
        year = pub.year + {"this": 0, "next": 1, "last": -1}[m.group("rel").lower()]
    else:
        return None
    return Candidate(m.start(), m.end(), Kind.DATE, f"{year}-{_HALF_OF_A_PART[m.group('p').lower()]}")


# Years of a decade its parts name: "by the end of the decade" is 2029 or 2030 as news copy counts it; and
# of a century: "by the end of the century" is the 2100 of projections
_PERIOD_PARTS = {
    "decade": {"end of": (9, 10), "beginning of": (0, 1), "start of": (0, 1), "middle of": (4, 6)},
    "century": {"end of": (99, 100), "beginning of": (0, 1), "start of": (0, 1), "middle of": (45, 55)},
}
_PERIOD_YEARS = {"decade": 10, "century": 100}


def _part_of_period(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    rel, unit = m.group("rel").lower(), m.group("u").lower()
    part = " ".join(text[m.start() : m.start("rel")].lower().split()).removesuffix(" the")
    if unit in _PERIOD_PARTS:
        if pub is None or part not in _PERIOD_PARTS[unit]:
            return None
        years = _PERIOD_YEARS[unit]
        first = pub.year // years * years + {"next": years, "last": -years}.get(rel, 0)
        low, high = (str(first + n) for n in _PERIOD_PARTS[unit][part])
        cand = Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high)
        return _with_article(cand, text)
    if rel == "the" and unit == "month" and pub is not None:
        # "fell 4.6p in October ... less than at the start of the month": the month the story just named
        named = list(_MONTH_NAMED.finditer(text, max(0, m.start() - _ANCHOR_REACH), m.start()))
        if named:
            last = named[-1]
            value = _resolve_month(_month(last.group()), "", pub, tense_at(text, last.start(), last.end()))
            return _with_article(Candidate(m.start(), m.end(), Kind.DATE, value), text)
    if (
        rel == "the"
        and text[m.start() : m.start() + 3].lower() == "end"
        and (pub is None or unit != "year" or pub.month <= _YEAR_JUST_ENDED_MONTHS)
        and tense_at(text, m.start(), m.end()) == "past"
    ):
        rel = "last"  # "users climbed to 675 million by the end of the year" in a February story: last year's
        # (later in the year a past clause reports what was said of this one: "said it expected inflation to
        # fall to 5% by the end of the year" in September)
    phrase = f"{'this' if rel == 'the' else rel} {m.group('u').lower()}"
    value = _relative_value(phrase, pub)
    if unit == "year" and part in _YEAR_END_MONTHS and YEAR_VALUE.fullmatch(value):
        # "until the end of the year" is its last month, which "until the end of the month" in October is not
        # (a date covered by the year, said less precisely); "by the end of the year" still holds "this year"
        value = f"{value}-{_YEAR_END_MONTHS[part]:02d}"
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, value), text)


_YEAR_END_MONTHS = {"end of": 12, "start of": 1, "beginning of": 1}
_YEAR_JUST_ENDED_MONTHS = 4  # the months of a year in which "the end of the year" may be the one just gone


# a month named in full, as a story names the month it reports on ("in October"; not "May" the verb)
_MONTH_NAMED = re.compile(
    r"\b(?:" + "|".join(n.capitalize() for n in _FULL_MONTHS if n.lower() != "may") + r")\b(?!\s+\d)"
)
_WEEK_START = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def _week_of_month(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    ordinal = m.group("ord").lower()
    if not m.group("m"):
        return _week_of_period(m, ordinal, text, pub)
    month = _month(m.group("m"))
    year = int(m.group("y")) if m.group("y") else None
    if year is None:
        resolved = _resolve_month(month, "", pub)
        year = int(resolved[:4]) if resolved[:4].isdigit() else None
    if year is None:
        cand = Candidate(m.start(), m.end(), Kind.DATE, f"{ordinal} week of {m.group('m').lower()}")
        return _with_article(cand, text)
    first = date(year, month, 1)
    return _week_in(m, ordinal, first, shift_months(first, 1) - timedelta(days=1), text)


def _week_of_period(m: re.Match[str], ordinal: str, text: str, pub: date | None) -> Candidate | None:
    """ "the third week of 2027", "the first week of next month": a year, or a month named relatively."""
    if m.group("y2"):
        year = year_value(m.group("y2"))
        return _week_in(m, ordinal, date(year, 1, 1), date(year, 12, 31), text)
    if pub is None:
        phrase = " ".join(m.group().lower().split())
        return _with_article(Candidate(m.start(), m.end(), Kind.DATE, phrase), text)
    if m.group("per").lower() == "month":
        first = _month_of(m.group("rel"), pub)
        return _week_in(m, ordinal, first, shift_months(first, 1) - timedelta(days=1), text)
    year = pub.year + {"this": 0, "next": 1, "last": -1, "previous": -1}[m.group("rel").lower()]
    return _week_in(m, ordinal, date(year, 1, 1), date(year, 12, 31), text)


def _week_in(m: re.Match[str], ordinal: str, first: date, last: date, text: str) -> Candidate:
    """Seven days of the period first..last: counted from its start, the last week from its end."""
    if ordinal in ("last", "final"):
        start = last - timedelta(days=6)
    else:
        start = first + timedelta(days=_WEEK_START[ordinal] - 1)
    low, high = start.isoformat(), (start + timedelta(days=6)).isoformat()
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high), text)


_COUNTED_NEXT = re.compile(r"[^\S\n]+(?:" + alternation(_T["counted_nouns"]) + r")\b")
_YEAR_PREPOSITION = re.compile(r"(?i)\b(?:in|since|by|until|till|before|after|during)[^\S\n]+$")


def _year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if _COUNTED_NEXT.match(text, m.end()) and not _YEAR_PREPOSITION.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return None  # "More than 1800 homes were flooded": a count the scanner reads as a number
    return Candidate(m.start(), m.end(), Kind.DATE, m.group())


def _old_year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if not _YEAR_PREPOSITION.search(text, max(0, m.start() - 8), m.start()) or _COUNTED_NEXT.match(
        text, m.end()
    ):
        return None
    return Candidate(m.start(), m.end(), Kind.DATE, m.group())


def _decade(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    surface = m.group().replace("'s", "s").replace("’s", "s")
    value = surface if surface[0].isdigit() else "19" + surface[1:]
    return Candidate(m.start(), m.end(), Kind.DATE, value)


_SPAN_LEAD = re.compile(r"\b(?i:between|from)\s+$")


def _year_span(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "2014-18", "2014/15", and with its lead word "between 2014-2018" (as a period is written)."""
    a, b = m.group("a"), m.group("b")
    b_full = b if len(b) == 4 else a[:2] + b
    if int(b_full) <= int(a):
        return None
    lead = _SPAN_LEAD.search(text, max(0, m.start() - 9), m.start())
    start = lead.start() if lead else m.start()
    return Candidate(start, m.end(), Kind.DATE, f"{a}..{b_full}", low=a, high=b_full)


def _fiscal_year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    a = m.group("a") if len(m.group("a")) == 4 else "20" + m.group("a")
    if not m.group("b"):
        return Candidate(m.start(), m.end(), Kind.DATE, a)
    b = m.group("b") if len(m.group("b")) == 4 else a[:2] + m.group("b")
    if int(b) != int(a) + 1:
        return None
    return Candidate(m.start(), m.end(), Kind.DATE, f"{a}..{b}", low=a, high=b)


def _day_range(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "November 19-20", "4 to 22 January, 1995": one period."""
    month = _month(m.group("m") or m.group("m2"))
    a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
    year = m.group("y") or m.group("y2")
    low = resolve_day(month, a, year_value(year) if year else None, pub)
    high = resolve_day(month, b, year_value(year) if year else None, pub)
    if not low or not high or b <= a:
        return None
    # ("the Jan. 6-10 window": the article goes with the days, as it does with one day)
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high), text)


def _amount(word: str) -> float:
    """A duration's amount: a number, or "a"/"an" (one), "a few"/"several" (three, as news means them)."""
    from factcheck.extract.numbers import parse_number

    word = " ".join(word.lower().split())
    if word in ("a", "an"):
        return 1.0
    if word in ("few", "a few", "several"):
        return 3.0
    return parse_number(word)


def _span(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "the past three years" ends on the publication date, "the next two weeks" starts the day after it,
    "within 30 days" starts on it. Without an amount only "the past year" is a span: "last year" and
    "next week" are calendar periods, read elsewhere."""
    direction = (m.group("dir") or "").lower()
    within = bool(m.group("within"))
    if not direction and not within:
        return None
    if direction == "last" and _LAST_AS_VERB.search(text, max(0, m.start() - 24), m.start()):
        return None  # "the visit will last two days": how long, not the days before the story
    decade_back = m.group("u").lower() == "decade" and direction in _SPAN_BACK  # "the last decade": ten years
    # "in the last year" is the past year; "last year" the calendar one, and "the last year of the war" a part
    the_last = (
        direction == "last"
        and m.group("u").lower() in ("week", "month", "year")
        and text[max(0, m.start() - 4) : m.start()].lower() == "the "
        and not _PART_OF_AFTER.match(text, m.end())
    )
    # "cut £148m over the next year": the twelve months ahead, as "over the next 12 months" (but "next year"
    # is the calendar one, and "the next year, he left" the year after another)
    # ("in the next decade" is the 2030s: a decade is a calendar period unless the words run over it)
    over_the = _OVER_THE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    the_next = (
        direction in ("next", "coming")
        and over_the is not None
        and (
            m.group("u").lower() in ("week", "month", "year")
            or (m.group("u").lower() == "decade" and over_the.group(1).lower() != "in")
        )
        and not _PART_OF_AFTER.match(text, m.end())
        # ("sales fell over the next year": the year after another time, read by the count back)
        and tense_at(text, m.start()) != "past"
    )
    if (
        direction == "following"
        and m.group("n") is None
        and m.group("u").lower() == "decade"
        and over_the is not None
        and over_the.group(1).lower() != "in"
    ):
        # "dying over the following decade": the ten years after what the story told, a length of time
        return Candidate(m.start(), m.end(), Kind.QUANTITY, 10.0, "year")
    if m.group("n") is None and not (
        direction == "past" or within or m.group("half") or decade_back or the_last or the_next
    ):
        return None
    amount = (_amount(m.group("n")) if m.group("n") else 1.0) + (0.5 if m.group("half") else 0.0)
    if amount <= 0 or amount > 1000:
        return None
    # "within months", "the next few years": a span no number measures, only roughly placed
    vague = ("vague",) if _VAGUE_SPAN.fullmatch(m.group("n") or m.group("u")) else ()
    unit = DURATIONS[m.group("u").lower()]
    if unit == "decade":  # "the last decade" and "the past 10 years" are one span, dated or not
        amount, unit = amount * 10, "year"
    if (
        within
        and m.group("n") is not None
        and (_OF_AN_EVENT.match(text, m.end()) or tense_at(text, m.start(), m.end()) == "past")
    ):
        # "treated within 18 weeks of referral", "was built within 18 months": a length of time from an
        # event, or one that has run, not the weeks from the day of writing
        return Candidate(m.start("n"), m.end(), Kind.QUANTITY, amount, unit)
    side = "within" if within else "past" if direction in _SPAN_BACK else "next"
    cand = _span_from_today(m.start(), m.end(), side, amount, unit, pub, vague)
    return cand if within else _with_article(cand, text)


def _span_from_today(
    start: int,
    end: int,
    side: str,
    amount: float,
    unit: str,
    pub: date | None,
    qualifiers: tuple[str, ...] = (),
) -> Candidate:
    """A span of `amount` units reaching back from the publication date ("past"), forward from the day after
    it ("next") or from it ("within"); without a date, the words in one form ("the last 40 years" and "the
    past forty years" are one span)."""
    if pub is None:
        return Candidate(start, end, Kind.DATE, f"{side} {amount:g} {unit}")
    if side == "within":
        low, high = pub, shift(pub, unit, amount)
    elif side == "past":
        low, high = shift(pub, unit, -amount), pub
    else:
        low = pub + timedelta(days=1)
        high = shift(low, unit, amount)
    return Candidate(
        start,
        end,
        Kind.DATE,
        f"{low}..{high}",
        low=low.isoformat(),
        high=high.isoformat(),
        qualifiers=qualifiers,
    )


# "rises of 22% over the two years before.": the span before the story's time, as "the previous two years"
# says it (not "the two years before the war", which an event ends, nor "two years earlier", one time)
SPAN_BEFORE = re.compile(
    rf"(?i:the)\s+(?P<n>{_AMOUNT})\s+(?P<u>{_UNIT})\s+(?i:before|earlier|prior)(?=\s*(?:[.,;:)]|$))"
)


def _span_before(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    try:
        amount = _amount(m.group("n"))
    except ValueError:
        return None
    unit = DURATIONS[m.group("u").lower()]
    if unit == "decade":
        amount, unit = amount * 10, "year"
    if amount <= 1 or amount > 100 or unit not in ("year", "month", "week"):
        return None
    if unit == "month" and amount == 3 and _QUARTER_BEFORE.search(_sentence_before(text, m.start())):
        # "shrank 0.3% in the fourth quarter and 0.1% in the three months before": the quarter before the
        # one its sentence names, as "the previous three months" is
        return Candidate(m.start(), m.end(), Kind.DATE, _PERIOD_BEFORE["quarter"])
    return _span_from_today(m.start(), m.end(), "past", amount, unit, pub)


_OF_AN_EVENT = re.compile(r"(?i)\s+of\s+(?!(?:the\s+)?(?:today|now|this|publication)\b)")
_OVER_THE_BEFORE = re.compile(r"(?i)\b(over|during|throughout|in|for)\s+the\s+$")
_PART_OF_AFTER = re.compile(r"(?i)\s+(?:of|before|after|that|when|in\s+which|before)\b")
_LAST_AS_VERB = re.compile(
    r"(?i)\b(?:will|would|could|can|may|might|must|should|shall|to|does|did|do|which|that|'ll|’ll|not|n't|n’t)\s+$"
)
_VAGUE_SPAN = re.compile(r"(?i)(?:a\s+)?few|several|some|days|weeks|months|years|decades")


def _decade_in_century(decade: int, pub: date | None) -> str:
    """ "the 70s" is the latest such decade that has begun by the publication date (the 1970s in 2016; the
    2020s in 2026); without a date the century stays unknown."""
    if pub is None:
        return f"XX{decade:02d}s"
    year = (pub.year // 100) * 100 + decade
    return f"{year if year <= pub.year else year - 100}s"


def _decade_short(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    cand = _with_article(
        Candidate(m.start(), m.end(), Kind.DATE, _decade_in_century(int(m.group("d")), pub)), text
    )
    if m.group("suffix") == "s" and cand.start == m.start():
        return None  # "70s" alone is an age or a temperature ("in her 70s"); "the 70s" is a decade
    return cand


def _decade_word(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if text[max(0, m.start() - 4) : m.start()].lower() != "the ":
        return None  # "the seventies"; "seventies" alone may be an age ("in his seventies")
    cand = _decade_word_value(m, pub)
    return replace(cand, start=cand.start - 4) if cand else None


def _decade_word_value(m: re.Match[str], pub: date | None) -> Candidate | None:
    decade = DECADE_WORDS[m.group("w").lower()]
    century = (m.group("c") or "").lower()
    if century:
        base = 1900 if century == "nineteen" else 2000
        return Candidate(m.start(), m.end(), Kind.DATE, f"{base + decade}s")
    if decade == 10:
        return None  # "the tens" alone is not a decade anyone writes
    if decade == 0:
        return Candidate(m.start(), m.end(), Kind.DATE, "2000s")
    return Candidate(m.start(), m.end(), Kind.DATE, _decade_in_century(decade, pub))


def _month_of(rel: str, pub: date) -> date:
    return shift_months(pub.replace(day=1), {"this": 0, "next": 1, "last": -1, "previous": -1}[rel.lower()])


def _day_of_relative_month(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "the 20th of next month"."""
    if pub is None:
        return _with_article(
            Candidate(m.start(), m.end(), Kind.DATE, " ".join(m.group().lower().split())), text
        )
    month = _month_of(m.group("rel"), pub)
    value = resolve_day(month.month, _day(m.group("d")), month.year, pub)
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, value), text) if value else None


def _day_alone(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "on the 27th": the day of that number nearest the publication date (this, last or next month)."""
    lead = _DAY_ALONE_LEAD.search(text, max(0, m.start() - 16), m.start())
    if lead is None:
        return None
    if not m.group("d")[0].isdigit() and not _DAY_IN_WORDS_LEAD.match(lead.group()):
        return None  # "125 years after the first", "since the second": a noun left out, no day
    day = _day(m.group("d"))
    if not 1 <= day <= 31:
        return None
    if pub is None:
        return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"XXXX-XX-{day:02d}"), text)
    options = []
    for offset in (-1, 0, 1):
        month = shift_months(pub.replace(day=1), offset)
        try:
            options.append(month.replace(day=day))
        except ValueError:
            continue
    best = min(options, key=lambda d: (abs((d - pub).days), d))
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, best.isoformat()), text)


def _nth_weekday(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "the first Sunday of May", "the second Monday of next month", "the last Friday in June 2024"."""
    weekday = WEEKDAYS[m.group("wd").rstrip(".").lower()]
    nth = QUARTERS.get(m.group("ord").lower()) or {"fifth": 5, "5th": 5, "last": -1}[m.group("ord").lower()]
    if m.group("rel"):
        if pub is None:
            return _with_article(
                Candidate(m.start(), m.end(), Kind.DATE, " ".join(m.group().lower().split())), text
            )
        first = _month_of(m.group("rel"), pub)
    else:
        year = m.group("y")
        month_name = m.group("m")
        if year:
            first = date(year_value(year), _month(month_name), 1)
        elif pub is None:
            return _with_article(
                Candidate(m.start(), m.end(), Kind.DATE, " ".join(m.group().lower().split())), text
            )
        else:
            first = date.fromisoformat(_resolve_month(_month(month_name), "", pub) + "-01")
    days = [first + timedelta(days=i) for i in range(31)]
    matching = [d for d in days if d.month == first.month and d.weekday() == weekday]
    if nth > len(matching):
        return None
    day = matching[nth - 1 if nth > 0 else -1]
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, day.isoformat()), text)


def _year_month(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "11/2016", "2016/11", "2016-11": a month. "2010-11" is the season 2010–11, left to year spans."""
    year, month = (m.group("y"), m.group("m")) if m.group("y") else (m.group("y2"), m.group("m2"))
    if m.group("y") and "-" in m.group() and len(month) == 2 and int(year[:2] + month) > int(year):
        return None
    return Candidate(m.start(), m.end(), Kind.DATE, f"{year}-{int(month):02d}")


def _rest_of(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    unit = m.group("u")
    if pub is None:
        return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"rest of the {unit}"), text)
    if unit == "week":
        end = pub + timedelta(days=6 - pub.weekday())
    elif unit == "month":
        end = shift_months(pub.replace(day=1), 1) - timedelta(days=1)
    else:
        end = date(pub.year, 12, 31)
    low, high = pub.isoformat(), end.isoformat()
    return _with_article(Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high), text)


def _season_of_tense(code: str, pub: date, tense: str | None) -> str:
    """The season of the publication year, or in the future (past) tense the next (last) one that has not
    ended (has begun) by then: "will open in the spring" written in October is next spring."""
    year = pub.year
    here = span(f"{year}-{code}")
    if here is not None and tense == "future" and here[1] < pub:
        year += 1
    elif here is not None and tense == "past" and here[0] > pub:
        year -= 1
    return f"{year}-{code}"


def _season_alone(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """ "in the summer", "by mid-winter": the season of the publication year."""
    lead = _SEASON_LEAD.search(text, max(0, m.start() - 24), m.start())
    if lead is None:
        return None  # "summer" alone ("summer jobs", "a summer of protest") is not a date
    code = SEASONS[m.group("s").lower()]
    start = lead.start("the") if lead.group("the") else m.start()
    value = _season_of_tense(code, pub, tense_at(text, start, m.end())) if pub else f"XXXX-{code}"
    return Candidate(start, m.end(), Kind.DATE, value)


_MODS = {
    "before",
    "after",
    "till",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "in",
    "since",
    "until",
    "by",
    "through",
    "during",
    "from",
}
# "year on year", "month-on-month": a comparison with the period before, the words a rewrite swaps for "from
# a year earlier"; counted from the story's own time like them
_PERIOD_BEFORE = {"year": "a year earlier", "month": "a month earlier", "week": "a week earlier",
                  "quarter": "the previous quarter"}  # fmt: skip
PERIOD_ON_PERIOD = re.compile(
    r"(?i)\b(?:(?P<u>year|month|week|quarter)[-\s](?:on|over)[-\s](?P=u)|(?P<abbr>y/y|yoy|q/q|qoq|m/m)"
    # "on a quarterly basis" as statistics releases say "from the previous quarter" ("on an annual basis" may
    # mean annualised, and is left alone)
    r"|(?<=\bon\sa\s)(?P<ly>quarterly|monthly)\s+basis"
    # "up 8% in a year", "down three points in a month": a change over the year to now, which "8% more than
    # last year" compares the same way
    r"|(?:(?<=%\s)|(?<=\bcent\s)|(?<=\bpercent\s)|(?<=\bpoint\s)|(?<=\bpoints\s))in\s+a\s+(?P<u2>year|month|week)"
    r"(?!\s+(?:or|and|from|to)\b)"
    # ... and "rose 0.5% on the quarter", "down 2% on the year": the period before, which "quarter on quarter"
    # says
    r"|(?:(?<=%\s)|(?<=\bcent\s)|(?<=\bpercent\s)|(?<=\bpoint\s)|(?<=\bpoints\s))on\s+the\s+"
    r"(?P<u3>year|quarter|month|week)(?!\s+(?:before|earlier|ago|prior|previous|to|of|in)\b))(?![\w/])"
)
_PERIOD_ABBREVIATIONS = {"y/y": "year", "yoy": "year", "q/q": "quarter", "qoq": "quarter", "m/m": "month"}


def _period_on_period(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if m.group("u2") and tense_at(text, m.start()) == "future":
        return None  # "prices will rise 8% in a year": a year from now, a length of time
    return Candidate(m.start(), m.end(), Kind.DATE, period_before(m))


def period_before(m: re.Match[str]) -> str:
    """The count back a "year-on-year" or "m/m" says, in words: "a year earlier", "a month earlier"."""
    if m.group("ly"):
        return _PERIOD_BEFORE[m.group("ly").lower().removesuffix("ly")]
    unit = m.group("u") or m.group("u2") or m.group("u3") or _PERIOD_ABBREVIATIONS[m.group("abbr").lower()]
    return _PERIOD_BEFORE[unit.lower()]


# "over the weekend", "at the weekend": the weekend a story stands next to, by the tense of its clause
# (... and "the three-day weekend", "the long weekend": the same weekend, longer by a holiday)
WEEKEND = re.compile(
    r"(?i)\bthe\s+(?:(?:three|four|3|4)[\s-]day\s+|long\s+|holiday\s+|bank[\s-]holiday\s+)?weekend\b"
    r"(?!\s+(?:of|before|after|that|when|following|edition)\b)"
)
_WEEKEND_LEAD = re.compile(
    r"(?i)\b(?:at|over|during|on|for|by|until|till|through|throughout|across|since)\s+$"
)


def _weekend(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    """The weekend of the publication week; in a clause in the past, the last one begun by then ("Over the
    weekend, protesters were..." in a Thursday story is the weekend just gone)."""
    if not _WEEKEND_LEAD.search(text, max(0, m.start() - 12), m.start()):
        return None  # "the weekend edition", "ruined the weekend": not a time of the story
    if pub is None:
        return Candidate(m.start(), m.end(), Kind.DATE, "XXXX-WXX-WE")
    tense = tense_at(text, m.start(), m.end())
    # early in a week, a weekend the clause gives no tense is the one just gone: a Monday story's "over the
    # weekend" looks back unless a word looks ahead
    offset = -1 if pub.weekday() < 5 and (tense == "past" or (tense is None and pub.weekday() < 2)) else 0
    return Candidate(m.start(), m.end(), Kind.DATE, resolve_relative("weekend", offset, pub))


# "contracted 0.3% from the previous three months": the quarter before, as "quarter on quarter" says it; only
# after a word of comparison ("over the previous three months" is a span of time)
PREVIOUS_QUARTER = re.compile(r"(?i)\bthe\s+(?:previous|preceding|prior)\s+(?:three|3)[\s-]+months?\b")
# (a quarter named as "the three months to September" too)
_QUARTER_BEFORE = re.compile(
    r"(?i)\bquarter\b|\bQ[1-4]\b|\b(?:three|3)[\s-]+months\s+(?:to|ending|ended|through)\b"
)


def _sentence_before(text: str, start: int) -> str:
    """The words of `start`'s sentence before it (within 200 characters)."""
    return text[max(0, start - 200) : start].rsplit(". ", 1)[-1]


def _previous_quarter(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    if not _COMPARED_WITH.search(text, max(0, m.start() - 10), m.start()) and not _QUARTER_BEFORE.search(
        _sentence_before(text, m.start())
    ):
        return None  # ... or after a quarter of its sentence: "1.2% in the July-September quarter, slower
        # than the 2.9% expansion in the previous three months"
    return Candidate(m.start(), m.end(), Kind.DATE, _PERIOD_BEFORE["quarter"])


# "the final three months of the year", "the first six months of 2023", "the first nine months of the year",
# "the first three quarters of 2024": the months that begin or end a calendar year; a quarter or a half where
# they are one
MONTHS_OF_YEAR = re.compile(
    r"(?i)\bthe\s+(?P<side>first|last|final|second)\s+(?P<n>[a-z]+|\d{1,2})\s+(?P<unit>months|quarters)\b"
    r"(?:(?P<of>\s+of)\s+(?:(?P<y>[12]\d{3})\b|(?P<rel>this|last|next)\s+year\b|the\s+year\b)|(?!\s+of\b))"
)
_COUNTED = {**table("numbers")["units"], **{"ten": 10, "eleven": 11}}


def _months_of_year(m: re.Match[str], text: str, pub: date | None) -> Candidate | None:
    said, side = m.group("n").lower(), m.group("side").lower()
    count = int(said) if said.isdigit() else _COUNTED.get(said)
    n = (count or 0) * (3 if m.group("unit").lower() == "quarters" else 1)
    if not 1 <= n <= 11:
        return None
    if side == "second" and n != 6:
        return None  # "the second three months" is no way to name a quarter
    first = side == "first"
    if not m.group("of") and not first:
        return None  # "the last three months" reach back from now: a span of its own
    code = ("Q1" if first else "Q4") if n == 3 else ("H1" if first else "H2") if n == 6 else None
    if m.group("y"):
        year = int(m.group("y"))
    elif m.group("rel") and pub:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    elif pub:
        # the year whose months those are: a part that has not reached its last month yet is last year's
        # ("the first two months of the year" on February 25 are this year's, told so far)
        year = (
            _quarter_year(code, pub, tense_at(text, m.start(), m.end()))
            if code
            else (pub.year if not first or pub.month >= n else pub.year - 1)
        )
    else:
        year = None
    if code is not None:
        return Candidate(m.start(), m.end(), Kind.DATE, f"{year if year else 'XXXX'}-{code}")
    if year is None:
        return None
    months = (1, n) if first else (13 - n, 12)
    low, high = f"{year}-{months[0]:02d}", f"{year}-{months[1]:02d}"
    return Candidate(m.start(), m.end(), Kind.DATE, f"{low}..{high}", low=low, high=high)


_NUMBER_WORDS = {*table("numbers")["units"], *table("numbers")["tens"], "a", "an", "few", "several"}
_DIGIT = DIGITS
_DAY_KEY = SHORT_DIGITS  # a day, a month or an ordinal: one or two digits
_YEAR_KEY = YEAR_DIGITS
_MONTH_WORDS = set(MONTHS)
_DIRECTIONS = {*_T["duration_before"], *_T["duration_after"]}
_DURATION_WORDS = set(DURATIONS)
# Each recognizer with the tokens a match can start with: patterns are tried only there, which keeps
# thirty date patterns cheap on a long article. Some also name the words a match must hold one of (or one of
# each of several sets): a paragraph without them is not tried at all ("two days" with no "ago", "later",
# "before"...; "after" with no "days", "years"...).
_NEEDS: dict[re.Pattern[str], set[str] | tuple[set[str], ...]] = {
    EXPLICIT: _MONTH_WORDS,
    MONTH_ALONE: _MONTH_WORDS,
    MONTH_SPAN: _MONTH_WORDS,
    WEEKDAY: set(WEEKDAYS),
    _DAY_RANGE: _MONTH_WORDS,
    DURATION_SHIFT: (_DIRECTIONS, _DURATION_WORDS),
    SPAN: _DURATION_WORDS,
    # ("the" and "a" start many relative phrases; their last words are rarer)
    RELATIVE_PHRASE: {p.split()[-1] for p in RELATIVE},
    QUARTER: {"Q", "H", "quarter", "half"},
    MONTH_QUARTER: {"quarter", "months", "year"},
    YEAR_FROM: ({"year", "months"}, {"starting", "beginning", "from", "starts", "begins"}),
    DECADE_SHORT: {"s"},
    DAY_OF_RELATIVE_MONTH: {"month"},
    NTH_WEEKDAY: set(WEEKDAYS),
    CENTURY: {"century"},
    PREVIOUS_QUARTER: {"previous", "preceding", "prior"},
    SPAN_BEFORE: {"before", "earlier", "prior"},
    MONTHS_OF_YEAR: {"months", "quarters"},
    WEEKEND: {"weekend"},
}


def _needed_keys(needs: set[str] | tuple[set[str], ...]) -> tuple[frozenset[str], ...]:
    return tuple(trigger_keys(n) for n in needs) if isinstance(needs, tuple) else (trigger_keys(needs),)


RECOGNIZERS: tuple[tuple[re.Pattern[str], Recognizer, frozenset[str], tuple[frozenset[str], ...]], ...] = (
    tuple(
        (pattern, build, trigger_keys(triggers), _needed_keys(_NEEDS[pattern]) if pattern in _NEEDS else ())
        for pattern, build, triggers in (
            (EXPLICIT, _explicit, {*_MONTH_WORDS, _DAY_KEY, _YEAR_KEY, *ORDINALS}),
            (WEEKDAY, _weekday, {*WEEKDAYS, "last", "next", "this"}),
            (MONTH_ALONE, _month_alone, {*_MONTH_WORDS, *_MODS, "end", "beginning", "start", "middle"}),
            (MONTH_SPAN, _month_span, {*_MONTH_WORDS, "between", "from"}),
            (RELATIVE_PHRASE, _relative, {p.split()[0] for p in RELATIVE}),
            (DURATION_SHIFT, _duration_shift, {*_NUMBER_WORDS, _DIGIT, "minus", "negative"}),
            (QUARTER, _quarter, {_YEAR_KEY, "q", "h", "last", *QUARTERS}),
            (
                MONTH_QUARTER,
                _month_quarter,
                {_YEAR_KEY, *_MONTH_WORDS, "three", "six", "nine", "twelve", "year", _DAY_KEY},
            ),
            (YEAR_FROM, _year_from, {"the"}),
            (SEASON, _season, {"this", "next", "last", *SEASONS}),
            (ISO, _iso, {_YEAR_KEY}),
            (NUMERIC, _numeric, {_DAY_KEY, _YEAR_KEY}),
            (YEAR, _year, {_YEAR_KEY}),
            (OLD_YEAR, _old_year, {_YEAR_KEY}),
            (DECADE, _decade, {_YEAR_KEY, "'", "’"}),
            (YEAR_SPAN, _year_span, {_YEAR_KEY}),
            (FISCAL_YEAR, _fiscal_year, {"FY"}),
            (_DAY_RANGE, _day_range, {*_MONTH_WORDS, _DAY_KEY}),
            (PREVIOUS_QUARTER, _previous_quarter, {"the"}),
            (WEEKEND, _weekend, {"the"}),
            (SPAN, _span, {*_SPAN_BACK, *_SPAN_AHEAD, "within"}),
            (SPAN_BEFORE, _span_before, {"the"}),
            (DECADE_SHORT, _decade_short, {_DAY_KEY}),
            (DECADE_WORD, _decade_word, {"nineteen", "twenty", "two", *DECADE_WORDS}),
            (DAY_OF_RELATIVE_MONTH, _day_of_relative_month, {_DAY_KEY, *ORDINALS}),
            (DAY_ALONE, _day_alone, {_DAY_KEY, *ORDINALS}),
            (NTH_WEEKDAY, _nth_weekday, {*QUARTERS, "fifth", "5th", "last"}),
            (YEAR_MONTH, _year_month, {_DAY_KEY, _YEAR_KEY}),
            (SEASON_ALONE, _season_alone, {"mid", "early", "late", *SEASONS}),
            (REST_OF, _rest_of, {"rest"}),
            (MONTH_DAY, _month_day, {_DAY_KEY}),
            (PREFIXED_YEAR, _prefixed_year, set(_T["year_prefixes"])),
            (EARLY_OR_LATE_YEAR, _early_or_late_year, {"early", "late"}),
            (PART_OF_PERIOD, _part_of_period, set(_T["month_parts"])),
            (WEEK_OF_MONTH, _week_of_month, {"first", "second", "third", "fourth", "last", "final"}),
            (CENTURY, _century, {_DAY_KEY, *ORDINALS}),
            (
                PERIOD_ON_PERIOD,
                _period_on_period,
                {*_PERIOD_BEFORE, "y", "yoy", "q", "qoq", "m", "quarterly", "monthly", "in", "on"},
            ),
            (MONTHS_OF_YEAR, _months_of_year, {"the"}),
            (
                HOLIDAY,
                _holiday,
                {"last", "next", "this", *(n.split()[0].split("'")[0] for n in holidays.RULES)},
            ),
        )
    )
)


_TRIGGERS = TriggerIndex(triggers for _, _, triggers, _ in RECOGNIZERS)


def _lacks(needs: tuple[frozenset[str], ...], keys: frozenset[str]) -> bool:
    """Whether a paragraph with these token keys holds none of the words of one of `needs`."""
    return any(map(keys.isdisjoint, needs))


def date_candidates(text: str, pub_iso: str | None, tokens: Tokens | None = None) -> Iterator[Candidate]:
    """Every date candidate in `text`, resolved against the publication date `pub_iso` when there is one."""
    pub = date.fromisoformat(pub_iso) if pub_iso else None
    tokens = tokens or tokenize(text)
    found: list[Candidate] = []
    for index in _TRIGGERS.tried(tokens):
        pattern, build, triggers, needs = RECOGNIZERS[index]
        if needs and _lacks(needs, tokens.keys):
            continue
        pos = 0
        for start in tokens.starts(triggers):
            if start < pos:
                continue
            m = pattern.match(text, start)
            if m is None:
                continue
            try:
                cand = build(m, text, pub)
            except ValueError:  # a builder that cannot read its match declines it
                continue
            if cand is not None and cand.end > cand.start:
                if _COMPARED_TIME.search(text, cand.start, cand.end) and _THAN.match(text, cand.end):
                    # "a year earlier than planned": by how much a date moved, a length of time
                    length = _length_moved(text, cand.start, cand.end)
                    if length is not None:
                        found.append(length)
                    pos = m.end()
                    continue
                found.append(cand)
                pos = m.end()
    found = _anchored(text, found, pub)
    yield from found
    yield from _periods(text, found)
    if any(isinstance(c.value, str) and "-Q" in c.value for c in found):
        yield from _elided_quarters(text, found)


_COMPARED_TIME = re.compile(r"(?i)\b(?:earlier|later|sooner)$")
_THAN = re.compile(r"\s+(?i:than)\b")


def _length_moved(text: str, start: int, end: int) -> Candidate | None:
    """The length of time in "a year earlier than planned", "two weeks later than expected"."""
    part = _DURATION_PART.search(text, start, end)
    if part is None:
        return None
    try:
        amount = _amount(part.group("n"))
    except ValueError:
        return None
    return Candidate(part.start(), part.end(), Kind.QUANTITY, amount, DURATIONS[part.group("u").lower()])


# "3.3% in the second quarter from 4.0% in the first": a quarter named again by its ordinal alone
_ELIDED_QUARTER = re.compile(r"(?i)\bthe\s+(?P<n>first|second|third|fourth)\b(?=\s*(?:[.,;:)]|$))")
_QUARTER_VALUE = re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])")
_WEEK_VALUE = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})")


def _elided_quarters(text: str, found: list[Candidate]) -> Iterator[Candidate]:
    """A quarter said by its ordinal alone after a quarter in the same sentence, before it in time (an
    earlier number in the year, else the year before: "up from the fourth" after "the first quarter")."""
    for anchor in found:
        named = _QUARTER_VALUE.fullmatch(str(anchor.value))
        if named is None:
            continue
        end = anchor.end
        stop = _SENTENCE_STOP.search(text, end)
        for m in _ELIDED_QUARTER.finditer(text, end, stop.start() if stop else len(text)):
            n, q, year = QUARTERS[m.group("n").lower()], int(named.group("q")), int(named.group("y"))
            if n == q:
                continue
            yield Candidate(m.start(), m.end(), Kind.DATE, f"{year if n < q else year - 1}-Q{n}")
            break


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


_ANCHOR_REACH = 240  # characters back to the anchor: the same sentence or one or two before
IN_BEFORE = re.compile(r"(?i)\b(?:in|during|over)\s+$")
_PLACED = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# The precision a count from an anchor needs: "the previous month" needs an anchor with a month.
_UNIT_PRECISION = {"year": 4, "decade": 4, "month": 7, "quarter": 7, "week": 10, "weekend": 10, "day": 10}


def _anchored(text: str, found: list[Candidate], pub: date | None = None) -> list[Candidate]:
    """ "in 2019 ... two years later", "2.2 million in 2025, against 3 million the year before": a count from
    the story's own time takes the nearest date before it (within a sentence or two) as its anchor, at that
    date's precision; with none it stays a phrase, as both versions of an undated "from a year earlier" do,
    marked "unresolved"."""
    out = []
    for cand in found:
        phrase = str(cand.value)
        if (year_ago := _year_ago_of_a_quarter(text, cand, found)) is not None:
            out.append(year_ago)
            continue
        if phrase == "the previous quarter" and IN_BEFORE.search(text, max(0, cand.start - 8), cand.start):
            # "fell to 11.2% in the third quarter from 11.3% in the previous three months": a time, the
            # quarter before the one the sentence names (as a base of comparison it stays a phrase)
            quarters = [
                (c.end, quarter)
                for c in found
                if cand.start - _ANCHOR_REACH <= c.end <= cand.start
                and not count_back_as_base(text, c.start, c.end)
                and (quarter := quarter_named(c)) is not None
            ]
            if quarters:
                year, q = max(quarters)[1]
                index = year * 4 + q - 2
                out.append(replace(cand, value=f"{index // 4}-Q{index % 4 + 1}", qualifiers=()))
                continue
        if (
            cand.low is not None
            or _PLACED.fullmatch(phrase)
            or (
                phrase != " ".join(text[cand.start : cand.end].lower().split())
                and phrase not in _PERIOD_BEFORE.values()
                and phrase not in _ANAPHORIC  # "the prior month" is read as "the previous month"
            )
        ):
            out.append(cand)
            continue
        before = _anchors_before(text, cand, found)
        if pub is not None and _BACKWARD.search(phrase):
            # "meets next on October 17. Markets now see a 90% chance, against 30% a fortnight earlier": a
            # count back from a day still to come is a count back from the day of writing
            before = [c for c in before if (covered := span(c.value)) is None or covered[0] <= pub]
        # a quarter names the period a count of years compares ("fourth-quarter revenue ... on Wednesday, up
        # 73% from a year earlier" is the fourth quarter a year before, not that Wednesday)
        # (... its three months said as a stretch too: "April-June, a 43% increase year on year")
        quarters = [c for c in before if quarter_named(c) is not None]
        try:
            value = (
                count_from(phrase, _anchor_value(max(quarters or before, key=lambda c: c.end)))
                if before
                else None
            )
        except ValueError:  # an amount that is not one number ("a the years later")
            value = None
        if value:
            out.append(replace(cand, value=value))
        elif re.search(r"[a-z]{2}", phrase):  # words with no time to count from ("the year before")
            out.append(replace(cand, qualifiers=(*cand.qualifiers, "unresolved")))
        else:
            out.append(cand)
    return out


def _anchor_value(cand: Candidate) -> str:
    """The value a count back counts from: a quarter's three months as the quarter ("2026-04..2026-06" is
    2026-Q2), any other date as it is."""
    named = quarter_named(cand)
    return f"{named[0]}-Q{named[1]}" if named else str(cand.value)


def quarter_named(cand: Candidate | Figure) -> tuple[int, int] | None:
    """The (year, quarter) a date names: "the second quarter" (2024-Q2), or its three months as a stretch
    ("April-June", 2024-04..2024-06)."""
    named = _QUARTER_VALUE.fullmatch(str(cand.value))
    if named:
        return int(named["y"]), int(named["q"])
    low, high = str(cand.low or ""), str(cand.high or "")
    if re.fullmatch(r"\d{4}-\d{2}", low) and high[:4] == low[:4] and re.fullmatch(r"\d{4}-\d{2}", high):
        first, last = int(low[5:]), int(high[5:])
        if last == first + 2 and first % 3 == 1:
            return int(low[:4]), last // 3
    return None


_BACKWARD = re.compile(r"(?i)\b(?:earlier|before|previous|prior|preceding)\b")


def _anchors_before(text: str, cand: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The placed dates a count may start from: before it, within a sentence or two."""
    return [
        c
        for c in found
        if cand.start - _ANCHOR_REACH <= c.end <= cand.start
        # (a stretch of months only where it is a quarter: "April-June")
        and (c.low is None or quarter_named(c) is not None)
        and (
            _PLACED.fullmatch(str(c.value))
            or _QUARTER_VALUE.fullmatch(str(c.value))
            or quarter_named(c) is not None
            or (_WEEK_VALUE.fullmatch(str(c.value)) and _IN_WEEKS.search(str(cand.value)))
        )
        # an end of "July-September" is no anchor of its own
        and text[max(0, c.start - 1) : c.start] not in ("-", "–")
        and text[c.end : c.end + 1] not in ("-", "–")
        # ... nor the day a source spoke ("Eurostat said on Monday"): when it was told, not what it counts (a
        # period after such a verb is what was told of: "reported fourth-quarter revenue")
        and not told_on(text, c.start, c.value)
        # ... nor a base of comparison ("in January, up 15% from December and 53% from a year earlier": a year
        # before January)
        and not _BASE_BEFORE.search(text, max(0, c.start - 40), c.start)
        # ... nor a count back said as a base ("grew 5.4% in the July-September quarter from a year earlier.
        # Growth in the previous quarter": the quarter before July-September)
        and not count_back_as_base(text, c.start, c.end)
        and not time_not_reported(text, c.start)
    ]


# "its lowest since the government took office in May 2025", "the highest since records began in 2011": a
# best or worst, then the time since which it is
_SINCE_A_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:[a-z]{2,}est|most|least|fewest|best|worst|first|record)\b[^.;:!?]{0,40}?"
    r"\bsince\s+(?:[\w'’-]+\s+){0,6}?(?:(?:in|on)\s+)?$"
)
# "the 78% target the government set for March 2026", "its goal of net zero by 2050": the time a plan names
_TARGET_FOR_BEFORE = re.compile(
    r"(?i)\b(?:target|goal|deadline|ambition|pledge)s?\b[^.;:!?]{0,40}?\b(?:for|by)\s+(?:the\s+end\s+of\s+)?$"
)


def time_not_reported(text: str, start: int) -> bool:
    """Whether a date is a time the story compares with or plans for, not the one it reports: the time a
    best or worst is counted since ("its lowest since May 2025, down three points from a month earlier"), or
    the time a target is set for ("short of the 78% goal for March 2026 ... 35,002 the month before"). No
    count back ("a month earlier") counts from it."""
    lead = text[max(0, start - 100) : start]
    return ("since" in lead[-60:] and _SINCE_A_RECORD_BEFORE.search(lead) is not None) or (
        _TARGET_FOR_BEFORE.search(lead) is not None
    )


# a count in weeks ("the week before", "two weeks earlier") is the only one a week ("last week") anchors
_IN_WEEKS = re.compile(r"\bweeks?\b")


def count_back_as_base(text: str, start: int, end: int) -> bool:
    """ "grew 5.4% in the July-September quarter from a year earlier": a count back said as the base of a
    comparison, which no later "previous quarter" counts from."""
    return " ".join(text[start:end].lower().split()) in _ANAPHORIC and bool(
        _COMPARED_WITH.search(text, max(0, start - 12), start)
    )


# "than December", "up 15% from December" (a "from" after a figure; "from today to ..." starts a span)
_BASE_BEFORE = re.compile(
    r"(?i)(?:\b(?:than|against|versus|vs\.?|compared\s+with)|\d\S*\s+(?:[a-z]+\s+){0,2}from)\s+(?:in\s+)?$"
    # ... "rose to 4.4% in March from 4.2% in February": the time of the value a change started from
    r"|\bfrom\s+[$€£]?\d[\d.,]*(?:\s*%|\s+(?:per\s*cent|percent|[a-z]+))?\s+in\s+$"
)


# A verb of telling right before a day: "said Friday", "data showed on Thursday", "told reporters on Monday"
# (the day a report was made, not a day it reports on)
TOLD_ON_BEFORE = re.compile(
    r"(?i)\b(?:said|says|announced|reported|confirmed|added|stated|showed|shows|published|released|"
    r"told\s+\w+(?:\s+\w+)?)\s+(?:on\s+)?$"
)


def told_on(text: str, start: int, value: object, reach: int = 24) -> bool:
    """Whether a day is the day a source spoke ("Eurostat said on Monday", "officials said Wednesday"): when
    it was told, not what was told of ("reported fourth-quarter revenue": a period no one tells on)."""
    return len(str(value)) == 10 and TOLD_ON_BEFORE.search(text, max(0, start - reach), start) is not None


_COMPARED_WITH = re.compile(r"(?i)\b(?:on|from|than|with|against|versus|vs\.?)\s+$")


def _year_ago_of_a_quarter(text: str, cand: Candidate, found: list[Candidate]) -> Candidate | None:
    """ "a second-quarter loss of $1.6bn, compared with a profit of $1.5bn a year ago": after a quarter in
    the same sentence, whole years "ago" compare with that quarter of an earlier year, as "a year earlier"
    does, not with the time of writing."""
    surface = " ".join(text[cand.start : cand.end].lower().split())
    if not surface.endswith(" ago") or cand.low is not None:
        return None
    if _COMPARED_WITH.search(text, max(0, cand.start - 12), cand.start):
        reach = 0  # "down 1.2% on a year ago": a base of comparison, from the quarter said before
    else:
        reach = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, cand.start)), default=0)
    quarters = [
        c
        for c in _anchors_before(text, cand, found)
        if c.start >= reach and _QUARTER_VALUE.fullmatch(str(c.value))
    ]
    if not quarters:
        return None
    named = _QUARTER_VALUE.fullmatch(str(max(quarters, key=lambda c: c.end).value))
    try:
        value = _years_from_quarter(surface[: -len("ago")] + "earlier", int(named["y"]), named["q"])  # type: ignore[index]
    except ValueError:
        return None
    return replace(cand, value=value) if value else None


def count_from(phrase: str, anchor: str) -> str | None:
    """`phrase` ("the year before", "two years later") counted from the date value `anchor`."""
    if quarter := _QUARTER_VALUE.fullmatch(anchor):
        return _years_from_quarter(phrase, int(quarter["y"]), quarter["q"])
    if week := _WEEK_VALUE.fullmatch(anchor):
        return _weeks_from_week(phrase, date.fromisocalendar(int(week["y"]), int(week["w"]), 1))
    base = date(int(anchor[:4]), int(anchor[5:7] or 1), int(anchor[8:10] or 1))
    if phrase in _ANAPHORIC:
        unit, offset = RELATIVE[phrase]
        if len(anchor) < _UNIT_PRECISION[unit]:
            return None
        return resolve_relative(unit, offset, base)
    m = DURATION_SHIFT.fullmatch(phrase)
    if m is None or (m.group("dir") or "").lower() not in _DURATION_ANAPHORIC or m.group("base"):
        return None
    sign = -1 if m.group("dir").lower() in _T["duration_before"] else 1
    day = base
    for part in _DURATION_PART.finditer(m.group("parts")):
        unit = DURATIONS[part.group("u").lower()]
        if len(anchor) < _UNIT_PRECISION.get(unit, 10):
            return None
        day = shift(day, unit, sign * _amount(part.group("n")))
    return day.isoformat()[: len(anchor)]


def _weeks_from_week(phrase: str, monday: date) -> str | None:
    """ "1,340 beds last week, up from 1,160 the week before": whole weeks counted from a week land on
    another week; a count in any other unit needs a day."""
    weeks = _whole_units_counted(phrase, "week")
    return resolve_relative("week", weeks, monday) if weeks is not None else None


def _years_from_quarter(phrase: str, year: int, quarter: str) -> str | None:
    """ "a loss of $1.6bn in the second quarter, against a profit a year earlier": whole years counted from a
    quarter land on the same quarter of another year, as results compare; any other count needs a day."""
    years = _whole_units_counted(phrase, "year")
    return f"{year + years}-Q{quarter}" if years is not None else None


def _whole_units_counted(phrase: str, unit: str) -> int | None:
    """How many whole `unit`s a count from an anchor moves, signed ("the year before" -1, "two years later"
    +2), or None where it counts in another unit or in part of one."""
    if phrase in _ANAPHORIC:
        said, offset = RELATIVE[phrase]
        return offset if said == unit else None
    m = DURATION_SHIFT.fullmatch(phrase)
    if m is None or (m.group("dir") or "").lower() not in _DURATION_ANAPHORIC or m.group("base"):
        return None
    sign = -1 if m.group("dir").lower() in _T["duration_before"] else 1
    amount = 0.0
    for part in _DURATION_PART.finditer(m.group("parts")):
        if DURATIONS[part.group("u").lower()] != unit:
            return None
        amount += _amount(part.group("n"))
    return sign * int(amount) if amount == int(amount) else None


def _with_article(cand: Candidate, text: str) -> Candidate:
    """ "the 15th of June", "the first quarter of 2024": the article belongs to the date's surface."""
    if text[max(0, cand.start - 4) : cand.start].lower() == "the ":
        return replace(cand, start=cand.start - 4)
    return cand


def _periods(text: str, found: list[Candidate]) -> Iterator[Candidate]:
    """Two dates joined by "to", "until", "-" or "and" (after "between"/"from") make one period: "Oct. 2 to
    Oct. 22", "from 2014 to 2018", "between 2015 and February 2018" (the bounds keep their own precision).
    Only whole dates join: "Oct." inside "Oct. 2" is not a bound."""
    points = sorted(
        (c for c in found if c.low is None and isinstance(c.value, str) and c.value[:1].isdigit()),
        key=lambda c: (c.start, -c.end),
    )
    whole: list[Candidate] = []
    for c in points:
        if whole and c.end <= whole[-1].end:
            continue  # inside a longer date
        if whole and c.start < whole[-1].end:
            continue  # overlaps one already taken
        whole.append(c)
    for a, b in pairwise(whole):
        gap = text[a.end : b.start]
        if len(gap) > 30 or not _PERIOD_JOIN.fullmatch(gap):
            continue
        before = text[max(0, a.start - 9) : a.start].lower()
        lead = re.search(r"\b(between|from)\s+$", before)
        if gap.strip().lower() == "and" and not (lead and lead.group(1) == "between"):
            continue
        low, high = str(a.value), str(b.value)
        if not _ordered(low, high):
            low, high = _weekdays_in_order(text, a, b)
            if not _ordered(low, high):
                continue
        start = a.start - (len(before) - lead.start()) if lead else a.start
        yield Candidate(start, b.end, Kind.DATE, f"{low}..{high}", low=low, high=high)


def _weekdays_in_order(text: str, a: Candidate, b: Candidate) -> tuple[str, str]:
    """ "from Friday through Sunday" in a story of the Friday: two bare weekdays, each resolved alone, can
    fall in two weeks. One span of days is meant: in a clause in the past it ends on the later weekday's
    day and begins the week before; otherwise it begins on the first and ends on the next day of the
    second's name."""
    low, high = str(a.value), str(b.value)
    names = (text[a.start : a.end].rstrip(".").lower(), text[b.start : b.end].rstrip(".").lower())
    if not all(name in WEEKDAYS for name in names):
        return low, high
    first, last = date.fromisoformat(low), date.fromisoformat(high)
    days = (last.weekday() - first.weekday()) % 7
    if tense_at(text, a.start, b.end) == "past":
        return (last - timedelta(days=days)).isoformat(), high
    return low, (first + timedelta(days=days)).isoformat()


def _ordered(low: str, high: str) -> bool:
    """Whether `low` begins before `high` ends, compared at the coarser of their precisions ("2015" before
    "2018-02"); week, quarter and season codes only pair with their own kind."""
    plain = re.compile(r"\d{4}(?:-\d{2}){0,2}")
    if plain.fullmatch(low) and plain.fullmatch(high):
        width = min(len(low), len(high))
        return low[:width] < high[:width]
    return len(low) == len(high) and low < high
