"""User rule files: extending the defaults, overriding and ignoring rules, and precise errors."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.errors import RulesError
from factcheck.rules import load_default
from factcheck.rules.loader import parse_rules

SOURCE = "Support for the plan stood at 58.7% in the survey, and 23 of the 32 members agreed."
DERIVED = "Support for the plan stood at 60% in the survey."


def _rules(report: factcheck.Report) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in report.findings]


def test_extends_overrides_severity_and_ignores() -> None:
    rules = parse_rules(
        "version: 1\nextends: default\nignore: [FC101]\nrules:\n  - id: FC105\n    severity: error\n",
        "mine.yaml",
    )
    assert rules.get("FC101") is None
    assert rules.get("FC105").severity.value == "error"  # type: ignore[union-attr]
    assert rules.get("FC105").kind == "rounded"  # type: ignore[union-attr]
    assert len(rules.rules) == len(load_default().rules) - 1
    report = factcheck.check(SOURCE, DERIVED, rules=rules)
    assert _rules(report) == [("FC105", "error")]  # the omitted count is ignored


def test_extends_adds_a_rule_of_a_typed_kind() -> None:
    rules = parse_rules(
        "version: 1\nextends: default\nrules:\n"
        "  - id: XX901\n    name: quoted-omission\n    kind: omitted\n    qualifiers: {source: [quoted]}\n"
        "    severity: info\n    message: 'dropped quote {source.surface}'\n",
        "mine.yaml",
    )
    assert rules.get("XX901") is not None
    report = factcheck.check('"It costs 5 euros," she said. Prices rose 3%.', "Prices rose 3%.", rules=rules)
    # quote-altered (rank 4) still outranks a plain omission rule with one condition
    assert [f.rule for f in report.findings] == ["FC110"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "version: 1\nrules:\n  - id: FC901\n    name: x\n    kind: omited\n"
            "    severity: error\n    message: m\n",
            "line 5: rules.0.kind: 'omited' is not one of omitted, added",
        ),
        (
            "version: 1\nrules:\n  - id: FC901\n    name: x\n    kind: precision-add\n"
            "    severity: error\n    message: m\n",
            "(did you mean 'precision-added'?)",
        ),
        (
            "version: 1\nextends: default\nrules:\n  - id: FC104\n    severity: warnin\n",
            "line 5: rules.0.severity: 'warnin' is not one of error, warning, info (did you mean 'warning'?)",
        ),
        ("version: 1\nextends: default\nignore: [FC199]\n", "ignore names unknown rule 'FC199'"),
        (
            "version: 1\nextends: default\nrules:\n  - id: FC104\n    sevrity: info\n",
            "did you mean 'severity'",
        ),
        (
            "version: 1\nrules:\n  - id: FC901\n    name: x\n    kind: changed\n    hedge: required\n"
            "    severity: error\n    message: m\n",
            "rounding parameters (hedge) apply only to kind: rounded",
        ),
        (
            "version: 1\nrules:\n  - id: FC901\n    name: x\n    kind: added\n    severity: error\n"
            "    message: '{source.colour}'\n",
            "unknown field {source.colour}",
        ),
        ("version: 1\nrules: [\n", "invalid YAML"),
    ],
)
def test_bad_rule_files_name_the_problem(text: str, fragment: str) -> None:
    with pytest.raises(RulesError) as err:
        parse_rules(text, "bad.yaml")
    message = str(err.value)
    assert message.startswith("bad.yaml: line ") and fragment in message
    assert "\n" not in message
