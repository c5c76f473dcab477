"""The days a date value covers, so that a less precise date can stand for a more precise one.

"the third quarter" (2025-Q3) covers Sept. 30, 2025; "2024" covers "March 3, 2024"; "summer 2023" (the
northern summer, June to August) covers July 2023; a rewrite that states
the coarser one has not moved the date, it has only said less.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEK_DAYS = 7
# The shapes of date values by their precision: a year ("2024"), a month ("2024-05"), a day ("2024-05-17")
YEAR_VALUE = re.compile(r"\d{4}")
MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a stretch of whole years ("2019..2023"), or a year written across two ("2026-27" is 2026..2027)
YEARS_VALUE = re.compile(r"(\d{4})\.\.(\d{4})")
# a time of day's value, "HH:MM" on a 24-hour clock
CLOCK = re.compile(r"(\d{2}):(\d{2})")
_QUARTER = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def span(value: object) -> tuple[date, date] | None:
    """First and last day a date value covers, or None for values without a calendar position."""
    return _span(str(value))


@lru_cache(maxsize=4096)
def _span(v: str) -> tuple[date, date] | None:
    """`span` of a value's text, cached: alignment asks it of every pair of dates of a story."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            return date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})", v):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := re.fullmatch(r"(\d{4})-([QH]\d)", v):
            first, last = _QUARTER[m[2]]
            return date(int(m[1]), first, 1), _month_end(int(m[1]), last)
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            year = int(m[1])
            if m[2] == "WI":  # "winter 2023" is read both ways (2022-23 and 2023-24): it covers either
                return date(year - 1, 12, 1), _month_end(year + 1, 2)
            first = {"SP": 3, "SU": 6, "FA": 9}[m[2]]
            return date(year, first, 1), _month_end(year, first + 2)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (
                (monday + timedelta(days=5), monday + timedelta(days=6))
                if m[3]
                else (monday, monday + timedelta(days=6))
            )
        if m := re.fullmatch(r"(\d{3})0s", v):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if ".." in v:
            a, b = (span(x) for x in v.split("..", 1))
            if a and b:
                return a[0], b[1]
    except ValueError:
        return None
    return None


def covers(outer: object, inner: object) -> bool:
    """Whether date value `outer` covers all of `inner` (and is not the same value)."""
    a, b = span(outer), span(inner)
    if a is None or b is None or str(outer) == str(inner) or not (a[0] <= b[0] and b[1] <= a[1]):
        return False
    # two stretches given by their ends ("between March 2021 and January 2023" and "... January 2022")
    # cover each other only where their ends agree, as far as the less precise one says them
    ends_outer, ends_inner = _ends(str(outer)), _ends(str(inner))
    if ends_outer and ends_inner:
        return all(_agree(x, y) for x, y in zip(ends_outer, ends_inner, strict=True))
    return True


def _agree(x: str, y: str) -> bool:
    width = min(len(x), len(y))
    return x[:width] == y[:width]


def _ends(value: str) -> tuple[str, str] | None:
    """The two ends of a stretch written "low..high" with calendar dates, else None."""
    low, dots, high = value.partition("..")
    return (low, high) if dots and _PLAIN.fullmatch(low) and _PLAIN.fullmatch(high) else None


_PLAIN = re.compile(r"\d{4}(?:-\d{2}){0,2}")
