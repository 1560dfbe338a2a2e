"""A presentation built as an interactive web story (Genially, Sway and the like) and copied as
text: the cards' words with the player's own between them. The player's words are no text of
the document (document.yaml `story_interface`, `story_prompts`, `story_counters`):

    Carte 5 / 19            → nothing (a card's counter)
    Suivant / Précédent / Fermer ✕ / Pop-up / Menu … → nothing
    Cliquez pour découvrir ▸ Repères / Onglet 2 ▸ Partenaires → nothing (a button; its pop-up's
                              lines, which follow, are read)
    icône-calendrier, logo-ccas → nothing (an image's name)
    Chapitre 1 · projet 2 sur 3 → nothing (where the card stands in the story)

Lines keep their place (one for each of the file's lines).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize.text import fold
from ..reference import load_reference


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    data = load_reference("document")
    counters = "|".join(re.escape(w) for w in data["story_counters"])
    counter = re.compile(rf"^\s*(?:{counters})\s+\d{{1,3}}\s*(?:/|sur)\s*\d{{1,3}}\s*$", re.IGNORECASE)
    words = frozenset(fold(w) for w in data["story_interface"]) - {""}  # ("✕" alone folds to nothing)
    prompts = tuple(fold(w) for w in data["story_prompts"])
    return counter, words, prompts


@lru_cache(maxsize=1)
def _icon_and_tab() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "icône-calendrier", "logo-ccas": an image's name in the player's text; "Onglet 2 ▸
    Partenaires": a tab (document.yaml `story_icon_prefixes`, `story_tab_words`)."""
    data = load_reference("document")
    icons = "|".join(re.escape(w) for w in data["story_icon_prefixes"])
    tabs = "|".join(re.escape(w) for w in data["story_tab_words"])
    return (
        re.compile(rf"^\s*(?:{icons})[-_][\w-]+\s*$", re.IGNORECASE),
        re.compile(rf"^\s*(?:{tabs})\s*\d{{0,2}}\s*[▸►▶>→]\s*\S", re.IGNORECASE),
    )


# "Chapitre 1 · projet 2 sur 3", "Projet 3/8": where a card stands among its siblings
_POSITION = re.compile(r"(?:^|[·•|–-]\s*)\w+\s+\d{1,2}\s*(?:sur|/)\s*\d{1,2}\s*$", re.IGNORECASE)


def _labelled_next(lines: list[str], n: int) -> bool:
    """Whether the first line of words after line n is a "Label : value" line."""
    for line in lines[n + 1 : n + 6]:
        if line.strip() and not _icon_and_tab()[0].match(line):
            return re.match(r"^[^:]{1,60}\s?:(?:\s|$)", line.strip()) is not None
    return False


def looks_like_web_story(lines: list[str]) -> bool:
    """Three card counters or more ("Carte 3 / 14") and the player's words between them."""
    counter, words, _ = _vocabulary()
    counted = sum(1 for line in lines if counter.match(line))
    interface = sum(1 for line in lines if line.strip() and fold(line.strip()) in words)
    return counted >= 3 and interface >= counted


def web_story_lines(lines: list[str]) -> list[str]:
    counter, words, prompts = _vocabulary()
    out: list[str] = []
    titled = True  # the card's title said (none before the first counter)
    kicker: int | None = None  # "CHAPITRE 1" atop a card, its title on the next line
    button = ""  # the last button's name ("Cliquez pour découvrir ▸ Partenaires")
    for n, line in enumerate(lines):
        folded = fold(line.strip())
        pushed = re.search(r"[▸►▶→]\s*(?P<name>[^▸►▶→]{2,60}?)\s*$", line)
        if (
            pushed
            and not _icon_and_tab()[0].match(line)
            and (_icon_and_tab()[1].match(line) or any(folded.startswith(p) for p in prompts))
        ):
            button = pushed["name"].strip(" ?:")
        if folded in {"pop up", "popup"} and button and not _labelled_next(lines, n):
            # a pop-up whose lines name no label ("Conseil départemental …" / "La Poste"): the
            # button that opens it names them ("▸ Partenaires")
            out.append(f"{button} :")
            button = ""
            continue
        if kicker is not None and line.strip():
            out[kicker] = f"{out[kicker]} – {line.strip()}"  # "## CHAPITRE 1 – Les expérimentations …"
            out.append("")
            kicker = None
            continue
        if counter.match(line):
            out.append("")  # (a card ends; a rule here could underline the line above)
            titled = False
        elif (
            folded in words
            or re.fullmatch(r"[^\w«»\"']+", line.strip()) is not None  # "✕", "▶", "↺": a button's sign
            or _icon_and_tab()[0].match(line)
            or _icon_and_tab()[1].match(line)
            or any(folded.startswith(p) for p in prompts)
            or (_POSITION.search(line.strip()) is not None and len(line.split()) <= 8)
        ):
            out.append("")
        elif not titled and line.strip():
            # a card's first words its title, as the player shows them, large, at its top (a
            # number alone, "CHAPITRE 1", over the title on the next line: one title)
            out.append(f"## {line.strip()}")
            titled = True
            if re.fullmatch(r"[^\W\d]{3,20}\s+(?:\d{1,2}|[IVX]{1,4})", line.strip()):
                kicker = len(out) - 1
        else:
            out.append(line)
    return out
