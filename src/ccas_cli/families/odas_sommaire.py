"""The recueil's own table of contents and "Départements cités" index, and reconciliation.

Both are markdown-like tables ("| text | page |"). The Sommaire is imperfect by nature (page
numbers out of order, sub-theme lines missing or misplaced, one title listed twice): we read
it as the document's claim about itself and report every disagreement, never crash on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..extract.source import Source
from ..normalize.text import clean_inline, fold

_ROW = re.compile(r"^\s*\|(?P<text>.*?)\|(?P<pages>[^|]*)\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|[\s:|-]*\|\s*$")
_LEADER = re.compile(r"\s*[.…]*(?:\.{2,}|…)[.…]*\s*$")  # dots, or the ellipses a word processor made of them


def chapter_words() -> str:
    """The words that open a chapter heading (data/reference/odas-recueil.yaml), as a regex group."""
    return _chapter_words()


@lru_cache(maxsize=1)
def _chapter_words() -> str:
    from ..reference import load_reference

    words = load_reference("odas-recueil")["chapter_words"]
    words = {*words, *(fold(w) for w in words)}  # ("THEMATIQUE 2", "Categorie 1": accents dropped)
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def local_body_words() -> str:
    """Folded first words of a local body's name ("ville", "metropole"), as a regex."""
    from ..reference import load_reference

    words = load_reference("odas-recueil")["local_body_words"]
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


class LazyPattern:
    """A regex built on first use from the family's data (chapter words), then kept."""

    def __init__(self, template: str) -> None:
        self.template = template
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            # chapter words in any case; the numbers' Roman letters in capitals only ("CHAPITRE IV")
            template = self.template.replace("CHAPTER", "(?i:" + chapter_words() + ")")
            self._compiled = re.compile(template.replace("LOCAL_BODY", local_body_words()))
        # ("CHAPITRE Ill": a scan's OCR read the Roman figures' I as l)
        text = re.sub(r"^(\W*[^\W\d]+\s+)([IVX][IVXl]{1,4})\b", lambda m: m[1] + m[2].replace("l", "I"), text)
        return self._compiled.match(ordinal_first(text))


_ORDINAL_FIRST = re.compile(
    r"^(?P<lead>[#*\s]*)(?P<ordinal>\d{1,2}[^\W\d_]+|[^\W\d_]+)\s+(?P<word>[^\W\d_]+)\b"
)
# "1re", "2e", "3ème", "IIe": an ordinal in figures, as French abbreviates it
_ORDINAL_FIGURES = re.compile(r"(?i)(?P<figure>\d{1,2}|[IVX]{1,5})(?:er|re|ère|e|ème|eme|è|de?|nde?)")


def ordinal_first(text: str) -> str:
    """ "PREMIÈRE PARTIE — Title", "1re partie – Title" → "PARTIE 1 — Title": a chapter numbered
    by an ordinal before the chapter word, written the way the chapter patterns read."""
    match = _ORDINAL_FIRST.match(text)
    if match is None or not re.fullmatch(f"(?i:{chapter_words()})", match["word"]):
        return text
    figures = _ORDINAL_FIGURES.fullmatch(match["ordinal"])
    if figures and (figures["figure"].isdigit() or figures["figure"].isupper()):
        number: int | None = chapter_number(figures["figure"])
    else:
        number = ordinals().get(fold(match["ordinal"]))
    return f"{match['lead']}{match['word']} {number}{text[match.end() :]}" if number else text


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    """Ordinal words and their numbers (data/reference/document.yaml)."""
    from ..reference import load_reference

    return {fold(k): int(v) for k, v in load_reference("document")["ordinals"].items()}


