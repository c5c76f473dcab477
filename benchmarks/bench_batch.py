"""Batch throughput: `factcheck audit` on N synthetic 4.5 KB pairs with 1 and 2 jobs, and on Dask.

Builds N pairs from benchmarks/articles.py (figures vary by seed), runs the audit in a child process per
setting (so that peak memory is measured per run), and prints pairs/s, the speed-up of 2 jobs over 1, the
peak RSS of the run, the Dask engine on a 2-worker LocalCluster, the time per pair of each stage (document,
extract, align, rules; one process, first 300 pairs), and — on the first 100 pairs — the naive
pipeline (quantulum3.parser.parse + dateparser's search_dates on both texts, sequential) as a multiple.
Targets: >= 300 pairs/s on 2 cores; peak memory flat (within 20%) from 1,000 to 20,000 pairs; Dask within
1.5x of the local engine; >= 50x the naive pipeline.

    python benchmarks/bench_batch.py [--pairs 1000] [--no-dask] [--no-repeats]

The rewrites keep most of their source's paragraphs word for word, as revisions and republished wire copy
do, and factcheck reads a repeated paragraph once per process; the script prints that share. With
`--no-repeats` every derived paragraph is reworded (so nothing is read twice): the cold case.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article, rewrite

CHILD = r"""
import json, resource, sys, time
from factcheck.batch import audit
start = time.perf_counter()
result = audit(sys.argv[1], out=sys.argv[2], jobs=int(sys.argv[3]), engine=sys.argv[4])
elapsed = time.perf_counter() - start
peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
peak = max(peak_self, peak_children)
print(json.dumps({"seconds": elapsed, "pairs": result.pair_count, "peak_kb": peak}))
"""


def build(folder: Path, n: int, repeats: bool = True) -> float:
    """Writes the pairs; returns the share of derived paragraphs that repeat a source paragraph verbatim."""
    repeated = total = 0
    for i in range(n):
        pair = folder / f"pair{i:06d}"
        pair.mkdir(parents=True)
        source, derived = article(i), rewrite(i)
        if not repeats:
            derived = "\n\n".join(f"In other news, {p}" for p in derived.split("\n\n"))
        paragraphs = set(source.strip().split("\n\n"))
        kept = derived.strip().split("\n\n")
        repeated += sum(p in paragraphs for p in kept)
        total += len(kept)
        (pair / "source.txt").write_text(source, encoding="utf-8")
        (pair / "derived.txt").write_text(derived, encoding="utf-8")
    return repeated / total if total else 0.0


def run(folder: Path, out: Path, jobs: int, engine: str = "local") -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(out), str(jobs), engine],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def naive_seconds(folder: Path, n: int) -> float:
    warnings.simplefilter("ignore")
    from dateparser.search import search_dates
    from quantulum3 import parser

    pairs = sorted(folder.iterdir())[:n]
    parser.parse("warm up 5 km")
    search_dates("on Monday", languages=["en"])
    start = time.perf_counter()
    for pair in pairs:
        for name in ("source.txt", "derived.txt"):
            text = (pair / name).read_text(encoding="utf-8")
            parser.parse(text)
            search_dates(text, languages=["en"])
    return (time.perf_counter() - start) / len(pairs)


STAGES = r"""
import json, sys, time
from dataclasses import replace
from pathlib import Path
from factcheck.align import align
from factcheck.document import make_document
from factcheck.extract import extract
from factcheck.rules import classify, load_default
rules = load_default().rules
pairs = sorted(Path(sys.argv[1]).iterdir())[: int(sys.argv[2])]
texts = [((p / "source.txt").read_text(), (p / "derived.txt").read_text()) for p in pairs]
clock = {"document": 0.0, "extract": 0.0, "align": 0.0, "rules": 0.0}
for source_text, derived_text in texts:
    t0 = time.perf_counter()
    source = make_document(source_text)
    derived = make_document(derived_text)
    derived = replace(derived, date=derived.date or source.date)
    t1 = time.perf_counter()
    figures = extract(source), extract(derived)
    t2 = time.perf_counter()
    pairings = align(source, figures[0], derived, figures[1])
    t3 = time.perf_counter()
    classify(pairings, rules)
    t4 = time.perf_counter()
    for stage, seconds in zip(clock, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
        clock[stage] += seconds
print(json.dumps({k: 1000 * v / len(texts) for k, v in clock.items()}))
"""


def stages(folder: Path, n: int) -> dict[str, float]:
    """Milliseconds per pair in each stage, in a fresh process (so the paragraph cache starts empty)."""
    done = subprocess.run(
        [sys.executable, "-c", STAGES, str(folder), str(n)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-repeats", action="store_true", help="reword every derived paragraph")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pairs"
        shared = build(folder, args.pairs, repeats=not args.no_repeats)
        size = sum((p / "source.txt").stat().st_size for p in list(folder.iterdir())[:50]) / 50
        print(f"{args.pairs} pairs, source articles ~{size:,.0f} bytes; "
              f"{shared:.0%} of derived paragraphs repeat a source paragraph verbatim")  # fmt: skip
        one = run(folder, Path(tmp) / "one", 1)
        two = run(folder, Path(tmp) / "two", 2)
        same = all(
            (Path(tmp) / "one" / t).read_bytes() == (Path(tmp) / "two" / t).read_bytes()
            for t in ("pairs.csv", "findings.csv", "figures.csv")
        )
        for label, r in (("1 job ", one), ("2 jobs", two)):
            print(f"local {label}: {r['pairs'] / r['seconds']:7.1f} pairs/s ({r['seconds']:.1f} s), "
                  f"peak RSS {r['peak_kb'] / 1024:.0f} MB")  # fmt: skip
        print(f"speed-up of 2 jobs: {one['seconds'] / two['seconds']:.2f}x; identical tables: {same}")
        if not args.no_dask:
            dask = run(folder, Path(tmp) / "dask", 2, "dask")
            rate = dask["pairs"] / dask["seconds"]
            print(f"dask 2 workers: {rate:7.1f} pairs/s ({dask['seconds']:.1f} s), "
                  f"{dask['seconds'] / two['seconds']:.2f}x the local engine's time")  # fmt: skip
        split = stages(folder, min(300, args.pairs))
        print(f"per pair, one process, first {min(300, args.pairs)} pairs: "
              + ", ".join(f"{stage} {ms:.1f} ms" for stage, ms in split.items()))  # fmt: skip
        per_pair = naive_seconds(folder, min(100, args.pairs))
        ours = two["seconds"] / two["pairs"]
        print(f"naive quantulum3 + search_dates: {per_pair * 1000:.0f} ms per pair (first 100, sequential); "
              f"factcheck (2 jobs): {ours * 1000:.2f} ms per pair -> {per_pair / ours:.0f}x")  # fmt: skip


if __name__ == "__main__":
    main()
