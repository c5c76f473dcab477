"""Alignment: equal values match, changes pair by what figures measure, one-to-one and optimally."""

from __future__ import annotations

import factcheck
from factcheck.assignment import assign, optimal
from factcheck.context import Context
from factcheck.document import make_document
from factcheck.extract import extract


def _findings(source: str, derived: str) -> list[tuple[str, str | None, str | None]]:
    report = factcheck.check(source, derived, source_date="2025-02-14")
    return [
        (f.rule, f.source.surface if f.source else None, f.derived.surface if f.derived else None)
        for f in report.findings
    ]


def test_change_found_although_the_new_value_occurs_elsewhere_in_the_source() -> None:
    source = "Defence spending reached 3.4% of GDP this year. Growth in the economy was 3.8% last year."
    derived = "Defence spending reached 3.8% of GDP this year. Growth in the economy was 3.8% last year."
    assert _findings(source, derived) == [("FC102", "3.4%", "3.8%")]


def test_each_change_pairs_with_the_figure_that_measures_the_same_thing() -> None:
    source = "Exports of grain rose 4.6% in March. Imports of steel fell 2.1% in the same month."
    derived = "Imports of steel fell 2.7% in March. Exports of grain rose 4.9% in the same month."
    assert sorted(_findings(source, derived)) == [("FC102", "2.1%", "2.7%"), ("FC102", "4.6%", "4.9%")]


def test_unrelated_figures_are_not_a_change() -> None:
    source = "Defence spending reached 3.4% of output in the alliance."
    derived = "Turnout in the capital's mayoral election was 61%."
    assert _findings(source, derived) == [("FC101", "3.4%", None), ("FC103", None, "61%")]


def test_optimal_assignment_beats_greedy() -> None:
    # greedy takes (0, 0) first and is left with (1, 1): 0.9 + 0.3; the optimum is 0.8 + 0.85
    scores = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.85, (1, 1): 0.3}
    assert sorted(optimal(list(scores), scores)) == [(0, 1), (1, 0)]


def test_assign_is_one_to_one() -> None:
    doc_s = make_document("Grain exports rose 4.6% and steel exports rose 2.1% in March.")
    doc_d = make_document("Grain exports rose 4.9% in March.")
    from factcheck.align import comparable
    from factcheck.context import Context

    s_figs = [f for f in extract(doc_s) if f.kind.value == "percent"]
    d_figs = [f for f in extract(doc_d) if f.kind.value == "percent"]
    pairs = assign(s_figs, Context(doc_s), d_figs, Context(doc_d), comparable)
    assert len(pairs) == 1 and len({i for i, _ in pairs}) == 1
    assert s_figs[pairs[0][0]].surface == "4.6%"


def test_assign_tries_a_test_only_on_the_kinds_it_names() -> None:
    from factcheck.context import Context
    from factcheck.model import Kind

    doc_s = make_document("Grain exports rose 4.6% in March, to 12,000 tonnes.")
    doc_d = make_document("Grain exports rose 4.9% in April, to 12,500 tonnes.")
    s_figs, d_figs = extract(doc_s), extract(doc_d)
    tried: list[tuple[str, str]] = []

    def anything(a: object, b: object) -> bool:
        tried.append((a.kind.value, b.kind.value))  # type: ignore[attr-defined]
        return True

    dates_only = assign(
        s_figs, Context(doc_s), d_figs, Context(doc_d), anything, 0.0, lambda a, b: a is Kind.DATE is b
    )
    assert set(tried) == {("date", "date")}
    assert [(s_figs[i].surface, d_figs[j].surface) for i, j in dates_only] == [("March", "April")]
    tried.clear()
    assign(s_figs, Context(doc_s), d_figs, Context(doc_d), anything, 0.0)
    assert len(tried) == len(s_figs) * len(d_figs)


def test_the_optimal_assignment_may_leave_a_figure_unpaired() -> None:
    # rows 0 and 1 compete for column 0; row 1 fits it best, and row 0's only other option is poor: pairing
    # every row would force row 1 onto column 1 to give row 0 column 0
    scores = {(0, 0): 0.42, (1, 0): 0.957, (1, 1): 0.316}
    assert sorted(optimal(list(scores), scores)) == [(1, 0)]


def test_a_vague_word_does_not_take_the_figure_a_bounded_count_is_rounded_to() -> None:
    source = (
        "Rescuers searched the rubble of thousands of buildings. In Syria, at least 2,662 deaths have been "
        "confirmed. The WHO warned deaths could rise eightfold."
    )
    derived = (
        "At least 2,600 deaths have been confirmed in Syria. The WHO warned deaths could rise by a factor "
        "of eight."
    )
    assert _findings(source, derived) == [("FC101", "thousands", None), ("FC104", "2,662", "2,600")]


def test_the_point_of_a_decimal_does_not_end_a_clause() -> None:
    # "slipped to $5.4bn in the April-June quarter": the quarter's words reach back past the "." of "5.4"
    doc = make_document(
        "Shell's adjusted profit slipped to $5.4bn in the April-June quarter.", None, "2026-10-29"
    )
    figures = extract(doc)
    quarter = next(f for f in figures if f.surface == "the April-June quarter")
    assert {"profit", "slipped"} <= set(Context(doc, figures).measure(quarter).split())
