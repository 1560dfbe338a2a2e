"""A web page saved as its HTML source, read as the markdown a reader would see: headings as
"#" lines, paragraphs, list items, table rows and bold run-in labels, the site's menus, scripts
and footer left out. Each line keeps the file line its text starts on, for provenance."""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from ..reference import load_reference

# What a reader never sees: the page's head, its code, its forms.
_UNSEEN = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "form",
        "button",
        "select",
        "iframe",
        "canvas",
        # a wiki's macro parameters (Confluence's "ac:parameter": a panel's colour, a status's title)
        "ac:parameter",
        "ac:plain-text-link-body",
    }
)
# The site around the page (menus, banner, footer): left out. A page with a <main> is read from
# it alone, its own navigation (a Sommaire) included.
_CHROME = frozenset({"nav", "header", "footer"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "figure", "figcaption",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "pre",
        "address", "details", "summary", "hr", "body", "html", "nav", "header", "footer",
    }
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset({"strong", "b"})
_ITALIC = frozenset({"em", "i", "cite"})
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")
_HTML_START = re.compile(r"\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?(p|div|h[1-6]|li|ul|table|tr|td|section|article|span|a|br)\b[^>]*>", re.IGNORECASE)


# a table holding no other table ("<table role=\"presentation\" …>2026 | 22 000 € …</table>")
_INNER_TABLE = re.compile(r"(<table\b[^>]*>)((?:(?!<table\b).)*?</table>)", re.IGNORECASE | re.DOTALL)


def _data_table_unmasked(match: re.Match[str]) -> str:
    """An e-mail marks all its tables "presentation"; one whose rows are a few short cells, a
    figure beside each label ("2026 | 22 000 €", "Total | 67 000 €"), holds data: read as a
    table."""
    opening, body = match[1], match[2]
    if 'role="presentation"' not in opening.lower():
        return match[0]
    rows = re.findall(r"<tr\b.*?</tr>", body, re.IGNORECASE | re.DOTALL)
    cells = [
        [
            " ".join(re.sub(r"<[^>]+>", " ", c).split())
            for c in re.findall(r"<t[dh]\b.*?</t[dh]>", row, re.I | re.S)
        ]
        for row in rows
    ]
    data = (
        len(cells) >= 2
        and all(2 <= len(row) <= 4 and all(len(c) <= 60 for c in row) for row in cells)
        and sum(1 for row in cells if any(re.search(r"\d", c) for c in row[1:])) * 2 >= len(cells)
    )
    return opening.replace('role="presentation"', 'role="table"') + body if data else match[0]


def looks_like_html(lines: list[str]) -> bool:
    """A page's source, not a text quoting a tag: it opens with a doctype or <html>, or on a tag
    with tags on most of its first lines."""
    head = [line for line in lines[:200] if line.strip()]
    if not head:
        return False
    root = next((line.strip() for line in head[:5] if re.match(r"\s*<[A-Za-z]", line)), "")
    if head[0].lstrip().startswith("<?xml") and not re.match(r"<(?:html|!doctype)\b", root, re.I):
        return False  # (a data export in XML, its values HTML escaped: read as data)
    # (an e-mail saved with its headers: "From: …", "Subject: …", then the page)
    if any(_HTML_START.match(line) for line in head[:30]):
        return True
    # (a page's fragment opens on a tag; a markdown text with tables in HTML opens on its words)
    tagged = sum(1 for line in head if _TAG.search(line))
    return head[0].lstrip().startswith("<") and len(head) >= 10 and tagged >= 0.6 * len(head)


# Inline elements a page marks as a category by their class ("tag", "badge", "categorie"): their
# text read in square brackets, as a page saved as text prints a tag
_TAGGABLE = frozenset({"span", "a", "small", "mark", "em"})


@lru_cache(maxsize=1)
def _tag_class() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_reference("document")["tag_classes"])
    return re.compile(rf"(?:^|[\s_-])(?:{words})(?:$|[\s_-])", re.I)


