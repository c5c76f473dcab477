"""Words next to a figure that change what it claims: "around 60%", "more than 20", "up to $5m", "50-plus"."""

from __future__ import annotations

import re

from factcheck.extract.lexicon import table
from factcheck.extract.patterns import alternation

_T = table("qualifiers")
_MEANING: dict[str, set[str]] = {}
for _group, _qualifiers in (
    ("approx", ("approx",)),
    ("above", ("bound", "above")),
    ("below", ("bound", "below")),
):
    for _phrase in _T[_group]:
        _MEANING.setdefault(_phrase.lower(), set()).update(_qualifiers)

_BEFORE = re.compile(r"(?i)(?:^|[^\w.])(?P<q>" + alternation(list(_MEANING)) + r")[\s\xa0]+$")
_AFTER = re.compile(r"(?i)(?P<plus>-plus\b|\+)|\s+(?P<orso>or\s+so|or\s+more|or\s+less|or\s+fewer)\b")
_WINDOW = 32


def qualifiers_around(text: str, start: int, end: int) -> tuple[str, ...]:
    """Qualifiers named right before the figure, or right after it ("50-plus", "10 years or so")."""
    found: set[str] = set()
    m = _BEFORE.search(text, max(0, start - _WINDOW), start)
    if m:
        found |= _MEANING[m.group("q").lower()]
    after = _AFTER.match(text, end)
    if after:
        if after.group("plus") or (after.group("orso") or "").lower() == "or more":
            found |= {"bound", "above"}
        elif (after.group("orso") or "").lower() in ("or less", "or fewer"):
            found |= {"bound", "below"}
        else:
            found.add("approx")
    return tuple(sorted(found))
