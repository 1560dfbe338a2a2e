"""Stored records read from the query index, without pydantic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from typing import TypeAlias

    from ..models import AnyRecord

    # What queries read: a record model, or a stored record read from the index without pydantic.
    RecordLike: TypeAlias = Union[AnyRecord, "View"]


class View:
    """A stored record (or a part of one) with attribute access, read from the cache without
    pydantic; `model_dump()` gives the record exactly as stored."""

    __slots__ = ("_data", "_fields")

    def __init__(self, data: dict[str, Any], fields: frozenset[str] = frozenset()) -> None:
        self._data = data
        self._fields = fields

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        if name == "source" and isinstance(value, dict):
            return View(value)
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return [View(item) for item in value]
        return value

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        return self._data

    def has_field(self, name: str) -> bool:
        return name in self._fields

    def __repr__(self) -> str:
        return f"View({self._data.get('id') or self._data})"


def has_field(record: Any, name: str) -> bool:
    """Whether the record's type has the field (for a model or a cached view alike)."""
    if isinstance(record, View):
        return record.has_field(name)
    return name in type(record).model_fields
