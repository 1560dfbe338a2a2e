"""A CCAS/CIAS plan read from its blocks: parts, action sheets, labelled fields.

The layouts plans are written in, whatever their words: parts opened by a numbered heading
("Axe 2", "ORIENTATION 1 -", "Enjeu 3 –", a markdown `#`), then action sheets opened by a
numbered heading ("Fiche action 1.2 :", "Action n°3 –", "### Action 2.1"), by any heading or
list item that is followed by the fields a sheet has (pilote, partenaires, budget…), whatever
their form (`Label : value`, `**Label :** value`, `- Label : value`, a label line above its
value). A sheet printed over two pages ("(suite)") is one action. Tables of budgets per part
and recap tables are cross-checks of the sheets, never counted again. Announced counts
("4 actions", "TROIS FICHES") are compared with the sheets found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from ..document.blocks import (
    Block,
    build_blocks,
    field_block,
    hanging,
    heading_rank,
    heads_unwrapped_text,
    is_capitals,
    label_key,
    numbered_heading,
    run_in_headings,
    strip_numbering,
    unwrapped,
)
from ..extract.source import Source
from ..models import Action, BudgetLine
from ..normalize.amounts import find_amounts, split_amount
from ..normalize.budget import (
    AmountLine,
    budget_lines,
    money_words,
    names_a_component,
    one_off_labels,
    stated_period,
    then_words,
    total_of,
    years_of,
)
from ..normalize.choices import NOT_CHOSEN, OPEN_CHOICE, is_alternative
from ..normalize.entities import resolve_direction, resolve_partners
from ..normalize.money import format_eur
from ..normalize.periods import duration_months, names_a_benefit, recurrence, span_months
from ..normalize.text import clean_inline, fold
from ..query.tokens import tokens
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .mentions import sentence_context, sentence_following
from .plan_tables import (
    CELL_NUMBER,
    caption_scale,
    header_scale,
    is_total,
    money_head_cell,
    row_numbers,
    sheet_rows,
    table_units,
    with_unit,
    without_total_row,
)
from .plan_total import NOT_MULTIPLIED, check_against_the_plan, count_as_the_plan_does, printed_grand_total
from .prose_partners import partner_words, partners_before, told_partners
from .registry import ParseResult

MONEY_KEYS = ("budget", "financement")


@dataclass
class _Part:
    title: str
    heading: Block | None
    announced: int | None = None
    announced_line: int | None = None
    told: bool = False  # the count read from a sentence of the part's text, not a count line
    intro: list[Block] = field(default_factory=list)
    lead: str | None = None  # "Direction pilote : …" printed once for the part, over its sheets


@dataclass
class _Sheet:
    title: str
    heading: Block
    part: _Part | None
    blocks: list[Block] = field(default_factory=list)


class PlanVocabulary:
    def __init__(self) -> None:
        data = load_reference("ccas-plan")
        self.labels = {fold(label): key for key, labels in data["section_labels"].items() for label in labels}
        self.sheet_keys = set(data["sheet_keys"])
        self.period_ends = (
            frozenset(fold(w) for w in data["period_start_labels"]),
            frozenset(fold(w) for w in data["period_end_labels"]),
        )
        nouns = "|".join(re.escape(fold(n)) for n in sorted(data["count_nouns"], key=len, reverse=True))
        words = "|".join(re.escape(fold(w)) for w in data["number_words"])
        self.number_words = {fold(k): int(v) for k, v in data["number_words"].items()}
        self.count = re.compile(rf"^(?P<n>\d{{1,2}}|{words})\s+(?:{nouns})(?:\s+\w+){{0,3}}$")
        # ("Trois actions sont retenues au titre de cet enjeu :": a sentence counting them)
        self.told_count = re.compile(rf"(?:^| )(?P<n>\d{{1,2}}|{words})\s+(?:{nouns})\b")
        self.continuation = [fold(m) for m in data["continuation_marks"] if fold(m)]
        self.organisations = {fold(w) for w in data["organisation_words"]}
        # words a part's heading may name it by before a colon ("Thématique : Petite enfance")
        self.part_words = frozenset(fold(w) for w in data["part_label_words"])
        parts = "|".join(re.escape(w) for w in sorted(self.part_words, key=len, reverse=True))
        # ("Cet axe regroupe 4 actions réparties en deux objectifs.": the part tells its count)
        # ("Il compte quatre fiches actions.": the part, named in the sentence before)
        # ("Le CCAS y répond par trois actions.": the part named by its pronoun)
        self.part_named = re.compile(rf"(?:^|\b(?:cet|cette|ce) )(?:{parts})\b|^(?:il|elle) | y ")
        # ("Cet axe se décline en 2 fiches actions.": a part's own count, never the plan's)
        self.this_part = re.compile(rf"\b(?:cet|cette|ce) (?:{parts})\b| y ")
        self.title_labels = {fold(w) for w in data["title_labels"]}
        self.sheet_markers = frozenset(fold(w) for w in data["sheet_markers"])
        self.box_headings = {fold(w) for w in data["box_headings"]}
        self.closing = tuple(fold(w) for w in data["closing_headings"])
        self.closing_recaps = tuple(fold(w) for w in data["closing_recaps"])
        self.closing_lines = tuple(fold(w) for w in data["closing_lines"])
        money_words_told = [fold(w) for w in data["budget_sentence_words"]]
        self.budget_words = frozenset(w for w in money_words_told if " " not in w)
        self.budget_phrases = tuple(w for w in money_words_told if " " in w)  # ("le projet représente")
        self.plan_money = tuple(fold(w) for w in data["plan_money_phrases"])
        verbs = "|".join(
            re.escape(fold(w)).replace("'", "['’]")
            for w in sorted(data["budget_amount_verbs"], key=len, reverse=True)
        )
        self.amount_verb = re.compile(
            rf"(?:^|\s)(?:{verbs})\s+(?:(?:environ|pres de|au total|en tout)\s+)?\d"
        )
        revised = "|".join(re.escape(w) for w in sorted(data["revised_budget_words"], key=len, reverse=True))
        self.revised_budget = re.compile(rf"(?i)\b(?:{revised})\s+")
        marks = "|".join(re.escape(w) for w in sorted(data["lead_marks"], key=len, reverse=True))
        self.lead_mark = re.compile(rf"\s*\((?i:{marks})\)\s*$")
        self.prose_partners = partner_words(data["partner_before"])
        self.prose_partners_after = partners_before(data["partner_after"])
        before = "|".join(re.escape(w) for w in sorted(data["lead_before_par"], key=len, reverse=True))
        future = "|".join(re.escape(w) for w in sorted(data["lead_future"], key=len, reverse=True))
        openers = "|".join(
            re.escape(w).replace("'", "['’]") for w in sorted(data["lead_openers"], key=len, reverse=True)
        )
        units = "|".join(re.escape(w) for w in data["lead_units"])
        # "pilotée par le Pôle seniors, …", "que pilotera le Service vie locale de la mairie",
        # "Confiée au service Logement, qui …", "Sous la responsabilité du service Seniors et
        # autonomie, avec …" (a unit named in lower case, "et" inside its name)
        self.prose_lead = re.compile(
            rf"(?i:\b(?:(?:{before})\s+par\s+(?:le |la |les |l'|l’)?|que\s+(?:{future})\s+(?:le |la |les |l'|l’)?"
            rf"|(?:{openers})\s*))"
            rf"(?P<name>(?:[A-ZÀ-Ý]|(?:{units})\b)[^,.;:()]{{2,80}}?)"
            r"(?=\s*[,.;:(]|\s+(?:et\s+)?(?:en lien|avec|qui|pour|afin)\b|\s+d['’][a-zà-ÿ]+er\b|\s+et\s+(?:le |la |les |l['’]|des |du |[A-ZÀ-Ý])|$)"
        )
        unit_words = "|".join(
            re.escape(w) for w in sorted(data["lead_units"], key=len, reverse=True) if " " not in w
        )
        # (a unit named as its sentence's subject, a verb in the future after its name)
        self.unit_subject = re.compile(
            rf"^(?:Le |La |L['’])(?P<name>(?i:{unit_words})\b[^,.;:()]{{2,70}}?)"
            r"\s+(?:en\s+|y\s+|les?\s+|la\s+)?[a-zà-ÿ]{3,}(?:era|ira|dra|ra|ront)\b"
        )
        verbs = "|".join(re.escape(w) for w in sorted(data["lead_subject_verbs"], key=len, reverse=True))
        objects = "|".join(
            re.escape(w).replace("'", "['’]")
            for w in sorted(data["lead_subject_objects"], key=len, reverse=True)
        )
        phrases = "|".join(
            re.escape(w).replace("'", "['’]")
            for w in sorted(data["lead_subject_phrases"], key=len, reverse=True)
        )
        adverbs = "|".join(re.escape(w) for w in data["lead_subject_adverbs"])
        # "Le Pôle Accès aux droits pilote l'action avec …", "…, la direction du CCAS en assurera
        # le pilotage": the lead the subject of its sentence or clause
        self.subject_lead = re.compile(
            r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])"
            rf"(?P<name>(?:[A-ZÀ-Ý]|(?:{units})\b)[^,.;:()]{{2,80}}?)"
            rf"\s+(?:(?:{verbs})\s+(?:(?:{adverbs})\s+)?(?:{objects})|{phrases})\b"
        )

    def tells_money(self, text: str) -> bool:
        """Whether a line's words tell money (budget_sentence_words: a word, or a phrase)."""
        folded = fold(text)
        opening = find_amounts(text[:40])
        return (
            # ("45 000 €", "12 000 € par an, soit 48 000 €" a line of its own under a poster's
            # action: an amount opening the line is its money)
            # (never a table's row: "501 € à 900 € | 60 €" is a band of a scale)
            (bool(opening) and not text[: opening[0].start].strip() and not re.search(r"[|\t]", text))
            or bool(set(folded.split()) & self.budget_words)
            or any(f" {p} " in f" {folded} " for p in self.budget_phrases)
            or self.amount_verb.search(folded) is not None
        )

    def future_subject(self, text: str) -> str | None:
        """ "Le Service Logement et habitat renforcera le repérage …" opening a sheet's text: the
        service the subject of its first sentence, what it will do the action, leads it."""
        match = self.unit_subject.match(text)
        return match["name"].strip() if match else None

    def told_lead(self, text: str) -> str | None:
        """The lead a sentence of the sheet hands the action to, when no field names it."""
        match = self.prose_lead.search(text) or self.subject_lead.search(text)
        return match["name"].strip() if match else None

    def is_box(self, block: Block) -> bool:
        """ "EN BREF" over a sheet's key facts: a heading of the sheet's box."""
        return block.kind in ("heading", "paragraph") and fold(block.text.strip(" *:#")) in self.box_headings

    def closes(self, block: Block, described: bool = True) -> bool:
        """ "RÉCAPITULATIF FINANCIER", "GLOSSAIRE": the plan's back matter after its last sheet
        (the plan's money told in a paragraph only after the sheet's own text, `described`: the
        first paragraph under a title is its description, "… jusqu'à la mise en œuvre du plan")."""
        text = fold(block.title if block.kind == "heading" else block.text).strip(" *:")
        if (
            described
            and (block.kind == "paragraph" or (block.kind == "field" and self.key(block.label) is None))
            and any(f" {w} " in f" {text} " for w in self.plan_money)
            and find_amounts(block.text)
        ):
            # "Les crédits nécessaires à ces actions, soit 113 400 €, …", "Incidence financière : le
            # plan mobilise au total …": the plan's money
            return True
        if block.kind in ("field", "paragraph") and any(text.startswith(w + " ") for w in self.closing_lines):
            return True  # "Sous-total priorité III : 777 000 €": the part's money, after its last sheet
        # ("Récapitulatif budgétaire 2026-2030": the heading dated by the plan's years)
        undated = re.sub(r"(?:\s+(?:19|20)\d\d){1,2}$", "", text)
        if block.kind in ("paragraph", "heading") and len(block.lines) == 1 and undated in self.closing:
            return True  # "Récapitulatif financier" alone on its line, over the plan's money told
        if (
            block.kind == "field"
            and (block.label or "").startswith("#")
            and fold(clean_inline((block.label or "").lstrip("# "))).strip(" *:") in self.closing
        ):
            return True  # "## Budget global" over the plan's money told: a heading, read as its label
        if (
            block.kind == "furniture"
            and len(block.lines) == 1
            and any(text.startswith(w + " ") for w in self.closing_recaps)
            and re.search(r"[^\W\d]{4}", text) is not None
        ):
            # "Récapitulatif budgétaire – Axe 1", "… – Axe 2": printed after each part's sheets,
            # its number aside the same line each time, taken for a running header
            return True
        if (
            block.kind == "field"
            and len(block.lines) == 1
            and fold(block.value or "") in ("", fold(block.label or ""))
            and fold(block.label or "") in self.closing
        ):
            return True  # "Budget global" alone on its line, over the plan's recap table
        return (
            block.kind == "heading"
            and block.number is None
            and len(text) < 80
            and any(text == w or text.startswith(w + " ") for w in self.closing)
        )

    def key(self, label: str | None) -> str | None:
        return label_key(self.labels, label)

    def announced(self, text: str) -> int | None:
        match = self.count.match(fold(text))
        return self._value(match["n"]) if match else None

    def _value(self, n: str) -> int | None:
        return int(n) if n.isdigit() else self.number_words.get(n)

    def _one_count(self, folded: str) -> int | None:
        """The count a (folded) sentence tells, when it tells one and only one."""
        counts = list(self.told_count.finditer(folded))
        return self._value(counts[0]["n"]) if len(counts) == 1 else None

    def told_total(self, text: str) -> int | None:
        """The plan's count of its actions told in a sentence of its introduction ("Trois
        priorités ont été retenues ; elles se déclinent en 11 fiches actions.")."""
        for sentence in _SENTENCES.split(text):
            # ("… a retenu onze actions, réparties en trois axes : Axe 1 – … : 4 actions …")
            sentence = sentence.split(" : ", 1)[0]
            if self.this_part.search(fold(sentence)):
                continue  # ("Cet axe se décline en 4 fiches actions.": a part's count, not the plan's)
            if len(sentence) <= 200 and (count := self._one_count(fold(sentence))) is not None and count >= 2:
                return count  # ("Cliquez sur une action …": no plan counts one action)
        return None

    def told_announced(self, text: str) -> int | None:
        """A part's count told in a sentence of its text naming the part ("Cet axe regroupe
        quatre actions.", "… Cette priorité comprend 4 fiches actions.", "L'axe 2 compte 3
        actions :"): the first such sentence, one count in it."""
        for sentence in _SENTENCES.split(text):
            folded = fold(sentence)
            # ("3 actions sont prévues :" over their list: the part is what the list is of)
            over_list = re.match(r"^([^:]{5,100}):", sentence.strip())
            if over_list is not None:
                folded = fold(over_list[1])
            elif len(sentence) > 160 or not (
                # ("4 actions sont prévues.": a sentence opening on the count, in the part's text)
                self.part_named.search(folded) or self.told_count.match(folded)
            ):
                continue
            if (count := self._one_count(folded)) is not None:
                return count
        return None


# where a sentence ends: after a word, a figure or a closing mark, before a capital or a figure
_SENTENCES = re.compile(r"(?<=[a-zà-ÿ0-9)»%])[.;!?]\s+(?=[A-ZÀ-Ý0-9])")


def told_announcement(source: Source, records: list) -> int | None:
    """The count of actions a plan's introduction announces, read from its text before the
    first action's title: each part listed with its count ("Axe 1 – Title : 4 actions"), summed
    when every part of the records is so listed, else the whole told in a sentence ("Le conseil
    a retenu onze actions, réparties en trois axes")."""
    vocab = plan_vocabulary()
    titles = [fold(r.title) for r in records if len(fold(r.title)) >= 10]
    parts = {fold(r.block) for r in records if getattr(r, "block", None) and fold(r.block)}
    lines: list[str] = []
    for line in source.lines:
        if any(t in fold(line) for t in titles):
            break  # (the actions begin, or a list of their titles)
        lines.append(line)
    counted: dict[str, int] = {}
    for line in lines:
        text = clean_inline(line).strip(" •*-–;.")
        told = _LISTED_COUNT.match(text)
        count = vocab.announced(told["count"]) if told else None
        if told is not None and count is not None:
            named = fold(told["name"])
            part = next((p for p in parts if named.endswith(p) or fuzz.ratio(named, p) >= 90), None)
            if part is not None:
                counted.setdefault(part, count)
    if parts and set(counted) == parts:
        return sum(counted.values())
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            paragraph.append(line.strip())
            continue
        total = vocab.told_total(" ".join(paragraph)) if paragraph else None
        if total is not None:
            return total
        paragraph = []
    return None


# "Axe 1 – Garantir l'accès aux droits : 4 actions", "Axe 2 – Bien vieillir (4 actions)"
_LISTED_COUNT = re.compile(r"^(?P<name>.{5,200}?)\s*(?:[:(–—]|\s-)\s*(?P<count>[^():–—]{3,30}?)\s*\)?$")


@lru_cache(maxsize=1)
def plan_vocabulary() -> PlanVocabulary:
    return PlanVocabulary()


def _continues(title: str, vocab: PlanVocabulary) -> tuple[str, bool]:
    """The title without a "(suite)" / "(2/2)" mark, and whether it had one."""
    stripped = title.strip()
    match = re.search(r"\s*[\(\[]?\s*([^()\[\]]{1,12})\s*[\)\]]?\s*$", stripped)
    if match and fold(match[1]) in vocab.continuation:
        return stripped[: match.start()].rstrip(" –-:"), True  # "" for "Fiche action 2.2 (suite)"
    part = re.search(r"\s*[\(\[]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*[\)\]]\s*$", stripped)
    if part and 0 < int(part[1]) <= int(part[2]) > 1:  # "(1/2)" opens a split sheet, "(2/2)" ends it
        return stripped[: part.start()].rstrip(" –-:"), int(part[1]) > 1
    return stripped, False


