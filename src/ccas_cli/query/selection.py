"""The common filters, as a condition on the query index's records.

Values are resolved against what the store holds with `filters.resolve_value` (a value the
store does not hold is a usage error naming what it holds), and each resolved value gives a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UsageError
from ..normalize.text import fold
from .filters import RECORD_TYPES, Filters, from_reference, parse_years, resolve_value
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


_CHAPTERS = "SELECT DISTINCT chapter FROM records WHERE chapter IS NOT NULL ORDER BY chapter"
_STORE_ORDER = "min(f.name || char(1) || printf('%010d', r.pos)"


def _in_store_order(index: Index, column: str, where: str = "", joined: str = "") -> list[str]:
    """Distinct values in the order the store first shows them (when two values fold alike,
    the first one wins)."""
    sql = (
        f"SELECT {column} FROM records r JOIN files f ON f.id = r.file {joined} "
        f"WHERE {column} IS NOT NULL {where} GROUP BY {column} ORDER BY {_STORE_ORDER}"
        + (" || char(1) || printf('%012d', v.rowid))" if joined else ")")
    )
    return [v for (v,) in index.conn.execute(sql) if v]


def _known(index: Index, kind: str, value: str) -> bool:
    sql = "SELECT 1 FROM record_values WHERE kind = ? AND value = ? LIMIT 1"
    return index.conn.execute(sql, (kind, value)).fetchone() is not None


def _resolve(selection: Selection, option: str, value: str, candidates: list[str]) -> str:
    """Exact canonical value, then the reference's alias, acronym or code, then folded and
    fuzzy forms of what the store holds (`filters.resolve_value`)."""
    if value not in candidates:
        canonical = from_reference(option.lstrip("-"), value)
        if canonical is not None and canonical in candidates:
            if canonical != value:
                selection.notes.append(f"{option} {value} → {canonical}")
            return canonical
    resolved, note = resolve_value(option, value, candidates)
    if note:
        selection.notes.append(note)
    return resolved


def select(index: Index, filters: Filters) -> Selection:
    selection = Selection()
    if filters.type:
        selection.add("r.type = ?", _resolve(selection, "--type", filters.type, list(RECORD_TYPES)))
    if filters.document:
        documents = _in_store_order(index, "r.document")
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
        chapters = [c for (c,) in index.conn.execute(_CHAPTERS)]
        if filters.chapter not in chapters:
            held = ", ".join(map(str, chapters)) or "none"
            raise UsageError(f"--chapter {filters.chapter}: no such chapter in the store (chapters: {held})")
        selection.add("r.chapter = ?", filters.chapter)
    if filters.year:
        low, high = parse_years(filters.year)
        selection.add("r.rowid IN (SELECT record FROM record_years WHERE year BETWEEN ? AND ?)", low, high)
    for kind, value in (
        ("partner", filters.partner),
        ("funder", filters.funder),
        ("direction", filters.direction),
    ):
        if value:
            if _known(index, kind, value):
                selection.add(_values_in(kind), value)
                continue
            candidates = _in_store_order(
                index, "v.value", f"AND v.kind = '{kind}'", "JOIN record_values v ON v.record = r.rowid"
            )
            selection.add(_values_in(kind), _resolve(selection, f"--{kind}", value, candidates))
    if filters.status:
        # Statuses are free text ("Réalisé. 6 SAAF déployés"): a word of it is enough.
        key = fold(filters.status)
        probe = " AND ".join([*selection.conditions, "instr(r.status_folded, ?) > 0"])
        found = index.conn.execute(
            f"SELECT 1 FROM records r WHERE {probe} LIMIT 1", [*selection.params, key]
        ).fetchone()
        if not found:
            statuses = _in_store_order(index, "r.status")
            key = fold(_resolve(selection, "--status", filters.status, statuses))
        selection.add(
            "r.status_folded <> '' AND instr(r.status_folded, ?) > 0" if key else "0", *([key] if key else [])
        )
    return selection
