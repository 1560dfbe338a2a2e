"""A page kept in Textile (a Redmine or Textpattern wiki), read as the markdown it stands for:

    h2. Title               → ## Title           bq. A quote        → > A quote
    * item / ** sub-item    → - item / nested    # step / ## sub    → 1. step / nested
    |_. Head |_. Head |     → | Head | Head |    *bold* / _italic_  → **bold** / *italic*
    "label":https://…       → [label](https://…) @code@             → `code`
    {{toc}} and other macros, p. / p(class). openers, !image! → nothing

Each line keeps the file line it comes from.
"""

from __future__ import annotations

import re

# "h2. ", "h3(#id). ", "h1{color:red}. ", "h2>. ": a heading with its optional attributes
_HEADING = re.compile(r"^h(?P<level>[1-6])(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*\.\s+(?P<title>\S.*)$")
_BLOCK = re.compile(r"^(?:p|bq|div|pre|bc)(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=]+)*\.\s+")
_LIST = re.compile(r"^(?P<marks>[*#]+)\s+(?P<text>\S.*)$")


def looks_like_textile(lines: list[str]) -> bool:
    """Two "hN. " heading lines or more, and no line a markdown or wiki heading: a CSV whose
    cells hold an issue tracker's markup is a table, not a page."""
    head = [line.strip() for line in lines[:800]]
    if head and max(head[0].count(","), head[0].count(";")) >= 3:
        return False
    headings = sum(1 for line in head if _HEADING.match(line))
    markdown = sum(1 for line in head if re.match(r"^#{1,6}\s+\S", line) and not _LIST.match(line))
    return headings >= 2 and headings > markdown // 2


def _inline(text: str) -> str:
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)  # macros: {{toc}}, {{collapse}}
    text = re.sub(r"!(?:[<>=]|\{[^}]*\})?[^!\s]+!(?::\S+)?", "", text)  # an image, its link
    text = re.sub(r'"([^"]+?)":((?:https?|mailto|ftp):[^\s<>"]*[^\s<>".,;:!?)])', r"[\1](\2)", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"**\1**", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])", r"*\1*", text)
    text = re.sub(r"(?<![\w@])@(?=\S)([^@\n]+?)(?<=\S)@(?!\w)", r"`\1`", text)
    return " ".join(text.split())


def _cells(line: str) -> list[str]:
    # "|_. Head |", "|\2. spans two |", "|/3. spans three rows |": a cell's markers dropped
    cells = line.strip().strip("|").split("|")
    return [_inline(re.sub(r"^(?:_|\\\d+|/\d+|[<>=^~]|\{[^}]*\})*\.\s", "", c.strip() + " ")) for c in cells]


def textile_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page as markdown lines, one for each of the file's lines."""
    out = [""] * len(lines)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line or re.fullmatch(r"\{\{[^{}]*\}\}", line):
            continue
        heading = _HEADING.match(line)
        if heading:
            out[n] = "#" * int(heading["level"]) + " " + _inline(heading["title"])
            continue
        if line.startswith("|") and line.endswith("|"):
            out[n] = "| " + " | ".join(c.replace("|", "/") for c in _cells(line)) + " |"
            continue
        listed = _LIST.match(line)
        if listed:
            marks = listed["marks"]
            mark = "1." if marks[-1] == "#" else "-"
            out[n] = "   " * (len(marks) - 1) + f"{mark} {_inline(listed['text'])}"
            continue
        quote = line.startswith("bq.")
        line = _BLOCK.sub("", line)
        out[n] = ("> " if quote else "") + _inline(line)
    return out, list(range(1, len(lines) + 1))
