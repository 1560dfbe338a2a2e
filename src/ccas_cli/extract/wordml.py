"""A Word document kept as its XML — "Word 2003 XML" (WordprocessingML, <w:wordDocument>) or a
.docx's document.xml (<w:document>) — read as the markdown it stands for:

    <w:p><w:pPr><w:pStyle w:val="Heading2"/>…      → ## …  (a "heading N" style, or an outline level)
    <w:pStyle w:val="Title"/>                         → # …   (headings one level under it)
    <w:r><w:rPr><w:b/></w:rPr><w:t>Pilote :</w:t>   → **Pilote :** (a bold run)
    <w:listPr>/<w:numPr> in a paragraph               → - …
    <w:tbl><w:tr><w:tc>…                              → | cell | cell |
    <w:tab/>, <w:br/>                                 → a tab, a new line

Styles, fonts, properties, page headers and footers and field codes are no text. Each line
keeps the file line its paragraph opens on (a file written on one line: all on that line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .runs import bold_marked
from .xml_events import parsed

_SKIPPED = {
    "o:DocumentProperties",
    "w:fonts",
    "w:lists",
    "w:styles",
    "w:docPr",
    "w:shapeDefaults",
    "w:hdr",
    "w:ftr",
    "w:instrText",
    "w:delText",
    "w:footnote",
    "w:endnote",
    "aml:annotation",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:tblGrid",
    "w:trPr",
    "w:sectPr",
}


def looks_like_wordml(lines: list[str]) -> bool:
    head = "\n".join(lines[:10])[:20000]
    return re.search(r"<w:(?:wordDocument|document)[\s>]", head) is not None


@dataclass
class _Para:
    line: int
    runs: list[tuple[str, bool]] = field(default_factory=list)
    style: str = ""
    outline: int | None = None
    listed: bool = False


def wordml_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines with the file line of each; None when it does not parse."""
    parser = expat.ParserCreate()
    styles: dict[str, tuple[str, int | None]] = {}  # style id → (its name, its outline level)
    out: list[tuple[int, str]] = []
    skip = 0
    style_id = ""
    para: _Para | None = None
    bold = False
    in_run = False
    in_text = False
    row: list[tuple[str, int]] | None = None  # a row's cells: (text, columns it spans)
    cell: list[str] | None = None
    span = 1
    row_line = 0
    titled = False
    depth = 0  # (inside w:pPr / w:rPr: properties read, no text)

    def level_of(p: _Para) -> int | None:
        name, outline = styles.get(p.style, (p.style, None))
        if p.outline is not None:
            outline = p.outline
        folded = name.lower().replace(" ", "")
        if folded in ("title", "titre"):
            return 0
        found = re.fullmatch(r"(?:heading|titre)(\d)", folded)
        if found:
            return int(found[1])
        return outline + 1 if outline is not None and outline < 9 else None

    def emit(p: _Para) -> None:
        nonlocal titled
        body, whole = bold_marked(p.runs)
        # "**Pilote :**<TAB>Service …": a label set apart by a tab, a run-in label
        body = re.sub(r"^\*\*([^*\n]{1,60}?)\s*:?\*\*\t+", r"**\1 :** ", body)
        parts = [re.sub(r"[^\S\n]+", " ", part).strip() for part in body.split("\n")]
        parts = [part for part in parts if part]
        if not parts:
            return
        if cell is not None:
            cell.append(" ".join(parts))
            return
        level = level_of(p)
        text = " ".join(parts)
        if not p.listed and out and out[-1][1].startswith(("- ", "  ")):
            out.append((out[-1][0], ""))  # (the list above ends)
        if level is not None and len(text) <= 250:
            if level == 0:
                titled = True
            out.append(
                (
                    p.line,
                    "#" * max(1, min(6, level + (1 if titled and level else 0)))
                    + " "
                    + text.replace("**", ""),
                )
            )
        elif p.listed:
            # (a list's items one under the other, no blank line between them)
            out.append((p.line, "- " + parts[0]))
            out.extend((p.line, "  " + part) for part in parts[1:])
            return
        else:
            if whole and len(text) <= 200:
                parts = [f"**{part}**" for part in parts]
            out.extend((p.line, part) for part in parts)
        out.append((p.line, ""))

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal skip, style_id, para, bold, in_run, in_text, row, cell, row_line, depth, span
        if skip:
            skip += 1
            return
        if name == "w:style":
            style_id = attributes.get("w:styleId", "")
            styles.setdefault(style_id, (style_id, None))
        if name in ("w:pPr", "w:rPr", "w:tcPr"):
            depth += 1
        elif name in _SKIPPED and name != "w:styles":
            skip = 1
            return
        value = attributes.get("w:val", "")
        if name == "w:name" and style_id:
            styles[style_id] = (value, styles[style_id][1])
        elif name == "w:outlineLvl" and value.isdigit():
            if para is not None and depth:
                para.outline = int(value)
            elif style_id:
                styles[style_id] = (styles[style_id][0], int(value))
        elif name == "w:p":
            para = _Para(parser.CurrentLineNumber)
        elif name == "w:pStyle" and para is not None:
            para.style = value
        elif name in ("w:listPr", "w:numPr") and para is not None:
            para.listed = True
        elif name == "w:r":
            in_run, bold = True, False
        elif name == "w:b" and in_run and depth:
            bold = value not in ("0", "off", "false")
        elif name == "w:t":
            in_text = True
        elif name == "w:tab" and para is not None and in_run and not depth:
            para.runs.append(("\t", False))
        elif name in ("w:br", "w:cr") and para is not None and attributes.get("w:type") != "page":
            para.runs.append(("\n", False))
        elif name == "w:tr":
            row, row_line = [], parser.CurrentLineNumber
        elif name == "w:tc" and row is not None:
            cell, span = [], 1
        elif name == "w:gridSpan" and cell is not None and value.isdigit():
            span = int(value)

    def end(name: str) -> None:
        nonlocal skip, style_id, para, in_run, in_text, row, cell, depth
        if skip:
            skip -= 1
            return
        if name in ("w:pPr", "w:rPr", "w:tcPr"):
            depth = max(0, depth - 1)
        elif name == "w:style":
            style_id = ""
        elif name == "w:p" and para is not None:
            emit(para)
            para = None
        elif name == "w:r":
            in_run = False
        elif name == "w:t":
            in_text = False
        elif name == "w:tc" and row is not None and cell is not None:
            row.append((" ; ".join(cell).replace("|", "/"), span))
            cell = None
        elif name == "w:tr" and row is not None:
            filled = [text for text, _ in row if text.strip()]
            if len(filled) == 1 and row[0][1] > 1 and len(row) == 1:
                # ("Budget prévisionnel (en euros)" merged over the columns: a caption, a line)
                out.extend([(row_line, filled[0]), (row_line, "")])
            elif filled:
                # a merged cell's columns kept, so that "Total | 62 000 €" stays under its head
                cells = [piece for text, n in row for piece in [text, *[""] * (n - 1)]]
                out.append((row_line, "| " + " | ".join(cells) + " |"))
            row = None
        elif name == "w:tbl":
            out.append((row_line, ""))

    def data(chunk: str) -> None:
        if in_text and para is not None and not skip:
            para.runs.append((chunk, bold))

    if not parsed(parser, "\n".join(lines), start, end, data):
        return None
    while out and not out[-1][1]:
        out.pop()
    return ([t for _, t in out], [n for n, _ in out]) if out else None
