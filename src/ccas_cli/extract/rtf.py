"""A document kept as its RTF source (saved from a word processor), read as the markdown it
stands for:

    {\\b\\fs32 Axe 1}\\par  (a paragraph set larger than the text) → # Axe 1 (levels by size)
    {\\b Pilote :} Service logement\\par                          → **Pilote :** Service logement
    \\bullet\\tab text\\par, {\\pntext …}text\\par                   → - text
    \\trowd … a\\cell b\\cell 12\\~000 \\'80\\cell\\row              → | a | b | 12 000 € |
    \\'e9, \\u233?, \\rquote, \\endash, \\~                          → é, é, ’, –, no-break space
    {\\fonttbl …}, {\\*\\generator …}, {\\header …}, {\\info …}      → nothing

Each line keeps the file line its paragraph starts on. A tokenizer and a stack of group states
are all RTF needs for text: no dependency earns its place for that.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from .runs import bold_marked

# control words, control symbols, groups, and text between them
_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<text>[^\\{}\r\n]+)"
    r"|(?P<newline>\r?\n)"
)

# groups whose content is no text of the document (tables of fonts and colours, metadata,
# pictures, page headers and footers: furniture)
_SKIPPED = frozenset(
    [
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "object",
        "fldinst",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "latentstyles",
        "datastore",
        "pgdsctbl",
        "revtbl",
        "filetbl",
        "nonshppict",
        "bkmkstart",
        "bkmkend",
        "footnote",
        "annotation",
        "atnid",
        "atnauthor",
        "comment",
        "txfieldtext",
        "mmathPr",
    ]
)
_SYMBOLS = {
    "bullet": "•",
    "endash": "–",
    "emdash": "—",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "«",
    "rdblquote": "»",
    "tab": "\t",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
}
_CONTROL_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\"}


def looks_like_rtf(lines: list[str]) -> bool:
    """The file opens on an RTF header."""
    first = next((line.strip() for line in lines[:5] if line.strip()), "")
    return first.startswith("{\\rtf")


@dataclass(frozen=True)
class _State:
    skip: bool = False
    bold: bool = False
    size: int = 24  # half-points
    skip_chars: int = 1  # \ucN: the characters standing for a \u character in old readers
    bullet: bool = False  # {\pntext …} / {\listtext …}: a list item's printed mark


@dataclass
class _Paragraph:
    line: int
    runs: list[tuple[str, bool, int]]  # text, bold, size
    item: bool = False
    outline: int | None = None


def rtf_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The document as markdown lines, each with the file line its paragraph starts on."""
    text = "\n".join(lines)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    codec = "cp1252"
    found = re.search(r"\\ansicpg(\d+)", text[:2000])
    if found and found[1] != "1252":
        codec = f"cp{found[1]}"

    paragraphs: list[_Paragraph | list[tuple[list[str], int]]] = []  # a paragraph, or a table's rows
    state = _State()
    stack: list[_State] = []
    fresh_group = False  # just after "{": a destination word may follow
    current = _Paragraph(0, [])
    cell: list[str] = []  # the paragraphs of the table cell being read
    row: list[str] = []
    rows: list[list[str]] = []
    row_line = [0]  # the file line of the row being read
    row_lines: list[int] = []
    in_table = False
    outline: int | None = None
    pending_skip = 0

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    def add(chars: str, offset: int) -> None:
        nonlocal pending_skip
        if pending_skip:
            taken = min(pending_skip, len(chars))
            chars = chars[taken:]
            pending_skip -= taken
        if not chars or state.skip:
            return
        if state.bullet:
            current.item = True
            return
        if not current.runs:
            current.line = line_of(offset)
        current.runs.append((chars, state.bold, state.size))

    def end_paragraph() -> None:
        nonlocal current
        if current.runs and "".join(t for t, _, _ in current.runs).strip():
            current.outline = outline
            if in_table:
                if not cell and not row:
                    row_line[0] = current.line
                cell.append(_inline(current.runs))
            else:
                flush_table()
                paragraphs.append(current)
        current = _Paragraph(0, [])

    def flush_table() -> None:
        nonlocal rows, row_lines
        if rows:
            paragraphs.append(list(zip(rows, row_lines, strict=True)))
            rows, row_lines = [], []

    for token in _TOKEN.finditer(text):
        kind = token.lastgroup
        if kind == "newline":
            continue
        if kind == "brace":
            if token["brace"] == "{":
                stack.append(state)
                fresh_group = True
            else:
                state = stack.pop() if stack else state
                fresh_group = False
            continue
        opening, fresh_group = fresh_group, False
        if kind == "text":
            add(token["text"], token.start())
        elif kind == "hex":
            add(bytes([int(token["hex"], 16)]).decode(codec, errors="replace"), token.start())
        elif kind == "symbol":
            symbol = token["symbol"]
            if symbol == "*":
                state = replace(state, skip=True)  # an optional destination: none we read
            elif symbol in _CONTROL_SYMBOLS:
                add(_CONTROL_SYMBOLS[symbol], token.start())
        else:
            word, arg = token["word"], token["arg"]
            if opening and word in _SKIPPED:
                state = replace(state, skip=True)
            elif word in ("pntext", "listtext"):
                state = replace(state, bullet=True)
            elif word == "u" and arg is not None:
                code = int(arg)
                add(chr(code + 65536 if code < 0 else code), token.start())
                pending_skip = state.skip_chars
            elif word == "uc" and arg is not None:
                state = replace(state, skip_chars=int(arg))
            elif word == "b":
                state = replace(state, bold=arg != "0")
            elif word == "fs" and arg is not None:
                state = replace(state, size=int(arg))
            elif word == "plain":
                state = replace(state, bold=False, size=24)
            elif word in _SYMBOLS:
                add(_SYMBOLS[word], token.start())
            elif word in ("par", "line", "sect", "page"):
                end_paragraph()
            elif word == "pard":
                in_table = False
                outline = None
            elif word == "outlinelevel" and arg is not None:
                outline = int(arg)
            elif word == "intbl":
                in_table = True
            elif word == "cell":
                end_paragraph()
                row.append(" ".join(cell))
                cell.clear()
            elif word == "row":
                if row:
                    rows.append(list(row))
                    row_lines.append(row_line[0])
                row.clear()
                in_table = False
    end_paragraph()
    flush_table()
    return _markdown(paragraphs, len(lines))


