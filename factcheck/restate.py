"""Restatements: two figures of different values or kinds that still say the same thing.

"2002" for "August 2002" says less; "30 cm" is "300 mm"; "dozens" holds 46; "the 58th minute" ranks what
"after 58 minutes" counts; "won twice" is "two titles"; "$71bn-$73bn" is "from $71 billion to $73
billion". Each predicate here answers one such question for alignment, which pairs what they admit as a
match rather than a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from factcheck.attribution import NAME, same_name
from factcheck.calendar import CLOCK, WEEK_DAYS, YEAR_VALUE, covers, span
from factcheck.context import STOPWORDS, fold
from factcheck.conversions import (
    FINE_STEP,
    MONTH_TOLERANCE,
    convert,
    converts,
    in_base_unit,
    temperature_difference_converts,
)
from factcheck.derive import DIFFERENCE, PRODUCT, SUM, vague_span
from factcheck.extract.dates import (
    MONTHS,
    PERIOD_ON_PERIOD,
    SINCE_BEFORE,
    WEEKDAYS,
    count_from,
    period_before,
)
from factcheck.extract.lexicon import table
from factcheck.extract.numbers import TENS, UNITS, format_value
from factcheck.extract.scanner import AGED_BEFORE
from factcheck.extract.units import PERIOD_ADJECTIVES, TIME_UNITS
from factcheck.model import Figure, Kind
from factcheck.rounding import (
    BOUND_MAX_RELATIVE,
    ROUNDING_MAX_RELATIVE,
    beyond_bound,
    precision_unit,
    stated_unit,
    within_precision,
)
from factcheck.wording import ranked_from


def same_share(a: Figure, b: Figure) -> bool:
    """ "a fifth" and "20%", "half" and "50%": one share, as a fraction and as a percentage."""
    if {a.kind, b.kind} != {Kind.FRACTION, Kind.PERCENT}:
        return False
    fraction, percent = (a, b) if a.kind is Kind.FRACTION else (b, a)
    if (
        percent.unit != "percent"
        or not isinstance(fraction.value, float)
        or not isinstance(percent.value, float)
    ):
        return False
    if percent is b and within_precision(100 * fraction.value, percent.value, percent.surface):
        return True  # "a third" rounded to "30%"; not "30%" (as precise as written) said as "a third"
    # the other way, a share in words says a precise percentage less precisely, as news copy does ("grew
    # 19%" -> "grew by a fifth"): within half a word fraction's precision, a whole one when hedged
    slack = 1.0 if "approx" in fraction.qualifiers else 0.5
    off = abs(100 * fraction.value - percent.value)
    # ... and never further than a fifth of the share itself ("roughly a sixth" is no 13%, nearer an eighth)
    return (
        fraction is b
        and off <= slack * 100 * precision_unit(fraction.value, fraction.surface)
        and off <= _SHARE_IN_WORDS_MAX_RELATIVE * 100 * fraction.value
    )


_SHARE_IN_WORDS_MAX_RELATIVE = 0.2


def share_as_factor(a: Figure, b: Figure) -> bool:
    """ "less than half the record 906,000" and "more than halved from its peak": what is left of a level,
    said as a share of it and as the factor it fell by, on the same side of the value."""
    if {a.kind, b.kind} != {Kind.FRACTION, Kind.NUMBER}:
        return False
    share, factor = (a, b) if a.kind is Kind.FRACTION else (b, a)
    return (
        factor.unit == "times"
        and share.unit is None
        and isinstance(share.value, float)
        and share.value == factor.value
        and share.value < 1
        and _bound_side(share) == _bound_side(factor)
    )


def _bound_side(fig: Figure) -> str | None:
    return next((q for q in fig.qualifiers if q in ("above", "below")), None)


_RATIO_WORDS = re.compile(r"(?i)\s(?:in|out\s+of)\s")


def ratio_as_share(source_fig: Figure, derived_fig: Figure) -> bool:
    """ "one in three adults" restated "a third of adults", "one in five" as "20%": a share said as a
    ratio and as a fraction or percentage is one share, no arithmetic (unlike "23 of the 32 allies" said as
    "72%", which FC111 reports as derived)."""
    if (
        source_fig.kind is not Kind.COUNT
        or not source_fig.total
        or not isinstance(source_fig.value, float)
        or not _RATIO_WORDS.search(source_fig.surface)
        or not isinstance(derived_fig.value, float)
    ):
        return False
    share = 100 * source_fig.value / source_fig.total
    if derived_fig.kind is Kind.FRACTION:
        return abs(100 * derived_fig.value - share) < 1e-6
    if derived_fig.kind is Kind.PERCENT and derived_fig.unit == "percent":
        return within_precision(share, derived_fig.value, derived_fig.surface)
    return False


def share_said_as_count(source_fig: Figure, derived_fig: Figure) -> bool:
    """ "about 40% of cases" restated "about two in five cases", "23 of 92 staff" restated "one in four
    staff": the source's share, said as a count. (The other way, "23 of 32" -> "72%", the rewrite computed a
    figure, which FC111 reports as derived.) A hedged or bounded count may round, a bound on its own side
    only: "fewer than four in ten" for 38.4%."""
    if (
        derived_fig.kind is not Kind.COUNT
        or not derived_fig.total
        or not isinstance(derived_fig.value, float)
    ):
        return False
    share = 100 * derived_fig.value / derived_fig.total
    if (
        source_fig.kind is Kind.PERCENT
        and source_fig.unit == "percent"
        and isinstance(source_fig.value, float)
    ):
        exact = source_fig.value
    elif source_fig.kind is Kind.FRACTION and isinstance(source_fig.value, float):
        exact = 100 * source_fig.value
    elif (
        source_fig.kind is Kind.COUNT
        and source_fig.total
        and source_fig.total != derived_fig.total
        and source_fig.value != derived_fig.value
        and isinstance(source_fig.value, float)
    ):
        # "23 of 92 staff" -> "one in four staff": a count over another whole is its share; over the same
        # whole ("23 of 32" -> "25 of 32") it is a changed count, and so is the same part of another whole
        # ("four of the 61 seats" -> "four of the 57 seats")
        exact = 100 * source_fig.value / source_fig.total
    else:
        return False
    quals = derived_fig.qualifiers
    if beyond_bound(exact, share, quals):
        return False
    hedged = "approx" in quals or "bound" in quals
    # a share of a few parts ("four in five", "one in four") rounds as a fraction in words does: "four in
    # five" for 79% is how news writes it, with or without an "about"
    slack = _HEDGED_SHARE_POINTS if hedged else _FEW_PARTS_POINTS if derived_fig.total <= 10 else 0.5
    # ... and never past the count's own last place: "5.2 per 10,000" is no rounding of "5.2 per 100,000"
    step = 100 * precision_unit(derived_fig.value, derived_fig.surface) / derived_fig.total
    slack = min(slack, step * (1.0 if hedged else 0.5))
    return abs(share - exact) <= slack + 1e-9


# how far, in percentage points, a hedged share said as a count may round ("nearly one in three" for 31%)
_HEDGED_SHARE_POINTS = 5.0
# ... and an unhedged share of a few parts, as far as a fraction in words may (half its precision, 5 points)
_FEW_PARTS_POINTS = 2.5


def range_as_bound(source_fig: Figure, derived_fig: Figure) -> bool:
    """ "a surge of 12 to 16 feet" restated "a surge of up to 16 feet" (or "at least 12 feet"): a bound at the
    range's far end says what the range says of it, less precisely but not otherwise."""
    if (
        source_fig.kind is not Kind.RANGE
        or derived_fig.kind is Kind.RANGE
        or "bound" not in derived_fig.qualifiers
    ):
        return False
    if source_fig.unit != derived_fig.unit or not isinstance(derived_fig.value, float):
        return False
    end = source_fig.high if "below" in derived_fig.qualifiers else source_fig.low
    return isinstance(end, float) and abs(end - derived_fig.value) <= 1e-9 * max(1.0, abs(end))


def one_date_covers_the_other(a: Figure, b: Figure) -> bool:
    """Whether one date holds the other, or counts back to it in whole weeks ("declared six weeks ago" for
    "on December 18", 43 days before a January 30 story): a count of weeks says the day to within half a
    week either way."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    return _covers(a, b) or _covers(b, a) or _weeks_back_roughly(a, b) or _weeks_back_roughly(b, a)


_WEEKS_BACK = re.compile(r"(?i)\b(?:[\w-]+\s+weeks?|(?:a|one)\s+fortnight)\s+(?:ago|earlier|before)\b")
_HALF_A_WEEK = 3


def _weeks_back_roughly(counted: Figure, day: Figure) -> bool:
    if not _WEEKS_BACK.search(counted.surface):
        return False
    a, b = span(counted.value), span(day.value)
    return (
        a is not None
        and b is not None
        and a[0] == a[1]
        and b[0] == b[1]
        and abs((a[0] - b[0]).days) <= _HALF_A_WEEK
    )


# a week named, not counted: "the last week of October", "this week", "the weekend" (not "the next two weeks")
_NAMED_WEEK = re.compile(
    r"(?i)(?:the\s+)?(?:(?:first|second|third|fourth|last|final|next|this|past|coming)\s+)?week(?:end)?\b"
)


def _covers(outer: Figure, inner: Figure) -> bool:
    """Whether date figure `outer` covers all of `inner`; a stretch named in words ("the last week of
    October") says no ends of its own that must agree with the inner one's ("from Oct. 26 to Oct. 30")."""
    if covers(outer.value, inner.value):
        return True
    if not _NAMED_WEEK.match(outer.surface) or str(outer.value) == str(inner.value):
        return False
    a, b = span(outer.value), span(inner.value)
    return a is not None and b is not None and a[0] <= b[0] and b[1] <= a[1]


def ranges_of_two(
    singles: Sequence[Figure], ranges: Sequence[Figure]
) -> list[tuple[tuple[Figure, Figure], Figure]]:
    """Ranges of one side whose bounds are two figures of one sentence on the other side, with those two."""
    return _joined_figures(
        singles,
        ranges,
        lambda r: (r.low, r.high) if isinstance(r.low, float) and isinstance(r.high, float) else None,
        lambda r, a, b: a.start < b.start and _bound_unit(a, b) == r.unit,
    )


def scores_of_two(
    singles: Sequence[Figure], scores: Sequence[Figure]
) -> list[tuple[tuple[Figure, Figure], Figure]]:
    """Scores and votes of one side ("by 449 votes to 216") that are two bare numbers of one sentence, in
    their order, on the other ("449 lawmakers voting in favour and 216 against"), with those two; or a
    count's part and a number of the sentence after ("204 of the 300 lawmakers voting in favour.
    Eighty-five voted against")."""

    def sides(score: Figure) -> tuple[float, float] | None:
        parts = str(score.value).split("-")
        if score.kind is not Kind.SCORE or len(parts) != 2 or not all(p.isdigit() for p in parts):
            return None
        return float(parts[0]), float(parts[1])

    return _joined_figures(
        singles,
        scores,
        sides,
        # ... or the part of a count ("204 of the 300 lawmakers voting in favour")
        lambda _, a, b: a.start < b.start and (_bare(a) or a.kind is Kind.COUNT) and _bare(b),
        # ... said in two sentences next to each other, where the numbers are too large to meet by chance
        # ("Eighty-five lawmakers voted against")
        lambda a, b: abs(a.sentence - b.sentence) == 1 and min(a.value, b.value) >= 10,  # type: ignore[type-var]
    )


def counts_of_two(
    singles: Sequence[Figure], counts: Sequence[Figure]
) -> list[tuple[tuple[Figure, Figure], Figure]]:
    """Counts of one side ("Twelve of the 30 passengers") whose part and whole are two bare numbers of one
    sentence on the other ("Of the 30 people on board, 12 died"), with those two; or, failing one sentence,
    of two sentences of the story ("carrying 181 people ... 179 people had died" for "179 of the 181"): a
    part and a whole both said to the unit are rarely there by chance."""

    def values(c: Figure) -> tuple[float, float] | None:
        return (float(c.value), c.total) if c.kind is Kind.COUNT and c.total else None  # type: ignore[arg-type]

    def fits(_: Figure, a: Figure, b: Figure) -> bool:
        return _bare(a) and _bare(b)

    found = _joined_figures(singles, counts, values, fits)
    done = {id(f) for pair, count in found for f in (*pair, count)}
    found += _joined_figures(
        [f for f in singles if id(f) not in done],
        [c for c in counts if id(c) not in done],
        values,
        fits,
        apart=lambda a, b: True,
    )
    return found


def _bare(fig: Figure) -> bool:
    return fig.kind is Kind.NUMBER and fig.unit is None


def _joined_figures(
    singles: Sequence[Figure],
    joined: Sequence[Figure],
    values: Callable[[Figure], tuple[float, float] | None],
    fits: Callable[[Figure, Figure, Figure], bool],
    apart: Callable[[Figure, Figure], bool] = lambda a, b: False,
) -> list[tuple[tuple[Figure, Figure], Figure]]:
    """Figures that join two values (a range, a score, a count), each with the two figures of one sentence
    of the other side (or of two, where `apart` allows) that hold those values and `fits` it; a figure of
    either side is used once."""
    found: list[tuple[tuple[Figure, Figure], Figure]] = []
    used: set[int] = set()
    for fig in joined:
        wanted = values(fig)
        if wanted is None:
            continue
        first = [f for f in singles if f.value == wanted[0] and id(f) not in used]
        second = [f for f in singles if f.value == wanted[1] and id(f) not in used]
        pair = next(
            (
                (a, b)
                for a in first
                for b in second
                if a is not b and (a.sentence == b.sentence or apart(a, b)) and fits(fig, a, b)
            ),
            None,
        )
        if pair is not None:
            found.append((pair, fig))
            used.update(id(f) for f in pair)
    return found


def _bound_unit(a: Figure, b: Figure) -> str | bool | None:
    """The unit two bounds share ("10 to 15 years": the second's unit covers the first), or False."""
    if a.kind is not b.kind and not {a.kind, b.kind} <= {Kind.NUMBER, Kind.QUANTITY}:
        return False
    if a.unit == b.unit or a.unit is None:
        return b.unit
    return False


def vaguely_restated(source_fig: Figure, derived_fig: Figure) -> bool:
    """ "46 flights" restated "dozens of flights", "3,200 homes" as "thousands of homes": a plural magnitude
    that holds the source figure (at least two of it and fewer than ten, or a dozen dozens)."""
    if "vague" not in derived_fig.qualifiers or "vague" in source_fig.qualifiers:
        return False
    if source_fig.kind not in (Kind.NUMBER, Kind.QUANTITY) or source_fig.unit != derived_fig.unit:
        return False
    if not isinstance(source_fig.value, float) or not isinstance(derived_fig.value, float):
        return False
    low, high = vague_span(derived_fig.value)
    return low <= source_fig.value < high


def vague_for_vague(source_fig: Figure, derived_fig: Figure) -> bool:
    """ "dozens of people" said "scores of people": two plural magnitudes whose spans overlap say the same
    (not "hundreds" for "thousands")."""
    if "vague" not in source_fig.qualifiers or "vague" not in derived_fig.qualifiers:
        return False
    if source_fig.kind is not derived_fig.kind or source_fig.unit != derived_fig.unit:
        return False
    if not isinstance(source_fig.value, float) or not isinstance(derived_fig.value, float):
        return False
    spans = [vague_span(v) for v in (source_fig.value, derived_fig.value)]
    return spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1]


