"""A press kit or report on experiments read from its blocks, whatever its layout.

Stage groups are short lines or headings made of an item noun and a stage word ("Projets
achevés", "## Expérimentations en cours", "EXPÉRIMENTATIONS À VENIR"); an item is a heading
(numbered "Projet n°3 —", markdown `###`, capitals) followed by its text and a block of key data
under one of the key-data headings ("Repères", "Fiche d'identité", "Données clés"…) laid out as
"Label : value" lines, list items, a label above its value, a markdown table or two
tab-separated columns. A heading with neither key data nor known fields is document text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..document.blocks import (
    Block,
    bold_line,
    build_blocks,
    field_block,
    hanging,
    heading_rank,
    is_capitals,
    label_key,
    unwrapped,
)
from ..extract.source import Source
from ..models import Experiment
from ..normalize.dates import day_pattern
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document
from .chronology import chronology, started_in, told_of
from .experiments import experiment_record
from .mentions import MoneyWords
from .prose_partners import partner_words, partners_before, told_partners
from .registry import ParseResult


@lru_cache(maxsize=1)
def _ordinal_part() -> re.Pattern[str]:
    """ "Première partie : ", "Deuxième volet – ": a part counted by its ordinal (document.yaml's
    ordinal words), opening a stage line."""
    words = sorted(load_reference("document")["ordinals"], key=len, reverse=True)
    ordinals = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^(?i:{ordinals})\s+[^\W\d_]{{3,12}}\s*[—–:.]\s*(?=\S)")


@lru_cache(maxsize=1)
def _period_pattern() -> re.Pattern[str]:
    """A span of two dates, folded ("de mars 2019 a juin 2022", "septembre 2020 juillet 2023")."""
    months = "|".join(re.escape(fold(m)) for m in load_reference("experiments")["told_months"])
    day = rf"(?:(?:1er|\d{{1,2}})\s+)?(?:(?:{months})\s+)?(?:19|20)\d\d"
    return re.compile(rf"(?:(?:de|du)\s+)?{day}\s+(?:(?:a|au)\s+)?{day}")


_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_CELL_FIELD = re.compile(r"^\**(?P<label>[^:]{2,60}?)\**\s*:\s*\**(?P<value>.+)$")
# "**Avec qui ?** …", "**Démarrage :** …": a label in bold running into its value
_BOLD_RUN_IN = re.compile(
    r"\*\*(?P<label>[^*]{2,50}?(?:\?|:))\s*\*\*\s*|\*\*(?P<bare>[^*]{2,50}?)\*\*\s*:\s*"
)
_QUESTION_FIELD = re.compile(r"^\**(?P<label>[^:?]{2,50}\?)\**\s+(?P<value>\S.*)$")


@dataclass
class _Item:
    heading: Block
    group: str | None
    blocks: list[Block] = field(default_factory=list)
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # label, value, key
    key_data: bool = False
    year: int | None = None  # the timeline's year it is printed under
    own_last: int | None = None  # its own last line, when later news of it was joined to it
    follow_ups: list[tuple[int, int]] = field(default_factory=list)  # the lines of that news


_ARROW_TITLE = re.compile(r"^\s*[▶►▸➤]\s+\S")
# "« Carte Marmande Solidaire »": a name in quotes, no sentence (a testimony is one)
_QUOTED_TITLE = re.compile(r"[«“\"]\s*[^«»“”\".!?;]{3,90}?\s*[»”\"]")
_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\s*$")
_GAUGE = re.compile(r"^[●○◉◯◌■□★☆▰▱\s]{3,}")  # "●●●○○ ": a progress gauge before its words
# "• Zéro impayé ........ depuis 2019", "• BUS DES DROITS ..... 2021-2024": a recap's line, a name
# and its start year after dot leaders
_RECAP_LINE = re.compile(
    r"^\s*(?:[•▪◦*–-]\s+)?(?P<title>[^\W\d].{2,80}?)\s*(?:\.\s?){3,}\s*"
    r"(?:(?:depuis|dès|en|lancée? en)\s+)?(?P<year>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$",
    re.I,
)
# "- **Bus des droits** – lancé en 2021 – pérennisé en 2024": a recap's bullet, the name in bold,
# its start and its stage after dashes
_RECAP_BULLET = re.compile(
    r"^\s*[-•*▪]\s+\*\*(?P<title>[^*]{3,80}?)\*\*\s*[–—-]\s+(?:[^\W\d]+\s+){0,2}?(?:en\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b\s*(?:[–—-]\s+(?P<state>\S.{2,80}?))?\s*$"
)
# "• Un toit à deux — colocations accompagnées, depuis 2022, prolongé jusqu'en juin 2026": a
# recap's entry in plain type, its name, a few words, its start and its stage
_RECAP_PLAIN_BULLET = re.compile(
    r"^\s*[•▪◦]\s+(?P<title>[^—–\d][^—–]{2,80}?)\s+[—–]\s+(?:[^\d—–]{0,40}?)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?:,\s*(?P<state>[^;:,]{2,60}?))?\s*(?:[;:,].*)?$"
)
# "Terminées (2)", "En cours (3)": a stage over the recap's entries, with their count
# "2019 — lancement de « La Navette des droits »": a timeline's step naming an item in quotes
_QUOTED_STEP = re.compile(r"^(?:19|20)\d\d\s*[—–:-]\s+.*?[«“]\s*(?P<title>[^»”]{3,120}?)\s*[»”]")
_COUNTED_STAGE = re.compile(r"^\s*(?P<name>[^\W\d][^()\d]{2,40}?)\s*\((?P<count>\d{1,2})\)\s*$")
_YEARS = re.compile(r"^(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?$")


# "✅ Terminé : Title", "🔄 En cours – Title": a stage word (checked against the vocabulary),
# a separator, a title
_STAGE_LED = re.compile(r"^[^\w«]{0,4}(?P<stage>[^\W\d][^:–—·|]{2,24}?)\s*[:–—·|]\s*(?P<title>\S.{3,160})$")
# "… fraîcheur 🥕", "… ensemble 🍽️ #BienVieillir": a post's emoji and hashtags after the title
_TRAILING_MARKS = re.compile(r"(?:\s*(?:#\w+|[^\w\s«»\"'’().,:;!?%€-]+))+\s*$")


_CONTENTS_ENTRY = re.compile(r"^(?P<title>[^\W\d].{2,120}?)\s*(?:\.\s?){4,}\s*\d{1,3}$")


@lru_cache(maxsize=1)
def _page_turn_notes() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("document")["page_turn_notes"])


def _page_turn(block: Block) -> bool:
    """ "*Suite de la fiche page suivante*": a note that the text goes on over the page."""
    text = fold(clean_inline(block.text).strip(" *_()"))
    return block.kind in ("paragraph", "heading") and len(text) <= 60 and text.startswith(_page_turn_notes())


def _square_brackets_joined(blocks: list[Block]) -> list[Block]:
    """ "[Partenaires : direction de l'Éducation, CAF …," / "État (…) – Évaluation : …]": a
    bracketed line of facts wrapped over lines, which the block reader cut at its colons — one
    paragraph again."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        first = block.lines[0].lstrip() if block.lines else ""
        if first.startswith("[") and "]" not in "".join(block.lines):
            end = k
            while end + 1 < len(blocks) and blocks[end + 1].first <= blocks[end].last + 1 and end - k < 4:
                end += 1
                if "]" in "".join(blocks[end].lines):
                    break
            if "]" in "".join(blocks[end].lines):
                lines: list[str] = []
                for b in blocks[k : end + 1]:
                    lines += [line for line in b.lines if line not in lines]
                text = clean_inline(" ".join(line.strip() for line in lines))
                out.append(Block("paragraph", block.first, blocks[end].last, text, lines=lines))
                k = end + 1
                continue
        out.append(block)
        k += 1
    return out if len(out) != len(blocks) else blocks


# "De 2019 à 2023", "Du printemps 2021 à 2024" opening an item's facts: the years it ran
# ("À partir de 2026 | …": the year it will start)
_OPENING_SPAN = re.compile(
    r"^\s*(?:(?:de|du)\s+(?:\w+\s+)?(?P<start>(?:19|20)\d\d)\s+(?:à|au)\s+(?:\w+\s+)?(?:19|20)\d\d\b"
    r"|à\s+partir\s+d[e']\s*(?:\w+\s+)?(?P<from>(?:19|20)\d\d)\b)",
    re.I,
)


def _tagged_titles(blocks: list[Block], source: Source) -> list[Block]:
    """ "ACCÈS AUX DROITS" / "Le Bus des droits" / (a blank line) / its text: a theme tag in
    capitals right over the article's title — the title is the line under the tag (three such
    or more in the document)."""
    nouns = {fold(n) for n in load_reference("experiments")["item_nouns"]}
    pairs = [
        k
        for k in range(len(blocks) - 1)
        if blocks[k].kind == "heading"
        and is_capitals(blocks[k].text)
        and not blocks[k].marker  # ("EXPÉRIMENTATION N° 1" over its title: its number, no tag)
        and not re.search(r"\d", blocks[k].text)
        and len(blocks[k].text.split()) <= 5
        and len(blocks[k].lines) == 1
        # (a title with a colon reads as a field: "Cantine à 1 € : tous les enfants à table")
        and blocks[k + 1].kind in ("paragraph", "heading", "field")
        and len(blocks[k + 1].lines) == 1
        and blocks[k + 1].first == blocks[k].last + 1
        and not is_capitals(blocks[k + 1].text)
        and blocks[k + 1].text.rstrip()[-1:] not in ".;,!?"
        # ("CE QUI A MARCHÉ" / "Quatre expérimentations arrivées à leur terme": a group and its
        # subtitle, naming the items it groups, no article's title)
        and not set(fold(blocks[k + 1].text).split()) & nouns
        and (blocks[k + 1].last >= len(source) or not source.line(blocks[k + 1].last + 1).strip())
        # ("De 2021 à 2024 | Évaluation : … | Partenaires : …": the title's line of facts, read
        # as several blocks of one line, no title under a tag)
        and not (k + 2 < len(blocks) and blocks[k + 2].first == blocks[k + 1].first)
    ]
    if len(pairs) < 3:
        return blocks
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k in pairs:
            continue  # the tag: a theme, no title
        if k - 1 in pairs:
            block = Block(
                "heading", block.first, block.last, clean_inline(block.lines[0]), level=3, lines=block.lines
            )
        out.append(block)
    return out


_MARKED_TITLE = re.compile(r"^\s*[■◆▪●]\s+(?P<title>[^\W\d_].{2,118})$")


def _marked_titles(blocks: list[Block]) -> list[Block]:
    """ "■ Droits d'abord" alone on its line over its text, item after item: a title the
    typesetter marked with a square (three such lines or more), a heading without its mark."""
    marked: dict[int, str] = {}
    for k, b in enumerate(blocks):
        m = _MARKED_TITLE.match(b.lines[0]) if b.kind == "paragraph" and len(b.lines) == 1 else None
        if m is not None and m["title"].rstrip()[-1:] not in ".;,:!?…" and len(m["title"].split()) <= 14:
            marked[k] = clean_inline(m["title"])
    if len(marked) < 3:
        return blocks
    return [
        Block("heading", b.first, b.last, marked[k], level=3, lines=b.lines) if k in marked else b
        for k, b in enumerate(blocks)
    ]


def _titles_split(blocks: list[Block], unwrapped_text: bool) -> list[Block]:
    """In a text whose paragraphs are lines of their own (a web page copied from a browser), a
    paragraph of a short first line over whole sentences ("Les droits, on vient vous en parler" /
    "Aux Couronneries, deux médiatrices …" / …) is a title over its text: each line a block."""
    if not unwrapped_text:
        return blocks
    out: list[Block] = []
    for block in blocks:
        lines = [line for line in block.lines if line.strip()]
        if (
            block.kind == "paragraph"
            and len(lines) == len(block.lines) >= 3
            and len(lines[0].strip()) <= 100
            and lines[0].strip()[-1:] not in ".;,:!?…"
            and all(line.rstrip()[-1:] in ".!?»)" for line in lines[1:])
            and any(len(line.strip()) > 200 for line in lines[1:])  # (a paragraph on its line)
        ):
            out += [
                Block("paragraph", block.first + n, block.first + n, clean_inline(line.strip()), lines=[line])
                for n, line in enumerate(lines)
            ]
            continue
        out.append(block)
    return out


