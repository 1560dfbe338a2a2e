"""The CCAS strategic plan parser on the real plan: actions, budgets, directions, partners."""

from __future__ import annotations

import pytest

from ccas_cli.ingest import parse_file
from ccas_cli.normalize.text import fold

from .conftest import parse_text

# Read sheet by sheet in data/raw/ccas-grenoble-plan-strategique.txt, counting each action's
# money once (see the rules in ccas_cli/normalize/budget.py). Keys are the words the sheet's
# title starts or ends with; None = no amount stated (qualitative or missing budget).
HAND_CHECKED_TOTALS = {
    "Constitution d'un Service d'Accueil et d'Orientation Unique": 250_000,  # 50 000/an, soit 250 000
    "Adapter l'accompagnement spécifique réalisé par le CCAS": 6_000,  # Expertise : 6000 euros
    "Accompagnement aux projets innovants et alternatifs": None,  # Temps de travail interne
    "Redéfinir le rôle et les priorités": 15_000,  # plan de communication (sheet 2/2)
    "Améliorer l'offre publique d'accueil d'information": None,
    "Favoriser l'accès aux droits des grenoblois": 350_000,  # Coût CCAS sur 5 ans; 102 000/an inside it
    "les Espaces familles": 227_000,  # Coût CCAS; the 7 000 recherche-action is covered by it
    "actions à destination des jeunes et des adolescent(e)s": 270_000,  # augmentation de 270 000
    "coopération avec les équipements socio-culturels": None,  # Budget : Constant
    "Fonds de participation des habitants »": 200_000,  # sheet 2/2
    "répondre à de nouveaux besoins sociaux": 150_000,  # 50 000 sur 5 ans + 100 000 sur 5 ans
    "concevoir des modes de communication adaptés pour les usagers et les professionnels": 20_000,
    "Modification du fonctionnement de la Commission Permanente": 500_000,  # sur 5 ans
    "Mise en place d'une coordination des aides": None,  # Budget : constant
    "Allocation spécifique pour jeunes majeurs": 50_000,  # Etude/évaluation/suivi
    "Mise en place du Microcrédit social": 230_000,  # soit 230 000 (30 000 + 200 000)
    "aide au logement pour les grenoblois du parc privé": 255_000,  # allocation per quarter not counted
}


def _plan_of(bodies: list[str]) -> str:
    """A plan of one part whose sheets each hold one of `bodies` under a title and a lead (the
    shape of the money tests: one sheet per case)."""
    sheets = "".join(
        f"FICHE ACTION N°{n}\nUNE ACTION NUMÉRO {n}\n\nPilote : Service des solidarités\n\n{body}\n\n"
        for n, body in enumerate(bodies, 1)
    )
    return "PLAN D'ACTIONS 2026-2028\n\nAXE 1 – AGIR\n\n" + sheets


@pytest.fixture(scope="module")
def plan(manifest):
    entry = manifest["ccas-grenoble-plan-strategique"]
    return parse_file(entry.file, entry=entry)


def action(plan, words):
    found = [
        r
        for r in plan.records
        if fold(r.title).startswith(fold(words)) or fold(r.title).endswith(fold(words))
    ]
    assert len(found) == 1, (words, [r.title for r in found])
    return found[0]


def test_every_announced_action_has_its_sheet(plan):
    """3 + 8 + 6 actions announced, 17 sheets found, no reconciliation warning."""
    assert len(plan.records) == 17
    assert not [w for w in plan.document.warnings if w.code.startswith("announced")]
    assert {r.block for r in plan.records} == {
        "Secteur Accueil Hébergement Insertion",
        "Centres Sociaux",
        "Service d'Aide Sociale Facultative",
    }


@pytest.mark.parametrize(("words", "expected"), HAND_CHECKED_TOTALS.items())
def test_budget_total_equals_the_hand_count(plan, words, expected):
    """Each action's budget_total_eur is what a careful reader counts, money counted once."""
    record = action(plan, words)
    assert record.budget_total_eur == expected
    counted = [line.amount_eur for line in record.budget_lines if line.counted]
    assert (sum(counted) if counted else None) == expected


def test_plan_total(plan):
    """The whole plan: 2 523 000 €, the sum of the hand-checked totals."""
    assert sum(r.budget_total_eur or 0 for r in plan.records) == 2_523_000
    assert sum(v or 0 for v in HAND_CHECKED_TOTALS.values()) == 2_523_000


def test_per_year_amount_is_not_counted_next_to_its_total(plan):
    """'50 000 euros par an, soit 250 000 euros': per_year shown, total counted."""
    lines = action(plan, "Constitution d'un Service d'Accueil").budget_lines
    assert [(b.amount_eur, b.kind, b.counted) for b in lines] == [
        (50_000, "per_year", False),
        (250_000, "total", True),
    ]
    assert lines[0].reason == "covered by the stated total on line 74"


def test_components_in_parentheses_are_not_counted(plan):
    """'230 000 euros (30 000 € ingénierie + 200 000 € de provision)': one total, two components."""
    lines = action(plan, "Mise en place du Microcrédit social").budget_lines
    kinds = [(b.amount_eur, b.kind, b.counted) for b in lines]
    assert kinds == [
        (30_000, "unknown", False),
        (230_000, "total", True),
        (30_000, "component", False),
        (200_000, "component", False),
    ]


def test_per_beneficiary_allocation_and_thresholds_are_not_counted(plan):
    """'100 à 150 euros par trimestre' is per_unit; eligibility thresholds are not budget lines."""
    lines = action(plan, "aide au logement pour les grenoblois du parc privé").budget_lines
    allocation = next(b for b in lines if b.amount_max_eur == 150)
    assert (allocation.amount_eur, allocation.kind, allocation.counted) == (100, "per_unit", False)
    assert sum(1 for b in lines if b.counted) == 1
    assert all("outside the budget" in b.reason for b in lines if b.source.lines[0] < 840)


def test_qualitative_budget_is_kept_as_text(plan):
    """'Budget : Constant' keeps its words and has no amount."""
    record = action(plan, "coopération avec les équipements socio-culturels")
    assert record.budget_text == "Constant" and record.budget_lines == [] and record.budget_total_eur is None


def test_split_sheet_is_one_action(plan):
    """'(1/2)' and '(2/2)' pages make one action spanning both, with sections of both."""
    record = action(plan, "Redéfinir le rôle et les priorités")
    assert record.source.lines == (221, 272)
    assert "Partenaires" in record.sections and "Objectifs" in record.sections
    assert record.title == "Redéfinir le rôle et les priorités"


def test_directions(plan):
    """Acronyms and 'Directeur …' resolve; co-leads kept; persons and institutions inherit."""
    assert action(plan, "Mise en place du Microcrédit social").direction == (
        "Direction Développement Social et Solidarité (CCAS)"
    )
    co = action(plan, "coopération avec les équipements socio-culturels")
    assert co.co_directions == ["Direction Éducation Jeunesse (Ville de Grenoble)"]
    person = action(plan, "Accompagnement aux projets innovants et alternatifs")
    assert person.responsable == "Yves Clappier"
    assert person.direction == "Direction Développement Social et Solidarité (CCAS)"
    assert "names a person (Yves Clappier)" in person.direction_note
    institutions = action(plan, "Mise en place d'une coordination des aides")
    assert institutions.responsable == "CCAS/Conseil Général de l'Isère"
    assert "Département de l'Isère" in institutions.direction_note
    missing = action(plan, "Favoriser l'accès aux droits des grenoblois")
    assert missing.responsable is None and missing.direction_note.startswith("no 'Responsable'")
    assert all(r.direction for r in plan.records)


def test_partners_are_split_and_resolved(plan):
    """Commas, '/', ' et ', line breaks and 'les services de la ville …' lists."""
    sao = action(plan, "Constitution d'un Service d'Accueil")
    assert sao.partners == [  # "Préfecture / DDASS de l'Isère", "CHU/CHS": two bodies each
        "Préfecture de l'Isère",
        "DDASS de l'Isère",
        "Département de l'Isère",
        "Grenoble-Alpes Métropole",
        "CCAS de Grenoble",
        "Ville de Grenoble",
        "FNARS",
        "Collectif des associations",
        "CHU de Grenoble",
        "CHS (centre hospitalier spécialisé)",
        "Union Départementale des CCAS de l'Isère",
    ]
    services = action(plan, "Favoriser l'accès aux droits des grenoblois")
    assert services.partners[0] == "Ville de Grenoble"
    assert "Caisse d'Allocations Familiales" in services.partners and not services.partners_unresolved


def test_funders_from_financement(plan):
    """Organisations named in 'Financement' (or '(financement …)' under Budget) are funders."""
    assert action(plan, "Mise en place du Microcrédit social").funders == [
        "Haut Commissariat aux Solidarités Actives"
    ]
    assert action(plan, "aide au logement pour les grenoblois du parc privé").funders == [
        "Haut Commissariat aux Solidarités Actives",
        "Ville de Grenoble",
    ]


def test_funders_named_around_an_aside_and_inside_a_joined_phrase(plan):
    """'PARADS (objectifs : …). Conseil Général, CAF, CPAM' names four funders; 'CPAM et DDASS
    PARADS' names three bodies, not one."""
    assert action(plan, "Accès aux droits et à l'information : concevoir des modes").funders == [
        "PARADS",
        "Département de l'Isère",
        "Caisse d'Allocations Familiales",
        "Caisse Primaire d'Assurance Maladie",
    ]
    funders = action(plan, "Favoriser l'accès aux droits des grenoblois").funders
    assert {"Caisse Primaire d'Assurance Maladie", "DDASS de l'Isère", "PARADS"} <= set(funders)


def test_partners_listed_in_parentheses(plan):
    """'the steering committee (la DDASS, le Conseil Général de l'Isère)': both are partners."""
    partners = action(plan, "création d'un « Fonds de participation des habitants »").partners
    assert {"DDASS de l'Isère", "Département de l'Isère"} <= set(partners)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Action Logement, Mission locale de l'agglomération de Limoges et Régie de quartier Nord",
            ["Action Logement", "Mission locale de l'agglomération de Limoges", "Régie de quartier Nord"],
        ),
        ("Fédération des centres sociaux et socioculturels, Secours populaire", None),  # "et" + lower case
        # two bodies each opening on its acronym, one "et" between them and nothing else
        ("CPAM du Var et ARS Provence", ["CPAM du Var", "ARS Provence"]),
        ("CPAM du Var et Association Var Mutualité", ["CPAM du Var", "Association Var Mutualité"]),
        ("Service Jeunesse et Vie Associative", ["Service Jeunesse et Vie Associative"]),
    ],
)
def test_the_last_et_of_a_list_joins_two_names(text, names):
    """ "A, B et C": the list's last "et" before a capital joins two partners; one before a
    lower-case word belongs to a name."""
    from ccas_cli.normalize.entities import split_partners

    got = split_partners(text)
    assert got == (names or [p.strip() for p in text.split(",")])


def test_milestones_under_a_dated_heading_take_its_date(plan):
    """'2009 / 2010 :' then two lines: two milestones dated 2009-2010, none left empty; a short
    line naming a year after the dated ones is a milestone too."""
    adapter = action(plan, "Adapter l'accompagnement spécifique")
    assert [(e.years, e.text) for e in adapter.echeances] == [
        ([2009, 2010], "2009 / 2010 : Finalisation de la méthode"),
        ([2009, 2010], "2009 / 2010 : Elaboration du projet de fonctionnement"),
    ]
    innovants = action(plan, "Accompagnement aux projets innovants et alternatifs")
    assert [e.years for e in innovants.echeances] == [[2009], [2009], [2010]]
    assert all(not e.text.endswith(":") for e in innovants.echeances)
    fonds = action(plan, "création d'un « Fonds de participation des habitants »")
    assert [e.years for e in fonds.echeances] == [[2010], [2014]]


def test_every_line_is_accounted_for(plan):
    """No line of the plan is lost."""
    assert plan.document.lines_accounted == plan.document.lines_total


def test_a_money_table_whose_unit_is_in_its_heading(tmp_path):
    """ "**Financement (k€)**" over a table of years: the total column is the action's money;
    without one, the years add up. Items listed under "**Financement**" are its lines."""

    sheet = (
        "### Action {n} — {title}\n\n| Rubrique | Contenu |\n|---|---|\n"
        "| **Pilote** | Direction de l'habitat |\n| **Partenaires** | ADIL |\n\n{money}\n"
    )
    money = [
        "**Financement (k€)**\n\n| 2026 | 2027 | Total |\n|---:|---:|---:|\n| 120 | 140 | 260 |\n",
        "**Budget (en euros)**\n\n| 2026 | 2027 |\n|---|---|\n| 1 500 | 2 000 |\n",
        "**Financement**\n\n- Aide par habitant : 5 000 € par habitant et par an\n- Ingénierie de projet : 30 k€\n",
    ]
    titles = ["Capter des logements", "Ouvrir une halte de nuit", "Développer l'habitat inclusif"]
    text = "## Axe 1 — Habiter\n\n" + "\n".join(
        sheet.format(n=f"1.{k}", title=t, money=m)
        for k, (t, m) in enumerate(zip(titles, money, strict=True), 1)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Capter des logements", 260_000),
        ("Ouvrir une halte de nuit", 3_500),
        ("Développer l'habitat inclusif", 30_000),
    ]


def test_an_annual_amount_counts_over_the_years_of_the_sheet_s_calendar(tmp_path):
    """The sheet's only money is "9 500 € par an" and its calendar prints 2026, 2027 and 2028:
    counted three times, through a line that says so; with no years anywhere (nor a plan total
    to tell how the plan counts it), a year of it, as readers count it, and said so."""

    text = (
        "Orientation 1 – Aider les aidants\n\n"
        "Mesure 1\nUne halte-répit itinérante\n\nPilotage : Direction du CIAS\n"
        "Budget prévisionnel : 9 500 € par an\n"
        "Calendrier : ouverture en 2026, reconduction en 2027 et en 2028\n\n"
        "Mesure 2\nUn café des aidants\n\nPilotage : Direction du CIAS\n"
        "Budget prévisionnel : 3 000 € par an\nCalendrier : dès que possible\n"
    )
    first, second = parse_text(tmp_path, text, "ccas-plan", "schema.txt").records
    assert first.budget_total_eur == 28_500
    assert "3 years of the sheet's calendar" in next(b.reason for b in first.budget_lines if b.counted)
    assert second.budget_total_eur == 3_000
    assert "one year counted" in next(b.reason for b in second.budget_lines if b.counted)


def test_an_annual_amount_counts_over_the_period_the_sheet_s_text_gives(tmp_path):
    """The sheet's only money is a yearly amount told in prose, and another sentence says how
    long the action runs ("pour 2026 et 2027", "de 2026 à 2028", a calendar "2026-2027"):
    counted once per year; a range of months that is no whole year, or two periods that
    disagree, say no count of years and the amount stays uncounted."""

    def sheet(n: int, text: str) -> str:
        return f"Mesure {n}\nUne action numéro {n}\n\nPilotage : Direction du CIAS\n\n{text}\n\n"

    text = "Orientation 1 – Aider les aidants\n\n" + "".join(
        sheet(n, body)
        for n, body in enumerate(
            [
                "Le CCAS y consacre une enveloppe de 3 600 € par an. Ce montant s'entend hors livraison.\n"
                "L'action est prévue pour 2026 et 2027.",
                "Le coût annuel du poste est de 42 000 €. Le poste est créé pour la durée du plan,\n"
                "de 2026 à 2028.",
                "Calendrier : 2026-2027\n\nLe budget de l'action est de 8 000 € par an.",
                "Le budget de l'action est de 800 € par an, de septembre 2026 à juin 2027 inclus.\n"
                "Les familles versent une participation.",
                "Le budget de l'action est de 5 000 € par an. Le diagnostic a duré de 2021 à 2022 ;\n"
                "l'action est prévue pour trois ans.",
            ],
            1,
        )
    )
    records = parse_text(tmp_path, text, "ccas-plan", "periods.txt").records
    assert [r.budget_total_eur for r in records] == [7_200, 126_000, 16_000, None, None]
    reasons = [next(b.reason for b in r.budget_lines if b.counted) for r in records[:3]]
    assert "2 years of the period the sheet's text gives (2026, 2027)" in reasons[0]
    assert "3 years of the period the sheet's text gives (2026–2028)" in reasons[1]
    assert "2 years of the sheet's calendar (2026–2027)" in reasons[2]


def test_a_capitals_line_of_figures_is_not_a_heading():
    from ccas_cli.document.blocks import build_blocks
    from ccas_cli.extract.source import Source

    lines = ["Plan de financement :", "   CNSA          45 000 €", "   CIAS          15 000 €"]
    blocks = build_blocks(Source("t.txt", "0", lines), frozenset({"plan de financement"}))
    assert [b.kind for b in blocks] == ["field"]


def test_a_table_of_years_and_a_row_of_fields(tmp_path):
    """A sheet's fields as one row under their header ("| Pilote | … | Coût |"): the cost cell
    is the stated total; with no cost stated, a table whose columns are years adds its rows up
    (a "Total" row aside), even under a heading that names no budget."""
    sheet = (
        "### {n} — {title}\n\n| Pilote | Partenaires | Échéance | Coût |\n|---|---|---|---|\n"
        "| Service social | CAF | 2027 | {cost} |\n\n*Répartition annuelle*\n\n"
        "| Exercice | 2027 | 2028 | Total |\n|---|---|---|---|\n| Fonctionnement | 6 k€ | 14 k€ | 20 k€ |\n"
        "| Investissement | 5 k€ | — | 5 k€ |\n| **Total** | 11 k€ | 14 k€ | 25 k€ |\n\n"
    )
    text = "## Chantier 1 — Agir\n\n" + sheet.format(
        n="1.1", title="Un point conseil budget", cost="Voir ci-dessous"
    )
    text += sheet.format(n="1.2", title="Un guichet unique", cost="25 k€ (détail ci-dessous)")
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Un point conseil budget", "Service social", 25000),
        ("Un guichet unique", "Service social", 25000),  # the table details it: counted once
    ]


def test_money_written_as_parts_years_and_periods(tmp_path):
    """A cost listed as parts ("coordination : 38 000 € ; formation : 4 000 €") adds its parts;
    "2026-2027 : 21 000 € par an" runs over the years before it; a yearly cost printed year by
    year ("(coût annuel) : 2026 : 19 000 € – 2027 : 19 500 €") adds each year once; a sheet
    whose title is an "Intitulé :" field under its number is titled by it."""
    sheet = (
        "FICHE ACTION N° {n}\n\nIntitulé : {title}\nPorteur : Pôle autonomie\nPartenaires : CAF\n{money}\n\n"
    )
    text = "PRIORITÉ 1 – BIEN VIEILLIR\n\n" + "".join(
        sheet.format(n=n, title=title, money=money)
        for n, (title, money) in enumerate(
            [
                (
                    "Des visites à domicile",
                    "Coût prévisionnel : coordination : 38 000 € ; formation : 4 000 € ; frais : 2 500 €",
                ),
                (
                    "Un guichet unique",
                    "Financement :\n- 2026-2027 : 21 000 € par an\n- 2028-2029 : 24 500 € par an",
                ),
                ("Un relais itinérant", "Financement (coût annuel) : 2026 : 19 000 € – 2027 : 19 500 €"),
            ],
            1,
        )
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Des visites à domicile", 44500),
        ("Un guichet unique", 91000),
        ("Un relais itinérant", 38500),
    ]


def test_a_breakdown_that_adds_up_and_a_total_of_its_own_line(tmp_path):
    """A financing plan whose shares add up to the cost printed above it is its breakdown (the
    cost counts once); "9 k€ par an de 2027 à 2030, soit 36 k€" totals its own line, not the
    vehicle bought on the line above; "5 000 € (2027) 7 500 € (2028)" are years' parts."""
    sheet = "ACTION {n}\n{title}\n\nPilote\nPôle seniors\n\nPartenaires\nCARSAT\n\nFinancement\n{money}\n\n"
    text = "ORIENTATION 1\nBien vieillir\n\n" + "".join(
        sheet.format(n=n, title=title, money=money)
        for n, (title, money) in enumerate(
            [
                (
                    "Moderniser la résidence",
                    "1,35 M€ TTC\nPlan de financement : CARSAT 450 000 € ; Département 900 000 €",
                ),
                (
                    "Des permanences mobiles",
                    "Véhicule : 68 k€ (2026)\nFonctionnement : 9 k€ par an de 2027 à 2030, soit 36 k€",
                ),
                (
                    "Une aide alimentaire itinérante",
                    "Coût estimé : 5 000 € (2027) 7 500 € (2028) 7 500 € (2029)",
                ),
            ],
            1,
        )
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Moderniser la résidence", 1350000),
        ("Des permanences mobiles", 104000),
        ("Une aide alimentaire itinérante", 20000),
    ]


def test_an_amount_stated_with_its_parts_on_one_line_counts_once(tmp_path):
    text = (
        "ORIENTATION 1\nConnaître\n\nACTION 1\nUn observatoire social\n\nPorteur\nDirection générale\n\n"
        "Partenaires\nINSEE\n\nFinancement\n36 000 € sur la période : 12 000 € en 2031, 12 000 € en 2032 et 12 000 € en 2033.\n"
    )
    (action,) = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert action.budget_total_eur == 36000


def _plan(tmp_path, sheets: list[tuple[str, str]], recap: str = "") -> list:
    text = "## Axe 1 — Agir\n\n" + "".join(
        f"#### Fiche 1.{n} — {title}\n\n**Porteur**\nService social\n\n**Budget**\n{money}\n\n"
        for n, (title, money) in enumerate(sheets, 1)
    )
    path = tmp_path / "plan.md"
    path.write_text(text + recap, encoding="utf-8")
    return parse_file(path, kind="ccas-plan").records


def test_the_plan_s_own_grand_total_says_how_it_counts_an_annual_amount(tmp_path):
    """ "3 200 € par an" with no period counts nothing, unless the plan's printed grand total
    counts it once: then it is counted once, and the line says which total says so."""
    sheets = [("Un chantier d'insertion", "3 200 € par an."), ("Une épicerie", "Coût total : 44 000 €")]
    alone = _plan(tmp_path, sheets)
    assert [a.budget_total_eur for a in alone] == [None, 44000]
    recap = "## Récapitulatif\n\n| Fiche | Montant |\n|---|---|\n| 1.1 | 3 200 € / an |\n| 1.2 | 44 000 € |\n| **Total** | **47 200 €** |\n"
    counted = _plan(tmp_path, sheets, recap)
    assert [a.budget_total_eur for a in counted] == [3200, 44000]
    (line,) = [b for b in counted[0].budget_lines if b.counted]
    assert "as the plan's own total counts it (47\u202f200 € on line" in line.reason
    other = recap.replace("47 200", "50 000")  # a total the annual amounts do not explain
    assert [a.budget_total_eur for a in _plan(tmp_path, sheets, other)] == [None, 44000]


def test_a_bold_label_under_a_numbered_sheet_and_a_table_of_years_without_a_label_column(tmp_path):
    """ "**Élue référente**" over a name, among the bold labels of "#### Fiche 1.1", is a field
    of the sheet (not a sheet, not the end of it); "| 2032 | 2033 |" over "| 22 000 € | 25 000 € |"
    adds up all its columns."""
    text = (
        "## Axe 1 — Agir\n\n#### Fiche 1.1 — Un portage de repas\n\n**Porteur**\nService social\n\n"
        "**Élue référente**\nMme Odile Mangin, vice-présidente\n\n**Partenaires**\n- MSA Lorraine\n- CAF\n\n"
        "**Financement par année**\n\n| 2032 | 2033 | 2034 |\n|---|---|---|\n| 22 000 € | 25 000 € | 25 000 € |\n\n"
        "#### Fiche 1.2 — Un relais\n\n**Porteur**\nService social\n\n**Budget**\n96 k€ sur 2032-2034, dont 40 k€ "
        "de FSE+ et 30 k€ de la Région ; le CIAS apporte le solde, soit 26 k€.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(a.title, a.budget_total_eur) for a in records] == [
        ("Un portage de repas", 72000),
        ("Un relais", 96000),
    ]
    assert len(records[0].partners) == 2 and records[0].funders == []


def test_sections_in_capitals_under_numbered_sheets_and_a_recap_in_euros_with_years(tmp_path):
    """ "CONSTAT" in capitals under "FICHE N° 1" is a section, not a sheet; the recap's "TOTAL …
    2 107 500" (a table headed "en euros") counts an undated "18 000 € / an" over its five
    years, the only reading that reaches it."""
    sheet = (
        "FICHE N° {n}\n{title}\n\nCONSTAT\nUn texte qui décrit la situation.\n\nPILOTE\nService social\n\n"
        "PARTENAIRES\nCAF, MSA\n\n{money}\n\n"
    )
    text = (
        "ENJEU N° 1\nAgir\n\n"
        + sheet.format(n=1, title="Une épicerie itinérante", money="COÛT\n18 000 € / an")
        + sheet.format(n=2, title="Un bus des services", money="COÛT\n120 000 €")
    )
    text += "\nTABLEAU RÉCAPITULATIF (coût total sur 2037-2041, en euros)\n\n1   Épicerie        90 000\n2   Bus            120 000\n    TOTAL          210 000\n"
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Une épicerie itinérante", "Service social", 90000),
        ("Un bus des services", "Service social", 120000),
    ]
    (line,) = [b for b in records[0].budget_lines if b.counted]
    assert "counted over 5 years, as the plan's own total counts it" in line.reason


def test_a_printed_grand_total_the_sheets_miss_is_a_warning(tmp_path):
    """A plan whose recap prints 'TOTAL GÉNÉRAL 2 688 800 €' matching its sheets: no warning; the
    same plan with its printed total changed: a warning naming both sums and the line."""
    from ccas_cli.ingest import parse_file

    from .conftest import ROOT

    original = ROOT / "tests/corpus/ccas-plan/unseen34-plan-b-cias-pays-de-brienne-2026.txt"
    assert not [w for w in parse_file(original).document.warnings if w.code == "plan-total-mismatch"]
    text = original.read_text(encoding="utf-8")
    assert text.count("2 688 800 €") == 1
    changed = tmp_path / "plan.txt"
    changed.write_text(text.replace("2 688 800 €", "2 700 000 €"), encoding="utf-8")
    (warning,) = [w for w in parse_file(changed).document.warnings if w.code == "plan-total-mismatch"]
    assert "2\u202f700\u202f000 €" in warning.message and "2\u202f688\u202f800 €" in warning.message


def test_a_sheet_split_in_halves_a_table_aligned_by_spaces_and_a_lead_printed_once_for_the_part(tmp_path):
    """ "(1/2)" and "(2/2)" after one title are one action; a budget table a PDF's text keeps as
    columns of spaces ("2026   2027   Total") is read by its columns, its grand total once; a
    "Direction pilote" printed under the part leads the part's sheets that name none."""
    text = (
        "AXE 1 – Se loger\n\nDirection pilote : Direction de l'habitat\n\n"
        "ACTION 1.1 – Un bail glissant (1/2)\n\nConstat\nDes ménages sans logement.\n\n"
        "ACTION 1.1 – Un bail glissant (2/2)\n\nPartenaires : CAF, ADIL\n\nBudget prévisionnel\n\n"
        "                   2026        2027        Total\n"
        "Investissement   30 000 €         –       30 000 €\n"
        "Fonctionnement      –         12 000 €    12 000 €\n"
        "Total            30 000 €     12 000 €    42 000 €\n\n"
        "ACTION 1.2 – Une colocation solidaire\n\nResponsable : Pôle jeunesse\n\nCoût : 8 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Un bail glissant", "Direction de l'habitat", 42000),
        ("Une colocation solidaire", "Pôle jeunesse", 8000),
    ]


def test_a_funding_table_aligned_by_spaces_with_a_wrapped_row_label_and_its_total_row(tmp_path):
    """ "Plan de financement (en euros)" over a table kept as columns of spaces, a funder's name
    wrapped over two lines, a "Total" row adding up the funders: the action costs the total
    row's total, once, and each counted amount keeps its own line."""
    text = (
        "AXE 1 – Vieillir chez soi\n\nFICHE ACTION N°1\nPorter des repas à domicile\n\n"
        "Pilote\nPôle seniors\n\nPlan de financement (en euros)\n\n"
        "                          2026        2027        Total\n"
        "CCAS                     20 000      20 000       40 000\n"
        "Collectivité européenne\n"
        "d'Alsace                 10 000      10 000       20 000\n"
        "Total                    30 000      30 000       60 000\n\n"
        "FICHE ACTION N°2\nRelayer les aidants\n\nPilote : Pôle seniors\n\nBudget : 80 k€\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.budget_total_eur) for a in records] == [
        ("Porter des repas à domicile", 60000),
        ("Relayer les aidants", 80000),
    ]
    counted = [(b.amount_eur, b.source.lines[0]) for b in records[0].budget_lines if b.counted]
    assert counted == [(40000, 12), (20000, 14)]  # the CCAS row, the "d'Alsace" line


_TABLE_PLAN = (
    "## Axe 1 — Se loger\n\n"
    "#### Fiche action 1.1 — Un parc de logements passerelles\n\n**Pilote** : Service habitat\n\n"
    "**Financement** : voir le tableau de l'axe\n\n"
    "#### Fiche action 1.2 — Des visites de prévention des impayés\n\n**Pilote** : Service habitat\n\n"
    "**Coût** : 12 000 €\n\n"
    "#### Fiche action 1.3 — Une aide à l'installation\n\n**Pilote** : Service habitat\n\n"
    "**Financement** : précisé dans le tableau ci-dessous\n\n"
    "### Budget de l'axe (en euros)\n\n"
    "| N° | Action | 2031 | 2032 | 2033 | Total |\n|---|---|---|---|---|---|\n"
    "| 1.1 | Logements passerelles | 30 000 | 20 000 | 20 000 | 70 000 |\n"
    "| 1.2 | Prévention des impayés | 4 000 | 4 000 | 4 000 | 12 000 |\n"
    "| 1.3 | Aide à l'installation | — | — | — | — |\n"
    "| **Total** | | 34 000 | 24 000 | 24 000 | 82 000 |\n\n"
    "## Synthèse\n\n| Axe | Nombre de fiches | Montant |\n|---|---|---|\n"
    "| Axe 1 — Se loger | 3 | 82 000 € |\n| **Total** | 3 | 82 000 € |\n"
)


def test_a_sheet_s_money_printed_only_in_the_plan_s_table(tmp_path):
    """ "voir le tableau": the sheet's row in the part's table (by its number, Total column, the
    unit from the caption) gives it its money, explained by the row's line; a row of dashes gives
    none; the synthesis row of the part (its count column is no sheet number) gives nothing."""
    path = tmp_path / "plan.md"
    path.write_text(_TABLE_PLAN, encoding="utf-8")
    result = parse_file(path, kind="ccas-plan")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Un parc de logements passerelles", 70000),
        ("Des visites de prévention des impayés", 12000),
        ("Une aide à l'installation", None),
    ]
    (line,) = result.records[0].budget_lines
    row = (
        _TABLE_PLAN.splitlines().index("| 1.1 | Logements passerelles | 30 000 | 20 000 | 20 000 | 70 000 |")
        + 1
    )
    assert line.counted and line.source.lines == (row, row) and "budget table" in line.reason
    assert not [w for w in result.document.warnings if w.code == "sheet-table-mismatch"]


def test_a_table_row_that_disagrees_with_its_sheet_is_a_warning_never_added(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        _TABLE_PLAN.replace("| 4 000 | 4 000 | 4 000 | 12 000 |", "| 5 000 | 5 000 | 5 000 | 15 000 |")
    )
    result = parse_file(path, kind="ccas-plan")
    assert result.records[1].budget_total_eur == 12000  # the sheet's own money
    (warning,) = [w for w in result.document.warnings if w.code == "sheet-table-mismatch"]
    assert "12\u202f000 €" in warning.message and "15\u202f000 €" in warning.message


def test_table_rows_named_by_title_and_the_column_of_the_revised_amount(tmp_path):
    """A recap whose rows name their sheets by a short title (the first column numbers the
    parts), with a planned and a revised column: the revised (last) one; a year-only table with
    no Total column adds its years."""
    text = (
        "ENJEU 1\nVieillir chez soi\n\nFICHE 1\nUn portage de repas en liaison froide\n\nPilote : Pôle seniors\n"
        "Partenaires : MSA\nBudget : se reporter au récapitulatif\n\n"
        "FICHE 2\nDes ateliers mémoire dans les villages\n\nPilote : Pôle seniors\nPartenaires : CARSAT\n"
        "Budget : se reporter au récapitulatif\n\n"
        "RÉCAPITULATIF\n\n| Enjeu | Action | Prévu en 2030 | Actualisé |\n|---|---|---|---|\n"
        "| 1 | Portage de repas | 40 000 € | 52 000 € |\n| 1 | Ateliers mémoire | 9 000 € | 9 000 € |\n"
        "| Total | | 49 000 € | 61 000 € |\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert [a.budget_total_eur for a in parse_file(path, kind="ccas-plan").records] == [52000, 9000]
    years = text.replace("| Enjeu | Action | Prévu en 2030 | Actualisé |", "| Enjeu | Action | 2030 | 2031 |")
    path.write_text(years, encoding="utf-8")
    assert [a.budget_total_eur for a in parse_file(path, kind="ccas-plan").records] == [92000, 18000]


def test_outline_numbered_headings_and_a_line_of_several_money_fields(tmp_path):
    """A word processor's outline ("### 2.1 Orientation 1 : …" over "#### 2.1.1 Title"): the
    orientation is the part, the sheet's title loses its number, a bold label inside a sheet
    is no sheet; a line split into several fields ("A : 30 000 € · B : 10 000 € · total
    45 000 €") counts its money once."""
    text = (
        "## 2. Les orientations\n\n### 2.1 Orientation 1 : Agir tôt\n\n"
        "#### 2.1.1 Un bus de dépistage\n\n**Pilote**\n\nService santé\n\n**Ce que l'on veut faire**\n\n"
        "Aller dans les villages chaque mois.\n\n**Échéance**\n\n2031\n\n"
        "**Financement :** ARS : 30 000 € · Département : 10 000 € · CCAS : 5 000 € — **total 45 000 €**\n\n"
        "#### 2.1.2 Une permanence d'accès aux droits\n\n**Pilote**\n\nService accueil\n\n**Partenaires**\n\nCAF\n\n"
        "**Coût**\n\n8 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(a.title, a.block, a.budget_total_eur) for a in records] == [
        ("Un bus de dépistage", "Agir tôt", 45000),
        ("Une permanence d'accès aux droits", "Agir tôt", 8000),
    ]


def test_a_box_of_labels_with_year_tables_before_and_after_tax_and_a_row_of_shares(tmp_path):
    """A sheet laid out as a box of labels and values aligned by spaces: a year table inside it
    whose amounts sit under their years (its label column empty), "1 000 000 € HT, soit 1,2 M€
    TTC" (the cost with tax counts, the same cost before tax is shown), and a "dont CAF" row
    under the cost's row (a share, never added)."""
    text = (
        "ORIENTATION 1 – Agir\n\nFICHE ACTION 1.1\nUne permanence itinérante\n\n"
        "Pilote                  Pôle accueil\n\n"
        "Coût prévisionnel       2031        2032        2033        Total\n"
        "                        8 000 €     5 500 €     5 500 €     19 000 €\n\n"
        "FICHE ACTION 1.2\nUne résidence rénovée\n\nPilote                  Direction du CCAS\n\n"
        "Coût de l'opération     1 000 000 € HT, soit 1,2 M€ TTC\n\n"
        "FICHE ACTION 1.3\nUn lieu d'accueil\n\nPilote                  Pôle familles\n\n"
        "Financement             Année         2031        2032        Total\n"
        "                        Coût total    18 000 €    12 000 €    30 000 €\n"
        "                        dont CAF       9 000 €     6 000 €    15 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.budget_total_eur) for a in records] == [
        ("Une permanence itinérante", 19000),
        ("Une résidence rénovée", 1200000),
        ("Un lieu d'accueil", 30000),
    ]
    (before_tax,) = [b for b in records[1].budget_lines if b.amount_eur == 1_000_000]
    assert not before_tax.counted and "before tax" in before_tax.reason


def test_parts_over_lists_of_actions_whose_fields_are_sub_items(tmp_path):
    """ "## Orientation 1 — …" over a sentence ending "Trois actions :" and a list whose items
    carry their fields as sub-items: the orientation is the part (no record), the sentence no
    sheet."""
    text = (
        "# Feuille de route\n\n## Orientation 1 — Les familles\n\n"
        "Beaucoup de familles sont seules. Le CCAS ne peut agir seul. Deux actions :\n\n"
        "- **Un lieu d'accueil enfants-parents**\n  - Pilote : Pôle familles\n  - Budget : 14 000 €\n"
        "- **Des vacances pour tous**\n  - Référente : Pôle familles\n  - Partenaires : CAF\n"
        "  - Financement :\n    - CCAS : 3 000 €\n    - CAF : 5 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(a.title, a.block, a.budget_total_eur) for a in records] == [
        ("Un lieu d'accueil enfants-parents", "Les familles", 14000),
        ("Des vacances pour tous", "Les familles", 8000),
    ]


def test_a_plan_written_in_prose_its_actions_numbered_through_the_document(tmp_path):
    """A small CCAS's plan without a template: actions numbered 1, 2, 3 through its parts, as
    lines of their own or paragraphs opening in bold; fields partly labelled, partly told
    ("pilotée par le Pôle familles", "en lien avec la CAF du Gers et la MSA"); money told in a
    sentence of cost, a price beside it never counted."""
    text = (
        "PLAN D'ACTIONS 2031-2034\n\nPARTIE 1 – LES FAMILLES\n\nCette partie regroupe deux actions.\n\n"
        "1. Un accueil de loisirs le mercredi\n\nLes familles monoparentales manquent de solutions. Cette action, "
        "pilotée par le Pôle familles, coûtera 8 000 € par an pendant trois ans. Le repas reste facturé "
        "3,50 € par enfant.\n\n"
        "2. Des vacances pour tous\n\nPilote : Pôle familles\nPartenaires : CAF du Gers\nBudget : 5 000 €\n\n"
        "PARTIE 2 – LES AÎNÉS\n\n"
        "**3. Un minibus pour le marché** — Un véhicule passera chaque samedi dans les hameaux. Référent : "
        "Pôle seniors. Il roulera en lien avec la Communauté de communes du Savès et la MSA Midi-Pyrénées Nord, "
        "qui prêtent leurs chauffeurs. Coût : 12 k€ pour l'aménagement du véhicule.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Un accueil de loisirs le mercredi", "Pôle familles", 24000),
        ("Des vacances pour tous", "Pôle familles", 5000),
        ("Un minibus pour le marché", "Pôle seniors", 12000),
    ]
    named = {*records[2].partners, *records[2].partners_unresolved}
    assert "Communauté de communes du Savès" in named and any(p.startswith("MSA") for p in named)
    assert not records[0].partners and records[1].partners


