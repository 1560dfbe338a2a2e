"""Any document of no known family (a report, a deliberation, a convention, an ABS study): its
headings become `section` records, so that it is at least searchable.

Each section holds what follows its heading up to the next one: its labelled fields, its text,
its years, the partners its partner fields name, and every euro amount as a budget line that is
shown and never counted (no rule says what a generic document's money adds up to).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..document.blocks import Block, bold_line, build_blocks, numbered_heading
from ..extract.source import Source
from ..models import BudgetLine, Section
from ..normalize.amounts import find_amounts
from ..normalize.budget import years_of
from ..normalize.entities import resolve_partners
from ..normalize.text import clean_inline, fold
from ..query.tokens import STOP_WORDS
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .registry import ParseResult, register

NAME = "generic"
VERSION = "1.0"
# "2.1 Population", "3. Moyens", "II.2 Le courrier" (under "II. ACTIVITÉ"), "2.a – Compte de
# gestion" (a point's sub-point in minutes), and a sub-section
# lettered or numbered with a bracket "a) Les tarifs", "1) Une épicerie" (a to h: "M. Durand"
# signing a letter is no section)
_NUMBERED_TITLE = re.compile(
    # ("011 Charges à caractère général": a budget's chapter, its code)
    r"^(?P<number>0\d{2}|\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\.[a-h]\.?|\d{1,2}\)|[IVXL]{1,5}(?:\.\d{1,2})+\.?|[a-hA-H][).])\s+(?:[–—-]\s+)?"
    r"(?P<title>[A-ZÀ-Ý«][^\n]{1,140})$"
)
# "Title ........ 12", "Title …… 12": a contents entry and its page
_CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…{2,})\s*\d{1,4}\s*$")
_ITALIC_LINE = re.compile(r"([*_])(?![*_])[^*_]{3,200}(?<![*_])\1")
NOT_COUNTED = "generic document: amounts are shown, never counted (no rule says what they add up to)"


def _labels() -> frozenset[str]:
    """Every family's field labels: a generic document uses the same words."""
    data = load_reference("ccas-plan")
    return frozenset(fold(label) for labels in data["section_labels"].values() for label in labels)


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """Words that title a part of any document when printed as "Word : title" (document.yaml)."""
    return frozenset(fold(w) for w in load_reference("document")["section_words"])


def has_structure(source: Source) -> bool:
    """Whether a text is a document at all: a heading, or labelled fields, or a list, in its
    opening. A file of repeated lines or one endless line has none."""
    blocks = build_blocks(source.sample(max_lines=1500, max_chars=200_000), _labels())
    headings = sum(1 for b in blocks if b.kind == "heading")
    fields = sum(1 for b in blocks if b.kind == "field")
    paragraphs = len({b.text for b in blocks if b.kind == "paragraph"})
    # (a table of two rows or more, or a list of three items, with text: a document's structure)
    tables = sum(1 for b in blocks if b.kind == "table" and len(b.rows) >= 2)
    items = len({b.text for b in blocks if b.kind == "item"})
    return (
        (headings >= 1 and paragraphs + fields >= 1)
        or fields >= 3
        or ((tables + (items >= 3)) >= 1 and paragraphs >= 1)
        # (a page copied from a browser, no markup: distinct paragraphs, lines of prose)
        or paragraphs >= 5
        # (an export of records as a table, a CSV: a header over rows)
        or any(b.kind == "table" and len(b.rows) >= 4 for b in blocks)
    )


@lru_cache(maxsize=1)
def _CAPTION() -> re.Pattern[str]:
    """ "Tableau 1 – …", "Figure 3 : …": the caption of a table or a figure (document.yaml)."""
    words = "|".join(re.escape(w) for w in load_reference("document")["caption_words"])
    return re.compile(rf"^(?:{words})\s+(?:n\s*°\s*)?[\dIVX]{{1,4}}\b\s*[–—:.-]?", re.IGNORECASE)


def _wrapped_numbered_titles(blocks: list[Block]) -> list[Block]:
    """ "4. L'accompagnement des aînés, la prévention de la perte" / "d'autonomie et la lutte
    contre l'isolement": a numbered title (read as a list's item) wrapped onto one short line in
    lower case right under it, no sentence in either — one title of two lines."""
    out: list[Block] = []
    skip = False
    for k, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        below = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            below is not None
            and block.kind in ("item", "paragraph")
            and len(block.lines) == 1
            and _NUMBERED_TITLE.match(block.lines[0].strip().strip("*")) is not None
            and not re.search(r"[.;:,]\s*$|[a-zà-ÿ]\.\s+[A-ZÀ-Ý]", block.lines[0])
            and below.kind == "paragraph"
            and len(below.lines) == 1
            and below.first == block.last + 1
            and below.text[:1].islower()
            and len(below.text) <= 90
            and not below.text.rstrip().endswith((".", ";", ":", ",", "!", "?"))
        ):
            lines = [*block.lines, *below.lines]
            out.append(
                Block("paragraph", block.first, below.last, clean_inline(" ".join(lines)), lines=lines)
            )
            skip = True
            continue
        out.append(block)
    return out


