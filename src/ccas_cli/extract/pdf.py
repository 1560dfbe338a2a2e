"""PDF reader: the same numbered lines as the text reader, each with its page.

Built on pypdfium2 (PDFium, in C: fast), from the characters, not from the producer's text runs:
- words from each character's advance box, size and weight; lines from shared baselines; a wide
  gap, or a table's vertical rule, between two runs of a line becomes a tab;
- a page laid out in two columns (a vertical gutter no run crosses) is read column by column;
- a ruled table's row (between two horizontal rules) is one line, its cells joined column by
  column;
- in a line mixing weights, bold runs are marked `**…**`, as text extractions print them;
- lines repeated at the top or bottom of most pages (running headers, footers) and page numbers
  are dropped;
- a line broken only because it reached the margin is joined to the next one, and a word cut
  by end-of-line hyphenation is mended; paragraph spacing becomes a blank line, as paragraphs
  are separated in a text file;
- ligatures (ﬁ, ﬂ, ﬀ…) are spelled out.
pdfplumber (geometry from pdfminer) is slower by two orders of magnitude and is not needed for
any of this (docs/decisions.md, "PDF").
"""

from __future__ import annotations

import hashlib
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from ..document.blocks import numbered_heading
from ..errors import InputError
from ..normalize.text import PRINTED_LIGATURES
from .source import Source

LIGATURES = PRINTED_LIGATURES
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—\s]*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?[-–—\s]*$", re.I)
_EDGE = 0.1  # running headers and footers live in the top and bottom tenth of a page
ProgressCallback = Callable[[int, int], None]


@dataclass(slots=True)  # one per glyph run of every page: slots halve their memory
class Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float = 0.0  # font size of the run's first character
    bold: bool = False

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def char_width(self) -> float:
        return (self.right - self.left) / max(len(self.text), 1)


@dataclass(slots=True)
class Line:
    runs: list[Run]
    page: int
    page_height: float
    column: int = 0
    size: float = 0.0
    bold: bool = False
    top: float = 0.0
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0
    char_width: float = 5.0
    run_height: float = 0.0  # of the tallest run: the font's height, for spaces and indents
    first_word: tuple[str, float] = ("", 0.0)  # the first word and its width
    _texts: dict[float | None, str] = field(default_factory=dict)  # rendered text by column_left
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # the page's vertical rules

    def finish(self) -> Line:
        """Compute the line's extent once its runs are all known."""
        self.top = max(r.top for r in self.runs)
        self.bottom = min(r.bottom for r in self.runs)
        self.left = min(r.left for r in self.runs)
        self.right = max(r.right for r in self.runs)
        widths = [r.char_width for r in self.runs if r.text.strip()]
        self.char_width = statistics.median(widths) if widths else 5.0
        self._texts = {}
        self.size = max(r.size for r in self.runs)
        self.bold = all(r.bold for r in self.runs)
        self.run_height = max(r.height for r in self.runs)
        first = min(self.runs, key=lambda r: r.left)
        text = first.text.lstrip()
        word = text.split(" ", 1)[0]
        self.first_word = (word, (first.right - first.left) * len(word) / max(len(text), 1))
        return self

    def release(self) -> None:
        """Keep the line's text and geometry, drop its runs: what lets a long PDF be read
        holding its text, not every glyph run of every page. Lines at the top and bottom edge
        keep their runs, which running headers and footers are judged on."""
        if self.runs and not self.in_edge():
            self._texts[None] = self._render()
            self.runs = []

    def text(self, column_left: float | None = None) -> str:
        cached = self._texts.get(column_left)
        if cached is not None:
            return cached
        if column_left is None:
            cached = self._texts[None] = self._render()
            return cached
        plain = self.text()
        if not plain:
            return plain
        # Indentation matters (sub-bullets): one space per space width of the font.
        space = 0.32 * self.run_height
        cached = " " * max(0, int((self.left - column_left + 0.25 * space) / space)) + plain
        self._texts[column_left] = cached
        return cached

    def _render(self) -> str:
        """The line's text; in a line that mixes weights, bold runs are marked `**…**`, as text
        extractions print them, so a run-in bold label ("**Porteur :** CCAS") reads as one."""
        parts: list[str] = []
        previous: Run | None = None
        runs = sorted(self.runs, key=lambda r: r.left)
        mixed = len({r.bold for r in runs if r.text.strip()}) > 1
        bold = False
        justified = _justified(runs)
        for run in runs:
            if previous is not None:
                gap = run.left - previous.right
                separator = ""
                if self._ruled(previous, run) or (gap > 4 * self.char_width and not justified):
                    parts[-1] = parts[-1].rstrip(" ")
                    separator = "\t"
                elif (
                    gap > 0.25 * self.char_width
                    and not parts[-1].endswith(" ")
                    and not run.text.startswith(" ")
                ):
                    separator = " "
                if mixed and bold and not run.bold:
                    parts[-1] = parts[-1].rstrip(" ")
                    parts.append("**")
                    bold = False
                    separator = separator or (" " if previous.text.endswith(" ") else "")
                parts.append(separator)
            text = run.text if previous is None or parts[-1] != "\t" else run.text.lstrip(" ")
            if mixed and run.bold and not bold:
                stripped = text.lstrip(" ")
                parts.append(text[: len(text) - len(stripped)] + "**")
                text = stripped
                bold = True
            parts.append(text)
            previous = run
        if bold:
            parts[-1] = parts[-1].rstrip(" ")
            parts.append("**")
        return "".join(parts).translate(LIGATURES).rstrip()

    def _ruled(self, before: Run, after: Run) -> bool:
        """A table's vertical rule between two runs of the line: they are two cells."""
        middle = (self.top + self.bottom) / 2
        return any(
            before.right - 0.2 <= x <= after.left + 0.2 and low <= middle <= high
            for x, low, high in self.rules
        )

    def in_edge(self) -> bool:
        return self.top > self.page_height * (1 - _EDGE) or self.bottom < self.page_height * _EDGE


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))  # PDFium reads the file as it needs it
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError(
                "encrypted PDF: decrypt it first (qpdf --decrypt in.pdf out.pdf), then ingest the copy", path
            ) from None
        raise InputError(
            "not a readable PDF (corrupt or truncated): export it again from its source", path
        ) from None


