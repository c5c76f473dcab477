"""Candidate spans and the choice among overlapping ones.

Every recognizer proposes candidates independently; the longest wins, and among equally long ones the more
specific kind (a date over a number, a non-figure over both). This keeps recognizers simple: none has to know
about the others.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from factcheck.model import Kind, Value

# Higher wins a tie between candidates over the same span.
PRIORITY: dict[Kind | None, int] = {
    None: 100,  # a non-figure (phone number, street number, address) blocks the numbers inside it
    Kind.TIME: 98,  # a time of day blocks the numbers inside it, as a non-figure does
    Kind.DATE: 90,
    Kind.MONEY: 80,
    Kind.PERCENT: 70,
    Kind.COUNT: 60,
    Kind.FRACTION: 55,
    Kind.RANGE: 50,
    Kind.QUANTITY: 40,
    Kind.NUMBER: 30,
    Kind.VAGUE: 10,
    Kind.ORDINAL: 95,
    Kind.CODE: 99,  # a name with digits blocks the numbers inside it, as a non-figure does
    Kind.SCORE: 85,
}


@dataclass(frozen=True)
class Candidate:
    """A proposed figure; `kind` None marks a span that must not yield figures."""

    start: int
    end: int
    kind: Kind | None
    value: Value = None
    unit: str | None = None
    low: Value = None
    high: Value = None
    total: float | None = None
    qualifiers: tuple[str, ...] = ()


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then by kind priority, then leftmost; in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -PRIORITY[c.kind], c.start))
    starts: list[int] = []  # taken spans, kept sorted by start (they never overlap each other)
    ends: list[int] = []
    taken: list[Candidate] = []
    for cand in ranked:
        i = bisect_right(starts, cand.start)
        if i and ends[i - 1] > cand.start:
            continue  # overlaps the taken span that starts at or before it
        if i < len(starts) and starts[i] < cand.end:
            continue  # overlaps the next taken span
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)
