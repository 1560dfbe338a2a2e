"""A plan's budget tables read row by row: the money of the sheets that print none themselves.

Many plans keep an action's money out of its sheet ("Financement : voir le tableau
récapitulatif") and print it once, in a table per part or for the whole plan, one row per sheet
(its number, a short title, amounts by year, a total). A row that names a sheet gives that sheet
its money when the sheet states none; when the sheet states its own, the row is a cross-check
and a disagreement is reported, never added. Which column is the money: the one headed "Total"
(or "Montant"), else the sum of the years when every money column is a year, else the last
money column (the revised amount comes after the planned one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document.blocks import Block, heading_rank, numbered_heading, strip_numbering
from ..normalize.amounts import find_amounts
from ..normalize.text import clean_inline, fold
from ..reference import load_reference

CELL_NUMBER = re.compile(r"^\**\s*(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*\**$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_THEN_TITLE = re.compile(
    r"^\s*(?:[Nn]\s*°\s*)?(?P<number>\d{1,2}(?:[.\-]\d{1,2}){0,2})\s*[—–:.-]\s+(?P<title>[^\W\d].*)$"
    # "1.3 Rencontre annuelle …": an outline number, a space, the title
    r"|^\s*(?P<outline>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s+(?P<outlined>[^\W\d].*)$"
)
# ("A.1", "b-2": a sheet coded by its part's letter and its rank)
_SHEET_NUMBER = re.compile(
    r"^\s*(?:n\s*°\s*)?(\d{1,2}(?:[.\-]\d{1,2}){0,2}(?:[.\-]?[a-z])?|[a-h][.\-]\d{1,2})\.?\s*$"
)


@lru_cache(maxsize=1)
def table_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "(k€)", "(en milliers d'euros)" ending a money heading: the unit of its table's numbers
    (money.yaml `table_units`)."""
    units = {k.lower(): v for k, v in load_reference("money")["table_units"].items()}
    words = "|".join(re.escape(k) for k in sorted(units, key=len, reverse=True))
    # ("(k€ HT)", "(en k€ TTC)": a tax mention after the unit changes nothing of its scale)
    return re.compile(rf"\((?:en\s+)?(?P<unit>{words})(?:\s+(?:HT|TTC))?\)\s*:?\s*$", re.I), units


@lru_cache(maxsize=1)
def _caption_unit() -> re.Pattern[str]:
    """The unit a caption names anywhere ("Montants prévisionnels en euros", "(en k€)")."""
    units = load_reference("money")["table_units"]
    words = "|".join(re.escape(k) for k in sorted(units, key=len, reverse=True))
    # ("Unité : k€ TTC", "Export du logiciel financier – montants k€": the unit named so)
    return re.compile(
        rf"(?:\(\s*(?:en\s+)?|\ben\s+|\bunit[ée]s?(?:\s+mon[ée]taire)?\s*:\s*|\bmontants?\s+)(?P<unit>{words})(?![\w])",
        re.I,
    )


def caption_scale(texts: list[str]) -> str:
    """The unit ("€", "k€", "M€") the first caption naming one gives a table's bare numbers."""
    pattern = _caption_unit()
    units = {k.lower(): v for k, v in load_reference("money")["table_units"].items()}
    for text in texts:
        found = pattern.search(text.replace("’", "'"))
        if found:
            return units[found["unit"].lower()]
    return ""


def without_total_row(block: Block, numbers: list[int]) -> list[tuple[list[str], int]]:
    """A money table's body rows with their line numbers; a "Total" row, which adds up the
    others, is left out when there are others (their sum, not one more amount)."""
    body = list(zip(block.rows[1:], numbers[1:], strict=False))
    added = [(row, n) for row, n in body if not is_total(row)]
    # ("Coût total" over "dont CAF": the one cost and a share of it, no rows the total adds up)
    if any(not re.match(r"(?:dont|y compris)\b", _row_label(row)) for row, _ in added):
        return added
    return body


