"""The reporter interface: a format is a module with a `render(report) -> str` function.

Adding a format is adding one module and one line in FORMATS; reporters are imported only when used, so the
pre-publish path never pays for a format it does not print.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Protocol

from factcheck.model import Figure, Finding, Report


class Reporter(Protocol):
    def __call__(self, report: Report) -> str: ...


FORMATS: dict[str, str] = {
    "text": "factcheck.report.text",
    "json": "factcheck.report.json",
    "csv": "factcheck.report.csv",
}


def reporter(name: str) -> Reporter:
    try:
        module = import_module(FORMATS[name])
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}") from None
    return module.render  # type: ignore[no-any-return]


def plain(value: Any) -> Any:
    """Whole numbers as integers (23, not 23.0): what a reader expects and what pandas types as int."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def figure_dict(fig: Figure | None) -> dict[str, Any] | None:
    """A figure as the JSON contract spells it (shared by every structured format)."""
    if fig is None:
        return None
    return {
        "kind": fig.kind.value,
        "value": plain(fig.value),
        "low": plain(fig.low),
        "high": plain(fig.high),
        "total": plain(fig.total),
        "unit": fig.unit,
        "surface": fig.surface,
        "start": fig.start,
        "end": fig.end,
        "sentence": fig.sentence,
        "qualifiers": list(fig.qualifiers),
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "name": f.name,
        "status": f.status.value,
        "severity": f.severity.value,
        "kind": f.kind.value,
        "message": f.message,
        "source": figure_dict(f.source),
        "derived": figure_dict(f.derived),
    }
