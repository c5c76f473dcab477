"""What a whole story settles that its paragraphs, each read alone, cannot.

Extraction reads one paragraph at a time (and caches it), so a figure's reading that depends on the rest of
the story is settled here, once the story's figures are known: the temperature scale bare "degrees" take,
whether "pounds" are money, whether "tons" are metric, which week a bare weekday falls in, which quarters
are a fiscal year's, which quarter or months "the previous quarter" and "the previous two months" count back
from, what "a year earlier" in a paragraph of its own counts from, and whether "per hour" after a bracketed
conversion makes both measures speeds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from factcheck.calendar import YEAR_VALUE, YEARS_VALUE
from factcheck.extract.dates import (
    IN_BEFORE,
    WEEKDAYS,
    count_back_as_base,
    count_from,
    quarter_named,
    tense_at,
    time_not_reported,
)
from factcheck.extract.fiscal import fiscal_quarters
from factcheck.extract.lexicon import table
from factcheck.extract.patterns import BLANK_LINE, CURRENCY_CODES
from factcheck.extract.units import BARE_DEGREES, TIME_UNITS, WEIGHT_WORDS_BEFORE, first_temperature_scale
from factcheck.model import Figure, Kind, Value


def read_as_one_story(figures: list[Figure], text: str) -> list[Figure]:
    """The figures of a story, each read in the light of the others."""
    figures = _pounds_in_the_story_sense(_bare_degrees_in_the_story_scale(figures), text)
    figures = _tons_in_the_story_sense(figures)
    figures = _quarter_before_the_storys(_one_day_per_weekday(fiscal_quarters(figures, text), text), text)
    figures = _counts_back_from_the_storys_time(_months_before_the_storys(figures), text)
    figures = _runs_in_the_storys_period(_amounts_in_the_currency_before(figures, text), text)
    figures = _cents_in_the_storys_currency(_crowns_of_the_storys_country(figures, text))
    figures = _numeric_dates_in_the_storys_order(figures)
    return _models_the_story_names(_speeds_around_a_conversion(figures, text), text)


_NUMERIC_DATE = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{2}|\d{4})")


def _numeric_dates_in_the_storys_order(figures: list[Figure]) -> list[Figure]:
    """ "adjourned from 25/11/2024 to 03/12/2024": a story writes its dates in one order, so where one of its
    numeric dates can only be day first, a date that could be either is day first too (3 December, not
    March 12, which is how a date of both readings is read alone)."""
    numeric = [(f, m) for f in figures if f.kind is Kind.DATE and (m := _NUMERIC_DATE.fullmatch(f.surface))]
    if not any(int(m.group("a")) > 12 >= int(m.group("b")) for _, m in numeric):
        return figures
    if any(int(m.group("b")) > 12 >= int(m.group("a")) for _, m in numeric):
        return figures  # both orders in one story: each date stays as read
    swapped = {}
    for f, m in numeric:
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= 12 and b <= 12 and a != b and str(f.value).endswith(f"-{a:02d}-{b:02d}"):
            swapped[id(f)] = replace(f, value=f"{str(f.value)[:4]}-{b:02d}-{a:02d}")
    return [swapped.get(id(f), f) for f in figures]


_SCALED_END = re.compile(r"(?i)(?:\d\s*(?:m|bn)|\s(?:million|billion|trillion))$")
# what may follow an amount whose currency is left to the one before it: no noun it would count
# ("from 1.3 billion previously"; "15 million more in add-ons", not "12 million more investors")
_NOTHING_COUNTED_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|with|from|for|on|at|by|to|and|or|but|over|a\s+year|if|depending|previously"
    r"|earlier|before)\b|\s+(?:more|less|extra)(?=\s*(?:[.,;:)]|$)|\s+(?:in|with|from|for|on|at|by|to|than)\b)"
)


def _amounts_in_the_currency_before(figures: list[Figure], text: str) -> list[Figure]:
    """ "35 million pounds plus 5 million in add-ons", "$40 million, rising to 50 million", "to between 1.1
    billion and 1.2 billion euros, from 1.3 billion previously": an amount said without its currency after
    one said with it (or a range of it), in one sentence, is in that currency, whatever figures stand
    between ("65 million euros for the striker, 22, with up to 15 million more")."""
    out = list(figures)
    money: Figure | None = None  # the last amount said with its currency, in the sentence so far
    for i, f in enumerate(out):
        if money is not None and money.sentence != f.sentence:
            money = None
        if f.kind is Kind.MONEY or (f.kind is Kind.RANGE and f.unit in CURRENCY_CODES):
            money = f
        elif (
            money is not None
            and f.kind is Kind.NUMBER
            and f.unit is None
            and _SCALED_END.search(f.surface)
            and _NOTHING_COUNTED_AFTER.match(text, f.end)
        ):
            out[i] = replace(f, kind=Kind.MONEY, unit=money.unit)
    return out


# currency nouns several countries use, named with the country once in a story ("58.2 billion Danish crowns")
# and bare after that ("128.3 billion crowns")
_COUNTRY_CURRENCIES = {
    name.lower(): code for name, code in table("currencies")["suffixes"].items() if " " in name
}
_SHARED_NOUN_AFTER = re.compile(r"[^\S\n]+(?P<noun>crowns?|kron(?:or|er|a|e)|korunas?)\b", re.IGNORECASE)


def _crowns_of_the_storys_country(figures: list[Figure], text: str) -> list[Figure]:
    """ "58.2 billion Danish crowns ... 128.3 billion crowns": a bare "crowns" after an amount is the crown
    the story named with its country before it (no crown is the default of all of them)."""
    named: dict[str, str] = {}
    out = list(figures)
    for i, f in enumerate(out):
        if f.kind is Kind.MONEY and f.unit:
            said = " ".join(f.surface.lower().split()[-2:])
            if said in _COUNTRY_CURRENCIES:
                named[said.split()[-1].rstrip("s")] = _COUNTRY_CURRENCIES[said]
        elif f.kind is Kind.NUMBER and f.unit is None and named:
            m = _SHARED_NOUN_AFTER.match(text, f.end)
            code = named.get(m.group("noun").lower().rstrip("s")) if m else None
            if m is not None and code is not None:
                out[i] = replace(f, kind=Kind.MONEY, unit=code, end=m.end(), surface=text[f.start : m.end()])
    return out


_CENT_CURRENCIES = frozenset(table("currencies")["cent_currencies"])
_BARE_CENTS = re.compile(r"(?i)^[\d.,\s]+cents?$")


def _cents_in_the_storys_currency(figures: list[Figure]) -> list[Figure]:
    """ "a final dividend of 17.8 cents a share" in a story told in euros is 0.178 EUR: a bare "cents" is a
    hundredth of the currency of the amount the story said last (or, with none before it, next), where that
    currency has cents; else the dollar cents it reads as alone."""
    money = [f for f in figures if f.kind is Kind.MONEY and not _BARE_CENTS.match(f.surface)]
    out = []
    for f in figures:
        if f.kind is Kind.MONEY and f.unit == "USD" and _BARE_CENTS.match(f.surface):
            before = [m for m in money if m.start < f.start]
            said = before[-1] if before else next((m for m in money if m.start > f.start), None)
            if said is not None and said.unit in _CENT_CURRENCIES and said.unit != f.unit:
                f = replace(f, unit=said.unit)
        out.append(f)
    return out


_RUN_AFTER = re.compile(r"\s+(?i:in\s+a\s+row|running|straight|on\s+the\s+trot)\b")
_RUN_OF_PERIODS = re.compile(r"(?i)(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\b")


def _runs_in_the_storys_period(figures: list[Figure], text: str) -> list[Figure]:
    """ "the 14th month running ... the 17th in a row": a run said with no noun counts in the period of the
    run the story told last, so that "the 18th monthly surplus in a row" -> "the 17th in a row" is a run
    shortened, not one figure lost and another added."""
    out: list[Figure] = []
    period: str | None = None
    for f in figures:
        if f.kind is Kind.QUANTITY and f.unit in TIME_UNITS and _RUN_OF_PERIODS.match(f.surface):
            period = f.unit
        elif f.kind is Kind.ORDINAL and period is not None and _RUN_AFTER.match(text, f.end):
            f = replace(f, kind=Kind.QUANTITY, unit=period)
        out.append(f)
    return out


# "a Boeing 787-8 Dreamliner", "an Airbus A320neo": a maker's model number, which the story may go on to
# name without the maker ("the first fatal crash of a 787")
_MAKERS = table("text")["model_makers"].split()
_MODEL = re.compile(r"\b(?:" + "|".join(_MAKERS) + r")\s+(?P<n>\d{2,3})(?=\b|-|[a-z])")
# ... said with an article, and followed by nothing it would count ("a 787", "the 737 fleet"; not "the 320
# people on board")
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their)\s+$")
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:jet|jets|plane|planes|aircraft|airliner|airliners|fleet|model|models|family|programme|program"
    r"|crash|crashes|series|since|in|on|at|of|and|or|was|is|had|has|crashed)\b)[a-z]"
)


def _models_the_story_names(figures: list[Figure], text: str) -> list[Figure]:
    """A bare number a story gives elsewhere as a maker's model is that model, no figure: "a Boeing 787 ...
    the first fatal crash of a 787"."""
    # (a substring test per maker is cheaper than the pattern over a whole article that names none)
    models = {m.group("n") for m in _MODEL.finditer(text)} if any(m in text for m in _MAKERS) else set()
    if not models:
        return figures
    return [
        f
        for f in figures
        if not (
            f.kind is Kind.NUMBER
            and not f.unit
            and f.surface in models
            and _ARTICLE_BEFORE.search(text, max(0, f.start - 8), f.start)
            and not _COUNTED_AFTER.match(text, f.end)
        )
    ]


