"""Themes (data/reference/themes.yaml): tagging records at ingest, resolving what users type.

A record gets a theme when one of the source's own categories implies it (a recueil sub-theme,
a plan part, a sheet's "Thématiques traitées"), or when the theme's phrases occur in its title,
or in its text often enough and not as one incidental word (see `evidence`); the record keeps
why (`theme_evidence`), and `ccas show` prints it.
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
    return {slug: sum(found.values()) for slug, found in phrase_matches(text).items()}


def phrase_matches(text: str) -> dict[str, dict[str, int]]:
    """Each theme's phrases found in a folded text, with their counts (see `phrase_hits`)."""
    words = text.split()
    index = _phrase_index()
    hits: dict[str, dict[str, int]] = {}
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
                found = hits.setdefault(slug, {})
                key = " ".join(phrase)
                found[key] = found.get(key, 0) + 1
                free_from[slug] = i + len(phrase)
    return hits


@lru_cache(maxsize=1)
def _incidental_density() -> float:
    return float(load_reference("themes").get("incidental_density", 0))


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


def record_categories(record: RecordBase) -> dict[str, str]:
    """The source's own categories of a record: folded → as printed."""
    values: list[str] = [
        str(getattr(record, name)) for name in _CATEGORY_FIELDS if getattr(record, name, None)
    ]
    fields = getattr(record, "fields", None) or {}
    for label, value in fields.items():
        if fold(label).startswith("thematique"):
            values.extend(v for v in re.split(r"[,;]", value))
    return {fold(v): v.strip() for v in reversed(values) if v.strip()}


def record_text(record: RecordBase) -> str:
    return fold(" ".join([record.title, *record.sections.values()]))


@lru_cache(maxsize=1)
def _printed() -> dict[str, str]:
    """Folded phrase → the phrase as themes.yaml writes it (accents and hyphens kept)."""
    return {" ".join(fold(p).split()): p for theme in themes().values() for p in theme.phrases}


def _counted(found: dict[str, int]) -> str:
    names = [_printed().get(p, p) for p in found]
    return ", ".join(f"{name} ×{n}" if n > 1 else name for name, n in zip(names, found.values(), strict=True))


def evidence(record: RecordBase) -> dict[str, list[str]]:
    """Why each theme applies: the source category that implies it, its phrases in the title,
    or its phrases in the text — often enough (`min_hits`) and not from one incidental word
    alone. A phrase of several words ("non recours") is specific enough; one-word phrases count
    when two of them occur, or one more than `min_hits` times, or densely enough for the text's
    length (`incidental_density` per 1,000 words in themes.yaml): "logements de fonction" and
    "Service Logement" in a long fiche do not make an employment initiative a housing one."""
    categories = record_categories(record)
    title_found = phrase_matches(fold(record.title))
    text = record_text(record)
    text_found = phrase_matches(text)
    reasons: dict[str, list[str]] = {}
    for theme in themes().values():
        why: list[str] = [f"category: {categories[c]}" for c in sorted(categories.keys() & theme.categories)]
        if theme.slug in title_found:
            why.append(f"title: {_counted(title_found[theme.slug])}")
        in_text = text_found.get(theme.slug, {})
        count = sum(in_text.values())
        least = max(theme.min_hits, 1)
        specific = any(" " in phrase for phrase in in_text)  # "non recours", not "logement"
        dense = count * 1000 >= _incidental_density() * max(len(text.split()), 1)
        strong = count >= least and (specific or len(in_text) >= 2 or count > least or dense)
        if in_text and (why or strong):
            why.append(f"text: {_counted(in_text)}")
        if why:
            reasons[theme.slug] = why
    return reasons


def assign(record: RecordBase) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """(our theme slugs, data·inclusion slugs, why each) for one record, in themes.yaml order."""
    reasons = evidence(record)
    slugs = list(reasons)
    data_inclusion: list[str] = []
    for slug in slugs:
        for value in themes()[slug].data_inclusion:
            if value not in data_inclusion:
                data_inclusion.append(value)
    return slugs, data_inclusion, reasons


def tag(records: Sequence[RecordBase]) -> None:
    for record in records:
        record.themes, record.data_inclusion_thematiques, record.theme_evidence = assign(record)


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