_RATIO_AFTER = re.compile(r"\s+(?:as|more|less|fewer|the|that|than|higher|lower|bigger|larger|over)\b")


def times_restate(source_fig: Figure, derived_fig: Figure, source_text: str, derived_text: str) -> bool:
    """ "won two titles" restated "won the title twice": a number of times, not a ratio ("twice as many")."""
    if source_fig.kind is not Kind.NUMBER or derived_fig.kind is not Kind.NUMBER:
        return False
    if {source_fig.unit, derived_fig.unit} != {"times", None} or source_fig.value != derived_fig.value:
        return False
    times, text = (source_fig, source_text) if source_fig.unit == "times" else (derived_fig, derived_text)
    return _RATIO_AFTER.match(text, times.end) is None


def multiple_as_change(a: Figure, b: Figure) -> bool:
    """ "doubled" restated "rose 100%", "halved" as "fell 50%", "more than doubled" as "rose 122%": a
    multiple and the percent change it makes. "Tripled" is a 200% rise, not 300%."""
    by_kind = {fig.kind: fig for fig in (a, b)}
    multiple, percent = by_kind.get(Kind.NUMBER), by_kind.get(Kind.PERCENT)
    if multiple is None or percent is None or multiple.unit != "times" or percent.unit != "percent":
        return False
    if not isinstance(multiple.value, float) or not isinstance(percent.value, float):
        return False
    change = abs(multiple.value - 1) * 100
    if "below" in multiple.qualifiers and "below" not in percent.qualifiers and multiple.value != 1:
        # ... and "almost quadrupled" as "jumped 274%" (3.74 times): short of the multiple, and near it
        if multiple.value > 1:
            exact = 1 + abs(percent.value) / 100
            return multiple.value * (1 - ROUNDING_MAX_RELATIVE) <= exact < multiple.value
        exact = 1 - abs(percent.value) / 100  # "almost halved" as "fell 45%"
        return multiple.value < exact <= multiple.value * (1 + ROUNDING_MAX_RELATIVE)
    if "above" in multiple.qualifiers:
        # ... and "more than doubled" as "over 100%": one floor said two ways
        return abs(percent.value) > change or (
            "above" in percent.qualifiers and within_precision(change, abs(percent.value), percent.surface)
        )
    if multiple is b:
        # a multiple in words says a precise change less precisely, as a share in words does: "halved" for
        # a 48% fall, "doubled" for a 97% rise (within a twentieth of the change it names)
        return abs(change - abs(percent.value)) <= MULTIPLE_SLACK * change
    return within_precision(change, abs(percent.value), percent.surface, 0.5)


MULTIPLE_SLACK = 0.05


_CHANGE_NOUNS = "|".join(table("text")["change_nouns"].split())
# a comparative after a percentage: "30% larger than Earth" is a multiple of it less one
_COMPARATIVES = (
    r"larger|bigger|greater|smaller|heavier|lighter|longer|shorter|faster|slower|cheaper|wider|narrower|"
    r"taller|hotter|colder|warmer|cooler|deeper|stronger|weaker"
)
_COMPARATIVE_AFTER = re.compile(rf"(?i)\s+(?:{_COMPARATIVES})\s+than\b")
_CHANGE_AFTER = re.compile(
    r"(?i)\s+(?:(?:"
    + _CHANGE_NOUNS
    # ... "466% above average": a level compared with a base, as a change from it
    + rf")\b|(?:more|less|higher|lower|up|down|above|below|{_COMPARATIVES})\b)"
)


_CHANGE_NOUN_BEFORE = re.compile(r"(?i)\b(?:" + _CHANGE_NOUNS + r")\b[^.;:]{0,40}$")
_OF_A_BASE = re.compile(r"\s+of\b")


