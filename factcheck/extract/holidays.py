"""The day a named holiday falls on in a given year: "New Year's Day", "Thanksgiving", "Good Friday".

A story dates events by holidays as readily as by the calendar ("killed on New Year's Day", "before
Thanksgiving"), and a rewrite may give the same day as a date ("on January 1"). The rules live in the
lexicon (`holidays` in dates.yaml): a fixed day of a month ("12-25"), a weekday counted within a month
("11-TH4", the fourth Thursday of November; "05-MO-1", the last Monday of May; "11-TH4+1", the day
after the fourth Thursday of November), or a day counted from Easter
("easter-2"), whose date dateutil computes (the Western, Gregorian reckoning) when a story names one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.extract.lexicon import table

_T = table("dates")
RULES: dict[str, str] = _T["holidays"]
# Names said alone only after a word that dates by them ("on Christmas", "before Easter"): alone, "Christmas
# shopping" or "Easter eggs" name no day.
NEEDS_A_LEAD: frozenset[str] = frozenset(_T["holidays_needing_a_lead"])
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_COUNTED = re.compile(r"(?P<month>\d\d)-(?P<wd>[A-Z]{2})(?P<n>-?\d)(?P<shift>[+-]\d+)?")
_FROM_EASTER = re.compile(r"easter(?P<shift>[+-]\d+)?")


def holiday_in(name: str, year: int) -> date:
    """The day the holiday `name` (a key of RULES) falls on in `year`."""
    rule = RULES[name]
    if m := _FROM_EASTER.fullmatch(rule):
        from dateutil.easter import easter  # only a story that names a moveable feast pays for it

        return easter(year) + timedelta(days=int(m.group("shift") or 0))
    if m := _COUNTED.fullmatch(rule):
        n, month, weekday = int(m.group("n")), int(m.group("month")), _WEEKDAY_CODES.index(m.group("wd"))
        # ... and days from it: "Black Friday", the day after Thanksgiving ("11-TH4+1")
        shift = timedelta(days=int(m.group("shift") or 0))
        if n > 0:  # the n-th such weekday from the first of the month
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1)) + shift
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)  # ... or the last one
        return last - timedelta(days=(last.weekday() - weekday) % 7) + shift
    month, day = (int(part) for part in rule.split("-"))
    return date(year, month, day)


def is_fixed(name: str) -> bool:
    """Whether the holiday falls on one day of the calendar every year (and so has a day without a year)."""
    return re.fullmatch(r"\d\d-\d\d", RULES[name]) is not None
