"""Scoring the edition workflow against editions written by hand: `tests/editions/<name>/`
holds `edition1.txt`, `edition2.txt` (the same document reissued, with editorial changes) and
`changes.yaml` (every change, by record and field, and what is *not* a change: re-wrapped
paragraphs, shifted page numbers, records that only moved).

    python -m tests.editions        # recall and precision of each edition's diff

The workflow is the maintainer's: edition 1 ingested from a manifest, edition 2 ingested
`--as` the same document, the store before and after compared with `ccas diff`.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from ccas_cli.normalize.text import fold
from ccas_cli.yamlio import load_yaml

EDITIONS = Path(__file__).parent / "editions"
KINDS = {"plan": "ccas-plan", "recueil": "odas-recueil"}
# A record field the diff may report along with a changed field it is derived from: the same
# change seen twice, not a false one (the printed text of a labelled field — `responsable`,
# `budget_text`, its `sections.<label>` — changes with the value read from it).
LABELLED = {"budget_total_eur", "partners", "direction", "porteur", "status", "year", "contact"}
DERIVED = {
    "budget_total_eur": {"budget_lines", "budget_text"},
    "partners": {"partners_unresolved", "funders"},
    "text": {"themes", "data_inclusion_thematiques", "budget_lines", "years"},
    "title": {"themes", "data_inclusion_thematiques"},
    "departement": {"departement_code", "departement_raw", "themes"},
    "direction": {"direction_note", "co_directions", "responsable"},
    "theme_label": {"themes", "data_inclusion_thematiques"},
    "contact": {"contacts"},
    "year": {"period"},
}


@dataclass
class Score:
    name: str
    expected: int = 0
    found: int = 0
    reported: int = 0
    real: int = 0
    moved_reported: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    document_changes: int = 0
    renamed_kept_id: bool = True

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.reported if self.reported else 1.0


def workspace(name: str, root: Path) -> tuple[Path, Path, str]:
    """A raw folder with edition 1 in its manifest, and an empty store: (raw, store, id)."""
    raw, store = root / "raw", root / "structured"
    raw.mkdir(parents=True)
    shutil.copy(EDITIONS / name / "edition1.txt", raw / f"{name}.txt")
    doc_id = f"{name}-edition"
    (raw / "manifest.yaml").write_text(
        f'documents:\n  - id: {doc_id}\n    title: "{name}"\n    kind: {KINDS[name]}\n    file: {name}.txt\n',
        encoding="utf-8",
    )
    return raw, store, doc_id


def run_edition(name: str, root: Path) -> tuple[dict, dict, dict]:
    """(records of edition 1 by id, records after `--as` by id, the diff as JSON)."""
    from ccas_cli.ingest import adopt_edition, edition_entry, ingest, prepare, write
    from ccas_cli.query.diff import diff
    from ccas_cli.store import load_store

    raw, store, doc_id = workspace(name, root)
    manifest = raw / "manifest.yaml"
    ingest(None, store, manifest_path=manifest)
    before = root / "before"
    shutil.copytree(store, before)
    new_file = EDITIONS / name / "edition2.txt"
    entry = edition_entry(new_file, doc_id, manifest)
    outcomes = prepare([new_file], store, manifest_path=manifest, entries={new_file: entry})
    write(outcomes, store)
    adopt_edition(new_file, entry, manifest)
    old = {r.id: r for f in load_store(before) for r in f.records}
    new = {r.id: r for f in load_store(store) for r in f.records}
    return old, new, diff(str(before), str(store)).as_json()


def _id_of(title: str, records: dict) -> str | None:
    key = fold(title)
    best = max(records.values(), key=lambda r: fuzz.ratio(fold(r.title), key), default=None)
    return best.id if best is not None and fuzz.ratio(fold(best.title), key) >= 85 else None


def _field_matches(want: str, got: str) -> bool:
    if want == "text":
        return got.startswith("sections.")
    if want == "contact":
        return got == "contacts"
    return got == want


def score(name: str, root: Path) -> Score:
    truth = load_yaml((EDITIONS / name / "changes.yaml").read_text(encoding="utf-8"), name)
    old, new, result = run_edition(name, root)
    result_score = Score(name)
    reported: dict[str, list[str]] = {}
    for item in result["changed"]:
        reported.setdefault(item["id"], []).extend(c["field"] for c in item["changes"])
    for item in result["renamed"]:
        reported.setdefault(item["new"], []).extend(["title", *(c["field"] for c in item["changes"])])
    result_score.document_changes = sum(len(d["changes"]) for d in result["document_changes"])
    real: set[tuple[str, str]] = set()
    for change in truth["changes"]:
        result_score.expected += 1
        kind = change["kind"]
        if kind == "added":
            rid = _id_of(change["record"], new)
            hit = rid in result["added"]
        elif kind == "removed":
            rid = _id_of(change["record"], old)
            hit = rid in result["removed"]
        else:
            rid = _id_of(change["record"], old)
            renamed_to = next((r["new"] for r in result["renamed"] if r["old"] == rid), None)
            where = renamed_to or rid
            if kind == "renamed":
                result_score.renamed_kept_id &= rid in new
            fields = reported.get(where or "", [])
            want = "title" if kind == "renamed" else change["field"]
            hit = any(_field_matches(want, f) for f in fields)
            for f in fields:
                if (
                    _field_matches(want, f)
                    or f in DERIVED.get(want, set())
                    or (want in LABELLED and f.startswith("sections."))
                ):
                    real.add((where or "", f))
        if hit:
            result_score.found += 1
        else:
            result_score.misses.append(f"{kind} {change.get('field', '')}: {change['record']}")
    for rid, fields in reported.items():
        for f in fields:
            result_score.reported += 1
            if (rid, f) in real:
                result_score.real += 1
            else:
                result_score.false.append(f"{rid}: {f}")
    for title in truth.get("moved_only") or []:
        rid = _id_of(title, old)
        if rid in reported or rid in result["removed"]:
            result_score.moved_reported.append(title)
    return result_score


def main() -> None:
    import sys
    import tempfile

    for name in sorted(KINDS):
        with tempfile.TemporaryDirectory() as tmp:
            s = score(name, Path(tmp))
        print(
            f"{name}: recall {s.found}/{s.expected} ({s.recall:.0%}), precision {s.real}/{s.reported} "
            f"({s.precision:.0%}), moved reported {len(s.moved_reported)}, document changes {s.document_changes}, "
            f"renamed kept id {s.renamed_kept_id}"
        )
        if "-v" in sys.argv:
            for miss in s.misses:
                print(f"  miss: {miss}")
            for false in s.false:
                print(f"  not a change: {false}")
            for moved in s.moved_reported:
                print(f"  moved reported: {moved}")
        print(json.dumps({"recall": round(s.recall, 3), "precision": round(s.precision, 3)}))


if __name__ == "__main__":
    main()