def multiple_as_said_change(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """`multiple_as_change`, where the percentage is said as a change ("rose 95%", "a 95% increase", "its
    gains are over 100%"): a "95% confidence interval" is no near doubling. A percentage of a base ("151% of
    pre-industrial levels") is the multiple itself ("more than one and a half times")."""
    percent, text = (a, a_text) if a.kind is Kind.PERCENT else (b, b_text)
    multiple, multiple_text = (b, b_text) if percent is a else (a, a_text)
    times, rate = multiple.value, percent.value
    if (
        multiple.kind is Kind.NUMBER
        and multiple.unit == "times"
        and percent.unit == "percent"
        and isinstance(times, float)
        and isinstance(rate, float)
    ):
        if _TIMES_MORE.match(multiple_text, multiple.end) and within_precision(
            100 * times, abs(rate), percent.surface, 0.5
        ):
            return True  # "three times higher" read as "300% higher", as many readers and writers take it
        if _OF_A_BASE.match(text, percent.end):
            exact = rate / 100
            if "above" in multiple.qualifiers:
                return exact > times
            if "below" in multiple.qualifiers:
                return exact < times
            return abs(exact - times) <= MULTIPLE_SLACK * times
    return multiple_as_change(a, b) and (
        direction(percent, text) is not None
        or _CHANGE_AFTER.match(text, percent.end) is not None
        or _CHANGE_NOUN_BEFORE.search(text, max(0, percent.start - 60), percent.start) is not None
    )


_TIMES_MORE = re.compile(r"(?i)\s+(?:more|higher|bigger|larger|greater)\b")


def multiple_against_change(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "revenue more than tripled" and "revenue rose 122%": a multiple a verb says and a change in per cent
    one says, which can be one figure restated (or changed), though neither kind compares with the other."""
    for multiple, multiple_text, percent, text in ((a, a_text, b, b_text), (b, b_text, a, a_text)):
        if multiple.kind is not Kind.NUMBER or multiple.unit != "times" or percent.kind is not Kind.PERCENT:
            continue
        if percent.unit == "percent" and multiple.surface.lower().endswith("ed"):
            return direction(percent, text) is not None and not _says_level(percent, text)
        if (
            percent.unit == "percent"
            and _COMPARATIVE_AFTER.match(text, percent.end)
            and _RATIO_AFTER.match(multiple_text, multiple.end)
        ):
            return True  # "about 1.3 times the size of Earth" and "roughly 30% larger than Earth"
    return False


def converted(a: Figure, b: Figure) -> bool:
    """ "up to 300 mm of rain" restated "as much as 30 cm": one measure in another unit; a hedged one
    rounded to its own precision ("5 km" as "about 3 miles")."""
    if not (a.kind is Kind.QUANTITY is b.kind and isinstance(a.value, float) and isinstance(b.value, float)):
        return False
    if converts(a.value, a.unit, b.value, b.unit):
        if not _temperature_within_its_digits(a, b) and not temperature_difference_converts(
            a.value, a.unit, b.value, b.unit
        ):
            return False  # "40.3C" is 104.5F, which "106F" does not round: a reading told to a tenth
        # ... within its own last digit where it is written finely: "1:54.60" is no "1 minute, 54.06 seconds"
        step, exact = stated_unit(b.value, b.surface), convert(a.value, a.unit, str(b.unit))
        return not (
            exact is not None
            and b.value
            and step / abs(b.value) < FINE_STEP
            and abs(exact - b.value) > step / 2
        )
    exact = convert(a.value, a.unit, str(b.unit)) if "approx" in b.qualifiers and a.unit != b.unit else None
    return exact is not None and within_precision(exact, b.value, b.surface, 0.5)


def count_of_units(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "for 11 of the 12 months" restated "in 11 months of the year": a count of units of time and the
    length it adds up to, one value."""
    for count, text, length in ((a, a_text, b), (b, b_text, a)):
        if count.kind is Kind.COUNT and length.kind is Kind.QUANTITY and count.value == length.value:
            noun = _NEXT_WORD.match(text, count.end)
            if noun is not None and length.unit == fold(noun.group(1).lower()):
                return True
    return False


def range_converted(a: Figure, b: Figure) -> bool:
    """ "10 to 15 inches of rain" restated "between 25 and 38 centimetres": a range in another unit, each
    bound converted as news rounds a conversion."""
    if a.kind is not Kind.RANGE or b.kind is not Kind.RANGE or a.unit == b.unit:
        return False
    ends = (a.low, a.high, b.low, b.high)
    if not all(isinstance(x, float) for x in ends):
        return False
    return all(
        converts(x, a.unit, y, b.unit, stated_unit(y, format_value(y)))  # type: ignore[arg-type]
        for x, y in ((a.low, b.low), (a.high, b.high))
    )


def _temperature_within_its_digits(a: Figure, b: Figure) -> bool:
    """Two readings of a temperature in two scales agree to within half the last digit of each ("30C" and
    "86F"; "40.3C" and "104.5F", not "106F"); any other pair of measures passes."""
    base_a, base_b = in_base_unit(float(a.value), a.unit), in_base_unit(float(b.value), b.unit)  # type: ignore[arg-type]
    if base_a is None or base_b is None or base_a[0] != "temperature" or base_b[0] != "temperature":
        return True
    reach = (_last_digit_in_celsius(a) + _last_digit_in_celsius(b)) / 2
    return abs(base_a[1] - base_b[1]) <= reach + 1e-9


def _last_digit_in_celsius(fig: Figure) -> float:
    """The step of a temperature's last written digit, in degrees Celsius ("106F": 5/9 of a degree)."""
    one, zero = in_base_unit(1.0, fig.unit), in_base_unit(0.0, fig.unit)
    degree = abs(one[1] - zero[1]) if one is not None and zero is not None else 1.0
    return stated_unit(float(fig.value), fig.surface) * degree  # type: ignore[arg-type]


def rolling_for_calendar(a: Figure, b: Figure) -> bool:
    """ "the next three months" and "the coming quarter", "the next 30 days" and "the coming month": a span
    counted from the day of writing and the calendar period of its length it mostly covers, one said for the
    other (not a period that moved: they share most of their days); "over the past year" for "in the year to
    October" is the latest twelve months the figures cover."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    for rolling, named in ((a, b), (b, a)):
        if not _rolling(rolling) or _rolling(named):
            continue
        x, y = span(rolling.value), span(named.value)
        if x is None or y is None:
            continue
        length_x, length_y = (x[1] - x[0]).days + 1, (y[1] - y[0]).days + 1
        shared = (min(x[1], y[1]) - max(x[0], y[0])).days + 1
        if abs(length_x - length_y) <= 0.15 * length_y and shared >= 0.5 * length_y:
            return True
        # "fell by 400 last year" said "fell by 400 in the last year": the year before the one of writing,
        # and the twelve months back from it, one said for the other whatever the month
        if (
            _LAST_YEAR.fullmatch(" ".join(named.surface.split()))
            and 360 <= length_x <= 370
            and y[0].year == y[1].year == x[1].year - 1
        ):
            return True
    return False


_LAST_YEAR = re.compile(r"(?i)last\s+year")


_PERIOD_TO = re.compile(r"(?i)(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+to\s+(?P<end>.+)")


def year_to(fig: Figure) -> bool:
    """Whether a date is the year that ends in another ("the year to March", "the 12 months to mid-2025")."""
    return fig.kind is Kind.DATE and _PERIOD_TO.fullmatch(" ".join(fig.surface.split())) is not None


def a_year_back(fig: Figure) -> bool:
    """Whether a date counts a year back from the time its text speaks of ("a year earlier", "a year ago")."""
    return fig.kind is Kind.DATE and _count_back(fig.surface) == "1 year back"


def period_to_its_end(a: Figure, b: Figure) -> bool:
    """ "in mid-2025, up 706,000 on a year earlier" and "rose by 706,000 in the year to mid-2025": the time a
    figure is of, and the year that ends in it, named by the same words."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    for period, end in ((a, b), (b, a)):
        m = _PERIOD_TO.fullmatch(" ".join(period.surface.split()))
        if m is None or m.group("end").lower() != " ".join(end.surface.split()).lower():
            continue
        x, y = span(period.value), span(end.value)
        if x is not None and y is not None and y[0] <= x[1] <= y[1]:
            return True
    return False


def rolling_a_day_apart(a: Figure, b: Figure, today: str | None) -> bool:
    """ "within the next year" and "over the next 12 months": two spans counted from the day of writing, one
    from that day and one from the day after it, the same stretch of time said two ways (not "Jan. 14-15"
    and "Jan. 15-16", days that moved)."""
    if (
        today is None
        or a.kind is not Kind.DATE
        or b.kind is not Kind.DATE
        or not _rolling(a)
        or not _rolling(b)
    ):
        return False
    x, y = span(a.value), span(b.value)
    if x is None or y is None:
        return False
    day = date.fromisoformat(today)
    return {x[0], y[0]} == {day, day + timedelta(days=1)} and abs((x[1] - y[1]).days) <= 1


def _rolling(fig: Figure) -> bool:
    """A span between two days ("the past year" from the day of writing), not one of calendar periods."""
    ends = str(fig.value).split("..")
    return len(ends) == 2 and all(len(e) == 10 for e in ends)


_SPAN_UNIT = re.compile(r"\b(day|week|fortnight|month|quarter|year|decade)s?\b")


def rolling_in_other_units(a: Figure, b: Figure) -> bool:
    """ "within 60 days" and "within two months", "the past 12 weeks" and "the past three months": one span
    from the day of writing, counted in days or weeks on one side and months on the other, which a month's
    28 to 31 days leave a few days apart at the far end."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    if not (_rolling(a) and _rolling(b)):
        return False
    units = _SPAN_UNIT.findall(a.surface.lower()), _SPAN_UNIT.findall(b.surface.lower())
    if units[0] and units[0] == units[1]:
        return False  # "the past 11 years" and "the past 10 years": one unit, counted to other lengths
    x, y = span(a.value), span(b.value)
    if x is None or y is None or (x[0] != y[0] and x[1] != y[1]):
        return False  # one end shared: the day of writing
    length_x, length_y = (x[1] - x[0]).days, (y[1] - y[0]).days
    return length_x != length_y and abs(length_x - length_y) <= MONTH_TOLERANCE * max(length_x, length_y)


def derived_says_less(source_fig: Figure, derived_fig: Figure) -> bool:
    return source_fig.kind is Kind.DATE is derived_fig.kind and covers(derived_fig.value, source_fig.value)


_YEARS_COUNTED = re.compile(
    r"(?i)\b(?:years?|decades?)\s+(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in (*table("dates")["duration_before"], *table("dates")["duration_after"])
    )
    + r")$"
)


def same_year_counted(a: Figure, b: Figure) -> bool:
    """ "launched 47 years ago" and "launched in September 1977": a count of years names a year, as precisely
    as it counts, so any day of that year restates it."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    for counted, other in ((a, b), (b, a)):
        if _YEARS_COUNTED.search(counted.surface) and "unresolved" not in counted.qualifiers:
            year, other_span = str(counted.value)[:4], span(other.value)
            if year.isdigit() and other_span is not None:
                return other_span[0].year == other_span[1].year == int(year)
    return False


def same_comparison(a: Figure, b: Figure, a_date: str | None = None, b_date: str | None = None) -> bool:
    """ "up 73% from a year earlier" and "+73% y/y": one count back from the story's own time, resolved
    on one side (against a date before it) and left as words on the other, where no date anchors it. A
    count back no date of its text anchors counts from the day the text is published: "down from 71% a day
    earlier" in a Friday story is the source's "on Thursday"."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    if "unresolved" in a.qualifiers and "unresolved" in b.qualifiers:
        # "up 6% from the year before" and "16% more than a year earlier": one count back, in other words
        said = _count_back(str(a.value))
        return said is not None and said == _count_back(str(b.value))
    for loose, other, published in ((a, b, a_date), (b, a, b_date)):
        if "unresolved" in loose.qualifiers and "unresolved" not in other.qualifiers:
            said = _count_back(str(loose.value))
            return (
                said == _count_back(other.surface)
                or _back_from(said, published) == str(other.value)
                # "up 75% in a year" for "risen 57% over the past year": the span that ends on the day
                # the text speaks from, counted back
                or said == _span_back(other.surface)
            )
    return False


_SPAN_BACK = re.compile(
    r"(?:(?:the\s+)?past|the\s+last)\s+(?:(?P<n>an?|\d+|[a-z]+)\s+)?(?P<u>day|week|month|year)s?", re.I
)


def _span_back(words: str) -> str | None:
    """A span back to the day a text speaks from ("the past year", "the past 12 months") as the count back
    it spans ("1 year back"), or None."""
    m = _SPAN_BACK.fullmatch(" ".join(words.split()))
    if m is None:
        return None
    amount = 1 if m.group("n") is None else _counted(m.group("n").lower())
    if amount is None:
        return None
    unit = m.group("u").lower()
    if unit == "month" and amount % 12 == 0:
        amount, unit = amount // 12, "year"
    return f"{amount} {unit} back"


def same_count_back_said(a: Figure, b: Figure) -> bool:
    """ "up 15.9% on a year earlier" and "almost 16% higher than a year before", each counted from its own
    version's "October": one count back in other words, whatever year each version read its anchor as (a
    moved anchor is reported on the anchor itself)."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    said = _count_back(a.surface)
    return said.endswith(" back") and said == _count_back(b.surface)


def _counted(n: str) -> float | None:
    """The amount a count of time starts with: "a"/"an", digits or a number word ("three weeks")."""
    return 1 if n in ("a", "an") else int(n) if n.isdigit() else UNITS.get(n, TENS.get(n))


def _back_from(count_back: str, published: str | None) -> str | None:
    """The date a count back ("1 day back", "2 year back") names from a publication date, at its grain."""
    m = re.fullmatch(r"(\d+) (day|week|month|year) back", count_back)
    if m is None or published is None:
        return None
    n, unit, day = int(m.group(1)), m.group(2), date.fromisoformat(published)
    if unit == "day":
        return (day - timedelta(days=n)).isoformat()
    if unit == "year":
        return str(day.year - n)
    if unit == "month":
        index = day.year * 12 + day.month - 1 - n
        return f"{index // 12}-{index % 12 + 1:02d}"
    monday = day - timedelta(days=day.weekday() + 7 * n)
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


_BACK_WORDS = frozenset(table("dates")["duration_before"])


_COUNT_BACK = re.compile(r"(?P<n>an?|\d+|[a-z]+)\s+(?P<u>day|week|month|year|fortnight)s?\s+(?P<d>[a-z]+)")


_ONE_BEFORE = re.compile(
    r"the\s+(?:previous|prior|preceding)\s+(?P<u>year|month|week|day)|the\s+(?P<u2>year|month|week|day)\s+before"
)


@lru_cache(maxsize=4096)
def _count_back(words: str) -> str:
    """A count back as words that say it alike: "a year earlier", "12 months before" and "one year ago"
    are one year back from whichever time each side counts from."""
    said = " ".join(words.lower().split())
    on_period = PERIOD_ON_PERIOD.fullmatch(said)
    if on_period:
        said = period_before(on_period)  # "year-on-year" is "a year earlier" said as one word
    before = _ONE_BEFORE.fullmatch(said)
    if before:  # "the year before", "the previous year": one year back from the time the text speaks of
        return f"1 {before.group('u') or before.group('u2')} back"
    m = _COUNT_BACK.fullmatch(said)
    if m is None or m.group("d") not in _BACK_WORDS:
        return said
    amount = _counted(m.group("n"))
    if amount is None:
        return said
    unit = m.group("u")
    if unit == "fortnight":  # "a fortnight earlier" is two weeks back
        amount, unit = 2 * amount, "week"
    if unit == "month" and amount % 12 == 0:
        amount, unit = amount // 12, "year"
    return f"{amount} {unit} back"


def within_date_bound(source_fig: Figure, derived_fig: Figure, today: str | None = None) -> bool:
    """ "until at least Sunday" restated "into next week": a date the source gives as a bound, and a derived
    date on the bound's side of it, which the bound allows. The other side is a moved date. Near it, as a
    bound on an amount is near the amount (`today` given: within a quarter of the time from the bound to
    today, or a week): "nearly two decades ago" bounds 2005, not "on Monday"."""
    if source_fig.kind is not Kind.DATE or derived_fig.kind is not Kind.DATE:
        return False
    if ("bound" in source_fig.qualifiers) == ("bound" in derived_fig.qualifiers):
        return False
    # ... and the other way, a derived bound that holds the source's date ("more than six decades ago" for
    # "in 1962"), which says less
    bounded, exact = (
        (source_fig, derived_fig) if "bound" in source_fig.qualifiers else (derived_fig, source_fig)
    )
    bound, other = span(bounded.value), span(exact.value)
    if bound is None or other is None:
        return False
    if today is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", today[:10]):
        length = abs((date.fromisoformat(today[:10]) - bound[0]).days)
        gap = min(abs((other[0] - bound[0]).days), abs((other[1] - bound[1]).days))
        if gap > max(WEEK_DAYS, BOUND_MAX_RELATIVE * length):
            return False
    if "above" in bounded.qualifiers:
        return other[0] >= bound[0]
    return other[1] <= bound[1]


_RANKED_WORD = re.compile(r"[\s-]*([A-Za-z]+)")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
# words that sit before any figure and so say nothing about what it ranks ("the", "of", "was")
_GLUE = frozenset(table("text")["glue_words"].split())


def _word_before(fig: Figure, text: str) -> str:
    m = _WORD_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    return m.group(1).lower() if m else ""


def ordinal_restates(source_fig: Figure, derived_fig: Figure, source_text: str, derived_text: str) -> bool:
    """An ordinal and a cardinal of one value where the ordinal ranks what the cardinal measures: "the 30th
    minute" and "30 minutes" or "after 30 minutes"; a bare cardinal ("Goals: Vaughan 30") when the ordinal
    ranks minutes, as match reports list goals."""
    kinds = {source_fig.kind, derived_fig.kind}
    if Kind.ORDINAL not in kinds or not kinds & {Kind.NUMBER, Kind.QUANTITY}:
        return False
    if source_fig.kind is Kind.ORDINAL:
        ordinal, ordinal_text, cardinal, cardinal_text = source_fig, source_text, derived_fig, derived_text
    else:
        ordinal, ordinal_text, cardinal, cardinal_text = derived_fig, derived_text, source_fig, source_text
    if source_fig.value != derived_fig.value:
        return _minutes_from_time(ordinal, ordinal_text, cardinal, cardinal_text)
    if _word_before(ordinal, ordinal_text) == _word_before(cardinal, cardinal_text) not in ("", *_GLUE):
        return True  # "seeded 11th" and "seeded 11", "finished 3rd" and "finished 3": one rank
    if (
        cardinal.kind is Kind.QUANTITY
        and _RANK_LEADS.match(cardinal.surface)
        and _IN_A_ROW_AFTER.match(ordinal_text, ordinal.end)
    ):
        return True  # "the 12th consecutive quarter of buybacks" and "its 12th in a row": one run's length
    if _TALLY_BEFORE.search(cardinal_text, max(0, cardinal.start - 60), cardinal.start):
        # "his ninth and 10th league goals of the season" and "taking his league tally to 10"; "added a
        # third" and "made it three": the count the latest one brought it to
        return True
    if _STREAK_AFTER.match(ordinal_text, ordinal.end) and (
        _RUN_BEFORE.search(cardinal_text, max(0, cardinal.start - 40), cardinal.start)
        or _STREAK_AFTER.match(cardinal_text, cardinal.end)
        or _RUN_AFTER.match(cardinal_text, cardinal.end)
    ):
        return True  # "their sixth win in a row" and "extended their winning run to six games": its length
    ranked = _RANKED_WORD.match(ordinal_text, ordinal.end)
    noun = fold(ranked.group(1).lower()) if ranked else ""
    if not noun:
        return False
    # "its second monthly fall" ranks the months of a run ("fell for a second month in a row")
    noun = PERIOD_ADJECTIVES.get(noun, noun)
    if cardinal.unit is not None:
        return cardinal.unit == noun
    if counted_noun(cardinal, cardinal_text) == noun and "." not in cardinal.surface:
        return True  # "15 league goals this season" and "his 15th league goal": the tally and its latest
    if "." not in cardinal.surface and _words_after(ordinal, ordinal_text) & _words_after(
        cardinal, cardinal_text
    ):
        return True  # "seven Grand Slam titles" and "his seventh major title": the noun after its adjectives
    return noun == "minute" and not counts_a_noun(cardinal, cardinal_text)


_WORDS_AFTER = re.compile(r"(?:[\s-]+[A-Za-z]+){1,3}")


def _words_after(fig: Figure, text: str) -> set[str]:
    """The few words right after a figure, up to a break, folded: what it ranks or counts, adjectives too."""
    m = _WORDS_AFTER.match(text, fig.end)
    if m is None:
        return set()
    return {
        fold(w) for w in re.findall(r"[a-z]+", m.group().lower()) if w not in _GLUE and w not in STOPWORDS
    }


_RANK_LEADS = re.compile(r"(?i)(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\b")
_IN_A_ROW = r"\s+(?:in\s+a\s+row|straight|consecutive|running|successive)\b"
_IN_A_ROW_AFTER = re.compile(r"(?i)" + _IN_A_ROW)
# the place in a run ("sixth in a row", "sixth win in a row", "sixth straight victory") and a run's length
# ("a run of six", "winning streak to six games", "six in a row", "six straight wins", "a six-game streak")
_STREAK_AFTER = re.compile(r"(?i)(?:\s+[a-z]+)?" + _IN_A_ROW)
_TALLY_BEFORE = re.compile(
    r"(?i)(?:\b(?:tally|total|haul|count)\b(?:\s+[\w'’]+){0,5}\s+(?:to|of|at|on)|\bmade\s+it|\bmakes?\s+it)\s+$"
)
_RUN_BEFORE = re.compile(r"(?i)\b(?:run|streak|sequence)\s+(?:of|to)\s+$")
_RUN_AFTER = re.compile(
    r"(?i)-(?:game|match|race|fight|day|week|month|year)\s+(?:[a-z]+\s+)?(?:run|streak)\b"
)
_FROM_TIME = re.compile(r"(?i)\s+(?:from|before)\s+(?:time|the\s+end|full[\s-]time)\b")
_MATCH_MINUTES = 90.0


# "struck in the 20th minute and Havertz added a second in the 78th": the noun said once for both
_MINUTE_SAID_BEFORE = re.compile(r"(?i)\d{1,3}(?:st|nd|rd|th)\s+minute\b[^.;]{0,80}$")


def _ranks_minutes(ordinal: Figure, text: str) -> bool:
    ranked = _RANKED_WORD.match(text, ranked_from(ordinal, text))
    if ranked is not None:
        return fold(ranked.group(1).lower()) == "minute"
    return _MINUTE_SAID_BEFORE.search(text, max(0, ordinal.start - 120), ordinal.start) is not None


def _minutes_from_time(ordinal: Figure, ordinal_text: str, cardinal: Figure, cardinal_text: str) -> bool:
    """ "a penalty 12 minutes from time" and "in the 78th minute": a football match runs 90 minutes, and
    match reports count the minutes left as readily as the minute itself."""
    if not _ranks_minutes(ordinal, ordinal_text) or cardinal.unit != "minute":
        return False
    if not isinstance(ordinal.value, float) or not isinstance(cardinal.value, float):
        return False
    return (
        _FROM_TIME.match(cardinal_text, cardinal.end) is not None
        and ordinal.value + cardinal.value == _MATCH_MINUTES
    )


_LATER_AFTER = re.compile(r"(?i)\s+(?:later|after|afterwards)\b")
# "scored twice in seven minutes", "two goals within four minutes": a span that holds two moments
_SPAN_OF_MINUTES_BEFORE = re.compile(
    r"(?i)\b(?:in|within|inside|in\s+the\s+space\s+of|in\s+a\s+span\s+of)\s+$"
)


_LEFT_AFTER = re.compile(r"(?i)\s+(?:left|remaining|to\s+go|to\s+play)\b")
_MATCH_MINUTES = 90


def minutes_between(
    fig: Figure, text: str, source: Sequence[Figure], source_text: str
) -> tuple[str, tuple[Figure, ...]] | None:
    """ "levelled from the spot 11 minutes later" for goals "after seven minutes" and "in the 18th minute":
    the minutes between two moments of a match the source gives, as match reports count them."""
    if fig.kind is not Kind.QUANTITY or fig.unit != "minute" or not isinstance(fig.value, float):
        return None
    if _LEFT_AFTER.match(text, fig.end):
        # "Merino made it three with 15 minutes left" for "added a third in the 75th minute": what was left
        # of the 90 minutes of a match
        for f in source:
            if (
                f.kind is Kind.ORDINAL
                and _ranks_minutes(f, source_text)
                and f.value == _MATCH_MINUTES - fig.value
            ):
                return f"{fig.surface} {DIFFERENCE} {_MATCH_MINUTES} minutes and {f.surface}", (f,)
        return None
    if not _LATER_AFTER.match(text, fig.end) and not _SPAN_OF_MINUTES_BEFORE.search(
        text, max(0, fig.start - 24), fig.start
    ):
        return None
    moments = [
        f
        for f in source
        if isinstance(f.value, float)
        and (
            (f.kind is Kind.ORDINAL and _ranks_minutes(f, source_text))
            or (f.kind is Kind.QUANTITY and f.unit == "minute")
        )
    ]
    for i, a in enumerate(moments):
        for b in moments[i + 1 :]:
            if Kind.ORDINAL in (a.kind, b.kind) and abs(b.value - a.value) == fig.value:  # type: ignore[operator]
                return f"{fig.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
    return None


def _days(fig: Figure) -> float | None:
    """How long a figure lasts: a duration ("three years") or a dated span ("the past three years")."""
    if fig.kind is Kind.QUANTITY and isinstance(fig.value, float):
        return convert(fig.value, fig.unit, "day")
    if fig.kind is Kind.DATE and isinstance(fig.low, str) and isinstance(fig.high, str):
        months = _MONTHS_SPAN.fullmatch(f"{fig.low}..{fig.high}")
        if months:  # "the six months to late September": whole months, inclusive
            count = 12 * (int(months["y2"]) - int(months["y1"])) + int(months["m2"]) - int(months["m1"]) + 1
            return count * _DAYS_PER_MONTH
        try:
            return float((date.fromisoformat(fig.high) - date.fromisoformat(fig.low)).days)
        except ValueError:
            return None
    if fig.kind is Kind.DATE and "unresolved" in fig.qualifiers:
        # "a fortnight later", "three days earlier": a length of time from a moment the text names elsewhere
        m = _COUNTED_FROM.fullmatch(" ".join(fig.surface.lower().split()))
        if m:
            amount = _counted(m.group("n"))
            return float(amount * _UNIT_DAYS[m.group("u")]) if amount else None
    return None


_MONTHS_SPAN = re.compile(r"(?P<y1>\d{4})-(?P<m1>\d{2})\.\.(?P<y2>\d{4})-(?P<m2>\d{2})")
_DAYS_PER_MONTH = 365.25 / 12
_COUNTED_FROM = re.compile(
    r"(?P<n>an?|\d+|[a-z]+)\s+(?P<u>day|week|fortnight|month|year)s?\s+(?:later|earlier|after|before)"
)
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30.44, "year": 365.25}


