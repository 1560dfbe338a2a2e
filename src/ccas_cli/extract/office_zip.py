"""A word processor's file as it is saved — a .docx, an .odt, an .ods: a zip holding the
document as XML (word/document.xml, content.xml), read through that XML by the same readers
as the XML saved alone (extract/wordml.py, extract/odf.py). Provenance counts the XML's lines."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from ..errors import InputError
from .source import Source

# the member holding the document's text, by suffix
MEMBERS = {
    ".docx": "word/document.xml",
    ".docm": "word/document.xml",
    ".odt": "content.xml",
    ".ods": "content.xml",
}


def read_office(path: Path) -> Source:
    from .text import _source, split_lines

    member = MEMBERS[path.suffix.lower()]
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(member).decode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    except (zipfile.BadZipFile, KeyError):
        raise InputError(f"not a {path.suffix.lower()} file: no {member} inside", path) from None
    except UnicodeDecodeError:
        raise InputError(f"{member} is not UTF-8", path) from None
    return _source(str(path), hashlib.sha256(data).hexdigest(), split_lines(xml))
