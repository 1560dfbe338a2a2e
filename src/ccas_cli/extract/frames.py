"""Boxes drawn with characters ("+----+" and "|", or "┌──┐" and "│"), as a text extraction or a
plain-text layout prints a fiche's key facts: read as the lines they hold.

A one-column box gives its lines (a line indented under the one above goes on from it); a box
whose row of labels sits over a row of values ("│ Territoire │ Porteur │" over "│ Gers │ CCAS │")
gives "Label : value" lines. The box keeps its place and its number of lines, so that every
line number (provenance) still points at the box in the file.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*[+┌╔├╠└╚][-─═━+┬╦┼╬┴╩]{6,}[+┐╗┤╣┘╝]\s*$")
_ROW = re.compile(r"^\s*([|│║])(?P<inner>.*)\1\s*$")
_OPENING = ("+-", "+=", "┌", "╔")
_ASCII_GRID = str.maketrans(
    {**dict.fromkeys("┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝", "+"), **dict.fromkeys("─━", "-"), "═": "=", "│": "|", "║": "|"}
)


def unframe(lines: list[str]) -> list[str]:
    """The lines with every drawn box replaced by its content (same number of lines)."""
    if not any(line.lstrip().startswith(_OPENING) for line in lines):
        return lines
    out = list(lines)
    k = 0
    while k < len(lines):
        if not (lines[k].lstrip().startswith(_OPENING) and _BORDER.match(lines[k])):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (_ROW.match(lines[end]) or _BORDER.match(lines[end])):
            end += 1
        last = end - 1
        content = (
            _content(lines[k : last + 1])
            if last > k and _BORDER.match(lines[last]) and any(_ROW.match(lines[n]) for n in range(k, last))
            else None
        )
        if content is not None:
            out[k : last + 1] = content
            k = last + 1
        elif last > k and _BORDER.match(lines[last]):
            # a grid of several columns, read as a table: its inner borders open no box of
            # their own ("| Pilote | … |" over "| Partenaires | … |" is no row of labels); drawn
            # with box characters ("┌──┬──┐", "│"), it is redrawn as the ASCII grid tables are
            out[k : last + 1] = [line.translate(_ASCII_GRID) for line in lines[k : last + 1]]
            k = last + 1
        else:
            k += 1
    return out


def _cells(line: str) -> list[str]:
    match = _ROW.match(line)
    assert match is not None
    inner = match["inner"]
    return [c for c in re.split(r"[|│║]", inner)] if re.search(r"[|│║]", inner) else [inner]


def _content(frame: list[str]) -> list[str] | None:
    """The box's lines, its borders blank; None for a grid the block reader reads as a table."""
    groups: list[list[int]] = []  # rows between separators, as indexes into the frame
    current: list[int] = []
    for n, line in enumerate(frame):
        if _BORDER.match(line):
            if current:
                groups.append(current)
            current = []
        else:
            current.append(n)
    out = [""] * len(frame)
    g = 0
    while g < len(groups):
        group = groups[g]
        columns = {len(_cells(frame[n])) for n in group}
        following = groups[g + 1] if g + 1 < len(groups) else None
        # (rows of a table under its header: more than one line fills every cell — "60 – Achats
        # … | 21 300", "61 – Services … | 9 850" — where a box's one row of values wraps, its
        # next lines filling some cells only)
        opened = (
            sum(1 for n in following if all(cell.strip() for cell in _cells(frame[n])))
            if following is not None
            else 0
        )
        if (
            len(columns) == 1
            and (width := columns.pop()) > 1
            and len(group) == 1
            and following is not None
            and {len(_cells(frame[n])) for n in following} == {width}
            and opened <= 1
        ):
            # a row of labels over a row of values: "Label : value" lines
            labels = [c.strip() for c in _cells(frame[group[0]])]
            values = _merged(frame, following, width)
            pairs = [
                f"{label} : {value}" for label, value in zip(labels, values, strict=True) if label and value
            ]
            # the lines from the labels to the border under the values hold the pairs
            slots = list(range(group[0], min(following[-1] + 2, len(frame))))
            for n, pair in enumerate(pairs):
                slot = slots[min(n, len(slots) - 1)]
                out[slot] = f"{out[slot]} · {pair}" if n >= len(slots) else pair
            g += 2
            continue
        if max(len(_cells(frame[n])) for n in group) > 1:
            return None  # a grid of several columns ("| PILOTE | Pôle … |"): read as a table
        # one column: its lines, a line indented under the one above going on from it (the
        # lines set one under the other, the box's last lines left blank)
        entries: list[str] = []
        indent = 0
        for n in group:
            text = _cells(frame[n])[0]
            stripped = text.strip()
            if not stripped:
                continue
            own = len(text) - len(text.lstrip())
            if entries and own > indent:
                entries[-1] += " " + stripped
                continue
            entries.append(stripped)
            indent = own
        for n, entry in zip(group, entries, strict=False):
            out[n] = entry
        g += 1
    return out


def _merged(frame: list[str], group: list[int], width: int) -> list[str]:
    """The cells of a row printed over several lines, each column's pieces joined."""
    pieces: list[list[str]] = [[] for _ in range(width)]
    for n in group:
        for column, cell in enumerate(_cells(frame[n])):
            if cell.strip():
                pieces[column].append(cell.strip())
    return [" ".join(p) for p in pieces]