def _row_label(row: list[str]) -> str:
    """A row's label, folded: its first cell, or its second under an empty one (a row label set
    under the label column, not the number column)."""
    return fold(clean_inline(next((c for c in row[:3] if clean_inline(c).strip("* ")), "")))


@lru_cache(maxsize=1)
def _total_row() -> re.Pattern[str]:
    words = sorted({fold(w) for w in load_reference("money")["total_row_labels"]}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(re.escape(w) for w in words)})\b")


def is_total(row: list[str]) -> bool:
    """A "Total", "Sous-total" or "Coût total (€)" row (money.yaml `total_row_labels`)."""
    return _total_row().match(_row_label(row)) is not None


def row_numbers(block: Block) -> list[int]:
    """The line of each of the table's rows (its rule lines left out)."""
    if block.row_lines:
        return block.row_lines  # rows wrapped over several lines: each row's first
    return [
        n
        for n, raw in enumerate(block.lines, block.first)
        if raw.strip() and not re.match(r"^\|?\s*:?-{2,}", raw.strip())
    ]


@lru_cache(maxsize=1)
def _money_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("money")["money_table_heads"])


def money_head_cell(head: str) -> bool:
    """A table's header cell that names money ("Montant", "Financeur", "Poste (k€)")."""
    folded = fold(re.sub(r"\s*\([^()]*\)\s*$", "", head))
    # ("Dépenses TTC", "Recettes prévues", "Charges prévisionnelles": the head, qualified)
    bare = re.sub(
        r"\s+(?:ht|ttc|prevus?|prevues?|previsionnels?|previsionnelles?|estimes?|estimees?)$", "", folded
    )
    # ("Montant de l'aide", "Dotation du fonds", "Coût de l'action": the head and what it is of)
    owned = re.sub(r"\s+(?:de la|de l|du|des|de|d)\s+\S+(?:\s+\S+)?$", "", bare)
    return folded in _money_heads() or bare in _money_heads() or owned in _money_heads()


def header_scale(head: str) -> str:
    """The unit a table's first header cell gives its bare numbers: the one it prints ("Année
    (en €)", "Plan de financement (k€)"), else euros when it names money ("Financeur", "Poste")."""
    printed = caption_scale([head])
    if printed:
        return printed
    return "€" if money_head_cell(head) else ""


def with_unit(text: str, scale: str) -> str:
    """A bare number cell with the unit its table prints once ("62 000" under "Montant (€)")."""
    return f"{text} {scale}" if scale and not find_amounts(text) and CELL_NUMBER.match(text) else text


@dataclass(frozen=True)
class SheetRow:
    """One row of a budget table: what names its sheet, the amount it gives, from where."""

    line: int
    number: str | None  # "1.2", "3": the sheet's number as the row prints it
    labels: tuple[str, ...]  # the row's text cells ("Portage de repas", "Pôle autonomie")
    amount: float
    column: str  # the column the amount is read from ("Total", "2027–2031")
    raw: str


