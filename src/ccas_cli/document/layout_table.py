"""Tables laid out with spaces, as a PDF-to-text tool keeps a page's layout: a header of column
labels, then rows whose cells wrap over several lines side by side.

    N°    Action                        Pilote              Partenaires          Budget
    ---------------------------------------------------------------------------------
    1.1   Ouvrir une permanence sans    Service Accueil     CAF, CPAM,           12 000 €
          rendez-vous                   du CCAS             France Services

Each line is cut at the header's columns (a piece of text belongs to the column it overlaps
most); a row's pieces, line by line, are its cells' lines. Rows end at a blank line, or where
the first column prints again. The table is recognised by its header (column labels a family
knows, or a rule of dashes right under it), never by its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.source import Source
from ..normalize.text import clean_inline, fold

_SPAN = re.compile(r"\S+(?:[ \u00a0\u202f]\S+)*")  # text between gaps of two spaces or more
_RULE = re.compile(r"^[-=─━_ ]{10,}$")
_MIN_COLUMNS = 3


@dataclass(frozen=True)
class LayoutTable:
    rows: list[list[str]]  # the header first, then one list of cells a row
    row_lines: list[int]  # the first line of each row (the header's included)
    last: int  # the table's last line
    starts: list[int]  # where each column starts


# "Axe 2 – Sécuriser les parcours": a part's numbered title set across a table's columns
_SPANNING_PART = re.compile(r"^\s*[^\W\d]{2,20}\s+\d{1,2}\s*[–—:.-]\s+\S")
_UNIT_CAPTION = re.compile(r"(?i)\b(?:en|montants? en)\s+(?:euros|€|k€|milliers d['’]euros)\b")
_FIGURE = re.compile(r"[\d\s\u00a0\u202f.,€%—–-]*\d[\d\s\u00a0\u202f.,€%]*")


def _spans(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in _SPAN.finditer(line.replace("\t", "    "))]


def _known(text: str, labels: frozenset[str]) -> bool:
    folded = fold(text.strip(" *:()"))
    return folded in labels or any(folded.startswith(label + " ") for label in labels)


def _columns(line: str, labels: frozenset[str], ruled: bool) -> list[int] | None:
    """The start of each column, from a header line: three labels or more, short, set apart by
    wide gaps — two the family knows, or a rule of dashes under the header."""
    spans = _spans(line)
    if len(spans) < _MIN_COLUMNS or any(len(text) > 30 or text.endswith((".", ";")) for _, _, text in spans):
        return None
    years = sum(1 for _, _, text in spans if re.fullmatch(r"(?:19|20)\d\d", text))
    if any(re.search(r"\d{3}", text) for _, _, text in spans) and years < 2:
        return None  # figures: a row of a table, not its header (its columns of years aside)
    if any(re.search(r"\d{3}", text) and not re.fullmatch(r"(?:19|20)\d\d", text) for _, _, text in spans):
        return None
    known = sum(1 for _, _, text in spans if _known(text, labels))
    if known < 2 and not (ruled and known >= 1):
        return None
    return [start for start, _, _ in spans]


def _cut(line: str, starts: list[int]) -> list[str] | None:
    """The line's pieces by column, or None when a piece runs across two columns (prose, a
    heading, a page's furniture: the table is over)."""
    cells = [""] * len(starts)
    for start, end, text in _spans(line):
        bounds = [(s, starts[k + 1] if k + 1 < len(starts) else 10_000) for k, s in enumerate(starts)]
        overlaps = [max(0, min(end, hi) - max(start, lo)) for lo, hi in bounds]
        best = max(range(len(starts)), key=lambda k: overlaps[k])
        if sum(1 for o in overlaps if o > 2) > 1 and _FIGURE.fullmatch(text):
            # "   24 000" under a header set flush right ("      CAF"): a figure belongs to the
            # column its right end falls in
            best = next((k for k, (lo, hi) in enumerate(bounds) if lo <= end - 1 < hi), best)
        elif (
            sum(1 for o in overlaps if o > 2) > 1
            and overlaps[best] > 0
            and len(starts) >= 4
            and start >= starts[2]
            and any(cells)
        ):
            # "2.3   Accompagner …   Service insertion   France Travail …     À moyens constants":
            # a cell across the figures' columns of a row whose cells at the left are set: the
            # column it overlaps most (prose under a table starts at the left margin)
            pass
        elif overlaps[best] == 0 or sum(1 for o in overlaps if o > 2) > 1:
            return None
        cells[best] = f"{cells[best]} {text}".strip()
    return cells


