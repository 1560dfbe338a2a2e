"""`ccas show ID`: one record, whole."""

from __future__ import annotations

from pathlib import Path

from .output import Format, console, emit_csv, emit_json, emit_ndjson, emit_yaml, handles_errors, set_excel


@handles_errors
def show(record_id: str, data: Path | None, format: Format, excel: bool) -> None:
    """Show one record with its fields, sections and source lines."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.records import find_record

    record = find_record(data_dir(data), record_id)
    payload = record.model_dump(mode="json")
    if format in (Format.json, Format.ndjson):
        emit_json(payload) if format is Format.json else emit_ndjson([payload])
    elif format in (Format.csv, Format.markdown):
        from .records_output import CSV_COLUMNS, flat

        emit_csv([flat(payload)], CSV_COLUMNS)
    elif format is Format.yaml:
        emit_yaml(payload)
    else:
        _table(payload)


def _table(payload: dict) -> None:
    from rich.table import Table

    out = console()
    table = Table(show_header=False, title=payload["id"])
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    evidence = payload.get("theme_evidence") or {}
    for key, value in payload.items():
        if key in ("sections", "id", "theme_evidence"):
            continue
        if key == "themes" and value:  # each theme with why it applies
            value = "\n".join(f"{slug} ({'; '.join(evidence.get(slug, []))})" for slug in value)
        elif key == "source":
            value = f"{value['file']} lines {value['lines'][0]}–{value['lines'][1]}" + (
                f", pages {value['pages'][0]}–{value['pages'][1]}" if value.get("pages") else ""
            )
        elif key == "contacts":
            value = "\n".join(", ".join(str(v) for v in c.values() if v) for c in value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value in (None, "", []):
            continue
        table.add_row(key, str(value))
    out.print(table)
    for label, text in payload.get("sections", {}).items():
        out.print(f"\n[bold]{label}[/bold]", highlight=False)
        out.print(text, highlight=False, markup=False)
