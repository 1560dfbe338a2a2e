"""A recorded interview or meeting as a speech-to-text service transcribes it, read as what was
said: the speakers' turns ("Intervieweur [00:01:12]", "[00:01:12] Marie Roux :", "Marie Roux
00:01:12"), the service's notes ("[rires]", "[inaudible]", "[Fin de la transcription]") and its
header (file, duration, detected language) are no text of the document; each turn's words
are a paragraph, a line that is a "Label : value" (a fact read out) a line of its own.

Lines keep their place (one for each of the file's lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference import load_reference

_TIME = r"\(?\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?\)?"
# "Intervieweur [00:01:12]", "Porteur de projet  00:01:20", "[00:01:12] Marie Roux :"
_TURN = re.compile(
    rf"^\s*(?:[^\W\d][\w'’ .-]{{1,40}}?\s+{_TIME}|\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s+[^\W\d][\w'’ .-]{{1,40}}?)\s*:?\s*$"
)


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    """ "[rires]", "[inaudible]", "(pause)", "[Fin de la transcription]": the service's notes
    (document.yaml `transcript_notes`)."""
    words = sorted(
        (re.escape(w) for w in load_reference("document")["transcript_notes"]), key=len, reverse=True
    )
    return re.compile(rf"\s*[\[(](?:{'|'.join(words)}|\.\.\.|…)[^\])]{{0,30}}[\])]\s*", re.IGNORECASE)


def looks_like_transcript(lines: list[str]) -> bool:
    """Turns opened by a speaker and a time, eight or more, two speakers or more."""
    turns = [_TURN.match(line) for line in lines[:3000]]
    speakers = {re.sub(_TIME, "", line).strip(" :") for line, t in zip(lines[:3000], turns, strict=True) if t}
    # (the same few speakers taking turns, not a list of chapters "00:00 Ouverture", "01:52 …")
    counted = sum(1 for t in turns if t)
    return counted >= 8 and 2 <= len(speakers) <= counted // 2


def transcript_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    first_turn = next((n for n, line in enumerate(lines) if _TURN.match(line)), len(lines))
    for n, line in enumerate(lines):
        if n < first_turn and n > 0 and re.match(r"^[^\W\d][^:]{1,30}\s?:\s", line):
            out.append("")  # ("Fichier : ITW_….m4a", "Durée : 00:09:24"): the recording's, no fact
        elif _TURN.match(line):
            out.append("")  # a turn opens: the paragraph before it ends
        else:
            out.append(_note().sub(" ", line).rstrip() if _note().search(line) else line)
    return out


# "… adopté à l'unanimité. (29:02)", "Budget primitif 2024 (12:05)": the time in the recording a
# line of a meeting's notes points to
_TIMECODE = re.compile(r"\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\s*$")


def timecoded(lines: list[str]) -> bool:
    """Five lines or more closed by a time in the recording: a recap of a recorded meeting."""
    return sum(1 for line in lines if _TIMECODE.search(line)) >= 5


def without_timecodes(lines: list[str]) -> list[str]:
    """The lines without the times that close them (a pointer into the recording, no words)."""
    return [_TIMECODE.sub("", line) if _TIMECODE.search(line) else line for line in lines]