def _colon_wrapped_titles(blocks: list[Block], labels: Callable[[str], str | None]) -> list[Block]:
    """ "Habiter ensemble :" / "des colocations" / "intergénérationnelles": a title a narrow
    column wrapped after its colon, not a field — its label no label of the family, its value
    empty, the short text under it opening in lower case. One paragraph, on one line."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if (
            block.kind == "field"
            and not (block.value or "").strip()
            and labels(block.label or "") is None
            and following is not None
            and following.kind == "paragraph"
            and following.first == block.last + 1
            and following.text[:1].islower()
            and len(following.text.split()) <= 8
        ):
            text = f"{clean_inline(block.lines[0].strip())} {following.text}"
            out.append(Block("paragraph", block.first, following.last, text, lines=[text]))
            k += 2
            continue
        out.append(block)
        k += 1
    return out


_LINK_LINE = re.compile(
    r"\[?[^\[\]()]{1,120}\]?\s*\(\s*(?:https?://|www\.|mailto:)[^\s()]+\s*\)"  # "Lire la suite (https://…)"
    r"|(?:[^:]{1,80}:\s*)?(?:https?://|www\.)\S+"  # "Le bilan complet : https://t.co/…", a bare address
)


def _title_like(block: Block) -> bool:
    """A line standing for a title: one line, a few words with letters, no final punctuation."""
    text = block.lines[0].strip() if block.lines else ""
    subtitle = block.lines[1].strip() if len(block.lines) == 2 else ""
    return (
        block.kind in ("paragraph", "heading")
        and len(block.lines) <= 2
        and 3 < len(text) <= 150
        and len(subtitle) <= 150
        and not subtitle.endswith(".")
        # (a quotation is no title — but "« Le taxi des aînés »", a name quoted whole, is one)
        and (not text.startswith(("«", '"', "“")) or _quoted_name(text))
        and any(c.isalpha() for c in text)
        and text[-1] not in ".;,:!?…"
        # ("Lire la synthèse de l'évaluation (https://…)", "[Voir la vidéo](https://…)": a link
        # under an item's facts, no title of the next one)
        and _LINK_LINE.fullmatch(text) is None
    )


def _quoted_name(text: str) -> bool:
    """ "« Glanage solidaire »": a few words in quotes, the whole line, no sentence inside."""
    inner = re.fullmatch(r"[«\"“]\s*(?P<name>[^«»\"“”]{3,60}?)\s*[»\"”]", text)
    return inner is not None and len(inner["name"].split()) <= 8 and inner["name"][-1] not in ".;,:!?…"


class ExperimentBlocksReader:
    def __init__(self, source: Source, info: DocumentInfo, name: str, version: str):
        self.source, self.info, self.name, self.version = source, info, name, version
        data = load_reference(name)
        self._chronology = chronology(source)  # (dated steps, read where an item tells no start)
        self.labels = {
            fold(label): key for key, labels in data["pilotage_fields"].items() for label in labels
        }
        self.headings = {fold(h) for h in data["key_data_headings"]}
        nouns = "|".join(re.escape(fold(n)) for n in sorted(data["item_nouns"], key=len, reverse=True))
        self.nouns = "|".join(re.escape(n) for n in sorted(data["item_nouns"], key=len, reverse=True))
        stages = "|".join(re.escape(fold(w)) for w in sorted(data["stage_words"], key=len, reverse=True))
        # "Projets achevés", "5.1 Expérimentations achevées" (a numbered stage, number dropped)
        self.group = re.compile(
            # "Partie 1 — Expérimentations achevées": a part word and its number before it
            rf"^(?:[a-z]{{3,12}} (?:\d{{1,2}}|[ivx]{{1,4}}) )?"
            # ("A) Les expérimentations menées à terme": a stage lettered like a list)
            rf"(?:(?:\d{{1,2}}(?: \d{{1,2}})*|[ivx]{{1,4}}|[a-h]) )?(?:les |nos |des )?(?:{nouns}) (?:{stages})\b"
        )
        self.stage_anywhere = re.compile(rf"(?:^| )(?:{stages})(?: |$)")
        self.stage_first = re.compile(rf"^(?:{stages})(?: |$)")
        self.stage_last = re.compile(rf"(?:^| )(?:{stages})$")
        self.stage_only = re.compile(rf"(?:{stages})")
        adverbs = "|".join(re.escape(fold(w)) for w in data["stage_adverbs"])
        # ("Déjà évaluées", "Bientôt lancées": a stage said with its adverb)
        self.stage_said = re.compile(rf"(?:(?:{adverbs}) )?(?:{stages})")
        self.announce = re.compile(rf"\b(\d{{1,2}}) (?:{nouns})(?: (?P<stage>{stages}))?\b")
        numbers = "|".join(re.escape(fold(w)) for w in load_reference("money")["number_words"])
        self.number_words = {fold(w): int(n) for w, n in load_reference("money")["number_words"].items()}
        self.counted = re.compile(rf"(?:^| )(?:\d{{1,2}}|{numbers}) (?:{nouns})\b")
        # ("trois nouvelles expérimentations": one word may stand between the count and the noun)
        self.counted_loose = re.compile(
            rf"(?:^| )(?P<n>\d{{1,2}}|{numbers}) (?:(?!(?:{numbers})\b)[a-z]+ )?(?:{nouns})\b"
        )
        self.placeholders = {fold(p) for p in data["placeholders"]}
        self.title_labels = {fold(p) for p in data["title_labels"]}
        self.prose_partners = partner_words(data["partner_before"])
        self.prose_partners_after = partners_before(data.get("partner_after", []))
        months = "|".join(re.escape(m) for m in data["told_months"])
        starts = "|".join(re.escape(w) for w in sorted(data["told_start_words"], key=len, reverse=True))
        # ("Démarrée à la rentrée 2024", "démarrera le 1er janvier 2026": two small words at most
        # before the date, a day before its month)
        # ("depuis la rentrée de septembre 2021": two month words, "de" between)
        when = rf"(?:(?:en|dès|depuis|au|à|le|la)\s+){{0,2}}(?:l['’])?\s*(?P<when>(?:(?:1er|\d{{1,2}})\s+)?(?:(?:{months})\s+(?:de\s+|d['’])?){{0,2}}(?:19|20)\d\d)\b"
        self.told_start = re.compile(rf"(?i)\b(?:{starts})\s+{when}")
        # ("L'évaluation, confiée à Pluricité, …": the words may stand apart by a comma)
        judges = "|".join(
            re.escape(w).replace(r"\ ", r",?\s+")
            for w in sorted(data["told_evaluator_words"], key=len, reverse=True)
        )
        self.told_evaluator = re.compile(rf"(?i)\b(?:{judges})\s+(?P<who>[^;.]{{3,120}})")
        after = "|".join(
            re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
            for w in sorted(data["told_evaluator_after"], key=len, reverse=True)
        )
        # ("L'Agence … (Ansa) l'a évalué", "C'est le laboratoire CRESE … qui l'évalue")
        self.evaluator_subject = re.compile(
            rf"(?:^|[.;:!?]\s+|C['’]est\s+)(?P<who>(?:[Ll]['’]|[Ll][ea]s?\s+)?(?:[a-zà-ÿ]+\s+){{0,2}}[A-ZÀ-Ý][^.;:!?]{{1,120}}?)"
            rf",?\s+(?:qui\s+)?(?:{after})\b"
        )
        stages = "|".join(re.escape(w) for w in sorted(data["stage_words"], key=len, reverse=True))
        # ("a donc été généralisée en 2023", "se termine en juin": the stage and when, as told)
        moves = "|".join(re.escape(w) for w in sorted(data["told_state_verbs"], key=len, reverse=True))
        self.told_state = re.compile(
            rf"(?i)\b(?:(?:est|sont)\s+(?:donc\s+|déjà\s+)?|(?:a|ont)\s+(?:donc\s+|déjà\s+)?été\s+)"
            rf"(?:aujourd['’]hui\s+|désormais\s+|maintenant\s+|à présent\s+)?"
            rf"(?P<state>(?:{stages})(?:\s+(?:en|fin|début|dès|jusqu['’]en|jusqu['’]à)\s+(?:\w+\s+)?(?:19|20)\d\d)?)\b"
            rf"|\b(?P<moved>(?:{moves})\s+(?:en|à|au|fin|dès|le|la)\s+[^.;,()]{{2,25}}?)(?=[.;,]|\s+(?:pour|avec|afin|et|au vu)\b|$)"
        )
        self.money = MoneyWords.load(name)
        self._group_columns = frozenset(fold(w) for w in data.get("group_columns", []))
        self._summary_starts = frozenset(fold(w) for w in data.get("summary_start_columns", []))
        self._table_groups: set[int] = set()  # groups a table's column gave its rows
        self.blocks = _marked_titles(
            _square_brackets_joined(
                _tagged_titles(
                    _titles_split(
                        _colon_wrapped_titles(build_blocks(source, frozenset(self.labels)), self._key),
                        unwrapped(source),
                    ),
                    source,
                )
            )
        )
        self.blocks = self._tags_over_titles(self.blocks)
        self._label_lines: Counter[str] | None = None
        self._run_titles = self._titles_over_facts()
        self._listed: set[int] = set()  # headings over an announced list of items (their stage)
        self._listed_items: set[int] = set()  # … and the items that list gives
        self._summarised: set[int] = set()  # items a summary table's row names
        self._led_titles: set[int] = set()  # titles a stage led on their line ("✅ Terminé : …")
        self._item_nouns = {fold(n) for n in data["item_nouns"]}
        self.continued = {fold(m) for m in data["continuation_marks"]}
        # ("Expérimentations en cours (suite)" atop a page: the stage going on, no stage of its
        # own and no item — the page's furniture)
        self.blocks = [
            Block("furniture", b.first, b.last, b.text, lines=b.lines)
            if b.kind in ("paragraph", "heading")
            and len(b.lines) == 1
            and (marked := re.search(r"\(([^()]{1,12})\)\s*$", b.text)) is not None
            and fold(marked[1]) in self.continued
            and self.stage_anywhere.search(fold(b.text[: marked.start()]))
            else b
            for b in self.blocks
        ]
        self.blocks, self._taglines, self._releases = _release_heads(
            _kicker_titles(_theme_kickers(self.blocks))
        )
        self._contents_groups: dict[str, str] = {}  # folded title → its stage in a contents page
        self._contents_lines: set[int] = set()  # the lines of a contents page naming its items
        self._table_titles = self._summary_titles()
        self._contents_titled = (
            len(self._contents_groups) >= 3
            and sum(
                1
                for b in self.blocks
                if b.kind in ("heading", "paragraph") and fold(clean_inline(b.text)) in self._contents_groups
            )
            >= 3
        )
        led, self._capital_titles, self._capital_groups = _capital_led_paragraphs(
            _bold_led_paragraphs(_bold_numbered_items(self._stage_led(self._tabled_items(self.blocks))))
        )
        self.blocks = self._tags_under_titles(self._announced_lists(led))
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    def _tags_under_titles(self, blocks: list[Block]) -> list[Block]:
        """ "[EN COURS]" set right ABOVE an item's title in capitals (a newsletter's tag over each
        story), the stories between rules: read under the title, as the item's own tag."""
        out = list(blocks)
        for k in range(len(out) - 1):
            tag, title = out[k], out[k + 1]
            above = out[k - 1] if k else None
            if (
                self._stage_tag(tag) is not None
                and title.kind == "heading"
                and title.first == tag.last + 1
                and is_capitals(title.text)
                and self._stage_tag(title) is None
                and (above is None or above.kind == "furniture" or above.last < tag.first - 1)
            ):
                out[k], out[k + 1] = title, tag
        return out

    def _summary_titles(self) -> set[str]:
        """Folded titles of the items a summary table names in its first column (a table whose
        header gives two known key-data labels): a line of its own that is one of them, over the
        item's text, is the item's title."""
        found: set[str] = set()
        for block in self.blocks:
            if block.kind != "table" or len(block.rows) < 2:
                continue
            heads = [clean_inline(c).strip("* :") for c in block.rows[0]]
            if (heads[0] and fold(heads[0]) not in self.title_labels | self._item_nouns) or sum(
                1 for h in heads[1:] if self._key(h.rstrip(" ?")) or self._key(h)
            ) < 2:
                continue  # ("| Démarrage | Mai 2023 | …": an item's own facts, two a row)
            found |= {fold(clean_inline(row[0])) for row in block.rows[1:] if row and row[0].strip()}
        # a contents page by stage ("■ En cours" over "Un toit pour repartir ........ 8"): each
        # entry's title is an item's, filed in the stage its entry sits under
        group = None
        group_indent = 0
        printed = Counter(fold(clean_inline(line.strip())) for line in self.source.lines if line.strip())
        # "Expérimentations en cours ..... 9" over "Le bus des droits ..... 10": stages listed as
        # entries of their own, each over its items' entries (two stages so at least)
        listed = [
            len(entry["title"]) <= 60 and self.group.search(fold(clean_inline(entry["title"]))) is not None
            for line in self.source.lines
            if (entry := _CONTENTS_ENTRY.match(line.strip()))
        ]
        staged_contents = sum(1 for a, b in pairwise(listed) if a and not b) >= 2
        for number, line in enumerate(self.source.lines, 1):
            stripped = clean_inline(line.strip().lstrip("■□▪●•◆▶►-– ").strip())
            entry = _CONTENTS_ENTRY.match(line.strip())
            # ("Chantiers achevés (2)" over "   CHANTIER 1 – Title", the line printed again as the
            # item's own heading below: an entry with no page)
            bare = line.lstrip("\f")  # (a page break before a line is no indent)
            indent = len(bare) - len(bare.lstrip(" \t"))
            again = (
                group is not None
                and indent > group_indent
                and 8 <= len(stripped) <= 150
                and printed[fold(stripped)] >= 2
                and not stripped.endswith((".", ":"))
            )
            staged = (
                staged_contents
                and entry is not None
                and len(entry["title"]) <= 60
                and self.group.search(fold(clean_inline(entry["title"]))) is not None
            )
            if staged and entry is not None:
                # "Expérimentations en cours ..... 9": a stage's own entry, over its items' entries
                group = clean_inline(entry["title"]).strip()
                group_indent = indent
                self._contents_lines.add(number)
                continue
            if entry or again:
                title = fold(clean_inline(entry["title"])) if entry else fold(stripped)
                found.add(title)
                self._contents_lines.add(number)
                if group:
                    self._contents_groups[title] = group
            elif (
                stripped
                and len(stripped) <= 60
                and (
                    self.group.search(fold(stripped))
                    or self.stage_only.fullmatch(re.sub(r"\s*\d{1,2}$", "", fold(stripped)))
                )
            ):
                group = re.sub(r"\s*\(\s*\d{1,2}\s*\)\s*$", "", stripped)  # "En cours (3)": its count aside
                group_indent = indent
            elif not line.strip():
                continue
            elif indent <= group_indent and not entry:
                group = None  # (a line of the text, set at the group's margin: the contents are over)
        return found

    def _tabled_items(self, blocks: list[Block]) -> list[Block]:
        """ "| Expérimentation | Lancement | Évaluation | Partenaires | Où en est-on ? |" over a row
        per item, under its stage's heading: each row an item — its title the first cell, a
        heading one level under the stage's; its other cells its facts, under their column's
        label (two known labels or more in the header)."""
        out: list[Block] = []
        level = 2
        for block in blocks:
            if block.kind == "heading" and block.level:
                level = block.level
            heads = (
                [clean_inline(c).strip("* :") for c in block.rows[0]]
                if block.kind == "table" and block.rows
                else []
            )
            if (
                len(block.rows) < 2
                or not heads
                or (fold(heads[0]) not in self._item_nouns and fold(heads[0]) not in self.title_labels)
                or sum(1 for h in heads[1:] if self._key(h.rstrip(" ?")) or self._key(h)) < 2
            ):
                out.append(block)
                continue
            # (a summary table whose items are told again below, each under its own title, is
            # read as the summary it is)
            titles = [
                fold(clean_inline(row[0]).strip("* ")[:40])
                for row in block.rows[1:]
                if row and row[0].strip()
            ]
            elsewhere = sum(
                1
                for title in titles
                if any(
                    b is not block
                    and b.kind in ("heading", "paragraph")
                    and len(b.text) <= 200
                    and title in fold(b.text)
                    for b in blocks
                )
            )
            if elsewhere * 2 >= len(titles):
                out.append(block)
                continue
            numbers = [
                block.first + n
                for n, line in enumerate(block.lines)
                if line.strip() and not re.fullmatch(r"[\s|:+=-]*", line)
            ][1:]
            # ("| … | Décision du comité |": the column that sorts the items into their groups)
            grouping = next((n for n, h in enumerate(heads) if n and fold(h) in self._group_columns), None)
            told = self._told_stages(blocks, block, titles) if grouping is None else {}
            group: str | None = None
            for row, number in zip(block.rows[1:], numbers, strict=False):
                title = clean_inline(row[0]).strip("* ") if row else ""
                if not title:
                    continue
                line = self.source.line(number)
                decided = (
                    clean_inline(re.sub(r"<br\s*/?>|\n", " ", row[grouping])).strip()
                    if grouping is not None and grouping < len(row)
                    else told.get(fold(title[:40]), "")
                )
                if decided and decided != group:
                    group = decided
                    heading = Block("heading", number, number, decided, level=min(level + 1, 5), lines=[line])
                    self._table_groups.add(id(heading))
                    out.append(heading)
                depth = 2 if grouping is not None and group else 1
                out.append(Block("heading", number, number, title, level=min(level + depth, 6), lines=[line]))
                for n, (head, cell) in enumerate(zip(heads[1:], row[1:], strict=False), 1):
                    if n == grouping:
                        continue
                    value = clean_inline(re.sub(r"<br\s*/?>|\n", ", ", cell)).strip(" ,")
                    if value:
                        out.append(field_block(number, number, head, value, [line]))
        return out

    def _told_stages(self, blocks: list[Block], table: Block, titles: list[str]) -> dict[str, str]:
        """ "Expérimentations achevées" / "… La première, c'est « Le Bus des droits » …": items
        told in the text under their stage's line, then listed in a summary table after every
        stage: each row's stage is the one its title is first told under (when most rows are
        so told, under two stages or more)."""
        stage, found = "", {}
        for b in blocks:
            if b is table:
                break
            text = clean_inline(b.text)
            if (
                b.kind in ("heading", "paragraph")
                and len(b.lines) == 1
                and len(text.split()) <= 8
                and text[-1:] not in ".;:,!?"
                and self.stage_anywhere.search(fold(text))
            ):
                stage = text
                continue
            folded = fold(b.text)
            for title in titles:
                if stage and title not in found and title in folded:
                    found[title] = stage
        if len(found) * 2 < len(titles) or len(set(found.values())) < 2:
            return {}
        return found

    def _stage_led(self, blocks: list[Block]) -> list[Block]:
        """ "✅ Terminé : Ordonnances fraîcheur 🥕" opening a post of a thread (or any paragraph):
        a stage, then an item's title, on one line — read as the stage's heading over the item's,
        the lines below its text. Two such lines or more, else the blocks as they are."""
        out: list[Block] = []
        found = 0
        led_titles: set[str] = set()

        def led(line: str) -> re.Match[str] | None:
            match = _STAGE_LED.match(clean_inline(line).strip())
            return (
                match
                if match is not None
                and self.stage_only.fullmatch(fold(match["stage"]))
                # ("Lancée : 2019": a fact's label; "En cours – phase test prolongée": a state)
                and self._key(match["stage"]) is None
                and (match["title"][:1].isupper() or match["title"][:1] in '«"“')
                else None
            )

        def text_of(lines: list[str], first: int) -> Block:
            text = clean_inline(" ".join(line.strip() for line in lines))
            return Block("paragraph", first, first + len(lines) - 1, text, lines=lines)

        for block in blocks:
            at = (
                next((n for n, line in enumerate(block.lines) if led(line)), None)
                if block.kind in ("paragraph", "heading", "field")
                and len(block.lines) == block.last - block.first + 1
                else None
            )
            if at is None:
                out.append(block)
                continue
            # ("Ville de … @ville · 19 juin" / "✅ Terminé : Title": the post's author line above)
            if at:
                out.append(text_of(block.lines[:at], block.first))
            match = led(block.lines[at])
            assert match is not None
            found += 1
            number, line = block.first + at, block.lines[at]
            title = _TRAILING_MARKS.sub("", match["title"]).strip()
            bare = re.sub(
                r"\s*\(([^()]{1,12})\)\s*$", lambda m: "" if fold(m[1]) in self.continued else m[0], title
            )
            if bare != title and fold(bare) in led_titles:
                # "🟠 EN COURS · Relais des aidants (suite)": the item above goes on
                if block.lines[at + 1 :]:
                    out.append(text_of(block.lines[at + 1 :], number + 1))
                continue
            led_titles.add(fold(title))
            out.append(Block("heading", number, number, match["stage"].strip(), level=2, lines=[line]))
            heading = Block("heading", number, number, title, level=3, lines=[line])
            self._led_titles.add(id(heading))
            out.append(heading)
            if block.lines[at + 1 :]:
                out.append(text_of(block.lines[at + 1 :], number + 1))
        return out if found >= 2 else blocks

    def _over_section_label(self, k: int) -> bool:
        """The block is right over a section label every item prints ("Le projet", "Le
        constat"): an item's title, not the facts line above it going on."""
        if k + 1 >= len(self.blocks):
            return False
        below = self.blocks[k + 1]
        if below.kind != "paragraph" or len(below.lines) != 1 or len(below.text.split()) > 4:
            return False
        if self._label_lines is None:
            self._label_lines = Counter(
                b.text
                for b in self.blocks
                if b.kind == "paragraph" and len(b.lines) == 1 and len(b.text) <= 40
            )
        return below.first == self.blocks[k].last + 1 and self._label_lines[below.text] >= 2

    def _key(self, label: str) -> str | None:
        return label_key(self.labels, label)

    def _announced_lists(self, blocks: list[Block]) -> list[Block]:
        """ "## Et après ?" / "Trois nouvelles expérimentations sont en préparation :" over as many
        bullets "- **Title** : what it will do": each bullet an item (its bold run the title, the
        rest its text), the heading above the announcement their stage — the count and the
        bullets agree, or nothing changes."""
        numbers = {fold(w): n for w, n in load_reference("money")["number_words"].items()}
        out: list[Block] = []
        k = 0
        while k < len(blocks):
            block = blocks[k]
            out.append(block)
            k += 1
            said = self.announced_count(block) if block.kind == "paragraph" else None
            if said is None:
                continue
            count = int(said) if said.isdigit() else numbers.get(said)
            bullets = []
            for following in blocks[k:]:
                first = following.lines[0].strip() if following.lines else ""
                bold = re.match(r"^[-*•]\s+\*\*(?P<title>[^*]{3,160}?)\*\*\s*[:.–—-]?\s*(?P<rest>.*)$", first)
                if following.kind not in ("item", "field") or bold is None:
                    break
                bullets.append((following, bold))
            heading = next((b for b in reversed(out[:-1]) if b.kind != "furniture"), None)
            if (
                count is None
                or count < 2
                or len(bullets) != count
                or heading is None
                or heading.kind != "heading"
            ):
                continue
            self._listed.add(id(heading))
            for following, bold in bullets:
                titled = _titled(following, bold["title"], bold["rest"], (heading.level or 2) + 1)
                self._listed_items.add(id(titled[0]))
                out.extend(titled)
            k += len(bullets)
        return out

    def announced_count(self, block: Block) -> str | None:
        """The number a sentence counts the items with ("Trois nouvelles expérimentations sont
        en préparation", "4 projets"), as printed."""
        found = self.counted_loose.search(fold(block.text))
        return found["n"] if found else None

    def _banner_groups(self) -> set[int]:
        """Banners in capitals over numbered items ("ILS ONT FAIT LEURS PREUVES" / "#1 Title"),
        when a banner alike names a stage ("EN COURS"): stages, though their words are none."""
        if hasattr(self, "_banners"):
            return self._banners
        self._banners: set[int] = set()
        candidates = []
        for k, block in enumerate(self.blocks):
            letters = [c for c in clean_inline(block.text) if c.isalpha()]
            if block.kind != "heading" or not letters or not all(c.isupper() for c in letters):
                continue
            if len(block.text.split()) > 8 or block.number is not None or block.marker:
                continue
            if (
                block.text.rstrip().endswith("?")
                or self._key(block.text.strip(" :?"))
                or self._is_key_data(block)
            ):
                continue  # "QUI ÉVALUE ?", "REPÈRES" closing an item: its last section, not a stage
            at = next(
                (
                    j
                    for j in range(k + 1, len(self.blocks))
                    if self.blocks[j].kind == "heading" or _numbered_title(self.blocks[j])
                ),
                None,
            )
            following = self.blocks[at] if at is not None else None
            # ("▶ CE QUI A MARCHÉ" over "+----+" / "| PREMIERS PAS … |": a banner marked by an
            # arrow, over items titled in capitals)
            marked = bool(block.lines) and block.lines[0].lstrip()[:1] in _BANNER_MARKS
            # over "#4 Title", or over "EXPÉRIMENTATION N° 4" whose title is the next line, or
            # over "1.1  Title" set as a line of its own
            if (
                following is not None
                and (
                    (
                        following.number is not None
                        and (not following.marker or following.number_only)
                        # ("Partie 3" over the next stage: a part of the kit, no numbered item)
                        and not (following.marker and heading_rank(following.marker) == 1)
                    )
                    or _numbered_title(following)
                    or (
                        marked
                        and following.kind == "heading"
                        and following.lines[0].lstrip()[:1] not in _BANNER_MARKS
                    )
                )
            ):
                intro = " ".join(fold(b.text) for b in self.blocks[k + 1 : at] if b.kind == "paragraph")
                candidates.append((block, intro))
        banners = [b for b, _ in candidates]
        # a banner names a stage, or the lines under one say where its items stand ("Trois
        # expérimentations sont actuellement en cours", "Deux projets sont à l'étude")
        if any(self.stage_anywhere.search(fold(b.text)) for b in banners) or (
            len(candidates) >= 2
            and any(
                self.stage_anywhere.search(intro) or self.counted.search(intro) for _, intro in candidates
            )
        ):
            self._banners = {id(b) for b in banners}
        return self._banners

    def _group_levels(self) -> set[int]:
        """The levels of the headings that name a stage with the items' noun."""
        if not hasattr(self, "_levels"):
            self._levels = {
                b.level
                for b in self.blocks
                if b.kind == "heading" and b.level and self.group.match(fold(b.text))
            }
        return self._levels

    def _counted_levels(self) -> set[int]:
        """Markdown levels where two headings or more end on a count ("## Déjà dans le droit
        commun (2)", "## Ce que nous testons (4)"): the stages' level, whatever their words."""
        if not hasattr(self, "_counted"):
            counted = Counter(
                b.level
                for b in self.blocks
                if b.kind == "heading" and b.level and re.search(r"\(\s*\d{1,2}\s*\)\s*$", b.text)
            )
            self._counted = {level for level, n in counted.items() if n >= 2}
        return self._counted

    def _staged_siblings(self, level: int) -> int:
        """How many headings of a level name a stage and head items ("## Ce qui a fait ses
        preuves", "## Ce qui arrive en 2025", each over its "### " items): stages worded as
        phrases, told apart from sections by standing over the items."""
        if not hasattr(self, "_staged"):
            self._staged: Counter[int] = Counter(
                b.level
                for b in self.blocks
                if b.kind == "heading"
                and b.level
                and len(fold(b.text).split()) <= 8
                and self.stage_anywhere.search(fold(b.text))
                and self._heads_items(b)
            )
        return self._staged[level]

    def _heads_items(self, block: Block) -> bool:
        """A heading whose next heading is deeper (an item's), not a heading of its own."""
        if not hasattr(self, "_at"):
            self._at = {id(b): k for k, b in enumerate(self.blocks)}
        at = self._at.get(id(block))
        if at is None:
            return False
        following = next((b for b in self.blocks[at + 1 :] if b.kind == "heading"), None)
        return following is not None and (following.level or 0) > (block.level or 0)

    def _next_label(self, text: str) -> re.Match[str] | None:
        """The next " – Label : " of a facts line inside a field's value, a label the family knows
        (or after a gap of two spaces: "septembre 2025  Évaluation : …", two facts of a box's line)."""
        for match in re.finditer(r"(?:\s[–—-]\s+|\s{2,})(?P<label>[A-ZÀ-Ý][^:–—]{1,40}?)\s*:\s*", text):
            if self._key(match["label"]):
                return match
        return None

    def _bold_run_ins(self, block: Block) -> list[tuple[str, str, str]]:
        """ "**Depuis quand ?** Mai 2019. **Avec qui ?** La CAF, … **Évalué par qui ?** …": a
        paragraph of facts, each after its bold label (a question is its own colon) — two known
        labels or more."""
        raw = " ".join(line.strip() for line in block.lines)
        if block.kind == "field" and len(clean_inline(raw)) > len(block.text) + 3:
            return []  # one of the fields the reader already cut from a line of glued facts
        labels = list(_BOLD_RUN_IN.finditer(raw))
        found: list[tuple[str, str, str]] = []
        for n, match in enumerate(labels):
            label = (match["label"] or match["bare"] or "").strip()
            key = self._key(label.rstrip(" :?")) or self._key(label)
            end = labels[n + 1].start() if n + 1 < len(labels) else len(raw)
            value = clean_inline(raw[match.end() : end]).strip(" .;·|")
            if key and value:
                found.append((label.rstrip(" :"), value, key))
        return found if len(found) >= 2 and labels[0].start() == 0 else []

    def _stage_tag(self, block: Block) -> str | None:
        """ "[EN COURS]" on the line under an item's title: the item's stage, as a site's tag."""
        if len(block.lines) != 1:
            return None
        tag = re.fullmatch(
            r"\s*#*\s*\[\s*([^\]]{2,40}?)\s*\]\s*", block.lines[0].replace("\\[", "[").replace("\\]", "]")
        ) or re.match(
            r"^\s*`([^`]{2,40})`(?:\s+`[^`]{1,40}`)*\s*$", block.lines[0]
        )  # "`Généralisée`": a badge
        return tag[1].strip() if tag and self.stage_only.match(fold(tag[1])) else None

    def _tags_over_titles(self, blocks: list[Block]) -> list[Block]:
        """ "TERMINÉE" / "Le bus des droits" / "Un guichet mobile …" slide after slide: a stage tag
        in capitals set over each item's title (three or more so) — its state, read as a tag
        under the title ("[TERMINÉE]"), not a stage grouping the items below."""
        tagged = [
            k
            for k, b in enumerate(blocks[:-1])
            if b.kind in ("heading", "paragraph")
            and len(b.lines) == 1
            and is_capitals(b.text)
            and self.stage_only.fullmatch(fold(b.text)) is not None
            and _title_like(blocks[k + 1])
            # (a title set as a paragraph, in sentence case: a title in capitals or as a heading
            # under its tag is read as such already)
            and blocks[k + 1].kind == "paragraph"
            and not is_capitals(blocks[k + 1].lines[0])
            and blocks[k + 1].first == b.last + 1
        ]
        if len(tagged) < 3:
            return blocks
        out: list[Block] = []
        for k, block in enumerate(blocks):
            if k in tagged:
                continue  # (the tag, set under its title below)
            if k - 1 not in tagged:
                out.append(block)
                continue
            tag = blocks[k - 1]
            out.append(
                Block(
                    "paragraph", block.first, block.first, clean_inline(block.lines[0]), lines=block.lines[:1]
                )
            )
            out.append(
                Block(
                    "paragraph", tag.first, tag.last, f"[{tag.text.strip()}]", lines=[f"[{tag.text.strip()}]"]
                )
            )
            if len(block.lines) > 1:
                # (its tagline under it: "Un guichet mobile dans les quartiers et les bourgs")
                rest = block.lines[1:]
                out.append(
                    Block("paragraph", block.first + 1, block.last, clean_inline(" ".join(rest)), lines=rest)
                )
        return out

    def _is_group(self, block: Block) -> bool:
        if id(block) in self._capital_groups or id(block) in self._table_groups:
            return True  # "Ce qui démarre" over "▶ NAME : text" paragraphs; a table's decision column
        if self._stage_tag(block) or id(block) in self._taglines:
            return False  # ("… : L'EXPÉRIMENTATION S'ACHÈVE": a headline's tagline tells, groups nothing)
        if id(block) in self._listed:
            return True  # "## Et après ?" over the announced list of its items
        # ("1. Expérimentations arrivées à terme": a stage numbered like a list's first item; a
        # bullet "- 3 expérimentations achevées" is a count, not a stage)
        numbered_item = block.kind == "item" and re.match(
            r"^\s*\d{1,2}[.)]\s", block.lines[0] if block.lines else ""
        )
        if self._slide_stage(block) is not None:
            return True  # "Les projets en cours" / "3 expérimentations sur le terrain" / …
        if (block.kind not in ("heading", "paragraph", "furniture") and not numbered_item) or len(
            block.text
        ) >= 90:
            return False
        marked = re.search(r"\(([^()]{1,12})\)\s*$", block.text)
        if block.kind == "furniture" and marked is not None and fold(marked[1]) in self.continued:
            return False  # "Expérimentations en cours (suite)" atop a page: the stage goes on
        text = fold(block.text)
        if self.group.match(text):
            return True
        if (
            block.kind == "paragraph"
            and self._run_titles
            and len(block.lines) == 1
            and self.stage_only.fullmatch(text)
            and self._alone(block)
        ):
            return True  # "En cours", "Terminées" on a line of their own over items' runs
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and self.stage_said.fullmatch(text)
            and self._alone(block)
            and self._stage_lines() >= 2
        ):
            return True  # "Déjà évaluées" / "En cours de test" alone on their lines, over items
        if (
            block.kind == "heading"
            and re.search(r"\(\s*\d{1,2}\s*\)\s*$", block.text)
            and block.level in self._group_levels()
        ):
            return (
                True  # "## Ce qui se prépare (2)" beside "## Expérimentations en cours (3)": a stage, counted
            )
        if id(block) in self._banner_groups():
            return True  # "ILS ONT FAIT LEURS PREUVES" beside "EN COURS", over numbered items
        if block.kind == "heading" and len(text.split()) <= 6 and self.stage_last.search(text):
            ended = [b for b in self.blocks if b.kind == "heading" and len(fold(b.text).split()) <= 6]
            if sum(1 for b in ended if self.stage_last.search(fold(b.text))) >= 2:
                return True  # "## Ce qui est terminé" beside "## Ce qui est en cours": stages, worded freely
        if (
            block.kind == "heading"
            and self.stage_anywhere.search(text)
            and self._heads_items(block)
            and (block.level in self._group_levels() or self._staged_siblings(block.level) >= 2)
        ):
            return True  # "## Les expérimentations qui se poursuivent" beside "## Les projets en …"
        if (
            block.kind == "heading"
            and block.level in self._counted_levels()
            and not self._is_key_data(block)
            and self._heads_items(block)
        ):
            return True  # "## Bientôt sur le terrain" beside "## Déjà dans le droit commun (2)
        if (
            block.kind == "heading"
            and block.level
            and len(text.split()) <= 6
            and self._staged_siblings(block.level) >= 2
            and self._heads_items(block)
            # (right over an item's own heading, one level down: no item's text of its own)
            and (
                below := next(
                    (b for b in self.blocks if b.first > block.last and b.kind != "furniture"), None
                )
            )
            is not None
            and below.kind == "heading"
            and (below.level or 0) > block.level
            and not self._is_key_data(below)
            and not re.search(r"\d", text)  # ("N°8 — Title": a numbered item, no stage)
        ):
            return True  # "### Bientôt" beside "### En cours", over its items: a stage, worded freely
        # "EN COURS D'EXPÉRIMENTATION", "ARRÊTÉS APRÈS ÉVALUATION": a short heading in capitals
        # naming a stage without the items' noun
        letters = [c for c in clean_inline(block.text) if c.isalpha()]
        return (
            block.kind == "heading"
            and bool(letters)
            and len(text.split()) <= 6
            and (
                (all(c.isupper() for c in letters) and bool(self.stage_anywhere.search(text)))
                # "## Évaluées et étendues", "## Arrêtées": a heading that opens on a stage
                or bool(self.stage_first.match(text))
            )
        )

    def _counts_group(self, k: int) -> bool:
        """ "3 expérimentations arrivées à leur terme" right under "EXPÉRIMENTATIONS ACHEVÉES":
        the count the stage heading announces (a bare number, no dot), not a stage of its own."""
        block = self.blocks[k]
        before = next((j for j in range(k - 1, -1, -1) if self.blocks[j].kind != "furniture"), None)
        return (
            before is not None
            and self._is_group(self.blocks[before])
            and re.match(r"^\W*\d{1,2}\s+[^\W\d]", clean_inline(block.text)) is not None
        )

    def _is_theme(self, k: int) -> bool:
        """A numbered heading ("1 | SE LOGER ET HABITER") whose number opens the numbers of
        the titles below it ("1.1 …")."""
        block = self.blocks[k]
        number = re.match(r"^\s*(\d{1,2})\s*[|.–—:-]\s*\S", clean_inline(block.text).strip("# *"))
        if block.kind != "heading" or number is None or self._is_group(block):
            return False
        for below in self.blocks[k + 1 : k + 6]:
            if re.match(rf"^\s*{number[1]}\.\d{{1,2}}\.?\s", below.lines[0] if below.lines else ""):
                return True
        return False

    def _is_key_data(self, block: Block) -> bool:
        text = fold(block.text.rstrip(" :"))
        return (
            block.kind in ("heading", "paragraph", "field")
            and len(block.text) < 60
            and (text in self.headings or any(text.startswith(h + " ") for h in self.headings))
        )

    def _stage_lines(self) -> int:
        """How many lines of their own name a stage and nothing else ("Déjà évaluées")."""
        if not hasattr(self, "_stage_line_count"):
            self._stage_line_count = sum(
                1
                for b in self.blocks
                if b.kind == "paragraph"
                and len(b.lines) == 1
                and self.stage_said.fullmatch(fold(b.text))
                and self._alone(b)
            )
        return self._stage_line_count

    def _alone(self, block: Block) -> bool:
        """A line with a blank line above and below it."""
        above = self.source.line(block.first - 1) if block.first > 1 else ""
        below = self.source.line(block.last + 1) if block.last < len(self.source) else ""
        return not above.strip() and not below.strip()

    def _titles_over_facts(self) -> set[int]:
        """ "Les droits, on vient vous en parler" / a chapeau / a paragraph / "Lancée en 2023 ·
        … · Partenaires : … · Évaluation : …", lines of their own after a blank line (a web page
        copied as text): the run's first line is an item's title when the run holds its facts;
        a run of the same shape without facts line is an item too, when three runs or more have
        theirs."""
        runs: list[list[int]] = []
        for k, block in enumerate(self.blocks):
            if block.kind == "furniture":
                continue
            if runs and block.first <= self.blocks[runs[-1][-1]].last + 1:
                runs[-1].append(k)
            else:
                runs.append([k])
        titled: set[int] = set()
        shaped: set[int] = set()
        for run in runs:
            head = self.blocks[run[0]]
            if (
                len(run) < 3
                or head.kind != "paragraph"
                or len(head.lines) != 1
                or len(head.text) > 100
                or not _title_like(head)
                or self._stage_tag(head)
            ):
                continue
            second = self.blocks[run[1]]
            if second.kind != "paragraph" or not second.text.rstrip().endswith((".", "!", "»")):
                continue
            keys = {key for k in run[1:] for _, _, key in self._fields_of(self.blocks[k])}
            if len(keys & {"start", "partners", "evaluator", "territories"}) >= 2:
                titled.add(id(head))
            else:
                shaped.add(id(head))
        return titled | shaped if len(titled) >= 3 else titled

    def _repeated_heads(self) -> Counter[str]:
        """Short lines of their own printed three times or more ("Le défi", "La solution")."""
        if not hasattr(self, "_repeats"):
            self._repeats: Counter[str] = Counter(
                fold(b.text)
                for b in self.blocks
                if b.kind in ("heading", "paragraph") and len(b.lines) == 1 and len(b.text) <= 40
            )
        return self._repeats

    def _is_title(self, block: Block) -> bool:
        """A heading, or a numbered list item standing for one ("1. Un « coup de pouce » …")."""
        if id(block) in self._capital_titles:
            return True
        if block.kind == "heading" and fold(clean_inline(block.text)) in self._table_titles:
            return True  # "**BUDGET ACCOMPAGNÉ**", a summary table's row: a title, whatever its words
        if block.kind in ("heading", "paragraph") and self._repeated_heads()[fold(block.text)] >= 3:
            return False  # "La solution" over each item's text: a section every item has, no item's title
        # ("TERRITOIRE ZÉRO NON-RECOURS": a title in capitals whose first word is a label; a label
        # is a word or two, never a line of four in capitals)
        titled = block.kind == "heading" and is_capitals(block.text) and len(block.text.split()) >= 3
        if (
            self._is_key_data(block)
            or (self._key(block.text.rstrip(" :")) and not titled)
            or self._stage_tag(block)
        ):
            return False
        if _page_turn(block):
            return False
        if id(block) in self._run_titles:
            return True
        if self._contents_titled:
            # a contents page names the items, three found over their text: only those are titles
            # (not "COMMUNIQUÉ DE PRESSE" over each, nor the lead in capitals under each title)
            return (
                block.kind in ("heading", "paragraph")
                and fold(clean_inline(block.text)) in self._table_titles
            )
        if _IMAGE_LINE.fullmatch(block.text.strip()):
            return False  # "![Le local du rendez-vous des droits](images/….jpg)": a picture
        if block.kind == "heading" and block.text.rstrip().endswith("?") and len(block.text.split()) <= 4:
            return False  # "QUOI ?", "COMMENT ÇA MARCHE ?": a question an item answers, its section
        if block.kind == "heading":
            return True
        if block.kind == "paragraph" and _title_like(block) and fold(block.text) in self._table_titles:
            return True  # "Garde d'enfants en horaires décalés" over its text, a summary table's row
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and _QUOTED_TITLE.fullmatch(block.text.strip())
        ):
            return True  # "« Glanage solidaire »": a name in quotes on a line of its own
        if (
            block.kind in ("paragraph", "item")
            and block.lines
            and _ARROW_TITLE.match(block.lines[0])
            and len(block.text) <= 200
            and block.text.rstrip()[-1:] not in ".;,:"
            # ("► 186 orientations, dont 121 …": a key figure marked by an arrow, no title)
            and not re.sub(r"^\W+", "", block.text)[:1].isdigit()
        ):
            return True  # "▶ Le Bus des droits": a title marked by an arrow
        numbered = (
            block.kind == "item" and block.level == 0 and re.match(r"^\s*\d{1,2}[.)]\s", block.lines[0])
        ) or (  # "1.2 Colocations intergénérationnelles", a line of its own: numbered under its theme
            block.kind == "paragraph"
            and _title_lines(block)
            and re.match(r"^\s*\d{1,2}\.\d{1,2}\.?\s+[^\W\d]", block.lines[0]) is not None
        )
        return bool(numbered) and len(block.text) <= 200 and block.text.rstrip()[-1:] not in ".;,:"

    def _unknown_field(self, block: Block, k: int) -> bool:
        """A labelled line the vocabulary lacks, right among an item's known fields: a field
        of its own ("**Où :** …" set in bold like the others), or a short label over its value
        with a known field right below."""
        if self._fields_of(block):
            return False
        first = block.lines[0].strip() if block.lines else ""
        if block.kind == "field" and re.match(r"^\*\*[^*]{1,40}?:\s*\*\*", first):
            return True
        following = next((b for b in self.blocks[k + 1 :] if b.kind != "furniture"), None)
        before = self.blocks[k - 1] if k > 0 else None
        if (
            block.kind == "field"
            and len(block.lines) <= 2
            and before is not None
            and following is not None
            and bool(self._fields_of(before))
            and bool(self._fields_of(following))
        ):
            return True  # "→ Suivi assuré : …" between "→ Partenaire : …" and "→ Statut : …"
        label = first.rstrip(" :")
        return (
            block.kind == "paragraph"
            and len(block.lines) == 2
            and following is not None
            and bool(self._fields_of(following))
            and 0 < len(label.split()) <= 4
            and label[-1:].isalpha()
        )

    def _start_and_state(self, fact: tuple[str, str, str]) -> list[tuple[str, str, str]]:
        """ "Depuis : octobre 2020 – pérennisé en 2023": the start, then after a dash the stage it
        has reached — two facts."""
        label, value, key = fact
        dashed = re.match(r"^(?P<start>.{0,30}?(?:19|20)\d\d)\s+[–—-]\s+(?P<state>\S.{2,80})$", value)
        if key != "start" or dashed is None or not self.stage_first.match(fold(dashed["state"])):
            return [fact]
        return [(label, dashed["start"], key), ("État", dashed["state"].strip(" ."), "state")]

    def _fields_of(self, block: Block) -> list[tuple[str, str, str]]:
        """(label, value, key) of the known fields a block holds (a field, a list item "Label :
        value", table rows, tab-separated cells)."""
        found: list[tuple[str, str, str]] = []
        if block.kind == "table" and any(
            fold(clean_inline(row[0])) in self._table_titles for row in block.rows[1:] if row
        ):
            return []  # a summary table: a row an item, never the facts of the item it sits under
        if block.kind in ("paragraph", "field") and (asked := self._bold_run_ins(block)):
            return asked
        if (tag := self._stage_tag(block)) is not None:
            found.append(("État", tag, "state"))
        elif block.kind == "field" and block.label:
            key = self._key(block.label)
            if key:
                # "Évaluation : Université de Bourgogne – Partenaires : MSA, …": a facts line wrapped
                # over lines, its next labels inside the value
                label, rest = block.label, block.value or ""
                printed = (
                    block.lines[0].split(":", 1)[1].strip()
                    if len(block.lines) == 1 and ":" in block.lines[0]
                    else ""
                )
                if printed and " ".join(printed.split()) == " ".join(rest.split()):
                    rest = printed  # its gaps as printed ("septembre 2025  Évaluation : …")
                while (cut := self._next_label(rest)) is not None:
                    found.append((label, re.sub(r"[ \t]{2,}", " ", rest[: cut.start()]).strip(" –—-"), key))
                    label, rest = cut["label"], rest[cut.end() :]
                    key = self._key(label) or "other"
                found.append((label, re.sub(r"[ \t]{2,}", " ", rest).strip(" –—-"), key))
                found = [part for fact in found for part in self._start_and_state(fact)]
        elif block.kind == "item":
            # "- **Démarrage :** 2030", "- **Où en est-on ?** Achevée" (a question is its own colon)
            match = _CELL_FIELD.match(block.text) or _QUESTION_FIELD.match(block.text)
            if match and (key := self._key(match["label"])):
                found.append((match["label"].strip(), match["value"].strip(), key))
            elif not match and (facts := self._facts_opening(block)):
                found.append(facts)  # "→ Depuis septembre 2023": a start run into its date
        elif block.kind == "table":
            for row in block.rows:
                cells = [c for c in row if c]
                labelled = [m for c in cells if (m := _CELL_FIELD.match(c)) and self._key(m["label"])]
                if len(cells) >= 3 and all(re.fullmatch(r"[\d\s.,%€-]+", c) for c in cells[1:]):
                    continue  # "Partenaires engagés | 11 | 17 | 24": a row of figures by year, no field
                if len(cells) >= 2 and not labelled and (key := self._key(cells[0].rstrip(" :"))):
                    if len(row) >= 4 and len(row) % 2 == 0 and self._key(row[2].rstrip(" :")):
                        # "| Partenaires | A, B | Financement | CAF |": label/value pairs side by side
                        for label, value in zip(row[0::2], row[1::2], strict=True):
                            if (pair_key := self._key(label.rstrip(" :"))) and value:
                                found.append((label.rstrip(" :"), value, pair_key))
                        continue
                    found.append((cells[0].rstrip(" :"), " ".join(cells[1:]), key))
                    continue
                for cell in cells:  # "Label : value" cells of two columns
                    match = _CELL_FIELD.match(cell)
                    if match and (key := self._key(match["label"])):
                        found.append((match["label"].strip(), match["value"].strip(), key))
        elif block.kind == "paragraph" and (facts := self._facts_opening(block)):
            found.append(facts)
        elif block.kind == "paragraph" and (boxed := self._square_facts(block.text)):
            found.extend(boxed)
        elif block.kind == "paragraph" and (bracketed := self._bracketed_facts(block.text)):
            found.extend(bracketed)
        elif block.kind == "paragraph":
            # "… Repères : état : étude de faisabilité ; partenaires : A, B, C.": facts run into
            # the prose, "label : value" pairs between semicolons
            for segment in re.split(r"\s*;\s*", block.text):
                match = re.search(
                    r"(?:^|[:.]\s)(?P<label>[^\W\d][\w'’ -]{1,40}?)\s:\s(?P<value>[^:]+?)\.?$", segment
                )
                if match and (key := self._key(match["label"].strip())):
                    found.append((match["label"].strip(), match["value"].strip(), key))
            if len(found) < 2:
                found = []  # one "label : value" in a sentence is prose, not a box
            # "… déjà saturées (partenaires : CAF du Haut-Rhin, CPAM du Haut-Rhin).": a labelled
            # list in brackets closing a sentence, a field whatever the prose around it
            for match in _BRACKETED_FIELD.finditer(" ".join(block.text.split())):
                if (key := self._key(match["label"].strip())) and key not in {k for _, _, k in found}:
                    found.append((match["label"].strip(), match["value"].strip(), key))
        return found

    def _square_facts(self, text: str) -> list[tuple[str, str, str]]:
        """ "[Partenaires : A, B – Évaluation : Ansa – Suite : pérennisé en 2024]": an article's
        closing line of labelled facts in square brackets, parted by dashes."""
        inside = re.fullmatch(r"\s*\[(?P<facts>[^\[\]]{8,600})\]\s*\.?\s*", text, re.DOTALL)
        if inside is None:
            return []
        found: list[tuple[str, str, str]] = []
        for part in re.split(r"\s+[–—]\s+", " ".join(inside["facts"].split())):
            labelled = re.match(r"^(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)$", part)
            if labelled is not None and (key := self._key(labelled["label"])):
                found.append((labelled["label"].strip(), labelled["value"].strip(" ."), key))
            elif found:
                label, value, key = found[-1]
                found[-1] = (label, f"{value} – {part}", key)
        return found if found else []

    def _bracketed_facts(self, text: str) -> list[tuple[str, str, str]]:
        """ "(Lancé en octobre 2019, évalué par le Centre …, avec la CAF et la coopérative … ;
        pérennisé en 2023.)": a paragraph in brackets of facts run into their words, parted by
        commas and semicolons — each part opening on a known label ("Lancé en", "évalué par",
        "avec") or a stage word; a part with neither goes on with the one before (a list of
        partners)."""
        inside = re.fullmatch(r"\s*\((?P<facts>.{10,600})\)\s*\.?\s*", text, re.DOTALL)
        if inside is None:
            return []
        parts: list[str] = []
        depth, current = 0, ""
        for char in inside["facts"].strip().rstrip("."):
            depth += char == "("
            depth -= char == ")"
            if char in ",;" and depth == 0:
                parts.append(current.strip())
                current = ""
            else:
                current += char
        parts.append(current.strip())
        found: list[tuple[str, str, str]] = []
        for part in filter(None, parts):
            folded = fold(part)
            label = max(
                (known for known in self.labels if folded.startswith(known + " ")), key=len, default=None
            )
            if label is not None:
                count = len(label.split())
                found.append(
                    (" ".join(part.split()[:count]), " ".join(part.split()[count:]), self.labels[label])
                )
            elif self.stage_first.match(folded):
                found.append(("État", part, "state"))
            elif found:
                label, value, key = found[-1]
                found[-1] = (label, f"{value}, {part}", key)  # "avec A, B et C": the list goes on
            else:
                return []  # a bracket of prose, no facts
        return found if len({key for _, _, key in found}) >= 2 else []

    def _period(self, text: str) -> bool:
        """ "De mars 2019 à juin 2022", "Septembre 2020 – juillet 2023": a span of dates alone."""
        return _period_pattern().fullmatch(fold(text)) is not None

    def _facts_opening(self, block: Block) -> tuple[str, str, str] | None:
        """ "Depuis mars 2022 · Partenaires : …", "2018 – 2021 · État : …": the opening of a facts
        line, the block reader having split its labelled parts off — a start told by a start label
        run into its date, or by the years alone."""
        text = block.text.strip()
        # ("Intégrée au Contrat local de santé en 2024": a stage and where it led, longer)
        longest = 70 if self.stage_first.match(fold(text)) else 40
        if (
            len(block.lines) == 1
            and len(text) <= 40
            and not _YEAR.search(text)
            and self.stage_first.match(fold(text))
            and any(b.first == block.first and b is not block and b.kind == "field" for b in self.blocks)
        ):
            return ("État", text, "state")  # "Logement · Depuis 2022 · Phase 2 en cours": its last fact
        if len(block.lines) != 1 or len(text) > longest or not _YEAR.search(text):
            return None
        if self._key(text) == "start":
            folded = fold(text)
            label = max((known for known in self.labels if folded.startswith(known + " ")), key=len)
            words = text.split()
            count = len(label.split())
            return (" ".join(words[:count]), " ".join(words[count:]), "start")
        following = next((b for b in self.blocks if b.first == block.first and b is not block), None)
        if _YEARS.match(text) and following is not None and self._fields_of(following):
            return ("Période", text, "start")  # the years, then the line's labelled facts
        under = next((b for b in self.blocks if b.first == block.last + 1), None)
        if (
            self._period(text)
            and under is not None
            and under.kind == "field"
            and self._key(under.label or "")
        ):
            # "De mars 2019 à juin 2022" over "Évaluation : …": the item's period, its facts below
            return ("Période", text, "start")
        if following is not None and self.stage_first.match(fold(text)):
            return ("État", text, "state")  # "… · Pérennisé en 2022": a stage among the line's facts
        return None

    def parse(self) -> ParseResult | None:
        items: list[_Item] = []
        group: str | None = None
        current: _Item | None = None
        announced: dict[str | None, int] = {}
        announced_line: int | None = None
        told_total: int | None = None
        expect_title = False  # after a stage heading, or after an item's key data: the next title
        pending_number: Block | None = None  # "Projet n° 1" whose title is on the next line
        list_label: tuple[str, str] | None = None  # a label over a list of its values
        timeline: int | None = None  # "2021" alone over the items launched that year
        for k, block in enumerate(self.blocks):
            if _YEAR_LINE.match(block.text) and len(block.lines) == 1:
                timeline = int(block.text.strip())
                self.ledger.take(block.first, block.last)
                continue
            if timeline is not None and (
                (block.kind == "heading" and not _timeline_headings(self.blocks, k))
                or (
                    block.kind == "paragraph"
                    and self.stage_first.match(fold(block.text))
                    and len(block.text) < 40
                )
            ):
                timeline = None  # "ET DEMAIN ?", "À venir": the timeline is over
            if block.kind == "furniture" and not self._is_group(
                block
            ):  # a stage repeated as a running header stays a stage
                self.ledger.take(block.first, block.last)
                continue
            if pending_number is not None:
                number, pending_number = pending_number, None
                if block.kind == "field" and fold(block.label or "") in self.title_labels and block.value:
                    # "EXPÉRIMENTATION N° 1" over "Intitulé    Veille Fraîcheur : …" (wrapped in its
                    # column): the item's title is the field's value, its facts follow
                    title = Block(
                        "heading",
                        number.first,
                        block.last,
                        clean_inline(block.value),
                        lines=[*number.lines, *block.lines],
                    )
                    current = _Item(title, group, year=timeline)
                    items.append(current)
                    expect_title = False
                    self.ledger.take(block.first, block.last)
                    continue
                # "Coup de pouce énergie : des visites à domicile pour" / "lutter contre …": a
                # title wrapped onto a line that goes on in lower case
                wrapped = (
                    len(block.lines) == 2
                    and block.lines[1].strip()[:1].islower()
                    and not block.lines[0].rstrip().endswith((".", ";", ":"))
                )
                if (
                    block.kind == "field"
                    and (len(block.lines) == 1 or wrapped)
                    and (block.value or "")[:1].islower()
                ):
                    # "Coup de pouce chauffage : prévenir …" under "PROJET 3": a title with a colon
                    block = Block(
                        "paragraph", block.first, block.last, clean_inline(block.text), lines=block.lines
                    )
                if _title_like(block) or (wrapped and block.kind == "paragraph"):
                    title = Block(
                        "heading",
                        number.first,
                        block.last,
                        clean_inline(" ".join(line.strip() for line in block.lines))
                        if wrapped
                        else clean_inline(block.lines[0]),
                        lines=[*number.lines, *(block.lines if wrapped else block.lines[:1])],
                    )
                    current = _Item(title, group, year=timeline)
                    items.append(current)
                    expect_title = False
                    continue
            if self._is_theme(k):
                # "1 | SE LOGER ET HABITER" over "1.1 …", "1.2 …": a theme the items are filed
                # under, not an item; their stage is in their own key data
                current, expect_title, group = None, True, None
                self._document_text(block, clean_inline(block.text))
                continue
            if (
                self._is_group(block)
                and current is not None
                and group is not None
                and fold(self._group_name(block)) == fold(group)
                and k > 0
                and self.blocks[k - 1].kind == "furniture"
            ):
                # "EXPÉRIMENTATIONS EN COURS" atop each page of its stage, under the page's
                # footer and number: a running head, the item above goes on below it
                self.ledger.take(block.first, block.last)
                continue
            if self._is_group(block) and not self._counts_group(k):
                group = self._group_name(block)
                current, expect_title, timeline = None, True, None
                self.ledger.take(block.first, block.last)
                continue
            if (
                current is None
                and expect_title
                and group is not None
                and len(block.lines) <= 3
                and block.kind == "paragraph"
                and re.match(rf"^\W*\d{{1,2}}\s+(?:{self.nouns})\b", clean_inline(block.text), re.I)
                is not None
            ):
                # "2 expérimentations menées à leur terme" (and a line under it) right under the
                # stage's line: its count, no item's title
                self._document_text(block, group or "Introduction")
                continue
            if block.number_only:
                pending_number = block  # "Projet n° 1": the title follows on the next line
                self.ledger.take(block.first, block.last)
                continue
            if (
                block.kind == "field"
                and len(block.lines) <= 2
                and re.match(r"^\s*\d{1,2}[.)]\s", block.lines[0])
                and self._key(block.label or "") is None
                and (block.value or "")[:1].islower()
                and (len(block.lines) == 1 or block.lines[1].startswith(" "))
            ):
                # "5) Caisse alimentaire commune : soixante foyers tests", wrapped or not: a
                # numbered title with a colon, not a field
                text = clean_inline(" ".join(line.strip() for line in block.lines))
                block = Block(
                    "item", block.first, block.last, re.sub(r"^\d{1,2}[.)]\s+", "", text), lines=block.lines
                )
            before = self.blocks[k - 1] if k > 0 else None
            if (
                current is not None
                and current.fields
                and block.kind == "paragraph"
                and len(block.lines) <= 2
                and before is not None
                and before.kind == "field"
                and block.first == before.last + 1
                and not block.text.rstrip().endswith(".")
                and not self._over_section_label(k)
            ):
                # "… commissariat de police de Beaune, Hospices" / "Civils de Beaune": a facts
                # line's value going on, in a narrow column, not a title
                label, value, key = current.fields[-1]
                current.fields[-1] = (label, f"{value} {clean_inline(block.text)}".strip(), key)
                current.blocks.append(block)
                continue
            if current is not None and current.fields and self._unknown_field(block, k):
                # "**Où :** six hameaux", "Jeunes concernés" over "42 jeunes…", between fields of
                # the item's key data: a field the vocabulary lacks, kept, never a new title
                current.blocks.append(block)
                continue
            # an item whose key data are read (under a key-data heading, or two fields or more)
            # is closed by the next title-like line that is not a field
            if (
                block.kind == "field"
                # (one line, or wrapped onto a second going on in lower case: "Sortir de chez soi :
                # un transport" / "accompagné pour les aînés")
                and (
                    len(block.lines) == 1 or (len(block.lines) == 2 and block.lines[1].strip()[:1].islower())
                )
                and self._key(block.label or "") is None
                and (
                    expect_title
                    or (
                        current is not None
                        and current.fields
                        # (key data read: under its heading, or two known fields or more)
                        and (current.key_data or len({k for _, _, k in current.fields}) >= 2)
                    )
                )
                and (block.value or "")[:1].islower()
            ):
                # "Droits d'abord : l'ouverture automatique des aides": a title with a colon (its
                # lines joined: one title, not a title over a subtitle)
                joined = clean_inline(" ".join(line.strip() for line in block.lines))
                block = Block(
                    "paragraph",
                    block.first,
                    block.last,
                    joined,
                    lines=block.lines if len(block.lines) == 1 else [joined],
                )
            closed = (
                current is not None
                and current.fields
                and (current.key_data or len({k for _, _, k in current.fields}) >= 2)
                and block.kind != "field"
                and not self._fields_of(block)
            )
            bold_only = (
                block.kind == "heading"
                and bool(block.lines)
                and block.lines[0].strip().startswith("**")
                # "**3.2 Permis de conduire solidaire**": a numbered title in bold, not a figure
                and not re.match(r"^\*\*\s*\d{1,2}\.\d{1,2}\.?\s+[^\W\d]", block.lines[0].strip())
                # ("**Premier loyer** — Pour les 18-25 ans …": a name in bold leading its text)
                and not _BOLD_LED.match(block.lines[0])
                # ("**LE BUS DES DROITS**" that the summary table names: the item's title)
                and fold(clean_inline(block.text)) not in self._table_titles
            )
            if (
                current is not None
                and block.kind == "heading"
                and block.lines
                and re.match(r"^ {2,}\S", block.lines[0])
                and current.heading.lines
                and not current.heading.lines[0][:1].isspace()
                and block.first > current.heading.last + 1
            ):
                # "    TÉMOIGNAGE" set in from the margin inside an item whose title is not: a box
                # of the item's (a quote, a figure), never the next item
                current.blocks.append(block)
                continue
            if bold_only and current is not None and not current.key_data:
                current.blocks.append(block)  # "**146 prêts accordés**": a figure of the item, not a new item
                continue
            if _page_turn(block):
                continue  # "*Suite de la fiche page suivante*": the item goes on over the page
            if self._is_title(block) or (
                # ("**Repères**" after "**Qui fait quoi ?**": a second key-data box, no title)
                (expect_title or closed) and _title_like(block) and not self._is_key_data(block)
            ):
                if (
                    block.kind == "paragraph"
                    and len(block.lines) == 2
                    and not _ARROW_TITLE.match(block.lines[0])
                    # ("1.3 Une place … qui reprennent" / "un emploi …": one title wrapped)
                    and not (_numbered_title(block) and _title_lines(block))
                ):
                    # a title over its subtitle: the title is the first line, the subtitle its text
                    title = Block(
                        "heading",
                        block.first,
                        block.first,
                        clean_inline(block.lines[0]),
                        lines=block.lines[:1],
                    )
                    current = _Item(title, group, year=timeline)
                    current.blocks.append(
                        Block(
                            "paragraph",
                            block.last,
                            block.last,
                            clean_inline(block.lines[1]),
                            lines=block.lines[1:],
                        )
                    )
                    items.append(current)
                    expect_title = False
                    continue
                current = _Item(block, group, year=timeline)
                items.append(current)
                expect_title = False
                continue
            if current is None:
                for match in self.announce.finditer(fold(block.text)):
                    stage = match["stage"]
                    if stage is None and group is not None:
                        continue  # ("2 projets seront lancés en 2022" under its stage: the stage's count)
                    announced[stage] = int(match[1])
                    announced_line = announced_line or block.first
                if group is None and (told := self._told_count(block.text)):
                    told_total = max(told_total or 0, told)  # ("neuf expérimentations ont été engagées")
                self._document_text(block, "Introduction" if group is None else group)
                continue
            if (
                self._is_key_data(block)
                and block.kind == "heading"
                and current.heading.kind == "heading"
                and 0 < block.level <= current.heading.level
                and _heading_style(block) == _heading_style(current.heading)
                and current.group is None
            ):
                # "ÉDITO" / "=====" then "L'ESSENTIEL" / "=====": a part of the document beside the
                # one above, not its key data — no item opens before the first stage
                current = None
                self._document_text(block, "Introduction")
                continue
            listed_name = (
                list_label is not None
                and block.kind in ("field", "paragraph")
                and bool(block.lines)
                and block.lines[0].lstrip()[:1] in ("-", "–", "•", "*", "▪")
                and not self._fields_of(block)
            )
            if self._is_key_data(block) and not listed_name:
                current.key_data = True
                current.blocks.append(block)
                labelled = self._fields_of(block) if block.kind == "field" and not block.value else []
                if labelled:
                    list_label = (labelled[-1][0], labelled[-1][2])  # ("Qui fait quoi ?" over its list)
                continue
            fields = self._fields_of(block)
            bulleted = bool(block.lines) and block.lines[0].lstrip()[:1] in ("-", "–", "•", "*", "▪")
            if not fields and block.kind == "item" and list_label is not None:
                fields = [(list_label[0], block.text, list_label[1])]  # "Partenaires" over "- A" / "- B"
            elif (
                not fields
                and block.kind in ("field", "paragraph")
                and bulleted
                and list_label is not None
                and (
                    named := re.match(
                        r"^\W*(?P<name>[^:]{2,80}?)\s*:\s", clean_inline(block.lines[0].strip())
                    )
                )
            ):
                # "Qui fait quoi ?" over "– La CAF des Landes : réalise l'examen …": the named one
                fields = [(list_label[0], named["name"].strip(), list_label[1])]
            elif block.kind != "item" and not (block.kind in ("field", "paragraph") and bulleted):
                list_label = None
            if fields and block.kind == "field" and not fields[-1][1]:
                list_label = (fields[-1][0], fields[-1][2])
            if fields:
                current.fields.extend(fields)
            current.blocks.append(block)
        _fold_subheadings(items)
        items = _follow_ups_joined(items, self.continued)
        # (an item told in prose whose facts only a summary table gives is an item too)
        self._summary_facts(items)
        # an item is one whose key data are read: under a key-data heading, or two fields or
        # more ("L'essentiel en chiffres" over figures alone is the document's, not an item's)
        kept = [
            item
            for item in items
            if (item.key_data and item.fields)
            or len({k for _, _, k in item.fields}) >= 2
            or id(item.heading) in self._listed_items  # one of an announced list's bullets
            or id(item) in self._summarised  # a row of the summary table names it
            or (
                self._contents_titled
                and fold(clean_inline(item.heading.text)) in self._contents_groups
                and item.heading.first not in self._contents_lines  # (the contents' own line)
            )
            or self._told_item(item)
            or id(item.heading) in self._led_titles  # "🔜 À venir : Title": its stage says it is one
            or id(item.heading) in self._releases  # a press release's headline: its own item
            # "▶ NAME : text", three paragraphs or more so: each an item, its facts told or not
            or id(item.heading) in self._capital_titles
        ]
        # "### 3.2 Une laverie solidaire" told in prose among "### 3.1 …" sheets of key data: the
        # same numbered heading as two kept items is an item too
        styles = Counter(_numbered_style(item.heading) for item in kept)
        # ("### Les nuits de répit" with one fact, under "## Projets en cours" beside "### …"
        # items of key data: a heading of the kept items' level, in a stage group, is an item too)
        levels = Counter(
            item.heading.level for item in kept if item.heading.kind == "heading" and item.heading.level
        )
        usual = levels.most_common(1)[0][0] if levels and levels.most_common(1)[0][1] >= 2 else None
        kept = [
            item
            for item in items
            if item in kept
            or (_numbered_style(item.heading) is not None and styles[_numbered_style(item.heading)] >= 2)
            # (a run shaped as its siblings', title, chapeau and text, its facts told in prose)
            or (id(item.heading) in self._run_titles and item.group is not None)
            or (
                usual is not None
                and item.group is not None
                and item.heading.kind == "heading"
                and item.heading.level == usual
                and (bool(item.fields) or self._told_item(item))
            )
        ]
        # "▶ La Navette des droits" … eight headings of one level, each over its text, in a kit
        # that counts eight experiments before them: its items, their facts told elsewhere (a
        # timeline) or nowhere
        siblings = [
            item
            for item in items
            if item.heading.kind == "heading"
            and item.heading.level
            and any(b.kind == "paragraph" and len(b.text) >= 120 for b in item.blocks)
        ]
        first_item = min((item.heading.first for item in siblings), default=0)
        said = announced.get(None) or max(
            (self._told_count(b.text) or 0 for b in self.blocks if b.last < first_item), default=0
        )
        by_level = Counter(item.heading.level for item in siblings)
        counted = [level for level, n in by_level.items() if n == said and n >= 3]
        if len(counted) == 1 and len(kept) < said:
            kept = [
                item
                for item in items
                if item in kept or (item in siblings and item.heading.level == counted[0])
            ]
        # ("Contacts presse" over names, roles, phones and mails: the kit's press contacts — not
        # an item whose facts the contacts only follow, its start, partners, public told)
        kept = [
            item
            for item in kept
            if not (_contacts_only(item.blocks) and len({k for _, _, k in item.fields} - {"state"}) < 2)
        ]
        for item in items:
            if item not in kept:
                self._document_text(item.heading, item.group or "Introduction")
                for block in item.blocks:
                    self._document_text(block, item.heading.text)
                    if item.group is None and (told := self._told_count(block.text)):
                        told_total = max(told_total or 0, told)  # (the introduction, under the title)
        if not kept and (recapped := self._recapped_items()):
            # items told in prose and named by a recap list: each from its first mention
            covered = {id(b) for item in recapped for b in item.blocks}
            for block in self.blocks:
                if id(block) not in covered and block.kind != "furniture":
                    self._document_text(block, "Introduction")
            kept = recapped
        if not kept:
            return None
        recapped_stages = self._recap_stages()
        for item in kept:
            # (the stage a contents page files an item under, when its own text is under none)
            staged = self._contents_groups.get(fold(clean_inline(item.heading.text)))
            if staged:
                item.group = staged
            # (or the stage a closing recap or timeline lists it under, whatever count of
            # stages the text above it told: "3 expérimentations menées à terme" among the key
            # figures groups nothing)
            elif recap := recapped_stages.get(fold(_bare_title(item.heading.title))):
                item.group = recap
        if None not in announced and told_total:
            announced[None] = told_total  # (the largest count the introduction tells in words)
        total = announced.get(None)
        self._reconcile(announced, announced_line, kept)
        records = [self._record(item) for item in kept]
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        document.records_announced = total
        return ParseResult(document=document, records=records)

    def _told_count(self, text: str) -> int | None:
        """The count of items a sentence tells in words or figures, the one count in it."""
        best = None
        # ("8 expérimentations sont présentées : 3 terminées, 3 en cours et 2 en projet": the total,
        # then its parts by stage after the colon)
        for sentence in re.split(r"(?<=[a-zà-ÿ0-9)»%*])(?:[.;!?:]\s+(?=[A-ZÀ-Ý*«])|\s*:\s+(?=\**\d))", text):
            found = list(self.counted_loose.finditer(fold(sentence)))
            if len(found) == 1:
                n = found[0]["n"]
                value = int(n) if n.isdigit() else self.number_words.get(n)
                best = max(best or 0, value or 0) or None
        return best

    def _slide_stage(self, block: Block) -> str | None:
        """The stage line opening a slide's few short lines ("Les projets en cours" / "3
        expérimentations sur le terrain" / "Premiers résultats attendus en 2025"), one paragraph
        to the block reader."""
        if (
            block.kind == "paragraph"
            and 2 <= len(block.lines) <= 5
            and all(len(line.strip()) <= 60 for line in block.lines)
            and self.group.match(fold(block.lines[0])) is not None
        ):
            return clean_inline(block.lines[0])
        return None

    def _group_name(self, block: Block) -> str:
        """A stage heading's name, its numbering and announced count aside."""
        if (slide := self._slide_stage(block)) is not None:
            return slide
        # "5.1 Expérimentations achevées", "I. Expérimentations achevées": the number dropped
        group = re.sub(
            r"^(?:[^\W\d_]{3,12}\s+(?:\d{1,2}|[IVXivx]{1,4})\s*[—–:.-]\s*"  # "PARTIE 1 — "
            # ("1 — DÉJÀ ÉVALUÉES": a number set apart by a dash)
            r"|(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})(?:\s+[—–-]\s+|[.)]?\s+)|[A-Ha-h][.)]\s+)",  # "A) "
            "",
            clean_inline(block.text).strip("# ").lstrip(_BANNER_MARKS + " "),  # ("▶ EN COURS")
            count=1,
        )
        # ("Première partie : les expérimentations terminées": a part counted by its ordinal)
        group = _ordinal_part().sub("", group, count=1)
        # "… — trois projets", "… (3 projets)", "… (3)": the count the heading announces
        group = re.sub(rf"\s*(?:[—–:-]\s*|\()\s*\w+\s+(?:{self.nouns})\)?\s*$", "", group, flags=re.I)
        group = re.sub(r"\s*\(\s*\d{1,2}\s*\)\s*$", "", group)
        # "— EN COURS —": the rules around a band's name
        return re.sub(r"^[—–=~*_-]+\s+(?P<name>.+?)\s+[—–=~*_-]+$", r"\g<name>", group.strip())

    def _recap_stages(self) -> dict[str, str]:
        """Folded names → stage, from a recap or a timeline that lists the items under stage
        lines ("Expérimentations achevées" over "• Bus des droits ........ 2021 – 2024", or over
        "2019 — lancement de « Bus des droits »"): the stage it files each item under. Two
        stages at least, each over entries only."""
        stages: dict[str, str] = {}
        group: str | None = None
        for block in self.blocks:
            if block.kind == "furniture" or not block.text.strip():
                continue
            text = " ".join(block.text.split())
            entry = _RECAP_LINE.match(text) or _RECAP_BULLET.match(text) or _RECAP_PLAIN_BULLET.match(text)
            if entry is None and self._is_group(block):
                group = self._group_name(block)
                continue
            if block.kind == "field" and self.group.match(fold(block.value or "")):
                # ("Calendrier" over "Expérimentations achevées": the timeline's heading over its
                # first stage line, read as a label over its value)
                group = clean_inline(block.value or "").strip()
                continue
            names = [clean_inline(entry["title"])] if entry is not None else []
            if entry is None:
                # ("2019 — lancement de « Title »": a timeline's steps, a line each)
                steps = [_QUOTED_STEP.match(" ".join(line.split())) for line in block.lines]
                names = [step["title"] for step in steps if step is not None]
                if len(names) < len(block.lines):
                    names = []
            if group is None or not names:
                group = None
                continue
            for name in names:
                stages.setdefault(fold(name), group)
        return stages if len(set(stages.values())) >= 2 else {}

    def _recapped_items(self) -> list[_Item]:
        """A kit that tells its items in running prose (an interview, an article) and lists them
        once in a recap ("• Zéro impayé ........ depuis 2019", three lines or more): each listed
        name is an item, from the first block naming it (under the stage heading above it) up to
        the next item's; its start year the recap's."""
        run: list[tuple[int, re.Match[str]]] = []
        best: list[tuple[int, re.Match[str]]] = []
        recap_groups: dict[int, str] = {}  # an entry's line → the stage the recap lists it under
        stage: str | None = None
        for number, line in enumerate(self.source.lines, 1):
            match = _RECAP_LINE.match(line) or _RECAP_BULLET.match(line) or _RECAP_PLAIN_BULLET.match(line)
            counted = _COUNTED_STAGE.match(line)
            if match:
                run.append((number, match))
                if stage:
                    recap_groups[number] = stage
            elif counted is not None and self.stage_anywhere.search(fold(counted["name"])):
                stage = counted["name"].strip()  # "Terminées (2)" over its entries
            elif line.strip() and not (
                run and (line.startswith((" ", "\t")) or re.fullmatch(r"\s*https?://\S+\s*", line))
            ):
                run, stage = [], None  # (an entry's link, or its line going on, indented, keep the run)
            if len(run) > len(best):
                best = list(run)
        if len(best) < 3:
            return []
        recap_first = best[0][0]
        groups = [k for k, b in enumerate(self.blocks) if b.first < recap_first and self._is_group(b)]
        start = groups[0] if groups else 0
        found: list[tuple[int, str, int, str | None]] = []
        staged_at: dict[int, str | None] = {}
        for at_line, match in best:
            key = fold(match["title"])
            naming = [
                k
                for k in range(start, len(self.blocks))
                if self.blocks[k].first < recap_first
                and self.blocks[k].kind != "furniture"
                and f" {key} " in f" {fold(self.blocks[k].text)} "
            ]
            if not naming:
                return []  # a name the text never tells: a list of something else
            # (the question that asks about it, "**Où en est le Bus des droits ?**", rather than
            # the chapô that names it in passing)
            asked = [
                k
                for k in naming
                if self.blocks[k].kind == "heading"
                or (len(self.blocks[k].lines) == 1 and bold_line(self.blocks[k].lines[0]) is not None)
            ]
            k = asked[0] if asked else naming[0]
            state = match.groupdict().get("state")
            found.append((k, clean_inline(match["title"]).strip(' «»"“”'), int(match["year"]), state))
            staged_at[k] = recap_groups.get(at_line)
        found.sort()
        end_at = next((k for k, b in enumerate(self.blocks) if b.first >= recap_first), len(self.blocks))
        items = []
        for n, (k, title, year, state) in enumerate(found):
            until = found[n + 1][0] if n + 1 < len(found) else end_at
            above = [j for j in groups if j < k]
            group = staged_at.get(k) or (self._group_name(self.blocks[above[-1]]) if above else None)
            first = self.blocks[k].first
            heading = Block("heading", first, first, title, lines=[self.source.line(first)])
            blocks = [
                # ("R : Du constat que …": an answer, its text — no fact the family knows)
                Block("paragraph", b.first, b.last, clean_inline(b.value or ""), lines=b.lines)
                if b.kind == "field" and self._key(b.label or "") is None and b.value
                else b
                for b in self.blocks[k:until]
                if b.kind != "furniture" and not self._is_group(b)
            ]
            item = _Item(heading, group, blocks, year=year)
            if state:
                item.fields.append(("Statut", state.strip(" ."), "state"))  # the recap's stage
            items.append(item)
        return items

    def _summary_facts(self, items: list[_Item]) -> None:
        """A table that lists the items again ("N° | Expérimentation | Depuis | Statut", "en un
        coup d'œil"): a row naming an item gives it the facts its own key data lack, under the
        column's label; never a second item."""
        titles = {fold(clean_inline(item.heading.title)): item for item in items}
        # ("Bus des droits" in the table, "Le Bus des droits" over its text: the title without its article)
        for each in items:
            bare = re.sub(r"^(?:l['’]\s*|(?:le|la|les)\s+)", "", fold(clean_inline(each.heading.title)))
            titles.setdefault(bare, each)

        def named(cell: str) -> _Item | None:
            # ("Bouger sur ordonnance : sport-santé seniors" in the table, "5/ Bouger sur
            # ordonnance" over its text: the item's title, its subtitle after a colon or a dash)
            full = clean_inline(cell)
            short = re.split(r"\s+[:–—-]\s+|\s*:\s+", full, maxsplit=1)[0]
            return titles.get(fold(full)) or (titles.get(fold(short)) if len(short) >= 8 else None)

        for block in self.blocks:
            if block.kind != "table" or len(block.rows) < 3:
                continue
            keys = [
                self._key(clean_inline(c).strip(" *:"))
                or ("start" if fold(clean_inline(c).strip(" *:")) in self._summary_starts else None)
                for c in block.rows[0]
            ]
            if not any(keys):
                continue
            # a column of stage words alone ("Terminée", "En cours", "En préparation"): the stage
            # each item is in, as a stage heading would file it
            staged = {
                n
                for n in range(len(block.rows[0]))
                if all(
                    n < len(row) and self.stage_only.fullmatch(fold(clean_inline(row[n])).strip())
                    for row in block.rows[1:]
                    if any(c.strip() for c in row)
                )
            }
            other_keys = {key for n, key in enumerate(keys) if key and n not in staged}
            for row in block.rows[1:]:
                item = next((found for c in row if (found := named(c)) is not None), None)
                if item is None:
                    continue
                self._summarised.add(id(item))
                if staged and item.group is None:
                    item.group = clean_inline(row[min(staged)]).strip()
                own = {k for _, _, k in item.fields}
                for n, (label, cell, key) in enumerate(zip(block.rows[0], row, keys, strict=False)):
                    value = clean_inline(cell).strip()
                    if not key or not value.strip("–—- ") or (n in staged and key in other_keys):
                        # (the stage column gave the stage; another column tells the state)
                        continue
                    told = [f for f in item.fields if f[2] == key]
                    if key == "state" and told and all(len(v) > 60 for _, v, _ in told) and len(value) <= 40:
                        # "pérennisée en 2022" in the table, a paragraph of the item's own "Où en
                        # est-on ?": the outcome, as the summary puts it
                        item.fields = [f for f in item.fields if f[2] != key]
                        own.discard(key)
                    if key not in own:
                        item.fields.append((clean_inline(label).strip(" *:"), value, key))

    def _document_text(self, block: Block, name: str) -> None:
        text = "\n".join(line.strip() for line in block.lines)
        self.doc_sections[name] = f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
        self.ledger.take(block.first, block.last)

    def _reconcile(self, announced: dict[str | None, int], line: int | None, items: list[_Item]) -> None:
        total = announced.pop(None, None)
        if total is not None and total != len(items):
            self.warnings.add(
                "announced-count", f"the document announces {total} items, {len(items)} found", line
            )

    def _record(self, item: _Item) -> Experiment:
        values: dict[str, str] = {}
        group = item.group
        for _, value, key in item.fields:
            if key == "state":
                value = _GAUGE.sub("", value)  # "●●●○○ en cours de déploiement": the words after its gauge
            if key == "state" and group is None and self.stage_only.match(fold(value).strip()):
                # "Statut : achevée" in an item grouped by theme, not by stage: its stage (and
                # its state, as printed)
                group = clean_inline(value).strip(" .")
            values[key] = f"{values[key]}\n{value}".strip() if key in values else value
        states = values.get("state", "").split("\n")
        told_states = [s for s in states if fold(s).strip() != fold(group or "").strip()]
        if len(states) > 1 and told_states:
            # ("`Terminée`" over "**État d'avancement** généralisé …": the tag is the item's stage,
            # its state the one told)
            values["state"] = "\n".join(told_states)
        if "start" not in values and item.year:
            values["start"] = str(item.year)  # under "2021" in a timeline: launched that year
        sections: dict[str, str] = {}
        text_blocks = [b for b in item.blocks if not self._fields_of(b) and not self._is_key_data(b)]
        if text_blocks:
            sections["Texte"] = "\n".join(clean_inline(" ".join(b.lines)) for b in text_blocks)
        told_facts = self._told_facts(" ".join(b.text for b in text_blocks if b.kind == "paragraph"))
        for key, value in told_facts.items():
            values.setdefault(key, value)  # "Lancée en avril 2020 …, évaluée par …": facts told in prose
        if "start" not in values and id(item.heading) in self._releases:
            # a release telling a launch without its year ("Lancée cette année", "à partir du
            # 1er mars"): the year it is dated
            values["start"] = str(self._releases[id(item.heading)])
        if "state" in told_facts and group is None and values.get("state") == told_facts["state"]:
            group = told_facts["state"]
        if "partners" not in values and text_blocks:
            # "L'expérience a été menée avec la CAF et l'IFSI de Saintes": partners told in prose
            told = told_partners(
                (b.text for b in text_blocks if b.kind == "paragraph"),
                self.prose_partners,
                self.prose_partners_after,
            )
            if told:
                values["partners"] = ", ".join(told)
        if item.fields:
            sections["Données de pilotage"] = "\n".join(
                f"{label} : {value}" for label, value, _ in item.fields
            )
        first = item.heading.first
        last = item.own_last or max([item.heading.last, *(b.last for b in item.blocks)])
        self.ledger.take(first, last)
        for span in item.follow_ups:
            self.ledger.take(*span)
        # "3. Title", "2.1 – Title", "4 / TITLE": the item's number, not its title
        title = _bare_title(item.heading.title)  # "3. Title", "▶ Title": its number or arrow aside
        if _QUOTED_TITLE.fullmatch(title.strip()):
            title = title.strip()[1:-1].strip()  # "« Le Frigo partagé »": the name, its quotes aside
        if not re.search(r"\b(?:19|20)\d\d\b", values.get("start", "")) and (
            started := started_in(self._chronology, title)
        ):
            # "Octobre 2019   Lancement du Chèque eau solidaire …" in the kit's chronology: the
            # year of the first step naming it, when its own text gives none
            values["start"] = str(started[0])
        for key, value in told_of(self.source, self._chronology, title).items():
            values.setdefault(key, value)  # "2021 — évaluation de « Title » confiée à Pluricité"
        return experiment_record(
            self.source,
            self.info,
            self.money,
            self.placeholders,
            (title, group, first, last),
            values,
            sections,
        )

    def _told_item(self, item: _Item) -> bool:
        """An item of a stage that tells its facts in its sentences, no key data ("Démarrée en
        janvier 2021, l'expérimentation a été évaluée par le cabinet …"): two facts or more told
        (its start, and its evaluator, state or partners), under a stage heading."""
        titled = item.heading.kind == "heading" or _QUOTED_TITLE.fullmatch(item.heading.text.strip())
        if item.group is None or not titled or item.fields:
            return False
        texts = [b.text for b in item.blocks if b.kind == "paragraph"]
        told = set(self._told_facts(" ".join(texts)))
        if told_partners(texts, self.prose_partners):
            told.add("partners")  # "… conduite de 2020 à 2022 avec la Chambre d'agriculture …"
        return "start" in told and len(told) >= 2

    def _told_facts(self, text: str) -> dict[str, str]:
        """An item's facts told in its sentences, where no key data give them: "Lancée en avril
        2020", "évaluée par l'Observatoire régional de la santé", "elle est aujourd'hui terminée"
        (the family's start labels, evaluator words and stage words)."""
        text = " ".join(text.split())
        facts: dict[str, str] = {}
        start = self.told_start.search(text)
        if start:
            facts["start"] = start["when"]
        elif (span := _OPENING_SPAN.match(text)) is not None:
            facts["start"] = (
                span["start"] or span["from"]
            )  # "De 2019 à 2023 | Évaluation : …": its years first
        evaluated = self.told_evaluator.search(text)
        if evaluated:
            who = re.split(r"\s*[;,.()]\s|\s+(?:qui|et qui|dont|pour|afin)\s", evaluated["who"])[0]
            facts["evaluator"] = re.sub(r"^(?:l['’]|le |la |les )", "", who.strip()).strip()
        elif (subject := self.evaluator_subject.search(text)) is not None:
            who = re.sub(r"^(?:C['’]est\s+)", "", subject["who"].strip())
            facts["evaluator"] = re.sub(r"^(?:l['’]|le |la |les )", "", who, flags=re.IGNORECASE).strip()
        state = self.told_state.search(text)
        if state:
            facts["state"] = state["state"] or state["moved"]
        return facts


