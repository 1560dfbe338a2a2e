"""A document written in AsciiDoc (a documentation site's source), read as the markdown it
stands for:

    = Title / == Chapitre 1      → # Title / ## Chapitre 1
    Département:: Gers           → Département : Gers
    .Contact                     → **Contact** (a block's title)
    * *Title* – text / ** item   → - **Title** – text / nested
    :toc: / [abstract] / ----    → nothing (attributes, block styles, delimiters)

Each line keeps the file line it comes from; a comment ("// …", "////" blocks) is no text.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S.*?)\s*$")
_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")
_LABELLED = re.compile(r"^(?P<label>[^\s:][^:]{0,60}?):{2,4}(?:\s+(?P<value>.*))?$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")
_STYLE = re.compile(r"^\[[^\[\]]*\]$|^\[\[[^\[\]]*\]\]$")  # "[abstract]", "[[an-anchor]]"
_DELIMITER = re.compile(r"^(?:-{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|\.{4,}|--)$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")


def looks_like_asciidoc(lines: list[str]) -> bool:
    """Two "== Section" lines or more (no closing marks, which a wiki prints), and AsciiDoc's
    other marks: document attributes (":toc:"), labelled lists ("Porteur:: …"), block titles."""
    head = lines[:600]
    headings = sum(1 for line in head if _HEADING.match(line.strip()) and not line.rstrip().endswith("="))
    signs = sum(
        1
        for line in head
        if _ATTRIBUTE.match(line.strip())
        or ("::" in line and _LABELLED.match(line.strip()))
        or _STYLE.match(line.strip())
    )
    return headings >= 2 and signs >= 2


def _inline(text: str) -> str:
    text = re.sub(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])", r"**\1**", text)  # *bold*
    text = re.sub(
        r"(?:link:|mailto:)?((?:https?://|mailto:)?[^\s\[\]]+)\[([^\]]*)\]", lambda m: m[2] or m[1], text
    )
    text = re.sub(r"<<[^,>]+,\s*([^>]+)>>|<<([^>]+)>>", lambda m: m[1] or m[2], text)  # cross references
    text = re.sub(r"\s\+$", "", text)  # a forced line break
    return text.rstrip()


def asciidoc_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The document as markdown lines, one for each of the file's lines."""
    out: list[str] = []
    comment = False
    in_item = False  # (a list item's text goes on over the next lines, up to a blank one)
    for raw in lines:
        line = raw.strip()
        if not line:
            in_item = False
        if line == "////":
            comment = not comment
            out.append("")
            continue
        if (
            comment
            or line.startswith("//")
            or _ATTRIBUTE.match(line)
            or _STYLE.match(line)
            or _DELIMITER.match(line)
        ):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            out.append("#" * len(heading["marks"]) + " " + _inline(heading["title"]))
            continue
        titled = _BLOCK_TITLE.match(line)
        if titled is not None:
            out.append(f"**{_inline(titled['title'])}**")
            continue
        listed = re.match(r"^(?P<marks>\*{1,5}|\.{1,5}|-)\s+(?P<text>\S.*)$", line)
        if listed is not None:
            depth = len(listed["marks"]) - 1 if listed["marks"] != "-" else 0
            bullet = "1." if listed["marks"].startswith(".") else "-"
            out.append(f"{'  ' * depth}{bullet} {_inline(listed['text'])}")
            in_item = True
            continue
        if in_item and not _HEADING.match(line) and not (_LABELLED.match(line) if "::" in line else None):
            out.append("  " + _inline(line))  # the item's text, wrapped: indented under it
            continue
        labelled = _LABELLED.match(line) if "::" in line else None
        if labelled is not None:
            value = labelled["value"] or ""
            out.append(
                f"{_inline(labelled['label'])} : {_inline(value)}".rstrip(" :")
                if value
                else f"{_inline(labelled['label'])} :"
            )
            continue
        out.append(_inline(_ADMONITION.sub("", raw.rstrip())))
    return out, list(range(1, len(lines) + 1))
