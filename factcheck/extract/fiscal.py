"""Quarters of a company's own year: "the second quarter" of a Toyota story is July to September.

A paragraph alone reads "the second quarter" as the calendar's. A story that counts in a fiscal year ending
in another month than December says so: the quarter is named with its end ("its fiscal fourth quarter ended
Sept. 30"), or the story gives the year's end ("in the year ending March 2024") and calls it fiscal or
financial somewhere. Then a quarter named by its ordinal alone is that year's quarter, and its value is the
three months it covers. Trailing twelve-month figures ("inflation in the year to March") never mention a
fiscal year, so their stories keep calendar quarters. Across two versions, a rewrite's ordinal quarter may
count in the year the source says ends in another month ("the October-December quarter" of a year ending in
March is the "third quarter"): `fiscal_quarter_for_calendar` reads it so for alignment.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.calendar import span
from factcheck.extract.dates import MONTHS
from factcheck.model import Figure, Kind

_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_ORDINAL_QUARTER = re.compile(
    r"(?i)^(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter$|^Q[1-4]$"
)
# (", ended Sept. 30", ", which ended on June 30" too)
_ENDED_AFTER = re.compile(r"(?i),?\s+(?:(?:that|which)\s+)?(?:ended|ending|to)\s+(?:on\s+)?$")
_YEAR_WORDS = re.compile(r"(?i)\byear\b")
_FISCAL = re.compile(r"(?i)\b(?:fiscal|financial)\b")
_MONTHS_SPAN = re.compile(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})")
_OF_A_FISCAL_YEAR = re.compile(r"(?i)\s+of\s+(?:its|the|their|his|her)\s+(?:fiscal|financial)\s+year\b")


def fiscal_quarters(figures: list[Figure], text: str) -> list[Figure]:
    """The figures with each quarter named by its ordinal read as the story's fiscal quarter, where the story
    counts in one (see the module's docstring)."""
    quarters = [i for i, f in enumerate(figures) if _is_ordinal_quarter(f)]
    if not quarters:
        return figures
    out = list(figures)
    done: set[int] = set()
    # "its fiscal fourth quarter ended Sept. 30": the three months up to the date after it
    for i in quarters:
        after = figures[i + 1] if i + 1 < len(figures) else None
        if after is None or after.kind is not Kind.DATE or not isinstance(after.value, str):
            continue
        if not _ENDED_AFTER.fullmatch(text[figures[i].end : after.start]) or not re.match(
            r"\d{4}-\d{2}", after.value
        ):
            continue
        year, month = int(after.value[:4]), int(after.value[5:7])
        out[i] = _months(figures[i], year * 12 + month - 1 - 2)
        done.add(i)
    year_end = _fiscal_year_end(figures, text)
    if year_end is None:
        # "the second quarter of its fiscal year" with no month its year ends in: a quarter of no calendar
        # quarter known, its words its value (as an undated "Thursday" is), never a calendar quarter moved;
        # and so is every quarter the story names by its ordinal
        fiscal = any(
            _FISCAL.search(text, max(0, figures[i].start - 16), figures[i].start)
            or _OF_A_FISCAL_YEAR.match(text, figures[i].end)
            for i in quarters
            if i not in done
        )
        for i in quarters if fiscal else ():
            if i not in done:
                fig = figures[i]
                n = _QUARTER_VALUE.fullmatch(str(fig.value)).group(2)  # type: ignore[union-attr]
                out[i] = replace(fig, value=f"fiscal q{n}", qualifiers=(*fig.qualifiers, "unresolved"))
        return out
    for i in quarters:
        if i in done:
            continue
        n = int(_QUARTER_VALUE.fullmatch(str(figures[i].value)).group(2))  # type: ignore[union-attr]
        out[i] = _months(figures[i], year_end - 11 + 3 * (n - 1))
    return out


# "for the year ending in March": a story giving the month a company's year ends in, called fiscal or not
_YEAR_ENDING = re.compile(
    r"(?i)\b(?:year|12\s+months)\s+(?:ending|ended|that\s+ends|which\s+ends|to)\s+(?:in\s+|on\s+)?"
    r"(?:(?:the\s+)?end\s+of\s+)?(?P<m>[A-Z][a-z]+)\b"
)


def fiscal_quarter_for_calendar(source_fig: Figure, source_text: str, derived_fig: Figure) -> bool:
    """ "the October-December quarter" of a company whose year ends in March (as the source says: "for the
    year ending in March") said "third-quarter": a rewrite that counts in the company's year names the same
    three months."""
    s, d = _QUARTER_VALUE.fullmatch(str(source_fig.value)), _QUARTER_VALUE.fullmatch(str(derived_fig.value))
    if s is None or d is None or not _is_ordinal_quarter(derived_fig):
        return False
    ends = {MONTHS.get(m.group("m").lower()) for m in _YEAR_ENDING.finditer(source_text)} - {None, 12}
    if len(ends) != 1:
        return False
    # the fiscal quarter's first month of the calendar, and so its calendar quarter
    first_month = (ends.pop() + 3 * (int(d.group(2)) - 1)) % 12 + 1
    return (first_month - 1) // 3 + 1 == int(s.group(2))


_FISCAL_QUARTER_VALUE = re.compile(r"fiscal q([1-4])")


def fiscal_quarter_said_plainly(a: Figure, b: Figure) -> bool:
    """ "its fiscal third quarter" (a quarter of no calendar quarter known) said "third-quarter" in the other
    version: a rewrite drops "fiscal" but names the company's quarter by the same ordinal, so it is read in
    the same year rather than as a calendar quarter moved."""
    for fiscal, plain in ((a, b), (b, a)):
        m = _FISCAL_QUARTER_VALUE.fullmatch(str(fiscal.value))
        if m is None or fiscal.kind is not Kind.DATE or not _is_ordinal_quarter(plain):
            continue
        q = _QUARTER_VALUE.fullmatch(str(plain.value))
        if q is not None and q.group(2) == m.group(1):
            return True
    return False


def fiscal_quarter_of_months_said(a: Figure, b: Figure) -> bool:
    """ "the three months to May 31" said "its fiscal fourth quarter" where no year-end is given: the
    company's quarter, whose months only the other version names (alignment asks for words that clearly say
    the same, as any three months could be some company's quarter)."""
    for fiscal, months in ((a, b), (b, a)):
        if fiscal.kind is not Kind.DATE or months.kind is not Kind.DATE:
            continue
        if _FISCAL_QUARTER_VALUE.fullmatch(str(fiscal.value)) is None:
            continue
        if _is_ordinal_quarter(months):
            return False  # "the second quarter": another ordinal names another quarter
        # ... but "the three months to June 30" or "the March-May period" may be the company's quarter
        covered = span(months.value)
        return (
            covered is not None
            and (covered[1].year - covered[0].year) * 12 + covered[1].month - covered[0].month == 2
        )
    return False


def _is_ordinal_quarter(fig: Figure) -> bool:
    return (
        fig.kind is Kind.DATE
        and _QUARTER_VALUE.fullmatch(str(fig.value)) is not None
        and _ORDINAL_QUARTER.match(fig.surface.strip()) is not None
    )


def _fiscal_year_end(figures: list[Figure], text: str) -> int | None:
    """The month index (year * 12 + month - 1) a story's fiscal year ends with, when it names one year of
    twelve months ending in another month than December and calls its year fiscal or financial."""
    if not _FISCAL.search(text):
        return None
    ends = set()
    for f in figures:
        m = _MONTHS_SPAN.fullmatch(str(f.value)) if f.kind is Kind.DATE else None
        if m is None or not _YEAR_WORDS.search(f.surface):
            continue
        first, last = int(m[1]) * 12 + int(m[2]) - 1, int(m[3]) * 12 + int(m[4]) - 1
        if last - first == 11 and int(m[4]) != 12:
            ends.add(last)
    return ends.pop() if len(ends) == 1 else None


def _months(fig: Figure, first: int) -> Figure:
    """The quarter as the three months from month index `first`: a calendar quarter code where it is one."""
    last = first + 2
    if first % 3 == 0:
        value = f"{first // 12}-Q{first % 12 // 3 + 1}"
        return replace(fig, value=value)
    low, high = f"{first // 12}-{first % 12 + 1:02d}", f"{last // 12}-{last % 12 + 1:02d}"
    return replace(fig, value=f"{low}..{high}", low=low, high=high)
