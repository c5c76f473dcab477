"""Figures a rewrite may state that the source implies: simple arithmetic on the source's own figures.

"23 of 32" supports "72%" and "nearly three-quarters"; "a third" supports "33%"; a rise "from 3% to 5%"
supports "2 percentage points"; parts that sum to a total support the total; "since 1993" supports "in three
decades" when the story is from 2025, and "between 2016 and 2022" supports "six years"; "0.75%, half its
previous forecast" supports "1.5%". An added figure that one of these derivations explains is not
invented, and the finding says how it follows.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import chain, combinations

from factcheck.calendar import CLOCK, DAY_VALUE, MONTH_VALUE, WEEK_DAYS, YEAR_VALUE, YEARS_VALUE
from factcheck.calendar import span as calendar_span
from factcheck.conversions import convert
from factcheck.extract.numbers import format_value
from factcheck.model import Figure, Kind
from factcheck.rounding import (
    BOUND_MAX_RELATIVE,
    ROUNDING_MAX_RELATIVE,
    beyond_bound,
    stated_unit,
    within_precision,
)

# How a sum and a difference are said: the alignment reads a derivation's kind from these words.
SUM = "is the sum of"
DIFFERENCE = "is the difference between"
RATIO = "is the ratio of"
PRODUCT = "is the product of"
SHARE = "is the share"
FOLLOWS = "follows from"
CHANGE = "is the change from"
MOVE = "is the move of"
AMOUNT_OF = "is the amount of"
LATER = "plus"
GIVE_OR_TAKE = "give or take"
BEFORE_THE_CHANGE = "before the change of"
COUNTED_FROM = "is counted from"
HOLDS = "holds"
REST = "is the rest of 100% after"
YEARS_OF = "is the years of"
PER_YEAR = "a year is"
LEFT_OF = "is what is left of"
PER_PERIOD = "is the amount for each"
AGE_REACHED = "is the year of age"


# a qualifier only `derivation` gives: the figure read as said exactly, to the last digit
_EXACT = "exact"


_SHARE_OF = "is {part} of {whole}"


def _amount_of_a_share(added: Figure, part: Figure, whole: Figure) -> str:
    return f"{added.surface} {_SHARE_OF.format(part=part.surface, whole=whole.surface)}"


def amount_of_a_share(how: str, parts: Sequence[Figure]) -> bool:
    """Whether a derivation is the amount a share makes of a whole ("nine years and four months is
    two-thirds of 14 years", parts whole first), which says the share to whoever keeps the whole."""
    return len(parts) == 2 and how.endswith(
        " " + _SHARE_OF.format(part=parts[1].surface, whole=parts[0].surface)
    )


# The shapes of values the arithmetic reads, compiled once: they are tested for every figure of a story.
_SCORE_VALUE = re.compile(r"(\d+)-(\d+)")
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_DECADE_VALUE = re.compile(r"\d{3}0s")
_NOT_DIGITS = re.compile(r"\D")
_DIGITS = re.compile(r"\d+")


def _num(fig: Figure) -> float | None:
    return float(fig.value) if isinstance(fig.value, float) else None


def _peer(fig: Figure, added: Figure) -> bool:
    """Whether `fig` counts the same way as `added`, for arithmetic: of its kind and unit, or the part of a
    count for a bare number ("won 142 of the 300 seats, short of the 151 needed" for "nine short")."""
    if fig.unit != added.unit:
        return False
    return fig.kind is added.kind or (added.kind is Kind.NUMBER and fig.kind is Kind.COUNT)


def _close(exact: float, stated: Figure) -> bool:
    """The stated figure equals an exact derived value, as written or rounded (looser when hedged). A bound
    holds on its own side only, as loosely as a hedge: "more than half a century" for 57 years, not 48."""
    value = _num(stated)
    if value is None:
        return False
    if abs(value - exact) <= 1e-9 * max(1.0, abs(exact)):
        return True
    if _EXACT in stated.qualifiers:
        return False
    if "bound" in stated.qualifiers:
        # a bound on a multiple of five is as round as the fives ("more than 25 years" for 27)
        fives = 5.0 if _multiple_of_five(value, stated.surface) else 1.0
        # ... and "nearly", "almost" say it falls short by little, as a hedge does: "nearly double" is no
        # ratio of 1.6, "nearly half" no 40%
        reach = ROUNDING_MAX_RELATIVE if "approx" in stated.qualifiers else BOUND_MAX_RELATIVE
        if (
            _hedged_word_multiple(stated)
            and value > 1
            and not beyond_bound(exact, value, stated.qualifiers)
            and value - exact <= _NEARLY_A_MULTIPLE
        ):
            # ... though a multiple in words is a whole one, and "nearly doubled" says the last quarter of the
            # way to it too (2.9 million to 5.2 million), as "nearly three times" does 2.8
            return True
        if (
            "approx" in stated.qualifiers
            and stated.kind in _DIGIT_KINDS
            and stated.unit != "times"
            and not beyond_bound(exact, value, stated.qualifiers)
            and within_precision(exact, value, stated.surface, 0.5)
            and abs(value - exact) <= BOUND_MAX_RELATIVE * abs(exact)
        ):
            # ... and "nearly", "almost" fall short of a figure of one significant digit by up to its own
            # last place: "nearly a degree above the old record" for 0.8 degrees (but "nearly half" is a
            # fraction, and no 40%, and "nearly double" a multiple, no 1.6)
            return True
        return (
            not beyond_bound(exact, value, stated.qualifiers)
            and within_precision(exact, value, stated.surface, fives, bounded=True)
            and abs(value - exact) <= reach * abs(exact)  # "up to 1,000" is no bound on 4
        )
    if stated.unit == "times" and not any(ch.isdigit() for ch in stated.surface):
        # a multiple in words ("doubled", "tripled", "halved") has no last place to round to: it says the
        # ratio to within a few per cent (a hedge, to within a rounding), and 1.5 is no doubling
        reach = ROUNDING_MAX_RELATIVE if "approx" in stated.qualifiers else _WORD_MULTIPLE_REACH
        return abs(value - exact) <= reach * abs(value)
    if within_precision(exact, value, stated.surface, 0.5):
        return True  # rounded to its own last place: "about 3%" for 2.6%
    # a hedge widens the rounding to a whole place, but not past what a rounding may move a figure: "about
    # 40%" is a place from a third, yet no one rounds 33% to 40%
    return (
        "approx" in stated.qualifiers
        and within_precision(exact, value, stated.surface, 1.0)
        and abs(value - exact) <= ROUNDING_MAX_RELATIVE * abs(exact)
    )


_DECADE = re.compile(r"\d{3}0s")


def _within_lengths(shortest: float, longest: float, added: Figure) -> bool:
    """Whether a length of time the derived text says fits one from `shortest` to `longest`: a bound on
    its side of some of them, an exact length among them."""
    value = _num(added)
    if value is None:
        return False
    if "above" in added.qualifiers:
        return value < longest
    if "below" in added.qualifiers:
        return value > shortest
    return shortest <= value <= longest


_WORD_MULTIPLE_REACH = 0.05
_DIGIT_KINDS = (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY, Kind.PERCENT)
_NEARLY_A_MULTIPLE = 0.25


def _hedged_word_multiple(fig: Figure) -> bool:
    """ "nearly double", "almost tripled": a multiple in words with a hedge, said with no digit."""
    return fig.unit == "times" and "approx" in fig.qualifiers and not any(ch.isdigit() for ch in fig.surface)


_LEAST_MARGIN = 10


def _small_bare_count(fig: Figure) -> bool:
    """A number under ten with no unit: any sentence may hold two, which make changes by chance."""
    return fig.unit is None and isinstance(fig.value, float) and abs(fig.value) < _SMALL_COUNT


_SMALL_COUNT = 10


def margin_of_a_score(added: Figure, score: Figure) -> tuple[str, tuple[Figure, ...]] | None:
    """`added` as the margin between the two sides of a score or a vote ("a majority of 114" for "312 votes
    to 198"), or None."""
    sides = score_sides(score)
    if not sides or abs(sides[0] - sides[1]) != added.value:
        return None
    margin = f"{format_value(sides[0])} and {format_value(sides[1])}"
    return f"{added.surface} {DIFFERENCE} {margin}, the two sides of {score.surface}", (score,)


def score_sides(fig: Figure) -> tuple[float, float] | None:
    """The two numbers of a score or a vote ("7-2"), or None."""
    if fig.kind is not Kind.SCORE:
        return None
    m = _SCORE_VALUE.fullmatch(str(fig.value))
    return (float(m.group(1)), float(m.group(2))) if m else None


_DECIMALS = re.compile(r"\.(\d+)")
# how far apart in size a bare number and the measure whose unit it carries may be
_CARRIED_UNIT_RATIO = 1.5


def _decimals(surface: str) -> int:
    m = _DECIMALS.search(surface)
    return len(m.group(1)) if m else 0


def _carries_the_unit(fig: Figure, added: Figure, source: Sequence[Figure]) -> bool:
    """ "won in 50.37 seconds ... beating the previous mark of 50.68": a bare number of a sentence that gives
    a measure in the unit of `added`, of its size and written to its decimal places, is in that unit."""
    if added.kind is not Kind.QUANTITY or fig.kind is not Kind.NUMBER or fig.unit is not None:
        return False
    x = _num(fig)
    if not x:
        return False
    return any(
        measure.sentence == fig.sentence
        and measure.kind is Kind.QUANTITY
        and measure.unit == added.unit
        and (y := _num(measure))
        and 1 / _CARRIED_UNIT_RATIO <= x / y <= _CARRIED_UNIT_RATIO
        and _decimals(measure.surface) == _decimals(fig.surface)
        for measure in source
    )


def _comparable_sizes(values: Sequence[float | None]) -> bool:
    """Whether each part of a sum or difference is at least a hundredth of the largest: "$2.17 billion, or 72
    cents a share" adds up to "$2.17bn" only as a rounding does, which explains nothing."""
    sizes = [abs(v or 0.0) for v in values]
    return min(sizes) >= 0.01 * max(sizes)


def _multiple_of_five(value: float, surface: str) -> bool:
    """ "25", "150", "2.5 million": a figure whose last written digit is a five or a zero."""
    steps = value / stated_unit(value, surface, bounded=True)
    return abs(steps - round(steps)) < 1e-9 and round(steps) % 5 == 0


def _near(exact: float, stated: Figure) -> bool:
    """Closer than `_close` for a product of two figures, which a coarse figure ("£1m", "$2bn") would meet by
    chance: within 1% (5% when hedged), and to the stated figure's own last place ("542 deaths" is no 524
    divided by 96%, 545.8)."""
    hedged = "approx" in stated.qualifiers
    value = _num(stated)
    return (
        _near_value(exact, value, hedged)
        and value is not None
        and within_precision(
            exact, value, stated.surface, 1.0 if hedged or "bound" in stated.qualifiers else 0.5
        )
    )


def _near_value(exact: float, value: float | None, hedged: bool) -> bool:
    if value is None or not exact:
        return False
    return abs(value - exact) <= (0.05 if hedged else 0.01) * abs(exact)


def _spans(low: float, high: float, stated: Figure) -> bool:
    """Whether a range figure's bounds are `low` and `high`, as `_near` holds a figure to an exact value."""
    hedged = "approx" in stated.qualifiers
    return (
        isinstance(stated.low, float)
        and isinstance(stated.high, float)
        and _near_value(low, stated.low, hedged)
        and _near_value(high, stated.high, hedged)
    )


def _percent(share: float) -> str:
    """A share as a percent to one decimal, or to two significant digits when smaller ("1 in 10,000" is
    0.01%, not 0%)."""
    pct = 100 * share
    return f"{format_value(round(pct, 1) if abs(pct) >= 1 else float(f'{pct:.2g}'))}%"


def _shares(fig: Figure) -> Iterator[tuple[float, str]]:
    """A source figure read as a share of a whole (0..1), with how to say it."""
    if fig.kind is Kind.COUNT and fig.total:
        share = float(fig.value) / fig.total  # type: ignore[arg-type]
        yield share, f"{fig.surface} = {_percent(share)}"
    elif fig.kind is Kind.FRACTION and isinstance(fig.value, float):
        yield fig.value, f"{fig.surface} = {_percent(fig.value)}"
    elif fig.kind is Kind.PERCENT and fig.unit == "percent" and isinstance(fig.value, float):
        yield fig.value / 100, f"{fig.surface} = {format_value(round(fig.value / 100, 4))}"


# how near a bound must lie to the figure it is said of to be said of it ("fewer than six in ten" for 58.6%)
_BOUND_NEAR = 0.1


def _bound_on(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "Fewer than six in ten patients, 58.6%, were seen": a bound that a source figure (of its kind and
    unit, or a share said another way) lies inside and near adds nothing; of several, the nearest."""
    if "bound" not in added.qualifiers:
        return None
    own_shares = [share for share, _ in _shares(added)]
    fits = []
    side = "above" if "above" in added.qualifiers else "below"
    for fig in source:
        # a source bound on the same side holds a weaker one: "more than 30 hours" says "more than a day"
        same_side = "bound" in fig.qualifiers and side in fig.qualifiers
        if "bound" in fig.qualifiers and not same_side:
            continue
        pairs: list[tuple[float | None, float | None]] = []
        converted = False
        if own_shares:
            pairs = [(share, own_shares[0]) for share, _ in _shares(fig)]
        elif fig.kind is added.kind and fig.unit == added.unit and fig.kind is not Kind.DATE:
            pairs = [(_num(fig), _num(added))]
        elif fig.kind is Kind.QUANTITY is added.kind and added.unit and fig.unit:
            pairs, converted = [(_in_unit(fig, str(added.unit)), _num(added))], True
        for exact, bound in pairs:
            if exact is None or not bound or beyond_bound(exact, bound, added.qualifiers):
                continue
            if abs(exact - bound) <= _BOUND_NEAR * abs(bound):
                fits.append((abs(exact - bound) / abs(bound), fig))
            elif (converted or same_side) and abs(exact - bound) < stated_unit(bound, added.surface, True):
                # a bound in a coarser unit, or on a bound, is stated to its own last place: "more than a
                # day" for 30 hours, as "more than 50" for more than 58
                fits.append((abs(exact - bound) / abs(bound), fig))
    if not fits:
        return None
    _, fig = min(fits, key=lambda fit: fit[0])
    return f"{added.surface} bounds {fig.surface}", (fig,)


def _same_sentence_pairs(
    source: Sequence[Figure], any_kind: bool = False, nearby: bool = False
) -> Iterator[tuple[Figure, Figure]]:
    """Ordered pairs of numeric figures of one kind and unit in one sentence ("from 31 hours to 19 hours");
    `nearby`: also measures or amounts of one unit in sentences next to each other ("30,000 hours in
    January ... up from 22,000 hours in January last year"), where a unit makes a chance pair unlikely."""
    kinds = (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY) + ((Kind.PERCENT,) if any_kind else ())
    numeric = [f for f in source if _num(f) is not None and f.kind in kinds]
    for a, b in combinations(numeric, 2):
        if a.kind is not b.kind or a.unit != b.unit:
            continue
        if a.sentence == b.sentence or (
            nearby and abs(a.sentence - b.sentence) == 1 and a.kind in (Kind.QUANTITY, Kind.MONEY)
        ):
            yield a, b


def _points_of_a_rate(source: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """ "Azure grew 33%, of which 16 percentage points came from AI": a rate and the points of it one part
    makes, in one sentence, give that part's share of the whole ("almost half of the growth")."""
    percents = [f for f in source if f.kind is Kind.PERCENT]
    for a, b in combinations(percents, 2):
        # (the points said after the rate they are of: "cut rates by a quarter point to 4.5% ... its growth
        # forecast to 0.75%" gives no share of the 0.75%)
        rate, points = sorted((a, b), key=lambda f: f.start)
        if a.sentence == b.sentence and (rate.unit, points.unit) == ("percent", "percentage point"):
            yield a, b


def _change_of_a_level(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "settled at $76.42, down $1.78" supports "fell 2.3%": a level and the amount it moved by, in one
    sentence, give the change in per cent (from the level before the move), to the stated figure's own
    precision (a hedge does not widen it: either direction gives a candidate)."""
    for first, second in _same_sentence_pairs(source):
        level, move = sorted((first, second), key=lambda f: abs(_num(f)), reverse=True)  # type: ignore[arg-type]
        x, dx = _num(level), _num(move)
        if not x or not dx or abs(dx) >= abs(x) / 2:
            continue
        for before, sign in ((x + abs(dx), "-"), (x - abs(dx), "+")):
            pct = 100 * abs(dx) / before
            if within_precision(pct, _num(added), added.surface):  # type: ignore[arg-type]
                how = f"{added.surface} {MOVE} {move.surface} to {level.surface} ({sign}{pct:.1f}%)"
                return how, (level, move)
    return None


_COUNTED_BACK = re.compile(r"(?i)\b(?:earlier|before|ago|previous|prior|later)\b")
# how far apart the two ends of one move stand: " to ", " from ", " to a record "
_FROM_TO_GAP = 12


def _apart(a: Figure, b: Figure) -> int:
    return max(a.start, b.start) - min(a.end, b.end)


def _in_unit(fig: Figure, unit: str) -> float | None:
    """A measure's value in `unit` (its own or one it converts to), None for a bare number or another kind."""
    value = _num(fig)
    if value is None or fig.unit is None:
        return None
    return value if fig.unit == unit else convert(value, fig.unit, unit)


_YEAR_START = re.compile(r"\d{4}(?=$|-)")


def _year_of_a_length(
    added: Figure, source: Sequence[Figure], today: str | None
) -> tuple[str, tuple[Figure, ...]] | None:
    """ "the two-year-old company" restated "founded in 2024": a year that is a source length of whole
    years before the publication year (or the year before it); "the first time in six decades" restated
    "since the 1960s": a decade that such a year falls in; and "the highest in eight months" restated "the
    highest since March": a month so many months before the publication month (or the month before it,
    which the figures of a December story are often of)."""
    value = str(added.value)
    if added.kind is not Kind.DATE or added.low is not None or not today:
        return None
    if MONTH_VALUE.fullmatch(value):
        return _month_of_a_length(added, source, today)
    if YEAR_VALUE.fullmatch(value):
        first = last = int(value)
    elif _DECADE_VALUE.fullmatch(value):
        first, last = int(value[:4]), int(value[:4]) + 9
    else:
        return None
    for fig in source:
        # a ceiling ("less than two years") gives no year to count back to; a floor ("the first time in more
        # than three years" for "since 2021") gives its own, as a length in whole years does
        years = _in_unit(fig, "year") if fig.kind is Kind.QUANTITY and "below" not in fig.qualifiers else None
        if years is None:
            continue
        if abs(years - round(years)) > 1e-9:
            # "a five-and-a-half-year contract" signed in January 2026 runs "until 2031": a length of part
            # years ends in the year it reaches from the day of writing
            ends = (
                date.fromisoformat(today[:10]) + timedelta(days=round(years * _DAYS_A_YEAR))
                if len(today) >= 10
                else None
            )
            if ends is not None and years > 0 and first <= ends.year <= last:
                return f"{added.surface} is {today[:10]} {LATER} {fig.surface}", (fig,)
            continue
        years = round(years)
        if any(first <= int(today[:4]) - back <= last for back in (int(years), int(years) + 1)):
            return (
                f"{added.surface} is {today[:4]} less {fig.surface} ({format_value(years)} years)",
                (fig,),
            )
        if years and first <= int(today[:4]) + years <= last:
            # "an eight-year contract" signed in 2025 said "a deal until 2033" (only where the derived words
            # say the year ends something: see align)
            return f"{added.surface} is {today[:4]} {LATER} {fig.surface}", (fig,)
        # ... and "will start next spring and take about eight years" said "finish around 2035": counted
        # from a date its sentence gives before it
        for begins in source:
            if (
                begins.kind is Kind.DATE
                and begins.sentence == fig.sentence
                and begins.end <= fig.start
                and (year := _YEAR_START.match(str(begins.value)))
                and years
                and first <= int(year.group()) + years <= last
            ):
                return f"{added.surface} is {begins.surface} {LATER} {fig.surface}", (begins, fig)
    return None


# a year written across two ("2029-30", "2024/25"): a fiscal year or a season, twelve months long
_ONE_YEAR_ACROSS_TWO = re.compile(
    r"(?i)(?:the\s+|fy\s*)?\d{4}[-/–]\d{2}(?:\s+(?:season|financial\s+year|fiscal\s+year|tax\s+year))?"
)
_DAYS_A_YEAR = 365.25
_PERIOD_OF_MONTHS = re.compile(r"\d{4}-[QH]\d|\d{4}-\d{2}(?:-\d{2})?\.\.\d{4}-\d{2}(?:-\d{2})?")


def _length_of_a_period(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "in the third quarter" restated "over the three months", "the first nine months of the year" as "nine
    months": the length of a period of months or days the source names (not of a year, which any story
    names, and which would support any "a year"). A period of whole years ("built between 2019 and 2023")
    lasts as many years as it names ("over five years"), or, as it is often counted, the years from its
    first to its last ("over four years")."""
    days_said = _in_unit(added, "day") if added.kind is Kind.QUANTITY else None
    if not days_said:
        return None
    for fig in source:
        years = YEARS_VALUE.fullmatch(str(fig.value)) if fig.kind is Kind.DATE else None
        if fig.kind is not Kind.DATE or not (years or _PERIOD_OF_MONTHS.fullmatch(str(fig.value))):
            continue
        period = calendar_span(fig.value)
        if period is None:
            continue
        lengths = [(period[1] - period[0]).days + 1]
        if years and _ONE_YEAR_ACROSS_TWO.fullmatch(" ".join(fig.surface.split())):
            lengths = [round(_DAYS_A_YEAR)]  # "2029-30", "the 2024/25 season": one fiscal year or season
        elif years:
            lengths.append(round((int(years.group(2)) - int(years.group(1))) * _DAYS_A_YEAR))
        if any(days > 1 and abs(days - days_said) <= 0.05 * days_said for days in lengths):
            return f"{added.surface} is the length of {fig.surface}", (fig,)
    return None


def _length_between_times(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "a red warning for 15 hours" for one "from 02:00 until 17:00": the hours between two times of day one
    source sentence gives, the later said after the earlier (past midnight when it is smaller: "from 10pm
    to 6am" is eight hours); with the day each is said on, across days ("from 21:00 on Friday until 06:00
    on Monday" is 57 hours)."""
    minutes_said = _in_unit(added, "minute") if added.kind is Kind.QUANTITY else None
    if not minutes_said or minutes_said > 14 * 24 * 60:
        return None
    times = [f for f in source if f.kind is Kind.TIME and CLOCK.fullmatch(str(f.value))]
    for a, b in combinations(times, 2):
        if a.sentence != b.sentence:
            continue
        start, end = (CLOCK.fullmatch(str(f.value)) for f in (a, b))
        minutes = int(end[1]) * 60 + int(end[2]) - int(start[1]) * 60 - int(start[2])  # type: ignore[index]
        day_a, day_b = _day_of_a_time(a, source), _day_of_a_time(b, source)
        if day_a is not None and day_b is not None:
            minutes += (day_b - day_a).days * 24 * 60
        else:
            minutes %= 24 * 60
        # (in the unit said: "more than six hours" for 9:15 a.m. to 3:40 p.m.)
        if minutes > 0 and _close(minutes * _num(added) / minutes_said, added):  # type: ignore[operator]
            return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
    return None


def _day_of_a_time(time: Figure, source: Sequence[Figure]) -> date | None:
    """The day a time of day is said on, right after it ("21:00 on Friday") or right before it ("Friday at
    9pm"), in its sentence."""
    for f in source:
        if (
            f.kind is Kind.DATE
            and f.sentence == time.sentence
            and DAY_VALUE.fullmatch(str(f.value))
            and (0 <= f.start - time.end <= 4 or 0 <= time.start - f.end <= 4)
        ):
            return date.fromisoformat(str(f.value))
    return None


def _month_of_a_length(
    added: Figure, source: Sequence[Figure], today: str
) -> tuple[str, tuple[Figure, ...]] | None:
    month = int(str(added.value)[:4]) * 12 + int(str(added.value)[5:7])
    published = int(today[:4]) * 12 + int(today[5:7])
    for fig in source:
        months = (
            _in_unit(fig, "month") if fig.kind is Kind.QUANTITY and "bound" not in fig.qualifiers else None
        )
        if months is None or abs(months - round(months)) > 1e-9 or fig.unit == "day":
            continue
        if published - month in (round(months), round(months) + 1):
            return f"{added.surface} is {fig.surface} before {today[:7]}", (fig,)
    return None


def _give_or_take(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """A range that is a source level give or take a margin told in its sentence: "3% with a tolerance of
    1.5 percentage points either way" for "1.5% to 4.5%", "$74 billion, plus or minus 2%" for "$72.5B-$75.5B".
    """
    if added.unit == "percent":
        for level, change in _level_and_points(source):
            x, points = _num(level), _num(change)
            if _spans(x - points, x + points, added):  # type: ignore[operator]
                return f"{added.surface} is {level.surface} {GIVE_OR_TAKE} {change.surface}", (level, change)
    for level in source:
        x = _num(level)
        if level.kind not in (Kind.MONEY, Kind.QUANTITY, Kind.NUMBER) or level.unit != added.unit or not x:
            continue
        for margin in source:
            if margin.sentence == level.sentence and margin.kind is Kind.PERCENT and margin.unit == "percent":
                share = _num(margin) / 100  # type: ignore[operator]
                if _spans(x * (1 - share), x * (1 + share), added):
                    return f"{added.surface} is {level.surface} {GIVE_OR_TAKE} {margin.surface}", (
                        level,
                        margin,
                    )
    return None


def _level_and_points(source: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """A level in percent and a change in points told in one sentence ("rose 0.3 points to 4.4%")."""
    levels = [f for f in source if f.kind is Kind.PERCENT and f.unit == "percent" and _num(f) is not None]
    changes = [f for f in source if f.kind is Kind.PERCENT and f.unit == "percentage point" and _num(f)]
    for level in levels:
        for change in changes:
            if change.sentence == level.sentence:
                yield level, change


def _years_since(
    added: Figure, source: Sequence[Figure], today: str | None, time_passed: bool = True
) -> tuple[str, tuple[Figure, ...]] | None:
    """ "the highest since 1993" restated "the highest in three decades", "a contract until June 2030" as "a
    five-year deal": a length of time that is the distance between a source year and the publication date,
    or the length of a source period of years."""
    one_year = convert(1.0, "year", str(added.unit)) if added.kind is Kind.QUANTITY else None
    if one_year is None or _num(added) is None:
        return None  # a length of time is asked for: "three decades", "a five-year deal"
    for fig in source:  # "between 2016 and 2022" restated "over six years from 2016"
        low, high = str(fig.low), str(fig.high)
        if fig.kind is Kind.DATE and low[:4].isdigit() and high[:4].isdigit() and len(low) == len(high) == 4:
            years = int(high) - int(low)
            if years > 0 and _close(years * one_year, added):
                # ("the years between 2001 and 2011", "the length of 2016-2022")
                period = (
                    f"the years {fig.surface}" if fig.surface.lower().startswith("between") else fig.surface
                )
                return (
                    f"{added.surface} is the length of {period} ({years} year{'' if years == 1 else 's'})",
                    (fig,),
                )
    # "4% this year and 4% next year" restated "8% over two years": the years two dates of a sentence cover
    # (years said as years: "a year earlier" resolved to one counts from the story, not a span of its own)
    years = [
        f
        for f in source
        if f.kind is Kind.DATE
        and f.low is None
        and YEAR_VALUE.fullmatch(str(f.value))
        and not _COUNTED_BACK.search(f.surface)
    ]
    for a, b in combinations(years, 2):
        span = abs(int(str(b.value)) - int(str(a.value))) + 1
        if a.sentence == b.sentence and span > 1 and _close(span * one_year, added):
            return f"{added.surface} {YEARS_OF} {a.surface} and {b.surface} ({span} years)", (a, b)
        # ... or the years from one to the other: "delayed to 2026 from 2025" restated "by a year"
        if a.sentence == b.sentence and _close((span - 1) * one_year, added):
            return (
                f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface} ({_counted(span - 1, 'year')})",
                (a, b),
            )
    # ... and the months from one month to another: "moved to March from January" restated "by two months"
    one_month = convert(1.0, "month", str(added.unit))
    months = [
        (f, int(str(f.value)[:4]) * 12 + int(str(f.value)[5:7]))
        for f in source
        if f.kind is Kind.DATE and f.low is None and MONTH_VALUE.fullmatch(str(f.value))
    ]
    for (a, month_a), (b, month_b) in combinations(months, 2):
        apart = abs(month_b - month_a)
        if not any(ch.isdigit() for ch in a.surface + b.surface):
            # months named without a year are months of a calendar: "to March from January" is two apart
            apart = min(apart % 12, -apart % 12)
        if one_month is not None and a.sentence == b.sentence and apart and _close(apart * one_month, added):
            return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface} ({_counted(apart, 'month')})", (
                a,
                b,
            )
    # "a vote on Wednesday after he used special powers on Monday" restated "two days after": the days
    # between two dates of one sentence
    one_day = convert(1.0, "day", str(added.unit))
    days = [
        (f, date.fromisoformat(str(f.value)))
        for f in source
        if f.kind is Kind.DATE and f.low is None and DAY_VALUE.fullmatch(str(f.value))
    ]
    for (a, day_a), (b, day_b) in combinations(days, 2):
        apart = abs((day_b - day_a).days)
        if one_day is not None and a.sentence == b.sentence and apart and _close(apart * one_day, added):
            return (
                f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface} ({_days(apart)})",
                (a, b),
            )
        # ... or the days from one to the other, both counted ("carried out on Sunday and Monday": "over
        # two days"), for a span of days within a week
        if (
            one_day is not None
            and a.sentence == b.sentence
            and 0 < apart < WEEK_DAYS
            and _close((apart + 1) * one_day, added)
        ):
            return f"{added.surface} are the days from {a.surface} to {b.surface} ({_days(apart + 1)})", (
                a,
                b,
            )
    if today is None:
        return None
    year = int(today[:4])
    for fig in source:
        value = str(fig.value)
        if (
            fig.kind is Kind.DATE
            and YEAR_VALUE.fullmatch(str(fig.low))
            and YEAR_VALUE.fullmatch(str(fig.high))
        ):
            value = str(fig.high)  # "the first time since 2002-2003": since the period's last year
        elif fig.low is not None:
            continue
        if fig.kind is Kind.DATE and value[:4].isdigit() and len(value) in (4, 7, 10):
            years = year - int(value[:4])
            # a story counts from its own year or from the year it reports on: "the highest since 2016" in
            # a January 2024 story about 2023 is "the highest in seven years"
            for span in (abs(years), abs(years) - 1) if years else ():
                # one year since a date of last year is true of any such date: a coincidence, not support
                if span > 1 and (time_passed or years < 0) and _close(span * one_year, added):
                    how = "since" if years > 0 else "until"
                    return f"{added.surface} is the time {how} {fig.surface} ({span} years)", (fig,)
        elif fig.kind is Kind.DATE and time_passed and _DECADE.fullmatch(value):
            # "the highest since the 1960s" in a 2026 story: "the highest in more than 60 years", any length
            # from the decade's last year to its first
            earliest, latest = year - int(value[:4]) - 9, year - int(value[:4])
            if earliest > 1 and _within_lengths(earliest * one_year, latest * one_year, added):
                return (
                    f"{added.surface} is the time since {fig.surface} ({earliest} to {latest} years)",
                    (fig,),
                )
    if not time_passed:
        return None  # (what follows counts back from the story's date)
    # "the fastest since early 2023" in an October 2024 story: "the fastest in more than a year and a half";
    # a length in part-years reaches back to a day of the source's year (on the bound's side of it)
    years_said = _num(added) / one_year if _num(added) is not None else None  # type: ignore[operator]
    # (a length under a year is no such reach: "more than a day" is the time since any date of 2022)
    if years_said is not None and years_said > 1 and abs(years_said - round(years_said)) > 1e-9:
        start = date.fromisoformat(today[:10]) - timedelta(days=round(_DAYS_A_YEAR * years_said))
        for fig in source:
            value = str(fig.value)
            # (or of its half the words name: "since early 2023")
            if fig.kind is Kind.DATE and fig.low is None and _YEAR_OR_HALF.fullmatch(value):
                first, last = calendar_span(value)  # type: ignore[misc]
                reaches = (
                    first <= start
                    if "above" in added.qualifiers
                    else start <= last
                    if "below" in added.qualifiers
                    else first <= start <= last
                )
                if reaches and int(value[:4]) < year:
                    return f"{added.surface} is the time since {fig.surface}", (fig,)
    # "its lowest since March" in a November story about October: "the lowest in seven months"
    one_month = convert(1.0, "month", str(added.unit))
    now = year * 12 + int(today[5:7])
    for fig in source:
        value = str(fig.value)
        if fig.kind is Kind.DATE and fig.low is None and _MONTH_OR_DAY_VALUE.fullmatch(value):
            months = now - (int(value[:4]) * 12 + int(value[5:7]))
            for span in (s for s in (months, months - 1) if s > 1):
                if one_month is not None and _close(span * one_month, added):
                    return f"{added.surface} is the time since {fig.surface} ({span} months)", (fig,)
    # "its lowest close since Jan. 6" in a story of February 3: "the lowest in almost four weeks"
    one_day = convert(1.0, "day", str(added.unit))
    for fig in source:
        value = str(fig.value)
        if one_day is None or fig.kind is not Kind.DATE or fig.low is not None:
            continue
        if DAY_VALUE.fullmatch(value):
            days = (date.fromisoformat(today[:10]) - date.fromisoformat(value)).days
            if days >= 7 and _close(days * one_day, added):
                return (
                    f"{added.surface} is the time since {fig.surface} ({_days(days)})",
                    (fig,),
                )
    return None


_YEAR_OR_HALF = re.compile(r"\d{4}(?:-H[12])?")


def share_of_a_named_whole(
    added: Figure, source: Sequence[Figure], wholes: Sequence[Figure], anywhere: bool = False
) -> tuple[str, tuple[Figure, ...]] | None:
    """`added`, a share, as the part a count of the sentence before or after makes of one of `wholes`: the
    counts of what the share says it is of ("1,200 applicants ... Only 300 were accepted" for "a quarter of
    applicants"). Across sentences only such a whole makes a chance pair unlikely. A ratio ("one in ten of
    them") is a share too. `anywhere`: the parts given are the ones the derived sentence keeps beside the
    share, wherever the source said them ("fined €530m, about 1.3% of its €40bn revenue")."""
    share = _as_a_share(added) if _a_ratio(added) else added
    if not ((share.kind is Kind.PERCENT and share.unit == "percent") or share.kind is Kind.FRACTION):
        return None
    scale = 100.0 if share.kind is Kind.PERCENT else 1.0
    for whole in wholes:
        y = _num(whole)
        for part in source:
            if part is whole or part.kind is not whole.kind or part.unit != whole.unit:
                continue
            x = _num(part)
            if (
                (anywhere or abs(part.sentence - whole.sentence) == 1)
                and x
                and y
                and x < y
                and _close(x / y * scale, share)
            ):
                how = f"{added.surface} {SHARE} {part.surface} makes of {whole.surface} ({_percent(x / y)})"
                return how, (part, whole)
    return None


def _as_a_share(ratio: Figure) -> Figure:
    """A ratio ("one in ten") as the share it says (0.1), its words kept."""
    return replace(ratio, kind=Kind.FRACTION, value=ratio.value / ratio.total, total=None)  # type: ignore[operator]


def _a_ratio(fig: Figure) -> bool:
    """ "one in ten", "two out of five": a count of a small whole, which says a share."""
    return (
        fig.kind is Kind.COUNT
        and isinstance(fig.value, float)
        and isinstance(fig.total, float)
        and 0 < fig.value < fig.total <= _RATIO_MAX_TOTAL
    )


def per_year_of_a_total(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """`added`, an amount its words say comes each year, as a source total spread over the years its
    sentence gives ("£4.2 billion over five years" for "an average of £840m a year")."""
    value = _num(added)
    if added.kind not in (Kind.MONEY, Kind.NUMBER, Kind.QUANTITY) or not value:
        return None
    for total in source:
        x = _num(total)
        if not _peer(total, added) or not x or x <= value:
            continue
        for length in source:
            years = _in_unit(length, "year") if length.kind is Kind.QUANTITY else None
            if length.sentence == total.sentence and years and years > 1 and _close(x / years, added):
                return f"{added.surface} {PER_YEAR} {total.surface} over {length.surface}", (total, length)
    return None


def left_of_a_whole(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """`added` as what its sentence's parts leave of a whole the source gives with them ("Of the 312 people on
    board, 290 were rescued and 14 bodies have been recovered" for "eight people are still missing"): the
    caller asks only where the derived words say something is left."""
    value = _num(added)
    if added.kind is not Kind.NUMBER or not value or value != int(value):
        return None
    by_sentence: dict[int, list[Figure]] = {}
    for f in source:
        if f.kind in (Kind.NUMBER, Kind.COUNT) and f.unit is None and _num(f):
            by_sentence.setdefault(f.sentence, []).append(f)
    for group in by_sentence.values():
        if len(group) < 3:
            continue
        whole = max(group, key=lambda f: _num(f))  # type: ignore[arg-type,return-value]
        parts = [f for f in group if f is not whole and f.start > whole.start]
        for size in range(2, min(len(parts), 3) + 1):
            for chosen in combinations(parts, size):
                if _num(whole) - sum(_num(p) for p in chosen) == value:  # type: ignore[operator,misc]
                    named = ", ".join(p.surface for p in chosen)
                    return f"{added.surface} {LEFT_OF} {whole.surface} after {named}", (whole, *chosen)
    return None


def rest_of_a_counted_whole(
    added: Figure, source: Sequence[Figure], other_side: Callable[[Figure], bool]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`added`, a count of a whole ("1,400 of the 41,000 starters failed to finish"), as that whole less the
    other part the source gives beside it ("About 41,000 runners started the race and 39,600 finished"),
    one that `other_side` says counts the other side of it: the whole said again is what makes the pair no
    chance one."""
    if (
        added.kind is not Kind.COUNT
        or not isinstance(added.value, float)
        or not added.total
        or _a_ratio(added)
    ):
        return None
    for whole in source:
        if whole.kind is not Kind.NUMBER or whole.unit is not None or _num(whole) != added.total:
            continue
        for part in source:
            if (
                part is not whole
                and part.kind is Kind.NUMBER
                and part.unit is None
                and abs(part.sentence - whole.sentence) <= 1
                and _num(whole) - _num(part) == added.value  # type: ignore[operator]
                and other_side(part)
            ):
                return f"{added.surface} {LEFT_OF} {whole.surface} after {part.surface}", (whole, part)
    return None


# the periods a year is counted in, as news copy restates a yearly amount ("£103 a year", "£2 a week")
PERIODS_A_YEAR = {"week": 52.0, "month": 12.0, "day": 365.0}


def per_period_of_a_yearly_amount(
    added: Figure, period: str, yearly: Sequence[Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`added`, an amount its words say comes each week, month or day (`period`), as a yearly amount of the
    source spread over the year ("about £2 a week" for "£2,171 a year, an increase of £103")."""
    value = _num(added)
    if added.kind not in (Kind.MONEY, Kind.NUMBER, Kind.QUANTITY) or not value:
        return None
    for amount in yearly:
        x = _num(amount)
        if _peer(amount, added) and x and x > value and _close(x / PERIODS_A_YEAR[period], added):
            return f"{added.surface} {PER_PERIOD} {period} of {amount.surface} a year", (amount,)
    return None


def share_of_a_move(
    added: Figure, parts: Sequence[tuple[Figure, Figure]]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`added`, a share of a move ("four-fifths of the rise"), as the part of a move the source says is part
    of it ("rose by 412,000 ... about 340,000 of the increase"); `parts` pairs each part with its move."""
    if not ((added.kind is Kind.PERCENT and added.unit == "percent") or added.kind is Kind.FRACTION):
        return None
    scale = 100.0 if added.kind is Kind.PERCENT else 1.0
    for part, move in parts:
        x, y = _num(part), _num(move)
        if x and y and _close(x / y * scale, added):
            how = f"{added.surface} {SHARE} {part.surface} makes of {move.surface} ({_percent(x / y)})"
            return how, (part, move)
    return None


def derivation(
    added: Figure,
    source: Sequence[Figure],
    today: str | None = None,
    share: bool = False,
    time_passed: bool = True,
) -> tuple[str, tuple[Figure, ...]] | None:
    """How `added` follows from the source figures (and the publication date `today`), and from which, or
    None if it does not. A hedged or bounded figure is first read as if said exactly: "at least seven years"
    after "jailed for 14 years ... at least half of her sentence" is that half, not the eight years of
    "between 2012 and 2020", which the bound would also allow. `share`: the words call `added` a share of
    something ("nearly half of the deaths"), which no change between two figures is. `time_passed`: the
    words may say a length of time is the time gone by since a day ("in 16 years", not "two years
    suspended"), which is all a date of the source and the story's own date can support."""
    if {"approx", "bound"} & set(added.qualifiers):
        exact = _derivation(replace(added, qualifiers=(_EXACT,)), source, today, share, time_passed)
        if exact is not None:
            return exact
        # ... and then as a bound near a figure said ("an average of more than 50 per boat" for "53 people"),
        # before arithmetic that only the bound's slack reaches (53 + 13)
        # (a share is better said as the share it follows from: "more than half" follows from 53% = 0.53)
        bound = None if added.kind in (Kind.PERCENT, Kind.FRACTION, Kind.COUNT) else _bound_on(added, source)
        if bound is not None:
            return bound
    return _derivation(added, source, today, share, time_passed)


def difference_in_a_sentence(
    added: Figure, source: Sequence[Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`added` as the difference of two source figures of its kind said in one sentence ("rise by £21 to
    £1,738" for "from £1,717 to £1,738"), whatever else it might follow from."""
    if added.kind not in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY) or _num(added) is None:
        return None
    by_sentence: dict[int, list[Figure]] = {}
    for f in source:
        if _peer(f, added) and _num(f) is not None:
            by_sentence.setdefault(f.sentence, []).append(f)
    for group in by_sentence.values():
        found = _difference_of_two(added, group)
        if found is not None:
            return found
    return None


def _difference_of_two(added: Figure, group: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    for a, b in combinations(group, 2):
        if _comparable_sizes((_num(a), _num(b))) and _close(abs(_num(a) - _num(b)), added):  # type: ignore[operator]
            return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
    return None


# the largest whole of a ratio said as a share ("one in four", "three out of 10"); "23 of 32" counts things
_RATIO_MAX_TOTAL = 10.0


def _level_before_a_move(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "to $10bn, from $5bn" for "double its fund to $10 billion", "from $400m" for "rose 25% to $500m": the
    level a multiple or a percentage change of its sentence started from. (Alignment keeps it only where the
    derived words say it was the earlier level.)"""
    for move in source:
        factor = _num(move)
        if factor is None or not (
            move.unit == "times" or (move.kind is Kind.PERCENT and move.unit == "percent")
        ):
            continue
        for level in source:
            if level.sentence != move.sentence or level.kind is not added.kind or level.unit != added.unit:
                continue
            value = _num(level)
            if value is None:
                continue
            befores = (
                [value / factor]
                if move.unit == "times"
                else [value / (1 + factor / 100), value / (1 - factor / 100)]
                if abs(factor) < 100
                else [value / (1 + factor / 100)]
            )
            if any(_near(before, added) for before in befores if before > 0):
                return f"{added.surface} is {level.surface} {BEFORE_THE_CHANGE} {move.surface}", (level, move)
    return None


def _amount_of_a_percent_move(
    added: Figure, source: Sequence[Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """ "rise by 4.1% to £12.71 an hour" for "rises 50p to £12.71": the amount a change in per cent moved a
    level its sentence gives, from the level before it (alignment keeps it only where the derived words call
    it a move)."""
    for move in source:
        factor = _num(move)
        if (
            factor is None
            or move.kind is not Kind.PERCENT
            or move.unit != "percent"
            or not 0 < abs(factor) < 100
        ):
            continue
        for level in source:
            value = _num(level)
            if level.sentence != move.sentence or level.kind is not added.kind or level.unit != added.unit:
                continue
            if not value:
                continue
            for before in (value / (1 + abs(factor) / 100), value / (1 - abs(factor) / 100)):
                if _near(abs(value - before), added):
                    how = f"{added.surface} {AMOUNT_OF} {move.surface} to {level.surface}"
                    return f"{how} (from {format_value(float(f'{before:.4g}'))})", (level, move)
    return None


# whole days (a month is no fixed number of them); hours that make whole days ("postponed by 24 hours")
_COUNTED_IN_DAYS = frozenset({"day", "week", "fortnight", "hour"})


def _day_counted_from_a_day(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "officials said on Friday, two days after the blaze broke out" restated "the blaze, which started on
    Wednesday": a day that is a length of time of one sentence before or after a day of that sentence."""
    if added.kind is not Kind.DATE or not DAY_VALUE.fullmatch(str(added.value)):
        return None
    said = date.fromisoformat(str(added.value))
    days = [f for f in source if f.kind is Kind.DATE and DAY_VALUE.fullmatch(str(f.value))]
    lengths = [
        f
        for f in source
        if f.kind is Kind.QUANTITY and f.unit in _COUNTED_IN_DAYS and isinstance(f.value, float)
    ]
    for day in days:
        for length in lengths:
            if length.sentence != day.sentence:
                continue
            apart = (said - date.fromisoformat(str(day.value))).days
            whole = convert(float(length.value), str(length.unit), "day")  # type: ignore[arg-type]
            if (
                apart
                and whole is not None
                and abs(whole - round(whole)) < 1e-6
                and abs(apart) == round(whole)
            ):
                direction = "before" if apart < 0 else "after"
                how = f"{added.surface} {COUNTED_FROM} {day.surface}: {length.surface} {direction} it"
                return how, (day, length)
    return None


def vague_span(magnitude: float) -> tuple[float, float]:
    """The counts a plural magnitude holds: from two of it to where the next one up begins, two of the next
    power of ten ("hundreds" 200 to 1,999, "thousands" 2,000 to 19,999, "tens of thousands" 20,000 to
    199,999): "thousands fled" for 12,000 is loose but true, and only at 20,000 does "tens of thousands" take
    over. "Dozens" ends at a dozen dozens, 143: 150 flights are "more than a hundred"."""
    if magnitude == 12:
        return 24, 144
    return 2 * magnitude, 2 * 10 ** (math.floor(math.log10(magnitude) + 1e-9) + 1)


def held_by_vague(added: Figure, source: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """ "Tens of thousands of workers walked out" in a lead before the story's "about 66,000": a plural
    magnitude that holds a count the source gives says it loosely, as a headline does."""
    if "vague" not in added.qualifiers or not isinstance(added.value, float):
        return None
    low, high = vague_span(added.value)
    for fig in source:
        value = _num(fig)
        if fig.kind is added.kind and fig.unit == added.unit and value is not None and low <= value < high:
            return f"{added.surface} {HOLDS} {fig.surface}", (fig,)
    return None


_RECORD = re.compile(r"(?i)\b(?:last|past|previous|next|first)\b")


def _derivation(
    added: Figure,
    source: Sequence[Figure],
    today: str | None = None,
    share: bool = False,
    time_passed: bool = True,
) -> tuple[str, tuple[Figure, ...]] | None:
    vague = held_by_vague(added, source)
    if vague is not None:
        return vague
    since = (
        _years_since(added, source, today, time_passed)
        or _year_of_a_length(added, source, today)
        or _length_of_a_period(added, source)
        or _length_between_times(added, source)
    )
    if since is not None:
        return since
    counted = _day_counted_from_a_day(added, source)
    if counted is not None:
        return counted
    if (
        added.kind is Kind.COUNT
        and isinstance(added.value, float)
        and added.total
        and not _RECORD.search(added.surface)
    ):
        # "voted 7-2" said "seven of the nine members": a vote's two sides are its whole (not "three of their
        # last five", a record over several games that no one result's sides give)
        for fig in source:
            sides = score_sides(fig)
            if sides and sides[0] == added.value and sum(sides) == added.total:
                return f"{added.surface} is the first side of {fig.surface} out of both sides", (fig,)
    if added.kind is Kind.NUMBER and added.unit is None and isinstance(added.value, float):
        # "passed by 312 votes to 198" said "a majority of 114": a vote's margin (of ten or more: a small
        # number is any match's margin by chance)
        for fig in source:
            found = margin_of_a_score(added, fig)
            if found is not None and added.value >= _LEAST_MARGIN:
                return found
    sides = score_sides(added)
    if sides:
        # ... and "won 12 of their 19 meetings" said "leads the head-to-head 12-7": the part and the rest
        for fig in source:
            if fig.kind is Kind.COUNT and fig.total and fig.value == sides[0] and fig.total == sum(sides):
                return f"{added.surface} is the part and the rest of {fig.surface}", (fig,)
        # ... and "204 of the 300 lawmakers voting in favour. Eighty-five voted against" said "by 204 votes to
        # 85": the two sides said apart, within a sentence or two of each other
        for fig in source:
            if fig.kind not in (Kind.COUNT, Kind.NUMBER) or fig.value != sides[0] or min(sides) < 10:
                continue
            for other in source:
                if (
                    other.kind is Kind.NUMBER
                    and other.value == sides[1]
                    and other.start > fig.start
                    and abs(other.sentence - fig.sentence) <= 2
                ):
                    return f"{added.surface} is {fig.surface} against {other.surface}", (fig, other)
    if added.kind in (Kind.PERCENT, Kind.FRACTION) and added.unit in (None, "percent"):
        scale = 100.0 if added.kind is Kind.PERCENT else 1.0
        value = _num(added)
        shares = [
            (abs(share * scale - value), how, fig)
            for fig in source
            if not (fig.kind is added.kind and fig.kind is not Kind.COUNT)
            for share, how in _shares(fig)
            if value is not None and _close(share * scale, added)
        ]
        if shares:  # the closest share explains it: "20%" follows from "one in five" before "a quarter"
            _, how, fig = min(shares, key=lambda s: s[0])
            return f"{added.surface} {FOLLOWS} {how}", (fig,)
    if (
        (added.kind is Kind.PERCENT and added.unit == "percent") or added.kind is Kind.FRACTION
    ) and not share:
        scale = 100.0 if added.kind is Kind.PERCENT else 1.0  # "a third more than" is a change too
        # either may be the base: "rose to $40 million from $18 million" names the base last; the base that
        # gives the stated change more nearly is the one meant, and of two pairs of the source the one that
        # gives it more nearly ("dropped by 40%" is 31 hours to 19, not a €310m expansion and a €200m bond)
        fits = []
        # (two shares of a sentence too: "rose from 40% to 45%" is a rise of 12.5%, as derived words may say)
        for first, second in _same_sentence_pairs(source, any_kind=True, nearby=True):
            if first.kind is Kind.PERCENT and (
                first.unit != "percent" or second.unit != "percent" or _apart(first, second) > _FROM_TO_GAP
            ):
                continue  # (only the two ends of one move: "from 40% to 45%", "to 27% from 29%")
            if (
                _small_bare_count(first)
                and _small_bare_count(second)
                and _apart(first, second) > _FROM_TO_GAP
            ):
                continue  # (two small counts only as the two ends of one move: "four ... scores ... met
                # twice" move nothing from two to four)
            for a, b in ((first, second), (second, first)):
                x, y = _num(a), _num(b)
                if x and y and not 0.01 <= abs(y / x) <= 100:
                    continue  # "$3 trillion" and "$1,224.40" measure different things, not one that fell
                if x and y is not None and _close(abs(y - x) / abs(x) * scale, added):
                    # (two figures of one sentence before two of sentences side by side: "cut net income
                    # to $14.7 billion from $23 billion", not the $15 billion of China's sales after it)
                    apart = a.sentence != b.sentence
                    fits.append((apart, abs(abs(y - x) / abs(x) * scale - _num(added)), a.start, a, b))  # type: ignore[operator]
        if fits:
            _, _, _, a, b = min(fits, key=lambda fit: fit[:3])
            change = 100 * (_num(b) - _num(a)) / _num(a)  # type: ignore[operator]
            return f"{added.surface} {CHANGE} {a.surface} to {b.surface} ({change:+.1f}%)", (a, b)
    if (
        (added.kind is Kind.PERCENT and added.unit == "percent") or added.kind is Kind.FRACTION
    ) and "bound" not in added.qualifiers:
        # "a 0.3% probability that the result occurred by chance" said "a 99.7% chance it is no fluke": the
        # rest of a share, to the last digit of both ("three-fifths of the usual rain" for "40% less")
        for fig in source:
            x = _num(fig)
            y = _num(added) if added.kind is Kind.PERCENT else round(100 * added.value, 9)  # type: ignore[operator]
            if (
                fig.kind is Kind.PERCENT
                and fig.unit == "percent"
                and x is not None
                and y is not None
                and 0 < x < 100
                and "bound" not in fig.qualifiers
                and abs(100 - x - y) < 1e-6
            ):
                return f"{added.surface} {REST} {fig.surface}", (fig,)
        # ... and of two shares of one sentence ("61% support a ban, while 27% oppose it and the rest are
        # undecided" said "12% undecided")
        shares = [
            f
            for f in source
            if f.kind is Kind.PERCENT and f.unit == "percent" and "bound" not in f.qualifiers and _num(f)
        ]
        for a, b in combinations(shares, 2):
            x, z = _num(a), _num(b)
            y = _num(added) if added.kind is Kind.PERCENT else round(100 * added.value, 9)  # type: ignore[operator]
            if a.sentence == b.sentence and x and z and y is not None and abs(100 - x - z - y) < 1e-6:
                return f"{added.surface} {REST} {a.surface} and {b.surface}", (a, b)
    if added.kind is Kind.PERCENT and added.unit == "percent":
        level_and_move = _change_of_a_level(added, source)
        if level_and_move is not None:
            return level_and_move
    if added.kind is Kind.PERCENT and added.unit == "percent":
        # "cut by 50 basis points to 9.25%" restated "to 9.25% from 9.75%": the level before a change the
        # source gives in points, in the same sentence
        for level, change in _level_and_points(source):
            x, points = _num(level), _num(change)
            for before in (x - points, x + points):  # type: ignore[operator]
                if before > 0 and _near(before, added):
                    how = f"{added.surface} is {level.surface} {BEFORE_THE_CHANGE} {change.surface}"
                    return how, (level, change)
    if added.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY):
        before_the_move = _level_before_a_move(added, source)
        if before_the_move is not None:
            return before_the_move
    if (added.kind is Kind.PERCENT and added.unit == "percent") or added.kind is Kind.FRACTION:
        # "3 million doses pledged ... 10 million needed" for "less than a third of the 10 million": a part
        # of a whole said in one sentence, as a share
        scale = 100.0 if added.kind is Kind.PERCENT else 1.0
        for first, second in chain(_same_sentence_pairs(source), _points_of_a_rate(source)):
            part, whole = sorted((first, second), key=lambda f: _num(f))  # type: ignore[arg-type,return-value]
            x, y = _num(part), _num(whole)
            if x and y and x < y and _close(x / y * scale, added):
                how = f"{added.surface} {SHARE} {part.surface} makes of {whole.surface} ({_percent(x / y)})"
                return how, (part, whole)
    if _a_ratio(added):
        # "252 million paying subscribers" of "640 million users" said "about two in five": a ratio is a share
        share = _as_a_share(added)
        # ... as a count of a larger whole is ("fewer than three in ten" for "31 of the 113 schools")
        for fig in source:
            if fig.kind is Kind.COUNT and not _a_ratio(fig):
                for part_share, how in _shares(fig):
                    if _close(part_share, share):
                        return f"{added.surface} {FOLLOWS} {how}", (fig,)
        for first, second in _same_sentence_pairs(source):
            part, whole = sorted((first, second), key=lambda f: _num(f))  # type: ignore[arg-type,return-value]
            x, y = _num(part), _num(whole)
            if x and y and x < y and _close(x / y, share):
                how = f"{added.surface} {SHARE} {part.surface} makes of {whole.surface} ({_percent(x / y)})"
                return how, (part, whole)
    if added.kind is Kind.RANGE:
        give_or_take = _give_or_take(added, source)
        if give_or_take is not None:
            return give_or_take
    if added.kind is Kind.PERCENT and added.unit == "percentage point":
        percents = [
            f for f in source if f.kind is Kind.PERCENT and f.unit == "percent" and _num(f) is not None
        ]
        # the two levels of one change are said together: "slipped to 27% from 29%", not 31% elsewhere
        fits = [
            (abs(a.start - b.start), a, b)
            for a, b in combinations(percents, 2)
            if _close(abs(_num(b) - _num(a)), added)  # type: ignore[operator]
        ]
        if fits:
            _, a, b = min(fits, key=lambda fit: fit[0])
            return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
    if added.unit == "times" and _num(added) is not None:  # "almost three times the index's gain"
        # the pair whose ratio comes nearest: "to double" is 6.5 million to 13 million, not 9.3% to 21.3%;
        # failing one in a sentence, two measures of one unit anywhere in the story ("13,038 sq km in 2021
        # ... more than double this year's 6,288 sq km"), which alignment keeps only where the derived
        # sentence says one of them (both, for percentages)
        measures = [
            f for f in source if f.kind in (Kind.QUANTITY, Kind.MONEY, Kind.PERCENT) and f.unit and _num(f)
        ]
        apart = [
            (a, b) for a, b in combinations(measures, 2) if a.sentence != b.sentence and a.unit == b.unit
        ]
        for pairs in (list(_same_sentence_pairs(source, any_kind=True)), apart):
            # ... and "halved" or "cut by two-thirds" is the small one to the big one
            shrunk = 0 < _num(added) < 1  # type: ignore[operator]
            ratios = []
            for a, b in pairs:
                small, big = sorted((a, b), key=lambda f: _num(f))  # type: ignore[arg-type,return-value]
                if shrunk:
                    small, big = big, small
                x, y = _num(small), _num(big)
                if x and y is not None and _close(y / x, added):
                    ratios.append((abs(y / x - _num(added)), small.kind is not big.kind, a, b, small, big))  # type: ignore[operator]
            if ratios:
                _, _, a, b, small, big = min(ratios, key=lambda r: (r[0], r[1], r[2].start, r[3].start))
                ratio = _num(big) / _num(small)  # type: ignore[operator]
                return f"{added.surface} {RATIO} {big.surface} to {small.surface} ({ratio:.2f})", (a, b)
    if added.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY, Kind.PERCENT) and _num(added) is not None:
        # "growth of 0.75%, half its previous forecast" supports "down from 1.5%"; "€310 million, a third of
        # which" supports "€103 million"
        # ... and "5% of its 20,000 staff" supports "1,000 jobs"
        fractions = [
            (f, share) for f in source if f.kind in (Kind.FRACTION, Kind.PERCENT) for share, _ in _shares(f)
        ]
        for part, share in fractions:
            # "jailed for 12 years ... must serve two-thirds of her sentence" for "eight years": a share of
            # a whole its sentence does not give is of the last one said before it
            elsewhere = part.kind is Kind.FRACTION and not any(
                f.sentence == part.sentence and f.kind is added.kind and f.unit == added.unit for f in source
            )
            for whole in source:
                if (
                    whole is part
                    or whole.kind is part.kind  # a percent of a percent is no share of a whole
                    or (
                        whole.sentence != part.sentence
                        # (an amount's, not a gap in points': "six points ahead ... Two-thirds of voters"
                        # is a share of the voters)
                        and not (elsewhere and whole.start < part.start and whole.kind is not Kind.PERCENT)
                    )
                    or whole.kind is not added.kind
                    or whole.unit != added.unit
                ):
                    continue
                x = _num(whole)
                if x is None or not share:
                    continue
                if _near(x / share, added):
                    return f"{added.surface} is {whole.surface} divided by {part.surface}", (whole, part)
                if _near(x * share, added):
                    return _amount_of_a_share(added, part, whole), (whole, part)
    if added.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY, Kind.PERCENT) and _num(added) is not None:
        peers = [
            f
            for f in source
            if (_peer(f, added) or _carries_the_unit(f, added, source)) and _num(f) is not None
        ]
        by_sentence: dict[int, list[Figure]] = {}
        for f in peers:
            by_sentence.setdefault(f.sentence, []).append(f)
        # percentages add up only as two rises told apart ("4% this year and 4% next year" for "8% over two
        # years"); their difference is in points, derived above
        percent = added.kind is Kind.PERCENT
        for group in by_sentence.values():
            for size in (2,) if percent else (2, 3):
                for parts in combinations(group, size):
                    values = [_num(p) for p in parts]
                    if _comparable_sizes(values) and _close(sum(values), added):  # type: ignore[arg-type]
                        return f"{added.surface} {SUM} {', '.join(p.surface for p in parts)}", parts
            found = None if percent else _difference_of_two(added, group)
            if found is not None:
                return found
        if added.kind is Kind.NUMBER and added.unit is None and _precise(added):
            # a count said to its last digit may take its two ends from anywhere in the story, where they
            # give it exactly: "a lead of 12,284 votes" in the lead and "cut Biden's lead from 14,007" further
            # down for "narrowing his lead by 1,723" (a round "1,700" could be any two counts apart); two
            # counts of one thing, whose gap is smaller than either ("at least 144 killed" and "a 30-storey
            # building" give no "114")
            for a, b in combinations(peers, 2):
                if (
                    a.sentence != b.sentence
                    and _num(a) is not None
                    and abs(_num(a) - _num(b)) == _num(added)  # type: ignore[operator]
                    and _num(added) < min(_num(a), _num(b))  # type: ignore[operator,type-var]
                ):
                    return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
        if added.unit is not None and not percent:
            # a measure with its unit may take its two ends from anywhere in the story and in any unit of
            # its kind: "beat the record by 0.4 degrees" for "46.2C" in the lead and "the previous record,
            # 45.8C" further down; "0.75 seconds behind" for "3 minutes 51.26 seconds" and "3:52.01"
            measures = [
                (f, v) for f in source if f.kind is added.kind and (v := _in_unit(f, added.unit)) is not None
            ]
            for (a, x), (b, y) in combinations(measures, 2):
                if (
                    # (two of one sentence in the derived unit were tried above, as peers)
                    (a.sentence != b.sentence or a.unit != b.unit or a.unit != added.unit)
                    and _comparable_sizes((x, y))
                    and _close(abs(x - y), added)
                ):
                    return f"{added.surface} {DIFFERENCE} {a.surface} and {b.surface}", (a, b)
            # ... and two of one sentence in two units add up in the derived one: "7.9 metres, about 30
            # centimetres below the record" for "its record of 8.2m"
            for (a, x), (b, y) in combinations(measures, 2):
                if (
                    a.sentence == b.sentence
                    and a.unit != b.unit
                    and _comparable_sizes((x, y))
                    and _close(x + y, added)
                ):
                    return f"{added.surface} {SUM} {a.surface}, {b.surface}", (a, b)
    if added.kind in (Kind.MONEY, Kind.QUANTITY) and _num(added) is not None:
        # "up to $20 per device, for up to five devices" for "$100 in total": an amount times a count said
        # with it (the derived words must say it is a total: see restate.says_arithmetic)
        for amount in source:
            if amount.kind is not added.kind or amount.unit != added.unit or _num(amount) is None:
                continue
            for count in source:
                n = _num(count)
                if (
                    count.kind is Kind.NUMBER
                    and count.unit is None
                    and count.sentence == amount.sentence
                    and n is not None
                    and n == int(n)
                    and 2 <= n <= 1000
                    and _close(_num(amount) * n, added)  # type: ignore[operator]
                ):
                    return f"{added.surface} {PRODUCT} {amount.surface} and {count.surface}", (amount, count)
    if added.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY):
        # (after a share of a whole, which "cancelled 0.4% of them" for "about 400" of 98,500 is)
        amount = _amount_of_a_percent_move(added, source)
        if amount is not None:
            return amount
    # last, as the plainest reading: a bound said beside what it bounds (a sum the bound reaches is closer)
    return _bound_on(added, source)


def _days(n: int) -> str:
    return _counted(n, "day")


def _counted(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _precise(fig: Figure) -> bool:
    """Whether a number is said to at least three significant digits, the last not a zero ("1,723", not
    "1,700" or "17"), or to a decimal place of its scale ("2.8 million", as "61.4 million" and "58.6 million"
    are): a value two counts give exactly by chance only rarely."""
    whole, _, decimals = fig.surface.partition(".")
    digits = _NOT_DIGITS.sub("", whole)
    if not fig.surface[:1].isdigit():
        return False
    if len(digits) >= 3 and not digits.endswith("0"):
        return True
    fraction = _DIGITS.match(decimals)
    return (
        fraction is not None
        and len((digits + fraction.group()).lstrip("0")) >= 2
        and fraction.group()[-1] != "0"
    )
