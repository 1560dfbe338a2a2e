"""Query entry points shared by the CLI and Python callers, answered from the query index.

    from ccas_cli.query.service import run_search, run_filter, run_totals, run_stats
    result = run_search(Path("data/structured"), "non recours", Filters(departement="Gironde"))

Each opens the index (bringing it up to date with the YAML store first), selects the records
matching the filters in SQL, and reads only the rows its answer needs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .filters import Filters
from .index import Index, index_path, open_index
from .selection import select
from .view import View

if TYPE_CHECKING:
    from .search import Hit

T = TypeVar("T")


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    notes: list[str] = field(default_factory=list)


@contextmanager
def opened(directory: Path) -> Iterator[Index]:
    from .. import reference

    index = open_index(directory)
    index.snapshot()
    reference.parse_with(index.parse_yaml)
    try:
        yield index
    finally:
        reference.parse_with(None)
        index.close()


def answer(directory: Path, question: Callable[[Index], T]) -> T:
    """The question asked of a fresh index; an index SQLite finds damaged mid-query is deleted
    and the question asked again of a rebuilt one (the YAML is the truth)."""
    try:
        with opened(directory) as index:
            return question(index)
    except sqlite3.DatabaseError as exc:
        from .index import _busy, _discard

        if _busy(exc):
            from ..errors import StoreError

            raise StoreError(
                "the query index is busy (another ccas process holds it); try again", index_path(directory)
            ) from None
        _discard(index_path(directory))
        with opened(directory) as index:
            return question(index)


def run_search(directory: Path, query: str, filters: Filters, limit: int | None = 20) -> SearchResult:
    """Filter first, then rank what is left; with a theme and no words, rank by the theme's
    own phrases so the most on-topic records come first, then list the theme's other records."""
    return answer(directory, lambda index: search_index(index, query, filters, limit))


@dataclass
class _Ranking:
    order: list[int]  # row ids shown, best first
    scores: dict[int, float]  # of the ranked ones (a theme's other records have none)
    total: int
    notes: list[str]
    spelled: set[str]  # the indexed spellings of the query's words, for snippets


def _rank(index: Index, query: str, filters: Filters, limit: int | None) -> _Ranking:
    from .search import parse_query, search, spellings

    selection = select(index, filters)
    text = query
    theme_only = not query.strip() and bool(filters.theme)
    if theme_only:
        from ..normalize.themes import resolve_theme

        theme = resolve_theme(filters.theme or "")[0]
        text = " ".join(theme.phrases) or theme.label  # words, not phrases: any of them ranks
    notes = list(selection.notes)
    if not text.strip():
        # No words: the selection in store order; only the records shown are read.
        order = index.rowids(selection.where, selection.params)
        return _Ranking(order[:limit] if limit else order, {}, len(order), notes, set())
    # A theme's own phrases are curated: no typo to correct.
    parsed = parse_query(index, text.replace('"', " ") if theme_only else text, correct=not theme_only)
    # a theme lists its other records after the ranked ones: all ranks are needed to know them
    scored, total = search(index, parsed, selection, None if theme_only else limit)
    order = [rowid for rowid, _ in scored]
    if theme_only:
        # Every record of the theme is a hit, even one whose words rank low.
        ranked = set(order)
        rest = [rowid for rowid in index.rowids(selection.where, selection.params) if rowid not in ranked]
        order += rest
        total = len(order)
    if query.strip():
        for typed, meant in parsed.corrections.items():
            notes.append(f"did you mean: {meant} (for '{typed}')")
    shown = order[:limit] if limit else order
    return _Ranking(shown, dict(scored), total, notes, spellings(index, parsed))


def _hit(ranking: _Ranking, rowid: int, record: View) -> Hit:
    from .search import Hit, snippet

    if rowid in ranking.scores:
        text, matched = snippet(record, ranking.spelled)
        return Hit(record, round(ranking.scores[rowid], 4), text, matched)
    return Hit(record, 0.0, record.title, [])


def search_index(index: Index, query: str, filters: Filters, limit: int | None = 20) -> SearchResult:
    ranking = _rank(index, query, filters, limit)
    views = index.by_rowid(ranking.order)
    hits = [_hit(ranking, rowid, views[rowid]) for rowid in ranking.order]
    return SearchResult(hits, ranking.total, ranking.notes)


def stream_search(
    directory: Path,
    query: str,
    filters: Filters,
    limit: int | None,
    write: Callable[[str], None],
    notes: Callable[[list[str]], None],
) -> tuple[int, int]:
    """Each hit as `--format json` prints it — its stored JSON, then its score and snippet —
    passed to `write` as it is read, 500 records at a time, so that listing every match of a
    national corpus holds one batch; `notes` gets the notes before the first hit. The number of
    hits written and of matching records."""
    import json

    with opened(directory) as index:
        ranking = _rank(index, query, filters, limit)
        notes(ranking.notes)
        for start in range(0, len(ranking.order), 500):
            batch = ranking.order[start : start + 500]
            stored = dict(index._payloads(batch))
            for rowid in batch:
                raw = stored[rowid]
                hit = _hit(ranking, rowid, index.view(raw))
                # the stored JSON ends with its closing brace: the two keys go before it, as
                # `json.dumps(payload | {score, snippet}, indent=2)` would place them
                extra = f',\n  "score": {json.dumps(hit.score)},\n  "snippet": {json.dumps(hit.snippet, ensure_ascii=False)}'
                write(raw[:-2] + extra + raw[-2:])
        return len(ranking.order), ranking.total


