"""Where a pattern may start: one pass over a text's tokens, shared by every recognizer.

Searching a 4.5 KB article with a pattern that starts with a case-insensitive word list costs about 0.2 ms,
and the extractor has some forty patterns. Instead, the text is cut once into tokens (runs of digits, runs
of ASCII letters, single other characters), each token is filed under a key, and a recognizer is tried only
at the tokens its pattern can start with: its triggers. A trigger is written as the phrase a match may begin
with ("a number of", "US$", "5th"); `trigger_key` turns it into the key of its first token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

_TOKEN = re.compile(r"\d+|[A-Za-z]+|[^\sA-Za-z0-9]")

DIGITS = "#"  # the key of every run of digits
SHORT_DIGITS = "#2"  # also filed for a run of one or two digits: a day, a month, an ordinal ("5th")
YEAR_DIGITS = "#4"  # also filed for a run of four digits: a year ("2024", "2024-05-01", "1990s")
LETTERS_THEN_DIGITS = "a#"  # also filed for a run of letters joined to digits ("F-16", "G7", "COVID-19")


def _digits_key(run: str) -> str:
    """The narrowest key filed for a run of digits: date patterns that start with a day or a year are
    tried only where one can start (about a third of an article's digit runs each), not at every number."""
    return SHORT_DIGITS if len(run) <= 2 else YEAR_DIGITS if len(run) == 4 else DIGITS


def trigger_key(phrase: str) -> str:
    """The key of the first token of `phrase`: "A number of" -> "a", "US$" -> "us", "5th" -> "#2", "2024"
    -> "#4", "100" -> "#"; the structural keys stand for themselves."""
    if phrase in (DIGITS, SHORT_DIGITS, YEAR_DIGITS, LETTERS_THEN_DIGITS):
        return phrase
    first = _TOKEN.search(phrase)
    if first is None:
        raise ValueError(f"a trigger needs a token: {phrase!r}")
    token = first.group()
    return _digits_key(token) if token[0].isdigit() else token.lower()


def trigger_keys(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(trigger_key(p) for p in phrases)


@dataclass(frozen=True)
class Tokens:
    """The start offsets of a text's tokens, filed by key."""

    text: str
    where: dict[str, list[int]] = field(default_factory=dict)
    # The keys of `where` as a set: a set operation with a dict walks the whole dict (every word of the
    # paragraph), with a set only the smaller side, a recognizer's few triggers.
    keys: frozenset[str] = frozenset()

    def starts(self, keys: frozenset[str]) -> list[int]:
        """Every offset where a token with one of `keys` starts, in text order."""
        present = keys & self.keys
        if not present:
            return []
        if len(present) == 1:
            return self.where[next(iter(present))]
        return sorted(chain.from_iterable(map(self.where.__getitem__, present)))


class TriggerIndex:
    """Which of a list of recognizers a paragraph can hold a match of: those with a trigger among its tokens.

    A paragraph holds the triggers of about half of the extractor's seventy-odd word-led recognizers; looking
    its token keys up once here is cheaper than asking every recognizer in turn."""

    def __init__(self, triggers: Iterable[frozenset[str]]) -> None:
        by_key: dict[str, list[int]] = {}
        for index, keys in enumerate(triggers):
            for key in keys:
                by_key.setdefault(key, []).append(index)
        self._by_key = by_key
        self._keys = frozenset(by_key)

    def tried(self, tokens: Tokens) -> list[int]:
        """The indexes of the recognizers with a trigger in `tokens`, in their list's order."""
        found: set[int] = set()
        for key in tokens.keys & self._keys:
            found.update(self._by_key[key])
        return sorted(found)


def tokenize(text: str) -> Tokens:
    where: dict[str, list[int]] = {}
    file = where.setdefault
    for m in _TOKEN.finditer(text):
        token = m.group()
        start = m.start()
        if token[0].isdigit():
            file(DIGITS, []).append(start)
            # the digits after "3." or "10:" continue a number: no day starts there
            if (narrow := _digits_key(token)) != DIGITS and not (
                narrow == SHORT_DIGITS and start > 1 and text[start - 1] in ".:" and text[start - 2].isdigit()
            ):
                file(narrow, []).append(start)
        elif token[0].isalpha():
            file(token.lower(), []).append(start)
            nxt = text[m.end() : m.end() + 2]
            if nxt[:1].isdigit() or (nxt[:1] in "-‐" and nxt[1:2].isdigit()):
                file(LETTERS_THEN_DIGITS, []).append(start)
        else:
            file(token, []).append(start)
    return Tokens(text, where, frozenset(where))