_CHAPTER = LazyPattern(r"^CHAPTER\s+(\d+(?!\d|[.,]\d)|[IVX]{1,5}\b)\s*[:–—.-]?\s+(.+)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def chapter_number(text: str) -> int:
    """ "4", "IV" or "B" (letters A–H, Roman letters aside): a chapter's number."""
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"2[AB]", text.upper()):
        return 20  # "2A – Corse-du-Sud": a département's code as the number
    if len(text) == 1 and text.upper() in "ABCDEFGH":
        return ord(text.upper()) - ord("A") + 1
    values = [_ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# "Title ........ 12", "Title …… 12", "Title    12" (a gap of spaces), "Title — p. 12"
_LINE_ENTRY = re.compile(
    r"^(?P<text>\S.*?)(?:\s*[.…]*(?:\.{3,}|…)[.…]*\s*|\s{3,}|\t+|\s+[—–-]\s*p\.\s*)(?P<pages>\d{1,4})\s*$"
)
# "1.1 Lever les freins à la mobilité": a sub-theme numbered in its chapter, no page
_NUMBERED_THEME = re.compile(
    r"^(?:\d{1,2}|[IVX]{1,5})\.\d{1,2}\.?\s+(?:[—–-]\s+)?(?P<text>[A-ZÀ-Ý«].{2,118})$"
)
# "8 Des familles-relais pour les fratries": the page number first
_PAGE_FIRST = re.compile(r"^(?P<pages>\d{1,4})\s+(?P<text>[A-ZÀ-Ý«»].*)$")
# "*Accueil et placement*": a sub-theme of the Sommaire, in italics, without a page
_ITALIC_THEME = re.compile(r"^[*_](?P<text>[^*_]{3,100})[*_]$")

MATCH_THRESHOLD = 90


@dataclass
class TocEntry:
    line: int
    kind: str  # chapter | theme | title | other
    text: str
    page: int | None
    chapter: int | None = None
    theme: str | None = None


@dataclass
class Toc:
    entries: list[TocEntry] = field(default_factory=list)
    lines: tuple[int, int] | None = None

    @property
    def titles(self) -> list[TocEntry]:
        return [e for e in self.entries if e.kind == "title"]


@dataclass
class IndexEntry:
    line: int
    name: str
    pages: list[int]


def _table_rows(source: Source, start: int) -> tuple[list[tuple[int, str, str]], int]:
    """Rows of consecutive tables from `start` (blank lines between tables allowed)."""
    rows: list[tuple[int, str, str]] = []
    number = start
    last = start
    pending: tuple[int, str] | None = None  # a title wrapped over two lines, its page on the second
    while number <= len(source):
        line = source.line(number)
        if not line.strip():
            number += 1
            continue
        stripped = line.strip().lstrip("-•* ").strip()
        if line.lstrip().startswith("|"):
            match = _ROW.match(line)
            if match and not _SEPARATOR.match(line):
                rows.append((number, match["text"].strip(), match["pages"].strip()))
        elif rows and (theme := _ITALIC_THEME.match(line.strip())):
            rows.append((number, f"» {theme['text'].strip()}", ""))
        elif (entry := _LINE_ENTRY.match(stripped)) or (entry := _PAGE_FIRST.match(stripped)):
            text = entry["text"]
            first = number
            if pending is not None:
                first, text = pending[0], _rejoined(pending[1], text)
                pending = None
            rows.append((first, text.strip(), entry["pages"]))
        elif pending is not None and len(pending[1]) < 150 and _LINE_ENTRY.match(_next_text(source, number)):
            pending = (pending[0], _rejoined(pending[1], stripped))  # a title wrapped over three lines
        elif (
            pending is None
            and rows
            and (numbered := _NUMBERED_THEME.match(stripped)) is not None
            and _entry_ahead(source, number)
            and _next_text(source, number)[:1].isupper()
        ):
            # "1.1 Lever les freins à la mobilité" (no page) over its titles: a sub-theme
            rows.append((number, f"» {numbered['text']}", ""))
        elif pending is None and len(stripped) < 150 and _entry_ahead(source, number):
            following = next(
                (source.line(n) for n in range(number + 1, len(source) + 1) if source.line(n).strip()), ""
            )
            indent = len(line) - len(line.lstrip())
            marked = not (line.strip()[:1].isalnum() or line.strip()[:1] in '«"“*_|')
            if rows and (marked or indent < len(following) - len(following.lstrip())):
                # "   ◆ Soutenir les parents" over titles indented under it: a sub-theme, not
                # the first half of a wrapped title
                rows.append((number, "» " + line.strip().lstrip("»◆▸►■➤◇•-– ").strip(), ""))
            else:
                pending = (number, stripped)  # the first half of a wrapped title
        else:
            break
        last = number
        number += 1
    return rows, last


def _rejoined(head: str, tail: str) -> str:
    """A Sommaire entry wrapped by a narrow column, mended where its word was hyphenated
    ("Avertisse-" over "ment …… 4")."""
    if head.endswith("-") and tail[:1].islower() and head[-2:-1].isalpha():
        return head[:-1] + tail
    return f"{head} {tail}"


def _entry_ahead(source: Source, number: int) -> bool:
    """The next line ends an entry with its page, or the one after it does, the line between
    short: an entry wrapped over two or three lines by a narrow column."""
    following = _next_text(source, number)
    if _LINE_ENTRY.match(following):
        return True
    if not following or len(following) > 60:
        return False
    at = next(n for n in range(number + 1, len(source) + 1) if source.line(n).strip())
    return bool(_LINE_ENTRY.match(_next_text(source, at)))


def _next_text(source: Source, number: int) -> str:
    following = number + 1
    while following <= len(source) and not source.line(following).strip():
        following += 1
    return source.line(following).strip() if following <= len(source) else ""


def _clean(text: str) -> str:
    return _LEADER.sub("", clean_inline(text)).strip()


def find_heading(source: Source, predicate, start: int = 1, stop: int | None = None) -> int | None:
    for number in range(start, (stop or len(source)) + 1):
        if predicate(source.line(number).strip()):
            return number
    return None


# "N° 3   Une aide préventive …", "Fiche 6 – Title": a sheet's number before its title
_SHEET_NUMBER = re.compile(r"^(?:N\s*°|Nº|No\.)\s*\d{1,3}(?:\.\d{1,2})?\s+(?:[—–-]\s+)?(?=\S)", re.IGNORECASE)


def without_sheet_number(text: str) -> str:
    """A Sommaire's title without the number its sheet is printed under."""
    return _SHEET_NUMBER.sub("", text)


def parse_toc(source: Source, start: int) -> Toc:
    rows, last = _table_rows(source, start)
    toc = Toc(lines=(start, last) if rows else None)
    chapter: int | None = None
    theme: str | None = None
    indents = [len(source.line(n)) - len(source.line(n).lstrip()) for n, _, _ in rows]
    for k, (number, text, pages) in enumerate(rows):
        text = _clean(text)
        page = int(pages) if pages.isdigit() else None
        parent = (
            chapter is not None
            and k + 1 < len(rows)
            and indents[k + 1] > indents[k]
            and not _CHAPTER.match(_clean(rows[k + 1][1]))
            and not _CHAPTER.match(text)
            # a marked line below ("◆ Soutenir les parents") is the sub-theme, this the chapter's title
            and (_clean(rows[k + 1][1])[:1].isalnum() or _clean(rows[k + 1][1])[:1] in '«"“')
        )
        if parent and not text.startswith("»"):
            # "  I.2 – Modes d'accueil ..... 10" over titles indented under it: a sub-theme
            text = "» " + re.sub(r"^(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2})+\s*[.)]?\s*(?:[—–-]\s+)?", "", text)
        if text.startswith("»"):
            theme = text.lstrip("» ").strip()
            toc.entries.append(TocEntry(number, "theme", theme, page, chapter, theme))
            continue
        match = _CHAPTER.match(text)
        if match:
            chapter, theme = chapter_number(match[1]), None
            toc.entries.append(TocEntry(number, "chapter", match[2].strip(), page, chapter))
        elif chapter is None:
            toc.entries.append(TocEntry(number, "other", text, page))
        else:
            text = without_sheet_number(text)
            toc.entries.append(TocEntry(number, "title", text, page, chapter, theme))
    return toc


def parse_index(source: Source, start: int) -> tuple[list[IndexEntry], tuple[int, int] | None]:
    rows, last = _table_rows(source, start)
    entries = []
    for number, text, pages in rows:
        name = _clean(text)
        if not name:
            continue
        numbers = [int(p) for p in re.findall(r"\d+", pages)]
        entries.append(IndexEntry(number, name, numbers))
    return entries, ((start, last) if rows else None)


def title_similarity(a: str, b: str) -> float:
    return fuzz.ratio(fold(a), fold(b))


def match_titles(toc_titles: list[TocEntry], body_titles: list[str]) -> dict[int, int]:
    """Map each Sommaire title to a body fiche (indices), one to one, in reading order.

    Greedy on similarity, ties broken by order, so two identical Sommaire titles (the same
    title used by two départements) go to the two fiches in the order they appear.
    """
    from rapidfuzz import process

    toc_keys = [fold(e.text) for e in toc_titles]
    body_keys = [fold(t) for t in body_titles]
    pairs: list[tuple[float, int, int]] = []
    for t, key in enumerate(toc_keys):
        for _, score, b in process.extract(
            key, body_keys, scorer=fuzz.ratio, score_cutoff=MATCH_THRESHOLD, limit=None
        ):
            pairs.append((float(score), t, b))
    pairs.sort(key=lambda p: (-p[0], abs(p[1] - p[2]), p[1]))
    mapping: dict[int, int] = {}
    used: set[int] = set()
    for _, t, b in pairs:
        if t in mapping or b in used:
            continue
        mapping[t] = b
        used.add(b)
    return mapping
