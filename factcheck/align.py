"""Pairing the figures of two versions of a text: kept, changed, omitted or added.

Two figures *match* when they say the same thing after normalisation ("2%" and "2 percent", a weekday and
the date it resolves to). Among the rest, a source figure and a derived figure of a comparable kind whose
sentences talk about the same thing (shared content words) are a *change*. What is left is omitted (source
only) or added (derived only). A value stated several times needs one counterpart, and is reported once.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Hashable, Sequence

from factcheck.extract.lexicon import table
from factcheck.model import Document, Figure, Kind, Pairing, Status

_STOPWORDS = frozenset(table("text")["stopwords"].split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# A change needs at least this much shared context; below it two figures are unrelated.
MIN_CONTEXT = 0.3
_WINDOW_WORDS = 6


def value_key(fig: Figure) -> Hashable:
    """What a figure says, independent of how it is written: equal keys are the same figure."""
    if fig.kind is Kind.COUNT:
        return (fig.kind, fig.value, fig.total)
    if fig.kind is Kind.RANGE:
        return (fig.kind, fig.unit, fig.low, fig.high)
    if fig.kind is Kind.DATE:
        return (fig.kind, fig.value)
    if fig.kind in (Kind.NUMBER, Kind.QUANTITY):
        return (Kind.NUMBER, fig.unit, fig.value, "vague" in fig.qualifiers)
    return (fig.kind, fig.unit, fig.value)


def comparable(a: Figure, b: Figure) -> bool:
    """Whether `b` could be `a` restated with another value: same kind of thing, measured the same way."""
    if a.kind is Kind.DATE or b.kind is Kind.DATE:
        return a.kind is b.kind
    if Kind.RANGE in (a.kind, b.kind):
        return a.unit == b.unit  # "10 or 15 years" -> "15 years": a range narrowed to one of its bounds
    if {a.kind, b.kind} <= {Kind.NUMBER, Kind.QUANTITY, Kind.COUNT}:
        return a.unit == b.unit
    if a.kind is Kind.MONEY and b.kind is Kind.MONEY:
        return True
    return a.kind is b.kind and a.unit == b.unit


class _Context:
    """Content words around each figure, computed once per document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._sentences: dict[int, frozenset[str]] = {}

    def sentence(self, fig: Figure) -> frozenset[str]:
        if fig.sentence not in self._sentences:
            if self.doc.sentences:
                s, e = self.doc.sentences[min(fig.sentence, len(self.doc.sentences) - 1)]
            else:
                s, e = 0, len(self.doc.text)
            self._sentences[fig.sentence] = content_words(self.doc.text[s:e])
        return self._sentences[fig.sentence]

    def window(self, fig: Figure) -> frozenset[str]:
        text = self.doc.text
        before = content_words(text[max(0, fig.start - 80) : fig.start], last=_WINDOW_WORDS)
        after = content_words(text[fig.end : fig.end + 80], first=_WINDOW_WORDS)
        return before | after


def content_words(text: str, first: int | None = None, last: int | None = None) -> frozenset[str]:
    """Lower-cased words that say what is measured, with a crude plural fold ("allies"/"ally" stay apart)."""
    words = [w.lower().rstrip("'’") for w in _WORD.findall(text)]
    if first is not None:
        words = words[:first]
    if last is not None:
        words = words[-last:]
    return frozenset(_fold(w) for w in words if w not in _STOPWORDS and len(w) > 2)


def _fold(word: str) -> str:
    if word.endswith("’s") or word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def similarity(a: Figure, ca: _Context, b: Figure, cb: _Context) -> float:
    """How much two figures' surroundings agree: their sentences and the words right around them."""
    return 0.5 * _cosine(ca.sentence(a), cb.sentence(b)) + 0.5 * _cosine(ca.window(a), cb.window(b))


def align(
    source: Document, source_figures: Sequence[Figure], derived: Document, derived_figures: Sequence[Figure]
) -> list[Pairing]:
    """Pairings in source order (derived-only figures by their position), each figure in at most one."""
    cs, cd = _Context(source), _Context(derived)
    by_key_s: dict[Hashable, list[Figure]] = defaultdict(list)
    by_key_d: dict[Hashable, list[Figure]] = defaultdict(list)
    for f in source_figures:
        by_key_s[value_key(f)].append(f)
    for f in derived_figures:
        by_key_d[value_key(f)].append(f)

    pairings: list[Pairing] = []
    for key, s_figs in by_key_s.items():
        d_figs = by_key_d.get(key)
        if d_figs:
            pairings.extend(_match_all(s_figs, cs, d_figs, cd))

    lone_s = [figs[0] for key, figs in by_key_s.items() if key not in by_key_d]
    lone_d = [figs[0] for key, figs in by_key_d.items() if key not in by_key_s]
    scored = sorted(
        (
            (-similarity(s, cs, d, cd), s.start, d.start, i, j)
            for i, s in enumerate(lone_s)
            for j, d in enumerate(lone_d)
            if comparable(s, d)
        ),
    )
    used_s: set[int] = set()
    used_d: set[int] = set()
    for neg_score, _, _, i, j in scored:
        if -neg_score < MIN_CONTEXT:
            break
        if i in used_s or j in used_d:
            continue
        used_s.add(i)
        used_d.add(j)
        pairings.append(Pairing(Status.CHANGED, lone_s[i], lone_d[j]))
    pairings.extend(Pairing(Status.OMITTED, s, None) for i, s in enumerate(lone_s) if i not in used_s)
    pairings.extend(Pairing(Status.ADDED, None, d) for j, d in enumerate(lone_d) if j not in used_d)
    return sorted(pairings, key=_order)


def _match_all(s_figs: list[Figure], cs: _Context, d_figs: list[Figure], cd: _Context) -> list[Pairing]:
    """Pair equal figures by context; a repeat on the longer side pairs with its best counterpart."""
    pairs: list[Pairing] = []
    free_d = list(d_figs)
    for s in s_figs:
        pool = free_d or d_figs
        best = max(pool, key=lambda d: (similarity(s, cs, d, cd), -d.start))
        if best in free_d:
            free_d.remove(best)
        pairs.append(Pairing(Status.MATCHED, s, best))
    for d in free_d:
        best_s = max(s_figs, key=lambda s: (similarity(s, cs, d, cd), -s.start))
        pairs.append(Pairing(Status.MATCHED, best_s, d))
    return pairs


def _order(p: Pairing) -> tuple[int, int]:
    big = 1 << 62
    return (p.source.start if p.source else big, p.derived.start if p.derived else -1)
