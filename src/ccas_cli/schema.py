"""JSON Schemas of the models, written to schemas/ by `ccas schema`."""

from __future__ import annotations

import json
from pathlib import Path

from .models import SCHEMA_MODELS
from .yamlio import atomic_write_text


def schema_texts() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(
            model.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True
        )
        + "\n"
        for name, model in SCHEMA_MODELS.items()
    }


def write_schemas(directory: Path) -> list[Path]:
    written = []
    for name, text in schema_texts().items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write_text(path, text)
        written.append(path)
    return written