def same_length_of_time(a: Figure, b: Figure) -> bool:
    """ "three years" and "the past three years": the same length of time, once dated and once not."""
    if {a.kind, b.kind} != {Kind.DATE, Kind.QUANTITY}:
        return False
    days_a, days_b = _days(a), _days(b)
    if days_a is None or days_b is None:
        return False
    # a month or a year counted in days is a day or two either way, and in weeks as months convert to weeks
    # ("two months after" and "eight weeks earlier"); "two days" is not "three days earlier"
    slack = max(2.0, MONTH_TOLERANCE * max(days_a, days_b)) if min(days_a, days_b) >= 28 else 0.01
    return abs(days_a - days_b) <= slack


_COUNTED_STOPWORDS = frozenset(table("text")["counted_stopwords"].split())
# ... as alignment compares them: people of no stated kind, who may be any kind the other version names
GENERIC_COUNTED = frozenset(fold(w) for w in _COUNTED_STOPWORDS)
# (and a month or a weekday before the noun: "two November days" counts days)
_COUNT_MODIFIERS = frozenset(table("text")["count_modifiers"].split()) | frozenset(
    [*(m.lower() for m in MONTHS if len(m) > 3), *(d for d in WEEKDAYS if len(d) > 3)]
)


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
# (... or joined to it: "a 24-match streak" counts matches, though what it counts is left to the words)
_NEXT_OR_JOINED_WORD = re.compile(r"(?:\s+|-)([A-Za-z][\w'’-]*)")
# "while two voted for a cut", "three said that ...": a verb after the number, whose subject it counts
_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|said|told)\s+(?:to|for|against|that|in\s+favou?r|on|with|by)\b"
    # ... or with an object of its own: "a crowd of 60,415 watched the presentation"
    r"|\s+[a-z]+ed\s+(?:the|a|an|his|her|their|its)\s"
)


def counts_a_noun(fig: Figure, text: str) -> bool:
    """ "25 countries": a number without a unit directly followed by the thing it counts."""
    if fig.unit is not None or fig.kind is not Kind.NUMBER:
        return False
    m = _NEXT_OR_JOINED_WORD.match(text, fig.end)
    if m is None or _VERB_AFTER.match(text, fig.end):
        return False
    return m.group(1).lower() not in STOPWORDS or m.group(1).lower() in _COUNTED_STOPWORDS


_LISTED_BEFORE = re.compile(r"(?:\bwith|\band|,)\s+$")
_IN_A_PLACE_AFTER = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")


def counted_in_a_place(fig: Figure, text: str) -> bool:
    """ "155 of the deaths were in Valencia, with two in Castilla-La Mancha and one in Andalusia": a bare
    number in a list of places counts the noun the list began with."""
    return bool(
        _LISTED_BEFORE.search(text, max(0, fig.start - 6), fig.start)
        and _IN_A_PLACE_AFTER.match(text, fig.end)
    )


def counted_noun(fig: Figure, text: str, generic: bool = False) -> str | None:
    """The noun a bare number counts, as alignment compares words ("points" -> "point"), or None; "people"
    too with `generic`."""
    if not counts_a_noun(fig, text):
        return None
    m = _NEXT_WORD.match(text, fig.end)
    while m is not None and m.group(1).lower() in _COUNT_MODIFIERS:
        m = _NEXT_WORD.match(text, m.end())
    noun = fold(m.group(1).lower()) if m else None
    # "people" counts, but names no kind of people: "3.12 million people" may be the other's "patients"
    return None if noun in GENERIC_COUNTED and not generic else noun


def noun_measured(fig: Figure, text: str) -> str | None:
    """The noun a measure qualifies, said right after it ("a 7.5-magnitude aftershock", "a 12-mile
    tunnel"), as alignment compares words, or None."""
    if fig.kind is not Kind.QUANTITY:
        return None
    m = _NEXT_WORD.match(text, fig.end)
    if m is None or m.group(1).lower() in STOPWORDS or _VERB_AFTER.match(text, fig.end):
        return None
    return fold(m.group(1).lower())


