"""Document families: one module each, registered by importing it here."""

from __future__ import annotations

from . import ccas_plan, experiments, inspiraction, odas_recueil, web_page  # noqa: F401  (registers each)
from .registry import FAMILIES, Family, ParseResult, detect_family

__all__ = ["FAMILIES", "Family", "ParseResult", "detect_family"]
