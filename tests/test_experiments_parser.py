"""The experiments press-kit parser on the real 2011 Grenoble press kit (values read by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccas_cli.extract import read_source
from ccas_cli.families.experiments import detect
from ccas_cli.ingest import parse_file
from ccas_cli.normalize.text import fold

from .conftest import RAW, parse_text

FILE = RAW / "grenoble-experimentations-sociales-2011.txt"
ACHEVEES = "Expérimentations achevées ou en phase finale de généralisation"
EN_COURS = "Expérimentations en cours"
PREVUES = "Expérimentations prévues à court terme (démarrage 2011-2012)"


@pytest.fixture(scope="module")
def press_kit(manifest):
    entry = manifest["grenoble-experimentations-2011"]
    return parse_file(entry.file, kind="experiments", entry=entry)


def experiment(press_kit, words: str):
    found = [r for r in press_kit.records if fold(r.title).startswith(fold(words))]
    assert len(found) == 1, (words, [r.title for r in found])
    return found[0]


def test_every_announced_experiment_is_found(press_kit):
    """The introduction announces 14 experiments (6 + 3 + 5 by status); all 14 are parsed."""
    assert len(press_kit.records) == 14
    assert {r.type for r in press_kit.records} == {"experiment"}
    codes = {w.code for w in press_kit.document.warnings}
    assert "announced-count" not in codes and "announced-group-count" not in codes
    groups = [r.status_group for r in press_kit.records]
    assert (groups.count(ACHEVEES), groups.count(EN_COURS), groups.count(PREVUES)) == (6, 3, 5)


def test_a_title_after_a_block_is_not_a_field(press_kit):
    """ "Plateforme budgétaire : …" right after a pilotage block opens a project, in the group above."""
    record = experiment(press_kit, "Plateforme budgétaire")
    assert record.status_group == EN_COURS
    assert record.source.lines == (375, 403)
    assert record.evaluator == "interne (DIOS)"


@pytest.mark.parametrize(
    ("words", "start_year", "evaluator"),
    [
        ("PARLER BAMBIN", 2008, "CNRS / INSERM"),
        ("CHEQUIER SENIOR", 2010, "interne CCAS (DIOS/DAST)"),  # "septembre 2010"
        ("Allocation Municipale", 2009, "CREDOC"),
        ("ENPATIC", 2009, "Centre pluridisciplinaire de gérontologie (CPDG) - Université Joseph Fourier"),
        ("Microcrédit personnel", 2010, "CREDOC"),
        ("Chéquier culture", 2011, "à déterminer"),  # "septembre 2011"
        ("Implanter le programme PRODAS", 2012, None),  # "année scolaire 2012-2013"; "Evaluation : …"
    ],
)
def test_start_year_and_evaluator(press_kit, words, start_year, evaluator):
    """start_year is the first year of "Démarrage …"; the evaluator is the field as printed."""
    record = experiment(press_kit, words)
    assert record.start_year == start_year
    if evaluator is None:
        assert record.evaluator.startswith("les académies de La Réunion et de Paris")
    else:
        assert record.evaluator == evaluator


def test_two_column_block_is_split_on_the_tab(press_kit):
    """The REFLEX block (lines 461-464, two tab-separated columns) gives each field its value."""
    record = experiment(press_kit, "Détection précoce")
    assert record.status_group == PREVUES
    assert record.start_year == 2011  # "Démarrage prévu : octobre 2011"
    assert record.state == "finalisation du projet, travail avec 3 autres villes sur l'évaluation"
    assert record.territories == "secteurs 6 en phase test"
    assert (
        record.public
        == "clients de la banque postale (centre financier de Grenoble) en difficulté financière."
    )
    assert record.evaluator == "à déterminer (contacts pris avec l'école d'économie de Paris)"
    assert record.partners[0] == "La Banque Postale" and "UNCCAS" in record.partners
    assert record.source.lines == (437, 464)
    assert not any("\t" in text for text in record.sections.values())
    assert record.sections["Données de pilotage"].splitlines()[0] == "Démarrage prévu : octobre 2011"


def test_fields_continued_on_the_next_paragraph(press_kit):
    """A label left empty ("Public visé :", "Etat … :") takes the paragraph below it."""
    chequier = experiment(press_kit, "CHEQUIER SENIOR")
    assert chequier.state == "Bilan et évaluation en cours"
    paniers = experiment(press_kit, "Paniers solidaires")
    assert paniers.public.startswith("tous les habitants de Grenoble (Familles, étudiants, personnes âgées)")
    assert paniers.public.endswith("\n12 agriculteurs locaux")
    assert paniers.evaluator == "interne CCAS"


def test_states_territories_and_sections(press_kit):
    """State, territories and the project's own sub-headings are kept as printed."""
    record = experiment(press_kit, "PARLER BAMBIN")
    assert record.state == "essaimage (objectif généralisation achevée : fin 2012)"
    assert record.territories == "20 crèches dans 4 secteurs"
    assert list(record.sections) == [
        "Objectif du projet",
        "Actions mises en œuvre",
        "Bilan & perspectives",
        "Données de pilotage",
    ]
    humanitude = experiment(press_kit, "La philosophie de l'HUMANITUDE")
    assert humanitude.sections["Texte"].startswith("A force d'être dans le « faire »")


def test_bold_figures(press_kit):
    """Bold runs with a number are the record's figures, as printed without the asterisks."""
    assert experiment(press_kit, "Allocation Municipale").figures == ["327 foyers"]
    assert experiment(press_kit, "La philosophie").figures == [
        "Plus de 300 professionnels",
        "1600 personnes âgées",
    ]
    assert experiment(press_kit, "CHEQUIER SENIOR").figures == ["5000 Personnes âgées"]
    assert experiment(press_kit, "Paniers solidaires").figures == []


def test_amounts_are_budget_lines_never_counted(press_kit):
    """ "40, 80 ou 100 €" gives three per-unit lines; "moins de 500 € par mois" is a threshold."""
    lines = experiment(press_kit, "Allocation Municipale").budget_lines
    assert [b.amount_eur for b in lines] == [40, 80, 100, 500]
    assert all(not b.counted and b.kind == "per_unit" for b in lines)
    assert [b.source.lines for b in lines] == [(191, 191)] * 3 + [(207, 207)]
    assert lines[3].reason == "eligibility threshold, not a budget"
    meals = experiment(press_kit, "CHEQUIER SENIOR").budget_lines
    assert [(b.amount_eur, b.kind) for b in meals] == [(1, "per_unit"), (10, "per_unit"), (1, "per_unit")]
    assert meals[2].raw.endswith("3720 repas à 1 euro ont été servis.")
    others = [r for r in press_kit.records if r.title.split()[0] not in ("Allocation", "CHEQUIER")]
    assert all(not r.budget_lines for r in others)


def test_partners(press_kit):
    """Partners go through the shared resolver; "/" separates them; "à déterminer" is nobody."""
    assert experiment(press_kit, "Allocation Municipale").partners == [
        "Caisse d'Allocations Familiales",
        "État",
    ]
    chequier = experiment(press_kit, "CHEQUIER SENIOR")
    assert chequier.partners == [
        "Association L'Âge d'Or",
        "Bibliothèques municipales de Grenoble",
        "Téléphérique de la Bastille",
    ]
    assert experiment(press_kit, "Epicerie solidaire mobile").partners == []


def test_missing_pilotage_fields_are_warned(press_kit):
    """Blocks without a state or an evaluator are reported with their lines."""
    missing = {w.lines: w.message for w in press_kit.document.warnings if w.code == "pilotage-field-missing"}
    assert set(missing) == {(238, 250), (278, 288), (363, 373), (571, 581)}
    assert "Fin de l'expérimentation : septembre 2010" in missing[(238, 250)]
    assert "no evaluator" in missing[(278, 288)]


def test_every_line_is_accounted_for(press_kit):
    """Cover, numbered introduction and testimonies are document sections; nothing is unparsed."""
    document = press_kit.document
    assert document.lines_accounted == document.lines_total == 310
    assert document.unparsed == []
    assert next(iter(document.sections)) == "Couverture"
    assert "[parole d'acteurs]" in document.sections
    assert document.sections["5/ Les expérimentations du CCAS de Grenoble"].startswith(
        "> 14 expérimentations"
    )


def test_ids_are_title_slugs(press_kit):
    """Ids are the document id and the title's slug, unique."""
    ids = [r.id for r in press_kit.records]
    assert len(set(ids)) == len(ids)
    assert "grenoble-experimentations-2011/paniers-solidaires" in ids
    assert (
        "grenoble-experimentations-2011/enpatic-experimentation-novatrice-pour-personnes-agees-grace-aux"
        in ids
    )


def test_an_acronym_title_takes_its_expansion(press_kit):
    """'ENPATIC' followed by the words it stands for: one title, not a title and a text."""
    from ccas_cli.families.experiments import _expands

    titles = [r.title for r in press_kit.records]
    assert any(t.startswith("ENPATIC : Expérimentation Novatrice pour Personnes Âgées") for t in titles)
    assert not _expands("ENPATIC", "Une expérimentation menée avec les personnes âgées.")
    assert not _expands("CAF", "Caisse des Allocations")  # initials must spell it whole


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = FILE.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / FILE.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_announced_count_mismatch_is_warned(tmp_path):
    """When the announcement says 15, the parser keeps its 14 records and warns at line 85."""
    result = parse_file(
        _variant(tmp_path, "> 14 expérimentations", "> 15 expérimentations"), kind="experiments"
    )
    assert len(result.records) == 14
    warnings = [w for w in result.document.warnings if w.code == "announced-count"]
    assert len(warnings) == 1 and warnings[0].lines == (85, 85)
    assert "announces 15" in warnings[0].message and "14 found" in warnings[0].message


def test_announced_group_count_mismatch_is_warned(tmp_path):
    """A per-status count that differs from the projects under that heading is reported."""
    result = parse_file(_variant(tmp_path, ": 6 terminées", ": 7 terminées"), kind="experiments")
    warnings = [w for w in result.document.warnings if w.code == "announced-group-count"]
    assert len(warnings) == 1 and ACHEVEES in warnings[0].message


def test_detect_only_the_press_kit():
    """detect() is confident on the press kit and below the threshold on the other documents."""
    for path in sorted(RAW.glob("*.txt")):
        score = detect(read_source(path))
        assert (score >= 0.6) == (path == FILE), (path.name, score)


def test_a_department_of_the_city_is_one_partner(press_kit):
    """'Direction des Affaires culturelles de la Ville de Grenoble' is the department, not two."""
    assert experiment(press_kit, "Chéquier culture").partners[:1] == [
        "Direction des affaires culturelles (Ville de Grenoble)"
    ]
    assert "Ville de Grenoble" not in experiment(press_kit, "Chéquier culture").partners


def test_stage_headings_in_capitals_without_the_items_noun_and_titles_with_a_colon(tmp_path):
    """ "EN COURS D'EXPÉRIMENTATION" over its projects is a stage group (not a project), a
    "Qui pilote ?" block holds the key data, and "Droits d'abord : l'ouverture …" after a
    closed project is the next project's title, not a field."""
    item = "{title}\n\nUn texte qui décrit le projet.\n\nQui pilote ?\nLancement : {month} 20{y}\nÉtape actuelle : {state}\nÉvaluation : Cabinet Arpège\n\n"
    text = (
        "DOSSIER DE PRESSE\n\nDEVENUS DES SERVICES PERMANENTS\n\n"
        + item.format(title="Le Repas partagé", month="mars", y=17, state="pérennisé")
        + "EN COURS D'EXPÉRIMENTATION\n\n"
        + item.format(
            title="Droits d'abord : l'ouverture automatique des aides", month="mai", y=21, state="en test"
        )
        + item.format(title="Les Bricoleurs solidaires", month="juin", y=22, state="en test")
    )
    result = parse_text(tmp_path, text, "experiments", "presse.txt")
    got = [(r.title, r.status_group, r.start_year, r.state) for r in result.records]
    assert got == [
        ("Le Repas partagé", "DEVENUS DES SERVICES PERMANENTS", 2017, "pérennisé"),
        ("Droits d'abord : l'ouverture automatique des aides", "EN COURS D'EXPÉRIMENTATION", 2021, "en test"),
        ("Les Bricoleurs solidaires", "EN COURS D'EXPÉRIMENTATION", 2022, "en test"),
    ]


def test_key_data_in_a_table_of_label_value_pairs_side_by_side(tmp_path):
    """ "| **Partenaires** | A, B | **Financement** | CAF |": two fields a row, not one."""
    text = (
        "## Expérimentations terminées\n\n### Relais Nuit\n\nUn texte qui décrit le projet.\n\n"
        "| **Démarrage** | Septembre 2023 | **Territoires** | La commune |\n|---|---|---|---|\n"
        "| **Partenaires** | CAF de l'Aveyron, Familles Rurales Aveyron | **Financement** | CAF, CCAS |\n"
        "| **Évaluateur** | Cabinet Trajectoires | **Coût** | 96 000 € |\n"
    )
    (item,) = parse_text(tmp_path, text, "experiments", "presse.md").records
    assert (item.start_year, item.evaluator) == (2023, "Cabinet Trajectoires")
    assert "Familles Rurales Aveyron" in item.partners and not any("Financement" in p for p in item.partners)


def test_a_label_over_a_list_of_partners_and_a_count_line_under_its_stage(tmp_path):
    """ "Partenaires" over "- A" / "- B": both are partners; "3 projets" under its stage
    heading announces, it is not a project."""
    item = "Projet n°{n} — {title}\n\nUn texte qui décrit le projet.\n\nDonnées de pilotage\nLancement\nSeptembre 202{n}\nPartenaires\n- Régie de quartier de Planoise\n- Centre social Nelson Mandela\nÉvaluateur\nCabinet Arpège\n\n"
    text = "PROJETS ACHEVÉS\n3 projets\n\n" + "".join(
        item.format(n=n, title=t)
        for n, t in enumerate(["Le chèque mobilité", "Un référent unique", "Une épicerie"], 1)
    )
    result = parse_text(tmp_path, text, "experiments", "presse.txt")
    assert [(r.title, r.start_year, r.partners) for r in result.records] == [
        (t, 2020 + n, ["Régie de quartier de Planoise", "Centre social Nelson Mandela"])
        for n, t in enumerate(["Le chèque mobilité", "Un référent unique", "Une épicerie"], 1)
    ]


def test_key_data_in_columns_dashes_and_bold_labels_qualified(tmp_path):
    """Three ways a press kit prints its key data that no colon-per-line rule reads: two
    "Label : value" columns side by side, "Label — value" lines (a label the family does not
    know among them), and "**Partenaires pressentis**" in bold over a list."""
    text = (
        "PROJETS ÉVALUÉS\n\nProjet n°1 — Le chèque énergie\n\nUn texte qui décrit le projet.\n\nRepères\n"
        "Année de démarrage : 2031                  Évaluateur : Institut des politiques publiques\n"
        "Partenaires : Enedis, GRDF                 État : achevée, non reconduite\n\n"
        "Projet n°2 — Une entreprise à but d'emploi\n\nUn texte qui décrit le projet.\n\nFiche d'identité\n"
        "Lancement prévu — janvier 2036\nPorteur — Ville de Limoges\nPartenaires — France Travail, Département de la Haute-Vienne\n"
        "Évaluation — Comité scientifique du fonds\n\n"
        "Projet n°3 — Une équipe mobile\n\nUn texte qui décrit le projet.\n\n**Calendrier**\nlancement prévu en septembre 2035\n"
        "**Partenaires pressentis**\n- Centre hospitalier Esquirol\n- UNAFAM Haute-Vienne\n**Avancement**\nrecrutement en cours\n"
    )
    records = parse_text(tmp_path, text, "experiments", "presse.md").records
    assert [(r.start_year, r.evaluator, r.partners, r.state) for r in records] == [
        (2031, "Institut des politiques publiques", ["Enedis", "GRDF"], "achevée, non reconduite"),
        (2036, "Comité scientifique du fonds", ["France Travail", "Département de la Haute-Vienne"], None),
        (2035, None, ["Centre hospitalier Esquirol", "UNAFAM Haute-Vienne"], "recrutement en cours"),
    ]


def test_a_question_as_its_own_colon_a_period_and_a_run_in_label_in_a_facts_line(tmp_path):
    """ "- **Où en est-on ?** Achevée", "Période : octobre 2029 – décembre 2032" (its first year
    is the start), "**Fiche d'identité** · Lancée en 2034 · Évaluation : X" (a label run into its
    value among the facts)."""
    text = (
        "## Expérimentations achevées\n\n### 1. Les cuisines partagées\n\nUn texte qui décrit le projet.\n\n"
        "- **Démarrage :** mars 2030\n- **Évaluation confiée à :** cabinet Trame\n- **Où en est-on ?** Achevée, intégrée\n\n"
        "### 2. Des médiateurs itinérants\n\nUn texte qui décrit le projet.\n\nPériode : octobre 2029 – décembre 2032\n"
        "Évalué par : Ansa\nStatut : terminée\n\n### 3. Un pass mobilité\n\nUn texte qui décrit le projet.\n\n"
        "**Fiche d'identité** · Lancée en 2034 · Évaluation : Le Mans Université · Avancement : phase 2\n"
    )
    records = parse_text(tmp_path, text, "experiments", "presse.md").records
    assert [(r.start_year, r.evaluator, r.state) for r in records] == [
        (2030, "cabinet Trame", "Achevée, intégrée"),
        (2029, "Ansa", "terminée"),
        (2034, "Le Mans Université", "phase 2"),
    ]


def test_parts_numbered_before_their_stage_and_a_project_number_over_a_title_with_a_colon(tmp_path):
    """ "PARTIE 2 — Expérimentations en cours" is the stage "Expérimentations en cours"; "PROJET 3"
    alone over "Title : subtitle in lower case" opens a project titled by that whole line."""

    def project(n: int, title: str, year: int) -> str:
        return (
            f"PROJET {n}\n{title}\n\nPrésentation\nUn texte qui décrit le projet et ce qu'il change pour les habitants.\n\n"
            f"Carte d'identité du projet\n\nLancement\n{year}\n\nPartenaires\nCAF ; Région\n\n"
        )

    text = (
        "DOSSIER DE PRESSE\n\nLes expérimentations sociales du CCAS\n\n"
        "PARTIE 1 — Expérimentations terminées\n\n"
        + project(1, "Un permis pour l'emploi", 2014)
        + project(2, "Chauffage : aider les aînés à passer l'hiver", 2015)
        + "PARTIE 2 — Expérimentations en cours\n\n"
        + project(3, "Une épicerie mobile", 2019)
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.status_group, r.start_year) for r in result.records] == [
        ("Un permis pour l'emploi", "Expérimentations terminées", 2014),
        ("Chauffage : aider les aînés à passer l'hiver", "Expérimentations terminées", 2015),
        ("Une épicerie mobile", "Expérimentations en cours", 2019),
    ]


