"""A conversation exported from a messaging application (WhatsApp, Signal, Telegram as text),
read as the document it gathers. A sheet is often filled in so: one person asks its questions
one at a time, each led by its label in bold, and the other answers in one message or several:

    02/04/2024, 10:07 - Lucie: ▪️ *Porteur* : qui porte le projet ?   → Porteur : CIAS du …
    02/04/2024, 10:11 - Maëlle: CIAS du Saint-Affricain
    03/04/2024, 14:02 - Lucie: 📌 *Contexte*                            → ## Contexte
    03/04/2024, 14:20 - Maëlle: Le secteur a perdu …                   → its paragraphs

The answers to the labels a kind of mark leads are fields when they are short, sections when
that mark's answers are long (a sheet's key facts and its chapters, asked alike). The
application's notices (encryption, media left out, deleted messages), the timestamps and
the names are no text of the document; talk between the questions is left out, the asker's
own facts ("Titre de la fiche : « … »") kept. Each line keeps the file line it is written on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import median

from ..normalize.text import fold
from ..reference import load_reference

# "02/04/2024, 09:47 - Name: text", "[14/03/2024 10:12] Name: text", "[14/03/2024, 10:12:05] …"
_STAMP = re.compile(
    r"^\s*(?:\[(?P<a>\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?)\]\s*"
    r"|(?P<b>\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?)\s+[-–]\s+)"
    r"(?P<rest>.*)$"
)
_SPEAKER = re.compile(r"^(?P<name>[^:]{1,60}?):\s(?P<text>.*)$")
# a question led by its label in bold, marks before it ("▪️ *Porteur* : qui … ?", "📌 *Contexte*")
_ASKED = re.compile(r"^(?P<mark>[^\w*]*)\*(?P<label>[^*\n]{2,80}?)\*\s*(?P<rest>[:?].*)?$")
_FACT = re.compile(r"^[^\W\d][^:]{1,60}\s:\s\S")


@lru_cache(maxsize=1)
def _notices() -> frozenset[str]:
    """What the application writes in a message's stead (document.yaml `chat_notices`)."""
    return frozenset(fold(w.strip("<>‹› ")) for w in load_reference("document")["chat_notices"])


@dataclass
class _Message:
    line: int
    speaker: str | None  # None: the application's own notice
    lines: list[tuple[int, str]] = field(default_factory=list)


def looks_like_chat(lines: list[str]) -> bool:
    """Most lines open on a message's date and time."""
    filled = [line for line in lines[:400] if line.strip()]
    stamped = sum(1 for line in filled if _STAMP.match(line))
    return stamped >= 8 and stamped * 2 >= len(filled)


def _messages(lines: list[str]) -> list[_Message]:
    messages: list[_Message] = []
    for n, raw in enumerate(lines, 1):
        stamp = _STAMP.match(raw)
        if stamp is None:
            if messages and raw.strip():
                messages[-1].lines.append((n, raw.strip()))  # a message over several lines
            continue
        said = _SPEAKER.match(stamp["rest"])
        if said is None:
            messages.append(_Message(n, None))  # "Les messages … sont chiffrés": the application's
            continue
        message = _Message(n, said["name"].strip())
        if said["text"].strip():
            message.lines.append((n, said["text"].strip()))
        messages.append(message)
    for message in messages:
        message.lines = [
            (n, text) for n, text in message.lines if fold(text.strip("<>‹› ")) not in _notices()
        ]
    return [m for m in messages if m.speaker is not None and m.lines]


def _same_message(messages: list[_Message], first: int, second: int) -> bool:
    return any(any(n == first for n, _ in m.lines) and any(n == second for n, _ in m.lines) for m in messages)


def chat_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The conversation as markdown lines with the file line of each."""
    messages = _messages(lines)
    if not messages:
        return None
    asked_by: dict[str, int] = {}
    for message in messages:
        if _ASKED.match(message.lines[0][1]) and message.speaker:
            asked_by[message.speaker] = asked_by.get(message.speaker, 0) + 1
    if not asked_by or max(asked_by.values()) < 3:
        # no questions asked by label: each message a paragraph of the text, as written
        out: list[tuple[int, str]] = []
        for message in messages:
            out += [*message.lines, (message.lines[-1][0], "")]
        return [t for _, t in out], [n for n, _ in out]
    asker = max(asked_by, key=lambda name: asked_by[name])
    # each question with its answers: (mark, label, its line, the answers' lines)
    asked: list[tuple[str, str, int, list[tuple[int, str]]]] = []
    facts: list[tuple[int, str]] = []  # the asker's own "Label : value" lines, kept
    open_question = False
    for message in messages:
        if message.speaker == asker:
            question = _ASKED.match(message.lines[0][1])
            if question is not None:
                mark = re.sub(r"\s", "", question["mark"])
                asked.append((mark, question["label"].strip(" :"), message.line, []))
                open_question = True
            elif not (open_question and asked and asked[-1][3] and asked[-1][3][-1][1].endswith("?")):
                # talk between the questions ("Top, je la mets en visuel"), unless it answers a
                # question the other asked back ("Le public principal ou tous ?")
                open_question = False
            facts += [(n, text) for n, text in message.lines if _FACT.match(text) and question is None]
            continue
        if open_question and asked:
            if asked[-1][3] and asked[-1][3][-1][1].endswith("?"):
                asked[-1][3].pop()  # a question asked back, answered since: no part of the answer
            asked[-1][3].extend(message.lines)
    lengths: dict[str, list[int]] = {}
    for mark, _, _, answers in asked:
        lengths.setdefault(mark, []).append(sum(len(t) for _, t in answers))
    long_marks = set()
    if len(lengths) >= 2:
        # the mark whose answers run longest leads the sheet's chapters, the others its facts
        long_marks = {max(lengths, key=lambda m: median(lengths[m]))}
    out = []
    for n, text in facts:
        out += [(n, text), (n, "")]
    for mark, label, at, answers in asked:
        if not answers:
            continue
        chapter = (
            mark in long_marks if long_marks else (len(answers) > 2 or sum(len(t) for _, t in answers) > 250)
        )
        if chapter:
            out += [(at, f"## {label}"), (at, "")]
            for k, (n, text) in enumerate(answers):
                # (a message's lines one paragraph, a card's lines: "Moi :" / name / mail / phone)
                goes_on = k + 1 < len(answers) and _same_message(messages, n, answers[k + 1][0])
                out += [(n, text)] if goes_on else [(n, text), (n, "")]
        else:
            joined = " ".join(text for _, text in answers)
            out += [(at, f"{label} : {joined}"), (at, "")]
    # (the asker's facts where they were said: the lines in the file's order)
    out.sort(key=lambda pair: pair[0])
    return [t for _, t in out], [n for n, _ in out]