def _runs(page, rules: list[tuple[float, float, float]] | None = None) -> list[Run]:
    """The page's words, built from its characters (their boxes, sizes and weights), not from
    the runs its producer wrote: a browser engine writes one text object per glyph, a CSS
    typesetter one per line, and the same words must come out of both.

    A run is a stretch of characters on one baseline, in one size and weight, with no gap wider
    than a space between them: a word, or words joined by their spaces. Lines, columns and
    tabs are made of runs later, from their geometry.
    """

    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    raw = textpage.raw
    loose = pdfium_c.FS_RECTF()
    get_unicode, get_box = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetLooseCharBox
    get_size = pdfium_c.FPDFText_GetFontSize
    fixes = _CHAR_FIXES
    runs: list[Run] = []
    chars: list[str] = []
    current: Run | None = None
    # the current run's extent and size, kept in locals: this loop runs once per character
    last_left = last_right = top = bottom = size_now = 0.0
    try:
        for index in range(pdfium_c.FPDFText_CountChars(raw)):
            code = get_unicode(raw, index)
            char = fixes.get(code) or chr(code)
            if code < 33 and code != 2:  # spaces, line breaks, controls (2: PDFium's hyphen)
                if code in (9, 32) and current is not None and chars[-1] != " ":
                    chars.append(" ")
                continue
            if not get_box(raw, index, loose):
                continue
            size = get_size(raw, index)
            if not char.strip():
                if current is not None and chars[-1] != " ":
                    chars.append(" ")
                continue
            # the loose box spans the glyph's advance, from the font's descent to its ascent:
            # letters of a word abut, whatever their ink, and a line's boxes share a baseline
            x0, x1, y0, y1 = loose.left, loose.right, loose.bottom, loose.top
            if char == "-" and current is not None and y1 - y0 < 0.5 * size and bottom <= y0 <= top:
                y0, y1 = bottom, top  # PDFium's end-of-line hyphen: a box of its ink
            if current is not None:
                gap = x0 - last_right
                # a ligature's second letter shares the box of the first: it does not go back
                if (
                    abs(size - size_now) < 0.05
                    # a word after a space may change weight ("**Porteur :** CCAS", a bold name
                    # in a sentence): checked at word starts only, the cost of a font lookup
                    and (chars[-1] != " " or _bold(textpage, index) == current.bold)
                    and abs(y0 - bottom) < 0.3 * (size if size > 1.0 else 1.0)
                    and last_left - 0.1 <= x0
                    and gap < 0.6 * size
                    # a table's rule between two letters parts two cells, however close
                    and not (
                        rules
                        and any(
                            last_right - 0.2 <= x <= x0 + 0.2 and low <= (y0 + y1) / 2 <= high
                            for x, low, high in rules
                        )
                    )
                ):
                    if gap > 0.15 * size and chars[-1] != " ":
                        chars.append(" ")
                    chars.append(char)
                    if x1 > last_right:
                        last_right = x1
                    if y1 > top:
                        top = y1
                    last_left = x0
                    continue
                current.text, current.right, current.top = "".join(chars), last_right, top
                runs.append(current)
            current = Run(x0, y0, x1, y1, "", round(float(size), 1), _bold(textpage, index))
            chars = [char]
            last_left, last_right, bottom, top, size_now = x0, x1, y0, y1, size
        if current is not None:
            current.text, current.right, current.top = "".join(chars), last_right, top
            runs.append(current)
        return [run for run in runs if run.text.strip()]
    finally:
        textpage.close()