def _inline(runs: list[tuple[str, bool, int]]) -> str:
    """A paragraph's runs as one line, its bold runs in ** (spaces kept outside them)."""
    text, _ = bold_marked((chars, bold) for chars, bold, _ in runs)
    return " ".join(text.replace("\u00a0", " ").split())


def _markdown(
    paragraphs: list[_Paragraph | list[tuple[list[str], int]]], count: int
) -> tuple[list[str], list[int]]:
    """Headings from the sizes larger than the text's own, largest first; bold lines in **;
    each paragraph apart from the next by a blank line."""
    sizes: Counter[int] = Counter()
    for p in paragraphs:
        if isinstance(p, _Paragraph):
            for chars, _, size in p.runs:
                sizes[size] += len(chars.strip())
    body = sizes.most_common(1)[0][0] if sizes else 24
    larger = sorted({size for size in sizes if size > body}, reverse=True)
    out: list[str] = []
    origin: list[int] = []
    last_line = 1
    for p in paragraphs:
        if isinstance(p, list):
            for cells, line in p:
                last_line = max(last_line, min(line, count))
                out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
                origin.append(last_line)
            out.append("")
            origin.append(last_line)
            continue
        last_line = max(1, min(p.line, count))
        text = _inline(p.runs)
        if not text:
            continue
        printed = [(size, bold) for chars, bold, size in p.runs if chars.strip()]
        if p.outline is not None and p.outline < 6:
            text = "#" * (p.outline + 1) + " " + text.replace("**", "")
        elif printed and all(size > body for size, _ in printed) and len(text) <= 200:
            level = 1 + larger.index(max(size for size, _ in printed))
            text = "#" * min(level, 6) + " " + text.replace("**", "")
        elif printed and all(bold for _, bold in printed) and len(text) <= 200:
            text = f"**{text}**"
        elif p.item or re.match(r"^[•·▪◦o§\-–]\s", text):
            text = "- " + re.sub(r"^[•·▪◦o§\-–]\s+", "", text)
        out.append(text)
        origin.append(last_line)
        out.append("")
        origin.append(last_line)
    return out, origin
