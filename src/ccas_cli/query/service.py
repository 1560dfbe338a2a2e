"""Query entry points shared by the CLI and Python callers: load, filter, rank."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .cache import load
from .filters import Filters, apply
from .search import Hit, SearchIndex


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    notes: list[str] = field(default_factory=list)


def run_search(directory: Path, query: str, filters: Filters, limit: int | None = 20) -> SearchResult:
    """Filter first, then rank what is left; with a theme and no words, rank by the theme's
    own phrases so the most on-topic records come first."""
    loaded = load(directory, search=True)
    records = loaded.records
    applied = apply(records, filters)
    index = SearchIndex(records, loaded.postings)
    allowed = {id(r) for r in applied.records}
    candidates = [i for i, r in enumerate(records) if id(r) in allowed]
    text = query
    if not text.strip() and filters.theme:
        from ..normalize.themes import resolve_theme

        theme = resolve_theme(filters.theme)[0]
        text = " ".join(theme.phrases) or theme.label  # words, not phrases: any of them ranks
    if not text.strip():
        hits = [Hit(records[i], 0.0, records[i].title, []) for i in candidates]
        return SearchResult(hits[:limit] if limit else hits, len(hits), applied.notes)
    parsed = index.parse_query(text)
    hits = index.search(parsed, candidates)
    if filters.theme and not query.strip():
        # Every record of the theme is a hit, even one whose words rank low.
        ranked = {id(h.record) for h in hits}
        hits += [
            Hit(records[i], 0.0, records[i].title, []) for i in candidates if id(records[i]) not in ranked
        ]
    notes = list(applied.notes)
    if query.strip():
        for typed, meant in parsed.corrections.items():
            notes.append(f"did you mean: {meant} (for '{typed}')")
    return SearchResult(hits[:limit] if limit else hits, len(hits), notes)
