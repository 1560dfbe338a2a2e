"""Money a sheet prints for alternatives it weighs ("Scénario A : 42 000 € / an", "Scénario B :
35 000 € / an — retenu"): only the alternative it records as chosen is the action's cost; the
others are shown, not counted. Words live in data/reference/money.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import BudgetLine
from ..reference import load_reference
from .text import fold

NOT_CHOSEN = "an alternative the sheet costs but does not retain: shown, not counted"
OPEN_CHOICE = "one of alternatives costed, none chosen yet: no cost is decided"


@dataclass(frozen=True)
class _Words:
    opens: re.Pattern[str]  # a part of a line that opens on an alternative's word and its name
    chosen: re.Pattern[str]
    chosen_before: re.Pattern[str]  # "a retenu le scénario B": the name after the verb
    set_aside: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_reference("money")

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))

    choice = alternatives(data["choice_words"])
    name = r"(?:n\s*)?(?P<name>[a-z0-9]{1,20})\b"
    return _Words(
        opens=re.compile(rf"^\W*(?:{choice})\s+\W*{name}"),
        chosen=re.compile(rf"(?<!non )(?:{alternatives([w for w in data['chosen_words'] if w != '←'])})\b|←"),
        chosen_before=re.compile(
            rf"\b(?:{alternatives(data['chosen_before'])})\s+(?:(?:le|la|l|les|cette|ce)\s+)?(?:{choice})\s+{name}"
        ),
        set_aside=re.compile(rf"\b(?:{alternatives(data['set_aside_words'])})\b"),
    )


def is_alternative(label: str) -> bool:
    """ "Scénario A", "Option haute (2 ETP)", "Hyp. basse": a label naming one of the
    alternatives a sheet costs."""
    return _words().opens.match(fold(label)) is not None


def _parts(text: str) -> list[tuple[int, int, str]]:
    """The parts of a line an alternative may fill (parted by ";" or "|"), with their span."""
    parts = []
    start = 0
    for match in re.finditer(r"\s*[;|]\s*", text):
        parts.append((start, match.start(), text[start : match.start()]))
        start = match.end()
    parts.append((start, len(text), text[start:]))
    return parts


def drop_unchosen(lines: list[BudgetLine], spans: list[tuple[str, int] | None], said: str = "") -> None:
    """Each budget line with its printed line's text and its amount's offset (`spans`, None for
    a computed line): where two alternatives or more are costed and one is said chosen, the
    others' amounts are no longer counted."""
    words = _words()
    texts = list(dict.fromkeys(s[0] for s in spans if s is not None))
    whole = " ".join(fold(t) for t in [*texts, said])
    named = {m["name"] for m in words.chosen_before.finditer(whole)}
    for sentence in re.split(r"[.\n]", said):
        # "Hypothèse retenue pour le budget : médiane." told apart from the amounts
        if (
            words.opens.match(fold(sentence))
            and words.chosen.search(fold(sentence))
            and fold(sentence).split()
        ):
            named.add(fold(sentence).split()[-1])
    # the alternatives printed, each with its part of its line
    options: list[tuple[str, str, int, int]] = []  # (name, line text, start, end)
    for text in texts:
        for start, end, part in _parts(text):
            # ("Budget : scénario A 40 000 €": after the line's own label)
            unlabelled = re.sub(r"^[^:]{1,40}:\s*(?=\S)", "", part)
            opened = words.opens.match(fold(part)) or words.opens.match(fold(unlabelled))
            if opened is None:
                continue
            if re.search(r"\d", part):
                options.append((opened["name"], text, start, end))
            elif words.chosen.search(fold(part)):
                # "Hypothèse retenue pour le budget : médiane": the one chosen, named at the end
                named.add(fold(part).split()[-1])
    if len(options) < 2:
        return
    chosen = [
        o
        for o in options
        if o[0] in named
        or (
            (words.chosen.search(fold(o[1][o[2] : o[3]])) or "←" in o[1][o[2] : o[3]])
            and not words.set_aside.search(fold(o[1][o[2] : o[3]]))
        )
    ]
    if len({(o[1], o[2]) for o in chosen}) > 1:
        return  # several said chosen: no rule says which
    if not chosen:
        # none said chosen: the sheet leaves the choice open, no cost is decided yet
        for line, span in zip(lines, spans, strict=True):
            if (
                span is not None
                and line.counted
                and any(o[1] == span[0] and o[2] <= span[1] <= o[3] for o in options)
            ):
                line.counted = False
                line.reason = OPEN_CHOICE
        return
    keep = chosen[0]
    for line, span in zip(lines, spans, strict=True):
        if span is None:
            continue
        text, at = span
        inside = next((o for o in options if o[1] == text and o[2] <= at <= o[3]), None)
        if inside is not None and (inside[1], inside[2]) != (keep[1], keep[2]):
            line.counted = False
            line.reason = NOT_CHOSEN
