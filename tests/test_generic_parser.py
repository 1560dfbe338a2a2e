"""The generic family: any document with headings becomes searchable sections."""

from __future__ import annotations

from ccas_cli.ingest import parse_file

from .conftest import parse_text


def test_a_generic_documents_own_title_is_not_one_of_its_sections(tmp_path):
    """ "# Convention …" with nothing of its own above "## Article 1 …": the title, not a section."""
    from ccas_cli.ingest import parse_file

    path = tmp_path / "convention.md"
    path.write_text(
        "# Convention d'objectifs 2024-2026\n\n## Article 1 – Objet\n\nLe CCAS soutient l'association.\n\n"
        "## Article 2 – Montant\n\nUne subvention de 38 000 € est versée.\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="generic")
    assert [r.title for r in result.records] == ["Article 1 – Objet", "Article 2 – Montant"]
    assert result.document.sections["Titre"] == "Convention d'objectifs 2024-2026"


def test_a_markdown_heading_that_is_a_field_label_elsewhere_stays_a_heading(tmp_path):
    """ "## Durée" and "## Évaluation" are field labels of plans, but headings of this document."""
    from ccas_cli.ingest import parse_file

    path = tmp_path / "convention.md"
    path.write_text(
        "# Convention\n\nEntre la Ville et l'association.\n\n## Objet\n\nUn accueil de jour.\n\n"
        "## Durée\n\nTrois années civiles.\n\n## Évaluation\n\nUn comité chaque année.\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="generic")
    assert [r.title for r in result.records] == ["Convention", "Objet", "Durée", "Évaluation"]
    assert result.records[2].sections["Texte"] == "Trois années civiles."


def test_a_lettered_heading_ending_on_a_quoted_name(tmp_path):
    """ "C. Épicerie « Le Panier »" between "B. …" and "D. …": a section like its neighbours."""
    text = "\n\n".join(
        f"{letter}. {title}\n\n"
        + "Un paragraphe de texte qui décrit les orientations de ce service pour l'année. " * 2
        for letter, title in (
            ("A", "Aides facultatives"),
            ("B", "Portage de repas"),
            ("C", "Épicerie « Le Panier »"),
            ("D", "Personnel"),
        )
    )
    path = tmp_path / "rob.txt"
    path.write_text("RAPPORT D'ORIENTATION BUDGÉTAIRE\n\n" + text, encoding="utf-8")
    from ccas_cli.ingest import parse_file

    titles = [r.title for r in parse_file(path, kind="generic").records]
    assert "C. Épicerie « Le Panier »" in titles or "Épicerie « Le Panier »" in titles
    assert len([t for t in titles if "Panier" in t or "Personnel" in t or "Portage" in t]) == 3


def test_minutes_with_numbered_deliberations_and_roman_parts(tmp_path):
    """ "II – FINANCES" is a section titled "FINANCES"; "Délibération n° 2031-20 : Title" a
    section of its own (not a field), titled with its number as acts are cited (as articles
    are); "Chapitre 011 – Charges … ........ + 35 000 €" a line of figures inside it, not a
    chapter."""

    text = (
        "COMPTE RENDU DU CONSEIL D'ADMINISTRATION\n\nI – ADMINISTRATION GÉNÉRALE\n\n"
        "Délibération n° 2031-18 : Approbation du procès-verbal\n\nLe procès-verbal n'appelle aucune "
        "observation de la part des administrateurs présents ce jour-là.\nVote : pour 15.\n\n"
        "II – FINANCES\n\nDélibération n° 2031-20 : Décision modificative n° 1\n\n"
        "La décision répartit le résultat reporté entre les chapitres de dépenses de fonctionnement.\n"
        "Chapitre 011 – Charges à caractère général ........ + 35 000 €\n"
        "Chapitre 012 – Charges de personnel ........ + 51 300 €\nVote : pour 13.\n"
    )
    records = parse_text(tmp_path, text, "generic", "cr.txt").records
    titles = [r.title for r in records]
    assert titles == [
        "ADMINISTRATION GÉNÉRALE",
        "Délibération n° 2031-18 : Approbation du procès-verbal",
        "FINANCES",
        "Délibération n° 2031-20 : Décision modificative n° 1",
    ]
    assert sorted(b.amount_eur for b in records[-1].budget_lines) == [35000, 51300]


def test_a_short_line_over_a_dashed_list_is_a_section(tmp_path):
    """ "Calendrier budgétaire" over "- 21 novembre 2031 : débat …" is a section of its own; a
    line over a numbered title ("1. Cadre …") is not made one."""

    text = (
        "RAPPORT D'ORIENTATION BUDGÉTAIRE 2032\n\nDocument présenté au conseil d'administration\n\n"
        "1. Le contexte\n\nUn paragraphe assez long pour être du texte courant, qui décrit le contexte "
        "budgétaire du centre et ses contraintes pour l'année à venir.\n\n"
        "Calendrier budgétaire\n\n- 21 novembre 2031 : débat d'orientation budgétaire\n"
        "- 16 janvier 2032 : vote du budget primitif\n"
    )
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "rob.txt").records]
    assert "Calendrier budgétaire" in titles and "Document présenté au conseil d'administration" not in titles


def test_sub_sections_lettered_a_b_c_under_a_numbered_one(tmp_path):
    """ "3. Moyens" / "a) Les tarifs" / "b) Le budget": lettered sub-sections are sections with
    their own amounts; a letter that signs a name ("M. Durand") is none."""

    prose = "Un paragraphe assez long pour être du texte courant, qui décrit l'activité du service"
    text = (
        "RAPPORT D'ACTIVITÉ 2031\n\n1. Le service\n\n"
        f"{prose} et ses usagers.\n\n3. Moyens\n\na) Les tarifs\n\n{prose} : 4,90 € le repas.\n\n"
        f"b) Le budget\n\n{prose} : 486 300 € de charges.\n\nM. Durand\n\nLe président\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    titles = [r.title for r in records]
    assert titles[-3:] == ["Moyens", "Les tarifs", "Le budget"]
    assert [line.amount_eur for line in records[-1].budget_lines] == [486300]


def test_a_subtitle_under_the_title_and_an_annex_titled_after_its_word(tmp_path):
    """The line under the document's title saying who and when is no section (its amounts are
    the title's); "Annexe : méthode de calcul" is a section, titled by its whole line."""

    prose = "Un paragraphe assez long pour être du texte courant, qui décrit le bilan de la réforme"
    text = (
        "RAPPORT D'ÉVALUATION — TARIFICATION SOLIDAIRE\n\n"
        "CCAS de Val-Brenne — conseil d'administration du 24 septembre 2031\n\n"
        f"{prose}, dont l'effort net s'élève à 187 400 €.\n\nI – CONTEXTE\n\n{prose}.\n\n"
        f"Annexe : méthode de calcul du coût d'un repas\n\n{prose} : 9,15 € le repas.\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    assert [r.title for r in records] == [
        "RAPPORT D'ÉVALUATION — TARIFICATION SOLIDAIRE",
        "CONTEXTE",
        "Annexe : méthode de calcul du coût d'un repas",
    ]
    assert [line.amount_eur for line in records[0].budget_lines] == [187400]


def test_a_table_printed_without_its_outer_borders(tmp_path):
    """ "Opérateur | Sollicitations | Part" over rows alike: a table, whose row in capitals
    ("CPAM | 1 178 | 14 %") is no section heading."""

    prose = "Un paragraphe assez long pour être du texte courant, qui décrit l'activité de l'espace"
    text = (
        f"RAPPORT D'ACTIVITÉ 2031\n\n1. Les demandes\n\n{prose}.\n\nOpérateur | Sollicitations | Part\n"
        "CAF | 2 184 | 26 %\nCPAM | 1 178 | 14 %\nFrance Travail | 842 | 10 %\n\n2. Les usagers\n\n"
        f"{prose}.\n"
    )
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "rapport.txt").records]
    assert titles == ["Les demandes", "Les usagers"]