class SheetPlanReader:
    def __init__(self, source: Source, info: DocumentInfo, name: str, version: str):
        self.source, self.info, self.name, self.version = source, info, name, version
        self.vocab = plan_vocabulary()
        self.period = _title_period(source)
        self.sheet_level = 2
        self._starts: list[int] = []
        blocks, self._paragraph_titles = _numbered_paragraph_sheets(
            _bracketed_outline(
                _record_tables(
                    _dashed_actions(
                        source,
                        _titles_of_their_lines(
                            source, run_in_headings(build_blocks(source, frozenset(self.vocab.labels)))
                        ),
                    ),
                    self.vocab,
                ),
                self.vocab,
            ),
            self.vocab,
        )
        blocks, lettered = _lettered_sheets(
            _bold_run_in_sheets(_items_with_their_facts(_numbered_labels(blocks, self.vocab), self.vocab))
        )
        self._paragraph_titles |= lettered  # ("A) Title : …, piloté par …": told as the numbered are)
        self.blocks, self._prefixed = _prefixed_sheets(
            _wrapped_values(_title_values_below(_lettered_parts(blocks), self.vocab.title_labels)),
            lambda label: self.vocab.key(label) is not None,
        )
        self._own_text: set[int] = set()  # blocks made from table cells: their text is their own
        self._kickers: set[int] = set()  # headings repeated over the sheets of their part
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}
        self._told_total: int | None = None  # the plan's count of actions its introduction tells
        self._restated: set[str] = set()  # rows of the tables restated under their number and title

    # -- finding sheets --------------------------------------------------------------------

    def _lead_follows(self, k: int) -> bool:
        """Whether the first field under heading k names who leads ("Pilote : …")."""
        for block in self.blocks[k + 1 : k + 6]:
            if block.kind == "heading":
                return False
            if block.kind == "field" and self.vocab.key(block.label or "") is not None:
                return self.vocab.key(block.label or "") == "responsable"
        return False

    def _fields_after(self, k: int, flat: bool = False) -> int:
        """How many sheet fields follow block k before the next heading (`flat`: fields at the
        level of the list item k, as a PDF prints the fields of "1. Title" without indent)."""
        keys: set[str] = set()
        opener = self.blocks[k]
        # "1) Title" alone on its line over its description, then its fields: a numbered title
        # set as a list item, read as "4. Title" is (never a list of items over the fields)
        following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        titled = (
            opener.kind == "item"
            and len(opener.lines) <= 2  # ("3. Accompagner … dans leurs démarches" / "en ligne")
            and re.match(r"^\s*\d{1,2}\s*[)°]\s+\S", opener.lines[0]) is not None
            and not opener.text.rstrip().endswith((".", ";", ",", ":"))
            and len(opener.text) <= 160
            and following is not None
            and following.kind == "paragraph"
        )
        described = False
        for n, block in enumerate(self.blocks[k + 1 :], k + 1):
            if block.kind == "heading" and not self.vocab.key(block.text.rstrip(" :")):
                break
            below = self.blocks[n + 1] if n + 1 < len(self.blocks) else None
            if (
                opener.kind != "item"
                and block.kind == "item"
                and below is not None
                and below.kind == "field"
                and _indent(below) > _indent(block)
            ):
                break  # ("    • Title" over its fields set further in: a sheet of its own)
            if titled and block.kind == "paragraph" and not described and not keys:
                described = True  # its description, once, before its fields
                continue
            if titled and block.kind == "item":
                break
            if (
                opener.kind == "item"
                and not titled
                and block.kind in ("item", "field")
                and block.level <= opener.level
                and not (flat and block.kind == "field")
                # ("    • Title" over "        Qui : …": a field set further in than the item's
                # line, under it whatever level the field was given — its lead first)
                and not (block.kind == "field" and _indent(block) > _indent(opener) and self._lead_follows(k))
            ):
                break  # a list item opens a sheet only when its fields are indented under it
            if opener.kind != "heading" and block.kind == "paragraph":
                # "1.1. Title" over its description, then its fields ("Qui pilote ?   …"): a
                # title numbered as an outline reaches its fields over its prose, up to the next
                if opener.kind != "paragraph" or not _OUTLINE_NUMBER.match(opener.text):
                    break
                if _OUTLINE_NUMBER.match(block.text):
                    break
            key = (
                self.vocab.key(block.label)
                if block.kind == "field"
                else self.vocab.key(block.text.rstrip(" :"))
            )
            if key is not None and key in self.vocab.sheet_keys:
                keys.add(key)
        return len(keys)

    def _numbered_run(self, starts: list[int]) -> list[int]:
        """A plan written without a template numbers its actions 1, 2, 3… through the document,
        each number opening a short line ("3. Adaptation des logements") or a paragraph in bold
        ("**5. Épicerie solidaire** — Le bourg …") with the action told below or after it: such a
        run of at least three, each with text of its own before the next, and fields or money in
        most of them, opens the sheets (a list announcing the actions has no text between)."""
        if starts:
            return []
        found: list[tuple[int, int]] = []
        for k, block in enumerate(self.blocks):
            if k and self.blocks[k - 1].kind == "heading" and self.blocks[k - 1].first == block.first:
                continue  # (the text after a run-in title, on its line: the title holds the number)
            number = _run_number(block)
            if number is not None and number == (found[-1][1] + 1 if found else 1):
                if found and found[-1][0] == k - 1 and not _tells_more(self.blocks[k - 1]):
                    return []  # two numbers in a row: a list, not actions told one by one
                found.append((k, number))
        if len(found) < 3:
            return []
        ends = [k for k, _ in found[1:]] + [len(self.blocks)]
        told = sum(
            1
            for (k, _), end in zip(found, ends, strict=True)
            if any(
                (b.kind == "field" and self.vocab.key(b.label) in self.vocab.sheet_keys)
                or find_amounts(b.text)
                for b in self.blocks[k:end]
            )
        )
        return [k for k, _ in found] if told * 2 > len(found) else []

    def _under_kickers(self, starts: list[int]) -> list[int]:
        """ "SENIORS" over "Un seul numéro pour toutes" / "les questions des aînés", article after
        article: the same heading over two sheets or more is their part's kicker, the title
        the line or two right under it (every such heading's, its sheet's facts past a page
        break or not)."""
        repeated = Counter(
            fold(self.blocks[k].text)
            for k in starts
            if self.blocks[k].kind == "heading" and not self.blocks[k].marker
        )
        kickers = {text for text, n in repeated.items() if n >= 2}
        if not kickers:
            return starts
        out = [
            k
            for k in starts
            if not (self.blocks[k].kind == "heading" and fold(self.blocks[k].text) in kickers)
        ]
        for k, block in enumerate(self.blocks):
            if block.kind != "heading" or block.marker or fold(block.text) not in kickers:
                continue
            below = next(
                (j for j in range(k + 1, len(self.blocks)) if self.blocks[j].kind != "furniture"), None
            )
            title = self.blocks[below] if below is not None else None
            if (
                title is not None
                and (
                    title.kind == "paragraph"
                    or (title.kind == "field" and self.vocab.key(title.label) is None)
                )
                and len(title.lines) <= 3
                and len(title.text) <= 160
                and title.text[:1].isupper()
                and not title.text.rstrip().endswith((".", ":", ";", ","))
            ):
                self._kickers.add(k)
                out.append(below if below is not None else k)
            elif k in starts:
                out.append(k)
        return sorted(set(out))

    def _told_paragraphs(self, starts: list[int]) -> list[int]:
        """Actions numbered "1.2 – Title." at the head of their paragraph, whose lead, partners
        and cost are told in sentences ("Pilotée par le service …, en lien avec …, pour un coût
        estimé à …"), no label: three or more such paragraphs, most of them telling a lead or
        money, are the sheets (numbered paragraphs of a memo tell neither)."""
        found = [k for k, b in enumerate(self.blocks) if id(b) in self._paragraph_titles and k not in starts]
        if not found and not starts:
            found = self._titles_over_told_text()
        if len(found) < 3:
            return []
        ends = [*found[1:], len(self.blocks)]
        told = 0
        for k, end in zip(found, ends, strict=True):
            texts = []
            for block in self.blocks[k + 1 : end]:
                if block.kind == "heading" and id(block) not in self._paragraph_titles:
                    break  # the next part's heading
                if block.kind in ("paragraph", "item"):
                    texts.append(block.text)
            text = " ".join(texts)
            if self.vocab.told_lead(text) or find_amounts(text):
                told += 1
        return found if told * 2 > len(found) else []

    def _titles_over_told_text(self) -> list[int]:
        """A plan with no number and no label: each action a title of its own line (no heading
        mark, not in capitals like the parts) right over the paragraph telling it. The candidates:
        such titles at one level, each over a paragraph."""
        found = []
        for k, block in enumerate(self.blocks):
            following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if (
                block.kind == "heading"
                and not block.marker
                and not _hashed(block)
                and not is_capitals(block.text)
                and len(block.text) <= 100
                and not block.text.rstrip().endswith((".", ":", ";", ","))
                and following is not None
                and following.kind == "paragraph"
                and following.first == block.last + 1
                and not self.vocab.key(block.text.rstrip(" :"))
                and not self.vocab.closes(block)
            ):
                found.append(k)
        levels = Counter(self.blocks[k].level for k in found)
        level = levels.most_common(1)[0][0] if levels else None
        return [k for k in found if self.blocks[k].level == level]

    def _flat_numbered_items(self, starts: list[int]) -> list[int]:
        """ "1. Ouvrir un guichet unique" over "- Responsable : …" / "- Budget : …" at the same
        indent (how a PDF's text gives a numbered list whose fields were indented): each such
        item, right above its fields, opens a sheet — when the document does so at least twice
        (the last title of a list announcing actions, above a part's own fields, is not one)."""
        found = []
        for k, block in enumerate(self.blocks):
            if (
                k in starts
                or block.kind != "item"
                or not re.match(r"^\s*\d{1,2}(?:°[).]|[.)])\s", block.lines[0] if block.lines else "")
                or len(block.text) > 160
            ):
                continue
            following = next((b for b in self.blocks[k + 1 :] if b.kind != "furniture"), None)
            if following is not None and following.kind == "field" and self._fields_after(k, flat=True) >= 2:
                found.append(k)
        return found if len(found) >= 2 else []

    def _is_recap(self, k: int) -> bool:
        """A budget table (a row of totals), or a heading right above one: the part's or the
        plan's recap, a cross-check of the sheets."""
        block = self.blocks[k]
        if block.kind == "heading":
            following = next((b for b in self.blocks[k + 1 :] if b.kind != "furniture"), None)
            return (
                following is not None
                and following.kind == "table"
                and self._is_recap(self.blocks.index(following))
            )
        # (a total row that adds up the rows above it: "Budget total | 48 000 €" over its "dont"
        # shares opens the sheet's own money)
        if block.kind != "table" or not any(is_total(row) for row in block.rows[1:]):
            return False
        above = next((b for b in reversed(self.blocks[:k]) if b.kind != "furniture"), None)
        # a table under the sheet's own "**Budget d'investissement**" is its cost, not a recap
        part_level = above is not None and (
            above.kind == "heading"
            and above.lines
            and above.lines[0].lstrip().startswith("#")
            and (above.level or 9) <= self.sheet_level
        )
        cited = sum(1 for row in block.rows if row and self._cites_sheet(row[0]))
        if not cited and not part_level and _year_table_rows(block, _unit_note(self.blocks, k)):
            return False  # a sheet's money year by year ("| Exercice | 2027 | 2028 | Total |"), its own
        if not cited and not part_level and _years_down(block):
            return False  # "| Année | Montant |" over "| 2025 | 18 500 € |" … "| Total | … |": its own
        head = clean_inline(block.rows[0][0]).strip("* ") if block.rows and block.rows[0] else ""
        if not cited and not part_level and money_head_cell(head) and not self.vocab.closes(block):
            # "| Financeur | Montant |" / "| Dépenses | Montant | Recettes | …" with its Total
            # row: the sheet's money by funder or by item, no sheet named in its rows
            return False
        told_cost = (  # "Coût de l'action pour la période 2027-2029, réparti entre les communes :"
            above is not None
            and above.kind == "paragraph"
            and above.text.rstrip().endswith(":")
            and self.vocab.key(above.text.split(",")[0].rstrip(" :")) in MONEY_KEYS
        )
        return cited >= 2 or not (
            above is not None
            and not part_level  # "## Budget du plan": the plan's recap, not a sheet's cost
            and above.kind in ("heading", "field", "paragraph")
            and (len(above.text) < 80 or told_cost)
            and self.vocab.key((above.label or above.text.split(",")[0]).rstrip(" :")) in MONEY_KEYS
        )

    def _title_field(self, k: int) -> int | None:
        """The index of an "Intitulé : Title" field among the three blocks under a sheet's
        number-only heading (a running line or a field of the part between them), if any."""
        seen = 0
        for n in range(k + 1, min(len(self.blocks), k + 6)):
            block = self.blocks[n]
            if block.kind == "furniture":
                continue
            if block.kind == "field" and fold(block.label or "") in self.vocab.title_labels and block.value:
                return n
            seen += 1
            if seen >= 2 or block.kind not in ("field", "paragraph"):
                return None
        return None

    def _next_division(self, k: int) -> bool:
        """ "Article 2 – Les crédits …" after sheets told inside "Article 1 – … adopte le plan
        suivant :": the document's own next division (the same word, the next number, in the
        same place of a paragraph), so the sheets are over."""
        block = self.blocks[k]
        opened = _DIVISION.match(block.text) if block.kind in ("paragraph", "field") else None
        if opened is None or not self._starts or k <= self._starts[0]:
            return False
        word, number = fold(opened["word"]), int(opened["n"])
        return any(
            (before := _DIVISION.match(b.text)) is not None
            and fold(before["word"]) == word
            and int(before["n"]) == number - 1
            for b in self.blocks[: self._starts[0]]
            if b.kind in ("paragraph", "field")
        )

    def _cites_sheet(self, cell: str) -> bool:
        """A recap row naming a sheet: its number ("1.2", "Fiche action 1.2") or its title."""
        key = fold(cell)
        if not key or find_amounts(cell):
            return False  # (an amount's digits are no sheet number: "2 300 €" cites no sheet 2)
        for k in self._starts:
            heading = self.blocks[k]
            if heading.number and re.search(rf"(?:^| ){re.escape(fold(heading.number))}(?: |$)", key):
                return True
            title = fold(heading.title)
            if len(key) >= 8 and (key in title or title.startswith(key[:30])):
                return True
        return False

    def _wraps_to_contents(self, k: int) -> bool:
        """ "Fiche-action n° 2.1 – Lutter contre … : le réseau" over "« Voisins attentionnés »
        ........ 11": a Sommaire entry whose title wraps, its page number on the line below."""
        block = self.blocks[k]
        following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        return (
            block.kind == "heading"
            and following is not None
            and following.first == block.last + 1
            and following.marker is None
            and following.kind in ("paragraph", "heading")
            and bool(following.lines)
            and _CONTENTS_PAGE.search(following.lines[0].rstrip()) is not None
            and re.search(r"[.…]{4,}|(?:\. ){3,}", following.lines[0]) is not None
        )

    def sheet_starts(self) -> list[int]:
        """Indexes of the blocks that open an action sheet."""
        starts = []
        numbered: list[int] = []  # sheets opened by a numbered heading ("#### Fiche 1.1 — …")
        nested = self._nested_part_words()
        for k, block in enumerate(self.blocks):
            if _contents_entry(block) or self.vocab.is_box(block) or self._wraps_to_contents(k):
                continue  # "Fiche action n° 2 – Title ...... 8": the Sommaire's, not a sheet
            if (
                block.kind == "heading"
                and block.marker
                and block.level >= 2
                # ("Objectif opérationnel 1.1 – Title": a sheet's word and number, though
                # "Objectif" is a label too)
                and (block.number is not None or not self.vocab.key(block.text))
            ):
                numbered_part = block.marker in self.vocab.sheet_markers or block.marker in nested
                if numbered_part and not self._groups_sheets(k):
                    starts.append(k)
                    numbered.append(k)
                    continue
            if block.kind in ("heading", "item", "paragraph") and not self.vocab.key(block.text.rstrip(" :")):
                if block.kind == "paragraph" and (
                    block.text[:1].islower()  # "du Morbihan": a value going on under its field
                    or len(block.text) > 160
                    or block.text.rstrip().endswith((".", ";", ","))
                    # "Trois actions sont retenues au titre de cet enjeu :" over the numbered list
                    or (
                        block.text.rstrip().endswith(":")
                        and self.vocab.told_count.search(fold(block.text)) is not None
                    )
                    # "… alentour. Le CCAS ne peut agir seul. Trois actions :" over the list
                    or re.search(r"[a-zà-ÿ]\. [A-ZÀ-Ý]", block.text) is not None
                ):
                    continue  # a sentence, not a title
                if (
                    block.kind == "heading"
                    and block.marker
                    and (block.level == 1 or heading_rank(block.marker) == 1)
                ):
                    continue  # "## Orientation 1 — …" over its sheets' list: a part, however close its fields
                if block.kind == "heading" and self._outline_parent(k):
                    continue  # "1.1 Objective" right over "1.1.1  Action": the actions' group
                if block.kind == "heading" and self._over_numbered_items(k):
                    continue  # "## 1) Accès aux droits" over "1. **Title** – …" items with their fields
                above = next((j for j in range(k - 1, -1, -1) if self.blocks[j].kind != "furniture"), None)
                if (
                    block.kind == "paragraph"
                    and above is not None
                    and above in starts
                    and self.blocks[above].kind == "heading"
                    and len(self.blocks[above].text.split()) >= 3
                    and not re.match(
                        r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s", block.text
                    )  # ("1.2 Title": a sheet's own)
                ):
                    continue  # "UN POINT D'ACCÈS …" over "Un véhicule aménagé … (Anost, …)": its description
                if self._fields_after(k) >= 2:
                    starts.append(k)
                    if _outline_shape(block) is not None:
                        numbered.append(k)  # "#### 3.1.1 Title": a word processor's outline numbering
        # "## Refondre le règlement …" with its lead alone (the rest told in sentences), among
        # three sheets or more headed alike at its level: a sheet as its siblings are
        marked = [k for k in starts if self.blocks[k].kind == "heading" and _hashed(self.blocks[k])]
        if len(marked) >= 3 and len({self.blocks[k].level for k in marked}) == 1:
            level = self.blocks[marked[0]].level
            starts += [
                k
                for k, block in enumerate(self.blocks)
                if k not in starts
                and block.kind == "heading"
                and block.level == level
                and _hashed(block)
                and not block.marker
                and self._fields_after(k) == 1
                and self._lead_follows(k)
                and not self.vocab.closes(block)
            ]
            starts.sort()
        # "#### 2.1.1 Title" whose fields a bold sub-heading interrupts: a sheet still, as its
        # siblings numbered alike at its level are
        # "A1 ORGANISER …", "B2 — Title": sheets coded by a letter and a number, three or more
        coded = [
            k
            for k, block in enumerate(self.blocks)
            if block.kind == "heading"
            and block.number is not None
            and re.fullmatch(r"[A-Z]{1,2}-?\d{1,2}", block.number)
            and not _contents_entry(block)
        ]
        if len(coded) >= 3:
            starts += [k for k in coded if k not in starts]
            numbered += [k for k in coded if k not in numbered]
        # "### A.1 Title", "### D.1 Title": sheets coded by their axis's letter, the one with no
        # field (its lead told in a sentence) a sheet as its siblings are
        lettered = [
            k
            for k, block in enumerate(self.blocks)
            if block.kind == "heading"
            and re.match(r"^[A-Z][.-]\d{1,2}\.?\s+\S", block.text)
            and not _contents_entry(block)
        ]
        if len(lettered) >= 3 and sum(1 for k in lettered if k in starts) * 2 >= len(lettered):
            starts += [k for k in lettered if k not in starts]
            numbered += [k for k in lettered if k not in numbered]
        outlined = {_outline_shape(self.blocks[k]) for k in numbered} - {None}
        # ("1.2.1 Les ménages à bas revenus" in the diagnosis chapter, the sheets "2.1.1 …" in the
        # plan's: a sibling by its shape is in a chapter that holds numbered sheets)
        chapters = {
            outline[0].split(".")[0]
            for k in numbered
            if (outline := _OUTLINE_NUMBER.match(self.blocks[k].text))
            and outline[0].strip().rstrip(".").count(".") >= 2  # ("3.1 Title": its part's number)
        }
        siblings = [
            k
            for k, block in enumerate(self.blocks)
            if k not in starts
            and outlined
            and _outline_shape(block) in outlined
            and not _contents_entry(block)
            and (
                not chapters
                or (outline := _OUTLINE_NUMBER.match(block.text)) is None
                or outline[0].split(".")[0] in chapters
                or self._tells_an_action(k)
            )
        ]
        numbered += siblings
        starts = sorted(
            {
                *starts,
                *siblings,
                *self._flat_numbered_items(starts),
                *self._numbered_run(starts),
                *self._told_paragraphs(starts),
            }
        )
        prefixed = [k for k, b in enumerate(self.blocks) if id(b) in self._prefixed]
        starts = sorted({*starts, *prefixed})
        numbered += [k for k in prefixed if k not in numbered]
        if numbered:
            # "### 7. Title" among "### Engagement n°6 – …" and "### Engagement n°9 – …": a heading
            # at the numbered sheets' level whose bare number goes on with theirs is one of them,
            # even when a box breaks its text off its fields
            levels = {self.blocks[k].level for k in numbered}
            numbers = {int(n) for k in numbered if (n := self.blocks[k].number or "").isdigit()}
            for k, block in enumerate(self.blocks):
                bare = re.match(r"^(\d{1,2})(?:°[).]|[.)])\s+\S", block.text)
                if (
                    bare
                    and k not in starts
                    and block.kind == "heading"
                    and block.level in levels
                    and _hashed(block)
                    and {int(bare[1]) - 1, int(bare[1]) + 1} & numbers
                ):
                    starts.append(k)
                    numbered.append(k)
                    numbers.add(int(bare[1]))
            starts.sort()
        if not numbered:
            starts = self._under_kickers(starts)  # (numbered sheets have their own titles)
        hashed = [k for k in starts if self.blocks[k].kind == "heading" and _hashed(self.blocks[k])]
        if len(hashed) >= 3 and len(hashed) * 2 > len(starts):
            # ("### Title" cards, "Responsable : …" / "Terminée le 28/11/2026" under it, no blank
            # line between: a line of the card's, among its fields, opens no sheet)
            starts = [
                k
                for k in starts
                if self.blocks[k].kind == "heading"
                or not any(
                    b.kind == "field" and b.last == self.blocks[k].first - 1
                    for b in self.blocks[max(0, k - 2) : k]
                )
            ]
        if numbered:
            # where sheets are numbered headings, an unnumbered line opens one only at their level:
            # "**Élue référente**" over a name, among a numbered sheet's bold labels, is its field
            levels = {self.blocks[k].level for k in numbered}
            starts = [
                k
                for k in starts
                if k in numbered
                # a "## Title" at the numbered sheets' own markdown level; a line in capitals
                # ("CONSTAT") under "FICHE N° 1" is a section of that sheet
                or (
                    self.blocks[k].kind == "heading"
                    and self.blocks[k].level in levels
                    and _hashed(self.blocks[k])
                )
                or self.blocks[k].number is not None
                # "3.1. Créer un fonds …": numbered without a word, another way to number sheets
                or _OUTLINE_NUMBER.match(self.blocks[k].text) is not None
                # "1) Title" over its text and fields, beside "1° Action : …" sheets
                or (
                    self.blocks[k].kind == "item"
                    and re.match(r"^\s*\d{1,2}\s*[)°]\s", self.blocks[k].lines[0]) is not None
                )
            ]
        return starts

    def _nested_part_words(self) -> frozenset[str]:
        """ "## Pilier 2" over "### Engagement n°4 – …": two words that each name a plan's parts,
        the second always deeper and more often printed, with fields of its own and no sheet word
        anywhere — the second names the plan's sheets (a magazine's "engagements")."""
        heads = [
            (k, b)
            for k, b in enumerate(self.blocks)
            if b.kind == "heading"
            and b.marker
            and b.level >= 1
            and not _contents_entry(b)
            and not self.vocab.is_box(b)
            and not self.vocab.key(b.text)
        ]
        if any(b.marker in self.vocab.sheet_markers for _, b in heads):
            return frozenset()
        markers = list(dict.fromkeys(b.marker for _, b in heads if b.marker and heading_rank(b.marker) == 1))
        if len(markers) != 2:
            return frozenset()
        outer, inner = markers
        outers = [(k, b) for k, b in heads if b.marker == outer]
        inners = [(k, b) for k, b in heads if b.marker == inner]
        if len(inners) < 3 or len(inners) <= len(outers) or inners[0][0] < outers[0][0]:
            return frozenset()
        if min(b.level for _, b in inners) <= max(b.level for _, b in outers):
            return frozenset()
        if sum(self._fields_after(k) >= 1 for k, _ in inners) * 2 < len(inners):
            return frozenset()
        return frozenset({inner})

    def _sub_part(self, k: int, part: _Part) -> bool:
        """A part heading that divides the open part rather than closing it: "Objectif opérationnel
        1.1" (a sheet word) over "Action 1" sheets, or "Objectif stratégique A" in "ENJEU 1"
        when the sheets below are numbered "1.1", "1.2" after the open part."""
        block = self.blocks[k]
        if part.heading is None or block.marker is None:
            return False
        if heading_rank(block.marker) == 2:
            return True
        number = part.heading.number or ""
        if not number.isdigit() or block.number == number:
            return False
        following = next((self.blocks[j] for j in self._starts if j > k), None)
        return following is not None and (following.number or "").startswith(f"{number}.")

    def _over_numbered_items(self, k: int) -> bool:
        """A heading whose text (a paragraph or two) leads to a numbered item whose own fields
        are indented under it: the heading groups those items, the items are the sheets."""
        j = k + 1
        while j < len(self.blocks) and self.blocks[j].kind in ("paragraph", "furniture"):
            j += 1
        if j + 1 >= len(self.blocks):
            return False
        item, field_below = self.blocks[j], self.blocks[j + 1]
        return (
            item.kind == "item"
            and bool(item.lines)
            and re.match(r"^\s*\d{1,2}(?:°[).]|[.)])\s", item.lines[0]) is not None
            and field_below.kind in ("field", "item")
            and bool(field_below.lines)
            and len(field_below.lines[0]) - len(field_below.lines[0].lstrip())
            > len(item.lines[0]) - len(item.lines[0].lstrip())
        )

    def _banded_part(self, k: int, parts: list[_Part]) -> _Part | None:
        """ "Axe : 2 - Soutien à domicile …" in the page's head right above the sheet (a running
        band, printed on each page of the part's sheets): the part the sheet belongs to — one of
        the parts the document opened, by its number and title."""
        for j in range(k - 1, max(-1, k - 6), -1):
            band = self.blocks[j]
            if band.kind == "heading" and band.marker:
                return None  # (a heading of its own above the sheet: the parts' usual order holds)
            marked = numbered_heading(band.text) if band.kind == "furniture" else None
            if marked is None or heading_rank(marked[0]) != 1:
                continue
            title = strip_numbering(band.text)
            own = next(
                (
                    p
                    for p in parts
                    if fold(p.title).startswith(fold(title)[:30])
                    or fold(title).startswith(fold(p.title)[:30])
                ),
                None,
            )
            return own
        return None

    def _recap_caption(self, k: int) -> bool:
        """ "Tableau 1 – Coût estimé des actions de l'axe 1" over a table dumped a cell a line
        whose rows open on the sheets' numbers ("1.1.1" / "Permanence mobile" / "42 500 €"): the
        part's recap after its last sheet, not that sheet's money."""
        block = self.blocks[k]
        if block.kind != "paragraph" or not block.lines:
            return False
        words = "|".join(re.escape(w) for w in load_reference("document")["caption_words"])
        if not re.match(rf"^\s*(?:{words})\s+(?:n\s*°\s*)?\d{{1,2}}\b", block.lines[0], re.IGNORECASE):
            return False
        codes = {
            line.strip()
            for line in self.source.lines[block.first : block.first + 60]
            if re.fullmatch(r"\s*\d{1,2}(?:\.\d{1,2}){1,2}\s*", line)
        }
        return len(codes) >= 2

    def _outline_parent(self, k: int) -> bool:
        """A heading numbered "1.1" whose next block opens on "1.1.1": the first of the entries
        its numbering holds, so the heading groups them."""
        number = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", self.blocks[k].text)
        if number is None:
            return False
        # (its text between them: "1.1 Aller vers …" / "Les permanences …" / "1.1.1 …"; or its
        # chapeau and "Quatre actions structurent cette orientation :" over "- 1.1 …")
        for block in self.blocks[k + 1 : k + 12]:
            if block.kind == "heading":
                return False
            numbered = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", block.text)
            if numbered is not None:
                return numbered[1].startswith(number[1] + ".")
        return False

    def _grouping_markers(self) -> frozenset[str]:
        """Sheet words that number groups in this document: "Objectif opérationnel 1.1" over
        "Action 1.1.a", twice or more — the word groups its sheets wherever it is printed."""
        if not hasattr(self, "_grouping"):
            numbered = [
                (b.marker, b.number)
                for b in self.blocks
                if b.kind == "heading" and b.marker in self.vocab.sheet_markers and b.number
            ]
            grouped = Counter(
                marker
                for marker, number in numbered
                if any(
                    other != marker and re.match(rf"{re.escape(number)}[.\-]?\w", sub)
                    for other, sub in numbered
                )
            )
            self._grouping = frozenset(m for m, n in grouped.items() if n >= 2)
        return self._grouping

    def _groups_sheets(self, k: int) -> bool:
        """ "### Objectif opérationnel 1.1" over "#### Action 1" sheets: a sheet word heading deeper
        sheet headings, a group of sheets, not one."""
        level = self.blocks[k].level or 9
        own = self.blocks[k]
        if own.marker in self._grouping_markers():
            return True  # "Objectif opérationnel 3.3" with its actions "à définir": a group all the same
        for block in self.blocks[k + 1 :]:
            if block.kind != "heading":
                continue
            if (
                own.number
                and block.number
                and block.marker in self.vocab.sheet_markers
                and block.marker != own.marker
                and re.match(rf"{re.escape(own.number)}[.\-]?\w", block.number)
            ):
                return True  # "Objectif opérationnel 1.1" over "Action 1.1.a": numbered under it
            if (block.level or 9) <= level:
                return False
            if block.marker in self.vocab.sheet_markers:
                return True
        return False

    def _is_part(self, block: Block, sheet_level: int, k: int) -> bool:
        if (
            block.kind in ("heading", "paragraph")
            and len(block.lines) == 1
            and (outline := _OUTLINE_NUMBER.match(block.text)) is not None
            and outline[0].strip().rstrip(".") in self._outline_parts()
        ):
            return True  # "2.1 Garantir l'accès aux droits" over its sheets "2.1.1 …", "2.1.2 …"
        if block.kind != "heading" or self.vocab.is_box(block):
            return False
        if k in self._kickers:
            return True  # "SENIORS" over each of its sheets' titles
        if not block.marker and self._over_numbered_items(k):
            return True  # "## 1) Accès aux droits" over its numbered items, each a sheet
        if block.marker:
            return heading_rank(block.marker) == 1 or block.level < sheet_level or block.level == 1
        # "1. BIEN VIEILLIR CHEZ SOI", "## 1. Habiter dignement": a part numbered without a
        # word, above the sheets
        if block.level < sheet_level and (block.number is not None or _PLAIN_NUMBER.match(block.text)):
            return True
        # "# 🧓 Bien vieillir chez soi" over its "## Action 1 — …" sheets: a markdown heading
        # above the sheets' level that holds some of them, in a plan whose parts are named by
        # no word or number ("### Enjeux" under "## Axe 1" stays a section)
        # ("ACCOMPAGNER LES AÎNÉS" in capitals over actions titled in sentence case: the same)
        return (
            (_hashed(block) or is_capitals(block.text))
            and block.level < sheet_level
            and not self._marked_parts(sheet_level)
            and self._holds_sheets(k)
        )

    def _tells_an_action(self, k: int) -> bool:
        """Whether what follows block k, up to the next heading, tells an action's facts: a field,
        or a lead in a sentence ("Le Pôle Seniors porte l'action avec …")."""
        if self._fields_after(k):
            return True
        text = []
        for block in self.blocks[k : k + 6]:
            if block is not self.blocks[k] and (block.kind == "heading" or _OUTLINE_NUMBER.match(block.text)):
                break
            text.append(block.text)
        return self.vocab.told_lead(" ".join(text)) is not None

    def _outline_parts(self) -> set[str]:
        """The numbers of the outline's parts whose children are the sheets ("2.1" over "2.1.1"),
        when the sheets are numbered three deep."""
        parts: set[str] = set()
        if any(b.kind == "heading" and b.marker and heading_rank(b.marker) == 1 for b in self.blocks):
            return parts  # ("AXE 1" over "1.1 Objective" over "1.1.1 Action": the axes are the parts)
        for k in self._starts:
            outline = _OUTLINE_NUMBER.match(self.blocks[k].text)
            number = outline[0].strip().rstrip(".") if outline else ""
            if number.count(".") >= 2:
                parts.add(number.rsplit(".", 1)[0])
        # (sheets under one chapter, "2. Plan d'actions" / "2.1 …" / "2.1.1 …": the objectives are
        # the parts; under "1. …", "2. …", "3. …" each, those are, the objectives their divisions)
        return parts if len({p.split(".")[0] for p in parts}) == 1 else set()

    def _marked_parts(self, sheet_level: int) -> bool:
        """Whether the plan names its parts with a word or a number ("## Axe 1 · …", "# 2. …")."""
        return any(
            b.kind == "heading"
            and b.level < sheet_level
            and (
                (
                    b.marker is not None
                    and (heading_rank(b.marker) == 1 or b.marker not in self.vocab.sheet_markers)
                )
                or b.number is not None
                or _PLAIN_NUMBER.match(b.text) is not None
            )
            for b in self.blocks
        )

    def _holds_sheets(self, k: int) -> bool:
        level = self.blocks[k].level or 9
        for j in range(k + 1, len(self.blocks)):
            other = self.blocks[j]
            if j in self._starts:
                return True
            if other.kind == "heading" and _hashed(other) and (other.level or 9) <= level:
                return False
        return False

    # -- reading ---------------------------------------------------------------------------

    def parse(self) -> ParseResult | None:
        starts = self.sheet_starts()
        if not starts:
            return self._table_plan(self._told_zooms(), told=True)
        zooms = self._zooms(starts)
        if zooms is not None:
            return self._table_plan(zooms)  # tables of actions, some restated in a sheet
        sheet_level = min(self.blocks[k].level or 2 for k in starts)
        if all(self.blocks[k].kind == "item" for k in starts):
            # ("    • Title" items the sheets: an item's level is its indent, and any heading in
            # capitals over them may be their part)
            sheet_level = max(sheet_level, 3)
        self.sheet_level = sheet_level
        self._starts = starts
        start_set = set(starts)
        sheets: list[_Sheet] = []
        parts: list[_Part] = []
        part: _Part | None = None
        current: _Sheet | None = None
        skip: set[int] = set()  # blocks already read as a sheet's title
        pending_text: Block | None = None  # the text after a bold title on its line
        for k, block in enumerate(self.blocks):
            if block.kind == "furniture" or k in skip:
                self.ledger.take(block.first, block.last)
                if current is not None and block.kind == "furniture" and block.text == "```":
                    current.blocks.append(block)  # (a fenced block of fields closed: its fields end)
                elif current is not None and block.kind == "furniture" and self.vocab.closes(block):
                    current = None  # ("Récapitulatif budgétaire – Axe 1" after each part's sheets)
                continue
            if k in start_set:
                heading_text = block.title if block.kind == "heading" else block.text
                following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                if block.kind == "heading" and block.number_only:
                    # "FICHE ACTION N° 1.1" / "Axe de rattachement : 1 – …" / "Intitulé de
                    # l'action : Title": the field that names the sheet, a line or two below
                    named = self._title_field(k)
                    if named is not None:
                        heading_text = self.blocks[named].value or heading_text
                        skip.add(named)
                        following = None
                if (  # "FICHE ACTION N° 4" with its title on the next line
                    block.kind == "heading"
                    and block.marker
                    and block.number_only
                    and following is not None
                    and len(following.text) < 200
                    and (
                        following.kind in ("paragraph", "heading")
                        # "Aller vers … : le bus des droits", a title with a colon, not a sheet field
                        or (following.kind == "field" and self.vocab.key(following.label) is None)
                    )
                ):
                    # "Intitulé : Former les aides à domicile": the field that names the sheet
                    titled = (
                        following.kind == "field" and fold(following.label or "") in self.vocab.title_labels
                    )
                    heading_text = (following.value or following.text) if titled else following.text
                    skip.add(k + 1)
                told = _TOLD.match(block.lines[0]) if block.lines and _tells_more(block) else None
                if told is not None:
                    # "**5. Épicerie solidaire** — Le bourg …": the bold run is the title, the rest
                    # of the line the sheet's first text (unless a block of its own holds it)
                    heading_text = told["title"]
                    if not (following is not None and following.first == block.first):
                        rest = told["rest"]
                        pending_text = Block(
                            "paragraph", block.first, block.last, clean_inline(rest), lines=[rest]
                        )
                title, continued = _continues(heading_text, self.vocab)
                title = _strip_item_number(title)
                # ("N° 4.1   Intitulé   Prévenir …": a form's number and title cells on one line)
                formed = re.match(
                    r"^N\s*°\s*(\d{1,2}(?:\.\d{1,2}){0,2})\s+(?P<label>[^\W\d][^:]{2,30}?)\s*:?\s+(?=\S)",
                    title,
                )
                if formed is not None and fold(formed["label"]) in self.vocab.title_labels:
                    title = title[formed.end() :]
                # ("### A.1 Title": the sheet's code, its axis's letter and its rank, not its title)
                title = re.sub(r"^[A-Z][.-]\d{1,2}\.?\s+(?=\S)", "", title)
                if block.kind != "heading" and numbered_heading(title) and strip_numbering(title):
                    title = strip_numbering(title)  # "- **Action 1.1 – Title**": the title after its number
                previous = next((s for s in sheets if fold(s.title) == fold(title)), None)
                if continued and not title and block.number:  # the continued sheet named by its number
                    previous = next((s for s in sheets if s.heading.number == block.number), None)
                    if (
                        previous is not None
                        and following is not None
                        and k + 1 in start_set
                        and fold(following.text) == fold(previous.title)
                    ):
                        skip.add(k + 1)  # "FICHE 2.A (suite)" over the sheet's title, repeated
                same_sheet = previous is not None and (
                    continued or (block.number is not None and previous.heading.number == block.number)
                )
                if same_sheet and previous is not None:
                    current = previous
                else:
                    current = _Sheet(title, block, self._banded_part(k, parts) or part)
                    sheets.append(current)
                if pending_text is not None:
                    current.blocks.append(pending_text)
                    pending_text = None
                self.ledger.take(block.first, block.last)
                continue
            if self._is_part(block, sheet_level, k) or (
                block.kind == "heading"
                and current is not None
                and not self.vocab.is_box(block)
                and block.level
                and block.level <= (current.heading.level or 2)
                and not self.vocab.key(block.text.rstrip(" :"))
                # "**Élue référente**" in bold under a "#### Fiche 1.1": a label of the sheet, not
                # a heading of the document's outline that would close it
                and not (_hashed(current.heading) and not _hashed(block))
                and not _section_of_numbered(block, current.heading)
            ):
                if self._is_part(block, sheet_level, k):
                    # ("2.1 Garantir l'accès aux droits" on its line: the part, its number aside)
                    title = _strip_item_number(block.title) if block.kind == "paragraph" else block.title
                    following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
                    counted_under = (
                        self.vocab.announced(clean_inline(following.lines[-1]).strip())
                        if block.number_only
                        and following is not None
                        and following.kind == "paragraph"
                        and 2 <= len(following.lines) <= 3
                        and k + 1 not in start_set
                        else None
                    )
                    if counted_under is not None and following is not None:
                        # "AXE 1" / "Accès aux droits" / "et inclusion" / "4 actions": a poster's
                        # part, its title wrapped over its count
                        title = clean_inline(" ".join(line.strip() for line in following.lines[:-1]))
                        skip.add(k + 1)
                        part = _Part(title, block, announced=counted_under, announced_line=following.last)
                        parts.append(part)
                        self.ledger.take(block.first, following.last)
                        current = None
                        continue
                    if (  # "ORIENTATION 1" with its title on the next line
                        block.number_only
                        and following is not None
                        and (
                            following.kind in ("paragraph", "heading")
                            # ("AXE 2" / "Bien vieillir à Montluçon : autonomie …": a colon in the
                            # title, no label of the sheets')
                            or (following.kind == "field" and self.vocab.key(following.label or "") is None)
                        )
                        and (
                            len(following.lines) == 1
                            # "Rompre l'isolement" over "=====": the title underlined as a heading
                            or (
                                len(following.lines) == 2
                                and re.fullmatch(r"[=\-─═]{3,}", following.lines[1].strip())
                            )
                            # "Agir pour le logement, l'énergie et la mobilité" / "des ménages aux
                            # revenus modestes": the title wrapped, no sentence
                            or (
                                len(following.lines) == 2
                                and len(following.text) < 120
                                and not following.text.rstrip().endswith((".", ":", ";", "!", "?"))
                            )
                        )
                        and len(following.text) < 150
                        and k + 1 not in start_set
                    ):
                        title = following.title if following.kind == "heading" else following.text
                        skip.add(k + 1)
                    elif (
                        block.number_only
                        and following is not None
                        and following.kind == "paragraph"
                        and len(following.lines) >= 3
                        and k + 1 not in start_set
                        and (held := _title_lines_over_prose(following.lines))
                    ):
                        # "DÉFI 3" / "Sécuriser le logement …" / "La hausse des prix …": the title
                        # line (or two, wrapped) glued to the part's text; the text stays
                        title = clean_inline(" ".join(line.strip() for line in following.lines[:held]))
                        self.blocks[k + 1] = Block(
                            "paragraph",
                            following.first + held,
                            following.last,
                            clean_inline(" ".join(line.strip() for line in following.lines[held:])),
                            lines=following.lines[held:],
                        )
                        self.ledger.take(following.first, following.first + held - 1)
                    if part is not None and fold(title) == fold(part.title):
                        # "ORIENTATION 1 | Vieillir chez soi": the part's band repeated on each page
                        self.ledger.take(block.first, block.last)
                        continue
                    if part is not None and self._sub_part(k, part):
                        # "Objectif stratégique A" inside "ENJEU 1": a division of the part, which
                        # stays the sheets' part
                        self._structure(block, part)
                        current = None
                        continue
                    if block.number is None and not block.marker:
                        title = _PLAIN_NUMBER.sub("", title) or title  # "1. Habiter dignement"
                    labelled = re.match(r"^(?P<word>[^\W\d][\w ]{2,25}?)\s*:\s*(?P<title>\S.*)$", title)
                    if labelled is not None and fold(labelled["word"]) in self.vocab.part_words:
                        title = labelled["title"]  # "Thématique : Petite enfance": the part's title
                    counted = re.search(r"\s*\(\s*(?P<count>[^()]{3,30}?)\s*\)\s*$", title)
                    count = self.vocab.announced(counted["count"]) if counted else None
                    if counted is not None and count is not None:
                        title = title[: counted.start()]  # "Orientation 1 — Title (4 actions)"
                    part = _Part(title, block, announced=count, announced_line=block.first if count else None)
                    parts.append(part)
                    self.ledger.take(block.first, block.last)
                current = None
                if not self._is_part(block, sheet_level, k):
                    self._structure(block, part)
                continue
            if current is not None:
                if (
                    (
                        block.kind == "heading"
                        and not self.vocab.is_box(block)
                        and block.level
                        and block.level <= sheet_level
                        and not self.vocab.key(block.text.rstrip(" :"))
                        and not (_hashed(current.heading) and not _hashed(block))
                        and not _section_of_numbered(block, current.heading)
                    )
                    or self._is_recap(k)
                    or self.vocab.closes(block, described=bool(current.blocks))
                    or self._next_division(k)
                    or self._recap_caption(k)
                ):
                    current = None
                else:
                    current.blocks.append(block)
                    continue
            self._structure(block, part)
        sheets = self._without_listed_recap(sheets)
        for part in parts:
            if not any(s.part is part for s in sheets) and (
                part.told or any(o is not part and fold(o.title) == fold(part.title) for o in parts)
            ):
                # (a count in a part no sheet is under, told in a sentence or printed again where
                # the part itself opens: a contents line read as a part, the plan's
                # introduction — no count of its own)
                if part.told:
                    self._told_total = self._told_total or part.announced
                part.announced = part.announced_line = None
        self._listed_counts(parts)
        self._check_counts(parts, sheets)
        records = [self._action(sheet) for sheet in sheets]
        _common_parts(records)
        listed = self._parts_listed_in_a_table(records)
        self._money_from_tables(sheets, records)
        self._money_from_recap_rows(sheets, records)
        self._reconciled(records)
        records = _long_rows_joined(records)
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        counts = [p.announced for p in parts if p.announced is not None]
        uncounted = [p for p in parts if p.announced is None and any(s.part is p for s in sheets)]
        # (no part counts its actions, or some do and others not: the count the introduction
        # tells of the whole plan, if it tells one)
        document.records_announced = (
            sum(counts) if counts and not uncounted else (self._told_total or listed or None)
        )
        return ParseResult(document=document, records=records)

    def _reconciled(self, records: list[Action]) -> None:
        """Yearly amounts with no period counted as the plan's own printed total counts them,
        else once (plan_total.py); a total the sheets still miss is said in a warning — the same
        for a plan of sheets and for a plan in tables."""
        largest = max((r.budget_total_eur or 0 for r in records), default=0)
        grand = printed_grand_total(self.source.lines, largest)
        count_as_the_plan_does(records, grand)
        _one_year_each(records)
        mismatch = check_against_the_plan(records, grand)
        if mismatch and grand is not None:
            self.warnings.add("plan-total-mismatch", mismatch, grand[1])

    def _without_listed_recap(self, sheets: list[_Sheet]) -> list[_Sheet]:
        """ "Action 1 – Guichet unique des solidarités" / "237 000", "Action 2 – …" / "31 000": a
        recap table dumped a cell a line (a PDF read without its layout) after the sheets, each
        row a sheet's number again over its bare figure — a cross-check, no sheets of its own."""
        seen: set[str] = set()
        recap: list[int] = []
        for n, sheet in enumerate(sheets):
            number = sheet.heading.number
            texts = [b.text.strip() for b in sheet.blocks if b.kind != "furniture" and b.text.strip()]
            # (its figure alone under it; the table's last row may run into the text after it)
            bare = not texts or re.fullmatch(r"[\d\s\u00a0\u202f.,€k–—-]+|\S.{0,40}", texts[0]) is not None
            # (a "Total" row after the last one is the table's, no field of a sheet)
            fielded = any(
                b.kind == "field" and self.vocab.key(b.label or "") not in (None, "budget")
                for b in sheet.blocks
            )
            if number is not None and number in seen and bare and not fielded:
                recap.append(n)
            if number is not None:
                seen.add(number)
        if len(recap) < 3:
            return sheets
        for n in recap:
            for block in [sheets[n].heading, *sheets[n].blocks]:
                self._structure(block, None)
        return [sheet for n, sheet in enumerate(sheets) if n not in recap]

    def _structure(self, block: Block, part: _Part | None) -> None:
        """Text outside the sheets: announced counts, budget tables (cross-checks), a part's
        own prose (stored as a document section), other headings."""
        count = self.vocab.announced(block.text) if block.kind in ("paragraph", "heading", "field") else None
        if count is not None and part is not None:
            part.announced, part.announced_line = count, block.first
            self.ledger.take(block.first, block.last)
            return
        if block.kind == "paragraph" and part is None and self._told_total is None:
            self._told_total = self.vocab.told_total(block.text)  # (the sentence stays in the text)
        if block.kind in ("paragraph", "field") and part is not None and part.announced is None:
            part.announced = self.vocab.told_announced(block.text)  # the sentence stays in the part's text
            part.announced_line = block.first if part.announced is not None else None
            part.told = part.announced is not None
        if (
            block.kind == "field"
            and part is not None
            and part.lead is None
            and self.vocab.key(block.label or "") == "responsable"
            and block.value
        ):
            part.lead = block.value  # the lead of every sheet of the part that names none
            self.ledger.take(block.first, block.last)
            return
        if block.kind == "table":
            self.ledger.take(block.first, block.last)  # a budget table: cross-check, never counted
            key = f"Tableau (lignes {block.first}-{block.last})"
            self.doc_sections[key] = "\n".join(line.rstrip() for line in block.lines)
            return
        name = f"{part.title}" if part else "Introduction"
        text = "\n".join(line.strip() for line in block.lines)
        self.doc_sections[name] = f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
        self.ledger.take(block.first, block.last)

    def _money_from_tables(self, sheets: list[_Sheet], records: list[Action]) -> None:
        """A budget table's row gives its sheet the money the sheet does not print; beside money
        the sheet prints, the row is a cross-check (plan_tables.py)."""
        inside = {id(b) for sheet in sheets for b in sheet.blocks}
        numbers = [_sheet_number(sheet.heading) for sheet in sheets]
        for k, block in enumerate(self.blocks):
            if block.kind != "table" or id(block) in inside:
                continue
            # (a caption repeated over each axis's table, "Montants …, en euros", may read as
            # furniture: its unit is the table's all the same)
            above = [
                b for b in self.blocks[max(0, k - 3) : k] if b.kind != "furniture" or caption_scale([b.text])
            ][-2:]
            captions = [b.text for b in reversed(above) if len(b.text) < 200]
            # ("Annexe financière" / "… par orientation (en euros)" over a table per orientation:
            # the unit its section names, when the captions next to the table name none)
            for earlier in reversed(self.blocks[max(0, k - 15) : k]):
                if id(earlier) in inside:
                    break  # back to the sheets: no caption of the tables after them
                if earlier.kind in ("heading", "paragraph") and len(earlier.text) < 300:
                    captions.append(earlier.text)
            header = [clean_inline(c).strip("* ") for c in block.rows[0]] if block.rows else []
            lead_at = next((n for n, h in enumerate(header) if self.vocab.key(h) == "responsable"), None)
            cells_at = dict(zip(row_numbers(block), block.rows, strict=False))
            part_titles = {fold(s.part.title) for s in sheets if s.part and s.part.title}
            for row in sheet_rows(block, captions):
                if any(fold(label) in part_titles for label in row.labels):
                    continue  # "| Familles | 130 300 € |": a part's subtotal, no sheet's money
                index = self._sheet_of_row(row.number, row.labels, sheets, numbers)
                if index is None:
                    continue
                record = records[index]
                cells = cells_at.get(row.line, [])
                if (
                    record.responsable is None
                    and lead_at is not None
                    and lead_at < len(cells)
                    and cells[lead_at].strip()
                ):
                    # "N° | Action | Pilote | 2026 | …": the lead the sheet does not name, its row's
                    record.responsable = clean_inline(cells[lead_at]).strip()
                    record.direction, record.co_directions, record.direction_note = self._direction(
                        record.responsable, None
                    )
                if record.budget_total_eur is None:
                    record.budget_lines.append(
                        BudgetLine(
                            amount_eur=row.amount,
                            raw=row.raw,
                            kind="total",
                            years=years_of(row.column),
                            counted=True,
                            reason=f"the sheet prints no amount: its row in the plan's budget table "
                            f"(column {row.column or 'of amounts'}, line {row.line})",
                            source=source_ref(self.source, self.info.file, row.line, row.line),
                        )
                    )
                    record.budget_total_eur = total_of(record.budget_lines)
                elif abs(record.budget_total_eur - row.amount) >= 0.5:
                    self.warnings.add(
                        "sheet-table-mismatch",
                        f"{record.title[:60]!r} counts {format_eur(record.budget_total_eur)}; the plan's "
                        f"budget table prints {format_eur(row.amount)} for it (line {row.line})",
                        row.line,
                    )

    def _money_from_recap_rows(self, sheets: list[_Sheet], records: list[Action]) -> None:
        """A recap table after the sheets listing every action in order, one row each under
        shortened titles ("Repérage et visites des aînés isolés" for "Repérer et visiter les
        personnes âgées isolées"): a sheet that prints no money gets its row's cost, read as a
        sheet's money is ("24 000 € dont 12 000 € …", "15 000 € par an sur 3 ans")."""
        inside = {id(b) for sheet in sheets for b in sheet.blocks}
        for block in self.blocks:
            if block.kind != "table" or id(block) in inside or len(block.rows) < 3:
                continue
            header = [clean_inline(c).strip("* ") for c in block.rows[0]]
            money_at = [n for n, h in enumerate(header) if self.vocab.key(h) == "budget"]
            body = [
                (row, line)
                for row, line in zip(block.rows[1:], row_numbers(block)[1:], strict=False)
                if not is_total(row) and any(c.strip() for c in row)
            ]
            if not money_at or len(body) != len(sheets):
                continue
            for sheet, record, (row, line) in zip(sheets, records, body, strict=True):
                words = set(tokens(" ".join(c for n, c in enumerate(row) if n not in money_at)))
                if record.budget_lines or not words & set(tokens(sheet.title)):
                    # (a sheet that prints money, counted or not, keeps its own; a row that shares
                    # no word with its sheet's title names another)
                    continue
                amount_lines = [
                    AmountLine(
                        f"{header[n]} : {clean_inline(row[n])}",
                        True,
                        source_ref(self.source, self.info.file, line, line),
                    )
                    for n in money_at
                    if n < len(row) and find_amounts(row[n])
                ]
                found = budget_lines(amount_lines)
                if total_of(found) is None:
                    continue
                for budget_line in found:
                    budget_line.reason = f"{budget_line.reason} (the sheet prints no amount: its row in the recap table, line {line})"
                record.budget_lines.extend(found)
                record.budget_total_eur = total_of(record.budget_lines)

    @staticmethod
    def _sheet_of_row(
        number: str | None, labels: tuple[str, ...], sheets: list[_Sheet], numbers: list[str | None]
    ) -> int | None:
        """The sheet a table row names, by its number, else by its (short) title in one of its
        cells: one sheet, or none when the row could name several."""
        if number is not None:
            found = {n for n, own in enumerate(numbers) if own is not None and fold(own) == fold(number)}
        else:
            keys = [fold(label) for label in labels if len(fold(label)) >= 8]
            found = {n for n, sheet in enumerate(sheets) for key in keys if key in fold(sheet.title)}
        return found.pop() if len(found) == 1 else None

    def _table_sheets(self) -> list[tuple[_Sheet, str | None]]:
        """Each row of the document's tables of actions (a spreadsheet's export: N° | Axe |
        Intitulé | Pilote | Partenaires | Coût (€) | Calendrier) as a sheet, with its number (a
        "N°" column) when it prints one: its cells fields under their column's label, its part
        from a part column, else from the part heading above the table ("# AXE 1 : …")."""
        sheets: list[tuple[_Sheet, str | None]] = []
        parts: dict[str, _Part] = {}
        numbered_parts: dict[str, str] = {}  # "axe 3" → its title, from the cell that gave both
        above_part: _Part | None = None
        carried: tuple[list[str], int, int | None] | None = None  # the header a PDF's rows go on under
        last_heading: Block | None = None  # the heading right above, when nothing else heads the table
        typed_header: list[str] | None = None  # a header typed with tabs above a spanning row
        for block in self.blocks:
            columns = self._action_columns(block)
            if (
                block.kind == "paragraph"
                and len(block.lines) == 1
                and block.lines[0].count("\t") >= 3
                and (
                    self._action_columns(
                        Block(
                            "table",
                            block.first,
                            block.first,
                            block.text,
                            rows=[block.lines[0].split("\t"), []],
                        )
                    )
                    is not None
                )
            ):
                # "N°<TAB>Action<TAB>Pilote…" over "Axe 1 – …" (a row spanning the table) over the
                # rows: the header of the table below
                typed_header = [c.strip() for c in block.lines[0].split("\t")]
                continue
            if (
                typed_header is not None
                and columns is None
                and block.kind == "table"
                and block.rows
                and len(block.rows[0]) == len(typed_header)
            ):
                block = Block(
                    "table",
                    block.first,
                    block.last,
                    block.text,
                    rows=[typed_header, *block.rows],
                    lines=block.lines,
                    row_lines=[block.first, *block.row_lines] if block.row_lines else [],
                )
                columns = self._action_columns(block)
            if block.kind == "table":
                typed_header = None
            if block.kind == "heading":
                carried = None
                last_heading = block if _hashed(block) and not self.vocab.is_box(block) else None
                if block.marker and heading_rank(block.marker) == 1 and not self.vocab.is_box(block):
                    title = block.title
                    above_part = parts.setdefault(fold(title), _Part(title, block))
            elif (
                block.kind == "paragraph"
                and len(block.lines) == 1
                and (marked := numbered_heading(block.text)) is not None
                and marked[2] == 1
                and strip_numbering(block.text)
            ):
                # "Axe 2 - Bien vieillir …" typed in a sheet's first cell over its table of actions
                title = strip_numbering(block.text)
                above_part = parts.setdefault(fold(title), _Part(title, None))
                carried = None
            if (
                columns is not None
                and last_heading is not None
                and (
                    above_part is None
                    or (above_part.heading is not None and above_part.heading.first < last_heading.first)
                )
            ):
                # "## Objectif 1 – Rapprocher …" right over its table of actions: the part
                title = re.sub(r"^[^\W\d_]+\s+\d{1,2}\s*[—–:.-]\s+", "", last_heading.title)
                above_part = parts.setdefault(fold(title), _Part(title, last_heading))
            if columns is not None:
                title_at, part_at = columns
                header = [clean_inline(c).strip("* ") for c in block.rows[0]]
                carried = (header, title_at, part_at)
                rows = without_total_row(block, row_numbers(block))
            elif (
                carried is not None
                and block.kind == "table"
                and block.rows
                and len(block.rows[0]) == len(carried[0])
            ):
                # rows of the same table a PDF set apart (a tall row, a page break): its header
                # is the one above
                header, title_at, part_at = carried
                rows = [
                    (row, n)
                    for row, n in zip(block.rows, row_numbers(block), strict=False)
                    if not is_total(row)
                ]
            elif (
                carried is not None
                and block.kind == "paragraph"
                and len(block.lines) == 1
                and len(block.lines[0].split("\t")) == len(carried[0])
            ):
                # one row alone between blank lines: a paragraph of cells set apart by tabs
                header, title_at, part_at = carried
                rows = [([c.strip() for c in block.lines[0].split("\t")], block.first)]
            else:
                continue
            scale = caption_scale(header)
            # ("3000" under "Budget 2027", a column whose other cells print "6 500 €": euros too)
            money_columns = {n for n in range(len(header)) if self.vocab.key(header[n]) in MONEY_KEYS}
            euros = sum(1 for r, _ in rows for n in money_columns if n < len(r) and "€" in r[n])
            # (a money column of bare figures is in euros too, the table printing no other unit)
            euro_columns = money_columns if euros >= 1 or not scale else set()
            number_at = next((n for n, h in enumerate(header) if fold(h) in _number_heads()), None)
            merged: _Part | None = None  # the part of the rows above, its cell merged over them
            for at, (row, line) in enumerate(rows):
                # ("CAF du Gard<br>CPAM du Gard": a cell's lines stay its list's lines)
                cells = ["\n".join(clean_inline(p).strip("* ") for p in c.split("\n")).strip() for c in row]
                across = [c for c in cells if c]
                if (
                    len(across) == 1
                    and (spanned := numbered_heading(across[0])) is not None
                    and spanned[2] == 1
                    and strip_numbering(across[0])
                ):
                    # "AXE 2 - SOUTENIR LE POUVOIR DE VIVRE" set across the table: the part of the
                    # rows below (their "Axe" cell its number)
                    named = strip_numbering(across[0])
                    numbered_parts[f"{spanned[0]} {spanned[1]}"] = named
                    merged = parts.setdefault(named, _Part(named, None))
                    continue
                if title_at >= len(cells) or not cells[title_at] or is_total(row):
                    continue
                if (
                    at == 0
                    and block.kind == "table"
                    and sheets
                    and (
                        (
                            number_at is not None
                            and number_at < len(cells)
                            and not cells[number_at]
                            and sheets[-1][1]
                        )
                        # ("de troubles neurocognitifs" atop the next page, the number printed
                        # in the title cell above: the row's words going on, in lower case)
                        or (number_at is None and cells[title_at][:1].islower())
                    )
                ):
                    # a row cut by a page break, its number printed on the page before: the cells
                    # go on the row above ("ou de troubles apparentés", "… Plateforme de répit")
                    sheet, _ = sheets[-1]
                    sheet.title = f"{sheet.title} {cells[title_at]}"
                    sheet.heading.text = sheet.title
                    for n, (label, cell) in enumerate(zip(header, cells, strict=False)):
                        key = self.vocab.key(label)
                        if n in (title_at, part_at, number_at) or not cell or key is None:
                            continue
                        column_scale = scale or (
                            "€" if n in euro_columns and not _FOOTNOTE_REF.search(cell) else ""
                        )
                        value = _units_inside(cell, column_scale) if key in MONEY_KEYS else cell
                        field = field_block(line, line, label, value, [f"{label} : {value}"])
                        self._own_text.add(id(field))
                        sheet.blocks.append(field)
                    continue
                keyed = [(n, self.vocab.key(label)) for n, label in enumerate(header) if n < len(cells)]
                marked = numbered_heading(cells[title_at])
                if (marked is not None and marked[2] == 1 and not strip_numbering(cells[title_at])) or fold(
                    cells[title_at]
                ) in self.vocab.part_words:
                    # "Axe 2 | 4 | 490 000 €", "Axe | Nombre d'actions | Coût": a recap's rows, by
                    # part (a cross-check of the sheets, no action)
                    continue
                if (
                    marked is not None
                    and marked[2] == 1
                    and strip_numbering(cells[title_at])
                    and not any(cells[n] for n, key in keyed if key in ("responsable", "partenaires"))
                ):
                    # "| 1 | AXE 1 – Accès aux droits |  | 98 500 |": the part over the rows below,
                    # its money their subtotal (a cross-check, no action's)
                    named = strip_numbering(cells[title_at])
                    merged = parts.setdefault(named, _Part(named, None))
                    continue
                numbered_rows = sum(
                    1 for r, _ in rows if number_at is not None and number_at < len(r) and r[number_at]
                )
                if (
                    number_at is not None
                    and numbered_rows * 2 > len(rows)
                    and not (number_at < len(cells) and cells[number_at])
                    and not any(cells[n] for n, key in keyed if key in MONEY_KEYS or key == "responsable")
                ):
                    continue  # "|  | Jalons du plan |" among numbered actions: milestones, no action
                if re.fullmatch(r"\([^()]{2,40}\)|\[[^\[\]]{2,40}\]", cells[title_at].strip()) and not any(
                    c for n, c in enumerate(cells) if n not in (title_at, number_at)
                ):
                    continue  # "1.4;(à compléter);;;;": a row kept for an action still to write
                if _SUBTASK.match(cells[title_at]) and sheets:
                    # "↳ Achat du véhicule" under its action: a sub-task, its money inside the
                    # action's (shown in its text, never counted again)
                    sheet, _ = sheets[-1]
                    told = " ; ".join(
                        f"{label} : {cell}"
                        for label, cell in zip(header, cells, strict=False)
                        if cell.strip()
                    )
                    sub = Block(
                        "paragraph", line, line, f"Sous-tâche : {_SUBTASK.sub('', told)}", lines=[told]
                    )
                    self._own_text.add(id(sub))
                    sheet.blocks.append(sub)
                    continue
                part = merged or above_part
                if part_at is not None and part_at < len(cells) and cells[part_at]:
                    # ("Axe 1 - Aller vers …": the part's title without its word and number; "Axe 1"
                    # over "Aller vers …" in one cell the same, and "Axe 1" alone further down
                    # the part so named above)
                    cell = cells[part_at]
                    bare = re.fullmatch(r"([^\W\d_]+\s+\d{1,2})\s*(?:\n\s*(?P<title>\S.*))?", cell, re.S)
                    if bare is not None and bare["title"]:
                        named = " ".join(bare["title"].split())
                        numbered_parts[fold(bare[1])] = named
                    elif bare is not None and fold(bare[1]) in numbered_parts:
                        named = numbered_parts[fold(bare[1])]
                    elif re.fullmatch(r"\d{1,2}", cell) and merged is not None:
                        named = merged.title  # ("1" in the "Axe" column under "AXE 1 - …" set across)
                    else:
                        named = re.sub(r"^[^\W\d_]+\s+\d{1,2}\s*[—–:.-]\s+(?=\S)", "", cell)
                    part = parts.setdefault(named, _Part(named, None))
                    merged = part  # a spreadsheet's merged cell: printed once, over the rows below
                title = " ".join(re.sub(r"\s*<br\s*/?>\s*", " ", cells[title_at], flags=re.I).split())
                printed = (
                    cells[number_at].strip(" .") if number_at is not None and number_at < len(cells) else ""
                )
                pieces = [
                    p.strip() for p in re.split(r"\n|<br\s*/?>", cells[title_at], flags=re.I) if p.strip()
                ]
                described = None
                if (
                    len(pieces) >= 2
                    and len(pieces[0]) <= 150
                    and pieces[0][-1:] not in ".;:,"
                    and pieces[-1].rstrip()[-1:] in ".!?)»"
                ):
                    # "**1.1 Bus solidaire des droits**<br>Un véhicule aménagé …": the title on
                    # the cell's first line, what the action does on the next
                    title, described = pieces[0], " ".join(pieces[1:])
                    numbered = re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)", title)
                    if numbered is not None:
                        printed, title = printed or numbered[1], title[numbered.end() :]
                elif not printed and (coded := re.match(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?=\S)", title)):
                    printed, title = coded[1], title[coded.end() :]  # "1.1 Guichet unique …" in its cell
                heading = Block("heading", line, line, title, lines=[title], number=printed or None)
                sheet = _Sheet(title, heading, part)
                if described:
                    sheet.blocks.append(Block("paragraph", line, line, described, lines=[described]))
                for n, (label, cell) in enumerate(zip(header, cells, strict=False)):
                    key = self.vocab.key(label)
                    if n in (title_at, part_at) or not cell or cell in ("—", "-", "–") or key is None:
                        continue
                    column_scale = scale or (
                        "€" if n in euro_columns and not _FOOTNOTE_REF.search(cell) else ""
                    )
                    value = _units_inside(cell, column_scale) if key in MONEY_KEYS else cell
                    field = field_block(line, line, label, value, [f"{label} : {value}"])
                    # ("Investissement : 140 000 €" / "Fonctionnement : 38 000 €/an, soit …" in one
                    # cell: each of its lines a line of money, as the page prints them)
                    field.columned = key in MONEY_KEYS and "\n" in value
                    self._own_text.add(id(field))
                    sheet.blocks.append(field)
                year_columns = [n for n, h in enumerate(header) if re.fullmatch(r"(?:19|20)\d\d", h.strip())]
                if (
                    len(year_columns) >= 2
                    and not any(
                        b.kind == "field" and self.vocab.key(b.label) in MONEY_KEYS for b in sheet.blocks
                    )
                    and any(n < len(cells) and find_amounts(cells[n]) for n in year_columns)
                ):
                    # "…;12 000 €;8 400 €;8 400 €;" its total cell left empty: the years' amounts
                    value = " ; ".join(
                        f"{header[n].strip()} : {_units_inside(cells[n], scale or '€')}"
                        for n in year_columns
                        if n < len(cells) and find_amounts(cells[n])
                    )
                    field = field_block(line, line, "Budget", value, [f"Budget : {value}"])
                    self._own_text.add(id(field))
                    sheet.blocks.append(field)
                number = (
                    cells[number_at].strip(" .") if number_at is not None and number_at < len(cells) else None
                )
                sheets.append((sheet, number or printed or None))
        return sheets

    def _table_plan(
        self, zooms: dict[str, list[Block]] | None = None, told: bool = False
    ) -> ParseResult | None:
        """A plan whose actions are the rows of its tables, no sheet of their own — or whose only
        sheets restate rows ("Zoom sur l'action 2.3"): their fields the row lacks are added to it,
        never a second action."""
        tabled = self._table_sheets()
        if len(tabled) < 3:
            return None
        for sheet, number in tabled:
            zoomed = (zooms or {}).get(number or "", [])
            if (
                told
                and zoomed
                and (sheet.part is None or sheet.part.heading is not None)
                and (number not in self._restated or sheet.part is None)
            ):
                # (the part heading over the sheet told in the text: "Orientation n° 2 : …"; a row
                # restated under its number and title stays in its table's part)
                heading = next(
                    (
                        b
                        for b in reversed(self.blocks)
                        if b.first < zoomed[0].first and b.kind == "heading" and heading_rank(b.marker) == 1
                    ),
                    None,
                )
                if heading is not None:
                    sheet.part = _Part(heading.title, heading)
            for block in zoomed:
                keys = {self.vocab.key(b.label) for b in sheet.blocks if b.kind == "field"} - {None}
                if block.kind == "field" and self.vocab.key(block.label) in keys:
                    continue  # the row's own lead, partners or money, restated
                sheet.blocks.append(block)
        self._keyed_fields(tabled)
        self._noted_partners(tabled)
        self._table_plan_text({id(b) for sheet, _ in tabled for b in sheet.blocks})
        records = [self._action(sheet) for sheet, _ in tabled]
        # ("| N° | 2026 | 2027 | Total |" after the tables of actions: their money, by number)
        self._money_from_tables([sheet for sheet, _ in tabled], records)
        self._reconciled(records)
        records = _long_rows_joined(records)
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    def _coded_part(self, blocks: list[Block]) -> str | None:
        """The part a sheet names by its code ("Axe : A2"), as the plan's legend spells it out."""
        legend = self._legend()
        if not legend:
            return None
        for block in blocks:
            text = clean_inline(block.text).strip(" *-")
            coded = re.fullmatch(
                r"(?P<label>[^\W\d][\w ']{1,30}?)\s*:\s*([A-Z]{1,3}\d{1,2}|\d{1,2})\b.*", text
            )
            if (
                coded is not None
                and coded[2] in legend
                # ("axe: 1" in a page's front matter: a bare number only under a part's word)
                and (not coded[2].isdigit() or self._part_word(coded["label"]))
            ):
                return legend[coded[2]]
        return None

    def _part_word(self, label: str) -> bool:
        """ "Axe", "Axes", "Orientation": a word the plan's parts are named by."""
        folded = fold(label)
        return folded in self.vocab.part_words or folded.rstrip("s") in self.vocab.part_words

    def _legend(self) -> dict[str, str]:
        """Codes the plan gives its axes in a legend table ("| A2 | Rompre l'isolement … |"):
        code → the axis's title, so a sheet's "Axe : A2" names its part."""
        if not hasattr(self, "_legend_codes"):
            codes: dict[str, str] = {}
            for block in self.blocks:
                if block.kind != "table" or len(block.rows) < 4:
                    continue
                rows = [[clean_inline(c).strip(" *") for c in row] for row in block.rows[1:]]
                coded = [row for row in rows if len(row) >= 2 and re.fullmatch(r"[A-Z]{1,3}\d{1,2}", row[0])]
                if len(coded) >= 3 and len(coded) * 2 >= len(rows):
                    codes.update({row[0]: row[1] for row in coded if row[1]})
            # ("axes:" / "- numero: 1" / "titre: …" in the plan's front matter, read as the fields
            # "axes : 1 – Title – 4"): each number its part's title
            listed = [
                found
                for block in self.blocks
                if block.kind == "field"
                and self._part_word(block.label or "")
                and (
                    found := re.fullmatch(
                        r"(\d{1,2}|[A-Z]{1,3}\d{1,2})\s*[–—:.-]\s*(?P<title>\S.*?)(?:\s*[–—]\s*\d{1,2})?",
                        clean_inline(block.value or ""),
                    )
                )
            ]
            if len(listed) >= 2:
                codes.update({found[1]: found["title"].strip() for found in listed})
            self._legend_codes = codes
        return self._legend_codes

    def _noted_partners(self, tabled: list[tuple[_Sheet, str | None]]) -> None:
        """Rows whose titles call a note ("Créer un guichet unique (1)"), the notes printed under
        the table ("(1)  Partenaires : CAF …, France Travail. Ouverture …"): each title without
        its call, each note's partners the row's partners (its money stays the table's)."""
        called = {id(sheet): m[1] for sheet, _ in tabled if (m := _NOTE_CALL.search(sheet.title)) is not None}
        if len(called) < 3:
            return
        notes: dict[str, tuple[int, str]] = {}
        current: str | None = None
        for number, line in enumerate(self.source.lines, 1):
            opened = re.match(r"^\s{0,3}\((\d{1,2})\)\s+(\S.*)$", line)
            if opened is not None:
                current = opened[1]
                notes[current] = (number, opened[2].strip())
            elif current is not None and line.strip() and line.startswith((" ", "\t")):
                first, text = notes[current]
                notes[current] = (first, f"{text} {line.strip()}")
            else:
                current = None
        for sheet, _ in tabled:
            call = called.get(id(sheet))
            if call is None:
                continue
            sheet.title = _NOTE_CALL.sub("", sheet.title).strip()
            sheet.heading.text = sheet.title
            if call not in notes or any(
                b.kind == "field" and self.vocab.key(b.label) == "partenaires" for b in sheet.blocks
            ):
                continue
            at, text = notes[call]
            said = re.search(r"\bPartenaires?\s*:\s*(?P<names>.+?)(?:\.(?=\s+[A-ZÀ-Ý0-9])|\.?$)", text)
            if said is not None:
                field = field_block(at, at, "Partenaires", said["names"], [text])
                self._own_text.add(id(field))
                sheet.blocks.append(field)

    def _table_plan_text(self, inside: set[int]) -> None:
        """The text around a plan's tables of actions kept as document sections under the
        heading above it (the plan's introduction, a part's prose): counted as read only
        once stored, as the sheets' plans do."""
        name = "Introduction"
        for block in self.blocks:
            if block.kind == "table" and self._action_columns(block) is None and id(block) not in inside:
                self._structure(block, None)  # keyed fields, money: stored as printed, never counted again
                continue
            if block.kind in ("heading", "table", "furniture") or id(block) in inside:
                if block.kind == "heading" and id(block) not in inside:
                    name = clean_inline(block.text).strip() or name
                self.ledger.take(block.first, block.last)  # structure, or a record's own text
                continue
            text = "\n".join(line.strip() for line in block.lines)
            self.doc_sections[name] = (
                f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
            )
            self.ledger.take(block.first, block.last)

    def _keyed_fields(self, tabled: list[tuple[_Sheet, str | None]]) -> None:
        """ "| N° | Partenaires |" apart from the tables of actions: each row's fields go to the
        action its number names (rows naming no action, or tables of money, are left to the
        money tables' reading)."""
        by_number = {fold(number): sheet for sheet, number in tabled if number}
        if len(by_number) < 3:
            return
        actions = {id(sheet.heading) for sheet, _ in tabled}
        for block in self.blocks:
            if block.kind != "table" or len(block.rows) < 2 or self._action_columns(block) is not None:
                continue
            header = [clean_inline(c).strip("* ") for c in block.rows[0]]
            if fold(header[0]) not in _number_heads():
                continue
            keys = [self.vocab.key(h) if n else None for n, h in enumerate(header)]
            if not any(k in self.vocab.sheet_keys and k not in MONEY_KEYS for k in keys):
                continue
            rows = list(zip(block.rows[1:], row_numbers(block)[1:], strict=False))
            named = [by_number.get(fold(clean_inline(row[0]).strip(" .*"))) for row, _ in rows]
            if sum(1 for sheet in named if sheet is not None) < 2:
                continue
            for (row, line), sheet in zip(rows, named, strict=True):
                if sheet is None or id(sheet.heading) not in actions:
                    continue
                for label, key, cell in zip(header, keys, row, strict=False):
                    value = clean_inline(cell).strip()
                    if key is None or key in MONEY_KEYS or not value or value in ("—", "-", "–"):
                        continue
                    field = field_block(line, line, label, value, [f"{label} : {value}"])
                    self._own_text.add(id(field))
                    sheet.blocks.append(field)

    def _told_zooms(self) -> dict[str, list[Block]] | None:
        """The paragraphs that tell, in sentences, an action a row of the plan's table lists
        ("La deuxième action, « … » (action 1.2), …", "L'action 2.1, « … », prévoit …"), by the
        row's number: each paragraph citing one number — when they tell most rows."""
        tabled = self._table_sheets()
        numbers = {n for _, n in tabled if n}
        if len(numbers) < 3:
            return None
        titles = {n: fold(sheet.title) for sheet, n in tabled if n}
        told: dict[str, list[Block]] = {}
        restating: str | None = None  # the row the blocks under "1.2 Title" restate
        for block in self.blocks:
            # "1.2 Permanences mobiles dans les quartiers" / "Un véhicule …": the row restated
            # under its number and title, its text and facts below ("Partenaires : …")
            restated = (
                re.match(r"^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<title>\S.*)$", block.lines[0])
                if block.lines and block.kind in ("heading", "paragraph")
                else None
            )
            if (
                restated is not None
                and restated[1] in numbers
                and titles[restated[1]].startswith(" ".join(fold(restated["title"]).split()[:3]))
            ):
                restating = restated[1]
                self._restated.add(restating)
                if len(block.lines) >= 2:
                    told.setdefault(restating, []).append(
                        Block(
                            "paragraph",
                            block.first + 1,
                            block.last,
                            clean_inline(" ".join(line.strip() for line in block.lines[1:])),
                            lines=block.lines[1:],
                        )
                    )
                continue
            if block.kind == "heading":
                restating = None
            if restating is not None and block.kind in ("paragraph", "field", "item"):
                said = told.setdefault(restating, [])
                if (
                    block.kind == "paragraph"
                    and said
                    and said[-1].kind == "paragraph"
                    and said[-1].last + 1 == block.first
                ):
                    # (a paragraph the reader cut at its lines: one sentence, the partners it names whole)
                    lines = [*said[-1].lines, *block.lines]
                    said[-1] = Block(
                        "paragraph",
                        said[-1].first,
                        block.last,
                        clean_inline(" ".join(line.strip() for line in lines)),
                        lines=lines,
                    )
                else:
                    said.append(block)
                continue
            if block.kind not in ("paragraph", "item"):
                continue
            # (cited inside a sentence: "Action 1.1 – Créer …" opening its own line is a title)
            cited = {m[1] for m in _CITED_ACTION.finditer(block.text) if m.start() > 0}
            if len(block.text) >= 80 and len(cited) == 1 and (number := cited.pop()) in numbers:
                told.setdefault(number, []).append(
                    Block("paragraph", block.first, block.last, block.text, lines=block.lines)
                )
        for number in self._restated & set(told):
            told[number] = [part for block in told[number] for part in self._labelled_sentences(block)]
        return told if len(told) >= 3 and len(told) * 2 >= len(numbers) else None

    def _labelled_sentences(self, block: Block) -> list[Block]:
        """ "Des bénévoles … repérées comme isolées. Partenaires : A, B et C.": the sentences of
        a paragraph that open on a sheet's label, read as its fields; the others its text."""
        if block.kind != "paragraph":
            return [block]
        parts: list[Block] = []
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", block.text):
            labelled = re.match(r"^(?P<label>[^:.]{2,40}?)\s*:\s*(?P<value>\S.*?)\.?$", sentence)
            if labelled is not None and self.vocab.key(labelled["label"]) is not None:
                parts.append(
                    field_block(block.first, block.last, labelled["label"], labelled["value"], block.lines)
                )
            elif parts and parts[-1].kind == "paragraph":
                parts[-1] = Block(
                    "paragraph", block.first, block.last, f"{parts[-1].text} {sentence}", lines=block.lines
                )
            else:
                parts.append(Block("paragraph", block.first, block.last, sentence, lines=block.lines))
        return parts

    def _zooms(self, starts: list[int]) -> dict[str, list[Block]] | None:
        """The sheets that restate a row of the plan's tables ("### Zoom sur l'action 2.3"), by
        the row's number, with their blocks — when every sheet does; else None."""
        tabled = self._table_sheets()
        numbers = {n for _, n in tabled if n}
        if len(numbers) < 3:
            return None
        if starts and all(sheet.heading.first > self.blocks[starts[-1]].first for sheet, _ in tabled):
            return None  # a recap table after the last sheet ("Annexe – tableau récapitulatif"): the sheets are the plan
        zooms: dict[str, list[Block]] = {}
        for at, k in enumerate(starts):
            # the number in the sheet's heading, or in the heading right above its title line
            # ("### Zoom sur l'action 2.3" over "**Renforcer l'accompagnement …**")
            above = self.blocks[k - 1].text if k > 0 and self.blocks[k - 1].kind == "heading" else ""
            cited = re.findall(
                r"(?<![\d.])(\d{1,2}(?:\.\d{1,2})+)(?![\d.]*\d)", f"{self.blocks[k].text} {above}"
            )
            number = next((c for c in cited if c in numbers), None)
            if number is None:
                return None
            end = starts[at + 1] if at + 1 < len(starts) else len(self.blocks)
            blocks = []
            for block in self.blocks[k + 1 : end]:
                if block.kind == "heading" and (block.level or 9) <= (self.blocks[k].level or 9):
                    break  # the next part of the document ("# AXE 3 : …")
                if block.kind != "furniture":
                    blocks.append(block)
            zooms[number] = blocks
        return zooms

    def _action_columns(self, block: Block) -> tuple[int, int | None] | None:
        """(title column, part column) of a table whose rows are actions: a title column and
        at least two columns of sheet fields (lead, partners, money, calendar)."""
        if block.kind != "table" or len(block.rows) < 2:
            return None
        header = [fold(clean_inline(c).strip("* ")) for c in block.rows[0]]
        title_at = next((n for n, h in enumerate(header) if h in self.vocab.title_labels), None)
        keys = {self.vocab.key(h) for n, h in enumerate(header) if n != title_at} & self.vocab.sheet_keys
        # ("| N° | Action | Pilote |": numbered rows, their other fields in tables keyed by number)
        numbered = any(h in _number_heads() for h in header) and len(block.rows) >= 3
        if title_at is None or len(keys) < (1 if numbered else 2):
            return None
        part_at = next(
            (n for n, h in enumerate(header) if heading_rank(h) == 1 or h in self.vocab.part_words), None
        )
        return title_at, part_at

    def _told_partners(self, blocks: list[Block], more: str = "") -> list[str]:
        """Partners a sheet without a partners field names in its sentences ("… avec l'appui de la
        MSA Auvergne, qui …", "… en lien avec le Centre hospitalier de Mauriac et la Communauté de
        communes du Pays Gentiane"): names that open on a capital, as printed, articles dropped
        (`more`: the sentences a lead field went on with)."""
        return told_partners(
            [*(b.text for b in blocks if b.kind == "paragraph"), *([more] if more else [])],
            self.vocab.prose_partners,
            self.vocab.prose_partners_after,
        )

    def _parts_listed_in_a_table(self, records: list[Action]) -> int:
        """ "| Axe | Intitulé | Actions |" over "| 1 | Garantir l'accès aux droits | A1, A2, A12 |"
        and sheets titled "A1 · …" under no part heading: each sheet's part is the row listing
        its code (the code leaves its title). Returns how many codes the table lists."""
        if len({r.block for r in records}) > 1:
            return 0  # (the parts are known; one for all is the document's title at most)
        coded = {m["code"].replace(" ", ""): r for r in records if (m := _CODE_TITLE.match(r.title))}
        if len(coded) < 2:
            return 0
        listed = 0
        for block in self.blocks:
            if block.kind != "table" or len(block.rows) < 3:
                continue
            head = fold(clean_inline(block.rows[0][0]))
            if head not in self.vocab.part_words:
                continue
            for row in block.rows[1:]:
                cells = [clean_inline(c).strip() for c in row]
                codes = [c.replace(" ", "") for cell in cells[1:] for c in _CODES.findall(cell)]
                named = [c for c in cells[1:] if c and not _CODES.fullmatch(c) and not _CODES.findall(c)]
                if not codes or not named or not any(c in coded for c in codes):
                    continue
                listed += len(codes)
                for code in codes:
                    if code in coded:
                        coded[code].block = named[0]
        if listed:
            for record in coded.values():
                match = _CODE_TITLE.match(record.title)
                if match and record.block:
                    record.title = match["title"]
        return listed

    def _names_only_a_payer(self, at: int, block: Block, blocks: list[Block]) -> bool:
        """A money field that names who pays and no amount ("Financement : Budget de
        fonctionnement du CCAS"), not "à moyens constants" (no new money at all), with no table,
        list or line of figures of its own under it."""
        value = clean_inline(block.value or "")
        below = blocks[at + 1] if at + 1 < len(blocks) else None
        return (
            len(value) >= 10
            and not find_amounts(value)
            and not any(c.isdigit() for c in re.sub(r"(?:19|20)\d\d", "", value))
            and not any(fold(value).startswith(w) for w in _no_new_money_words())
            and not any(f" {w} " in f" {fold(value)} " for w in _unpriced_money_words())
            and (below is None or below.kind not in ("table", "item"))
        )

    def _told_fields(self, blocks: list[Block]) -> tuple[list[Block], set[int]]:
        """A sheet written as prose, its fields inside its paragraphs ("… aide d'urgence.
        Financement : CCAS 6 000 € ; FSL 4 000 €. Partenaires : …"): each sentence of a one-line
        paragraph (or of a field's value) as a block of its own, a field where it opens on a
        label the plan knows. Returns the blocks and the ids of those made from sentences."""
        out: list[Block] = []
        told: set[int] = set()
        for block in blocks:
            text = block.value if block.kind == "field" else block.text
            sentences = _SENTENCE_END.split(text or "") if block.kind in ("paragraph", "field") else []
            inline = [
                m for s in sentences[1:] if (m := _INLINE_FIELD.match(s)) and self.vocab.key(m["label"])
            ]
            # a paragraph telling money ("… mobilisera 12 000 € par an pendant trois ans …") is read
            # sentence by sentence too, so that a cost is told apart from a price beside it
            costed = block.kind == "paragraph" and len(sentences) > 1 and find_amounts(text or "")
            if not (inline and (block.first == block.last or block.kind == "field")) and not costed:
                out.append(block)
                continue
            for n, sentence in enumerate(sentences):
                match = _INLINE_FIELD.match(sentence)
                if n == 0 and block.kind == "field":
                    part = field_block(block.first, block.last, block.label or "", sentence, [sentence])
                elif match and self.vocab.key(match["label"]):
                    part = field_block(block.first, block.last, match["label"], match["value"], [sentence])
                else:
                    part = Block("paragraph", block.first, block.last, sentence, lines=[sentence])
                told.add(id(part))
                out.append(part)
        return out, told

    def _listed_counts(self, parts: list[_Part]) -> None:
        """ "Axe 1 – Garantir l'accès aux droits : 4 actions", "• Axe 2 – Bien vieillir (4
        actions)": the introduction listing each part with its count, before the parts open —
        each count given to the part its line names."""
        opened = min((p.heading.first for p in parts if p.heading is not None), default=0)
        for number in range(1, opened):
            line = clean_inline(self.source.line(number)).strip(" •*-–;.")
            told = _LISTED_COUNT.match(line)
            count = self.vocab.announced(told["count"]) if told else None
            if told is None or count is None:
                continue
            named = fold(told["name"])
            for part in parts:
                if (
                    part.announced is None
                    and part.heading is not None
                    and fold(part.title)
                    and (named.endswith(fold(part.title)) or fuzz.ratio(named, fold(part.title)) >= 90)
                ):
                    part.announced, part.announced_line = count, number
                    break

    def _check_counts(self, parts: list[_Part], sheets: list[_Sheet]) -> None:
        for part in parts:
            if part.announced is None:
                continue
            found = sum(1 for s in sheets if s.part is part)
            if found != part.announced:
                self.warnings.add(
                    "announced-count",
                    f"'{part.title}' announces {part.announced} actions, {found} sheets found",
                    part.announced_line,
                )

    def _action(self, sheet: _Sheet) -> Action:
        fields: dict[str, list[str]] = {}
        sections: dict[str, str] = {}
        amount_lines: list[AmountLine] = []
        components = False  # a "Financement" list naming what the money buys, not who pays
        last_key: str | None = None
        last_label: str | None = None
        last_value = ""
        read_lines: set[int] = set()
        period_ends: list[int | None] = [None, None]  # "debut: 2026" / "fin: 2028"
        blocks, told = self._told_fields(sheet.blocks)
        told |= {id(b) for b in blocks if id(b) in self._own_text}
        money_fields = [
            (k, b)
            for k, b in enumerate(blocks)
            if b.kind == "field" and self.vocab.key(b.label) in MONEY_KEYS
        ]
        # ("Financement : Budget d'investissement du CCAS 2025." — who pays, no amount, nothing
        # below it — beside "… achètera des ventilateurs pour un montant de 7 500 €" in the text:
        # the sheet's cost is told in its text, as on a sheet with no money field)
        money_field = any(not self._names_only_a_payer(k, b, blocks) for k, b in money_fields)
        # lines holding a money field among others ("Prix du repas : 4,50 € · Enveloppe : 30 000 €
        # par an pendant trois ans"): read once, whichever field they are read under
        money_lines = {
            n
            for b in blocks
            if b.kind == "field" and self.vocab.key(b.label) in MONEY_KEYS
            for n in range(b.first, b.last + 1)
        }
        side: str | None = None  # "expenses", then "receipts": a balanced budget's two sides, stacked
        # "Petits équipements : budget 2026 (en k€)" over "Détecteurs de fumée : 0,45": the unit a
        # line of no amount states, and the last line of the run of bare figures it heads
        stated_unit, unit_until = "", -1
        for at, block in enumerate(blocks):
            self.ledger.take(block.first, block.last)
            if block.kind == "furniture" and block.text.startswith("```"):
                last_key, last_label, last_value = None, None, ""  # a fenced block of fields closed
                continue
            opened = _balance_side(block.text)
            if opened == "expenses" or (opened == "receipts" and side is not None):
                side = opened  # ("CHARGES" … "PRODUITS" …: the products fund the charges)
            told_label = re.sub(
                r"^(?:le|la|les|l['’])\s*", "", block.text.split(",")[0].rstrip(" :"), flags=re.I
            )
            if (
                (block.kind == "paragraph" or (block.kind == "field" and not (block.value or "").strip()))
                and block.text.rstrip().endswith(":")
                and len(block.text) <= 200
                and self.vocab.key(told_label) in MONEY_KEYS
            ):
                # "Coût de l'action pour la période 2027-2029, réparti entre les communes :" over
                # its table, "Le coût de l'action se répartit ainsi :" over its list: a label of
                # the sheet's money, told as a sentence
                last_key = self.vocab.key(told_label)
                last_label, last_value = block.text.rstrip(" :"), ""
                fields.setdefault(last_key or "budget", []).append(block.text)
                continue
            if (
                block.kind == "field"
                and last_key in MONEY_KEYS
                and self.vocab.key(block.label) is None
                and not find_amounts(block.value or "")
                and self.vocab.key(block.value or "") in MONEY_KEYS
            ):
                # "Commune d'accueil    Coût 2027-2029" over its rows: the header of the money's
                # table, which goes on under the money label
                continue
            if block.kind == "field" and (
                self.vocab.key(block.label) is not None
                or last_key not in MONEY_KEYS
                or not (
                    re.match(r"^\s*[-•*]\s", block.lines[0] if block.lines else "")
                    or find_amounts(block.value or "")  # "CARSAT Bretagne : 5 000 €" under "Financement"
                )
            ):
                label, value = block.label or "", block.value or ""
                key = self.vocab.key(label) or "other"
                if key == "other" and find_amounts(value) and is_alternative(label):
                    key = "budget"  # "Scénario B (délégation) : 35 000 € / an": a costed alternative
            elif block.kind == "field":
                # "- Ingénierie de projet : 30 k€" listed under "**Financement**": a line of it
                label, value, key = last_label or "", block.text, last_key or "other"
            elif (
                block.kind == "heading"
                # ("**Description.** Aide …": the label opening a paragraph, its first sentence)
                or (block.kind == "paragraph" and id(block) in told and len(block.text) <= 40)
            ) and self.vocab.key(block.text.rstrip(" :.")):
                label, value, key = (
                    block.text.rstrip(" :."),
                    "",
                    self.vocab.key(block.text.rstrip(" :.")) or "other",
                )
            elif (
                block.kind == "table"
                and last_key not in MONEY_KEYS
                and block.rows
                and (
                    money_head := next(
                        (
                            h
                            for h in block.rows[0]
                            if self.vocab.key(clean_inline(h).strip("* ")) in MONEY_KEYS
                            # ("| Poste | Montant |", "| Financeur | Montant |": money.yaml)
                            or money_head_cell(clean_inline(h).strip("* "))
                            # ("(€) | Prévu | Réajusté": a unit alone heading the table's figures)
                            or _UNIT_ONLY.fullmatch(clean_inline(h).strip("* ")) is not None
                        ),
                        None,
                    )
                )
                # (a part's recap naming its sheets is a cross-check, not this sheet's money; a
                # table by year, "| 2025 | 2 | 78 000 |", cites none, its counts no sheet numbers)
                and sum(
                    1
                    for row in block.rows[1:]
                    if row
                    and not _year_like(clean_inline(row[0]).strip("* "))
                    and any(self._cites_sheet(c) for c in row[:2])
                )
                < 2
            ):
                # "| Poste de dépense | Montant |" among a sheet's fields: its money, by its header
                label, value, key = clean_inline(money_head).strip("* "), block.text, "budget"
            elif (
                block.kind in ("item", "paragraph", "table")
                and last_label is not None
                # a sentence after "Pilote : Pôle seniors" goes on telling the action, not its lead
                and not (
                    last_key in ("responsable", "partenaires")
                    and last_value
                    # (a list's item naming a long body wraps, not a sentence: "- Conférence des
                    # financeurs de la prévention" / "de la perte d'autonomie du Puy-de-Dôme")
                    and (
                        _sentence(block)
                        if block.kind != "item"
                        else block.text.rstrip().endswith(".") or len(block.text) > 160
                    )
                )
            ):
                label, value, key = last_label, block.text, last_key or "other"
            else:
                label, value, key = "Description", block.text, "description"
            last_key, last_label, last_value = key, label, value
            if not value:
                continue
            sections[label] = f"{sections[label]}\n{value}" if label in sections else value
            fields.setdefault(key, []).append(value)
            if key == "echeance" and block.kind == "field":
                for end, words in enumerate(self.vocab.period_ends):
                    if fold(label).strip(" :") not in words:
                        continue
                    if re.fullmatch(r"(?:19|20)\d\d", value.strip()):
                        period_ends[end] = int(value.strip())
                    else:
                        # "Fin : décembre 2027": the calendar keeps its word, which says which end
                        fields["echeance"][-1] = f"{label} : {value}"
            # ("en k€ TTC", "Tableau 7 – Budget de l'action (en euros)" right above a table, "*
            # Montants en milliers d'euros." right under it: its unit)
            caption = _unit_note(blocks, at) if block.kind == "table" else ""
            unit_rows = (
                (_unit_table_rows(block, label) if key in MONEY_KEYS else [])
                or _year_table_rows(block, caption)
                or (_unit_table_rows(block, label, caption) if key in MONEY_KEYS and caption else [])
            )
            for number, text in unit_rows:
                amount_lines.append(
                    AmountLine(
                        text,
                        True,
                        source_ref(self.source, self.info.file, number, number),
                        key == "financement",
                    )
                )
            if block.kind == "field" and self.source.line(block.last).lstrip().startswith("|"):
                # a cell of a table of fields ("| Pilote | … | Coût |" over its row): its own value
                if find_amounts(block.value or ""):
                    # ("Investissement : 68 000 €\" / "Fonctionnement : 14 500 €/an": a cell's lines
                    # broken on purpose, each a line of money of its own)
                    broken = [p for p in (block.value or "").split("\n") if p.strip()]
                    parts = (
                        [f"{label} : {p}" if n == 0 else p for n, p in enumerate(broken)]
                        if key in MONEY_KEYS
                        and len(broken) > 1
                        # (each line its own label: "Investissement : …" / "Fonctionnement : …";
                        # "5 000 € (2027)" / "7 500 € (2028)" is one list of the years' money)
                        and all(re.match(r"^[^\W\d][^:\d]{1,40}:\s*\S", part) for part in broken)
                        else [f"{label} : {block.value}"]
                    )
                    amount_lines.extend(
                        AmountLine(
                            part,
                            # ("| Personnel | 28 400 € |": a row of cost on a sheet with no money field)
                            key in MONEY_KEYS or (not money_field and names_a_component(fold(label))),
                            source_ref(self.source, self.info.file, block.last, block.last),
                            key == "financement",
                        )
                        for part in parts
                    )
                continue
            if (
                stated_unit
                and block.kind == "field"
                and block.first <= unit_until + 1
                and CELL_NUMBER.match((block.value or "").strip())
                and not re.fullmatch(r"(?:19|20)\d\d", (block.value or "").strip())  # "Calendrier : 2026"
                and key != "context"
            ):
                # "Détecteurs de fumée : 0,45" under "… budget 2026 (en k€)": a bare figure, in the
                # unit the line above states
                amount_lines.append(
                    AmountLine(
                        f"{label} : {(block.value or '').strip()} {stated_unit}",
                        True,
                        source_ref(self.source, self.info.file, block.first, block.last),
                        key == "financement",
                    )
                )
                unit_until = block.last
                continue
            stated_unit, unit_until = "", -1
            if (
                block.kind in ("field", "paragraph")
                and len(block.text) <= 200
                and not find_amounts(block.text)
                and (key in MONEY_KEYS or self.vocab.tells_money(block.text))
                # (the line heads the figures below it: "Budget (k€) :" with no value, or a value
                # naming the unit, never "Budget total (€) : à moyens constants")
                and (
                    unit := caption_scale(
                        [block.value if block.kind == "field" and block.value else block.text]
                    )
                )
            ):
                stated_unit, unit_until = unit, block.last
            if id(block) in told:
                # a sentence of a paragraph ("Budget : 22 000 € …", "… mobilisera 12 000 € par an
                # pendant trois ans …"): its own money, counted where the sheet has no money field
                # and the sentence tells a cost
                text = f"{label} : {value}" if block.kind == "field" else block.text
                # (a table cell of several lines of money: each line its own, "Investissement :
                # 140 000 €" apart from "Fonctionnement : 38 000 €/an, soit 190 000 € …")
                texts = (
                    [
                        f"{label} : {part}" if n == 0 else part
                        for n, part in enumerate(value.split("\n"))
                        if part.strip()
                    ]
                    if block.kind == "field" and block.columned
                    else [text]
                )
                for text in texts:
                    if not find_amounts(text):
                        continue
                    in_budget = (
                        key in MONEY_KEYS
                        or (not money_field and self.vocab.tells_money(text))
                        # ("… soit un coût total de 30 000 € sur les trois ans" in a slide's notes
                        # under its "Combien : 18 k€": the whole, told in a sentence)
                        or (money_field and _tells_the_whole(text))
                        or is_alternative(text)  # "Scénario « bas » : 8 000 €": a costed alternative
                    ) and not (key in MONEY_KEYS and _no_new_money(text))
                    amount_lines.append(
                        AmountLine(
                            text,
                            in_budget,
                            source_ref(self.source, self.info.file, block.first, block.last),
                            key == "financement",
                        )
                    )
                continue
            # "Budget (k€) :" over "2025 : 12" / "2026 : 14": the unit printed once, in the label
            scale = caption_scale([label]) if key in MONEY_KEYS and block.kind == "field" else ""
            if (
                not scale
                and key in MONEY_KEYS
                and block.kind == "field"
                and (bare := CELL_NUMBER.match((block.value or "").strip())) is not None
                and not re.fullmatch(r"(?:19|20)\d\d", bare[1])
                and len(re.sub(r"\D", "", bare[1].split(",")[0])) >= 3
            ):
                scale = "€"  # "budget_annuel: 14000": a money field's bare figure, in euros
            if not unit_rows and (key in MONEY_KEYS or find_amounts(value) or _table_scale(block)):
                spent = _expense_columns(block)
                received = _receipt_rows(block)
                # "Charges | € | Produits | €", "Dépenses (k€)": the unit the header gives the
                # bare numbers of the table's cells
                cell_scale = _table_scale(block) if key in MONEY_KEYS else ""
                priced = _unit_price_columns(block)
                if block.kind == "table" and block.rows:
                    # ("(€) | Réalisé 2025 | 2026": last year's column set beside to compare)
                    priced |= {n for n, head in enumerate(block.rows[0]) if n and _past_year_head(head)}
                # (a table printed without borders keeps its empty first cells: "| FCTVA : …")
                bordered = self.source.line(block.first).lstrip().startswith("|")

                def cut(text: str, bordered: bool = bordered) -> str:
                    return text.strip().strip("|") if bordered else text.strip()

                # "<tr><th>Budget</th><td>2025 : 3 000 €<br>2026 : …</td></tr>": an HTML row's cell,
                # read a line of it at a time as printed on the page, not as its tagged source line
                html = block.kind == "field" and (
                    bool(re.search(r"<t[dh]\b", self.source.line(block.first), re.I))
                    # ("PILOTE   …   BUDGET" over a row set out across: the field is a column of
                    # the lines, its value read as the column holds it)
                    or block.columned
                )
                pieces = (
                    [
                        (block.first, f"{label} : {part}" if n == 0 else part)
                        for n, part in enumerate(p for p in value.split("\n") if p.strip())
                    ]
                    if html
                    else [(n, self.source.line(n)) for n in range(block.first, block.last + 1)]
                )
                for number, printed in pieces:
                    if html:
                        read_lines.discard(number)  # each line of the cell is a line of its own
                    line = _units_after_years(printed, scale)
                    if block.kind == "field" and number == block.first and label:
                        # "Budget        2026 : 15 000 €, puis …": a label set apart from its value
                        # by spaces, as a column of fields prints it — the label, then the value
                        line = re.sub(
                            rf"^(\s*){re.escape(label)}\s{{3,}}(?=\S)", rf"\g<1>{label} : ", line, count=1
                        )
                    if cell_scale and "|" in line and number != block.first:
                        # (a row's year, "2023 | 9 800", is its label, no amount)
                        line = " | ".join(
                            c.strip()
                            if re.fullmatch(r"\s*(?:19|20)\d\d\s*", c)
                            else with_unit(c.strip(), cell_scale)
                            for c in cut(line).split("|")
                        )
                    if number in received:
                        read_lines.add(number)
                        continue  # (the receipts' rows under the expenses': the same money)
                    if spent is not None and "|" in line:
                        # "Personnel | 18 000 € | CAF | 15 000 €": the receipts balance the
                        # expenses, the same money — the expenses' columns only
                        line = "|".join(cut(line).split("|")[:spent])
                    if _balance_side(line) == "expenses" and (receipts_at := _receipts_after(line)):
                        # "Dépenses Personnel 9 500 € … Total 11 000 € Recettes CAF 6 000 € …":
                        # a two-sided table run into one line, its expenses read
                        line = line[:receipts_at]
                    if block.kind == "table" and "|" in line and _comparison_head(cut(line).split("|")[0]):
                        # "2025 (réalisé, pour mémoire) | 7 400 € | –": a row set beside the plan's
                        # years to compare them, no money of the action's
                        read_lines.add(number)
                        continue
                    revised = _revised_column(block)
                    if revised is not None and "|" in line and number != block.first:
                        cells = cut(line).split("|")
                        line = "|".join(
                            c
                            for n, c in enumerate(cells)
                            if n == 0
                            or n > revised
                            or (n == revised) == bool(revised < len(cells) and find_amounts(cells[revised]))
                        )
                    if priced and "|" in line:
                        # "Chèques | 200 | 25 € | 5 000 €" under "… | Prix unitaire | Montant": the
                        # price of one is inside the row's amount
                        line = "|".join(c for n, c in enumerate(cut(line).split("|")) if n not in priced)
                    last_line = number
                    while (
                        number not in read_lines
                        and last_line < block.last
                        and last_line - number < 3
                        and not html
                        and (
                            (
                                block.kind == "field"
                                and key in MONEY_KEYS
                                and _wraps_amount(line, self.source.line(last_line + 1))
                            )
                            # "… s'établit désormais à 17" / "500 €, …": in a field or a sentence,
                            # an amount cut between its digit groups or before its unit
                            or (
                                block.kind in ("field", "paragraph", "item")
                                and split_amount(line, self.source.line(last_line + 1))
                            )
                        )
                    ):
                        # "Budget : 10 000 € par an pendant" / "5 ans + 4 500 €": an amount's
                        # period or next part wrapped in a narrow column, read with its line (a
                        # narrow column may wrap it twice: "… (véhicule" / "adapté), puis 7 000 €
                        # par an de" / "2027 à 2029")
                        last_line += 1
                        line = f"{line.rstrip()} {self.source.line(last_line).strip()}"
                        read_lines.add(last_line)
                    # a line split into several fields ("A : 30 000 € · B : 10 000 € · total
                    # 45 000 €") is read once: its money is the line's, never counted per field
                    if number not in read_lines and find_amounts(line):
                        read_lines.add(number)
                        # ("•\tCAF : 6 000 €", "o\tdont 2 000 €": a list's bullet, no word of the line)
                        text = re.sub(r"^(?:[•▪◦▸►→]|o(?=\s))\s+", "", clean_inline(line).strip(" -*"))
                        if text.startswith("|"):  # "| **Coût annuel** | 18 000 € |": its cells
                            text = " : ".join(c.strip() for c in text.strip("| ").split("|") if c.strip())
                        if (
                            block.kind == "field"
                            and number == block.first
                            and key in MONEY_KEYS
                            and ":" not in text[:40]
                            and not fold(text).startswith(fold(label))
                        ):
                            text = f"{label} : {text}"
                        above = (
                            clean_inline(self.source.line(number - 1)).strip(" -*")
                            if number > block.first
                            else ""
                        )
                        if (
                            _bare_amount(text)
                            and above
                            and len(above) <= 60
                            and not find_amounts(above)
                            and not above.endswith((".", ","))
                        ):
                            text = f"{above} : {text}"  # "Coût total" / "1,2 M€": a table's row, flattened
                        elif (
                            _bare_amount(text.rstrip(").; "))
                            and above
                            and (closing_label := re.search(r"(?:^|[(.;])\s*([^().;:]{2,40}):\s*$", above))
                        ):
                            # "… et l'INSEE (coût :" / "22 k€).": the label the line above closes on
                            text = f"{closing_label[1].strip()} : {text}"
                        # "Montant prévisionnel : 1,2 M€" under "Financement": the cost, not a share
                        own_label = text.split(":", 1)[0] if ":" in text[:60] else ""
                        costed = bool(own_label) and self.vocab.key(own_label.strip(" *-")) == "budget"
                        if key == "financement" and own_label:
                            components |= names_a_component(fold(own_label))
                        # "Fonds de garantie abondé par le CCAS : 80 k€", "Personnel : 32 000 € ;
                        # Matériel : 4 500 €" on a sheet with no money field: a line of cost all
                        # the same (told by its words, or opening on what the money buys)
                        # (the sentence the line goes on from: "Le coût global, travaux … compris, est" /
                        # "estimé à 48 000 €. …")
                        context = "" if priced else sentence_context(self.source, number, block.first)
                        told_cost = (
                            # ("… soit un coût total de 30 000 € sur les trois ans" in a slide's
                            # notes under its "Combien : 18 k€": the whole, told in a sentence)
                            (
                                money_field
                                and key != "context"
                                and block.kind == "paragraph"
                                and _tells_the_whole(text)
                            )
                            or (
                                key != "context"
                                and (
                                    not money_field
                                    or (block.kind == "field" and names_a_component(fold(label)))
                                )
                                and block.kind in ("field", "item", "paragraph")
                                and (
                                    self.vocab.tells_money(f"{context} {text}")
                                    or names_a_component(fold(text))
                                    or _scheduled_amount(text)
                                    or is_alternative(
                                        text
                                    )  # "Scénario « bas » : 8 000 €", a costed alternative
                                    # ("…, avec la MSA et le Département (12 k€ par an sur 3 ans).": an
                                    # action told in a sentence, its cost in a bracket opening on it)
                                    # (never a task list's "- [x] Réunion de lancement (250 €)": a milestone)
                                    or (
                                        _BRACKETED_COST.search(text) is not None
                                        and not re.match(r"^\s*[-*]?\s*\[[ xX]\]", line)
                                    )
                                )
                            )
                        )
                        amount_lines.append(
                            AmountLine(
                                text,
                                (key in MONEY_KEYS or told_cost or number in money_lines)
                                # ("à moyens constants (l'enveloppe …, 310 000 €, est maintenue)":
                                # the organisation's money kept as it is, none new for the action)
                                and not (key in MONEY_KEYS and _no_new_money(text)),
                                source_ref(self.source, self.info.file, number, last_line),
                                (key == "financement" and not costed) or side == "receipts",
                                # (a row's header, its unit-price column left out, is no sentence)
                                context,
                                "" if priced else sentence_following(self.source, number, block.last),
                            )
                        )
        responsable = " ; ".join(fields.get("responsable", [])) or (sheet.part.lead if sheet.part else None)
        responsable, told_after_lead = _lead_sentence(responsable)
        if not responsable:
            # "Cette action, pilotée par le Pôle seniors, …": the lead told in the sheet's text
            responsable = (
                next(
                    (
                        lead
                        for b in blocks
                        if b.kind in ("paragraph", "item") and (lead := self.vocab.told_lead(b.text))
                    ),
                    None,
                )
                or self.vocab.told_lead(  # "La gestion relève du pôle" / (page break) / "Solidarités, qui …"
                    " ".join(b.text for b in blocks if b.kind in ("paragraph", "item"))
                )
                or self.vocab.future_subject(next((b.text for b in blocks if b.kind == "paragraph"), ""))
            )
        members = [
            clean_inline(m).strip(" .")
            for value in fields.get("membres", [])
            for m in re.split(r"\s*[,;]\s*(?![^()]*\))", value)
            if m.strip()
        ]
        marked = [m for m in members if self.vocab.lead_mark.search(m)]
        if not responsable and marked:
            # "Membres : Pôle accès aux droits (responsable), CAF de la Charente, …"
            responsable = self.vocab.lead_mark.sub("", marked[0])
        if (
            not responsable
            and members
            and not marked
            and fold(members[0].split()[0]) in self.vocab.organisations
        ):
            # "Membres : Service Logement": a card's members a service, which leads it
            responsable = members[0]
        if not responsable and members:
            # "Membres : Nadia Ferhat, Thomas Lemaire (Service Accès aux droits)": people, and the
            # service they work in, which leads ("(pilote : Pôle …)" on the next line alike)
            responsable = next(
                (
                    unit
                    for m in members
                    for bracket in re.findall(r"\(([^()]+)\)", m)
                    if (unit := re.sub(r"^[^:]{1,30}:\s*", "", bracket).strip())
                    and fold(unit.split()[0]) in self.vocab.organisations
                ),
                None,
            )
        direction, co, note = self._direction(responsable, sheet.part)
        partner_text = "\n".join(fields.get("partenaires", []))
        if not partner_text and marked:
            partner_text = "\n".join(m for m in members if m not in marked)
        if not partner_text:
            partner_text = "\n".join(self._told_partners(blocks, told_after_lead))
        partners = resolve_partners(partner_text)
        if components:
            # "Financement : investissement 150 000 € ; fonctionnement 2028-2031 60 000 €": the
            # list breaks the cost down, every line of it is cost (a funders' list names bodies)
            for amount_line in amount_lines:
                amount_line.funding = False
        lines = _over_schedule(
            budget_lines(
                amount_lines, "\n".join(b.text for b in blocks if b.kind in ("paragraph", "item", "field"))
            ),
            (
                f"{period_ends[0]}–{period_ends[1]}"
                if period_ends[0] and period_ends[1] and 0 <= period_ends[1] - period_ends[0] <= 10
                else " ".join(fields.get("echeance", []))
            ),
            "\n".join(b.text for b in blocks if b.kind in ("paragraph", "item", "field")),
            self.period,
        )
        lines = self._revised(lines, blocks)
        last = max([sheet.heading.last, *(b.last for b in sheet.blocks)])
        funders_text = fields.get("financement", [])
        funders = (
            [
                n
                for n in resolve_partners("\n".join(funders_text)).names
                if not find_amounts(n) and not re.fullmatch(r"[\d\s|/–-]+", n)  # "2032 | 2033": years
            ]
            if funders_text
            else []
        )
        return Action(
            id="",
            document=self.info.id,
            title=sheet.title,
            # ("Liste : Axe 1 – Accès aux droits", the card's own list, names its part; "Axe de
            # rattachement : Axe 1" names none the heading above does not)
            block=self._coded_part(blocks)
            or (
                strip_numbering(self._part_chip(fields["partie"][0]))
                if fields.get("partie") and strip_numbering(self._part_chip(fields["partie"][0]))
                else (sheet.part.title if sheet.part else _ticked_part(blocks))
            ),
            responsable=responsable,
            direction=direction,
            co_directions=co,
            direction_note=note,
            echeances=_echeances(fields.get("echeance", [])),
            financement="\n".join(funders_text) or None,
            funders=funders,
            budget_text="\n".join(fields.get("budget", [])) or None,
            budget_lines=lines,
            budget_total_eur=total_of(lines),
            partners=partners.names,
            partners_unresolved=partners.unresolved,
            sections=sections,
            source=source_ref(self.source, self.info.file, sheet.heading.first, last),
        )

    def _revised(self, lines: list[BudgetLine], blocks: list[Block]) -> list[BudgetLine]:
        """ "Budget revu à 39 000 € après arbitrage …" said later on the sheet (a comment, a
        note): the revised amount is the action's budget, the amounts it replaces shown, not
        counted."""
        for block in reversed(blocks):
            if block.kind not in ("paragraph", "item", "field"):
                continue
            match = self.vocab.revised_budget.search(block.text)
            amounts = find_amounts(block.text[match.end() :]) if match else []
            if (
                match is None
                or not amounts
                or amounts[0].start > 3
                or not any(line.counted for line in lines)
            ):
                continue
            amount = amounts[0]
            for line in lines:
                if line.counted:
                    line.counted = False
                    line.reason = f"replaced by the revised budget on line {block.first}"
            raw = clean_inline(block.text[match.start() : match.end() + amount.end])
            revised = BudgetLine(
                amount_eur=amount.low,
                raw=raw,
                kind="total",
                counted=True,
                reason="the revised budget: it replaces the amounts printed before it",
                source=source_ref(self.source, self.info.file, block.first, block.last),
            )
            return [*lines, revised]
        return lines

    def _part_chip(self, value: str) -> str:
        """ "`Prioritaire` `Axe 3 – Bien vieillir`": a card's labels, the one a part's word opens
        names its part (else the value as printed)."""
        chips = re.findall(r"`([^`]{2,80})`", value)
        if len(chips) < 2 and not (chips and value.strip() == f"`{chips[0]}`"):
            return value
        named = [c for c in chips if fold(c).split()[0] in self.vocab.part_words]
        return (named or chips)[0].strip()

    def _is_person(self, lead: str) -> bool:
        return bool(_PERSON_LEAD.match(lead)) and fold(lead.split()[0]) not in self.vocab.organisations

    def _direction(
        self, responsable: str | None, part: _Part | None
    ) -> tuple[str | None, list[str], str | None]:
        """The lead direction: the reference's canonical name when it knows it, else the name
        as printed (totals by direction then work on any plan); a person leads nothing."""
        if not responsable:
            return None, [], "no lead named on the sheet"
        found = resolve_direction(responsable)
        if found.direction:
            return found.direction, found.co_directions, None
        leads = [
            clean_inline(p).strip(" .") for p in re.split(r"\s*[;/]\s*(?![^()]*\))", responsable) if p.strip()
        ]
        # "Marc Delorme, responsable du pôle ; Pôle autonomie": the service leads, not the person
        services = [lead for lead in leads if not self._is_person(lead)]
        if not services and leads and "," in leads[0]:
            # "Madame Chassang, conseillère municipale (commission solidarité)": a small
            # commune's sheets name a person and her role, and no service; the lead as printed
            return leads[0], [], "kept as printed: a person and her role, no service named"
        if not services:
            return None, [], f"the lead is a person ({leads[0]}), not a direction"
        printed = services[0]
        if found.persons and not found.unresolved:
            return None, [], f"the lead is a person ({', '.join(found.persons)}), not a direction"
        return (
            printed,
            found.co_directions,
            "kept as printed: matches no known direction (data/reference/directions.yaml)",
        )


def _lead_sentence(value: str | None) -> tuple[str | None, str]:
    """ "Pilotage : là encore, le Service seniors. Nous travaillons avec Soliha …": a lead field
    that goes on in sentences names its lead in the first (an aside opening it dropped); the
    rest is the sheet's text."""
    if not value:
        return value, ""
    first, *rest = re.split(r"(?<=[a-zà-ÿ)])\.\s+(?=[A-ZÀ-Ý])", value.strip(), maxsplit=1)
    if not rest or len(first.split()) > 14:
        return value, ""
    aside = re.match(r"^[a-zà-ÿ][^,;:]{0,30},\s+(?:le |la |les |l['’])?(?=[A-ZÀ-Ý])", first)
    return (first[aside.end() :] if aside else first), rest[0]


# "Marc Delorme", "Mme Claire Roux, cheffe de service": a person named as the lead
_PERSON_LEAD = re.compile(
    r"^(?:(?:M\.|Mme|Mr)\s+)?[A-ZÉÈ][a-zéèëïî]+(?:-[A-ZÉÈ][a-zéèëïî]+)?\s+[A-ZÉÈ][\w'’-]+(?:\s*,.*)?$"
)


def _long_rows_joined(records: list[Action]) -> list[Action]:
    """A spreadsheet exported in long format, one row per action and per year: the rows of one
    action, one after the other with the same title, part, lead and partners, are that action
    once, its money the sum of its years' (each row's amount a line of its budget)."""
    out: list[Action] = []
    for record in records:
        last = out[-1] if out else None
        if (
            last is not None
            and fold(last.title) == fold(record.title)
            and last.block == record.block
            and last.direction == record.direction
            and last.partners == record.partners
            and last.source.lines[-1] < record.source.lines[0] <= last.source.lines[-1] + 1
        ):
            lines = [*last.budget_lines, *record.budget_lines]
            out[-1] = last.model_copy(
                update={
                    "budget_lines": lines,
                    "budget_total_eur": total_of(lines),
                    "source": last.source.model_copy(
                        update={"lines": (last.source.lines[0], record.source.lines[-1])}
                    ),
                }
            )
            continue
        out.append(record)
    return out


def _unit_table_rows(block: Block, label: str, note: str = "") -> list[tuple[int, str]]:
    """Rows of a money table whose unit is printed once, in its heading ("Financement (k€)"
    over "| 2026 | 2027 | Total |" and "| 120 | 140 | 260 |"), or in a note outside it: each
    row as "2026 : 120 k€ ; … ; Total : 260 k€", so the budget rule reads the amounts with their
    unit and the total. Columns of counts or years beside the money ("Places", "Démarrage") are
    left out."""
    pattern, units = table_units()
    unit = pattern.search(label.replace("’", "'"))
    if block.kind != "table" or len(block.rows) < 2:
        return []
    header = [clean_inline(c) for c in block.rows[0]]
    # or in a header cell ("| Poste | Montant (k€ HT) |")
    scale = units[unit["unit"].lower()] if unit else caption_scale(header) or note
    if not scale:
        return []
    numbers = row_numbers(block)
    spent = _expense_columns(block)  # ("Dépenses (k€) | | Recettes (k€) |": the expenses' columns)
    counted = _count_columns(block)
    # ("CA 2025", "Réalisé 2025" beside the budget's years: a comparison, no money of the action's)
    counted |= {n for n, head in enumerate(header) if n and _comparison_head(head)}
    if header and not header[0]:
        counted.add(
            0
        )  # ("2025 | 9 500 | 6 000" under " | Fonctionnement | Investissement": the rows' labels)
    body = [r for r in block.rows[1:] if not is_total(r)]
    # ("Budget (k€) | Dépenses | Recettes" over "2025 | 45 | 20": a column of years labels the rows)
    counted |= {
        n
        for n in range(len(header))
        if body
        and all(n < len(r) and re.fullmatch(r"(?:19|20)\d\d", clean_inline(r[n]).strip()) for r in body)
    }
    rows = []
    parts = money_words().component_before
    received = _receipt_rows(block)
    for row, number in without_total_row(block, numbers):
        if number in received:
            continue  # (the receipts' rows under the expenses': the same money)
        cells = [
            f"{head or 'Montant'} : {match[1]} {scale}"
            for n, (head, cell) in enumerate(zip(header[:spent], row[:spent], strict=False))
            if n not in counted and (match := CELL_NUMBER.match(cell.strip()))
        ]
        lead = clean_inline(row[0]).strip() if row and 0 in counted else ""
        if cells and lead and fold(lead).startswith(tuple(f"{w} " for w in parts)):
            # "dont participation EDF | 3 000 | 3 000" under "Coût de l'action | 9 000 | …": a
            # share of the row above, said so by its label
            cells[0] = f"{lead} : {cells[0]}"
        if cells:
            rows.append((number, " ; ".join(cells)))
    return rows


def _wraps_amount(line: str, following: str) -> bool:
    """ "Budget : 10 000 € par an pendant" / "5 ans + 4 500 € …", "… puis 5 000 €" / "par an sur
    4 ans": a money line cut right after its last amount's first words, the rest below (no
    sentence ended, the next line no field or item of its own)."""
    amounts = find_amounts(line)
    after = following.strip()
    if re.search(r"\d\s*$", line) and re.match(r"(?:€|k€|M€|euros?\b)", after):
        return True  # "… à hauteur de 3 200" / "€ par an.": the unit cut off its figure
    if not amounts or not after or _ITEM_LINE.match(following) or _field_label(after):
        return False
    tail = line[amounts[-1].end :].strip()
    if re.match(r"^(?:et|puis|\+)\s", after) and find_amounts(after) and not tail.endswith((".", ";")):
        return True  # "7 000 € en 2026 (formation)" / "et 4 500 € en 2027 (…)": a list's next part
    following_amounts = find_amounts(after)
    if following_amounts and re.search(r"\s(?:et|ou|puis|plus|ainsi que)$", line.rstrip()):
        return True  # "… 32 000 € (2017) ; caissons et" / "matériel … 4 500 € (2018)": the list goes on
    if not tail and re.match(r"^dont\b", after) and following_amounts:
        return False  # "Budget annuel : 16 000 €" / "dont forfait … : 10 000 € par an": its share, a line of its own
    if (
        re.search(r"(?:\bsoit|\bdont|\bplus|\bpuis|\bet|\+)\s*$", tail)
        and following_amounts
        and following_amounts[0].start < 4
    ):
        return True  # "… 20 000 € par an de 2025 à 2029, soit" / "100 000 €": the sum cut off its "soit"
    if re.search(r"\b(?:de|du|dès|des|entre)\s+(?:19|20)\d\d$", tail) and re.match(
        r"^(?:à|au|a|et)\s+(?:19|20)\d\d\b", after
    ):
        return True  # "18 000 € / an de 2026" / "à 2028 (permanence)": the period cut in two
    return (
        not tail.endswith((".", ";", ")", ":"))
        and len(tail.split()) <= 3
        # (a line opening on a figure goes on only a line left hanging: "… pendant" / "5 ans";
        # "… 7,80 €" over "2026 : 22 000 €" is the next line of a list)
        and (
            after[:1].islower() or after[:1] == "+" or (after[:1].isdigit() and bool(tail) and hanging(line))
        )
    )


@lru_cache(maxsize=1)
def _no_new_money_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["no_new_money"])


