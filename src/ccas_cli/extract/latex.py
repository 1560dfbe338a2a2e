"""A document kept as its LaTeX source, read as the markdown it stands for:

    \\title{A\\\\B} / \\maketitle          → # A B (the title, printed where \\maketitle is)
    \\section{Title} / \\subsection*{…}   → ## Title / ### …
    \\item text                          → - text
    a & b & 12\\,000 \\\\  (a tabular row) → | a | b | 12 000 |
    12~000~\\euro{}, 1,2~M\\euro{}, 12,5\\,\\%   → 12 000 €, 1,2 M€, 12,5 %
    % a comment, \\usepackage{…}, \\begin{…} → nothing

Each line keeps the file line it comes from.
"""

from __future__ import annotations

import re
import unicodedata

_SECTION = re.compile(
    r"^\\(?P<kind>part|chapter|section|subsection|subsubsection|paragraph)\*?(?:\[[^\]]*\])?\{(?P<title>.*)\}\s*$"
)
_PREAMBLE = re.compile(
    r"^\\(?:documentclass|usepackage|author|date|tableofcontents|listoftables|newpage|clearpage|"
    r"pagebreak|noindent|vspace|hspace|bigskip|medskip|smallskip|centering|raggedright|hline|"
    r"toprule|midrule|bottomrule|cline|setlength|renewcommand|newcommand|label|pagestyle|thispagestyle)\b"
)
_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}


def looks_like_latex(lines: list[str]) -> bool:
    """A \\documentclass or \\begin{document}, and sections: a LaTeX source."""
    head = lines[:400]
    opened = any(re.match(r"^\s*\\(?:documentclass|begin\{document\})", line) for line in head)
    sections = sum(1 for line in lines if _SECTION.match(line.strip()))
    return opened and sections >= 2


# \'e, \`a, \^o, \"i, \c{c} (braces or not): a letter and its accent, as LaTeX types them
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "c": "\u0327"}
_ACCENTED = re.compile(r"\\(['`^\"])\s*\{?([A-Za-z])\}?|\\c\{([A-Za-z])\}|\\c\s+([cC])")
_LIGATURES = {"oe": "œ", "OE": "Œ", "ae": "æ", "AE": "Æ", "og": "« ", "fg": " »"}


def _accented(match: re.Match[str]) -> str:
    if match[1]:
        return unicodedata.normalize("NFC", match[2] + _ACCENTS[match[1]])
    return unicodedata.normalize("NFC", (match[3] or match[4]) + _ACCENTS["c"])


def _inline(text: str) -> str:
    text = re.sub(r"(?<!\\)%.*$", "", text)  # a comment to the line's end
    text = _ACCENTED.sub(_accented, text)
    # ("C\oe{}ur", "\og Le Phare\fg{}": ligatures and French quotation marks by name)
    text = re.sub(r"\\(oe|OE|ae|AE|og|fg)(?:\{\}|\b\s?)", lambda m: _LIGATURES[m[1]], text)
    text = re.sub(r"\\euro\{\}|\\euro\b|\\texteuro\{\}|\\texteuro\b", "€", text)
    text = text.replace("\\%", "%").replace("\\&", "&").replace("\\_", "_").replace("\\#", "#")
    text = re.sub(r"\\[,;:!]|~", " ", text)  # thin and unbreakable spaces
    text = re.sub(r"\\(?:textbf|textit|emph|underline|textsc|mbox|text)\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\(?:ldots|dots)\{?\}?", "…", text)
    text = text.replace("``", "« ").replace("''", " »").replace("--", "–")
    text = re.sub(r"\\\\(?:\[[^\]]*\])?", " ", text)  # a forced line break
    text = re.sub(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})?", "", text)  # any other command
    text = re.sub(r"[{}]", "", text)
    return " ".join(text.split())


