"""Extraction accuracy on gold sets nobody here wrote: factcheck next to raw quantulum3 (and dateparser).

    python benchmarks/eval_extraction.py [--gold DIR] [--errors N]

Reads every `*.jsonl` in ../shared/peer-data/extraction (see its README for origin, licence and format) and
prints, per file: precision, recall and F1 (primary: spans overlap and values equal), span-only scores,
recall by gold kind, strict range recall, precision by predicted kind, and time per 1,000 characters, for
factcheck's extractor and raw `quantulum3.parser.parse` in the same run (and dateparser's `search_dates` on
the date file). `--errors N` lists N misses and N false positives of factcheck per file.

Scoring follows the gold README: a prediction matches a gold figure when their spans overlap and their values
are equal within 1e-6 relative; matching is one-to-one, greedy in gold order, largest overlap first; gold
figures with a null value are "don't care" (not in recall; overlapping predictions are not false positives);
precision counts only predictions of the kinds the file annotates.

Conventions mapped here, on purpose, never in the extractor:
- A factcheck figure can stand for several gold readings. A count "23 of 32" offers 23, 32 and 23/32; a
  figure with a bound qualifier ("more than 40") offers the one-sided range (40,) the gold files annotate
  for it ("less than 40" gives (,40)); a range offers its bounds (lenient) and itself (strict), and may
  match two gold figures when the gold writes its bounds as two ("either 10 bln or 10 tln").
- Money: factcheck normalises to the main unit of a currency; a gold amount in cents or pence is divided by
  100 before comparing ("1.20 cents" is 0.012 USD).
- Kinds: factcheck's count is a number; a range is money/percent/quantity by its unit, else range; a fraction
  whose value is whole (e.g. "twenty twenty fifths" = 4? no: 0.8) stays a fraction.
- Dates: factcheck resolves against the record's `reference_datetime` (its "publication date"). A predicted
  date string matches the gold TIMEX, a resolved date the gold gives (`PastResolution`/`FutureResolution`),
  or its period as start..end (a bound that is a year or month read as its first day, as the gold writes
  "between 2015 and Feb 2018" as 2015-01-01..2018-02-01; a period of whole years, which factcheck gives
  with inclusive bounds, "the 15th century" = 1400..1499, also as the gold's 1400-01-01..1500-01-01);
  "2016" compares as a number; a season resolved
  to a year ("2016-SU") also offers the gold's year-less code ("SU"), as a month offers "XXXX-02" and a day
  named alone ("the 27th", resolved to the nearest 27th) "XXXX-XX-27", and a day named without its year
  ("February 4") "XXXX-02-04"; a week of a month or year, which
  factcheck gives as its seven days ("the third week of 2027" = 2027-01-15..2027-01-21), also as the gold's
  week code ("2027-W03", "XXXX-03-W03"; the last week of a year as its last ISO week).
- Counts from the story's own time ("two days later", "the year before") are counted by factcheck from the
  date before them in the text, as news uses them, or left as phrases; the dates gold, written for a
  scheduling assistant, counts them from the reference date, so those few items stay misses. A count back
  in whole years ("two years ago") is a year to factcheck (no story that counts in years means the very
  day), and one in whole months ("18 months ago") a month; each also offers the gold's day, that many
  years or months before the reference date.
- quantulum3's own gold reads "a dozen" as 1 dozen and "the 1960s" as the number 1960: a factcheck figure
  with a dozen word also offers its value in dozens, a decade its first year as a number.
- A range also offers its midpoint: quantulum3's own gold writes "44 mg to 50 mg" as 47 ± 3.
- Durations: the units file annotates ages ("six years old", AgeModel) but not lengths of time (those belong
  to Recognizers-Text's DateTime models), so a prediction in a unit of time not followed by "old" is of kind
  "duration", outside that file's precision (for both systems); quantulum3's own tests annotate durations
  as quantities, so there it counts.
- quantulum3 predictions take their kind from the unit's entity (currency → money, "percent"/"percentage" →
  percent, dimensionless → number, otherwise quantity); a value with an uncertainty is the range
  value ± uncertainty.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "peer-data" / "extraction"
FILE_KINDS = {
    "recognizers_number.jsonl": {"number", "fraction", "range", "percent"},
    "recognizers_units.jsonl": {"money", "quantity"},
    "recognizers_dates.jsonl": {"date"},
    "quantulum3_tests.jsonl": {"quantity", "number", "money", "percent", "duration"},
}
SUBUNITS = {
    "Cent",
    "Penny",
    "Pence",
    "cent",
    "penny",
    "pence",
    "Fen",
    "Kopek",
    "Kopeck",
    "Centavo",
    "Centime",
}


@dataclass
class Pred:
    start: int
    end: int
    kind: str
    values: list[Any]  # every reading this prediction offers (see module docstring)
    strict_range: tuple[float | None, float | None] | None = None
    surface: str = ""


@dataclass
class Score:
    tp: int = 0
    prec_tp: int = 0
    span_prec_tp: int = 0
    gold: int = 0
    pred: int = 0
    span_tp: int = 0
    span_gold: int = 0
    span_pred: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_kind_total: Counter = field(default_factory=Counter)
    strict_range: int = 0
    ranges: int = 0
    pred_kind_tp: Counter = field(default_factory=Counter)
    pred_kind_total: Counter = field(default_factory=Counter)
    chars: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    read_as_other: Counter = field(default_factory=Counter)
    false_pos: list[str] = field(default_factory=list)


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or a == b
    return a is not None and b is not None and str(a) == str(b)


def _num(x: Any) -> Any:
    try:
        return float(x)
    except (TypeError, ValueError):
        return x


def gold_readings(g: dict[str, Any]) -> list[Any]:
    """Values a prediction may equal to match gold figure `g`."""
    value = g["value"]
    if g["kind"] == "range":
        low, high = g.get("low"), g.get("high")
        return [v for v in (low, high) if v is not None] + [("range", _num(low), _num(high))]
    if g["kind"] == "date":
        out: list[Any] = [value]
        if isinstance(value, str) and value.isdigit():
            out.append(float(value))
        res = (g.get("orig") or {}).get("Value") or {}
        for key in ("PastResolution", "FutureResolution"):
            r = res.get(key) or {}
            if "date" in r:
                out.append(r["date"])
            if "startDate" in r or "endDate" in r:
                start, end = r.get("startDate"), r.get("endDate")
                out.append(f"{start}..{end}")
                out.append(("range", start, end))
        return out
    if g["kind"] == "money" and g.get("unit") in SUBUNITS and isinstance(value, (int, float)):
        return [value / 100, value]
    return [value]


def matches(pred: Pred, readings: list[Any]) -> bool:
    for r in readings:
        for v in pred.values:
            if isinstance(r, tuple) and isinstance(v, tuple):
                if all(
                    _eq(_num(a), _num(b)) if a is not None or b is not None else True
                    for a, b in zip(r[1:], v[1:], strict=True)
                ):
                    return True
            elif not isinstance(r, tuple) and not isinstance(v, tuple) and _eq(_num(v), _num(r)):
                return True
    return False


def score_text(
    golds: list[dict[str, Any]],
    preds: list[Pred],
    kinds: set[str],
    score: Score,
    text: str,
    want_errors: bool,
) -> None:
    """Recall over every prediction; precision over predictions of the kinds this file annotates."""
    relevant = {i for i, p in enumerate(preds) if p.kind in kinds}
    used: set[int] = set()
    uses: Counter[int] = Counter()
    dont_care_hit: set[int] = set()
    for g in golds:
        if g.get("start") is None:
            continue
        overlaps = sorted(
            (
                (min(g["end"], p.end) - max(g["start"], p.start), -i, i)
                for i, p in enumerate(preds)
                if p.start < g["end"] and g["start"] < p.end
            ),
            reverse=True,
        )
        if g["value"] is None:
            dont_care_hit.update(i for _, _, i in overlaps)
            continue
        score.gold += 1
        score.by_kind_total[g["kind"]] += 1
        if g["kind"] == "range":
            score.ranges += 1
        readings = gold_readings(g)
        hit = next(
            (i for _, _, i in overlaps if uses[i] < _capacity(preds[i]) and matches(preds[i], readings)), None
        )
        if hit is None:
            other = {preds[i].kind for _, _, i in overlaps} & _OTHER_KINDS
            if other and g["kind"] not in other:
                score.read_as_other[min(other)] += 1
            if want_errors:
                score.misses.append(
                    f"{text!r}: gold {g['surface']!r}={g['value']!r} ({g['kind']}); "
                    f"got {[(p.surface, p.values[:2]) for p in preds]}"
                )
            continue
        used.add(hit)
        uses[hit] += 1
        score.tp += 1
        score.by_kind[g["kind"]] += 1
        if g["kind"] == "range" and _strict(preds[hit].strict_range, g.get("low"), g.get("high")):
            score.strict_range += 1
    counted = relevant - (dont_care_hit - used)
    score.pred += len(counted)
    for i in counted:
        score.pred_kind_total[preds[i].kind] += 1
        if i in used:
            score.pred_kind_tp[preds[i].kind] += 1
    score.prec_tp += len(counted & used)
    if want_errors:
        for i in sorted(counted - used):
            p = preds[i]
            score.false_pos.append(f"{text!r}: predicted {p.surface!r} {p.values[:2]} ({p.kind})")
    span_used: set[int] = set()
    for g in golds:
        if g.get("start") is None:
            continue
        score.span_gold += 1
        for i, p in enumerate(preds):
            if i not in span_used and p.start < g["end"] and g["start"] < p.end:
                span_used.add(i)
                score.span_tp += 1
                break
    score.span_pred += len(relevant)
    score.span_prec_tp += len(span_used & relevant)


def _capacity(pred: Pred) -> int:
    """How many gold figures a prediction may match: a range with two bounds may match both when the gold
    writes them as two figures ("either 10 bln or 10 tln"); anything else one."""
    bounds = pred.strict_range
    return 2 if bounds and None not in bounds and bounds[0] != bounds[1] else 1


def _strict(pred: tuple[Any, Any] | None, low: Any, high: Any) -> bool:
    """Both bounds of the gold range carried by one prediction (an open side must be open in both)."""
    if pred is None:
        return False
    return all(
        (a is None and b is None) or (a is not None and b is not None and _eq(_num(a), _num(b)))
        for a, b in ((pred[0], low), (pred[1], high))
    )


# ---------------------------------------------------------------- systems
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
_AGE_AFTER = re.compile(r"[\s-]+old\b")


def _duration(kind: str, unit: str | None, text: str, end: int) -> str:
    """A quantity in a unit of time is a duration unless it is an age ("six years old")."""
    if kind == "quantity" and unit in _TIME_UNITS and not _AGE_AFTER.match(text, end):
        return "duration"
    return kind


def factcheck_preds(text: str, ref: str | None) -> list[Pred]:
    from factcheck.document import make_document
    from factcheck.extract import extract

    preds = []
    for f in extract(make_document(text, date_hint=ref[:10] if ref else None)):
        kind = f.kind.value
        values: list[Any] = [f.value]
        strict = None
        if kind == "count":  # "one in four" is also the fraction 0.25
            kind, values = "number", [f.value, f.total, f.value / f.total]
        elif kind == "range":
            # quantulum3's gold gives a range as its midpoint ("44 mg to 50 mg" = 47)
            values = [f.low, f.high, ("range", f.low, f.high), f.value, (f.low + f.high) / 2]
            strict = (f.low, f.high)
            if f.unit and len(f.unit) == 3 and f.unit.isupper():
                kind = "money"
            elif f.unit in ("percent", "percentage point"):
                kind = "percent"
            elif f.unit:
                kind = "quantity"
        elif kind == "date":
            values = _date_readings(f.value, f.low, f.high)
            day = str(f.value)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and _DAY_ONLY.fullmatch(f.surface):
                values.append("XXXX-XX-" + day[8:])  # "the 27th": the gold leaves month and year open
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) and not re.search(r"\d{4}|'\d\d", f.surface):
                values.append("XXXX" + day[4:])  # "February 4": resolved to a year the text does not name
            if re.fullmatch(r"\d{3}0s", str(f.value)):
                values.append(float(str(f.value)[:4]))  # quantulum3 reads "the 1960s" as the number 1960
            elif ref and re.fullmatch(r"\d{4}", day) and _YEARS_AGO.fullmatch(f.surface):
                values.append(day + ref[4:10])  # "two years ago": the year, which the gold gives as a day
            elif ref and re.fullmatch(r"\d{4}-\d{2}", day) and _MONTHS_AGO.fullmatch(f.surface):
                values.append(day + ref[7:10])  # "18 months ago": the month, which the gold gives as a day
        if isinstance(f.value, float) and re.search(r"(?i)\bdozens?\b", f.surface):
            values.append(f.value / 12)  # quantulum3 counts "a dozen" as 1 in the unit dozen
        if "above" in f.qualifiers and isinstance(f.value, float):
            values.append(("range", f.value, None))
            strict = (f.value, None)
        elif "below" in f.qualifiers and isinstance(f.value, float):
            values.append(("range", None, f.value))
            strict = (None, f.value)
        elif kind in ("number", "fraction") and isinstance(f.value, float):
            values.append(("range", f.value, f.value))
            strict = (f.value, f.value)
        preds.append(Pred(f.start, f.end, _duration(kind, f.unit, text, f.end), values, strict, f.surface))
    return preds


_DAY_ONLY = re.compile(r"(?i)(?:the\s+)?(?:\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)(?:st|nd|rd|th)")
_PERIOD_BOUNDS = {"Q1": ("01", "04", 0), "Q2": ("04", "07", 0), "Q3": ("07", "10", 0), "Q4": ("10", "01", 1),
                  "H1": ("01", "07", 0), "H2": ("07", "01", 1)}  # fmt: skip


def _first_day(bound: str) -> str:
    """A period's bound as the gold writes it: the first day of the year or month it names."""
    return bound + "-01-01" if len(bound) == 4 else bound + "-01" if len(bound) == 7 else bound


