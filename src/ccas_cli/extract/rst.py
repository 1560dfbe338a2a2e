"""A document written in reStructuredText (a documentation site's source, Sphinx), read as the
markdown it stands for:

    Title / =====  (over- or underlined)   → # Title (levels in the order the styles appear)
    :Pilote: Service …                     → Pilote : Service …
    .. |cd15| replace:: Conseil …          → nothing; "|cd15|" in the text → Conseil …
    .. list-table:: / * - Financeur / - 18 000 €   → "Financeur : 18 000 €", a row a line
    .. csv-table:: / "1", "Title", "354 000"        → the same, its header's names before cells
    .. note:: / .. contents:: / .. _target: url     → nothing (the note's text stays)
    `Nous contacter`_, ``code``, *italic*          → Nous contacter, code, italic

Each line keeps the file line it comes from.
"""

from __future__ import annotations

import csv
import re

_DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>[\w:-]+)::\s*(?P<arg>.*)$")
_SUBSTITUTION = re.compile(r"^\.\.\s+\|(?P<name>[^|]+)\|\s+replace::\s*(?P<text>.*)$")
_TARGET = re.compile(r"^\.\.\s+_[^:]+:\s*\S*$")
_FIELD = re.compile(r"^:(?P<label>[^:`]{1,60}):(?:\s+(?P<value>.*))?$")
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+.:_])\1{2,}\s*$")
_OPTION = re.compile(r"^\s+:[\w-]+:(?:\s.*)?$")


def looks_like_rst(lines: list[str]) -> bool:
    """Directives (".. note::", ".. list-table::"), substitutions or field lists beside headings
    underlined with punctuation: reStructuredText."""
    head = lines[:1500]
    directives = sum(
        1 for line in head if _DIRECTIVE.match(line) or _SUBSTITUTION.match(line) or _TARGET.match(line)
    )
    underlined = sum(1 for line in head if _ADORNMENT.match(line))
    return directives >= 2 and underlined >= 2


def _inline(text: str, substitutions: dict[str, str]) -> str:
    text = re.sub(r"\|([^|\s][^|]*)\|(?!\|)", lambda m: substitutions.get(m[1], m[0]), text)
    text = re.sub(r"`([^`<]+?)\s*<[^>]+>`__?", r"\1", text)  # `label <url>`_
    text = re.sub(r"`([^`]+)`__?", r"\1", text)  # `name`_
    text = re.sub(r"``([^`]+)``", r"\1", text)
    text = re.sub(r"(?<![*\w])\*(?!\*)([^*]+?)\*(?!\*)", r"\1", text)  # *italic*
    text = re.sub(r":[\w-]+:`([^`]+)`", r"\1", text)  # :ref:`x`
    return text.rstrip()


def _row_line(cells: list[str], header: list[str]) -> str:
    """A table's row as a line of its own: its first cell a label over the others, each named by
    its column's header when the table has one ("Financeur : 18 000 €", "1 : Intitulé Garantir …
    ; Montant 354 000")."""
    cells = [c.strip() for c in cells]
    if not any(cells):
        return ""
    first, rest = cells[0], cells[1:]
    named = [
        f"{header[k + 1]} {cell}" if header and k + 1 < len(header) and len(rest) > 1 else cell
        for k, cell in enumerate(rest)
        if cell
    ]
    return f"{first} : {' ; '.join(named)}" if first else " ; ".join(named)


