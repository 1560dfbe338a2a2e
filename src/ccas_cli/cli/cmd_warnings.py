"""`ccas warnings [DOCUMENT]`: what the parsers noticed, one line each."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import DataOpt, ExcelOpt, FormatOpt
from .output import Format, console, emit_document, handles_errors, set_excel


@handles_errors
def warnings(
    document: Annotated[
        str | None, typer.Argument(metavar="[DOCUMENT]", help="A document id (default: every document).")
    ] = None,
    code: Annotated[
        str | None, typer.Option("--code", help="Only this warning code (e.g. override-conflict).")
    ] = None,
    data: DataOpt = None,
    format: FormatOpt = Format.table,
    excel: ExcelOpt = False,
) -> None:
    """List the parse warnings of the store: document, lines, code and message."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.warnings import COLUMNS, store_warnings

    rows = store_warnings(data_dir(data), document, code)
    if not emit_document(rows, format, COLUMNS):
        out = console()
        for row in rows:
            where = f":{row['lines']}" if row["lines"] else ""
            out.print(
                f"{row['document']}{where} [{row['code']}] {row['message']}", highlight=False, markup=False
            )
        typer.echo(f"{len(rows)} warning{'' if len(rows) == 1 else 's'}", err=True)
