"""A page exported from a DokuWiki in its wiki syntax, read as the markdown it stands for:

    ====== Title ======  → # Title  (six "=" the top level, two the lowest: MediaWiki's reversed)
    ^ Head ^ Head ^      → | Head | Head |      ^ Label | value |  → | Label | value |
    [[ns:page|Title]]    → Title                //italic//          → *italic*
      * item / - item    → - item              ((a footnote))       → nothing
    <WRAP …> / </WRAP>, ~~NOTOC~~, "\\\\" (a forced line break) → nothing

Each line keeps the file line it comes from.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<title>[^=\s].*?)\s*(?P=marks)\s*$")
_SIGNS = re.compile(r"^\^.*\^|^~~[A-Z]+~~$|^</?WRAP\b|\\\\$|\[\[[\w:.-]+\|")


def looks_like_dokuwiki(lines: list[str]) -> bool:
    """ "====== Title ======" lines, the first with the most marks, or DokuWiki's own marks
    beside them ("^ Head ^" table rows, "~~NOTOC~~", "<WRAP>", "[[ns:page|…]]")."""
    head = [line.strip() for line in lines[:600]]
    headings = [m for m in (_HEADING.match(line) for line in head) if m]
    if len(headings) < 2:
        return False
    signs = sum(1 for line in head if _SIGNS.search(line))
    first = len(headings[0]["marks"])
    return signs >= 2 or (first >= 5 and all(len(h["marks"]) <= first for h in headings))


def _inline(text: str) -> str:
    text = re.sub(r"\(\(.*?\)\)", "", text)  # footnotes: no text of the line
    text = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", text)  # [[page|label]] → label
    text = re.sub(r"\[\[([^\]]*)\]\]", r"\1", text)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)  # media
    text = re.sub(r"(?<!:)//(.+?)(?<!:)//", r"*\1*", text)  # italic (not a URL's slashes)
    text = re.sub(r"\\\\(?:\s|$)", " ", text)
    text = re.sub(r"</?(?:WRAP|wrap|del|sup|sub|nowiki)[^>]*>", "", text)
    return " ".join(text.split())


def dokuwiki_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page as markdown lines, one for each of the file's lines."""
    out = [""] * len(lines)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line or re.fullmatch(r"~~[A-Z]+~~|</?WRAP\b[^>]*>", line):
            continue
        heading = _HEADING.match(line)
        if heading:
            level = 7 - len(heading["marks"])
            out[n] = "#" * level + " " + _inline(heading["title"])
            continue
        if line.startswith(("^", "|")) and line.endswith(("^", "|")):
            # (a link's own bar, "[[page|label]]", is no cell's border)
            line = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", line)
            cells = re.split(r"\s*[|^]\s*", line.strip("^| "))
            out[n] = "| " + " | ".join(_inline(c).replace("|", "/") for c in cells) + " |"
            continue
        item = re.match(r"^(?P<indent>\s{2,})[*-]\s+(?P<text>.*)$", raw)
        if item:
            depth = len(item["indent"]) // 2 - 1
            out[n] = "  " * depth + "- " + _inline(item["text"])
            continue
        out[n] = _inline(raw)
    return out, list(range(1, len(lines) + 1))
