"""An OpenDocument text saved as one XML file (LibreOffice's "Flat XML ODF", .fodt, or an
.odt's content.xml), read as the markdown it stands for:

    <text:p text:style-name="Title">…            → # …  (the document's title)
    <text:h text:outline-level="2">…             → ## … (one level down when a title opens it)
    <text:span text:style-name="T1">Pilote :</…>  → **Pilote :** when T1 is a bold style
    <text:list-item><text:p>CAF</text:p>           → - CAF
    <table:table-row><table:table-cell>…          → | cell | cell |  (a cell's paragraphs joined by " ; ")
    <text:s text:c="2"/>, <text:tab/>, <text:line-break/> → spaces, a space, a new line

Styles, metadata, annotations and tracked deletions are no text. Each line keeps the file line
its element opens on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .runs import bold_marked
from .xml_events import parsed

_SKIPPED = {
    "office:meta",
    "office:font-face-decls",
    "office:master-styles",
    "office:settings",
    "office:scripts",
    "office:annotation",
    "text:tracked-changes",
    "text:sequence-decls",
    "text:note-citation",
    "text:table-of-content-source",
    "svg:desc",
    "svg:title",
}


def looks_like_odf(lines: list[str]) -> bool:
    """An OpenDocument XML file: its root names the office namespace."""
    head = "\n".join(lines[:40])
    return re.search(r"<office:document(?:-content)?[\s>]", head) is not None


@dataclass
class _Styles:
    bold: set[str] = field(default_factory=set)  # bold text and paragraph styles
    titles: set[str] = field(default_factory=set)  # paragraph styles deriving from "Title"
    parents: dict[str, str] = field(default_factory=dict)


@dataclass
class _Para:
    line: int
    runs: list[tuple[str, bool]] = field(default_factory=list)
    kind: str = "p"  # p, h, title
    level: int = 0


def odf_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines with the file line of each; None when it does not parse."""
    text = "\n".join(lines)
    styles = _Styles()
    out: list[tuple[int, str]] = []
    parser = expat.ParserCreate()
    stack: list[str] = []
    skip = 0  # depth inside skipped elements
    paras: list[_Para] = []  # the paragraphs open (a note's paragraph inside a paragraph)
    bold_stack: list[bool] = []
    lists = 0
    row: list[tuple[str, int]] | None = None  # a row's cells: (text, columns it spans)
    cell: list[str] | None = None
    cell_span = 1
    cell_repeat = 1
    row_line = 0
    header: list[tuple[int, list[tuple[str, int]]]] = []  # the table's first full row, held back
    titled = False
    current_style: str | None = None

    def emit(para: _Para) -> None:
        body, whole = bold_marked(para.runs)
        # "**Porteur**<TAB>Service …": a label set apart by a tab, read as a run-in label
        body = re.sub(r"^\*\*([^*\n]{1,60}?)\s*:?\*\*\t+", r"**\1 :** ", body)
        body = re.sub(r"\n\t+", "\n", body)
        # (a tab kept: "**Porteur**<TAB>Service …" is a label and its value, a line going on
        # after a line break "<TAB>Fonctionnement : …" the value's next line)
        parts = [re.sub(r"[^\S\t]+", " ", part).strip(" ").rstrip("\t") for part in body.split("\n")]
        parts = [p for p in parts if p.strip()]
        if not parts:
            return
        if cell is not None:
            cell.append(" ".join(" ".join(p.split()) for p in parts))
            return
        if para.kind in ("h", "title"):
            level = 1 if para.kind == "title" else min(6, para.level + (1 if titled else 0))
            out.append((para.line, "#" * level + " " + " ".join(" ".join(parts).split()).replace("**", "")))
        elif lists:
            out.append((para.line, "  " * (lists - 1) + "- " + parts[0]))
            out.extend((para.line, "  " * lists + p) for p in parts[1:])
        else:
            if whole and len(" ".join(parts)) <= 200:
                parts = [f"**{p}**" for p in parts]
            out.extend((para.line, p) for p in parts)
        out.append((para.line, ""))

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal skip, lists, row, cell, row_line, titled, current_style, cell_span, cell_repeat
        stack.append(name)
        if skip or name in _SKIPPED:
            skip += 1
            return
        line = parser.CurrentLineNumber
        if name == "style:style":
            current_style = attributes.get("style:name")
            parent = attributes.get("style:parent-style-name", "")
            if current_style:
                styles.parents[current_style] = parent
                if parent == "Title" or current_style == "Title":
                    styles.titles.add(current_style)
        elif name == "style:text-properties" and current_style:
            if attributes.get("fo:font-weight") == "bold":
                styles.bold.add(current_style)
        elif name in ("text:p", "text:h"):
            style = attributes.get("text:style-name", "")
            kind = "h" if name == "text:h" else ("title" if _derives(style, styles.titles, styles) else "p")
            if kind == "title":
                titled = True
            level = int(attributes.get("text:outline-level", "1") or 1)
            paras.append(_Para(line, kind=kind, level=level))
            bold_stack.append(_derives(style, styles.bold, styles))
        elif name == "text:span":
            style = attributes.get("text:style-name", "")
            bold_stack.append(
                _derives(style, styles.bold, styles) or (bold_stack[-1] if bold_stack else False)
            )
        elif name == "text:s" and paras:
            paras[-1].runs.append((" " * int(attributes.get("text:c", "1") or 1), _bold()))
        elif name == "text:tab" and paras:
            paras[-1].runs.append(("\t", False))
        elif name == "text:line-break" and paras:
            paras[-1].runs.append(("\n", False))
        elif name == "text:list":
            lists += 1
        elif name == "table:table-row":
            row, row_line = [], line
        elif name == "table:table-cell" and row is not None:
            cell = []
            cell_span = int(attributes.get("table:number-columns-spanned", "1") or 1)
            cell_repeat = min(64, int(attributes.get("table:number-columns-repeated", "1") or 1))
        elif name == "table:covered-table-cell" and row is not None:
            # (a cell a merged one above or beside covers: a column kept, no text)
            row.extend([("", 0)] * min(64, int(attributes.get("table:number-columns-repeated", "1") or 1)))

    def _bold() -> bool:
        return bool(bold_stack and bold_stack[-1])

    def end(name: str) -> None:
        nonlocal skip, lists, row, cell, current_style
        stack.pop()
        if skip:
            skip -= 1
            return
        if name == "style:style":
            current_style = None
        elif name in ("text:p", "text:h") and paras:
            para = paras.pop()
            if bold_stack:
                bold_stack.pop()
            emit(para)
        elif name == "text:span" and bold_stack:
            bold_stack.pop()
        elif name == "text:list":
            lists = max(0, lists - 1)
        elif name == "table:table-cell" and row is not None and cell is not None:
            row.extend([(" ; ".join(cell).replace("|", "/"), cell_span)] * cell_repeat)
            cell = None
        elif name == "table:table-row" and row is not None:
            _row_out(row, row_line, header, out)
            row = None
        elif name == "table:table":
            if header:
                out.append((header[0][0], _pipe(header[0][1])))
                header.clear()
            out.append((row_line, ""))

    def data(chunk: str) -> None:
        if skip or not paras:
            return
        paras[-1].runs.append((chunk.replace("\n", " "), _bold()))

    if not parsed(parser, text, start, end, data):
        return None
    while out and not out[-1][1]:
        out.pop()
    if not out:
        return None
    return [t for _, t in out], [n for n, _ in out]


