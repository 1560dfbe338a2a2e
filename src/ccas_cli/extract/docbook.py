"""A document written in DocBook XML, read as the markdown it stands for:

    <part><title>Axe 1 …</title>                 → ## Axe 1 …  (a level per enclosing division)
    <para>…</para>                               → its text, a paragraph
    <varlistentry><term>Pilote</term>            → Pilote : Direction …
      <listitem><para>Direction …</para>           (a list under the term: "Pilote :" over it)
    <itemizedlist><listitem><para>CAF …          → - CAF …
    <informaltable> … <row><entry>…</entry>      → | … | … |  (the head row over a rule)

The book's metadata other than its title, footnotes and remarks are no text of the document.
Each line keeps the file line its element opens on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .xml_events import parsed

_DIVISIONS = {
    "book", "article", "part", "chapter", "preface", "appendix", "section", "simplesect",
    "sect1", "sect2", "sect3", "sect4", "sect5", "partintro", "reference", "refentry",
}  # fmt: skip
_TEXT_BLOCKS = {
    "title",
    "subtitle",
    "para",
    "simpara",
    "term",
    "entry",
    "remark",
    "footnote",
    "literallayout",
}
_LISTS = {"itemizedlist", "orderedlist", "simplelist"}
_SKIPPED = {
    "footnote",
    "remark",
    "indexterm",
    "author",
    "authorgroup",
    "address",
    "revhistory",
    "legalnotice",
}


def looks_like_docbook(lines: list[str]) -> bool:
    """A root element DocBook names (book, article, part, chapter), in its namespace or with
    its elements (para, sect1, variablelist)."""
    head = "\n".join(lines[:40])
    if re.search(r"<(?:book|article|part|chapter)\b", head) is None:
        return False
    text = "\n".join(lines[:2000])
    return "docbook" in head.lower() or len(re.findall(r"<(?:para|simpara|sect1|variablelist)\b", text)) >= 3


@dataclass
class _Text:
    tag: str
    line: int
    words: list[str] = field(default_factory=list)


@dataclass
class _Reading:
    out: list[tuple[int, str]] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)  # the open elements' names
    texts: list[_Text] = field(default_factory=list)  # the open text blocks, innermost last
    skipped: int = 0  # depth inside an element whose text is no text of the document
    term: str | None = None  # a variable list's term, waiting for its value
    items: list[bool] = field(default_factory=list)  # each open list item: said already?
    row: list[str] | None = None
    row_line: int = 0
    head_rows: int = 0
    foot: list[tuple[int, str]] = field(default_factory=list)  # a table's foot, said under its body

    def level(self) -> int:
        return max(1, min(6, sum(1 for tag in self.stack if tag in _DIVISIONS)))

    def line(self, at: int, text: str) -> None:
        self.out.append((at, text))


def _said(text: str) -> str:
    return " ".join(text.split())


def docbook_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines with the file line of each; None when it does not parse."""
    parser = expat.ParserCreate()
    reading = _Reading()

    def start(name: str, attributes: dict[str, str]) -> None:
        tag = name.rsplit(":", 1)[-1]
        at = parser.CurrentLineNumber
        if reading.skipped or tag in _SKIPPED:
            reading.skipped += 1
        elif tag in _TEXT_BLOCKS:
            reading.texts.append(_Text(tag, at))
        elif tag == "listitem" and reading.stack and reading.stack[-1] in _LISTS:
            reading.items.append(False)
        elif tag == "row":
            reading.row, reading.row_line = [], at
        elif tag in _LISTS and reading.term is not None:
            # "Partenaires" over a list of names: the label, then its items
            reading.line(at, f"{reading.term} :")
            reading.term = None
        reading.stack.append(tag)

    def end(name: str) -> None:
        tag = name.rsplit(":", 1)[-1]
        reading.stack.pop()
        if reading.skipped:
            reading.skipped -= 1
            return
        if tag in _TEXT_BLOCKS and reading.texts:
            block = reading.texts.pop()
            text = _said("".join(block.words))
            if reading.texts:  # a paragraph inside a cell or a term: the outer block's words
                reading.texts[-1].words.append(" " + text)
                return
            _block(reading, block, text)
        elif tag == "listitem" and reading.items and reading.stack and reading.stack[-1] in _LISTS:
            reading.items.pop()
        elif tag == "row" and reading.row is not None:
            cells = [c.replace("|", "/") for c in reading.row]
            said = "| " + " | ".join(cells) + " |"
            if "tfoot" in reading.stack:  # (written before the body, printed under it)
                reading.foot.append((reading.row_line, said))
                reading.row = None
                return
            reading.line(reading.row_line, said)
            if "thead" in reading.stack and reading.head_rows == 0:
                reading.line(reading.row_line, "|" + "---|" * len(cells))
                reading.head_rows += 1
            reading.row = None
        elif tag == "tgroup":
            # (said under the body, on its last line: the lines stay in the file's order)
            last = reading.out[-1][0] if reading.out else 1
            reading.out += [(max(at, last), text) for at, text in reading.foot]
            reading.foot = []
        elif tag in {"informaltable", "table"}:
            reading.head_rows = 0
            reading.line(parser.CurrentLineNumber, "")
        elif tag == "varlistentry":
            if reading.term is not None:
                reading.line(parser.CurrentLineNumber, f"{reading.term} :")
            reading.term = None
        elif tag in _LISTS:
            reading.line(parser.CurrentLineNumber, "")

    def data(chunk: str) -> None:
        if reading.texts and not reading.skipped:
            reading.texts[-1].words.append(chunk)

    parser.UseForeignDTD(True)  # (&nbsp; and the like declared by a DTD the file names)
    if not parsed(parser, "\n".join(lines), start, end, data):
        return None
    if not any(text.strip() for _, text in reading.out):
        return None
    return [text for _, text in reading.out], [n for n, _ in reading.out]


def _block(reading: _Reading, block: _Text, text: str) -> None:
    """Say a finished text block where it stands: a heading, a cell, a term's value, an item."""
    if block.tag == "entry":
        if reading.row is not None:
            reading.row.append(text)
        return
    if not text:
        return
    if block.tag == "term":
        reading.term = text.rstrip(" :")
        return
    if block.tag == "title":
        if any(tag in {"informaltable", "table", "figure", "example", "sidebar"} for tag in reading.stack):
            reading.line(block.line, f"**{text}**")
        else:
            reading.line(block.line, "")
            reading.line(block.line, "#" * reading.level() + " " + text)
        reading.line(block.line, "")
        return
    if reading.term is not None:
        reading.line(block.line, f"{reading.term} : {text}")
        reading.term = None
        return
    if reading.items:
        depth = len(reading.items) - 1
        if reading.items[-1]:
            reading.line(block.line, "  " * (depth + 1) + text)
        else:
            reading.line(block.line, "  " * depth + "- " + text)
            reading.items[-1] = True
        return
    reading.line(block.line, text)
    reading.line(block.line, "")
