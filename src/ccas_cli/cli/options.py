"""typer options built from the declarations of spec.py: one declaration for typer and for the
fast path."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import completion
from .output import Format
from .spec import COMMANDS, DATA, EXCEL, FILTER_NAMES, FILTERS, FORMAT, Param, invoke

F = TypeVar("F", bound=Callable[..., Any])

_TYPES: dict[str, Any] = {"str": str, "int": int, "bool": bool, "path": Path, "format": Format}


def annotation(param: Param) -> Any:
    """The `Annotated[type, typer.Option(...)]` (or Argument) of one declared parameter."""
    kind = _TYPES[param.kind]
    if param.default is None and not param.required:
        kind = kind | None
    if not param.flags:
        return Annotated[kind, typer.Argument(metavar=param.metavar, help=param.help)]
    extra: dict[str, Any] = {}
    if param.min is not None:
        extra["min"] = param.min
    if param.complete:
        extra["autocompletion"] = getattr(completion, param.complete)
    if param.kind == "format":
        extra["case_sensitive"] = False
    if param.kind == "path":
        extra["file_okay"] = False
    return Annotated[kind, typer.Option(*param.flags, help=param.help, **extra)]


DataOpt = annotation(DATA)
FormatOpt = annotation(FORMAT)
ExcelOpt = annotation(EXCEL)


def declared(name: str) -> Callable[[F], F]:
    """Give a command body the parameters spec.py declares for `name`, for typer to read; the
    common filters reach the body as one `Filters`, as on the fast path."""
    params = COMMANDS[name]

    def decorate(body: F) -> F:
        @functools.wraps(body)
        def command(**values: Any) -> Any:
            return invoke(body, values)

        _sign(command, params)
        return command  # type: ignore[return-value]

    return decorate


def takes_filters(command: F) -> F:
    """For a command declared in its own signature (export): the common filters added before
    `data`, handed to it as one `Filters`."""
    signature = inspect.signature(command)
    hints = typing_hints(command)
    parameters: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.name == "data":
            parameters += [_parameter(p) for p in FILTERS]
        if parameter.name != "filters":
            parameters.append(parameter.replace(annotation=hints[parameter.name]))

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> Any:
        from ..query.filters import Filters

        filters = Filters(**{name: kwargs.pop(name) for name in FILTER_NAMES})
        return command(filters=filters, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper  # type: ignore[return-value]


def typing_hints(command: Callable[..., Any]) -> dict[str, Any]:
    from typing import get_type_hints

    # "Filters" is only imported for type checkers (the query layer loads when a command runs).
    return get_type_hints(command, include_extras=True, localns={"Filters": Any})


def _parameter(param: Param) -> inspect.Parameter:
    default = inspect.Parameter.empty if param.required else param.default
    return inspect.Parameter(
        param.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=annotation(param)
    )


def _sign(command: Callable[..., Any], params: tuple[Param, ...]) -> None:
    parameters = [_parameter(p) for p in params]
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
