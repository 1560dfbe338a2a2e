"""One document model for every family: the lines of a Source as typed blocks.

A block is a heading (with a level: markdown `#`, a numbered heading such as "Axe 2" or
"Fiche action 1.2", a line in capitals, a bold line, or a larger font in a PDF), a paragraph, a
list item, a table (rows of cells: markdown pipes or tab-separated columns), a labelled field
("Label : value", "**Label :** value", "- Label : value"), or page furniture (page numbers, a
line repeated as a running header). Every block keeps its first and last line, so families map
blocks to records with provenance, and line accounting knows what each block covered.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from html import unescape as html_unescape
from itertools import pairwise
from typing import Literal

from ..extract.source import Source
from ..normalize.amounts import split_amount
from ..normalize.text import clean_inline, fold, strip_accents
from ..reference import load_reference
from .layout_table import LayoutTable, joined_lines, layout_rows, layout_table
from .linear_table import linear_table

BlockKind = Literal["heading", "paragraph", "item", "table", "field", "furniture"]

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_HTML_HEADING = re.compile(r"<h([1-6])(?:\s[^>]*)?>(.+?)</h\1>", re.IGNORECASE)
# ("    o Pilote : …": Word's second-level bullet, a letter o, indented, over a capital)
# ("o\tdont 2 000 €": a word processor's sub-bullet, the letter o then a tab)
# ("1°) Title", "2°. Title": a legal text's enumeration, a list's too)
_ITEM = re.compile(
    r"^(\s*)(?:[-•*–▸►▪◦→➜➔➤]|(?<=\s)·|\d{1,2}[.)]|\d{1,2}°[).]|[a-z][.)]|(?<=\s)o(?=\s+[A-ZÀ-Ý\d])|o(?=\t))\s+(.+)$"
)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_PIPE_PAIR = re.compile(r"^(?P<label>\**[A-ZÀ-Ý][^|:]{1,48}?)\s+\|\s+(?P<value>[^|\s][^|]*)$")
# a title numbered by a code and a dash, no heading word: "A1 — Title", "B-2 : Title", "1.2 – Title"
_CODE_HEADING = re.compile(
    r"^(?P<number>[A-Z]{1,2}-?\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})+)"
    # "A1. Title" too (a letter code and a full stop), never a table row set with wide gaps
    r"(?:\.?\s*[—–:-]\s+|(?:(?<=[A-Z]\d)|(?<=[A-Z]\d\d))\.\s(?!.*\S\s{3,}\S))(?=(?:[«“\"]\s*)?[^\W\d])"
)
# "#4 Le bus des droits", "4/ Le bus des droits": an item's number, a sign after or before it
# (or "[4] Le bus des droits", a plain-text mail's numbering in brackets)
_HASH_NUMBER = re.compile(
    r"^(?:#(?=\d)|(?=\d{1,2}/\s)|\[(?=\d{1,2}\]\s))(?P<number>\d{1,3})[/\]]?\s+(?P<title>[A-ZÀ-Ý«\"“'].{2,})$"
)
# "00:07:15 — Le Pass'Permis solidaire", "(12:40) – Title": a chapter of a recording (a podcast's
# show notes), its timestamp the numbering, a dash after it (never "[00:01:02] ANIMATRICE : …",
# a transcript's turn)
_TIMESTAMP = re.compile(
    r"^[\[(]?(?P<number>(?:\d{1,2}:)?[0-5]?\d:[0-5]\d)[\])]?\s*[—–-]\s+(?P<title>[^\W\d_«\"“'].{2,}|[«\"“'].{3,})$"
)
# "3.a Le Bus des droits": a report's sub-part lettered under its numbered part, alone before its
# title, no dash ("1.2 Title" is read by each family: a theme's item, a sheet's number)
_OUTLINE_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*\.[a-h])\.?\s+(?=[A-ZÀ-Ý«“\"])")
_CODE_CAPITALS = re.compile(r"^(?P<number>[A-Z]{1,2}-?\d{1,2})\s+(?P<title>[A-ZÀ-Ý«][^a-zà-ÿ]{3,}.*)$")
_NUMBERED_CAPITALS = re.compile(r"^(?P<number>\d{1,2}|[IVX]{1,5})[.)]\s+(?P<title>\S.{3,})$")
_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_GRID_RULE = re.compile(r"^\+(?:[-=:]{3,}\+)+$")  # a grid table's border "+------+-------+"
# "Label : value", "**Label :** value", "**Label** : value", "Label :" (value below).
_FIELD = re.compile(r"^\**\s*(?P<label>[A-ZÀ-Ý][^:]{0,48}?)\s*(?:\*\*\s*:|:\s*\*\*|:)\s*(?P<value>.*)$")
# "**Département :** Gers · **Porteur :** Association … **Année :** 2022": fields glued on a line.
_RUN_IN_HEADING = re.compile(r"^\*\*(?P<text>[^*:]{2,40})\*\*\s*[—–:.-]?\s*$")
# "**Démarrage :** 2021 **Porteur :** …", or the colon after the bold: "**Année** : 2019 **Statut** : …"
_GLUED_LABEL = re.compile(r"\*\*([^*:]{1,48}?)(?:\s*:\s*\*\*|\*\*\s*:)\s*")
# ("N° 2026-14": an act numbered by its year and its rank in it)
_NUMBER = r"(?:n\s*°\s*|no\.?\s*|n\.\s*)?(?P<number>(?:19|20)\d\d-\d{1,3}|\d{1,3}(?:[.\-]\d{1,3})*(?:[.\-]?[a-z](?![\w.\-]))?|[ivx]{1,5}|[a-z]\d{1,2}|[a-h][.\-]\d{1,2}|[a-h](?=\s*(?:[–—:.·-]|$)))(?!\w|[.\-]\w)"


@dataclass
class Block:
    kind: BlockKind
    first: int
    last: int
    text: str  # the block's words, markup removed, on one line (a table: its rows joined)
    level: int = 0  # heading: 1 (top) to 6; item: its indentation depth
    marker: str | None = None  # heading: the word that numbers it ("axe", "fiche action")
    number: str | None = None  # heading: its number ("2", "1.2")
    label: str | None = None  # field
    value: str | None = None  # field
    rows: list[list[str]] = field(default_factory=list)  # table
    lines: list[str] = field(default_factory=list)  # the raw lines, as printed
    row_lines: list[int] = field(default_factory=list)  # table: each row's first line, when rows wrap
    outlined: bool = False  # heading: its level is its depth in an indented outline
    columned: bool = False  # field: a cell of a row set out across, its lines other cells' too

    @property
    def number_only(self) -> bool:
        """A numbered heading that is only its numbering ("FICHE ACTION N° 4", "ORIENTATION 1",
        "Projet n° 3"): its title is printed on the next line."""
        return (
            self.kind == "heading"
            and self.marker is not None
            and self.title == self.text
            and len(self.text.split()) <= 5
        )

    @property
    def title(self) -> str:
        """A heading's text without its numbering ("Axe 2 : Logement" → "Logement")."""
        if (
            self.kind == "heading"
            and not self.marker
            and self.number
            and (coded := _CODE_HEADING.match(self.text))
        ):
            return self.text[coded.end() :].strip()  # "A1 — Ouvrir …" → "Ouvrir …"
        if (
            self.kind == "heading"
            and not self.marker
            and self.number
            and (code := _CODE_CAPITALS.match(self.text))
        ):
            return code["title"].strip()  # "A1 ORGANISER L'AIDE …" → "ORGANISER L'AIDE …"
        if (
            self.kind == "heading"
            and not self.marker
            and self.number
            and (hashed := _HASH_NUMBER.match(self.text))
        ):
            return hashed["title"].strip()  # "#4 Le bus des droits" → "Le bus des droits"
        if (
            self.kind == "heading"
            and not self.marker
            and self.number
            and (stamped := _TIMESTAMP.match(self.text))
        ):
            return stamped["title"].strip()  # "00:07:15 — Title" → "Title"
        if (
            self.kind == "heading"
            and not self.marker
            and self.number
            and (outline := _OUTLINE_HEADING.match(self.text))
        ):
            return self.text[outline.end() :].strip()  # "3.a Le Bus des droits" → "Le Bus des droits"
        if self.kind != "heading" or not self.marker:
            return self.text
        rest = strip_numbering(self.text)
        return rest or self.text


_TRAILING_LEADER = re.compile(r"\s*(?:\.{3,}|…{2,}|(?:\. ){3,}\.?)\s*$")


def field_block(first: int, last: int, label: str, value: str, lines: list[str], level: int = 0) -> Block:
    """A labelled field: its text is "Label : value", whatever form it was printed in."""
    # ("Partenaires ............ CAF de la Moselle": a form's dot leaders are no part of its label)
    label = _TRAILING_LEADER.sub("", label)
    if any(line.lstrip().startswith(">") for line in lines[1:]):
        value = re.sub(r"\s>(?:\s+|$)", " ", value).strip()  # a quoted value wrapped: "> " opens each line
    return Block(
        "field", first, last, f"{label} : {value}", level=level, label=label, value=value, lines=lines
    )


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], dict[str, int], list[re.Pattern[str]]]:
    data = load_reference("document")
    ranks = {fold(k): int(v) for k, v in data["numbered_headings"].items()}
    words = "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w in sorted(ranks, key=len, reverse=True))
    ordinals = "|".join(re.escape(fold(w)) for w in sorted(data["ordinals"], key=len, reverse=True))
    # "Axe 2", "Fiche action n°1.2", "FICHE 1-A", "Art. 7"; or "PREMIER ENJEU", "Deuxième partie"
    numbered = re.compile(
        # (a word processor's outline number may come first: "3.1 Orientation 1 : …"; or an
        # administrative note's: "I. – AXE 1 : …", "B. Axe 2 –")
        rf"^[#*\s]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+|(?:[ivx]{{1,4}}|[a-h])\.\s*(?:[–—-]\s*)?)?"
        rf"(?:(?P<marker>{words})(?![a-z])\.?\s*(?::\s*)?{_NUMBER}|(?P<ordinal>{ordinals})\s+(?P<ordinal_marker>{words})\s*(?=$|[:.–—-])"
        # "1° Action : Title", "2° Mesure –": the number before its word, as a note numbers them
        rf"|(?P<pre_number>\d{{1,2}})\s*°\s+(?P<pre_marker>{words})(?![a-z])\s*(?=[:–—-]))"
    )
    furniture = [re.compile(p, re.I) for p in data["furniture_patterns"]]
    return numbered, ranks, furniture


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {fold(k): int(v) for k, v in load_reference("document")["ordinals"].items()}


def _key(text: str) -> str:
    """Lower case without accents, punctuation kept: what numbered headings are matched on
    ("Article 1er" is article 1)."""
    key = strip_accents(text.replace("’", "'")).lower()
    return re.sub(r"^(\W*[a-z]+\.?\s+)(\d{1,2})(?:er|re|ere)\b", r"\1\2", key)


def strip_numbering(text: str) -> str:
    """Drop "Axe 2 :", "Fiche action n° 1.2 –", "1.2 -" from the front of a heading."""
    numbered, _, _ = _vocabulary()
    key = _key(text)
    match = numbered.match(key)
    if match:
        if len(key) == len(text):
            rest = text[match.end() :]
        else:  # a ligature changed the length: cut as many words as the match holds
            rest = " ".join(text.split()[len(match.group(0).split()) :])
        # ("FICHE N° 3 / 12": the number out of the sheets' count is numbering too)
        rest = re.sub(r"^\s*/\s*\d{1,3}\b", "", rest)
        return rest.lstrip(" :.–—-|·▸►▶➤›»→").strip()
    # ("2.3 ▸ Title": a mark between the number and the title)
    plain = re.match(r"^\d{1,3}(?:\.(?:\d{1,3}|[a-h](?=[.)\s])))*[.)]?\s*[:.–—▸►▶➤›»→-]?\s+(?=\S)", text)
    return text[plain.end() :].strip() if plain else text


def label_key(labels: dict[str, str], label: str | None) -> str | None:
    """The field a printed label feeds, from a family's labels (folded label → field key): the
    label itself, else the longest known label it starts with ("Budget prévisionnel 2024",
    "Partenaires financiers")."""
    if not label:
        return None
    folded = fold(label)
    if folded in labels:
        return labels[folded]
    for known in sorted(labels, key=len, reverse=True):
        if folded.startswith(known + " "):
            return labels[known]
    return None


def heading_rank(marker: str | None) -> int:
    """1 for a part's word ("axe", "priorité"), 2 for a sheet's ("fiche action"); 0 if none."""
    return _vocabulary()[1].get(marker or "", 0)


def numbered_heading(text: str) -> tuple[str, str, int] | None:
    """(marker, number, rank) when the line opens with a numbered heading word."""
    numbered, ranks, _ = _vocabulary()
    match = numbered.match(_key(text))
    if not match or len(text) > 220:
        return None
    if match["ordinal"]:
        marker = fold(match["ordinal_marker"])
        return marker, str(_ordinals()[fold(match["ordinal"])]), ranks[marker]
    if match["pre_number"]:
        marker = fold(match["pre_marker"])
        return marker, match["pre_number"], ranks[marker]
    marker = fold(match["marker"])
    if re.match(r"^\W*[^\W\d][\w ]*?\s*:", match[0]) and not re.search(
        r"\S", _key(text)[match.end() :].strip(" :.–—-")
    ):
        return None  # "Axe : A2", a field naming the sheet's axis; "Axe : 2 - Title" is a heading
    return marker, match["number"], ranks[marker]


def _is_capitals(text: str) -> bool:
    letters = sum(map(str.isalpha, text))  # (counted in C: this runs on every line)
    return letters >= 4 and sum(map(str.isupper, text)) / letters > 0.85


def is_capitals(text: str) -> bool:
    """A line set in capitals (a few lower-case letters aside)."""
    return _is_capitals(text)


def _label_key(text: str) -> str:
    """A label as the vocabulary lists it, its inclusive writing aside ("Public(s) concerné(s)",
    "Pilote(s)") and its colon and bold marks dropped."""
    return fold(re.sub(r"\((?:e|s|es|x)\)", "", text).rstrip(" :*").strip("* "))


def bold_line(line: str) -> str | None:
    """The words of a line set in bold as a whole ("**Personne concernée**"), else None."""
    return _bold_line(line)


def _bold_line(line: str) -> str | None:
    stripped = line.strip()
    if stripped.startswith("**") and stripped.endswith("**") and stripped.count("**") == 2:
        return stripped[2:-2].strip()
    return None


# "Lancement ............... septembre 2015": a label and its value joined by dot leaders
# (a value of digits only is a page number: a table of contents line, not a field).
_LEADER_FIELD = re.compile(
    # ("M. Karim Ouaddah ....... 2 voix": an abbreviation's dot, a space after it, in the label)
    r"^\**\s*(?P<label>[A-ZÀ-Ý](?:[^.:]|\.(?= )){0,64}?)\s*(?:[.…]*(?:\.{3,}|…{2,})[.…]*)\s*(?P<value>.*\D.*)$"
)


_BOLD_DASH_FIELD = re.compile(r"^\*\*(?P<label>[^*:]{2,40}?)\*\*\s*[—–]\s+(?P<value>\S.*)$")


_BOLD_QUESTION_FIELD = re.compile(r"^\*\*(?P<label>[^*?]{2,50}\?)\*\*\s*(?P<value>\S.*)$")
_QUESTION_FIELD = re.compile(r"^(?P<label>[^\W\d][^?:]{1,40}?\s*\?)\s+(?P<value>[^\s?].*)$")


# "• Lancement – septembre 2022": a list item opening on a label, its value after a dash
_DASHED_ITEM_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Ý][^–—:]{1,40}?)\s+[–—]\s+(?P<value>\S.*)$")


@lru_cache(maxsize=1)
def _date_line() -> re.Pattern[str]:
    """A line that is a day, its time maybe after it ("03/03/2026 09:15")."""
    from ..normalize.dates import day_pattern

    return re.compile(rf"(?:{day_pattern()})(?:\s+(?:à\s+)?\d{{1,2}}[:h]\d{{2}})?")


def _value_goes_on(source: Source, number: int, labels: frozenset[str], text_width: int | None) -> bool:
    """Whether the line after a field's line `number` goes on with its value."""
    line, following = source.line(number), source.line(number + 1)
    if _date_line().fullmatch(following.strip()):
        return False  # "Thu, 16 Apr 2026 09:00:00 +0200" under a title with a colon: the item's date
    if numbered_heading(following.strip()) is not None and re.match(
        r"^\W*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:n[°o]\s*)?\d{1,2}(?:\.\d{1,2})*\s*[—–:-]\s+[A-ZÀ-Ý]",
        following.strip(),
    ):
        return False  # "Action 1.2 — Déployer …" under the last field of the sheet above: the next sheet
    return (
        _continues_value(following)
        # "Porteur : Groupement d'employeurs Littoral" / "          Emploi 17": a line set right
        # under the value, at its indent, goes on with it
        or _under_value(line, following)
        # "… Secours catholique," / "CAF du Lot": a line left hanging goes on below
        or (hanging(line) and _continues_after_hang(following))
        or _between_fields(source, number + 1, labels)
        or _wrapped_in_box(source, number, labels)
        # "Coût total : 12" / "500 € TTC": an amount cut between its digit groups
        or split_amount(line, following)
        # "Statut : terminée | Partenaires : Petits" / "Frères des Pauvres, …": the line full to
        # the text's width, its value wrapped there
        or (
            text_width is not None
            and len(line.rstrip()) >= text_width - 8
            and _goes_on_facts(following)
            # ("Lancée en 2019" under a full line: a known label run into its value)
            and _run_in_label(clean_inline(following.strip()), labels) is None
        )
        # "Partenaires : …, Département de l'Ardèche" / "(Fonds de solidarité logement)": the
        # value's bracket on the next line
        or _bracket_line(following)
        # "… à hauteur de deux mille euros" / "(2 000 €) par la …": the amount in words, then in figures
        or (
            re.search(r"\beuros?\s*$", line, re.I) is not None
            and re.match(r"^\s*\(\s*\d[\d\s\u00a0\u202f.,]*\s*(?:€|euros?)\s*\)", following) is not None
        )
    )


def _under_value(line: str, following: str) -> bool:
    """Whether `following` starts at the column the value of the field on `line` starts at
    ("Label : value"), indented further than the label: the value wrapped under itself."""
    field = re.match(r"^(?P<label>\s*[^\W\d][^:]{0,40}?)\s*:\s+(?=\S)", line)
    if (
        field is None
        or not following.strip()
        or _field(following.strip()) is not None
        or _ITEM.match(following)
    ):
        return False  # (a list under its label, "Pièces jointes :  1. …" / "   2. …", is items)
    indent = len(following) - len(following.lstrip(" "))
    return indent == field.end() and indent > len(field["label"]) - len(field["label"].lstrip(" ")) + 4