def _bare_degrees_in_the_story_scale(figures: list[Figure]) -> list[Figure]:
    """Bare "degrees" in a paragraph that names no single scale take the scale the story gives first:
    "118F (47.8C) on Tuesday ... 19 days above 110 degrees" is Fahrenheit. Where a story gives no temperature
    at all, "degrees" keep their angle."""
    scale = first_temperature_scale([f.unit for f in figures])
    if scale is None:
        return figures
    return [replace(f, unit=scale) if f.unit == BARE_DEGREES and "°" not in f.surface else f for f in figures]


_POUNDS_END = re.compile(r"(?i)pounds?$")
_OF_AFTER = re.compile(r"\s+(?:of|per)\b")  # "pounds of beef", "pounds per square inch"


def _pounds_in_the_story_sense(figures: list[Figure], text: str) -> list[Figure]:
    """A story that counts money in "pounds" once ("stole more than 1,500 pounds") counts it so throughout:
    "62 payments totalling 1,230 pounds" is sterling too, unless a weight is plainly meant ("pounds of
    beef", "weighed 200 pounds")."""
    if not any(f.unit == "GBP" and _POUNDS_END.search(f.surface) for f in figures):
        return figures
    return [
        replace(f, kind=Kind.MONEY if f.kind is Kind.QUANTITY else f.kind, unit="GBP")
        if f.unit == "pound-mass"
        and f.kind in (Kind.QUANTITY, Kind.RANGE)
        and _POUNDS_END.search(f.surface)
        and not _OF_AFTER.match(text, f.end)
        and not WEIGHT_WORDS_BEFORE.search(text, max(0, f.start - 60), f.start)
        else f
        for f in figures
    ]


