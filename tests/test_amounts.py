"""The French amount parser: examples from the corpus and properties over generated amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccas_cli.normalize.amounts import find_amounts
from ccas_cli.normalize.money import format_eur


def parse_amount(text: str) -> float | None:
    """The first amount of the text, in euros (the low end of a range), or None."""
    amounts = find_amounts(text)
    return amounts[0].low if amounts else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("50 000 €", 50_000),
        ("1 502 495 € de financement", 1_502_495),
        ("un objectif d'économie estimé à 1,5M€", 1_500_000),
        ("peut atteindre 3 000€", 3_000),
        ("Expertise : 6000 euros", 6_000),
        ("100 k€", 100_000),
        ("1,5 million d'euros", 1_500_000),
        ("Repas à 1 euro", 1),
        ("1.502.495 €", 1_502_495),
    ],
)
def test_amounts_written_the_french_way(text, expected):
    """Spaces, dots or nothing between thousands; comma decimals; k€ and M€ scales."""
    assert parse_amount(text) == expected


def test_ranges_keep_both_ends():
    """'100 à 150 euros' is one amount with a low and a high end."""
    (amount,) = find_amounts("Allocation : 100 à 150 euros par trimestre")
    assert (amount.low, amount.high, amount.raw) == (100, 150, "100 à 150 euros")


@pytest.mark.parametrize("text", ["2 000 places", "3.268 enfants", "3, 75 ETP", "en 2016", "30 %"])
def test_numbers_without_a_currency_are_not_money(text):
    """Counts, years and percentages are not amounts."""
    assert find_amounts(text) == []


def test_several_amounts_in_one_line_in_order():
    """Totals and their components are all found, with their positions."""
    amounts = find_amounts("Soit : 230 000 euros (30 000 € ingénierie + 200 000 € de provision)")
    assert [a.low for a in amounts] == [230_000, 30_000, 200_000]
    assert amounts[0].start < amounts[1].start < amounts[2].start


def _french(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join(groups)


@given(
    st.integers(min_value=0, max_value=999_999_999),
    st.sampled_from([" ", "\u00a0", "\u202f", ""]),
    st.sampled_from(["€", " €", " euros", " euro", " EUR"]),
)
def test_any_integer_amount_round_trips(n, sep, unit):
    """Whatever the thousands separator and unit, the value read is the value written."""
    assert parse_amount(f"Budget : {_french(n, sep)}{unit} pour l'action") == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["k€", "M€"]),
)
def test_scaled_decimal_amounts(whole, tenth, unit):
    """'1,5M€' and '12,3 k€' scale by a thousand or a million."""
    scale = 1_000 if unit == "k€" else 1_000_000
    assert parse_amount(f"{whole},{tenth}{unit}") == pytest.approx((whole + tenth / 10) * scale)


@given(st.integers(min_value=0, max_value=10**12))
def test_format_then_parse_is_identity(n):
    """The French table format reads back to the same number."""
    assert parse_amount(format_eur(n)) == n


def _budget(*texts: str):
    from ccas_cli.models import Source
    from ccas_cli.normalize.budget import AmountLine, budget_lines, total_of

    source = Source(file="plan.txt", sha256="0" * 64, lines=(1, 1))
    lines = budget_lines([AmountLine(t, True, source) for t in texts])
    return lines, total_of(lines)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Budget : 8 500 € par an de 2023 à 2026", 34_000),
        ("Budget : 5 000 € par an sur 3 ans", 15_000),
        ("Coût : 2 000 € / an (2024-2025)", 4_000),
        ("Budget : 10 000 € annuels pendant 2 ans", 20_000),
        ("Coût : 12 600 € par an (trois cycles à 4 200 €) de 2031 à 2035", 63_000),  # an aside first
    ],
)
def test_a_per_year_amount_with_its_printed_period_is_counted_over_it(text, total):
    lines, counted = _budget(text)
    assert counted == total
    derived = [line for line in lines if line.counted]
    assert len(derived) == 1 and "per year ×" in derived[0].reason


def test_two_amounts_in_one_bracket_joined_by_et_are_two_parts_of_one_cost():
    """ "(15 k€ en fonctionnement et 5 k€ en investissement)": both counted; "(dont 5 k€ …)" is
    a part of the amount before it."""
    _, counted = _budget("Avec l’ARS Occitanie (15 k€ en fonctionnement et 5 k€ en investissement).")
    assert counted == 20_000
    _, counted = _budget("Coût : 15 k€ (dont 5 k€ de la CAF).")
    assert counted == 15_000


def test_who_carries_the_work_out_is_no_money_spent():
    """ "Diagnostics réalisés par un ergothérapeute : 18 000 €" is a component of the cost;
    "Montant réalisé : 4 000 €" is the budget's execution."""
    _, counted = _budget("Diagnostics réalisés par un ergothérapeute : 18 000 € ; Petits travaux : 42 000 €")
    assert counted == 60_000
    _, counted = _budget("Budget : 20 000 €", "Montant réalisé : 4 000 €")
    assert counted == 20_000


