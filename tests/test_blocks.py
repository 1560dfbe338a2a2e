"""The document model on its own: lines become typed blocks with their lines, whatever the layout."""

from __future__ import annotations

from ccas_cli.document.blocks import build_blocks, numbered_heading
from ccas_cli.extract.source import Source
from ccas_cli.normalize.text import fold


def blocks_of(text: str, labels: tuple[str, ...] = (), line_paragraphs: bool = False):
    source = Source("t.txt", "0", text.split("\n"))
    return build_blocks(source, frozenset(fold(label) for label in labels), line_paragraphs=line_paragraphs)


def kinds(blocks) -> list[tuple[str, str]]:
    return [(b.kind, b.label or b.title) for b in blocks]


def test_headings_by_markdown_numbering_capitals_and_bold():
    """`#` levels, "Axe 2 :", "FICHE ACTION N° 4", capitals and bold lines are headings; the
    numbering is not part of the title."""
    got = blocks_of("# Plan\n\n## Axe 2 : Logement\n\nFICHE ACTION N° 4\n\nLES ENJEUX\n\n**Contexte**\n")
    assert [(b.kind, b.level, b.marker, b.number, b.title) for b in got] == [
        ("heading", 1, None, None, "Plan"),
        ("heading", 2, "axe", "2", "Logement"),
        ("heading", 2, "fiche action", "4", "FICHE ACTION N° 4"),
        ("heading", 2, None, None, "LES ENJEUX"),
        ("heading", 2, None, None, "Contexte"),
    ]


def test_numbered_heading_words_come_from_data_and_keep_decimal_numbers():
    """ "Fiche action 1.2 –" is a sheet (rank 2), "PRIORITÉ 3" and "Axe 1." parts (rank 1)."""
    assert numbered_heading("Fiche action 1.2 – Aller vers") == ("fiche action", "1.2", 2)
    assert numbered_heading("PRIORITÉ 3 : Vieillir chez soi") == ("priorite", "3", 1)
    assert numbered_heading("AXE 1. Accès aux droits") == ("axe", "1", 1)
    assert numbered_heading("Actions menées en 2020") is None


def test_fields_in_every_form():
    """`Label : value`, `**Label :** value`, `- Label : value`, a known label above its value, a
    known label run into its value, and bold fields glued on one line are fields."""
    text = (
        "Pilote : Pôle seniors\n\n**Budget :** 12 000 €\n\n- Échéance : 2024\n\nRéférent\nService social\n\n"
        "Coût 3 500 € par an\n\n**Département :** Gers · **Année :** 2022\n"
    )
    got = [(b.label, b.value) for b in blocks_of(text, labels=("Référent", "Coût"))]
    assert got == [
        ("Pilote", "Pôle seniors"),
        ("Budget", "12 000 €"),
        ("Échéance", "2024"),
        ("Référent", "Service social"),
        ("Coût", "3 500 € par an"),
        ("Département", "Gers"),
        ("Année", "2022"),
    ]


def test_a_sentence_with_a_colon_is_not_a_field():
    """A long lead-in or a title with a comma before its colon stays text."""
    got = blocks_of(
        "Cuisiner ensemble, manger mieux : des ateliers\n\nLe comité a décidé, après débat, ceci : rien.\n"
    )
    assert [b.kind for b in got] == ["paragraph", "paragraph"]


def test_a_table_of_known_labels_is_fields_other_tables_stay_tables():
    """ "| Pilote | … |" rows (a header row aside, a continued value joined) are fields; a budget
    table is a table with its rows."""
    text = "| Rubrique | Contenu |\n|---|---|\n| Pilote | Pôle autonomie |\n| Partenaires | CAF |\n|  | MSA |\n\n| Action | Budget |\n|---|---|\n| 1.1 Accueil | 95 000 € |\n| Total | 95 000 € |\n"
    got = blocks_of(text, labels=("Pilote", "Partenaires"))
    assert [(b.kind, b.label, b.value) for b in got[:2]] == [
        ("field", "Pilote", "Pôle autonomie"),
        ("field", "Partenaires", "CAF\nMSA"),
    ]
    assert got[2].kind == "table" and got[2].rows[-1] == ["Total", "95 000 €"]


def test_running_headers_are_furniture_but_repeated_numbered_headings_are_not():
    """A line repeated on every page (its page number aside) is furniture; "FICHE ACTION N° n"
    repeated with other numbers stays a heading."""
    pages = "".join(
        f"\nRecueil des initiatives 2025 · page {n}\n\nFICHE ACTION N° {n}\n\nTexte {n}.\n"
        for n in range(1, 5)
    )
    got = blocks_of(pages)
    assert {b.kind for b in got if b.text.startswith("Recueil")} == {"furniture"}
    assert {b.kind for b in got if b.text.startswith("FICHE")} == {"heading"}


def test_a_running_footer_with_its_page_number_on_either_side_is_furniture():
    """Odd pages print "Title      13", even pages "12      Title": one footer, however aligned;
    "Depuis 2031, le Conseil …" opens a sentence on a label word, it is no "Depuis" field."""
    pages = "".join(
        (
            f"{n}{' ' * 20}Recueil 2032 — Autonomie et aidants"
            if n % 2 == 0
            else f"Recueil 2032 — Autonomie et aidants{' ' * (24 - len(str(n)))}{n}"
        )
        + f"\n\nTexte de la page {n}.\n\n"
        for n in range(10, 14)
    )
    got = blocks_of(
        pages + "Depuis 2031, le Conseil départemental finance des ateliers\n", labels=("Depuis",)
    )
    assert {b.kind for b in got if "Recueil 2032" in b.text} == {"furniture"}
    assert got[-1].kind == "paragraph"