def _week_codes(low: str, high: str) -> list[str]:
    """A seven-day period as the gold's week codes: "the third week of March" (March 15-21) is "XXXX-03-W03",
    "the third week of 2027" (January 15-21) "2027-W03", and the last week of a year its last ISO week."""
    try:
        a, b = date.fromisoformat(low), date.fromisoformat(high)
    except ValueError:
        return []
    if (b - a).days != 6:
        return []
    codes = []
    if (a.day - 1) % 7 == 0 and a.day <= 22:
        n = (a.day - 1) // 7 + 1
        codes += [f"{a.year}-{a.month:02d}-W{n:02d}", f"XXXX-{a.month:02d}-W{n:02d}"]
        if a.month == 1:
            codes.append(f"{a.year}-W{n:02d}")
    if (b.month, b.day) == (12, 31):
        codes.append(f"{b.year}-W{date(b.year, 12, 28).isocalendar()[1]:02d}")
    return codes


# a count back in whole years ("two years ago"), which factcheck gives as the year it reaches
_YEARS_AGO = re.compile(r"(?i).*\b(?:years?|decades?)\s+(?:ago|earlier|before)")
# ... and one in whole months ("18 months ago"), a month
_MONTHS_AGO = re.compile(r"(?i).*\bmonths?\s+(?:ago|earlier|before)")


