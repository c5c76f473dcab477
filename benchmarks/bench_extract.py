"""Warm extraction speed on 4.5 KB news articles: factcheck's extractor vs quantulum3 + dateparser.

Both run in this process, single core, after a warm-up (quantulum3's and dateparser's data loaded, caches
filled once on other articles); each is timed over the same articles from benchmarks/articles.py, article by
article in turn, so that a slow spell of a shared machine falls on both. Each article is read `--repeats`
times by each system and the fastest read counts (as timeit does); factcheck's paragraph cache is emptied
before every read, so every paragraph is read from scratch.
Target: factcheck >= 50x faster than quantulum3.parser.parse + dateparser.search.search_dates.

    python benchmarks/bench_extract.py [--articles N] [--repeats R] [--systems factcheck]

`--systems factcheck` times factcheck alone, for comparing two versions of it; its work is also countable
without this machine's noise, in instructions: the difference between `valgrind --tool=cachegrind
--cache-sim=no python benchmarks/bench_extract.py --systems factcheck --repeats 1 --articles N` for N=10 and
N=0, divided by 10.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument(
        "--systems", default="factcheck,naive", help="factcheck (alone), or factcheck,naive (the default)"
    )
    args = ap.parse_args()
    naive_too = "naive" in args.systems.split(",")
    warnings.simplefilter("ignore")

    from dateparser.search import search_dates
    from quantulum3 import parser

    from factcheck.document import make_document
    from factcheck.extract import clear_cache, extract

    texts = [article(seed) for seed in range(args.articles)]
    warm = [article(10_000 + seed) for seed in range(3)]
    for text in warm:
        extract(make_document(text))
        if naive_too:
            parser.parse(text)
            search_dates(text, languages=["en"])

    if not texts:
        print("no articles: imports and warm-up only (the baseline of an instruction count)")
        return

    def ours_once(text: str) -> tuple[float, int]:
        clear_cache()  # every paragraph is read from scratch: no read repeats another's
        t0 = time.perf_counter()
        found = len(extract(make_document(text)))
        return time.perf_counter() - t0, found

    def naive_once(text: str) -> tuple[float, int]:
        t0 = time.perf_counter()
        found = len(parser.parse(text)) + len(search_dates(text, languages=["en"]) or [])
        return time.perf_counter() - t0, found

    ours = naive = 0.0
    figures = spans = 0
    for text in texts:
        ours_runs = [ours_once(text) for _ in range(args.repeats)]
        naive_runs = [naive_once(text) for _ in range(args.repeats)] if naive_too else [(0.0, 0)]
        ours += min(t for t, _ in ours_runs)
        naive += min(t for t, _ in naive_runs)
        figures += ours_runs[0][1]
        spans += naive_runs[0][1]
    ours /= len(texts)
    naive /= len(texts)

    size = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} articles, {size:,.0f} characters each on average")
    print(f"each article read {args.repeats} times by each system, the fastest read counted")
    print(f"factcheck extract (document + figures): {ours * 1000:.2f} ms per article ({figures} figures)")
    if naive_too:
        print(
            f"quantulum3.parse + dateparser.search_dates: {naive * 1000:.1f} ms per article ({spans} spans)"
        )
        print(f"speed-up: {naive / ours:.1f}x  (target >= 50x)")


if __name__ == "__main__":
    main()
