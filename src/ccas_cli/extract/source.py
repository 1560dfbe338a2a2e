"""The common shape every reader produces: numbered lines, with pages when the format has them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    lines: list[str]
    pages: list[int] | None = None  # page number of each line, for paginated formats
    notes: list[tuple[str, str]] = field(default_factory=list)  # (code, message) from the reader

    def line(self, number: int) -> str:
        """Line by its 1-based number, as editors and provenance count them."""
        return self.lines[number - 1]

    def page_span(self, first: int, last: int) -> tuple[int, int] | None:
        if self.pages is None:
            return None
        return (self.pages[first - 1], self.pages[last - 1])

    def __len__(self) -> int:
        return len(self.lines)