@lru_cache(maxsize=1)
def _unpriced_money_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["unpriced_money_words"])


def _no_new_money(text: str) -> bool:
    """A line of money that says the action costs nothing new, every amount it names inside the
    bracket that explains so ("… : à moyens constants (l'enveloppe des aides, 310 000 € en 2025,
    est maintenue)"): money the organisation already spends. "À moyens constants, à l'exception
    de 2 400 € …" names the action's own money, outside any bracket."""
    value = text.split(":", 1)[1] if ":" in text[:60] else text
    folded = fold(value)
    said = next((w for w in _no_new_money_words() if folded == w or folded.startswith(w + " ")), None)
    aside = re.search(r"\(([^()]*)\)", value)
    if said is None or aside is None or not find_amounts(value):
        return False
    outside = value[: aside.start()] + value[aside.end() :]
    return not find_amounts(outside)


# "↳ Achat du véhicule", "└ Convention …": a task's sub-task, as a project tool exports it
_SUBTASK = re.compile(r"^\s*[↳└⤷⮡]\s*")
_ITEM_LINE = re.compile(r"^\s*(?:[-•*–▪]|\d{1,2}(?:°[).]|[.)]))\s+\S")


_NOTE_CALL = re.compile(r"\s*\((\d{1,2})\)\s*$")  # "Title (3)": a call to the note under the table