def sheet_rows(block: Block, captions: list[str]) -> list[SheetRow]:
    """The rows of a money table with the amount each gives (see the module for the column)."""
    if block.kind != "table" or len(block.rows) < 2:
        return []
    header = [clean_inline(c).strip("* ") for c in block.rows[0]]
    scale = caption_scale([*captions, *header])

    def amount(cell: str) -> float | None:
        """A cell that is an amount and nothing more ("24 k€ TTC"); "8 k€ par an" or "25 000 € /
        an" in a cell says something else than the sheet's money."""
        # ("12 000 €¹": a footnote's call after the amount is no part of it)
        # ("161 000 (1)": the call after a bare figure too)
        text = re.sub(
            r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$|(?<=€)\s*\(\d\)$|(?<=\d)\s+\(\d\)$", "", clean_inline(cell).strip("* ")
        ).strip()
        found = find_amounts(with_unit(text, scale))
        if len(found) != 1 or found[0].high is not None:
            return None
        rest = with_unit(text, scale).replace(found[0].raw, " ")
        return found[0].low if not re.sub(r"\b(?:TTC|HT)\b|[€()\s*.:]", "", rest, flags=re.I) else None

    lines = row_numbers(block)
    # no header row (a year heads a column, it is no amount): every row is a sheet's
    if any(amount(c) and not _YEAR.fullmatch(clean_inline(c).strip("* ")) for c in block.rows[0]):
        header, body = [], [(row, n) for row, n in zip(block.rows, lines, strict=False) if not is_total(row)]
    else:
        body = without_total_row(block, lines)
    if not body:
        return []
    width = max(len(row) for row, _ in body)
    filled = {c: sum(1 for row, _ in body if c < len(row) and amount(row[c])) for c in range(1, width)}
    money = [c for c, n in filled.items() if n]
    if not money:
        return []
    totals = [
        c
        for c in money
        # ("Budget prévisionnel (€) Total": a merged head over the total, its group's name first)
        if c < len(header) and re.match(r"^(?:total|montant|cout)|.*\btotal$", fold(header[c]))
    ]
    years = [c for c in money if c < len(header) and _YEAR.fullmatch(header[c])]
    # ("Crédits 2026", "Crédits 2027": the same words, a year each)
    stems = {c: _YEAR.sub("", fold(header[c])).strip() for c in money if c < len(header)}
    yearly = [c for c in money if c in stems and len(_YEAR.findall(header[c])) == 1]
    if len(yearly) >= 2 and len({stems[c] for c in yearly}) == 1 and len(yearly) > len(years):
        years = yearly
    if totals:
        columns, how = [totals[-1]], header[totals[-1]]
    elif len(years) >= 2 and len(years) == len(money):
        columns, how = years, f"{header[years[0]]}–{header[years[-1]]}"
    else:
        # the column most rows fill; of equals, the last (a revised amount after the planned one)
        best = max(money, key=lambda c: (filled[c], c))
        columns, how = [best], header[best] if best < len(header) else ""
    # "| Enjeu | Action | … |": the first column numbers the parts, not the sheets
    part_column = bool(header) and heading_rank(fold(header[0])) == 1
    rows = []
    for row, line in body:
        values = [amount(row[c]) for c in columns if c < len(row)]
        given = [v for v in values if v]
        if not given:
            continue
        texts = [clean_inline(c).strip("* ") for c in row[: min(columns + money)]]
        if not texts or _names_part(texts[0]):
            continue  # "Axe 1 — Familles": a part's row, its sheets' sum
        # the sheet's number opens the row ("1.2 | Portage de repas"); a number further right is a
        # count ("| Axe | Nombre d'actions |")
        first = None if part_column else _SHEET_NUMBER.match(texts[0].lower())
        number = first[1] if first else _marked_number(texts[:1])
        labels = tuple(t for t in texts if t and not _SHEET_NUMBER.match(t.lower()))
        led = None if part_column or number else _NUMBER_THEN_TITLE.match(texts[0])
        if led is not None:  # "n°5 — Lieu d'accueil enfants-parents": the number, then the title
            number = led["number"] or led["outline"]
            labels = ((led["title"] or led["outlined"]).strip(), *labels[1:])
        marked = None if part_column or number or led else numbered_heading(texts[0])
        if marked is not None and marked[2] == 2 and strip_numbering(texts[0]):
            # "Action 1 — Ouvrir un point d'accueil": a sheet's word, its number, its title
            number = marked[1]
            labels = (strip_numbering(texts[0]), *labels[1:])
        raw = " | ".join(clean_inline(c).strip("* ") for c in row if c.strip())
        rows.append(SheetRow(line, number, labels, round(sum(given), 2), how, raw))
    return rows


def _names_part(text: str) -> bool:
    numbered = numbered_heading(text)
    return numbered is not None and heading_rank(numbered[0]) == 1


def _marked_number(texts: list[str]) -> str | None:
    """ "Fiche 1.2", "Action n°3": a sheet's number named with its word (a part's "Axe 1" is not)."""
    for text in texts:
        numbered = numbered_heading(text)
        if numbered and heading_rank(numbered[0]) == 2 and len(text.split()) <= 4:
            return numbered[1]
    return None
