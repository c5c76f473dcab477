"""One pair's result as table rows: the pairs, findings and figures tables a researcher loads with pandas.

Rows are plain dicts of strings and numbers, so that they travel between processes and into the journal as
JSON, and the CSV writer sees exactly what every engine produced.
"""

from __future__ import annotations

import time
from typing import Any

from factcheck.batch.manifest import PairSpec
from factcheck.errors import FactcheckError
from factcheck.model import Figure, Report, Severity, Status
from factcheck.report.base import plain
from factcheck.report.csv import COLUMNS as FINDING_COLUMNS

PAIR_COLUMNS = (
    "id", "source", "derived", "source_date", "derived_date", "status", "error",
    "source_figures", "derived_figures", "findings", "errors", "warnings", "infos",
)  # fmt: skip
FINDING_TABLE_COLUMNS = ("pair_id", *FINDING_COLUMNS)
FIGURE_COLUMNS = (
    "pair_id", "side", "figure_id", "kind", "value", "low", "high", "total", "unit", "surface", "start",
    "end", "sentence", "qualifiers", "counterpart_id",
)  # fmt: skip


def run_pair(spec: PairSpec, rules: str | None = None) -> dict[str, Any]:
    """Check one pair; any failure becomes an error row with its message, never an exception."""
    started = time.perf_counter()
    base = {
        "id": spec.id, "source": spec.source or "", "derived": spec.derived or "",
        "source_date": spec.source_date or "", "derived_date": spec.derived_date or "",
    }  # fmt: skip
    try:
        if spec.problem:
            raise FactcheckError(spec.problem)
        report = _check(spec, rules)
    except FactcheckError as exc:
        return _error(base, str(exc), started)
    except Exception as exc:  # a bug must not stop a batch of thousands: record it and go on
        return _error(base, f"internal error: {type(exc).__name__}: {exc}", started)
    pair = {
        **base, "status": "ok", "error": "",
        "source_figures": len(report.source.figures), "derived_figures": len(report.derived.figures),
        "findings": len(report.findings), "errors": report.count(Severity.ERROR),
        "warnings": report.count(Severity.WARNING), "infos": report.count(Severity.INFO),
        "source_date": report.source.date or "", "derived_date": report.derived.date or "",
    }  # fmt: skip
    return {
        "id": spec.id,
        "pair": pair,
        "findings": [{"pair_id": spec.id, **row} for row in _finding_rows(report)],
        "figures": _figure_rows(spec.id, report),
        "elapsed_ms": round(1000 * (time.perf_counter() - started), 1),
    }


def _check(spec: PairSpec, rules: str | None) -> Report:
    from factcheck.document import make_document, parse_iso_date, read_text
    from factcheck.pipeline import check_documents
    from factcheck.rules import load_default, load_rules

    source_text = spec.source_text if spec.source_text is not None else read_text(spec.source)  # type: ignore[arg-type]
    derived_text = spec.derived_text if spec.derived_text is not None else read_text(spec.derived)  # type: ignore[arg-type]
    source_date = parse_iso_date(spec.source_date, f"{spec.id}: source_date") if spec.source_date else None
    derived_date = (
        parse_iso_date(spec.derived_date, f"{spec.id}: derived_date") if spec.derived_date else None
    )
    ruleset = load_rules(rules) if rules else load_default()
    return check_documents(
        make_document(source_text, spec.source, source_date),
        make_document(derived_text, spec.derived, derived_date),
        ruleset,
    )


def _error(base: dict[str, Any], message: str, started: float) -> dict[str, Any]:
    pair = {
        **base, "status": "error", "error": message, "source_figures": "", "derived_figures": "",
        "findings": "", "errors": "", "warnings": "", "infos": "",
    }  # fmt: skip
    return {
        "id": base["id"], "pair": pair, "findings": [], "figures": [],
        "elapsed_ms": round(1000 * (time.perf_counter() - started), 1),
    }  # fmt: skip


def _finding_rows(report: Report) -> list[dict[str, Any]]:
    from factcheck.report.csv import rows

    return [dict(zip(FINDING_COLUMNS, cells, strict=True)) for cells in rows(report)]


def _figure_rows(pair_id: str, report: Report) -> list[dict[str, Any]]:
    ids = {("source", f.start, f.end): f"s{i}" for i, f in enumerate(report.source.figures)}
    ids.update({("derived", f.start, f.end): f"d{i}" for i, f in enumerate(report.derived.figures)})
    counterpart: dict[str, str] = {}
    for p in report.pairings:
        if p.source is None or p.derived is None or p.status not in (Status.MATCHED, Status.CHANGED):
            continue
        s_id = ids.get(("source", p.source.start, p.source.end))
        d_id = ids.get(("derived", p.derived.start, p.derived.end))
        if s_id and d_id:
            counterpart.setdefault(s_id, d_id)
            counterpart.setdefault(d_id, s_id)
    rows = []
    for side, figures in (("source", report.source.figures), ("derived", report.derived.figures)):
        for fig in figures:
            fid = ids[(side, fig.start, fig.end)]
            rows.append(_figure_row(pair_id, side, fid, fig, counterpart.get(fid, "")))
    return rows


def _figure_row(pair_id: str, side: str, fid: str, fig: Figure, other: str) -> dict[str, Any]:
    def cell(v: object) -> object:
        return "" if v is None else plain(v)

    return {
        "pair_id": pair_id, "side": side, "figure_id": fid, "kind": fig.kind.value, "value": cell(fig.value),
        "low": cell(fig.low), "high": cell(fig.high), "total": cell(fig.total), "unit": fig.unit or "",
        "surface": fig.surface, "start": fig.start, "end": fig.end, "sentence": fig.sentence,
        "qualifiers": ";".join(fig.qualifiers), "counterpart_id": other,
    }  # fmt: skip
