"""The registry of document families: each registers `detect()` and `parse()` under its kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..extract.source import Source
from ..models import AnyRecord, Document


@dataclass
class ParseResult:
    document: Document
    records: Sequence[AnyRecord]


@dataclass(frozen=True)
class Family:
    kind: str
    detect: Callable[[Source], float]
    parse: Callable[..., ParseResult]
    description: str


FAMILIES: dict[str, Family] = {}
DETECT_THRESHOLD = 0.6


def register(
    kind: str, detect: Callable[[Source], float], parse: Callable[..., ParseResult], description: str
) -> None:
    FAMILIES[kind] = Family(kind, detect, parse, description)


def detect_family(source: Source) -> Family | None:
    """The best-scoring family on the document's opening (`Source.sample`), if it scores enough."""
    sample = source.sample()
    scored = sorted(((f.detect(sample), f.kind) for f in FAMILIES.values()), reverse=True)
    if scored and scored[0][0] >= DETECT_THRESHOLD:
        return FAMILIES[scored[0][1]]
    return None
