"""The common shape every reader produces: numbered lines, with pages when the format has them."""

from __future__ import annotations

from dataclasses import dataclass, field

# Detection reads at most this much of a document: its first pages and their structure
# (a Sommaire, chapter headings, the first sheets), never the whole of a large file.
SAMPLE_LINES = 3000
SAMPLE_CHARS = 400_000


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
    # the file line each line comes from, when the reader reordered them (a text set in two
    # columns, read column by column): what provenance reports
    origin: list[int] | None = None

    def style(self, number: int) -> tuple[float, bool] | None:
        return self.styles[number - 1] if self.styles else None

    def line(self, number: int) -> str:
        """Line by its 1-based number, as editors and provenance count them."""
        return self.lines[number - 1]

    def file_span(self, first: int, last: int) -> tuple[int, int]:
        """Lines first..last as the file numbers them (the same numbers, unless reordered)."""
        if self.origin is None:
            return (first, last)
        numbers = self.origin[first - 1 : last]
        return (min(numbers), max(numbers)) if numbers else (first, last)

    def line_span(self, first: int, last: int) -> tuple[int, int]:
        """File lines first..last as this source's own line numbers (the inverse of file_span):
        the lines that come from them, or the same numbers when nothing was reordered."""
        if self.origin is None or (
            last <= len(self.lines) and any(a > b for a, b in zip(self.origin, self.origin[1:], strict=False))
        ):
            # (reordered, a text read column by column: no range of its own lines stands for a
            # range of the file's; its numbers are the file's, as the reader kept them — when the
            # source has that many lines: a reader that said fewer lines than the file has maps
            # them back below)
            return (first, last)
        numbers = [k for k, n in enumerate(self.origin, 1) if first <= n <= last]
        return (min(numbers), max(numbers)) if numbers else (1, 0)

    def page_span(self, first: int, last: int) -> tuple[int, int] | None:
        if self.pages is None:
            return None
        return (self.pages[first - 1], self.pages[last - 1])

    def __len__(self) -> int:
        return len(self.lines)

    def sample(self, max_lines: int = SAMPLE_LINES, max_chars: int = SAMPLE_CHARS) -> Source:
        """The document's opening, bounded in lines and characters: what detection reads, so
        that telling a family costs the same on a 50 MB file as on a 50 KB one."""
        lines: list[str] = []
        budget = max_chars
        for line in self.lines[:max_lines]:
            if budget <= 0:
                break
            lines.append(line[:budget])
            budget -= len(lines[-1]) + 1
        if len(lines) == len(self.lines) and budget > 0:
            return self
        count = len(lines)
        return Source(
            self.path,
            self.sha256,
            lines,
            self.pages[:count] if self.pages else None,
            styles=self.styles[:count] if self.styles else None,
            origin=self.origin[:count] if self.origin else None,
        )