def test_a_section_numbered_with_a_dash(tmp_path):
    """ "3 – Les ressources humaines": a number, a dash, a title: a section as "3. Title" is."""

    prose = "Un paragraphe assez long pour être du texte courant, qui décrit l'activité de la résidence"
    text = f"RAPPORT 2031\n\n1. Le public\n\n{prose}.\n\n3 – Les ressources humaines\n\n{prose}.\n"
    result = parse_text(tmp_path, text, "generic", "rapport.txt")
    assert [r.title for r in result.records] == ["Le public", "Les ressources humaines"]
    # (the heading opening the document over its parts, no text of its own: its title, kept)
    assert result.document.sections["Titre"] == "RAPPORT 2031"


def test_a_numbered_section_whose_title_holds_a_colon(tmp_path):
    """ "4. Contrat local de santé : financement du poste" reads as a field for its colon; its
    number makes it a section, as "3. Moyens" is."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit la délibération soumise"
    text = (
        f"NOTE DE SYNTHÈSE 2031\n\n3. Mutuelle communale\n\n{prose}.\n\n"
        f"4. Contrat local de santé : financement du poste\n\n{prose} : 26 000 €.\n"
    )
    records = parse_text(tmp_path, text, "generic", "note.txt").records
    assert [r.title for r in records] == [
        "Mutuelle communale",
        "Contrat local de santé : financement du poste",
    ]


def test_an_abbreviated_article_heading(tmp_path):
    """ "Art. 8 – Comité de suivi" among "Article 7 – …": an article, titled as the others are
    (with its number: a convention's articles are cited by it)."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit les engagements des parties"
    text = f"CONVENTION 2031\n\nArticle 7 – Durée de la convention\n\n{prose}.\n\nArt. 8 – Comité de suivi\n\n{prose}.\n"
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "convention.txt").records]
    assert titles == ["Article 7 – Durée de la convention", "Art. 8 – Comité de suivi"]


def test_sub_sections_numbered_under_a_roman_part(tmp_path):
    """ "II.2 Le courrier" under "II. ACTIVITÉ": a sub-section titled without its number."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit l'activité du service"
    text = (
        f"RAPPORT D'ACTIVITÉ 2031\n\nII. ACTIVITÉ\n\nII.1 Les personnes domiciliées\n\n{prose}.\n\n"
        f"II.2 Le courrier\n\n{prose} : 11 420 plis.\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    assert [(r.title, r.level) for r in records] == [
        ("ACTIVITÉ", 1),
        ("Les personnes domiciliées", 2),
        ("Le courrier", 2),
    ]


def test_a_focus_box_titled_after_its_word(tmp_path):
    """ "Focus : le bail glissant, une passerelle" on a line of its own: a section titled as
    printed (document.yaml section_words), not a field whose label is "Focus"."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit le dispositif et ses suites"
    text = f"BILAN 2031\n\n1. Le parc\n\n{prose}.\n\nFocus : le bail glissant, une passerelle\n\n{prose}.\n"
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "bilan.txt").records]
    assert titles == ["Le parc", "Focus : le bail glissant, une passerelle"]


def test_sub_sections_numbered_with_a_bracket(tmp_path):
    """ "1) Une épicerie solidaire itinérante" on a line of its own, over its text: a
    sub-section, as "a) Les tarifs" is."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit le projet et son coût"
    text = (
        f"RAPPORT 2031\n\nDEUX PROJETS NOUVEAUX\n\n{prose} : 63 000 €.\n\n"
        f"1) Une épicerie solidaire itinérante\n\n{prose} : 45 000 €.\n\n"
        f"2) Le portage de repas le samedi\n\n{prose} : 6 000 €.\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    assert [(r.title, r.level) for r in records] == [
        ("DEUX PROJETS NOUVEAUX", 2),
        ("Une épicerie solidaire itinérante", 3),
        ("Le portage de repas le samedi", 3),
    ]


def test_a_numbered_part_in_capitals_is_titled_without_its_number(tmp_path):
    """ "1. LE CONTEXTE" alone on its line (a heading for the block reader) over "1.1 Le contexte
    national": the part is "LE CONTEXTE", as "1.1 …" is "Le contexte national"."""
    prose = "Un paragraphe assez long pour être du texte courant, qui décrit le contexte du budget"
    text = f"RAPPORT 2031\n\n1. LE CONTEXTE\n\n{prose}.\n\n1.1 Le contexte national\n\n{prose}.\n"
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "rapport.txt").records]
    assert titles == ["LE CONTEXTE", "Le contexte national"]


def test_a_line_over_a_table_titles_its_section(tmp_path):
    """ "Barème des aides" over "| Aide | Plafond |" rows: the table's section, its amounts its own."""
    text = (
        "Règlement des aides facultatives\n\nArticle 1 – Objet\n\nLe présent règlement fixe les aides que "
        "le centre communal peut accorder aux habitants en difficulté passagère.\n\nBarème des aides\n\n"
        "| Aide | Plafond |\n|---|---|\n| Aide alimentaire | 150 € |\n| Énergie | 300 € |\n"
    )
    records = parse_text(tmp_path, text, "generic", "reglement.txt").records
    assert [(r.title, [b.amount_eur for b in r.budget_lines]) for r in records][-1] == (
        "Barème des aides",
        [150, 300],
    )


