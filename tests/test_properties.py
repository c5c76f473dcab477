"""Properties that hold for any text: extraction never raises, figures are ordered, disjoint and sliceable,
and a figure's value survives unrelated edits and reformatting."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.document import make_document
from factcheck.extract import extract

NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.%$€£-–/:;'\"“”()abcdefghijklmnopqrstuvwxyzTMFJADSNO\n")),
    max_size=200,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "said",
            "about",
            "of",
            "million",
            "percent",
            "on",
            "Thursday",
            "in",
            "2024",
            "a",
            "third",
            "between",
            "and",
            "to",
            "or",
            "years",
            "$",
            "5",
            "1,500",
            "3.4%",
            "twenty-three",
            "Feb.",
            "13,",
            "U.S.",
            "F-16",
            "last",
            "year",
            "up",
            "more",
            "than",
            "half",
            "the",
            "32",
            "€2bn",
            "4/22",
            "century",
            "15th",
            "mid-2027",
            "a",
            "later",
            "232m",
            "over-60s",
            "eight",
            "week",
            "of",
            "July",
            "end",
            "CO2",
            "ppm",
            "\n\n",
            "ROME,",
            "(Wire)",
            "—",
            "“",
            "”",
        ]
    ),
    max_size=40,
).map(" ".join)


def _check_invariants(text: str) -> None:
    figures = extract(make_document(text, date_hint="2025-02-14"))
    previous_end = -1
    for fig in figures:
        assert text[fig.start : fig.end] == fig.surface
        assert fig.start >= previous_end, "figures overlap or are out of order"
        assert fig.end > fig.start
        previous_end = fig.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_any_text_extracts_cleanly(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(WORDS)
@example("4/22 a the years later")  # a count from a date whose amount is not a number
def test_news_like_word_salad_extracts_cleanly(text: str) -> None:
    _check_invariants(text)


FILLER = st.lists(st.sampled_from(["officials", "said", "on", "the", "report", "showed", "that"]), max_size=6)


@settings(max_examples=200, deadline=None)
@given(FILLER, FILLER, st.floats(min_value=0.1, max_value=999, allow_nan=False).map(lambda x: round(x, 1)))
def test_value_survives_unrelated_words_and_reformatting(
    before: list[str], after: list[str], x: float
) -> None:
    number = f"{x:g}"
    values = set()
    for form in (f"{number}%", f"{number} percent", f"{number} per cent"):
        text = " ".join(["Spending", "rose", *before, form, *after, "overall."])
        figures = [f for f in extract(make_document(text)) if f.kind.value == "percent"]
        assert len(figures) == 1, (text, figures)
        values.add(figures[0].value)
    assert values == {x}
