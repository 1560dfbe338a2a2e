"""Tokens for search: folded words, French stop words dropped, Snowball French stems.

"Non-recours", "NON RECOURS" and "non recours" give the same tokens; so do "accès aux droits"
and "acces aux droits". (Adjacent stems are searched together as FTS5 phrases: see search.py.)
"""

from __future__ import annotations

from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball algorithms compiled (same stems, 30x faster)

from ..normalize.text import fold

# Function words only: "non", "sans", "pas" carry meaning in this domain ("non-recours",
# "sans domicile") and are kept.
STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "c",
        "j",
        "l",
        "m",
        "n",
        "s",
        "t",
        "y",
        "ete",
        "etre",
        "est",
        "sont",
        "ont",
        "a",
        "ainsi",
        "afin",
        "dont",
        "entre",
        "lors",
        "selon",
        "vers",
        "chez",
        "ci",
        "ca",
        "cela",
        "celle",
        "celui",
        "ceux",
        "plus",
        "tres",
        "tout",
        "tous",
        "toute",
        "toutes",
    ]
)

_stemmer = Stemmer.Stemmer("french")


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Folded words of the text, stop words included (for phrases and snippets)."""
    return fold(text).split()


def tokens(text: str) -> list[str]:
    """Stems of the meaningful words, in order."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]
