"""Batch audits: error rows instead of crashes, the same tables whatever the jobs, resumable after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.batch import audit

TEMPLATE_S = (
    "date 2026-03-{d:02d}\n\nThe port said on Thursday that traffic rose {p}% to {t} million tonnes, "
    "with {a} of its {b} berths in use.\n"
)
TEMPLATE_D = "Traffic rose {p2}% to {t} million tonnes, the port said on Thursday. Most berths are in use.\n"


def make_pairs(folder: Path, n: int) -> Path:
    for i in range(n):
        pair = folder / f"pair{i:04d}"
        pair.mkdir(parents=True)
        values = {"d": 1 + i % 28, "p": 1 + i % 9 + 0.5, "t": 10 + i % 30, "a": 5 + i % 20, "b": 40}
        (pair / "source.txt").write_text(TEMPLATE_S.format(**values), encoding="utf-8")
        p2 = values["p"] if i % 3 else values["p"] + 1
        (pair / "derived.txt").write_text(TEMPLATE_D.format(p2=p2, **values), encoding="utf-8")
    return folder


def tables(out: Path) -> dict[str, str]:
    return {
        name: (out / name).read_text(encoding="utf-8")
        for name in ("pairs.csv", "findings.csv", "figures.csv")
    }


def test_bad_pairs_become_error_rows(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 3)
    (pairs / "empty").mkdir()
    (pairs / "empty" / "source.txt").write_text("", encoding="utf-8")
    (pairs / "empty" / "derived.txt").write_text("Sales rose 3%.", encoding="utf-8")
    (pairs / "binary").mkdir()
    (pairs / "binary" / "source.txt").write_bytes(b"\x89PNG\x00\x00")
    (pairs / "binary" / "derived.txt").write_text("Sales rose 3%.", encoding="utf-8")
    (pairs / "missing").mkdir()
    (pairs / "missing" / "source.txt").write_text("Sales rose 3%.", encoding="utf-8")
    (pairs / "latin1").mkdir()
    (pairs / "latin1" / "source.txt").write_bytes("Caf\xe9 sales rose 3%.".encode("latin-1"))
    (pairs / "latin1" / "derived.txt").write_text("Sales rose 3%.", encoding="utf-8")
    result = audit(pairs, tmp_path / "out")
    status = {r["id"]: (r["status"], r["error"]) for r in result.pair_rows}
    assert len(status) == 7
    assert status["empty"][0] == "error" and "is empty" in status["empty"][1]
    assert status["binary"][0] == "error" and "binary" in status["binary"][1]
    assert status["missing"][0] == "error" and "no such file" in status["missing"][1]
    assert status["latin1"][0] == "error" and "not UTF-8" in status["latin1"][1]
    assert all(status[f"pair{i:04d}"][0] == "ok" for i in range(3))
    frame = result.pairs
    assert list(frame["id"]) == sorted(status)  # folder order, nothing dropped


def test_same_tables_whatever_the_jobs(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 24)
    audit(pairs, tmp_path / "one", jobs=1)
    audit(pairs, tmp_path / "two", jobs=2)
    assert tables(tmp_path / "one") == tables(tmp_path / "two")
    findings = tables(tmp_path / "one")["findings.csv"]
    assert "FC102" in findings and "FC107" in findings  # changed percentages, counts made vague


def test_resume_after_a_torn_journal(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 12)
    audit(pairs, tmp_path / "full")
    out = tmp_path / "cut"
    audit(pairs, out)
    lines = (out / "journal.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (out / "journal.jsonl").write_text("".join(lines[:5]) + lines[5][: len(lines[5]) // 2], encoding="utf-8")
    for name in ("pairs.csv", "findings.csv", "figures.csv"):
        (out / name).unlink()
    result = audit(pairs, out, resume=True)
    assert len(result.pair_rows) == 12
    assert tables(out) == tables(tmp_path / "full")
    ids = [json.loads(x)["id"] for x in (out / "journal.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 12  # none lost, none twice


def test_resume_after_sigkill(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 400)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "factcheck.cli", "audit", str(pairs), "--out", str(out), "--jobs", "1", "-q",
           "--fail-on", "never"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = out / "journal.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = journal.read_bytes().count(b"\n")
    if done_before >= 400:
        pytest.skip("the run finished before it could be killed")
    assert not (out / "pairs.csv").exists()
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    full = tmp_path / "full"
    subprocess.run([*cmd[:6], str(full), *cmd[7:]], check=True)
    assert tables(out) == tables(full)


def test_csv_and_jsonl_manifests(tmp_path: Path) -> None:
    make_pairs(tmp_path / "pairs", 2)
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(
        "id,source,derived,source_date\n"
        "a,pairs/pair0000/source.txt,pairs/pair0000/derived.txt,2026-03-05\n"
        "b,pairs/nothing.txt,pairs/pair0001/derived.txt,\n",
        encoding="utf-8",
    )
    result = audit(manifest)
    assert [(r["id"], r["status"], r["source_date"]) for r in result.pair_rows] == [
        ("a", "ok", "2026-03-05"),
        ("b", "error", ""),
    ]
    inline = tmp_path / "pairs.jsonl"
    inline.write_text(
        json.dumps({"id": "x", "source_text": "Sales rose 3.4% on Monday.", "derived_text": "Sales rose 4%."})
        + "\n{not json\n",
        encoding="utf-8",
    )
    result = audit(inline)
    assert [r["status"] for r in result.pair_rows] == ["ok", "error"]
    assert result.findings["rule"].tolist() == ["FC102", "FC101"]


def test_audit_cli(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 4)
    cli = [sys.executable, "-m", "factcheck.cli", "audit"]
    run = subprocess.run(
        [*cli, str(pairs), "--out", str(tmp_path / "out"), "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1  # changed percentages are errors
    assert "4 pairs, 0 errors" in run.stdout
    missing = subprocess.run(
        [*cli, str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2 and "no such manifest" in missing.stderr


def test_dask_engine_gives_the_same_tables(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    pairs = make_pairs(tmp_path / "pairs", 16)
    audit(pairs, tmp_path / "local", jobs=1)
    audit(pairs, tmp_path / "dask", jobs=2, engine="dask")
    assert tables(tmp_path / "local") == tables(tmp_path / "dask")


def test_parquet_tables_match_the_csv(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pairs = make_pairs(tmp_path / "pairs", 3)
    audit(pairs, tmp_path / "out", parquet=True)
    for name in ("pairs", "findings", "figures"):
        from_parquet = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert len(from_parquet) == len(pd.read_csv(tmp_path / "out" / f"{name}.csv"))


def test_written_batch_reads_its_tables_back_and_matches_the_in_memory_one(tmp_path: Path) -> None:
    pairs = make_pairs(tmp_path / "pairs", 6)
    on_disk = audit(pairs, tmp_path / "out")
    in_memory = audit(pairs)
    assert on_disk.directory == tmp_path / "out"
    assert on_disk.rule_counts == in_memory.rule_counts and on_disk.finding_count > 0
    assert on_disk.severity_counts == in_memory.severity_counts
    assert len(on_disk.findings) == on_disk.finding_count == len(in_memory.findings)
    assert on_disk.figures.equals(in_memory.figures)
    assert list(on_disk.pairs["id"]) == [r["id"] for r in in_memory.pair_rows]