_METRIC_TONS = re.compile(r"(?i)\bmetric\s+tons?\b")


def _tons_in_the_story_sense(figures: list[Figure]) -> list[Figure]:
    """A story that says "metric tons" once means them by "tons" throughout, as AP style writes it: "40
    million metric tons of carbon dioxide last year, down from 48 million tons" are both tonnes."""
    if not any(f.unit == "tonne" and _METRIC_TONS.search(f.surface) for f in figures):
        return figures
    return [replace(f, unit="tonne") if f.unit == "ton" else f for f in figures]


def _one_day_per_weekday(figures: list[Figure], text: str) -> list[Figure]:
    """A story's "Thursday" is one day: where a bare weekday is resolved to the week ahead once, because its
    clause looks ahead ("snow will sweep in from Thursday"), a mention whose clause says neither ("the
    warnings are in force from 6pm on Thursday") is that day too, not the Thursday just gone. Each paragraph
    is read alone, so this is settled here, for the whole story."""
    if not figures:
        return figures
    named: dict[str, list[int]] = {}
    for i, f in enumerate(figures):
        if f.kind is Kind.DATE and f.surface.lower() in WEEKDAYS and isinstance(f.value, str):
            named.setdefault(f.surface.lower(), []).append(i)
    for indexes in named.values():
        if len({figures[i].value for i in indexes}) < 2:
            continue
        tenses = {i: tense_at(text, figures[i].start) for i in indexes}
        ahead = [figures[i].value for i in indexes if tenses[i] == "future"]
        if len(set(ahead)) != 1:
            continue
        for i in indexes:
            if tenses[i] is None:
                figures[i] = replace(figures[i], value=ahead[0])
    return figures


_PREVIOUS_QUARTER = re.compile(
    r"(?i)the\s+(?:(?:previous|preceding|prior)\s+(?:quarter|three\s+months)|three\s+months\s+(?:before|earlier|prior))"
)


