"""Differences between two ingestions: records added, removed, and changed field by field.

Each side is a folder of structured YAML, one YAML file, or `REV:PATH` read from git (a file
or a folder at that revision), so `ccas diff HEAD:data/structured data/structured` shows what
an ingest changed before it is committed.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import StoreFile
from ..store import load_file
from ..yamlio import load_yaml


@dataclass
class Change:
    field: str
    old: Any
    new: Any


@dataclass
class Diff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Change]] = field(default_factory=dict)
    renamed: list[tuple[str, str, list[Change]]] = field(default_factory=list)  # (old id, new id, changes)
    documents: dict[str, list[Change]] = field(default_factory=dict)  # document id → its own changes

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.renamed or self.documents)

    def as_json(self) -> dict:
        def changes(items: list[Change]) -> list[dict]:
            return [{"field": c.field, "old": c.old, "new": c.new} for c in items]

        return {
            "added": self.added,
            "removed": self.removed,
            "changed": [{"id": rid, "changes": changes(items)} for rid, items in self.changed.items()],
            "renamed": [
                {"old": old, "new": new, "changes": changes(items)} for old, new, items in self.renamed
            ],
            "document_changes": [
                {"id": did, "changes": changes(items)} for did, items in self.documents.items()
            ],
        }


_LINE_NUMBER = re.compile(r"\b(lines?) \d+(?:\s*(?:[-–]|and|et)\s*\d+)?")


def _without_positions(value: Any) -> Any:
    """The value without where it sits in the file: sources (lines, pages, hash) and the line
    numbers inside reasons ("covered by the stated total on line 52") — one inserted line
    above must not change every record below it."""
    if isinstance(value, dict):
        return {k: _without_positions(v) for k, v in value.items() if k != "source"}
    if isinstance(value, list):
        return [_without_positions(v) for v in value]
    if isinstance(value, str):
        return _LINE_NUMBER.sub(r"\1 …", value)
    return value


def _records_of(store_files: list[StoreFile], positions: bool = False) -> dict[str, dict]:
    """Records by id, without the source file's hash: it belongs to the document, and a
    one-word correction must show as one change, not as a change to every record. Without
    `positions`, where a record sits (its lines, pages) is not part of its content."""
    records: dict[str, dict] = {}
    for store_file in store_files:
        for record in store_file.records:
            data = record.model_dump(mode="json")
            data["source"].pop("sha256", None)
            for line in data.get("budget_lines", []):
                line["source"].pop("sha256", None)
            records[record.id] = data if positions else _without_positions(data)
    return records


# Document fields compared between editions: what the document says of itself, not how ccas
# read it (parser, line counts) nor where (file, hash).
DOCUMENT_FIELDS = ("title", "publisher", "year", "kind", "records_announced", "sections")


def _documents_of(store_files: list[StoreFile]) -> dict[str, dict]:
    return {
        f.document.id: {k: v for k, v in f.document.model_dump(mode="json").items() if k in DOCUMENT_FIELDS}
        for f in store_files
    }


def _git(args: list[str], spec: str) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise InputError("git is not installed; pass folders or files instead", spec) from None
    if done.returncode != 0:
        raise InputError(
            f"git cannot read it: {done.stderr.strip().splitlines()[-1] if done.stderr else ''}", spec
        )
    return done.stdout


def _load_git(spec: str) -> list[StoreFile]:
    rev, _, path = spec.partition(":")
    kind = _git(["cat-file", "-t", f"{rev}:{path}"], spec).strip()
    if kind == "tree":
        names = _git(["ls-tree", "--name-only", f"{rev}:{path}"], spec).split()
        paths = [f"{path.rstrip('/')}/{n}" for n in names if n.endswith(".yaml")]
    else:
        paths = [path]
    store_files = []
    for item in paths:
        text = _git(["show", f"{rev}:{item}"], spec)
        store_files.append(StoreFile.model_validate(load_yaml(text, f"{rev}:{item}")))
    return store_files


def load_side(spec: str) -> list[StoreFile]:
    path = Path(spec)
    if path.is_dir():
        return [load_file(p) for p in sorted(path.glob("*.yaml")) if not p.name.startswith(".")]
    if path.is_file():
        return [load_file(path)]
    if ":" in spec and not path.exists():
        return _load_git(spec)
    raise InputError("no such file, folder or git revision", spec)


def _same(before: Any, after: Any) -> bool:
    """Equal, or texts that differ only by their spacing and line breaks (a re-wrapped
    paragraph is not a change)."""
    if before == after:
        return True
    if isinstance(before, str) and isinstance(after, str):
        return before.split() == after.split()
    return False


def _changes(old: dict, new: dict, prefix: str = "") -> list[Change]:
    changes: list[Change] = []
    for key in list(old) + [k for k in new if k not in old]:
        name = f"{prefix}{key}"
        before, after = old.get(key), new.get(key)
        if _same(before, after):
            continue
        if isinstance(before, dict) and isinstance(after, dict) and key in ("sections", "fields"):
            changes.extend(_changes(before, after, f"{name}."))
        else:
            changes.append(Change(name, before, after))
    return changes


def _content(record: dict) -> str:
    text = " ".join(str(v) for v in (record.get("sections") or {}).values())
    return f"{record.get('title', '')} {text[:800]}"


def match_renames(old: dict[str, dict], new: dict[str, dict], threshold: float = 80) -> list[tuple[str, str]]:
    """Pairs (old id, new id) of records that are the same by content under another id: the
    best match of each other, clearly ahead of the runner-up."""
    from rapidfuzz import fuzz, process

    gone = sorted(rid for rid in old if rid not in new)
    arrived = sorted(rid for rid in new if rid not in old)
    if not gone or not arrived:
        return []
    gone_text = [_content(old[o]) for o in gone]
    arrived_text = [_content(new[n]) for n in arrived]
    pairs = []
    for o, text in zip(gone, gone_text, strict=True):
        ranked = process.extract(text, arrived_text, scorer=fuzz.token_set_ratio, limit=2)
        _, score, index = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if score < threshold or score - runner_up < 8:
            continue
        back = process.extractOne(arrived_text[index], gone_text, scorer=fuzz.token_set_ratio)
        if back is not None and gone[back[2]] == o:
            pairs.append((o, arrived[index]))
    return pairs


def diff_records(old: dict[str, dict], new: dict[str, dict]) -> Diff:
    result = Diff()
    renames = match_renames(old, new)
    renamed_old = {o for o, _ in renames}
    renamed_new = {n for _, n in renames}
    result.added = sorted(rid for rid in new if rid not in old and rid not in renamed_new)
    result.removed = sorted(rid for rid in old if rid not in new and rid not in renamed_old)
    for o, n in renames:
        result.renamed.append((o, n, [c for c in _changes(old[o], new[n]) if c.field != "id"]))
    for rid in sorted(set(old) & set(new)):
        changes = _changes(old[rid], new[rid])
        if changes:
            result.changed[rid] = changes
    return result


def diff_documents(old: dict[str, dict], new: dict[str, dict]) -> dict[str, list[Change]]:
    """Changes of the documents present on both sides (a document added or removed shows
    through its records)."""
    found = {}
    for did in sorted(set(old) & set(new)):
        changes = _changes(old[did], new[did])
        if changes:
            found[did] = changes
    return found


def diff_store_files(old: list[StoreFile], new: list[StoreFile], positions: bool = False) -> Diff:
    result = diff_records(_records_of(old, positions), _records_of(new, positions))
    result.documents = diff_documents(_documents_of(old), _documents_of(new))
    return result


def diff(old_spec: str, new_spec: str, positions: bool = False) -> Diff:
    return diff_store_files(load_side(old_spec), load_side(new_spec), positions)


def word_diff(old: str, new: str, context: int = 6) -> list[str]:
    """The changed words of a long text in their context, one hunk a string, old words in
    `[-…-]` and new ones in `{+…+}` (wdiff's notation): a paragraph added or a typo fixed reads
    as such, not as two whole sections."""
    from difflib import SequenceMatcher

    a, b = old.split(), new.split()
    hunks = []
    for group in SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(context):
        parts: list[str] = []
        first, last = group[0], group[-1]
        if first[1] > 0:
            parts.append("…")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                parts.append(" ".join(a[i1:i2]))
                continue
            if i2 > i1:
                parts.append("[-" + " ".join(a[i1:i2]) + "-]")
            if j2 > j1:
                parts.append("{+" + " ".join(b[j1:j2]) + "+}")
        if last[2] < len(a):
            parts.append("…")
        hunks.append(" ".join(p for p in parts if p))
    return hunks
