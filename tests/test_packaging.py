"""The installed package carries its default rules: an installed factcheck never needs the source tree."""

from __future__ import annotations

import json
from importlib import metadata

import pytest

from factcheck.rules import default_rules_path, load_default, load_rules


def test_default_rules_validate_and_load_the_same() -> None:
    """The bundled rules are read without validation at run time, so the schema must accept them here."""
    spec = load_default()
    assert default_rules_path().is_file()
    assert load_rules(default_rules_path()).rules == spec.rules
    assert {"FC101", "FC102", "FC103", "FC104", "FC106"} <= {r.id for r in spec.rules}
    assert all(r.doc and "Bad:" in r.doc and "Good:" in r.doc for r in spec.rules)


def test_wheel_contains_default_rules() -> None:
    dist = metadata.distribution("factcheck")
    direct = dist.read_text("direct_url.json")
    if direct and json.loads(direct).get("dir_info", {}).get("editable"):
        pytest.skip("editable install: the rules are read from the source tree")
    files = {str(f) for f in dist.files or ()}
    assert "factcheck/rules/default.yaml" in files