_BRACKETED_FIELD = re.compile(
    r"\((?P<label>[^\W\d][\w'’ -]{1,30}?)\s*:\s*(?P<value>[^():]{2,300})\)\s*[.;]?\s*$"
)
_IMAGE_LINE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_BOLD_NUMBERED = re.compile(
    r"^\s*\d{1,2}[.)]\s+\*\*(?P<title>[^*]{3,200}?)\*\*\s*(?:[—–:-]\s*(?P<rest>\S.*))?$"
)


_BANNER_MARKS = "▶►▸■◆●"
# "FOCUS ▸ Le panier frais du mercredi": a kicker word, an arrow, the title
_ARROWED = re.compile(r"^\W*(?P<word>[^\W\d][\w ]{1,15}?)\s*[▸►▶›>]\s*(?P<title>\S.{2,120})$")


def _theme_kickers(blocks: list[Block]) -> list[Block]:
    """ "LOGEMENT" / "Un chez-soi d'abord, même loin de la ville" / its subtitle …: a short word in
    capitals naming the item's theme right over its title, item after item (a booklet's double
    pages): the title is the line under the kicker, the kicker no title — three times or more,
    with three kickers or more."""
    nouns = {fold(n) for n in load_reference("experiments")["item_nouns"]}
    found: list[int] = []
    for k, block in enumerate(blocks[:-1]):
        below = blocks[k + 1]
        words = block.text.split()
        if (
            block.kind == "heading"
            and len(block.lines) == 1
            and 1 <= len(words) <= 4
            and is_capitals(block.text)
            and not re.search(r"\d", block.text)
            and block.lines[0].strip()[:1].isalpha()  # ("▶ CE QUI A MARCHÉ": a marked stage, no kicker)
            and not block.text.rstrip().endswith(("?", ":", "!"))  # ("QUOI ?": a section's question)
            and not set(fold(below.lines[0] if below.lines else "").split())
            & nouns  # ("Quatre expérimentations …")
            and below.kind in ("paragraph", "heading")
            and below.first == block.last + 1
            and below.lines
            and 3 <= len(below.lines[0].strip()) <= 120
            and not is_capitals(below.lines[0])
            and below.lines[0].strip()[:1].isupper()
            and not below.lines[0].rstrip().endswith((".", ":", ";", ","))
        ):
            found.append(k)
    kickers = Counter(fold(blocks[k].text) for k in found)
    if len(found) < 3 or len(kickers) < 3 or max(kickers.values()) > 2:
        return blocks  # (a theme names two items at most; a word over every item is a section's)
    out: list[Block] = []
    titled: set[int] = {k + 1 for k in found}
    for k, block in enumerate(blocks):
        if k in found:
            out.append(Block("paragraph", block.first, block.last, block.text, lines=block.lines))
            continue
        if k in titled:
            head = block.lines[0]
            out.append(
                Block("heading", block.first, block.first, clean_inline(head.strip()), level=2, lines=[head])
            )
            rest = block.lines[1:]
            if rest:
                out.append(
                    Block(
                        "paragraph",
                        block.first + 1,
                        block.last,
                        clean_inline(" ".join(x.strip() for x in rest)),
                        lines=rest,
                    )
                )
            continue
        out.append(block)
    return out