def _justified(runs: list[Run]) -> bool:
    """A justified line stretched so far that its spaces look like tabs ("1.1   Les   éducateurs"
    over a word too long for a narrow column): every gap the same width, under three ems, between
    words rather than figures. A table's cells are set apart by gaps their widths make unequal."""
    if len(runs) < 3:
        return False
    gaps = [b.left - a.right for a, b in pairwise(runs)]
    size = max(r.size for r in runs) or 10.0
    return (
        max(gaps) - min(gaps) <= 0.05 * size
        and max(gaps) < 3 * size
        and sum(1 for r in runs if any(c.isalpha() for c in r.text)) > len(runs) / 2
    )


# PDFium marks an end-of-line hyphen with U+0002 or U+FFFE; typesetters draw U+2010 (hyphen)
# for both breaks and compounds, and U+00AD where they broke a word: all are hyphens here.
_CHAR_FIXES = {0x02: "-", 0xFFFE: "-", 0x2010: "-", 0x2011: "-", 0xAD: "-"}


def _bold(textpage, index: int) -> bool:
    return _font(textpage, index)[1]


def _font(textpage, index: int) -> tuple[float, bool]:
    """Size and weight of a character: what tells a title or a label from body text."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, 128, ctypes.byref(flags))
    return round(size, 1), weight >= 600 or b"Bold" in name.value or b"bold" in name.value


def _lines(
    runs: list[Run],
    page: int,
    height: float,
    column: int = 0,
    rules: list[tuple[float, float, float]] | None = None,
) -> list[Line]:
    """Runs on the same baseline make a line; lines from top to bottom."""
    groups: list[tuple[float, float, list[Run]]] = []  # (bottom, top, runs)
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        middle = (run.top + run.bottom) / 2
        for index in range(max(0, len(groups) - 3), len(groups)):
            bottom, top, members = groups[index]
            if bottom <= middle <= top:
                members.append(run)
                groups[index] = (min(bottom, run.bottom), max(top, run.top), members)
                break
        else:
            groups.append((run.bottom, run.top, [run]))
    lines = [Line(members, page, height, column).finish() for _, _, members in groups]
    for line in lines:
        # the rules of the table the line sits in: spanning its height, framing it left and right
        middle = (line.top + line.bottom) / 2
        spanning = [rule for rule in rules or [] if rule[1] <= middle <= rule[2]]
        if (
            spanning
            and min(r[0] for r in spanning) - 2 <= line.left
            and line.right <= max(r[0] for r in spanning) + 2
        ):
            line.rules = spanning
    return lines


_LEADERS_AND_PAGE = re.compile(r"(?:[.…·]\s?){3,}\s*\d{1,4}$")
_DRAWN_BORDER = re.compile(r"^(?:[+┌└├╔╚╠]\s*[-─═━=+┬┴┼]{3,}|[_=─━]{8,}|-{12,})")
_DRAWN_RULE = re.compile(r"\s*[_=─━‗]{8,}\s*|\s*-{12,}\s*")


_LEADER_TAIL = re.compile(r"^(?P<title>.*?\S)\s*(?:[.…·]\s?){8,}")


def _without_leaders(run: Run) -> Run:
    """The run cut where its leader dots start, its width shared by its characters."""
    match = _LEADER_TAIL.match(run.text)
    if match is None or not run.text:
        return run
    share = len(match["title"]) / len(run.text)
    return replace(run, right=run.left + (run.right - run.left) * share, text=match["title"])


def _gutter(
    runs: list[Run], width: float, rules: list[tuple[float, float, float]] | None = None
) -> float | None:
    """The x of a vertical gap between two columns, when the page has one."""
    if len(runs) < 6:
        return None
    for fraction in (0.5, 0.45, 0.55, 0.4, 0.6):
        x = width * fraction
        crossing = sum(1 for r in runs if r.left < x < r.right)
        left = sum(1 for r in runs if r.right <= x)
        right = sum(1 for r in runs if r.left >= x)
        if crossing <= max(2, len(runs) // 50) and left >= len(runs) * 0.2 and right >= len(runs) * 0.2:
            if rules:
                # the gap between two columns, or between two cells of one table? A table's
                # rule in the gap says cells; tables in both columns leave it empty
                band_left = max(r.right for r in runs if r.right <= x)
                band_right = min(r.left for r in runs if r.left >= x)
                # (a border drawn where justified text ends, at the column's edge, is in the gap)
                inside = sorted({rx for rx, _, _ in rules if band_left - 1.5 <= rx <= band_right + 1.5})
                # two rules in the gap with a wide strip between them: one table's right border
                # and the next column's table's left border (one rule alone parts two cells)
                if max((b - a for a, b in pairwise(inside)), default=0.0) >= 8:
                    return x
                continue
            # Text set in columns fills the left column up to the gutter, and its lines do not
            # pair up with those on the right; the cells of a table (labels and values) stop
            # short of the gutter and sit on shared baselines: they are read row by row.
            lefts = [r for r in runs if r.right <= x]
            rights = [r for r in runs if r.left >= x]
            start = min(r.left for r in lefts)
            filled = sum(1 for r in lefts if r.right >= x - 0.25 * (x - start))
            baselines = {round(r.bottom) for r in rights}
            paired = sum(1 for r in lefts if any(round(r.bottom) + d in baselines for d in (-1, 0, 1)))
            if filled >= 0.3 * len(lefts) or paired < 0.8 * len(lefts):
                return x
    return None


def _rules(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """The thin strokes of a page: vertical ones as (x, bottom, top), the rules between a
    table's cells, and horizontal ones as (y, left, right), the rules between its rows."""
    vertical, horizontal, _ = _strokes(page)
    return vertical, horizontal


