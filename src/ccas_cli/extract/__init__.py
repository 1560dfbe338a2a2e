"""Readers: one per file format, each turning a raw file into a `Source` of numbered lines."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .source import Source
from .text import read_text, read_text_head

SAMPLE_BYTES = 1 << 20  # what detection reads of a text file (the Source's sample bounds it further)
TEXT_SUFFIXES = {
    ".txt",
    ".md",
    ".markdown",
    ".text",
    ".csv",
    ".tsv",
    ".html",
    ".htm",
    ".xml",
    ".rss",
    ".adoc",
    ".asciidoc",
    ".org",
    ".rst",
    ".tex",
    ".json",
    ".jsonl",
    ".yaml",
    ".yml",
    ".rtf",
    ".fodt",
    ".mht",
    ".mhtml",
    ".eml",
    ".ics",
    ".fods",
    ".opml",
    ".jsonld",
    ".ipynb",
    ".textile",
    ".dbk",
    ".srt",
    ".vtt",
    "",
}
OFFICE_SUFFIXES = {".docx", ".docm", ".odt", ".ods"}  # zips holding the document as XML
SUPPORTED = [*sorted(s for s in TEXT_SUFFIXES | OFFICE_SUFFIXES if s), ".pdf"]


def read_source(path: Path, progress=None) -> Source:
    """Read any supported file into a Source; the format is chosen by the file's suffix."""
    if not path.exists():
        raise InputError("no such file or directory", path)
    if path.is_dir():
        raise InputError("is a directory, not a document", path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_text(path)
    if suffix in OFFICE_SUFFIXES:
        from .office_zip import read_office

        return read_office(path)
    if suffix == ".pdf":
        from .pdf import read_pdf  # pypdfium2 loads only for PDFs

        source, empty = read_pdf(path, progress)
        if empty:
            pages = ", ".join(str(p) for p in empty)
            source.notes.append(("empty-pages", f"pages without text: {pages}"))
        return source
    raise InputError(
        f"unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED)})",
        path,
    )


def read_sample(path: Path) -> Source | None:
    """The opening of a text file, read alone, for detection; None for formats that must be
    read whole to be read at all (a PDF's lines come from its layout)."""
    if path.suffix.lower() in TEXT_SUFFIXES and path.is_file():
        return read_text_head(path, SAMPLE_BYTES)
    return None


__all__ = ["Source", "read_sample", "read_source", "read_text"]
