"""Unit conversions, so that a figure restated in another unit ("200 m (656ft)") is seen as a restatement.

News copy follows a measure with its conversion in brackets; a rewrite that adds or drops the conversion has
not added or dropped a figure. The factors are data (lexicon/units.yaml, `conversions`).
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.lexicon import table
from factcheck.extract.units import BARE_DEGREES, TEMPERATURES

# How far a printed conversion may be from the exact one: news rounds conversions (198 m is "650ft").
RELATIVE_TOLERANCE = 0.03
# Temperatures are rounded to the degree on both sides: 30C is "86F", 31C is "88F".
ABSOLUTE_TOLERANCE_CELSIUS = 1.0
# A month runs 28 to 31 days: weeks or days said in months are exact only to that spread ("six weeks" is
# "a month and a half", "four weeks" "a month").
MONTH_TOLERANCE = 0.1
# A figure written to a step this small against its size ("1:54.60") restates another unit's figure only to
# its last digit (a conversion in brackets beside its measure is looser: "198m (656ft)" keeps a round).
FINE_STEP = 0.01
_SHORTER_THAN_A_MONTH = frozenset({"week", "day"})


@cache
def _factors() -> dict[str, tuple[str, float, float]]:
    units = table("units")["units"]
    out: dict[str, tuple[str, float, float]] = {}
    for name, spec in table("units")["conversions"].items():
        factor, offset = (spec[0], spec[1]) if isinstance(spec, list) else (spec, 0.0)
        out[name] = (units[name]["entity"], float(factor), float(offset))
    # a measure at a rate ("150 minutes a week", "two and a half hours a week") converts as its measure does,
    # over one and the same time or head
    for per in sorted(set(table("units")["rates"].values())):
        for name, (entity, factor, offset) in list(out.items()):
            if not offset and " per " not in name and f"{name} per {per}" not in out:
                out[f"{name} per {per}"] = (f"{entity} per {per}", factor, 0.0)
    return out


def in_base_unit(value: float, unit: str | None) -> tuple[str, float] | None:
    """(entity, value in the entity's base unit), or None for a unit without a conversion."""
    if unit is None or unit not in _factors():
        return None
    entity, factor, offset = _factors()[unit]
    return entity, value * factor + offset


def convert(value: float, unit: str | None, target: str) -> float | None:
    """`value` in `unit` expressed in `target` ("18 months" -> 1.5 years), or None across kinds of measure;
    not for temperatures, whose scales have offsets."""
    a, b = _factors().get(str(unit)), _factors().get(target)
    if a is None or b is None or a[0] != b[0] or a[0] == "temperature":
        return None
    return value * a[1] / b[1]


def converts(
    value_a: float, unit_a: str | None, value_b: float, unit_b: str | None, step_b: float | None = None
) -> bool:
    """Whether two measures in different units of one kind state the same amount, as news rounds it: within
    3%, or to the printed figure's own last digit (`step_b`: "6 kilometers (4 miles)" is 3.7 miles, rounded
    to the mile as wire copy rounds conversions)."""
    if unit_a == unit_b:
        return False
    a, b = in_base_unit(value_a, unit_a), in_base_unit(value_b, unit_b)
    if a is None or b is None or a[0] != b[0]:
        return False
    if step_b is not None and a[0] != "temperature" and b[1]:
        exact = value_b * a[1] / b[1]  # the first measure in the second's unit
        if abs(exact - value_b) <= step_b / 2 + 1e-9:
            return True
    if a[0] == "temperature":
        # a reading ("30C (86F)") or a difference ("1.55C (2.79F) above the pre-industrial average")
        reading = abs(a[1] - b[1]) <= ABSOLUTE_TOLERANCE_CELSIUS
        return reading or _close(_difference(value_a, unit_a), _difference(value_b, unit_b))
    if {unit_a, unit_b} & {"month"} and {unit_a, unit_b} & _SHORTER_THAN_A_MONTH:
        return abs(a[1] - b[1]) <= MONTH_TOLERANCE * max(abs(a[1]), abs(b[1]))
    return _close(a[1], b[1])


def converts_in_brackets(
    value_a: float, unit_a: str | None, place_a: float, value_b: float, unit_b: str | None, step_b: float
) -> bool:
    """Whether a measure in brackets right after another converts it, each rounded to its own last digit:
    "20 mph (31 kph)" converts 19.5 to 20.5 mph (31.4 to 33 kph) to the kilometre. `place_a` is the place of
    the first figure's last digit; a figure in brackets beside a measure is its conversion in all but name,
    so both roundings are allowed for, where `converts` allows for the second's only."""
    if converts(value_a, unit_a, value_b, unit_b, step_b):
        return True
    if unit_a == unit_b:
        return False
    low, high = (
        convert(value_a - place_a / 2, unit_a, str(unit_b)),
        convert(value_a + place_a / 2, unit_a, str(unit_b)),
    )
    if low is None or high is None:
        return False
    return min(low, high) - step_b / 2 - 1e-9 <= value_b <= max(low, high) + step_b / 2 + 1e-9


def temperature_difference_converts(
    value_a: float, unit_a: str | None, value_b: float, unit_b: str | None
) -> bool:
    """Whether two temperatures in two scales are one difference ("1.48C above pre-industrial levels" and
    "about 2.7F above"): the scale's factor applies, its offset does not."""
    if unit_a == unit_b or unit_a not in TEMPERATURES or unit_b not in TEMPERATURES:
        return False
    return _close(_difference(value_a, unit_a), _difference(value_b, unit_b))


def _difference(value: float, unit: str | None) -> float:
    """A temperature difference in degrees Celsius: the factor applies, the offset does not."""
    return value * _factors()[str(unit)][1]


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= RELATIVE_TOLERANCE * max(abs(x), abs(y))


def scale_left_to_the_reader(unit_a: str | None, unit_b: str | None) -> bool:
    """A temperature and bare "degrees" of another text that names no scale: "30C" said "30 degrees" keeps the
    reading, as the reader of the rewrite takes the degrees in the scale of the place."""
    units = {unit_a, unit_b}
    return BARE_DEGREES in units and len(units & TEMPERATURES) == 1