def _date_readings(value: Any, low: Any, high: Any) -> list[Any]:
    """A factcheck date in the gold's conventions: periods as (start, end) with the end exclusive for
    years, decades, quarters and halves; a resolved month also as its year-less TIMEX ("XXXX-02")."""
    out: list[Any] = [value]
    v = str(value)
    if low is not None:
        lo, hi = str(low), str(high)
        out.extend(_week_codes(lo, hi))
        out.append(("range", lo, hi))
        out.append(("range", _first_day(lo), _first_day(hi)))
        if re.fullmatch(r"\d{4}", lo) and re.fullmatch(r"\d{4}", hi):
            # whole years, inclusive ("the 15th century" is 1400..1499): also as the gold's exclusive end
            out.append(("range", f"{lo}-01-01", f"{int(hi) + 1:04d}-01-01"))
    elif re.fullmatch(r"\d{3}0s", v):
        out.append(("range", f"{v[:4]}-01-01", f"{int(v[:4]) + 10}-01-01"))
    elif m := re.fullmatch(r"XX(\d)0s", v):
        out.append(("range", f"XX{m.group(1)}0-01-01", f"XX{(int(m.group(1)) + 1) % 10}0-01-01"))
    elif m := re.fullmatch(r"(?:\d{4}|XXXX)-(SP|SU|FA|WI)", v):
        out.append(m.group(1))
    elif m := re.fullmatch(r"(\d{4}|XXXX)-([QH]\d)", v):
        first, last, carry = _PERIOD_BOUNDS[m.group(2)]
        year = m.group(1)
        end_year = str(int(year) + carry) if year.isdigit() else year
        out.append(("range", f"{year}-{first}-01", f"{end_year}-{last}-01"))
    elif re.fullmatch(r"\d{4}-\d{2}", v):
        out.append("XXXX" + v[4:])
    return out


