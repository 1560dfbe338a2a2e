"""The parameters of the read commands, declared once, in plain Python.

typer builds the commands from these declarations (`options.declared`), and the fast path
(`fast.py`) parses the same declarations without importing typer: a query answers in the time
Python takes to start, and `--help`, completion and every usage error still go through typer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .output import Format


@dataclass(frozen=True)
class Param:
    name: str  # the command function's parameter
    flags: tuple[str, ...] = ()  # none: a positional argument
    kind: str = "str"  # str | int | bool | path | format
    help: str = ""
    default: Any = None
    required: bool = False  # an argument the command cannot do without
    metavar: str | None = None
    min: int | None = None
    complete: str | None = None  # a function of completion.py, for the shell's Tab


DATA = Param(
    "data",
    ("--data",),
    "path",
    "Structured data folder (default: $CCAS_DATA, else data/structured).",
)
FORMAT = Param("format", ("--format", "-f"), "format", "Output format.", default=Format.table)
EXCEL = Param(
    "excel",
    ("--excel",),
    "bool",
    "CSV for French spreadsheets: byte-order mark, ';' and CRLF (default: none of them).",
    default=False,
)
COLUMNS = Param(
    "columns",
    ("--columns",),
    help="Fields to show, in this order (id,title,departement,budget_total_eur…): any record "
    "field or CSV column; in every format.",
)
SORT = Param("sort", ("--sort",), help="Order by a field (-field: descending); records without it come last.")

FILTERS = (
    Param("type", ("--type",), help="initiative | action | experiment | sheet | news."),
    Param("document", ("--document",), help="Document id.", complete="documents"),
    Param(
        "theme",
        ("--theme",),
        help="Theme slug, label or alias (data/reference/themes.yaml).",
        complete="themes",
    ),
    Param(
        "departement",
        ("--departement",),
        help="Département name (any spelling).",
        complete="departements",
    ),
    Param("chapter", ("--chapter",), "int", "Recueil chapter number."),
    Param("year", ("--year",), help="A year (2010) or a range (2009..2012)."),
    Param("partner", ("--partner",), help="Any partner or funder a record names (any spelling)."),
    Param("funder", ("--funder",), help="Who pays: a funder of an action's Financement (any spelling)."),
    Param("direction", ("--direction",), help="Direction leading an action.", complete="directions"),
    Param("status", ("--status",), help="Status or state (a word of it is enough)."),
)
FILTER_NAMES = tuple(p.name for p in FILTERS)
OUTPUT = (DATA, FORMAT, EXCEL)

COMMANDS: dict[str, tuple[Param, ...]] = {
    "search": (
        Param("query", help='Words, or "a phrase" in quotes.'),
        Param(
            "limit",
            ("--limit", "-n"),
            "int",
            "At most N hits (0: all; default: 20 in a table, all in other formats).",
            min=0,
        ),
        COLUMNS,
        SORT,
        *FILTERS,
        *OUTPUT,
    ),
    "filter": (COLUMNS, SORT, *FILTERS, *OUTPUT),
    "total": (
        Param(
            "by",
            ("--by",),
            help="direction | funder | year | document | departement | theme, or two of them: A,B "
            "(subtotals per A that add up to the grand total)",
            default="direction",
        ),
        Param("explain", ("--explain",), "bool", "List every euro line, counted or not.", default=False),
        *FILTERS,
        *OUTPUT,
    ),
    "stats": (
        Param(
            "by",
            ("--by",),
            help="departement | chapter | theme_label | year | kind | type | document | status, or a "
            "field a record holds several of: theme | direction | funder | partner",
            default="type",
        ),
        Param(
            "sort",
            ("--sort",),
            help="key | count (-key, -count: descending); default: the field's own order.",
        ),
        *FILTERS,
        *OUTPUT,
    ),
    "show": (
        Param(
            "record_id",
            help="Record id, e.g. odas-recueil-2018/flash-emploi.",
            required=True,
            metavar="ID",
        ),
        *OUTPUT,
    ),
    "warnings": (
        Param("document", help="A document id (default: every document).", metavar="[DOCUMENT]"),
        Param("code", ("--code",), help="Only this warning code (e.g. override-conflict)."),
        *OUTPUT,
    ),
}


def invoke(body: Callable[..., Any], values: dict[str, Any]) -> Any:
    """The command's body called with its parsed values, the filters gathered into one
    `Filters` (both paths call it, so both hand the body the same arguments)."""
    if set(FILTER_NAMES) <= values.keys():  # a command taking the common filters
        from ..query.filters import Filters

        values = dict(values)
        filters = Filters(**{name: values.pop(name) for name in FILTER_NAMES})
        return body(filters=filters, **values)
    return body(**values)


class NotMine(Exception):
    """An argument the fast path leaves to typer (help, a usage error, an unusual spelling)."""


def parse(params: tuple[Param, ...], args: list[str]) -> dict[str, Any]:
    """The values typer would pass for `args`, or `NotMine` wherever typer might answer
    otherwise: only the plain spellings are read here (`--opt value`, `--opt=value`, `-f value`,
    flags, positionals), and any doubt goes to typer, which is the reference."""
    by_flag = {flag: p for p in params for flag in p.flags}
    positionals = [p for p in params if not p.flags]
    values = {p.name: p.default for p in params}
    given = 0
    rest = iter(args)
    for arg in rest:
        if arg.startswith("-") and arg != "-":
            name, equals, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
            param = by_flag.get(name)
            if param is None:  # --help, --, an unknown option, -n5
                raise NotMine(arg)
            if param.kind == "bool":
                if equals:
                    raise NotMine(arg)
                values[param.name] = True
                continue
            raw = inline if equals else next(rest, None)  # "-year" too: click takes it whole
            if raw is None:
                raise NotMine(arg)
            values[param.name] = _convert(param, raw)
        else:
            if given >= len(positionals):
                raise NotMine(arg)
            values[positionals[given].name] = _convert(positionals[given], arg)
            given += 1
    if any(p.required for p in positionals[given:]):
        raise NotMine("missing argument")
    return values


def _convert(param: Param, raw: str) -> Any:
    """As click and typer convert it; a value they would refuse is theirs to report."""
    if param.kind == "int":
        try:
            number = int(raw)
        except ValueError:
            raise NotMine(raw) from None
        if param.min is not None and number < param.min:
            raise NotMine(raw)
        return number
    if param.kind == "format":
        try:
            return Format(raw.casefold())
        except ValueError:
            raise NotMine(raw) from None
    if param.kind == "path":
        # click refuses a file where a folder is wanted, and an unreadable path
        if os.path.exists(raw) and (os.path.isfile(raw) or not os.access(raw, os.R_OK)):
            raise NotMine(raw)
        return Path(raw)
    return raw
