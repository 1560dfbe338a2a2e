"""Press kit on social experiments: one Experiment per project, grouped under status headings.

Layout this parser relies on (never a title or a line number):
- the introduction announces the projects: "> 14 expérimentations : 6 …; 3 …; 5 …";
- status headings are short lines starting with the announced noun ("Expérimentations en
  cours"); they are repeated before some projects, and every project until the next one
  belongs to the last heading seen;
- a project is a title paragraph, optional text, short sub-headings ("Objectif du projet",
  "Bilan & perspectives"), then a "Données de pilotage" block of "Label : value" fields; the
  block closes the project: the first paragraph that is not one of its fields is the next title;
- a block may be laid out in two tab-separated columns: each line is split on the tab and the
  left column is read before the right one;
- the cover page and the introduction ("1/ …", "[parole d'acteurs]") are document sections.

`euro_budget_lines` and `assign_ids` are shared with the inspiraction and web-page families.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.source import Source
from ..models import Experiment
from ..normalize.entities import resolve_partners
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Paragraph, Warnings, build_document, paragraphs, source_ref
from .mentions import MoneyWords, assign_ids, euro_budget_lines
from .registry import ParseResult, register

NAME = "experiments"
VERSION = "1.0"

_FIELD = re.compile(r"^(?P<label>[^:\t]{2,80}?)\s*:\s*(?P<value>.*)$")
_NUMBERED = re.compile(r"^\d{1,2}\s*/\s*\S")  # "1/ Une ambition politique : …"
_BRACKETED = re.compile(r"^\[[^\]]{2,60}\]$")  # "[parole d'acteurs]"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_SUBHEADING_MAX = 50
_STOP = ".:;,!?…"


def _starts(text: str, prefixes: list[str]) -> bool:
    key = fold(text)
    return any(key == p or key.startswith(p + " ") for p in prefixes)


def _folded(values: list[str]) -> list[str]:
    return sorted((fold(v) for v in values), key=len, reverse=True)


# -- the press kit -----------------------------------------------------------------------------


@dataclass
class _Project:
    title: Paragraph
    group: str | None
    sections: list[tuple[str, list[Paragraph]]] = field(default_factory=list)
    pilotage_line: int | None = None
    fields: list[tuple[str, str, str, int]] = field(default_factory=list)  # label, value, key, line
    open_field: bool = False  # the last field had no value on its line ("Public visé :")
    last: int = 0
    expansion: Paragraph | None = None  # what an acronym title stands for, printed under it


def _expands(acronym: str, text: str) -> bool:
    """Whether `text` spells out `acronym` by the initials of its capitalised words
    ("ENPATIC" / "Expérimentation Novatrice pour Personnes Âgées grâce aux Technologies…")."""
    if not re.fullmatch(r"[A-Z0-9]{2,12}", acronym) or len(text) > 200 or text.rstrip().endswith("."):
        return False
    words = [re.sub(r"^\w['’]", "", w) for w in text.split()]
    initials = "".join(fold(w)[0] for w in words if w[:1].isupper())
    return initials == fold(acronym)


def _cells(para: Paragraph) -> list[tuple[int, str]]:
    """(line, text) of a paragraph in reading order: column by column when tab-separated."""
    rows = [(para.first + k, line.split("\t")) for k, line in enumerate(para.lines)]
    width = max(len(cells) for _, cells in rows)
    return [
        (number, cells[col].strip())
        for col in range(width)
        for number, cells in rows
        if col < len(cells) and cells[col].strip()
    ]


class ExperimentsParser:
    def __init__(self, source: Source, info: DocumentInfo):
        self.source = source
        self.info = info
        data = load_reference(NAME)
        self.noun = fold(data["item_noun"])
        self.noun_printed = data["item_noun"]
        # Status headings and the announcement may count items with any of the usual nouns.
        self.noun_pattern = "|".join(re.escape(n) for n in sorted(data["item_nouns"], key=len, reverse=True))
        folded_nouns = "|".join(re.escape(fold(n)) for n in sorted(data["item_nouns"], key=len, reverse=True))
        stages = "|".join(re.escape(fold(w)) for w in sorted(data["stage_words"], key=len, reverse=True))
        self.stage_heading = re.compile(rf"^(?:les |nos |des )?(?:{folded_nouns}) (?:{stages})\b")
        self.heading = _folded(data["pilotage_heading"])
        self.labels = {key: _folded(values) for key, values in data["pilotage_fields"].items()}
        self.expected = list(data["expected_fields"])
        self.placeholders = {fold(p) for p in data["placeholders"]}
        self.money = MoneyWords.load(NAME)
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    def parse(self) -> ParseResult:
        paras = paragraphs(self.source, explode_glued=False)
        body = next((k for k, p in enumerate(paras) if self._is_status(p)), len(paras))
        announced = self._front_matter(paras[:body])
        projects = self._body(paras[body:])
        records = [self._record(p) for p in projects]
        assign_ids(records, self.info.id)
        self._reconcile(announced, projects)
        document = build_document(
            self.info, self.source, NAME, VERSION, self.ledger, self.warnings, self.doc_sections
        )
        document.records_announced = announced[0] if announced else None
        return ParseResult(document=document, records=records)

    # -- layout --------------------------------------------------------------------------

    def _is_status(self, para: Paragraph) -> bool:
        text = para.text
        named = _starts(text, [self.noun]) or bool(self.stage_heading.match(fold(text)))
        return len(para.lines) == 1 and 0 < len(text) < 120 and named and text[-1] not in "."

    def _is_pilotage(self, para: Paragraph) -> bool:
        return _starts(_cells(para)[0][1], self.heading)

    def _field_key(self, text: str) -> tuple[str, str, str] | None:
        """(label, value, key) when the text is a field of a pilotage block."""
        match = _FIELD.match(text)
        if not match:
            return None
        key = next((k for k, prefixes in self.labels.items() if _starts(match["label"], prefixes)), None)
        return (match["label"].strip(), match["value"].strip(), key) if key else None

    def _is_subheading(self, para: Paragraph) -> bool:
        text = para.text
        return (
            len(para.lines) == 1
            and 0 < len(text) <= _SUBHEADING_MAX
            and text[-1] not in _STOP
            and text[0].isupper()
            and "\t" not in para.lines[0]
        )

    # -- introduction ----------------------------------------------------------------------

    def _front_matter(self, paras: list[Paragraph]) -> tuple[int, int, list[int]] | None:
        """Cover page and numbered introduction as document sections; returns the announcement
        (count, line, counts per status group) when the introduction has one."""
        label = "Couverture"
        announced = None
        for para in paras:
            self.ledger.take_paragraph(para)
            text = para.text
            if len(para.lines) == 1 and (_NUMBERED.match(text) or _BRACKETED.match(text)):
                label = text
                self.doc_sections.setdefault(label, "")
                continue
            match = re.search(rf"(\d+)\s+(?:{self.noun_pattern})\b\s*:?(.*)", text, re.I)
            if match and announced is None:
                groups = [int(m[1]) for m in re.finditer(r"(?:^|;)\s*(\d+)\s+\D", match[2])]
                announced = (int(match[1]), para.first, groups)
            previous = self.doc_sections.get(label, "")
            self.doc_sections[label] = (previous + "\n\n" + para.raw.strip()).strip()
        return announced

    # -- projects --------------------------------------------------------------------------

    def _body(self, paras: list[Paragraph]) -> list[_Project]:
        projects: list[_Project] = []
        group: str | None = None
        project: _Project | None = None
        for k, para in enumerate(paras):
            if self._is_status(para):
                group, project = para.text, None
                self.ledger.take_paragraph(para)
                continue
            if project is not None and project.pilotage_line is not None:
                if self._add_fields(project, para, paras[k + 1 : k + 3]):
                    self.ledger.take_paragraph(para)
                    continue
                project = None  # the block is over: this paragraph is the next title
            self.ledger.take_paragraph(para)
            if project is None:
                project = _Project(para, group)
                projects.append(project)
            elif self._is_pilotage(para):
                project.pilotage_line = para.first
                for number, text in _cells(para)[1:]:  # fields may share the heading's lines
                    self._add_cell(project, number, text)
            elif (
                not project.sections and project.expansion is None and _expands(project.title.text, para.text)
            ):
                project.expansion = para
            elif self._is_subheading(para):
                project.sections.append((para.text, []))
            else:
                if not project.sections:
                    project.sections.append(("Texte", []))
                project.sections[-1][1].append(para)
            project.last = para.last
        return projects

    def _add_cell(self, project: _Project, number: int, text: str) -> None:
        found = self._field_key(text)
        if found:
            project.fields.append((*found, number))
            project.open_field = not found[1]
        elif project.fields and project.open_field:
            label, value, key, line = project.fields[-1]
            item = text.lstrip(">-• ").strip()
            project.fields[-1] = (label, f"{value}\n{item}".strip(), key, line)

    def _add_fields(self, project: _Project, para: Paragraph, following: list[Paragraph]) -> bool:
        """Fields (or the continuation of a field left empty) extend the block."""
        cells = _cells(para)
        # Text under "Label :" belongs to it only if the block goes on after it.
        goes_on = project.open_field and any(self._field_key(_cells(p)[0][1]) for p in following)
        if not self._field_key(cells[0][1]) and not goes_on:
            return False
        for number, text in cells:
            self._add_cell(project, number, text)
        project.last = para.last
        return True

    def _record(self, project: _Project) -> Experiment:
        values: dict[str, str] = {}
        for _, value, key, _ in project.fields:
            values[key] = f"{values[key]}\n{value}" if key in values else value
        sections: dict[str, str] = {}
        for label, paras in project.sections:
            name, n = label, 2
            while name in sections:
                name, n = f"{label} ({n})", n + 1
            sections[name] = "\n\n".join(p.raw.strip() for p in paras)
        if project.fields:
            sections["Données de pilotage"] = "\n".join(f"{f[0]} : {f[1]}" for f in project.fields)
        self._check_fields(project, values)
        title = (
            f"{project.title.text} : {project.expansion.text}" if project.expansion else project.title.text
        )
        return experiment_record(
            self.source,
            self.info,
            self.money,
            self.placeholders,
            (title, project.group, project.title.first, project.last),
            values,
            sections,
        )

    def _check_fields(self, project: _Project, values: dict[str, str]) -> None:
        title = project.title.text
        if project.pilotage_line is None:
            self.warnings.add(
                "no-pilotage-block", f"'{title}': no 'Données de pilotage' block", project.title.first
            )
            return
        missing = [k for k in self.expected if k not in values]
        if missing:
            others = [f"'{f[0]} : {f[1]}'" for f in project.fields if f[2] == "end"]
            extra = f" (the block gives {', '.join(others)} instead)" if others else ""
            self.warnings.add(
                "pilotage-field-missing",
                f"'{title}': no {', '.join(missing)} field in its 'Données de pilotage' block{extra}",
                project.pilotage_line,
                project.last,
            )

    def _reconcile(self, announced: tuple[int, int, list[int]] | None, projects: list[_Project]) -> None:
        if announced is None:
            self.warnings.add("no-announcement", f"no 'N {self.noun_printed}' announcement found")
            return
        count, line, per_group = announced
        if count != len(projects):
            titles = ", ".join(f"'{p.title.text}' (line {p.title.first})" for p in projects)
            self.warnings.add(
                "announced-count",
                f"the introduction announces {count} {self.noun_printed}, {len(projects)} found: {titles}",
                line,
            )
        groups = list(dict.fromkeys(p.group for p in projects))
        if per_group and len(per_group) != len(groups):
            message = (
                f"the introduction announces {len(per_group)} status groups, {len(groups)} headings found"
            )
            self.warnings.add("announced-group-count", message, line)
            return
        for expected, group in zip(per_group, groups, strict=False):  # by order of the headings
            members = sum(1 for p in projects if p.group == group)
            if expected != members:
                message = f"the introduction announces {expected} for the status '{group}', {members} found"
                self.warnings.add("announced-group-count", message, line)


def experiment_record(
    source: Source,
    info: DocumentInfo,
    money: MoneyWords,
    placeholders: set[str],
    item: tuple[str, str | None, int, int],
    values: dict[str, str],
    sections: dict[str, str],
) -> Experiment:
    """An experiment from its key data (values by field key), whatever layout gave them: its
    partners (placeholders aside; "/" separates them as often as ","), the figures printed in
    bold, the start year, every euro amount shown (never counted)."""
    title, group, first, last = item
    partners_text = values.get("partners", "")
    if fold(partners_text) in placeholders:
        partners_text = ""
    partners = resolve_partners(re.sub(r"(?<=\w)\s*/\s*(?=\w)", ", ", partners_text))
    text = "\n".join(source.line(n) for n in range(first, last + 1))
    figures = [clean_inline(m[1]) for m in _BOLD.finditer(text) if re.search(r"\d", m[1])]
    year = _YEAR.search(values.get("start", ""))
    return Experiment(
        id="",
        document=info.id,
        title=title,
        status_group=group,
        start_year=int(year[1]) if year else None,
        state=_clean(values.get("state")),
        territories=_clean(values.get("territories")),
        public=_clean(values.get("public")),
        evaluator=_clean(_named(values.get("evaluator"))),
        figures=list(dict.fromkeys(figures)),
        partners=partners.names,
        partners_unresolved=partners.unresolved,
        budget_lines=euro_budget_lines(source, info.file, first, last, money),
        sections=sections,
        source=source_ref(source, info.file, first, last),
    )


def _named(value: str | None) -> str | None:
    """ "cabinet Pluricité." (a post's short sentence): a name, its full stop no part of it; a
    value that runs as a sentence keeps its punctuation."""
    if value is None or len(value) > 80:
        return value
    return re.sub(r"(?<=[^\W\d_]{3})\.$|(?<=\))\.$", "", value.strip())


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return "\n".join(clean_inline(part) for part in value.split("\n")) or None


def detect(source: Source) -> float:
    """A press kit of experiments: several "Données de pilotage" blocks with "Démarrage" fields."""
    data = load_reference(NAME)
    heading = _folded(data["pilotage_heading"])
    starts = _folded(data["pilotage_fields"]["start"])
    cells = [c.strip() for line in source.lines for c in line.split("\t") if c.strip()]
    blocks = sum(1 for c in cells if fold(c) in heading)
    started = sum(1 for c in cells if ":" in c and _starts(c.split(":")[0], starts))
    announced = any(re.search(rf"\d+\s+{re.escape(data['item_noun'])}\b", c, re.I) for c in cells)
    return min(1.0, 0.5 * min(blocks, 3) / 3 + 0.3 * min(started, 3) / 3 + 0.2 * announced)


def parse(source: Source, info: DocumentInfo) -> ParseResult:
    """Press kits whose projects close on a "Données de pilotage" block after paragraphs of prose
    are read by ExperimentsParser; every other layout by its blocks (experiments_blocks.py). When
    the pilotage blocks are there but the line reader misses items the block reader finds (the
    same heading in another layout), the reading that finds more is kept."""
    from .experiments_blocks import ExperimentBlocksReader

    heading = _folded(load_reference(NAME)["pilotage_heading"])
    blocks = sum(1 for line in source.lines if _starts(line.strip(" *#\t"), heading) and len(line) < 60)
    if blocks < 2:
        result = ExperimentBlocksReader(source, info, NAME, VERSION).parse()
        if result is not None:
            return result
        return ExperimentsParser(source, info).parse()
    by_lines = ExperimentsParser(source, info).parse()
    by_blocks = ExperimentBlocksReader(source, info, NAME, VERSION).parse()
    if by_blocks is None:
        return by_lines

    def read(result: ParseResult) -> int:
        """Items whose key data were read: a start, a state, an evaluator or partners."""
        return sum(
            1
            for r in result.records
            if getattr(r, "start_year", None)
            or getattr(r, "state", None)
            or getattr(r, "evaluator", None)
            or getattr(r, "partners", None)
        )

    # the line reader, written for this layout, unless most of its items have no key data read
    # (it cut the document elsewhere) and the block reader reads more items' key data
    # (a title with no letter, "________________", or with its markup, "### 1. Title": the line
    # reader took a rule or a markdown line for a title)
    unlettered = any(
        not any(c.isalpha() for c in r.title) or re.match(r"^\s*(?:#{1,6}\s|[-*]\s|\|)", r.title)
        for r in by_lines.records
    )
    if by_lines.records and read(by_lines) * 2 > len(by_lines.records) and not unlettered:
        return by_lines
    return by_blocks if read(by_blocks) > read(by_lines) else by_lines


register(NAME, detect, parse, "Press kit of social experiments (status groups, pilotage data blocks)")
