"""Triggers must not lose matches: a scanner recognizer tried only at its trigger tokens finds what a search
over the whole text finds. Checked on every corpus sentence and on generated text. (Date patterns are
written to be tried at their triggers only, "day" inside "Thursday" is not a start, so they are not held
to this.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import dates, scanner
from factcheck.extract.tokens import (
    DIGITS,
    LETTERS_THEN_DIGITS,
    SHORT_DIGITS,
    YEAR_DIGITS,
    tokenize,
    trigger_key,
)

CORPUS = Path(__file__).parent / "corpus"
TEXTS = [case["text"] for path in sorted(CORPUS.glob("*.yaml")) for case in yaml.safe_load(path.read_text())]


def _search_starts(pattern: re.Pattern[str], text: str) -> set[int]:
    """Every offset where `pattern` matches, found the slow way."""
    return {i for i in range(len(text)) if pattern.match(text, i)}


def _uncovered(text: str) -> list[str]:
    tokens = tokenize(text)
    missed = []
    for pattern, _, triggers, _needs in scanner.WORD_RECOGNIZERS:
        tried = set(tokens.starts(triggers))
        missed += [f"{pattern.pattern[:40]}… at {i}" for i in _search_starts(pattern, text) - tried]
    return missed


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("A number of", "a"),
        ("US$", "us"),
        ("5th", SHORT_DIGITS),
        ("2024", YEAR_DIGITS),
        ("100", DIGITS),
        ("$", "$"),
        (LETTERS_THEN_DIGITS, "a#"),
    ],
)
def test_trigger_key_is_the_first_token(phrase: str, key: str) -> None:
    assert trigger_key(phrase) == key


def test_letters_joined_to_digits_are_filed_for_codes() -> None:
    tokens = tokenize("The F-16 and G7 met, not the fleet of 16.")
    assert tokens.starts(frozenset({LETTERS_THEN_DIGITS})) == [4, 13]


def test_digit_runs_are_also_filed_by_what_they_can_start() -> None:
    tokens = tokenize("On 5 May 2024, 3.45 million and 10:30 and 100")
    assert tokens.starts(frozenset({SHORT_DIGITS})) == [3, 15, 32]  # not the "45" of 3.45 nor "30" of 10:30
    assert tokens.starts(frozenset({YEAR_DIGITS})) == [9]
    assert len(tokens.starts(frozenset({DIGITS}))) == 7


def test_date_recognizers_gated_by_the_words_they_need_lose_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph without any of a date pattern's needed words is skipped: the pattern could not match."""
    gated = [list(dates.date_candidates(text, "2024-03-14")) for text in TEXTS]
    ungated = tuple((p, b, t, None) for p, b, t, _ in dates.RECOGNIZERS)
    monkeypatch.setattr(dates, "RECOGNIZERS", ungated)
    assert gated == [list(dates.date_candidates(text, "2024-03-14")) for text in TEXTS]
    assert sum(map(len, gated)) > 100


def test_every_match_in_the_corpus_starts_at_a_trigger() -> None:
    missed = [f"{text!r}: {m}" for text in TEXTS for m in _uncovered(text)]
    assert not missed, "\n".join(missed[:20])


_WORDS = st.sampled_from(
    [
        "a",
        "few",
        "US$",
        "5",
        "Jan.",
        "F-16",
        "(",
        "+44",
        "’90s",
        "hundreds",
        "twice",
        "half",
        "2024",
        "-",
        " ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_every_match_in_generated_text_starts_at_a_trigger(text: str) -> None:
    assert not _uncovered(text)
