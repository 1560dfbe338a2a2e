"""Tables whose cells come one under another, as a PDF-to-text tool dumps a table without its
layout:

    N°
    Action
    Pilote
    Coût total

    1.1
    Étendre le portage de repas aux
    communes rurales
    Pôle Autonomie
    42 000 €

The column titles, each alone on a short line, then a blank line, then the rows: each opens on
its number (a shape the rows share: "1.1", "Axe 2"), or is a group of exactly one line per
column. A cell may wrap over several lines; a new cell starts on a line that opens a new phrase
(a capital, a figure, a dash) after a line that does not run on (no comma, dash or function word
at its end); the money column starts at the row's first amount. Page furniture met inside the
table (a page number, a running line, the titles printed again) is skipped, so a row cut by a
page is read whole.

The table is written back as the pipe table it means ("| N° | Action | … |"), over its own
lines, the rest left blank, so every line after it keeps its number.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..normalize.text import fold
from ..reference import load_reference

_MAX_TITLE = 32  # a column title is a few words
_MAX_COLUMNS = 8
_KEY = re.compile(r"^(?:[^\W\d]{1,12}\s?)?\d{1,3}(?:[.\-]\d{1,3}){0,2}[a-z]?$")  # "1.1", "Axe 2", "A3"
_AMOUNT = re.compile(r"\d[\d\s\u00a0\u202f.,]*\s*(?:k€|M€|€|euros?\b)", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\d{1,3}(?:\s*/\s*\d{1,3})?$")
_RUNS_ON = re.compile(r"(?:[,;/&(+–—-]|\bet|\bou)$")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("document")["function_words"])


@lru_cache(maxsize=1)
def _money_titles() -> tuple[str, ...]:
    money = load_reference("money")
    return tuple(fold(w) for w in [*money["money_table_heads"], *money["cost_components"]])


def _title_line(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= _MAX_TITLE
        and len(text.split()) <= 4
        and not text.endswith((".", ",", ";", ":", "?", "!", "…"))
        and not text[:1].islower()
        and "|" not in text
        and not _AMOUNT.search(text)
    )


def _shape(key: str) -> str:
    return re.sub(r"\d+", "0", key.strip())


def _runs_on(line: str) -> bool:
    """A line whose phrase goes on below: it ends on a comma, a dash, a slash or a function word."""
    text = line.strip()
    if text in {"–", "—", "-"}:
        return False  # an empty cell, marked
    if _RUNS_ON.search(text):
        return True
    words = re.split(r"[\s'’]", text)
    return len(words) >= 2 and fold(words[-1]) in _function_words()


def _opens(line: str) -> bool:
    """A line that may open a cell: a capital, a figure, a bracket or a dash."""
    text = line.strip()
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in '–—-(«"')


def _cells(lines: list[str], columns: int, money_last: bool) -> list[str] | None:
    """A row's lines parted into its cells; None when they cannot be."""
    if len(lines) == columns:
        return [line.strip() for line in lines]
    if len(lines) < columns:
        return None
    key, rest = lines[0].strip(), lines[1:]
    breaks = [j for j in range(1, len(rest)) if _opens(rest[j]) and not _runs_on(rest[j - 1])]
    money_at = next((j for j in range(1, len(rest)) if _AMOUNT.search(rest[j])), None) if money_last else None
    last = money_at if money_at is not None and money_at in breaks else (breaks[-1] if breaks else None)
    if last is None:
        return None
    middle = [j for j in breaks if j < last][: columns - 3]
    if len(middle) < columns - 3:
        return None
    starts = [0, *middle, last]
    cells = [
        " ".join(x.strip() for x in rest[a:b]) for a, b in zip(starts, [*starts[1:], len(rest)], strict=True)
    ]
    return [key, *cells]


def _header(lines: list[str], n: int) -> list[str] | None:
    """The column titles printed one a line from line n, a blank line under them."""
    titles: list[str] = []
    k = n
    while k < len(lines) and _title_line(lines[k]) and len(titles) <= _MAX_COLUMNS:
        titles.append(lines[k].strip())
        k += 1
    if not 3 <= len(titles) <= _MAX_COLUMNS or k >= len(lines) or lines[k].strip():
        return None
    if len({fold(t) for t in titles}) < len(titles):
        return None
    return titles


def _furniture(line: str, running: set[str], titles: set[str], key_shape: str | None) -> bool:
    text = line.strip()
    return (
        text in running
        or fold(text) in titles
        or (bool(_PAGE_NUMBER.match(text)) and (key_shape is None or _shape(text) != key_shape))
    )


def _table(
    lines: list[str], start: int, titles: list[str], running: set[str]
) -> tuple[list[list[str]], int] | None:
    """The rows from line `start` on and the line after the table's last."""
    columns = len(titles)
    money_last = fold(titles[-1]).startswith(_money_titles())
    folded_titles = {fold(t) for t in titles}
    rows: list[list[str]] = []
    key_shape: str | None = None
    n, end = start, start
    while n < len(lines):
        while n < len(lines) and (
            not lines[n].strip() or _furniture(lines[n], running, folded_titles, key_shape)
        ):
            n += 1
        if n >= len(lines):
            break
        first = lines[n].strip()
        keyed = _KEY.match(first) is not None and (key_shape is None or _shape(first) == key_shape)
        group = [lines[n]]
        k = n + 1
        while k < len(lines) and lines[k].strip():
            text = lines[k].strip()
            if keyed and _KEY.match(text) and _shape(text) == _shape(first):
                break  # the next row, no blank line between
            if text in running or (
                _PAGE_NUMBER.match(text) and k + 1 < len(lines) and lines[k + 1].strip() in running
            ):
                if _cells(group, columns, money_last) is not None:
                    break  # the page ends the row: what follows the page's furniture is no cell of it
                k += 1  # a row cut by the page, read on past its furniture
                continue
            group.append(lines[k])
            k += 1
        if not keyed and (
            len(group) != columns or (key_shape is not None and not _AMOUNT.search(" ".join(group)))
        ):
            break  # a paragraph or a note under the table (a numbered table's "Total" row has its amount)
        cells = _cells(group, columns, money_last)
        if cells is None:
            break
        if keyed and key_shape is None:
            key_shape = _shape(first)
        rows.append(cells)
        n = end = k
    if len(rows) < 2 or not (key_shape is not None or any(_AMOUNT.search(" ".join(r)) for r in rows)):
        return None
    return rows, end


def restack(lines: list[str]) -> list[str] | None:
    """The lines with each table of stacked cells written as a pipe table; None if none is."""
    counts = Counter(line.strip() for line in lines if line.strip())
    running = {text for text, count in counts.items() if count >= 3 and len(text) > 20}
    out = list(lines)
    changed = False
    n = 0
    while n < len(lines):
        if not _title_line(lines[n]) or (n > 0 and _title_line(lines[n - 1])):
            n += 1
            continue
        found = None
        # the titles from the run's first line, or its second (a caption over the table)
        for skip in (0, 1):
            titles = _header(lines, n + skip)
            found = _table(lines, n + skip + len(titles) + 1, titles, running) if titles else None
            if titles and found:
                break
        if titles is None or found is None:
            n += 1
            continue
        rows, end = found
        written = [
            "| " + " | ".join(titles) + " |",
            "|" + " --- |" * len(titles),
            *("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows),
        ]
        top = n + skip
        if len(written) > end - top:
            n += 1
            continue
        out[top:end] = written + [""] * (end - top - len(written))
        changed = True
        n = end
    return out if changed else None
