"""`ccas validate`: check a structured folder and report every problem found.

Errors make the data untrustworthy (a file that does not load, a duplicate id, a total that is
not the sum of its counted lines, a source whose raw file changed since ingest); warnings are
curation work (partners or directions no reference file knows yet, overrides to resolve).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CcasError
from .models import Action, StoreFile
from .normalize.budget import total_of
from .store import iter_files, load_file


@dataclass(frozen=True)
class Issue:
    severity: str  # error | warning
    code: str
    message: str
    file: str
    record: str | None = None


@dataclass
class Report:
    files: int = 0
    records: int = 0
    issues: list[Issue] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    def valid(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)


def validate(directory: Path, raw_dir: Path | None = None) -> Report:
    report = Report()
    seen: dict[str, str] = {}
    for path in iter_files(directory):
        report.files += 1
        try:
            store_file = load_file(path)
        except CcasError as exc:
            report.issues.append(Issue("error", "invalid-file", exc.one_line(), str(path)))
            continue
        report.records += len(store_file.records)
        _check_records(store_file, path, seen, report)
        _check_overrides(store_file, path, report)
        _check_source(store_file, path, raw_dir, report)
    return report


def _check_records(store_file: StoreFile, path: Path, seen: dict[str, str], report: Report) -> None:
    for record in store_file.records:
        if record.id in seen:
            report.issues.append(
                Issue("error", "duplicate-id", f"id also used in {seen[record.id]}", str(path), record.id)
            )
        seen.setdefault(record.id, str(path))
        if isinstance(record, Action):
            expected = total_of(record.budget_lines)
            if record.budget_total_eur != expected:
                report.issues.append(
                    Issue(
                        "error",
                        "budget-total",
                        f"budget_total_eur is {record.budget_total_eur}, its counted lines add up to {expected}",
                        str(path),
                        record.id,
                    )
                )
            if record.direction is None:
                report.issues.append(
                    Issue(
                        "warning",
                        "direction-unresolved",
                        f"no direction ({record.direction_note})",
                        str(path),
                        record.id,
                    )
                )
            elif record.direction_note and "matches no known direction" in record.direction_note:
                report.issues.append(
                    Issue("warning", "direction-unresolved", record.direction_note, str(path), record.id)
                )
        for name in record.partners_unresolved:
            report.issues.append(
                Issue(
                    "warning",
                    "partner-unresolved",
                    f"'{name}' is in no alias of data/reference/partners.yaml",
                    str(path),
                    record.id,
                )
            )


def _check_overrides(store_file: StoreFile, path: Path, report: Report) -> None:
    """Overrides that no longer apply (their record is gone) or whose source changed since
    they were written: the maintainer's to resolve, one line each (`--strict` fails on them)."""
    for warning in store_file.document.warnings:
        if warning.code in ("override-orphan", "override-conflict"):
            report.issues.append(Issue("warning", warning.code, warning.message, str(path)))


def _check_source(store_file: StoreFile, path: Path, raw_dir: Path | None, report: Report) -> None:
    document = store_file.document
    if raw_dir is None:
        return
    raw = raw_dir / document.file
    if not raw.exists():
        report.issues.append(
            Issue("warning", "source-missing", f"source file {raw} is not in {raw_dir}", str(path))
        )
        return
    digest = hashlib.sha256(raw.read_bytes()).hexdigest()
    if digest != document.sha256:
        report.issues.append(
            Issue(
                "error",
                "source-changed",
                f"{raw} changed since it was ingested (sha256 {digest[:12]}…, stored {document.sha256[:12]}…): "
                "run `ccas ingest`",
                str(path),
            )
        )
