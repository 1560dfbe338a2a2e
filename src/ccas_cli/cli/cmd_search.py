"""`ccas search [QUERY]` and `ccas filter`: find records."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .output import Format, handles_errors, notes, nothing_matched, say, set_excel

if TYPE_CHECKING:
    from ..query.filters import Filters


@handles_errors
def search(
    query: str | None,
    limit: int | None,
    columns: str | None,
    sort: str | None,
    data: Path | None,
    format: Format,
    excel: bool,
    filters: Filters,
) -> None:
    """Search titles and texts (accents, plurals, typos forgiven); ranked best first."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.service import run_search
    from .records_output import emit_records, parse_columns, sort_records

    if not (query or "").strip() and filters == type(filters)():
        from ..errors import UsageError

        raise UsageError('search needs words ("non recours") or a filter (--theme, --departement, …)')
    if limit is None:  # a table is read on screen; a machine format is never cut short
        limit = 20 if format is Format.table else 0
    if format in (Format.json, Format.ndjson) and not columns and not sort:
        # every match of a national corpus, written as it is read (one batch in memory)
        from ..query.service import stream_search
        from .output import JsonStream

        stream = JsonStream(format is Format.ndjson)
        shown, total = stream_search(data_dir(data), query or "", filters, limit or None, stream.write, notes)
        stream.close()
        if not shown:
            nothing_matched()
        if shown < total:
            say(f"{shown} of {total} matching records")
        return
    extra = ["score", "snippet"]
    # --sort orders every match, then --limit keeps the first ones
    result = run_search(data_dir(data), query or "", filters, None if sort else limit or None)
    notes(result.notes)
    if not result.hits:
        if format is not Format.table:
            emit_records([], format, extra=extra, columns=parse_columns(columns, [], extra))
        nothing_matched()
    payloads = []
    for hit in result.hits:
        payload = hit.record.model_dump(mode="json")
        payload["score"] = hit.score
        payload["snippet"] = hit.snippet
        payloads.append(payload)
    highlights = {id(p): h.matched for p, h in zip(payloads, result.hits, strict=True)}
    payloads = sort_records(payloads, sort, extra)
    if sort and limit:
        payloads = payloads[:limit]
    emit_records(
        payloads,
        format,
        extra=extra,
        highlights=[highlights[id(p)] for p in payloads],
        columns=parse_columns(columns, payloads, extra),
    )
    if format is Format.table or len(payloads) < result.total:
        say(f"{len(payloads)} of {result.total} matching records")


@handles_errors
def filter(
    columns: str | None,
    sort: str | None,
    data: Path | None,
    format: Format,
    excel: bool,
    filters: Filters,
) -> None:
    """List the records matching every filter, in document order."""
    set_excel(excel, format)
    from ..paths import data_dir
    from ..query.service import run_filter
    from .records_output import emit_records, parse_columns, sort_records

    if format in (Format.json, Format.ndjson) and not columns and not sort:
        from ..query.service import stream_filter
        from .output import JsonStream

        stream = JsonStream(format is Format.ndjson)
        count, resolved = stream_filter(data_dir(data), filters, stream.write)
        stream.close()
        notes(resolved)
        if not count:
            nothing_matched()
        return
    records, resolved = run_filter(data_dir(data), filters)
    notes(resolved)
    if not records:
        if format is not Format.table:
            emit_records([], format, columns=parse_columns(columns, [], []))
        nothing_matched()
    payloads = sort_records([r.model_dump(mode="json") for r in records], sort, [])
    emit_records(payloads, format, columns=parse_columns(columns, payloads, []))
