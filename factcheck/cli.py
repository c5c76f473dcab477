"""The command line: `factcheck check`, `factcheck rules …`.

Exit codes are a contract a CMS or CI can gate on: 0 no finding at or above --fail-on, 1 such findings,
2 usage or input error (one line on stderr naming the file and the problem, never a traceback).
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.errors import FactcheckError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Which figures did a rewritten article lose, change or invent?",
)
rules_app = typer.Typer(no_args_is_help=True, help="List, show and validate rules.")
app.add_typer(rules_app, name="rules")


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _fail(message: str) -> typer.Exit:
    print(f"factcheck: error: {message}", file=sys.stderr)
    return typer.Exit(EXIT_INPUT)


@app.command()
def check(
    source: Annotated[str, typer.Argument(help="The original text (UTF-8 plain text or Markdown).")],
    derived: Annotated[str, typer.Argument(help="The rewrite, summary or revision to check against it.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    rules: Annotated[Path | None, typer.Option(help="Rules file (default: the bundled rule set).")] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Lowest severity that makes the exit code 1.")
    ] = FailOn.error,
    source_date: Annotated[str | None, typer.Option(help="Publication date of SOURCE, YYYY-MM-DD.")] = None,
    derived_date: Annotated[str | None, typer.Option(help="Publication date of DERIVED, YYYY-MM-DD.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")] = None,
) -> None:
    """Compare SOURCE with DERIVED and report omitted, changed and added figures."""
    from factcheck.model import Severity
    from factcheck.pipeline import check_files
    from factcheck.report.base import reporter

    try:
        report = check_files(source, derived, source_date, derived_date, rules)
    except FactcheckError as exc:
        raise _fail(str(exc)) from None
    text = reporter(format.value)(report)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(text)
    if fail_on is FailOn.never:
        raise typer.Exit(EXIT_OK)
    threshold = Severity(fail_on.value).rank
    worst = report.worst()
    raise typer.Exit(EXIT_FINDINGS if worst is not None and worst.rank >= threshold else EXIT_OK)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command("audit")
def audit_command(
    manifest: Annotated[
        str, typer.Argument(help="A folder of <id>/source.txt + derived.txt, or a .csv/.jsonl manifest.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for pairs.csv, findings.csv, figures.csv.")
    ],
    jobs: Annotated[int, typer.Option(help="Processes to run pairs in (0: all cores).")] = 0,
    resume: Annotated[
        bool, typer.Option(help="Continue a run that was interrupted; finished pairs are kept.")
    ] = False,
    rules: Annotated[Path | None, typer.Option(help="Rules file (default: the bundled rule set).")] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Lowest severity in the whole batch that makes the exit code 1.")
    ] = FailOn.error,
    engine: Annotated[
        Engine, typer.Option(help="Where pairs run: this machine's processes, or a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")
    ] = None,
    parquet: Annotated[bool, typer.Option(help="Also write the tables as Parquet (needs pyarrow).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Check every pair of a folder or manifest and write tidy tables; bad pairs become error rows."""
    import os

    from factcheck.batch import audit

    rules_path = str(rules) if rules else None
    if rules_path:
        _ruleset(rules)  # a bad rules file is one error for the batch, not one per pair
    try:
        result = audit(
            manifest, out, jobs=jobs or os.cpu_count() or 1, resume=resume, rules=rules_path,
            progress=not quiet, engine=engine.value, scheduler=scheduler, parquet=parquet,
        )  # fmt: skip
    except FactcheckError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{out}: cannot write ({exc.strerror or exc})") from None
    if not quiet:
        counts = f"{result.pair_count} pairs, {result.error_count} errors; {result.finding_count} findings"
        print(f"{counts} -> {out}")
        for rule, n in sorted(result.rule_counts.items()):
            print(f"  {rule}: {n}")
    severities = result.severities()
    if fail_on is FailOn.never:
        raise typer.Exit(EXIT_OK)
    from factcheck.model import Severity

    threshold = Severity(fail_on.value).rank
    worst = max((Severity(s).rank for s in severities), default=0)
    raise typer.Exit(EXIT_FINDINGS if worst >= threshold else EXIT_OK)


def _ruleset(path: Path | None):  # type: ignore[no-untyped-def]
    from factcheck.rules import load_default, load_rules

    try:
        return load_rules(path) if path else load_default()
    except FactcheckError as exc:
        raise _fail(str(exc)) from None


@rules_app.command("list")
def rules_list(
    rules: Annotated[Path | None, typer.Option(help="Rules file (default: the bundled rule set).")] = None,
) -> None:
    """One line per rule: id, severity, kind, name."""
    for r in _ruleset(rules).rules:
        state = "" if r.enabled else "  (disabled)"
        print(f"{r.id}  {r.severity.value:<7}  {r.kind:<14}  {r.name}{state}")


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="Rule id, e.g. FC104.")],
    rules: Annotated[Path | None, typer.Option(help="Rules file (default: the bundled rule set).")] = None,
) -> None:
    """A rule's conditions, message and documentation with its bad/good example."""
    for r in _ruleset(rules).rules:
        if r.id == rule_id.upper():
            print(f"{r.id} {r.name} ({r.severity.value})")
            print(f"  kind: {r.kind} (applies to {r.status.value} figures)")
            if r.kind == "rounded":
                print(f"  hedge: {r.hedge}, slack: {r.slack}, max_relative: {r.max_relative}")
            if r.kinds:
                print(f"  kinds: {', '.join(k.value for k in r.kinds)}")
            if r.source_qualifiers or r.derived_qualifiers:
                print(
                    f"  qualifiers: source {list(r.source_qualifiers)} derived {list(r.derived_qualifiers)}"
                )
            if r.tolerance:
                print(f"  tolerance: relative {r.tolerance.relative}, absolute {r.tolerance.absolute}")
            print(f"  message: {r.message}")
            print()
            print(r.doc.rstrip())
            return
    raise _fail(f"no rule {rule_id!r}; see `factcheck rules list`")


@rules_app.command("validate")
def rules_validate(path: Annotated[Path, typer.Argument(help="Rules file to check.")]) -> None:
    """Check a rules file; exit 0 if it is valid, 2 with the line of the first problem if not."""
    spec = _ruleset(path)
    print(f"{path}: ok, {len(spec.rules)} rules")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