def test_a_deliberation_its_wrapped_titles_a_table_caption_and_a_two_column_line(tmp_path):
    """ "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" / "DU CONSEIL D'ADMINISTRATION": one title in
    capitals; "Séance du …      Délibération n° …" (two columns) is no section; "Tableau 1 – …"
    over its table is its caption, the table's amounts its section's; "3.2 Ateliers … de" /
    "    vacances pour les seniors": one numbered title wrapped."""
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL D'ADMINISTRATION\n\n"
        "Séance du 11 décembre 2031                    Délibération n° 2031-47\n"
        "Objet : Révision des tarifs des prestations seniors\n\n"
        "1. CONTEXTE\n\nLes tarifs n'ont pas été révisés depuis trois ans, alors que les coûts ont progressé.\n\n"
        "2. GRILLE\n\nLa grille ci-dessous remplace la précédente, adoptée il y a trois ans par le conseil.\n\n"
        "Tableau 1 – Grille de participation applicable en 2032\n\n"
        " Tranche   Ressources             Repas\n"
        " A         jusqu'à 950 €          5,20 €\n"
        " B         plus de 950 €          6,90 €\n\n"
        "3.2 Ateliers collectifs, sorties culturelles et séjours de\n    vacances pour les seniors\n\n"
        "Ateliers de mémoire et d'équilibre : 3 € la séance, gratuité pour les plus modestes.\n"
    )
    records = parse_text(tmp_path, text, "generic", "deliberation.txt").records
    assert [r.title for r in records] == [
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION",
        "CONTEXTE",
        "GRILLE",
        "Ateliers collectifs, sorties culturelles et séjours de vacances pour les seniors",
    ]
    assert [b.amount_eur for b in records[2].budget_lines] == [950, 5.2, 950, 6.9]


def test_bold_labels_of_a_form_in_a_document_whose_headings_are_marked(tmp_path):
    """ "**Personne concernée**" over a form's list, in a document whose headings are `##`
    lines: a label of the annex, no section of its own."""
    text = (
        "# Règlement intérieur\n\n## Article 1 – Objet\n\nLe présent règlement fixe les règles du service.\n\n"
        "## Annexe 1 – Fiche de demande\n\n**Personne concernée**\n\n- Nom : ........\n- Prénom : ........\n\n"
        "**Besoins exprimés**\n\n- ☐ ménage ☐ courses\n"
    )
    records = parse_text(tmp_path, text, "generic", "reglement.md").records
    assert [r.title for r in records] == ["Article 1 – Objet", "Annexe 1 – Fiche de demande"]


def test_a_title_page_gives_the_title_not_sections(tmp_path):
    """A first page of a few centred lines (body, title, year, "Présenté au conseil …"), then a
    form feed and the report: its lines are the document's title, its sections start after it."""
    cover = (
        "\n\n                 CENTRE COMMUNAL D'ACTION SOCIALE\n\n\n                    RAPPORT D'ACTIVITÉ\n\n"
        "                           2031\n\n\n        Présenté au conseil d'administration du 12 mars 2032\n\n"
    )
    body = "".join(
        f"{n}. {title}\n\nLe service a accueilli {n * 120} personnes en 2031, pour {n * 4} 000 € d'aides.\n"
        "Les demandes ont augmenté par rapport à l'année précédente.\n\n"
        for n, title in enumerate(["L'ACCUEIL", "LES AIDES FACULTATIVES", "LE LOGEMENT", "LES AÎNÉS"], 1)
    )
    filler = "".join(f"Ligne de commentaire {n} sur l'activité de l'année écoulée.\n" for n in range(30))
    result = parse_text(tmp_path, cover + "\f" + body + filler, "generic", "rapport.txt")
    assert [r.title for r in result.records] == [
        "L'ACCUEIL",
        "LES AIDES FACULTATIVES",
        "LE LOGEMENT",
        "LES AÎNÉS",
    ]
    assert "RAPPORT D'ACTIVITÉ" in result.document.sections["Titre"]


def test_minutes_numbered_by_point_their_decisions_no_sections(tmp_path):
    """ "Point n° 2 – Budget primitif 2032" is a section titled after its number; "Délibération
    n° 2032-04" right over the decision's text is a line of that section, its amounts the
    section's."""

    def point(n: int, title: str, amount: str) -> str:
        return (
            f"Point n° {n} – {title}\n\nLe rapporteur présente le dossier au conseil d'administration.\n\n"
            f"Délibération n° 2032-0{n}\nLe Conseil d'administration, après en avoir délibéré, approuve {amount}.\n\n"
            "Adopté à l'unanimité.\n\n\n"
        )

    text = (
        "PROCÈS-VERBAL DE LA SÉANCE DU 3 MARS 2032\n\n\n"
        + point(1, "Approbation du procès-verbal", "le procès-verbal")
        + point(2, "Budget primitif 2032", "un budget de 412 300 €")
        + point(3, "Subventions aux associations", "des subventions pour 9 000 €")
    )
    records = parse_text(tmp_path, text, "generic", "pv.txt").records
    titles = [r.title for r in records]
    assert titles[-3:] == [
        "Approbation du procès-verbal",
        "Budget primitif 2032",
        "Subventions aux associations",
    ]
    assert not any("Délibération" in t for t in titles)
    assert [b.amount_eur for b in records[-2].budget_lines] == [412_300]


def test_bold_articles_among_marked_ones_are_sections_a_bold_label_is_not(tmp_path):
    """A charter whose articles are "### Article 2 – …" lines and "**Art. 3 – …**" bold lines
    alike, with a bold "**PRÉAMBULE**" and a bold sub-article "**3.1 – …**": every one a
    section; "**Pièces à fournir**" over a list stays a label of its section."""
    text = (
        "# Charte d'accueil du CCAS du Val\n\n**PRÉAMBULE**\n\nUn texte qui dit pourquoi cette charte existe.\n\n"
        "### Article 1 – Objet\n\nUn texte qui dit ce que la charte règle.\n\n"
        "**Art. 2 – Accueil du public**\n\nUn texte sur l'accueil.\n\n**Pièces à fournir**\n\n"
        "- une pièce d'identité\n- un justificatif de domicile\n\n"
        "### Article 3 : Tarifs\n\nUn texte sur les tarifs.\n\n**3.1 – Repas**\n\nLe repas coûte 4,50 €.\n\n"
        "**Article 4 – Entrée en vigueur**\n\nUn texte sur la date.\n"
    )
    records = parse_text(tmp_path, text, "generic", "charte.md").records
    assert [r.title for r in records] == [
        "PRÉAMBULE",
        "Article 1 – Objet",
        "Art. 2 – Accueil du public",
        "Article 3 : Tarifs",
        "Repas",
        "Article 4 – Entrée en vigueur",
    ]


