"""A funder's share told with its fraction of the cost ("la CAF prend en charge 50 % du coût
de l'action, soit 12 000 €", "5 000 €, soit 25 % du coût total"): where the sheet prints no
cost, the share and its fraction are how it tells the cost, and the whole is what a reader
counts; where the cost is printed, the share is a part of it, never added to it."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from ..models import BudgetLine
from ..reference import load_reference
from .amounts import find_amounts
from .text import fold


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, Fraction], tuple[str, ...], tuple[str, ...]]:
    data = load_reference("money")
    fractions = {fold(k): Fraction(v) for k, v in data["share_fractions"].items()}
    return fractions, tuple(fold(w) for w in data["share_of"]), tuple(fold(w) for w in data["share_words"])


class AmountClause(NamedTuple):
    """An amount's own words on its line: since the amount before it, up to the next one."""

    before: str
    after: str
    first: bool  # the line's first amount (the sentence may have opened on the line above)


def amount_clause(line: BudgetLine) -> AmountClause | None:
    """The words around a budget line's amount, as printed; None when its line does not show it."""
    every = find_amounts(line.raw)
    for k, found in enumerate(every):
        if abs(found.low - abs(line.amount_eur or 0)) <= 0.005:
            start = every[k - 1].end if k else 0
            end = every[k + 1].start if k + 1 < len(every) else len(line.raw)
            return AmountClause(line.raw[start : found.start], line.raw[found.end : end], not k)
    return None


_FRACTION = re.compile(r"(?<![\d,/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d,/])")