def test_a_plan_that_is_one_table_of_actions(tmp_path):
    """A spreadsheet's export, no sheet per action: each row an action, its part from the part
    column, its money from the cost column (the header's unit; the "dont" column is a share),
    the TOTAL row no action."""
    text = (
        "# Plan d'actions\n\n| N° | Axe | Intitulé de l'action | Pilote | Partenaires | Coût total (€) | dont part CCAS (€) |\n"
        "|---:|---|---|---|---|---:|---:|\n"
        "| 1 | Vieillir chez soi | Un portage de repas | Pôle seniors | MSA, CAF | 68 000 | 28 000 |\n"
        "| 2 | Vieillir chez soi | Des ateliers mémoire | Pôle seniors | CARSAT | 22 500 (4 500/an) | 7 500 |\n"
        "| 3 | Se loger | Un fonds d'urgence | Pôle logement | — | moyens constants | — |\n"
        "|  |  | **TOTAL** |  |  | **90 500** | **35 500** |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Un portage de repas", "Vieillir chez soi", "Pôle seniors", 68000),
        ("Des ateliers mémoire", "Vieillir chez soi", "Pôle seniors", 22500),
        ("Un fonds d'urgence", "Se loger", "Pôle logement", None),
    ]


def test_money_told_over_a_table_a_list_of_years_after_cout_and_slide_bullets(tmp_path):
    """ "Coût de l'action pour 2031-2033, réparti entre les communes :" over a table with its
    Total row (the sheet's money, not a recap); "Coût : 4 000 € en 2031, 5 000 € en 2032" adds
    up; bullets of a slide: "Avec :" names partners, "Piloté par …" the lead, "Fonds de garantie
    abondé par le CCAS : 80 k€" the money of a sheet with no money label."""
    text = (
        "AXE 1\nAgir\n\nFiche action n°1 : Un portage de repas\n\nPilote : Pôle seniors\n\n"
        "Coût de l'action pour 2031-2033, réparti entre les communes :\n\n"
        "| Commune | Bénéficiaires | Participation |\n| Castelbrun | 52 | 14 000 € |\n| Lartigue | 16 | 4 500 € |\n"
        "| Total | 68 | 18 500 € |\n\n"
        "Fiche action n°2 : Des vacances\n\nPilote : Pôle familles\n\nCoût : 4 000 € en 2031, 5 000 € en 2032.\n\n"
        "Fiche action n°3 : Un microcrédit\n\n• Piloté par la Direction de l'action sociale\n"
        "• Avec : Caisse d'Épargne, Secours catholique\n• Fonds de garantie abondé par le CCAS : 80 k€\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Un portage de repas", "Pôle seniors", 18500),
        ("Des vacances", "Pôle familles", 9000),
        ("Un microcrédit", "Direction de l'action sociale", 80000),
    ]
    assert len(records[2].partners) + len(records[2].partners_unresolved) >= 2


def test_a_money_table_among_a_sheet_s_fields_by_its_header(tmp_path):
    """ "| Poste de dépense | Montant |" right after the objectives: the sheet's money (its
    "Coût total" row the stated total); a part's recap naming its sheets stays a cross-check."""
    text = (
        "## Orientation I · Se déplacer\n\n### Action I.1 — Un transport solidaire\n\n"
        "**Service référent :** Service mobilité\n\n**Objectifs :** aller chez le médecin sans voiture.\n\n"
        "| Poste de dépense | Montant |\n|---|---|\n| Acquisition d'un véhicule | 22 000 € |\n"
        "| Indemnisation des chauffeurs | 4 000 € par an |\n| Coût total estimé (2031-2035) | 42 000 € |\n\n"
        "**Partenaires :** Familles rurales\n\n### Action I.2 — Un garage solidaire\n\n"
        "**Service référent :** Service mobilité\n\n**Budget :** 15 000 €\n"
    )
    assert [a.budget_total_eur for a in parse_text(tmp_path, text, "ccas-plan", "plan.md").records] == [
        42000,
        15000,
    ]


def test_a_table_of_actions_whose_rows_a_pdf_set_apart(tmp_path):
    """A table plan read from a PDF: the header row with the first rows, then rows alone or in
    pairs between blank lines (tall rows, a page break): each row is an action under the header."""
    header = "N°\tAxe\tIntitulé de l'action\tPilote\tPartenaires\tCoût total (€)\tCalendrier"
    rows = [
        "1\tVieillir\tUn portage de repas\tPôle seniors\tMSA\t68 000\t2031",
        "2\tVieillir\tDes ateliers mémoire\tPôle seniors\tCARSAT\t22 500\t2032",
        "3\tSe loger\tUn fonds d'urgence\tPôle logement\tCAF\t40 000\t2031",
        "4\tSe loger\tUne colocation solidaire\tPôle logement\tCROUS\t12 000\t2033",
    ]
    text = f"PLAN D'ACTIONS\n\nTableau de bord\n\n{header}\n{rows[0]}\n\n{rows[1]}\n\n{rows[2]}\n{rows[3]}\n"
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.block, a.budget_total_eur) for a in records] == [
        ("Un portage de repas", "Vieillir", 68000),
        ("Des ateliers mémoire", "Vieillir", 22500),
        ("Un fonds d'urgence", "Se loger", 40000),
        ("Une colocation solidaire", "Se loger", 12000),
    ]


def test_a_recap_row_naming_its_sheet_by_number_and_title_in_one_cell(tmp_path):
    """ "| n°2 — Départ en vacances | 6 000 € | 36 000 € |" in a part's recap: sheet n°2's
    money (it says "voir le récapitulatif"), its Total column."""
    text = (
        "## Priorité 1 — Les familles\n\n### Fiche n°1 — Un lieu d'accueil\n\n**Porteur :** Pôle familles\n\n"
        "**Budget :** 10 000 €\n\n### Fiche n°2 — Départ en vacances des familles\n\n**Porteur :** Pôle familles\n\n"
        "**Financement :** voir le récapitulatif\n\n**Récapitulatif financier de la priorité 1**\n\n"
        "| Fiche | Coût annuel | Total 2031-2036 |\n|---|---|---|\n| n°1 — Un lieu d'accueil | 2 000 € | 10 000 € |\n"
        "| n°2 — Départ en vacances des familles | 6 000 € | 36 000 € |\n| **Total priorité 1** | **8 000 €** | **46 000 €** |\n"
    )
    assert [a.budget_total_eur for a in parse_text(tmp_path, text, "ccas-plan", "plan.md").records] == [
        10000,
        36000,
    ]


def test_parts_with_an_issues_heading_and_numbered_sheets_are_read_by_their_sheets(tmp_path):
    """ "Les enjeux" in each part does not make the bundled plan's layout: when the parts are not
    named after services and their lists are not restated sheet by sheet, the sheets are read
    by their numbered headings (every action, its part's title and its lead)."""
    sheet = (
        "FICHE ACTION N° {n}\n\n{title}\n\nObjectifs\n\n- Un objectif\n\n"
        "Pilote\n{lead}\n\nBudget : {money}\n\n"
    )
    text = (
        "PLAN D'ACTIONS DU CCAS\n\nORIENTATION 1\n\nMIEUX ACCUEILLIR\n\nLes enjeux\n\n"
        "Le premier accueil est dispersé.\n\nLe CCAS s'engage sur 2 actions :\n\n"
        "1.1 Un guichet unique\n1.2 Des permanences de quartier\n\n"
        + sheet.format(n="1.1", title="Un guichet unique", lead="Pôle accueil", money="30 000 €")
        + sheet.format(n="1.2", title="Des permanences de quartier", lead="Pôle accueil", money="8 000 €")
        + "ORIENTATION 2\n\nBIEN VIEILLIR\n\nLes enjeux\n\nLa population vieillit.\n\n"
        "Deux actions sont proposées :\n\n- Un portage de repas\n- Des visites de convivialité\n\n"
        + sheet.format(
            n="2.1", title="Un portage de repas", lead="Pôle seniors", money="12 000 € par an, soit 36 000 €"
        )
        + sheet.format(n="2.2", title="Des visites de convivialité", lead="Pôle seniors", money="5 000 €")
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.block, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Un guichet unique", "MIEUX ACCUEILLIR", "Pôle accueil", 30000),
        ("Des permanences de quartier", "MIEUX ACCUEILLIR", "Pôle accueil", 8000),
        ("Un portage de repas", "BIEN VIEILLIR", "Pôle seniors", 36000),
        ("Des visites de convivialité", "BIEN VIEILLIR", "Pôle seniors", 5000),
    ]


def test_sheets_opening_each_page_a_sommaire_of_sheets_and_a_financement_that_lists_costs(tmp_path):
    """Each sheet on its own page under the running header, "FICHE ACTION N° k" over its
    title: a heading, not a running header with a page number; the Sommaire's "Fiche action
    n° k – Title ..... 3" lines are no sheets; a "Financement" list naming what the money buys
    (investissement, fonctionnement 2027-2029) is the cost, counted, not funders' shares."""
    header = "CCAS de Val-Brenne                                    Plan d'actions 2026-2029\n\n"
    pages = [
        "SOMMAIRE\n\nOrientation 1 – Se loger .................... 2\n"
        "    Fiche action n° 1 – Un fonds d'accès au logement ........ 3\n"
        "    Fiche action n° 2 – Des logements relais ................ 4\n"
        "    Fiche action n° 3 – Une permanence habitat ............... 5\n",
        "ORIENTATION 1\nSe loger\n\nLe logement est la première dépense des ménages.\n",
        "FICHE ACTION N° 1\nUn fonds d'accès au logement\n\nPilote : Pôle logement\n\n"
        "Partenaires : CAF, Action Logement\n\nBudget : 20 000 € par an, soit 60 000 €\n",
        "FICHE ACTION N° 2\nDes logements relais\n\nPilote : Pôle logement\n\nFinancement\n"
        "- investissement (2026) : 90 000 €\n- fonctionnement 2027-2029 : 30 000 €\n",
        "FICHE ACTION N° 3\nUne permanence habitat\n\nPilote : Pôle habitat\n\n"
        "Financement\n- Coût total : 12 000 €\n- CAF : 8 000 €\n- CCAS : 4 000 €\n",
    ]
    text = "".join(f"{header}{page}\n{n}\n\f" for n, page in enumerate(pages, 1))
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Un fonds d'accès au logement", "Pôle logement", 60000),
        ("Des logements relais", "Pôle logement", 120000),
        ("Une permanence habitat", "Pôle habitat", 12000),
    ]


def test_parts_lettered_after_their_word_and_a_middle_dot(tmp_path):
    """ "## ENJEU A · Bien vieillir" over "### Action A1 — …": a part lettered A, B… (the dot
    between the letter and the title is the typesetter's), its title the sheets' block."""
    text = (
        "# Schéma d'action sociale\n\n## ENJEU A · Bien vieillir\n\n### Action A1 — Un portage de repas\n\n"
        "**Pilote :** Pôle seniors\n\n**Coût :** 12 000 €\n\n## ENJEU B · Se loger\n\n"
        "### Action B1 — Un logement relais\n\n**Pilote :** Pôle logement\n\n**Coût :** 30 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Un portage de repas", "Bien vieillir", 12000),
        ("Un logement relais", "Se loger", 30000),
    ]


def test_parts_numbered_without_a_word_in_markdown(tmp_path):
    """ "## 1. Habiter dignement" over "### Action 1.1 — …": a part numbered alone, its title
    without the number as the sheets' block."""
    text = (
        "# Schéma 2031\n\n## Schéma intercommunal\n\n### Préambule\n\nUn texte.\n\n"
        "## 1. Habiter dignement\n\n### Action 1.1 — Un logement relais\n\n- Porteur : Pôle logement\n"
        "- Coût : 30 000 €\n\n## 2. Vieillir chez soi\n\n### Action 2.1 — Un portage de repas\n\n"
        "- Porteur : Pôle seniors\n- Coût : 12 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Un logement relais", "Habiter dignement", 30000),
        ("Un portage de repas", "Vieillir chez soi", 12000),
    ]


def test_a_label_over_its_value_ends_at_the_next_labelled_line(tmp_path):
    """ "Pilote :" / "Service Logement" / "Partenariats : A, B" / "Coût prévisionnel :" / its
    lines / "Échéancier : …": each labelled line opens its own field, never continues the value
    of the label set alone above it."""
    text = (
        "PROJET SOCIAL 2031\n\nAXE 1 – SE LOGER\n\nFICHE ACTION N°1\nUN LOGEMENT PASSERELLE\n\n"
        "Objectif : loger des jeunes qui commencent un emploi.\n\nPilote :\nService Logement\n"
        "Partenariats : Mission locale, Action Logement\nCoût prévisionnel :\n"
        "investissement : 40 000 €\nfonctionnement : 20 000 €\ntotal : 60 000 €\n"
        "Échéancier : trois logements en 2032.\n"
    )
    (action,) = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert (action.responsable, action.partners, action.budget_total_eur) == (
        "Service Logement",
        ["Mission locale", "Action Logement"],
        60000,
    )


def test_a_part_s_money_table_under_its_own_heading_after_the_last_sheet(tmp_path):
    """ "**Moyens de la priorité 1**" over a table of the part's sheets and their total, after
    the part's last sheet: the part's money, a cross-check, not more money of that sheet."""
    text = (
        "# Schéma 2031\n\n## Priorité 1 — Accès aux droits\n\n### 1.1 Un guichet unique\n\n"
        "- Responsable : Pôle accès aux droits\n- Coût : 21 000 €\n\n"
        "### 1.2 Une domiciliation harmonisée\n\n- Responsable : Pôle accès aux droits\n"
        "- Coût : 6 500 euros\n\n**Moyens de la priorité 1**\n\n| Action | Montant |\n|---|---|\n"
        "| 1.1 | 21 000 € |\n| 1.2 | 6 500 € |\n| **Total priorité 1** | **27 500 €** |\n\n"
        "## Priorité 2 — Vieillir chez soi\n\n### 2.1 Un portage de repas\n\n"
        "- Responsable : Pôle seniors\n- Coût : 12 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Un guichet unique", 21000),
        ("Une domiciliation harmonisée", 6500),
        ("Un portage de repas", 12000),
    ]


def test_sheets_coded_with_a_full_stop_in_plain_text(tmp_path):
    """ "A1. Title" lines under "Priorité A — …" (a text extraction, no markdown, no type
    sizes): each a sheet of its part, as "A1 — Title" is."""
    text = (
        "SCHÉMA D'ACTION SOCIALE 2031-2035\n\nPriorité A — Rompre l'isolement\n\n"
        "A1. Un transport à la demande\n\nPorteur : Pôle autonomie\nCoût : 9 000 €\n\n"
        "A2. Des visites de convivialité\n\nPorteur : Pôle autonomie\nCoût : 4 000 €\n\n"
        "Priorité B — Se loger\n\nB1. Un logement relais\n\nPorteur : Pôle logement\nCoût : 30 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Un transport à la demande", "Rompre l'isolement", 9000),
        ("Des visites de convivialité", "Rompre l'isolement", 4000),
        ("Un logement relais", "Se loger", 30000),
    ]


def test_money_tables_and_scheduled_amounts_with_no_money_label(tmp_path):
    """On sheets with no money field: a table under "| Financeur | 2031 | 2032 | Total |" of bare
    numbers (euros, by its header), "| Poste | Montant |" whose amounts' digits are no sheet
    numbers, a header cell's unit "(k€)", and a line opening on amounts given years."""
    text = (
        "PLAN D'ACTIONS 2031-2033\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN RELAIS\n\nPilote : Pôle social\n\n"
        "| Financeur | 2031 | 2032 | Total |\n|---|---|---|---|\n| CAF | 5 000 | 6 000 | 11 000 |\n"
        "| CCAS | 1 000 | 1 000 | 2 000 |\n| Total | 6 000 | 7 000 | 13 000 |\n\n"
        "FICHE ACTION N°2\nUN ATELIER\n\nPilote : Pôle social\n\n"
        "| Poste | Montant |\n|---|---|\n| Animation | 3 100 € |\n| Transport | 2 400 € |\n\n"
        "FICHE ACTION N°3\nUN CHANTIER\n\nPilote : Pôle social\n\n"
        "| Dépenses | Montant (k€) |\n|---|---|\n| Travaux | 40 |\n| Études | 5 |\n\n"
        "FICHE ACTION N°4\nUN BUS\n\nPilote : Pôle social\n\n"
        "3 000 € en 2031, 3 500 € en 2032 et 4 000 € en 2033\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [13_000, 5_500, 45_000, 10_500]


def test_a_qualified_money_label_over_years_and_a_procurement_contract(tmp_path):
    """ "Budget prévisionnel de fonctionnement" over "2032 : 5 000 €" lines (a label qualified by
    what the money is for, its years below), and "Marché de prestation : 40 k€ HT"."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUNE ÉPICERIE\n\nPilote : Pôle social\n\nBudget prévisionnel de fonctionnement\n"
        "2032 : 5 000 €\n2033 : 6 000 €\n\nFICHE ACTION N°2\nUN DIAGNOSTIC\n\nPilote : Pôle social\n\n"
        "Marché de prestation : 40 k€ HT sur 2 ans\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [11_000, 40_000]


def test_money_lines_wrapped_a_share_after_dont_and_costs_named_by_what_they_buy(tmp_path):
    """ "Coût global" over "1,1 M€ sur la période (…), dont" / "0,3 M€ versés par …. Prix moyen
    du repas" / "à la charge de l'usager : 6,50 €": the share after a "dont" that ends the line
    above is a part, the price begun on the line above is per unit; "Fournitures : … /
    Intervenant : …" with no money label are costs; "Au total, … seront mobilisés" is money."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN PORTAGE\n\nPilote : Pôle seniors\n\nCoût global\n"
        "1,1 M€ sur la période 2031-2035 (personnel, véhicules), dont\n"
        "0,3 M€ versés par les usagers. Prix moyen du repas\nà la charge de l'usager : 6,50 €.\n\n"
        "FICHE ACTION N°2\nUN ATELIER\n\nPilote : Pôle social\n\nFournitures : 849,50 € / Intervenant : 1 150,50 €\n\n"
        "FICHE ACTION N°3\nUN RELAIS\n\nPilote : Pôle social\n\n"
        "Au total, 12 000 € seront mobilisés entre 2031 et 2033 (4 000 € par an).\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [1_100_000, 2_000, 12_000]


def test_costs_of_named_parts_add_up_and_the_organisation_s_budget_is_not_the_action_s(tmp_path):
    """ "Coût de l'animation : 2 000 €" / "Coût des déplacements : 700 €" (each a part, none the
    whole) add up; "Budget du CIAS consacré à la prévention : 180 000 €" is the organisation's
    budget the sheet compares with (ccas-plan.yaml `context`), not the action's money."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nDES ATELIERS\n\nPilote : Pôle social\n\nCoût de l'animation : 2 000 €\n"
        "Coût des déplacements : 700 €\nBudget du CIAS consacré à la prévention : 180 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [2_700]


def test_a_balancing_grant_and_a_service_named_by_what_it_buys(tmp_path):
    """ "Subvention d'équilibre du CCAS : 12 000 €" beside a price per meal is the action's money;
    "Fournitures : … / Prestation d'animation : …" are its costs."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN RESTAURANT\n\nPilote : Pôle seniors\n\nPrix du repas facturé : 4,50 €\n"
        "Subvention d'équilibre du CCAS en 2031 : 12 000 €\n\n"
        "FICHE ACTION N°2\nUN ATELIER\n\nPilote : Pôle social\n\nFournitures : 600 € / Prestation d'animation : 1 400 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [12_000, 2_000]


def test_rows_of_a_funders_table_by_year_are_no_breakdown_of_each_other(tmp_path):
    """ "| Ville | 4 000 € | 6 000 € |" adds up to one cell of the row above ("| CAF | 10 000 € |
    10 000 € |"): siblings of one table, every row counted, not a breakdown of that cell."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN RELAIS\n\nPilote : Pôle social\n\n"
        "| Financeur | 2031 | 2032 |\n|---|---|---|\n| CAF | 10 000 € | 10 000 € |\n| Ville | 4 000 € | 6 000 € |\n"
        "| Total | 14 000 € | 16 000 € |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [30_000]


def test_a_tab_grid_of_fields_whose_values_wrap_and_a_recap_ruled_without_borders(tmp_path):
    """ "Constat<TAB>…" (a label the plan does not know, first) / "<TAB>…" (its value wrapped) /
    "Pilote<TAB>…": one field per labelled row, continuations joined — the grid's own share of
    known labels counted on its labelled rows. The closing "RÉCAPITULATIF (en k€, …)" in
    capitals is a heading, and its table ruled by "-----+-----" lines is one table, not the
    last sheet's text nor a heading "TOTAL | …"."""
    sheet = (
        "Fiche n°{n}\nUn relais numéro {n}\n\nConstat\tLes habitants des hameaux renoncent à\n"
        "\tleurs droits faute de transport.\nObjectifs\t- Rapprocher l'accueil\n\t- Réduire le non-recours\n"
        "Description\tUne permanence chaque semaine dans\n\tles mairies annexes.\n"
        "Pilote\tService Accès aux droits\nPartenaires\tCAF de la Creuse, MSA du Limousin, Conseil\n"
        "\tdépartemental de la Creuse\nBudget\tInvestissement : 20 k€\n"
        "\tFonctionnement : 10 k€ par an pendant 3 ans\nIndicateurs\tNombre de personnes reçues ;\n\tdélais\n\n"
    )
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nENJEU 1 – ACCÉDER AUX DROITS\n\n"
        + sheet.format(n=1)
        + sheet.format(n=2)
        + "RÉCAPITULATIF FINANCIER (en k€, sur la durée du plan)\n\n"
        "  Fiche | Investissement | Fonctionnement | Total\n  ------+----------------+----------------+------\n"
        "  n°1   | 20 | 30 | 50\n  n°2   | 20 | 30 | 50\n  ------+----------------+----------------+------\n"
        "  TOTAL | 40 | 60 | 100\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.direction, a.budget_total_eur) for a in result.records] == [
        ("Service Accès aux droits", 50_000)
    ] * 2
    (action, last) = result.records
    assert action.partners[-1] == "Conseil départemental de la Creuse"
    assert "TOTAL" not in " ".join(last.sections)
    assert "Constat" in action.sections and "hameaux renoncent" in action.sections["Constat"]


def test_a_part_s_title_wrapped_under_its_number_and_a_co_pilotage(tmp_path):
    """ "ORIENTATION 2" over its title set on two lines, no full stop: the part's whole title;
    "Co-pilotage : A et B" names the action's lead."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nORIENTATION 1\nAccéder aux droits\n\nFICHE ACTION 1.1\n"
        "Un accueil unique\n\nPilote : Pôle accueil\nCoût : 1 000 €\n\nORIENTATION 2\n"
        "Agir pour le logement, l'énergie et la mobilité\ndes ménages aux revenus modestes\n\n"
        "Le parc ancien est énergivore et les demandes d'aide augmentent chaque hiver.\n\n"
        "FICHE ACTION 2.1\nUn fonds énergie\n\nCo-pilotage : Pôle logement et Direction de la jeunesse\n"
        "Coût : 2 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.block, a.budget_total_eur) for a in result.records] == [
        ("Accéder aux droits", 1_000),
        ("Agir pour le logement, l'énergie et la mobilité des ménages aux revenus modestes", 2_000),
    ]
    assert result.records[1].direction == "Pôle logement et Direction de la jeunesse"


def test_a_share_after_dont_on_a_wrapped_line_a_price_range_and_a_first_year_before_tax(tmp_path):
    """ "(2031-2034), dont 40 000 € de subvention" wrapping a value: a share of the amount above;
    "de 3,50 € à 8,90 € par" / "repas": both ends of a price; "15 000 € HT la première année,
    puis 4 000 € HT par an pendant quatre ans": 31 000 €; "coût total : 76 000 €. Un demi-poste
    …": the total, not "l'un" of a unit price."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUNE ÉPICERIE\n\nPilote : Pôle social\n\n"
        "Budget\tInvestissement : 145 000 € (local)\n\tFonctionnement : 62 000 € par an pendant 4 ans\n"
        "\t(2031-2034), dont 40 000 € de subvention CAF sur\n\tl'investissement\n"
        "Public\tFamilles\n\n"
        "FICHE ACTION N°2\nUN PORTAGE\n\nPilote : Pôle seniors\n\n"
        "Moyens financiers         Investissement : 68 k€ (véhicules)\n"
        "                          Fonctionnement : 41 k€ par an pendant 4 ans\n"
        "                          Participation des usagers : de 3,50 € à 8,90 € par\n"
        "                          repas selon les ressources\nIndicateurs               Repas livrés\n\n"
        "FICHE ACTION N°3\nUN OBSERVATOIRE\n\nPilote : Pôle social\n\n"
        "Budget : 15 000 € HT la première année (2031), puis 4 000 € HT par an pendant quatre ans\n\n"
        "FICHE ACTION N°4\nUN POINT MOBILE\n\nPilote : Pôle social\n\n"
        "Moyens : véhicule : 38 000 € ; fonctionnement : 9 500 € par an de 2032 à 2035, soit 38 000 € ; "
        "coût total : 76 000 €. Un demi-poste est redéployé.\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [393_000, 232_000, 31_000, 76_000]


def test_sheets_coded_a1_in_capitals_with_a_key_facts_box_in_a_narrow_column(tmp_path):
    """ "ORIENTATION A" over its title; "A1 TITLE IN CAPITALS" (a title wrapped onto a second line
    in capitals) over "EN BREF" and its fields: the box is the sheet's, not a sheet of its own;
    "Budget : 10 000 € par an pendant" / "5 ans …" and "(Fonds de solidarité logement)" under
    the partners wrap in the box's narrow column."""
    sheet = (
        "{code} {title}\n\nEN BREF\nPilote : Pôle Autonomie du CIAS\nPartenaires : Département de l'Ardèche\n"
        "(Fonds de solidarité logement)\nCalendrier : 2031-2035\n{money}\n\nConstat\n"
        "Les trajets entre hameaux absorbent une grande part du temps de travail des équipes.\n\n"
    )
    text = (
        "PROJET SOCIAL DE TERRITOIRE 2031-2035\n\nORIENTATION A\nVieillir chez soi sur le Plateau\n\n"
        + sheet.format(code="A1", title="ORGANISER L'AIDE À DOMICILE", money="Budget : 42 000 €")
        + sheet.format(
            code="A2",
            title="ÉTENDRE LE PORTAGE DE REPAS AUX HAMEAUX\nISOLÉS DU PLATEAU",
            money="Budget : 10 000 € par an pendant\n5 ans + 4 500 € (kits)",
        )
        + "ORIENTATION B\nGarantir l'accès aux droits\n\n"
        + sheet.format(code="B1", title="STRUCTURER UN PREMIER ACCUEIL", money="Budget : 8 000 €")
    )
    result = parse_text(tmp_path, text, "ccas-plan", "projet.txt")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("ORGANISER L'AIDE À DOMICILE", "Vieillir chez soi sur le Plateau", 42_000),
        (
            "ÉTENDRE LE PORTAGE DE REPAS AUX HAMEAUX ISOLÉS DU PLATEAU",
            "Vieillir chez soi sur le Plateau",
            54_500,
        ),
        ("STRUCTURER UN PREMIER ACCUEIL", "Garantir l'accès aux droits", 8_000),
    ]
    assert result.records[0].direction == "Pôle Autonomie du CIAS"
    assert "Département de l'Ardèche (Fonds de solidarité logement)" in result.records[0].partners[0]


def test_tables_of_actions_under_their_axes_and_sheets_that_zoom_on_rows(tmp_path):
    """One table of actions per "# AXE n : …" (N° | Action | Pilote | Partenaires | Coût), cells
    with <br>; "### Zoom sur l'action 1.2" restates a row: its fields the row lacks are added,
    never a second action, and its money breakdown is not counted again."""
    table = (
        "| N° | Action | Pilote | Partenaires | Coût |\n|----|--------|--------|-------------|------|\n"
        "| {a}.1 | Ouvrir un accueil social | CCAS – accueil | CAF du Gard<br>CPAM du Gard<br>Département du Gard | 35 000 € |\n"
        "| {a}.2 | Tenir des permanences<br>numériques | CCAS – insertion | France services | 18 000 € |\n"
    )
    text = (
        "# AXE 1 : Rendre l'accès aux droits plus proche\n\nDeux actions sont inscrites dans cet axe.\n\n"
        + table.format(a=1)
        + "\n### Zoom sur l'action 1.2\n\n**Tenir des permanences numériques**\n\n**Pilote :** CCAS – insertion\n\n"
        "**Budget :** 18 000 €, soit 12 000 € pour un mi-temps et 6 000 € pour les ateliers.\n\n"
        "**Indicateurs :** nombre de personnes accompagnées.\n\n"
        "# AXE 2 : Bien vieillir\n\nDeux actions.\n\n" + table.format(a=2)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Ouvrir un accueil social", "Rendre l'accès aux droits plus proche", 35_000),
        ("Tenir des permanences numériques", "Rendre l'accès aux droits plus proche", 18_000),
        ("Ouvrir un accueil social", "Bien vieillir", 35_000),
        ("Tenir des permanences numériques", "Bien vieillir", 18_000),
    ]
    assert len(result.records[0].partners) == 3
    assert "Indicateurs" in result.records[1].sections
    # the prose around the tables is stored (searchable) before its lines count as read
    sections = result.document.sections
    assert any("AXE 1" in name and "Deux actions sont inscrites" in text for name, text in sections.items())
    assert result.document.lines_accounted == result.document.lines_total


def test_sheets_numbered_like_an_outline_told_in_prose_and_an_annex_table_ruled_by_dashes(tmp_path):
    """ "1.1 Title" alone on its line over a paragraph (no field) is a sheet as its siblings with
    fields are; its lead told in prose ("Pilotée par le service …", "Confiée au service …", "Sous
    la responsabilité du service Seniors et autonomie, …"); the annex's aligned table, its header
    underlined and its groups ruled by dashes, gives "1.3 Title" its money by number."""
    text = (
        "FEUILLE DE ROUTE 2031-2033\n\nPriorité n°1 – Accéder aux droits\n\n"
        "1.1 Permanences sans rendez-vous\n\nDeux demi-journées par semaine dans les quartiers. Pilotée par le\n"
        "service Accès aux droits avec la CAF, cette action mobilisera 12 000 € en 2031.\n\n"
        "1.2 Accompagnement numérique\n\nPilote : Service Accès aux droits\nPartenaires : Emmaüs Connect\n"
        "Budget : 18 400 €\n\n"
        "1.3 Rencontre annuelle des acteurs\n\nChaque automne, le CCAS réunira les services. Confiée au service\n"
        "Logement, qui l'animera, cette rencontre se tiendra en octobre.\n\n"
        "1.4 Visites de convivialité\n\nSous la responsabilité du service Seniors et autonomie, avec des\n"
        "bénévoles, des visites seront organisées. L'action représente 6 000 € en 2031.\n\n"
        "ANNEXE FINANCIÈRE (en euros)\n\n"
        "Action                                  2031       2032      Total\n"
        "-------------------------------------------------------------------\n"
        "1.1 Permanences sans rendez-vous      12 000          –     12 000\n"
        "1.2 Accompagnement numérique          18 400          –     18 400\n"
        "-------------------------------------------------------------------\n"
        "1.3 Rencontre annuelle                 1 500      1 500      3 000\n"
        "1.4 Visites de convivialité            6 000          –      6 000\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "feuille.txt")
    assert [(a.title, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Permanences sans rendez-vous", "service Accès aux droits", 12_000),
        ("Accompagnement numérique", "Service Accès aux droits", 18_400),
        ("Rencontre annuelle des acteurs", "service Logement", 3_000),
        ("Visites de convivialité", "service Seniors et autonomie", 6_000),
    ]


def test_sheets_numbered_out_of_their_count_after_a_page_break(tmp_path):
    """ "FICHE N° 2 / 3" (the sheet's number out of the plan's sheets) right after a form feed
    that follows a list item: a sheet's heading, neither a running footer nor the item's end."""
    sheet = (
        "FICHE N° {n} / 3\n{title}\n\nPilote : Pôle social               Échéance : 2031\n"
        "Partenaires : CAF, MSA\nBudget : {n} 000 €\n\nIndicateurs :\n– nombre de personnes reçues ;\n"
        "– nombre de dossiers ouverts.\n\f"
    )
    titles = ["OUVRIR UN GUICHET UNIQUE", "ALLER VERS LES HABITANTS", "SOUTENIR LES AIDANTS"]
    text = "PLAN D'ACTIONS 2031-2035\n\nOBJECTIF GÉNÉRAL 1 – Agir\n\n" + "".join(
        sheet.format(n=n, title=t) for n, t in enumerate(titles, 1)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.budget_total_eur) for a in result.records] == list(
        zip(titles, (1000, 2000, 3000), strict=True)
    )


def test_sheets_whose_fields_are_html_tables_in_a_web_export(tmp_path):
    """ "<table><tr><th>Pilote</th><td>…</td></tr>…</table>" under "### 1. Title": the sheet's
    fields, "<br/>" parting its partners; detected as a plan, not a generic document."""
    sheet = (
        "### {n}. Une action numéro {n}\n\n<table>\n<tr><th>Pilote</th><td>Pôle social</td></tr>\n"
        "<tr><th>Partenaires</th><td>CAF des Landes<br/>MSA Sud Aquitaine</td></tr>\n"
        "<tr><th>Calendrier</th><td>2031-2033</td></tr>\n<tr><th>Budget</th><td>{money}</td></tr>\n</table>\n\n"
    )
    text = "# Projet social 2031-2035\n\n## Axe 1 – Familles\n\n" + "".join(
        sheet.format(n=n, money=m)
        for n, m in ((1, "15 000 € / an (2031-2033)"), (2, "8 000 €"), (3, "12 000 €"))
    )
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(a.title, a.direction, a.budget_total_eur) for a in result.records] == [
        ("Une action numéro 1", "Pôle social", 45_000),
        ("Une action numéro 2", "Pôle social", 8_000),
        ("Une action numéro 3", "Pôle social", 12_000),
    ]
    assert len(result.records[0].partners) == 2  # (each resolved to its body)


