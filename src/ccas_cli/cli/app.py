"""The root `ccas` app: composes one module per command; imports nothing heavy at start-up."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from .. import __version__
from .cmd_diff import diff
from .cmd_export import export
from .cmd_ingest import ingest
from .cmd_schema import schema
from .cmd_search import filter, search
from .cmd_show import show
from .cmd_stats import stats
from .cmd_total import total
from .cmd_validate import validate
from .cmd_warnings import warnings
from .options import declared

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


# The read commands' parameters are declared in spec.py, which the fast path parses too.
app.command()(ingest)
app.command("search")(declared("search")(search))
app.command("filter")(declared("filter")(filter))
app.command("total")(declared("total")(total))
app.command()(diff)
app.command("show")(declared("show")(show))
app.command("stats")(declared("stats")(stats))
app.command()(schema)
app.command()(validate)
app.command("warnings")(declared("warnings")(warnings))
app.command()(export)


def main() -> None:
    """The `ccas` command through typer alone (the installed command is `main.main`, which
    answers the read commands without it)."""
    sys.exit(run(sys.argv[1:]))


def run(args: list[str]) -> int:
    """typer parses, and every usage error — ours, typer's, click's, pydantic's — is one line
    on stderr in the project's wording, exit 2; the exit code is returned."""
    global _ARGS
    _ARGS = list(args)
    errors = _click_exceptions()
    try:
        code = app(args=args, prog_name="ccas", standalone_mode=False)
    except errors.UsageError as exc:
        if isinstance(exc, getattr(errors, "NoArgsIsHelpError", ())):
            exc.show()  # type: ignore[union-attr]  # `ccas` alone: the help, as before
            return 2
        typer.echo(f"Error: {usage_message(exc)}", err=True)
        return 2
    except typer.Abort:
        return 130
    except SystemExit as exit:  # a command's own exit code (nothing matched, an error)
        return exit_code(exit)
    return code if isinstance(code, int) else 0


def exit_code(exit: SystemExit) -> int:
    """The process status `sys.exit` would give for this exit."""
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return exit.code
    print(exit.code, file=sys.stderr)
    return 1


def _click_exceptions():
    """click's exceptions module, reached through typer's own BadParameter: recent typer vendors
    click, older typer runs on it, and the project declares typer only."""
    return sys.modules[typer.BadParameter.__module__]


def usage_message(exc) -> str:
    """ "--chapter: expected a number, got 'x'" rather than a framed pydantic sentence."""
    import re

    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    if isinstance(exc, _click_exceptions().BadParameter) and exc.param is not None:
        name = "/".join(getattr(exc.param, "opts", []) or [exc.param.name or ""])
        text = exc.message or ""
        text = re.sub(r"^Value error, ", "", text)
        got = re.search(r"'([^']*)' is not one of", text)
        if re.search(r"valid integer|is not a valid integer", text):
            raw = _raw_value(exc.param)
            return f"{name}: expected a number" + (f", got '{raw}'" if raw is not None else "")
        if got:
            choices = ", ".join(re.findall(r"'([^']*)'", text.split("is not one of", 1)[1]))
            return f"{name}: '{got[1]}' is not one of {choices}"
        return f"{name}: {text.rstrip('.')}"
    return " ".join(message.split())


_ARGS: list[str] = []  # the command line `run` parses


def _raw_value(param) -> str | None:
    """The value typed for an option, read back from the command line."""
    args = _ARGS
    for opt in getattr(param, "opts", []):
        for k, arg in enumerate(args):
            if arg == opt and k + 1 < len(args):
                return args[k + 1]
            if arg.startswith(opt + "="):
                return arg.split("=", 1)[1]
    return None
