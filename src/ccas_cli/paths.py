"""Where the data lives; light enough for every command to import at start-up."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA = Path("data") / "structured"


def data_dir(explicit: Path | None = None) -> Path:
    """--data, else $CCAS_DATA, else data/structured under the current directory."""
    if explicit is not None:
        return explicit
    env = os.environ.get("CCAS_DATA")
    return Path(env) if env else DEFAULT_DATA
