"""Typeset a text document the way publishers do, with real engines, for the PDF tests.

The reportlab renderer (pdfgen.py) draws our own lines; these engines break and place the text
themselves: WeasyPrint (a CSS typesetter: HTML with print CSS) and Typst (a TeX-like engine).
Both set A4 pages, justified and hyphenated French text, a running header and page numbers,
ordinary paragraph spacing, headings in a larger bold font, tables with rules, and optionally
two columns. What they are given is the document's structure, never its line breaks: blank lines
separate blocks, a block's lines stay separate lines (a fiche header), `**bold**` and `<i>`
runs keep their weight and slant, "|" rows become a table, "- " lines a list.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

ENGINES = ("weasyprint", "typst")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_ITEM = re.compile(r"^\s*[-•*]\s+(.*)$")
_RULE = re.compile(r"^\|?\s*:?-{2,}")
# "Démarrage         octobre 2017", "Évaluateur<TAB>Cabinet Arpège": a label, a gap, its value
_ALIGNED = re.compile(r"^\s*(?P<label>[^\s|].{0,40}?\S)(?:\t+|\s{2,})(?P<value>[^\s|].*)$")


@dataclass
class Block:
    kind: str  # heading, paragraph, list, table
    lines: list[str]
    level: int = 2  # a heading's: markdown's number of "#", else 2


def _level(line: str) -> int:
    marks = len(line) - len(line.lstrip("#"))
    return min(marks, 4) if marks else 2


def _unglue(line: str) -> list[str]:
    """ "Title**Département du Gers****2016**": runs the extraction glued together were lines
    of their own in the original; set them on lines of their own again."""
    parts = line.split("**")
    if len(parts) < 3:
        return [line]
    lines, current = [], ""
    for n, part in enumerate(parts):
        piece = f"**{part}**" if n % 2 else part
        if not part:
            continue
        if (
            current
            and not current[-1].isspace()
            and not part[:1].isspace()
            and (current.rstrip("*")[-1:].isalnum() or current.rstrip("*")[-1:] in ").»")
            and part[:1].isalnum()
        ):
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return [x for x in lines if x.strip()]


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_ITALIC = re.compile(r"(?<![*\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*\w])")
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")


def _from_markdown(text: str) -> str:
    """What a word processor would hold of a markdown page: images and rules gone, links as
    their text, italics as <i>, a blockquote's marker dropped (its lines stay a block)."""
    lines = []
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)  # a comment is never printed
    for line in text.split("\n"):
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = _ITALIC.sub(r"<i>\2</i>", line)
        lines.append(line.replace("\\", ""))
    return "\n".join(lines)


def blocks(text: str) -> list[Block]:
    """The document's blocks: what a writer would have typed into a word processor."""
    result: list[Block] = []
    if re.search(r"^#{1,6} ", text, re.MULTILINE):
        text = _from_markdown(text)
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [part.rstrip(" \r") for line in chunk.split("\n") if line.strip() for part in _unglue(line)]
        if not lines:
            continue
        caption, rows = _aligned_rows(lines)
        grid = _tab_grid(lines)
        if grid:
            # "Démarrage : avril 2017<TAB>Partenaires : …": a grid of cells, each its own box
            caption, cells = grid
            if caption:
                result.append(Block("paragraph", caption))
            result.append(Block("table", ["| " + " | ".join(row) + " |" for row in cells]))
        elif rows:
            # label/value columns (set apart by tabs, or aligned with spaces as a text extraction
            # prints a box's two columns): a table of one row a line, under its caption if any
            if caption:
                result.append(Block("paragraph", caption))
            result.append(Block("table", [f"| {label} | {value} |" for label, value in rows]))
        elif all(line.lstrip().startswith("|") for line in lines):
            rows = [line for line in lines if not _RULE.match(line.strip())]
            result.append(Block("table", rows))
        elif all(_ITEM.match(line) for line in lines):
            result.append(Block("list", [_ITEM.match(line)[1] for line in lines]))  # type: ignore[index]
        elif len(lines) == 1 and _is_heading(lines[0]):
            result.append(Block("heading", [lines[0].lstrip("# ")], _level(lines[0])))
        elif re.match(r"^#{1,6} ", lines[0]):  # "## Title" with a line under it: two blocks
            result.append(Block("heading", [lines[0].lstrip("# ")], _level(lines[0])))
            result.extend(blocks("\n".join(lines[1:])))
        else:
            result.append(Block("paragraph", lines))
    return result


