"""Runs of text as word processors store them (a paragraph's pieces, each bold or not), written
as one markdown line: shared by the RTF, OpenDocument and Word XML readers."""

from __future__ import annotations

from collections.abc import Iterable


def bold_marked(runs: Iterable[tuple[str, bool]]) -> tuple[str, bool]:
    """The runs' text, a bold run inside it between ** (its spaces kept outside the marks), and
    whether the whole text is bold (a line set in bold: a heading or a label, marked by the
    reader as it sees fit)."""
    merged: list[tuple[str, bool]] = []
    for chars, bold in runs:
        if merged and merged[-1][1] == bold:
            merged[-1] = (merged[-1][0] + chars, bold)
        else:
            merged.append((chars, bold))
    whole = all(bold for chars, bold in merged if chars.strip())
    pieces = []
    for chars, bold in merged:
        if bold and not whole and chars.strip():
            core = chars.strip(" \t")
            lead = chars[: len(chars) - len(chars.lstrip(" \t"))]
            tail = chars[len(chars.rstrip(" \t")) :]
            pieces.append(f"{lead}**{core}**{tail}")
        else:
            pieces.append(chars)
    return "".join(pieces), whole
