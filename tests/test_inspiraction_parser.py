"""The Inspir'action sheet parser on the real Grenoble access-to-rights sheet (read by hand)."""

from __future__ import annotations

import textwrap

import pytest

from ccas_cli.extract import read_source
from ccas_cli.families.inspiraction import detect
from ccas_cli.ingest import parse_file
from ccas_cli.models import Contact

from .conftest import RAW, parse_text, subtitles

FILE = RAW / "inspiraction-grenoble-acces-aux-droits.txt"


@pytest.fixture(scope="module")
def sheet_result(manifest):
    entry = manifest["inspiraction-grenoble-2017"]
    return parse_file(entry.file, kind="inspiraction", entry=entry)


@pytest.fixture(scope="module")
def sheet(sheet_result):
    assert len(sheet_result.records) == 1
    return sheet_result.records[0]


def test_one_sheet_titled_from_the_manifest(sheet, sheet_result):
    """The extraction lost the page title: the manifest's title is used, and a warning says so."""
    assert sheet.type == "sheet"
    assert sheet.title == "Plan d'action grenoblois pour l'accès aux droits"
    assert sheet.id == "inspiraction-grenoble-2017/plan-action-grenoblois-pour-acces-aux-droits"
    assert [w.code for w in sheet_result.document.warnings] == ["no-title-line"]


def test_reperes_fields_as_printed(sheet):
    """Every "Label : value" of Repères, plus byline, resource file and completion date."""
    assert sheet.fields == {
        "Par": "la Ville de Grenoble",
        "Dossier ressource": "Dématérialisation et accès aux droits de santé",
        "Statut du projet": "en cours de conception",
        "Échelle": "ville",
        "Thématiques traitées": "accès aux droits, dématérialisation",
        "Public visé": "tout public",
        "Partenaires opérationnels": "Emmaus Connect, Grenoble Alpes Métropole, CAF",
        "Partenaires financiers": "Grenoble Alpes Métropole, Union Européenne, Ville de Grenoble",
        "Complété le": "27.06.2017",
    }


def test_partners_operational_and_financial(sheet):
    """Operational then financial partners, resolved to canonical names, each once."""
    assert sheet.partners == [
        "Emmaüs Connect",
        "Grenoble-Alpes Métropole",
        "Caisse d'Allocations Familiales",
        "Union européenne",
        "Ville de Grenoble",
    ]
    assert sheet.partners_unresolved == []


def test_contact_block(sheet):
    """The "Contact référent" block is one contact: name, role and organisation, e-mail, phone."""
    assert sheet.contacts == [
        Contact(
            name="Yolande Pardo",
            role="Directrice de projets Accueil, Accès aux droits, Développement social – "
            "Direction de l’action territoriale, Ville de Grenoble",
            email="yolande.pardo@grenoble.fr",
            phone="04 56 52 66 19",
        )
    ]


def test_prose_sections_with_their_printed_labels(sheet):
    """Prose sections keep the sheet's headings and order; bullets stay in their section."""
    assert list(sheet.sections) == [
        "Contexte",
        "Objectifs",
        "Description de l’action",
        "Un exemple d’action conçue dans le cadre du Plan",
        "Résultats",
        "Perspectives",
        "Conseils pour reproduire ce projet",
        "Aller plus loin",
    ]
    assert sheet.sections["Objectifs"].count("> ") == 2
    assert sheet.sections["Aller plus loin"].count("\n> ") == 4
    assert "17 mesures" in sheet.sections["Description de l’action"]
    assert sheet.budget_lines == []  # the sheet states no euro amount


def test_every_line_is_accounted_for(sheet_result, sheet):
    """Notice and download link are document sections; nothing is unparsed."""
    document = sheet_result.document
    assert document.lines_accounted == document.lines_total == 58
    assert document.unparsed == []
    assert document.sections["Navigation"] == "Télécharger cette Inspir’action en format PDF"
    assert document.sections["En-tête"].startswith("Cette Inspir’action fait partie du dossier ressource")
    assert sheet.source.lines == (1, 125)


