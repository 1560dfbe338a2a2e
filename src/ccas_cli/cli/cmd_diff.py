"""`ccas diff OLD NEW`: what changed between two ingestions."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import FormatOpt
from .output import Format, console, emit_json, emit_yaml, handles_errors


@handles_errors
def diff(
    old: Annotated[str, typer.Argument(help="A folder, a YAML file, or REV:PATH from git.")],
    new: Annotated[str, typer.Argument(help="A folder, a YAML file, or REV:PATH from git.")],
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are differences.")
    ] = False,
    format: FormatOpt = Format.table,
) -> None:
    """Records added, removed and changed (field by field) from OLD to NEW."""
    from ..query.diff import diff as compute

    result = compute(old, new)
    show_diff(result, format)
    if exit_code and not result.empty:
        raise typer.Exit(1)


def show_diff(result, format: Format) -> None:
    if format in (Format.json, Format.ndjson, Format.csv):
        emit_json(result.as_json())
        return
    if format is Format.yaml:
        emit_yaml(result.as_json())
        return
    out = console()
    if result.empty:
        out.print("no differences")
        return
    for rid in result.added:
        out.print(f"[green]+ added[/green]   {rid}", highlight=False)
    for rid in result.removed:
        out.print(f"[red]- removed[/red] {rid}", highlight=False)
    for old_id, new_id, changes in result.renamed:
        out.print(f"[cyan]> renamed[/cyan] {old_id} → {new_id}", highlight=False)
        for change in changes:
            out.print(
                f"    {change.field}: {_short(change.old)} → {_short(change.new)}",
                highlight=False,
                markup=False,
            )
    for rid, changes in result.changed.items():
        out.print(f"[yellow]~ changed[/yellow] {rid}", highlight=False)
        for change in changes:
            out.print(f"    {change.field}:", highlight=False, markup=False)
            out.print(f"      - {_short(change.old)}", highlight=False, markup=False)
            out.print(f"      + {_short(change.new)}", highlight=False, markup=False)
    out.print(
        f"{len(result.added)} added, {len(result.removed)} removed, {len(result.changed)} changed",
        highlight=False,
    )


def _short(value) -> str:
    import json

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text
