"""What a figure measures: the words around it, and how much two figures talk about the same thing.

A figure's context is the sentence it stands in and the few words on its side of the nearest clause break
that say what it quantifies ("defense spending", "member countries"). Two figures' similarity combines the
two, compared with rapidfuzz, plus a bonus when their sentences keep another figure in common (an anchor)
and a little for close values (dates by how far apart they lie). Alignment ranks every candidate pairing
by it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from factcheck.attribution import owner
from factcheck.calendar import span
from factcheck.derive import vague_span
from factcheck.extract.lexicon import table
from factcheck.model import Document, Figure, Kind

STOPWORDS = frozenset(table("text")["stopwords"].split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


# A change needs at least this much shared context; below it two figures are unrelated.
MIN_CONTEXT = 0.3


_BEFORE_WORDS = 4


_AFTER_WORDS = 5


_SUBJECT_WORDS = 3
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(table("text")["level_verbs"].split()) + r")(?:\s+(?:to|at|by))?\s*$"
)


ANCHOR_BONUS = 0.3


_LINKED_LEVEL = re.compile(
    r"(?i),?\s+(?:(?:up|down)\s+)?(?:to|from)\s+(?:(?:about|around|nearly|almost|some)\s+)?"
)


# "fell to 7.57 million, down from 7.61 million" rewritten "fell to about 7.6 million": the figure that ends
# a change is not the one that began it, however near its value
ROLE_PENALTY = 0.15


_ROLE = re.compile(
    r"(?i)\b(to|from)\s+(?:(?:about|around|roughly|nearly|almost|just|some|an?|the|over|under|more than|"
    r"less than)\s+)*"
    # "down from a previous forecast of 1.1%", "down from an annual rise of 1.4%"
    r"(?:(?:(?:previous|prior|earlier|initial|original|annual|monthly|quarterly)\s+)?(?:forecast|estimate|"
    r"projection|reading|figure|level|target|guidance|rise|increase|gain|fall|drop|decline|rate|growth)"
    r"\s+of\s+)?$"
)


def role(fig: Figure, text: str) -> str | None:
    """ "to" or "from" when the figure is where a change ended or began ("fell to 3.5% from 3.9%")."""
    m = _ROLE.search(text, max(0, fig.start - 30), fig.start)
    if m is None:
        # "was 6.4%, down from 7.2%": the level a move reached, said before where it began
        return "to" if _LEVEL_BEFORE_ITS_BASE.match(text, fig.end) else None
    if m.group(1).lower() == "to" and _NOT_A_LEVEL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return (
            None  # "up to $20" bounds it, "agreed to a $95m settlement" names a deal: neither ends a change
        )
    return m.group(1).lower()


_LEVEL_BEFORE_ITS_BASE = re.compile(r"(?i),?\s+(?:down|up)\s+(?:sharply\s+|slightly\s+)?from\b")
_NOT_A_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:up|agreed?|agreeing|according|close|closer|next|compared|equal|equivalent|similar|relative|"
    r"addition|due|able|likely|set|going|plans?|want|wants|hopes?|aims?)\s+$"
)


VALUE_WEIGHT = 0.2


class Context:
    """What each figure of one document talks about, computed once per figure."""

    def __init__(self, doc: Document, figures: Sequence[Figure] = ()) -> None:
        self.doc = doc
        # where each figure's neighbours stand: a figure's words stop at the next figure and start after
        # the one before ("18 people were killed and 40 injured": "killed" is the 18's, "injured" the 40's).
        # A date is no such neighbour: "the toll from Sunday's crash has risen to 23" measures the toll; nor
        # is a name with digits, which says what the figure beside it is of ("the FTSE 100 fell 1.2%").
        measures = [f for f in figures if f.kind is not Kind.DATE and f.kind is not Kind.CODE]
        self._in_order = sorted(measures, key=lambda f: f.end)
        self._ends = [f.end for f in self._in_order]
        self._starts = sorted(f.start for f in measures)
        self.anchors: set[tuple[int, int]] = set()
        # sentences that stand between the same two anchors on both sides, and the bonus that gives them
        self.between: dict[tuple[int, int], float] = {}
        self._sentences: dict[int, frozenset[str]] = {}
        self._measures: dict[int, str] = {}
        self._roles: dict[int, str | None] = {}
        # how much the words around one of this document's figures and one of the other's agree, by their
        # offsets: the part of `similarity` that anchors do not change, computed once per pair of figures
        self.words_with: dict[tuple[int, int], float] = {}
        self._figures = figures
        self._owners: dict[int, str | None] = {}

    def owner(self, fig: Figure) -> str | None:
        """The name `fig` is said of (see attribution.owner), computed once per figure."""
        if fig.start not in self._owners:
            same_sentence = [f for f in self._figures if f.sentence == fig.sentence]
            self._owners[fig.start] = owner(fig, self.doc, same_sentence)
        return self._owners[fig.start]

    def sentence(self, fig: Figure) -> frozenset[str]:
        if fig.sentence not in self._sentences:
            s, e = self._sentence_span(fig)
            self._sentences[fig.sentence] = frozenset(content_words(self.doc.text[s:e]))
        return self._sentences[fig.sentence]

    def sentence_text(self, fig: Figure) -> str:
        s, e = self._sentence_span(fig)
        return self.doc.text[s:e]

    def _sentence_span(self, fig: Figure) -> tuple[int, int]:
        if not self.doc.sentences:
            return 0, len(self.doc.text)
        return self.doc.sentences[min(fig.sentence, len(self.doc.sentences) - 1)]

    def role(self, fig: Figure) -> str | None:
        if fig.start not in self._roles:
            self._roles[fig.start] = role(fig, self.doc.text)
        return self._roles[fig.start]

    def measure(self, fig: Figure) -> str:
        """The words around a figure that say what it quantifies ("defense spending", "member countries")."""
        if fig.start not in self._measures:
            text = self.doc.text
            i = bisect_right(self._ends, fig.start)
            previous_end = self._ends[i - 1] if i else 0
            if i and _LINKED_LEVEL.fullmatch(text, previous_end, fig.start):
                # "Revenue increased 8% to $25.18 billion": the level a change reached measures what the
                # change did, and takes the words before it too
                previous_end = self._ends[i - 2] if i > 1 else 0
            j = bisect_left(self._starts, fig.end)
            next_start = self._starts[j] if j < len(self._starts) else len(text)
            # a figure's words stay in its sentence; a line break inside one is a wrapped line, not a clause
            first, last = self._sentence_span(fig)
            words = _words_around(text, fig, max(previous_end, first), min(next_start, last))
            if not words:  # "fell by 12,000 to about 190,000": the words its neighbour holds are its own too
                words = _words_around(text, fig, first, last)
            if (
                not words
                and i
                and fig.kind is not Kind.DATE
                and self._in_order[i - 1].sentence == fig.sentence
            ):
                # "inflation averaging 2.5% this year and 2.2% next year": a figure listed after another
                # measures what that one does
                self._measures[fig.start] = self.measure(self._in_order[i - 1])
                return self._measures[fig.start]
            if not words and fig.sentence > 0 and self.doc.sentences:
                # "She was 84.": a sentence with no words of its own speaks of the one before
                s, e = self.doc.sentences[min(fig.sentence, len(self.doc.sentences)) - 1]
                words = content_words(text[s:e])[-_BEFORE_WORDS:]
            self._measures[fig.start] = " ".join(sorted(set(words)))
        return self._measures[fig.start]


def _words_around(text: str, fig: Figure, previous_end: int, next_start: int) -> list[str]:
    """The content words on the figure's side of the clause breaks, between its neighbouring figures."""
    window = text[max(0, fig.start - 90, previous_end) : fig.start]
    labelled = _LABEL_BEFORE.search(window)
    # "Ice cream sales growth: 3.9 per cent": a label and its colon say what the figure after them is
    before = _clause(window[: labelled.start()] if labelled else window, last=True)
    after = _clause(text[fig.end : min(fig.end + 90, next_start)], last=False)
    before_words = content_words(before)
    words = before_words[-_BEFORE_WORDS:] + content_words(after)[:_AFTER_WORDS]
    if _LEVEL_BEFORE.search(before):
        words += before_words[:_SUBJECT_WORDS]  # "the death toll ... has risen to 23"
    return words


