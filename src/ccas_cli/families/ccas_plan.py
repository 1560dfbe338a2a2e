"""CCAS strategic plan: parts ("LES ENJEUX" + "N ACTIONS" list) and one action per sheet.

Layout this parser relies on:
- the plan names, before its first part, the services it covers ("1 service d'Aide Sociale
  Facultative", "11 Centres Sociaux"…) and the direction it belongs to;
- each part opens with an ENJEUX heading, then announces its actions: "3 ACTIONS" followed by a
  bulleted list (bullets may be grouped under sub-headings, and a bullet with sub-bullets is
  replaced by them);
- each action sheet opens with a title line that restates one item of that list (often
  prefixed by its group: "Une place du village, … - Améliorer l'offre publique …"); a sheet
  split over two pages is marked "(1/2)" / "(2/2)";
- inside a sheet, labels (Echéance, Responsable, Partenaires, Budget, Financement, Mode
  d'évaluation…) open sections, alone on their line or as "Label : value".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..extract.source import Source
from ..models import Action, Echeance
from ..normalize.budget import AmountLine, budget_lines, total_of, years_of
from ..normalize.dates import month_names
from ..normalize.entities import direction_vocabulary, resolve_direction, resolve_partners
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .registry import ParseResult, register

NAME = "ccas-plan"
VERSION = "1.0"


def _announced(line: str) -> int | None:
    """A part's announced count of actions ("3 ACTIONS", "4 actions", "Trois fiches actions"),
    in any case, counted in figures or words (data/reference/ccas-plan.yaml)."""
    from .plan_sheets import plan_vocabulary

    return plan_vocabulary().announced(line.strip().strip("* "))


_SPLIT_MARK = re.compile(r"\s*\((\d)/(\d)\)\s*$")
_BULLET = re.compile(r"^(\s*)[-•]\s*(?:\.\s*)?(.*)$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_SERVICE = re.compile(r"^\**\s*(\d+)\s+(.{3,80}?)\s*\**$")


@lru_cache(maxsize=1)
def _date_start() -> re.Pattern[str]:
    """A milestone line opens with a date: a figure, a year, a month or a word of time ("Fin
    2010", "À partir de …"), the words being the family's `milestone_openers`."""
    words = [*month_names(), *load_reference("ccas-plan")["milestone_openers"]]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:\d|[A-Z]?[a-zé]*\s*\d{{4}}|(?:{alternatives})\b)", re.I)


MATCH_THRESHOLD = 85
_ONE_PARAGRAPH = {"responsable", "partenaires"}


@dataclass
class _Sheet:
    title: str
    title_line: int
    item: str | None
    block: int
    lines: list[int] = field(default_factory=list)  # body line numbers, title lines excluded
    last: int = 0


@dataclass
class _Block:
    number: int
    heading_line: int
    announced: int | None = None
    announced_line: int | None = None
    items: list[tuple[int, str]] = field(default_factory=list)
    name: str | None = None
    text: list[str] = field(default_factory=list)