def test_list_items_keep_their_depth_and_lines_keep_provenance():
    """Items carry their indentation; every block knows its first and last line."""
    got = blocks_of("Intro\nsur deux lignes\n\n- un\n  - deux\n")
    assert [(b.kind, b.first, b.last, b.level) for b in got] == [
        ("paragraph", 1, 2, 0),
        ("item", 4, 4, 0),
        ("item", 5, 5, 1),
    ]


def test_line_paragraphs_make_each_line_an_element():
    """On a web page a line is an element: consecutive lines are not merged into prose."""
    got = blocks_of("Logement\nPublié le 12/03/2024\nUn titre\n", line_paragraphs=True)
    assert [b.text for b in got] == ["Logement", "Publié le 12/03/2024", "Un titre"]


def test_setext_headings_and_rules():
    """A line over "=====" is a top heading, over "-----" a second-level one; a rule alone is
    furniture."""
    got = blocks_of("PROJETS LANCÉS\n==============\n\nÉdito\n-----\n\nTexte.\n\n---\n")
    assert [(b.kind, b.level, b.text, b.first, b.last) for b in got] == [
        ("heading", 1, "PROJETS LANCÉS", 1, 2),
        ("heading", 2, "Édito", 4, 5),
        ("paragraph", 0, "Texte.", 7, 7),
        ("furniture", 0, "---", 9, 9),
    ]


def test_ordinal_and_lettered_numbering():
    """ "PREMIER ENJEU —" numbers a part in words; "FICHE 1-A" a sheet with a letter; an ordinal
    opening a sentence is no heading."""
    assert numbered_heading("PREMIER ENJEU — Bien vieillir") == ("enjeu", "1", 1)
    assert numbered_heading("Deuxième partie : Habiter") == ("partie", "2", 1)
    assert numbered_heading("FICHE 1-A") == ("fiche", "1-a", 2)
    assert numbered_heading("Première action de ce plan, la création d'un guichet") is None
    assert blocks_of("TROISIÈME ENJEU — Un toit\n")[0].title == "Un toit"


def test_a_header_row_table_of_known_labels_is_one_field_per_column():
    """ "| Porteur | Année | Statut |" over one row of values: three fields (an empty cell, none)."""
    got = blocks_of(
        "| Porteur | Année | Statut |\n|---|---|---|\n| CCAS d'Aurillac | 2020 | — |\n",
        labels=("Porteur", "Année", "Statut"),
    )
    assert [(b.kind, b.label, b.value) for b in got] == [
        ("field", "Porteur", "CCAS d'Aurillac"),
        ("field", "Année", "2020"),
    ]
    assert got[0].first == 1 and got[0].last == 3  # the header row is the first field's


def test_a_value_wrapped_on_the_next_line_stays_in_its_field():
    got = blocks_of("Coût : 1,2 M€, dont 250 000 €\npar le Département\nÉchéance : 2027\n")
    assert [(b.label, b.value) for b in got] == [
        ("Coût", "1,2 M€, dont 250 000 € par le Département"),
        ("Échéance", "2027"),
    ]


def test_hard_wrapped_prose_is_joined_even_when_lines_are_elements():
    """A text wrapped at a fixed width (as PDF-to-text tools give it): a line that reaches the
    width goes on in the next one, even where each line is otherwise an element."""
    wide = "Une ligne de prose assez longue pour atteindre la largeur du texte, pas plus loin"
    body = "\n".join(f"Ligne {n:02d} {wide[9:]}" for n in range(24))
    got = blocks_of(f"Titre court\n\n{wide}\nsuite de la phrase.\n\n{body}\n", line_paragraphs=True)
    assert got[0].text == "Titre court"
    assert got[1].text == f"{wide} suite de la phrase."


def test_label_value_boxes_without_colons_in_one_or_two_columns():
    """A facts box as PDF-to-text tools give it: labels and values without colons, padded into
    columns or run together; "par le Département" keeps the label word in the value."""
    got = blocks_of(
        "Département Creuse (23) Année 2018\n"
        "Porteur Association X, mandatée par le Département Statut Pérennisé\n"
        "Territoire     Département des Hautes-Alpes\n",
        labels=("Département", "Année", "Porteur", "Statut", "Territoire"),
    )
    assert [(b.label, b.value) for b in got] == [
        ("Département", "Creuse (23)"),
        ("Année", "2018"),
        ("Porteur", "Association X, mandatée par le Département"),
        ("Statut", "Pérennisé"),
        ("Territoire", "Département des Hautes-Alpes"),
    ]


def test_a_single_line_opening_on_a_label_word_is_prose():
    got = blocks_of("Contact avec les familles chaque semaine\n", labels=("Contact",))
    assert [b.kind for b in got] == ["paragraph"]


def test_definition_lists_and_blockquotes():
    """ "Partenaires" over ": A" / ": B" is one field listing both; a quoted "**En bref** —"
    run-in heading over glued fields gives the heading, then the fields."""
    got = blocks_of("Partenaires\n: CAF de la Mayenne\n: France Travail\n", labels=("Partenaires",))
    assert [(b.label, b.value) for b in got] == [("Partenaires", "CAF de la Mayenne ; France Travail")]
    quoted = blocks_of("> **En bref** — **Démarrage :** 2024. **Stade :** cahier des charges.\n")
    assert [(b.kind, b.label or b.text) for b in quoted] == [
        ("paragraph", "En bref"),
        ("field", "Démarrage"),
        ("field", "Stade"),
    ]


