"""Readers: one per file format, each turning a raw file into a `Source` of numbered lines."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .source import Source
from .text import read_text

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
SUPPORTED = [*sorted(s for s in TEXT_SUFFIXES if s), ".pdf"]


def read_source(path: Path, progress=None) -> Source:
    """Read any supported file into a Source; the format is chosen by the file's suffix."""
    if not path.exists():
        raise InputError("no such file or directory", path)
    if path.is_dir():
        raise InputError("is a directory, not a document", path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_text(path)
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


__all__ = ["Source", "read_source", "read_text"]
