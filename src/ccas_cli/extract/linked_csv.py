"""Issues exported from a tracker (Jira, YouTrack, Redmine) as CSV, read as the document they
hold: each row keyed ("PSOC-12"), some rows linked to another by its key (a story to its epic,
a task to its parent). A row others link to is a part, the rows linked to it its sheets:

    Summary,Issue key,Issue Type,Epic Link,Custom field (Budget),Description
    Axe 1 : Accès aux droits,PSOC-1,Epic,,,…        → # Axe 1 : Accès aux droits
    Action 1.1 : Guichet unique,PSOC-2,Story,PSOC-1,38000,"h3. Objectifs …"
                                                     → ## Action 1.1 : Guichet unique
                                                       Budget : 38000
                                                       ### Objectifs …  (its text in the
                                                       tracker's wiki markup, read as Textile)

A tracker's own columns (its keys, the type, dates, watchers: document.yaml
`tracker_meta_columns`) are no fact of a sheet; "Custom field (Budget)" is the field "Budget".
Each line keeps the file line its cell is written on.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from ..normalize.text import fold
from ..reference import load_reference
from .textile import textile_lines

_KEY = re.compile(r"^[A-Z][A-Z0-9_]{0,15}-\d{1,6}$")  # "PSOC-12", "RSA2-7"
_WRAPPED = re.compile(r"^(?:custom\s*field|champ\s+personnalis[ée])\s*\((?P<name>.+)\)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _columns() -> tuple[frozenset[str], frozenset[str]]:
    data = load_reference("document")
    return (
        frozenset(fold(w) for w in data["tracker_title_columns"]),
        frozenset(fold(w) for w in data["tracker_meta_columns"]),
    )


def _delimiter(header: str) -> str | None:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] >= 3 else None


def _rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """The rows with the file line each starts on."""
    delimiter = _delimiter(lines[0]) if lines else None
    if delimiter is None:
        return None
    reader = csv.reader((line + "\n" for line in lines), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            if any(c.strip() for c in row):
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error:
        return None
    return rows


def _title_at(header: list[str]) -> int:
    titles, _ = _columns()
    return next((n for n, h in enumerate(header) if fold(_name(h)) in titles), 0)


def _links(rows: list[list[str]]) -> tuple[int | None, int] | None:
    """The key column (None when rows are linked by their titles) and the column linking rows
    to other rows ("Epic Link": PSOC-1, "Parent task": a task's name), if the table has them."""
    width = len(rows[0])
    body = [r for r in rows[1:] if len(r) == width]
    if len(body) < 3 or len(body) * 10 < (len(rows) - 1) * 9:
        return None

    def linking(known: set[str], skip: int) -> int | None:
        for link in range(width):
            values = [r[link].strip() for r in body]
            linked = [v for v in values if v]
            if link != skip and len(linked) >= 2 and len(linked) < len(values) and set(linked) <= known:
                return link
        return None

    for key in range(width):
        keys = [r[key].strip() for r in body]
        if all(_KEY.match(k) for k in keys) and len(set(keys)) == len(keys):
            link = linking(set(keys), key)
            if link is not None:
                return key, link
    title_at = _title_at(rows[0])
    names = {r[title_at].strip() for r in body if r[title_at].strip()}
    # (sub-tasks naming their task: "Parent task" = "Créer une équipe mobile …", two or more)
    link = linking(names, title_at)
    if link is None or all(re.fullmatch(r"[\d\s.,-]*", r[link]) for r in body):
        return None  # (titles that are numbers, "1", "2": a table's numbering, no links)
    return None, link


def looks_like_linked_csv(lines: list[str]) -> bool:
    if not lines or len(lines[0]) > 4000 or _delimiter(lines[0]) is None:
        return False
    rows = _rows(lines)
    return rows is not None and len(rows) >= 4 and _links([r for _, r in rows]) is not None


def _name(head: str) -> str:
    wrapped = _WRAPPED.match(head.strip())
    return (wrapped["name"] if wrapped else head).strip()


@lru_cache(maxsize=1)
def _money_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("money")["money_table_heads"])


