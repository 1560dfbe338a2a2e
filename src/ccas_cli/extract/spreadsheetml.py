"""A workbook saved by Excel as "XML Spreadsheet 2003" (SpreadsheetML), read as the page it
prints:

    <Row><Cell ss:MergeAcross="5"><Data>Budget primitif 2024</Data>  → Budget primitif 2024 (a line)
    <Row><Cell>011</Cell><Cell ss:MergeAcross="4">Charges …</Cell>    → 011 Charges … (a line)
    <Row><Cell ss:Index="2">60623</Cell>…<Data ss:Type="Number">18500  → | | 60623 | … | 18 500 € |

A row whose text sits in a cell merged across the sheet (a title, a heading, a note) is a line
of text; the others are a table's rows, each cell in its column (ss:Index skips the empty
ones), a number in a euro format written with its "€". Styles, properties, options and cell
comments are no text. Each line keeps the file line its row opens on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .xml_events import parsed


def looks_like_spreadsheetml(lines: list[str]) -> bool:
    head = "\n".join(lines[:20])
    return re.search(r"<Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet", head) is not None


@dataclass
class _Cell:
    index: int
    merge: int
    text: str = ""
    number: bool = False
    style: str = ""


@dataclass
class _Row:
    line: int
    cells: list[_Cell] = field(default_factory=list)


def _local(name: str) -> str:
    return name.split(":")[-1]


def _figure(text: str, euros: bool) -> str:
    """ "18500" → "18 500 €" in a euro format, "18 500" else."""
    try:
        value = float(text)
    except ValueError:
        return text
    whole = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    return f"{whole} €" if euros else whole


def spreadsheetml_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The workbook as markdown lines with the file line of each; None when it does not parse."""
    parser = expat.ParserCreate()
    euro_styles: set[str] = set()
    style = ""
    rows: list[_Row | None] = []  # None: a sheet ends
    row: _Row | None = None
    cell: _Cell | None = None
    in_data = False
    skip = 0

    def attr(attributes: dict[str, str], name: str) -> str:
        return next((v for k, v in attributes.items() if _local(k) == name), "")

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal style, row, cell, in_data, skip
        local = _local(name)
        if skip or local in ("Comment", "WorksheetOptions", "DocumentProperties", "ExcelWorkbook"):
            skip += 1
            return
        if local == "Style":
            style = attr(attributes, "ID")
        elif local == "NumberFormat" and "€" in attr(attributes, "Format"):
            euro_styles.add(style)
        elif local == "Row":
            row = _Row(parser.CurrentLineNumber)
        elif local == "Cell" and row is not None:
            index = attr(attributes, "Index")
            last = row.cells[-1].index + row.cells[-1].merge + 1 if row.cells else 1
            position = int(index) if index.isdigit() else last
            merge = int(attr(attributes, "MergeAcross") or 0)
            cell = _Cell(position, merge, style=attr(attributes, "StyleID"))
        elif local == "Data" and cell is not None:
            in_data = True
            cell.number = attr(attributes, "Type") == "Number"

    def end(name: str) -> None:
        nonlocal row, cell, in_data, skip
        local = _local(name)
        if skip:
            skip -= 1
            return
        if local == "Data":
            in_data = False
        elif local == "Cell" and row is not None and cell is not None:
            row.cells.append(cell)
            cell = None
        elif local == "Row" and row is not None:
            rows.append(row)
            row = None
        elif local == "Worksheet":
            rows.append(None)

    def data(chunk: str) -> None:
        if in_data and cell is not None and not skip:
            cell.text += chunk

    if not parsed(parser, "\n".join(lines), start, end, data):
        return None
    out: list[tuple[int, str]] = []
    for found in rows:
        if found is None:
            if out and out[-1][1]:
                out.append((out[-1][0], ""))
            continue
        cells = [c for c in found.cells if c.text.strip()]
        if not cells:
            continue
        texts = [
            _figure(c.text.strip(), c.style in euro_styles) if c.number else " ".join(c.text.split())
            for c in cells
        ]
        merged = any(c.merge >= 2 for c in cells)
        if merged and len(cells) <= 2 and not any(c.number for c in cells):
            # a title, a heading or a note typed across the sheet: a line of text
            if out and out[-1][1].startswith("|"):
                out.append((found.line, ""))
            out += [(found.line, " ".join(texts)), (found.line, "")]
            continue
        width = max(c.index + c.merge for c in cells)
        columns = [""] * width
        for c, text in zip(cells, texts, strict=True):
            columns[c.index - 1] = text.replace("|", "/")
        out.append((found.line, "| " + " | ".join(columns) + " |"))
    while out and not out[-1][1]:
        out.pop()
    return ([t for _, t in out], [n for n, _ in out]) if out else None
