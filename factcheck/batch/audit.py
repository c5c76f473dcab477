"""Running a batch: every pair once, in parallel, journaled so that a killed run resumes where it stopped.

Each finished pair is appended to `<out>/journal.jsonl` as one JSON line, flushed and synced; a line cut
short by a crash does not parse and is dropped on resume, so a pair is either complete or redone, never
half-counted. The tables (`pairs.csv`, `findings.csv`, `figures.csv`) are written from the journal in
manifest order at the end, so they are byte-identical whatever the number of jobs and however many times
the run was interrupted. Timings vary from run to run and go to `timings.csv` apart.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.batch.manifest import PairSpec, read_manifest
from factcheck.batch.rows import FIGURE_COLUMNS, FINDING_TABLE_COLUMNS, PAIR_COLUMNS, run_pair

JOURNAL = "journal.jsonl"


@dataclass
class AuditResult:
    """The three tables of a batch; DataFrames for notebooks (pandas is imported only here)."""

    pair_rows: list[dict[str, Any]]
    finding_rows: list[dict[str, Any]]
    figure_rows: list[dict[str, Any]]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def pairs(self) -> Any:
        return _frame(self.pair_rows, PAIR_COLUMNS)

    @property
    def findings(self) -> Any:
        return _frame(self.finding_rows, FINDING_TABLE_COLUMNS)

    @property
    def figures(self) -> Any:
        return _frame(self.figure_rows, FIGURE_COLUMNS)

    def severities(self) -> Counter[str]:
        return Counter(str(r["severity"]) for r in self.finding_rows)


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    import pandas as pd

    return pd.read_csv(io.StringIO(_csv(rows, columns)), keep_default_na=False, na_values=[""])


def audit(
    manifest: str | Path | Iterable[PairSpec],
    out: str | Path | None = None,
    jobs: int = 1,
    resume: bool = False,
    rules: str | None = None,
    progress: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    parquet: bool = False,
) -> AuditResult:
    """Check every pair of a manifest; with `out`, write the tables there (and journal for --resume).

    `engine="dask"` runs the pairs on a dask.distributed cluster (`scheduler` address, else a LocalCluster
    of `jobs` workers); the workers read the input files, so they must reach the same paths.
    """
    specs = read_manifest(manifest) if isinstance(manifest, (str, Path)) else list(manifest)
    results: dict[int, dict[str, Any]] = {}
    journal_path = Path(out) / JOURNAL if out is not None else None
    if journal_path is not None:
        journal_path.parent.mkdir(parents=True, exist_ok=True)
        if resume:
            results = _read_journal(journal_path, len(specs))
        elif journal_path.exists():
            journal_path.unlink()
    todo = [(n, spec) for n, spec in enumerate(specs) if n not in results]
    sink = journal_path.open("a", encoding="utf-8") if journal_path is not None else None
    try:
        runner = (
            _run_dask(todo, jobs, rules, scheduler)
            if engine == "dask"
            else _run(todo, jobs, rules, progress, len(specs), len(results))
        )
        for n, result in runner:
            results[n] = result
            if sink is not None:
                sink.write(json.dumps({"n": n, **result}, ensure_ascii=False, sort_keys=True) + "\n")
                sink.flush()
                os.fsync(sink.fileno())
    finally:
        if sink is not None:
            sink.close()
    ordered = [results[n] for n in range(len(specs))]
    outcome = AuditResult(
        pair_rows=[r["pair"] for r in ordered],
        finding_rows=[row for r in ordered for row in r["findings"]],
        figure_rows=[row for r in ordered for row in r["figures"]],
        timings={r["id"]: r["elapsed_ms"] for r in ordered},
    )
    if out is not None:
        _write_tables(Path(out), outcome)
        if parquet:
            _write_parquet(Path(out), outcome)
    return outcome


def _run_chunk(chunk: list[tuple[int, PairSpec]], rules: str | None) -> list[tuple[int, dict[str, Any]]]:
    return [(n, run_pair(spec, rules)) for n, spec in chunk]


def _run_dask(
    todo: list[tuple[int, PairSpec]], jobs: int, rules: str | None, scheduler: str | None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The same work on a Dask cluster, in chunks so that scheduling costs little per pair."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        from factcheck.errors import FactcheckError

        raise FactcheckError("--engine dask needs the dask extra: pip install 'factcheck[dask]'") from None
    if not todo:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        size = max(1, min(64, len(todo) // (max(1, jobs) * 4) or 1))
        chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
        futures = client.map(_run_chunk, chunks, rules=rules, pure=False)
        for _, results in as_completed(futures, with_results=True):
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _write_parquet(out: Path, result: AuditResult) -> None:
    """The same three tables as Parquet (needs pyarrow: pip install 'factcheck[parquet]')."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        from factcheck.errors import FactcheckError

        raise FactcheckError("--parquet needs pyarrow: pip install 'factcheck[parquet]'") from None
    for name, frame in (("pairs", result.pairs), ("findings", result.findings), ("figures", result.figures)):
        frame.to_parquet(out / f"{name}.parquet", index=False)


def _run(
    todo: list[tuple[int, PairSpec]], jobs: int, rules: str | None, progress: bool, total: int, done: int
) -> Iterator[tuple[int, dict[str, Any]]]:
    work = partial(run_pair, rules=rules)
    bar = _progress(total, done) if progress else None
    try:
        if jobs <= 1 or len(todo) < 2:
            results: Iterable[dict[str, Any]] = (work(spec) for _, spec in todo)
            for (n, _), result in zip(todo, results, strict=True):
                if bar is not None:
                    bar.advance()
                yield n, result
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, min(32, len(todo) // (jobs * 8) or 1))
            for (n, _), result in zip(
                todo, pool.map(work, [s for _, s in todo], chunksize=chunk), strict=True
            ):
                if bar is not None:
                    bar.advance()
                yield n, result
    finally:
        if bar is not None:
            bar.stop()


class _Bar:
    """A rich progress bar on stderr (pairs/s and ETA), shown only when stderr is a terminal."""

    def __init__(self, total: int, done: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("audit"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} pairs/s"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self._task = self._progress.add_task("audit", total=total, completed=done)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def stop(self) -> None:
        self._progress.stop()


def _progress(total: int, done: int) -> _Bar | None:
    return _Bar(total, done) if sys.stderr.isatty() else None


def _read_journal(path: Path, count: int) -> dict[int, dict[str, Any]]:
    """Completed pairs from a journal; a torn last line (the run was killed mid-write) is cut off."""
    if not path.exists():
        return {}
    results: dict[int, dict[str, Any]] = {}
    good_bytes = 0
    with path.open("rb") as handle:
        for raw in handle:
            try:
                if not raw.endswith(b"\n"):
                    raise ValueError("torn line")
                row = json.loads(raw)
            except ValueError:
                break
            n = row.pop("n")
            if isinstance(n, int) and 0 <= n < count:
                results[n] = row
            good_bytes += len(raw)
    with path.open("r+b") as handle:
        handle.truncate(good_bytes)
    return results


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write_tables(out: Path, result: AuditResult) -> None:
    tables = {
        "pairs.csv": _csv(result.pair_rows, PAIR_COLUMNS),
        "findings.csv": _csv(result.finding_rows, FINDING_TABLE_COLUMNS),
        "figures.csv": _csv(result.figure_rows, FIGURE_COLUMNS),
        "timings.csv": _csv(
            [{"id": k, "elapsed_ms": v} for k, v in result.timings.items()], ("id", "elapsed_ms")
        ),
    }
    for name, text in tables.items():
        tmp = out / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out / name)