def _question_field(text: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """ "Où ? Département de la Savoie": a question the vocabulary knows as a label, its answer
    after it on the line (no colon, no bold to set the label apart)."""
    match = _QUESTION_FIELD.match(text)
    if match is None or fold(match["label"]) not in labels:
        return None
    return match["label"].strip(), match["value"].strip()


# ":Pilote: Pôle Accueil", ":Partenaires: A, B": a reStructuredText field list's field
_RST_FIELD = re.compile(r"^:(?P<label>[^\W\d][^:`]{0,40}?):\s+(?P<value>\S.*)$")


def _field(text: str) -> tuple[str, str] | None:
    italic = re.fullmatch(r"\s*([_*])(?![_*\s])(?P<inner>[^_*]{3,200}?\S)\1\s*", text)
    if italic and ":" in italic["inner"]:
        text = italic["inner"]  # "_Statut : en cours_": a field set in italics as a whole
    rst = _RST_FIELD.match(text.strip())
    if rst:
        return clean_inline(rst["label"]).strip(), clean_inline(rst["value"]).strip(" *")
    question = _BOLD_QUESTION_FIELD.match(text.strip())
    if question:  # "**Qui porte ?** Centre social …": a question in bold is its own colon
        return clean_inline(question["label"]).strip(), clean_inline(question["value"]).strip(" *")
    dashed = _BOLD_DASH_FIELD.match(text.strip())
    if dashed and len(dashed["label"].split()) <= 4:  # "**Statut** — En cours"
        return clean_inline(dashed["label"]).strip(), clean_inline(dashed["value"]).strip(" *")
    leader = _LEADER_FIELD.match(text.strip())
    # ("Quartier prioritaire de la politique de la ville ...... Kennedy": a long label too)
    if leader and len(leader["label"].split()) <= 9:
        return clean_inline(leader["label"]).strip(" *"), clean_inline(leader["value"]).strip(" *")
    match = _FIELD.match(text.strip())
    if not match:
        return None
    label = clean_inline(match["label"]).strip(" *")
    if _CODE_HEADING.match(f"{label} : {match['value']}"):
        return None  # "B-2 : Former les agents": a numbered title, not a field
    # "Financement (coût annuel) : …": a label may be qualified by a bracket at its end
    bare = re.sub(r"\s*\([^()]{1,40}\)$", "", label)
    bare = re.sub(r"(?<=\w)\s*\?$", "", bare)  # "**Où ? :** …": a question as a label
    bare = re.sub(
        r"(?<=\w)\((?:e|s|es|x|ne|le)\)", "", bare
    )  # "Territoire(s) concerné(s)": inclusive writing
    words = bare.split()
    if (
        not words
        or len(words) > 7
        or re.search(r"[.,;!?«»()]|https?$", bare)
        or label.endswith(" ")
        or re.search(r"\s[·•|]\s", bare)  # "Département de la Moselle · Porteur : …": a line of facts
    ):
        return None
    return label, clean_inline(match["value"]).strip(" *")


def _heading_kind(
    line: str, style: tuple[float, bool] | None, body_size: float, alone: bool = False
) -> tuple[int, str | None, str | None] | None:
    """(level, marker, number) when a line reads as a heading on its own."""
    stripped = line.strip()
    # "=== AXE 2 : Title ===", "--- Axe 3 ---": a heading framed by rules on its line (a memo's)
    framed = re.fullmatch(r"(={3,}|-{3,}|\*{3,})\s+(\S.{2,120}?)\s+\1", stripped)
    if framed:
        stripped = framed[2]
        line = stripped
    markdown = _MARKDOWN_HEADING.match(stripped)
    if markdown:
        text = clean_inline(markdown[2])
        numbered = numbered_heading(text)
        if numbered is None and (coded := _CODE_HEADING.match(text)):
            return len(markdown[1]), None, coded["number"]  # "### 1.1 — Title"
        return len(markdown[1]), numbered[0] if numbered else None, numbered[1] if numbered else None
    text = clean_inline(stripped)
    if not text or len(text) > 160:
        return None
    if re.fullmatch(r"\*[^*\s][^*]*\*|_[^_\s][^_]*_", stripped):
        return None  # "*Fiche n° 31 – publiée le 14 mars 2024*": a line in italics, a note
    if re.search(r"\S\s\.\s+\d{1,3}$", text):
        return None  # "Action 4 : Renforcer … stable . 9": a contents line, its leader cut to a dot
    bare = re.fullmatch(r"(?:N\s*°|Nº|No\.)\s*(\d{1,3}(?:\.\d{1,2})?)", text, re.IGNORECASE)
    if bare:
        return 2, "fiche", bare[1]  # "N° 3" alone over its title: a sheet's number, as "Fiche 3" is
    numbered = numbered_heading(text)
    if numbered and re.search(r"(?:\.{4,}|…{2,}).*\d\s*(?:€|k€|M€|euros?\b)", text):
        numbered = None  # "Chapitre 011 – Charges générales ........ + 35 000 €": a line of figures
    # ("AXE 3 – BIEN VIEILLIR … DES AÎNÉS," / "DANS LES CITÉS …": a title in capitals wrapped
    # after its comma is a heading; a sentence in lower case going on after one is not)
    if numbered and not text.endswith((".", ";")) and (not text.endswith(",") or _is_capitals(text)):
        return numbered[2], numbered[0], numbered[1]
    part = _NUMBERED_CAPITALS.match(text)
    if part and _is_capitals(part["title"]) and not text.endswith((".", ";", ",", ":")):
        return 1, None, part["number"]  # "1. BIEN VIEILLIR CHEZ SOI": a numbered part in capitals
    if (
        part
        and alone
        and re.fullmatch(r"[IVX]{1,4}", part["number"])
        and part["title"][:1].isupper()
        and len(part["title"].split()) >= 2
        and not text.endswith((".", ";", ",", ":"))
        and len(text.split()) <= 14
        and not re.search(r"\d\s*(?:€|euros?\b|k€|M€|%)", text)
    ):
        return 1, None, part["number"]  # "II. Bien vieillir à Lodève", a line of its own: a part
    coded = _CODE_HEADING.match(text)
    if coded and not text.endswith((".", ";", ",", ":")) and len(text.split()) <= 24:
        return 3, None, coded["number"]  # "A1 — Ouvrir une permanence", "B-2 : Title"
    outline = _OUTLINE_HEADING.match(text)
    if (
        outline
        and alone  # (a blank line under it: "1.1.2 Former …" over "(pilote : …)" is a wrapped item)
        and not _is_capitals(text)  # (a title in capitals is one below, wrapped or not)
        and not text.endswith((".", ";", ",", ":"))
        and len(text.split()) <= 16
        and not re.search(r"\S\s{3,}\S", stripped)
        and not re.search(r"\d\s*(?:€|euros?\b|k€|M€|%)", text)
    ):
        return 3, None, outline["number"]  # "3.a Le Bus des droits", a line of its own
    hashed = _HASH_NUMBER.match(text)
    if hashed and not text.endswith((".", ";", ",", ":")) and len(text.split()) <= 24:
        return 3, None, hashed["number"]  # "#4 Le bus des droits": an item numbered "#4"
    stamped = _TIMESTAMP.match(text)
    if stamped and not text.endswith((".", ";", ",", ":")) and len(text.split()) <= 24:
        return 3, None, stamped["number"]  # "00:07:15 — Title": a recording's chapter
    capitals = _CODE_CAPITALS.match(text)
    if capitals and _is_capitals(capitals["title"]) and not re.search(r"\S\s{3,}\S", text):
        return 3, None, capitals["number"]  # "A1 ORGANISER L'AIDE À DOMICILE": a code, its title in capitals
    # (a title in capitals runs longer: "APPRENDRE LE FRANÇAIS … : UN PARCOURS DE MOBILITÉ")
    if text.endswith((".", ";", ",")) or len(text.split()) > (22 if _is_capitals(text) else 14):
        return None
    if (
        style is not None
        and body_size
        and style[0] > body_size * 1.1
        # (a figure set large is none; "BAFA : l'aide portée à 300 € pour les jeunes" is a title)
        and (not re.search(r"\d\s*(?:€|euros?\b)", text) or len(text.split()) >= 6)
    ):
        return 2, None, None  # set larger than the text: a heading, a colon in it or not ("Pass'Droits : …")
    labelled = _field(text)
    if (
        labelled
        and labelled[1]
        and _is_capitals(text)
        and len(labelled[1].split()) >= 3
        and len(labelled[0].split()) >= 3
        and not re.search(r"\d", text)
    ):
        return 2, None, None  # "LA NAVETTE SANTÉ DU LODÉVOIS : ALLER AU SOIN …": a title with a colon
    if labelled and labelled[1]:
        return None  # "CIAS : 8 500 €": a field in capitals, not a heading
    if re.search(r"\d\s*(?:€|euros?\b|k€|M€)", text) or re.search(
        r"\s(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{2})?|\d{1,6},\d{2})$", text
    ):
        return None  # "CIAS        15 000 €", "TOTAL DES DÉPENSES   74 200,00": a line of figures
    # "RÉCAPITULATIF FINANCIER (en k€, sur la durée du plan)": capitals qualified in a bracket
    qualified = re.sub(r"\s*\([^()]{1,60}\)$", "", text)
    if (
        _is_capitals(text)
        or _bold_line(stripped)
        or (qualified != text and len(qualified.split()) >= 2 and _is_capitals(qualified))
    ):
        return 2, None, None
    if style is not None and body_size and (style[0] > body_size * 1.15 or (style[1] and len(text) < 100)):
        return 2, None, None
    return None


def _labelled_cell(head: str, cell: str, labels: frozenset[str]) -> list[tuple[str, str]]:
    """ "**Pilote :** Pôle seniors<br>**Partenaires :** A ; B" under "Qui ?": a cell holding
    labelled fields of its own, each a field; else the cell under its column's head."""
    parts = [p for p in re.split(r"\s*<br\s*/?>\s*|\n", cell) if p.strip()]
    fields = [_field(p.strip()) for p in parts]
    if len(parts) >= 2 and all(f is not None and fold(f[0]) in labels for f in fields):
        return [(f[0], f[1]) for f in fields if f is not None]
    return [(head, cell)]


def _table_fields(
    rows: list[list[str]], spans: list[tuple[int, int]], raw: list[str], first: int, labels: frozenset[str]
) -> list[Block]:
    """A two-column table whose left cells are field labels the family knows ("| Pilote | Pôle
    autonomie |") is a block of fields: one field per row (a header row of other words aside)."""
    pairs = [(row, span) for row, span in zip(rows, spans, strict=True) if len([c for c in row if c]) >= 1]
    if not labels or not pairs:
        return []
    header = [fold(c.rstrip(" :").strip("* ")) for c in pairs[0][0]]
    phases = len(pairs) > 2 and all(
        len(_labelled_cell("", row[0], labels)) > 1 for row, _ in pairs[1:] if row
    )  # ("| **Pilote :** … <br> **Partenaires :** … | Phase 2 … | 38 500 € |": rows of one sheet)
    # ("| | Caf de la Seine-Saint-Denis (co-porteur) | |" under the row of values: a second line
    # of a cell, its first column empty — the same one row of values)
    continued = len(pairs) in (3, 4) and all(not row[0].strip() for row, _ in pairs[2:])
    if (
        (len(pairs) == 2 or continued or (phases and len(pairs) <= 4))
        and len(header) >= 2
        and sum(h in labels for h in header) >= max(2, len(header) - 1)
    ):
        # "| Porteur | Année | Statut |" over one row of values: one field per column (over two
        # or three rows, "Phase 1 …" / "Phase 2 …": the fields of each row in turn)
        out: list[Block] = []
        for row, (number, last) in pairs[1:]:
            columns = [
                (label, value)
                for head, cell in zip([c.rstrip(" :").strip("* ") for c in pairs[0][0]], row, strict=False)
                if cell.strip(" —–-")
                for label, value in _labelled_cell(head, cell, labels)
            ]
            # the first field holds the header row (its lines are the table's), the others their cell
            out += [
                field_block(
                    first if not out and n == 0 else number,
                    last,
                    label,
                    value,
                    raw[: last - first + 1] if not out and n == 0 else raw[number - first : last - first + 1],
                )
                for n, (label, value) in enumerate(columns)
            ]
        return out
    if any(len(row) > 3 for row, _ in pairs):
        return []
    # ("Pilote(s)", "Référent(e)": a known label in inclusive writing)
    known = [_label_key(row[0]) in labels for row, _ in pairs]
    # rows whose label cell is empty continue the value above ("Constat<TAB>L'ABS 2021 …" /
    # "<TAB>dans les quartiers …"): the share of known labels is counted on the labelled rows
    labelled = sum(1 for row, _ in pairs if row[0].strip())
    if sum(known) < max(2, (labelled + 1) // 2):
        return []
    fields: list[Block] = []
    for n, ((row, (number, last)), is_label) in enumerate(zip(pairs, known, strict=True)):
        head = row[0].rstrip(" :").strip("* ")
        if (
            len(row) == 2
            and row[1].strip()
            and numbered_heading(head) is not None
            and not clean_inline(strip_numbering(head))
        ):
            # "FICHE ACTION 2.3<TAB>Title": a sheet's title row, its number in the label's cell
            text = clean_inline(f"{head} – {row[1]}")
            marker, sheet_number, _ = numbered_heading(head) or ("", None, 0)
            fields.append(
                Block(
                    "heading",
                    number,
                    last,
                    text,
                    level=3,
                    lines=raw[number - first : last - first + 1],
                    marker=marker,
                    number=sheet_number,
                )
            )
            continue
        if (
            not is_label
            and row[0].strip()
            and not any(c for c in row[1:])
            and n + 1 < len(pairs)
            and not pairs[n + 1][0][0].strip()
            and any(c for c in pairs[n + 1][0][1:])
        ):
            # "Contact" / "<TAB>Claire Vidal, …": a label whose value goes on the rows under it
            is_label = True
        if not is_label and row[0].strip() and any(c for c in row[1:]):
            # a label the family does not know, in a table of fields — the first row too when
            # its value runs on ("| Rubrique | Contenu |" over the fields is a header row)
            continued = n + 1 < len(pairs) and not pairs[n + 1][0][0].strip()
            # ("Intitulé<TAB>Ouvrir des permanences d'aide …": a value of words, no column's name)
            is_label = n > 0 or continued or len(" ".join(row[1:])) > 60 or len(" ".join(row[1:]).split()) > 2
        if not is_label:
            if fields and fields[-1].kind == "heading" and not row[0].strip() and any(c for c in row[1:]):
                # "FICHE ACTION 2.4<TAB>Prévenir les expulsions …" / "<TAB>en situation
                # d'impayés": the sheet's title wrapped in its cell
                title = fields[-1]
                title.text = clean_inline(f"{title.text} {' '.join(c for c in row[1:] if c)}")
                title.last = last
                title.lines.extend(raw[number - first : last - first + 1])
                continue
            if fields and not row[0].strip() and any(c for c in row[1:]):
                previous = fields[-1]  # a value continued on the next row, its label cell empty
                more = " ".join(c for c in row[1:] if c)
                previous.value = f"{previous.value}{_row_break(previous.value or '', more)}{more}"
                previous.text = (
                    f"{previous.label} : {previous.value}" if previous.kind == "field" else previous.text
                )
                previous.last = last
                previous.lines.extend(raw[number - first : last - first + 1])
            continue  # else a header row ("| Rubrique | Contenu |")
        label = row[0].rstrip(" :").strip("* ")
        value = " ".join(c for c in row[1:] if c)
        fields.append(field_block(number, last, label, value, raw[number - first : last - first + 1]))
    return fields


def _row_break(value: str, more: str) -> str:
    """How a value goes on in the next row of its table: a line of its own (a list's next
    item), or the same line wrapped ("Conseil" / "départemental de la Creuse", "Département de
    La" / "Réunion")."""
    words = value.split()
    wrapped = (
        _continues_value(more)
        or value.rstrip().endswith((",", "–", "-"))
        or (bool(words) and fold(words[-1]) in _function_words())
    )
    return " " if wrapped and not _ITEM.match(more) else "\n"


def _cell_fields(
    rows: list[list[str]], spans: list[tuple[int, int]], raw: list[str], first: int, labels: frozenset[str]
) -> list[Block]:
    """ "Collectivité : Département de l'Oise<TAB>Année : 2021": a box of fields set in columns,
    every cell a "Label : value" (most labels known): one field per cell, row after row."""
    cells = [
        (found, span)
        for row, span in zip(rows, spans, strict=True)
        for cell in row
        if cell.strip()
        for found in [_field(cell)]
    ]
    if len(cells) < 2 or any(found is None or not found[1] for found, _ in cells):
        return []
    known = sum(fold(found[0]) in labels for found, _ in cells if found)
    if known * 2 < len(cells):
        return []
    return [
        field_block(number, last, found[0], found[1], raw[number - first : last - first + 1])
        for found, (number, last) in cells
        if found
    ]


def _framed_lines(
    rows: list[list[str]], spans: list[tuple[int, int]], raw: list[str], first: int
) -> list[Block]:
    """The lines of a one-column frame, each a heading or a paragraph of its own; the frame's
    borders are furniture."""
    result: list[Block] = []
    inside = {n for a, b in spans for n in range(a, b + 1)}
    for number in range(first, first + len(raw)):
        if number not in inside:
            result.append(
                Block("furniture", number, number, raw[number - first].strip(), lines=[raw[number - first]])
            )
    merged: list[tuple[str, int, int]] = []
    for (text,), (a, b) in zip(rows, spans, strict=True):
        if text and merged and text[:1].islower():
            merged[-1] = (f"{merged[-1][0]} {text}", merged[-1][1], b)  # a title wrapped in its frame
        elif text:
            merged.append((text, a, b))
    for text, a, b in merged:
        lines = raw[a - first : b - first + 1]
        kind = _heading_kind(text, None, 0)
        if kind:
            result.append(
                Block("heading", a, b, text, level=kind[0], marker=kind[1], number=kind[2], lines=lines)
            )
        else:
            result.append(Block("paragraph", a, b, text, lines=lines))
    return sorted(result, key=lambda block: block.first)


_WIDE_GAP = re.compile(r"\s{2,}")
# "2026", or "N", "N+1" (the plan's years); "BP 2026", "CA 2025", "2026*", "2026 (1)": a year
# the budget document names, a footnote's call
_YEAR_CELL = re.compile(
    r"(?:(?:BP|CA|BS|OB|Budget|Exercice)\s+)?(?:19|20)\d\d\*?(?:\s*\(\d\))?|N(?:\s?\+\s?\d)?"
)


def _text_columns_known(line: str, labels: frozenset[str]) -> int:
    """How many of a header's cells set apart by wide gaps are labels the family knows, its
    years and figures aside."""
    cells = [c for c in _WIDE_GAP.split(line.strip()) if c and not _YEAR_CELL.fullmatch(c)]
    if len(cells) < 3:
        return 0  # ("Coût prévisionnel   2026   2027   Total": a table of figures, its label and total)
    return sum(1 for c in cells if label_key_in(labels, c.strip(" *:()")))


def _aligned_header(line: str) -> bool:
    """ "        2026      2027      2028      Total": a header of years set apart by wide gaps,
    as a PDF's text keeps a table drawn without rules (a short word or two among them)."""
    cells = _WIDE_GAP.split(line.strip())
    years = sum(1 for c in cells if _YEAR_CELL.fullmatch(c))
    return (
        len(cells) >= 3
        and years >= 2
        and all(
            # ("Budget (en euros)", "Montants en EUR": a label with the table's unit; "Rappel BP
            # 2025": a column naming its year, for comparison)
            _YEAR_CELL.fullmatch(c)
            or (len(c.split()) <= 3 and not any(ch.isdigit() for ch in c))
            or (
                len(c.split()) <= 4
                and re.search(r"\b(?:19|20)\d\d\b", c)
                and not re.search(r"\d[\s.]?\d{3}\b", c)
            )
            for c in cells
        )
    )


@lru_cache(maxsize=1)
def _money_header_words() -> tuple[str, ...]:
    money = load_reference("money")
    return tuple(fold(w) for w in [*money["money_table_heads"], *money["cost_components"], "Total"])


def _aligned_money_header(line: str, following: str) -> bool:
    """ "Financeur            Montant annuel" over "Département de l'Yonne      1 320 000 €": a
    header of money words (money.yaml `money_table_heads`) set apart by wide gaps, over a row
    that ends on an amount."""
    cells = _WIDE_GAP.split(line.strip())
    below = _WIDE_GAP.split(following.strip())
    # (a header with no cell over the rows' labels: "2026      Total" over "Investissement …")
    if not (2 <= len(cells) <= 6 and len(below) in (len(cells), len(cells) + 1)):
        return False
    heads = _money_header_words()
    named = sum(1 for c in cells if any(fold(c) == h or fold(c).startswith(h + " ") for h in heads))
    return (
        all(
            _YEAR_CELL.fullmatch(c) or (len(c.split()) <= 4 and not any(ch.isdigit() for ch in c))
            for c in cells
        )
        and named >= 1
        # an amount with its unit, or bare figures under two money words or more ("Action
        # Investissement Fonctionnement Total", the unit in the caption)
        and bool(
            re.search(r"\d\s*(?:€|k€|M€|euros?)\s*$", below[-1])
            or (named >= 2 and re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?", below[-1].strip()))
        )
    )


_NUMBERED_GROUP = re.compile(r"^\d{1,2}[.)]\s+[^\W\d][^\d]{4,120}$")


def _group_label(source: Source, number: int) -> bool:
    """ "Axe 2 – Précarité et insertion" over a row of figures, inside an aligned table: a
    group of the rows, a line of one cell that ends no sentence."""
    if number >= len(source):
        return False
    label = source.line(number).strip()
    below = _WIDE_GAP.split(source.line(number + 1).strip())
    return (
        bool(label)
        and len(label) <= 80
        and re.search(r"[^\W\d]{3,}", label) is not None  # (words: "— 12 —" is a page's number)
        and not _WIDE_GAP.search(label)
        and not label.endswith((".", ":", ";", ","))
        and not re.fullmatch(r"[-=─━_]{5,}", label)
        and _figure_row(below)
        # (a row of amounts, not the header repeated on the next page: "Dépenses (suite)  2026  2027")
        and not all(_YEAR_CELL.fullmatch(c) for c in below[1:] if c)
    )


def _aligned_table(source: Source, first: int) -> tuple[list[list[str]], int] | None:
    """The rows under an aligned header of years, each split on its wide gaps, and the last
    line; a header one cell short of its rows has no label column over the rows' labels."""
    rows = [_WIDE_GAP.split(source.line(first).strip())]
    row_at = [first]  # the line each row is printed on
    number = first + 1

    def next_text(n: int) -> int:
        """The first line from n on that is not blank (n itself when past the end)."""
        while n <= len(source) and not source.line(n).strip():
            n += 1
        return n

    while number <= len(source):
        if (
            re.fullmatch(r"[-=─━_]{5,}", source.line(number).strip())
            and number < len(source)
            and (
                len(_WIDE_GAP.split(source.line(number + 1).strip())) >= 2
                or _NUMBERED_GROUP.match(source.line(number + 1).strip()) is not None
                # ("-------" under the header, a blank line, then "Axe 1 – …" over its rows)
                or (number + 1 < len(source) and _group_label(source, next_text(number + 1)))
            )
        ):
            number += 1  # "--------" under the header or between groups of rows: a rule
            continue
        cells = _WIDE_GAP.split(source.line(number).strip())
        below = _WIDE_GAP.split(source.line(number + 1).strip()) if number < len(source) else []
        if not cells[0] and _figure_row(below) and rows and (len(rows) == 1 or _figure_row(rows[-1])):
            number += 1  # a blank line under the header or above the total row: the table goes on
            continue
        if (
            not cells[0]
            and rows
            and (len(rows) == 1 or _figure_row(rows[-1]) or rows[-1] == [""])
            and _group_label(source, next_text(number))
        ):
            number += 1  # a blank line between two groups of rows ("Axe 2 – …" below)
            continue
        if len(cells) == 1 and cells[0] and _group_label(source, number) and re.search(r"\d", cells[0]):
            # "Axe 1 – Accès aux droits" over its rows: a row of its own, the group's label
            rows.append(cells)
            row_at.append(number)
            number += 1
            continue
        raw = source.line(number)
        indent = len(raw) - len(raw.lstrip())
        above = source.line(number - 1)
        above_spans = _spans(above)
        if (
            len(cells) == 1
            and cells[0]
            and len(rows) >= 2
            and not re.search(r"\d", cells[0])
            and len(above_spans) >= 3
            and any(abs(indent - start) <= 2 for start, _, _ in above_spans[1:2])
            and _figure_row(rows[-1])  # (a table of figures: its labels wrap, its figures do not)
        ):
            # "B.4   Résidence Les Tilleuls ouverte sur le   12 000 …" / "      quartier": the
            # row's label wrapped under its own column, the row above going on
            rows[-1][1] = f"{rows[-1][1]} {cells[0]}"
            number += 1
            continue
        grouped = (
            # "1. Garantir l'accès aux droits" over its rows: a numbered group of the rows (after
            # a blank line closing the group above, at most)
            len(cells) == 1
            and _NUMBERED_GROUP.match(
                cells[0] or (source.line(number + 1).strip() if number < len(source) else "")
            )
            is not None
        )
        if grouped and not cells[0] and number + 1 < len(source):
            label = source.line(number + 1).strip()
            after = _WIDE_GAP.split(source.line(number + 2).strip())
            if len(after) >= 2 and not _WIDE_GAP.search(label):
                rows += [[label], after]
                row_at += [number + 1, number + 2]
                number += 3
                continue
        if grouped and cells[0] and len(below) >= 2:
            rows += [cells, below]
            row_at += [number, number + 1]
            number += 2
            continue
        if len(cells) == 1 and cells[0] and len(below) >= 2 and not re.search(r"\d", cells[0]):
            # "Collectivité européenne" over "d'Alsace   10 000   10 000": a row label wrapped,
            # a row of its own (one row a line: each amount keeps its line)
            rows += [cells, below]
            row_at += [number, number + 1]
            number += 2
            continue
        if len(cells) < 2:
            break
        rows.append(cells)
        row_at.append(number)
        number += 1
    if len(rows) < 2:
        return None
    _label_wrapped_into_rows(source, first, rows, row_at)
    width = max(len(r) for r in rows)
    header_spans = _spans(source.line(first))
    if len(rows[0]) == width:
        # "Coût prévisionnel   2019   2020   Total" over "   8 000 €   5 500 €   13 500 €": a row
        # short of the header has its cells under the header cells they are aligned with
        rows = [rows[0]] + [
            _placed(source.line(row_at[n]), header_spans) if len(r) < width else r
            for n, r in enumerate(rows[1:], 1)
        ]
    rows = [[""] * (width - len(r)) + r if n == 0 else r for n, r in enumerate(rows)]
    return [[clean_inline(c) for c in r] for r in rows], number - 1


def _label_wrapped_into_rows(source: Source, first: int, rows: list[list[str]], row_at: list[int]) -> None:
    """ "Budget           2024   2025   Total" / "prévisionnel    Fonctionnement   20 000 € …": the
    header's label, set in a box's left column, wrapped onto the first row's line — its word
    goes back to the header, the row keeps its own cells (the other rows set in past it)."""

    def indent(n: int) -> int:
        line = source.line(n)
        return len(line) - len(line.lstrip())

    body = [len(r) for r in rows[1:]]
    usual = max(set(body), key=body.count)
    for n in range(1, len(rows)):
        if (
            len(rows[n]) == usual + 1
            and len(rows[0]) == usual
            and indent(row_at[n]) == indent(first)
            and all(indent(row_at[m]) > indent(first) for m in range(1, len(rows)) if m != n)
            and not re.search(r"\d", rows[n][0])
        ):
            rows[0][0] = f"{rows[0][0]} {rows[n][0]}"
            rows[n] = rows[n][1:]


def _figure_row(cells: list[str]) -> bool:
    """A row of an aligned table of figures: three cells or more, the last a figure."""
    return len(cells) >= 3 and re.fullmatch(r"[\d\s\u00a0\u202f.,€–-]+|k€|M€", cells[-1].strip()) is not None


def _spans(line: str) -> list[tuple[int, int, str]]:
    """A line's cells with their character columns (start, end), split on wide gaps."""
    return [
        (m.start(), m.end(), m[0])
        for m in re.finditer(r"\S+(?:[ \u00a0\u202f]\S+)*", line.replace("\t", "    "))
    ]


def _placed(line: str, header: list[tuple[int, int, str]]) -> list[str]:
    """The line's cells, each in the column of the header cell it overlaps most (else the
    nearest by its end: figures are set flush right)."""
    cells = [""] * len(header)
    for start, end, text in _spans(line):
        best = max(
            range(len(header)),
            key=lambda k: (min(end, header[k][1]) - max(start, header[k][0]), -abs(end - header[k][1])),
        )
        cells[best] = f"{cells[best]} {text}".strip()
    return cells


def _quoted_tab_rows(raw: list[str], first: int) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Rows pasted from a spreadsheet, a cell with a line break quoted over two lines
    ("Ouvrir une épicerie itinérante / desservant les hameaux"): one row, the cell's lines its
    value's lines."""
    rows: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    reader = csv.reader((line + "\n" for line in raw), delimiter="\t")
    start = 0
    for cells in reader:
        rows.append(["\n".join(clean_inline(part) for part in cell.split("\n")).strip() for cell in cells])
        spans.append((first + start, first + reader.line_num - 1))
        start = reader.line_num
    return rows, spans


def open_quote(lines: list[str]) -> bool:
    """Whether tab-separated lines end inside a quoted cell (a spreadsheet's line break)."""
    quoted = False
    for line in lines:
        for cell in line.split("\t"):
            text = cell.strip()
            if not quoted and text.startswith('"'):
                quoted = not (len(text) > 1 and text.endswith('"') and not text.endswith('""'))
            elif quoted and text.endswith('"') and not text.endswith('""'):
                quoted = False
    return quoted


_INNER_TAB = re.compile(r"[^\t\s][^\t]*\t")  # a tab after a cell's text: between two cells
_ROW_CODE = re.compile(r"^(?:[A-Z]?\d{1,2}(?:[.-]\d{1,2}){0,2}|[A-Z]\d?)[.)]?$")


def _table_rows(raw: list[str], first: int, tabbed: bool) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """A table's rows with the lines each spans. In a grid table ("+-----+-----+" borders) a
    row may wrap over several lines: the lines between two inner borders are one row, and where
    borders frame only the whole table, a line whose first cell is empty continues the row above."""
    if tabbed and any('"' in r for r in raw):
        return _quoted_tab_rows(raw, first)
    rows: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    rules = [bool(_GRID_RULE.match(r.strip()) or _TABLE_RULE.match(r.strip())) for r in raw]
    grid = any(_GRID_RULE.match(r.strip()) for r in raw)
    segments = sum(1 for n, rule in enumerate(rules) if not rule and (n == 0 or rules[n - 1]))
    one_row_per_segment = grid and segments >= 3
    new_row = True
    pieces: list[str] = []  # each column's piece on the row's last line, and the columns' widths
    widths: list[int] = []
    for offset, text in enumerate(raw):
        current = text.strip()
        if rules[offset]:
            new_row = True
            continue
        cells = text.split("\t") if tabbed else current.strip("|").split("|")
        if "&" in current:  # "12&nbsp;000&nbsp;€" in a web export's cell: its characters
            cells = [html_unescape(c) for c in cells]
        # "CAF<br>CPAM": lines broken inside a cell stay lines of its value
        cells = ["\n".join(clean_inline(part) for part in _CELL_BREAK.split(c)).strip() for c in cells]
        continues = grid and rows and (not new_row if one_row_per_segment else not cells[0])
        if (
            not grid
            and not tabbed
            and len(rows) >= 2
            and (_wraps_row_above(cells, rows[-1]) or _goes_on_coded_row(cells, rows[-1]))
        ):
            # "| atypiques |  |  | réduit) |" under "| Garde d'enfants à horaires | … | Poursuivre
            # (périmètre |": a row's cells wrapped onto a line of their own, not a row
            rows[-1] = [" ".join(p for p in (a, b) if p) for a, b in zip(rows[-1], cells, strict=True)]
            spans[-1] = (spans[-1][0], first + offset)
            continue
        if continues and one_row_per_segment and _ROW_CODE.match(cells[0]) and _ROW_CODE.match(rows[-1][0]):
            # "| 1.1 | … |" then "| 1.2 | … |" between the same two borders: an export that rules
            # off groups of rows, not rows — each numbered line a row of its own
            continues = False
        if continues and _figure_cell(cells[-1]) and _figure_cell(rows[-1][-1]):
            # "|  | Sous-total orientation n° 1 | … | 204 400 |" under a row of figures: figures do
            # not wrap, a row of its own
            continues = False
        # "-   CAF de la Moselle" in a grid cell: a list's item, a line of the cell's value
        listed = [grid and bool(_CELL_ITEM.match(c)) for c in cells]
        if not (continues and len(cells) == len(pieces)):
            pieces, widths = [""] * len(cells), [0] * len(cells)
        cells = [_CELL_ITEM.sub("", c) if item else c for c, item in zip(cells, listed, strict=True)]
        if grid and not tabbed:
            widths = [len(c) for c in current.strip("|").split("|")]
        if continues and len(cells) == len(rows[-1]):
            # ("Investissement : 68 000 €\" over "Fonctionnement : …": pandoc's hard line break)
            rows[-1] = [
                f"{a[:-1].rstrip()}\n{b}"
                if a and b and a.endswith("\\")
                else f"{a}\n{b}"
                if a and b and (item or _own_line(a, b, last_piece, width))
                else " ".join(p for p in (a, b) if p)
                for a, b, item, last_piece, width in zip(rows[-1], cells, listed, pieces, widths, strict=True)
            ]
            spans[-1] = (spans[-1][0], first + offset)
        else:
            rows.append(cells)
            spans.append((first + offset, first + offset))
        pieces = [c or p for c, p in zip(cells, pieces, strict=False)] if len(pieces) == len(cells) else cells
        new_row = False
    return rows, spans


def _goes_on_coded_row(cells: list[str], above: list[str]) -> bool:
    """ "|  | quartiers prioritaires | | Cher, MSA … | | | |" under "| 1.2 | Permanences … dans les |
    …": a numbered row's cells wrapped onto a line of their own, its number cell empty, no
    figure in it (figures do not wrap), each piece under a filled cell of the row above."""
    filled = [n for n, c in enumerate(cells) if c]
    return (
        len(cells) == len(above)
        and not cells[0]
        and _ROW_CODE.match(clean_inline(above[0]).strip("* ")) is not None
        and bool(filled)
        and all(above[n] and not re.search(r"\d", cells[n]) and "*" not in cells[n] for n in filled)
    )


def _title_over_entries(raw: list[str]) -> bool:
    """A short title line over four lines or more that are entries, each a few words opening
    on a capital and closing on no punctuation (names, places): a list set without bullets."""
    texts = [clean_inline(r.strip()) for r in raw]
    if len(texts) < 5 or len(texts[0].split()) > 3 or not texts[0][:1].isupper():
        return False
    return all(
        t[:1].isupper()
        and len(t) <= 40
        and len(t.split()) <= 5
        and not t.endswith((".", ",", ";", ":"))
        and ":" not in t
        and not hanging(t)
        for t in texts
    )


def _figure_cell(cell: str) -> bool:
    return (
        re.search(r"\d", cell) is not None and re.fullmatch(r"[\d\s\u00a0\u202f.,€%()*–-]+", cell) is not None
    )


def _wraps_row_above(cells: list[str], above: list[str]) -> bool:
    """A pipe row whose text only goes on from the row above: some cells empty, the others
    opening in lower case (or on a closing bracket) under a cell of the row above that does not
    end a sentence."""
    filled = [n for n, c in enumerate(cells) if c]
    return (
        len(cells) == len(above)
        and 0 < len(filled) < len(cells)
        and all(
            (cells[n][:1].islower() or cells[n][:1] == ")")
            and not re.search(r"\d", cells[n])
            and above[n]
            and not above[n].endswith((".", ";", ":"))
            for n in filled
        )
    )


def _own_line(value: str, more: str, last_piece: str, width: int) -> bool:
    """In a grid cell, the next line is a line of its own ("Médiathèque municipale" /
    "France Services de Nérac": a list printed a name a line), not the same text wrapped: the
    line above ended well short of the cell's width, on no hanging word, and the next opens
    on a capital."""
    return (
        bool(width)
        and more[:1].isupper()
        and len(last_piece) < width * 0.7
        and _row_break(value, more) == "\n"
        and not value.rstrip().endswith((",", ";"))
    )


_DEFINED_ENTRY = re.compile(r"^[^—–]{3,80}\s[—–]\s\S")  # "CCAS de Saint-Nazaire — Title"
_DETAILS = re.compile(r"^</?details\b[^>]*>$", re.IGNORECASE)
_HEADING_ATTRIBUTES = re.compile(r"\s*\{[#.][^{}]*\}\s*$")
_LOWER_FIELD = re.compile(r"^(?P<label>[a-zà-ÿ][^:]{0,40}?)\s*:\s*(?P<value>\S.*)$")


def label_key_in(labels: frozenset[str], label: str) -> bool:
    """A label the family knows, as printed or as the start of a longer one."""
    folded = fold(label.strip())
    return folded in labels or any(folded.startswith(known + " ") for known in labels)


_CELL_ITEM = re.compile(r"^\s*(?:[-–•*▪]|\d{1,2}[.)])\s+")
_LEAD_SEGMENT = re.compile(r"^(?P<lead>[^:·|—–]{2,40}?)\s+[·|—–]\s+(?P<rest>[^:·|]{2,40}:\s*\S.*)$")
_NEXT_FIELD = re.compile(r"\s+[—–|·]\s+(?P<label>[A-ZÀ-Ý][^:—–|·]{1,40}?)\s*:\s*")


def _split_fields(label: str, value: str, labels: frozenset[str]) -> list[tuple[str, str]]:
    """ "Année : 2023 — Statut : En cours": two known fields on one line, split at the dash."""
    fields = [(label, value)]
    while labels and (match := _NEXT_FIELD.search(fields[-1][1])) and fold(match["label"]) in labels:
        current_label, current_value = fields[-1]
        fields[-1] = (current_label, current_value[: match.start()].strip())
        fields.append((match["label"].strip(), current_value[match.end() :].strip()))
    return fields


def _column_fields(line: str, labels: frozenset[str]) -> list[tuple[str, str]] | None:
    """ "Année de démarrage : 2031        Évaluateur : IPP": two columns of "Label : value"
    side by side, split at the wide gap when the next column opens on a known label."""
    parts = [p for p in re.split(r"\s{3,}|\t", line.strip()) if p]
    if len(parts) < 2:
        return None
    fields = [_field(p) for p in parts]
    if any(f is None for f in fields) or any(fold(f[0]) not in labels for f in fields[1:] if f):
        return None
    return [f for f in fields if f]


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from ..normalize.dates import month_names

    return frozenset(fold(m) for m in month_names())


def _run_in_label(text: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """ "Lancée en 2034" (a segment of a facts line): the longest known label it opens on, and
    the rest as its value."""
    words = text.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        if fold(" ".join(words[:size])) in labels:
            if fold(words[size]) in _function_words():
                return None  # "Département des Landes": a name that opens on a label word
            if (
                words[size][:1].islower()
                and fold(words[size]) not in _month_words()
                and not any(w.endswith(":") for w in words[:size])
            ):
                return None  # "Collectivité européenne d'Alsace": a name, its noun qualified
            return " ".join(words[:size]), " ".join(words[size:])
    return None


_AMOUNT_START = re.compile(
    # ("2025 : 25 000 €": a year's amount, the first of a list under its label)
    r"^\s*[-–•]?\s*(?:(?:19|20)\d\d\s*[:–-]\s*)?\d[\d \u00a0\u202f.,]*\s*(?:€|euros?\b|k€|m€|millions?\b)",
    re.IGNORECASE,
)


def _qualified_money_label(bare: str, labels: frozenset[str], following: str) -> bool:
    """ "Coût total du chantier" over "310 000 € sur trois ans": a known label qualified by what
    it is of, alone on its line, is that label when the next line opens on an amount."""
    if not _AMOUNT_START.match(following) or len(bare.split()) > 8:
        return False
    qualifiers = _function_words() | frozenset(
        fold(w) for w in load_reference("document")["label_qualifiers"]
    )
    return any(
        bare.startswith(label + " ") and bare[len(label) + 1 :].split()[0] in qualifiers
        for label in labels
        if len(label) > 3
    )


def _boxed_qualified_label(
    source: Source, number: int, stripped: str, bare: str, labels: frozenset[str]
) -> bool:
    """ "Partenaires pressentis" over its value, in a box whose other labels stand alone on their
    lines ("Public", "Démarrage prévu" two lines above or below): a known label and a word or two
    that qualify it is that label, set plain as its neighbours are."""
    total = len(source.lines)
    if (
        number >= total
        or not source.line(number + 1).strip()
        or (number > 1 and source.line(number - 1).strip())
        or stripped.endswith((".", ","))
        or ":" in stripped  # "Calendrier : 2026": a field on one line, not a label alone
        or not (_qualified(stripped, bare, labels) or _dated_label(stripped, bare, labels))
    ):
        return False
    for other in range(max(1, number - 5), min(total, number + 5) + 1):
        line = source.line(other).strip()
        if other == number or not line:
            continue
        if fold(line.rstrip(": ")) in labels:
            previous = source.line(other - 1).strip() if other > 1 else ""
            if not previous and other < total and source.line(other + 1).strip():
                return True  # a neighbour label alone at its paragraph's head, its value below
        head = line.split(" : ", 1)[0] if " : " in line[:60] else ""
        if head and fold(head.strip("*- ")) in labels:
            return True  # "Public : personnes de plus de 75 ans": a field of the same box
    return False


_DIALOGUE_QUESTION = re.compile(r"^(?:[—–]\s*|Q\s*[.:]\s*)(?P<question>[^?]{3,100}\?)$")


def _asked_label(stripped: str, labels: frozenset[str]) -> bool:
    """ "— Quand l'expérimentation a-t-elle commencé ?" over "En septembre 2019, …": an
    interviewer's question, set apart by its dash, that asks for a field the family knows (the
    question opens on a known label: "Quand", "Qui l'évalue", "Avec quels partenaires")."""
    asked = _DIALOGUE_QUESTION.match(clean_inline(stripped))
    return asked is not None and label_key_in(labels, asked["question"].rstrip(" ?"))


def _dated_label(stripped: str, bare: str, labels: frozenset[str]) -> bool:
    """ "Situation à l'automne 2016", "État au 1er mars": a known label dated by a few words."""
    words = bare.split()
    for label in labels:
        size = len(label.split())
        rest = words[size:]
        if (
            len(label) > 3
            and bare.startswith(label + " ")
            and 1 < len(rest) <= 4
            and rest[0] in ("a", "au", "en", "fin", "debut", "mi")
            and re.search(r"\d", stripped)
        ):
            return True
    return False


def _bold_qualified_label(stripped: str, bare: str, labels: frozenset[str]) -> bool:
    """ "**Partenaires pressentis**" alone on its line: set in bold like a label, a known label
    and a word or two that qualify it is that label."""
    if not re.fullmatch(r"\*\*[^*]{3,60}\*\*:?", stripped):
        return False
    return _qualified(stripped, bare, labels)


def _qualified(stripped: str, bare: str, labels: frozenset[str]) -> bool:
    printed = stripped.strip("*: ").split()
    for label in labels:
        size = len(label.split())
        rest = printed[size:]
        if (
            len(label) > 3
            and bare.startswith(label + " ")
            # "pressentis", "associés": qualifiers; "du Gers" names a place, it is no label
            and (
                (
                    1 <= len(rest) <= 2
                    and all(
                        w == w.lower() and w[:1].isalpha() and fold(w) not in _function_words() for w in rest
                    )
                )
                or _of_the_sheet(rest)
            )
        ):
            return True
    return False


def _of_the_sheet(words: list[str]) -> bool:
    """ "de l'action", "du projet": what the label is of, the sheet itself."""
    folded = fold(" ".join(words)).replace("'", " ").split()
    objects = frozenset(fold(w) for w in load_reference("document")["label_objects"])
    return (
        1 <= len(folded) <= 3
        and folded[-1] in objects
        and all(w in _function_words() for w in folded[:-1])
        and words[-1] == words[-1].lower()
    )


def _pipe_pair_lines(source: Source, labels: frozenset[str]) -> set[int]:
    """Lines "Label | value" in a run of box rows: next to another such row or to a field the
    family knows (a lone "Chapitre 1 | Aller-vers" is a running header, "Logement | 09.01.2025"
    over a title a kicker)."""
    pairs = {
        n
        for n, line in enumerate(source.lines, 1)
        if (match := _PIPE_PAIR.match(line.strip())) and not numbered_heading(match["label"].strip(" *"))
    }

    def row(n: int) -> bool:
        if n in pairs:
            return True
        found = _field(source.line(n).strip()) if 1 <= n <= len(source) else None
        return found is not None and fold(found[0]) in labels

    return {n for n in pairs if row(n - 1) or row(n + 1)}


def _entries_per_line(texts: list[str], wrap: int | None) -> list[str] | None:
    """Lines under a label that are entries, one per line ("CAF de la Somme" / "Habitat 76"),
    not a sentence wrapped over lines: short, each opening on a capital or a figure, in a text
    that is not hard-wrapped; an entry left hanging on a connector goes on over the next line
    ("Conseil départemental de la" / "Haute-Marne", a narrow column's wrap). None when prose."""
    if len(texts) < 2 or wrap is not None or any(len(t) > 120 for t in texts):
        return None
    entries: list[str] = []
    for n, text in enumerate(texts):
        if n and hanging(texts[n - 1]):
            entries[-1] = f"{entries[-1]} {text}"
        elif text[:1].isupper() or text[:1].isdigit():
            entries.append(text)
        else:
            return None
    if len(entries) < 2 or hanging(texts[-1]) or len(entries) * 2 < len(texts):
        return None
    return entries


def hanging(text: str) -> bool:
    """A line left hanging, to go on below: it ends on a function word ("de", "et", "pour": the
    document vocabulary's) or on a comma, an apostrophe, an opening bracket, a slash or a dash."""
    stripped = text.rstrip()
    if stripped[-1:] in ",'’(/:–-":
        return True
    words = re.findall(r"[\w'’]+$", stripped)
    return bool(words) and fold(words[0].split("'")[-1].split("’")[-1] or words[0]) in _function_words()


def _definition_term(source: Source, number: int) -> bool:
    """A short line followed by ": definition" lines (markdown definition lists)."""
    line = source.line(number).strip()
    return (
        number < len(source)
        and 0 < len(line) <= 60
        and source.line(number + 1).lstrip().startswith(": ")
        and not line.startswith(("|", "#", ">", "-", "*", "+"))
        and ":" not in line
    )


_FORM_GAP = re.compile(r"^(\s*\S+(?: \S+){0,5}?)\s{3,}(?=\S)")


def _form_row(source: Source, number: int) -> bool:
    """ "Qui pilote ?        Pôle Accès aux droits" over "Avec qui ?         CAF, CPAM": a row of
    a form whose values all start at one column — repeated word for word from sheet to sheet,
    a field of each, not a running line."""

    def value_at(n: int) -> int | None:
        found = _FORM_GAP.match(source.line(n)) if 1 <= n <= len(source) else None
        return found.end() if found else None

    at = value_at(number)
    return at is not None and at in (value_at(number - 1), value_at(number + 1))


def _wrapped_capitals(line: str) -> bool:
    """A line in capitals that goes on with the title above it: no number, code or field of
    its own, a few words."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)  # ("PMI" alone ends "… EN CENTRE DE")
        and numbered_heading(line) is None
        and not _CODE_CAPITALS.match(line)
        and not re.match(r"^[\d(]", line)
        and not _field(line)
        and len(line.split()) <= 12
    )


def _short_label_field(line: str) -> bool:
    """ "Statut : En cours" repeated is a field of each item, not a running header; "Odas –
    Enfance et familles : les départements innovent" (a label with a dash) may be one."""
    found = _field(line)
    return found is not None and len(found[0].split()) <= 4 and not re.search(r"\s[–—-]\s", found[0])


def running_key(line: str) -> str:
    """The line with its page number cut (at its end, or at its start on even pages, set apart
    by a wide space) and its spacing collapsed: one key for a header however it is aligned."""
    key = re.sub(r"^\d{1,4}(?:\s{2,}|\t)(?=\D)", "", line.strip())
    key = key.strip(" *_")
    # "*Recueil 2026* · 13", "*Recueil 2026*", "… — page 14": one key, page number aside
    key = re.sub(
        r"(?:\s[·|•—–-]\s*)?(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?|\s{2,}\d{1,3}\s*/\s*\d{1,3}"
        r"|(?<!\d)(?!(?:19|20)\d\d\b)\d{1,4})\s*$",
        "",
        key,
        flags=re.IGNORECASE,
    ).strip(" *_")
    return " ".join(key.split()) + " #"


def _opens_on_label(line: str, labels: frozenset[str], widest: int) -> bool:
    """A line that is a label the family knows ("Qui fait quoi ?" over each item's list), or
    opens on one then its value ("Qui ? Pôle seniors du CCAS" sheet after sheet; a label of
    three letters or fewer only when set apart by its "?" or ":")."""
    folded = fold(line)
    if folded in labels:
        return True
    words = folded.split()
    for n in range(1, min(widest, len(words) - 1) + 1):
        label = " ".join(words[:n])
        if label in labels and (len(label) > 3 or re.match(r"^\W*\w+\s*[?:]", line.strip()) is not None):
            return True
    return False


def _linear_tables(
    source: Source, labels: frozenset[str], running: set[str]
) -> dict[int, tuple[list[list[str]], list[int], int]]:
    """The tables a PDF's text linearised, a cell a line (see `linear_table`), by the line their
    header opens on."""
    found: dict[int, tuple[list[list[str]], list[int], int]] = {}
    if not labels:
        return found
    number = 1
    while number <= len(source):
        line = source.line(number).strip()
        if (
            line
            and len(line) <= 40
            and (fold(line.strip(" *:")) in labels or re.fullmatch(r"N°|Nº|No|Réf\.?", line))
        ):
            table = linear_table(source.lines, number - 1, labels, lambda raw: running_key(raw) in running)
            if table is not None:
                found[number] = table
                number = table[2] + 2
                continue
        number += 1
    return found


def _continued_rows(
    rows: list[list[str]], spans: list[tuple[int, int]]
) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """A word processor's table saved as text, tabs between cells: a cell of several paragraphs
    goes on over the next lines, tabs standing for the empty cells before it ("<TAB><TAB><TAB>CPAM
    du Cher"). Such a line, its first cell empty, is the row above going on: each of its cells
    joins the same cell of that row (a line at a time). Only in a table whose rows open on their
    first cell, three filled cells or more, and never a "Total" line."""
    width = max((len(r) for r in rows), default=0)

    def going(row: list[str]) -> bool:
        # (its first cell empty and most others too: a full row under a merged first column,
        # "<TAB>1.2<TAB>Title<TAB>…", is a row of its own)
        filled = sum(1 for c in row if c.strip())
        return bool(row) and not row[0].strip() and 0 < filled * 2 <= width and not _totals_row(row)

    anchors = [r for r in rows if r and r[0].strip()]
    if (
        len(anchors) < 2
        or not any(going(r) for r in rows)
        or any(sum(1 for c in r if c.strip()) < 3 for r in anchors[1:])
    ):
        return rows, spans
    out: list[list[str]] = []
    out_spans: list[tuple[int, int]] = []
    for row, span in zip(rows, spans, strict=False):
        if out and going(row):
            above = out[-1]
            for k, cell in enumerate(row):
                if cell.strip():
                    while len(above) <= k:
                        above.append("")
                    above[k] = f"{above[k]}\n{cell.strip()}" if above[k] else cell.strip()
            out_spans[-1] = (out_spans[-1][0], span[1])
            continue
        out.append(list(row))
        out_spans.append(span)
    return out, out_spans


def _totals_row(row: list[str]) -> bool:
    return any(re.match(r"(?i)^\s*(?:sous-)?total", c) for c in row)


def _recurring_labels(source: Source, running: set[str], labels: frozenset[str]) -> set[int]:
    """The lines of short section labels printed in every item of a text that keeps no blank
    line around them ("Le constat", "Ce qui a été fait", "Les résultats"), each between a line of
    text above and one below: a few words in sentence case, no stop, three times or more, no
    running header. Only where most of them sit inside a paragraph (else the block reader parts
    them already)."""
    counts: Counter[str] = Counter()
    places: dict[str, list[int]] = {}
    for number, line in enumerate(source.lines, 1):
        text = line.strip()
        if (
            3 <= len(text) <= 40
            and 1 <= len(text.split()) <= 6
            and text[:1].isupper()
            and not text.isupper()
            and text[-1:] not in ".;:,!?…)»"
            and not re.search(r"\d|[|*#:]", text)
            and running_key(line) not in running
            # ("Coût" / "12 000 €": a field's label over its value, not a section's)
            and not label_key_in(labels, text)
        ):
            counts[text] += 1
            places.setdefault(text, []).append(number)

    def glued(text: str, under: int) -> list[int]:
        return [
            k
            for k in places[text]
            if 1 < k < len(source)
            and source.line(k - 1).strip()
            and len(source.line(k + 1).strip()) >= under  # (a text under it, not a value)
        ]

    inside = set()
    for text, n in counts.items():
        if n >= 3 and len(glued(text, 40)) * 2 >= n:
            inside.update(places[text])
    if len({source.line(k).strip() for k in inside}) < 2:
        return set()
    # ("Le projet" / "Objectif" twice, in the items of a last page set in narrow columns): once
    # the layout is known, a label printed twice the same way is one of its own
    for text, n in counts.items():
        if n == 2 and len(glued(text, 20)) == 2:
            inside.update(places[text])
    return inside


def _running_lines(source: Source, labels: frozenset[str] = frozenset()) -> set[str]:
    """Lines of several words printed three times or more, page numbers aside: running headers
    and footers (a repeated label or list item is not one)."""
    page_top = _page_tops(source)
    widest = max((len(label.split()) for label in labels), default=0)
    counts = Counter(
        running_key(line)
        for number, line in enumerate(source.lines, 1)
        if 15 <= len(line.strip()) <= 140
        and len(line.strip().strip("*=~#_ ").split()) >= 4  # "*** AUTRES DÉMARCHES ***" is 2 words
        and not _ITEM.match(line)
        # ("GENS DU VOYAGE : LES DÉPARTEMENTS S'ENGAGENT" atop each page is a header, a colon or not)
        and (not _short_label_field(line.strip()) or number in page_top)
        # "FICHE ACTION N° 4": a heading, not a running header, unless printed at page tops
        # with words of its own ("Chapitre 5 · Solidarités" under each page's number): a sheet
        # that opens each page on its bare "FICHE ACTION N° 4" stays a heading
        and (not numbered_heading(line.strip()) or (number in page_top and not _bare_number(line)))
        # a row of a two-column table ("Pilote<TAB>Pôle seniors"), not a footer's page number
        # set off by a tab ("CCAS de … – Plan d'actions<TAB>7")
        and ("\t" not in line or re.fullmatch(r"[^\t]+\t\s*\d{1,4}\s*", line.strip()) is not None)
        # "2025      2026      2027      Total" over each sheet's money: a table's header
        and not _aligned_header(line)
        # "LE CONSEIL D'ADMINISTRATION, après en avoir délibéré," over each decision: a formula
        # the sentence goes on from, no header
        and not line.rstrip().endswith(",")
        # "| Fiche | Action | Coût |" over its rule: the header every table of a kind repeats
        # (or right over its first row: a converter that draws no rule under the header)
        and not (
            line.lstrip().startswith("|")
            and number < len(source)
            and (
                _TABLE_RULE.match(source.line(number + 1).strip())
                or source.line(number + 1).lstrip().startswith("|")
            )
        )
        and not _definition_term(source, number)
        and not _form_row(source, number)
        and not _opens_on_label(line, labels, widest)
    )
    running = {key for key, n in counts.items() if n >= 3}
    breaks = [n for n, line in enumerate(source.lines, 1) if "\f" in line]
    if len(breaks) < 3:
        # (a PDF copied from a viewer: no form feeds, each page's number alone on its line, rising)
        numbered = [
            (n, int(line)) for n, line in enumerate(source.lines, 1) if re.fullmatch(r"\d{1,3}", line.strip())
        ]
        if len(numbered) >= 3 and all(b[1] == a[1] + 1 for a, b in pairwise(numbered)):
            breaks = [n for n, _ in numbered]
    if len(breaks) >= 3:
        # a document cut into pages by form feeds: a running line stands by the page breaks
        # ("Pôle logement – CCAS", a lead repeated sheet after sheet, is no footer)
        near: Counter[str] = Counter(
            running_key(line)
            for number, line in enumerate(source.lines, 1)
            if any(-3 <= number - b <= 3 for b in breaks)
        )
        running = {key for key in running if near[key] * 2 >= counts[key]}
    # "Fiche expérience – Issoire – mars 2024      1/2" … "2/2": a footer that numbers its
    # pages out of their count is running from its second page on
    fractions: dict[str, list[tuple[int, int]]] = {}
    for line in source.lines:
        fraction = _PAGE_FRACTION.search(line.strip())
        if fraction and len(line.strip()) <= 140:
            fractions.setdefault(running_key(line), []).append((int(fraction[1]), int(fraction[2])))
    for key, found in fractions.items():
        pages = [n for n, _ in found]
        if len(found) >= 2 and len({m for _, m in found}) == 1 and len(set(pages)) == len(pages):
            running.add(key)
    # "PLAN D'ACTION SOCIALE 2025-2028        DOSSIER    13" … "15": a header with its page's
    # number set apart at an edge, printed on two pages with two numbers, is running
    # (set as a header is: in capitals, or parted by bars or dashes; its numbers rising)
    edge_pages: dict[str, list[int]] = {}
    for line in source.lines:
        edge = re.match(r"^\s*(\d{1,4})\s{3,}\S", line) or re.search(r"\S\s{3,}(\d{1,4})\s*$", line)
        words = re.sub(r"\d", "", line)
        if (
            edge
            and 15 <= len(line.strip()) <= 140
            and len(line.split()) >= 5
            and (words.upper() == words or re.search(r"\s[|·–—]\s", line) is not None)
        ):
            edge_pages.setdefault(running_key(line), []).append(int(edge[1]))
    running |= {
        key
        for key, pages in edge_pages.items()
        if len(pages) >= 2 and all(a < b for a, b in pairwise(pages)) and len(key.split()) >= 5
    }
    # "25/03/2025 10:42      Actualités – Caf du Val | caf.fr" opening each page a browser
    # prints: a header, on two pages as on twenty
    firsts: list[str] = []
    heads: list[tuple[str, str]] = []  # a page's first line set out in two parts: (left part, key)
    opening = True
    for line in source.lines:
        if "\f" in line:
            opening = True
        if opening and line.strip(" \f") and not re.fullmatch(r"[-=─━_—–\s]{3,}", line.strip(" \f")):
            firsts.append(running_key(line.replace("\f", "")))
            if (split := re.match(r"^\s*(\S.*?\S)\s{6,}\S", line.replace("\f", ""))) is not None:
                heads.append((" ".join(split[1].split()), firsts[-1]))
            opening = False
        elif _PAGE_FRACTION.search(line.strip()) and len(line.strip()) <= 140:
            opening = True  # "… Page 1/2" closing a page printed without a form feed: the next opens one
        elif re.fullmatch(r"\s{10,}\d{1,4}\s*", line):
            opening = True  # "      26" set apart at the foot of a page, a rule under it: the next opens one
    if len(firsts) >= 2 and len(set(firsts)) == 1 and len(firsts[0].split()) >= 4:
        running.add(firsts[0])
    elif len(firsts) >= 3 and len(set(firsts[1:])) == 1 and len(firsts[1].split()) >= 4:
        running.add(firsts[1])  # (every page's head but the cover's)
    # "ODAS – Recueil 2026 – Enfance et familles       Chapitre 2 (suite)": a page's head whose
    # left part repeats and whose right part, set apart, names the page's chapter
    lefts = Counter(left for left, _ in heads)
    running |= {key for left, key in heads if lefts[left] >= 2 and len(left.split()) >= 4}
    # "CCAS de … — Analyse des besoins sociaux 2024 — Synthèse" the file's first line and its
    # last: a word processor's header and footer, each written once by a converter
    printed = [line.strip() for line in source.lines if line.strip()]
    if (
        len(printed) >= 10
        and printed[0] == printed[-1]
        and len(printed[0].split()) >= 4
        and len(printed[0]) <= 140
        and counts[running_key(printed[0])] == 2
    ):
        running.add(running_key(printed[0]))
    return running


def _part_bands(source: Source, running: set[str]) -> set[int]:
    """Lines of a band that names the part each page belongs to ("AXE 2 – VIEILLIR CHEZ SOI"
    atop every page of the axe's sheets): running, but the only place the parts are printed.
    The first line of each band is kept as a heading when two or more bands of one numbered
    word follow each other and no other line of the document opens that part."""
    if not running:
        return set()
    firsts: dict[str, int] = {}
    numbers: dict[str, set[str]] = {}
    for number, line in enumerate(source.lines, 1):
        key = running_key(line.strip())
        heading = numbered_heading(line.strip()) if key in running else None
        if heading and key not in firsts:
            firsts[key] = number
            numbers.setdefault(heading[0], set()).add(heading[1])
    kept = {
        key: number
        for key, number in firsts.items()
        if len(numbers[numbered_heading(source.line(number).strip())[0]]) >= 2  # type: ignore[index]
    }
    if not kept:
        return set()
    opened = {numbered_heading(source.line(n).strip())[:2] for n in kept.values()}  # type: ignore[index]
    for line in source.lines:
        stripped = line.strip()
        heading = numbered_heading(stripped)
        if (
            heading
            and heading[:2] in opened
            and running_key(stripped) not in kept
            and not re.search(r"\.{4,}|…{2,}", stripped)  # the plan's own contents lines
            # ("Axe 1 – Accès aux droits   135 000 €": a recap table's row, its money at the end)
            and not re.search(r"\d\s*(?:€|k€|M€|euros?)\s*$", stripped)
        ):
            return set()
    return set(kept.values())


# "… mars 2024      1/2": a page's number out of the document's pages, set apart at a line's end
_PAGE_FRACTION = re.compile(
    r"\S(?:\s{2,}(?:page\s+|p\.\s*)?|\s+(?:page\s+|p\.\s*))(\d{1,3})\s*/\s*(\d{1,3})$", re.I
)


def _key_figure(source: Source, number: int) -> bool:
    """ "15" over "contrats de travail signés par la première promotion": a figure set large
    over its caption, which goes on from it in lower case — no page's number."""
    line = source.line(number).strip()
    return (
        re.fullmatch(r"\d{1,4}", line) is not None
        and number < len(source)
        and source.line(number + 1).strip()[:1].islower()
        and (number == 1 or not source.line(number - 1).strip())
    )


def _bare_number(line: str) -> bool:
    """A numbered heading word and its number, nothing else ("FICHE ACTION N° 4")."""
    numbered, _, _ = _vocabulary()
    key = _key(line.strip())
    match = numbered.match(key)
    # ("FICHE N° 3 / 12": the sheet's number out of the plan's sheets, nothing else)
    rest = re.sub(r"^\s*/\s*\d{1,3}", "", key[match.end() :]) if match else ""
    return match is not None and not rest.strip(" .:–—-·|*_#")


def _indented_header(source: Source, number: int) -> bool:
    """ "           | Fonctionnement | Investissement | Total" over "-----+------+------": the
    header of a table without outer borders, its first cell (the rows' labels) left blank."""
    line = source.line(number)
    below = source.line(number + 1).strip() if number < len(source) else ""
    return (
        line[:1].isspace()
        and line.strip().startswith("|")
        and not line.strip().endswith("|")
        and _BARE_RULE.match(below) is not None
        and len(re.findall(r"[+|┼]", below)) == line.count("|")
    )


def _bare_pipe_rows(source: Source, number: int) -> int:
    """How many lines from this one are rows of one table without outer borders: two or more
    lines, each with the same number (two or more) of " | " between its cells."""

    def bars(line: str) -> int:
        # ("Dépenses (k€) | | Recettes (k€) |": an empty cell and a last one count as cells)
        stripped = line.strip()
        return len(stripped.split("|")) - 1 if " | " in stripped or stripped.startswith("| ") else 0

    cells = bars(source.line(number))
    header = source.line(number)
    # two cells a row ("Dépenses TTC | Recettes" over "Véhicule : 36 000 € | CNSA : 18 000 €"
    # and "| FCTVA : 5 905 €", its left cell empty): a table when its header holds no figure,
    # three rows or more follow it and one of them has its left cell empty
    pair = cells == 1 and not re.search(r"\d", header) and not header.strip().startswith("|")
    if cells < 2 and not pair:
        return 0
    count, rows = 1, 1
    while number + count <= len(source):
        line = source.line(number + count).strip()
        rule = _BARE_RULE.match(line)
        if rule and len(re.findall(r"[+|┼]", line)) == cells:
            count += 1  # "-------+--------+------": the rule under its header or over its total
            continue
        # ("| (N) | (N+1) | (N+2)" under "Budget | 2026 | 2027 | 2028": a row whose left cell is
        # empty, not a bordered table's "| a | b |")
        if (line.startswith("|") and not pair and (line.endswith("|") or rows == 0)) or bars(line) != cells:
            break
        count += 1
        rows += 1
    while count > 1 and _BARE_RULE.match(source.line(number + count - 1).strip()):
        count -= 1  # a closing rule is the table's border, left to the text after it
    if pair and not any(source.line(number + k).strip().startswith("| ") for k in range(1, count)):
        return 0  # no row with its left cell empty: label/value lines, not two sides of a table
    return count if rows >= (4 if pair else 2) else 0


# "-------+----------+-------": a rule between the rows of a table printed without outer borders
_BARE_RULE = re.compile(r"^[-=─]{2,}(?:\s*[+|┼]\s*[-=─]{2,})+$")


def _page_tops(source: Source) -> set[int]:
    """Lines at the top of a page: the document's first lines, and those after a form feed or a
    page-number line, within three lines."""
    _, _, furniture = _vocabulary()
    tops: set[int] = set(range(1, 4))  # the first page's top
    for number, line in enumerate(source.lines, 1):
        stripped = line.strip()
        if "\f" in line or (stripped and any(p.match(stripped) for p in furniture[:2])):
            tops.update(range(number, number + 4))
            # and the page's foot above its number ("Title : subtitle — Recueil 2020" / "– 2 –")
            if "\f" not in line:
                tops.update(range(max(1, number - 3), number))
    return tops


_LONE_CSV_CELL = re.compile(r'(?P<cell>[^;"]*|"[^"]*")\s*(?:;\s*){3,}')


def _csv_table(source: Source, first: int) -> tuple[list[list[str]], list[int], int] | None:
    """The records of a CSV export (";" between cells, a header of four cells or more, cells
    quoted over several lines), each row's first line, and the last line; None for anything
    else (a sentence with semicolons, a record count that changes from the header's)."""
    header = source.line(first)
    # ";" as French spreadsheets export, "," as English-locale ones do
    quoted = re.fullmatch(r'"[^"]*"(?:;"[^"]*")+', header.strip()) is not None  # ('"Titre";"Page"')
    delimiter = ";" if header.count(";") >= 3 or quoted else ","
    if header.lstrip().startswith(("|", "#", "-", "*")) or re.search(rf"{delimiter}\s\S", header):
        return None  # "A ; B ; C" in prose or a list: cells of CSV are not set apart by spaces
    reader = csv.reader((source.line(n) + "\n" for n in range(first, len(source) + 1)), delimiter=delimiter)
    rows: list[list[str]] = []
    row_lines: list[int] = []
    width = 0
    last = first - 1
    gap = False
    rows_end = first - 1  # the last line of the last row read
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                if width and len(record) == width:
                    last = first - 1 + reader.line_num
                    gap = True
                    continue  # ";;;;;;;;": an empty row of the sheet, the table goes on
                break
            if width == 0:
                width = len(record)
            elif len(record) != width:
                break
            if gap and sum(1 for cell in record if cell.strip()) == 1:
                # "NB : …;;;;;;;" after an empty row: a note typed under the table, not a row
                last = rows_end
                break
            gap = False
            row_lines.append(last + 1)
            rows.append([_csv_cell(_english_number(cell) if delimiter == "," else cell) for cell in record])
            last = rows_end = first - 1 + reader.line_num
    except csv.Error:
        return None
    # (a header and one row are a table too when both are wide: a sheet of one action)
    if (width < 4 and not (quoted and len(rows) >= 4)) or len(rows) < (2 if width >= 6 else 3):
        return None
    return rows, row_lines, last


def _spilled_tab_table(source: Source, first: int) -> tuple[list[list[str]], list[int], int] | None:
    """A web page's table copied from a browser: cells parted by tabs, but a cell that held line
    breaks spills onto the next lines, so a row runs over several lines and its later cells sit
    on its last ("…\tPréfecture de Saône-et-Loire" / "CAF de Saône-et-Loire" / "France
    Travail\tÉtude : 2025" …). The header, a line of short cells, gives the row's width; a row
    once full goes on in its last cell, unless a new row starts: at a line with a tab, or at the
    line right above the next tabbed line when that line's first cell is not empty ("Axe 2" /
    "Accompagner …\t2.1 …"). The rows, each row's first line, and the last line; None when no
    row spills (a tab table of one line a row is read as such)."""
    header = [c.strip() for c in source.line(first).split("\t")]
    width = len(header)
    if width < 4 or any(not c or len(c) > 40 for c in header):
        return None
    total = len(source)

    def next_tabbed(n: int) -> int | None:
        while n <= total and source.line(n).strip():
            if "\t" in source.line(n):
                return n
            n += 1
        return None

    rows: list[list[str]] = [header]
    row_lines = [first]
    cells: list[str] | None = None
    last = first
    spilled = False
    number = first + 1
    while number <= total:
        line = source.line(number)
        if not line.strip():
            break
        pieces = [p.strip() for p in line.split("\t")]
        if any(p.startswith('"') for p in pieces):
            return None  # a spreadsheet's cell quoted over two lines: its rows are read as quoted
        if (
            cells is None
            and "\t" not in line
            and number < total
            and re.match(r"^\d{1,2}(?:\.\d{1,2})*\t", source.line(number + 1))
        ):
            return None  # ("Axe 1 – …" over "1.1<TAB>…": a row spanning the table, not a cell's line)
        starts = cells is None
        if cells is not None and len(cells) == width:
            tabbed = next_tabbed(number)
            starts = (
                "\t" in line
                or (
                    tabbed is not None
                    and not source.line(tabbed).startswith("\t")
                    and number == tabbed - 1
                    # ("Axe 2" under the column "Axe": the first cell's own first line; "2029 : 8 000 €",
                    # "financés pour moitié …" go on in the last cell of the row above)
                    and fold(line).split()[:1] == fold(header[0]).split()[:1]
                )
            )
        if starts:
            if cells is not None:
                if len(cells) != width:
                    return None
                rows.append(cells)
            cells = pieces
            row_lines.append(number)
        else:
            assert cells is not None
            spilled = True
            cells[-1] = f"{cells[-1]}\n{pieces[0]}".strip("\n")
            cells.extend(pieces[1:])
        if len(cells) > width:
            return None
        last = number
        number += 1
    if cells is None or len(cells) != width:
        return None
    rows.append(cells)
    if not spilled or len(rows) < 3:
        return None
    return rows, row_lines, last


_KEYED_ROW = re.compile(r"^(?P<indent>\s*)(?P<key>\d{1,2}(?:[.\-]\d{1,2}){0,2}[a-z]?)\s{2,}(?P<value>\S.*)$")


def _keyed_two_columns(source: Source, first: int) -> tuple[list[list[str]], list[int], int] | None:
    """ "N°        Partenaires" over "1.1       CAF …" rows set with spaces (a PDF's text with its
    layout), a value wrapped under its column, blank lines and a rule between rows: a table of
    two columns, the first a number — the rows, each row's first line, the last line."""
    header = _WIDE_GAP.split(source.line(first).strip())
    if len(header) != 2 or not re.fullmatch(r"(?:N\s*°|Nº|No\.?|N|Réf\.?|#)", header[0], re.I):
        return None
    rows: list[list[str]] = [header]
    row_lines = [first]
    column: int | None = None
    last = first
    number = first + 1
    while number <= len(source):
        line = source.line(number)
        stripped = line.strip()
        if not stripped or re.fullmatch(r"[-=─━_]{5,}", stripped):
            number += 1
            continue
        keyed = _KEYED_ROW.match(line)
        if keyed is not None:
            rows.append([keyed["key"], keyed["value"].strip()])
            row_lines.append(number)
            column = keyed.start("value")
            last = number
        elif column is not None and len(rows) > 1 and abs((len(line) - len(line.lstrip())) - column) <= 3:
            rows[-1][1] = f"{rows[-1][1]} {stripped}"  # the value wrapped under its column
            last = number
        else:
            break
        number += 1
    return (rows, row_lines, last) if len(rows) >= 4 else None


def _english_number(cell: str) -> str:
    """ "4,800.00", "12500.00" in an English-locale export: the figure as French prints it."""
    match = re.fullmatch(r"\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*", cell)
    if match is None or ("," not in match[1] and match[2] is None):
        return cell
    whole = match[1].replace(",", "")
    return f"{whole},{match[2]}" if match[2] and match[2].strip("0") else whole


def _csv_cell(cell: str) -> str:
    """A cell's lines: a line going on in lower case joined to the one above, the others kept
    apart (a list's items, as a table's cell keeps them)."""
    parts = [clean_inline(p.strip()) for p in cell.split("\n") if p.strip()]
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text += (" " if part[:1].islower() or text.endswith((",", "–", "-")) else "\n") + part
    return text


_CONTENTS_LINE = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,})\s*\d{1,3}\s*$")


def _between_contents_lines(source: Source, number: int) -> bool:
    """Whether the nearest lines above and below are contents lines (a title, dot leaders, a
    page): a line among them whose title ran too long for its leader is one too."""
    above = next(
        (source.line(n) for n in range(number - 1, max(0, number - 3), -1) if source.line(n).strip()), ""
    )
    below = next(
        (
            source.line(n)
            for n in range(number + 1, min(len(source), number + 3) + 1)
            if source.line(n).strip()
        ),
        "",
    )
    return bool(_CONTENTS_LINE.search(above)) and bool(_CONTENTS_LINE.search(below))


def _framed_capitals(source: Source, number: int) -> bool:
    """A title in capitals wrapped onto the next line between two rules ("DES MÉDIATRICES SANTÉ
    … DANS LES" / "QUARTIERS DE MAUBEUGE"): one title, not a title over its subtitle."""
    first, second = source.line(number).strip(), source.line(number + 1).strip()
    return (
        number + 2 <= len(source)
        and _is_capitals(first)
        and _is_capitals(second)
        and not _SETEXT.match(second)
        and not first.endswith((".", ";", "!", "?"))
        and bool(_SETEXT.match(source.line(number + 2)))
    )


def _framed_banner(source: Source, number: int) -> int | None:
    """The closing rule's line of a banner framed by two rules alike, a short title over one or
    two lines of subtitle between them; None for anything else (a rule, a boxed field)."""
    rule = _SETEXT.match(source.line(number))
    if not rule or number + 3 > len(source):
        return None
    title = source.line(number + 1).strip()
    wrapped = _framed_capitals(source, number + 1)
    if (
        not title
        or _SETEXT.match(title)
        or (len(title.split()) > 10 and not wrapped)
        or title.endswith((".", ",", ";", ":"))
        or (_field(title) and not wrapped)
        or _ITEM.match(title)
    ):
        return None
    for last in range(number + 2, min(len(source), number + 4) + 1):
        line = source.line(last)
        if not line.strip():
            return None
        closing = _SETEXT.match(line)
        if closing:
            return last if closing[1] == rule[1] and last - number >= 3 else None
    return None


_SETEXT = re.compile(r"^\s{0,3}(=|-|─|━|═|—|–|~)\1{2,}\s*$")


def text_size(source: Source) -> float:
    """The font size most of the document's characters are set in (its body text), or 0 for
    a text without typography: not the median line, which a page of small table cells drags down."""
    weights: Counter[float] = Counter()
    for number, style in enumerate(source.styles or [], 1):
        if style:
            weights[style[0]] += len(source.line(number).strip())
    return weights.most_common(1)[0][0] if weights else 0.0


_SIDE_GAP = re.compile(r"^(?P<left>\S.*?\S)\s{4,}(?P<right>\S.{0,44})$")


def _side_column(
    source: Source, first: int
) -> tuple[int, list[tuple[int, str]], list[tuple[int, str]]] | None:
    """A title over one or more lines with a narrow column of facts at the right margin, on the
    same lines and below them ("Title …      MORBIHAN" / "… end      Département du Morbihan"
    / "      Depuis 2021"): its last line, the title's pieces and the column's, each with its
    line — when the column holds three pieces or more and goes on below the title alone."""
    opening = _SIDE_GAP.match(source.line(first).rstrip())
    if opening is None or source.line(first)[:1].isspace():
        return None
    column = opening.start("right")
    if column < 35 or len(opening["left"]) > column - 4:
        return None
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    number = first
    alone = 0
    while number <= len(source):
        line = source.line(number).rstrip()
        if not line.strip():
            break
        indent = len(line) - len(line.lstrip())
        if left and abs(indent - column) <= 1 and len(line.strip()) <= 45:
            right.append((number, line.strip()))  # the column alone, under the title
            alone += 1
        else:
            match = _SIDE_GAP.match(line)
            if match is None or alone or abs(match.start("right") - column) > 1 or indent:
                return None
            left.append((number, match["left"].strip()))
            right.append((number, match["right"].strip()))
        number += 1
    if len(right) < 3 or not alone or not left:
        return None
    return number - 1, left, right


def _outline_depths(source: Source) -> list[int] | None:
    """Each line's depth when the text is an indented outline, as a mind-map tool exports one
    (a node a line, its children indented one step deeper, no blank line between nodes, three
    levels or more), else None."""
    lines = [line.rstrip() for line in source.lines]
    filled = [line for line in lines if line.strip()]
    if len(filled) < 12 or (len(lines) - len(filled)) * 20 > len(lines):
        return None
    unit = "\t" if sum(line.startswith("\t") for line in filled) * 3 >= len(filled) else None
    if unit is None:
        steps = [len(line) - len(line.lstrip(" ")) for line in filled]
        indented = [n for n in steps if n]
        if len(indented) * 2 < len(filled):
            return None
        size = min(indented)
        if size not in (2, 3, 4) or any(n % size for n in steps):
            return None
        depths = [n // size for n in steps]
    else:
        if any(line.lstrip("\t")[:1] == " " for line in filled):
            return None
        depths = [len(line) - len(line.lstrip("\t")) for line in filled]
    # one step deeper at most from a node to the next, three levels or more, the first at the
    # margin; two levels do when tabs only indent (a slide deck's outline: titles at the margin,
    # bullets a tab or two in), never in a table's cells
    levels = 2 if unit == "\t" and not any("\t" in line.lstrip("\t") for line in filled) else 3
    if depths[0] != 0 or max(depths) < levels or any(b - a > 1 for a, b in pairwise(depths)):
        return None
    found, k = [], 0
    for line in lines:
        if line.strip():
            found.append(depths[k])
            k += 1
        else:
            found.append(-1)
    return found


def _outline_blocks(source: Source, labels: frozenset[str] = frozenset()) -> list[Block] | None:
    """An indented outline read as a document: a node whose children hold "Label : value"
    facts is a heading one level under its parent's, a node with children and no colon a
    heading ("Partenaires" over its partners: a label over its list), a leaf "Label : value"
    a field, any other leaf a list item; a node going on in lower case at its own depth is its
    wrapped end. In a two-level outline (a slide deck's: titles at the margin, bullets under
    them) only the margin holds headings, numbered as the text numbers them; an indented node
    over its own bullets is a label the family knows over its list, or an item over sub-items."""
    depths = _outline_depths(source)
    if depths is None:
        return None
    slides = max(depths) == 2
    numbers = [n for n, depth in enumerate(depths, 1) if depth >= 0]
    blocks: list[Block] = []
    k = 0
    while k < len(numbers):
        number = numbers[k]
        depth = depths[number - 1]
        # ("<TAB>• Pilote : …", "<TAB><TAB>– CAF du Cher": an outline's bullet glyph is no text)
        text = re.sub(r"^[-•*–▸►▪◦→➜➔➤·]\s+", "", source.line(number).strip())
        last = number
        # "Former les secrétaires de mairie … au premier accueil" / "inconditionnel de
        # proximité": a node wrapped onto a line at its own depth, in lower case
        while (
            k + 1 < len(numbers)
            and depths[numbers[k + 1] - 1] == depth
            and source.line(numbers[k + 1]).strip()[:1].islower()
            and not _field(text)
        ):
            k += 1
            last = numbers[k]
            text = f"{text} {source.line(last).strip()}"
        below = depths[numbers[k + 1] - 1] if k + 1 < len(numbers) else -1
        raw = [source.line(n) for n in range(number, last + 1)]
        labelled = _field(text)
        if slides and depth == 0 and labelled is None:
            numbered = numbered_heading(text)
            blocks.append(
                Block(
                    "heading",
                    number,
                    last,
                    clean_inline(text),
                    level=numbered[2] if numbered else 1,
                    marker=numbered[0] if numbered else None,
                    number=numbered[1] if numbered else None,
                    lines=raw,
                    outlined=True,
                )
            )
        elif slides and below > depth and (labelled is None or not labelled[1]):
            if _label_key(text) in labels:
                label = clean_inline(text).rstrip(" :")
                blocks.append(Block("field", number, last, label, label=label, value="", lines=raw))
            else:
                blocks.append(Block("item", number, last, clean_inline(text), level=depth - 1, lines=raw))
        elif below > depth and labelled is None:
            blocks.append(
                Block(
                    "heading",
                    number,
                    last,
                    clean_inline(text),
                    level=min(depth + 1, 6),
                    lines=raw,
                    outlined=True,
                )
            )
        elif labelled is not None and labelled[1]:
            level = depth - 1 if slides else depth
            blocks.append(field_block(number, last, labelled[0], labelled[1], raw, level=level))
        elif depth == 0:
            blocks.append(
                Block("heading", number, last, clean_inline(text), level=1, lines=raw, outlined=True)
            )
        else:
            blocks.append(Block("item", number, last, clean_inline(text), level=max(depth - 1, 0), lines=raw))
        k += 1
    return blocks


def build_blocks(
    source: Source, labels: frozenset[str] = frozenset(), line_paragraphs: bool = False
) -> list[Block]:
    """The document as blocks, in reading order. `labels` (folded) are the field labels the
    reading family knows: a line that is one of them alone ("Référent", "Coût :") labels the
    lines that follow it, up to the next blank line (or, after a blank, the next paragraph).
    `line_paragraphs`: every line is a paragraph of its own (web pages, where a line is an
    element of the page, not a wrapped line of prose)."""
    _, _, furniture = _vocabulary()
    running = _running_lines(source, labels)
    recurring = _recurring_labels(source, running, labels)
    linear_tables = _linear_tables(source, labels, running)
    bands = _part_bands(source, running)
    boxed = _column_box_lines(source)
    label_lines = {**boxed, **_label_value_lines(source, labels)}
    # a box row whose label wraps onto the next line ("Partenaires" / "associés") is read whole
    label_lines.update({n: boxed[n] for n in boxed if boxed[n] == [] or boxed.get(n + 1) == []})
    body_size = text_size(source)
    blocks: list[Block] = []
    paragraph: list[int] = []
    text_width = _wrap_width(source)
    wrap = text_width if line_paragraphs else None
    pipe_pairs = _pipe_pair_lines(source, labels)

    def flush() -> None:
        if paragraph and wrap is None and _title_over_entries([source.line(n) for n in paragraph]):
            # "Participants" / "Jean-Marc Dufour" / "Nadège Perrier (organisatrice)" / …: a list's
            # title over its entries, a name a line, no blank line between them
            blocks.append(
                Block(
                    "paragraph", paragraph[0], paragraph[0], clean_inline(source.line(paragraph[0]).strip())
                )
            )
            blocks[-1].lines = [source.line(paragraph[0])]
            for n in paragraph[1:]:
                blocks.append(
                    Block("item", n, n, clean_inline(source.line(n).strip()), lines=[source.line(n)])
                )
            paragraph.clear()
        if paragraph:
            raw = [source.line(n) for n in paragraph]
            text = clean_inline(" ".join(re.sub(r"^\s*(?:>\s?)+", "", r).strip() for r in raw))
            blocks.append(Block("paragraph", paragraph[0], paragraph[-1], text, lines=raw))
            paragraph.clear()

    outline = _outline_blocks(source, labels)
    if outline is not None:
        return outline
    number = 0
    total = len(source)
    last_layout: LayoutTable | None = None  # the table whose rows may go on below a spanning row
    front = _front_matter(source)
    accordion = _accordion_lines(source)
    toggled = _toggled_titles(source)
    toggles = set(toggled.values())
    entries = {**accordion, **{n: clean_inline(source.line(n).strip()) for n in toggled}}
    form_labels, form_values = _form_runs(source, labels)
    if front is not None:
        # "---" / "title: …" / "porteur: …" / "---" atop a page a site generator published: the
        # page's title and its facts
        number, front_blocks = front
        blocks.extend(front_blocks)
    while number < total:
        number += 1
        line = source.line(number)
        if line.lstrip().startswith(">"):  # a markdown blockquote ("> **En bref** — …"): its text
            line = re.sub(r"^\s*(?:>\s?)+", "", line)
        html_heading = _HTML_HEADING.fullmatch(line.strip())
        if html_heading:
            # "<h3>Action 1.3&nbsp;: Title<br>its end</h3>" pasted from a site: a heading of that level
            inner = re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", " ", html_heading[2], flags=re.I))
            line = "#" * int(html_heading[1]) + " " + " ".join(html_unescape(inner).split())
        stripped = line.strip()
        if not stripped or not clean_inline(stripped):
            flush()
            continue
        if number in linear_tables:
            # "N°" / "Action" / "Pilote" / … then "1.1" / its cells a line each: a table a PDF's
            # text gave a cell a line, regrouped by its columns
            flush()
            rows, firsts, last_index = linear_tables[number]
            last = last_index + 1
            raw_lines = [source.line(n) for n in range(number, last + 1)]
            text = " ; ".join(" | ".join(c for c in row if c) for row in rows)
            blocks.append(
                Block(
                    "table", number, last, text, rows=rows, lines=raw_lines, row_lines=[f + 1 for f in firsts]
                )
            )
            number = last
            continue
        if number in form_values:
            flush()  # a filled-in value, read with its label above
            continue
        if number in recurring:
            # "Le constat" / "Ce qui a été fait" in every item, no blank line around (a PDF copied
            # from a viewer): a section's label of its own, never inside the text above it
            flush()
            blocks.append(Block("paragraph", number, number, clean_inline(stripped), lines=[line]))
            continue
        if number in form_labels:
            flush()
            label, at = form_labels[number]
            if at is None:  # a field left empty: the form's own print, no value
                blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            else:
                value = clean_inline(source.line(at).strip())
                blocks.append(field_block(number, number, label, value, [line, source.line(at)]))
            continue
        if number in toggles:
            flush()  # "Afficher le détail": a collapsible entry's button
            blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            continue
        if number in entries:
            # "▸ Combien ça coûte ?", or "Ouvrir un café des aidants" over its "Afficher le détail":
            # a collapsible entry's title, one level under the page's last heading of its own
            flush()
            level = next(
                (b.level for b in reversed(blocks) if b.kind == "heading" and b.first not in entries), 1
            )
            # ("▸ Action 1.2 – Title": the entry's own numbering, its title after it)
            numbered = numbered_heading(entries[number])
            blocks.append(
                Block(
                    "heading",
                    number,
                    number,
                    entries[number],
                    level=min(6, level + 1),
                    lines=[line],
                    marker=numbered[0] if numbered else None,
                    number=numbered[1] if numbered else None,
                )
            )
            continue
        if stripped == "---" and number > 1:
            page = _front_matter(source, number)
            if page is not None:
                # the next page of a site exported whole, its front matter opening it
                flush()
                number, page_blocks = page
                blocks.extend(page_blocks)
                continue
        if stripped.startswith("```"):
            fenced = _fenced_fields(source, number)
            if fenced is not None:
                # "```yaml" / "pilote: Service Logement" / … / "```": a record's fields kept as
                # data in a markdown file
                flush()
                number, fenced_blocks = fenced
                blocks.extend(fenced_blocks)
                continue
            code_end = _code_fence_end(source, number)
            if code_end is not None:
                # "```mermaid" / "gantt" / … / "```", "```{r}": a diagram's or a program's code, what
                # draws or computes the document's figures, never its text
                flush()
                blocks.extend(_furniture_lines(source, number, code_end))
                number = code_end
                continue
        if stripped.startswith("<!--") and "-->" not in stripped:
            end = next(
                (k for k in range(number + 1, min(total, number + 40) + 1) if "-->" in source.line(k)), None
            )
            if end is not None and not source.line(end).split("-->", 1)[1].strip():
                # a comment over several lines ("<!-- TODO (équipe logement) : …" / "… -->"): the
                # writers' note to each other, never the document's text
                flush()
                blocks.extend(_furniture_lines(source, number, end))
                number = end
                continue
        if (
            not paragraph
            and labels
            and (keyed := _DATA_KEY.match(stripped)) is not None
            and label_key_in(labels, keyed["key"].replace("_", " "))
        ):
            # "budget_annuel: 12 500 €", "pilote: Service Seniors": a field written as data, its
            # key in lower case
            flush()
            blocks.append(
                field_block(
                    number, number, keyed["key"].replace("_", " "), clean_inline(keyed["value"]), [line]
                )
            )
            continue
        if _DETAILS.match(stripped):
            flush()  # "<details>", "</details>": a collapsible block's frame, no words
            blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            continue
        if stripped.lower().startswith("<summary"):
            # "<summary>Manche – Title</summary>": the title of a collapsible block (a fiche, an
            # item), one level under the page's last heading
            flush()
            first, texts = number, [stripped]
            while "</summary" not in texts[-1].lower() and number < total and number - first < 4:
                number += 1
                texts.append(source.line(number).strip())
            title = clean_inline(re.sub(r"</?summary[^>]*>", " ", " ".join(texts), flags=re.I))
            level = min(
                6,
                next(
                    (
                        b.level
                        for b in reversed(blocks)
                        if b.kind == "heading" and b.lines[0].lstrip().startswith("#")
                    ),
                    3,
                )
                + 1,
            )
            raw = [source.line(k) for k in range(first, number + 1)]
            blocks.append(Block("heading", first, number, title, level=level, lines=raw))
            continue
        lone = _LONE_CSV_CELL.fullmatch(stripped)
        if lone is not None:
            # "CCAS DE VIERZON - PLAN D'ACTIONS;;;;;;;": a sheet's title typed in its first cell,
            # a line of text; ";;;;;;;" an empty row, a blank line
            flush()
            if lone["cell"].strip():
                blocks.append(Block("paragraph", number, number, clean_inline(lone["cell"]), lines=[line]))
            continue
        separated = (
            _csv_table(source, number)
            if stripped.count(";") >= 3
            or (stripped.count(",") >= 4 and not re.search(r",\s", stripped))
            # ('"Titre";"Page"': two columns, every cell quoted)
            or re.fullmatch(r'"[^"]*"(?:;"[^"]*")+', stripped)
            else None
        )
        if separated is None and stripped.count("\t") >= 3 and not paragraph:
            separated = _spilled_tab_table(source, number)
            if separated is not None:
                # ("<TAB><TAB><TAB>CPAM du Cher": a word processor's cell going on, no new row)
                merged, spans = _continued_rows(separated[0], [(n, n) for n in separated[1]])
                separated = (merged, [first for first, _ in spans], separated[2])
        if separated is None and not paragraph and _WIDE_GAP.search(stripped):
            separated = _keyed_two_columns(source, number)
        if separated:
            # "Axe;N°;Intitulé;Pilote;…" over its records: a spreadsheet exported as CSV, cells
            # quoted when they hold a separator or a line break
            flush()
            rows, row_lines, last = separated
            raw_lines = [source.line(n) for n in range(number, last + 1)]
            text = " ; ".join(" | ".join(c.replace("\n", ", ") for c in row if c) for row in rows)
            blocks.append(Block("table", number, last, text, rows=rows, lines=raw_lines, row_lines=row_lines))
            number = last
            continue
        laid_out = (
            layout_table(source, number, labels)
            if labels
            and "  " in stripped
            # (a header of years or of money heads: a table of figures, one row a line, read below
            # — unless it names two columns of text the family knows: "N°  Action  Pilote  2026 …")
            and not (_aligned_header(line) and _text_columns_known(line, labels) < 2)
            and not (number < total and _aligned_money_header(line, source.line(number + 1)))
            else None
        )
        if laid_out is None and last_layout is not None and not paragraph and "  " in stripped:
            # "1.1   Déployer …   Pôle …" under "AXE 1 – …" that spans the table: the rows go on,
            # cut at the columns of the header above
            laid_out = layout_rows(source, number, last_layout)
        across = (
            _table_fields(
                laid_out.rows,
                [(number, number), (laid_out.row_lines[1], laid_out.last)],
                [source.line(n) for n in range(number, laid_out.last + 1)],
                number,
                labels,
            )
            if laid_out
            and len(laid_out.rows) == 2
            and len(laid_out.row_lines) == 2
            # ("3.1 Créer une aide …   Direction …   300 €" alone under the header on its page: a
            # numbered row of a table of actions, not one sheet's facts set out across)
            and not re.match(r"^\d{1,2}(?:\.\d{1,2})+\s", laid_out.rows[1][0])
            else []
        )
        if across:
            # "PILOTE   PARTENAIRES   CALENDRIER   BUDGET" over ONE row whose cells wrap side by
            # side: a sheet's fields set out across, one per column
            flush()
            for fact in across:
                fact.columned = True
            blocks.extend(across)
            number = laid_out.last if laid_out else number
            continue
        if laid_out:
            # "N°   Action   Pilote   Partenaires" over rows whose cells wrap side by side
            flush()
            last_layout = laid_out
            raw_lines = [source.line(n) for n in range(number, laid_out.last + 1)]
            text = " ; ".join(" | ".join(c for c in row if c) for row in laid_out.rows)
            blocks.append(
                Block(
                    # (a header alone, repeated atop a page over rows set apart by a spanning row:
                    # the page's furniture, its rows read below with its columns)
                    "table" if len(laid_out.rows) > 1 else "furniture",
                    number,
                    laid_out.last,
                    text,
                    rows=laid_out.rows,
                    lines=raw_lines,
                    row_lines=laid_out.row_lines,
                )
            )
            number = laid_out.last
            continue
        closing = _framed_banner(source, number) if not paragraph else None
        if closing:
            # "=====" / "CE QUI A FAIT SES PREUVES" / "Trois projets menés à terme" / "=====": a
            # banner, its first line the heading, the lines under it the banner's subtitle
            flush()
            blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            heading_lines = [source.line(number + 1)]
            if closing == number + 3 and _framed_capitals(source, number + 1):
                heading_lines.append(source.line(number + 2))
            text = clean_inline(" ".join(h.strip() for h in heading_lines))
            numbered = numbered_heading(text)
            blocks.append(
                Block(
                    "heading",
                    number + 1,
                    number + len(heading_lines),
                    text,
                    level=1 if stripped[0] in "=═━" else 2,
                    marker=numbered[0] if numbered else None,
                    number=numbered[1] if numbered else None,
                    lines=heading_lines,
                )
            )
            subtitle = [source.line(n) for n in range(number + 1 + len(heading_lines), closing)]
            if subtitle:
                text = clean_inline(" ".join(s.strip() for s in subtitle))
                blocks.append(Block("paragraph", closing - len(subtitle), closing - 1, text, lines=subtitle))
            blocks.append(
                Block(
                    "furniture", closing, closing, source.line(closing).strip(), lines=[source.line(closing)]
                )
            )
            number = closing
            continue
        underline = (
            _SETEXT.match(source.line(number + 1)) if number < total and not _aligned_header(line) else None
        )
        # "Nuits fraîches : une salle ouverte la nuit aux personnes sans" / "abri" / "-----" as
        # long as the first line: a title wrapped over two lines, underlined as one
        wrapped_title = (
            not paragraph
            and underline is None
            and number + 2 <= total
            and (under := _SETEXT.match(source.line(number + 2))) is not None
            and 0 < len(source.line(number + 1).strip()) < len(stripped)
            and abs(len(under[0].strip()) - len(stripped)) <= 2
            and not stripped.endswith((".", ";", ":", ","))
            and not _ITEM.match(line)
            and not _SETEXT.match(line)
            and not _SETEXT.match(source.line(number + 1))
        )
        if wrapped_title:
            underline, number = _SETEXT.match(source.line(number + 2)), number + 1
            paragraph.append(number - 1)
            line, stripped = source.line(number), source.line(number).strip()
        if (
            underline
            and (not paragraph or wrapped_title)
            # ("      2023        2024" over "--------": a table's header row over its rule)
            and not re.search(r"\S\s{3,}\S", stripped)
            # "1. Expérimentations achevées" over a rule is a numbered heading; "- item" is none
            and (not _ITEM.match(line) or re.match(r"^\s*\d{1,2}[.)]\s+\S", line) is not None)
            and not stripped.startswith("|")
            # ("… par SMS." over "────────────": a sentence over a short rule that parts items)
            and not (
                stripped.endswith((".", "…", "!", ")", "✕")) and len(underline[0].strip()) * 2 < len(stripped)
            )
            and number not in label_lines  # a box's last row over the rule that closes the box
            # ("*Export – page 6/13*" over "---": a page's footer between rules, no heading)
            and not any(p.match(stripped) for p in furniture)
            # "Vote : unanimité" over the rule that opens the page's footer: the page's end
            and not (number + 2 <= total and running_key(source.line(number + 2)) in running)
        ):
            # "Édito" over "-----", "PARTIE 1" over "=====": a setext heading, "=" above "-"
            first_line = paragraph[0] if wrapped_title else number
            if wrapped_title:
                paragraph.clear()
            flush()
            raw = [source.line(n) for n in range(first_line, number + 1)]
            text = clean_inline(" ".join(r.strip() for r in raw)).strip("# ")
            numbered = numbered_heading(text)
            blocks.append(
                Block(
                    "heading",
                    first_line,
                    number + 1,
                    text,
                    level=1 if underline[1] in "=═" else 2,
                    marker=numbered[0] if numbered else None,
                    number=numbered[1] if numbered else None,
                    lines=[*raw, source.line(number + 1)],
                )
            )
            number += 1
            continue
        wiki = _WIKI_HEADING.fullmatch(stripped)
        if wiki is not None and not paragraph:
            # "== Contexte ==", "=== Les résultats ===": a wiki's heading, its level the signs'
            flush()
            title = clean_inline(wiki["title"])
            numbered = numbered_heading(title)
            blocks.append(
                Block(
                    "heading",
                    number,
                    number,
                    title,
                    level=min(6, len(wiki["signs"]) - 1),
                    marker=numbered[0] if numbered else None,
                    number=numbered[1] if numbered else None,
                    lines=[line],
                )
            )
            continue
        if re.match(r"^\[\^[\w-]{1,12}\]:\s", stripped):
            # "[^1]: Loi du 27 juillet 2023 …": a Markdown footnote's text, the page's note
            flush()
            blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            continue
        if (
            (running_key(stripped) in running and number not in bands)
            or any(p.match(stripped) for p in furniture)
        ) and not _key_figure(source, number):
            flush()
            blocks.append(Block("furniture", number, number, stripped, lines=[line]))
            continue
        side = _side_column(source, number) if not paragraph else None
        if side is not None:
            # "Un accueil de jour sans condition      SEINE-SAINT-DENIS" / "pour les 13-18 ans
            #   Ville de Saint-Denis" / "   Depuis 2020": a title, its facts in a narrow
            # column at the right on the same lines — the title, then each fact on its line
            flush()
            last, left, right = side
            raw = [source.line(n) for n in range(number, last + 1)]
            text = clean_inline(" ".join(piece for _, piece in left))
            blocks.append(
                Block("paragraph", left[0][0], left[-1][0], text, lines=raw[: left[-1][0] - number + 1])
            )
            # ("Direction enfance famille," / "Département du Gard", "… sociale à" / "l'enfance,
            # Département de la Sarthe": a fact wrapped in the narrow column, read whole)
            facts: list[tuple[int, int, str]] = []
            for at, piece in right:
                if facts and (facts[-1][2].endswith(",") or hanging(facts[-1][2]) or piece[:1].islower()):
                    facts[-1] = (facts[-1][0], at, f"{facts[-1][2]} {piece}")
                else:
                    facts.append((at, at, piece))
            for at, end, piece in facts:
                lines = [source.line(n) for n in range(at, end + 1)]
                labelled = _field(piece)
                if labelled is not None and labelled[1]:
                    blocks.append(field_block(at, end, labelled[0], labelled[1], lines))
                else:
                    blocks.append(Block("paragraph", at, end, clean_inline(piece), lines=lines))
            number = last
            continue
        aligned = (
            _aligned_table(source, number)
            if _aligned_header(line)
            or (number < total and _aligned_money_header(line, source.line(number + 1)))
            else None
        )
        if aligned:
            flush()
            rows, last = aligned
            raw_lines = [source.line(n) for n in range(number, last + 1)]
            text = " ; ".join(" | ".join(c for c in row if c) for row in rows)
            blocks.append(Block("table", number, last, text, rows=rows, lines=raw_lines))
            number = last
            continue
        if (
            number < total
            and line.count("\t") >= 3
            and len([c for c in line.split("\t") if c.strip()]) == 1
            and line.split("\t")[0].strip()
            and source.line(number + 1).count("\t") >= 3
            and not paragraph
        ):
            # "CCAS de … – Plan d'actions<TAB><TAB><TAB>…": a sheet's title typed in its first
            # cell over the header row, a line of text
            blocks.append(Block("paragraph", number, number, clean_inline(stripped), lines=[line]))
            continue
        if (
            (stripped.startswith("|") and not _indented_header(source, number))
            or _GRID_RULE.match(stripped)
            or (
                line.count("\t")
                and number < total
                and source.line(number + 1).count("\t")
                # ("•\tCalvados : …": a bullet a word processor set apart by a tab, an item)
                and not re.match(r"^\s*[-•*–▪◦]\t", line)
                # ("1.2.1<TAB>Title" / "<TAB>– Pilote : …": a numbered title over its facts as
                # bullets indented with the tab key, not a table's rows)
                and not re.match(r"^\t+[-•*–▪◦]\s", source.line(number + 1))
                # ("1.1.1<TAB>Title" / "•<TAB>Pilote : …": the facts as bullets a word
                # processor saved with their tab)
                and not re.match(r"^\s*[-•*–▪◦]\t", source.line(number + 1))
                # ("<TAB>• Title" / "<TAB><TAB>Qui : …": an outline indented with the tab key, no
                # tab between two cells on either line)
                and (_INNER_TAB.search(line) or _INNER_TAB.search(source.line(number + 1)))
            )
        ):
            flush()
            first = number
            # entered on tabs unless the line is a pipe row or a grid border ("+----\tText" is
            # a tabbed line that happens to open on a plus sign)
            tabbed = not (stripped.startswith("|") or _GRID_RULE.match(stripped))
            raw_lines = []
            while number <= total:
                current = source.line(number).strip()
                if (
                    tabbed
                    and not current
                    and source.line(number).count("\t") >= 3
                    and number < total
                    and "\t" in source.line(number + 1)
                ):
                    # "<TAB><TAB><TAB>…" between two groups of a sheet's rows: an empty row, the
                    # table goes on
                    raw_lines.append(source.line(number))
                    number += 1
                    continue
                if (
                    tabbed
                    and current
                    and "\t" not in source.line(number)
                    and raw_lines
                    and number < total
                    and source.line(number + 1).startswith("\t")
                    and len(current) <= 40
                    and not current.endswith((".", ";"))
                ):
                    # "Contact" / "<TAB>Claire Vidal, …" / "<TAB>claire.vidal@…": a label whose value
                    # goes on the lines under it, set in with the tab as the table's values are
                    raw_lines.append(current + "\t")
                    number += 1
                    continue
                if (
                    not current
                    or (tabbed and "\t" not in source.line(number) and not open_quote(raw_lines))
                    or (not tabbed and not current.startswith("|") and not _GRID_RULE.match(current))
                ):
                    break
                raw_lines.append(source.line(number))
                number += 1
            number -= 1
            if not raw_lines:  # never loop on a line no table rule takes: read it as text
                number = first
                paragraph.append(number)
                continue
            rows, row_spans = _table_rows(raw_lines, first, tabbed)
            if tabbed and any(not any(c.strip() for c in row) for row in rows):
                kept = [k for k, row in enumerate(rows) if any(c.strip() for c in row)]
                rows, row_spans = [rows[k] for k in kept], [row_spans[k] for k in kept]
            if (
                len(rows) >= 3
                # ("Identification<TAB><TAB>…<TAB>Description": a sheet's groups over its header,
                # every row padded to the same width)
                and (len(rows[0]) < len(rows[1]) or (tabbed and len(rows[0]) == len(rows[1]) >= 4))
                and sum(1 for c in rows[0] if not c) * 2 >= len(rows[0])
                and sum(1 for c in rows[1] if c) * 4 >= len(rows[1]) * 3
            ):
                # "|  |  |  |  | 2026 | 2027 |" spanning the quarters below it: a group header over
                # the table's own header, the columns named by the row under it
                rows, row_spans = rows[1:], row_spans[1:]
            if not tabbed and rows and all(len(row) == 1 for row in rows):
                # "| DÉPARTEMENT DU CHER |" / "| Title |" in a frame: lines in a box, not a table
                blocks.extend(_framed_lines(rows, row_spans, raw_lines, first))
                continue
            if tabbed and all(len([c for c in row[1:] if c.strip()]) <= 1 for row in rows):
                # "Objectif :<TAB><TAB>Offrir …" / "<TAB><TAB><TAB>qui ne …": labels aligned with the
                # tab key, several tabs a gap — a label and its value, two columns
                rows = [[row[0], next((c for c in row[1:] if c.strip()), "")] for row in rows]
            if tabbed:
                rows, row_spans = _continued_rows(rows, row_spans)
            as_fields = _table_fields(rows, row_spans, raw_lines, first, labels) or _cell_fields(
                rows, row_spans, raw_lines, first, labels
            )
            if as_fields:
                blocks.extend(as_fields)
                continue
            text = " ; ".join(" | ".join(c for c in row if c) for row in rows)
            blocks.append(Block("table", first, number, text, rows=rows, lines=raw_lines))
            continue
        html = _html_table(source, number) if stripped.lower().startswith(("<table", "<dl")) else None
        if html:
            # "<table><tr><th>Pilote</th><td>Pôle …</td></tr>…</table>" in a web export: a table,
            # its rows' cells as a pipe table's
            flush()
            rows, row_spans, last = html
            raw_lines = [source.line(n) for n in range(number, last + 1)]
            as_fields = _table_fields(rows, row_spans, raw_lines, number, labels) or _cell_fields(
                rows, row_spans, raw_lines, number, labels
            )
            if as_fields:
                blocks.extend(as_fields)
            else:
                text = " ; ".join(" | ".join(c for c in row if c) for row in rows)
                blocks.append(Block("table", number, last, text, rows=rows, lines=raw_lines))
            number = last
            continue
        bare_rows = (
            _bare_pipe_rows(source, number)
            if not stripped.startswith("|") or _indented_header(source, number)
            else 0
        )
        if bare_rows:
            # "Opérateur | Sollicitations | Part" / "CAF | 2 184 | 26 %": a table printed without
            # its outer borders, three cells or more in every row
            flush()
            last = number + bare_rows - 1
            raw_lines = [source.line(n) for n in range(number, last + 1)]
            rows = [
                [clean_inline(cell.strip()) for cell in row.strip().split("|")]
                for row in raw_lines
                if not _BARE_RULE.match(row.strip())
            ]
            text = " ; ".join(" | ".join(c for c in row if c) for row in rows)
            blocks.append(Block("table", number, last, text, rows=rows, lines=raw_lines))
            number = last
            continue
        pair = _PIPE_PAIR.match(stripped) if number in pipe_pairs else None
        if pair and not paragraph:
            # "Porteur | CCAS de Val-d'Aubrée": a row of a label/value box printed without its
            # outer borders
            blocks.append(
                field_block(number, number, pair["label"].strip(" *"), clean_inline(pair["value"]), [line])
            )
            continue
        glued = list(_GLUED_LABEL.finditer(stripped))
        lead = _RUN_IN_HEADING.match(stripped[: glued[0].start()]) if len(glued) >= 2 else None
        if len(glued) >= 2 and (glued[0].start() == 0 or lead):
            flush()
            if lead:  # "**En bref** — **Démarrage :** …": a run-in heading over glued fields
                blocks.append(Block("paragraph", number, number, lead["text"].strip(), lines=[line]))
            for n, match in enumerate(glued):
                end = glued[n + 1].start() if n + 1 < len(glued) else len(stripped)
                # ("**Département** : Gard<br>**Porteur** : …": a line break between the facts)
                value = clean_inline(_CELL_BREAK.sub(" ", stripped[match.end() : end])).strip(" ·|;,")
                label = clean_inline(match[1]).strip()
                blocks.append(field_block(number, number, label, value, [line]))
            continue
        if _definition_term(source, number) and not paragraph:
            # "Porteur" over ": Association X": a definition list's term and its definitions,
            # a field whatever the label (the family knows it or not)
            flush()
            look = number + 1
            definitions = [clean_inline(source.line(look).strip()[1:])]
            while look + 1 <= total:
                following = source.line(look + 1)
                if following.lstrip().startswith(": "):
                    definitions.append(clean_inline(following.strip()[1:]))
                elif (
                    following.startswith("    ")
                    and following.strip()
                    and not following.lstrip().startswith(("-", "*"))
                ):
                    # "    CCAS des communes rurales": a definition wrapped, indented under itself
                    definitions[-1] = f"{definitions[-1]} {clean_inline(following.strip())}"
                else:
                    break
                look += 1
            raw = [source.line(n) for n in range(number, look + 1)]
            term = clean_inline(stripped).rstrip(" :")
            if len(definitions) > 1 and all(_DEFINED_ENTRY.match(d) for d in definitions):
                # "Loire-Atlantique" over two ": Porteur — Title" definitions: an entry each
                for definition in definitions:
                    blocks.append(field_block(number, look, term, definition, raw))
            else:
                blocks.append(field_block(number, look, term, " ; ".join(definitions), raw))
            number = look
            continue
        if (
            number in label_lines
            and not label_lines[number]
            and blocks
            and blocks[-1].kind == "field"
            and blocks[-1].last == number - 1
        ):
            blocks[-1].last = number  # the value of a label set alone on the line above
            blocks[-1].lines.append(line)
            continue
        bare = fold(re.sub(r"\s*\([^()]{1,60}\)\s*:?\s*$", "", stripped.rstrip(": *").strip("* ")))
        standalone_capitals = _is_capitals(stripped) and (
            number == total or not source.line(number + 1).strip()
        )
        if (
            not label_lines.get(number)
            # ("Évaluation : interne (CCAS)" folds as the label "Évaluation interne": a field, its value printed)
            and not re.search(r"\s:\s*\S", stripped.rstrip(": *"))
            and (
                bare in labels
                # "Public(s) concerné(s)": a known label in inclusive writing
                or _label_key(stripped) in labels
                or _qualified_money_label(bare, labels, source.line(number + 1) if number < total else "")
                or _bold_qualified_label(stripped, bare, labels)
                or _boxed_qualified_label(source, number, stripped, bare, labels)
                or _asked_label(stripped, labels)
            )
            # "Financement (investissement et première année) :": the label, qualified in brackets
            and len(re.sub(r"\([^()]*\)", "", stripped)) < 60
            and not standalone_capitals
            # "## Pour qui ?": a question the document marks as a heading heads a section
            and not (_MARKDOWN_HEADING.match(stripped) and stripped.rstrip(" *:").endswith("?"))
            and not (paragraph and stripped.endswith("."))  # "territoire." ending a sentence
        ):
            flush()
            label = clean_inline(stripped).rstrip(" :")
            value_lines: list[int] = []
            look = number + 1
            while look <= total and not source.line(look).strip() and not value_lines and look - number <= 2:
                look += 1
            while look <= total and source.line(look).strip():
                nxt = source.line(look).strip()
                heading = _heading_kind(source.line(look), None, 0)
                labelled_line = _field(nxt)
                following = source.line(look + 1).strip() if look < total else ""
                if (
                    fold(nxt.rstrip(": *").strip("* ")) in labels
                    # "Public(s) concerné(s)": a known label in inclusive writing
                    or _label_key(nxt) in labels
                    # "Contexte" over a paragraph, no blank line between (a web page printed
                    # without its layout): a section's heading ends the value above it
                    or (
                        value_lines
                        and len(nxt.split()) <= 3
                        and nxt[:1].isupper()
                        and not re.search(r"[\d.,;:!?)]$|\d", nxt)
                        and len(following) >= max(80, 3 * len(nxt))
                        and following[:1].isupper()
                        # (prose under it, two long lines at least: a list of names is none)
                        and look + 1 < total
                        and len(source.line(look + 2).strip()) >= 60
                    )
                    # "Partenariats : A, B" under "Pilote :" / "Service Logement": the next field
                    or (labelled_line is not None and fold(labelled_line[0]) in labels)
                    # "SOLIHA" right under "Partenaires": a name in capitals, not a heading
                    or (
                        heading
                        and not (
                            heading[1] is None
                            and heading[2] is None
                            and len(nxt.split()) <= 4
                            and not nxt.startswith(("#", "*"))
                            and (value_lines or look == number + 1)  # right under the label
                        )
                    )
                    or nxt.startswith("|")  # a table under its label: a block of its own
                    or _aligned_header(source.line(look))
                ):
                    break
                if _ITEM.match(source.line(look)) and not value_lines and look > number + 1:
                    break  # a list after a blank line: items of their own
                value_lines.append(look)
                look += 1
            if value_lines and not _ITEM.match(source.line(value_lines[0])):
                texts = [source.line(n).strip() for n in value_lines]
                if all(t.startswith(": ") for t in texts):  # "Partenaires" / ": A" / ": B": a definition list
                    value = " ; ".join(clean_inline(t[2:]) for t in texts)
                else:
                    entries_of = _entries_per_line(texts, wrap)
                    value = (
                        "\n".join(clean_inline(t) for t in entries_of)
                        if entries_of is not None
                        else clean_inline(" ".join(texts))
                    )
                raw = [source.line(n) for n in range(number, value_lines[-1] + 1)]
                blocks.append(field_block(number, value_lines[-1], label, value, raw))
                number = value_lines[-1]
            else:
                blocks.append(Block("field", number, number, label, label=label, value="", lines=[line]))
            continue
        style = source.style(number)
        # a box's row in capitals ("ANNÉE DE LANCEMENT    2022"): a field, not a heading
        boxed_row = number in label_lines and (
            re.search(r"\S\s{2,}\S", stripped) is not None
            # "Département" in bold over "Vendée": a box's label over its value, not a heading
            or (bool(label_lines[number]) and number + 1 in label_lines and not label_lines[number + 1])
        )
        alone = number == total or not source.line(number + 1).strip()
        heading = _heading_kind(line, style, body_size, alone) if not boxed_row else None
        if heading and re.search(r"\s\d{1,3}$", stripped) and _between_contents_lines(source, number):
            heading = None  # "Action 6 : … vers un logement 12" among "… ....... 11" lines: a contents line
        item = _ITEM.match(line) if not _MARKDOWN_HEADING.match(stripped) else None
        if (
            heading
            and paragraph
            and not _MARKDOWN_HEADING.match(stripped)
            and style is None
            and (
                (heading[1:] == (None, None) and source.line(paragraph[-1]).rstrip().endswith(","))
                # "… Le" / "chapitre 65 comprend notamment …": a numbered word in a sentence
                or stripped[:1].islower()
            )
        ):
            heading = None  # "LE CONSEIL, après en avoir délibéré," / "DÉCIDE": the sentence goes on
        if heading and not item:
            flush()
            # ("## Orientation 1 {#orientation-1}": pandoc's attributes are no words of the title)
            text = _HEADING_ATTRIBUTES.sub("", clean_inline(_MARKDOWN_HEADING.sub(r"\2", stripped))).strip(
                "# "
            )
            level, marker, num = heading
            labelled = _field(text)
            if (
                labelled
                and not marker
                and not _MARKDOWN_HEADING.match(stripped)
                and labelled[1]
                and not _is_capitals(labelled[1])  # "AIDES FACULTATIVES : REVALORISATION DU BARÈME"
                # "Bernay : une permanence numérique ouvre" set larger than the text: a title
                and not (style is not None and body_size and style[0] > body_size * 1.1)
            ):
                blocks.append(
                    Block("field", number, number, text, label=labelled[0], value=labelled[1], lines=[line])
                )
                continue
            last, lines = number, [line]
            if (
                _MARKDOWN_HEADING.match(stripped)
                and number < total
                and stripped.count("[") > stripped.count("]")
                and "](" in source.line(number + 1)
            ):
                # "### [Vacances de la Toussaint : l'aide … les" / "stages sportifs](https://…)":
                # the heading's link wrapped, closed on the next line
                last += 1
                lines.append(source.line(last))
                text = f"{text} {clean_inline(source.line(last).strip())}"
            if (
                not num
                and last < total
                and re.search(r"(?:\bN\s*°|\bNº|\bNo\.?)\s*$", stripped, re.IGNORECASE)
                and re.fullmatch(r"\d{1,3}", source.line(last + 1).strip())
                and (numbered := numbered_heading(f"{stripped} {source.line(last + 1).strip()}")) is not None
            ):
                # "FICHE-ACTION N°" / "1": a form's heading, its number filled in on the line under it
                last += 1
                lines.append(source.line(last))
                text = f"{text} {source.line(last).strip()}"
                marker, num = numbered[0], numbered[1]
            while (
                (marker or num)
                and last < total
                and (
                    (
                        # ("Action 2.3 – Adapter le logement avant la chute :" / "diagnostics …")
                        (len(source.line(last).strip()) >= 50 or hanging(source.line(last)))
                        and source.line(last + 1).strip()[:1].islower()
                    )
                    # "Article 7 – Aide au paiement des factures d'énergie" / "      (électricité,
                    # gaz, fioul)": the title's bracket set indented on the line under it
                    or (
                        last == number
                        and re.fullmatch(r" {4,}\([^()]{3,80}\)", source.line(last + 1).rstrip()) is not None
                    )
                    # "A2 ÉTENDRE LE PORTAGE DE REPAS AUX HAMEAUX" / "ISOLÉS DU HAUT-EYRIEUX …":
                    # a coded title in capitals wrapped onto a line in capitals
                    or (
                        _is_capitals(text)
                        and len(source.line(last).strip()) >= 30
                        and _is_capitals(source.line(last + 1).strip())
                        and numbered_heading(source.line(last + 1).strip()) is None
                        and not _CODE_CAPITALS.match(source.line(last + 1).strip())
                        and not text.endswith((".", ":", ";"))
                    )
                )
                and not _field(source.line(last + 1).strip())
            ):
                # "Action n°2 – Expérimenter un service … en circuit court" / "associé aux
                # producteurs locaux": a long numbered title wrapped onto the next line
                last += 1
                lines.append(source.line(last))
                text = f"{text} {clean_inline(source.line(last).strip())}"
            while (
                not (marker or num)
                and not _MARKDOWN_HEADING.match(stripped)
                and last < total
                and last - number < 2
                and _is_capitals(text)
                and len(source.line(last).strip()) >= 25
                and not text.endswith((".", ";"))
                and _wrapped_capitals(source.line(last + 1).strip())
            ):
                # "1.2  MARAÎCHAGE BIOLOGIQUE ET PARCOURS RSA :" / "LA FERME DES COMBES, UN
                # TREMPLIN VERS" / "L'EMPLOI AGRICOLE": a title in capitals a narrow column wraps
                last += 1
                lines.append(source.line(last))
                text = f"{text} {clean_inline(source.line(last).strip())}"
            goes_on = last < total and source.line(last + 1).strip()[:1] in ("(", "«")
            sentence = (
                last > number and len(text) > 100 and (text.endswith((".", ":", ";")) or bool(goes_on))
            ) or (
                # "Article 1 – D'attribuer pour l'exercice 2026 les subventions suivantes :"
                last == number and marker is not None and text.endswith(":") and len(text.split()) >= 9
            )
            if sentence and not _MARKDOWN_HEADING.match(stripped):
                # "Article 2 – Les décisions prises … font l'objet" / "d'un compte rendu …": an
                # article's sentence, wrapped, not its title
                paragraph.extend(range(number, last + 1))
                number = last
                continue
            banded = (
                re.fullmatch(r"(?P<left>\S.*?\S)\s{3,}(?P<right>\S.*)", stripped) if last == number else None
            )
            band_left = numbered_heading(banded["left"]) if banded else None
            band_right = numbered_heading(banded["right"]) if banded else None
            if banded and band_left and band_right and band_left[2] == 2 and band_right[2] == 1:
                # "FICHE ACTION N° 1.1          Axe 1 – Accès aux droits": a sheet's band, its
                # part printed at the right — the part's heading, then the sheet's
                for cell, level, found in (("right", 1, band_right), ("left", 2, band_left)):
                    blocks.append(
                        Block(
                            "heading",
                            number,
                            number,
                            clean_inline(banded[cell]),
                            level=level,
                            marker=found[0],
                            number=found[1],
                            lines=lines,
                        )
                    )
                continue
            blocks.append(
                Block("heading", number, last, text, level=level, marker=marker, number=num, lines=lines)
            )
            number = last
            continue
        if (
            item
            and re.match(r"^\s*\d{1,2}[.)]\s", line)
            and _is_capitals(item[2])
            and (number == total or not source.line(number + 1).strip())
        ):
            # "1. BIEN VIEILLIR CHEZ SOI", alone on its line: a numbered part, not a list item
            flush()
            blocks.append(
                Block(
                    "heading",
                    number,
                    number,
                    clean_inline(stripped),
                    level=1,
                    number=stripped.split(".")[0].split(")")[0],
                    lines=[line],
                )
            )
            continue
        if item:
            flush()
            text = clean_inline(item[2])
            depth = len(item[1].expandtabs(4)) // 2
            numbered = numbered_heading(text)
            # "- **Qui porte ?** …": the bold question is the label (seen before markup is cleaned)
            question = _BOLD_QUESTION_FIELD.match(item[2].strip())
            labelled = _field(item[2].strip()) if question else _field(text) or _question_field(text, labels)
            if (
                labelled
                and not question
                and labels
                and re.match(r"^\s*\d{1,2}[.)]\s", line)
                and not label_key_in(labels, labelled[0])
                and labelled[1][:1].islower()
            ):
                # "2. Aller vers les habitants : permanences mobiles …": a numbered title with a
                # colon in it, no label the family knows
                labelled = None
            lower = _LOWER_FIELD.match(text) if labelled is None and labels else None
            if lower and label_key_in(labels, lower["label"]):
                labelled = (lower["label"].strip(), lower["value"].strip())  # "– pilote : Service A"
            dashed = _DASHED_ITEM_FIELD.match(text) if labelled is None and labels else None
            if dashed and fold(dashed["label"]) in labels:
                labelled = (dashed["label"].strip(), dashed["value"].strip())  # "• Porteur – CCAS de …"
            if labelled:
                first, lines, value = number, [line], labelled[1]
                column = len(line) - len(item[2])
                while (
                    labelled[1]
                    and number < total
                    and (
                        _hangs_under(source.line(number + 1), column)
                        or _wrapped_at_width(source.line(number), source.line(number + 1), text_width, labels)
                    )
                ):
                    # "► Coût : 7 000 € en 2026 (…)" / "    et 4 500 € en 2027 (…)": the value
                    # wrapped under the item's text
                    number += 1
                    lines.append(source.line(number))
                    value = f"{value} {clean_inline(source.line(number).strip())}"
                    text = f"{text} {clean_inline(source.line(number).strip())}"
                parts = [p.strip() for p in re.split(r"\s+·\s+", text)]
                item_facts = [_field(p) for p in parts] if labels and len(parts) >= 3 else []
                if (
                    item_facts
                    and sum(1 for fact in item_facts if fact and fold(fact[0]) in labels) >= 2
                    and all(item_facts)
                ):
                    # "→ Lancement : 2021 · Avec : A, B · Évaluation : C": a facts line set as an
                    # item, each fact a field
                    blocks.extend(
                        Block(
                            "field",
                            first,
                            number,
                            part,
                            level=depth,
                            label=fact[0],
                            value=fact[1],
                            lines=lines,
                        )
                        for part, fact in zip(parts, item_facts, strict=True)
                        if fact is not None
                    )
                    continue
                blocks.append(
                    Block(
                        "field",
                        first,
                        number,
                        text,
                        level=depth,
                        label=labelled[0],
                        value=value,
                        lines=lines,
                    )
                )
            elif numbered and numbered[2] == 1:
                blocks.append(
                    Block(
                        "heading",
                        number,
                        number,
                        text,
                        level=1,
                        marker=numbered[0],
                        number=numbered[1],
                        lines=[line],
                    )
                )
            else:
                first, lines = number, [line]
                column = len(line) - len(item[2])
                while number < total and (
                    _hangs_under(source.line(number + 1), column)
                    or _wrapped_at_width(
                        source.line(number), source.line(number + 1), text_width, labels, False
                    )
                ):
                    # "- Réduire l'exposition des enfants aux" / "  allergènes du logement.": the
                    # item wrapped, its next line indented under its text
                    number += 1
                    lines.append(source.line(number))
                    text = f"{text} {clean_inline(source.line(number).strip())}"
                blocks.append(Block("item", first, number, text, level=depth, lines=lines))
            continue
        # ("→ Lancement : 2021 · Avec : … · Évaluation : …": an arrow before the first fact is no label's)
        raw_segments = re.split(r"\s+[·|]\s+", stripped) if labels else []
        segments = [clean_inline(p).strip().lstrip("→➜►▸▶ ") for p in raw_segments]
        joined, joined_end = stripped, number
        if (
            labels
            and not paragraph
            and re.search(r"\s[|·]\s", stripped)
            and not stripped.startswith("|")
            and any((f := _field(p)) and fold(f[0]) in labels for p in segments)
        ):
            # "Porteur : … | Territoire : Département des Hautes-" / "Pyrénées (65) | Année : 2019 |
            # …", "… · Porté par : Service seniors" / "du CCAS · Avec : …": a facts line wrapped
            # anywhere, its segments read from the lines joined
            while joined_end < total and _facts_go_on(source.line(joined_end), source.line(joined_end + 1)):
                joined_end += 1
                joined = joined_lines([joined, source.line(joined_end).strip()])
            if joined_end > number:
                raw_segments = [p for p in re.split(r"\s+[·|]\s+|\s+[·|]$", joined) if p.strip()]
                segments = [clean_inline(p).strip() for p in raw_segments]
        segment_fields = [_field(p) for p in segments]
        # ("> **Lancée en** 2021 · **Évaluée par** …": two facts, each led by its label in bold)
        bold_led = len(raw_segments) >= 2 and all(
            (b := re.match(r"^\W*?\*\*(?P<label>[^*]{2,48}?)\*\*\s*\S", raw))
            and fold(b["label"].strip(" :")) in labels
            for raw in raw_segments
        )
        if (
            (len(segments) >= 3 or bold_led)
            and not stripped.startswith("|")
            and (
                bold_led
                or sum(1 for f in segment_fields if f and fold(f[0]) in labels) >= 1
                # "Depuis mars 2019 · Côte des Roses · Évalué par 2L2S · Pérennisé": labels run in
                or sum(
                    1
                    for p, f in zip(segments, segment_fields, strict=True)
                    if not f and _run_in_label(p, labels)
                )
                # ("Logement · Depuis 2022 · En cours": a line of short tags, one a run-in label)
                >= (
                    1
                    if all(len(p) <= 40 for p in segments) and " · " in stripped and "|" not in stripped
                    else 2
                )
            )
            and all(len(p) <= 120 for p in segments)
        ):
            # "**Landes** · Porteur : CD 40 · Depuis 2020 · *En cours*": facts on one line, each a
            # field when labelled, else a line of its own (a name, a year, a status)
            flush()
            start = number
            number = joined_end
            while number < total and hanging(source.line(number)) and _goes_on_facts(source.line(number + 1)):
                # "… · Partenaires : CAF de l'Yonne, CPAM," / "Carsat, MSA": the facts line wrapped
                number += 1
                segments[-1] = f"{segments[-1]} {clean_inline(source.line(number).strip())}"
                segment_fields[-1] = _field(segments[-1])
            lines_read = [source.line(k) for k in range(start, number + 1)]
            for n, (part, labelled_part) in enumerate(zip(segments, segment_fields, strict=True)):
                last = number if n == len(segments) - 1 else start
                run_in = None if labelled_part else _run_in_label(part, labels)
                bold = re.match(r"^\W*?\*\*(?P<label>[^*]{2,48}?)\*\*\s*(?P<value>\S.*)$", raw_segments[n])
                if not labelled_part and not run_in and bold and fold(bold["label"].strip()) in labels:
                    # "**État d'avancement** généralisé à tout le territoire": the label in bold
                    run_in = (bold["label"].strip(), clean_inline(bold["value"]).strip())
                if labelled_part and (fold(labelled_part[0]) in labels or joined_end > start):
                    # (in a facts line wrapped over lines, "Thématique : Logement" is a fact too,
                    # its label one the family does not read)
                    label, value = labelled_part
                    blocks.append(field_block(start, last, label, value, lines_read))
                elif run_in:  # "Lancée en 2034": a known label run into its value
                    blocks.append(field_block(start, last, run_in[0], run_in[1], lines_read))
                elif part:
                    blocks.append(Block("paragraph", start, last, part.strip(" *_"), lines=lines_read))
            continue
        lead_segment = _LEAD_SEGMENT.match(stripped) if labels else None
        lead_field = _field(lead_segment["rest"]) if lead_segment else None
        if lead_segment and lead_field and fold(lead_field[0]) in labels:
            # "**GERS** · Lancement : 2019 · Stade : Pérennisé": a name, then the fields it heads
            flush()
            lead_text = clean_inline(lead_segment["lead"])
            if run_in := _run_in_label(lead_text, labels):  # "Depuis mars 2022 · Partenaires : …"
                blocks.append(field_block(number, number, run_in[0], run_in[1], [line]))
            else:
                blocks.append(Block("paragraph", number, number, lead_text, lines=[line]))
            fields = _split_fields(lead_field[0], lead_field[1], labels)
            start = number
            while number < total and hanging(source.line(number)) and _goes_on_facts(source.line(number + 1)):
                # "… · Partenaires : CAF de l'Yonne, CPAM," / "Carsat, MSA": the facts line wrapped
                number += 1
                fields[-1] = (fields[-1][0], f"{fields[-1][1]} {clean_inline(source.line(number).strip())}")
            lines_read = [source.line(k) for k in range(start, number + 1)]
            for n, (label, value) in enumerate(fields):
                blocks.append(
                    field_block(start, number if n == len(fields) - 1 else start, label, value, lines_read)
                )
            continue
        piped = (
            _piped_facts(source, number, labels)
            if labels
            and not paragraph
            and ("|" in stripped or (number < total and " | " in source.line(number + 1)))
            else None
        )
        if piped:
            # "Statut : en cours | Évaluation : Agence nouvelle des" / "solidarités (Ansa) |
            # Partenaires : A, B," / "C": labelled facts parted by bars, wrapped over lines
            flush()
            last, pairs = piped
            lines_read = [source.line(k) for k in range(number, last + 1)]
            for label, value in pairs:
                blocks.append(field_block(number, last, label, value, lines_read))
            number = last
            continue
        asked = _question_field(stripped, labels) if number not in label_lines and labels else None
        if asked and not paragraph:
            # "Où en est-on ? En cours, deuxième saison": a question the family knows as a label,
            # its answer on the line (and on the next ones when it wraps)
            flush()
            start, answer = number, asked[1]
            while answer and number < total and _value_goes_on(source, number, labels, text_width):
                number += 1
                answer = f"{answer} {clean_inline(source.line(number).strip())}"
            blocks.append(
                field_block(
                    start, number, asked[0], answer, [source.line(k) for k in range(start, number + 1)]
                )
            )
            continue
        # a line of a box without colons ("État      montée en charge : 140"): the box's, not a
        # "Label : value" field whose label would run up to the colon
        labelled = _field(stripped) if number not in label_lines else None
        if (
            labelled
            and _is_capitals(stripped)
            # (words, not figures: "CCAS : 10 000 €" is a funder's share)
            and sum(1 for w in labelled[1].split() if re.search(r"[^\W\d]", w)) >= 2
            and fold(labelled[0]) not in labels
            and len(stripped) <= 150
        ):
            # "AIDES FACULTATIVES : REVALORISATION DU BARÈME": a heading in capitals, not a field
            flush()
            last, lines = number, [line]
            if (
                number < total
                and not stripped.endswith((".", ";", ":"))
                and _wrapped_capitals(source.line(number + 1).strip())
                and fold(re.split(r"[\s'’]", source.line(number + 1).strip())[0]) in _function_words()
            ):
                # "SANTÉ MENTALE : DES INFIRMIERS" / "DANS LES MAISONS DU DÉPARTEMENT": wrapped
                last += 1
                lines.append(source.line(last))
            text = clean_inline(" ".join(ln.strip() for ln in lines))
            blocks.append(Block("heading", number, last, text, level=2, lines=lines))
            number = last
            continue
        if labelled and (labelled[1] or stripped.rstrip("* ").endswith(":")):
            flush()
            fields = _column_fields(stripped, labels) or _split_fields(labelled[0], labelled[1], labels)
            start = number
            while labelled[1] and number < total and _value_goes_on(source, number, labels, text_width):
                number += 1  # "… 250 000 €" / "par le Département": the value wrapped at the width
                fields[-1] = (fields[-1][0], f"{fields[-1][1]} {clean_inline(source.line(number).strip())}")
            for n, (label, value) in enumerate(fields):
                last = number if n == len(fields) - 1 else start
                blocks.append(
                    field_block(
                        start,
                        last,
                        label,
                        value,
                        [source.line(k) for k in range(start, last + 1)],
                    )
                )
            continue
        if label_lines.get(number):
            # "Porteur        CCAS de Nevers", "Département Creuse (23) Année 2018": a box of
            # labels and values printed without colons, one or two columns a line
            flush()
            for label, value in label_lines[number]:
                blocks.append(field_block(number, number, label, value, [line]))
            column = line.find(label_lines[number][-1][1][:12])
            # ("Pourquoi ? Hors de Mauriac, … Les" / "habitants de …": a question's answer wrapped
            # at the text's width, not indented to a column)
            answered_below = label_lines[number][-1][0].rstrip().endswith("?")
            while number < total and number + 1 not in label_lines:
                following = source.line(number + 1)
                indent = len(following) - len(following.lstrip())
                wrapped_answer = (
                    answered_below
                    and bool(following.strip())
                    and _value_goes_on(source, number, labels, text_width)
                )
                if not wrapped_answer and (not following.strip() or indent < 8 or abs(indent - column) > 3):
                    break
                # "Avancement   Terminé en juin 2023, intégré au" / "              règlement …": the
                # value goes on, indented to its column
                number += 1
                continued = blocks[-1]
                more = following.strip()
                listed = _BOX_BULLET.match(continued.value or "") or re.search(
                    r"(?:\.{3,}|\s{2,})\s*[-•–▪◦*]\s+\S", continued.lines[0]
                )
                if _BOX_BULLET.match(more) and listed:
                    # "- Communauté d'agglomération …" / "- CAF de la Moselle": a list, a line each
                    items = [_BOX_BULLET.sub("", v) for v in (continued.value or "").split("\n")]
                    continued.value = "\n".join([*items, clean_inline(_BOX_BULLET.sub("", more))])
                else:
                    continued.value = f"{continued.value} {clean_inline(more)}"
                continued.text = f"{continued.label} : {continued.value}"
                continued.last = number
                continued.lines.append(following)
            continue
        words = stripped.split()
        if (
            not paragraph
            and len(words) > 1
            and fold(words[0]) in labels
            and not _field(stripped)
            and re.match(r"\S+\s+\d", stripped)  # "Coût 3 500 € par an", not "Statut de l'action"
            and len(stripped) <= 80  # a label run into its value, not a sentence ("Depuis 2020, les …")
            and not re.match(r"\S+\s+\d[\d\s]*,\s+[a-zà-ÿ]", stripped)
        ):
            # "Coût 3 500 € par an": a known label run into its value on one line
            flush()
            label, value = words[0], clean_inline(" ".join(words[1:]))
            blocks.append(
                Block("field", number, number, clean_inline(stripped), label=label, value=value, lines=[line])
            )
            continue
        outline_line = _OUTLINE_LINE.match(stripped)
        if (
            outline_line is not None
            and not line_paragraphs
            and len(stripped) <= 100
            # ("1.1<TAB>Title", "1.1.1   Permanences   6 000": a Word outline, a table's row)
            and not re.search(r"\t|\S\s{3,}\S|\s\d{1,3}$", line.strip())
            # (text with no blank line above it: set apart by a blank, the outline reads as it is)
            and number > 1
            and source.line(number - 1).strip()
            and not stripped.endswith((".", ",", ";", ":"))
            and (
                not paragraph or source.line(paragraph[-1]).rstrip().endswith((".", ":", "!", "?", "»", ")"))
            )
            and number < total
            and source.line(number + 1).strip()[:1].isupper()
        ):
            # "… une action de terrain." / "2.1.1 La pauvreté monétaire" / "Le taux …": a heading
            # numbered as an outline between paragraphs printed with no blank line between them
            flush()
            blocks.append(
                Block(
                    "heading",
                    number,
                    number,
                    clean_inline(stripped),
                    level=min(6, outline_line[1].count(".") + 2),
                    lines=[line],
                )
            )
            continue
        if (
            not paragraph
            and text_width
            and number < total
            and _heads_wrapped_text(line, source.line(number + 1), text_width)
        ):
            # "Contexte et genèse du projet" over the lines of its text, wrapped at the width:
            # a line ended on purpose, though the next word would have fit — a line of its own
            blocks.append(Block("paragraph", number, number, clean_inline(stripped), lines=[line]))
            continue
        paragraph.append(number)
        wrapped = wrap and len(line.rstrip()) >= wrap - _WRAP_SLACK
        if wrapped and wrap and number < total:
            # "Département des Pyrénées-Atlantiques (territoire du Pays basque)" over "Direction
            # de l'autonomie": the next line's first word would have fit, and it opens on a
            # capital — a line of its own, not a wrapped one
            after = source.line(number + 1).strip()
            first_word = after.split()[0] if after else ""
            if (
                first_word[:1].isupper()
                and len(line.rstrip()) + 1 + len(first_word) <= wrap - 2
                and not _ends_on_function_word(line)  # ("… avec le soutien du" / "Département …")
            ):
                wrapped = False
            if len(re.findall(r"\s[|·]\s", after)) >= 2 and not re.search(r"\s[|·]\s", line):
                # "Côtes-d'Armor | Conseil départemental | 2021" under a long title: a line of
                # facts parted by bars, no words of the line above
                wrapped = False
        if (
            line_paragraphs
            and not wrapped
            and not (number < total and _continues_value(source.line(number + 1)))
            # ("Retour sur la journée départementale du" / "REAAP à Manosque": no line ends so)
            and not (number < total and source.line(number + 1).strip() and _ends_on_function_word(line))
        ):
            flush()  # a line is an element, unless it was wrapped (at the width, or before lower case)
    flush()
    return _labels_over_values(
        source, _values_across_pages(source, _ticked_options(_hanging_headings_joined(blocks)))
    )


# "== Contexte ==": a heading as wikis and plain-text mails set it
_WIKI_HEADING = re.compile(r"(?P<signs>={2,6})\s*(?P<title>[^=\s][^=]{0,118}?)\s*(?P=signs)")
# "2.1 Les ressources des ménages", "3.2.1 Le parc social": an outline's number, a title
_OUTLINE_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+[A-ZÀ-Ý«\"]\S*(?:\s+\S+){0,14}$")


def _hanging_headings_joined(blocks: list[Block]) -> list[Block]:
    """ "UN RÉFÉRENT UNIQUE POUR" right over "LES FAMILLES MONOPARENTALES", both in capitals: a
    title wrapped at a word that cannot end it, one heading (not two)."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and above.kind == block.kind == "heading"
            and len(above.lines) == len(block.lines) == 1
            and block.first == above.last + 1
            and above.marker is None
            and block.marker is None
            and hanging(above.text)
            and not above.text.rstrip().endswith(":")
            and all(c.isupper() for c in above.text + block.text if c.isalpha())
        ):
            out[-1] = replace(
                above, last=block.last, text=f"{above.text} {block.text}", lines=[*above.lines, *block.lines]
            )
            continue
        out.append(block)
    return out


_LABELLED_LINE = re.compile(r"^\S[^:]{0,40}\s:\s+\S")


def _value_groups(texts: list[str]) -> list[list[int]]:
    """Lines of values copied out of a box in order, cut into one group a value: a line goes on
    the group above when the line above hangs, when it opens in lower case, or when both are
    bullets or both "Label : value" lines (one value's list)."""
    groups: list[list[int]] = []
    for n, text in enumerate(texts):
        above = texts[n - 1] if n else ""
        goes_on = n > 0 and (
            hanging(above)
            or text[:1].islower()
            or (_ITEM.match(text) is not None and _ITEM.match(above) is not None)
            or (_LABELLED_LINE.match(text) is not None and _LABELLED_LINE.match(above) is not None)
        )
        if goes_on:
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


def _labels_over_values(source: Source, blocks: list[Block]) -> list[Block]:
    """ "Pilote" / "Partenaires" / "Échéancier" then "Pôle …" / "CAF …" / "2025": a box of labels
    and values copied from a PDF reader column by column, the labels first, then the values in
    the same order. Read as fields when the values fall into as many groups as there are
    labels; left as they are otherwise (no guessing which value is whose)."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        run = k
        while (
            run < len(blocks)
            and blocks[run].kind == "field"
            and not blocks[run].value
            and blocks[run].first == blocks[run].last
        ):
            run += 1
        if run - k < 3:
            out.append(blocks[k])
            k += 1
            continue
        values: list[int] = []
        end = run
        # (a value's own "Logiciel : 12 000 €" lines are among them)
        while end < len(blocks) and (
            blocks[end].kind in ("item", "paragraph", "furniture")
            or (blocks[end].kind == "field" and blocks[end].value)
        ):
            if blocks[end].kind != "furniture":
                values += [
                    n for n in range(blocks[end].first, blocks[end].last + 1) if source.line(n).strip()
                ]
            end += 1
        texts = [source.line(n).strip() for n in values]
        groups = _value_groups(texts)
        labels = blocks[k:run]
        if len(groups) != len(labels):
            out += blocks[k:run]
            k = run
            continue
        furniture = [b for b in blocks[run:end] if b.kind == "furniture"]
        for n, (label, group) in enumerate(zip(labels, groups, strict=True)):
            lines = [values[g] for g in group]
            parts = [texts[g] for g in group]
            listed = len(parts) > 1 and all(_ITEM.match(t) or _LABELLED_LINE.match(t) for t in parts)
            value = "\n".join(clean_inline(t) for t in parts) if listed else clean_inline(" ".join(parts))
            first = label.first if n == 0 else lines[0]  # (the run of labels goes with the first)
            raw = [source.line(m) for m in range(first, lines[-1] + 1)]
            out += [b for b in furniture if first <= b.first <= lines[-1]]
            out.append(field_block(first, lines[-1], label.label or label.text, value, raw))
        out += [b for b in furniture if b.first > values[-1]]
        k = end
    return out


def _values_across_pages(source: Source, blocks: list[Block]) -> list[Block]:
    """ "Partenaires     MSA …, équipes" / page foot, page head / "     citoyennes …, clubs …": a
    value column cut by a page break, its lines going on at the value's own indent on the next
    page under no label — the field's value, not a paragraph."""
    out: list[Block] = []
    for block in blocks:
        k = len(out) - 1
        while k >= 0 and out[k].kind == "furniture":
            k -= 1
        field_ = out[k] if k >= 0 else None
        if (
            block.kind == "paragraph"
            and field_ is not None
            and field_.kind == "field"
            and k < len(out) - 1  # (page furniture between them)
            and field_.last > field_.first
            and field_.value
            and not field_.value.rstrip().endswith((".", ";", ":", "!", "?"))
        ):
            indent = len(source.line(field_.last)) - len(source.line(field_.last).lstrip())
            here = len(source.line(block.first)) - len(source.line(block.first).lstrip())
            if indent >= 8 and here == indent and block.text[:1].islower():
                out[k] = field_block(
                    field_.first,
                    block.last,
                    field_.label or "",
                    f"{field_.value} {block.text}",
                    [*field_.lines, *block.lines],
                    field_.level,
                )
                continue
        out.append(block)
    return out


# "Action n° 5 – De l'aide d'urgence à l'épicerie. Les colis …": a numbered heading run into its
# text, the title ending at the first sentence's end
_RUN_IN = re.compile(
    r"^(?P<head>\W{0,3}[^\W\d][^\d.!?]{1,30}?\d{1,3}(?:\.\d{1,2})*\s*[–—:.)-]\s+)"
    r"(?P<title>[^.!?]{3,160}?)[.!?]\s+(?P<rest>[A-ZÀ-Ý«(].*)$"
)


def run_in_headings(blocks: list[Block]) -> list[Block]:
    """Paragraphs (or headings read whole) opening on a numbered heading word, its number, a
    title closed by a full stop, then the text — three or more alike: each a heading and its
    paragraph, as the document means them."""
    found: list[tuple[int, re.Match[str], tuple[str, str, int]]] = []
    for n, block in enumerate(blocks):
        if (
            block.kind not in ("paragraph", "heading")
            or not block.lines
            or block.lines[0].lstrip().startswith("**")
        ):
            continue  # ("**Action 1. Title.** Text": a bold run-in title, read as such elsewhere)
        numbered = numbered_heading(clean_inline(block.lines[0].strip()))
        run_in = _RUN_IN.match(block.text) if numbered is not None else None
        if numbered is not None and run_in is not None and numbered[2] > 0:
            found.append((n, run_in, numbered))
    markers = Counter(marker for _, _, (marker, _, _) in found)
    found = [f for f in found if markers[f[2][0]] >= 3]  # (the document's way for that word)
    if not found:
        return blocks
    out = list(blocks)
    split = {n for n, _, _ in found}
    for n, run_in, (marker, number, rank) in reversed(found):
        block = blocks[n]
        title = f"{run_in['head']}{run_in['title']}".strip()
        heading = Block(
            "heading",
            block.first,
            block.first,
            title,
            level=rank,
            marker=marker,
            number=number,
            lines=block.lines[:1],
        )
        rest = Block("paragraph", block.first, block.last, run_in["rest"], lines=block.lines)
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if (
            block.kind == "heading"
            and following is not None
            and following.kind == "paragraph"
            and following.first == block.last + 1
            and n + 1 not in split
        ):
            # (a heading read whole over the lines of its paragraph: one paragraph again)
            rest = Block(
                "paragraph",
                block.first,
                following.last,
                f"{rest.text} {following.text}",
                lines=block.lines + following.lines,
            )
            out[n : n + 2] = [heading, rest]
            continue
        out[n : n + 1] = [heading, rest]
    return out


# a form's check box, ticked or not: "☒", "☐", "[X]", "[ ]"
_CHECK_BOX = re.compile(r"[☐☒☑]|\[\s?[xX]?\s?\]")
_LABEL_OVER_BOXES = re.compile(
    r"^(?P<label>[^\W\d][^:\[\]☐☒☑]{1,80}?)\s*:\s*(?P<boxes>(?:[☐☒☑]|\[\s?[xX]?\s?\]).*)$"
)
_TICKED = re.compile(r"^(?:[☒☑]|\[\s?[xX]\s?\])$")


def ticked(text: str) -> str | None:
    """The ticked options of a line of check boxes ("[x] Commune  [ ] Département" → "Commune"),
    "" when none is; None when the line is no line of boxes."""
    if not _CHECK_BOX.match(text.strip()):
        return None
    boxes = list(_CHECK_BOX.finditer(text))
    options = [
        (box[0], text[box.end() : boxes[n + 1].start() if n + 1 < len(boxes) else len(text)])
        for n, box in enumerate(boxes)
    ]
    return ", ".join(
        cleaned
        for box, option in options
        if _TICKED.match(box) and (cleaned := re.sub(r"\s*[.…]{3,}\s*", " ", option).strip(" :;,"))
    )


def _ticked_options(blocks: list[Block]) -> list[Block]:
    """A form's options ("☐ À engager   ☒ En cours   ☐ Réalisée", "☐ Sans incidence
    financière"): a paragraph or a field's value made of check boxes says what is ticked, never
    what is not — it reads as its ticked options only, and as no text when none is."""
    out = []
    for k, block in enumerate(blocks):
        text = block.value if block.kind == "field" else block.text
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and len(_CHECK_BOX.findall(text or "")) == 1
            and _CHECK_BOX.match((text or "").strip())
            and following is not None
            and following.first == block.last + 1
            and following.lines
            and len(following.lines[0]) - len(following.lines[0].lstrip()) >= 2
        ):
            # "☐ Visites de convivialité …" over its indented tags: a to-do list's task, done or
            # not — an item, not a form's option
            out.append(replace(block, text=_CHECK_BOX.sub("", text or "", count=1).strip()))
            continue
        tasks = [
            _CHECK_BOX.sub("", line, count=1).strip()
            for line in block.lines
            if len(_CHECK_BOX.findall(line)) == 1 and _CHECK_BOX.match(line.strip())
        ]
        if (
            block.kind == "paragraph"
            and len(block.lines) >= 2
            and len(tasks) == len(block.lines)
            and sum(len(t) for t in tasks) >= 25 * len(tasks)
        ):
            # "[ ] Relancer par courrier les personnes inscrites …" line after line: a checklist of
            # tasks, each an item of the list (a form's options are short words)
            out.extend(
                Block("item", block.first + n, block.first + n, clean_inline(task), lines=[block.lines[n]])
                for n, task in enumerate(tasks)
            )
            continue
        asked = _LABEL_OVER_BOXES.match(text or "") if block.kind == "paragraph" else None
        if asked is not None:
            # "Thématique(s) :" over "[x] Accès aux droits  [ ] Logement …": the label's options
            block = field_block(block.first, block.last, asked["label"], asked["boxes"], block.lines)
            text = block.value
        if block.kind not in ("paragraph", "field") or not text or not _CHECK_BOX.match(text.strip()):
            out.append(block)
            continue
        boxes = list(_CHECK_BOX.finditer(text))
        options = [
            (box[0], text[box.end() : boxes[n + 1].start() if n + 1 < len(boxes) else len(text)])
            for n, box in enumerate(boxes)
        ]
        ticked = [
            cleaned
            for box, option in options
            if _TICKED.match(box) and (cleaned := re.sub(r"\s*[.…]{3,}\s*", " ", option).strip(" :;,"))
        ]
        if block.kind == "field":
            out.append(replace(block, value=", ".join(ticked)))
        elif ticked:
            out.append(replace(block, text=", ".join(ticked)))
        else:
            out.append(replace(block, kind="furniture"))
    return out


def _gap_after(line: str, tokens: list, start: tuple[int, int]) -> int:
    """The spaces between a label (first token, token count) and the word after it."""
    k, size = start
    if k + size >= len(tokens):
        return 0
    return tokens[k + size].start() - tokens[k + size - 1].end()


def _label_value_fields(line: str, labels: frozenset[str]) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a line that opens on a known label followed by its value,
    without a colon: "Statut         En cours", "Porteur Association X Statut Pérennisé" (a
    second column's label starts a new pair when it follows a wide gap, or a single space and
    no article: "mandatée par le Département" keeps "Département" in the value)."""
    tokens = list(re.finditer(r"\S+", line))
    if len(tokens) < 2:
        return None
    # (the pairs count only when a label opens the line: look there first, and no further when
    # none does — most lines of a document)
    if not any(
        size < len(tokens)
        and not any(tokens[j + 1].start() - tokens[j].end() >= 2 for j in range(size - 1))
        and fold(" ".join(t[0] for t in tokens[:size])) in labels
        for size in (4, 3, 2, 1)
    ):
        return None
    function_words = _function_words()
    starts: list[tuple[int, int]] = []  # (first token, token count) of each label
    k = 0
    while k < len(tokens):
        found = 0
        for size in (4, 3, 2, 1):
            wide = any(  # a label never spans a column gap ("Lancement      Prévu en 2026")
                tokens[j + 1].start() - tokens[j].end() >= 2 for j in range(k, min(k + size, len(tokens)) - 1)
            )
            if (
                not wide
                and k + size < len(tokens)
                and fold(" ".join(t[0] for t in tokens[k : k + size])) in labels
            ):
                found = size
                break
        if found:
            gap = line[tokens[k - 1].end() : tokens[k].start()] if k else ""
            # a box set with wide gaps ("Partenaires        Association Budget Plus 71") opens its
            # next column after a wide gap only: a label word inside a value is the value's
            spaced = bool(starts) and starts[0][0] == 0 and _gap_after(line, tokens, starts[0]) >= 2
            opens = (
                k == 0
                or len(gap) >= 2
                or (
                    # in a box set with wide gaps, a label after a single space opens a column
                    # only when a wide gap follows it too ("… départementales Statut   En cours")
                    (not spaced or _gap_after(line, tokens, (k, found)) >= 2)
                    and tokens[k][0][:1].isupper()
                    and fold(tokens[k - 1][0]) not in function_words
                )
            )
            value_start = tokens[k + found][0][:1]
            right_after_label = bool(starts) and k == starts[-1][0] + starts[-1][1]
            if (
                opens
                and not right_after_label  # "Territoire   Département des Hautes-Alpes": the value
                and (value_start.isupper() or value_start.isdigit() or len(gap) >= 2 or k == 0)
            ):
                starts.append((k, found))
                k += found
                continue
        k += 1
    if not starts or starts[0][0] != 0:
        return None
    first_value = tokens[starts[0][1]][0][:1]
    gap_after_label = line[tokens[starts[0][1] - 1].end() : tokens[starts[0][1]].start()]
    asked = tokens[starts[0][1] - 1][0].endswith("?")  # "Où en est-on ? généralisé": its own colon
    if not (first_value.isupper() or first_value.isdigit() or len(gap_after_label) >= 2 or asked):
        return None  # "Contact avec les familles …": a sentence, not a label and its value
    if (
        len(gap_after_label) < 2
        and not asked
        and (
            fold(tokens[starts[0][1]][0]) in function_words  # "DÉPARTEMENT DU TARN": a name
            or (line.rstrip().endswith(".") and len(line) > 60)  # "Depuis 2020, les …": a sentence
        )
    ):
        return None
    pairs = []
    for n, (k, size) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(tokens)
        if end <= k + size:
            return None
        label = re.sub(r"\s+[—–-]+$", "", " ".join(t[0] for t in tokens[k : k + size]))  # "Porteur —"
        value = line[tokens[k + size].start() : tokens[end - 1].end()]
        pairs.append((label, clean_inline(" ".join(value.split()))))
    return pairs


_COLUMN_PAIR = re.compile(
    r"^(?P<indent>\s*)(?P<label>[A-ZÀ-Ý][^\s:|]*(?: [^\s:|]+){0,4})\s{3,}(?P<value>\S.*)$"
)


def _column_box_lines(source: Source) -> dict[int, list[tuple[str, str]]]:
    """A box of two columns set with spaces (a PDF read with its layout): three or more lines
    "Label      value" whose values start at one column, a value going on below indented to that
    column, a label wrapped onto the next line in its own column ("Service" / "pilote"), the
    rows spaced out by blank lines or not. Labels need not be known: the layout says they are
    labels. A line with a second wide gap is a row of a wider table, a bare number a page
    reference. Lines that go on a wrapped label's row are marked with no pair: their text is
    in the row's label and value already."""
    found: dict[int, list[tuple[str, str]]] = {}
    run: list[_BoxRow] = []
    blank = False  # a blank line since the last row's last line

    def close() -> None:
        if len(run) >= 3 and len({row.column for row in run}) <= 2:
            for row in run:
                if any(wrapped for wrapped, _ in row.extra):
                    parts = [row.value, *(part for (_, part) in row.extra if part)]
                    if all(_BOX_BULLET.match(part) for part in parts):  # "- Siel Bleu" / "- Carsat …"
                        value = " ; ".join(_BOX_BULLET.sub("", part) for part in parts)
                    else:
                        value = " ".join(parts)
                    found[row.number] = [(row.label, clean_inline(value))]
                    found.update({n: [] for n in row.lines[1:]})
                else:  # the value's own lines are read by the caller, indented to its column
                    found[row.number] = [(row.label, row.value)]
        run.clear()

    for number, line in enumerate(source.lines, 1):
        match = _COLUMN_PAIR.match(line.rstrip())
        value = match["value"] if match else ""
        if (
            match
            and not re.search(r"\S\s{3,}\S", value)  # one gap: two columns, not a wider table
            and not re.fullmatch(r"[\d\s.,]+", value)  # "Avant-propos      3": a page number
            and len(match["label"]) <= 40
        ):
            column = match.start("value")
            if run and abs(column - run[-1].column) > 1:
                close()
            run.append(_BoxRow(number, match["label"], value.strip(), column, len(match["indent"])))
            blank = False
            continue
        if not line.strip():
            blank = True  # a box may space its rows out: the next row says whether it goes on
            continue
        indent = len(line) - len(line.lstrip())
        row = run[-1] if run else None
        tail = _LABEL_TAIL.match(line.rstrip())
        if (
            row is not None
            and not blank
            and tail is not None
            and abs(indent - row.indent) <= 1
            and (not tail["value"] or abs(tail.start("value") - row.column) <= 1)
        ):
            # "Service" / "pilote", "Budget" / "prévisionnel      social, supports …": the label
            # wrapped in its column, the value going on beside it
            row.label = f"{row.label} {tail['label']}"
            row.lines.append(number)
            row.extra.append((True, tail["value"] or ""))
            continue
        if row is not None and not blank and abs(indent - row.column) <= 1:
            row.lines.append(number)  # the value above goes on, indented to its column
            row.extra.append((False, line.strip()))
            continue
        close()
        blank = False
    close()
    return found


@dataclass
class _BoxRow:
    number: int
    label: str
    value: str
    column: int  # where the value starts
    indent: int  # where the label starts
    lines: list[int] = field(default_factory=list)  # the row's lines, its first included
    extra: list[tuple[bool, str]] = field(default_factory=list)  # (a label's line?, value text) below

    def __post_init__(self) -> None:
        self.lines = [self.number]


_BOX_BULLET = re.compile(r"^[-•–▪◦*]\s+")
# a label's second line in its column ("pilote", "d'évaluation"), and the value going on beside it
_LABEL_TAIL = re.compile(r"^\s*(?P<label>[a-zà-ÿ'’][^\s:|]*(?: [^\s:|]+){0,2})(?:\s{3,}(?P<value>\S.*))?$")


_DASH_PAIR = re.compile(r"^(?P<label>[A-ZÀ-Ý](?:(?!\s\s)[^—–:|]){1,40}?)\s+[—–]\s+(?P<value>\S.*)$")


def _form_runs(source: Source, labels: frozenset[str]) -> tuple[dict[int, tuple[str, int | None]], set[int]]:
    """A form extracted as text: its printed labels as a run of lines ("Structure porteuse",
    "Territoire", "Date de démarrage" …), then the values filled in as a run of as many lines or
    a few fewer (an empty field prints nothing). Each label line → its label and its value's line
    (None when left empty); and the value lines. A date label takes a value holding a date, and
    a value that is only a date goes to a date label: so the empty fields are placed."""
    if not labels:
        return {}, set()
    lines = source.lines
    total = len(lines)
    found: dict[int, tuple[str, int | None]] = {}
    values: set[int] = set()

    def short(n: int) -> bool:
        text = lines[n - 1].strip()
        return 0 < len(text) <= 45 and ":" not in text and not text.endswith((".", ",", ";"))

    def known(n: int) -> bool:
        return fold(lines[n - 1].strip().strip("* ")) in labels

    number = 1
    while number <= total:
        if not (short(number) and lines[number - 1].strip()):
            number += 1
            continue
        run = [number]
        while run[-1] < total and short(run[-1] + 1):
            run.append(run[-1] + 1)
        told = sum(1 for n in run if known(n))
        after = run[-1] + 1
        while after <= total and not lines[after - 1].strip():
            after += 1
        filled = []
        at = after
        while at <= total and lines[at - 1].strip() and not known(at):
            filled.append(at)
            at += 1
        if (
            len(run) >= 4
            and told >= 3
            and told * 10 >= len(run) * 6
            and after > run[-1] + 1  # (a blank line between the two runs)
            and len(run) - 2 <= len(filled) <= len(run)
            and (at > total or not lines[at - 1].strip())
        ):
            pairs = _fill_form(
                [lines[n - 1].strip().strip("* ") for n in run], [lines[n - 1].strip() for n in filled]
            )
            if pairs is not None:
                for n, which in zip(run, pairs, strict=True):
                    found[n] = (
                        lines[n - 1].strip().strip("* "),
                        filled[which] if which is not None else None,
                    )
                values.update(filled)
                number = at
                continue
        number = run[-1] + 1
    return found, values


def _fill_form(labels: list[str], values: list[str]) -> list[int | None] | None:
    """Each label's value (its index) or None, in order; the labels left empty chosen so that
    every date label gets a dated value and no bare date goes elsewhere (None if no choice fits)."""
    data = load_reference("document")
    date_words = {fold(w) for w in data["date_label_words"]}
    months = "|".join(re.escape(fold(m)) for m in data["months"])
    dated = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{months})\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}")
    only_date = re.compile(
        rf"^(?:(?:le|en|depuis|des)\s+)?(?:\d{{1,2}}\s+|1er\s+)?(?:(?:{months})\s+)?(?:19|20)\d\d$|^\d{{1,2}}/\d{{1,2}}/\d{{2,4}}$"
    )

    def fits(label: str, value: str) -> bool:
        asks_date = bool(set(fold(label).split()) & date_words)
        value = fold(value)
        return bool(dated.search(value)) if asks_date else not only_date.match(value)

    from itertools import combinations

    for empty in combinations(range(len(labels)), len(labels) - len(values)):
        kept = [n for n in range(len(labels)) if n not in empty]
        if all(fits(labels[n], values[i]) for i, n in enumerate(kept)):
            order = iter(range(len(values)))
            return [None if n in empty else next(order) for n in range(len(labels))]
    return None


def _label_value_lines(source: Source, labels: frozenset[str]) -> dict[int, list[tuple[str, str]]]:
    """Lines of label/value boxes without colons, found as runs of at least two consecutive
    such lines (one line alone could be a sentence opening on a label word)."""
    if not labels:
        return {}
    found: dict[int, list[tuple[str, str]]] = {}
    run: list[tuple[int, list[tuple[str, str]]]] = []

    def close() -> None:
        known = sum(
            1
            for _, pairs in run
            for label, _ in pairs
            if label_key(dict.fromkeys(labels, ""), label) is not None
        )
        # a known question is its own colon ("Où en est-on ? généralisé en 2018"), alone too
        asked = len(run) == 1 and known == 1 and run[0][1][0][0].rstrip().endswith("?")
        if (len(run) >= 2 and known >= 2) or asked:
            found.update(run)
        run.clear()

    skip = 0
    for number, line in enumerate(source.lines, 1):
        stripped = line.strip()
        if not stripped or number <= skip:
            continue  # a box may space its lines out: a blank line does not end it
        hung = _hung_value(source, number, labels, run)
        if hung is not None:
            # "Porteur" alone, its value on the next line, inside a box of "Label   value" lines
            run.append((number, [(stripped, clean_inline(source.line(hung).strip()))]))
            run.append((hung, []))
            skip = hung
            continue
        # a colon inside the value ("État      montée en charge : 140 jeunes") is the value's
        gap = re.search(r"\S\s{2,}\S", stripped)
        colon = stripped.find(":")
        colon_free = colon < 0 or colon >= 40 or (gap is not None and gap.start() < colon)
        pairs = (
            _label_value_fields(stripped, labels)
            if colon_free and len(stripped) <= 200 and not stripped.startswith(("|", "#"))
            else None
        )
        dashed = _DASH_PAIR.match(stripped)
        if dashed and len(dashed["label"].split()) <= 4 and (not pairs or pairs[0][1].startswith(("—", "–"))):
            # "Lancement prévu — janvier 2036" / "Porteur — Ville de …": a box of labels and
            # values set apart by a dash (kept when the box holds two labels the family knows)
            pairs = [(dashed["label"].strip(), clean_inline(dashed["value"]))]
        if pairs:
            run.append((number, pairs))
        elif not (
            run
            and (
                len(line) - len(line.lstrip()) >= 8
                # (under a row whose label is set as one, capitalised: "Pilotage", never a
                # sentence's "référent ASE peut …" in a column of prose)
                or (
                    run[-1][0] == number - 1
                    and bool(run[-1][1])
                    and run[-1][1][0][0][:1].isupper()
                    and _goes_on_below(source, number)
                )
            )
        ):
            # (a value going on below, indented to its column or wrapped at the margin in lower
            # case, "Pilotage   Direction … – service" / "logement et prévention", does not end
            # the box)
            close()
    close()
    return found


def _goes_on_below(source: Source, number: int) -> bool:
    """A line opening in lower case under a line left unfinished (no full stop), the last of
    its kind: the wrapped end of the value above."""
    above = source.line(number - 1).rstrip() if number > 1 else ""
    below = source.line(number + 1).strip() if number < len(source) else ""
    return (
        source.line(number).strip()[:1].islower()
        and bool(above)
        and not above.endswith((".", "!", "?"))
        and not below[:1].islower()  # (one line: a value's wrapped end; prose runs on)
    )


def _hung_value(
    source: Source, number: int, labels: frozenset[str], run: list[tuple[int, list[tuple[str, str]]]]
) -> int | None:
    """The line holding the value of a known label set alone on its line inside a box of
    label/value lines (the box goes on above or below it), or None."""
    stripped = source.line(number).strip()
    if len(stripped) > 40 or fold(stripped) not in labels or _is_capitals(stripped):
        return None  # (a label in capitals over its value is read as such by the block builder)
    following = number + 1
    if following > len(source) or not source.line(following).strip():
        return None
    value = source.line(following).strip()
    if fold(value) in labels or _label_value_fields(value, labels) or _field(value) or _is_capitals(value):
        return None
    after = source.line(following + 1).strip() if following < len(source) else ""
    boxed_below = bool(after) and _label_value_fields(after, labels) is not None
    return following if (run and run[-1][0] >= number - 2) or boxed_below else None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("document")["function_words"])


