"""Regular-expression fragments built once from the lexicon tables.

Every recognizer composes these, so "a number" means the same thing in a percentage, a range, an amount of
money and a count.
"""

from __future__ import annotations

import re
import sys

from factcheck.extract.lexicon import table
from factcheck.extract.numbers import (
    CURRENCY_ONLY_SCALES,
    DIGITS_RE,
    DOZEN_WORDS,
    FRACTIONS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VULGAR,
)

# a blank line between paragraphs (and the whitespace after it)
BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation that prefers the longest word ("thirteen" before "three")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_BIG_WORDS = [w for w, v in SCALES.items() if v >= 1000]
_FRACTION_WORDS = list(FRACTIONS)
_NUMBER_WORDS = alternation([*UNITS, *TENS, *SCALES, *DOZEN_WORDS, *_FRACTION_WORDS])
_VULGAR = "[" + "".join(VULGAR) + "]"
_WORD_START = r"(?=[A-Za-z" + "".join(VULGAR) + r"])"


def _digits(currency: bool) -> str:
    abbreviations = [a for a in SCALE_ABBREVIATIONS if currency or a not in CURRENCY_ONLY_SCALES]
    # "10 bln"; a lone letter only after a currency ("£ 2.1 m"), elsewhere "10 k" or "5 m" would be units
    spaced = [a for a in abbreviations if len(a) > 1 or currency]
    # after a currency code the amount may touch it ("USD115"); elsewhere digits glued to a word are a name
    # and a number never starts inside another, except in a list written without spaces ("22,24,26")
    # ... and "c.50%" / "ca.50" (circa, glued as British copy writes it) starts one
    before = (
        r"(?<![\d.,/])" if currency else r"(?:(?<![\w.,/])|(?<=\d,)(?!\d{3}(?!\d))|(?<=\bc\.)|(?<=\bca\.))"
    )
    return (
        rf"(?:{before}(?:[-−](?=[\d.]))?{DIGITS_RE}"
        rf"(?:(?:{alternation(abbreviations)})\b|\s(?:{alternation(spaced)})\b|{_VULGAR})?)"
    )


_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "and" joins a number only after a scale ("one hundred and five") or before a fraction ("five and a half");
# "of a" only before a scale ("two thirds of a million"); "point" only between numbers ("five point five").
_AND = (
    r"(?:"
    + "|".join(f"(?<={w})" for w in ["hundred", "dozen", *_BIG_WORDS])
    + r")\s+and(?=\s)(?!\s+[\d.,]+\s*(?i:"
    + alternation(_BIG_WORDS)
    + r")\b)"  # (an amount with its own scale starts another number: "1.1 billion and 1.2 billion")
    + r"|\s+and(?=\s+(?:an?|"
    + _UNIT_WORDS
    + r"|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:"
    + _UNIT_WORDS
    + r"))?)[\s-]+(?i:"
    + alternation(_FRACTION_WORDS)
    + r")\b)"
)
_OF_A = rf"\s+of\s+an?(?=\s+(?i:{alternation(_BIG_WORDS)}|dozen)\b)"
# ... and hyphened as one word: "two-and-a-half years", "2-and-a-half hours"
_AND_A_HYPHENED = r"[-‐](?i:and)[-‐](?i:an?)(?=[-‐](?i:half|third|quarter)\b)"
_FILLER = rf"(?:{_AND}|{_AND_A_HYPHENED}|\s+(?i:point)(?=\s)|{_OF_A}|\s+an?(?=\s))"
# Whitespace joins tokens when a word is on one side: "2019 200" is two numbers, "two hundred" one.
# ... and a hyphen joins digits to a scale word as an adjective ("a $42-million contract").
_SEP = (
    # (not into a range or a compound of digits that starts the next phrase: "a million 16-24-year-olds")
    r"(?:(?<=[A-Za-z])\s+(?![\d.,]+[-‐–]\d)|\s+(?=[A-Za-z])|(?<=[A-Za-z])[-‐](?=[A-Za-z])|(?<=[A-Za-z])\s+-\s+(?=[A-Za-z])"
    rf"|(?<=\d)[-‐](?=(?i:{alternation(_BIG_WORDS)})\b))"
)


def _run(currency: bool) -> str:
    # "first"/"second" only as the end of a compound ordinal ("twenty-first"), which numbers.py reads as one,
    # and "firsts" as a denominator ("three twenty firsts")
    ordinal_end = r"(?<=[yY][-‐])(?i:firsts?|seconds?)\b|(?<=[yY]\s)(?i:firsts)\b"
    token = rf"(?:{_digits(currency)}|{_VULGAR}|\b(?i:{_NUMBER_WORDS})\b|{ordinal_end})"
    # "plus or minus 2.7 points" is a margin, not a negative number
    prefix = rf"(?:(?<!(?i:plus) or )\b(?i:minus|negative)\s+)?(?:\b(?i:an?)\s+{_WORD_START})?"
    return rf"(?:{prefix}{token}(?:(?:{_FILLER})*{_SEP}{token})*)"


