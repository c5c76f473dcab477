"""How precisely a figure is stated, and whether one figure is a rounding of another.

"58.7%" is stated to a tenth, "60%" to ten, "1.2 million" to a hundred thousand. A derived figure rounds a
source figure when it is stated less precisely and lies within half its own precision (or within `slack`
times it, for hedged figures: "nearly 60%" for 58.7%). Rules and derivations share this one definition.
"""

from __future__ import annotations

import math
import re

# how far a hedged rounding may move a figure, as the default rules FC104 and FC105 allow ("nearly 60%" for
# 58.7%, not "about 40%" for a third)
ROUNDING_MAX_RELATIVE = 0.1
# ... and how far a bound may lie from the figure it bounds, as FC104 allows ("more than £500,000" for
# £572,206, not "up to 1,000" for four)
BOUND_MAX_RELATIVE = 0.25
_DECIMALS = re.compile(r"(\d[\d,]*)\.(\d+)")
_PARTS = (2, 3, 4, 8, 10, 12, 16, 60)
_DOZEN = re.compile(r"(?i)\bdozens?\b")
_CURRENCY_SIGN = re.compile(r"[$£€¥₹]")
_OF_A_COIN = re.compile(r"(?i)\bof\s+an?\s+(?:cent|penny|centime|kopek|kopeck|yen\s+sen)\b")
_OF_A_UNIT = re.compile(r"(?i)\w\s+(?:of\s+)?an?\s+[a-z]+$")
_ORDINAL = re.compile(r"(?i)\d(?:st|nd|rd|th)\b|(?:tieth|dredth|sandth)\b")


def precision_unit(value: float, surface: str) -> float:
    """The unit of the last significant digit as written: 3.4 -> 0.1, 60 -> 10, 1.2 million -> 100000."""
    if 0 < abs(value) < 1 and not any(ch.isdigit() for ch in surface):
        # a fraction in words ("three-quarters") is about as precise as a rounded percentage, and a small
        # one ("a thousandth") to half of itself; of a coin ("a third of a cent"), in the coin's hundredths
        if _OF_A_UNIT.search(surface) and not _OF_A_COIN.search(surface):
            return (
                abs(value) / 2
            )  # "half a second", "a quarter of an hour": a part of the unit, to half of it
        scale = 0.01 if _OF_A_COIN.search(surface) else 1.0
        return min(0.05 * scale, abs(value) / 2)
    if value == 0 or _ORDINAL.search(surface):
        return 1.0  # "the 20th straight day" counts them: an ordinal is exact, never a rounding
    if _DOZEN.search(surface):
        return 6.0  # "almost two dozen" counts in dozens, to the nearest half-dozen
    m = _DECIMALS.search(surface)
    magnitude = abs(value)
    if m:
        # digits after the point, scaled by whatever scale word or abbreviation multiplied the number
        written = float(m.group(1).replace(",", "") + "." + m.group(2))
        scale = magnitude / written if written else 1.0
        places = len(m.group(2))
        if places == 2 and m.group(2).endswith("0") and _CURRENCY_SIGN.search(surface):
            places = 1  # "£1.30": an amount of money is written to the cent, its last zero says no precision
        return float(f"{scale * 10**-places:.12g}")
    fraction = abs(magnitude - round(magnitude))
    if fraction > 1e-9:  # a part in words ("10 years and four months", "three and a half"): finer than one
        # stated in the part's own steps: halves, quarters, months of a year, minutes of an hour ("5 hours
        # and 29 minutes" is precise to the minute, "five and a half hours" to the half hour)
        for parts in _PARTS:
            if abs(fraction * parts - round(fraction * parts)) < 1e-6:
                return 1.0 / parts
        return float(10 ** math.floor(math.log10(fraction)))
    digits = f"{magnitude:.0f}"
    trailing = len(digits) - len(digits.rstrip("0"))
    return float(10**trailing)


def rounds_to(
    source: float,
    source_surface: str,
    derived: float,
    derived_surface: str,
    slack: float = 0.5,
    bounded: bool = False,
    fives: bool = False,
) -> bool:
    """Whether `derived` is `source` rounded to the derived figure's own precision (times 2*slack). `fives`:
    a hedged figure whose last digit is a five rounds to fives of that place ("just under 7.5%" for 7.4%,
    "about 25" for 23), as news copy hedges a figure to the nearest half, and to no more than half a five
    ("nearly 7.5%" is no 7.1%, "up to $850m" no $805 million)."""
    unit_d = stated_unit(derived, derived_surface, bounded)
    if fives and stated_in_fives(derived, derived_surface):
        unit_d *= 5
        slack = min(slack, 0.5)
    unit_s = precision_unit(source, source_surface)
    if unit_d <= unit_s or math.isclose(source, derived):
        return False
    return abs(derived - source) <= slack * unit_d + 1e-9 and not _halfway_down(
        source, derived, slack * unit_d
    )


