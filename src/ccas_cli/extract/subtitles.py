"""A video's subtitles (.srt, .vtt), read as the text they caption: each cue's lines without its
number and timing, a sentence that runs on from cue to cue joined into one paragraph, a cue that
stands alone (a title card in capitals, "Porteur : …", a sentence's end) a paragraph of its own.

    4                                     →
    00:00:14,200 --> 00:00:17,000         →
    LE CONTEXTE                           → LE CONTEXTE
                                          →
    5                                     →
    00:00:17,600 --> 00:00:21,560         →
    Au sud du Finistère, le Pays          → Au sud du Finistère, le Pays
    regroupe seize communes               → regroupe seize communes
    6 / 00:00:21,720 --> … / et près …    → et près de 56 000 habitants.

Each line keeps the file line it is printed on; <i>…</i> and {\\an8} marks are no text.
"""

from __future__ import annotations

import re

_TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s.*)?$"
)
_MARKS = re.compile(r"</?[ibuc](?:\.[\w.]+)?>|</?font[^>]*>|\{\\[^}]*\}|</?v(?:\s[^>]*)?>")
_FIELD = re.compile(r"^[^\W\d_][^:]{1,40}\s:\s\S")


def looks_like_subtitles(lines: list[str]) -> bool:
    """Cues: a timing line "00:00:01,000 --> 00:00:04,400" under most cue numbers, five or more."""
    timings = sum(1 for line in lines if _TIMING.match(line))
    return timings >= 5 and timings * 4 >= sum(1 for line in lines if line.strip()) * 0.5


def subtitle_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    cues: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None
    for n, raw in enumerate(lines, 1):
        line = raw.strip().lstrip("\ufeff")
        if _TIMING.match(line):
            current = []
            cues.append(current)
        elif not line:
            current = None
        elif current is not None:
            text = " ".join(_MARKS.sub("", line).split())
            if text:
                current.append((n, text))
        # (a cue's number, the WEBVTT header, a NOTE: no text)
    if not cues:
        return None
    out: list[tuple[str, int]] = []
    previous = ""
    # (the opening credits before the first title card in capitals: each cue a card of its own)
    opening = next((k for k, cue in enumerate(cues) if cue and _card(cue)), 0)
    for k, cue in enumerate(cues):
        if not cue:
            continue
        first = cue[0][1]
        alone = _card(cue) or _FIELD.match(first) is not None or k <= opening
        if out and (
            alone or _card_text(previous) or _FIELD.match(previous) or re.search(r"[.!?»:…]$", previous)
        ):
            out.append(("", cue[0][0]))
        out += [(text, n) for n, text in cue]
        previous = cue[-1][1]
    return [text for text, _ in out], [n for _, n in out]


def _card(cue: list[tuple[int, str]]) -> bool:
    """A title card: a cue in capitals ("LE CONTEXTE", "CE QU’ON EN RETIENT")."""
    return all(_card_text(text) for _, text in cue)


def _card_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
