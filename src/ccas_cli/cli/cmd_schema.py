"""`ccas schema`: write the JSON Schemas of every model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .output import handles_errors


@handles_errors
def schema(
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the *.schema.json files.", file_okay=False)
    ] = Path("schemas"),
) -> None:
    """Generate JSON Schemas from the models (the committed schemas/ must match)."""
    from ..schema import write_schemas

    for path in write_schemas(out):
        typer.echo(str(path))
