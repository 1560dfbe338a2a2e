"""A recueil whose fiche headers are labelled fields, read from its blocks.

Chapters open on "Chapitre N" / "Partie N" headings in any case, with their title on the same
line; sub-themes are the other headings (or "»" lines) above the fiches; a fiche is a heading
(numbered "1.1 –" or not) followed by its collectivity field ("Département : Gers",
"**Collectivité :** Métropole de Lyon"), then its other header fields (porteur, year, status,
contact) in any order and form — one per line or glued on one line —, then its sections under
short headings. A part headed "Autres démarches" holds short entries, each a list item or a
paragraph opening on a bold title, grouped under collectivity lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ..document.blocks import (
    Block,
    build_blocks,
    field_block,
    hanging,
    heading_rank,
    is_capitals,
    numbered_heading,
    running_key,
    strip_numbering,
    text_size,
)
from ..extract.source import Source
from ..models import Initiative
from ..normalize.text import clean_inline, fold
from ..reference import departements, load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .contacts import EMAIL, PHONE, parse_contacts
from .odas_entries import prose_porteur, short_title
from .odas_sommaire import LazyPattern, chapter_number, local_body_words, without_sheet_number
from .registry import ParseResult

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
HEADER_KEYS = ("collectivity", "porteur", "year", "status", "contact", "theme")
_CHAPTER = LazyPattern(r"^CHAPTER\s+(\d+(?!\d|[.,]\d)|[IVX]{1,5}\b|[A-H]\b)\s*[:–—.·|-]?\s*(?P<title>.*)$")
# "Gironde — Title", "Pyrénées-Atlantiques (64) – Title", "Title (Gers)": a fiche's title naming
# its collectivity
# "CCAS d'Aix-les-Bains – 2020", "Communauté de communes Cœur de Savoie": a porteur and its year
_CARRIER_LINE = re.compile(
    r"^(?P<porteur>[A-ZÀ-Ý][^–—·]{2,90}?)(?:\s*(?:[–—,]|\s·)\s*(?P<year>(?:19|20)\d\d))?\.?$"
)
# "CCAS de Bayeux — depuis 2022", "Communauté d'agglomération … — 2021": a porteur and its year
_CARRIED_SINCE = re.compile(
    r"^(?P<porteur>[A-ZÀ-Ý][^–—·]{2,100}?)\s+[–—·]\s+(?:depuis\s+|en\s+)?(?P<year>(?:19|20)\d\d)\.?$"
)
# "CCAS de Saint-Malo (35)": a département's number in brackets closing a line
_DEP_NUMBER = re.compile(r"\s*\(\d{2,3}[AB]?\)\s*$")
_LEADING_NAME = re.compile(r"^(?P<name>[^—–:]{3,70}?)\s+[—–-]\s+(?P<title>\S.*)$")
_LOCAL_BODY = LazyPattern(r"^(?:LOCAL_BODY)")  # "Ville de Lorient (Morbihan)": words in the family's data
_TRAILING_NAME = re.compile(r"^(?P<title>\S.*?)\s*\((?P<name>[^()]{3,50})\)$")
_NUMBERED_THEME = re.compile(
    r"^(?P<label>[^\W\d][\w-]{2,20})(?:\s+\d{1,2}(?:\.\d{1,2})*)?\s*[–—:.-]\s*(?P<title>\S.{1,120})$"
)
_BOLD_START = re.compile(r"^\*\*(?P<title>[^*]{3,200})\*\*\s*[:–—-]?\s*(?P<rest>.*)$")
# "*Un guide des loisirs* : recensement …": a title set in italics, then its separator
_ITALIC_START = re.compile(r"^[*_](?P<title>[^*_]{3,200})[*_]\s*[:–—-]\s*(?P<rest>\S.*)$")
# a top-level markdown heading numbered as a chapter ("# 2. Title", "# II – Title")
_NUMBERED_PART = re.compile(r"^(\d{1,2}|97\d|2[AB]|[IVX]{1,5})\s*[.)–—·-]\s+(?P<title>\S.*)$")
# "1 |  Aller à ses rendez-vous": a chapter's number set in a box beside its title, a bar between
_BARRED_PART = re.compile(r"^(\d{1,2})\s*\|\s+(?P<title>[A-ZÀ-Ý«][^|]{3,140})$")
# "……… 12", "— p. 12", "   12" ending a Sommaire entry
# (a leader cut to one dot by the typesetter: "… tout-petits . 16")
# "#Aveyron #CCAS_de_Millau #depuis2021 #EnCours": a line of hashtags carrying a fiche's facts
_HASHTAG_LINE = re.compile(r"(?:#[^\s#]{2,60}\s*){3,}")
# "FELLETIN (Creuse) –": a newspaper's dateline, the town in capitals, its département in brackets
_DATELINE = re.compile(r"^(?P<town>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,40})\s+\((?P<place>[^()]{3,40})\)\s*[–—-]\s")
# "Gers ......... fiches 1, 6, 11": an index by département naming fiches by their numbers
_INDEX_BY_NUMBER = re.compile(
    # (the place ends on a letter and one separator follows it: spaces around leaders, or a run
    # of spaces, never both, so a long gap is not tried every way — a cubic backtrack)
    r"^(?P<place>[A-ZÀ-Ý][\w'’ -]{1,39}?[\w'’-])(?:\s*(?:\.{2,}|…+)\s*|\s{2,})(?:fiches?|n°s?)\s+"
    r"(?P<numbers>\d{1,3}(?:\s*(?:,|et|&)\s*\d{1,3})*)\s*$",
    re.IGNORECASE,
)
# ("Title ........ p. 14", "Title p. 14": the page after leaders or its "p.")
_PAGE_REF = re.compile(
    # (". . . . 11": a typesetter's leader of spaced dots)
    r"(?:(?:\s*\.){3,}|\s*[.…]*(?:\.{2,}|…)[.…]*(?:\s*p\.)?|\s+[—–·-]\s*p\.?|\s+\.|\s{2,}|\t|\s+p\.)\s*\d{1,4}\s*$"
)
# "1.1  Mobilité", "I.2 — Aller vers les personnes isolées"
_FRAMED_ENTRY = re.compile(
    r"^\s*(?:[-*•+]\s+)?\*\*(?P<title>[^*]{3,160})\*\*\s*[—–-]\s*\*(?P<facts>[^*]{3,200})\*\s*(?:[—–-]\s*(?P<text>.*))?$"
)
_CODED_LINE = re.compile(
    r"^(?P<code>(?:\d{1,2}|[IVX]{1,5})\.\d{1,2})\.?\s+(?:[—–-]\s+)?(?P<title>[^\W\d].{3,115})$"
)
_NUMBER_PREFIX = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s*[.)–—·:-]?\s+")  # "1.1 — ", "2.3. "
_SHEET_PAGE = re.compile(r"(?<=\S)\s(?P<page>\d{1,3})\s*$")
_TOC_LINE = re.compile(r"(?:[.…]*(?:\.{3,}|…)[.…]*|\s{3,}|\t)\s*\d{1,4}\s*$")
# "Enfance et familles › Soutien à la parentalité": a fiche's running header naming its sub-theme
_BREADCRUMB = re.compile(r"^(?P<chapter>[^›>»]{3,120}?)\s*[›>»]\s*(?P<theme>[^›>»]{3,120})$")
_BOLD_PAIR = re.compile(
    r"^\*\*(?P<a>[^*]{2,80})\*\*\s*[–—-]\s*\*{1,2}(?P<b>[^*]{3,200})\*{1,2}\s*[:–—-]?\s*(?P<rest>.*)$"
)
_ENTRY_SEPARATOR = re.compile(
    r"^(?P<title>.{3,160}?)\s+(?:[–—-]|:)\s+(?P<rest>[A-ZÀ-Ý«].*)$"
    # (a longer title before its colon has no comma: a sentence's clause would)
    r"|^(?P<short>[^:]{3,60}?|[^:,]{3,100}?|[^:]{3,160}?\(\s*(?:19|20)\d\d\s*\))\s*:\s+(?P<after>\S.*)$"
    # "Des éducateurs dans les internats – deux éducateurs assurent …": a dash, the text in lower case
    r"|^(?P<dashed>[^:–—.;]{3,100}?)\s+[–—]\s+(?P<dash_rest>[a-zà-ÿ].*)$"
)
_NAME_AND_CARRIER = re.compile(r"^(?P<name>[^()]{3,60}?)\s*(?:\((?P<carrier>[^()]{3,120})\))?$")
# "Outiller les pratiques des travailleurs sociaux ........ 9, 11": a theme and its fiches' pages
_INDEX_ENTRY = re.compile(
    r"^(?P<theme>[^\W\d].{2,120}?)\s*(?:\.{3,}|…+|\s{3,})\s*(?P<pages>\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)$"
)
_FOOT_NUMBER = re.compile(r"^\s{20,}\d{1,3}\s*$")  # a page's number alone at its foot, set far right
# "Title (2021)", "Title (depuis 2022)", "Title (créé en 2019)"
_TITLE_YEAR = re.compile(
    r"\s*\(\s*(?:(?:depuis|dès|en|créée?s?\s+en|lancée?s?\s+en)\s+)?((?:19|20)\d\d)\s*\)\s*$", re.IGNORECASE
)
# "Title (Conseil départemental, 2018)", "Title (Département de l'Orne)": its porteur in brackets
_TRAILING_CARRIER = re.compile(
    r"\s*\((?P<porteur>[A-ZÀ-Ý][^()]{2,100}?)(?:,\s*(?:depuis\s+|dès\s+|en\s+)?(?P<year>(?:19|20)\d\d))?\)"
    r"\s*\.?\s*$"
)
# "(2,4 Mo)", "(PDF, 540 Ko)": the size of a file a link downloads
_FILE_SIZE = re.compile(r"\((?:[^()]{0,12}[,–-]\s*)?\d+(?:[,.]\d+)?\s*(?:[kKMG]o|[kKMG]B)\)")
# "Une émission de radio … (CCAS de Castres, depuis 2021) : une heure de …": the title, who runs
# it (and since when) in brackets, then its text
_CARRIER_THEN_TEXT = re.compile(
    r"^(?P<title>[^():]{5,200}?)\s*\((?P<porteur>[A-ZÀ-Ý][^()]{2,100}?)"
    r"(?:,\s*(?:depuis\s+|dès\s+|en\s+)?(?P<year>(?:19|20)\d\d))?\)\s*[:—–]\s*(?P<text>\S.*)$"
)


def _bare_number(block: Block) -> bool:
    """ "FICHE 3" over its title (a sheet's numbering, not a chapter's)."""
    return block.number_only and heading_rank(block.marker) == 2


def _whole_collectivity(lead: re.Match[str]) -> bool:
    """ "Ariège (Service insertion)", "Département du Lot": a collectivity leading an entry;
    "Lot'Sup covoiturage" only starts with a département's name, it is a title."""
    name = _DEP_NUMBER.sub("", lead["name"]).strip(" *")
    return (
        bool(lead["carrier"]) or departements().is_name(name) or _COLLECTIVITY_WORDS.match(name) is not None
    )


_COLLECTIVITY_WORDS = re.compile(r"(?i)(?:d[ée]partement|conseil d[ée]partemental|collectivit[ée])\b")


def _whole_italic(block: Block) -> bool:
    """A paragraph set in italics whole ("*ODAS — Observatoire …*"), where an entry sets only
    its title so ("*Title* — what it does")."""
    raw = " ".join(line.strip() for line in block.lines)
    inner = raw[1:-1]
    return len(raw) > 2 and raw[0] == raw[-1] and raw[0] in "*_" and "*" not in inner and "_" not in inner


def _after_rule(blocks: list[Block], k: int) -> bool:
    """Whether the block follows a rule drawn across the page ("---", "***", "———")."""
    previous = blocks[k - 1] if k > 0 else None
    rule = previous.text.strip() if previous is not None and previous.kind == "furniture" else ""
    return len(rule) >= 3 and set(rule) <= set("-*_—–=─━═~ ")


def _collectivity_lead(text: str) -> bool:
    """An entry that opens on a place and a dash ("Ariège – Des navettes …"): a fiche's entry,
    its wrapped half on the next line."""
    return re.match(r"^[^–—]{3,40}\s[–—-]\s\S", text) is not None


def _field_like(text: str) -> bool:
    return re.match(r"^[^:]{1,40}\s:\s*\S", text) is not None


_LEADER_ENTRY = re.compile(r"^(?P<dep>[^.…]{3,60}?)\s*(?:\.{3,}|…{2,})\s*(?P<title>[^\d\s].*)$")
_ITEM_LINE = re.compile(r"^\s*(?:[-*•▪▸►◦]|\d{1,2}[.)])\s")


# "l998", "2OOO", "2OO2": a year a scan's OCR read with letters for its figures
_OCR_YEAR = re.compile(r"\b[1lI]9[0-9OolI]{2}\b|\b2[0Oo][0-9OolI]{2}\b")


def _ocr_digits(text: str) -> str:
    """The years of a scanned text with their letters read back as figures (l, I → 1; O, o → 0)."""
    return _OCR_YEAR.sub(lambda m: m[0].translate(str.maketrans("lIOo", "1100")), text)


def _opening_year(text: str) -> int | None:
    """The year an entry's first sentence starts from ("Depuis 2020, …", "Lancée en 2019, …")."""
    first = re.split(r"(?<=[a-zé])\.\s", text, maxsplit=1)[0]
    match = _YEAR.search(first[:160])
    return int(match[1]) if match else None


def _title_line(block: Block) -> bool:
    text = block.text
    return (
        block.kind == "paragraph"
        and len(block.lines) == 1
        and 3 < len(text) <= 110
        and text[-1:] not in ".;,:!?"
        # "02 96 62 48 17 – h.leguern@…": a contact's line, no title
        and not EMAIL.search(text)
        and not PHONE.search(text)
    )


def _starts_entry(block: Block, openers: list[str]) -> bool:
    """A paragraph that does not continue the entry above: capitalised, not opening on a word
    that refers back ("Ce dispositif …", continuation_openers in the family's data)."""
    key = fold(block.text)
    return (
        block.kind == "paragraph"
        and block.text[:1].isupper()
        and not any(key == o or key.startswith(o + " ") for o in openers)
    )


def _wrapped_fact(block: Block) -> bool:
    """A short fact wrapped in a narrow column: "Direction enfance famille," / "Département du
    Gard", "Service de l'aide sociale à" / "l'enfance, …" (its first line left hanging)."""
    first = block.lines[0].strip() if block.lines else ""
    return (
        len(block.lines) == 2
        and len(block.text) <= 90
        and ":" not in block.text
        and (first.endswith(",") or hanging(first) or block.lines[1].strip()[:1].islower())
    )


def _porteur_like(block: Block) -> bool:
    text = block.text
    return (
        block.kind == "paragraph"
        and (len(block.lines) == 1 or _wrapped_fact(block))
        and 3 < len(text) <= 120
        and not text.endswith(".")
    )


def _sites_joined(records: list[Initiative]) -> list[Initiative]:
    """One initiative printed again for each of its sites (a map's markers: the same title, the
    same département and porteur): one record, the first."""
    seen: set[tuple[str, str | None, str | None]] = set()
    kept = []
    for record in records:
        key = (fold(record.title), record.departement, fold(record.porteur or ""))
        if key in seen and record.kind == "fiche":
            continue
        seen.add(key)
        kept.append(record)
    return kept


@lru_cache(maxsize=1)
def _aside_words() -> frozenset[str]:
    """Words that open an aside's title ("Zoom : …", "Focus"), folded: no fiche."""
    return frozenset(fold(w) for w in load_reference("document")["section_words"] if " " not in w)


# "06 Des facteurs qui veillent sur les aînés isolés": a contents entry, its page first
_PAGE_FIRST_ENTRY = re.compile(r"^(?P<page>\d{1,3})\s+(?P<title>[A-ZÀ-Ý«][^.…]{6,160}?)\s*$")
_STARTED_AFTER = re.compile(
    # ("— depuis la rentrée 2021", "— expérimentation 2022-2024", the italics' closing "*" after it)
    # ("CCAS de Bressuire · 2022": the year alone after a middle dot)
    r"^(?P<porteur>\S.{2,120}?)\s+(?:[–—·-]\s+(?P<start>(?:depuis|lancée? en|dès|expérimentation)\s+(?:\w+\s+){0,2}"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)|·\s+(?P<bare>(?:19|20)\d\d))\.?[*_]*$",
    re.IGNORECASE,
)
_LINKED_ENTRY = re.compile(
    r"^\s*(?:[-*•]\s+)?\[(?P<title>[^\]]{8,200})\]\([^)\s]*\)\s*(?:[—–-]\s*(?P<place>[^()]{2,40}))?\s*$"
)


def _header_chapter(block: Block) -> re.Match[str] | None:
    """The chapter a running header names after the publication's name ("Recueil 2023 —
    Chapitre 2 : Logement")."""
    # (a running line, or a page's first line: a chapter of a page or two prints its header
    # too few times to be told a running line, and reads as a field for its colon)
    if len(block.lines) != 1 or not (block.kind == "furniture" or block.lines[0].startswith("\f")):
        return None
    headed = re.match(
        r"^.{3,80}?\s[—–|·]\s+(?P<tail>\S.{3,120})$", clean_inline(block.lines[0].strip("\f ")).strip("# ")
    )
    return _CHAPTER.match(headed["tail"]) if headed else None


def _markdown_level(block: Block) -> int:
    """The `#` level of a markdown heading; 0 for headings told by typography ("**Contexte**")."""
    if block.kind != "heading" or not block.lines:
        return 0
    marks = len(block.lines[0].lstrip()) - len(block.lines[0].lstrip().lstrip("#"))
    if 0 < marks <= 6:
        return marks
    underline = block.lines[-1].strip() if len(block.lines) == 2 else ""
    if len(underline) >= 3 and len(set(underline)) == 1 and underline[0] in "=-═─":
        return 1 if underline[0] in "=═" else 2  # a setext heading: "Title" over "-----"
    return 0