def detect(source: Source) -> float:
    return 0.0  # never chosen by score: the fallback when no family scores enough


_NUMBERED_LABEL = re.compile(r"^[A-ZÀ-Ý][\w-]{2,20}\s+n\s*[°o]\s*[\w./-]{1,12}$")
_ROMAN_NUMBERED = re.compile(r"^(?:[IVXL]{1,5}|[A-H])\s*[–—.)-]\s+(?=\S)")


def _heading_not_label(block: Block) -> list[Block]:
    """ "## Durée" is a section heading here, though "Durée" is a field label elsewhere: the
    heading, then its text."""
    markdown = re.match(r"^\s*(#{1,6})\s+(.+?)\s*#*$", block.lines[0]) if block.lines else None
    numbered = _NUMBERED_LABEL.match(clean_inline(block.label or "")) if block.kind == "field" else None
    value = (block.value or "").strip()
    if block.kind == "paragraph" and len(block.lines) == 1 and " : " in block.text:
        # ("Lot n°2 : Fourniture des potages", read as a line of text: the same numbered title)
        label, value = (part.strip() for part in clean_inline(block.text).split(" : ", 1))
        numbered = _NUMBERED_LABEL.match(label)
    bullet = bool(block.lines) and re.match(r"^\s*[-*•]\s", block.lines[0]) is not None
    if (
        numbered
        and not bullet  # ("- Motif n° 1 : factures d'énergie": a point of a list, no title)
        and len(block.lines) == 1
        and 3 <= len(value) <= 150
        and value[-1:] not in ".;,"
    ):
        # "Délibération n° 2023-18 : Approbation du compte administratif": a numbered item's
        # title, not a label and its value
        return [Block("heading", block.first, block.last, value, level=2, lines=block.lines)]
    if block.kind != "field" or markdown is None:
        return [block]
    heading = Block(
        "heading",
        block.first,
        block.first,
        clean_inline(markdown[2]),
        level=len(markdown[1]),
        lines=block.lines[:1],
    )
    body = [line for line in block.lines[1:] if line.strip()]
    if not body:
        return [heading]
    first = block.first + next(n for n, line in enumerate(block.lines) if n and line.strip())
    return [
        heading,
        Block(
            "paragraph",
            first,
            block.last,
            clean_inline(" ".join(text.strip() for text in body)),
            lines=block.lines[first - block.first :],
        ),
    ]


def _wrapped_capitals(blocks: list[Block]) -> list[Block]:
    """ "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" / "DU CONSEIL D'ADMINISTRATION" on the next line:
    one title in capitals wrapped where its second line opens on a function word."""
    function_words = {fold(w) for w in load_reference("document")["function_words"]}
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        words = fold(block.text).split()
        if (
            previous is not None
            and previous.kind == block.kind == "heading"
            and block.first == previous.last + 1
            and block.text.isupper()
            and previous.text.isupper()
            and words
            and words[0] in function_words
            and not block.lines[0].lstrip().startswith("#")
        ):
            result[-1] = Block(
                "heading",
                previous.first,
                block.last,
                f"{previous.text} {block.text}",
                level=previous.level,
                lines=[*previous.lines, *block.lines],
            )
            continue
        result.append(block)
    return result


def _opening(text: str) -> str:
    """A heading's first word, abbreviation unfolded by its first three letters ("Art." and
    "Article" open alike)."""
    words = fold(text).split()
    return words[0][:3] if words else ""


def _bold_section(text: str, openings: set[str]) -> bool:
    """A bold line that heads a section among `#` headings: it opens with a word that opens
    numbered `#` headings and a number, or is numbered ("3.1 – Montant"), or set in capitals."""
    words = fold(text).split()
    if len(words) < 2 and not text.isupper():
        return False
    numbered = len(words) >= 2 and words[0][:3] in openings and re.match(r"^(?:\d|[ivx]+\b|1er\b)", words[1])
    return bool(
        numbered
        or re.match(r"^\d{1,2}(?:\.\d{1,2})+\s*[–—-]?\s*[A-ZÀ-Ý]", text)
        or (text.isupper() and len(words) <= 8)
    )