def test_a_per_year_amount_whose_product_is_printed_beside_it_is_not_counted_again():
    """ "21 000 € (7 000 € par an de 2025 à 2027)": the 21 000 € is the period's money, once."""
    lines, counted = _budget(
        "Investissement (véhicule réfrigéré) : 38 000 €",
        "Fonctionnement supplémentaire : 21 000 € (7 000 € par an de 2025 à 2027)",
    )
    assert counted == 59_000
    assert not any("per year ×" in line.reason for line in lines)


@pytest.mark.parametrize(
    "texts",
    [
        ["Budget : 12 000 € par an, soit 48 000 € sur quatre ans"],  # the stated total wins
        ["Budget : 12 000 € par an depuis 2019"],  # no period: not multiplied
        ["Budget : 6 000 € par an", "Total 2022-2026 : 30 000 €"],
    ],
)
def test_a_per_year_amount_is_never_multiplied_beside_a_total_or_without_a_period(texts):
    lines, counted = _budget(*texts)
    assert not any("per year ×" in line.reason for line in lines)
    assert counted in (None, 48_000, 30_000)


def test_a_total_named_as_the_whole_covers_the_partial_totals_beside_it():
    lines, counted = _budget(
        "Financement : véhicules : 54 000 € ; fonctionnement : 31 000 € par an, soit 93 000 €. "
        "**Coût total : 147 000 €**"
    )
    assert counted == 147_000
    partial = next(line for line in lines if line.amount_eur == 93_000)
    assert not partial.counted and "partial total" in partial.reason


def test_two_yearly_totals_without_a_whole_are_both_counted():
    _, counted = _budget("Coût 2024 : 10 000 €", "Coût 2025 : 12 000 €")
    assert counted == 22_000


def test_an_annual_label_makes_the_amount_yearly_and_the_period_amount_the_total():
    lines, counted = _budget("Coût annuel : 42 500 € — sur trois ans (2026-2028) : 127 500 €")
    assert counted == 127_500
    assert next(line for line in lines if line.amount_eur == 42_500).kind == "per_year"


def test_a_year_before_a_is_not_the_low_end_of_a_range():
    """ "portée de 1 620 000 € en 2023 à 1 700 000 €": two amounts, no range from 2023."""
    got = find_amounts("portée de 1 620 000 € en 2023 à 1 700 000 € en 2024")
    assert [(a.low, a.high) for a in got] == [(1_620_000, None), (1_700_000, None)]
    assert [(a.low, a.high) for a in find_amounts("100 à 150 euros")] == [(100, 150)]
    assert [(a.low, a.high) for a in find_amounts("aide de 50 à 1 500 €")] == [(50, 1_500)]


def test_an_annual_label_names_only_the_amount_right_after_it():
    lines, counted = _budget("Enveloppe annuelle : 45 000 €, soit 225 000 € sur 2025-2029.")
    assert counted == 225_000
    assert [line.kind for line in lines] == ["per_year", "total"]


def test_an_annual_envelope_beside_the_total_envelope_of_the_period():
    """ "enveloppe annuelle de 45 000 € ; enveloppe totale 2035-2039 : 225 000 €": the annual
    amount is a yearly share ("annuelle de"), the period's envelope ("totale") is the money."""
    lines, counted = _budget(
        "Financement : enveloppe annuelle de 45 000 € ; enveloppe totale 2035-2039 : 225 000 €"
    )
    assert counted == 225_000
    assert [line.kind for line in lines] == ["per_year", "total"]
    _, alone = _budget("Une subvention annuelle de 12 000 € est versée à l'association")
    assert alone is None  # yearly, no period printed: shown, not counted


def test_year_by_year_amounts_after_a_budget_label_add_up():
    _, counted = _budget("Budget : 3 500 € en 2026 (formation), puis 2 000 € en 2027 et 2 000 € en 2028")
    assert counted == 7_500


def test_an_annual_label_over_each_years_own_amount():
    """ "Budget annuel : 22 000 € en 2026, 24 000 € en 2027": each year's money, added up; one
    annual amount for two years ("12 000 € en 2026 et en 2027") is a year's, over both."""
    _, counted = _budget("Budget annuel : 22 000 € en 2026, 24 000 € en 2027, 25 000 € en 2028")
    assert counted == 71_000
    lines, counted = _budget("Enveloppe annuelle : 12 000 € en 2026 et en 2027")
    assert (lines[0].kind, counted) == ("per_year", 24_000)