def test_a_register_of_acts_each_titled_by_its_object_its_tables_in_euros(tmp_path):
    """A board's register, as a PDF-to-text tool leaves it: a centred masthead (the document's
    title, no section), acts "DÉCISION N° 31-07" over "Objet : …" (a section titled by its
    object, the number kept as its reference), "LE BUREAU, après en avoir délibéré," over
    "ARRÊTE" (the sentence goes on), "Article 1 – …" sentences, a line opening on "chapitre 65"
    inside a paragraph, and a table announced "(montants en euros)" whose bare figures are its
    amounts (shown, never counted), an indented row in capitals opening it."""
    text = """\
                          SYNDICAT SOCIAL DU VAL
                     REGISTRE DES DÉCISIONS DU BUREAU

                         Séance du 4 mars 2031

Le bureau s'est réuni sous la présidence de M. Paul Arnaud, en présence de six membres.

DÉCISION N° 31-07
Objet : Budget annexe du service de repas
Rapporteur : M. le Président

Considérant le besoin de financer le service, le budget annexe se présente ainsi au
chapitre 65 et aux autres chapitres (montants en euros) :

   DÉPENSES DU SERVICE
   Chap.   Libellé                                   BP 2031
   011     Charges générales                       48 300,00
   012     Charges de personnel                   131 250,50
           TOTAL                                  179 550,50

LE BUREAU, après en avoir délibéré,
ARRÊTE

Article 1 – Le budget annexe est adopté tel que présenté ci-dessus, par chapitre et par nature,
pour l'exercice à venir.

DÉCISION N° 31-08
Objet : Aide exceptionnelle aux sinistrés
Rapporteur : Mme Lise Morel

Article 1 – D'attribuer une aide de 300 € à chacun des foyers sinistrés suivants :
   - foyer A ;
   - foyer B.
"""
    result = parse_text(tmp_path, text, "generic", "registre.txt")
    records = result.records
    assert [r.title for r in records] == [
        "Budget annexe du service de repas",
        "Aide exceptionnelle aux sinistrés",
    ]
    assert records[0].fields["Référence"] == "DÉCISION N° 31-07"
    assert [b.amount_eur for b in records[0].budget_lines] == [48_300, 131_250.5, 179_550.5]
    assert not any(b.counted for r in records for b in r.budget_lines)
    assert [b.amount_eur for b in records[1].budget_lines] == [300]
    assert "SYNDICAT SOCIAL DU VAL" in result.document.sections["Titre"]


def test_tables_set_in_with_header_rows_over_rules_stay_in_their_section(tmp_path):
    """An activity report's tables set in from the margin: "      2031      2032" over its rule
    and "   Recettes" over the rule of its rows are header rows, never sections; the amounts of
    their rows are their section's."""
    rule = "   " + "-" * 60
    text = (
        "I. LE PORTAGE DE REPAS\n\n"
        "Le service livre les repas du lundi au samedi dans toute la commune et ses hameaux.\n\n"
        f"{'2031':>44}{'2032':>14}\n{rule}\n"
        f"   {'Prix de revient':<30}{'11,42 €':>13}{'11,86 €':>14}\n"
        f"   {'Participations':<30}{'176 480 €':>13}{'198 215 €':>14}\n{rule}\n\n"
        "II. LE BUDGET\n\nLe compte administratif de l'exercice se présente ainsi, par chapitre.\n\n"
        f"   {'Dépenses':<45}{'CA 2032':>12}\n{rule}\n   {'Charges de personnel':<45}{'698 420,00 €':>12}\n\n"
        f"   Recettes\n{rule}\n   {'Subvention de la Ville':<45}{'965 000,00 €':>12}\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    assert [(r.title, [b.amount_eur for b in r.budget_lines]) for r in records] == [
        ("LE PORTAGE DE REPAS", [11.42, 11.86, 176_480, 198_215]),
        ("LE BUDGET", [698_420, 965_000]),
    ]


def test_a_report_whose_numbered_headings_are_bold_lines_under_its_own_contents(tmp_path):
    """An activity report in Markdown without `#`: its contents ("Sommaire" over "1. … ..... 3"
    lines) are no sections; numbered bold lines are, one of them wrapped over two lines; a
    signature set in italics under a quotation is no heading."""
    prose = (
        "Un paragraphe de texte qui rend compte de l'activité du service pendant l'année écoulée, "
        "avec ses chiffres et ce qu'ils disent du territoire.\n\n"
    )
    text = (
        "Centre communal d'action sociale de Valmont\n\nRapport d'activité 2030\n\n---\n\n"
        "Sommaire\n\n1. Le CCAS en 2030 ........................ 3\n2. Les aides ........................ 6\n\n---\n\n"
        "**1. Le CCAS en 2030**\n\n*« Une année de consolidation pour toute l'équipe. »*\n\n"
        "*Marie Durand, vice-présidente du CCAS*\n\n"
        + prose
        + "**1.1 Les moyens**\n\nLe budget s'élève à 812 400 €.\n\n"
        "**2. Les aides**\n\n" + prose + "**2.1 Les aides alimentaires d'urgence et les secours ponctuels,\n"
        "versés sur décision de la commission permanente**\n\nLes secours ont atteint 21 960 €.\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.md").records
    assert [r.title.lstrip("0123456789. ") for r in records] == [
        "Le CCAS en 2030",
        "Les moyens",
        "Les aides",
        "Les aides alimentaires d'urgence et les secours ponctuels, versés sur décision de la commission permanente",
    ]
    assert [[b.amount_eur for b in r.budget_lines] for r in records] == [[], [812_400], [], [21_960]]


def test_a_convention_between_two_parties_its_joining_word_no_section(tmp_path):
    """ "Entre les soussignés : … d'une part, / Et / … d'autre part." in a convention's preamble:
    "Et" standing alone joins the parties, it heads nothing; the preamble's amounts stay its own."""
    party = "Une partie longuement décrite, son siège, son représentant et la délibération qui l'habilite, ci-après dénommée ainsi,"
    text = (
        "# Convention d'objectifs 2031-2033\n\n**Préambule**\n\nEntre les soussignés :\n\n"
        + party
        + "\n\nd'une part,\n\n"
        "Et\n\n"
        + party
        + "\n\nd'autre part.\n\nVu le décret qui rend obligatoire une convention au-delà de 23 000 € ;\n\n"
        "**Article 1 – Objet**\n\nLa présente convention fixe les objectifs de l'association.\n\n"
        "**Article 2 – Montant de la subvention**\n\nLe CCAS verse une subvention annuelle de 24 000 €.\n"
    )
    records = parse_text(tmp_path, text, "generic", "convention.md").records
    assert [r.title for r in records] == [
        "Préambule",
        "Article 1 – Objet",
        "Article 2 – Montant de la subvention",
    ]
    assert [[b.amount_eur for b in r.budget_lines] for r in records] == [[23_000], [], [24_000]]


