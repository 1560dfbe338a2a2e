"""`ccas stats --by FIELD`: record counts."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import DataOpt, FormatOpt
from .output import Format, console, emit_csv, emit_json, emit_ndjson, emit_yaml, handles_errors


@handles_errors
def stats(
    by: Annotated[
        str,
        typer.Option(
            "--by", help="departement | chapter | theme_label | year | kind | type | document | status"
        ),
    ] = "type",
    data: DataOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """Count records by one field."""
    from ..paths import data_dir
    from ..query.records import all_records
    from ..query.stats import stats as compute

    rows = compute(all_records(data_dir(data)), by)
    payload = [{"key": r.key, "count": r.count} for r in rows]
    if format is Format.json:
        emit_json(payload)
        return
    if format is Format.ndjson:
        emit_ndjson(payload)
        return
    if format is Format.csv:
        emit_csv(payload, ["key", "count"])
        return
    if format is Format.yaml:
        emit_yaml(payload)
        return
    from rich.table import Table

    table = Table(title=f"records by {by}")
    table.add_column(by)
    table.add_column("count", justify="right")
    for row in rows:
        table.add_row(row.key, str(row.count))
    table.add_section()
    table.add_row("total", str(sum(r.count for r in rows)))
    console().print(table)
