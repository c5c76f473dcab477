"""Classifying differences: for each omitted, changed or added figure, the most specific matching rule.

The engine is generic: it knows how to test a rule's conditions (status, kinds, qualifiers, tolerance) and
how to fill its message template. What each difference means lives in the rules file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from factcheck.calendar import span
from factcheck.extract.numbers import format_value
from factcheck.model import Figure, Finding, Kind, Pairing, Status
from factcheck.rules.kinds import compared, kind_matches
from factcheck.rules.model import Rule

# Kinds that only rules naming them report (a rule with no `kinds` leaves them alone).
OPT_IN_KINDS = frozenset({Kind.ORDINAL, Kind.CODE, Kind.TIME})


def classify(pairings: Iterable[Pairing], rules: Sequence[Rule]) -> list[Finding]:
    """Findings for every pairing that is not a match and that some enabled rule claims, in contract order."""
    active = [r for r in rules if r.enabled]
    findings: list[Finding] = []
    for pairing in pairings:
        if pairing.status is Status.MATCHED:
            continue
        rule = best_rule(pairing, active)
        if rule is not None:
            findings.append(_finding(rule, pairing))
    return sorted(findings, key=lambda f: f.sort_key)


def best_rule(pairing: Pairing, rules: Sequence[Rule]) -> Rule | None:
    matching = [(i, r) for i, r in enumerate(rules) if matches(r, pairing)]
    if not matching:
        return None
    return max(matching, key=lambda ir: (ir[1].specificity, -ir[0]))[1]


def matches(rule: Rule, pairing: Pairing) -> bool:
    if not kind_matches(rule, pairing):
        return False
    figures = [f for f in (pairing.source, pairing.derived) if f is not None]
    if rule.kinds and not any(f.kind in rule.kinds for f in figures):
        return False
    if not rule.kinds and any(f.kind in OPT_IN_KINDS for f in figures):
        return False  # ordinals are reported only by rules that name them
    if not _has_qualifiers(pairing.source, rule.source_qualifiers):
        return False
    if not _has_qualifiers(pairing.derived, rule.derived_qualifiers):
        return False
    if rule.tolerance is not None:
        values = compared(pairing)
        if values is None:
            return False
        # on the scale the two are compared on: "a third" against "30%" is 33.3 against 30, not 1/3
        delta, base = values[1] - values[0], abs(values[0])
        if abs(delta) > max(rule.tolerance.absolute, rule.tolerance.relative * base) + 1e-12:
            return False
    return True


def _has_qualifiers(fig: Figure | None, wanted: tuple[str, ...]) -> bool:
    if not wanted:
        return True
    if fig is None:
        return False
    for q in wanted:
        negated = q.startswith("!")
        if (q.lstrip("!") in fig.qualifiers) == negated:
            return False
    return True


def day_delta(pairing: Pairing) -> int | None:
    s, d = pairing.source, pairing.derived
    try:
        return (date.fromisoformat(str(d.value)) - date.fromisoformat(str(s.value))).days  # type: ignore[union-attr]
    except (ValueError, AttributeError):
        return None


class _FigureView:
    """What a message template can say about a figure; an absent figure renders as a dash."""

    def __init__(self, fig: Figure | None) -> None:
        self.surface = _quote(fig.surface) if fig else "—"
        self.value = _show(fig.value) if fig else "—"
        self.unit = fig.unit or "" if fig else ""
        self.kind = fig.kind.value if fig else ""


def _quote(surface: str) -> str:
    """A surface as a message quotes it: on one line, as a line-per-finding report needs, though the figure
    was wrapped across two ("27 of\nthe 213")."""
    return f"“{' '.join(surface.split())}”"


def _show(value: object) -> str:
    return format_value(value) if isinstance(value, float) else str(value)


_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DECADE = re.compile(r"\d{3}0s")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_shift(pairing: Pairing, days: int | None) -> str:
    """How far a date moved, at the precision both sides share: "+6 days", "-1 year", "+2 months"."""
    s = str(pairing.source.value) if pairing.source else ""
    d = str(pairing.derived.value) if pairing.derived else ""
    if _YEAR.fullmatch(s) and _YEAR.fullmatch(d):
        return _count(int(d) - int(s), "year")
    if _DECADE.fullmatch(s) and _DECADE.fullmatch(d):
        return _count(int(d[:4]) - int(s[:4]), "year")  # "the 1980s" -> "the 1970s": -10 years
    ms, md = _MONTH.fullmatch(s), _MONTH.fullmatch(d)
    if ms and md:
        # ("September 2022" -> "September 2023": +1 year, as a reader counts it)
        return _months_said((int(md[1]) - int(ms[1])) * 12 + int(md[2]) - int(ms[2]))
    if days is not None:
        day_s, day_d = _DAY.fullmatch(s), _DAY.fullmatch(d)
        if day_s and day_d and day_s[3] == day_d[3] and abs(days) >= 28:
            # "Dec. 22, 2032" -> "Dec. 22, 2023": -9 years, as a reader counts it, not -3,288 days
            return _months_said((int(day_d[1]) - int(day_s[1])) * 12 + int(day_d[2]) - int(day_s[2]))
        return _count(days, "day")
    ends_s, ends_d = s.partition(".."), d.partition("..")
    if ends_s[1] and ends_d[1] and ends_s[0] == ends_d[0]:
        # a stretch whose start stayed ("between March 2021 and January 2023" -> "... January 2022")
        end_s, end_d = span(ends_s[2]), span(ends_d[2])
        if (
            end_s is not None
            and end_d is not None
            and not (_YEAR.fullmatch(ends_s[2]) or _MONTH.fullmatch(ends_s[2]))
        ):
            return f"{_count((end_d[1] - end_s[1]).days, 'day')} at its end"
        moved = date_shift(replace(pairing, source=_valued(pairing.source, ends_s[2]),
                                   derived=_valued(pairing.derived, ends_d[2])), None)  # fmt: skip
        return f"{moved} at its end"
    starts = s.partition("..")[0], d.partition("..")[0]
    if (
        (s, d) != starts
        and any(_YEAR.fullmatch(x) for x in starts)
        and all(x[:4].isdigit() for x in starts)
        and starts[0][:4] != starts[1][:4]  # (in one year, the days tell: "the year to March" -> "last year")
    ):
        # a stretch and a year it starts from ("between 2016 and 2023" -> "since 2015", "since 2006" -> "over
        # the past 10 years"): how many years the start moved, at the year's precision
        return f"{_count(int(starts[1][:4]) - int(starts[0][:4]), 'year')} at its start"
    spans = span(s), span(d)
    if spans[0] is not None and spans[1] is not None:
        # periods of other lengths ("the second quarter" and "the spring"): how far the start moved, in whole
        # years or months where it moved by them ("the past 11 years" -> "the past 10 years": +1 year)
        start_s, start_d = spans[0][0], spans[1][0]
        if start_s.day == start_d.day:
            months = (start_d.year - start_s.year) * 12 + start_d.month - start_s.month
            return f"{_months_said(months)} at its start"
        return f"{_count((start_d - start_s).days, 'day')} at its start"
    return "by a span factcheck cannot count"


def _valued(fig: Figure | None, value: str) -> Figure | None:
    return replace(fig, value=value, low=None, high=None) if fig is not None else None


def _months_said(months: int) -> str:
    """A move of whole months, in years where it is whole years ("+1 year", "-3 months")."""
    return _count(months // 12, "year") if months % 12 == 0 else _count(months, "month")


def _count(n: int, unit: str) -> str:
    return f"{n:+d} {unit}{'' if abs(n) == 1 else 's'}"


def render(rule: Rule, pairing: Pairing) -> str:
    values = compared(pairing)
    delta, base = (values[1] - values[0], values[0]) if values else (None, None)
    days = day_delta(pairing)
    kind = (pairing.source or pairing.derived).kind.value  # type: ignore[union-attr]
    fields = {
        "source": _FigureView(pairing.source),
        "derived": _FigureView(pairing.derived),
        "kind": kind,
        "delta": f"{delta:+g}" if delta is not None else "n/a",
        "relative": f"{100 * delta / base:+.1f}%" if delta is not None and base else "n/a",
        "days": f"{days:+d}" if days is not None else "n/a",
        "shift": date_shift(pairing, days),
        "note": " ".join((pairing.note or "").split()),  # on one line, as `_quote` puts a surface
    }
    return rule.message.format_map(fields)


def _finding(rule: Rule, pairing: Pairing) -> Finding:
    fig = pairing.source or pairing.derived
    assert fig is not None
    return Finding(
        rule=rule.id,
        name=rule.name,
        status=pairing.status,
        severity=rule.severity,
        kind=fig.kind,
        message=render(rule, pairing),
        source=pairing.source,
        derived=pairing.derived,
    )
