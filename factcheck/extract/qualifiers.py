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

_WORDS = [p for p in _MEANING if p[0].isalpha()]
# ... and abbreviations with their stop may touch it too ("c.50%", "ca.300"), as symbols do
_SYMBOLS = [p for p in _MEANING if not p[0].isalpha() or (p.endswith(".") and " " not in p)]
# A phrase before the figure: words need a space after them, symbols may touch it (">30", "x >= 10").
# Matched on the reversed window before the figure, anchored at the figure: a `$`-anchored search would try
# every offset of the window in turn, and this runs once per figure.
_BEFORE_REVERSED = re.compile(
    r"(?i)[\s\xa0]+(?P<q>"
    + alternation([w[::-1] for w in _WORDS])
    + r")(?=[^\w.]|\Z)|[\s\xa0]*(?P<s>"
    + alternation([w[::-1] for w in _SYMBOLS])
    + r")"
)
_AFTER_MEANING: dict[str, set[str]] = {
    phrase: qualifiers
    for group, qualifiers in (
        ("above_after", {"bound", "above"}),
        ("below_after", {"bound", "below"}),
        ("approx_after", {"approx"}),
    )
    for phrase in _T[group]
}
_AFTER = re.compile(
    r"(?i)(?P<glued>-plus\b|\+)|\s+(?P<q>"
    + alternation([p for p in _AFTER_MEANING if p[0].isalpha() and not p.startswith("and ")])
    # "5000 or less than 6000": the bound is 6000's (but "60% or more on Chinese goods" bounds the 60%)
    + r")\b(?!\s+(?:than|\d)\b)|\s+(?P<q2>"
    + alternation([p for p in _AFTER_MEANING if p.startswith("and ")])
    # "in 30 years and up nearly 15 points", "in eight months and above the target", "1.2 metres and over
    # 34,000 buildings": a new clause
    # ... so a bound only where what follows goes on about the group it bounds ("aged 65 and over are
    # eligible", "children 12 and under, who"), not where "above" governs a noun ("a year earlier and above
    # analysts' estimates")
    + r")\b(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:are|is|were|was|who|which|that|can|could|will|would|may|might|must"
    r"|should|have|has|had|to|in|at|for|with|get|got|receive|received|pay|paid|qualify|make|made|account"
    r"|accounted|years?|months?|weeks?|days?|people|adults|children|workers|members|households|[a-z]+ed|[a-z]+ing"
    # ... and what the group did, in verbs whose past is no "-ed" ("aged 65 and over rose by 2.3%")
    r"|rose|rise|rises|fell|fall|falls|grew|grow|grows|stood|stand|stands|now|also|made|make|makes)\b)"
)
# ... or after the noun the figure counts ("12,000 buildings or more", "five people at least died"), where the
# bound closes the clause or the clause goes on with its verb: "or more" then bounds the count, not the noun
_AFTER_NOUN = re.compile(
    r"(?i)\s+(?!(?:than|of|to|or|and|at|in|on|for|from|by|per|a|an|the)\b)[a-z]+(?:\s+[a-z]+)?\s+(?P<q>"
    + alternation([p for p in _AFTER_MEANING if p.startswith(("or ", "at "))])
    + r")\b(?=\s*(?:[.,;:!?)\"”’]|$)"
    r"|\s+(?:are|is|were|was|have|has|had|will|would|could|may|might|died|[a-z]+ed|daily|weekly|monthly"
    r"|yearly|annually|a|an|per|each|every|in|on|at|for|over|during|since|last|this)\b)"
)
_WINDOW = 32


def _bound_after_the_noun(text: str, end: int) -> re.Match[str] | None:
    # (most figures have no "or" or "at" in the words after them: a substring test is cheaper than the match)
    words = text[end : end + 40]
    return _AFTER_NOUN.match(text, end) if " or " in words or " at " in words else None


