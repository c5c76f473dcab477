"""extract(document) -> figures: every figure in a text, with its normalised value and exact offsets."""

from __future__ import annotations

from bisect import bisect_right

from factcheck.extract.candidates import Candidate, choose
from factcheck.extract.dates import date_candidates
from factcheck.extract.qualifiers import qualifiers_around
from factcheck.extract.scanner import scan
from factcheck.extract.tokens import tokenize
from factcheck.model import Document, Figure

__all__ = ["extract"]


def extract(doc: Document) -> list[Figure]:
    """Figures of `doc` in text order, non-overlapping, each with `doc.text[start:end] == surface`."""
    text = doc.text
    starts = [s for s, _ in doc.sentences]

    def sentence_index(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    tokens = tokenize(text)
    candidates: list[Candidate] = list(scan(text, tokens))
    candidates.extend(date_candidates(text, doc.date, tokens))
    figures: list[Figure] = []
    for cand in choose(candidates):
        if cand.kind is None or _inside(cand, doc.skip):
            continue
        qualifiers = set(cand.qualifiers) | set(qualifiers_around(text, cand.start, cand.end))
        if _inside(cand, doc.quotes):
            qualifiers.add("quoted")
        figures.append(
            Figure(
                kind=cand.kind,
                value=cand.value,
                surface=text[cand.start : cand.end],
                start=cand.start,
                end=cand.end,
                sentence=sentence_index(cand.start),
                unit=cand.unit,
                low=cand.low,
                high=cand.high,
                total=cand.total,
                qualifiers=tuple(sorted(qualifiers)),
            )
        )
    return figures


def _inside(cand: Candidate, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= cand.start and cand.end <= e for s, e in spans)