def test_a_deeper_heading_inside_a_project_is_one_of_its_sections(tmp_path):
    """ "#### Témoignage" between a "### Projet 2 — …" heading and its key data is a section of
    the project: the project keeps its title and data, and no "Témoignage" item appears."""

    def project(n: int, title: str, year: int, aside: str = "") -> str:
        return (
            f"### Projet {n} — {title}\n\nUn texte qui décrit le projet.\n\n{aside}"
            f"| Repères | |\n|---|---|\n| Démarrage | {year} |\n| Partenaires | CAF / Mission locale |\n"
            "| Évaluateur | Cabinet Alpha |\n\n"
        )

    text = (
        "# Dossier de presse\n\n## Expérimentations achevées\n\n"
        + project(1, "Un permis solidaire", 2016)
        + project(2, "Un toit à 18 ans", 2018, "#### Témoignage\n\n> « Un logement dès ma majorité. »\n\n")
        + "## Expérimentations en cours\n\n"
        + project(3, "Une épicerie mobile", 2021)
    )
    result = parse_text(tmp_path, text, "experiments", "kit.md")
    assert [(r.title, r.start_year, r.evaluator) for r in result.records] == [
        ("Un permis solidaire", 2016, "Cabinet Alpha"),
        ("Un toit à 18 ans", 2018, "Cabinet Alpha"),
        ("Une épicerie mobile", 2021, "Cabinet Alpha"),
    ]


def test_key_data_labels_the_vocabulary_lacks_stay_fields_of_the_item(tmp_path):
    """ "**Où :** six hameaux" among bold key data, and "Jeunes concernés" over its value among
    labels over values: fields of the item, not items of their own that take its data."""

    text = (
        "DOSSIER DE PRESSE\n\n1 — Expérimentations achevées\n\n"
        "1.1 Permis solidaire\n\nUn texte qui décrit le projet.\n\nRepères\n\n"
        "Période\nseptembre 2014 – juin 2015\n\nJeunes concernés\n42 jeunes suivis\n\n"
        "Partenaires\nMission locale, Pôle emploi\n\nÉvaluateur\nCabinet Alpha\n\n"
        "2 — Expérimentations en cours\n\n2.1 L'épicerie qui roule\n\nUn autre texte.\n\n"
        "Fiche d'identité\n**Date de lancement :** mai 2015\n**Où :** six hameaux de la vallée\n"
        "**Partenaires :** Banque alimentaire ; Secours populaire\n**Évaluateur :** ORS Centre\n"
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.start_year, r.evaluator, len(r.partners)) for r in result.records] == [
        ("Permis solidaire", 2014, "Cabinet Alpha", 2),
        ("L'épicerie qui roule", 2015, "ORS Centre", 2),
    ]


def test_a_question_label_without_colon_and_a_value_in_lower_case(tmp_path):
    """ "Où en est-on ? généralisé en 2018" among "Label : value" lines: the question is its own
    colon, the state of the item, not a heading that takes the fields after it."""

    text = (
        "DOSSIER DE PRESSE\n\nPartie 1 – Expérimentations généralisées\n\n"
        "Expérimentation n°1 — Un camion des droits\n\nUn texte qui décrit le projet.\n\nCarte d'identité\n\n"
        "Lancement : avril 2015\n\nOù en est-on ? généralisé à tous les quartiers depuis 2018\n\n"
        "Partenaires : CAF, CPAM\n\nÉvaluateur : Université de Bordeaux\n\n"
        "Expérimentation n°2 — Une première clé\n\nUn autre texte.\n\nCarte d'identité\n\n"
        "Lancement : 2016\n\nOù en est-on ? intégré au règlement des aides\n\nÉvaluateur : Cabinet Alpha\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.start_year, r.evaluator, r.state) for r in records] == [
        (
            "Un camion des droits",
            2015,
            "Université de Bordeaux",
            "généralisé à tous les quartiers depuis 2018",
        ),
        ("Une première clé", 2016, "Cabinet Alpha", "intégré au règlement des aides"),
    ]


def test_stage_headings_without_the_items_noun(tmp_path):
    """ "## Évaluées et étendues", "## Arrêtées": headings that open on a stage word group the
    items below them, as "Expérimentations achevées" would."""

    text = (
        "# Dossier de presse\n\n## Évaluées et étendues\n\n### 1. Un relais budget\n\nUn texte.\n\n"
        "- Lancement : janvier 2030\n- Évaluation : Université de Tours\n\n## Arrêtées\n\n"
        "### 2. Une application solidaire\n\nUn autre texte.\n\n- Lancement : 2031\n- Évaluation : Cabinet Alpha\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Un relais budget", "Évaluées et étendues", 2030),
        ("Une application solidaire", "Arrêtées", 2031),
    ]


def test_items_grouped_by_theme_their_stage_in_their_key_data(tmp_path):
    """ "1 | SE LOGER" over "1.1 Title", "1.2 Title": a theme, not an item; each item's stage is
    the "Statut : achevée" of its own key data."""

    text = (
        "DOSSIER DE PRESSE\n\n1 | SE LOGER\n\nLe logement reste la première demande.\n\n"
        "1.1 Un bail glissant pour les jeunes\n\nUn texte qui décrit le projet.\n\nDonnées de pilotage\n\n"
        "Statut : achevée\nLancement : octobre 2015\nÉvaluateur : Cabinet Alpha\n\n"
        "1.2 Des colocations entre générations\n\nUn autre texte.\n\nRepères\n\n"
        "Stade : en cours\nDémarrage : septembre 2018\nÉvaluateur : Ansa\n\n"
        "2 | TRAVAILLER\n\nL'emploi ensuite.\n\n2.1 Un permis solidaire\n\nUn texte encore.\n\nEn bref\n\n"
        "Avancement : en projet\nDémarrage prévu : janvier 2020\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Un bail glissant pour les jeunes", "achevée", 2015),
        ("Des colocations entre générations", "en cours", 2018),
        ("Un permis solidaire", "en projet", 2020),
    ]


def test_a_numbered_title_in_bold_after_key_data_set_as_a_table(tmp_path):
    """ "**3.2 Permis solidaire**" after the previous item's key data in a table is the next
    item's title (not a figure of the previous one); its subtitle line is no item."""

    text = (
        "# Dossier de presse\n\n## III. Les expérimentations en préparation\n\n**3.1 Une épicerie mobile**\n\n"
        "Un texte qui décrit le projet.\n\n| Démarrage prévu | mars 2031 |\n|---|---|\n| Stade | en préparation |\n"
        "| Évaluation confiée à | Université de Tours |\n\n**3.2 Un permis solidaire**\n\n"
        "Un parcours complet vers le permis pour les jeunes\n\nUn autre texte qui décrit ce projet en détail.\n\n"
        "| Démarrage prévu | 2032 |\n|---|---|\n| Stade | en préparation |\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.start_year) for r in records] == [
        ("Une épicerie mobile", 2031),
        ("Un permis solidaire", 2032),
    ]


def test_numbered_stage_headings_framed_by_rules_of_dashes(tmp_path):
    """ "1. Expérimentations achevées" between two rules of em dashes: a stage heading (the
    rules are page furniture, the numbered line over a rule a heading, not a list item)."""

    rule = "—" * 40
    item = (
        "{n} {title}\n\nUn texte qui décrit le projet et ce qu'il a changé pour les habitants.\n\n"
        "Démarrage : {year}\nÉvaluateur : Cabinet Arpège\nPartenaires : CAF, Mission locale\n\n"
    )
    text = (
        "DOSSIER DE PRESSE — LES EXPÉRIMENTATIONS SOCIALES DU CCAS\n\n"
        f"{rule}\n1. Expérimentations achevées\n{rule}\n\n"
        + item.format(n="1.1", title="Un permis solidaire", year="2029")
        + item.format(n="1.2", title="Une épicerie mobile", year="2030")
        + f"{rule}\n2. Expérimentations en cours\n{rule}\n\n"
        + item.format(n="2.1", title="Des voisins relais", year="2031")
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Un permis solidaire", "Expérimentations achevées", 2029),
        ("Une épicerie mobile", "Expérimentations achevées", 2030),
        ("Des voisins relais", "Expérimentations en cours", 2031),
    ]


def test_partners_under_a_question_label(tmp_path):
    """ "- Avec qui ? A, B" in a list of key data: the partners (a question is its own colon)."""

    text = (
        "DOSSIER DE PRESSE\n\nEXPÉRIMENTATIONS EN COURS\n\nN°1 — Une épicerie mobile\n\n"
        "Un texte qui décrit le projet et ce qu'il change pour les habitants des villages.\n\n"
        "- Lancement : mars 2031\n- Avec qui ? Banque alimentaire, Épicerie sociale L'Escale\n"
        "- Avancement : phase de test\n\nN°2 — Un permis solidaire\n\n"
        "Un autre texte qui décrit ce projet et ses premiers résultats auprès des jeunes.\n\n"
        "- Lancement : 2030\n- Partenaires : Mission locale\n- Avancement : en cours\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [r.partners for r in records] == [
        ["Banque alimentaire", "Épicerie sociale L'Escale"],
        ["Mission locale"],
    ]


def test_a_count_line_under_its_stage_heading_is_no_stage(tmp_path):
    """ "EXPÉRIMENTATIONS ACHEVÉES" over "2 expérimentations arrivées à leur terme": the count the
    heading announces, not a stage named after it (its words name a stage too)."""

    item = (
        "Expérimentation n°{n} : {title}\n\nUn texte qui décrit le projet et ce qu'il a changé.\n\n"
        "Repères\nLancement : {year}\nÉvaluation : Cabinet Arpège\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nEXPÉRIMENTATIONS ACHEVÉES\n\n2 expérimentations arrivées à leur terme\n\n"
        + item.format(n=1, title="Un permis solidaire", year="2029")
        + item.format(n=2, title="Une épicerie mobile", year="2030")
        + "PROJETS EN PRÉPARATION\n\n1 projet lancé en 2032\n\n"
        + item.format(n=3, title="Des voisins relais", year="2032")
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group) for r in records] == [
        ("Un permis solidaire", "EXPÉRIMENTATIONS ACHEVÉES"),
        ("Une épicerie mobile", "EXPÉRIMENTATIONS ACHEVÉES"),
        ("Des voisins relais", "PROJETS EN PRÉPARATION"),
    ]


def test_stages_numbered_like_the_items_of_a_list(tmp_path):
    """ "1. Expérimentations arrivées à terme" on a line of its own (a numbered list's item for
    the block reader): a stage heading; "- 3 expérimentations …" in a list of figures is none."""

    item = (
        "Projet n°{n} : {title}\n\nUn texte qui décrit le projet et ce qu'il a changé.\n\n"
        "Repères\nLancement : {year}\nÉvaluation : Cabinet Arpège\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nCHIFFRES CLÉS\n\n- 2 expérimentations arrivées à terme\n"
        "- 1 expérimentation en cours\n\n1. Expérimentations arrivées à terme\n\n"
        + item.format(n=1, title="Un permis solidaire", year="2029")
        + item.format(n=2, title="Une épicerie mobile", year="2030")
        + "2. Expérimentations en cours\n\n"
        + item.format(n=3, title="Des voisins relais", year="2032")
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group) for r in records] == [
        ("Un permis solidaire", "Expérimentations arrivées à terme"),
        ("Une épicerie mobile", "Expérimentations arrivées à terme"),
        ("Des voisins relais", "Expérimentations en cours"),
    ]


def test_partners_parted_by_dashes(tmp_path):
    """ "Médiathèque de Briançon – Emmaüs Connect – Centre social Sud": three partners, each
    opening on a capital; "Association X – antenne du Sud" (a qualifier in lower case) is one."""

    text = (
        "DOSSIER DE PRESSE\n\nEXPÉRIMENTATIONS EN COURS\n\nN°1 — Un coup de pouce numérique\n\n"
        "Un texte qui décrit le projet et ce qu'il change pour les habitants des quartiers.\n\n"
        "- Lancement : mars 2031\n- Partenaires : Médiathèque de Briançon – Emmaüs Connect – Centre social Sud\n"
        "- Avancement : phase de test\n\nN°2 — Un permis solidaire\n\n"
        "Un autre texte qui décrit ce projet et ses premiers résultats auprès des jeunes.\n\n"
        "- Lancement : 2030\n- Partenaires : Association Route Libre – antenne du Sud\n- Avancement : en cours\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [r.partners for r in records] == [
        ["Médiathèque de Briançon", "Emmaüs Connect", "Centre social Sud"],
        ["Association Route Libre – antenne du Sud"],
    ]


def test_stages_lettered_with_their_count_items_numbered_with_a_slash_and_a_title_with_a_colon(tmp_path):
    """ "A) Les expérimentations achevées — deux projets": a stage lettered like a list, its
    count after a dash (neither in the stage's name); "2 / UN BUS SOLIDAIRE": the number is not
    the title; "Un toit à deux : la cohabitation …" after an item's fields (read with no key-data
    heading) is the next item's title, not a field; "Organisme évaluateur" names the evaluator."""
    text = (
        "DOSSIER DE PRESSE 2031\n\nA) Les expérimentations achevées — deux projets\n\n"
        "1 / UNE ÉPICERIE ITINÉRANTE\n\nUn camion dessert les hameaux chaque semaine depuis trois ans.\n\n"
        "Démarrage : 2028\nOrganisme évaluateur : Cabinet Horizons\nPartenaires : CAF, Banque alimentaire\n\n"
        "2 / UN BUS SOLIDAIRE\n\nUn minibus conduit les aînés au marché et chez le médecin.\n\n"
        "Démarrage : 2027\nÉvaluateur : Université de Pau\n\n"
        "B) Les expérimentations en préparation — un projet\n\n"
        "Un toit à deux : la cohabitation entre générations\n\n"
        "Un senior héberge un étudiant contre une présence le soir, suivi par le CCAS chaque mois.\n\n"
        "Démarrage envisagé : 2032\nPartenaires : Université de Pau\n"
    )
    records = parse_text(tmp_path, text, "experiments", "presse.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("UNE ÉPICERIE ITINÉRANTE", "Les expérimentations achevées", 2028, "Cabinet Horizons"),
        ("UN BUS SOLIDAIRE", "Les expérimentations achevées", 2027, "Université de Pau"),
        (
            "Un toit à deux : la cohabitation entre générations",
            "Les expérimentations en préparation",
            2032,
            None,
        ),
    ]


def test_numbered_items_with_wrapped_colon_titles_wrapped_values_and_question_labels(tmp_path):
    """ "EXPÉRIMENTATION 02" over a title with a colon wrapped onto a second line; a partners'
    value wrapped onto a line at the fields' indent (a name in capitals opening it), between two
    fields; "Où en est-on ? En cours, …" (a known question, its answer on the line) and "Où en
    est-on ?" alone over "En cours : 64 familles …" (a value with a colon of its own)."""
    text = (
        "DOSSIER DE PRESSE\n\nEXPÉRIMENTATIONS EN COURS\n\nEXPÉRIMENTATION 01\n\n"
        "Coup de pouce énergie : des visites à domicile pour\nlutter contre la précarité énergétique\n\n"
        "Des ambassadeurs se rendent au domicile des familles repérées par les travailleurs sociaux.\n\n"
        "  Lancement : janvier 2031\n"
        "  Partenaires : Plateforme d'accompagnement et de répit du Saumurois ; France Alzheimer\n"
        "  Maine-et-Loire ; Fédération ADMR de Maine-et-Loire\n"
        "  Évaluation : Observatoire régional de la santé\n"
        "  Où en est-on ? En cours, deuxième saison de visites\n\n"
        "EXPÉRIMENTATION 02\n\nParents solos : un référent unique\n\n"
        "Un référent accompagne les parents qui élèvent seuls leurs enfants.\n\n"
        "  Mise en place : septembre 2031\n  Partenaires : CAF, PMI\n  Où en est-on ?\n"
        "  En cours : 64 familles accompagnées depuis le lancement\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.start_year, r.state) for r in records] == [
        (
            "Coup de pouce énergie : des visites à domicile pour lutter contre la précarité énergétique",
            2031,
            "En cours, deuxième saison de visites",
        ),
        (
            "Parents solos : un référent unique",
            2031,
            "En cours : 64 familles accompagnées depuis le lancement",
        ),
    ]
    assert records[0].partners[1:] == ["France Alzheimer Maine-et-Loire", "Fédération ADMR de Maine-et-Loire"]


def test_stages_counted_in_brackets_one_named_without_a_stage_word(tmp_path):
    """ "## Expérimentations terminées (2)" and "## Ce qui se prépare (1)" (a heading of the same
    level, counted alike, no stage word): three stages, their counts cut from their names."""
    item = "### {t}\n\nUne expérimentation menée avec les habitants.\n\n- **Lancement :** 203{n}\n- **Évaluateur :** Ansa\n\n"
    text = (
        "# Bilan des expérimentations\n\n## Expérimentations terminées (2)\n\n"
        + item.format(t="Le bus des droits", n=1)
        + item.format(t="Une épicerie éphémère", n=2)
        + "## Ce qui se prépare (1)\n\n"
        + item.format(t="Un coffre-fort numérique", n=3)
    )
    records = parse_text(tmp_path, text, "experiments", "bilan.md").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Le bus des droits", "Expérimentations terminées", 2031),
        ("Une épicerie éphémère", "Expérimentations terminées", 2032),
        ("Un coffre-fort numérique", "Ce qui se prépare", 2033),
    ]


def test_items_numbered_with_a_hash_under_banners_with_no_stage_word(tmp_path):
    """ "#1 Title" opens an item; the banners over them in capitals ("ILS ONT FAIT LEURS PREUVES",
    "DEMAIN") are stages because a banner alike names one ("EN COURS"); "ÉDITO" over prose is not."""
    item = "#{n} {t}\n\nUne expérimentation menée avec les habitants du quartier depuis peu.\n\nDepuis 203{n} · État : en cours · Évaluation : Ansa · Partenaires : CAF, MSA\n\n"
    text = (
        "DOSSIER DE PRESSE\n\nÉDITO\n\nLe mot du maire sur les expérimentations de la ville.\n\n"
        "ILS ONT FAIT LEURS PREUVES\n\n"
        + item.format(n=1, t="Le garage solidaire")
        + "EN COURS\n\n"
        + item.format(n=2, t="Le bus des droits")
        + "DEMAIN\n\n"
        + item.format(n=3, t="Une conciergerie pour les aidants")
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Le garage solidaire", "ILS ONT FAIT LEURS PREUVES", 2031),
        ("Le bus des droits", "EN COURS", 2032),
        ("Une conciergerie pour les aidants", "DEMAIN", 2033),
    ]


