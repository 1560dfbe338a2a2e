"""A derived SQLite index of the YAML store: queries read only the rows they need.

`.ccas-cache/index.sqlite` (or `$CCAS_CACHE/index.sqlite`) holds, for each YAML file of the
store, its records as JSON with the columns that filters, stats and totals use; their budget
lines with their total keys; and an FTS5 table of their stems (title, categories, text).

Freshness is checked on every open against each YAML file's size and modification time: a
changed file has its rows replaced alone (in one transaction), a deleted file's rows go, an
added file is indexed. The YAML stays the source of truth; the index is git-ignored and safe
to delete. An index of another version, or one SQLite cannot read, is rebuilt; where none can
be written (a read-only folder), one is built in memory for the process.

Every value stored here is computed by the same functions the in-memory queries use
(`filters.record_years`, `totals.key_of`, `stats.stat_key`…), so both paths agree; the tests
compare them on the bundled corpus.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .index_rows import STAT_COLUMNS, TOTAL_COLUMNS, FileRows, file_rows
from .view import View

INDEX_VERSION = 7
CACHE_DIR = ".ccas-cache"
INDEX_NAME = "index.sqlite"
BUSY_TIMEOUT = 60.0  # seconds to wait for another process's transaction before giving up on the file

_SCHEMA = f"""
CREATE TABLE files(
    id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER,
    ctime_ns INTEGER, sha256 TEXT NOT NULL, checked_ns INTEGER NOT NULL);
-- Record numbers are never reused (AUTOINCREMENT-like), even after the last file is dropped.
CREATE TABLE counter(next INTEGER NOT NULL);
INSERT INTO counter VALUES (1);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE types(type TEXT PRIMARY KEY, fields TEXT NOT NULL);
CREATE TABLE records(
    rowid INTEGER PRIMARY KEY, file INTEGER NOT NULL, pos INTEGER NOT NULL, id TEXT NOT NULL,
    type TEXT, document TEXT, departement TEXT, chapter INTEGER, status TEXT, status_folded TEXT,
    {", ".join(f"s_{c} TEXT" for c in STAT_COLUMNS)});