def test_arrow_bullet_fields_wrapped_and_an_annex_of_investment_and_operating_columns(tmp_path):
    """ "► Coût : 7 000 € en 2031 (…)" / "    et 4 500 € en 2032 (…)": one field, both parts; "►
    Coût : cf. tableau financier" takes its money from the annex "Action  Investissement
    Fonctionnement  Total" (bare figures, the unit in its caption), by the row's number."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE STRATÉGIQUE 1\n\nAction 1.1 – Un accueil itinérant\n\n"
        "► Pilote : Pôle accueil\n► Coût : cf. tableau financier\n\n"
        "Action 1.2 – Des visiteurs bénévoles\n\n► Pilote : Service seniors\n"
        "► Coût : 7 000 € en 2031 (formation des bénévoles)\n    et 4 500 € en 2032 (coordination)\n\n"
        "Action 1.3 – Un guide des aides\n\n► Pilote : Pôle accueil\n► Coût : 6 200 €\n\n"
        "TABLEAU FINANCIER\nCoûts des actions sur la durée du plan, en euros\n\n"
        "Action                              Investissement  Fonctionnement     Total\n"
        "1.1 Accueil itinérant                       38 000          14 400    52 400\n"
        "1.2 Visiteurs bénévoles                          –          11 500    11 500\n"
        "1.3 Guide des aides                              –           6 200     6 200\n"
        "TOTAL GÉNÉRAL                               38 000          32 100    70 100\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [52_400, 11_500, 6_200]


def test_a_table_of_actions_laid_out_with_spaces_its_cells_wrapped_side_by_side(tmp_path):
    """ "N°  Action  Pilote  Partenaires  Coût (1)" over a rule, as a PDF-to-text tool keeps a
    landscape page: each row's cells wrap over several lines side by side; a row starts at its
    number; the header repeated after a page break goes on with the table; "(1)", a footnote's
    call in the money column's label, leaves it the action's total ("12 000 € (4 000 € par an
    de 2032 à 2034)" is 12 000, once)."""
    header = (
        "   N°    Action                          Pilote               Partenaires                Coût (1)\n"
        "   ------------------------------------------------------------------------------------------------\n"
    )
    text = (
        "PLAN D'ACTIONS SOCIALES 2032-2034\n\n   Axe 1 — Se loger dignement\n\n"
        + header
        + "   1.1   Créer un fonds d'urgence pour    Service logement     Bailleurs sociaux,         12 000 €\n"
        "         les impayés d'eau                du CCAS              Syndicat des eaux du       (4 000 € par an\n"
        "                                                               Val                        de 2032 à 2034)\n\n"
        "   1.2   Accompagner les sorties          Pôle hébergement –   Association Toit           8 500 €\n"
        "         d'hébergement d'urgence          Insertion            partagé, SIAO\n"
        "\f   Plan d'actions 2032-2034                                                 page 2\n\n"
        + header
        + "   1.3   Former les gardiens              Direction du CCAS    Office public de           \n"
        "         d'immeubles au repérage                               l'habitat\n\n"
        "   Axe 2 — Vieillir chez soi\n\n"
        + header
        + "   2.1   Ouvrir un café des aidants       Service seniors      Plateforme de répit,       3 k€\n"
        "                                                               Mutualité\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    got = [(a.title, a.direction, a.partners, a.budget_total_eur, a.block) for a in result.records]
    assert got == [
        (
            "Créer un fonds d'urgence pour les impayés d'eau",
            "Service logement du CCAS",
            ["Bailleurs sociaux", "Syndicat des eaux du Val"],
            12_000,
            "Se loger dignement",
        ),
        (
            "Accompagner les sorties d'hébergement d'urgence",
            "Pôle hébergement – Insertion",
            ["Association Toit partagé", "SIAO"],
            8_500,
            "Se loger dignement",
        ),
        (
            "Former les gardiens d'immeubles au repérage",
            "Direction du CCAS",
            ["Office public de l'habitat"],
            None,
            "Se loger dignement",
        ),
        (
            "Ouvrir un café des aidants",
            "Service seniors",
            ["Plateforme de répit", "Mutualité"],
            3_000,
            "Vieillir chez soi",
        ),
    ]


def test_a_part_number_over_its_title_glued_to_its_text(tmp_path):
    """ "DÉFI 2" over "Vivre chez soi en sécurité" then the part's text on the very next line
    (no blank line, the title shorter than the text's lines): the title is the part's, the text
    stays its introduction."""
    sheet = "ACTION {n}\n{title}\nPilote : Service seniors\nCoût : 1 000 €\n\n"
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nDÉFI 1\nAccéder à ses droits\n\n"
        + sheet.format(n=1, title="Ouvrir une permanence")
        + "DÉFI 2\nVivre chez soi en sécurité jusqu'au bout\n"
        "La part des habitants de plus de soixante-quinze ans vivant seuls augmente chaque année\n"
        "et le défi se décline en deux actions, menées avec les bailleurs et les associations.\n\n"
        + sheet.format(n=2, title="Adapter les logements")
        + sheet.format(n=3, title="Visiter les aînés isolés")
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.block) for a in result.records] == [
        ("Ouvrir une permanence", "Accéder à ses droits"),
        ("Adapter les logements", "Vivre chez soi en sécurité jusqu'au bout"),
        ("Visiter les aînés isolés", "Vivre chez soi en sécurité jusqu'au bout"),
    ]


def test_a_feuille_de_route_of_objectifs_operationnels_costed_in_an_annex_by_code(tmp_path):
    """ "ENJEU 1" parts divided by "Objectif stratégique A" (the sheets "OO 1.1" go on being the
    enjeu's), sheets saying "voir annexe financière" costed by the annex row of their code, one
    sheet printing its own cost that the annex repeats (counted once), "OO 1.2 (suite)" after a
    page break going on with its sheet."""
    sheet = "OO {n} – {title}\n\nPILOTE : Service {service}\n\nMOYENS : {money}\n\n"
    text = (
        "FEUILLE DE ROUTE 2031-2034\n\nENJEU 1 – Se nourrir dignement\n\n"
        "Objectif stratégique A – Choisir son alimentation\n\n"
        + sheet.format(
            n="1.1",
            title="Ouvrir une épicerie solidaire",
            service="Solidarités",
            money="voir annexe financière",
        )
        + sheet.format(
            n="1.2",
            title="Coordonner les distributions",
            service="Solidarités",
            money="voir annexe financière",
        )
        + "\fFeuille de route 2031-2034                                   4\n\nOO 1.2 (suite)\n\n"
        "PARTENAIRES : Restos du Cœur, Banque alimentaire\n\n"
        "Objectif stratégique B – Cuisiner ensemble\n\n"
        + sheet.format(
            n="1.3",
            title="Animer des ateliers cuisine",
            service="Santé",
            money="4 800 € par an, soit 19 200 €",
        )
        + "ENJEU 2 – Se loger\n\nObjectif stratégique A – Prévenir les expulsions\n\n"
        + sheet.format(
            n="2.1", title="Agir dès le premier impayé", service="Logement", money="voir annexe financière"
        )
        + "ANNEXE FINANCIÈRE\n\nCoût prévisionnel, en euros\n\n"
        "Code     Objectif opérationnel               2031     2032     Total\n"
        "-------------------------------------------------------------------\n"
        "OO 1.1   Épicerie solidaire                18 000   24 000    42 000\n"
        "OO 1.2   Coordination                           –        –         –\n"
        "OO 1.3   Ateliers cuisine                   9 600    9 600    19 200\n"
        "OO 2.1   Premier impayé                     8 000    8 000    16 000\n"
        "-------------------------------------------------------------------\n"
        "TOTAL                                      35 600   41 600    77 200\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "feuille.txt")
    got = [(a.title, a.block, a.budget_total_eur, a.partners) for a in result.records]
    assert got == [
        ("Ouvrir une épicerie solidaire", "Se nourrir dignement", 42_000, []),
        (
            "Coordonner les distributions",
            "Se nourrir dignement",
            None,
            ["Restos du Cœur", "Banque alimentaire"],
        ),
        ("Animer des ateliers cuisine", "Se nourrir dignement", 19_200, []),
        ("Agir dès le premier impayé", "Se loger", 16_000, []),
    ]


def test_pandoc_grid_sheets_with_list_cells_and_a_recap_table_after_them(tmp_path):
    """Sheets whose fields are pandoc grid tables ("+----+" rows, "+====+" under the header): a
    cell's list items are its value's lines; a table of the actions after the last sheet
    ("Annexe") recaps them — the sheets are the plan, never rows of it."""

    def grid(rows: list[tuple[str, list[str]]]) -> str:
        rule = "+" + "-" * 18 + "+" + "-" * 40 + "+"
        out = [
            rule,
            f"| {'**Rubrique**':<16} | {'**Description**':<38} |",
            "+" + "=" * 18 + "+" + "=" * 40 + "+",
        ]
        for label, values in rows:
            for n, value in enumerate(values):
                out.append(f"| {(label if n == 0 else ''):<16} | {value:<38} |")
            out.append(rule)
        return "\n".join(out)

    sheets = "".join(
        f"## Fiche action {n} : {title}\n\n"
        + grid(
            [
                ("**Pilote**", [lead]),
                ("**Partenaires**", ["-   Centre social du Val", "", "-   Mission locale"]),
                ("**Budget**", [money]),
            ]
        )
        + "\n\n"
        for n, title, lead, money in [
            ("1.1", "Un accueil itinérant", "Pôle accueil", "12 000 €"),
            ("1.2", "Un guichet numérique", "Pôle accueil", "8 000 €"),
            ("1.3", "Une épicerie solidaire", "Pôle insertion", "30 000 €"),
        ]
    )
    recap = (
        "# Annexe -- Tableau récapitulatif\n\n| **N°** | **Action** | **Pilote** | **Budget** |\n|---|---|---|---|\n"
        "| 1.1 | Accueil | Pôle accueil | 12 000 € |\n| 1.2 | Numérique | Pôle accueil | 8 000 € |\n"
        "| 1.3 | Épicerie | Pôle insertion | 30 000 € |\n"
    )
    result = parse_text(tmp_path, "# Orientation 1 -- Agir\n\n" + sheets + recap, "ccas-plan", "plan.md")
    assert [(a.title, a.direction, a.partners, a.budget_total_eur) for a in result.records] == [
        ("Un accueil itinérant", "Pôle accueil", ["Centre social du Val", "Mission locale"], 12_000),
        ("Un guichet numérique", "Pôle accueil", ["Centre social du Val", "Mission locale"], 8_000),
        ("Une épicerie solidaire", "Pôle insertion", ["Centre social du Val", "Mission locale"], 30_000),
    ]


def test_a_factor_times_a_price_before_its_product_is_not_counted(tmp_path):
    """ "Bourses : 20 × 600 € = 12 000 €": the product is the money, the price a factor of it."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\nFICHE ACTION N°1\nDES BOURSES AU PERMIS\n\n"
        "Pilote : Service insertion\nBudget : Bourses : 20 × 600 € = 12 000 €\n\n"
        "FICHE ACTION N°2\nUN GARAGE SOLIDAIRE\n\nPilote : Service insertion\nBudget : 5 000 €\n\n"
        "FICHE ACTION N°3\nUNE PLATEFORME MOBILITÉ\n\nPilote : Service insertion\nBudget : 8 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [12_000, 5_000, 8_000]


def _drawn_box(rows: list[tuple[str, list[str]]]) -> str:
    out = ["┌" + "─" * 14 + "┬" + "─" * 44 + "┐"]
    for n, (label, values) in enumerate(rows):
        for k, value in enumerate(values):
            out.append(f"│ {(label if k == 0 else ''):<12} │ {value:<42} │")
        last = n == len(rows) - 1
        out.append(
            ("└" + "─" * 14 + "┴" + "─" * 44 + "┘") if last else ("├" + "─" * 14 + "┼" + "─" * 44 + "┤")
        )
    return "\n".join(out)


def test_sheets_in_boxes_drawn_with_box_characters(tmp_path):
    """A sheet's fields in a box drawn with "┌──┬──┐" / "│" / "├──┼──┤": its rows are fields, a
    cell's names one a line are a list ("Médiathèque" / "France Services"), a value wrapped in
    its cell goes on."""
    sheets = [
        (
            "Accompagner vers le numérique",
            [
                ("Pilote", ["CCAS – Espace numérique solidaire"]),
                (
                    "Partenaires",
                    ["Médiathèque municipale", "France Services du Val", "Association Clic-Vous"],
                ),
                ("Budget", ["12 000 € pour l'achat de tablettes et la", "formation des bénévoles"]),
            ],
        ),
        (
            "Ouvrir une permanence",
            [
                ("Pilote", ["Pôle accueil"]),
                ("Partenaires", ["Centre social Nord, Mission locale"]),
                ("Budget", ["3 000 €"]),
            ],
        ),
        (
            "Créer un café des aidants",
            [("Pilote", ["Service seniors"]), ("Calendrier", ["2032"]), ("Budget", ["2 500 €"])],
        ),
    ]
    text = "PLAN D'ACTIONS 2031-2035\n\nPRIORITÉ 1 – Accéder à ses droits\n\n" + "".join(
        f"Action {n} – {title}\n\n{_drawn_box(rows)}\n\n" for n, (title, rows) in enumerate(sheets, 1)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.direction, a.partners, a.budget_total_eur) for a in result.records] == [
        (
            "Accompagner vers le numérique",
            "CCAS – Espace numérique solidaire",
            ["Médiathèque municipale", "France Services du Val", "Association Clic-Vous"],
            12_000,
        ),
        ("Ouvrir une permanence", "Pôle accueil", ["Centre social Nord", "Mission locale"], 3_000),
        ("Créer un café des aidants", "Service seniors", [], 2_500),
    ]


def test_a_compact_plan_of_numbered_actions_and_lower_case_labels(tmp_path):
    """ "1) Title" (the numbering restarting in each axe) over "– pilote : …", "– acteurs : …",
    "– coût : …" in lower case, in any order: fields all the same."""
    text = (
        "PLAN D'ACTIONS SOCIALES 2031-2034\n\nAXE A – ACCÉDER À SES DROITS\n\n"
        "1) Ouvrir une permanence itinérante dans les hameaux\n   – pilote : Pôle accueil\n"
        "   – acteurs : Plateforme Solidaire du Val, Maison France Services\n   – coût : 18 500 €\n\n"
        "2) Former les agents d'accueil\n   – coût : 4 200 €\n   – pilote : Direction du CCAS\n\n"
        "AXE B – VIEILLIR CHEZ SOI\n\n1) Créer un café des aidants\n   – pilote : Service seniors\n"
        "   – partenaires : Plateforme de répit\n   – coût : à moyens constants\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.direction, a.partners, a.budget_total_eur) for a in result.records] == [
        (
            "Ouvrir une permanence itinérante dans les hameaux",
            "Pôle accueil",
            ["Plateforme Solidaire du Val", "Maison France Services"],
            18_500,
        ),
        ("Former les agents d'accueil", "Direction du CCAS", [], 4_200),
        ("Créer un café des aidants", "Service seniors", ["Plateforme de répit"], None),
    ]


def test_slides_of_actions_a_global_budget_slide_and_tables_under_objectives(tmp_path):
    """Slides: "Action 1.2 – Adapter le logement :" / "diagnostics à domicile" (a title wrapped
    after its colon), "• Budget : …" bullets, then a last slide "Budget global" over a table of
    the axes' sums — the plan's back matter, never the last action's money."""
    slide = (
        "\f{title}\n\n• Pilote : Pôle seniors\n• Budget : {money}\n\nCCAS du Val – Conseil d'administration\n"
    )
    text = (
        "PLAN D'ACTIONS 2031-2033\n\nAXE 1\nVieillir chez soi\n"
        + slide.format(title="Action 1.1 – Visiter les aînés isolés", money="12 k€/an (2031-2033)")
        + slide.format(
            title="Action 1.2 – Adapter le logement avant la chute :\ndiagnostics à domicile", money="9 000 €"
        )
        + slide.format(title="Action 1.3 – Former les aidants", money="6 000 € sur la durée du plan")
        + "\fBudget global\n\nEn euros                      2031      2032      2033     Total\n"
        "Axe 1 – Vieillir chez soi    17 000    17 000    19 000    51 000\n"
        "Total                        17 000    17 000    19 000    51 000\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "slides.txt")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Visiter les aînés isolés", 36_000),
        ("Adapter le logement avant la chute : diagnostics à domicile", 9_000),
        ("Former les aidants", 6_000),
    ]


def test_tables_of_actions_each_under_its_objective_heading(tmp_path):
    """ "## Objectif 2 – Title" right over its table of actions (no part word the vocabulary
    knows): the part of the table's actions, its number dropped."""

    def table(rows: list[tuple[str, str, str]]) -> str:
        head = "| N° | Action | Pilote | Budget 2031 | Budget 2032 |\n|---|---|---|---|---|\n"
        return head + "".join(f"| {n} | {a} | {p} | 1 000 € | 2 000 € |\n" for n, a, p in rows)

    text = (
        "# Tableau de bord du plan\n\n## Objectif 1 – Rapprocher les habitants des soins\n\n"
        + table(
            [
                ("1.1", "Un transport solidaire", "Pôle seniors"),
                ("1.2", "Une permanence santé", "Pôle accueil"),
            ]
        )
        + "\n## Objectif 2 – Accompagner les jeunes\n\n"
        + table([("2.1", "Une aide au premier logement", "Pôle jeunesse")])
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Un transport solidaire", "Rapprocher les habitants des soins", 3_000),
        ("Une permanence santé", "Rapprocher les habitants des soins", 3_000),
        ("Une aide au premier logement", "Accompagner les jeunes", 3_000),
    ]


def test_a_band_atop_each_page_names_the_part_of_the_sheets_under_it(tmp_path):
    """ "PRIORITÉ 2 – HABITER" printed over "FICHE 4" at the top of every page of that priority,
    and nowhere else: the band is the part of the sheets (its first line kept, its repeats page
    furniture). Labels alone on their lines say what they are of ("Référent du projet")."""

    def page(n: int, band: str, title: str, amount: str) -> str:
        return (
            f"\fVille du Val – Feuille de route sociale 2031                   {n}/6\n{band}\nFICHE {n}\n\n"
            f"{title}\n\nContenu\nUne action menée avec les habitants du quartier.\n\n"
            f"Budget\n{amount}\n\nRéférent du projet\nPôle solidarités\n\n"
        )

    bands = ["PRIORITÉ 1 – SE SOIGNER"] * 3 + ["PRIORITÉ 2 – HABITER DIGNEMENT"] * 3
    titles = [
        "Un médecin au centre social",
        "Des bilans de santé gratuits",
        "Un transport vers les soins",
        "Des visites de logements",
        "Un fonds pour les impayés d'énergie",
        "Une colocation entre générations",
    ]
    text = "FEUILLE DE ROUTE SOCIALE 2031\n\n" + "".join(
        page(n, band, title, f"{n} 000 €")
        for n, (band, title) in enumerate(zip(bands, titles, strict=True), 1)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "feuille.txt")
    assert [(a.title, a.block, a.direction, a.budget_total_eur) for a in result.records] == [
        (title, band.split(" – ")[1], "Pôle solidarités", n * 1000)
        for n, (band, title) in enumerate(zip(bands, titles, strict=True), 1)
    ]


def test_outline_numbered_actions_costed_in_an_annex_of_one_table_per_orientation(tmp_path):
    """Setext headings, orientation "1" over objective "1.1" over actions "1.1.1  Title" (the
    objective groups actions, it is none); sheets that say "voir annexe" get their row of the
    annex, whose unit is named once above its first table ("(en euros)"); a "Sous-total" row
    set under a row's figures is a row of its own, never glued to the last action's."""

    def action(number: str, title: str, budget: str) -> str:
        return f"{number}  {title}\n\n    Pilote : Pôle solidarités\n    Budget : {budget}\n\n"

    text = (
        "PROJET SOCIAL 2031-2036\n=======================\n\n"
        "1. Aller vers les habitants\n===========================\n\n"
        "1.1 Rendre l'information lisible\n--------------------------------\n\n"
        + action("1.1.1", "Créer un accueil unique", "12 000 €")
        + action("1.1.2", "Refondre le guide des aides", "voir annexe")
        + "2. Bien vieillir\n================\n\n"
        "2.1 Rompre l'isolement\n----------------------\n\n"
        + action("2.1.1", "Structurer des visites de convivialité", "voir annexe")
        + "Annexe financière\n=================\n\nBudget prévisionnel par orientation (en euros).\n\n"
        "Orientation 1 — Aller vers les habitants\n\n"
        "N°      Action                     Part CCAS   Cofinancements     Total\n"
        "1.1.1   Accueil unique                 8 000            4 000    12 000\n"
        "1.1.2   Guide des aides                6 200                0     6 200\n"
        "        Sous-total orientation 1      14 200            4 000    18 200\n\n"
        "Orientation 2 — Bien vieillir\n\n"
        "N°      Action                     Part CCAS   Cofinancements     Total\n"
        "2.1.1   Visites de convivialité        9 000            9 000    18 000\n"
        "        Sous-total orientation 2       9 000            9 000    18 000\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "projet.txt")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Créer un accueil unique", "Aller vers les habitants", 12_000),
        ("Refondre le guide des aides", "Aller vers les habitants", 6_200),
        ("Structurer des visites de convivialité", "Bien vieillir", 18_000),
    ]


def test_a_table_of_actions_exported_as_csv(tmp_path):
    """A spreadsheet's table of actions as CSV: ";" between cells, cells quoted over several
    lines (partners one a line, a title wrapped in its cell), the axe's merged cell printed on
    its first row only, a budget per year and a total with its "dont" share, "à moyens constants"."""
    text = (
        "PLAN D'ACTIONS 2031-2032\n\nUne introduction qui présente le tableau ci-dessous.\n\n"
        "Axe;N°;Intitulé de l'action;Pilote;Partenaires;Budget 2031 (€);Budget 2032 (€);Budget total (€)\n"
        'Axe 1 - Aller vers les habitants;1.1;Des permanences itinérantes;Pôle accès aux droits;"Épicerie Les Tilleuls\n'
        'Foyer Jean Moulin";4 000;4 500;8 500\n'
        ';1.2;"Un guide des aides,\nen version papier et en ligne";Direction du CCAS;;;;2 500\n'
        "Axe 2 - Bien vieillir;2.1;Un café des aidants;Pôle seniors;Maison des aidants;;;à moyens constants\n"
        ';2.2;Un transport accompagné;Pôle seniors;"Atelier Bleu; bénévoles";6 000;6 000;12 000 (dont 4 000 Atelier Bleu)\n'
        "\nNote : montants prévisionnels.\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.block, a.direction, a.partners, a.budget_total_eur) for a in result.records] == [
        (
            "Des permanences itinérantes",
            "Aller vers les habitants",
            "Pôle accès aux droits",
            ["Épicerie Les Tilleuls", "Foyer Jean Moulin"],
            8_500,
        ),
        (
            "Un guide des aides, en version papier et en ligne",
            "Aller vers les habitants",
            "Direction du CCAS",
            [],
            2_500,
        ),
        ("Un café des aidants", "Bien vieillir", "Pôle seniors", ["Maison des aidants"], None),
        ("Un transport accompagné", "Bien vieillir", "Pôle seniors", ["Atelier Bleu", "bénévoles"], 12_000),
    ]


def test_a_cost_listed_by_year_under_its_label_in_an_html_row(tmp_path):
    """ "<tr><th>Coût estimé</th><td>2025 : 9 000 € (achat)<br>2026 et 2027 : 4 000 € par an</td>":
    the cell's lines read as printed, the first year's amount no total of the action, the yearly
    amount over the two years named before it; "&nbsp;" inside amounts."""
    row = "<tr><th>{label}</th><td>{value}</td></tr>"
    sheet = "### Fiche action {n} : {title}\n\nUn texte.\n\n<table>\n{rows}\n</table>\n\n"
    text = "# Plan\n\n## Axe 1 – Aller vers\n\n" + "".join(
        sheet.format(
            n=n,
            title=title,
            rows="\n".join(
                [
                    row.format(label="Pilote", value="Pôle seniors"),
                    row.format(label="Coût estimé", value=value),
                ]
            ),
        )
        for n, title, value in [
            (
                "1.1",
                "Des scooters solidaires",
                "2025 : 9 000 € (achat)<br>2026 et 2027 : 4 000 € par an (entretien)",
            ),
            (
                "1.2",
                "Des visites à domicile",
                "2025 : 3&nbsp;000&nbsp;€<br>2026 : 3&nbsp;500&nbsp;€<br>Total : 6&nbsp;500&nbsp;€",
            ),
        ]
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Des scooters solidaires", 17_000),
        ("Des visites à domicile", 6_500),
    ]


def test_sheets_told_as_questions_numbered_n_degree(tmp_path):
    """Sheets numbered "ACTION 1" and "N° 2" over their titles, each field a question alone on
    its line over its answer ("Qui pilote ?", "Avec qui ?", "Combien ?", "Quand ?"): a plan,
    not a press kit, its money under "Combien ?"."""
    sheet = (
        "{marker}\n{title}\n\nPourquoi ?\nUn texte qui dit pourquoi agir.\n\nQui pilote ?\n{lead}\n\n"
        "Avec qui ?\n  - {partner}\n\nCombien ?\n{money}\n\nQuand ?\nÀ partir de 2031.\n\n"
    )
    text = "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – ALLER VERS LES HABITANTS\n\n" + "".join(
        sheet.format(marker=m, title=t, lead=lead, partner=p, money=money)
        for m, t, lead, p, money in [
            (
                "ACTION 1",
                "Un bus des solidarités",
                "Service accès aux droits",
                "Maison des aidants",
                "Coût total : 95 500 €.",
            ),
            ("N° 2", "Un guide des aides", "Direction du CCAS", "Épicerie Les Tilleuls", "4 500 € en 2031."),
            ("N° 3", "Un café des aidants", "Pôle seniors", "Foyer Jean Moulin", "À moyens constants."),
        ]
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.direction, a.partners, a.budget_total_eur) for a in result.records] == [
        ("Un bus des solidarités", "Service accès aux droits", ["Maison des aidants"], 95_500),
        ("Un guide des aides", "Direction du CCAS", ["Épicerie Les Tilleuls"], 4_500),
        ("Un café des aidants", "Pôle seniors", ["Foyer Jean Moulin"], None),
    ]


def test_money_only_in_a_recap_table_of_shortened_titles(tmp_path):
    """Actions as nested bullets ("- **Action 1.1 – Title**" over "  - Pilote : …"), no money on
    them; one table at the end lists every action in order under a shortened title with its
    budget ("24 000 € dont 12 000 € …", "15 000 € par an sur 3 ans", "À moyens constants")."""
    actions = [
        ("1.1", "Repérer et visiter les personnes âgées isolées", "Repérage et visites des aînés", "6 500 €"),
        ("1.2", "Créer un relais des aidants familiaux", "Relais des aidants", "24 000 € dont 12 000 € MSA"),
        (
            "2.1",
            "Adapter les logements des seniors aux chaleurs",
            "Logements des seniors",
            "15 000 € par an sur 3 ans",
        ),
        ("2.2", "Accompagner les démarches en ligne", "Démarches en ligne", "À moyens constants"),
    ]
    text = "# Projet social\n\n"
    for number, title, _, _ in actions:
        if number.endswith(".1"):
            text += f"## Axe {number[0]} – Une orientation\n\n"
        text += f"- **Action {number} – {title}**\n  - Pilote : Pôle seniors\n  - Échéance : 2031\n\n"
    text += "## Récapitulatif\n\n| Axe | Action | Budget prévisionnel |\n|---|---|---|\n"
    text += "".join(f"| {n[0]} | {short} | {money} |\n" for n, _, short, money in actions)
    text += "| **Total** | | **75 500 €** |\n"
    result = parse_text(tmp_path, text, "ccas-plan", "projet.md")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Repérer et visiter les personnes âgées isolées", 6_500),
        ("Créer un relais des aidants familiaux", 24_000),
        ("Adapter les logements des seniors aux chaleurs", 45_000),
        ("Accompagner les démarches en ligne", None),
    ]


def test_sheets_as_label_value_boxes_left_by_pdftotext_layout(tmp_path):
    """Each action a two-column box as `pdftotext -layout` leaves it: labels on the left, some
    wrapped onto a second line in their column ("Service" / "pilote", "Budget" / "prévisionnel"
    beside the value going on), values wrapped in theirs, rows spaced out by blank lines, a
    partners value as a bulleted list; a budget stated then broken down into parts that add up
    to it ("27 600 € : 4 800 € pour … et 22 800 € pour …") counts once."""

    def box(rows: list[tuple[str, str]]) -> str:
        return "\n\n".join(
            "\n".join(f"   {label:<24}{value}".rstrip() for label, value in zip(labels, values, strict=False))
            + "".join(f"\n   {label:<24}".rstrip() for label in labels[len(values) :])
            + "".join(f"\n{'':27}{value}" for value in values[len(labels) :])
            for labels, values in ((r[0].split("/"), r[1].split("/")) for r in rows)
        )

    text = (
        "CCAS DE VALMONT – PROJET SOCIAL 2031-2036\n\n"
        "ORIENTATION 1 – ALLER VERS LES HABITANTS\n\n"
        "   Action 1.1.1 – Des permanences dans les villages\n\n"
        + box(
            [
                ("Objectifs", "Réduire le non-recours des personnes isolées et des/ménages sans voiture."),
                ("Service/pilote", "Pôle accès aux droits du CCAS"),
                ("Partenaires", "CAF du Val, MSA du Val,/France Services de Valmont"),
                (
                    "Budget/prévisionnel",
                    "Le budget s'élève à 27 600 € : 4 800 € pour les/tablettes et 22 800 € pour la coordination",
                ),
            ]
        )
        + "\n\n   Action 1.1.2 – Des ateliers d'équilibre\n\n"
        + box(
            [
                ("Objectifs", "Prévenir les chutes des personnes de plus de 70 ans."),
                ("Pilote", "Service seniors"),
                (
                    "Partenaires/associés",
                    "- Association Pas à Pas/- Caisse de retraite du Val/- Clubs sportifs",
                ),
                ("Coût", "6 300 € pour deux cycles"),
            ]
        )
        + "\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Des permanences dans les villages", "Pôle accès aux droits du CCAS", 27600),
        ("Des ateliers d'équilibre", "Service seniors", 6300),
    ]
    assert [r.partners for r in records] == [
        ["Caisse d'Allocations Familiales", "MSA", "France Services de Valmont"],  # as the aliases name them
        ["Association Pas à Pas", "Caisse de retraite du Val", "Clubs sportifs"],
    ]


def test_a_plan_printed_as_one_wide_dashboard_table_over_pages(tmp_path):
    """One table over the pages, as `pdftotext -layout` leaves it: its header repeated atop each
    page ("Budget" over "prévisionnel" a line below), each axe a row in capitals across the table,
    cells wrapped side by side, a "Sous-total axe" row after each axe (no action), a row cut by
    the page break going on, its number cell empty, under the next page's header."""
    header = (
        "  N°    Action                          Pilote              Partenaires             Budget\n"
        "                                                                                      prévisionnel\n"
    )
    text = (
        "CCAS DE VALMONT – PLAN D'ACTIONS 2031-2036\n\n"
        + header
        + "\n  AXE 1 – ALLER VERS LES HABITANTS\n\n"
        + "  1.1   Ouvrir une permanence mobile    Pôle Accès aux      CAF du Val, CPAM        38 000 €\n"
        + "        dans les villages               droits              du Val\n\n"
        + "  1.2   Former les agents d'accueil     Direction du CCAS   —                       4 500 €\n\n"
        + "        Sous-total axe 1                                                            42 500 €\n\n"
        + "  AXE 2 – SOUTENIR LES AIDANTS\n\n"
        + "  2.1   Ouvrir une halte-répit pour     Pôle Seniors        France Alzheimer,       52 000 €\n"
        + "        les aidants de personnes                            Centre hospitalier\n\n"
        + "  Page 1/2\n\f"
        + header
        + "\n        atteintes de troubles                               du Val, Plateforme\n"
        + "        cognitifs                                           de répit\n\n"
        + "  2.2   Organiser des ateliers de       Pôle Seniors        Clubs sportifs          7 500 €\n"
        + "        prévention des chutes\n\n"
        + "        Sous-total axe 2                                                            59 500 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.block, r.direction, r.budget_total_eur) for r in records] == [
        (
            "Ouvrir une permanence mobile dans les villages",
            "ALLER VERS LES HABITANTS",
            "Pôle Accès aux droits",
            38000,
        ),
        ("Former les agents d'accueil", "ALLER VERS LES HABITANTS", "Direction du CCAS", 4500),
        (
            "Ouvrir une halte-répit pour les aidants de personnes atteintes de troubles cognitifs",
            "SOUTENIR LES AIDANTS",
            "Pôle Seniors",
            52000,
        ),
        ("Organiser des ateliers de prévention des chutes", "SOUTENIR LES AIDANTS", "Pôle Seniors", 7500),
    ]
    assert records[2].partners[-1].endswith("Plateforme de répit")


def test_a_plan_pasted_from_a_cms_its_headings_in_html(tmp_path):
    """Parts as `<h2>`, actions as `<h3>` (one wrapped with `<br>`, one set in `<strong>`, an
    `&nbsp;` before a colon), each over an HTML table of its fields."""

    def sheet(heading: str, lead: str, budget: str) -> str:
        return (
            f"{heading}\n\n<table>\n<tr><th>Pilote</th><td>{lead}</td></tr>\n"
            f"<tr><th>Partenaires</th><td>CAF du Val<br>CPAM du Val</td></tr>\n"
            f"<tr><th>Budget</th><td>{budget}</td></tr>\n</table>\n\n"
        )

    text = (
        "# Projet social du CCAS de Valmont\n\n<h2>Axe 1 – Aller vers les habitants</h2>\n\n"
        + sheet("<h3>Action 1.1 – Ouvrir un accueil unique</h3>", "Pôle Accueil", "12&nbsp;000&nbsp;€")
        + sheet(
            "<h3>Action 1.2&nbsp;: Une permanence itinérante<br>dans les hameaux</h3>",
            "Pôle Accueil",
            "8 000 €",
        )
        + "<h2>Axe 2 : Bien vieillir</h2>\n\n"
        + sheet("<h3><strong>Action 2.1 – Un transport solidaire</strong></h3>", "Pôle Seniors", "32 000 €")
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.block, r.direction, r.budget_total_eur) for r in records] == [
        ("Ouvrir un accueil unique", "Aller vers les habitants", "Pôle Accueil", 12000),
        ("Une permanence itinérante dans les hameaux", "Aller vers les habitants", "Pôle Accueil", 8000),
        ("Un transport solidaire", "Bien vieillir", "Pôle Seniors", 32000),
    ]


def test_actions_told_as_paragraphs_numbered_on_three_levels(tmp_path):
    """Each action one paragraph numbered "1.1.1" under its objective "Objectif 1.1 – …", its
    title its first sentence (wrapped onto the next line once), its facts told as labelled sentences inside the paragraph ("Pilote : … .
    Partenaires : … . Coût : … ."); detected as a plan."""
    from ccas_cli.ingest import parse_file

    text = (
        "PLAN D'ACTIONS DU CCAS DE VALMONT 2031-2036\n\n"
        "PRIORITÉ 1 : Aller vers les habitants\n\nCette priorité compte trois actions.\n\n"
        "Objectif 1.1 – Rapprocher l'accueil des quartiers\n\n"
        "1.1.1 Faire circuler un accueil social itinérant entre les trois quartiers. Un véhicule\n"
        "stationnera une demi-journée par semaine dans chaque quartier. Pilote : Pôle Accès aux\n"
        "droits. Partenaires : CAF du Val, CPAM du Val. Coût : 42 000 €. Échéance : 2032.\n\n"
        "1.1.2 Former les agents d'accueil de la mairie et du CCAS au repérage du\n"
        "non-recours. Deux sessions par an réuniront les agents. Pilote : Direction du CCAS.\n"
        "Coût : 4 500 €. Échéance : 2031.\n\n"
        "1.1.3 Ouvrir un dossier unique de demande d'aide. Le dossier sera commun aux aides du CCAS\n"
        "et du Département. Pilote : Pôle Aides. Partenaires : Département du Val.\n"
        "Coût : 9 500 € par an sur deux ans. Échéance : 2033.\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.title, r.direction, r.budget_total_eur) for r in result.records] == [
        (
            "Faire circuler un accueil social itinérant entre les trois quartiers",
            "Pôle Accès aux droits",
            42000,
        ),
        (
            "Former les agents d'accueil de la mairie et du CCAS au repérage du non-recours",
            "Direction du CCAS",
            4500,
        ),
        ("Ouvrir un dossier unique de demande d'aide", "Pôle Aides", 19000),
    ]