def _ends_on_function_word(line: str) -> bool:
    """ "… avec le soutien du": a line that cannot end a sentence or a title, its words going on
    below."""
    words = re.split(r"[\s'’]", line.rstrip())
    return len(words) >= 2 and fold(words[-1]) in _function_words()


def _continues_value(line: str) -> bool:
    """A line that goes on with the value above it: it opens in lower case and is neither a
    list item nor a field of its own ("par le Département", "part des inscrits …")."""
    stripped = line.strip()
    return (
        bool(stripped)
        and stripped[0].islower()
        and not _ITEM.match(line)
        and _field(stripped) is None
        and not stripped.startswith("|")
    )


def _continues_after_hang(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and not _ITEM.match(line)
        and _field(stripped) is None
        and not stripped.startswith(("|", "#"))
        and not _is_capitals(stripped)
    )


_WRAP_SLACK = 25  # a line this close to the text's width was wrapped there, not ended


_HTML_ROW = re.compile(r"<tr\b[^>]*>(?P<cells>.*?)</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(?P<text>.*?)</t[hd]\s*>", re.IGNORECASE | re.DOTALL)


# "<dt>Lancement</dt><dd>Mars 2019</dd>": a definition list's term and description, one row
_HTML_TERM = re.compile(
    r"(?P<cells><dt\b[^>]*>.*?</dt>\s*(?:<dd\b[^>]*>.*?</dd>\s*)+)", re.IGNORECASE | re.DOTALL
)
_HTML_DEFINITION = re.compile(r"<d[td]\b[^>]*>(?P<text>.*?)</d[td]>", re.IGNORECASE | re.DOTALL)


