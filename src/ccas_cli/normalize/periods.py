"""How long a recurring amount runs, in months, from the dates a sheet prints around it.

A policy officer multiplies "1 500 € par mois" by the months between "septembre 2025" and
"décembre 2026" when the sheet prints both: the amount's own words ("à partir de …") and the
sheet's calendar ("Calendrier :", "Durée :", "Fin :") together give the span. Two dates only make
a span when the words before the last one close it ("–", "à", "jusqu'à", "Fin :"): dates listed
as milestones ("étude en 2024, ouverture en 2025") say nothing of how long money runs. The words
live in data/reference/money.yaml (`span`) and document.yaml (months).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..reference import load_reference
from .text import normalize_punctuation, strip_accents


def _lower(text: str) -> str:
    return " ".join(strip_accents(normalize_punctuation(text)).lower().replace("’", "'").split())


@dataclass(frozen=True)
class _Point:
    """A printed date as the months it covers (year × 12 + month - 1), where it sits in the text."""

    first: int
    last: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _words() -> dict:
    return load_reference("money")["span"]


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    numbers = {_lower(name): int(n) for name, n in load_reference("document")["month_numbers"].items()}
    for name in load_reference("document")["months"]:  # "sept.", "déc.": the abbreviations
        short = _lower(name).rstrip(".")
        number = next((n for full, n in numbers.items() if full.startswith(short)), None)
        if number:
            numbers.setdefault(short, number)
    return numbers


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(_lower(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _point() -> re.Pattern[str]:
    words = _words()
    months = "|".join(re.escape(m) for m in sorted(_months(), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<edge>{_alternatives(words['end_of'] + words['start_of'])})\s+(?:d'\s*|de\s+)?)?"
        rf"(?:\b(?:(?P<q>[1-4])\s*(?:er|e|eme|nd)?|t(?P<t>[1-4]))\s+(?:(?:{_alternatives(words['quarter'])})\s+)?"
        rf"|\b(?:(?:1er|\d{{1,2}})\s+)?(?P<m>{months})\.?\s+)?"
        r"(?P<y>20[0-4]\d)\b(?!\s*[-–]\s*\d{2}\b)"
    )


def _points(text: str) -> list[_Point]:
    found = []
    end_words = {_lower(w) for w in _words()["end_of"]}
    for match in _point().finditer(text):
        year = int(match["y"]) * 12
        quarter = match["q"] or match["t"]
        if quarter and not (match["t"] or re.search(r"trimestre", match[0])):
            quarter = None  # "2 2025": not a quarter
        if quarter:
            first, last = year + (int(quarter) - 1) * 3, year + int(quarter) * 3 - 1
        elif match["m"]:
            first = last = year + _months()[match["m"]] - 1
        elif match["edge"]:
            edge = year + 11 if match["edge"] in end_words else year
            first = last = edge
        else:
            first, last = year, year + 11
        found.append(_Point(first, last, match.start(), match.end()))
    return found


@lru_cache(maxsize=1)
def _until() -> re.Pattern[str]:
    words = [w for w in _words()["until"] if w[:1].isalnum()]
    marks = "".join(re.escape(w) for w in _words()["until"] if not w[:1].isalnum())
    return re.compile(rf"(?:\b(?:{_alternatives(words)})\b|[{marks}])")


def span_months(text: str) -> tuple[int, str] | None:
    """The months a span of dates covers, both ends included ("septembre 2025 – décembre 2026"
    → 16; "du 2e trimestre 2025 … Fin : décembre 2027" → 33), and how it was printed."""
    folded = _lower(text)
    points = _points(folded)
    if len(points) < 2:
        return None
    last = points[-1]
    gap = folded[points[-2].end : last.start]
    if len(gap) > 60 or not _until().search(gap):
        return None
    first = min(points, key=lambda p: p.first)
    count = last.last - first.first + 1
    if not 1 <= count <= 120:
        return None
    return count, f"{folded[first.start : first.end]} – {folded[last.start : last.end]}"


@lru_cache(maxsize=1)
def _duration() -> re.Pattern[str]:
    units = _words()["durations"]
    numbers = load_reference("ccas-plan")["number_words"]
    count = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    return re.compile(
        rf"^(?:[^\d:]{{0,30}}:\s*)?(?:(?:sur|pendant|durant|pour)\s+)?(?P<n>\d{{1,3}}|{count})\s+"
        rf"(?P<u>{_alternatives(list(units))})\b(?!\s*(?:par|/))"
    )


def duration_months(text: str) -> tuple[int, str] | None:
    """A calendar that prints only how long ("Durée : 2 ans", "18 mois", "trois ans"), in months."""
    match = _duration().match(_lower(text).strip())
    if not match:
        return None
    numbers = {_lower(w): n for w, n in load_reference("ccas-plan")["number_words"].items()}
    count = int(match["n"]) if match["n"].isdigit() else numbers.get(match["n"], 0)
    months = count * {_lower(u): n for u, n in _words()["durations"].items()}[match["u"]]
    return (months, f"{match['n']} {match['u']}") if 1 <= months <= 120 else None


@dataclass(frozen=True)
class Recurrence:
    """An amount paid again every `months` months, with the words around it on its line."""

    months: int
    label: str  # the folded words before the amount ("loyer du local d'accueil")
    after: str  # the line's words after the amount ("à partir de septembre 2025")


@lru_cache(maxsize=1)
def _recurrence_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    data = load_reference("money")
    return (
        tuple(_lower(w) for w in data["per_month_after"]),
        tuple(_lower(w) for w in data["per_quarter_after"]),
        frozenset(_lower(w) for w in data["per_month_label"]),
        frozenset(_lower(w) for w in data["per_quarter_label"]),
    )


def recurrence(raw: str, amount_eur: float) -> Recurrence | None:
    """How often the amount of `raw` worth `amount_eur` recurs, when its words say it is paid
    by the month ("650 €/mois", "Loyer mensuel : 650 €") or by the quarter ("750 € par
    trimestre", "Versement trimestriel de 3 000 €")."""
    from .amounts import find_amounts  # (amounts imports nothing of this module; kept local for clarity)

    month_after, quarter_after, month_label, quarter_label = _recurrence_words()
    for amount in find_amounts(raw):
        if amount.low != amount_eur or amount.high is not None:
            continue
        after = raw[amount.end :]
        head = _lower(after).lstrip(" ,")
        head = re.sub(r"^(?:ht|ttc)\b\s*", "", head)
        before = _lower(raw[: amount.start])
        label = before.rsplit(":", 1)[0].strip() if ":" in before else before.strip()
        last_words = set(re.sub(r"\s+(?:de|d'|:)\s*$", "", before).split()[-3:])
        if head.startswith(month_after) or last_words & month_label:
            return Recurrence(1, label, after)
        if head.startswith(quarter_after) or last_words & quarter_label:
            return Recurrence(3, label, after)
        return None
    return None


def names_a_benefit(label: str) -> bool:
    """ "Aide : 150 € / mois": what one person receives, not what the action costs."""
    words = {_lower(w) for w in load_reference("money")["benefit_labels"]}
    first = _lower(label).split()[:2]
    return bool(first) and (first[0] in words or " ".join(first) in words)
