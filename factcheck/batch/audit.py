"""Running a batch: every pair once, in parallel, journaled so that a killed run resumes where it stopped.

Each finished pair is appended to `<out>/journal.jsonl` as one JSON line, flushed at once (a killed process
loses nothing) and synced to disk every half second (a power cut loses at most that much, redone on resume);
a line cut short by a crash does not parse and is dropped on resume, so a pair is either complete or redone,
never half-counted. The tables (`pairs.csv`, `findings.csv`, `figures.csv`) are written from the journal in
manifest order at the end, so they are byte-identical whatever the number of jobs and however many times
the run was interrupted. Timings vary from run to run and go to `timings.csv` apart.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.batch.manifest import Manifest, PairSpec, read_manifest
from factcheck.batch.rows import FIGURE_COLUMNS, FINDING_TABLE_COLUMNS, PAIR_COLUMNS, run_pair

JOURNAL = "journal.jsonl"
# How often the journal is forced to disk: a power cut loses at most this much work, which --resume redoes
# (a line not on disk is not in the journal, and a torn one is cut off); syncing every pair costs throughput.
_SYNC_SECONDS = 0.5
# Chunks of pairs handed to each worker ahead of time: enough to keep it busy, few enough that a batch of any
# size holds only a few chunks of texts in memory.
_CHUNKS_IN_FLIGHT = 4


@dataclass
class AuditResult:
    """What a batch produced. When the batch wrote its tables (`directory`), they stay on disk and only the
    counts are in memory, so that memory stays flat however many pairs there are; `pair_rows` and the
    DataFrames (pandas is imported only here) read them back on demand."""

    pair_count: int = 0
    error_count: int = 0
    rule_counts: Counter[str] = field(default_factory=Counter)  # "FC101 omitted-figure" -> findings
    severity_counts: Counter[str] = field(default_factory=Counter)
    directory: Path | None = None
    _pair_rows: list[dict[str, Any]] = field(default_factory=list)
    _finding_rows: list[dict[str, Any]] = field(default_factory=list)
    _figure_rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def finding_count(self) -> int:
        return sum(self.rule_counts.values())

    @property
    def pair_rows(self) -> list[dict[str, Any]]:
        """One dict per pair, in manifest order (from pairs.csv when written: every value a string)."""
        if self.directory is None:
            return self._pair_rows
        with (self.directory / "pairs.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    @property
    def pairs(self) -> Any:
        return self._table("pairs", self._pair_rows, PAIR_COLUMNS)

    @property
    def findings(self) -> Any:
        return self._table("findings", self._finding_rows, FINDING_TABLE_COLUMNS)

    @property
    def figures(self) -> Any:
        return self._table("figures", self._figure_rows, FIGURE_COLUMNS)

    def severities(self) -> Counter[str]:
        return Counter(self.severity_counts)

    def _table(self, name: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
        import pandas as pd

        source: Any = self.directory / f"{name}.csv" if self.directory else io.StringIO(_csv(rows, columns))
        return pd.read_csv(source, keep_default_na=False, na_values=[""])


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
    specs: Manifest | list[PairSpec] = (
        read_manifest(manifest) if isinstance(manifest, (str, Path)) else list(manifest)
    )
    count = len(specs)
    if out is None:
        results = dict(
            _runner(enumerate(specs), count, jobs, rules, progress, engine, scheduler, count, 0, encode=False)
        )
        return _in_memory([results[n] for n in range(count)])
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    journal_path = directory / JOURNAL
    offsets = _read_journal(journal_path, count) if resume else {}
    if not resume and journal_path.exists():
        journal_path.unlink()
    todo = ((n, spec) for n, spec in enumerate(specs) if n not in offsets)
    remaining = count - len(offsets)
    with journal_path.open("ab") as sink:
        synced = time.monotonic()
        for n, line in _runner(
            todo, remaining, jobs, rules, progress, engine, scheduler, count, len(offsets), encode=True
        ):
            offsets[n] = sink.tell()
            sink.write(line)
            sink.flush()  # in the operating system's hands: a killed process loses nothing written
            if time.monotonic() - synced >= _SYNC_SECONDS:
                os.fsync(sink.fileno())
                synced = time.monotonic()
        os.fsync(sink.fileno())
    outcome = _write_tables(directory, journal_path, offsets, count)
    if parquet:
        _write_parquet(directory, outcome)
    return outcome


def _runner(
    todo: Iterable[tuple[int, PairSpec]],
    remaining: int,
    jobs: int,
    rules: str | None,
    progress: bool,
    engine: str,
    scheduler: str | None,
    total: int,
    done: int,
    encode: bool,
) -> Iterator[tuple[int, Any]]:
    """(n, result) in any order: the result as row dicts, or `encode`d as its journal line."""
    if engine == "dask":
        return _run_dask(todo, remaining, jobs, rules, scheduler, encode)
    return _run(todo, remaining, jobs, rules, progress, total, done, encode)


def _chunks(todo: Iterable[tuple[int, PairSpec]], size: int) -> Iterator[list[tuple[int, PairSpec]]]:
    """The pairs in lists of `size`, read from the manifest only as they are handed out."""
    batch: list[tuple[int, PairSpec]] = []
    for item in todo:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chunk_size(remaining: int, jobs: int, most: int) -> int:
    return max(1, min(most, remaining // (max(1, jobs) * 8) or 1))


def _in_memory(ordered: list[dict[str, Any]]) -> AuditResult:
    findings = [row for r in ordered for row in r["findings"]]
    return AuditResult(
        pair_count=len(ordered),
        error_count=sum(1 for r in ordered if r["pair"]["status"] == "error"),
        _pair_rows=[r["pair"] for r in ordered],
        rule_counts=Counter(f"{row['rule']} {row['name']}" for row in findings),
        severity_counts=Counter(str(row["severity"]) for row in findings),
        _finding_rows=findings,
        _figure_rows=[row for r in ordered for row in r["figures"]],
    )


def _run_chunk(chunk: list[tuple[int, PairSpec]], rules: str | None, encode: bool) -> list[tuple[int, Any]]:
    """One chunk of pairs, in a worker process (module level, so that it pickles). Encoding the journal
    line here, not in the process that writes it, keeps that one process from limiting the batch."""
    return [(n, _result(n, spec, rules, encode)) for n, spec in chunk]


def _result(n: int, spec: PairSpec, rules: str | None, encode: bool) -> Any:
    result = run_pair(spec, rules)
    return journal_line(n, result) if encode else result


def _run_dask(
    todo: Iterable[tuple[int, PairSpec]],
    remaining: int,
    jobs: int,
    rules: str | None,
    scheduler: str | None,
    encode: bool,
) -> Iterator[tuple[int, Any]]:
    """The same work on a Dask cluster, in chunks so that scheduling costs little per pair, with a bounded
    number of chunks in flight so that the manifest is read as the work goes."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        from factcheck.errors import FactcheckError

        raise FactcheckError("--engine dask needs the dask extra: pip install 'factcheck[dask]'") from None
    if remaining <= 0:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        window = max(1, jobs) * _CHUNKS_IN_FLIGHT
        running = as_completed()
        in_flight = 0
        for chunk in _chunks(todo, _chunk_size(remaining, jobs, 64)):
            running.add(client.submit(_run_chunk, chunk, rules=rules, encode=encode, pure=False))
            in_flight += 1
            if in_flight >= window:
                yield from next(running).result()
                in_flight -= 1
        for future in running:
            yield from future.result()
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
    todo: Iterable[tuple[int, PairSpec]],
    remaining: int,
    jobs: int,
    rules: str | None,
    progress: bool,
    total: int,
    done: int,
    encode: bool,
) -> Iterator[tuple[int, Any]]:
    bar = _progress(total, done) if progress else None
    try:
        if jobs <= 1 or remaining < 2:
            for n, spec in todo:
                result = _result(n, spec, rules, encode)
                if bar is not None:
                    bar.advance()
                yield n, result
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pending: deque[Future[list[tuple[int, Any]]]] = deque()
            for chunk in _chunks(todo, _chunk_size(remaining, jobs, 32)):
                pending.append(pool.submit(_run_chunk, chunk, rules, encode))
                if len(pending) >= jobs * _CHUNKS_IN_FLIGHT:
                    yield from _finished(pending.popleft(), bar)
            while pending:
                yield from _finished(pending.popleft(), bar)
    finally:
        if bar is not None:
            bar.stop()