def test_an_annual_amount_over_years_written_in_words():
    """ "6 500 € par an pendant trois ans" runs over 3 years, as "pendant 3 ans" does."""
    from ccas_cli.normalize.budget import _after_per_year, period_years

    assert period_years(_after_per_year(" par an pendant trois ans (2025, 2026 et 2027)")) == (3, "trois ans")
    assert period_years(_after_per_year(" par an pendant 3 ans")) == (3, "3 ans")
    assert period_years(_after_per_year(" par an pour trois familles")) is None


def test_a_slash_before_the_next_year_is_not_per_unit():
    from ccas_cli.models import Source
    from ccas_cli.normalize.budget import AmountLine, budget_lines

    line = AmountLine(
        "Financement : 2029 : 5 000 € / 2030 : 7 500 € / 2031 : 7 500 €",
        True,
        Source(file="x", sha256="0", lines=(1, 1)),
    )
    assert sum(b.amount_eur for b in budget_lines([line]) if b.counted) == 20000
    per_month = AmountLine("Aide : 150 € / mois", True, Source(file="x", sha256="0", lines=(2, 2)))
    assert [b.kind for b in budget_lines([per_month])] == ["per_unit"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Budget : 2038 : 6 000 € — 2039 : 7 500 €", ["unknown", "unknown"]),  # a year list, not a total
        # the same list parted by a slash or a middle dot
        ("Budget : 2038 : 12 000 € / 2039 : 9 000 € / 2040 : 9 000 €", ["unknown", "unknown", "unknown"]),
        ("Coût : 2038 : 8 000 € · 2039 : 6 000 €", ["unknown", "unknown"]),
        # "Coût : investissement …": one part of the cost, not its total
        (
            "Coût : investissement 0,45 M€ ; fonctionnement 38 000 € par an ; coût total estimé : 640 000 €",
            ["unknown", "per_year", "total"],
        ),
        ("Prix de revient du repas : 9,80 €", ["per_unit"]),
        ("fonctionnement 18 000 € / an ; aide moyenne de 35 € par", ["per_year", "per_unit"]),  # unit wrapped
        (
            "96 k€ sur 2032-2034, dont 40 k€ de FSE+ et 30 k€ ; le CIAS apporte le solde, soit 26 k€",
            ["total", "component", "component", "component"],
        ),
    ],
)
def test_years_listed_prices_and_remainders(text, kinds):
    lines, _ = _budget(text)
    assert [line.kind for line in lines] == kinds


def test_entre_x_et_y_is_one_range_but_a_change_is_two_amounts():
    (between,) = find_amounts("Coût estimé : entre 25 000 € et 30 000 € sur trois ans")
    assert (between.low, between.high) == (25_000, 30_000)
    assert [a.low for a in find_amounts("l'enveloppe passe de 70 000 € à 85 000 €")] == [70_000, 85_000]


def test_an_envelope_retained_beside_a_range_is_the_total():
    _, counted = _budget(
        "Entre 25 000 € et 30 000 € sur trois ans selon le nombre de demandes ;",
        "le conseil d'administration a retenu une enveloppe de 27 500 € pour",
        "la période 2027-2029. L'aide est plafonnée à 600 € par jeune.",
    )
    assert counted == 27_500


def test_a_price_named_earlier_in_its_sentence_is_per_unit():
    from ccas_cli.models import Source
    from ccas_cli.normalize.budget import AmountLine, budget_lines, total_of

    source = Source(file="plan.txt", sha256="0" * 64, lines=(1, 1))
    lines = budget_lines(
        [
            AmountLine("14 000 € par an, soit 42 000 € sur la période 2026-2028.", True, source),
            AmountLine(
                "bénéficiaires demeure compris entre 6,80 € et 9,20 € selon les revenus.",
                True,
                source,
                context="Le prix du repas facturé aux",
            ),
        ]
    )
    assert total_of(lines) == 42_000 and lines[-1].kind == "per_unit"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # three funders' shares that happen to add up (12 000 + 8 000 = 20 000): all three count
        ("Financement : Région Occitanie 20 000 € ; CIAS 12 000 € ; mécénat 8 000 €", 40_000),
        ("Financement : Département 30 000 €, Ville 10 000 € et CAF 20 000 €", 60_000),
        # a slash before a name parts the shares: "€ / CAF" is no unit as "€ / mois" is
        ("Financement : CIAS 9 000 € / CAF 6 000 €", 15_000),
        ("Aide : 150 € / mois pendant six mois", None),
        # the shares named after "dont" go on past a semicolon: parts of the total before them
        ("Financement : 1,2 M€ HT, dont DETR : 300 000 € ; Conseil départemental : 200 000 €", 1_200_000),
        # a cost per participant in brackets is per unit, whatever the sentence around it
        ("Budget : 9 000 € sur trois ans (coût moyen par participant : 75 €)", 9_000),
        # a total over its parts: the parts are not counted again
        ("Coût : 36 000 € sur la période : 12 000 € en 2031, 12 000 € en 2032 et 12 000 € en 2033", 36_000),
    ],
)
def test_named_shares_side_by_side_are_never_a_total_and_its_parts(text, total):
    assert _budget(text)[1] == total