def quantulum_preds(text: str, ref: str | None) -> list[Pred]:
    from quantulum3 import parser

    preds = []
    for q in parser.parse(text):
        entity = q.unit.entity.name
        name = q.unit.name
        kind = (
            "money"
            if entity == "currency"
            else "percent"
            if name in ("percentage", "percent")
            else "number"
            if entity == "dimensionless"
            else "quantity"
        )
        values: list[Any] = [q.value]
        strict = None
        if q.uncertainty:
            lo, hi = q.value - q.uncertainty, q.value + q.uncertainty
            values += [lo, hi, ("range", lo, hi)]
            strict = (lo, hi)
        if entity == "time":  # any unit of time, as _duration reads factcheck's
            kind = _duration(kind, "year", text, q.span[1])
        preds.append(Pred(q.span[0], q.span[1], kind, values, strict, q.surface))
    return preds


def dateparser_preds(text: str, ref: str | None) -> list[Pred]:
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(ref)} if ref else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    preds, pos = [], 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        pos = start + len(surface)
        preds.append(Pred(start, start + len(surface), "date", [when.date().isoformat()], None, surface))
    return preds


SYSTEMS = {"factcheck": factcheck_preds, "quantulum3": quantulum_preds, "dateparser": dateparser_preds}


def evaluate(path: Path, system: str, want_errors: bool) -> Score:
    kinds = FILE_KINDS.get(path.name, {"number", "percent", "money", "quantity", "range", "fraction", "date"})
    score = Score()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = SYSTEMS[system]
    # Warm: load each system's data outside the timing (quantulum3 takes seconds to load, once).
    extractor(rows[0]["text"], rows[0].get("reference_datetime"))
    extractor("It is 5 furlongs long.", None)
    for row in rows:
        t0 = time.perf_counter()
        preds = extractor(row["text"], row.get("reference_datetime"))
        score.seconds += time.perf_counter() - t0
        score.chars += len(row["text"])
        score_text(row["figures"], preds, kinds, score, row["text"], want_errors)
    return score


