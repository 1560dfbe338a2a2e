"""The `ccas` command: the read commands answered directly (fast.py), everything else — and
every doubt — through typer (app.py)."""

from __future__ import annotations

import sys


def main() -> None:
    from .fast import answer

    args = sys.argv[1:]
    code = answer(args)
    if code is None:
        from .app import run

        code = run(args)
    sys.exit(code)