def test_facts_lines_opened_by_a_run_in_start_or_bare_years_wrapped_after_a_comma(tmp_path):
    """A facts line under each item's prose: "Lancé en mai 2031 · Partenaires : …" (a start label
    run into its date, then one field), "2029 – 2031 · État : …" (the years alone open it), a
    line too long for the page wrapped after a comma (its partners go on below); a table of
    figures by year whose row says "Partenaires impliqués" gives no item partners."""
    text = (
        "DOSSIER DE PRESSE\n\nPRÉFACE\n\nQuelques mots de la présidente sur la démarche engagée.\n\n"
        "   Repère                        2029     2030     2031\n"
        "   ----------------------------  -------  -------  -------\n"
        "   Ménages suivis                  120      210      330\n"
        "   Partenaires impliqués             6        9       13\n\n"
        "ÇA A MARCHÉ\n\n"
        "#1 Les paniers du marché\n\nDes paniers de légumes livrés aux familles orientées par le service.\n\n"
        "2029 – 2031 · État : intégré au droit commun · Évaluation : interne · Partenaires : Banque alimentaire, AMAP du Val\n\n"
        "EN COURS\n\n"
        "#2 Le relais numérique\n\nUne permanence pour faire ses démarches en ligne accompagné.\n\n"
        "Lancé en mai 2031 · Partenaires : Médiathèque, France services,\nEspace de vie sociale des Tilleuls\n\n"
        "#3 Un référent de parcours\n\nUn interlocuteur unique pour les personnes suivies par plusieurs services.\n\n"
        "Depuis 2030 · Évaluation : cabinet Alpha · Partenaires : Département, centre social Nord, Mission locale,\n"
        "Pôle emploi, association Relais 21\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.status_group, r.start_year, r.partners) for r in records] == [
        ("Les paniers du marché", "ÇA A MARCHÉ", 2029, ["Banque alimentaire", "AMAP du Val"]),
        (
            "Le relais numérique",
            "EN COURS",
            2031,
            ["Médiathèque", "France services", "Espace de vie sociale des Tilleuls"],
        ),
        (
            "Un référent de parcours",
            "EN COURS",
            2030,
            ["Département", "centre social Nord", "Mission locale", "Pôle emploi", "association Relais 21"],
        ),
    ]


def test_items_told_as_questions_under_banners_a_summary_table_giving_their_states(tmp_path):
    """ "PROJET N° 1" over its title, then questions: "Depuis quand ?", "Avec qui ?", "QUI
    ÉVALUE ?" (in capitals, a heading) are the item's key data, "QUOI ?" a section, never a
    title; banners with no stage word ("CE QUI A TENU", "EN ROUTE") are stages because the
    lines under one count the items ("Deux projets …"); the table "N° | Projet | Depuis |
    Statut" repeats the items: its cells give them the state they do not print."""
    item = (
        "PROJET N° {n}\n{title}\n\n{what}\nUne réponse construite avec les habitants du quartier.\n\n"
        "Depuis quand ?\nMai {year}, après un an de préparation.\n\n"
        "Avec qui ?\n• Centre social des Lilas\n• Maison de l'emploi\n\n"
        "{who}\nLe cabinet {evaluator}, sur la base d'entretiens.\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nNOS PROJETS EN UN COUP D'ŒIL\n\n"
        "  N°   Projet                      Depuis    Statut\n"
        "  ──────────────────────────────────────────────────────────\n"
        "  1    Le jardin des voisins       2029      Pérennisé\n"
        "  2    La navette des marchés      2030      En cours, deuxième\n"
        "                                             saison\n\n"
        "CE QUI A TENU\n\nDeux projets ont fait leurs preuves et sont devenus des services.\n\n"
        + item.format(
            n=1,
            title="Le jardin des voisins",
            what="QUOI ?",
            year=2029,
            who="QUI ÉVALUE ?",
            evaluator="Alpha",
        )
        + "EN ROUTE\n\nCes projets sont déployés depuis peu.\n\n"
        + item.format(
            n=2,
            title="La navette des marchés",
            what="Quoi ?",
            year=2030,
            who="Qui l'évalue ?",
            evaluator="Beta",
        )
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.status_group, r.start_year, r.state, r.partners) for r in records] == [
        (
            "Le jardin des voisins",
            "CE QUI A TENU",
            2029,
            "Pérennisé",
            ["Centre social des Lilas", "Maison de l'emploi"],
        ),
        (
            "La navette des marchés",
            "EN ROUTE",
            2030,
            "En cours, deuxième saison",
            ["Centre social des Lilas", "Maison de l'emploi"],
        ),
    ]
    assert [r.evaluator.split(",")[0] for r in records] == ["Le cabinet Alpha", "Le cabinet Beta"]


def test_stages_counted_in_their_headings_and_facts_lines_of_pictographs(tmp_path):
    """ "## Déjà pérennes (2)", "## En test (1)": two headings ending on a count make that level
    the stages', so "## Bientôt" beside them is one too (never "## Chiffres clés", which heads no
    item); "📅 Depuis mars 2029 · 📍 Quartier Nord · 🔎 Évalué par Alpha · Pérennisé en 2031":
    pictographs are no words, the labels run in, the stage word is the state; "🤝 Avec : …"."""

    def item(title: str, facts: str) -> str:
        return f"### {title}\n\n{facts}\n\nUne action conduite avec les habitants, décrite en quelques lignes.\n\n"

    text = (
        "# Dossier de presse\n\n## Chiffres clés\n\n- **3** expérimentations\n\n"
        "## Déjà pérennes (2)\n\n"
        + item(
            "Le bus des droits",
            "📅 Depuis mars 2029 · 📍 Quartier Nord · 🔎 Évalué par Alpha · 🟢 Pérennisé en 2031",
        )
        + "🤝 Avec : Centre social Nord, Maison de l'emploi\n\n"
        + item(
            "La navette des marchés", "📅 Depuis 2030 · 📍 Hameaux · 🔎 Évalué par Beta · Pérennisé en 2032"
        )
        + "## En test (1)\n\n"
        + item("Le café des aidants", "- 📅 Lancement : mai 2033\n- 🤝 Partenaires : Plateforme de répit")
        + "## Bientôt\n\n"
        + item("Une conciergerie solidaire", "- 🚦 État : à venir\n- 📍 Territoire : centre-ville")
        + "## Contacts presse\n\nService communication.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.md").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.state) for r in records] == [
        ("Le bus des droits", "Déjà pérennes", 2029, "Alpha", "Pérennisé en 2031"),
        ("La navette des marchés", "Déjà pérennes", 2030, "Beta", "Pérennisé en 2032"),
        ("Le café des aidants", "En test", 2033, None, None),
        ("Une conciergerie solidaire", "Bientôt", None, None, "à venir"),
    ]
    assert records[0].partners == ["Centre social Nord", "Maison de l'emploi"]


def test_a_timeline_of_years_over_arrow_titles_with_barred_facts_wrapped(tmp_path):
    """ "2029" alone over "▶ Title" items: launched that year (unless their facts say when);
    "Statut : … | Évaluation : … des" / "… (Ansa) | Partenaires : A," / "B": the facts parted
    by bars, wrapped over lines; with no stage headings, the state is also the stage; "À
    venir" ends the timeline."""

    def item(title: str, facts: str) -> str:
        return f"▶ {title}\n\nUne action conduite avec les habitants et décrite en quelques lignes ici.\n\n{facts}\n\n"

    text = (
        "DOSSIER DE PRESSE\n\nCINQ ANS D'ESSAIS, ANNÉE PAR ANNÉE\n\n2029\n\n"
        + item(
            "Le bus des droits",
            "Statut : pérennisé en 2031 | Évaluation : Agence nouvelle des\nsolidarités actives (Ansa) | Partenaires : Centre social Nord,\nMission locale",
        )
        + "2030\n\n"
        + item(
            "Une épicerie mobile pour les hameaux",
            "Partenaires : Banque alimentaire, Restos du\nCœur | Statut : en cours | Évaluation : cabinet Alpha",
        )
        + "À venir\n\n"
        + item("Une conciergerie solidaire", "Statut : à l'étude | Partenaires : Maison des aidants")
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.start_year, r.state, r.evaluator, r.partners) for r in records] == [
        (
            "Le bus des droits",
            2029,
            "pérennisé en 2031",
            "Agence nouvelle des solidarités actives (Ansa)",
            ["Centre social Nord", "Mission locale"],
        ),
        (
            "Une épicerie mobile pour les hameaux",
            2030,
            "en cours",
            "cabinet Alpha",
            ["Banque alimentaire", "Restos du Cœur"],
        ),
        ("Une conciergerie solidaire", None, "à l'étude", None, ["Maison des aidants"]),
    ]


def test_a_stage_heading_whose_stage_words_come_after_the_noun(tmp_path):
    """ "## Les expérimentations qui se poursuivent" beside "## Les expérimentations achevées":
    a stage at the stages' level (words between the noun and the stage), over coded items "E2 –
    « Title »" whose code is not the title."""
    item = "### E{n} – {title}\n\n| Rubrique | Information |\n|---|---|\n| Lancement | 203{n} |\n| Évaluateur | Alpha |\n\nUn texte.\n\n"
    text = (
        "# Bilan\n\n## Les expérimentations achevées\n\n"
        + item.format(n=1, title="La cantine à 1 €")
        + "## Les expérimentations qui se poursuivent\n\n"
        + item.format(n=2, title="« Souffler sans partir » : le relayage")
        + item.format(n=3, title="Un bail glissant")
    )
    records = parse_text(tmp_path, text, "experiments", "bilan.md").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("La cantine à 1 €", "Les expérimentations achevées", 2031),
        ("« Souffler sans partir » : le relayage", "Les expérimentations qui se poursuivent", 2032),
        ("Un bail glissant", "Les expérimentations qui se poursuivent", 2033),
    ]


def test_banners_framed_by_rules_over_items_numbered_under_them(tmp_path):
    """ "-----" / "ON Y EST" / "Deux projets devenus des services" / "-----": a banner framed by
    two rules, its first line the stage (no stage word the vocabulary knows: the line under it
    counts the items), over items numbered "2.1  Title" on lines of their own."""
    rule = "-" * 60
    item = "{n}  {title}\n\n  Début : {year}\n  Évaluation : {who}\n\nUn texte qui raconte le projet.\n\n"
    text = (
        "DOSSIER DE PRESSE\n\n"
        f"{rule}\nON Y EST\nDeux projets devenus des services\n{rule}\n\n"
        + item.format(n="1.1", title="Une laverie au cœur du quartier", year=2029, who="Cabinet Delta")
        + item.format(n="1.2", title="Le taxi des aînés", year=2030, who="Université de Pau")
        + f"{rule}\nON S'Y PRÉPARE\nUn projet pour l'an prochain\n{rule}\n\n"
        + item.format(n="2.1", title="Un jardin sur le toit", year=2032, who="Cabinet Delta")
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("Une laverie au cœur du quartier", "ON Y EST", 2029, "Cabinet Delta"),
        ("Le taxi des aînés", "ON Y EST", 2030, "Université de Pau"),
        ("Un jardin sur le toit", "ON S'Y PRÉPARE", 2032, "Cabinet Delta"),
    ]


def test_a_press_kit_sent_as_plain_text_mail_its_titles_underlined_and_arrow_facts(tmp_path):
    """Headings underlined ("=====" for stages, "-----" for items, a title wrapped over two lines
    under one rule as long as its first line), facts as "→ Label : value" lines under "En bref":
    a start run into its date ("→ Depuis mai 2030", "→ Lancée à l'automne 2029, pour un an"), a
    label the vocabulary lacks between known ones, the state after it still read."""

    def item(title: str, facts: list[str]) -> str:
        first = title.split("\n")[0]
        box = "".join(f"  → {fact}\n" for fact in facts)
        return f"{title}\n{'-' * len(first)}\n\nUn texte qui raconte le projet et ses premiers effets.\n\n  En bref\n{box}\n* * *\n\n"

    text = (
        "De : Service presse\nObjet : dossier de presse\n\nDOSSIER DE PRESSE\n\n"
        "1. Les expérimentations achevées (2)\n====================================\n\n"
        + item(
            "Le bus des droits",
            ["Lancée à l'automne 2029, pour un an", "Évaluation : Cabinet Delta", "État : achevée"],
        )
        + item(
            "Une laverie solidaire ouverte le dimanche aux familles du quartier\ndes Tilleuls",
            ["Début : 2028", "Suivi assuré : pôle observation", "Statut : arrêtée, non reconduite"],
        )
        + "2. Les expérimentations en cours (1)\n====================================\n\n"
        + item("Un jardin partagé", ["Depuis mai 2030", "Partenaires : CAF, bailleurs"])
    )
    records = parse_text(tmp_path, text, "experiments", "mail.txt").records
    assert [(r.title, r.status_group, r.start_year, r.state) for r in records] == [
        ("Le bus des droits", "Les expérimentations achevées", 2029, "achevée"),
        (
            "Une laverie solidaire ouverte le dimanche aux familles du quartier des Tilleuls",
            "Les expérimentations achevées",
            2028,
            "arrêtée, non reconduite",
        ),
        ("Un jardin partagé", "Les expérimentations en cours", 2030, None),
    ]


def test_key_data_as_html_definition_lists_or_tables_from_a_cms(tmp_path):
    """A CMS export: each experiment's key data an HTML definition list ("<dl><dt>Lancement</dt>
    <dd>Mars 2029</dd>…</dl>", before or after its text), one an HTML table, partners as a
    "<ul><li>" list in their cell."""
    dl = (
        '<dl class="fiche">\n  <dt>Lancement</dt><dd>{start}</dd>\n  <dt>État</dt><dd>{state}</dd>\n'
        "  <dt>Partenaires</dt><dd><ul><li>{p1}</li><li>{p2}</li></ul></dd>\n"
        "  <dt>Évaluation</dt><dd>{who}</dd>\n</dl>\n\n"
    )
    text = (
        "# Dossier de presse\n\n## Les expérimentations achevées\n\n### 1. Le bus des droits\n\n"
        + dl.format(
            start="Mars 2029",
            state="Achevée",
            p1="Centre social Nord",
            p2="Mission locale",
            who="Cabinet Delta",
        )
        + "Un texte qui raconte le bus et ce qu'il a changé.\n\n## Les expérimentations en cours\n\n"
        "### 2. Une laverie solidaire\n\nUn texte qui raconte la laverie.\n\n"
        + dl.format(
            start="2031",
            state="En cours",
            p1="Bailleur du Val",
            p2="Épicerie Les Tilleuls",
            who="Université de Pau",
        )
        + "### 3. Un jardin partagé\n\n<table>\n<tr><th>Période</th><td>2030 – 2032</td></tr>\n"
        "<tr><th>Évaluation</th><td>Cabinet Delta</td></tr>\n</table>\n\nUn texte.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.md").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.partners) for r in records] == [
        (
            "Le bus des droits",
            "Les expérimentations achevées",
            2029,
            "Cabinet Delta",
            ["Centre social Nord", "Mission locale"],
        ),
        (
            "Une laverie solidaire",
            "Les expérimentations en cours",
            2031,
            "Université de Pau",
            ["Bailleur du Val", "Épicerie Les Tilleuls"],
        ),
        ("Un jardin partagé", "Les expérimentations en cours", 2030, "Cabinet Delta", []),
    ]


def test_a_press_release_its_facts_in_brackets_under_each_item(tmp_path):
    """No key-data box: each item its title in capitals or in quotes, its text, and its facts in
    a paragraph in brackets ("(Lancé en octobre 2029, évalué par le cabinet Delta, avec la CAF,
    la MSA et l'épicerie du Val ; pérennisé en 2031.)"), under stage headings opened by "Des"."""
    text = (
        "DOSSIER DE PRESSE\n\nDES EXPÉRIMENTATIONS ACHEVÉES\n\nDeux démarches sont arrivées à leur terme.\n\n"
        "LE PANIER DU JEUDI\n\nUn texte qui raconte le panier et ce qu'il change pour les familles du quartier.\n\n"
        "(Lancé en octobre 2029, évalué par le cabinet Delta, avec la CAF du Val, la MSA et l'épicerie\n"
        "du Val ; pérennisé en 2031.)\n\n"
        "« Le taxi des aînés »\n\nUn texte qui raconte le taxi et ce qu'il change pour les aînés des hameaux.\n\n"
        "(Lancée en mars 2030, évaluée par l'Université de Pau, avec le Foyer Jean Moulin.)\n\n"
        "DES EXPÉRIMENTATIONS EN COURS\n\nUne démarche est conduite aujourd'hui.\n\n"
        "UN JARDIN SUR LE TOIT\n\nUn texte qui raconte le jardin et ce qu'il change pour les habitants.\n\n"
        "(Lancé en 2032, évalué par le cabinet Delta, avec le bailleur du Val.)\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("LE PANIER DU JEUDI", "DES EXPÉRIMENTATIONS ACHEVÉES", 2029, "le cabinet Delta"),
        (
            "Le taxi des aînés",
            "DES EXPÉRIMENTATIONS ACHEVÉES",
            2030,
            "l'Université de Pau",
        ),  # its quotes aside
        ("UN JARDIN SUR LE TOIT", "DES EXPÉRIMENTATIONS EN COURS", 2032, "le cabinet Delta"),
    ]
    assert records[0].state == "pérennisé en 2031"


def test_items_told_in_prose_their_facts_in_an_overview_table_their_partners_in_sentences(tmp_path):
    """An overview table near the top lists every item ("| Expérimentation | Lancement |
    Évaluation | Statut |"); each item is then a `###` section of prose only, naming its partners
    in a sentence ("menée avec la Mission locale et le CCAS, ainsi qu'avec Habitat Sud pour …").
    The table gives the items their facts (a "–" cell gives none), the sentence their partners;
    detected as a press kit although no item has a key-data box of its own."""
    prose = (
        "Un texte qui raconte ce que l'essai a changé pour les habitants du quartier et pour les équipes.\n\n"
    )
    text = (
        "# Bourg-Neuf, terrain d'essais\n\n**Dossier de presse · Ville de Bourg-Neuf · 3 mars 2031**\n\n"
        "## Trois expérimentations en un coup d'œil\n\n"
        "| Expérimentation | Lancement | Évaluation | Statut |\n|---|---|---|---|\n"
        "| Le bus des droits | 2027 | Cabinet Alpha | Achevée |\n"
        "| Un toit partagé | mars 2028 | Université du Val | En cours |\n"
        "| La laverie solidaire | rentrée 2030 | – | En cours |\n\n"
        "## Les expérimentations terminées\n\n### Le bus des droits\n\n"
        + prose
        + "L'expérience a été menée avec la Mission locale du Val et le CCAS de Bourg-Neuf, "
        "ainsi qu'avec Habitat Sud pour une partie de ses résidences.\n\n"
        "## Les expérimentations en cours\n\n### Un toit partagé\n\n"
        + prose
        + "Le projet est conduit avec l'Association Logis Val.\n\n"
        "### La laverie solidaire\n\n" + prose
    )
    path = tmp_path / "dossier.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "experiments"
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.state) for r in result.records] == [
        ("Le bus des droits", "Les expérimentations terminées", 2027, "Cabinet Alpha", "Achevée"),
        ("Un toit partagé", "Les expérimentations en cours", 2028, "Université du Val", "En cours"),
        ("La laverie solidaire", "Les expérimentations en cours", 2030, None, "En cours"),
    ]
    told = [r.partners + r.partners_unresolved for r in result.records]
    assert [sorted(set(p)) for p in told] == [
        ["CCAS de Bourg-Neuf", "Habitat Sud", "Mission locale du Val"],
        ["Association Logis Val"],
        [],
    ]


