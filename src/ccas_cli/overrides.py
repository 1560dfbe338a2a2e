"""Maintainers' corrections (data/reference/overrides.yaml), applied after every parse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from .errors import StoreError
from .models import AnyRecord, ParseWarning
from .reference import load_reference, reference_dir

PROTECTED = {"id", "type", "document", "source", "overridden", "overridden_from"}


def load_overrides() -> dict[str, dict[str, Any]]:
    path = reference_dir() / "overrides.yaml"
    if not path.exists():
        return {}
    data = load_reference("overrides") or {}
    overrides = data.get("overrides") or {}
    if not isinstance(overrides, dict) or not all(isinstance(v, dict) for v in overrides.values()):
        raise StoreError("overrides must map record ids to {field: value}", path)
    return overrides


def apply_overrides(
    document_id: str, records: Sequence[AnyRecord], overrides: dict[str, dict[str, Any]] | None = None
) -> tuple[list[AnyRecord], list[ParseWarning]]:
    """Records with their corrections, and a warning for each override that cannot apply."""
    overrides = load_overrides() if overrides is None else overrides
    warnings: list[ParseWarning] = []
    by_id = {r.id: i for i, r in enumerate(records)}
    result = list(records)
    for record_id, fields in sorted(overrides.items()):
        if not record_id.startswith(f"{document_id}/"):
            continue
        if record_id not in by_id:
            warnings.append(
                ParseWarning(
                    code="override-orphan",
                    message=f"overrides.yaml corrects '{record_id}', which this ingest no longer produces "
                    "(renamed or removed?): the correction is kept, unused",
                )
            )
            continue
        index = by_id[record_id]
        record = result[index]
        data = record.model_dump(mode="json")
        applied = []
        for name, value in fields.items():
            if name in PROTECTED or name not in type(record).model_fields:
                warnings.append(
                    ParseWarning(code="override-field", message=f"'{record_id}': cannot override '{name}'")
                )
                continue
            replaced = data.get(name)
            data[name] = value
            applied.append(name)
            data.setdefault("overridden_from", {})[name] = replaced
        data["overridden"] = sorted(applied)
        try:
            result[index] = type(record).model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise StoreError(
                f"override of '{record_id}' is invalid at {where}: {first['msg']}",
                reference_dir() / "overrides.yaml",
            ) from None
    return result, warnings


def override_conflicts(stored: Sequence[AnyRecord], parsed: Sequence[AnyRecord]) -> list[ParseWarning]:
    """Overridden fields whose parsed value changed since the override was written: the new
    edition says something else than what the override corrected. The override is kept (it
    still applies) and the conflict is reported at every ingest until the maintainer edits or
    removes the override."""
    before = {r.id: r for r in stored if r.overridden}
    warnings = []
    for record in parsed:
        if record.id not in before:
            continue
        for name in record.overridden:
            if name not in before[record.id].overridden_from:
                continue  # overridden since the last ingest: nothing to compare with yet
            old, new = before[record.id].overridden_from[name], record.overridden_from.get(name)
            value = getattr(record, name, None)
            if old != new and getattr(before[record.id], name, None) == value:
                # unresolved until the maintainer edits or removes the override: the value it
                # was written against stays its reference, so every ingest says it again
                record.overridden_from[name] = old
                warnings.append(
                    ParseWarning(
                        code="override-conflict",
                        message=f"'{record.id}' {name}: the source now says {_shown(new)} (it said "
                        f"{_shown(old)}); your override says {_shown(value)} — kept, check overrides.yaml",
                    )
                )
    return warnings


def _shown(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