def test_facts_on_one_line_split_at_middle_dots():
    """ "**Landes** · Porteur : CD 40 · Depuis 2020 · *En cours*": a field where labelled, a line
    of its own otherwise."""
    got = blocks_of("**Landes** · Porteur : CD 40 · Depuis 2020 · *En cours*\n", labels=("Porteur",))
    assert [(b.kind, b.label or b.text) for b in got] == [
        ("paragraph", "Landes"),
        ("field", "Porteur"),
        ("paragraph", "Depuis 2020"),
        ("paragraph", "En cours"),
    ]


def test_definition_terms_are_fields_whatever_the_label_and_never_running_headers():
    """A term over ": definition" is a field even when no family knows the label, and the same
    term repeated under every item is not page furniture."""
    item = "Porteur\n: Association {n}\n\nSoutien de la Fondation\n: {n}0 000 €\n\n"
    got = blocks_of("".join(item.format(n=n) for n in range(1, 4)))
    assert [(b.kind, b.label, b.value) for b in got[:2]] == [
        ("field", "Porteur", "Association 1"),
        ("field", "Soutien de la Fondation", "10 000 €"),
    ]
    assert {b.kind for b in got} == {"field"}


def test_grid_tables_with_wrapped_cells():
    """ "+-----+-----+" borders frame a table; a line whose first cell is empty continues the
    row above (words joined, not listed); where borders separate every row, the lines between
    two borders are one row. Each field keeps all the lines it spans."""
    framed = (
        "+-------------+------------------------+\n"
        "| Lancement   | avril 2018             |\n"
        "| Partenaires | Secours populaire      |\n"
        "|             | français ; CAF         |\n"
        "+-------------+------------------------+\n"
    )
    got = blocks_of(framed, labels=("Lancement", "Partenaires"))
    assert [(b.label, b.value, b.first, b.last) for b in got] == [
        ("Lancement", "avril 2018", 2, 2),
        ("Partenaires", "Secours populaire français ; CAF", 3, 4),
    ]
    ruled = (
        "+----------+---------------+\n| Action   | Budget        |\n+==========+===============+\n"
        "| Accueil  | 95 000 €      |\n| de jour  |               |\n+----------+---------------+\n"
        "| Total    | 95 000 €      |\n+----------+---------------+\n"
    )
    table = blocks_of(ruled)
    assert [b.kind for b in table] == ["table"]
    assert table[0].rows == [["Action", "Budget"], ["Accueil de jour", "95 000 €"], ["Total", "95 000 €"]]


def test_a_known_label_qualified_by_what_it_is_of_labels_the_amount_below():
    """ "Coût total du chantier" over an amount is the "Coût total" field; the same words over
    prose, or a sentence opening on the label, stay text."""
    got = blocks_of("Coût total du chantier\n310 000 € sur trois ans\n", labels=("Coût total",))
    assert [(b.kind, b.label, b.value) for b in got] == [
        ("field", "Coût total du chantier", "310 000 € sur trois ans")
    ]
    prose = blocks_of(
        "Coût total du chantier\nreste à préciser avec les financeurs\n", labels=("Coût total",)
    )
    assert [b.kind for b in prose] != ["field"]


def test_label_pipe_value_rows_are_fields_only_in_a_box():
    """ "Porteur | CCAS" rows next to each other (or to a known field) are fields; a lone
    "Chapitre 1 | Aller-vers" running header or a "Logement | 09.01.2025" kicker is not."""
    box = blocks_of(
        "Porteur | CCAS de Brion\nPublic : familles\nThèmes | alimentation, santé\n", labels=("Public",)
    )
    assert [(b.kind, b.label, b.value) for b in box] == [
        ("field", "Porteur", "CCAS de Brion"),
        ("field", "Public", "familles"),
        ("field", "Thèmes", "alimentation, santé"),
    ]
    lone = blocks_of("Logement | 09.01.2025\nUn guide : les aides au logement\n\nChapitre 1 | Aller-vers\n")
    assert "field" not in [b.kind for b in lone[:1]] and lone[-1].kind != "field"


def test_line_breaks_inside_a_table_cell_stay_lines_of_the_value():
    got = blocks_of(
        "| Pilote | CCAS |\n| Partenaires | CAF<br>CPAM<br/>Département |\n", labels=("Pilote", "Partenaires")
    )
    assert [(b.label, b.value) for b in got] == [
        ("Pilote", "CCAS"),
        ("Partenaires", "CAF\nCPAM\nDépartement"),
    ]


def test_a_title_numbered_by_a_code_is_a_heading():
    """ "A1 — Ouvrir une permanence" (a code, a dash, a title) is a numbered heading; a sentence
    opening on a code is not."""
    got = blocks_of(
        "A1 — Ouvrir une permanence d'accès aux droits\n\nB-2 : Former les agents\n\nA1 — voir plus haut.\n\n"
        "C3. Lutter contre la précarité énergétique\n"
    )
    assert [(b.kind, b.number) for b in got] == [
        ("heading", "A1"),
        ("heading", "B-2"),
        ("paragraph", None),
        ("heading", "C3"),  # the code closed by a full stop, as "1. Title" is
    ]
    assert got[-1].title == "Lutter contre la précarité énergétique"


def test_entries_one_per_line_under_a_label_stay_apart():
    """Partners one per line under their label (a name in capitals among them) stay one per
    line; a sentence wrapped over two lines is joined."""
    got = blocks_of(
        "Partenaires\nSOLIHA\nAgence nationale de l'habitat (Anah)\nHabitat 76\n\nPourquoi\nLes chutes à domicile sont la première cause de\nl'entrée en établissement.\n",
        labels=("Partenaires", "Pourquoi"),
    )
    assert [(b.label, b.value) for b in got] == [
        ("Partenaires", "SOLIHA\nAgence nationale de l'habitat (Anah)\nHabitat 76"),
        ("Pourquoi", "Les chutes à domicile sont la première cause de l'entrée en établissement."),
    ]


