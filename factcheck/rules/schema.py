"""The shape of a rules file, validated with pydantic so that every mistake gets a precise message."""

from __future__ import annotations

import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.model import Kind, Severity, Status

TEMPLATE_FIELDS = frozenset(
    {
        "source.surface", "source.value", "source.unit", "source.kind",
        "derived.surface", "derived.value", "derived.unit", "derived.kind",
        "kind", "delta", "relative", "days",
    }
)  # fmt: skip


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
        known = {"approx", "bound", "above", "below", "quoted", "vague"}
        for v in values:
            if v.lstrip("!") not in known:
                raise ValueError(
                    f"unknown qualifier {v!r}; expected one of {sorted(known)} (prefix ! to negate)"
                )
        return values


class RuleSpec(BaseModel):
    """One rule: which differences it matches and how it reports them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")
    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    status: Literal["omitted", "changed", "added"]
    kinds: tuple[Kind, ...] = ()
    qualifiers: Qualifiers = Qualifiers()
    tolerance: Tolerance | None = None
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
        if self.tolerance is not None and self.status != Status.CHANGED.value:
            raise ValueError("tolerance only applies to rules with status: changed")
        return self


class RuleFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: Literal[1] = 1
    rules: tuple[RuleSpec, ...]

    @model_validator(mode="after")
    def _unique(self) -> RuleFileSpec:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id} is defined twice")
            seen.add(rule.id)
        return self
