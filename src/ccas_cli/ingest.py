"""The ingest pipeline: raw file → Source → family parser → validated records → YAML store."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn

from .errors import CcasError, InputError, StoreError, UsageError
from .extract import read_sample, read_source
from .families import FAMILIES, Detection, ParseResult, detect
from .families.base import DocumentInfo
from .families.generic import has_structure
from .models import Document, ParseWarning, StoreFile
from .normalize.text import slugify
from .normalize.themes import tag as tag_themes
from .overrides import apply_overrides, load_overrides
from .query.index_rows import FileRows
from .store import render, save_text, store_path
from .yamlio import atomic_write_text, load_yaml, load_yaml_file

MANIFEST = Path("data") / "raw" / "manifest.yaml"


@dataclass
class ManifestEntry:
    id: str
    title: str
    publisher: str | None
    year: int | None
    kind: str
    file: Path
    sha256: str | None
    territory: dict | None = None


@dataclass
class IngestOutcome:
    """What ingesting one file gives, holding its YAML text and a summary, not its records:
    ingesting thousands of documents at once keeps a few hundred KB per document, not its models
    (about 5x the text)."""

    path: Path
    document: Document | None  # None when skipped
    target: Path
    changed: bool  # the stored YAML differs (or does not exist yet)
    written: bool
    skipped: str | None = None  # the manifest kind that has no parser yet
    text: str | None = None  # the YAML as it will be written
    kinds: dict[str, int] = field(default_factory=dict)  # records by kind (fiche, action…)
    discarded: list[str] = field(default_factory=list)  # hand edits `--force` overwrote
    field_digests: dict = field(default_factory=dict)  # what is written, field by field (hashes)
    # the query index's rows of `text`, computed from the records parsed, held compressed (a
    # quarter of the text's size) until `write` adds them to the index
    packed_rows: bytes | None = None

    @property
    def index_rows(self) -> FileRows | None:
        if self.packed_rows is None:
            return None
        import pickle
        import zlib

        return pickle.loads(zlib.decompress(self.packed_rows))  # our own bytes, never read from disk

    @property
    def store_file(self) -> StoreFile | None:
        """The records, parsed again from the text (for diffs and checks; not kept)."""
        if self.text is None:
            return None
        from .store import parse_store_file

        return parse_store_file(load_yaml(self.text, self.target), self.target)

    @property
    def records(self) -> int:
        return sum(self.kinds.values())


def load_manifest(path: Path = MANIFEST) -> list[ManifestEntry]:
    if not path.exists():
        raise InputError("no manifest: pass the files to ingest, or run from the repository root", path)
    data = load_yaml_file(path) or {}
    entries = []
    for item in data.get("documents", []):
        try:
            entries.append(
                ManifestEntry(
                    id=item["id"],
                    title=item["title"],
                    publisher=item.get("publisher"),
                    year=item.get("year"),
                    kind=item["kind"],
                    file=path.parent / item["file"],
                    sha256=item.get("sha256"),
                    territory=item.get("territory"),
                )
            )
        except KeyError as exc:
            raise InputError(f"manifest entry without '{exc.args[0]}'", path) from None
    return entries


def _manifest_entry_for(path: Path, manifest: list[ManifestEntry]) -> ManifestEntry | None:
    resolved = path.resolve()
    for entry in manifest:
        if entry.file.resolve() == resolved:
            return entry
    return None


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; directories contribute their documents (sorted, hidden files skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and not p.name.startswith(".")
                and p.suffix.lower() in {".txt", ".md", ".pdf", ".html", ".htm", ".docx", ".odt"}
            )
            if not found:
                raise InputError("directory holds no document to ingest (.txt, .md, .html, .pdf)", path)
            files.extend(found)
        else:
            files.append(path)
    return files


def parse_file(
    path: Path, kind: str | None = None, entry: ManifestEntry | None = None, progress=None
) -> ParseResult:
    if kind is not None and kind not in FAMILIES:
        raise UsageError(f"unknown --kind '{kind}' (known: {', '.join(sorted(FAMILIES))})")
    kind = kind or (entry.kind if entry else None)
    detection: Detection | None = None
    if kind is None:
        # A text is told from its opening before the rest is read: a large file that is no
        # document is refused at the cost of its first megabyte.
        sample = read_sample(path)
        if sample is not None:
            detection = detect(sample)
            if detection.family is None and not has_structure(sample):
                _not_a_document(path)
    source = read_source(path, progress)
    if kind is None and detection is None:
        detection = detect(source)
        if detection.family is None and not has_structure(source):
            _not_a_document(path)
    if kind is not None:
        family = FAMILIES.get(kind)
        if family is None:
            raise InputError(
                f"no parser for kind '{kind}' yet (available: {', '.join(sorted(FAMILIES))})", path
            )
    else:
        assert detection is not None
        family = detection.family or FAMILIES["generic"]
    if entry is not None:
        info = DocumentInfo(entry.id, entry.title, family.kind, entry.publisher, entry.year, entry.file.name)
    else:
        info = DocumentInfo(slugify(path.stem, 60), path.stem, family.kind, None, None, path.name)
    from .normalize.entities import Territory, in_territory

    with in_territory(Territory.from_manifest(entry.territory if entry else None)):
        tried = (
            _read_to_decide(source, info, detection)
            if kind is None and detection is not None and detection.family is None
            else None
        )
        if tried is not None:
            family, result = tried
            info = replace(info, kind=family.kind)
        else:
            result = family.parse(source, info)
        tag_themes(result.records)
    if not result.records:
        # A family that finds nothing where it was chosen is an error, never an empty file.
        raise InputError(f"read as {family.kind}, no record found: {family.description} expected", path)
    result.records, override_warnings = apply_overrides(result.document.id, result.records)
    result.document.warnings.extend(override_warnings)
    for code, message in source.notes:
        result.document.warnings.insert(0, ParseWarning(code=code, message=message))
    if detection is not None:
        code = "detected" if detection.family is not None or family.kind != "generic" else "generic-fallback"
        if detection.family is None and family.kind != "generic":
            message = (
                f"detected as {family.kind} by reading it: {detection.explain()}; as {family.kind} "
                f"it gives {len(result.records)} records with their key fields"
            )
        else:
            message = detection.explain() + ("" if detection.family else "; read as generic sections")
        result.document.warnings.insert(0, ParseWarning(code=code, message=message))
    return result


def _read_to_decide(source, info: DocumentInfo, detection: Detection):
    """A document no family is sure of (score below the threshold) is read by the likely ones,
    best score first: the first whose reading finds its genre's records with their key fields
    (`reads_well`) is kept; else None (the caller keeps generic)."""
    from .families.registry import TRIAL_THRESHOLD, reads_well

    for kind, score in detection.ranked[:3]:
        if score < TRIAL_THRESHOLD:
            break
        try:
            result = FAMILIES[kind].parse(source, replace(info, kind=kind))
        except CcasError:
            continue
        if result.records and reads_well(kind, result):
            return FAMILIES[kind], result
    return None


def _not_a_document(path: Path) -> NoReturn:
    raise InputError(
        "not a document ccas can read: no heading, labelled field or list in its opening "
        f"(known kinds: {', '.join(sorted(FAMILIES))}; choose one with --kind)",
        path,
    )


def prepare(
    paths: list[Path] | None,
    out: Path,
    kind: str | None = None,
    manifest_path: Path = MANIFEST,
    progress: Callable[[Path, int, int], None] | None = None,
    renumber: bool = False,
    entries: dict[Path, ManifestEntry] | None = None,
    index: bool = True,
) -> list[IngestOutcome]:
    """Parse every file, compare with what is stored; write nothing (`index`: compute the query
    index rows `write` adds to the index). `entries` names the
    manifest entry of a file outside the manifest (a new edition read `--as` a document).

    A record renamed by an updated document keeps its stored id when its content says,
    unambiguously, that it is the same record (`renumber=True` gives it its new id).
    """
    manifest = load_manifest(manifest_path) if (not paths or manifest_path.exists()) else []
    if paths:
        files = expand_paths(paths)
        # a manifest next to the files (a copied data/raw/ folder) names them too
        for folder in sorted({p.parent.resolve() for p in files}):
            beside = folder / "manifest.yaml"
            if beside.exists() and beside.resolve() != manifest_path.resolve():
                manifest = [*manifest, *load_manifest(beside)]
        targets = [(p, (entries or {}).get(p) or _manifest_entry_for(p, manifest)) for p in files]
    else:
        targets = [(e.file, e) for e in manifest]
    skipped = [(p, e) for p, e in targets if not kind and e is not None and e.kind not in FAMILIES]
    targets = [t for t in targets if t not in skipped]
    seen: dict[str, Path] = {}
    outcomes = []
    for path, entry in targets:
        # One document at a time: parsed, rendered, compared, then only its text is kept.
        on_page = (lambda done, total, path=path: progress(path, done, total)) if progress else None
        result = parse_file(path, kind, entry, on_page)
        records = sorted(result.records, key=lambda r: (r.source.lines[0], r.id))
        store_file = StoreFile(document=result.document, records=records)
        doc_id = store_file.document.id
        if doc_id in seen:
            raise InputError(f"same document id '{doc_id}' as {seen[doc_id]}", path)
        seen[doc_id] = path
        target = store_path(out, store_file.document.id)
        text = render(store_file)
        stored = target.read_bytes() if target.exists() else None
        renamed = stored is not None and stored != text.encode("utf-8") and not renumber
        if renamed and _keep_ids(store_file, target):
            text = render(store_file)
        if stored is not None and stored != text.encode("utf-8") and _conflicts(store_file, target):
            text = render(store_file)
        if entry is None and stored is None and (resembled := _resembles(store_file, out)) is not None:
            other, shared = resembled
            store_file.document.warnings.append(
                ParseWarning(
                    code="resembles",
                    message=f"{shared} of its {len(store_file.records)} records have the titles of stored "
                    f"document '{other}': if it is that document's new edition, run "
                    f"`ccas ingest {path} --as {other}` instead",
                )
            )
            text = render(store_file)
        changed = stored is None or stored != text.encode("utf-8")
        kinds = Counter[str](r.kind if r.type == "initiative" else r.type for r in records)
        outcomes.append(
            IngestOutcome(
                path,
                store_file.document,
                target,
                changed,
                written=False,
                text=text,
                kinds=dict(kinds),
                field_digests=_field_digests(store_file),
                packed_rows=_index_rows(store_file, text) if index else None,
            )
        )
    for path, entry in skipped:
        outcomes.append(
            IngestOutcome(path, None, store_path(out, entry.id), False, False, skipped=entry.kind)
        )
    return outcomes


def _resembles(store_file: StoreFile, out: Path) -> tuple[str, int] | None:
    """The stored document whose record ids (titles) a new document mostly shares: (its id,
    how many). Read from the stored files' id lines, without loading them."""
    import re

    mine = {r.id.split("/", 1)[-1] for r in store_file.records}
    if len(mine) < 3 or not out.is_dir():
        return None
    best: tuple[str, int] | None = None
    for path in sorted(out.glob("*.yaml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        ids = re.findall(r"^- id: ['\"]?([^/\s'\"]+)/(\S+?)['\"]?$", text, re.M)
        if not ids or ids[0][0] == store_file.document.id:
            continue
        shared = len(mine & {slug for _, slug in ids})
        if shared * 2 >= len(mine) and (best is None or shared > best[1]):
            best = (ids[0][0], shared)
    return best


def _keep_ids(store_file: StoreFile, target: Path) -> bool:
    from .query.diff import match_renames
    from .store import load_file

    try:
        old = {r.id: r.model_dump(mode="json") for r in load_file(target).records}
    except CcasError:
        return False  # an unreadable stored file cannot vouch for ids; validate reports it
    new = {r.id: r.model_dump(mode="json") for r in store_file.records}
    renames = match_renames(old, new)
    for old_id, new_id in renames:
        record = next(r for r in store_file.records if r.id == new_id)
        record.id = old_id
        store_file.document.warnings.append(
            ParseWarning(code="renamed", message=f"'{new_id}' keeps its former id '{old_id}' (same content)")
        )
    _follow_renames(store_file, {old_id for old_id, _ in renames})
    return bool(renames)


def _follow_renames(store_file: StoreFile, restored: set[str]) -> None:
    """Overrides of records that kept their former id apply to them (they were parsed under
    their new id, which no override names): an override follows its record through a rename."""
    overrides = {k: v for k, v in load_overrides().items() if k in restored}
    if not overrides:
        return
    store_file.records, warnings = apply_overrides(store_file.document.id, store_file.records, overrides)
    store_file.document.warnings = [
        w
        for w in store_file.document.warnings
        if not (w.code == "override-orphan" and any(f"'{rid}'" in w.message for rid in overrides))
    ] + warnings


def _conflicts(store_file: StoreFile, target: Path) -> bool:
    """Warn of overridden fields whose source changed since the last ingest."""
    from .overrides import override_conflicts
    from .store import load_file

    if not any(r.overridden for r in store_file.records):
        return False
    try:
        stored = load_file(target).records
    except CcasError:
        return False
    warnings = override_conflicts(stored, store_file.records)
    store_file.document.warnings.extend(warnings)
    return bool(warnings)


def edition_entry(
    path: Path, document_id: str, manifest_path: Path = MANIFEST, year: int | None = None
) -> ManifestEntry:
    """The manifest entry FILE takes as the new edition of `document_id`: the same id, title,
    publisher and territory, the raw file named as before (with FILE's suffix), `year` if given.
    Nothing is written."""
    if not path.is_file():
        raise InputError("no such file", path)
    manifest = load_manifest(manifest_path)
    entry = next((e for e in manifest if e.id == document_id), None)
    if entry is None:
        known = ", ".join(e.id for e in manifest)
        raise UsageError(f"--as '{document_id}': no such document in {manifest_path} (documents: {known})")
    target = entry.file.with_suffix(path.suffix.lower()) if path.suffix else entry.file
    return replace(entry, file=target, year=year if year is not None else entry.year)


def adopt_edition(path: Path, entry: ManifestEntry, manifest_path: Path = MANIFEST) -> None:
    """Copy FILE over the document's raw file (the previous edition stays in git history) and
    give the manifest entry its sha256 (and year): the next plain `ccas ingest` reads it."""
    data = path.read_bytes()
    previous = next((e.file for e in load_manifest(manifest_path) if e.id == entry.id), None)
    if path.resolve() != entry.file.resolve():
        _atomic_write_bytes(entry.file, data)
    if previous is not None and previous != entry.file and previous.exists():
        previous.unlink()  # the previous edition in another format: git keeps it
    _update_manifest(manifest_path, entry.id, file=entry.file.name, sha256=_digest(data), year=entry.year)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    import os
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _update_manifest(path: Path, document_id: str, **values: object) -> None:
    """Set fields of one manifest entry in place, keeping the file's comments and layout."""
    import re

    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(
        (
            n
            for n, line in enumerate(lines)
            if re.match(rf"^\s*-\s+id:\s*['\"]?{re.escape(document_id)}['\"]?\s*$", line)
        ),
        None,
    )
    if start is None:
        raise StoreError(f"cannot find the entry '{document_id}' to update", path)
    indent = len(lines[start]) - len(lines[start].lstrip(" -"))
    end = next(
        (
            n
            for n in range(start + 1, len(lines))
            if re.match(r"^\s*-\s", lines[n]) or (lines[n] and not lines[n].startswith(" "))
        ),
        len(lines),
    )
    for key, value in values.items():
        if value is None:
            continue
        shown = str(value)
        found = next((n for n in range(start, end) if re.match(rf"^\s*(?:-\s+)?{key}:", lines[n])), None)
        if found is not None:
            head = re.match(rf"^(\s*(?:-\s+)?{key}:)", lines[found])
            assert head is not None
            lines[found] = f"{head[1]} {shown}"
        else:
            lines.insert(end, f"{' ' * indent}{key}: {shown}")
            end += 1
    atomic_write_text(path, "\n".join(lines))


STATE_FILE = ".ccas-state.json"


FIELDS_KEY = "_fields"  # file name → record id → field → hash of the value ccas wrote


def _state(out: Path) -> dict:
    path = out / STATE_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _field_digests(store_file: StoreFile) -> dict:
    """A short hash of each field of each record, as written: enough to name what a hand edit
    changed later without keeping a copy of the file. {"fields": [names], "records": {id:
    8 hex digits a field, in that order, "-" for a field the record has not}}."""
    dumps = [(r.id, r.model_dump(mode="json")) for r in store_file.records]
    names = sorted({name for _, data in dumps for name in data})
    records = {}
    for rid, data in dumps:
        records[rid] = "".join(
            _digest(json.dumps(data[n], sort_keys=True, ensure_ascii=False).encode("utf-8"))[:8]
            if n in data
            else "-" * 8
            for n in names
        )
    return {"fields": names, "records": records}


def _unpack(digests: dict) -> dict[str, dict[str, str]]:
    names = digests.get("fields", [])
    return {
        rid: {n: packed[8 * k : 8 * k + 8] for k, n in enumerate(names)}
        for rid, packed in digests.get("records", {}).items()
    }


def hand_edits(outcome: IngestOutcome, out: Path) -> list[str]:
    """What was edited by hand in a stored file since ccas wrote it: "id: field, field",
    "id: added by hand", "id: removed by hand" — compared with what ccas last wrote, not with
    the new parse. Empty when ccas has no record of what it wrote."""
    from .store import load_file

    recorded = _state(out).get(FIELDS_KEY, {}).get(outcome.target.name)
    if not recorded:
        return []
    written = _unpack(recorded)
    try:
        now = _unpack(_field_digests(load_file(outcome.target)))
    except CcasError as exc:
        return [f"the file no longer loads ({exc.one_line()})"]
    found = []
    for rid, fields in now.items():
        before = written.get(rid)
        if before is None:
            found.append(f"{rid}: added by hand")
            continue
        changed = sorted(n for n in set(fields) | set(before) if fields.get(n) != before.get(n))
        if changed:
            found.append(f"{rid}: {', '.join(changed)}")
    found += [f"{rid}: removed by hand" for rid in written if rid not in now]
    return found


def hand_edited(outcomes: list[IngestOutcome], out: Path) -> list[IngestOutcome]:
    """Stored files changed since ccas last wrote them (their hash is recorded at each write)."""
    state = _state(out)
    edited = []
    for outcome in outcomes:
        recorded = state.get(outcome.target.name)
        if outcome.document is None or not outcome.changed or recorded is None or not outcome.target.exists():
            continue
        if _digest(outcome.target.read_bytes()) != recorded:
            edited.append(outcome)
    return edited


def write(outcomes: list[IngestOutcome], out: Path, force: bool = False) -> None:
    """Write the changed files, each atomically, under a lock on the folder.

    A file edited by hand since the last ingest is not overwritten without `force`: the
    corrections belong in data/reference/overrides.yaml, where they survive re-ingestion.
    """
    from .store import folder_lock

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the output folder: {exc.strerror or exc}", out) from None
    with folder_lock(out):
        for outcome in hand_edited(outcomes, out):
            edits = hand_edits(outcome, out)
            if force:
                outcome.discarded = edits or [
                    "edits not recorded field by field (file written before this ccas)"
                ]
                continue
            if edits:
                shown = "; ".join(edits[:5]) + (f"; and {len(edits) - 5} more" if len(edits) > 5 else "")
                detail = f" ({shown})"
            else:
                detail = _differing_records(outcome)
            raise StoreError(
                f"edited by hand since the last ingest{detail}; put corrections in "
                "data/reference/overrides.yaml, or pass --force to overwrite",
                outcome.target,
            )
        state = _state(out)
        fields = state.setdefault(FIELDS_KEY, {})
        for outcome in outcomes:
            if outcome.document is not None and outcome.changed and outcome.text is not None:
                save_text(outcome.target, outcome.text)
                outcome.written = True
            if outcome.document is not None and outcome.target.exists():
                state[outcome.target.name] = _digest(outcome.target.read_bytes())
                if outcome.written or outcome.target.name not in fields:
                    fields[outcome.target.name] = outcome.field_digests
        atomic_write_text(out / STATE_FILE, json.dumps(state, indent=2, sort_keys=True) + "\n")
    _index(outcomes)


def _index_rows(store_file: StoreFile, text: str) -> bytes:
    import pickle
    import zlib

    from .query.index_rows import rows_of

    rows = rows_of(store_file, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return zlib.compress(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _index(outcomes: list[IngestOutcome]) -> None:
    """The query index updated from the records just parsed (written or unchanged), so that the
    first query after an ingest finds it ready, without parsing the YAML ingest wrote."""
    from .query.index import index_store_files

    by_store: dict[Path, list[IngestOutcome]] = {}
    for outcome in outcomes:
        if outcome.document is not None and outcome.packed_rows is not None:
            by_store.setdefault(outcome.target.parent, []).append(outcome)
    for store, held in by_store.items():
        # unpacked one document at a time, as the index takes them
        index_store_files(store, ((o.target, o.index_rows) for o in held))


def _differing_records(outcome: IngestOutcome) -> str:
    """Without a record of what ccas wrote: the records that differ from the new parse."""
    from .query.diff import diff_store_files
    from .store import load_file

    try:
        new = outcome.store_file
        assert new is not None  # outcomes that hold no text are never written
        changed = diff_store_files([load_file(outcome.target)], [new])
    except CcasError:
        return ""
    ids = [*changed.changed, *changed.added, *changed.removed][:5]
    return f" (records that differ from the new parse: {', '.join(ids)})" if ids else ""


def ingest(
    paths: list[Path] | None,
    out: Path,
    kind: str | None = None,
    dry_run: bool = False,
    manifest_path: Path = MANIFEST,
    force: bool = False,
    renumber: bool = False,
) -> list[IngestOutcome]:
    """Parse every file first, then write: a bad file leaves the store untouched."""
    outcomes = prepare(paths, out, kind, manifest_path, renumber=renumber, index=not dry_run)
    if not dry_run:
        write(outcomes, out, force=force)
    return outcomes


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
