"""CSV: one row per finding with flat columns, for spreadsheets and pandas.read_csv.

Written with the standard library: pandas is not needed to *write* a table, and importing it would cost
the pre-publish check half a second.
"""

from __future__ import annotations

import csv
import io

from factcheck.model import Figure, Report
from factcheck.report.base import plain

COLUMNS = (
    "rule", "name", "status", "severity", "kind",
    "source_surface", "source_value", "source_unit", "source_start", "source_end",
    "derived_surface", "derived_value", "derived_unit", "derived_start", "derived_end",
    "message",
)  # fmt: skip


def _cells(fig: Figure | None) -> list[object]:
    if fig is None:
        return ["", "", "", "", ""]
    return [fig.surface, "" if fig.value is None else plain(fig.value), fig.unit or "", fig.start, fig.end]


def rows(report: Report) -> list[list[object]]:
    """One row of cells per finding, in COLUMNS order (the batch tables reuse it)."""
    return [
        [f.rule, f.name, f.status.value, f.severity.value, f.kind.value,
         *_cells(f.source), *_cells(f.derived), f.message]
        for f in report.findings
    ]  # fmt: skip


def render(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(report))
    return out.getvalue()