# After a figure, "more than" compares it ("2.3 points more than four years ago", "a fifth more than a year
# ago", "£1.4 billion more than a year earlier", "10,300 pounds more than a year ago"): no bound on what
# follows.
_COMPARED = re.compile(
    r"(?i)(?:\d%?|\b(?:points?|percent|per\s+cent|pct|times|twice|million|billion|trillion|bn|"
    r"pounds|dollars|euros|yen|pence|cents|"
    + alternation(list(table("numbers")["fractions"]))
    + r"))[^\S\n]*\Z"
)
# ... and so does a comparison after a length of time ("21 years younger than its 36 players", "three years
# longer than the 40 planned"), though "the 19th straight day above 110F" bounds its figure
_LENGTH_COMPARED = re.compile(r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)[^\S\n]*\Z")
# A bound phrase right before a figure, for patterns that join two bounds into a range.
BOUND_PHRASE = alternation([p for p in _MEANING if "bound" in _MEANING[p] and p[0].isalpha()])


_OVER_TIME_BOUND_BEFORE = frozenset(_T["over_time_bound_before"])
_WORD_BEFORE_OVER = re.compile(r"(?i)(?:^|(?<=[^\w'’]))([\w'’]+)[^\S\n]+$")
_WORD_AFTER = re.compile(r"[^\S\n]+(\w+)")
_OVER_TIME_BOUND_AFTER = frozenset(_T["over_time_bound_after"])


def _over_is_span(text: str, phrase_start: int, end: int) -> bool:
    """Whether "over" before a span of time says when rather than how much: "stole £48,600 over three
    years" states no bound, "jailed for over three years" does."""
    following = _WORD_AFTER.match(text, end)
    if following and following.group(1).lower() in _OVER_TIME_BOUND_AFTER:
        return False
    lead = _WORD_BEFORE_OVER.search(text, max(0, phrase_start - 24), phrase_start)
    if lead is None:
        return True
    word = lead.group(1).lower()
    return word not in _OVER_TIME_BOUND_BEFORE and word[-2:] not in {"'s", "’s"}


_OVER_RACE_DISTANCE_BEFORE = frozenset(_T["over_race_distance_before"])
_DISTANCE = re.compile(
    r"(?i)(?:\d\s*|\b[a-z]+[\s-])(?:m|km|k|metres?|meters?|kilometres?|kilometers?|miles?)\Z"
)


def _over_is_race_distance(text: str, phrase_start: int, start: int, end: int) -> bool:
    """ "holds the world record over 5,000m": "over" names the distance a race is run at, no more than it."""
    if _DISTANCE.search(text, start, end) is None:
        return False
    lead = _WORD_BEFORE_OVER.search(text, max(0, phrase_start - 24), phrase_start)
    return lead is not None and lead.group(1).lower() in _OVER_RACE_DISTANCE_BEFORE


_MOVED_UP_TO = frozenset(_T["moved_up_to"])


def _moved_up(text: str, phrase_start: int) -> bool:
    lead = _WORD_BEFORE_OVER.search(text, max(0, phrase_start - 24), phrase_start)
    return lead is not None and lead.group(1).lower() in _MOVED_UP_TO


_OVER_AS_PARTICLE = frozenset(_T["over_as_particle"])


def _particle_over(text: str, phrase_start: int) -> bool:
    """ "The jackpot rolled over 30 times", "handed over 12 hostages": "over" ends a verb, bounds nothing."""
    lead = _WORD_BEFORE_OVER.search(text, max(0, phrase_start - 24), phrase_start)
    return lead is not None and lead.group(1).lower() in _OVER_AS_PARTICLE


_OVER_ABOUT_BEFORE = re.compile(r"(?i)\b(?:" + alternation(_T["over_about_before"]) + r")\b[^.;:!?]*$")
_OVER_ABOUT_AFTER = re.compile(r"(?i)\s+(?:" + alternation(_T["over_about_after"]) + r")\b")


def _over_is_about(text: str, phrase_start: int, end: int) -> bool:
    """ "jailed for six years over £32m fraud": "over" says what for, and the amount is the fraud's own."""
    return (
        _OVER_ABOUT_AFTER.match(text, end) is not None
        and _OVER_ABOUT_BEFORE.search(text, max(0, phrase_start - 40), phrase_start) is not None
    )


_BOUND_INSIDE = re.compile(r"(?i)\s+(?P<q>or\s+(?:more|less|fewer))\s+of\s")


def bound_inside(text: str, start: int, end: int) -> tuple[str, ...]:
    """The bound said between a measure and the stuff it measures, inside the figure's words ("two litres or
    more of diet drinks a week"), which the words after the figure no longer hold."""
    m = _BOUND_INSIDE.search(text, start, end)
    return tuple(sorted(_AFTER_MEANING[" ".join(m.group("q").lower().split())])) if m else ()


