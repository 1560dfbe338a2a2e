"""Rendering and error reporting shared by the commands."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

import typer

from ..errors import CcasError

F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"


def console(stderr: bool = False):
    """A rich console; off a terminal it never wraps or truncates (output is for pipes)."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(file=stream, stderr=stderr)
    return Console(file=stream, width=100_000, no_color=True, highlight=False, soft_wrap=True)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_yaml(data: Any) -> None:
    from ..yamlio import dump_yaml

    sys.stdout.write(dump_yaml(data))


def fail(message: str, code: int) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the contract's exit code.

    With CCAS_DEBUG=1 (or --debug) the traceback is shown instead, for bug reports.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CcasError as exc:
            if os.environ.get("CCAS_DEBUG"):
                raise
            fail(exc.one_line(), int(exc.exit_code))
        except KeyboardInterrupt:
            typer.echo("Interrupted; nothing was written past the last complete file.", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]