_CODE_TITLE = re.compile(r"^(?P<code>[A-Z]{1,3}\s?\d{1,2}(?:\.\d{1,2})?)\s*[·:–—-]\s+(?P<title>\S.*)$")
_CODES = re.compile(r"\b[A-Z]{1,3}\s?\d{1,2}(?:\.\d{1,2})?\b")


def _common_parts(records: list[Action]) -> None:
    """A card's labels name its part and, after it, tags of its own ("Axe 3 – Mobilité, emploi
    et insertion, Priorité CA"): the part is the one its sibling cards name alone."""
    parts = {r.block for r in records if r.block}
    for record in records:
        block = record.block
        if not block:
            continue
        shorter = [p for p in parts if len(p) < len(block) and block.startswith(p) and block[len(p)] in ",;"]
        if shorter:
            record.block = max(shorter, key=len)


def _field_label(text: str) -> bool:
    """A line opening on "Label :" (a field of its own, not a value going on); narrower than the
    blocks' fields ("Coût : …" yes, "2027 : 5 000 €" no: a list's next year goes on)."""
    return re.match(r"^[^\W\d][^:]{1,40}\s:\s", text) is not None


def _scheduled_amount(text: str) -> bool:
    """ "7 000 € en 2026, 7 500 € en 2027 et 8 000 € en 2028": a line opening on an amount given
    a year — money scheduled, a cost even with no money word."""
    amounts = find_amounts(text)
    if not amounts:
        return False
    # "Année scolaire 2025-2026 : 4 000 €", "2027 : 6 000 €": an amount under its year's label
    dated = re.match(
        r"^\s*[-•*]?\s*(?:ann[ée]es?\s+(?:scolaires?\s+|budg[ée]taires?\s+)?|exercice\s+|en\s+)?"
        r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?\s*[:,→]\s*$",
        text[: amounts[0].start],
        re.IGNORECASE,
    )
    return dated is not None or (
        not text[: amounts[0].start].strip(" -•*")
        and re.match(r"^\s*(?:en|pour)\s+(?:19|20)\d\d\b", text[amounts[0].end :]) is not None
    )