def _questions_over_answers(blocks: list[Block]) -> list[Block]:
    """A FAQ: a question on its own line ("Qui peut demander une aide ?") right over its answer,
    no blank line between, three times or more: each question a heading over its answer."""

    def question(k: int) -> bool:
        block = blocks[k]
        first = block.lines[0].strip() if block.lines else ""
        below = blocks[k + 1] if k + 1 < len(blocks) else None
        return (
            block.kind in ("paragraph", "field")
            # (its answer on the lines under it, or a list right under it)
            and (len(block.lines) >= 2 or (below is not None and below.first == block.last + 1))
            and 8 <= len(first) <= 120
            and first.endswith("?")
            and first[:1].isupper()
            and "?" not in first[:-1]
        )

    asked_at = {k for k in range(len(blocks)) if question(k)}
    if len(asked_at) < 3:
        return blocks
    # ("Nous contacter" over the address lines, glued as the questions are: a heading too)
    asked_at |= {
        k
        for k, b in enumerate(blocks)
        if b.kind == "paragraph"
        and len(b.lines) >= 2
        and 4 <= len(first := b.lines[0].strip()) <= 40
        and first[:1].isupper()
        and first[-1:].isalnum()
        and ":" not in first
        and not find_amounts(first)
    }
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k not in asked_at:
            out.append(block)
            continue
        asked, rest = block.lines[0], block.lines[1:]
        out.append(
            Block("heading", block.first, block.first, clean_inline(asked.strip()), level=2, lines=[asked])
        )
        if rest:  # (the answer's lines: the block reader set its list items apart already)
            text = clean_inline(" ".join(line.strip() for line in rest))
            out.append(Block("paragraph", block.first + 1, block.last, text, lines=rest))
    return out