def _finished(future: Future[list[tuple[int, Any]]], bar: _Bar | None) -> Iterator[tuple[int, Any]]:
    for n, result in future.result():
        if bar is not None:
            bar.advance()
        yield n, result


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


def _read_journal(path: Path, count: int) -> dict[int, int]:
    """Where each completed pair's line starts in the journal; a torn last line (the run was killed
    mid-write) is cut off, so that pair is redone."""
    if not path.exists():
        return {}
    offsets: dict[int, int] = {}
    good_bytes = 0
    with path.open("rb") as handle:
        for raw in handle:
            try:
                if not raw.endswith(b"\n"):
                    raise ValueError("torn line")
                row = json.loads(raw)
                n = row["n"]
                if "tables" not in row:
                    raise ValueError("a line written by an older factcheck: redone")
            except (ValueError, KeyError, TypeError):
                break
            if isinstance(n, int) and 0 <= n < count:
                offsets[n] = good_bytes
            good_bytes += len(raw)
    with path.open("r+b") as handle:
        handle.truncate(good_bytes)
    return offsets


def _csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """An in-memory table, written as the journal writes its rows."""
    return _csv_text([list(columns)] + [[row.get(c, "") for c in columns] for row in rows])


_TABLES = {
    "pairs.csv": PAIR_COLUMNS,
    "findings.csv": FINDING_TABLE_COLUMNS,
    "figures.csv": FIGURE_COLUMNS,
    "timings.csv": ("id", "elapsed_ms"),
}


