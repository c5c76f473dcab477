"""The typed rule kinds: what each kind of rule recognises in a pairing (Vale-style: a few kinds in code,
everything else — severity, tolerance, words — in the rules files).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from factcheck.conversions import convert, scale_left_to_the_reader
from factcheck.derive import vague_span
from factcheck.model import (
    AGE_CHANGED,
    BOUND_DROPPED,
    BOUND_TURNED,
    HEDGE_BOUNDED,
    QUOTE_LEFT_OUT,
    REVERSED,
    Figure,
    Kind,
    Pairing,
    Status,
)
from factcheck.rounding import (
    BOUND_MAX_RELATIVE,
    next_step_past,
    precision_unit,
    rounds_to,
    same_digits,
    stated_unit,
)
from factcheck.rules.model import Rule

Predicate = Callable[[Rule, Pairing], bool]


def number(fig: Figure | None) -> float | None:
    if fig is None or not isinstance(fig.value, float):
        return None
    return fig.value


def compared(pairing: Pairing) -> tuple[float, float] | None:
    """The source value and the derived value in the source's unit ("a decade" for "10 years and four
    months" is 10 years); None when the two do not compare."""
    s, d = pairing.source, pairing.derived
    if s is None or d is None:
        return None
    if s.kind is Kind.RANGE is d.kind and s.unit == d.unit:
        # two ranges compare by their middles: "between 58.3% and 60.7%" and "58% to 61%"
        ends_s, ends_d = _bounds(s), _bounds(d)
        if ends_s is None or ends_d is None:
            return None
        return sum(ends_s) / 2, sum(ends_d) / 2
    if {s.kind, d.kind} == {Kind.COUNT, Kind.NUMBER} and s.unit is None is d.unit:
        # "23 of the 32 allies" said "more than 20 allies": the part, counted the same way
        a, b = number(s), number(d)
        return (a, b) if a is not None and b is not None else None
    if s.kind is not d.kind:
        # "21.3%" said as "one in five": two shares, compared as percentages
        shares = _as_percent(s), _as_percent(d)
        return (shares[0], shares[1]) if shares[0] is not None and shares[1] is not None else None
    a, b = number(s), number(d)
    if a is None or b is None:
        return None
    if s.kind is Kind.COUNT and a == b == 1 and s.total and d.total:
        # "1 in 292.2 million" said "one in 292 million": odds are told by their second number
        return s.total, d.total
    if s.unit == d.unit or scale_left_to_the_reader(s.unit, d.unit):
        return a, b  # ("40.3C" said "40 degrees": the reading, its scale left to the reader)
    converted = convert(b, d.unit, s.unit) if s.unit else None
    return (a, converted) if converted is not None else None


def _as_percent(fig: Figure) -> float | None:
    """A share on the percentage scale: "21.3%", "a fifth" (20), "one in five" (20); else None."""
    if not isinstance(fig.value, float):
        return None
    if fig.kind is Kind.PERCENT and fig.unit == "percent":
        return fig.value
    if fig.kind is Kind.FRACTION:
        return 100 * fig.value
    if fig.kind is Kind.COUNT and fig.total:
        return 100 * fig.value / fig.total
    return None


def numeric_delta(pairing: Pairing) -> float | None:
    """derived - source for numeric figures of one kind, in the source's unit; None if they do not compare."""
    values = compared(pairing)
    return values[1] - values[0] if values else None


def _generic(rule: Rule, p: Pairing) -> bool:
    return True


def _vagued(rule: Rule, p: Pairing) -> bool:
    return p.derived is not None and p.derived.kind is Kind.VAGUE


def _supported(rule: Rule, p: Pairing) -> bool:
    return p.note is not None


_LAST_PLACE_MAX_RELATIVE = 0.25


