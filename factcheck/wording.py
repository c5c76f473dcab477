"""What the words around a figure say of it beyond its value, for alignment to read on both sides.

The period an amount is paid per ("£600m a year"), the vague word a whole is counted with ("most of the
32"), one unit of time said with an article ("a month after"), and a name with digits the other text writes
with its number in words or by another name ("Formula One" for "formula 1"), a date in words said by its
period word alone ("Weekend ticket sales" for "sales for the weekend"), and whether a figure is said of
those who did not ("a third still do not"). Word tables come from the
lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.conversions import converts
from factcheck.extract.lexicon import table
from factcheck.extract.units import TIME_UNITS
from factcheck.model import Figure, Kind

_NEXT_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def one_unit_said_with_an_article(fig: Figure, text: str, other_text: str) -> bool:
    """ "one month after the crash" and "a month after the crash", "one man was killed" and "a man was
    killed": one unit of time or one thing, the other text's words naming it the same way, followed by the
    same word."""
    if fig.value != 1.0 or fig.qualifiers:
        return False
    if not (fig.kind is Kind.QUANTITY and fig.unit in TIME_UNITS) and not (
        fig.kind is Kind.NUMBER and not fig.unit
    ):
        return False  # ... or one of a thing counted: "one man was killed" and "a man was killed"
    after = _NEXT_WORD_AFTER.match(text, fig.end)
    if after is None:
        return False
    said = re.escape(after.group(1))
    if fig.kind is Kind.QUANTITY:
        said = re.escape(fig.surface.split()[-1]) + r"\s+" + said
    return re.search(rf"(?i)\b(?:a|an)\s+{said}\b", other_text) is not None


_PERIOD_WORD = re.compile(r"(?i)\b(weekend|week|month|quarter|year|season|summer|winter|spring|autumn)s?\b")


def period_named_in_words(
    fig: Figure, other_text: str, other_sentences: Sequence[tuple[int, int]], other_figures: Sequence[Figure]
) -> bool:
    """ "ticket sales for the weekend were up 14%" rewritten "Weekend ticket sales rose 14%", "Year-to-date,
    the box office stands at $7.9 billion" as "the year's takings of $7.9 billion": a date in words that
    the other text's rewrite of its sentence (one that keeps another of its figures) names by its period
    word alone, outside any figure, was said again, not dropped."""
    if fig.kind is not Kind.DATE or any(c.isdigit() for c in fig.surface):
        return False
    period = _PERIOD_WORD.search(fig.surface)
    if period is None:
        return False
    said = re.compile(rf"(?i)\b{period.group(1)}(?:s|'s|’s)?\b")
    return any(
        not any(f.start <= m.start() < f.end for f in other_figures)
        for start, end in other_sentences
        for m in said.finditer(other_text, start, end)
    )


_ONE_UNIT_OF_TIME = re.compile(
    r"(?i)\b(?:a|an|one)\s+(?:single\s+|whole\s+|full\s+)?(year|month|week|day|fortnight|decade)\b(?![-‐])"
)


def one_unit_of_time_said(
    fig: Figure, other_text: str, other_sentences: Sequence[tuple[int, int]], other_figures: Sequence[Figure]
) -> bool:
    """ "Duda has 30 days from the vote to convene parliament" rewritten "Duda has a month to convene
    parliament": a length of time that comes to one unit of another, said with an article in the sentence
    that rewrites its own, outside any figure (the words "a month" are no figure of their own)."""
    if fig.kind is not Kind.QUANTITY or fig.unit not in TIME_UNITS or not isinstance(fig.value, float):
        return False
    for start, end in other_sentences:
        for m in _ONE_UNIT_OF_TIME.finditer(other_text, start, end):
            if any(f.start <= m.start() < f.end for f in other_figures):
                continue
            unit = "week" if m.group(1).lower() == "fortnight" else m.group(1).lower()
            scale = 2.0 if m.group(1).lower() == "fortnight" else 1.0
            if converts(fig.value, fig.unit, scale, unit) or (fig.unit == unit and fig.value == scale):
                return True
    return False


_NOT_AFTER = re.compile(
    r"(?i)^[^.;:!?]*?\b(?:not|never|no\s+longer|fail|fails|failed|failing|short|miss|missed|misses|without)\b"
)
_CLAUSE_END = re.compile(r"[.;:!?]|,?\s+but\b|,\s+(?:and|while|whereas)\b")


def said_as_not(fig: Figure, text: str) -> bool:
    """Whether the clause a figure begins says it did not ("a third still do not", "many members still fall
    short"): of two groups a vague word could stand for, it stands for the one on its own side."""
    after = text[fig.end : fig.end + 60]
    end = _CLAUSE_END.search(after)
    return _NOT_AFTER.search(after[: end.start()] if end else after) is not None


_RATE_AFTER = re.compile(
    r"(?i)\s+(?:(?:a|an|per|each|every)\s+(?P<unit>year|month|week|day|hour)\b"
    # ("a year on" is a year later; "£180k a month on a six-year deal", "£3,000 a month on average" a pay)
    r"(?!\s+(?:earlier|later|ago|before|after|on(?!\s+(?:a|an|the|his|her|its|their|top|average)\b)|from|back|"
    r"previously|prior|since|that)\b)"
    r"|(?P<adverb>annually|yearly|monthly|weekly|daily|hourly)\b)"
)
_TOTAL_NEAR = re.compile(
    r"(?i)\b(?:so\s+far|to\s+date|in\s+total|altogether|all\s+told|in\s+all|cumulative(?:ly)?|since\s+(?:it|the|its|their))\b"
)
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
                 "hourly": "hour"}  # fmt: skip


