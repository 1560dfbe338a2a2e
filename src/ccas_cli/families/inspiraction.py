"""Inspir'action project sheet: one Sheet record per document.

Layout this parser relies on (never a title or a line number):
- a byline "Par <porteur>" opens the sheet, sometimes after a title line (the bundled
  extraction lost it: the manifest's title is used then, and a warning says so), followed by a
  notice naming the resource file ("dossier ressource « … »") the sheet belongs to;
- a "Repères" heading followed by "Label : value" fields (Statut du projet, Échelle,
  Thématiques traitées, Public visé, Partenaires opérationnels, Partenaires financiers);
- prose sections, each under a short heading line (no final punctuation), kept as printed;
- a "Contact référent" block: a name, role lines, an organisation, an e-mail, a phone;
- a completion date ("Complété le 27.06.2017") and page links ("Télécharger …").
"""

from __future__ import annotations

import re

from ..extract.source import Source
from ..models import Contact, Sheet
from ..normalize.entities import resolve_partners
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Paragraph, Warnings, build_document, paragraphs, source_ref
from .contacts import EMAIL, PHONE
from .mentions import MoneyWords, assign_ids, euro_budget_lines
from .registry import ParseResult, register

NAME = "inspiraction"
VERSION = "1.0"

_FIELD = re.compile(r"^(?P<label>[^:]{2,60}?)\s*:\s*(?P<value>\S.*)$")
_DATED = re.compile(r"^(?P<label>\D{3,40}?)\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})$")
_QUOTED = re.compile(r"«\s*(?P<name>[^»]+?)\s*»")
_HEADING_MAX = 60


def _starts(text: str, prefixes: list[str]) -> bool:
    key = fold(text)
    return any(key == fold(p) or key.startswith(fold(p) + " ") for p in prefixes)


def _is_heading(para: Paragraph) -> bool:
    """A short line without final punctuation and not a field: a section heading."""
    text = para.text
    return (
        len(para.lines) == 1
        and 0 < len(text) <= _HEADING_MAX
        and text[-1] not in ".:;,!?…"
        and text[0].isupper()
        and not _FIELD.match(text)
    )