def _prf(tp: int, gold: int, pred: int, prec_tp: int) -> str:
    p = prec_tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({gold} gold, {pred} predicted)"


def _by(counter: Counter, totals: Counter) -> str:
    return ", ".join(
        f"{k} {counter[k] / totals[k]:.3f} ({counter[k]}/{totals[k]})" for k in sorted(totals) if totals[k]
    )


# Kinds factcheck gives a whole span on purpose where a gold file may annotate the numbers inside it
# ("5/17/2018" is one date, "192.168.1.2" and "SCP-173" are codes): misses under them are counted apart.
_OTHER_KINDS = {"date", "code", "ordinal"}


def report(name: str, system: str, s: Score) -> Iterable[str]:
    yield f"{name} [{system}]: {_prf(s.tp, s.gold, s.pred, s.prec_tp)}"
    yield f"  surface-only (span overlap): {_prf(s.span_tp, s.span_gold, s.span_pred, s.span_prec_tp)}"
    yield f"  recall by kind: {_by(s.by_kind, s.by_kind_total)}"
    if s.ranges:
        yield (
            f"  range recall with both bounds in one prediction (strict): {s.strict_range / s.ranges:.3f} "
            f"({s.strict_range}/{s.ranges})"
        )
    yield f"  precision by predicted kind: {_by(s.pred_kind_tp, s.pred_kind_total)}"
    if s.read_as_other:
        inside = ", ".join(f"{k} {n}" for k, n in sorted(s.read_as_other.items()))
        yield f"  misses whose span factcheck reads as one figure of another kind: {inside}"
    yield f"  time: {1000 * s.seconds / max(1, s.chars) * 1000:.2f} ms per 1,000 chars ({s.chars} chars)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--only", default="", help="evaluate only files whose name contains this")
    ap.add_argument("--systems", default="factcheck,quantulum3,dateparser")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    files = sorted(p for p in args.gold.glob("*.jsonl") if args.only in p.name)
    if not files:
        raise SystemExit(f"no gold files in {args.gold}")
    wanted = args.systems.split(",")
    for path in files:
        for system in wanted:
            if system == "dateparser" and "dates" not in path.name:
                continue
            s = evaluate(path, system, args.errors > 0 and system == "factcheck")
            for line in report(path.name, system, s):
                print(line)
            if system == "factcheck" and args.errors:
                for m in s.misses[: args.errors]:
                    print("  MISS", m)
                for fp in s.false_pos[: args.errors]:
                    print("  FP  ", fp)
        print()


if __name__ == "__main__":
    main()
