"""The plan's own grand total as evidence of how it counts its annual amounts.

ccas counts an annual amount printed without its period ("3 200 € par an") as nothing: a year
or five, the sheet does not say. Many plans say it elsewhere: their recap prints "TOTAL …
627 200 €", a sum that includes such amounts once. When the sheets' counted money falls short of
the plan's printed grand total by exactly those annual amounts (one combination only), the plan's
convention is known, and each is counted once, through an added line that names the total that
says so — never guessed, always explained.
"""

from __future__ import annotations

from itertools import combinations

from ..models import Action
from ..normalize.amounts import find_amounts, format_eur
from ..normalize.budget import total_of
from ..normalize.text import clean_inline, fold

NOT_MULTIPLIED = "annual amount with no stated total over the period: not multiplied"


def printed_grand_total(lines: list[str], largest_sheet: float) -> tuple[float, int] | None:
    """The largest amount on a line that opens on "Total" (a recap's "TOTAL DE LA FEUILLE DE
    ROUTE … 627 200 €", "| **Total** | | **825 500 €** |"), when it exceeds every sheet's money
    (a sheet's own "Total" row does not): (amount, line number)."""
    best: tuple[float, int] | None = None
    for number, raw in enumerate(lines, 1):
        text = fold(clean_inline(raw.replace("|", " ")))
        if not text.startswith("total"):
            continue
        amounts = [a for a in find_amounts(raw) if a.low and a.high is None]
        if amounts and (best is None or amounts[-1].low > best[0]):
            best = (amounts[-1].low, number)
    return best if best is not None and best[0] > largest_sheet else None


def count_as_the_plan_does(records: list[Action], grand: tuple[float, int] | None) -> None:
    """Count once the annual amounts the plan's own total counts once (see the module)."""
    if grand is None:
        return
    amount, line = grand
    counted = round(sum(r.budget_total_eur or 0 for r in records), 2)
    gap = round(amount - counted, 2)
    if gap <= 0:
        return
    annual = [
        (record, budget)
        for record in records
        for budget in record.budget_lines
        if budget.reason == NOT_MULTIPLIED and budget.amount_eur and not record.budget_total_eur
    ]
    matches = [
        chosen
        for size in range(1, min(len(annual), 6) + 1)
        for chosen in combinations(annual, size)
        if round(sum(b.amount_eur or 0 for _, b in chosen), 2) == gap
    ]
    if len(matches) != 1:
        return  # no combination, or several: the plan's convention stays unknown
    shown = format_eur(amount)
    for record, budget in matches[0]:
        record.budget_lines.append(
            budget.model_copy(
                update={
                    "kind": "total",
                    "counted": True,
                    "reason": f"the annual amount counted once, as the plan's own total counts it "
                    f"({shown} on line {line})",
                }
            )
        )
        record.budget_total_eur = total_of(record.budget_lines)
