"""Money a sheet shares with other sheets ("enveloppe commune aux fiches 2.1 à 2.3 : 45 000 €",
"dont 8 000 € imputés sur l'action 4.1", "voir fiche 1.4"): a plan's total counts each euro
once, so a sheet counts its own share of a common budget and never what another sheet counts."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from ..models import BudgetLine
from ..reference import load_reference
from .shares import amount_clause, share_ratio
from .text import fold


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, int]]:
    data = load_reference("money")

    def words(key: str) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(data[key], key=len, reverse=True))

    # "imputés sur l'action 4.1", "déjà comptés sur la fiche 4.1", "inscrite à la fiche 6.1"
    elsewhere = re.compile(
        rf"(?:^| )(?:{words('elsewhere_words')}) (?:(?:sur|a|dans|de) )?(?:la |l |le )?(?:{words('sheet_words')}) (?:n )?\d"
    )
    common = re.compile(rf"(?:^| )(?:{words('common_budget_words')})(?: |$)")
    own = re.compile(rf"(?:^| )(?:{words('own_sheet_words')})(?: |$)")
    numbers = {fold(k): int(v) for k, v in data["number_words"].items()}
    return elsewhere, common, own, numbers


def _clause(line: BudgetLine, context: str) -> tuple[str, str]:
    """The amount's own words before and after it, folded: the sentence's start above only when
    the line goes on from it in lower case; after it, up to the next part ("6 000 € + quote-part
    … (voir fiche 4.1)": the pointer is the next part's)."""
    clause = amount_clause(line)
    if clause is None:
        return fold(f"{context} {line.raw}"), ""
    goes_on = line.raw.lstrip()[:1].islower() and "|" not in line.raw
    above = context if clause.first and goes_on else ""
    after = re.split(r"\s(?:\+|;|et|puis)\s", clause.after)[0]
    return fold(f"{above} {clause.before}"), fold(after)


# "la moitié de l'enveloppe de 40 000 €", "10 % de l'enveloppe « prévention » de 60 000 €": a
# share right before the envelope it is taken from, the envelope's amount closing the words
_ENVELOPE_SHARE = re.compile(
    r"(?P<share>\d{1,2}(?:,\d{1,2})?\s*%|(?:la|une|pour)\s+moitié|(?:un|le|les\s+deux|deux)\s+tiers"
    r"|(?:un|le|les\s+trois|trois)\s+quarts?)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+)"
    r"(?:enveloppe|budget|fonds|dotation|crédit)s?\b[^€\d.;:]{0,80}?\s(?:de|d['’])\s*$",
    re.IGNORECASE,
)


def _envelope_shares(lines: list[BudgetLine]) -> list[BudgetLine] | None:
    """A sheet whose money is a share of an envelope it names with its amount ("un tiers de
    l'enveloppe de 90 000 € du fonds d'aide, partagée avec les actions 4.1 et 4.2"): the share is
    the sheet's, the envelope shown; None when no line says so."""
    out, derived = list(lines), []
    for n, line in enumerate(lines):
        clause = amount_clause(line)
        told = _ENVELOPE_SHARE.search(clause.before) if clause is not None and line.amount_eur else None
        ratio = share_ratio(told["share"]) if told else None
        if told is None or ratio is None or not line.amount_eur or line.amount_eur <= 0:
            continue
        share = round(line.amount_eur * float(ratio), 2)
        out[n] = line.model_copy(
            update={
                "counted": False,
                "reason": "an envelope this action takes a share of: shown, its share counted",
            }
        )
        derived.append(
            line.model_copy(
                update={
                    "amount_eur": share,
                    "amount_max_eur": None,
                    "kind": "total",
                    "counted": True,
                    "reason": f"this action's share ({ratio.numerator}/{ratio.denominator}) of the envelope of "
                    f"{line.amount_eur:g} €: {share:g} €",
                }
            )
        )
    return out + derived if derived else None


def own_share(
    lines: list[BudgetLine], contexts: dict[tuple[int, int], str], said: str = ""
) -> list[BudgetLine]:
    """The sheet's lines counted as a plan counts them: money another sheet counts is left out
    (a part of this sheet's cost that another counts is taken off it), and a budget common to
    several actions counts for this one only its share — printed, or its fraction of the whole."""
    shared = _envelope_shares(lines)
    if shared is not None:
        return shared
    elsewhere, common, own, numbers = _vocabulary()
    sheets = "|".join(re.escape(fold(w)) for w in load_reference("money")["sheet_words"])
    other_sheet = re.compile(rf"(?:^| )(?:{sheets}) (?:n )?\d")
    out = list(lines)
    taken_off: list[BudgetLine] = []
    clauses = [_clause(line, contexts.get(line.source.lines, "")) for line in lines]
    for n, line in enumerate(lines):
        if line.amount_eur is None or line.amount_eur <= 0:
            continue
        before, after = clauses[n]
        cells = [fold(c).strip() for c in line.raw.split("|")] if "|" in line.raw else []
        counted_there = (
            elsewhere.search(f"{before} {after}") is not None
            or re.search(rf"(?:^| )voir (?:la |l )?(?:{sheets}) (?:n )?\d", f"{before} {after}") is not None
            or any(re.fullmatch(rf"(?:{sheets}) (?:n )?\d[\d ]*", c) for c in cells)
        )
        if not counted_there:
            continue
        # "Budget : 20 000 €, dont 8 000 € imputés sur l'action 4.1": a part of this sheet's
        # cost another sheet counts, taken off it
        whole = next(
            (
                o
                for o in lines
                if o is not line
                and o.counted
                and o.source.lines == line.source.lines
                and (o.amount_eur or 0) > line.amount_eur
            ),
            None,
        )
        if whole is not None and line.kind == "component":
            taken_off.append(
                line.model_copy(
                    update={
                        "amount_eur": -line.amount_eur,
                        "counted": True,
                        "reason": "a part of the cost another sheet counts: taken off this one, never counted twice",
                    }
                )
            )
        out[n] = line.model_copy(
            update={"counted": False, "reason": "money another sheet counts: shown, never counted twice"}
        )
    envelopes = [
        n
        for n, line in enumerate(lines)
        if line.amount_eur
        and line.amount_eur > 0
        and common.search(clauses[n][0])
        and not own.search(clauses[n][0])
    ]
    if not envelopes:
        return out + taken_off
    mine = [
        n
        for n, line in enumerate(lines)
        if n not in envelopes and own.search(clauses[n][0]) and line.amount_eur
    ]
    for n in envelopes:
        out[n] = out[n].model_copy(
            update={
                "counted": False,
                "reason": "a budget common to several actions: this one counts its share",
            }
        )
    for n in range(len(lines)):
        if n not in envelopes and n not in mine and other_sheet.search(clauses[n][0]):
            out[n] = out[n].model_copy(
                update={"counted": False, "reason": "another action's share of the common budget"}
            )
    if mine:
        for n in mine:
            out[n] = out[n].model_copy(
                update={"counted": True, "reason": "this action's share of a common budget, as printed"}
            )
        for n, line in enumerate(lines):
            if n in envelopes or n in mine or not line.amount_eur or line.amount_eur <= 0:
                continue
            # ("Dépenses spécifiques à l'action : 3 000 €" beside its share: its own money too;
            # "Financement de cette part : CAF 6 000 €" is who pays the share, no more cost)
            own_money = (
                line.kind in ("unknown", "total")
                and out[n].reason == line.reason
                and "covered" in line.reason
            )
            out[n] = out[n].model_copy(
                update={"counted": True, "reason": "the action's own money, beside its share"}
                if own_money
                else {
                    "counted": False,
                    "reason": "beside the action's share of a common budget: who pays it, not more cost",
                }
            )
        return out + taken_off
    told = [f"{contexts.get(line.source.lines, '')} {line.raw}" for line in lines]
    # (the sheet's other lines: "Part de la présente action : un tiers de l'enveloppe" holds no amount)
    told += [text for text in said.split("\n") if text.strip()]
    words = " ".join(fold(text) for text in told)
    ratio: Fraction | None = None
    for raw in told:
        if not own.search(fold(raw)):
            continue
        # "2/3 pour l'action 2.1, 1/3 pour la présente action": the share said just before it
        before_own = re.search(
            r"(?P<share>\d{1,2}\s*/\s*\d{1,2}|\d{1,3}(?:[.,]\d+)?\s*%|(?:un|le|les deux|deux|trois) "
            r"(?:tiers|quarts?)|la moitié)\s+(?:pour|à)\s+(?:la |cette |l['’])?(?:pr[ée]sente|cette)\s",
            raw,
            re.IGNORECASE,
        )
        if before_own is not None:
            ratio = share_ratio(before_own["share"])
        else:
            # "Part de cette action dans l'enveloppe commune : 25 %", "… : un tiers de l'enveloppe"
            at = re.search(r"(?:pr[ée]sente|cette)\s+(?:action|fiche)", raw, re.IGNORECASE)
            ratio = share_ratio(raw[at.end() :]) if at else None
        if ratio is not None:
            break
    if ratio is None:
        equal = re.search(r"parts egales entre (?:les )?(?P<n>\d{1,2}|\w+) (?:actions|fiches)", words)
        count = (int(equal["n"]) if equal["n"].isdigit() else numbers.get(equal["n"])) if equal else None
        ratio = Fraction(1, count) if count else None
    if ratio is None:
        return out + taken_off
    envelope = lines[envelopes[0]]
    share = round((envelope.amount_eur or 0) * float(ratio), 2)
    return (
        out
        + taken_off
        + [
            envelope.model_copy(
                update={
                    "amount_eur": share,
                    "kind": "total",
                    "counted": True,
                    "reason": f"this action's share ({ratio.numerator}/{ratio.denominator}) of the common budget "
                    f"of {envelope.amount_eur:g} €: {share:g} €",
                }
            )
        ]
    )