class LazyPattern:
    """A regular expression compiled on its first use. Compiling the number grammar into a pattern costs
    about 5-10 ms, paid by every cold start of a check; recognizers that few stories need ("5 in 10", "3 over
    4", "five and a half hours", "three times") wait until one does."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)


# A run of number tokens: "1.5 million", "Twenty-three", "one hundred and five", "five and a half million",
# "a third", "3 dozen". numbers.parse_phrase reads it as one or more numbers.
NUMBER = _run(currency=False)
# The same after a currency sign, where "m" and "T" are scales ("$3m", "$2.1T").
MONEY_NUMBER = _run(currency=True)

_CUR = table("currencies")
CURRENCY_PREFIXES: dict[str, str] = _CUR["prefixes"]
CURRENCY_SUFFIXES: dict[str, str] = _CUR["suffixes"]
CURRENCY_PREFIX = (
    r"(?:(?<![\w$])(?:"
    + alternation([p for p in CURRENCY_PREFIXES if not p.isalpha()])
    + r")|\b(?:"
    + alternation([p for p in CURRENCY_PREFIXES if p.isalpha()] + list(_CUR["scaled_codes"]))
    + r")(?=\s?\d))"
)
# The last character of every currency prefix: a number after any other character has no prefix before it
CURRENCY_PREFIX_ENDS = frozenset(p[-1] for p in [*CURRENCY_PREFIXES, *_CUR["scaled_codes"]])
# Each currency mark: (ISO code, factor) — 1 for a currency, 0.01 for cents, 1e6 for "MUSD".
CURRENCY_MARKS: dict[str, tuple[str, float]] = {
    **{k: (v, 1.0) for k, v in {**CURRENCY_PREFIXES, **CURRENCY_SUFFIXES}.items()},
    **{k: (v[0], float(v[1])) for k, v in {**_CUR["subunits"], **_CUR["scaled_codes"]}.items()},
}
# The ISO codes a money figure's unit may be: what tells a range of money from a range of a measure.
CURRENCY_CODES = frozenset(code for code, _ in CURRENCY_MARKS.values())
CURRENCY_SUFFIX = (
    r"(?:" + alternation([*CURRENCY_SUFFIXES, *_CUR["subunits"], *_CUR["scaled_codes"]]) + r")\b"
)
SCALED_CODES: list[str] = list(_CUR["scaled_codes"])
SCALED_CODE = r"(?:" + alternation(SCALED_CODES) + r")"
SUBUNIT = r"(?:" + alternation(list(_CUR["subunits"])) + r")\b"
BIG_SCALE_WORD = r"(?:" + alternation(_BIG_WORDS) + r")\b"

PERCENT_SIGN = (
    # "5pc" glued, as British papers write per cent ("PC Smith" and "a 5 pc" stay words)
    r"(?:\s?%|(?<=\d)pc\b|\s*(?i:percent|per\s+cent|pct)\b|\s+(?i:percentage[\s-]points?)\b"
    r"|[\s-](?i:basis[\s-]points?)\b"
    r"|\s?bps?\b)"
)
PERCENT_POINTS = re.compile(r"(?i)percentage[\s-]points?$")
# A basis point is a hundredth of a percentage point ("cut by 25 basis points" = a quarter point).
BASIS_POINTS = re.compile(r"(?i)(?:basis[\s-]points?|bps?)$")

# Cents written as words after a whole amount ("thirteen dollars forty five"): twenty to ninety-nine.
CENTS_WORDS = (
    r"(?:"
    + alternation(list(TENS))
    + r")(?:[\s-](?:"
    + alternation([u for u, v in UNITS.items() if 0 < v < 10])
    + r"))?"
)
# Between two numbers of a range; a hyphen joins digits only ("5-7"), never words ("twenty-one"), and never
# at the start of a line, where it marks a list item ("- Team A 50\n- 60 points").
RANGE_JOIN = (
    r"(?:(?<=[\w%])[^\S\n]*[-–—]\s*(?=[$€£¥]?\d)"
    # "15-to-24-year-olds": the joining word hyphenated into a compound
    r"|[-‐]\s+(?:to|or)\s+|[-‐](?:to|or)[-‐](?=\w)|\s+(?:to|or|and|through|thru)\s+|\s*/\s*)"
)