@lru_cache(maxsize=1)
def _balance_heads() -> tuple[frozenset[str], frozenset[str]]:
    words = load_reference("money")
    return frozenset(fold(w) for w in words["expense_heads"]), frozenset(
        fold(w) for w in words["receipt_heads"]
    )


def _balance_side(text: str) -> str | None:
    """The side of a balanced budget a line opens ("CHARGES", "Dépenses prévisionnelles :",
    "Produits prévisionnels 2026 : 25 900 €", "Ressources | …"): money.yaml's heads."""
    expenses, receipts = _balance_heads()
    words = fold(clean_inline(text)).split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        if head in expenses:
            return "expenses"
        if head in receipts:
            return "receipts"
    return None


def _receipts_after(line: str) -> int | None:
    """Where a line that opens on its expenses goes on with its receipts ("… Recettes CAF …")."""
    _, receipts = _balance_heads()
    for match in re.finditer(r"(?<![\w'’])([^\W\d_]+)", line):
        if match.start() > 0 and fold(match[1]) in receipts and match[1][:1].isupper():
            return match.start()
    return None


_UNIT_ONLY = re.compile(r"\(?(?:en\s+)?(?:€|k€|M€|euros?|milliers d['’]euros)\)?", re.IGNORECASE)

_REVISED_HEAD = re.compile(
    r"(?:montant\s+|budget\s+|credits?\s+)?(?:revis|reajust|actualis|rectifi|corrig|reevalu)"
)