def test_a_one_column_frame_is_its_lines():
    """A collectivity and a title framed by "+----+" borders are a heading and a line, the
    title wrapped inside the frame joined; the borders are furniture."""
    text = (
        "+--------------------------------+\n| DÉPARTEMENT DU CHER            |\n"
        "| Des diagnostics réalisés par   |\n| des jeunes en service civique  |\n"
        "+--------------------------------+\n"
    )
    got = blocks_of(text)
    assert [(b.kind, b.text) for b in got if b.kind != "furniture"] == [
        ("heading", "DÉPARTEMENT DU CHER"),
        ("paragraph", "Des diagnostics réalisés par des jeunes en service civique"),
    ]
    assert {b.first for b in got if b.kind == "furniture"} == {1, 5}


def test_hard_wrapped_plans_numbered_parts_titles_and_values():
    """ "1. BIEN VIEILLIR" alone is a part (level 1), not a list item; a long numbered title
    wrapped onto a lower-case line is one heading; a value left hanging on a comma goes on."""
    got = blocks_of(
        "1. BIEN VIEILLIR CHEZ SOI\n\nAction n°2 – Expérimenter un service de portage de repas en circuit court\n"
        "associé aux producteurs locaux\n\nPARTENAIRES : Banque alimentaire du Lot, Secours catholique,\nCAF du Lot\n",
        labels=("Partenaires",),
    )
    assert [(b.kind, b.level, b.first, b.last) for b in got] == [
        ("heading", 1, 1, 1),
        ("heading", 2, 3, 4),
        ("field", 0, 6, 7),
    ]
    assert got[1].title.endswith("circuit court associé aux producteurs locaux")
    assert got[2].value == "Banque alimentaire du Lot, Secours catholique, CAF du Lot"


def test_a_box_value_goes_on_indented_to_its_column():
    """ "Partenaires   A, B," over a line indented to the value column: one value, and the box
    goes on below it ("Évaluation confiée à" is still a field of the box)."""
    text = (
        "Lancement             Mars 2020\nPartenaires           Département d'Indre-et-Loire, Habitat,\n"
        "                      Association de sauvegarde de l'enfance\nÉvaluation confiée à  Agence Ansa\n"
    )
    got = blocks_of(text, labels=("Lancement", "Partenaires", "Évaluation confiée à"))
    assert [(b.label, b.value) for b in got] == [
        ("Lancement", "Mars 2020"),
        ("Partenaires", "Département d'Indre-et-Loire, Habitat, Association de sauvegarde de l'enfance"),
        ("Évaluation confiée à", "Agence Ansa"),
    ]


def test_a_colon_inside_a_box_value_keeps_the_box():
    got = blocks_of(
        "    Démarrage         janvier 2022\n    État              montée en charge : 140 jeunes\n",
        labels=("Démarrage", "État"),
    )
    assert [(b.label, b.value) for b in got] == [
        ("Démarrage", "janvier 2022"),
        ("État", "montée en charge : 140 jeunes"),
    ]


def test_a_label_qualified_in_brackets_over_its_list():
    got = blocks_of(
        "Financement (investissement et première année de fonctionnement) :\n- CCAS : 14 000 €\n- CARSAT : 5 000 €\n",
        labels=("Financement",),
    )
    # the label, then its list (a family files the items under the label above them)
    assert got[0].kind == "field" and got[0].label.startswith("Financement")
    assert [b.kind for b in got[1:]] == ["field", "field"] and got[1].value == "14 000 €"


def test_a_tabbed_line_opening_on_a_plus_sign_is_read_not_looped_on():
    """ "+-----\tText" over a tabbed line (two columns of a PDF, a drawn box's corner on the left):
    neither a grid border nor a pipe row. It once sent the block builder round the same line
    for ever; it is read as text."""
    got = blocks_of(
        "Avant\n\n+----------\tLes montants de la priorité\nmel, ARS |\tconseil d'administration\n\nAprès\n"
    )
    assert got[0].text == "Avant" and got[-1].text == "Après"
    assert any("montants" in b.text for b in got)


def test_a_question_as_a_label():
    """ "**Où ? :** Mont-de-Marsan": a label may end on a question mark."""
    got = blocks_of("**Où ? :** Mont-de-Marsan et communes rurales\n")
    assert (got[0].kind, got[0].label, got[0].value) == (
        "field",
        "Où ?",
        "Mont-de-Marsan et communes rurales",
    )


def test_a_line_of_facts_parted_by_middle_dots_is_no_field_of_a_long_label():
    """ "Département de l'Aude · Porteur : CIAS · Année : 2030": facts one after the other, not a
    field labelled "Département de l'Aude · Porteur"."""
    got = blocks_of("Département de l'Aude · Porteur : CIAS des Corbières · Année : 2030\n")
    assert all("·" not in (b.label or "") for b in got)