def test_a_newsletter_of_numbered_items_their_facts_on_one_line_or_told_in_a_sentence(tmp_path):
    """No stage heading: items numbered "1)", a title with a colon wrapped onto an indented line,
    a facts line "Lancement : … | Évaluation : … | Partenaires : … | Statut : …" whose status is
    the item's stage (qualified or not); one item tells its facts in a sentence ("Lancée en avril
    2030, avec La Poste pour partenaire, cette expérimentation a été évaluée par l'ORS du Val ;
    elle est aujourd'hui terminée")."""
    texts = iter(
        f"Un texte qui raconte ce que l'essai {n} a changé pour les habitants et ce qu'il en reste.\n\n"
        for n in ("premier", "deuxième", "troisième", "quatrième")
    )
    text = (
        "LA LETTRE DU CCAS DE VALMONT\n\nÉdito : huit essais en cinq ans.\n\n"
        "1) Rive droite, rive gauche : une permanence sociale partagée\n\n"
        + next(texts)
        + "Lancement : 2029 | Évaluation : interne (CCAS) | Partenaires : CCAS de Valbonne | Statut : terminée\n\n"
        "2) Mobilité solidaire : vélos à assistance électrique et auto-école\n"
        "   sociale pour les demandeurs d'emploi\n\n"
        + next(texts)
        + "Démarrage : octobre 2030 | Évaluateur : cabinet Alpha | Partenaires : Mission locale | Statut : terminé (non reconduit)\n\n"
        "3) Veille des aînés isolés avec les facteurs\n\n"
        "Lancée en avril 2030, avec La Poste et la Carsat du Val pour partenaires, cette expérimentation a été "
        "évaluée par l'Observatoire régional de la santé ; elle est aujourd'hui terminée. "
        + next(texts)
        + "4) Une halte-répit itinérante\n\n"
        + next(texts)
        + "Lancement prévu : 2032 | Partenaires : ARS du Val | Statut : en projet\n"
    )
    records = parse_text(tmp_path, text, "experiments", "lettre.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("Rive droite, rive gauche : une permanence sociale partagée", "terminée", 2029, "interne (CCAS)"),
        (
            "Mobilité solidaire : vélos à assistance électrique et auto-école sociale pour les demandeurs d'emploi",
            "terminé (non reconduit)",
            2030,
            "cabinet Alpha",
        ),
        ("Veille des aînés isolés avec les facteurs", "terminée", 2030, "Observatoire régional de la santé"),
        ("Une halte-répit itinérante", "en projet", 2032, None),
    ]
    assert records[2].partners == ["La Poste", "Carsat du Val"]


def test_slides_whose_stage_headings_are_worded_freely(tmp_path):
    """A slide deck: "## Ce qui est terminé" and "## Ce qui est en cours" name stages at the
    level of the items' own slide titles (a heading that ends on a stage word, two of them or
    more), each item's facts as bullets."""

    def slide(title: str, start: str, judge: str) -> str:
        return (
            f"---\n\n## {title}\n\n- Un texte court sur ce que l'essai {title.lower()} change.\n"
            f"- Démarrage : {start}\n- Évaluation : {judge}\n\n"
        )

    text = (
        "# Dossier de presse du CCAS de Valmont\n\n"
        "---\n\n## Ce qui est terminé\n\nTrois essais sont arrivés à leur terme.\n\n"
        + slide("Le bus des droits", "2029", "Cabinet Alpha")
        + slide("Les éclaireurs de l'énergie", "2030", "Université du Val")
        + "---\n\n## Ce qui est en cours\n\nDeux essais se poursuivent.\n\n"
        + slide("Le panier itinérant", "2031", "ORS du Val")
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.md").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Le bus des droits", "Ce qui est terminé", 2029),
        ("Les éclaireurs de l'énergie", "Ce qui est terminé", 2030),
        ("Le panier itinérant", "Ce qui est en cours", 2031),
    ]


def test_items_tagged_with_their_stage_and_two_key_data_boxes(tmp_path):
    """A press kit with no stage headings: each item a "## ▶ Title" heading, its stage a bracketed
    tag on the next line ("[EN COURS]"), its prose, then two bold key-data boxes ("**Qui fait
    quoi ?**" then "**Repères**"): the tag is the item's stage, the second box no new item."""

    def item(title: str, tag: str, lead: str, start: str) -> str:
        return (
            f"## ▶ {title}\n\n[{tag}]\n\n"
            "Le dispositif accompagne chaque semaine une trentaine de personnes âgées du quartier.\n\n"
            "« Nous voulions tester avant de généraliser », souligne l'adjointe aux solidarités.\n\n"
            f"**Qui fait quoi ?**\n\n- Pilote : {lead}\n- Partenaires : CAF du Val, Valmont Habitat\n"
            "- Évaluation : cabinet Études Sociales\n\n"
            f"**Repères**\n\n- Lancement : {start}\n- Budget : 12 000 €\n\n---\n\n"
        )

    text = (
        "# Dossier de presse — Le CCAS de Valmont expérimente\n\n"
        "Ce dossier présente **trois expérimentations**.\n\n---\n\n"
        + item("Des visites de prévention à domicile", "TERMINÉE", "Pôle Seniors", "juillet 2028")
        + item(
            "Un îlot de fraîcheur dans chaque résidence", "EN COURS", "Direction des résidences", "mai 2030"
        )
        + item("Une navette vers les lieux climatisés", "À VENIR", "Pôle Mobilité", "juin 2032")
        + "## Contacts presse\n\nService communication : presse@valmont.example\n"
    )
    records = parse_text(tmp_path, text, "experiments", "dossier.md").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("Des visites de prévention à domicile", "TERMINÉE", 2028, "cabinet Études Sociales"),
        ("Un îlot de fraîcheur dans chaque résidence", "EN COURS", 2030, "cabinet Études Sociales"),
        ("Une navette vers les lieux climatisés", "À VENIR", 2032, "cabinet Études Sociales"),
    ]


def test_stages_worded_as_phrases_and_facts_as_bold_questions_in_one_paragraph(tmp_path):
    """Stage headings worded freely ("## Ce qui a fait ses preuves", "## Ce qui se construit en
    ce moment", "## Ce qui arrive en 2032"), each over its "### " items; each item's facts as
    bold questions answered in one paragraph ("**Depuis quand ?** Mai 2029. **Avec qui ?** …
    **Évalué par qui ?** …"); a "## Contacts" section that is no stage."""

    def item(title: str, start: str, who: str, evaluator: str) -> str:
        return (
            f"### {title}\n\nLe CCAS accompagne chaque semaine une trentaine d'habitants du quartier.\n\n"
            f"**Depuis quand ?** {start}. **Pour qui ?** Les habitants de plus de 70 ans. "
            f"**Avec qui ?** {who}. **Évalué par qui ?** {evaluator}. **Où en est-on ?** En cours.\n\n"
        )

    text = (
        "# Dossier de presse — Le CCAS de Valmont innove\n\n## Édito\n\nTrois expérimentations, trois étapes.\n\n"
        "## Ce qui a fait ses preuves\n\n"
        + item("Le bateau solidaire", "Mai 2029", "Maison du Marais, SSIAD du Val", "Laboratoire TVES")
        + "## Ce qui se construit en ce moment\n\n"
        + item("Les cafés des droits", "Septembre 2031", "France services de Valmont, Point-justice", "Fédération des centres sociaux")
        + "## Ce qui arrive en 2032\n\n"
        + item("Le bus des solidarités", "Janvier 2032", "Valmont Agglomération", "Cabinet Études Sociales")
        + "## Contacts\n\nService presse : presse@valmont.example\n"
    )  # fmt: skip
    records = parse_text(tmp_path, text, "experiments", "dossier.md").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.partners) for r in records] == [
        ("Le bateau solidaire", "Ce qui a fait ses preuves", 2029, "Laboratoire TVES", ["Maison du Marais", "SSIAD du Val"]),
        ("Les cafés des droits", "Ce qui se construit en ce moment", 2031, "Fédération des centres sociaux", ["France services de Valmont", "Point-justice"]),
        ("Le bus des solidarités", "Ce qui arrive en 2032", 2032, "Cabinet Études Sociales", ["Valmont Agglomération"]),
    ]  # fmt: skip


def test_items_in_a_narrow_column_their_facts_line_wrapped_and_key_figures_marked_by_arrows(tmp_path):
    """Items set in a narrow column: a title with a colon wrapped onto a second line, prose, a key
    figure marked "► 186 orientations, dont …" (no title), then one facts line of dashed labelled
    parts wrapped over several lines ("Lancement : 2031 – État : achevée – Évaluation : … –
    Partenaires : …", the last value going on at a line's start in capitals)."""

    def item(title: list[str], start: int, evaluator: str, partners: list[str]) -> str:
        return "\n".join(
            [
                *title,
                "",
                "Chaque mois de septembre, plusieurs centaines",
                "de saisonniers arrivent sans solution.",
                "► 186 orientations, dont 121 ont abouti à",
                "l'ouverture d'au moins un droit.",
                f"Lancement : {start} – État : achevée –",
                f"Évaluation : {evaluator} –",
                f"Partenaires : {partners[0]}",
                *partners[1:],
                "",
                "",
            ]
        )

    text = (
        "DOSSIER DE PRESSE DU CCAS DE VALMONT\n\nEXPÉRIMENTATIONS ACHEVÉES\n\n"
        "Trois expérimentations ont été conduites jusqu'à leur terme.\n\n"
        + item(["Vendanges solidaires : un accueil de jour", "pour les saisonniers"], 2029, "Université de Valmont", ["MSA du Val, Croix-Rouge française, Hospices", "Civils de Valmont"])
        + item(["Le pharmacien, relais de l'accès aux droits"], 2030, "Ansa", ["CPAM du Val, six pharmacies"])
        + item(["Sortir de chez soi : un transport", "accompagné pour les aînés"], 2031, "cabinet Pluricité", ["Valmont Agglomération"])
    )  # fmt: skip
    records = parse_text(tmp_path, text, "experiments", "dossier.txt").records
    assert [(r.title, r.start_year, r.evaluator) for r in records] == [
        ("Vendanges solidaires : un accueil de jour pour les saisonniers", 2029, "Université de Valmont"),
        ("Le pharmacien, relais de l'accès aux droits", 2030, "Ansa"),
        ("Sortir de chez soi : un transport accompagné pour les aînés", 2031, "cabinet Pluricité"),
    ]
    assert records[0].partners[-1] == "Hospices Civils de Valmont"


def test_a_timeline_of_items_with_bold_facts_and_an_announced_list_of_planned_ones(tmp_path):
    """Year headings over "### " items, each with a line of bold facts parted by " · "; then
    "## Et après ?" whose sentence announces "Deux nouvelles expérimentations" over as many
    bullets "- **Title** : …": the bullets are items of that stage. Facts are read once each,
    partners told "… partenaires … : A, B et C" in the text of an item that lists none."""
    item = "### {title}\n\n**Statut** : {state} · **Évaluation** : {who} · **Partenaires** : CAF, Ville\n\nUn texte.\n\n"
    text = (
        "# Dix ans d'essais\n\nLa ville présente ses essais, année par année.\n\n## 2029\n\n"
        + item.format(title="Le vélo partagé", state="terminée", who="Cerema")
        + "## 2031\n\n"
        + item.format(title="La cantine à un euro", state="en cours", who="ORS")
        + "### Le bonus réparation\n\n**Statut** : terminée · **Évaluation** : Ansa\n\n"
        "Deux partenaires ont porté le projet avec la ville : Emmaüs et la Recyclerie du Val.\n\n"
        "## Et après ?\n\nDeux nouvelles expérimentations sont en préparation :\n\n"
        "- **Une épicerie mobile** : un camion dans les hameaux.\n"
        "- **Des jardins partagés** : des parcelles au pied des immeubles.\n"
    )
    result = parse_text(tmp_path, text, "experiments", "dossier.md")
    got = [(e.title, e.status_group, e.start_year, e.evaluator) for e in result.records]
    assert got == [
        ("Le vélo partagé", "terminée", 2029, "Cerema"),
        ("La cantine à un euro", "en cours", 2031, "ORS"),
        ("Le bonus réparation", "terminée", 2031, "Ansa"),
        ("Une épicerie mobile", "Et après ?", None, None),
        ("Des jardins partagés", "Et après ?", None, None),
    ]
    assert result.records[2].partners == ["Emmaüs", "Recyclerie du Val"]
    assert result.records[0].state == "terminée"  # the facts line read once, its separators dropped


def test_numbered_sheets_whose_title_is_the_first_row_of_a_form_without_colons(tmp_path):
    """ "EXPÉRIMENTATION N° 2" over a form of labels and values set in two columns, no colon,
    its "Intitulé" the title (wrapped in its column), its "Stade" the stage: no stage heading
    anywhere, so the record's stage group is the form's."""
    sheet = (
        "EXPÉRIMENTATION N° {n}\n\nIntitulé              {title}\n{wrap}"
        "Lancement             {start}\nStade                 {stage}\nÉvaluation            {who}\n"
        "Partenaires           CCAS, {partner}\n\nUn texte qui raconte l'expérimentation n° {n} et ce qu'elle change.\n\n"
    )
    text = "DOSSIER DE PRESSE\n\nTrois expérimentations sont présentées.\n\n" + "".join(
        sheet.format(n=n, title=t, wrap=w, start=st, stage=sg, who=who, partner=who + " et la Ville")
        for n, (t, w, st, sg, who) in enumerate(
            [
                (
                    "Un appel chaque matin aux aînés",
                    "                      isolés pendant l'été\n",
                    "juin 2029",
                    "achevée",
                    "ORS",
                ),
                ("Des salles fraîches", "", "juillet 2030", "en cours", "Cerema"),
                ("Un chèque fraîcheur", "", "mars 2031", "en projet", "Ansa"),
            ],
            1,
        )
    )
    result = parse_text(tmp_path, text, "experiments", "dossier.txt")
    assert [(e.title, e.status_group, e.start_year, e.evaluator) for e in result.records] == [
        ("Un appel chaque matin aux aînés isolés pendant l'été", "achevée", 2029, "ORS"),
        ("Des salles fraîches", "en cours", 2030, "Cerema"),
        ("Un chèque fraîcheur", "en projet", 2031, "Ansa"),
    ]


def test_items_that_tell_their_facts_in_sentences_under_stage_headings(tmp_path):
    """No key data: a stage heading over items titled in capitals or « in quotes », each
    telling when it started and who evaluated it or whom it works with in its sentences."""
    text = (
        "DES EXPÉRIMENTATIONS EN COURS\n\nDeux expérimentations sont en cours.\n\n\n"
        "LA CARTE SOLIDAIRE\n\nUne carte de paiement remplace les bons papier chez les commerçants.\n\n"
        "Lancée en septembre 2029, elle est évaluée par l'Ansa avec la CAF et le Département.\n\n\n"
        "« Le frigo partagé »\n\nInstallé à l'été 2030 dans un ancien local, le frigo est tenu par des\n"
        "bénévoles, avec le Secours populaire et l'association Les Jardins du Val.\n"
    )
    result = parse_text(tmp_path, text, "experiments", "dossier.txt")
    assert [(e.title, e.status_group, e.start_year) for e in result.records] == [
        ("LA CARTE SOLIDAIRE", "DES EXPÉRIMENTATIONS EN COURS", 2029),
        ("Le frigo partagé", "DES EXPÉRIMENTATIONS EN COURS", 2030),
    ]
    assert "association Les Jardins du Val" in result.records[1].partners


def test_items_numbered_as_a_list_their_title_in_bold_their_facts_in_a_sub_list(tmp_path):
    """ "1. **Title** — a one-line pitch" under bold stage lines, the facts indented under it
    ("   - Démarrage : …"), the numbering restarting with each stage; a title with a colon is
    a title still; a picture between the paragraphs is no item."""
    item = (
        "{n}. **{title}** — Une phrase qui présente l'expérimentation.\n"
        "   - Démarrage : {start}\n   - Évaluation : {who}\n   - Partenaires : CAF, CPAM\n\n"
        "   Un paragraphe qui raconte ce que l'expérimentation {n} a changé.\n\n"
        "   ![Une photo de l'atelier](images/atelier-{n}.jpg)\n\n"
    )
    text = (
        "# Dossier de presse\n\n**Phase 1 – Expérimentations menées à terme**\n\n"
        + item.format(n=1, title="Les permanences au marché", start="octobre 2029", who="Ansa")
        + item.format(
            n=2, title="Mobil'Aînés : un transport à la demande", start="avril 2030", who="Pluricité"
        )
        + "**Phase 2 – Expérimentations en cours**\n\n"
        + item.format(n=1, title="Le rendez-vous des droits", start="février 2031", who="ORS")
    )
    result = parse_text(tmp_path, text, "experiments", "dossier.md")
    assert [(e.title, e.status_group, e.start_year, e.evaluator) for e in result.records] == [
        ("Les permanences au marché", "Expérimentations menées à terme", 2029, "Ansa"),
        (
            "Mobil'Aînés : un transport à la demande",
            "Expérimentations menées à terme",
            2030,
            "Pluricité",
        ),
        ("Le rendez-vous des droits", "Expérimentations en cours", 2031, "ORS"),
    ]


def test_a_summary_table_gives_the_facts_of_items_numbered_with_a_slash(tmp_path):
    """A press kit opens on a table of its experiments laid out with spaces (a title wrapped
    onto a second line in its column, "—" where nothing is known), then tells each one under
    "3/ Title", shortened at times ("Bouger sur ordonnance" for the table's "Bouger sur
    ordonnance : sport et santé"); the stage and the start are in the table only."""
    text = (
        "AGIR AUTREMENT – DOSSIER DE PRESSE\n\n"
        "LE PROGRAMME EN UN COUP D'ŒIL\n\n"
        "Quatre expérimentations sont présentées dans ce dossier.\n\n"
        "Expérimentation                              Depuis     Stade              Évalué par\n"
        "--------------------------------------------------------------------------------------\n"
        "Un guichet mobile pour les hameaux           2020       Achevée            Université de Pau\n"
        "Des visites de voisinage pour les aînés      2021       Généralisée        —\n"
        "Un accompagnement unique pour les parents    2022       En cours           Cabinet Orée\n"
        "isolés du quartier des Halles\n"
        "Bouger sur ordonnance : sport et santé       —          En préparation     —\n"
        "--------------------------------------------------------------------------------------\n\n"
        "1/ Un guichet mobile pour les hameaux\n\n"
        "Un fourgon aménagé a sillonné les hameaux pendant trois ans, avec un agent à son bord.\n\n"
        "Partenaires : CAF, CPAM\n\n"
        "2/ Des visites de voisinage pour les aînés\n\n"
        "Des voisins formés rendent visite aux personnes âgées qui vivent seules.\n\n"
        "3/ Un accompagnement unique pour les parents isolés du quartier des Halles\n\n"
        "Un seul référent suit chaque famille, quelle que soit sa demande.\n\n"
        "4/ Bouger sur ordonnance\n\n"
        "Des médecins prescriront une activité physique adaptée aux seniors.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "slash.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("Un guichet mobile pour les hameaux", "Achevée", 2020, "Université de Pau"),
        ("Des visites de voisinage pour les aînés", "Généralisée", 2021, None),
        (
            "Un accompagnement unique pour les parents isolés du quartier des Halles",
            "En cours",
            2022,
            "Cabinet Orée",
        ),
        ("Bouger sur ordonnance", "En préparation", None, None),
    ]