def _html_table(source: Source, first: int) -> tuple[list[list[str]], list[tuple[int, int]], int] | None:
    """The rows of an HTML table from its "<table>" line to its "</table>" line (cells cleaned of
    their tags, "<br/>" and list items kept as line breaks), the lines each row spans, and the
    last line; a definition list ("<dl><dt>Lancement</dt><dd>Mars 2019</dd>…</dl>") is read as
    a table of two columns, a term and its description a row."""
    closing = "</dl" if source.line(first).lstrip().lower().startswith("<dl") else "</table"
    last = first
    while last <= len(source) and closing not in source.line(last).lower():
        last += 1
        if last - first > 400:
            return None
    if last > len(source):
        return None
    text, starts = "", []
    for n in range(first, last + 1):
        starts.append((len(text), n))
        text += source.line(n) + "\n"

    def line_at(offset: int) -> int:
        return max(n for at, n in starts if at <= offset)

    rows: list[list[str]] = []
    spans: list[tuple[int, int]] = []
    pattern, cell_pattern = (_HTML_TERM, _HTML_DEFINITION) if closing == "</dl" else (_HTML_ROW, _HTML_CELL)
    for row in pattern.finditer(text):
        cells = [
            "\n".join(
                clean_inline(re.sub(r"<[^>]+>", "", part)).strip()
                for part in re.split(r"<br\s*/?>|</li>\s*<li[^>]*>", cell["text"], flags=re.IGNORECASE)
            ).strip()
            for cell in cell_pattern.finditer(row["cells"])
        ]
        if cells:
            rows.append([html_unescape(c) for c in cells])
            spans.append((line_at(row.start()), line_at(row.end() - 1)))
    return (rows, spans, last) if rows else None