def test_minutes_whose_points_have_lettered_sub_points(tmp_path):
    """Minutes of a board: "Point n° 2 – …" items, "2.a – …" and "2.b - …" sub-points under them,
    each a section with its own amounts."""
    prose = (
        "Le conseil examine le document présenté par la directrice et en débat longuement avant le vote.\n\n"
    )
    text = (
        "Procès-verbal de la séance du conseil d'administration du CCAS de Valmont\n\n"
        "Point n° 1 – Approbation du procès-verbal de la séance précédente\n\n"
        + prose
        + "Point n° 2 – Comptes de l'exercice 2030\n\n"
        + prose
        + "2.a – Compte de gestion 2030\n\nLe résultat de fonctionnement s'élève à 48 200 €.\n\n"
        + "2.b - Affectation du résultat\n\nLe conseil affecte 20 000 € en réserve.\n\n"
        + "Point n° 3 – Questions diverses\n\n"
        + prose
    )
    records = parse_text(tmp_path, text, "generic", "pv.txt").records
    assert [r.title.split("–")[-1].split(" - ")[-1].strip() for r in records] == [
        "Approbation du procès-verbal de la séance précédente",
        "Comptes de l'exercice 2030",
        "Compte de gestion 2030",
        "Affectation du résultat",
        "Questions diverses",
    ]
    assert [[b.amount_eur for b in r.budget_lines] for r in records] == [[], [], [48_200], [20_000], []]


def test_a_budget_report_is_not_taken_for_a_web_page_by_its_dates_and_the_word_accueil(tmp_path):
    """A CCAS budget-orientation report: dated lines in its heading ("Conseil d'administration du
    jeudi 12 février 2031"), prose lines that open on "accueil" (the word a web page's menu
    prints): one word of page furniture, however often, is no web page; read as sections."""
    from ccas_cli.ingest import parse_file

    text = (
        "CENTRE COMMUNAL D'ACTION SOCIALE DE VALMONT\n\n"
        "Conseil d'administration du jeudi 12 février 2031\n"
        "Document transmis aux administrateurs le 30 janvier 2031\n"
        "Séance publique ouverte le 12 février 2031\n\n"
        "RAPPORT D'ORIENTATION BUDGÉTAIRE 2031\n\n\n"
        "I. LE CONTEXTE\n\n"
        "La valeur du point d'indice est passée de 4,92 à 4,96 euros au 1er janvier 2031\n"
        "et pèse sur la masse salariale. Les agents de l'aide à domicile et de l'\n"
        "accueil représentent les deux tiers des effectifs ; les deux postes d'\n"
        "accueil des antennes seront maintenus.\n\n"
        "II. LES DÉPENSES DE FONCTIONNEMENT\n\n"
        "A. Les charges de personnel\n\n"
        "Les charges de personnel atteindraient 1 288 400 € en 2031, contre 1 251 000 € en 2030. L'\n"
        "accueil de la résidence, ouvert en 2030, est reconduit.\n\n"
        "B. Les aides facultatives\n\n"
        "L'enveloppe des aides facultatives serait portée à 140 000 €.\n"
    )
    path = tmp_path / "rob.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "generic"
    titles = [r.title for r in result.records]
    assert titles[-4:] == [
        "LE CONTEXTE",
        "LES DÉPENSES DE FONCTIONNEMENT",
        "Les charges de personnel",
        "Les aides facultatives",
    ]


def test_minutes_numbered_by_year_and_rank_over_pages_with_a_ruled_footer(tmp_path):
    """ "DÉLIBÉRATION N° 2031-14 — Title" (an act numbered by its year and rank, its title
    wrapped onto a line in lower case) is a section; the last line of a page over the rule of
    its footer ("… Page 2 / 3") is text of the section, not a heading underlined."""
    footer = "-" * 60 + "\nCCAS de Laon – Procès-verbal du conseil d'administration      Page {n} / 3\n\f"
    header = "CCAS de Laon – Procès-verbal du conseil d'administration\n\n"
    text = (
        "PROCÈS-VERBAL DE LA SÉANCE DU 3 MARS 2031\n\n"
        "DÉLIBÉRATION N° 2031-14 — Subventions aux associations caritatives du territoire\n"
        "et aux épiceries solidaires\n\nRapporteur : M. Roux\n\nLe conseil attribue 12 000 € au total.\n\n"
        "Vote : unanimité\n"
        + footer.format(n=1)
        + header
        + "DÉLIBÉRATION N° 2031-15 — Tarifs du portage de repas\n\nRapporteure : Mme Lenoir\n\n"
        "Le repas est facturé 6,20 €.\n\nVote : unanimité\n"
        + footer.format(n=2)
        + header
        + "QUESTIONS DIVERSES\n\nAucune question n'est posée.\n\nVote : sans objet\n"
        + footer.format(n=3)
    )
    result = parse_text(tmp_path, text, "generic", "pv.txt")
    assert [s.title for s in result.records] == [
        "DÉLIBÉRATION N° 2031-14 — Subventions aux associations caritatives du territoire et aux épiceries solidaires",
        "DÉLIBÉRATION N° 2031-15 — Tarifs du portage de repas",
        "QUESTIONS DIVERSES",
    ]


def test_an_agreements_formulas_set_on_lines_of_their_own_are_no_sections(tmp_path):
    """ "ENTRE" over the first party, "ET" over the second, "IL EST CONVENU CE QUI SUIT :" over
    the articles: words of the agreement, in the section above them, not sections."""
    text = (
        "CONVENTION D'OBJECTIFS 2031-2033\n\nENTRE\n\nLe CCAS de Laval, représenté par son vice-président,\n\n"
        "ET\n\nL'association Roule ma poule, représentée par sa présidente,\n\nIL EST CONVENU CE QUI SUIT :\n\n"
        "Article 1 – Objet\n\nLa convention fixe les objectifs de l'association.\n\n"
        "Article 2 – Montant\n\nLe CCAS verse 12 000 € par an.\n"
    )
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "cpo.txt").records]
    assert titles == ["CONVENTION D'OBJECTIFS 2031-2033", "Article 1 – Objet", "Article 2 – Montant"]