def _revised_column(block: Block) -> int | None:
    """The column of a table that revises the amounts beside it ("Montant voté | Montant
    révisé", "Prévu au plan | Réajusté (bilan à mi-parcours)"): where its cell holds an amount,
    that amount replaces the row's others; where it says "inchangé", the others stand."""
    if block.kind != "table" or len(block.rows) < 2:
        return None
    heads = [fold(clean_inline(c).strip("* ")) for c in block.rows[0]]
    found = [n for n, head in enumerate(heads) if n > 0 and _REVISED_HEAD.match(head)]
    return found[-1] if len(found) == 1 and found[-1] >= 2 else None


def _unit_price_columns(block: Block) -> set[int]:
    """The columns of a money table that price one unit ("Prix unitaire", "Coût unitaire"),
    beside a column of the rows' amounts ("Montant", "Total"): left out of the rows' money."""
    if block.kind != "table" or not block.rows:
        return set()
    header = [fold(clean_inline(c).strip("* ")) for c in block.rows[0]]
    priced = {
        n
        for n, h in enumerate(header)
        # ("Coût mensuel" beside "Coût annuel": a month's price, inside the year's amount)
        if re.match(r"(?:prix|cout|tarif|montant) (?:unitaire|par |a l unite|mensuel|horaire|journalier)", h)
    }
    amounts = {
        n
        for n, h in enumerate(header)
        if n not in priced and (money_head_cell(h) or h.startswith(("total", "cout", "montant", "budget")))
    }
    # ("Année | Montant annuel | Cumul depuis 2022": a running total beside the year's amount)
    cumuls = {n for n, h in enumerate(header) if h.startswith(("cumul", "montant cumule"))}
    if amounts - cumuls:
        priced |= cumuls
    return priced if priced and amounts - priced else set()


def _unit_note(blocks: list[Block], at: int) -> str:
    """The unit a table's bare numbers are in when it is printed outside the table: in a caption
    or a line right above it ("Tableau 4 – Moyens (en milliers d'euros)", "Unité : k€ TTC",
    "Montants en k€"), or in a note right under it ("* Montants en milliers d'euros.",
    "Source : direction des finances, montants en k€") — a line of no amount of its own."""
    table = blocks[at]
    near = [
        (blocks[at - 1], table.first - blocks[at - 1].last) if at else None,
        (blocks[at + 1], blocks[at + 1].first - table.last) if at + 1 < len(blocks) else None,
    ]
    for found in near:
        if found is None:
            continue
        block, gap = found
        if (
            gap <= 2
            and block.kind in ("paragraph", "heading", "field", "item")
            and len(block.text) <= 200
            and not find_amounts(block.text)
            and (scale := caption_scale([block.text]))
        ):
            return scale
    return ""


def _counts(head: str) -> bool:
    """A column's heading or a row's label that counts, not money ("Places ouvertes", "Nombre
    de chéquiers", "Nb": money.yaml `count_heads`)."""
    words = fold(clean_inline(head)).split()
    return bool(words) and words[0] in _count_heads()


@lru_cache(maxsize=1)
def _count_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("money")["count_heads"])


def _count_columns(block: Block) -> set[int]:
    """Columns of a table that count or date, not money: headed by a count word ("Places",
    "Ménages accompagnés", "Heures", "Nb": money.yaml `count_heads`), or every cell a year."""
    if block.kind != "table" or len(block.rows) < 2:
        return set()
    found = set()
    for n, head in enumerate(block.rows[0]):
        cells = [clean_inline(row[n]).strip("* ") for row in block.rows[1:] if n < len(row)]
        filled = [c for c in cells if c.strip("–—- ")]
        if _counts(head) or (
            n > 0
            and filled
            and all(re.fullmatch(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?", c) for c in filled)
        ):
            found.add(n)
    return found


def _table_scale(block: Block) -> str:
    """The unit a money table's header prints for its bare numbers ("| Charges | € | …",
    "Dépenses (k€)", "(en €)"), or ""."""
    if block.kind != "table" or not block.rows:
        return ""
    header = [clean_inline(c).strip("* ") for c in block.rows[0]]
    units = {"€": "€", "euros": "€", "k€": "k€", "m€": "M€"}
    cells = [re.sub(r"^\(?(?:en\s+)?|\)$", "", c.lower().replace(" ", "")) for c in header]
    bare = next((units[c] for c in cells if c in units), "")
    return caption_scale(header) or bare


def _expense_columns(block: Block) -> int | None:
    """How many columns of a table hold its expenses when its header sets receipts beside them
    ("Dépenses | Montant | Recettes | Montant": money.yaml `expense_heads`, `receipt_heads`)."""
    if block.kind != "table" or not block.rows:
        return None
    # ("Dépenses (k€)", "Recettes prévues": the side's word, its unit or qualifier aside)
    sides = [_balance_side(re.sub(r"\s*\([^()]*\)\s*$", "", c)) for c in block.rows[0]]
    first_receipt = next((n for n, side in enumerate(sides) if side == "receipts"), None)
    if first_receipt is None or "expenses" not in sides[:first_receipt]:
        return None
    return first_receipt


def _receipt_rows(block: Block) -> set[int]:
    """The lines of a table's rows that list its receipts under its expenses ("Dépenses" / its
    rows / "Total dépenses" / "Recettes" / the funders' rows): each side a row of one cell
    naming it (money.yaml `expense_heads`, `receipt_heads`) — the funders pay the same money."""
    if block.kind != "table" or len(block.rows) < 3:
        return set()
    lines = row_numbers(block)
    sides = [
        _balance_side(re.sub(r"\s*\([^()]*\)\s*$", "", cells[0])) if len(cells) == 1 else None
        for cells in (
            [clean_inline(c).strip("* ") for c in row if clean_inline(c).strip("* ")] for row in block.rows
        )
    ]
    opened = next((n for n, side in enumerate(sides) if side == "receipts"), None)
    if opened is None or ("expenses" not in sides[:opened] and _balance_side(block.rows[0][0]) != "expenses"):
        return set()
    return set(lines[opened:]) if len(lines) == len(block.rows) else set()


def _year_table_rows(block: Block, caption: str = "") -> list[tuple[int, str]]:
    """Rows of a money table whose columns are years ("| Exercice | 2027 | 2028 | 2029 |" over
    "| Crédits de fonctionnement | 6 k€ | 14 k€ | 14 k€ |"): each row as "2027 : 6 k€ ; 2028 :
    14 k€ ; …", the money of its years (a "Total" column its total); a "Total" row, which adds
    the rows up, is left out when there are rows to add."""
    if block.kind != "table" or len(block.rows) < 2:
        return []
    # ("Dépenses | 2026 | 2027 | Recettes | 2026 | 2027": the expenses' years, the receipts the
    # same money)
    spent = _expense_columns(block)
    # ("Rappel BP 2025", "CA 2025", "Écart", "Évol."): columns set beside the budget to compare
    # it, no money of the action's
    kept = [n for n, c in enumerate(block.rows[0][:spent]) if not _comparison_head(c)]
    kept = _running_totals(block, kept)
    # (the running total kept reads as the row's total)
    header = [
        "Total" if fold(head).startswith("cumul") else _year_head(head)
        for head in (clean_inline(block.rows[0][n]).strip("* ") for n in kept)
    ]
    # ("Réalisé 2025 | 2026 | 2027 | Total 2025-2027": a total over a compared year too, left out)
    planned = [int(head) for head in header if re.fullmatch(r"(?:19|20)\d\d", head)]
    spanned = [
        n
        for n, head in enumerate(header)
        if planned and fold(head).startswith("total") and min(years_of(head) or planned) < min(planned)
    ]
    kept = [k for n, k in enumerate(kept) if n not in spanned]
    header = [head for n, head in enumerate(header) if n not in spanned]
    years = sum(1 for head in header if _year_like(head))
    # ("2026      Total" over one row: a year's money and its total, the same table one year long;
    # "CA 2025   BP 2026   Écart": one year's budget beside the columns comparing it)
    compared = len(kept) < len(block.rows[0][:spent])
    if years < 2 and not (years == 1 and (compared or any(fold(head) == "total" for head in header))):
        return []
    numbers = row_numbers(block)
    received = _receipt_rows(block)
    body = [(row, n) for row, n in without_total_row(block, numbers) if n not in received]
    # "Financeur | 2026 | 2027" over its funders' rows and a "Coût de l'action" row: the cost,
    # which the funders' shares make up
    costs = [
        (row, n)
        for row, n in body
        if row and re.match(r"(?:cout|budget|montant total|total des depenses)\b", fold(clean_inline(row[0])))
    ]
    if costs and re.match(r"(?:financeur|financement|ressource|recette|origine)", fold(header[0])):
        body = costs
    # "| 2032 | 2033 | … |" over "| 22 000 € | … |": no label column, every column a year
    first = 0 if _year_like(header[0]) else 1
    pattern, units = table_units()
    rows = []
    for full_row, number in body:
        row = [full_row[n] for n in kept if n < len(full_row)]
        if (
            first
            and row
            and _counts(row[0])
            and all(re.fullmatch(r"\d{1,3}", clean_inline(c).strip("* –—-") or "0") for c in row[first:])
        ):
            continue  # "Places ouvertes | 12 | 15 | 15" among the money rows: a count by year
        # "| Montant (€) | 62 000 | 64 000 | … |": the unit printed once, in the row's label
        unit = pattern.search(clean_inline(row[0])) if first and row else None
        # else the header's ("Année (en €)", "Financeur" over bare numbers: euros)
        scale = (
            units[unit["unit"].lower()]
            if unit
            # (a unit printed outside the table beats the euros a money heading is taken in)
            else (caption_scale([header[0]]) if first else "")
            or caption
            or (header_scale(header[0]) if first else "")
            # ("k€ | 2026 | 2027", "| € | …": the unit alone in a header cell)
            or _table_scale(block)
        )

        texts = [with_unit(clean_inline(cell).strip("* "), scale) for cell in row[first:]]
        cells = [
            f"{head or 'Montant'} : {text}"
            for head, text in zip(header[first:], texts, strict=False)
            if find_amounts(text)
        ]
        if cells:
            # the row's label: its cells before the first year's column
            start = next((n for n, head in enumerate(header) if _year_like(head)), 1)
            label = " ".join(clean_inline(c).strip("* ") for c in row[:start] if c.strip())
            # "dont CAF   9 000 €   6 000 €": a share of the row above, said by its label
            part = label if re.match(r"^(?:dont|y compris)\b", fold(label)) else ""
            rows.append((number, f"{part} : " * bool(part) + " ; ".join(cells)))
    return rows


_YEAR_LIKE = re.compile(
    # "2026", "2026/27", "2025-2026", "An 1", "Année 2", "N", "N+1", "(N + 2)": a year's column
    r"\(?(?:(?:19|20)\d\d(?:\s*[/-]\s*(?:(?:19|20)?\d\d))?|an(?:n[ée]e)?\s+\d|n(?:\s*\+\s*\d)?)\)?",
    re.IGNORECASE,
)


def _years_down(block: Block) -> bool:
    """A two-column table of money year by year, the years down its first column ("| Année |
    Montant |" over "| 2025 | 18 500 € |", "| Total | 27 500 € |"): one sheet's money — a recap
    by year spreads its parts or its sheets across more columns."""
    # (a third column beside the money, "dont CAF", "Cumul", is the money's share or its running sum)
    if len(block.rows) < 3 or len({len(row) for row in block.rows}) != 1 or not 2 <= len(block.rows[0]) <= 3:
        return False
    body = [row for row in block.rows[1:] if not is_total(row)]
    # (the money's column, the first a money word heads whose cells hold figures: "| Année |
    # ETP | Coût (€) |", "| Période | Nature | Montant |" with the items' nature in words)
    money = next(
        (
            n
            for n, head in enumerate(block.rows[0])
            if n
            and money_head_cell(clean_inline(head).strip("* "))
            and all(
                find_amounts(row[n]) or CELL_NUMBER.match(clean_inline(row[n]).strip("* ")) for row in body
            )
        ),
        None,
    )
    return (
        len(body) >= 2
        and money is not None
        and all(_year_like(clean_inline(row[0]).strip("* ")) for row in body)
    )


def _year_like(head: str) -> bool:
    return _YEAR_LIKE.fullmatch(head.strip()) is not None


def _running_totals(block: Block, kept: list[int]) -> list[int]:
    """A table's columns less its running totals ("Cumul fin 2027", "Cumul 2026-2028"): each a
    sum of the money before it. Only the last is kept, as the row's total, when no year column
    gives the period's money in full (years as rows, "Montant annuel | Cumul": the amounts)."""
    heads = [fold(clean_inline(block.rows[0][n])) for n in kept]
    cumuls = [k for k, head in zip(kept, heads, strict=False) if head.startswith(("cumul", "montant cumule"))]
    if not cumuls:
        return kept
    others = [k for k in kept if k not in cumuls]
    years = sum(1 for k in others if _year_like(_year_head(clean_inline(block.rows[0][k]).strip("* "))))
    return others if years >= 2 or len(others) == len(kept) else [*others, cumuls[-1]]


def _year_head(head: str) -> str:
    """ "BP 2026", "Budget 2026", "2026 (1)", "2026*" → "2026": a forecast year's column."""
    found = re.fullmatch(r"(?:(?:BP|OB|Budget|Exercice)\s+)?((?:19|20)\d\d)\*?(?:\s*\(\d\))?", head, re.I)
    return found[1] if found else head


def _past_year_head(cell: str) -> bool:
    """A column of last year's money set beside the budget ("Réalisé 2025", "CA 2025", "Rappel
    BP 2025"), not a rate or a share of it."""
    head = fold(clean_inline(cell))
    return bool(
        re.match(r"(?:rappel|pour memoire|realise|ca (?:19|20)\d\d)\b", head)
        or re.search(r"\b(?:realise|pour memoire)\b", head)
    )


def _comparison_head(cell: str) -> bool:
    """A column that compares the budget with something else: last year's ("Rappel BP 2025",
    "CA 2025", "réalisé"), a gap or a rate ("Écart", "Évol.", "Variation", "%")."""
    head = fold(clean_inline(cell))
    return bool(
        re.match(r"(?:rappel|pour memoire|realise|ca (?:19|20)\d\d|ecart|evol|variation|taux)\b", head)
        # ("2025/26 (réalisé)", "2025 (pour mémoire)")
        or re.search(r"\b(?:realise|pour memoire)\b", head)
        or cell.strip() == "%"
    )


def _title_period(source: Source) -> tuple[int, int] | None:
    """The years a plan covers as its cover or title prints them ("Projet social 2025-2028",
    "Plan d'actions 2026 – 2030"): the first range of years among its first lines."""
    seen = 0
    for line in source.lines:
        if not line.strip():
            continue
        seen += 1
        if seen > 12:
            break
        found = re.search(r"\b((?:19|20)\d\d)\s*[-–—/à]\s*((?:19|20)\d\d)\b", line)
        if found and 1 <= int(found[2]) - int(found[1]) <= 10:
            return int(found[1]), int(found[2])
    return None


def _over_schedule(
    lines: list[BudgetLine], schedule: str, text: str = "", period: tuple[int, int] | None = None
) -> list[BudgetLine]:
    """A sheet whose only money is one recurring amount, and whose calendar or text says how
    long it runs: the amount is counted once per year, month or quarter of that period, through
    an added line that says so.

    A yearly amount runs over the years its calendar prints, three or more in a row ("Années :
    2025 – 2026 – 2027", "ouverture en 2026, reconduction en 2027 et en 2028"), or over the
    period its calendar or text gives ("de 2026 à 2027", "pour trois ans", "Durée : 3 ans").
    Two years listed in a calendar read as milestones ("étude en 2024, ouverture en 2025"). An
    amount by the month or by the quarter ("650 €/mois", "750 € par trimestre") runs over the
    span its own words and the calendar print ("à partir de septembre 2025" / "Calendrier :
    septembre 2025 – décembre 2026"); what one person receives ("Aide : 150 € / mois") never does.
    """
    money = [
        b
        for b in lines
        if b.kind not in ("per_unit", "component")
        and not b.reason.startswith("amount mentioned")
        and b.reason not in (NOT_CHOSEN, OPEN_CHOICE)  # (an alternative set aside runs over no period)
    ]
    annual = [b for b in money if b.kind == "per_year" and not b.counted]
    if (
        len(annual) == 1
        and len(money) >= 2
        and all(
            b.counted and b.kind == "unknown" and (_one_off(b) or _added_before(b, annual[0]))
            for b in money
            if b is not annual[0]
        )
    ):
        # "Investissement : 45 000 €" / "Fonctionnement : 20 000 € / an" / "Durée : 4 ans": what
        # is bought once counts once, the running cost over the sheet's period
        return _yearly_over_schedule(lines, annual[0], schedule, text, period)
    if total_of(lines) is not None:
        return _then_yearly(lines, money, schedule)
    if len(money) == 1 and money[0].kind == "per_year":
        return _yearly_over_schedule(lines, money[0], schedule, text, period)
    if money:
        return lines
    recurring = [(b, r) for b in lines if b.amount_eur is not None and (r := recurrence(b.raw, b.amount_eur))]
    if len(recurring) != 1:
        return lines
    line, every = recurring[0]
    # (a line of the sheet's money, a labelled line "Loyer du local : 650 €/mois", or a payment
    # named in a few words "Versement trimestriel de 3 000 €" — not a sentence of the text)
    costed = (
        not line.reason.startswith("amount mentioned")
        or (":" in line.raw and len(every.label) <= 60 and not every.label[:1].isdigit())
        or len(every.label.split()) <= 4
    )
    if not costed or names_a_benefit(every.label) or line.amount_max_eur is not None:
        return lines
    months = span_months(f"{every.after} ; {schedule or text}") or duration_months(schedule)
    if months is None or months[0] % every.months:
        return lines
    count, unit = months[0] // every.months, ("month" if every.months == 1 else "quarter")
    assert line.amount_eur is not None
    derived = line.model_copy(
        update={
            "amount_eur": round(line.amount_eur * count, 2),
            "kind": "total",
            "counted": True,
            "years": years_of(months[1]) or line.years,
            "reason": f"amount per {unit} × {count} {unit}s of the sheet's calendar ({months[1]})",
        }
    )
    shown = line.model_copy(
        update={"reason": f"amount per {unit}: counted through the line below, over the sheet's calendar"}
    )
    return [shown if b is line else b for b in lines] + [derived]


def _yearly_over_schedule(
    lines: list[BudgetLine],
    annual: BudgetLine,
    schedule: str,
    text: str,
    period: tuple[int, int] | None = None,
) -> list[BudgetLine]:
    years = years_of(schedule)
    consecutive = bool(years) and years == list(range(years[0], years[0] + len(years)))
    since = re.search(
        r"\b(?:à compter de|à partir de|dès)\s+(?:l['’]année\s+|janvier\s+)?((?:19|20)\d\d)\b",
        _words_after(annual),
    )
    if since and consecutive and len(years) >= 3 and years[0] < int(since[1]) <= years[-1]:
        # "14 500 €/an à compter de 2026" under a calendar of 2025 to 2028: the years from 2026
        years = [y for y in years if y >= int(since[1])]
        count, printed, where = len(years), ", ".join(str(y) for y in years), "the sheet's calendar"
    elif since and period and period[0] <= int(since[1]) < period[1] and (not years or years[-1] < period[1]):
        # "8 000 €/an à partir de 2026", no calendar running to an end: until the plan's last
        # year, the period its title prints
        years = list(range(int(since[1]), period[1] + 1))
        count, printed = len(years), f"{years[0]}–{years[-1]}"
        where = f"the plan's period ({period[0]}–{period[1]}) from the year the line starts it"
    elif 3 <= len(years) <= 10 and consecutive:
        count, printed, where = len(years), ", ".join(str(y) for y in years), "the sheet's calendar"
    elif stated := stated_period(schedule) or (None if years else stated_period(text)):
        count, printed = stated
        where = "the sheet's calendar" if years else "the period the sheet's text gives"
    elif (
        # ("Durée : 3 ans" says how long, above a calendar of milestones)
        (span := duration_months(schedule) or span_months(f"{_words_after(annual)} ; {schedule}"))
        and span[0] % 12 == 0
        and span[0] > 12
    ):
        count, printed, where = span[0] // 12, span[1], "the sheet's calendar"
    else:
        return lines
    if annual.amount_eur is None or annual.amount_max_eur is not None:
        return lines
    derived = annual.model_copy(
        update={
            "amount_eur": round(annual.amount_eur * count, 2),
            "kind": "total",
            "counted": True,
            "years": years_of(printed.replace("–", "-")) or years,
            "reason": f"annual amount × {count} years of {where} ({printed})",
        }
    )
    shown = annual.model_copy(
        update={"reason": f"annual amount: counted through the line below, over the years of {where}"}
    )
    return [shown if b is annual else b for b in lines] + [derived]


def _then_yearly(lines: list[BudgetLine], money: list[BudgetLine], schedule: str) -> list[BudgetLine]:
    """ "3 000 € en 2025 (année de lancement), puis 1 500 € par an" / "Calendrier : 2025-2028":
    the yearly amount runs over the calendar's years the sheet's other amounts, one year each,
    leave ("10 000 € la première année, 6 000 € les années suivantes")."""
    annual = [b for b in money if b.kind == "per_year" and not b.counted]
    others = [b for b in money if b.counted]
    if (
        len(annual) != 1
        or not others
        or len(others) + 1 != len(money)
        or any(len(o.years) > 1 for o in others)
    ):
        return lines
    line = annual[0]
    found = next((a for a in find_amounts(line.raw) if a.low == line.amount_eur), None)
    if found is None or line.amount_eur is None or line.amount_max_eur is not None:
        return lines
    then_before, then_after = then_words()
    before, after = fold(line.raw[: found.start]).split(), fold(line.raw[found.end :])
    if not (
        any(" ".join(before[-len(w.split()) :]) == w for w in then_before)
        or any(w in after.split(".")[0] for w in then_after)
    ):
        return lines
    years = years_of(schedule)
    if len(years) >= 2 and years == list(range(years[0], years[-1] + 1)):
        calendar, printed = len(years), f"{years[0]}–{years[-1]}"
    elif (span := span_months(schedule)) and span[0] % 12 == 0:
        calendar, printed = span[0] // 12, span[1]
    else:
        return lines
    rest = calendar - len(others)
    if not 1 <= rest <= 10:
        return lines
    derived = line.model_copy(
        update={
            "amount_eur": round(line.amount_eur * rest, 2),
            "kind": "total",
            "counted": True,
            "years": years[len(others) :] if years else [],
            "reason": f"annual amount × the {rest} years of the sheet's calendar ({printed}) after the "
            f"{len(others)} its other amounts are dated to",
        }
    )
    shown = line.model_copy(update={"reason": "annual amount: counted through the line below"})
    return [shown if b is line else b for b in lines] + [derived]


def _one_year_each(records: list[Action]) -> None:
    """ "Coût annuel : 7 200 €", the sheet's only money, and no period the sheet, its calendar,
    the plan's tables or its grand total give: a year of it, as a reader counts it (never more
    years than printed) — after every other source of its period has had its say."""
    for record in records:
        money = [b for b in record.budget_lines if b.kind not in ("per_unit", "component")]
        if record.budget_total_eur is not None or len(money) != 1:
            continue
        annual = money[0]
        if (
            annual.reason != NOT_MULTIPLIED
            or annual.amount_eur is None
            or annual.amount_max_eur is not None
            or _received(annual)
            or not _labelled_amount(annual)
            or _PERIOD_WORDS.search(fold(annual.raw))
        ):
            continue
        annual.counted = True
        annual.reason = "annual amount, no period printed anywhere: one year counted"
        record.budget_total_eur = total_of(record.budget_lines)


# "(action 1.2)", "L'action 2.1, « … »", "fiche n° 3.4": a sentence citing an action by its number
_CITED_ACTION = re.compile(
    r"\b(?:action|fiche)\s+(?:n\s*[°o]\s*)?(\d{1,2}(?:\.\d{1,2})+)\b(?!\.\d)", re.IGNORECASE
)

# "sur les cinq années du plan", "pendant la durée du projet", "sur 3 ans": a period told, if
# not read — no year alone is counted then
_PERIOD_WORDS = re.compile(r"\b(?:sur|pendant|durant)\b.{0,30}\b(?:ans|annees|duree|plan|projet|periode)\b")


def _labelled_amount(line: BudgetLine) -> bool:
    """ "Coût annuel : 7 200 €", "Budget annuel : environ 25 000 € / an": the amount a short label
    gives, not one a sentence tells ("un dispositif comparable coûte 25 000 € par an")."""
    found = next((a for a in find_amounts(line.raw) if a.low == line.amount_eur), None)
    labelled = (
        re.match(r"^\s*(?P<label>[^:;.()]{1,60}):\s*(?:[^\W\d]+\s+){0,2}$", line.raw[: found.start])
        if found
        else None
    )
    return labelled is not None and len(labelled["label"].split()) <= 6


def _received(line: BudgetLine) -> bool:
    """A line of money coming in ("Recettes nouvelles attendues : 3 500 € par an"): no cost."""
    first = fold(line.raw).split()[:1]
    return bool(first) and first[0] in {fold(w) for w in load_reference("money")["receipt_heads"]}


def _added_before(line: BudgetLine, annual: BudgetLine) -> bool:
    """ "40 k€ en 2027 (véhicule frigorifique) + 6 k€/an de fonctionnement": an amount of one
    year, added to the yearly amount printed after it on the same line."""
    if line.raw != annual.raw or len(line.years) > 1:
        return False
    found = [a for a in find_amounts(line.raw)]
    here = next((a for a in found if a.low == line.amount_eur), None)
    there = next((a for a in found if a.low == annual.amount_eur), None)
    return (
        here is not None
        and there is not None
        and here.end <= there.start
        and re.search(r"(?:^|\s)\+\s*$", line.raw[here.end : there.start].split(")")[-1]) is not None
    )


def _one_off(line: BudgetLine) -> bool:
    """A budget line naming money spent once ("Investissement : 45 000 € (véhicule, 2025)")."""
    found = next((a for a in find_amounts(line.raw) if a.low == line.amount_eur), None)
    # (its label, right before the amount: "achat" in "4 800 € par an (… achat …), soit" is none)
    before = f" {fold(line.raw[: found.start].split(';')[-1][-40:] if found else '')} "
    return found is not None and any(f" {w} " in before for w in one_off_labels())


def _words_after(line: BudgetLine) -> str:
    """The words of a budget line after its amount ("(2025) – reconduction annuelle jusqu'en 2028")."""
    found = next((a for a in find_amounts(line.raw) if a.low == line.amount_eur), None)
    return line.raw[found.end :] if found else ""


def _title_lines_over_prose(lines: list[str]) -> int:
    """How many lines of a paragraph are a title glued over its prose: one (see
    `_title_over_prose`), or two when the title wraps ("Bien vieillir chez soi, dans un
    territoire" / "qui prend soin" / "D'ici 2030, …"); 0 when none."""
    if _title_over_prose(lines):
        return 1
    if len(lines) >= 4:
        first, second, third = (line.strip() for line in lines[:3])
        if (
            first[:1].isupper()
            and second[:1].islower()
            and not first.endswith((".", ",", ";", ":", "!", "?", "-"))
            and not second.endswith((".", ",", ";", ":", "!", "?", "-"))
            and len(f"{first} {second}") <= 120
            and third[:1].isupper()
            and len(second) < max(len(line.rstrip()) for line in lines[2:]) - 5
        ):
            return 2
    return 0


def _title_over_prose(lines: list[str]) -> bool:
    """A paragraph whose first line is a title: no sentence punctuation, shorter than the
    text's lines below it, and the next line opens a sentence of its own (a capital)."""
    first, second = lines[0].strip(), lines[1].strip()
    return (
        10 <= len(first) <= 100
        and first[:1].isupper()
        and not first.endswith((".", ",", ";", ":", "!", "?", "-"))
        and second[:1].isupper()
        and len(first) < max(len(line.rstrip()) for line in lines[1:]) - 5
    )


_OUTLINE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s")  # "3.1.1 ", "2.3. "


_RUN_NUMBER = re.compile(r"^\s*(?:\*\*)?(\d{1,2})(?:°[).]|[.)])\s+\S")


def _run_number(block: Block) -> int | None:
    """The number a numbered line or a paragraph opening in bold gives ("4. Title", "**5. Title**
    — …"), if the block is one."""
    if block.kind not in ("item", "paragraph", "field") or not block.lines:
        return None
    # (a nested item is none, but a page's margin is no nesting: "   1.  Title" at four spaces)
    if block.level > 0 and len(block.lines[0]) - len(block.lines[0].lstrip()) > 4:
        return None
    match = _RUN_NUMBER.match(block.lines[0])
    if match is None or (block.kind == "item" and len(block.text) > 160):
        return None
    return int(match[1])


# ("1. **Title** – its text": the list's number before the bold run)
_TOLD = re.compile(r"^\s*(?:\d{1,2}(?:°[).]|[.)])\s+)?\*\*(?P<title>[^*]+)\*\*\s*[—–:-]\s*(?P<rest>\S.*)$")
_SENTENCE_END = re.compile(r"(?<=[\wà-ÿ€)»][\wà-ÿ€)»])\.\s+(?=[A-ZÀ-Ý«])")  # ("M. Dupont" is no end)
_INLINE_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:.;]{1,40}?)\s*:\s+(?P<value>\S.*?)\.?$")