def _bracket_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("(") and stripped.rstrip(" .,;").endswith(")") and ")" not in stripped[:-1]


def _between_fields(source: Source, number: int, labels: frozenset[str]) -> bool:
    """ "Partenaires : A ; France Alzheimer" / "Maine-et-Loire ; B" / "Évaluation : C": a line with
    no label of its own, at the fields' indent, between two fields — the value above, wrapped."""
    if number >= len(source):
        return False
    line, above, below = source.line(number), source.line(number - 1), source.line(number + 1)
    indent = len(line) - len(line.lstrip())
    return (
        _continues_after_hang(line)
        # ("Où en est-on ?" over "En cours : 64 familles": a label of its own over its value)
        and fold(line.strip(" *:?")) not in labels
        and not line.rstrip().endswith(("?", ":"))
        and _field(below.strip()) is not None
        and not _ITEM.match(below)
        and indent == len(below) - len(below.lstrip()) == len(above) - len(above.lstrip())
        and not above.rstrip().endswith((".", ":"))
        # the line above was long enough to wrap; this one opens on a word, no label, no cell
        and len(above.strip()) >= 70
        and line.strip()[:1].isalpha()
        and " | " not in line
        and not any(fold(line.strip()).startswith(label + " ") for label in labels)
        and len(line.strip()) < len(above.strip())
    )


