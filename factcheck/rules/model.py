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

# The status each typed kind applies to, and how specific it is: the most specific matching rule reports.
KIND_STATUS: dict[str, Status] = {
    "omitted": Status.OMITTED, "vagued": Status.OMITTED,
    "added": Status.ADDED, "supported": Status.ADDED,
    "changed": Status.CHANGED, "rounded": Status.CHANGED, "scale-slip": Status.CHANGED,
    "percent-points": Status.CHANGED, "date-shift": Status.CHANGED, "range-narrowed": Status.CHANGED,
    "range-widened": Status.CHANGED, "quote-altered": Status.CHANGED, "measure-changed": Status.CHANGED,
    "direction-changed": Status.CHANGED, "bound-turned": Status.CHANGED, "bound-dropped": Status.CHANGED,
    "precision-added": Status.CHANGED, "bound-loose": Status.CHANGED, "hedge-bounded": Status.CHANGED,
    "bound-narrowed": Status.CHANGED, "currency-changed": Status.CHANGED,
}  # fmt: skip
KIND_RANK: dict[str, int] = {
    "omitted": 0, "added": 0, "changed": 0, "date-shift": 1, "rounded": 2, "range-narrowed": 2,
    "range-widened": 2, "scale-slip": 3, "percent-points": 3, "vagued": 3, "supported": 3, "quote-altered": 4,
    "measure-changed": 3, "direction-changed": 3, "bound-turned": 3, "bound-dropped": 3, "precision-added": 2,
    "bound-loose": 1, "hedge-bounded": 3, "bound-narrowed": 1, "currency-changed": 1,
}  # fmt: skip


@dataclass(frozen=True)
class Tolerance:
    relative: float = 0.0
    absolute: float = 0.0


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    kind: str
    severity: Severity
    message: str
    doc: str = ""
    kinds: tuple[Kind, ...] = ()
    source_qualifiers: tuple[str, ...] = ()
    derived_qualifiers: tuple[str, ...] = ()
    tolerance: Tolerance | None = None
    hedge: str = "any"
    slack: float = 0.5
    max_relative: float = 0.1
    bound_max_relative: float = 0.0
    enabled: bool = True

    @property
    def status(self) -> Status:
        return KIND_STATUS[self.kind]

    @property
    def specificity(self) -> int:
        """The kind's rank first, then how many conditions the rule sets."""
        conditions = (
            (1 if self.kinds else 0)
            + len(self.source_qualifiers)
            + len(self.derived_qualifiers)
            + (1 if self.tolerance else 0)
            + (1 if self.hedge != "any" else 0)
        )
        return KIND_RANK[self.kind] * 10 + conditions


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
        kind=data.get("kind") or data["status"],
        severity=Severity(data["severity"]),
        message=data["message"],
        doc=data.get("doc") or "",
        kinds=tuple(Kind(k) for k in data.get("kinds") or ()),
        source_qualifiers=tuple(qualifiers.get("source") or ()),
        derived_qualifiers=tuple(qualifiers.get("derived") or ()),
        tolerance=Tolerance(**tolerance) if tolerance else None,
        hedge=data.get("hedge", "any"),
        slack=float(data.get("slack", 0.5)),
        max_relative=float(data.get("max_relative", 0.1)),
        bound_max_relative=float(data.get("bound_max_relative", 0.0)),
        enabled=data.get("enabled", True),
    )
