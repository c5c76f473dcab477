"""The rules engine: load and validate rule files, classify differences into findings."""

from factcheck.rules.engine import classify
from factcheck.rules.loader import default_rules_path, load_default, load_rules
from factcheck.rules.schema import RuleFileSpec, RuleSpec

__all__ = ["RuleFileSpec", "RuleSpec", "classify", "default_rules_path", "load_default", "load_rules"]