def _wrapped_in_box(source: Source, number: int, labels: frozenset[str]) -> bool:
    """ "Partenaires : Région" / "Auvergne-Rhône-Alpes, association": in a narrow box, the next
    line's first word would not have fit on this one — the value wrapped at the box's width, not
    ended (the box's width: its longest line, the box being the lines between two blank ones)."""
    line, following = source.line(number), source.line(number + 1)
    after = following.strip()
    if not after or not _continues_after_hang(following) or line.rstrip().endswith((".", ";", ":", "!", "?")):
        return False
    if fold(after.strip(" *:?")) in labels or any(fold(after).startswith(label + " ") for label in labels):
        return False
    first, last = number, number + 1
    while first > 1 and number - first < 15 and source.line(first - 1).strip():
        first -= 1
    while last < len(source) and last - number < 15 and source.line(last + 1).strip():
        last += 1
    if last - first < 3:
        return False  # no box to measure
    width = max(len(source.line(k).rstrip()) for k in range(first, last + 1) if k != number)
    # (a line as long as the box's others could be its longest: no wrap to be read from it)
    return len(line.rstrip()) < width - 5 and len(line.rstrip()) + 1 + len(after.split()[0]) > width


def _piped_facts(
    source: Source, first: int, labels: frozenset[str]
) -> tuple[int, list[tuple[str, str]]] | None:
    """A paragraph of labelled facts parted by bars ("Label : value | Label : value"), wrapped
    over its lines: its last line and its (label, value) pairs — when every part is a field the
    family knows."""
    last = first
    while last < len(source) and source.line(last + 1).strip() and last - first < 6:
        following = source.line(last + 1).strip()
        if _ITEM.match(following) or following.startswith(("|", "#", ">")):
            break
        last += 1
    if last == first:
        return None  # one line: the line readers take it
    text = " ".join(clean_inline(source.line(k).strip()) for k in range(first, last + 1))
    parts = [p.strip() for p in re.split(r"\s*\|\s*", text) if p.strip()]
    pairs = [_field(p) for p in parts]
    if len(parts) < 2 or any(p is None or fold(p[0]) not in labels or not p[1] for p in pairs):
        return None
    return last, [p for p in pairs if p is not None]