def joined_lines(pieces: list[str]) -> str:
    """A cell's lines as one text: a word cut at a line end mended ("asso-" / "ciations"), a
    compound cut at its own hyphen kept ("Saint-" / "Dié")."""
    text = ""
    for piece in pieces:
        if re.search(r"\w-$", text) and piece[:1].islower():
            text = text[:-1] + piece
        elif re.search(r"\w-$", text):
            text += piece
        elif re.search(r"\d\s*(?:€|k€|M€|euros?)$", text) and piece[:1].isupper():
            # "CCAS : 24 000 €" / "Conférence des financeurs : 16 000 €": a cell listing amounts a
            # line each, each line its own
            text = f"{text} ; {piece}"
        else:
            text = f"{text} {piece}".strip()
    return clean_inline(text)


def layout_table(source: Source, first: int, labels: frozenset[str]) -> LayoutTable | None:
    """The table whose header is line `first`, or None."""
    header_line = source.line(first)
    look = first + 1
    while look <= len(source) and look <= first + 2 and not _RULE.match(source.line(look).strip()):
        look += 1
    ruled = look <= len(source) and bool(_RULE.match(source.line(look).strip()))
    # ("Montants cumulés …, en euros" right above: a caption giving the table's unit, as a rule under
    # its header does, sets its header apart)
    above = next(
        (source.line(n) for n in range(first - 1, max(0, first - 3), -1) if source.line(n).strip()), ""
    )
    captioned = _UNIT_CAPTION.search(above) is not None
    starts = _columns(header_line, labels, ruled or captioned)
    if starts is None:
        return None
    header = _cut(header_line, starts)
    if header is None:
        return None
    number = first + 1
    if not ruled:
        # "Budget" over "prévisionnel" (a blank line between, as a PDF's text keeps them): a word or
        # two under the header's own cells, no figure, go on the header
        look = number
        while look <= len(source) and look <= first + 2 and not source.line(look).strip():
            look += 1
        more = _cut(source.line(look), starts) if look <= len(source) and look <= first + 3 else None
        if (
            more is not None
            and 0 < sum(1 for m in more if m) <= 2
            and all(
                not m or (h and not re.search(r"\d", m) and len(m) <= 30)
                for h, m in zip(header, more, strict=True)
            )
        ):
            header = [f"{h} {m}".strip() for h, m in zip(header, more, strict=True)]
            number = look + 1
    if ruled:
        # "Budget" over "prévisionnel (1)": the header's cells go on down to the rule
        for extra in range(first + 1, look):
            more = _cut(source.line(extra), starts)
            if more is None or not any(more):
                return None
            header = [f"{h} {m}".strip() for h, m in zip(header, more, strict=True)]
        number = look + 1
    # ("PILOTE   PARTENAIRES   CALENDRIER   BUDGET": every head a field label — a sheet's facts
    # set out across, one row, its lines running on down to a blank line)
    facts = all(_known(h, labels) for h in header if h)
    rows, row_lines, last = _rows(source, number, starts, joined=facts)
    if len(rows) < 1:
        # a header over a row spanning the table ("AXE 1 – …", a blank line or two between them):
        # its rows come in segments below, read with its columns (`layout_rows`)
        below = next(
            (n for n in range(number, min(number + 3, len(source) + 1)) if source.line(n).strip()), None
        )
        spanning = below is not None and _SPANNING_PART.match(source.line(below)) is not None
        return (
            LayoutTable([[clean_inline(h) for h in header]], [first], max(last, first), starts)
            if last > first or spanning
            else None
        )
    body = [[joined_lines(pieces) for pieces in row] for row in rows]
    return LayoutTable([[clean_inline(h) for h in header], *body], [first, *row_lines], last, starts)