def test_stage_banners_marked_by_an_arrow_over_boxed_experiments(tmp_path):
    """Stages as lines opening on "▶" ("▶ CE QUI A MARCHÉ", "▶ DEMAIN": no stage word in one of
    them), each experiment a box of "+", "-" and "|" holding its title and its facts, two facts
    on one line of the box a double space apart."""

    def box(title: str, facts: list[str]) -> str:
        rule = "+" + "-" * 60 + "+\n"
        rows = "".join(f"| {f:<58} |\n" for f in facts)
        return f"{rule}| {title:<58} |\n{rule}{rows}{rule}\nLe texte qui raconte l'expérimentation et ses effets.\n\n"

    text = (
        "DOSSIER DE PRESSE – VILLE DE RIEUMES\n\nTrois expérimentations sont présentées.\n\n"
        "▶ CE QUI A MARCHÉ\n  Une expérimentation arrivée à son terme\n\n"
        + box(
            "PREMIERS PAS APRÈS UNE SÉPARATION",
            ["Depuis : 2019                 Évaluation : Ansa", "État : terminée"],
        )
        + "▶ EN COURS\n  Une expérimentation se poursuit\n\n"
        + box("UN RELAIS POUR LES AIDANTS", ["Depuis : 2022  Évaluation : Cabinet Orée", "État : en cours"])
        + "▶ DEMAIN\n  Une expérimentation se prépare\n\n"
        + box(
            "LES CLÉS DE LA VILLE",
            ["Démarrage prévu : septembre 2026  Évaluation : Le Compas", "État : à l'étude"],
        )
    )
    records = parse_text(tmp_path, text, "experiments", "banners.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("PREMIERS PAS APRÈS UNE SÉPARATION", "CE QUI A MARCHÉ", 2019, "Ansa"),
        ("UN RELAIS POUR LES AIDANTS", "EN COURS", 2022, "Cabinet Orée"),
        ("LES CLÉS DE LA VILLE", "DEMAIN", 2026, "Le Compas"),
    ]


def test_a_press_kit_as_a_plain_text_mail(tmp_path):
    """A press kit sent as a plain-text mail: headings underlined with "=====" and "-----" (an
    edito and a key-figures part beside each other before the stages), each experiment "[2]
    Title" (wrapped on an indented line), its facts on lines opening with "> " (a value going on
    on a ">   " line)."""

    def item(n: int, title: str, facts: list[str]) -> str:
        return (
            f"[{n}] {title}\n\n" + "".join(f"> {f}\n" for f in facts) + "\nLe texte de l'expérimentation.\n\n"
        )

    text = (
        "Objet : Dossier de presse\nDe : Service communication du CCAS de Lens\n\n"
        "ÉDITO\n=====\n\nUne transition qui laisse de côté les plus fragiles n'est pas une transition.\n\n"
        "L'ESSENTIEL\n===========\n\nDeux expérimentations sont présentées.\n\n"
        "| Budget de fonctionnement | 9,6 M EUR |\n\n"
        "Les expérimentations achevées\n-----------------------------\n\n"
        + item(
            1,
            "Des médiateurs de l'énergie chez les locataires des quartiers du\n    faubourg de Béthune",
            ["Lancée : 2019", "Évaluation : Université de Lille", "Partenaires : Norevie, CAF du Nord"],
        )
        + "Les expérimentations en cours\n-----------------------------\n\n"
        + item(
            2,
            "Rénovation énergétique : un accompagnement renforcé",
            ["Lancement : 2021", "Évaluation : Ansa (Agence nouvelle des", ">  solidarités actives)"],
        )
    )
    records = parse_text(tmp_path, text, "experiments", "mail.txt").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        (
            "Des médiateurs de l'énergie chez les locataires des quartiers du faubourg de Béthune",
            "Les expérimentations achevées",
            2019,
        ),
        ("Rénovation énergétique : un accompagnement renforcé", "Les expérimentations en cours", 2021),
    ]


def test_an_evaluator_told_apart_by_a_comma_and_a_stage_led_to_its_end(tmp_path):
    """A web press room's collapsible blocks: "L'évaluation, confiée à Pluricité, …" names the
    evaluator in prose; "## Trois expérimentations menées à leur terme" is a stage group, not a
    state read from the item."""

    def block(title: str, body: str) -> str:
        return f"<details>\n<summary>{title}</summary>\n\n{body}\n\n</details>\n\n"

    text = (
        "# Dossier de presse\n\n## Trois expérimentations menées à leur terme\n\n"
        + block(
            "Le bus des droits",
            "- **Démarrage** : 2021\n- **État** : achevée\n\nUn bus va vers les quartiers.",
        )
        + block(
            "Les bons vacances",
            "- **Démarrage** : 2020\n- **État** : terminée\n\nDes séjours pour les familles.",
        )
        + block(
            "Le chèque énergie accompagné", "- **Démarrage** : 2019\n- **État** : achevée\n\nDes visites."
        )
        + "## Deux projets en cours\n\n"
        + block(
            "L'épicerie à trois prix",
            "Ouverte en septembre 2023, l'épicerie fixe ses prix selon le quotient familial. "
            "L'évaluation, confiée à Pluricité, doit dire d'ici 2026 si le modèle tient.",
        )
        + block("Les nuits de répit", "- **Démarrage** : 2024\n- **Évaluateur** : ORS\n\nUn relais de nuit.")
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [r.status_group for r in records] == [
        "Trois expérimentations menées à leur terme",
        "Trois expérimentations menées à leur terme",
        "Trois expérimentations menées à leur terme",
        "Deux projets en cours",
        "Deux projets en cours",
    ]
    assert [r.evaluator for r in records[3:]] == ["Pluricité", "ORS"]


def test_a_heading_of_the_items_level_in_a_stage_group_is_an_item_with_one_fact(tmp_path):
    """ "### " items under "## " stages: an item with a single fact, or told in prose with its
    evaluator, is an item like its siblings with several — not a section of the document."""
    text = (
        "# Dossier de presse\n\n## Expérimentations menées à leur terme\n\n"
        "### Le bus des droits\n\n- **Démarrage** : 2021\n- **État** : achevée\n\nUn bus va vers les quartiers.\n\n"
        "### Les bons vacances\n\n- **Démarrage** : 2020\n- **État** : terminée\n\nDes séjours pour les familles.\n\n"
        "## Projets en cours\n\n### L'épicerie à trois prix\n\n"
        "Ouverte en 2023, l'épicerie fixe ses prix selon le quotient. L'évaluation, confiée à Pluricité, "
        "dira si le modèle tient.\n\n"
        "### Un relais de nuit pour les aidants\n\n- **Démarrage** : 2024\n\nUn relais de nuit au domicile.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Le bus des droits", "Expérimentations menées à leur terme", 2021),
        ("Les bons vacances", "Expérimentations menées à leur terme", 2020),
        ("L'épicerie à trois prix", "Projets en cours", 2023),
        ("Un relais de nuit pour les aidants", "Projets en cours", 2024),
    ]


def test_a_thread_of_posts_each_led_by_its_stage(tmp_path):
    """A city's social-network thread: posts "✅ Terminé : Title 🥕", "🔄 En cours — Title",
    "🔜 À venir : Title #hashtag" under an author line, counters and "2/9" between posts, a post
    going on the item above; the facts told in short sentences. Found without --kind."""

    def post(n: int, body: str) -> str:
        return f"Ville de Lunel @ville_lunel · 19 juin\n{body}\n{n}/9\n\n💬 2   🔁 14   ❤️ 57\n\n"

    text = (
        "Ville de Lunel\n@ville_lunel\n\n🧵 On fait le point sur nos expérimentations sociales 👇\n\n"
        "6 expérimentations depuis 2019 : 2 terminées, 2 en cours, 2 à venir.\n1/9\n\n"
        + post(2, "✅ Terminé : Ordonnances fraîcheur 🥕\nDes paniers de légumes prescrits aux futures mamans.\n"
               "Lancé en 2021, évalué par l'université de Montpellier.\nAvec la CPAM de l'Hérault et la PMI.")
        + post(3, "✅ Terminé – Laverie solidaire 🧺\nUne laverie à petit prix tenue par des salariés en insertion.\n"
               "Ouverte en 2019, avec Hérault Habitat.\nStatut : arrêtée fin 2023.")
        + post(4, "🔄 En cours : Saisonniers chez l'habitant\nDes aînés louent une chambre à des saisonniers.\n"
               "Lancé en 2023.\nÉvaluation : cabinet Pluricité.")
        + post(5, "Saisonniers, le bilan 📊\n42 chambres louées la première saison.")
        + post(6, "🔄 En cours — Alerte Vidourle 🌊\nUn réseau de voisins prévient les personnes fragiles en cas de crue.\n"
               "Lancé en 2022.\nPartenaires : SDIS 34, Croix-Rouge française.")
        + post(7, "🔜 À venir : Midi ensemble 🍽️ #BienVieillir\nDes aînés déjeuneront avec les écoliers.\n"
               "Lancement prévu en janvier 2032.")
        + post(8, "🔜 À venir : Coffre-fort numérique solidaire 🔐\nUn espace en ligne pour ranger ses papiers.\nDès septembre.")
    )  # fmt: skip
    path = tmp_path / "thread.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Ordonnances fraîcheur", "Terminé", 2021),
        ("Laverie solidaire", "Terminé", 2019),
        ("Saisonniers chez l'habitant", "En cours", 2023),
        ("Alerte Vidourle", "En cours", 2022),
        ("Midi ensemble", "À venir", 2032),
        ("Coffre-fort numérique solidaire", "À venir", None),
    ]
    assert records[2].evaluator == "cabinet Pluricité"


def test_experiments_given_only_as_the_rows_of_a_table_per_stage(tmp_path):
    """A short press kit: under each "## " stage, one table "| Expérimentation | Lancement |
    Évaluation | Partenaires | Où en est-on ? |", a row an item (a cell empty, a "<br>" in one);
    a summary table whose items are told again below stays a summary (not tested here)."""
    text = (
        "# Dossier de presse\n\nDepuis 2031, cinq expérimentations ont été engagées.\n\n"
        "## Expérimentations achevées\n\n"
        "| Expérimentation | Lancement | Évaluation | Partenaires | Où en est-on ? |\n|---|---|---|---|---|\n"
        "| **Un toit pour la saison** | Avril 2031 | Ansa | Action Logement<br>Mission locale | Achevée en 2033 |\n"
        "| **Aller vers les campings** | 2031 | | CAF de l'Hérault, CPAM de l'Hérault | Terminée |\n\n"
        "## Expérimentations en cours\n\n"
        "| Expérimentation | Lancement | Évaluation | Partenaires | Où en est-on ? |\n|---|---|---|---|---|\n"
        "| **L'Épicerie qui roule** | Sept. 2033 | | Banque alimentaire | Tournée étendue |\n"
        "| **Visites éco-gestes** | Fin 2034 | CCAS (évaluation interne) | Enedis ; Hérault Logement | Bilan en 2036 |\n\n"
        "Contact presse : service communication, 04 67 00 00 00.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "tables.md").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in records] == [
        ("Un toit pour la saison", "Expérimentations achevées", 2031, "Ansa"),
        ("Aller vers les campings", "Expérimentations achevées", 2031, None),
        ("L'Épicerie qui roule", "Expérimentations en cours", 2033, None),
        ("Visites éco-gestes", "Expérimentations en cours", 2034, "CCAS (évaluation interne)"),
    ]


def test_an_overview_table_with_one_experiment_per_column_then_each_told_below(tmp_path):
    """An overview as pdftotext -layout leaves it: one experiment per column under its stage,
    titles and cells wrapped inside their columns, labelled rows ("Lancement", "Partenaires",
    "Évaluation", a label wrapped "Où en est-" / "on ?"), an empty cell; then each experiment
    told in a paragraph under its title (a line of its own) in the stage's part. The table gives
    the facts, the paragraphs the items; the overview is no item."""
    text = (
        "    DOSSIER DE PRESSE\n\n    LES EXPÉRIMENTATIONS EN UN COUP D'ŒIL\n\n    Expérimentations terminées\n\n"
        "                      Un toit pour la                Des repas partagés\n"
        "                      saison                         au foyer\n\n"
        "    Lancement         mars 2031                      septembre 2030\n\n"
        "    Partenaires       Action Logement,               Restos du Cœur\n"
        "                      Mission locale\n\n"
        "    Évaluation        Ansa                           \n\n"
        "    Où en est-        Pérennisée en 2033             Arrêtée en 2032\n"
        "    on ?\n\n"
        "    Chiffres arrêtés au 1er mars 2034.\n\n"
        "    LES EXPÉRIMENTATIONS EN DÉTAIL\n\n    Expérimentations terminées\n\n"
        "    Un toit pour la saison\n\n    Des saisonniers ont été logés chez l'habitant pendant deux étés.\n\n"
        "    Des repas partagés au foyer\n\n    Un repas par semaine réunissait les résidents et les voisins.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.partners, r.state) for r in records] == [
        (
            "Un toit pour la saison",
            "Expérimentations terminées",
            2031,
            "Ansa",
            ["Action Logement", "Mission locale"],
            "Pérennisée en 2033",
        ),
        (
            "Des repas partagés au foyer",
            "Expérimentations terminées",
            2030,
            None,
            ["Restos du Cœur"],
            "Arrêtée en 2032",
        ),
    ]


def test_a_press_kit_exported_from_slides_each_experiment_led_by_its_stage_marker(tmp_path):
    """A slide deck saved as text: "Diapositive 4 / 9" markers, speaker notes, each experiment a
    slide titled "🟢 TERMINÉ · Title" (its stage a coloured marker and a word, no group heading),
    bullets of facts; one experiment goes on on the next slide, "(suite)" after its title."""

    def slide(n: int, title: str, bullets: list[str]) -> str:
        body = "".join(f"• {b}\n" for b in bullets)
        return f"Diapositive {n} / 6\n\n{title}\n{body}\nNotes :\nRappeler le contexte.\n\n"

    text = (
        slide(1, "CCAS DE VALMONT", ["Dossier de presse, mars 2032"])
        + slide(
            2,
            "🟢 TERMINÉ · Le bus des droits",
            [
                "Lancement : avril 2029",
                "Partenaires : Mission locale du Val, La Poste",
                "Évaluation : Université du Val",
            ],
        )
        + slide(
            3,
            "🟠 EN COURS · Relais des aidants",
            ["Lancement : 2030", "Un relais à domicile pour les aidants"],
        )
        + slide(
            4,
            "🟠 EN COURS · Relais des aidants (suite)",
            ["Partenaires : France Alzheimer du Val", "Évaluation : CREAI"],
        )
        + slide(
            5,
            "⚪ À VENIR · Permis contre bénévolat",
            ["Lancement : 2033", "Partenaires : auto-écoles du Val"],
        )
    )
    records = parse_text(tmp_path, text, "experiments", "deck.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.partners) for r in records] == [
        ("Le bus des droits", "TERMINÉ", 2029, "Université du Val", ["Mission locale du Val", "La Poste"]),
        ("Relais des aidants", "EN COURS", 2030, "CREAI", ["France Alzheimer du Val"]),
        ("Permis contre bénévolat", "À VENIR", 2033, None, ["auto-écoles du Val"]),
    ]


def test_a_kit_of_zoom_pages_whose_stages_are_given_by_a_closing_summary_table(tmp_path):
    """Each experiment a "ZOOM SUR : Name" page (a subtitle under it, labelled lines), no stage
    headings; a summary table closing the kit names each again with its stage ("Terminée", "En
    cours") and its outcome: the stage files each experiment, the short outcome beats a long
    "Où en est-on ?" paragraph, and the table's rows are no experiments of their own."""
    zoom = (
        "-" * 60 + "\nZOOM SUR : {name}\n{subtitle}\n" + "-" * 60 + "\n\n"
        "Lancement : {start}\nPartenaires : {partners}\nÉvaluation : {judge}\n"
        "Où en est-on ? {state}\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nTrois expérimentations sociales de la Ville de Valbonne.\n\n"
        + zoom.format(
            name="Mutuelle pour tous",
            subtitle="Une complémentaire santé négociée",
            start="mars 2029",
            partners="CPAM, UDAF",
            judge="cabinet Pluricité",
            state="Après un bilan jugé concluant par le conseil d'administration, le contrat a été ouvert à tous",
        )
        + zoom.format(
            name="Bus des droits",
            subtitle="Aller vers ceux qui ne demandent rien",
            start="octobre 2030",
            partners="CAF, CPAM",
            judge="Odenore",
            state="deux quartiers desservis",
        )
        + "=" * 60
        + "\nOù en sont nos expérimentations ?\n"
        + "=" * 60
        + "\n\nExpérimentation          Lancée en    Étape        Et après ?\n"
        + "-" * 60
        + "\nMutuelle pour tous       2029         Terminée     généralisée en 2031\n"
        + "Bus des droits           2030         En cours     —\n"
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    got = [(r.title, r.status_group, r.start_year, r.evaluator, r.state) for r in result.records]
    assert got == [
        ("Mutuelle pour tous", "Terminée", 2029, "cabinet Pluricité", "généralisée en 2031"),
        ("Bus des droits", "En cours", 2030, "Odenore", "deux quartiers desservis"),
    ]


def test_a_magazine_page_each_experiment_a_paragraph_led_by_its_name_in_bold(tmp_path):
    """A city magazine's page: stages as small intertitles worded freely ("Ils ont fait leurs
    preuves", "En cours", "Bientôt"), each experiment a paragraph opening on its name in bold and
    a dash, closed by an italic line of facts parted by dots; a field in bold with a dash
    ("**Pratique** — …") at the foot is no experiment."""
    item = (
        "**{name}** — {name} est né d'un constat simple : les habitants les plus isolés ne venaient plus "
        "au CCAS. L'équipe a donc décidé d'aller vers eux, quartier par quartier.\n"
        "*Depuis {year} · Évalué par {judge} · Avec : {partners} · Statut : {state}*\n\n"
    )
    text = (
        "# Le CCAS expérimente\n\nTrois projets à la loupe.\n\n### Ils ont fait leurs preuves\n\n"
        + item.format(
            name="Le Frigo solidaire",
            year=2029,
            judge="Pluricité",
            partners="Banque alimentaire, Secours populaire",
            state="pérennisé",
        )
        + "### En cours\n\n"
        + item.format(
            name="Voisins-relais",
            year=2030,
            judge="ORS",
            partners="Petits Frères des Pauvres",
            state="bilan fin 2031",
        )
        + "### Bientôt\n\n"
        + item.format(
            name="Le Garage solidaire",
            year=2032,
            judge="Ansa",
            partners="France Travail",
            state="en préparation",
        )
        + "**Pratique** — accueil du CCAS du lundi au vendredi.\n"
    )
    result = parse_text(tmp_path, text, "experiments", "mag.md")
    got = [(r.title, r.status_group, r.start_year, r.evaluator) for r in result.records]
    assert got == [
        ("Le Frigo solidaire", "Ils ont fait leurs preuves", 2029, "Pluricité"),
        ("Voisins-relais", "En cours", 2030, "ORS"),
        ("Le Garage solidaire", "Bientôt", 2032, "Ansa"),
    ]


def test_press_releases_put_together_under_a_contents_page_by_stage(tmp_path):
    """A kit made of press releases one after another ("COMMUNIQUÉ DE PRESSE" over each, a
    dateline, the title, a lead in capitals, the text, the same "À propos" closing each): the
    contents page lists the titles with dot leaders under stage headings ("■ En cours"), which
    name the items and their stage; the repeated rubric and the leads in capitals are no items."""
    release = (
        "COMMUNIQUÉ DE PRESSE\nAlbi, le {day} mai 2031\n\n\n{title}\n\n{lead}\n\n{text}\n\n"
        "À propos du CCAS d'Albi\nUn établissement public qui agit pour {about}.\n\n"
        "Contact presse : service communication, 05 63 00 00 00\n\n\f"
    )
    text = (
        "DOSSIER DE PRESSE\n\nLE CCAS TESTE AVANT DE GÉNÉRALISER\n\n\f"
        "SOMMAIRE DES EXPÉRIMENTATIONS\n\n"
        "■ Expérimentations terminées\n\n   La bricothèque solidaire ............................ 3\n\n"
        "■ En cours\n\n   Un médiateur dans les bus ............................ 4\n"
        "   Le panier frais des étudiants ........................ 5\n\n\f"
        + release.format(
            day="3", title="La bricothèque solidaire", lead="UN PRÊT D'OUTILS QUI A FAIT SES PREUVES.",
            text="Lancée en 2027, la bricothèque a prêté deux mille outils.", about="les habitants",
        )
        + release.format(
            day="4", title="Un médiateur dans les bus", lead="DEUX MÉDIATEURS SUR LES LIGNES DE NUIT.",
            text="Depuis 2029, deux médiateurs accompagnent les voyageurs.", about="tous les Albigeois",
        )
        + release.format(
            day="5", title="Le panier frais des étudiants", lead="DES LÉGUMES À PRIX COÛTANT SUR LE CAMPUS.",
            text="Une distribution chaque jeudi depuis la rentrée 2030.", about="la solidarité",
        )
    )  # fmt: skip
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group) for r in records] == [
        ("La bricothèque solidaire", "Expérimentations terminées"),
        ("Un médiateur dans les bus", "En cours"),
        ("Le panier frais des étudiants", "En cours"),
    ]


