"""Money as ccas writes it: one number type for every output and the store, one French style
for tables. Apart from amounts.py (which reads amounts, with patterns compiled at import) so
that a query printing totals imports nothing it does not use."""

from __future__ import annotations


def euros(value: float | None) -> int | float | None:
    """Money as JSON, YAML and CSV write it: whole euros as an integer (2523000), otherwise a
    number rounded to the cent (3500.5); one type for every command and for the store."""
    if value is None:
        return None
    rounded = round(float(value), 2)
    return int(rounded) if rounded.is_integer() else rounded


def format_eur(value: float) -> str:
    """French style for tables: "250 000 €", "1 502 495,50 €" (narrow no-break spaces)."""
    whole, cents = divmod(round(value * 100), 100)
    text = f"{whole:,}".replace(",", "\u202f")
    return f"{text},{cents:02d} €" if cents else f"{text} €"
