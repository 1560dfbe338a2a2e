"""Options shared by several commands, declared once."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_type_hints

import typer

from . import completion
from .output import Format

F = TypeVar("F", bound=Callable[..., Any])

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Structured data folder (default: $CCAS_DATA, else data/structured).", file_okay=False
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")]
ExcelOpt = Annotated[
    bool,
    typer.Option(
        "--excel", help="CSV for French spreadsheets: byte-order mark, ';' and CRLF (default: none of them)."
    ),
]

ColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--columns",
        help="Fields to show, in this order (id,title,departement,budget_total_eur…): any record "
        "field or CSV column; in every format.",
    ),
]
SortOpt = Annotated[
    str | None,
    typer.Option("--sort", help="Order by a field (-field: descending); records without it come last."),
]


TypeOpt = Annotated[
    str | None, typer.Option("--type", help="initiative | action | experiment | sheet | news.")
]
DocumentOpt = Annotated[
    str | None, typer.Option("--document", help="Document id.", autocompletion=completion.documents)
]
ThemeOpt = Annotated[
    str | None,
    typer.Option(
        "--theme",
        help="Theme slug, label or alias (data/reference/themes.yaml).",
        autocompletion=completion.themes,
    ),
]
DepartementOpt = Annotated[
    str | None,
    typer.Option(
        "--departement", help="Département name (any spelling).", autocompletion=completion.departements
    ),
]
ChapterOpt = Annotated[int | None, typer.Option("--chapter", help="Recueil chapter number.")]
YearOpt = Annotated[str | None, typer.Option("--year", help="A year (2010) or a range (2009..2012).")]
PartnerOpt = Annotated[
    str | None, typer.Option("--partner", help="Any partner or funder a record names (any spelling).")
]
FunderOpt = Annotated[
    str | None, typer.Option("--funder", help="Who pays: a funder of an action's Financement (any spelling).")
]
DirectionOpt = Annotated[
    str | None,
    typer.Option("--direction", help="Direction leading an action.", autocompletion=completion.directions),
]
StatusOpt = Annotated[str | None, typer.Option("--status", help="Status or state (a word of it is enough).")]


FILTER_OPTIONS = {
    "type": TypeOpt,
    "document": DocumentOpt,
    "theme": ThemeOpt,
    "departement": DepartementOpt,
    "chapter": ChapterOpt,
    "year": YearOpt,
    "partner": PartnerOpt,
    "funder": FunderOpt,
    "direction": DirectionOpt,
    "status": StatusOpt,
}


def takes_filters(command: F) -> F:
    """Give a command the common filter options in place of its `filters` parameter.

    Typer reads options from the function's signature and has no option groups: the command
    receives one `Filters` (built lazily, which keeps --help fast) instead of declaring the
    nine options and passing them on one by one.
    """
    # "Filters" is only imported for type checkers (the query layer loads when a command runs).
    hints = get_type_hints(command, include_extras=True, localns={"Filters": Any})
    signature = inspect.signature(command)
    # The filters are listed before --data and --format, as options of the command's own.
    filter_parameters = [
        inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None, annotation=annotation)
        for name, annotation in FILTER_OPTIONS.items()
    ]
    parameters: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.name == "data":
            parameters += filter_parameters
        if parameter.name != "filters":
            parameters.append(parameter.replace(annotation=hints[parameter.name]))

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> Any:
        from ..query.filters import Filters

        filters = Filters(**{name: kwargs.pop(name) for name in FILTER_OPTIONS})
        return command(filters=filters, **kwargs)

    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=parameters, return_annotation=hints.get("return", inspect.Signature.empty)
    )
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper  # type: ignore[return-value]
