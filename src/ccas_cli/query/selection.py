"""The common filters, as a condition on the query index's records.

Same rules as `filters.apply` (which works on a list of records): values are resolved against
what the store holds with `filters.resolve_value`, and each resolved value gives a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..normalize.text import fold
from .filters import RECORD_TYPES, Filters, parse_years, resolve_value
from .index import Index


@dataclass
class Selection:
    """A SQL condition over `records r`, its parameters, and the notes of resolved values."""

    conditions: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return " AND ".join(self.conditions)

    def add(self, condition: str, *params) -> None:
        self.conditions.append(condition)
        self.params.extend(params)


def _values_in(kind: str) -> str:
    return f"r.rowid IN (SELECT record FROM record_values WHERE kind = '{kind}' AND value = ?)"


def _distinct(index: Index, sql: str) -> list[str]:
    return [v for (v,) in index.conn.execute(sql) if v]


def _resolve(selection: Selection, option: str, value: str, candidates: list[str]) -> str:
    resolved, note = resolve_value(option, value, candidates)
    if note:
        selection.notes.append(note)
    return resolved


def select(index: Index, filters: Filters) -> Selection:
    selection = Selection()
    if filters.type:
        selection.add("r.type = ?", _resolve(selection, "--type", filters.type, list(RECORD_TYPES)))
    if filters.document:
        documents = _distinct(index, "SELECT DISTINCT document FROM records ORDER BY document")
        selection.add("r.document = ?", _resolve(selection, "--document", filters.document, documents))
    if filters.theme:
        from ..normalize.themes import resolve_theme

        theme, note = resolve_theme(filters.theme)
        selection.notes += [note] if note else []
        selection.add(_values_in("theme"), theme.slug)
    if filters.departement:
        from ..reference import departements

        names = [d.name for d in departements().entries]
        selection.add("r.departement = ?", _resolve(selection, "--departement", filters.departement, names))
    if filters.chapter is not None:
        selection.add("r.chapter = ?", filters.chapter)
    if filters.year:
        low, high = parse_years(filters.year)
        selection.add("r.rowid IN (SELECT record FROM record_years WHERE year BETWEEN ? AND ?)", low, high)
    for kind, value in (("partner", filters.partner), ("direction", filters.direction)):
        if value:
            candidates = _distinct(index, f"SELECT DISTINCT value FROM record_values WHERE kind = '{kind}'")
            selection.add(_values_in(kind), _resolve(selection, f"--{kind}", value, candidates))
    if filters.status:
        # Statuses are free text ("Réalisé. 6 SAAF déployés"): a word of it is enough.
        key = fold(filters.status)
        probe = " AND ".join([*selection.conditions, "instr(r.status_folded, ?) > 0"])
        found = index.conn.execute(
            f"SELECT 1 FROM records r WHERE {probe} LIMIT 1", [*selection.params, key]
        ).fetchone()
        if not found:
            statuses = _distinct(index, "SELECT DISTINCT status FROM records WHERE status IS NOT NULL")
            key = fold(_resolve(selection, "--status", filters.status, statuses))
        selection.add(
            "r.status_folded <> '' AND instr(r.status_folded, ?) > 0" if key else "0", *([key] if key else [])
        )
    return selection
