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

CACHE_VERSION = 5
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
    index: dict[str, Any] | None  # the file's inverted index (build_postings), when decoded


def cache_dir(data: Path) -> Path:
    return Path(os.environ.get("CCAS_CACHE") or data / CACHE_DIR)


def _key(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _read(path: Path, key: list[int], name: str, index: bool) -> Entry | None:
    """The entry if fresh; its search index is decoded only when asked for (filters and totals
    need the records alone)."""
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return None
        if data.get("key") != key or data.get("name") != name:
            return None
        records, fields = marshal.loads(data["records"])
        search = marshal.loads(data["index"]) if index else None
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None
    return Entry(records, fields, search)


def _build(path: Path) -> Entry:
    from ..store import load_file
    from .search import build_postings

    store_file = load_file(path)
    fields: dict[str, list[str]] = {}
    for record in store_file.records:
        fields.setdefault(record.type, sorted(type(record).model_fields))
    return Entry(
        [r.model_dump(mode="json") for r in store_file.records], fields, build_postings(store_file.records)
    )


def _write(path: Path, payload: dict) -> None:
    from ..yamlio import atomic_write_bytes

    with contextlib.suppress(OSError):  # a read-only data folder: queries still work, from the YAML
        atomic_write_bytes(path, marshal.dumps(payload))


@dataclass
class Loaded:
    records: list[View]
    postings: Any  # search.Postings, when loaded for a search
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
    with `search`, the inverted index of the whole store too.

    The whole-store index (`search.marshal`) is merged from the files' own indexes and kept
    until any file changes; then only the changed file is parsed again, and the merge redone.
    """
    folder = cache_dir(data)
    files = iter_files(data)
    keys = [[p.name, *_key(p)] for p in files]
    merged = _read_merged(folder / "search.marshal", keys) if search else None
    loaded = Loaded([], None, [])
    entries: list[Entry] = []
    for path, (_, *key) in zip(files, keys, strict=True):
        entry_path = folder / f"{path.name}.marshal"
        entry = _read(entry_path, key, path.name, index=search and merged is None)
        if entry is None:
            entry = _build(path)
            _write(
                entry_path,
                {
                    "version": CACHE_VERSION,
                    "name": path.name,
                    "key": key,
                    "records": marshal.dumps((entry.records, entry.fields)),
                    "index": marshal.dumps(entry.index),
                },
            )
            loaded.rebuilt.append(path.name)
        entries.append(entry)
        fields = {t: frozenset(names) for t, names in entry.fields.items()}
        loaded.records.extend(View(r, fields[r["type"]]) for r in entry.records)
    if search:
        from .search import Postings

        if merged is None:
            merged = _merge([e.index for e in entries])
            _write(folder / "search.marshal", {"version": CACHE_VERSION, "key": keys, **merged})
        loaded.postings = Postings(
            merged["terms"], merged["lengths"], merged["surface"], merged["vocabulary"], merged["folded"]
        )
    _prune(folder, {p.name for p in files})
    return loaded


def _read_merged(path: Path, keys: list) -> dict | None:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or data.get("key") != keys:
        return None
    return data


def _merge(indexes: list[dict]) -> dict:
    """One inverted index from the files' indexes (documents renumbered in store order);
    every value is marshal-encoded on its own, so a query decodes only what it uses."""
    terms: dict[str, list] = {}
    surface: dict[str, Counter[str]] = {}
    lengths: list[float] = []
    folded: list[str] = []
    for index in indexes:
        offset = len(lengths)
        for term, flat in index["terms"].items():
            target = terms.setdefault(term, [])
            for i in range(0, len(flat), 2):
                target.extend((flat[i] + offset, flat[i + 1]))
        for stem_, counts in index["surface"].items():
            surface.setdefault(stem_, Counter()).update(counts)
        lengths.extend(index["lengths"])
        folded.extend(index["folded"])
    vocabulary = {w: t for t, counter in surface.items() for w in counter}
    return {
        "terms": {t: marshal.dumps(v) for t, v in terms.items()},
        "surface": {t: marshal.dumps(dict(v)) for t, v in surface.items()},
        "lengths": lengths,
        "vocabulary": marshal.dumps(vocabulary),
        "folded": marshal.dumps(folded),
    }


def _prune(folder: Path, names: set[str]) -> None:
    """Entries of YAML files that no longer exist are deleted."""
    if not folder.is_dir():
        return
    for entry in folder.glob("*.marshal"):
        if entry.name != "search.marshal" and entry.name.removesuffix(".marshal") not in names:
            with contextlib.suppress(OSError):
                entry.unlink()