def _promote_headings(blocks: list[Block]) -> list[Block]:
    """A line standing alone, short, without final punctuation, above a field or a paragraph of
    prose, is a heading in a document without markup ("Délibération n° 2024-12 – …",
    "Questions diverses"); a document that marks its headings (`#`) has said which they are."""
    blocks = _wrapped_capitals([part for block in blocks for part in _heading_not_label(block)])
    # "T1 : 150 € – T2 : 110 € – T3 : 70 €" set apart, indented: a line of figures, never a title
    blocks = [
        Block("paragraph", b.first, b.last, b.text, lines=b.lines)
        if b.kind == "heading"
        and b.marker is None
        and b.lines
        and not b.lines[0].lstrip().startswith("#")
        and len(find_amounts(b.text)) >= 2
        else b
        for b in blocks
    ]
    marked = sum(1 for b in blocks if b.kind == "heading" and b.lines and b.lines[0].lstrip().startswith("#"))
    if marked >= 2:
        # ("**Personne concernée**" over a form's list, in a document whose headings are `#`
        # lines: a bold label, no section — unless it opens as the marked headings do,
        # "**Art. 3 – Financement**" among "### Article 2 : …", or is numbered or in capitals)
        openings = {
            _opening(b.text) for b in blocks if b.kind == "heading" and b.lines[0].lstrip().startswith("#")
        }
        return [
            Block("paragraph", b.first, b.last, b.text, lines=b.lines)
            if b.kind == "heading"
            and b.lines
            and not b.lines[0].lstrip().startswith("#")
            and bold_line(b.lines[0])
            and not _bold_section(b.text, openings)
            else b
            for b in blocks
        ]
    blocks = _wrapped_numbered_titles(blocks)
    result = []
    for k, block in enumerate(blocks):
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        # "3.5 Ateliers collectifs, sorties … de vacances" / "    destinés aux seniors": a
        # numbered title wrapped onto a line in lower case, indented under it
        wrapped = (
            len(block.lines) == 2
            and block.lines[1].strip()[:1].islower()
            and (
                not block.lines[0].rstrip().endswith((".", ";", ":", ","))
                # "**4.2 Rompre l'isolement … de convivialité," / "plan canicule …**": one bold run
                or (block.lines[0].lstrip().startswith("**") and block.lines[1].rstrip().endswith("**"))
            )
        )
        numbered = (
            _NUMBERED_TITLE.match(" ".join(line.strip() for line in block.lines).strip("*"))
            if block.lines and (len(block.lines) == 1 or wrapped)
            else None
        )
        previous = blocks[k - 1] if k > 0 else None
        in_list = any(  # "1. Approbation …" / "2. Compte …" on consecutive lines: an agenda, a list
            other is not None
            and other.kind == "item"
            and abs(other.first - block.first) == 1
            and _NUMBERED_TITLE.match(other.lines[0].strip()) is not None
            for other in (previous, following)
        )
        if (
            numbered
            # "2. Accueil et accès aux droits ......... 6": an entry of the document's contents
            and not _CONTENTS_ENTRY.search(block.lines[-1])
            # ("4. Contrat local de santé : financement du poste" reads as a field for its colon)
            and (
                block.kind in ("paragraph", "item")
                or (block.kind == "field" and block.lines[0].strip()[:1].isdigit())
            )
            and not in_list
            and not block.text.rstrip().endswith((".", ";", ",", ":"))
            # "a) Ressources. Sont prises en compte … revenus" / "d'activité, …": a lettered
            # paragraph wrapped onto the next line, no sub-section
            and not (
                following is not None
                and following.kind == "paragraph"
                and following.first == block.last + 1
                and following.text[:1].islower()
            )
        ):
            # "1. Cadre et méthode", "2.1 Population et ménages": a numbered section heading
            number = numbered["number"]
            # "a) Les tarifs", "1) Une épicerie": a sub-section under a section
            lettered = (number[0].isalpha() and "." not in number.rstrip(".")) or number.endswith(")")
            level = 3 if lettered else number.rstrip(".").count(".") + 1
            result.append(
                Block(
                    "heading",
                    block.first,
                    block.last,
                    numbered["title"].strip(),
                    level=level,
                    lines=block.lines,
                )
            )
            continue
        if (
            block.kind == "field"
            and len(block.lines) == 1
            # ("ANNEXE 1 – Budget prévisionnel": the word and its number)
            and re.sub(r"\s+(?:n\s*)?(?:\d{1,2}|[ivx]{1,4})$", "", fold(block.label or ""))
            in _section_words()
        ):
            # "Annexe : méthode de calcul du coût": a part of the document, titled after its word
            printed = clean_inline(block.lines[0]).strip(" *#")
            result.append(Block("heading", block.first, block.last, printed, level=2, lines=block.lines))
            continue
        if (
            block.kind == "field"
            and len(block.lines) == 1
            and not _BULLET_LINE.match(block.lines[0])
            and (previous is None or block.first > previous.last + 1)
            and following is not None
            and following.first == block.last + 1
            and bool(following.lines)
            and _BULLET_LINE.match(following.lines[0]) is not None
            and (block.value or "")[:1].islower()
            and len(block.text) <= 120
            and not find_amounts(block.text)
            and not block.text.rstrip().endswith((".", ";", ":"))
        ):
            # "" / "Aides facultatives : révision du règlement intérieur" / "• Élodie … a dressé …":
            # a topic titled with a colon over its bullets, after a blank line — a section
            printed = clean_inline(block.lines[0]).strip(" *#")
            result.append(Block("heading", block.first, block.last, printed, level=2, lines=block.lines))
            continue
        # "CCAS de … — conseil d'administration du 24 septembre 2026": the line under the
        # document's title that says who and when is its subtitle, not a section
        subtitle = (
            k == 1
            and previous is not None
            and previous.kind == "heading"
            and (
                re.search(r"\s[—–]\s", block.text) is not None
                or re.search(r"\b(?:19|20)\d\d\b", block.text) is not None
            )
        )
        if (
            block.kind == "paragraph"
            and not subtitle
            and len(block.lines) == 1
            # "*Claire Lemonnier, vice-présidente du CCAS*": a signature, a caption set in italics
            and not _ITALIC_LINE.fullmatch(block.lines[0].strip())
            # "Et" between the parties of a convention: a word that only joins, no title
            and fold(block.text) not in STOP_WORDS
            # "Séance du 11 décembre 2025      Délibération n° 2025-47": two columns, no title
            and not re.search(r"\S\s{4,}\S", block.lines[0].strip())
            # "Tableau 1 – Grille de participation": a caption over its table, in its section
            and not _CAPTION().match(block.text)
            and len(block.text) <= 150
            and block.text[:1].isupper()
            and (
                block.text[-1] not in ".,;:!?…»)"
                # "C. Épicerie sociale « Le Panier du Cher »": a name in quotes closes a title
                or (block.text.endswith("»") and "«" in block.text and len(block.text.split()) <= 12)
            )
            and not find_amounts(block.text)  # "Recettes – … : 393 500 €" is a line of figures
            and not re.search(
                r"[=×÷]|\s[/+]\s", block.text
            )  # "QF = (ressources – charges) / parts": a formula
            and not re.search(r"\s:\s*\S", block.text)
            and not _last_of_list(blocks, k)
            and following is not None
            and (
                following.kind == "field"
                # "ANNEXE 1 – Tableau récapitulatif" over its table (not the table's header row,
                # its cells parted by a tab or a wide gap)
                or (following.kind == "table" and not re.search(r"\t|\S\s{3,}\S", block.lines[0].strip()))
                or (following.kind == "paragraph" and len(following.text) >= 80)
                # "Annexe" over "Tableau 1 – …" and its table: a part opening on a caption
                or (following.kind == "paragraph" and _CAPTION().match(following.text) is not None)
                # "Calendrier budgétaire" over "- 21 novembre 2024 : débat …": a section of a list
                or (
                    following.kind == "item"
                    and bool(following.lines)
                    and following.lines[0].lstrip()[:1] in "-•*–"
                    and previous is not None
                    # (after a list, a blank line between: "… (29:02)" / "" / "Aides facultatives")
                    and (previous.kind != "item" or block.first > previous.last + 1)
                )
                # "Participants" right over "Jean-Marc Dufour" / "Sylvie Bonnot" / …: a list's
                # title over entries set without bullets (blocks.py `_title_over_entries`)
                or (
                    following.kind == "item"
                    and following.first == block.last + 1
                    and bool(following.lines)
                    and following.lines[0].lstrip()[:1].isupper()
                    and (previous is None or previous.kind != "item")
                )
            )
        ):
            block = Block("heading", block.first, block.last, block.text, level=2, lines=block.lines)
        result.append(block)
    return result


