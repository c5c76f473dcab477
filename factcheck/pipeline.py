"""The one-way pipeline: documents -> figures -> pairings -> findings -> Report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from factcheck.align import align
from factcheck.document import make_document, parse_iso_date, read_text
from factcheck.extract import extract
from factcheck.model import Document, Report, Side, Status
from factcheck.rules import RuleSet, classify, load_default, load_rules


def check_documents(source: Document, derived: Document, rules: RuleSet | None = None) -> Report:
    """Compare two documents. A derived text without a date of its own takes the source's: a rewrite
    appears around the same time, and its "Thursday" means the same week."""
    if derived.date is None and source.date is not None:
        derived = replace(derived, date=source.date)
    source_figures = extract(source)
    derived_figures = extract(derived)
    pairings = align(source, source_figures, derived, derived_figures)
    findings = classify(pairings, (rules or load_default()).rules)
    return Report(
        source=Side(source.path, source.date, tuple(source_figures), source.as_read),
        derived=Side(derived.path, derived.date, tuple(derived_figures), derived.as_read),
        findings=tuple(findings),
        matched=sum(1 for p in pairings if p.status is Status.MATCHED),
        pairings=tuple(pairings),
    )


def check(
    source_text: str,
    derived_text: str,
    source_date: str | None = None,
    derived_date: str | None = None,
    rules: RuleSet | str | Path | None = None,
) -> Report:
    """Compare two texts held in memory (the notebook entry point)."""
    source = make_document(source_text, None, _date(source_date, "source date"))
    derived = make_document(derived_text, None, _date(derived_date, "derived date"))
    return check_documents(source, derived, _rules(rules))


def check_files(
    source_path: str | Path,
    derived_path: str | Path,
    source_date: str | None = None,
    derived_date: str | None = None,
    rules: RuleSet | str | Path | None = None,
) -> Report:
    """Compare two files; raises FactcheckError with a one-line message for any bad input."""
    ruleset = _rules(rules)
    source = make_document(read_text(source_path), str(source_path), _date(source_date, "--source-date"))
    derived = make_document(read_text(derived_path), str(derived_path), _date(derived_date, "--derived-date"))
    return check_documents(source, derived, ruleset)


def _date(value: str | None, what: str) -> str | None:
    return parse_iso_date(value, what) if value else None


def _rules(rules: RuleSet | str | Path | None) -> RuleSet | None:
    if rules is None or isinstance(rules, RuleSet):
        return rules
    return load_rules(rules)
