"""`ccas warnings [DOCUMENT]`: what the parsers noticed, one line each."""

from __future__ import annotations

from pathlib import Path

from .output import Format, console, emit_document, handles_errors, say, set_excel


@handles_errors
def warnings(document: str | None, code: str | None, data: Path | None, format: Format, excel: bool) -> None:
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
        say(f"{len(rows)} warning{'' if len(rows) == 1 else 's'}")