@pytest.mark.parametrize(
    ("text", "kinds", "total"),
    [
        (
            "46 000 € par an (initialement 40 000 €), soit 138 000 €",
            ["per_year", "superseded", "total"],
            138_000,
        ),
        (
            "Enveloppe initialement fixée à 15 000 €, portée à 22 500 € pour 2027-2029",
            ["superseded", "total"],
            22_500,
        ),
        ("Coût : initialement 30 000 €, ramené à 18 000 €", ["superseded", "total"], 18_000),
        (
            "27 500 € par an (au lieu des 22 000 € de 2020), soit 82 500 €",
            ["per_year", "superseded", "total"],
            82_500,
        ),
        ("Budget initialement prévu : 9 000 € (non engagé, crédits annulés)", ["superseded"], None),
    ],
)
def test_a_revised_plan_s_earlier_amount_is_shown_never_counted(text, kinds, total):
    """An updated plan prints the amount an action had beside the one it has now: the earlier
    one ("initialement", "au lieu de") is kept as a line of its own and never counted."""
    lines, counted = _budget(text)
    assert [line.kind for line in lines] == kinds
    assert counted == total
    assert all("replaced" in line.reason for line in lines if line.kind == "superseded")


def test_the_cost_of_one_unit_is_per_unit():
    """ "Coût de revient d'un repas livré : 7,80 €" prices one meal: never the action's money."""
    lines, total = _budget(
        "Coût de revient d'un repas livré : 7,80 € (dont 4,90 € à la charge du bénéficiaire)."
    )
    assert lines[0].kind == "per_unit" and total is None


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["Budget : 2038 : 12 000 € / 2039 : 9 000 € / 2040 : 9 000 €"], 30_000),
        (["Coût : 2038 : 8 000 € · 2039 : 6 000 €"], 14_000),
        (
            [
                "Coût : investissement 0,45 M€ ; fonctionnement 38 000 € par an ; coût total sur la durée : 640 000 €"
            ],
            640_000,
        ),
        (["Coût d'investissement : 100 000 €", "Coût total : 150 000 €"], 150_000),
        (["Coût : investissement 50 000 €"], 50_000),  # the only money printed: the action's
        # the shares in brackets wrapped onto the next line: the last one closes the bracket
        (
            ["Financement : 0,45 M€ (dont CARSAT : 200 000 € et fonds propres du CCAS :", "250 000 €)"],
            450_000,
        ),
        (["Coût : 10 000 € par an (sur trois ans,", "soit 30 000 €)"], 30_000),
        # a per-unit aid, then the envelope after a semicolon: the envelope is no per-unit amount
        (["Budget : aide de 500 € par logement adapté ; enveloppe sur la durée du schéma : 80 k€"], 80_000),
        # the cost of one unit, named by what it buys, then the sum for all of them
        (["Coût : 3 250,50 € de travaux par logement, soit 19 503 € pour les six logements"], 19_503),
        # parts of a cost joined by "et" after its label; the cost and who pays which part
        (["Coût : 6 000 € pour l'achat de matériel et 2 500 € pour", "l'animation des ateliers"], 8_500),
        (
            [
                "Coût : 1,2 M€ TTC, financé à hauteur de 400 000 € par la CNSA et de 250 000 €",
                "par le Département",
            ],
            1_200_000,
        ),
        # a revised amount supersedes the one it revises
        (["Budget prévisionnel : 18 000 € ; montant révisé : 21 500 € (délibération de mars 2026)"], 21_500),
        (["Coût : le budget est porté de 40 000 € à 48 000 € sur la période 2026-2029"], 48_000),
        # a list of years down to its last one, after an annual count of grants
        (
            [
                "Financement : bourse de 600 € par jeune, 25 bourses par an : 15 000 € en 2024, 15 000 € en 2025 et 15 000 € en 2026"
            ],
            45_000,
        ),
    ],
)
def test_a_cost_told_by_its_parts_is_counted_once(texts, total):
    """Years listed after "Budget :" whatever parts them, and a cost named by what the money buys
    ("investissement", data/reference/money.yaml cost_components) beside the stated total."""
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Coût : dix mille euros", [10_000]),
        ("Coût global : un million deux cent mille euros", [1_200_000]),
        ("quatre-vingt-dix mille euros, soixante et onze euros", [90_000, 71]),
        # written both ways: one amount, the figure's
        ("la somme de dix mille euros (10 000 €)", [10_000]),
        ("2,4 millions d'euros", [2_400_000]),
        ("trois ans", []),
    ],
)
def test_amounts_written_in_words(text, values):
    assert [a.low for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["Financement : ARS Bretagne (25 000 €), CIAS (15 000 €)"], 40_000),  # each name's share
        (
            [
                "Financement : 12 000 € sur la période, répartis entre la CARSAT (7 000 €) et le CCAS (5 000 €)"
            ],
            12_000,
        ),
        (["Coût : 45 € la nuitée ; enveloppe 2026 pour l'hébergement d'urgence : 13 500 €"], 13_500),
        (["Budget : 8 000 € (erratum : lire 9 000 €)"], 9_000),
        (["Budget : investissement 120 k€ HT ; fonctionnement 35 k€ HT"], 155_000),
    ],
)
def test_shares_in_brackets_prices_of_one_and_corrections(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # a bracket labelled as the whole sums the parts before it on the line
        (
            ["Coût : travaux 30 000 € ; entretien 4 000 € par an (montant total sur 2027-2029 : 42 000 €)"],
            42_000,
        ),
        (["Dépenses : 7 000 € la première année puis 2 000 € (coût global de l'action : 11 000 €)"], 11_000),
        # the whole an amount is compared with is not the action's money
        (["Budget de l'action : 3 200 € (sur un budget total du centre de 1,8 M€)"], 3_200),
    ],
)
def test_a_bracket_that_names_the_whole_states_the_total(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # "par décision" says how, not per what: the revised amount counts
        (
            ["Enveloppe de départ 12 000 €, portée à 15 000 € par décision du conseil d'administration"],
            15_000,
        ),
        # a sum going on over the next line, opened by "+"
        (["Coût : 4 000 € (achat des tablettes)", "+ 1 500 € (ateliers d'initiation)"], 5_500),
        # each year labelled on one line, parted by middle dots
        (["Budget 2031 : 3 000 € · Budget 2032 : 3 500 €"], 6_500),
        # years in brackets before their amounts, past a semicolon
        (["Coût prévisionnel (2031) 2 000 € ; (2032) 2 500 € ; (2033) 2 500 €"], 7_000),
    ],
)
def test_revisions_by_decision_sums_over_lines_and_labelled_years(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["Budget initialement fixé à 9 000 €, porté à 11 000 € par avenant en 2032"], 11_000),
        (["Ressources mobilisées : 6 000 € par an sur quatre exercices"], 24_000),
        (["Coût : cinq ateliers à 800 € chacun, soit 4 000 €"], 4_000),
        # a bracket stating the sum over the years of an annual amount, or of the amount before it
        (["Budget annuel : 2 500 € (soit 10 000 € sur quatre ans)"], 10_000),
        (["Budget : 3 000 € (soit 9 000 € sur trois ans)"], 9_000),
        # a bracket breaking the cost down by who pays: the cost once
        (["Coût : 12 000 € (soit 4 000 € de la CAF et 8 000 € du CCAS)"], 12_000),
        # the label qualified before what the money buys: parts of the cost
        (["Coût estimé : travaux 14 000 € ; fonctionnement 3 000 €"], 17_000),
    ],
)
def test_amendments_fiscal_years_prices_of_one_and_bracketed_sums(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["Budget : 6 k€/an 2031-2033"], 18_000),
        (["Enveloppe annuelle de dix mille euros en 2031 comme en 2032"], 20_000),
        (["Coût : 20 000 € d'investissement + 3 000 € de fonctionnement par an en 2031 et en 2032"], 26_000),
    ],
)
def test_years_after_a_yearly_amount_and_a_part_named_before_a_plus(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        (["Coût : 5 000 € par an sur la durée du programme (trois ans)"], 15_000),
        (["Animation : 2 100 € HT/an, marché conclu pour 4 ans"], 8_400),
        # a share told as a percentage, then restated: the cost once
        (["Coût : 40 000 € ; part de la CAF 25 %, soit 10 000 €"], 40_000),
    ],
)
def test_years_in_a_bracket_a_contract_s_length_and_a_percentage_share(texts, total):
    _, counted = _budget(*texts)
    assert counted == total


