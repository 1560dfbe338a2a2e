"""The root `ccas` app: composes one module per command; imports nothing heavy at start-up."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .. import __version__
from .cmd_diff import diff
from .cmd_ingest import ingest
from .cmd_schema import schema
from .cmd_search import filter, search
from .cmd_show import show
from .cmd_stats import stats
from .cmd_total import total
from .cmd_validate import validate
from .cmd_warnings import warnings

app = typer.Typer(
    name="ccas",
    help="Turn French social-policy plan documents into validated, searchable records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ccas {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    if debug:
        os.environ["CCAS_DEBUG"] = "1"


app.command()(ingest)
app.command()(search)
app.command()(filter)
app.command()(total)
app.command()(diff)
app.command()(show)
app.command()(stats)
app.command()(schema)
app.command()(validate)
app.command()(warnings)


def main() -> None:
    app()
