"""Figure consistency on real summaries: factcheck's added/changed findings against annotated error spans.

    python benchmarks/eval_consistency.py [--peer DIR] [--errors N]

Reads ../shared/peer-data (see each folder's README) and prints, per dataset, figure-level precision and
recall of factcheck next to the naive baseline "a derived figure whose digits do not occur in the source",
computed in the same run.

How annotations become figure labels:
- The units are the digit figures of each summary: every maximal run of digits with its separators
  ("3.4", "1,500", "2015"). Both systems are judged on the same units; figures written in words are left out
  because the naive baseline cannot see them.
- XSumFaith (spans_with_articles.jsonl, 1,255 summaries with their BBC article): a unit is an error when
  its span overlaps a hallucinated span that at least `--min-workers` of the three annotators marked
  (default 1: the union, as the dataset's "any annotator" reading).
- CLIFF and Goyal'21 (aggrefact/): spans are given as text; each is located in the summary (first
  occurrence) and a unit overlapping one is an error. Summaries labelled "correct" have none.
- SummEdits news (summedits-news/): each edited summary is a pair with its document; the edits that change a
  figure are the rows whose digit figures differ from the seed summary's. Those whose edit adds or changes
  a digit figure are scored: recall is the share of the inconsistent ones that get a finding on a changed or
  added digit figure, and a consistent one flagged is a false alarm. Edits that only drop a figure (the
  edited summary's digits are a subset of the seed's) are printed apart: a summary may leave a figure out,
  and where such a row is inconsistent the error lies in its words, which no figure finding can see.
- factcheck flags a unit when a finding with status added or changed, of severity warning or error, has its
  derived figure overlapping the unit (info findings, such as a hedged rounding or a derivation, are not
  flags). The article is the source, the summary the derived text; no publication date is given.
Nothing here is tuned to items of these sets: they measure; the rule fixtures and examples teach.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT.parent / "shared" / "peer-data"
_DIGITS = re.compile(r"\d(?:[\d,.]*\d)?")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    units: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, predicted: bool, gold: bool, note: str) -> None:
        self.units += 1
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.examples.append("FP " + note)
        elif gold:
            self.fn += 1
            self.examples.append("FN " + note)

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        errors, flagged = self.tp + self.fn, self.tp + self.fp
        return f"P {p:.3f} R {r:.3f} ({errors} erroneous of {self.units} digit figures; flagged {flagged})"


def digit_units(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(text)]


def _norm(digits: str) -> str:
    return digits.replace(",", "").rstrip(".")


def naive_flags(source: str, summary: str) -> set[int]:
    """Start offsets of summary digit figures whose digits do not occur in the source."""
    known = {_norm(d) for _, _, d in digit_units(source)}
    return {s for s, _, d in digit_units(summary) if _norm(d) not in known}


def factcheck_spans(source: str, summary: str) -> list[tuple[int, int]]:
    import factcheck

    report = factcheck.check(source, summary)
    return [
        (f.derived.start, f.derived.end)
        for f in report.findings
        if f.derived is not None and f.status.value in ("added", "changed") and f.severity.value != "info"
    ]


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def score_pairs(pairs: Iterable[tuple[str, str, list[tuple[int, int]], str]]) -> tuple[Tally, Tally, float]:
    ours, naive = Tally(), Tally()
    seconds = 0.0
    for source, summary, gold_spans, ident in pairs:
        t0 = time.perf_counter()
        flagged = factcheck_spans(source, summary)
        seconds += time.perf_counter() - t0
        naive_starts = naive_flags(source, summary)
        for s, e, digits in digit_units(summary):
            gold = _overlaps(s, e, gold_spans)
            note = f"{ident}: {digits!r} in {summary[max(0, s - 50) : e + 40]!r}"
            ours.add(_overlaps(s, e, flagged), gold, note)
            naive.add(s in naive_starts, gold, note)
    return ours, naive, seconds


def xsumfaith(peer: Path, min_workers: int) -> Iterable[tuple[str, str, list[tuple[int, int]], str]]:
    for line in (peer / "xsumfaith" / "spans_with_articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = [
            (a["start"], a["end"]) for a in row["hallucination_annotations"] if a.get("start") is not None
        ]
        if min_workers > 1:
            kept = []
            for s, e in spans:
                voters = {a["worker_id"] for a in row["hallucination_annotations"]
                          if a.get("start") is not None and a["start"] < e and s < a["end"]}  # fmt: skip
                if len(voters) >= min_workers:
                    kept.append((s, e))
            spans = kept
        yield row["article"], row["summary"], spans, f"xsum {row['bbcid']}/{row['system']}"


def _located(summary: str, texts: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for t in texts:
        i = summary.find(t)
        if i < 0:
            i = summary.lower().find(t.lower())
        if i >= 0:
            spans.append((i, i + len(t)))
    return spans


def _flatten(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _flatten(v)


def aggrefact(peer: Path, name: str) -> Iterable[tuple[str, str, list[tuple[int, int]], str]]:
    csv.field_size_limit(sys.maxsize)
    path = peer / "aggrefact" / f"{name}_error_types.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            raw = (row.get("annotated_span") or "").strip()
            texts = list(_flatten(ast.literal_eval(raw))) if raw.startswith("[") else []
            yield row["doc"], row["summ"], _located(row["summ"], texts), f"{name} {row['id']}"


def summedits(peer: Path) -> tuple[Tally, Tally, Tally, Tally]:
    """(factcheck, naive) on the edits that add or change a figure, then (factcheck, naive) on the edits
    that only drop one, which no "added or changed figure" finding can see."""
    folder = peer / "summedits-news"
    docs = {
        json.loads(x)["doc_id"]: json.loads(x)["doc"]
        for x in (folder / "docs.jsonl").read_text().splitlines()
    }
    ours, naive, ours_dropped, naive_dropped = Tally(), Tally(), Tally(), Tally()
    for line in (folder / "edits.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        seed_digits = Counter(_norm(d) for _, _, d in digit_units(row["original_summary"]))
        edit_digits = Counter(_norm(d) for _, _, d in digit_units(row["summary"]))
        if seed_digits == edit_digits:
            continue  # this edit does not change a figure
        doc = docs[row["doc_id"]]
        inconsistent = row["label"] == 0
        flagged = bool(factcheck_spans(doc, row["summary"]))
        note = f"summedits {row['id']}: {row['summary'][:160]!r}"
        only_dropped = not (edit_digits - seed_digits)
        mine, theirs = (ours_dropped, naive_dropped) if only_dropped else (ours, naive)
        mine.add(flagged, inconsistent, note)
        theirs.add(bool(naive_flags(doc, row["summary"])), inconsistent, note)
    return ours, naive, ours_dropped, naive_dropped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", type=Path, default=PEER)
    ap.add_argument("--errors", type=int, default=0, help="list N misses and false alarms per dataset")
    ap.add_argument("--min-workers", type=int, default=1)
    args = ap.parse_args()
    if not args.peer.is_dir():
        raise SystemExit(f"no peer data at {args.peer}")
    runs = [
        ("XSumFaith", xsumfaith(args.peer, args.min_workers)),
        ("CLIFF", aggrefact(args.peer, "CLIFF")),
        ("Goyal21", aggrefact(args.peer, "Goyal21")),
    ]
    for name, pairs in runs:
        ours, naive, seconds = score_pairs(pairs)
        print(f"{name}: factcheck {ours.line()}")
        print(f"{name}: naive     {naive.line()}")
        print(f"{name}: factcheck time {seconds:.1f} s")
        for example in ours.examples[: args.errors]:
            print("   ", example)
    ours, naive, ours_dropped, naive_dropped = summedits(args.peer)
    print(f"SummEdits (edits that add or change a figure): factcheck {ours.line()}")
    print(f"SummEdits (edits that add or change a figure): naive     {naive.line()}")
    for example in ours.examples[: args.errors]:
        print("   ", example)
    print(f"SummEdits (edits that only drop a figure): factcheck {ours_dropped.line()}")
    print(f"SummEdits (edits that only drop a figure): naive     {naive_dropped.line()}")


if __name__ == "__main__":
    main()
