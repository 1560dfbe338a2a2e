"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .output import Format

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Structured data folder (default: $CCAS_DATA, else data/structured).", file_okay=False
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


TypeOpt = Annotated[
    str | None, typer.Option("--type", help="initiative | action | experiment | sheet | news.")
]
DocumentOpt = Annotated[str | None, typer.Option("--document", help="Document id.")]
ThemeOpt = Annotated[
    str | None, typer.Option("--theme", help="Theme slug, label or alias (data/reference/themes.yaml).")
]
DepartementOpt = Annotated[str | None, typer.Option("--departement", help="Département name (any spelling).")]
ChapterOpt = Annotated[int | None, typer.Option("--chapter", help="Recueil chapter number.")]
YearOpt = Annotated[str | None, typer.Option("--year", help="A year (2010) or a range (2009..2012).")]
PartnerOpt = Annotated[str | None, typer.Option("--partner", help="Partner or funder (any spelling).")]
DirectionOpt = Annotated[str | None, typer.Option("--direction", help="Direction leading an action.")]
StatusOpt = Annotated[str | None, typer.Option("--status", help="Status or state (a word of it is enough).")]


def build_filters(**values):
    """The library's Filters from the command's options (imported lazily: keeps --help fast)."""
    from ..query.filters import Filters

    return Filters(**values)