def _kicker_titles(blocks: list[Block]) -> list[Block]:
    """ "ZOOM SUR : Mutuelle solidaire" (a kicker word of document.yaml `section_words`, then the
    name) heading an item's page: the item's title; the line right under it, set as a heading
    of its own, its subtitle (part of its text, not another item)."""
    words = {fold(w) for w in load_reference("document")["section_words"]}
    # ("PISTE ▸ Title" twice or more, in capitals: the document's own kicker word)
    arrow_words = Counter(
        m["word"].strip()
        for b in blocks
        if b.kind in ("paragraph", "heading", "field")
        and b.lines
        and (m := _ARROWED.match(b.lines[0].strip())) is not None
        and m["word"].strip().isupper()
    )
    words |= {fold(w) for w, n in arrow_words.items() if n >= 2}
    out: list[Block] = []
    kicked: Block | None = None  # the last title so read
    for block in blocks:
        if kicked is not None and block.kind == "heading" and block.first == kicked.last + 1:
            out.append(Block("paragraph", block.first, block.last, block.text, lines=block.lines))
            kicked = None
            continue
        kicked = None
        if (
            block.kind == "field"
            and len(block.lines) == 1
            and fold(block.label or "") in words
            and block.value
            and len(block.value) <= 120
            and not block.value.rstrip().endswith(".")
        ):
            kicked = Block(
                "heading", block.first, block.last, clean_inline(block.value), level=2, lines=block.lines
            )
            out.append(kicked)
            continue
        arrowed = (
            _ARROWED.match(block.lines[0].strip())
            if block.kind in ("paragraph", "heading", "field") and block.lines
            else None
        )
        if (
            arrowed is not None
            and fold(arrowed["word"]) in words
            and not arrowed["title"].rstrip().endswith(".")
        ):
            # "FOCUS ▸ Le panier frais du mercredi" over its text: the item's title, its text below
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.first,
                    clean_inline(arrowed["title"]),
                    level=2,
                    lines=block.lines[:1],
                )
            )
            if len(block.lines) > 1:
                rest = block.lines[1:]
                out.append(
                    Block("paragraph", block.first + 1, block.last, clean_inline(" ".join(rest)), lines=rest)
                )
            continue
        out.append(block)
    return out