def test_paragraph_actions_with_facts_at_a_line_start_a_title_ending_on_an_acronym_and_a_told_lead(tmp_path):
    """The paragraph plan's irregular places: a labelled sentence that opens a line ("Pilote :"
    read by the block reader as a field, the paragraph's next lines its own), a title whose first
    sentence ends on an acronym ("… gérés par le CCAS."), and a lead told as the subject of a
    sentence ("Le Pôle Seniors porte l'action avec …") with no lead label."""
    from ccas_cli.ingest import parse_file

    text = (
        "PLAN D'ACTIONS DU CCAS DE VALMONT 2031-2036\n\n"
        "PRIORITÉ 1 : Se loger dignement\n\n"
        "1.1.1 Créer une cellule de prévention des expulsions. La cellule examine les impayés\n"
        "signalés par les bailleurs dès le deuxième mois.\n"
        "Pilote : Service Logement du CCAS. Partenaires : Valmont Habitat, ADIL du Val. Coût :\n"
        "3 000 €. Échéance : fin 2032.\n\n"
        "1.1.2 Porter de deux à quatre le nombre de logements d'urgence gérés par le CCAS. Ces\n"
        "logements accueillent pour quelques semaines des personnes sans solution. Le Service\n"
        "Logement pilote l'action avec Valmont Agglomération et Soliha. Coût : 24 000 € par an\n"
        "pendant cinq ans.\n\n"
        "PRIORITÉ 2 : Bien vieillir\n\n"
        "2.1.1 Développer un réseau de visiteurs bénévoles. Les bénévoles rendent visite chaque\n"
        "semaine à une personne isolée. Le Pôle Seniors porte l'action avec les Petits Frères des\n"
        "Pauvres. Budget : 5 500 € par an, soit 27 500 € sur cinq ans.\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.title, r.direction, r.budget_total_eur, r.partners) for r in records] == [
        (
            "Créer une cellule de prévention des expulsions",
            "Service Logement du CCAS",
            3000,
            ["Valmont Habitat", "ADIL du Val"],
        ),
        (
            "Porter de deux à quatre le nombre de logements d'urgence gérés par le CCAS",
            "Service Logement",
            120000,
            ["Valmont Agglomération", "Soliha"],
        ),
        ("Développer un réseau de visiteurs bénévoles", "Pôle Seniors", 27500, ["Petits Frères des Pauvres"]),
    ]


def test_a_plan_pasted_from_a_spreadsheet_a_cell_quoted_over_two_lines(tmp_path):
    """Actions as tab-separated rows under one header row, the axe cell filled on each axe's
    first row only, one title cell holding a line break (quoted over two lines, as a spreadsheet
    copies it), budgets in k€ or € or empty, a "Total" row at the end (a check, not an action)."""
    from ccas_cli.ingest import parse_file

    rows = [
        ["Axe", "N°", "Action", "Pilote", "Partenaires", "Échéance", "Budget"],
        ["Se loger", "1.1", "Repérer les ménages en précarité énergétique", "CCAS – Pôle accès aux droits", "SOLIHA / Enedis", "2031", "12 k€"],
        ["", "1.2", "Créer un fonds d'aide aux petits travaux", "CCAS – Direction", "CAF du Val", "2032", "18\u00a0000 €"],
        ["Bien manger", "2.1", '"Ouvrir une épicerie solidaire itinérante\ndesservant les hameaux"', "CCAS – Direction", "Banque alimentaire / Secours populaire", "Été 2032", "45 000 €"],
        ["", "2.2", "Ateliers cuisine de saison", "CCAS – Pôle Familles", "", "Chaque année", ""],
        ["Total", "", "", "", "", "", "75 000 €"],
    ]  # fmt: skip
    text = (
        "CCAS DE VALMONT\nPlan d'actions 2031-2034 – tableau de suivi\n\n"
        "Le plan compte quatre actions réparties en deux axes.\n\n"
        + "\n".join("\t".join(row) for row in rows)
        + "\n\nNotes :\n(1) Les montants sont des coûts prévisionnels.\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, "ccas-plan")
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        ("Repérer les ménages en précarité énergétique", "Se loger", 12000),
        ("Créer un fonds d'aide aux petits travaux", "Se loger", 18000),
        ("Ouvrir une épicerie solidaire itinérante desservant les hameaux", "Bien manger", 45000),
        ("Ateliers cuisine de saison", "Bien manger", None),
    ]
    assert result.records[2].partners == ["Banque alimentaire", "Secours Populaire"]  # (its reference name)


def test_money_tables_by_year_under_each_sheet_one_of_them_one_year_long(tmp_path):
    """Each sheet's "Moyens financiers" a table of years set apart by spaces ("2031  2032  2033
    Total"), its header printed alike under every sheet (a table's header, not a running header),
    a Total row adding the rows up; one sheet's table one year long ("2032   Total")."""
    from ccas_cli.ingest import parse_file

    def sheet(number: str, title: str, table: list[str]) -> str:
        return (
            f"Action {number} – {title}\n\nPilote : Pôle Autonomie\n\nDescription\n"
            "Le service étend son action à toutes les communes du territoire.\n\n"
            "Moyens financiers\n" + "\n".join(table) + "\n\n\n"
        )

    years = "                            2031          2032          2033          Total"
    text = (
        "PROJET SOCIAL DU CIAS DE VALMONT 2031-2033\n\nORIENTATION 1 – Vieillir chez soi\n\n"
        + sheet("1.1.a", "Recruter des aides à domicile", [
            years,
            "Fonctionnement          15 000 €      15 000 €      15 000 €      45 000 €",
            "Investissement          42 000 €      28 000 €          –         70 000 €",
            "Total                   57 000 €      43 000 €      15 000 €     115 000 €",
        ])
        + sheet("1.1.b", "Étendre le portage de repas", [
            "                            2032          Total",
            "Investissement          38 000 €      38 000 €",
        ])
        + sheet("1.2.a", "Ouvrir une halte-répit", [
            years,
            "Fonctionnement          10 000 €      10 000 €      10 000 €      30 000 €",
        ])
        + sheet("1.2.b", "Former les aidants", [
            years,
            "Fonctionnement           2 000 €       2 000 €       2 000 €       6 000 €",
        ])
    )  # fmt: skip
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path, "ccas-plan").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Recruter des aides à domicile", 115000),
        ("Étendre le portage de repas", 38000),
        ("Ouvrir une halte-répit", 30000),
        ("Former les aidants", 6000),
    ]


def test_a_table_of_fields_whose_first_label_is_in_inclusive_writing(tmp_path):
    """ "| Pilote(s) | Pôle Seniors |" as the first row of a sheet's table of fields: a label the
    family knows ("Pilote"), not a header row to skip."""
    text = (
        "# Plan d'actions du CCAS de Valmont\n\n## Axe 1 – Bien vieillir\n\n"
        "### Action 1.1 – Créer un transport solidaire\n\n"
        "| Pilote(s) | Pôle Seniors du CCAS |\n|---|---|\n| Partenaire(s) | Familles rurales du Val |\n"
        "| Budget | 12 000 € |\n\n"
        "### Action 1.2 – Repérer les personnes isolées\n\n"
        "| Référent(e) | Coordinatrice du pôle Seniors |\n|---|---|\n| Partenaires | Croix-Rouge française |\n"
        "| Budget | 3 000 € |\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.direction, r.partners, r.budget_total_eur) for r in records] == [
        ("Pôle Seniors du CCAS", ["Familles rurales du Val"], 12000),
        ("Coordinatrice du pôle Seniors", ["Croix-Rouge française"], 3000),
    ]


def test_actions_in_a_numbered_table_their_partners_and_money_in_tables_keyed_by_number(tmp_path):
    """A web export listing each orientation's actions in a table (| N° | Action | Pilote |),
    their partners later in a table keyed by number (some actions missing from it) and their
    money at the end (| N° | 2031 | 2032 | Total |, a footnote's call after two totals, a Total
    row): each action gets its own row's partners and total, the Total row counted nowhere."""
    text = (
        "# Plan d'actions 2031-2032 du CCAS de Valmont\n\n## Les actions\n\n"
        "### Orientation 1 – Aller vers les habitants\n\n"
        "| N° | Action | Pilote |\n|----|--------|--------|\n"
        "| 1.1 | Créer une permanence itinérante | CCAS – Service accès aux droits |\n"
        "| 1.2 | Former les agents d'accueil | Direction du CCAS |\n\n"
        "### Orientation 2 – Bien vieillir\n\n"
        "| N° | Action | Pilote |\n|----|--------|--------|\n"
        "| 2.1 | Développer les visites de convivialité | Pôle Seniors |\n"
        "| 2.2 | Créer un transport solidaire | Pôle Seniors |\n\n"
        "## Les partenaires\n\n| N° | Partenaires |\n|----|-------------|\n"
        "| 1.1 | Association Rivages, Valmont Habitat |\n| 2.2 | Maison des aidants du Val, chauffeurs bénévoles |\n\n"
        "## Budget prévisionnel\n\n| N° | 2031 | 2032 | Total |\n|----|-----:|-----:|------:|\n"
        "| 1.1 | 18 500 € | 19 000 € | 37 500 €¹ |\n| 1.2 | 4 200 € | — | 4 200 € |\n"
        "| 2.1 | à moyens constants | à moyens constants | — |\n| 2.2 | 22 000 € | 14 500 € | 36 500 €² |\n"
        "| **Total** | **44 700 €** | **33 500 €** | **78 200 €** |\n\n"
        "¹ dont 5 000 € attendus de la CAF.\n² Véhicule compris.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.block, r.direction, r.partners, r.budget_total_eur) for r in records] == [
        ("Créer une permanence itinérante", "Aller vers les habitants", "CCAS – Service accès aux droits", ["Association Rivages", "Valmont Habitat"], 37500),
        ("Former les agents d'accueil", "Aller vers les habitants", "Direction du CCAS", [], 4200),
        ("Développer les visites de convivialité", "Bien vieillir", "Pôle Seniors", [], None),
        ("Créer un transport solidaire", "Bien vieillir", "Pôle Seniors", ["Maison des aidants du Val", "chauffeurs bénévoles"], 36500),
    ]  # fmt: skip


def test_sheets_as_a_form_of_dot_leaders_a_part_title_wrapped_after_its_comma(tmp_path):
    """Action sheets exported from a form: "Label ........ value" lines, values wrapping onto
    lines indented to their column, partners as "- " lines there; a part "AXE 2 – …," whose
    title in capitals wraps after its comma onto the next line."""
    from ccas_cli.ingest import parse_file

    def sheet(number: str, title: str, lead: str, partners: list[str], cost: str) -> str:
        rows = [
            f"FICHE ACTION N° {number}",
            "",
            f"Intitulé de l'action ............ {title}",
            f"Service pilote .................. {lead}",
            f"Partenaires ..................... - {partners[0]}",
            *[f"                                  - {p}" for p in partners[1:]],
            "Calendrier ...................... 2031-2032",
            f"Coût prévisionnel ............... {cost}",
            "",
            "=" * 70,
            "",
        ]
        return "\n".join(rows) + "\n"

    text = (
        "PROJET SOCIAL DU CCAS DE VALMONT 2031-2036\n\n"
        "AXE 1 – ACCÈS AUX DROITS\n\n"
        + sheet("1.1", "Ouvrir un accueil unique", "Pôle accueil", ["Association Rivages", "Valmont Habitat"], "12 000 €")
        + sheet("1.2", "Former les agents", "Direction du CCAS", ["Association Rivages"], "4 500 €")
        + "AXE 2 – BIEN VIEILLIR CHEZ SOI ET ROMPRE L'ISOLEMENT DES AÎNÉS,\n"
        + "        DANS LES QUARTIERS COMME AU CENTRE\n\n"
        + sheet("2.1", "Créer un transport solidaire", "Pôle seniors", ["Maison des aidants du Val", "Valmont Agglomération", "Associations de locataires"], "32 000 €")
    )  # fmt: skip
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path, "ccas-plan").records
    assert [(r.title, r.direction, r.partners, r.budget_total_eur) for r in records] == [
        ("Ouvrir un accueil unique", "Pôle accueil", ["Association Rivages", "Valmont Habitat"], 12000),
        ("Former les agents", "Direction du CCAS", ["Association Rivages"], 4500),
        ("Créer un transport solidaire", "Pôle seniors", ["Maison des aidants du Val", "Valmont Agglomération", "Associations de locataires"], 32000),
    ]  # fmt: skip
    assert (
        records[2].block
        == "BIEN VIEILLIR CHEZ SOI ET ROMPRE L'ISOLEMENT DES AÎNÉS, DANS LES QUARTIERS COMME AU CENTRE"
    )


def test_actions_numbered_as_paragraphs_over_their_text_then_a_question_grid(tmp_path):
    """ "2.1. Title" alone on its line, a paragraph of description, then a grid of questions
    ("Qui pilote ?    Pôle …", "Combien ?    …") aligned in a column: the questions are the
    labels (under a cover page; two actions a part, no run of three to go by; a page a sheet)."""
    grid = (
        "   Qui pilote ?          {lead}\n"
        "   Avec qui ?            {partners}\n"
        "   Pour quel public ?    Personnes de plus de 75 ans\n"
        "   Combien ?             {money}\n"
    )
    sheets = [
        (
            "1.1. Organiser des visites de voisinage",
            "Service Seniors",
            "Mutualité française, CARSAT",
            "9 000 €",
        ),
        (
            "1.2. Ouvrir un café des aidants",
            "Service Seniors",
            "France Alzheimer",
            "4 500 € en 2031 ; 4 500 € en 2032",
        ),
        ("2.1. Former les agents d'accueil", "Direction du CCAS", "CNFPT", "2 000 €"),
        ("2.2. Simplifier les formulaires", "Direction du CCAS", "Ville", "À moyens constants"),
    ]

    def sheet(title: str, lead: str, partners: str, money: str) -> str:
        return (
            f"{title}\n\nUne phrase qui décrit l'action et ce qu'elle change pour les habitants\n"
            "du quartier, une deuxième qui dit comment elle sera menée.\n\n"
            + grid.format(lead=lead, partners=partners, money=money)
            + "\n                      Plan d'action CCAS de Laval 2031-2035 — page 2\n\f"
            + "CCAS de Laval                                        Plan d'action 2031-2035\n\n"
        )

    text = (
        "          CENTRE COMMUNAL D'ACTION SOCIALE\n                  DE LAVAL\n\n\n"
        "            PLAN D'ACTION SOCIALE\n                2031 – 2035\n\n\f"
        "ORIENTATION 1 — Rompre l'isolement\n\nCette orientation se décline en deux actions.\n\n\n"
        + sheet(*sheets[0])
        + sheet(*sheets[1])
        + "ORIENTATION 2 — Mieux accueillir\n\nDeux actions y répondent.\n\n\n"
        + sheet(*sheets[2])
        + sheet(*sheets[3])
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(a.title, a.direction, a.budget_total_eur, a.partners[0]) for a in result.records] == [
        ("Organiser des visites de voisinage", "Service Seniors", 9_000, "Mutualité française"),
        ("Ouvrir un café des aidants", "Service Seniors", 9_000, "France Alzheimer"),
        ("Former les agents d'accueil", "Direction du CCAS", 2_000, "CNFPT"),
        ("Simplifier les formulaires", "Direction du CCAS", None, "Ville"),
    ]


def test_unnumbered_markdown_parts_with_pictographs_hold_their_sheets(tmp_path):
    """ "# 🧓 Bien vieillir" over "## ✅ Action 1 — …" sheets (a wiki's export, status icons
    before the titles): the top headings are the parts, the icons no words of the titles."""
    sheet = "## {icon} Action {n} — {title}\n\nResponsable: Pôle Autonomie\nBudget prévisionnel: {k} k€\n\n"
    text = (
        "# 🏠 Projet social 2031-2036\n\nLa page d'accueil du projet.\n\n"
        "# 🧓 Bien vieillir à domicile\n\n"
        + sheet.format(icon="✅", n=1, title="Livrer des repas", k=12)
        + sheet.format(icon="🔄", n=2, title="Visiter les personnes seules", k=8)
        + "# 🚐 Se déplacer\n\n"
        + sheet.format(icon="⏸️", n=3, title="Transport solidaire", k=20)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Livrer des repas", "Bien vieillir à domicile", 12_000),
        ("Visiter les personnes seules", "Bien vieillir à domicile", 8_000),
        ("Transport solidaire", "Se déplacer", 20_000),
    ]


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        # the two sides side by side, in a table printed without borders: the uses' total
        (
            [
                "Emplois | Montant | Ressources | Montant",
                "Animatrice (0,4 ETP) | 16 200 € | CAF | 10 000 €",
                "Transports | 1 800 € | Autofinancement CCAS | 8 000 €",
                "Total des emplois | 18 000 € | Total des ressources | 18 000 €",
            ],
            18_000,
        ),
        # the unit printed once in the header, no total row: the charges added up
        (
            [
                "Charges | € | Produits | €",
                "Intervenant | 3 100 | Conférence des financeurs | 2 500",
                "Salle | 400 | CCAS | 1 000",
            ],
            3_500,
        ),
        # two cells a row, a receipt alone on its row (its left cell empty)
        (
            [
                "Dépenses TTC | Recettes",
                "Minibus adapté : 41 000 € | CNSA : 20 000 €",
                "| FCTVA (16,404 %) : 6 726 €",
                "| Autofinancement : 14 274 €",
                "Total : 41 000 € | Total : 41 000 €",
            ],
            41_000,
        ),
        # the sides stacked, a deficit between them
        (
            [
                "Charges prévisionnelles 2031 : 19 600 €",
                "Produits prévisionnels 2031 : 17 000 €",
                "Déficit prévisionnel : 2 600 € (budget principal du CCAS)",
            ],
            19_600,
        ),
        # years as columns on both sides: the expenses' years added, their total row left out
        (
            [
                "Dépenses | 2031 | 2032 | Recettes | 2031 | 2032",
                "Personnel | 15 000 € | 15 300 € | CAF | 10 000 € | 10 000 €",
                "Frais | 1 000 € | 1 200 € | CCAS | 6 000 € | 6 500 €",
                "Total | 16 000 € | 16 500 € | Total | 16 000 € | 16 500 €",
            ],
            32_500,
        ),
        # an aligned table whose unit is only in the caption line above it, a Total column
        (
            [
                "                                    en k€ TTC",
                "                         2031    2032    Total",
                "Personnel                  24      25       49",
                "Véhicule                   18       -       18",
            ],
            67_000,
        ),
        # the budget beside the columns comparing it with last year's accounts: its column only
        (
            [
                "Budget (en euros)",
                "",
                "                               CA 2030    BP 2031      Écart      Évol.",
                "Aides alimentaires             41 250     45 000      3 750     +9,1 %",
                "Chèques énergie CCAS            8 750     10 000      1 250    +14,3 %",
                "Total                          50 000     55 000      5 000    +10,0 %",
            ],
            55_000,
        ),
        # an envelope for a year, the same for the next, "soit" their sum: the sum, once; the
        # ceiling per person no money of the action's
        (
            [
                "Budget : l'aide est plafonnée à 600 € par jeune. Une enveloppe de 7 200 €",
                "est inscrite pour 2031 et une enveloppe identique pour 2032, soit 14 400 € sur",
                "deux ans.",
            ],
            14_400,
        ),
        # a two-sided table run into one line
        (
            [
                "Dépenses Personnel 7 000 € Matériel 900 € Total 7 900 € Recettes CAF 5 000 € CCAS 2 900 € Total 7 900 €"
            ],
            7_900,
        ),
        # a column pricing one unit beside the rows' amounts, and a total row with empty cells
        (
            [
                "Poste | Quantité | Prix unitaire | Montant",
                "Bons alimentaires | 300 | 20 € | 6 000 €",
                "Atelier cuisine | 2 | 750 € | 1 500 €",
                "Total | | | 7 500 €",
            ],
            7_500,
        ),
    ],
)
def test_a_sheets_balanced_budget_counts_its_expenses_once(tmp_path, lines, total):
    """A sheet's budget set as its expenses and the receipts that fund them ("Dépenses" /
    "Recettes", "Charges" / "Produits", "Emplois" / "Ressources"), however a tool flattened it:
    the expenses are the action's cost, the receipts the same money, never added."""
    sheet = "FICHE ACTION N°{n}\nACTION {n}\n\nPilote : Service des solidarités\n\n{money}\n\n"
    text = "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n" + "".join(
        sheet.format(n=n, money=money)
        for n, money in enumerate(["Coût : 1 000 €", "\n".join(lines), "Coût : 1 000 €"], 1)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [a.budget_total_eur for a in result.records] == [1_000, total, 1_000]


def test_a_sentence_announcing_the_actions_over_their_numbered_list_is_no_sheet(tmp_path):
    """ "Trois actions sont retenues au titre de cet enjeu :" over "1. Title" items, each with its
    lettered details ("a) Pilote : …", "d) Moyens : …"): the sentence counts the sheets."""
    action = "{n}. {title}\n    a) Pilote : Service social\n    b) Partenaires : CAF des Landes\n    c) Moyens : {money}\n\n"
    text = (
        "ENJEU 1 : ACCÉDER AUX DROITS\n\nTrois actions sont retenues au titre de cet enjeu :\n\n"
        + action.format(n=1, title="Déployer un bus itinérant", money="96 000 €")
        + action.format(n=2, title="Ouvrir des permanences", money="12 000 €")
        + action.format(n=3, title="Former les secrétaires de mairie", money="4 000 €")
    )
    result = parse_text(tmp_path, text, "ccas-plan", "projet.txt")
    assert [(a.title, a.budget_total_eur) for a in result.records] == [
        ("Déployer un bus itinérant", 96_000),
        ("Ouvrir des permanences", 12_000),
        ("Former les secrétaires de mairie", 4_000),
    ]


def test_a_table_s_unit_printed_outside_it(tmp_path):
    """Bare figures whose unit is printed apart from them: in a note under the table ("*
    Montants en milliers d'euros."), in a line above it ("Unité : k€ TTC"), in the line heading
    a run of figures ("… budget 2026 (en k€)" over "Détecteurs : 0,45"); a row or a column that
    counts ("Places ouvertes", "Démarrage") is no money."""

    bodies = [
        "| Poste | 2026 | 2027 | Total* |\n|---|---|---|---|\n| Ateliers | 14 | 14,5 | 28,5 |\n"
        "| Fonds de garantie | 5 | 5 | 10 |\n\n* Montants en milliers d'euros.",
        "Unité : k€ TTC\n\nDépenses              2026     2027\nLoyer                  7,2      7,2\n"
        "Animation              9,6     10,0",
        "Petits équipements : budget 2026 (en k€)\nDétecteurs de fumée : 0,45\nAmpoules : 0,25",
        "Tableau 4 – Moyens prévisionnels (en milliers d'euros)\n\n| | 2026 | 2027 |\n|---|---|---|\n"
        "| Places ouvertes | 12 | 15 |\n| Charges de personnel | 210 | 262 |\n| Total | 210 | 262 |",
        "Montants en k€\n\n| Volet | Démarrage | Coût |\n|---|---|---|\n| Diagnostic | 2026 | 8 |\n"
        "| Travaux | 2027 | 12,5 |",
    ]
    text = _plan_of(bodies)
    records = parse_text(tmp_path, text, "ccas-plan", "units.txt").records
    assert [r.budget_total_eur for r in records] == [38_500, 34_000, 700, 472_000, 20_500]


def test_sheets_as_two_column_tables_saved_with_tabs(tmp_path):
    """A word processor's two-column sheets saved as text: "Label<TAB>Value" rows, a value going
    on in rows whose label cell is empty, the title row "FICHE ACTION 1.2<TAB>Title" (wrapped
    onto a row of its own too)."""
    text = (
        "PLAN D'ACTIONS\n\nORIENTATION 1 – Vieillir chez soi\n\n"
        "FICHE ACTION 1.1\tUn registre des aînés isolés\n"
        "Pilote\tPôle Seniors\n"
        "Partenaires\tCroix-Rouge française, SSIAD du canton\n"
        "Coût\t7 200 €\n\n"
        "FICHE ACTION 1.2\tDes ateliers de prévention des chutes dans les quartiers\n"
        "\tet les hameaux\n"
        "Service pilote\tPôle Seniors – Animation\n"
        "Partenaires\t- Association Les Amis du Vieux Moulin\n\t- Club des aînés de Bellecombe\n"
        "Budget estimé\t2025 : 12 000 €\n\t2026 : 8 000 €\n\tTotal : 20 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "tabs.txt").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Un registre des aînés isolés", "Pôle Seniors", 7_200),
        (
            "Des ateliers de prévention des chutes dans les quartiers et les hameaux",
            "Pôle Seniors – Animation",
            20_000,
        ),
    ]
    assert records[1].partners == [
        "Association Les Amis du Vieux Moulin",
        "Club des aînés de Bellecombe",
    ]


def test_a_plan_told_in_prose_each_action_a_bold_run_in_title(tmp_path):
    """Each action a paragraph opening on "**Action N. Title.**" (the bold run wrapped over two
    lines at times), its lead, partners and money told in its sentences."""
    text = (
        "# Projet social du CCAS de Fleurance\n\n## Vieillir au village\n\n"
        "**Action 1. Un registre des personnes fragiles.** Porté par le pôle Aînés du CCAS, en lien\n"
        "avec la Croix-Rouge française, le centre hospitalier d'Auch et les infirmiers libéraux de la\n"
        "commune, ce registre sera tenu toute l'année. Son coût est estimé à 4 800 €.\n\n"
        "**Action 2. Le minibus du vendredi, pour descendre au marché et remonter\n"
        "ses courses.** Animé par la coordinatrice gérontologique du CCAS, le minibus desservira les\n"
        "hameaux. L'achat du véhicule représente une dépense d'investissement de 26 000 €. Les\n"
        "frais de fonctionnement sont évalués à 11 200 euros pour la durée du plan.\n\n"
        "**Action 3. Repérer la précarité énergétique.** Porté par le service Habitat de la mairie,\n"
        "ce repérage associera les aides à domicile. Le budget prévu, 15 000 €, dont la moitié, soit\n"
        "7 500 €, fera l'objet d'une demande de cofinancement.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "prose.md").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Un registre des personnes fragiles", "pôle Aînés du CCAS", 4_800),
        (
            "Le minibus du vendredi, pour descendre au marché et remonter ses courses",
            "coordinatrice gérontologique du CCAS",
            37_200,
        ),
        ("Repérer la précarité énergétique", "service Habitat de la mairie", 15_000),
    ]
    assert "infirmiers libéraux de la commune" in records[0].partners
    assert "centre hospitalier d'Auch" in records[0].partners


def test_a_speakers_notes_plan_its_money_told_by_purchase_entry_and_representer(tmp_path):
    """Slides' notes telling each action: money a purchase's price with what is added to it, a
    list of yearly entries, what the action "représente"; a lead field going on in sentences
    (its partners there); partners "comme partenaires" and "à la …, à l'…"; a lead that "pilote
    aussi" the action."""
    text = (
        "# Projet social du CCAS de Redon\n\n## Axe 1 – Se déplacer\n\n"
        "### Action 1 – Un minibus pour les hameaux\n\n"
        "Le Service mobilité pilote cette action. Nous avons comme partenaires la Mission locale du "
        "Pays de Redon et le Département d'Ille-et-Vilaine. Il faut acheter le minibus, pour 38 000 €, "
        "auquel s'ajoutent 4 000 € d'aménagement.\n\n"
        "### Action 2 – Des bons de taxi pour les soins\n\n"
        "Le Service mobilité pilote aussi cette action. Nous nous associons à la CPAM "
        "d'Ille-et-Vilaine et à l'ADMR du Pays de Redon. Nous inscrivons 3 000 € en 2026, 3 500 € en "
        "2027 et 4 000 € en 2028. Chaque bon vaut 12 € par trajet.\n\n"
        "## Axe 2 – Se loger\n\n"
        "### Action 3 – Un fonds pour les petites réparations\n\n"
        "Pilotage : là encore, la Direction de l'habitat. Nous travaillons avec Soliha "
        "Ille-et-Vilaine et la Fondation Abbé Pierre. Le fonds représente 25 000 € sur la durée du "
        "plan, avec un plafond de 800 € par logement. Il représente 40 % des demandes.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "notes.md").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Un minibus pour les hameaux", "Service mobilité", 42_000),
        ("Des bons de taxi pour les soins", "Service mobilité", 10_500),
        ("Un fonds pour les petites réparations", "Direction de l'habitat", 25_000),
    ]
    named = [[*r.partners, *r.partners_unresolved] for r in records]
    assert "Mission locale du Pays de Redon" in named[0]
    assert any("ADMR" in p for p in named[1]) and len(named[1]) >= 2
    assert any("Soliha" in p for p in named[2]) and any("Abbé Pierre" in p for p in named[2])


def test_a_monthly_cost_over_the_months_its_sentence_spans(tmp_path):
    """ "un loyer de 350 € par mois, de janvier à décembre 2026", "620 € HT par mois, du 1er mars
    au 31 août 2026", "450 €/mois x 12": the months counted; the product printed beside it
    ("7 800 € (loyer 650 €/mois × 12)") not counted again; a household's monthly aid is no cost."""

    bodies = [
        "Le coût de la location du local est de 350 € par mois, de janvier à décembre 2026.",
        "Location d'un bungalow : 620 € HT par mois, du 1er mars au 31 août 2026",
        "Location du local de permanence : 450 €/mois x 12",
        "Budget annuel 2026 : 7 800 € (loyer 650 €/mois × 12)",
        "Aide : 150 € par mois de janvier à juin 2026 pour chaque foyer accompagné",
    ]
    text = _plan_of(bodies)
    records = parse_text(tmp_path, text, "ccas-plan", "months.txt").records
    assert [r.budget_total_eur for r in records] == [4_200, 3_720, 5_400, 7_800, None]


def test_an_amount_by_the_month_or_quarter_over_the_span_its_calendar_prints(tmp_path):
    """The amount's own start ("à partir de mars 2026") and the sheet's calendar ("Calendrier :
    …", "Fin : …", a sentence "jusqu'à fin 2027") give the span; months or quarters counted, both
    ends included. A household's monthly aid, or dates listed as milestones, multiply nothing."""
    bodies = [
        "Coût : 900 € par mois à partir de mars 2026\nCalendrier : mars 2026 – février 2027",
        "Location du local : 400 €/mois\nÉchéance : juillet 2026 à juin 2028",
        "Versement trimestriel de 1 250 € au centre social\n"
        "Calendrier : du 3e trimestre 2026 au 2e trimestre 2028",
        "Permanence d'écrivain public : 600 € par trimestre à partir du 1er trimestre 2027\nFin : décembre 2028",
        "Poste d'animatrice : 2 100 €/mois charges comprises\n\n"
        "Recrutement prévu en septembre 2026, jusqu'à fin 2027.",
        "Aide : 120 € par mois\nCalendrier : janvier 2026 – décembre 2027",
        "Coût : 500 € par mois\nCalendrier : étude en 2026, ouverture en 2027",
    ]
    records = parse_text(tmp_path, _plan_of(bodies), "ccas-plan", "periods.txt").records
    assert [r.budget_total_eur for r in records] == [10_800, 9_600, 10_000, 4_800, 33_600, None, None]
    derived = records[0].budget_lines[-1]
    assert derived.counted and "12 months" in derived.reason and "mars 2026" in derived.reason


def test_a_yearly_amount_over_a_duration_a_renewal_or_the_years_after_the_first(tmp_path):
    """ "Durée : 3 ans" beside a yearly cost (its monthly figure or its funder's share in brackets
    adds nothing); "reconduite chaque année" over the calendar; a first year's amount "puis" a
    yearly one over the calendar's other years; a phase's yearly amount over the years its label
    gives; running totals ("soit … cumulés") line after line, the last counted once."""
    bodies = [
        "Coût annuel : 9 600 € (800 € par mois)\nDurée : 3 ans",
        "Budget annuel : 14 000 € (dont 7 000 € de la CAF)\nDurée : 2026-2027",
        "Enveloppe de 3 000 €, reconduite chaque année du plan\nCalendrier : 2026-2028",
        "Budget : 4 000 € en 2026 (lancement), puis 2 500 € par an\nCalendrier : 2026-2029",
        "Budget : 8 000 € la première année, 5 000 € les années suivantes\nCalendrier : 2026 à 2028",
        "Phase 1 (diagnostic, 2026) : 6 000 €\nPhase 2 (déploiement, 2027-2028) : 11 000 € par an",
        "2026 : 5 000 €\n2027 : 5 500 € (soit 10 500 € cumulés)\n2028 : 6 000 € (soit 16 500 € cumulés)",
    ]
    records = parse_text(tmp_path, _plan_of(bodies), "ccas-plan", "years.txt").records
    assert [r.budget_total_eur for r in records] == [28_800, 28_000, 9_000, 11_500, 18_000, 28_000, 16_500]


def test_amounts_added_up_with_plus_signs_are_terms_not_a_total_and_its_parts(tmp_path):
    """ "Coût prévisionnel — 18 k€ (2025) + 9 k€ (2026) + 9 k€ (2027)": three terms of a sum
    (36 000 €), though the last two add up to the first."""
    text = (
        "## Axe 1 – Agir\n\n### Action 1.1 — Une permanence itinérante\n\n"
        "**Pilote** — Service social\n\n**Coût prévisionnel** — 18 k€ (2025) + 9 k€ (2026) + 9 k€ (2027)\n\n"
        "### Action 1.2 — Un guichet unique\n\n**Pilote** — Service social\n\n**Coût** — 12 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plus.md").records
    assert [r.budget_total_eur for r in records] == [36_000, 12_000]


def test_a_plan_kept_in_restructuredtext_reads_its_field_lists(tmp_path):
    """A plan published with Sphinx: parts underlined with "=", actions with "-", facts as a
    field list (":Pilote: …", ":Partenaires: …" going on on an indented line, ":Budget: …")."""
    text = (
        "######################\nPlan d'actions du CCAS\n######################\n\n"
        "Axe 1 – Agir tôt\n================\n\n.. _action-1-1:\n\n"
        "Action 1.1 – Un accueil sans rendez-vous\n----------------------------------------\n\n"
        ":Pilote: Pôle accueil\n:Partenaires: CAF de la Somme, Département de la Somme,\n"
        "   Mission locale\n:Échéance: 2027\n:Budget: 18 500 €\n\n"
        ".. rubric:: Description\n\nUn accueil ouvert à tous, le jeudi jusqu'à 19 heures.\n\n"
        "Action 1.2 – Des permanences dans les hameaux\n---------------------------------------------\n\n"
        ":Pilote: Pôle accueil\n:Partenaires: France Services\n:Budget: 9 000 € par an pendant trois ans\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.rst.txt").records
    assert [(r.title, r.responsable) for r in records] == [
        ("Un accueil sans rendez-vous", "Pôle accueil"),
        ("Des permanences dans les hameaux", "Pôle accueil"),
    ]
    assert [*records[0].partners, *records[0].partners_unresolved][-1:] == ["Mission locale"]
    assert [r.budget_total_eur for r in records] == [18_500, 27_000]


def test_multi_year_tables_count_each_year_once(tmp_path):
    """Budget tables as multi-year plans print them: years as "An 1…An 3" with Total row and
    column; a second header line "(N) | (N+1)"; a running "Cumul" beside the yearly amount; a
    realised year set beside the plan's, and a Total that spans it; a month's price beside the
    year's amount; a funders' table closed by the action's cost."""

    bodies = [
        "Budget | An 1 | An 2 | An 3 | Total 3 ans\nPersonnel | 30 000 | 30 600 | 31 200 | 91 800\n"
        "Animation | 4 000 | 4 000 | 4 000 | 12 000\nTotal | 34 000 | 34 600 | 35 200 | 103 800",
        "Budget prévisionnel | 2026 | 2027 | 2028\n| (N) | (N+1) | (N+2)\nMédiation | 25 000 € | 25 000 € | 26 000 €",
        "Année | Montant annuel | Cumul depuis 2022\n2026 | 6 000 € | 30 000 €\n2027 | 6 000 € | 36 000 €",
        "k€ | Réalisé 2025 | 2026 | 2027 | Total 2025-2027\nÉpicerie | 10 | 11 | 12 | 33",
        "Exercice | Mois d'activité | Coût mensuel | Coût annuel\n2026 | 6 | 1 500 € | 9 000 €\n"
        "2027 | 12 | 1 500 € | 18 000 €",
        "Financeur | 2026 | 2027\nCAF | 6 000 € | 6 000 €\nCCAS | solde | solde\nCoût de l'action | 10 000 € | 11 000 €",
        "Financeur (k€) | 2026 | Cumul fin 2027 | Cumul fin 2028\nCAF | 5 | 10 | 15\nCCAS | 2 | 4,5 | 7",
        "Budget cumulé (k€) : N = 10 ; N+1 = 21 ; N+2 = 33",
    ]
    text = _plan_of(bodies)
    records = parse_text(tmp_path, text, "ccas-plan", "years.txt").records
    assert [r.budget_total_eur for r in records] == [
        103_800,
        76_000,
        12_000,
        23_000,
        27_000,
        21_000,
        22_000,
        33_000,
    ]


