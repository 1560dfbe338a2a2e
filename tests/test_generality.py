"""Documents ccas was not built on: editorial mutations of the bundled documents give the same
records and totals, damaged documents never raise a traceback, and the hand-written
conformance corpus (tests/corpus/) is read to its targets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccas_cli.errors import CcasError
from ccas_cli.ingest import parse_file

from . import conformance
from .conformance import Score
from .conftest import RAW

PLAN = "ccas-grenoble-plan-strategique.txt"
KIT = "grenoble-experimentations-sociales-2011.txt"
SHEET = "inspiraction-grenoble-acces-aux-droits.txt"
PAGE = "caf-isere-en-isere.txt"
RECUEIL = "odas-recueil-solidarite-innovation-sociale-2018.txt"
KINDS = {
    PLAN: "ccas-plan",
    KIT: "experiments",
    SHEET: "inspiraction",
    PAGE: "web-page",
    RECUEIL: "odas-recueil",
}


def _summary(result) -> list[tuple]:
    """What a mutation must not change: each record's title, type and key facts, and money."""
    rows = []
    for r in result.records:
        rows.append(
            (
                r.title,
                r.type,
                getattr(r, "kind", None),
                getattr(r, "departement", None),
                getattr(r, "theme_label", None),
                getattr(r, "chapter", None),
                getattr(r, "direction", None),
                getattr(r, "status_group", None),
                getattr(r, "start_year", None),
                getattr(r, "budget_total_eur", None),
                tuple(sorted(r.partners)),
            )
        )
    return rows


@pytest.fixture(scope="module")
def reference():
    return {name: _summary(parse_file(RAW / name, kind=kind)) for name, kind in KINDS.items()}


def _sommaire_with_dot_leaders(text: str) -> str:
    """Every "| title | page |" row of the recueil's Sommaire and index as "title ...... page"."""

    def row(match: re.Match[str]) -> str:
        title = re.sub(r"\.{2,}", "", match["text"]).strip()
        return f"{title} {'.' * max(3, 60 - len(title))} {match['page']}" if title else ""

    text = re.sub(r"^\|\s*\|\s*\|\s*$\n^\|-+\|-+\|\s*$", "", text, flags=re.M)
    return re.sub(r"^\|(?P<text>[^|\n]*)\|\s*(?P<page>[\d, ]+?)\s*\|\s*$", row, text, flags=re.M)


MUTATIONS: list[tuple[str, str, Callable[[str], str]]] = (
    [("crlf", name, lambda t: t.replace("\n", "\r\n")) for name in KINDS]
    + [
        ("nbsp-in-amounts", name, lambda t: re.sub(r"(\d) (\d{3})\b", "\\1\u00a0\\2", t))
        for name in (PLAN, PAGE)
    ]
    + [
        (
            "counts-lower-case",
            PLAN,
            lambda t: re.sub(r"^(\d+) ACTIONS$", lambda m: f"{m[1]} actions", t, flags=re.M),
        ),
        ("enjeux-title-case", PLAN, lambda t: re.sub(r"^LES ENJEUX$", "Les enjeux", t, flags=re.M)),
        (
            "label-synonyms",
            PLAN,
            lambda t: re.sub(r"^Responsable :", "Pilote :", t, flags=re.M).replace(
                "\nEchéance\n", "\nCalendrier\n"
            ),
        ),
        ("markup-removed", PLAN, lambda t: t.replace("**", "")),
        ("markup-removed", KIT, lambda t: t.replace("**", "")),
        (
            "chapters-upper-case",
            RECUEIL,
            lambda t: re.sub(r"^Chapitre (\d+)$", r"CHAPITRE \1", t, flags=re.M),
        ),
        ("sommaire-dot-leaders", RECUEIL, _sommaire_with_dot_leaders),
        ("fields-reordered", SHEET, lambda t: _swap_lines(t, "Échelle", "Public visé")),
    ]
)


