"""Dates as French documents print them ("12/03/2024", "1er mars 2024"), built from the month
names of data/reference/document.yaml so no calendar word lives in code."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference import load_reference


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    return tuple(load_reference("document")["months"])


@lru_cache(maxsize=1)
def day_pattern() -> str:
    """A regex (no groups) for one printed day: numeric or "<day> <month> <year>"."""
    months = "|".join(re.escape(m) for m in month_names())
    first = "|".join(re.escape(w) for w in load_reference("document")["first_day"])
    data = load_reference("document")
    feed_days = "|".join(data["feed_days"])
    feed_months = "|".join(data["feed_months"])
    # ("Thu, 07 May 2026 10:30:00 +0200": a feed's date, RFC 822)
    feed = rf"(?:{feed_days}),\s+\d{{1,2}}\s+(?:{feed_months})\s+\d{{4}}(?:\s+\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\s+(?:[+-]\d{{4}}|GMT|UTC))?)?"
    # ("2026-03-12": a CMS's export, the ISO way)
    return rf"(?:\d{{1,2}}(?:/\d{{1,2}}/|\.\d{{1,2}}\.|-\d{{1,2}}-)\d{{4}}|(?:19|20)\d\d-[01]\d-[0-3]\d|(?:{first}|\d{{1,2}})\s+(?:{months})\s+\d{{4}}|{feed})"