def journal_line(n: int, result: dict[str, Any]) -> bytes:
    """A pair's result as one journal line: its rows already rendered as CSV text for each table, so that
    writing the tables at the end is copying text, and the counts the summary needs."""
    findings = [[row.get(c, "") for c in FINDING_TABLE_COLUMNS] for row in result["findings"]]
    line = {
        "n": n,
        "id": result["id"],
        "error": result["pair"].get("status") == "error",
        "findings": [[row[_RULE], row[_NAME], row[_SEVERITY]] for row in findings],
        "tables": {
            "pairs.csv": _csv_text([[result["pair"].get(c, "") for c in PAIR_COLUMNS]]),
            "findings.csv": _csv_text(findings),
            "figures.csv": _csv_text([[row.get(c, "") for c in FIGURE_COLUMNS] for row in result["figures"]]),
            "timings.csv": _csv_text([[result["id"], result["elapsed_ms"]]]),
        },
    }
    return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


_RULE, _NAME, _SEVERITY = (FINDING_TABLE_COLUMNS.index(c) for c in ("rule", "name", "severity"))


def _write_tables(directory: Path, journal: Path, offsets: dict[int, int], count: int) -> AuditResult:
    """The tables in manifest order, streamed from the journal one pair at a time (memory stays flat), each
    written to a temporary file and renamed, so that a table on disk is always a whole one."""
    handles = {name: (directory / f".{name}.tmp").open("w", encoding="utf-8", newline="") for name in _TABLES}
    try:
        for name, columns in _TABLES.items():
            handles[name].write(_csv_text([list(columns)]))
        outcome = AuditResult(directory=directory)
        with journal.open("rb") as source:
            for n in range(count):
                source.seek(offsets[n])
                result = json.loads(source.readline())
                outcome.pair_count += 1
                outcome.error_count += result["error"]
                for name, text in result["tables"].items():
                    handles[name].write(text)
                for rule, name, severity in result["findings"]:
                    outcome.rule_counts[f"{rule} {name}"] += 1
                    outcome.severity_counts[str(severity)] += 1
    finally:
        for handle in handles.values():
            handle.close()
    for name in _TABLES:
        os.replace(directory / f".{name}.tmp", directory / name)
    return outcome
