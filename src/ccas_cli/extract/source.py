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
    # (font size, bold) of each line, for formats that have typography (PDF): what tells a
    # title or a section label from body text when the words alone do not.
    styles: list[tuple[float, bool] | None] | None = None

    def style(self, number: int) -> tuple[float, bool] | None:
        return self.styles[number - 1] if self.styles else None

    def line(self, number: int) -> str:
        """Line by its 1-based number, as editors and provenance count them."""
        return self.lines[number - 1]

    def page_span(self, first: int, last: int) -> tuple[int, int] | None:
        if self.pages is None:
            return None
        return (self.pages[first - 1], self.pages[last - 1])

    def __len__(self) -> int:
        return len(self.lines)
