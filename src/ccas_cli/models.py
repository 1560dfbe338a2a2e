"""Records, documents, budget lines and sources: the data contract of DESIGN.md.

Pure pydantic v2 models, no I/O. Field names are part of the public contract: scripts read
them from `--format json` and from the YAML store.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from .normalize.money import euros

SCHEMA_VERSION = 1

# Money is written one way in every output and in the store (normalize.money.euros).
Money = Annotated[float, PlainSerializer(euros)]


class _Model(BaseModel):
    # Unknown keys are refused so that a typo in a hand-edited YAML file is caught, not ignored.
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """Where a record (or a budget line) comes from, down to the lines of the raw file."""

    file: str
    sha256: str
    lines: tuple[int, int]
    pages: tuple[int, int] | None = None


class Contact(_Model):
    name: str | None = None
    role: str | None = None
    email: str | None = None
    phone: str | None = None


BudgetKind = Literal["total", "per_year", "component", "per_unit", "increase", "superseded", "unknown"]


class BudgetLine(_Model):
    """One amount of money as the source states it; `counted` says whether totals include it."""

    amount_eur: Money | None
    amount_max_eur: Money | None = None  # upper end of a range ("100 à 150 euros")
    raw: str
    kind: BudgetKind
    years: list[int] = Field(default_factory=list)
    counted: bool
    reason: str
    source: Source


class Echeance(_Model):
    years: list[int] = Field(default_factory=list)
    text: str


_LEADING_KEYS = ("id", "type", "kind", "document", "title")


class RecordBase(_Model):
    id: str
    document: str
    title: str
    themes: list[str] = Field(default_factory=list)
    # Why each theme applies: "category: …" (the source's own), "title: …", "text: … ×3".
    theme_evidence: dict[str, list[str]] = Field(default_factory=dict)
    data_inclusion_thematiques: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    partners_unresolved: list[str] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    sections: dict[str, str] = Field(default_factory=dict)
    overridden: list[str] = Field(default_factory=list)  # fields set by data/reference/overrides.yaml
    # The parsed values the overrides replaced: when a new edition changes one, the maintainer
    # is told that the source now says something else than what the override corrected.
    overridden_from: dict[str, Any] = Field(default_factory=dict)
    source: Source

    @model_serializer(mode="wrap")
    def _ordered(self, handler: SerializerFunctionWrapHandler) -> dict:
        """Identity first (id, type, kind, document, title), then fields, sections, source last."""
        data = handler(self)
        if not data.get("overridden_from"):
            data.pop("overridden_from", None)
        head = {k: data.pop(k) for k in _LEADING_KEYS if k in data}
        tail = {k: data.pop(k) for k in ("sections", "source") if k in data}
        return {**head, **data, **tail}


class Initiative(RecordBase):
    """A fiche or an "Autres démarches" entry of a départements' recueil."""

    type: Literal["initiative"] = "initiative"
    kind: Literal["fiche", "autre_demarche"]
    chapter: int | None = None
    chapter_title: str | None = None
    theme_label: str | None = None
    departement: str | None = None
    departement_code: str | None = None
    departement_raw: str | None = None
    porteur: str | None = None
    period: str | None = None
    year: int | None = None
    status: str | None = None
    contacts: list[Contact] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Action(RecordBase):
    """An action sheet of a plan; sheets split "(1/2)"/"(2/2)" are one action."""

    type: Literal["action"] = "action"
    block: str | None = None
    responsable: str | None = None
    direction: str | None = None
    co_directions: list[str] = Field(default_factory=list)
    direction_note: str | None = None
    echeances: list[Echeance] = Field(default_factory=list)
    financement: str | None = None
    funders: list[str] = Field(default_factory=list)
    budget_text: str | None = None  # the budget as written, kept whole (qualitative budgets too)
    budget_total_eur: Money | None = None


class Experiment(RecordBase):
    type: Literal["experiment"] = "experiment"
    status_group: str | None = None
    start_year: int | None = None
    state: str | None = None
    territories: str | None = None
    public: str | None = None
    evaluator: str | None = None
    figures: list[str] = Field(default_factory=list)


class Sheet(RecordBase):
    type: Literal["sheet"] = "sheet"
    fields: dict[str, str] = Field(default_factory=dict)
    contacts: list[Contact] = Field(default_factory=list)


class News(RecordBase):
    type: Literal["news"] = "news"
    category: str | None = None
    figures: list[str] = Field(default_factory=list)


class Section(RecordBase):
    """A part of a document of no known family (`generic`): a heading and what follows it.
    Its amounts are shown as budget lines, never counted: no rule says what they add up to."""

    type: Literal["section"] = "section"
    level: int = 1
    fields: dict[str, str] = Field(default_factory=dict)
    years: list[int] = Field(default_factory=list)


AnyRecord = Union[Initiative, Action, Experiment, Sheet, News, Section]  # for type hints; `Record` validates
Record = Annotated[AnyRecord, Field(discriminator="type")]
RECORD_TYPES = ("initiative", "action", "experiment", "sheet", "news", "section")


class ParseWarning(_Model):
    code: str
    message: str
    lines: tuple[int, int] | None = None


class Unparsed(_Model):
    lines: tuple[int, int]
    text: str


class Document(_Model):
    id: str
    title: str
    publisher: str | None = None
    year: int | None = None
    kind: str
    file: str
    sha256: str
    parser: str
    parser_version: str
    lines_total: int
    lines_accounted: int
    # What the document announces of its own records (a plan's "N actions" lists, a press kit's
    # "14 expérimentations", a recueil's Sommaire titles); None when it announces nothing.
    records_announced: int | None = None
    warnings: list[ParseWarning] = Field(default_factory=list)
    unparsed: list[Unparsed] = Field(default_factory=list)
    sections: dict[str, str] = Field(default_factory=dict)

    @model_serializer(mode="wrap")
    def _without_empty_announcement(self, handler: SerializerFunctionWrapHandler) -> dict:
        data = handler(self)
        if data.get("records_announced") is None:
            data.pop("records_announced", None)
        return data

    @property
    def accounted_share(self) -> float:
        return self.lines_accounted / self.lines_total if self.lines_total else 1.0


class StoreFile(_Model):
    """One file of `data/structured/`: a document and the records parsed from it."""

    schema_version: int = SCHEMA_VERSION
    document: Document
    records: list[Record] = Field(default_factory=list)


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "store-file": StoreFile,
    "document": Document,
    "initiative": Initiative,
    "action": Action,
    "experiment": Experiment,
    "sheet": Sheet,
    "news": News,
    "section": Section,
    "budget-line": BudgetLine,
    "source": Source,
}