def test_a_kit_told_as_an_interview_its_experiments_named_by_a_closing_recap(tmp_path):
    """Questions and answers under stage headings, each experiment named in quotes or capitals
    in running text; a recap at the end lists the names with their start years after dot
    leaders: each is an item from its first mention, under the stage above it, its facts told
    in the answers ("L'évaluation a été confiée à …", "Les partenaires sont …")."""
    text = (
        "DOSSIER DE PRESSE\n\nTrois expérimentations sociales\n\n"
        "QUESTIONS-RÉPONSES\n\n"
        "Q : Pourquoi expérimenter ?\n\nR : Pour se tromper à petite échelle.\n\n"
        "EXPÉRIMENTATIONS TERMINÉES\n--------------------------\n\n"
        "Q : Parlez-nous de « Loyer serein ».\n\n"
        "R : Lancée en 2019 avec l'office HLM et la CAF du Cher, elle visitait les locataires dès le premier "
        "impayé. L'évaluation a été confiée à Cabinet Ancrages. Elle a été généralisée en 2023.\n\n"
        "EXPÉRIMENTATIONS EN COURS\n-------------------------\n\n"
        "Q : Et le CAMION DES DROITS ?\n\n"
        "R : Il circule depuis 2022. Les partenaires sont la CPAM du Cher, la MSA Berry-Touraine et "
        "France Travail.\n\n"
        "Q : Un mot sur « Répit Plus » ?\n\n"
        "R : Ce relais pour les aidants a ouvert en 2024 ; l'évaluation est menée par l'ORS Centre.\n\n"
        "EN UN COUP D'ŒIL\n\n"
        "  • Loyer serein ........................ 2019-2023\n"
        "  • CAMION DES DROITS ................... depuis 2022\n"
        "  • Répit Plus .......................... depuis 2024\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group, r.start_year) for r in records] == [
        ("Loyer serein", "EXPÉRIMENTATIONS TERMINÉES", 2019),
        ("CAMION DES DROITS", "EXPÉRIMENTATIONS EN COURS", 2022),
        ("Répit Plus", "EXPÉRIMENTATIONS EN COURS", 2024),
    ]
    assert records[0].evaluator == "Cabinet Ancrages"
    assert "France Travail" in records[1].partners
    assert records[2].evaluator == "ORS Centre"


def test_an_items_state_told_in_its_sentence_with_when(tmp_path):
    """ "a donc été arrêtée fin 2024", "se termine en juin", "sera généralisée en 2026": the state
    as told, its date with it, when no key data give it."""
    text = (
        "DOSSIER DE PRESSE\n\nTrois expérimentations\n\n"
        "EXPÉRIMENTATIONS TERMINÉES\n\n### Le bus des droits\n\n"
        "Lancée en 2021 avec la CAF du Tarn, elle a été évaluée par l'Ansa. L'expérimentation a donc été "
        "arrêtée fin 2024.\n\n"
        "EXPÉRIMENTATIONS EN COURS\n\n### Le panier frais\n\n"
        "Démarrée en 2023 avec le Secours populaire, elle est évaluée par l'ORS. Cette première phase se "
        "termine en juin, au vu du rapport.\n\n"
        "### Le relais des aidants\n\n"
        "Lancée en 2024 avec France Alzheimer, elle est évaluée par Pluricité et sera généralisée en 2026.\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.state) for r in records] == [
        ("Le bus des droits", "arrêtée fin 2024"),
        ("Le panier frais", "se termine en juin"),
        ("Le relais des aidants", "sera généralisée en 2026"),
    ]


def test_chantiers_under_an_overview_by_stage_with_a_gauge_and_who_does_what(tmp_path):
    """An overview page files "CHANTIER n – Title" lines under stages ("Chantiers achevés (1)");
    each chantier's page: "Où en est-on ? ●●●○○ en cours …" (the gauge is no word of its state),
    "Qui fait quoi ?" over dash lines "– La CAF : …" (each named one a partner), "Depuis :"."""
    chantier = (
        "CHANTIER {n} – {title}\n\nOù en est-on ? {gauge} {state}\n\nUn texte qui présente le chantier.\n\n"
        "Qui fait quoi ?\n– Le Département : pilote le chantier.\n– {partner} : reçoit les familles et\n"
        "  ouvre les droits.\n\nDepuis : {since}\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nTrois chantiers contre le non-recours\n\nLES CHANTIERS EN UN COUP D'ŒIL\n\n"
        "Chantiers achevés (1)\n   CHANTIER 1 – Un rendez-vous des droits\n\n"
        "En cours (2)\n   CHANTIER 2 – Un bus des droits\n   CHANTIER 3 – Un référent unique\n\n"
        "Comment lire les fiches ?\nUne jauge de cinq points par chantier.\n\n"
        + chantier.format(
            n=1,
            title="Un rendez-vous des droits",
            gauge="●●●●●",
            state="achevé",
            partner="La CAF du Gers",
            since="2022",
        )
        + chantier.format(
            n=2,
            title="Un bus des droits",
            gauge="●●●○○",
            state="en cours de déploiement",
            partner="La MSA Midi-Pyrénées Sud",
            since="2023",
        )
        + chantier.format(
            n=3,
            title="Un référent unique",
            gauge="●●○○○",
            state="en test",
            partner="La CPAM du Gers",
            since="2024",
        )
    )
    records = parse_text(tmp_path, text, "experiments", "chantiers.txt").records
    assert [(r.title, r.status_group, r.state, r.start_year) for r in records] == [
        ("Un rendez-vous des droits", "Chantiers achevés", "achevé", 2022),
        ("Un bus des droits", "En cours", "en cours de déploiement", 2023),
        ("Un référent unique", "En cours", "en test", 2024),
    ]
    assert "Le Département" in records[1].partners


def test_a_kit_sent_as_a_mail_its_items_kicked_and_their_facts_on_one_arrowed_line(tmp_path):
    """A press kit pasted in a mail: its stages as bands between rules ("— EN COURS —"), each
    item "PISTE ▸ Title" over its text (a title with a colon too), its facts on one line opened
    by an arrow and parted by "·", wrapped under itself."""
    text = (
        "Objet : Dossier de presse – trois pistes sociales\n\nMadame, Monsieur,\n\n"
        "Voici les pistes testées par la Ville de Valbourg.\n\n"
        "==========================================\n\n— EN COURS —\n\n"
        "PISTE ▸ Le vestiaire des écoles\n"
        "Des vêtements d'hiver prêtés aux familles à la rentrée.\n"
        "→ Lancement : 2031 · Avec : Secours populaire, écoles · Évaluation : Compas · Où en est-on : en cours\n\n"
        "PISTE ▸ Parents : une heure pour soi\n"
        "Une garde gratuite le samedi matin.\n"
        "→ Lancement : mars 2032 · Avec : CAF du Jura · Évaluation : Ansa · Où en est-on : en cours,\n"
        "  douze familles inscrites\n\n"
        "==========================================\n\n— BIENTÔT —\n\n"
        "PISTE ▸ Le bus des démarches\n"
        "Un minibus tiendra des permanences dans les hameaux.\n"
        "→ Lancement : 2033 · Avec : MSA · Où en est-on : véhicule commandé\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group, r.start_year, r.evaluator, r.state) for r in records] == [
        ("Le vestiaire des écoles", "EN COURS", 2031, "Compas", "en cours"),
        ("Parents : une heure pour soi", "EN COURS", 2032, "Ansa", "en cours, douze familles inscrites"),
        ("Le bus des démarches", "BIENTÔT", 2033, None, "véhicule commandé"),
    ]
    assert records[0].partners[0] == "Secours Populaire"


def test_a_press_newsletter_saved_as_its_e_mail_source(tmp_path):
    """A newsletter e-mail saved with its headers, its HTML laid out with presentation tables (a
    cell a block of the page, never a row of data), each experiment an "<h2>" with a facts table
    of label/value rows, the stages as "<h1>" lines."""

    def block(title: str, year: str, state: str) -> str:
        return (
            '<tr><td style="padding:20px"><h2>'
            + title
            + "</h2><p>Un dispositif testé dans deux quartiers.</p>"
            '<table class="facts"><tr><td>Lancement</td><td>' + year + "</td></tr>"
            "<tr><td>Partenaires</td><td>CAF du Doubs, CPAM du Doubs</td></tr>"
            "<tr><td>Où en est-on ?</td><td>" + state + "</td></tr></table></td></tr>\n"
        )

    text = (
        'From: "Ville - Service presse" <presse@ville.fr>\nSubject: Lettre presse\n'
        "Content-Type: text/html; charset=UTF-8\n\n<!DOCTYPE html>\n<html><body>\n"
        '<table role="presentation" width="100%"><tr><td>\n<table role="presentation" width="640">\n'
        "<tr><td><p>Madame, Monsieur, voici nos expérimentations.</p></td></tr>\n"
        "<tr><td><h1>Expérimentations terminées</h1></td></tr>\n"
        + block("Le bus des droits", "septembre 2031", "pérennisé")
        + "<tr><td><h1>En cours</h1></td></tr>\n"
        + block("Un référent unique", "février 2033", "en cours")
        + block("Des paniers frais", "mars 2032", "prolongé")
        + "</table></td></tr></table></body></html>\n"
    )
    records = parse_text(tmp_path, text, "experiments", "lettre.txt").records
    assert [(r.title, r.status_group, r.start_year, r.state) for r in records] == [
        ("Le bus des droits", "Expérimentations terminées", 2031, "pérennisé"),
        ("Un référent unique", "En cours", 2033, "en cours"),
        ("Des paniers frais", "En cours", 2032, "prolongé"),
    ]


def test_press_releases_gathered_one_after_another(tmp_path):
    """Releases under one repeated header and a dateline: each headline names its item before its
    colon (its tagline is text, even one that reads like a stage); a later release under the same
    name is later news of that item, one record, its state the newer one; a release telling a launch
    without its year takes the year it is dated."""

    def release(when: str, headline: str, body: str, box: str) -> str:
        return (
            f"COMMUNIQUÉ DE PRESSE\n\nLorient, le {when}\n\n{headline}\n\n{body}\n\n{box}"
            "Contact presse : service communication – 02 97 00 00 00\n\n###\n\n\n"
        )

    text = "VILLE DE LORIENT\nLes communiqués de l'année\n\n\n" + "".join(
        [
            release(
                "3 mars 2030",
                "LA NAVETTE DES AÎNÉS : UN MINIBUS POUR LES COURSES DU SAMEDI",
                "Un minibus conduit chaque samedi les aînés isolés vers le marché et les commerces.",
                "REPÈRES\nLancement : avril 2030\nPartenaires : CARSAT Bretagne, Lorient Agglomération\n"
                "Évaluation : cabinet Trajectoires\n\n",
            ),
            release(
                "9 juin 2030",
                "LE PANIER SOLIDAIRE : DES LÉGUMES FRAIS POUR LES ÉTUDIANTS",
                "Lancé cette année avec la Banque alimentaire du Morbihan, le panier est remis chaque "
                "jeudi aux étudiants boursiers.",
                "",
            ),
            release(
                "2 février 2032",
                "LA NAVETTE DES AÎNÉS : L'EXPÉRIMENTATION S'ACHÈVE, LE SERVICE EST REPRIS PAR "
                "L'AGGLOMÉRATION",
                "Après deux ans de test, l'agglomération reprend la navette dans son réseau.",
                "EN BREF\nStatut : repris par Lorient Agglomération au 1er mars 2032\n\n",
            ),
        ]
    )
    records = parse_text(tmp_path, text, "experiments", "communiques.txt").records
    assert [(r.title, r.start_year, r.state) for r in records] == [
        ("LA NAVETTE DES AÎNÉS", 2030, "repris par Lorient Agglomération au 1er mars 2032"),
        ("LE PANIER SOLIDAIRE", 2030, None),
    ]
    assert records[0].evaluator == "cabinet Trajectoires"


def test_an_interview_its_experiments_named_by_a_closing_recap(tmp_path):
    """A magazine's interview: questions in bold, answers telling each experiment, and a recap
    at the end naming each with its start and stage ("- **Name** – lancé en 2021 – pérennisé"):
    each recap name is an item, read from the question that asks about it; an evaluator named
    as the subject of its sentence ("L'Ansa l'a évalué") is its evaluator."""
    text = (
        "# « On teste, on mesure, on décide »\n\n"
        "*Navette des aînés, épicerie mobile : la Ville a lancé plusieurs expérimentations depuis 2021.*\n\n"
        "**Où en est la navette des aînés ?**\n\n"
        "Elle roule depuis 2021 avec la Carsat. L'Agence nouvelle des solidarités actives l'a évaluée "
        "pendant deux ans, et le conseil l'a pérennisée.\n\n"
        "**Et l'épicerie mobile ?**\n\n"
        "Partie en 2022, l'épicerie mobile a été arrêtée : le cabinet Pluricité mène l'évaluation finale.\n\n"
        "**Et demain ?**\n\n"
        "Des frigos solidaires, peut-être, mais rien n'est décidé.\n\n"
        "---\n\n**Nos expérimentations en un coup d'œil**\n\n"
        "- **Navette des aînés** – lancée en 2021 – pérennisée en 2024\n"
        "- **Épicerie mobile** – lancée en 2022 – arrêtée fin 2024\n"
        "- **Atelier vélo solidaire** – lancé en 2023 – en cours\n"
    )
    text = text.replace(
        "**Et demain ?**", "**Et l'atelier vélo solidaire ?**\n\nIl tourne depuis 2023.\n\n**Et demain ?**"
    )
    path = tmp_path / "entretien.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "experiments"
    assert [(r.title, r.start_year, r.state, r.evaluator) for r in result.records] == [
        ("Navette des aînés", 2021, "pérennisée en 2024", "Agence nouvelle des solidarités actives"),
        ("Épicerie mobile", 2022, "arrêtée fin 2024", "cabinet Pluricité"),
        ("Atelier vélo solidaire", 2023, "en cours", None),
    ]


def test_a_radio_transcript_its_experiments_named_in_its_show_notes(tmp_path):
    """A show's transcript ("[00:01:52] ANIMATRICE : …") telling the experiments in speech, its
    notes listing them in plain bullets under counted stages ("Terminées (1)", "En cours (2)"):
    each listed name an item, read from where it is first told, with its stage and start."""
    text = (
        "RADIO LOCALE — « Le Labo des solidarités », épisode 3\n\n"
        "[00:00:12] ANIMATRICE : Bonsoir, ce soir on parle des expérimentations de la ville.\n\n"
        "[00:01:52] ANIMATRICE : Commençons par la navette des aînés.\n\n"
        "[00:02:05] M. DURAND : La navette des aînés a roulé de 2020 à 2022, euh, avec la Carsat. Elle est "
        "pérennisée depuis.\n\n"
        "[00:04:10] ANIMATRICE : Et l'épicerie mobile ?\n\n"
        "[00:04:20] MME PETIT : L'épicerie mobile tourne depuis 2022 dans cinq quartiers.\n\n"
        "[00:06:00] ANIMATRICE : Et le jardin partagé ?\n\n"
        "[00:06:10] MME PETIT : Le jardin partagé a ouvert en 2023 au pied des immeubles.\n\n"
        "[Jingle]\n\nNOTES DE L'ÉPISODE\n\nLes expérimentations évoquées (3 au total) :\n\n"
        "Terminées (1)\n• La navette des aînés — 2020-2022, pérennisée en 2023\n"
        "  https://www.exemple.fr/navette\n\n"
        "En cours (2)\n• L'épicerie mobile — depuis 2022, étendue en 2024\n  https://www.exemple.fr/epicerie\n"
        "• Le jardin partagé — depuis 2023, étendu en 2024\n"
    )
    path = tmp_path / "transcription.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "experiments"
    assert [(r.title, r.start_year, r.status_group, r.state) for r in result.records] == [
        ("La navette des aînés", 2020, "Terminées", "pérennisée en 2023"),
        ("L'épicerie mobile", 2022, "En cours", "étendue en 2024"),
        ("Le jardin partagé", 2023, "En cours", "étendu en 2024"),
    ]


def test_an_evaluation_summary_names_its_experiments_in_lettered_sub_parts_and_a_table(tmp_path):
    """An evaluation report's summary: each experiment a lettered sub-part told in prose, its
    partners in a bracket closing a sentence, and a synthesis table at the end naming them (without
    their article) with their launch and evaluator."""
    text = """SYNTHÈSE DE L'ÉVALUATION DES EXPÉRIMENTATIONS SOCIALES

1. Objet

Le CCAS a conduit trois expérimentations, évaluées par le cabinet Trajectoires.

2. Résultats par expérimentation

2.a Le Relais des familles

Ouvert en 2020, le relais a reçu 310 familles en deux ans (partenaires : CAF de la Sarthe, PMI de la Sarthe).

Recommandation : poursuivre.

2.b La Navette des aînés

Depuis 2021, une navette conduit les aînés isolés au marché (partenaires : Keolis, Croix-Rouge française).

Recommandation : généraliser.

2.c Les Ateliers budget

Démarrés en 2022, les ateliers ont réuni 85 ménages.

Recommandation : arrêter.

3. Tableau de synthèse

| Expérimentation | Lancement | Évaluateur | Recommandation |
|---|---|---|---|
| Relais des familles | 2020 | Trajectoires | Poursuivre |
| Navette des aînés | 2021 | Trajectoires | Généraliser |
| Ateliers budget | 2022 | Trajectoires | Arrêter (fin |
| | | | 2025) |
"""
    result = parse_text(tmp_path, text, "experiments", "synthese.txt")
    found = {r.title: r for r in result.records}
    assert list(found) == ["Le Relais des familles", "La Navette des aînés", "Les Ateliers budget"]
    assert [found[t].start_year for t in found] == [2020, 2021, 2022]
    assert {r.evaluator for r in result.records} == {"Trajectoires"}
    assert "Keolis" in found["La Navette des aînés"].partners