def _rounded(rule: Rule, p: Pairing) -> bool:
    s, d = p.source, p.derived
    if p.note == AGE_CHANGED:
        return False  # "aged 91" -> "aged 90": an age is exact, never rounded
    if s is not None and d is not None and "vague" in d.qualifiers and "vague" not in s.qualifiers:
        return False  # "dozens" for 14 is no rounding of it: a plural magnitude holds a count or misstates it
    if s is not None and d is not None and s.kind is Kind.RANGE is d.kind and s.unit == d.unit:
        return _range_rounded(rule, s, d)
    values = compared(p)
    if s is None or d is None or values is None or values[0] == 0:
        return False
    a, b = values
    # a hedge says "about"; a bound that still holds ("more than 5%" for 5.3%) is as honest as one, and news
    # copy rounds a bound further ("more than £500,000" for £572,206) than an "about"
    bound_holds = ("above" in d.qualifiers and b <= a) or ("below" in d.qualifiers and b >= a)
    if ("above" in d.qualifiers or "below" in d.qualifiers) and not bound_holds:
        return False  # "more than £500,000" for £472,206 is not rounded, it is wrong
    hedged = "approx" in d.qualifiers or bound_holds
    if (rule.hedge == "required" and not hedged) or (rule.hedge == "forbidden" and hedged):
        return False
    if hedged and _bound_from_its_other_side(s, d, a, b, rule.max_relative):
        return True
    # a bound in a coarser unit that holds, within one of its own steps, is how news says a length: "more
    # than an hour" for 90 minutes, "less than a year" for seven months
    # (of an exact figure: "up to a fortnight" for "up to 10 days" moved the ceiling itself)
    if bound_holds and s.unit != d.unit and isinstance(d.value, float) and "bound" not in s.qualifiers:
        coarse = convert(stated_unit(d.value, d.surface, True), d.unit, str(s.unit))
        if coarse is not None and coarse > 1 and abs(b - a) < coarse:
            return True
    if (
        bound_holds
        and "bound" not in s.qualifiers
        and s.unit == d.unit
        and next_step_past(a, s.surface, b, d.surface, "above" in d.qualifiers, rule.bound_max_relative)
    ):
        return True
    # the bound must still be the figure rounded: "at least three people" for four dead is not a rounding
    # (and "nearly", "almost" fall short by little, as a hedge does: "nearly half" for 40% is no rounding)
    loose_bound = bound_holds and "approx" not in d.qualifiers
    limit = max(rule.max_relative, rule.bound_max_relative) if loose_bound else rule.max_relative
    # ... unless it is the figure rounded to its own last place, as far as that moves it: "edged up 0.3%"
    # for 0.25% (but not "rose 20%" for 15%: a third more is no rounding a reader takes as one)
    if abs(b - a) > limit * abs(a) and not (
        s.unit == d.unit
        and rounds_to(a, s.surface, b, d.surface)
        and abs(b - a) <= _LAST_PLACE_MAX_RELATIVE * abs(a)
    ):
        return False
    # in another unit ("a decade" for "10 years and four months") the written precisions do not compare,
    # but the derived figure must still lie within its own last digit: "1:54.60" is written to the hundredth
    # of a second, and is no rounding of "1 minute, 54.06 seconds"
    if s.unit != d.unit:
        step = (
            convert(stated_unit(float(d.value), d.surface), d.unit, str(s.unit))
            if isinstance(d.value, float)
            else None
        )
        return step is None or abs(b - a) <= max(rule.slack, 0.5) * step + 1e-9
    # a round bound that holds may floor a figure as precise as itself, within one step of its last digit:
    # "more than 150,000" for 160,000 (not "at least 12 people" for 14, nor "more than 50" for 63)
    step = precision_unit(b, d.surface)
    exact_source = "bound" not in s.qualifiers  # "more than 50" -> "over 40" moved a bound, it floors nothing
    if (
        bound_holds
        and exact_source
        and step >= max(10.0, precision_unit(a, s.surface))
        and abs(b - a) <= step
    ):
        return True
    return rounds_to(a, s.surface, b, d.surface, rule.slack, bound_holds, fives=hedged)


def _bound_from_its_other_side(s: Figure, d: Figure, a: float, b: float, limit: float) -> bool:
    """ "more than £240,000" said "nearly a quarter of a million pounds": a floor restated as a hedged figure
    just past it, within one step of the derived figure's own precision, leaves the figure between the two,
    where the source put it. A hedge on the wrong side ("about £230,000") or far past it contradicts it."""
    if "bound" not in s.qualifiers or ("bound" in d.qualifiers and "approx" not in d.qualifiers):
        return False
    if "above" in s.qualifiers and "above" not in d.qualifiers:
        past = b > a
    elif "below" in s.qualifiers and "below" not in d.qualifiers:
        past = b < a
    else:
        return False
    gap = abs(b - a)
    return past and gap <= limit * abs(a) and gap <= stated_unit(b, d.surface, True) + 1e-9


