"""JSON: the machine-readable contract (see README). Keys and list orders are fixed, so output is
byte-identical for the same inputs."""

from __future__ import annotations

import json

from factcheck.model import Report, Severity, Side
from factcheck.report.base import figure_dict, finding_dict


def _side(side: Side) -> dict[str, object]:
    return {"path": side.path, "date": side.date, "figures": [figure_dict(f) for f in side.figures]}


def render(report: Report) -> str:
    doc = {
        "version": 1,
        "source": _side(report.source),
        "derived": _side(report.derived),
        "findings": [finding_dict(f) for f in report.findings],
        "summary": {
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "infos": report.count(Severity.INFO),
            "matched": report.matched,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