def test_a_revised_column_replaces_the_voted_amounts_and_a_realised_year_is_no_money(tmp_path):
    """ "Exercice | Montant voté | Montant révisé": a revised cell replaces its row's voted one,
    "inchangé" keeps it; "(€) | Réalisé 2025 | 2026 | 2027" with the years "à définir" gives no
    money (the realised year is a comparison)."""

    bodies = [
        "Exercice | Montant voté | Montant révisé\n2026 | 10 000 € | 11 500 €\n2027 | 10 000 € | inchangé\n"
        "2028 | 10 000 € | inchangé",
        "(€) | Réalisé 2025 | 2026 | 2027\nAides d'urgence | 12 400 | à définir | à définir",
        "Coût : 1 000 €",
    ]
    text = _plan_of(bodies)
    records = parse_text(tmp_path, text, "ccas-plan", "revised.txt").records
    assert [r.budget_total_eur for r in records] == [31_500, None, 1_000]


def test_a_plan_saved_as_semicolon_csv_counts_years_in_its_cost_column(tmp_path):
    """A plan exported by a French spreadsheet: ";" between cells, quoted cells holding a ";"
    or a line break, the unit in the cost column's head: "6 000 par an sur 5 ans" is 30 000 €
    (the 5 counts years, it is no amount)."""
    text = (
        "Axe;N°;Intitulé de l'action;Pilote;Partenaires;Échéance;Coût prévisionnel (€)\n"
        'Axe 1 – Agir;1.1;Ouvrir une permanence;CCAS – pôle accueil;"CAF ; Département";2026;18 500\n'
        'Axe 1 – Agir;1.2;"Réviser le règlement ; créer un volet eau";CCAS – pôle accueil;"Vendée Eau\n'
        'Département";2026;6 000 par an sur 5 ans\n'
        "Axe 2 – Vieillir;2.1;Un transport solidaire;Service seniors;;2027;4200,00\n"
        ";;;;;;\nSource : conseil d'administration du 13/03/2025;;;;;;\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.csv.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Ouvrir une permanence", 18_500),
        ("Réviser le règlement ; créer un volet eau", 30_000),
        ("Un transport solidaire", 4_200),
    ]


def test_a_plan_exported_as_an_indented_outline(tmp_path):
    """A mind-map tool's export: the plan at the margin, parts one step in, actions two, their
    facts three ("Pilote : …", "Partenaires" over its partners one step deeper), a title wrapped
    at its own depth in lower case; no blank line, no numbering."""
    text = (
        "Projet social du CCAS de Lunel 2031-2036\n"
        "    Repères de l'analyse des besoins sociaux\n"
        "        Environ 26 000 habitants\n"
        "    Faciliter l'accès aux droits\n"
        "        Ouvrir un guichet social itinérant dans les communes\n"
        "        déléguées du territoire\n"
        "            Pilote : Service accueil du CCAS\n"
        "            Partenaires\n"
        "                CAF de l'Hérault\n"
        "                MSA Languedoc\n"
        "            Budget : 18 500 € par an sur 3 ans (2031-2033)\n"
        "        Former les secrétaires de mairie\n"
        "            Porteur : Direction du CCAS\n"
        "            Budget : 4 200 €\n"
        "    Vieillir chez soi\n"
        "        Organiser des visites de convivialité\n"
        "            Pilote : Service seniors\n"
        "            Partenaires : Petits Frères des Pauvres ; Croix-Rouge\n"
        "            Budget : à moyens constants\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "outline.txt").records
    assert [(r.title, r.block, r.responsable, r.budget_total_eur) for r in records] == [
        ("Ouvrir un guichet social itinérant dans les communes déléguées du territoire",
         "Faciliter l'accès aux droits", "Service accueil du CCAS", 55_500),
        ("Former les secrétaires de mairie", "Faciliter l'accès aux droits", "Direction du CCAS", 4_200),
        ("Organiser des visites de convivialité", "Vieillir chez soi", "Service seniors", None),
    ]  # fmt: skip
    assert len([*records[0].partners, *records[0].partners_unresolved]) >= 2


def test_sheet_facts_set_out_across_as_four_boxes_whose_cells_wrap(tmp_path):
    """pdftotext -layout of a sheet whose facts are one row of boxes: "PILOTE   PARTENAIRES
    CALENDRIER   BUDGET" over their cells, each wrapping in its own column (a cell's second line
    in capitals too); the budget read from its column only."""
    text = (
        "AXE 1 – AGIR\n\n\nFiche action 1.1 – Ouvrir un accueil de proximité\n\n\n"
        "PILOTE                   PARTENAIRES                   CALENDRIER              BUDGET\n\n"
        "CCAS – Pôle              • Banque alimentaire          Étude : 2031            5 200 € par an\n"
        "Solidarités                de la Moselle               Ouverture : 2032        pendant 3 ans\n"
        "                         • Restos du Cœur                                      (dont 50 % CAF)\n\n"
        "Objectifs : ouvrir un accueil où chacun est reçu sans condition, près de chez lui.\n\n\n"
        "Fiche action 1.2 – Former les agents\n\n\n"
        "PILOTE                   PARTENAIRES                   CALENDRIER              BUDGET\n\n"
        "Direction du CCAS        CNFPT                         2032                    2 400 €\n\n"
        "Objectifs : former tous les agents d'accueil au premier accueil social.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "boxes.txt").records
    assert [(r.responsable, r.budget_total_eur) for r in records] == [
        ("CCAS – Pôle Solidarités", 15_600),
        ("Direction du CCAS", 2_400),
    ]
    assert "Restos du Cœur" in " ".join([*records[0].partners, *records[0].partners_unresolved])


def test_a_deliberation_adopting_a_plan_each_action_a_numbered_paragraph_told_in_sentences(tmp_path):
    """A board's deliberation: "Article 1 – … adopte le plan suivant :", then actions numbered
    "1.1 –" at the head of their paragraph, no label anywhere: the lead told by many phrasings
    ("Le pilotage en revient au …", "… en assurera le pilotage", "Le CCAS en confie la
    responsabilité à son …", "…, la direction du CCAS animera une …", "Sous l'égide du …"), the
    partners after "en lien avec", "associant", a list whose first members are named by what
    they are; a title heading wrapped onto a line opening on a capital; "Article 2 –" and its
    recap close the last sheet (its grand total no sheet's money). Detected as a plan by reading."""
    from ccas_cli.ingest import parse_file

    text = (
        "CCAS DE VALMONT-SUR-LOIRE\n\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nSéance du 3 février 2031\n\n"
        "Objet : Adoption du programme d'actions 2031-2033\n\n"
        "Le conseil d'administration, après en avoir délibéré,\n\nDÉCIDE :\n\n"
        "Article 1 – Le programme d'actions suivant est adopté :\n\n"
        "Orientation 1 : Aller vers les habitants\n\n"
        "1.1 – Ouvrir une permanence dans les hameaux. Le pilotage en revient au pôle Accueil, qui\n"
        "travaillera en lien avec l'association Val Solidaire et la Poste, pour un coût estimé à 6 000 € par an\n"
        "sur trois ans.\n\n"
        "1.2 – Créer un fichier des personnes fragiles. Le pôle Autonomie du CCAS en assurera le pilotage\n"
        "avec les infirmiers libéraux, les pharmacies de la commune, Val Habitat et Loire Logis.\n"
        "Coût : aucun crédit nouveau.\n\n"
        "1.3 – Accompagner les démarches en ligne. Le CCAS en confie la responsabilité à son\n"
        "Espace numérique, avec le concours de la médiathèque Jules Verne ; un crédit de 2 400 € est\n"
        "inscrit.\n\n"
        "Orientation 2 : Se loger dignement\n\n"
        "2.1 – Repérer tôt les impayés de loyer. Dès 2031, la direction du CCAS animera une cellule\n"
        "associant Val Habitat, Loire Logis et l'ADIL du Val. Elle coûtera 3 000 €.\n\n"
        "2.2 – Aider les jeunes à se loger. Sous l'égide du Point jeunes de la Ville et avec\n"
        "la Mission locale, le dispositif disposera de 9 000 €.\n\n"
        "Article 2 – Les crédits nécessaires, soit 32 400 €, seront inscrits aux budgets du CCAS.\n\n"
        "  Orientation                 Nombre d'actions   Montant\n"
        "  1 – Aller vers                      3           20 400 €\n"
        "  2 – Se loger                        2           12 000 €\n"
        "  Total                               5           32 400 €\n\n"
        "Article 3 – La présidente est chargée de l'exécution de la présente délibération.\n"
    )
    path = tmp_path / "deliberation.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.title, r.direction, r.budget_total_eur, r.partners, r.block) for r in result.records] == [
        (
            "Ouvrir une permanence dans les hameaux",
            "pôle Accueil",
            18000,
            ["association Val Solidaire", "Poste"],
            "Aller vers les habitants",
        ),
        (
            "Créer un fichier des personnes fragiles",
            "pôle Autonomie du CCAS",
            None,
            ["infirmiers libéraux", "pharmacies de la commune", "Val Habitat", "Loire Logis"],
            "Aller vers les habitants",
        ),
        (
            "Accompagner les démarches en ligne",
            "Espace numérique",
            2400,
            ["médiathèque Jules Verne"],
            "Aller vers les habitants",
        ),
        (
            "Repérer tôt les impayés de loyer",
            "direction du CCAS",
            3000,
            ["Val Habitat", "Loire Logis", "ADIL du Val"],
            "Se loger dignement",
        ),
        (
            "Aider les jeunes à se loger",
            "Point jeunes de la Ville",
            9000,
            ["Mission locale"],
            "Se loger dignement",
        ),
    ]


def test_sheets_printed_as_forms_with_check_boxes_and_a_grid_of_money(tmp_path):
    """Forms filled in by services: "FICHE ACTION N° 1" over a line repeated on every page
    ("Axe de rattachement : …", a running line) and the "Intitulé de l'action" field that names
    the sheet; options as check boxes ("☐ Sans incidence financière" unticked says nothing, "☒"
    says what is ticked); the money a grid whose header leaves the rows' labels blank
    ("           | Fonctionnement | Investissement | Total" over "-----+-----"), its Total
    column empty on the year rows."""
    from ccas_cli.ingest import parse_file

    def sheet(n: int, title: str, lead: str, grid: str, nothing: str) -> str:
        return (
            f"\fCIAS du Val – Projet social 2031-2033\n\nFICHE ACTION N° {n}\n"
            "Axe de rattachement : 1 – Aller vers les habitants\n\n"
            f"Intitulé de l'action : {title}\n\nPILOTE (service) : {lead}\n\n"
            "STATUT\n  ☐ À engager   ☒ En cours   ☐ Réalisée\n\n"
            f"MOYENS FINANCIERS PRÉVISIONNELS (en €)\n  {nothing} Sans incidence financière\n\n{grid}\n"
            f"                                                  Page {n + 1}\n"
        )

    grid = (
        "           | Fonctionnement | Investissement |      Total\n"
        "  ---------+----------------+----------------+-----------\n"
        "  2031     |          9 500 |          6 000 |\n"
        "  2032     |          9 500 |              - |\n"
        "  ---------+----------------+----------------+-----------\n"
        "  TOTAL    |         19 000 |          6 000 |     25 000\n"
    )
    text = (
        "CIAS DU VAL\n\nPROJET SOCIAL 2031-2033\n\nAXE 1 – Aller vers les habitants\n\n"
        + sheet(1, "Ouvrir une permanence mobile", "Pôle Accès aux droits", grid, "☐")
        + sheet(2, "Former les bénévoles", "Pôle Vie sociale", "", "☒")
        + sheet(
            3,
            "Créer un fichier des personnes isolées",
            "Pôle Seniors",
            grid.replace("9 500", "4 000").replace("19 000", "8 000").replace("25 000", "14 000"),
            "☐",
        )
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, kind="ccas-plan")
    assert [(r.title, r.direction, r.budget_total_eur) for r in result.records] == [
        ("Ouvrir une permanence mobile", "Pôle Accès aux droits", 25000),
        ("Former les bénévoles", "Pôle Vie sociale", None),
        ("Créer un fichier des personnes isolées", "Pôle Seniors", 14000),
    ]


def test_a_magazine_feature_each_action_an_article_with_its_practical_box(tmp_path):
    """A city magazine's pages: a kicker in capitals over each article ("SENIORS"), its title on
    two lines, a paragraph, then an "En pratique" box of questions ("Qui ?", "Avec qui ?",
    "Combien ?", "Quand ?"), one answer wrapped onto the next line; a running header whose page
    number changes; a photo caption. The kicker is the part, the title the sheet's; detected as a
    plan, not a practice sheet, though its question labels repeat article after article."""

    def article(kicker: str, title: str, lead: str, partners: str, money: str) -> str:
        return (
            f"{kicker}\n{title}\n\nUn texte qui présente l'action aux habitants de la commune et dit\n"
            "pourquoi le CCAS la conduit.\n\n"
            f"En pratique\nQui ? {lead}\nAvec qui ? {partners}\nCombien ? {money}\nQuand ? En 2031\n\n\n"
        )

    text = (
        "12                    VALMONT MAGAZINE  |  N° 40  |  MAI 2031\n\nDOSSIER\n\nLe CCAS fixe son cap\n\n"
        + article(
            "SENIORS",
            "Un numéro unique\npour les aînés",
            "Pôle seniors du CCAS",
            "Mission locale du Val",
            "18 000 €",
        )
        + article(
            "SENIORS",
            "Des visites contre\nl'isolement",
            "Pôle seniors du CCAS",
            "Croix-Rouge française, Petits Frères des Pauvres,\nassociation Les Voisins",
            "9 000 €",
        )
        + "PLAN D'ACTION SOCIALE 2031-2033                              DOSSIER    13\n\n"
        + article(
            "FAMILLES",
            "Des vacances\npour tous",
            "Pôle familles du CCAS",
            "Mission locale du Val",
            "4 000 € par an, de 2031 à 2033",
        )
        + "Une famille au départ du car. © Ville de Valmont\n\n"
        + "14                    VALMONT MAGAZINE  |  N° 40  |  MAI 2031\n\n"
        + article(
            "FAMILLES", "Un relais\npetite enfance", "Service petite enfance", "PMI du Département", "6 500 €"
        )
        + "PLAN D'ACTION SOCIALE 2031-2033                              DOSSIER    15\n"
    )
    path = tmp_path / "magazine.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.title, r.direction, r.budget_total_eur, r.partners, r.block) for r in result.records] == [
        (
            "Un numéro unique pour les aînés",
            "Pôle seniors du CCAS",
            18000,
            ["Mission locale du Val"],
            "SENIORS",
        ),
        (
            "Des visites contre l'isolement",
            "Pôle seniors du CCAS",
            9000,
            ["Croix-Rouge française", "Petits Frères des Pauvres", "association Les Voisins"],
            "SENIORS",
        ),
        ("Des vacances pour tous", "Pôle familles du CCAS", 12000, ["Mission locale du Val"], "FAMILLES"),
        ("Un relais petite enfance", "Service petite enfance", 6500, ["PMI du Département"], "FAMILLES"),
    ]


def test_a_plan_kept_as_cards_of_a_project_tool_its_budget_revised_in_a_comment(tmp_path):
    """A project tool's export: "## Carte : Title" cards, each listing its list (the plan's part),
    its members (the lead marked "(responsable)", the others its partners) and its custom fields
    in a table; a comment revises one card's budget ("Budget revu à …"); a funder's share over
    three years never covers the cost it finances."""

    def card(title: str, axe: str, members: str, budget: str, funders: str, comment: str = "") -> str:
        return (
            f"## Carte : {title}\n\n- **Liste :** {axe}\n- **Membres :** {members}\n\n"
            "### Description\n\nUn texte qui décrit la carte.\n\n### Champs personnalisés\n\n"
            f"| Champ | Valeur |\n|---|---|\n| Budget prévisionnel | {budget} |\n| Financeurs | {funders} |\n\n"
            f"### Commentaires\n\n{comment}\n\n---\n\n"
        )

    text = (
        "# Tableau : Plan d'actions CCAS 2031-2033\n\n**Listes (2)**\n\n- Axe 1 – Accès aux droits · 2 cartes\n"
        "- Axe 2 – Bien vieillir · 1 carte\n\n---\n\n"
        + card(
            "Permanences dans les quartiers",
            "Axe 1 – Accès aux droits",
            "Pôle accès aux droits (responsable), Mission locale du Val, Épicerie du Val",
            "36 000 €",
            "CCAS ; État",
        )
        + card(
            "Maraudes de jour",
            "Axe 1 – Accès aux droits",
            "Service insertion (responsable), Restos du Cœur",
            "45 000 €",
            "CCAS",
            "**Claire Martin** — 04/03/2031\n> Budget revu à 39 000 € après arbitrage du bureau.",
        )
        + card(
            "Repérage des seniors isolés",
            "Axe 2 – Bien vieillir",
            "Pôle seniors (responsable), La Poste",
            "2031 : 8 500 € / 2032 : 9 000 € / 2033 : 9 000 €",
            "Conférence des financeurs (12 000 € sur 3 ans) ; CCAS",
        )
    )
    path = tmp_path / "cards.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, kind="ccas-plan")
    assert [(r.title, r.direction, r.budget_total_eur, r.partners, r.block) for r in result.records] == [
        (
            "Permanences dans les quartiers",
            "Pôle accès aux droits",
            36000,
            ["Mission locale du Val", "Épicerie du Val"],
            "Accès aux droits",
        ),
        ("Maraudes de jour", "Service insertion", 39000, ["Restos du Cœur"], "Accès aux droits"),
        ("Repérage des seniors isolés", "Pôle seniors", 26500, ["La Poste"], "Bien vieillir"),
    ]


def test_actions_set_out_as_dashed_lines_of_a_calendar_their_axis_in_square_brackets(tmp_path):
    """A plan ordered by the half-year its actions start in, each action one dashed line "– Title –
    pilot – (partners) – cost [Axe 2]", wrapped onto indented lines (a wrapped line opening on a
    dash too), one costed on a "Budget :" line under it, one "à moyens constants" with notes under
    it; the part is the axis the tag names, as the introduction titles it."""
    text = (
        "PLAN D'ACTIONS 2031-2032\n\nLe plan retient deux axes :\n\n"
        "  Axe 1 – Accéder aux droits\n  Axe 2 – Bien vieillir\n\n"
        "1er semestre 2031\n\n"
        "– Permanences dans les quartiers – Pôle accès aux droits – (Mission locale du Val,\n"
        "  Épicerie du Val) – 9 600 € [Axe 1]\n\n"
        "– Refonte du registre des personnes isolées – Service seniors – (Croix-Rouge française)\n"
        "  – à moyens constants [Axe 2]\n  Le registre n'a jamais été croisé avec le portage de repas.\n\n"
        "2nd semestre 2031\n\n"
        "– Café des aidants – Service seniors – (France Alzheimer du Val) – 4,2 k€ [Axe 2]\n\n"
        "– Aide au premier équipement – Pôle logement – (Action Logement) [Axe 1]\n"
        "  Budget : 14 000 € (dont 5 000 € pris en charge par Action Logement)\n"
    )
    path = tmp_path / "calendrier.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path, kind="ccas-plan")
    assert [(r.title, r.direction, r.budget_total_eur, r.partners, r.block) for r in result.records] == [
        (
            "Permanences dans les quartiers",
            "Pôle accès aux droits",
            9600,
            ["Mission locale du Val", "Épicerie du Val"],
            "Accéder aux droits",
        ),
        (
            "Refonte du registre des personnes isolées",
            "Service seniors",
            None,
            ["Croix-Rouge française"],
            "Bien vieillir",
        ),
        ("Café des aidants", "Service seniors", 4200, ["France Alzheimer du Val"], "Bien vieillir"),
        ("Aide au premier équipement", "Pôle logement", 14000, ["Action Logement"], "Accéder aux droits"),
    ]


def test_a_sheet_whose_partners_wrap_in_a_list_and_whose_money_is_in_thousands_by_year(tmp_path):
    """A partners label over a list, one item wrapped onto a second line (a long body's name, not
    a sentence); a money table headed "(k€)" whose first column holds the years (labels, never
    euros) beside expenses and receipts (the expenses count); a "Total" row over years whose
    last cell adds up the others (that cell the whole)."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN MINIBUS SOLIDAIRE\n\nPilote : Service seniors\n"
        "Partenaires :\n- Agglomération du Val\n- Conférence des financeurs de la prévention\n"
        "  de la perte d'autonomie du département\n- clubs des aînés de la ville\n\n"
        "Budget (k€) | Dépenses | Recettes\n2031 | 45 | 20\n2032 | 47 | 22\n\n"
        "FICHE ACTION N°2\nUN RELAIS DES AIDANTS\n\nPilote : Service autonomie\n\n"
        "Plan de financement (en milliers d'euros)\n\n"
        "Dépenses | 2031 | 2032 | Total\nPersonnel | 32,5 | 33,2 | 65,7\nFrais | 4,0 | 4,3 | 8,3\n"
        "Total | 36,5 | 37,5 | 74,0\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert records[0].partners == [
        "Agglomération du Val",
        "Conférence des financeurs de la prévention de la perte d'autonomie du département",
        "clubs des aînés de la ville",
    ]
    assert [r.budget_total_eur for r in records] == [92_000, 74_000]


def test_a_plan_annexed_to_a_deliberation_as_an_outline_its_money_in_a_financial_annex(tmp_path):
    """The plan an annex of the board's deliberation: an outline numbered on three levels, each
    action "1.1.1 Title (pilote : … ; partenaires : …)" wrapped over indented lines, the
    orientations its parts; no money in the outline — a financial annex lists each action by
    its number, years and a Total column, grouped under the orientations (a blank line between
    groups), with sub-totals and a grand total: each action takes its row's total, once."""
    action = "       {n} {title} (pilote : {lead} ;\n             partenaires : {partners})\n\n"
    outline = (
        "ANNEXE 1 – PLAN D'ACTIONS 2031-2034\n\n"
        "1. Garantir l'accès aux droits\n\n   1.1 Aller vers les habitants\n\n"
        + action.format(
            n="1.1.1",
            title="Ouvrir des permanences dans les hameaux",
            lead="pôle Accès aux droits",
            partners="CAF, MSA",
        )
        + action.format(
            n="1.1.2",
            title="Former les agents d'accueil au non-recours",
            lead="direction du CCAS",
            partners="CNFPT",
        )
        + "2. Bien vieillir à domicile\n\n   2.1 Rompre l'isolement\n\n"
        + action.format(
            n="2.1.1",
            title="Constituer une équipe de visiteurs bénévoles",
            lead="service Seniors",
            partners="Petits Frères des Pauvres",
        )
    )
    annex = (
        "ANNEXE 2 – ANNEXE FINANCIÈRE\n\nCoût prévisionnel des actions par exercice (en euros)\n\n"
        "N°      Action                           2031       2032       Total\n"
        + "-"
        * 72
        + "\n1. Garantir l'accès aux droits\n"
        "1.1.1   Permanences                     6 000      8 500      14 500\n"
        "1.1.2   Formation                       3 200      1 500       4 700\n"
        "        Sous-total orientation 1        9 200     10 000      19 200\n\n"
        "2. Bien vieillir à domicile\n"
        "2.1.1   Visiteurs bénévoles             4 000      4 500       8 500\n"
        "        Sous-total orientation 2        4 000      4 500       8 500\n"
        + "-" * 72
        + "\n        TOTAL GÉNÉRAL                  13 200     14 500      27 700\n"
    )
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nLe conseil d'administration, après en avoir délibéré, "
        "adopte le plan d'actions annexé.\n\n" + outline + annex
    )
    records = parse_text(tmp_path, text, "ccas-plan", "deliberation.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Ouvrir des permanences dans les hameaux", "Garantir l'accès aux droits", 14_500),
        ("Former les agents d'accueil au non-recours", "Garantir l'accès aux droits", 4_700),
        ("Constituer une équipe de visiteurs bénévoles", "Bien vieillir à domicile", 8_500),
    ]
    assert records[0].partners == ["CAF", "MSA"] or {"MSA"} <= set(
        records[0].partners + records[0].partners_unresolved
    )


def test_money_committed_or_paid_is_shown_beside_the_budget_never_added(tmp_path):
    """The labels "Montant engagé", "mandaté", "consommé" give the budget's execution: shown, not counted;
    partners "engagés dans la démarche" in a sentence say nothing of the money after them."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN FONDS D'URGENCE ÉNERGIE\n\nPilote : Service des solidarités\n"
        "Montant voté : 4 000 € (BP 2031) ; montant engagé : 4 000 € ; montant mandaté : 3 650 €\n\n"
        "FICHE ACTION N°2\nUN RÉSEAU DE VISITEURS\n\nPilote : Service seniors\n"
        "Huit partenaires sont engagés dans la démarche, dont le budget s'élève à 12 000 €.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [4_000, 12_000]
    paid = [b for b in records[0].budget_lines if not b.counted]
    assert [b.amount_eur for b in paid] == [4_000, 3_650]
    assert all("committed or paid" in b.reason for b in paid)


def test_a_receipt_expected_against_a_cost_is_a_share_of_it(tmp_path):
    """A sheet's money year by year, then a receipt on its own line ("– prestation de service CAF
    attendue : 24 600 €"): who pays part of the cost, never more cost; a "subvention attendue"
    that states the cost it is a share of leaves that cost counted."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUN LIEU D'ACCUEIL ENFANTS-PARENTS\n\nPilote : Service petite enfance\n"
        "• Budget : 2031 : 8 000 € / 2032 : 16 500 € / 2033 : 16 500 €\n"
        "  – prestation de service CAF attendue : 24 600 €\n\n"
        "FICHE ACTION N°2\nUN CHANTIER D'INSERTION\n\nPilote : Service insertion\n"
        "Subvention attendue du FSE : 50 % du coût total de 30 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [41_000, 30_000]


def test_public_accounting_votes_are_counted_once(tmp_path):
    """Public accounting's money: an authorisation (AP, AE) is the operation's money, its credits
    of payment (CP) the same money paid year by year; a supplementary budget or an amending
    decision adds to (signed "-": takes from) the credits voted, the amended credits stated whole
    are the action's money; a transfer between chapters adds none; what is left available or
    already paid is shown, never added."""
    text = (
        "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n"
        "FICHE ACTION N°1\nUNE HALTE-GARDERIE ITINÉRANTE\n\nPilote : Service petite enfance\n"
        "Autorisation d'engagement (AE) : 66 000 € sur 2031-2033\n"
        "CP 2031 : 20 000 € ; CP 2032 : 22 000 € ; CP 2033 : 24 000 €\n\n"
        "FICHE ACTION N°2\nUN ATELIER VÉLO SOLIDAIRE\n\nPilote : Service insertion\n"
        "Crédits inscrits au BP 2031 : 12 000 €\n"
        "Complément voté au BS 2031 : 2 500 €\n\n"
        "FICHE ACTION N°3\nUN FONDS D'AIDE AUX FACTURES D'EAU\n\nPilote : Service des solidarités\n"
        "BP 2031 : 30 000 €\n"
        "DM n°1 : - 4 000 € (vers la fiche 2)\n"
        "Crédits ouverts après DM : 26 000 €\n"
        "Disponible au 30 juin : 9 100 €\n\n"
        "FICHE ACTION N°4\nUNE ÉPICERIE MOBILE\n\nPilote : Service des solidarités\n"
        "BP 2031 : 18 000 € (chap. 011 : 8 000 € ; chap. 65 : 10 000 €)\n"
        "DM n°2 : virement de 1 000 € du chapitre 65 vers le chapitre 011\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [66_000, 14_500, 26_000, 18_000]
    transfer = next(b for b in records[3].budget_lines if b.amount_eur == 1_000)
    assert not transfer.counted and "transfer" in transfer.reason


def test_a_magazine_plan_whose_sheets_are_engagements_under_pillars(tmp_path):
    """A city magazine's feature: "## Pilier 2 – …" parts, "### Engagement n°3 – Title" sheets (two
    words that each name parts elsewhere: the deeper, more numerous one names the sheets), one
    sheet numbered bare ("### 4. …") and cut by a box before its facts, each closed by a facts
    line parted by "·" that may wrap."""
    text = (
        "# Le CCAS s'engage : six engagements\n\nUn plan voté en décembre pour trois ans.\n\n"
        "## Pilier 1 – Être informé\n\nUn constat partagé.\n\n"
        "### Engagement n°1 – Un point info dans chaque mairie annexe\n\nTexte du premier engagement.\n\n"
        "**En chiffres** : 12 000 € sur trois ans · Porté par : Service accueil · Avec : CAF, CPAM\n\n"
        "### Engagement n°2 – Des permanences au marché\n\nTexte du deuxième engagement.\n\n"
        "**En chiffres** : 6 000 € · Porté par : Service accueil\n\n"
        "## Pilier 2 – Vieillir chez soi\n\nLes aînés d'abord.\n\n"
        "### Engagement n°3 – Un annuaire des aides à domicile\n\nTexte du troisième.\n\n"
        "**En chiffres** : 3 000 € · Porté par : Pôle seniors · Avec : Département,\nClic du bassin\n\n"
        "### 4. Des visites de convivialité l'été\n\nLes visites reprennent en juin, avec des\n\n"
        "**TROIS QUESTIONS À LA VICE-PRÉSIDENTE**\n\n> **Pourquoi ?** Parce que l'été isole.\n\n"
        "bénévoles formés par le CCAS.\n\n"
        "**En chiffres** : 9 000 € · Porté par : Pôle seniors · Avec : Croix-Rouge\n\n"
        "### Engagement n°5 – Un numéro unique pour les aidants\n\nTexte du cinquième.\n\n"
        "**En chiffres** : 4 500 € sur 2026-2028 · Porté par : Pôle seniors\n"
        "du CCAS · Avec : Plateforme de répit\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "mag.md").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Un point info dans chaque mairie annexe", "Être informé", 12_000),
        ("Des permanences au marché", "Être informé", 6_000),
        ("Un annuaire des aides à domicile", "Vieillir chez soi", 3_000),
        ("Des visites de convivialité l'été", "Vieillir chez soi", 9_000),
        ("Un numéro unique pour les aidants", "Vieillir chez soi", 4_500),
    ]
    assert records[4].responsable == "Pôle seniors du CCAS"
    assert records[4].partners == ["Plateforme de répit"]


def test_sheets_set_out_on_the_qqoqccp_grid_their_answers_wrapped(tmp_path):
    """ "Objectif opérationnel 1.1 – Title" under "ORIENTATION STRATÉGIQUE 1 – …" (though
    "Objectif" is a label too), each answer after its question ("Pourquoi ?", "Qui ?", "Avec
    qui ?", "Combien ?"…) wrapped at the text's width, in any order: a funder's share after a
    "dont" that ends its line is no more money."""
    text = (
        "PROJET SOCIAL DU CIAS 2026-2030\n\n"
        "ORIENTATION STRATÉGIQUE 1 – Aller vers les habitants\n\n"
        "Objectif opérationnel 1.1 – Ouvrir une permanence dans chaque bourg du canton\n\n"
        "Pourquoi ? Les habitants des hameaux renoncent à venir au siège du CIAS, à trente minutes de\n"
        "route pour certains, et découvrent leurs droits trop tard.\n"
        "Qui ? Pôle accès aux droits du CIAS\n"
        "Avec qui ? France Services, Caisse d'allocations familiales du Lot, mairies du canton\n"
        "Quand ? Ouverture des premières permanences en septembre 2026 ; toutes les communes couvertes\n"
        "à la fin de 2027.\n"
        "Combien ? Aménagement des salles : 12 000 € en 2026, dont\n"
        "5 000 € demandés au Département. Fonctionnement : 3 000 € par an de 2027 à 2030.\n\n"
        "Objectif opérationnel 1.2 – Former les secrétaires de mairie à repérer les situations\n\n"
        "Qui ? Direction du CIAS\n"
        "Combien ? À moyens constants.\n"
        "Pourquoi ? Elles sont le premier guichet de bien des habitants.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "qqoqccp.txt").records
    assert [(r.title, r.direction, r.budget_total_eur, r.block) for r in records] == [
        (
            "Ouvrir une permanence dans chaque bourg du canton",
            "Pôle accès aux droits du CIAS",
            24_000,
            "Aller vers les habitants",
        ),
        (
            "Former les secrétaires de mairie à repérer les situations",
            "Direction du CIAS",
            None,
            "Aller vers les habitants",
        ),
    ]
    assert "mairies du canton" in records[0].partners


def test_a_budget_annex_laid_out_with_spaces_gives_each_sheet_its_pilot_and_money(tmp_path):
    """A summary table as pdftotext -layout leaves it ("N°  Action  Pilote  2026  2027  Total"):
    titles wrapping in their column, a row whose title starts on the line above its number, a
    footnote's call after a total ("31 000 (1)"), sub-totals; the sheets after it, "Action 1.1 –
    Title" over a paragraph, take the row of their number."""
    text = (
        "PLAN D'ACTIONS DU CCAS 2026-2027\n\n"
        "ANNEXE – SYNTHÈSE BUDGÉTAIRE\n\nMontants prévisionnels en euros\n\n"
        "N°    Action                                  Pilote                     2026      2027      Total\n"
        "---------------------------------------------------------------------------------------------------\n"
        "AXE 1 – Accès aux droits\n\n"
        "1.1   Ouvrir un guichet unique au centre       Accueil social            10 000     6 000     16 000\n"
        "      social\n\n"
        "      Accompagner les ménages en\n"
        "1.2   impayés de loyer dès le premier          Service logement          15 000    16 000     31 000 (1)\n"
        "      retard\n\n"
        "      Sous-total Axe 1                                                  25 000    22 000     47 000\n"
        "---------------------------------------------------------------------------------------------------\n"
        "      TOTAL GÉNÉRAL                                                     25 000    22 000     47 000\n\n"
        "(1) Dont 8 000 € par an de la Caf, compris dans le coût affiché.\n\n"
        "PRÉSENTATION DES ACTIONS\n\n"
        "Action 1.1 – Ouvrir un guichet unique au centre social\n\n"
        "Le guichet réunira la Caf et la CPAM une matinée par semaine.\n\n"
        "Action 1.2 – Accompagner les ménages en impayés de loyer dès le premier retard\n\n"
        "Un rendez-vous budgétaire sera proposé dès le premier impayé signalé par le bailleur.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "annexe.txt").records
    assert [(r.title, r.direction, r.budget_total_eur, r.block) for r in records] == [
        ("Ouvrir un guichet unique au centre social", "Accueil social", 16_000, "Accès aux droits"),
        (
            "Accompagner les ménages en impayés de loyer dès le premier retard",
            "Service logement",
            31_000,
            "Accès aux droits",
        ),
    ]


def test_a_board_note_numbering_its_actions_the_administrative_way_with_money_in_words(tmp_path):
    """ "I. – AXE 1 : …" parts, "A. Objectif : …" groups, "1° Action : Title" or "1) Title"
    actions over their text and indented facts; money in words with its figure in brackets: a
    share after "dont" wrapped to the next line, a share "financés à hauteur de …" restated in
    figures on the next line, a yearly amount whose years follow its figure; the plan's own total
    after the last sheet is no sheet's money."""
    text = (
        "CONSEIL D'ADMINISTRATION DU CCAS\n\nObjet : plan d'actions 2026-2029\n\n"
        "I. – AXE 1 : Prévenir les difficultés\n\n"
        "   A. Objectif : Repérer tôt\n\n"
        "      1° Action : Ouvrir une permanence budgétaire\n\n"
        "      Une conseillère reçoit sur rendez-vous deux matinées par semaine.\n\n"
        "            Pilote : Pôle insertion\n"
        "            Moyens : une enveloppe de vingt mille euros (20 000 €), dont huit mille\n"
        "                     euros (8 000 €) pris en charge par la CAF.\n\n"
        "      2° Action : Visiter les aînés isolés\n\n"
        "      Des bénévoles formés rendent visite chaque semaine.\n\n"
        "            Pilote : Pôle seniors\n"
        "            Moyens : six mille euros (6 000 €), financés à hauteur de deux mille euros\n"
        "                     (2 000 €) par la conférence des financeurs.\n\n"
        "II. – AXE 2 : Accompagner\n\n"
        "   A. Objectif : Loger\n\n"
        "      1) Ouvrir deux logements d'urgence\n\n"
        "      Deux studios seront meublés et mis à disposition.\n\n"
        "            Pilote : Direction du CCAS\n"
        "            Moyens : trois mille euros (3 000 €) chaque année de 2026 à 2029.\n\n"
        "Incidence financière : le plan mobilise au total trente-huit mille euros\n"
        "(38 000 €) sur la période.\n"
    )
    records = parse_text(tmp_path, text, None, "note.txt").records
    assert [(r.title, r.direction, r.budget_total_eur, r.block) for r in records] == [
        ("Ouvrir une permanence budgétaire", "Pôle insertion", 20_000, "Prévenir les difficultés"),
        ("Visiter les aînés isolés", "Pôle seniors", 6_000, "Prévenir les difficultés"),
        ("Ouvrir deux logements d'urgence", "Direction du CCAS", 12_000, "Accompagner"),
    ]


def test_a_plan_pasted_from_a_spreadsheet_its_bare_figures_in_a_column_of_euros(tmp_path):
    """Cells parted by tabs, a merged axis cell printed once, "3000" beside "3 000 €" in the same
    column of budgets by year: euros too, each year counted."""
    rows = [
        ["Axe", "N°", "Intitulé de l'action", "Pilote", "Budget 2026", "Budget 2027", "Budget 2028"],
        [
            "1 - Accès aux droits",
            "1.1",
            "Une permanence en mairie",
            "Accueil social",
            "2 000 €",
            "2000",
            "2 000 €",
        ],
        ["", "1.2", "Un guide des droits", "Direction du CCAS", "1 500 €", "", "1500"],
        ["2 - Seniors", "2.1", "Des ateliers mémoire", "Pôle seniors", "4 000 €", "4 000 €", "4000"],
    ]
    text = "Plan d'actions du CCAS 2026-2028\n\n" + "".join("\t".join(r) + "\n" for r in rows)
    records = parse_text(tmp_path, text, "ccas-plan", "tableau.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Une permanence en mairie", 6_000),
        ("Un guide des droits", 3_000),
        ("Des ateliers mémoire", 12_000),
    ]


def test_partners_told_in_a_sheets_sentences_by_what_they_do(tmp_path):
    """A sheet with no partners field names them in its sentences: "réunira A, B et C",
    "approvisionnée par A, financée pour partie par B et accompagnée par C"."""
    bodies = [
        "Budget : 4 000 €\n\nUne fois par trimestre, la veille réunira la Mutualité sociale agricole du Tarn, "
        "l'Union départementale des associations familiales du Tarn et Tarn Habitat.",
        "Budget : 9 000 €\n\nL'épicerie sera approvisionnée par la Banque alimentaire du Tarn, financée pour partie "
        "par la Fondation Abbé Pierre et accompagnée par l'Association nationale des épiceries solidaires.",
    ]
    records = parse_text(tmp_path, _plan_of(bodies), "ccas-plan", "prose.txt").records
    assert "Tarn Habitat" in records[0].partners
    assert "Banque alimentaire du Tarn" in records[1].partners
    assert "Fondation Abbé Pierre" in records[1].partners


def test_lettered_sheets_each_with_a_who_when_how_much_table(tmp_path):
    """ "### A.1 Title" sheets under "## Axe A – …", each a one-row table "Qui ? | Quand ? |
    Combien ?" whose first cell holds labelled fields ("**Pilote :** …<br>**Partenaires :** A ;
    B"), one with two rows (two phases, two amounts), one with no table (a sheet all the same)."""
    text = (
        "# Plan d'actions du CCAS\n\n## Axe A – Accès aux droits\n\n"
        "### A.1 Ouvrir une permanence mobile\n\nUn véhicule aménagé passera dans les bourgs.\n\n"
        "| Qui ? | Quand ? | Combien ? |\n|---|---|---|\n"
        "| **Pilote :** Pôle accueil du CCAS<br>**Partenaires :** CAF du Finistère ; France Services | 2026 | 18 000 € |\n\n"
        "### A.2 Aider au chauffage\n\nDes visites, puis de petits équipements.\n\n"
        "| Qui ? | Quand ? | Combien ? |\n|---|---|---|\n"
        "| **Pilote :** Service logement<br>**Partenaires :** ADIL 29 | Phase 1 – 2026 | 5 000 € |\n"
        "| **Pilote :** Service logement<br>**Partenaires :** ADIL 29 ; Finistère Habitat | Phase 2 – 2027 | 9 000 € |\n\n"
        "## Axe B – Observer\n\n"
        "### B.1 Tenir un observatoire social\n\nLes indicateurs seront actualisés chaque année par la direction.\n\n"
        "### B.2 Former les agents\n\nUn plan de formation commun.\n\n"
        "| Qui ? | Quand ? | Combien ? |\n|---|---|---|\n"
        "| **Pilote :** Ressources humaines<br>**Partenaires :** CNFPT | 2026-2028 | 3 000 € |\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Ouvrir une permanence mobile", "Pôle accueil du CCAS", 18_000),
        ("Aider au chauffage", "Service logement", 14_000),
        ("Tenir un observatoire social", None, None),
        ("Former les agents", "Ressources humaines", 3_000),
    ]
    assert "France Services" in records[0].partners


