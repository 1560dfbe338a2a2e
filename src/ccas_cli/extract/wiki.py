"""A page exported from a wiki in MediaWiki markup, read as the markdown it stands for:

    = Title =            → # Title          '''Porteur''' → **Porteur**
    == Contexte ==       → ## Contexte      [[Page|label]] → label, [https://… label] → label
    * item / ** item     → - item / nested  {| … |} (a wikitable) → a pipe table, a row a line

Templates ("{{…}}"), magic words ("__NOTOC__"), comments, footnotes ("<ref>…</ref>") and
category links are no text of the page. Each line keeps the file line it comes from (a table's
row, the line of its first cell).
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>={1,6})\s*(?P<title>[^=].*?)\s*(?P=marks)\s*$")
_SIGNS = re.compile(r"'''|\[\[|\{\||^\{\{|^__[A-Z]+__$")


def looks_like_wiki(lines: list[str]) -> bool:
    """Two "== Heading ==" lines or more, and the wiki's other marks (bold in triple quotes,
    [[links]], a {| table) — a page in MediaWiki markup."""
    head = lines[:400]
    headings = sum(1 for line in head if _HEADING.match(line.strip()))
    signs = sum(1 for line in head if _SIGNS.search(line.strip()))
    return headings >= 2 and signs >= 2


def _inline(text: str) -> str:
    text = re.sub(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", "", text)  # footnotes: no text of the line
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", text)  # [[Page|label]] → label
    text = re.sub(r"\[(?:https?://|mailto:)\S+\s+([^\]]+)\]", r"\1", text)  # [url label] → label
    text = re.sub(r"\[((?:https?://)\S+)\]", r"\1", text)
    text = re.sub(r"\{\{[^{}]*\}\}", "", text)
    text = text.replace("'''", "**").replace("''", "")
    return text.rstrip()


def _cells(line: str, mark: str) -> list[str]:
    """ "! A !! B" or "| a || b" (style attributes before a single "|" left out)."""
    cells = re.split(rf"\s*{re.escape(mark * 2)}\s*", line[1:].strip()) if mark else [line]
    out = []
    for cell in cells:
        styled = re.match(r"^[\w-]+=\"[^\"]*\"(?:\s+[\w-]+=\"[^\"]*\")*\s*\|(?!\|)\s*(?P<text>.*)$", cell)
        out.append(_inline(styled["text"] if styled else cell).strip())
    return out


def _split_params(text: str) -> list[str]:
    """A template's parameters, split at its own bars (not those of a [[link|label]] inside)."""
    params, depth, current = [], 0, ""
    for k, char in enumerate(text):
        if text.startswith(("[[", "{{"), k):
            depth += 1
        elif text.startswith(("]]", "}}"), k) and depth:
            depth -= 1
        if char == "|" and depth == 0:
            params.append(current)
            current = ""
        else:
            current += char
    return [*params, current]


def _template_lines(params: list[tuple[int, str]], closing: int) -> list[tuple[int, str]]:
    """A template's named parameters as the page shows them: "Porteur = …" a field line each
    ("Porteur : …"); a contact's (an email or a phone among its values) one line of its values,
    as a contact is printed ("Nadia Bensalem – coordinatrice – n.b@… – 02 …")."""
    named = [
        (n, m["key"].strip(), _inline(m["value"]).strip())
        for n, p in params
        if (m := re.match(r"^\s*(?P<key>[^=]{1,40}?)\s*=\s*(?P<value>.*)$", p, re.DOTALL)) is not None
    ]
    values = [v for _, _, v in named if v]
    if any("@" in v or re.fullmatch(r"\+?[\d .]{10,17}", v) for v in values):
        return [(params[0][0] if params else closing, " – ".join(values)), (closing, "")]
    return [(n, f"{key} : {value}") for n, key, value in named if value] + [(closing, "")]


def wiki_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page's text as markdown lines, with the file line of each."""
    out: list[tuple[int, str]] = []
    text = "\n".join(lines)
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m[0].count("\n"), text, flags=re.DOTALL)
    text = re.sub(r"<ref[^>/]*>.*?</ref>", lambda m: "\n" * m[0].count("\n"), text, flags=re.DOTALL)
    source = text.split("\n")
    rows: list[tuple[int, list[str]]] | None = None  # the rows of the table being read
    template: list[tuple[int, str]] | None = None  # the lines of a template's parameters
    for number, raw in enumerate(source, 1):
        line = raw.strip()
        if template is not None:
            if line.startswith("}}"):
                out += _template_lines(template, number)
                template = None
            elif line.startswith("|"):
                template.append((number, line[1:]))
            elif line and template:
                template[-1] = (template[-1][0], f"{template[-1][1]} {line}")  # a value wrapped
            continue
        opened = re.fullmatch(r"\{\{\s*[^{}|]+?(?:\|(?P<rest>.*))?", line)
        if opened is not None and "}}" not in line:
            # "{{Infobox initiative" / "| Porteur = …" / "}}": a template's parameters, a line each
            template = [(number, opened["rest"])] if opened["rest"] else []
            continue
        one_line = re.fullmatch(r"\{\{\s*[^{}|]+?\|(?P<rest>.*)\}\}", line)
        if one_line is not None:
            out += _template_lines([(number, p) for p in _split_params(one_line["rest"])], number)
            continue
        if rows is not None:
            if line.startswith("|}"):
                out += [
                    (n, "| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
                    for n, cells in rows
                    if cells
                ]
                out.append((number, ""))
                rows = None
            elif line.startswith("|-"):
                rows.append((number + 1, []))
            elif line.startswith("|+"):
                out.append((number, _inline(line[2:].strip())))
            elif line.startswith("!"):
                rows[-1][1].extend(_cells(line, "!"))
            elif line.startswith("|"):
                rows[-1][1].extend(_cells(line, "|"))
            elif line and rows[-1][1]:
                rows[-1][1][-1] = f"{rows[-1][1][-1]} {_inline(line).strip()}".strip()  # a cell wrapped
            continue
        if line.startswith("{|"):
            rows = [(number + 1, [])]
            continue
        if re.fullmatch(r"__[A-Z]+__|\{\{[^{}]*\}\}|<references\s*/?>", line) or re.fullmatch(
            r"\[\[(?:Catégorie|Category|Fichier|File|Image):[^\]]*\]\]", line
        ):
            out.append((number, ""))
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            out += [
                (number, "#" * len(heading["marks"]) + " " + _inline(heading["title"]).strip()),
                (number, ""),
            ]
            continue
        listed = re.match(r"^(?P<marks>[*#]+)\s*(?P<text>.*)$", line)
        if listed is not None:
            depth = len(listed["marks"]) - 1
            bullet = "1." if listed["marks"].endswith("#") else "-"
            out.append((number, f"{'  ' * depth}{bullet} {_inline(listed['text']).strip()}"))
            continue
        term = re.match(r"^;\s*(?P<term>[^:]+?)\s*(?::\s*(?P<text>.*))?$", line)
        if term is not None:
            out.append((number, _inline(term["term"]).strip()))
            if term["text"]:
                out.append((number, _inline(term["text"]).strip()))
            continue
        out.append((number, _inline(re.sub(r"^:+\s*", "", line))))
    if rows:
        out += [(n, "| " + " | ".join(cells) + " |") for n, cells in rows if cells]
    while out and not out[-1][1]:
        out.pop()
    if not out:
        return [""], [1]
    return [t for _, t in out], [n for n, _ in out]
