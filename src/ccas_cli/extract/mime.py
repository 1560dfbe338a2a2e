"""A page or a mail kept as its MIME source — a browser's single-file archive (MHTML, "Saved
by Blink"), an .eml — whose text is encoded (quoted-printable, base64) or split into parts:
the HTML part read as the page it is (extract/html.py), else the plain-text part, decoded.
Style sheets, images and the headers are no text. Each line keeps the file line it comes from
(a quoted-printable line cut by soft breaks, the line it opens on).
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass

_HEADER = re.compile(r"^[A-Za-z][\w-]{1,40}:\s")


@dataclass
class _Part:
    headers: dict[str, str]
    first: int  # file line (1-based) of the body's first line
    body: list[str]


def looks_like_mime(lines: list[str]) -> bool:
    """Mail headers opening the file, and a body that needs decoding: several parts, or an
    encoding (quoted-printable, base64) a reader cannot read as it is."""
    if not lines or not _HEADER.match(lines[0]):
        return False
    head = "\n".join(lines[:40]).lower()
    return "mime-version:" in head and (
        "multipart/" in head
        or re.search(r"content-transfer-encoding:\s*(?:quoted-printable|base64)", head) is not None
    )


def _headers(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """The headers from line `start` (0-based) to the blank line, folded lines joined; the
    index of the body's first line."""
    headers: dict[str, str] = {}
    key = ""
    n = start
    while n < len(lines) and lines[n].strip():
        line = lines[n]
        if line[:1] in " \t" and key:
            headers[key] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            key = key.strip().lower()
            headers[key] = value.strip()
        n += 1
    return headers, n + 1


def _parts(lines: list[str]) -> list[_Part]:
    top, body = _headers(lines, 0)
    found = re.search(r'boundary="?([^";]+)"?', top.get("content-type", ""), re.IGNORECASE)
    if not found:
        return [_Part(top, body + 1, lines[body:])]
    marker = "--" + found[1]
    parts: list[_Part] = []
    starts = [k for k, line in enumerate(lines) if line.strip().startswith(marker)]
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=False):
        if lines[a].strip() == marker + "--":
            continue
        headers, body = _headers(lines, a + 1)
        if "boundary=" in headers.get("content-type", "").lower():
            parts += _parts(lines[a + 1 : b])  # a nested multipart: its own parts
            continue
        parts.append(_Part(headers, body + 1, lines[body:b]))
    return parts


def _decoded(part: _Part) -> tuple[list[str], list[int]]:
    """The part's text, its lines, and the file line of each."""
    encoding = part.headers.get("content-transfer-encoding", "").lower()
    charset = re.search(r'charset="?([\w-]+)', part.headers.get("content-type", ""), re.IGNORECASE)
    codec = charset[1] if charset else "utf-8"
    if encoding == "base64":
        try:
            data = base64.b64decode("".join(line.strip() for line in part.body))
        except (binascii.Error, ValueError):
            return [], []
        text = data.decode(codec, errors="replace").replace("\r\n", "\n").split("\n")
        return text, [part.first] * len(text)
    if encoding != "quoted-printable":
        return list(part.body), list(range(part.first, part.first + len(part.body)))
    out: list[str] = []
    origin: list[int] = []
    pending: list[str] = []
    opened = part.first
    for k, line in enumerate(part.body):
        if not pending:
            opened = part.first + k
        line = line.rstrip("\r")
        if line.endswith("="):
            pending.append(line[:-1])  # a soft break: the line goes on
            continue
        pending.append(line)
        raw = "".join(pending).encode("ascii", errors="replace")
        out.append(quopri.decodestring(raw).decode(codec, errors="replace"))
        origin.append(opened)
        pending = []
    if pending:
        out.append(
            quopri.decodestring("".join(pending).encode("ascii", errors="replace")).decode(
                codec, errors="replace"
            )
        )
        origin.append(opened)
    return out, origin


def mime_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The HTML part read as its page, else the plain-text part; None when neither is there."""
    from .html import html_lines

    parts = _parts(lines)

    def kind(part: _Part) -> str:
        return part.headers.get("content-type", "text/plain").split(";")[0].strip().lower()

    html = next((p for p in parts if kind(p) == "text/html"), None)
    if html is not None:
        text, origin = _decoded(html)
        page, at = html_lines(text)
        return page, [origin[min(len(origin), n) - 1] if origin else html.first for n in at]
    plain = next((p for p in parts if kind(p) == "text/plain"), None)
    if plain is None:
        return None
    return _decoded(plain)
