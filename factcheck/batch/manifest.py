"""Reading what to audit: a folder of pairs, or a CSV / JSONL manifest, into PairSpecs in manifest order.

A folder holds one sub-folder per pair (`<id>/source.txt`, `<id>/derived.txt`, optional `meta.json` with
`source_date`/`derived_date`). A manifest row has `id`, `source`, `derived` (paths, relative to the
manifest) and optional dates; a JSONL row may give the texts inline as `source_text`/`derived_text`.
A row that cannot be used still becomes a PairSpec, carrying its problem, so that it is reported, not lost.
"""

from __future__ import annotations

import csv
import json
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


def read_manifest(path: str | Path) -> list[PairSpec]:
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


def _from_folder(folder: Path) -> list[PairSpec]:
    specs = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        meta: dict[str, str] = {}
        problem = None
        meta_path = sub / "meta.json"
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                problem = f"{meta_path}: not valid JSON ({exc})"
        specs.append(
            PairSpec(
                id=sub.name,
                source=str(sub / "source.txt"),
                derived=str(sub / "derived.txt"),
                source_date=meta.get("source_date"),
                derived_date=meta.get("derived_date"),
                problem=problem,
            )
        )
    return specs


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


def _from_csv(path: Path) -> list[PairSpec]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    return [_spec(row, path.parent, f"{path}: line {i + 2}") for i, row in enumerate(rows)]


def _from_jsonl(path: Path) -> list[PairSpec]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    specs = []
    for i, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            specs.append(
                PairSpec(id=f"<{path.name}:{i}>", problem=f"{path}: line {i}: not valid JSON ({exc.args[0]})")
            )
            continue
        specs.append(_spec(row if isinstance(row, dict) else {}, path.parent, f"{path}: line {i}"))
    return specs