class _Reader(HTMLParser):
    def __init__(self, has_main: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[int, str]] = []  # (file line, text) of each line read
        self._parts: list[str] = []  # the line being read
        self._line = 0  # the file line it starts on
        self._prefix = ""  # "### ", "- ", … of the block being read
        self._hidden: list[str] = []  # open elements whose text is not read
        # a page with a <main>: only what it holds is read (None: the whole page is)
        self._outside = 1 if has_main else None
        self._lists: list[list[int]] = []  # open lists: [number of the next item] or [-1] (bullets)
        self._row: list[str] | None = None  # the cells of the table row being read
        self._cell: list[str] | None = None
        self._rows_in_table: list[int] = []
        self._layout: list[bool] = []  # each open table: whether it only lays the page out
        self._header_row = False
        self._tags: list[str] = []  # open inline elements a page marks as a tag ("[Logement]")

    # -- text --------------------------------------------------------------------------------
    def _text(self, text: str) -> None:
        if self._cell is not None:
            self._cell.append(text)
            return
        if not self._parts and not text.strip():
            return
        if not self._parts:
            self._line = self.getpos()[0]
        self._parts.append(text)

    def _flush(self, blank: bool = True) -> None:
        text = _SPACES.sub(" ", "".join(self._parts)).strip()
        text = re.sub(r"\*\*\s*\*\*", " ", text).strip()  # an empty bold run
        if text and text not in {"**", "*"}:
            self.rows.append((self._line, f"{self._prefix}{text}"))
            if self._prefix.startswith("#"):
                self._prefix = ""
        self._parts = []
        if blank and self.rows and self.rows[-1][1]:
            self.rows.append((self.rows[-1][0], ""))

    @property
    def _reading(self) -> bool:
        return not self._hidden and not self._outside

    # -- tags --------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden:
            if tag in _UNSEEN or tag in _CHROME:
                self._hidden.append(tag)
            return
        role = (dict(attrs).get("role") or "").lower()
        if tag in _UNSEEN or (self._outside is None and (tag in _CHROME or role in _CHROME_ROLES)):
            if tag not in {"br", "hr"}:
                self._hidden.append(tag)
            return
        if tag == "main" and self._outside is not None:
            self._outside = 0
        if self._outside:
            return
        if self._cell is not None and tag in {"ul", "ol"}:
            return  # (a list inside a cell: its items parted below)
        if self._cell is not None and tag in {"li", "p", "div", "dd", "dt"}:
            # ("<td><ul><li>CAF</li><li>CPAM</li></ul></td>": a cell's items, parted)
            so_far = "".join(self._cell).rstrip()
            if so_far and not so_far.endswith(";"):
                self._cell.append(" ; " if so_far[-1] not in ".!?…" else " ")
            return
        if tag in _TAGGABLE and _tag_class().search(dict(attrs).get("class") or ""):
            # '<span class="tag">Logement</span>': a category set apart as a badge, read as one
            self._text("[")
            self._tags.append(tag)
            return
        if tag in _HEADINGS:
            self._flush()
            self._prefix = "#" * _HEADINGS[tag] + " "
        elif tag == "li":
            self._flush(blank=False)
            depth = max(len(self._lists) - 1, 0)
            if self._lists and self._lists[-1][0] > 0:
                self._prefix = f"{'  ' * depth}{self._lists[-1][0]}. "
                self._lists[-1][0] += 1
            else:
                self._prefix = f"{'  ' * depth}- "
        elif tag in {"ul", "ol"}:
            self._flush(blank=not self._lists)
            self._lists.append([1 if tag == "ol" else -1])
        elif tag in {"tr", "td", "th"} and self._layout and self._layout[-1]:
            self._flush(blank=tag != "tr")  # a layout table's cell: a block of the page, no cell
            self._prefix = ""
        elif tag == "tr":
            self._flush(blank=False)
            self._row = []
            self._header_row = True
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []
            # (a row of heads only is a header: "| Pilote | Direction … |" with its head in a
            # <th> and its value in a <td> is a labelled row)
            self._header_row = self._header_row and tag == "th"
            if not self._parts:
                self._line = self.getpos()[0]
        elif tag == "table":
            self._flush()
            # (an e-mail's tables that lay its page out: role="presentation", no data in rows)
            self._layout.append((dict(attrs).get("role") or "").lower() == "presentation")
            self._rows_in_table.append(0)
        elif tag == "br":
            if self._cell is not None:
                # ("CAF de l'Allier<br>CPAM de l'Allier": a cell's lines, its list's items
                # parted; after a sentence's stop, a space is enough)
                so_far = "".join(self._cell).rstrip()
                self._cell.append(" ; " if so_far and so_far[-1] not in ".;:!?,…" else " ")
            else:
                self._flush(blank=False)
        elif tag == "dt" or tag == "dd":
            self._flush(blank=False)
        elif tag in _BLOCKS:
            self._flush(blank=not self._lists)
            self._prefix = ""
        elif tag in _BOLD:
            self._text("**")
        elif tag == "img":
            pass  # an image's words are its caption's, when it has one

    def handle_endtag(self, tag: str) -> None:
        if self._cell is not None and not self._hidden and tag in {"ul", "ol", "li", "p", "div", "dd", "dt"}:
            return  # (a cell's own blocks: their text is the cell's)
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
            return
        if self._tags and tag == self._tags[-1]:
            self._tags.pop()
            self._text("]")
            return
        if tag == "main" and self._outside is not None:
            self._outside = 1
            self._flush()
            return
        if self._outside:
            return
        if tag in _HEADINGS:
            self._flush()
            self._prefix = ""
        elif tag == "li":
            self._flush(blank=False)
            self._prefix = ""
        elif tag in {"ul", "ol"}:
            self._flush(blank=False)
            if self._lists:
                self._lists.pop()
            if not self._lists and self.rows and self.rows[-1][1]:
                self.rows.append((self.rows[-1][0], ""))
            self._prefix = "  " * max(len(self._lists) - 1, 0) + "- " if self._lists else ""
        elif tag in {"tr", "td", "th"} and self._layout and self._layout[-1]:
            self._flush()
            self._prefix = ""
        elif tag in {"td", "th"} and self._cell is not None and self._row is not None:
            self._row.append(_SPACES.sub(" ", "".join(self._cell)).strip().replace("|", "/"))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self.rows.append((self._line or self.getpos()[0], "| " + " | ".join(self._row) + " |"))
                if self._rows_in_table and self._rows_in_table[-1] == 0 and self._header_row:
                    self.rows.append((self.rows[-1][0], "|" + " --- |" * len(self._row)))
                if self._rows_in_table:
                    self._rows_in_table[-1] += 1
            self._row = None
        elif tag == "table":
            if self._rows_in_table:
                self._rows_in_table.pop()
            if self._layout:
                self._layout.pop()
            self._flush()
        elif tag in _BOLD:
            self._text("**")
        elif tag in _BLOCKS:
            self._flush(blank=not self._lists)
            self._prefix = ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if not self._reading:
            return
        if self._cell is not None:
            self._cell.append(data)
            return
        if self._prefix.startswith("#"):
            self._text(data.replace("\n", " "))  # a heading is one line, however it wraps
            return
        # a paragraph's own line breaks kept, so that provenance names the line a word is on;
        # its next lines hang under a list item's text
        first, *rest = data.split("\n")
        self._text(first)
        line = self.getpos()[0]
        for offset, piece in enumerate(rest, 1):
            if "".join(self._parts).strip():
                prefix = self._prefix
                self._flush(blank=False)
                self._prefix = " " * len(prefix)
            if piece.strip():
                self._parts = [piece]
                self._line = line + offset