_LABEL_BEFORE = re.compile(r":\s*$")


# Sentence and clause breaks (not the point of "$5.4bn"), and a plain "and": in "18 people were killed and 40
# injured" the words before "and" say what the 18 counts, those after it what the 40 counts.
_CLAUSE_BREAK = re.compile(
    r"\.(?!\d)|[;:!?]|\n\s*\n|—"
    r"|, (?:and|while|which|who|with|as|when|after|because|although|though|whereas|on)\b|\b(?:and|but)\b"
)


def _clause(text: str, last: bool) -> str:
    """The part of `text` on the figure's side of the nearest sentence or clause break."""
    parts = _CLAUSE_BREAK.split(text)
    return parts[-1] if last else parts[0]


def content_words(text: str) -> list[str]:
    """Lower-cased words that say what is measured, plurals folded ("members" -> "member")."""
    return [word for raw in _WORD.findall(text) for word in _content(raw)]


@lru_cache(maxsize=1 << 16)
def _content(raw: str) -> tuple[str, ...]:
    """The content words of one token ("cross-border" -> "cross", "border"), cached: news reuses words."""
    parts = raw.lower().rstrip("'’").split("-")
    return tuple(fold(p) for p in parts if p and p not in STOPWORDS and len(p) > 2)


def fold(word: str) -> str:
    """A word as alignment compares it: plurals folded ("members" -> "member"), and a word of a measure
    read as the first word of its line in the `measure_synonyms` table ("wounded" -> "injured")."""
    folded = _plural(word)
    return _SYNONYM.get(folded, folded)