def share_ratio(text: str) -> Fraction | None:
    """The fraction a share's words give ("30 %", "les deux tiers", "1/3"), else None."""
    digits = _FRACTION.search(text)
    if digits and 0 < int(digits[1]) < int(digits[2]):
        return Fraction(int(digits[1]), int(digits[2]))
    fractions, _, _ = _vocabulary()
    percent = re.search(r"(?<![\d,.])(\d{1,2}(?:,\d{1,2})?)\s*%", text)
    if percent and re.search(
        r"\b(?:moins|plus|pres|environ|peine)(?:\s+de)?$", fold(text[: percent.start()])
    ):
        return None  # "soit moins de 0,1 % du budget du CCAS": a comparison, no share
    if percent and re.match(
        r"(?:du|de son|de notre) budget (?:\w+ )?(?:du|de la|de l|des|d)\b", fold(text[percent.end(1) :])
    ):
        return None  # "0,4 % du budget du CCAS": the action's weight in a body's budget, no share
    if percent:
        value = Fraction(percent[1].replace(",", "."))
        return value / 100 if 0 < value < 100 else None
    folded = fold(text)
    said = [f for words, f in fractions.items() if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", folded)]
    return max(said) if said else None


def _share(raw: str, amount: float) -> Fraction | None:
    """The fraction of the cost the amount is said to be on its line: "P % du coût …, soit A",
    "P % du coût (A)", "A, soit P % du coût" — told as a share (of the cost, or by a funder)."""
    _, share_of, share_words = _vocabulary()
    if "|" in raw:
        return None  # a table's row: its cells say what each amount is
    folded = fold(raw)
    if not any(w in folded for w in share_of + share_words) or re.search(
        r"\bde plus\b|\bhausse\b|augment", folded
    ):
        return None
    every = find_amounts(raw)
    for k, found in enumerate(every):
        if abs(found.low - amount) > 0.005 or found.high is not None:
            continue
        # (the words since the amount before it: "deux tiers par l'État (40 000 €), un tiers par
        # le CCAS (20 000 €)" gives each share its own fraction)
        since = every[k - 1].end if k else 0
        before = raw[max(since, found.start - 120) : found.start]
        after = raw[found.end : found.end + 80]
        # "… 50 % du coût de l'action, soit 12 000 €", "… 30 % du coût de l'action (9 000 €)"
        told = re.search(r"([^.;]*)(?:,?\s*soit|\(|:)\s*$", before)
        if told and (ratio := share_ratio(told[1])) is not None and not find_amounts(told[1]):
            return ratio
        # "5 000 €, soit 25 % du coût total"
        then = re.match(r"^[^.;\d]{0,12}?,?\s*soit\s+([^.;]{2,60})", after)
        if then and (ratio := share_ratio(then[1])) is not None:
            return ratio
    return None


def wholes_from_shares(
    lines: list[BudgetLine], contexts: dict[tuple[int, int], str] | None = None
) -> list[BudgetLine]:
    """The lines with a share's whole counted where the sheet prints no cost, and a share of a
    printed cost left out of the count (`contexts`: a sentence's beginning on the lines above
    each line's, by the line's numbers)."""
    amounts = [line.amount_eur for line in lines if line.amount_eur is not None]
    out = list(lines)
    for n, line in enumerate(lines):
        if line.amount_eur is None or line.amount_eur <= 0:
            continue
        before = (contexts or {}).get(line.source.lines, "")
        ratio = _share(f"{before} {line.raw}".strip(), line.amount_eur)
        if ratio is None:
            continue
        whole = round(line.amount_eur / float(ratio), 2)
        printed = [a for a in amounts if abs(a - whole) <= max(1.0, 0.005 * whole)]
        if printed:
            wholes = [
                k
                for k, o in enumerate(out)
                if o.amount_eur is not None and abs(o.amount_eur - whole) <= max(1.0, 0.005 * whole)
            ]
            if line.counted:
                out[n] = line.model_copy(
                    update={
                        "counted": False,
                        "reason": "a share of a cost printed on the sheet: not added to it",
                    }
                )
                if not any(out[k].counted for k in wholes):
                    # ("Dépenses éligibles : 80 000 €" / "… finance 60 % des dépenses éligibles,
                    # soit 48 000 €"): the cost the share is a part of is what the sheet costs
                    out[wholes[0]] = out[wholes[0]].model_copy(
                        update={"counted": True, "reason": "the cost a funder's share is printed a part of"}
                    )
            continue
        others = [o for o in lines if o.counted and o is not line]
        if not line.counted or others or len(find_amounts(f"{before} {line.raw}")) > 1:
            # (another amount in its sentence: "Coût : 48 k€ par an de 2027 à 2029, cofinancés à
            # 70 % par la CAF, soit 144 k€" — the "soit" sums the cost, the share is an aside)
            continue
        out[n] = line.model_copy(
            update={
                "counted": False,
                "kind": "component",
                "reason": "a funder's share: the whole is counted below",
            }
        )
        out.append(
            BudgetLine(
                amount_eur=whole,
                raw=line.raw,
                kind="total",
                years=line.years,
                counted=True,
                reason=f"{line.amount_eur:g} € is {_said(ratio)} of the cost, which the sheet prints nowhere: "
                f"the whole, {whole:g} €",
                source=line.source,
            )
        )
    return _parts_with_their_remainder(out, contexts or {})


def _parts_with_their_remainder(
    lines: list[BudgetLine], contexts: dict[tuple[int, int], str]
) -> list[BudgetLine]:
    """ "Subvention CAF : 18 000 €" / "Reste à charge du CCAS : 7 000 €": where nothing else is
    counted, a remainder and the shares it completes are the parts of one cost — their sum."""
    if any(line.counted and line.kind not in ("unknown", "component") for line in lines):
        return lines  # (a cost stated: "66 000 € dont 40 000 € de l'État ; le solde, soit 26 000 €")
    data = load_reference("money")
    remainder = tuple(fold(w) for w in data["remainder_words"])
    bearers = tuple(fold(w) for w in data["remainder_bearers"])

    def borne(words: tuple[str, str]) -> bool:
        # "Reste à charge du CCAS : 7 000 €", "le complément, soit …, est pris en charge par le
        # CCAS": a remainder word before the amount, its bearer around it — never "le solde
        # étant reporté" (a payment moved, no one bearing a part)
        before, after = words
        named = [w for w in remainder if re.search(rf"(?:^| ){re.escape(w)}(?: |$)", before)]
        return bool(named) and (
            "reste a charge" in named or any(f" {b} " in f" {before} {after} " for b in bearers)
        )

    def said(line: BudgetLine) -> tuple[str, str]:
        """The amount's own words, before it (with the sentence's start above when it is the
        line's first) and after it."""
        above = contexts.get(line.source.lines, "")
        clause = amount_clause(line)
        if clause is None:
            return fold(f"{above} {line.raw}"), ""
        return fold(f"{above if clause.first else ''} {clause.before}"), fold(clause.after)

    parts = [
        n
        for n, line in enumerate(lines)
        if line.amount_eur and line.amount_eur > 0 and line.kind in ("unknown", "component", "total")
    ]
    rests = [n for n in parts if borne(said(lines[n]))]
    if not rests or len(parts) < 2 or len({lines[n].amount_eur for n in parts}) < len(parts):
        return lines
    if all(lines[n].counted for n in rests):
        return lines  # the remainder counted already: nothing told apart
    _, _, share_words = _vocabulary()

    def financed(line: BudgetLine) -> bool:
        """The amount told as a funder's ("… après subvention de l'ARS de 6 500 €"): a share
        word among the words since the amount before it on its line."""
        clause = amount_clause(line)
        return clause is not None and any(f" {w} " in f" {fold(clause.before)} " for w in share_words)

    if any(
        not financed(lines[n])
        for n in parts
        if n not in rests and any(lines[r].source.lines == lines[n].source.lines for r in rests)
    ):
        # ("Travaux : 310 000 € ; reste à charge après subvention (40 %) : 186 000 €": what is
        # left of the cost printed beside it, not a part beside a funder's share)
        return lines
    out = list(lines)
    for n in parts:
        out[n] = lines[n].model_copy(
            update={
                "counted": True,
                "reason": "a part of the cost: the funders' shares and the remainder, together the cost",
            }
        )
    return out


def _said(ratio: Fraction) -> str:
    percent = ratio * 100
    return f"{float(percent):g} %" if percent.denominator == 1 else f"{ratio.numerator}/{ratio.denominator}"
