"""The structured store: one deterministic YAML file per source document."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from .errors import StoreError
from .models import Document, StoreFile
from .paths import DEFAULT_DATA, data_dir  # noqa: F401  (re-exported)
from .yamlio import atomic_write_text, dump_yaml, load_yaml_file


@contextmanager
def folder_lock(directory: Path) -> Iterator[None]:
    """One writer at a time in a data folder (an advisory lock, released even on a crash)."""
    import fcntl

    path = directory / ".ccas.lock"
    try:
        handle = open(path, "a")  # noqa: SIM115 - held for the duration of the block
    except OSError as exc:
        raise StoreError(f"cannot write: {exc.strerror or exc}", directory) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                "another ccas ingest is writing here; try again when it has finished", directory
            ) from None
        yield
    finally:
        handle.close()


def store_path(directory: Path, document_id: str) -> Path:
    return directory / f"{document_id}.yaml"


def render(store_file: StoreFile) -> str:
    data = store_file.model_dump(mode="json", exclude_none=False)
    return dump_yaml(data)


def save_text(path: Path, text: str) -> Path:
    """The YAML written atomically (temporary file, fsync, rename): never half a file."""
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise StoreError(f"cannot write: {exc.strerror or exc}", path) from None
    return path


def load_file(path: Path) -> StoreFile:
    return parse_store_file(load_yaml_file(path), path)


def parse_store_file(data: object, path: Path) -> StoreFile:
    """A loaded YAML document, validated as a store file (errors name the file)."""
    if not isinstance(data, dict) or "document" not in data:
        raise StoreError("not a ccas structured file (no 'document' key)", path)
    try:
        return StoreFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise StoreError(
            f"invalid record data at {where}: {first['msg']} ({exc.error_count()} error(s))", path
        ) from None


def iter_files(directory: Path) -> Iterator[Path]:
    if not directory.exists():
        raise StoreError("no structured data here; run `ccas ingest` first or pass --data", directory)
    if not directory.is_dir():
        raise StoreError("not a directory", directory)
    yield from sorted(p for p in directory.glob("*.yaml") if not p.name.startswith("."))


def load_store(directory: Path) -> list[StoreFile]:
    return [load_file(path) for path in iter_files(directory)]


def documents(directory: Path) -> list[Document]:
    return [f.document for f in load_store(directory)]
