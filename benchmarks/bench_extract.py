"""Warm extraction speed on 4.5 KB news articles: factcheck's extractor vs quantulum3 + dateparser.

Both run in this process, single core, after a warm-up (quantulum3's and dateparser's data loaded, caches
filled once on other articles); each is timed over the same articles from benchmarks/articles.py. factcheck's
paragraph cache is emptied before timing, so every paragraph is read from scratch.
Target: factcheck >= 50x faster than quantulum3.parser.parse + dateparser.search.search_dates.

    python benchmarks/bench_extract.py [--articles N]
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
    args = ap.parse_args()
    warnings.simplefilter("ignore")

    from dateparser.search import search_dates
    from quantulum3 import parser

    from factcheck.document import make_document
    from factcheck.extract import clear_cache, extract

    texts = [article(seed) for seed in range(args.articles)]
    warm = [article(10_000 + seed) for seed in range(3)]
    for text in warm:
        extract(make_document(text))
        parser.parse(text)
        search_dates(text, languages=["en"])

    clear_cache()  # every paragraph is read from scratch: no article here repeats another's
    t0 = time.perf_counter()
    figures = sum(len(extract(make_document(text))) for text in texts)
    ours = (time.perf_counter() - t0) / len(texts)

    t0 = time.perf_counter()
    found = 0
    for text in texts:
        found += len(parser.parse(text))
        found += len(search_dates(text, languages=["en"]) or [])
    naive = (time.perf_counter() - t0) / len(texts)

    size = sum(len(t) for t in texts) / len(texts)
    print(f"{len(texts)} articles, {size:,.0f} characters each on average")
    print(f"factcheck extract (document + figures): {ours * 1000:.2f} ms per article ({figures} figures)")
    print(f"quantulum3.parse + dateparser.search_dates: {naive * 1000:.1f} ms per article ({found} spans)")
    print(f"speed-up: {naive / ours:.1f}x  (target >= 50x)")


if __name__ == "__main__":
    main()
