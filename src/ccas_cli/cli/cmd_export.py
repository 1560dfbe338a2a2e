"""`ccas export --sqlite FILE [filters]`: the store as a database for Datasette or any SQL tool."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .options import DataOpt, takes_filters
from .output import handles_errors, notes

if TYPE_CHECKING:
    from ..query.filters import Filters


@handles_errors
@takes_filters
def export(
    sqlite: Annotated[
        Path,
        typer.Option(
            "--sqlite", help="The database to write (replaced whole); FILE.metadata.json beside it."
        ),
    ],
    data: DataOpt = None,
    *,
    filters: Filters,
) -> None:
    """Write the records matching the filters, their documents and budget lines to SQLite, with a
    full-text index and Datasette metadata (`datasette FILE -m FILE.metadata.json`)."""
    from ..paths import data_dir
    from ..query.export import export_sqlite

    counts = export_sqlite(data_dir(data), sqlite, filters)
    notes(
        [
            f"{sqlite}: {counts['records']} records, {counts['documents']} documents, {counts['budget_lines']} budget lines"
        ]
    )