def latex_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The document as markdown lines with the file line of each (a table's rules and borders
    said as no line, so its rows stay one table)."""
    out: list[tuple[int, str]] = []
    title = ""
    table = False
    envs: list[str] = []
    kept, notes = _without_footnotes(_expanded(lines))
    pending: list[tuple[int, str]] = []  # the notes called from the paragraph or item being read
    for n, raw in enumerate(kept, 1):
        if raw is None:
            continue  # a line the footnote above took whole
        line = raw.strip()
        if pending and (not line or line.startswith("\\")):
            # a note said where its paragraph or item ends, in the same section
            last = out[-1][0] if out else 1  # (said where the paragraph ends: in the file's order)
            out += [(max(at, last), f"Note : {note}") for at, note in pending]
            pending = []
        pending += [(n, note) for at, note in notes if at == n]
        if not line or line.startswith("%"):
            if not table:
                out.append((n, ""))
            continue
        titled = re.match(r"^\\title\{(?P<title>.*)\}\s*$", line)
        if titled:
            title = _inline(titled["title"])
            out.append((n, ""))  # (said where \maketitle prints it)
            continue
        if line.startswith("\\maketitle"):
            out.append((n, f"# {title}" if title else ""))
            continue
        section = _SECTION.match(line)
        if section:
            out.append((n, "#" * _LEVELS[section["kind"]] + " " + _inline(section["title"])))
            continue
        begin = re.match(r"^\\(begin|end)\{(?P<env>[^}]+)\}", line)
        if begin:
            if begin[1] == "begin":
                envs.append(begin["env"])
            elif envs:
                envs.pop()
            if begin["env"] in ("tabular", "tabular*", "tabularx", "longtable", "array"):
                table = begin[1] == "begin"
                out.append((n, ""))
                continue
            # ("\begin{tabular}{|l|r|}", "\begin{description}[style=nextline]": the environment's
            # spec and options, no text)
            rest = _inline(re.sub(r"^(?:\{[^{}]*\}|\[[^\]]*\])*", "", line[begin.end() :]))
            out.append((n, rest if begin[1] == "begin" and rest else ""))
            continue
        if _PREAMBLE.match(line):
            if not table:
                out.append((n, ""))
            continue
        if table:
            if "&" in line:
                # "\multicolumn{2}{|l|}{Total} & 40~000~\euro{}": a cell spanning two columns, its
                # text in the first and the others empty
                row = re.sub(
                    r"\\multicolumn\{(\d+)\}\{[^{}]*\}\{((?:[^{}]|\{[^{}]*\})*)\}",
                    lambda m: m[2] + " &" * (int(m[1]) - 1),
                    re.sub(r"\\\\\s*(?:\\hline|\\midrule|\\bottomrule)?\s*$", "", line),
                )
                cells = [_inline(c) for c in re.split(r"(?<!\\)&", row)]
                out.append((n, "| " + " | ".join(cells) + " |"))
            continue
        item = re.match(r"^\\item(?:\[(?P<label>[^\]]*)\])?\s*(?P<text>.*)$", line)
        if item:
            label = _inline(item["label"] or "")
            text = _inline(item["text"])
            if label and envs and envs[-1] == "description":
                # "\item[Pilote] Direction …": a description list's term and its text, a field
                out.append((n, f"{label.rstrip(' :')} : {text}".rstrip()))
            else:
                out.append((n, f"- {label + ' ' if label else ''}{text}".rstrip()))
            continue
        out.append((n, _inline(raw)))
    last = out[-1][0] if out else 1
    out += [(max(at, last), f"Note : {note}") for at, note in pending]
    return [text for _, text in out], [n for n, _ in out]


# "\newcommand{\ville}{Saint-Lô}", "\def\annee{2026}": a macro with no argument, a word it stands for
_MACRO = re.compile(
    r"^\s*\\(?:(?:re)?newcommand\*?\{?\\(?P<a>[A-Za-z]+)\}?|def\\(?P<b>[A-Za-z]+))\s*\{(?P<text>[^{}]*)\}\s*$"
)


def _expanded(lines: list[str]) -> list[str]:
    """The lines with the document's own argument-free macros replaced by what they stand for
    ("À \ville{}, l'ABS …" reads "À Saint-Lô, l'ABS …"); the definitions kept, read as preamble."""
    macros = {(m["a"] or m["b"]): m["text"] for line in lines[:400] if (m := _MACRO.match(line))}
    if not macros:
        return lines
    names = "|".join(re.escape(name) for name in sorted(macros, key=len, reverse=True))
    use = re.compile(rf"\\({names})(?![A-Za-z])(?:\{{\}}|\s?)")
    return [
        line if _MACRO.match(line) else use.sub(lambda m: macros[m[1]] + " " * (m[0].endswith(" ")), line)
        for line in lines
    ]


def _without_footnotes(lines: list[str]) -> tuple[list[str | None], list[tuple[int, str]]]:
    """The lines with their footnotes taken out (a note is no part of the name or sentence it
    is called from, and may run over lines), and each note's text with its line."""
    kept: list[str | None] = list(lines)
    notes: list[tuple[int, str]] = []
    n = 0
    while n < len(kept):
        line = kept[n]
        at = line.find("\\footnote{") if line is not None else -1
        if line is None or at < 0:
            n += 1
            continue
        depth, words, k, col = 0, [], n, at + len("\\footnote")
        while k < len(kept):
            text = kept[k] or ""
            end = None
            for i in range(col, len(text)):
                if text[i] == "{" and (i == 0 or text[i - 1] != "\\"):
                    depth += 1
                elif text[i] == "}" and (i == 0 or text[i - 1] != "\\"):
                    depth -= 1
                    if depth == 0:
                        end = i
                        break
            if end is not None:
                words.append(text[col:end])
                break
            words.append(text[col:])
            k, col = k + 1, 0
        if k >= len(kept):
            break  # a note never closed: the text as written
        note = _inline(" ".join(words)[1:])
        if note:
            notes.append((n + 1, note))
        tail = (kept[k] or "")[end + 1 :] if end is not None else ""
        # ("\textbf{Plan de financement\footnote{…" / "… 90~000~\euro{}.} :}": what closes the
        # line the note was called from, no words of its own, goes back to it)
        closing = k > n and re.search(r"\w", tail) is None
        kept[n] = line[:at] + (tail if k == n or closing else "")
        for gone in range(n + 1, k + 1):
            kept[gone] = None
        if k > n and tail.strip() and not closing:
            kept[k] = tail  # the line goes on after the note: its words stay on their line
        n = n if k == n else k
    return kept, notes
