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


def _inline(text: str) -> str:
    text = re.sub(r"(?<!\\)%.*$", "", text)  # a comment to the line's end
    text = re.sub(r"\\footnote\{([^{}]*)\}", r" (\1)", text)
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
    """The document as markdown lines, one for each of the file's lines."""
    out = [""] * len(lines)
    title = ""
    table = False
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        titled = re.match(r"^\\title\{(?P<title>.*)\}\s*$", line)
        if titled:
            title = _inline(titled["title"])
            continue
        if line.startswith("\\maketitle"):
            out[n] = f"# {title}" if title else ""
            continue
        section = _SECTION.match(line)
        if section:
            out[n] = "#" * _LEVELS[section["kind"]] + " " + _inline(section["title"])
            continue
        begin = re.match(r"^\\(begin|end)\{(?P<env>[^}]+)\}", line)
        if begin:
            if begin["env"] in ("tabular", "tabular*", "tabularx", "longtable", "array"):
                table = begin[1] == "begin"
            # ("\begin{tabular}{|l|r|}": the column spec, no text)
            rest = _inline(re.sub(r"^\{[^{}]*\}", "", line[begin.end() :]))
            out[n] = rest if begin[1] == "begin" and rest and not table else ""
            continue
        if _PREAMBLE.match(line):
            continue
        if table and "&" in line:
            cells = [_inline(c) for c in re.split(r"(?<!\\)&", re.sub(r"\\\\\s*(?:\\hline)?\s*$", "", line))]
            out[n] = "| " + " | ".join(cells) + " |"
            continue
        item = re.match(r"^\\item(?:\[(?P<label>[^\]]*)\])?\s*(?P<text>.*)$", line)
        if item:
            label = f"{_inline(item['label'])} " if item["label"] else ""
            out[n] = f"- {label}{_inline(item['text'])}".rstrip()
            continue
        out[n] = _inline(raw)
    return out, list(range(1, len(lines) + 1))
