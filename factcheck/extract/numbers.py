"""Turning the surface of a number into its value: digits, separators, scale words and number words.

The scanner decides *where* a number is; this module only says what it is worth, from the tables in
lexicon/numbers.yaml.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import table

_T = table("numbers")
UNITS: dict[str, int] = _T["units"]
TENS: dict[str, int] = _T["tens"]
SCALES: dict[str, int] = _T["scales"]
SCALE_ABBREVIATIONS: dict[str, int] = _T["scale_abbreviations"]
CURRENCY_ONLY_SCALES: frozenset[str] = frozenset(_T["currency_only_scales"])
VAGUE: dict[str, int] = _T["vague"]
FRACTIONS: dict[str, int] = _T["fractions"]
MULTIPLES: dict[str, float] = _T["multiples"]
DOZEN: int = _T["dozen"]

NUMBER_WORDS: dict[str, int] = {**UNITS, **TENS, **SCALES, "dozen": DOZEN}

_DIGITS = re.compile(r"([-−–]|minus\s+|negative\s+)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?")


def significant(value: float) -> float:
    """Round to 12 significant digits so that 1.2 * 1e9 and 1200 * 1e6 compare and print the same."""
    if value == 0:
        return 0.0
    return float(f"{value:.12g}")


def parse_digits(text: str) -> tuple[float, int]:
    """Value of the digit number that starts `text`, and how many characters it used."""
    m = _DIGITS.match(text)
    if not m or not (m.group(2) or m.group(3)):
        raise ValueError(f"no digits at the start of {text!r}")
    whole = (m.group(2) or "0").replace(",", "")
    value = float(whole + (m.group(3) or ""))
    if m.group(1):
        value = -value
    return value, m.end()


def parse_words(text: str) -> float:
    """Value of number words: "twenty-three" 23, "one hundred and five" 105, "a dozen" 12, "1.5 million"."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s\-‐]+", text.lower().strip()):
        if not word or word in ("and", "a", "an"):
            continue
        if word[0].isdigit() or word[0] in "-−.":
            current += parse_digits(word)[0]
        elif word in UNITS or word in TENS:
            current += UNITS.get(word, 0) + TENS.get(word, 0)
        elif word in ("dozen", "dozens"):
            current = (current or 1) * DOZEN
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            raise ValueError(f"not a number word: {word!r}")
        seen = True
    if not seen:
        raise ValueError(f"no number in {text!r}")
    return significant(total + current)


def parse_number(text: str, allow_currency_scales: bool = False) -> float:
    """Value of any number surface the scanner hands over: digits, words, or digits with a scale."""
    stripped = text.strip()
    first = stripped[:1]
    if first.isdigit() or first in "-−–." or stripped.lower().startswith(("minus", "negative")):
        value, used = parse_digits(stripped)
        rest = stripped[used:].strip()
        if not rest:
            return significant(value)
        if rest in SCALE_ABBREVIATIONS and (allow_currency_scales or rest not in CURRENCY_ONLY_SCALES):
            return significant(value * SCALE_ABBREVIATIONS[rest])
        scale = 1.0
        for word in rest.lower().split():
            if word not in SCALES:
                raise ValueError(f"unexpected {word!r} after digits in {text!r}")
            scale *= SCALES[word]
        return significant(value * scale)
    return parse_words(stripped)


def format_value(value: float) -> str:
    """Short, stable rendering for messages and range values: 1500000.0 -> "1500000", 3.4 -> "3.4"."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return f"{value:.12g}"
