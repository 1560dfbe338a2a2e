"""Plain-text reader: UTF-8 (with or without BOM), any line ending; anything else is refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError
from .source import Source


def decode_text(data: bytes, path: Path | str) -> str:
    if not data.strip():
        raise InputError("empty file: nothing to ingest", path)
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes): expected a UTF-8 text or a supported document", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
            path,
        ) from None


def split_lines(text: str) -> list[str]:
    """Split on \\n, \\r\\n or \\r without dropping a trailing empty line's numbering."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    text = decode_text(data, path)
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), lines=split_lines(text))
