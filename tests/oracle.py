"""The in-memory queries: the oracle the SQLite query path (`ccas_cli.query.service`) is compared
with. They read records as plain models or views and apply each filter in Python, the obvious
way; the library answers the same questions in SQL. Both share the functions that decide a
record's values (`record_years`, `partners_of`, `key_of`, `stat_key`…)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ccas_cli.models import RecordBase
from ccas_cli.normalize.text import fold
from ccas_cli.query.filters import (
    RECORD_TYPES,
    Filters,
    directions_of,
    parse_years,
    partners_of,
    record_years,
    resolve_value,
    status_of,
)
from ccas_cli.query.service import answer
from ccas_cli.query.stats import StatRow, check_field, rows_from_counts, stat_key
from ccas_cli.query.totals import Item, Row, add, check_key, key_of, ordered
from ccas_cli.query.view import View


def all_records(directory: Path) -> list[View]:
    """Every record of the store, in store order (no YAML, no validation when the index is fresh)."""
    return answer(directory, lambda index: list(index.records()))


@dataclass
class Applied:
    """The records kept, and one note per value that was resolved rather than typed exactly."""

    records: list[RecordBase]
    notes: list[str] = field(default_factory=list)


def _values(records: list[RecordBase], getter) -> list[str]:
    found: dict[str, None] = {}  # first seen first, as the store lists them
    for record in records:
        for value in getter(record):
            if value:
                found.setdefault(value, None)
    return list(found)


def _reference_first(option: str, value: str, candidates: list[str]) -> tuple[str, str | None]:
    """As the index path resolves: the reference's alias, acronym or code first, then
    `resolve_value` over what the store holds."""
    from ccas_cli.query.filters import from_reference

    if value not in candidates:
        canonical = from_reference(option.lstrip("-"), value)
        if canonical is not None and canonical in candidates:
            return canonical, (f"{option} {value} → {canonical}" if canonical != value else None)
    return resolve_value(option, value, candidates)


def apply(records: list[RecordBase], filters: Filters) -> Applied:
    notes: list[str] = []
    kept = list(records)
    if filters.type:
        value, note = resolve_value("--type", filters.type, list(RECORD_TYPES))
        notes += [note] if note else []
        kept = [r for r in kept if r.type == value]
    if filters.document:
        value, note = resolve_value("--document", filters.document, _values(records, lambda r: [r.document]))
        notes += [note] if note else []
        kept = [r for r in kept if r.document == value]
    if filters.theme:
        from ccas_cli.normalize.themes import resolve_theme

        theme, note = resolve_theme(filters.theme)
        notes += [note] if note else []
        kept = [r for r in kept if theme.slug in r.themes]
    if filters.departement:
        from ccas_cli.reference import departements

        names = [d.name for d in departements().entries]
        value, note = _reference_first("--departement", filters.departement, names)
        notes += [note] if note else []
        kept = [r for r in kept if getattr(r, "departement", None) == value]
    if filters.chapter is not None:
        kept = [r for r in kept if getattr(r, "chapter", None) == filters.chapter]
    if filters.year:
        low, high = parse_years(filters.year)
        kept = [r for r in kept if any(low <= y <= high for y in record_years(r))]
    if filters.partner:
        value, note = _reference_first("--partner", filters.partner, _values(records, partners_of))
        notes += [note] if note else []
        kept = [r for r in kept if value in partners_of(r)]
    if filters.funder:
        value, note = _reference_first(
            "--funder", filters.funder, _values(records, lambda r: getattr(r, "funders", []))
        )
        notes += [note] if note else []
        kept = [r for r in kept if value in getattr(r, "funders", [])]
    if filters.direction:
        value, note = _reference_first("--direction", filters.direction, _values(records, directions_of))
        notes += [note] if note else []
        kept = [r for r in kept if value in directions_of(r)]
    if filters.status:
        # Statuses are free text ("Réalisé. 6 SAAF déployés"): a word of it is enough.
        def status(r: RecordBase) -> str:
            return fold(status_of(r) or "")

        key = fold(filters.status)
        if not any(key in status(r) for r in kept):
            statuses = _values(records, lambda r: [status_of(r)])
            value, note = resolve_value("--status", filters.status, statuses)
            notes += [note] if note else []
            key = fold(value)
        kept = [r for r in kept if key and key in status(r)]
    return Applied(kept, notes)


def totals(records: list[RecordBase], by: str, explain: bool = False) -> list[Row]:
    """Rows sorted by total, largest first, a key whose lines are all uncounted a 0 € row (the
    same rows with or without `explain`, which adds every line, counted or not)."""
    check_key(by)
    rows: dict[str, Row] = {}
    for record in records:
        for line in record.budget_lines:
            item = None
            if explain:
                item = Item(
                    record=record.id,
                    raw=line.raw,
                    amount_eur=line.amount_eur,
                    counted=line.counted,
                    reason=line.reason,
                    source=line.source.model_dump(mode="json"),
                    kind=line.kind,
                )
            add(rows, key_of(record, line, by), record.id, line.amount_eur, line.counted, item)
    return ordered(rows)


def stats(records: list[RecordBase], by: str) -> list[StatRow]:
    """Rows sorted by count, then key; records whose field is empty count under MISSING."""
    check_field(by)
    return rows_from_counts(Counter(k for r in records if (k := stat_key(r, by)) is not None), by)
