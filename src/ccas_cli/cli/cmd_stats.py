"""`ccas stats --by FIELD`: record counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .output import (
    Format,
    console,
    emit_document,
    handles_errors,
    notes,
    nothing_matched,
    set_excel,
)

if TYPE_CHECKING:
    from ..query.filters import Filters


@handles_errors
def stats(
    by: str,
    sort: str | None,
    data: Path | None,
    format: Format,
    excel: bool,
    filters: Filters,
) -> None:
    """Count records by one field (of the records matching the filters)."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.service import run_stats

    rows, resolved = run_stats(data_dir(data), by, filters)
    notes(resolved)
    if sort:
        if sort.lstrip("-") not in ("key", "count"):
            from ..errors import UsageError

            raise UsageError(f"--sort: '{sort}' is not one of key, count, -key, -count")
        from ..normalize.text import fold

        field = sort.lstrip("-")
        rows = sorted(
            rows,
            key=lambda r: r.count if field == "count" else fold(str(r.key)),
            reverse=sort.startswith("-"),
        )
    payload = [{"key": r.key, "count": r.count} for r in rows]
    if not emit_document(payload, format, ["key", "count"]) and rows:
        _table(rows, by)
    if not rows:
        nothing_matched()


def _table(rows, by: str) -> None:
    from rich.table import Table

    from .output import share_bar

    table = Table(title=f"records by {by}")
    table.add_column(by)
    table.add_column("count", justify="right")
    table.add_column("share")
    whole = sum(r.count for r in rows)
    for row in rows:
        table.add_row(row.key, str(row.count), share_bar(row.count, whole))
    from ..query.stats import MULTI_FIELDS

    if by not in MULTI_FIELDS:  # several values a record: no total of records to show
        table.add_section()
        table.add_row("total", str(whole), "")
    console().print(table)
