"""Reading what to audit: a folder of pairs, or a CSV / JSONL manifest, into PairSpecs in manifest order.

A folder holds one sub-folder per pair (`<id>/source.txt`, `<id>/derived.txt`, optional `meta.json` with
`source_date`/`derived_date`). A manifest row has `id`, `source`, `derived` (paths, relative to the
manifest) and optional dates; a JSONL row may give the texts inline as `source_text`/`derived_text`.
A row that cannot be used still becomes a PairSpec, carrying its problem, so that it is reported, not lost.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError


@dataclass(frozen=True, slots=True)
class PairSpec:
    id: str
    source: str | None = None
    derived: str | None = None
    source_text: str | None = None
    derived_text: str | None = None
    source_date: str | None = None
    derived_date: str | None = None
    problem: str | None = None


class Manifest:
    """The pairs of a folder or manifest file, in order, read lazily: only the count and the folder names
    stay in memory, so a batch of any size (even with texts inline) holds one pair at a time."""

    def __init__(self, count: int, pairs: Callable[[], Iterator[PairSpec]]) -> None:
        self._count = count
        self._pairs = pairs

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[PairSpec]:
        return self._pairs()


def read_manifest(path: str | Path) -> Manifest:
    """Every pair the manifest names, in order; InputError only if the manifest itself is unusable."""
    p = Path(path)
    if p.is_dir():
        return _from_folder(p)
    if not p.exists():
        raise InputError(f"{path}: no such manifest or folder")
    if p.suffix.lower() == ".csv":
        return _from_csv(p)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return _from_jsonl(p)
    raise InputError(f"{path}: a manifest must be a folder, a .csv or a .jsonl file")


def _from_folder(folder: Path) -> Manifest:
    names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir())

    def pairs() -> Iterator[PairSpec]:
        for name in names:
            yield _folder_pair(folder / name)

    return Manifest(len(names), pairs)


def _folder_pair(sub: Path) -> PairSpec:
    meta: dict[str, str] = {}
    problem = None
    meta_path = sub / "meta.json"
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            problem = f"{meta_path}: not valid JSON ({exc})"
    return PairSpec(
        id=sub.name,
        source=str(sub / "source.txt"),
        derived=str(sub / "derived.txt"),
        source_date=meta.get("source_date"),
        derived_date=meta.get("derived_date"),
        problem=problem,
    )


def _resolve(base: Path, value: str | None) -> str | None:
    if not value:
        return None
    p = Path(value)
    return str(p if p.is_absolute() else base / p)


def _spec(row: dict[str, object], base: Path, where: str) -> PairSpec:
    ident = str(row.get("id") or "").strip()
    if not ident:
        return PairSpec(id=f"<{where}>", problem=f"{where}: row has no id")
    source_text = row.get("source_text")
    derived_text = row.get("derived_text")
    source = _resolve(base, str(row["source"])) if row.get("source") else None
    derived = _resolve(base, str(row["derived"])) if row.get("derived") else None
    problem = None
    if source is None and source_text is None:
        problem = f"{where}: no source path or source_text"
    elif derived is None and derived_text is None:
        problem = f"{where}: no derived path or derived_text"
    return PairSpec(
        id=ident,
        source=source,
        derived=derived,
        source_text=str(source_text) if source_text is not None else None,
        derived_text=str(derived_text) if derived_text is not None else None,
        source_date=str(row["source_date"]) if row.get("source_date") else None,
        derived_date=str(row["derived_date"]) if row.get("derived_date") else None,
        problem=problem,
    )


def _from_csv(path: Path) -> Manifest:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            count = sum(1 for _ in csv.DictReader(handle))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None

    def pairs() -> Iterator[PairSpec]:
        with path.open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                yield _spec(row, path.parent, f"{path}: line {i + 2}")

    return Manifest(count, pairs)


def _from_jsonl(path: Path) -> Manifest:
    try:
        with path.open(encoding="utf-8") as handle:
            count = sum(1 for line in handle if line.strip())
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None

    def pairs() -> Iterator[PairSpec]:
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle, start=1):
                if line.strip():
                    yield _jsonl_pair(line, i, path)

    return Manifest(count, pairs)


def _jsonl_pair(line: str, i: int, path: Path) -> PairSpec:
    try:
        row = json.loads(line)
    except ValueError as exc:
        return PairSpec(id=f"<{path.name}:{i}>", problem=f"{path}: line {i}: not valid JSON ({exc.args[0]})")
    return _spec(row if isinstance(row, dict) else {}, path.parent, f"{path}: line {i}")
