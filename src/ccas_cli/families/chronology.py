"""A press kit's chronology: dated steps set apart at the start ("Octobre 2019   Lancement du
Chèque eau solidaire …", "2023 : extension …"), where its experiments' start years are told
once for all rather than in each experiment's own text. An experiment started the year of the
first step that names it, unless that step only prepares it (a call for candidates, a vote)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.source import Source
from ..normalize.text import fold
from ..reference import load_reference

_MIN_STEPS = 3  # dated lines alike, fewer are no chronology


# "Octobre 2019   Lancement …", "2023 : Le Chèque …", "Mars 2021 – La Ville …"
_STEP = re.compile(
    r"^(?P<when>[^\W\d]{0,12}\s+)?(?P<year>(?:19|20)\d\d)(?:\s{2,}|\s*[:–—-]\s+)(?P<text>\S.*)$"
)


@lru_cache(maxsize=1)
def _told() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(the pattern of a step telling who evaluates a named item, the stage words)."""
    data = load_reference("experiments")
    evaluation = "|".join(re.escape(w) for w in data["chronology_evaluation"])
    words = "|".join(re.escape(w).replace("'", "['’]") for w in data["chronology_evaluator_words"])
    told = re.compile(
        rf"(?:{evaluation})\s+(?:de|du|des|d['’])?\s*[«“\"]\s*(?P<title>[^»”\"]{{3,120}}?)\s*[»”\"]\s+"
        rf"(?:{words})\s+(?P<who>\S.{{1,150}}?)\s*\.?$",
        re.IGNORECASE,
    )
    return told, tuple(fold(w) for w in data["stage_words"])


@lru_cache(maxsize=1)
def _patterns() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_reference("experiments")
    return frozenset(fold(m) for m in data["told_months"]), tuple(
        fold(w) for w in data["chronology_preparatory"]
    )


def chronology(source: Source) -> list[tuple[int, str, int]]:
    """The dated steps of the document's chronology: (year, text, line), a step's text going on
    over the indented lines under it."""
    months, _ = _patterns()
    steps: list[tuple[int, str, int]] = []
    for number in range(1, len(source) + 1):
        line = source.line(number)
        found = _STEP.match(line.strip()) if line.strip() and not line[:1].isspace() else None
        if found and (not found["when"] or fold(found["when"]) in months):
            steps.append((int(found["year"]), fold(found["text"]), number))  # (folded, to match names)
        elif steps and steps[-1][2] >= number - 4 and line[:1].isspace() and line.strip():
            year, text, first = steps[-1]
            steps[-1] = (year, f"{text} {fold(line.strip())}", first)
    return steps if len(steps) >= _MIN_STEPS else []


def started_in(steps: list[tuple[int, str, int]], title: str) -> tuple[int, int] | None:
    """(year, line) of the first step naming the item as started, else None."""
    _, preparatory = _patterns()
    name = re.sub(r"^(?:l |le |la |les )", "", fold(title).strip())
    if len(name.split()) < 2:
        return None  # one word names too much
    for year, text, line in steps:
        if re.search(rf"(?:^| ){re.escape(name)}(?: |$)", text) and not any(
            re.search(rf"(?:^| ){re.escape(w)}(?: |$)", text) for w in preparatory
        ):
            return year, line
    return None


def told_of(source: Source, steps: list[tuple[int, str, int]], title: str) -> dict[str, str]:
    """The evaluator and the last state the chronology's steps tell of an item named in quotes
    ("2021 — évaluation de « Title » confiée à Pluricité", "2023 — « Title » généralisée")."""
    told, stage_words = _told()
    name = fold(title)
    facts: dict[str, str] = {}
    for _, _, line in steps:
        printed = " ".join(source.line(line).split())
        evaluated = told.search(printed)
        if evaluated is not None and fold(evaluated["title"]) == name:
            facts.setdefault("evaluator", evaluated["who"].strip())
            continue
        staged = re.search(
            r"[«“\"]\s*(?P<title>[^»”\"]{3,120}?)\s*[»”\"]\s+(?P<state>[^\W\d][\w' -]{2,40}?)\s*\.?$", printed
        )
        if staged is not None and fold(staged["title"]) == name and fold(staged["state"]) in stage_words:
            facts["state"] = staged["state"].strip()
    return facts
