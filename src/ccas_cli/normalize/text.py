"""Text folding for matching French text: accents, case, apostrophes, elision, hyphens."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‐": "-", "\u00a0": " ", "\u202f": " "})
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'", re.IGNORECASE)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize_punctuation(text: str) -> str:
    """Typographic apostrophes, dashes and non-breaking spaces to their plain forms."""
    return text.translate(_APOSTROPHES).translate(_DASHES)


def strip_accents(text: str) -> str:
    for ligature, plain in _LIGATURES.items():
        text = text.replace(ligature, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, elision-free words separated by single spaces.

    "L'Accès aux Droits" and "acces aux droits" fold alike; so do "Non-recours" and "non recours".
    """
    text = strip_accents(normalize_punctuation(text)).lower()
    text = _ELISION.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def slugify(text: str, max_length: int = 80) -> str:
    """A stable, readable id fragment; long slugs are cut at a word boundary."""
    slug = fold(text).replace(" ", "-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "sans-titre"


def clean_inline(text: str) -> str:
    """Drop markdown emphasis and collapse whitespace, keeping the words as written."""
    text = text.replace("**", "").replace("<i>", "").replace("</i>", "")
    text = re.sub(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)", r"\1", text)
    text = re.sub(r"\^\{([^}]*)\}", r"\1", text)
    return " ".join(text.split())
