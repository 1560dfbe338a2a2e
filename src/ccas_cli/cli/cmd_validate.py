"""`ccas validate [DIR]`: check the structured data; exit 3 when it cannot be trusted."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .options import ExcelOpt, FormatOpt
from .output import Format, console, emit_csv, emit_json, emit_ndjson, emit_yaml, handles_errors, set_excel


@handles_errors
def validate(
    directory: Annotated[
        Path | None, typer.Argument(metavar="[DIR]", help="Structured folder (default: --data rules).")
    ] = None,
    raw: Annotated[
        Path, typer.Option("--raw", help="Folder of the raw sources, to check their sha256.")
    ] = Path("data/raw"),
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings (unresolved names) too.")
    ] = False,
    format: FormatOpt = Format.table,
    excel: ExcelOpt = False,
) -> None:
    """Check every file: schema, duplicate ids, budget totals, sources, unresolved partners."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..validate import validate as run

    report = run(data_dir(directory), raw if raw.exists() else None)
    payload: dict[str, Any] = {
        "valid": report.valid(strict),
        "files": report.files,
        "records": report.records,
        "issues": [issue.__dict__ for issue in report.issues],
    }
    if format is Format.json:
        emit_json(payload)
    elif format is Format.ndjson:
        emit_ndjson(payload["issues"])
    elif format in (Format.csv, Format.markdown):
        emit_csv(payload["issues"], ["severity", "code", "file", "record", "message"])
    elif format is Format.yaml:
        emit_yaml(payload)
    else:
        _table(report)
    summary = (
        f"{report.files} files, {report.records} records: {len(report.errors)} errors, "
        f"{len(report.warnings)} warnings"
    )
    typer.echo(summary, err=True)
    if not report.valid(strict):
        raise typer.Exit(3)


def _table(report) -> None:
    from rich.table import Table

    if not report.issues:
        return
    table = Table(title="ccas validate")
    for column in ("severity", "code", "record", "message"):
        table.add_column(column, overflow="fold")
    for issue in report.issues:
        table.add_row(issue.severity, issue.code, issue.record or issue.file, issue.message)
    console().print(table)
