"""Tables a PDF-to-text tool linearised (pdftotext without -layout): every cell on a line of its
own, row after row, the header's cells first.

    N°                       1.1
    Intitulé de l'action     Déployer des permanences itinérantes
    Direction pilote         d'accès aux droits dans les bourgs-centres     (a cell wrapped)
    Partenaires              Pôle Accès aux droits
    Budget                   CAF de Saône-et-Loire, CPAM de Saône-et-Loire,
    2024-2026 (€)            MSA Bourgogne, France Services d'Autun
                             64 000

A reader regroups the lines by counting the columns: the header is a run of short lines the
family knows as labels (a line it does not know, "2024-2026 (€)", goes on the label above it);
each row opens on an action's number alone on its line ("1.1"), a cell going on over the next
line where that line opens in lower case or on a bracket, or the line above ends on a comma or
a word that wants more ("de", "et", "à"); lines beyond the last column go on its cell (money
over several lines). The table ends at a line of prose, a heading of the document, or a row
that does not fill its columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..normalize.text import fold

_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}$")
_NUMBER_HEAD = re.compile(r"^(?:N°|No|Nº|N|Num\.?|Réf\.?|Ref\.?)$", re.IGNORECASE)
# (a year alone heads its own column; "2024-2026 (€)" under "Budget" goes on its head)
_YEAR_HEAD = re.compile(r"^(?:19|20)\d\d$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_PART_HEADING = re.compile(r"^[A-ZÀ-Ý][^\W\d_]{2,15}\s+\d{1,2}\s*[–—:.-]\s+\S")
_WANTS_MORE = re.compile(
    r"(?:,|;|[-–—]|\b(?:de|des|du|d['’]|la|le|les|l['’]|à|au|aux|et|ou|en|pour|par|avec|sur|dans))$",
    re.IGNORECASE,
)


def _known(line: str, labels: frozenset[str]) -> bool:
    folded = fold(line.strip(" *:"))
    return (
        folded in labels
        or any(folded.startswith(label + " ") for label in labels)
        or bool(_NUMBER_HEAD.match(line.strip()))
        or bool(_YEAR_HEAD.match(line.strip()))
    )


def _header(lines: list[str], first: int, labels: frozenset[str]) -> tuple[list[str], int] | None:
    """The header's cells from line `first` (0-based) and the index of the first row's line."""
    cells: list[str] = []
    n = first
    if first > 0 and lines[first - 1].strip() and _known(lines[first - 1], labels):
        return None  # (the header's first line is above: the table opens there)
    while n < len(lines):
        text = lines[n].strip()
        if not text or _NUMBER.match(text):
            break
        if len(text) > 40 or text.endswith((".", ";")):
            return None
        if _known(text, labels) or (cells and _NUMBER_HEAD.match(cells[-1])):
            # ("N°" / "Intitulé de l'action": the column of titles after the numbers)
            cells.append(text)
        elif cells:
            cells[-1] = f"{cells[-1]} {text}"  # ("Budget" / "2024-2026 (€)": one head)
        else:
            return None
        n += 1
    # (two columns of the sheets' fields at least, beside the number and the title: "N°" /
    # "Action" / "Coût estimé" is a recap of costs, read as the text it is)
    known = sum(
        1 for c in cells if _known(c, labels) and not _YEAR_HEAD.match(c) and not _NUMBER_HEAD.match(c)
    )
    if len(cells) < 3 or known < 2 or n >= len(lines) or not _NUMBER.match(lines[n].strip()):
        return None
    return cells, n


def _cells(chunk: list[str], width: int) -> list[str]:
    """A row's lines as its cells: wrapped cells joined, the lines past the last column on it."""
    cells: list[str] = []
    for text in chunk:
        if re.fullmatch(r"[-–—]", text):
            cells.append("")  # ("–": a cell left empty)
            continue
        if cells and (text[:1].islower() or text[:1] in "([+–-" or _WANTS_MORE.search(cells[-1])):
            cells[-1] = f"{cells[-1]} {text}" if not cells[-1].endswith("-") else cells[-1] + text
        elif len(cells) >= width:
            cells[-1] = f"{cells[-1]}\n{text}"
        else:
            cells.append(text)
    return cells


def linear_table(
    lines: list[str], first: int, labels: frozenset[str], furniture: Callable[[str], bool]
) -> tuple[list[list[str]], list[int], int] | None:
    """The table whose header opens at line `first` (0-based): its rows (the header first), the
    index of each row's first line, and the index of its last line; None for anything else."""
    found = _header(lines, first, labels)
    if found is None:
        return None
    header, n = found
    head_lines = [line.strip() for line in lines[first:n]]
    width = len(header)
    rows: list[list[str]] = [header]
    starts: list[int] = [first]
    last = n - 1
    while n < len(lines) and _NUMBER.match(lines[n].strip()):
        chunk: list[str] = [lines[n].strip()]
        row_first = n
        n += 1
        while n < len(lines):
            text = lines[n].strip()
            if "\f" in lines[n] and not text.strip("\f "):
                n += 1  # the page's break itself
                continue
            if not text or _NUMBER.match(text):
                break
            if _PAGE_NUMBER.match(text) or furniture(lines[n]) or "\f" in lines[n]:
                n += 1  # a page turn inside the table: its number and running lines
                continue
            if [line.strip() for line in lines[n : n + len(head_lines)]] == head_lines:
                n += len(head_lines)  # the header printed again atop the next page
                continue
            if len(text) > 60 and len(_cells(chunk, width)) >= width:
                break  # a line of the text under the table, its row full
            if _PART_HEADING.match(text):
                break  # "Axe 4 – Piloter …": the document's next part
            chunk.append(text)
            n += 1
        cells = _cells(chunk, width)
        if len(cells) < width - 1:
            n = row_first
            break
        rows.append(cells + [""] * (width - len(cells)))
        starts.append(row_first)
        last = n - 1
        while last > row_first and not lines[last].strip():
            last -= 1
    if len(rows) < 2:
        return None
    return rows, starts, last