def test_a_rules_document_s_articles_captions_and_lettered_paragraphs(tmp_path):
    """A rules document: "TITRE I – …" parts, "Article 3 – …" articles (one title wrapped onto an
    indented bracket), paragraphs lettered "a)" wrapped without an indent, a scale captioned
    "Barème n° 1 – …" over its table: the parts and articles are the sections; the lettered
    paragraphs and the caption stay in their article's text, its amounts with them."""
    text = (
        "RÈGLEMENT DES AIDES FACULTATIVES DU CCAS DE LECTOURE\n\n"
        "TITRE I – DISPOSITIONS GÉNÉRALES\n\n"
        "Article 1 – Ressources prises en compte\n\n"
        "a) Ressources. Sont retenus les salaires, les pensions, les prestations familiales et\n"
        "les minima sociaux perçus par le foyer au cours des trois derniers mois.\n\n"
        "b) Charges. Sont déduits le loyer, l'énergie dans la limite de 120 € par mois et\n"
        "l'assurance habitation.\n\n"
        "Article 2 – Aide au paiement des factures d'eau et d'énergie\n"
        "            (électricité, gaz, bois de chauffage)\n\n"
        "L'aide est versée au fournisseur après examen de la demande par la commission.\n\n"
        "   Barème n° 1 – Montant maximal par demande\n\n"
        "   Composition du foyer      | Énergie | Eau\n"
        "   Personne seule            |  150 €  |  60 €\n"
        "   Deux personnes et plus    |  200 €  |  90 €\n\n"
        "TITRE II – DISPOSITIONS FINALES\n\n"
        "Article 3 – Entrée en vigueur\n\n"
        "Le présent règlement entre en vigueur le 1er janvier 2027 et sera affiché à l'accueil.\n"
    )
    records = parse_text(tmp_path, text, "generic", "rules.txt").records
    titles = [r.title for r in records]
    assert titles == [
        "DISPOSITIONS GÉNÉRALES",
        "Article 1 – Ressources prises en compte",
        "Article 2 – Aide au paiement des factures d'eau et d'énergie (électricité, gaz, bois de chauffage)",
        "DISPOSITIONS FINALES",
        "Article 3 – Entrée en vigueur",
    ]
    amounts = {r.title.split(" – ")[0]: [b.amount_eur for b in r.budget_lines] for r in records}
    assert amounts["Article 1"] == [120]
    assert amounts["Article 2"] == [150, 60, 200, 90]


def test_an_activity_report_s_wrapped_part_title_and_its_annex(tmp_path):
    """ "4. L'accompagnement des aînés, la prévention de la perte" / "d'autonomie et la lutte
    contre l'isolement": a numbered part's title wrapped onto a line in lower case; "Annexe" over
    a table's caption ("Tableau 1 – …") and its table: a section."""
    text = (
        "RAPPORT D'ACTIVITÉ 2025 DU CCAS DE PLOUAY\n\n"
        "1. L'accueil social\n\nLe CCAS a reçu 2 400 personnes au cours de l'année, dans ses locaux et au "
        "domicile de celles qui ne peuvent se déplacer.\n\n"
        "2. L'accompagnement des aînés, la prévention de la perte\n"
        "d'autonomie et la lutte contre l'isolement\n\n"
        "Le portage de repas a servi 41 230 repas, pour un coût de 7,40 € par repas.\n\n"
        "Annexe\n\n"
        "Tableau 1 – Aides facultatives accordées en 2025\n\n"
        "Motif                    Nombre        Montant versé\n"
        "Alimentation                352          31 280,00 €\n"
        "Énergie                     171          24 915,60 €\n"
    )
    records = parse_text(tmp_path, text, "generic", "rapport.txt").records
    assert [r.title for r in records] == [
        "L'accueil social",
        "L'accompagnement des aînés, la prévention de la perte d'autonomie et la lutte contre l'isolement",
        "Annexe",
    ]
    assert [b.amount_eur for b in records[-1].budget_lines] == [31_280, 24_915.6]


def test_a_table_laid_out_under_its_rule_is_no_two_columns_and_an_annex_is_a_section(tmp_path):
    """ "Date    Étape" over "------  ------" and rows whose second cell wraps: a table, read
    row by row (never as a left column then a right one); "ANNEXE 1 – Budget prévisionnel" over a
    table: a section."""
    text = (
        "APPEL À PROJETS 2026 DU CCAS DE MONTCEAU\n\n"
        "1. CALENDRIER\n\n"
        "  Date                               Étape\n"
        "  ---------------------------------  -----------------------------------------------------\n"
        "  Lundi 12 janvier 2026              Lancement de l'appel à projets : publication sur le\n"
        "                                     site de la Ville et envoi aux associations\n"
        "  Jeudi 29 janvier 2026, 18 h        Réunion d'information ouverte aux associations\n"
        "                                     (salle du conseil, Hôtel de Ville)\n"
        "  Vendredi 13 mars 2026, 12 h        Date limite de dépôt des dossiers\n"
        "  Semaine du 13 avril 2026           Audition des porteurs de projet, si nécessaire\n\n"
        "2. ENGAGEMENTS\n\nL'association retenue transmet un bilan du projet avant la fin de l'année.\n\n"
        "ANNEXE 1 – Budget prévisionnel du projet (modèle)\n\n"
        "  CHARGES                            Montant   PRODUITS                      Montant\n"
        "  ---------------------------------  --------  ----------------------------  --------\n"
        "  60 – Achats                             €    74 – Subventions                   €\n"
    )
    records = parse_text(tmp_path, text, "generic", "appel.txt").records
    assert [r.title for r in records] == [
        "CALENDRIER",
        "ENGAGEMENTS",
        "ANNEXE 1 – Budget prévisionnel du projet (modèle)",
    ]


def test_a_page_of_plain_paragraphs_is_a_document_and_lots_are_sections(tmp_path):
    """A text with no heading markup, no field, no list — only paragraphs — is still a document
    (read as generic, not refused); "Lot n°2 : Title" is a numbered section like "Lot n° 1 –"."""
    text = (
        "CAHIER DES CHARGES\n\nLe marché porte sur la livraison de repas à domicile pour les personnes âgées "
        "de la commune, sept jours sur sept.\n\n"
        "Lot n° 1 – Repas du midi\n\nLe lot n° 1 porte sur les repas du midi, livrés avant onze heures trente "
        "au domicile des bénéficiaires.\n\n"
        "Lot n°2 : Potages du soir\n\nLe lot n° 2 porte sur un potage et une collation, livrés avec le repas "
        "du midi pour être pris le soir.\n\n"
        "Les prix sont révisés une fois par an selon l'indice de la restauration collective publié "
        "par l'INSEE.\n\nLe titulaire tient un registre des livraisons ouvert au contrôle du CCAS.\n"
    )
    path = tmp_path / "cahier.txt"
    path.write_text(text, encoding="utf-8")
    titles = [r.title for r in parse_file(path).records]
    assert "Repas du midi" in titles[1] and titles[2] == "Potages du soir"


