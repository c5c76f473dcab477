"""Whose figure it is: the name a figure is said of, so that two values swapped between two names are seen.

"Japan was third with 20 golds, followed by Australia with 18" rewritten "Japan was third with 18 golds,
followed by Australia with 20" keeps both values, and alignment pairs each with its equal; but each now
belongs to the other country. The name a figure belongs to is the last run of capitalised words between the
figure before it in its sentence (or the sentence's start) and the figure itself, unless a run follows the
figure right after it ("11 million French"). Only a true swap counts:
two kept values, each said of the name the other was said of in the source. A name missing or written
otherwise on one side ("QPR", "Queens Park Rangers") never makes one, unless the lexicon's `name_aliases`
fold the two to one ("the Tories", "the Conservatives").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from factcheck.extract.dates import MONTHS, WEEKDAYS
from factcheck.extract.lexicon import table
from factcheck.model import Document, Figure, Kind, Pairing, Status

# A name: capitalised words, possibly joined by "of", "de" or "the" ("Bank of England"), a possessive kept
# (and dropped where the name is read); the one pattern every reader of names in the project uses.
NAME = r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|de\s+|del\s+|da\s+|the\s+)?[A-Z][\w'’.&-]*)*"
_NAME = re.compile(NAME)
# words that tell no side from another: "the", and the "FC" of a club's name
_NAME_NOISE = frozenset({"the", "fc", "afc", "cf"})
_NOT_NAMES = frozenset(
    {"the", "a", "an", "in", "on", "at", "by", "and", "but", "while", "its", "his", "her", "their"}
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


def owner(fig: Figure, doc: Document, sentence_figures: Sequence[Figure]) -> str | None:
    """The name `fig` is said of: the last name between the figure before it in its sentence (or the
    sentence's start) and the figure, or None. `sentence_figures` are the figures of its sentence."""
    text = doc.text
    start = doc.sentences[fig.sentence][0] if fig.sentence < len(doc.sentences) else 0
    for other in sentence_figures:
        if start <= other.end <= fig.start and other is not fig:
            start = other.end
            # ... past the name right after that figure, which is its own ("11 million French and 11.9
            # million Germans")
            if (said_after := _NAME_RIGHT_AFTER.match(text, start, fig.start)) is not None:
                start = said_after.end()
    # a name right after the figure is its own: "ahead of 11 million French"; so is the place its own clause
    # puts it in, before the next figure: "3,381 people had died in Turkey and 1,444 in Syria"
    end = doc.sentences[fig.sentence][1] if fig.sentence < len(doc.sentences) else len(text)
    end = min([end, *(other.start for other in sentence_figures if other.start >= fig.end)])
    said_after = _NAME_RIGHT_AFTER.match(text, fig.end, end) or _PLACE_AFTER.match(text, fig.end, end)
    if said_after is not None and (name := _clean(said_after.group(1))) is not None:
        return name
    found = [(m, n) for m in _NAME.finditer(text, start, fig.start) if (n := _clean(m.group())) is not None]
    if not found:
        return None
    # a list of names owns the figure together: "Messi, Neymar and Suarez have scored 102 goals" is the
    # trio's, said in any order
    last = len(found) - 1
    # (only a list that is the figure's subject: "known for M&M's and Snickers, has sales of $50 billion" is
    # said of no list)
    subject = "," not in text[found[last][0].end() : fig.start]
    while (
        subject and last > 0 and _LIST_JOIN.fullmatch(text, found[last - 1][0].end(), found[last][0].start())
    ):
        last -= 1
    return " ".join(n for _, n in found[last:])


# what joins the names of a list: a comma, "and", and a note in brackets ("Luis Suarez (left), Neymar")
_LIST_JOIN = re.compile(r"(?:\s*\([^()]{0,20}\))?\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)")


# a name right after a figure, or after "in" ("0.8% in France, 3.2% in Spain": each country's own)
_NAME_RIGHT_AFTER = re.compile(r"[^\S\n]+(?:in[^\S\n]+)?(" + NAME + r")")
# ... or after a few words of its clause ending in "in": "3,381 people had died in Turkey"
_PLACE_AFTER = re.compile(r"(?:[^\S\n]+[a-z][\w'’-]*){1,4}?[^\S\n]+in[^\S\n]+(" + NAME + r")")


def _clean(name: str) -> str | None:
    words = [w.removesuffix("'s").removesuffix("’s").strip(".") for w in name.split()]
    words = [w for w in words if w and w.lower() not in _NOT_NAMES and w.lower().rstrip(".") not in _CALENDAR]
    return " ".join(words) if words else None


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are one, the shorter said within the longer ("Queens Park Rangers" and "Rangers",
    "Manchester City" and "City"; not "QPR", and not "Manchester City" and "Manchester United" or "Leicester
    City")."""
    if a is None or b is None:
        return False
    words_a, words_b = set(name_words(a)), set(name_words(b))
    return bool(words_a & words_b) and (words_a <= words_b or words_b <= words_a)


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as names are compared: lower case, a name said by another name folded to one
    ("Tories" -> "conservatives", "Lib Dems" -> "liberal democrats"), the words that tell no side apart
    left out."""
    said = " ".join(name.lower().split())
    said = _ALIASES.get(said, said)
    words = " ".join(_ALIASES.get(w, w) for w in said.split()).split()
    return tuple(w for w in words if w not in _NAME_NOISE)


_ALIASES: dict[str, str] = {k.lower(): v.lower() for k, v in table("text")["name_aliases"].items()}


def _by_sentence(figures: Sequence[Figure]) -> dict[int, list[Figure]]:
    grouped: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        grouped[f.sentence].append(f)
    return grouped


def _owners_changed(
    p: Pairing,
    source: Document,
    by_sentence_s: dict[int, list[Figure]],
    derived: Document,
    by_sentence_d: dict[int, list[Figure]],
) -> tuple[str, str] | None:
    """(the name a kept value was said of, the one it is now said of), where both are named and differ."""
    if p.status is not Status.MATCHED or p.source is None or p.derived is None:
        return None
    if p.source.kind in (Kind.DATE, Kind.TIME) or p.source.value != p.derived.value:
        return None
    was = owner(p.source, source, by_sentence_s[p.source.sentence])
    now = owner(p.derived, derived, by_sentence_d[p.derived.sentence])
    if was is None or now is None or same_name(was, now):
        return None
    return was, now


def swapped_between_names(
    pairings: list[Pairing],
    source: Document,
    source_figures: Sequence[Figure],
    derived: Document,
    derived_figures: Sequence[Figure],
) -> list[Pairing]:
    """The pairings, each kept value that now belongs to the name another kept value belonged to (and that
    one to its name) changed, noted with the two names: "Japan -> Australia"."""
    by_sentence_s, by_sentence_d = _by_sentence(source_figures), _by_sentence(derived_figures)
    owned: list[tuple[int, str, str]] = []
    for i, p in enumerate(pairings):
        names = _owners_changed(p, source, by_sentence_s, derived, by_sentence_d)
        if names is not None:
            owned.append((i, *names))
    # each kept value's partner in a swap says, now, a word of the name it was said of
    said_now: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for entry in owned:
        for word in set(name_words(entry[2])):
            said_now[word].append(entry)
    swapped: dict[int, str] = {}
    for i, was_i, now_i in owned:
        for j, was_j, now_j in (e for w in set(name_words(was_i)) for e in said_now[w]):
            one_kind = pairings[i].source.kind is pairings[j].source.kind  # type: ignore[union-attr]
            if i < j and one_kind and same_name(was_j, now_i):
                swapped[i] = f"{was_i} -> {now_i}"
                swapped[j] = f"{was_j} -> {now_j}"
    return [
        Pairing(Status.CHANGED, p.source, p.derived, swapped[i]) if i in swapped else p
        for i, p in enumerate(pairings)
    ]


def said_of_another_name(
    pairings: Sequence[Pairing],
    lone_source: Sequence[Figure],
    source: Document,
    source_figures: Sequence[Figure],
    derived: Document,
    derived_figures: Sequence[Figure],
) -> list[tuple[Pairing, Figure]]:
    """Kept values now said of another name whose own figure the derived text lost: "gave Fianna Fáil 48
    seats, ... Sinn Féin 39" rewritten "Fianna Fáil won 39 seats" kept the 39 but gave it to Fianna Fáil,
    whose 48 is gone: the 48 became 39. The lost figure must be of the kept one's kind and unit and said in
    its sentence, a list of names and their values. Each match is returned with that figure."""
    by_sentence_s, by_sentence_d = _by_sentence(source_figures), _by_sentence(derived_figures)
    out: list[tuple[Pairing, Figure]] = []
    taken: set[int] = set()
    for p in pairings:
        names = _owners_changed(p, source, by_sentence_s, derived, by_sentence_d)
        if names is None:
            continue
        now = names[1]
        rival = next(
            (
                r
                for r in lone_source
                if id(r) not in taken
                and r.sentence == p.source.sentence
                and r.kind is p.source.kind
                and r.unit == p.source.unit
                and same_name(owner(r, source, by_sentence_s[r.sentence]), now)
            ),
            None,
        )
        if rival is not None:
            taken.add(id(rival))
            out.append((p, rival))
    return out