def _swap_lines(text: str, a: str, b: str) -> str:
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith(a))
    j = next(k for k, line in enumerate(lines) if line.startswith(b))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("mutation", "name", "mutate"), MUTATIONS, ids=[f"{m}-{n.split('-')[0]}" for m, n, _ in MUTATIONS]
)
def test_editorial_mutations_keep_records_and_totals(reference, tmp_path, mutation, name, mutate):
    """An edit a publisher could make (case, line endings, spacing, label spelling, a printed
    Sommaire, field order) leaves every record, its key facts and its money unchanged."""
    original = (RAW / name).read_text(encoding="utf-8")
    mutated = mutate(original)
    assert mutated != original, "the mutation must change the document"
    path = tmp_path / name
    path.write_bytes(mutated.encode("utf-8"))
    got = _summary(parse_file(path, kind=KINDS[name]))
    assert got == reference[name]


def test_the_press_kit_counting_projects_keeps_its_experiments(reference, tmp_path):
    """A press kit that says "projets" where the sample says "expérimentations" keeps its 14
    experiments and their stage groups (renamed with it)."""
    original = (RAW / KIT).read_text(encoding="utf-8")
    text = original.replace("Expérimentations", "Projets").replace("expérimentations", "projets")
    assert text.count("Projets") >= 6 and "14 projets" in text
    path = tmp_path / KIT
    path.write_text(text, encoding="utf-8")
    got = parse_file(path, kind="experiments")
    assert [r.title for r in got.records] == [row[0] for row in reference[KIT]]
    assert all(r.status_group for r in got.records)


# -- damaged documents: never a traceback -------------------------------------------------------


_MARKUP_LINES = [
    ">",
    "> ",
    ">>",
    "*",
    "-",
    "•",
    "▪",
    "#",
    "##",
    "**",
    "****",
    "|",
    "| |",
    "[1]",
    "---",
    "===",
    "«",
    "…",
]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


@pytest.mark.parametrize("name", list(KINDS))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_documents_never_raise_a_traceback(tmp_path, name, data):
    """Random deletions, duplications and shuffles of a real document's paragraphs, and lines of
    bare markup set among them (a quotation mark alone, a bullet, a rule: a plain-text mail's
    "> ", an empty list item), give records or a one-line error (CcasError), with detection and
    with the family forced."""
    paragraphs = _paragraphs((RAW / name).read_text(encoding="utf-8"))
    ops = data.draw(
        st.lists(st.sampled_from(["delete", "duplicate", "swap", "markup"]), min_size=1, max_size=25)
    )
    for op in ops:
        if len(paragraphs) < 3:
            break
        k = data.draw(st.integers(0, len(paragraphs) - 2))
        if op == "delete":
            del paragraphs[k]
        elif op == "duplicate":
            paragraphs.insert(k, paragraphs[k])
        elif op == "markup":
            marks = data.draw(st.lists(st.sampled_from(_MARKUP_LINES), min_size=1, max_size=3))
            paragraphs.insert(k, "\n".join(marks))
        else:
            paragraphs[k], paragraphs[k + 1] = paragraphs[k + 1], paragraphs[k]
    path = tmp_path / "damaged.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    for kind in (None, KINDS[name], "generic"):
        try:
            result = parse_file(path, kind=kind)
        except CcasError as exc:
            assert "\n" not in exc.one_line()
            continue
        assert result.records, "a parse that returns must have found records"


def test_every_document_read_as_every_family_never_raises_a_traceback():
    """Forcing the wrong `--kind` on any document (corpus and bundled) gives records or a
    one-line error, never a traceback."""
    from ccas_cli.families import FAMILIES

    documents = [d for d, _ in conformance.documents() + conformance.documents(holdout=True)]
    documents += sorted(RAW.glob("*.txt"))
    for document in documents:
        for kind in FAMILIES:
            try:
                parse_file(document, kind=kind)
            except CcasError as exc:
                assert "\n" not in exc.one_line(), (document.name, kind)


# -- the conformance corpus --------------------------------------------------------------------

