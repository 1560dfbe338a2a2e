"""Tables set out across, one item per column, as a PDF-to-text tool keeps a page's layout:

                      Allô Droits, la ligne          Garde d'enfants en
                      d'accès aux droits             horaires décalés
    Lancement         mars 2021                      septembre 2020
    Partenaires       CAF de la Dordogne, CPAM       CAF de la Dordogne,
                      de la Dordogne                 Familles Rurales

Each column is an item, each labelled row one of its facts. The table is read as the table it
means, one item a row ("| | Lancement | Partenaires |" then "| Allô Droits, … | mars 2021 | … |"),
written over the table's own lines (the rest left blank), so every line keeps its number. It is
recognised by its shape alone: column titles over nothing at the left, then three labelled rows
or more whose cells start where the titles do.
"""

from __future__ import annotations

import re
from itertools import pairwise

_SPAN = re.compile(r"\S+(?: \S+)*")  # text between gaps of two spaces or more
_MIN_ROWS = 3
_SLACK = 2  # how far a cell may start from its column's title


def _spans(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m[0]) for m in _SPAN.finditer(line.replace("\t", "    "))]


def _column(start: int, starts: list[int]) -> int | None:
    """The column a piece of text starting at `start` belongs to: the last one starting at or
    before it (give or take the slack), if it starts near one."""
    found = None
    for n, column in enumerate(starts):
        if column - _SLACK <= start:
            found = n
    if found is None:
        return None
    upper = starts[found + 1] if found + 1 < len(starts) else None
    return found if upper is None or start < upper - _SLACK else None


def _header(lines: list[str], k: int) -> tuple[list[int], int] | None:
    """The columns' starts and the header's last line, for titles printed from line k (one to
    three lines, nothing at the left, two titles or more, each line's pieces where the first's are)."""
    spans = _spans(lines[k])
    if len(spans) < 2 or spans[0][0] < 12 or any(len(text) > 45 for _, text in spans):
        return None
    starts = [start for start, _ in spans]
    if any(b - a < 12 for a, b in pairwise(starts)):
        return None
    last = k
    for j in range(k + 1, min(k + 3, len(lines))):
        more = _spans(lines[j])
        if not more or any(_column(start, starts) is None or start < starts[0] - _SLACK for start, _ in more):
            break
        last = j
    return starts, last


def _rows(
    lines: list[str], after: int, starts: list[int]
) -> tuple[list[tuple[str, list[list[str]]]], int] | None:
    """The labelled rows under a header ending on line `after`: (label, each column's pieces)
    and the table's last line."""
    rows: list[tuple[str, list[list[str]]]] = []
    margin: int | None = None
    last = after
    j = after + 1
    blank = False
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            blank = True
            j += 1
            continue
        spans = _spans(line)
        left = [(s, t) for s, t in spans if s < starts[0] - _SLACK]
        cells = [(s, t) for s, t in spans if s >= starts[0] - _SLACK]
        if blank and rows and not left:
            break  # after a blank line, a row opens on its label: this is something else
        blank = False
        if any(_column(s, starts) is None for s, _ in cells):
            break
        if left:
            if len(left) > 1 or len(left[0][1]) > 30 or (margin is not None and abs(left[0][0] - margin) > 1):
                break  # a sentence across the page, not a row's label
            label = left[0][1]
            if rows and not cells and label[:1].islower():
                above = rows[-1][0]
                rows[-1] = (f"{above}{'' if above.endswith('-') else ' '}{label}", rows[-1][1])
                last = j
                j += 1
                continue
            if rows and (rows[-1][0].endswith("-") or label[:1].islower()):
                # "Où en est-" / "on ?": a label wrapped in its column
                rows[-1] = (f"{rows[-1][0]}{'' if rows[-1][0].endswith('-') else ' '}{label}", rows[-1][1])
            else:
                if not cells:
                    break  # a label with no cell: a heading under the table
                margin = left[0][0] if margin is None else margin
                rows.append((label, [[] for _ in starts]))
        elif not rows:
            break
        for start, text in cells:
            column = _column(start, starts)
            assert column is not None
            rows[-1][1][column].append(text)
        last = j
        j += 1
    return (rows, last) if len(rows) >= _MIN_ROWS else None


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one text: a word cut by a hyphen at a line's end joined again."""
    text = ""
    for piece in pieces:
        if text.endswith("-") and piece[:1].islower() and not re.search(r"\s\S{1,3}-$", text):
            text = text + piece  # ("Où en est-" / "on ?" keeps its hyphen)
        else:
            text = f"{text} {piece}".strip()
    return text


def _items_across(titles: list[list[str]], rows: list[tuple[str, list[list[str]]]]) -> bool:
    """Whether the columns are items told in words ("Allô Droits, la ligne …" over "mars 2021",
    "CAF de la Dordogne, …"), not a table of figures by year ("2026   2027" over "8 000 €"): each
    title two words or more, most cells words rather than figures."""
    if any(len(_joined(title).split()) < 2 for title in titles):
        return False
    if any(_joined(title)[:1].islower() for title in titles):
        return False  # "droits du CCAS" beside "Action 1.3 – …": a value wrapped in its column, no title
    if any(not any(columns[n] for _, columns in rows if n < len(columns)) for n in range(len(titles))):
        return False  # (a column no row fills: key figures over a poster's columns, no table)
    cells = [_joined(pieces) for _, columns in rows for pieces in columns if pieces]
    figures = sum(1 for cell in cells if re.fullmatch(r"[\d\s.,€%kK/+–—-]+", cell))
    return bool(cells) and figures * 4 <= len(cells)


def untranspose(lines: list[str]) -> list[str] | None:
    """The lines with each table set out across read as rows, the table's other lines left
    blank (every line keeps its number, so provenance needs no mapping); None when the file
    holds no such table."""
    out = list(lines)
    k = 0
    changed = False
    while k < len(lines):
        header = _header(lines, k) if "  " in lines[k] else None
        found = _rows(lines, header[1], header[0]) if header else None
        if header is None or found is None:
            k += 1
            continue
        starts, head_last = header
        rows, last = found
        titles: list[list[str]] = [[] for _ in starts]
        for j in range(k, head_last + 1):
            for start, text in _spans(lines[j]):
                column = _column(start, starts)
                if column is not None:
                    titles[column].append(text)
        if not _items_across(titles, rows) or len(starts) + 1 > last - k + 1:
            k += 1
            continue
        indent = " " * min(len(line) - len(line.lstrip()) for line in lines[k : last + 1] if line.strip())
        table = [f"{indent}|  | " + " | ".join(label for label, _ in rows) + " |"]
        for n, title in enumerate(titles):
            cells = [_joined(title)] + [_joined(pieces[n]) for _, pieces in rows]
            table.append(f"{indent}| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
        out[k : last + 1] = table + [""] * (last + 1 - k - len(table))
        changed = True
        k = last + 1
    return out if changed else None
