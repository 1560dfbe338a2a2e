"""Maintainers' corrections (data/reference/overrides.yaml), applied after every parse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from .errors import StoreError
from .models import AnyRecord, ParseWarning
from .reference import load_reference, reference_dir

PROTECTED = {"id", "type", "document", "source", "overridden"}


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
            data[name] = value
            applied.append(name)
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
