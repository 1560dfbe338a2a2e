"""Loading records from the store, and finding one by id (through the query index)."""

from __future__ import annotations

from pathlib import Path

from ..errors import CcasError, ExitCode
from .index import Index
from .service import answer
from .view import View


class RecordNotFound(CcasError):
    exit_code = ExitCode.NO_MATCH


def all_records(directory: Path) -> list[View]:
    """Every record of the store, in store order (no YAML, no validation when the index is fresh)."""
    return answer(directory, lambda index: list(index.records()))


def find_record(directory: Path, record_id: str) -> View:
    return answer(directory, lambda index: _find(index, record_id))


def _find(index: Index, record_id: str) -> View:
    row = index.conn.execute("SELECT json FROM records WHERE id = ?", (record_id,)).fetchone()
    if row:
        return index.view(row[0])
    # A bare slug is accepted when it names exactly one record across documents.
    rows = index.conn.execute(
        "SELECT json FROM records WHERE substr(id, instr(id, '/') + 1) = ? LIMIT 2", (record_id,)
    ).fetchall()
    if len(rows) == 1:
        return index.view(rows[0][0])
    from rapidfuzz import process

    ids = [i for (i,) in index.conn.execute("SELECT id FROM records")]
    close = process.extract(record_id, ids, limit=3, score_cutoff=70)
    hint = f"; did you mean: {', '.join(c[0] for c in close)}" if close else ""
    raise RecordNotFound(f"no record with id '{record_id}'{hint}")