def _precision_added(rule: Rule, p: Pairing) -> bool:
    """The derived figure states the source figure more finely than the source does, within the source's
    own last digit ("about 7%" -> "6.9%", "18 kilometers" -> "17.9km"): consistent with it, but a precision
    the source does not give. A round source figure without a hedge ("30 people") is taken as exact: "31"
    changed it."""
    s, d = p.source, p.derived
    if s is None or d is None or s.kind is not d.kind:
        return False
    a, b = number(s), number(d)
    if a is None or b is None or a == b:
        return False
    if "vague" in s.qualifiers and "vague" not in d.qualifiers and s.unit == d.unit:
        # "dozens of people" said "47 people": a count the plural magnitude holds, more precise than it
        low, high = vague_span(a)
        return low <= b < high
    step_s = stated_unit(a, s.surface)
    if s.unit != d.unit:
        # "about an hour" said "roughly 65 minutes": the source's figure and its step in the derived unit
        a_in, step_in = _in_unit(a, s, d), _in_unit(step_s, s, d)
        if s.kind is not Kind.QUANTITY or a_in is None or step_in is None:
            return False
        a, step_s = a_in, step_in
    if "bound" in s.qualifiers and not (
        ("below" in s.qualifiers and b < a) or ("above" in s.qualifiers and b > a)
    ):
        return False  # "nearly 100 million" said "98 million" keeps to its bound; "102 million" breaks it
    if s.kind is not Kind.QUANTITY and (
        not any(ch.isdigit() for ch in s.surface) or not any(ch.isdigit() for ch in d.surface)
    ):
        return False  # "a thousandth" is no finer figure than "1/900th"
    step_d = precision_unit(b, d.surface)
    if step_d >= step_s:
        return False
    if (
        step_s > 1
        and "approx" not in s.qualifiers
        and "bound" not in s.qualifiers
        and not _SCALE_WORD.search(s.surface)
    ):
        # "30 people" said "31 people": a round count is read as exact unless hedged; an amount in millions
        # or billions to a decimal ("€1.8 billion" for €1.84bn) is a rounding as written
        return False
    return abs(b - a) < step_s / 2 - 1e-9  # "about 600" is no "650": that is half-way to the next step


def _bound_narrowed(rule: Rule, p: Pairing) -> bool:
    """ "more than £900m" -> "nearly £1bn": a ceiling a little above the source's floor (or a floor a little
    below its ceiling) holds with it, and says more: that the figure lies between the two."""
    s, d = p.source, p.derived
    if s is None or d is None or s.kind is not d.kind:
        return False
    a, b = number(s), number(d)
    if (
        a is None
        or b is None
        or "bound" not in s.qualifiers
        or "bound" not in d.qualifiers
        or s.unit != d.unit
        or a <= 0
        or b <= 0
    ):
        return False
    if "above" in s.qualifiers and "below" in d.qualifiers:
        return a < b <= a * (1 + BOUND_MAX_RELATIVE)
    if "below" in s.qualifiers and "above" in d.qualifiers:
        return a * (1 - BOUND_MAX_RELATIVE) <= b < a
    return False


_SCALE_WORD = re.compile(r"(?i)\d\.\d+\s*(?:million|billion|trillion|mn|bn|tn|m|b)\b")


def _in_unit(value: float, s: Figure, d: Figure) -> float | None:
    return convert(value, s.unit, str(d.unit)) if s.unit and d.unit else None


def _range_rounded(rule: Rule, s: Figure, d: Figure) -> bool:
    """ "between 58.3% and 60.7%" -> "about 58% to 61%": each bound the source's rounded to the derived
    range's own places (read from the values: a range's surface writes two)."""
    ends_s, ends_d = _bounds(s), _bounds(d)
    if ends_s is None or ends_d is None or ends_s == ends_d:
        return False
    if (rule.hedge == "required" and "approx" not in d.qualifiers) or (
        rule.hedge == "forbidden" and "approx" in d.qualifiers
    ):
        return False
    for a, b in zip(ends_s, ends_d, strict=True):
        step_s, step_d = _place(a), _place(b)
        if a != b and (step_d <= step_s or abs(b - a) > max(rule.slack, 0.5) * step_d + 1e-9):
            return False
        if abs(b - a) > rule.max_relative * abs(a):
            return False
    return True