class PlanParser:
    def __init__(self, source: Source, info: DocumentInfo):
        self.source = source
        self.info = info
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        data = load_reference(NAME)
        self.labels = {fold(label): key for key, labels in data["section_labels"].items() for label in labels}
        self.block_headings = {fold(h) for h in data["block_heading"]}
        self.doc_sections: dict[str, str] = {}

    def parse(self) -> ParseResult:
        lines = self.source.lines
        heads = [n for n in range(1, len(lines) + 1) if fold(lines[n - 1].strip("* ")) in self.block_headings]
        if not heads:
            self.warnings.add("no-parts", "no ENJEUX heading: the plan's parts cannot be found")
        blocks = [_Block(i + 1, line) for i, line in enumerate(heads)]
        ends = [*heads[1:], len(lines) + 1] if heads else []  # no part: no sheet, no zip of unequal lists
        front_end = heads[0] - 1 if heads else len(lines)
        services, plan_direction = self._front_matter(1, front_end)
        sheets: list[_Sheet] = []
        for block, end in zip(blocks, ends, strict=True):
            sheets.extend(self._block(block, end))
        self._name_blocks(blocks, services, sheets)
        records = [self._action(sheet, blocks, plan_direction) for sheet in sheets]
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, NAME, VERSION, self.ledger, self.warnings, self.doc_sections
        )
        counts = [b.announced for b in blocks if b.announced is not None]
        document.records_announced = sum(counts) if counts else None
        return ParseResult(document=document, records=records)

    # -- structure -------------------------------------------------------------------------

    def _front_matter(self, first: int, last: int) -> tuple[list[tuple[int, str]], tuple[str, int] | None]:
        """The services the plan covers and the direction it names, before the first part."""
        services: list[tuple[int, str]] = []
        direction: tuple[str, int] | None = None
        text: list[str] = []
        directions = direction_vocabulary()
        for number in range(first, last + 1):
            line = self.source.line(number).strip()
            if not line:
                continue
            self.ledger.take(number)
            text.append(self.source.line(number).rstrip())
            match = _SERVICE.match(line)
            if match and _announced(line) is None:
                services.append((number, match[2].strip("* ")))
            found = directions.resolve(line.strip("* "))
            if direction is None and found.how == "alias":
                direction = (found.name, number)
        if text:
            self.doc_sections["Présentation"] = "\n".join(text).strip()
        if direction is None:
            self.warnings.add("no-plan-direction", "the plan names no direction before its first part")
        return services, direction

    def _block(self, block: _Block, end: int) -> list[_Sheet]:
        """ENJEUX text, the announced list, then the sheets of one part of the plan."""
        source = self.source
        number = block.heading_line
        self.ledger.take(number)
        enjeux: list[str] = []
        number += 1
        while number < end and _announced(source.line(number)) is None:
            if source.line(number).strip():
                enjeux.append(source.line(number).rstrip())
                self.ledger.take(number)
            number += 1
        if number >= end:
            self.warnings.add(
                "no-action-list", f"part {block.number}: no 'N ACTIONS' list", block.heading_line
            )
            return []
        block.text.extend(enjeux)
        block.announced = _announced(source.line(number))
        block.announced_line = number
        self.ledger.take(number)
        number = self._action_list(block, number + 1, end)
        self.doc_sections[f"ENJEUX (partie {block.number})"] = "\n".join(enjeux).strip()
        return self._sheets(block, number, end)

    def _action_list(self, block: _Block, start: int, end: int) -> int:
        """Bullets after "N ACTIONS", possibly under group sub-headings; returns the next line."""
        raw: list[tuple[int, int, str]] = []  # (line, indent, text)
        number = start
        while number < end:
            line = self.source.line(number)
            if not line.strip():
                number += 1
                continue
            bullet = _BULLET.match(line)
            if bullet:
                raw.append((number, len(bullet[1]), clean_inline(bullet[2]).strip(". ")))
            elif not self._next_is_bullet(number, end):
                break  # neither a bullet nor a group heading: the first sheet starts here
            self.ledger.take(number)
            number += 1
        # A bullet followed by indented sub-bullets is replaced by them.
        for i, (line_no, indent, text) in enumerate(raw):
            has_children = i + 1 < len(raw) and raw[i + 1][1] > indent
            if not has_children:
                block.items.append((line_no, text))
        return number

    def _next_is_bullet(self, number: int, end: int) -> bool:
        for following in range(number + 1, end):
            line = self.source.line(following)
            if line.strip():
                return bool(_BULLET.match(line))
        return False

    def _sheets(self, block: _Block, start: int, end: int) -> list[_Sheet]:
        sheets: list[_Sheet] = []
        unclaimed = list(block.items)
        for number in range(start, end):
            line = self.source.line(number)
            text = clean_inline(line).strip()
            if not text:
                continue
            if _PAGE_NUMBER.match(text):
                self.ledger.take(number)  # a page number left by the extraction
                continue
            split = _SPLIT_MARK.search(text)
            if split and split[1] != "1" and sheets:
                self.ledger.take(number)  # "(2/2)": the sheet goes on
                continue
            item = self._claims(text, unclaimed) if self._title_like(number, text) else None
            if item is not None:
                unclaimed.remove(item)
                title = _SPLIT_MARK.sub("", text).strip()
                sheets.append(_Sheet(title, number, item[1], block.number))
                self.ledger.take(number)
                continue
            if sheets:
                sheets[-1].lines.append(number)
                sheets[-1].last = number
        for line_no, announced_title in unclaimed:
            self.warnings.add(
                "announced-action-missing",
                f"part {block.number}: '{announced_title}' is announced in the '{block.announced} ACTIONS' list "
                "but no sheet restates it",
                line_no,
            )
        if block.announced is not None and block.announced != len(sheets):
            self.warnings.add(
                "announced-count",
                f"part {block.number} announces {block.announced} actions, {len(sheets)} sheets found",
                block.announced_line,
            )
        return sheets

    def _title_like(self, number: int, text: str) -> bool:
        """A sheet title is a paragraph of its own, not a bullet and not a "Label : value"."""
        if _BULLET.match(self.source.line(number)) or len(text) > 200:
            return False
        before = self.source.line(number - 1).strip() if number > 1 else ""
        after = self.source.line(number + 1).strip() if number < len(self.source) else ""
        if before or after:
            return False
        label = fold(text.split(":", 1)[0])
        return label not in self.labels

    def _claims(self, text: str, unclaimed: list[tuple[int, str]]) -> tuple[int, str] | None:
        """The list item this title restates, among the next unclaimed ones (lists are in order)."""
        key = fold(_SPLIT_MARK.sub("", text))
        best, best_score = None, 0.0
        for item in unclaimed[:3]:
            item_key = fold(item[1])
            scorer = fuzz.partial_ratio if len(item_key) >= 15 else fuzz.ratio
            score = max(scorer(item_key, key), fuzz.ratio(item_key, key))
            if score > best_score:
                best, best_score = item, score
        return best if best_score >= MATCH_THRESHOLD else None

    def _name_blocks(
        self, blocks: list[_Block], services: list[tuple[int, str]], sheets: list[_Sheet]
    ) -> None:
        """Each part is the service (named at the top) whose words its text uses most; the
        assignment maximises the agreement over all parts at once."""
        from itertools import permutations

        texts = []
        for block in blocks:
            lines = [n for sheet in sheets if sheet.block == block.number for n in sheet.lines]
            body = " ".join(self.source.line(n) for n in lines)
            texts.append(
                fold(" ".join(block.text) + " " + " ".join(i[1] for i in block.items) + " " + body).split()
            )

        def score(words: list[str], service: str) -> float:
            keys = [w for w in fold(service).split() if len(w) >= 5]
            return sum(words.count(k) for k in keys) / max(len(keys), 1)

        best: tuple[float, tuple] = (-1.0, ())
        if services and len(services) <= 7 and len(blocks) <= 7:
            padded = list(services) + [None] * max(0, len(blocks) - len(services))
            for order in permutations(padded, len(blocks)):
                total = sum(score(t, s[1]) for t, s in zip(texts, order, strict=True) if s is not None)
                if total > best[0]:
                    best = (total, order)
        if services and not best[1]:  # too many parts to try every order: each takes its best
            free = list(services)
            chosen: list[tuple[int, str] | None] = []
            for words in texts:
                pick = max(free, key=lambda s: score(words, s[1]), default=None)
                if pick is not None and score(words, pick[1]) > 0:
                    free.remove(pick)
                    chosen.append(pick)
                else:
                    chosen.append(None)
            best = (0.0, tuple(chosen))
        for i, block in enumerate(blocks):
            service = best[1][i] if best[1] else None
            if service is not None and score(texts[i], service[1]) > 0:
                block.name = service[1][:1].upper() + service[1][1:]
            else:
                block.name = f"Partie {block.number}"
                self.warnings.add(
                    "part-unnamed",
                    f"part {block.number} matches none of the services named at the top",
                    block.heading_line,
                )
            old = f"ENJEUX (partie {block.number})"
            if old in self.doc_sections:
                self.doc_sections[f"ENJEUX — {block.name}"] = self.doc_sections.pop(old)

    # -- one action ------------------------------------------------------------------------

    def _sections(self, sheet: _Sheet) -> list[tuple[str, str, list[int]]]:
        """(label as printed, field key, line numbers) in order; text before any label is the
        sheet's description."""
        sections: list[tuple[str, str, list[int]]] = []
        current: tuple[str, str, list[int]] | None = None
        items_open = False  # under a dated heading ("2009 / 2010 :"), its paragraph of items
        for number in sheet.lines:
            line = self.source.line(number)
            text = line.strip()
            if not text:
                if (
                    items_open
                    and current is not None
                    and not self.source.line(current[2][-1]).strip().endswith(":")
                ):
                    items_open = False  # the items' paragraph is over
                continue
            head, _, value = text.partition(":")
            key = self.labels.get(fold(head.strip("* ")))
            if key is None and fold(text.strip("* :")) in self.labels:
                key, head, value = self.labels[fold(text.strip("* :"))], text.strip("* :"), ""
            if key is not None:
                current = (clean_inline(head).strip(), key, [])
                sections.append(current)
                items_open = False
                if value.strip():
                    current[2].append(number)
                continue
            if current is not None and current[1] == "echeance" and current[2]:
                dated = bool(_date_start().match(text))
                # A short line that names a year ("Echelonnement … jusqu'en 2014") is a milestone
                # too; a sentence that happens to hold one ends with its full stop.
                short_dated = len(text) < 90 and bool(years_of(text)) and not text.endswith(".")
                if not (dated or items_open or short_dated):
                    current = None  # dated lines are over: back to the description
                elif dated and text.endswith(":"):
                    items_open = True
            if current is not None and current[1] == "echeance" and not current[2] and text.endswith(":"):
                items_open = bool(_date_start().match(text))
            elif (
                current is not None
                and current[1] in _ONE_PARAGRAPH
                and current[2]
                and not self.source.line(number - 1).strip()
            ):
                current = None  # a partners list or a responsable is one paragraph
            if current is None:
                current = ("Description", "description", [])
                sections.append(current)
            current[2].append(number)
        return sections

    def _text(self, numbers: list[int], label: str | None = None) -> str:
        parts = []
        for number in numbers:
            line = self.source.line(number).rstrip()
            if label is not None:
                head, sep, value = line.partition(":")
                if sep and fold(head.strip("* ")) == fold(label):
                    line = value.strip()
            parts.append(line.strip())
        return "\n".join(p for p in parts if p)

    def _action(self, sheet: _Sheet, blocks: list[_Block], plan_direction) -> Action:
        block = blocks[sheet.block - 1]
        sections: dict[str, str] = {}
        fields: dict[str, list[str]] = {}
        amount_lines: list[AmountLine] = []
        for label, key, numbers in self._sections(sheet):
            self.ledger.take(*(sheet.title_line, sheet.title_line))
            for number in numbers:
                self.ledger.take(number)
            text = self._text(numbers, label)
            sections[label] = f"{sections[label]}\n{text}" if label in sections else text
            fields.setdefault(key, []).append(text)
            for number in numbers:
                if "€" in self.source.line(number) or "euro" in self.source.line(number).lower():
                    amount_lines.append(
                        AmountLine(
                            self.source.line(number).strip(),
                            key in ("budget", "financement") or "coût" in self.source.line(number).lower(),
                            source_ref(self.source, self.info.file, number, number),
                        )
                    )
        # Labels stand on their own lines too: account for them.
        for number in range(sheet.title_line, (sheet.last or sheet.title_line) + 1):
            text = self.source.line(number).strip()
            if text and fold(text.strip("* :")) in self.labels:
                self.ledger.take(number)
        responsable = " ".join(fields.get("responsable", [])).strip() or None
        direction, co, note = self._direction(responsable, plan_direction)
        partners = resolve_partners("\n".join(fields.get("partenaires", [])))
        budget_funding = [
            line
            for text in fields.get("budget", [])
            for line in text.splitlines()
            if "financement" in fold(line)
        ]
        funders = self._funders(fields.get("financement", []) + budget_funding)
        lines = budget_lines(amount_lines)
        return Action(
            id="",
            document=self.info.id,
            title=sheet.title,
            block=block.name,
            responsable=responsable,
            direction=direction,
            co_directions=co,
            direction_note=note,
            echeances=_echeances(fields.get("echeance", [])),
            financement="\n".join(fields.get("financement", [])) or None,
            funders=funders,
            budget_text="\n".join(fields.get("budget", [])) or None,
            budget_lines=lines,
            budget_total_eur=total_of(lines),
            partners=partners.names,
            partners_unresolved=partners.unresolved,
            sections=sections,
            source=source_ref(self.source, self.info.file, sheet.title_line, sheet.last or sheet.title_line),
        )

    def _direction(self, responsable: str | None, plan_direction) -> tuple[str | None, list[str], str | None]:
        inherited = plan_direction[0] if plan_direction else None
        where = f"the plan's direction (line {plan_direction[1]})" if plan_direction else "nothing"
        if not responsable:
            return inherited, [], f"no 'Responsable' on the sheet: inherits {where}"
        found = resolve_direction(responsable)
        if found.direction:
            return found.direction, found.co_directions, None
        if found.persons:
            note = f"'Responsable' names a person ({', '.join(found.persons)}): inherits {where}"
        elif found.institutions:
            note = (
                f"'Responsable' names institutions ({', '.join(found.institutions)}), not a direction: "
                f"inherits {where}; the institutions stay in 'responsable'"
            )
        else:
            note = f"'Responsable' ({responsable}) matches no known direction: inherits {where}"
        return inherited, found.co_directions, note

    def _funders(self, texts: list[str]) -> list[str]:
        """Organisations named in "Financement" (prose and amounts are not funders)."""
        funders: list[str] = []
        for text in texts:
            for line in text.splitlines():
                line = re.sub(r"^\(?\s*financements?\s*:?\s*", "", line.strip(), flags=re.I).rstrip(")")
                # An aside in parentheses ("PARADS (objectifs : …)") qualifies a funder: the
                # sentences around it are what name them.
                for sentence in re.split(r"\s*\.\s+(?=[A-ZÉ])", re.sub(r"\([^()]*\)", "", line)):
                    if "€" in sentence or "euro" in sentence.lower() or len(sentence) > 160:
                        continue
                    found = resolve_partners(sentence)
                    funders += [n for n in found.names if n not in found.unresolved and n not in funders]
        return funders


