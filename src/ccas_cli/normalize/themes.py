"""Themes (data/reference/themes.yaml): tagging records at ingest, resolving what users type.

A record gets a theme when one of the source's own categories implies it (a recueil sub-theme,
a plan part, a sheet's "Thématiques traitées"), or when the theme's phrases occur in its title,
or at least `min_hits` times in its text.
"""

from __future__ import annotations

import re
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
    pattern: re.Pattern[str] | None  # all the theme's phrases, as one alternation
    min_hits: int
    categories: frozenset[str]
    data_inclusion: tuple[str, ...]


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for all phrases (plural s/x allowed on each word): one scan per theme."""
    if not phrases:
        return None
    alternatives = sorted(
        (r"\s+".join(re.escape(w) + r"[sx]?" for w in fold(p).split()) for p in phrases),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


@lru_cache(maxsize=1)
def themes() -> dict[str, Theme]:
    data = load_reference("themes")["themes"]
    return {
        slug: Theme(
            slug=slug,
            label=entry["label"],
            aliases=tuple(entry.get("aliases") or ()),
            phrases=tuple(entry.get("phrases") or ()),
            pattern=_pattern(tuple(entry.get("phrases") or ())),
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
    slugs: list[str] = []
    for theme in themes().values():
        if categories & theme.categories:
            slugs.append(theme.slug)
            continue
        if theme.pattern is None:
            continue
        if theme.pattern.search(title):
            slugs.append(theme.slug)
            continue
        for hits, _ in enumerate(theme.pattern.finditer(text), start=1):
            if hits >= theme.min_hits:
                slugs.append(theme.slug)
                break
    data_inclusion: list[str] = []
    for slug in slugs:
        for value in themes()[slug].data_inclusion:
            if value not in data_inclusion:
                data_inclusion.append(value)
    return slugs, data_inclusion


def tag(records: list[RecordBase]) -> None:
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