def _aligned_rows(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A box of "Label      value" lines (a value going on, indented, on the lines below), under
    at most a caption and its rule ("REPÈRES" / "-------"): its caption and rows; no rows when
    the block is anything else."""
    start = 0
    while start < min(2, len(lines)) and _ALIGNED.match(lines[start]) is None:
        start += 1
    rows: list[tuple[str, str]] = []
    indent = len(lines[start]) - len(lines[start].lstrip()) if start < len(lines) else 0
    for line in lines[start:]:
        match = _ALIGNED.match(line)
        depth = len(line) - len(line.lstrip())
        if rows and depth >= indent + 4:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {line.strip()}")  # the value, going on
        elif match and depth == indent:
            rows.append((match["label"].strip(), match["value"].strip()))
        else:
            return [], []
    return (lines[:start], rows) if len(rows) >= 2 else ([], [])


def _tab_grid(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """Lines whose cells are parted by tabs, each cell a "Label : value" or more (under at most
    a caption): the grid of a box set in columns, which a text extraction prints with tabs."""
    start = 1 if len(lines) > 2 and "\t" not in lines[0] else 0
    rows = [[c.strip() for c in re.split(r"\t+", line.strip()) if c.strip()] for line in lines[start:]]
    if len(rows) < 2 or any(len(row) < 2 for row in rows) or _aligned_rows(lines)[1]:
        return None
    width = max(len(row) for row in rows)
    return lines[:start], [row + [""] * (width - len(row)) for row in rows]


def _is_heading(line: str) -> bool:
    text = _BOLD.sub(r"\1", line).strip("# *")
    letters = [c for c in text if c.isalpha()]
    return line.startswith("#") or (
        len(text) < 90 and len(letters) >= 4 and all(c.isupper() for c in letters)
    )


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


# -- WeasyPrint -------------------------------------------------------------------------------

_CSS = """
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-center {{ content: "{header}"; font: 8pt 'DejaVu Serif'; color: #444; }}
  @bottom-right {{ content: counter(page); font: 8pt 'DejaVu Serif'; }} }}
html {{ font: 10pt/1.3 'DejaVu Serif'; text-align: justify; hyphens: auto; }}
body {{ columns: {columns}; column-gap: 8mm; }}
p {{ margin: 0 0 2.2mm 0; }}
h1, h2, h3, h4 {{ font-family: 'DejaVu Sans'; font-weight: bold; line-height: 1.2; text-align: left; hyphens: manual; }}
h1 {{ font-size: 17pt; margin: 6mm 0 3mm 0; }}
h2 {{ font-size: 13pt; margin: 4mm 0 2mm 0; }}
h3 {{ font-size: 11.5pt; margin: 3mm 0 1.5mm 0; }}
h4 {{ font-size: 10.5pt; margin: 2.5mm 0 1mm 0; }}
table {{ border-collapse: collapse; margin: 0 0 3mm 0; width: 100%; font-size: 9pt; }}
td {{ border: 0.4pt solid #888; padding: 0.6mm 1.2mm; vertical-align: top; text-align: left; }}
ul {{ margin: 0 0 2.2mm 0; padding-left: 5mm; }}
"""


def _inline_html(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("&lt;i&gt;", "<i>").replace("&lt;/i&gt;", "</i>")
    return _BOLD.sub(r"<strong>\1</strong>", escaped)


def to_html(text: str, header: str, columns: int) -> str:
    parts = [
        f'<html lang="fr"><head><meta charset="utf-8"><style>{_CSS.format(header=header, columns=columns)}</style></head><body>'
    ]
    for block in blocks(text):
        if block.kind == "heading":
            parts.append(f"<h{block.level}>{_inline_html(block.lines[0])}</h{block.level}>")
        elif block.kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{_inline_html(c)}</td>" for c in _cells(row)) + "</tr>"
                for row in block.lines
            )
            parts.append(f"<table>{rows}</table>")
        elif block.kind == "list":
            parts.append("<ul>" + "".join(f"<li>{_inline_html(item)}</li>" for item in block.lines) + "</ul>")
        else:
            joined = _inline_html("\n".join(line.strip() for line in block.lines))
            parts.append("<p>" + joined.replace("\n", "<br>") + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_weasyprint(text: str, out: Path, header: str, columns: int = 1) -> Path:
    from weasyprint import HTML

    HTML(string=to_html(text, header, columns)).write_pdf(out)
    return out


# -- Typst ------------------------------------------------------------------------------------

_TYPST_SPECIAL = re.compile(r"([\\#*_`$<>@\[\]~/=+-])")


def _typst_text(text: str) -> str:
    pieces: list[str] = []
    position = 0
    marked = re.compile(r"\*\*(.+?)\*\*|<i>(.+?)</i>", re.DOTALL)
    for match in marked.finditer(text):
        pieces.append(_escape(text[position : match.start()]))
        if match[1] is not None:
            pieces.append("#strong[" + _escape(match[1]) + "]")
        else:
            pieces.append("#emph[" + _escape(match[2]) + "]")
        position = match.end()
    pieces.append(_escape(text[position:]))
    return "".join(pieces)


def _escape(text: str) -> str:
    """Typst's special characters escaped; a line break of the block is a forced break."""
    return " \\\n".join(_TYPST_SPECIAL.sub(r"\\\1", line) for line in text.split("\n"))


def to_typst(text: str, header: str, columns: int) -> str:
    header_text = _typst_text(header)
    parts = [
        '#set text(lang: "fr", font: "DejaVu Serif", size: 10pt, hyphenate: true)',
        "#set smartquote(enabled: false)",
        "#set par(justify: true, leading: 0.55em, spacing: 0.9em)",
        f'#set page(paper: "a4", margin: (x: 18mm, top: 22mm, bottom: 20mm), columns: {columns},'
        f" header: align(center, text(size: 8pt)[{header_text}]),"
        " footer: context align(right, text(size: 8pt, counter(page).display())))",
        '#show heading: set text(font: "DejaVu Sans", weight: "bold", hyphenate: false)',
        "#show heading.where(level: 1): set text(size: 17pt)",
        "#show heading.where(level: 2): set text(size: 13pt)",
        "#show heading.where(level: 3): set text(size: 11.5pt)",
        "#show heading.where(level: 4): set text(size: 10.5pt)",
        "#show heading: set par(justify: false)",
    ]
    for block in blocks(text):
        if block.kind == "heading":
            parts.append("=" * block.level + " " + _typst_text(block.lines[0]))
        elif block.kind == "table":
            rows = [_cells(row) for row in block.lines]
            width = max(len(r) for r in rows)
            cells = ", ".join(
                "[" + _typst_text(c) + "]" for row in rows for c in row + [""] * (width - len(row))
            )
            parts.append(f"#table(columns: {width}, stroke: 0.4pt, inset: 2pt, align: left, {cells})")
        elif block.kind == "list":
            parts.append("\n".join("- " + _typst_text(item) for item in block.lines))
        else:
            parts.append(_typst_text("\n".join(line.strip() for line in block.lines)))
        parts.append("")
    return "\n".join(parts)


def render_typst(text: str, out: Path, header: str, columns: int = 1) -> Path:
    import typst

    source = out.with_suffix(".typ")
    source.write_text(to_typst(text, header, columns), encoding="utf-8")
    typst.compile(str(source), output=str(out))
    return out


def render(text: str, out: Path, engine: str, header: str, columns: int = 1) -> Path:
    if engine == "weasyprint":
        return render_weasyprint(text, out, header, columns)
    if engine == "typst":
        return render_typst(text, out, header, columns)
    raise ValueError(f"unknown engine {engine!r}")