def run_filter(directory: Path, filters: Filters) -> tuple[list[View], list[str]]:
    """The records matching every filter, in store order, and the notes of resolved values."""

    def question(index: Index) -> tuple[list[View], list[str]]:
        selection = select(index, filters)
        return list(index.records(selection.where, tuple(selection.params))), selection.notes

    return answer(directory, question)


def stream_filter(directory: Path, filters: Filters, write: Callable[[str], None]) -> tuple[int, list[str]]:
    """Each matching record's stored JSON (indented by 2) passed to `write` as it is read, so
    that listing a national corpus holds one record at a time; the count and the notes."""
    with opened(directory) as index:
        selection = select(index, filters)
        count = 0
        for payload in index.raw_records(selection.where, tuple(selection.params)):
            write(payload)
            count += 1
        return count, selection.notes


def run_totals(directory: Path, by: str, filters: Filters, explain: bool = False):
    """Budget rows (see totals.py) of the records matching the filters, and the notes."""
    from .totals import canonical_key, ordered

    by, renamed = canonical_key(by)
    keys = by.split(",")

    def question(index: Index):
        selection = select(index, filters)
        # every line, counted or not: a key whose money is all uncounted is a 0 € row, the same
        # rows with or without --explain (which adds each row's lines)
        where = list(selection.conditions)  # over `records r`, joined below
        sql = (
            f"SELECT {', '.join(f'b.k_{k}' for k in keys)}, b.record, b.amount, b.counted"
            f"{', b.item' if explain else ''} "
            "FROM budget_lines b JOIN records r ON r.rowid = b.record JOIN files f ON f.id = r.file"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY f.name, r.pos, b.pos"
        )
        rows: dict = {}
        if explain or not _summed_in_sql(index, keys, where, selection.params, rows):
            _summed_in_python(index, sql, selection.params, keys, rows)
        notes = [renamed] if renamed else []
        if filters.partner:  # the money of the actions naming it, not this partner's money
            notes.append(
                "--partner: totals of the actions that name this partner (all their money), not the "
                "partner's own money; --funder filters on who pays"
            )
        return ordered(rows), [*notes, *selection.notes]

    return answer(directory, question)


def _summed_in_python(index: Index, sql: str, params: list, keys: list[str], rows: dict) -> None:
    """Every line in store order through `totals.add`: the explained path (each row lists its
    lines), and the reference the SQL sums must equal."""
    import json

    from .totals import Item, add, add_two

    for found in index.conn.execute(sql, params):
        record_id, amount, counted, *item = found[len(keys) :]
        explained = Item(**json.loads(item[0])) if item else None
        if len(keys) == 2:
            add_two(rows, (found[0], found[1]), record_id, amount, bool(counted), explained)
        else:
            add(rows, found[0], record_id, amount, bool(counted), explained)


def _summed_in_sql(index: Index, keys: list[str], where: list[str], params: list, rows: dict) -> bool:
    """The rows summed by SQLite in whole cents, which is what adding the lines one by one and
    rounding to the cent gives when every amount is in whole cents (amounts printed in euros
    and cents are); False, and nothing done, when a line of the selection has a fraction of a
    cent, whose rounding the line-by-line path decides. One pass over the lines, joined to
    their records only when a filter needs them; records are told apart by row id."""
    from .totals import Row

    lines = "FROM budget_lines b" + (
        f" JOIN records r ON r.rowid = b.record WHERE {' AND '.join(where)}" if where else ""
    )
    money = "CASE WHEN b.counted AND b.amount IS NOT NULL THEN 1 END"
    columns = ", ".join(f"b.k_{k}" for k in keys)
    sql = (
        f"SELECT {columns}, sum(round(b.amount * 100) * {money}), count({money}), "
        f"group_concat(DISTINCT CASE WHEN {money} THEN b.record END), "
        f"max(abs(b.amount * 100 - round(b.amount * 100)) > 1e-6) {lines} GROUP BY {columns}"
    )
    found = index.conn.execute(sql, params).fetchall()
    if any(fraction for *_, fraction in found):
        return False
    for *key, cents, count, ids, _ in found:
        records = {int(i) for i in ids.split(",")} if ids else set()
        total = (cents or 0) / 100
        if len(keys) == 1:
            rows[key[0]] = Row(key[0], total, count, records)
            continue
        parent = rows.setdefault(key[0], Row(key[0]))
        parent.children[key[1]] = Row(key[1], total, count, records)
        parent.total_eur = round(parent.total_eur + total, 2)
        parent.lines += count
        parent.records |= records
    return True


def run_stats(directory: Path, by: str, filters: Filters):
    """Counts (see stats.py) of the records matching the filters, and the notes."""
    from .stats import MULTI_FIELDS, MULTI_NOTE, check_field, rows_from_counts

    check_field(by)

    def question(index: Index):
        selection = select(index, filters)
        if by in MULTI_FIELDS:  # themes, directions, funders, partners: from the record's values
            where = " AND ".join(["v.kind = ?", *selection.conditions])
            sql = (
                "SELECT v.value, count(DISTINCT r.rowid) FROM records r JOIN record_values v "
                f"ON v.record = r.rowid WHERE {where} GROUP BY v.value"
            )
            rows = index.conn.execute(sql, [by, *selection.params]).fetchall()
            return rows_from_counts(rows, by), [*selection.notes, MULTI_NOTE.format(by=by)]
        where = " AND ".join([f"r.s_{by} IS NOT NULL", *selection.conditions])
        sql = f"SELECT r.s_{by}, count(*) FROM records r WHERE {where} GROUP BY r.s_{by}"
        return rows_from_counts(index.conn.execute(sql, selection.params).fetchall(), by), selection.notes

    return answer(directory, question)
