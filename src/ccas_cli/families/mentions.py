"""Helpers shared by the one-page families (press kit, Inspir'action sheet, web page):
euro amounts mentioned in their text, and record ids.

These documents state amounts per person, thresholds and caps, never a budget of their own:
every amount becomes a budget line that totals never count, with the reason why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..extract.source import Source
from ..models import BudgetKind, BudgetLine
from ..normalize.amounts import Amount, find_amounts
from ..normalize.budget import years_of
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import assign_ids, source_ref  # noqa: F401  (assign_ids re-exported for the families)


def _folded(values: list[str]) -> list[str]:
    return sorted((fold(v) for v in values), key=len, reverse=True)


@dataclass(frozen=True)
class MoneyWords:
    """Words that tell a per-person amount or a threshold from a plain mention (reference YAML)."""

    per_unit: list[str]
    threshold: list[str]

    @classmethod
    def load(cls, name: str) -> MoneyWords:
        data = load_reference(name)
        return cls(_folded(data["per_unit_markers"]), _folded(data["threshold_markers"]))


def _sentence_at(line: str, position: int) -> str:
    """The sentence of `line` around `position` (a line often holds several sentences)."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?](?=\s+[A-ZÉÈÀÂÊÎÔ«\"(])", line)]
    start = max(s for s in starts if s <= position)
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", line) if m.end() > position]
    return line[start : (ends[0] if ends else len(line))]


def _listed_before(text: str, amount: Amount) -> list[Amount]:
    """In "40, 80 ou 100 €" the numbers listed before the amount share its unit."""
    found: list[Amount] = []
    head = text[: amount.start]
    connector = r"\s*(?:ou|et)\s+$"
    while match := re.search(rf"(?<![\d,.])(\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})*){connector}", head):
        value = float(re.sub(r"\D", "", match[1]))
        found.insert(0, Amount(value, None, match[1], match.start(1), match.end(1)))
        head, connector = head[: match.start()], r"\s*,\s*$"
    return found


def _classify(line: str, sentence: str, amount: Amount, words: MoneyWords) -> tuple[BudgetKind, str]:
    """(kind, reason); a threshold is per unit only when stated so right after it ("500 € par mois")."""
    before = fold(line[max(0, amount.start - 30) : amount.start])
    if any(before.endswith(w) for w in words.threshold):
        after = fold(re.split(r"[,;.()]", line[amount.end :], maxsplit=1)[0])
        per_unit = any(after.startswith(w) for w in words.per_unit)
        return ("per_unit" if per_unit else "unknown"), "eligibility threshold, not a budget"
    if any(f" {w} " in f" {fold(sentence)} " for w in words.per_unit):
        return "per_unit", "per-beneficiary amount, not a budget"
    return "unknown", "amount mentioned in the text, not a budget line"


def _clause_at(line: str, position: int) -> str:
    """The words that date an amount: the parenthesis it sits in, else its sentence without
    its parentheses ("… 60 € en plus (en 2022, 45 € …)": the 60 € is not dated 2022)."""
    for match in re.finditer(r"\([^()]*\)", line):
        if match.start() <= position < match.end():
            return match.group(0)
    return re.sub(r"\([^()]*\)", " ", _sentence_at(line, position))


def euro_budget_lines(
    source: Source, file: str, first: int, last: int, words: MoneyWords
) -> list[BudgetLine]:
    """Every euro amount of lines [first..last] as a budget line that totals never count."""
    result: list[BudgetLine] = []
    for number in range(first, last + 1):
        line = source.line(number)
        for stated in find_amounts(line):
            for amount in [*_listed_before(line, stated), stated]:
                sentence = _sentence_at(line, amount.start)
                kind, reason = _classify(line, sentence, amount, words)
                result.append(
                    BudgetLine(
                        amount_eur=amount.low,
                        amount_max_eur=amount.high,
                        raw=clean_inline(sentence).strip(" -•>"),
                        kind=kind,
                        years=years_of(_clause_at(line, amount.start)),
                        counted=False,
                        reason=reason,
                        source=source_ref(source, file, number, number),
                    )
                )
    return result


def prose_budget_lines(
    source: Source, file: str, first: int, last: int, budget_words: list[str], limit_words: list[str]
) -> list[BudgetLine]:
    """Euro amounts of a record told in prose (a recueil's fiche), counted by the plan's rules:
    an amount is the record's money only in a sentence about its budget ("le budget s'élève à
    1,4 millions d'euros", "1 502 495 € de financement"), never a threshold, a cap or an amount per
    person; a stated total covers the amounts beside it, so that nothing is counted twice."""
    from ..normalize.budget import AmountLine, budget_lines

    words = [fold(w) for w in budget_words]
    limits = [fold(w) for w in limit_words]
    lines: list[AmountLine] = []
    for number in range(first, last + 1):
        line = source.line(number)
        amounts = find_amounts(line)
        if not amounts:
            continue
        context = sentence_context(source, number, first)
        sentence = fold(f"{context} {_sentence_at(line, amounts[0].start)}")
        shift = len(context) + 1
        threshold = ">" in line or any(
            _limited(f"{context} {line}", replace(a, start=a.start + shift, end=a.end + shift), limits)
            for a in amounts
        )
        about_money = any(f" {w} " in f" {sentence} " or sentence.startswith(w + " ") for w in words)
        lines.append(
            AmountLine(
                clean_inline(line).strip(" -•>"),
                about_money and not threshold,
                source_ref(source, file, number, number),
                context=context,
            )
        )
    return budget_lines(lines)


def _limited(text: str, amount: Amount, limits: list[str]) -> bool:
    """A threshold or a cap: a limit word in the words right before the amount ("supérieures
    à", "le montant maximum de l'aide s'élève à") or right after it ("4 500 € maximum")."""
    before = " " + " ".join(fold(text[max(0, amount.start - 45) : amount.start]).split()) + " "
    after = " " + " ".join(fold(text[amount.end : amount.end + 20]).split()[:2]) + " "
    return any(f" {w} " in before or after.startswith(f" {w} ") for w in limits)


def sentence_following(source: Source, number: int, last: int) -> str:
    """The end of the sentence a line breaks off, on the lines below it (up to `last`): "… 35 000 €
    par an sur la" / "durée du plan 2025-2027, …" — what the amount is said over."""
    line = clean_inline(source.line(number)).strip()
    if not line or line.endswith((".", ":", ";", "!", "?")):
        return ""
    parts: list[str] = []
    for below in range(number + 1, min(last, number + 3) + 1):
        text = clean_inline(source.line(below)).strip()
        if not text:
            break
        parts.append(re.split(r"(?<=[.;!?])\s", text)[0])
        if re.search(r"[.;!?](?:\s|$)", text):
            break
    return " ".join(parts)


def sentence_context(source: Source, number: int, first: int) -> str:
    """The beginning of the sentence a line goes on from, on the lines above it."""
    parts: list[str] = []
    for above in range(number - 1, first - 1, -1):
        line = clean_inline(source.line(above)).strip()
        if not line or line.endswith((".", ":", ";", "!", "?")):
            break
        parts.insert(0, re.split(r"(?<=[.;:!?])\s", line)[-1])
        if re.search(r"[.;:!?]\s", line):
            break
    return " ".join(parts)
