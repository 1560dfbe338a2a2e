"""A news web page of a CAF (category headings over undated items): one News record per news item.

Layout this parser relies on (never a title or a line number):
- the first line is the page title; a reader's notice ("Cliquez sur les images …") and
  navigation tiles (short lines) come before the first item: document sections;
- a news item is a short title line (no final punctuation) followed by prose paragraphs, up to
  the next title, category or media block; a short line right after a paragraph ending with
  ":" (a URL, a name) belongs to the text, not a new title;
- a category heading is a short line directly followed by an item title; the items below it
  take it as their category until the next category heading;
- a media block is a short title followed only by bullets ("• Interview de …"): embedded
  videos, kept as document sections under their title, not news.
"""

from __future__ import annotations

import re

from ..extract.source import Source
from ..models import News
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Paragraph, Warnings, build_document, paragraphs, source_ref
from .mentions import MoneyWords, assign_ids, euro_budget_lines
from .registry import ParseResult, register

NAME = "web-page"
VERSION = "1.0"

_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_TITLE_MAX = 120
_PROSE_MIN = 60  # the first paragraph of an item is a sentence, not a link or a caption
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w,.])(?P<value>(?:{_NUMBER})(?:\s*(?:à|et|-|–)\s*(?:{_NUMBER}))?)"
    rf"(?:\s*%|\s+(?P<unit>[^\W\d_][\w’'-]*))"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_QUOTES = ' "«»“”'


def _starts(text: str, prefixes: list[str]) -> bool:
    key = fold(text)
    return any(key == p or key.startswith(p + " ") for p in prefixes)


class WebPageParser:
    def __init__(self, source: Source, info: DocumentInfo):
        self.source = source
        self.info = info
        vocab = load_reference(NAME)
        self.bullets = tuple(vocab["media_bullets"])
        self.navigation = [fold(p) for p in vocab["navigation_prefixes"]]
        self.date_words = {fold(w) for w in vocab["date_words"]}
        self.not_units = {fold(w) for w in vocab["not_units"]}
        self.money = MoneyWords.load(NAME)
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    # -- paragraph kinds -------------------------------------------------------------------

    def _bullet(self, para: Paragraph) -> bool:
        return para.text.startswith(self.bullets)

    def _short(self, paras: list[Paragraph], k: int) -> bool:
        """A title-like line: one short line, no final punctuation, not a URL or a bullet."""
        para = paras[k]
        text = para.text
        return (
            len(para.lines) == 1
            and len(text) <= _TITLE_MAX
            and bool(text)
            and text[-1] not in ".:;,!?…"
            and not _URL.match(text)
            and not self._bullet(para)
            and not (k > 0 and paras[k - 1].text.endswith(":") and not self._bullet(paras[k - 1]))
        )

    def _prose(self, paras: list[Paragraph], k: int) -> bool:
        text = paras[k].text
        return (
            not self._short(paras, k)
            and not self._bullet(paras[k])
            and not _starts(text, self.navigation)
            and len(text) >= _PROSE_MIN
        )

    def kinds(self, paras: list[Paragraph]) -> list[str]:
        """title | category | media | text for each paragraph, from it and the one after it
        (read backwards: a category is known by the kind of the paragraph below)."""
        kinds = ["text"] * len(paras)
        for k in range(len(paras) - 2, -1, -1):
            if _starts(paras[k].text, self.navigation) or not self._short(paras, k):
                continue
            if self._bullet(paras[k + 1]):
                kinds[k] = "media"
            elif self._prose(paras, k + 1):
                kinds[k] = "title"
            elif self._short(paras, k + 1) and kinds[k + 1] in ("title", "media"):
                kinds[k] = "category"
        return kinds

    # -- parsing -----------------------------------------------------------------------------

    def parse(self) -> ParseResult:
        paras = paragraphs(self.source, explode_glued=False)
        items: list[tuple[Paragraph, str | None, list[Paragraph]]] = []
        media: str | None = None  # the title of the media block being read
        category: str | None = None
        for k, (para, kind) in enumerate(zip(paras, self.kinds(paras), strict=True)):
            self.ledger.take_paragraph(para)
            if kind == "category":
                category, media = para.text, None
            elif kind == "title":
                items.append((para, category, []))
                media = None
            elif kind == "media":
                media = para.text
                self._section(media, "")
            elif media is not None:
                self._section(media, para.raw.strip())
            elif items:
                items[-1][2].append(para)
            elif k == 0:
                self._section("Titre", para.text)
            else:
                self._section("Navigation", para.raw.strip())
        records = [self._record(title, category, body) for title, category, body in items]
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, NAME, VERSION, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    def _section(self, label: str, text: str) -> None:
        previous = self.doc_sections.get(label, "")
        self.doc_sections[label] = (previous + "\n" + text).strip()

    def _record(self, title: Paragraph, category: str | None, body: list[Paragraph]) -> News:
        if not body:
            self.warnings.add("news-without-text", f"'{title.text}': a title without text", title.first)
        last = body[-1].last if body else title.last
        text = " ".join([title.text, *(p.text for p in body)])
        return News(
            id="",
            document=self.info.id,
            title=clean_inline(title.text.strip(_QUOTES)),
            category=category,
            figures=self.figures(text),
            budget_lines=euro_budget_lines(self.source, self.info.file, title.first, last, self.money),
            sections={"Texte": "\n\n".join(p.raw.strip() for p in body)} if body else {},
            source=source_ref(self.source, self.info.file, title.first, last),
        )

    def figures(self, text: str) -> list[str]:
        """Every number with its unit or noun as stated ("174 projets", "32 à 89 %"); dates,
        years, ordinals ("1ère") and euro amounts (budget lines) are not figures."""
        found: list[str] = []
        for match in _FIGURE.finditer(text):
            unit = match["unit"]
            numbers = re.findall(_NUMBER, match["value"])
            if any(_YEAR.match(n) for n in numbers):
                continue
            if unit is not None and (fold(unit) in self.date_words or fold(unit) in self.not_units):
                continue
            figure = " ".join(match.group(0).split())
            if figure not in found:
                found.append(figure)
        return found