def _place(value: float) -> float:
    """The place of a value's last written digit, at most the units: 58.3 -> 0.1, 61 -> 1, 60 -> 1."""
    text = f"{value:.10f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 10.0**-decimals


def _scale_slip(rule: Rule, p: Pairing) -> bool:
    """Same digits, another magnitude: "$4.2bn" -> "$4.2m", "1.5 million" -> "1.5 billion"."""
    a, b = number(p.source), number(p.derived)
    if a is None or b is None or numeric_delta(p) is None:
        return False
    if any("vague" in f.qualifiers for f in (p.source, p.derived) if f is not None):
        return False  # "thousands" -> "hundreds": a magnitude in words changed, no digits slipped
    # a slip keeps the digits it writes: "1,000-year" said "once-in-a-century" writes none of them
    written = [any(ch.isdigit() for ch in f.surface) for f in (p.source, p.derived) if f is not None]
    return same_digits(a, b) and len(set(written)) == 1


def _percent_points(rule: Rule, p: Pairing) -> bool:
    s, d = p.source, p.derived
    if s is None or d is None or s.kind is not Kind.PERCENT or d.kind is not Kind.PERCENT:
        return False
    return s.unit != d.unit and number(s) is not None and number(s) == number(d)


def _currency_changed(rule: Rule, p: Pairing) -> bool:
    """An amount said in another currency and at another value: a conversion at a rate the source does not
    give ("$3.2 billion" -> "A$5 billion"), which no value of the source can check. One value kept in
    another currency is a slip of the currency, a change like any other."""
    s, d = p.source, p.derived
    if s is None or d is None or s.kind is not Kind.MONEY or d.kind is not Kind.MONEY:
        return False
    return s.unit != d.unit and number(s) is not None and number(d) is not None and number(s) != number(d)


def _date_shift(rule: Rule, p: Pairing) -> bool:
    return p.source is not None and p.derived is not None and p.source.kind is Kind.DATE is p.derived.kind


def _quote_altered(rule: Rule, p: Pairing) -> bool:
    """A quoted figure dropped, or changed inside a quotation. Restated outside quotation marks it is a
    paraphrase ("a 45-year low" quoted -> "its lowest level in more than 40 years"), which the other rules
    judge like any change."""
    if p.source is None or "quoted" not in p.source.qualifiers or p.note == QUOTE_LEFT_OUT:
        return False  # a quotation left out whole ("a good day for six million people") alters no quote
    return p.derived is None or p.derived.kind is Kind.VAGUE or "quoted" in p.derived.qualifiers


def _bounds(fig: Figure) -> tuple[float, float] | None:
    if fig.kind is Kind.RANGE and isinstance(fig.low, float) and isinstance(fig.high, float):
        return fig.low, fig.high
    value = number(fig)
    return (value, value) if value is not None else None


def _range_narrowed(rule: Rule, p: Pairing) -> bool:
    """ "10 or 15 years" -> "15 years": the derived figure lies inside the source range and is narrower."""
    if p.source is None or p.derived is None or p.source.kind is not Kind.RANGE:
        return False
    s, d = _bounds(p.source), _bounds(p.derived)
    return s is not None and d is not None and s[0] <= d[0] <= d[1] <= s[1] and (d[1] - d[0]) < (s[1] - s[0])


def _range_widened(rule: Rule, p: Pairing) -> bool:
    """ "15 years" -> "10 or 15 years": the derived range contains the source figure and is wider. A range
    made wider keeps each end or rounds it outwards ("in her late 30s" -> "in her 30s"); an end moved to
    another figure of its own precision ("6% to 16%" -> "between 6% and 18%") was changed."""
    if p.source is None or p.derived is None or p.derived.kind is not Kind.RANGE:
        return False
    s, d = _bounds(p.source), _bounds(p.derived)
    if s is None or d is None or not (d[0] <= s[0] <= s[1] <= d[1] and (d[1] - d[0]) > (s[1] - s[0])):
        return False
    if p.source.kind is not Kind.RANGE:
        return True
    return _rounded_outwards(s[0], d[0], math.floor) and _rounded_outwards(s[1], d[1], math.ceil)


