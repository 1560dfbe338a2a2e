"""Document families: one module each, registered by importing it here."""

from __future__ import annotations

from . import ccas_plan, experiments, generic, inspiraction, odas_recueil, web_page  # noqa: F401  (registers each)
from .registry import FAMILIES, Detection, Family, ParseResult, detect, detect_family

__all__ = ["FAMILIES", "Detection", "Family", "ParseResult", "detect", "detect_family"]