def rst_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The document as markdown lines, one for each of the file's lines."""
    substitutions = {
        m["name"]: m["text"].strip() for line in lines if (m := _SUBSTITUTION.match(line.strip()))
    }
    out = [""] * len(lines)
    tables: dict[int, str] = {}  # the lines simple tables are read into, by file line
    dropped: set[int] = set()  # their borders and wrapped lines
    styles: list[tuple[str, bool]] = []  # heading styles in the order they appear: their levels
    table: str | None = None  # the table directive being read ("list-table", "csv-table")
    header: list[str] = []
    header_rows = 0
    rows: list[tuple[int, list[str]]] = []

    def close_table() -> None:
        nonlocal table, header, rows
        if rows and table == "list-table" and header_rows:
            header = rows[0][1]
            rows = rows[1:]
        for number, cells in rows:
            out[number] = _row_line([_inline(c, substitutions) for c in cells], header)
        table, header, rows = None, [], []

    n = 0
    while n < len(lines):
        raw = lines[n]
        line = raw.strip()
        if table is not None:
            if line and not raw[:1].isspace():
                close_table()
                continue
            if _OPTION.match(raw):
                option = re.match(r"^\s+:(?P<name>[\w-]+):\s*(?P<value>.*)$", raw)
                if option and option["name"] == "header" and table == "csv-table":
                    header = [c.strip() for c in next(csv.reader([option["value"]], skipinitialspace=True))]
                elif option and option["name"] == "header-rows":
                    header_rows = int(option["value"] or 0) if option["value"].strip().isdigit() else 1
            elif table == "list-table" and re.match(r"^\*\s+-\s*", line):
                rows.append((n, [re.sub(r"^\*\s+-\s*", "", line)]))
            elif table == "list-table" and line.startswith("- ") and rows:
                rows[-1][1].append(line[2:])
            elif table == "list-table" and line and rows:
                rows[-1][1][-1] = f"{rows[-1][1][-1]} {line}"  # a cell wrapped
            elif table == "csv-table" and line:
                rows.append((n, [c for c in next(csv.reader([line], skipinitialspace=True))]))
            n += 1
            continue
        simple = _simple_table(lines, n) if _BORDER.match(raw) else None
        if simple is not None:
            end, table_lines = simple
            for at, text in table_lines:
                tables[at] = text
            for k in range(n, end):
                out[k] = ""
            dropped.update(k for k in range(n, end) if k not in tables)
            n = end
            continue
        if n + 1 < len(lines) and line and not _ADORNMENT.match(line):
            under = lines[n + 1].strip()
            over = lines[n - 1].strip() if n > 0 else ""
            if _ADORNMENT.match(under) and len(under) >= len(line) - 2:
                style = (under[0], bool(_ADORNMENT.match(over)) and over[0] == under[0])
                if style not in styles:
                    styles.append(style)
                out[n] = "#" * min(6, styles.index(style) + 1) + " " + _inline(line, substitutions)
                n += 2
                continue
        if _ADORNMENT.match(line) or _SUBSTITUTION.match(line) or _TARGET.match(line):
            n += 1
            continue
        directive = _DIRECTIVE.match(line)
        if directive is not None:
            name = directive["name"]
            if name in ("list-table", "csv-table"):
                table, header, header_rows, rows = name, [], 0, []
                if directive["arg"]:
                    out[n] = f"**{_inline(directive['arg'], substitutions)}**"  # its caption
            n += 1
            while name not in ("list-table", "csv-table") and n < len(lines) and _OPTION.match(lines[n]):
                n += 1  # ("   :local:" under ".. contents::"): the directive's options
            while name not in ("list-table", "csv-table") and n < len(lines):
                # (".. note::" over its indented text: the text, as the page prints it)
                body = lines[n]
                if body.strip() and not body[:1].isspace():
                    break
                out[n] = _inline(body.strip(), substitutions)
                n += 1
            continue
        if re.match(r"^\.\.(?:\s|$)", line):
            n += 1  # a comment
            continue
        field = _FIELD.match(line)
        if field is not None and not raw[:1].isspace():
            value = _inline(field["value"] or "", substitutions)
            out[n] = f"{field['label'].strip()} : {value}".rstrip(" :") + ("" if value else " :")
            n += 1
            continue
        out[n] = _inline(raw, substitutions)
        n += 1
    if table is not None:
        close_table()
    if not tables:
        return out, list(range(1, len(lines) + 1))
    # (a simple table's rows each on the line it opens on, its wrapped lines and borders gone:
    # the rows stay one table)
    kept = [(tables.get(k, text), k + 1) for k, text in enumerate(out) if k not in dropped]
    return [text for text, _ in kept], [number for _, number in kept]


# "=====  ========  =====": a simple table's border, its columns' extent
_BORDER = re.compile(r"^=+(?: +=+)+\s*$")


def _simple_table(lines: list[str], first: int) -> tuple[int, list[tuple[int, str]]] | None:
    """A simple table from its top border: (the line after its bottom border, its lines as a
    markdown table, each at the file line its row opens on). A row whose first column is blank
    goes on from the row above."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", lines[first])]
    borders = [first]
    k = first + 1
    while k < len(lines):
        if _BORDER.match(lines[k]):
            borders.append(k)
            if k + 1 >= len(lines) or not lines[k + 1].strip():
                break
        elif not lines[k].strip() and len(borders) >= 2:
            return None
        k += 1
    if k >= len(lines) or len(borders) < 2:
        return None
    header_end = borders[1] if len(borders) >= 3 else None

    def cells(line: str) -> list[str]:
        # (each cell from its column's start to the next one's: a wrapped word may pass the border)
        starts = [start for start, _ in spans]
        return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]

    rows: list[tuple[int, list[str]]] = []
    header: list[str] = []
    for at in range(first + 1, k):
        if at in borders or not lines[at].strip():
            continue
        row = cells(lines[at])
        if header_end is not None and at < header_end:
            header = [f"{h} {c}".strip() for h, c in zip(header or [""] * len(row), row, strict=False)]
        elif rows and not row[0]:
            rows[-1][1][:] = [f"{a} {b}".strip() for a, b in zip(rows[-1][1], row, strict=False)]
        else:
            rows.append((at, row))
    table: list[tuple[int, str]] = []
    if header:
        table.append((first + 1, "| " + " | ".join(header) + " |"))
        table.append((header_end or first + 1, "|" + "---|" * len(header)))
    table += [(at, "| " + " | ".join(row) + " |") for at, row in rows]
    return k + 1, table
