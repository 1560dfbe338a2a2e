"""Differences between two ingestions: records added, removed, and changed field by field.

Each side is a folder of structured YAML, one YAML file, or `REV:PATH` read from git (a file
or a folder at that revision), so `ccas diff HEAD:data/structured data/structured` shows what
an ingest changed before it is committed.
"""

from __future__ import annotations

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

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.renamed)

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
        }


def _records_of(store_files: list[StoreFile]) -> dict[str, dict]:
    """Records by id, without the source file's hash: it belongs to the document, and a
    one-word correction must show as one change, not as a change to every record."""
    records: dict[str, dict] = {}
    for store_file in store_files:
        for record in store_file.records:
            data = record.model_dump(mode="json")
            data["source"].pop("sha256", None)
            for line in data.get("budget_lines", []):
                line["source"].pop("sha256", None)
            records[record.id] = data
    return records


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


def _changes(old: dict, new: dict, prefix: str = "") -> list[Change]:
    changes: list[Change] = []
    for key in list(old) + [k for k in new if k not in old]:
        name = f"{prefix}{key}"
        before, after = old.get(key), new.get(key)
        if before == after:
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


def diff(old_spec: str, new_spec: str) -> Diff:
    return diff_records(_records_of(load_side(old_spec)), _records_of(load_side(new_spec)))


def diff_store_files(old: list[StoreFile], new: list[StoreFile]) -> Diff:
    return diff_records(_records_of(old), _records_of(new))
