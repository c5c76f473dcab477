"""Dates: explicit ones, weekdays and relative phrases, resolved against the text's publication date.

A news text's "Thursday" means the Thursday of the week around its publication date (in the past unless the
sentence speaks of the future), and "last year" the year before it. Without a publication date nothing is
guessed: the value stays the lower-cased words ("thursday", "last year"), which still align by their words.
Explicit forms are read from the match itself; dateparser normalises the ambiguous numeric forms
("02/03/2025"), loaded only when such a form occurs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from factcheck.extract.candidates import Candidate
from factcheck.extract.lexicon import table
from factcheck.extract.patterns import alternation
from factcheck.model import Kind

_T = table("dates")
MONTHS: dict[str, int] = {n.lower(): int(k) for k, names in _T["months"].items() for n in names}
WEEKDAYS: dict[str, int] = {n.lower(): int(k) for k, names in _T["weekdays"].items() for n in names}
RELATIVE: dict[str, tuple[str, int]] = {k: (v[0], int(v[1])) for k, v in _T["relative"].items()}
_FUTURE = re.compile(r"(?i)(?:^|\W)(?:" + alternation(_T["future_markers"]) + r")(?=\W|$)")

# Month names are matched capitalised ("May 5", never "may"), abbreviations with an optional period.
_FULL_MONTHS = [names[0] for names in _T["months"].values()]
_ABBR_MONTHS = [n for names in _T["months"].values() for n in names[1:]]
_MONTH = r"(?P<@G@>(?:" + alternation(_FULL_MONTHS) + r")\b|(?:" + alternation(_ABBR_MONTHS) + r")\b\.?)"
_FULL_WEEKDAYS = [names[0] for names in _T["weekdays"].values()]
_WEEKDAY = r"(?P<wd>" + alternation(_FULL_WEEKDAYS) + r")(?:'s|’s)?\b"
_DAY = r"(?P<@G@>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<@G@>(?:1[89]|20)\d{2})\b"


def _g(fragment: str, group: str) -> str:
    """Name the group of a shared fragment, so that one pattern can hold several months or days."""
    return fragment.replace("@G@", group)


_MDY = _g(_MONTH, "m1") + r"\s+" + _g(_DAY, "d1") + r"(?:,?\s+" + _g(_YEAR, "y1") + ")?"
_DMY = _g(_DAY, "d2") + r"\s+(?:of\s+)?" + _g(_MONTH, "m2") + r"(?:,?\s+" + _g(_YEAR, "y2") + ")?"
_MY = _g(_MONTH, "m3") + r",?\s+" + _g(_YEAR, "y3")

EXPLICIT = re.compile(rf"\b(?:{_MDY}|{_DMY}|{_MY})")
WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his)\s+)?{_WEEKDAY}"
    rf"(?:,?\s+(?:{_MDY}|{_DMY}))?"
)
MONTH_ALONE = re.compile(
    r"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough)\s+|"
    r"(?P<mod2>mid-))" + _g(_MONTH, "m") + r"(?!\s*\d)"
)
RELATIVE_PHRASE = re.compile(r"\b(?i:" + alternation(list(RELATIVE)) + r")\b")
ISO = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
NUMERIC = re.compile(r"(?<![\w/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\w/])")
YEAR = re.compile(r"(?<![\w$€£¥.,/\-−])(?:1[89]\d{2}|20\d{2})(?![\w%‰]|[.,]\d|\s?%)")
DECADE = re.compile(r"(?<![\w.,])(?:(?:1[89]|20)\d0s|'\d0s|’\d0s)(?!\w)")
YEAR_SPAN = re.compile(r"(?<![\w.,])(?P<a>(?:1[89]|20)\d{2})[-–/](?P<b>(?:1[89]|20)?\d{2})(?![\w%])")


def _parse_pub(pub: str | None) -> date | None:
    return date.fromisoformat(pub) if pub else None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def resolve_day(month: int, day: int, year: int | None, pub: date | None) -> str | None:
    """ISO date; a date without a year takes the year that puts it nearest the publication date."""
    try:
        if year is not None:
            return date(year, month, day).isoformat()
        if pub is None:
            date(2000, month, day)  # validate day/month (2000 is a leap year)
            return f"XXXX-{month:02d}-{day:02d}"
        options = []
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                options.append(date(y, month, day))
            except ValueError:
                continue
        return min(options, key=lambda d: (abs((d - pub).days), d)).isoformat() if options else None
    except ValueError:
        return None


def resolve_weekday(weekday: int, modifier: str | None, pub: date, future: bool) -> str:
    """The day a weekday names in a text published on `pub` (this week's past day unless future)."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    mod = (modifier or "").lower()
    if mod == "last":
        return (pub - timedelta(days=back or 7)).isoformat()
    if mod == "next":
        return (pub + timedelta(days=ahead or 7)).isoformat()
    if future and ahead:
        return (pub + timedelta(days=ahead)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


def resolve_relative(unit: str, offset: int, pub: date) -> str:
    """ "last year" -> "2024", "next month" -> "2025-03", "this week" -> "2025-W07", "yesterday" -> a day."""
    if unit == "day":
        return (pub + timedelta(days=offset)).isoformat()
    if unit in ("week", "weekend"):
        iso = (pub + timedelta(weeks=offset)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-weekend" if unit == "weekend" else "")
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + offset
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(pub.year + offset)


def _resolve_month(month: int, modifier: str, pub: date | None) -> str:
    """ "last March" is the latest March before the publication month, "next March" the first after it,
    and a bare "in March" the March nearest to it."""
    if pub is None:
        return f"XXXX-{month:02d}"
    mod = modifier.lower()
    here = pub.year * 12 + pub.month - 1
    options = [y * 12 + month - 1 for y in (pub.year - 1, pub.year, pub.year + 1)]
    if mod == "last":
        chosen = max(o for o in options if o < here)
    elif mod == "next":
        chosen = min(o for o in options if o > here)
    elif mod == "this":
        chosen = pub.year * 12 + month - 1
    else:
        chosen = min(options, key=lambda o: (abs(o - here), o))
    return f"{chosen // 12}-{chosen % 12 + 1:02d}"


@lru_cache(maxsize=2048)
def _dateparser_iso(surface: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(
        surface, languages=["en"], settings={"DATE_ORDER": "MDY", "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed else None


def _explicit_value(m: re.Match[str], suffix: str, pub: date | None) -> str | None:
    month, day, year = m.group("m" + suffix), m.group("d" + suffix), m.group("y" + suffix)
    return resolve_day(_month(month), int(day), int(year) if year else None, pub)


def _speaks_of_future(text: str, start: int) -> bool:
    """Whether the clause leading up to a weekday is in the future tense ("will meet on Thursday").

    Only the few words before the weekday count: in "said on Wednesday he would meet", the weekday belongs
    to "said", not to the later "would".
    """
    lead = text[max(0, start - 60) : start]
    clause = re.split(r"[,;.:!?—]", lead)[-1]
    return bool(_FUTURE.search(" ".join(clause.split()[-6:])))


def date_candidates(text: str, pub_iso: str | None) -> Iterator[Candidate]:
    """Every date candidate in `text`, resolved against the publication date `pub_iso` when there is one."""
    pub = _parse_pub(pub_iso)
    for m in EXPLICIT.finditer(text):
        if m.group("m1"):
            value = _explicit_value(m, "1", pub)
        elif m.group("m2"):
            value = _explicit_value(m, "2", pub)
        else:
            value = f"{int(m.group('y3'))}-{_month(m.group('m3')):02d}"
        if value:
            yield Candidate(m.start(), m.end(), Kind.DATE, value)
    for m in WEEKDAY.finditer(text):
        if m.group("m1") or m.group("m2"):
            value = _explicit_value(m, "1" if m.group("m1") else "2", pub)
        elif pub is None:
            value = ((m.group("mod") or "") + " " + m.group("wd")).strip().lower()
        else:
            future = _speaks_of_future(text, m.start())
            value = resolve_weekday(WEEKDAYS[m.group("wd").lower()], m.group("mod"), pub, future)
        if value:
            end = m.end()
            if text[m.end() - 2 : m.end()] in ("'s", "’s") and not (m.group("m1") or m.group("m2")):
                end -= 2
            yield Candidate(m.start(), end, Kind.DATE, value)
    for m in MONTH_ALONE.finditer(text):
        start = m.start("m")
        mod = m.group("mod") or ""
        if mod.lower() in ("last", "next", "this"):
            start = m.start()
        yield Candidate(start, m.end(), Kind.DATE, _resolve_month(_month(m.group("m")), mod, pub))
    for m in RELATIVE_PHRASE.finditer(text):
        phrase = m.group().lower()
        unit, offset = RELATIVE[phrase]
        value = resolve_relative(unit, offset, pub) if pub else phrase
        yield Candidate(m.start(), m.end(), Kind.DATE, value)
    for m in ISO.finditer(text):
        value = resolve_day(int(m.group("m")), int(m.group("d")), int(m.group("y")), pub)
        if value:
            yield Candidate(m.start(), m.end(), Kind.DATE, value)
    for m in NUMERIC.finditer(text):
        value = _dateparser_iso(m.group())
        if value:
            yield Candidate(m.start(), m.end(), Kind.DATE, value)
    for m in YEAR.finditer(text):
        yield Candidate(m.start(), m.end(), Kind.DATE, m.group())
    for m in DECADE.finditer(text):
        surface = m.group()
        value = surface if surface[0].isdigit() else "19" + surface[1:]
        yield Candidate(m.start(), m.end(), Kind.DATE, value)
    for m in YEAR_SPAN.finditer(text):
        a, b = m.group("a"), m.group("b")
        b_full = b if len(b) == 4 else a[:2] + b
        if int(b_full) > int(a):
            yield Candidate(m.start(), m.end(), Kind.DATE, f"{a}..{b_full}", low=a, high=b_full)