def test_sheets_with_no_money_funded_by_a_table_at_the_end_of_each_axis(tmp_path):
    """ "Action 1.1 — Title" sheets with no money; each axis closes on a multi-year financing
    table laid out with spaces under a caption "en euros" (funders as columns, figures set flush
    right under their heads, a title wrapped with its figures on its second line): each sheet
    takes its row's total."""
    text = (
        "AXE 1 : Bien vieillir\n\n"
        "Action 1.1 — Rompre l'isolement des aînés\n\nPilote : Pôle seniors\nPartenaires : Petits Frères des Pauvres\n\n"
        "Action 1.2 — Adapter les logements au vieillissement\n\nPilote : Service habitat\n\n"
        "PLAN DE FINANCEMENT PLURIANNUEL — AXE 1\n"
        "Montants cumulés sur la durée du plan, en euros\n\n"
        "   Action                                        CCAS          CAF   Département        Total\n\n"
        "   1.1  Isolement des aînés                    12 000            —         6 000       18 000\n"
        "   1.2  Adaptation des logements :\n"
        "        aides et diagnostics                   10 000        4 500        20 000       34 500\n\n"
        "   Total axe 1                                 22 000        4 500        26 000       52 500\n\n"
        "AXE 2 : Accéder aux droits\n\n"
        "Action 2.1 — Ouvrir un guichet unique\n\nPilote : Accueil social\n\n"
        "PLAN DE FINANCEMENT PLURIANNUEL — AXE 2\n"
        "Montants cumulés sur la durée du plan, en euros\n\n"
        "   Action                                        CCAS          CAF   Département        Total\n\n"
        "   2.1  Guichet unique                        120 000       30 000        15 000      165 000\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Rompre l'isolement des aînés", 18_000),
        ("Adapter les logements au vieillissement", 34_500),
        ("Ouvrir un guichet unique", 165_000),
    ]


def test_a_plan_whose_tables_were_dumped_a_cell_a_line(tmp_path):
    """A CIAS plan extracted without its layout: each axis's table of actions printed a cell a
    line (titles, then rows opening on their numbers, cells wrapped, an empty cell "–", a row
    cut by the page, costs given with a "soit" sum over years), a recap table by axis with its
    total. Every action is read with its pilot, partners and cost; the totals tie."""
    running = "CIAS du Val d'Orbe – Projet social 2032-2037"
    head = ["N°", "Action", "Pilote", "Partenaires", "Coût total", ""]
    text = "\n".join(
        [
            "CIAS du Val d'Orbe",
            "",
            "PROJET SOCIAL 2032-2037",
            "",
            running,
            "AXE 1 – Vieillir chez soi",
            "Le vieillissement s'accélère dans les communes rurales du territoire.",
            *head,
            "1.1",
            "Développer les visites à domicile dans",
            "les hameaux éloignés",
            "Pôle Seniors",
            "Associations locales,",
            "Département du Jura",
            "12 000 €",
            "",
            "1.2",
            "Créer un accueil de jour pour les",
            "personnes désorientées",
            "Direction du CIAS",
            "–",
            "10 000 € (2032) puis 5 000 €/an de 2033 à",
            "2037, soit 35 000 €",
            "3",
            running,
            "AXE 2 – Accéder à ses droits",
            "Les démarches en ligne éloignent une partie des habitants de leurs droits.",
            *head,
            "2.1",
            "Ouvrir une épicerie itinérante",
            "Pôle Solidarités",
            "Banque alimentaire, Secours",
            "populaire",
            "Investissement : 20 000 €",
            "Fonctionnement : 4 000 €/an",
            "(2033-2037), soit 40 000 €",
            "",
            "2.2",
            "Former les secrétaires de mairie",
            "Direction du CIAS",
            "CNFPT",
            "À moyens constants",
            "",
            "Récapitulatif par axe",
            "Axe",
            "Nombre d'actions",
            "Coût total",
            "",
            "Axe 1",
            "2",
            "47 000 €",
            "",
            "Axe 2",
            "2",
            "40 000 €",
            "",
            "Total",
            "4",
            "87 000 €",
            "",
        ]
    )
    result = parse_text(tmp_path, text, "ccas-plan", "projet.txt")
    actions = [(r.title, r.direction, r.budget_total_eur) for r in result.records]
    assert actions == [
        ("Développer les visites à domicile dans les hameaux éloignés", "Pôle Seniors", 12_000),
        ("Créer un accueil de jour pour les personnes désorientées", "Direction du CIAS", 35_000),
        ("Ouvrir une épicerie itinérante", "Pôle Solidarités", 40_000),
        ("Former les secrétaires de mairie", "Direction du CIAS", None),
    ]
    assert result.records[0].partners == ["Associations locales", "Département du Jura"]
    assert result.records[1].partners == []
    assert sum(r.budget_total_eur or 0 for r in result.records) == 87_000


def test_a_plan_annexed_to_a_deliberation_its_actions_told_in_paragraphs(tmp_path):
    """A board's deliberation adopting its plan, the plan annexed: "Action n° k – Title." run
    into the paragraph that tells who leads it, with whom and for how much ("mobilisera …",
    "nécessite … puis … et autant en …", "reconduite pour chacune des trois années"), under
    "Orientation k :" headings; a "Récapitulatif financier" line closing the last action."""
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nArticle 1 : Le plan est adopté.\n\n"
        "ANNEXE\n\nOrientation 1 : Accéder à ses droits\n\n"
        "Action n° 1 – Des permanences dans les quartiers. Le CCAS tiendra une permanence\n"
        "chaque semaine. Pilotée par le pôle Accès aux droits, en lien avec la CAF du Jura, elle\n"
        "mobilisera 9 000 € par an de 2032 à 2034.\n\n"
        "Action n° 2 – Accompagner les démarches en ligne. Des ateliers seront proposés. Pilotée\n"
        "par le pôle Accès aux droits, l'action nécessite 6 000 € en 2032, puis 2 500 € en 2033 et\n"
        "autant en 2034.\n\n"
        "Orientation 2 : Soutenir les familles\n\n"
        "Action n° 3 – Une épicerie solidaire. Les colis seront remplacés par l'épicerie. Sous la\n"
        "responsabilité du service Aide sociale, l'action associe la Banque alimentaire du Jura et\n"
        "les Restos du cœur. L'enveloppe annuelle de 30 000 € est reconduite pour chacune des trois\n"
        "années du plan.\n\n"
        "Récapitulatif financier\n\n"
        "Le coût des trois actions du plan s'élève au total à 128 000 € pour 2032-2034.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "deliberation.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Des permanences dans les quartiers", 27_000),
        ("Accompagner les démarches en ligne", 11_000),
        ("Une épicerie solidaire", 90_000),
    ]
    assert records[0].direction == "pôle Accès aux droits"
    assert records[2].partners == ["Banque alimentaire du Jura", "Restos du cœur"]


def test_a_plan_exported_from_a_spreadsheet_with_semicolons(tmp_path):
    """A plan's follow-up sheet exported with ";" between cells: a budget column per year, bare
    figures in some cells and "€" in others, an empty row of the sheet in the middle, a quoted
    cell over two lines, the axis printed on its first row only: each year counts (three years
    are never a whole and its parts), every action is read."""
    text = (
        "CCAS de Valbourg – Plan d'actions 2032-2034\n\n"
        "Axe;N°;Action;Service pilote;Partenaires;Budget 2032;Budget 2033;Budget 2034\n"
        "Axe 1 – Accès aux droits;1.1;Ouvrir un accueil de proximité;Pôle accueil;CAF du Jura;18 000;15 000;15 000\n"
        ";1.2;Créer des maraudes sociales;Pôle accueil;Croix-Rouge française;3 000;1 500;1 500\n"
        ";;;;;;;\n"
        'Axe 2 – Bien vieillir;2.1;Développer les visites;Service seniors;"Petits Frères des Pauvres,\n'
        'bénévoles";8 000 €;8 000 €;8 000 €\n'
        ";2.2;Adapter les logements;Service seniors;Soliha;;12 000;\n"
        "TOTAL;;;;;29 000 €;36 500 €;24 500 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Ouvrir un accueil de proximité", 48_000),
        ("Créer des maraudes sociales", 6_000),
        ("Développer les visites", 24_000),
        ("Adapter les logements", 12_000),
    ]


def test_a_plan_exported_as_comma_separated_values(tmp_path):
    """An English-locale spreadsheet export: "," between cells, amounts as "12500.00" or quoted
    "4,800.00", partner lists quoted for their commas, a comment quoted over two lines, an empty
    row ",,,,,,,," between axes: each action with its pilot, partners and the sum of its years."""
    text = (
        "CCAS de Valbourg — Plan d'actions 2032-2034\n\n"
        "Axe,Numéro,Intitulé,Pilote,Partenaires,Coût 2032,Coût 2033,Coût 2034,Commentaire\n"
        'Axe 1 - Accès aux droits,1.1,Permanences dans les quartiers,Service Accès aux droits,"CAF du Jura, CPAM du Jura",'
        "12500.00,12500.00,13000.00,Une demi-journée de plus en 2034\n"
        ',1.2,Repérage des personnes isolées,Pôle Seniors,"ADMR, La Poste","4,800.00",4800.00,,"Porte-à-porte l\'été\n'
        'reconduction selon bilan"\n'
        ",,,,,,,,\n"
        'Axe 2 - Logement,2.1,Refonte du règlement des aides,Direction du CCAS,"CAF du Jura, UDAF du Jura",2000.00,0.00,0.00,\n'
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Permanences dans les quartiers", "Service Accès aux droits", 38_000),
        ("Repérage des personnes isolées", "Pôle Seniors", 9_600),
        ("Refonte du règlement des aides", "Direction du CCAS", 2_000),
    ]
    assert records[1].partners == ["ADMR", "La Poste"]


def test_a_plan_kept_on_a_kanban_board_and_exported(tmp_path):
    """A board exported to markdown: lists are statuses, each card's labels name its axis (a tag
    after it is no part of the axis), its members the lead service in brackets, its budget told
    in the description and revised by a later comment; amounts in its checklist are spent on
    that budget, not added to it."""
    card = (
        "### {title}\n\nÉtiquettes : {labels}\nMembres : Léa Martin, Paul Roux ({lead})\n"
        "Échéance : 30/06/2031\n\n{text}\n\n#### Checklist\n- [x] Réunion de lancement (250 €)\n"
        "- [ ] Bilan intermédiaire\n\n#### Commentaires\n- **Léa Martin** – 12/01/2031 : {comment}\n\n"
    )
    cards = [
        (
            "Épicerie mobile dans les hameaux",
            "Axe 1 – Se nourrir dignement, Prioritaire",
            "Pôle Solidarités",
            "Un camion passe chaque semaine dans les hameaux. Il coûtera 9 000 € en 2031, avec le soutien "
            "du Secours catholique à hauteur de 2 000 €.",
            "RAS.",
        ),
        (
            "Jardins partagés au pied des immeubles",
            "Axe 1 – Se nourrir dignement",
            "Service Vie des quartiers",
            "Quatre bacs et un animateur deux fois par mois. Coût estimé : 4 000 €.",
            "Devis reçu, nouveau budget : 4 600 € avec les outils.",
        ),
        (
            "Ateliers de cuisine pour les aînés",
            "Axe 2 – Vieillir chez soi",
            "Pôle Autonomie",
            "Six ateliers à la résidence autonomie. Coût : 120 € par atelier, soit 720 €, plus 300 € de matériel.",
            "Salle réservée.",
        ),
    ]
    lists = ["## À faire\n\n", "## En cours\n\n", "## Terminé\n\n"]
    text = "# Plan d'actions 2031 du CCAS de Saint-Lô\n\nExport du tableau partagé.\n\n" + "".join(
        lists[n] + card.format(title=t, labels=lab, lead=lead, text=body, comment=c)
        for n, (t, lab, lead, body, c) in enumerate(cards)
    )
    path = tmp_path / "tableau.md"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.block, r.direction, r.budget_total_eur) for r in result.records] == [
        ("Se nourrir dignement", "Pôle Solidarités", 9000),
        ("Se nourrir dignement", "Service Vie des quartiers", 4600),
        ("Vieillir chez soi", "Pôle Autonomie", 1020),
    ]
    assert result.records[0].partners == ["Secours Catholique"]  # (its reference spelling)


def test_a_plan_printed_as_a_gantt_chart(tmp_path):
    """A planning tool's text export: one wide grid table, borders ruling off groups of rows
    (not rows), a group header of years over the quarters, axis rows carrying their subtotal,
    titles calling numbered notes that name each action's partners under the chart."""
    rule = "+-----+------------------------------------------+--------------------+-----------+-----+-----+"
    text = "\n".join(
        [
            "PLAN D'ACTIONS 2030-2031 — DIAGRAMME DE GANTT",
            "",
            rule.replace("-", "="),
            "|     |                                          |                    |           |   2030    |",
            "| N°  | Action                                   | Pilote             | Budget (€)|T1 30|T2 30|",
            rule.replace("-", "="),
            "| 1   | AXE 1 – Aller vers les habitants         |                    |    30 000 |     |     |",
            rule,
            "| 1.1 | Ouvrir une permanence mobile (1)         | Pôle Accueil       |    18 000 |█████|█████|",
            "| 1.2 | Former les agents d'accueil au repérage  | Pôle Accueil       |    12 000 |     |█████|",
            "|     | du non-recours (2)                       |                    |           |     |     |",
            rule,
            "| 2   | AXE 2 – Vieillir chez soi                |                    |    20 000 |     |     |",
            rule,
            "| 2.1 | Adapter les logements des aînés (3)      | Service Seniors    |    20 000 |  ◆  |█████|",
            rule.replace("-", "="),
            "|     | TOTAL (contrôle)                         |                    |    50 000 |     |     |",
            rule.replace("-", "="),
            "|     | Jalons du plan                           |                    |           |     |     |",
            "|     |   Bilan au conseil d'administration      |                    |           |     |  ◆  |",
            rule.replace("-", "="),
            "",
            "Notes",
            "(1)  Partenaires : CAF de l'Orne, France Services. Ouverture au printemps.",
            "(2)  Partenaires : CNFPT. Deux sessions par an.",
            "(3)  Partenaires : Soliha Orne, Carsat Normandie.",
            "",
        ]
    )
    result = parse_text(tmp_path, text, "ccas-plan", "gantt.txt")
    assert [(r.title, r.block, r.direction, r.budget_total_eur, r.partners) for r in result.records] == [
        (
            "Ouvrir une permanence mobile",
            "Aller vers les habitants",
            "Pôle Accueil",
            18000,
            ["Caisse d'Allocations Familiales", "France Services"],
        ),
        (
            "Former les agents d'accueil au repérage du non-recours",
            "Aller vers les habitants",
            "Pôle Accueil",
            12000,
            ["CNFPT"],
        ),
        (
            "Adapter les logements des aînés",
            "Vieillir chez soi",
            "Service Seniors",
            20000,
            ["Soliha Orne", "Carsat Normandie"],
        ),
    ]


def test_a_plan_kept_in_a_workbook_exported_sheet_by_sheet(tmp_path):
    """A workbook printed sheet after sheet: a banner over each, a title typed in a sheet's first
    cell over its table, the synthesis of totals no action, a note typed under a table no row, a
    row kept for an action still to write, a total cell left empty (its years count)."""
    text = (
        "===== Feuille : Synthèse =====\n"
        "Axe;Intitulé;Nb d'actions;Total\n1;Accès aux droits;2;30 000\n2;Logement;1;9 000\nTOTAL;;3;39 000\n\n"
        "===== Feuille : Axe 1 =====\n"
        "CCAS DE DIEPPE - PLAN D'ACTIONS;;;;;;;\n"
        "Axe 1 - Accès aux droits;;;;;;;\n"
        ";;;;;;;\n"
        "Réf;Action;Pilote;Partenaires;2030;2031;2032;Total\n"
        "1.1;Ouvrir un accueil unique;Pôle Accueil;CAF / CPAM;6 000 €;6 000 €;6 000 €;18 000 €\n"
        "1.2;Aller vers les hameaux;Pôle Accueil;MSA;4 000 €;4 000 €;4 000 €;\n"
        "1.3;(à compléter);;;;;;\n"
        ";;;;;;;\n"
        "NB : la CAF finance la moitié du poste de l'action 1.1.;;;;;;;\n\n"
        "===== Feuille : Axe 2 =====\n"
        "Axe 2 - Logement;;;;;;;\n"
        "Réf;Action;Pilote;Partenaires;2030;2031;2032;Total\n"
        "2.1;Deux logements relais;Pôle Logement;Sodineuf;3 000 €;3 000 €;3 000 €;9 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "classeur.txt")
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        ("Ouvrir un accueil unique", "Accès aux droits", 18000),
        ("Aller vers les hameaux", "Accès aux droits", 12000),
        ("Deux logements relais", "Logement", 9000),
    ]


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        # the alternative marked chosen is the cost, the others are shown
        (["Budget : scénario A 40 000 € ; scénario B (retenu) 55 000 €"], 55000),
        (
            [
                "Scénario « bas » : 8 000 €",
                "Scénario « intermédiaire » : 13 000 € ← retenu",
                "Scénario « haut » : 21 000 €",
            ],
            13000,
        ),
        # chosen in a sentence of the sheet, apart from the amounts
        (
            [
                "Solution A : achat d'un minibus, 48 000 €",
                "Solution B : location, 30 600 € sur trois ans",
                "",
                "Le CCAS opte pour la solution B.",
            ],
            30600,
        ),
        # none chosen yet: no cost is decided
        (["Option haute : 90 000 €", "Option basse : 60 000 €", "", "Le choix sera fait en juin."], None),
    ],
)
def test_a_sheet_costing_alternatives_counts_the_one_chosen(tmp_path, lines, total):
    text = (
        "PLAN D'ACTIONS 2031\n\nAXE 1 – AGIR\n\nFICHE ACTION N°1\nUn accueil de jour\n\n"
        "Pilote : Service des solidarités\n\n" + "\n".join(lines) + "\n\n"
        "FICHE ACTION N°2\nUne navette\n\nPilote : Service des solidarités\n\nCoût : 1 000 €\n\n"
        "FICHE ACTION N°3\nUn atelier\n\nPilote : Service des solidarités\n\nCoût : 1 000 €\n"
    )
    record = parse_text(tmp_path, text, "ccas-plan", "choix.txt").records[0]
    assert record.budget_total_eur == total


def test_a_plan_kept_as_a_to_do_list_with_tags(tmp_path):
    """A notes app's to-do list: axes as lines in capitals, each action a check box ("☐" open,
    "☑" done) over indented tags: "@Service" its lead, "+Partner" its partners, "💶 3 500 €/an ×3"
    its money over three years, "📅 sept. 2031" its deadline."""
    text = (
        "PLAN D'ACTIONS CCAS DE MILLAU\n\nLégende : @ = pilote · + = partenaires\n\n"
        "👵 AXE 1 — BIEN VIEILLIR\n\n"
        "☑ Recenser les personnes isolées\n    @Pôle seniors +Mairie (service communication) +Croix-Rouge\n"
        "    💶 à moyens constants\n    📅 juin 2030\n\n"
        "☐ Visites de convivialité à domicile\n    @Pôle seniors\n    +Monalisa +Familles Rurales\n"
        "    💶 3 500 €/an ×3\n    📅 déc. 2031   #prioritaire\n\n"
        "🏠 AXE 2 — LOGEMENT\n\n"
        "☐ Remise en état d'un logement d'urgence\n    @Direction CCAS +Aveyron Habitat\n    💶 15 000 €\n"
        "    📅 oct. 2031\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "taches.txt")
    assert [(r.title, r.block, r.direction, r.budget_total_eur, r.partners) for r in result.records] == [
        (
            "Recenser les personnes isolées",
            "BIEN VIEILLIR",
            "Pôle seniors",
            None,
            ["Mairie (service communication)", "Croix-Rouge"],
        ),
        (
            "Visites de convivialité à domicile",
            "BIEN VIEILLIR",
            "Pôle seniors",
            10500,
            ["Monalisa", "Familles Rurales"],
        ),
        ("Remise en état d'un logement d'urgence", "LOGEMENT", "Direction CCAS", 15000, ["Aveyron Habitat"]),
    ]
    assert result.records[1].echeances


def test_a_ctg_plan_its_thematics_as_parts(tmp_path):
    """A CTG (with the CAF) plan in markdown: "## Thématique : Petite enfance" parts over
    "### Fiche action n° 1.1" sheets — parts titled by what follows the colon, no sheet of
    their own."""

    def sheet(number: str, title: str, cost: str) -> str:
        return (
            f"### Fiche action n° {number}\n\n**{title}**\n\n| Pilote(s) | CCAS |\n|---|---|\n"
            f"| Partenaires | CAF |\n| Calendrier | 2031 |\n\n| Financeur | Montant |\n|---|---|\n"
            f"| CAF (prestation de service) | 2 000 € |\n| Coût total | {cost} |\n\n"
        )

    text = (
        "# Convention territoriale globale\n\n"
        "## Thématique : Petite enfance\n\n*Enjeux : adapter l'offre d'accueil.*\n\n"
        + sheet("1.1", "Ouvrir une micro-crèche", "10 000 €")
        + sheet("1.2", "Renforcer le relais petite enfance", "5 000 €")
        + "## Thématique : Parentalité\n\n*Enjeux : soutenir les parents.*\n\n"
        + sheet("2.1", "Ouvrir un lieu d'accueil enfants-parents", "7 000 €")
    )
    result = parse_text(tmp_path, text, "ccas-plan", "ctg.md")
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        ("Ouvrir une micro-crèche", "Petite enfance", 10000),
        ("Renforcer le relais petite enfance", "Petite enfance", 5000),
        ("Ouvrir un lieu d'accueil enfants-parents", "Parentalité", 7000),
    ]


def test_actions_grouped_by_public_their_axis_given_by_a_code(tmp_path):
    """Actions under "## Personnes âgées", "## Familles" (publics), each naming its axis by a
    code ("Axe : A2") a legend table spells out: the axis is the action's part; the closing
    table of costs per public is a cross-check, no action's money."""
    text = (
        "# Plan d'actions\n\n| Code | Axe stratégique |\n|---|---|\n| A1 | Accès aux droits |\n"
        "| A2 | Rompre l'isolement |\n| A3 | Logement |\n\n"
        "## Personnes âgées\n\n### 1. Visiter les aînés isolés\n\nAxe : A2\n\n- Pilote : Pôle seniors\n"
        "- Coût : 8 000 €\n\n"
        "## Familles\n\n### 2. Un guichet unique pour les familles\n\nAxe : A1\n\n- Pilote : Service social\n"
        "- Coût : à moyens constants\n\n"
        "### 3. Des logements relais\n\nAxe : A3\n\n- Pilote : Service logement\n- Coût : 12 000 €\n\n"
        "## Coûts par public\n\n| Public | Coût |\n|---|---|\n| Personnes âgées | 8 000 € |\n"
        "| Familles | 12 000 € |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "publics.md")
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        ("Visiter les aînés isolés", "Rompre l'isolement", 8000),
        ("Un guichet unique pour les familles", "Accès aux droits", None),
        ("Des logements relais", "Logement", 12000),
    ]


def test_a_years_table_row_labelled_dont_is_a_share_of_the_row_above(tmp_path):
    text = """PLAN D'ACTIONS 2027-2029

AXE 1 – SE LOGER

Action n° 1 : Un fonds pour les petits travaux

Pilote
Service logement

Budget prévisionnel (€)
                              2027        2028        2029
  Coût de l'action          12 000      12 000      12 000
  dont participation Région  4 000       4 000       4 000

Action n° 2 : Des visites de prévention

Pilote
Service logement

Budget prévisionnel (€)
       2027        2028        2029
     20 000      15 000      15 000

NB : le montant 2027 comprend l'achat d'un véhicule (5 000 €).
"""
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [36_000, 50_000]


def test_a_column_of_fields_whose_budget_wraps_twice_in_its_column(tmp_path):
    """ "Budget        2027 : 9 000 € (mobilier" / "adapté), puis 4 000 € par an de" / "2028 à
    2030": a label set apart from its value, the value wrapped twice in a narrow column."""
    text = """PLAN D'ACTIONS 2027-2030

AXE 1 – VIEILLIR CHEZ SOI

Action 1.1 – Un accueil de jour itinérant

Pilote        Pôle autonomie
Partenaires   CARSAT, MSA
Budget        2027 : 9 000 € (mobilier
              adapté), puis 4 000 € par an de
              2028 à 2030 (animation)

Action 1.2 – Des ateliers mémoire

Pilote        Pôle autonomie
Budget        6 000 € par an de 2027 à 2030
"""
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Un accueil de jour itinérant", 21_000),
        ("Des ateliers mémoire", 24_000),
    ]


def test_a_funders_share_and_the_remainder_are_the_parts_of_the_cost(tmp_path):
    text = """PLAN D'ACTIONS 2027-2029

AXE 1 – AGIR

FICHE ACTION N°1
Un relais petite enfance itinérant

Pilote : Service famille

Subvention MSA (fonds d'action sociale) : 13 500 €
Reste à charge du CCAS : 4 500 €

FICHE ACTION N°2
Des ateliers parents-enfants

Pilote : Service famille

Financement : la CAF prend en charge 60 % du coût de l'action,
soit 9 000 €. Le solde revient au CCAS.
"""
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [18_000, 15_000]
    explained = [line.reason for line in records[1].budget_lines if line.counted]
    assert explained and "of the cost" in explained[0]  # the whole, told how it was reached


def test_a_recap_table_dumped_a_cell_a_line_is_no_second_set_of_sheets(tmp_path):
    """A plan read from a PDF without its layout: the recap table after the sheets comes out a
    cell a line ("Action 1 – Short title" / "12 000"): a cross-check, never sheets again."""
    sheets = "".join(
        f"Action {n} : Une action numéro {n} du plan\nPilote : Service {n}\nMoyens financiers : {n} 000 €\n\n"
        for n in range(1, 5)
    )
    recap = (
        "Récapitulatif des moyens\nAction\nMontant\n"
        + "".join(f"Action {n} – Action {n}\n{n} 000\n" for n in range(1, 5))
        + "Total\n10 000\n"
    )
    text = "PLAN D'ACTIONS 2031-2035\n\nPARTIE 1 – AGIR\n\n" + sheets + recap
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [r.budget_total_eur for r in records] == [1000, 2000, 3000, 4000]


def test_shares_of_an_envelope_and_money_that_is_not_new(tmp_path):
    """A sheet whose money is a share of an envelope it names ("la moitié de l'enveloppe de
    40 000 €", "10 % de l'enveloppe … de 60 000 €") counts the share; "à moyens constants (…
    310 000 € …)" counts nothing; "dont 2 × 21 000 €" is a part of the yearly amount before it;
    "Début" / "Fin" years give a yearly amount its period."""
    text = _plan_of(
        [
            "Budget : la moitié de l'enveloppe de 40 000 € commune avec l'action 2",
            "Budget : cette action mobilise 10 % de l'enveloppe « prévention » de 60 000 € du plan.",
            "Moyens financiers : à moyens constants (l'enveloppe des aides, 310 000 € en 2025, est maintenue)",
            "Moyens financiers : 48 000 € par an en 2025, 2026 et 2027, dont 2 × 21 000 € par an de l'État.",
            "Début : 2026\nFin : 2028\nBudget annuel : 14 000 €",
        ]
    )
    records = parse_text(tmp_path, text, "ccas-plan", "shares.txt").records
    assert [r.budget_total_eur for r in records] == [20_000, 6_000, None, 144_000, 42_000]
    assert "share (1/2)" in next(b.reason for b in records[0].budget_lines if b.counted)


