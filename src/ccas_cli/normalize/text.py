"""Text folding for matching French text: accents, case, apostrophes, elision, hyphens."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCTUATION = {
    **{c: "'" for c in "’‘`´ʼ"},
    **{c: "-" for c in "–—‑‐"},
    "\u00a0": " ",
    "\u202f": " ",
}
_PUNCTUATION_RE = re.compile("[" + "".join(_PUNCTUATION) + "]")
_COMBINING_DIACRITICS = re.compile("[\u0300-\u034e\u0350-\u036f]+")  # U+034F has class 0
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
# a typesetter's ligature glyphs, as PDF extractions leave them ("diﬀérents", "ﬁnancement"): spelled out
PRINTED_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'", re.IGNORECASE)
_ELIDED = frozenset(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"])
_NON_WORD = re.compile(r"[^0-9a-z]+")
_EMPHASIS = re.compile(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)")
_SUPERSCRIPT = re.compile(r"\^\{([^}]*)\}")


def normalize_punctuation(text: str) -> str:
    """Typographic apostrophes, dashes and non-breaking spaces to their plain forms."""
    # A regex finds the rare characters in C; str.translate would look up every character.
    return _PUNCTUATION_RE.sub(lambda m: _PUNCTUATION[m.group()], text) if not text.isascii() else text


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    for ligature, plain in _LIGATURES.items():
        text = text.replace(ligature, plain)
    text = _COMBINING_DIACRITICS.sub("", unicodedata.normalize("NFKD", text))
    # Other scripts' combining marks are rare: look up only the non-ASCII characters left.
    return text if text.isascii() else _NON_ASCII.sub(_drop_combining, text)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free, elision-free words separated by single spaces.

    "L'Accès aux Droits" and "acces aux droits" fold alike; so do "Non-recours" and "non recours".
    """
    text = _drop_elisions(strip_accents(normalize_punctuation(text)).lower())
    return _NON_WORD.sub(" ", text).strip()


def _drop_elisions(text: str) -> str:
    """ "l'", "qu'", "jusqu'" … dropped where the word before the apostrophe is one of them,
    which is what `_ELISION.sub("", text)` does on lower-case text, without the regex trying
    every position of a long text: only the apostrophes are looked at."""
    if "'" not in text:
        return text
    parts = text.split("'")
    kept: list[str] = []
    for part in parts[:-1]:
        tail = part[-7:]  # the longest elided word has 6 letters: a longer run is none
        run = len(tail)
        while run and (tail[run - 1].isalnum() or tail[run - 1] == "_"):
            run -= 1
        word = tail[run:]
        kept.append(part[: len(part) - len(word)] if word in _ELIDED else part + "'")
    kept.append(parts[-1])
    return "".join(kept)


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
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "^{" in text:
        text = _SUPERSCRIPT.sub(r"\1", text)
    return " ".join(text.split())