_BULLET_LINE = re.compile(r"^\s*[-•*–▪◦]\s")


def _last_of_list(blocks: list[Block], k: int) -> bool:
    """ "… quatre orientations :" / "Aller vers …" / "Rompre …" / "Prévenir …" / its text: the
    last of short lines a sentence announces with its colon (a list whose marks a converter
    lost), no title over the text after it."""
    j = k - 1
    while (
        j >= 0 and blocks[j].kind == "paragraph" and len(blocks[j].lines) == 1 and len(blocks[j].text) <= 150
    ):
        if blocks[j].text.rstrip()[-1:] in ".!?…":
            return False
        if blocks[j].text.rstrip().endswith(":"):
            return j < k - 1  # (one short line or more between the colon and this one)
        j -= 1
    return j >= 0 and j < k - 1 and blocks[j].kind == "paragraph" and blocks[j].text.rstrip().endswith(":")


def _table_rows(blocks: list[Block], source: Source) -> list[Block]:
    """ "   SECTION DE FONCTIONNEMENT" indented over "   Chap.   DÉPENSES      BP 2026": a row
    of the table it opens (set in as the rows are), not a section of the document."""
    out = []
    for block in blocks:
        raw = block.lines[0] if block.lines else ""
        below = source.line(block.last + 1) if block.last < len(source) else ""
        if (
            block.kind == "heading"
            # (one line, or one over the rule it is underlined with)
            and (
                len(block.lines) == 1
                or (len(block.lines) == 2 and re.fullmatch(r"\s*[-=─]{5,}\s*", block.lines[1]))
            )
            and re.match(r"^ {2,}\S", raw)
            and not raw.lstrip().startswith("#")
            and (
                # "   Dépenses        CA 2024" over its rule: a header row, its cells set apart
                re.search(r"\S\s{3,}\S", raw.strip())
                or (re.match(r"^ {2,}\S", below) and re.search(r"\S\s{3,}\S", below.strip()))
                or re.fullmatch(r"\s{2,}[-=─]{5,}\s*", below)  # "   Recettes" over the rule of its rows
            )
        ):
            block = Block("paragraph", block.first, block.last, block.text, lines=block.lines)
        out.append(block)
    return out


@lru_cache(maxsize=1)
def _object_labels() -> frozenset[str]:
    """Labels that say what a numbered act is about ("Objet :"), document.yaml."""
    return frozenset(fold(w) for w in load_reference("document")["object_labels"])


