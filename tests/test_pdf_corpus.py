"""Documents nobody fitted the reader to, typeset as publishers would, read back from the PDF.

The two newest held-out batches of the conformance corpus (16 documents, all six families,
written from the families' descriptions alone) are set by WeasyPrint and Typst
(tests/typeset.py) and scored against their writers' expected records, as the text is
(`python -m tests.pdf_conformance` does the whole corpus). The floors below are a little under
what the reader gives today (98 % and 95 % of records, 94–98 % of key fields): a drop means the
reader lost something a user's PDF has.
"""

from __future__ import annotations

import pytest

from ccas_cli.ingest import parse_file

from . import conformance
from .pdf_conformance import score_pdf
from .typeset import ENGINES, render

BATCHES = ("unseen39-", "unseen40-")
DOCUMENTS = [(d, e) for d, e in conformance.documents() if d.name.startswith(BATCHES)]


@pytest.mark.parametrize("engine", ENGINES)
def test_held_out_documents_typeset_give_their_records(tmp_path, engine):
    pytest.importorskip(engine)
    assert len(DOCUMENTS) == 16
    scores = [score_pdf(d, e, engine, 1, tmp_path) for d, e in DOCUMENTS]
    problems = [f"{s.path.name}: {s.crash or s.error}" for s in scores if s.crash or s.error]
    problems += [f"{s.path.name}: detected as {s.detected}" for s in scores if s.detected != s.family]
    problems += [
        f"{s.path.name}: total {s.total_found} != {s.total_expected}" for s in scores if not s.total_exact
    ]
    problems += [f"{s.path.name}: {s.counted_twice[0]}" for s in scores if s.counted_twice]
    assert problems == []
    found = sum(s.found - s.furniture for s in scores)
    expected = sum(s.expected for s in scores)
    right, fields = sum(s.fields_right for s in scores), sum(s.fields for s in scores)
    misses = [f"{s.path.name}: {m}" for s in scores for m in s.misses][:20]
    assert found / expected >= 0.93, misses
    assert right / fields >= 0.92, misses


# Two plans whose two-column PDFs lost every record: fields printed as "- Label : value" under
# "1. Title" (a PDF keeps no indent), and rules of underscores wider than a narrow column (they
# ran into the gutter, so the page was read as one column, its lines interleaved).
TWO_COLUMNS = ("ccas-port-lenoir-2024", "unseen24-plan-a-plouvenec-2030")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", TWO_COLUMNS)
def test_plans_in_two_columns_give_every_sheet_and_the_total(tmp_path, engine, name):
    pytest.importorskip(engine)
    ((document, expected),) = [(d, e) for d, e in conformance.documents() if d.stem == name]
    score = score_pdf(document, expected, engine, 2, tmp_path)
    assert (score.error, score.found, score.total_exact) == (None, score.expected, True), score.misses


# Recueils whose two-column PDFs lost most fiches: a Sommaire table whose right border is drawn
# where the column's justified text ends (the gutter was missed, both columns interleaved), fiche
# headers as ruled tables whose tall rows read as paragraphs; a Sommaire entry wrapped by the
# narrow column and labels that lost their alignment ("Territoire Département du Nord").
RECUEILS_IN_TWO_COLUMNS = {
    "unseen41-recueil-a-non-recours-2030": 15,
    "unseen34-recueil-b-culture-sport-lien-social-2025": 15,
}


@pytest.mark.parametrize("name", RECUEILS_IN_TWO_COLUMNS)
def test_recueils_in_two_columns_give_most_of_their_records(tmp_path, name):
    pytest.importorskip("weasyprint")
    ((document, expected),) = [(d, e) for d, e in conformance.documents() if d.stem == name]
    score = score_pdf(document, expected, "weasyprint", 2, tmp_path)
    assert score.error is None and score.found >= RECUEILS_IN_TWO_COLUMNS[name], score.misses


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sheet_title_with_a_colon_stays_the_title_in_a_pdf(tmp_path, engine):
    """Typeset, "Santé au comptoir : des permanences …" loses its `#` and reads as a field
    (label, value); set larger than every heading after it, it is still the sheet's title."""
    pytest.importorskip(engine)
    ((document, expected),) = [
        (d, e) for d, e in conformance.documents() if d.stem == "unseen50-quimper-2024"
    ]
    score = score_pdf(document, expected, engine, 1, tmp_path)
    assert (score.error, score.found, score.fields_right) == (None, 1, score.fields), score.misses


@pytest.mark.parametrize("engine", ENGINES)
def test_news_titles_with_a_colon_stay_titles_in_a_pdf(tmp_path, engine):
    """Typeset, "Bernay : une permanence numérique ouvre …" (one holding "300 €") set larger
    than the text is an item's title, not a field: every item of the page, in both engines."""
    pytest.importorskip(engine)
    name = "unseen52-caf-eure-actualites-partenaires"
    ((document, expected),) = [(d, e) for d, e in conformance.documents() if d.stem == name]
    score = score_pdf(document, expected, engine, 1, tmp_path)
    assert (score.error, score.found, score.expected) == (None, 7, 7), score.misses