def _release_heads(blocks: list[Block]) -> tuple[list[Block], set[int], dict[int, int]]:
    """Press releases gathered one after another: the same header line over each ("COMMUNIQUÉ DE
    PRESSE"), its dateline ("Saint-Brieuc, le 14 octobre 2019"), then its headline, in capitals
    and maybe wrapped ("LE BUS DES DROITS : UN GUICHET …"). The header is the releases' furniture;
    the headline names the item before its colon, its tagline after it is text."""
    dated = re.compile(rf"(?i)^(?:[^\W\d][^,]{{1,40}},\s+)?(?:le\s+)?{day_pattern()}\.?$")

    def dateline(k: int) -> bool:
        return k < len(blocks) and blocks[k].kind == "paragraph" and bool(dated.match(blocks[k].text.strip()))

    heads = Counter(
        fold(b.text)
        for k, b in enumerate(blocks)
        if b.kind in ("heading", "paragraph") and len(b.lines) == 1 and len(b.text) <= 60 and dateline(k + 1)
    )
    header = next((h for h, n in heads.most_common(1) if n >= 3), None)
    taglines: set[int] = set()
    releases: dict[int, int] = {}  # each headline's block → the year its release is dated
    if header is None:
        return blocks, taglines, releases
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if not (block.kind in ("heading", "paragraph") and fold(block.text) == header and dateline(k + 1)):
            out.append(block)
            k += 1
            continue
        out.append(Block("furniture", block.first, block.last, block.text, lines=block.lines))
        out.append(blocks[k + 1])
        year = int(re.findall(r"(?:19|20)\d\d", blocks[k + 1].text)[-1])
        k += 2
        wrapped: list[Block] = []  # the headline, a capitals heading over one line or two
        while (
            k < len(blocks)
            and blocks[k].kind == "heading"
            and blocks[k].text.isupper()
            and (not wrapped or blocks[k].first == wrapped[-1].last + 1)
            and len(wrapped) < 3
        ):
            wrapped.append(blocks[k])
            k += 1
        if not wrapped:
            continue
        lines = [line for b in wrapped for line in b.lines]
        text = " ".join(clean_inline(b.text) for b in wrapped)
        name, colon, tagline = text.partition(" : ")
        if not colon or len(name) > 70:
            name, tagline = text, ""
        first, last = wrapped[0].first, wrapped[-1].last
        # (the top of its release: a box heading under it, "EN BREF", is its own)
        out.append(Block("heading", first, last, name, level=1, lines=lines))
        releases[id(out[-1])] = year
        if tagline:
            out.append(Block("paragraph", first, last, tagline, lines=[]))
            taglines.add(id(out[-1]))
    return out, taglines, releases


