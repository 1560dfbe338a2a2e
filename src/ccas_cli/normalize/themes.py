"""Themes (data/reference/themes.yaml): tagging records at ingest, resolving what users type.

A record gets a theme when one of the source's own categories implies it (a recueil sub-theme,
a plan part, a sheet's "Thématiques traitées"), or when the theme's phrases occur in its title,
or at least `min_hits` times in its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..reference import load_reference
from .text import fold

if TYPE_CHECKING:
    from ..models import RecordBase

_CATEGORY_FIELDS = ("theme_label", "chapter_title", "block", "status_group", "category")


@dataclass(frozen=True)
class Theme:
    slug: str
    label: str
    aliases: tuple[str, ...]
    phrases: tuple[str, ...]
    min_hits: int
    categories: frozenset[str]
    data_inclusion: tuple[str, ...]


Phrase = tuple[str, ...]  # folded words


def _priority(phrase: Phrase) -> int:
    """Longer phrases are tried first at a position (so "non recours aux droits" wins over
    "non recours"); ties keep the order of themes.yaml."""
    return -(sum(len(w) for w in phrase) + 8 * len(phrase))


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, list[tuple[int, str, Phrase]]]:
    """First word of every phrase → (priority rank, theme, phrase), for one pass over a text."""
    index: dict[str, list[tuple[int, str, Phrase]]] = {}
    ranked: list[tuple[int, int, str, Phrase]] = []
    for slug, theme in themes().items():
        phrases = [tuple(fold(p).split()) for p in theme.phrases]
        for order, phrase in enumerate(sorted((p for p in phrases if p), key=_priority)):
            ranked.append((order, len(ranked), slug, phrase))
    for order, _, slug, phrase in ranked:
        index.setdefault(phrase[0], []).append((order, slug, phrase))
    return index


def _same_word(text_word: str, phrase_word: str) -> bool:
    """A phrase word matches itself or its plural in s or x ("droit", "droits")."""
    return text_word == phrase_word or (
        len(text_word) == len(phrase_word) + 1 and text_word[-1] in "sx" and text_word.startswith(phrase_word)
    )


def phrase_hits(text: str) -> dict[str, int]:
    """How many times each theme's phrases occur in a folded text, without overlaps within a
    theme (at each word, a theme's longest matching phrase counts, and its words are used)."""
    words = text.split()
    index = _phrase_index()
    hits: dict[str, int] = {}
    free_from: dict[str, int] = {}  # a theme's next match may start at this word
    for i, word in enumerate(words):
        candidates = index.get(word, [])
        if word[-1:] in ("s", "x") and word[:-1] in index:
            candidates = sorted(candidates + index[word[:-1]])
        matched: set[str] = set()
        for _, slug, phrase in candidates:
            if slug in matched or free_from.get(slug, 0) > i or i + len(phrase) > len(words):
                continue
            if all(_same_word(words[i + k], w) for k, w in enumerate(phrase)):
                matched.add(slug)
                hits[slug] = hits.get(slug, 0) + 1
                free_from[slug] = i + len(phrase)
    return hits


@lru_cache(maxsize=1)
def themes() -> dict[str, Theme]:
    data = load_reference("themes")["themes"]
    return {
        slug: Theme(
            slug=slug,
            label=entry["label"],
            aliases=tuple(entry.get("aliases") or ()),
            phrases=tuple(entry.get("phrases") or ()),
            min_hits=int(entry.get("min_hits", 1)),
            categories=frozenset(fold(c) for c in entry.get("categories") or ()),
            data_inclusion=tuple(entry.get("data_inclusion") or ()),
        )
        for slug, entry in data.items()
    }


def record_categories(record: RecordBase) -> set[str]:
    values: list[str] = [
        str(getattr(record, name)) for name in _CATEGORY_FIELDS if getattr(record, name, None)
    ]
    fields = getattr(record, "fields", None) or {}
    for label, value in fields.items():
        if fold(label).startswith("thematique"):
            values.extend(v for v in re.split(r"[,;]", value))
    return {fold(v) for v in values if v.strip()}


def record_text(record: RecordBase) -> str:
    return fold(" ".join([record.title, *record.sections.values()]))


def assign(record: RecordBase) -> tuple[list[str], list[str]]:
    """(our theme slugs, data·inclusion slugs) for one record, in themes.yaml order."""
    categories = record_categories(record)
    title = fold(record.title)
    text = record_text(record)
    title_hits = phrase_hits(title)
    text_hits = phrase_hits(text)
    slugs = [
        theme.slug
        for theme in themes().values()
        if categories & theme.categories
        or title_hits.get(theme.slug)
        or text_hits.get(theme.slug, 0) >= max(theme.min_hits, 1)
    ]
    data_inclusion: list[str] = []
    for slug in slugs:
        for value in themes()[slug].data_inclusion:
            if value not in data_inclusion:
                data_inclusion.append(value)
    return slugs, data_inclusion


def tag(records: Sequence[RecordBase]) -> None:
    for record in records:
        record.themes, record.data_inclusion_thematiques = assign(record)


def resolve_theme(value: str) -> tuple[Theme, str | None]:
    """The theme a user means by `value` (slug, label, alias, a typo of one); the second item
    says what it resolved to when that was not an exact slug."""
    known = themes()
    if value in known:
        return known[value], None
    names: dict[str, str] = {}
    for theme in known.values():
        for name in (theme.slug, theme.label, *theme.aliases, *theme.data_inclusion):
            names.setdefault(fold(name), theme.slug)
    key = fold(value)
    if key in names:
        theme = known[names[key]]
        return theme, f"--theme {value} → {theme.slug}"
    from rapidfuzz import fuzz, process  # only for a theme not typed exactly

    matches = process.extract(key, list(names), scorer=fuzz.WRatio, limit=3, score_cutoff=80)
    slugs = list(dict.fromkeys(names[m[0]] for m in matches))
    if len(slugs) == 1 or (matches and matches[0][1] - (matches[1][1] if len(matches) > 1 else 0) >= 8):
        theme = known[slugs[0]]
        return theme, f"--theme {value} → {theme.slug}"
    hint = f"; did you mean: {', '.join(slugs)}" if slugs else f"; known themes: {', '.join(known)}"
    raise UsageError(f"unknown theme '{value}'{hint}")
