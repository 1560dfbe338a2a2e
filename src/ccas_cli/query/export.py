"""`ccas export --sqlite FILE`: the store as a SQLite database to browse and facet in Datasette.

The conventions are sqlite-utils' and Datasette's, so that `datasette FILE -m FILE.metadata.json`
offers what an analyst expects with no configuration:
- `documents`, `records` and `budget_lines` tables, the scalar fields as columns and the lists
  and mappings (themes, partners, sections, source…) as JSON text columns, which Datasette
  facets as arrays (`_facet_array=themes`);
- `records_fts`, an FTS5 table over title, categories and text with `content="records"`, which
  Datasette detects and offers as the table's search box;
- a metadata file with French labels, descriptions and the facets of the records table.
The database is written to a temporary file and renamed: an interrupted export leaves the
previous file whole.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path

from ..normalize.money import euros

RECORD_COLUMNS = {
    "id": "TEXT PRIMARY KEY",
    "type": "TEXT",
    "kind": "TEXT",
    "document": "TEXT",
    "title": "TEXT",
    "departement": "TEXT",
    "departement_code": "TEXT",
    "chapter": "INTEGER",
    "theme_label": "TEXT",
    "porteur": "TEXT",
    "year": "INTEGER",
    "start_year": "INTEGER",
    "status": "TEXT",
    "direction": "TEXT",
    "block": "TEXT",
    "budget_total_eur": "REAL",
    "themes": "TEXT",  # JSON
    "partners": "TEXT",  # JSON
    "funders": "TEXT",  # JSON
    "contacts": "TEXT",  # JSON
    "sections": "TEXT",  # JSON
    "source_file": "TEXT",
    "line_first": "INTEGER",
    "line_last": "INTEGER",
    "record": "TEXT",  # the whole record, JSON
}
JSON_COLUMNS = {"themes", "partners", "funders", "contacts", "sections"}
FACETS = ["type", "document", "departement", "direction", "year", "chapter"]


def export_sqlite(directory: Path, target: Path, filters=None) -> dict[str, int]:
    """Write the store's documents, records (those matching `filters`) and budget lines to
    `target`; the counts written."""
    from ..store import documents
    from .filters import Filters
    from .service import run_filter

    views, _ = run_filter(directory, filters or Filters())
    payloads = [v.model_dump(mode="json") for v in views]
    kept = {p["document"] for p in payloads}
    docs = [d for d in documents(directory) if d.id in kept]
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(temporary)
        counts = _write(conn, docs, payloads)
        conn.commit()
        conn.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    metadata = target.with_name(target.name + ".metadata.json")
    metadata.write_text(json.dumps(datasette_metadata(target), ensure_ascii=False, indent=2) + "\n", "utf-8")
    return counts


def _write(conn: sqlite3.Connection, docs, payloads: list[dict]) -> dict[str, int]:
    conn.execute(
        "CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, kind TEXT, publisher TEXT, "
        "year INTEGER, file TEXT, sha256 TEXT, records INTEGER, lines_total INTEGER, lines_accounted INTEGER)"
    )
    per_document: dict[str, int] = {}
    for payload in payloads:
        per_document[payload["document"]] = per_document.get(payload["document"], 0) + 1
    conn.executemany(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                d.id,
                d.title,
                d.kind,
                d.publisher,
                d.year,
                d.file,
                d.sha256,
                per_document.get(d.id, 0),
                d.lines_total,
                d.lines_accounted,
            )
            for d in docs
        ],
    )
    columns = ", ".join(f"[{name}] {kind}" for name, kind in RECORD_COLUMNS.items())
    conn.execute(f"CREATE TABLE records ({columns}, FOREIGN KEY([document]) REFERENCES documents(id))")
    conn.execute(
        "CREATE TABLE budget_lines (id INTEGER PRIMARY KEY, record TEXT REFERENCES records(id), "
        "document TEXT, departement TEXT, direction TEXT, amount_eur REAL, amount_max_eur REAL, kind TEXT, "
        "counted INTEGER, reason TEXT, raw TEXT, years TEXT, source_file TEXT, line_first INTEGER, line_last INTEGER)"
    )
    lines = 0
    for payload in payloads:
        row: list[object] = []
        for name in RECORD_COLUMNS:
            if name == "record":
                row.append(json.dumps(payload, ensure_ascii=False))
            elif name == "source_file":
                row.append(payload["source"]["file"])
            elif name in ("line_first", "line_last"):
                row.append(payload["source"]["lines"][0 if name == "line_first" else 1])
            elif name in JSON_COLUMNS:
                row.append(
                    json.dumps(payload.get(name) or ([] if name != "sections" else {}), ensure_ascii=False)
                )
            else:
                row.append(payload.get(name))
        conn.execute(f"INSERT INTO records VALUES ({', '.join('?' * len(row))})", row)
        for line in payload.get("budget_lines") or []:
            lines += 1
            conn.execute(
                "INSERT INTO budget_lines (record, document, departement, direction, amount_eur, amount_max_eur, "
                "kind, counted, reason, raw, years, source_file, line_first, line_last) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    payload["id"],
                    payload["document"],
                    payload.get("departement"),
                    payload.get("direction"),
                    euros(line["amount_eur"]),
                    euros(line.get("amount_max_eur")),
                    line["kind"],
                    int(bool(line["counted"])),
                    line["reason"],
                    line["raw"],
                    json.dumps(line.get("years") or []),
                    line["source"]["file"],
                    line["source"]["lines"][0],
                    line["source"]["lines"][1],
                ),
            )
    # Full text, in the form Datasette detects: an FTS5 table named <table>_fts whose content is
    # the table, keyed by its rowid
    conn.execute(
        "CREATE VIRTUAL TABLE records_fts USING fts5(title, categories, text, content='records', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    conn.executemany(
        "INSERT INTO records_fts (rowid, title, categories, text) VALUES (?, ?, ?, ?)",
        [
            (
                rowid,
                payload["title"],
                " ".join(
                    str(payload.get(k) or "") for k in ("theme_label", "porteur", "departement", "direction")
                ),
                " ".join((payload.get("sections") or {}).values()),
            )
            for (rowid,), payload in zip(
                conn.execute("SELECT rowid FROM records ORDER BY rowid"), payloads, strict=True
            )
        ],
    )
    for column in ("document", "type", "departement", "direction", "year"):
        conn.execute(f"CREATE INDEX idx_records_{column} ON records([{column}])")
    conn.execute("CREATE INDEX idx_budget_lines_record ON budget_lines(record)")
    return {"documents": len(docs), "records": len(payloads), "budget_lines": lines}


def datasette_metadata(target: Path) -> dict:
    """Datasette's metadata: French labels and descriptions, the records' facets and search."""
    name = target.stem
    return {
        "title": "ccas — plans et recueils de l'action sociale",
        "description": "Actions, initiatives, expérimentations, fiches et actualités extraites des "
        "documents par ccas, chacune avec sa source (fichier et lignes).",
        "databases": {
            name: {
                "tables": {
                    "documents": {"label_column": "title", "description": "Les documents lus."},
                    "records": {
                        "label_column": "title",
                        "description": "Un enregistrement par action, initiative, expérimentation, "
                        "fiche ou actualité.",
                        "facets": [*FACETS, {"array": "themes"}],
                        "fts_table": "records_fts",
                        "fts_pk": "rowid",
                        "sort_desc": "budget_total_eur",
                        "columns": {
                            "departement": "Département",
                            "theme_label": "Sous-thème",
                            "porteur": "Porteur",
                            "budget_total_eur": "Budget compté (€)",
                            "themes": "Thèmes (JSON)",
                        },
                    },
                    "budget_lines": {
                        "description": "Chaque montant en euros, compté ou non, avec la raison.",
                        "facets": ["counted", "kind", "document", "departement"],
                    },
                }
            }
        },
    }