def _bare_title(title: str) -> str:
    """A heading's title without the number or arrow it opens on ("3. Title", "▶ Title")."""
    title = re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s*(?:[—–/-]\s+)?(?=\S)", "", clean_inline(title))
    return re.sub(r"^[▶►▸➤]\s+", "", title)


def _follow_ups_joined(items: list[_Item], continued: set[str] | frozenset[str] = frozenset()) -> list[_Item]:
    """Later news of an item printed under its own name again (a release telling, two years on,
    that the experiment became a service), or its next slide or page under its name and "(suite)":
    one item, its later facts added and its later state the one it is in now."""
    named: dict[str, _Item] = {}
    out: list[_Item] = []
    for item in items:
        text = clean_inline(item.heading.text)
        key = fold(text)
        marked = re.search(r"\s*\(([^()]{1,12})\)\s*$", text)
        if marked and fold(marked[1]) in continued and fold(text[: marked.start()]) in named:
            key = fold(text[: marked.start()])  # ("Le Bus des droits (suite)": the same item, going on)
        earlier = named.get(key) if item.heading.kind == "heading" and key else None
        if earlier is None:
            named.setdefault(key, item)
            out.append(item)
            continue
        if earlier.own_last is None:
            earlier.own_last = max([earlier.heading.last, *(b.last for b in earlier.blocks)])
        known = {k for _, _, k in earlier.fields}
        if any(k == "state" for _, _, k in item.fields):
            earlier.fields = [f for f in earlier.fields if f[2] != "state"]
        earlier.fields += [f for f in item.fields if f[2] == "state" or f[2] not in known]
        earlier.blocks += item.blocks
        earlier.follow_ups.append(
            (item.heading.first, max([item.heading.last, *(b.last for b in item.blocks)]))
        )
    return out