def detect(source: Source) -> float:
    """A news page: spacer lines of a web export, navigation tiles, titles over prose, bullets."""
    vocab = load_reference(NAME)
    spacers = sum(1 for line in source.lines if not line.strip() and line.strip(" \t"))  # no-break spaces
    paras = paragraphs(source, explode_glued=False)
    if not paras:
        return 0.0
    parser = WebPageParser(source, DocumentInfo("", "", NAME))
    kinds = parser.kinds(paras)
    # Labelled fields ("Responsable : …", "- Budget : …") make a sheet or a plan, not a page.
    fields = sum(1 for line in source.lines if re.match(r"^[\s*•-]*[^:]{2,40}\s:\s\S", line))
    bullets = sum(1 for p in paras if p.text.startswith(tuple(vocab["media_bullets"])))
    score = (
        0.2 * (spacers >= 10)
        + 0.3 * (min(kinds.count("title"), 4) / 4)
        + 0.3 * ("category" in kinds)
        + 0.2 * (bullets >= 1)
    )
    if spacers < 10:
        # Without the export's spacer lines, short titled paragraphs under short headings and
        # "•" bullets are any report's or PDF sheet's layout: not enough to call it a page.
        score = min(score, 0.5)
    return score * (0.5 if fields >= 4 else 1.0)


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    """Pages whose items carry a date or a category field are read from their blocks
    (news_blocks.py); a page of category headings and undated items by WebPageParser."""
    from .news_blocks import NewsBlocksReader

    result = NewsBlocksReader(source, info, NAME, VERSION).parse()
    return result if result is not None else WebPageParser(source, info).parse()


register(NAME, detect, parse, "Web page of news items (category headings, titles, key figures)")
