"""Pair cases kept as data: rule fixtures (tests/fixtures/rules/<ID>.yml, one file per rule, SQLFluff-style)
and general pairs (tests/pairs/*.yaml). Each case gives a source, a derived text and the complete list of
findings expected, as (rule, source surface, derived surface); an empty list means no finding at all. An
expected finding may also give a `message` fragment its message must contain, and a case may list under
`kept` the (source, derived) surfaces it must pair as the same figure, and under `dropped` the source
surfaces it must read and find gone though no rule reports them, so that a case expecting no finding cannot
pass on figures that were never read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck
from factcheck.model import Status
from factcheck.rules import load_default

HERE = Path(__file__).parent
FILES = sorted((HERE / "fixtures" / "rules").glob("*.yml")) + sorted((HERE / "pairs").glob("*.yaml"))


def _cases() -> list[Any]:
    params = []
    for path in FILES:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in doc["cases"]:
            params.append(pytest.param(doc.get("rule"), case, id=f"{path.stem}-{case['name']}"))
    return params


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_pair_case(rule: str | None, case: dict[str, Any]) -> None:
    report = factcheck.check(
        case["source"],
        case["derived"],
        source_date=str(case["source_date"]) if case.get("source_date") else None,
        derived_date=str(case["derived_date"]) if case.get("derived_date") else None,
    )
    got = [
        (f.rule, f.source.surface if f.source else None, f.derived.surface if f.derived else None)
        for f in report.findings
    ]
    want = [(e["rule"], e.get("source"), e.get("derived")) for e in case["expect"]]
    assert got == want, [f.message for f in report.findings]
    # a figure kept where the other text names it in words no figure reads ("one month after" said "a month
    # after", "a year" said "12 months") pairs with nothing: `null` in the fixture
    kept = {
        (p.source.surface if p.source else None, p.derived.surface if p.derived else None)
        for p in report.pairings
        if p.status is Status.MATCHED
    }
    for source_surface, derived_surface in case.get("kept", []):
        assert (source_surface, derived_surface) in kept, sorted(kept, key=str)
    # ... and under `dropped` the source surfaces it must read and find gone, with no rule reporting them
    # (a dropped ordinal or name), so that such a case cannot pass on figures that were never read either
    dropped = {p.source.surface for p in report.pairings if p.status is Status.OMITTED and p.source}
    for source_surface in case.get("dropped", []):
        assert source_surface in dropped, sorted(dropped)
    for expected, finding in zip(case["expect"], report.findings, strict=True):
        assert expected.get("message", "") in finding.message, finding.message
    for f in report.findings:
        for fig, text in ((f.source, case["source"]), (f.derived, case["derived"])):
            if fig is not None:
                assert text[fig.start : fig.end] == fig.surface


def test_every_rule_has_fixtures_that_fire_and_that_do_not() -> None:
    """Each default rule has a fixture file with a case where it fires and a near miss where it does not."""
    for rule in load_default().rules:
        path = HERE / "fixtures" / "rules" / f"{rule.id}.yml"
        assert path.exists(), f"no fixtures for {rule.id}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        fires = [c for c in cases if any(e["rule"] == rule.id for e in c["expect"])]
        misses = [c for c in cases if all(e["rule"] != rule.id for e in c["expect"])]
        assert fires and misses, f"{rule.id} needs both a firing case and a near miss"


def test_every_case_expecting_no_finding_names_what_it_must_read() -> None:
    """A case with no finding expected would pass on an extractor that reads nothing: each names, under
    `kept` or `dropped`, figures that must have been read."""
    silent = [
        f"{path.stem}-{case['name']}"
        for path in FILES
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        if not case["expect"] and not case.get("kept") and not case.get("dropped")
    ]
    assert not silent, silent