# A recueil whose outline only typography tells in a PDF: sub-themes set larger than the fiche
# titles under them, header labels in bold over their values, a header box set in two columns.
_OUTLINED_RECUEIL = (
    "# Aller vers les habitants\n\n## Sommaire\n\n- Un bus des droits — p. 3\n- Des visites à domicile — p. 4\n"
    "- Un accueil de nuit — p. 5\n\n# Chapitre 1 — Aller vers\n\n## Les territoires ruraux\n\n"
    "### Un bus des droits\n\n**Département**\nLot\n\n**Porteur**\nConseil départemental du Lot\n\n"
    "**Année**\n2030\n\n#### Contexte\n\nUn texte qui dit le besoin des communes éloignées des services.\n\n"
    "## Les quartiers\n\n### Des visites à domicile\n\nCollectivité : Aude\tAnnée : 2029\n"
    "Porteur : Conseil départemental de l'Aude\tStatut : En cours\n\n#### Contexte\n\n"
    "Un autre texte qui dit le besoin des familles des quartiers.\n\n"
    "## Les publics de la nuit\n\n### Un accueil de nuit\n\n**Département**\nNord\n\n**Porteur**\n"
    "Département du Nord\n\n**Année**\n2031\n\n#### Contexte\n\nUn troisième texte sur les besoins.\n"
)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_recueil_outlined_by_type_sizes_and_boxes_set_in_columns(tmp_path, engine):
    pytest.importorskip(engine)
    pdf = render(_OUTLINED_RECUEIL, tmp_path / "recueil.pdf", engine, "Recueil 2031")
    records = parse_file(pdf, kind="odas-recueil").records
    assert [(r.title, r.departement, r.year, r.theme_label) for r in records] == [
        ("Un bus des droits", "Lot", 2030, "Les territoires ruraux"),
        ("Des visites à domicile", "Aude", 2029, "Les quartiers"),
        ("Un accueil de nuit", "Nord", 2031, "Les publics de la nuit"),
    ]


_SHEET_UNDER_A_COLLECTION_LINE = (
    "# Un jardin partagé au pied des immeubles\n\n*Fiches d'expérience · collection « Habiter » · 2031*\n\n"
    "Par le CCAS de Valmorel\n\n**Repères**\n\n- **Porteur :** CCAS de Valmorel\n- **Statut :** en cours\n"
    "- **Budget :** 4 000 € par an\n\n"
    + "".join(
        f"## {section}\n\n"
        + " ".join([f"Un paragraphe de la partie « {section} » qui raconte le projet."] * 8)
        + "\n\n"
        for section in ("Contexte", "Ce qui a été fait", "Résultats", "Conseils")
    )
    + "## Contacts\n\nMarie Lenoir, chargée de mission — marie.lenoir@valmorel.example\n"
)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_practice_sheet_titled_in_large_type_above_its_collection_line(tmp_path, engine):
    """Typeset, the sheet's title is the line set largest, not the collection's line between it
    and the byline "Par le CCAS de …"; the "Repères" box's list gives its fields."""
    pytest.importorskip(engine)
    pdf = render(_SHEET_UNDER_A_COLLECTION_LINE, tmp_path / "fiche.pdf", engine, "Fiche 2031")
    (record,) = parse_file(pdf, kind="inspiraction").records
    assert record.title == "Un jardin partagé au pied des immeubles"
    # the box's fields, a list of "• Label : value" lines under its heading
    assert {k: record.fields.get(k) for k in ("Porteur", "Statut")} == {
        "Porteur": "CCAS de Valmorel",
        "Statut": "en cours",
    }


_SHEET_WITH_TWO_CONTACTS = (
    "# Des visites de convivialité en milieu rural\n\nPar le CCAS de Valmorel\n\n"
    + "".join(
        f"## {section}\n\n"
        + " ".join([f"Un paragraphe de la partie « {section} » qui raconte le projet."] * 8)
        + "\n\n"
        for section in ("Le contexte", "Ce qui a été fait", "Résultats", "Conseils")
    )
    + "## Contacts\n\n- **Anne Roux**, chargée de mission, CCAS de Valmorel — anne.roux@valmorel.example"
    " — 04 79 00 00 01\n\n**Paul Martin**\nChef du service seniors, CCAS de Valmorel\nTél. : 04 79 00 00 02\n"
    "Courriel : paul.martin@valmorel.example\n"
)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_contact_named_in_bold_after_another_stays_a_contact(tmp_path, engine):
    """Typeset, "**Paul Martin**" over his role, phone and e-mail is set in bold at the text's
    size: a second contact, not a section heading that closes the contacts."""
    pytest.importorskip(engine)
    pdf = render(_SHEET_WITH_TWO_CONTACTS, tmp_path / "fiche.pdf", engine, "Fiche 2031")
    (record,) = parse_file(pdf, kind="inspiraction").records
    assert [(c.name, c.email) for c in record.contacts] == [
        ("Anne Roux", "anne.roux@valmorel.example"),
        ("Paul Martin", "paul.martin@valmorel.example"),
    ]
