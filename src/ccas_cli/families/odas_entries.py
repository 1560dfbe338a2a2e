"""How an "Autres démarches" part of the recueil is cut into entries, and their short titles.

An entry starts with "Title - text", "Title : text", a title line of its own, or "Name (ACR)
est …"; a paragraph opening with a bullet, a lower-case word, a sub-label ("Finalité : …") or a
word that refers back ("Ce dispositif …") continues the entry above.
"""

from __future__ import annotations

import re

from ..normalize.text import fold

_TITLE_SEPARATOR = re.compile(
    r"^(?P<title>[^\s-].{2,140}?)\s*(?P<sep>\s[-–—]\s?|\s?[-–—]\s|\s:\s|:\s)(?P<rest>\S.*)$"
)
_ACRONYM_DEFINITION = re.compile(
    r"^(?P<title>[A-ZÉ][^.]{2,120}?\([A-Z][A-Za-z0-9'’ -]{1,15}\))\s+(?:est|a|propose)\b"
)


def entry_title(text: str, first: bool, sublabels: list[str], openers: list[str]) -> tuple[str, str]:
    """(short title, how it was found); how == "continuation" when the paragraph starts no
    entry, "sentence" when only its first sentence can name it."""
    stripped = text.lstrip()
    if not stripped or stripped[0] in "-•(>" or stripped[0].islower() or stripped[0].isdigit():
        return "", "continuation"
    key = fold(text)
    if any(key.startswith(label + " ") for label in sublabels) and re.match(r"^[^:]{1,40}:", text):
        return "", "continuation"  # "Finalité : …" structures the entry above
    if any(key == o or key.startswith(o + " ") for o in openers):
        return "", "continuation"  # "Ce dispositif …" refers back to the entry above
    match = _TITLE_SEPARATOR.match(text)
    if match and (
        match["rest"][:1].isupper() or first or (":" in match["sep"] and len(match["title"]) <= 60)
    ):
        return match["title"].strip(" :-–—"), "separator"
    match = _ACRONYM_DEFINITION.match(text)
    if match:
        return match["title"], "acronym"
    if text.endswith(":") and not first:
        return "", "continuation"
    if len(text) <= 110 and not re.search(r"[.;,!?]$", text.rstrip(":").rstrip()):
        capitals = sum(1 for w in text.split()[1:] if w[:1].isupper())
        if text.endswith(":") or "(" in text or capitals >= 1:
            return text.rstrip(" :"), "title-line"
    return short_title(text), "sentence"


def short_title(text: str, limit: int = 90) -> str:
    """The first sentence, cut at a word boundary: a readable label for an entry."""
    sentence = re.split(r"(?<=[a-zé)»])[.;:](?:\s|$)", text, maxsplit=1)[0].strip()
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-(") + "…"