def test_a_formula_and_a_line_of_figures_set_apart_are_no_sections(tmp_path):
    """Rules for optional aid: an indented formula ("QF = (ressources – charges) / parts") over
    labelled lines, and an indented line of figures ("T1 : 150 € – T2 : 110 €") between two
    paragraphs, stay in their article's text; its amounts are listed under the article."""
    text = (
        "CCAS DE VALBONNE – RÈGLEMENT DES AIDES FACULTATIVES\n\n"
        "Le présent règlement fixe les conditions d'attribution des aides facultatives du CCAS pour 2031.\n\n"
        "Article 3 – Conditions de ressources\n\n"
        "Le montant des aides dépend du quotient familial mensuel du foyer, calculé ainsi :\n\n"
        "          QF = (ressources mensuelles – charges retenues) / nombre de parts\n\n"
        "Charges retenues : le loyer, dans la limite de 600 € par mois.\n\n"
        "Article 7 – Loisirs des enfants\n\n"
        "Le CCAS participe aux frais de loisirs de chaque enfant dans la limite des montants annuels suivants :\n\n"
        "     T1 : 150 € – T2 : 110 € – T3 : 70 €\n\n"
        "Cette participation vient après les aides de la CAF et le Pass'Sport de 50 €.\n"
    )
    result = parse_text(tmp_path, text, "generic", "reglement.txt")
    assert [r.title for r in result.records] == [
        "CCAS DE VALBONNE – RÈGLEMENT DES AIDES FACULTATIVES",
        "Article 3 – Conditions de ressources",
        "Article 7 – Loisirs des enfants",
    ]
    assert [a.amount_eur for a in result.records[1].budget_lines] == [600]
    assert [a.amount_eur for a in result.records[2].budget_lines] == [150, 110, 70, 50]


def test_a_letterhead_in_capitals_is_the_documents_title(tmp_path):
    """Minutes opening on their letterhead, lines in capitals with only a date and a place under
    them, over sections headed in ordinary type: the letterhead is the document's title."""
    text = (
        "COMMUNE DE PONTIVY\nCENTRE COMMUNAL D'ACTION SOCIALE\n\n"
        "COMPTE RENDU DU CONSEIL D'ADMINISTRATION\nMardi 4 juin 2030 – 17 h 30\nSalle du conseil\n\n\n"
        "Ouverture de la séance\n\nLa séance est ouverte à 17 h 35 sous la présidence du maire ; le quorum est "
        "atteint avec neuf membres présents sur quatorze.\n\n"
        "Délibération n° 2030-12 – Aides facultatives\n\nLe conseil adopte le nouveau règlement des aides "
        "facultatives, qui relève le plafond de ressources de 5 %.\n\n"
        "Questions diverses\n\nUn administrateur demande le calendrier des travaux de la résidence autonomie ; "
        "la directrice répond qu'ils commenceront à l'automne. La séance est levée à 18 h 40.\n"
    )
    path = tmp_path / "compte-rendu.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, kind="generic")
    assert [r.title for r in result.records] == [
        "Ouverture de la séance",
        "Délibération n° 2030-12 – Aides facultatives",
        "Questions diverses",
    ]
    assert "COMMUNE DE PONTIVY" in result.document.sections["Titre"]


def test_a_letterhead_over_the_documents_markdown_title(tmp_path):
    """A letterhead line in capitals with its meeting lines under it, then "# Title" with nothing
    of its own over "## 1. …" sections: both are the document's title, not sections."""
    text = (
        "CENTRE COMMUNAL D'ACTION SOCIALE DE VICHY\n"
        "Conseil d'administration – séance du 3 avril 2031\n"
        "Rapporteure : la Vice-présidente\n\n"
        "# Compte administratif 2030 – Rapport de présentation\n\n"
        "## 1. Introduction\n\nLe compte administratif retrace les dépenses et les recettes exécutées en 2030.\n\n"
        "## 2. Aides facultatives\n\nLes aides versées ont atteint 182 000 €, pour 190 000 € prévus.\n"
    )
    path = tmp_path / "ca.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, kind="generic")
    assert [r.title for r in result.records] == ["Introduction", "Aides facultatives"]
    assert "Compte administratif 2030" in result.document.sections["Titre"]


def test_a_table_caption_and_a_signature_among_articles_stay_in_their_article(tmp_path):
    """Rules of aid in articles: a barème's caption between two articles is the first one's,
    "Fait à …, le …" closing the deed is the last one's — no sections of their own."""
    text = (
        "RÈGLEMENT DES AIDES FACULTATIVES DU CCAS DE LANNION\n\n"
        "Article 1 – Objet\n\nLe présent règlement fixe les aides que le CCAS peut accorder.\n\n"
        "Article 2 – Aide alimentaire\n\nL'aide est versée sur la carte de l'épicerie sociale.\n\n"
        "Barème de l'aide alimentaire\n\n"
        "| Foyer | Montant |\n|---|---|\n| 1 personne | 80 € |\n| 2 personnes | 120 € |\n\n"
        "Article 3 – Entrée en vigueur\n\nLe règlement s'applique dès sa publication.\n\n"
        "Fait à Lannion, le 3 avril 2031\n\nLe président du CCAS\n"
    )
    records = parse_text(tmp_path, text, "generic", "reglement.txt").records[-3:]
    assert [r.title for r in records] == [
        "Article 1 – Objet",
        "Article 2 – Aide alimentaire",
        "Article 3 – Entrée en vigueur",
    ]
    assert [b.amount_eur for b in records[1].budget_lines] == [80, 120]