def test_the_unit_printed_before_the_figure():
    """ "€ 4 500", "EUR 18 750,00", "€12.400", "CAF € 6 000 ; Ville € 2 000": the unit first; in
    "5 000 € 3 000 €" each unit follows its figure (no "€ 3 000" read across them)."""
    assert [a.low for a in find_amounts("Budget : € 4 500 (crédits propres)")] == [4500]
    assert [a.low for a in find_amounts("Coût total : EUR 18 750,00")] == [18750]
    assert [a.low for a in find_amounts("Montant HT : €12.400")] == [12400]
    assert [a.low for a in find_amounts("CAF € 6 000 ; Ville € 2 000")] == [6000, 2000]
    assert [a.low for a in find_amounts("5 000 € 3 000 €")] == [5000, 3000]
    assert [a.low for a in find_amounts("soit 12 000 € 2026 compris")] == [12000]


def test_an_amount_cut_at_a_line_end():
    """Between digit groups, before its unit, between its words; a year or a count at a line's
    end over an amount is no cut amount."""
    from ccas_cli.normalize.amounts import split_amount

    assert split_amount("Coût total de l'action : 12", "500 € TTC (devis)")
    assert split_amount("Coût : 1 249,90", "€ TTC")
    assert split_amount("Enveloppe : 7,5", "k€ HT par an")
    assert split_amount("Montant : vingt-deux mille", "cinq cents euros pour l'action")
    assert not split_amount("Calendrier : 2026", "500 € par an")
    assert not split_amount("Public : 40 familles", "3 000 € en 2027")