class InspiractionParser:
    def __init__(self, source: Source, info: DocumentInfo):
        self.source = source
        self.info = info
        self.vocab = load_reference(NAME)
        self.money = MoneyWords.load(NAME)
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}
        self.fields: dict[str, str] = {}
        self.sections: dict[str, str] = {}
        self.contacts: list[Contact] = []

    def parse(self) -> ParseResult:
        paras = paragraphs(self.source, explode_glued=False)
        byline = next((k for k, p in enumerate(paras) if self._is_byline(p)), None)
        title = self._title(paras[:byline] if byline else [])
        label: str | None = None  # the heading the paragraphs below belong to
        for para in paras[(byline or 0) :]:
            self.ledger.take_paragraph(para)
            label = self._paragraph(para, label)
        record = self._record(title, paras)
        assign_ids([record], self.info.id)
        document = build_document(
            self.info, self.source, NAME, VERSION, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=[record])

    def _is_byline(self, para: Paragraph) -> bool:
        text = para.text
        return len(para.lines) == 1 and len(text) < 80 and _starts(text, [self.vocab["byline_prefix"]])

    def _title(self, before: list[Paragraph]) -> str:
        """The line above the byline; without one, the manifest's title minus the family name."""
        chosen = before[-1] if before else None
        sizes = [(s[0] if (s := self.source.style(p.first)) else 0.0) for p in before]
        if before and max(sizes) > 0 and sizes.count(max(sizes)) == 1:
            # typeset, the title is the line set largest ("Inspir'action · fiche expérience —
            # collection …" between it and the byline is the collection's line, not the title)
            chosen = before[sizes.index(max(sizes))]
        for para in before:
            self.ledger.take_paragraph(para)
            if para is not chosen:  # page furniture or a collection's line around the title
                self._doc_section("En-tête", para.raw.strip())
        if chosen is not None:
            return chosen.text
        parts = re.split(r"\s+[—–-]\s+", self.info.title, maxsplit=1)
        family = {fold(n).replace(" ", "") for n in self.vocab["family_names"]}
        named = len(parts) == 2 and fold(parts[0]).replace(" ", "") in family
        title = parts[1] if named else self.info.title
        # A trailing "(…)" in the manifest names the resource file, kept in fields.
        title = re.sub(r"\s*\([^()]*\)\s*$", "", title) or title
        self.warnings.add(
            "no-title-line",
            f"no title line above the byline; the sheet is titled from the manifest: '{title}'",
            1,
        )
        return title

    def _paragraph(self, para: Paragraph, label: str | None) -> str | None:
        """File one paragraph under the current heading; returns the heading for the next one."""
        text = para.text
        dated = _DATED.match(text)
        if dated and len(para.lines) == 1:
            self.fields[dated["label"]] = dated["date"]
            return label
        if _starts(text, self.vocab["navigation_prefixes"]) and len(para.lines) == 1:
            self._doc_section("Navigation", text)
            return label
        if label is None:
            return self._header(para)
        in_contact = _starts(label, self.vocab["contact_heading"])
        done = bool(self.contacts and self.contacts[-1].email and self.contacts[-1].phone)
        if in_contact and len(text) <= 200 and not (done and _is_heading(para)):
            self._contact_line(text)
            return label
        if _starts(label, self.vocab["fields_heading"]):
            match = _FIELD.match(text)
            if match and len(para.lines) == 1:
                self.fields[match["label"].strip()] = match["value"].strip()
                return label
            # "• **Porteur :** …" / "• **Lieu :** …": the box's fields as a list, one a line
            items = [_FIELD.match(clean_inline(line).strip().lstrip("•*-–· ").strip()) for line in para.lines]
            if len(items) > 1 and all(items):
                for item in items:
                    self.fields[item["label"].strip(" *")] = item["value"].strip(" *")  # type: ignore[index]
                return label
        if _is_heading(para):
            if not _starts(text, self.vocab["contact_heading"]) and not _starts(
                text, self.vocab["fields_heading"]
            ):
                self.sections.setdefault(text, "")
            return text
        if _starts(label, self.vocab["fields_heading"]):
            # Kept as prose under the block's heading rather than lost.
            self.warnings.add(
                "field-expected", f"'{text}' under '{label}' is not 'Label : value'", para.first
            )
        previous = self.sections.get(label, "")
        self.sections[label] = (previous + "\n\n" + para.raw.strip()).strip()
        return label

    def _header(self, para: Paragraph) -> str | None:
        """Byline and notice, before the first heading."""
        text = para.text
        prefix = self.vocab["byline_prefix"]
        if self._is_byline(para):
            self.fields[prefix] = text[len(prefix) :].strip()
            return None
        if _is_heading(para):
            return text
        quoted = _QUOTED.search(text)
        if quoted and any(fold(w) in fold(text[: quoted.start()]) for w in self.vocab["dossier_words"]):
            self.fields.setdefault("Dossier ressource", quoted["name"])
        self._doc_section("En-tête", para.raw.strip())
        return None

    def _contact_line(self, text: str) -> None:
        """Name first, then role lines, e-mail and phone; a name after those opens a new contact."""
        reachable = EMAIL.fullmatch(text) or PHONE.fullmatch(text)
        contact = self.contacts[-1] if self.contacts else None
        if contact is None or (not reachable and (contact.email or contact.phone)):
            contact = Contact()
            self.contacts.append(contact)
        if EMAIL.fullmatch(text):
            contact.email = text
        elif PHONE.fullmatch(text):
            contact.phone = text
        elif contact.name is None:
            contact.name = text
        else:
            contact.role = f"{contact.role}, {text}" if contact.role else text

    def _doc_section(self, label: str, text: str) -> None:
        previous = self.doc_sections.get(label, "")
        self.doc_sections[label] = (previous + "\n" + text).strip()

    def _record(self, title: str, paras: list[Paragraph]) -> Sheet:
        partner_text = ", ".join(
            value for label, value in self.fields.items() if _starts(label, self.vocab["partner_labels"])
        )
        partners = resolve_partners(partner_text)
        if not partner_text:
            self.warnings.add("no-partners", "no 'Partenaires …' field in the Repères block")
        for expected in ("fields_heading", "contact_heading"):
            if not any(_starts(p.text, self.vocab[expected]) for p in paras):
                self.warnings.add(
                    f"no-{expected.split('_')[0]}-block", f"no '{self.vocab[expected][0]}' heading"
                )
        recorded = [p for p in paras if not _starts(p.text, self.vocab["navigation_prefixes"])]
        first, last = recorded[0].first, recorded[-1].last
        return Sheet(
            id="",
            document=self.info.id,
            title=clean_inline(title),
            fields=self.fields,
            contacts=self.contacts,
            partners=partners.names,
            partners_unresolved=partners.unresolved,
            budget_lines=euro_budget_lines(self.source, self.info.file, first, last, self.money),
            sections={label: text for label, text in self.sections.items() if text},
            source=source_ref(self.source, self.info.file, first, last),
        )


def detect(source: Source) -> float:
    """A sheet: a "Repères" heading, "Partenaires …" fields under it, and a contact heading."""
    vocab = load_reference(NAME)
    lines = [line.strip() for line in source.lines if line.strip()]
    heading = any(_starts(line, vocab["fields_heading"]) and len(line) < 30 for line in lines)
    partners = sum(
        1
        for line in lines
        if _FIELD.match(line) and _starts(line.split(":")[0], vocab["partner_labels"]) and len(line) < 300
    )
    contact = any(_starts(line, vocab["contact_heading"]) and len(line) < 30 for line in lines)
    dated = any(_DATED.match(line) for line in lines)
    return 0.35 * heading + 0.35 * min(partners, 2) / 2 + 0.2 * contact + 0.1 * dated


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    """Sheets with a "Repères" box under a byline are read by InspiractionParser; every other
    layout of a single practice sheet by its blocks (sheet_blocks.py)."""
    vocab = load_reference(NAME)
    lines = [line.strip() for line in source.lines if line.strip()]
    boxed = any(
        _starts(line, vocab["fields_heading"])
        and len(line) < 30
        and not line.startswith("|")
        # its fields below it as "Label : value" lines (a table under it is the blocks' to read)
        and n + 1 < len(lines)
        and ":" in lines[n + 1]
        and not lines[n + 1].startswith("|")
        for n, line in enumerate(lines)
    )
    from .sheet_blocks import SheetBlocksReader

    if not boxed:
        return SheetBlocksReader(source, info, NAME, VERSION).parse()
    by_lines = InspiractionParser(source, info).parse()
    # (a box heading in another layout, "## Repères clés" over "**Porteur :** …": when the line
    # reader reads no fact of it, the block reader reads the sheet)
    if any(getattr(r, "fields", None) for r in by_lines.records):
        return by_lines
    by_blocks = SheetBlocksReader(source, info, NAME, VERSION).parse()
    return by_blocks if any(getattr(r, "fields", None) for r in by_blocks.records) else by_lines


register(NAME, detect, parse, "Inspir'action project sheet (Repères fields, sections, contact)")
