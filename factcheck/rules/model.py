"""Rules as the engine uses them: plain frozen dataclasses, built from a rules file's mappings.

Validation (pydantic, in schema.py) guards files written by users; the bundled rule set is validated by the
test suite and read straight into these records, so that the pre-publish path does not pay pydantic's
import on every cold start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.model import Kind, Severity, Status


@dataclass(frozen=True)
class Tolerance:
    relative: float = 0.0
    absolute: float = 0.0


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    status: Status
    severity: Severity
    message: str
    doc: str = ""
    kinds: tuple[Kind, ...] = ()
    source_qualifiers: tuple[str, ...] = ()
    derived_qualifiers: tuple[str, ...] = ()
    tolerance: Tolerance | None = None
    enabled: bool = True

    @property
    def specificity(self) -> int:
        """How many conditions the rule sets: the most specific matching rule reports a difference."""
        return (
            (1 if self.kinds else 0)
            + len(self.source_qualifiers)
            + len(self.derived_qualifiers)
            + (1 if self.tolerance else 0)
        )


@dataclass(frozen=True)
class RuleSet:
    path: str
    rules: tuple[Rule, ...]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id.upper()), None)


def rule_from_mapping(data: Mapping[str, Any]) -> Rule:
    """A Rule from one entry of a rules file (already validated, or the trusted bundled set)."""
    qualifiers = data.get("qualifiers") or {}
    tolerance = data.get("tolerance")
    return Rule(
        id=data["id"],
        name=data["name"],
        status=Status(data["status"]),
        severity=Severity(data["severity"]),
        message=data["message"],
        doc=data.get("doc") or "",
        kinds=tuple(Kind(k) for k in data.get("kinds") or ()),
        source_qualifiers=tuple(qualifiers.get("source") or ()),
        derived_qualifiers=tuple(qualifiers.get("derived") or ()),
        tolerance=Tolerance(**tolerance) if tolerance else None,
        enabled=data.get("enabled", True),
    )