-- Kept apart so that the records table stays narrow: a condition on a column without an
-- index scans megabytes, not the gigabyte of a national corpus's JSON.
CREATE TABLE payloads(rowid INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE INDEX records_file ON records(file, pos);
CREATE INDEX records_id ON records(id);
CREATE INDEX records_type ON records(type);
CREATE INDEX records_document ON records(document);
CREATE INDEX records_departement ON records(departement);
CREATE TABLE record_values(record INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX record_values_value ON record_values(kind, value, record);
CREATE INDEX record_values_record ON record_values(record);
CREATE TABLE record_years(record INTEGER NOT NULL, year INTEGER NOT NULL);
CREATE INDEX record_years_year ON record_years(year, record);
CREATE INDEX record_years_record ON record_years(record);
CREATE TABLE budget_lines(
    record INTEGER NOT NULL, pos INTEGER NOT NULL, counted INTEGER NOT NULL, amount REAL,
    {", ".join(f"k_{c} TEXT" for c in TOTAL_COLUMNS)},
    item TEXT NOT NULL);
CREATE INDEX budget_lines_record ON budget_lines(record, pos);
CREATE TABLE vocabulary(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX vocabulary_stem ON vocabulary(stem);
CREATE TABLE parsed(
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, json TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(title, categories, text, tokenize='unicode61', detail=full);
CREATE VIRTUAL TABLE fts_terms USING fts5vocab(fts, 'row');
PRAGMA user_version = {INDEX_VERSION};
"""

# Tables keyed by record rowid, emptied of a file's records before they are deleted.
_CHILD_TABLES = (
    ("payloads", "rowid"),
    ("record_values", "record"),
    ("record_years", "record"),
    ("budget_lines", "record"),
)


def index_path(data: Path) -> Path:
    """`<data>/.ccas-cache/index.sqlite`; with $CCAS_CACHE, one file per store in that folder
    (named after the store's path), so that stores sharing the folder never rebuild each other's."""
    shared = os.environ.get("CCAS_CACHE")
    if not shared:
        return data / CACHE_DIR / INDEX_NAME
    import hashlib

    tag = hashlib.sha256(str(data.resolve()).encode()).hexdigest()[:16]
    return Path(shared) / f"index-{tag}.sqlite"


def iter_files(data: Path) -> list[Path]:
    """The store's YAML files (as store.iter_files, without importing the models)."""
    return [data / name for name, _ in sorted(_listing(data))]


def _listing(data: Path) -> list[tuple[str, os.DirEntry]]:
    """The store's YAML files as directory entries, in the directory's order: a freshness
    check of a national store builds no `Path` objects (a tenth of a second for 5,000 files)
    and sorts nothing (the files to index are sorted, usually none)."""
    from ..errors import StoreError

    if not data.exists():
        raise StoreError("no structured data here; run `ccas ingest` first or pass --data", data)
    if not data.is_dir():
        raise StoreError("not a directory", data)
    with os.scandir(data) as entries:
        return [(e.name, e) for e in entries if e.name.endswith(".yaml") and not e.name.startswith(".")]


@dataclass
class Index:
    """An open, fresh index of one store."""

    conn: sqlite3.Connection
    path: Path | None  # None when built in memory
    rebuilt: list[str] = field(default_factory=list)  # YAML files (re)indexed by this open
    _fields: dict[str, frozenset[str]] | None = None
    _vocabulary: dict[str, str] | None = None

    def fields(self, record_type: str) -> frozenset[str]:
        if self._fields is None:
            self._fields = {
                t: frozenset(json.loads(f)) for t, f in self.conn.execute("SELECT type, fields FROM types")
            }
        return self._fields.get(record_type, frozenset())

    def vocabulary(self) -> dict[str, str]:
        """Every indexed word → its stem, read once per open (for "did you mean")."""
        if self._vocabulary is None:
            self._vocabulary = dict(self.conn.execute("SELECT word, stem FROM vocabulary"))
        return self._vocabulary

    def view(self, payload: str) -> View:
        data = json.loads(payload)
        return View(data, self.fields(data.get("type", "")))

    def raw_records(self, where: str = "", params: tuple = ()) -> Iterator[str]:
        """Records in store order as stored: JSON indented by 2, as `--format json` prints them.

        The order is sorted on row ids alone, then the JSON read 500 records at a time: memory
        holds one batch, whatever the number of records listed."""
        rowids = self.rowids(where, params)
        for start in range(0, len(rowids), 500):
            batch = rowids[start : start + 500]
            found = dict(self._payloads(batch))
            for rowid in batch:
                yield found[rowid]

    def rowids(self, where: str = "", params: tuple | list = ()) -> list[int]:
        """Row ids of the records matching `where` (over `records r`), in store order."""
        sql = (
            "SELECT r.rowid FROM records r JOIN files f ON f.id = r.file"
            + (f" WHERE {where}" if where else "")
            + " ORDER BY f.name, r.pos"
        )
        return [rowid for (rowid,) in self.conn.execute(sql, params)]

    def _payloads(self, rowids: list[int]) -> Iterator[tuple[int, str]]:
        marks = ",".join("?" * len(rowids))
        yield from self.conn.execute(f"SELECT rowid, json FROM payloads WHERE rowid IN ({marks})", rowids)

    def records(self, where: str = "", params: tuple = ()) -> Iterator[View]:
        """Records in store order (file name, then position in the file)."""
        for payload in self.raw_records(where, params):
            yield self.view(payload)

    def by_rowid(self, rowids: list[int]) -> dict[int, View]:
        found: dict[int, View] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            for rowid, payload in self._payloads(chunk):
                found[rowid] = self.view(payload)
        return found

    def parse_yaml(self, path: Path) -> Any:
        """A YAML file outside the store (reference data), parsed once per version of the file."""
        key = _key(path)
        row = self.conn.execute(
            "SELECT json FROM parsed WHERE path = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ?",
            (str(path), *key),
        ).fetchone()
        if row:
            return json.loads(row[0])
        from ..yamlio import load_yaml_file

        data = load_yaml_file(path)
        try:
            text = json.dumps(data, ensure_ascii=False)
        except (TypeError, ValueError):  # dates and the like: not kept, parsed each time
            return data
        if json.loads(text) == data:  # only what JSON keeps exactly (no integer keys…)
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute(
                    "INSERT OR REPLACE INTO parsed VALUES (?, ?, ?, ?, ?)", (str(path), *key, text)
                )
        return data

    def snapshot(self) -> None:
        """From here on, every read sees the index as it is now, whatever another process
        re-indexes meanwhile (a WAL read transaction), until `close`."""
        self.conn.execute("BEGIN")

    def close(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("COMMIT")
        self.conn.close()


def open_index(data: Path) -> Index:
    """The store's index, brought up to date with the YAML files first."""
    files = _listing(data)
    path = index_path(data)
    index = _open_on_disk(path)
    if index is not None:
        try:
            index.rebuilt = _refresh(index.conn, files)
            return index
        except sqlite3.DatabaseError as exc:
            index.close()
            if _unwritable(exc) or _busy(exc):
                index = None  # answered from an index in memory; the file is left to its owner
            else:  # damaged: start again from the YAML
                _discard(path)
                index = _open_on_disk(path)
                if index is not None:
                    try:
                        index.rebuilt = _refresh(index.conn, files)
                        return index
                    except sqlite3.DatabaseError:
                        index.close()
    memory = Index(_connect(":memory:"), None)
    _create(memory.conn)
    memory.rebuilt = _refresh(memory.conn, files)
    return memory


def _busy(exc: sqlite3.DatabaseError) -> bool:
    """Another process holds the index longer than the timeout: not damage, nothing to delete."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _unwritable(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("readonly", "read-only", "unable to open", "disk i/o", "disk is full"))


def _connect(target: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT, isolation_level=None)
    _configure(conn, memory=target == ":memory:")
    return conn


def _configure(conn: sqlite3.Connection, memory: bool = False) -> None:
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB of pages
    if not memory:
        # A derived cache: WAL commits without an fsync per file, and an interrupted write
        # leaves the last committed state (never a torn index).
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def _open_on_disk(path: Path) -> Index | None:
    """The index file, created or recreated as needed; None when it cannot be written."""
    for _attempt in range(2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
        except (OSError, sqlite3.DatabaseError):
            return None
        try:
            _configure(conn)
            if conn.execute("PRAGMA user_version").fetchone()[0] != INDEX_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if version != INDEX_VERSION and tables:
                    conn.execute("ROLLBACK")
                    raise sqlite3.DatabaseError("index of another version")
                if version != INDEX_VERSION:
                    _create(conn, in_transaction=True)
                else:
                    conn.execute("COMMIT")
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if row is None or row[0] != fingerprint():
                raise sqlite3.DatabaseError("index built by other code")
            return Index(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _unwritable(exc) or _busy(exc):
                return None
            _discard(path)  # not a database, or of another version: start again
    return None


# The modules whose code decides what the index stores: a change to any of them (stop words,
# stems, stat or total keys, the models…) makes every stored row suspect.
_STORED_BY = (
    "query/index_rows.py",
    "query/tokens.py",
    "query/filters.py",
    "query/stats.py",
    "query/totals.py",
    "normalize/text.py",
    "models.py",
)


def fingerprint() -> str:
    """The index version, the stemmer's version and the code of `_STORED_BY`: an index built
    by other code is rebuilt rather than trusted."""
    import hashlib

    import Stemmer

    digest = hashlib.sha256(f"{INDEX_VERSION} {Stemmer.version()}".encode())
    package = Path(__file__).resolve().parents[1]
    for name in _STORED_BY:
        with contextlib.suppress(OSError):  # an installation without sources: the version decides
            digest.update((package / name).read_bytes())
    return digest.hexdigest()


def _create(conn: sqlite3.Connection, in_transaction: bool = False) -> None:
    if not in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
    conn.execute("COMMIT")


def _discard(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def _key(path: Path) -> tuple[int, int, int]:
    """Size, modification and change times: the change time cannot be set back by hand (a
    `touch -d` restoring an old mtime still changes it)."""
    try:
        stat = path.stat()
    except OSError as exc:
        from ..errors import StoreError

        raise StoreError(f"cannot read: {exc.strerror}", path) from None
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


def _entry_key(entry: os.DirEntry) -> tuple[int, int, int]:
    """As `_key`, from a directory entry."""
    try:
        stat = entry.stat()
    except OSError as exc:
        from ..errors import StoreError

        raise StoreError(f"cannot read: {exc.strerror}", Path(entry.path)) from None
    return _stat_key(stat)


def _stat_key(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


# A file changed twice within the file system's timestamp granularity keeps its size and
# modification time: when the time is this close to the moment the index last looked, the
# content's hash decides ("racy git"), until a later look clears the doubt.
RACY_NS = 2_000_000_000


def _refresh(conn: sqlite3.Connection, files: list[tuple[str, os.DirEntry]]) -> list[str]:
    """Index what changed since the last open; each file is replaced in its own transaction,
    so an interrupted refresh leaves every other file's rows consistent."""
    import time

    # The common case, nothing changed, is decided by set operations (in C): the (name, size,
    # times) of every file against those the index saw well before its last look; only the
    # files outside that set are looked at one by one.
    try:
        looked_at = [
            (name, s.st_size, s.st_mtime_ns, s.st_ctime_ns) for name, entry in files for s in (entry.stat(),)
        ]
    except OSError:
        looked_at = [(name, *_entry_key(entry)) for name, entry in files]  # names the unreadable one
    # Quicker still: the listing, in the folder's own order, as the index last saw it with every
    # file settled (one digest; a folder listed in another order is checked the long way)
    listing = _listing_digest(looked_at)
    remembered = conn.execute("SELECT value FROM meta WHERE key = 'listing'").fetchone()
    if remembered is not None and remembered[0] == listing:
        return []
    stats = set(looked_at)
    settled = set(
        conn.execute(
            "SELECT name, size, mtime_ns, ctime_ns FROM files WHERE mtime_ns < checked_ns - ?", (RACY_NS,)
        )
    )
    changed = stats - settled
    (count,) = conn.execute("SELECT count(*) FROM files").fetchone()
    if changed or count != len(files):  # a file added, changed or removed: which ones
        names = {name for name, _ in files}
        for (name,) in conn.execute("SELECT name FROM files").fetchall():
            if name not in names:
                conn.execute("BEGIN IMMEDIATE")
                row = conn.execute("SELECT id FROM files WHERE name = ?", (name,)).fetchone()
                if row:
                    _drop(conn, row[0])
                conn.execute("COMMIT")
    where_of = {name: entry.path for name, entry in files} if changed else {}
    current = {stat[0]: (where_of[stat[0]], stat[1:]) for stat in changed}
    todo: list[tuple[str, Path, tuple[int, int, int], int]] = []
    for name, (where, key) in sorted(current.items()):
        looked = time.time_ns()
        row = conn.execute(
            "SELECT id, name, size, mtime_ns, ctime_ns, sha256, checked_ns FROM files WHERE name = ?", (name,)
        ).fetchone()
        if row and (row[2], row[3], row[4]) == key and key[1] < row[6] - RACY_NS:
            continue  # same size and times, well before the last look: unchanged
        if row and row[2] == key[0] and _digest(Path(where)) == row[5]:
            # Same bytes (touched, checked out again, or looked at too soon): keep the rows.
            conn.execute(
                "UPDATE files SET mtime_ns = ?, ctime_ns = ?, checked_ns = ? WHERE id = ?",
                (key[1], key[2], looked, row[0]),
            )
            continue
        todo.append((name, Path(where), key, looked))
    rebuilt: list[str] = []
    progress = _Progress(len(todo))
    # A first build of a large store loads its rows before their lookup indexes are built,
    # and commits files by batches (each batch whole or not at all, as a file is otherwise).
    bulk = count == 0 and len(todo) >= BULK_FROM
    per_commit = BULK_BATCH if bulk else 1
    if bulk:
        for name in _LOOKUP_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
    pending = 0
    try:
        for (name, _path, key, looked), rows in zip(todo, _prepared([t[1] for t in todo]), strict=True):
            progress.step()
            if not pending:
                conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT id, sha256 FROM files WHERE name = ?", (name,)).fetchone()
                if row and row[1] == rows.sha256:  # another process indexed this content meanwhile
                    conn.execute(
                        "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, checked_ns = ? WHERE id = ?",
                        (*key, looked, row[0]),
                    )
                else:
                    if row:
                        _drop(conn, row[0])
                    _insert(conn, name, (*key, rows.sha256, looked), rows)
                    rebuilt.append(name)
                pending += 1
                if pending == per_commit:
                    conn.execute("COMMIT")
                    pending = 0
            except BaseException:
                conn.execute("ROLLBACK")
                pending = 0
                raise
        if pending:
            conn.execute("COMMIT")
    finally:
        _ensure_lookup_indexes(conn)
    progress.done()
    _remember_listing(conn, listing, len(files))
    return rebuilt


_FORGET_LISTING = "DELETE FROM meta WHERE key = 'listing'"


def _listing_digest(looked_at: list[tuple[str, int, int, int]]) -> str:
    import hashlib
    import marshal

    # marshal's version 2 writes equal values as equal bytes (no references between objects)
    return hashlib.blake2b(marshal.dumps(looked_at, 2), digest_size=16).hexdigest()


def _remember_listing(conn: sqlite3.Connection, listing: str, files: int) -> None:
    """The listing's digest, once every file is indexed and settled (its times well before the
    index's look at it, see RACY_NS): the same listing later means nothing changed. Best
    effort: an index another process is writing, or a read-only one, is left as it is."""
    (unsettled,) = conn.execute(
        "SELECT count(*) FROM files WHERE mtime_ns >= checked_ns - ?", (RACY_NS,)
    ).fetchone()
    (indexed,) = conn.execute("SELECT count(*) FROM files").fetchone()
    if unsettled or indexed != files:
        return
    (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('listing', ?)", (listing,))
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")


BULK_FROM = 200  # files of a first build from which lookup indexes are built after the rows
BULK_BATCH = 50  # files per transaction in such a build
# The secondary indexes of the schema (a first build creates them once its rows are in).
_LOOKUP_INDEXES = tuple(
    line.split()[2]
    for line in _SCHEMA.splitlines()
    if line.startswith("CREATE INDEX") and "records_file" not in line
)


def _ensure_lookup_indexes(conn: sqlite3.Connection) -> None:
    """The lookup indexes, created again if a build was interrupted before it made them."""
    marks = ",".join("?" * len(_LOOKUP_INDEXES))
    (present,) = conn.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ({marks})", _LOOKUP_INDEXES
    ).fetchone()
    if present == len(_LOOKUP_INDEXES):
        return
    conn.execute("BEGIN IMMEDIATE")
    for line in _SCHEMA.splitlines():
        if line.startswith("CREATE INDEX"):
            conn.execute(line.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS").rstrip(";"))
    conn.execute("COMMIT")


class _Progress:
    """A long first build says so on stderr (one line when it passes a second, one at the end):
    a silent minute reads as a hung command. Short builds, and small stores, stay silent."""

    AFTER_S = 1.0
    FROM_FILES = 50

    def __init__(self, files: int) -> None:
        import time

        self.files, self.count, self.start, self.shown = files, 0, time.monotonic(), False

    def step(self) -> None:
        import sys
        import time

        self.count += 1
        if not self.shown and self.files >= self.FROM_FILES and time.monotonic() - self.start > self.AFTER_S:
            self.shown = True
            sys.stderr.write(f"ccas: indexing {self.files} store files for queries (once)…\n")
            sys.stderr.flush()

    def done(self) -> None:
        import sys
        import time

        if self.shown:
            sys.stderr.write(f"ccas: indexed {self.count} files in {time.monotonic() - self.start:.0f} s\n")
            sys.stderr.flush()


def index_store_files(data: Path, written: Iterable[tuple[Path, FileRows | None]]) -> int:
    """Index files ingest has just written, from rows it computed from the records in memory:
    the first query after an ingest parses no YAML. A file whose bytes are not the ones the
    rows were computed for (changed since) is left to the next query's refresh; so is everything
    when the index cannot be opened. The number of files indexed."""
    import time

    index = _open_on_disk(index_path(data))
    if index is None:
        return 0
    conn, done = index.conn, 0
    try:
        known = dict(conn.execute("SELECT name, sha256 FROM files").fetchall())
        for path, rows in written:
            if rows is None:
                continue
            digest = rows.sha256
            if known.get(path.name) == digest:
                continue
            try:
                key = _key(path)
                if _digest(path) != digest:
                    continue
            except Exception:  # gone or unreadable: the next refresh decides
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT id FROM files WHERE name = ?", (path.name,)).fetchone()
                if row:
                    _drop(conn, row[0])
                _insert(conn, path.name, (*key, digest, time.time_ns()), rows)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            done += 1
    except sqlite3.DatabaseError:
        return done  # busy or damaged: queries rebuild what they need
    finally:
        index.close()
    return done


PARALLEL_FROM = 8  # files to index before worker processes pay for their start


def _prepared(paths: list[Path]) -> Iterator[FileRows]:
    """Each file's rows, in order. Many files are parsed by worker processes (YAML parsing and
    validation are most of the cost), at most a few files ahead of the writer, so memory holds
    a handful of files, not the store."""
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from map(file_rows, paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        pending = []
        for path in paths:
            pending.append(pool.submit(file_rows, path))
            if len(pending) > 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def _digest(path: Path) -> str:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        from ..errors import StoreError

        raise StoreError(f"cannot read: {exc.strerror}", path) from None


def _drop(conn: sqlite3.Connection, file_id: int) -> None:
    conn.execute(_FORGET_LISTING)  # the index no longer matches the listing last remembered
    mine = "SELECT rowid FROM records WHERE file = ?"
    conn.execute(f"DELETE FROM fts WHERE rowid IN ({mine})", (file_id,))
    for table, column in _CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE {column} IN ({mine})", (file_id,))
    conn.execute("DELETE FROM records WHERE file = ?", (file_id,))
    conn.execute("DELETE FROM files WHERE id = ?", (file_id,))


def _insert(conn: sqlite3.Connection, name: str, key: tuple[int, int, int, str, int], rows: FileRows) -> None:
    """A file's rows, their record numbers offset past the highest in the index."""
    conn.execute(_FORGET_LISTING)
    file_id = conn.execute(
        "INSERT INTO files(name, size, mtime_ns, ctime_ns, sha256, checked_ns) VALUES (?, ?, ?, ?, ?, ?)",
        (name, *key),
    ).lastrowid
    first = conn.execute("SELECT next FROM counter").fetchone()[0]
    conn.execute("UPDATE counter SET next = ?", (first + len(rows.records),))

    def shifted(table: list[tuple]) -> list[tuple]:
        return [(first + row[0], *row[1:]) for row in table]

    if rows.records:
        records = [(first + pos, file_id, pos, *rest) for pos, *rest in rows.records]
        conn.executemany(f"INSERT INTO records VALUES ({','.join('?' * len(records[0]))})", records)
    conn.executemany("INSERT INTO payloads VALUES (?, ?)", shifted(rows.payloads))
    conn.executemany("INSERT INTO record_values VALUES (?, ?, ?)", shifted(rows.values))
    conn.executemany("INSERT INTO record_years VALUES (?, ?)", shifted(rows.years))
    if rows.lines:
        marks = ",".join("?" * len(rows.lines[0]))
        conn.executemany(f"INSERT INTO budget_lines VALUES ({marks})", shifted(rows.lines))
    conn.executemany(
        "INSERT INTO fts(rowid, title, categories, text) VALUES (?, ?, ?, ?)", shifted(rows.texts)
    )
    conn.executemany("INSERT OR IGNORE INTO vocabulary VALUES (?, ?)", rows.vocabulary.items())
    conn.executemany("INSERT OR REPLACE INTO types VALUES (?, ?)", rows.types.items())