def test_start_years_told_by_the_kits_chronology_and_a_box_inside_an_item(tmp_path):
    """A kit whose experiments tell no start year: its chronology of dated steps does, the
    first step naming each (a call for candidates only prepares one). An indented box ("
    TÉMOIGNAGE") inside an item is the item's, not the next item."""
    text = """DOSSIER DE PRESSE – LES EXPÉRIMENTATIONS DE LA MÉTROPOLE

CHRONOLOGIE

Mai 2020         Appel à candidatures pour le projet Toit partagé.

Mars 2021        Lancement du Toit partagé dans deux résidences.

2022             Ouverture de la Laverie solidaire au centre social.

Octobre 2022     Le Toit partagé est étendu à une troisième résidence.

TOIT PARTAGÉ

Statut : en cours

Des étudiants logent chez des aînés en échange de petits services.

    TÉMOIGNAGE
    « Je ne suis plus seule le soir. »

Partenaires : CROUS, Habitat 29

Évaluateur : Cabinet Ressources

LAVERIE SOLIDAIRE

Statut : en cours

Une laverie à prix réduit, tenue par une association d'insertion.

Partenaires : Emmaüs, CAF du Finistère

Évaluateur : Université de Brest
"""
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.start_year) for r in records] == [("TOIT PARTAGÉ", 2021), ("LAVERIE SOLIDAIRE", 2022)]
    assert records[0].partners and "CROUS" in records[0].partners[0]
    assert records[0].evaluator == "Cabinet Ressources"


def test_a_conference_transcript_its_items_told_under_their_stages_then_tabled(tmp_path):
    """Stage lines ("Expérimentations achevées") over speakers' turns naming each item in
    quotes, then a summary table after every stage: each row an item, its stage the one its
    title is first told under."""
    text = (
        "DOSSIER DE PRESSE – CCAS DE QUIMPER\n\nExpérimentations achevées\n\n"
        "Mme Le Goff : La première expérimentation, c'est « Le Bus des droits ». Il a circulé trois ans.\n\n"
        "Mme Le Goff : Deuxième projet achevé : « Cantine à un euro ». Les familles paient un euro.\n\n"
        "Expérimentations en cours\n\n"
        "M. Quéré : Le projet « Relais répit à domicile » a démarré en 2022 avec l'ADMR.\n\n"
        "ANNEXE\n\n"
        "| Expérimentation | Année de lancement | Évaluateur | Partenaires | État |\n"
        "|---|---|---|---|---|\n"
        "| Le Bus des droits | 2019 | UBO | CAF du Finistère | Achevée |\n"
        "| Cantine à un euro | 2020 | Kerlann Conseil | DSDEN du Finistère | Achevée |\n"
        "| Relais répit à domicile | 2022 | Ansa | ADMR du Finistère | En cours |\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.status_group) for r in records] == [
        ("Le Bus des droits", "Expérimentations achevées"),
        ("Cantine à un euro", "Expérimentations achevées"),
        ("Relais répit à domicile", "Expérimentations en cours"),
    ]
    assert [r.start_year for r in records] == [2019, 2020, 2022]


def test_titles_marked_with_a_square_under_a_framed_stage_banner(tmp_path):
    """ "━━━" / stage / its subtitle / "━━━" over "■ Title" items: each marked line a title
    without its mark, the subtitle no item."""
    items = "".join(
        f"■ Projet {n}\n\nUn texte qui dit ce que le projet cherche à prouver, pour qui et avec quels partenaires.\n\n"
        f"  – Lancement : mars 202{n}\n  – Évaluation : Cabinet {n}\n\n"
        for n in range(1, 4)
    )
    text = (
        "DOSSIER DE PRESSE\n\n" + "━" * 40 + "\nExpérimentations menées à terme\n"
        "Trois projets évalués, dont deux pérennisés\n" + "━" * 40 + "\n\n" + items
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [r.title for r in records] == ["Projet 1", "Projet 2", "Projet 3"]
    assert [r.start_year for r in records] == [2021, 2022, 2023]


def test_a_kit_copied_from_a_pdf_viewer_its_labels_glued_to_the_text(tmp_path):
    """No blank line around "Le constat" / "Ce qui a été fait" / "Repères" in each item (a PDF
    copied from a viewer), the page's number alone on its line then the running header: the
    labels repeated in every item part the text, the item's title is the line above the first;
    "Expérimentations en cours (suite)" atop a page goes on with the stage."""

    def item(title: str, year: int) -> str:
        return (
            f"{title}\nLe constat\nUn constat partagé par les équipes du CCAS et leurs partenaires de terrain.\n"
            "Ce qui a été fait\nUne équipe mobile a rencontré les habitants chaque semaine dans leur quartier.\n\n"
            f"Repères\nDate de lancement : mars {year}\nÉvaluation confiée à : cabinet Pluricité\n\n"
        )

    page = "Dossier de presse – CCAS de Lisieux\n"
    text = (
        page
        + "Expérimentations achevées\n\n"
        + item("Le Bus des droits", 2019)
        + item("Garantie jeunes actifs", 2020)
        + "Lisieux, laboratoire | 12 mars 2031\n4\n"
        + page
        + "Expérimentations en cours\n\n"
        + item("Veilleurs de quartier", 2022)
        + "Lisieux, laboratoire | 12 mars 2031\n5\n"
        + page
        + "Expérimentations en cours (suite)\n\n"
        + item("Budget Boussole", 2023)
        + "Lisieux, laboratoire | 12 mars 2031\n6\n"
        + page
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.status_group) for r in records] == [
        ("Le Bus des droits", "Expérimentations achevées"),
        ("Garantie jeunes actifs", "Expérimentations achevées"),
        ("Veilleurs de quartier", "Expérimentations en cours"),
        ("Budget Boussole", "Expérimentations en cours"),
    ]
    assert [r.start_year for r in records] == [2019, 2020, 2022, 2023]


def test_a_thread_of_posts_reads_its_experiments_abbreviated_and_its_lead_ins_as_no_titles(tmp_path):
    """ "🔹 Expé 2 · Title 🥕" an experiment's heading ("Expé" as threads abbreviate it); "Voici
    les premiers enseignements 👇" a lead-in (the hand its colon), "Le bilan 👉 https://…" under
    the facts a link, no title and no part of the evaluator's name."""
    posts = [
        "✅ Expérimentations terminées (2)\nTestées et évaluées.\n1/6",
        "🔹 Expé 1 · Le Bus des droits 🚐\nUn minibus dans les hameaux, deux fois par semaine.\n2/6",
        "Lancement : octobre 2019\nÉvaluateur : cabinet Sud\nLa synthèse 👉 https://t.co/abc\n3/6",
        "🔄 Expérimentations en cours (1)\nVoici les premiers enseignements 👇\n4/6",
        "🔹 Expé 2 · Petites Lunes 👶\nUne garde en horaires décalés pour les parents.\n5/6",
        "Depuis : janvier 2022\nÉvaluatrice : Ansa\nLe bilan 👉 https://t.co/xyz\n6/6",
    ]
    result = parse_text(tmp_path, "\n\n4 ↻ 19 ♥\n\n".join(posts) + "\n", "experiments", "fil.txt")
    assert [(r.title, r.start_year, r.evaluator) for r in result.records] == [
        ("Le Bus des droits", 2019, "cabinet Sud"),
        ("Petites Lunes", 2022, "Ansa"),
    ]


def test_a_press_release_numbers_its_experiments_n_slash_and_tells_their_facts(tmp_path):
    """ "1/ Title" paragraphs under stage lines: each an experiment (the way a release numbers
    them), its start ("Mis en service en mars 2023"), its evaluator ("Le cabinet X, chargé de
    l'évaluation, …"), its partners between dashes; the press contacts are no experiment."""
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nNîmes, le 3 mars 2025\n\nLa Ville présente 3 expérimentations sociales.\n\n"
        "Expérimentations achevées\n\n1/ Le bus des droits dans les villages\n"
        "Mis en service en mars 2023, un bus aménagé sillonne les villages. Les partenaires du projet – "
        "CAF du Gard, CPAM du Gard et France Travail – y détachent un conseiller. Le cabinet Pluricité, "
        "chargé de l'évaluation, souligne son effet.\n\n"
        "2/ Le panier frais solidaire\nLancée en janvier 2022, l'expérimentation a été évaluée par le laboratoire MoISA.\n\n"
        "Expérimentations en cours\n\n3/ Zéro non-recours\nLancée en septembre 2024, la démarche va vers "
        "les habitants. Son évaluation a été confiée au laboratoire CEPEL.\n\n"
        "Contacts presse\nService presse de la Ville\nJeanne Roux – 04 66 00 00 00 – j.roux@nimes.fr\n"
    )
    result = parse_text(tmp_path, text, "experiments", "release.txt")
    assert [(r.title, r.start_year, r.evaluator) for r in result.records] == [
        ("Le bus des droits dans les villages", 2023, "cabinet Pluricité"),
        ("Le panier frais solidaire", 2022, "laboratoire MoISA"),
        ("Zéro non-recours", 2024, "laboratoire CEPEL"),
    ]
    assert len(result.records[0].partners) == 3


def test_a_kits_contents_page_out_of_pdftotext_and_its_key_figures_over_captions(tmp_path):
    """A contents page whose page numbers came out a line each ("Title" / "p. 6"), its stages
    listed as entries over their items' entries; a figure set large over its caption ("15" /
    "contrats signés …") is no page number; "Partie 2" over a stage is no item."""
    body = []
    for stage, items in (
        ("Expérimentations achevées", ["PERMIS SOLIDAIRE", "DUOS D'AIDANTS"]),
        ("Expérimentations en cours", ["LE BUS DES DROITS", "CAFÉ DES PARENTS"]),
    ):
        body.append(f"Partie {len(body) + 1}\n\n{stage}\n\nDeux projets présentés ici.\n")
        for title in items:
            body.append(
                f"{title}\n\nUn projet mené avec les communes pour les habitants du territoire.\n\n"
                "15\ncontrats de travail signés par la première promotion\n\n"
                "Repères\nLancement\nmars 2021\nÉvaluation\nCabinet Alpha\n"
            )
    text = (
        "DOSSIER DE PRESSE\n\nSommaire\n\nExpérimentations achevées\np. 3\nPermis solidaire\np. 4\n"
        "Duos d'aidants\np. 5\nExpérimentations en cours\np. 6\nLe bus des droits\np. 7\n"
        "Café des parents\np. 8\n\n" + "\n".join(body)
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.status_group) for r in result.records] == [
        ("PERMIS SOLIDAIRE", "Expérimentations achevées"),
        ("DUOS D'AIDANTS", "Expérimentations achevées"),
        ("LE BUS DES DROITS", "Expérimentations en cours"),
        ("CAFÉ DES PARENTS", "Expérimentations en cours"),
    ]


def test_the_introduction_tells_the_count_in_words(tmp_path):
    """ "Depuis 2020, trois expérimentations ont été engagées" (a title saying "deux" of them
    besides): the kit announces three, the largest count its introduction tells; a stage's own
    "2 projets sont en cours" under its heading is no count of the whole."""
    item = "{title}\n\nUn texte qui décrit le projet.\n\nQui pilote ?\nLancement : mars 20{y}\nÉvaluation : Cabinet Arpège\n\n"
    text = (
        "La Ville pérennise deux expérimentations\n\n"
        "Depuis 2020, trois expérimentations ont été engagées par le CCAS.\n\n"
        "EXPÉRIMENTATIONS ACHEVÉES\n\n"
        + item.format(title="Le Repas partagé", y=20)
        + "EXPÉRIMENTATIONS EN COURS\n\n2 projets sont en cours.\n\n"
        + item.format(title="Les Bricoleurs solidaires", y=22)
        + item.format(title="Le Bus des droits", y=23)
    )
    result = parse_text(tmp_path, text, "experiments", "presse.txt")
    assert len(result.records) == 3
    assert result.document.records_announced == 3


def test_stages_said_with_an_adverb_on_lines_of_their_own(tmp_path):
    """ "Déjà évaluées" / "En cours de test", each alone on its line over its items (a kit saved
    from Word with no heading marks): stages, not items swallowing the first item below them."""
    item = "{title}\n\nUn texte qui décrit le projet.\n\nRepères\n\nDate de lancement\t20{y}\nÉvaluation\tCabinet Arpège\n\n"
    text = (
        "Dossier de presse\n\nDéjà évaluées\n\nDeux projets ont achevé leur test.\n\n"
        + item.format(title="Le Repas partagé", y=19)
        + item.format(title="Le Bus des droits", y=20)
        + "En cours de test\n\n"
        + item.format(title="Les Bricoleurs solidaires", y=22)
    )
    result = parse_text(tmp_path, text, "experiments", "presse.txt")
    assert [(r.title, r.status_group) for r in result.records] == [
        ("Le Repas partagé", "Déjà évaluées"),
        ("Le Bus des droits", "Déjà évaluées"),
        ("Les Bricoleurs solidaires", "En cours de test"),
    ]


def test_a_stage_given_only_in_each_project_s_box(tmp_path):
    """No stage headings: each project's "En bref" box says its stage ("Stade : En voie de
    généralisation"), which is its group — whatever stage words the box uses."""

    def project(n: int, title: str, stage: str) -> str:
        return (
            f"## {n}. {title}\n\n*Une phrase d'accroche.*\n\nUn texte qui décrit le projet et ce qu'il change.\n\n"
            f"> **En bref**\n> Lancement : 2022\n> Évaluation : Université de Rennes\n> Stade : {stage}\n\n"
        )

    text = (
        "# Dossier de presse — Les expérimentations du CCAS\n\n"
        "Ce dossier présente **trois expérimentations** sociales du CCAS. Deux d'entre elles sont "
        "« en voie de généralisation », une est « en cours ».\n\n"
        + project(1, "Le bus des droits", "En voie de généralisation")
        + project(2, "Des binômes intergénérationnels", "En cours")
        + project(3, "Une épicerie itinérante", "En voie de généralisation")
    )
    result = parse_text(tmp_path, text, "experiments", "kit.md")
    assert [(r.title, r.status_group) for r in result.records] == [
        ("Le bus des droits", "En voie de généralisation"),
        ("Des binômes intergénérationnels", "En cours"),
        ("Une épicerie itinérante", "En voie de généralisation"),
    ]


def test_a_title_in_capitals_wrapped_at_a_word_that_cannot_end_it(tmp_path):
    """ "UN RÉFÉRENT UNIQUE POUR" over "LES FAMILLES MONOPARENTALES" under the project's number
    set alone ("01"): one title, not a project titled by its second line."""

    def project(n: int, first: str, second: str, year: int) -> str:
        return (
            f"   0{n}\n\n   {first}\n   {second}\n\n"
            f"   Lancée en {year}  ·  Évaluée par le CREDOC  ·  Partenaires : CAF, Département\n\n"
            f"   Un texte qui décrit le projet numéro {n} et ce qu'il change pour les familles du quartier.\n\n"
        )

    text = (
        "   DOSSIER DE PRESSE — LES EXPÉRIMENTATIONS DU CCAS\n\n"
        "   Le CCAS présente trois expérimentations sociales.\n\n"
        "   ELLES ONT FAIT LEURS PREUVES\n\n"
        + project(1, "UN RÉFÉRENT UNIQUE POUR", "LES FAMILLES MONOPARENTALES", 2020)
        + project(2, "DES ÉPICERIES MOBILES DANS", "LES QUARTIERS", 2019)
        + project(3, "UNE HALTE-RÉPIT POUR LES AIDANTS DE", "PERSONNES ÂGÉES", 2021)
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.start_year) for r in result.records] == [
        ("UN RÉFÉRENT UNIQUE POUR LES FAMILLES MONOPARENTALES", 2020),
        ("DES ÉPICERIES MOBILES DANS LES QUARTIERS", 2019),
        ("UNE HALTE-RÉPIT POUR LES AIDANTS DE PERSONNES ÂGÉES", 2021),
    ]


def test_a_stage_printed_atop_each_page_and_a_figures_box_inside_an_experiment(tmp_path):
    """pdftotext without -layout: "EXPÉRIMENTATIONS EN COURS" atop every page of its section (no
    other stage heading) and an "EN CHIFFRES" box in the middle of an experiment's text: the
    experiment goes on over both, its facts after them are its own."""

    def page(number: int, stage: str, body: str) -> str:
        return f"{stage}\n\n{body}\nDossier de presse · CCAS · 2024\n{number}\n\f"

    text = (
        page(
            1,
            "EXPÉRIMENTATIONS ACHEVÉES",
            "UNE MUTUELLE COMMUNALE\n\nUn texte qui décrit la mutuelle communale.\n\n"
            "Lancement : 2019\nÉvaluation : ORS Pays de la Loire\nPartenaires : CPAM, Mutualité\n",
        )
        + page(
            2,
            "EXPÉRIMENTATIONS EN COURS",
            "PRÉVENIR LES EXPULSIONS DÈS LE PREMIER\nIMPAYÉ DE LOYER\n\n"
            "Lorsqu'une procédure arrive devant le juge, la dette est déjà lourde.\n",
        )
        + page(
            3,
            "EXPÉRIMENTATIONS EN COURS",
            "Le protocole prévoit une comparaison avec un autre bailleur.\n\n"
            "EN CHIFFRES\n142\nménages rencontrés en 2023\n\n"
            "Lancement : janvier 2023\nÉvaluation : Nantes Université\nPartenaires : Silène, CAF\n",
        )
        + page(
            4,
            "EXPÉRIMENTATIONS EN COURS",
            "UN RÉPIT À DOMICILE\n\nUn texte qui décrit le répit à domicile.\n\n"
            "Lancement : 2023\nPartenaires : CARSAT\n",
        )
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.status_group, r.start_year) for r in result.records] == [
        ("UNE MUTUELLE COMMUNALE", "EXPÉRIMENTATIONS ACHEVÉES", 2019),
        ("PRÉVENIR LES EXPULSIONS DÈS LE PREMIER IMPAYÉ DE LOYER", "EXPÉRIMENTATIONS EN COURS", 2023),
        ("UN RÉPIT À DOMICILE", "EXPÉRIMENTATIONS EN COURS", 2023),
    ]


def test_a_summary_table_of_the_experiments_then_each_under_its_name_in_bold_capitals(tmp_path):
    """ "Expérimentation<TAB>Lancement<TAB>Stade<TAB>Évaluation" over a row an experiment, then
    each told under "**ITS NAME**" (even "**BUDGET ACCOMPAGNÉ**", whose first word is a label):
    the document is a press kit, each experiment takes its row's facts."""
    rows = [
        ("La permanence des droits au marché", "2019", "Achevée", "Université de Poitiers"),
        ("Médiateurs numériques de quartier", "2021", "En cours", "Cabinet Aréso"),
        ("Budget accompagné", "oct. 2023", "En cours", "Ansa"),
    ]
    text = (
        "DOSSIER DE PRESSE\n\nCe dossier présente trois expérimentations sociales du CCAS.\n\n"
        "Expérimentation\tLancement\tStade\tÉvaluation\n"
        + "".join(f"{name}\t{start}\t{stage}\t{evaluator}\n" for name, start, stage, evaluator in rows)
        + "\n\n"
        + "".join(
            f"**{name.upper()}**\n\nUn texte qui raconte « {name} » et ce qu'il change pour les habitants.\n\n"
            for name, _, _, _ in rows
        )
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.status_group, r.start_year, r.evaluator) for r in result.records] == [
        ("LA PERMANENCE DES DROITS AU MARCHÉ", "Achevée", 2019, "Université de Poitiers"),
        ("MÉDIATEURS NUMÉRIQUES DE QUARTIER", "En cours", 2021, "Cabinet Aréso"),
        ("BUDGET ACCOMPAGNÉ", "En cours", 2023, "Ansa"),
    ]