def test_a_value_wrapped_at_a_narrow_box_width_goes_on_below():
    """ "Partenaires : Conseil" / "départemental…" is read by its lower case, but "Partenaires :
    Région" / "Nouvelle-Aquitaine, …" only by the box's width: the next line's first word would
    not have fit. A value ended short of the width, before a line whose first word would fit,
    stays a field of its own line."""
    text = (
        "L'ESSENTIEL\n"
        "Pilote : Service seniors du CCAS\n"
        "Partenaires : Région\n"
        "Nouvelle-Aquitaine, épiceries\n"
        "solidaires de la ville, MSA\n"
        "Calendrier : 2026\n"
        "Coût : 14 000 € par an\n"
        "Suivi assuré par l'équipe\n"
    )
    got = blocks_of(text, labels=("Pilote", "Partenaires", "Calendrier", "Coût"))
    assert [(b.kind, b.label, b.value) for b in got if b.kind == "field"] == [
        ("field", "Pilote", "Service seniors du CCAS"),
        ("field", "Partenaires", "Région Nouvelle-Aquitaine, épiceries solidaires de la ville, MSA"),
        ("field", "Calendrier", "2026"),
        ("field", "Coût", "14 000 € par an"),
    ]


def test_word_second_level_bullets_are_list_items():
    """ "- Organisation" over "    o Pilote : Service A" / "    o Partenaires : CAF": Word's
    second-level bullet (a letter o, indented, before a capital) marks items, fields here; a
    line opening on the word "o" unindented stays text."""
    got = blocks_of(
        "- Organisation\n    o Pilote : Service seniors\n    o Partenaires : Centre social, Mission locale\n\n"
        "o Bonjour à tous\n",
        labels=("Pilote", "Partenaires"),
    )
    assert [(b.kind, b.label, b.value) for b in got if b.kind == "field"] == [
        ("field", "Pilote", "Service seniors"),
        ("field", "Partenaires", "Centre social, Mission locale"),
    ]
    assert got[-1].kind == "paragraph"


def test_a_footer_with_a_tabbed_page_number_and_a_lead_repeated_away_from_page_breaks():
    """On pages cut by form feeds: "CCAS de … – Plan d'actions 2031-2034<TAB>7" over each page
    break is furniture (a tab before the page number, no table row); "Pôle logement du CCAS",
    a lead printed under sheet after sheet far from the breaks, stays text."""
    page = (
        "ACTION\nUn titre de fiche\n\nUn texte de la fiche qui décrit l'action, ses publics et sa\n"
        "méthode en quelques lignes, pour que la fiche ait un corps.\n\n"
        "► PILOTE\nPôle logement du CCAS\n\n► PARTENAIRES\nALEC 01\nDynacité\n\n"
        "Une deuxième ligne de texte.\n\n"
    )
    text = "".join(f"{page}CCAS de Lunel – Plan d'actions 2031-2034\t{n}\n\f" for n in range(1, 6))
    got = blocks_of(text)
    assert {b.kind for b in got if "Plan d'actions" in b.text} == {"furniture"}
    assert {b.kind for b in got if b.text == "Pôle logement du CCAS"} == {"paragraph"}


def test_a_field_set_in_italics_and_a_converters_footer_with_a_double_hyphen():
    """ "_Statut : en cours_" is a field though its label opens on the italics' mark; "*Dossier
    de presse -- mai 2026 -- page 3*" (a converter writes "--" for a dash) is a page footer, even
    printed once."""
    got = blocks_of(
        "Le texte de la fiche.\n\n_Statut : en cours_\n\n*Dossier de presse -- mai 2026 -- page 3*\n"
    )
    assert [(b.kind, b.label, b.value) for b in got if b.kind == "field"] == [("field", "Statut", "en cours")]
    assert [b.kind for b in got if "page 3" in b.text] == ["furniture"]


def test_an_outline_number_with_a_letter_alone_on_its_line_is_a_heading():
    blocks = blocks_of(
        "2. Résultats\n\n2.b Un relais de l'habitat\n\nLancé en 2021, le relais a reçu 400 ménages.\n\n"
        "1.1.2 Former les agents au repérage des droits non ouverts\n"
        "      (pilote : direction du CCAS)\n"
    )
    heading = next(b for b in blocks if b.text.startswith("2.b"))
    assert heading.kind == "heading" and heading.title == "Un relais de l'habitat"
    assert not any(b.kind == "heading" and b.text.startswith("1.1.2") for b in blocks)  # wrapped: an item


def test_a_title_in_capitals_wrapped_between_two_rules_is_one_heading():
    rule = "=" * 60
    blocks = blocks_of(
        f"{rule}\nDES JARDINIERS À DOMICILE : LE POTAGER PARTAGÉ QUI VIENT À VOUS\nDANS LES BOURGS\n{rule}\n\nPorteur : CCAS de Figeac\n"
    )
    headings = [b for b in blocks if b.kind == "heading"]
    assert [h.text for h in headings] == [
        "DES JARDINIERS À DOMICILE : LE POTAGER PARTAGÉ QUI VIENT À VOUS DANS LES BOURGS"
    ]


def test_a_pipe_row_wrapped_onto_a_line_of_its_own_joins_the_row_above():
    blocks = blocks_of(
        "| Action | Année | Suite |\n|---|---|---|\n| Le relais | 2021 | Poursuivre |\n"
        "| Garde à horaires | 2022 | Poursuivre (sur |\n| décalés |  | deux quartiers) |\n"
    )
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[-1] == ["Garde à horaires décalés", "2022", "Poursuivre (sur deux quartiers)"]


