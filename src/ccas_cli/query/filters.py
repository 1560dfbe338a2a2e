"""The common filters of every query command, with forgiving values.

Values are matched accent- and case-insensitively and tolerate small typos; each fuzzy value
says what it resolved to ("--departement gironde → Gironde"), and an ambiguous one lists its
candidates instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..normalize.text import fold

if TYPE_CHECKING:
    from .view import RecordLike

RECORD_TYPES = (
    "initiative",
    "action",
    "experiment",
    "sheet",
    "news",
    "section",
)  # as models.RECORD_TYPES (not imported: queries load no pydantic)

FUZZY_CUTOFF = 80
AMBIGUITY_GAP = 6


@dataclass
class Filters:
    type: str | None = None
    document: str | None = None
    theme: str | None = None
    departement: str | None = None
    chapter: int | None = None
    year: str | None = None  # "2010" or "2009..2012"
    partner: str | None = None
    funder: str | None = None  # who pays (an action's Financement), not any partner named
    direction: str | None = None
    status: str | None = None


def record_years(record: RecordLike) -> set[int]:
    years: set[int] = set()
    for name in ("year", "start_year"):
        value = getattr(record, name, None)
        if isinstance(value, int):
            years.add(value)
    for echeance in getattr(record, "echeances", ()):  # actions' deadlines
        years.update(echeance.years)
    for line in record.budget_lines:
        years.update(line.years)
    return years


def parse_years(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*(?:(?:\.\.|-|–|à)\s*(\d{4}))?\s*", value)
    if not match:
        raise UsageError(f"--year expects YYYY or YYYY..YYYY, not '{value}'")
    low = int(match[1])
    high = int(match[2]) if match[2] else low
    if high < low:
        raise UsageError(f"--year range '{value}' ends before it starts")
    return low, high


def resolve_value(option: str, value: str, candidates: list[str]) -> tuple[str, str | None]:
    """The candidate the user meant; a note when it was not typed exactly."""
    from rapidfuzz import fuzz, process  # only when a filter is given: keeps start-up light

    if value in candidates:
        return value, None
    folded: dict[str, str] = {}
    for candidate in candidates:
        folded.setdefault(fold(candidate), candidate)
    key = fold(value)
    if key in folded:
        return folded[key], f"{option} {value} → {folded[key]}"
    matches = process.extract(key, list(folded), scorer=fuzz.WRatio, limit=4, score_cutoff=FUZZY_CUTOFF)
    if not matches:
        close = process.extract(key, list(folded), scorer=fuzz.WRatio, limit=3)
        hint = ", ".join(folded[m[0]] for m in close)
        raise UsageError(f"{option} '{value}' matches nothing; closest: {hint}")
    if len(matches) > 1 and matches[0][1] - matches[1][1] < AMBIGUITY_GAP:
        options = ", ".join(folded[m[0]] for m in matches)
        raise UsageError(f"{option} '{value}' is ambiguous: {options}")
    chosen = folded[matches[0][0]]
    return chosen, f"{option} {value} → {chosen}"


def from_reference(kind: str, value: str) -> str | None:
    """The canonical name the curated reference gives a filter value, exactly (no fuzzing):
    a département's INSEE code ("33", "2A", "69M") or name, a partner's or a direction's alias
    or acronym ("CAF", a former council name, a direction's acronym). Every entry counts, whatever
    territory it belongs to: a query runs across documents."""
    from functools import lru_cache

    @lru_cache(maxsize=4)
    def vocabulary(name: str):
        from ..normalize.entities import Vocabulary
        from ..reference import load_reference

        return Vocabulary(load_reference(name)[name])

    if kind == "departement":
        from ..reference import departements

        code = value.strip().upper()
        by_code = next((d for d in departements().entries if d.code.upper() == code.zfill(2)), None)
        if by_code is not None:
            return by_code.name
        found = departements().resolve(value) if departements().is_name(value) else None
        return found.name if found is not None else None
    if kind in ("partner", "funder", "direction"):
        from ..normalize.entities import _key

        vocab = vocabulary("directions" if kind == "direction" else "partners")
        return vocab.by_alias.get(_key(value)) or vocab.acronyms.get(value.strip())
    return None


def partners_of(record: RecordLike) -> list[str]:
    return [*record.partners, *getattr(record, "funders", [])]


def directions_of(record: RecordLike) -> list[str]:
    """An action's lead and co-lead directions; other records have none."""
    lead = getattr(record, "direction", None)
    return [d for d in [lead, *getattr(record, "co_directions", ())] if d]


def status_of(record: RecordLike) -> str | None:
    """Initiatives have a status, experiments a state: `--status` reads either."""
    return getattr(record, "status", None) or getattr(record, "state", None)
