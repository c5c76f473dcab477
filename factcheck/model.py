"""The plain, frozen records that every stage passes on: extract -> align -> rules -> report.

Stages never reach back into an earlier one; each takes these records and returns new ones, which is what
makes the pipeline easy to test piece by piece and safe to run in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

Value = float | str | None


class Kind(str, Enum):
    """What a figure is. The string values are part of the JSON/CSV contract."""

    NUMBER = "number"
    PERCENT = "percent"
    MONEY = "money"
    QUANTITY = "quantity"
    COUNT = "count"
    RANGE = "range"
    FRACTION = "fraction"
    DATE = "date"
    VAGUE = "vague"  # a vague quantifier ("many", "most", "several"): never a figure to report on its own
    SCORE = "score"  # "3-1" in a match report: one figure, its value the two numbers as written
    ORDINAL = "ordinal"  # "70th anniversary", "18th century": reported only by rules that name this kind
    CODE = "code"  # a name with digits ("F-16", "MH370", "Article 50"): reported only by rules that name it
    TIME = (
        "time"  # a time of day ("6.15am", "14:30 GMT"), its value "HH:MM": reported only by rules naming it
    )


# The note alignment gives a kept value said to move the other way ("fell 3%" -> "rose 3%"): the
# direction-changed rule kind reads it.
REVERSED = "went the other way"
# ... and a kept value whose bound is now on its other side ("more than doubled" -> "nearly doubled"): the
# bound-turned rule kind reads it.
BOUND_TURNED = "was said as a"
# ... and a kept value the source bounds and the derived text states as exact ("at least 17 injured" -> "17
# were hurt"): the bound-dropped rule kind reads it.
BOUND_DROPPED = "was bounded in the source as a"
# ... and a kept value the source hedges and the derived text bounds ("about 15%" -> "more than 15%"): the
# hedge-bounded rule kind reads it.
HEDGE_BOUNDED = "was hedged in the source (about it), now a"
# ... and an age that changed: an age is exact, never a rounding ("aged 91" -> "aged 90"), and the
# rounded rule kind leaves it to the changed ones.
AGE_CHANGED = "is an age"
# ... and a quoted figure whose whole quotation the derived text leaves out (a summary that quotes no one):
# omitted like any figure, not altered inside a quotation, which the quote-altered rule kind reads.
QUOTE_LEFT_OUT = "was quoted in words the derived text leaves out"


class Status(str, Enum):
    """How a source figure and a derived figure relate after alignment."""

    MATCHED = "matched"
    OMITTED = "omitted"
    CHANGED = "changed"
    ADDED = "added"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse; lets `--fail-on` compare severities without a lookup table at each call site."""
        return {"info": 1, "warning": 2, "error": 3}[self.value]


@dataclass(frozen=True)
class Figure:
    """One figure as it stands in a text, with a value normalised so that reformatting does not change it.

    `value` is a float for numeric kinds and an ISO-like string for dates ("2025-02-13", "2024", "2025-W07"),
    or the lower-cased words of a relative date that could not be resolved ("thursday"). Ranges carry `low`
    and `high`; counts ("23 of 32") carry the whole in `total`.
    """

    kind: Kind
    value: Value
    surface: str
    start: int
    end: int
    sentence: int
    unit: str | None = None
    low: Value = None
    high: Value = None
    total: float | None = None
    qualifiers: tuple[str, ...] = ()

    def has(self, qualifier: str) -> bool:
        return qualifier in self.qualifiers


@dataclass(frozen=True)
class Document:
    """A text, plus the structure the extractor and the rules need (dates, sentences, quotes).

    `text` is the text as the stages read it: hard-wrapped copy has its wrapping line breaks read as spaces,
    so that "more\nthan 20" bounds its figure as "more than 20" does, in every pattern alike. It has the
    length of the text as read (`as_read`), so offsets into one are offsets into the other; surfaces and
    line numbers come from `as_read`. `sentences` and `quotes` are (start, end) character spans; `skip`
    spans hold metadata (the leading `date YYYY-MM-DD` line) that is not article text and yields no figures.
    """

    text: str
    path: str | None = None
    date: str | None = None
    sentences: tuple[tuple[int, int], ...] = ()
    quotes: tuple[tuple[int, int], ...] = ()
    skip: tuple[tuple[int, int], ...] = ()
    original: str | None = None

    @property
    def as_read(self) -> str:
        """The text exactly as read, which offsets and surfaces refer to (`text` where nothing was
        unwrapped)."""
        return self.text if self.original is None else self.original


@dataclass(frozen=True)
class Pairing:
    """One outcome of alignment: a source figure, a derived figure, or both, and how they relate.

    An omitted figure may carry the vague word that took its place in `derived`; an added figure that
    follows from the source carries the derivation in `note`.
    """

    status: Status
    source: Figure | None
    derived: Figure | None
    note: str | None = None


@dataclass(frozen=True)
class Finding:
    """A difference a rule classified: the rule that fired, how bad it is, and the figures it is about."""

    rule: str
    name: str
    status: Status
    severity: Severity
    kind: Kind
    message: str
    source: Figure | None
    derived: Figure | None

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Source position first, then derived position: the order the contract promises."""
        big = 1 << 62
        return (
            self.source.start if self.source else big,
            self.derived.start if self.derived else -1,
            self.rule,
        )


@dataclass(frozen=True)
class Side:
    """One text of the pair as reported: where it came from, its date, its figures, and the text itself
    (so that a reporter can turn offsets into line:column without reading the file again)."""

    path: str | None
    date: str | None
    figures: tuple[Figure, ...]
    text: str = ""


@dataclass(frozen=True)
class Report:
    """Everything a reporter needs; nothing in it refers back to the stages that made it."""

    source: Side
    derived: Side
    findings: tuple[Finding, ...]
    matched: int
    pairings: tuple[Pairing, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)
