"""The plan's own grand total as evidence of how it counts its annual amounts.

An annual amount printed without its period ("3 200 € par an") is first left uncounted: a year
or five, the sheet does not say. Many plans say it elsewhere: their recap prints "TOTAL …
627 200 €", a sum that includes such amounts once. When the sheets' counted money falls short of
the plan's printed grand total by exactly those annual amounts (one combination only), the plan's
convention is known, and each is counted as the total counts it (once, or over the years of its
period: 1 to 10, one combination only), through an added line that names the total that says
so — never guessed, always explained. What no total explains is then counted once, a year of
it, as readers count it (plan_sheets.py `_one_year_each`).
"""

from __future__ import annotations

import re
from itertools import combinations, product

from ..models import Action
from ..normalize.amounts import find_amounts
from ..normalize.budget import total_of
from ..normalize.money import format_eur
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
        amounts = [a.low for a in find_amounts(raw) if a.low and a.high is None]
        bare = re.search(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,})\s*$", raw)
        context = " ".join(lines[max(0, number - 40) : number]).lower()
        if not amounts and bare and ("en euros" in context or "(€)" in context or "en €" in context):
            # "TOTAL DU PROJET SOCIAL   2 107 500" under a table headed "(…, en euros)"
            amounts = [float(re.sub(r"\D", "", bare[1]))]
        if amounts and (best is None or amounts[-1] > best[0]):
            best = (amounts[-1], number)
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
    # each undated annual amount counted over 1 to 10 years (its sheet's period, printed
    # elsewhere: a calendar, a recap's note); at most four of them, so the search stays small
    annual = annual[:4]
    matches = [
        (chosen, years)
        for size in range(1, len(annual) + 1)
        for chosen in combinations(annual, size)
        for years in product(range(1, 11), repeat=size)
        if round(sum((b.amount_eur or 0) * n for (_, b), n in zip(chosen, years, strict=True)), 2) == gap
    ]
    if len(matches) != 1:
        return  # no combination, or several: the plan's convention stays unknown
    shown = format_eur(amount)
    chosen, years = matches[0]
    for (record, budget), n in zip(chosen, years, strict=True):
        times = "once" if n == 1 else f"over {n} years"
        record.budget_lines.append(
            budget.model_copy(
                update={
                    "amount_eur": round((budget.amount_eur or 0) * n, 2),
                    "kind": "total",
                    "counted": True,
                    "reason": f"the annual amount counted {times}, as the plan's own total counts it "
                    f"({shown} on line {line})",
                }
            )
        )
        record.budget_total_eur = total_of(record.budget_lines)


def check_against_the_plan(records: list[Action], grand: tuple[float, int] | None) -> str | None:
    """A warning when the plan prints a grand total that its sheets' counted money misses by a
    little (within a tenth: further apart, the printed total is a part's or a funder's share): a
    budget line read wrong, or a sheet's money the total counts another way. Nothing is
    corrected; the user is told where to look."""
    if grand is None:
        return None
    amount, line = grand
    counted = round(sum(r.budget_total_eur or 0 for r in records), 2)
    if counted == round(amount, 2) or abs(amount - counted) > amount / 10:
        return None  # equal, or too far apart to be this plan's total (a part's, a funder's share)
    return (
        f"the plan prints a total of {format_eur(amount)} (line {line}), its sheets' counted money is "
        f"{format_eur(counted)} (a difference of {format_eur(abs(amount - counted))}): check the sheets' "
        "budget lines with `ccas total --by document --explain`"
    )