_FOOTNOTE_REF = re.compile(r"\[\^\w+\]")  # "Moyens constants[^2]": a markdown footnote's call


def _units_inside(text: str, scale: str) -> str:
    """ "22 500 (4 500/an)" under "Coût total (€)": each bare number with the column's unit."""
    if not scale:
        return text

    def unit(m: re.Match[str]) -> str:
        # ("6 000 par an sur 5 ans": a count of years, months or people is no amount)
        following = fold(text[m.end() :]).split()
        if following and following[0] in _counted_words():
            return m[0]
        if re.fullmatch(r"(?:19|20)\d\d", m[0]) and (
            printed or re.search(r"[^\W\d]", text) or re.match(r"\s*:", text[m.end() :])
        ):
            # ("15 000 € (2026) puis 22 000 €/an de 2027 à 2031": years, the amounts priced;
            # "À définir après le diagnostic de 2025": a year in words, no amount; "2026 : 40 000":
            # the year labelling its amount)
            return m[0]
        return f"{m[0]} {scale}"

    printed = re.search(r"€|\beuros?\b", text, re.IGNORECASE) is not None

    return re.sub(
        r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(,\d+)?(?!\s*(?:€|k€|M€|euros?|%|\d)|[,.]\d)",
        unit,
        text,
    )


@lru_cache(maxsize=1)
def _counted_words() -> frozenset[str]:
    """Words a count is of ("5 ans", "12 mois", "30 ménages"): money.yaml's period and count words."""
    money = load_reference("money")
    words = [
        *money["period"]["years"],
        *money["period_units"],
        *money["count_heads"],
        *money["counted_after"],
    ]
    return frozenset(fold(w) for w in words)


def _units_after_years(line: str, scale: str) -> str:
    """A line of a money field whose label gives the unit ("Budget (k€)"): each bare number with
    that unit, but years ("2025 : 12" → "2025 : 12 k€") and relative years ("N+1 = 21")."""
    if not scale:
        return line
    return re.sub(
        r"(?<![\d,.])(?<![Nn]\+)(?<![Nn] \+ )(?<![Nn]\+ )(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(,\d+)?(?!\s*(?:€|k€|M€|euros?|%|\d|:))",
        lambda m: m[0] if re.fullmatch(r"(?:19|20)\d\d", m[0]) else f"{m[0]} {scale}",
        line,
    )


def _sentence(block: Block) -> bool:
    """A block of prose: long, or ending its sentence."""
    return len(block.text) > 80 or block.text.rstrip().endswith(".")


def _tells_more(block: Block) -> bool:
    """ "**5. Épicerie solidaire** — Le bourg …": a numbered line with its action's text after
    its title, on the same line."""
    return bool(
        re.match(
            r"^\s*(?:\d{1,2}(?:°[).]|[.)])\s+)?\*\*[^*]+\*\*\s*[—–:-]\s*\S",
            block.lines[0] if block.lines else "",
        )
    )


def _outline_shape(block: Block) -> tuple[int, int] | None:
    """(markdown level, depth) of a heading numbered as an outline ("#### 2.1.1 …": (4, 3))."""
    if block.kind == "paragraph" and (
        len(block.lines) != 1 or len(block.text) > 150 or block.text.rstrip().endswith((".", ";", ":", ","))
    ):
        return None  # ("1.1 Permanences « droits … »" alone on its line is titled like a heading)
    if block.kind not in ("heading", "paragraph") or block.marker:
        return None
    outline = _OUTLINE_NUMBER.match(block.text)
    return (block.level, outline[0].strip().rstrip(".").count(".") + 1) if outline else None


def _sheet_number(heading: Block) -> str | None:
    """The number a sheet's heading gives it ("Fiche action 1.2", "3.1.1 Title", "4. Title")."""
    if heading.number:
        return heading.number
    outline = re.match(r"^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]?\s", heading.text)
    return outline[1] if outline else None


def _tells_the_whole(text: str) -> bool:
    """A sentence stating the action's whole cost ("soit un coût total de 30 000 €", "soit 19 500 €
    au total")."""
    folded = fold(text)
    return (
        bool(find_amounts(text))
        and re.search(r"\b(?:cout total|cout global|budget total|montant total|au total|en tout)\b", folded)
        is not None
        and re.search(r"\bsoit\b", folded) is not None
    )


def _strip_item_number(title: str) -> str:
    """A title without its list or outline number ("2. ", "3.1.1 "), as sheets numbered by a
    word ("Fiche action 1.2 :") lose theirs."""
    # ("2.3 ▸ Title": a mark between the number and the title goes with the number)
    return re.sub(
        r"^(?:\d{1,2}(?:°[).]|[.)])|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?:[▸►▶➤›»→]\s+)?", "", title
    ).strip()


def _echeances(texts: list[str]):
    from .ccas_plan import _echeances as plan_echeances

    return plan_echeances(texts)


def _hashed(block: Block) -> bool:
    """A markdown `#` heading or an indented outline's node (its level is the outline's), not a
    line set in bold."""
    return block.outlined or (bool(block.lines) and block.lines[0].lstrip().startswith("#"))


def _section_of_numbered(block: Block, sheet: Block) -> bool:
    """ "CONSTAT" in capitals under "FICHE N° 1": an unnumbered line set as a heading, in a
    sheet its document numbers, is a section of that sheet (the next sheet is numbered too)."""
    return bool(sheet.marker) and not block.marker and block.number is None and not _hashed(block)


def _bare_amount(text: str) -> bool:
    """ "1,2 M€", "400 k€": a line that is only an amount (a flattened table's value cell)."""
    amounts = find_amounts(text)
    return len(amounts) == 1 and not text.replace(amounts[0].raw, "").strip(" :-–")


_PLAIN_NUMBER = re.compile(r"^\s*#*\s*\d{1,2}(?:°[).]|[.)])\s+(?=\S)")
# a line of a table of contents: its page number after dot leaders or a wide space
_CONTENTS_PAGE = re.compile(
    r"(?:[.…]{2,}|(?:\.\s){2,}|\s{2,}|\t)\s*\d{1,4}\s*$"
)  # (". . . . 9": spaced dots)
# "Action 10 – Actualisation de l'ABS ........ non chiffré", "… ......  38 000 €": a recap's row,
# its leader dots running to the amount (or to the lack of one)
_RECAP_ROW = re.compile(
    r"(?:[.…]{4,}|(?:\. ){3,})\s*(?:\d[\d\s\u00a0\u202f.,]*\s*(?:k€|M€|€|euros?)|[^\W\d][^\d.…]{0,30})\s*$"
)


def _contents_entry(block: Block) -> bool:
    if not block.lines:
        return False
    last = block.lines[-1].rstrip()
    return _CONTENTS_PAGE.search(last) is not None or _RECAP_ROW.search(last) is not None


# "Article 2 – …": a paragraph opening on a word and a number, a division of the document
_DIVISION = re.compile(r"^(?P<word>[A-ZÀ-Ý][a-zà-ÿ]{3,})\s+(?P<n>\d{1,2})\s*[–—:-]\s")


# the heads of a table's column of numbers ("N°", "No", "Numéro")
@lru_cache(maxsize=1)
def _number_heads() -> frozenset[str]:
    """Heads of a table's column of action numbers ("N°", "Réf"), folded."""
    return frozenset(fold(h) for h in load_reference("ccas-plan")["number_heads"])


# "1.1.1 Faire circuler un accueil itinérant. Un véhicule …": an action told as one paragraph,
# numbered on three levels, its title its first sentence
_NUMBERED_PARAGRAPH = re.compile(
    r"^(?P<number>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?(?:\s+[–—-])?\s+(?P<rest>[A-ZÀ-Ý«].*)$", re.DOTALL
)
# (numbered once, "3. Title. …": only an item told as a paragraph, joined back and marked so)
_ONCE_NUMBERED = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<rest>[A-ZÀ-Ý«].*)$", re.DOTALL)
_TOLD_ITEM_MARK = "told item"


# ("Action 7. Title. …", "Fiche n°3 – Title. …": a sheet word numbers it once; the word checked
# against the vocabulary's sheet markers)
_MARKED_PARAGRAPH = re.compile(
    r"^(?P<marker>[^\W\d_]{2,20}(?:[ -][^\W\d_]{2,20}){0,2})\s+(?:n[°o]\s*)?(?P<number>\d{1,2})"
    r"\s*(?:\.|\s[–—-])\s+(?P<rest>[A-ZÀ-Ý«].*)$",
    re.DOTALL,
)


@lru_cache(maxsize=1)
def _paragraph_markers() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("ccas-plan")["sheet_markers"])


def _numbered_text(text: str) -> re.Match[str] | None:
    """The number and the rest of a paragraph telling an action: "1.1.1 Title. …", or "Action
    7. Title. …" numbered once after a sheet word."""
    match = _NUMBERED_PARAGRAPH.match(text)
    if match is None and (marked := _MARKED_PARAGRAPH.match(text)) is not None:
        return marked if fold(marked["marker"]) in _paragraph_markers() else None
    return match


def _numbered_paragraph(block: Block) -> re.Match[str] | None:
    """The number and the rest of a paragraph telling an action ("1.1.1 Title. …")."""
    if block.marker == _TOLD_ITEM_MARK:
        return _ONCE_NUMBERED.match(block.text)
    if block.lines and block.lines[0].lstrip().startswith(("**", "__")):
        # ("**Action 4. Title.** Text": a bold run-in title, read as such by the block reader)
        return _NUMBERED_PARAGRAPH.match(block.text)
    return _numbered_text(block.text)


# a sentence ends after a word in lower case or an acronym ("… gérés par le CCAS. Ces …"), not
# after an initial ("M. Durand")
# ("Title. — Text": a dash after the stop, as a letter sets a run-in title)
_SENTENCE_STOP = re.compile(r"(?:(?<=[a-zà-ÿ»)])|(?<=[A-ZÀ-Ý]{2}))\.(?:\s+(?:[—–]\s+)?(?=[A-ZÀ-Ý«])|\s*$)")


def _outline_first_level(blocks: list[Block]) -> list[Block]:
    """ "1. Prévenir les ruptures …" (or "1.<TAB>…" from a word processor's outline numbering)
    over paragraphs numbered "1.1 …" and "1.1.1 …": the outline's first level, a part of the
    plan, not an item of a list."""
    numbered = [
        (k, m["number"])
        for k, b in enumerate(blocks)
        if b.kind == "paragraph" and (m := _numbered_paragraph(b)) is not None and "." in m["number"]
    ]
    if not numbered:
        return blocks
    at = [k for k, _ in numbered]
    out: list[Block] = []
    for k, block in enumerate(blocks):
        top = (
            re.match(r"^\s*(\d{1,2})\.\s+(\S.{2,118})$", block.lines[0])
            if block.kind == "item" and len(block.lines) == 1
            else None
        )
        if top is None or top[2].strip()[-1:] in ".;:,!?":
            out.append(block)
            continue
        below = bisect_right(at, k)  # the next numbered paragraph
        after = next((b for b in blocks[k + 1 :] if b.kind != "furniture"), None)
        if (
            below < len(numbered)
            and numbered[below][1].startswith(f"{top[1]}.")  # one of its own
            and (after is None or after.kind != "item")  # (a list's steps "1. …", "2. …")
        ):
            title = f"{top[1]}. {top[2].strip()}"
            out.append(
                Block("heading", block.first, block.last, title, level=1, number=top[1], lines=block.lines)
            )
        else:
            out.append(block)
    return out


def _paragraphs_joined(blocks: list[Block], numbered: set[int]) -> list[Block]:
    """A numbered paragraph whose next line opens on a label ("Pilote : … . Partenaires : …") was
    cut there by the block reader: the lines that go on without a blank line are its own."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "paragraph"
            and _numbered_paragraph(previous)
            and previous.marker != _TOLD_ITEM_MARK  # (its text joined already, its fields on their own lines)
            and (id(previous) in numbered or len(previous.lines) >= 2)
            and block.kind in ("field", "paragraph")
            and block.first == previous.last + 1
            and not _numbered_paragraph(block)
        ):
            lines = previous.lines + block.lines
            text = clean_inline(" ".join(line.strip() for line in lines))
            out[-1] = Block("paragraph", previous.first, block.last, text, lines=lines)
            continue
        out.append(block)
    return out


# "– Title – pilot – (partners) – cost [Axe 2]": an action set out on one dashed line
_DASHED_ENTRY = re.compile(r"^\s*[–—-]\s+(?=\S)")
_TAG = re.compile(r"\s*\[(?P<tag>[^\[\]]{2,40})\]\s*$")


_OUTLINED_ACTION = re.compile(
    r"^(?P<number>\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?P<title>[^()]{8,300}?)\s*"
    r"\((?P<facts>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?P<rest>.*)$",
    re.DOTALL,
)


# "1. Un bus des droits dans les quartiers (pilote : … ; coût : …)": a listed action, its number
# on the item's line, its facts in brackets after its title
_LISTED_LINE = re.compile(r"^\s*\d{1,2}(?:°[).]|[.)])\s+\S")
_LISTED_ACTION = re.compile(
    r"^(?P<number>)(?P<title>[^()]{8,300}?)\s*\((?P<facts>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?P<rest>.*)$",
    re.DOTALL,
)
# "A. Aller au-devant des habitants": an objective lettered under its part
_LETTERED_LINE = re.compile(r"^\s*[A-H][.)]\s+(?P<title>[^\W\d].{2,150})$")


def _indent(block: Block) -> int:
    """How far in a block's first line starts, a tab counted as four spaces."""
    line = block.lines[0].replace("\t", "    ") if block.lines else ""
    return len(line) - len(line.lstrip())


def _ticked_part(blocks: list[Block]) -> str | None:
    """ "☒ Axe 1 – Garantir l'accès aux droits   ☐ Axe 2 – …" atop a form's sheet (the boxes
    read, the ticked one kept): the part the sheet is filed under, when no heading says it."""
    first = next((b for b in blocks if b.kind != "furniture"), None)
    if first is None or first.kind != "paragraph" or len(first.lines) > 2:
        return None
    numbered = numbered_heading(first.text)
    if numbered is None or numbered[2] != 1 or not _CHECKED.search(" ".join(first.lines)):
        return None
    return strip_numbering(first.text) or None


_CHECKED = re.compile(r"[☒☑]|\[\s?[xX]\s?\]")


def _title_values_below(blocks: list[Block], title_labels: frozenset[str] | set[str]) -> list[Block]:
    """ "Intitulé de l'action :" over "Créer un point d'accueil unique …" (a form's label, its
    value on the line under it, a colon in it or not): one field, the sheet's title."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and above.kind == "field"
            and not (above.value or "").strip()
            and fold(above.label or "") in title_labels
            and block.kind in ("paragraph", "field")
            and len(block.lines) <= 2
            and block.first == above.last + 1
        ):
            value = clean_inline(" ".join(line.strip() for line in block.lines))
            out[-1] = field_block(
                above.first, block.last, above.label or "", value, [*above.lines, *block.lines]
            )
            continue
        out.append(block)
    return out


def _lettered_parts(blocks: list[Block]) -> list[Block]:
    """ "A. Accès aux droits" / "B. Logement" alone on their lines, each over numbered items
    ("1°) Title", "2) Title"): the parts, lettered in order, their items the sheets."""
    lettered = [
        k
        for k, b in enumerate(blocks)
        if b.kind == "paragraph"
        and len(b.lines) == 1
        and (m := _LETTERED_LINE.match(b.lines[0])) is not None
        and not m["title"].rstrip().endswith((".", ":", ";", ","))
    ]
    letters = [blocks[k].lines[0].strip()[0] for k in lettered]
    if len(lettered) < 2 or letters != [chr(ord("A") + n) for n in range(len(letters))]:
        return blocks
    bounds = [*lettered, len(blocks)]
    if not all(
        any(b.kind == "item" and b.lines and _LISTED_LINE.match(b.lines[0]) for b in blocks[a + 1 : z])
        for a, z in pairwise(bounds)
    ):
        return blocks
    out = list(blocks)
    for k in lettered:
        block = blocks[k]
        title = clean_inline(_LETTERED_LINE.match(block.lines[0])["title"])  # type: ignore[index]
        out[k] = Block(
            "heading",
            block.first,
            block.last,
            title,
            level=1,
            lines=block.lines,
            number=block.lines[0].strip()[0],
        )
    return out


def _listed_outline(blocks: list[Block], found: dict[int, re.Match[str]]) -> list[Block]:
    """The actions of nested lists, each a heading over its facts: those in brackets as fields,
    the sentences after them (or the item's lines after its title) as its text; lettered lines
    the objectives between them."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        lettered = (
            _LETTERED_LINE.match(block.lines[0])
            if block.kind == "paragraph" and len(block.lines) == 1
            else None
        )
        if lettered is not None:
            out.append(
                Block(
                    "heading", block.first, block.last, clean_inline(block.text), level=2, lines=block.lines
                )
            )
            continue
        if block.kind != "item" or not block.lines or not _LISTED_LINE.match(block.lines[0]):
            out.append(block)
            continue
        match = found.get(k)
        if match is None:
            # "1. Accompagnement des usagers" / "Cette action est portée par …": the title on the
            # item's line, its text on the lines under it
            title = clean_inline(re.sub(r"^\s*\d{1,2}(?:°[).]|[.)])\s+", "", block.lines[0]))
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.first,
                    title,
                    level=3,
                    lines=block.lines[:1],
                    marker="action",
                )
            )
            rest = clean_inline(" ".join(line.strip() for line in block.lines[1:]))
            if rest:
                out.append(Block("paragraph", block.first + 1, block.last, rest, lines=block.lines[1:]))
            continue
        out.append(
            Block(
                "heading",
                block.first,
                block.first,
                clean_inline(match["title"]),
                level=3,
                lines=block.lines[:1],
                marker="action",
            )
        )
        for part in re.split(r"\s*;\s*", match["facts"]):
            label, _, value = part.partition(":")
            if value.strip():
                out.append(
                    field_block(block.first, block.last, label.strip(), clean_inline(value), block.lines)
                )
            elif label.strip():
                out.append(
                    Block("paragraph", block.first, block.last, clean_inline(label), lines=block.lines)
                )
        if match["rest"].strip():
            out.append(
                Block("paragraph", block.first, block.last, clean_inline(match["rest"]), lines=block.lines)
            )
    return out


def _bracketed_outline(blocks: list[Block], vocab: PlanVocabulary) -> list[Block]:
    """A plan set out as an outline numbered on three levels ("1." an orientation, "1.1" an
    objective, "1.1.1 Title (pilote : … ; partenaires : …)" an action), its facts in brackets
    after the action's title — three actions or more so: the orientations and objectives read as
    headings of their levels, each action as a heading over its fields, the text after the
    bracket its description."""
    found: dict[int, re.Match[str]] = {}
    listed: dict[int, re.Match[str]] = {}  # "1. Title (pilote : …)" items restarting under letters
    for k, block in enumerate(blocks):
        match = _OUTLINED_ACTION.match(block.text) if block.kind in ("paragraph", "item") else None
        numbered_item = block.kind == "item" and bool(block.lines) and _LISTED_LINE.match(block.lines[0])
        if match is None and numbered_item:
            match = _LISTED_ACTION.match(block.text)
            if match is not None:
                listed[k] = match
        if match is None:
            continue
        labels = [part.split(":", 1)[0] for part in re.split(r"\s*;\s*", match["facts"]) if ":" in part]
        if labels and all(vocab.key(label.strip()) is not None for label in labels):
            found[k] = match
    if len(found) < 3:
        return blocks
    if set(found) <= set(listed):
        # "I." parts, "A." objectives, "1. Title (pilote : … ; coût : …)" actions (an e-mail's
        # nested lists): every numbered item is an action, its facts in brackets or told below —
        # unless an item comes twice (a thread quoting its earlier messages)
        titles = [fold(m["title"]) for m in found.values()]
        return _listed_outline(blocks, found) if len(set(titles)) == len(titles) else blocks
    found = {k: m for k, m in found.items() if k not in listed}
    if len(found) < 3:
        return blocks
    out: list[Block] = []
    for k, block in enumerate(blocks):
        match = found.get(k)
        if match is None:
            whole = block.lines[0].strip() if block.lines else ""
            upper = (
                re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s", whole)
                if block.kind in ("paragraph", "item", "heading")
                else None
            )
            depth = upper[0].strip().rstrip(".").count(".") + 1 if upper else 0
            if (
                upper
                and depth <= 2
                and len(block.lines) == 1
                and not block.text.rstrip().endswith((".", ";", ":"))
                and re.match(r"^\d", whole)
            ):
                # "1. Garantir l'accès aux droits", "1.1 Aller au-devant …": the outline's upper levels
                out.append(
                    Block(
                        "heading",
                        block.first,
                        block.last,
                        clean_inline(whole),
                        level=depth,
                        lines=block.lines,
                    )
                )
                continue
            out.append(block)
            continue
        lines = block.lines
        out.append(
            Block(
                "heading",
                block.first,
                block.first,
                f"{match['number']} {clean_inline(match['title'])}",
                level=3,
                lines=lines[:1],
            )
        )
        for part in re.split(r"\s*;\s*", match["facts"]):
            label, _, value = part.partition(":")
            if value.strip():
                out.append(field_block(block.first, block.last, label.strip(), clean_inline(value), lines))
        if match["rest"].strip():
            out.append(Block("paragraph", block.first, block.last, clean_inline(match["rest"]), lines=lines))
    return out