def _strokes(page):
    import pypdfium2.raw as pdfium_c

    vertical, horizontal, dots = [], [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left < 2 and top - bottom > 4:
            vertical.append(((left + right) / 2, bottom, top))
        elif top - bottom < 2 and right - left > 4:
            horizontal.append(((top + bottom) / 2, left, right))
        elif 1.5 < right - left < 7 and 1.5 < top - bottom < 7 and abs((right - left) - (top - bottom)) < 1:
            dots.append((left, bottom, right, top))  # a list bullet a browser draws as a shape
    return vertical, horizontal, dots


def _bullet_runs(dots: list[tuple[float, float, float, float]], runs: list[Run]) -> list[Run]:
    """A small square or disc just left of a line of text is its list bullet: a "•" run there,
    so the line reads as a list item, as it does when the producer draws the bullet as a glyph."""
    bullets = []
    for left, bottom, right, top in dots:
        middle = (bottom + top) / 2
        after = [r for r in runs if r.bottom <= middle <= r.top and 0 <= r.left - right <= 20]
        if after:
            text = min(after, key=lambda r: r.left)
            bullets.append(Run(left, text.bottom, right, text.top, "•", text.size, False))
    return bullets


def _table_rows(lines: list[Line], horizontal: list[tuple[float, float, float]]) -> list[Line]:
    """Lines inside a ruled table, one per row: the lines between two row rules are the
    wrapped lines of the row's cells, whose texts are joined cell by cell (column by column,
    between the vertical rules), so a row reads "cell\tcell" however its cells wrapped."""
    if not horizontal:
        return lines
    result: list[Line] = []
    band: list[Line] = []
    band_key: tuple[float, float] | None = None

    def close() -> None:
        if len(band) > 1:
            result.append(_merged_row(band))
        else:
            result.extend(band)
        band.clear()

    for line in lines:
        middle = (line.top + line.bottom) / 2
        ruled = line.rules and any(low <= middle <= high for _, low, high in line.rules)
        key = None
        if ruled:
            # the row rules of this line's own table (another column's table rules its own rows)
            own = [y for y, x0, x1 in horizontal if x0 < line.right and x1 > line.left]
            above = min((y for y in own if y > middle), default=None)
            below = max((y for y in own if y < middle), default=None)
            key = (above, below) if above is not None and below is not None else None
        if key is None or key != band_key or (band and band[-1].page != line.page):
            close()
        band_key = key
        if key is None:
            result.append(line)
        else:
            band.append(line)
    close()
    return result


def _merged_row(band: list[Line]) -> Line:
    xs = sorted({round(x, 1) for line in band for x, low, high in line.rules})
    cells: dict[int, list[Run]] = {}
    for line in band:
        for run in sorted(line.runs, key=lambda r: r.left):
            column = sum(1 for x in xs if x <= run.left + 1)
            cells.setdefault(column, []).append(run)
    runs = []
    for column in sorted(cells):
        members = cells[column]
        text = ""
        for run in members:
            piece = run.text.strip()
            text = _mend(text, piece, set()) if text.endswith("-") else f"{text} {piece}".strip()
        first = members[0]
        runs.append(
            Run(
                min(r.left for r in members),
                first.bottom,
                max(r.right for r in members),
                first.top,
                text,
                first.size,
                first.bold,
            )
        )
    merged = Line(runs, band[0].page, band[0].page_height, band[0].column).finish()
    merged.rules = band[0].rules
    return merged


def _in_table(run: Run, rules: list[tuple[float, float, float]]) -> bool:
    middle = (run.top + run.bottom) / 2
    return any(low <= middle <= high for _, low, high in rules)


def _page_lines(page, number: int) -> list[Line]:
    width, height = page.get_size()
    rules, horizontal, dots = _strokes(page)
    runs = _runs(page, rules)
    runs += _bullet_runs(dots, runs)
    # cells between a table's rules are read row by row: they are no evidence of columns,
    # unless tables stand in both columns, a gutter no rule crosses between them
    # a rule drawn with characters ("_____") wider than a narrow column runs into the gutter:
    # no evidence against it, and read in the column it starts in
    drawn = [r for r in runs if _DRAWN_RULE.fullmatch(r.text)]
    text_runs = [r for r in runs if not _DRAWN_RULE.fullmatch(r.text)]
    # a Sommaire entry's leader dots overflow a narrow column the same way: its title is the
    # evidence of where it stands
    evidence = [_without_leaders(r) for r in text_runs]
    gutter = _gutter([r for r in evidence if not _in_table(r, rules)], width)
    if gutter is None and rules:
        gutter = _gutter(evidence, width, rules)
    if gutter is None:
        return _table_rows(_lines(runs, number, height, rules=rules), horizontal)
    led = {id(r) for r, e in zip(text_runs, evidence, strict=True) if e is not r and e.right <= gutter}
    spanning = [r for r in text_runs if r.left < gutter < r.right and id(r) not in led]
    left = [r for r in text_runs if r.right <= gutter or id(r) in led] + [r for r in drawn if r.left < gutter]
    right = [r for r in text_runs if r.left >= gutter] + [r for r in drawn if r.left >= gutter]
    top_of_columns = max(r.top for r in left + right)
    above = [r for r in spanning if r.bottom >= top_of_columns]
    below = [r for r in spanning if r.bottom < top_of_columns]
    return _table_rows(
        _lines(above, number, height, column=2, rules=rules)
        + _lines(left, number, height, rules=rules)
        + _lines(right, number, height, column=1, rules=rules)
        + _lines(below, number, height, column=3, rules=rules),
        horizontal,
    )


def _furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without their running headers, footers and page numbers.

    Judged run by run, since a footer's parts may share a line or not depending on the page's
    columns. A lone number at the edge of a page is a page number only when it follows the
    page count (with the document's offset): a "2016" at the foot of a page is kept.
    """
    places: dict[str, list[tuple[float, int]]] = {}
    texts: dict[str, list[tuple[str, int]]] = {}
    offsets: Counter[int] = Counter()
    for p, lines in enumerate(pages):
        for line in lines:
            if not line.in_edge():
                continue
            for run in line.runs:
                text = run.text.strip()
                places.setdefault(re.sub(r"\d+", "#", text), []).append((run.top, p))
                texts.setdefault(re.sub(r"\d+", "#", text), []).append((text, p))
                number = _page_number(text)
                if number is not None:
                    offsets[number - (p + 1)] += 1
    # On most pages, or on every page of a short document — and at the same height on them: a
    # label that every item repeats ("Partenaires") may fall near the foot of most pages too
    needed = len(pages) if len(pages) < 4 else max(3, len(pages) * 0.5)
    repeated = {
        t: band
        for t, found in places.items()
        if len(pages) >= 2 and (band := _steady_band(found, needed)) is not None
    }
    offset = offsets.most_common(1)[0][0] if offsets else None

    def numbered_content(template: str) -> bool:
        """ "FICHE ACTION N° 1.1", "… N° 1.2", "… N° 2.1" atop pages: a different number on each,
        none of them the page's — sheets that open their pages, not a running header."""
        found = texts.get(template, [])
        if "#" not in template or len({t for t, _ in found}) < len(found):
            return False
        # a sheet's heading ("Fiche 4" atop page 4 too), not "Projet social 2031 — page 7"
        return all(numbered_heading(t) for t, _ in found)

    repeated = {t: band for t, band in repeated.items() if not numbered_content(t)}

    def furniture(run: Run, p: int) -> bool:
        text = run.text.strip()
        number = _page_number(text)
        if number is not None:
            return offset is not None and abs(number - (p + 1) - offset) <= 1
        # a bullet or a dash alone is the start of a list item, not a running footer
        band = repeated.get(re.sub(r"\d+", "#", text)) if any(c.isalnum() for c in text) else None
        return band is not None and band[0] <= run.top <= band[1]

    kept_pages = []
    for p, lines in enumerate(pages):
        kept = []
        for line in lines:
            if line.in_edge():
                runs = [r for r in line.runs if not furniture(r, p)]
                if not runs:
                    continue
                if len(runs) < len(line.runs):
                    line = Line(runs, line.page, line.page_height, line.column).finish()
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


_STEADY = 6.0  # points: how far a running header's height may move between pages


def _steady_band(found: list[tuple[float, int]], needed: float) -> tuple[float, float] | None:
    """The heights (lowest, highest) where a text stands on enough pages, each page counted
    once; None when no height holds it on that many."""
    found = sorted(found)
    best: tuple[int, float, float] | None = None
    start = 0
    for end in range(len(found)):
        while found[end][0] - found[start][0] > _STEADY:
            start += 1
        pages = len({p for _, p in found[start : end + 1]})
        if best is None or pages > best[0]:
            best = (pages, found[start][0], found[end][0])
    if best is None or best[0] < needed:
        return None
    return best[1] - _STEADY / 2, best[2] + _STEADY / 2


def _page_number(text: str) -> int | None:
    match = _PAGE_NUMBER.match(text.strip())
    number = re.search(r"\d+", text) if match else None
    return int(number[0]) if number else None


_CONNECTOR = re.compile(
    r"(?:\b(?:de|du|des|la|le|les|et|ou|à|au|aux|en|pour|avec|par|sur|dans)|[,(/'’:–-])$", re.I
)
_LABEL_OR_BULLET = re.compile(
    r"^(?:\||[-•*>]\s|\d+[.)]\s|[A-ZÉÈÀÂÊÎÔÛÇ][^\s:]{0,24}(?:\s[^\s:]{1,25}){0,4}\s?:(?:\s|$))"
)


_FIELD_START = re.compile(r"^[A-ZÉÈÀÂÊÎÔÛÇ][^\s:]{0,24}(?:\s[^\s:]{1,25}){0,4}\s?:(?:\s|$)")
_ITEM_START = re.compile(r"^(?:[-•*–]\s|\d+[.)]\s)")


def _first_word_width(line: Line) -> tuple[str, float]:
    """The first word of a line and its width, measured on that line's own first run."""
    return line.first_word


def _soft_wrapped(line: Line, following: Line, right_edge: float, trust_geometry: bool = False) -> bool:
    """The break was forced by the margin: the next line's first word would not have fitted.

    Widths are estimated from the runs, so near the boundary the words decide: a line that
    opens a new item (a bullet, a table row, a "Label :") is not a continuation unless the
    previous line ends on a word that cannot end a line ("… de" / "Savoirs :"); a capitalised
    next line continues only such a line, or a proper name ("le Conseil" / "Municipal").
    """
    if line.rules or following.rules:
        return False  # rows of a ruled table: its rows are told by its rules, never joined
    previous_text = line.text().rstrip()
    following_text = following.text().lstrip()
    if _DRAWN_BORDER.match(following_text) or _DRAWN_BORDER.match(previous_text):
        return False  # "+------+", "└──┘", "_____": a box or a rule drawn with characters
    if (
        previous_text[:1] in "|│"
        and previous_text[-1:] in "|│"
        and len(previous_text) > 1
        and following_text[:1] in "|│"
    ):
        return False  # "| Title |" over "| …": rows of a box drawn with characters ("… |" over
        # "26 |" is one row, broken at a cell)
    if _LEADERS_AND_PAGE.search(previous_text):
        return False  # "Title ........ 10": a Sommaire entry ends with its page number
    connector = bool(_CONNECTOR.search(previous_text))
    unfinished_row = previous_text.startswith("|") and not previous_text.endswith("|")
    space = 0.3 * following.run_height
    room = right_edge - line.right
    letters = [c for c in following_text if c.isalpha()]
    if (
        not connector
        and following_text[:1].isalpha()
        and len(letters) >= 8  # (an acronym such as "ADAPT" may end a wrapped name)
        and len(following_text) <= 60
        and all(c.isupper() for c in letters)
    ):
        return False  # "OBJECTIFS/CONTEXTE": a heading in capitals opens its own line
    if _LABEL_OR_BULLET.match(following_text) and not connector and not unfinished_row:
        # "… un espace de solidarité" / "- Favoriser l'accès …": a dash the line could not hold
        # with its word, after a line that does not end a sentence, continues it
        words = following_text.split(" ", 2)
        dash = (
            following_text.startswith(("- ", "– "))
            and len(words) > 1
            # "- Partenaires : …" is a field of a list, and a dash under a list item (one opening
            # with its own bullet or number) is the next item: neither continues a sentence
            and not _FIELD_START.match(following_text[2:])
            and not _ITEM_START.match(previous_text)
        )
        if not (dash and previous_text[-1:] not in ".:;!?" and room < (len(words[1]) + 2) * line.char_width):
            return False
    _word, width = _first_word_width(following)
    needed = width + space
    if room >= needed * 1.25 + 2 * line.char_width:
        return False  # the word would clearly have fitted: a deliberate line break
    if room <= 1.0 and not _LABEL_OR_BULLET.match(following_text) and not (line.rules or following.rules):
        return True  # flush with the margin: a justified line, stretched there because it wrapped
    if trust_geometry or not following_text[:1].isupper():
        return True
    last_word = previous_text.rsplit(" ", 1)[-1]
    proper_name = last_word[:1].isupper() and len(last_word) > 1 and not last_word.isupper()
    return connector or proper_name or (room < needed * 0.8 and connector)


def _mend(text: str, following: str, words: set[str]) -> str:
    """Join a line cut by hyphenation to the next one; keep the hyphen of real compounds."""
    match = re.search(r"(\w+)-$", text)
    nxt = re.match(r"(\w+)", following)
    if match and nxt and following[:1].islower():
        joined = match[1] + nxt[1]
        if joined.lower() in words or f"{match[1]}-{nxt[1]}".lower() not in words:
            return text[:-1] + following
    if text.endswith("-") and not text.endswith(" -"):
        return f"{text}{following}"  # a compound cut at its own hyphen ("Seine-" / "Saint-Denis")
    return f"{text} {following.lstrip()}"


def read_pdf(path: Path, progress: ProgressCallback | None = None) -> tuple[Source, list[int]]:
    """The PDF as a Source, and the numbers of its pages that have no text."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            head = stream.read(1024)
            if not head.startswith(b"%PDF"):
                raise InputError(
                    "not a PDF (no %PDF header): check the file, or rename it if it is text", path
                )
            digest.update(head)
            while block := stream.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    document = _open(path)
    try:
        total = len(document)
        pages: list[list[Line]] = []
        for number in range(total):
            page = document[number]
            try:
                lines = _page_lines(page, number + 1)
            finally:
                page.close()
            for line in lines:
                line.release()
            pages.append(lines)
            if progress is not None:
                progress(number + 1, total)
    finally:
        document.close()
    empty = [p + 1 for p, lines in enumerate(pages) if not lines]
    if len(empty) == len(pages):
        raise InputError(
            "no text layer (a scanned PDF?): run OCR first, e.g. ocrmypdf in.pdf out.pdf, then ingest out.pdf",
            path,
        )
    texts, numbers, styles = _assemble(_furniture(pages))
    return Source(str(path), digest.hexdigest(), texts, numbers, styles=styles), empty


def _assemble(pages: list[list[Line]]) -> tuple[list[str], list[int], list[tuple[float, bool] | None]]:
    """Logical lines: soft wraps joined, hyphenation mended, paragraph gaps as blank lines.

    Across a column or page break the vertical gap says nothing: the paragraph goes on when the
    last line was filled to the margin, and ends otherwise.
    """
    all_lines = [line for lines in pages for line in lines]
    heights = [line.top - line.bottom for line in all_lines] or [10.0]
    pitch = statistics.median(heights)
    words = {w.lower() for line in all_lines for w in re.findall(r"[\w-]+", line.text())}
    extents = _extents(all_lines)
    foot = min((line.bottom for line in all_lines if not line.in_edge()), default=0.0)
    # The line advance inside a paragraph (baseline to baseline, estimated from the text boxes)
    # is the document's leading; a little more (a "space after") marks a line its author ended.
    advances = sorted(
        _advance(a, b) for lines in pages for a, b in pairwise(lines) if 0 < _advance(a, b) < 3 * pitch
    )
    # (lines closer than a line's own height are not the leading: baselines of two columns out
    # of phase, a superscript; enough of them would make every line a paragraph of its own)
    plausible = [a for a in advances if a >= 0.9 * pitch] or advances
    leading = plausible[len(plausible) // 5] if plausible else pitch * 1.2
    paragraph = _paragraph_break(advances, leading, pitch)
    spaced = sum(1 for a in advances if leading + 0.12 * pitch < a < paragraph) >= 3
    by_size: Counter[float] = Counter()
    for line in all_lines:
        by_size[line.size] += len(line.text())  # the body's size: most characters, not most lines
    body_size = by_size.most_common(1)[0][0] if by_size else 0.0
    texts: list[str] = []
    numbers: list[int] = []
    styles: list[tuple[float, bool] | None] = []
    style: tuple[float, bool] | None = None
    current: str | None = None
    previous: Line | None = None
    previous_edge = 0.0
    for lines in pages:
        for line in lines:
            column_left, edge = extents[(line.page, line.column)]
            text = line.text(column_left)
            if current is not None and previous is not None:
                same_column = previous.page == line.page and line.top <= previous.bottom + 0.5 * pitch
                advance = _advance(previous, line) if same_column else 0.0
                if body_size and previous.size == line.size and previous.bold == line.bold:
                    # two lines of one larger font (a heading over two lines) are spaced by that
                    # font's leading: measured against the body's, scaled to it
                    advance /= max(1.0, line.size / body_size)
                wrapped = _soft_wrapped(previous, line, previous_edge, trust_geometry=spaced and same_column)
                if wrapped and not same_column:
                    # Across a column or page break the space between paragraphs is lost: a
                    # column that stops short of the foot ended its paragraph, and a capital at
                    # the top of the next one starts a new paragraph unless a connector ("de",
                    # ",", "-") leaves the previous line hanging.
                    stopped_short = previous.bottom > foot + 1.5 * pitch
                    capital = text.lstrip()[:1].isupper() and not _CONNECTOR.search(current.rstrip())
                    wrapped = not (stopped_short or capital)
                if same_column and advance > leading + 0.12 * pitch:
                    wrapped = False  # extra space after the line: the author broke it
                if wrapped and (not same_column or advance < paragraph):
                    current = _mend(current, text.lstrip(), words)
                    previous, previous_edge = line, edge
                    continue
                texts.append(current)
                numbers.append(previous.page)
                styles.append(style)
                # two rows of one ruled table (the same vertical rules beside them) are never two
                # paragraphs, however tall a row its wrapped cells make
                one_table = (
                    same_column
                    and bool(previous.rules)
                    and {round(r[0]) for r in previous.rules} == {round(r[0]) for r in line.rules}
                    and advance < 4 * pitch
                )
                if (not same_column or advance >= paragraph) and not one_table:
                    texts.append("")
                    numbers.append(previous.page)
                    styles.append(None)
            current, previous, previous_edge = text, line, edge
            style = (line.size, line.bold)
    if current is not None and previous is not None:
        texts.append(current)
        numbers.append(previous.page)
        styles.append(style)
    return texts, numbers, styles


def _extents(lines: list[Line]) -> dict[tuple[int, int], tuple[float, float]]:
    """Each column's left and right margins, from its lines. The right margin is the furthest
    line end but one that overflows the column (a rule of underscores, a long address, wider
    than a narrow column): past the ends of nine lines in ten by more than two lines' height,
    a line end is no margin, and taking it would make every line of the column look short."""
    by_column: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        by_column.setdefault((line.page, line.column), []).append(line)
    extents = {}
    for key, column in by_column.items():
        rights = sorted(line.right for line in column)
        usual = rights[int(0.9 * (len(rights) - 1))]
        height = statistics.median(line.top - line.bottom for line in column)
        right = max(r for r in rights if r <= usual + 2 * height)
        extents[key] = (min(line.left for line in column), right)
    return extents


def _paragraph_break(advances: list[float], leading: float, pitch: float) -> float:
    """The advance from which a gap between two lines ends a paragraph.

    Typesetters space paragraphs by a fixed amount, from a third of a line (CSS margins, Typst's
    paragraph spacing) to a full blank line: the most common advance clearly above the leading
    is that spacing, and the break lies halfway. Without such a cluster (a document spacing its
    paragraphs by indents only, or a short one), half a line more than the leading.
    """
    larger = Counter(round(a * 2) / 2 for a in advances if a > leading * 1.15)
    common = [(n, a) for a, n in larger.items() if n >= max(3, 0.03 * len(advances))]
    if not common:
        return leading + 0.5 * pitch
    _, spacing = max(common)
    return min((leading + spacing) / 2, leading + 0.5 * pitch)


def _advance(a: Line, b: Line) -> float:
    """Distance from line a down to line b: the smaller of top-to-top and bottom-to-bottom,
    so that an accent above or a descender below does not look like extra space."""
    return min(a.top - b.top, a.bottom - b.bottom)