# Documents whose known gaps are described here, each with the reason; the test fails if one of
# them starts passing (then remove it from this list).
KNOWN_GAPS = {
    "unseen162-plan-b-dole-2025.txt": "a plan as a one-page poster through pdftotext -layout, three columns of "
    "actions numbered ①②③ under their axes: all eleven read with their axe, lead and money but one, whose "
    "amount line under 'Pilote : Service jeunesse' in the narrow third column is taken as the lead's value going "
    "on (1 639 500 of 1 669 500 €)",
    "unseen145-generic-vierzon-2024.txt": "a règlement whose 'CHAPITRE I – …' headings have no text of their "
    "own, over 'Article 1 – Objet' … headings: the chapters are read as the sections and the articles as their "
    "divisions (5 of 13 records); writers disagree on empty division headings (elsewhere they are kept)",
    "unseen143-recueil-amiens-2023.txt": "a recueil made as a slide deck, through pdftotext -layout: the thirteen "
    "fiches and their banners ('SOMME | CIAS du Vimeu | 2020') read, but each slide's status sits at the right of "
    "its running line ('Partie 1 › …      Statut : En cours', dropped as the page's header: a fact set there would "
    "land on the fiche above) and the 'Autres démarches repérées' slide's bullets over banner lines are not entries "
    "(13 of 18 records, 78 of 89 fields)",
    "unseen143-generic-saint-dizier-2024.txt": "a register of deliberations: each deliberation a section, but "
    "its articles whose text runs on the heading's line ('Article 3 : La vice-présidente est autorisée …') are "
    "read as sections of their own, taking the deliberation's amounts (29 of 53 amounts, 6 extra sections)",
    "unseen139-plan-a-digoin-2026.txt": "a plan fetched from Airtable's API: two JSON responses in one file (actions, "
    "then axes), the actions tied to their axe by a record id ('rec…') only; no reader joins a base's linked "
    "records yet, read as generic with no record",
    "unseen139-recueil-vesoul-2023.txt": "a recueil kept in Zotero and exported as BibTeX: no reader maps @misc "
    "entries (author the porteur, address the département, keywords 'chapter; sub-theme', LaTeX accents) nor "
    "numbers the chapters from the Sommaire in the @comment header; read as a recueil with no record",
    "unseen138-sheet-mauriac-2023.txt": "an interview as a speech-to-text service transcribes it: the turns, "
    "timestamps and notes ('[rires]') are dropped and it is read as a sheet, but no line names the sheet's "
    "title (told in a quote of the opening turn, « La Tournée santé des hameaux ») and its contacts are told "
    "in a sentence; the facts read out at the end are fields, the title a question",
    "unseen127-plan-c-perigueux-2025.txt": "an ABS's preconisations read as actions, all nine, but one cost printed as "
    "a range '8 000 à 12 000 €' is counted at its low end where the reader took the high one (the plan total "
    "4 000 € short): readers disagree on a range",
    "unseen127-sheet-vierzon-2024.txt": "a questionnaire answered in a mail, its numbered questions read as the "
    "sheet's facts and sections, but its reader lists every question as a section too, short answers included "
    "(ccas keeps short answers as fields only, as the form sheets of unseen86 are read): 10 of 16",
    "unseen124-plan-a-montlucon-2024.txt": "a consultancy's plan read without layout, each label alone on its "
    "line over its value: all twelve sheets, but two yearly amounts 'par an à compter de 2025' counted over one "
    "year too many (the plan total 9 000 € over)",
    "unseen124-plan-b-figeac-2025.md": "a wiki plan whose costs are definition lists: all ten sheets and the "
    "halves of a shared envelope, but 'études : 40 k€' beside 'travaux : 1,5 M€ …, dont …' is read as inside "
    "the larger amount (the plan total 40 000 € short; before the wrapped-value rule of batch 160 the '12 k€ "
    "par an …, soit' / '36 k€' sum was also counted twice, which hid 36 000 € of it)",
    "unseen124-plan-c-issoudun-2024.txt": "two action sheets side by side on each page from pdftotext -layout: "
    "9 of 10 sheets (a title in capitals over both columns lost), partners of the right column cut, the plan "
    "total 20 000 € over",
    "unseen124-plan-d-vierzon-2025.txt": "a spreadsheet's records pasted as 'Label<TAB>Value' blocks: all twelve "
    "read, but one printed Total disagrees with its years and ccas keeps the Total where the reader trusts the "
    "years (8 400 € short)",
    "unseen124-recueil-b-bretagne-2023.txt": "fiche headers as one line of facts parted by bars ('Gironde | "
    "CCAS de Pessac | 2021 | En cours') over a title in capitals: 17 of 18 entries, some headers' facts unread "
    "(93 of 106 fields)",
    "unseen124-caf-haute-vienne-actualites-2026.txt": "a CAF page copied from a phone (date, pictogram tag, "
    "title): 7 of 10 items — the first under its 'À la une' badge, a title wrapped over two lines, and a tag "
    "named like a label ('Partenaires') are missed",
    "unseen123-recueil-a-aidants-grand-est-2023.txt": "a recueil in two columns from pdftotext -layout, two "
    "fiches side by side on a page: all sixteen entries read, but the two fiches of a page share its printed "
    "lines, so an amount of one column is shown on both (the provenance is the line, not the column) — money "
    "counted twice in the harness's check, though no recueil total adds it",
    "unseen123-plan-c-grand-autunois-morvan-2024.txt": "a CIAS plan whose sheets are spreadsheet forms printed "
    "with pdftotext -layout, one a page: all eleven sheets and their axes, but labels set on the middle line of "
    "their wrapped values (cells centred vertically) lose partners and a lead, a sheet continued on a second page "
    "repeats its title as a record, and three 'Coût total / dont CIAS / dont cofinancements' blocks count wrong "
    "(61 of 75 fields, the total 32 500 € short)",
    "unseen15-plan-a-brevannes-2024.md": "readers differ: 'Budget de fonctionnement : 45 000 € par an' with no "
    "period anywhere is no budget for this document's reader, one year (45 000 €) for ccas, as for most "
    "readers of the money corpus (tests/money: 'Budget annuel : 4 500 €' → 4 500)",
    "unseen116-plan-a-lons-le-saunier-2025.txt": "a plan exported with its tracked changes (read accepted): "
    "all ten sheets, but one budget printed 'investissement 2025 : 12 000 € – fonctionnement 2026-2028 : "
    "4 000 € par an, soit 12 000 €' counts one part only (the plan total 12 000 € short)",
    "unseen116-sheet-maubeuge-mediation-sante.txt": "a sheet posted on a forum with its thread (replies "
    "quoting it, the author's answer giving the contacts): the thread title taken as the sheet's, no field read",
    "unseen116-recueil-a-occitanie-insertion-2023.txt": "a day's proceedings, each initiative a presentation "
    "under its atelier with an 'Intervenant(e) : …, Département de …' line and a talk told in reported speech: "
    "9 of 15 read, porteurs and years told in the talks missed",
    "unseen116-recueil-b-aidants-2025.md": "a recueil's second edition: its '[MIS À JOUR]' tag set on the line "
    "under a title read as a fiche, and a fiche lost beside it (15 of 16)",
    "unseen115-kit-besancon-2025.txt": "a radio show's transcript, the experiments told by its speakers and "
    "listed in its show notes under 'Terminées (2)', 'En cours (3)': all six read with their stage and start "
    "from the notes, but evaluators and partners said in speech ('c'est Pluricité qui nous accompagne', 'avec "
    "la CAF et la CPAM') are missed: 19 of 37 key fields",
    "unseen115-sheet-vierzon-mobilite-sante.txt": "a sheet typed in an e-mail: its fields and run-in sections "
    "read, but the sender's signature is not taken as the sheet's contact and 'Nom du projet' is read as the "
    "title only (12 of 14)",
    "unseen114-kit-besancon-2025.md": "a magazine's interview of a deputy mayor, the experiments told in its "
    "answers and listed in a closing recap ('- **Bus des droits** – lancé en 2021 – pérennisé en 2024'): all "
    "six read with their start and stage, but partners told by verbs of their own ('nous loge', 'formés par') "
    "and one evaluator who 'followed it in-house' are missed: 26 of 35 key fields",
    "unseen114-recueil-a-isolement-2024.txt": "a recueil laid out as a magazine, each fiche's facts in an 'En "
    "pratique' box dropped into its text: read but for the fiche whose title the Sommaire shortens ('après "
    "l'hôpital' for 'au retour d'hospitalisation'), which runs into the fiche before it (16 of 17)",
    "unseen113-plan-b-pays-de-mormal-2025.md": "a plan kept on a kanban board: read whole (11 cards, axes, leads, "
    "budgets, the plan total exact) but for partners told only in each card's prose by verbs of their own "
    "('orientés par la Mission locale', 'passés par les bénévoles de Monalisa', a partner as the sentence's "
    "subject): 43 of 56 key fields",
    "unseen112-plan-b-saint-brieuc-2026.txt": "a budget orientation report telling the plan chapter by budget "
    "chapter ('• Action 2.1 – Title (Pôle …) : BP 2026 : 7 200 €', the same action under two chapters, its "
    "amounts to add): no reader takes such bullets for actions yet; read as a generic document (0 of 11)",
    "unseen112-sheet-ales-mediation-sante.md": "a sheet exported from Notion: its page properties ('Porteur: "
    "…' lines, no bold) read as facts, but its toggles ('- ▸ Contexte' over indented text) are read as list "
    "items, not as the sheet's sections (six sections missed)",
    "unseen111-doc-montlucon-epicerie-solidaire-2024.txt": "a partnership agreement: its thirteen sections "
    "read, but the budget annex's capitals sub-part 'CONTRIBUTIONS VOLONTAIRES EN NATURE (…)' is read as a "
    "section of its own (its seven amounts filed there, not under the annex), and the title block's "
    "capitals lines are sections too (three extra records)",
    "unseen109-recueil-a-limousin-2024.md": "a newspaper supplement: its thirteen articles and five short "
    "items read, each département from its dateline ('FELLETIN (Creuse) –'), but who runs each and since when "
    "told in the article's sentences in shapes the told-carrier words do not know ('Depuis 2019, le CCAS de "
    "Bellac …', 'la Ville a confié …') are missed (67 of 83 fields)",
    "unseen109-doc-ales-observatoire-social-2025.txt": "an observatory's data note: its sections read, but its "
    "cover box 'L'ESSENTIEL EN CHIFFRES' (a heading in capitals over figures) is read as part of the title "
    "block, not as a section (10 of 11)",
    "unseen108-sheet-lannion-veterinaire-solidaire.txt": "a newsletter article closing on a 'FICHE TECHNIQUE': "
    "its facts read, but the contact block (two people, the second after a line 'Pour les vétérinaires …') "
    "gives one contact without its e-mail, and an intertitle with a colon ('Premier bilan : 212 animaux "
    "soignés') is read as a field (13 of 16)",
    "unseen108-recueil-a-ruralite-sud-ouest-2024.txt": "its fiches and their départements (from the index by "
    "fiche number) all read; of its five short entries, the one printed with its département alone and no "
    "porteur ('Un annuaire papier des services … (Gers).') is missed (18 of 19)",
    "unseen107-plan-b-saint-lo-2026.txt": "a plan whose pilots and money are only in a budget annex laid out with "
    "spaces, its sheets short paragraphs naming their partners in sentences ('La veille réunira la Caf de la "
    "Manche, la MSA … et l'UDAF …', 'approvisionnée par …, financée pour partie par …'): records, pilots and "
    "total read, most partners told in prose read now ('réunira …', 'approvisionnée par …'), those named before "
    "their verb ('… sont associées au suivi', 'La Poste relaiera …') missed (56 of 65 fields)",
    "unseen107-doc-chateau-gontier-sur-mayenne-pv-conseil-administration-2026.txt": "a board's minutes: its "
    "masthead lines read as sections, capitals lines inside a budget table ('SECTION DE FONCTIONNEMENT') and a "
    "deliberation's number line read as headings (7 extra sections), so the amounts of two items fall under "
    "the wrong section (66 of 97 fields)",
    "unseen103-plan-b-tulle-2026.txt": "a plan sent as an e-mail thread: actions listed as numbered items in the "
    "director's message, two budgets corrected in a reply, one action added in a third, earlier messages quoted "
    "again ('> …'): the nine actions found, but their facts told in sentences and the corrections not read "
    "(18 of 43 fields, total 252 000 against 160 500)",
    "unseen103-kit-vierzon-2025.txt": "a press kit written as a newspaper article, each experiment named in bold in "
    "running text, its stage told by the wording, a 'REPÈRES' box closing it: read as generic (0 of 7)",
    "unseen103-recueil-b-pays-de-la-loire-2025.txt": "a recueil exported from slides ('Diapositive 7 / 24'), a fiche "
    "a slide of bullets 'Département : …': all sixteen records, 79 of 89 fields",
    "unseen99-recueil-a-odas-fugues-mineurs-2025.txt": "its fiches, titled beside a narrow column of facts, all "
    "read (13 of 13, 87 of 87 fields); two of its three 'autres démarches' are missed: each a département in "
    "capitals over a title over its text with no blank line between, the first with a 'Porteur :' line (15 of 16)",
    "unseen99-caf-haute-garonne-agenda-france-services.txt": "an agenda whose items open on a day over its month: "
    "all seven read with their categories ('🏷️ Logement'), but the pinned item atop the list ('À LA UNE', no "
    "date block) is missed (7 of 8)",
    "unseen35-plan-b-landerneau-daoulas-2025.md": "an 'enveloppe de 9 000 € par an' on a sheet whose calendar "
    "prints 2025 to 2030: ccas counts it over those six years (its documented rule for a sheet whose only "
    "money is an annual amount), the writer counts one year; the plan prints no grand total to decide",
    "unseen6-caf-sarthe-actualites-partenaires.txt": "its last item has a category but no date and comes "
    "after an interview block, not after an item's 'Lire la suite': nothing tells it from page furniture",
    "unseen43-plan-b-cias-hautes-joux-2019.md": "'15 k€ en 2019, 18 k€ en 2020, puis 18 k€ en 2021 et de "
    "nouveau en 2022': the last year's amount is told by 'de nouveau', not printed (ccas counts 51 000, "
    "the writer 69 000); the plan's recap says 69 000 but names no sheet ccas could check it against",
    "unseen74-reglement-interieur-saad-nontron-2026.md": "its '# Règlement intérieur …' heading, over '##' "
    "sections and with no text of its own, is the document's title for ccas (as for the corpus's other "
    "documents titled so); its writer counts it as a section too",
    "unseen78-plan-a-nerac-2026.txt": "'Investissement : 42 000 €' / 'Fonctionnement : 11 500 € par an' with no "
    "period and no grand total printed: ccas shows the annual amount, never counts it (its documented rule), "
    "the writer counts one year of it on six sheets (226 100 € against 290 500 €)",
    "unseen79-proces-verbal-gourdon-2026.txt": "its centred masthead ('VILLE DE GOURDON (Lot)' … 'PROCÈS-VERBAL "
    "DE LA SÉANCE DU' / 'CONSEIL D'ADMINISTRATION DU 12 FÉVRIER 2026') is the document's title for ccas; its "
    "writer counts the last two lines as a section too (12 of 13)",
    "unseen82-recueil-mediation-familiale-2022.txt": "a recueil as pdftotext -layout leaves two columns of "
    "text a page: read column by column, but its narrow lines wrap the sub-themes ('1.1  Accompagner les "
    "séparations' / 'parentales'), titles and porteurs, and glue page numbers to running headers: 11 of 17",
    "unseen83-dossier-marmande-2025.txt": "a press release whose items tell their facts in sentences ('Démarrée "
    "en janvier 2021, l'expérimentation a été évaluée par le cabinet …'), no key-data box: read where two facts "
    "are told (8 of 9); its planned item tells only a future date ('prévues à l'automne 2026'), read as none",
    "unseen93-recueil-occitanie-2023.txt": "an online base of initiatives saved as text: its results read as fiches "
    "(facts parted by bars, wrapped anywhere) in the chapters its counted groups make, 12 of 15; a result whose "
    "facts line gives no territory is missed, and the two entries under 'Autres démarches signalées' too",
    "unseen93-caf-yonne-evenements-de-vie.txt": "a page a browser printed, its site menu as a column beside the "
    "first items (now read column by column): 6 of 7; the last item, a partners' webinar, follows an interview "
    "teaser the page sets like an item and is taken for its text",
    "unseen92-recueil-jardins-solidaires-2023.txt": "a recueil as pdftotext -layout leaves two columns a page: "
    "16 of 17 read; one page sets an 'autres démarches' entry at the top of its right column, above the "
    "'» Autres démarches' line printed lower in the left one, so column order reads the entry first (as a fiche's "
    "text)",
    "unseen106-plan-a-saint-junien-2025.txt": "a scanned plan read by OCR: 11 of 11 actions and every key field, but "
    "a sheet whose cost field says 'à moyens constants' has last year's aid ('pour un montant total de 83 640 €') "
    "in its findings counted as its budget (total 547 840 against 464 200)",
    "unseen106-kit-cahors-2025.txt": "a press kit made of press releases under a contents page by stage: the seven "
    "items and their stages found, but each release tells its start, partners, evaluator and outcome in sentences "
    "of news prose ('Lancé en avril 2021', 'conduite avec …', 'Son évaluation a été confiée à …'): 22 of 49 fields",
    "unseen106-doc-figeac-livret-accueil-saad-2026.txt": "a home-help service's welcome booklet: 11 of 12 sections; a "
    "heading in capitals wrapped over two lines is read as two, and the cover's two lines in capitals as sections",
    "unseen106-sheet-mende-cafe-des-aidants.txt": "a sheet filled in as a prize's application form ('1.3 Structure "
    "porteuse : …', answers on the line or below, checkbox lists '☒ Commune ☐ …', 'PARTIE 2 – …' parts): the form's "
    "outline-numbered questions are not read as its facts, so no family is sure and it is read as generic",
    "unseen106-recueil-b-occitanie-2025.txt": "a recueil whose fiches open on a coloured band in capitals "
    "('GERS (32) · ACCÈS AUX DROITS · DEPUIS 2019') and close on 'Initiative portée par … – statut : …': 17 of 19 "
    "entries, but the band's sub-theme and year and the closing porteur and status are not read (55 of 105 fields)",
}
TARGET_RECORDS = 0.95
TARGET_FIELDS = 0.90