def _rounded_outwards(end: float, said: float, towards: Callable[[float], int]) -> bool:
    """Whether `said` is `end` itself or `end` rounded away from the range's middle to the place of the last
    digit of `said` (30 for 36, the low end of a decade of life)."""
    if said == end:
        return True
    place = 10.0 ** math.floor(math.log10(abs(said))) if said else 1.0
    while place >= 1 and said % place:
        place /= 10
    return abs(towards(end / place) * place - said) < 1e-9


def _measure_changed(rule: Rule, p: Pairing) -> bool:
    """ "35 injured" -> "35 killed": one value, kept, counting something else (alignment notes the two)."""
    return (
        p.source is not None
        and p.derived is not None
        and p.note is not None
        and not p.note.startswith((REVERSED, BOUND_TURNED, BOUND_DROPPED, HEDGE_BOUNDED))
        and p.source.value == p.derived.value
    )


def _noted(note: str) -> Predicate:
    """A kept value alignment noted as said otherwise, the note starting with `note`: "sales fell 3%" ->
    "sales rose 3%" (REVERSED), "more than doubled" -> "nearly doubled" (BOUND_TURNED), "at least 17
    injured" -> "17 were hurt" (BOUND_DROPPED)."""

    def noted(rule: Rule, p: Pairing) -> bool:
        return (
            p.source is not None and p.derived is not None and p.note is not None and p.note.startswith(note)
        )

    return noted


def _loose_bound(rule: Rule, p: Pairing) -> bool:
    """A derived bound that still holds of the exact source figure but lies far from it, beyond what a
    rounding allows: "more than £50,000" for £572,206, "more than 1,000 soldiers" for 2,000. True, and
    misleading: the reader takes a floor to be near the figure."""
    s, d = p.source, p.derived
    if s is None or d is None or p.note is not None or "bound" not in d.qualifiers or "bound" in s.qualifiers:
        return False
    if s.kind is not d.kind or s.unit != d.unit or s.kind in (Kind.DATE, Kind.RANGE, Kind.COUNT):
        return False
    if "approx" in d.qualifiers:
        return False  # "nearly 68%" for 58.7% says it is near 68%: a change
    a, b = number(s), number(d)
    if a is None or b is None or a == b or a <= 0 or b <= 0:
        return False
    if precision_unit(b, d.surface) < _ROUND_BOUND_STEP and not next_step_past(
        a, s.surface, b, d.surface, "above" in d.qualifiers, math.inf
    ):
        # "at least three people" for four dead states another count: a change (but "well over a metre" for
        # 1.4 metres floors a finer figure at a whole one, only loosely)
        return False
    if abs(b - a) <= BOUND_MAX_RELATIVE * a:
        return False  # "up to $850m" for $805 million is near enough to be read as it: another figure
    return b < a if "above" in d.qualifiers else b > a


# the place a bound must be round to, to be read as a bound rather than another figure ("more than 1,000")
_ROUND_BOUND_STEP = 10.0


KINDS: dict[str, Predicate] = {
    "omitted": _generic,
    "added": lambda rule, p: p.note is None,
    "changed": _generic,
    "vagued": _vagued,
    "supported": _supported,
    "rounded": _rounded,
    "scale-slip": _scale_slip,
    "percent-points": _percent_points,
    "date-shift": _date_shift,
    "quote-altered": _quote_altered,
    "range-narrowed": _range_narrowed,
    "measure-changed": _measure_changed,
    "direction-changed": _noted(REVERSED),
    "bound-turned": _noted(BOUND_TURNED),
    "bound-dropped": _noted(BOUND_DROPPED),
    "hedge-bounded": _noted(HEDGE_BOUNDED),
    "range-widened": _range_widened,
    "precision-added": _precision_added,
    "bound-loose": _loose_bound,
    "bound-narrowed": _bound_narrowed,
    "currency-changed": _currency_changed,
}


def kind_matches(rule: Rule, pairing: Pairing) -> bool:
    """Whether the pairing is a difference of the rule's kind (quote-altered covers omissions too)."""
    if rule.kind == "quote-altered":
        if pairing.status not in (Status.CHANGED, Status.OMITTED):
            return False
    elif pairing.status is not rule.status:
        return False
    return KINDS[rule.kind](rule, pairing)
