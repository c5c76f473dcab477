"""Which unit follows a number: a fast table for the units news copy uses, quantulum3 for the rest.

quantulum3 takes seconds to load on a cold start (its plural engine instruments itself at import), so the
pre-publish path must not pay for it on every article. The table in lexicon/units.yaml uses quantulum3's
unit names; only a word that the table does not know but quantulum3 lists as a unit surface is handed to
quantulum3, on a short window, and the answer is cached.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from factcheck.extract.lexicon import table
from factcheck.extract.patterns import alternation

_T = table("units")
_NOT_UNITS = frozenset(w.lower() for w in _T["not_units"])
# A word of weight before "pounds" in its clause: "weighed 300 pounds", "paid to lose 20 pounds" are no money.
WEIGHT_WORDS_BEFORE = re.compile(r"(?i)\b(?:" + alternation(_T["pounds_weight_words"]) + r")\b[^.;,]*$")
TIME_UNITS = frozenset(name for name, spec in _T["units"].items() if spec.get("entity") == "time")


@dataclass(frozen=True)
class UnitMatch:
    """A unit found after a number: its canonical name and where its surface ends."""

    name: str
    end: int


def _build() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    glued: list[str] = []
    for name, spec in _T["units"].items():
        for w in spec.get("words", []):
            words[w.lower()] = name
        for s in spec.get("symbols", []):
            symbols[s] = name
        for s in spec.get("glued", []):  # symbols that are words when spaced: "50MP" but "one MP"
            symbols[s] = name
            glued.append(s)
    # a hyphen after the unit joins it to a word ("5m-year-old"), except a dimension ("a 198m-high tower")
    # or the next bound of a range in the same unit ("2m-3m"; "Two F-16" is no temperature)
    dimension = r"(?:high|long|wide|deep|tall|thick)\b"
    pattern = re.compile(
        r"(?:\s?|-)(?:(?P<sym>"
        + alternation([s for s in symbols if s not in glued])
        + rf")(?!\w|-(?!{dimension}|[\d.,]+(?P=sym)(?!\w)))|(?P<word>(?i:"
        # a unit of two words may be hyphenated before its noun ("a 250,000-square-foot factory")
        + alternation(list(words)).replace(r"\ ", r"[\s-]")
        + rf"))\b(?!-(?!{dimension})\w))"
        + (rf"|(?P<glued>{alternation(glued)})(?!\w)" if glued else "")
    )
    return pattern, words, symbols


_UNIT, _WORDS, _SYMBOLS = _build()
_LETTERS = re.compile(r"[A-Za-z]+")


def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The letters each unit surface starts with ("km" of "km/h", "square" of "square feet"), lower-cased,
    and the first characters of the surfaces that start with no letter ("°C")."""
    heads: set[str] = set()
    others: set[str] = set()
    for surface in (*_WORDS, *_SYMBOLS):
        letters = _LETTERS.match(surface)
        if letters:
            heads.add(letters.group().lower())
        else:
            others.add(surface[0].lower())
    return frozenset(heads), frozenset(others)


_HEADS, _OTHER_STARTS = _heads()


def _unit_match(text: str, end: int) -> re.Match[str] | None:
    """The unit pattern's match at `end`, tried only where the word there starts a unit surface: the
    pattern is an alternation of some four hundred surfaces, and most numbers are followed by no unit."""
    for start in (end, end + 1):
        if start > end and not (text[end : end + 1].isspace() or text[end : end + 1] == "-"):
            break
        letters = _LETTERS.match(text, start)
        if (
            (letters.group().lower() in _HEADS)
            if letters
            else text[start : start + 1].lower() in _OTHER_STARTS
        ):
            return _UNIT.match(text, end)
    return None


_RATES = {k: v for k, v in _T["rates"].items()}
# "a year" after a unit is a rate ("barrels a day"), unless it starts a relative date ("a year earlier").
_RATE = re.compile(
    r"\s*(?P<rate>" + alternation(list(_RATES)) + r")\b"
    # "three days a week ago", "two days a week from now" count from a day; "five days a week from January 2"
    # is a rate that starts on one
    r"(?!\s+(?:earlier|later|ago|before|after|on|from\s+(?:now|today|tomorrow|yesterday|then))\b)"
)
_NEXT_WORD = re.compile(r"[\s-]?([A-Za-z]+)\b")
# (a bound may stand before the stuff, "two litres or more of diet drinks a week": qualifiers.bound_inside
# reads it)
_OF_STUFF = re.compile(
    r"(?:\s+or\s+(?:more|less|fewer))?\s+of\s+[a-z]+(?:\s+[a-z]+){0,2}?"
    r"(?=\s+(?:(?:a|an|per|each|every)\s|(?:daily|weekly|monthly|yearly|annually|hourly|nightly)\b))"
)
_PER = re.compile(r"\s+per(?=\s)")
_NAMES = frozenset(_WORDS.values())


