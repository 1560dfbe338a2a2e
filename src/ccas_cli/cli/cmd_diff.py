"""`ccas diff OLD NEW`: what changed between two ingestions."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import ExcelOpt, FormatOpt
from .output import Format, console, emit_csv, emit_json, emit_ndjson, emit_yaml, handles_errors, set_excel


@handles_errors
def diff(
    old: Annotated[str, typer.Argument(help="A folder, a YAML file, or REV:PATH from git.")],
    new: Annotated[str, typer.Argument(help="A folder, a YAML file, or REV:PATH from git.")],
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are differences.")
    ] = False,
    positions: Annotated[
        bool,
        typer.Option(
            "--positions",
            help="Also report where records sit (source lines, pages, line numbers in reasons).",
        ),
    ] = False,
    format: FormatOpt = Format.table,
    excel: ExcelOpt = False,
) -> None:
    """Records added, removed and changed (field by field) from OLD to NEW; document changes."""
    set_excel(excel, format)
    from ..query.diff import diff as compute

    result = compute(old, new, positions=positions)
    show_diff(result, format)
    if exit_code and not result.empty:
        raise typer.Exit(1)


def rows(result) -> list[dict]:
    """One row per difference: what a spreadsheet or a line-oriented tool wants."""
    import json

    def value(v):
        return v if isinstance(v, str) or v is None else json.dumps(v, ensure_ascii=False)

    out = [{"change": "added", "id": rid, "field": None, "old": None, "new": None} for rid in result.added]
    out += [
        {"change": "removed", "id": rid, "field": None, "old": None, "new": None} for rid in result.removed
    ]
    for old_id, new_id, changes in result.renamed:
        out.append({"change": "renamed", "id": new_id, "field": "id", "old": old_id, "new": new_id})
        out += [
            {"change": "renamed", "id": new_id, "field": c.field, "old": value(c.old), "new": value(c.new)}
            for c in changes
        ]
    for rid, changes in result.changed.items():
        out += [
            {"change": "changed", "id": rid, "field": c.field, "old": value(c.old), "new": value(c.new)}
            for c in changes
        ]
    for did, changes in result.documents.items():
        out += [
            {"change": "document", "id": did, "field": c.field, "old": value(c.old), "new": value(c.new)}
            for c in changes
        ]
    return out


def show_diff(result, format: Format) -> None:
    if format is Format.json:
        emit_json(result.as_json())
        return
    if format is Format.ndjson:
        emit_ndjson(rows(result))
        return
    if format in (Format.csv, Format.markdown):
        emit_csv(rows(result), ["change", "id", "field", "old", "new"])
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
        _print_changes(out, changes)
    for did, changes in result.documents.items():
        out.print(f"[magenta]* document[/magenta] {did}", highlight=False)
        _print_changes(out, changes)
    summary = f"{len(result.added)} added, {len(result.removed)} removed, {len(result.changed)} changed"
    if result.renamed:
        summary += f", {len(result.renamed)} renamed"
    if result.documents:
        summary += f", {len(result.documents)} document(s) changed"
    out.print(summary, highlight=False)


def _print_changes(out, changes) -> None:
    """Short values as "- old" / "+ new"; long texts as their changed words in context."""
    from ..query.diff import word_diff

    for change in changes:
        out.print(f"    {change.field}:", highlight=False, markup=False)
        if (
            isinstance(change.old, str)
            and isinstance(change.new, str)
            and max(len(change.old), len(change.new)) > 160
        ):
            for hunk in word_diff(change.old, change.new):
                out.print(f"      ~ {hunk}", highlight=False, markup=False)
            continue
        out.print(f"      - {_short(change.old)}", highlight=False, markup=False)
        out.print(f"      + {_short(change.new)}", highlight=False, markup=False)


def _short(value) -> str:
    import json

    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text