def layout_rows(source: Source, first: int, table: LayoutTable) -> LayoutTable | None:
    """Rows from line `first` on, cut at the columns of the table above (its header repeated): a
    segment of it set apart by a row spanning the table ("AXE 2 – …"), a sub-total, a page's
    furniture. Its first row holds three cells or more, set at the header's columns."""
    cells = _cut(source.line(first), table.starts)
    below = _cut(source.line(first + 1), table.starts) if first < len(source) else None
    if cells is not None and sum(1 for c in cells if c) == 1 and not cells[0] and below and below[0]:
        cells = below  # a row's first line set above its number: the row opens there all the same
    if cells is None or sum(1 for c in cells if c) < 3:
        return None
    rows, row_lines, last = _rows(source, first, table.starts)
    if not rows:
        return None
    body = [[joined_lines(pieces) for pieces in row] for row in rows]
    return LayoutTable([table.rows[0], *body], [table.row_lines[0], *row_lines], last, table.starts)


def _rows(
    source: Source, number: int, starts: list[int], joined: bool = False
) -> tuple[list[list[list[str]]], list[int], int]:
    """The rows from line `number`, each a list of its cells' lines, their first lines, and the
    last line read; `joined`: a row runs on down to a blank line."""
    rows: list[list[list[str]]] = []
    row_lines: list[int] = []
    last = number - 1
    open_row = False
    carried: list[str] | None = None  # a row's first line set above its number
    # rows opened after a blank line, and right under a row's line: a table whose rows are all
    # set apart by blank lines has each row's wrapped lines right under it
    spaced, tight, after_blank = 0, 0, True
    while number <= len(source):
        line = source.line(number)
        if "\f" in line:
            break
        stripped = line.strip()
        if not stripped or _RULE.match(stripped):
            if joined and open_row:
                break  # (a sheet's facts set out across: one row, down to a blank line)
            open_row = False
            after_blank = True
            number += 1
            continue
        blank_above, after_blank = after_blank, False
        cells = _cut(line, starts)
        if cells is None:
            break
        # ("        Sous-total orientation 2    138 500    203 500" under a row's figures: a row
        # of its own, its first cell empty — a column of figures never wraps a second figure)
        figured = open_row and any(
            cell
            and _FIGURE.fullmatch(cell)
            and rows[-1][k]
            and all(_FIGURE.fullmatch(p) for p in rows[-1][k])
            for k, cell in enumerate(cells)
        )
        # ("Un référent de parcours unique pour les familles   2021   Achevée" / "monoparentales
        # de Lameilhé": the first cell wrapped alone onto the next line, in lower case)
        # ("Pôle Accueil et accès   • Département de la" / "aux droits du CCAS     Moselle": every
        # cell going on, the first in lower case)
        wrapped_first = (
            open_row
            and cells[0][:1].islower()
            and bool(rows[-1][0])
            and not rows[-1][0][-1].rstrip().endswith((".", ";", ":"))
        ) or (
            # ("Une permanence sociale aux halles de   Prévu mars" / "Merville   2025", rows set
            # apart by blank lines: the same row going on)
            open_row and not blank_above and spaced >= 2 and tight == 0
        )
        if (not open_row or (cells[0] and any(rows[-1][0]) and not joined) or figured) and not wrapped_first:
            if sum(1 for c in cells if c) < 2:
                below = _cut(source.line(number + 1), starts) if number < len(source) else None
                if not open_row and not cells[0] and below and below[0] and sum(1 for c in below if c) >= 3:
                    # "      Prévenir les expulsions par un" / "2.3   accompagnement …   Service …":
                    # a cell set higher than its row's number, the row's first line
                    carried = cells
                    number += 1
                    continue
                if (
                    re.match(r"^\d{1,2}(?:\.\d{1,2})*\s", cells[0])
                    and below
                    and below[0][:1].islower()
                    and sum(1 for c in below if c) >= 3
                ):
                    # "3.2  Mobilité des jeunes :" / "     permis, …   16 000   …": a numbered row whose
                    # figures sit on its second line
                    carried, open_row = cells, False
                    number += 1
                    continue
                break  # a row opens with two cells or more: a line alone in one column is text
            rows.append([[] for _ in starts])
            row_lines.append(number - (1 if carried else 0))
            if rows[:-1]:  # (the rows after the first: the header, or a table's first row)
                spaced, tight = spaced + blank_above, tight + (not blank_above)
            open_row = True
            for k, cell in enumerate(carried or []):
                if cell:
                    rows[-1][k].append(cell)
            carried = None
        for k, cell in enumerate(cells):
            if cell:
                rows[-1][k].append(cell)
        last = number
        number += 1
    return rows, row_lines, last
