"""Loading records from the store, and finding one by id (through the query index)."""

from __future__ import annotations

from pathlib import Path

from ..errors import CcasError, ExitCode
from .index import Index
from .service import answer
from .view import View


class RecordNotFound(CcasError):
    exit_code = ExitCode.NO_MATCH


def find_record(directory: Path, record_id: str) -> View:
    return answer(directory, lambda index: _find(index, record_id))


def _find(index: Index, record_id: str) -> View:
    rows = index.rowids("r.id = ?", (record_id,))
    if rows:
        return index.by_rowid(rows)[rows[0]]
    # A bare slug is accepted when it names exactly one record across documents.
    rows = index.rowids("substr(r.id, instr(r.id, '/') + 1) = ?", (record_id,))
    if len(rows) == 1:
        return index.by_rowid(rows)[rows[0]]
    from rapidfuzz import process

    ids = [i for (i,) in index.conn.execute("SELECT id FROM records")]
    close = process.extract(record_id, ids, limit=3, score_cutoff=70)
    hint = f"; did you mean: {', '.join(c[0] for c in close)}" if close else ""
    raise RecordNotFound(f"no record with id '{record_id}'{hint}")
