"""Extraction cases kept as data (tests/corpus/*.yaml), run as one parametrized test.

Each case is a sentence, the figures that must come out of it (by surface, with kind, value and, where
given, unit, low/high, total and qualifiers) and the surfaces that must not be figures. Unless a case says
`partial: true`, the figures listed are *all* the figures the sentence yields (vague quantifiers such as
"many", ordinals such as "3rd" and names with digits such as "F-16" are checked only where a case lists
them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.document import make_document
from factcheck.extract import extract

# Kinds a case lists only where it is about them: vague words ("many") are context for the vagued rule,
# ordinals and names with digits ("F-16") are figures only the rules naming them report. A `not` surface is
# never a number, percent, date...; a name with digits may still cover it.
_LISTED_ONLY_WHEN_ASKED = ("vague", "ordinal", "code")
CORPUS = Path(__file__).parent / "corpus"


def _cases() -> list[Any]:
    cases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            cases.append(pytest.param(case, id=f"{path.stem}-{i}"))
    return cases


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return str(a) == str(b)


@pytest.mark.parametrize("case", _cases())
def test_extraction_case(case: dict[str, Any]) -> None:
    text = case["text"]
    date = case.get("date")
    doc = make_document(text, date_hint=str(date) if date else None)
    figures = extract(doc)
    for fig in figures:
        assert text[fig.start : fig.end] == fig.surface
    by_surface = {f.surface: f for f in figures}
    expected = case.get("figures", [])
    for exp in expected:
        assert exp["surface"] in by_surface, f"missing {exp['surface']!r}; got {list(by_surface)}"
        fig = by_surface[exp["surface"]]
        assert fig.kind.value == exp["kind"], f"{exp['surface']!r}: kind {fig.kind.value}"
        if "value" in exp:
            assert _close(fig.value, exp["value"]), f"{exp['surface']!r}: value {fig.value!r}"
        for key in ("unit", "low", "high", "total"):
            if key in exp:
                assert _close(getattr(fig, key), exp[key]), f"{exp['surface']!r}: {key} {getattr(fig, key)!r}"
        for q in exp.get("qualifiers", []):
            assert q in fig.qualifiers, f"{exp['surface']!r}: qualifiers {fig.qualifiers}"
        if exp.get("qualifiers") == []:  # an empty list: the figure has none
            assert not fig.qualifiers, f"{exp['surface']!r}: qualifiers {fig.qualifiers}"
    if not case.get("partial"):
        # vague quantifiers ("many") are context for the vagued rule, listed only where a case asks for them
        figures_only = {s for s, f in by_surface.items() if f.kind.value not in _LISTED_ONLY_WHEN_ASKED}
        extra = sorted(figures_only - {e["surface"] for e in expected})
        assert not extra, f"unexpected figures {extra}"
    for surface in case.get("not", []):
        start = text.index(surface)
        end = start + len(surface)
        overlapping = [
            f.surface for f in figures if f.start < end and start < f.end and f.kind.value != "code"
        ]
        assert not overlapping, f"{surface!r} is not a figure, got {overlapping}"
