"""The French amount parser: examples from the corpus and properties over generated amounts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccas_cli.normalize.amounts import find_amounts, format_eur


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