def bound_side(phrase: str) -> str | None:
    """ "above" or "below" for a bound phrase ("more than", "no less than"), else None."""
    meaning = _MEANING.get(" ".join(phrase.lower().split()), set())
    return "above" if "above" in meaning else "below" if "below" in meaning else None


# "lows failed to drop below 90F", "never rose above 2%": a move denied past a figure bounds it on the
# other side (at least 90F, at most 2%)
_NEGATED_MOVE = re.compile(
    r"(?i)(?:\b(?:not|never|failed\s+to|without)|n['’]t)\s+(?:\w+ly\s+)?"
    r"(?:drop|fall|fell|dip|sink|sank|slip|go|went|rise|rose|risen|climb|get|got|be|been|was|were|is|are"
    r"|stay|stayed|remain)\w*[^\S\n]+$"
    r"|(?:\b(?:not|never)|n['’]t)[^\S\n]+$"  # "is not above 2%", "not more than five"
)
_OTHER_SIDE = {"above": "below", "below": "above"}
_WITHIN_BEFORE = re.compile(
    r"(?i)\b(?:" + alternation(_T["below_before_a_distance_of"]) + r")[^\S\n]+(?:an?[^\S\n]+)?$"
)
_DISTANCE_OF_AFTER = re.compile(r"(?i)[^\S\n]+(?:of|radius)\b")


def qualifiers_around(
    text: str, start: int, end: int, after: bool = True, time_span: bool = False, length_of_time: bool = False
) -> tuple[str, ...]:
    """Qualifiers named right before the figure, or right after it ("50-plus", "10 years or so").
    `time_span`: the figure is an amount of time or a date, which "over" may place rather than bound;
    `length_of_time`: an amount of time, which "within" bounds ("within half an hour")."""
    found: set[str] = set()
    window_start = max(0, start - _WINDOW)
    m = _BEFORE_REVERSED.match(text[window_start:start][::-1])
    if m and m.group("q") and window_start and m.end() == start - window_start:
        m = None  # the phrase may go on before the window: it is not known to start a word
    if m and m.group("q"):
        phrase_start = start - m.end("q")
        if (
            _COMPARED.search(text, max(0, phrase_start - 24), phrase_start)
            or (
                m.group("q").lower().startswith("naht ")
                and _LENGTH_COMPARED.search(text, max(0, phrase_start - 12), phrase_start)
            )
            or (time_span and m.group("q").lower() == "revo" and _over_is_span(text, phrase_start, end))
            # the end of a compound word: "a 6-under 65" is a round six under par, not at most 65
            or text[phrase_start - 1 : phrase_start] in ("-", "‐")
            # ... and a move up: "ticked up to 4.2%" rose to it
            or (m.group("q").lower() == "ot pu" and _moved_up(text, phrase_start))
            or (m.group("q").lower() == "revo" and _particle_over(text, phrase_start))
            or (m.group("q").lower() == "revo" and _over_is_race_distance(text, phrase_start, start, end))
            or (m.group("q").lower() == "revo" and _over_is_about(text, phrase_start, end))
        ):
            m = None
    if m:
        meaning = _MEANING[(m.group("q") or m.group("s"))[::-1].lower()]
        if m.group("q") and _NEGATED_MOVE.search(text, max(0, start - m.end() - 40), start - m.end("q")):
            meaning = {_OTHER_SIDE.get(q, q) for q in meaning}
        found |= meaning
    if (
        not m
        and (_DISTANCE_OF_AFTER.match(text, end) or length_of_time)  # (the anchored test first)
        and _WITHIN_BEFORE.search(text, window_start, start)
    ):
        # "within three degrees of the record", "detained within half an hour": at most that far
        found |= {"bound", "below"}
    following = (_AFTER.match(text, end) or _bound_after_the_noun(text, end)) if after else None
    if following:
        found |= _AFTER_MEANING[
            (
                following.group("glued")
                or " ".join((following.group("q") or following.group("q2")).lower().split())
                if following.re is _AFTER
                else " ".join(following.group("q").lower().split())
            )
        ]
    return tuple(sorted(found))