def _reference_lines(blocks: list[Block], source: Source) -> list[Block]:
    """ "Délibération n° 2026-01" right over the decision's text (no blank line between): a
    numbered reference opening a paragraph of the section, no section of its own — unless an
    "Objet : …" line follows it: then the act is a section, titled by its object."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            block.kind in ("heading", "paragraph")
            and len(block.lines) == 1
            and _REFERENCE.match(block.text)
            and following is not None
            and following.kind == "field"
            and fold(following.label or "") in _object_labels()
            and following.value
        ):
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.last,
                    clean_inline(following.value),
                    level=block.level or 2,
                    lines=block.lines,
                )
            )
            out.append(
                Block(
                    "field",
                    block.first,
                    block.last,
                    block.text,
                    label="Référence",
                    value=block.text,
                    lines=block.lines,
                )
            )
            continue
        glued = (  # "Délibération n° 2027-048 — Direction …" among the header's lines: a line of them
            block.kind == "heading"
            and block.marker is not None
            and not block.lines[0].lstrip().startswith("#")
            and block.first > 1
            and block.last < len(source)
            and source.line(block.first - 1).strip()
            and source.line(block.last + 1).strip()
        )
        if glued or (
            block.kind == "heading"
            and _REFERENCE.match(block.text)
            and block.last < len(source)
            and source.line(block.last + 1).strip()
        ):
            block = Block("paragraph", block.first, block.last, block.text, lines=block.lines)
        out.append(block)
    return out


_REFERENCE = re.compile(r"^[^\W\d_]{4,20}\s+n\s*°\s*[\w-]+\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _formulas() -> frozenset[str]:
    """An act's formulas set on lines of their own ("ENTRE", "IL EST CONVENU CE QUI SUIT :"),
    document.yaml."""
    return frozenset(fold(w) for w in load_reference("document")["formula_lines"])


def _without_formulas(blocks: list[Block]) -> list[Block]:
    """ "ENTRE" over the parties, "IL EST CONVENU CE QUI SUIT :" over the articles: text, no
    section of their own."""
    return [
        Block("paragraph", b.first, b.last, b.text, lines=b.lines)
        if b.kind == "heading" and fold(clean_inline(b.text).strip(" :#*")) in _formulas()
        else b
        for b in blocks
    ]


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    blocks = _table_rows(
        _reference_lines(
            _without_formulas(_promote_headings(_questions_over_answers(build_blocks(source, _labels())))),
            source,
        ),
        source,
    )
    ledger = LineLedger(source)
    warnings = Warnings()
    doc_sections: dict[str, str] = {}
    groups: list[tuple[Block, list[Block]]] = []
    for block in blocks:
        if block.kind == "furniture":
            ledger.take(block.first, block.last)
        elif block.kind == "heading":
            groups.append((block, []))
        elif groups:
            groups[-1][1].append(block)
        else:
            text = "\n".join(line.strip() for line in block.lines)
            doc_sections["Introduction"] = f"{doc_sections.get('Introduction', '')}\n{text}".strip()
            ledger.take(block.first, block.last)
    if (
        len(groups) > 1
        and not groups[0][1]
        and all((groups[0][0].level or 1) < (heading.level or 1) for heading, _ in groups[1:])
    ):
        # "# Convention d'objectifs 2024-2026" over "## Article 1 …", nothing of its own: the
        # document's title, above its sections, not one of them
        title, _ = groups.pop(0)
        doc_sections["Titre"] = title.title
        ledger.take(title.first, title.last)
    cover_end = _cover_end(source, blocks) or _masthead_end(blocks)
    if cover_end and any(heading.last < cover_end for heading, _ in groups):
        # a title page ("CENTRE COMMUNAL D'ACTION SOCIALE" / "RAPPORT D'ACTIVITÉ" / "2024"): the
        # document's title lines, not sections
        for heading, content in [g for g in groups if g[0].last < cover_end]:
            lines = [heading.text, *(b.text for b in content)]
            doc_sections["Titre"] = "\n".join([*filter(None, [doc_sections.get("Titre")]), *lines])
            ledger.take(heading.first, max([heading.last, *(b.last for b in content)]))
        groups = [g for g in groups if g[0].last >= cover_end]
    heads = _letterhead(groups)
    if heads:
        # "VILLE DE SAINT-BRIEUC" / "CENTRE COMMUNAL D'ACTION SOCIALE" / "PROCÈS-VERBAL …" and its
        # date and place, over "Ouverture de la séance": the document's letterhead and title
        for heading, content in groups[:heads]:
            lines = [heading.text, *(b.text for b in content)]
            doc_sections["Titre"] = "\n".join([*filter(None, [doc_sections.get("Titre")]), *lines])
            ledger.take(heading.first, max([heading.last, *(b.last for b in content)]))
        groups = groups[heads:]
    opening = next((b.first for b in blocks if b.kind != "furniture"), -1)
    if (
        len(groups) > 2
        and not groups[0][1]
        and groups[0][0].first == opening
        and not doc_sections.get("Titre")
    ):
        # "PLAN CANICULE 2024 – PROCÉDURE …" opening the document over its parts, nothing of its
        # own: the document's title, whatever its level, not one of its sections
        title, _ = groups.pop(0)
        doc_sections["Titre"] = title.title
        ledger.take(title.first, title.last)
    contents = {fold(w) for w in load_reference("document")["contents_words"]}
    for heading, content in [g for g in groups if fold(g[0].title.strip(" *#:")) in contents]:
        # "Sommaire" over its entries: the document's contents, not one of its sections
        lines = [b.text for b in content]
        doc_sections["Sommaire"] = "\n".join(lines)
        ledger.take(heading.first, max([heading.last, *(b.last for b in content)]))
    groups = [g for g in groups if fold(g[0].title.strip(" *#:")) not in contents]
    groups = _sub_headings_kept_in(groups)
    records = [_section(heading, content, source, info, ledger) for heading, content in groups]
    assign_ids(records, info.id)
    document = build_document(info, source, NAME, VERSION, ledger, warnings, doc_sections)
    return ParseResult(document=document, records=records)


def _numbering(text: str) -> str | None:
    """How a heading is numbered: its word ("article", "chapitre"), "#" for a plain number
    ("6. Le budget exécuté", "2.1 Les aides"), None when it is not."""
    marked = numbered_heading(text)
    if marked is not None:
        return marked[0]
    return "#" if re.match(r"^\s*(?:0\d{2}|\d{1,2}(?:\.\d{1,2})*[.)]?)\s+[^\W\d]", text) else None


def _sub_headings_kept_in(groups: list[tuple[Block, list[Block]]]) -> list[tuple[Block, list[Block]]]:
    """ "Article 5 – Aide alimentaire" … "Barème mensuel de l'aide alimentaire" … "Article 6 –":
    in a document of numbered sections alike (articles, chapters), a table's caption between two
    of them is a part of the one above, and the closing
    "Fait à Saint-Brieuc, le 14 mars 2024" is the last one's signature — never sections of their own."""
    markers = [
        _numbering(clean_inline(heading.lines[0]) if heading.lines else heading.text) for heading, _ in groups
    ]
    kinds = Counter(m for m in markers if m is not None)
    if not kinds or kinds.most_common(1)[0][1] < 3:
        return groups
    marker = kinds.most_common(1)[0][0]
    numbered = [n for n, m in enumerate(markers) if m is not None and m == marker]
    document = load_reference("document")
    openers = tuple(fold(w) for w in document["signature_openers"])
    captions = tuple(fold(w) + " " for w in document["caption_words"])
    result: list[tuple[Block, list[Block]]] = []
    for n, (heading, content) in enumerate(groups):
        # (a sub-point numbered its own way, "2.a – …", "3.1 – Repas", stays a section)
        # ("Dépenses de fonctionnement" right over its table: the caption of the table)
        captioning = fold(heading.text).startswith(captions) or (
            bool(content)
            and content[0].kind == "table"
            and heading.number is None
            and len(heading.text) <= 80
        )
        inside = numbered[0] < n < numbered[-1] and markers[n] is None and captioning
        signed = n > numbered[-1] and markers[n] is None and fold(heading.text).startswith(openers)
        if result and (inside or signed):
            as_text = Block("paragraph", heading.first, heading.last, heading.text, lines=heading.lines)
            result[-1][1].extend([as_text, *content])
            continue
        result.append((heading, content))
    return result


