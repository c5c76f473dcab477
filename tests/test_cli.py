"""The command line as an editor, a CMS and a researcher use it: formats, exit codes, errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA

SOURCE = "Officials said 23 of the 32 members spent 2% of GDP on defence last year.\n"
SAME_REFORMATTED = (
    "Officials said twenty-three of the 32 members spent 2 percent of GDP on defence last year.\n"
)
CHANGED = "Officials said 23 of the 32 members spent 3% of GDP on defence last year.\n"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *map(str, args)], capture_output=True, text=True, check=False
    )


def test_no_difference_exits_zero(tmp_text) -> None:
    src, der = tmp_text("s.txt", SOURCE), tmp_text("d.txt", SAME_REFORMATTED)
    out = run("check", src, der, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["findings"] == []


def test_changed_figure_is_an_error_and_exits_one(tmp_text) -> None:
    src, der = tmp_text("s.txt", SOURCE), tmp_text("d.txt", CHANGED)
    out = run("check", src, der, "--format", "json")
    assert out.returncode == 1
    findings = json.loads(out.stdout)["findings"]
    assert [(f["status"], f["source"]["surface"], f["derived"]["surface"]) for f in findings] == [
        ("changed", "2%", "3%")
    ]


def test_fail_on_levels(tmp_text) -> None:
    src = tmp_text("s.txt", SOURCE)
    shorter = tmp_text("d.txt", "Officials said 23 of the 32 members met the goal last year.\n")  # omits 2%
    assert run("check", src, shorter).returncode == 0  # an omission is a warning, below the default "error"
    assert run("check", src, shorter, "--fail-on", "warning").returncode == 1
    assert run("check", src, tmp_text("c.txt", CHANGED), "--fail-on", "never").returncode == 0


def test_json_contract_and_determinism() -> None:
    args = ("check", DATA / "source.txt", DATA / "derived.txt", "--format", "json")
    first, second = run(*args), run(*args)
    assert first.stdout == second.stdout
    doc = json.loads(first.stdout)
    assert set(doc) == {"version", "source", "derived", "findings", "summary"}
    assert doc["version"] == 1
    assert set(doc["summary"]) == {"errors", "warnings", "infos", "matched"}
    text = (DATA / "source.txt").read_text(encoding="utf-8")
    for fig in doc["source"]["figures"]:
        assert {
            "kind",
            "value",
            "low",
            "high",
            "unit",
            "surface",
            "start",
            "end",
            "sentence",
            "qualifiers",
        } <= set(fig)
        assert text[fig["start"] : fig["end"]] == fig["surface"]
    keys = [
        ((f["source"] or {}).get("start", 1 << 62), (f["derived"] or {}).get("start", -1))
        for f in doc["findings"]
    ]
    assert keys == sorted(keys)
    severities = [f["severity"] for f in doc["findings"]]
    assert doc["summary"]["errors"] == severities.count("error") > 0


def test_csv_is_one_row_per_finding_and_pandas_readable() -> None:
    pd = pytest.importorskip("pandas")
    args = ("check", DATA / "source.txt", DATA / "derived.txt")
    as_json = json.loads(run(*args, "--format", "json").stdout)
    out = run(*args, "--format", "csv")
    frame = pd.read_csv(io.StringIO(out.stdout))
    assert len(frame) == len(as_json["findings"])
    for col in (
        "rule",
        "status",
        "severity",
        "kind",
        "source_surface",
        "source_value",
        "source_start",
        "derived_surface",
        "derived_value",
        "derived_start",
        "message",
    ):
        assert col in frame.columns
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["rule"] for r in rows] == [f["rule"] for f in as_json["findings"]]


def test_text_report_groups_by_severity() -> None:
    out = run("check", DATA / "source.txt", DATA / "derived.txt")
    assert out.returncode == 1
    assert out.stdout.index("ERRORS") < out.stdout.index("WARNINGS")
    assert "FC102" in out.stdout


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "not UTF-8")],
)
def test_bad_input_is_one_line_exit_two(
    tmp_text, tmp_path: Path, content: bytes | None, problem: str
) -> None:
    bad = tmp_path / "missing.txt" if content is None else tmp_text("bad.txt", content)
    good = tmp_text("good.txt", SOURCE)
    out = run("check", bad, good)
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in out.stderr


def test_bad_rules_file_names_the_line(tmp_text) -> None:
    rules = tmp_text(
        "rules.yaml",
        "version: 1\nrules:\n  - id: FC901\n    name: my-rule\n    status: omitted\n    sevrity: error\n"
        "    message: dropped {source.surface}\n",
    )
    out = run("check", tmp_text("s.txt", SOURCE), tmp_text("d.txt", SOURCE), "--rules", rules)
    assert out.returncode == 2
    assert f"{rules}: line 6:" in out.stderr and "did you mean 'severity'" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_custom_rules_change_severity(tmp_text) -> None:
    rules = tmp_text(
        "rules.yaml",
        "version: 1\nrules:\n  - id: FC901\n    name: omission-is-fatal\n    status: omitted\n"
        "    severity: error\n    message: 'dropped {source.surface}'\n",
    )
    src = tmp_text("s.txt", SOURCE)
    der = tmp_text("d.txt", "Officials said 23 of the 32 members met the goal last year.\n")
    out = run("check", src, der, "--rules", rules, "--format", "json")
    assert out.returncode == 1
    assert [(f["rule"], f["message"]) for f in json.loads(out.stdout)["findings"]] == [
        ("FC901", "dropped “2%”")
    ]


def test_rules_commands() -> None:
    listing = run("rules", "list")
    assert listing.returncode == 0 and "FC101" in listing.stdout and "FC106" in listing.stdout
    show = run("rules", "show", "FC104")
    assert show.returncode == 0 and "Bad:" in show.stdout and "Good:" in show.stdout
    assert run("rules", "show", "FC999").returncode == 2


def test_check_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom factcheck.cli import app\n"
        "try:\n    app(['check', 'data/source.txt', 'data/derived.txt', '--format', 'json'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('pandas', 'dask', 'quantulum3.parser', 'dateparser')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=DATA.parent, check=False
    )
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_units_of_the_table_need_no_quantulum3() -> None:
    # a unit word of the table joined on to another ("24-year-olds") or alone ("47.8 Celsius") is read from
    # the table: quantulum3 takes a second or more to import, which a pre-publish check would pay
    code = (
        "import sys, factcheck\n"
        "r = factcheck.check('Phoenix hit 118 degrees Fahrenheit (47.8 Celsius); 15-to-24-year-olds stayed',"
        " 'Phoenix hit 118F (48C), and 15- to 24-year-olds stayed in.')\n"
        "print([f.unit for f in r.source.figures])\n"
        "print('quantulum3.parser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    lines = out.stdout.strip().splitlines()
    assert lines[-1] == "False", out.stderr
    assert "degree Celsius" in lines[-2] and "year" in lines[-2]


def test_bundled_example_says_what_the_readme_says() -> None:
    """The README describes the example's findings: they must stay those (a change elsewhere once made its
    "40%" the change of two amounts of money)."""
    doc = json.loads(run("check", DATA / "source.txt", DATA / "derived.txt", "--format", "json").stdout)
    said = {
        (f["rule"], (f["source"] or {}).get("surface"), (f["derived"] or {}).get("surface"))
        for f in doc["findings"]
    }
    assert ("FC102", "4.6%", "6.4%") in said
    assert ("FC106", "Wednesday", "Tuesday") in said
    assert any(rule == "FC110" and source == "58.7%" for rule, source, _ in said)
    assert ("FC107", "41 of the port's 57", "Most") in said
    notes = [f["message"] for f in doc["findings"] if f["rule"] == "FC111"]
    assert any("31 hours to 19 hours" in note for note in notes)
