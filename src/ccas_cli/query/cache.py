"""A derived query cache of the YAML store, so that queries skip YAML, pydantic and stemming.

For each `data/structured/<id>.yaml`, `.ccas-cache/<id>.yaml.marshal` holds the records as
plain data and their search terms (stems and bigrams, already weighted). An entry is used only
when the YAML file's size and modification time are those it was built from; otherwise it is
rebuilt from the YAML (validated) and rewritten. The YAML stays the source of truth: the cache
is git-ignored and safe to delete, and a damaged entry is simply rebuilt.

marshal, not pickle: the cache holds only dicts, lists, strings and numbers, and reading it can
never run code.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CACHE_VERSION = 4
CACHE_DIR = ".ccas-cache"


class View:
    """A stored record (or a part of one) with attribute access, read from the cache without
    pydantic; `model_dump()` gives the record exactly as stored."""

    __slots__ = ("_data", "_fields")

    def __init__(self, data: dict[str, Any], fields: frozenset[str] = frozenset()) -> None:
        self._data = data
        self._fields = fields

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        if name == "source" and isinstance(value, dict):
            return View(value)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return [View(item) for item in value]
        return value

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        return self._data

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def __repr__(self) -> str:
        return f"View({self._data.get('id') or self._data})"


def has_field(record: Any, name: str) -> bool:
    """Whether the record's type has the field (for a model or a cached view alike)."""
    if isinstance(record, View):
        return record.has_field(name)
    return name in type(record).model_fields


@dataclass
class Entry:
    records: list[dict[str, Any]]
    fields: dict[str, list[str]]  # record type → its field names
    bags: list[dict[str, float]]
    folded: list[str]
    surface: dict[str, dict[str, int]]


def cache_dir(data: Path) -> Path:
    return Path(os.environ.get("CCAS_CACHE") or data / CACHE_DIR)


def _key(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _read(path: Path, key: list[int], name: str, search: bool) -> Entry | None:
    """The entry if fresh; its search terms are decoded only for a search (filters and totals
    need the records alone)."""
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return None
        if data.get("key") != key or data.get("name") != name:
            return None
        records, fields = marshal.loads(data["records"])
        bags, folded, surface = marshal.loads(data["search"]) if search else ([], [], {})
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None
    return Entry(records, fields, bags, folded, surface)


def _build(path: Path) -> Entry:
    from ..store import load_file
    from .search import record_fields, weighted_terms
    from .tokens import STOP_WORDS, stem, words

    store_file = load_file(path)
    records, bags, folded = [], [], []
    surface: dict[str, Counter[str]] = {}
    fields: dict[str, list[str]] = {}
    for record in store_file.records:
        records.append(record.model_dump(mode="json"))
        fields.setdefault(record.type, sorted(type(record).model_fields))
        texts = record_fields(record)
        bags.append(dict(weighted_terms(texts)))
        all_words = words(" ".join(texts.values()))
        folded.append(" ".join(all_words))
        for word in all_words:
            if word not in STOP_WORDS and len(word) > 2:
                surface.setdefault(stem(word), Counter())[word] += 1
    return Entry(records, fields, bags, folded, {k: dict(v) for k, v in surface.items()})


def _write(path: Path, key: list[int], name: str, entry: Entry) -> None:
    from ..yamlio import atomic_write_bytes

    payload = {
        "version": CACHE_VERSION,
        "name": name,
        "key": key,
        "records": marshal.dumps((entry.records, entry.fields)),
        "search": marshal.dumps((entry.bags, entry.folded, entry.surface)),
    }
    with contextlib.suppress(OSError):  # a read-only data folder: queries still work, from the YAML
        atomic_write_bytes(path, marshal.dumps(payload))


@dataclass
class Loaded:
    records: list[View]
    bags: list[dict[str, float]]
    folded: list[str]
    surface: dict[str, Counter[str]]
    rebuilt: list[str]  # YAML files whose entry was (re)built by this load


def iter_files(data: Path) -> list[Path]:
    """The store's YAML files (as store.iter_files, without importing the models)."""
    from ..errors import StoreError

    if not data.exists():
        raise StoreError("no structured data here; run `ccas ingest` first or pass --data", data)
    if not data.is_dir():
        raise StoreError("not a directory", data)
    return sorted(p for p in data.glob("*.yaml") if not p.name.startswith("."))


def load(data: Path, search: bool = False) -> Loaded:
    """Every record of the store, from the cache where it is fresh, rebuilding what is not;
    with `search`, their search terms too."""
    folder = cache_dir(data)
    loaded = Loaded([], [], [], {}, [])
    for path in iter_files(data):
        key = _key(path)
        entry_path = folder / f"{path.name}.marshal"
        entry = _read(entry_path, key, path.name, search)
        if entry is None:
            entry = _build(path)
            _write(entry_path, key, path.name, entry)
            loaded.rebuilt.append(path.name)
        fields = {t: frozenset(names) for t, names in entry.fields.items()}
        loaded.records.extend(View(r, fields[r["type"]]) for r in entry.records)
        loaded.bags.extend(entry.bags)
        loaded.folded.extend(entry.folded)
        for stem_, counts in entry.surface.items():
            loaded.surface.setdefault(stem_, Counter()).update(counts)
    _prune(folder, {p.name for p in iter_files(data)})
    return loaded


def _prune(folder: Path, names: set[str]) -> None:
    """Entries of YAML files that no longer exist are deleted."""
    if not folder.is_dir():
        return
    for entry in folder.glob("*.marshal"):
        if entry.name.removesuffix(".marshal") not in names:
            with contextlib.suppress(OSError):
                entry.unlink()
