"""The founding example: the AP story and its rewrite in ../shared/seeds (skipped where absent)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SEEDS

SOURCE = SEEDS / "003_143d2dfbda12eb31.txt"
DERIVED = SEEDS / "000_fd7fb93fb7e592ad.txt"
pytestmark = pytest.mark.skipif(not SOURCE.exists(), reason="../shared/seeds is not beside the checkout")


@pytest.fixture(scope="module")
def report() -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(SOURCE), str(DERIVED), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 1, out.stderr  # the invented "around 60%" is an error
    return json.loads(out.stdout)


def _surfaces(report: dict, status: str, side: str) -> list[str]:
    return [f[side]["surface"] for f in report["findings"] if f["status"] == status]


def test_omitted_figures(report: dict) -> None:
    omitted = _surfaces(report, "omitted", "source")
    for surface in ("3.4%", "5%", "a third", "10 or 15 years", "Wednesday"):
        assert surface in omitted
    counts = [f["source"] for f in report["findings"] if f["status"] == "omitted" and f["kind"] == "count"]
    assert len(counts) == 1 and counts[0]["surface"].startswith("Twenty-three of the 32")
    assert counts[0]["value"] == 23 and counts[0]["total"] == 32


def test_added_figure(report: dict) -> None:
    added = [f["derived"] for f in report["findings"] if f["status"] == "added"]
    assert [a["surface"] for a in added] == ["60%"]
    assert "approx" in added[0]["qualifiers"]


def test_kept_figures_are_not_reported(report: dict) -> None:
    involved = [f[side]["surface"] for f in report["findings"] for side in ("source", "derived") if f[side]]
    assert "2%" not in involved
    assert "Thursday" not in involved
    assert not any("U.S" in s or "U.K" in s for s in involved)


def test_offsets_slice_the_text(report: dict) -> None:
    for side, path in (("source", SOURCE), ("derived", DERIVED)):
        text = path.read_text(encoding="utf-8")
        for fig in report[side]["figures"]:
            assert text[fig["start"] : fig["end"]] == fig["surface"]


def test_vague_replacement_is_named(report: dict) -> None:
    """The rewrite's "many NATO members still fall short" stands for the source's "a third still do not"
    (the seed's README), not for the 23 that met the guideline."""
    vagued = [
        (f["source"]["surface"], f["derived"]["surface"]) for f in report["findings"] if f["rule"] == "FC107"
    ]
    assert len(vagued) == 1
    source, derived = vagued[0]
    assert (source, derived) == ("a third", "many")
