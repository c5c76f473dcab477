"""Regular-expression fragments built once from the lexicon tables.

Every recognizer composes these, so "a number" means the same thing in a percentage, a range, an amount of
money and a count.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import table
from factcheck.extract.numbers import FRACTIONS, SCALE_ABBREVIATIONS, SCALES, TENS, UNITS


def alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation that prefers the longest word ("thirteen" before "three")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_SMALL = alternation(list(UNITS) + list(TENS))
_SCALE = alternation(list(SCALES))
_BIG = alternation([w for w in SCALES if w != "hundred"])

# Digits with thousands separators and decimals, an optional sign, and an optional scale.
DIGITS = r"(?:(?<![\w.,/])(?:[-−](?=\d)|minus\s+)?(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+)?(?![\d]))"
SCALE_WORD = rf"(?:\s+(?:{_BIG})\b(?:\s+(?:{_BIG})\b)?)"
SCALE_ABBR = r"(?:" + alternation([a for a in SCALE_ABBREVIATIONS if a not in ("m", "M", "b", "B")]) + r")\b"
CURRENCY_SCALE_ABBR = r"(?:" + alternation(list(SCALE_ABBREVIATIONS)) + r")\b"
DIGIT_NUMBER = rf"(?:{DIGITS}(?:{SCALE_WORD}|{SCALE_ABBR})?)"
# Number words: "twenty-three", "one hundred and five", "two million"; "a dozen", "a million".
_WORD = rf"(?:{_SMALL}|{_SCALE}|dozen)"
WORD_NUMBER = (
    rf"(?:\b(?i:(?:(?:an?\s+)(?:dozen|{_SCALE})|{_WORD})"
    rf"(?:(?:[\s\-‐]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|(?<=million)\s+and\s+){_WORD})*)\b)"
)
# "two and a half", "1 1/2"
HALF_SUFFIX = r"(?:\s+and\s+a\s+half\b)"
NUMBER = rf"(?:(?:{DIGIT_NUMBER}|{WORD_NUMBER}){HALF_SUFFIX}?)"
# The same for an amount after a currency sign, where "m" and "b" are scales ("$3m", "€2b").
MONEY_NUMBER = rf"(?:{DIGITS}(?:{SCALE_WORD}|{CURRENCY_SCALE_ABBR})?|{WORD_NUMBER})"

_CUR = table("currencies")
CURRENCY_PREFIXES: dict[str, str] = _CUR["prefixes"]
CURRENCY_SUFFIXES: dict[str, str] = _CUR["suffixes"]
CURRENCY_PREFIX = (
    r"(?:(?<![\w$])(?:"
    + alternation([p for p in CURRENCY_PREFIXES if not p.isalpha()])
    + r")|\b(?:"
    + alternation([p for p in CURRENCY_PREFIXES if p.isalpha()])
    + r")(?=\s?\d))"
)
CURRENCY_SUFFIX = r"(?:" + alternation(list(CURRENCY_SUFFIXES)) + r")\b"

PERCENT_SIGN = r"(?:\s?%|\s*(?i:percent|per\s+cent|pct)\b|\s+(?i:percentage\s+points?)\b)"
PERCENT_POINTS = re.compile(r"(?i)percentage\s+points?$")

FRACTION_WORD = alternation(list(FRACTIONS))
RANGE_JOIN = r"(?:\s*[-–—]\s*|\s+(?:to|or|and)\s+|\s*/\s*)"
