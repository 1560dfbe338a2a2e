"""Counts of records grouped by one field."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import UsageError
from .cache import has_field

if TYPE_CHECKING:
    from ..models import RecordBase

STAT_FIELDS = ("departement", "chapter", "theme_label", "year", "kind", "type", "document", "status")
MISSING = "(non renseigné)"


@dataclass(frozen=True)
class StatRow:
    key: str
    count: int


def stats(records: list[RecordBase], by: str) -> list[StatRow]:
    """Rows sorted by count, then key; records whose field is empty count under MISSING.

    Only records of types that have the field take part: `--by chapter` counts initiatives.
    """
    if by not in STAT_FIELDS:
        raise UsageError(f"cannot group by '{by}' (choose one of: {', '.join(STAT_FIELDS)})")
    counts: Counter[str] = Counter()
    for record in records:
        if not has_field(record, by):
            continue  # the field does not exist for this type of record (actions have no chapter)
        value = getattr(record, by, None)
        if by == "chapter" and value is not None:
            title = getattr(record, "chapter_title", None)
            value = f"{value} {title}" if title else str(value)
        counts[MISSING if value in (None, "") else str(value)] += 1
    rows = [StatRow(key, count) for key, count in counts.items()]
    if by in ("chapter", "year"):
        return sorted(rows, key=lambda r: (r.key == MISSING, _numeric_key(r.key)))
    return sorted(rows, key=lambda r: (-r.count, r.key))


def _numeric_key(key: str) -> tuple[int, str]:
    head = key.split(" ", 1)[0]
    return (int(head), key) if head.isdigit() else (10**9, key)
