"""A document kept as an Emacs org-mode file (a staffer's working copy of a plan), read as the
markdown it stands for:

    #+TITLE: Plan 2026 / * Axe 1 :tag:   → # Plan 2026 / ## Axe 1
    ** TODO [#A] 1.2 Title   :a:b:        → ### 1.2 Title (state, priority and tags dropped)
    :PROPERTIES: / :BUDGET_TOTAL: 36 000 € / :END:   → Budget total : 36 000 €
    :LOGBOOK: … :END:, #+KEY: settings, # comments   → nothing
    - [X] step / [[url][label]] / *bold*             → - step / label / **bold**
    |---+---| (a table's rule)                      → |---|---|

A subtree tagged :noexport: is the file's private notes, which org itself never publishes: no
text. Each line keeps the file line it comes from.
"""

from __future__ import annotations

import re

_SETTING = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_HEADLINE = re.compile(r"^(?P<stars>\*+)\s+(?P<rest>.*\S)?\s*$")
_TAGS = re.compile(r"\s+:(?:[\w@#%]+:)+\s*$")
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\]\s*")
_DRAWER = re.compile(r"^:(?P<name>[A-Za-z_][\w-]*):\s*$")
_PROPERTY = re.compile(r"^:(?P<key>[A-Za-z_][\w-]*?)\+?:(?:\s+(?P<value>.*\S))?\s*$")
_PLANNING = re.compile(r"^(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$")
_DEFAULT_STATES = ("TODO", "DONE")


def looks_like_org(lines: list[str]) -> bool:
    """Headlines ("* Axe 1", "** Action") and org's own marks beside them: settings ("#+TITLE:"),
    property drawers (":PROPERTIES:" … ":END:"), tags at a headline's end. Markdown never
    prints the marks, so its "* item" bullets are no headlines."""
    head = lines[:800]
    headlines = [line for line in head if _HEADLINE.match(line)]
    marks = sum(
        1
        for line in head
        if _SETTING.match(line.strip())
        or line.strip() in (":PROPERTIES:", ":END:")
        or (_HEADLINE.match(line) and _TAGS.search(line))
    )
    return len(headlines) >= 2 and marks >= 2


def _states(lines: list[str]) -> set[str]:
    """The file's workflow keywords ("#+TODO: TODO EN_COURS | FAIT"), org's default ones else."""
    states = set(_DEFAULT_STATES)
    for line in lines:
        setting = _SETTING.match(line.strip())
        if setting and setting["key"].upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            states |= {re.sub(r"\(.*\)$", "", w) for w in setting["value"].split() if w != "|"}
    return states


def _label(key: str) -> str:
    """ "BUDGET_TOTAL" → "Budget total": a property's key as the label a sheet prints."""
    words = key.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else key


def _inline(text: str) -> str:
    text = re.sub(r"\[\[([^\]]+)\]\[([^\]]+)\]\]", r"\2", text)  # [[url][label]]
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"(?<![*\w])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![*\w])", r"**\1**", text)
    text = re.sub(r"(?<![=\w])[=~](?!\s)([^=~\n]+?)(?<!\s)[=~](?!\w)", r"\1", text)  # =code=, ~verbatim~
    text = re.sub(r"<(\d{4}-\d\d-\d\d)(?: [^>]*)?>", r"\1", text)  # <2026-06-30 mar.>: a timestamp
    return text.rstrip()


def org_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The document as markdown lines, one for each of the file's lines."""
    states = _states(lines)
    titled = any((s := _SETTING.match(line.strip())) and s["key"].upper() == "TITLE" for line in lines)
    out: list[str] = []
    drawer: str | None = None  # the drawer open: "PROPERTIES" (fields) or another (no text)
    hidden = 0  # the level of a :noexport: subtree being skipped
    block = False  # inside "#+BEGIN_COMMENT"
    for raw in lines:
        line = raw.strip()
        headline = _HEADLINE.match(raw)
        if headline is not None:
            level = len(headline["stars"])
            if hidden and level > hidden:
                out.append("")
                continue
            hidden = 0
            rest = headline["rest"] or ""
            tags = _TAGS.search(" " + rest)
            if tags and re.search(r":noexport:", tags[0]):
                hidden = level
                out.append("")
                continue
            rest = _TAGS.sub("", " " + rest).strip()
            first = rest.split(" ", 1)
            if first[0] in states:
                rest = first[1] if len(first) > 1 else ""
            rest = _PRIORITY.sub("", rest)
            rest = re.sub(r"\s*\[\d+/\d+\]$|\s*\[\d+%\]$", "", rest)  # a checklist's progress cookie
            out.append(("#" * (level + titled) + " " + _inline(rest)) if rest else "")
            drawer = None
            continue
        if hidden:
            out.append("")
            continue
        setting = _SETTING.match(line)
        if setting is not None:
            key = setting["key"].upper()
            if key == "BEGIN_COMMENT":
                block = True
            elif key == "END_COMMENT":
                block = False
            out.append(f"# {_inline(setting['value'])}" if key == "TITLE" and setting["value"] else "")
            continue
        if block or re.match(r"^#(?:\s|$)", line) or _PLANNING.match(line):
            out.append("")
            continue
        opened = _DRAWER.match(line)
        if opened is not None and drawer is None and opened["name"].upper() != "END":
            drawer = opened["name"].upper()
            out.append("")
            continue
        if drawer is not None:
            if line.upper() == ":END:":
                drawer = None
                out.append("")
                continue
            prop = _PROPERTY.match(line) if drawer == "PROPERTIES" else None
            out.append(f"{_label(prop['key'])} : {_inline(prop['value'] or '')}".rstrip(" :") if prop else "")
            continue
        if re.match(r"^\|[-+]+\|?$", line):
            out.append(raw.replace("+", "|"))
            continue
        checkbox = re.match(r"^(?P<indent>\s*)(?P<bullet>[-+]|\d+[.)])\s+\[[ Xx-]\]\s+(?P<text>.*)$", raw)
        if checkbox is not None:
            out.append(f"{checkbox['indent']}- {_inline(checkbox['text'])}")
            continue
        out.append(_inline(raw))
    return out, list(range(1, len(lines) + 1))