def test_a_table_of_actions_with_its_partners_in_a_second_table_keyed_by_number(tmp_path):
    """Actions as rows of a table printed with spaces, their partners in a second table "N°
    Partenaires" whose values wrap under their column; a yearly amount counted over the years
    the plan's printed total tells (the same reconciliation as a plan of sheets)."""
    rows = [
        ("1.1", "Une équipe mobile", "Pôle Autonomie", "48 000 €"),
        ("1.2", "Un guichet unique", "Direction du CIAS", "20 000 €"),
        ("1.3", "Le portage de repas", "Pôle Autonomie", "6 000 € / an"),
    ]
    table = "N°    Action                 Pilote                Budget\n" + "\n".join(
        f"{n}   {a:<22} {p:<21} {b}" for n, a, p, b in rows
    )
    text = (
        "PLAN D'ACTIONS 2026-2027\n\n" + table + "\n\n      TOTAL DES MOYENS NOUVEAUX            80 000 €\n\n"
        "N°        Partenaires\n"
        "1.1       Conférence des financeurs de la prévention de la perte d'autonomie des\n"
        "          Côtes-d'Armor, CARSAT Bretagne\n\n"
        "1.2       Ville de Lannion\n\n"
        "1.3       Cuisine centrale, La Poste\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "gantt.txt").records
    assert [r.budget_total_eur for r in records] == [48_000, 20_000, 12_000]
    assert "CARSAT Bretagne" in records[0].partners
    assert "as the plan's own total counts it" in next(b.reason for b in records[2].budget_lines if b.counted)


def test_amounts_given_a_year_each_then_one_for_two_years(tmp_path):
    """ "15 000 € en 2026, 18 000 € en 2027 et 2028": each year's money, the last twice; "18 000 €
    en 2027 et en 2028" alone is one amount for both."""
    text = _plan_of(
        ["Budget : 15 000 € en 2026, 18 000 € en 2027 et 2028", "Budget : 18 000 € en 2027 et en 2028"]
    )
    records = parse_text(tmp_path, text, "ccas-plan", "years.txt").records
    assert [r.budget_total_eur for r in records] == [51_000, 18_000]


def test_money_typed_on_old_machines_and_sums_told_with_soit(tmp_path):
    """ "4 000 E par an, soit 20 000 E" (an OCR's euro sign, words after it); "80 000 € en
    investissement et 66 000 € en fonctionnement, soit 146 000 €" (the sum "soit" states, its
    parts before it, counted once); a list of costs going on after "… ; caissons et"."""
    text = _plan_of(
        [
            "Coût prévisionnel : 4 000 E par an, soit 20 000 E sur la durée du plan",
            "Coût global : 80 000 € en investissement et 66 000 € en fonctionnement, soit 146 000 €",
            "Coût prévisionnel : véhicule 32 000 E (2017) ; caissons et\nmatériel 4 500 E (2018)",
        ]
    )
    records = parse_text(tmp_path, text, "ccas-plan", "ocr.txt").records
    assert [r.budget_total_eur for r in records] == [20_000, 146_000, 36_500]


def test_labels_aligned_with_the_tab_key_are_fields(tmp_path):
    """ "Responsable :<TAB><TAB>Madame …" / "<TAB><TAB><TAB>wrapped value": a label and its value,
    however many tabs align them."""
    text = (
        "AXE 1 : Bien vieillir\n\nACTION 1\nColis de fin d'année\n"
        "Responsable :\t\tService seniors\nPartenaires :\tcommerçants, Conseil municipal des jeunes\n"
        "Quand :\t\tdécembre, chaque année\n\t\t\t(2025, 2026, 2027)\nBudget :\t\t18 000 € sur les trois années\n\n"
        "ACTION 2\nVisites à domicile\nResponsable :\t\tService seniors\nBudget :\t\t2 000 €\n\n"
        "ACTION 3\nTransport solidaire\nResponsable :\t\tCCAS\nBudget :\t\t1 500 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "tabs.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Colis de fin d'année", 18_000),
        ("Visites à domicile", 2_000),
        ("Transport solidaire", 1_500),
    ]
    assert records[0].partners[:1] == ["commerçants"]


def test_a_price_then_its_count_is_their_product_unless_it_restates_the_money(tmp_path):
    """ "60 € par séance, 12 séances" counts 720 €; "(soit 125 € par participant, pour 80
    participants)" under funders adding up to the product restates them, no money of its own."""
    text = _plan_of(
        [
            "Budget : 60 € par séance, 12 séances",
            "Financement : CAF 6 000 € ; CCAS 4 000 €\n(soit un coût de 125 € par participant, pour 80 participants attendus)",
        ]
    )
    records = parse_text(tmp_path, text, "ccas-plan", "units.txt").records
    assert [r.budget_total_eur for r in records] == [720, 10_000]


def test_a_lead_with_a_slash_inside_its_bracket_stays_whole(tmp_path):
    """ "Mission handicap (Ville / CCAS)": one lead, its bracket whole (a slash parts co-leads
    only outside brackets)."""
    text = _plan_of(["Budget : 1 000 €", "Budget : 2 000 €"]).replace(
        "Pilote : Service des solidarités", "Pilote : Mission handicap (Ville / CCAS)", 1
    )
    records = parse_text(tmp_path, text, "ccas-plan", "leads.txt").records
    assert records[0].direction == "Mission handicap (Ville / CCAS)"


def test_a_price_then_a_chain_of_rates_down_to_a_count_is_their_product(tmp_path):
    """ "25 € de l'heure, 2 heures par semaine pendant 40 semaines" counts 2 000 €; "35 € par
    bénévole formé, 12 bénévoles" 420 € (a word between the unit and its count); "0,40 € par
    kilomètre …, environ 5 000 km" 2 000 € (the unit abbreviated); "dont" or a figure between
    them breaks the chain."""
    text = _plan_of(
        [
            "Budget : 25 € de l'heure, 2 heures par semaine pendant 40 semaines",
            "Budget : 35 € par bénévole formé, 12 bénévoles",
            "Budget : 0,40 € par kilomètre remboursé, environ 5 000 km prévus",
        ]
    )
    records = parse_text(tmp_path, text, "ccas-plan", "rates.txt").records
    assert [r.budget_total_eur for r in records] == [2000, 420, 2000]


def test_a_small_commune_s_lead_written_as_a_person_then_her_role_is_kept_as_printed(tmp_path):
    """ "Madame Chassang, conseillère municipale": no service named, the lead as printed; a
    person named alone still leads nothing."""
    text = _plan_of(["Budget : 1 000 €", "Budget : 2 000 €"])
    text = text.replace(
        "Pilote : Service des solidarités", "Pilote : Madame Chassang, conseillère municipale", 1
    )
    records = parse_text(tmp_path, text, "ccas-plan", "person.txt").records
    assert records[0].direction == "Madame Chassang, conseillère municipale"


def test_a_projet_social_told_in_prose_each_action_a_numbered_paragraph(tmp_path):
    """ "Action 1. Title. Text …" a paragraph on one line each, under "ORIENTATION I — …"; the
    lead and partners told in sentences ("en assure le pilotage, avec le concours de …", "en est
    le porteur ; il s'appuie sur …"); a title line alone over the text after the last action
    closes it (its rounded total is no action's money)."""
    filler = (
        "Le texte de l'action décrit le public visé, les étapes et les résultats attendus sur trois ans. "
    )
    text = (
        "PROJET SOCIAL 2031-2035\n\nORIENTATION I — Vieillir chez soi\n\n"
        f"Action 1. Visiter les aînés isolés. {filler}\n\n"
        "Le Pôle seniors en assure le pilotage, avec le concours de la MSA et de l'ADMR. Coût estimé : 9 600 €.\n\n"
        f"Action 2. Offrir du répit aux aidants. {filler}\n\n"
        "Le Pôle seniors en est le porteur ; il s'appuie sur France Alzheimer. Coût estimé : 12 500 €.\n\n"
        "ORIENTATION II — Accès aux droits\n\n"
        f"Action 3. Former les secrétaires de mairie. {filler} Le Pôle insertion pilote ces sessions ; "
        "la CAF de la Haute-Loire et le Centre de gestion y sont associés. Coût estimé : 3 000 €.\n\n"
        "Suivi et évaluation\n\n"
        "Les actions chiffrées représentent un engagement d'environ 25 000 € sur la durée du projet.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "prose.txt").records
    assert [r.title.split(" ", 1)[1] for r in records] == [
        "Visiter les aînés isolés",
        "Offrir du répit aux aidants",
        "Former les secrétaires de mairie",
    ]
    assert [r.direction for r in records] == ["Pôle seniors", "Pôle seniors", "Pôle insertion"]
    assert [r.budget_total_eur for r in records] == [9600, 12500, 3000]
    assert "France Alzheimer" in records[1].partners + records[1].partners_unresolved
    # ("… et le Centre de gestion y sont associés": partners named before their verb)
    assert "Centre de gestion" in records[2].partners + records[2].partners_unresolved


def test_a_word_table_saved_as_text_its_cells_going_on_over_tabbed_lines(tmp_path):
    """ "N°<TAB>Action<TAB>Pilote…" over "Axe 1 – …" (a row spanning the table) over rows whose
    cells of several paragraphs go on over the next lines, tabs standing for the cells before
    them: each row one action, its cells whole; a row under a merged first column stays a row."""
    t = "\t"
    text = (
        "PLAN D'ACTIONS 2031\n\n"
        f"N°{t}Action{t}Pilote{t}Partenaires{t}Budget\n"
        "Axe 1 – Accès aux droits\n"
        f"1.1{t}Un guichet unique{t}Direction de l'action sociale{t}Association Rebond 18{t}Travaux : 40 000 €\n"
        f"{t}Regrouper les accueils en un lieu.\n"
        f"{t}{t}{t}Épicerie Les Tilleuls\n"
        f"{t}{t}{t}{t}Fonctionnement : 12 000 € par an\n"
        f"{t}{t}{t}{t}Coût total : 88 000 €\n"
        f"1.2{t}Des permanences numériques{t}Service numérique{t}Médiathèque{t}6 500 €\n"
        f"1.3{t}Un rendez-vous des droits{t}Direction de l'action sociale{t}MSA{t}3 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "word.txt").records
    assert [r.title for r in records] == [
        "Un guichet unique",
        "Des permanences numériques",
        "Un rendez-vous des droits",
    ]
    assert [r.budget_total_eur for r in records] == [88_000, 6_500, 3_000]
    assert "Association Rebond 18" in {*records[0].partners, *records[0].partners_unresolved}


def test_a_table_pdftotext_linearised_a_cell_a_line_is_regrouped_by_its_columns(tmp_path):
    """ "N°" / "Intitulé de l'action" / "Pilote" / "Partenaires" / "Budget" / "2031-2033 (€)" then
    each row's cells a line each, a cell wrapped ("… de" / "la Loire"), an empty cell "–", a
    page turn (its number, the running header, the header again) inside the table: one action
    a row, its cells whole; the next part's heading ends the table."""
    header = "N°\nIntitulé de l'action\nPilote\nPartenaires\n2031\n2032\nTotal (€)\n"
    running = "CIAS du Val · Projet social 2031-2033\n"
    text = (
        running
        + "Sommaire\nAxe 1 – Accès aux droits ..................... 2\n2\n"
        + running
        + "Axe 1 – Accès aux droits\nTableau 1 – Actions de l'axe 1\n"
        + header
        + "1.1\nDéployer des permanences itinérantes\nPôle Accès aux droits\nCAF de\nla Loire, MSA\n"
        "10 000\n12 000\n22 000\n"
        + "3\n"
        + running
        + header
        + "1.2\nFormer les secrétaires de mairie\nDirection de l'action sociale\nCentre de gestion\n"
        "9 500\n–\n9 500\n"
        "1.3\nOuvrir un guichet unique\nPôle Accès aux droits\nCPAM de la Loire\n4 000\n4 000\n8 000\n"
        "Axe 2 – Bien vieillir\nUn texte qui présente l'axe et ses enjeux, sur une ligne entière.\n4\n"
        + running
    )
    records = parse_text(tmp_path, text, "ccas-plan", "linear.txt").records
    assert [r.title for r in records] == [
        "Déployer des permanences itinérantes",
        "Former les secrétaires de mairie",
        "Ouvrir un guichet unique",
    ]
    assert [r.direction for r in records] == [
        "Pôle Accès aux droits",
        "Direction de l'action sociale",
        "Pôle Accès aux droits",
    ]
    assert [r.budget_total_eur for r in records] == [22_000, 9_500, 8_000]


def test_a_sheet_of_actions_with_a_group_row_and_credits_per_year(tmp_path):
    """A spreadsheet's title row, its column groups over the header, "Crédits 2026 …" columns
    (the same words, a year each): every action's money is the sum of its years."""
    from ccas_cli.ingest import parse_file

    rows = [
        "CCAS de Brignac – Plan d'actions 2026-2027\t\t\t\t\t",
        "Identification\t\t\tMoyens\t\t",
        "N°\tAction\tPilote\tPartenaires\tCrédits 2026\tCrédits 2027",
        "1.1\tOuvrir un guichet unique\tDirection sociale\tCAF\t10 000 €\t12 000 €",
        "1.2\tDéployer un bus des droits\tService accueil\tCPAM\t5 000 €\t5 000 €",
        "1.3\tFormer les agents\tDirection sociale\tCNFPT\t2 000 €\t1 000 €",
    ]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = parse_file(path, kind="ccas-plan")
    assert [r.title for r in result.records] == [
        "Ouvrir un guichet unique",
        "Déployer un bus des droits",
        "Former les agents",
    ]
    assert [r.budget_total_eur for r in result.records] == [22_000, 10_000, 3_000]


def test_a_plan_told_in_a_letter_its_actions_lettered_under_roman_parts(tmp_path):
    """ "I. Part" / "A) Title : text …, piloté par …, avec … (coût : 45 k€)": each lettered
    paragraph an action, its lead and partners told, the bracket telling its money closing the
    partners' list."""
    from ccas_cli.ingest import parse_file

    actions = [
        ("Accueil unique", "piloté par le Pôle Accueil avec la CAF du Lot et France Travail (coût : 45 k€)."),
        ("Bus des droits", "sous la responsabilité du Pôle Accueil, avec la MSA et La Poste (coût : 12 k€)."),
        ("Aide numérique", "pilotée par le Service Inclusion numérique avec la Médiathèque (coût : 8 k€)."),
    ]
    body = "\n\n".join(
        f"{letter}) {title} : une action du CCAS pour les habitants, {told}"
        for letter, (title, told) in zip("ABC", actions, strict=True)
    )
    path = tmp_path / "plan.txt"
    path.write_text(
        "Objet : projet de plan d'actions\n\nBonjour à toutes et à tous,\n\n"
        f"I. Accès aux droits\n\nTrois actions sont prévues :\n\n{body}\n\nBien cordialement,\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="ccas-plan")
    assert [r.title for r in result.records] == ["Accueil unique", "Bus des droits", "Aide numérique"]
    assert [r.budget_total_eur for r in result.records] == [45_000, 12_000, 8_000]
    assert "France Travail" in result.records[0].partners
    assert not any("(" in p for r in result.records for p in r.partners)


def test_a_total_said_twice_counts_once_and_a_sheet_with_its_lead_alone_is_a_sheet(tmp_path):
    """ "Budget : 12000" (a base's field) and "Budget : 12 000 € (vacations …)" in its text: the
    same total, counted once; "## Refondre …" with its lead alone among sheets headed alike is
    one of them; a table "| Période | Nature | Montant |" by year is its sheet's money."""
    text = (
        "# Axe 1 – Accès\n\n## Guichet\n\nPilote : Direction A\n\nBudget : 5 000 €\n\n"
        "## Expulsions\n\nPilote : Service logement\n\nBudget : 12000\n\n"
        "Budget : 12 000 € (vacations juridiques et aides ponctuelles).\n\n"
        "## Refondre le règlement\n\nPilote : Direction B\n\nTravail conduit à moyens constants.\n\n"
        "## Épicerie\n\nPilote : Direction C\n\nPartenaires : Banque alimentaire\n\n"
        "| Période | Nature | Montant |\n|---|---|---|\n| 2026 | Travaux | 40 000 € |\n"
        "| 2027 | Fonctionnement | 25 000 € |\n| Total 2026-2027 |  | 65 000 € |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Guichet", 5_000),
        ("Expulsions", 12_000),
        ("Refondre le règlement", None),
        ("Épicerie", 65_000),
    ]
    said_again = [b for b in result.records[1].budget_lines if not b.counted]
    assert said_again and "said again" in said_again[0].reason


def test_a_financing_plans_receipts_under_its_expenses_are_the_same_money(tmp_path):
    """ "Dépenses" / its rows / "Total dépenses" / "Recettes" / the funders' rows in one table
    (a row of one cell naming each side): the receipts pay for the expenses, counted once —
    in a table by amount and in a table by year."""
    text = (
        "# Axe 1 – Accès\n\n## Fiche action 1.1 : Rendez-vous des droits\n\nPilote : Service A\n\n"
        "Plan de financement\n\n| Poste | Montant (€) |\n| --- | --- |\n| Dépenses |  |\n"
        "| Formation | 4 500 |\n| Simulateur | 7 500 |\n| Total dépenses | 12 000 |\n| Recettes |  |\n"
        "| CCAS | 6 000 |\n| CAF | 6 000 |\n| Total recettes | 12 000 |\n\n"
        "## Fiche action 1.2 : Ateliers numériques\n\nPilote : Service B\n\n"
        "Plan de financement\n\n| Poste | 2026 | 2027 | Total |\n| --- | --- | --- | --- |\n"
        "| Dépenses |  |  |  |\n| Animation | 9 000 | 9 000 | 18 000 |\n| Tablettes | 6 000 | – | 6 000 |\n"
        "| Recettes |  |  |  |\n| CCAS | 9 000 | 5 000 | 14 000 |\n| État | 6 000 | 4 000 | 10 000 |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Rendez-vous des droits", 12_000),
        ("Ateliers numériques", 24_000),
    ]


def test_a_plan_told_in_a_report_its_actions_cited_by_number_over_a_recap_table(tmp_path):
    """A rapport de présentation: parts as headings, each action told in a numbered paragraph
    that cites its number ("(action 1.2)"), its money and lead in the recap table. The row is
    the action; the paragraph gives its part and its partners; a total the paragraph says again
    ("soit un total de …") is counted once; a table ruled by groups keeps a row a line."""
    rule = "+-----+---------------------+-----------+---------+---------+\n"
    text = (
        "Orientation n° 1 : Accès aux droits\n\n"
        "1. La première action, « Accueil de quartier » (action 1.1), ouvrira une permanence chaque semaine "
        "avec le concours de la CAF du Cher et de la CPAM du Cher.\n\n"
        "2. La deuxième action, « Bus des droits » (action 1.2), sillonnera les hameaux ; le budget se "
        "décompose en 20 000 € de véhicule et 10 000 € de fonctionnement, soit un total de 30 000 €. "
        "La MSA Berry-Touraine y est associée.\n\n"
        "Orientation n° 2 : Logement\n\n"
        "3. L'action 2.1, « Logements passerelles », portée par le Service logement, mobilisera des "
        "crédits avec le concours de l'association Habitat Jeunes Berry.\n\n"
        f"{rule}| N°  | Action              | Pilote    |    2026 |   Total |\n{rule}"
        "| 1.1 | Accueil de quartier | Service A |   6 000 |  18 000 |\n"
        "| 1.2 | Bus des droits      | Service B |  20 000 |  30 000 |\n"
        "|     | Sous-total 1        |           |  26 000 |  48 000 |\n"
        f"{rule}| 2.1 | Logements passerelles | Service C | 10 000 | 20 000 |\n{rule}"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "rapport.txt")
    assert [(r.title, r.budget_total_eur, r.block) for r in result.records] == [
        ("Accueil de quartier", 18_000, "Accès aux droits"),
        ("Bus des droits", 30_000, "Accès aux droits"),
        ("Logements passerelles", 20_000, "Logement"),
    ]
    assert len(result.records[0].partners) == 2 and result.records[1].partners == ["MSA"]
    assert any("Habitat Jeunes Berry" in p for p in result.records[2].partners)


def test_a_feuille_de_routes_numbered_titles_over_tabbed_dash_facts_are_sheets(tmp_path):
    """ "1.1.1<TAB>Title" over "<TAB>– Pilote : …" lines (a word processor's indents): a sheet
    and its facts, not a table's rows."""
    text = (
        "ORIENTATION 1 – Accès aux droits\n\nObjectif 1.1 : Rapprocher l'accueil\n\n"
        "1.1.1\tOuvrir une permanence de proximité\n\t– Pilote : Direction de l'action sociale\n"
        "\t– Partenaires : CAF du Jura, CPAM du Jura\n\t– Moyens : 20 000 € en 2026 puis 25 000 € en 2027\n\n"
        "1.1.2\tDéployer un bus des droits\n\t– Pilote : Service accueil\n\t– Moyens : coût total 50 000 €\n\n"
        "1.1.3\tFormer les agents\n\t– Pilote : Service RH\n\t– Moyens : à moyens constants\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "feuille.txt")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Ouvrir une permanence de proximité", 45_000),
        ("Déployer un bus des droits", 50_000),
        ("Former les agents", None),
    ]
    assert len(result.records[0].partners) == 2


def test_an_annex_tables_rows_name_their_sheets_by_word_and_number_and_an_unfolded_entry_is_a_sheet(tmp_path):
    """ "| Action 1 — Ouvrir un point d'accueil | 42 000 | 65 000 | 107 000 |" in the financial
    annex: the money of the sheet "### Action 1 — …"; "▸ Action 2 – Title" right over its
    facts (a page's unfolded entry in reader mode) is a sheet."""
    text = (
        "## Axe 1 — Accès\n\n### Action 1 — Ouvrir un point d'accueil\n\nService pilote : Service A\n\n"
        "### Action 2 — Déployer des permanences\n\nService pilote : Service B\n\n"
        "### Action 3 — Former les agents\n\nService pilote : Service C\n\n## Annexe financière\n\n"
        "Montants prévisionnels sur la période, en euros.\n\n"
        "| Action | Fonctionnement | Investissement | Total |\n|---|---:|---:|---:|\n"
        "| Action 1 — Ouvrir un point d'accueil | 42 000 | 65 000 | 107 000 |\n"
        "| Action 2 — Déployer des permanences | 18 500 |  | 18 500 |\n"
        "| Action 3 — Former les agents |  |  | à moyens constants |\n"
        "| **Total général** | **60 500** | **65 000** | **125 500** |\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [r.budget_total_eur for r in result.records] == [107_000, 18_500, None]
    text = "Axe 1 – Accès aux droits\n3 actions\n\n" + "".join(
        f"▸ Action 1.{n} – Titre {n}\nPilote : Service {n}\nCoût : {n} 000 €\n\n" for n in (1, 2, 3)
    )
    result = parse_text(tmp_path, text, "ccas-plan", "page.txt")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Titre 1", 1_000),
        ("Titre 2", 2_000),
        ("Titre 3", 3_000),
    ]


def test_a_plan_in_an_e_mails_nested_lists_its_actions_numbered_under_lettered_objectives(tmp_path):
    """ "I." parts, "A." objectives, "1. Title (pilote : … ; partenaires : … ; coût : …)" items
    restarting under each letter, or the title alone over sentences telling its facts: each
    item an action; the closing "Au total, les actions chiffrées représentent …" no action's."""
    text = (
        "Bonjour à toutes et à tous,\n\nVoici le plan.\n\n\nI. Faciliter l'accès aux droits\n\n"
        "   A. Aller au-devant des habitants\n\n"
        "      1. Un bus des droits dans les quartiers (pilote :\n"
        "         Service accueil ; partenaires : CAF du Cher ; coût : 42 000 €)\n\n"
        "      2. Permanences dans les mairies annexes (pilote : Service accueil ;\n"
        "         partenaires : Département du Cher ; à moyens constants)\n\n"
        "   B. Simplifier les démarches\n\n"
        "      1. Accompagnement aux démarches en ligne\n"
        "         Pilotage : Direction de la cohésion sociale. Partenaires : Emmaüs\n"
        "         Connect. Financement : 9 500 € en 2026 puis 7 000 € en 2027.\n\n"
        "II. Soutenir les ménages fragiles\n\n   A. Prévenir les impayés\n\n"
        "      1. Microcrédit accompagné (pilote : Pôle budget ; partenaires :\n"
        "         Secours catholique ; coût : 4 000 € de garantie + 2 500 € d'animation)\n\n\n"
        "Au total, les actions chiffrées représentent 58 000 € sur la durée du plan.\n\nBien cordialement,\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "mail.txt")
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Un bus des droits dans les quartiers", 42_000),
        ("Permanences dans les mairies annexes", None),
        ("Accompagnement aux démarches en ligne", 16_500),
        ("Microcrédit accompagné", 6_500),
    ]
    assert result.records[2].partners and result.records[0].direction == "Service accueil"


def test_a_sheets_band_prints_its_part_at_the_right_and_a_box_label_wraps_into_its_table(tmp_path):
    """ "FICHE ACTION N° 1.1          Axe 1 – Accès aux droits" (pdftotext -layout): the part, then
    the sheet titled on the lines below; "Budget" / "prévisionnel" wrapped in the box's left
    column onto the table's first row is the header's label, the row keeps its cells."""
    sheet = (
        "  FICHE ACTION N° 1.{n}                            Axe 1 – Accès aux droits\n\n"
        "  Ouvrir un lieu d'accueil {w}\n\n"
        "  Pilote                    Direction de l'action sociale\n\n"
        "  Budget                                       2024         2025        Total\n"
        "  prévisionnel              Fonctionnement   1 000 €      2 000 €      3 000 €\n"
        "                            Investissement   {n} 000 €         –        {n} 000 €\n"
        "                            Total            {m} 000 €      2 000 €      {t} 000 €\n\n\f"
    )
    places = {1: "au centre-ville", 2: "dans les quartiers", 3: "dans les villages"}
    text = "".join(sheet.format(n=n, m=n + 1, t=n + 3, w=places[n]) for n in (1, 2, 3))
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        (f"Ouvrir un lieu d'accueil {places[n]}", "Accès aux droits", (n + 3) * 1000) for n in (1, 2, 3)
    ]


_SHEET = "FICHE ACTION N° {n}\n\nIntitulé : Action numéro {n} du plan\nPilote : Pôle solidarités\nBudget : 1 000 €\n\n"


def _parts(*counts_and_words: tuple[str, int, str]) -> str:
    """Parts "AXE k – title" over a sentence of their text, then their sheets."""
    text, n = "", 1
    for title, sheets, sentence in counts_and_words:
        text += f"AXE {title}\n\nLe contexte de cet axe est décrit ici. {sentence}\n\n"
        for _ in range(sheets):
            text += _SHEET.format(n=n)
            n += 1
    return text


def test_a_part_tells_its_count_in_a_sentence_of_its_text(tmp_path):
    """ "Cet axe regroupe quatre actions.", "Il compte 2 fiches actions.": each part's count, read
    from its text and summed; a part that tells none leaves the whole to the introduction."""
    text = _parts(
        ("1 – Accès aux droits", 2, "Cet axe regroupe deux actions."),
        ("2 – Bien vieillir", 2, "Il compte 2 fiches actions."),
    )
    assert parse_text(tmp_path, text, "ccas-plan", "a.txt").document.records_announced == 4
    text = "Introduction\n\nLe conseil a retenu cinq actions, réparties en deux axes.\n\n" + _parts(
        ("1 – Accès aux droits", 2, "Cet axe regroupe deux actions."),
        ("2 – Bien vieillir", 3, "Les besoins y sont nombreux."),
    )
    assert parse_text(tmp_path, text, "ccas-plan", "b.txt").document.records_announced == 5


def test_an_introduction_listing_each_part_with_its_count(tmp_path):
    """ "Axe 1 – Accès aux droits : 2 actions" listed before the parts: each part's count."""
    text = (
        "Introduction\n\nLe plan se présente ainsi :\n\n- Axe 1 – Accès aux droits : 2 actions\n"
        "- Axe 2 – Bien vieillir : 3 actions\n\n"
    ) + _parts(
        ("1 – Accès aux droits", 2, "Les besoins y sont nombreux."),
        ("2 – Bien vieillir", 3, "Les besoins y sont nombreux."),
    )
    assert parse_text(tmp_path, text, "ccas-plan", "c.txt").document.records_announced == 5


def test_a_cost_table_whose_total_row_is_named_cout_total(tmp_path):
    """ "Investissement (€)" and "Fonctionnement (€)" rows over a "Coût total (€)" row that adds
    them up, a "Total" column at the right: the action costs the total row's total, once; a
    "Coût total" row over its "dont CAF" share alone is the cost itself."""
    text = (
        "AXE 1 – Aller vers\n\nACTION 1.1\n\nUn bus des droits\n\n"
        "Direction pilote     Direction de l'action sociale\n\n"
        "Budget prévisionnel\n\n"
        "                           2026        2027       Total\n"
        "Investissement (€)       40 000           –      40 000\n"
        "Fonctionnement (€)       10 000      12 000      22 000\n"
        "Coût total (€)           50 000      12 000      62 000\n\n"
        "ACTION 1.2\n\nUn accueil parents-enfants\n\n"
        "Direction pilote     Direction de l'action sociale\n\n"
        "Financement          Année         2026        2027        Total\n"
        "                     Coût total    18 000 €    12 000 €    30 000 €\n"
        "                     dont CAF       9 000 €     6 000 €    15 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.budget_total_eur) for a in records] == [
        ("Un bus des droits", 62000),
        ("Un accueil parents-enfants", 30000),
    ]


def test_parts_named_only_by_the_running_head_of_their_sheets_pages(tmp_path):
    """A plan copied from a PDF reader: each sheet's page opens on the plan's running header,
    then "AXE n : title" (the part, printed on every page of its sheets, nowhere else as a
    heading: the outline lists it as a bullet, the recap table as a row with its money)."""
    pages = [
        "Plan d'actions 2026-2028 — CIAS des Trois Vallées\n"
        "Le plan compte deux axes :\n"
        "• AXE 1 : Accueillir au plus près – 3 actions\n"
        "• AXE 2 : Vieillir chez soi – 3 actions\n2",
    ]
    sheets = [
        (1, "Accueillir au plus près", "1.1", "PERMANENCES EN MAIRIE", "12 000 €"),
        (1, "Accueillir au plus près", "1.2", "UN BUS DES DROITS", "30 000 €"),
        (1, "Accueillir au plus près", "1.3", "UN ACCUEIL SANS RENDEZ-VOUS", "5 000 €"),
        (2, "Vieillir chez soi", "2.1", "VISITES DE CONVIVIALITÉ", "8 000 €"),
        (2, "Vieillir chez soi", "2.2", "PORTAGE DE REPAS", "20 000 €"),
        (2, "Vieillir chez soi", "2.3", "ATELIERS MÉMOIRE", "3 000 €"),
    ]
    for page, (axe, title, number, action, money) in enumerate(sheets, 3):
        pages.append(
            f"Plan d'actions 2026-2028 — CIAS des Trois Vallées\nAXE {axe} : {title}\n"
            f"ACTION {number} – {action}\nPorteur :\nService accueil\n"
            f"Enveloppe prévisionnelle : {money}\n{page}"
        )
    pages.append(
        "Plan d'actions 2026-2028 — CIAS des Trois Vallées\nRécapitulatif\n"
        "Axe 1 – Accueillir au plus près 47 000 €\nAxe 2 – Vieillir chez soi 31 000 €\n9"
    )
    records = parse_text(tmp_path, "\n".join(pages) + "\n", "ccas-plan", "plan.txt").records
    assert [(a.block, a.budget_total_eur) for a in records] == [
        ("Accueillir au plus près", 12000),
        ("Accueillir au plus près", 30000),
        ("Accueillir au plus près", 5000),
        ("Vieillir chez soi", 8000),
        ("Vieillir chez soi", 20000),
        ("Vieillir chez soi", 3000),
    ]


@pytest.mark.parametrize(
    ("money", "expected"),
    [
        # a list of shares after "dont" going on onto the next line: parts of the total
        (
            "Financement : 80 000 € sur la période 2025-2027, dont 30 000 € de la Carsat\n"
            "Auvergne et 20 000 € de la Conférence des financeurs ; le solde est pris en\n"
            "charge par le CCAS.",
            80000,
        ),
        # an annual amount whose period is printed on the next line
        (
            "Financement : Enveloppe annuelle de 24 000 €, reconduite chaque année de\n2025 à 2027.",
            72000,
        ),
        # an annual amount "sur la durée du plan" and its years
        ("Coût : 12 000 € par an sur la durée du plan 2026-2028.", 36000),
        # a money field naming who pays, no amount: the sheet's text tells the cost
        (
            "Description : Le CCAS achètera des ventilateurs et des couvertures pour un\n"
            "montant de 7 500 €, prêtés aux personnes inscrites.\n"
            "Financement : Budget d'investissement du CCAS 2025.",
            7500,
        ),
        # "à moyens constants": no new money, whatever the text says of the CCAS's budget
        (
            "Description : Le CCAS consacre déjà 160 000 € par an aux aides facultatives.\n"
            "Financement : à moyens constants.",
            None,
        ),
    ],
)
def test_money_told_across_lines_and_in_the_text_of_a_sheet_whose_money_field_names_a_payer(
    tmp_path, money, expected
):
    text = (
        "AXE 1 – Accès aux droits\n\nFICHE ACTION N°1\nUne action\n\n"
        "Objectifs : Aller au-devant des habitants des quartiers et des hameaux qui ne\n"
        "viennent plus à l'accueil du CCAS, ouvrir leurs droits dès le premier rendez-vous\n"
        "et les orienter vers les partenaires sans les renvoyer d'un guichet à l'autre.\n"
        f"Pilote : Service accueil\n{money}\nIndicateurs : nombre de personnes reçues.\n"
    )
    (action,) = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert action.budget_total_eur == expected


def test_a_summary_table_whose_header_is_over_a_part_s_row_and_a_cell_across_the_figures(tmp_path):
    """pdftotext -layout of a landscape table: the header, two blank lines, then "Axe 1 – …"
    across the table over its rows; a row whose money is "À moyens constants" set across the
    years' columns is still a row (the action, no money)."""
    head = " N°    Action                          Pilote               Partenaires              2026        2027       Total\n\n\n"
    text = (
        "Le plan compte trois actions.\n\n" + head + " Axe 1 – Accès aux droits\n\n"
        " 1.1   Créer un guichet unique des    Direction de         CAF du Cher, CPAM       45 000      30 000      75 000\n"
        "       solidarités                     l'action sociale     du Cher\n\n"
        " 1.2   Accompagner les allocataires   Service insertion    France Travail,              À moyens constants\n"
        "       du RSA                                               Mission locale\n\n"
        " 1.3   Former les agents d'accueil    Direction des RH     CNFPT                    8 500           —       8 500\n\n"
        "       Sous-total axe 1                                                             53 500      30 000      83 500\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Créer un guichet unique des solidarités", "Direction de l'action sociale", 75000),
        ("Accompagner les allocataires du RSA", "Service insertion", None),
        ("Former les agents d'accueil", "Direction des RH", 8500),
    ]
    assert records[1].partners + records[1].partners_unresolved != []


def test_label_value_rows_with_no_colon_a_value_wrapped_in_lower_case_and_no_blank_line(tmp_path):
    """A PDF library's text of a borderless table of facts: "Pilotage Direction … – service" /
    "logement et prévention" / "Partenaires associés ADIL du Cher, …": the wrapped value does
    not end the box, the next label still opens its field."""
    text = (
        "AXE 1 – Se loger\n"
        "Action 1.1 – Prévenir les expulsions\n"
        "Objectifs Intervenir dès le premier impayé de loyer.\n"
        "Public concerné Locataires en situation d'impayé\n"
        "Pilotage Direction de l'action sociale et des solidarités – service\n"
        "logement et prévention\n"
        "Partenaires associés ADIL du Cher, Banque de France, Vierzon Habitat, Fonds de\n"
        "solidarité pour le logement du Cher\n"
        "Calendrier 2025-2029\n"
        "Budget prévisionnel Enveloppe d'aides de 20 000 €\n"
        "Action 1.2 – Aller vers les locataires\n"
        "Public concerné Locataires du parc social\n"
        "Pilotage Service logement\n"
        "Partenaires associés Vierzon Habitat\n"
        "Budget prévisionnel 5 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.budget_total_eur) for a in records] == [
        ("Prévenir les expulsions", 20000),
        ("Aller vers les locataires", 5000),
    ]
    assert "Banque de France" in records[0].partners + records[0].partners_unresolved
    assert (
        records[0].direction
        == "Direction de l'action sociale et des solidarités – service logement et prévention"
    )


_FICHE_SHEET = "FICHE ACTION N°{n}\n{title}\n\nPilote : Service accueil\nFinancement : {n} 000 €\n\n"
_ACCORDION_SHEET = "+ Action {n} : {title}\nQui pilote ? Service accueil\nCombien ? {n} 000 €\n\n"


@pytest.mark.parametrize(
    ("opening", "first_part", "second_part", "sheet"),
    [
        # "Le CCAS y répond par trois actions.": the part named by its pronoun; "Cet axe se décline
        # en 2 fiches actions." is a part's count, never the plan's total
        (
            "",
            "AXE 1 – Accès aux droits\n\nPrès d'un ménage sur trois ignore ses droits. Cet axe se décline en "
            "2 fiches actions.\n\n",
            "AXE 2 – Logement\n\nLes personnes sans logement stable cumulent les difficultés. Le CCAS y "
            "répond par trois actions.\n\n",
            _FICHE_SHEET,
        ),
        # "3 actions sont prévues." opening on its count is the part's; "Cliquez sur une action pour
        # en afficher le détail." is no count of the plan
        (
            "Plan d'actions 2024-2027\n\nCliquez sur une action pour en afficher le détail.\n\n",
            "Axe 1 : Accès aux droits\n\nTrop de ménages renoncent à leurs droits. Cet axe comprend 2 actions.\n\n",
            "Axe 2 : Logement\n\nLe logement reste la première inquiétude. 3 actions sont prévues.\n\n",
            _ACCORDION_SHEET,
        ),
    ],
)
def test_a_part_s_count_told_in_its_text_and_never_a_part_s_or_one_action_as_the_plan_s(
    tmp_path, opening, first_part, second_part, sheet
):
    titles = ["Un guichet unique", "Une équipe mobile", "Un fonds d'impayés", "Des logements passerelles"]
    text = (
        opening
        + first_part
        + "".join(sheet.format(n=n, title=t) for n, t in enumerate(titles[:2], 1))
        + second_part
        + "".join(
            sheet.format(n=n, title=t) for n, t in enumerate([*titles[2:], "Une colocation solidaire"], 3)
        )
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.txt")
    assert len(result.records) == 5
    assert result.document.records_announced == 5


def test_actions_coded_a1_a2_whose_parts_only_a_table_lists(tmp_path):
    """ "| Axe | Intitulé | Actions |" over "| 1 | Accès aux droits | A1, A3 |" and flat "## A1 ·
    Title" sheets, no part heading: each sheet's part is the row naming its code, its title the
    words after the code; the table lists the actions the plan counts."""
    text = (
        "# CCAS — Projet social\n\n| Axe | Intitulé | Actions |\n|---|---|---|\n"
        "| 1 | Accès aux droits | A1, A3 |\n| 2 | Vieillir chez soi | A2 |\n\n"
        "## A1 · Un guichet unique\n\n**Pilote** — Direction de l'action sociale\n**Budget** — 12 000 €\n\n"
        "## A2 · Des visites à domicile\n\n**Pilote** — Pôle seniors\n**Budget** — 8 000 €\n\n"
        "## A3 · Une équipe mobile\n\n**Pilote** — Direction de l'action sociale\n**Budget** — 20 000 €\n"
    )
    result = parse_text(tmp_path, text, "ccas-plan", "plan.md")
    assert [(a.title, a.block, a.budget_total_eur) for a in result.records] == [
        ("Un guichet unique", "Accès aux droits", 12000),
        ("Des visites à domicile", "Vieillir chez soi", 8000),
        ("Une équipe mobile", "Accès aux droits", 20000),
    ]
    assert result.document.records_announced == 3


def test_a_slide_deck_outline_whose_bullets_keep_their_glyphs(tmp_path):
    """LibreOffice Impress's outline: "Action 1.1 — Title" at the margin, "<TAB>• Pilote : …"
    bullets under it (the glyph kept in the text): fields of the action."""
    text = (
        "Projet social 2026-2030\n\t• Présenté au conseil d'administration\n"
        "Axe 1 – Accès aux droits\n\t• Deux actions :\n\t\t– Un guichet unique\n\t\t– Une équipe mobile\n"
        "Action 1.1 — Un guichet unique\n\t• Pilote : Direction de l'action sociale\n"
        "\t• Partenaires : CAF du Cher, CPAM du Cher\n\t• Budget : 85 000 €\n"
        "Action 1.2 — Une équipe mobile\n\t• Pilote : Service accueil\n\t• Partenaires :\n"
        "\t\t– Mission locale\n\t\t– Secours populaire\n\t• Budget : 20 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(a.title, a.direction, a.budget_total_eur) for a in records] == [
        ("Un guichet unique", "Direction de l'action sociale", 85000),
        ("Une équipe mobile", "Service accueil", 20000),
    ]
    assert len(records[0].partners) == 2 and len(records[1].partners) == 2


def test_a_bracket_holding_a_sheets_facts_adds_its_plus_terms_and_a_bracket_after_an_amount_does_not(
    tmp_path,
):
    """ "(Pilote : … ; coût : 3 500 € de formation + 1 200 € d'équipement)": the whole of the facts
    in brackets under a listed action — the "+" adds two parts (4 700 €), as outside brackets;
    "30 000 € (18 000 € + 12 000 €)" stays one cost and its breakdown."""
    text = (
        "## Axe 1 – Accueillir\n\n### Action 1.1 – Former les agents d'accueil\n\n"
        "(Pilote : direction du CCAS ; coût : 3 500 € de formation + 1 200 € d'équipement)\n\n"
        "### Action 1.2 – Ouvrir un guichet unique\n\n"
        "(Pilote : pôle accueil ; coût : 30 000 € (18 000 € + 12 000 €))\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Former les agents d'accueil", 4_700),
        ("Ouvrir un guichet unique", 30_000),
    ]


