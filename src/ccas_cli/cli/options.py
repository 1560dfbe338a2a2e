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
