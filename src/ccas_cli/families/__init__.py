"""Document families: one module each, registered by importing it here."""

from __future__ import annotations

from . import ccas_plan, odas_recueil  # noqa: F401  (importing registers each family)
from .registry import FAMILIES, Family, ParseResult, detect_family

__all__ = ["FAMILIES", "Family", "ParseResult", "detect_family"]
