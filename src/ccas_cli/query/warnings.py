"""The parse warnings of the store, one row each: read, not only counted in the ingest summary."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..store import iter_files, load_file

COLUMNS = ["document", "code", "lines", "message"]


def store_warnings(directory: Path, document: str | None = None, code: str | None = None) -> list[dict]:
    """Rows {document, code, lines, message} in document order; `document` and `code` filter
    (a document the store does not hold is a usage error naming those it holds)."""
    rows: list[dict] = []
    held: list[str] = []
    for path in iter_files(directory):
        store_file = load_file(path)
        held.append(store_file.document.id)
        if document is not None and store_file.document.id != document:
            continue
        for warning in store_file.document.warnings:
            if code is not None and warning.code != code:
                continue
            lines = None
            if warning.lines:
                first, last = warning.lines
                lines = str(first) if first == last else f"{first}-{last}"
            rows.append(
                {
                    "document": store_file.document.id,
                    "code": warning.code,
                    "lines": lines,
                    "message": warning.message,
                }
            )
    if document is not None and document not in held:
        raise UsageError(f"no document '{document}' in the store (documents: {', '.join(held) or 'none'})")
    return rows
