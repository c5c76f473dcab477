"""The terminal report: findings grouped by severity, worst first, each pointing at line:column."""

from __future__ import annotations

from bisect import bisect_right

from factcheck.model import Figure, Finding, Report, Severity

_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_LABEL = {Severity.ERROR: "ERRORS", Severity.WARNING: "WARNINGS", Severity.INFO: "INFO"}


def render(report: Report) -> str:
    src_starts = _starts(report.source.text)
    der_starts = _starts(report.derived.text)
    lines = [f"factcheck: {report.source.path or 'source'} -> {report.derived.path or 'derived'}"]
    for severity in _ORDER:
        group = [f for f in report.findings if f.severity is severity]
        if not group:
            continue
        lines.append("")
        lines.append(f"{_LABEL[severity]} ({len(group)})")
        lines.extend(_row(f, src_starts, der_starts) for f in group)
    lines.append("")
    counts = [_plural(report.count(s), s.value) for s in _ORDER]
    lines.append(f"{', '.join(counts)}; {_plural(report.matched, 'figure')} kept")
    return "\n".join(lines) + "\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def _line(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)


def _starts(text: str | None) -> list[int] | None:
    if not text:
        return None
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _row(f: Finding, src: list[int] | None, der: list[int] | None) -> str:
    places = [p for p in (_place(f.source, src, "source"), _place(f.derived, der, "derived")) if p]
    return f"  {f.rule} {f.name:<18} {f.message}  ({'; '.join(places)})"


def _place(fig: Figure | None, starts: list[int] | None, side: str) -> str:
    if fig is None:
        return ""
    quals = f" [{', '.join(fig.qualifiers)}]" if fig.qualifiers else ""
    if starts is None:
        return f"{side} @{fig.start}{quals}"
    line = _line(starts, fig.start)
    return f"{side} {line}:{fig.start - starts[line - 1] + 1}{quals}"
