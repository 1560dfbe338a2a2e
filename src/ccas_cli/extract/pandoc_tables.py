"""Tables as pandoc writes them in plain text and in its own markdown (`-t plain`, `-t markdown`):

      -------------------------------------------------------
      Dépenses                   Montant (€) Recettes
      -------------------------- ----------- ----------------
      Acquisition et aménagement      38 000 CCAS de …
      d'un véhicule

      Total dépenses                  80 000 Total recettes
      -------------------------------------------------------

The columns are given by the rule of dash groups under the header, one group a column. A
"simple" table has a row a line and ends on a blank line; a "multiline" table opens on a full
rule, its rows are separated by blank lines (a cell wraps within its column) and it closes on a
full rule. Each is written back as the pipe table it means, from its first line, the rest of its
lines left blank, so every line after it keeps its number.
"""

from __future__ import annotations

import re
from itertools import pairwise

# "---------- ------ -----": the rule under the header, a dash group a column (two or more)
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?: +-{2,})+\s*$")
_FULL_RULE = re.compile(r"^\s*-{8,}\s*$")
_WORD = re.compile(r"\S+")


def looks_like_pandoc_tables(lines: list[str]) -> bool:
    return any(_COLUMN_RULE.match(line) for line in lines)


def _columns(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]


def _cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    """The line's words, each in the column its middle falls in (the nearest when it falls in
    a gap: a figure set one character past its column's end)."""
    cells: list[list[str]] = [[] for _ in columns]
    for word in _WORD.finditer(line):
        middle = (word.start() + word.end() - 1) / 2
        k = min(
            range(len(columns)),
            key=lambda c: (
                0
                if columns[c][0] <= middle < columns[c][1]
                else min(abs(middle - columns[c][0]), abs(middle - columns[c][1] + 1))
            ),
        )
        cells[k].append(word[0])
    return [" ".join(words) for words in cells]


def _across(line: str, columns: list[tuple[int, int]]) -> bool:
    """A line whose words run on, one space apart, over the gap between two columns ("AXE 1 -
    FACILITER L'ACCÈS AUX DROITS" across the table): a row of one cell, not cut at the columns."""
    for run in re.finditer(r"\S+(?: \S+)*", line):
        if any(run.start() < end <= start < run.end() for (_, end), (start, _) in pairwise(columns)):
            return True
    return False


_HANGING = re.compile(r"(?:[,(/–-]|\b(?:de|du|des|la|le|les|et|à|au|aux|en|pour|sur|d['’]|l['’]))$")


def _goes_on(cells: list[str], rows: list[list[str]], spanning: set[int], header: bool) -> bool:
    """Cells that go on the row above: its first cell empty, a cell in lower case or going on
    from a cell left hanging ("… Conseil départemental du" / "Cher")."""
    if cells[0] or len(rows) <= (1 if header else 0) or (len(rows) - 1) in spanning:
        return False
    above = rows[-1]
    return any(
        cell and (cell[:1].islower() or _HANGING.search(above[k]) is not None) for k, cell in enumerate(cells)
    )


def _wrapped(above: str, below: str) -> str:
    """A cell's line under its line above: the same text going on, or — a figure closing the
    line above, a figure or a capital opening this one ("2026 : 40 000" / "2027 : 25 000") — its
    next entry."""
    if not above or not below:
        return f"{above}{below}"
    if re.search(r"\d$", above) and re.match(r"[\dA-ZÀ-Ý]", below):
        return f"{above} ; {below}"
    return f"{above} {below}"


def _joined(rows: list[list[str]]) -> list[str]:
    """The lines of one row (a multiline table's cell wrapped in its column) as one row."""
    return [" ".join(c for c in column if c) for column in zip(*rows, strict=True)]


def _table(lines: list[str], rule_at: int) -> tuple[int, int, list[list[str]]] | None:
    """The table around the column rule at rule_at: its first and last line, and its rows
    (header first)."""
    columns = _columns(lines[rule_at])
    top = rule_at
    header: list[list[str]] = []
    n = rule_at - 1
    while n >= 0 and lines[n].strip() and not _FULL_RULE.match(lines[n]):
        n -= 1
    multiline = n >= 0 and _FULL_RULE.match(lines[n]) is not None and rule_at - n <= 4
    if multiline:
        top = n
        header = [_cells(line, columns) for line in lines[n + 1 : rule_at]]
    elif rule_at > 0 and lines[rule_at - 1].strip():
        top = rule_at - 1
        header = [_cells(lines[top], columns)]
    if top > 0 and lines[top - 1].strip() and not multiline:
        return None  # (a rule under the last line of a paragraph: no table's header)
    rows: list[list[str]] = [_joined(header)] if header else []
    group: list[list[str]] = []
    spanning: set[int] = set()  # rows set across the table ("AXE 2 - …"): one cell
    n = rule_at + 1
    while n < len(lines):
        line = lines[n]
        if _FULL_RULE.match(line) or (not header and _COLUMN_RULE.match(line)):
            break  # the closing rule
        if not line.strip():
            if not multiline:
                # (a spreadsheet's export: a blank line, then a part's row across the table over
                # rows cut at the same columns — the table goes on)
                following = next((m for m in range(n + 1, min(n + 3, len(lines))) if lines[m].strip()), None)
                if (
                    following is not None
                    and following + 1 < len(lines)
                    and _across(lines[following], columns)
                    and not _across(lines[following + 1], columns)
                    and sum(1 for c in _cells(lines[following + 1], columns) if c) >= 3
                ):
                    n = following
                    continue
                n -= 1
                break
            if group:
                rows.append(_joined(group))
                group = []
            n += 1
            continue
        if "|" in line or line.strip().startswith("+"):
            return None  # (another table's marks: not pandoc's)
        cells = _cells(line, columns)
        if multiline:
            group.append(cells)
        elif _across(line, columns):
            spanning.add(len(rows))
            rows.append([" ".join(line.split()), *([""] * (len(columns) - 1))])
        elif _goes_on(cells, rows, spanning, bool(header)):
            # "            centre-ville      …   Travail, Conseil départemental du": the row above's
            # cells wrapped in their columns, its first cell empty
            rows[-1] = [_wrapped(a, b) for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        n += 1
    if group:
        rows.append(_joined(group))
    if len(rows) < 2:
        return None
    return top, min(n, len(lines) - 1), rows


def pandoc_tables(lines: list[str]) -> list[str]:
    """The lines with each pandoc table written as a pipe table over its own lines."""
    out = list(lines)
    n = 0
    while n < len(lines):
        if not _COLUMN_RULE.match(lines[n]):
            n += 1
            continue
        found = _table(lines, n)
        if found is None:
            n += 1
            continue
        top, last, rows = found
        written = ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows]
        written.insert(1, "|" + " --- |" * len(rows[0]))
        if len(written) > last - top + 1:
            n += 1
            continue
        out[top : last + 1] = written + [""] * (last - top + 1 - len(written))
        n = last + 1
    return out