@dataclass
class _Fiche:
    heading: Block
    chapter: int | None
    chapter_title: str | None
    theme: str | None
    header: dict[str, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    unknown: list[Block] = field(default_factory=list)  # labelled header fields no vocabulary names
    guessed: set[str] = field(default_factory=set)  # header keys read from unlabelled lines
    place: str | None = None  # the collectivity heading the fiche is printed under


class LabelledRecueilReader:
    def __init__(self, source: Source, info: DocumentInfo, name: str, version: str):
        self.source, self.info, self.name, self.version = source, info, name, version
        data = load_reference(name)
        self.labels = {fold(label): key for key, labels in data["header_labels"].items() for label in labels}
        self.section_headings = frozenset(fold(w) for w in data["fiche_section_headings"])
        self.others = {fold(h) for h in data["other_entries_headings"]}
        self.matter_words = tuple(fold(w) for w in data["sommaire_matter_words"])
        nouns = "|".join(re.escape(fold(n)) for n in data["group_count_nouns"])
        # "Thématique : Logement (4 initiatives)": a group of the document naming how many it holds
        self.counted_group = re.compile(
            rf"^(?:[^\W\d][\w'’ -]{{2,30}}\s*:\s*)?(?P<title>.+?)\s*\(\s*\d{{1,3}}\s+(?:{nouns})\s*\)$",
            re.IGNORECASE,
        )
        self.sommaire_words = {fold(w) for w in data["sommaire_words"]}
        self.openers = [fold(w) for w in data["continuation_openers"]]
        self.entry_words = {fold(w) for w in data["entry_words"]}
        self.bylines = tuple(fold(w) + " " for w in data["byline_words"])
        self.entry_continued = {fold(w) for w in data["entry_continued"]}
        self.organisation_heads = sorted((fold(w) for w in data["organisation_heads"]), key=len, reverse=True)
        self.told_year_words = "|".join(re.escape(w) for w in data["told_year_words"])
        self._entries_numbered: int | None = None
        self.markers = "".join(data["subtheme_markers"])  # "» Insertion des jeunes", "◆ Prévenir …"
        self.status_words = [fold(s) for s in data["status_prefixes"]]
        self.territory_words = tuple(fold(w) for w in data["territory_words"])
        self.theme_labels = {fold(t) for t in data["subtheme_labels"]}
        self.chapter_words = {fold(w) for w in data["chapter_words"]} - self.theme_labels
        self.box_headings = {fold(h) for h in data["header_box_headings"]}
        self.porteur_labels = list(data["header_labels"]["porteur"])
        self.organisations = {fold(w) for w in data["organisation_words"]} - {"le", "la", "les"}
        self.index_words = tuple(fold(w) for w in data["index_words"])
        self.colophon = tuple(fold(w) for w in data["colophon_labels"])
        self.colophon_marks = tuple(w.lower() for w in data["colophon_marks"])
        # A line is an element here (headers are lines of their own, often without blank lines).
        self.blocks = build_blocks(source, frozenset(self.labels), line_paragraphs=True)
        self.body_size = text_size(source)
        self.toc_places: dict[str, str] = {}
        self.toc_themes: dict[str, str] = {}  # fiche title → the sub-theme its Sommaire files it under
        self.toc_parents: set[str] = set()  # Sommaire entries with entries indented under them
        self.toc_unpaged: set[str] = set()  # Sommaire lines without a page (sub-themes, mostly)
        self.toc_chapters: list[str] = []  # chapters the Sommaire numbers without their word, in order
        self.porteur_words = tuple(fold(w) for w in data["header_labels"]["porteur"])
        # an exported base's columns: its titles' and its thematics' (the chapters)
        self.title_heads = {fold(w) for w in data["export_columns"]["title"]}
        self.group_heads = {fold(w) for w in data["export_columns"]["group"]}
        self.subtheme_heads = {fold(w) for w in data["export_columns"]["subtheme"]}
        self.kind_heads = {fold(w) for w in data["export_columns"]["kind"]}
        self.other_kinds = {fold(w) for w in data["export_columns"]["other_kind_values"]}
        openings = "|".join(
            re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
            for w in sorted(data["told_identity_openings"], key=len, reverse=True)
        )
        carriers = "|".join(
            re.escape(w).replace(r"\ ", r"\s+")
            for w in sorted(data["told_identity_carriers"], key=len, reverse=True)
        )
        # "Une initiative du Département de la Marne, …": the collectivity it opens on
        self.told_opening = re.compile(
            rf"^(?:{openings})\s*(?P<who>[^,;.()]+?(?:\s*\([^()]{{2,40}}\))?)(?=[,;.]|\s+(?:{carriers})\b|$)",
            re.I,
        )
        # "portée (depuis 2021) par la direction …", "Lancée en 2019 par le CCAS de … (Ardennes)"
        self.told_carrier = re.compile(
            rf"\b(?:{carriers})\s+(?:(?:depuis|en|dès)\s+(?P<year>(?:19|20)\d\d)\s+)?par\s+"
            r"(?:(?:le|la|les)\s+|l['’])?(?P<who>[^.;]+)",
            re.I,
        )
        self._line_counts: Counter[str] | None = None
        self._carrying: bool | None = None
        self._theme_keys: set[str] | None = None
        self.body_themes: set[str] = set()
        self.toc_span = (0, 0)
        self.toc_lines: set[int] = set()  # the lines read as the Sommaire's entries
        self.toc_front: set[str] = set()  # entries listed before the Sommaire's first chapter
        self.toc_keys = self._toc_keys(data)
        if self.toc_lines:
            # (its last lines, "Autres démarches repérées" / "Remerciements", listed with no page
            # right under its last entry, are the Sommaire's too)
            end = last = max(self.toc_lines)
            while end < len(self.source) and self.source.line(end + 1).strip() and end - last < 6:
                end += 1
                self.toc_lines.add(end)
        # "La CRIP mobile : évaluer au plus près" listed in the Sommaire: a title with a colon
        self.blocks = [
            Block(
                "paragraph",
                b.first,
                b.last,
                clean_inline(" ".join(x.strip() for x in b.lines)),
                lines=b.lines,
            )
            if b.kind == "field"
            and len(b.lines) <= 3
            and fold(b.label or "") not in self.labels
            and fold(clean_inline(" ".join(line.strip() for line in b.lines))) in self.toc_keys
            else b
            for b in self.blocks
        ]
        self.blocks = self._listed_titles_joined(self.blocks)
        self.blocks = self._numbered_header_lines(self.blocks)
        self.blocks = _kicked_titles(self.blocks, data["header_labels"]["porteur"][0])
        self.blocks = self._dated_bullets(self.blocks, data)
        # "Décaler les horaires : une équipe …" right over "Département   Alpes-Maritimes" and the
        # header's other known fields: a title with a colon, not a field the header lacks
        self.blocks = [
            Block("paragraph", b.first, b.last, clean_inline(b.lines[0]), lines=b.lines)
            if b.kind == "field"
            and len(b.lines) == 1
            and fold(b.label or "") not in self.labels
            and fold(b.label or "") not in self.theme_labels  # ("Thématique : insertion" over the header)
            and (b.value or "")[:1].islower()
            and ":" in b.lines[0]  # (not "**Département du Finistère** – territoire de …")
            and len(self.blocks) > k + 2
            and all(
                n.kind == "field" and fold(n.label or "") in self.labels.keys() | self.theme_labels
                for n in self.blocks[k + 1 : k + 3]
            )
            else b
            for k, b in enumerate(self.blocks)
        ]
        self.blocks = self._transposed_boxes(self.blocks)
        self.blocks = _running_places(self.blocks)
        self.blocks = _bracketed_titles_joined(self.blocks)
        self.blocks = self._tagged_headers(self.blocks, data)
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    def _dated_bullets(self, blocks: list[Block], data: dict) -> list[Block]:
        """ "• Depuis 2021 (pérennisé)" right under a fiche's "Porteur : …": its start, in a
        bullet, with its state in brackets — the header's year and status fields."""
        year_label, status_label = (
            data["header_labels"]["year"],
            data["header_labels"].get("status", ["Statut"]),
        )
        starts = "|".join(re.escape(w) for w in sorted(year_label, key=len, reverse=True))
        dated = re.compile(
            rf"^(?P<label>{starts})\s+(?P<when>(?:[^\W\d]+\s+)?(?:19|20)\d\d\b[^()]*?)\s*(?:\((?P<state>[^()]{{3,40}})\))?\s*$",
            re.IGNORECASE,
        )
        out: list[Block] = []
        for block in blocks:
            above = out[-1] if out else None
            match = (
                dated.match(clean_inline(block.text))
                if block.kind == "item"
                and len(block.lines) == 1
                and above is not None
                and above.kind == "field"
                and self.labels.get(fold(above.label or "")) in ("porteur", "collectivity")
                else None
            )
            if match is None:
                out.append(block)
                continue
            out.append(
                field_block(block.first, block.last, match["label"], match["when"].strip(" ,"), block.lines)
            )
            if match["state"]:
                out.append(
                    field_block(block.first, block.last, status_label[0], match["state"].strip(), block.lines)
                )
        return out

    def _tagged_headers(self, blocks: list[Block], data: dict) -> list[Block]:
        """ "[Val-de-Marne (94)] CCAS de Vitry-sur-Seine — Title" over the lines of its text: a
        fiche's whole header on its first line, its collectivity tagged in brackets, its porteur
        and its title parted by a dash — read as the title over its collectivity and porteur
        fields (a list's items so tagged, one line each, stay short entries)."""
        place_label = data["header_labels"]["collectivity"][0]
        porteur_label = data["header_labels"]["porteur"][0]
        out: list[Block] = []
        for k, block in enumerate(blocks):
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            tagged = _BRACKETED_ENTRY.match(clean_inline(block.text)) if block.kind == "paragraph" else None
            parts = _LEADING_NAME.match(tagged["title"]) if tagged else None
            if (
                tagged is None
                or parts is None
                or following is None
                or following.kind != "paragraph"
                or following.first != block.last + 1  # its text right under it
                or not self._names_body(parts["name"])
                or self._collectivity(tagged["place"]) is None
            ):
                out.append(block)
                continue
            lines = block.lines
            out.append(Block("heading", block.first, block.last, parts["title"].strip(), lines=lines))
            out.append(field_block(block.first, block.last, place_label, tagged["place"].strip(), lines))
            out.append(field_block(block.first, block.last, porteur_label, parts["name"].strip(), lines))
        return out

    def _transposed_boxes(self, blocks: list[Block]) -> list[Block]:
        """A two-column header box flattened by text extraction, its labels first and then its
        values ("Collectivité" / "Porteur" / "Lancement" / "État" over four value lines): one
        field per label, paired in order."""
        out: list[Block] = []
        k = 0
        while k < len(blocks):
            run = k
            while (
                run < len(blocks)
                and blocks[run].kind == "field"
                and not (blocks[run].value or "").strip()
                and fold(blocks[run].label or "") in self.labels
            ):
                run += 1
            last = blocks[run] if run < len(blocks) else None
            labels = [b.label or "" for b in blocks[k : run + 1]]
            if (
                run > k
                and last is not None
                and last.kind == "field"
                and fold(last.label or "") in self.labels
                and len(last.lines) == len(labels) + 1
                and fold(last.lines[0].strip(" *:")) == fold(last.label or "")
            ):
                for n, (label, line) in enumerate(zip(labels, last.lines[1:], strict=True)):
                    value = line.strip()
                    number = last.first + 1 + n
                    out.append(
                        Block(
                            "field",
                            number,
                            number,
                            f"{label} : {value}",
                            label=label,
                            value=value,
                            lines=[line],
                        )
                    )
                k = run + 1
                continue
            out.append(blocks[k])
            k += 1
        return out

    def _header_key(self, block: Block, first: bool = False) -> str | None:
        """The header field a block is: a labelled field, or an unlabelled line — the
        collectivity (first in the header), a year or period, a status."""
        if block.kind == "field":
            key = self.labels.get(fold(block.label or ""))
            if (
                key is None
                and first
                and not re.search(r"\d", block.value or "")  # "Département de l'Aude : 120 000 €": a funder
                and self._collectivity(block.label or "") is not None
            ):
                return "collectivity"  # "**Département du Finistère** – territoire du Pays de Morlaix"
            value = block.value or ""
            if key == "collectivity" and re.search(r"\d", value) and self._collectivity(value) is None:
                return None  # "Département : 120 000 € par an": a funder's line, not a header
            return key
        # "> **Département de la Sarthe**": a bold line heading the header is its collectivity
        bold_collectivity = (
            first
            and block.kind == "heading"
            and _markdown_level(block) == 0
            # "**Département de la Sarthe**", "DÉPARTEMENT DE LA DRÔME": set apart by typography
            and (
                block.lines[0].lstrip("> ").startswith("**")
                or self._capitals_over_fields(block)
                or bool((style := self.source.style(block.first)) and style[1])  # bold in a PDF
            )
        )
        if (block.kind != "paragraph" and not bold_collectivity) or not (
            len(block.lines) == 1 or _wrapped_fact(block)
        ):
            return None
        if first and len(block.text) <= 200 and self._facts(block) is not None:
            return "collectivity"  # "*Finistère (29) — Conseil départemental — depuis 2021*"
        if len(block.text) > 90:
            return None
        text = clean_inline(block.text)
        if _TOC_LINE.search(text):
            return None  # "Aude ........ 15": an index or Sommaire line
        if first and self._facts(block) is not None:
            return "collectivity"  # "*Finistère (29) — Conseil départemental — depuis 2021*"
        carried = _TRAILING_NAME.match(text)
        if first and carried and self._carries(carried):
            return "collectivity"  # "Centre hospitalier de Dax (Département des Landes)"
        if first and "," not in text and self._collectivity(text) is not None:
            return "collectivity"
        if len(text) <= 30 and _YEAR.search(text) and not text.endswith("."):
            return "year"
        if any(fold(text) == w or fold(text).startswith(w + " ") for w in self.status_words):
            return "status"
        return None

    def _numbered_theme(self, block: Block) -> str | None:
        """ "Thème 1.1 – Mobilité", "#### Sous-thème : Logement", "Thème 3 : Lutte contre
        l'isolement" (read as a field "Thème 3"): a sub-theme named on its line."""
        if len(block.lines) != 1 or block.kind not in ("heading", "paragraph", "field"):
            return None
        match = _NUMBERED_THEME.match(clean_inline(block.text).strip("# *"))
        if match is None or fold(match["label"]) not in self.theme_labels:
            return None
        return match["title"].strip(" *")

    def _printed_elsewhere(self, block: Block) -> bool:
        """A line printed again elsewhere in the document, page numbers aside (a footer)."""
        if len(block.lines) != 1:
            return False
        key = running_key(block.lines[0])
        return sum(1 for line in self.source.lines if line.strip() and running_key(line) == key) >= 2

    def _in_outline(self, k: int) -> bool:
        """ "   Autres démarches" right under "   I.2 — Aller vers …" on a chapter's opening page:
        a line of the chapter's own outline, indented with its sub-themes, not the part itself."""
        block = self.blocks[k]
        before = self.blocks[k - 1] if k > 0 else None
        indented = block.lines[0][: len(block.lines[0]) - len(block.lines[0].lstrip())] if block.lines else ""
        return (
            before is not None
            and len(indented) >= 2
            and before.last == block.first - 1
            and bool(before.lines)
            and before.lines[-1].startswith(indented)
            and _CODED_LINE.match(clean_inline(before.lines[-1]).strip()) is not None
        )

    def _coded_theme(self, k: int, text: str) -> str | None:
        """ "1.1  Mobilité et levée des freins" on a plain line: a sub-theme numbered under its
        chapter, when the Sommaire lists it or a collectivity heading follows (not a fiche title)."""
        block = self.blocks[k]
        if block.kind != "paragraph" or len(block.lines) != 1 or text.endswith((".", ":")):
            return None
        match = _CODED_LINE.match(text)
        if match is None or _TOC_LINE.search(text):
            return None
        title = match["title"].strip(" *")
        after = self._next(k)
        # the Sommaire lists it as a title, or files titles under it
        listed = fold(title) in self.toc_keys or fold(title) in self._toc_theme_keys()
        above_collectivity = (
            after is not None
            and self.blocks[after].kind == "heading"
            and self._line_collectivity(self.blocks[after]) is not None
        )
        if fold(title) in self.toc_parents:
            return title  # the Sommaire lists fiche titles indented under it
        if not (listed or above_collectivity) or self.is_fiche(k):
            return None
        return title

    def _numbered_header_lines(self, blocks: list[Block]) -> list[Block]:
        """ "N° 1 — Title — Creuse (23) — Conseil départemental de la Creuse — 2021": a fiche's
        whole header on one line — its number and title, a heading, over its facts line (the
        collectivity, the porteur, the year), read as a header's facts are."""
        out: list[Block] = []
        for block in blocks:
            numbered = (
                re.fullmatch(r"N\s*[°º]\s*(?P<n>\d{1,3})\s+[—–-]\s+(?P<rest>\S.+)", clean_inline(block.text))
                if block.kind == "paragraph" and len(block.lines) == 1
                else None
            )
            segments = re.split(r"\s+[—–]\s+", numbered["rest"]) if numbered else []
            at = next(
                (n for n, seg in enumerate(segments) if n and self._collectivity(seg) is not None), None
            )
            if numbered is None or at is None or at + 1 >= len(segments):
                out.append(block)
                continue
            title = " — ".join(segments[:at])
            facts = " — ".join(segments[at:])
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.last,
                    title,
                    level=3,
                    lines=block.lines,
                    number=numbered["n"],
                )
            )
            out.append(Block("paragraph", block.first, block.last, facts, lines=[facts]))
        return out

    def _facts(self, block: Block) -> dict[str, str] | None:
        """A fiche's header facts on one line, between dashes or dots: "Finistère (29) —
        Conseil départemental, direction enfance-famille — depuis 2021". The collectivity
        leads; a year, a status word and the porteur (what is left) follow in any order."""
        text = clean_inline(block.text).strip(" *_")
        badges = (
            re.fullmatch(r"\s*(?:`[^`]{1,80}`\s*){2,}", block.lines[0]) if len(block.lines) == 1 else None
        )
        if badges is not None:
            # "`Cantal (15)` `CCAS d'Aurillac` `2023` `En cours`": a card's badges, each a fact
            text = " · ".join(clean_inline(b) for b in re.findall(r"`([^`]+)`", block.lines[0]))
        labelled = (
            block.kind == "field" and fold(clean_inline(block.label or "").strip(" *_:")) in self.box_headings
        )
        if labelled:
            text = clean_inline(block.value or "").strip(
                " *_"
            )  # "*Fiche technique :* Calvados / CCAS … / 2021"
        elif block.kind != "paragraph" and not (
            # ("NIÈVRE (58) · ASSOCIATION … · 2023": the header set in capitals, read as a heading)
            block.kind == "heading" and len(block.lines) == 1 and re.search(r"\s·\s", text)
        ):
            return None
        if len(block.lines) > (2 if labelled else 1):
            return None
        # ("Département du Lot - Conseil départemental du Lot - depuis 2021": a hyphen typed for
        # the dash, spaced, when the line has no dash of its own)
        parts = r"\s+[—–·•|/]\s+" if re.search(r"\s[—–·•|/]\s", text) else r"\s+[—–·•|/-]\s+"
        segments = [seg.strip(" *_") for seg in re.split(parts, text)]
        placed = self._collectivity(segments[0]) is not None or (
            self._collectivity(segments[0].rsplit(",", 1)[-1].strip()) is not None
        )
        if (
            len(segments) < 2
            or re.fullmatch(r"\d{2,3}|2[AB]", segments[0]) is not None  # "64 – Pyrénées-Atlantiques"
            or (not placed and not labelled)
            or any(len(seg) > 120 for seg in segments)
        ):
            return None
        facts = {"collectivity": segments[0]} if placed else {}
        if (
            placed and self._collectivity(segments[0]) is None
        ):  # "Quimper, Finistère": a commune, its département
            facts["collectivity"] = segments[0].rsplit(",", 1)[-1].strip()
        for segment in segments[1:] if placed else segments:
            key = fold(segment)
            if (len(segment) <= 30 or (labelled and len(segment) <= 60)) and _YEAR.search(segment):
                facts.setdefault("year", segment)
            elif any(key == w or key.startswith(w + " ") for w in self.status_words):
                facts.setdefault("status", segment)
            elif placed and key.startswith(self.territory_words) and not self._names_body(segment):
                facts.setdefault("territory", segment)  # "Morbihan (56) – Pays de Pontivy"
            else:
                facts.setdefault("porteur", segment)
        return facts

    def _themes_from_index(self, records: list[Initiative]) -> None:
        """A recueil whose fiches follow no chapters (by département, alphabetically), its themes
        given by a thematic index at the end ("Outiller les pratiques ........ 9, 11"): each fiche
        takes the theme listing the page it opens on (the page number printed at its foot), its
        chapter the theme's rank in the index."""
        lines = self.source.lines
        start = next(
            (
                n
                for n, line in enumerate(lines)
                if fold(line.strip()).startswith(self.index_words) and not _TOC_LINE.search(line)
            ),
            None,
        )
        if start is None:
            return
        themes: list[tuple[str, set[int]]] = []
        for line in lines[start + 1 :]:
            entry = _INDEX_ENTRY.match(line.strip())
            if entry:
                pages = {int(p) for p in re.findall(r"\d{1,3}", entry["pages"])}
                themes.append((entry["theme"].strip(), pages))
        if len(themes) < 2:
            return
        # the page each line is on: the number printed alone at the foot of its page
        numbers = [(n, int(line.strip())) for n, line in enumerate(lines, 1) if _FOOT_NUMBER.match(line)]
        for record in records:
            if getattr(record, "kind", None) != "fiche" or record.chapter is not None:
                continue
            first = record.source.lines[0]
            page = next((number for n, number in numbers if n >= first), None)
            rank = next((r for r, (_, pages) in enumerate(themes, 1) if page in pages), None)
            if rank is not None:
                record.chapter = rank
                record.theme_label = themes[rank - 1][0]

    def _labelled_facts(self, block: Block) -> dict[str, str] | None:
        """A fiche's header as one line of labelled pairs between dashes or dots: "**Où ?** Gers —
        **Qui ?** Conseil départemental — **Depuis ?** 2021 — **Où en est-on ?** en cours" (the
        labels the family knows, in bold or not, a colon or a question mark closing them)."""
        if len(block.lines) != 1:
            return None
        facts: dict[str, str] = {}
        # ("> **Département** : Gers · **Porteur** : …": the header set as a quotation)
        line = re.sub(r"^(?:>\s*)+", "", block.lines[0].strip())
        segments = re.split(r"\s+[—–·•|]\s+", line)
        if len(segments) == 1:
            # "Département : Gers (32) Porteur du projet : CCAS d'Auch Année : 2021": pairs with
            # no separator, each opening on a label the family knows
            segments = self._label_runs(line)
        for segment in segments:
            pair = re.match(
                r"^\*\*(?P<label>[^*]{2,40}?)\s*:?\s*\*\*\s*:?\s*(?P<value>\S.*)$", segment
            ) or re.match(r"^(?P<label>[^:?]{2,40}(?:\?|\s:))\s*(?P<value>\S.*)$", segment)
            key = self.labels.get(fold(pair["label"].strip(" :"))) if pair else None
            if pair is None or key is None:
                return None  # a segment no label opens: not a line of labelled pairs
            facts.setdefault(key, clean_inline(pair["value"]).strip(" *"))
        return facts if len(facts) >= 2 and "collectivity" in facts else None

    def _label_runs(self, line: str) -> list[str]:
        """The line cut before each known label followed by its colon (the longest label the
        words before the colon end on, up to six words): its pairs, or the line whole."""
        starts: list[int] = []
        for colon in re.finditer(r"\s:\s", line):
            words = list(re.finditer(r"\S+", line[: colon.start()]))
            found = next(
                (
                    words[-n].start()
                    for n in range(min(6, len(words)), 0, -1)
                    if fold(line[words[-n].start() : colon.start()]) in self.labels
                ),
                None,
            )
            if found is None:
                return [line]  # a colon no known label opens: not a run of pairs
            starts.append(found)
        if len(starts) < 2 or starts[0] != 0:
            return [line]
        return [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]

    def _theme_of(self, fiche: _Fiche) -> str | None:
        """The fiche's sub-theme; the Sommaire's when the body never prints that sub-theme (a
        sub-theme line missing above the fiche leaves it under the one before)."""
        listed = self.toc_themes.get(
            fold(re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", clean_inline(fiche.heading.title)))
        )
        if listed and fold(listed) not in self.body_themes and fold(listed) != fold(fiche.theme or ""):
            return listed
        return fiche.theme

    def _next(self, k: int) -> int | None:
        return next(
            (
                j
                for j in range(k + 1, len(self.blocks))
                if self.blocks[j].kind != "furniture"
                and not _bare_number(self.blocks[j])
                and not self._box_heading(self.blocks[j])
            ),
            None,
        )

    def _capitals_over_fields(self, block: Block) -> bool:
        """ "DÉPARTEMENT DE LA DRÔME" over "Porteur — …": a collectivity in capitals heading the
        header fields below it (not a line of a frame above the fiche's title)."""
        if not block.text.isupper():
            return False
        k = self.blocks.index(block)
        following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        return (
            following is not None and following.kind == "field" and fold(following.label or "") in self.labels
        )

    def _box_heading(self, block: Block) -> bool:
        """ "**Fiche d'identité**" over a fiche's header fields: the header's own heading."""
        return (
            block.kind in ("heading", "paragraph")
            and len(block.lines) == 1
            and fold(clean_inline(block.text).strip("# *:")) in self.box_headings
        )

    def _previous(self, k: int) -> int | None:
        return next((j for j in range(k - 1, -1, -1) if self.blocks[j].kind != "furniture"), None)

    def _printed_times(self, text: str) -> int:
        """How many lines of the document print this text (folded lines counted once, on first
        use: a per-block scan of the whole document would be quadratic on a long recueil)."""
        if self._line_counts is None:
            self._line_counts = Counter(fold(line) for line in self.source.lines)
        return self._line_counts[fold(clean_inline(text))]

    def _listed_in_toc(self, text: str) -> bool:
        """Whether the Sommaire prints this line, its page number aside ("LOGEMENT ⇥ 20")."""
        if not hasattr(self, "_toc_line_keys"):
            # (every line from the Sommaire's first to its last: a one-word sub-theme, "MOBILITÉ ⇥ 16",
            # is none of its titles but printed among them)
            listed = sorted(self.toc_lines)
            end = listed[0] if listed else 0
            for n in listed[1:]:
                if n - end > 3:
                    break  # (the Sommaire's own run of lines: an index at the back is not it)
                end = n
            span = range(listed[0], end + 1) if listed else range(0)
            self._toc_line_keys = {
                fold(re.sub(r"[\s.…]*\d{1,4}\s*$", "", self.source.line(n))) for n in span
            } - {""}
        return fold(text) in self.toc_keys or fold(text) in self._toc_line_keys

    def _toc_theme_keys(self) -> set[str]:
        """The sub-themes the Sommaire files titles under, folded, their numbers dropped (the
        Sommaire is read once, in __init__, so this set is built once)."""
        if self._theme_keys is None:
            self._theme_keys = {
                fold(re.sub(r"^\d{1,2}(?:\.\d{1,2})*\s+", "", t)) for t in self.toc_themes.values()
            }
        return self._theme_keys

    def _wrapped_title(self, k: int) -> int | None:
        """The block holding the first half of fiche k's title, when the two lines together
        are one of the Sommaire's titles."""
        block = self.blocks[k]
        if k == 0 or block.kind not in ("paragraph", "heading"):
            return None
        above = self.blocks[k - 1]
        if (
            above.kind not in ("paragraph", "heading")
            or above.last != block.first - 1
            or len(above.lines) != 1
        ):
            return None
        joined = fold(f"{clean_inline(above.text)} {clean_inline(block.text)}")
        return (
            k - 1 if joined in self.toc_keys and fold(clean_inline(block.text)) not in self.toc_keys else None
        )

    def _carries(self, match: re.Match[str]) -> bool:
        """ "Centre hospitalier de Dax (Département des Landes)": an organisation, then in
        brackets the collectivity it belongs to (a porteur line, not a title)."""
        words = fold(match["title"]).split()
        return (
            bool(words)
            and words[0] in self.organisations
            # "Ville de Figeac (Lot)": a local collectivity and its département, not a porteur
            and not any(_LOCAL_BODY.match(w) for w in words)
            and self._collectivity(match["name"]) is not None
        )

    def _line_collectivity(self, block: Block) -> tuple[str, str | None, str | None] | None:
        """The collectivity a heading or a line of its own names ("### Finistère")."""
        underlined = block.kind == "heading" and len(block.lines) == 2 and _markdown_level(block) > 0
        if block.kind not in ("heading", "paragraph") or (len(block.lines) != 1 and not underlined):
            return None  # ("Doubs (25)" over dashes: a heading underlined, one line of text)
        if len(block.text) > 80:
            return None
        return self._collectivity(clean_inline(block.text).strip("# "))

    def titled_under_collectivity(self, k: int) -> bool:
        """A title printed under its collectivity heading ("### Finistère" then "#### Title")
        and over its other header fields (porteur, year, status, contact)."""
        block = self.blocks[k]
        before, after = self._previous(k), self._next(k)
        # ("Accompagner de porte à porte : des bénévoles …": a title with a colon, read as a field)
        titled_field = (
            block.kind == "field"
            and self._header_key(block) is None
            and self._header_key(block, True) is None
        )
        item_title = self._item_title(k) is not None
        if (
            before is None
            or after is None
            or (block.kind not in ("heading", "paragraph") and not titled_field and not item_title)
        ):
            return False
        if len(block.lines) > 2 or len(block.text) > 200 or block.text.endswith("."):
            return False
        listed = fold(clean_inline(block.text)) in self.toc_keys
        above = self.blocks[before]
        return (
            # a plain line under a title is its header, unless the Sommaire lists it as a title
            # and the line above is a collectivity alone ("LOIRE (42) – Territoire du Roannais")
            (
                above.kind == "heading"
                or (listed and len(above.text) <= 60 and "," not in above.text)
                # ("Gironde (33)" alone over "UNE COLOCATION SOLIDAIRE": the département and its
                # code on a line of their own over a title set apart as a heading)
                or (
                    block.kind == "heading"
                    and len(above.lines) == 1
                    and len(above.text) <= 40
                    and _DEP_NUMBER.search(above.text) is not None
                )
            )
            and self._line_collectivity(self.blocks[before]) is not None
            and self._line_collectivity(block) is None
            and (
                self._header_key(self.blocks[after]) in ("porteur", "year", "status", "contact", "theme")
                or self._themed_header(after)
                or self._unlabelled_porteur(after)
                or listed
                # (not the first half of a title the Sommaire lists on one line, printed over two)
                or (above.kind == "heading" and self._wrapped_title(after) != k and self._foot_header(after))
                or (above.kind == "heading" and item_title)
                or (block.kind == "heading" and self._signed_below(k))
            )
        )

    def _signed_below(self, k: int) -> bool:
        """Whether the text under title k closes on a signature ("— CCAS d'Auch, depuis 2021")
        before the next heading or collectivity line: a fiche whose header is at its foot."""
        for block in self.blocks[k + 1 : k + 40]:
            if self._signature(block) is not None:
                return True
            if block.kind == "heading" or self._line_collectivity(block) is not None:
                return False
        return False

    def _themed_header(self, k: int) -> bool:
        """ "Thématique : insertion" (a sub-theme label) right over the header's known fields: the
        fiche's theme, the first line of its header."""
        block = self.blocks[k]
        below = self._next(k)
        return (
            block.kind == "field"
            and fold(block.label or "") in self.theme_labels
            and below is not None
            and self.blocks[below].kind == "field"
            and self.labels.get(fold(self.blocks[below].label or "")) in HEADER_KEYS
        )

    def _item_title(self, k: int) -> tuple[str, str | None] | None:
        """ "▪ Une tarification au quotient familial …" over "Ville de Forcalquier – depuis septembre
        2020": a title set as a list's only item (wrapped onto a line in lower case at most), its
        porteur (and year) on the line right under it — (porteur, year as printed)."""
        found = self._item_carrier(k)
        return found[1] if found else None

    def _item_carrier(self, k: int) -> tuple[int, tuple[str, str | None]] | None:
        """(index of the porteur's line, (porteur, year)) of an item title (see `_item_title`)."""
        block = self.blocks[k]
        # (a title holding a colon reads as a field or a line: "▪ Cantines des collèges : …")
        bulleted = block.kind in ("field", "paragraph") and re.match(
            r"^\s*[▪•]\s", block.lines[0] if block.lines else ""
        )
        if (block.kind != "item" and not bulleted) or block.level != 0 or len(block.lines) > 2:
            return None
        before, after = self._previous(k), self._next(k)
        if after is None or (before is not None and self.blocks[before].kind == "item"):
            return None
        wrapped = self.blocks[after]
        line_under = block.last + 1
        if (
            wrapped.kind == "paragraph"
            and len(wrapped.lines) == 1
            and wrapped.first == block.last + 1
            and wrapped.text[:1].islower()
            and (beyond := self._next(after)) is not None
        ):
            after, line_under = beyond, wrapped.last + 1  # "▪ Repérer … : une veille" / "partagée …"
        carrier = self.blocks[after]
        # (the porteur on the very next line: a collectivity after a blank line opens another group)
        if carrier.kind != "paragraph" or len(carrier.lines) != 1 or carrier.first != line_under:
            return None
        told = re.fullmatch(
            r"(?P<porteur>[A-ZÀ-Ý][^–—·]{2,100}?)"
            r"(?:\s*(?:[–—,]|\s·)\s*(?P<year>(?:depuis\s+)?(?:[^\W\d]+\s+)?(?:19|20)\d\d))?\.?",
            clean_inline(carrier.text),
        )
        if told is None or not (self._names_body(told["porteur"]) or told["year"]):
            return None
        if not told["year"] and self._line_collectivity(carrier) is not None:
            return None  # "– Des cafés des aidants … (2022)" / "Département de l'Aude": the next group
        return after, (told["porteur"].strip(), told["year"])

    def _foot_header(self, k: int) -> bool:
        """Whether the text from block `k` on closes on the fiche's labelled porteur or year
        ("Porteur de projet : …" / "Date de lancement : …" at its foot) before the next
        collectivity line or chapter: a fiche headed by its collectivity's ribbon alone."""
        for block in self.blocks[k : k + 40]:
            text = clean_inline(block.text).strip("# *")
            if (block.kind == "heading" and self._line_collectivity(block) is not None) or _CHAPTER.match(
                text
            ):
                return False
            if block.kind == "field" and self._header_key(block) in ("porteur", "year"):
                return True
        return False

    def _unlabelled_porteur(self, k: int) -> bool:
        """ "Association Roue Libre" over "Depuis 2019 – En cours": the porteur printed bare,
        told by the header fact right below it."""
        block = self.blocks[k]
        if not _porteur_like(block) or self._line_collectivity(block) is not None:
            return False
        after = self._next(k)
        return after is not None and self._header_key(self.blocks[after]) in ("year", "status", "contact")

    def named_title(self, k: int) -> tuple[str, str] | None:
        """(collectivity, title) of a fiche heading that names its collectivity ("## Gironde —
        Title", "Title (Gers)") over its header fields."""
        block = self.blocks[k]
        after = self._next(k)
        if block.kind not in ("heading", "paragraph") or len(block.lines) > 2 or after is None:
            return None
        if self._header_key(self.blocks[after]) not in ("porteur", "year", "status", "contact", "theme"):
            return None
        text = clean_inline(block.text).strip("# *")
        for pattern in (_LEADING_NAME, _TRAILING_NAME):
            match = pattern.match(text)
            if (
                pattern is _TRAILING_NAME
                and match
                and (
                    any(_LOCAL_BODY.match(w) for w in fold(match["title"]).split())
                    # "Conseil départemental de la Lozère (Département de la Lozère)": a porteur
                    # and its collectivity, the header's own line under the title
                    or self._carries(match)
                )
            ):
                return None  # "Ville de Lorient (Morbihan)": the collectivity line itself
            if match and not match["name"].strip().isdigit() and self._collectivity(match["name"]):
                return match["name"].strip(), match["title"].strip()
        return None

    def _listed_titles_joined(self, blocks: list[Block]) -> list[Block]:
        """ "Accompagnement global : un binôme conseiller" read as a field, over "France Travail
        – travailleur social" on the next line: a title with a colon wrapped in its column, the
        two lines the Sommaire lists as one title — one paragraph, the fiche's title."""
        if not self.toc_keys:
            return blocks
        result: list[Block] = []
        k = 0
        while k < len(blocks):
            block = blocks[k]
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            if (
                following is not None
                and block.kind in ("field", "paragraph")
                and following.kind in ("field", "paragraph")
                and len(block.lines) + len(following.lines) <= 4
                and following.first == block.last + 1
                and fold(block.label or "") not in self.labels
                and fold(following.label or "") not in self.labels
            ):
                lines = [*block.lines, *following.lines]
                joined = clean_inline(" ".join(x.strip() for x in lines))
                if fold(joined) in self.toc_keys and fold(clean_inline(block.text)) not in self.toc_keys:
                    result.append(Block("paragraph", block.first, following.last, joined, lines=lines))
                    k += 2
                    continue
            if (
                block.kind == "paragraph"
                and 2 <= len(block.lines) <= 4
                and fold(clean_inline(block.lines[0].strip())) in self.toc_keys
                and fold(clean_inline(block.text)) not in self.toc_keys
                # (a title wrapped onto a subtitle, "… confiés :" / "une cellule …", stays whole)
                and not block.lines[0].rstrip().endswith(":")
                and not block.lines[1].strip()[:1].islower()
            ):
                # "Sortir de l'ASE … : le bail glissant des 18-21 ans" over its header line, no
                # blank line between: the title the Sommaire lists, then the rest
                title, rest = block.lines[:1], block.lines[1:]
                result.append(
                    Block("paragraph", block.first, block.first, clean_inline(title[0].strip()), lines=title)
                )
                text = clean_inline(" ".join(x.strip() for x in rest))
                result.append(Block("paragraph", block.first + 1, block.last, text, lines=rest))
                k += 1
                continue
            result.append(block)
            k += 1
        return result

    def _toc_keys(self, data: dict) -> set[str]:
        """Folded titles the document's own Sommaire lists, however it is printed (table cells,
        dot leaders, "— p. 12", list items): a body line that is one of them, over a header,
        is a fiche even in a header layout no rule here describes."""
        words = tuple(fold(w) for w in data["sommaire_words"])
        start = next(
            (
                n
                for n, line in enumerate(self.source.lines)
                # ("## Contenu de la sélection (14 initiatives)": the list's heading with its count)
                if re.sub(r" \d{1,3} (?:initiatives?|fiches?|demarches?|experiences?)$", "", fold(line))
                in words
                and len(line) < 60
            ),
            None,
        )
        if start is None:
            return set()
        keys: set[str] = set()
        numbered_tops: list[str] = []  # "1. Territoire Nord-Ouest": numbered at the left, in order
        pending = ""  # the first half of a title wrapped over two lines, or a sub-theme above titles
        pending_raw = ""
        misses = 0
        toc_theme: str | None = None
        above: tuple[str, int, str] | None = None  # the last listed entry, its indent, its text
        chapters: set[str] = set()
        # (a running header or a page number between the Sommaire's pages is none of its lines)
        furniture = {n for b in self.blocks if b.kind == "furniture" for n in range(b.first, b.last + 1)}
        # the column the Sommaire's page numbers end at, right-aligned: a title that runs up to
        # them leaves one space before its page
        edges = Counter(
            len(line.rstrip())
            for line in self.source.lines[start + 1 : start + 400]
            if _PAGE_REF.search(line)
        )
        right_edge = edges.most_common(1)[0][0] if edges and edges.most_common(1)[0][1] >= 3 else None
        chaptered = False  # a chapter seen in the Sommaire: its page-first entries are titles
        front: set[str] = set()  # the entries listed before the first chapter
        page_firsts = sum(
            1 for line in self.source.lines[start + 1 : start + 400] if _PAGE_FIRST_ENTRY.match(line.strip())
        )
        # (a Sommaire printing no page at all: "Fiche 3 – Title" lines, each an entry)
        paged_toc = any(_PAGE_REF.search(line) for line in self.source.lines[start + 1 : start + 40])
        plain_run = set() if paged_toc else self._plain_toc_run(start)
        for number, line in enumerate(self.source.lines[start + 1 : start + 400], start + 2):
            if not line.strip():
                pending = ""
                continue
            if number in furniture and (
                "\f" in line
                or next((n for n in range(number - 1, start, -1) if self.source.line(n).strip()), 0)
                in furniture
            ):
                continue  # at a page's top, under the page break or the page number above
            cells = [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else [line.strip()]
            paged = [c for c in cells if _PAGE_REF.search(c)] or (
                [max(cells[:-1], key=len)]
                if len(cells) > 1 and re.fullmatch(r"\**\d{1,3}\**", cells[-1])  # (a year is no page)
                else []
            )
            if not paged and len(cells) == 1 and _SHEET_PAGE.search(line):
                sheet = numbered_heading(clean_inline(line).strip())
                if right_edge is not None and abs(len(line.rstrip()) - right_edge) <= 1:
                    paged = [_SHEET_PAGE.sub("  \\g<page>", line.strip())]  # "… d'enfants 22" at the edge
                elif sheet is not None and sheet[2] == 2:
                    # "Fiche 8  Title » 13": a sheet's entry, its page one space after a long title
                    paged = [_SHEET_PAGE.sub("  \\g<page>", line.strip())]
            page_first = _PAGE_FIRST_ENTRY.match(line.strip()) if not paged and not edges else None
            chapter_line = _CHAPTER.match(clean_inline(line).strip())
            if chapter_line is not None:
                chaptered = True
                if page_firsts >= 3 and not _PAGE_REF.search(line) and chapter_line["title"].strip(" ·*"):
                    # "Chapitre 1 · Repérer et aller vers" under its page alone ("05"): a chapter
                    # the body opens on a page of its own
                    self.toc_chapters.append(fold(chapter_line["title"].strip(" ·*")))
                    toc_theme = None
            elif (
                page_firsts >= 3
                and chaptered
                and not _PAGE_FIRST_ENTRY.match(line.strip())
                and not re.fullmatch(r"\s*\d{1,3}\s*", line)
                and _PAGE_FIRST_ENTRY.match(
                    self.source.lines[number].strip() if number < len(self.source.lines) else ""
                )
                and not line.strip()[:1].islower()
            ):
                toc_theme = clean_inline(line).strip()  # "Veille et repérage" over its entries
            if page_first is not None and (
                not chaptered  # "02 Édito", "04 Mode d'emploi": the front matter, before the chapters
                or fold(page_first["title"]).startswith(self.index_words)  # "40 Index des …"
                or fold(page_first["title"]).split()[0] in _aside_words()  # "16 Zoom : …"
            ):
                page_first = None
            if page_first is not None and page_firsts >= 3:
                # "06 Des facteurs qui veillent sur …": a magazine's contents, the page first (a
                # title going on, in lower case, on the line below)
                text_of = page_first["title"]
                below = self.source.lines[number] if number < len(self.source.lines) else ""
                if below.strip()[:1].islower() and not _PAGE_FIRST_ENTRY.match(below.strip()):
                    text_of = f"{text_of} {below.strip()}"
                paged = [f"{text_of}   {page_first['page']}"]
            if not paged and number in plain_run:
                paged = [line.strip()]  # a Sommaire of plain lines, its titles printed again below
            if not paged and not edges and re.match(r"^\s*\d{1,3}[.)]\s+\S", line) and len(line) < 220:
                paged = [line.strip()]  # "7. Title": a contents list numbered, no page (a site's export)
            sheet = (
                numbered_heading(line.strip())
                if not paged
                and not paged_toc
                and len(line) < 220
                # (listed one under the other; a fiche's own heading has a blank line above it)
                and self.source.line(number - 1).strip()
                and not line.lstrip().startswith("#")
                else None
            )
            if (
                sheet is not None
                and heading_rank(sheet[0]) == 2
                and strip_numbering(line.strip()) != line.strip()
            ):
                paged = [line.strip()]  # "Fiche 3 – Title": a contents list of numbered fiches, no page
            linked = None if paged else _LINKED_ENTRY.match(line)
            if linked is not None:
                # "- [Title](/fiches/…) — Aveyron": a site's contents, each title a link to its
                # page, its collectivity after it
                place = (linked["place"] or "").strip(" *_")
                paged = [f"{linked['title']} ({place})" if place else linked["title"]]
            if not paged:
                self.toc_unpaged.add(fold(line))
                misses += 1
                if misses > 8:
                    break  # past the Sommaire: lines without page numbers
                if pending and self._toc_theme_line(pending, pending_raw, line):
                    toc_theme = self._theme_text(pending)  # "▸ Simplifier" over a title wrapped in two
                pending, pending_raw = line.strip(), line
                continue
            misses = 0
            for cell in paged:
                text = _PAGE_REF.sub("", cell)
                # "1. ALLER VERS LES PERSONNES …": a chapter numbered without its word, in capitals
                # ("1   SE DÉPLACER ....... 4": the number set apart by spaces, no dot)
                numbered_chapter = (
                    re.fullmatch(r"\s*\d{1,2}(?:\.\s+|\s{2,})[^a-z]{6,}", text) is not None
                    and text.strip().upper() == text.strip()
                )
                # ("1. Territoire Nord-Ouest ..... 6" over entries indented under it: a chapter,
                # known once its entries are read)
                numbered_top = re.match(r"\s*\d{1,2}\.\s+\S", text) is not None and _indent(line) <= 2
                # a title wrapped over two lines goes on in lower case or after a hanging word;
                # a line of its own above a title is a sub-theme, not the title's first half
                wrapped = (
                    pending
                    and (
                        text.lstrip()[:1].islower()
                        or hanging(pending)
                        # ("… ne demandent rien : la démarche" / "« Juste droit » en Périgord vert ... 13")
                        or (
                            text.lstrip()[:1] in '«“"'
                            and not _CHAPTER.match(pending)
                            and not _CODED_LINE.match(pending)
                        )
                        # "Title : its subtitle" / "(Aveyron) . . . 11": only its place went onto the
                        # paged line
                        or re.fullmatch(r"\s*\([^()]{2,40}\)\s*", text) is not None
                        # "Ariège – Des navettes … maisons" / "France services … ....... 7": a long entry
                        # wrapped at the Sommaire's width, its next line at the same indent
                        or (
                            len(pending) >= 45
                            and _indent(pending_raw) == _indent(line)
                            and not (self.markers and pending.startswith(tuple(self.markers)))
                            and not _CHAPTER.match(pending)
                            and _collectivity_lead(pending)
                        )
                    )
                )
                if (
                    pending
                    and not wrapped
                    and _indent(pending_raw) < _indent(line)
                    and not _CHAPTER.match(pending)
                ):
                    toc_theme = self._theme_text(pending)  # "   Adapter le logement" over its titles
                text = f"{pending} {text}" if wrapped and len(cells) == 1 else text
                text = re.sub(
                    r"^[-•*\s]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}\.\d{1,2})[.)]?\s+(?:[—–-]\s+)?)?",
                    "",
                    clean_inline(text),
                ).strip(" *_")  # "2.1 Title", "I.2 – Title": the numbering is not the title
                if (numbered := numbered_heading(text)) is not None and numbered[2] == 2:
                    text = strip_numbering(text)  # "Fiche 6  Title": the sheet's number
                text = without_sheet_number(text)  # "N° 3   Title"
                named = re.search(r"\s*\(([^()]{2,40})\)\s*$", text)  # "Title (Gers)"
                text = text[: named.start()] if named else text
                others = [c for c in cells if c is not cell and not re.fullmatch(r"[\d\s*p.]*", c)]
                place = named[1] if named else next((c for c in others if self._collectivity(c)), None)
                leading = re.match(r"^(?P<place>[^–—]{3,40}?)\s+[–—-]\s+(?P<title>\S.{10,})$", text)
                if place is None and leading and self._collectivity(leading["place"]) is not None:
                    place, text = leading["place"], leading["title"]  # "Cantal – Le bus santé-social …"
                marked = text.lstrip().startswith(tuple(self.markers)) if self.markers else False
                if (
                    above is not None
                    and _indent(pending_raw if wrapped else line) > above[1]
                    and (wrapped or not pending)  # (a sub-theme line between them says it instead)
                    and not marked
                    and not _CHAPTER.match(above[2])
                    and not _CHAPTER.match(text)
                    and above[0] not in chapters
                ):
                    toc_theme = self._theme_text(
                        above[2]
                    )  # "  I.2 – Modes … 10" over titles indented under it
                if marked:
                    toc_theme = text.lstrip(self.markers + " ").strip(" *_")  # "» Parents d'adolescents"
                elif _CHAPTER.match(text) or numbered_chapter:
                    toc_theme = None
                elif 12 <= len(text) <= 200 and toc_theme:
                    self.toc_themes[fold(text)] = toc_theme
                if above is not None and _indent(line) > above[1] and not wrapped:
                    self.toc_parents.add(above[0])  # entries indented under it: a heading
                above = (fold(text), _indent(line), text)
                if numbered_chapter:
                    chapters.add(fold(text))
                    self.toc_chapters.append(fold(re.sub(r"^\s*\d{1,2}\.?\s+", "", text)))
                elif numbered_top:
                    numbered_tops.append(fold(text))
                if 12 <= len(text) <= 200:
                    keys.add(fold(text))
                    if not chaptered and not numbered_chapter and not _CHAPTER.match(text):
                        front.add(fold(text))
                    self.toc_span = (start + 1, number)  # the Sommaire's lines, to its last entry
                    self.toc_lines.add(number)
                    if place and self._collectivity(place):
                        self.toc_places[fold(text)] = place  # the département its Sommaire line names
            pending = ""
        # ("Le réseau et la méthode ..... 3" before "Partie 1 — …": the front matter, no fiche)
        self.toc_front = front if chaptered else set()
        parents = [key for key in numbered_tops if key in self.toc_parents]
        if not self.toc_chapters and len(parents) >= 2 and len(parents) == len(numbered_tops):
            self.toc_chapters = parents  # numbered entries each over its indented entries: chapters
        return keys

    def _plain_toc_run(self, start: int) -> set[int]:
        """The lines (numbered from 1) of a Sommaire printed as plain lines with no page at all, one
        entry a line up to the first blank one (a shared document's export): a run of six lines at
        least, half of them at least printed again, whole, as lines of the body below."""
        run: list[int] = []
        n = start + 1
        while n < len(self.source.lines) and n <= start + 2 and not self.source.lines[n].strip():
            n += 1  # ("## Sommaire", a blank line, then its list)
        while n < len(self.source.lines) and self.source.lines[n].strip():
            run.append(n)
            n += 1
        if len(run) < 6 or any(len(self.source.lines[k]) > 200 for k in run):
            return set()

        def key(line: str) -> str:
            # ("  - Un garage solidaire", "#### Un garage solidaire": bullets and heading marks aside)
            return fold(clean_inline(re.sub(r"^\s*(?:[-*•+]\s+|#{1,6}\s+)", "", line)).strip())

        listed = Counter(key(self.source.lines[k]) for k in run)
        again = Counter(key(line) for line in self.source.lines[n:])
        recurring = sum(1 for key in listed if key in again)
        return {k + 1 for k in run} if recurring >= 3 and recurring * 2 >= len(listed) else set()

    @staticmethod
    def _chapter_crumb(title: str, chapter_title: str | None) -> str | None:
        """ "Activité physique adaptée — Sport et handicap" after "Chapitre 2 ·" atop a page: the
        chapter's title, then after a dash, a chevron or a wide gap (the page's head set at both
        edges) the sub-theme the page is under."""
        if not chapter_title:
            return None
        match = re.match(
            rf"^\W*{re.escape(chapter_title)}(?:\W*?\s+[—–›>»|]\s+|\s{{3,}})(?P<theme>[^\W\d].{{2,120}})$",
            title.strip(),
            re.I,
        )
        return match["theme"].strip(" *") if match else None

    def _theme_text(self, line: str) -> str:
        return clean_inline(line).strip(" *_-•").lstrip(self.markers + " ").strip(" *_")

    def _toc_theme_line(self, pending: str, pending_raw: str, line: str) -> bool:
        """A Sommaire line without a page, followed by another such line that is not its
        continuation: a sub-theme (marked, or set left of what follows), not half a title."""
        if _CHAPTER.match(pending) or line.strip()[:1].islower() or hanging(pending):
            return False
        marked = bool(self.markers) and pending.startswith(tuple(self.markers))
        return marked or _indent(pending_raw) < _indent(line)

    def _listed_in_sommaire(self, k: int) -> bool:
        """A title the Sommaire lists, right above a header fact."""
        block = self.blocks[k]
        # (a title the Sommaire vouches for may wrap over three lines beside a column of facts)
        if not self.toc_keys or block.kind not in ("heading", "paragraph") or len(block.lines) > 3:
            return False
        if self.toc_span[0] < block.first <= self.toc_span[1]:
            return False  # the Sommaire's own line
        key = fold(re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", clean_inline(block.title)))
        if key not in self.toc_keys:
            key = fold(_NUMBER_PREFIX.sub("", clean_inline(block.text).strip("# ")))
        if key not in self.toc_keys:
            return False
        if self._collectivity(clean_inline(block.text)) is not None:
            return False  # "Saône-et-Loire" listed by the index of départements, not a title
        level = _markdown_level(block)
        if level >= 2 and block.text.strip("# ")[:1].isdigit():
            # "### 1.1 — Title" the Sommaire lists: a fiche, whatever its header's shape — unless
            # a deeper heading follows it ("## 1.1 Sub-theme" over "### Fiche title")
            after = self._next(k)
            deeper = after is not None and _markdown_level(self.blocks[after]) > level
            return not deeper
        return self._header_follows(k) or self._boxed_header_within(k)

    def _boxed_header_within(self, k: int) -> bool:
        """A magazine's fiche: its title over a chapô and the text, the header a box ("En
        pratique" over "Département" / "Côtes-d'Armor" …) set somewhere in the text, before the
        next title the Sommaire lists."""
        for j in range(k + 1, min(len(self.blocks), k + 40)):
            block = self.blocks[j]
            if (
                block.kind in ("heading", "paragraph")
                and len(block.lines) <= 3
                and (
                    fold(re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", clean_inline(block.text)))
                    in self.toc_keys
                )
            ):
                return False
            if self._box_heading(block):
                return self._header_run(j)
        return False

    def _header_follows(self, k: int) -> bool:
        """The fiche's header right below title k (or closing its fiche, in a box)."""
        j = self._next(k)  # the header right below (a sub-theme listed too has a title below)
        if j is not None and self._subtitle(j):
            j = self._next(j)  # "*Une PMI itinérante …*" under the title: its subtitle
        if j is None:
            return False
        following = self.blocks[j]
        return (
            self._header_key(following, first=True) is not None
            # "Une initiative du Département de la Marne, portée par …": the identity told
            or (following.kind == "paragraph" and self.told_identity(" ".join(following.lines)) is not None)
            or (following.kind == "field" and fold(following.label or "") in self.labels)
            or self._known_fields_below(j) >= 2
            or self._boxed_below(k)
            or self._facts_at_foot(k)
        )

    def _facts_at_foot(self, k: int) -> bool:
        """A listed title over its text, its header's facts closing it ("**Porteur**" / "CCAS de
        …", "**Statut**" / "En cours" after the paragraphs), before the next heading of its level."""
        title = self.blocks[k]
        if not (title.kind == "heading" and title.lines and title.lines[0].lstrip().startswith("#")):
            return False  # (a "###" title: an export's; a line over a rule may head a part)
        keys = set()
        for j in range(k + 1, min(k + 60, len(self.blocks))):
            block = self.blocks[j]
            below = self._next(j)
            if (
                (block.kind == "heading" and _markdown_level(block) > 0)
                or _bare_number(block)
                # (a heading right over header facts: a fiche's title of its own — "<summary>Manche
                # – Title</summary>" over "- Porteur : …" under a sub-theme)
                or (
                    block.kind == "heading"
                    and below is not None
                    and self._header_key(self.blocks[below]) in ("collectivity", "porteur", "year", "status")
                )
            ):
                break  # the next title, or a title under this heading: not this one's facts
            if block.kind == "field" and (key := self._header_key(block)) in ("porteur", "year", "status"):
                keys.add(key)
            elif (facts := self._facts(block)) is not None and len(facts) >= 2 and block.kind == "field":
                return True  # "*Fiche technique :* Calvados / CCAS de Lisieux / 2021 / en cours"
        return len(keys) >= 2

    def _boxed_below(self, k: int) -> bool:
        """A title whose header closes its fiche, in a box ("EN BREF" over "Département : Vienne",
        "Porteur : …"), after its text and before the next title the Sommaire lists."""
        for j in range(k + 1, min(len(self.blocks), k + 80)):
            block = self.blocks[j]
            if block.kind == "heading" and fold(clean_inline(block.title)) in self.toc_keys:
                return False
            if self._box_heading(block):
                after = self._next(j)
                return after is not None and self._header_key(self.blocks[after], first=True) is not None
        return False

    def _known_fields_below(self, j: int) -> int:
        """How many of the labelled fields from `j` on are header fields the vocabulary knows
        ("Zone d'action : Gers" / "Structure porteuse : …" / "Année : 2020": two, under a title
        the Sommaire lists — the first label one the vocabulary lacks)."""
        known = 0
        for _ in range(6):
            block = self.blocks[j]
            if block.kind != "field":
                break
            known += fold(block.label or "") in self.labels
            following = self._next(j)
            if following is None:
                break
            j = following
        return known

    def _subtitle(self, k: int) -> bool:
        """An italic line of its own ("*Une PMI itinérante pour les communes sans médecin*")."""
        block = self.blocks[k]
        raw = block.lines[0].strip() if block.lines and len(block.lines) == 1 else ""
        return (
            block.kind in ("paragraph", "heading")
            and bool(re.fullmatch(r"([*_])[^*_]{3,160}\1", raw))
            # "*Département de la Moselle · Porteur : … · Année : 2023*": the header, in italics
            # (split into its fields, a piece of the line is no subtitle)
            and self._facts(block) is None
            and fold(clean_inline(raw)) == fold(block.text)
        )

    def is_fiche(self, k: int) -> bool:
        """A title (a heading, or a line of its own) whose next element is its collectivity, or
        printed under it (see `titled_under_collectivity`), or naming it (`named_title`)."""
        block = self.blocks[k]
        if block.first in self.toc_lines and block.last == block.first:
            return False  # the Sommaire's own line ("Fiche 3 – Title", no page), not the fiche
        if re.fullmatch(r"[-=─━_~*\s]+", block.text):
            return False  # "-------   ------": a table's rule, over rows that may name départements
        before = self._previous(k)
        if self._subtitle(k) and before is not None and self._listed_in_sommaire(before):
            return False  # the subtitle of the listed title above it, not a title
        key = fold(clean_inline(block.text).strip("# *"))
        if key in self._toc_theme_keys() and key not in self.toc_keys:
            return False  # a sub-theme the Sommaire files titles under, not a title of its own
        if self._unknown_label(k):
            return False
        if len(block.lines) == 1 and key.strip(" :") in self.section_headings:
            return False  # "PARTENAIRES" over "Conseil départemental de …": a fiche's section, its text
        if fold(clean_inline(block.text)).startswith(self.bylines) and len(block.text.split()) <= 6:
            return False  # "Par Claire Vergne": an article's byline over its dateline, no title
        if self._item_title(k) is not None or self._numbered_entry(k) or self._datelined(k) is not None:
            return True
        after = self._next(k)
        if (
            block.kind == "heading"
            and after is not None
            and _HASHTAG_LINE.fullmatch(clean_inline(self.blocks[after].text).strip()) is not None
        ):
            return True  # "### Title" over its line of hashtags (an online base's export)
        if self.titled_under_collectivity(k) or self.named_title(k) or self._listed_in_sommaire(k):
            return True
        half = self._wrapped_title(k)
        above_half = self._previous(half) if half else None
        if (
            above_half is not None
            and self.blocks[above_half].kind == "heading"
            and (self._line_collectivity(self.blocks[above_half]) is not None)
        ):
            return True  # "ARIÈGE" / "Des navettes … maisons" / "France services …": a title in two
        if half is not None and self._header_follows(k):
            return True  # a title the Sommaire lists on one line, printed over two
        # ("Cap Métiers 25 : des immersions …" over its header line: a title with a colon, read
        # as a field of a label no vocabulary knows)
        titled_field = (
            block.kind == "field"
            and self._header_key(block) is None
            and self._header_key(block, True) is None
            and fold(clean_inline(block.label or "").strip(" *:")) not in self.labels
            # (the Sommaire lists it whole: printed twice, there and over its fiche)
            and self._printed_times(block.text) >= 2
        )
        if block.kind == "heading":
            pass
        elif (
            (block.kind != "paragraph" and not titled_field)
            or len(block.lines) > 2
            or len(block.text) > 200
            or block.text.endswith(".")
        ):
            return False
        if self._header_key(block, first=True) is not None:
            return False
        following = self._next(k)
        if following is not None and self._facts_over_title(following):
            return False  # a sub-theme over the header line of the fiche below
        if following is not None and self._header_key(self.blocks[following], first=True) == "collectivity":
            return True
        if (
            following is not None
            # (a title set apart — a heading, capitals — not "Porteur et contact" over a box)
            and (block.kind == "heading" or block.text.upper() == block.text)
            and fold(clean_inline(block.text).strip("# *:")) not in self.box_headings
            and not fold(clean_inline(block.text).strip("# *:")).startswith(
                self.porteur_words
            )  # ("PORTEUR ET CONTACT")
            and self._header_key(self.blocks[following], first=True) == "porteur"
            and (second := self._next(following)) is not None
            and self._header_key(self.blocks[second]) in ("year", "collectivity", "status")
        ):
            return True  # a title over "Collectivité porteuse : …" / "Date de création : …"
        if (
            before is not None
            and _bare_number(self.blocks[before])
            and following is not None
            and self._header_key(self.blocks[following]) in ("porteur", "year")
        ):
            return True  # "Fiche n° 4" / its title / "Porteur …": a header without its collectivity
        if (
            following is not None
            and block.last < len(self.source.lines)
            and re.fullmatch(r"\s*[─━═=_-]{5,}\s*", self.source.line(block.last + 1)) is not None
            and self._header_key(self.blocks[following]) in ("porteur", "year", "collectivity")
        ):
            return True  # a title underlined ("────") over its header, even wrapped on two lines
        if block.kind == "heading" and self._facts_at_foot(k):
            return True  # "#### Title" over an interview closing on its "Fiche technique : …" line
        return self._header_run(k)

    def _datelined(self, k: int) -> tuple[str, str | None, str | None] | None:
        """A headline over its article, the article opening on a dateline that names a
        département ("**FELLETIN (Creuse) –** Il est 9 h 30 …"), a chapeau in bold or a byline
        ("Par Anaïs Chabrat") between them: the collectivity the dateline names."""
        if self.blocks[k].kind != "heading" or fold(clean_inline(self.blocks[k].text)).startswith(
            self.bylines
        ):
            return None  # ("Par Claire Vergne" over the dateline: the article's byline, no headline)
        j = self._next(k)
        for _ in range(3):
            if j is None or self.blocks[j].kind == "heading":
                return None
            text = clean_inline(self.blocks[j].text)
            dateline = _DATELINE.match(text)
            if dateline is not None:
                return self._collectivity(dateline["place"].strip())
            j = self._next(j)
        return None

    def _numbered_entry(self, k: int) -> bool:
        """ "Initiative n° 12 – Title": a heading numbered with the recueil's word for its entries,
        three such in the body at least (the Sommaire's lines, with their pages, are not)."""
        block = self.blocks[k]
        if block.kind not in ("heading", "paragraph") or len(block.lines) > 2 or _PAGE_REF.search(block.text):
            return False
        numbered = numbered_heading(clean_inline(block.text).strip("# *"))
        if numbered is None or numbered[0] not in self.entry_words:
            return False
        marks = re.findall(r"[(\[]\s*([^()\[\]]{1,12}?)\s*[)\]]", block.text)
        if any(fold(m) in self.entry_continued for m in marks):
            return False  # "FICHE 07 (suite) · Title": the fiche above, past a page break
        if self._entries_numbered is None:
            self._entries_numbered = sum(
                1
                for b in self.blocks
                if b.kind in ("heading", "paragraph")
                and len(b.lines) <= 2
                and not _PAGE_REF.search(b.text)
                and (n := numbered_heading(clean_inline(b.text).strip("# *"))) is not None
                and n[0] == numbered[0]
            )
        return self._entries_numbered >= 3

    def _facts_over_title(self, k: int) -> bool:
        """A facts line ("CANTAL (15) | Conseil départemental | depuis 2021") right above a title
        — a heading, or a line the Sommaire lists — itself over the fiche's text, not over
        other header fields: the header printed above the title."""
        facts = self._facts(self.blocks[k])
        title_at = self._next(k)
        if (
            not facts
            or len(facts) < 2
            or title_at is None
            or self.blocks[title_at].first != self.blocks[k].last + 1
        ):
            return False
        title = self.blocks[title_at]
        if not (title.kind == "heading" or self._listed_in_sommaire(title_at)) or self._facts(title):
            return False
        after = self._next(title_at)
        return after is None or self._header_key(self.blocks[after]) is None

    @staticmethod
    def _titled_paragraph(block: Block) -> bool:
        """A paragraph whose first line is a title: shorter than the text below it, ending on no
        punctuation or linking word, the next line opening a sentence."""
        if block.kind != "paragraph" or len(block.lines) < 2:
            return False
        first, second = block.lines[0].strip(), block.lines[1].strip()
        width = max(len(line.strip()) for line in block.lines[1:])
        return (
            first[:1].isupper()
            and second[:1].isupper()
            and 12 <= len(first) <= 100
            and len(first) < width
            and not first.endswith((".", ",", ";", ":", "-", "–", "—", "!", "?"))
            and not hanging(first)
        )

    def _closing_heading(self, k: int) -> bool:
        """A heading after the last part of short entries, with no chapter, collectivity or
        entry part after it: the recueil's closing pages (lessons, method, thanks), no entry."""
        block = self.blocks[k]
        text = clean_inline(block.text).strip("# *")
        letters = [c for c in text if c.isalpha()]
        if block.kind != "heading" or len(block.lines) != 1 or not letters or len(text) > 90:
            return False
        if not (_markdown_level(block) or all(c.isupper() for c in letters)):
            return False
        if self._line_collectivity(block) is not None:
            return False
        for later in self.blocks[k + 1 :]:
            later_text = clean_inline(later.text).strip("# *") if len(later.lines) == 1 else ""
            if later.kind == "furniture" or not later_text:
                continue
            if _CHAPTER.match(later_text) or self._line_collectivity(later) is not None:
                return False
            if any(fold(later_text).startswith(o) for o in self.others):
                return False
        return True

    def _unknown_label(self, k: int) -> bool:
        """ "Cofinanceur" over "Département de la Haute-Savoie", between "Porteur" / its value and
        "Année" / its value: a label the vocabulary lacks inside a fiche's header, not a title."""
        block, before = self.blocks[k], self._previous(k)
        if before is None or len(block.lines) != 1 or block.kind not in ("paragraph", "heading"):
            return False
        text = clean_inline(block.text).strip(" *:")
        previous = self.blocks[before]
        after = self._next(k)
        value = self.blocks[after] if after is not None else None
        return (
            # its value a name on a line ("Contexte et enjeux" over a paragraph of text is the
            # fiche's first section, after its header)
            value is not None
            and len(value.lines) == 1
            and len(value.text) <= 80
            and not value.text.rstrip().endswith((".", ":"))
            and len(text.split()) <= 3
            and len(text) <= 30
            and re.fullmatch(r"[^\W\d][\w'’ -]*", text) is not None
            and fold(text) not in self.toc_keys
            and previous.kind == "field"
            and fold(previous.label or "") in self.labels
            and bool((previous.value or "").strip())
        )

    def _larger_heading(self, block: Block, title: Block) -> bool:
        """Typeset headings with no markdown marks: `block` set in a larger type than the fiche's
        title `title` (itself a heading, bolder or larger than the text) is above it in the outline."""
        if (
            block.kind != "heading"
            or title.kind != "heading"
            or _markdown_level(block)
            or _markdown_level(title)
        ):
            return False
        mine, its = self.source.style(block.first), self.source.style(title.first)
        if mine is None or its is None:
            return False
        return mine[0] > its[0] + 0.5 and (its[1] or its[0] > self.body_size * 1.05)

    def _header_run(self, k: int) -> bool:
        """Whether the blocks right after `k` are a fiche header in another order: labelled
        header fields (porteur, year, status, contact…) one after the other, a collectivity
        field among them ("Porteur : …" / "Année : …" / "Département : Gers")."""
        keys: list[str] = []
        carrier = ""  # the porteur's value, which may name the département ("Conseil départemental de …")
        unknown = 0  # ("Public   Habitants du bourg" among them: a field the vocabulary lacks)
        j = self._next(k)
        while j is not None and len(keys) < 6:
            block = self.blocks[j]
            key = self.labels.get(fold(block.label or "")) if block.kind == "field" else None
            if key == "porteur":
                carrier = block.value or ""
            if key is None and block.kind == "field" and fold(block.label or "") in self.theme_labels:
                key = "theme"  # "Thématique : insertion" among the fields right under a title
            if key is None:
                if block.kind != "field" or unknown or len((block.label or "").split()) > 3:
                    break
                unknown += 1
                j = self._next(j)
                continue
            keys.append(key)
            j = self._next(j)
        if len(keys) >= 2 and "collectivity" not in keys and "porteur" in keys:
            council = re.split(r"\s[–—]\s|,", carrier, maxsplit=1)[0].strip()
            titled = clean_inline(self.blocks[k].text).strip("# *:")
            if (
                len(keys) >= 3  # (a popup's header: porteur, year, theme… — not a fiche's foot)
                and re.match(r"(?i)(?:conseil d[ée]partemental|d[ée]partement)\b", council)
                and self._collectivity(council)
                # (not "Porteur & contact" over them: the header's own heading)
                and not fold(titled).startswith(self.porteur_words)
                and not self._box_heading(self.blocks[k])
            ):
                return True  # "Porteur : Conseil départemental de la Haute-Savoie": its collectivity named
            return self._in_departement_chapter(k)  # the chapter names its collectivity
        return len(keys) >= 2 and "collectivity" in keys and (keys[0] != "collectivity" or unknown > 0)

    def _in_departement_chapter(self, k: int) -> bool:
        """Whether block k sits in a chapter that is a département ("# 09 – Ariège", numbered by
        its code): its fiches need not name their collectivity."""
        for j in range(k - 1, -1, -1):
            block = self.blocks[j]
            if block.kind != "heading" or _markdown_level(block) != 1:
                continue
            numbered = _NUMBERED_PART.match(clean_inline(block.text).strip("# "))
            coded = self._collectivity(numbered["title"].strip()) if numbered else None
            return bool(coded and coded[2] and numbered and numbered[1].lstrip("0") == coded[2].lstrip("0"))
        return False

    @staticmethod
    def labelled(source: Source) -> bool:
        """Whether fiche headers carry labelled collectivity fields (this reader's layout): "Label :
        value", "Label | value", or a box's label column with its value aligned after spaces."""
        labels = load_reference("odas-recueil")["header_labels"]["collectivity"]
        words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
        # ("**Où ?**", "DÉPARTEMENT" alone on its line, its value below: the label over it)
        pattern = re.compile(
            rf"^\W*(?:{words})(?:\s*(?::?\**\s*:|\|)|(?: {{2,}}|\t)\s*\S|(?<=\?)\**\s*$|\**\s*$)",
            re.IGNORECASE,
        )
        return sum(1 for line in source.lines if pattern.match(line.strip())) >= 3

    def _chapters_from_legend(self, records: list[Initiative]) -> None:
        """Fiches whose theme names a chapter the document lists elsewhere ("Thème : Enfance et
        familles" / "● bleu   Chapitre 1 – Enfance et familles" in a map's legend): that chapter."""
        listed: dict[str, tuple[int, str]] = {}
        for line in self.source.lines:
            found = re.search(
                r"(?i)\bChapitre\s+(\d{1,2}|[IVX]{1,5})\s*[:–—.·-]\s*(?P<title>\S.{2,100})$", line.strip()
            )
            if found is not None and found["title"].strip():
                listed.setdefault(
                    fold(found["title"].strip()), (chapter_number(found[1]), found["title"].strip())
                )
        if len(listed) < 2:
            return
        for record in records:
            if record.chapter is not None:
                continue
            theme = fold((record.sections or {}).get("Thème", "") or record.theme_label or "")
            # ("Thème : Autonomie" for "Chapitre 3 – Autonomie des personnes âgées …": its first words)
            named = [key for key in listed if theme and (key == theme or key.startswith(theme + " "))]
            if len(named) == 1:
                record.chapter, record.chapter_title = listed[named[0]]

    def _counted_groups(self) -> dict[int, str]:
        """ "Thématique : Logement (4 initiatives)" lines, two or more, in a recueil with no
        chapter heading of its own: its chapters, in order (their block index → "n. title")."""
        found = {}
        for k, block in enumerate(self.blocks):
            text = clean_inline(block.text).strip("# *")
            if _CHAPTER.match(text):
                return {}
            group = self.counted_group.match(text) if len(block.lines) == 1 and len(text) < 120 else None
            if group and block.kind in ("heading", "paragraph", "field"):
                title = re.sub(r"^[^:]{2,32}:\s*", "", text) if ":" in text else text
                found[k] = re.sub(r"\s*\(\s*\d{1,3}\s+[^)]*\)$", "", title).strip()
        if len(found) < 2:
            return {}
        return {k: f"{n}. {title}" for n, (k, title) in enumerate(found.items(), 1)}

    def _trail_place(self, k: int) -> str | None:
        """The département a breadcrumb trail names ("Accueil › Initiatives › Occitanie › Hérault
        › Title", three parts or more, its last the title right below it; "" when it names
        none), or None when block `k` is no such trail."""
        block = self.blocks[k]
        if block.kind != "paragraph" or len(block.lines) != 1:
            return None
        text = clean_inline(block.text)
        bar = next((b for b in "›>»" if f" {b} " in text), "›")  # (a title may quote « … »)
        parts = [p.strip() for p in text.split(f" {bar} ")]
        below = self._next(k)
        if len(parts) < 3 or below is None:
            return None
        title = fold(clean_inline(self.blocks[below].text).strip("# *"))
        last = fold(parts[-1].rstrip("… ."))
        if not last or not title.startswith(last):
            return None
        return next((p for p in reversed(parts[:-1]) if departements().is_name(p)), "")

    def _outline_chapters(self, tops: list[Block]) -> dict[int, str]:
        """A markdown recueil under its one "#" title whose fiches are "###" headings: each "##"
        heading over fiches is a chapter, numbered in order ("## Thème : Logement" → "2.
        Logement"), when no heading numbers its chapters."""
        if not tops or any(_CHAPTER.match(clean_inline(b.text).strip("# *")) for b in self.blocks):
            return {}
        seconds = [
            k
            for k, b in enumerate(self.blocks)
            if b.kind == "heading" and _markdown_level(b) == 2 and b.lines[0].lstrip().startswith("##")
        ]
        if not seconds or not tops[0].lines[0].lstrip().startswith("#"):
            return {}
        if len(tops) > 1 and any(top.first > self.blocks[seconds[0]].first for top in tops):
            return {}  # ("# Masthead" / "# Title" atop the document, its "##" parts below: one title)
        found: dict[int, str] = {}
        for k, end in zip(seconds, [*seconds[1:], len(self.blocks)], strict=True):
            text = clean_inline(self.blocks[k].text).strip("# *")
            if _NUMBERED_PART.match(text):
                return {}  # "## 1. Title": numbered chapters, read as such
            if any(_markdown_level(self.blocks[j]) == 3 and self.is_fiche(j) for j in range(k + 1, end)):
                title = re.sub(r"^[^:]{2,32}:\s*", "", text) if ":" in text else text
                found[k] = f"{len(found) + 1}. {title}"
        return found if len(found) >= 2 else {}

    def _barred_parts(self) -> set[int]:
        """ "1 |  Title" lines, numbered in order from 1, two or more, in a recueil with no
        chapter heading of its own: its chapters (a table's row has more than one bar)."""
        found: dict[int, int] = {}
        for k, block in enumerate(self.blocks):
            text = clean_inline(block.text).strip("# *")
            if _CHAPTER.match(text):
                return set()
            part = (
                _BARRED_PART.match(text)
                if len(block.lines) == 1 and block.kind in ("heading", "paragraph")
                else None
            )
            if part and block.lines[0].count("|") == 1:
                found[k] = int(part[1])
        numbers = list(found.values())
        return set(found) if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) else set()

    def _numbered_chapters(self, tables: list[Block]) -> dict[int, str]:
        """A data export's table of chapters ("Numero | Titre | Sous themes"): each number's title."""
        for table in tables:
            heads = [fold(clean_inline(c).strip(" *:")) for c in table.rows[0]]
            titled = [n for n, h in enumerate(heads) if h in self.title_heads]
            rows = table.rows[1:]
            if not titled or not rows or not all(r and re.fullmatch(r"\d{1,2}", r[0].strip()) for r in rows):
                continue
            return {int(r[0]): clean_inline(r[titled[0]]) for r in rows if len(r) > titled[0]}
        return {}

    def _told_status(self, row: list[str]) -> str:
        """ "Statut : en cours" opening a line of a row's long cell (a library's description):
        the entry's status, labelled in its text."""
        for cell in row:
            for line in cell.split("\n"):
                label, colon, value = line.partition(":")
                if colon and value.strip() and self.labels.get(fold(label.strip())) == "status":
                    return clean_inline(value).strip()
        return ""

    def _base_rows(
        self,
        table: Block,
        chapters: dict[str, int],
        chapter_titles: dict[int, str],
        under: tuple[int | None, str | None] = (None, None),
    ) -> list[Initiative]:
        """The rows of an exported base's table, each a fiche or a short entry (`under`: the
        chapter the table is printed in, when no column names one; a row of one cell, its
        sub-theme over the rows below)."""
        if len(table.rows) < 2:
            return []  # (a header alone, or a rule alone: no rows)
        heads = [fold(clean_inline(c).strip(" *:")) for c in table.rows[0]]
        keys = [self.labels.get(h) for h in heads]
        titled = [n for n, h in enumerate(heads) if h in self.title_heads]
        grouped = [n for n, h in enumerate(heads) if h in self.group_heads]
        # ("Sous-thème", "Type": the sub-theme of a row, and whether it is a short entry)
        subthemed = [n for n, h in enumerate(heads) if h in self.subtheme_heads]
        typed = [n for n, h in enumerate(heads) if h in self.kind_heads]
        keys = [None if n in subthemed or n in typed else k for n, k in enumerate(keys)]
        if len(titled) != 1 or "collectivity" not in keys or not {"porteur", "year"} & set(keys):
            return []
        records: list[Initiative] = []
        # ("## Autres demarches" over the table: its rows short entries)
        above = next(
            (b for b in reversed(self.blocks) if b.last < table.first and b.kind != "furniture"), None
        )
        others_table = (
            above is not None
            and above.kind == "heading"
            and fold(clean_inline(above.title)) in self.other_kinds | self.others
        )
        lines = (
            table.row_lines[1:]
            if len(table.row_lines) == len(table.rows)
            else [table.first] * (len(table.rows) - 1)
        )
        ends = [*(n - 1 for n in lines[1:]), table.last]
        row_theme = ""  # ("| Lever les freins à l'emploi |" across the table: the rows' sub-theme)
        for row, first, last in zip(table.rows[1:], lines, ends, strict=False):
            cells = dict(zip(range(len(row)), (clean_inline(c) for c in row), strict=False))
            filled = [c for c in cells.values() if c]
            if len(filled) == 1 and cells.get(0) == filled[0] and len(filled[0]) <= 120:
                row_theme = filled[0].strip(" *")
                self.ledger.take(first, max(first, last))
                continue
            title = cells.get(titled[0], "")
            if not title:
                continue
            facts = {key: cells.get(n, "") for n, key in enumerate(keys) if key}
            group = cells.get(grouped[0], "") if grouped else ""
            if not (facts.get("collectivity") or facts.get("porteur") or group):
                # ("Sommaire", typed "page": a page of the base that no collectivity runs and no
                # chapter files, not an initiative) kept as the document's note
                self.doc_sections["Notes"] = f"{self.doc_sections.get('Notes', '')}\n{title}".strip()
                self.ledger.take(first, max(first, last))
                continue
            chapter = chapters.setdefault(group, len(chapters) + 1) if group else under[0]
            group = group or under[1] or ""
            # ("2 - Vieillir chez soi": the chapter's own number, then its title)
            if " > " in group and not subthemed:
                # ("Chapitre 2 – Title > Sub-theme": a library's path, the chapter then its sub-theme)
                group, _, nested_theme = group.partition(" > ")
            else:
                nested_theme = ""
            # ("Chapitre 2 – Title", "2 - Title": the chapter's own number, the words of
            # odas-recueil.yaml `chapter_words` before it)
            words = next((w for w in self.chapter_words if fold(group).startswith(w + " ")), "")
            numbered = re.match(
                r"^\s*(\d{1,2})\s*[-–—.):]\s*(\S.*)$", group[len(words) :] if words else group
            )
            if numbered:
                chapter, group = int(numbered[1]), numbered[2].strip()
            elif re.fullmatch(r"\d{1,2}", group.strip()):
                # ("1", a chapter's number, its title in the export's table of chapters)
                chapter, group = int(group), chapter_titles.get(int(group), "")
            theme = cells.get(subthemed[0], "") if subthemed else (nested_theme.strip() or row_theme)
            other = (
                others_table
                or (bool(typed) and fold(cells.get(typed[0], "")) in self.other_kinds)
                or (
                    # ("Autres démarches" as a row's thematic: the chapter of short entries)
                    fold(group) in self.other_kinds | self.others
                )
            )
            dep = self._collectivity(facts.get("collectivity", "")) or (
                facts.get("collectivity") or None,
                None,
                None,
            )
            year = _YEAR.search(facts.get("year", ""))
            staged = re.fullmatch(
                r"(?P<when>.*?(?:19|20)\d\d)\s*[;,/–—]\s*(?P<status>[^\d;]{3,60})", facts.get("year", "")
            )
            if staged is not None and not facts.get("status"):
                # "2021 ; En cours" (a cell's two lines): its start, then its status
                facts["year"], facts["status"] = staged["when"].strip(), staged["status"].strip()
            text = {
                clean_inline(table.rows[0][n]).strip(" *:"): cells[n]
                for n in range(len(row))
                if n != titled[0]
                and not keys[n]
                and n not in grouped
                and n not in subthemed
                and n not in typed
                and cells.get(n)
                and not re.fullmatch(r"[\d.]{1,8}|[A-Z]?\d{0,2}\.?[A-Z]?", cells[n])  # (a row's number)
            }
            records.append(
                Initiative(
                    id="",
                    document=self.info.id,
                    title=title,
                    kind="autre_demarche" if other else "fiche",
                    chapter=chapter,
                    chapter_title=group or None,
                    theme_label=theme or None,
                    departement=dep[1],
                    departement_code=dep[2],
                    departement_raw=dep[0] if dep[0] and dep[0] != dep[1] else None,
                    porteur=facts.get("porteur") or None,
                    period=facts.get("year") or None,
                    year=int(year[1]) if year else None,
                    status=facts.get("status") or self._told_status(row) or None,
                    sections=text,
                    source=source_ref(self.source, self.info.file, first, max(first, last)),
                )
            )
            self.ledger.take(first, max(first, last))
        return records

    def _exported_base(self) -> ParseResult | None:
        """A base of initiatives exported as a table (a CSV: "Titre;Département;Porteur;Année de
        lancement;Thématique;Statut;Résumé"), nothing else in the document but notes: each row
        a fiche — its title the column a title word heads, its chapter the rank of its thematic's
        first row, the columns the header labels name read as its facts, the others its text."""
        tables = [b for b in self.blocks if b.kind == "table" and len(b.rows) >= 4]
        # (another table beside it — its Sommaire exported as "Titre;Page" — is no note: the one
        # whose header names a title and a collectivity holds the base; a data export may hold
        # two, its fiches and its short entries, each under its key)
        based = [
            b
            for b in tables
            if any(fold(clean_inline(c).strip(" *:")) in self.title_heads for c in b.rows[0])
            and "collectivity" in {self.labels.get(fold(clean_inline(c).strip(" *:"))) for c in b.rows[0]}
        ]
        tables = based if based else tables
        # (a title and a note on how it was exported, a source line under it: a dozen lines of
        # notes, or a third of the table's length)
        # (notes counted by the file's lines: a JSON Lines export's opening record, one line of the
        # file, gives many lines of text)
        noted: set[int] = set()
        for k, b in enumerate(self.blocks):
            captions = b.kind == "heading" and k + 1 < len(self.blocks) and self.blocks[k + 1].kind == "table"
            if b.kind not in ("furniture", "table") and not captions:  # (a table's key over it: no note)
                first, last = self.source.file_span(b.first, b.last)
                noted.update(range(first, last + 1))
        if (len(tables) != 1 and not based) or len(noted) > max(12, sum(len(t.lines) for t in tables) // 3):
            return None
        chapter_titles = self._numbered_chapters(
            [b for b in self.blocks if b.kind == "table" and b not in tables]
        )
        chapters: dict[str, int] = {}
        records: list[Initiative] = []
        for table in tables:
            records += self._base_rows(table, chapters, chapter_titles)
        if len(records) < 3:
            return None
        for table in tables:
            self.ledger.take(table.first, table.first)
        for block in self.blocks:
            if block not in tables:
                self.ledger.take(block.first, block.last)
                self.doc_sections["Notes"] = f"{self.doc_sections.get('Notes', '')}\n{block.text}".strip()
        assign_ids(records, self.info.id, qualifier=lambda r: r.departement)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    def _site_pages(self) -> ParseResult | None:
        """A base of initiatives published as a static site and exported whole, its pages one
        after another, each opening on its front matter ("---" / "titre: …" / "departement: …" /
        "---", read by the block reader as a heading over its fields): a page whose front matter
        names a collectivity and a porteur or a year is a fiche, its text the page's; a page whose
        front matter gives a chapter number and no such facts opens that chapter; another page's
        table of collectivities lists short entries ("autres"); the rest is the document's text."""
        pages: list[tuple[Block, list[Block], list[Block]]] = []  # heading, its fields, its text
        for block in self.blocks:
            opens = block.kind == "heading" and block.lines and block.lines[0].strip() == "---"
            if opens:
                pages.append((block, [], []))
            elif not pages:
                return None  # (a page before any front matter: not a site's pages)
            elif block.kind == "field" and (block.first, block.last) == (
                pages[-1][0].first,
                pages[-1][0].last,
            ):
                pages[-1][1].append(block)
            else:
                pages[-1][2].append(block)

        def keys(fields: list[Block]) -> dict[str, str]:
            found: dict[str, str] = {}
            for f in fields:
                label = fold(f.label or "")
                key = (
                    "theme"
                    if label in self.theme_labels
                    else "chapter"
                    if label in self.chapter_words
                    else self.labels.get(label)
                )
                if key and f.value:
                    found.setdefault(key, clean_inline(f.value))
            return found

        fiche_pages = [n for n, (_, fields, _) in enumerate(pages) if self._fiche_facts(keys(fields))]
        if len(fiche_pages) < 3:
            return None
        records: list[Initiative] = []
        chapter: int | None = None
        chapter_title: str | None = None
        for n, (heading, fields, text) in enumerate(pages):
            facts = keys(fields)
            number = re.match(r"\d{1,2}\b", facts.get("chapter", ""))
            if n not in fiche_pages:
                if number and not self._fiche_facts(facts):
                    chapter, chapter_title = int(number[0]), clean_inline(heading.title)
                self._front(heading)
                for block in [*fields, *text]:
                    entries = (
                        self._table_entries(block, None, None)
                        if block.kind == "table" and n > fiche_pages[0]
                        else [e]
                        if block.kind == "item"
                        and n > fiche_pages[0]
                        and (e := self._bracketed_item(block, chapter)) is not None
                        else []
                    )
                    if entries:
                        self.ledger.take(block.first, block.last)
                        records.extend(entries)
                    else:
                        self._front(block)
                continue
            fiche = _Fiche(
                heading,
                int(number[0]) if number else chapter,
                chapter_title,
                facts.get("theme"),
                header={k: v for k, v in facts.items() if k not in ("chapter", "theme")},
                blocks=text,
            )
            self.ledger.take(heading.first, heading.last)
            records.append(self._fiche_record(fiche))
        assign_ids(records, self.info.id, qualifier=lambda r: r.departement)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    def _bracketed_item(self, block: Block, chapter: int | None) -> Initiative | None:
        """ "- **Title** (Calvados, Carsat Normandie, 2022) : its text": a short entry listed with
        its département, its porteur and its year in brackets after its title."""
        told = re.match(
            r"^(?P<head>[^()]{3,200}?\s*\([^()]{3,160}\))\s*(?:[:—–-]\s*(?P<rest>\S.*))?$", block.text
        )
        if told is None:
            return None
        entry = self._entry_from(told["head"], told["rest"] or "", block, None, chapter, None)
        return entry if entry.departement else None

    @staticmethod
    def _fiche_facts(facts: dict[str, str]) -> bool:
        """Two of a fiche header's facts (a page may lack its collectivity, told in its text)."""
        return len({"collectivity", "porteur", "year", "status"} & set(facts)) >= 2

    def parse(self) -> ParseResult | None:
        exported = self._exported_base() or self._site_pages()
        if exported is not None:
            return exported
        groups = self._counted_groups()
        # "# Title of the recueil" alone at the top, its chapters "## 1. …": the parts one level
        # under the document's own title
        tops = [b for b in self.blocks if _markdown_level(b) == 1]
        levels = [_markdown_level(b) for b in self.blocks]
        # ("## VIVRE ENSEMBLE" over "### Title" articles, twice or more: the title's parts too)
        parents = sum(
            1
            for n, level in enumerate(levels)
            if level == 2
            and 3
            in levels[
                n + 1 : next((m for m in range(n + 1, len(levels)) if levels[m] in (1, 2)), len(levels))
            ]
        )
        part_level = (
            2
            if len(tops) == 1
            and (
                any(
                    _markdown_level(b) == 2 and _NUMBERED_PART.match(clean_inline(b.text).strip("# "))
                    for b in self.blocks
                )
                or parents >= 2
            )
            else 1
        )
        top_at = [k for k, b in enumerate(self.blocks) if _markdown_level(b) == 1]
        if len(top_at) >= 4 and sum(1 for k in top_at if self.is_fiche(k)) * 2 >= len(top_at):
            # "# Title" over "Département: Gers" page after page (a workspace's pages exported one
            # after another): the top headings are the fiches, no parts at that level
            part_level = -1
        barred = self._barred_parts()
        # "# Thème 1 : …", "# Thème 2 : …": top headings opening on one word and their numbers in
        # order, two or more — the parts, whatever the word
        worded: dict[int, tuple[str, int, str]] = {}
        for n, b in enumerate(self.blocks):
            if _markdown_level(b) != part_level:
                continue
            numbered_word = re.match(
                r"^(?P<word>[^\W\d]{3,20})(?:\s+(?P<n>\d{1,2}))?\s*[:–—.-]\s*(?P<title>\S.*)$",
                clean_inline(b.text).strip("# "),
            )
            if numbered_word is None:
                continue
            word = fold(numbered_word["word"])
            if numbered_word["n"] is not None:
                worded[n] = (word, int(numbered_word["n"]), numbered_word["title"])
            elif word not in self.labels:
                # "# Thématique : Insertion …" with no number: numbered by its place among its kind
                # (never "# Département : Gers", a fiche's fact)
                worded[n] = (word, -1, numbered_word["title"])
        for word in {w for w, x, _ in worded.values() if x == -1}:
            if any(w == word and x != -1 for w, x, _ in worded.values()):
                worded = {n: v for n, v in worded.items() if v[0] != word}  # numbered and not: none
                continue
            unnumbered = [n for n in sorted(worded) if worded[n][0] == word]
            bounds = [*unnumbered, len(self.blocks)]
            # (parts each over fiches of their own, or no parts at all)
            if sum(1 for a, b in pairwise(bounds) if any(self.is_fiche(j) for j in range(a + 1, b))) < 2:
                worded = {n: v for n, v in worded.items() if v[0] != word}
                continue
            for number, n in enumerate(unnumbered, 1):
                worded[n] = (word, number, worded[n][2])
        words_seen = Counter(w for w, _, _ in worded.values())
        worded_parts = {
            n: f"{number}. {title}"
            for n, (word, number, title) in worded.items()
            if words_seen[word] >= 2
            and [x for w, x, _ in worded.values() if w == word]
            == sorted(x for w, x, _ in worded.values() if w == word)
        }
        outlined = self._outline_chapters(tops)
        fiches: list[_Fiche] = []
        entries: list[Initiative] = []
        chapter: int | None = None
        chapter_title: str | None = None
        theme: str | None = None
        zone = "front"
        current: _Fiche | None = None
        dep: tuple[str, str | None, str | None] | None = None
        text_of_title = -1  # the paragraph under an entry's title line belongs to that entry
        others_from = 0  # where the current "Autres démarches" part opened
        pending_collectivity: str | None = None  # "### Finistère" above its fiche's title
        place_heading: str | None = None  # "PAS-DE-CALAIS (62)" over its fiches, until the next one
        departement_chapters = 0  # chapters that are départements ("# 09 – Ariège"), so far
        chapter_dep = None  # the département the current chapter is, if it is one
        chapter_at = 0  # the line the current chapter was opened on
        pending_facts: dict[str, str] | None = None  # a facts line above its fiche's title
        titled_at: int | None = None  # the title under that line
        read_to = 0  # the last line of a table already read as entries
        unknown_value: int | None = None  # the value under a header label the vocabulary lacks
        # whether any chapter opens in the body (else the fiches start at the first fiche)
        chaptered = (
            bool(outlined)
            or bool(self.toc_chapters)
            or any(
                _CHAPTER.match(clean_inline(line).strip("# ")) for line in self.source.lines if line.strip()
            )
            or any(
                b.kind in ("heading", "paragraph")
                and len(b.lines) == 1
                and _CHAPTER.match(clean_inline(b.text).strip("# "))
                and not _TOC_LINE.search(b.text)
                for b in self.blocks
            )
            # (parts as headings of their level, two at least: one "# Title" is the document's)
            or sum(
                1 for b in self.blocks if _markdown_level(b) == part_level and not _TOC_LINE.search(b.text)
            )
            >= 2
        )
        for k, block in enumerate(self.blocks):
            band = _BARRED_PART.match(clean_inline(block.text)) if len(block.lines) == 1 else None
            if (
                band is not None
                and chapter is not None
                and int(band[1]) == chapter
                and fold(band["title"]) == fold(chapter_title or "")
            ):
                # "1 | ENFANCE, FAMILLES ET JEUNESSE" atop each page of chapter 1: its band
                self.ledger.take(block.first, block.last)
                continue
            signed = self._signature(block) if current is not None and zone == "fiches" else None
            if (
                signed is not None
                and current is not None
                and ("porteur" not in current.header or "porteur" in current.guessed)
            ):
                # "— CCAS de Lesparre-Médoc, depuis 2021" closing the fiche: its porteur and year
                current.header["porteur"] = signed[0]
                current.guessed.discard("porteur")
                if signed[1] and "year" not in current.header:
                    current.header["year"] = signed[1]
                self.ledger.take(block.first, block.last)
                continue
            trail = self._trail_place(k)
            if trail is not None:
                # "Accueil › Initiatives › Occitanie › Hérault › Title" over "### Title": the
                # site's trail to the fiche, its département the fiche's
                pending_collectivity = trail or pending_collectivity
                self.ledger.take(block.first, block.last)
                continue
            crumb = _BREADCRUMB.match(clean_inline(block.text)) if len(block.lines) == 1 else None
            crumb_chapter = _CHAPTER.match(crumb["chapter"].strip()) if crumb else None
            if crumb and (
                (chapter_title and fold(crumb["chapter"]) == fold(chapter_title))
                # "Partie I › 1.2 Soutenir les aidants": the chapter by its number
                or (crumb_chapter is not None and chapter_number(crumb_chapter[1]) == chapter)
            ):
                theme = _unnumbered(crumb["theme"].strip())
                self.ledger.take(block.first, block.last)
                continue
            if (
                block.kind == "furniture"
                and current is not None
                and current.header
                and not current.blocks
                and "year" not in current.header
                and re.fullmatch(r"(?:19|20)\d\d", block.text.strip())
            ):
                current.header["year"] = block.text.strip()  # "2022" on its line in a header
                self.ledger.take(block.first, block.last)
                continue
            repeated = _CODED_LINE.match(clean_inline(block.text)) if block.kind == "furniture" else None
            after_line = self._next(k)
            if (
                repeated is None
                and block.kind == "furniture"
                and len(block.lines) == 1
                and len(block.text) < 90
                and after_line is not None
                and self.is_fiche(after_line)
                and not _CHAPTER.match(clean_inline(block.text))  # "Chapitre 1 – …" atop each page
                # a sub-theme is printed above its few fiches; a running header on every page
                and self._printed_times(block.text) * 2 <= max(len(self.toc_keys), 4)
            ):
                # "Continuité scolaire des enfants" above each of its fiches, listed without a page
                # in the Sommaire: the sub-theme, repeated
                repeated = re.match(r"^(?P<code>)(?P<title>[^\W\d].*)$", clean_inline(block.text))
                # ("SIMPLIFIER L'ACCÈS AUX PRESTATIONS" in capitals atop the page of each of its
                # fiches, under the running header, listed nowhere: the sub-theme all the same)
                capitals_over_fiche = (
                    repeated is not None
                    and is_capitals(repeated["title"])
                    # (above a few fiches, not above each: "FRATRIES CONFIÉES" atop every page)
                    and self._printed_times(block.text) * 2 <= max(self._sommaire_fiches(), 4)
                )
            else:
                capitals_over_fiche = False
            if (
                repeated is not None
                and zone == "fiches"
                and not _TOC_LINE.search(block.text)
                and (
                    fold(repeated["title"].strip(" *"))
                    in (self.toc_keys | self.toc_parents | self._toc_theme_keys() | self.toc_unpaged)
                    # ("1.1 Lever les freins …" listed so, with its number and no page)
                    or fold(clean_inline(block.text)) in self.toc_unpaged
                    or capitals_over_fiche
                )
            ):
                # "1.1 Équipes mobiles …" at the top of each of its fiches' pages: the sub-theme,
                # repeated, not furniture
                theme = repeated["title"].strip(" *")
                self.ledger.take(block.first, block.last)
                continue
            if (
                zone == "others"
                and block.kind == "furniture"
                and re.fullmatch(r"[-=_─━]{20,}", block.text.strip())
                and (before := self._previous(k)) is not None
                and self.blocks[before].kind == "item"
                and entries
                and entries[-1].source.lines[0] >= self.blocks[before].first
            ):
                zone = "index"  # a full rule under the list of entries: the letter's foot below it
                self._front(block)
                continue
            paged = (
                _NUMBERED_PART.match(block.text.strip())
                if block.kind == "furniture" and zone == "fiches" and len(block.lines) == 1
                else None
            )
            if (
                paged
                and chapter_number(paged[1]) == chapter
                and (paged_theme := self._chapter_crumb(paged["title"], chapter_title))
            ):
                # "1 · ACCÈS AUX DROITS          Aller vers les publics" atop each page: the
                # chapter at the left edge, the sub-theme the page is under at the right
                theme = paged_theme
                self.ledger.take(block.first, block.last)
                continue
            # "Recueil 2023 — Chapitre 2 : Logement" atop each page, the chapter said nowhere else
            # in the body: the chapter opens on the first page whose running header names it
            new_header_chapter = _header_chapter(block)
            if new_header_chapter is not None and chapter_number(new_header_chapter[1]) == chapter:
                new_header_chapter = None
                if block.kind != "furniture":
                    self.ledger.take(block.first, block.last)  # the page's header, the chapter going on
                    continue
            if (
                block.kind == "furniture"
                and new_header_chapter is None
                # ("*» Mobilité et emploi*" atop each page of its fiches: a sub-theme, in italics)
                and not (
                    zone != "front" and clean_inline(block.text).lstrip("*_ ").startswith(tuple(self.markers))
                )
                # ("Pour aller plus loin" printed atop the page of each part's short entries, so
                # taken for a running line: over its list, the entries' part all the same)
                and not (zone == "fiches" and len(block.text) <= 60 and self._lists_entries(k))
                # ("AUTRES DÉMARCHES – PARTIE 2" after each part's fiches, so taken for a running
                # line: the part of short entries all the same)
                and not (zone == "fiches" and len(block.text) <= 60 and self._names_others(block.text))
            ):  # a sub-theme repeated on each page ("■ Maintien à domicile") stays a sub-theme
                self.ledger.take(block.first, block.last)
                continue
            below = self._next(k)
            listed_others = (
                fold(clean_inline(block.text).strip("# *")) in self.others
                and below is not None
                and self.blocks[below].kind != "field"
            )  # ("## En bref" over entries told in sentences: the short entries' part, no box)
            if zone != "front" and self._box_heading(block) and not listed_others:
                self.ledger.take(block.first, block.last)  # "**Fiche d'identité**": the header's heading
                continue
            if _bare_number(block) and zone != "front":
                self.ledger.take(
                    block.first, block.last
                )  # "FICHE 3" over its title: the title is the fiche's
                self._title_under_number(k)
                continue
            text = clean_inline(block.text).strip("# ")
            paged_chapter = False  # a chapter's title on its own page, as the Sommaire names it
            raw_end = block.lines[-1].rstrip() if block.lines else ""
            chapter_match = (
                _CHAPTER.match(text)
                if block.kind in ("heading", "paragraph")
                and len(text) < 140
                and not _TOC_LINE.search(text)
                and not _PAGE_REF.search(text)  # "**Chapitre I. …** — p. 5": the Sommaire's entry
                and not _TOC_LINE.search(raw_end)  # "CHAPITRE 2 · TITLE          10" (spaces cleaned)
                else None
            )
            if chapter_match is None and new_header_chapter is not None:
                chapter_match = new_header_chapter
            if chapter_match is None and _markdown_level(block) == part_level:
                chapter_match = _NUMBERED_PART.match(text)  # "# 2. Soutenir les aidants"
            if chapter_match is None and _markdown_level(block) == part_level and k in worded_parts:
                # "# Thème 2 : Insertion …": the document's own word for its parts, numbered
                chapter_match = _NUMBERED_PART.match(worded_parts[k])
            if chapter_match is None and k in barred:
                chapter_match = _BARRED_PART.match(text)  # "1 |  Aller à ses rendez-vous"
            if chapter_match is None and k in groups:
                chapter_match = _NUMBERED_PART.match(groups[k])  # "Thématique : Logement (4 initiatives)"
            if chapter_match is None and k in outlined:
                chapter_match = _NUMBERED_PART.match(outlined[k])  # "## Thème : Logement" over "### …" fiches
            if (
                chapter_match is None
                and block.kind in ("heading", "paragraph")
                and len(block.lines) == 1
                and (numbered := _NUMBERED_PART.match(text)) is not None
                and fold(numbered["title"]) in self.toc_keys
                and not re.match(r"^\d{1,2}\.\d", text)
                and all(c.isupper() for c in numbered["title"] if c.isalpha())
            ):
                chapter_match = numbered  # "1. ALLER VERS LES PERSONNES …", listed so in the Sommaire
            if (
                chapter_match is None
                and (
                    (block.kind == "heading" and len(block.lines) == 1)
                    # ("Repérer" / "et aller vers" set large on the chapter's page, over two lines)
                    or (block.kind == "paragraph" and len(block.lines) <= 2)
                )
                and fold(text) in self.toc_chapters
                # (the next chapter only: the same title again atop a page is its running header —
                # unless the chapter so far is the Sommaire's, its lines read as chapters)
                and (
                    self.toc_chapters.index(fold(text)) + 1 > (chapter or 0)
                    or self.toc_span[0] <= chapter_at <= self.toc_span[1]
                )
            ):
                # "1" / "SE DÉPLACER" on a chapter's own page: the title the Sommaire numbers
                chapter_match = _NUMBERED_PART.match(f"{self.toc_chapters.index(fold(text)) + 1}. {text}")
                paged_chapter = True
            crumb_theme = (
                self._chapter_crumb(chapter_match["title"], chapter_title)
                if chapter_match and zone == "fiches" and chapter == chapter_number(chapter_match[1])
                else None
            )
            if crumb_theme or (
                chapter_match
                and zone == "fiches"
                and chapter == chapter_number(chapter_match[1])
                and chapter_match["title"].strip(" *")
                and fold(chapter_match["title"]) != fold(chapter_title or "")
                and "|" in text
            ):
                # "Chapitre 1 | Veille et repérage", "Chapitre 2 · Title — Sub-theme": the running
                # header naming the sub-theme
                assert chapter_match is not None
                theme, current = crumb_theme or chapter_match["title"].strip(" *|"), None
                if any(fold(theme) == o or fold(theme).startswith(o + " ") for o in self.others):
                    zone, dep = "others", None  # "Chapitre 1 | Autres démarches"
                self.ledger.take(block.first, block.last)
                continue
            if (
                chapter_match
                and (block.kind == "heading" or len(block.lines) == 1 or paged_chapter)
                and zone != "front-table"
            ):
                title = chapter_match["title"].strip(" *") or None
                if (
                    zone in ("fiches", "others")
                    and title
                    and chapter_number(chapter_match[1]) == chapter
                    and fold(title) == fold(chapter_title or "")
                    and _markdown_level(block) == 0
                ):
                    # "*Chapitre 1 – Précarité …*" at the top of a page inside a fiche: the
                    # running header of the chapter it is in, not a new chapter
                    self.ledger.take(block.first, block.last)
                    continue
                if title and any(fold(title) == o or fold(title).startswith(o + " ") for o in self.others):
                    # "CHAPITRE 1 - AUTRES DÉMARCHES": the chapter's own entries, its title kept;
                    # "## Chapitre 4 : Autres démarches": a chapter of its own holding them
                    if chapter_number(chapter_match[1]) != chapter:
                        chapter, chapter_title = chapter_number(chapter_match[1]), title
                    zone, current, dep = "others", None, None
                    others_from = block.first
                    self.ledger.take(block.first, block.last)
                    continue
                chapter, chapter_title = chapter_number(chapter_match[1]), title
                theme, current, zone, chapter_dep = None, None, "fiches", None
                chapter_at = block.first
                coded_dep = self._collectivity(title) if title else None
                if (
                    coded_dep is not None
                    and coded_dep[2]
                    and fold(chapter_match[1].lstrip("0")) == fold(coded_dep[2].lstrip("0"))
                ):
                    # "# 09 – Ariège": chapters that are départements, numbered by their code —
                    # the fiches below are that département's, the chapters counted in order
                    departement_chapters += 1
                    chapter, place_heading, dep, chapter_dep = (
                        departement_chapters,
                        title,
                        coded_dep,
                        coded_dep,
                    )
                self.ledger.take(block.first, block.last)
                titled = self._next(k)
                if (
                    title is None
                    and titled is not None
                    and self.blocks[titled].kind == "heading"
                    and len(self.blocks[titled].lines) == 1
                    and not self.is_fiche(titled)
                ):
                    # "CHAPITRE 1" over "SCOLARISATION ET FORMATION": the chapter's title
                    chapter_title = clean_inline(self.blocks[titled].text).strip("# *")
                    read_to = max(read_to, self.blocks[titled].last)
                continue
            if (
                len(block.lines) == 1
                and fold(text).startswith(self.index_words)
                and not _TOC_LINE.search(block.lines[0])  # "Index thématique ...... 20": the Sommaire's entry
            ):
                if (
                    block.kind == "field"
                    and block.value
                    and any(self.is_fiche(j) for j in range(k + 1, len(self.blocks)))
                ):
                    # "**Départements cités :** Calvados, Finistère, …" over the fiches: the index
                    # said in one line, no record, the fiches still to come
                    self._front(block)
                    continue
                zone = "index"  # "INDEX DES COLLECTIVITÉS CITÉES", "Départements cités": no records
            if zone != "front" and len(block.lines) == 1 and fold(text.strip("#* ")) in self.sommaire_words:
                zone = "index"  # "TABLE DES MATIÈRES" closing the book, as French books print it
            if (
                zone != "front"
                and block.kind == "field"
                and fold(block.label or "").startswith(self.colophon)
            ):
                zone = "index"  # "Directeur de la publication : …": the colophon, no more records
            if (
                zone != "front"
                and len(block.lines) <= 3  # (a credit wrapped over its lines)
                and any(m in block.text.lower() for m in self.colophon_marks)
                # (a photo's credit "… © Département de l'Allier" in a fiche, fiches after it)
                and not any(self.is_fiche(j) for j in range(k + 1, len(self.blocks)))
                and not any(
                    b.kind == "heading" or (b.kind == "field" and fold(b.label or "") in self.labels)
                    for b in self.blocks[k + 1 :]
                )
            ):
                zone = "index"  # "Télécharger le recueil · Mentions légales · © Odas 2025": the back matter
            if (
                zone not in ("front", "index")
                and len(block.lines) == 1
                and block.kind in ("heading", "paragraph")
                and fold(text.strip("#*_: ")) in self.matter_words
                and not any(self.is_fiche(j) for j in range(k + 1, len(self.blocks)))
                and not any(self._names_others(b.text) for b in self.blocks[k + 1 :])
            ):
                zone = "index"  # "Pour aller plus loin" after the last entries: the back matter
            if (
                zone != "front"
                and block.kind == "paragraph"
                and _whole_italic(block)
                and _after_rule(self.blocks, k)
                # (a running line after a page's rule, fiches still to come, closes nothing)
                and not any(b.kind == "heading" and _markdown_level(b) > 0 for b in self.blocks[k + 1 :])
            ):
                zone = "index"  # "---" / "*ODAS — … Reproduction autorisée …*": the closing credit
            if (
                zone == "front"
                and not chaptered
                and not any(_TOC_LINE.search(line) for line in block.lines)
                and not (k + 1 < len(self.blocks) and _TOC_LINE.search(self.blocks[k + 1].text))
                and (
                    self.is_fiche(k)
                    # ("ALPES-MARITIMES (06)" over the first fiche: its collectivity, in the fiches)
                    or (
                        (below_at := self._next(k)) is not None
                        and self._item_title(below_at) is not None
                        and self._line_collectivity(block) is not None
                    )
                )
            ):
                zone = "fiches"  # a recueil in no chapters (its fiches by département): the first fiche
            heading_text = re.sub(
                r"^\d{1,2}(?: \d{1,2})* ", "", fold(text.lstrip(self.markers + " ").strip("*=~ "))
            )  # "1.3 Autres démarches", "*** AUTRES DÉMARCHES ***"
            reopens = (
                # ("Index des initiatives par département" / then "Autres démarches" alone on its
                # page: the short entries come after the index, as the Sommaire says)
                zone == "index"
                and len(block.lines) == 1
                and heading_text in self.others
                and not _TOC_LINE.search(raw_end)
                and not _PAGE_REF.search(text)
                and block.first not in self.toc_lines
            )
            if zone in ("front", "index") and not reopens:
                self._front(block)
                continue
            # a sub-theme line ("» Insertion des jeunes", "▸ Habitat inclusif")
            marked = (
                block.lines[0].strip().lstrip("*").startswith(tuple(self.markers)) if block.lines else False
            )
            if (
                (block.kind == "heading" or marked or len(block.lines) == 1)
                and (
                    any(heading_text == o or heading_text.startswith(o + " ") for o in self.others)
                    # "## Pour aller plus loin" over "- **Corrèze** — …" items: named by its list
                    or (
                        block.kind in ("heading", "furniture") and zone == "fiches" and self._lists_entries(k)
                    )
                )
                and not self._in_outline(k)
                # ("• Autres initiatives repérées" among a programme's bullets: an item of a list)
                and not (
                    block.kind == "item"
                    and any(
                        0 <= j < len(self.blocks)
                        and self.blocks[j].kind == "item"
                        and abs(self.blocks[j].first - block.first) <= 1
                        for j in (k - 1, k + 1)
                    )
                )
                and not _PAGE_REF.search(text)  # "Autres démarches — p. 10" listed in the Sommaire
                and not _TOC_LINE.search(raw_end)  # "Autres démarches repérées ....... 17": the same
                and block.first not in self.toc_lines  # (or listed with no page)
            ):  # "Autres démarches", "## Autres initiatives — Partie A"
                # ("### Autres démarches dans le département" inside "# 22 – Côtes-d'Armor": its
                # entries are that département's)
                zone, current, dep = "others", None, chapter_dep
                others_from = block.first
                self.ledger.take(block.first, block.last)
                continue
            following_block = self.blocks[self._next(k) or k]
            if (
                zone == "others"
                and marked
                and following_block.kind == "paragraph"
                and following_block.first == block.last + 1
                and len(following_block.text) >= 60
                and following_block.text.rstrip().endswith(".")
            ):
                # "► Title" right over its sentence of text: an entry of the part, not a sub-theme
                rest = clean_inline(" ".join(line.strip() for line in following_block.lines))
                marked_entry = self._entry_from(
                    text.lstrip(self.markers + " "), rest, block, dep, chapter, chapter_title
                )
                marked_entry.source = source_ref(
                    self.source, self.info.file, block.first, following_block.last
                )
                entries.append(marked_entry)
                read_to = following_block.last
                self.ledger.take(block.first, following_block.last)
                continue
            if (
                zone == "others"
                and marked
                and following_block.kind == "field"
                and self.labels.get(fold(following_block.label or "")) in ("porteur", "year", "status")
            ):
                # "» Title" over "Porteur : … | Année : …": an entry of the part, not a sub-theme
                entries.append(
                    self._entry_from(text.lstrip(self.markers + " "), "", block, dep, chapter, chapter_title)
                )
                self.ledger.take(block.first, block.last)
                continue
            if (
                zone == "others"
                and entries
                and block.kind == "field"
                and block.first <= entries[-1].source.lines[1] + 2
            ):
                key = self.labels.get(fold(block.label or ""))
                if key in ("porteur", "year", "status"):
                    last = entries[-1]
                    if key == "porteur":
                        last.porteur = block.value or None
                    elif key == "year":
                        last.year = _opening_year(block.value or "") or last.year
                    else:
                        last.status = block.value or None
                    last.source = source_ref(self.source, self.info.file, last.source.lines[0], block.last)
                    self.ledger.take(block.first, block.last)
                    continue
            numbered_theme = self._numbered_theme(block) or self._coded_theme(k, text)
            # ("■ Title" right over the fiche's header fields: the fiche's title, marked so)
            marked = marked and not (zone == "fiches" and self.is_fiche(k))
            if (
                marked
                or numbered_theme
                or (block.kind == "field" and fold(block.label or "") in self.theme_labels)
            ):
                theme = numbered_theme or (
                    text.lstrip(self.markers + " ") if marked else clean_inline(block.value or "")
                ).strip(" *")
                self.ledger.take(block.first, block.last)
                below, over_at = self._next(k), self._previous(k)
                if (
                    block.kind == "field"
                    and current is not None
                    and not current.blocks
                    # (first of the header too: "Thème : …" right under the title, over "Lieu : …")
                    and (
                        current.header
                        or (
                            over_at is not None
                            and self.blocks[over_at] is current.heading
                            and below is not None
                            and self._header_key(self.blocks[below], first=True) in HEADER_KEYS
                        )
                    )
                ):
                    current.theme = theme  # "Thématique : …" among the fiche's header fields
                    continue
                current, zone = None, "fiches"  # "» Insertion des jeunes", "**Thème : Logement**"
                continue
            next_index = self._next(k)
            if zone != "others" and self._facts_over_title(k):
                # "GERS (32) | Conseil départemental | depuis 2021" over "UN ACCUEIL DE JOUR …":
                # the header printed above its title, given to the fiche the title opens
                pending_facts = self._facts(block)
                titled_at = self._next(k)
                current = None
                self.ledger.take(block.first, block.last)
                continue
            if (
                zone == "others"
                and next_index is not None
                and self._item_title(next_index) is not None
                and self._line_collectivity(block) is not None
            ):
                zone = "fiches"  # "HAUTES-ALPES (05)" over "▪ Title" after a list of other entries
            if zone != "others" and next_index is not None and self.titled_under_collectivity(next_index):
                pending_collectivity = clean_inline(block.text).strip("# ")
                if (
                    not chaptered
                    and self._item_title(next_index) is not None
                    and pending_collectivity != place_heading
                ):
                    # a recueil set out by département, no chapter of its own: each département's
                    # heading opens the next chapter
                    chapter, chapter_title = (chapter or 0) + 1, pending_collectivity
                place_heading = pending_collectivity  # its other fiches below, printing none of their own
                current = None
                self.ledger.take(block.first, block.last)
                continue
            bold_line = (
                block.kind == "heading"
                and _markdown_level(block) == 0
                and len(block.lines) == 1
                and block.lines[0].strip().startswith("**")
                and self._line_collectivity(block) is None
            )
            if (
                zone != "others"
                and (_title_line(block) or bold_line)
                and next_index is not None
                # (over the fiche's title, or over the header line printed above that title)
                and (self.is_fiche(next_index) or self._facts_over_title(next_index))
                and not self.is_fiche(k)
                and (current is None or current.blocks)
                and self._wrapped_title(next_index) != k  # the first half of that title
                and self._bracketed_facts(block)
                is None  # ("(Porteur : … ; lancement : 2021)" closing a fiche)
            ):
                # a sub-theme printed as a plain line right above a fiche's title
                theme, current = clean_inline(block.text).strip(" *"), None
                self.ledger.take(block.first, block.last)
                continue
            facts = (
                self._facts(block)
                if current is not None and not current.header and not current.blocks
                else None
            )
            if current is not None and facts:
                # the facts line right under a fiche's title, not a title naming its collectivity
                for name, fact in facts.items():
                    current.header.setdefault(name, fact)
                self.ledger.take(block.first, block.last)
                continue
            if zone != "others" and (k == titled_at or self.is_fiche(k)):
                named = self.named_title(k)
                if named:
                    pending_collectivity = named[0]
                    block = Block(
                        "heading", block.first, block.last, named[1], level=block.level, lines=block.lines
                    )
                wrapped = self._wrapped_title(k)
                if wrapped is not None:
                    # "Un cabinet médical sur roues pour les villages de la" over "Montagne
                    # ardéchoise": a title over two lines, one Sommaire entry
                    first_half = self.blocks[wrapped]
                    if fiches and fiches[-1].blocks and fiches[-1].blocks[-1] is first_half:
                        fiches[-1].blocks.pop()
                    elif current is not None and current.blocks and current.blocks[-1] is first_half:
                        current.blocks.pop()
                    text = f"{clean_inline(first_half.text)} {clean_inline(block.text)}"
                    block = Block(
                        "heading", first_half.first, block.last, text, lines=[*first_half.lines, *block.lines]
                    )
                carried_by = self._item_carrier(k)
                if carried_by is not None and carried_by[0] != self._next(k):
                    # the title's second line, in lower case under its first
                    second = self.blocks[self._next(k) or k]
                    block = Block(
                        "heading",
                        block.first,
                        second.last,
                        f"{clean_inline(block.text)} {clean_inline(second.text)}",
                        lines=[*block.lines, *second.lines],
                    )
                current = _Fiche(block, chapter, chapter_title, theme, place=place_heading)
                if carried_by is not None:
                    # "▪ Title" / "CCAS de Grasse, depuis 2022": the porteur and year under it
                    carrier_at, (porteur, year) = carried_by
                    current.header["porteur"] = porteur
                    if year:
                        current.header["year"] = year
                    read_to = max(read_to, self.blocks[carrier_at].last)
                if theme:
                    self.body_themes.add(fold(theme))
                if pending_collectivity:
                    current.header["collectivity"] = pending_collectivity
                    pending_collectivity = None
                if pending_facts:
                    current.header.update(pending_facts)
                    pending_facts = None
                fiches.append(current)
                zone = "fiches"
                self.ledger.take(block.first, block.last)
                continue
            if block.last <= read_to:
                self.ledger.take(block.first, block.last)  # read already (a table's cell, a title)
                continue
            if (
                zone == "others"
                and block.kind == "field"
                and len(block.lines) >= 3
                and block.lines[0].lstrip().startswith("|")
            ):
                # a table of one row ("| Département | Initiative | Contact |" over one entry),
                # which the block reader took for a box of fields: read as the table it is
                rows = [
                    [c.strip() for c in line.strip().strip("|").split("|")]
                    for line in block.lines
                    if not re.fullmatch(r"[\s|:+=-]*", line)
                ]
                table = Block("table", block.first, block.last, block.text, rows=rows, lines=block.lines)
                table_entries = self._table_entries(table, chapter, chapter_title)
                if table_entries:
                    entries.extend(table_entries)
                    read_to = block.last
                    self.ledger.take(block.first, block.last)
                    continue
            if (
                zone == "fiches"
                and block.kind == "table"
                and chapter is not None
                and (rowed := self._base_rows(block, {}, {}, under=(chapter, chapter_title)))
            ):
                # "## Chapitre 1 – Insertion" over a table of its fiches, a row each ("Département |
                # Porteur | Initiative | Depuis | Présentation"), one-cell rows their sub-themes
                entries.extend(rowed)
                self.ledger.take(block.first, block.last)
                continue
            if zone == "others" and block.kind == "table":
                table_entries = self._table_entries(block, chapter, chapter_title)
                if table_entries:
                    entries.extend(table_entries)
                    self.ledger.take(block.first, block.last)
                    continue
            if zone == "others" and self._closing_heading(k):
                zone = "index"  # "## Enseignements et perspectives", "MÉTHODE ET REMERCIEMENTS"
                self._front(block)
                continue
            if zone == "others":
                found = (
                    self._collectivity(text)
                    if len(text) < 80
                    and not _BRACKETED_ENTRY.match(text)  # "[Ain] Title": an entry, its place in brackets
                    and (
                        block.kind in ("heading", "paragraph", "field")
                        # "- **Département de la Lozère**" over its entries as sub-items
                        or (block.kind == "item" and block.level == 0 and len(block.lines) == 1)
                    )
                    # "Indre (Pôle insertion) : Un forum des métiers — …" is an entry, not a header
                    # ("Aude (11) – Département de l'Aude" is: the place, then the body carrying it)
                    and (
                        not re.search(r"\s[:—–]\s+\S+(?:\s+\S+){2,}", text)
                        or (
                            len(parts := re.split(r"\s[—–]\s+", text)) == 2  # (a third part: a title)
                            and self._names_body(parts[-1])
                            # (the body's name alone: "Direction de l'autonomie : Un forum …" is an entry)
                            and ":" not in parts[-1]
                            and len(parts[-1].split()) <= 8
                            # ("« Title » – Association … (Agen, Lot-et-Garonne)": a quoted title)
                            and not parts[0].lstrip("-•*_ ").startswith(("«", "“", '"'))
                        )
                    )
                    else None
                )
                if found is not None:
                    dep = found
                    self.ledger.take(block.first, block.last)
                    continue
                closing_fact = self._header_key(block) if block.kind == "field" else None
                if (
                    closing_fact == "contact"
                    and entries
                    and others_from <= entries[-1].source.lines[0]
                    and 0 <= block.first - entries[-1].source.lines[1] <= 2
                ):
                    # "Contact : direction de l'autonomie, 02 33 …" under the entry's text: whom to
                    # ask about it, no entry of its own
                    last = entries[-1]
                    last.contacts += parse_contacts(clean_inline(block.value or ""))
                    last.sections["Contact"] = clean_inline(block.value or "")
                    last.source = source_ref(self.source, self.info.file, last.source.lines[0], block.last)
                    self.ledger.take(block.first, block.last)
                    continue
                if (
                    closing_fact in ("porteur", "year")
                    and entries
                    and others_from <= entries[-1].source.lines[0]
                    and block.first - entries[-1].source.lines[1] <= 6
                ):
                    # "Porteur : Direction de l'insertion – Lancement : 2022" closing the entry
                    last = entries[-1]
                    if closing_fact == "porteur" and last.porteur is None:
                        # ("Porteur : CCAS de Saint-Quentin – depuis 2021": its start after a dash)
                        said = re.split(
                            r"\s+[–—·-]\s+(?=(?:depuis|lancée?|dès|(?:19|20)\d\d\b))",
                            clean_inline(block.value or "").strip(" ."),
                            maxsplit=1,
                        )
                        last.porteur = said[0].strip() or None
                        if len(said) > 1 and last.year is None:
                            last.year = _opening_year(said[1])
                    elif closing_fact == "year" and last.year is None:
                        last.year = _opening_year(block.value or "")
                    last.source = source_ref(self.source, self.info.file, last.source.lines[0], block.last)
                    self.ledger.take(block.first, block.last)
                    continue
                whole = " ".join(line.strip() for line in block.lines)
                if (
                    len(block.lines) == 1
                    and re.search(r"\S\s{3,}\d{1,4}\s*$", block.lines[0])
                    and self._printed_elsewhere(block)
                ):
                    self._front(block)  # "Recueil 2023 — Odas      30": the page footer, again
                    continue
                if re.fullmatch(r"([*_])[^*_]{20,}\1", whole) and (
                    not re.search(r"\s[—–:]\s", whole) or self._printed_elsewhere(block)
                ):
                    # "*Les fiches ont été transmises …*": a note; "*Odas – Recueil 2026*" the
                    # page footer printed elsewhere with its number: no entry
                    self._front(block)
                    continue
                previous_block = self.blocks[k - 1] if k > 0 else None
                if (
                    entries
                    and previous_block is not None
                    and previous_block.kind == "item"
                    and previous_block.last == block.first - 1
                    and block.kind == "paragraph"  # (a nested item is an entry of its own)
                    and block.lines[0].startswith(("  ", "\t"))
                    and entries[-1].source.lines[1] == previous_block.last
                ):
                    # "- *Title* — text" going on, indented, on the lines below: the same entry
                    last = entries[-1]
                    last.sections["Texte"] += " " + clean_inline(
                        " ".join(line.strip() for line in block.lines)
                    )
                    last.source = source_ref(self.source, self.info.file, last.source.lines[0], block.last)
                    self.ledger.take(block.first, block.last)
                    continue
                if any(re.fullmatch(r"(?:https?://|www\.)\S+", line.strip()) for line in block.lines) or (
                    entries and _FILE_SIZE.search(block.text)
                ):
                    # "Odas – Observatoire …" / "www.odas.net": the back cover; "Télécharger le
                    # recueil en PDF (2,4 Mo)" after the entries: the page's back matter
                    zone = "index"
                    self._front(block)
                    continue
                led = self._leader_entries(block, chapter, chapter_title) or self._dashed_entries(
                    block, chapter, chapter_title
                )
                if led:
                    entries.extend(led)  # "Calvados ........ Un bus « mémoire » …", a line each
                    self.ledger.take(block.first, block.last)
                    continue
                later = [b for b in self.blocks[k + 1 : k + 4] if b.kind != "furniture"]
                if (
                    not entries
                    and block.kind == "paragraph"
                    and len(later) >= 2
                    # (a list's lines, items or "- **Label** — …" fields)
                    and (
                        all(
                            b.kind == "item" or _ITEM_LINE.match(b.lines[0] if b.lines else "")
                            for b in later[:2]
                        )
                        or bool(self._dashed_lines(later[0]))  # over "Title – Nord – CCAS …" lines
                    )
                    and re.search(r"[.!:]$", block.text.strip())
                ):
                    self._front(block)  # "Ces démarches nous ont été signalées …" over the list
                    continue
                if (
                    not entries
                    and dep is None
                    and block.kind == "paragraph"
                    and len(block.text) > 80
                    and block.text.rstrip().endswith(".")
                    and (following_at := self._next(k)) is not None
                    and self._line_collectivity(self.blocks[following_at]) is not None
                ):
                    self._front(
                        block
                    )  # "D'autres collectivités nous ont signalé …" over the first département
                    continue
                porteur_line = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                if (
                    dep is not None
                    and block.kind == "paragraph"
                    and len(block.lines) == 1
                    and 8 <= len(block.text) <= 160
                    and not block.text.rstrip().endswith((".", ":", ";"))
                    and porteur_line is not None
                    and porteur_line.kind == "field"
                    and porteur_line.first == block.last + 1
                    and self.labels.get(fold(porteur_line.label or "")) == "porteur"
                ):
                    # "Séjours de vacances aidant-aidé" over "Porteur : CCAS de Saint-Quentin – depuis
                    # 2021" under its département's line: a short entry, its porteur and start
                    short = self._entry_from(clean_inline(block.text), "", block, dep, chapter, chapter_title)
                    value = clean_inline(porteur_line.value or "")
                    said = re.split(r"\s+[–—-]\s+(?=(?:depuis|lancée?|en|dès)\b)", value, maxsplit=1)
                    short.porteur = said[0].strip() or None
                    short.year = _opening_year(said[1]) if len(said) > 1 else short.year
                    entries.append(short)
                    self.ledger.take(block.first, porteur_line.last)
                    read_to = porteur_line.last
                    year_field = self.blocks[k + 2] if k + 2 < len(self.blocks) else None
                    if (
                        year_field is not None
                        and year_field.kind == "field"
                        and year_field.first <= porteur_line.last + 1
                        and self.labels.get(fold(year_field.label or "")) == "year"
                    ):
                        # "Porteur : CCAS de Nancy – Année : 2021": its start, the line's next field
                        short.year = _opening_year(year_field.value or "") or short.year
                        short.sections["Texte"] = clean_inline(year_field.value or "")
                        self.ledger.take(year_field.first, year_field.last)
                        read_to = max(read_to, year_field.last)
                    continue
                # the paragraph under an entry's title line is its text, whatever it holds
                entry = self._entry(block, dep, chapter, chapter_title) if k != text_of_title else None
                following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                if (
                    entry is not None
                    and entry.sections["Texte"] == entry.title
                    and following is not None
                    and following.kind == "paragraph"
                ):
                    text_of_title = k + 1  # a title line with no text of its own: the paragraph below
                if entry is None and k != text_of_title and self._titled_paragraph(block):
                    # "Un fonds d'équipement pour …" / "Le Département finance …": the title on
                    # the paragraph's first line, its text on the lines below
                    entry = self._entry_from(
                        block.lines[0].strip(),
                        clean_inline(" ".join(line.strip() for line in block.lines[1:])),
                        block,
                        dep,
                        chapter,
                        chapter_title,
                    )
                following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                carried_below = (
                    following is not None
                    and following.kind == "field"
                    and self._header_key(following) in ("porteur", "year")
                )
                if (
                    entry is None
                    and k != text_of_title
                    and (
                        _title_line(block)
                        # ("  ▪ Des écrivains publics …" over its porteur: a bulleted title)
                        or (carried_below and _title_line(replace(block, kind="paragraph")))
                    )
                    and following is not None
                    and (following.kind == "paragraph" or carried_below)
                ):
                    # "Forum des métiers du lien" on its line, its text in the paragraph below
                    # (or "▪ Title" over "Porteur : CCAS de Bressuire · 2022", then its text)
                    entry = self._entry_from(block.text, "", block, dep, chapter, chapter_title)
                    text_of_title = k + 1 if following.kind == "paragraph" else k + 2
                elif (
                    entry is None
                    and k != text_of_title
                    and (
                        not entries
                        or entries[-1].departement != (dep[1] if dep else None)
                        or _starts_entry(block, self.openers)
                    )
                ):
                    sentence = re.match(
                        r"^(?P<title>[A-ZÀ-Ý«][^.!?]{3,100}?)[.!?]\s+(?P<rest>[A-ZÀ-Ý].*)$",
                        clean_inline(block.text),
                    )
                    # ("Les démarches ci-dessous ont été signalées …" over "Dordogne : Title
                    # (porteur)" lines: the part's introduction, no entry of its own)
                    introduces = (
                        not entries
                        and dep is None
                        and following is not None
                        and following.kind == "field"
                        and self._collectivity(following.label or "") is not None
                    )
                    if (
                        sentence and block.kind == "paragraph" and not introduces
                    ):  # "Un bus des aidants. Un bus aménagé …"
                        entry = self._entry_from(
                            sentence["title"], sentence["rest"], block, dep, chapter, chapter_title
                        )
                if entry is not None:
                    entries.append(entry)
                    self.ledger.take(block.first, block.last)
                    continue
                if (
                    entries
                    and others_from <= entries[-1].source.lines[0]
                    and entries[-1].source.lines[1] < block.first
                ):
                    # (never the last entry of an earlier part: its lines would span the fiches
                    # between, and their money would be counted twice)
                    previous = entries[-1]
                    previous.sections["Texte"] += "\n" + clean_inline(" ".join(block.lines))
                    carrier = _CARRIED_SINCE.match(clean_inline(block.text)) if k == text_of_title else None
                    if (
                        carrier is not None
                        and previous.porteur is None
                        and self._names_body(carrier["porteur"])
                    ):
                        # "**Title**" / "CCAS de Bayeux — depuis 2022": who runs it, since when
                        previous.porteur = carrier["porteur"].strip()
                        previous.year = previous.year or int(carrier["year"])
                    if k == text_of_title and previous.year is None:
                        previous.year = _opening_year(block.text)
                    if k == text_of_title and previous.porteur is None:
                        previous.porteur = prose_porteur(
                            clean_inline(block.text), self.porteur_labels, self.organisations
                        )
                    previous.source = source_ref(
                        self.source, self.info.file, previous.source.lines[0], block.last
                    )
                    self.ledger.take(block.first, block.last)
                    continue
            if current is not None and not current.header and not current.blocks and self._subtitle(k):
                current.header["subtitle"] = clean_inline(block.text).strip("*_ ")  # the title's subtitle
                self.ledger.take(block.first, block.last)
                continue
            if (
                current is not None
                and current.blocks
                and block.kind == "heading"
                and len(block.lines) == 1
                and is_capitals(text)
                and not _CHAPTER.match(text)
                # (not the recueil's title atop every page: "FRATRIES CONFIÉES : PRÉSERVER …")
                and self._printed_times(block.text) <= 2
                and (after := self._next(k)) is not None
                and self.is_fiche(after)
            ):
                # "SOUTENIR LES PROCHES AIDANTS" in capitals right over the next fiche's title,
                # after the text of the one above: the sub-theme the next fiches are under
                theme, current = text.strip(" *"), None
                self.ledger.take(block.first, block.last)
                continue
            if current is not None:
                key = self._header_key(block, first=not current.header)
                carried = (
                    _TRAILING_NAME.match(clean_inline(block.text)) if block.kind == "paragraph" else None
                )
                if (
                    not current.blocks
                    and len(block.lines) == 1
                    and carried is not None
                    and "porteur" not in current.header
                    and self._carries(carried)
                ):
                    # "Centre hospitalier de Dax (Département des Landes)": the porteur, then the
                    # collectivity it belongs to, on the line under the title
                    current.header["porteur"] = carried["title"].strip()
                    current.header["collectivity"] = carried["name"].strip()
                    self.ledger.take(block.first, block.last)
                    continue
                # "(Département de l'Allier)", "Département de la Manche": the collectivity alone
                parenthesised = re.fullmatch(
                    r"\(([^()]{3,80})\)|((?:Département|Collectivité|Métropole)\b[^()]{3,70})",
                    clean_inline(block.text).strip() if block.kind == "paragraph" else "",
                )
                above = fold(current.header.get("collectivity", "")).split()
                if (
                    not current.blocks
                    and parenthesised is not None
                    and list(current.header) == ["collectivity"]
                    and above[:1] != ["departement"]
                    and bool(above)
                    and above[0] in self.organisations
                    and self._collectivity(parenthesised[1] or parenthesised[2]) is not None
                ):
                    # "Conseil départemental de l'Allier" over "(Département de l'Allier)": the
                    # line above was the porteur, this its collectivity
                    current.header["porteur"] = current.header["collectivity"]
                    current.header["collectivity"] = (parenthesised[1] or parenthesised[2]).strip()
                    self.ledger.take(block.first, block.last)
                    continue
                if (
                    key is None
                    and not current.blocks
                    # (a territory beside the collectivity: "Morbihan (56) – Pays de Pontivy")
                    and "collectivity" in current.header
                    and set(current.header) <= {"collectivity", "territory"}
                    and _porteur_like(block)
                    # ("Organismes responsables" over its value: a label the vocabulary lacks)
                    and not self._unknown_label(k)
                    # ("Contexte" over the fiche's text: its first section, no porteur)
                    and fold(clean_inline(block.text)) not in self.section_headings
                ):
                    key = "porteur"  # the unlabelled line right under the collectivity
                    current.guessed.add("porteur")
                facts = (
                    self._facts(block) or self._labelled_facts(block)
                    if key == "collectivity" and not current.header
                    else None
                )
                if facts and not current.blocks:
                    for name, fact in facts.items():
                        current.header.setdefault(name, fact)
                    self.ledger.take(block.first, block.last)
                    continue
                after = self._next(k)
                if key is None and not current.blocks and current.header and self._unknown_label(k):
                    # "Cofinanceur" over its value, among the header's fields: a field the
                    # vocabulary lacks, kept with its value, which does not end the header
                    current.unknown.append(block)
                    unknown_value = after
                    continue
                if k == unknown_value and not current.blocks and current.unknown:
                    label = current.unknown.pop()
                    name, value = clean_inline(label.text).strip(" *:"), clean_inline(block.text)
                    current.unknown.append(
                        Block(
                            "field",
                            label.first,
                            block.last,
                            f"{name} : {value}",
                            label=name,
                            value=value,
                            lines=[*label.lines, *block.lines],
                        )
                    )
                    continue
                if (
                    key is None
                    and not current.blocks
                    # (the header's first field too, known ones below: "Zone d'action : Gers")
                    and (current.header or self._known_fields_below(k) >= 2)
                    and block.kind == "field"
                    # (a box's value wrapped under its label: "Public   Personnes de 60 ans …" /
                    # "         et leurs aidants")
                    and len(block.lines) <= 3
                    and len(block.label or "") <= 40
                    and after is not None
                    and self._header_key(self.blocks[after]) in HEADER_KEYS
                ):
                    # "Année d'installation : 2022" among the header's fields, a known one below:
                    # a field of the header the vocabulary lacks, which does not end the header
                    current.unknown.append(block)
                    continue
                if key and not current.blocks:
                    value = (block.value if block.kind == "field" else clean_inline(block.text)) or ""
                    if (
                        key == "collectivity"
                        and block.kind == "field"
                        and fold(block.label or "") not in self.labels
                    ):
                        value = block.label or ""  # the collectivity printed as a run-in label
                        if "|" in block.lines[0] and block.value and self._names_body(block.value):
                            # "Seine-Saint-Denis | Établissement public territorial …": its porteur
                            current.header.setdefault("porteur", block.value)
                    if key == "collectivity" and (parts := re.split(r"\s+[·|]\s+", value, maxsplit=1))[1:]:
                        # "Département des Côtes-d'Armor · Conseil départemental des Côtes-d'Armor"
                        value = parts[0]
                        current.header.setdefault("porteur", parts[1])
                    current.header[key] = (
                        # (a pair of a line read whole already: the same value, once)
                        f"{current.header[key]} ; {value}"
                        if key in current.header and current.header[key] != value
                        else value
                    )
                    self.ledger.take(block.first, block.last)
                    continue
                coded = (  # "1.2 — Soutenir les parents": a numbered sub-theme heading
                    block.kind == "heading"
                    and not block.marker
                    and bool(block.number)
                    and re.fullmatch(r"\d{1,2}\.\d{1,2}", block.number or "") is not None
                )
                if (
                    coded
                    or (
                        _markdown_level(block)
                        and _markdown_level(block) <= (_markdown_level(current.heading) or 9)
                    )
                    # in a PDF, a heading set larger than the fiche's title (a sub-theme, a chapter)
                    or self._larger_heading(block, current.heading)
                    # a heading in capitals the Sommaire lists, the fiches' titles in small letters:
                    # the next sub-theme ("ACTIVITÉ, BÉNÉVOLAT ET SAISONS ⇥ 10")
                    or (
                        block.kind in ("heading", "paragraph")
                        and len(block.lines) == 1
                        and is_capitals(text)
                        and not is_capitals(current.heading.text)
                        and self._listed_in_toc(text)
                    )
                ):
                    current = None  # a sub-theme heading: the fiche is over
                else:
                    current.blocks.append(block)
                    continue
            if (
                block.kind == "heading"
                or text.startswith(tuple(self.markers))
                # ("LOGEMENT" right over a fiche's title, no blank line between: a sub-theme the
                # Sommaire lists)
                or (
                    block.kind == "paragraph"
                    and len(block.lines) == 1
                    and is_capitals(text)
                    and self._listed_in_toc(text)
                )
            ):
                theme = clean_inline(block.title).strip("# ").lstrip(self.markers + " ").strip(" *")
                self.ledger.take(block.first, block.last)
                continue
            self._front(block)
        if not fiches and not entries:
            return None
        for entry in entries:
            # "Aube – Conseil départemental" over its entries: the porteur printed beside the place
            if entry.porteur is None and entry.departement_raw:
                beside = re.match(r"^[^–—]{2,40}?\s[–—]\s(?P<porteur>\S.{2,80})$", entry.departement_raw)
                numbered = _DEP_NUMBER.search(entry.departement_raw)
                body = entry.departement_raw[: numbered.start()].strip() if numbered else ""
                if beside and self._names_body(beside["porteur"]):
                    entry.porteur = beside["porteur"].strip()
                elif len(body) >= 3 and not departements().is_name(body):
                    # "CCAS de Saint-Malo (35)" over its entries: a body and its département's number
                    entry.porteur = body
            started = _STARTED_AFTER.match(entry.porteur or "")
            if started is not None:
                # "CCAS de Saint-Quentin – depuis 2021": the porteur, then its start after a dash
                entry.porteur = started["porteur"].strip()
                entry.year = entry.year or _opening_year(started["start"] or started["bare"])
        records = _sites_joined([self._fiche_record(f) for f in fiches] + entries)
        self._departements_from_index(records)
        self._document_departement(records)
        if not chaptered:
            self._themes_from_index(records)
            self._chapters_from_legend(records)
        assign_ids(records, self.info.id, qualifier=lambda r: r.departement)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        document.records_announced = self._sommaire_titles(records)
        return ParseResult(document=document, records=records)

    def _sommaire_fiches(self) -> int:
        """How many fiches the Sommaire lists (computed once)."""
        if not hasattr(self, "_fiches_listed"):
            self._fiches_listed = len(self._sommaire_title_keys())
        return self._fiches_listed

    def _sommaire_titles(self, records: list[Initiative]) -> int | None:
        # (a sub-theme or a chapter the fiches are filed under, "1.1 Lever les freins …", is none)
        numbering = r"^(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,5})[.)]?\s+"  # "2.1 ", "II. ", "iii "
        filed = {
            re.sub(numbering, "", fold(name))
            for r in records
            for name in (r.theme_label, r.chapter_title)
            if name
        }
        return len({k for k in self._sommaire_title_keys() if re.sub(numbering, "", k) not in filed}) or None

    def _sommaire_title_keys(self) -> set[str]:
        """The fiches the Sommaire lists: its entries, less the chapters, the sub-themes and the
        headings entries are listed under, the front and back matter, the index and the short
        entries' part."""
        keys = self.toc_keys - self.toc_parents - set(self.toc_chapters) - self._toc_theme_keys()
        # (a running footer "Title of the recueil      5", an index's "Lot-et-Garonne ...... 9")
        furniture = {
            fold(clean_inline(_PAGE_REF.sub("", b.text.strip())))
            for b in self.blocks
            if b.kind == "furniture"
        }
        # (a running line, "SOLIDARITÉS TERRITORIALES      5" at each page's foot, listed too)
        printed = Counter(
            fold(clean_inline(re.sub(r"^\s*\d{1,3}\s{2,}|\s{2,}\d{1,3}\s*$", "", line)))
            for line in self.source.lines
            if line.strip()
        )
        return {
            k
            for k in keys
            if k not in furniture
            and printed[k] < 3
            and k not in self.toc_front
            and k.rstrip(" ?") not in self.labels  # ("Depuis quand ?": a header's question, explained)
            # ("Ville de Riom": an index's local body, no title)
            and not (len(k.split()) <= 5 and re.match(rf"^(?:{local_body_words()}) (?:de|d|du|des) \S", k))
            and self._collectivity(k) is None
            and not k.startswith(self.index_words)
            and not any(k == o or k.startswith(o + " ") for o in self.others)
            and not any(k == w or k.startswith(w + " ") for w in self.matter_words)
            and not _CHAPTER.match(k.upper())  # ("chapitre iii …", folded)
        }

    def _departements_from_index(self, records: list[Initiative]) -> None:
        """An index by département that names fiches by their numbers ("Gers ...... fiches 1, 6,
        11"): a fiche that prints no département of its own takes the one listing its number."""
        numbered: dict[str, tuple[str, str | None, str | None]] = {}
        for line in self.source.lines:
            listed = _INDEX_BY_NUMBER.match(line.strip())
            if listed is None or not departements().is_name(listed["place"].strip()):
                continue
            dep = self._collectivity(listed["place"].strip())
            for number in re.findall(r"\d{1,3}", listed["numbers"]):
                if dep is not None:
                    numbered[number] = dep
        if len(numbered) < 2:
            return
        for record in records:
            if record.kind != "fiche" or record.departement:
                continue
            # ("FICHE 7" over its title: the number on the title's line or the line above it)
            first = record.source.lines[0]
            heading = next(
                (
                    found
                    for n in (first, first - 1, first - 2)
                    if n >= 1 and (found := numbered_heading(clean_inline(self.source.line(n)).strip()))
                ),
                None,
            )
            dep = numbered.get(heading[1]) if heading else None
            if dep is not None:
                record.departement, record.departement_code = dep[1], dep[2]

    def _document_departement(self, records: list[Initiative]) -> None:
        """A département's own recueil ("DÉPARTEMENT DE L'AVEYRON" on its cover, no fiche naming
        one): every entry is in it. Only when no fiche names a département and the cover, up to
        the first fiche, names exactly one."""
        if not records or any(r.departement for r in records if r.kind == "fiche"):
            return
        first = min(r.source.lines[0] for r in records)
        named: dict[str, tuple[str, str | None, str | None]] = {}
        for line in self.source.lines[: first - 1]:
            if re.match(r"(?i)\s*(?:d[ée]partement|conseil d[ée]partemental)\b", line.strip()):
                found = self._collectivity(clean_inline(line).strip())
                if found is not None and found[1]:
                    named[found[1]] = found
        if len(named) != 1:
            return
        raw, name, code = next(iter(named.values()))
        for record in records:
            if not record.departement:
                record.departement, record.departement_code = name, code
                self.warnings.add(
                    "departement-from-cover",
                    f"{record.title[:60]!r} names no département: the recueil's own ({raw}) is given",
                    record.source.lines[0],
                )

    def _title_under_number(self, k: int) -> None:
        """ "N° 5" over "Signalement précoce des impayés : une convention …": a title with a
        colon, read by the block reader as a field the header knows no label of, is the title
        (with the header line right under it, as the other sheets' titles are read)."""
        if k + 1 >= len(self.blocks):
            return
        below = self.blocks[k + 1]
        if (
            below.kind != "field"
            or len(below.lines) > 2  # (wrapped at the page's width, its value going on below)
            or self.labels.get(fold(below.label or "")) is not None
            or not (below.value or "")[:1].islower()
        ):
            return
        lines = list(below.lines)
        last = below.last
        after = self.blocks[k + 2] if k + 2 < len(self.blocks) else None
        if (
            after is not None
            and after.kind == "paragraph"
            and after.first == below.last + 1
            and len(after.lines) == 1
        ):
            lines += after.lines
            last = after.last
            del self.blocks[k + 2]
        text = clean_inline(" ".join(line.strip() for line in lines))
        self.blocks[k + 1] = Block("paragraph", below.first, last, text, lines=lines)

    def _front(self, block: Block) -> None:
        """Title page, Sommaire and index (tables, lists), notices: document text."""
        name = "Sommaire et index" if block.kind in ("table", "item") else "Texte"
        text = "\n".join(line.strip() for line in block.lines)
        self.doc_sections[name] = f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
        self.ledger.take(block.first, block.last)

    def _collectivity(self, text: str) -> tuple[str, str | None, str | None] | None:
        """(as printed, canonical name, code) of a collectivity line: "Département de la Drôme",
        "Conseil départemental des Landes", "Vienne (86)", "Ville de Lorient (Morbihan)"."""
        refs = departements()
        inner = re.search(r"\(([^()]{3,40})\)\s*$", text)
        before = fold(text[: inner.start()]) if inner else ""
        place = text[: inner.start()].strip(" *") if inner else ""
        if (
            inner
            and not inner[1].strip().isdigit()
            and (
                _LOCAL_BODY.match(before)
                or any(_LOCAL_BODY.match(w) for w in before.split())
                # "Le Puy-en-Velay (Haute-Loire)": a place name, its words capitalised
                or (
                    refs.is_name(inner[1].strip())
                    and 0 < len(place.split()) <= 4
                    and all(
                        w[:1].isupper()
                        or w in ("de", "du", "des", "la", "le", "les", "en", "sur", "d'", "l'")
                        for w in place.split()
                    )
                )
            )
        ):  # "Ville de Lorient (Morbihan)", "Brest métropole (Finistère)"
            # "(territoire du Bas-Rhin)": the département the territory is
            dep = refs.resolve(
                re.sub(r"^territoire\s+(?:du|de la|de l['’]|des|de)\s*", "", inner[1].strip(), flags=re.I)
            )
            if dep:
                return (text.strip("* "), dep.name, dep.code)
        cleaned = _DEP_NUMBER.sub("", text.strip("* "))
        cleaned = re.sub(r"^\d{2,3}[AB]?\s*[–—-]\s*(?=\D)", "", cleaned)  # "64 – Pyrénées-Atlantiques"
        cleaned = re.sub(
            r"^(?:d[ée]partement|conseil d[ée]partemental|conseil g[ée]n[ée]ral)\s+(?:de la |de l['’]|du |des |de |d['’])\s*",
            "",
            cleaned,
            flags=re.I,
        )
        if "," in text and not inner and not re.fullmatch(r"\d{2,3}|2[ABab]", cleaned.strip()):
            head = text.split(",", 1)[0]
            if re.search(r"\([^()]{3,40}\)\s*$", head):
                return self._collectivity(head)  # "Ville de Montreuil (Seine Saint-Denis), avec …"
        acronym = re.fullmatch(r"(?:CD|CG|Dpt\.?|D[ée]p\.?)\s*(\d{2,3}|2[ABab])", cleaned.strip())
        if acronym:
            cleaned = acronym[1]  # "CD 64": the départemental council by the département's number
        if re.fullmatch(r"\d{2,3}|2[ABab]", cleaned.strip()):
            dep = refs.by_code(cleaned)  # "Territoire : 51": the département by its number alone
            return (text.strip("* "), dep.name, dep.code) if dep else None
        dep = refs.resolve(cleaned)
        if dep is None and inner and not inner[1].strip().isdigit() and text[: inner.start()].strip(" *"):
            # "Département des Pyrénées-Atlantiques (territoire du Pays basque)": the bracket
            # names a part of the département the line names
            named = self._collectivity(text[: inner.start()])
            if named is not None:
                return (text.strip("* "), named[1], named[2])
        if dep is None and re.search(r"\s[–—]\s", cleaned):
            # "Pays basque – Pyrénées Atlantiques": a territory, then its département
            parts = [p.strip() for p in re.split(r"\s[–—]\s", cleaned)]
            dep = next((refs.resolve(p) for p in reversed(parts) if refs.is_name(p)), None)
        coded = re.search(r"\((\d{2,3}|2[AB])\)\s*$", text.strip("* "))
        if (
            dep is None
            and coded
            and (any(_LOCAL_BODY.match(w) for w in fold(cleaned).split()) or self._names_body(cleaned))
        ):
            # "Ville de Saint-Nazaire (44)", "Conseil départemental (86)", "CCAS d'Auch (32)": a
            # body and its département's code
            dep = refs.by_code(coded[1])
        if dep is None and "," in cleaned and len(cleaned) <= 80:
            # "Gonesse, Val-d'Oise (95)": a commune, then its département
            dep = refs.resolve(re.sub(r"\s*\(\d[\dAB]?\d?\)\s*$", "", cleaned.rsplit(",", 1)[-1].strip()))
        return (text.strip("* "), dep.name, dep.code) if dep else None

    def _table_entries(
        self, block: Block, chapter: int | None, chapter_title: str | None
    ) -> list[Initiative]:
        """ "| Département | Initiative | Porteur |" rows: one entry per row, its columns read by
        their header (the header labels the family knows; the other column is the title)."""
        header, *rows = block.rows
        keys = [self.labels.get(fold(cell.strip(" *"))) for cell in header]
        untitled = [n for n, key in enumerate(keys) if key is None]
        if len(untitled) > 1 and rows:
            # ("| Département | Démarche | En bref |": the title the shortest column, the others
            # what the entry does, said at length)
            mean = {n: sum(len(r[n]) if n < len(r) else 0 for r in rows) / len(rows) for n in untitled}
            shortest = min(untitled, key=lambda n: mean[n])
            if all(mean[n] >= 1.5 * mean[shortest] for n in untitled if n != shortest):
                untitled = [shortest]
        if "collectivity" not in keys or len(untitled) != 1 or not rows:
            return []
        title_column = untitled[0]
        found = []
        numbers = [  # the line of each row (rules aside), the header's first
            block.first + i for i, line in enumerate(block.lines) if not re.fullmatch(r"[\s|:+=-]*", line)
        ][1:]
        for row, number in zip(rows, numbers, strict=False):
            cells = dict(zip(keys, row, strict=False))
            title = clean_inline(row[title_column]) if title_column < len(row) else ""
            if not title:
                continue
            raw_line = (
                block.lines[number - block.first] if 0 <= number - block.first < len(block.lines) else ""
            )
            raw_cells = [c.strip() for c in raw_line.strip().strip("|").split("|")]
            bold = _BOLD_START.match(raw_cells[title_column]) if title_column < len(raw_cells) else None
            if bold is not None and bold["rest"]:
                title = clean_inline(bold["title"])  # "**Permis solidaire** : une auto-école …"
            elif (told := _ENTRY_SEPARATOR.match(title)) is not None and told["short"] and len(title) > 60:
                title = told["short"].strip(" *")  # "Un taxi solidaire : des trajets vers …"
            dep = self._collectivity(cells.get("collectivity") or "")
            entry = self._entry_from(
                title, "", Block("table", number, number, title, lines=[]), dep, chapter, chapter_title
            )
            entry.porteur = (cells.get("porteur") or None) if "porteur" in cells else entry.porteur
            if cells.get("year"):
                entry.year = _opening_year(cells["year"]) or entry.year
            found.append(entry)
        return found

    def _entry_of_facts(
        self,
        title: str,
        text: str,
        facts_text: str,
        block: Block,
        chapter: int | None,
        chapter_title: str | None,
    ) -> Initiative | None:
        """An entry whose facts are parted by dots ("Mayenne (53) · Porteur : Association X · 2022",
        "Hérault · CCAS de Lunel · lancée en 2021"): its département, porteur (labelled, or a body's
        name) and year; None when no part names a département."""
        facts = [part.strip() for part in re.split(r"\s[·|]\s", facts_text)]
        located = next((at for part in facts if (at := self._collectivity(part)) is not None), None)
        if located is None:
            return None
        entry = self._entry_from(title, text, block, located, chapter, chapter_title)
        for part in facts:
            labelled = re.match(r"^(?P<label>[^:]{2,30}?)\s*:\s*(?P<value>\S.*)$", part)
            if labelled is not None and self.labels.get(fold(labelled["label"])) == "porteur":
                entry.porteur = labelled["value"].strip()
            elif labelled is None and self._names_body(part) and entry.porteur is None:
                entry.porteur = part
        entry.year = next((y for part in facts if (y := _opening_year(part))), entry.year)
        return entry

    def _entry(self, block: Block, dep, chapter: int | None, chapter_title: str | None) -> Initiative | None:
        # "- **Title** — *Mayenne (53) · Porteur : Association X · 2022* — what it does": the
        # title in bold, then its facts in italics parted by dots, then its text
        framed = _FRAMED_ENTRY.match(" ".join(line.strip() for line in block.lines)) if block.lines else None
        if block.kind == "item" and framed is not None:
            framed_entry = self._entry_of_facts(
                clean_inline(framed["title"]).strip(),
                clean_inline(framed["text"] or ""),
                framed["facts"],
                block,
                chapter,
                chapter_title,
            )
            if framed_entry is not None:
                return framed_entry
        defined = self._collectivity(block.label or "") if block.kind == "field" else None
        told = re.match(r"^(?P<a>[^—–]{3,120}?)\s[—–]\s(?P<b>\S.*)$", block.value or "") if defined else None
        if told is not None and (self._names_body(told["a"].strip()) or self._names_body(told["b"].strip())):
            # "Loire-Atlantique" / ": CCAS de Saint-Nazaire — Permanence …": the collectivity
            # defined by its porteur and the entry's title
            porteur, title = told["a"].strip(), told["b"].strip()
            if self._names_body(title) and not self._names_body(porteur):
                porteur, title = title, porteur
            entry = self._entry_from(title, "", block, defined, chapter, chapter_title)
            entry.porteur = porteur
            return entry
        first_line = clean_inline(block.lines[0]) if block.lines else ""
        carrier = (
            _CARRIER_LINE.match(clean_inline(block.lines[1]))
            if block.kind == "item" and len(block.lines) == 2 and block.lines[1].startswith((" ", "\t"))
            else None
        )
        if (
            carrier is not None
            and self._names_body(carrier["porteur"])
            # ("• Un guide … – Direction de l'autonomie du" / "  Département (2023)": one entry wrapped)
            and not re.search(r"\s[–—]\s", first_line)
        ):
            # "• Échéanciers sans frais …" / "   CCAS d'Aix-les-Bains – 2020": the title, then
            # who runs it (and since when) on the line indented below
            entry = self._entry_from(
                re.sub(r"^[-•–▪▸►◦*]\s+", "", first_line), "", block, dep, chapter, chapter_title
            )
            entry.porteur = carrier["porteur"].strip()
            entry.year = int(carrier["year"]) if carrier["year"] else entry.year
            return entry
        if (
            block.kind == "item"
            and len(block.lines) == 2
            and block.lines[1].startswith((" ", "\t"))
            and len(re.split(r"\s[·|]\s", block.lines[1])) >= 2
        ):
            # "- [Title](/initiatives/…)" / "  Hérault · CCAS de Lunel · lancée en 2021": the title,
            # then its facts parted by dots on the line indented below
            linked = re.sub(r"^[-•–▪▸►◦*]\s+", "", _LINK.sub(r"\1", first_line))  # "[Title](/url)"
            dotted = self._entry_of_facts(
                linked, "", clean_inline(block.lines[1]), block, chapter, chapter_title
            )
            if dotted is not None:
                return dotted
        if (
            block.kind == "item"
            and len(block.lines) >= 2
            and all(line.startswith((" ", "\t")) for line in block.lines[1:])
            and 2 <= len(first_line.split()) <= 14
            and not first_line.rstrip().endswith((".", ":", ";", ","))
            # (not "**Landes** – Porteur : Title" wrapped: a line of its own facts)
            and not re.search(r"\s[–—:-]\s|[:«»*\[]", first_line)
            and len(block.lines[1].strip()) > 40
            and block.lines[-1].rstrip().endswith((".", "!"))
            # (a title wrapped on "… et les" / "associations (CC …)": one entry's line going on)
            and not re.search(
                r"\b(?:le|la|les|l|du|de|des|d|et|ou|à|a|au|aux|en|par|pour|avec|sur|un|une)$",
                fold(first_line),
            )
        ):
            # "• Parrainage vers l'emploi" / "  Des cadres et retraités … Depuis 2000, …": the title,
            # its text indented under it, under the name of who runs it ("Conseil général du Tarn")
            rest = clean_inline(" ".join(line.strip() for line in block.lines[1:]))
            entry = self._entry_from(
                re.sub(r"^[-•–▪▸►◦*]\s+", "", first_line), rest, block, dep, chapter, chapter_title
            )
            group_name = re.sub(r"\s*\([^()]*\)\s*$", "", dep[0]).strip() if dep and dep[0] else ""
            if group_name and self._names_body(group_name):
                entry.porteur = entry.porteur or group_name
            told = re.search(r"\b(?:depuis|en|dès)\s+((?:19|20)\d\d)\b", _ocr_digits(rest), re.IGNORECASE)
            entry.year = entry.year or (int(told[1]) if told else None)
            return entry
        bracket = _BRACKETED_ENTRY.match(clean_inline(block.text))
        if bracket is not None and (where := self._collectivity(bracket["place"])) is not None:
            # "[Drôme] La conférence familiale …": its département in brackets, then its title
            tagged_text = re.sub(r"\s*(?:→|->|:)?\s*https?://\S+$", "", bracket["title"])  # (a link after it)
            year = re.search(
                r"\s*\(((?:depuis|lancée? en|dès)\s+(?:19|20)\d\d)\)\s*$", tagged_text, re.IGNORECASE
            )
            tagged_text = tagged_text[: year.start()] if year else tagged_text
            carried_by = _LEADING_NAME.match(tagged_text)
            if carried_by is not None and self._names_body(carried_by["name"]):
                # "[Yvelines] Département des Yvelines — Title (depuis 2024)": who runs it, then
                # its title, then its start
                entry = self._entry_from(carried_by["title"], "", block, where, chapter, chapter_title)
                entry.porteur = carried_by["name"].strip()
                entry.year = _opening_year(year[1]) if year else entry.year
                return entry
            return self._entry_from(bracket["title"], "", block, where, chapter, chapter_title)
        if len(block.lines) > 1 and _TITLE_YEAR.search(first_line) and len(first_line) <= 160:
            # "Une bourse au logement (2028)" over its text (joined as one wrapped paragraph)
            rest = clean_inline(" ".join(line.strip() for line in block.lines[1:]))
            return self._entry_from(first_line, rest, block, dep, chapter, chapter_title)
        raw = " ".join(line.strip() for line in block.lines)
        raw = re.sub(r"^[-•–▪▸►◦]\s+|^\*\s+", "", raw.strip())
        quoted = re.fullmatch(
            r"[«“\"]\s*(?P<title>[^»”\"]{3,150}?)\s*[»”\"]\s*[–—-]\s*(?P<runner>[^()]{3,120}?)\s*"
            r"\((?P<place>[^()]{2,80})\)(?:\s*,\s*(?:depuis|dès|en)?\s*(?P<year>(?:19|20)\d\d))?\s*\.?",
            clean_inline(raw),
        )
        if block.kind == "item" and quoted:
            # "« Le Frigo du quartier » – Centre social Bellevue (Brest, Finistère), depuis 2022"
            where = self._collectivity(quoted["place"].rsplit(",", 1)[-1].strip())
            entry = self._entry_from(quoted["title"], "", block, where or dep, chapter, chapter_title)
            entry.porteur = quoted["runner"].strip()
            entry.year = int(quoted["year"]) if quoted["year"] else entry.year
            return entry
        bracketed = re.fullmatch(
            r"(?P<title>\S.{5,200}?)\s*\((?P<a>[^(),]{3,60}),\s*(?P<b>[^()]{3,120})\)\.?", clean_inline(raw)
        )
        if block.kind == "item" and bracketed:
            # "• Des vélos-taxis … (Côte-d'Or, Ville de Semur-en-Auxois)": the title, then its
            # collectivity and its porteur in brackets (in either order)
            for place, runner in ((bracketed["a"], bracketed["b"]), (bracketed["b"], bracketed["a"])):
                if (
                    (where := self._collectivity(place.strip())) is not None
                    and self._collectivity(runner.strip()) is None
                    and re.search(r"[^\W\d]{3}", runner) is not None  # ("…, 2018)": a year, no porteur)
                    and dep is None
                    and not raw.startswith("**")
                ):
                    entry = self._entry_from(bracketed["title"], "", block, where, chapter, chapter_title)
                    entry.porteur = runner.strip()
                    # "(CCAS de Die, Drôme, 2021)": its start after the collectivity
                    since = re.search(r",\s*((?:19|20)\d\d)\s*$", place)
                    entry.year = int(since[1]) if since else entry.year
                    return entry
        dashed = re.fullmatch(
            r"(?P<title>\S.{5,200}?)\s+[–—]\s+(?P<runner>[^–—():]{3,120}?)\s*\(\s*(?P<year>(?:19|20)\d\d)\s*\)\.?",
            clean_inline(raw),
        )
        if (
            block.kind == "item"
            and dashed
            and self._names_body(dashed["runner"].strip())
            and self._collectivity(dashed["title"].strip()) is None  # ("Oise – Département de l'Oise …")
        ):
            # "• Jardins partagés du quartier de Bourran – CCAS de Rodez (2020)": the title, who runs
            # it after a dash, its start in brackets
            entry = self._entry_from(dashed["title"], "", block, dep, chapter, chapter_title)
            entry.porteur = dashed["runner"].strip()
            entry.year = int(dashed["year"])
            return entry
        alone = re.fullmatch(r"(?P<title>\S.{5,200}?)\s*\((?P<runner>[^(),]{3,80})\)\.?", clean_inline(raw))
        if (
            block.kind == "item"
            and alone
            and not raw.startswith("**")  # ("**Finistère** — Title (Conseil départemental)")
            and self._collectivity(re.split(r"\s[—–-]\s", alone["title"], maxsplit=1)[0]) is None
            and self._names_body(alone["runner"].strip())
        ):
            # "– Des malles de jeux prêtées aux accueils de loisirs (Ville d'Épinal)": the title,
            # then who runs it in brackets (its collectivity, if any, the one it names)
            entry = self._entry_from(alone["title"], "", block, dep, chapter, chapter_title)
            entry.porteur = alone["runner"].strip()
            return entry
        pair = _BOLD_PAIR.match(raw)
        named = self._collectivity(pair["a"]) if pair else None
        match = _BOLD_START.match(raw) or _ITALIC_START.match(raw)
        plain = _ENTRY_SEPARATOR.match(clean_inline(raw))
        if plain and plain["dashed"] and block.kind != "item":
            plain = None  # "Collectif X — reproduction autorisée …": a colophon, not a listed entry
        if pair and named is not None:  # "**Côtes-d'Armor** – **Title** : text"
            dep, title, rest = named, pair["b"], pair["rest"]
        elif match:
            title, rest = match["title"], match["rest"]
            tagged = re.match(
                r"^\s*[—–-]?\s*(?P<tags>(?:#[^\s#]{2,60}\s*){3,})(?:[—–-]\s*)?", clean_inline(rest)
            )
            if tagged is not None:
                # "**Title** — #Ariege #Secours_Catholique #depuis2023 #EnCours — text": its facts tagged
                tags = self._hashtag_facts(tagged["tags"])
                where = self._collectivity(tags["collectivity"]) if tags.get("collectivity") else dep
                entry = self._entry_from(
                    title, clean_inline(rest)[tagged.end() :], block, where, chapter, chapter_title
                )
                entry.porteur = tags.get("porteur") or entry.porteur
                entry.year = int(tags["year"]) if tags.get("year") else entry.year
                entry.status = tags.get("status") or entry.status
                return entry
            carrier_first = re.match(
                r"^\s*[—–-]?\s*(?P<porteur>[^():]{3,100}?)\s*\((?P<place>[^()]{3,60})\)"
                r"(?:\s*,\s*(?P<year>(?:19|20)\d\d))?\s*(?:[:—–]\s*|$)",
                clean_inline(rest),
            )
            place = (
                self._collectivity(carrier_first["place"].split(",")[0].strip()) if carrier_first else None
            )
            if (
                carrier_first
                and place is not None
                and self._collectivity(carrier_first["porteur"]) is None
                and self._collectivity(clean_inline(title)) is None  # ("**Cantal** : Title (…)")
            ):
                # "**Title** — CCAS d'Hendaye (Pyrénées-Atlantiques), 2020 : …": who runs it, its
                # département in brackets, its year, then its text
                entry = self._entry_from(
                    title, clean_inline(rest)[carrier_first.end() :], block, place, chapter, chapter_title
                )
                entry.porteur = carrier_first["porteur"].strip()
                if carrier_first["year"]:
                    entry.year = int(carrier_first["year"])
                return entry
        elif plain:
            title = plain["title"] or plain["short"] or plain["dashed"]
            rest = plain["rest"] or plain["after"] or plain["dash_rest"]
        elif block.kind == "item" and (
            sentence := re.match(r"^(?P<title>[^.!?]{10,160}?)\.\s+(?P<rest>[A-ZÀ-Ý«].*)$", clean_inline(raw))
        ):
            # "- Un kit « Bienvenue bébé » pour les familles. Remis par …": the first sentence of
            # a listed entry its title, the rest its text
            title, rest = sentence["title"], sentence["rest"]
        else:
            return None
        porteur = None
        lead = _NAME_AND_CARRIER.match(clean_inline(title))
        if lead and _whole_collectivity(lead) and (named := self._collectivity(lead["name"])) is not None:
            # "Ariège (Service insertion) : Title — text": the collectivity and its porteur lead
            # the entry, its title follows
            split = re.match(r"^(?P<title>.{3,160}?)\s+[–—-]\s+(?P<rest>\S.*)$", rest)
            dep, porteur = named, (lead["carrier"] or "").strip() or None
            if split:
                title, rest = split["title"], split["rest"]
            else:
                # "▪ Somme – Des retraités bénévoles …" alone on its line: the title, its text below
                # ("- **Aisne** : Un annuaire … (Conseil départemental, 2018)": its porteur in brackets)
                carried = _TRAILING_CARRIER.search(clean_inline(rest))
                described = _CARRIER_THEN_TEXT.match(clean_inline(rest).lstrip("—–- "))
                if carried is None and described and self._names_body(described["porteur"]):
                    entry = self._entry_from(
                        described["title"], described["text"], block, dep, chapter, chapter_title
                    )
                    entry.porteur = described["porteur"].strip()
                    entry.year = int(described["year"]) if described["year"] else entry.year
                    return entry
                if carried and (carried["year"] or self._names_body(carried["porteur"])):
                    rest = clean_inline(rest)[: carried.start()] + (
                        f" ({carried['year']})" if carried["year"] else ""
                    )
                    porteur = porteur or carried["porteur"].strip()
                title, rest = short_title(rest), rest if short_title(rest) != rest.strip() else ""
                if rest and clean_inline(rest).startswith(title):
                    # (the text after its title: "Depuis la rentrée 2023, …" tells its start)
                    rest = clean_inline(rest)[len(title) :].lstrip(" .!?:;–—-")
        three = self._three_parts(clean_inline(raw)) if porteur is None else None
        if three is not None and three[3] == 0:
            # "Nord — CCAS de Maubeuge — Une conciergerie solidaire": the département first, the
            # porteur (the part that names a body), the title
            title, porteur, dep = three[:3]
            rest = ""
        carried = re.match(r"^(?P<porteur>[^:]{3,80}?)\s:\s(?P<title>\S.{10,})$", clean_inline(title))
        if porteur is None and dep is not None and carried and self._names_body(carried["porteur"]):
            # "**Corrèze** — Direction de l'enfance : Un protocole …": the porteur, then the title
            porteur, title = carried["porteur"], carried["title"]
        runner = re.fullmatch(
            r"\s*[—–-]?\s*(?P<porteur>[^,.;:()]{3,100}?)(?:\s*,\s*(?:depuis\s+|en\s+)?(?:19|20)\d\d)?\.?\s*",
            clean_inline(rest),
        )
        if porteur is None and runner is not None and self._names_body(runner["porteur"].strip()):
            # "*Title* — CCAS d'Aubigny-sur-Nère, depuis 2022.": all that follows the title is
            # who runs it (and since when)
            porteur = runner["porteur"].strip()
        entry = self._entry_from(title, rest, block, dep, chapter, chapter_title)
        entry.porteur = porteur or entry.porteur
        return entry

    def _leader_entries(
        self, block: Block, chapter: int | None, chapter_title: str | None
    ) -> list[Initiative]:
        """Lines "Département ........ Title" (a title wrapped onto an indented line goes on):
        one entry each, when most lines of the paragraph open on a département so."""
        if (
            block.kind not in ("paragraph", "field")
            or not block.lines
            or not _LEADER_ENTRY.match(block.lines[0].strip())
        ):
            return []
        found: list[tuple[int, int, str, tuple[str, str | None, str | None]]] = []
        for n, line in enumerate(block.lines, block.first):
            led = _LEADER_ENTRY.match(line.strip())
            dep = self._collectivity(led["dep"]) if led else None
            if led and dep is not None:
                found.append((n, n, led["title"].strip(), dep))
            elif found and line.startswith(" ") and line.strip():
                first, _, title, dep = found[-1]
                found[-1] = (first, n, f"{title} {line.strip()}", dep)
            else:
                return []
        return [
            self._entry_from(
                title, "", Block("paragraph", first, last, title, lines=[]), dep, chapter, chapter_title
            )
            for first, last, title, dep in found
        ]

    def _dashed_lines(self, block: Block) -> list[tuple[str, str, tuple[str, str | None, str | None]]]:
        """ "Un lexique illustré – Ille-et-Vilaine – Conseil départemental d'Ille-et-Vilaine", a
        line each: (title, porteur, collectivity) of every line, its three parts in any order —
        the collectivity the part a département names, the porteur the other part naming a
        body. Empty unless every line reads so."""
        if block.kind not in ("paragraph", "field") or not block.lines:
            return []
        found = []
        for line in block.lines:
            three = self._three_parts(clean_inline(line.strip()))
            if three is None:
                return []
            found.append(three[:3])
        return found

    def _three_parts(self, text: str) -> tuple[str, str, tuple[str, str | None, str | None], int] | None:
        """ "Nord — CCAS de Maubeuge — Title", "Title – Tarn – Médiathèque du Tarn": (title, porteur,
        collectivity, where the collectivity stands) of a line of three parts set apart by dashes,
        in any order — the collectivity the one part a département names, the porteur the other
        part naming a body (else the part right after a collectivity printed first, or the last)."""
        parts = [p.strip() for p in re.split(r"\s[–—]\s", text)]
        if len(parts) != 3 or not all(parts):
            return None
        places = [n for n, p in enumerate(parts) if self._collectivity(p) is not None]
        if len(places) > 1:  # "Conseil départemental d'Ille-et-Vilaine" names it too: the porteur
            places = [0] if 0 in places else [n for n in places if not self._names_body(parts[n])]
        if len(places) != 1:
            return None
        dep = self._collectivity(parts[places[0]])
        assert dep is not None
        others = [p for n, p in enumerate(parts) if n != places[0]]
        bodies = [self._names_body(p) for p in others]
        if bodies == [True, False] or (bodies != [False, True] and places[0] == 0):
            return others[1], others[0], dep, places[0]
        return others[0], others[1], dep, places[0]

    def _dashed_entries(
        self, block: Block, chapter: int | None, chapter_title: str | None
    ) -> list[Initiative]:
        entries = []
        for n, (title, porteur, dep) in enumerate(self._dashed_lines(block), block.first):
            entry = self._entry_from(
                title, "", Block("paragraph", n, n, title, lines=[]), dep, chapter, chapter_title
            )
            entry.porteur = porteur
            entries.append(entry)
        return entries

    def _names_others(self, text: str) -> bool:
        folded = fold(clean_inline(text))
        return any(folded == o or folded.startswith(o + " ") for o in self.others)

    def _lists_entries(self, k: int) -> bool:
        """A heading over a list whose items open on a département ("**Corrèze** — Direction …:
        Title"), two or more and most of them: a part of short entries, whatever its words — and
        then, the same words over one such item further on (the last part's one entry)."""
        if not hasattr(self, "_entry_heads"):
            self._entry_heads: set[str] = set()
        items: list[Block] = []
        for block in self.blocks[k + 1 :]:
            if block.kind == "heading":
                break
            if not items and block.kind == "field" and fold(block.label or "") in self.labels:
                return False  # "Département : …" under it: a fiche's header, its bullets its text
            if block.kind == "item" and block.level == 0:
                items.append(block)
        opening = [
            b
            for b in items
            if self._collectivity(re.split(r"\s[—–:-]\s|\s:\s?", clean_inline(b.text), maxsplit=1)[0])
            is not None
        ]
        head = fold(clean_inline(self.blocks[k].text))
        listing = bool(opening) and len(opening) * 3 >= len(items) * 2
        if listing and (len(opening) >= 2 or head in self._entry_heads):
            self._entry_heads.add(head)
            return True
        return False

    def _brackets_carry(self) -> bool:
        """Whether the document's short entries close on their porteur in brackets as a rule
        ("… (CCAS de Narbonne)", "… (Ville de Tarbes)"): most brackets closing an entry name a
        body, so the others do too ("… (Rodez agglomération)", "… (Grand-Figeac)")."""
        if self._carrying is None:
            closing = [
                found["porteur"]
                for line in self.source.lines
                if ":" in line and (found := _TRAILING_CARRIER.search(clean_inline(line.strip()))) is not None
            ]
            bodies = sum(1 for porteur in closing if self._names_body(porteur))
            self._carrying = bodies >= 3 and bodies * 3 >= len(closing) * 2
        return self._carrying

    def _signature(self, block: Block) -> tuple[str, str | None] | None:
        """(porteur, year) of a fiche's closing signature: a dash, a body's name, its start
        ("— CCAS de Brest, depuis 2021", "– CIAS du Grand Guéret (2020)")."""
        if block.kind != "paragraph" or len(block.lines) != 1:
            return None
        signed = re.fullmatch(
            r"[—–]\s+(?P<porteur>[A-ZÀ-Ý][^–—·()]{2,100}?)"
            r"(?:\s*(?:,\s*(?:depuis|dès|en)?\s*(?:[^\W\d]+\s+)?|\()(?P<year>(?:19|20)\d\d)\)?)?\.?",
            clean_inline(block.text).strip(),
        )
        if signed is None or not self._names_body(signed["porteur"]):
            return None
        return signed["porteur"].strip(), signed["year"]

    def _names_body(self, text: str) -> bool:
        """ "CCAS de Maubeuge", "ADMR de la Somme": a body's name (an organisation word or an
        acronym first), not an initiative's title."""
        first = text.split()[0] if text.split() else ""
        return fold(first) in self.organisations or (len(first) >= 3 and first.isupper() and first.isalpha())

    def _entry_from(
        self, title: str, rest: str, block: Block, dep, chapter: int | None, chapter_title: str | None
    ) -> Initiative:
        facts = re.match(
            r"^(?P<place>[^,()]{3,40}),\s*(?P<porteur>[^()]{2,120}?)\s*\((?P<year>(?:19|20)\d\d)(?:\s*[-–]\s*\d{2,4})?\)\s*\.?$",
            clean_inline(rest),
        )
        told_facts: dict[str, str] = {}
        if dep is None and facts is not None and departements().is_name(facts["place"].strip()):
            # "**Title** – Gers, CCAS d'Auch (2022)": the title, then its département, porteur and year
            dep = self._collectivity(facts["place"].strip())
            told_facts = {"porteur": facts["porteur"].strip(), "year": facts["year"]}
            rest = ""
        bracketed = (
            re.fullmatch(r"\s*\(([^()]{3,160})\)\s*\.?\s*", clean_inline(rest)) if dep is None else None
        )
        facts_told = [p.strip() for p in bracketed[1].split(",")] if bracketed else []
        years = [m[0] for p in facts_told[1:] if (m := re.search(r"(?:19|20)\d\d", p))]
        if len(facts_told) >= 3 and len(years) == 1 and departements().is_name(facts_told[0]):
            # "**Title**" / "(Haute-Loire, CCAS du Puy-en-Velay, depuis 2020)": the facts in
            # brackets after it, the département first, the porteur, the year
            dep = self._collectivity(facts_told[0])
            names = [p for p in facts_told[1:] if not re.search(r"(?:19|20)\d\d", p)]
            told_facts = {"porteur": ", ".join(names), "year": years[0]}
            rest = ""
        if dep is None:
            # "Ateliers des aidants (Calvados, Carsat Normandie, 2022)": the département first in
            # the brackets, then who carries it and since when
            bracket = re.search(r"\s*\(([^()]{3,160})\)\s*\.?$", clean_inline(title))
            parts = [p.strip() for p in bracket[1].split(",")] if bracket else []
            if bracket and len(parts) >= 2 and departements().is_name(parts[0]):
                dep = self._collectivity(parts[0])
                title = f"{clean_inline(title)[: bracket.start()]} ({', '.join(parts[1:])})"
        if dep is None:
            # "Une navette vers le marché (Lot-et-Garonne)": the département in brackets after the title
            named = re.search(r"\s*\(([^()]{3,40})\)\s*\.?$", clean_inline(title))
            if named is not None and departements().is_name(named[1].strip()):
                dep = self._collectivity(named[1].strip())
                title = clean_inline(title)[: named.start()]
        raw_dep, name, code = dep if dep else (None, None, None)
        # "Un annuaire des associations (Conseil départemental, 2018)": who runs it, and since when
        carried = _TRAILING_CARRIER.search(clean_inline(title))
        if carried and not (
            carried["year"] or self._names_body(carried["porteur"]) or self._brackets_carry()
        ):
            carried = None
        if carried:
            title = clean_inline(title)[: carried.start()]
        printed_year = _TITLE_YEAR.search(clean_inline(title))
        if printed_year:
            title = clean_inline(title)[: printed_year.start()]
        # "— Conseil départemental de la Mayenne, 2027. Chaque enfant …": its porteur and year lead
        # "(Commune de Saint-Girons, 2025) — Les jours de marché …": the same, in brackets
        lead = re.match(
            r"^(?P<open>\()?(?P<porteur>[A-ZÀ-Ý][^,.;:()]{2,80}),\s*(?:(?:depuis|dès|en)\s+)?(?P<year>(?:19|20)\d\d)"
            r"(?(open)\)|\.)\s",
            clean_inline(rest),
        )
        return Initiative(
            porteur=told_facts["porteur"]
            if told_facts
            else carried["porteur"].strip()
            if carried
            else lead["porteur"].strip()
            if lead
            else prose_porteur(clean_inline(rest), self.porteur_labels, self.organisations),
            id="",
            document=self.info.id,
            title=clean_inline(title).strip(" :–-").removesuffix("."),
            kind="autre_demarche",
            chapter=chapter,
            chapter_title=chapter_title,
            theme_label="Autres démarches",
            departement=name,
            departement_code=code,
            departement_raw=raw_dep if raw_dep and raw_dep != name else None,
            year=int(told_facts["year"])
            if told_facts
            else int(printed_year[1])
            if printed_year
            else int(carried["year"])
            if carried and carried["year"]
            else int(lead["year"])
            if lead
            else _opening_year(rest),
            sections={"Texte": clean_inline(f"{title} – {rest}" if rest.strip() else title)},
            source=source_ref(self.source, self.info.file, block.first, block.last),
        )

    def told_identity(self, text: str) -> dict[str, str] | None:
        """A fiche's identity told in its first sentence, no labels: "Une initiative du
        Département des Vosges, conduite depuis 2018 par le service de PMI.", "Portée par le CCAS
        de Mulhouse (Haut-Rhin) depuis 2021, …" — its collectivity, porteur and year."""
        text = clean_inline(text)
        sentence = re.split(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Ý])", text, maxsplit=1)[0]
        if len(sentence) > 400:
            return None
        facts: dict[str, str] = {}
        opening = self.told_opening.match(sentence)
        carrier = self.told_carrier.search(sentence)
        if opening is None and (carrier is None or carrier.start() > 0):
            return None
        if opening is not None:
            facts["collectivity"] = opening["who"].strip()
        if carrier is not None:
            who = carrier["who"]
            # up to a département in brackets ("… de Saint-Dizier, Der et Blaise (Haute-Marne)"),
            # else up to the clause's end ("… depuis 2020", ", cette crèche …")
            bracket = re.search(r"\s*\((?P<place>[^()]{2,40})\)", who)
            if bracket is not None and self._collectivity(bracket["place"]) is not None:
                facts.setdefault("collectivity", bracket["place"])
                who = who[: bracket.start()]
            else:
                who = re.split(r",|\s+(?:depuis|dès|en)\s+(?:19|20)\d\d\b", who, maxsplit=1)[0]
            facts["porteur"] = who.strip()
        elif opening is not None:
            place = re.search(r"\((?P<place>[^()]{2,40})\)\s*$", facts["collectivity"])
            facts["porteur"] = re.sub(r"\s*\([^()]*\)\s*$", "", facts["collectivity"])
            if place is not None and self._collectivity(place["place"]) is not None:
                facts["collectivity"] = place["place"]
        year = (carrier["year"] if carrier is not None else None) or next(
            (m[1] for m in re.finditer(r"\b(?:depuis|en|dès)\s+((?:19|20)\d\d)\b", sentence)), None
        )
        if year:
            facts["year"] = year
        if not facts.get("collectivity") or self._collectivity(facts["collectivity"]) is None:
            return None
        return facts

    def _sentence_identity(self, fiche: _Fiche) -> dict[str, str] | None:
        """A fiche whose identity is only told in its first sentence, in no set form ("Dans le
        sud de la Corse-du-Sud, la communauté de communes de l'Alta Rocca a recruté en 2022 …",
        "Lancé à l'hiver 2021 par le CCAS de …"): the first organisation the sentence names
        after its article, the year after a word of time, the département it (or, failing it,
        the fiche's first paragraphs) names. Read only when two of the three are found."""
        paragraphs = [b for b in fiche.blocks[:4] if b.kind == "paragraph"]
        if not paragraphs:
            return None
        text = clean_inline(" ".join(paragraphs[0].lines))
        sentence = re.split(r"(?<=[a-zà-ÿ)»])\.\s+(?=[A-ZÀ-Ý])", text, maxsplit=1)[0]
        if len(sentence) > 500:
            return None
        facts: dict[str, str] = {}
        dep = departements().named_in(sentence) or departements().named_in(
            " ".join(clean_inline(" ".join(b.lines)) for b in paragraphs[:2])
        )
        if dep is not None:
            facts["collectivity"] = dep.name
        for article in re.finditer(r"\b(?:le|la|les|l['’]|par)\s*", sentence, re.I):
            name = self._organisation_at(sentence[article.end() :])
            if name:
                facts["porteur"] = name
                break
        year = re.search(rf"\b(?:{self.told_year_words})\s+((?:19|20)\d\d)\b", sentence, re.I)
        if year:
            facts["year"] = year[1]
        return facts if len(facts) >= 2 and "porteur" in facts else None

    def _organisation_at(self, text: str) -> str | None:
        """The organisation name `text` opens on ("communauté de communes de l'Alta Rocca", "CCAS
        d'Ajaccio", "association Paese Vivu"): its head word (or words), then its capitalised
        words and the links between them ("de la", "d'"), an adjective right after the head."""
        folded = fold(text)
        head = next((h for h in self.organisation_heads if folded == h or folded.startswith(h + " ")), None)
        # ("d'Ajaccio", "l'Alta": the elided link apart from the name; "Fium'orbu" one word)
        words = [part for word in text.split() for part in _elided(word)]
        if head is not None:
            size = len(head.split())
            taken, count = [], 0
            while words and count < size:  # ("d'" folds to "d": the head's words as printed)
                word = words.pop(0)
                taken.append(word)
                count += len(fold(word).split())  # ("d'" folds away, as in the head)
            name = taken
        elif words and fold(words[0].rstrip("'’,.;")) in self.organisations:
            name = [words.pop(0)]
        else:
            return None
        while words:
            word = words[0].rstrip(",;.")
            if word[:1].isupper():
                name.append(word)
                if words.pop(0) != word:
                    break  # "… de la Haute-Corse," ends the name with its comma
                continue
            if len(name) == 1 and re.match(r"^[a-zà-ÿ]+(?:al|ale|aux|ique|ien|ienne|aire)$", word):
                name.append(word)  # "centre social", "conseil départemental"
                words.pop(0)
                continue
            link = next(
                (
                    n
                    for n in (2, 1)
                    if len(words) > n
                    and re.fullmatch(r"(?:de la|de l['’]|du|des|de|d['’]|l['’])", " ".join(words[:n]))
                    and words[n][:1].isupper()
                ),
                None,
            )
            if link is None:
                break
            name.extend(words[:link])
            del words[:link]
        if len(name) < 2:
            return None
        result = re.sub(r"(['’])\s+", r"\1", " ".join(name)).strip(" ,;.")
        return result

    def _hashtag_facts(self, text: str) -> dict[str, str]:
        """ "#Pyrenees_Atlantiques #CIAS_du_Pays_de_Nay #depuis2021 #EnCours": a fiche's facts as
        an online base tags them — a département, a body, a start, a status (words joined by
        underscores or by capitals)."""
        facts: dict[str, str] = {}
        unnamed: list[str] = []  # tags of several words that say nothing else: a name
        for tag in re.findall(r"#([^\s#]+)", text):
            words = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])", " ", tag.replace("_", " ")).strip()
            since = re.fullmatch(r"(?:depuis|lancee?en|des)?\s*((?:19|20)\d\d)", fold(tag).replace(" ", ""))
            if since is not None:
                facts.setdefault("year", since[1])
            elif "collectivity" not in facts and departements().is_name(tag.replace("_", " ")):
                facts["collectivity"] = tag.replace("_", " ")
            elif "porteur" not in facts and self._names_body(tag.replace("_", " ")):
                facts["porteur"] = tag.replace("_", " ")
            elif "status" not in facts and any(fold(words).startswith(w) for w in self.status_words):
                facts["status"] = words.lower()
            elif "_" in tag:
                unnamed.append(tag.replace("_", " "))
        if "porteur" not in facts and unnamed:
            facts["porteur"] = unnamed[0]  # "#Secours_Catholique": a name in words, no body's word
        return facts

    def _prose_facts(self, fiche: _Fiche) -> None:
        """A header told as a sentence under the title ("> Une initiative de la **Communauté de
        communes du Pays de Mauriac**, dans le Cantal, lancée en 2024." then "> **Avancement :**
        En cours · **Contact :** …"): the porteur in bold, the first year, and the labelled facts
        of the lines that follow — read only for what the header did not already give."""
        header = fiche.header
        tagged = next(
            (b for b in fiche.blocks[:2] if _HASHTAG_LINE.fullmatch(clean_inline(b.text).strip())), None
        )
        first = next((b for b in fiche.blocks[:2] if b.kind == "paragraph" and b is not tagged), None)
        told = self.told_identity(" ".join(first.lines)) if first is not None and not header else None
        if (
            told is None
            and first is not None
            and not header.get("collectivity")
            and not header.get("porteur")
        ):
            told = self._sentence_identity(fiche)  # (a status closing the fiche is no header)
        for fact, value in (told or {}).items():
            header.setdefault(fact, value)
        for block in fiche.blocks[:3]:
            if block.kind == "heading":
                break
            raw = " ".join(line.strip().lstrip("> ") for line in block.lines)
            if not raw:
                continue
            segments = re.split(r"\s+[·|]\s+", raw)
            labelled = False
            for segment in segments:
                field = re.match(r"^\*\*(?P<label>[^*]{2,40}?)\s*:?\s*\*\*\s*:?\s*(?P<value>.+)$", segment)
                key = self.labels.get(fold(field["label"].strip(" :"))) if field else None
                if field and key:
                    labelled = True
                    header.setdefault(key, clean_inline(field["value"]).strip())
            if labelled or len(raw) > 400 or (not raw.startswith(("**", ">")) and "**" not in raw[:200]):
                continue
            bold = next(
                (
                    m[1].strip()
                    for m in re.finditer(r"\*\*([^*]{3,120})\*\*", raw)
                    if not m[1].strip().endswith(":")
                ),
                None,
            )
            if bold and "porteur" not in header:
                header["porteur"] = bold
            year = _YEAR.search(clean_inline(raw))
            if year and "year" not in header:
                header["year"] = year[0]

    def _bracketed_facts(self, block: Block) -> dict[str, str] | None:
        """ "(Porteur : Département du Doubs, direction de l'autonomie ; lancement : 2021 ;
        statut : pérennisé)" closing a fiche: its header facts, labelled, in brackets, parted by
        semicolons (wrapped over a few lines)."""
        if block.kind not in ("paragraph", "field") or len(block.lines) > 4:
            return None
        whole = clean_inline(" ".join(line.strip() for line in block.lines)).strip(" *_")
        inner = re.fullmatch(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\.?", whole)
        if inner is None:
            return None
        facts: dict[str, str] = {}
        for segment in re.split(r"\s*;\s*", inner["inner"]):
            pair = re.match(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)$", segment.strip())
            key = self.labels.get(fold(pair["label"])) if pair else None
            if pair is None or key is None:
                return None  # a segment no label of the header opens: an aside, not the facts
            facts.setdefault(key, pair["value"].strip(" ."))
        return facts if len(facts) >= 2 else None

    def _late_header(self, fiche: _Fiche) -> None:
        """A header printed at the fiche's end, in a box headed by a porteur word ("Porteur et
        contact" over "Porteur : …", "Lancée en 2021", "Contact : …"): what the top lacked."""
        boxed = False
        for n, block in enumerate(fiche.blocks):
            text = clean_inline(block.text)
            if (
                n > 0
                and block.kind == "field"
                and len(block.lines) == 1
                and not fiche.header.get("status")
                and self._header_key(block) == "status"
                and block.value
            ):
                fiche.header["status"] = block.value  # "_Statut : en cours_" closing the fiche's text
                continue
            if (
                not fiche.header.get("year")
                and block.kind in ("paragraph", "field")
                and len(block.lines) == 1
                and n > 0
                and (
                    self._header_key(block) == "year"
                    # "Depuis septembre 2023 · expérimentation": a year label opening a short line
                    or (
                        len(text) <= 60
                        and _YEAR.search(text) is not None
                        and any(
                            fold(text).startswith(label + " ")
                            for label, key in self.labels.items()
                            if key == "year"
                        )
                    )
                )
                and all(
                    b.kind != "paragraph" or _field_like(b.text) or re.search(r"https?://\S+$", b.text)
                    for b in fiche.blocks[n + 1 :]
                )
            ):
                # "Depuis 2021 · en cours" closing the fiche's text (a link at most after it): its
                # start and its status
                fiche.header["year"] = text
                continue
            closing = self._bracketed_facts(block) or (self._facts(block) if block.kind == "field" else None)
            if closing is not None and len(closing) >= 2:
                # "*Fiche technique :* Calvados / CCAS de Lisieux / depuis 2021 / en cours" closing
                # the fiche: what the top lacked
                for fact_key, fact in closing.items():
                    fiche.guessed.discard(fact_key)
                    fiche.header[fact_key] = fact  # (its own box: what prose suggested gives way)
                continue
            if (
                block.kind in ("paragraph", "heading")
                and len(text) <= 40
                and not _field_like(text)
                and any(fold(text).startswith(w) for w in self.porteur_words)
            ):
                boxed = True  # "Porteur et contact": the box's heading
                continue
            key = self._header_key(block)
            if not boxed and key == "collectivity" and block.kind == "field" and not fiche.header.get(key):
                boxed = True  # "EN BREF" / "Département : Vienne" closing the fiche: its header
            if (
                not boxed
                and key == "porteur"
                and block.kind == "field"
                and (not fiche.header.get(key) or key in fiche.guessed)
            ):
                boxed = True  # "Porteur de projet : …" over "Date de lancement : …" at its foot
            if not boxed:
                continue
            if key in ("collectivity", "porteur", "year", "status", "contact", "theme"):
                value = block.value if block.kind == "field" else text
                if key in fiche.guessed:  # a labelled porteur in the box beats a line guessed at the top
                    fiche.header.pop(key, None)
                    fiche.guessed.discard(key)
                fiche.header.setdefault(key, value or text)
            elif (
                block.kind == "paragraph"
                and len(block.lines) <= 2
                and ("porteur" not in fiche.header or "porteur" in fiche.guessed)
            ):
                fiche.header["porteur"] = text  # "Association Roule ma vallée, avec le Département …"
                fiche.guessed.discard("porteur")

    def _fiche_record(self, fiche: _Fiche) -> Initiative:
        header = fiche.header
        if (
            not header.get("porteur")
            or not header.get("year")
            or not header.get("collectivity")
            or fiche.guessed
        ):
            self._late_header(fiche)
        for key, value in list(header.items()):
            # "[Groupement Toit relais](annuaire.html#…) (GCSMS)": a linked name reads as its words
            header[key] = re.sub(r"\[([^\]]+)\]\([^)\s]*\)", r"\1", value)
        if not header.get("collectivity"):  # none in the header: the Sommaire's "Title (Gers)"
            key = fold(re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", clean_inline(fiche.heading.title)))
            if key in self.toc_places:
                header["collectivity"] = self.toc_places[key]
        if not header.get("collectivity"):  # a field the vocabulary lacks naming a département
            named = [b.value for b in fiche.unknown if b.value and self._collectivity(b.value)]
            if named:
                header["collectivity"] = named[0]
        if not header.get("collectivity") and fiche.place:
            # "PAS-DE-CALAIS (62)" over its fiches, the second printing no collectivity of its own
            header["collectivity"] = fiche.place
        if not header.get("collectivity"):
            k = next((n for n, b in enumerate(self.blocks) if b is fiche.heading), None)
            dated = self._datelined(k) if k is not None else None
            if dated is not None:
                header["collectivity"] = dated[0]  # "FELLETIN (Creuse) –" opening the article
                if not header.get("porteur") or not header.get("year"):
                    # "Lancé en 2021 par la communauté de communes …", "portée depuis 2020 par …":
                    # who runs it, and since when, told in the article
                    for block in fiche.blocks[:6]:
                        carrier = self.told_carrier.search(clean_inline(" ".join(block.lines)))
                        if carrier is None:
                            continue
                        who = re.split(
                            r",|\s+(?:depuis|dès|en)\s+(?:19|20)\d\d\b", carrier["who"], maxsplit=1
                        )[0]
                        header.setdefault("porteur", who.strip())
                        if carrier["year"]:
                            header.setdefault("year", carrier["year"])
                        break
        if not header.get("collectivity") and header.get("porteur"):
            # "Porteur : Conseil départemental de la Drôme – centre médico-social de Die": the
            # département its porteur is the council of
            council = re.split(r"\s[–—]\s|,", header["porteur"], maxsplit=1)[0].strip()
            if re.match(r"(?i)(?:conseil d[ée]partemental|d[ée]partement)\b", council) and self._collectivity(
                council
            ):
                header["collectivity"] = council
        self._prose_facts(fiche)
        raw_dep = header.get("collectivity", "")
        dep = self._collectivity(raw_dep) or (raw_dep, None, None)
        if dep[1] is None and len(raw_dep.split()) > 1:
            # "Où ?" answered in a sentence ("Dans le Finistère, sur les vingt-sept communes …"):
            # the département the sentence names
            told_dep = departements().named_in(raw_dep)
            if told_dep is not None:
                dep = (raw_dep, told_dep.name, told_dep.code)
        if dep[1] is None and fiche.place and (placed := self._collectivity(fiche.place)) is not None:
            # "Territoire : Haut-Doubs et plateaux …" under the "Doubs (25)" heading: the
            # heading names the département, the field the territory within it
            dep = (raw_dep or placed[0], placed[1], placed[2])
        sections: dict[str, str] = {}
        if not header.get("status"):
            # "**Où en est-on ?**" / "Pérennisé." asked after the fiche's text: its state
            late_state = next(
                (
                    b.value
                    for b in fiche.blocks
                    if b.kind == "field" and b.value and self.labels.get(fold(b.label or "")) == "status"
                ),
                None,
            )
            if late_state and len(late_state) <= 80:
                header["status"] = late_state
        for block in fiche.unknown:  # kept as printed, under its own label
            self.ledger.take(block.first, block.last)
            sections[clean_inline(block.label or "").strip("* :")] = block.value or ""
        if header.get("territory"):
            sections["Territoire"] = header["territory"]  # printed beside the collectivity
        label = "Texte"
        for block in fiche.blocks:
            self.ledger.take(block.first, block.last)
            if block.kind == "heading":
                label = clean_inline(block.title).strip("* :")
                continue
            text = clean_inline(" ".join(line.strip() for line in block.lines))
            sections[label] = f"{sections[label]}\n{text}" if label in sections else text
        tags = next(
            (
                clean_inline(self.source.line(n)).strip()
                for n in range(fiche.heading.last + 1, min(fiche.heading.last + 4, len(self.source) + 1))
                if _HASHTAG_LINE.fullmatch(clean_inline(self.source.line(n)).strip())
            ),
            None,
        )
        if tags is not None:
            # "#Ariège #CCAS_de_Foix #depuis2022 #Pérennisé" under the title: the fiche's own facts,
            # before anything read around them
            for fact, value in self._hashtag_facts(tags).items():
                header[fact] = value
        started = _STARTED_AFTER.match(header.get("porteur", ""))
        if started is not None:
            # "Porteur : CCAS de Villeneuve-sur-Lot — depuis 2022": who runs it, then since when
            header["porteur"] = started["porteur"].strip()
            header.setdefault("year", started["start"] or started["bare"])
        year = _YEAR.search(header.get("year", "")) or _YEAR.search(_ocr_digits(header.get("year", "")))
        if not header.get("status") and header.get("year"):
            # "Depuis 2019 – En cours", "2020 | Achevée": the year and the status on one line
            for segment in re.split(r"\s+[—–·|]\s+", header["year"])[1:]:
                if any(fold(segment).startswith(w) for w in self.status_words):
                    header["status"] = segment.strip(" *_")
        if (
            not header.get("porteur")
            and raw_dep
            # ("Département de la Seine-Saint-Denis (93)" under a title: who runs it, its number
            # beside it, as the recueil prints its porteurs)
            and (not fold(raw_dep).startswith("departement") or _DEP_NUMBER.search(raw_dep))
        ):
            header["porteur"] = _DEP_NUMBER.sub("", raw_dep)  # the collectivity carries it
        contacts = [
            c for part in header.get("contact", "").split(" ; ") if part for c in parse_contacts(part)
        ]
        last = max([fiche.heading.last, *(b.last for b in fiche.blocks)])
        title = re.sub(
            r"^\d{1,2}(?:\.\d{1,2})*\s*[–—.-]?\s+|^[▪•■◆►▸➤]\s+", "", clean_inline(fiche.heading.title)
        ).strip()
        chapter, chapter_title = fiche.chapter, fiche.chapter_title
        numbered_theme = re.match(
            r"^(\d{1,2})[.)]\s+(\S.*)$", (header.get("theme") or fiche.theme or "").strip()
        )
        if chapter is None and numbered_theme is not None:
            # "Thème : 1. Enfance et familles" in a recueil printing no chapter: the chapter, numbered
            chapter, chapter_title = int(numbered_theme[1]), numbered_theme[2]
        return Initiative(
            id="",
            document=self.info.id,
            title=title,
            kind="fiche",
            chapter=chapter,
            chapter_title=chapter_title,
            # (the fiche's own "Thème :" fact before the sub-theme it is filed under)
            theme_label=header.get("theme") or _unnumbered(self._theme_of(fiche)),
            departement=dep[1],
            departement_code=dep[2],
            departement_raw=dep[0] if dep[0] and dep[0] != dep[1] else None,
            porteur=header.get("porteur") or None,
            period=header.get("year") or None,
            year=int(year[1]) if year else None,
            status=(header.get("status") or "").strip().rstrip(".") or None,  # ("Pérennisé." as answered)
            contacts=contacts,
            sections=sections,
            source=source_ref(self.source, self.info.file, fiche.heading.first, last),
        )


# "8      SOLIDARITÉS TERRITORIALES — AIN", "SOLIDARITÉS TERRITORIALES — LOIRE      11": a page's
# running header, its page number on either side, naming the page's département after a dash
_RUNNING_PLACE = re.compile(
    r"^(?:\d{1,4}\s+)?(?P<band>\S.{4,80}?)(?:\s+[—–-]\s+(?P<place>[^—–]{3,60}?))?(?:\s+\d{1,4})?$"
)


def _kicked_titles(blocks: list[Block], porteur_label: str) -> list[Block]:
    """ "### Lauréat" (or "### Mention spéciale du jury") over "**« Title »**", headings printed
    alike three times or more: a kicker over each fiche's title — the title takes the heading's
    place, the kicker its text; a line in capitals right under the title, over the header's
    fields ("CCAS DE SAINT-NAZAIRE" / "Département : …"), is who runs it."""
    # (a kicker printed seven times may have been taken for a running header: furniture)
    counts = Counter(fold(b.text.strip("# *")) for b in blocks if b.kind in ("heading", "furniture"))
    kicker_kinds = ("heading", "furniture")
    quote = re.compile(r"\**\s*[«“\"]\s*(?P<title>[^«»“”\"]{4,200}?)\s*[»”\"]\s*\**")

    def quoted_below(n: int) -> bool:
        below = blocks[n + 1] if n + 1 < len(blocks) else None
        return (
            below is not None
            and below.kind in ("paragraph", "heading")
            and len(below.lines) <= 2
            and quote.fullmatch(below.text.strip()) is not None
        )

    # once two titles or more stand under a kicker printed alike, a heading of the same level
    # over a quoted title is a kicker too, printed once ("### Prix du public")
    kicked_levels = {
        b.level
        for n, b in enumerate(blocks)
        if b.kind == "heading" and counts[fold(b.text.strip("# *"))] >= 2 and quoted_below(n)
    }
    repeated = sum(
        1
        for n, b in enumerate(blocks)
        if b.kind in kicker_kinds and counts[fold(b.text.strip("# *"))] >= 2 and quoted_below(n)
    )

    def is_kicker(n: int) -> bool:
        b = blocks[n]
        return b.kind in kicker_kinds and (
            counts[fold(b.text.strip("# *"))] >= 2
            or (repeated >= 2 and b.kind == "heading" and b.level in kicked_levels)
        )

    out: list[Block] = []
    kicked_at = -1  # the last title read under its kicker
    for n, block in enumerate(blocks):
        below = blocks[n + 1] if n + 1 < len(blocks) else None
        quoted = (
            re.fullmatch(r"\**\s*[«“\"]\s*(?P<title>[^«»“”\"]{4,200}?)\s*[»”\"]\s*\**", below.text.strip())
            if below is not None and below.kind in ("paragraph", "heading") and len(below.lines) <= 2
            else None
        )
        if is_kicker(n) and quoted is not None:
            out.append(
                Block(
                    "paragraph",
                    block.first,
                    block.last,
                    clean_inline(block.text).strip("# "),
                    lines=block.lines,
                )
            )
            continue
        previous = out[-1] if out else None
        if (
            block.kind in ("paragraph", "heading")
            and previous is not None
            and n > 0
            and is_kicker(n - 1)
            and (
                title := re.fullmatch(
                    r"\**\s*[«“\"]\s*(?P<title>[^«»“”\"]{4,200}?)\s*[»”\"]\s*\**", block.text.strip()
                )
            )
        ):
            kicker = blocks[n - 1]
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.last,
                    title["title"].strip(),
                    level=kicker.level,
                    lines=kicker.lines,
                )
            )
            kicked_at = n
            continue
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if (
            n >= 2
            and kicked_at == n - 1
            and block.kind in ("paragraph", "heading")
            and len(block.lines) <= 2
            and block.text.upper() == block.text
            and any(c.isalpha() for c in block.text)
            and is_kicker(n - 2)
            and after is not None
            and after.kind == "field"
        ):
            name = clean_inline(" ".join(line.strip() for line in block.lines)).strip("# *")
            out.append(field_block(block.first, block.last, porteur_label, name, block.lines))
            continue
        out.append(block)
    return out


def _elided(word: str) -> tuple[str, ...]:
    """ "d'Ajaccio" → ("d'", "Ajaccio"): an elided article or link apart from the word it opens."""
    elided = re.match(r"^([dlDL]['’])(\S+)$", word)
    return (elided[1], elided[2]) if elided else (word,)


def _running_places(blocks: list[Block]) -> list[Block]:
    """A recueil whose pages name their fiche's département only in their running header (the
    same words on three pages or more, the département after a dash): each such header read as
    the département's heading over the page, the others (no département) as page furniture."""
    found: dict[int, re.Match[str]] = {}
    for k, block in enumerate(blocks):
        if block.kind in ("heading", "paragraph", "furniture") and len(block.lines) == 1:
            match = _RUNNING_PLACE.match(clean_inline(block.text))
            if match and match["band"].upper() == match["band"]:  # (a band set in capitals)
                found[k] = match
    # (three pages or more naming a département so: "CHAPITRE 1 — SOUTENIR" names none)
    bands = Counter(
        fold(m["band"]) for m in found.values() if m["place"] and departements().is_name(m["place"])
    )
    band = next((b for b, n in bands.most_common(1) if n >= 3), None)
    if band is None:
        return blocks
    out = []
    for k, block in enumerate(blocks):
        match = found.get(k)
        if match is None or fold(match["band"]) != band:
            out.append(block)
        elif match["place"] and departements().is_name(match["place"]):
            out.append(Block("heading", block.first, block.last, match["place"], level=2, lines=block.lines))
        else:
            out.append(Block("furniture", block.first, block.last, block.text, lines=block.lines))
    return out


# a markdown link: its words, then its target in brackets
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,400}\)")
# "[Drôme] La conférence familiale …": an entry, its département in brackets before its title
_BRACKETED_ENTRY = re.compile(r"^\[(?P<place>[^\]]{3,40})\]\s+(?P<title>\S.{5,200})$")