def rate_of(money: Figure, text: str) -> str | None:
    """ "a year" for "£600m a year" (and "£600m annually"): the period an amount is paid or spent per."""
    m = _RATE_AFTER.match(text, money.end)
    if m is None:
        return None
    return "a " + (m.group("unit").lower() if m.group("unit") else _RATE_ADVERBS[m.group("adverb").lower()])


def rate_of_count(count: Figure, text: str) -> str | None:
    """ "a day" for "180 trains a day" and "180 services daily": the period a count is of, said after the
    noun it counts."""
    m = _COUNT_RATE_AFTER.match(text, count.end)
    if m is None:
        return None
    return "a " + (m.group("unit").lower() if m.group("unit") else _RATE_ADVERBS[m.group("adverb").lower()])


# (the noun counted, a word or two, then the period: "180 trains a day", "180 services daily")
_COUNT_RATE_AFTER = re.compile(r"(?i)(?:\s+[a-z][\w'-]*){1,2}?" + _RATE_AFTER.pattern.removeprefix("(?i)"))


_VAGUE_GAP = re.compile(
    r"\s+(?:of\s+)?(?:the|its|their|his|her|our|[A-Z][\w.&-]*['’]s)?\s*"
)  # "most of NATO's 32"


def vague_before(number: Figure, figures: Sequence[Figure], text: str) -> Figure | None:
    """The vague word a whole is counted with ("most of the 32", "a majority of its 32"), if any."""
    return next(
        (
            f
            for f in figures
            if f.kind is Kind.VAGUE
            and number.start - 30 <= f.end <= number.start
            and _VAGUE_GAP.fullmatch(text, f.end, number.start)
        ),
        None,
    )


_CODE_PARTS = re.compile(r"(?P<letters>[A-Za-z]+)[\s-]?(?P<n>\d{1,2})")
_NUMBER_NAMES = {v: w for w, v in table("numbers")["units"].items() if 1 <= v <= 19}
_CODE_ALIASES: dict[str, str] = table("text")["code_aliases"]


def code_in_words(code: Figure, text: str) -> str | None:
    """How the other text names `code` without its digits ("Formula One" for "formula 1"), or one of the
    names it goes by ("Twenty20" for "T20"), if it does."""
    alias = _CODE_ALIASES.get(str(code.value))
    if alias is not None:
        found = re.search(rf"(?i)\b{re.escape(alias)}\b", text)
        if found:
            return f"“{found.group()}”"
    m = _CODE_PARTS.fullmatch(code.surface.strip())
    if m is None or int(m["n"]) not in _NUMBER_NAMES:
        return None
    found = re.search(rf"(?i)\b{re.escape(m['letters'])}[\s-]+{_NUMBER_NAMES[int(m['n'])]}\b", text)
    return f"“{found.group()}”" if found else None


def called_a_total(money: Figure, text: str) -> bool:
    """Whether the words near an amount call it a total ("has so far saved £600m", "£2bn in total")."""
    return _TOTAL_NEAR.search(text, max(0, money.start - 60), money.end + 40) is not None


# "the fourth-largest", "the second most valuable": an ordinal that ranks below the top of a superlative
_SUPERLATIVE_AFTER = re.compile(r"(?i)[\s-]+((?:most|least)\s+[a-z]+|[a-z]{3,}est)\b")
_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+$"
)


def superlative_ranked(fig: Figure, text: str) -> str | None:
    """The superlative an ordinal ranks ("fourth-largest" -> "largest"), or None."""
    if fig.kind is not Kind.ORDINAL:
        return None
    m = _SUPERLATIVE_AFTER.match(text, fig.end)
    return m.group(1).lower() if m else None


def ranked_from(fig: Figure, text: str) -> int:
    """Where the words that say what an ordinal ranks begin: past its superlative, which says how it ranks
    ("the fifth-largest lottery prize" and "the fourth-biggest in US history" rank one thing), and past the
    ordinals listed after it ("the 13th and 20th minutes" rank minutes both)."""
    if fig.kind is not Kind.ORDINAL:
        return fig.end
    end = fig.end
    while (listed := _MORE_RANKED_AFTER.match(text, end)) is not None:
        end = listed.end()
    m = _SUPERLATIVE_AFTER.match(text, end)
    return m.end() if m else end


_MORE_RANKED_AFTER = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+or\s+)\d{1,3}(?:st|nd|rd|th)(?=[\s-])")


def top_of(superlative: str, text: str, span: tuple[int, int]) -> Figure | None:
    """The superlative said unranked in `span` of `text` ("the world's largest economy" for "the world's
    fourth-largest"), as the first place it claims: an ordinal of value 1, or None."""
    pattern = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, superlative.split())) + r"\b")
    for m in pattern.finditer(text, *span):
        if not _ORDINAL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            return Figure(Kind.ORDINAL, 1.0, m.group(), m.start(), m.end(), -1)
    return None