def test_labels_over_values_with_no_blank_line_end_at_a_section_heading_over_prose():
    """A web page printed without its layout: "Public(s) concerné(s)" over its value (a known
    label in inclusive writing), "Budget" over its value, then "Contexte" over two lines of
    prose — a section's heading, not more of the budget; a list of names under a label stays
    the label's value."""
    text = (
        "Public(s) concerné(s)\nPersonnes âgées isolées\nBudget\n40 000 € par an\nContexte\n"
        "Le garage répare les voitures des personnes en insertion à prix coûtant et prête des véhicules\n"
        "pour les premiers mois d'un emploi, le temps que la personne trouve une solution durable.\n\n"
        "Partenaires\nMission locale de Vannes\nFrance Travail\n"
        "Fonds d'aide aux jeunes (FAJ) du Conseil départemental du Morbihan et ses antennes\n"
        "Foyer de jeunes travailleurs\n"
    )
    blocks = blocks_of(text, labels=("Public concerné", "Publics concernés", "Budget", "Partenaires"))
    fields = {b.label: b.value for b in blocks if b.kind == "field"}
    assert fields["Public(s) concerné(s)"] == "Personnes âgées isolées"
    assert fields["Budget"] == "40 000 € par an"
    assert (
        "France Travail" in fields["Partenaires"] and "Foyer de jeunes travailleurs" in fields["Partenaires"]
    )


def test_glued_bold_labels_with_the_colon_after_the_bold():
    blocks = blocks_of(
        "**Département** : Gironde **Porteur** : CCAS de Pessac **Année** : 2022 **Statut** : en cours\n"
    )
    assert [(b.label, b.value) for b in blocks if b.kind == "field"] == [
        ("Département", "Gironde"),
        ("Porteur", "CCAS de Pessac"),
        ("Année", "2022"),
        ("Statut", "en cours"),
    ]


def test_a_title_in_capitals_with_a_colon_is_a_heading_a_contents_line_is_not():
    blocks = blocks_of(
        "LE BUS SANTÉ DU CAUSSE : ALLER AU SOIN SANS VOITURE\n\nUn transport pour les habitants.\n"
    )
    assert [b.kind for b in blocks] == ["heading", "paragraph"]
    assert not any(
        b.kind == "heading" for b in blocks_of("Action 4 : Renforcer la domiciliation stable . 9\n")
    )


def test_a_contents_line_whose_title_ran_into_its_page_number_is_no_heading():
    text = (
        "SOMMAIRE\n\n"
        "Action 5 : Prévenir les expulsions dès le premier impayé .......... 11\n"
        "Action 6 : Accompagner les femmes victimes de violences vers un logement 12\n"
        "Action 7 : Rompre l'isolement des personnes âgées ................. 13\n"
    )
    assert not any(b.kind == "heading" and b.text.startswith("Action 6") for b in blocks_of(text))


def test_a_collapsible_entry_saved_with_its_button_is_a_heading_over_its_text():
    """ "Title" / "Afficher le détail" / its text, entry after entry (a web page's accordions
    copied as text): each title a heading one level under the page's, the button furniture; one
    "+" alone is no button (an operator between two lines of figures)."""
    text = (
        "Axe 2 - Se loger\n\nUn fonds pour les cautions\nAfficher le détail\nLe CCAS avance la caution.\n"
        "Qui pilote ? Service logement\n\nDes visites de voisinage\n+\nDes bénévoles passent chaque semaine.\n"
    )
    got = [(b.kind, b.level, b.text) for b in blocks_of(text, labels=("Qui pilote ?",)) if b.kind != "field"]
    assert got[:5] == [
        ("heading", 1, "Axe 2 - Se loger"),
        ("heading", 2, "Un fonds pour les cautions"),
        ("furniture", 0, "Afficher le détail"),
        ("paragraph", 0, "Le CCAS avance la caution."),
        ("heading", 2, "Des visites de voisinage"),
    ]
    once = blocks_of("Coût : 12 000 €\n+\nFrais de dossier : 300 €\n", labels=("Coût",))
    assert all(b.kind != "heading" for b in once)


def test_fields_kept_as_data_in_a_fenced_block_or_as_lower_case_keys():
    """```yaml blocks of "key: value" lines (a plan kept in a repository) and bare "budget_annuel:
    12 500 €" lines: fields, their keys' underscores read as spaces, lists joined; a YAML comment
    is no heading, and a multi-line HTML comment is furniture."""
    text = (
        "<!-- note aux contributeurs :\n  ne pas toucher -->\n\n### A-01 Title\n\n```yaml\npilote: Service Seniors\n"
        "partenaires: [CAF, Carsat]\n# calendrier à confirmer\nbudget_annuel: 14000\n```\n\n"
        "budget_total: 9 500 €\nsimple phrase: not a known key\n"
    )
    got = blocks_of(text, labels=("Pilote", "Partenaires", "Budget annuel", "Budget total"))
    fields = [(b.label, b.value, b.first) for b in got if b.kind == "field"]
    assert fields == [
        ("pilote", "Service Seniors", 7),
        ("partenaires", "CAF, Carsat", 8),
        ("budget annuel", "14000", 10),
        ("budget total", "9 500 €", 13),
    ]
    assert [b.kind for b in got[:2]] == ["furniture", "furniture"]
    assert not any(b.kind == "heading" and "calendrier" in b.text for b in got)


def test_an_aligned_table_keeps_its_rows_across_rules_blank_lines_and_group_labels():
    """A budget annex printed with spaces: a rule and a blank line under the header, groups
    "Axe 1 – …" over their rows, a blank line between groups, a label wrapped under its column,
    a sub-total and a grand total — one table, every row of it."""
    text = (
        "   N°   Action                         2025       2026     Total\n"
        "  ------------------------------------------------------------------\n"
        "\n"
        "        Axe 1 – Accès aux droits\n"
        "    1   Permanences                   4 000      4 500     8 500\n"
        "    2   Parcours des jeunes              —      22 000    22 000\n"
        "        sans ressources\n"
        "        Sous-total axe 1              4 000     26 500    30 500\n"
        "\n"
        "        Axe 2 – Bien vieillir\n"
        "    3   Transport solidaire          14 000     14 500    28 500\n"
        "  ------------------------------------------------------------------\n"
        "        TOTAL GÉNÉRAL                18 000     41 000    59 000\n"
    )
    tables = [b for b in blocks_of(text) if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0][-3:] == ["2025", "2026", "Total"]
    groups = [[c for c in r if c] for r in rows if len([c for c in r if c]) == 1]
    assert groups == [["Axe 1 – Accès aux droits"], ["Axe 2 – Bien vieillir"]]
    assert any(r[:2] == ["2", "Parcours des jeunes sans ressources"] for r in rows)
    assert rows[-1][-1] == "59 000"