def _titles_of_their_lines(source: Source, blocks: list[Block]) -> list[Block]:
    """In a text whose paragraphs are lines of their own (a word processor's, no wrap), a short
    line right over the long line of its paragraph is a title of its own ("Un transport solidaire
    vers les commerces" over what it does, who pilots it and what it costs): its own heading,
    three of them at least (one such line is a paragraph's first words)."""
    if not unwrapped(source):
        return blocks
    split = [
        k
        for k, b in enumerate(blocks)
        if b.kind == "paragraph" and len(b.lines) == 2 and heads_unwrapped_text(b.lines[0], b.lines[1])
    ]
    if len(split) < 3:
        return blocks
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k not in split:
            out.append(block)
            continue
        title, text = block.lines
        out.append(
            Block("heading", block.first, block.first, clean_inline(title.strip()), level=3, lines=[title])
        )
        out.append(Block("paragraph", block.last, block.last, clean_inline(text.strip()), lines=[text]))
    return out


def _dashed_actions(source: Source, blocks: list[Block]) -> list[Block]:
    """A plan listing its actions as dashed lines ("– Title – Pôle accès aux droits – (CAF, CPAM)
    – 9 600 € [Axe 1]", wrapped onto indented lines), three or more, most naming their partners
    in brackets or their part in square brackets: each read as a sheet — its title a heading, its
    pilot, partners and cost fields, its tag the part (the line naming "Axe 1 – …" in the
    document gives the part's title)."""
    entries: list[tuple[int, int, str]] = []
    n = 1
    while n <= len(source):
        line = source.line(n)
        if not _DASHED_ENTRY.match(line):
            n += 1
            continue
        indent = len(line) - len(line.lstrip())
        last = n
        while last < len(source) and source.line(last + 1).strip():
            following = source.line(last + 1)
            if len(following) - len(following.lstrip()) <= indent:
                break  # the next entry, or the text going on at the list's margin
            if _TAG.search(source.line(last)):
                break  # the tag closes the entry: the lines under it are its notes
            last += 1
        text = " ".join(source.line(k).strip() for k in range(n, last + 1))
        entries.append((n, last, _DASHED_ENTRY.sub("", text, count=1)))
        n = last + 1
    parsed = []
    for start, end, text in entries:
        tagged = _TAG.search(text)
        body = text[: tagged.start()] if tagged else text
        parts = [p.strip() for p in re.split(r"\s+[–—]\s+", body) if p.strip()]
        if len(parts) >= 3 and (tagged or any(p.startswith("(") for p in parts)):
            parsed.append((start, end, parts, tagged["tag"] if tagged else None))
    if len(parsed) < 3:
        return blocks
    names: dict[str, str] = {}
    for line in source.lines:
        named = re.match(
            r"^\s*(?P<tag>[^\W\d][\w ]{1,20}?\s+\d{1,2})\s*[–—:-]\s+(?P<title>\S.{3,120})$", line
        )
        if named and fold(named["tag"]) not in names:
            names[fold(named["tag"])] = line.strip()
    covered = {k for first, last, _, _ in parsed for k in range(first, last + 1)}
    made: dict[int, list[Block]] = {}
    for first, last, parts, tag in parsed:
        raw = [source.line(k) for k in range(first, last + 1)]
        title, rest = parts[0], parts[1:]
        partners = next((p for p in rest if p.startswith("(") and p.endswith(")")), None)
        others = [p for p in rest if p is not partners]
        lead = others[0] if others else None
        cost = " – ".join(others[1:]) if len(others) > 1 else None
        sheet = [Block("heading", first, first, title, level=3, lines=raw[:1])]
        if lead:
            sheet.append(field_block(first, last, "Pilote", lead, raw))
        if partners:
            sheet.append(field_block(first, last, "Partenaires", partners[1:-1], raw))
        if cost:
            sheet.append(field_block(first, last, "Coût", cost, raw))
        if tag:
            sheet.append(field_block(last, last, "Liste", names.get(fold(tag), tag), raw[-1:]))
        made[first] = sheet
    out: list[Block] = []
    for block in blocks:
        inside = [k for k in range(block.first, block.last + 1) if k in covered]
        if not inside:
            out.append(block)
            continue
        for k in inside:
            out.extend(made.pop(k, []))
        if block.last not in covered:
            # (a block running past the entry: its own lines after it stay)
            kept = [k for k in range(block.first, block.last + 1) if k not in covered]
            lines = [source.line(k) for k in kept]
            text = clean_inline(" ".join(line.strip() for line in lines))
            if text:
                out.append(Block("paragraph", kept[0], kept[-1], text, lines=lines))
    return out


# "Carte : Title", "Action : Title": a word and a colon before a heading's title
_PREFIXED = re.compile(r"^(?P<word>[^\W\d][\w' -]{1,24}?)\s*:\s+(?P<title>\S.{3,})$")


def _prefixed_sheets(blocks: list[Block], known: Callable[[str], bool]) -> tuple[list[Block], set[int]]:
    """ "## Carte : Title" three times or more at one heading level (a project tool's cards,
    each a heading word and a colon before its title), most over fields the plan knows: each
    such heading a sheet titled by what follows the colon ("### Zoom : …" over prose restating
    a table's row is none). Also gives the ids of those headings."""
    found: dict[tuple[str, int], list[int]] = {}
    for k, block in enumerate(blocks):
        match = (
            _PREFIXED.match(clean_inline(block.text))
            if block.kind == "heading" and not block.marker
            else None
        )
        if match:
            found.setdefault((fold(match["word"]), block.level), []).append(k)
    chosen = max(found.values(), key=len, default=[])
    if len(chosen) < 3:
        return blocks, set()
    ends = [*chosen[1:], len(blocks)]
    headed = sum(
        1
        for k, end in zip(chosen, ends, strict=True)
        # (a numbered sheet under it, "### Fiche action n° 1.1": no "### Description" of a card)
        if any(
            b.kind == "heading" and _hashed(b) and b.level > blocks[k].level and b.number is not None
            for b in blocks[k + 1 : end]
        )
    )
    parts = headed * 2 >= len(chosen)  # "## Thématique : X" over numbered sheets: parts, no cards
    fielded = sum(
        1
        for k, end in zip(chosen, ends, strict=True)
        if sum(1 for b in blocks[k + 1 : end] if b.kind == "field" and known(b.label or "")) >= 2
    )
    if not parts and fielded * 2 < len(chosen):
        return blocks, set()
    out = list(blocks)
    made: set[int] = set()
    for k in chosen:
        block = blocks[k]
        match = _PREFIXED.match(clean_inline(block.text))
        assert match is not None
        out[k] = Block(
            "heading", block.first, block.last, match["title"], level=block.level, lines=block.lines
        )
        made.add(id(out[k]))
    # (the plan's parts, titled by what follows the colon, are no sheets)
    return out, set() if parts else made


def _wrapped_values(blocks: list[Block]) -> list[Block]:
    """ "Avec qui ? CPAM du Morbihan, MSA Portes de Bretagne," / "France Travail": a field's value
    wrapped onto the next line (no blank line between, the value left on a comma or the line
    going on in lower case) is one value."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "field"
            and previous.label
            and previous.value
            and block.kind == "paragraph"
            and block.first == previous.last + 1
            and len(block.lines) <= 2
            and len(block.text) <= 100
            and (
                block.text[:1].islower()
                or previous.value.rstrip().endswith((",", ";"))
                # ("        Combien : 2024 : 6 000 € ;" / "            2026 : 6 500 € …": the value
                # going on further in than its label)
                or _indent(block) > _indent(previous)
            )
        ):
            value = f"{previous.value} {block.text}"
            out[-1] = field_block(
                previous.first, block.last, previous.label, value, [*previous.lines, *block.lines]
            )
            continue
        out.append(block)
    return out


_BRACKETED_COST = re.compile(r"\(\s*\d[\d\s\u00a0\u202f.,]*\s*(?:k€|M€|€|euros?)(?=[\s).,;]|$)")
_LETTERED = re.compile(r"^\s*(?P<letter>[A-Ha-h])\)\s+(?P<title>[A-ZÀ-Ý«][^:]{2,110}?)\s+:\s+(?P<rest>\S.*)$")


_LETTERED_SENTENCE = re.compile(
    r"^\s*(?P<letter>[A-Ha-h])\)\s+(?P<title>[A-ZÀ-Ý«][^.:!?]{2,110}?)\.\s+(?P<rest>[A-ZÀ-Ý].*)$"
)


def _lettered_paragraphs(blocks: list[Block]) -> list[Block]:
    """ "b) Le portage de repas étendu aux hameaux. Le service …" read as a list's item, its
    paragraph going on below in lower case: one paragraph, lettered."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "item"
            and previous.lines
            and re.match(r"^\s*[A-Ha-h]\)\s", previous.lines[0])
            and block.kind == "paragraph"
            and block.first == previous.last + 1
            and block.text[:1].islower()
        ):
            lines = [*previous.lines, *block.lines]
            out[-1] = Block(
                "paragraph",
                previous.first,
                block.last,
                clean_inline(" ".join(line.strip() for line in lines)),
                lines=lines,
            )
            continue
        out.append(block)
    return out


def _lettered_sheets(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """A plan told in a letter's prose, each action a paragraph lettered under its part ("I.
    Accès aux droits" / "A) Accueil social unique : nous regrouperons …, piloté par …", "a) Un
    réseau de visiteurs. Des bénévoles …"), three of them or more: each read as its sheet's
    heading, one level under its part, over the rest of its paragraph."""
    blocks = _lettered_paragraphs(blocks)
    found = [
        (block, match)
        for block in blocks
        if block.kind == "paragraph"
        and (
            match := _LETTERED.match(text := " ".join(line.strip() for line in block.lines))
            or _LETTERED_SENTENCE.match(text)
        )
    ]
    if len(found) < 3:
        return blocks, set()
    lettered = {id(block): match for block, match in found}
    out: list[Block] = []
    made: set[int] = set()
    level = 2
    for block in blocks:
        if block.kind == "heading" and id(block) not in lettered:
            level = min(6, (block.level or 1) + 1)
        match = lettered.get(id(block))
        if match is None:
            out.append(block)
            continue
        title = clean_inline(match["title"]).strip()
        heading = Block(
            "heading",
            block.first,
            block.first,
            title,
            lines=block.lines[:1],
            level=level,
            number=match["letter"],
        )
        made.add(id(heading))
        out.append(heading)
        out.append(
            Block("paragraph", block.first, block.last, clean_inline(match["rest"]), lines=block.lines)
        )
    return out, made


_ITEM_WITH_FACTS = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[-*+•])\s+\*\*(?P<title>[^*]{3,160})\*\*\s*[—–:-]\s*(?P<facts>\S.*)$"
)


def _items_with_their_facts(blocks: list[Block], vocab: PlanVocabulary) -> list[Block]:
    """Actions as list items, each a title in bold then its facts on the same line ("1. **Title** —
    pilote : … ; partenaires : … ; coût : …"), three or more: each a heading, one level under the
    part, over a field a fact."""
    found: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for block in blocks:
        if block.kind not in ("item", "field", "paragraph") or len(block.lines) != 1:
            continue
        match = _ITEM_WITH_FACTS.match(block.lines[0])
        if match is None:
            continue
        facts = []
        for part in re.split(r"\s+;\s+", match["facts"]):
            labelled = re.match(r"^(?P<label>[^\W\d][^:]{1,40}?)\s*:\s*(?P<value>\S.*)$", part.strip())
            if labelled is not None:
                facts.append((labelled["label"].strip(), clean_inline(labelled["value"]).strip(" ;")))
        if sum(1 for label, _ in facts if vocab.key(label)) >= 2:
            found[id(block)] = (clean_inline(match["title"]).strip(), facts)
    if len(found) < 3:
        return blocks
    out: list[Block] = []
    level = 2
    for block in blocks:
        if block.kind == "heading" and id(block) not in found:
            level = min(6, (block.level or 1) + 1)
        if id(block) not in found:
            out.append(block)
            continue
        title, facts = found[id(block)]
        out.append(Block("heading", block.first, block.first, title, level=level, lines=block.lines))
        out += [field_block(block.first, block.last, label, value, block.lines) for label, value in facts]
    return out


def _bold_run_in_sheets(blocks: list[Block]) -> list[Block]:
    """A plan told in prose, each action a paragraph opening on its title in bold ("**Action 4.
    Un relais petite enfance itinérant.** Porté par le service …", the bold run wrapped over two
    lines at most), three of them or more: each such paragraph read as its sheet's heading over
    the rest of the paragraph."""
    found: list[tuple[Block, str, int, str]] = []
    for block in blocks:
        # (a heading too: "**Action 3. Title.** Animé par …" is read as the marker's heading)
        if (
            block.kind not in ("paragraph", "heading")
            or not block.lines
            or not block.lines[0].lstrip().startswith("**")
        ):
            continue
        head = ""
        for n, line in enumerate(block.lines[:3]):
            head = f"{head} {line.strip()}".strip()
            if head.count("**") >= 2:
                title, _, rest = head[2:].partition("**")
                title = clean_inline(title).strip().rstrip(".").strip()
                tail = " ".join([rest.strip(), *(line.strip() for line in block.lines[n + 1 :])]).strip()
                if (
                    numbered_heading(title) is not None
                    and strip_numbering(title)
                    and (block.kind == "paragraph" or tail)
                ):
                    found.append((block, title, n, tail))
                break
    if len(found) < 3:
        return blocks
    split = {id(block): (title, n, tail) for block, title, n, tail in found}
    out: list[Block] = []
    joined: set[int] = set()
    for at, block in enumerate(blocks):
        if id(block) in joined:
            continue
        if id(block) not in split:
            out.append(block)
            continue
        title, n, tail = split[id(block)]
        below = blocks[at + 1] if at + 1 < len(blocks) else None
        if (
            block.kind == "heading"
            and below is not None
            and below.kind == "paragraph"
            and below.first == block.last + 1
            and not tail.rstrip().endswith((".", "!", "?", ":"))
        ):
            # "**Action 3. …** Animé par la" / "coordinatrice …, avec le concours de France" read
            # as a heading over the lines below: the paragraph goes on under the title
            tail = f"{tail} {' '.join(line.strip() for line in below.lines)}"
            block = Block(block.kind, block.first, below.last, block.text, lines=[*block.lines, *below.lines])
            joined.add(id(below))
        marker, number, _ = numbered_heading(title) or ("", None, 0)
        out.append(
            Block(
                "heading",
                block.first,
                block.first + n,
                title,
                lines=block.lines[: n + 1],
                level=3,
                number=number,
                marker=marker,
            )
        )
        if tail:
            out.append(
                Block("paragraph", block.first + n, block.last, clean_inline(tail), lines=block.lines[n:])
            )
    return out


# "3. Refonte du service de domiciliation. Les quelque 130 …": a list item numbered once whose
# title is its first sentence
_TOLD_ITEM = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<rest>[A-ZÀ-Ý«].*)$")


def _record_tables(blocks: list[Block], vocab: PlanVocabulary) -> list[Block]:
    """ "Axe<TAB>1 - Accès aux droits" / "N°<TAB>1.1" / "Action<TAB>Ouvrir un guichet …" /
    "Pilote<TAB>…" / "Budget 2025<TAB>18 000,00": a spreadsheet's record pasted as label and
    value rows, one table an action — its part, its heading (number and title) and its fields,
    when two such tables or more follow each other."""

    def rows_of(block: Block) -> dict[str, tuple[str, str]] | None:
        if block.kind != "table" or not block.rows or any(len(r) > 3 for r in block.rows):
            return None
        cells = {
            fold(clean_inline(r[0]).strip(" :*")): (
                clean_inline(r[0]).strip(" :*"),
                clean_inline(r[1]).strip() if len(r) > 1 else "",
            )
            for r in block.rows
            if r and r[0].strip()
        }
        title = next((k for k in cells if k in vocab.title_labels and cells[k][1]), None)
        keyed = sum(1 for k in cells if vocab.key(cells[k][0]) in vocab.sheet_keys)
        return cells if title is not None and keyed >= 2 else None

    records = [k for k, b in enumerate(blocks) if rows_of(b) is not None]
    if len(records) < 2:
        return blocks
    out: list[Block] = []
    part = ""
    for k, block in enumerate(blocks):
        cells = rows_of(block) if k in records else None
        if cells is None:
            out.append(block)
            continue
        line = block.first
        row_at = {
            fold(clean_inline(r[0]).strip(" :*")): n
            for r, n in zip(block.rows, row_numbers(block), strict=False)
            if r and r[0].strip()
        }
        axis = next((v for key, (_, v) in cells.items() if heading_rank(key) == 1 and v), "")
        if axis and fold(axis) != fold(part):
            # "Axe<TAB>2 - Bien vieillir …": the part, printed on each record, opened once
            word = next(label for key, (label, v) in cells.items() if heading_rank(key) == 1 and v)
            text = f"{word} {axis}"
            marked = numbered_heading(text)
            out.append(
                Block(
                    "heading",
                    line,
                    line,
                    text,
                    level=1,
                    marker=marked[0] if marked else None,
                    number=marked[1] if marked else None,
                    lines=[text],
                )
            )
            part = axis
        number = next((v for key, (_, v) in cells.items() if key in _number_heads() and v), None)
        title = next(v for key, (_, v) in cells.items() if key in vocab.title_labels and v)
        out.append(Block("heading", line, line, title, level=3, number=number, lines=[title]))
        for key, (label, value) in cells.items():
            if key in vocab.title_labels or key in _number_heads() or heading_rank(key) == 1 or not value:
                continue
            if (vocab.key(label) in MONEY_KEYS or key.startswith("total")) and CELL_NUMBER.match(value):
                value = f"{value} €"  # "Budget 2025<TAB>18 000,00": a money row's bare figure, in euros
            at = row_at.get(key, line)
            field = field_block(at, at, label, value, [f"{label} : {value}"])
            field.columned = True  # (its value as the cell holds it, not the raw line of tabs)
            out.append(field)
    return out


# "Décision n° 4", "Mesure 12": a word and the number it gives its sheet, set as a label
_NUMBERED_LABEL = re.compile(
    r"^(?P<word>[^\W\d_]{3,20})\s+(?:n\s*[°º]\s*)?(?P<number>\d{1,2})$", re.IGNORECASE
)


def _numbered_labels(blocks: list[Block], vocab: PlanVocabulary) -> list[Block]:
    """ "Décision n° 4 : Title" over "→ Pilote : …" / "→ Moyens : …": a sheet numbered by the
    word its document gives it, set as a label over its title — three or more, one word, each
    over fields of a sheet's: each a heading."""
    found = []
    for k, block in enumerate(blocks):
        match = (
            _NUMBERED_LABEL.match(clean_inline(block.label or "").strip()) if block.kind == "field" else None
        )
        value = (block.value or "").strip()
        if match is None or not value or value.endswith((".", ";")) or len(value) > 200:
            continue
        below = [b for b in blocks[k + 1 : k + 4] if b.kind == "field"]
        if sum(1 for b in below if vocab.key(b.label) in vocab.sheet_keys) >= 2:
            found.append((k, fold(match["word"]), match["number"]))
    if len(found) < 3 or len({word for _, word, _ in found}) != 1:
        return blocks
    out = list(blocks)
    for k, word, number in found:
        block = blocks[k]
        out[k] = Block(
            "heading",
            block.first,
            block.last,
            clean_inline(block.value or "").strip(),
            level=3,
            marker=word,
            number=number,
            lines=block.lines,
        )
    return out


def _told_items_joined(blocks: list[Block], vocab: PlanVocabulary) -> list[Block]:
    """ "1. Title. A sentence that wraps" / "without indent onto the next lines." / "Référent : …"
    / "Coût : …": an action told as a numbered paragraph, which the block reader cut after its
    item line (the text under it not indented) — joined back into one paragraph numbered "1.",
    read as "1.1.1 Title. …" is, when three items or more of the document are so."""
    joined: dict[int, Block] = {}
    whole: dict[int, Block] = {}
    for k, item in enumerate(blocks[:-2]):
        after = blocks[k + 1]
        match = _TOLD_ITEM.match(item.lines[0]) if item.kind == "item" and item.lines else None
        stop = _SENTENCE_STOP.search(item.text) if match is not None else None
        if (
            match is not None
            and stop is not None
            and 3 <= len(item.text[: stop.start()].split()) <= 25
            and len(item.text) - stop.end() >= 80
        ):
            # "3. Title. — Elle est portée par …, pour 32 000 €": the action told whole in its item
            whole[k] = Block(
                "paragraph",
                item.first,
                item.last,
                f"{match['number']}. {item.text}",
                lines=item.lines,
                marker=_TOLD_ITEM_MARK,
            )
            continue
        if (
            match is None
            or after.kind != "paragraph"
            or after.first != item.last + 1
            or item.text.rstrip().endswith((".", ":", ";", "!", "?"))
            or not (after.text[:1].islower() or hanging(item.text))
        ):
            continue
        fields = next((b for b in blocks[k + 2 :] if b.kind != "furniture"), None)
        if fields is None or fields.kind != "field" or vocab.key(fields.label) not in vocab.sheet_keys:
            continue
        text = f"{match['number']}. {item.text} {after.text}"
        if _SENTENCE_STOP.search(text[len(match["number"]) + 2 :]) is None:
            continue
        joined[k] = Block(
            "paragraph", item.first, after.last, text, lines=item.lines + after.lines, marker=_TOLD_ITEM_MARK
        )
    if len(joined) < 3:
        joined = {}
    # (most of them telling a lead or money: a numbered list of long points tells neither)
    told = [
        b
        for b in whole.values()
        if vocab.told_lead(b.text)
        or find_amounts(b.text)
        or vocab.future_subject(_SENTENCE_STOP.split(b.text, maxsplit=1)[-1])
    ]
    if len(whole) >= 3 and len(told) >= 2 and len(told) * 2 >= len(whole):
        joined |= whole
    else:
        whole = {}
    if not joined:
        return blocks
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if k - 1 in joined and k - 1 not in whole:
            continue
        out.append(joined.get(k, block))
    return out


def _title_line(block: Block, following: Block | None, vocab: PlanVocabulary) -> bool:
    """A paragraph of one short line, capitalised, with no stop or colon at its end and no
    field label, right above a longer paragraph: a title set as a plain line."""
    text = block.text.strip()
    return (
        block.kind == "paragraph"
        and len(block.lines) == 1
        and following is not None
        and following.kind == "paragraph"
        and len(following.text) > 2 * len(text)
        and 1 <= len(text.split()) <= 8
        and text[:1].isupper()
        and text[-1:] not in ".;:,!?…"
        and not re.search(r"\d", text)
        and vocab.key(text) is None
        and _numbered_paragraph(block) is None
    )


def _numbered_paragraph_sheets(blocks: list[Block], vocab: PlanVocabulary) -> tuple[list[Block], set[int]]:
    """A plan whose actions are paragraphs numbered "1.1.1" or "1.2 –" (three of them or more):
    each such paragraph read as its sheet's heading (the number and the first sentence, wrapped
    or not) over the rest of the paragraph, whose labelled sentences ("Pilote : … . Coût : …")
    are read as the sheet's fields. Also gives the ids of the headings so made."""
    # "2.2 – Title. Portée par …" read as a heading wrapped over its next line (the line after
    # opening on a capital): a sentence after its title makes it a paragraph
    run_in = {
        id(b)
        for b in blocks
        if b.kind == "heading"
        and not b.marker
        and (match := _numbered_paragraph(b)) is not None
        and (stop := _SENTENCE_STOP.search(match["rest"])) is not None
        and stop.end() < len(match["rest"].rstrip())
    }
    blocks = _outline_first_level(_told_items_joined(blocks, vocab))
    # ("Action 1. Title. A long text …" on one line: a text whose paragraphs are lines)
    one_line = {
        id(b)
        for b in blocks
        if b.kind == "paragraph"
        and len(b.lines) == 1
        and (match := _numbered_paragraph(b)) is not None
        and (stop := _SENTENCE_STOP.search(match["rest"])) is not None
        and len(match["rest"]) - stop.end() >= 80
    }
    numbered = [
        b
        for b in blocks
        if b.kind in ("paragraph", "heading")
        and _numbered_paragraph(b)
        and (len(b.lines) >= 2 or id(b) in run_in or id(b) in one_line)
        and (b.kind == "paragraph" or id(b) in run_in)
    ]
    if len(numbered) < 3:
        return blocks, set()
    blocks = [
        Block("paragraph", b.first, b.last, b.text, lines=b.lines) if id(b) in run_in else b for b in blocks
    ]
    numbered = [b for b in blocks if b.kind == "paragraph" and _numbered_paragraph(b)]
    blocks = _paragraphs_joined(blocks, {id(b) for b in numbered})
    numbered = [b for b in blocks if b.kind == "paragraph" and _numbered_paragraph(b)]
    out: list[Block] = []
    made: set[int] = set()
    # ("1.1 Objective" over "1.1.1 Action", "1.1.2 …": a number others go on from groups them)
    numbers = [m["number"] for b in numbered if (m := _numbered_paragraph(b)) is not None]
    parents = {n for n in numbers if any(o.startswith(f"{n}.") for o in numbers)}
    for n, block in enumerate(blocks):
        if _title_line(block, blocks[n + 1] if n + 1 < len(blocks) else None, vocab):
            # "Suivi et évaluation du projet" alone on its line over a text: a heading the block
            # reader took for a short paragraph; it closes the sheet told above it
            out.append(Block("heading", block.first, block.last, block.text, level=1, lines=block.lines))
            continue
        match = _numbered_paragraph(block) if block in numbered else None
        stop = _SENTENCE_STOP.search(match["rest"]) if match else None
        if match is None:
            out.append(block)
            continue
        number = f"{match['number']}." if block.marker == _TOLD_ITEM_MARK else match["number"]
        first_line = _numbered_paragraph(
            Block("paragraph", block.first, block.first, block.lines[0].strip(), marker=block.marker)
        )
        titled_line = (
            first_line["rest"].strip()
            if first_line is not None
            and len(block.lines) >= 2
            and len(first_line["rest"].strip()) <= 150
            and first_line["rest"].strip()[-1:] not in ".;:,!?"
            and _SENTENCE_STOP.search(first_line["rest"].strip())
            is None  # (a sentence run on: wrapped prose)
            and len(block.lines[1].strip()) > len(block.lines[0].strip()) + 20  # (the text a line of its own)
            and block.lines[1].strip()[:1].isupper()
            else None
        )
        if titled_line is not None:
            # "1.1.1 Déployer une permanence mobile" on its line, then its text and its fields a
            # line each (a text whose paragraphs are lines): the title is the first line
            out.append(
                heading := Block(
                    "heading",
                    block.first,
                    block.first,
                    f"{number} {titled_line}",
                    lines=block.lines[:1],
                    level=3,
                    number=match["number"],
                )
            )
            if match["number"] not in parents:
                made.add(id(heading))
            for offset, raw_line in enumerate(block.lines[1:], 1):
                at = block.first + offset
                labelled = _INLINE_FIELD.match(raw_line.strip())
                if labelled and vocab.key(labelled["label"]):
                    out.append(
                        field_block(at, at, labelled["label"], labelled["value"].rstrip(" ."), [raw_line])
                    )
                elif raw_line.strip():
                    out.append(Block("paragraph", at, at, clean_inline(raw_line.strip()), lines=[raw_line]))
            continue
        if stop is None or stop.start() > 220:
            out.append(block)
            continue
        title = f"{number} {' '.join(match['rest'][: stop.start()].split())}"
        rest = " ".join(match["rest"][stop.end() :].split())
        # the heading's lines: those the title runs over
        consumed, lines = 0, []
        for line in block.lines:
            lines.append(line)
            consumed += len(line.strip()) + 1
            if consumed >= len(title):
                break
        last = block.first + len(lines) - 1
        heading = Block("heading", block.first, last, title, lines=lines, level=3, number=match["number"])
        out.append(heading)
        made.add(id(heading))
        if rest:
            # its labelled sentences ("Pilote : … . Coût : …") its fields, the others its text
            body_first = last + 1 if last < block.last else last
            raw = block.lines[len(lines) - 1 :]
            text: list[str] = []
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", rest):
                labelled = _INLINE_FIELD.match(sentence)
                if labelled and vocab.key(labelled["label"]):
                    if text:
                        out.append(Block("paragraph", body_first, block.last, " ".join(text), lines=raw))
                        text = []
                    value = labelled["value"].rstrip(" .")
                    out.append(field_block(body_first, block.last, labelled["label"], value, [sentence]))
                else:
                    text.append(sentence)
            if text:
                out.append(Block("paragraph", body_first, block.last, " ".join(text), lines=raw))
    return out, made
