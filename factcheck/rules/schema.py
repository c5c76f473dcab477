"""The shape of a rules file, validated with pydantic so that every mistake gets a precise message."""

from __future__ import annotations

import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.model import Kind, Severity

TEMPLATE_FIELDS = frozenset(
    {
        "source.surface", "source.value", "source.unit", "source.kind",
        "derived.surface", "derived.value", "derived.unit", "derived.kind",
        "kind", "delta", "relative", "days", "shift", "note",
    }
)  # fmt: skip
RuleKind = Literal[
    "omitted", "added", "changed", "vagued", "supported", "rounded", "scale-slip", "percent-points",
    "date-shift", "quote-altered", "range-narrowed", "range-widened", "measure-changed", "direction-changed",
    "bound-turned", "bound-dropped", "precision-added", "bound-loose", "hedge-bounded",
    "bound-narrowed", "currency-changed",
]  # fmt: skip
QUALIFIERS = ("approx", "bound", "above", "below", "quoted", "vague", "unresolved", "converted")


class Tolerance(BaseModel):
    """A change no larger than max(absolute, relative x |source value|) is within tolerance."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    relative: float = Field(default=0.0, ge=0)
    absolute: float = Field(default=0.0, ge=0)


class Qualifiers(BaseModel):
    """Qualifiers each side must carry; a leading "!" means it must not carry it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    source: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()

    @field_validator("source", "derived")
    @classmethod
    def _known(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for v in values:
            if v.lstrip("!") not in QUALIFIERS:
                raise ValueError(
                    f"unknown qualifier {v!r}; expected one of {list(QUALIFIERS)} (prefix ! to negate)"
                )
        return values


class RuleSpec(BaseModel):
    """One rule: the typed kind of difference it reports, its conditions and parameters, and its words."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    kind: RuleKind | None = None
    status: Literal["omitted", "changed", "added"] | None = None  # the simple form: kind = status
    kinds: tuple[Kind, ...] = ()
    qualifiers: Qualifiers = Qualifiers()
    tolerance: Tolerance | None = None
    hedge: Literal["required", "forbidden", "any"] = "any"
    slack: float = Field(default=0.5, gt=0, le=5)
    max_relative: float = Field(default=0.1, gt=0, le=1)
    bound_max_relative: float = Field(default=0.0, ge=0, le=1)
    severity: Severity
    message: str
    doc: str = ""
    enabled: bool = True

    @field_validator("message")
    @classmethod
    def _template(cls, message: str) -> str:
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
        except ValueError as exc:
            raise ValueError(f"message template does not parse: {exc}") from None
        for f in fields:
            if f not in TEMPLATE_FIELDS:
                raise ValueError(
                    f"message uses unknown field {{{f}}}; known: {', '.join(sorted(TEMPLATE_FIELDS))}"
                )
        return message

    @model_validator(mode="after")
    def _consistent(self) -> RuleSpec:
        if self.kind is None and self.status is None:
            raise ValueError("a rule needs a kind (or a status)")
        kind = self.kind or self.status
        if self.tolerance is not None and kind not in ("changed", "rounded"):
            raise ValueError("tolerance only applies to rules of kind: changed or rounded")
        rounding = {"hedge", "slack", "max_relative", "bound_max_relative"} & self.model_fields_set
        if kind != "rounded" and rounding:
            raise ValueError(
                f"rounding parameters ({', '.join(sorted(rounding))}) apply only to kind: rounded"
            )
        return self


class RuleFileSpec(BaseModel):
    """A rules file: its own rules, optionally on top of the default set (`extends: default`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: Literal[1] = 1
    extends: Literal["default"] | None = None
    ignore: tuple[str, ...] = ()
    rules: tuple[RuleSpec, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> RuleFileSpec:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id} is defined twice")
            seen.add(rule.id)
        if not self.rules and not self.extends:
            raise ValueError("a rules file without 'extends: default' needs at least one rule")
        return self