_COMPOUNDS: dict[str, dict[str, float]] = {
    k: {u: float(n) for u, n in v.items()} for k, v in _T["compounds"].items()
}
# The smaller part of a compound measure, for symbols too ("12 ft 2 in"): its surfaces come from the table.
_SUB_SURFACES = {
    name: [
        *_T["units"][name].get("words", []),
        *_T["units"][name].get("symbols", []),
        *(["in"] if name == "inch" else []),
    ]
    for subs in _T["compounds"].values()
    for name in subs
    if name in _T["units"]
}


_CLOCK_PARTS = frozenset({"minute", "second"})
_SUB_PATTERNS = {
    name: re.compile(
        # "5 feet 2 inches", "2 hours and 5 minutes", and with a comma the minutes and seconds of a clock
        # ("1 minute, 54.06 seconds", as AP writes race times; "3 years, 2 months" is a list), and as
        # adjectives ("a three-hour, 44-minute final")
        rf"(?:\s+and{'|,' if name in _CLOCK_PARTS else ''})?\s+(?P<n>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
        r"(?:-|\s*)"
        rf"(?:{alternation(surfaces)})\b"
    )
    for name, surfaces in _SUB_SURFACES.items()
}


# the inches of a height said as one adjective: "6-foot-4", "5-foot-2-inch"
_HEIGHT_INCHES = re.compile(r"-(?P<n>1[01]|\d)(?:-inch(?:es)?)?\b(?![.,]\d|-)")


def compound_after(text: str, end: int, unit: str) -> tuple[float, str, int] | None:
    """A smaller unit continuing a measure ("5 feet| 2 inches"): (its amount, its unit, where it ends)."""
    subs = _COMPOUNDS.get(unit)
    if not subs:
        return None
    if unit == "foot":
        bare = _HEIGHT_INCHES.match(text, end)  # "the 6-foot-4 forward": the inches go without their unit
        if bare:
            return int(bare.group("n")) / 12, "inch", bare.end()
    for sub, per in subs.items():
        pattern = _SUB_PATTERNS.get(sub)
        m = pattern.match(text, end) if pattern else None
        if m:
            from factcheck.extract.numbers import parse_number

            try:
                amount = parse_number(m.group("n"))
            except ValueError:
                continue
            return amount / per, sub, m.end()
    return None


def amount_per(unit: str, sub: str) -> float:
    """How much of `unit` one `sub` is: a minute is 1/60 hour (1.0 where the table does not say)."""
    per = _COMPOUNDS.get(unit, {}).get(sub)
    return 1.0 / per if per else 1.0


def _word_unit(word: str) -> str:
    """The unit a unit word names, however its words are joined ("square-foot", "square  feet")."""
    return _WORDS[" ".join(word.lower().replace("-", " ").split())]


def unit_after(text: str, end: int) -> UnitMatch | None:
    """The unit that directly follows a number ending at `end`, if any."""
    m = _unit_match(text, end)
    if m:
        symbol = m.group("sym") or m.group("glued")
        name = _SYMBOLS[symbol] if symbol else _word_unit(m.group("word"))
        stop = m.end()
    else:
        word = _NEXT_WORD.match(text, end)
        if (
            not word
            or word.group(1).lower() in _NOT_UNITS
            or word.group(1).lower() not in quantulum_surfaces()
        ):
            return None
        # a word of the table joined on to another ("24-year-olds") is the table's unit: quantulum3 (slow to
        # import on a cold start) would say the same
        own = _WORDS.get(word.group(1).lower())
        found = own or _quantulum_unit(text[end : word.end()].strip(" -"))
        if found is None:
            return None
        name, stop = found, word.end()
    return with_rate(text, name, stop)