def test_a_table_copied_from_a_browser_keeps_each_row_whose_cells_spill_over_lines():
    """Cells parted by tabs, a cell's line breaks spilling the row over several lines: each row
    whole again, its later cells on its last line, the cell's lines kept; "Axe 2" under the
    column "Axe" opens the next row, "+ 1 800 €" goes on in the cell above."""
    text = (
        "Axe\tAction\tPilote\tCoût\n"
        "Axe 1\n"
        "Aller vers\t1.1 Un bus\tPôle droits\tInvestissement : 140 000 €\n"
        "Fonctionnement : 38 000 €/an\n"
        "\t1.2 Un annuaire\tService communication\t3 200 €\n"
        "+ 1 800 € (mise en ligne)\n"
        "Axe 2\n"
        "Se loger\t2.1 Un fonds\tPôle logement\t5 000 €\n"
    )
    (table,) = [b for b in blocks_of(text) if b.kind == "table"]
    assert table.rows[1:] == [
        [
            "Axe 1\nAller vers",
            "1.1 Un bus",
            "Pôle droits",
            "Investissement : 140 000 €\nFonctionnement : 38 000 €/an",
        ],
        ["", "1.2 Un annuaire", "Service communication", "3 200 €\n+ 1 800 € (mise en ligne)"],
        ["Axe 2\nSe loger", "2.1 Un fonds", "Pôle logement", "5 000 €"],
    ]
    assert table.row_lines == [1, 2, 5, 7]


def test_a_feed_s_entries_keep_their_dates_and_entities_are_read():
    """ "Title : subtitle" over "Thu, 07 May 2026 10:30:00 +0200": the date line is no part of
    the title's value; "l&#039;accueil" and "&nbsp;" in a text file are the characters they
    stand for."""
    from ccas_cli.extract.text import read_text

    text = (
        "Appel à projets 2026 : déposez vos dossiers\nThu, 16 Apr 2026 09:00:00 +0200\n"
        "Catégorie : Partenaires\nL&#039;appel est ouvert aux associations&nbsp;: 20&nbsp;000&nbsp;€.\n"
        "Lien : https://example.org/a\n\nL&#039;accueil ferme\nWed, 15 Apr 2026 08:00:00 +0200\n"
        "Le point d&#039;accueil ferme.\n"
    )
    got = blocks_of(text)
    assert got[0].kind == "field" and got[0].last == 1
    assert got[1].text == "Thu, 16 Apr 2026 09:00:00 +0200"
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.txt"
        path.write_text(text, encoding="utf-8")
        lines = read_text(path).lines
    assert lines[3] == "L'appel est ouvert aux associations\u00a0: 20\u00a0000\u00a0€."


def test_a_numbered_rows_cells_wrapped_onto_a_row_of_their_own_go_on_the_row():
    """ "| | quartiers prioritaires | | Cher, MSA … |" under "| 1.2 | Permanences … dans les | … |":
    the number cell empty, no figure — the cells wrapped, the row goes on; a total row under
    it (its figures) stays a row."""
    got = blocks_of(
        "| N° | Action | Partenaires | Budget |\n|---|---|---|---|\n"
        "| 1.1 | Permanences dans les | France Services, Conseil départemental du | 22 500 € |\n"
        "| | quartiers prioritaires | Cher, MSA Berry | |\n"
        "| | **Total axe 1** | | **22 500 €** |\n"
    )
    assert got[0].rows[1:] == [
        [
            "1.1",
            "Permanences dans les quartiers prioritaires",
            "France Services, Conseil départemental du Cher, MSA Berry",
            "22 500 €",
        ],
        ["", "Total axe 1", "", "22 500 €"],
    ]


def test_a_grid_table_ruled_by_groups_keeps_a_row_a_line_where_each_line_has_its_figures():
    """Rules around groups of rows only: a line ending on a figure under a line ending on one
    is a row of its own (figures do not wrap), a line without one goes on the row above."""
    rule = "+-----+------------------+--------+"
    got = blocks_of(
        f"{rule}\n| N°  | Action           |  Total |\n{rule}\n| 1.1 | Accueil de       | 18 000 |\n"
        f"|     | quartier         |        |\n|     | Sous-total 1     | 18 000 |\n{rule}\n"
    )
    assert [row[1] for row in got[0].rows] == ["Action", "Accueil de quartier", "Sous-total 1"]


def test_a_value_cut_by_a_page_break_goes_on_after_the_pages_furniture():
    """ "Partenaires     MSA …, équipes" / page foot and head / "     citoyennes, clubs": the value
    column goes on at its indent on the next page, under no label — the field's value."""
    head = "  CIAS du Val                                    Projet social 2026-2030\n\n"
    text = (
        f"{head}  Pilote                   Pôle autonomie\n\n"
        "  Partenaires              Mairies, La Poste, MSA Franche-Comté, équipes\n"
        "                           citoyennes MONALISA, clubs des\n\n"
        "                                            page 6 / 11\n"
        f"\f{head}                           aînés, Conseil départemental\n\n"
        "  Calendrier               2026\n\n                                            page 7 / 11\n"
    )
    got = blocks_of(text, labels=("Pilote", "Partenaires", "Calendrier"))
    fields = {b.label: b.value for b in got if b.kind == "field"}
    assert fields["Partenaires"].endswith("clubs des aînés, Conseil départemental")
    assert not [b for b in got if b.kind == "paragraph"]


