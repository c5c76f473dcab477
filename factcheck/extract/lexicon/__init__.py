"""Data tables the extractor reads (number words, units, currencies, dates, qualifiers, abbreviations).

The knowledge lives in the YAML files beside this module so that it can be reviewed and extended without
touching code; this module only loads them, once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

try:  # the C loader is ~10x faster and these tables are read on every cold start
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


@cache
def table(name: str) -> Any:
    """The parsed content of `lexicon/<name>.yaml`."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_Loader)