@lru_cache(maxsize=1)
def _accordion_mark() -> re.Pattern[str]:
    marks = "|".join(
        re.escape(m) for m in sorted(load_reference("document")["accordion_marks"], key=len, reverse=True)
    )
    return re.compile(rf"^\s*(?:{marks})\s+(\S.{{1,98}})$")


def _accordion_lines(source: Source) -> dict[int, str]:
    """The entries of a page's collapsible blocks ("▸ Pour quel public ?" alone between blank
    lines, its answer below), each its title: three or more, each over text of its own (a loose
    list's bullets follow one another)."""
    mark = _accordion_mark()
    total = len(source)

    def blank(n: int) -> bool:
        return n < 1 or n > total or not source.line(n).strip()

    found: dict[int, str] = {}
    for n in range(1, total + 1):
        line = source.line(n)
        if not line or line.lstrip()[:1] not in "▸▹►▶▷❯▾▼⊕[+":
            continue
        matched = mark.match(line)
        if matched is None or not blank(n - 1):
            continue
        text = clean_inline(matched[1]).strip()
        # ("▸ Action 1.2 – Title" right over its content, as a page saved in reader mode sets an
        # unfolded entry: a numbered heading needs no blank line under it)
        if not blank(n + 1) and numbered_heading(text) is None:
            continue
        if not text or text[-1] in ".;," or not (text[0].isupper() or text[0].isdigit()):
            continue
        after = next((k for k in range(n + 1, total + 1) if source.line(k).strip()), None)
        if after is None or mark.match(source.line(after)):
            continue
        found[n] = text
    # (the same marked line on page after page is a sub-theme running over them, not entries)
    return found if len(found) >= 3 and len({fold(v) for v in found.values()}) == len(found) else {}


