"""The read commands answered without the CLI framework.

typer imports click, rich and pydantic before a command runs, three times what answering a
query from the index costs. `search`, `filter`, `total`, `stats`, `show` and `warnings` written
the plain way (`--opt value`, `--opt=value`, `-f json`, flags, positionals) are parsed here from
the declarations of spec.py and handed to the same command bodies typer calls; anything else —
`--help`, completion, an unknown option, a value typer would refuse — goes to typer, which stays
the reference for what a command line means.
"""

from __future__ import annotations

import importlib
import os

# command → (module, function) of its body
BODIES = {
    "search": ("cmd_search", "search"),
    "filter": ("cmd_search", "filter"),
    "total": ("cmd_total", "total"),
    "stats": ("cmd_stats", "stats"),
    "show": ("cmd_show", "show"),
    "warnings": ("cmd_warnings", "warnings"),
}
COMPLETE_VAR = "_CCAS_COMPLETE"  # set by the shell when it asks typer for completions


def answer(args: list[str]) -> int | None:
    """The exit code of the command, answered here; None when typer must answer."""
    if not args or args[0] not in BODIES or COMPLETE_VAR in os.environ:
        return None
    from .spec import COMMANDS, NotMine, invoke, parse

    try:
        values = parse(COMMANDS[args[0]], args[1:])
    except NotMine:
        return None
    module, name = BODIES[args[0]]
    body = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    try:
        invoke(body, values)
    except SystemExit as exit:
        if exit.code is None or isinstance(exit.code, int):
            return exit.code or 0
        raise
    return 0
