"""The rules engine: load rule files (validated at the boundary), classify differences into findings."""

from factcheck.rules.engine import classify
from factcheck.rules.loader import default_rules_path, load_default, load_rules
from factcheck.rules.model import Rule, RuleSet

__all__ = ["Rule", "RuleSet", "classify", "default_rules_path", "load_default", "load_rules"]
