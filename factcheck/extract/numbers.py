"""Turning the surface of a number into its value: digits, separators, scales, number words, fractions.

The scanner finds *runs* of number tokens ("three hundred and two dozens", "5 and a half million",
"one hundred and three quarters"); `parse_phrase` reads a run as one or more numbers, the way a reader would,
and says where each one ends ("3 hundred and 2 hundred" is two numbers). All word lists come from
lexicon/numbers.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.lexicon import table

_T = table("numbers")
UNITS: dict[str, int] = _T["units"]
TENS: dict[str, int] = _T["tens"]
SCALES: dict[str, int] = _T["scales"]
SCALE_ABBREVIATIONS: dict[str, int] = _T["scale_abbreviations"]
CURRENCY_ONLY_SCALES: frozenset[str] = frozenset(_T["currency_only_scales"])
VAGUE: dict[str, int] = _T["vague"]
FRACTIONS: dict[str, int] = _T["fractions"]
VULGAR: dict[str, float] = _T["vulgar"]
MULTIPLES: dict[str, float] = _T["multiples"]
DOZEN: int = _T["dozen"]
BIG_SCALES = {w: v for w, v in SCALES.items() if v >= 1000}

DOZEN_WORDS = ("dozen", "dozens", "doz", "dozs", "dz", "dzs")
NUMBER_WORDS: frozenset[str] = frozenset({*UNITS, *TENS, *SCALES, *DOZEN_WORDS, *FRACTIONS})

# Digits: thousands separators (1,500; 12,34,567 in Indian style; 40 000 with a thin or no-break space;
# a decimal comma before a scale or a percent, "€2,5 billion", "3,4%";
# "100, 000" as tokenised text writes it — nobody lists "000" as a number of its own),
# decimals (in tokenised text "46 . 8 million", before a scale or a percent only), an exponent ("1.3e6",
# "1.3x10^6", "2.48×10−5", "10^6", "2.5^-1"), and a scale or a vulgar fraction glued on ("3.5k", "2½").
DIGITS_RE = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u202f\u00a0]\d{3})+(?!\d)"
    r"|\d{1,3}(?: \d{3})+(?![\d,]|\.\d)|\d{1,3}(?:, 000)+(?!\d)"
    # a decimal comma, as continental Europe writes it, where no thousands group can stand: "€2,5 billion"
    # (or at the end of a surface cut from such a figure, which parse_number reads alone)
    r"|\d{1,3},\d{1,2}(?=\s?(?:million|billion|trillion|mln|bln|mrd|bn|m\b|%|per\s?cent|pc\b)|$)"
    r"|\d+|(?<![\w.])(?=\.\d))"
    r"(?:\.\d+|(?<=\d) \. \d+(?=$| (?:(?:million|billion|trillion|per|percent)\b|%)))?"
    r"(?:[eE][-+]?\d{1,3}(?![\w.])|\s?[x×]\s?10(?:\^|\*\*|(?=[-−]))[-−+]?\d{1,3}(?![\w.])"
    r"|(?:\s?[x×]\s?\d{1,2})?\^[-−+]?\d{1,2}(?![\w.]))?"
)
_DIGITS = re.compile(r"([-−]|minus\s+|negative\s+)?(" + DIGITS_RE + ")")
# A scale abbreviation after digits: glued ("3.5k", "$2bn"), or spaced if it has two letters ("10 bln").
_GLUED_SCALE = re.compile(r"([A-Za-z]+)\b|\s([A-Za-z]{2,})\b")
_GLUED_SCALE_MONEY = re.compile(r"([A-Za-z]+)\b|\s([A-Za-z]+)\b")


def significant(value: float) -> float:
    """Round to 12 significant digits so that 1.2 * 1e9 and 1200 * 1e6 compare and print the same."""
    if value == 0:
        return 0.0
    return float(f"{value:.12g}")


def format_value(value: float) -> str:
    """Short, stable rendering for messages and range values: 1500000.0 -> "1500000", 3.4 -> "3.4"."""
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return f"{value:.12g}"


_TIMES_TEN = re.compile(r"[x×]10(?:\^|\*\*)?")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SEPARATORS = re.compile(r"[,\u202f\u00a0 ]")  # of thousands: a comma, a thin or no-break space, a space
_LETTERS = re.compile(r"[A-Za-z]+")


def _digits_value(digits: str) -> float:
    """ "1,500" -> 1500, "100, 000" -> 100000, "1.3x10^6" -> 1300000, "2.48×10−5" -> 0.0000248,
    "2^10" -> 1024, "8x2^10" -> 8192."""
    if _DECIMAL_COMMA.fullmatch(digits):
        return float(digits.replace(",", "."))
    raw = _TIMES_TEN.sub("e", _SEPARATORS.sub("", digits)).replace("−", "-")
    base, power, exponent = raw.partition("^")
    if not power:
        return float(raw)
    factor, times, base = base.rpartition("x") if "x" in base else base.rpartition("×")
    try:
        return (float(factor) if times else 1.0) * float(base) ** int(exponent)
    except (OverflowError, ZeroDivisionError):
        raise ValueError(f"no finite value: {digits!r}") from None


def parse_digits(text: str) -> tuple[float, int]:
    """Value of the digit number that starts `text`, and how many characters it used."""
    m = _DIGITS.match(text)
    if not m:
        raise ValueError(f"no digits at the start of {text!r}")
    value = _digits_value(m.group(2))
    if m.group(1):
        value = -value
    return value, m.end()


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # digits unit teen tens hundred big dozen frac vulgar and a point minus of other
    value: float = 0.0


@dataclass(frozen=True)
class Parsed:
    """One number read from a run: where it is inside the run, its value, and whether it is a fraction."""

    start: int
    end: int
    value: float
    fraction: bool = False


def tokenize(text: str, allow_currency_scales: bool = False) -> list[Token]:
    """Number tokens of a run; anything that is not one ends up as kind "other" (it stops a number)."""
    tokens: list[Token] = []
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        m = _DIGITS.match(text, pos)
        if m and (m.group(1) is None or m.group(1) in "-−"):
            value = _digits_value(m.group(2))
            if m.group(1):
                value = -value
            end = m.end()
            glued = (_GLUED_SCALE_MONEY if allow_currency_scales else _GLUED_SCALE).match(text, end)
            word = (glued.group(1) or glued.group(2)) if glued else ""
            if word in SCALE_ABBREVIATIONS and (allow_currency_scales or word not in CURRENCY_ONLY_SCALES):
                value *= SCALE_ABBREVIATIONS[word]
                end = glued.end()  # type: ignore[union-attr]
            elif end < n and text[end] in VULGAR:
                value += VULGAR[text[end]]
                end += 1
            tokens.append(Token(text[pos:end], pos, end, "digits", value))
            pos = end
            continue
        if ch in VULGAR:
            tokens.append(Token(ch, pos, pos + 1, "vulgar", VULGAR[ch]))
            pos += 1
            continue
        w = _LETTERS.match(text, pos)
        if w:
            word = w.group().lower()
            end = w.end()
            tokens.append(Token(w.group(), pos, end, _word_kind(word), _word_value(word)))
            pos = end
            continue
        kind = "hyphen" if ch in "-‐" else "other"
        tokens.append(Token(ch, pos, pos + 1, kind))
        pos += 1
    return [t for t in _compound_ordinals(tokens) if t.kind != "hyphen"]


_FIRST_ORDINALS = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}


def _compound_ordinals(tokens: list[Token]) -> list[Token]:
    """ "twenty-fifth" is one ordinal (25th), so "one twenty-fifth" is 1/25 and "the twenty-first century"
    holds no number; without the hyphen ("thirty fifths") the words stay apart, as 30/5."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "tens" and i + 2 < len(tokens) and tokens[i + 1].kind == "hyphen":
            word = tokens[i + 2].text.lower()
            unit = _FIRST_ORDINALS.get(word) or (
                FRACTIONS[word] if word in FRACTIONS and FRACTIONS[word] < 10 else 0
            )
            if unit and tokens[i + 2].start == tokens[i + 1].end == t.end + 1:
                out.append(
                    Token(
                        f"{t.text}-{tokens[i + 2].text}", t.start, tokens[i + 2].end, "frac", t.value + unit
                    )
                )
                i += 3
                continue
        out.append(t)
        i += 1
    return out


