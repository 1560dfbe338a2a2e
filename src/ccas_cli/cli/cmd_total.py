"""`ccas total --by KEY`: budget totals, every euro explainable line by line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .output import (
    Format,
    console,
    emit_csv,
    emit_document,
    handles_errors,
    notes,
    nothing_matched,
    set_excel,
)

if TYPE_CHECKING:
    from ..query.filters import Filters

NO_LINE = "no budget line matches"


@handles_errors
def total(
    by: str,
    explain: bool,
    data: Path | None,
    format: Format,
    excel: bool,
    filters: Filters,
) -> None:
    """Total the counted budget lines by one key; the rows add up to the grand total."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.service import run_totals
    from ..query.totals import as_json, canonical_key

    rows, resolved = run_totals(data_dir(data), by, filters, explain)
    by = canonical_key(by)[0]
    notes(resolved)
    payload = as_json(rows, explain)
    if "," in by and explain and format in (Format.csv, Format.markdown):  # every line, its key "A / B"
        payload = [
            {**child, "key": f"{row['key']} / {child['key']}"} for row in payload for child in row["rows"]
        ]
    elif "," in by and format in (Format.csv, Format.markdown, Format.ndjson):
        # two levels, flat: one row per (A, B), the first-level key repeated; they add up
        first, second = by.split(",")
        payload = [
            {first: row["key"], second: child["key"], **{k: v for k, v in child.items() if k != "key"}}
            for row in payload
            for child in row["rows"]
        ]
        if format in (Format.csv, Format.markdown):
            emit_csv(payload, [first, second, "total_eur", "lines", "records"])
            if not rows:
                nothing_matched(NO_LINE)
            return
    if emit_document(payload, format):
        pass  # JSON, NDJSON, YAML
    elif format in (Format.csv, Format.markdown):
        _csv(payload, explain)  # one row per key, or per line with --explain
    elif rows:
        _table(rows, by, explain)
    if not rows:
        nothing_matched(NO_LINE)


def _csv(payload: list[dict], explain: bool) -> None:
    if not explain:
        rows = payload
        if _markdown():  # a note wants the grand total under its rows
            rows = [
                *payload,
                {
                    "key": "**total**",
                    "total_eur": round(sum(r["total_eur"] for r in payload), 2),
                    "lines": sum(r["lines"] for r in payload),
                },
            ]
        emit_csv(rows, ["key", "total_eur", "lines", "records"])
        return
    flat = []
    for row in payload:
        for item in row["items"]:
            lines = item["source"]["lines"]
            flat.append(
                {
                    "key": row["key"],
                    **item,
                    "source_file": item["source"]["file"],
                    "source_lines": f"{lines[0]}-{lines[1]}",
                }
            )
    emit_csv(flat, ["key", "record", "amount_eur", "counted", "reason", "raw", "source_file", "source_lines"])


def _table(rows, by: str, explain: bool) -> None:
    from rich.markup import escape
    from rich.table import Table

    from ..normalize.money import format_eur
    from ..query.totals import grand_total, ordered
    from .output import share_bar

    out = console()
    whole = grand_total(rows)
    note = "counted lines only"
    if any(not row.lines for row in rows):
        note += "; a 0 € row's amounts are all shown, none counted: --explain says why"
    table = Table(title=f"budget by {by.replace(',', ' and ')} ({note})")
    table.add_column(by.replace(",", " / "), overflow="fold")
    table.add_column("total", justify="right")
    table.add_column("lines", justify="right")
    table.add_column("records", justify="right")
    table.add_column("share of total")
    for row in rows:
        if row.children:  # `--by A,B`: A's subtotal in bold, then its B rows
            table.add_row(
                f"[bold]{escape(row.key)}[/bold]",
                f"[bold]{format_eur(row.total_eur)}[/bold]",
                str(row.lines),
                str(len(row.records)),
                share_bar(row.total_eur, whole),
            )
            for child in ordered(row.children):
                table.add_row(
                    f"  {escape(child.key)}",
                    format_eur(child.total_eur),
                    str(child.lines),
                    str(len(child.records)),
                    "",
                )
            continue
        table.add_row(
            escape(row.key),
            format_eur(row.total_eur),
            str(row.lines),
            str(len(row.records)),
            share_bar(row.total_eur, whole),
        )
    table.add_section()
    table.add_row(
        "total",
        format_eur(whole),
        str(sum(r.lines for r in rows)),
        str(len({rid for r in rows for rid in r.records})),
        "",
    )
    out.print(table)
    if not explain:
        return
    detail = Table(title="every euro line", show_lines=False)
    for column in (by, "record", "amount", "counted", "reason", "as written", "source"):
        detail.add_column(column, overflow="fold")
    for row in rows:
        for part in ordered(row.children) if row.children else [row]:
            for item in part.items:
                _detail_row(detail, f"{row.key} / {part.key}" if row.children else row.key, item)
    out.print(detail)


def _detail_row(detail, key: str, item) -> None:
    from ..normalize.money import format_eur

    amount = format_eur(item.amount_eur) if item.amount_eur is not None else ""
    lines = item.source["lines"]
    detail.add_row(
        key,
        item.record,
        amount,
        "yes" if item.counted else "no",
        item.reason,
        item.raw,
        f"{item.source['file']}:{lines[0]}",
    )


def _markdown() -> bool:
    from . import output

    return output._MARKDOWN
