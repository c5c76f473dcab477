"""Loading a rules file: YAML with line numbers, validated by the schema, errors as one line each."""

from __future__ import annotations

import difflib
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import RulesError
from factcheck.rules.model import RuleSet, rule_from_mapping

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def default_rules_path() -> Path:
    """rules/default.yaml: inside the installed package, or at the top of a source checkout."""
    packaged = resources.files("factcheck.rules").joinpath("default.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules" / "default.yaml"


@cache
def _default_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(default_rules_path().read_text(encoding="utf-8"), Loader=_Loader)
    return data


@cache
def load_default() -> RuleSet:
    """The bundled rule set, trusted (the test suite validates it) and read without pydantic."""
    return RuleSet(str(default_rules_path()), tuple(rule_from_mapping(r) for r in _default_data()["rules"]))


def load_rules(path: str | Path) -> RuleSet:
    """Parse and validate a rules file, or raise RulesError naming the file, the line and the problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: no such rules file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
    return parse_rules(text, str(path))


def parse_rules(text: str, name: str) -> RuleSet:
    """Validate a rules file's text; `name` is what error messages call it."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}: " if mark else ""
        raise RulesError(f"{name}: {line}invalid YAML: {exc.problem or exc.context}") from None
    if not isinstance(data, dict):
        raise RulesError(f"{name}: line 1: expected a mapping with a 'rules' list")
    from pydantic import ValidationError

    from factcheck.rules.schema import RuleFileSpec

    base = {r["id"]: r for r in _default_data()["rules"]} if data.get("extends") == "default" else {}
    merged = dict(data)
    if base and isinstance(data.get("rules"), list):
        # a rule with a default's id overrides just the keys it names ("severity: error")
        merged["rules"] = [
            {**base[r["id"]], **r} if isinstance(r, dict) and r.get("id") in base else r
            for r in data["rules"]
        ]
    try:
        spec = RuleFileSpec.model_validate(merged)
    except ValidationError as exc:
        # A misspelt key also shows up as a missing one; the misspelling, with its suggestion, is the news.
        err = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        loc = tuple(err["loc"])
        line = _line_of(root, loc)
        raise RulesError(f"{name}: line {line}: {_describe(err, loc)}") from None
    own = {r.id: rule_from_mapping(r.model_dump(mode="json")) for r in spec.rules}
    # defaults first, in their order, each replaced by its override; then the file's new rules
    rules = [own.pop(r.id, r) for r in load_default().rules] if base else []
    rules += own.values()
    known = {r.id for r in rules}
    for i, rule_id in enumerate(spec.ignore):
        if rule_id not in known:
            close = difflib.get_close_matches(rule_id, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RulesError(
                f"{name}: line {_line_of(root, ('ignore', i))}: ignore names unknown rule {rule_id!r}{hint}"
            )
    return RuleSet(name, tuple(r for r in rules if r.id not in set(spec.ignore)))


def _describe(err: dict[str, Any], loc: tuple[Any, ...]) -> str:
    where = ".".join(str(x) for x in loc)
    if err["type"] == "extra_forbidden":
        key = str(loc[-1])
        fields = _fields_for(loc)
        close = difflib.get_close_matches(key, fields, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(fields)})"
        return f"unknown key {key!r}{hint}"
    if err["type"] == "missing":
        return f"{where}: required key is missing"
    msg = str(err["msg"]).removeprefix("Value error, ")
    expected = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
    if err["type"] in ("enum", "literal_error") and expected and isinstance(err.get("input"), str):
        # "kind: precision-add": the nearest allowed value is the likely fix, the list the reference
        close = difflib.get_close_matches(err["input"], expected, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        msg = f"{err['input']!r} is not one of {', '.join(expected)}{hint}"
    return f"{where}: {msg}" if where else msg


def _fields_for(loc: tuple[Any, ...]) -> list[str]:
    from factcheck.rules.schema import Qualifiers, RuleFileSpec, RuleSpec, Tolerance

    parents = [str(x) for x in loc[:-1] if not isinstance(x, int)]
    model: type = RuleFileSpec
    if parents[:1] == ["rules"]:
        model = RuleSpec
        if len(parents) > 1:
            model = {"qualifiers": Qualifiers, "tolerance": Tolerance}.get(parents[1], RuleSpec)
    return sorted(model.model_fields)  # type: ignore[attr-defined]


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int:
    """1-based line of the YAML node at `loc`, or of the nearest ancestor that exists."""
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line