def _word_kind(word: str) -> str:
    if word in UNITS:
        return "unit" if UNITS[word] < 10 else "teen"
    if word in TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word in BIG_SCALES:
        return "big"
    if word in DOZEN_WORDS:
        return "dozen"
    if word in FRACTIONS:
        return "frac"
    if word in ("and", "a", "an", "point", "minus", "negative", "of"):
        return {"an": "a", "negative": "minus"}.get(word, word)
    return "other"


def _word_value(word: str) -> float:
    return float(UNITS.get(word) or TENS.get(word) or SCALES.get(word) or FRACTIONS.get(word) or 0)


class _Reader:
    """A left-to-right reader of one run of tokens (see parse_phrase)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.t = tokens
        self.n = len(tokens)

    def kind(self, i: int) -> str:
        return self.t[i].kind if 0 <= i < self.n else "end"

    def cardinal(self, i: int) -> tuple[int, float, int | None, float] | None:
        """A whole number starting at i: (next index, value, index of its last "and", value before it)."""
        total = 0.0
        hundreds = 0.0
        small: float | None = None
        last = "start"
        big_last = float("inf")
        last_and: int | None = None
        before_and = 0.0
        j = i
        seen = False
        # "$1.4 billion two years earlier", "3 million two weeks on": digits and a scale end a number that
        # words do not go on with (words go on after words: "one million two hundred thousand")
        digits_first = self.kind(i) == "digits"
        while j < self.n:
            k = self.t[j].kind
            v = self.t[j].value
            if k == "digits":
                if last not in ("start", "hundred", "big", "and") or (last == "big" and v != int(v)):
                    break
                small = (small or 0) + v
            elif k == "unit":
                if last not in ("start", "hundred", "big", "and", "tens") or (last == "big" and digits_first):
                    break
                small = (small or 0) + v
            elif k in ("teen", "tens"):
                if last not in ("start", "hundred", "big", "and") or (last == "big" and digits_first):
                    break
                small = (small or 0) + v
            elif k == "hundred":
                if hundreds or last == "and":
                    if last_and is not None and last != "and":  # "3 hundred and 2 hundred": two numbers
                        return last_and, before_and, None, 0.0
                    break
                hundreds, small = (small if small is not None else 1) * 100, None
            elif k == "dozen":
                if last not in ("start", "unit", "teen", "tens", "digits", "a"):
                    break
                small = (small if small is not None else 1) * DOZEN
            elif k == "big":
                group = hundreds + (small or 0)
                if last == "big" and v > big_last:
                    total = total * v  # "three lakh crore"
                elif v >= big_last:
                    break
                else:
                    total += (group if group else 1) * v
                hundreds, small = 0.0, None
                big_last = v
            elif k == "and":
                nxt = self.kind(j + 1)
                if last not in ("hundred", "big") or nxt not in ("digits", "unit", "teen", "tens"):
                    break
                if digits_first and last == "big" and nxt == "digits":
                    break  # "$50 billion and 150,000 staff": two figures ("one million and five" is one)
                if self._fraction_follows(j + 1):
                    break
                last_and, before_and = j, total + hundreds + (small or 0)
            elif k == "a" and last == "start" and self.kind(j + 1) in ("hundred", "big", "dozen"):
                pass
            else:
                break
            last = k if k != "digits" else "digits"
            seen = seen or k not in ("and", "a")
            j += 1
        if not seen:
            return None
        if last == "and":
            j -= 1
        return j, total + hundreds + (small or 0), last_and, before_and

    def _fraction_follows(self, i: int) -> bool:
        """ "and two thirds", "and a half": the rest is a fraction to add, not more of the whole."""
        c = self.cardinal_simple(i)
        if c is None or self.kind(c) != "frac":
            return False
        # "one hundred and thirty fifths" is 130 fifths: a numerator of ten or more belongs to the whole
        return self.kind(i) == "a" or sum(self.t[x].value for x in range(i, c)) < 10

    def cardinal_simple(self, i: int) -> int | None:
        """End of a short numerator (a, one, two, twenty-three, 3) starting at i, or None."""
        if self.kind(i) == "a":
            return i + 1
        j = i
        while self.kind(j) in ("unit", "teen", "tens", "digits"):
            j += 1
            if self.kind(j - 1) in ("unit", "teen", "digits"):
                break
        return j if j > i else None

    def number(self, i: int) -> Parsed | None:
        """The number starting at token i, or None if none starts there."""
        sign = 1.0
        j = i
        if self.kind(j) == "minus":
            sign, j = -1.0, j + 1
        parsed = self._unsigned(j)
        if parsed is None:
            return None
        end, value, fraction = parsed
        return Parsed(self.t[i].start, self.t[end - 1].end, significant(sign * value), fraction)

    def _unsigned(self, i: int) -> tuple[int, float, bool] | None:
        k = self.kind(i)
        # "half a million", "a quarter million", "three quarters billion", "half a dozen"
        if k in ("frac", "a", "vulgar") or (k in ("unit", "digits") and self.kind(i + 1) == "frac"):
            frac = self._fraction(i)
            if frac is not None:
                j, value = frac
                return self._scaled(j, value, True)
        c = self.cardinal(i)
        if c is None:
            if k == "vulgar":
                return i + 1, self.t[i].value, True
            return None
        j, value, last_and, before_and = c
        compound = self._compound_denominator(i, j, value, last_and)
        if compound is not None:
            end, numerator, denominator = compound
            return end, numerator / denominator, True
        if self.kind(j) == "point":
            digits, j2 = self._decimals(j + 1)
            if digits:
                return j2, float(f"{int(value)}.{digits}"), False
        if self.kind(j) == "frac" and self.t[j].text.lower() not in ("half", "halves"):
            den = self.t[j].value
            if (
                last_and is not None and value - before_and < 10
            ):  # "one hundred and three quarters" = 100 + 3/4
                # ("one hundred and thirty fifths" is 130 fifths: a numerator that large is not a fraction's)
                return self._scaled(j + 1, before_and + (value - before_and) / den, True)
            return self._scaled(j + 1, value / den, True)
        if self.kind(j) == "and":
            frac = self._fraction(j + 1)
            if frac is not None:
                j2, part = frac
                scale = self._trailing_scale(i, j)
                if self.kind(j2) == "big":  # "one billion and a half million", "five and a half million"
                    if scale > 1:
                        return j2 + 1, value + part * self.t[j2].value, True
                    return j2 + 1, (value + part) * self.t[j2].value, True
                return j2, value + part * scale, True
        if self.kind(j) == "vulgar":
            return j + 1, value + self.t[j].value, True
        return j, value, False

    def _unit_ordinal(self, k: int) -> float | None:
        """The value of a plural or singular ordinal of one to nine at token k ("fifths", "first")."""
        if not 0 <= k < self.n:
            return None
        word = self.t[k].text.lower()
        if word in _FIRST_ORDINALS:
            return float(_FIRST_ORDINALS[word])
        if self.t[k].kind == "frac" and word not in ("half", "halves", "quarter", "quarters"):
            value = self.t[k].value
            return value if value < 10 else None
        return None

    def _compound_denominator(
        self, i: int, j: int, value: float, last_and: int | None
    ) -> tuple[int, float, float] | None:
        """A denominator written as tens and an ordinal after a numerator: "three twenty firsts" (3/21),
        "one hundred thirty fifths" (100/35). Alone, "thirty fifths" stays 30/5, and after "and" the tens
        belong to the numerator ("one hundred and thirty fifths" is 130/5)."""
        if self.kind(j) == "tens" and (unit := self._unit_ordinal(j + 1)) is not None:
            return j + 2, value, self.t[j].value + unit
        if (
            j - 1 > i
            and self.kind(j - 1) == "tens"
            and self.kind(j - 2) in ("hundred", "big")
            and last_and is None
            and (unit := self._unit_ordinal(j)) is not None
        ):
            return j + 1, value - self.t[j - 1].value, self.t[j - 1].value + unit
        return None

    def _fraction(self, i: int) -> tuple[int, float] | None:
        """ "a third", "two thirds", "one fourth", "half", "3/4"-free word fractions starting at i."""
        k = self.kind(i)
        if k == "vulgar":
            return i + 1, self.t[i].value
        if k == "frac":
            if self.t[i].text.lower() in ("half", "halves", "quarter", "quarters"):
                return i + 1, 1 / self.t[i].value
            return None
        num_end = self.cardinal_simple(i)
        if num_end is None or self.kind(num_end) != "frac":
            return None
        numerator = 1.0 if k == "a" else sum(self.t[x].value for x in range(i, num_end))
        return num_end + 1, numerator / self.t[num_end].value

    def _scaled(self, j: int, value: float, fraction: bool) -> tuple[int, float, bool]:
        """A fraction followed by a scale: "half (a) million", "two thirds of a million", "half a dozen"."""
        k = j
        if self.kind(k) == "of" and self.kind(k + 1) == "a":
            k += 2
        elif self.kind(k) == "a":
            k += 1
        if self.kind(k) in ("big", "dozen", "hundred"):
            scale = self.t[k].value if self.kind(k) != "dozen" else DOZEN
            return k + 1, value * scale, fraction
        return j, value, fraction

    def _trailing_scale(self, i: int, j: int) -> float:
        """The big scale a whole number ends with ("3 million"), which a following "and a half" divides."""
        if j - 1 >= i and self.kind(j - 1) == "big":
            return self.t[j - 1].value
        return 1.0

    def _decimals(self, i: int) -> tuple[str, int]:
        digits = ""
        j = i
        while self.kind(j) in ("unit", "teen", "tens", "digits"):
            t = self.t[j]
            if t.kind == "tens" and self.kind(j + 1) == "unit":
                digits += str(int(t.value + self.t[j + 1].value))
                j += 2
                continue
            digits += str(int(t.value)) if t.kind != "digits" else t.text
            j += 1
        return digits, j


@lru_cache(maxsize=8192)
def parse_phrase(text: str, allow_currency_scales: bool = False) -> tuple[Parsed, ...]:
    """Every number in a run of number tokens, in order, with offsets relative to `text` (cached: the same
    runs, "2", "3.4", "1.5 million", recur across a batch)."""
    reader = _Reader(tokenize(text, allow_currency_scales))
    out: list[Parsed] = []
    i = 0
    while i < reader.n:
        p = reader.number(i)
        if p is None:
            i += 1
            continue
        out.append(p)
        while i < reader.n and reader.t[i].start < p.end:
            i += 1
    return tuple(out)


def parse_number(text: str, allow_currency_scales: bool = False) -> float:
    """Value of a surface that is exactly one number; ValueError if it is none, or several."""
    stripped = text.strip()
    found = parse_phrase(stripped, allow_currency_scales)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        raise ValueError(f"not a single number: {text!r}")
    return found[0].value