def _echeances(texts: list[str]) -> list[Echeance]:
    """One milestone per line; the items under a dated heading ("2009 / 2010 :") each take the
    heading's date, so that a heading is never a milestone without content."""
    result: list[Echeance] = []
    for text in texts:
        heading, used = None, False
        for raw in text.splitlines():
            line = clean_inline(raw).strip()
            if not line:
                continue
            if line.endswith(":") and years_of(line):
                if heading and not used:
                    result.append(Echeance(years=years_of(heading), text=heading))
                heading, used = line, False
                continue
            item = line.lstrip("-•– ").strip()
            if heading and not _date_start().match(item):
                result.append(Echeance(years=years_of(heading) or years_of(item), text=f"{heading} {item}"))
                used = True
                continue
            if heading and not used:
                result.append(Echeance(years=years_of(heading), text=heading))
            heading = None
            result.append(Echeance(years=years_of(item), text=item))
        if heading and not used:
            result.append(Echeance(years=years_of(heading), text=heading))
    return result


def detect(source: Source) -> float:
    """A plan announces its actions ("3 ACTIONS") and labels its sheets (Responsable, Budget)."""
    announced = sum(1 for line in source.lines if _announced(line) is not None)
    labels = [
        # (not "Budget. 171 000 € en année pleine …": a run-in label of a recueil's paragraph)
        found[1]
        for line in source.lines
        if (found := re.match(r"^(Responsable|Budget|Partenaires)\b(?!\.)", line.strip()))
    ]
    # ("Partenaires" heading a section of every fiche of a recueil: one label alone is no plan's sheet)
    labelled = len(labels) if len(set(labels)) >= 2 else 0
    return min(1.0, 0.4 * min(announced, 2) / 2 + 0.6 * min(labelled, 10) / 10)


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    """Plans whose parts open on an issues heading and list their actions before the sheets
    ("LES ENJEUX" … "3 ACTIONS" …) are read by PlanParser; every other layout by its blocks.
    A reading that found no count of actions announced takes the one the introduction tells."""
    from .plan_sheets import told_announcement

    result = _parse(source, info)
    if result.document.records_announced is None and result.records:
        result.document.records_announced = told_announcement(source, list(result.records))
    return result