def count_other_nouns(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """Whether two bare numbers count different nouns: "three meetings" and "five sets", but not "two cuts"
    and "three rate cuts", where the noun comes after a word that qualifies it."""
    noun_a, noun_b = counted_noun(a, a_text), counted_noun(b, b_text)
    if noun_a is None or noun_b is None or noun_a == noun_b:
        return False
    if _IN_A_ROW_AFTER.match(a_text, a.end) or _IN_A_ROW_AFTER.match(b_text, b.end):
        return False  # "a fifth consecutive meeting" and "its fourth straight hold": one run, named two ways
    return noun_a not in _words_after(b, b_text) and noun_b not in _words_after(a, a_text)


_SHARE_OF = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all|these|those|a|an)\s+)?(?:[\w.]+(?:'s|’s)\s+)?([A-Za-z]+)"
)


def move_for_share(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """A share of a named whole on one side ("a fifth of its workforce") and a move on the other ("shares fell
    20%"): one value, two facts."""
    for share, share_text, move, move_text in ((a, a_text, b, b_text), (b, b_text, a, a_text)):
        if (
            share_of_what(share, share_text) is not None
            and share_of_what(move, move_text) is None  # (not "cut 10% of its workforce": a share too)
            and direction(move, move_text) is not None
        ):
            return not _says_level(move, move_text)
    return False


def share_of_what(fig: Figure, text: str) -> str | None:
    """The noun a share is of ("13% of its staff" -> "staff", "a third of the factories" -> "factory")."""
    m = _SHARE_OF.match(text, fig.end)
    if m is None or _whole_said_before(fig, text):
        return None
    return fold(m.group(1).lower())


def _whole_said_before(fig: Figure, text: str) -> bool:
    """Whether a share is of a whole the text named before, not here: "a third of those taking it", "half
    of them"."""
    m = _SHARE_OF.match(text, fig.end)
    return m is not None and (
        m.group(1).lower() in _PRONOUNS or _OF_THOSE_DOING.match(text, fig.end) is not None
    )


_PRONOUNS = frozenset({"those", "these", "them", "it", "which", "whom", "us", "you", "that", "this"})
_OF_THOSE_DOING = re.compile(
    r"(?i)\s+of\s+(?:those|these)\s+(?:[a-z]+ing|who|which|that|with|in|on|at|aged|under|over)\b"
)


def whole_named(fig: Figure, text: str) -> str | None:
    """The noun of the whole a share or a ratio is of, as alignment compares words: "two-thirds of voters"
    and "three in four voters" are both of voters ("voter"), "a third of the money" of money."""
    of = share_of_what(fig, text)
    if of is not None or fig.kind is not Kind.COUNT:
        return of
    m = _NEXT_WORD.match(text, fig.end)
    if m is None or m.group(1).lower() in _COUNTED_STOPWORDS:
        return None
    return fold(m.group(1).lower())


def shares_of_other_things(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """Two shares whose words name what each is of, and name different things: no word in common among
    the few after "of" ("of her sentence" and "of the money"; but "of Nissan's global workforce" and "of its
    133,500 workers" are of one staff)."""
    if {a.kind, b.kind} - {Kind.FRACTION, Kind.PERCENT}:
        return False
    of_a, of_b = share_words(a, a_text) - _GENERIC_WHOLES, share_words(b, b_text) - _GENERIC_WHOLES
    return bool(of_a) and bool(of_b) and not of_a & of_b


# words that name no thing a share is of, only that it is of the whole the sentence counts ("about 2.6% of
# the total" is a share of the list the sentence is about)
_GENERIC_WHOLES = frozenset({"total", "whole", "overall", "figure", "number", "amount", "sum"})


_OF_WORDS = re.compile(r"\s+of\s+((?:[\w’'.,-]+\s+){0,3}[\w’'-]+)")
_AMOUNT_OF_THE_WHOLE = re.compile(
    r"\s+of\s+((?:[\w’'-]+\s+){0,2}[$€£¥]?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:\s+[\w’'.,-]+){1,4})"
)


def share_words(fig: Figure, text: str) -> set[str]:
    """The few content words after the "of" of a share, folded as alignment compares words; the possessive
    dropped ("of Nissan's global workforce" -> nissan, global, staff). A whole said with its amount names
    itself after the amount too ("of the alliance's $1.47 trillion in total defence spending")."""
    m = _OF_WORDS.match(text, fig.end)
    if m is None:
        return set()
    amount = _AMOUNT_OF_THE_WHOLE.match(text, fig.end)
    if amount is not None:
        m = amount
    if _whole_said_before(fig, text):
        return set()
    words = (_POSSESSIVE_END.sub("", w.lower().rstrip(",.")) for w in m.group(1).split())
    return {fold(w) for w in words if w.isalpha() and w not in STOPWORDS}


_POSSESSIVE_END = re.compile(r"['’]s?$")


def said_as_a_share(fig: Figure, text: str) -> bool:
    """ "nearly half of the deaths": a share of what its words name, which no change of two figures is."""
    if fig.kind is Kind.FRACTION and _FRACTION_OF_THE.match(text, fig.end):
        return True  # "less than half the number in the first week"
    return fig.kind in (Kind.FRACTION, Kind.PERCENT) and share_of_what(fig, text) is not None


_FRACTION_OF_THE = re.compile(r"\s+(?:the|its|their|his|her|our)\s")


# "the highest in 16 years", "for the first time in more than two decades", "a 16-year high", "five years
# ago", "two years on": the words that make a length of time the time gone by since a date
_TIME_PASSED_BEFORE = re.compile(
    r"(?i)\b(?:in|for|over|within|after|since|than|past|last|first|nearly|almost)\s+"
    r"(?:(?:the|a|an|about|around|nearly|almost|more|less|than|over|under|just|some|roughly|at|least|well"
    r"|close|to|upwards?|of)\s+){0,3}$"
)
_TIME_PASSED_AFTER = re.compile(
    r"(?i)[\s-]*(?:ago|since|earlier|before|after|later|on|high|low|highs|lows|record|peak|best|worst|old)\b"
)


def said_as_time_passed(fig: Figure, text: str) -> bool:
    """Whether a length of time is said as the time gone by to or from some day ("in 16 years", "a 16-year
    high"), which a date and the story's own date can make, and not as a length something lasts or is given
    ("with two years suspended"), which they cannot."""
    return (
        _TIME_PASSED_BEFORE.search(text, max(0, fig.start - 48), fig.start) is not None
        or _TIME_PASSED_AFTER.match(text, fig.end) is not None
    )


_NEXT_OR_LAST_WEEKDAY = re.compile(
    r"(?i)(?P<rel>next|last)\s+(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
)


def either_week_of_a_weekday(a: Figure, b: Figure) -> bool:
    """ "next Sunday" said on a Monday is the coming Sunday to some and the one after to others (and "last
    Friday" on a Thursday either Friday before): the day a week nearer that the other text names is no
    shift."""
    for said, other in ((a, b), (b, a)):
        m = _NEXT_OR_LAST_WEEKDAY.fullmatch(" ".join(said.surface.split()))
        if m is None or not isinstance(said.value, str) or not isinstance(other.value, str):
            continue
        try:
            here, there = date.fromisoformat(said.value), date.fromisoformat(other.value)
        except ValueError:
            return False
        step = -7 if m.group("rel").lower() == "next" else 7
        return (there - here).days == step
    return False


def same_value_one_unit(a: Figure, b: Figure) -> bool:
    """ "Pippa, 31," and "the 31-year-old": one value, once with its unit and once leaving it out (not a
    run counted by an ordinal, "the fourth year in a row", and a bare "four")."""
    if not {a.kind, b.kind} <= {Kind.NUMBER, Kind.QUANTITY}:
        return False
    if _RUN_BY_ORDINAL.match(a.surface) or _RUN_BY_ORDINAL.match(b.surface):
        return False
    if _COUNT_OF_TIMES.search(a.surface) or _COUNT_OF_TIMES.search(b.surface):
        return False  # "warned three times" counts occurrences, which no "three months" leaves out
    return (
        (a.unit is None) != (b.unit is None)
        and "vague" not in a.qualifiers + b.qualifiers
        and isinstance(a.value, float)
        and a.value == b.value
    )


# "odds of 140 million to one", "a 5,000-1 chance": odds against, after the number they give
_ODDS_AFTER = re.compile(r"(?i)\s*(?:-|\s)to(?:-|\s)(?:one|1)\b")
_ODDS_WORDS = re.compile(r"(?i)\b(?:odds|chance|shot|bet|bookmakers?)\b")


def odds_for_a_chance(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "odds of about one in 140 million" and "against odds of 140 million to one": one chance, as a share
    and as odds against (N to one is one in N + 1, which a round N rounds away)."""
    for chance, odds, odds_text in ((a, b, b_text), (b, a, a_text)):
        if chance.kind is not Kind.COUNT or chance.value != 1.0 or not isinstance(chance.total, float):
            continue
        if odds.kind is Kind.SCORE:
            m = re.fullmatch(r"(\d+)-1", str(odds.value))
            against = float(m.group(1)) if m else None
        elif odds.kind is Kind.NUMBER and odds.unit is None and _ODDS_AFTER.match(odds_text, odds.end):
            against = odds.value if isinstance(odds.value, float) else None
        else:
            against = None
        if against is None or not _ODDS_WORDS.search(odds_text, max(0, odds.start - 40), odds.end + 20):
            continue
        if chance.total in (against, against + 1) or within_precision(chance.total, against, odds.surface):
            return True
    return False


def run_by_ordinal(fig: Figure) -> bool:
    """A run counted by an ordinal: "the fourth year in a row", "the 19th straight day"."""
    return _RUN_BY_ORDINAL.match(fig.surface) is not None


_RUN_BY_ORDINAL = re.compile(
    r"(?i)(?:\d+(?:st|nd|rd|th)|"
    + "|".join(sorted(table("numbers")["ordinals"], key=len, reverse=True))
    + r")\s"
)
_POINTS_AFTER = re.compile(r"[\s-]+(?i:points?|pts)\b")


def as_percentage_points(fig: Figure, text: str) -> Figure:
    """ "up nearly 15 points": a bare number of points, read as the percentage points poll and rate copy
    mean by it, for deriving it from the source's percentages."""
    if fig.kind is Kind.NUMBER and fig.unit is None and _POINTS_AFTER.match(text, fig.end):
        return replace(fig, kind=Kind.PERCENT, unit="percentage point")
    return fig


def points_read_alike(
    source: Sequence[Figure], source_text: str, derived: Sequence[Figure], derived_text: str
) -> tuple[list[Figure], list[Figure]]:
    """Both versions' figures, bare "points" read as percentage points where the other version counts in
    them ("a margin of error of 3 points" for "3.2 percentage points"), unless it counts in basis points too
    ("a 50-point cut" for "50 basis points")."""
    source_out, derived_out = list(source), list(derived)
    # (a text that counts in basis points itself may mean them by bare points: "a record 400-point rise")
    either_in_basis_points = bool(_BASIS_POINTS.search(source_text) or _BASIS_POINTS.search(derived_text))
    if any(f.unit == "percentage point" for f in source) and not either_in_basis_points:
        derived_out = [as_percentage_points(f, derived_text) for f in derived]
    if any(f.unit == "percentage point" for f in derived_out) and not either_in_basis_points:
        source_out = [as_percentage_points(f, source_text) for f in source]
    # ... and "the margin is less than 0.5%" for "under half a percentage point": a margin between two
    # shares is a difference of them, in points however it is written
    if any(f.unit == "percentage point" for f in derived_out):
        source_out = [_margin_in_points(f, source_text) for f in source_out]
    if any(f.unit == "percentage point" for f in source_out):
        derived_out = [_margin_in_points(f, derived_text) for f in derived_out]
    return source_out, derived_out


_MARGIN_BEFORE = re.compile(
    r"(?i)\b(?:margin|lead|gap)\b(?:\s+(?:is|was|of|at|by|stood\s+at|narrowed\s+to|widened\s+to|to))?"
    r"(?:\s+(?:less|more|fewer)\s+than|\s+under|\s+over|\s+about|\s+around|\s+just)?\s+$"
)


def _margin_in_points(fig: Figure, text: str) -> Figure:
    if fig.kind is not Kind.PERCENT or fig.unit != "percent":
        return fig
    if _MARGIN_BEFORE.search(text, max(0, fig.start - 40), fig.start) is None:
        return fig
    return replace(fig, unit="percentage point")


def points_for_percentage_points(
    source_fig: Figure, derived_fig: Figure, source_text: str, derived_text: str
) -> bool:
    """ "leads by five points" for "by 5 percentage points": poll and rate copy drop the "percentage"; and
    "a 50-point cut" for "50 basis points", as rate copy drops the "basis"."""
    for points, text, other, other_text in (
        (source_fig, source_text, derived_fig, derived_text),
        (derived_fig, derived_text, source_fig, source_text),
    ):
        if (
            other.kind is Kind.PERCENT
            and other.unit == "percentage point"
            and points.kind is Kind.NUMBER
            and points.unit is None
            and _POINTS_AFTER.match(text, points.end)
            and isinstance(other.value, float)
            and isinstance(points.value, float)
        ):
            in_basis_points = _BASIS_POINTS.search(other_text, other.start, other.end + 16) is not None
            # ... or where the story of the bare points counts in basis points ("lifted rates 200 basis
            # points ..., after a record 400-point rise" for "4 percentage points")
            scales = (100.0,) if in_basis_points else (1.0, 100.0) if _BASIS_POINTS.search(text) else (1.0,)
            if any(abs(points.value - other.value * k) <= 1e-9 * max(1.0, points.value) for k in scales):
                return True
    return False


_BASIS_POINTS = re.compile(r"(?i)\b(?:basis|bps?)\b")


_RISE_WORDS: list[str] = table("text")["rise_words"].split()
_FALL_WORDS: list[str] = table("text")["fall_words"].split()
_FALLS = frozenset(_FALL_WORDS)
_FALL_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(_FALL_WORDS)})\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$")


_DIRECTION_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<down>{'|'.join(_FALL_WORDS)})|(?P<up>{'|'.join(_RISE_WORDS)}))"
    r"\s+(?:(?:by|(?P<to>to))\s+)?(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|less\s+than|over|under)\s+)?$"
)


@lru_cache(maxsize=8192)
def _direction_at(text: str, start: int) -> tuple[str | None, bool]:
    """(the word of direction, whether it moves a level *to* the figure) right before `start`: alignment asks
    for each kept pair, and the pattern is long."""
    m = _DIRECTION_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None, False
    return m.group("down") or m.group("up"), m.group("to") is not None


# ... or right after it ("closed 1.2% higher", "a $2.1m loss"), or the result it is named as ("a net loss of
# $2.1m", "a surplus of £3bn"): a loss and a profit of one amount went opposite ways
_LOSS_NOUNS = "|".join(table("text")["loss_nouns"].split())
_PROFIT_NOUNS = "|".join(table("text")["profit_nouns"].split())
_RESULT_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<down>{_LOSS_NOUNS})|(?P<up>{_PROFIT_NOUNS}))\s+of\s+"
    r"(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|less\s+than|over|under)\s+)?$"
)
_DIRECTION_AFTER = re.compile(
    r"(?i)\s+(?:(?P<up>higher|up|"
    + "|".join(table("text")["rise_nouns"].split())
    + r")|(?P<down>lower|down|"
    + "|".join(table("text")["fall_nouns"].split())
    + r"))\b(?!\s+to\b)"
    r"|\s+(?:(?:net|pre-tax|pretax|operating|annual|quarterly)\s+)?"
    rf"(?:(?P<loss>{_LOSS_NOUNS})|(?P<profit>{_PROFIT_NOUNS}))\b"
)
_DOWNWARD = _FALLS | {"lower", "down", *_LOSS_NOUNS.split("|"), *table("text")["fall_nouns"].split()}


