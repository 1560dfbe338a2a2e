"""ODAS/ADF recueil of départements' initiatives: fiches and "Autres démarches".

Layout this parser relies on (not on any title or line number):
- chapters open with a "Chapitre N" line followed by the chapter title;
- a "» sub-theme" line usually precedes a fiche (sometimes missing: the Sommaire then says);
- a fiche is a title paragraph followed by a département paragraph ("Département du Lot",
  "Territoire de Belfort", "Métropole de Lyon"), then short header fields (period, status,
  porteur, contacts — their order varies by chapter), then ALL-CAPS section headings;
- an "Autres démarches" part lists, under each département heading (bold or plain), short
  entries "Title - text" or one paragraph per entry; its "» Autres démarches" marker can be
  missing, in which case the layout itself (no header fields, long text) gives it away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.source import Source
from ..models import Initiative
from ..normalize.text import clean_inline, fold
from ..reference import departements, load_reference
from . import odas_sommaire as toc_mod
from .base import (
    DocumentInfo,
    LineLedger,
    Paragraph,
    Warnings,
    assign_ids,
    build_document,
    paragraphs,
    source_ref,
)
from .contacts import EMAIL, PHONE
from .contacts import URL as _URL
from .odas_entries import entry_title
from .odas_header import YEAR, header_fields
from .registry import ParseResult, register

NAME = "odas-recueil"
VERSION = "1.0"

_DEP_PREFIX = re.compile(r"^D[ée]partement\s+(?:du |de la |de l['’]|des |d['’]|de )\s*(?P<rest>.+)$")
# "Chapitre 4" (its title on the next line), "CHAPITRE 1 – Insertion", "# Chapitre 2 : …", "Partie 3 -"
_CHAPTER = toc_mod.LazyPattern(
    r"^[#*\s]*CHAPTER\s+(\d+|[IVX]{1,5}\b)\s*\**\s*(?:[:–—.-]\s*(?P<title>\S.*?))?\**\s*$"
)
_HEADING = re.compile(r"^[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ][A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ'’ /,()&-]{3,}\s*:?$")
LONG_PARAGRAPH = 220


@dataclass
class Vocabulary:
    status_prefixes: list[str]
    date_prefixes: list[str]
    contact_roles: set[str]
    sublabels: list[str]
    openers: list[str]
    closing: list[str]  # sublabels after whose list an entry ends
    organisation_words: set[str]

    @classmethod
    def load(cls) -> Vocabulary:
        data = load_reference(NAME)
        return cls(
            status_prefixes=[fold(s) for s in data["status_prefixes"]],
            date_prefixes=[fold(s) for s in data["date_prefixes"]],
            contact_roles={fold(s) for s in data["contact_roles"]},
            sublabels=sorted((fold(s) for s in data["autres_demarches_sublabels"]), key=len, reverse=True),
            openers=[fold(s) for s in data["continuation_openers"]],
            closing=[fold(s) for s in data["autres_demarches_closing_sublabels"]],
            organisation_words={fold(s) for s in data["organisation_words"]},
        )


def departement_of(para: Paragraph) -> tuple[str, str | None, str | None] | None:
    """(raw, canonical, code) when the paragraph is a département heading, else None."""
    if len(para.lines) != 1:
        return None
    text = para.text.strip("* ")
    if len(text) > 160:
        return None
    match = _DEP_PREFIX.match(text)
    refs = departements()
    if match:
        dep = refs.resolve(match["rest"])
        if dep is None:
            return None
        return text, dep.name, dep.code
    if refs.is_name(text) and not _DEP_PREFIX.match(text):
        dep = refs.resolve(text)
        # A bare name is a heading only for collectivities whose name is not a plain
        # département name that could also be a porteur field ("Territoire de Belfort" is).
        return (text, dep.name, dep.code) if dep else None
    return None


def _is_long(para: Paragraph) -> bool:
    """Prose, not a header field: over LONG_PARAGRAPH characters, unless every line of it is a
    contact line of its own (two people, each with an e-mail or a phone, on two lines)."""
    if len(para.text) <= LONG_PARAGRAPH:
        return False
    contact_lines = len(para.lines) > 1 and all(
        EMAIL.search(line) or PHONE.search(line) for line in para.lines
    )
    return not contact_lines


def is_heading(para: Paragraph) -> bool:
    if len(para.lines) != 1:
        return False
    text = para.text.strip("* ")
    return bool(_HEADING.match(text)) and not any(c.isdigit() for c in text) and len(text) < 80


@dataclass
class _Fiche:
    title_para: Paragraph
    dep_para: Paragraph
    dep: tuple[str, str | None, str | None]
    chapter: int | None
    chapter_title: str | None
    theme: str | None
    theme_line: int | None
    header: list[Paragraph] = field(default_factory=list)
    sections: list[tuple[str, list[Paragraph]]] = field(default_factory=list)
    last: int = 0


@dataclass
class _Entry:
    dep: tuple[str, str | None, str | None]
    chapter: int | None
    chapter_title: str | None
    paras: list[Paragraph]
    title: str


class RecueilParser:
    def __init__(self, source: Source, info: DocumentInfo):
        self.source = source
        self.info = info
        self.vocab = Vocabulary.load()
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    # -- structure ---------------------------------------------------------------------

    def parse(self) -> ParseResult:
        source = self.source
        vocab = load_reference(NAME)
        sommaire = {fold(w) for w in vocab["sommaire_words"]}
        index_words = [fold(w) for w in vocab["index_words"]]
        toc_line = toc_mod.find_heading(source, lambda s: fold(s) in sommaire)
        body_start = toc_mod.find_heading(source, lambda s: bool(_CHAPTER.match(s)), start=(toc_line or 1))
        if body_start is None:
            body_start = 1
            self.warnings.add("no-chapters", "no 'Chapitre N' heading found; reading the whole file as body")
        toc = toc_mod.Toc()
        index: list[toc_mod.IndexEntry] = []
        if toc_line:
            self.ledger.take(toc_line)
            toc = toc_mod.parse_toc(source, toc_line + 1)
            if toc.lines:
                self.ledger.take(*toc.lines)
            index_line = toc_mod.find_heading(
                source,
                lambda s: fold(s).startswith(tuple(index_words)),
                start=(toc.lines[1] if toc.lines else toc_line),
                stop=body_start,
            )
            if index_line:
                self.ledger.take(index_line)
                index, span = toc_mod.parse_index(source, index_line + 1)
                if span:
                    self.ledger.take(*span)
        else:
            self.warnings.add("no-sommaire", "no 'Sommaire' found: titles cannot be reconciled")
        self._front_matter(body_start - 1, toc_line)
        fiches, entries = self._body(paragraphs(source, body_start))
        mapping = toc_mod.match_titles(toc.titles, [f.title_para.text for f in fiches])
        records = self._records(fiches, entries, toc, mapping)
        self._reconcile(toc, index, fiches, records, mapping)
        document = build_document(
            self.info, source, NAME, VERSION, self.ledger, self.warnings, self.doc_sections
        )
        document.records_announced = len(toc.titles) or None  # the fiches its Sommaire lists
        return ParseResult(document=document, records=records)

    def _front_matter(self, last: int, toc_line: int | None) -> None:
        """Title page and notices before chapter 1 (outside the tables): document sections."""
        label = "Titre"
        for para in paragraphs(self.source, 1):
            if para.first > last:
                break
            if para.lines[0].lstrip().startswith("|") or self.ledger.used.issuperset(
                range(para.first, para.last + 1)
            ):
                continue
            self.ledger.take_paragraph(para)
            if toc_line and para.first > toc_line and is_heading(para):
                label = para.text.strip("* :")
                self.doc_sections.setdefault(label, "")
                continue
            previous = self.doc_sections.get(label, "")
            self.doc_sections[label] = (previous + "\n\n" + para.raw.strip()).strip()

    def _is_fiche_start(self, paras: list[Paragraph], k: int) -> bool:
        """A département paragraph opens a fiche when header fields, then a heading, follow."""
        if paras[k].exploded and k > 0 and paras[k - 1].first == paras[k].first:
            return True  # "Titre**Département …****2016**…": only fiches are laid out this way
        for para in paras[k + 1 : k + 10]:
            if is_heading(para):
                return True
            if _CHAPTER.match(para.text) or para.text.startswith("»"):
                return False
            if _is_long(para):
                # Long text straight after the département: an "Autres démarches" block.
                return False
        return False

    def _body(self, paras: list[Paragraph]) -> tuple[list[_Fiche], list[_Entry]]:
        fiches: list[_Fiche] = []
        entries: list[_Entry] = []
        chapter: int | None = None
        chapter_title: str | None = None
        theme: str | None = None
        theme_line: int | None = None
        zone = "fiches"
        fiche: _Fiche | None = None
        block: tuple[tuple[str, str | None, str | None], list[Paragraph]] | None = None
        marker_seen = False

        def close_block() -> None:
            nonlocal block
            if block is not None:
                entries.extend(self._entries(block[0], block[1], chapter, chapter_title))
                block = None

        i = 0
        while i < len(paras):
            para = paras[i]
            text = para.text
            chapter_match = _CHAPTER.match(text)
            if chapter_match:
                close_block()
                fiche = None
                chapter = toc_mod.chapter_number(chapter_match[1])
                self.ledger.take_paragraph(para)
                if chapter_match["title"]:
                    chapter_title = clean_inline(chapter_match["title"]).strip("* ")
                elif i + 1 < len(paras):
                    chapter_title = paras[i + 1].text
                    self.ledger.take_paragraph(paras[i + 1])
                    i += 1
                theme, theme_line, zone, marker_seen = None, None, "fiches", False
                i += 1
                continue
            if text.startswith("»"):
                close_block()
                fiche = None
                self.ledger.take_paragraph(para)
                label = text.lstrip("» ").strip()
                if fold(label) == "autres demarches":
                    zone, marker_seen = "autres", True
                else:
                    theme, theme_line, zone = label, para.first, "fiches"
                i += 1
                continue
            dep_next = departement_of(paras[i + 1]) if i + 1 < len(paras) else None
            if (
                zone == "fiches"
                and dep_next
                and not departement_of(para)
                and self._is_fiche_start(paras, i + 1)
            ):
                close_block()
                fiche = _Fiche(para, paras[i + 1], dep_next, chapter, chapter_title, theme, theme_line)
                theme_line = None  # a sub-theme line belongs to the first fiche after it only
                self.ledger.take_paragraph(para)
                self.ledger.take_paragraph(paras[i + 1])
                fiches.append(fiche)
                i += 2
                while i < len(paras) and not is_heading(paras[i]) and not _is_long(paras[i]):
                    if _CHAPTER.match(paras[i].text) or paras[i].text.startswith("»"):
                        break
                    nxt = departement_of(paras[i + 1]) if i + 1 < len(paras) else None
                    if nxt and self._is_fiche_start(paras, i + 1) and fiche.header:
                        break
                    fiche.header.append(paras[i])
                    self.ledger.take_paragraph(paras[i])
                    i += 1
                continue
            dep_here = departement_of(para)
            if dep_here and (zone == "autres" or not self._is_fiche_start(paras, i)):
                if zone != "autres":
                    zone = "autres"
                    if not marker_seen:
                        self.warnings.add(
                            "autres-demarches-unmarked",
                            f"chapter {chapter}: 'Autres démarches' part without its '» Autres démarches' "
                            "line, recognised by its layout (département headings followed by plain text)",
                            para.first,
                        )
                close_block()
                fiche = None
                self.ledger.take_paragraph(para)
                block = (dep_here, [])
                i += 1
                continue
            if block is not None:
                block[1].append(para)
            elif fiche is not None:
                if is_heading(para):
                    fiche.sections.append((para.text.strip("* "), []))
                    self.ledger.take_paragraph(para)
                else:
                    if not fiche.sections:
                        fiche.sections.append(("", []))
                    fiche.sections[-1][1].append(para)
                fiche.last = para.last
            i += 1
        close_block()
        return fiches, entries

    # -- Autres démarches ----------------------------------------------------------------

    def _entries(self, dep, paras: list[Paragraph], chapter, chapter_title) -> list[_Entry]:
        if not paras:
            self.warnings.add("empty-departement-block", f"{dep[0]}: no entry under this heading", None)
            return []
        if self._is_colophon(paras[-1]):
            self.doc_sections["Colophon"] = paras[-1].text
            self.ledger.take_paragraph(paras[-1])
            paras = paras[:-1]
            if not paras:
                return []  # the part held only its colophon
        first_title = entry_title(paras[0].text, True, self.vocab.sublabels, self.vocab.openers)
        per_paragraph = first_title[1] == "sentence"  # one entry per paragraph, no separators
        entries: list[_Entry] = []
        # 1: the entry above has reached its closing label ("Impacts :"); 2: and its list ended.
        closing = 0
        for para in paras:
            self.ledger.take_paragraph(para)
            title, how = entry_title(
                para.text, first=not entries, sublabels=self.vocab.sublabels, openers=self.vocab.openers
            )
            starts = not entries or how in ("separator", "title-line", "acronym")
            if not starts and (per_paragraph or closing == 2) and how == "sentence":
                starts = True
            key = fold(para.text)
            if any(key.startswith(label) for label in self.vocab.closing) and para.text.rstrip().endswith(
                ":"
            ):
                closing = 1
            elif closing and para.text.lstrip().startswith(("-", "•")):
                closing = 2
            else:
                closing = 0
            if starts:
                entries.append(_Entry(dep, chapter, chapter_title, [para], title))
            else:
                entries[-1].paras.append(para)
        return entries

    def _is_colophon(self, para: Paragraph) -> bool:
        text = para.text
        return len(text) < 40 and bool(YEAR.search(text)) and " - " in text and not text.endswith(".")

    # -- records -------------------------------------------------------------------------

    def _records(
        self, fiches: list[_Fiche], entries: list[_Entry], toc: toc_mod.Toc, mapping
    ) -> list[Initiative]:
        toc_titles = toc.titles
        toc_of_fiche = {b: toc_titles[t] for t, b in mapping.items()}
        self._garbled_theme_lines(fiches, toc_of_fiche)
        records: list[Initiative] = []
        for n, fiche in enumerate(fiches):
            records.append(self._fiche_record(fiche, toc_of_fiche.get(n), toc))
        for entry in entries:
            records.append(self._entry_record(entry))
        assign_ids(records, self.info.id, qualifier=lambda r: r.departement)
        return records

    def _garbled_theme_lines(self, fiches: list[_Fiche], toc_of_fiche: dict) -> None:
        """A sub-theme line damaged by the extraction ("74nformation des usagers …") sits at the
        end of the previous fiche; the Sommaire tells it apart from real text."""
        from rapidfuzz import fuzz

        for n in range(1, len(fiches)):
            fiche, entry = fiches[n], toc_of_fiche.get(n)
            previous = fiches[n - 1]
            if fiche.theme_line is not None or not entry or not entry.theme or not previous.sections:
                continue
            paras = previous.sections[-1][1]
            if not paras or len(paras[-1].text) > 2 * len(entry.theme):
                continue
            if fuzz.partial_ratio(fold(paras[-1].text), fold(entry.theme)) >= 85:
                para = paras.pop()
                previous.last = max(
                    [previous.dep_para.last] + [p.last for _, ps in previous.sections for p in ps]
                )
                self.ledger.take_paragraph(para)
                self.warnings.add(
                    "garbled-theme-line",
                    f"'{para.text}' read as the sub-theme line '{entry.theme}' (damaged in the source)",
                    para.first,
                    para.last,
                )
                fiche.theme_line = para.first
                fiche.theme = entry.theme

    def _fiche_record(
        self, fiche: _Fiche, toc_entry: toc_mod.TocEntry | None, toc: toc_mod.Toc
    ) -> Initiative:
        fields = header_fields(fiche, self.vocab, self.warnings)
        theme = fiche.theme
        if fiche.theme_line is None and toc_entry and toc_entry.theme:
            carried = toc_entry.theme == theme
            self.warnings.add(
                "theme-from-sommaire",
                f"'{fiche.title_para.text}': no '»' sub-theme line before the fiche; the Sommaire places it "
                f"under '{toc_entry.theme}'" + (" (as the fiche before it)" if carried else ""),
                fiche.title_para.first,
            )
            theme = toc_entry.theme
        elif toc_entry and toc_entry.theme and theme and fold(toc_entry.theme) != fold(theme):
            self.warnings.add(
                "theme-mismatch",
                f"'{fiche.title_para.text}': sub-theme '{theme}' in the body, '{toc_entry.theme}' in the Sommaire",
                fiche.title_para.first,
            )
        sections: dict[str, str] = {}
        for label, paras in fiche.sections:
            if not label:
                # "Retrouvez cette action … www.odas.net" right after the header is a note.
                while paras and _URL.search(paras[0].text) and len(paras[0].text) < 300:
                    fields["notes"].append(paras[0].text)
                    self.ledger.take_paragraph(paras.pop(0))
                if not paras:
                    continue
                label = "Texte"
                if paras:
                    self.warnings.add(
                        "text-without-heading",
                        f"'{fiche.title_para.text}': text before any section heading, kept as 'Texte'",
                        paras[0].first,
                        paras[-1].last,
                    )
            key, n = label, 2
            while key in sections:
                key, n = f"{label} ({n})", n + 1
            sections[key] = "\n\n".join(p.raw.strip() for p in paras)
            for para in paras:
                self.ledger.take_paragraph(para)
        last = max([fiche.dep_para.last, fiche.last] + [p.last for p in fiche.header])
        first = fiche.title_para.first
        raw, name, code = fiche.dep
        return Initiative(
            id="",
            document=self.info.id,
            title=clean_inline(fiche.title_para.text),
            kind="fiche",
            chapter=fiche.chapter,
            chapter_title=fiche.chapter_title,
            theme_label=theme,
            departement=name,
            departement_code=code,
            departement_raw=_raw_if_informative(raw, name),
            sections=sections,
            source=source_ref(self.source, self.info.file, first, last),
            **fields,
        )

    def _entry_record(self, entry: _Entry) -> Initiative:
        raw, name, code = entry.dep
        first, last = entry.paras[0].first, entry.paras[-1].last
        return Initiative(
            id="",
            document=self.info.id,
            title=clean_inline(entry.title),
            kind="autre_demarche",
            chapter=entry.chapter,
            chapter_title=entry.chapter_title,
            theme_label="Autres démarches",
            departement=name,
            departement_code=code,
            departement_raw=_raw_if_informative(raw, name),
            sections={"Texte": "\n\n".join(p.raw.strip() for p in entry.paras)},
            source=source_ref(self.source, self.info.file, first, last),
        )

    # -- reconciliation --------------------------------------------------------------------

    def _reconcile(self, toc, index, fiches, records, mapping) -> None:
        toc_titles = toc.titles
        body_titles = [f.title_para.text for f in fiches]
        seen_texts: dict[str, int] = {}
        for t, entry in enumerate(toc_titles):
            key = fold(entry.text)
            if key in seen_texts:
                self.warnings.add(
                    "sommaire-duplicate-title",
                    f"Sommaire lists '{entry.text}' twice (lines {seen_texts[key]} and {entry.line}); "
                    "each occurrence is matched to its own fiche",
                    entry.line,
                )
            seen_texts.setdefault(key, entry.line)
            if t not in mapping:
                best = max(body_titles, key=lambda b: toc_mod.title_similarity(entry.text, b), default="")
                self.warnings.add(
                    "sommaire-title-not-found",
                    f"Sommaire title '{entry.text}' has no fiche in the body (closest: '{best}')",
                    entry.line,
                )
        matched = set(mapping.values())
        for b, fiche in enumerate(fiches):
            if b not in matched and toc_titles:
                self.warnings.add(
                    "fiche-not-in-sommaire",
                    f"fiche '{fiche.title_para.text}' is not listed in the Sommaire",
                    fiche.title_para.first,
                )
        for t, b in mapping.items():
            toc_chapter = toc_titles[t].chapter
            if toc_chapter != fiches[b].chapter:
                self.warnings.add(
                    "chapter-mismatch",
                    f"'{fiches[b].title_para.text}' is in chapter {fiches[b].chapter}, the Sommaire says {toc_chapter}",
                    fiches[b].title_para.first,
                )
        self._reconcile_pages(toc)
        self._reconcile_index(index, records)

    def _reconcile_pages(self, toc: toc_mod.Toc) -> None:
        previous = 0
        for entry in toc.entries:
            if entry.page is None:
                continue
            if entry.page < previous:
                self.warnings.add(
                    "sommaire-page-order",
                    f"Sommaire page {entry.page} for '{entry.text}' comes after page {previous}",
                    entry.line,
                )
            previous = max(previous, entry.page)

    def _reconcile_index(self, index: list[toc_mod.IndexEntry], records: list[Initiative]) -> None:
        if not index:
            return
        refs = departements()
        found = {r.departement for r in records if r.departement}
        listed: set[str] = set()
        for entry in index:
            dep = refs.resolve(entry.name)
            if dep is None:
                self.warnings.add(
                    "index-unknown-departement",
                    f"index name '{entry.name}' is not a known département",
                    entry.line,
                )
                continue
            if fold(dep.name) != fold(entry.name):
                self.warnings.add(
                    "index-spelling", f"index spells '{entry.name}', resolved to '{dep.name}'", entry.line
                )
            listed.add(dep.name)
            if dep.name not in found:
                self.warnings.add(
                    "index-departement-without-record",
                    f"'{entry.name}' is in the 'Départements cités' index but no fiche or entry names it",
                    entry.line,
                )
        for name in sorted(found - listed):
            first = next(r for r in records if r.departement == name)
            self.warnings.add(
                "departement-not-in-index",
                f"'{name}' has records but is missing from the 'Départements cités' index",
                first.source.lines[0],
            )


def _raw_if_informative(raw: str, name: str | None) -> str | None:
    """Keep the heading as printed only when it says more than the canonical name."""
    match = _DEP_PREFIX.match(raw)
    bare = match["rest"] if match else raw
    return None if name and fold(bare) == fold(name) else raw


def detect(source: Source) -> float:
    """Confidence that the source is a recueil: Sommaire + chapters + département fiches."""
    head = [fold(line) for line in source.lines[:400]]
    score = 0.0
    if "sommaire" in head:
        score += 0.3
    if any(_CHAPTER.match(line.strip()) for line in source.lines):
        score += 0.3
    dep_lines = sum(1 for line in source.lines if _DEP_PREFIX.match(line.strip("* ")) and len(line) < 120)
    if dep_lines >= 5:
        score += 0.4
    return score


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    """Recueils whose fiche headers are labelled fields ("Département : …") are read from their
    blocks (recueil_blocks.py); those whose headers are bare lines by RecueilParser. Either way,
    each record's euro amounts become its budget lines (counted by `prose_budget_lines`)."""
    result = _parse(source, info)
    from .mentions import prose_budget_lines

    data = load_reference(NAME)
    for record in result.records:
        first, last = source.line_span(*record.source.lines)  # (the file's lines: the source's own)
        record.budget_lines = prose_budget_lines(
            source, info.file, first, last, data["budget_sentence_words"], data["limit_words"]
        )
    return result


