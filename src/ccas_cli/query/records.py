"""Loading records from the store, and finding one by id."""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import process

from ..errors import CcasError, ExitCode
from .cache import load


class RecordNotFound(CcasError):
    exit_code = ExitCode.NO_MATCH


def all_records(directory: Path) -> list:
    """Every record of the store (read through the query cache: no YAML, no validation)."""
    return load(directory).records


def find_record(directory: Path, record_id: str):
    records = all_records(directory)
    for record in records:
        if record.id == record_id:
            return record
    # A bare slug is accepted when it names exactly one record across documents.
    by_slug = [r for r in records if r.id.split("/", 1)[-1] == record_id]
    if len(by_slug) == 1:
        return by_slug[0]
    close = process.extract(record_id, [r.id for r in records], limit=3, score_cutoff=70)
    hint = f"; did you mean: {', '.join(c[0] for c in close)}" if close else ""
    raise RecordNotFound(f"no record with id '{record_id}'{hint}")