def test_spreadsheet_and_swiss_writings():
    """ "1.2 M€", "7.5 K€", "€2.5k" (a point before one or two digits is a decimal point);
    "2 500.- €", "18 000,- €" (a whole amount closed by a dash); "12.000 €" stays twelve thousand."""
    assert [a.low for a in find_amounts("Investissement : 1.2 M€ HT ; fonctionnement 7.5 K€")] == [
        1_200_000,
        7_500,
    ]
    assert [a.low for a in find_amounts("CAF €8k / Ville €2.5k")] == [8_000, 2_500]
    assert [a.low for a in find_amounts("Participation : 2 500.- € HT ; coût : 18 000,- € TTC")] == [
        2_500,
        18_000,
    ]
    assert [a.low for a in find_amounts("12.000 € et 1.150,50 €")] == [12_000, 1_150.5]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Budget : 12 500 E (vacations de psychologue)", [12_500]),  # the euro sign as OCR reads it
        ("Coût estimé : 3500 E.", [3_500]),
        ("Total 12 500 Euros", [12_500]),
        ("MONTANT : 8 000 EUROS", [8_000]),
        ("Bâtiment E, rue 12 E", []),  # a letter after a small number is no euro
        ("Classe énergie 2030 E", []),
    ],
)
def test_euros_capitalised_or_read_by_ocr(text, amounts):
    assert [a.low for a in find_amounts(text)] == amounts


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the parts after the stated total add up to it: its breakdown, counted once
        (
            "Le budget de l'action s'élève à 27 600 € sur deux ans : 4 800 € pour les tablettes et 22 800 € pour la coordination",
            27_600,
        ),
        (
            "Coût total : 15 000 € : 9 000 € de personnel, 4 000 € de matériel et 2 000 € de communication",
            15_000,
        ),
        # parts that do not add up to it are not its breakdown (nothing said about them here)
        ("Budget : 10 000 € ; une aide de 4 000 € et une autre de 3 000 €", None),
    ],
)
def test_amounts_that_add_up_to_the_total_stated_before_them_are_its_parts(text, total):
    lines, counted = _budget(text)
    if total is not None:
        assert counted == total
        assert [line.kind for line in lines][1:] == ["component"] * (len(lines) - 1)
    else:
        assert not any(line.kind == "component" for line in lines)


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # a request turned down, credits cancelled: shown, not the action's money
        (["Montant demandé à la CAF : 8 000 € — demande rejetée le 2 avril 2031"], None),
        (["Crédits non consommés (3 400 €) annulés en fin d'exercice ; action suspendue"], None),
        # arrows chain one amount's successive states: the last counts
        (["Crédits 2031 : 12 000 € (BP) → 14 500 € (BS) → 13 800 € (DM n° 2)"], 13_800),
        # a product whose result is not printed is counted; one whose result is printed is not twice
        (["Fonctionnement : 3 × 12 000 € (2031-2033) ; investissement : 25 000 €"], 61_000),
        (["Tablettes (10 × 280 €) : 2 800 € ; abonnements : 600 €"], 3_400),
        # an amount in words with its centimes
        (["Coût : mille deux cent trente-quatre euros et cinquante centimes"], 1_234.5),
        # a revision printed as an increment adds to the amount it revises
        (["AP initiale : 640 000 €", "Révision n° 1 : + 72 000 € ; révision n° 2 : + 38 500 €"], 750_500),
        # the validated version of a costing replaces the earlier ones on its line
        (["Chiffrage : v1 : 45 000 € | v2 : 52 000 € | version validée : 49 000 €"], 49_000),
    ],
)
def test_money_as_budgets_move_between_stages(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # OCR read a zero as the letter O: the figure is read as printed meant it
        (["COUT : 3 5O0 € (logiciel de gestion)"], 3_500),
        (["Budget : 12 5OO €"], 12_500),
        # a field listing its costs item by item, one a line, no sum printed: each counts
        (["COUT : aides financières ponctuelles : 12 000 €", "kits d'économies d'énergie : 3 000 €"], 15_000),
        # a stated total followed by its items is still one total
        (["Coût total : 15 000 €", "dont personnel : 9 000 €"], 15_000),
    ],
)
def test_ocr_zeros_and_costs_listed_item_by_item(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # a price per unit and the count of those units before it: the product, not printed
        (["Budget : 300 heures en 2031, facturées 21 € de l'heure."], 6_300),
        (["Coût : 24 vacations en 2031, rémunérées 165 € la vacation, charges comprises."], 3_960),
        (["Personnel : 1,5 ETP à 42 000 € / ETP ; fonctionnement : 5 000 €"], 68_000),
        (["Coût : 1 200 heures en 2031 au tarif horaire de 24,50 €."], 29_400),  # the unit an adjective
        # the product printed beside it is not counted twice
        (["Budget : 300 heures à 21 € de l'heure, soit 6 300 €"], 6_300),
        # a count of other units says nothing of this price ("20 familles", "de l'heure"): not
        # multiplied by it
        (["Budget : 20 familles accompagnées, intervenante à 35 € de l'heure"], 35),
    ],
)
def test_a_price_per_unit_times_the_units_printed_before_it(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # years printed before an annual amount, their span in words
        (["Budget : 2031 : 18 000 € ; 2032 : 4 000 €", "2033 à 2036 : 1 500 € par an"], 28_000),
        # OCR's "l" for a one inside a figure, as its "O" for a zero
        (["Coût prévisionnel : 1l 500 € sur 2031-2032"], 11_500),
        (["Budget : 2I 000 €"], 21_000),
    ],
)
def test_years_spanned_in_words_and_ocr_ones(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


def test_a_letter_l_is_a_one_only_inside_a_figure():
    assert [a.low for a in find_amounts("Il y a 500 € de plus, il 300 €")] == [500, 300]


def test_an_apostrophe_parts_thousands_as_swiss_typesetting_does():
    """ "8'400 €", "12’500 euros": the apostrophe (straight or curly) between digit groups is a
    thousands separator, never the end of the figure; "l'an 2 000 €" keeps its elision."""
    found = find_amounts("Montant : 8'400 € et 12’500 euros, pour l'an 2 000 €")
    assert [a.low for a in found] == [8400, 12500, 2000]


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # a part's label under the cost's ("Coût total : Investissement : …"), a yearly amount
        # over printed years, then "soit" the sum of the lines: the sum
        (
            ["Coût total : Investissement : 31 000 € Fonctionnement : 6 000 €/an (2032-2035), soit 55 000 €"],
            55_000,
        ),
        (["Investissement : 31 000 €", "Fonctionnement : 6 000 €/an (2032-2035), soit 55 000 €"], 55_000),
        # ("…, soit 24 000 €": the line's own yearly amounts over its years — the lines add up)
        (["Investissement : 10 000 €", "Fonctionnement : 6 000 €/an (2032-2035), soit 24 000 €"], 34_000),
        # "Budget : X € d'investissement … ; fonctionnement : …": the first amount a part, no total
        (
            [
                "Budget : 40 000 € d'investissement en 2032 ;",
                "fonctionnement : 12 000 € en 2033, 12 000 € en 2034",
            ],
            64_000,
        ),
        # a share of the total after it, its rate in the label: not added
        (["Coût total éligible : 50 000 € ; aide sollicitée (60 %) : 30 000 €"], 50_000),
        # (a tax's rate is no share: the amount with tax is the cost)
        (["Montant HT : 50 000 € — Montant TTC (TVA 20 %) : 60 000 €"], 60_000),
    ],
)
def test_parts_under_a_cost_label_and_a_sum_stated_over_the_lines(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # the same amount said again for later years
        (["Budget : l'action nécessite 6 000 € en 2032, puis 2 500 € en 2033 et autant en 2034"], 11_000),
        (["Budget : 3 000 € en 2032 et autant en 2033 et 2034"], 9_000),
        # a yearly amount after a first year's, up to the year it names
        (["Budget : elle mobilisera 22 000 € en 2032, puis 18 000 € par an jusqu'en 2034"], 58_000),
        # a yearly envelope renewed "pour chacune des trois années"
        (
            [
                "Budget : l'enveloppe annuelle de 35 000 € est reconduite pour chacune des trois années du plan"
            ],
            105_000,
        ),
    ],
)
def test_amounts_told_again_for_later_years(texts, total):
    _lines, counted = _budget(*texts)
    assert counted == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # the sum "soit" states covers what it follows; what is added after it is money of its own
        (["Coût : 450 € par mois, soit 5 400 €, plus 3 000 € d'équipement"], 8400),
        (["Coût : 200 € par mois, soit 2 400 €, auxquels s'ajoutent 600 € de frais"], 3000),
        # the price before tax, then with tax in its bracket: the price with tax, once
        (["Budget : 5 000 € HT (6 000 € TTC)"], 6000),
        # a funder's support "à hauteur de" is a share of the cost before it
        (["Investissement de 42 000 €, avec le soutien du Département à hauteur de 15 000 €"], 42000),
        # OCR read a thousands group as three capital O
        (["Budget : 12 OOO €"], 12000),
    ],
)
def test_money_added_after_a_sum_taxes_shares_and_ocr_zeros(texts, total):
    assert _budget(*texts)[1] == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Budget : 3 500 €/an ×3", 10_500),
        ("Budget : 2 400 € par an x 3 ans", 7_200),
        ("Budget : 900 €/an ×12", None),
    ],
)
def test_a_yearly_amount_times_its_years_as_a_notes_app_writes_it(text, total):
    """ "3 500 €/an ×3": three years of it (more than ten is no plan's period: not multiplied)."""
    assert _budget(text)[1] == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a share and its fraction, no cost printed: the whole is the cost
        ("Financement : le Département prend en charge 40 % du coût de l'action, soit 8 000 €.", 20_000),
        ("Participation de la MSA : 3 000 €, soit 20 % du coût total.", 15_000),
        ("La commune finance un quart du projet, soit 2 500 € ; le reste revient au CCAS.", 10_000),
        ("Le CCAS assure le reste à charge, soit 25 % du coût du dispositif (6 000 €).", 24_000),
        # the cost printed: the share is a part of it, never added
        ("Coût : 30 000 € ; la CAF en finance 50 %, soit 15 000 €.", 30_000),
        # a weight in a body's budget, or a comparison: no share
        ("Budget : 9 000 €, soit 0,5 % du budget total du CCAS (1,8 M€)", 9_000),
        ("Budget : 3 000 €, soit moins de 1 % du budget du CCAS", 3_000),
    ],
)
def test_a_share_and_its_fraction_tell_the_whole_cost_only_when_no_cost_is_printed(text, total):
    lines, counted = _budget(text)
    assert counted == total
    if counted not in [line.amount_eur for line in lines if line.counted and "share" not in line.reason]:
        assert any("of the cost" in line.reason for line in lines if line.counted)  # explained