@lru_cache(maxsize=1)
def _toggle_words() -> tuple[frozenset[str], frozenset[str]]:
    """The toggles' words (folded) and their signs ("+", "▾": no word to fold)."""
    toggles = load_reference("document")["accordion_toggles"]
    return frozenset(fold(w) for w in toggles if fold(w)), frozenset(w for w in toggles if not fold(w))


def _toggled_titles(source: Source) -> dict[int, int]:
    """A page's collapsible entries saved with their buttons ("Title" / "Afficher le détail" /
    its text): {title line: button line}. The button right under a short line that ends no
    sentence, two of them or more on the page (one "+" is an operator, not a page's control)."""
    words, marks = _toggle_words()

    def toggle(line: str) -> bool:
        folded = fold(line).strip(" .")
        return line in marks if not folded else folded in words

    found: dict[int, int] = {}
    for n in range(2, len(source) + 1):
        line = source.line(n).strip()
        if not line or len(line) > 30 or not toggle(line):
            continue
        title = clean_inline(source.line(n - 1).strip())
        after = next((k for k in range(n + 1, min(len(source), n + 3) + 1) if source.line(k).strip()), None)
        if (
            title
            and 3 <= len(title) <= 160
            and title[-1] not in ".;,:"
            and (title[0].isupper() or title[0].isdigit())
            and after is not None
            and not toggle(source.line(after).strip())
        ):
            found[n - 1] = n
    return found if len(found) >= 2 else {}


def _front_matter(source: Source, first: int = 1) -> tuple[int, list[Block]] | None:
    """A YAML front matter (a site generator's page: "---" lines around "key: value" lines): its
    last line, and its title as a heading and its other keys as fields. At the top of the file,
    any keys; further down (pages of a site exported one after another, each with its own front
    matter), only after a blank line and with a site's keys ("departement:", "annee:"), so that
    text between two rules is never taken for one."""
    if first + 2 > len(source) or source.line(first).strip() != "---":
        return None
    # (after a blank line, or after a converter's comment naming the page's file: "<!-- fichier :
    # actions/axe-1/01-accueil.md -->")
    if (
        first > 1
        and source.line(first - 1).strip()
        and not re.fullmatch(r"<!--.*-->", source.line(first - 1).strip())
    ):
        return None
    end = next(
        (n for n in range(first + 1, min(len(source), first + 79) + 1) if source.line(n).strip() == "---"),
        None,
    )
    if end is None or end < first + 2:
        return None
    inner = [source.line(n) for n in range(first + 1, end)]
    if first > 1 and not all(
        not line.strip() or _SITE_KEY.match(line) or line.startswith((" ", "\t")) for line in inner
    ):
        return None
    import yaml  # (only for pages that carry a front matter)

    try:
        data = yaml.safe_load("\n".join(inner))
    except yaml.YAMLError:
        return None
    if (
        not isinstance(data, dict)
        or not all(isinstance(k, str) for k in data)
        or (first > 1 and len(data) < 2)
    ):
        return None
    lines = [source.line(n) for n in range(first, end + 1)]
    technical = _site_keys()
    blocks: list[Block] = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            # ("contacts:" / "- nom: …" / "courriel: …": a list of records, each a field of its
            # own, its values in a row — "Contact : Solène … – relais@… – 04 …")
            for member in value:
                row = " – ".join(
                    " ".join(str(v).split()) for v in member.values() if v is not None and str(v).strip()
                )
                if row:
                    blocks.append(field_block(first, end, key, row, lines))
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None)
        if value is None or isinstance(value, dict) or not str(value).strip():
            continue
        text = " ".join(str(value).split())
        if fold(key) in ("title", "titre"):
            blocks.insert(0, Block("heading", first, end, text, level=1, lines=lines))
        elif first == 1 or fold(key) not in technical:
            # (further down, "layout: fiche", "permalink: /…" are the site's, not the page's facts)
            blocks.append(field_block(first, end, key, text, lines))
    return (end, blocks) if blocks else None


_SITE_KEY = re.compile(r"^[A-Za-z_][\w-]{0,30}\s*:(?:\s|$)")
# "budget_annuel: 12000", "pilote: Service Logement": a key as data is written, then its value
_DATA_KEY = re.compile(r"^(?P<key>[a-zà-ÿ][a-zà-ÿ_]{1,30}):\s+(?P<value>\S.*)$")


def _furniture_lines(source: Source, first: int, last: int) -> list[Block]:
    """Lines first..last, each a block of page furniture (no text of the document)."""
    return [
        Block("furniture", k, k, source.line(k).strip(), lines=[source.line(k)])
        for k in range(first, last + 1)
        if source.line(k).strip()
    ]


def _code_fence_end(source: Source, first: int) -> int | None:
    """The closing line of a fenced block of code in a language document.yaml
    `code_fence_languages` names ("```mermaid", "```{r}", "```python"), if line first opens one."""
    opened = re.fullmatch(r"```\s*\{?\s*([\w+-]+)[^`]*", source.line(first).strip())
    if opened is None or fold(opened[1]) not in _code_languages():
        return None
    return next((n for n in range(first + 1, len(source) + 1) if source.line(n).strip() == "```"), None)


@lru_cache(maxsize=1)
def _code_languages() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("document")["code_fence_languages"])


def _fenced_fields(source: Source, first: int) -> tuple[int, list[Block]] | None:
    """A fenced block of "key: value" lines ("```yaml" … "```" in a markdown file kept in a
    repository): its last line, and each key a field on its own lines. Only when the whole block
    reads as a mapping of plain values; a code sample or a table stays text."""
    opening = source.line(first).strip()
    if not re.fullmatch(r"```\s*(?:ya?ml|toml|ini|properties|text|txt)?\s*", opening, re.I):
        return None
    end = next(
        (n for n in range(first + 1, min(len(source), first + 60) + 1) if source.line(n).strip() == "```"),
        None,
    )
    if end is None or end < first + 2:
        return None
    inner = [source.line(n) for n in range(first + 1, end)]
    if not all(
        not line.strip() or line.lstrip().startswith(("#", "-")) or _SITE_KEY.match(line.lstrip())
        for line in inner
    ):
        return None
    import yaml  # (only for records kept as data)

    try:
        data = yaml.safe_load("\n".join(inner))
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or len(data) < 2 or not all(isinstance(k, str) for k in data):
        return None
    starts = {
        m["key"]: first + 1 + i
        for i, line in enumerate(inner)
        if (m := re.match(r"^(?P<key>[^\s:#][^:]*?)\s*:", line)) is not None
    }
    lines_at = sorted(starts.values())
    blocks: list[Block] = [Block("furniture", first, first, opening, lines=[source.line(first)])]
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None)
        if value is None or isinstance(value, dict) or not str(value).strip() or key not in starts:
            continue
        at = starts[key]
        last = next((n - 1 for n in lines_at if n > at), end - 1)
        while last > at and (not source.line(last).strip() or source.line(last).lstrip().startswith("#")):
            last -= 1
        text = " ".join(str(value).split())
        blocks.append(
            field_block(at, last, key.replace("_", " "), text, [source.line(n) for n in range(at, last + 1)])
        )
    blocks.append(Block("furniture", end, end, "```", lines=[source.line(end)]))
    return end, blocks


@lru_cache(maxsize=1)
def _site_keys() -> frozenset[str]:
    return frozenset(fold(k) for k in load_reference("document")["site_keys"])


def _facts_go_on(line: str, following: str) -> bool:
    """A line of facts parted by bars wrapped onto the next: it ends on a bar, a hyphen or a
    hanging word, or the next line opens in lower case; never onto a blank line or a page's."""
    stripped, after = line.rstrip(), following.strip()
    if not after or "\f" in following or _ITEM.match(following):
        return False
    return stripped.endswith(("|", "·", "-")) or hanging(line) or after[:1].islower()


def _wrapped_at_width(
    line: str, following: str, width: int | None, labels: frozenset[str], labelled: bool = True
) -> bool:
    """A list item's line full to the text's width, its words going on at the start of the next
    line with no indent (a PDF's text read without its layout): "- Partenaires : …, France" /
    "Travail, Mission locale"; never a line that opens an item, a label or a sentence of its own."""
    after = following.strip()
    if re.search(r"[a-zà-ÿ)»]\.\s+[A-ZÀ-Ý«]", line):
        return False  # ("1. Permanence au marché. Un agent …": a numbered paragraph, read as such elsewhere)
    if (
        width is not None
        and hanging(line)
        and after
        and not _ITEM.match(following)
        and not following.startswith((" ", "\t"))
        and _field(after) is None
    ):
        return True  # "… financé par le Département et la" / "CNSA": left hanging on its article
    # ("3. Accompagner … dans leurs démarches" / "en ligne": a line that ends no sentence, the
    # next opening in lower case, goes on whatever its length)
    lowered = (
        (after[:1].islower() or hanging(line))
        and not line.rstrip().endswith((".", ";", ":", "!", "?"))
        # ("1. Permanence au marché. Un agent d'accueil" / "et une …": a numbered paragraph, title
        # then text, read as such elsewhere)
        and re.search(r"[a-zà-ÿ)»]\.\s+[A-ZÀ-Ý«]", line) is None
    )
    return (
        width is not None
        # (a value full to the width goes on under its label; an item's title full to the width
        # over "Réalisé avec la MSA …" is over its text: only lower case goes on after it)
        and ((labelled and len(line.rstrip()) >= width - 8) or lowered)
        and bool(after)
        and not _ITEM.match(following)
        and not following.startswith((" ", "\t"))
        and _goes_on_facts(following)
        and _run_in_label(clean_inline(after), labels) is None
        and not (_field(after) and label_key_in(labels, (_field(after) or ("", ""))[0]))
    )


def _goes_on_facts(line: str) -> bool:
    """The rest of a facts line wrapped after a comma: words, no label, no segment of its own."""
    stripped = line.strip()
    return _continues_after_hang(line) and not re.search(r"\s[·|]\s", stripped) and len(stripped) > 3


def _hangs_under(line: str, column: int) -> bool:
    """A line indented under a list item's text (its wrapped continuation), not an element."""
    stripped = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    return (
        bool(stripped)
        and "\f" not in line  # a new page is no continuation
        and column >= 2
        and indent >= max(column - 1, 2)
        and not _ITEM.match(line)
        and _field(stripped) is None
        and not stripped.startswith(("|", "#"))
    )


def _heads_wrapped_text(line: str, following: str, width: int) -> bool:
    """A short line over a line wrapped at the text's width, ended though the next line's
    first word would have fit, with no sentence punctuation: a heading set on its own line."""
    stripped, after = line.strip(), following.strip()
    if not after or len(following.rstrip()) < width - _WRAP_SLACK // 2 or _ITEM.match(following):
        return False
    first_word = after.split()[0]
    return (
        4 <= len(stripped) <= 60
        and stripped[:1].isupper()
        and stripped[-1:].isalnum()
        and len(line.rstrip()) + 1 + len(first_word) <= width - 10
        and _field(stripped) is None
        and not _field(after)
    )


def heads_unwrapped_text(line: str, following: str) -> bool:
    """A short line with no sentence punctuation right over a paragraph set on one long line that
    ends a sentence: a title of its own line in a text whose paragraphs are lines."""
    stripped, after = line.strip(), following.strip()
    return (
        6 <= len(stripped) <= 100
        and len(after) >= 150
        and stripped[:1].isupper()
        and stripped[-1:] not in ".,;:!?»)…"
        and after.endswith((".", "!", "?", "»", ")"))
        and _field(stripped) is None
        and _ITEM.match(line) is None
        and _ITEM.match(following) is None
        and not is_capitals(stripped)  # (a heading in capitals is read as one already)
    )


def unwrapped(source: Source) -> bool:
    """A text whose paragraphs are lines of their own, however long (a web page copied from a
    browser, a word processor's export): no wrap width, and several lines longer than any
    wrapped text's."""
    return _wrap_width(source) is None and sum(1 for line in source.lines if len(line.strip()) > 200) >= 3


def _wrap_width(source: Source) -> int | None:
    """The width a hard-wrapped text was wrapped at ("as a PDF-to-text tool gives it": every
    long line within a few characters of the same width), or None for texts whose paragraphs
    are lines of their own."""
    lengths = sorted(len(line.rstrip()) for line in source.lines if line.strip())
    if len(lengths) < 20:
        return None
    width = lengths[int(len(lengths) * 0.98)]
    near = sum(1 for n in lengths if width - 15 <= n <= width + 10)
    return width if width <= 130 and near >= 10 and near >= len(lengths) * 0.1 else None