def _quarter_before_the_storys(figures: list[Figure], text: str) -> list[Figure]:
    """ "grew 4.6% in the July-September quarter ... [a paragraph later] down from 4.7% in the previous
    quarter": the quarter before the one the story reports, where the paragraph names none (a paragraph that
    does is settled as it is read). Read against the publication date alone, "the previous quarter" of an
    October story would be the very July-September quarter the story is about."""
    out = list(figures)
    for i, f in enumerate(out):
        if (
            f.kind is not Kind.DATE
            or not _PREVIOUS_QUARTER.fullmatch(" ".join(f.surface.split()))
            or not IN_BEFORE.search(text, max(0, f.start - 8), f.start)
        ):
            continue
        before = [
            (g.end, q)
            for g in out[:i]
            if g.kind is Kind.DATE
            and not count_back_as_base(text, g.start, g.end)
            and (q := quarter_named(g)) is not None
        ]
        if not before:
            continue
        year, quarter = max(before)[1]
        unresolved = "unresolved" in f.qualifiers
        if not unresolved and quarter_named(f) != (year, quarter):
            continue  # read from a quarter of its own paragraph, or another time altogether
        index = year * 4 + quarter - 2
        qualifiers = tuple(q for q in f.qualifiers if q != "unresolved")
        out[i] = replace(
            f, value=f"{index // 4}-Q{index % 4 + 1}", low=None, high=None, qualifiers=qualifiers
        )
    return out


_PREVIOUS_MONTHS = re.compile(
    r"(?i)the\s+(?:(?:previous|preceding|prior)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>months|years)"
    r"|(?P<n2>\d{1,2}|[a-z]+)\s+(?P<unit2>months|years)\s+(?:before|earlier|prior))"
)
_COUNTS = table("numbers")["units"]
_MONTH_VALUE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")


def _months_before_the_storys(figures: list[Figure]) -> list[Figure]:
    """ "added 227,000 jobs in November ... revisions added 65,000 to the previous two months" (or "the two
    months before"): the months (or years) before the month (or year) the story reports, not the ones before
    its publication date. "The past two months" still reach back from the day the story is published."""
    out = list(figures)
    for i, f in enumerate(out):
        m = _PREVIOUS_MONTHS.fullmatch(" ".join(f.surface.split()))
        if f.kind is not Kind.DATE or m is None or f.low is None:
            continue
        said = (m.group("n") or m.group("n2")).lower()
        n = int(said) if said.isdigit() else _COUNTS.get(said)
        if not n or n > 24:
            continue
        in_years = (m.group("unit") or m.group("unit2")).lower() == "years"
        pattern = YEAR_VALUE if in_years else _MONTH_VALUE
        anchors = [g for g in out[:i] if g.kind is Kind.DATE and pattern.fullmatch(str(g.value))]
        if not anchors:
            continue
        anchor = str(max(anchors, key=lambda g: g.end).value)
        if in_years:
            low, high = str(int(anchor) - n), str(int(anchor) - 1)
        else:
            index = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1
            first, last = index - n, index - 1
            low, high = f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}"
        out[i] = replace(f, value=f"{low}..{high}", low=low, high=high)
    return out


_PLACED = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-Q[1-4]")


def _placed_end(f: Figure) -> str | None:
    """The time a date places, or for a period of placed ends ("the year to December 2024") its end, which a
    count back in years counts from ("the previous year's figure" is the year before it)."""
    value = str(f.value)
    if _PLACED.fullmatch(value):
        return value
    low, sep, high = value.partition("..")
    return high if sep and _PLACED.fullmatch(low) and _PLACED.fullmatch(high) else None


_IN_YEARS = re.compile(r"(?i)\byears?\b")
_WHOLE_PERIODS = re.compile(r"(?i)\b(?:years?|quarters?|months?)\b")
# (not "last year", "last month": the period a story reports on, as its lead names it)
_COUNTED = re.compile(r"(?i)\b(?:earlier|later|before|after|ago|previous|preceding|prior)\b|-on-|/")


_SPAN_TO_NOW = re.compile(r"(?i)(?:in|over|within)\s")
_RELATIVE = re.compile(r"(?i)(?:last|next|this)\b")
_COMPARED_IN = re.compile(r"(?i)\s+(?:in|for|during)\s+")


_GRAIN = {"year": 0, "quarter": 1, "month": 2}


def _finer_than(count_back: str, anchor: str) -> bool:
    """Whether a count back ("the previous quarter") counts in a unit finer than the anchor's own grain
    ("2024": a year)."""
    unit = next((u for u in _GRAIN if u in count_back), "year")
    grain = 0 if re.fullmatch(r"\d{4}", anchor) else 1 if "-Q" in anchor else 2
    return _GRAIN[unit] > grain


