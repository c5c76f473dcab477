"""extract(document) -> figures: every figure in a text, with its normalised value and exact offsets.

A paragraph is the unit of extraction: no figure spans a blank line, and a paragraph's candidates depend only
on its own text and the publication date. That makes them cacheable: a rewrite or a later revision repeats
most of its source's paragraphs, and a batch often audits several rewrites of one source, so the figures of a
repeated paragraph are read once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from factcheck.extract.candidates import Candidate, choose
from factcheck.extract.dates import date_candidates
from factcheck.extract.patterns import BLANK_LINE
from factcheck.extract.qualifiers import bound_inside, qualifiers_around
from factcheck.extract.scanner import GAP_AFTER, scan
from factcheck.extract.story import read_as_one_story
from factcheck.extract.tokens import tokenize
from factcheck.extract.units import BARE_DEGREES, TIME_UNITS, degrees_of_temperature
from factcheck.model import Document, Figure, Kind

__all__ = ["clear_cache", "extract", "paragraphs"]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the text between blank lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BLANK_LINE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


@lru_cache(maxsize=2048)
def _paragraph_candidates(paragraph: str, pub_iso: str | None) -> tuple[Candidate, ...]:
    """The chosen figure candidates of one paragraph, offsets relative to it."""
    tokens = tokenize(paragraph)
    candidates: list[Candidate] = list(scan(paragraph, tokens))
    candidates.extend(date_candidates(paragraph, pub_iso, tokens))
    chosen = _points_of_a_share([c for c in choose(candidates) if c.kind is not None], paragraph)
    chosen = _gaps_in_the_unit_before(chosen, paragraph)
    scale = degrees_of_temperature([c.unit for c in chosen])
    if scale is not None:
        chosen = [
            replace(c, unit=scale) if c.unit == BARE_DEGREES and "°" not in paragraph[c.start : c.end] else c
            for c in chosen
        ]
    return tuple(chosen)


_APPOSITION = re.compile(r",\s*(?:just\s+|only\s+)?")
_NUMBER_RUN = re.compile(r"\d[\d,.]*")
_PART_APPOSITION = re.compile(r"(?:\s+[\w'’-]+){0,4},\s*")
_PART_OF_IT_AFTER = re.compile(r"(?i)\s+of\s+(?:them|which|those|these)\b")


def _gaps_in_the_unit_before(chosen: list[Candidate], text: str) -> list[Candidate]:
    """ "second in 10.87 seconds, 0.15 behind", "on 63 days, 22 more than a year before": a gap said right
    after a measure is in its unit, which the writer leaves to the reader; and so is a part of it ("jailed
    for 12 years, eight of them in custody")."""
    out = list(chosen)
    for i in range(1, len(out)):
        before, c = out[i - 1], out[i]
        if (
            c.kind is Kind.NUMBER
            and c.unit is None
            and isinstance(c.value, float)
            and before.kind is Kind.QUANTITY
            and before.unit is not None
            and len(_NUMBER_RUN.findall(text, before.start, before.end)) == 1  # not "2 hours 5 minutes"
            and (
                (
                    _APPOSITION.fullmatch(text, before.end, c.start)
                    and (GAP_AFTER.match(text, c.end) or _MORE_THAN_AFTER.match(text, c.end))
                )
                # (the part may follow a few words after the measure: "12 years in prison, eight of them")
                or (
                    _PART_APPOSITION.fullmatch(text, before.end, c.start)
                    and _PART_OF_IT_AFTER.match(text, c.end)
                    and 0 < c.value < before.value  # type: ignore[operator]
                )
            )
        ):
            out[i] = replace(c, kind=Kind.QUANTITY, unit=before.unit)
    return out


# "filled up on 63 days, 22 more than the year before": a margin said right after a measure, in its unit
_MORE_THAN_AFTER = re.compile(r"(?i)\s+(?:more|fewer|less|longer|shorter)\s+than\b")


_POINTS_AFTER = re.compile(r"[\s-]+points?\b")
_MOVE_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rose|rise|rising|fell|fall|falling|gained|gaining|lost|losing|dropped|dropping|climbed"
    r"|slipped|slid|jumped|increased|decreased|edged\s+(?:up|down)|by|plus|minus)\s+(?:(?:about|around|nearly|almost"
    r"|some|just|another|a\s+further|more\s+than)\s+)?$"
)
_GAP_BEFORE = re.compile(
    r"(?i)\b(?:within|lead\s+of|gap\s+of|margin\s+of|(?:lead|leads|led|leading|trail|trails|trailed|trailing)"
    r"\s+by)\s+(?:just\s+|only\s+)?$"
)
_GAP_OR_MOVE_NOUN = re.compile(
    r"\s+(?i:lead|gap|margin|advantage|deficit|swing|rise|fall|drop|jump|increase|decline|gain|slide|cut|hike)\b"
)
_LEVEL_BEFORE = re.compile(r"(?i)\b(?:on|at|to|of|from)\s+$")


