"""Budget totals grouped by one key, every euro traceable to its line.

Only counted budget lines enter totals (see normalize/budget.py); nothing is split or
duplicated between keys, so the rows always add up to the grand total:
- direction, document, departement: the record's own value;
- funder (`partner` is its former name, kept for one release): the funders named in the
  record's "Financement", as one combined key
  ("Caisse d'Allocations Familiales + Département du Nord") — an amount co-financed by two
  funders is not divided between them, because the source does not say how;
- theme: the record's themes, combined the same way;
- year: the line's single year; a line spanning several years keeps its span as key
  ("2010–2012") rather than being spread evenly; a line with no year is "non attribué".
Money with no value for the key goes to the row "non attribué", never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..normalize.money import euros

if TYPE_CHECKING:
    from ..models import BudgetLine
    from .view import RecordLike

TOTAL_KEYS = ("direction", "funder", "year", "document", "departement", "theme")
# Former key names still accepted, with the note printed when one is used.
KEY_ALIASES = {
    "partner": (
        "funder",
        "--by partner is now --by funder (who pays, from the records' Financement); "
        "the old name goes in the next release",
    )
}
UNATTRIBUTED = "non attribué"


@dataclass
class Item:
    record: str
    raw: str
    amount_eur: float | None
    counted: bool
    reason: str
    source: dict
    kind: str


@dataclass
class Row:
    key: str
    total_eur: float = 0.0
    lines: int = 0
    records: set[int] = field(default_factory=set)  # index row ids: only counted
    items: list[Item] = field(default_factory=list)
    children: dict[str, Row] = field(default_factory=dict)  # `--by A,B`: the B rows of this A


def key_of(record: RecordLike, line: BudgetLine, by: str) -> str:
    if by == "direction":
        value = getattr(record, "direction", None)
    elif by == "document":
        value = record.document
    elif by == "departement":
        value = getattr(record, "departement", None)
    elif by == "funder":
        value = combined(getattr(record, "funders", []) or [])
    elif by == "theme":
        value = combined(record.themes)
    elif by == "year":
        years = line.years
        value = str(years[0]) if len(years) == 1 else (f"{years[0]}–{years[-1]}" if years else None)
    else:
        raise UsageError(f"cannot total by '{by}' (choose one of: {', '.join(TOTAL_KEYS)})")
    return value or UNATTRIBUTED


def combined(names: list[str]) -> str:
    """One key for a set of names, whatever order a document lists them in: alphabetical by
    folded name, so that "CAF + Département" and "Département + CAF" are one row."""
    from ..normalize.text import fold

    return " + ".join(sorted(dict.fromkeys(n for n in names if n), key=lambda n: (fold(n), n)))


def canonical_key(by: str) -> tuple[str, str | None]:
    """The total key (or "A,B" for two levels), and a note when a former name was used."""
    keys, notes = [], []
    for part in [p.strip() for p in by.split(",")]:
        if part in KEY_ALIASES:
            part, note = KEY_ALIASES[part]
            notes.append(note)
        check_key(part)
        keys.append(part)
    if len(keys) > 2 or (len(keys) == 2 and keys[0] == keys[1]):
        raise UsageError(f"--by takes one key or two different ones (A,B), not '{by}'")
    return ",".join(keys), (notes[0] if notes else None)


def check_key(by: str) -> None:
    if by not in TOTAL_KEYS:
        raise UsageError(f"cannot total by '{by}' (choose one of: {', '.join(TOTAL_KEYS)})")


def add(
    rows: dict[str, Row], key: str, record: int, amount: float | None, counted: bool, item: Item | None
) -> None:
    """One budget line into its row (the query index feeds its lines through here too, in the
    same order, so both paths round alike)."""
    row = rows.setdefault(key, Row(key))
    if counted and amount is not None:
        row.total_eur = round(row.total_eur + amount, 2)
        row.lines += 1
        row.records.add(record)
    if item is not None:
        row.items.append(item)


def add_two(
    rows: dict[str, Row],
    keys: tuple[str, str],
    record: int,
    amount: float | None,
    counted: bool,
    item: Item | None,
) -> None:
    """A line into its first-level row and that row's second-level row: the first-level total
    is the sum of its second-level ones, as each line is added to both."""
    add(rows, keys[0], record, amount, counted, None)
    add(rows[keys[0]].children, keys[1], record, amount, counted, item)


def ordered(rows: dict[str, Row]) -> list[Row]:
    return sorted(rows.values(), key=lambda r: (-r.total_eur, r.key == UNATTRIBUTED, r.key))


def grand_total(rows: list[Row]) -> float:
    return round(sum(r.total_eur for r in rows), 2)


def as_json(rows: list[Row], explain: bool) -> list[dict]:
    result = []
    for row in rows:
        item: dict = {
            "key": row.key,
            "total_eur": euros(row.total_eur),
            "lines": row.lines,
            "records": len(row.records),
        }
        if row.children:  # `--by A,B`: this A's subtotal, then its B rows
            item["rows"] = as_json(ordered(row.children), explain)
            result.append(item)
            continue
        if explain:
            item["items"] = [
                {
                    "record": i.record,
                    "raw": i.raw,
                    "amount_eur": euros(i.amount_eur),
                    "counted": i.counted,
                    "reason": i.reason,
                    "source": i.source,
                }
                for i in row.items
            ]
        result.append(item)
    return result