def _parse(source: Source, info: DocumentInfo) -> ParseResult:
    from .recueil_blocks import LabelledRecueilReader

    if LabelledRecueilReader.labelled(source):
        result = LabelledRecueilReader(source, info, NAME, VERSION).parse()
        if result is not None:
            return result
    lines_result = RecueilParser(source, info).parse()

    def fiches(result: ParseResult | None) -> int:
        return sum(1 for r in result.records if getattr(r, "kind", None) == "fiche") if result else -1

    def others(result: ParseResult | None) -> int:
        return sum(1 for r in result.records if getattr(r, "kind", None) != "fiche") if result else -1

    missed = [w for w in lines_result.document.warnings if w.code == "sommaire-title-not-found"]
    if (
        not missed
        and fiches(lines_result) > 0
        and lines_result.document.records_announced
        and (others(lines_result) > 0 or not _names_other_entries(source))
    ):
        return lines_result
    # The document's own Sommaire says fiches were missed, or no fiche was found, or no Sommaire
    # vouches for what was found: read it from its blocks too, and keep the reading that finds
    # more fiches.
    blocks_result = LabelledRecueilReader(source, info, NAME, VERSION).parse()

    # (as many fiches, and the short entries a heading announces that the lines missed: the blocks')
    return (
        blocks_result
        if blocks_result is not None
        and (
            fiches(blocks_result) > fiches(lines_result)
            or (
                fiches(blocks_result) == fiches(lines_result) and others(blocks_result) > others(lines_result)
            )
        )
        else lines_result
    )


def _names_other_entries(source: Source) -> bool:
    """Whether a heading of short entries ("Autres initiatives repérées") opens a line."""
    heads = [fold(h) for h in load_reference(NAME)["other_entries_headings"]]
    return any(
        (folded := fold(line.strip("#*» ")))
        and any(folded == h or folded.startswith(h + " ") for h in heads)
        and len(line) < 80
        for line in source.lines
    )


register(NAME, detect, parse, "ODAS/ADF recueil of départements' initiatives (fiches, Autres démarches)")