def _plural(word: str) -> str:
    if word.endswith(("’s", "'s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_SYNONYM = {_plural(w): line.split()[0] for line in table("text")["measure_synonyms"] for w in line.split()}
_EXCLUSIVE = tuple(frozenset(line.split()) for line in table("text")["exclusive_measures"])


_BOUND_WORDS = r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|over|another|up\s+to)\s+)?"
_PEOPLE_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(table("text")["people_verbs_before"].split()) + r")\s+" + _BOUND_WORDS + "$"
)
_PEOPLE_AFTER = re.compile(
    r"(?i)\s+(?:(?:people|persons|were|are|have\s+been|had\s+been|was)\s+){0,2}(?:"
    + "|".join(table("text")["people_words_after"].split())
    + r")\b"
)


def counts_people(fig: Figure, text: str) -> bool:
    """Whether a bare number's words say it counts people ("killing 21 people and injuring 15", "15 were
    hurt"): such a number never leaves a unit to the reader."""
    return bool(
        _PEOPLE_BEFORE.search(text, max(0, fig.start - 40), fig.start) or _PEOPLE_AFTER.match(text, fig.end)
    )


def other_measures(a: Figure, ca: Context, b: Figure, cb: Context) -> tuple[str, str] | None:
    """The measures two figures' words name, when both name measures that exclude each other and none in
    common ("20 people dead" and "injuring more than 20" are one value, but not one figure); else None."""
    words_a, words_b = set(ca.measure(a).split()), set(cb.measure(b).split())
    for family in _EXCLUSIVE:
        named_a, named_b = words_a & family, words_b & family
        if named_a and named_b and not named_a & named_b:
            return ", ".join(sorted(named_a)), ", ".join(sorted(named_b))
    return None


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def similarity(a: Figure, ca: Context, b: Figure, cb: Context, values: bool = True) -> float:
    """How much two figures talk about the same thing: 0 (unrelated), 1 for the same measure in the same
    sentence, more with an anchor and equal values; not capped, so that close candidates stay apart."""
    score = word_similarity(a, ca, b, cb)
    if (a.sentence, b.sentence) in ca.anchors:
        score += ANCHOR_BONUS  # the two sentences keep another figure in common
    else:
        score += ca.between.get((a.sentence, b.sentence), 0.0)
    role_a, role_b = ca.role(a), cb.role(b)
    if role_a and role_b and role_a != role_b:
        score -= ROLE_PENALTY
    if values:
        score += VALUE_WEIGHT * _closeness(a, b)
    return score


