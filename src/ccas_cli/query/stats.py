"""Counts of records grouped by one field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import UsageError
from .view import has_field

if TYPE_CHECKING:
    from .view import RecordLike

STAT_FIELDS = ("departement", "chapter", "theme_label", "year", "kind", "type", "document", "status")
# Fields a record may hold several values of: it counts once under each.
MULTI_FIELDS = ("theme", "direction", "funder", "partner")
MULTI_NOTE = "a record counts once under each of its {by}s: the counts may add up to more than the records"
MISSING = "(non renseigné)"


@dataclass(frozen=True)
class StatRow:
    key: str
    count: int


def check_field(by: str) -> None:
    if by not in STAT_FIELDS + MULTI_FIELDS:
        raise UsageError(f"cannot group by '{by}' (choose one of: {', '.join(STAT_FIELDS + MULTI_FIELDS)})")


def stat_key(record: RecordLike, by: str) -> str | None:
    """The group a record counts under; None when its type has no such field (actions have no
    chapter), so that it takes no part in the count."""
    if not has_field(record, by):
        return None
    value = getattr(record, by, None)
    if by == "chapter" and value is not None:
        title = getattr(record, "chapter_title", None)
        value = f"{value} {title}" if title else str(value)
    return MISSING if value in (None, "") else str(value)


def rows_from_counts(counts: Iterable[tuple[str, int]] | Counter[str], by: str) -> list[StatRow]:
    items = counts.items() if isinstance(counts, Counter) else counts
    rows = [StatRow(key, count) for key, count in items]
    if by in ("chapter", "year"):
        return sorted(rows, key=lambda r: (r.key == MISSING, _numeric_key(r.key)))
    return sorted(rows, key=lambda r: (-r.count, r.key))


def _numeric_key(key: str) -> tuple[int, str]:
    head = key.split(" ", 1)[0]
    return (int(head), key) if head.isdigit() else (10**9, key)