def _parse(source: Source, info: DocumentInfo) -> ParseResult:
    from .plan_sheets import SheetPlanReader

    block_headings = {fold(h) for h in load_reference(NAME)["block_heading"]}
    if not any(fold(line.strip("* ")) in block_headings for line in source.lines):
        sheets = SheetPlanReader(source, info, NAME, VERSION).parse()
        return sheets if sheets is not None else PlanParser(source, info).parse()
    result = PlanParser(source, info).parse()
    doubts = {w.code for w in result.document.warnings} & _LAYOUT_DOUBTS
    if result.records and not doubts:
        return result
    # an issues heading alone does not make that layout: parts may say "Les enjeux" and still
    # number their sheets, which the block reader reads whole
    sheets = SheetPlanReader(source, info, NAME, VERSION).parse()
    if sheets is None:
        return result
    if not result.records:
        return sheets
    if "no-action-list" in doubts and len(sheets.records) > len(result.records):
        return sheets  # parts without their list were skipped whole
    counts = [r.document.records_announced for r in (result, sheets) if r.document.records_announced]
    if counts:  # the reading nearer the actions the document announces (ties: the sheets)
        announced = max(counts)
        if abs(len(sheets.records) - announced) <= abs(len(result.records) - announced):
            return sheets
        return result
    return sheets if len(sheets.records) >= len(result.records) else result


# what PlanParser says when a plan does not have its layout (parts named by the services
# listed at the top, each with its "N ACTIONS" list restated by its sheets); an unknown plan
# direction is a gap of the reference files, not of the layout
_LAYOUT_DOUBTS = frozenset({"no-action-list", "part-unnamed", "announced-action-missing", "announced-count"})


register(NAME, detect, parse, "CCAS strategic plan: parts, announced action lists, action sheets, budgets")
