"""Cold-start time of one `factcheck check` next to the naive pipeline a user would glue together.

Both run as new processes (what an editor's pre-publish hook pays), several times each, interleaved; the
median is printed. The naive pipeline: quantulum3.parser.parse and dateparser's search_dates on both texts,
then a pandas table of the surfaces that differ. Target: factcheck <= 0.15x the naive pipeline.
factcheck's modules are byte-compiled first, as pip does when it installs a package (its dependencies are
already): in an editable install under PYTHONDONTWRITEBYTECODE every start would compile them again.

    python benchmarks/bench_check.py [SOURCE DERIVED] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NAIVE = r"""
import sys, warnings
warnings.simplefilter("ignore")
import pandas as pd
from quantulum3 import parser
from dateparser.search import search_dates
rows = []
for side, path in (("source", sys.argv[1]), ("derived", sys.argv[2])):
    text = open(path, encoding="utf-8").read()
    for q in parser.parse(text):
        rows.append((side, q.surface, q.value, q.unit.name))
    for surface, when in search_dates(text, languages=["en"]) or []:
        rows.append((side, surface, when.isoformat(), "date"))
frame = pd.DataFrame(rows, columns=["side", "surface", "value", "unit"])
by_side = frame.groupby("side")["surface"].apply(set)
source, derived = by_side.get("source", set()), by_side.get("derived", set())
print(len(source - derived), len(derived - source))
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(ROOT / "data" / "source.txt"))
    ap.add_argument("derived", nargs="?", default=str(ROOT / "data" / "derived.txt"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    ours = [sys.executable, "-m", "factcheck.cli", "check", args.source, args.derived, "--format", "json"]
    naive = [sys.executable, "-c", NAIVE, args.source, args.derived]
    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)
    timed(ours), timed(naive)  # warm the file-system cache, not the processes
    ours_t, naive_t = [], []
    for _ in range(args.runs):
        ours_t.append(timed(ours))
        naive_t.append(timed(naive))
    a, b = statistics.median(ours_t), statistics.median(naive_t)
    print(f"pair: {args.source} / {args.derived}  ({args.runs} cold runs each, median)")
    print(f"factcheck check (cold process): {a:.3f} s")
    print(f"naive quantulum3 + dateparser + pandas (cold process): {b:.3f} s")
    print(f"ratio: {a / b:.3f}x  (target <= 0.15x)")


if __name__ == "__main__":
    main()