def _points_of_a_share(chosen: list[Candidate], text: str) -> list[Candidate]:
    """ "Labour on 47%, up two points": a move in points beside a share's level is a move in percentage
    points, as polls and rates are reported; "the Dow rose 200 points, or 0.5%" moves an index (the
    percentage there is the move again, not a level), and "47 points" in a league table is a tally."""
    levels = [
        c
        for c in chosen
        if c.kind is Kind.PERCENT
        and c.unit == "percent"
        and isinstance(c.value, float)
        and _LEVEL_BEFORE.search(text, max(0, c.start - 6), c.start)
    ]
    if not levels:
        return chosen
    out = []
    for c in chosen:
        points = _POINTS_AFTER.match(text, c.end) if c.kind is Kind.NUMBER and c.unit is None else None
        if (
            points is not None
            and isinstance(c.value, float)
            and (
                _MOVE_BEFORE.search(text, max(0, c.start - 30), c.start)
                # ... and a gap between two shares: "two points ahead of Reform on 25%", "within three points"
                or _GAP_BEFORE.search(text, max(0, c.start - 30), c.start)
                or GAP_AFTER.match(text, points.end())
                # ... and one said as a compound before the noun of a gap or a move: "a four-point gap"
                or (text.startswith("-", c.end) and _GAP_OR_MOVE_NOUN.match(text, points.end()))
            )
            and any(
                abs(level.start - c.start) <= 80
                and not _SENTENCE_BREAK.search(text, min(level.end, c.end), max(level.start, c.start))
                and 0 < abs(c.value) < level.value  # type: ignore[operator]
                for level in levels
            )
        ):
            c = replace(c, end=points.end(), kind=Kind.PERCENT, unit="percentage point")
        out.append(c)
    return out


_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def clear_cache() -> None:
    """Forget every paragraph read so far (benchmarks time extraction from cold with it)."""
    _paragraph_candidates.cache_clear()


def extract(doc: Document) -> list[Figure]:
    """Figures of `doc` in text order, non-overlapping, each with `doc.text[start:end] == surface`."""
    text = doc.text
    starts = [s for s, _ in doc.sentences]

    def sentence_index(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    figures: list[Figure] = []
    for para_start, para_end in paragraphs(text):
        for cand in _paragraph_candidates(text[para_start:para_end], doc.date):
            start, end = cand.start + para_start, cand.end + para_start
            if _inside(start, end, doc.skip):
                continue
            length_of_time = cand.kind is Kind.QUANTITY and cand.unit in TIME_UNITS
            time_span = cand.kind is Kind.DATE or length_of_time
            qualifiers = set(cand.qualifiers) | set(
                qualifiers_around(text, start, end, time_span=time_span, length_of_time=length_of_time)
            )
            if cand.kind is Kind.QUANTITY:
                qualifiers |= set(bound_inside(text, start, end))
            if cand.kind is Kind.DATE and "bound" in qualifiers:
                if _COMPARATIVE_BEFORE.search(text, max(0, start - 24), start):
                    # "sales were lower than a year before" compares with a time, which it does not bound
                    qualifiers -= {"above", "below", "bound"}
                elif _COUNTED_BACK.search(text, start, end):
                    # "more than six decades ago" bounds the length: the day lies before the one counted
                    # back to
                    qualifiers ^= {"above", "below"} if qualifiers & {"above", "below"} else set()
            if cand.kind is Kind.SCORE:
                qualifiers -= {"above", "below", "bound"}  # "the bill passed 52-48" sets no floor on a vote
            if (
                cand.unit == "times"
                and isinstance(cand.value, float)
                and cand.value < 1
                and qualifiers & {"above", "below"}
                and _CUT_BY_A_FACTOR.search(text, start, end)
            ):
                # "more than halved" cut by more than half: what is left is less than half
                qualifiers ^= {"above", "below"}
            if _inside(start, end, doc.quotes):
                qualifiers.add("quoted")
            figures.append(
                Figure(
                    kind=cand.kind,
                    value=cand.value,
                    surface=doc.as_read[start:end],
                    start=start,
                    end=end,
                    sentence=sentence_index(start),
                    unit=cand.unit,
                    low=cand.low,
                    high=cand.high,
                    total=cand.total,
                    qualifiers=tuple(sorted(qualifiers)),
                )
            )
    return read_as_one_story(figures, text)


_CUT_BY_A_FACTOR = re.compile(r"(?i)\b(?:halv|quarter|third)")
_COUNTED_BACK = re.compile(r"(?i)\b(?:ago|earlier|before)$")
_COMPARATIVE_BEFORE = re.compile(
    r"(?i)\b(?:higher|lower|greater|smaller|bigger|larger|better|worse|weaker|stronger|faster|slower)\s+than\s+$"
)


def _inside(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return bool(spans) and any(s <= start and end <= e for s, e in spans)