def _counts_back_from_the_storys_time(figures: list[Figure], text: str) -> list[Figure]:
    """ "Retail sales fell 2.3% in April, the ONS said Friday. [new paragraph] Sales volumes were 2.7% lower
    than a year earlier": a count back that its own paragraph gives nothing to count from counts from the
    time the story reports, the period its lead names (a quarter first, then a month or year, then a day:
    "said Friday" is when it was told); read alone, the paragraph left it unresolved. Not from the last date
    before it: "below the record in 2022 ... up from 49 a year earlier" still counts from the story's 2024."""
    if not any("unresolved" in f.qualifiers for f in figures):
        return figures
    # the lead: the first paragraph that places a date (a headline above it places none)
    breaks = [m.start() for m in BLANK_LINE.finditer(text)]
    placed = [
        f
        for f in figures
        if f.kind is Kind.DATE
        and _placed_end(f) is not None
        and not _COUNTED.search(f.surface)
        # "than last year's record": a time the story compares with, not the one it reports
        and not (_RELATIVE.match(f.surface) and text.startswith(("'s", "’s"), f.end))
        # ... as are the time a best or worst is counted since ("its lowest since May 2025") and the time a
        # target is set for ("the 78% goal for March 2026")
        and not time_not_reported(text, f.start)
    ]
    if not placed:
        return figures
    # a story of one paragraph is all lead
    lead_end = next((b for b in breaks if b >= placed[0].end), len(text))
    lead_start = max((b for b in breaks if b < placed[0].start), default=0)
    anchors = [f for f in placed if lead_start <= f.start and f.end <= lead_end]
    quarters = [f for f in anchors if "-Q" in str(f.value)]
    periods = [f for f in anchors if f.surface.lower() not in WEEKDAYS]
    anchor_figure = (quarters or periods or anchors)[0]
    anchor, anchor_end = _placed_end(anchor_figure) or str(anchor_figure.value), anchor_figure.end
    out = list(figures)
    for i, f in enumerate(out):
        if f.kind is not Kind.DATE or "unresolved" not in f.qualifiers or f.start < anchor_end:
            continue
        if not _WHOLE_PERIODS.search(str(f.value)):
            continue  # "three days earlier" counts from an event of its own paragraph, not the story's time
        if _SPAN_TO_NOW.match(f.surface):
            continue  # "have lost 8% in a year": the year to the time of writing, whatever the lead reports
        if ".." in str(anchor_figure.value) and not _IN_YEARS.search(str(f.value)):
            continue  # "three months earlier" than July-September is April-June, no one month: left alone
        if _finer_than(str(f.value), anchor):
            continue  # "quarter-on-quarter" counts no quarter back from a lead that names only the year
        if any(_COMPARED_IN.fullmatch(text, f.end, g.start) for g in placed if g.start >= f.end):
            continue  # "fell 0.1% quarter-on-quarter in the final three months of 2024": the period compared
        ends: tuple[Value, Value] = (f.low, f.high)
        try:
            value = count_from(str(f.value), anchor)
            season = YEARS_VALUE.fullmatch(str(anchor_figure.value))
            if value and season and int(season[2]) == int(season[1]) + 1 and _IN_YEARS.search(str(f.value)):
                # "in the 2026-27 season, up 2.5% from the previous year": the season before, 2025-26
                ends = (count_from(str(f.value), season[1]), value)
                value = f"{ends[0]}..{ends[1]}"
        except ValueError:
            value = None
        if value:
            resolved = tuple(q for q in f.qualifiers if q != "unresolved")
            out[i] = replace(f, value=value, low=ends[0], high=ends[1], qualifiers=resolved)
    return out


# "195 kilometers (121 miles) per hour": the rate after the bracket is both figures'
_PER_HOUR_AFTER_BRACKET = re.compile(r"(?i)[^()]{0,3}\)\s+(?:per|an|a)\s+hour\b")
_SPEEDS = {"kilometre": "kilometre per hour", "mile": "mile per hour"}
_BRACKET_OPEN = re.compile(r"(?i)\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+)?")


def _speeds_around_a_conversion(figures: list[Figure], text: str) -> list[Figure]:
    """ "winds of 195 kilometers (121 miles) per hour": a distance and its conversion in brackets, with "per
    hour" after the bracket, are two speeds, not two lengths."""
    out = list(figures)
    for i, (first, second) in enumerate(pairwise(out)):
        if first.unit not in _SPEEDS or second.unit not in _SPEEDS:
            continue
        if not _BRACKET_OPEN.fullmatch(text, first.end, second.start):
            continue
        if _PER_HOUR_AFTER_BRACKET.match(text, second.end) is None:
            continue
        out[i] = replace(first, unit=_SPEEDS[first.unit])
        out[i + 1] = replace(second, unit=_SPEEDS[second.unit])
    return out