def _halfway_down(exact: float, stated: float, half_step: float) -> bool:
    """Whether a value halfway between two steps was stated at the lower: news copy rounds halves away from
    nought, so "25 years" said "20 years" was cut by five, not rounded (it rounds to 30)."""
    return math.isclose(abs(stated - exact), half_step) and abs(stated) < abs(exact)


def within_precision(
    exact: float, stated: float, stated_surface: str, slack: float = 0.5, bounded: bool = False
) -> bool:
    """Whether a stated figure is an exact value written to the figure's own precision ("72%" for 71.875)."""
    step = stated_unit(stated, stated_surface, bounded)
    return abs(stated - exact) <= slack * step + 1e-9 and not (
        slack == 0.5 and _halfway_down(exact, stated, slack * step)
    )


def stated_unit(value: float, surface: str, bounded: bool = False) -> float:
    """The place a figure rounds to, as a reader takes it. A bare power of ten ("10", "100%", "$1m") is read
    to the place below its own unless it is a bound: half of its own place is half the figure, so "a 100%
    rise" would stand for 70% and "Ten of the 16" for 11, while "more than £100,000" for £110,000 is how news
    copy states a floor."""
    unit = precision_unit(value, surface)
    if not bounded and unit > 1 and math.isclose(abs(value), unit):
        return unit / 10
    return unit


def stated_in_fives(value: float, surface: str) -> bool:
    """ "7.5", "25", "15,500", "2.5 million": a figure of two or more significant digits whose last is a
    five ("50" is one digit, as round as "40"; "7.50" ends on a nought)."""
    steps = abs(value) / precision_unit(value, surface)
    return abs(steps - round(steps)) < 1e-9 and round(steps) % 10 == 5 and round(steps) >= 15


def next_step_past(
    source: float, source_surface: str, bound: float, bound_surface: str, above: bool, max_relative: float
) -> bool:
    """Whether a bound is the nearest step of its own precision past a finer figure: "less than three
    degrees" for 2.4, "more than 12%" for 12.7%, "under 1%" for 0.8%. It is how news bounds a decimal, and
    holds it as closely as a figure of that precision can (not "at least 12" for 14: as precise as it), no
    further from it than `max_relative` of it (not "fewer than 1,000" for 212, nor "more than 1,000" for
    1,500)."""
    step = precision_unit(bound, bound_surface)
    if precision_unit(source, source_surface) >= step:
        return False
    if abs(bound - source) > max_relative * abs(source) + 1e-9:
        return False
    nearest = math.floor(source / step + 1e-9) if above else math.ceil(source / step - 1e-9)
    return math.isclose(nearest * step, bound) and not math.isclose(source, bound)


def beyond_bound(exact: float, stated: float, qualifiers: tuple[str, ...]) -> bool:
    """Whether a bounded figure ("more than 50", "fewer than 40%") says the wrong side of the exact value it
    stands for: "more than half a century" for 48 years. A figure without a bound is on no side."""
    if "bound" not in qualifiers:
        return False
    return exact < stated if "above" in qualifiers else exact > stated


def mantissa(value: float) -> tuple[str, int]:
    """A value's significant digits and its power of ten: 4.2e9 -> ("4.2", 9), 775e6 -> ("7.75", 8)."""
    digits = f"{abs(value):.10e}"
    significant, exponent = digits.split("e")
    return significant.rstrip("0").rstrip("."), int(exponent)


def transposed_digits(a: float, b: float) -> bool:
    """Two neighbouring digits of three or more swapped, at one magnitude: "60,415" and "60,451", "2,502" and
    "2,052" (the slip of a hand that types a figure)."""
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return False
    (ma, ea), (mb, eb) = mantissa(a), mantissa(b)
    x, y = ma.replace(".", ""), mb.replace(".", "")
    width = max(len(x), len(y))
    x, y = x.ljust(width, "0"), y.ljust(width, "0")
    if ea != eb or width < 3:
        return False
    apart = [i for i in range(width) if x[i] != y[i]]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and x[apart[0]] == y[apart[1]]
        and x[apart[1]] == y[apart[0]]
    )


def same_digits(a: float, b: float) -> bool:
    """The same significant digits at another magnitude: "$4.2bn" and "$4.2m", "1.5 million" and "1.5
    billion", "0.5%" and "5%"."""
    if a == 0 or b == 0:
        return False
    (ma, ea), (mb, eb) = mantissa(a), mantissa(b)
    return ma == mb and ea != eb
