"""An outline exported as OPML (a mind map, an outliner's notes), read as the markdown it
stands for:

    <head><title>Carte ABS 2024</title>             → # Carte ABS 2024
    <outline text="Seniors" _note="Portage : …">     → ## Seniors / its note's lines
      <outline text="75 ans et plus : 14 %"/>        → - 75 ans et plus : 14 %  (a leaf, no note)

An outline holding others or carrying a note is a heading one level under its parent's; a bare
leaf is a list item. Each line keeps the file line its outline opens on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .xml_events import parsed


def looks_like_opml(lines: list[str]) -> bool:
    head = "\n".join(lines[:20])
    return re.search(r"<opml[\s>]", head) is not None


@dataclass
class _Outline:
    text: str
    note: str
    line: int
    children: list[_Outline] = field(default_factory=list)


def opml_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline as markdown lines with the file line of each; None when it does not parse."""
    parser = expat.ParserCreate()
    roots: list[_Outline] = []
    stack: list[_Outline] = []
    title: list[tuple[int, str]] = []
    in_title = False

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal in_title
        if name == "outline":
            node = _Outline(
                attributes.get("text") or attributes.get("title") or "",
                attributes.get("_note", ""),
                parser.CurrentLineNumber,
            )
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        elif name == "title" and not roots:
            in_title = True
            title.append((parser.CurrentLineNumber, ""))

    def end(name: str) -> None:
        nonlocal in_title
        if name == "outline" and stack:
            stack.pop()
        elif name == "title":
            in_title = False

    def data(chunk: str) -> None:
        if in_title and title:
            title[-1] = (title[-1][0], title[-1][1] + chunk)

    if not parsed(parser, "\n".join(lines), start, end, data):
        return None
    if not roots:
        return None
    out: list[tuple[int, str]] = []
    top = 1
    if title and title[0][1].strip():
        # (a mind map's central topic, the one outline at its root, names the document: the
        # file's own title is said before it)
        named = " ".join(title[0][1].split())
        out += [(title[0][0], named if len(roots) == 1 else f"# {named}"), (title[0][0], "")]
        top = 1 if len(roots) == 1 else 2

    def render(node: _Outline, level: int) -> None:
        text = " ".join(node.text.split())
        if not node.children and not node.note.strip():
            out.append((node.line, f"- {text}"))
            return
        if out and out[-1][1].startswith("- "):
            out.append((out[-1][0], ""))
        out.extend([(node.line, "#" * min(6, level) + " " + text), (node.line, "")])
        for piece in node.note.split("\n"):
            if piece.strip():
                out.extend([(node.line, " ".join(piece.split())), (node.line, "")])
        for child in node.children:
            render(child, level + 1)
        if out and out[-1][1]:
            out.append((out[-1][0], ""))

    for root in roots:
        render(root, top)
    return [t for _, t in out], [n for n, _ in out]