def _heading_style(block: Block) -> str:
    """How a heading is set: "#" (markdown), "**" (a bold line), or "" (underlined, capitals)."""
    first = block.lines[0].lstrip() if block.lines else ""
    return "#" if first.startswith("#") else "**" if first.startswith("**") else ""


def _bold_numbered_items(blocks: list[Block]) -> list[Block]:
    """ "1. **Les permanences « Droits au marché »** — Un stand …" over its facts in a sub-list:
    an item titled by its bold run (numbered as a list numbers it), its pitch its first text —
    when two list items or more open so."""
    opening = [
        b for b in blocks if b.kind in ("item", "field") and b.lines and _BOLD_NUMBERED.match(b.lines[0])
    ]
    if len(opening) < 2:
        return blocks
    out: list[Block] = []
    for block in blocks:
        match = _BOLD_NUMBERED.match(block.lines[0]) if block in opening else None
        if match is None:
            out.append(block)
            continue
        out.extend(_titled(block, match["title"], match["rest"], 3))
    return out


_BOLD_LED = re.compile(r"^\s*\*\*(?P<title>[^*]{3,120}?)\*\*\s*[—–]\s*(?P<rest>\S.*)$")


def _bold_led_paragraphs(blocks: list[Block]) -> list[Block]:
    """ "**L'Épicerie qui roule** — Un ancien camion …": a paragraph opening on the item's name in
    bold, a dash, then its text (a magazine's page) — the item's title and its text, when three
    paragraphs or more open so, one level under the page's last heading."""
    # (a prose paragraph, not "**Calendrier** — lancement prévu en 2037": a field, a dash its colon)
    opening = {
        id(b)
        for b in blocks
        if b.kind in ("paragraph", "field") and len(b.text) > 120 and b.lines and _BOLD_LED.match(b.lines[0])
    }
    if len(opening) < 3:
        return blocks
    out: list[Block] = []
    level = 2
    for block in blocks:
        if block.kind == "heading" and block.level:
            level = block.level
        match = _BOLD_LED.match(block.lines[0]) if id(block) in opening else None
        out.extend(_titled(block, match["title"], match["rest"], min(level + 1, 6)) if match else [block])
    return out


