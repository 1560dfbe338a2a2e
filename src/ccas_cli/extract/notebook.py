"""A Jupyter notebook (.ipynb JSON), read as the document its reader sees: its markdown cells
as written, the text its code printed (a table, a line of results) as plain lines, the code
itself never (it is how the figures were made, not what the document says):

    {"cell_type": "markdown", "source": ["## Axe 1 …\\n", …]}   → ## Axe 1 …
    {"cell_type": "code", "outputs": [{"text/plain": […]}]}   → the output's lines

Each line keeps the file line its text is written on (a notebook saved pretty-printed puts each
source line on a line of its own).
"""

from __future__ import annotations

import json
from typing import Any


def looks_like_notebook(lines: list[str]) -> bool:
    """A JSON object whose keys name a notebook's cells and format."""
    head = "\n".join(lines[:5]).lstrip()
    if not head.startswith("{"):
        return False
    text = "\n".join(lines)
    return '"cells"' in text and '"nbformat"' in text and '"cell_type"' in text


def _text(value: Any) -> list[str]:
    """A notebook's multi-line string (a list of lines, or one string) as its lines."""
    joined = "".join(value) if isinstance(value, list) else str(value or "")
    return joined.split("\n")


def notebook_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The notebook as markdown lines, with the file line of each."""
    try:
        notebook = json.loads("\n".join(lines))
    except ValueError:
        return None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return None
    out: list[tuple[int, str]] = []
    cursor = 1

    def line_of(text: str) -> int:
        # the line where a piece of the cell is written, searched from the last one found (as
        # the file escapes it: accents kept, or as \\u escapes)
        nonlocal cursor
        probe = text.strip()[:40]
        if not probe:
            return cursor
        forms = {json.dumps(probe, ensure_ascii=False)[1:-1], json.dumps(probe)[1:-1]}
        for n in range(cursor, len(lines) + 1):
            if any(form in lines[n - 1] for form in forms):
                cursor = n
                return n
        return cursor

    for cell in notebook["cells"]:
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        if kind == "markdown":
            out += [(line_of(text), text) for text in _text(cell.get("source"))]
            out.append((cursor, ""))
        elif kind == "code":
            for output in cell.get("outputs") or []:
                if not isinstance(output, dict):
                    continue
                data = output.get("data") or {}
                printed = (
                    output.get("text") if output.get("output_type") == "stream" else data.get("text/plain")
                )
                if printed is None:
                    continue  # an image, an error: nothing a reader reads as text
                out += [(line_of(text), text) for text in _text(printed)]
                out.append((cursor, ""))
    if not any(text.strip() for _, text in out):
        return None
    return [text for _, text in out], [n for n, _ in out]
