"""Rendering lists of records (search, filter) in every output format."""

from __future__ import annotations

from typing import Any

from .output import Format, console, emit_csv, emit_json, emit_ndjson, emit_yaml

CSV_COLUMNS = [
    "id",
    "type",
    "kind",
    "document",
    "title",
    "departement",
    "departement_code",
    "chapter",
    "theme_label",
    "porteur",
    "year",
    "status",
    "direction",
    "budget_total_eur",
    "themes",
    "partners",
    "source_file",
    "source_lines",
]


def flat(payload: dict) -> dict:
    row = dict(payload)
    source = payload.get("source") or {}
    row["source_file"] = source.get("file")
    lines = source.get("lines") or []
    row["source_lines"] = f"{lines[0]}-{lines[1]}" if lines else ""
    return row


def emit_records(
    payloads: list[dict],
    format: Format,
    extra: list[str] | None = None,
    highlights: list[list[str]] | None = None,
) -> None:
    if format is Format.json:
        emit_json(payloads)
    elif format is Format.ndjson:
        emit_ndjson(payloads)
    elif format is Format.yaml:
        emit_yaml(payloads)
    elif format in (Format.csv, Format.markdown):
        emit_csv([flat(p) for p in payloads], (extra or []) + CSV_COLUMNS)
    else:
        _table(payloads, extra or [], highlights)


def _where(payload: dict) -> str:
    parts = [payload.get("departement"), payload.get("direction"), payload.get("block")]
    year = payload.get("year") or payload.get("start_year")
    return " · ".join(str(p) for p in [*parts, year] if p)


def _table(payloads: list[dict], extra: list[str], highlights: list[list[str]] | None) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=bool("snippet" in extra))
    table.add_column("id", overflow="fold", style="cyan")
    table.add_column("title", overflow="fold")
    table.add_column("where", overflow="fold")
    scored = "score" in extra and any(p.get("score") for p in payloads)  # no words: no ranking
    if scored:
        table.add_column("score", justify="right")
    table.add_column("source", overflow="fold")
    for n, payload in enumerate(payloads):
        title: Any = Text(payload["title"])
        if "snippet" in extra and payload.get("snippet") and payload["snippet"] != payload["title"]:
            title = Text(payload["title"] + "\n", style="bold")
            snippet = Text(payload["snippet"])
            for word in highlights[n] if highlights else []:
                snippet.highlight_words([word], style="bold yellow", case_sensitive=False)
            title.append_text(snippet)
        source = payload["source"]
        cells = [payload["id"], title, _where(payload)]
        if scored:
            cells.append(f"{payload['score']:.2f}")
        cells.append(f"{source['file']}:{source['lines'][0]}-{source['lines'][1]}")
        table.add_row(*cells)
    console().print(table)
