"""Candidate spans and the choice among overlapping ones.

Every recognizer proposes candidates independently; the longest wins, and among equally long ones the more
specific kind (a date over a number, a non-figure over both). This keeps recognizers simple: none has to know
about the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.model import Kind, Value

# Higher wins a tie between candidates over the same span.
PRIORITY: dict[Kind | None, int] = {
    None: 100,  # a non-figure (code, time of day, phone number, ordinal) blocks the numbers inside it
    Kind.DATE: 90,
    Kind.MONEY: 80,
    Kind.PERCENT: 70,
    Kind.COUNT: 60,
    Kind.FRACTION: 55,
    Kind.RANGE: 50,
    Kind.QUANTITY: 40,
    Kind.NUMBER: 30,
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
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for cand in ranked:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    return sorted(taken, key=lambda c: c.start)