def test_short_lines_a_colon_announces_are_a_list_and_a_header_printed_first_and_last_no_section(tmp_path):
    """A converter that lost the bullets: "… quatre orientations :" then short lines, the last
    one over a paragraph — still the list's last line, no section; the header a word processor
    wrote once at the top and once at the foot is furniture."""
    header = "CCAS de Brignac — Analyse des besoins sociaux 2031 — Synthèse"
    prose = "Le diagnostic a été conduit pendant un an avec les partenaires et les habitants du territoire."
    path = tmp_path / "abs.txt"
    path.write_text(
        f"{header}\n\n\nSynthèse de l'analyse 2031\n\n\nAvant-propos\n\n{prose}\n\n"
        "Orientations pour 2032\n\nAu vu de ces constats, le bureau propose de retenir trois orientations pour le futur plan :\n\n"
        "Aller vers les publics éloignés\n\nRompre l'isolement des aînés\n\n"
        "Prévenir les ruptures de logement\n\n"
        "Une enveloppe de 80 k€ par an est envisagée pour amorcer ces chantiers, à moyens constants pour le reste.\n\n"
        f"Pour aller plus loin\n\n{prose}\n\n\n{header}\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="generic")
    titles = [r.title for r in result.records]
    assert "Prévenir les ruptures de logement" not in titles
    assert not any(t.startswith("CCAS de Brignac") for t in titles)
    oriented = next(r for r in result.records if r.title == "Orientations pour 2032")
    assert [b.amount_eur for b in oriented.budget_lines] == [80_000]


def test_a_meeting_recaps_list_title_over_names_and_a_topic_titled_with_a_colon_are_sections(tmp_path):
    """ "Participants" right over a name a line (no bullets, no blank line) and, after a blank
    line, "Aides facultatives : révision du règlement" over its bullets: sections, like the
    topics around them."""
    text = (
        "Conseil d'administration – séance du 21 mars 2024\n\nParticipants\nJean Dufour\nSylvie Bonnot\n"
        "Pascal Germain\nOdile Lacroix\n\nBudget primitif 2024\n• Le budget a été adopté à l'unanimité.\n\n"
        "Aides facultatives : révision du règlement\n• Élodie Vautrin a dressé le bilan 2023 : 412 aides.\n"
        "• Le plafond passe à 150 € par foyer.\n"
    )
    result = parse_text(tmp_path, text, "generic", "recap.txt")
    assert [r.title for r in result.records] == [
        "Participants",
        "Budget primitif 2024",
        "Aides facultatives : révision du règlement",
    ]


def test_headings_numbered_as_an_outline_in_text_with_no_blank_lines(tmp_path):
    """A chapter extracted from a PDF with no blank line anywhere: "2.1 Title" and "2.1.1 Title"
    between a sentence's end and the next paragraph are headings, each a section with its text
    (the chapter "2. Title" over them, no text of its own, is none)."""
    text = (
        "Analyse des besoins sociaux 2024 – CCAS de Riom\n"
        "2. Précarité et ressources\n"
        "2.1 Les ressources des ménages\n"
        "Avec 9 800 ménages, la commune rassemble une part notable de la population du\n"
        "département. Les pensions forment 41 % du revenu disponible.\n"
        "2.1.1 La pauvreté monétaire\n"
        "Le taux de pauvreté atteint 19,2 % ; il dépasse 30 % chez les moins de 30 ans.\n"
        "2.2 Le recours aux aides facultatives\n"
        "En 2023, le CCAS a versé 118 200 € d'aides facultatives à 640 ménages.\n"
    )
    records = parse_text(tmp_path, text, "generic", "abs.txt").records
    assert [(r.title, [b.amount_eur for b in r.budget_lines]) for r in records] == [
        ("2.1 Les ressources des ménages", []),
        ("2.1.1 La pauvreté monétaire", []),
        ("2.2 Le recours aux aides facultatives", [118200]),
    ]


def test_a_footer_with_its_page_between_two_points_is_no_section(tmp_path):
    """ "Procès-verbal du 3 mars 2024 – p. 2/3" between two points is the page's footer (a
    Sommaire's "Préambule · p. 2" keeps its entry)."""
    text = (
        "Article 1 – Objet\n\nLe présent règlement fixe les conditions d'attribution des aides facultatives "
        "du centre communal d'action sociale.\n\n"
        "Article 2 – Constitution du dossier\n\nLa demande est déposée à l'accueil du CCAS avec les "
        "justificatifs de ressources des trois derniers mois.\n\n"
        "CCAS de Mende – Règlement intérieur des aides facultatives – p. 2/3\n\n"
        "Tout dossier incomplet est restitué au demandeur avec la liste des pièces manquantes.\n\n"
        "Article 3 – Montants\n\nL'aide d'urgence est limitée à 300 € par foyer et par an.\n"
    )
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    titles = [r.title for r in parse_file(path, kind="generic").records]
    assert not any("p. 2/3" in t for t in titles)
    assert len(titles) == 3


def test_a_faq_reads_each_question_glued_to_its_answer_as_a_section(tmp_path):
    """A FAQ: "Qui peut demander une aide ?" right over its answer (no blank line), a list right
    under another question, "Nous contacter" over the address lines: each a section."""
    text = (
        "AIDES FACULTATIVES : VOS QUESTIONS\n\nCe livret reprend les questions posées à l'accueil.\n\n"
        "Qui peut demander une aide ?\nToute personne qui réside dans la commune depuis trois mois.\n\n"
        "Quels sont les montants ?\n- bon alimentaire : 40 € ;\n- aide à l'énergie : jusqu'à 250 € par an.\n\n"
        "Faut-il rembourser l'aide ?\nNon, sauf fausse déclaration.\n\n"
        "Nous contacter\nCCAS – Espace des solidarités\n12, avenue de la République – 03100 Montluçon\n"
        "Téléphone : 04 70 00 12 34\n"
    )
    titles = [r.title for r in parse_text(tmp_path, text, "generic", "faq.txt").records]
    assert titles[-4:] == [
        "Qui peut demander une aide ?",
        "Quels sont les montants ?",
        "Faut-il rembourser l'aide ?",
        "Nous contacter",
    ]


def test_a_checklist_s_tasks_are_items_and_their_amounts_are_read(tmp_path):
    """ "[ ] Commander 600 bouteilles d'eau (budget de 480 €)" line after line: a checklist of
    tasks (never a form's unticked options, which say nothing), its amounts shown."""
    text = (
        "PLAN CANICULE 2024\n\nOBJET\n\nLa présente procédure décrit ce que font les agents du CCAS.\n\n"
        "NIVEAU 1 – VEILLE SAISONNIÈRE\n\n"
        "[ ] Relancer par courrier les personnes inscrites au registre\n"
        "[ ] Commander 600 bouteilles d'eau pour les visites à domicile (budget de 480 €)\n\n"
        "NIVEAU 2 – ALERTE CANICULE\n\n[ ] Appeler tous les inscrits une fois par jour\n"
        "[ ] Acheter des ventilateurs d'appoint dans la limite de 1 800 € TTC\n"
    )
    records = parse_text(tmp_path, text, "generic", "canicule.txt").records
    assert [(r.title, [b.amount_eur for b in r.budget_lines]) for r in records] == [
        ("OBJET", []),
        ("NIVEAU 1 – VEILLE SAISONNIÈRE", [480]),
        ("NIVEAU 2 – ALERTE CANICULE", [1800]),
    ]


def test_a_price_list_its_bare_prices_in_euros_beside_a_band_in_euros(tmp_path):
    """ "Tarifs par trajet, en euros :" over a table whose first cell names a band in euros
    ("Jusqu'à 500 €") and the others are bare prices ("1,60"): every price is an amount."""
    text = (
        "# Tarifs 2031\n\n## Transport accompagné\n\nLe minibus conduit les aînés à leurs rendez-vous.\n\n"
        "Tarifs par trajet, en euros :\n\n| Quotient familial | Trajet simple | Aller-retour |\n|---|---:|---:|\n"
        "| Jusqu'à 500 € | 1,60 | 3,00 |\n| 501 à 800 € | 2,30 | 4,40 |\n"
    )
    record = parse_text(tmp_path, text, "generic", "tarifs.md").records[0]
    assert {b.amount_eur for b in record.budget_lines} >= {500, 1.6, 3.0, 2.3, 4.4}