def with_rate(text: str, name: str, stop: int) -> UnitMatch:
    """The unit `name` ending at `stop`, with the rate said after it, if any ("a day", "of oil a day")."""
    rate = _rate_after(text, stop)
    if rate and _RATES[rate.group("rate").lower()] != name:
        return UnitMatch(f"{name} per {_RATES[rate.group('rate').lower()]}", rate.end())
    # "2.2 million barrels of oil a day", "491 litres of rain per square metre": the stuff measured may stand
    # between a unit and its rate, which is still the figure's
    stuff = _OF_STUFF.match(text, stop)
    if stuff:
        rate = _rate_after(text, stuff.end())
        if rate and _RATES[rate.group("rate").lower()] != name:
            return UnitMatch(f"{name} per {_RATES[rate.group('rate').lower()]}", rate.end())
        per = _PER.match(text, stuff.end())
        over = _unit_match(text, per.end()) if per else None
        if over and over.group("word") and f"{name} per {_word_unit(over.group('word'))}" in _NAMES:
            return UnitMatch(f"{name} per {_word_unit(over.group('word'))}", over.end())
    return UnitMatch(name, stop)


# "daily", "monthly", "annual": the period an adjective names
PERIOD_ADJECTIVES: dict[str, str] = _T["rate_adjectives"]
_RATE_ADJECTIVES = PERIOD_ADJECTIVES
_RATE_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b(?P<adj>" + alternation(list(_RATE_ADJECTIVES)) + r")\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:of|at|to|by|is|are|was|were|reached|hit|topped|totall?ed|totall?ing|averaged|stood\s+at)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|(?:more|less)\s+than|up\s+to)\s+)?$"
)


def rate_before(text: str, start: int, unit: str) -> str:
    """The unit with the rate an adjective before its noun gives it ("daily output of 9 million barrels" is
    barrels per day, as "9 million barrels a day" says it), unless the unit has that rate already."""
    window = max(0, start - 60)
    lowered = text[window:start].lower()
    # (most measures have no such adjective before them: a substring test each is cheaper than the search)
    m = (
        _RATE_ADJECTIVE_BEFORE.search(text, window, start)
        if any(a in lowered for a in _RATE_ADJECTIVES)
        else None
    )
    if m is None:
        return unit
    per = _RATES.get(f"a {_RATE_ADJECTIVES[m.group('adj').lower()]}")
    if per is None or unit.endswith(f" per {per}"):
        return unit
    return f"{unit} per {per}"


def _rate_after(text: str, end: int) -> re.Match[str] | None:
    """The rate right after `end`; of "per person per day", the time, which a rewrite keeps ("200 litres a
    day each")."""
    rate = _RATE.match(text, end)
    if rate and _RATES[rate.group("rate").lower()] == "head":
        then = _RATE.match(text, rate.end())
        if then and _RATES[then.group("rate").lower()] != "head":
            return then
    return rate


def unit_word_after(text: str, end: int) -> UnitMatch | None:
    """The table's unit named in words right after `end` ("a| mile", "a| tonne"), without asking quantulum3:
    after "half a" only a unit news copy names is a measure ("half a dozen" is a number)."""
    m = _unit_match(text, end)
    if not m or not m.group("word") or not m.group(0)[:1].isspace():
        return None
    return UnitMatch(_word_unit(m.group("word")), m.end())


@cache
def quantulum_surfaces() -> frozenset[str]:
    """Every single-word unit surface quantulum3 knows, read from its data file without importing it."""
    data = json.loads(resources.files("quantulum3").joinpath("units.json").read_text(encoding="utf-8"))
    found: set[str] = set()
    for spec in data.values():
        for surface in spec.get("surfaces", []):
            low = surface.lower()
            if " " not in low:
                found.update({low, low + "s", low + "es"})
    return frozenset(found)


@lru_cache(maxsize=4096)
def _quantulum_unit(unit_words: str) -> str | None:
    """quantulum3's unit for "1 <unit_words>", or None when it sees no dimensioned unit there."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(f"1 {unit_words}")
    for q in quantities:
        if q.span[0] == 0 and q.unit.entity.name not in ("dimensionless", "unknown", "currency"):
            return str(q.unit.name)
    return None


TEMPERATURES = frozenset({"degree Celsius", "degree Fahrenheit"})
BARE_DEGREES = "degree angle"


def degrees_of_temperature(units: list[str | None]) -> str | None:
    """The temperature scale bare "degrees" take in a paragraph that gives temperatures: "46.2C, 0.4 degrees
    above the record" is 0.4 degrees Celsius. None where the paragraph names no single scale, and "degrees"
    keep their angle ("turned 180 degrees")."""
    scales = {u for u in units if u in TEMPERATURES}
    return next(iter(scales)) if len(scales) == 1 and BARE_DEGREES in units else None


def first_temperature_scale(units: list[str | None]) -> str | None:
    """The scale of the first temperature a story gives: its own scale, which a conversion in brackets
    follows ("118F (47.8C)")."""
    return next((u for u in units if u in TEMPERATURES), None)