def between_anchors(
    anchors: set[tuple[int, int]], source_sentences: int, derived_sentences: int
) -> dict[tuple[int, int], float]:
    """A bonus for two sentences, one per side, that stand in the same gap between two anchored pairs:
    "The investigation began in June 2021." and "The case was opened in June 2020.", each the sentence
    after the same kept sentence and before the same kept one, are likely the same sentence rewritten, in
    words too far apart to tell. The smaller the gap, the surer: the bonus is an anchor's, shared out over
    the sentences the longer side of the gap holds. Where some sentence keeps a figure, the two texts'
    ends bound a gap too: the sentences after the last kept ones ("Duda has 30 days to convene parliament"
    and "Duda has a month to convene parliament") are the stories' ends."""
    source_anchored = {a for a, _ in anchors}
    derived_anchored = {b for _, b in anchors}
    ordered = sorted(anchors | {(-1, -1), (source_sentences, derived_sentences)}) if anchors else []
    bonus: dict[tuple[int, int], float] = {}
    for (a_lo, b_lo), (a_hi, b_hi) in pairwise(ordered):
        if a_hi - a_lo < 2 or b_hi - b_lo < 2:
            continue  # no sentence between them on one side
        if any(a_lo < a < a_hi or b_lo < b < b_hi for a, b in anchors):
            continue  # anchors cross: the gap is not one stretch of both texts
        share = ANCHOR_BONUS / max(a_hi - a_lo - 1, b_hi - b_lo - 1)
        for i in range(a_lo + 1, a_hi):
            for j in range(b_lo + 1, b_hi):
                if i not in source_anchored and j not in derived_anchored:
                    bonus[(i, j)] = share
    # a sentence that keeps figures of two sentences of the other side merges them, and those between them
    # ("4.5% ... The UK rate was 4.3%. ... fell by 12,000" -> "4.5%, above the UK rate of 4.1%, with 12,000
    # fewer"): each sentence it spans is as much its counterpart as the two it keeps figures of
    for side in (0, 1):
        kept_with: dict[int, list[int]] = defaultdict(list)
        for pair in anchors:
            kept_with[pair[1 - side]].append(pair[side])
        for merged, kept in kept_with.items():
            for spanned in range(min(kept) + 1, max(kept)):
                pair = (spanned, merged) if side == 0 else (merged, spanned)
                if pair not in anchors:
                    bonus[pair] = ANCHOR_BONUS
    return bonus


def word_similarity(a: Figure, ca: Context, b: Figure, cb: Context) -> float:
    """How much the words around two figures say the same thing, from 0 to 1, whatever their values."""
    key = (a.start, b.start)
    words = ca.words_with.get(key)
    if words is None:
        ma, mb = ca.measure(a), cb.measure(b)
        measure = (fuzz.token_set_ratio(ma, mb) + fuzz.token_sort_ratio(ma, mb)) / 200 if ma and mb else 0.0
        words = ca.words_with[key] = 0.4 * cosine(ca.sentence(a), cb.sentence(b)) + 0.6 * measure
    return words


def _closeness(a: Figure, b: Figure) -> float:
    """1 for equal values, falling to 0 as they part: "5.3%" is likelier restated as "5%" than "15%"; and
    for dates, as their middles part by more than the longer one lasts ("the 1990s" is nearer "1993-2002"
    than "2014-2023")."""
    if a.kind is Kind.DATE and b.kind is Kind.DATE:
        return _date_closeness(a.value, b.value)
    if (a.kind is Kind.RANGE) != (b.kind is Kind.RANGE):
        # a figure that is one end of a range: "aged 34, 41 and 52" -> "between 30 and 52" is the 52
        ranged, single = (a, b) if a.kind is Kind.RANGE else (b, a)
        return 1.0 if single.value in (ranged.low, ranged.high) else 0.0
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return 0.0
    if ("vague" in a.qualifiers) != ("vague" in b.qualifiers) and a.value > 0 and b.value > 0:
        # "dozens of people" is near the counts it holds (24 to 143), not near 12: "arrested dozens" is
        # likelier "arrested 47" than "12 officers injured"
        vague, precise = (a, b) if "vague" in a.qualifiers else (b, a)
        low, high = vague_span(float(vague.value))  # type: ignore[arg-type]
        value = float(precise.value)  # type: ignore[arg-type]
        if low <= value < high:
            return 1.0
        nearest = low if value < low else high
        return 1.0 - min(1.0, abs(value - nearest) / max(value, nearest))
    x, y = _as_share(a), _as_share(b)
    top = max(abs(x), abs(y))
    return 1.0 - min(1.0, abs(x - y) / top) if top else 1.0


def _as_share(fig: Figure) -> float:
    """A fraction on the scale of a percentage, so that "a third" is as close to "33%" as "33%" is."""
    return 100 * fig.value if fig.kind is Kind.FRACTION else fig.value  # type: ignore[operator]


def _date_closeness(a: object, b: object) -> float:
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return 0.0
    middle_a = sa[0].toordinal() + (sa[1] - sa[0]).days / 2
    middle_b = sb[0].toordinal() + (sb[1] - sb[0]).days / 2
    lengths = sorted(((sa[1] - sa[0]).days + 1, (sb[1] - sb[0]).days + 1))
    # days a day or two apart are close ("April 20" and "April 21"), as are periods of one length whose
    # middles are near; a year is not close to a day in it, however central
    close = 1.0 - min(1.0, abs(middle_a - middle_b) / max(lengths[1], 7))
    return close * min(1.0, 7 * lengths[0] / lengths[1])
