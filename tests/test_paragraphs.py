"""Extraction by paragraph: a repeated paragraph gives the same figures wherever it stands, and the cache
that makes repeats cheap never changes a result."""

from __future__ import annotations

from factcheck.document import make_document
from factcheck.extract import clear_cache, extract, paragraphs

LEAD = "The council said on Tuesday that 23 of its 32 members backed the plan.\n\n"
SHARED = "Fees rose 3.4% last year, to $1.2 million, the highest since 2019."


def test_paragraphs_are_split_at_blank_lines_only() -> None:
    text = "One line\nwrapped here.\n \nSecond.\n\n\nThird."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One line\nwrapped here.", "Second.", "Third."]


def test_a_repeated_paragraph_keeps_its_figures_at_its_own_offsets() -> None:
    alone = extract(make_document(SHARED, None, "2026-03-05"))
    text = LEAD + SHARED
    after_lead = [f for f in extract(make_document(text, None, "2026-03-05")) if f.start >= len(LEAD)]
    assert [(f.surface, f.value, f.start - len(LEAD)) for f in after_lead] == [
        (f.surface, f.value, f.start) for f in alone
    ]
    assert all(text[f.start : f.end] == f.surface for f in after_lead)
    assert {f.surface for f in after_lead} >= {"3.4%", "$1.2 million", "2019"}


def test_the_cache_never_changes_a_result() -> None:
    doc = make_document(LEAD + SHARED, None, "2026-03-05")
    clear_cache()
    cold = extract(doc)
    warm = extract(doc)
    assert cold == warm and cold


def test_the_publication_date_is_part_of_what_is_cached() -> None:
    first = extract(make_document("It opened last year.", None, "2026-03-05"))
    second = extract(make_document("It opened last year.", None, "2019-03-05"))
    assert [f.value for f in first] == ["2025"] and [f.value for f in second] == ["2018"]
