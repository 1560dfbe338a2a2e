"""A single practice sheet ("fiche expérience", "fiche initiative", Inspir'action) read from its
blocks, whatever its layout: a title (a `#` heading, or the line above the byline, or the first
heading), a key-facts box (fields in any form, under a heading such as "En bref" or none), then
sections under short headings, and a contact section whose people are told apart by their
names, e-mails and phones.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document.blocks import (
    Block,
    bold_line,
    build_blocks,
    field_block,
    hanging,
    is_capitals,
    text_size,
    ticked,
)
from ..extract.source import Source
from ..models import Contact, Sheet
from ..normalize.dates import month_names
from ..normalize.entities import resolve_partners
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .contacts import EMAIL, PHONE, parse_contacts
from .mentions import MoneyWords, euro_budget_lines
from .registry import ParseResult

# A decorative mark leading a section's heading ("▌ Le contexte", "■ Les résultats").
_GLYPH_LEAD = re.compile(r"^[▌▐█■□▪▫●○◆◇►▶▸▹❯»›➤✦★◼◻]+\s+(?=\S)")
_STOP = ".;,!?…"
# "Q3 – Type de structure", "Question 12 : Budget": a form's numbered question
_FORM_QUESTION = re.compile(r"^\s*(?:Q|Question\s+)\d{1,2}\s*[–—:.-]\s+(?P<question>\S.{1,200})$")


_NUMBERED_SECTION = r"^\s*(\d{1,2})(?:[.)]|\s+[–—-])\s+(\S.*)$"
# "1. Nom de l'action", "7) Budget annuel": a questionnaire's question on a short line of its own
_NUMBERED_QUESTION = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<question>[A-ZÀ-Ý][^:]{1,70}?)\s*:?\s*$")


_BOLD_LEAD = re.compile(r"^\*\*(?P<label>[^*]{2,50}?[.:?!])\*\*\s+(?P<rest>\S.*)$")


def _run_in_sections(blocks: list[Block], labels: frozenset[str]) -> list[Block]:
    """ "Contexte : Depuis plusieurs années, …" over a long paragraph, "Objectifs :" alone over
    its dashed list (a sheet typed in an e-mail): a part of the sheet, its heading run into its
    text — a section, not a fact (labels the sheet's facts take stay fields)."""

    def run_in(k: int) -> bool:
        block = blocks[k]
        label = clean_inline(block.label or "").strip(" *:")
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if not (
            block.kind == "field"
            and label
            and len(label.split()) <= 5
            and fold(label) not in labels
            and label[:1].isupper()
        ):
            return False
        value = block.value or ""
        prose = len(value) >= 200 and re.search(r"[a-zà-ÿ»)][.!?]\s+[A-ZÀ-Ý«]|[.!?]$", value) is not None
        return prose or (not value and following is not None and following.kind == "item")

    def bold_lead(k: int) -> re.Match[str] | None:
        # "**Le constat.** Dans le quartier …", "**Et après ?** …": a paragraph opening on a
        # short heading in bold, its text run on after it
        block = blocks[k]
        # ("**Et après ?** Le dispositif …" read as a question and its answer: a section when
        # the answer runs as prose)
        asked = block.kind == "field" and len(block.value or "") >= 150
        if (block.kind != "paragraph" and not asked) or not block.lines:
            return None
        return _BOLD_LEAD.match(block.lines[0].strip())

    led = {k: lead for k in range(len(blocks)) if (lead := bold_lead(k)) is not None}
    found = {k for k in range(len(blocks)) if run_in(k)}
    if len(led) >= 3:
        result_led: list[Block] = []
        for k, block in enumerate(blocks):
            if k not in led:
                result_led.append(block)
                continue
            label = led[k]["label"].strip().rstrip(".:").strip()
            rest = clean_inline(" ".join([led[k]["rest"], *(line.strip() for line in block.lines[1:])]))
            # (the heading's words alone: its line, bold at its start, is no name set in bold)
            result_led.append(Block("heading", block.first, block.first, label, level=2, lines=[label]))
            # (its lines without the heading run into the first: the section's text as printed)
            lines = [led[k]["rest"], *block.lines[1:]]
            result_led.append(Block("paragraph", block.first, block.last, rest, lines=lines))
        blocks = result_led
        found = {k for k in range(len(blocks)) if run_in(k)}
    if len(found) < 3:
        return blocks  # (one sentence opening on a phrase and a colon is no layout of sections)
    result: list[Block] = []
    for k, block in enumerate(blocks):
        if k in found:
            label = clean_inline(block.label or "").strip(" *:")
            result.append(Block("heading", block.first, block.first, label, level=2, lines=block.lines[:1]))
            if block.value:
                result.append(Block("paragraph", block.first, block.last, block.value, lines=block.lines))
            continue
        result.append(block)
    return result


def _glued_headings(blocks: list[Block]) -> list[Block]:
    """ "Le contexte" over its paragraph with no blank line between (a column as pdftotext lays
    it out): a short capitalised line, no final stop, over lines twice as wide that open on a
    capital — the section's heading, apart from its text."""
    result: list[Block] = []
    for block in blocks:
        lines = [line.strip() for line in block.lines]
        if block.kind == "paragraph" and len(lines) >= 3:
            head, body = lines[0], lines[1:-1]
            widths = sorted(len(line) for line in body)
            typical = widths[len(widths) // 2] if widths else 0
            if (
                3 <= len(head) <= 45
                and len(head.split()) <= 7
                and head[:1].isupper()
                and not head.endswith((".", ",", ";", ":", "-", "–"))
                and typical >= max(45, 2 * len(head))
                and lines[1][:1].isupper()
                # prose under it, not a person's lines (a name over a role, an address, a mail)
                and (
                    lines[-1].endswith((".", "!", "?", "»", ";", ")"))
                    or re.search(r"[a-zà-ÿ][.!?]\s+[A-ZÀ-Ý]", " ".join(lines[1:])) is not None
                )
                and not EMAIL.search(block.text)
                and not PHONE.search(block.text)
            ):
                result.append(
                    Block(
                        "heading",
                        block.first,
                        block.first,
                        clean_inline(head),
                        level=2,
                        lines=block.lines[:1],
                    )
                )
                rest = block.lines[1:]
                text = clean_inline(" ".join(line.strip() for line in rest))
                result.append(Block("paragraph", block.first + 1, block.last, text, lines=rest))
                continue
        if block.kind == "paragraph" and len(lines) >= 5:
            # "… l'hôpital du Scorff." / "Description" / "Le dispositif repose sur …": a section's
            # heading inside a run of prose with no blank line (a web page printed without its
            # layout) — a sentence ended above it, a long line opening on a capital under it
            cuts = [
                n
                for n in range(1, len(lines) - 1)
                if len(lines[n].split()) <= 3
                and 3 <= len(lines[n]) <= 30
                and lines[n][:1].isupper()
                and not re.search(r"[\d.,;:!?)»]$", lines[n])
                and lines[n - 1].endswith((".", "!", "?", "»"))
                and len(lines[n + 1]) >= max(60, 3 * len(lines[n]))
                and lines[n + 1][:1].isupper()
            ]
            if cuts:
                start = 0
                for n in [*cuts, len(lines)]:
                    if n > start:
                        piece = block.lines[start:n]
                        text = clean_inline(" ".join(x.strip() for x in piece))
                        result.append(
                            Block("paragraph", block.first + start, block.first + n - 1, text, lines=piece)
                        )
                    if n < len(lines):
                        result.append(
                            Block(
                                "heading",
                                block.first + n,
                                block.first + n,
                                clean_inline(lines[n]),
                                level=2,
                                lines=block.lines[n : n + 1],
                            )
                        )
                    start = n + 1
                continue
        result.append(block)
    return result


def _asked(block: Block) -> tuple[str, str] | None:
    """ "Qui paie ?" over "Le CCAS et le Département." (its answer on the lines right below):
    the question and its answer."""
    if block.kind == "field" and (block.label or "").rstrip().endswith("?"):
        return block.label or "", block.value or ""
    if block.kind != "paragraph" or not 2 <= len(block.lines) <= 4:
        return None
    question = clean_inline(block.lines[0]).strip()
    answer = [clean_inline(line).strip() for line in block.lines[1:]]
    if not question.endswith("?") or len(question) > 80 or any(line.endswith("?") for line in answer):
        return None
    return question, " ".join(answer)


def _question_answers(blocks: list[Block]) -> list[Block]:
    """A sheet set out as questions and their short answers ("Qui porte le projet ?" / "Le CCAS
    d'Issoudun.", "Où ?" / "À Issoudun."), three pairs in a row at least, as easy-to-read
    versions print their facts: each pair a field, the question its label — wherever the sheet
    asks one so, once it is the sheet's way."""
    asked = [_asked(b) for b in blocks]
    run = best = 0
    for pair in asked:
        run = run + 1 if pair is not None else 0
        best = max(best, run)
    if best < 3:
        return blocks
    return [
        field_block(b.first, b.last, pair[0], pair[1], b.lines)
        if pair is not None and b.kind != "field"
        else b
        for b, pair in zip(blocks, asked, strict=True)
    ]


def _told_answers(blocks: list[Block], source: Source) -> list[Block]:
    """ "Depuis quand ?" alone on its line over a paragraph of several sentences, or a label over
    a blank line then its paragraph ("Évaluation" / "" / "L'évaluation repose sur …"): a
    section's heading over its text, though the word is a key fact's label too (its answer in
    the box is a few words right under it, never a story)."""
    out: list[Block] = []
    for block in blocks:
        value = block.value or ""
        if (
            block.kind == "field"
            and block.label
            and len(block.lines) >= 2
            and clean_inline(block.lines[0]).strip(" *") == clean_inline(block.label).strip(" *")
            and (
                (len(value) > 300 and len(block.lines) >= 4)
                or (
                    len(value) > 120
                    and re.search(r"[a-zà-ÿ)»]\.\s+[A-ZÀ-Ý«]", value) is not None
                    and len(re.findall(r"[.!?](?:\s|$)", value)) >= 2
                )
                or (
                    len(value) > 100
                    and value.rstrip().endswith((".", "!", "?"))  # (prose, not a list of partners)
                    and block.first < len(source)
                    and not source.line(block.first + 1).strip()
                )
            )
        ):
            out.append(
                Block(
                    "heading",
                    block.first,
                    block.first,
                    clean_inline(block.label).strip(" *"),
                    lines=block.lines[:1],
                    level=2,
                )
            )
            out.append(Block("paragraph", block.first + 1, block.last, value, lines=block.lines[1:]))
            continue
        out.append(block)
    return out


class SheetBlocksReader:
    def __init__(self, source: Source, info: DocumentInfo, name: str, version: str):
        self.source, self.info, self.name, self.version = source, info, name, version
        self.vocab = load_reference(name)
        self.box_headings = {fold(h) for h in self.vocab["box_headings"]}
        self.contact_openers = [fold(o) for o in self.vocab.get("contact_openers", [])]
        self.contact_headings = {fold(h) for h in self.vocab["contact_heading"]} | set(self.contact_openers)
        self.partner_labels = [fold(p) for p in self.vocab["partner_labels"]]
        self.title_questions = {fold(q) for q in self.vocab["title_questions"]}
        labels = frozenset(fold(label) for label in self.vocab["box_labels"]) - self.contact_headings
        self.body_size = text_size(source)
        self.box_labels = labels
        self.blocks = _told_answers(
            _question_answers(
                self._numbered_sections(
                    _run_in_sections(
                        _glued_headings(self._contact_headings_apart(build_blocks(source, labels))),
                        labels | self.title_questions,
                    )
                )
            ),
            source,
        )
        # the sheet set out as questions and answers: each answered question is a fact of it,
        # in whatever section it is asked
        self.answered_questions = (
            {k for k, b in enumerate(self.blocks) if _asked(b) is not None and b.kind == "field"}
            if sum(1 for b in self.blocks if b.kind == "field" and (b.label or "").rstrip().endswith("?"))
            >= 3
            else set()
        )
        self.ledger = LineLedger(source)
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}

    @staticmethod
    def _numbered_sections(blocks: list[Block]) -> list[Block]:
        """ "1. Contexte", "2. Objectifs" … each alone on its line over the section's text, the
        numbers following each other through the sheet (three or more): the sheet's section
        headings, though set like a list's items."""
        numbered = []
        for k, block in enumerate(blocks):
            # ("1 – Le contexte": the number set apart by a dash, a line of its own)
            match = re.match(_NUMBERED_SECTION, block.lines[0]) if block.lines else None
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            # ("1. CONTEXTE — QUEL CONSTAT … ?": a form's section set in capitals, its question
            # after its name, the text right under it)
            capital = match is not None and is_capitals(match[2])
            if (
                block.kind in ("item", "paragraph", "heading")
                and match
                and len(block.lines) == 1
                and len(match[2].split()) <= (16 if capital else 8)
                and not match[2].rstrip().endswith((".", ";", ",", ":"))
                and following is not None
                # (a list's item over the next item is no heading; "4 – Les enseignements" over
                # its bullets is one: the dash is no list's)
                and (
                    capital
                    or following.kind != "item"
                    or block.kind != "item"
                    # ("5. Objectifs" / blank / "- Réduire …": bullets under a numbered line)
                    or (following.first > block.last + 1 and not following.lines[0].lstrip()[:1].isdigit())
                )
                # a blank line under it, or a form's instruction in brackets ("(10 lignes maximum)"),
                # or its text right under it ("1. Le constat" / "Sur le plateau, …": a paragraph)
                and (
                    capital
                    or following.first > block.last + 1
                    or following.text.startswith("(")
                    or (following.kind == "paragraph" and len(following.text) >= 40)
                )
            ):
                numbered.append((k, int(match[1])))
        run = [k for n, (k, number) in enumerate(numbered) if number == n + 1]
        if len(run) < 3:
            return blocks
        return [
            Block(
                "heading",
                b.first,
                b.last,
                clean_inline(re.sub(r"^\s*\d{1,2}(?:[.)]|\s+[–—-])\s+", "", b.lines[0])),
                level=2,
                lines=b.lines,
            )
            if k in run and b.kind != "heading"  # (a heading of the run stays as printed)
            else b
            for k, b in enumerate(blocks)
        ]

    def _contact_headings_apart(self, blocks: list[Block]) -> list[Block]:
        """ "Contacts" over "Mathilde Roudier, directrice …" / "Tél. : …", no blank line between:
        the block's heading line apart from the contacts it heads."""
        result: list[Block] = []
        for block in blocks:
            if (
                block.kind == "paragraph"
                and len(block.lines) > 1
                and fold(block.lines[0].strip(" *:")) in self.contact_headings
            ):
                rest = block.lines[1:]
                result.append(
                    Block(
                        "paragraph", block.first, block.first, block.lines[0].strip(), lines=block.lines[:1]
                    )
                )
                text = clean_inline(" ".join(line.strip() for line in rest))
                result.append(Block("paragraph", block.first + 1, block.last, text, lines=rest))
                continue
            cut_at = next(
                (
                    j
                    for j in range(1, len(block.lines))
                    if fold(block.lines[j].strip(" *:")) in self.contact_headings
                    and any(EMAIL.search(line) or PHONE.search(line) for line in block.lines[j + 1 :])
                ),
                None,
            )
            if block.kind == "field" and cut_at is not None:
                # "Budget annuel" / "52 300 €" / "Contact" / "Name" / … : a box of labels over
                # their values whose last label heads the contacts — the field ends above it
                head, rest = block.lines[:cut_at], block.lines[cut_at + 1 :]
                value = clean_inline(" ".join(line.strip() for line in head[1:])) if len(head) > 1 else ""
                if block.value and len(head) == 1:
                    value = clean_inline(block.value.split(block.lines[cut_at].strip())[0])
                result.append(
                    field_block(block.first, block.first + cut_at - 1, block.label or "", value, head)
                )
                result.append(
                    Block(
                        "paragraph",
                        block.first + cut_at,
                        block.first + cut_at,
                        block.lines[cut_at].strip(),
                        lines=[block.lines[cut_at]],
                    )
                )
                text = clean_inline(" ".join(line.strip() for line in rest))
                result.append(Block("paragraph", block.first + cut_at + 1, block.last, text, lines=rest))
                continue
            first = block.lines[0].strip() if block.kind == "paragraph" and block.lines else ""
            opener = next((o for o in self.contact_openers if fold(first).startswith(o + " ")), None)
            if opener is not None and (EMAIL.search(block.text) or PHONE.search(block.text)):
                # "Une question ? Écrivez à Claire Roux" over her role, mail and phone: the
                # contacts' heading, run into the first name
                cut = len(opener.split())
                words = first.split()
                head_words: list[str] = []
                while words and len(fold(" ".join(head_words)).split()) < cut:
                    head_words.append(words.pop(0))
                heading = " ".join(head_words)
                result.append(Block("paragraph", block.first, block.first, heading, lines=[heading]))
                rest = [" ".join(words), *block.lines[1:]]
                text = clean_inline(" ".join(line.strip() for line in rest))
                result.append(Block("paragraph", block.first, block.last, text, lines=rest))
                continue
            result.append(block)
        return result

    def _bold_at_text_size(self, block: Block) -> bool:
        """A line set in bold at the text's own size (a name among the contacts), not larger."""
        style = self.source.style(block.first)
        return style is not None and style[1] and style[0] <= self.body_size * 1.05

    def _question_field(self, k: int) -> bool:
        """A question set in bold on its own line ("**Combien ça coûte ?**") right over a short
        answer, in a sheet whose sections are marked `#` headings: a key fact, not a section."""
        block = self.blocks[k]
        following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        return (
            block.kind == "heading"
            and len(block.lines) == 1
            and block.lines[0].lstrip().startswith("**")
            and block.text.rstrip(" *").endswith("?")
            and len(block.text) <= 60
            and following is not None
            and following.kind in ("paragraph", "field")
            and len(following.text) <= 400
            and any(b.kind == "heading" and b.lines[0].lstrip().startswith("#") for b in self.blocks[k + 2 :])
        )

    def _is_section_heading(self, k: int) -> bool:
        block = self.blocks[k]
        if block.kind == "heading":
            return True
        if (
            block.kind == "field"
            and not block.value
            and len(block.lines) == 1
            and not (bold_line(block.lines[0]) or ":").rstrip().endswith(":")
            and k + 1 < len(self.blocks)
            and self.blocks[k + 1].kind in ("table", "paragraph")
            and any(b.kind == "heading" for b in self.blocks[:k])
        ):
            return True  # "**Combien ça coûte**" over its table, among the sheet's sections
        if block.kind != "paragraph" or len(block.lines) != 1 or not 0 < len(block.text) <= 70:
            return False
        block = replace(block, text=_GLYPH_LEAD.sub("", block.text))  # "▌ Le contexte": its words
        if ":" in block.text or EMAIL.search(block.text) or PHONE.search(block.text):
            return False  # "Tél. : 03 …": a line of the section, not its heading
        if re.search(r"\s[·|]\s.+\s[·|]\s", block.text):
            return False  # "Marmande (47) · Publiée le … · Mise à jour le …": a dateline, facts apart
        if fold(block.text).startswith(tuple(fold(w) + " " for w in self.vocab["navigation_prefixes"])):
            return False  # "Imprimer la fiche   Télécharger (PDF)": the page's buttons
        before = self.blocks[k - 1] if k > 0 else None
        if (
            before is not None
            and before.kind == "field"
            and not before.value
            and before.last == block.first - 1
            and before.lines[-1].rstrip().endswith(":")
        ):
            return False  # "Vous pouvez contacter :" / "Sophie Marchand": the value it announces
        following = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        return (
            # "Pourquoi cette action ?": a question heads its section
            (block.text[-1] not in _STOP or (block.text.endswith("?") and len(block.text) <= 60))
            and block.text[:1].isupper()
            and following is not None
            and (
                following.kind in ("paragraph", "item", "table")  # a heading is followed by its content
                # "Quelques chiffres" over "Haltes par semaine | 14" rows, a blank line between
                or (following.kind == "field" and following.first > block.last + 1)
                # "Associer le bailleur dès la conception : sans engagement …": a sentence with
                # a colon, no label of the sheet's
                or (
                    following.kind == "field"
                    and fold(following.label or "") not in self.box_labels
                    and len((following.label or "").split()) >= 4
                )
            )
        )

    def _sidebars_first(self, title_block: Block | None) -> None:
        """A sheet set in two columns, its key facts in a narrow column beside the prose, is read
        column by column (extract/columns.py): the facts come after the sections they stand
        beside. Each such run of blocks — read from higher up the page than the block before it,
        holding two labels of the key-facts box or more — is put back where a reader takes it:
        after the title, before the sections."""
        if self.source.origin is None:
            return  # read as printed: no column was read after another
        runs: list[list[Block]] = []
        at = [self.source.file_span(b.first, b.last) for b in self.blocks]  # the file's own lines
        k = 1
        while k < len(self.blocks):
            if at[k][0] >= at[k - 1][0]:
                k += 1
                continue
            resumed = max(last for _, last in at[:k])  # where the column beside it went on to
            end = k
            while end < len(self.blocks) and at[end][0] <= resumed:
                end += 1
            run = self.blocks[k:end]
            # (a contacts box below the facts, the column going on over the pages: it stays
            # where it is printed, at the sheet's end)
            contact = next(
                (
                    n
                    for n, b in enumerate(run)
                    if b.lines and fold(clean_inline(b.lines[0]).strip(" *:")) in self.contact_headings
                ),
                len(run),
            )
            if sum(1 for b in run[:contact] if self._box_label(b)) >= 2:
                runs.append(run[:contact])
            k = end
        if not runs:
            return
        moved = {id(b) for run in runs for b in run}
        rest = [b for b in self.blocks if id(b) not in moved]
        # at the height of the page the first run starts at (a byline above it stays above it),
        # the later pages' runs with it: the box is read whole before the sections
        top = self.source.file_span(runs[0][0].first, runs[0][0].last)[0]
        after_title = rest.index(title_block) + 1 if title_block is not None and title_block in rest else 0
        into = next(
            (
                n
                for n in range(after_title, len(rest))
                if self.source.file_span(rest[n].first, rest[n].last)[0] >= top
            ),
            len(rest),
        )
        self.blocks = rest[:into] + [b for run in runs for b in run] + rest[into:]

    def _box_label(self, block: Block) -> bool:
        """A field the key-facts box knows, as a field or as a label line over its value."""
        label = block.label if block.kind == "field" else (block.lines[0] if block.lines else "")
        return fold(clean_inline(label or "").strip(" *:")) in self.box_labels

    def _form_answers(self) -> list[tuple[str, int, int, list[str]]] | None:
        """A sheet exported from a form: "Q1 – Nom de l'action" over its answer, question after
        question. (question without its number, its first line, the answer's last line, the
        answer's lines); None unless five questions or more are numbered so."""
        questions = [n for n in range(1, len(self.source) + 1) if _FORM_QUESTION.match(self.source.line(n))]
        if len(questions) < 5:
            questions = self._numbered_questions()
        if len(questions) < 5:
            return None
        answers = []
        for at, n in enumerate(questions):
            end = questions[at + 1] - 1 if at + 1 < len(questions) else len(self.source)
            asked = _FORM_QUESTION.match(self.source.line(n)) or _NUMBERED_QUESTION.match(self.source.line(n))
            question = asked["question"].strip() if asked else ""
            # (the last answer ends where a quoted earlier message or a signature's rule begins,
            # or, after the contact's lines, at a paragraph of prose: "Je vous joins la plaquette …")
            end = next(
                (
                    k - 1
                    for k in range(n + 1, end + 1)
                    if re.match(r"^\s*(?:>|--\s*$|_{5,})", self.source.line(k))
                ),
                end,
            )
            if at + 1 == len(questions):
                end = next(
                    (
                        k - 1
                        for k in range(n + 2, end + 1)
                        if not self.source.line(k - 1).strip()
                        and len(self.source.line(k).split()) >= 8
                        and not EMAIL.search(self.source.line(k))
                        and not PHONE.search(self.source.line(k))
                    ),
                    end,
                )
            body = n + 1
            # "Q15 – Contexte : quels constats … de" / "l'action ?": the question wrapped
            while (
                body <= end
                and self.source.line(body)[:1].islower()
                and not question.endswith(("?", ":", "."))
                and len(self.source.line(n).strip())
                >= 50  # (a short question is whole: "septembre 2021" answers it)
            ):
                question = f"{question} {self.source.line(body).strip()}"
                body += 1
            lines = [self.source.line(k) for k in range(body, end + 1)]
            answers.append((question, n, end, lines))
        return answers

    def _numbered_questions(self) -> list[int]:
        """ "1. Nom de l'action" / its answer below / "2. Structure porteuse" …: a questionnaire
        answered in a mail, its questions numbered 1, 2, 3 … on short lines of their own, one of
        them the question naming the action. The questions' lines, or none."""
        found: list[int] = []
        for n in range(1, len(self.source) + 1):
            asked = _NUMBERED_QUESTION.match(self.source.line(n))
            if asked is None or int(asked["number"]) != len(found) + 1:
                continue
            if asked["question"].rstrip().endswith((".", ";", ",")):
                continue
            found.append(n)
        named = any(
            (asked := _NUMBERED_QUESTION.match(self.source.line(n))) is not None
            and fold(asked["question"]).rstrip(" ?") in self.title_questions
            for n in found
        )
        return found if named else []

    def _answer_apart(
        self,
        lines: list[str],
        fields: dict[str, str],
        contact_blocks: list[Block],
        first: int,
        own: bool = True,
    ) -> list[str]:
        """An answer's own lines; what follows it after a blank line and is no more of it is
        read apart: "Statut de l'initiative :" over "☒ En cours ☐ Terminée" (the ticked box, a
        field), "Label : value" alone (a field), "Personne référente (signature)" over its lines
        (a contact)."""
        paras: list[list[str]] = [[]]
        for line in lines:
            if "\f" in line:
                continue
            if line.strip():
                paras[-1].append(line.strip())
            elif paras[-1]:
                paras.append([])
        paras = [p for p in paras if p]
        if not paras:
            return []
        kept = list(paras[0]) if own else []
        for para in paras[1 if own else 0 :]:
            head = para[0]
            labelled = re.match(r"^(?P<label>[^\W\d][^:]{1,60}?)\s*:\s*(?P<value>.*)$", head)
            if any(fold(head).startswith(w) for w in self.contact_headings):
                # ("Nom : Élodie Vercambre" / "Courriel : …": the person's lines, their labels aside)
                person = [re.sub(r"^[^\W\d][^:]{1,20}?\s*:\s*", "", line) for line in para[1:]]
                contact_blocks.append(
                    Block("paragraph", first + 1, first + 1, " ".join(person), lines=person)
                )
                continue
            ticked = re.findall(r"[☒☑✔✓]\s*([^☐☒☑✔✓]+)", " ".join(para[1:]))
            if labelled is not None and not labelled["value"] and len(para) >= 2 and ticked:
                fields[labelled["label"].strip()] = ", ".join(t.strip() for t in ticked)
                continue
            if labelled is not None and labelled["value"] and len(para) == 1 and len(head) <= 120:
                fields[labelled["label"].strip()] = clean_inline(labelled["value"])
                continue
            kept.extend(para)
        return kept

    def _form_sheet(self, answers: list[tuple[str, int, int, list[str]]]) -> ParseResult:
        """Short answers are the sheet's fields, long ones its sections; the answer to the
        question naming the action its title; the contact question's answer its contacts."""
        fields: dict[str, str] = {}
        sections: dict[str, str] = {}
        contact_blocks: list[Block] = []
        title = None
        for question, first, last, lines in answers:
            text = self._answer_apart(lines, fields, contact_blocks, first)
            answer = clean_inline(" ".join(text))
            self.ledger.take(first, last)
            if not answer:
                continue
            label = re.sub(r"\s*:.*$", "", question) if len(question) > 60 else question
            if any(fold(label).startswith(w) for w in self.contact_headings) or "contact" in fold(label):
                contact_blocks.append(Block("paragraph", first + 1, last, answer, lines=text))
                sections[label] = "\n".join(text)
                continue
            if title is None and fold(label) in self.title_questions:
                title = answer
            if len(answer) <= 250 and len(text) <= 3:
                fields[label] = answer
            else:
                sections[label] = "\n".join(text)
        first = answers[0][1]
        last = answers[-1][2]
        # (after the last answer, the form's signature: "Personne référente" over its lines)
        after = [self.source.line(n) for n in range(last + 1, len(self.source) + 1)]
        self._answer_apart(after, {}, contact_blocks, last, own=False)
        title = title or answers[0][3][0].strip()
        for n in range(1, first):
            if self.source.line(n).strip():
                self.doc_sections["En-tête"] = (
                    f"{self.doc_sections.get('En-tête', '')}\n{self.source.line(n).strip()}".strip()
                )
                self.ledger.take(n, n)
        return self._result(title, fields, sections, contact_blocks, first, last)

    def parse(self) -> ParseResult:
        self._form_title = False  # the title is the answer to the form's "Intitulé de l'action :"
        answers = self._form_answers()
        if answers is not None:
            return self._form_sheet(answers)
        title_block = self._whole_title(self._title())
        self._sidebars_first(title_block)
        fields: dict[str, str] = {}
        sections: dict[str, list[Block]] = {}
        current: str | None = None
        started = False  # past the key-facts box: fields now belong to sections
        in_box = False  # under the key-facts box's heading
        late_box = False  # under a key-facts box printed after the sections
        box_at = next((n for n, b in enumerate(self.blocks) if self._is_box_heading(b)), None)
        first_fact = next(
            (
                n
                for n, b in enumerate(self.blocks)
                if b.kind == "table" or (b.kind == "field" and fold(b.label or "") in self.box_labels)
            ),
            None,
        )
        facts_last = box_at is not None and (first_fact is None or first_fact > box_at)
        # (the title as the block it was read from, or the block on its first line once the blocks
        # were rearranged around it)
        title_at = (
            next(
                (n for n, b in enumerate(self.blocks) if b is title_block or b == title_block),
                next((n for n, b in enumerate(self.blocks) if b.first == title_block.first), -1),
            )
            if title_block is not None
            else -1
        )
        answered: set[int] = set()  # blocks read as the answer of a question field above them
        tabled: set[str] = set()  # labels the key-facts table gives
        for k, block in enumerate(self.blocks):
            self.ledger.take(block.first, block.last)
            if block is title_block or block.kind == "furniture" or k in answered:
                continue
            if not started and k > title_at and self._question_field(k):
                # "**Pour qui ?**" over its short answer, before the sheet's sections: a field
                answer = self.blocks[k + 1]
                fields[clean_inline(block.text).rstrip(" :")] = clean_inline(
                    " ".join(line.strip() for line in answer.lines)
                )
                answered.add(k + 1)
                continue
            if k in self.answered_questions and k > title_at:
                fields[block.label or ""] = block.value or ""  # "Qui paie ?" / "Le CCAS …"
                continue
            front_matter = block.kind == "field" and block.first == 1 and self.source.line(1).strip() == "---"
            # (a form names its action among its fields: the fields above that line are facts too)
            if (
                k < title_at
                and not front_matter
                and not (
                    self._form_title and (block.kind == "field" or self._is_section_heading(k)) and k > 0
                )
            ):
                # banners above the title: the document's header
                text = "\n".join(line.strip() for line in block.lines)
                self.doc_sections["En-tête"] = f"{self.doc_sections.get('En-tête', '')}\n{text}".strip()
                continue
            facts = self._table_fields(block) if block.kind == "table" and not started else None
            if facts:
                fields.update(facts)  # a key-facts box set as a table of label/value pairs
                continue
            if (
                block.kind == "field"
                and block.label
                and started
                and block.value
                and fold(block.label) in self.contact_headings
                and not block.lines[0].lstrip().startswith("|")
            ):
                # "📩 Contact : Élodie Vergnaud, coordinatrice … – e.vergnaud@…" closing the sheet,
                # after its sections: its contact
                current = block.label
                sections.setdefault(current, []).append(block)
                continue
            if block.kind == "field" and block.label and not started:
                value = block.value or ""
                row = bool(block.lines) and block.lines[0].lstrip().startswith("|")
                told = "\n" in value or bool(re.search(r"[a-zà-ÿ)]\.\s+[A-ZÀ-Ý«]", value))
                if row and (fold(block.label) in self.contact_headings or (told and len(value) > 150)):
                    # a sheet set as one table ("| Rubrique | Contenu |"): from its first row of
                    # running text ("| **Contexte** | Dans les quartiers … . Les … |") on, its
                    # rows are its sections, their "<br>" lines kept apart (a contact a line)
                    current, started = block.label, True
                    sections[current] = _row_lines(block)
                    continue
                if fold(block.label) in self.contact_headings:
                    current = block.label
                    sections.setdefault(current, [])
                    started = True
                    if block.value:
                        sections[current].append(block)
                    continue
                if not row and block.label in tabled:
                    continue  # "**Porteur** : le centre …" under the box: the box's value stands
                if row:
                    tabled.add(block.label)
                fields[block.label] = value
                if self._form_title and in_box and current is not None:
                    sections[current].append(block)  # (a form's section of filled lines, as printed)
                continue
            if late_box and block.kind == "field" and block.label:
                fields[block.label] = block.value or ""  # a fact of the box closing the sheet
                continue
            if (
                started
                and block.kind == "field"
                and block.label
                and block.value
                and "**" in block.lines[0]
                and (
                    block.lines[0].lstrip().startswith(">")
                    or (
                        block.lines[0].lstrip().startswith("**")
                        and fold(clean_inline(block.label).strip(" *:")) in self.box_labels
                    )
                )
            ):
                # "> 📍 **Territoire** : …" set between a section's paragraphs, or an answer
                # opening on a label of the key-facts box in bold ("**Budget annuel :** …"): a
                # key fact of the sheet called out, not the section's text (the box's own value,
                # when the box gives one, stays: "**Porteur** : le centre communal …" retells it)
                fields.setdefault(block.label, block.value)
                continue
            if (
                started
                and block.kind == "field"
                and block.label
                and block.value
                and not block.lines[0].lstrip().startswith(("|", ">"))
                and fold(clean_inline(block.label).strip(" *:")) in self.box_labels
                and fold(clean_inline(block.label).strip(" *:")) not in self.contact_headings
                and len(block.value) <= 300
                and not re.search(r"[a-zà-ÿ)]\.\s+[A-ZÀ-Ý«]", block.value)
            ):
                # "Partenaires financiers : Conseil départemental …, CARSAT" on a line of its own
                # inside a section: a key fact of the box's kind, stated where the section tells it
                fields[block.label] = block.value
                continue
            if block.kind == "field" and block.label and started and block.lines[0].lstrip().startswith("|"):
                first_cell = block.lines[0].strip().strip("|").split("|")[0].strip()
                if (
                    "**" not in first_cell
                    and fold(clean_inline(block.label).strip(" *:")) in self.box_labels
                    and fold(clean_inline(block.label).strip(" *:")) not in self.contact_headings
                    and any(
                        "**" in (b.lines[0].strip().strip("|").split("|")[0] if b.lines else "")
                        for b in self.blocks
                        if b.kind == "field" and b.lines and b.lines[0].lstrip().startswith("|")
                    )
                ):
                    # "| Budget | 71 500 € … |" among "| **L'action** | … |" rows: the sections' labels
                    # set in bold, a plain one of the box's labels is a fact
                    fields[block.label] = block.value or ""
                    continue
                # the next rows of a sheet set as one table: sections too
                current = block.label
                sections[current] = _row_lines(block)
                continue
            if (
                not fields
                and not in_box
                and block.kind == "paragraph"
                # (a sheet that tells its story first, its key facts in a box at the end: its
                # sections' headings and text are no header)
                and not (facts_last and k > title_at and (current is not None or self._is_section_heading(k)))
            ):
                # between the title and the key facts: banners, bylines, dates of the sheet
                text = "\n".join(line.strip() for line in block.lines)
                self.doc_sections["En-tête"] = f"{self.doc_sections.get('En-tête', '')}\n{text}".strip()
                continue
            previous = self.blocks[k - 1] if k > 0 else None
            if (
                (not started or late_box)
                and block.kind == "paragraph"
                and previous is not None
                and previous.kind == "field"
                and previous.label in fields
                and self.source.file_span(block.first, block.first)[0]
                == self.source.file_span(previous.last, previous.last)[0] + 1
                # ("Contact" under the box's last value: the contacts' heading, not more value)
                and fold(block.text.strip(" *:")) not in self.contact_headings
            ):
                # a value going on, with no blank line, past the lines its field was read with
                # ("… Grand Longwy" / "Agglomération (service mobilités), police")
                more = clean_inline(" ".join(block.lines))
                options = ticked(more)  # "Thématique(s) :" over its lines of check boxes
                more = more if options is None else options
                joined = ", " if options is not None and fields[previous.label] else " "
                fields[previous.label] = f"{fields[previous.label]}{joined}{more}".strip(" ,")
                continue
            if (in_box or fields) and not started and _label_over_value(block):
                # inside the key-facts box (under its heading, or among its known labels), a
                # short line over its value is a field, known or not
                # ("## Public visé" over its lines: the label without its heading marks)
                label = block.lines[0].strip(" *:").lstrip("#").strip(" *:")
                value = clean_inline(" ".join(block.lines[1:]))
                fields[label] = value
                continue
            in_contacts = current is not None and _unnumbered(current) in self.contact_headings
            name_line = (
                block.lines[0].lstrip().startswith("**")
                and (
                    block.kind == "heading"
                    # "**Julien Vermenouze**, médecin coordinateur": a person's name and role
                    or re.match(r"^\*\*[^*]{3,60}\*\*\s*[,–—-]\s*\S", block.lines[0].strip()) is not None
                )
            ) or (block.kind == "heading" and self._bold_at_text_size(block))  # typeset, bold in the PDF
            below = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if (
                in_contacts
                and len(block.lines) == 1
                and below is not None
                and below.first == block.last + 1
                and (EMAIL.search(below.text) or PHONE.search(below.text))
            ):
                name_line = True  # "Maëlle Le Goff" right over her role, e-mail and phone: a name
            if self._is_section_heading(k) and not (in_contacts and name_line):
                # ("**Erwan Le Corre**" under "Contacts" is a person's name, not a section)
                heading = _GLYPH_LEAD.sub("", clean_inline(block.title)).rstrip(" :")
                following = [
                    b for b in self.blocks[k + 1 : k + 4] if b.kind != "furniture" and b is not title_block
                ][:2]
                boxed = len(following) == 2 and all(b.kind == "field" for b in following)
                if (fold(heading) in self.box_headings or (boxed and not fields)) and not started:
                    # the key-facts box's own heading: a known one, or any heading right over
                    # the sheet's first fields ("CARTE D'IDENTITÉ DE L'ACTION")
                    in_box = True
                    if self._form_title:  # (a form's numbered part: a section as printed too)
                        current = heading
                        sections.setdefault(current, [])
                    continue
                if fold(heading) in self.box_headings and not fields:
                    # "EN RÉSUMÉ" after the sheet's story: its key facts, told at the end (the
                    # box kept as a section of the sheet too, as printed)
                    in_box, late_box = True, True
                    sections.setdefault(heading, [])
                    continue
                late_box = False
                if (
                    self._form_title
                    and following
                    and following[0].kind == "field"
                    and _unnumbered(heading) not in self.contact_headings
                ):
                    # "1. IDENTIFICATION DE LA STRUCTURE" over its filled lines in a form: a
                    # section as printed, its lines the sheet's facts
                    in_box, started, current = True, False, heading
                    sections.setdefault(current, [])
                    continue
                if fields or title_block is not None:
                    started = True
                current = heading
                sections.setdefault(current, [])
                continue
            if current is None:
                name = "En-tête"
                text = "\n".join(line.strip() for line in block.lines)
                self.doc_sections[name] = (
                    f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
                )
                continue
            sections[current].append(block)
        title = title_block.title if title_block is not None else self.info.title
        contact_blocks = [
            b
            for name, blocks in sections.items()
            if _unnumbered(name) in self.contact_headings
            for b in blocks
        ]
        if not contact_blocks:
            contact_blocks = self._signature(sections)
        first = title_block.first if title_block is not None else 1
        last = max((b.last for b in self.blocks), default=first)
        texts = {
            name: "\n".join(clean_inline(" ".join(b.lines)) for b in blocks)
            for name, blocks in sections.items()
        }
        return self._result(title, fields, texts, contact_blocks, first, last)

    def _signature(self, sections: dict[str, list[Block]]) -> list[Block]:
        """The people signing a sheet with no contact section: the lines after its last rule
        ("---") that give an e-mail or a phone, taken out of the section they closed."""
        rules = [
            b for b in self.blocks if b.kind == "furniture" and re.fullmatch(r"[-_*=─]{3,}", b.text.strip())
        ]
        if not rules:
            return []
        after = rules[-1].last
        for name, blocks in sections.items():
            # (a note in italics, "*Propos recueillis en mars 2032.*", signs nobody)
            signed = [
                b
                for b in blocks
                if b.first > after
                and (EMAIL.search(b.text) or PHONE.search(b.text) or b.lines[0].lstrip().startswith("**"))
            ]
            if any(EMAIL.search(b.text) or PHONE.search(b.text) for b in signed):
                sections[name] = [b for b in blocks if b.first <= after]
                return signed
        return []

    def _result(
        self,
        title: str,
        fields: dict[str, str],
        sections: dict[str, str],
        contact_blocks: list[Block],
        first: int,
        last: int,
    ) -> ParseResult:
        """The sheet's record (its partners those its partner fields name) and the document."""
        # ("Thématique(s) (plusieurs choix possibles)": a form's instruction after the label)
        fields = {
            re.sub(r"\s+\((?:[^()\s]+\s+){2,}[^()\s]+\)$", "", label): value
            for label, value in fields.items()
        }
        partners = resolve_partners(
            "\n".join(
                v
                for label, v in fields.items()
                if any(fold(label).startswith(p) for p in self.partner_labels)
            )
        )
        record = Sheet(
            id="",
            document=self.info.id,
            title=title,
            fields=fields,
            contacts=_contacts(contact_blocks),
            partners=partners.names,
            partners_unresolved=partners.unresolved,
            budget_lines=euro_budget_lines(
                self.source, self.info.file, first, last, MoneyWords.load(self.name)
            ),
            sections=sections,
            source=source_ref(self.source, self.info.file, first, last),
        )
        assign_ids([record], self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=[record])

    def _table_fields(self, block: Block) -> dict[str, str] | None:
        """ "| **Porteur** | CCAS | **Territoire** | … |": a table of label/value pairs, one or
        two pairs a row (the first row too: such a box has no header row). Its labels are bold
        or known box labels, so that a table of figures is not read as fields."""
        raw_rows = [
            [c.strip() for c in line.strip().strip("|").split("|")]
            for line in block.lines
            if not re.fullmatch(r"\|?[\s:|-]*", line.strip())
        ]
        if not block.rows or len(raw_rows) != len(block.rows) or any(len(r) % 2 for r in block.rows):
            return None
        pairs: list[tuple[str, str, str]] = []
        for raw, row in zip(raw_rows, block.rows, strict=True):
            for i in range(0, len(row), 2):
                if row[i].strip() or row[i + 1].strip():
                    pairs.append((row[i].strip(" *:"), row[i + 1].strip(), raw[i] if i < len(raw) else ""))
        if len(pairs) < 2 or not all(0 < len(label) <= 40 for label, _, _ in pairs):
            return None
        bold = all(cell.startswith("**") for _, _, cell in pairs)
        known = all(fold(label) in self.box_labels for label, _, _ in pairs)
        if not (bold or known):
            return None
        return {label: clean_inline(value) for label, value, _ in pairs}

    def _title(self) -> Block | None:
        """The `#` heading (or one underlined with "="); else the longest line of the opening (before the first field or the
        key-facts box) that reads as a title: one line, no final full stop, not a byline; or, in
        a form, the answer to its "Intitulé de l'action :" line."""
        for k, block in enumerate(self.blocks[:30]):
            if block.kind == "field" and fold(block.label or "") in self.title_questions and block.value:
                named = Block("heading", block.first, block.last, block.value, level=1, lines=block.lines)
                self.blocks[k] = named
                self._form_title = True
                return named
            below = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if (
                block.kind == "heading"
                and fold(clean_inline(block.text)).strip(" :?") in self.title_questions
                and below is not None
                and below.kind == "paragraph"
                and len(below.lines) == 1
            ):
                # "TITRE DE L'INITIATIVE" over its answer on the next line: a form's title
                named = Block("heading", below.first, below.last, below.text, level=1, lines=below.lines)
                self.blocks[k + 1] = named
                self._form_title = True
                return named
        for block in self.blocks[:12]:
            if block.kind == "heading" and block.lines and block.lines[0].lstrip().startswith("# "):
                return block
            if (
                block.kind == "heading"
                and len(block.lines) >= 2
                and re.fullmatch(r"\s*={3,}\s*", block.lines[-1])
            ):
                return block  # the title underlined with "=" (markdown's other first-level heading)
        typeset = self._largest_heading()
        if typeset is not None:
            return typeset
        bylines = tuple(
            fold(b) + " " for b in [self.vocab["byline_prefix"], *self.vocab.get("other_bylines", [])]
        )
        opening: list[Block] = []
        split: dict[int, Block] = {}  # a title line taken from its paragraph: the paragraph
        known = {fold(label) for label in self.vocab["box_labels"]}
        skip: set[int] = set()
        for n, block in enumerate(self.blocks[:15]):
            if n in skip:
                continue
            following = self.blocks[n + 1] if n + 1 < len(self.blocks) else None
            if (
                block.kind == "field"
                and not (block.value or "").strip()
                and fold(block.label or "") not in known
                and following is not None
                and following.kind == "paragraph"
                and len(following.lines) == 1
                and following.first == block.last + 1
                and following.text[:1].islower()
            ):
                # "Médiatrices santé au pied des immeubles :" / "aller vers les habitants …": a
                # title wrapped after its colon, one title
                joined = f"{clean_inline(block.label or '')} : {following.text}"
                block = Block("paragraph", block.first, following.last, joined, lines=[joined])
                skip.add(n + 1)
            titled = block.kind == "field" and fold(block.label or "") not in known and len(block.lines) <= 2
            if (block.kind == "field" and not titled) or fold(block.text.rstrip(" :")) in self.box_headings:
                break
            if (
                block.kind == "heading"
                and is_capitals(clean_inline(block.text))
                and len(block.text.split()) <= 5
                and not re.search(r"[:\d]", block.text)  # ("FICHE EXPÉRIENCE N° 12": a banner)
                and any(b.kind == "paragraph" and len(b.lines) == 1 and len(b.text) >= 8 for b in opening)
            ):
                break  # ("LE CONTEXTE" under the title lines: the first section, no title in it)
            if _title_over_subtitle(block):
                # "« Chaud dedans » : des visites …" / "Quand le froid … : l'expérience du CCAS de …":
                # a title over its subtitle, each a line of its own — the title is the first
                line = Block(
                    "paragraph",
                    block.first,
                    block.first,
                    clean_inline(block.lines[0]).strip(),
                    lines=block.lines[:1],
                )
                split[id(line)] = block
                block = line
            opening.append(block)  # "Pause-Répit : un relais itinérant …" is a title, not a field
        candidates = [
            b
            for b in opening
            if b.kind in ("heading", "paragraph", "field")
            # one line, or a title wrapped at the page's width ("… : des psychologues" / "dans les …")
            and (
                len(b.lines) == 1
                or b.kind == "field"
                or _wrapped_title(b)
                or (b.kind == "heading" and len(b.lines) <= 3)  # a title in capitals over its lines
            )
            and 8 <= len(b.text) <= 220
            and not b.text.rstrip().endswith(".")
            and not fold(b.text).startswith(bylines)  # "Par la Ville de …", "Une initiative du …"
        ]
        # "Fiche rédigée en janvier 2026 à partir d'un entretien …": a line dated to the month
        # tells when the sheet was written, it is not its title
        months = "|".join(re.escape(m) for m in month_names())
        undated = [b for b in candidates if not re.search(rf"\b(?:{months})\s+(?:19|20)\d\d\b", b.text, re.I)]
        candidates = undated or candidates
        # ("Fabrique Territoires Santé présente une Inspir'action en vidéo": the series' credit,
        # naming the family, is not the title)
        series = tuple(fold(w) for w in self.vocab["family_names"])
        unbranded = [b for b in candidates if not any(w in fold(b.text) for w in series)]
        candidates = unbranded or candidates
        plain = [b for b in candidates if not re.search(r"\s[·|›]\s", b.text)]  # (a trail: "Accueil › …")
        # ("LA NAVETTE SANTÉ DU LODÉVOIS : ALLER AU SOIN …" over a longer subtitle in lower case:
        # the title in capitals, set as one, not the longer line under it)
        capitals = [
            b
            for b in (plain or candidates)
            if b.kind == "heading"
            and b.text.isupper()
            and len(b.text.split()) >= 5
            and " : " in b.text  # (a banner is set with dashes: "BANQUE D'EXPÉRIENCES – FICHE N° 12")
            and not re.search(r"\d", b.text)
        ]
        if capitals:
            plain = capitals
        if candidates:  # a series banner ("Collection … · n° 14 · Santé") is not the title
            longest = max(plain or candidates, key=lambda b: len(b.text))
            at = opening.index(longest)
            above = opening[at - 1] if at > 0 else None
            if (
                len(longest.lines) > 1
                and longest.kind == "paragraph"
                and above is not None
                and above in (plain or candidates)
                and len(above.lines) == 1
                and len(above.text.split()) >= 4
                and not above.text.isupper()
                # (set apart from the line above it: a banner's second line runs on from its first)
                # (the document's first line over a wrapped title is a banner: nothing shows which)
                and at >= 2
                and opening[at - 2].last < above.first - 1
            ):
                return above  # a title over its subtitle, the subtitle the longer, wrapped
            if id(longest) in split:
                whole = split[id(longest)]
                subtitle = Block(
                    "paragraph",
                    whole.last,
                    whole.last,
                    clean_inline(whole.lines[1]).strip(),
                    lines=whole.lines[1:],
                )
                at = self.blocks.index(whole)
                self.blocks[at : at + 1] = [longest, subtitle]
            return longest
        return next((b for b in self.blocks[:12] if b.kind == "heading"), None)

    def _is_box_heading(self, block: Block) -> bool:
        """A key-facts box's heading ("EN RÉSUMÉ", "Repères")."""
        return (
            block.kind in ("heading", "paragraph")
            and fold(clean_inline(block.text).strip(" *:#")) in self.box_headings
        )

    def _whole_title(self, title: Block | None) -> Block | None:
        """A title in capitals set over two lines ("REMETTRE LES FEMMES EN SELLE : …" / "DANS
        LES QUARTIERS DE LONGWY"), read as two headings: one title."""
        if title is None or title.kind != "heading" or title not in self.blocks:
            return title
        at = self.blocks.index(title)
        following = self.blocks[at + 1] if at + 1 < len(self.blocks) else None
        if (
            following is None
            or following.kind != "heading"
            or following.first != title.last + 1
            or following.number is not None
            or following.marker is not None
            or following.level != title.level
            or not (title.text.isupper() and following.text.isupper())
        ):
            return title
        lines = title.lines + following.lines
        text = clean_inline(" ".join(line.strip() for line in lines))
        whole = Block("heading", title.first, following.last, text, lines=lines, level=title.level)
        self.blocks[at : at + 2] = [whole]
        return whole

    def _largest_heading(self) -> Block | None:
        """In a PDF, the heading of the opening set larger than any heading after it (the
        sheet's sections) and than the text: what the `#` heading is in markdown."""

        def size(block: Block) -> float:
            style = self.source.style(block.first)
            return style[0] if style else 0.0

        body = text_size(self.source)
        # a title with a colon ("Santé au comptoir : des permanences …") reads as a field: its
        # size tells it is a heading
        headings = [
            b
            for b in self.blocks
            if size(b) and (b.kind == "heading" or (b.kind == "field" and size(b) >= body * 1.3))
        ]
        if not headings:
            return None
        known = {fold(label) for label in self.vocab["box_labels"]}
        end = next(
            (
                b.first
                for b in self.blocks
                if fold(b.text.rstrip(" :")) in self.box_headings
                or (b.kind == "field" and fold(b.label or "") in known)
            ),
            len(self.source) + 1,
        )  # the opening ends at the key facts
        opening = [b for b in headings[:4] if b.first <= headings[0].first + 40 and b.first < end]
        if not opening:
            return None
        top = max(opening, key=size)
        rest = [size(b) for b in headings if b is not top and b.first > top.first]
        if len(top.text) >= 8 and size(top) >= body * 1.3 and all(size(top) > r + 0.5 for r in rest):
            return top
        return None


def _row_lines(block: Block) -> list[Block]:
    """A table row's value as the lines its cell printed ("<br>"), each a paragraph."""
    return [
        Block("paragraph", block.first, block.last, part, lines=[part])
        for part in (block.value or "").split("\n")
        if part.strip()
    ]


def _wrapped_title(block: Block) -> bool:
    """Two lines, the second going on with the first (lower case, or after a hanging word)."""
    if block.kind != "paragraph" or len(block.lines) != 2:
        return False
    first, second = block.lines[0].strip(), block.lines[1].strip()
    return bool(second) and (second[0].islower() or hanging(first))


def _title_over_subtitle(block: Block) -> bool:
    """Two lines of the opening, each a phrase of its own: no sentence ends on either, the second
    opens on a capital (not a wrap), both long enough to be more than a label over its value."""
    if block.kind != "paragraph" or len(block.lines) != 2:
        return False
    first, second = (clean_inline(line).strip() for line in block.lines)
    return (
        len(first.split()) >= 4
        and len(second.split()) >= 4
        and first[-1:] not in ".,;:!…"
        and second[-1:] not in ".,;!…"
        and second[:1].isupper()
        and not hanging(first)
    )


def _label_over_value(block: Block) -> bool:
    """ "Porté par" / "CIAS du Pays des Trois Rivières": a short label line over its value."""
    if block.kind != "paragraph" or len(block.lines) < 2:
        return False
    label = block.lines[0].strip(" *")
    # "Qui est concerné ?" over its answer: a question is a label too
    return 2 < len(label) <= 40 and label[-1:] not in ".;,!…" and label[:1].isupper()


def _contacts(blocks: list[Block]) -> list[Contact]:
    """People of a contact section: a line naming someone starts a person once the one before
    has an e-mail or a phone; role, e-mail and phone lines complete the current person."""
    people: list[Contact] = []
    for block in blocks:
        if block.kind == "table":
            people += _table_contacts(block)
            continue
        for raw in block.lines:
            line = clean_inline(raw).strip(" -•")
            if not line:
                continue
            emails, phones = EMAIL.findall(line), PHONE.findall(line)
            if line.endswith(":") and not emails and not phones:
                continue  # "Vous pouvez contacter :": what announces the person below, no person
            cell = line.strip(" |").split("|")[-1]
            several = (
                parse_contacts(re.sub(r"^[^:@]{1,20}:\s*", "", cell.strip())) if len(emails) >= 2 else []
            )
            if len(several) >= 2:
                # "A, role – a@… – 04 … ; B, role – b@…", "… – 04 …. B, role – b@…": several
                # people on one line
                people += several
                continue
            rest = line
            for value in emails + phones:
                rest = rest.replace(value, " ")
            rest = re.sub(
                r"^(?:courriel|e-?mail|mail|m[ée]l|t[ée]l[ée]?phone|t[ée]l|nom|fonction)\.?\s*:?\s*",
                "",
                rest.strip(),
                flags=re.I,
            )
            rest = " ".join(rest.split()).strip(" :,-–")
            current = people[-1] if people else None
            if rest and (emails or phones) and (current is None or current.email or current.phone):
                # "Pour le volet sportif : Thomas Ribeiro – t.ribeiro@…", "Name — role — mail —
                # phone": a person on one line
                person = rest.rsplit(":", 1)[-1].strip()
                name = re.split(r"\s+[—–]\s+|,\s*", person, maxsplit=1)[0]
                role = person[len(name) :].strip(" ,—–-")
                people.append(
                    Contact(
                        name=name.strip(" –-"),
                        role=role.strip() or None,
                        email=emails[0] if emails else None,
                        phone=phones[0] if phones else None,
                    )
                )
                continue
            if rest and not emails and not phones and (current is None or current.email or current.phone):
                name, _, role = rest.partition(",")
                people.append(Contact(name=name.strip(), role=role.strip() or None))
                continue
            if current is None:
                current = Contact()
                people.append(current)
            if rest and not current.role and not emails and not phones:
                current.role = rest
            current.email = current.email or (emails[0] if emails else None)
            current.phone = current.phone or (phones[0] if phones else None)
    return [p for p in people if p.email or p.phone]


def _table_contacts(block: Block) -> list[Contact]:
    """A contacts table (Interlocuteur | Fonction | Courriel | Téléphone): a person a row, the
    name its first plain cell, the other plain cells its role; "—" is an empty cell."""
    people = []
    for row in block.rows:
        cells = [clean_inline(c).strip() for c in row]
        cells = [c for c in cells if c and not re.fullmatch(r"[—–-]+", c)]
        emails = [e for c in cells for e in EMAIL.findall(c)]
        phones = [p for c in cells for p in PHONE.findall(c)]
        plain = [c for c in cells if not EMAIL.search(c) and not PHONE.search(c)]
        if not (emails or phones) or not plain:
            continue  # the header row, or a row with no way to reach anyone
        people.append(
            Contact(
                name=plain[0],
                role=", ".join(plain[1:]) or None,
                email=emails[0] if emails else None,
                phone=phones[0] if phones else None,
            )
        )
    return people


def _unnumbered(heading: str) -> str:
    """A section's heading folded, its number dropped ("9. CONTACT" → "contact")."""
    unnumbered = re.sub(r"^\s*\d{1,2}(?:[.)]|\s+[–—-])\s+", "", heading)
    # ("CONTACTS — QUI JOINDRE POUR EN SAVOIR PLUS ?": a form's section, its question after it)
    return fold(re.sub(r"\s+[—–]\s+[^—–]*\?\s*$", "", unnumbered))