@lru_cache(maxsize=8192)
def _direction_around(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """(the word of direction, whether the figure is a level) around a figure: a result ("a loss of $2m",
    "a $2m loss") is a level, as "fell to 3%" is."""
    word, level = _direction_at(text, start)
    if word is not None:
        return word, level
    named = _RESULT_BEFORE.search(text, max(0, start - 40), start)
    if named is not None:
        return named.group("down") or named.group("up"), True
    after = _DIRECTION_AFTER.match(text, end)
    if after is None:
        return None, False
    word = next(w for w in after.group("up", "down", "loss", "profit") if w)
    return word, any(after.group("loss", "profit"))


def direction(fig: Figure, text: str) -> str | None:
    """The word that says which way a figure moved, right before it ("fell 3%", "rose by about $2bn") or
    after it ("1.2% higher"), or the result it is ("a loss of $2m"); None where no such word stands there."""
    return _direction_around(text, fig.start, fig.end)[0]


def _says_level(fig: Figure, text: str) -> bool:
    """Whether the direction word moves a level to the figure ("fell to 3%") or names it ("a loss of $2m")
    rather than moving by it."""
    return _direction_around(text, fig.start, fig.end)[1]


def level_said_as_change(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("the level it rose to", "how much it rose") where one version moves a level to the figure
    ("unemployment rose to 5%") and the other moves by it ("unemployment rose 5%"): one value, two facts."""
    x, y = direction(a, a_text), direction(b, b_text)
    if x is None or y is None or _says_level(a, a_text) == _says_level(b, b_text):
        return None
    # ... of one subject: "food inflation climbed to 40.66%" is "food prices rose 40.66%", a rate of change
    # being the change
    subject_a, subject_b = _subject_of_move(a, a_text), _subject_of_move(b, b_text)
    if subject_a is None or subject_a != subject_b:
        return None

    def said(word: str, level: bool) -> str:
        way = "fell" if word.lower() in _DOWNWARD else "rose"
        return f"the level it {way} to" if level else f"how much it {way}"

    return said(x, _says_level(a, a_text)), said(y, _says_level(b, b_text))


_SUBJECT_BEFORE_MOVE = re.compile(
    r"(?i)\b([a-z]+)\s+(?:(?:has|have|had|also|then|again|sharply|slightly|steadily|further|only|just|been)\s+)*"
    r"[a-z]+\s+(?:(?:by|to)\s+)?(?:(?:about|around|nearly|almost|some|just|roughly|more\s+than|less\s+than"
    r"|over|under)\s+)?$"
)


def _subject_of_move(fig: Figure, text: str) -> str | None:
    """The noun that moved, right before its verb ("unemployment" of "Unemployment rose to 5%")."""
    m = _SUBJECT_BEFORE_MOVE.search(text, max(0, fig.start - 60), fig.start)
    return fold(m.group(1).lower()) if m else None


# "1,500 jobs, or 8% of its workforce", "17,000 jobs (10% of the total)": a part, its share said after it
_SHARE_OF_IT_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*(?:,\s*or|\(|,\s*about|,\s*some|,\s*roughly)\s+(?:about\s+|some\s+|nearly\s+)?"
    r"(?:\d[\d.]*\s?(?:%|per\s?cent|percent)|(?:a|one|two)[\s-](?:half|third|quarter|fifth|tenth)s?)\s+of\b"
)
# "8% of its 1,500 jobs", "a third of the 900 staff": the whole a share is of
_WHOLE_OF_A_SHARE_BEFORE = re.compile(
    r"(?i)(?:%|per\s?cent|percent|half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\s+of\s+"
    r"(?:its|their|the|his|her|our|all|a)\s+(?:[a-z-]+\s+)?$"
)


# "kept its dividend at 35.8 cents", "held rates at 4.75%", "was unchanged at 2.8%": a level that did not move
_HELD_AT_BEFORE = re.compile(
    r"(?i)\b(?:held|holds|kept|keeps|left|leaves|maintained|stayed|remained|unchanged|steady|flat|stable)\s+"
    r"(?:[\w'’-]+\s+){0,3}?at\s+(?:(?:about|around|some|just)\s+)?$"
)


# "raised its dividend to 35.8 cents", "cut rates to 4%": a level moved to the figure, the thing moved between
_MOVED_TO_BEFORE = re.compile(
    rf"(?i)\b({'|'.join(_RISE_WORDS + _FALL_WORDS)})\s+(?:[\w'’-]+\s+){{0,3}}?to\s+"
    r"(?:(?:about|around|some|just|nearly|almost)\s+)?$"
)


def held_said_as_moved(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("held", "raised") where one version keeps a level where it was ("kept its dividend at 35.8 cents")
    and the other moves it there ("raised its dividend to 35.8 cents"): one value, two facts."""
    for x, x_text, y, y_text, first in ((a, a_text, b, b_text, True), (b, b_text, a, a_text, False)):
        held = _HELD_AT_BEFORE.search(x_text, max(0, x.start - 60), x.start)
        moved = _MOVED_TO_BEFORE.search(y_text, max(0, y.start - 60), y.start) if held else None
        if held is None or moved is None:
            continue
        was, now = held.group().split()[0].lower(), moved.group(1).lower()
        return (was, now) if first else (now, was)
    return None


def part_said_as_whole(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("the part", "the whole") where one version gives a value as a part with its share ("cut 1,500 jobs,
    or 8% of its workforce") and the other as the whole the share is of ("cut 8% of its 1,500 jobs")."""
    for x, x_text, y, y_text, said in ((a, a_text, b, b_text, ("the part", "the whole")),
                                       (b, b_text, a, a_text, ("the whole", "the part"))):  # fmt: skip
        if _SHARE_OF_IT_AFTER.match(x_text, x.end) and _WHOLE_OF_A_SHARE_BEFORE.search(
            y_text, max(0, y.start - 40), y.start
        ):
            return said
    return None


_LEVEL_LEAD = re.compile(r"(?i)\b(?:to|from|at|of)\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$")


def level_for_move_in_points(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """A rate said as a level ("fell to 2.3% from 2.6%") on one side and a move in points on the other ("fell
    0.4 points"), of other values: no restatement of each other, whatever the arithmetic of the move is."""
    if {a.unit, b.unit} != {"percent", "percentage point"} or a.value == b.value:
        return False
    (rate, rate_text), (points, points_text) = sorted(
        ((a, a_text), (b, b_text)), key=lambda pair: pair[0].unit != "percent"
    )
    moved = direction(points, points_text) is not None and not _says_level(points, points_text)
    return moved and bool(_LEVEL_LEAD.search(rate_text, max(0, rate.start - 24), rate.start))


def opposite_directions(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("fell", "rose") where one version says a figure went down and the other up."""
    x, y = direction(a, a_text), direction(b, b_text)
    if x is None or y is None:
        return None
    if _says_level(a, a_text) != _says_level(b, b_text):
        # "prices have risen 193%" (the rise) and "annual inflation dropped to 193%" (the rate's new level):
        # the word moves the figure on one side and a level the figure is on the other
        return None
    if (x.lower() in _DOWNWARD) == (y.lower() in _DOWNWARD):
        return None
    return x, y


def period_compared_named(
    a: Figure, a_figures: Sequence[Figure], b: Figure, b_figures: Sequence[Figure]
) -> bool:
    """ "fell 2.3% in April from March" and "slumped 2.3% month-on-month in April": a comparison with the
    period before, left as words on one side, is the period the other side names, counted from the period
    its own sentence names."""
    for phrase, figures, named in ((a, a_figures, b), (b, b_figures, a)):
        if "unresolved" not in phrase.qualifiers or not PERIOD_ON_PERIOD.search(phrase.surface):
            continue
        if phrase.kind is not Kind.DATE or named.kind is not Kind.DATE or span(named.value) is None:
            continue
        for f in figures:
            if f is phrase or f.kind is not Kind.DATE or f.sentence != phrase.sentence:
                continue
            if span(f.value) is None:
                continue
            try:
                if count_from(str(phrase.value), str(f.value)) == str(named.value):
                    return True
            except ValueError:
                continue
    return False


def score_turned(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "Match ends, Queens Park Rangers 0, Chelsea 1" and "Chelsea beat Queens Park Rangers 1-0": one
    result, said from either side. The set scores of one match are said from one side, all of them: "6-4,
    3-6, 6-7, 6-2" for "6-4, 3-6, 7-6, 6-2" turned the third set, not the point of view."""
    if a.kind is not Kind.SCORE or b.kind is not Kind.SCORE:
        return False
    x, y = str(a.value).split("-"), str(b.value).split("-")
    if not (len(x) == 2 and x[::-1] == y and x[0] != x[1]):
        return False
    run_a, run_b = _score_run(a, a_text), _score_run(b, b_text)
    return len(run_a) < 2 or len(run_b) < 2 or run_b == tuple(_turned(s) for s in run_a)


_SCORE_IN_RUN = r"\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*\(\d{1,2}\s*[-–]\s*\d{1,2}\))?"
# (set scores joined by commas, "and" or only spaces: "4-6, 6-4 and 7-5", "4-6 6-4 6-4")
_SCORE_RUN = re.compile(
    rf"{_SCORE_IN_RUN}(?:\s*,\s*(?:and\s+)?{_SCORE_IN_RUN}|\s+and\s+{_SCORE_IN_RUN}|[^\S\n]+{_SCORE_IN_RUN})+"
)
_A_SET = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}")
_TIE_BREAK = re.compile(r"\s*\([^)]*\)")


def scores_reordered(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """ "4-6, 6-4, 6-4, 6-4" said "6-4 6-4 4-6 6-4": the set scores of a match kept, in another order (not
    the whole run said from the other side), as the two runs in words; None otherwise."""
    if a.kind is not Kind.SCORE or b.kind is not Kind.SCORE:
        return None
    run_a, run_b = _score_run(a, a_text), _score_run(b, b_text)
    if len(run_a) < 2 or run_a == run_b or sorted(run_a) != sorted(run_b):
        return None
    if run_b == tuple(_turned(s) for s in run_a):
        return None
    return ", ".join(run_a), ", ".join(run_b)


def _score_run(fig: Figure, text: str) -> tuple[str, ...]:
    """The set scores of the run a score stands in ("6-4, 3-6, 7-6 (7-5), 6-2"; a tie-break's score in
    brackets is no set), as "x-y" strings, or () for a score said alone."""
    lo = max(0, fig.start - 60)
    for m in _SCORE_RUN.finditer(text, lo, fig.end + 60):
        if m.start() <= fig.start < m.end():
            sets = _A_SET.findall(_TIE_BREAK.sub("", m.group()))
            return tuple(re.sub(r"\s+", "", part).replace("–", "-") for part in sets)
    return ()


def _turned(score: str) -> str:
    return "-".join(reversed(score.split("-")))


# Who won a result, from the words around its score: "Chelsea beat Queens Park Rangers 1-0", "QPR lost 1-0
# to Chelsea", "Chelsea's 1-0 win over QPR". A name is a run of capitalised words.
_WON = (
    r"(?:beat|beats|defeated|defeats|edged|edges|thrashed|thrashes|crushed|crushes|hammered|hammers|routed|"
    r"downed|overcame|stunned|upset|outscored|saw\s+off|swept\s+past|eased\s+past|won\s+against|won\s+over)"
)
_LOST = r"(?:lost|loses|fell|went\s+down|were\s+beaten|was\s+beaten|were\s+defeated|was\s+defeated)"
_RESULT_PATTERNS = (
    # "W beat L 1-0", "W beat L by 3-1"
    (re.compile(rf"(?P<w>{NAME})\s+{_WON}\s+(?P<l>{NAME})\s+(?:by\s+)?$"), None),
    # "L lost 1-0 to W", "L were beaten 3-1 by W"
    (
        re.compile(rf"(?P<l>{NAME})\s+{_LOST}\s+(?:\w+\s+)?$"),
        re.compile(rf"\s+(?:to|by|against)\s+(?P<w>{NAME})"),
    ),
    # "W won 2-1 at L", "W won 2-1 against L"
    (re.compile(rf"(?P<w>{NAME})\s+won\s+$"), re.compile(rf"\s+(?:at|against|over|in)\s+(?P<l>{NAME})")),
    # "W's 1-0 win over L", "a 1-0 win for W over L"
    (
        re.compile(rf"(?P<w>{NAME})(?:'s|’s)\s+$"),
        re.compile(rf"\s+(?:win|victory)\s+(?:over|against)\s+(?P<l>{NAME})"),
    ),
)


def _result(fig: Figure, text: str) -> tuple[str | None, str | None]:
    """(winner, loser) of a score, as far as the words right around it say."""
    before = text[max(0, fig.start - 80) : fig.start]
    for lead, tail in _RESULT_PATTERNS:
        m = lead.search(before)
        if m is None:
            continue
        found = dict(m.groupdict())
        if tail is not None:
            t = tail.match(text, fig.end)
            if t is None:
                continue
            found.update(t.groupdict())
        return found.get("w"), found.get("l")
    return None, None


def winner_swapped(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("won by Chelsea", "won by Queens Park Rangers") where one version names as the winner the side the
    other names as the loser ("Chelsea beat QPR 1-0" -> "QPR beat Chelsea 1-0"); None where the words do not
    say, or the names do not tell (an abbreviation matches nothing, so it never reads as a swap)."""
    if a.kind is not Kind.SCORE or b.kind is not Kind.SCORE:
        return None
    (won_a, lost_a), (won_b, lost_b) = _result(a, a_text), _result(b, b_text)
    if (same_name(won_a, lost_b) or same_name(lost_a, won_b)) and not (
        same_name(won_a, won_b) or same_name(lost_a, lost_b)
    ):
        return f"won by {won_a or 'the other side'}", f"won by {won_b or 'the other side'}"
    return None


def since_as_a_span(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "since 2006" and "over the past 18 years": a time counted from a date to the day of writing, said by
    its start on one side and by its length back from that day on the other."""
    for since, since_text, back in ((a, a_text, b), (b, b_text, a)):
        if since.kind is not Kind.DATE or back.kind is not Kind.DATE or back.low is None:
            continue
        if not SINCE_BEFORE.search(since_text, max(0, since.start - 24), since.start):
            continue
        start, period = span(str(back.low)), span(since.value)
        if start is not None and period is not None and period[0] <= start[0] <= period[1]:
            return True
    return False


_DECADES_COUNTED = re.compile(r"(?i)\bdecades?\s+(?:ago|earlier|before|later|from\s+now|hence)$")


def year_against_decades_counted(a: Figure, b: Figure) -> bool:
    """ "in 1983" on one side and "three decades ago" on the other: a year and the years a count of decades
    reaches, a year said roughly, which can move like one."""
    for year, decades in ((a, b), (b, a)):
        if (
            year.kind is Kind.DATE is decades.kind
            and YEAR_VALUE.fullmatch(str(year.value))
            and decades.low is not None
            and _DECADES_COUNTED.search(" ".join(decades.surface.split()))
        ):
            return True
    return False


def since_against_a_period(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "since 2015" on one side and "between 2016 and 2023" on the other: both say a time from a start on,
    which can move whatever the grain of the date that names it."""
    for since, since_text, period in ((a, a_text, b), (b, b_text, a)):
        if (
            since.kind is Kind.DATE is period.kind
            and period.low is not None
            and since.low is None
            and SINCE_BEFORE.search(since_text, max(0, since.start - 24), since.start)
        ):
            return True
    return False


_MERIDIEM = re.compile(r"(?i)[ap]\.?\s?m\b|\b(?:noon|midday|midnight|morning|afternoon|evening|night)\b")


def either_half_of_the_day(a: Figure, b: Figure) -> bool:
    """ "the polls close at 10:30" and "at 10.30pm": a clock time said without am or pm (and not in 24-hour
    form) is either of the two times twelve hours apart."""
    if a.kind is not Kind.TIME or b.kind is not Kind.TIME:
        return False
    x, y = CLOCK.fullmatch(str(a.value)), CLOCK.fullmatch(str(b.value))
    if x is None or y is None or x[2] != y[2] or abs(int(x[1]) - int(y[1])) != 12:
        return False
    bare = [f for f in (a, b) if not _MERIDIEM.search(f.surface)]
    return len(bare) == 1 and 1 <= int(CLOCK.fullmatch(str(bare[0].value))[1]) <= 12  # type: ignore[index]


def time_said_about(a: Figure, b: Figure) -> bool:
    """ "at 4:17 a.m." said "at about 4am", "7:58 a.m." said "just before 8am": a time of day hedged to the
    hour (or half hour) it rounds to, or bounded by it on the side it lies."""
    if a.kind is not Kind.TIME or b.kind is not Kind.TIME:
        return False
    if "approx" not in b.qualifiers and "bound" not in b.qualifiers:
        return False
    x, y = CLOCK.fullmatch(str(a.value)), CLOCK.fullmatch(str(b.value))
    if x is None or y is None:
        return False
    minutes_a, minutes_b = int(x[1]) * 60 + int(x[2]), int(y[1]) * 60 + int(y[2])
    # (how far `a` lies after `b` around the clock: 11:55 p.m. is five minutes before midnight)
    after = (minutes_a - minutes_b + _HALF_A_DAY) % (2 * _HALF_A_DAY) - _HALF_A_DAY
    step = 60 if y[2] == "00" else 30 if y[2] == "30" else 15 if y[2] in ("15", "45") else 0
    wrong_side = ("below" in b.qualifiers and after > 0) or ("above" in b.qualifiers and after < 0)
    if wrong_side:
        return False  # "just before 8am" is no 8:05
    return step > 0 and abs(after) <= step / 2


_HALF_A_DAY = 12 * 60


_OFFSET_AFTER = re.compile(r"\s+(?P<w>(?P<later>after|later)|before|earlier|ahead\s+of|prior\s+to)\b", re.I)


def opposite_offsets(a: Figure, a_text: str, b: Figure, b_text: str) -> tuple[str, str] | None:
    """("after", "before") where one version puts a length of time after an event and the other before it
    ("a month after the crash" -> "a month before the crash")."""
    if a.kind is not Kind.QUANTITY or b.kind is not Kind.QUANTITY or a.unit not in TIME_UNITS:
        return None
    x, y = _OFFSET_AFTER.match(a_text, a.end), _OFFSET_AFTER.match(b_text, b.end)
    if x is None or y is None or (x.group("later") is None) == (y.group("later") is None):
        return None
    return x.group("w").lower(), y.group("w").lower()


def sign_for_direction(source_fig: Figure, derived_fig: Figure, source_text: str, derived_text: str) -> bool:
    """ "shares were down 4.2%" restated "shares: -4.2%": a fall written as a word on one side and as a
    minus sign on the other."""
    if source_fig.kind is not derived_fig.kind or source_fig.unit != derived_fig.unit:
        return False
    a, b = source_fig.value, derived_fig.value
    if not isinstance(a, float) or not isinstance(b, float) or a == 0 or a != -b:
        return False
    fall, text = (source_fig, source_text) if a > 0 else (derived_fig, derived_text)
    return _FALL_BEFORE.search(text, max(0, fall.start - 40), fall.start) is not None


_GLUED_M = re.compile(r"\d\s?m\b")


def metres_for_millions(a: Figure, b: Figure) -> bool:
    """ "1.5m" read as metres on one side where the other says "1.5 million": business copy abbreviates
    millions as "m", and without a noun after it the extractor cannot tell; the other side can."""
    for m_fig, other in ((a, b), (b, a)):
        if m_fig.unit != "metre" or other.unit == "metre" or not _GLUED_M.search(m_fig.surface):
            continue
        if m_fig.kind is not other.kind and not (m_fig.kind is Kind.QUANTITY and other.kind is Kind.NUMBER):
            continue
        if m_fig.kind is Kind.RANGE:
            return _scaled_equal(m_fig.low, other.low) and _scaled_equal(m_fig.high, other.high)
        return _scaled_equal(m_fig.value, other.value)
    return False


def _scaled_equal(metres: object, other: object) -> bool:
    if metres is None or other is None:
        return metres is None and other is None
    return isinstance(metres, float) and isinstance(other, float) and abs(metres * 1e6 - other) < 1e-6 * other


_SMALL_WORDS = {float(v): w for w, v in {**UNITS, **TENS}.items()}


def states_number(
    text: str, sentences: Sequence[tuple[int, int]], sentence: int, value: object, rest: bool = False
) -> bool:
    """Whether a sentence writes `value` in digits or in words ("one win in their last eight"). `rest`: as
    the part a whole leaves out ("52 lots, with only three failing to sell" says 49 sold)."""
    if not isinstance(value, float) or not sentences:
        return False
    start, end = sentences[min(sentence, len(sentences) - 1)]
    words = [re.escape(f"{value:g}")] + ([_SMALL_WORDS[value]] if value in _SMALL_WORDS else [])
    said = rf"(?i)(?<![\w.,])(?:{'|'.join(words)})(?![\w]|[.,]\d)"
    return re.search(said + (_LEFT_OUT if rest else ""), text[start:end]) is not None


# the words after a number that make it what a whole leaves out ("three failing to sell", "two were not")
_LEFT_OUT = (
    r"(?:\s+[\w-]+){0,3}?\s+(?:fail\w*|not|never|unsold|undecided|without|remain(?:ed|s)?\s+(?:unsold|missing|"
    r"unaccounted)|missing|absent|withdr[ae]wn?|abstain\w*|declined|refused)\b"
)


_LEFT_OUT_AFTER = re.compile(r"(?i)" + _LEFT_OUT)


def said_left_out(fig: Figure, text: str) -> bool:
    """Whether the words after a figure say it counts what a whole leaves out ("three failing to sell",
    "1,400 of the 41,000 starters failed to finish")."""
    return _LEFT_OUT_AFTER.match(text, fig.end) is not None


_SUM_WORDS = re.compile(
    r"(?i)\b(?:together|combined|in total|total(?:led|ed|ing)?|altogether|in all|all told|between them"
    # "a ferry with 336 people on board" for "312 passengers and 24 crew": everyone aboard is a total
    r"|on\s+board|aboard"
    # "4% this year and 4% next year" as "8% over two years"
    r"|over\s+(?:the\s+)?(?:next\s+)?(?:two|three|four|five|\d)\s+years)\b"
    # "taking their spending this month to more than £75m", "bringing the toll to 23": a new total
    r"|\b(?:take|taking|takes|took|bring|bringing|brings|brought|lift|lifting|lifts|push|pushing|pushes)\s+(?:[\w’'-]+\s+){0,6}?to\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some|just)\s+)?[$€£¥]?\d"
)
# ... and "all but 28 of them" for 658, 630 of whom: the rest of a whole ("all but five signed": its words
# say what the others did)
_ALL_BUT = r"all\s+but|except(?:\s+for)?|save\s+for"
ALL_BUT_BEFORE = re.compile(r"(?i)\b(?:" + _ALL_BUT + r")\s+$")
_DIFFERENCE_BEFORE = re.compile(
    # (not "made up 21.6% of registrations", "ended up 2% higher": a phrasal verb's "up" moves nothing)
    r"(?i)\b(?:by|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!ended\s)(?<!took\s)up|down|"
    + _ALL_BUT
    # "an increase of 1 billion tonnes on last year"
    + r"|(?:"
    + _CHANGE_NOUNS
    + r")\s+of"
    # "an extra £9.50 a week"
    + r"|an\s+(?:extra|additional)"
    # (... hedged or bounded: "beat its estimate by more than $14m")
    r")\s+(?:(?:about|around|nearly|almost|some|just|roughly|only|over|under|(?:more|less|fewer)\s+than"
    r"|at\s+least|up\s+to)\s+)?$"
)
# "took a quarter of a second off the record", "wiped $50bn off its value": a move said as what was taken off
_TAKEN_BEFORE = re.compile(
    r"(?i)\b(?:took|takes?|taking|shaved?|shaves|shaving|knocked|knocks?|knocking|clipped|trimmed|lopped"
    r"|wiped|wipes?|wiping)\s+(?:(?:about|around|nearly|almost|some|just|more\s+than|over)\s+)?$"
)
_OFF_AFTER = re.compile(r"\s+off\b")
_DIFFERENCE_AFTER = re.compile(
    r"(?i)\s+(?:\w+\s+)?(?:more|fewer|less|higher|lower|behind|ahead|clear|larger|smaller|bigger|longer|"
    r"shorter|taller|wider|narrower|heavier|lighter|faster|slower|older|younger|cheaper|dearer|greater|"
    # "$190m short of expectations", "£2m over budget"
    r"short|shy|below|above|under|over"
    # "a £6 price rise", "a 5p increase": a move said as a noun
    r"|rise|increase|hike|cut|drop|fall|reduction|gain|jump|decline)\b"
)
# "up from $799": the level before a change, which is the later level minus the change, whatever their sizes
_EARLIER_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rising|falling|compared|against)?\s*(?:with\s+)?from\s+$"
)


def said_as_sum(fig: Figure, text: str) -> bool:
    """Whether the words around a figure call it a total ("together", "taking the toll to 23")."""
    return bool(_SUM_WORDS.search(text, max(0, fig.start - 60), min(len(text), fig.end + 40)))


def says_arithmetic(fig: Figure, text: str, how: str, parts: Sequence[Figure]) -> bool:
    """Whether the words around a figure say it is a sum ("together recorded 695") or a difference ("fell by
    9", "9 fewer cases"), as `how` (a derivation of it from `parts`) claims: without them an equal sum is a
    coincidence. A difference is a change of one measure, so its parts are of one size: "won by 24 runs" is
    not 27 minus three."""
    if f" {SUM} " in how or f" {PRODUCT} " in how:
        return said_as_sum(fig, text)
    values = [p.value for p in parts if isinstance(p.value, float)]
    if f" {DIFFERENCE} " in how and len(values) == 2 and isinstance(fig.value, float):
        if _EARLIER_LEVEL_BEFORE.search(text, max(0, fig.start - 24), fig.start):
            return True
        if min(abs(v) for v in values) < abs(fig.value) / 4:
            return False
        return bool(
            _DIFFERENCE_BEFORE.search(text, max(0, fig.start - 20), fig.start)
            or _DIFFERENCE_AFTER.match(text, fig.end)
            or _taken_off(fig, text)
        )
    return False


def _taken_off(fig: Figure, text: str) -> bool:
    """ "took a quarter of a second off the record": a move said as what a verb took off, which no word
    before the figure alone calls a move ("10 kilometres off the coast" is none)."""
    return bool(
        _OFF_AFTER.match(text, fig.end) and _TAKEN_BEFORE.search(text, max(0, fig.start - 24), fig.start)
    )


def said_as_difference(fig: Figure, text: str) -> bool:
    """Whether a figure is itself a margin or a move ("won by four strokes", "12 fewer"): no part of another
    difference, which would be that margin said again ("by three shots" is not 7 under par less four)."""
    if fig.kind in (Kind.ORDINAL, Kind.DATE, Kind.TIME, Kind.CODE, Kind.SCORE):
        return False  # "the 19th straight day above 110F" ranks a day; "by 218 votes to 214" is a result
    after = _DIFFERENCE_AFTER.match(text, fig.end)
    if after is not None:
        return not _TO_ANOTHER_AFTER.match(text, after.end())  # (not "above 110F": a threshold)
    # (not the first side of a result: "leads by 47% to 44%")
    before = _DIFFERENCE_BEFORE.search(text, max(0, fig.start - 20), fig.start)
    return (before is not None and not _TO_ANOTHER.match(text, fig.end)) or _taken_off(fig, text)


def said_as_a_move(fig: Figure, text: str) -> bool:
    """Whether the words before or after a figure call it a move ("up by £110", "58,000 fewer"), whatever
    follows: "rose by £110 to £1,830" says the move and then the level it reached, which
    `said_as_difference` takes for the two sides of a result."""
    if fig.kind in (Kind.ORDINAL, Kind.DATE, Kind.TIME, Kind.CODE, Kind.SCORE):
        return False
    return bool(
        _DIFFERENCE_AFTER.match(text, fig.end)
        or _DIFFERENCE_BEFORE.search(text, max(0, fig.start - 20), fig.start)
        or _MOVED_BEFORE.search(text, max(0, fig.start - 24), fig.start)
        or _taken_off(fig, text)
    )


def annual_rate(fig: Figure, text: str) -> bool:
    """Whether a share is a rate that is a change on a year earlier by what it is called: "inflation was 2.2%"
    says "prices rose 2.2% from a year earlier" ("monthly inflation" or "month-on-month" say another base)."""
    if fig.kind is not Kind.PERCENT:
        return False
    clause = re.split(r"[.;]", text[max(0, fig.start - 60) : fig.start])[-1]
    return bool(_ANNUAL_RATE.search(clause)) and not _OTHER_BASE.search(clause)


_ANNUAL_RATE = re.compile(r"(?i)\b(?:inflation|annual|annualised|annualized)\b")
_OTHER_BASE = re.compile(r"(?i)\b(?:month|monthly|quarter|quarterly|week|weekly)\b")


# "rises 50p", "fell $4": a verb of moving right before the amount it moved by
_MOVED_BEFORE = re.compile(
    r"(?i)\b(?:"
    + "|".join(_RISE_WORDS + _FALL_WORDS)
    + r")\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$"
)


# "340,000 of the increase", "£2bn of that rise": a part of a move said just before
_OF_THE_MOVE = re.compile(r"(?i)\s+of\s+(?:the|this|that|its|their)\s+(?:" + _CHANGE_NOUNS + r"|growth)\b")
MOVE_NOUNS = frozenset(fold(w) for w in [*_CHANGE_NOUNS.split("|"), "growth"])


def parts_of_a_move(figures: Sequence[Figure], text: str) -> list[tuple[Figure, Figure]]:
    """(part, move) for each figure the text says is part of a move of its kind and unit it gave in that
    sentence or the one before ("rose by 412,000 ... Net migration accounted for about 340,000 of the
    increase"): the move is the whole a share of the move is of ("four-fifths of the rise")."""
    pairs = []
    for i, part in enumerate(figures):
        if not isinstance(part.value, float) or not _OF_THE_MOVE.match(text, part.end):
            continue
        move = next(
            (
                f
                for f in reversed(figures[:i])
                if part.sentence - 1 <= f.sentence <= part.sentence
                and f.kind is part.kind
                and f.unit == part.unit
                and said_as_difference(f, text)
            ),
            None,
        )
        if move is not None and isinstance(move.value, float) and 0 < part.value < move.value:
            pairs.append((part, move))
    return pairs


_TO_ANOTHER = re.compile(r"\s+to\s+[\d$€£¥]")
_TO_ANOTHER_AFTER = re.compile(r"\s+(?:than\s+)?[\d$€£¥]")


_COORDINATED = re.compile(r"\s+[a-z]+(?:\s+[A-Za-z]+){0,3},?\s+and\s+$")
_NOUN_LEFT_OUT = re.compile(
    r"\s+(?:of|in|on|at|under|for|from|more|others?|were|was|are|have|had|with|by|as)\b|\s*[,.;:)]|\s*$"
)


_FURTHER_BEFORE = re.compile(
    r"(?i)\b(?:a\s+further|another|an\s+additional|an\s+extra"
    # "$100,000 plus a $50,000 bonus", "prize money of $100,000, boosted by a $50,000 bonus", "a bonus on top
    # of her $100,000 prize"
    r"|(?:plus|(?:boosted|topped\s+up|swelled)\s+by|on\s+top\s+of)(?:\s+(?:an?|the|his|her|its|their))?"
    # "an initial 34 million euros, with up to 27.5 million euros in add-ons"
    r"|(?<=,\s)with(?=\s+(?:up\s+to|as\s+much\s+as|potentially)\b))\s+"
    # "plus up to 8 million pounds in add-ons": a bound on the part it adds
    r"(?:(?:up\s+to|as\s+much\s+as|potentially|a\s+possible|about|around|some|nearly|almost)\s+)?$"
)


def parts_add_up(text: str, parts: Sequence[Figure]) -> bool:
    """Whether two source figures of a sentence are parts of one whole, so that a rewrite may give their sum
    without saying it adds them up: the second leaves its noun to the first ("23 counts of theft and two of
    fraud" for "25 charges", "41 berths in service and 16 under construction"), or says it comes on top
    ("an initial €34 million, with a further €27.5 million in add-ons" for "up to €61.5m"). Three parts make
    a list the same way: "12 stores in Scotland, 8 in Wales and 40 in England" for "60 stores"."""
    if len(parts) == 3:
        a, b, c = sorted(parts, key=lambda f: f.start)
        return (
            a.kind is b.kind is c.kind
            and a.unit == b.unit == c.unit
            and a.sentence == b.sentence == c.sentence
            and _LIST_COMMA.fullmatch(text, a.end, b.start) is not None
            and _COORDINATED.fullmatch(text, b.end, c.start) is not None
            and _NOUN_LEFT_OUT.match(text, c.end) is not None
        )
    if len(parts) != 2:
        return False
    a, b = sorted(parts, key=lambda f: f.start)
    if a.kind is not b.kind or a.unit != b.unit:
        return False
    if a.sentence != b.sentence:
        return further_part(text, a, b)
    if _FURTHER_BEFORE.search(text, max(0, b.start - 24), b.start) or _MORE_AFTER.match(text, b.end):
        return True
    return (
        _COORDINATED.fullmatch(text, a.end, b.start) is not None
        and _NOUN_LEFT_OUT.match(text, b.end) is not None
    )


_LIST_COMMA = re.compile(r"\s+[a-z]+(?:\s+[A-Za-z]+){0,3},\s+$")


def further_part(text: str, a: Figure, b: Figure) -> bool:
    """Whether `b` is said to come on top of `a`, said a few sentences before it: "signed him for a fee of
    £32 million ... Villarreal will receive a further £3 million in add-ons"."""
    return (
        a.kind is b.kind
        and a.unit == b.unit
        and 0 < b.sentence - a.sentence <= _FURTHER_REACH
        and _FURTHER_BEFORE.search(text, max(0, b.start - 24), b.start) is not None
    )


_FURTHER_REACH = 4  # sentences
# ... or after it: "operates 20 data centres and plans to add nine more"
_MORE_AFTER = re.compile(r"(?i)\s+(?:more|extra|additional)\b(?!\s+than\b)")
_TWO_NOUNS_AFTER = re.compile(r"(?i)[^\S\n]+([a-z]+)(?:,|\s+and|\s+or)?\s+(?:and\s+|or\s+)?([a-z]+)")


def names_each_part(fig: Figure, text: str, parts: Sequence[Figure], source_text: str) -> bool:
    """Whether a sum names what each of its parts counts: "64 passengers and crew" for "60 passengers and
    four crew", "nine gold and silver medals" is not said of medals alone."""
    if len(parts) != 2:
        return False
    # "about 117,000 people" for "80,000 women and 37,000 men": people, of two groups that make them up
    if _PEOPLE_AFTER.match(text, fig.end) and people_in_two_groups(parts, source_text):
        return True
    # "two smaller parties, which won 12 and nine seats respectively" for "21 seats": two counts joined by
    # "and" before the one noun both count, which the sum counts too
    a, b = sorted(parts, key=lambda f: f.start)
    if (
        a.sentence == b.sentence
        and _AND_ONLY.fullmatch(source_text, a.end, b.start)
        and (noun := counted_noun(b, source_text)) is not None
        and counted_noun(fig, text) == noun
    ):
        return True
    nouns = {counted_noun(p, source_text) for p in parts}
    if None in nouns or len(nouns) != 2:
        return False
    m = _TWO_NOUNS_AFTER.match(text, fig.end)
    return m is not None and {fold(m.group(1).lower()), fold(m.group(2).lower())} == nouns


def people_in_two_groups(parts: Sequence[Figure], text: str) -> bool:
    """Whether two counts count the two groups that together make up people ("62 passengers and five crew",
    "80,000 women and 37,000 men")."""
    groups = {word.group(1).lower() for p in parts if (word := _WORD_AFTER.match(text, p.end)) is not None}
    return any(groups == set(pair) for pair in _PEOPLE_IN_TWO)


_AND_ONLY = re.compile(r"\s+and\s+")
_PEOPLE_AFTER = re.compile(r"(?i)\s+(?:people|persons|adults|participants|individuals|volunteers)\b")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_PEOPLE_IN_TWO = tuple(tuple(pair) for pair in table("text")["people_in_two"])


def sum_naming_each_part(
    fig: Figure, text: str, source: Sequence[Figure], source_text: str
) -> tuple[str, tuple[Figure, ...]] | None:
    """`fig` as the sum of two counts of one source sentence whose nouns it names ("64 passengers and crew"
    for "60 passengers and four crew"), before any other arithmetic that reaches its value ("67 people ...
    and three soldiers")."""
    if (
        fig.kind is not Kind.NUMBER
        or not isinstance(fig.value, float)
        or not (_TWO_NOUNS_AFTER.match(text, fig.end) or _PEOPLE_AFTER.match(text, fig.end))
    ):
        return None
    counts = [f for f in source if f.kind is Kind.NUMBER and isinstance(f.value, float) and not f.unit]
    for i, a in enumerate(counts):
        for b in counts[i + 1 :]:
            if (
                a.sentence == b.sentence
                and a.value + b.value == fig.value  # type: ignore[operator]
                and names_each_part(fig, text, (a, b), source_text)
            ):
                return f"{fig.surface} {SUM} {a.surface}, {b.surface}", (a, b)
    return None


# (a name may take "the": "Poland, Romania, the Czech Republic and Austria")
_LISTED = rf"(?:the\s+)?{NAME}"
_LIST = re.compile(rf"{NAME}(?:,\s+{_LISTED})*,?\s+and\s+{_LISTED}")


def named_lists(text: str) -> dict[int, str]:
    """The lists of names a text gives ("Burkina Faso, Kenya, Mali and Tanzania"), first of each length."""
    lists: dict[int, str] = {}
    for m in _LIST.finditer(text):
        lists.setdefault(len(re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group())), m.group())
    return lists


def counted_list(fig: Figure, text: str, lists: dict[int, str]) -> str | None:
    """The source list (from `named_lists`) that a derived count counts: "four African countries" for
    "Burkina Faso, Kenya, Mali and Tanzania". None unless the count counts a noun and a list has that many."""
    if not counts_a_noun(fig, text) or not isinstance(fig.value, float) or not 2 <= fig.value <= 12:
        return None
    found = lists.get(int(fig.value)) if fig.value == int(fig.value) else None
    if found is not None and "," not in found and counted_noun(fig, text) not in _NAMED_THINGS:
        # two names joined by "and" are often one ("US Food and Drug Administration", "Marks and Spencer"):
        # only a count of things with names ("two countries") counts them
        return None
    return found


def sets_counted(fig: Figure, text: str, source_figures: Sequence[Figure], source_text: str) -> str | None:
    """The set scores of one source sentence a derived count of sets counts ("beat Sinner 6-4, 3-6, 7-6
    (7-4), 6-3" for "in four sets"; a tie-break's score in brackets is no set), or None."""
    if (
        not isinstance(fig.value, float)
        or not 2 <= fig.value <= 5
        or counted_noun(fig, text) not in ("set", "sets")
    ):
        return None
    by_sentence: dict[int, list[Figure]] = {}
    for f in source_figures:
        if f.kind is Kind.SCORE and source_text[f.start - 1 : f.start] != "(":
            by_sentence.setdefault(f.sentence, []).append(f)
    return next(
        (", ".join(f.surface for f in scores) for scores in by_sentence.values() if len(scores) == fig.value),
        None,
    )


# what a count of a list of names may count
_NAMED_THINGS = frozenset(
    {
        "country", "nation", "state", "city", "town", "region", "province", "company", "firm", "business",
        "team", "club", "party", "bank", "airline", "player", "candidate", "member", "university", "school",
        "hospital",
    }
)  # fmt: skip


_DEADLINE_BEFORE = re.compile(
    r"(?i)\b(?P<w>before|by|until|till|through)\s+(?:the\s+end\s+of\s+|(?:early|mid|late)[\s-]+)?$"
)


def _deadline(fig: Figure, text: str) -> date | None:
    """The last day a date figure allows when it is a deadline: "before 2031" is Dec. 31, 2030, "by 2030"
    and "until 2030" are Dec. 31, 2030; a period ("within the next five years") ends on its last day."""
    if fig.kind is not Kind.DATE:
        return None
    whole = span(fig.value)
    if whole is None:
        return None
    if isinstance(fig.low, str) and isinstance(fig.high, str):
        return whole[1]
    m = _DEADLINE_BEFORE.search(text, max(0, fig.start - 24), fig.start)
    if m is None:
        return None
    return whole[0] - timedelta(days=1) if m.group("w").lower() == "before" else whole[1]


def same_deadline(a: Figure, b: Figure, a_text: str, b_text: str) -> bool:
    """ "within the next five years" (from Jan. 15, 2026) restated "before 2031": one deadline, to within a
    month. Only a period against a deadline word counts, not two plain dates."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return False
    periods = [f for f in (a, b) if isinstance(f.low, str) and isinstance(f.high, str)]
    if len(periods) != 1:
        return False
    da, db = _deadline(a, a_text), _deadline(b, b_text)
    if da is None or db is None:
        return False
    # a period counted in years from the day of writing ("within six years", "over the next two years")
    # ends at the year's precision: "by 2030" is the same deadline said from June 2024
    low, high = span(periods[0].value) or (da, da)
    return abs((da - db).days) <= (366 if (high - low).days >= 365 else 31)


_AGE_AFTER = re.compile(r"[\s-]*(?:years?[\s-]+)?old\b", re.IGNORECASE)


_AGE_GROUP_WORDS = re.compile(r"(?i)(?:over|under)[-‐]")


def age_group_as_ages(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "the over-65s" and "people aged 65 and over": one group, named by its bound or by its ages."""
    group, ages, ages_text = (a, b, b_text) if a.kind is Kind.NUMBER else (b, a, a_text)
    if group.kind is not Kind.NUMBER or ages.kind is not Kind.QUANTITY or ages.unit != "year":
        return False
    if not _AGE_GROUP_WORDS.match(group.surface) or group.value != ages.value:
        return False
    side = "above" if "above" in group.qualifiers else "below"
    return side in ages.qualifiers and is_age(ages, ages_text)


_NAMED_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s+$")
_LENGTH_BEFORE = re.compile(
    r"(?i)\bfor\s+(?:(?:up\s+to|more\s+than|nearly|almost|about|around|over|at\s+least)\s+)?$"
)


def age_for_a_length(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "Darren Pike, 47," and "jailed for 47 years": an age in apposition to a name, and a length of time
    "for" which something lasts, are one value but no one figure."""
    for bare, bare_text, measured, measured_text in ((a, a_text, b, b_text), (b, b_text, a, a_text)):
        if (
            measured.unit == "year"
            and age_in_apposition(bare, bare_text)
            and _LENGTH_BEFORE.search(measured_text, max(0, measured.start - 24), measured.start)
        ):
            return True
    return False


def age_in_apposition(fig: Figure, text: str) -> bool:
    """ "Daniel Hughes, 34, stabbed ...": a bare number between commas after a name is the name's age."""
    return (
        fig.unit is None
        and _NAMED_BEFORE.search(text, max(0, fig.start - 40), fig.start) is not None
        and text[fig.end : fig.end + 1] == ","
    )


_COUNT_OF_TIMES = re.compile(r"(?i)\btimes$")


def age_against_times(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "Daniel Hughes, 34," and "stabbed her 40 times": an age and a count of times are no one figure."""
    return any(
        age_in_apposition(age, age_text) and times.unit is None and _COUNT_OF_TIMES.search(times.surface)
        for age, age_text, times in ((a, a_text, b), (b, b_text, a))
    )


# how many times apart an age and a count may be and still be one figure restated
_AGE_AGAINST_COUNT_RATIO = 3.0


def age_against_a_count(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "some 2.7 million people" and "the minimum wage for over-21s": an age or an age group, and a count far
    from it that is neither, are no one figure, whatever their sentences share."""
    return sizes_apart(a, b, _AGE_AGAINST_COUNT_RATIO) and _an_age(a, a_text) != _an_age(b, b_text)


def sizes_apart(a: Figure, b: Figure, ratio: float) -> bool:
    """Whether two figures' values are more than `ratio` times apart (neither zero): too far for one to be
    the other restated, whatever their words share."""
    x, y = a.value, b.value
    if not isinstance(x, float) or not isinstance(y, float) or not x or not y:
        return False
    return max(abs(x), abs(y)) / min(abs(x), abs(y)) > ratio


def _an_age(fig: Figure, text: str) -> bool:
    return is_age(fig, text) or age_in_apposition(fig, text) or bool(_AGE_GROUP_WORDS.match(fig.surface))


def is_age(fig: Figure, text: str) -> bool:
    """Whether a figure in years is someone's age: "21-year-old", "aged 20", "at the age of 84"."""
    return bool(
        _AGE_AFTER.match(text, fig.end) or AGED_BEFORE.search(text, max(0, fig.start - 12), fig.start)
    )