def test_a_share_whose_sentence_opens_on_the_line_above_is_read_with_it():
    from ccas_cli.models import Source
    from ccas_cli.normalize.budget import AmountLine, budget_lines, total_of

    first = Source(file="plan.txt", sha256="0" * 64, lines=(4, 4))
    lines = budget_lines(
        [
            AmountLine(
                "soit 9 000 € ; la Ville finance l'autre moitié.",
                True,
                first,
                context="L'Agglomération prend en charge la moitié du coût du poste,",
            )
        ]
    )
    assert total_of(lines) == 18_000


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # a remainder and the shares it completes: the parts of one cost
        (("Subvention de la MSA : 11 000 €", "Reste à charge du CCAS : 4 000 €"), 15_000),
        # an amount a printed one holds, or one it says it does not hold
        (("Budget : 40 000 € en 2027 ; ce montant comprend l'achat du véhicule (18 000 €).",), 40_000),
        (("Budget : 6 000 € ; ce montant ne comprend pas la location de la salle, soit 500 €.",), 6_500),
        # each share its own fraction: two thirds and one third of a cost printed
        (
            ("Coût : 30 000 € ; deux tiers par la Région (20 000 €), un tiers par le CCAS (10 000 €).",),
            30_000,
        ),
    ],
)
def test_funders_parts_and_what_an_amount_holds_are_counted_once(texts, total):
    assert _budget(*texts)[1] == total


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        # money another sheet counts: shown, never counted twice
        (("Coût : 9 000 € (financé sur l'enveloppe de la fiche 2.4)",), None),
        (("Budget : 16 000 €, dont 6 000 € imputés sur l'action 3.2",), 10_000),
        (("Budget : 4 000 € + quote-part de l'enveloppe commune (voir fiche 1.3)",), 4_000),
        # a budget common to several actions: this one counts its share
        (("Enveloppe commune aux fiches 1.1 à 1.4 : 40 000 €", "Part de cette action : 25 %"), 10_000),
        (
            (
                "Budget commun aux actions 2.1 et 2.2 : 18 000 €",
                "Répartition : 2/3 pour l'action 2.1, 1/3 pour la présente action",
            ),
            6_000,
        ),
        (
            (
                "Budget commun avec les actions 4.2 et 4.3 : 27 000 €, réparti à parts égales entre les trois actions",
            ),
            9_000,
        ),
        (
            (
                "Budget global du dispositif (actions 5.1 et 5.2) : 50 000 €",
                "dont action 5.1 : 35 000 €",
                "dont présente action : 15 000 €",
            ),
            15_000,
        ),
    ],
)
def test_money_shared_with_other_sheets_counts_once_in_a_plan(texts, total):
    from ccas_cli.models import Source
    from ccas_cli.normalize.budget import AmountLine, budget_lines, total_of

    lines = [
        AmountLine(text, True, Source(file="plan.txt", sha256="0" * 64, lines=(n, n)))
        for n, text in enumerate(texts, 1)
    ]
    assert total_of(budget_lines(lines, said="\n".join(texts))) == total
