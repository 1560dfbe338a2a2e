"""Render a text document as a PDF, the way publishers' PDFs are laid out, for the PDF tests.

Layouts: "a4" (one column, running header, page numbers, end-of-line hyphenation, fi/fl
ligatures) and "two-columns" (two columns per page, running header and footer). Paragraphs
(lines between blank lines) are kept on one page or column when they fit, as typesetters do;
a line with a tab is set as two columns of one row (label/value blocks).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "Vera"
UNSUPPORTED = {"\u202f": " ", "✓": "v", "\u2009": " "}  # glyphs the bundled font lacks
_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
if FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(FONT, os.path.join(_FONT_DIR, "Vera.ttf")))


def printable(text: str) -> str:
    for char, replacement in UNSUPPORTED.items():
        text = text.replace(char, replacement)
    return text


@dataclass
class Layout:
    columns: int
    size: float = 9.0
    leading: float = 11.0
    margin: float = 50.0
    gutter: float = 24.0
    hyphenate: bool = True
    ligatures: bool = True
    header: str = "Document de test — rendu PDF"
    space_after_line: float = 2.0  # a line the author ended (not a wrap) gets a little space


LAYOUTS = {
    "a4": Layout(columns=1),
    "two-columns": Layout(columns=2, hyphenate=False, ligatures=False),
}


def _width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(line: str, width: float, size: float, hyphenate: bool) -> list[str]:
    """Greedy line breaking; a long plain word at the end of a line may be hyphenated."""
    indent = line[: len(line) - len(line.lstrip(" "))]
    words = line.strip(" ").split(" ")
    lines: list[str] = []
    current = indent
    for word in words:
        candidate = f"{current} {word}" if current.strip() else current + word
        if _width(candidate, size) <= width:
            current = candidate
            continue
        if hyphenate and current.strip() and len(word) >= 8 and word.isalpha():
            for cut in range(len(word) - 3, 2, -1):
                head = f"{current} {word[:cut]}-"
                if _width(head, size) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current.strip():
            lines.append(current)
        current = word
        while _width(current, size) > width:  # a single word wider than the column
            cut = len(current)
            while cut > 1 and _width(current[:cut], size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    return lines


def render(text: str, path: Path, layout_name: str) -> Path:
    layout = LAYOUTS[layout_name]
    page_width, page_height = A4
    column_width = (page_width - 2 * layout.margin - (layout.columns - 1) * layout.gutter) / layout.columns
    top = page_height - layout.margin
    bottom = layout.margin
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    state = {"page": 1, "column": 0, "y": top}

    def header_footer() -> None:
        pdf.setFont(FONT, 7)
        pdf.drawString(layout.margin, page_height - 25, layout.header)
        pdf.drawCentredString(page_width / 2, 22, f"- {state['page']} -")
        if layout.columns == 2:
            pdf.drawRightString(page_width - layout.margin, 22, "ccas — tests")

    def next_column() -> None:
        if state["column"] + 1 < layout.columns:
            state["column"] += 1
        else:
            pdf.showPage()
            state["page"] += 1
            state["column"] = 0
            header_footer()
        state["y"] = top

    def draw(visual: str) -> None:
        if state["y"] < bottom:
            next_column()
        x = layout.margin + state["column"] * (column_width + layout.gutter)
        size = layout.size
        if "\t" in visual:
            left, right = visual.split("\t", 1)
            while _width(left, size) > column_width * 0.45 or _width(right, size) > column_width * 0.5:
                size -= 0.25
            pdf.setFont(FONT, size)
            pdf.drawString(x, state["y"], left)
            pdf.drawString(x + column_width * 0.5, state["y"], right)
        else:
            if layout.ligatures:
                visual = visual.replace("fi", "\ufb01").replace("fl", "\ufb02")
            pdf.setFont(FONT, size)
            pdf.drawString(x, state["y"], visual)
        state["y"] -= layout.leading

    header_footer()
    paragraph: list[str] = []

    def flush() -> None:
        visual = [
            v
            for line in paragraph
            for v in ([line] if "\t" in line else wrap(line, column_width, layout.size, layout.hyphenate))
        ]
        room = int((state["y"] - bottom) / layout.leading) + 1
        capacity = int((top - bottom) / layout.leading) + 1
        if len(visual) > room and len(visual) <= capacity:
            next_column()
        ends = set()
        count = 0
        for line in paragraph:
            count += 1 if "\t" in line else len(wrap(line, column_width, layout.size, layout.hyphenate))
            ends.add(count - 1)
        for n, v in enumerate(visual):
            draw(v)
            if n in ends and n != len(visual) - 1:
                state["y"] -= layout.space_after_line
        paragraph.clear()

    for raw in printable(text).replace("\r\n", "\n").split("\n"):
        if raw.strip():
            paragraph.append(raw.rstrip())
            continue
        if paragraph:
            flush()
            state["y"] -= layout.leading  # the blank line between paragraphs
    if paragraph:
        flush()
    pdf.save()
    return path
