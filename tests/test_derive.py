"""A derived bound against the source figure it bounds, where alignment has left it to the derivations."""

from __future__ import annotations

import pytest

from factcheck.derive import derivation
from factcheck.document import make_document
from factcheck.extract import extract

TODAY = "2024-11-24"


def _figures(text: str):
    return extract(make_document(text, None, TODAY))


@pytest.mark.parametrize(
    ("source", "derived", "bounds"),
    [
        # a floor in a coarser unit, within one of its steps, bounds a floor or a figure said exactly
        ("The talks overran by more than 30 hours.", "It took more than a day.", "30 hours"),
        ("The meeting lasted 90 minutes.", "It took more than an hour.", "90 minutes"),
        # ... but not a figure on the wrong side of it, nor one more than a step beyond it
        ("The meeting lasted 50 minutes.", "It took more than an hour.", None),
        ("The meeting lasted 150 minutes.", "It took more than an hour.", None),
    ],
)
def test_a_bound_in_a_coarser_unit(source: str, derived: str, bounds: str | None) -> None:
    added = _figures(derived)[0]
    found = derivation(added, _figures(source), TODAY)
    assert (found[1][0].surface if found else None) == bounds


def test_a_length_under_a_year_reaches_back_to_no_year() -> None:
    """'more than a day' is true of the time since any date of 2022: no derivation of it."""
    added = _figures("The talks ran more than a day over time.")[0]
    assert derivation(added, _figures("The goal was met in 2022."), TODAY) is None


def test_a_length_of_years_and_a_half_reaches_back_to_its_year() -> None:
    added = _figures("It was the fastest in more than a year and a half.")[0]
    found = derivation(added, _figures("It was the fastest since 2022."), TODAY)
    assert found is not None and found[1][0].surface == "2022"