def html_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page's text as markdown lines, with the file line of each."""
    text = "\n".join(lines)
    from .html_form import filled_form

    text = filled_form(text) or text  # (a form saved filled in: its answers, as text)
    if 'role="presentation"' in text:
        text = _INNER_TABLE.sub(_data_table_unmasked, text)
    reader = _Reader(has_main=re.search(r"<main[\s>]", text, re.IGNORECASE) is not None)
    reader.feed(text)
    reader.close()
    reader._flush()
    rows = reader.rows
    while rows and not rows[-1][1]:
        rows.pop()
    if not rows:
        return [""], [1]
    return [text for _, text in rows], [number for number, _ in rows]


# -- news feeds (RSS 2.0, Atom) ----------------------------------------------------------------

_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE | re.DOTALL
)
_ENTRY = re.compile(r"<(item|entry)(?:\s[^>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def looks_like_feed(lines: list[str]) -> bool:
    """A news feed's source: an XML declaration, then <rss>, <feed> or <rdf:RDF>."""
    return _FEED_START.match("\n".join(lines[:20])) is not None


def _element(body: str, names: tuple[str, ...]) -> tuple[str, int, str] | None:
    """The first of the named elements in an entry: its text, its offset in the entry, and its
    attributes (an Atom category's term is one)."""
    for name in names:
        m = re.search(
            rf"<{name}(?P<attrs>(?:\s[^>]*)?)(?:/>|>(?P<text>.*?)</{name}\s*>)",
            body,
            re.DOTALL | re.IGNORECASE,
        )
        if m is not None:
            return m["text"] or "", m.start(), m["attrs"] or ""
    return None


def _feed_date(text: str) -> str:
    """ "Tue, 10 Mar 2026 09:00:00 +0100" (RSS) or "2026-03-10T09:00:00+01:00" (Atom) as the
    day it names, "10/03/2026"; as printed when it is neither."""
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    text = text.strip()
    try:
        day = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            day = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    return day.strftime("%d/%m/%Y")


def _plain(text: str) -> str:
    from html import unescape

    cdata = _CDATA.fullmatch(text.strip())
    return unescape(cdata[1] if cdata else text)


def feed_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """A feed's channel and items as the markdown page they stand for: the channel's title and
    description, then each item a "## Title", its date "Publié le 10/03/2026", its categories
    "Catégorie : …" and its description's text (HTML inside read as a page's); each line's
    provenance the file line of the element it comes from."""
    text = "\n".join(lines)
    out: list[tuple[int, str]] = []

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    entries = list(_ENTRY.finditer(text))
    head = text[: entries[0].start()] if entries else text
    for names, prefix in ((("title",), "# "), (("description", "subtitle"), "")):
        found = _element(head, names)
        if found is not None and _plain(found[0]).strip():
            out += [(line_of(found[1]), prefix + " ".join(_plain(found[0]).split())), (line_of(found[1]), "")]
    for entry in entries:
        body, base = entry[2], entry.start(2)
        title = _element(body, ("title",))
        if title is None:
            continue
        named = _plain(title[0])
        if re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", named, re.I):
            named = _plain(named)  # (an Atom title of type "html": its markup escaped once more)
        out.append((line_of(base + title[1]), "## " + " ".join(named.split())))
        out.append((line_of(base + title[1]), ""))
        date = _element(body, ("pubDate", "published", "updated", "dc:date"))
        if date is not None and date[0].strip():
            printed = " ".join(_plain(date[0]).split())
            day = _feed_date(printed)
            # (the day as a French page writes it, the feed's own stamp kept beside it)
            shown = day if day == printed else f"{day} ({printed})"
            out.append((line_of(base + date[1]), f"Publié le {shown}"))
        for category in re.finditer(
            r"<category(?P<attrs>(?:\s[^>]*)?)(?:/>|>(?P<text>.*?)</category\s*>)", body, re.DOTALL
        ):
            term = re.search(r"""\bterm=["']([^"']+)["']""", category["attrs"] or "")
            name = _plain(category["text"] or "").strip() or (term[1] if term else "")
            if name:
                out.append((line_of(base + category.start()), f"Catégorie : {' '.join(name.split())}"))
        out.append((out[-1][0], ""))
        described = _element(body, ("content:encoded", "description", "content", "summary"))
        if described is not None:
            inner = _plain(described[0])
            start = line_of(base + described[1])
            # (an offset of the element's own line: CDATA opens on it)
            page, origin = html_lines(inner.split("\n")) if "<" in inner else (inner.split("\n"), None)
            for n, piece in enumerate(page):
                at = start + ((origin[n] - 1) if origin else n)
                out.append((at, " ".join(piece.split()) if piece.strip() else ""))
            out.append((out[-1][0], ""))
    while out and not out[-1][1]:
        out.pop()
    if not out:
        return [""], [1]
    return [t for _, t in out], [n for n, _ in out]