def linked_csv_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The issues as markdown lines (parts over their sheets, a sheet's sub-tasks its items)
    with the file line of each."""
    found = _rows(lines)
    if found is None or len(found) < 4:
        return None
    header = found[0][1]
    links = _links([r for _, r in found])
    if links is None:
        return None
    key_at, link_at = links
    _, meta = _columns()
    heads = [fold(_name(h)) for h in header]
    title_at = _title_at(header)
    groups = {fold(w) for w in load_reference("document")["tracker_group_columns"]}
    group_at = next((n for n, h in enumerate(heads) if h in groups and n != link_at), None)
    money_at = next(
        (n for n, h in enumerate(heads) if re.sub(r"\s*\(.*\)$", "", h) in _money_heads() and n != title_at),
        None,
    )
    texts = {fold(w) for w in load_reference("document")["tracker_text_columns"]}
    long_at = {n for n, h in enumerate(heads) if h in texts}
    body = [(start, row) for start, row in found[1:] if len(row) == len(header)]

    def key_of(row: list[str]) -> str:
        return row[key_at if key_at is not None else title_at].strip()

    children: dict[str, list[tuple[int, list[str]]]] = {}
    for start, row in body:
        if row[link_at].strip():
            children.setdefault(row[link_at].strip(), []).append((start, row))
    tops = [(s, r) for s, r in body if not r[link_at].strip()]
    out: list[tuple[int, str]] = []

    def said(start: int, row: list[str], level: int, items: list[tuple[int, list[str]]]) -> None:
        out.extend([(start, "#" * level + " " + " ".join(row[title_at].split())), (start, "")])
        offset = 0
        texts: list[tuple[int, list[str]]] = []
        money: tuple[int, str] | None = None
        for n, cell in enumerate(row):
            at = start + offset
            offset += cell.count("\n")
            if n in (title_at, key_at, link_at, group_at) or heads[n] in meta:
                continue
            if n == money_at and items:
                money = (at, f"{_name(header[n])} : {' '.join(cell.split())}".rstrip())
                continue
            if not cell.strip():
                continue
            if n in long_at or "\n" in cell.strip():
                texts.append((at, cell.split("\n")))
                continue
            out.append((at, f"{_name(header[n])} : {' '.join(cell.split())}"))
        if money is not None:
            # (the task's cost, then its sub-tasks' costs under it: the parts of its budget)
            out.append(money)
            # (a money column's bare figures in its unit, "Budget (k€)", else in euros: the
            # unit a plan reads a money field's bare figure in)
            unit = (
                re.search(r"\((?P<unit>[^()]*€[^()]*)\)", header[money_at]) if money_at is not None else None
            )
            for item_start, item in items:
                cost = " ".join(item[money_at].split()) if money_at is not None else ""
                if re.fullmatch(r"\d[\d\s.,]*", cost):
                    cost = f"{cost} {unit['unit'].strip() if unit else '€'}"
                title = " ".join(item[title_at].split())
                out.append((item_start, f"- {title} : {cost}" if cost else f"- {title}"))
        out.append((start, ""))
        for at, cell_lines in texts:
            read, origin = textile_lines(cell_lines)
            for text, k in zip(read, origin, strict=True):
                # (the tracker's own headings kept under the sheet's: "h1." inside a story is
                # a section of it)
                deeper = re.match(r"^(#{1,6}) ", text)
                if deeper and len(deeper[1]) <= level:
                    text = "#" * min(6, level + 1) + text[len(deeper[1]) :]
                out.append((at + k - 1, text))
            out.append((at, ""))

    def under(start: int, row: list[str], level: int, seen: set[str]) -> None:
        key = key_of(row)
        linked = [(s, c) for s, c in children.get(key, []) if key_of(c) not in seen]
        if level >= 2 or group_at is not None:
            # a sheet: what is linked to it, its sub-tasks, are items of it, not sheets
            said(start, row, level, linked if money_at is not None else [])
            if money_at is None:
                for child_start, child in linked:
                    out.extend([(child_start, f"- {' '.join(child[title_at].split())}"), (child_start, "")])
            return
        said(start, row, level, [])
        for child_start, child in linked:  # (a key linked back up: said once)
            under(child_start, child, level + 1, seen | {key})

    if group_at is None:
        for start, row in tops:
            under(start, row, 1, set())
    else:
        # a column filing the tasks ("Section/Column": "Axe 2 – …"): each value a part over its
        # tasks, in the order the parts first appear
        order: list[str] = []
        for _, row in tops:
            if row[group_at].strip() not in order:
                order.append(row[group_at].strip())
        for group in order:
            filed = [(s, r) for s, r in tops if r[group_at].strip() == group]
            if group:
                out.extend([(filed[0][0], f"# {group}"), (filed[0][0], "")])
            for start, row in filed:
                under(start, row, 2, set())
    return [t for _, t in out], [n for n, _ in out]