def _bracketed_titles_joined(blocks: list[Block]) -> list[Block]:
    """ "[Allier] Une plateforme de répit pour les parents d'enfants en situation" / "de
    handicap": an entry's title wrapped onto a line of its own (each line a paragraph), joined."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "paragraph"
            and block.kind == "paragraph"
            and len(previous.lines) == 1
            and len(block.lines) == 1
            and block.first == previous.last + 1
            and re.match(r"^\s*\[[^\]]{3,40}\]\s+\S", previous.lines[0])
            and (block.text[:1].islower() or hanging(previous.text))
            and len(block.text) < 60
            and not block.text.rstrip().endswith((".", ";", ":"))
        ):
            lines = [*previous.lines, *block.lines]
            out[-1] = Block(
                "paragraph", previous.first, block.last, f"{previous.text} {block.text}", lines=lines
            )
            continue
        out.append(block)
    return out


def _indent(line: str) -> int:
    """The indentation of a Sommaire line, a list item's dash counted as space."""
    return len(re.match(r"^[ \t]*(?:[-•*+]\s+)?", line)[0])  # type: ignore[index]


def _unnumbered(theme: str | None) -> str | None:
    """ "1.1 Périnatalité et petite enfance" → "Périnatalité et petite enfance": the sub-theme, not
    its number in the outline."""
    return (
        re.sub(r"^(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2})+\.?\s+(?:[—–-]\s+)?|^\d{1,2}[.)]\s+", "", theme)
        if theme
        else theme
    )