def _meets_targets(score: Score) -> list[str]:
    problems = []
    if score.crash:
        problems.append(f"traceback: {score.crash}")
    if score.detected != score.family:
        problems.append(f"detected as {score.detected} ({score.error})")
    if score.record_share < TARGET_RECORDS:
        problems.append(f"records {score.found - score.furniture}/{score.expected}")
    if score.field_share < TARGET_FIELDS:
        problems.append(f"key fields {score.fields_right}/{score.fields}")
    if score.counted_twice:
        problems.append(f"money counted twice: {score.counted_twice[0]}")
    if not score.total_exact:
        problems.append(f"total {score.total_found} != {score.total_expected}")
    return problems


CORPUS = conformance.documents() + conformance.documents(holdout=True)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        pytest.param(d, e, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[d.name]))
        if d.name in KNOWN_GAPS
        else (d, e)
        for d, e in CORPUS
    ],
    ids=[d.name for d, _ in CORPUS],
)
def test_conformance_document_meets_the_targets(document: Path, expected: Path):
    """Detected as its family without --kind, ≥ 95 % of its records found, ≥ 90 % of their key
    fields right, its plan total exact to the euro, no traceback."""
    score = conformance.score(document, expected)
    assert _meets_targets(score) == [], score.misses[:10]


def test_a_document_no_family_is_sure_of_is_read_by_the_likely_ones(tmp_path):
    """Stage words and key-data headings none of the data files knows: detection is unsure
    (below 0.6), so the likely families read it, and the press-kit reading, which finds its
    items with their start years, evaluators and partners, is kept and said."""
    items = [
        ("Le bus des droits", "mars 2022", "Cabinet Trame"),
        ("Les jardins partagés", "2021", "Université de Caen"),
        ("Le café des aidants", "2023", "Observatoire départemental"),
    ]
    text = "# Nos chantiers solidaires 2024\n\n## Ce qui avance\n\n" + "\n".join(
        f"### {t}\n\nUne action qui change le quotidien de ses habitants.\n\n- Lancement : {y}\n"
        f"- Évaluateur : {e}\n- Partenaires : CAF, MSA\n"
        for t, y, e in items
    )
    path = tmp_path / "chantiers.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "experiments"
    assert [(r.title, r.evaluator) for r in result.records] == [(t, e) for t, _, e in items]
    assert "by reading it" in result.document.warnings[0].message