def test_a_sommaire_entry_wrapped_over_spaced_leader_dots_is_no_sheet(tmp_path):
    """ "Action 1.2 – … sortant de" over "l'aide sociale à l'enfance . . . . . 9": a Sommaire's
    entry wrapped, its leader dots spaced as a typesetter sets them — not one more action."""
    text = (
        "Sommaire\nENJEU 1 – Protéger . . . . . . . . . . . . 3\n"
        "Action 1.1 – Un accueil de jour . . . . . . . . . . . 4\n"
        "Action 1.2 – Accompagner les jeunes majeurs sortant de\n"
        "l'aide sociale à l'enfance . . . . . . . . . . . . . . . 5\n\n"
        "ENJEU 1 – Protéger\n\nAction 1.1 – Un accueil de jour\n\nPilotage\nPilote de l'action : Direction de l'enfance\n\n"
        "Moyens\nFonctionnement : 20 000 €\n\n"
        "Action 1.2 – Accompagner les jeunes majeurs sortant\nde l'aide sociale à l'enfance\n\n"
        "Pilotage\nPilote de l'action : Direction de l'enfance\n\nMoyens\nFonctionnement : 30 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Un accueil de jour", 20_000),
        ("Accompagner les jeunes majeurs sortant de l'aide sociale à l'enfance", 30_000),
    ]


def _label_less_plan() -> str:
    """A commune's plan typed in a word processor: no number, no label, a paragraph a line —
    parts in capitals over their introduction, each action a title line over the paragraph
    telling its lead, partners and money."""

    def action(title: str, text: str) -> str:
        return f"{title}\n{text}\n\n"

    return (
        "CENTRE COMMUNAL D'ACTION SOCIALE DE SAINT-CHÉLY\nPLAN D'ACTIONS 2026-2028\n\n"
        "La commune a réuni ses habitants et ses partenaires au printemps pour dresser la liste "
        "des besoins les plus pressants. Cinq actions sont retenues : trois pour les aînés et deux "
        "pour les familles, adoptées par le conseil d'administration en séance de juin.\n\n"
        "BIEN VIEILLIR AU VILLAGE\nLes aînés des hameaux sont de plus en plus isolés, faute de "
        "transport et de commerces. Les trois actions qui suivent leur sont destinées.\n\n"
        + action(
            "Une navette vers le marché du jeudi",
            "Un minibus de la commune conduira chaque jeudi les personnes âgées des hameaux au "
            "marché et à la pharmacie. Le CCAS en assure le pilotage, avec l'appui de la MSA "
            "Languedoc et du club des aînés. Coût estimé : 3 000 € par an, soit 9 000 € sur la durée du plan.",
        )
        + action(
            "Des visites de voisinage",
            "Des bénévoles rendront visite chaque semaine aux personnes seules repérées par les "
            "infirmières libérales et le médecin du village. Le Service Seniors pilote l'action, "
            "avec le concours de la Croix-Rouge française. Elle est conduite à moyens constants.",
        )
        + action(
            "Un atelier de tablettes à la bibliothèque",
            "Chaque mardi, un animateur apprendra aux plus de soixante ans à se servir d'une "
            "tablette et à faire leurs démarches en ligne. Il est piloté par la bibliothèque "
            "municipale, en partenariat avec France Services. Le budget comprend 1 500 € pour "
            "l'achat de tablettes et 2 000 € pour l'animateur.",
        )
        + "SOUTENIR LES FAMILLES\nLes familles modestes peinent à boucler leurs fins de mois "
        "depuis la hausse des prix. Deux actions leur sont proposées.\n\n"
        + action(
            "Une aide aux vacances des enfants",
            "Le CCAS complétera les aides aux vacances pour que chaque enfant puisse partir une "
            "semaine en été. Le Service Enfance en assure le pilotage, avec l'appui de la CAF de la "
            "Lozère. L'aide est de 120 € par enfant, dans la limite d'une enveloppe de 4 800 € pour "
            "toute la durée du plan.",
        )
        + action(
            "Une aide d'urgence pour l'énergie",
            "Les ménages menacés d'une coupure recevront une aide versée au fournisseur après "
            "examen de leur situation. Le dispositif est conduit en lien avec le Fonds de solidarité "
            "pour le logement de la Lozère et EDF Solidarité. Les crédits prévus s'élèvent à "
            "4 000 € en 2026, 4 000 € en 2027 et 5 000 € en 2028.",
        )
        + "SUIVI DU PLAN\nUn comité réunissant les administrateurs et les partenaires fera le "
        "bilan des actions chaque automne et proposera les ajustements nécessaires.\n"
    )


def test_a_plan_with_no_number_and_no_label_reads_each_title_over_its_paragraph_as_an_action(tmp_path):
    """Each action a title line over the paragraph telling it, under parts in capitals: found by
    detection, each action under its part, its lead, partners and money read from sentences."""
    path = tmp_path / "plan.txt"
    path.write_text(_label_less_plan(), encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.title, r.block, r.budget_total_eur) for r in result.records] == [
        ("Une navette vers le marché du jeudi", "BIEN VIEILLIR AU VILLAGE", 9_000),
        ("Des visites de voisinage", "BIEN VIEILLIR AU VILLAGE", None),
        ("Un atelier de tablettes à la bibliothèque", "BIEN VIEILLIR AU VILLAGE", 3_500),
        ("Une aide aux vacances des enfants", "SOUTENIR LES FAMILLES", 4_800),
        ("Une aide d'urgence pour l'énergie", "SOUTENIR LES FAMILLES", 13_000),
    ]
    assert [r.responsable for r in result.records] == [
        "CCAS",
        "Service Seniors",
        "bibliothèque municipale",
        "Service Enfance",
        None,
    ]
    partners = [[*r.partners, *r.partners_unresolved] for r in result.records]
    assert "club des aînés" in " ".join(partners[0]) and any("MSA" in p for p in partners[0])
    assert any("Fonds de solidarité pour le logement de la Lozère" in p for p in partners[4])
    assert any("EDF" in p for p in partners[4])
    assert result.document.records_announced == 5


def test_a_web_page_saved_as_text_reads_each_action_heading_under_the_last_fact_above_it(tmp_path):
    """A page saved from a browser, a paragraph a line: "Action 1.2 — …" right under the last
    fact of the sheet above is the next sheet, not more of that fact; "investissement 48 000 € ;
    fonctionnement 100 000 € sur 2027-2030" are two parts that add up, neither the whole."""
    text = (
        "Axe 1 — Aller vers les habitants\n"
        "Action 1.1 — Un bus des droits\n"
        "Porteur(s) : Service accès aux droits\n"
        "Partenaire(s) : CAF de l'Allier, Mission locale\n"
        "Coût(s) : investissement 48 000 € (véhicule) ; fonctionnement 100 000 € sur 2027-2030\n"
        "Indicateur(s) : nombre de haltes réalisées ; nombre de dossiers ouverts à bord du bus chaque mois\n"
        "Action 1.2 — Un rendez-vous des droits\n"
        "Objectif(s) : repérer dès leur arrivée les ménages qui pourraient bénéficier d'aides.\n"
        "Porteur(s) : Direction de l'action sociale\n"
        "Partenaire(s) : CAF de l'Allier\n"
        "Coût(s) : 9 500 €\n"
        "Indicateur(s) : taux d'acceptation de l'entretien\n"
        "Action 1.3 — Une formation au repérage\n"
        "Porteur(s) : Service formation\n"
        "Coût(s) : 12 000 € (marché de formation)\n"
        "Indicateur(s) : nombre d'agents formés\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "page.txt").records
    assert [(r.title, r.responsable, r.budget_total_eur) for r in records] == [
        ("Un bus des droits", "Service accès aux droits", 148_000),
        ("Un rendez-vous des droits", "Direction de l'action sociale", 9_500),
        ("Une formation au repérage", "Service formation", 12_000),
    ]


def test_lettered_actions_told_in_a_bulletins_prose_are_read_and_found_by_detection(tmp_path):
    """A municipal bulletin: parts "Premier axe : …", actions "a) Title. Sentences…" wrapped at
    the column's width, leads, partners and money told in sentences — "Les partenaires seront …",
    "… en seront partenaires", "coûteront", "représente … dont", and "Chaque foyer … jusqu'à
    200 €" one household's aid, not the action's money."""
    text = (
        "VILLE-SUR-LOT INFOS\nBulletin municipal — n° 12\n\n"
        "Le CCAS adopte son plan d'actions\n\n"
        "Le conseil d'administration a adopté son premier plan pluriannuel. Le plan rassemble\n"
        "quatre actions, réparties en deux axes.\n\n"
        "Premier axe : Rompre l'isolement\n\n"
        "Les deux actions de cet axe visent les aînés.\n\n"
        "a) Des visites de convivialité. Des bénévoles formés rendront visite chaque semaine aux\n"
        "personnes seules. Le Pôle Seniors du CCAS pilotera cette action. Les partenaires seront\n"
        "le centre hospitalier de Villeneuve, les infirmiers libéraux et la Croix-Rouge française.\n"
        "Elle mobilisera 3 000 € par an pendant trois ans.\n\n"
        "b) Une épicerie dans un nouveau local. L'épicerie quittera les anciens vestiaires pour un\n"
        "rez-de-chaussée accessible. Le CCAS pilotera cette action. Les travaux coûteront 18 000 € et\n"
        "l'équipement frigorifique 6 500 €.\n\n"
        "Deuxième axe : Soutenir les familles\n\n"
        "Deux actions sont proposées aux familles.\n\n"
        "a) Des aides aux factures d'énergie. Une aide sera créée pour les foyers modestes. Le Service\n"
        "d'action sociale pilotera cette action. Chaque foyer éligible pourra recevoir jusqu'à 200 €,\n"
        "dans la limite d'une enveloppe de 8 000 € par an pendant trois ans.\n\n"
        "b) Un lieu d'accueil enfants-parents. Les parents seront accueillis sans inscription. Le\n"
        "centre social Le Lien pilotera cette action. La CAF de Lot-et-Garonne, la PMI du Département\n"
        "et le relais petite enfance en seront partenaires. Le projet représente 36 000 € sur trois\n"
        "ans, dont 15 000 € pris en charge par la CAF.\n"
    )
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "ccas-plan"
    assert [(r.title, r.budget_total_eur) for r in result.records] == [
        ("Des visites de convivialité", 9_000),
        ("Une épicerie dans un nouveau local", 24_500),
        ("Des aides aux factures d'énergie", 24_000),
        ("Un lieu d'accueil enfants-parents", 36_000),
    ]
    partners = [[*r.partners, *r.partners_unresolved] for r in result.records]
    assert any("infirmiers libéraux" in p for p in partners[0])
    assert any("Croix-Rouge" in p for p in partners[0])
    assert any("relais petite enfance" in p for p in partners[3])


def test_a_parts_title_with_a_colon_under_its_bare_number_and_a_mark_after_a_sheets_number(tmp_path):
    """ "AXE 2" alone over "Bien vieillir : autonomie et domicile" (a colon in the title, no label
    of the sheets'): the part's title; "2.1 ▸ Title" over dot-leader facts: the mark is no title."""
    text = (
        "  AXE 1\n  Garantir l'accès aux droits\n\n"
        "  1.1 ▸ Ouvrir un guichet unique\n\n"
        "  Pilote .................. Service accueil\n  Budget .................. 12 000 €\n\n"
        "  AXE 2\n  Bien vieillir : autonomie et domicile\n\n"
        "  2.1 ▸ Repérer les aînés isolés\n\n"
        "  Pilote .................. Service seniors\n  Budget .................. 8 000 €\n\n"
        "  2.2 ▸ Soutenir les aidants\n\n"
        "  Pilote .................. Service seniors\n  Budget .................. 5 000 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Ouvrir un guichet unique", "Garantir l'accès aux droits", 12_000),
        ("Repérer les aînés isolés", "Bien vieillir : autonomie et domicile", 8_000),
        ("Soutenir les aidants", "Bien vieillir : autonomie et domicile", 5_000),
    ]


def test_an_outline_plan_reads_its_sheets_under_their_objective_and_not_the_diagnosis_headings(tmp_path):
    """A Word outline: "1.2.1 Les jeunes adultes" in the diagnosis chapter (figures, the CCAS's
    own budget) is no sheet though numbered as the sheets "2.1.1 …" are; "2.1 Garantir l'accès aux
    droits" over "2.1.1 …" is their part."""

    def sheet(number: str, title: str, money: str) -> str:
        return f"{number} {title}\n\nUn service nouveau.\n\nPorteur : Pôle accueil\nPartenaires : CAF\nMoyens : {money}\n\n"

    text = (
        "1. Diagnostic\n\n1.2 Les publics\n\n1.2.1 Les jeunes adultes\n\n310 jeunes reçus en 2025.\n\n"
        "1.2.2 Les aînés\n\nLe budget du CCAS s'élève à 11,4 millions d'euros.\n\n"
        "2. Plan d'actions\n\n2.1 Garantir l'accès aux droits\n\nCette orientation compte 2 actions.\n\n"
        + sheet("2.1.1", "Un guichet unique", "40 000 €")
        + sheet("2.1.2", "Des permanences mobiles", "12 000 €")
        + "2.2 Bien vieillir\n\nUne action.\n\n"
        + sheet("2.2.1", "Des visites de convivialité", "6 000 €")
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Un guichet unique", "Garantir l'accès aux droits", 40_000),
        ("Des permanences mobiles", "Garantir l'accès aux droits", 12_000),
        ("Des visites de convivialité", "Bien vieillir", 6_000),
    ]


def test_a_slides_notes_stating_the_whole_cost_beside_its_money_line(tmp_path):
    """A slide "• Combien : 18 k€ (camion)", its notes "À ces 18 k€ s'ajoutent 4 000 € par an …,
    soit un coût total de 30 000 € sur les trois ans": the whole, told in a sentence, counts."""
    text = (
        "--- Diapositive 2 ---\nAxe 1 · Se nourrir\n\n--- Diapositive 3 ---\nAction 1.1 · Une épicerie itinérante\n"
        "• Pilote : Service insertion\n• Combien : 18 k€ (achat du camion)\n\nNotes :\nÀ ces 18 k€ s'ajoutent "
        "4 000 € par an de fonctionnement, soit un coût total de 30 000 € sur les trois ans.\n\n"
        "--- Diapositive 4 ---\nAction 1.2 · Des repas partagés\n• Pilote : Service seniors\n• Combien : 6 000 €\n\n"
        "--- Diapositive 5 ---\nAction 1.3 · Un potager solidaire\n• Pilote : Service insertion\n• Combien : 2 500 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "slides.txt").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Une épicerie itinérante", 30_000),
        ("Des repas partagés", 6_000),
        ("Un potager solidaire", 2_500),
    ]


def test_actions_as_list_items_with_their_facts_after_a_dash_and_a_closing_budget_heading(tmp_path):
    """A plan as nested ordered lists: "1. **Title** — pilote : … ; partenaires : … ; coût : …" an
    action a line; "## Budget global" over the plan's total told in a sentence closes the last
    action (its 224 700 € no action's money)."""
    text = (
        "# Plan d'actions 2026-2029\n\n1. **Axe 1 — Accéder aux droits**\n\n"
        "   Trois actions sont inscrites dans cet axe.\n\n"
        "   1. **Permanences itinérantes** — pilote : Service accueil ; partenaires : CAF du Cantal, MSA ; "
        "coût : 6 000 € par an sur 3 ans ; échéance : 2027\n"
        "   2. **Rendez-vous des droits** — pilote : Service accueil ; partenaires : Mairies ; "
        "coût : à moyens constants ; échéance : 2026\n"
        "   3. **Point accueil jeunes** — pilote : Direction de l'action sociale ; partenaires : Mission "
        "locale ; coût total : 12 000 € ; échéance : 2027\n\n"
        "## Budget global\n\nSur la durée du plan, les actions chiffrées représentent 30 000 €.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.responsable, r.budget_total_eur) for r in records] == [
        ("Permanences itinérantes", "Service accueil", 18_000),
        ("Rendez-vous des droits", "Service accueil", None),
        ("Point accueil jeunes", "Direction de l'action sociale", 12_000),
    ]


def test_a_deliberations_annex_lettered_parts_over_actions_numbered_1_degree(tmp_path):
    """A board's deliberation, its annex the plan: parts "A. Title", actions "1°) Title" over one
    paragraph telling the lead and the cost; "… jusqu'à la mise en œuvre du plan" in an action's own
    text is its words, not the plan's money closing it."""
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nVu le code de l'action sociale et des familles ;\n\n"
        "DÉCIDE\n\nArticle 1 : Le programme d'actions annexé est approuvé.\n\n"
        "ANNEXE – Programme d'actions 2026-2028\n\nA. Accès aux droits\n\n"
        "1°) Guichet unique des droits\n"
        "Un accueil commun instruit les demandes. Pilotée par le Service Accueil, avec la CAF, cette action "
        "sera engagée d'ici juin 2027 pour un coût de 42 000 €.\n\n"
        "2°) Accompagnement des ménages surendettés\n"
        "Un conseiller suit les ménages jusqu'à la mise en œuvre du plan de surendettement. Pilotée par le "
        "Service Budget, avec la Banque de France, cette action sera engagée d'ici 2026 pour un coût de 14 500 €.\n\n"
        "B. Vieillissement\n\n"
        "3°) Navette vers les lieux de soins\n"
        "Un transport conduit les personnes sans véhicule. Pilotée par le Service Seniors, avec l'ARS, cette "
        "action sera engagée d'ici juin 2027 pour un coût de 27 000 €.\n\n"
        "Ainsi fait et délibéré les jour, mois et an susdits.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "deliberation.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Guichet unique des droits", "Accès aux droits", 42_000),
        ("Accompagnement des ménages surendettés", "Accès aux droits", 14_500),
        ("Navette vers les lieux de soins", "Vieillissement", 27_000),
    ]


def test_a_table_plan_whose_rows_are_restated_under_their_number_with_their_partners(tmp_path):
    """Tables of actions ("1.1 Title" in the action's cell, no number column), then "Détail des
    actions": each row restated under its number and title, its partners in a sentence of its text
    ("Partenaires : A, B et C.") — the row's partners, its money still the table's."""
    rows = [
        ("1.1", "Guichet unique des droits", "Pôle Accès", "24 000 €", "CAF du Lot, CPAM du Lot et MSA"),
        (
            "1.2",
            "Permanences mobiles",
            "Pôle Accès",
            "31 500 €",
            "Secours populaire, La Poste et ADIL du Lot",
        ),
        (
            "1.3",
            "Rendez-vous des jeunes",
            "Service Jeunesse",
            "6 800 €",
            "Mission locale, France Travail et CAF du Lot",
        ),
    ]
    table = "| Action | Pilote | Budget |\n|---|---|---|\n" + "".join(
        f"| {n} {title} | {lead} | {cost} |\n" for n, title, lead, cost, _ in rows
    )
    details = "".join(
        f"{n} {title}\nUne action menée chaque semaine auprès des habitants du territoire, financée à hauteur\n"
        f"de 1 000 € par mois. Partenaires : {partners}.\n\n"
        for n, title, _, _, partners in rows
    )
    text = f"PLAN D'ACTIONS 2026-2027\n\nAXE 1 – Accès aux droits\n\n{table}\nDÉTAIL DES ACTIONS\n\n{details}"
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.budget_total_eur, len(r.partners)) for r in records] == [
        (title, int(cost.replace(" ", "").rstrip("€")), 3) for _, title, _, cost, _ in rows
    ]


def test_form_sheets_numbered_below_their_word_filed_by_a_ticked_box(tmp_path):
    """Word forms as text: "FICHE-ACTION N°" over its number, the axe a ticked box among others
    ("☒ Axe 1 – …   ☐ Axe 2 – …"), "Intitulé de l'action :" over the title on the next line, a cost
    table closing on its "Total" row."""
    axes = ["Accès aux droits", "Bien vieillir"]
    sheets = [
        (1, 0, "Créer un point d'accueil unique", "Pôle accès aux droits", "45 700 €"),
        (
            2,
            0,
            "Aller vers les habitants : une permanence mobile",
            "Direction de l'action sociale",
            "18 000 €",
        ),
        (3, 1, "Repérer les aînés isolés", "Pôle seniors", "12 000 €"),
    ]
    text = "PROJET SOCIAL 2024-2027\n\nChaque action est décrite sur un formulaire type.\n\n"
    for number, axe, title, lead, total in sheets:
        boxes = "   ".join(f"{'☒' if n == axe else '☐'} Axe {n + 1} – {name}" for n, name in enumerate(axes))
        text += (
            f"FICHE-ACTION N°\n{number}\n\n{boxes}\n\nIntitulé de l'action :\n{title}\n\n"
            f"Service référent :\n{lead}\n\nCoût prévisionnel :\nPoste de dépense          Montant\n"
            f"Personnel                 {total}\nTotal                     {total}\n\n"
        )
    records = parse_text(tmp_path, text, "ccas-plan", "fiches.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        (title, axes[axe], int(total.replace(" ", "").rstrip("€"))) for _, axe, title, _, total in sheets
    ]


def test_a_fixed_width_export_its_cells_wrapped_and_its_parts_set_across(tmp_path):
    """A spreadsheet exported as fixed-width text under a rule of dash groups: cells wrapped onto
    lines of their own column (the first empty), each part a row set across the table, a blank line
    before the next part; "2026 : 40 000" over "2027 : 25 000" in one cell, two amounts."""
    header = "Axe   N°    Action                          Pilote                Coût (€)"
    rule = "----  ----  ------------------------------  --------------------  --------------"
    text = (
        "PLAN D'ACTIONS 2026-2029\n\n"
        f"{header}\n{rule}\n"
        "AXE 1 - FACILITER L'ACCÈS AUX DROITS ET LUTTER CONTRE LE NON-RECOURS\n"
        "1     1.1   Créer un guichet unique en       Direction sociale              68 000\n"
        "            centre-ville\n"
        "1     1.2   Déployer des permanences         Service accueil              9 500/an\n"
        "            mobiles dans les quartiers                                 soit 38 000\n"
        "\n"
        "AXE 2 - SOUTENIR LES PARCOURS D'INSERTION\n"
        "2     2.1   Ouvrir une épicerie sociale      Pôle insertion          2026 : 40 000\n"
        "            de proximité                                            2027 : 25 000\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        (
            "Créer un guichet unique en centre-ville",
            "FACILITER L'ACCÈS AUX DROITS ET LUTTER CONTRE LE NON-RECOURS",
            68_000,
        ),
        (
            "Déployer des permanences mobiles dans les quartiers",
            "FACILITER L'ACCÈS AUX DROITS ET LUTTER CONTRE LE NON-RECOURS",
            38_000,
        ),
        ("Ouvrir une épicerie sociale de proximité", "SOUTENIR LES PARCOURS D'INSERTION", 65_000),
    ]


def test_a_site_s_action_pages_each_under_its_front_matter_their_axe_by_number(tmp_path):
    """A static site's collection concatenated: the plan's front matter lists its axes ("axes:" /
    "- numero: 1" / "titre: …"), then each action a page — a converter's comment naming its file,
    its own front matter (titre, axe: 1, pilote, partenaires as a list, budget), its text."""
    axes = ["Garantir l'accès aux droits", "Bien vieillir"]
    pages = [
        ("Ouvrir un point d'accueil unique", 1, "Direction de l'action sociale", "42000", 42_000),
        (
            "Déployer des permanences itinérantes",
            1,
            "Service accueil",
            '"6 000 € par an, soit 24 000 €"',
            24_000,
        ),
        ("Structurer un réseau de visiteurs", 2, "Pôle seniors", "15000", 15_000),
    ]
    text = (
        '---\ntitre: "Projet social 2026-2030"\naxes:\n'
        + "".join(f'  - numero: {n}\n    titre: "{name}"\n' for n, name in enumerate(axes, 1))
        + "---\n\n# Projet social 2026-2030\n\nLe projet compte trois actions.\n\n"
    )
    for n, (title, axe, lead, budget, _) in enumerate(pages, 1):
        text += (
            f'<!-- fichier : actions/{n:02d}.md -->\n---\ntitre: "{title}"\nslug: action-{n}\naxe: {axe}\n'
            f'pilote: "{lead}"\npartenaires:\n  - CAF du Cher\n  - CPAM du Cher\nbudget: {budget}\n---\n\n'
            "L'action répond à un besoin relevé par l'analyse des besoins sociaux.\n\n"
        )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        (title, axes[axe - 1], total) for title, axe, _, _, total in pages
    ]


def test_an_outline_indented_with_tabs_its_bullets_the_actions_and_their_facts_under_them(tmp_path):
    """A secretary's outline: parts in capitals at the margin, "<TAB>• Title" an action, its facts
    "<TAB><TAB>Qui : …", "Combien : …" one tab further in (a value going on onto a line further in
    still) — never a table, though every line holds tabs."""
    text = (
        "PLAN D'ACTIONS 2024-2027\n\nACCÈS AUX DROITS\nCette orientation regroupe 2 actions.\n"
        "\t• Guichet unique des droits\n\t\tQui : Service accueil\n\t\tAvec : CAF du Gard, CPAM du Gard\n"
        "\t\tCombien : 38 000 € sur la durée du plan\n\t\tQuand : septembre 2024\n"
        "\t• Permanences itinérantes\n\t\tQui : Service accueil\n\t\tCombien : 2024 : 6 000 € ; 2025 : 6 000 € ;\n"
        "\t\t\t2026 : 6 500 € ; 2027 : 6 500 €\n\t\tQuand : novembre 2024\n\n"
        "VIEILLIR CHEZ SOI\nCette orientation compte 1 action.\n"
        "\t• Veille téléphonique\n\t\tQui : Service seniors\n\t\tCombien : 12 800 €\n\n"
        "COÛT TOTAL DU PLAN : 75 800 €\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.txt").records
    assert [(r.title, r.block, r.budget_total_eur) for r in records] == [
        ("Guichet unique des droits", "ACCÈS AUX DROITS", 38_000),
        ("Permanences itinérantes", "ACCÈS AUX DROITS", 25_000),
        ("Veille téléphonique", "VIEILLIR CHEZ SOI", 12_800),
    ]


def test_a_plan_told_in_a_letter_each_action_a_numbered_item_run_into_its_text(tmp_path):
    """A letter presenting a plan: parts in capitals, each action one numbered item "3. Title.
    — Text …" whose lead, partners and money are told in sentences (a lead the subject of its
    first sentence, partners the subject of theirs, money in the next paragraph at times); a
    recap table restating the actions by number and short name counts nothing again."""
    text = (
        "Madame la Maire,\n\nVoici les actions du projet social, réparties en deux axes.\n\n"
        "PREMIER AXE : OUVRIR LES DROITS\n\n"
        "1. Un guichet mobile dans les hameaux. — Le Service Accueil en sera le pilote. La CAF de "
        "l'Indre et la MSA Berry-Touraine y tiendront des permanences. Le coût total est estimé à "
        "48 000 €.\n\n"
        "2. Des ateliers pour les démarches en ligne. — Le Pôle Numérique animera les ateliers, qui "
        "ouvriront en mars dans les trois centres sociaux de la ville.\n\n"
        "Les crédits nécessaires s'élèvent à 6 000 € en 2027 puis 7 000 € en 2028.\n\n"
        "DEUXIÈME AXE : SE LOGER\n\n"
        "3. Une aide à l'installation. — Piloté par la Direction de l'habitat, ce fonds aidera les "
        "ménages qui quittent un hébergement. Action Logement et la Mission locale nous adresseront "
        "les ménages concernés. Le fonds sera doté de 20 000 euros.\n\n"
        "4. La prévention des expulsions. — Le Service Logement renforcera le repérage des impayés "
        "avec les bailleurs. Cette action sera conduite à moyens constants.\n\n"
        "Récapitulatif\n\nN°\tAction\tMontant\n1\tGuichet mobile\t48 000 €\n2\tAteliers\t13 000 €\n"
        "3\tAide à l'installation\t20 000 €\n\tTotal\t81 000 €\n\n"
        "Je vous prie d'agréer, Madame la Maire, mes salutations distinguées.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "lettre.txt").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        ("Un guichet mobile dans les hameaux", "Service Accueil", 48_000),
        ("Des ateliers pour les démarches en ligne", "Pôle Numérique", 13_000),
        ("Une aide à l'installation", "Direction de l'habitat", 20_000),
        ("La prévention des expulsions", "Service Logement", None),
    ]
    named = [[*r.partners, *r.partners_unresolved] for r in records]
    assert any("MSA" in p for p in named[0]) and len(named[0]) == 2
    assert any("Mission locale" in p for p in named[2])


def test_a_kanban_board_its_cards_labelled_by_axe_their_members_a_service(tmp_path):
    """A board exported to markdown: columns are stages, each card "### Title" names its axe
    among its label chips ("`Prioritaire` `Axe 2 – Logement`"), its lead as its members'
    service ("Membres : Service Logement"); a line among its fields ("Terminée le 12/05/2031")
    opens no card."""
    cards = [
        ("Un guichet unique", "`Axe 1 – Accès aux droits`", "Membres : Pôle Accueil", "Budget : 12 000 €"),
        (
            "Des logements relais",
            "`Prioritaire` `Axe 2 – Logement`",
            "Responsable : Service Logement",
            "Coût : 30 k€",
        ),
        (
            "Un registre canicule",
            "`Axe 3 – Bien vieillir` `Jeunes`",
            "Membres : Service Seniors",
            "Budget : 4 500 €",
        ),
    ]
    text = "# Plan d'actions 2031\n\n## En cours\n\n" + "".join(
        f"### {title}\n\nÉtiquettes : {chips}\n{lead}\nTerminée le 12/05/2031\n\n**Description**\n\n"
        f"Un service pour les habitants, suivi en comité chaque trimestre.\n\n{money}\n\n"
        "**Checklist (1/2)**\n\n- [x] Lancement\n- [ ] Bilan\n\n"
        for title, chips, lead, money in cards
    )
    records = parse_text(tmp_path, text, "ccas-plan", "tableau.md").records
    assert [(r.title, r.block, r.direction, r.budget_total_eur) for r in records] == [
        ("Un guichet unique", "Accès aux droits", "Pôle Accueil", 12_000),
        ("Des logements relais", "Logement", "Service Logement", 30_000),
        ("Un registre canicule", "Bien vieillir", "Service Seniors", 4_500),
    ]


def test_the_amount_a_completed_action_spent_is_its_money_only_when_it_tells_no_budget(tmp_path):
    """ "Dépense réalisée : 3 200 €" on a completed card with no budget: its cost, counted; the
    same beside a budget is the budget's execution, shown and not counted."""
    text = (
        "# Plan 2031\n\n## Axe 1 – Droits\n\n### Un formulaire unique\n\nResponsable : Pôle Accueil\n"
        "Partenaires : UDAF\n\n"
        "Le formulaire est en ligne depuis juin. Dépense réalisée : 3 200 € (impression).\n\n"
        "### Un guichet mobile\n\nResponsable : Pôle Accueil\nBudget : 10 000 €\n\n"
        "Le véhicule roule depuis mai. Dépense réalisée : 4 000 € (carburant).\n\n"
        "### Un atelier numérique\n\nResponsable : Pôle Accueil\n\nPartenaires : Emmaüs Connect\n\n"
        "Un atelier chaque semaine à la médiathèque.\n"
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.md").records
    assert [(r.title, r.budget_total_eur) for r in records] == [
        ("Un formulaire unique", 3_200),
        ("Un guichet mobile", 10_000),
        ("Un atelier numérique", None),
    ]


def test_a_committees_decisions_each_a_numbered_label_over_arrow_facts(tmp_path):
    """A steering committee's record: "Décision n° 3 : Title" (the word the document numbers its
    actions by, set as a label) over "→ Pilote : …", "→ Avec : …", "→ Moyens : …" lines: each
    decision a sheet, a "Débat :" paragraph no field of it."""
    decisions = [
        (
            "Ouvrir une permanence au marché",
            "Service accueil",
            "CAF, MSA",
            "8 000 € par an, soit 24 000 €",
            24_000,
        ),
        ("Créer un fonds d'urgence", "Direction sociale", "Secours populaire", "redéploiement interne", None),
        ("Former les agents d'accueil", "Service accueil", "CNFPT", "4 500 €", 4_500),
    ]
    text = "Comité de pilotage du 3 mars 2031\n\nAXE 1 – Ouvrir les droits\n\n" + "".join(
        f"Décision n° {n} : {title}\n→ Pilote : {lead}\n→ Avec : {partners}\n→ Moyens : {money}\n"
        f"→ Échéance : juin 2031\nDébat : la présidente demande un bilan à six mois.\n\n"
        for n, (title, lead, partners, money, _) in enumerate(decisions, 1)
    )
    records = parse_text(tmp_path, text, "ccas-plan", "releve.txt").records
    assert [(r.title, r.direction, r.budget_total_eur) for r in records] == [
        (title, lead, total) for title, lead, _, _, total in decisions
    ]


def test_a_spreadsheet_in_long_format_one_row_per_action_and_year(tmp_path):
    """A plan exported one row per action and per year ("Axe;Code;Action;Pilote;Année;Montant"):
    the rows of one action, one after the other, are that action once, its money their sum."""
    rows = [
        ("A1", "Un guichet unique", "Pôle accueil", 2031, "10000,00"),
        ("A1", "Un guichet unique", "Pôle accueil", 2032, "12000,00"),
        ("A2", "Un bus des droits", "Pôle accueil", 2031, "5000,00"),
        ("A3", "Un registre canicule", "Pôle seniors", 2031, "2500,00"),
        ("A3", "Un registre canicule", "Pôle seniors", 2032, "2500,00"),
        ("A3", "Un registre canicule", "Pôle seniors", 2033, "2500,00"),
    ]
    text = "Axe;Code;Intitulé de l'action;Service pilote;Partenaires;Année;Montant (€)\n" + "".join(
        f"Axe 1 – Accès aux droits;{code};{title};{lead};CAF / MSA;{year};{amount}\n"
        for code, title, lead, year, amount in rows
    )
    records = parse_text(tmp_path, text, "ccas-plan", "plan.csv").records
    assert [(r.title, r.budget_total_eur, r.source.lines) for r in records] == [
        ("Un guichet unique", 22_000, (2, 3)),
        ("Un bus des droits", 5_000, (4, 4)),
        ("Un registre canicule", 7_500, (5, 7)),
    ]
