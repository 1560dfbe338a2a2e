"""What the query index stores for one YAML file, computed apart from SQLite.

A pure function of the file's bytes, so that several files can be prepared at once in worker
processes while one process writes to the index. Record numbers here count from 0 within the
file; `index._insert` offsets them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import StoreFile
    from .view import RecordLike

STAT_COLUMNS = ("departement", "chapter", "theme_label", "year", "kind", "type", "document", "status")
TOTAL_COLUMNS = ("direction", "funder", "year", "document", "departement", "theme")
# what search finds in the FTS "categories" column besides the title and the text
_CATEGORY_FIELDS = (
    "theme_label",
    "chapter_title",
    "block",
    "status_group",
    "category",
    "porteur",
    "departement",
)


@dataclass
class FileRows:
    sha256: str
    records: list[tuple] = field(default_factory=list)  # (pos, id, type, …, stat keys)
    payloads: list[tuple] = field(default_factory=list)  # (pos, JSON indented by 2)
    values: list[tuple] = field(default_factory=list)  # (pos, kind, value)
    years: list[tuple] = field(default_factory=list)  # (pos, year)
    lines: list[tuple] = field(default_factory=list)  # (pos, line pos, counted, amount, keys…, item)
    texts: list[tuple] = field(default_factory=list)  # (pos, title stems, category stems, text stems)
    vocabulary: dict[str, str] = field(default_factory=dict)  # word → stem
    types: dict[str, str] = field(default_factory=dict)  # record type → its field names (JSON)


def file_rows(path: Path) -> FileRows:
    """The validated file's rows; the hash is of the very bytes parsed."""
    from ..errors import StoreError
    from ..store import parse_store_file
    from ..yamlio import load_yaml

    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read: {exc}", path) from None
    return rows_of(parse_store_file(load_yaml(text, path), path), hashlib.sha256(data).hexdigest())


def rows_of(store_file: StoreFile, sha256: str) -> FileRows:
    """The rows of a store file's records (ingest passes the ones it has just written, so that
    the first query after an ingest parses no YAML)."""
    from ..normalize.text import fold
    from .filters import directions_of, partners_of, record_years, status_of
    from .stats import stat_key
    from .tokens import STOP_WORDS, stem, words
    from .totals import key_of

    rows = FileRows(sha256)
    for pos, record in enumerate(store_file.records):
        rows.types.setdefault(record.type, json.dumps(sorted(type(record).model_fields)))
        status = status_of(record)
        rows.records.append(
            (
                pos,
                record.id,
                record.type,
                record.document,
                getattr(record, "departement", None),
                getattr(record, "chapter", None),
                status,
                fold(status or ""),
                *(stat_key(record, c) for c in STAT_COLUMNS),
            )
        )
        # As `--format json` prints it (`json.dumps(…, ensure_ascii=False, indent=2)` of the
        # record's JSON dump, byte for byte; pydantic's serializer writes it 3x faster): a long
        # listing is streamed without re-encoding.
        rows.payloads.append((pos, record.model_dump_json(indent=2)))
        rows.values += [(pos, "theme", v) for v in dict.fromkeys(record.themes)]
        rows.values += [(pos, "partner", v) for v in dict.fromkeys(partners_of(record)) if v]
        rows.values += [(pos, "funder", v) for v in dict.fromkeys(getattr(record, "funders", ())) if v]
        rows.values += [(pos, "direction", v) for v in dict.fromkeys(directions_of(record))]
        rows.years += [(pos, y) for y in sorted(record_years(record))]
        for line_pos, line in enumerate(record.budget_lines):
            explained = {
                "record": record.id,
                "raw": line.raw,
                "amount_eur": line.amount_eur,
                "counted": line.counted,
                "reason": line.reason,
                "source": line.source.model_dump(mode="json"),
                "kind": line.kind,
            }
            rows.lines.append(
                (
                    pos,
                    line_pos,
                    int(line.counted),
                    line.amount_eur,
                    *(key_of(record, line, c) for c in TOTAL_COLUMNS),
                    json.dumps(explained, ensure_ascii=False),
                )
            )
        # each text folded once, for its stems and for the vocabulary
        folded = [words(text) for text in record_fields(record).values()]
        rows.texts.append((pos, *(" ".join(stem(w) for w in ws if w not in STOP_WORDS) for ws in folded)))
        for ws in folded:
            for word in ws:
                if word not in rows.vocabulary and word not in STOP_WORDS and len(word) > 2:
                    rows.vocabulary[word] = stem(word)
    return rows


def record_fields(record: RecordLike) -> dict[str, str]:
    """The three texts search ranks a record by (FTS5 columns): title, categories, text."""
    categories = " ".join(str(getattr(record, f)) for f in _CATEGORY_FIELDS if getattr(record, f, None))
    return {"title": record.title, "categories": categories, "text": " ".join(record.sections.values())}
