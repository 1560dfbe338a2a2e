"""Building blocks shared by the family parsers: paragraphs, line accounting, results."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.source import Source
from ..models import Document, ParseWarning, Unparsed
from ..models import Source as SourceRef
from ..normalize.text import clean_inline

# Lines made only of bold fields glued together ("Titre**Département du Lot****2016****…**"):
# a layout accident of the extraction, where each bold run was a separate line on the page.
_GLUED_FIELDS = re.compile(r"\*\*\*\*")


@dataclass
class Paragraph:
    """Consecutive non-blank lines; `first`/`last` are 1-based line numbers in the source."""

    first: int
    last: int
    lines: list[str]
    exploded: bool = False  # one of several fields cut out of a single glued line

    @property
    def text(self) -> str:
        return clean_inline(" ".join(line.strip() for line in self.lines))

    @property
    def raw(self) -> str:
        return "\n".join(line.rstrip() for line in self.lines)


def paragraphs(source: Source, start: int = 1, explode_glued: bool = True) -> list[Paragraph]:
    """Split lines [start..] into paragraphs; glued bold fields become one paragraph each."""
    result: list[Paragraph] = []
    current: list[tuple[int, str]] = []

    def flush() -> None:
        if current:
            result.append(Paragraph(current[0][0], current[-1][0], [t for _, t in current]))
            current.clear()

    for number in range(start, len(source) + 1):
        line = source.line(number)
        if not line.strip():
            flush()
            continue
        if explode_glued and _GLUED_FIELDS.search(line):
            flush()
            for part in (p.strip() for p in re.split(r"\*\*+", line)):
                if part:
                    result.append(Paragraph(number, number, [part], exploded=True))
            continue
        style = source.style(number)
        if explode_glued and (re.fullmatch(r"\*\*[^*]+\*\*", line.strip()) or (style and style[1])):
            # a line set in bold on its own, under a title or over other bold lines (a fiche
            # header printed one fact per line): a paragraph of its own, as if glued
            flush()
            result.append(Paragraph(number, number, [line], exploded=True))
            continue
        current.append((number, line))
    flush()
    return result


@dataclass
class LineLedger:
    """Tracks which source lines a parser used, so nothing is lost silently."""

    source: Source
    used: set[int] = field(default_factory=set)

    def take(self, first: int, last: int | None = None) -> None:
        self.used.update(range(first, (last if last is not None else first) + 1))

    def take_paragraph(self, para: Paragraph) -> None:
        self.take(para.first, para.last)

    def nonblank(self) -> list[int]:
        return [n for n in range(1, len(self.source) + 1) if self.source.line(n).strip()]

    def unparsed(self) -> list[Unparsed]:
        """Runs of non-blank lines that no record and no structure claimed."""
        runs: list[Unparsed] = []
        run: list[int] = []
        for number in self.nonblank():
            if number in self.used:
                if run:
                    runs.append(self._unparsed(run))
                    run = []
                continue
            run.append(number)
        if run:
            runs.append(self._unparsed(run))
        return runs

    def _unparsed(self, run: list[int]) -> Unparsed:
        text = "\n".join(self.source.line(n).rstrip() for n in run)
        return Unparsed(lines=self.source.file_span(run[0], run[-1]), text=text)

    def counts(self) -> tuple[int, int]:
        lines = self.nonblank()
        return len(lines), sum(1 for n in lines if n in self.used)


@dataclass
class Warnings:
    items: list[ParseWarning] = field(default_factory=list)

    def add(self, code: str, message: str, first: int | None = None, last: int | None = None) -> None:
        lines = (first, last if last is not None else first) if first is not None else None
        self.items.append(ParseWarning(code=code, message=message, lines=lines))


@dataclass
class DocumentInfo:
    """What the caller knows of the document before parsing (from the manifest or the path)."""

    id: str
    title: str
    kind: str
    publisher: str | None = None
    year: int | None = None
    file: str = ""


def source_ref(source: Source, file: str, first: int, last: int) -> SourceRef:
    return SourceRef(
        file=file,
        sha256=source.sha256,
        lines=source.file_span(first, last),
        pages=source.page_span(first, last),
    )


def build_document(
    info: DocumentInfo,
    source: Source,
    parser: str,
    parser_version: str,
    ledger: LineLedger,
    warnings: Warnings,
    sections: dict[str, str] | None = None,
) -> Document:
    total, accounted = ledger.counts()
    return Document(
        id=info.id,
        title=info.title,
        publisher=info.publisher,
        year=info.year,
        kind=info.kind,
        file=info.file,
        sha256=source.sha256,
        parser=parser,
        parser_version=parser_version,
        lines_total=total,
        lines_accounted=accounted,
        warnings=warnings.items,
        unparsed=ledger.unparsed(),
        sections=sections or {},
    )


def assign_ids(records: list, document_id: str, qualifier=None) -> None:
    """`<document>/<slug of the title>`. Titles whose slugs collide take the record's
    qualifier (the département, for the recueil) or, failing that, their whole slug; "-2",
    "-3" come last. Ids then depend on titles only, not on the order of records."""
    from ..normalize.text import slugify

    short = [slugify(r.title, 70) for r in records]
    counts: dict[str, int] = {}
    for slug in short:
        counts[slug] = counts.get(slug, 0) + 1
    taken: set[str] = set()
    for record, slug in zip(records, short, strict=True):
        if counts[slug] > 1:
            extra = qualifier(record) if qualifier else None
            slug = f"{slug}-{slugify(extra, 30)}" if extra else slugify(record.title, 160)
        candidate, n = slug, 2
        while candidate in taken:
            candidate, n = f"{slug}-{n}", n + 1
        taken.add(candidate)
        record.id = f"{document_id}/{candidate}"