# "▶ LE BUS DES DROITS : depuis …", ">> BOUCLIER ÉNERGIE : à l'approche …": a marker (or none),
# the item's name in capitals, a colon, its text
_CAPITAL_LED = re.compile(
    r"^(?:[▶►▸➤➜→•◆■▪]|>>?|->|=>)?\s*(?P<title>[^:]{3,160}?)\s+:\s+(?P<rest>\S.*)$", re.S
)
_LEAD_MARK = re.compile(r"^\s*(?:[▶►▸➤➜→•◆■▪]|>>?|->|=>)\s+")


def _capital_led_paragraphs(blocks: list[Block]) -> tuple[list[Block], set[int], set[int]]:
    """ "▶ TERRITOIRE ZÉRO NON-RECOURS : sur les quartiers …": paragraphs of a press release each
    opening on an item's name in capitals, then a colon and its text (the name may wrap onto the
    paragraph's second line) — the item's title and its text, when three paragraphs or more open
    so; a short line alone over such a paragraph ("Ce qui démarre"), or over a paragraph of its
    own then one, is the group above them, one level up. Returns the blocks, and the ids of the
    titles and of the groups so made (a name in capitals is a title even when it opens on a
    label's word: "TERRITOIRE ZÉRO NON-RECOURS")."""

    def opening(k: int) -> tuple[str, str, int] | None:
        """(title, text, last block index) of an item opening at block k."""
        block = blocks[k]
        if block.kind not in ("paragraph", "field", "heading") or not block.lines:
            return None
        last = k
        raw = [_LEAD_MARK.sub("", line.strip(), count=1) for line in block.lines]
        if (
            block.kind == "heading"
            and ":" not in block.text
            and k + 1 < len(blocks)
            and blocks[k + 1].first == block.last + 1
            and blocks[k + 1].kind in ("paragraph", "field")
        ):
            # "▶ GARDE D'ENFANTS … QUI" / "TRAVAILLENT TÔT OU TARD : depuis …": a name wrapped
            raw += [line.strip() for line in blocks[k + 1].lines]
            last = k + 1
        marked = _LEAD_MARK.match(block.lines[0]) is not None
        match = _CAPITAL_LED.match(clean_inline(" ".join(raw)))
        if match is None:
            return None
        title, rest = match["title"].strip(), match["rest"].strip()
        if not is_capitals(title) or len(title.split()) < 2 or (not marked and len(title.split()) > 12):
            return None
        if not rest[:1].islower() or len(rest) < 60:
            return None  # ("ZOOM SUR : Mutuelle solidaire", "EXPÉRIMENTATION N°3 : Un revenu …": a kicker, a title)
        return title, match["rest"].strip(), last

    found = {k: o for k in range(len(blocks)) if (o := opening(k)) is not None}
    if len(found) < 3:
        return blocks, set(), set()
    titles: set[int] = set()
    groups: set[int] = set()
    out: list[Block] = []
    level = 1
    grouped = False  # (once a group heads them, the items sit one level under it)
    skip: set[int] = set()
    for k, block in enumerate(blocks):
        if k in skip:
            continue
        if block.kind == "heading" and block.level and k not in found:
            level = block.level
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and len(block.text.split()) <= 6
            and not block.text.rstrip().endswith((".", ":", ";", ","))
            and (
                k + 1 in found
                # ("Ce qui s'arrête" / "Arrêter … ne veut pas dire …" / "▶ ÉPICERIE …": its intro between)
                or (k + 2 in found and blocks[k + 1].kind == "paragraph" and k + 1 not in found)
            )
        ):
            # "Ce qui démarre" over "▶ MÉDIATRICES …": the group of the items below
            grouped = True
            group = Block(
                "heading", block.first, block.last, block.text, level=min(level + 1, 5), lines=block.lines
            )
            groups.add(id(group))
            out.append(group)
            continue
        if k in found:
            title, rest, last = found[k]
            skip.update(range(k + 1, last + 1))
            item_level = min(level + (2 if grouped else 1), 6)
            end = blocks[last].last
            lines = [line for b in blocks[k : last + 1] for line in b.lines]
            heading = Block("heading", block.first, block.first, title, lines=lines[:1], level=item_level)
            titles.add(id(heading))
            out.append(heading)
            out.append(Block("paragraph", block.first, end, rest, lines=lines))
            continue
        out.append(block)
    return out, titles, groups


def _titled(block: Block, title: str, rest: str | None, level: int) -> list[Block]:
    """A list item opening on its bold title ("- **Title** : …", "1. **Title** — …"): the item's
    heading, and the rest of the item (its first line's, then its other lines) as its text."""
    heading = Block(
        "heading", block.first, block.first, clean_inline(title).strip(), lines=block.lines[:1], level=level
    )
    text = clean_inline(" ".join([rest or "", *(line.strip() for line in block.lines[1:])])).strip()
    return (
        [heading, Block("paragraph", block.first, block.last, text, lines=block.lines)] if text else [heading]
    )


def _timeline_headings(blocks: list[Block], k: int) -> bool:
    """Whether the items of the timeline around block k are titled by headings (then a heading
    is the next item, not the timeline's end): the first title after the year line above."""
    year = next((j for j in range(k - 1, -1, -1) if _YEAR_LINE.match(blocks[j].text)), None)
    if year is None:
        return False
    following = next(
        (b for b in blocks[year + 1 : k + 1] if b.kind in ("heading", "paragraph", "item")), None
    )
    return following is not None and following.kind == "heading"


def _fold_subheadings(items: list[_Item]) -> None:
    """ "#### Témoignage" under "### Projet 3 — …", over the project's key data: a section of
    the project, not an item that leaves the project without its data. Told by the document's
    own levels: the project's heading is at the level most items with data use, the section's
    deeper and rarer."""
    levels = Counter(item.heading.level for item in items if item.fields and item.heading.level)
    if not levels:
        return
    usual = levels.most_common(1)[0][0]
    for n in range(len(items) - 1, 0, -1):
        owner, sub = items[n - 1], items[n]
        if (
            owner.heading.kind == sub.heading.kind == "heading"
            and owner.group == sub.group
            and owner.heading.level == usual
            and (sub.heading.level or 0) > usual
            and levels[sub.heading.level] < levels[usual]
            and not owner.fields
        ):
            owner.blocks += [sub.heading, *sub.blocks]
            owner.fields += sub.fields
            owner.key_data = owner.key_data or sub.key_data
            del items[n]


_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\d)0\d(?:[ .\u00a0]?\d\d){4}(?!\d)|\.(?:fr|org|com)\b")


def _contacts_only(blocks: list[Block]) -> bool:
    """Blocks that only say whom to reach: short lines (names, roles, services), mails or phone
    numbers among them, no sentence."""
    texts = [b.text for b in blocks if b.kind != "furniture"]
    return (
        len(texts) >= 2
        and any(_REACH.search(t) for t in texts)
        and all(len(line.strip()) <= 80 for b in blocks for line in b.lines)
        and not any(line.rstrip().endswith((".", ";", ":")) for b in blocks for line in b.lines)
    )


def _numbered_style(block: Block) -> tuple[int, int] | None:
    """(markdown level, depth of its numbering) of a heading numbered "3.2 …" (level 0 for a
    list's numbered line "4) …" standing for a title), else None."""
    match = (
        # ("2/ Le panier frais …": a press release's way of numbering)
        re.match(r"^(#{0,6})\s*(\d{1,2}(?:\.\d{1,2})*)[.)/]?\s", block.lines[0].strip())
        if block.lines and (block.kind == "heading" or re.match(r"^\s*\d{1,2}[.)]\s", block.lines[0]))
        else None
    )
    return (len(match[1]), match[2].count(".")) if match else None


def _numbered_title(block: Block) -> bool:
    """ "1.1  Avant l'impayé : repérer les ménages": a line of its own opening on a two-level
    number and a capital, no sentence."""
    return (
        block.kind == "paragraph"
        and _title_lines(block)
        and not block.text.rstrip().endswith((".", ";", ","))
        and re.match(r"^\d{1,2}\.\d{1,2}\.?\s+[A-ZÀ-Ý«]", block.text) is not None
    )


def _title_lines(block: Block) -> bool:
    """A line of its own, or a title wrapped once ("1.3 Une place … qui reprennent" / "un emploi
    ou une formation": the second line goes on in lower case or the first hangs)."""
    return len(block.lines) == 1 or (
        len(block.lines) == 2
        and len(block.text) <= 160
        and (hanging(block.lines[0]) or block.lines[1].strip()[:1].islower())
    )
