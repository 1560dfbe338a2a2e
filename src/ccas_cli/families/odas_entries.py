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


_NAME_LINK = re.compile(r"^(?:de la|de l['’]|du|des|de|d['’]|et de la|et du|et des)\s*$", re.I)
_ADJECTIVE = re.compile(r"^[a-zà-ÿ]+(?:al|ale|aux|ales|ique|iques|ien|ienne|ier|ière|aire|aires)$")


def prose_porteur(text: str, porteur_labels: list[str], organisation_words: set[str]) -> str | None:
    """The body an entry's prose names as its carrier: a closing "Porteur : …" sentence, or the
    subject of its first sentence when that is an organisation ("Depuis 2031, le Conseil
    départemental de la Haute-Vienne finance …", "Porté par le Département des Landes avec …")."""
    for label in sorted(porteur_labels, key=len, reverse=True):
        match = re.search(rf"(?:^|[.;]\s+){re.escape(label)}\s*:\s*(?P<name>[^.;]{{3,120}})", text, re.I)
        if match:
            return match["name"].strip()
    opening = re.match(
        r"^(?:[^,.;]{0,40}\b(?:19|20)\d\d\s*,\s*)?(?:port[ée]e?s?\s+par\s+|à l['’]initiative\s+d[ue']\s*)?"
        r"(?:le|la|les|l['’])\s*(?P<rest>\S.*)$",
        text.strip(),
        re.I,
    )
    if not opening:
        return None
    words = re.findall(r"[^\s']+'?|'", opening["rest"])
    if not words or fold(words[0].rstrip("'’")) not in organisation_words:
        return None
    name = [words[0]]
    index = 1
    while index < len(words):
        word = words[index].rstrip(",;.")
        if word[:1].isupper() or word.isupper():
            name.append(word)
        elif _ADJECTIVE.match(word) and len(name) == 1:
            name.append(word)  # "Conseil départemental"
        else:
            link = next(
                (
                    n
                    for n in (1, 2, 3)
                    if _NAME_LINK.match(" ".join(words[index : index + n]))
                    and index + n < len(words)
                    and words[index + n][:1].isupper()
                ),
                None,
            )
            if link is None:
                break
            name.extend(words[index : index + link])
            index += link
            continue
        if words[index] != word:
            break  # "… de la Haute-Vienne," ends the name with its comma
        index += 1
    result = " ".join(name)
    result = re.sub(r"(['’])\s+", r"\1", result)
    return result if len(name) > 1 else None