def test_a_title_in_capitals_with_a_colon_wrapped_onto_a_line_opening_on_a_function_word():
    """ "SANTÉ MENTALE : DES INFIRMIERS" / "DANS LES MAISONS DU DÉPARTEMENT": one heading (the
    second line opens on "dans", it goes on); two titles in capitals stay two."""
    got = blocks_of("SANTÉ MENTALE : DES INFIRMIERS\nDANS LES MAISONS DU DÉPARTEMENT\n\nLe texte suit ici.\n")
    assert (got[0].kind, got[0].text) == (
        "heading",
        "SANTÉ MENTALE : DES INFIRMIERS DANS LES MAISONS DU DÉPARTEMENT",
    )
    got = blocks_of("AIDES FACULTATIVES : LE BARÈME\nSECOURS D'URGENCE\n\nLe texte suit ici.\n")
    assert [b.text for b in got if b.kind == "heading"] == [
        "AIDES FACULTATIVES : LE BARÈME",
        "SECOURS D'URGENCE",
    ]


def test_a_figure_over_its_caption_is_no_page_number():
    """Lone numbers are page numbers where pages are numbered so; "15" over "contrats de travail
    signés …" (its caption going on in lower case) is a figure of the text."""
    page = "Dossier · 2024\n\nTitre\n\nUn texte de la page qui suit.\n\n{n}\n"
    text = "".join(page.format(n=n) for n in (3, 4, 5)) + "\n15\ncontrats de travail signés\n"
    got = blocks_of(text)
    assert [b.text for b in got if b.kind == "furniture" and b.text.isdigit()] == ["3", "4", "5"]
    assert any(b.text.startswith("15") for b in got if b.kind == "paragraph")


def test_a_tabbed_tables_first_row_naming_the_sheet_is_a_field_not_a_header():
    """ "Intitulé<TAB>Ouvrir des permanences …" over "Pilote<TAB>…" rows: the title's field (a value
    of words, not a column's name); "Rubrique<TAB>Contenu" over them is a header row."""
    labels = ("Pilote", "Partenaires")
    got = blocks_of(
        "Intitulé\tOuvrir des permanences numériques\nPilote\tService A\nPartenaires\tCAF\n", labels
    )
    assert [b.label for b in got if b.kind == "field"] == ["Intitulé", "Pilote", "Partenaires"]
    got = blocks_of("Rubrique\tContenu\nPilote\tService A\nPartenaires\tCAF\n", labels)
    assert [b.label for b in got if b.kind == "field"] == ["Pilote", "Partenaires"]


def test_labels_stacked_over_their_values_are_paired_in_order():
    """A box copied from a PDF reader column by column ("Pilote" / "Partenaires" / "Calendrier"
    then the values): read as fields when the values fall into as many groups as there are
    labels — bullets together, a line hanging on a comma going on, "2026 : …" lines one list."""
    labels = ("Objectifs", "Pilote", "Partenaires", "Budget", "Calendrier")
    text = (
        "Objectifs\nPilote\nPartenaires\nBudget\nCalendrier\n"
        "• Ouvrir deux permanences\n• Former les bénévoles\n"
        "Pôle solidarités\n"
        "Mission locale, Secours populaire,\nCentre social du Haut-Pré\n"
        "2026 : 8 000 €\n2027 : 9 500 €\n"
        "Premier trimestre 2026\n"
    )
    fields = {b.label: b.value for b in blocks_of(text, labels) if b.kind == "field"}
    assert fields == {
        "Objectifs": "• Ouvrir deux permanences\n• Former les bénévoles",
        "Pilote": "Pôle solidarités",
        "Partenaires": "Mission locale, Secours populaire, Centre social du Haut-Pré",
        "Budget": "2026 : 8 000 €\n2027 : 9 500 €",
        "Calendrier": "Premier trimestre 2026",
    }
    # one value too many for the labels: nothing paired by guess
    unpaired = blocks_of(text + "Une ligne de plus\n", labels)
    assert [b.value for b in unpaired if b.kind == "field"] == ["", "", "", "", ""]


def test_a_bullet_set_apart_by_a_tab_under_a_numbered_title_is_no_tables_row():
    """ "1.1.1<TAB>Title" over "•<TAB>Pilote : …" (a word processor's outline saved as text): a
    title over its fields, not a table whose rows are the bullets."""
    got = blocks_of(
        "1.1.1\tOuvrir un accueil\n•\tPilote : Pôle accueil\n•\tCoût : 5 000 €\n", ("Pilote", "Coût")
    )
    assert not [b for b in got if b.kind == "table"]
    assert [b.label for b in got if b.kind == "field"] == ["Pilote", "Coût"]


def test_a_web_pages_back_to_top_and_share_links_are_page_furniture():
    """ "Haut de page", "↑ Retour en haut de page", "Partager cette page : Facebook | LinkedIn" (a
    page saved from a browser): the page's links, not a heading or a text of the document."""
    got = blocks_of(
        "Un texte.\n\nHaut de page\n\nUn autre texte.\n\n↑ Retour en haut de page\n\n"
        "Partager cette page : Facebook | LinkedIn | Courriel\n"
    )
    assert [b.kind for b in got] == ["paragraph", "furniture", "paragraph", "furniture", "furniture"]
    assert blocks_of("Le haut de page du site est en travaux.\n")[0].kind == "paragraph"
