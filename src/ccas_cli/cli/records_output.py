"""Rendering lists of records (search, filter) in every output format."""

from __future__ import annotations

from typing import Any

from .output import Format, console, emit_document

# The columns an analyst needs, the same leading ones for `search` and `filter` (search adds its
# score and snippet at the end); derived fields filled (`years` from every dated field).
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
    "years",
    "status",
    "direction",
    "funders",
    "partners",
    "budget_total_eur",
    "themes",
    "summary",
    "source_file",
    "source_lines",
    "source_pages",
]

SUMMARY_CHARS = 240


def _years(payload: dict) -> str:
    """Every year the record names: its own, its start, its deadlines', its money's ("2009–2012"
    when they follow each other)."""
    years: set[int] = set()
    for name in ("year", "start_year"):
        if isinstance(payload.get(name), int):
            years.add(payload[name])
    for item in [*(payload.get("echeances") or []), *(payload.get("budget_lines") or [])]:
        years.update(y for y in item.get("years") or [] if isinstance(y, int))
    ordered = sorted(years)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]}–{ordered[-1]}"
    return " | ".join(map(str, ordered))


def _summary(payload: dict) -> str:
    """The opening words of the record's longest section (its description rather than a line of
    dates or partners), cut at a word, for a spreadsheet cell."""
    texts = [t for t in (payload.get("sections") or {}).values() if isinstance(t, str) and t.strip()]
    text = " ".join(max(texts, key=len).split()) if texts else ""
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def flat(payload: dict) -> dict:
    row = dict(payload)
    source = payload.get("source") or {}
    row["source_file"] = source.get("file")
    lines = source.get("lines") or []
    row["source_lines"] = f"{lines[0]}-{lines[1]}" if lines else ""
    pages = source.get("pages") or []
    row["source_pages"] = (
        (f"{pages[0]}-{pages[1]}" if pages[0] != pages[1] else str(pages[0])) if pages else ""
    )
    row["years"] = _years(payload)
    row["summary"] = _summary(payload)
    return row


def known_columns(payloads: list[dict], extra: list[str]) -> list[str]:
    """What --columns and --sort may name: the CSV's columns, every field the records hold."""
    fields = dict.fromkeys([*CSV_COLUMNS, *extra])
    for payload in payloads:
        fields.update(dict.fromkeys(payload))
    return list(fields)


def parse_columns(value: str | None, payloads: list[dict], extra: list[str]) -> list[str] | None:
    """The fields --columns names, checked: an unknown one is a usage error listing the others."""
    if value is None:
        return None
    columns = [c.strip() for c in value.split(",") if c.strip()]
    known = known_columns(payloads, extra)
    unknown = [c for c in columns if c not in known]
    if unknown or not columns:
        from ..errors import UsageError

        raise UsageError(f"--columns: no field '{', '.join(unknown) or value}' (fields: {', '.join(known)})")
    return columns


def sort_records(payloads: list[dict], field: str | None, extra: list[str]) -> list[dict]:
    """Payloads ordered by a field (numbers as numbers, text accents and case aside), those
    without it last whatever the direction; `-field` descends. Ties keep their order."""
    if not field:
        return payloads
    descending = field.startswith("-")
    name = field.lstrip("-")
    if payloads and name not in known_columns(payloads, extra):
        from ..errors import UsageError

        raise UsageError(f"--sort: no field '{name}' (fields: {', '.join(known_columns(payloads, extra))})")
    from ..normalize.text import fold

    def value(payload: dict):
        got = flat(payload).get(name)
        if isinstance(got, list):
            got = " | ".join(str(v) for v in got)
        return got

    present = [p for p in payloads if value(p) not in (None, "", [])]
    missing = [p for p in payloads if value(p) in (None, "", [])]
    numeric = all(isinstance(value(p), int | float) and not isinstance(value(p), bool) for p in present)
    present.sort(key=lambda p: value(p) if numeric else fold(str(value(p))), reverse=descending)
    return present + missing


def emit_records(
    payloads: list[dict],
    format: Format,
    extra: list[str] | None = None,
    highlights: list[list[str]] | None = None,
    columns: list[str] | None = None,
) -> None:
    if columns is not None:
        _emit_columns(payloads, format, columns)
        return
    csv_rows = [flat(p) for p in payloads] if format in (Format.csv, Format.markdown) else None
    if not emit_document(payloads, format, CSV_COLUMNS + (extra or []), csv_rows):
        _table(payloads, extra or [], highlights)


def _where(payload: dict) -> str:
    parts = [payload.get("departement"), payload.get("direction"), payload.get("block")]
    year = payload.get("year") or payload.get("start_year")
    return " · ".join(str(p) for p in [*parts, year] if p)


CARD_WIDTH = 120  # narrower than this, records print as cards: an id is never broken


def _cards(payloads: list[dict], extra: list[str], out) -> None:
    """One record a few lines: its id whole on its own line (to copy into `ccas show`), then its
    title, where, snippet and source as `file:lines`."""
    from rich.padding import Padding
    from rich.text import Text

    def indented(text: str, style: str = "") -> Padding:
        return Padding(Text(text, style=style), (0, 0, 0, 2), expand=False)

    for n, payload in enumerate(payloads):
        if n:
            out.print()
        out.print(Text(payload["id"], style="cyan"), soft_wrap=True)
        out.print(indented(payload["title"], "bold"))
        where = _where(payload)
        if where:
            out.print(indented(where))
        if "snippet" in extra and payload.get("snippet") and payload["snippet"] != payload["title"]:
            out.print(indented(payload["snippet"], "dim"))
        source = payload["source"]
        tail = f"  {source['file']}:{source['lines'][0]}-{source['lines'][1]}"
        if "score" in extra and payload.get("score"):
            tail += f" · score {payload['score']:.2f}"
        out.print(Text(tail), soft_wrap=True)


def _table(payloads: list[dict], extra: list[str], highlights: list[list[str]] | None) -> None:
    from rich.table import Table
    from rich.text import Text

    if console().width < CARD_WIDTH:
        _cards(payloads, extra, console())
        return

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


def _emit_columns(payloads: list[dict], format: Format, columns: list[str]) -> None:
    """Only the fields --columns names, in its order, in any format."""
    rows = [{c: flat(p).get(c) for c in columns} for p in payloads]
    if not emit_document(rows, format, columns):
        from rich.table import Table

        from .output import _cell

        table = Table()
        for column in columns:
            table.add_column(column, overflow="fold", no_wrap=column == "id")
        for row in rows:
            table.add_row(*(_cell(row[c]) for c in columns))
        console().print(table)