def test_a_newsletter_s_stories_each_under_its_stage_tag_and_a_line_of_facts(tmp_path):
    """A press kit sent as an e-mail's text: stories between rules, "[EN COURS]" ABOVE each title
    in capitals (the story's tag), then "De 2019 à 2023 | Évaluation : … | Partenaires : …" or "À
    partir de 2026 | …" — a title whose first word is a label ("TERRITOIRE ZÉRO NON-RECOURS") is a
    title all the same."""

    def story(tag: str, title: str, span: str, evaluator: str) -> str:
        return (
            f"================\n\n[{tag}]\n{title}\n{span} | Évaluation : {evaluator} | Partenaires : CAF, CPAM\n\n"
            f"Un texte qui raconte l'expérimentation « {title.lower()} » et ses premiers résultats.\n\n"
        )

    text = (
        "LA LETTRE DES SOLIDARITÉS\n\nLe point sur nos trois expérimentations sociales.\n\n"
        + story("TERMINÉE", "ÉPICERIE SOLIDAIRE ITINÉRANTE", "De 2019 à 2023", "Pluricité")
        + story("EN COURS", "TERRITOIRE ZÉRO NON-RECOURS", "Depuis 2024", "FORS-Recherche sociale")
        + story("À VENIR", "VÉLOS À ASSISTANCE ÉLECTRIQUE", "À partir de 2026", "Ansa")
    )
    result = parse_text(tmp_path, text, "experiments", "lettre.txt")
    assert [(r.title, r.state, r.start_year, r.evaluator) for r in result.records] == [
        ("ÉPICERIE SOLIDAIRE ITINÉRANTE", "TERMINÉE", 2019, "Pluricité"),
        ("TERRITOIRE ZÉRO NON-RECOURS", "EN COURS", 2024, "FORS-Recherche sociale"),
        ("VÉLOS À ASSISTANCE ÉLECTRIQUE", "À VENIR", 2026, "Ansa"),
    ]


def test_facts_led_by_labels_in_bold_over_two_quoted_lines_and_a_told_state_over_the_tag(tmp_path):
    """A static site's kit: "`Terminée`" tags each item's stage; its facts a quote of pairs led by
    their labels in bold, two to a line ("> **Lancée en** mars 2021 · **Évaluée par** cabinet
    Alpha" / "> **Partenaires** CAF … · **État d'avancement** arrêtée en 2023"): each a fact, the
    state told beside them the item's state (the tag stays its stage); the introduction's "**3
    expérimentations** sont présentées : **2** terminées et **1** en cours" announces 3."""
    text = (
        "# Nos expérimentations\n\n"
        "**3 expérimentations** sont présentées : **2** terminées et **1** en cours.\n\n"
        "## Les expérimentations\n\n"
        "### 1. Un chèque mobilité\n\n`Terminée`\n\n"
        "> **Lancée en** mars 2021 · **Évaluée par** cabinet Alpha Conseil\n"
        "> **Partenaires** CAF de la Savoie, Grand Chambéry · **État d'avancement** généralisé en 2024\n\n"
        "Le chèque couvre les frais de transport des trois premiers mois d'un emploi.\n\n"
        "### 2. Des tables partagées\n\n`Terminée`\n\n"
        "> **Lancée en** 2020 · **Évaluée par** Observatoire social du CCAS\n\n"
        "La salle commune accueille les voisins trois midis par semaine.\n\n"
        "### 3. Une épicerie mobile\n\n`En cours`\n\n"
        "> **Lancée en** 2023 · **Partenaires** Banque alimentaire de Savoie, Fondation de France\n\n"
        "Un camion aménagé passe chaque semaine dans les quartiers sans commerce.\n"
    )
    result = parse_text(tmp_path, text, "experiments", "kit.md")
    got = [(r.title, r.status_group, r.state, r.start_year, r.evaluator) for r in result.records]
    assert got == [
        ("Un chèque mobilité", "Terminée", "généralisé en 2024", 2021, "cabinet Alpha Conseil"),
        ("Des tables partagées", "Terminée", "Terminée", 2020, "Observatoire social du CCAS"),
        ("Une épicerie mobile", "En cours", "En cours", 2023, None),
    ]
    assert [*result.records[0].partners, *result.records[0].partners_unresolved][-1:] == ["Grand Chambéry"]
    assert any(
        "Fondation de France" in p
        for p in [*result.records[2].partners, *result.records[2].partners_unresolved]
    )
    assert result.document.records_announced == 3


def test_a_summary_tables_rows_set_apart_by_blank_lines_keep_their_wrapped_lines(tmp_path):
    """A kit's summary table from `pdftotext -layout`, each row set apart by a blank line, a
    cell wrapped onto the line below whatever its first letter ("Médiation … après" / "75 ans",
    "Une permanence … de" / "Merville"): one row each, so every item is found; partners told in
    sentences ("Le projet réunissait l'ARS, qui …, le Secours populaire et la Croix-Rouge", "La
    CAF … et l'agglomération ont donné leur accord …")."""

    def row(*cells: str) -> str:
        widths = (41, 14, 28)
        return "  " + "".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=False)) + cells[-1]

    table = "\n".join(
        [
            row("Expérimentation", "Lancement", "Évaluation", "Statut"),
            "",
            row("Une bagagerie solidaire", "Mars 2020", "ORS Bretagne", "Achevée"),
            "",
            row("Un chèque énergie municipal", "Janv. 2022", "Université Bretagne Sud", "En cours"),
            "",
            row("Médiation numérique à domicile après", "Oct. 2022", "Institut de", "En cours"),
            row("75 ans", "", "gérontologie de l'Ouest", ""),
            "",
            row(
                "Une permanence sociale aux halles de",
                "Prévu mars",
                "Université Bretagne Sud",
                "En conception",
            ),
            row("Merville", "2025", "", ""),
            "",
            row("Garde d'enfants en horaires décalés", "2025", "À définir", "En conception"),
        ]
    )
    prose = (
        "\n\n      Expérimentations menées à terme\n\n\n      UNE BAGAGERIE SOLIDAIRE\n\n      Des casiers pour les personnes sans domicile. Le projet "
        "réunissait l'ARS Bretagne, qui en a financé la première année, le Secours populaire français et "
        "la Croix-Rouge française.\n\n"
        "      Expérimentations en cours\n\n\n      UN CHÈQUE ÉNERGIE MUNICIPAL\n\n      Un complément au "
        "chèque énergie national pour les foyers modestes, versé avec la visite d'un conseiller.\n\n"
        "      MÉDIATION NUMÉRIQUE À DOMICILE APRÈS 75 ANS\n\n      Deux médiateurs se rendent chez les "
        "personnes âgées. La CARSAT Bretagne finance les tablettes prêtées.\n\n"
        "      Expérimentations en préparation\n\n\n      UNE PERMANENCE SOCIALE AUX HALLES DE MERVILLE\n\n      Un stand tenu le samedi par un "
        "travailleur social. La CAF du Morbihan et Lorient Agglomération ont donné leur accord pour y "
        "détacher un agent.\n\n"
        "      GARDE D'ENFANTS EN HORAIRES DÉCALÉS\n\n      Des assistantes maternelles disponibles tôt "
        "le matin et tard le soir pour les parents qui travaillent en horaires décalés.\n"
    )
    text = "DOSSIER DE PRESSE\n\n      TABLEAU DE SYNTHÈSE\n\n" + table + prose
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [r.title for r in result.records] == [
        "UNE BAGAGERIE SOLIDAIRE",
        "UN CHÈQUE ÉNERGIE MUNICIPAL",
        "MÉDIATION NUMÉRIQUE À DOMICILE APRÈS 75 ANS",
        "UNE PERMANENCE SOCIALE AUX HALLES DE MERVILLE",
        "GARDE D'ENFANTS EN HORAIRES DÉCALÉS",
    ]
    partners = [" | ".join([*r.partners, *r.partners_unresolved]).lower() for r in result.records]
    assert "secours populaire" in partners[0] and "croix-rouge" in partners[0]
    assert "carsat" in partners[2]
    assert "lorient agglomération" in partners[3]


def test_a_line_of_tags_under_each_title_gives_its_start_and_its_state(tmp_path):
    """A site saved as text: under each title a line of tags "Logement · Depuis 2022 · Phase 2
    en cours" — its theme, its start, its state (no label but the start's)."""
    items = [
        ("Un chèque énergie", "Précarité · Lancée en 2020 · Terminée", 2020, "Terminée"),
        ("Un relais des aidants", "Autonomie · Lancé en 2019 · Généralisé", 2019, "Généralisé"),
        ("Le bus des droits", "Accès aux droits · Lancé en 2022 · En cours", 2022, "En cours"),
    ]
    text = "Nos expérimentations sociales\n\nExpérimentations en cours\n\n" + "".join(
        f"{title}\n{tags}\nChiffres clés : 120 ménages · 3 quartiers\n"
        "Un service testé dans trois quartiers avant d'être étendu.\nPartenaires : CAF des Deux-Sèvres\n\n"
        for title, tags, _, _ in items
    )
    result = parse_text(tmp_path, text, "experiments", "kit.txt")
    assert [(r.title, r.start_year, r.state) for r in result.records] == [
        (title, year, state) for title, _, year, state in items
    ]


def test_an_interview_s_questions_ask_for_the_facts_and_a_closing_recap_gives_the_stages(tmp_path):
    """A kit told as interviews: "— Quand l'expérimentation a-t-elle commencé ?" over its answer,
    "— Qui l'a évaluée ?", "— Avec quels partenaires ?" (the same questions item after item,
    fields and not running headers); the stages only in a recap at the end, under stage lines."""
    items = [
        ("La Navette solidaire", "En mars 2020, sur deux quartiers.", "Cabinet Kaléido", "CAF du Gard", 2020),
        ("Un café des parents", "En octobre 2022.", "Université de Nîmes", "UDAF du Gard", 2022),
        (
            "Les paniers frais",
            "En janvier 2023, avec douze familles.",
            "Cabinet Pluricité",
            "MSA, ARS Occitanie",
            2023,
        ),
    ]
    text = "DOSSIER DE PRESSE\n\nTrois expérimentations racontées par leurs équipes.\n\n"
    for n, (title, start, evaluator, partners, _) in enumerate(items, 1):
        text += (
            f"{n}. {title}\n\nCette expérimentation change la vie de nombreuses familles du territoire.\n\n"
            f"— Quand l'expérimentation a-t-elle commencé ?\n{start}\n\n— Qui l'a évaluée ?\n{evaluator}\n\n"
            f"— Avec quels partenaires ?\n{partners}\n\n— Qu'en retenez-vous ?\nBeaucoup de choses.\n\n"
        )
    text += (
        "EN RÉSUMÉ\n\nExpérimentations achevées\n• La Navette solidaire ........ 2020 – 2023\n\n"
        "Expérimentations en cours\n• Un café des parents ........ depuis 2022\n• Les paniers frais ........ depuis 2023\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.start_year, r.evaluator, r.status_group) for r in records] == [
        ("La Navette solidaire", 2020, "Cabinet Kaléido", "Expérimentations achevées"),
        ("Un café des parents", 2022, "Université de Nîmes", "Expérimentations en cours"),
        ("Les paniers frais", 2023, "Cabinet Pluricité", "Expérimentations en cours"),
    ]


def test_items_told_without_dates_their_facts_in_a_closing_timeline_under_stage_lines(tmp_path):
    """A kit counting its items ("3 expérimentations"), each "▶ Title" over prose with no date nor
    evaluator; a "Calendrier" timeline under stage lines gives each its start ("2019 — lancement de
    « Title »"), its evaluator ("évaluation de « Title » confiée à …") and state ("« Title » pérennisée")."""
    items = ["La Navette des droits", "Crèche aux horaires atypiques", "Permis solidaire pour l'emploi"]
    prose = (
        "Dans les quartiers comme dans les hameaux, une partie des habitants renonce à des aides "
        "faute de pouvoir se déplacer ; le projet va au-devant d'eux chaque semaine.\n\n"
    )
    text = (
        "DOSSIER DE PRESSE\n\nLes chiffres clés\n\n3 expérimentations sociales engagées depuis 2019\n\n"
        "1 expérimentation menée à terme\n\n1 expérimentation en cours\n\n1 expérimentation programmée\n\n"
        + "".join(f"▶ {title}\n\n{prose}Partenaires : CAF du Gard\n\n" for title in items)
        + "Calendrier\n\nExpérimentations menées à terme\n\n"
        f"2019 — lancement de « {items[0]} »\n2021 — évaluation de « {items[0]} » confiée à Pluricité\n"
        f"2023 — « {items[0]} » pérennisée\n\nExpérimentations en cours\n\n"
        f"2022 — lancement de « {items[1]} »\n2023 — évaluation de « {items[1]} » confiée au laboratoire CHROME\n\n"
        f"Expérimentations programmées\n\n2026 — lancement prévu de « {items[2]} »\n"
    )
    records = parse_text(tmp_path, text, "experiments", "kit.txt").records
    assert [(r.title, r.start_year, r.evaluator, r.state, r.status_group) for r in records] == [
        (items[0], 2019, "Pluricité", "pérennisée", "Expérimentations menées à terme"),
        (items[1], 2022, "laboratoire CHROME", None, "Expérimentations en cours"),
        (items[2], 2026, None, None, "Expérimentations programmées"),
    ]


def test_a_carousel_of_slides_each_item_a_tag_over_its_title_then_its_facts(tmp_path):
    """A social-media carousel as text: slides parted by "— 4/12 —"; a stage slide ("Les projets
    terminés" over its count), then per item a slide "TERMINÉE" / title / tagline and a slide of
    facts opening on its period ("De mars 2019 à juin 2022") — the tag its state, not a stage."""
    items = [
        ("TERMINÉE", "Le bus des droits", "De mars 2019 à juin 2022", 2019),
        ("TERMINÉE", "Repas à 1 € à la cantine", "Septembre 2020 – juillet 2023", 2020),
        ("EN COURS", "Territoire zéro non-recours", "Depuis mars 2022", 2022),
        ("EN COURS", "Colocations entre générations", "Depuis octobre 2023", 2023),
    ]
    slides = [
        "DOSSIER DE PRESSE\nLorient expérimente\n4 projets",
        "Les projets terminés\n2 expérimentations menées à leur terme\nCe qu'on en retient",
    ]
    for n, (tag, title, period, _) in enumerate(items):
        if n == 2:
            slides.append(
                "Les projets en cours\n2 expérimentations sur le terrain\nPremiers résultats en 2025"
            )
        slides += [
            f"{tag}\n{title}\nUn service, une idée simple",
            f"{period}\nÉvaluation : Cabinet Ouest Études\nAvec : CAF du Morbihan, CPAM du Morbihan",
        ]
    slides.append("Contact presse\nService communication\n02 97 00 00 00 · presse@ccas.example")
    text = "".join(f"— {n}/{len(slides)} —\n{slide}\n\n" for n, slide in enumerate(slides, 1))
    records = parse_text(tmp_path, text, "experiments", "carousel.txt").records
    assert [(r.title, r.state, r.start_year, r.status_group) for r in records] == [
        (title, tag, year, "Les projets terminés" if n < 2 else "Les projets en cours")
        for n, (tag, title, _, year) in enumerate(items)
    ]


def test_items_told_in_prose_their_start_in_a_closing_table_s_year_column(tmp_path):
    """Experiments as "### 🧺 Title" over a key figure and prose, their facts only in a closing
    "Récapitulatif" table whose "Année" column gives each its start."""
    rows = [
        ("Le Panier solidaire", 2021, "Achevée"),
        ("Vélos-école pour l'emploi", 2022, "En cours"),
        ("Veilleurs de voisinage", 2020, "En cours"),
    ]
    text = (
        "# Dossier de presse\n\nTrois expérimentations sociales.\n\n"
        + "".join(
            f"### 🧺 {title}\n\n**1 200 repas servis**\n\nUn service ouvert aux familles du quartier, chaque semaine.\n\n"
            for title, _, _ in rows
        )
        + "## Récapitulatif\n\n| Expérimentation | Année | Stade | Évaluateur | Partenaires |\n|---|---|---|---|---|\n"
        + "".join(
            f"| {title} | {year} | {stage} | Cabinet Ithaque | CAF des Côtes-d'Armor |\n"
            for title, year, stage in rows
        )
    )
    records = parse_text(tmp_path, text, "experiments", "kit.md").records
    assert [(r.title, r.start_year) for r in records] == [(title, year) for title, year, _ in rows]


def test_show_notes_whose_items_are_a_recordings_chapters_under_stage_lines(tmp_path):
    """A podcast's show notes: chapters "00:07:15 — Title" (timestamps the numbering), each
    item's facts a bullet list under its short text, the chapters grouped under stage lines;
    chapters without facts (the opening, a debate) are no items."""
    items = [
        ("Le taxi solidaire des hameaux", "Évaluation : Cabinet Tercia", "Lancement : mars 2018", 2018),
        ("Une épicerie sur roues", "Qui évalue ? Université de Tours", "Depuis quand ? Mai 2019", 2019),
        ("Le prêt de scooters", "Évaluation : Ansa", "Lancement : janvier 2022", 2022),
        ("Un jardin au pied des tours", "Évalué par : Observatoire du CCAS", "Démarrage : juin 2023", 2023),
    ]
    notes = ["Le podcast du CCAS de Vierzon — épisode 6", "", "00:00:00 — Générique", ""]
    notes += ["00:02:10 — Pourquoi tester avant de généraliser ?", "Un échange avec la directrice.", ""]
    for n, (title, evaluator, start, _) in enumerate(items):
        if n == 0:
            notes += ["Première partie : les expérimentations terminées", ""]
        if n == 2:
            notes += ["Deuxième partie : les expérimentations en cours", ""]
        notes += [
            f"00:{10 + 6 * n:02d}:30 — {title}",
            "Un service imaginé avec les habitants, testé deux ans dans trois quartiers.",
            f"• {evaluator}",
            f"• {start}",
            "• Partenaires : CAF du Cher, CPAM du Cher",
            "",
        ]
    notes += ["00:40:00 — Conclusion", "", "Liens : ccas-vierzon.example/podcast"]
    records = parse_text(tmp_path, "\n".join(notes) + "\n", "experiments", "episode.txt").records
    assert [(r.title, r.start_year, r.status_group) for r in records] == [
        (
            title,
            year,
            "les expérimentations terminées" if n < 2 else "les expérimentations en cours",
        )
        for n, (title, _, _, year) in enumerate(items)
    ]
    assert records[1].evaluator == "Université de Tours"