_NUMBERED_PART = re.compile(r"^\W*(?:[A-ZÀ-Ý]+\s+)?(?:[IVXLC]{1,6}|\d{1,3}|[A-H])(?:\.\d{1,2})*\s*[.)–—:-]\s")


def _letterhead(groups: list[tuple[Block, list[Block]]]) -> int:
    """How many of the opening headings are a letterhead: two or more lines in capitals, each
    with at most a short line or two under it (a date, a place), no sentence, before sections
    headed otherwise (in capitals, sections would be the document's own style)."""
    count = 0
    for heading, content in groups:
        letters = [c for c in heading.text if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            break
        if heading.number is not None or _NUMBERED_PART.match(heading.text):
            break  # "I – ADMINISTRATION GÉNÉRALE", "TITRE I – …": the document's parts, numbered
        # (a date and a place under it, a line each: "Approuvé par délibération … du 21 mars 2024")
        if sum(len(b.lines) for b in content) > 3 or any(
            max((len(line.strip()) for line in b.lines), default=len(b.text)) > 90
            or b.text.rstrip().endswith(".")
            for b in content
        ):
            break
        count += 1
    titled = (
        # "# Compte administratif 2023 – …" right under the letterhead, nothing of its own, over
        # "## 1. Introduction" …: the document's title, with the letterhead above it
        count >= 1
        and count + 1 < len(groups)
        and not groups[count][1]
        and groups[count][0].number is None
        and not _NUMBERED_PART.match(groups[count][0].text)  # ("II. ACTIVITÉ": a part, numbered)
        and all((groups[count][0].level or 1) < (h.level or 1) for h, _ in groups[count + 1 :])
    )
    if titled:
        count += 1
    later = groups[count:]
    if (
        (count < 2 and not titled)
        or not later
        or sum(1 for h, _ in later if h.text.isupper()) * 2 > len(later)
    ):
        return 0
    return count


def _masthead_end(blocks: list[Block]) -> int | None:
    """The first line under a masthead: the document's opening lines centred (set far in: "VILLE
    DE GOURDON", "EXTRAIT DU REGISTRE …", "Séance du …") over its text set from the margin."""
    centred = 0
    for block in blocks:
        if block.kind == "furniture":
            continue
        if all(len(line) - len(line.lstrip()) >= 10 for line in block.lines if line.strip()):
            centred += len(block.lines)
            continue
        return block.first if centred >= 2 else None
    return None


def _cover_end(source: Source, blocks: list[Block]) -> int | None:
    """The first line of the second page when the first is a title page: a few short lines, no
    paragraph of text, and pages after it (a PDF's text, pages parted by form feeds)."""
    end = next((n for n in range(1, len(source) + 1) if "\f" in source.line(n)), None)
    if end is None or end > 80 or end * 3 > len(source):
        return None
    first_page = [b for b in blocks if b.last < end and b.kind != "furniture"]
    if not first_page or any(len(b.lines) > 3 or len(b.text) > 200 for b in first_page):
        return None
    return end


@lru_cache(maxsize=1)
def _EURO_HEADER() -> re.Pattern[str]:
    """ "(montants en euros)": words that say a table's bare figures are euros (document.yaml)."""
    words = "|".join(re.escape(fold(w)) for w in load_reference("document")["euro_table_words"])
    return re.compile(rf"(?:^|\W)(?:{words})(?:\W|$)")


_EURO_CELL = re.compile(r"\((?:en\s+)?(?:€|EUR|euros)\)")  # a column's header "2025 (€)"
# "1 952 800,00", "2 300", "412 600": a figure set as money, its thousands grouped or its cents shown
_BARE_FIGURE = re.compile(
    r"^(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?|\d{1,6},\d{2}|(?!(?:19|20)\d\d$)\d{2,6})$"
)


def _bare_figures(line: str) -> list[float]:
    """The figures of a table row's cells after its first (a chapter's code, a label)."""
    cells = [c.strip() for c in re.split(r"\s*\|\s*|\s{2,}|\t", line.strip()) if c.strip()]
    # (read as the amount it is with its unit written: the figure parsed as every amount is)
    return [
        found[0].low
        for cell in cells[1:]
        if _BARE_FIGURE.match(cell) and (found := find_amounts(f"{cell} €"))
    ]


def _prose(line: str) -> bool:
    """A line of running text (long, no cells), which ends a table."""
    stripped = line.strip()
    # (a table's rule, "+-----+-----+", is no text)
    return (
        len(stripped) >= 60
        and not re.search(r"\S\s{3,}\S|\|", stripped)
        and re.fullmatch(r"[-+=:_ ]+", stripped) is None
    )


def _section(
    heading: Block, content: list[Block], source: Source, info: DocumentInfo, ledger: LineLedger
) -> Section:
    fields: dict[str, str] = {}
    texts: list[str] = []
    lines: list[BudgetLine] = []
    partner_texts: list[str] = []
    ledger.take(heading.first, heading.last)
    read_lines: set[int] = set()
    in_euros = False  # under "(montants en euros)" or a header "2025 (€)": a table's bare figures
    in_note = False
    for block in content:
        ledger.take(block.first, block.last)
        if block.kind == "field" and block.label:
            value = block.value or ""
            fields[block.label] = (
                f"{fields[block.label]}\n{value}".strip() if block.label in fields else value
            )
            if fold(block.label).startswith(("partenaire", "financeur")):
                partner_texts.append(value)
        texts.append("\n".join(clean_inline(line) for line in block.lines))
        for number in range(block.first, block.last + 1):
            if number in read_lines:
                continue  # a line split into several fields: its amounts are listed once
            read_lines.add(number)
            line = source.line(number)
            amounts = [(a.low, a.high) for a in find_amounts(line)]
            # "(1) Intègre l'effet …" under a table's row: its note, the table goes on after it
            in_note = bool(re.match(r"^\s*(?:\(\d{1,2}\)|[¹²³⁴⁵])", line)) or (
                in_note and number - 1 in read_lines and bool(source.line(number - 1).strip())
            )
            if _EURO_HEADER().search(fold(line)) or _EURO_CELL.search(line):
                in_euros = True
            elif in_euros and _prose(line) and not in_note:
                in_euros = False
            if in_euros and (not amounts or line.lstrip().startswith("|")):
                # ("| Jusqu'à 500 € | 1,60 | 3,00 |" under "Tarifs …, en euros :": the band's
                # amount in its label, the prices bare in the cells after it)
                amounts += [(figure, None) for figure in _bare_figures(line)]
            for low, high in amounts:
                lines.append(
                    BudgetLine(
                        amount_eur=low,
                        amount_max_eur=high,
                        raw=clean_inline(line).strip(" -*"),
                        kind="unknown",
                        years=years_of(line),
                        counted=False,
                        reason=NOT_COUNTED,
                        source=source_ref(source, info.file, number, number),
                    )
                )
    partners = resolve_partners("\n".join(partner_texts)) if partner_texts else None
    last = max([heading.last, *(b.last for b in content)])
    body = "\n".join(t for t in texts if t)
    return Section(
        id="",
        document=info.id,
        # "Article 3 – Évaluation", "Délibération n° 2026-14 — …", "Annexe 1 – …": a rule's
        # article, a board's act, a deed's annex keep their number, the way they are cited
        # "II – FINANCES": the part's title without its roman number
        title=heading.text
        if heading.marker in ("article", "art", "deliberation", "annexe")
        # "1. LE CONTEXTE" (a numbered part in capitals, set as a heading): the part's title
        else _ROMAN_NUMBERED.sub("", re.sub(r"^\d{1,2}[.)]\s+(?=\S)", "", heading.title)),
        level=heading.level or 1,
        fields=fields,
        years=years_of(f"{heading.text} {body}"),
        budget_lines=lines,
        partners=partners.names if partners else [],
        partners_unresolved=partners.unresolved if partners else [],
        sections={"Texte": body} if body else {},
        source=source_ref(source, info.file, heading.first, last),
    )


register(
    NAME,
    detect,
    parse,
    "Any other document: its headings as searchable sections (amounts shown, never counted)",
)