def _pipe(cells: list[tuple[str, int]]) -> str:
    texts = [text for text, _ in cells]
    while texts and not texts[-1]:
        texts.pop()  # (a sheet's empty columns to its right)
    return "| " + " | ".join(texts) + " |"


def _row_out(
    row: list[tuple[str, int]],
    line: int,
    header: list[tuple[int, list[tuple[str, int]]]],
    out: list[tuple[int, str]],
) -> None:
    """A sheet's row: a line of text when one cell holds it all (a title or a note merged over
    the columns); the first row of several cells held back, in case the next one names the
    columns its merged cells span ("Budget (€)" over "2026 | 2027 | Total": "Budget (€) 2026" …)."""
    filled = [text for text, _ in row if text.strip()]
    if not filled:
        return
    if len(filled) == 1 and len(row) > 1:
        if header:
            out.append((header[0][0], _pipe(header[0][1])))
            header.clear()
        out += [(line, filled[0]), (line, "")]
        return
    if header:
        top_line, top = header.pop()
        spans = [(k, span) for k, (text, span) in enumerate(top) if span > 1 and text]
        under = {k + j for k, span in spans for j in range(span)}
        texts = [text for text, _ in row]
        if spans and all(not texts[k].strip() or k in under for k in range(len(texts))):
            merged = []
            for k, (text, _) in enumerate(top):
                owner = next((o for o, span in spans if o <= k < o + span), None)
                below = texts[k] if k < len(texts) else ""
                merged.append((f"{top[owner][0]} {below}".strip() if owner is not None else text, 1))
            out.append((top_line, _pipe(merged)))
            return
        out.append((top_line, _pipe(top)))
        out.append((line, _pipe(row)))
        return
    if not any(line_text.startswith("|") for _, line_text in out[-1:]):
        header.append((line, row))  # (the first row of a table: it may be a header)
        return
    out.append((line, _pipe(row)))


def _derives(style: str, named: set[str], styles: _Styles) -> bool:
    """The style is one of the named, or inherits from one (three parents up at most)."""
    for _ in range(4):
        if not style:
            return False
        if style in named:
            return True
        style = styles.parents.get(style, "")
    return False