def test_a_title_line_above_the_byline_is_the_title(tmp_path):
    """When the export keeps the page title above "Par …", it is the sheet's title."""
    target = tmp_path / FILE.name
    target.write_text("Un plan pour les droits\n\n" + FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = parse_file(target, kind="inspiraction")
    assert result.records[0].title == "Un plan pour les droits"
    assert "no-title-line" not in {w.code for w in result.document.warnings}
    assert result.document.unparsed == []


def test_detect_only_the_sheet():
    """detect() is confident on the sheet and below the threshold on the other documents."""
    for path in sorted(RAW.glob("*.txt")):
        score = detect(read_source(path))
        assert (score >= 0.6) == (path == FILE), (path.name, score)


@pytest.mark.parametrize(
    ("text", "is_phone"),
    [
        ("04 76 69 47 00", True),
        ("04.76.69.47.00", True),
        ("0476694700", True),
        ("+33 4 76 69 47 00", True),
        ("+334 76 69 47 00", True),
        ("0 800 00 11 22", True),
        ("04 76 69 47", False),
        ("2016 2017 2018", False),
    ],
)
def test_one_phone_pattern_for_every_family(text, is_phone):
    """Contact lines of the recueil and the sheet's contact block share one pattern: national
    numbers, 0 800 numbers and +33 numbers, found in a line or matched as the whole line."""
    from ccas_cli.families.contacts import PHONE

    assert bool(PHONE.fullmatch(text)) is is_phone
    assert bool(PHONE.search(f"Tél. : {text} (standard)")) is is_phone


def test_contacts_on_one_line_or_under_a_bold_name(tmp_path):
    """ "**Name** — role — mail — phone" on one line, and a bold name over its role, "Tél. :" and
    "Courriel :" lines: two people, the bold name not a section of its own."""
    path = tmp_path / "fiche.md"
    path.write_text(
        "# Un jardin partagé au pied des immeubles\n\n| En bref | |\n|---|---|\n| Porté par | CCAS de Brest |\n"
        "| Public | Habitants |\n| Statut | En cours |\n\n## Contexte\n\nUn texte qui décrit le contexte.\n\n"
        "## Contacts\n\n**Anne Kerlo** — chargée de mission, CCAS de Brest — a.kerlo@brest-exemple.fr — 02 98 00 11 22\n\n"
        "**Yann Le Gall**\nAnimateur, centre social\nTél. : 02 98 00 33 44\nCourriel : y.legall@cs-exemple.fr\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="inspiraction")
    (sheet,) = result.records
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Anne Kerlo", "a.kerlo@brest-exemple.fr", "02 98 00 11 22"),
        ("Yann Le Gall", "y.legall@cs-exemple.fr", "02 98 00 33 44"),
    ]
    assert "Yann Le Gall" not in sheet.sections


def test_a_line_dated_to_the_month_is_not_the_title(tmp_path):
    path = tmp_path / "fiche.txt"
    path.write_text(
        "BANQUE D'EXPÉRIENCES – FICHE N° 12\n\nLe Bus des solidarités : aller vers les villages\n\n"
        "Fiche rédigée en janvier 2026 à partir d'un entretien avec l'équipe du CCAS\n\n"
        "EN BREF\n\nPorteur du projet\nCCAS d'Aubenas\n\nPublic\nPersonnes âgées isolées\n\nBudget\n62 400 € par an\n\n"
        "CONTEXTE\n\nUn texte qui décrit le contexte de l'action dans les villages du bassin.\n",
        encoding="utf-8",
    )
    (sheet,) = parse_file(path, kind="inspiraction").records
    assert sheet.title == "Le Bus des solidarités : aller vers les villages"


def test_a_wrapped_title_and_a_box_of_two_columns_under_any_heading(tmp_path):
    """A PDF read with its layout: the title wrapped over two indented lines, a byline under
    it, then a box whose heading no vocabulary names, its labels and values set in two columns
    with spaces (labels known or not, a value going on below at its column, a rule closing it)."""

    text = (
        "        « Un café, une écoute » : des psychologues\n        dans les cafés de village\n\n"
        "        Une action portée par le CIAS du Grand-Figeac (Lot)\n\n\n"
        "  CARTE D’IDENTITÉ DE L’ACTION\n  " + "-" * 60 + "\n"
        "  Porteur                   CIAS du Grand-Figeac\n  Échelle                   intercommunale\n"
        "  Partenaires de terrain    Maison des aidants du Lot, MSA Midi-Pyrénées Nord,\n"
        "                            association Bistrots de pays\n  Budget                    64 000 € par an\n  "
        + "-"
        * 60
        + "\n\n\nLE CONTEXTE\n\nUn texte qui décrit le contexte de l'action.\n\nCONTACTS\n\n"
        "Lucie Fargues, psychologue\nlucie@example.fr\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.title == "« Un café, une écoute » : des psychologues dans les cafés de village"
    assert sheet.fields == {
        "Porteur": "CIAS du Grand-Figeac",
        "Échelle": "intercommunale",
        "Partenaires de terrain": "Maison des aidants du Lot, MSA Midi-Pyrénées Nord, association Bistrots de pays",
        "Budget": "64 000 € par an",
    }
    assert list(sheet.sections)[:1] == ["LE CONTEXTE"]


def test_a_box_of_bold_questions_in_a_blockquote(tmp_path):
    """ "> - **Qui porte ?** value": a question in bold is a label with its own colon; such a
    box under "> **L'essentiel**" makes the document a practice sheet (detected, not generic)."""
    from ccas_cli.ingest import parse_file

    text = (
        "# Le café qui roule\n\nUn texte d'introduction sur le café itinérant.\n\n> **L'essentiel**\n>\n"
        "> - **Qui porte ?** Centre social La Grange\n> - **Où ?** Val d'Arlanc (63)\n> - **Pour qui ?** personnes âgées\n"
        "> - **Depuis quand ?** octobre 2033\n> - **Qui finance ?** ARS, MSA\n> - **Combien ?** 41 000 € par an\n\n"
        "## D'où part le projet ?\n\nUn texte.\n\n## Contacts\n\n**Maëlle Rouchon**\nmaelle@example.fr\n"
    )
    path = tmp_path / "fiche.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "inspiraction"
    (sheet,) = result.records
    assert sheet.fields["Qui porte ?"] == "Centre social La Grange" and len(sheet.fields) == 6


def test_key_facts_as_a_table_of_pairs_and_contacts_as_a_table(tmp_path):
    """A key-facts box set as a four-column table (two bold label/value pairs a row, the first
    pair in the header row) and a contacts table with a "—" cell."""

    text = (
        "# Un jardin partagé au pied des immeubles\n\n"
        "| **Porteur** | CCAS d'Aurillac | **Territoire** | Aurillac (Cantal) |\n|---|---|---|---|\n"
        "| **Public** | locataires | **Budget annuel** | 12 000 € |\n"
        "| **Partenaires** | Cantal Habitat, centre social | **Période** | depuis 2029 |\n\n"
        "## Pourquoi ce projet ?\n\nUn texte qui explique le projet et ses raisons, en quelques phrases.\n\n"
        "## Contacts\n\n| Interlocuteur | Fonction | Courriel | Téléphone |\n|---|---|---|---|\n"
        "| Jeanne Roche | coordinatrice | j.roche@ccas-aurillac.fr | 04 71 00 00 03 |\n"
        "| Luc Vidal | gardien | l.vidal@cantal-habitat.fr | — |\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert sheet.fields == {
        "Porteur": "CCAS d'Aurillac",
        "Territoire": "Aurillac (Cantal)",
        "Public": "locataires",
        "Budget annuel": "12 000 €",
        "Partenaires": "Cantal Habitat, centre social",
        "Période": "depuis 2029",
    }
    assert [(c.name, c.role, c.email, c.phone) for c in sheet.contacts] == [
        ("Jeanne Roche", "coordinatrice", "j.roche@ccas-aurillac.fr", "04 71 00 00 03"),
        ("Luc Vidal", "gardien", "l.vidal@cantal-habitat.fr", None),
    ]
    assert "Pourquoi ce projet ?" in sheet.sections


def test_a_repères_caption_over_a_table_is_read_as_the_key_facts(tmp_path):
    """ "**Repères clés**" over a markdown table (a header row, then label | value rows), under a
    "# Title" and a byline: the sheet is titled by its heading and its facts are the rows."""
    text = (
        "Accueil › Fiches\n\n# Des jardins partagés au pied des immeubles\n\nPorté par le **CCAS de Vierzon**\n\n"
        "Un résumé de l'action en quelques phrases, pour donner envie de lire la suite de la fiche.\n\n"
        "**Repères clés**\n\n| Rubrique | Information |\n|---|---|\n| Porteur | CCAS de Vierzon |\n"
        "| Public | Familles des quartiers nord |\n| Budget | 12 000 € par an |\n\n"
        "## Pourquoi ce projet ?\n\nUn texte sur l'origine du projet et le besoin constaté sur le terrain.\n\n"
        "## Contacts\n\n**Anne Morel**, coordinatrice\nCourriel : anne.morel@exemple.fr\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert sheet.title == "Des jardins partagés au pied des immeubles"
    assert {k: v for k, v in sheet.fields.items() if k in ("Porteur", "Public", "Budget")} == {
        "Porteur": "CCAS de Vierzon",
        "Public": "Familles des quartiers nord",
        "Budget": "12 000 € par an",
    }


def test_a_contact_named_in_bold_then_role_over_labelled_items(tmp_path):
    """ "**Name**, role" under "## Contacts", then "- Tél. : …" / "- Courriel : …": a second
    person (a bold run opening a paragraph is no section heading there)."""

    text = (
        "# Un bus de dépistage sur les marchés\n\n> **Porteur :** CCAS de Riom-ès-Montagnes\n"
        "> **Budget :** 9 000 € par an\n\n## Contexte\n\nUn texte qui explique le projet et ses raisons.\n\n"
        "## Contacts\n\n**Anne Roche**, directrice du CCAS\nanne.roche@ccas-riom.example – 04 71 00 00 01\n\n"
        "**Paul Vidal**, médecin coordinateur, centre hospitalier\n- Tél. : 04 71 00 00 02\n"
        "- Courriel : p.vidal@ch-riom.example\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Anne Roche", "anne.roche@ccas-riom.example", "04 71 00 00 01"),
        ("Paul Vidal", "p.vidal@ch-riom.example", "04 71 00 00 02"),
    ]
    assert list(sheet.sections) == ["Contexte", "Contacts"]


def test_a_title_underlined_with_equal_signs(tmp_path):
    """Markdown's other first-level heading (the title over a line of "="), its sections
    underlined with "-": the title is the sheet's, not the italic byline below it."""

    text = (
        "Respirer mieux chez soi : une conseillère pour les familles\n"
        "===========================================================\n\n"
        "*Fiche proposée par le CCAS de Riom — collection « Santé », mise à jour en 2031*\n\n"
        "| **Porté par** | CCAS de Riom |\n| **Budget** | 9 000 € par an |\n\n"
        "Contexte\n--------\n\nUn texte qui explique le projet et ses raisons.\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert sheet.title == "Respirer mieux chez soi : une conseillère pour les familles"
    assert "Contexte" in sheet.sections


def _wrapped(text: str, width: int = 76) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


def test_a_sheet_extracted_from_a_pdf_headings_glued_to_their_wrapped_text(tmp_path):
    """Text as a PDF-to-text tool gives it: each section heading right over its text wrapped at
    the page's width (no blank line), list items whose lines hang under their text, a footer
    "… 1/2" / "… 2/2" numbering the pages out of their count, "Contacts" right over the names:
    every heading is a section, the footer is furniture, the contacts are read."""
    words = [
        "logements",
        "anciens",
        "humidité",
        "hiver",
        "familles",
        "aide",
        "situation",
        "professionnels",
        "santé",
        "difficultés",
        "consultations",
        "bailleur",
        "visites",
        "conseils",
        "aération",
        "chauffage",
        "enfants",
        "quartier",
        "habitants",
        "mesures",
    ]

    def prose(seed: int, sentences: int = 3) -> str:
        """Sentences of different words for each section (no line printed twice)."""
        return " ".join(
            f"Les {words[(seed + 3 * n) % len(words)]} et les {words[(seed + 3 * n + 1) % len(words)]} "
            f"du {words[(seed + 3 * n + 2) % len(words)]} ont été observés en {2020 + seed + n}, "
            f"avec {seed * 10 + n} situations suivies par l'équipe du service."
            for n in range(sentences)
        )

    text = "\n".join(
        [
            "FICHE EXPÉRIENCE",
            "",
            "Un conseiller habitat au domicile des familles",
            "",
            "EN BREF",
            "Porteur : CCAS de Riom",
            "Territoire : Riom (Puy-de-Dôme)",
            "Public : Familles locataires",
            "Budget : 12 000 € par an",
            "Partenaires : Office public de l'habitat, CAF du Puy-de-Dôme",
            "",
            "Contexte du projet",
            _wrapped(prose(1)),
            "",
            "Objectifs",
            "- Réduire l'exposition des enfants aux moisissures et aux polluants de",
            "  leur logement.",
            "- Associer le bailleur aux travaux nécessaires.",
            "",
            "Ce qui a été mis en place",
            _wrapped(prose(2)),
            "",
            "Fiche expérience – Riom – mars 2031                                    1/2",
            "\f",
            "Résultats",
            _wrapped(prose(3, 8)),
            "",
            "Contacts",
            "Claire Martin, directrice du CCAS de Riom",
            "Tél. : 04 73 00 00 01 – c.martin@ccas-riom.fr",
            "",
            "Fiche expérience – Riom – mars 2031                                    2/2",
        ]
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert list(sheet.sections) == [
        "Contexte du projet",
        "Objectifs",
        "Ce qui a été mis en place",
        "Résultats",
        "Contacts",
    ]
    assert "leur logement." in sheet.sections["Objectifs"].splitlines()[0]
    assert not any("Fiche expérience" in v for v in sheet.sections.values())
    assert [(c.name, c.email) for c in sheet.contacts] == [("Claire Martin", "c.martin@ccas-riom.fr")]


def test_question_headings_the_document_marks_are_sections_not_labels(tmp_path):
    """ "## Pour qui ?" over its text: a section, though "Pour qui ?" is also a key-facts label."""
    text = (
        "# Une consigne solidaire\n\n| Repères | |\n|---|---|\n| **Porteur** | CCAS de Morlaix |\n"
        "| **Territoire** | Morlaix |\n| **Public visé** | Personnes sans domicile |\n\n"
        "## Pourquoi ?\n\nLes personnes à la rue portent tout sur elles.\n\n"
        "## Pour qui ?\n\nToute personne majeure sans logement personnel.\n\n"
        "## Avec qui ?\n\nLes bénévoles des associations caritatives.\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.md").records
    assert list(sheet.sections) == ["Pourquoi ?", "Pour qui ?", "Avec qui ?"]
    assert sheet.fields["Porteur"] == "CCAS de Morlaix"


def test_a_sheet_published_with_a_yaml_front_matter(tmp_path):
    """ "---" / "title: >-" (folded over two lines) / "territoire: …" / "thématiques:" (a list) /
    "---" atop the page: the title, and the facts as the sheet's fields; the body's sections
    follow."""
    text = (
        "---\ntitle: >-\n  Des visites habitat-santé au domicile\n  des ménages modestes\n"
        'territoire: "Pays de Retz (Loire-Atlantique)"\nporteur: "CCAS de Machecoul"\ndate: 2031-06-14\n'
        "thématiques:\n  - Habitat et santé\n  - Précarité énergétique\n---\n\n[Accueil](/) › [Fiches](/fiches/)\n\n"
        "## Pourquoi cette action ?\n\nDes enfants asthmatiques vivent dans des logements humides et mal chauffés.\n\n"
        "## Comment ça marche ?\n\nUne conseillère se rend au domicile, observe le logement et remet un kit.\n\n"
        "## Contacts\n\n- Anne Martin, coordinatrice – anne.martin@ccas-machecoul.fr – 02 40 00 00 00\n"
    )
    record = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert record.title == "Des visites habitat-santé au domicile des ménages modestes"
    assert {k: record.fields[k] for k in ("territoire", "porteur", "date", "thématiques")} == {
        "territoire": "Pays de Retz (Loire-Atlantique)",
        "porteur": "CCAS de Machecoul",
        "date": "2031-06-14",
        "thématiques": "Habitat et santé, Précarité énergétique",
    }


def test_a_sheet_whose_key_facts_are_bold_questions_over_their_answers(tmp_path):
    """A web export: the title underlined with "=" over two lines, an italic note "*Fiche n° 12 –
    publiée le …*" (no heading), the key facts as bold questions each over its short answer
    (one answered on its own line, one inline), then "##" sections."""
    text = (
        "[Accueil](/) › [Fiches](/fiches)\n\n"
        "« Le bus des droits » : le CIAS du Val va au-devant\ndes habitants des hameaux\n"
        "===================================================\n\n"
        "*Fiche n° 12 – publiée le 3 mars 2031*\n\n"
        "**Qui porte l'action ?**\n\nLe CIAS du Val, pôle accès aux droits.\n\n"
        "**Depuis quand ?** Octobre 2029, après une phase test.\n\n"
        "**Combien ça coûte ?**\n\n12 000 € par an, dont 4 000 € de la CAF : le reste est à la charge du CIAS.\n\n"
        "## Contexte\n\nUn texte qui dit pourquoi le bus est né et ce qu'il change pour les habitants.\n\n"
        "## Résultats\n\nUn texte qui dit ce que le bus a permis depuis son lancement.\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert sheet.title == "« Le bus des droits » : le CIAS du Val va au-devant des habitants des hameaux"
    assert sheet.fields == {
        "Qui porte l'action ?": "Le CIAS du Val, pôle accès aux droits.",
        "Depuis quand ?": "Octobre 2029, après une phase test.",
        "Combien ça coûte ?": "12 000 € par an, dont 4 000 € de la CAF : le reste est à la charge du CIAS.",
    }
    assert list(sheet.sections) == ["Contexte", "Résultats"]


def test_a_sheet_saved_from_a_word_processor_its_facts_and_contacts_set_apart_by_tabs(tmp_path):
    """Key facts as "Label<TAB>value" lines, a value going on on a line opening with a tab;
    sections numbered "1. Contexte", "2. Objectifs" (a list's look, the sheet's sections); the
    contacts a tab-separated table under its header row, one phone cell empty."""
    text = (
        "Fiche expérience\n\nUn bus pour les droits dans les hameaux du Val\n\n"
        "Une phrase qui résume l'action et dit à qui elle s'adresse, dans les hameaux du Val.\n\n"
        "Porteur\tCCAS du Val\nTerritoire\tLe Val et les communes de la communauté\n\tde communes du Haut-Val\n"
        "Public\tHabitants isolés des hameaux\nBudget\t12 000 € par an\n\n"
        "1. Contexte\n\nUn texte qui dit pourquoi le bus est né dans ce territoire rural.\n\n"
        "2. Objectifs\n\nUn texte qui dit ce que le bus cherche à changer pour les habitants.\n\n"
        "3. Contacts\n\nNom\tFonction\tTéléphone\tCourriel\n"
        "Anne Roy\tDirectrice du CCAS\t04 70 00 00 01\ta.roy@val.fr\n"
        "Paul Mas\tChargé de mission\t\tp.mas@val.fr\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records[0]
    assert sheet.title == "Un bus pour les droits dans les hameaux du Val"
    assert sheet.fields == {
        "Porteur": "CCAS du Val",
        "Territoire": "Le Val et les communes de la communauté de communes du Haut-Val",
        "Public": "Habitants isolés des hameaux",
        "Budget": "12 000 € par an",
    }
    assert list(sheet.sections)[:2] == ["Contexte", "Objectifs"]
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Anne Roy", "a.roy@val.fr", "04 70 00 00 01"),
        ("Paul Mas", "p.mas@val.fr", None),
    ]


def test_a_sheet_in_two_columns_its_key_facts_in_a_sidebar_beside_the_sections(tmp_path):
    """`pdftotext -layout` of a sheet whose key facts stand in a narrow column beside the
    prose ("PORTEUR" over its value, "DATE DE CRÉATION" over "Mars 2029"…), on two pages: the
    sidebar is read as the sheet's fields, the prose beside it as its sections, in order."""
    left = [
        "Une épicerie itinérante pour les hameaux",
        "",
        "Par le CCAS de Valbonne (Drôme)",
        "",
        "Depuis mars 2029, une camionnette aménagée passe chaque",
        "semaine dans les hameaux les plus éloignés du bourg.",
        "",
        "Contexte",
        "",
        "Le dernier commerce des hameaux a fermé en 2027 et les",
        "personnes âgées sans voiture faisaient leurs courses une",
        "fois par mois, avec l'aide d'un voisin ou d'un aidant.",
        "",
        "Objectifs",
        "",
        "Permettre à chacun d'acheter des produits frais près de",
        "chez lui, et repérer les personnes isolées en chemin.",
    ]
    right = [
        "",
        "",
        "",
        "EN BREF",
        "",
        "PORTEUR",
        "CCAS de Valbonne",
        "",
        "TERRITOIRE",
        "Valbonne et ses six",
    ]
    right += ["hameaux", "", "DATE DE CRÉATION", "Mars 2029", "", "STATUT", "En cours"]
    page1 = "\n".join(f"{a:<58}{b}".rstrip() for a, b in zip(left, right, strict=True))
    left2 = [
        "Déroulement",
        "",
        "La camionnette s'arrête une heure sur la place de chaque",
        "hameau ; une agente du CCAS accompagne le chauffeur et",
        "prend des nouvelles des habitants qui ne viennent pas.",
        "",
        "Résultats",
        "",
        "En un an, 84 foyers ont acheté au moins une fois à",
        "l'épicerie et 12 isolements ont été signalés.",
    ]
    right2 = ["PARTENAIRES", "Banque alimentaire", "de la Drôme", "", "BUDGET", "38 000 € par an"]
    right2 += [""] * (len(left2) - len(right2))
    page2 = "\n".join(f"{a:<58}{b}".rstrip() for a, b in zip(left2, right2, strict=True))
    text = page1 + "\n\n\f" + page2 + "\n"
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records[0]
    assert sheet.title == "Une épicerie itinérante pour les hameaux"
    assert sheet.fields == {
        "PORTEUR": "CCAS de Valbonne",
        "TERRITOIRE": "Valbonne et ses six hameaux",
        "DATE DE CRÉATION": "Mars 2029",
        "STATUT": "En cours",
        "PARTENAIRES": "Banque alimentaire de la Drôme",
        "BUDGET": "38 000 € par an",
    }
    assert list(sheet.sections) == ["Contexte", "Objectifs", "Déroulement", "Résultats"]


def test_a_wiki_sheet_whose_key_facts_are_its_front_matter(tmp_path):
    """A page of a wiki: its key facts in a YAML front matter above the "# Title" (lists inline or
    as blocks, a date), then its sections; the facts are the sheet's fields, as keyed."""
    text = (
        '---\nporteur: CCAS de Valbonne\nterritoire: "Valbonne : centre et hameaux"\nannee: 2029\n'
        "partenaires: [Banque alimentaire, Secours populaire]\nfinanceurs:\n  - Département\n  - CAF\n"
        "mise_a_jour: 2031-03-18\n---\n\n# Une épicerie itinérante pour les hameaux\n\n"
        "## Contexte\n\nLe dernier commerce a fermé et les habitants sans voiture faisaient leurs courses une fois par mois.\n\n"
        "## Résultats\n\nEn un an, 84 foyers ont acheté au moins une fois à l'épicerie itinérante du CCAS.\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.md").records[0]
    assert sheet.title == "Une épicerie itinérante pour les hameaux"
    assert sheet.fields == {
        "porteur": "CCAS de Valbonne",
        "territoire": "Valbonne : centre et hameaux",
        "annee": "2029",
        "partenaires": "Banque alimentaire, Secours populaire",
        "financeurs": "Département, CAF",
        "mise_a_jour": "2031-03-18",
    }
    assert list(sheet.sections) == ["Contexte", "Résultats"]


def test_a_sheet_exported_from_a_form_of_numbered_questions(tmp_path):
    """ "Q1 – Nom de l'action" over its answer, question after question: short answers are the
    sheet's fields, long ones its sections (a question wrapped onto a second line), the action's
    name its title, the contact question's answer its contacts; detected as a practice sheet."""
    from ccas_cli.ingest import parse_file

    long_answer = "\n".join(
        f"Une ligne de réponse qui raconte l'action, son contexte et ce qu'elle a changé ({n})."
        for n in range(1, 6)
    )
    text = (
        "Formulaire « Partagez votre action » – export des réponses\n\n"
        "Q1 – Nom de l'action\nDes sentinelles formées aux premiers secours en santé mentale\n\n"
        "Q2 – Structure porteuse\nCCAS de Valbonne\n\n"
        "Q3 – Territoire concerné\nCommunauté de communes du Val\n\n"
        "Q4 – Date de démarrage\nMars 2029\n\n"
        "Q5 – Partenaires\nPSSM France, centre médico-psychologique de secteur\n\n"
        "Q6 – Budget annuel (en euros)\n14 600 €\n\n"
        "Q7 – Contexte : quels constats ont conduit à la mise en place de\nl'action ?\n"
        + long_answer
        + "\n\n"
        "Q8 – Résultats\n" + long_answer + "\n\n"
        "Q9 – Personne(s) à contacter\nAnne Roy, coordinatrice – a.roy@ccas-valbonne.fr – 02 40 00 00 01\n"
    )
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "inspiraction"
    sheet = result.records[0]
    assert sheet.title == "Des sentinelles formées aux premiers secours en santé mentale"
    assert sheet.fields["Structure porteuse"] == "CCAS de Valbonne"
    assert sheet.fields["Date de démarrage"] == "Mars 2029"
    # (a long question named by its words before the colon)
    assert list(sheet.sections) == ["Contexte", "Résultats", "Personne(s) à contacter"]
    assert [(c.name, c.email) for c in sheet.contacts] == [("Anne Roy", "a.roy@ccas-valbonne.fr")]


def test_a_sheet_laid_out_by_pdftotext_title_over_two_lines_facts_in_two_columns(tmp_path):
    """A one-page sheet as `pdftotext -layout` leaves it: its title in capitals over two centred
    lines, its key facts as label/value pairs side by side (a value wrapping in its column, one
    going on past the lines its label sits on), numbered question sections ("1. POURQUOI ?"),
    contacts one a line ("NOM Prénom – fonction – phone – email"); detected with no family named."""

    def pairs(left: list[str], right: list[str]) -> list[str]:
        return [f"{a:<52}{b}".rstrip() for a, b in zip(left, right, strict=True)]

    lines = [
        "Réseau santé · Fiches d'expérience                                      Fiche n° 4",
        "",
        "",
        "               UN ATELIER DE RÉPARATION DE FAUTEUILS ROULANTS",
        "                        DANS LES QUARTIERS DE VALMONT",
        "",
        "     Une association et le CCAS remettent en état des fauteuils et des déambulateurs",
        "     donnés par des familles, puis les prêtent à qui en a besoin.",
        "",
        "",
        *pairs(["Porteur : Association Roue Libre,", "avec le CCAS de Valmont"], ["Territoire : Valmont (Val),", "quartiers Nord et Est"]),
        "",
        *pairs(["Public : Personnes âgées ou handicapées", "sans aide technique adaptée"], ["Thématiques : Autonomie, réemploi,", "accès aux soins"]),
        "",
        *pairs(["Échelle : Communale"], ["Statut : En cours"]),
        "",
        *pairs(["Partenaires opérationnels : CCAS de Valmont,", "centre social des Tilleuls, Valmont", "Agglomération (service déchets), ergothérapeutes"], ["Partenaires financiers : ARS du Val,", "Ville de Valmont, Fondation de France", ""]),
        "libéraux",
        "",
        "Budget : 18 400 € par an",
        "",
        "",
        "1. POURQUOI ?",
        "",
        "Beaucoup de personnes attendent des mois un fauteuil adapté, faute de reste à charge.",
        "",
        "2. COMMENT ?",
        "",
        "Deux bénévoles et un technicien réparent chaque semaine les aides techniques données.",
        "",
        "3. ET APRÈS ?",
        "",
        "Le CCAS souhaite étendre l'atelier aux communes voisines en 2027.",
        "",
        "Pour en savoir plus",
        "DURAND Léa – coordinatrice de l'atelier, association Roue Libre – 03 00 00 00 01 – atelier@roue-libre.example",
        "MARTIN Paul – référent santé, CCAS de Valmont – sante@ccas-valmont.example",
    ]  # fmt: skip
    path = tmp_path / "fiche.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "inspiraction"
    (sheet,) = result.records
    assert sheet.title == "UN ATELIER DE RÉPARATION DE FAUTEUILS ROULANTS DANS LES QUARTIERS DE VALMONT"
    assert sheet.fields["Territoire"] == "Valmont (Val), quartiers Nord et Est"
    assert sheet.fields["Statut"] == "En cours"
    assert sheet.fields["Partenaires opérationnels"] == (
        "CCAS de Valmont, centre social des Tilleuls, Valmont Agglomération (service déchets), "
        "ergothérapeutes libéraux"
    )
    assert sheet.fields["Budget"] == "18 400 € par an"
    assert [s for s in sheet.sections if s != "Pour en savoir plus"] == [
        "1. POURQUOI ?",
        "2. COMMENT ?",
        "3. ET APRÈS ?",
    ]
    assert [(c.name, c.phone, c.email) for c in sheet.contacts] == [
        ("DURAND Léa", "03 00 00 00 01", "atelier@roue-libre.example"),
        ("MARTIN Paul", None, "sante@ccas-valmont.example"),
    ]


def test_a_sheet_set_as_one_table_of_rubrics_facts_then_sections_then_contacts(tmp_path):
    """The whole sheet one "| Rubrique | Contenu |" table: its key facts first (short cells, a
    bold label with its colon inside, "Public(s) visé(s)"), then its sections (cells of running
    text or of "<br>" lines), then a contact row holding two contacts on "<br>" lines."""
    text = (
        "# Des paniers de légumes pour les femmes enceintes de Valmont\n\n"
        "*Fiche expérience · mise à jour : avril 2031*\n\n"
        "| Rubrique | Contenu |\n|---|---|\n"
        "| **Porteur** | CCAS de Valmont – service Santé publique |\n"
        "| **Territoire** | Valmont (Val), quartiers Nord |\n"
        "| **Public(s) visé(s)** | Femmes enceintes domiciliées à Valmont |\n"
        "| **Date de lancement :** | Janvier 2031 |\n"
        "| **Budget** | 30 000 € par an |\n"
        "| **Contexte** | Les sages-femmes de PMI constatent une alimentation pauvre en légumes. Les prix "
        "ont beaucoup augmenté depuis deux ans, et les familles y renoncent les premières. |\n"
        "| **Objectifs** | Améliorer l'alimentation pendant la grossesse.<br>Réduire l'exposition aux pesticides. |\n"
        "| **Résultats** | • 2031 : 41 femmes incluses.<br>• 2032 : 58 femmes incluses. |\n"
        "| **Contact** | Camille Perrault, chargée de mission, CCAS de Valmont<br>"
        "camille.perrault@ccas-valmont.example – 02 00 00 00 01<br>Hélène Vasseur, sage-femme de PMI<br>"
        "h.vasseur@pmi.example |\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.md").records
    assert list(sheet.fields) == ["Porteur", "Territoire", "Public(s) visé(s)", "Date de lancement", "Budget"]
    assert list(sheet.sections)[:3] == ["Contexte", "Objectifs", "Résultats"]
    assert sheet.sections["Résultats"].split("\n") == [
        "• 2031 : 41 femmes incluses.",
        "• 2032 : 58 femmes incluses.",
    ]
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Camille Perrault", "camille.perrault@ccas-valmont.example", "02 00 00 00 01"),
        ("Hélène Vasseur", "h.vasseur@pmi.example", None),
    ]


def test_a_sheet_that_tells_its_story_first_and_its_key_facts_at_the_end(tmp_path):
    """The sheet's sections first ("Le point de départ", "Ce qui a été fait"), its key facts only
    at the end under "EN RÉSUMÉ" ("Label : value" lines, a value wrapped onto an indented line
    opening in capitals), then "CONTACT": fields and sections both read."""
    text = (
        "FICHE EXPÉRIENCE · JEUNESSE\n\n\nBien dormir pour mieux apprendre au collège de Valmont\n\n"
        "Depuis 2031, le CCAS et le collège proposent des ateliers sur le sommeil et les écrans.\n\n\n"
        "Le point de départ\n\nL'infirmière du collège voyait arriver des élèves épuisés dès le matin.\n"
        "Les familles se disaient démunies face aux écrans du soir.\n\n"
        "Ce qui a été fait\n\nQuatre ateliers par classe, animés par l'infirmière et un éducateur.\n"
        "Ces chiffres doivent être lus avec prudence : les élèves ne sont pas tous les mêmes.\n\n\n"
        "EN RÉSUMÉ\n\n"
        "Porteur : CCAS de Valmont, mission santé\n"
        "Territoire : Valmont (Val)\n"
        "Budget : 14 600 € par an, dont 6 000 € ARS\n"
        "         Occitanie et 3 500 € CAF du Val\n"
        "Évaluation : questionnaire avant / après\n\n\n"
        "CONTACT\n\nMarion Chabanel\nCoordinatrice santé, CCAS de Valmont\nTél. 04 00 00 00 01\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields == {
        "Porteur": "CCAS de Valmont, mission santé",
        "Territoire": "Valmont (Val)",
        "Budget": "14 600 € par an, dont 6 000 € ARS Occitanie et 3 500 € CAF du Val",
        "Évaluation": "questionnaire avant / après",
    }
    assert list(sheet.sections)[:2] == ["Le point de départ", "Ce qui a été fait"]
    assert "lus avec prudence" in sheet.sections["Ce qui a été fait"]
    assert [c.name for c in sheet.contacts] == ["Marion Chabanel"]


def test_an_interview_sheet_whose_contact_closes_it_under_pour_aller_plus_loin(tmp_path):
    """A sheet told as an interview (bold questions as its sections), its contact under "Pour
    aller plus loin": a name in bold with its role, then "Courriel :" and "Tél. :" lines."""
    text = (
        "# Un atelier vélo pour les seniors\n\n| | |\n|---|---|\n| **Qui ?** | CCAS de Dole |\n"
        "| **Où ?** | Dole (Jura) |\n| **Depuis quand ?** | Mai 2030 |\n\n"
        "**Comment est née l'idée ?**\n\nDes habitants ont demandé un atelier.\n\n"
        "**Qu'est-ce qui a changé ?**\n\nDes seniors roulent de nouveau.\n\n"
        "## Pour aller plus loin\n\n**Paul Girard**, animateur du CCAS de Dole\n"
        "Courriel : paul.girard@ccas-dole.fr\nTél. : 03 84 00 00 00\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.md").records
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Paul Girard", "paul.girard@ccas-dole.fr", "03 84 00 00 00")
    ]


def test_a_sheet_whose_sections_are_numbered_with_a_dash_its_pages_footed_without_form_feeds(tmp_path):
    """ "1 – Le contexte" … "4 – Les enseignements" (over bullets) … "5 – Contacts": the sheet's
    sections; its header line printed again right after the "Page 1/2" footer (no form feed)
    is page furniture, neither a section nor text."""
    header = "Fiches expérience – Réseau santé                         Prévention\n\n"
    footer = "────────────────────\nFiche mise à jour en mai 2031                     Page {n}/2\n────────────────────\n\n"
    text = (
        header + "Un atelier pour marcher ensemble\n\nPorteur : CCAS de Dole\nTerritoire : Dole (Jura)\n"
        "Statut : En cours\n\n1 – Le contexte\n\nLe CCAS a constaté que les aînés sortaient peu.\n\n"
        "2 – L'action\n\nDes marches hebdomadaires sont organisées.\n\n"
        + footer.format(n=1)
        + header
        + "3 – Les résultats\n\nTrente personnes marchent chaque semaine.\n\n"
        "4 – Les enseignements\n\n• Partir des envies des habitants.\n\n• S'appuyer sur les clubs.\n\n"
        "5 – Contacts\n\nPaul Girard\nAnimateur du CCAS\npaul.girard@ccas-dole.fr\n\n" + footer.format(n=2)
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert list(sheet.sections) == [
        "Le contexte",
        "L'action",
        "Les résultats",
        "Les enseignements",
        "Contacts",
    ]
    assert [c.email for c in sheet.contacts] == ["paul.girard@ccas-dole.fr"]


def test_a_sheet_written_as_a_post_icons_for_its_facts_and_its_contact_at_the_end(tmp_path):
    """A practice sheet written like a blog post: facts as "🎯 Objectif : …" lines, sections under
    bold lines with an icon ("**💡 L'idée**"), one of them over its table of costs ("**💶 Combien
    ça coûte**"), hashtags, then "📩 Contact : name, role – e-mail" closing the sheet."""
    text = (
        "# À Tulle, une bagagerie solidaire\n\n"
        "🎯 Objectif : permettre aux personnes sans domicile de mettre leurs affaires à l'abri\n"
        "👥 Public : personnes sans domicile stable\n"
        "🏛️ Porteur : CCAS de Tulle\n"
        "🗓️ Depuis : mars 2023\n\n"
        "**💡 L'idée**\n\nTout est parti d'une maraude de l'hiver 2022, quand un homme a refusé une place.\n\n"
        "**💶 Combien ça coûte**\n\n"
        "| Poste | Montant |\n|---|---|\n| Casiers | 12 000 € |\n| Agent d'accueil | 14 200 € |\n\n"
        "**📈 Les effets**\n\nSoixante personnes ont un casier, et personne n'a perdu ses papiers.\n\n"
        "#bagageriesolidaire #CCAS\n\n"
        "📩 Contact : Élodie Vergne, coordinatrice de la veille sociale – e.vergne@ccas-tulle.fr\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    (sheet,) = parse_file(path, kind="inspiraction").records
    assert list(sheet.sections)[:3] == ["L'idée", "Combien ça coûte", "Les effets"]
    assert [(c.name, c.email) for c in sheet.contacts] == [("Élodie Vergne", "e.vergne@ccas-tulle.fr")]
    assert sheet.fields["Porteur"] == "CCAS de Tulle"


def test_key_facts_set_out_across_one_table_row_are_found_without_kind(tmp_path):
    """A sheet whose key facts are ONE horizontal table (labels in the header row, values in the
    row under it), its sections "##" headings worded freely: read as a practice sheet unasked."""
    text = (
        "# Aller chercher les habitants qui ont renoncé à se soigner\n\n"
        "*Un CCAS de vallée repère et accompagne les personnes qui ont mis leur santé de côté.*\n\n"
        "| Porteur | Territoire | Public | Lancement | Budget annuel |\n|---|---|---|---|---|\n"
        "| CCAS de Saint-Aulaire | Vallée de l'Aulaire<br>(Corrèze) | Adultes sans suivi médical | "
        "Octobre 2031 | 41 200 € |\n\n"
        "## Pourquoi cette action ?\n\nLes médecins sont loin et peu nombreux dans la vallée.\n\n"
        "## Comment ça marche\n\nUne coordinatrice accompagne chaque personne jusqu'au soin.\n\n"
        "## Ce que l'on en retient\n\nLe transport est la clé du dispositif.\n\n"
        "## Contacts\n\n- **Maite Etchart**, coordinatrice — m.etchart@ccas-aulaire.fr — 05 55 00 00 00\n"
    )
    path = tmp_path / "fiche.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    [record] = result.records
    assert record.type == "sheet"
    # (the cell's "<br>" kept as a line break)
    assert {k: " ".join(record.fields[k].split()) for k in ("Porteur", "Territoire", "Lancement")} == {
        "Porteur": "CCAS de Saint-Aulaire",
        "Territoire": "Vallée de l'Aulaire (Corrèze)",
        "Lancement": "Octobre 2031",
    }


def test_key_facts_called_out_between_paragraphs_and_contacts_signed_after_a_rule(tmp_path):
    """A sheet laid out as a magazine feature: no key-facts box; its facts called out in quotes
    between a section's paragraphs ("> 📍 **Territoire** : …", one wrapped over two quoted lines,
    one with its colon inside the bold), a quoted testimony and a figure that are no facts; the
    people signing it after the closing rule, with no contact heading."""
    text = (
        "# Une laverie solidaire au cœur du quartier\n\n"
        "> 📌 **Porteur** : CCAS de Vierzon\n\n"
        "## Le point de départ\n\nLes familles du quartier n'avaient plus de laverie à moins de deux kilomètres.\n\n"
        "> 📍 **Territoire** : Vierzon (Cher), quartier prioritaire\n\n"
        "L'idée a mûri pendant un an avec les habitants.\n\n"
        "## Le fonctionnement\n\nLa laverie ouvre trois matinées par semaine.\n\n"
        "> 🎯 **Public visé** : familles du quartier, personnes sans domicile,\n"
        "> résidents du foyer de jeunes travailleurs\n\n"
        "> 💬 « On se parle plus qu'avant. » — une habitante\n\n"
        "## Le financement\n\n> 💶 **Budget annuel :** 18 000 € en 2031\n\n"
        "> **312** familles accueillies en 2031.\n\nLa Ville met le local à disposition.\n\n"
        "---\n\n*Propos recueillis en mars 2032.*\n\n"
        "**Claire Martin**, responsable du pôle solidarités\nc.martin@ccas-vierzon.fr · 02 48 00 00 00\n\n"
        "**Yanis Benali**, médiateur\ny.benali@ccas-vierzon.fr\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "feature.md").records
    assert sheet.fields == {
        "Porteur": "CCAS de Vierzon",
        "Territoire": "Vierzon (Cher), quartier prioritaire",
        "Public visé": "familles du quartier, personnes sans domicile, résidents du foyer de jeunes travailleurs",
        "Budget annuel": "18 000 € en 2031",
    }
    assert list(sheet.sections) == ["Le point de départ", "Le fonctionnement", "Le financement"]
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Claire Martin", "c.martin@ccas-vierzon.fr", "02 48 00 00 00"),
        ("Yanis Benali", "y.benali@ccas-vierzon.fr", None),
    ]


def test_a_sheet_printed_from_a_form_blanks_boxes_and_numbered_parts(tmp_path):
    """A form filled in and printed: "Nom de la structure : ____CCAS de Vierzon____", two answers
    on one line, check boxes after a label or under it ("Thématique(s) (plusieurs choix possibles)
    :" over "[x] Accès aux droits  [ ] Logement"), the action named by its "Intitulé de l'action :"
    line in the middle of the form, numbered parts (one with an instruction in brackets under
    it), the contact as "Nom / Fonction / Courriel / Téléphone" lines."""
    text = (
        "UNION DÉPARTEMENTALE DES CCAS\nFICHE DE PARTAGE D'EXPÉRIENCE\n\n"
        "1. IDENTIFICATION DE LA STRUCTURE\n\n"
        "Nom de la structure : ____CCAS de Vierzon__________________\n\n"
        "Département : ____Cher (18)________     Région : ____Centre-Val de Loire____\n\n"
        "Échelle d'intervention :  [ ] Quartier   [x] Commune   [ ] Département\n\n"
        "2. L'ACTION EN QUELQUES MOTS\n\n"
        "Intitulé de l'action : ____Une laverie solidaire au cœur du quartier____\n\n"
        "Thématique(s) (plusieurs choix possibles) :\n  [x] Accès aux droits     [ ] Logement\n"
        "  [x] Hygiène              [ ] Mobilité\n\n"
        "Budget annuel : ____18 000 €____\n\n"
        "3. DESCRIPTION DE L'ACTION\n(10 lignes maximum)\n\nLa laverie ouvre trois matinées par semaine.\n\n"
        "4. Les résultats\n\nTrois cents familles sont venues en un an.\n\n"
        "5. CONTACT\n\nNom : ____Claire Martin____\nFonction : ____Directrice du CCAS____\n"
        "Courriel : ____c.martin@ccas-vierzon.fr____\nTéléphone : ____02 48 00 00 00____\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "form.txt").records
    assert sheet.title == "Une laverie solidaire au cœur du quartier"
    assert {
        k: sheet.fields[k] for k in ("Nom de la structure", "Département", "Région", "Échelle d'intervention")
    } == {
        "Nom de la structure": "CCAS de Vierzon",
        "Département": "Cher (18)",
        "Région": "Centre-Val de Loire",
        "Échelle d'intervention": "Commune",
    }
    assert sheet.fields["Thématique(s)"] == "Accès aux droits, Hygiène"
    assert sheet.fields["Budget annuel"] == "18 000 €"
    assert list(sheet.sections) == [
        "1. IDENTIFICATION DE LA STRUCTURE",
        "2. L'ACTION EN QUELQUES MOTS",
        "DESCRIPTION DE L'ACTION",
        "Les résultats",
        "5. CONTACT",
    ]
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Claire Martin", "c.martin@ccas-vierzon.fr", "02 48 00 00 00")
    ]


def test_a_sheet_published_as_a_faq_of_collapsible_questions(tmp_path):
    """A site's FAQ: each section a collapsible entry "▸ Question ?" alone between blank lines,
    its answer below, some answers opening on a key fact in bold ("**Porteur :** …"); the entries
    are the sections, the bold facts the fields, "Contacter le porteur" the contacts. A loose list
    of "▸" bullets, or the same "▸" line repeated page after page, heads nothing."""
    text = (
        "# Un relais numérique dans les mairies annexes\n\n"
        "Le CCAS a formé des agents d'accueil pour accompagner les démarches en ligne.\n\n"
        "▸ Qui porte le projet ?\n\n**Porteur :** CCAS de Valbonne\n\n"
        "Le pôle accès aux droits coordonne les permanences.\n\n"
        "▸ Pour quel public ?\n\n**Public :** habitants sans équipement ou peu à l'aise en ligne\n\n"
        "▸ Comment ça marche ?\n\nTrois demi-journées par semaine, sans rendez-vous :\n\n"
        "▸ dans la mairie annexe du Plan\n\n▸ au centre social des Collines\n\n"
        "▸ Combien ça coûte ?\n\n**Budget annuel :** 21 400 €\n\n"
        "Ce montant couvre la formation des agents et le matériel.\n\n"
        "## Contacter le porteur\n\nAnne Roy, coordinatrice\nCourriel : a.roy@ccas-valbonne.fr\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "faq.md").records[0]
    assert sheet.title == "Un relais numérique dans les mairies annexes"
    assert sheet.fields == {
        "Porteur": "CCAS de Valbonne",
        "Public": "habitants sans équipement ou peu à l'aise en ligne",
        "Budget annuel": "21 400 €",
    }
    assert list(sheet.sections) == [
        "Qui porte le projet ?",
        "Pour quel public ?",
        "Comment ça marche ?",
        "Combien ça coûte ?",
        "Contacter le porteur",
    ]
    assert "mairie annexe du Plan" in sheet.sections["Comment ça marche ?"]
    assert [c.email for c in sheet.contacts] == ["a.roy@ccas-valbonne.fr"]


def test_a_two_column_sheet_its_headings_glued_to_their_text_its_title_over_a_subtitle(tmp_path):
    """A sheet printed in two columns and laid out by pdftotext: a running banner, the title over
    a longer subtitle wrapped onto two lines, the key facts (labels in capitals over values) in
    the narrow left column, and in the right one each section's heading right over its text with
    no blank line between. The title is the line over the subtitle; the glued headings are the
    sections; a contact's name over its role stays a contact."""
    left = [
        "EN BREF",
        "",
        "PORTEUR",
        "CCAS de Valbonne",
        "",
        "TERRITOIRE",
        "Valbonne et ses",
        "hameaux",
        "",
        "BUDGET",
        "21 400 € par an",
        "",
        "CONTACT",
        "Anne Roy",
        "a.roy@ccas-valbonne.fr",
        "",
    ]
    right = [
        "Le contexte",
        "Les habitants des hameaux n'ont plus de commerce depuis la",
        "fermeture de l'épicerie. Les plus âgés renonçaient à faire",
        "leurs courses et comptaient sur leurs voisins.",
        "",
        "L'action en pratique",
        "Un camion aménagé passe deux fois par semaine dans chaque",
        "hameau. Les agents du CCAS livrent aussi les personnes qui",
        "ne peuvent pas se déplacer jusqu'au camion.",
        "",
        "Les résultats",
        "En un an, quatre-vingts foyers ont acheté au moins une fois",
        "au camion, dont la moitié chaque semaine.",
    ]
    right += [""] * (len(left) - len(right))
    rows = "\n".join(f"{a:<33}{b}".rstrip() for a, b in zip(left, right, strict=True))
    text = (
        "RÉSEAU SANTÉ DES TERRITOIRES                                    Inspir'action · Alimentation\n\n\n"
        "Épicerie mobile : le CCAS va au-devant des hameaux isolés\n\n"
        "Valbonne (Drôme) – un camion aménagé pour les habitants sans voiture et les\n"
        "personnes âgées qui ne peuvent plus se déplacer\n\n" + rows + "\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records[0]
    assert sheet.title == "Épicerie mobile : le CCAS va au-devant des hameaux isolés"
    assert sheet.fields["PORTEUR"] == "CCAS de Valbonne"
    assert sheet.fields["BUDGET"] == "21 400 € par an"
    # (the contact box, read with its column, heads the contacts)
    assert list(sheet.sections) == ["CONTACT", "Le contexte", "L'action en pratique", "Les résultats"]
    assert [c.email for c in sheet.contacts] == ["a.roy@ccas-valbonne.fr"]


def test_a_sheet_copied_from_a_web_page_its_trail_dateline_and_contact_card(tmp_path):
    """A sheet copied from a site: a breadcrumb trail over the title, a dateline of facts parted by
    dots and the page's buttons under it (none of them a section), the key facts as label and
    value parted by a TAB (a value going on under a TAB), sections "01 — …", and a contact card
    run into its first words ("Une question ? Écrivez à Anne Roy")."""
    text = (
        "Accueil › Ressources › Inspir'action › Accès aux soins\n\n"
        "Des permanences santé au plus près des saisonniers\n\n"
        "Valbonne (26) · Publiée le 14 mars 2031 · Mise à jour le 2 avril 2031\n\n"
        "Chaque été, des centaines de saisonniers travaillent dans les vergers sans médecin traitant.\n\n"
        "Imprimer la fiche    Télécharger (PDF, 412 Ko)\n\n"
        "En bref\nPorteur\tCCAS de Valbonne\nPublic\tSaisonniers agricoles, y compris\n\thébergés en camping\n"
        "Budget\t48 500 € par saison\n\n"
        "01 — Le contexte\n\nLes saisonniers renonçaient aux soins faute de temps et de transport.\n\n"
        "02 — Les résultats\n\nEn trois saisons, 900 personnes ont été reçues par la médiatrice santé.\n\n"
        "Une question ? Écrivez à Anne Roy\nCoordinatrice santé, CCAS de Valbonne\n"
        "a.roy@ccas-valbonne.fr\nTél. 04 75 00 00 01\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records[0]
    assert sheet.title == "Des permanences santé au plus près des saisonniers"
    assert sheet.fields == {
        "Porteur": "CCAS de Valbonne",
        "Public": "Saisonniers agricoles, y compris hébergés en camping",
        "Budget": "48 500 € par saison",
    }
    assert [s for s in sheet.sections if "Valbonne" in s or "Imprimer" in s] == []
    assert [(c.name, c.email) for c in sheet.contacts] == [("Anne Roy", "a.roy@ccas-valbonne.fr")]


def test_a_sheet_whose_key_facts_are_one_piped_line_wrapped_and_its_partners_in_a_section(tmp_path):
    """A practice bank's sheet: a collection banner, a title line over a subtitle line, its facts
    on one line parted by bars and wrapped by the extraction, numbered sections; the partners and
    the evaluator labelled inside the sections. Found as a sheet with no family given."""
    text = (
        "BANQUE DES PRATIQUES – ACTION SOCIALE DE PROXIMITÉ\n"
        "Fiche 2025-04 · Mobilité · Insertion\n\n"
        "« Roue de secours » : un garage qui prête des voitures aux demandeurs d'emploi\n"
        "Comment une petite commune a levé le premier frein à la reprise d'un travail\n\n"
        "Porteur : CCAS de Saint-Pons | Territoire : Saint-Pons et les communes du Haut\n"
        "Languedoc (Hérault) | Depuis : 2022 | Public : personnes en reprise d'emploi sans véhicule\n"
        "| Statut : action pérennisée | Budget : 12 500 €/an\n\n"
        "1. Contexte\n\nLes offres d'emploi sont à vingt kilomètres et aucun car ne passe avant huit heures.\n\n"
        "2. Mise en œuvre\n\nTrois voitures sont prêtées pour un mois, renouvelable une fois.\n\n"
        "3. Partenaires\n\nLe garage associatif entretient les véhicules.\n\n"
        "Partenaires opérationnels : Garage solidaire du Haut Languedoc, Mission locale, France Travail\n"
        "Partenaires financiers : Département de l'Hérault, Fondation de France\n\n"
        "4. Résultats et évaluation\n\nQuarante prêts en deux ans.\n\n"
        "Évaluateur : Cabinet Territoires et mobilités\n\n"
        "5. Contact\n\nLéa Vidal, chargée de mission – l.vidal@ccas-saint-pons.fr\n"
    )
    result = parse_text(tmp_path, text, None, "fiche.txt")
    assert result.document.kind == "inspiraction"
    [sheet] = result.records
    assert sheet.title == "« Roue de secours » : un garage qui prête des voitures aux demandeurs d'emploi"
    assert sheet.fields["Territoire"] == "Saint-Pons et les communes du Haut Languedoc (Hérault)"
    assert sheet.fields["Depuis"] == "2022"
    assert sheet.fields["Budget"] == "12 500 €/an"
    assert sheet.fields["Partenaires financiers"] == "Département de l'Hérault, Fondation de France"
    assert sheet.fields["Évaluateur"] == "Cabinet Territoires et mobilités"


def test_a_newsletter_article_closing_on_a_fiche_technique_of_dashed_bullets(tmp_path):
    """An article's body under intertitles, then "FICHE TECHNIQUE" with bullets whose label and
    value a dash parts ("• Porteur – CCAS de …"), one wrapped onto an indented line."""
    text = (
        "PRATIQUES INSPIRANTES\n\nUne épicerie qui livre les villages\n\n"
        "Depuis deux ans, le CCAS de Bort-les-Orgues livre des paniers à domicile.\n\n"
        "Un besoin repéré\n\nLes aînés des hameaux n'ont plus de commerce à moins de dix kilomètres.\n\n"
        "FICHE TECHNIQUE\n\n"
        "• Porteur – CCAS de Bort-les-Orgues (Corrèze)\n"
        "• Lancement – mars 2023\n"
        "• Partenaires – Banque alimentaire de la Corrèze, épiceries du canton, association\n"
        "  Familles rurales\n"
        "• Budget – 9 000 € par an\n\n"
        "Contact : Anne Roux, coordinatrice – a.roux@ccas-bort.fr\n"
    )
    [sheet] = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields["Porteur"] == "CCAS de Bort-les-Orgues (Corrèze)"
    assert sheet.fields["Lancement"] == "mars 2023"
    assert sheet.fields["Partenaires"].endswith("association Familles rurales")
    assert sheet.fields["Budget"] == "9 000 € par an"


def test_an_easy_to_read_sheet_its_facts_as_questions_and_answers(tmp_path):
    """An easy-to-read version ("facile à lire et à comprendre"): pictures described in
    brackets, the facts asked as questions each over its short answer — in the facts' section
    and in a later one — and "Vous pouvez contacter :" over the contact's name and lines."""
    text = (
        "Fiche Inspir'action – Version facile à lire\n\n"
        "Une laverie pour se retrouver\nau cœur du quartier\n\n"
        "[Image : deux femmes plient du linge]\n\n"
        "Cette fiche raconte un projet de Valbourg.\n\n\n"
        "Le projet en questions\n\n"
        "Qui porte le projet ?\nLe centre social des Tilleuls.\n\n"
        "Où ?\nÀ Valbourg, dans le Jura.\n\n"
        "Qui paie ?\nLa Ville et la CAF du Jura.\n\n"
        "Combien ça coûte pour vous ?\nRien.\n\n\n"
        "Ce qui a changé\n\n"
        "Combien de personnes viennent ?\n90 personnes par mois.\n\n"
        "Les voisins se parlent plus.\n\n\n"
        "Pour en savoir plus\n\n"
        "[Photo : un téléphone]\n\n"
        "Vous pouvez contacter :\nNadia Berthet\nAnimatrice au centre social\n"
        "Téléphone : 03 84 00 00 00\nCourriel : laverie@valbourg.fr\n"
    )
    record = parse_text(tmp_path, text, "inspiraction", "facile.txt").records[0]
    assert record.title == "Une laverie pour se retrouver au cœur du quartier"
    assert record.fields == {
        "Qui porte le projet ?": "Le centre social des Tilleuls.",
        "Où ?": "À Valbourg, dans le Jura.",
        "Qui paie ?": "La Ville et la CAF du Jura.",
        "Combien ça coûte pour vous ?": "Rien.",
        "Combien de personnes viennent ?": "90 personnes par mois.",
    }
    assert [(c.name, c.email) for c in record.contacts] == [("Nadia Berthet", "laverie@valbourg.fr")]


def test_a_sheet_exported_from_a_wiki(tmp_path):
    """An Inspir'action sheet in MediaWiki markup: its key facts in a wikitable (header cells or
    a bold data cell as labels, a cell wrapped), a line "'''Porteur''' : …" retelling the porteur
    in the text (the table's value stands), sections as "== … ==" headings."""
    text = (
        "= Une laverie pour parler de ses droits =\n\n"
        '{| class="wikitable"\n|-\n! Porteur\n| [[CCAS de Valbourg]]\n|-\n! Date de lancement\n| Octobre 2031\n'
        "|-\n| '''Partenaires''' || CAF du Jura, Secours populaire,\nCPAM du Jura\n|}\n\n"
        "'''Porteur''' : le [[CCAS de Valbourg|centre communal]], avec la Ville.\n\n"
        "== Contexte ==\nLe quartier compte peu de services et beaucoup de familles.\n\n"
        "== Résultats ==\nEn 2032, 400 personnes ont été reçues.\n"
    )
    record = parse_text(tmp_path, text, "inspiraction", "wiki.txt").records[0]
    assert record.title == "Une laverie pour parler de ses droits"
    assert record.fields == {
        "Porteur": "CCAS de Valbourg",
        "Date de lancement": "Octobre 2031",
        "Partenaires": "CAF du Jura, Secours populaire, CPAM du Jura",
    }
    assert list(record.sections)[-2:] == ["Contexte", "Résultats"]


def test_a_fillable_form_its_labels_then_its_values(tmp_path):
    """A PDF form extracted as text: its printed labels as one run of lines, then the values
    filled in as another, an empty field printing nothing — the empty one placed where a value
    could not go (a date label takes a dated value, a bare date no other label)."""
    text = (
        "Fiche expérience – formulaire\n\n"
        "Intitulé de l'action\nStructure porteuse\nTerritoire\nThématique\nDate de démarrage\n"
        "Public visé\nPartenaires\n\n"
        "Un vestiaire solidaire tenu par les habitants\n"
        "CCAS de Lunéville\n"
        "Lunéville (Meurthe-et-Moselle)\n"
        "Précarité ; lien social\n"
        "Habitants du quartier Niederbronn\n"
        "Emmaüs, centre social Arc-en-ciel\n\n"
        "Contexte\nLe quartier n'avait plus de lieu où trouver des vêtements à petit prix.\n\n"
        "Description\nLes habitants trient, réparent et tiennent la boutique deux après-midis par semaine.\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "formulaire.txt").records[0]
    assert sheet.title == "Un vestiaire solidaire tenu par les habitants"
    filled = {
        "Structure porteuse": "CCAS de Lunéville",
        "Territoire": "Lunéville (Meurthe-et-Moselle)",
        "Thématique": "Précarité ; lien social",
        "Public visé": "Habitants du quartier Niederbronn",
        "Partenaires": "Emmaüs, centre social Arc-en-ciel",
    }
    assert {label: sheet.fields.get(label) for label in filled} == filled
    assert "Date de démarrage" not in sheet.fields


def test_a_sheet_typed_in_an_e_mail_its_parts_run_into_their_text(tmp_path):
    """A sheet typed in an e-mail's body: its facts "Label : value", its parts a word and a colon
    run into a long paragraph ("Contexte : Depuis …") or over a dashed list ("Objectifs :") —
    sections, not facts."""
    prose = (
        "Depuis plusieurs années, les travailleurs sociaux voyaient des personnes renoncer à leurs soins faute "
        "de transport. Les lignes de bus ne desservent pas les hameaux aux heures utiles. Le diagnostic de 2029 "
        "l'avait confirmé."
    )
    text = (
        "De : Nadia Martin <n.martin@ccas-exemple.fr>\nObjet : Fiche Inspir'action\n\nBonjour,\n\n"
        "Voici les éléments pour la fiche.\n\n"
        "Nom du projet : Un transport solidaire vers les soins\nStructure porteuse : CCAS de Vierzon\n"
        "Territoire : Vierzon (Cher)\nPartenaires : CPAM du Cher, MSA Berry-Touraine\n\n"
        f"Contexte : {prose}\n\nObjectifs :\n- éviter les renoncements aux soins ;\n- rompre l'isolement.\n\n"
        f"Ce que nous faisons : {prose}\n\nRésultats : {prose}\n\nBien cordialement,\nNadia Martin\n"
    )
    sheet = parse_text(tmp_path, text, "inspiraction", "courriel.txt").records[0]
    assert {"Contexte", "Objectifs", "Ce que nous faisons", "Résultats"} <= set(sheet.sections)
    assert sheet.fields.get("Structure porteuse") == "CCAS de Vierzon"
    assert "Contexte" not in sheet.fields


def test_sections_whose_headings_run_in_bold_into_their_paragraph(tmp_path):
    text = """# Un jardin partagé au pied des tours

| Porteur | CCAS de Lorient |
|---|---|
| Territoire | Lorient, quartier de Kervénanec |
| Date de lancement | Mars 2030 |
| Partenaires | Lorient Habitat, centre social |

**Le constat.** Les habitants du quartier se croisent peu et plusieurs familles disent manquer de légumes frais à un prix abordable, faute de commerce de proximité et de lieu où se retrouver.

**Ce qui a été fait.** Un jardin de vingt parcelles a été aménagé sur une pelouse du bailleur, avec une animatrice deux demi-journées par semaine et des ateliers de cuisine ouverts à tous.

**Et après ?** Le bailleur a proposé une deuxième parcelle collective et le centre social prendra le relais de l'animation à partir de l'automne, avec les habitants les plus engagés.
"""
    (record,) = parse_text(tmp_path, text, "inspiraction", "fiche.md").records
    assert list(record.sections)[:3] == ["Le constat", "Ce qui a été fait", "Et après ?"]
    assert record.sections["Le constat"].startswith("Les habitants du quartier")
    assert record.fields["Porteur"] == "CCAS de Lorient"


def test_a_word_sheet_saved_as_text_its_contact_under_a_label_and_numbered_sections(tmp_path):
    """ "Contact" alone over "<TAB>Claire Vidal, …" / "<TAB>mail" / "<TAB>phone" among
    "Label<TAB>Value" facts: one contact, not the facts above; "1. Le constat" right over its
    text (no blank line) is a section, as are the next numbers."""
    text = (
        "Un bus de prévention dans les villages\n\nPorteur du projet\tCIAS de Saint-Flour\n"
        "Territoire\tCantal (15)\nFinanceurs\tARS, MSA Auvergne\nContact\n\tClaire Vidal, coordinatrice\n"
        "\tclaire.vidal@cias-exemple.fr\n\t04 71 60 48 17\n\n"
        "1. Le constat\nUne bonne partie des habitants vit à plus de vingt minutes d'un médecin.\n\n"
        "2. Le projet\nUn minibus aménagé s'arrête chaque semaine dans une commune différente.\n\n"
        "3. Les résultats\nLe bus a trouvé son public en moins d'un an, avec 845 personnes reçues.\n"
    )
    result = parse_text(tmp_path, text, "inspiraction", "fiche.txt")
    sheet = result.records[0]
    assert sheet.fields["Financeurs"] == "ARS, MSA Auvergne"
    assert [c.email for c in sheet.contacts] == ["claire.vidal@cias-exemple.fr"]
    assert {"Le constat", "Le projet", "Les résultats"} <= set(sheet.sections)


def test_a_sidebar_of_labels_over_values_ending_on_its_contact(tmp_path):
    """A sidebar copied first from a PDF reader: each label over its value, the last label
    "Contact" over a name, a role, a mail and a phone — the contact, not more of the value above
    it."""
    text = (
        "Un jardin partagé au pied des immeubles\n\n"
        "Territoire\nLozère (48)\nPorteur\nCCAS de Mende\nBudget annuel\n12 000 €\n"
        "Contact\nLéa Fabre\nChargée de projet\nlea.fabre@ccas-mende.fr\n04 66 00 00 01\n\n"
        "Genèse du projet\n\nDes habitants ont demandé un lieu pour cultiver ensemble.\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields["Budget annuel"] == "12 000 €"
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Léa Fabre", "lea.fabre@ccas-mende.fr", "04 66 00 00 01")
    ]


def test_key_facts_in_bands_of_three_columns_across_the_page(tmp_path):
    """ "TERRITOIRE      PORTEUR      DATE DE CRÉATION" over the values, each under its label and
    wrapped in its own column, then a second band: each band a row of fields (not three columns
    of text read one after the other, not one table running on into the next band)."""
    text = (
        "    Un réseau de voisins pour les aînés isolés\n\n\n"
        "    TERRITOIRE                          PORTEUR                             DATE DE CRÉATION\n"
        "    Oyonnax et quatre communes          CCAS d'Oyonnax, service             Mars 2022\n"
        "    du Haut-Bugey (01)                  Seniors\n\n"
        "    PUBLIC                              BUDGET                              PARTENAIRES\n"
        "    Personnes de 70 ans et plus         28 000 € par an                     CARSAT, MSA,\n"
        "    vivant seules                                                           clubs d'aînés\n\n\n"
        "    LE CONTEXTE\n\n    Un texte qui décrit le contexte de l'action et ses débuts.\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields == {
        "TERRITOIRE": "Oyonnax et quatre communes du Haut-Bugey (01)",
        "PORTEUR": "CCAS d'Oyonnax, service Seniors",
        "DATE DE CRÉATION": "Mars 2022",
        "PUBLIC": "Personnes de 70 ans et plus vivant seules",
        "BUDGET": "28 000 € par an",
        "PARTENAIRES": "CARSAT, MSA, clubs d'aînés",
    }


def test_two_people_on_one_contact_line_parted_by_a_full_stop(tmp_path):
    """ "**Contacts :** A, role – a@… – 02 …. B, role – b@…": two people, each with what is
    theirs (the second has no phone)."""
    text = (
        "# Un bus santé itinérant\n\n## Contexte\n\nUn texte qui décrit le contexte de l'action.\n\n"
        "**Contacts :** Nolwenn Le Gall, coordinatrice du bus santé – nolwenn.legall@example.fr – "
        "02 98 96 47 12. Erwan Kerhervé, chargé de mission prévention – erwan.kerherve@example.fr\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.md").records
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Nolwenn Le Gall", "nolwenn.legall@example.fr", "02 98 96 47 12"),
        ("Erwan Kerhervé", "erwan.kerherve@example.fr", None),
    ]


def test_sections_headed_as_a_wiki_heads_them_in_a_mail(tmp_path):
    """A sheet sent as a plain-text e-mail: "== Contexte ==", "== Mise en œuvre ==" are its
    sections (the mail's headers and greeting above them are none)."""
    text = (
        "De : Claire Martin\nObjet : fiche pour le recueil\n\nBonjour,\n\nvoici la fiche.\n\n"
        "Titre : Des médiatrices pairs en santé\nTerritoire : Saint-Brieuc (22)\nPorteur : CCAS de Saint-Brieuc\n\n"
        "== Contexte ==\n\nUn texte qui décrit le contexte de l'action et ses débuts.\n\n"
        "== Mise en œuvre ==\n\nUn texte qui décrit la mise en œuvre de l'action.\n\n"
        "Contact : Claire Martin, coordinatrice – claire.martin@example.fr – 02 96 00 00 00\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert list(sheet.sections)[:2] == ["Contexte", "Mise en œuvre"]


def test_a_sidebar_beside_the_text_its_year_a_field_and_contacts_a_name_over_their_lines(tmp_path):
    """A sheet printed with a sidebar and extracted with its layout: "ANNÉE" over "2024" among the
    sidebar's labels is a fact, not a section; under "CONTACT", a line right over a role, an
    e-mail and a phone is a person's name, not one more section."""

    def row(left: str, right: str = "") -> str:
        return f"{left:<78}{right}".rstrip()

    text = "\n".join(
        [
            "Une navette solidaire",
            "vers les marchés du Trégor",
            "",
            row("CONTEXTE", "TERRITOIRE"),
            row("", "Lannion-Trégor Communauté"),
            row("Les habitants des hameaux n'ont plus de commerce proche et", "(Côtes-d'Armor)"),
            row("beaucoup ne conduisent plus depuis quelques années ; la ligne", ""),
            row("de car la plus proche passe deux fois par jour, ce qui ne", "PORTEUR"),
            row("permet ni de faire ses courses ni de revenir à une heure", "CCAS de Lannion"),
            row("raisonnable. Les aides à domicile faisaient les courses.", ""),
            row("", "ANNÉE"),
            row("OBJECTIFS", "2024"),
            row("", ""),
            row("•  Rendre aux aînés l'accès au marché du jeudi et aux", "COÛT"),
            row("   commerces du centre-ville", "9 600 € par an"),
            row("•  Rompre l'isolement des personnes seules dans les", ""),
            row("   hameaux les plus éloignés", "PARTENAIRES"),
            row("•  Soulager les aides à domicile d'une tâche qui n'est", "Conseil"),
            row("   pas la leur", "départemental des"),
            row("•  Faire connaître les services du centre social", "Côtes-d'Armor, MSA"),
            row("   aux nouveaux retraités", "d'Armorique, Centre"),
            row("", "social de Lannion"),
            "",
            "DÉROULEMENT",
            "",
            *textwrap.wrap(
                "Chaque jeudi matin, un minibus de neuf places conduit par un agent du centre social "
                "fait la tournée de quatre hameaux, puis dépose les passagers au marché et devant les "
                "commerces du centre-ville ; le retour se fait à midi, les courses portées jusqu'à la "
                "porte. Les inscriptions se prennent la veille par téléphone, auprès de l'accueil du "
                "CCAS ou des secrétaires de mairie, qui signalent aussi les personnes qui ne sortent "
                "plus. Une fois par mois, la tournée s'arrête au centre social pour un café partagé "
                "avec les bénévoles, ce qui a permis à plusieurs passagers de rejoindre un atelier.",
                64,
            ),
            "",
            "CONTACT",
            "",
            "Nolwenn Guyader",
            "Chargée de mission seniors et aidants au pôle solidarités, CCAS",
            "n.guyader@ccas-lannion.fr",
            "02 96 00 00 11",
            "",
            "Erwan Le Bihan",
            "Chauffeur et animateur",
            "e.lebihan@ccas-lannion.fr",
            "06 00 00 00 12",
            "",
        ]
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields["ANNÉE"] == "2024"
    assert "ANNÉE" not in sheet.sections
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Nolwenn Guyader", "n.guyader@ccas-lannion.fr", "02 96 00 00 11"),
        ("Erwan Le Bihan", "e.lebihan@ccas-lannion.fr", "06 00 00 00 12"),
    ]
    assert "Nolwenn Guyader" not in sheet.sections


def test_sections_headed_by_a_bar_mark_after_capital_labels_on_their_lines(tmp_path):
    """A CMS's text export: "TERRITOIRE : …" facts, then sections "▌ Le contexte" — each a
    section named without its mark, its text under it."""
    text = (
        "Une épicerie sociale dans la vallée\n\n"
        "TERRITOIRE : Vallée de la Cère (Cantal)\nPORTEUR : CCAS de Vic-sur-Cère\n"
        "DATE DE LANCEMENT : mars 2023\nCOÛT : 25 000 € par an\nPARTENAIRES : Banque alimentaire du Cantal, CAF du Cantal\n\n"
        "▌ Le contexte\n\nLes habitants des hameaux n'ont plus d'épicerie à moins de vingt minutes de route.\n\n"
        "▌ Le projet\n\nUne épicerie ouverte trois demi-journées par semaine, à prix réduits.\n\n"
        "Contact : Léa Martin, coordinatrice – l.martin@ccas-vic.fr – 04 71 00 00 00\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields["PORTEUR"] == "CCAS de Vic-sur-Cère"
    assert [s for s in sheet.sections if s.startswith("Le ")] == ["Le contexte", "Le projet"]
    assert "prix réduits" in sheet.sections["Le projet"]


def test_a_form_with_a_ticked_status_and_a_signature_block_after_its_last_answer(tmp_path):
    """A Word form saved as text: numbered questions over their answers; "Statut de l'initiative :"
    over "☒ En cours ☐ Terminée" under an answer is a field of its own (the ticked box), not more
    of that answer; "Personne référente (signature)" over "Nom : …", "Courriel : …" after the last
    answer is the sheet's contact."""
    text = (
        "FICHE INITIATIVE\n\n1. Nom de l'initiative\nUn atelier cuisine au centre social\n\n"
        "2. Territoire concerné\nMende (Lozère)\n\n3. Structure porteuse\nCCAS de Mende\n\n"
        "4. Date de démarrage\nMars 2023\n\n5. Budget annuel\n8 400 €\n\n"
        "6. Partenaires\nCAF de la Lozère, centre social\n\n7. Public visé\nFamilles monoparentales\n\n"
        "Statut de l'initiative :\n☒ En cours     ☐ Terminée     ☐ En projet\n\n"
        "8. Décrivez le contexte\nDes familles seules peinent à cuisiner avec un petit budget, et les "
        "ateliers existants se tiennent loin de leur quartier.\n\n"
        "9. Quels résultats ?\nVingt familles ont suivi au moins trois ateliers depuis l'ouverture, et "
        "plusieurs animent désormais une séance elles-mêmes.\n\n\n"
        "Personne référente (signature)\nNom : Léa Martin\nFonction : coordinatrice, CCAS de Mende\n"
        "Courriel : l.martin@ccas-mende.fr\nTéléphone : 04 66 00 00 01\n\nFait à Mende, le 3 mars 2024\n"
    )
    (sheet,) = parse_text(tmp_path, text, "inspiraction", "fiche.txt").records
    assert sheet.fields["Public visé"] == "Familles monoparentales"
    assert sheet.fields["Statut de l'initiative"] == "En cours"
    assert [(c.name, c.email, c.phone) for c in sheet.contacts] == [
        ("Léa Martin", "l.martin@ccas-mende.fr", "04 66 00 00 01")
    ]


def test_a_sheet_published_as_a_videos_subtitles(tmp_path):
    """An Inspir'action told in a video, its .srt all there is: the credit naming the series is
    not the title, the card after it is; title cards in capitals its sections; "Label : value"
    cues its key facts."""
    cues = [
        "Fabrique Territoires Santé présente\nune Inspir'action en vidéo",
        "Le bus santé des hameaux",
        "LE CONTEXTE",
        "Dans les hameaux, le médecin",
        "est à quarante minutes.",
        "CE QUI A ÉTÉ FAIT",
        "Un bus passe chaque mardi.",
        "L'ESSENTIEL",
        "Porteur : CCAS de Guingamp",
        "Territoire : Guingamp-Paimpol Agglomération",
        "Budget : 30 000 € par an",
    ]
    text = subtitles(cues)
    sheet = parse_text(tmp_path, text, "inspiraction", "bus.srt").records[0]
    assert sheet.title == "Le bus santé des hameaux"
    assert sheet.fields.get("Porteur") == "CCAS de Guingamp"
    assert {"LE CONTEXTE", "CE QUI A ÉTÉ FAIT"} <= {s.upper() for s in sheet.sections}
