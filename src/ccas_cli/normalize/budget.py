"""Budget lines: every euro amount of a record, its kind, and whether totals count it.

The rule is to count each action's money once. Within one record:
- a stated total ("soit 250 000 euros", "Coût CCAS : …", "… sur 5 ans", "Budget : 200 000 €")
  is counted, and then every other amount of the record's budget is covered by it;
- amounts per beneficiary or per period of a beneficiary ("100 à 150 euros par trimestre") are
  never counted;
- an annual amount with no stated total is not multiplied by anything: shown, not counted —
  unless the same sentence prints the period it runs over ("8 500 € par an de 2023 à 2026",
  "… par an sur 3 ans"): then a line "8 500 € × 4 ans" is added, counted and explained;
- without a stated total, the other amounts of the budget (an increase, an itemised cost) are
  the action's money and are counted;
- amounts outside the budget sections (eligibility thresholds, examples) are shown, not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..models import BudgetKind, BudgetLine, Source
from ..reference import load_reference
from .amounts import Amount, find_amounts
from .choices import drop_unchosen
from .shared import own_share
from .shares import wholes_from_shares
from .text import fold, normalize_punctuation, strip_accents

_PER_UNIT = re.compile(
    r"^\s*(?:par|/|pour)\s+(?:an\s+et\s+par\s+)?(?:trimestre|mois|semaine|jour|b[ée]n[ée]ficiaire|personne|"
    r"pr[êe]t|foyer|famille|jeune|enfant|m[ée]nage|unit[ée]|inscription|participant|heure)s?\b",
    re.I,
)
_PER_YEAR = re.compile(r"^\s*(?:par\s+an|/\s*an|annuel(?:le)?s?|chaque\s+ann[ée]e)\b", re.I)
_OVER_YEARS = re.compile(  # "… sur 3 ans", "96 k€ sur 2032-2034": the money of a whole period
    r"^\s*(?:\*\*)?\s*sur\s+(?:\d+\s+ans\b|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b)", re.I
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_YEAR_RANGE = re.compile(r"\b(20[0-4]\d)\s*(?:à|-|–|—|→|->)\s*(20[0-4]\d)\b")


@dataclass
class AmountLine:
    """An amount found in a line of text, with what the caller knows of its context."""

    text: str  # the whole line, as printed
    in_budget: bool  # inside a Budget / Financement / Coût section of the record
    source: Source
    funding: bool = False  # under a "Financement" label: who pays, not what it costs
    # the sentence's beginning on the lines above, when the line goes on from them ("Le prix du
    # repas facturé aux" / "bénéficiaires … entre 6,80 € et 9,20 €")
    context: str = ""
    # the sentence's end on the lines below, when the line breaks it off ("… 35 000 € par an sur
    # la" / "durée du plan 2025-2027.")
    following: str = ""


def _row_total(text: str) -> bool:
    """ "Fonctionnement : 21 000 € ; Total : 21 000 €": a money table's row read into a line, its
    cells under their heads, closing on its total."""
    return re.search(r"\s;\s+total\s*:\s*[^;]+$", text, re.IGNORECASE) is not None


def years_of(text: str) -> list[int]:
    years = {int(y) for y in _YEAR.findall(text)}
    for low, high in _YEAR_RANGE.findall(text):
        if int(high) - int(low) <= 10:
            years.update(range(int(low), int(high) + 1))
    return sorted(years)


@dataclass(frozen=True)
class MoneyWords:
    per_year_after: tuple[str, ...]
    per_year_label: frozenset[str]
    unit_qualifiers: tuple[str, ...]
    grand_total: frozenset[str]
    not_units: frozenset[str]
    unit_nouns: frozenset[str]
    total_before: tuple[str, ...]
    total_after: tuple[str, ...]
    component_before: tuple[str, ...]
    increase_before: tuple[str, ...]
    remainder_words: frozenset[str]
    superseded_before: tuple[str, ...]
    revised_before: tuple[str, ...]
    cost_components: frozenset[str]
    share_words: tuple[str, ...]
    first_year_after: tuple[str, ...]


# an amount before tax followed, on its line, by the same cost with tax
_HT_RESTATED = re.compile(
    r"^\s*(?:H\.?T\.?\b|hors[ -]taxes?\b)[^€\d]{0,40}\d[\d\s\u00a0\u202f.,]*\s*(?:€|k€|M€|euros?)\s*"
    r"(?:T\.?T\.?C\b|toutes[ -]taxes[ -]comprises)",
    re.I,
)
# "Montant HT : 80 000 € — Montant TTC (TVA 5,5 %) : 84 400 €": the amount a label says is before
# tax, the same cost labelled with tax further on its line
_HT_LABEL = re.compile(r"\bH\.?T\.?\b[^€\d]{0,30}$|\bhors[ -]taxes?\b[^€\d]{0,30}$", re.I)
_TTC_LATER = re.compile(
    r"^[^€\d]{0,60}?(?:\bT\.?T\.?C\b|toutes[ -]taxes[ -]comprises)[^€]{0,40}?\d[\d\s\u00a0\u202f.,]*\s*(?:€|k€|M€|euros?)",
    re.I,
)


@lru_cache(maxsize=1)
def money_words() -> MoneyWords:
    data = load_reference("money")

    def folded(key: str) -> tuple[str, ...]:
        return tuple(sorted((fold(w) for w in data[key]), key=len, reverse=True))

    return MoneyWords(
        tuple(w.strip().lower() for w in data["per_year_after"]),
        frozenset(fold(w) for w in data["per_year_label"]),
        tuple(sorted(data["unit_qualifiers"], key=len, reverse=True)),
        frozenset(fold(w) for w in data["grand_total"]),
        frozenset(fold(w) for w in data["not_units"]),
        frozenset(fold(w) for w in data["unit_nouns"]),
        folded("total_before"),
        folded("total_after"),
        folded("component_before"),
        folded("increase_before"),
        frozenset(fold(w) for w in data["remainder_words"]),
        folded("superseded_before"),
        folded("revised_before"),
        frozenset(fold(w) for w in data["cost_components"]),
        folded("share_words"),
        folded("first_year_after"),
    )


def _component_label(text: str, amount: Amount) -> bool:
    """An amount whose own label, right before it, names what it buys ("… : Fonctionnement :
    18 000 €")."""
    before = text[: amount.start]
    return ":" in before and names_a_component(fold(before.rsplit(":", 1)[0].split(":")[-1].strip(" *|")))


def names_a_component(label: str, components: frozenset[str] | None = None) -> bool:
    """ "Acquisition d'un véhicule (2025)", "fonctionnement 2028-2031", "d'investissement": what
    the money buys (a folded label)."""
    components = money_words().cost_components if components is None else components
    label = re.sub(r"^(?:de|d|du|des|en)\s+(?:(?:la|le|les|l)\s+)?", "", _undated(label))
    return any(label == c or label.startswith(c + " ") for c in components)


def _names_a_part(words: list[str]) -> bool:
    """ "(coût) investissement", "(coût total :) investissement", "(coût) estimé investissement":
    what the money buys, after the label's own qualifiers."""
    return any(names_a_component(" ".join(words[n:])) for n in range(len(words)))


def _undated(label: str) -> str:
    """A folded label without the years or period that follow it ("fonctionnement 2028 2031")."""
    return re.sub(r"(?:\s+(?:en|de|du|sur|pour))?(?:\s+(?:19|20)\d\d)+$", "", label).strip()


def _ends_with(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text == p or text.endswith(" " + p) for p in phrases)


def _starts_with(text: str, phrases: tuple[str, ...]) -> bool:
    return any(text == p or text.startswith(p + " ") for p in phrases)


_FOOTNOTE_CALL = re.compile(r"\s*\(\d{1,2}\)(?=\s*:\s*$)|(?<=\w)[¹²³⁴⁵*]+(?=\s*:\s*$)")


def _kind(line: str, start: int, end: int, previous_end: int | None, context: str = "") -> BudgetKind:
    words = money_words()
    # "total 2021-2025 :" → "total"; "Budget prévisionnel (1) :" → "budget previsionnel" (a
    # footnote's call is no word of the label)
    before = re.sub(r"(?:\s\d{4})+$", "", fold(_FOOTNOTE_CALL.sub("", line[:start])))
    if (
        previous_end is not None
        and _ends_with(before, ("soit",))
        and "%" in line[previous_end:start].rsplit(";", 1)[-1]
    ):
        return "component"  # "Coût : 30 000 € ; part CCAS 30 %, soit 9 000 €": a share of it
    if (
        previous_end is not None
        and re.search(r"\d\s*%\s*\)?[^€\d;]{0,20}:\s*$", line[previous_end:start])
        and not re.search(r"\b(?:tva|ttc|taxes?)\b", fold(line[previous_end:start]))  # (a tax's rate)
    ):
        return "component"  # "… : 58 800 € ; aide FSE+ sollicitée (60 %) : 35 280 €": a share of it
    if re.search(r"~~[^~]*$", line[:start]) and line[end:].lstrip().startswith("~~"):
        return "superseded"  # "~~18 000 €~~ **21 000 €**": the amount struck through, replaced
    if _restated(line[:start]):
        return "superseded"  # "Montant en toutes lettres : douze mille cinq cents euros": said twice
    if (
        _ends_with(before, words.superseded_before)
        or _HT_RESTATED.match(line[end:])
        or (_HT_LABEL.search(line[previous_end or 0 : start]) and _TTC_LATER.match(line[end:]))
    ):
        # "initialement 40 000 €, porté à 55 000 €": the amount it was; "1 000 000 € HT, soit
        # 1,2 M€ TTC": the amount before tax, restated with it
        return "superseded"
    if previous_end is not None and re.search(r"[;.]\s", line[previous_end:start]):
        # "Un crédit de 38 000 € est inscrit ; une subvention de 10 000 € sera sollicitée", "… ;
        # la participation des familles devrait en couvrir 1 500 €": a new clause says who pays
        clause = fold(re.split(r"[;.]\s", line[previous_end:start])[-1])
        first = fold(line[: find_amounts(line)[0].start])  # (the line's own opening clause)
        if any(f" {w} " in f" {clause} " for w in words.share_words) and not any(
            f" {w} " in f" {first} " for w in words.share_words
        ):
            return "component"
    if previous_end is not None:
        between = fold(line[previous_end:start])
        if re.search(
            r"\b(?:(?:co)?finance|subventionne|couvert|pris en charge)(?:e|s|es)?\b[^€\d]{0,30}\ba hauteur de$",
            between,
        ):
            return "component"  # "huit mille euros (8 000 €), financés à hauteur de cinq mille euros"
        if re.search(
            r"\b(?:soutien|appui|concours|aide)\s+(?:de|du|des|d)\b[^€\d]{2,80}\ba hauteur de$", between
        ):
            return "component"  # "42 000 €, avec le soutien du Département à hauteur de 15 000 €"
    if (
        previous_end is None
        and re.fullmatch(r"\s*\(\s*", line[:start])
        and re.search(r"(?:^| )euros?$", fold(context))
        and (told := find_amounts(context))
        and (own := find_amounts(line[start:end]))
        and told[-1].low == own[0].low
    ):
        return "superseded"  # "… cinq mille euros" / "(5 000 €) par la …": the words above, in figures
    if re.search(r"[:;]\s*\+\s*$", line[:start]):
        return "increase"  # "Révision n° 1 : + 72 000 €": added to the amount it revises
    if _voided(line[end:]):
        return "superseded"  # "8 000 € — demande rejetée", "(3 400 €) annulés": money the action has not
    if _executed(line[previous_end or 0 : start]):
        return "superseded"  # "montant engagé : 4 000 €", "mandaté : 3 650 €": spent, not budgeted
    if _included(line[previous_end or 0 : start]) and not (
        previous_end is None
        and re.match(r"^\W*(?:le|son|notre)\s+(?:budget|cout)\s+\S+$", fold(line[:start]))
    ):
        # "le montant 2026 comprend l'aménagement du camion (27 000 €)": inside it ("Le budget
        # comprend 1 800 € pour … et 2 400 € pour …" opening the line: what the budget is made of)
        return "component"
    if _receipt(line[previous_end or 0 : start]):
        return "component"  # "– prestation de service CAF attendue : 24 600 €": who pays, not more cost
    if previous_end is None and not fold(line[:start]) and re.search(r"(?:^| )dont$", fold(context)):
        return "component"  # "1,2 M€ sur la période, dont" / "0,9 M€ couverts par …": a part of it
    if (
        previous_end is None
        and fold(line[:start]) in ("euros", "euro")
        and re.search(r"(?:^| )dont(?: [a-z-]+){1,4}$", fold(context))
    ):
        return (
            "component"  # "…, dont neuf mille" / "euros (9 000 €) pris en charge par …": the share in words
        )
    if previous_end is None and _ends_with(before, ("dont",)) and find_amounts(context):
        # "Fonctionnement : 62 000 € par an pendant 4 ans" / "(2023-2026), dont 40 000 € de
        # subvention CAF": a value wrapped in its field, the share of an amount above
        return "component"
    if (
        previous_end is None
        and re.search(r"(?:^|[ ,])(?:et|,)$", before)
        and (clause := re.split(r"[.;]\s", fold(context))[-1])
        and re.search(r"(?:^| )dont [^€]*\d", clause)
        and find_amounts(context)
    ):
        # "… 80 000 €, dont 30 000 € de la Carsat" / "Auvergne et 20 000 € de la Conférence …":
        # the list of shares going on from the line above, the share a part of the total too
        return "component"
    if re.match(r"^(?:dont|y compris)\b", fold(line)):
        return (
            "component"  # "dont CAF : 2020 : 9 000 € ; … Total : 27 000 €": a row of shares under the cost's
        )
    # "douze mille euros (12 000 €) chaque année": the words after the figure restating it
    after_raw = _RESTATED_FIGURE.sub("", line[end:], count=1)
    if re.search(r"[a-zà-ÿ]\s*\(\s*$", line[:start]):
        after_raw = re.sub(r"^\s*\)", "", after_raw)  # "douze mille euros (12 000 €) chaque année": the same
    if (
        re.search(r"\d\s*[×x]\s*$", line[:start])
        and re.match(r"^\s*=\s*", after_raw)
        and find_amounts(after_raw)
    ):
        return "per_unit"  # "20 × 600 € = 12 000 €": a factor of the product that follows
    if _PRODUCT.search(line[:start]) and not re.match(r"^\s*(?:=|soit\b)", after_raw, re.IGNORECASE):
        return "per_unit"  # "3 × 12 000 € (2026-2028)": a product whose result is not printed
    qualifier = re.match(
        rf"^\s*(?:{'|'.join(re.escape(q) for q in words.unit_qualifiers)})\b", after_raw, re.I
    )
    if qualifier and (
        re.match(r"^\s*(?:(?:par|pour)\s|/)", after_raw[qualifier.end() :])
        # ("15 000 € HT la première année": a tax mention never changes what the amount is)
        or qualifier[0].strip().upper() in ("HT", "TTC")
    ):
        after_raw = after_raw[qualifier.end() :]  # "90 € maximum par bénéficiaire", "2 500 € HT/an"
    # ("4 000 € de fonctionnement supplémentaire par an": what it buys, and a word qualifying it)
    bought = re.match(
        r"^\s*d(?:e\s+|['’]\s*)(?P<what>[^\W\d]+)(?:\s+[^\W\d]+)?\s+(?=par\s+an\b|/\s*an\b)", after_raw
    )
    if bought and names_a_component(fold(bought["what"])):
        after_raw = after_raw[bought.end() :]  # "4 000 € de fonctionnement par an": yearly
    after = fold(after_raw)
    # "/ mois", "par foyer": per unit; "/ 2030 : 7 500 €" is the next year of a list, not a unit
    unit = re.match(
        r"^\s*(?:(par|pour)\s+(?:an\s+et\s+par\s+)?|/\s*)([^\W\d]\w*)", strip_accents(after_raw).lower()
    ) or re.match(  # "3 250,50 € de travaux par logement": what the amount buys, then its unit
        r"^\s*d(?:e\s+|['’]\s*)[^\W\d]\w*\s+(par)\s+([^\W\d]\w*)",
        strip_accents(after_raw).lower(),
    )
    # "CIAS 9 000 € / CAF 6 000 €": a slash before a name in capitals parts a list of shares
    slash_name = re.match(r"^\s*/\s*[A-ZÀ-Ý]", after_raw) is not None
    if unit and not slash_name:
        noun = unit[2]
        if unit[1] == "pour":
            if noun in words.unit_nouns:
                return "per_unit"
        elif noun not in words.not_units:
            return "per_unit"
    if (
        _starts_with(after, _each_after())
        and after_raw.lstrip()[:1].isalpha()  # not across a sentence ("… 76 000 €. Un demi-poste")
        and (after.split()[0] not in ("un", "une") or re.match(r"^\s*l['’]", after_raw) is not None)
    ):
        return "per_unit"  # "trois sessions à 4 000 € chacune", "… l'une": the price of one
    upper = find_amounts(after_raw)
    if upper and re.fullmatch(r"\s*(?:à|-|–)\s*", after_raw[: upper[0].start]):
        # "de 3,50 € à 8,90 € par repas": the low end of a range priced per unit, as its top is
        tail = strip_accents(after_raw[upper[0].end :]).lower()
        ranged = re.match(r"^\s*(?:par(?:\s+|$)|/\s*)([^\W\d]\w*)?", tail)
        if ranged and (not ranged[1] or ranged[1] not in words.not_units):
            return "per_unit"
    the_unit = re.match(r"^\s*(?:le|la|l['’])\s*([^\W\d]+)", strip_accents(after_raw).lower())
    if the_unit and the_unit[1] in words.unit_nouns:
        return "per_unit"  # "45 € la nuitée", "9 € le repas": the price of one
    if re.fullmatch(r"\s*(?:(?:TTC|HT)\b)?\s*,?\s*dont\s*:?\s*", after_raw, re.IGNORECASE):
        return "total"  # "1,15 M€ TTC, dont :" over its funders' shares on the lines below
    if any(after_raw.lstrip().lower().startswith(p) for p in words.per_year_after) or _starts_with(
        after, words.per_year_after
    ):
        return "per_year"
    if _renewed(after_raw):
        return "per_year"  # "Enveloppe de 5 000 €, reconduite chaque année du plan"
    label_head = fold(line[:start].rsplit(":", 1)[0]) if ":" in line[:start] else ""
    # the label begun on the line above ("… Prix moyen du repas" / "livré : 7,80 €")
    told_head = fold(f"{context} {line[:start]}".rsplit(":", 1)[0]) if context and label_head else ""
    # ("… d'autonomie (coût moyen par participant : 75 €)": the label opens at its bracket)
    bracketed = fold(line[:start].rsplit(":", 1)[0].rsplit("(", 1)[-1]) if "(" in line[:start] else ""
    if any(
        head and (head == w or head.startswith(w + " ") or head.endswith(" " + w))
        for head in (label_head, bracketed, told_head)
        for w in _per_unit_labels()
    ):
        return "per_unit"  # "Prix de revient du repas : 9,80 €"
    if (
        label_head
        and re.match(r"(?:cout|prix|montant|tarif)\b", label_head)
        and re.search(r"\bd['’]une?\b", line[:start].rsplit(":", 1)[0], re.IGNORECASE)
    ):
        return "per_unit"  # "Coût de revient d'un repas livré : 7,80 €": the cost of one
    if re.fullmatch(r"\s*par\s*", after_raw):
        return "per_unit"  # "aide moyenne de 35 € par" / "personne": the unit wrapped to the next line
    sentence = fold(re.split(r"[.;:]\s", f"{context} {line[:start]}")[-1])
    if any(re.search(rf"(?:^| ){re.escape(w)}(?: |$)", sentence) for w in _per_unit_labels()):
        return "per_unit"  # "Le prix du repas … compris entre 6,80 € et 9,20 €"
    if re.match(
        r"^\W*chaque (?!annee|an|mois|semaine|trimestre|semestre|jour)[^\W\d]+\b", sentence
    ) and not find_amounts(re.split(r"[.;:]\s", f"{context} {line[:start]}")[-1]):
        # (the sentence's first amount: "…, soit 7 500 € pour les six cycles" after it is the sum)
        return "per_unit"  # "Chaque foyer éligible pourra recevoir jusqu'à 200 €": each one's amount
    if re.match(r"^\s*(?:[—–;,|/·•-]\s*)?(?:19|20)\d\d\s*[:·•]\s*", after_raw) and find_amounts(after_raw):
        return "unknown"  # "Budget : 2038 : 6 000 € — 2039 : 6 000 € — …": one year of a list
    inside_parentheses = line[:start].count("(") > line[:start].count(")")
    # "18 000 € (CIAS) + 7 000 € (…)" with no total stated: addends of an unstated sum, each
    # the action's money (inside parentheses, "+" joins the parts of the amount before them).
    # ("25 000 € d'investissement + 4 000 € …": what the first part buys, then "+")
    # (a "+" of its own, not the "+" of a name: "40 k€ de FSE+ et 30 k€")
    # (a bracket holding the whole of a sheet's facts, "(Pilote : … ; coût : 3 500 € + 1 200 €)",
    # explains no amount before it: its "+" adds as it does outside brackets)
    explains = inside_parentheses and bool(find_amounts(line[: line.rfind("(", 0, start)]))
    addend_after = re.match(
        r"^\s*(?:\([^()]*\))?\s*\+|^\s*(?:d['’]\s*|de\s+)[^\W\d]+\s+\+\s", after_raw
    ) and find_amounts(after_raw)
    between = line[previous_end:start] if previous_end is not None else ""
    addend_before = (  # "… + 7 000 €", not the "+" of a name ("FSE+")
        not explains
        and re.search(r"(?:^|\s)\+(?:\s|$)", between) is not None
        and not re.search(r"[;:]|soit", between)
    )
    # "24 000 € d'investissement (achat en 2025), puis 7 000 € par an …": the first of amounts told
    # one after the other, not a total of them
    unbracketed = re.sub(r"\b(?:19|20)\d\d\b", "", re.sub(r"\([^()]*\)", "", after_raw))
    then_after = re.match(r"^[^€\d;.]{0,100}?\b(?:puis|ensuite)\s+(?=\d)", unbracketed) and find_amounts(
        unbracketed[:140]
    )
    if (addend_after or addend_before or then_after) and not explains and not _ends_with(before, ("soit",)):
        return "unknown"
    if inside_parentheses and re.search(r"\d\s*%\s*\(\s*$", line[:start]):
        return "unknown"  # "CAF 50 % (15 000 €), CCAS 50 % (15 000 €)": each share's amount
    opened, first_open = line.rfind("(", 0, start), line.find("(")
    if (
        inside_parentheses
        and previous_end is not None
        and ")" in line[previous_end:opened]
        and not find_amounts(line[:first_open])  # (no cost before the shares: "12 000 €, répartis …")
    ):
        return "unknown"  # "ARS Bretagne (25 000 €), CIAS (15 000 €)": a bracket of its own, a share
    head = fold(line[:start])
    clause = fold(re.split(r"[.;]\s", line[:start])[-1])  # "dont" ends with its sentence
    if (
        previous_end is not None  # "…, dont le budget s'élève à …": no amount before, no part of one
        and " dont " in f" {clause} "
        and not re.search(r"\b(?:soit|total)\b", head.rsplit("dont", 1)[-1])
    ):
        return "component"  # "dont 30 000 € à la charge de la Ville et 34 000 € …": parts of a total
    closed = line.find(")", end)
    if (
        inside_parentheses
        and previous_end is not None
        and re.fullmatch(r"\s*soit\s*", line[opened + 1 : start])
        and not find_amounts(line[end : closed if closed > 0 else len(line)])
    ):
        return "total"  # "7 500 € par an (soit 45 000 € sur six ans)": the sum, stated
    if (
        inside_parentheses
        and previous_end is not None
        and set(fold(line[opened + 1 : start]).split()) & words.grand_total
        # labelled so ("… : 86 000 €", "soit au total 86 000 €"), not "(sur un budget total du
        # CCAS de 2,3 M€)": the whole the amount is compared with
        and (line[opened + 1 : start].rstrip().endswith(":") or _ends_with(before, words.total_before))
    ):
        return "total"  # "9 500 € par an (coût global estimé sur la période : 86 000 €)": the sum
    if (
        inside_parentheses
        and previous_end is not None
        and opened < previous_end
        and ")" not in line[opened:start]
        and re.search(r"(?:\bet|,)\s*$", line[previous_end:start]) is not None
        and not re.search(r"\b(?:dont|soit|y compris)\b", fold(line[opened:start]))
    ):
        return "unknown"  # "(15 k€ en fonctionnement et 5 k€ en investissement)": two parts of one cost
    if previous_end is not None and (
        inside_parentheses
        or re.search(r"\+\s*$", line[:start])
        or _ends_with(before, words.component_before)
        or re.match(r"^\s*:", line[previous_end:start])
    ):
        return "component"
    if (
        previous_end is None
        and re.match(r"^[\s.,;]*\)", after_raw) is not None
        and line[:start].count("(") <= line[:start].count(")")
        and not _ends_with(before, words.total_before)
        # (an amount above, in the bracket this one closes: "(coût :" / "22 k€)." is the cost)
        and not (context and not find_amounts(context) and re.search(r"\([^()]*$", context))
    ):
        return "component"  # "250 000 €)" closing "0,45 M€ (dont CARSAT : …" on the line above
    if _ends_with(before, words.increase_before):
        return "increase"
    right_after_label = ":" in line[:start] and not line[line[:start].rfind(":") + 1 : start].strip()
    label_words = fold(line[:start].rsplit(":", 1)[0]).split() if right_after_label else []
    if label_words and any(w in words.per_year_label for w in label_words[-3:]):
        if re.search(r"\b(?:19|20)\d\d\s*:\s*$", line[:start]):
            return "unknown"  # "(coût annuel) : 2026 : 19 000 € – 2027 : 19 500 €": each year's money
        year = re.match(r"^\s*(?:en|pour)\s+((?:19|20)\d\d)\b", after_raw)
        other = re.search(r"\d\s*(?:€|euros?)\s+(?:en|pour)\s+((?:19|20)\d\d)\b", after_raw)
        if year and other and other[1] != year[1]:
            # "Budget annuel : 22 000 € en 2026, 24 000 € en 2027, …": each year's money (not
            # "12 000 € en 2026 et en 2027", one year's amount for two years)
            return "unknown"
        return "per_year"  # "Coût annuel : 42 500 €", "Budget annuel : …"
    since = before if previous_end is None else fold(line[previous_end:start])  # not across an amount
    if previous_end is not None and any(f" {w} " in f" {since} " for w in words.remainder_words):
        return "component"  # "…, dont 40 k€ et 30 k€ ; le CIAS apporte le solde, soit 26 k€"
    if re.search(rf"\b(?:{'|'.join(map(re.escape, words.per_year_label))}) d(?:e)?$", since):
        return "per_year"  # "une enveloppe annuelle de 45 000 €"
    if _period_before().search(before):
        return "total"  # "… sur trois ans (2026-2028) : 127 500 €"
    if re.match(r"^\s*[;,·–-]?\s*\(\s*(?:19|20)\d\d\s*\)", after_raw) and find_amounts(after_raw):
        # "Coût estimé : 5 000 € (2027) 7 500 € (2028)", "Coût (2031) 2 000 € ; (2032) 2 500 €":
        # one year's part
        return "unknown"
    dated = re.match(r"^\s*(?:\([^()]*\)\s*)?(?:en|pour)\s+(?:19|20)\d\d\b", after_raw)
    if (
        dated
        and (
            find_amounts(after_raw)
            # (the list's last year: "…, 15 000 € en 2025 et 15 000 € en 2026")
            or (
                previous_end is not None
                and re.search(r"\b(?:en|pour)\s+(?:19|20)\d\d\b", line[previous_end:start])
            )
        )
    ):
        return "unknown"  # "Coût : 4 000 € en 2027, 4 000 € en 2028, …": one year's part of a list
    if _starts_with(after, words.first_year_after):
        return "unknown"  # "4 000 € pour la 1re année, …": one year's part
    if re.search(r":\s*(?:19|20)\d\d\s*:\s*$", line[previous_end or 0 : start]):
        return "unknown"  # "Coût estimé : 2025 : 9 000 €": the first year of a list, under its label
    yearly_cost = re.search(r"(?:^|\s)cout(?P<tail>(?: \w+){1,5})$", since)
    if yearly_cost and (
        set(yearly_cost["tail"].split()[:3]) & words.per_year_label
        if len(yearly_cost["tail"].split()) <= 3
        # "le coût annuel du poste est de 42 000 €": the yearly word right after "coût", in a
        # sentence ("Coût annuel chargé du poste : 38 500 €" labels the action's cost)
        else yearly_cost["tail"].split()[0] in words.per_year_label and not right_after_label
    ):
        return "per_year"  # "coût annuel 7 800 €, soit 23 400 € sur 2026-2028": a year's cost
    if (
        _ends_with(before, words.total_before)
        or _ends_with(before, words.revised_before)  # "…, porté à 55 000 €": the amount it is now
        # "Coût : investissement 0,45 M€ ; …": one part of the cost, not its total
        or (
            (cost := re.search(r"(?:^|\s)cout(?P<tail>(?: \w+){0,5})$", since))
            and not _names_a_part(cost["tail"].split())
        )
    ):
        return "total"
    # (the label right before the colon: "Coût total : Investissement : 55 000 €" is a part's)
    # ("Total : 152 : 42 000 €": a count's cell between them is no label)
    worded = [part for part in line[:start].split(":")[:-1] if re.search(r"[^\W\d]", part)]
    label = fold(worded[-1]) if worded else ""
    if re.search(r"\btotal\b", label) and re.match(r"^\s*$", line[line[:start].rfind(":") + 1 : start]):
        return "total"  # "Budget total sur la durée du plan : 64 000 €"
    own_label = (
        fold(re.split(r"[;:(]", line[previous_end:start])[-1]).split() if previous_end is not None else []
    )
    if _OVER_YEARS.match(after_raw) and own_label and _names_a_part(own_label[-3:]):
        # "investissement 120 000 € ; fonctionnement 165 000 € sur 2027-2030": the running part
        # over the years, beside the other part — the two add up, neither is the whole
        return "unknown"
    if _OVER_YEARS.match(after_raw) or _starts_with(after, words.total_after):
        return "total"
    if re.match(r"^\s*:\s*\S", after_raw) and find_amounts(after_raw):
        return "total"  # "19 500 € : 15 000 € d'investissement … puis 1 500 € par an"
    if _said_again(after_raw):
        return "unknown"  # "Budget : 3 000 € en 2026 et autant en 2027": the first year's amount
    if re.fullmatch(r"budget(?: \w+)?(?: \d{4}(?: \d{4})*)?", before.strip()) and not names_a_component(
        before.strip()[len("budget") :].strip()
    ):  # ("Budget : investissement 120 k€ ; fonctionnement 35 k€": a part)
        if re.match(
            r"^\s*(?:(?:\([^()]*\)\s*)?(?:en|pour)\s+(?:19|20)\d\d\b|\(\s*(?:19|20)\d\d\s*\))", after_raw
        ) and find_amounts(after_raw):
            return "unknown"  # "Budget : 3 500 € en 2026, puis 2 000 € en 2027", "38 500 € (2027) ; …"
        bought = re.match(r"^\s*((?:d['’]|de\s+|en\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,2})", after_raw)
        bought_words = fold(bought[1]).split() if bought else []
        later = fold(after_raw[bought.end() :]).split() if bought else []
        if any(names_a_component(" ".join(bought_words[:n])) for n in (1, 2, 3)) and (
            # another part named after it, or the list going on below ("… ;")
            any(names_a_component(w) for w in later) or after_raw.rstrip().endswith((";", ","))
        ):
            return "unknown"  # "Budget : 45 000 € d'investissement … ; fonctionnement : 22 000 € …": a part
        return "total"  # "Budget : 200 000 €", "Budget : 2008/2009 : 255 000 euros"
    if (
        re.search(
            r"\bpar (?!la |le |les |l |un |une |des |du )\w+",
            # the label right before the colon ("… 500 € par logement ; enveloppe … : 80 k€")
            fold(re.split(r"[;.]\s|€", line[:start].rsplit(":", 1)[0])[-1]),
        )
        and ":" in line[:start]
    ):
        return "per_unit"  # "Coût par bénéficiaire : 8,90 €"
    return "unknown"


@lru_cache(maxsize=1)
def _renewed_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["renewed_after"])


@lru_cache(maxsize=1)
def then_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words that make a yearly amount the money of the years after the first ones."""
    data = load_reference("money")
    return tuple(fold(w) for w in data["then_before"]), tuple(fold(w) for w in data["then_after"])


@lru_cache(maxsize=1)
def one_off_labels() -> tuple[str, ...]:
    """Words naming money spent once (an investment) beside a yearly running cost."""
    return tuple(fold(w) for w in load_reference("money")["one_off_labels"])


def _renewed(after: str) -> bool:
    """ "…, reconduite chaque année du plan", " (2025) – reconduction annuelle …": the amount is
    renewed every year (its year or a comma or dash may come first)."""
    head = re.sub(r"^\s*(?:\([^()]{0,30}\))?\s*[,–—-]?\s*", "", after)
    return _starts_with(fold(head), _renewed_words())


@lru_cache(maxsize=1)
def _each_after() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["each_after"])


@lru_cache(maxsize=1)
def _per_unit_labels() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["per_unit_labels"])


@lru_cache(maxsize=1)
def _period() -> re.Pattern[str]:
    """ "de 2023 à 2026", "sur 2024-2025", "(2024-2025)", "pendant 3 ans" right after "par an"."""
    data = load_reference("money")["period"]

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data[key], key=len, reverse=True))

    year = r"20[0-4]\d"
    return re.compile(
        rf"^[^.;+€]{{0,80}}?(?:\b(?:{alternatives('from')})\s+(?P<a>{year})\s+(?:{alternatives('to')})\s+(?P<b>{year})"
        rf"|\b(?:{alternatives('over')})\s+(?P<c>{year})\s*[-–/]\s*(?P<d>{year})"
        rf"|\(\s*(?P<e>{year})\s*[-–/]\s*(?P<f>{year})\s*\)"
        # "sur la durée du schéma (quatre ans)": the count of years in a bracket
        rf"|\(\s*(?P<p>\d{{1,2}}|{_number_words_pattern()})\s+(?:{alternatives('years')})\s*\)"
        # "10 k€/an 2026-2028": the range right after the yearly marker
        rf"|^\s*(?P<g>{year})\s*[-–]\s*(?P<h>{year})\b"
        rf"|\b(?:{alternatives('over')})\s+(?P<n>\d{{1,2}}|{_number_words_pattern()})\s+(?:{alternatives('years')})\b"
        # "en 2026 et 2027", "en 2026, 2027 et 2028": the years listed one by one
        rf"|(?:\b(?:en|pour|sur)\s+|\(\s*)(?P<listed>{year}(?:\s*,\s*(?:en\s+)?{year})*\s+(?:et|comme)\s+(?:en\s+)?{year})\b"
        # "(2026, 2027, 2028)": the years listed in brackets
        rf"|\(\s*(?P<bracketed>{year}(?:\s*,\s*{year})+)\s*\)"
        # "(pour chacune des) deux années suivantes": the count right after the yearly marker
        rf"|^\s*(?:les\s+)?(?P<m>\d{{1,2}}|{_number_words_pattern()})\s+(?:{alternatives('years')})\b)",
        re.I,
    )


def _number_words() -> dict[str, int]:
    """ "trois" → 3: the number words of the data ("pendant trois ans")."""
    return {fold(w): int(n) for w, n in load_reference("ccas-plan")["number_words"].items()}


def _number_words_pattern() -> str:
    words = load_reference("ccas-plan")["number_words"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _months_after(after: str) -> tuple[int, str] | None:
    """ "800 € par mois pendant 12 mois", "450 € par semaine pendant 8 semaines": how many months
    or weeks the amount runs over, as printed."""
    match = _per_period().match(after)
    if not match:
        return None
    printed = match["n"]
    count = int(printed) if printed.isdigit() else _number_words().get(fold(printed), 0)
    return (count, f"{printed} {match[0].split()[-1]}") if 1 <= count <= 60 else None


@lru_cache(maxsize=1)
def _per_period() -> re.Pattern[str]:
    data = load_reference("money")
    per = "|".join(re.escape(w) for w in sorted(data["per_period_after"], key=len, reverse=True))
    over = "|".join(re.escape(w) for w in sorted(data["period"]["over"], key=len, reverse=True))
    units = "|".join(re.escape(w) for w in sorted(data["period_units"], key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:HT|TTC)?\s*(?:{per})\s+(?:{over})\s+(?P<n>\d{{1,2}}|{_number_words_pattern()})\s+(?:{units})\b",
        re.IGNORECASE,
    )


def _per_month(after: str) -> bool:
    """ "par mois", "/mois", "mensuels" right after an amount (its tax mention aside)."""
    words = load_reference("money")["per_month_after"]
    folded = re.sub(r"^\s*(?:HT|TTC)\b", "", after, flags=re.I).strip().lower()
    return any(folded.startswith(w) for w in words)


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {fold(name): int(n) for name, n in load_reference("document")["month_numbers"].items()}


def _month_span(text: str) -> tuple[int, str] | None:
    """How many months the words after a monthly amount span: "x 12", "de janvier à décembre
    2026", "du 1er mars au 31 août 2026", "de septembre 2026 à juin 2027" (both ends counted)."""
    times = re.match(r"^[^.;]{0,40}?[x×]\s*(\d{1,2})\b(?!\s*(?:ans|années))", text)
    if times:
        return int(times[1]), f"× {times[1]}"
    numbers = _month_numbers()
    months = "|".join(re.escape(m) for m in sorted(numbers, key=len, reverse=True))
    span = re.search(
        rf"\b(?:de|du|d)\s+(?:1er\s+|\d{{1,2}}\s+)?(?P<m1>{months})\s*(?P<y1>20\d\d)?\s+"
        rf"(?:a|au|jusqu a|jusqu au|jusqu en)\s+(?:fin\s+)?(?:\d{{1,2}}\s+)?(?P<m2>{months})\s*(?P<y2>20\d\d)?\b",
        fold(re.split(r"[.;]\s", text, maxsplit=1)[0]),
    )
    if not span:
        return None
    first, last = numbers[span["m1"]], numbers[span["m2"]]
    y2 = int(span["y2"]) if span["y2"] else 0
    y1 = int(span["y1"]) if span["y1"] else (y2 if first <= last else y2 - 1)
    count = (y2 * 12 + last) - (y1 * 12 + first) + 1
    return (count, f"{count} mois") if 1 <= count <= 60 else None


def period_years(after: str) -> tuple[int, str] | None:
    """The number of years a per-year amount runs over, when the words right after it print
    the period ("par an de 2023 à 2026" → 4), and how it was printed."""
    times = re.match(r"^\s*[×x]\s*(\d{1,2})\b(?:\s*ans?\b)?", after)
    if times is not None and 1 <= int(times[1]) <= 10:
        return int(times[1]), f"× {times[1]}"  # "3 500 €/an ×3": a notes app's shorthand for three years
    bracketed = re.match(
        r"^\s*(?:[^\W\d]+\s+){0,4}\(\s*((?:19|20)\d\d)\s*(?:à|-|–)\s*((?:19|20)\d\d)\s*\)", after
    )
    if bracketed is not None and 1 <= int(bracketed[2]) - int(bracketed[1]) <= 9:
        # "28 000 € par an en année pleine (2027 à 2029)": the years after a few words
        count = int(bracketed[2]) - int(bracketed[1]) + 1
        return count, f"{bracketed[1]}–{bracketed[2]}"
    dashed = re.match(r"^\s*[—–-]\s*((?:19|20)\d\d(?:\s*(?:,|\bet\b)\s*(?:19|20)\d\d)+)\s*(?:[.;]|$)", after)
    if dashed is not None:
        # "Coût annuel : 20 000 € — 2026, 2027": the years it is spent in, listed after a dash
        spent = sorted({int(y) for y in re.findall(r"\d{4}", dashed[1])})
        if spent == list(range(spent[0], spent[0] + len(spent))):
            return len(spent), ", ".join(str(y) for y in spent)
    match = _period().match(after)
    if not match and (aside := re.match(r"^\s*\([^()]{1,80}\)", after)):
        match = _period().match(after[aside.end() :])  # "par an (trois cycles à 4 200 €) de 2031 à 2035"
    if not match:
        return None
    for low, high in (("a", "b"), ("c", "d"), ("e", "f"), ("g", "h")):
        if match[low]:
            first, last = int(match[low]), int(match[high])
            if 0 <= last - first <= 10:
                return last - first + 1, f"{first}–{last}"
            return None
    if match["listed"] or match["bracketed"]:
        years = sorted(set(re.findall(r"\d{4}", match["listed"] or match["bracketed"])))
        return len(years), ", ".join(years)
    printed = match["n"] or match["m"] or match["p"]
    count = int(printed) if printed.isdigit() else _number_words().get(fold(printed), 0)
    return (count, f"{printed} ans") if 1 <= count <= 10 else None


@lru_cache(maxsize=1)
def _stated_period() -> re.Pattern[str]:
    data = load_reference("money")["stated_period"]
    months = "|".join(re.escape(_lower(m)) for m in load_reference("document")["months"])

    def alternatives(words: list[str]) -> str:
        return "|".join(
            re.escape(_lower(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )

    year = r"20[0-4]\d"
    count = rf"(?P<n>\d{{1,2}}|{_number_words_pattern()})"
    return re.compile(
        # "de 2026 à 2028", "de janvier 2026 à décembre 2027"
        rf"\b(?:de|du|entre)\s+(?:(?P<m1>{months})\s+)?(?P<a>{year})\s+(?:a|au|et|jusqu'en)\s+"
        rf"(?:(?P<m2>{months})\s+)?(?P<b>{year})\b"
        rf"|(?<![\d/])(?P<c>{year})\s*(?:[-–—]|→|->)\s*(?P<d>{year})\b"
        # "pour trois ans", "les deux premières années du plan"
        rf"|\b(?:{alternatives(data['over'])}|les)\s+{count}\s+(?:(?:{alternatives(data['ordinal_years'])})\s+)?(?:ans|annees)\b"
        rf"|(?:\b(?:{alternatives(data['listed'])})\s+|,\s*)(?P<listed>{year}(?:\s*,\s*(?:en\s+)?{year})*\s+et\s+(?:en\s+)?{year})\b"
    )


def _lower(text: str) -> str:
    return strip_accents(normalize_punctuation(text)).lower()


def stated_period(text: str) -> tuple[int, str] | None:
    """The years a sheet's text says its action runs over, wherever it says so ("Le poste est
    créé de 2026 à 2028", "L'action est prévue pour 2026 et 2027", "pour trois ans"), when all it
    says agrees; a range of months other than whole years ("de septembre 2026 à juin 2027") says
    no count of years."""
    opening, closing = (_lower(m) for m in load_reference("money")["stated_period"]["full_year"])
    found: set[tuple[int, str]] = set()
    for match in _stated_period().finditer(_lower(text)):
        if match["a"] or match["c"]:
            first, last = int(match["a"] or match["c"]), int(match["b"] or match["d"])
            if (match["m1"] or opening, match["m2"] or closing) != (opening, closing):
                return None  # "de septembre 2026 à juin 2027": months, not a count of years
            if not 0 < last - first <= 10:
                continue
            found.add((last - first + 1, f"{first}–{last}"))
        elif match["listed"]:
            years = sorted(set(re.findall(r"\d{4}", match["listed"])))
            found.add((len(years), ", ".join(years)))
        else:
            printed = match["n"]
            count = int(printed) if printed.isdigit() else _number_words().get(printed, 0)
            if 2 <= count <= 10:
                found.add((count, f"{printed} ans"))
    counts = {count for count, _ in found}
    if len(counts) != 1:
        return None
    return min(found, key=lambda f: len(f[1]))


_NEXT_SHARE = re.compile(r"^\s*[;,]\s*(?:et\s+)?[^;:€\d]{2,60}?\s*:\s*$")


_AFTER_THE_SUM = re.compile(
    r"^\s*(?:\([^()]*\))?\s*,?\s*(?:(?:et\s+)?plus|(?:et\s+)?en\s+plus|auxquels?\s+s['’]ajoutent|"
    r"auquel\s+s['’]ajoute|à\s+quoi\s+s['’]ajoutent|s['’]y\s+ajoutent|en\s+sus)\s*(?:de\s+)?$",
    re.IGNORECASE,
)


def budget_lines(lines: list[AmountLine], said: str = "") -> list[BudgetLine]:
    """Classify every amount of one record's lines and decide which ones totals count (`said`:
    the record's other text, where it names the alternative it chose)."""
    found: list[tuple[AmountLine, Amount, BudgetKind]] = []
    for line in lines:
        previous_end = None
        amounts = find_amounts(line.text)
        kinds = []
        for amount in amounts:
            kinds.append(_kind(line.text, amount.start, amount.end, previous_end, line.context))
            previous_end = amount.end
        if _itemised(line.text, amounts, kinds) or _joined_parts(line.text, amounts, kinds):
            kinds = ["unknown"] * len(kinds)
        for n in range(1, len(kinds)):
            if kinds[n] == "total" and re.search(
                r"\(\s*soit\s*$", line.text[amounts[n - 1].end : amounts[n].start]
            ):
                if amounts[n].low <= amounts[n - 1].low:
                    kinds[n] = "component"  # "30 000 € (soit 18 000 € en 2026)": a part of it
                else:
                    # "Budget : 12 000 € (soit 36 000 € sur trois ans)": the sum the bracket
                    # states covers the amount before it
                    kinds[:n] = ["unknown" if k == "total" else k for k in kinds[:n]]
        for n in range(1, len(kinds)):
            between = line.text[amounts[n - 1].end : amounts[n].start]
            if (
                kinds[n] == "total"
                and kinds[n - 1] == "total"
                and re.search(r",\s*soit\s*$", between)
                and not re.search(r"[.;]\s", between)
                and amounts[n].low > amounts[n - 1].low
            ):
                # "Une enveloppe de 7 200 € est inscrite pour 2026 et une enveloppe identique pour
                # 2027, soit 14 400 € sur deux ans": the sum "soit" states covers the envelope
                kinds[n - 1] = "unknown"
        for n in range(1, len(kinds)):
            between = line.text[amounts[n - 1].end : amounts[n].start]
            if (
                kinds[n] == "total"
                and re.search(r"\bdont\b[^.;€\d]{0,40}\bsoit\s*$", between)
                and amounts[n].low < amounts[n - 1].low
            ):
                # "Le budget prévu, 15 000 €, dont la moitié, soit 7 500 €, …": the share's amount
                kinds[n] = "component"
        if (
            len(amounts) >= 3
            and kinds[0] == "total"
            and "|" in line.text
            and abs(sum(a.low for a in amounts[:-1]) - amounts[-1].low) <= 0.005 * amounts[-1].low
        ):
            # "Total | 36,5 k€ | 37,5 k€ | 74,0 k€": a table's total row over years, its last cell
            # the sum of the others — the whole; the years' totals are its parts
            kinds[:] = ["component"] * (len(amounts) - 1)
            kinds.append("total")
        for n in range(1, len(kinds)):
            if (
                kinds[n - 1] == "superseded"
                and kinds[n] == "component"
                and re.fullmatch(r"[^()€\d]{0,30}\(\s*", line.text[amounts[n - 1].end : amounts[n].start])
                and re.match(
                    r"\s*(?:T\.?T\.?C\b|toutes[ -]taxes[ -]comprises)", line.text[amounts[n].end :], re.I
                )
            ):
                kinds[n] = "total"  # "5 000 € HT (6 000 € TTC)": the price with tax, in its bracket
        for n in range(1, len(kinds)):
            if (
                kinds[n - 1] == "total"
                and kinds[n] == "unknown"
                and _AFTER_THE_SUM.search(line.text[amounts[n - 1].end : amounts[n].start])
            ):
                # "450 € par mois, soit 5 400 €, plus 3 000 € d'ameublement": the sum covers what
                # it follows; what is added after it is money of its own
                kinds[n] = "total"
        for n in range(1, len(kinds)):
            if (
                kinds[n] == "per_year"
                and "per_year" in kinds[:n]
                and re.search(r"\(?\s*\bdont\s*$", fold(line.text[amounts[n - 1].end : amounts[n].start]))
            ):
                kinds[n] = "component"  # "9 k€/an, dont 4 k€/an pris en charge par l'État": its share
        for n in range(2, len(kinds)):
            if (
                re.search(
                    r"\bsoit\s*(?:au\s+total\s*|un\s+total\s+de\s*)?$",
                    line.text[amounts[n - 1].end : amounts[n].start],
                    re.I,
                )
                and all(a.high is None for a in amounts[: n + 1])
                and all(k in ("total", "unknown") for k in kinds[:n])
                and abs(sum(a.low for a in amounts[:n]) - amounts[n].low) < 0.5
            ):
                # "Coût global : 80 000 € en investissement et 66 000 € en fonctionnement, soit
                # 146 000 €": the sum "soit" states is the whole, the amounts before it its parts
                kinds[:n] = ["component"] * n
                kinds[n] = "total"
        _yearly_clause(line.text, amounts, kinds)
        _bracketed_period_sum(line.text, amounts, kinds)
        _revisions(line.text, amounts, kinds)
        _chained(line.text, amounts, kinds)
        _cumulated(line.text, amounts, kinds)
        _stated_parts(amounts, kinds)
        for n in range(1, len(kinds)):
            # "dont DETR : 300 000 € ; Conseil départemental : 200 000 €": the list of shares
            # after "dont" goes on past its semicolons, every named share a part of the total
            if (
                kinds[n - 1] == "component"
                and kinds[n] == "unknown"
                and _NEXT_SHARE.match(line.text[amounts[n - 1].end : amounts[n].start])
            ):
                kinds[n] = "component"
        if found and kinds[:1] == ["unknown"] and re.match(r"^\s*\+\s*\d", line.text):
            # "Coût : 6 000 € (matériel)" / "+ 2 500 € (formation)": the sum goes on over the
            # line, the amount above one of its addends, not the total
            above = found[-1][0]
            found = [(ln, a, "unknown" if ln is above and k == "total" else k) for ln, a, k in found]
        if (
            found
            and line.context
            and amounts
            and kinds[0] == "unknown"
            and re.search(r"\(\s*$", line.text[: amounts[0].start])
            and re.match(r"^\s*\)", line.text[amounts[0].end :])
            and found[-1][2] == "component"
        ):
            # "… comprend la rémunération de l'intervenant (9 000 €) et les frais de transport" /
            # "(5 000 €) ; …", "… à 60 %" / "par le CCAS (7,5 k€).": the list of the parts in
            # brackets goes on over the line, a part too
            kinds[0] = "component"
        found.extend((line, amount, kind) for amount, kind in zip(amounts, kinds, strict=True))
    found = _listed_items(found)
    found = _running_over_lines(found)
    found = _authorised(found)
    found, lowered = _amended(found)
    # "Plan de financement : CARSAT 450 000 € ; …" beside "Coût : 1,35 M€": who pays the cost,
    # not more of it — the funders' shares are shown, counted only where no cost is printed
    costed = any(line.in_budget and not line.funding and kind != "per_unit" for line, _, kind in found)
    funders_only = {id(line) for line, _, _ in found if line.funding and costed}
    totals = [
        (line, amount)
        for line, amount, kind in found
        if kind == "total"
        and line.in_budget
        and not _billions(line.text[amount.start : amount.end])
        # ("Financeurs : Conférence des financeurs (12 000 € sur 3 ans)": a share, no total of the cost)
        and id(line) not in funders_only
    ]
    # "Coût de la formation : 3 000 €" / "Coût des supervisions : 1 800 €": the costs of the
    # action's parts, each named, none the whole — added up, not one taken for the total
    named = [
        (line, amount)
        for line, amount, kind in found
        if kind in ("total", "unknown")
        and line.in_budget
        and re.fullmatch(r"cout (?:de|du|des|d) [^\d]{3,60}", fold(line.text[: amount.start]).strip())
        and not _is_grand(line.text, amount)
    ]
    if (
        len(named) >= 2
        and all(t in named for t in totals)
        and len({fold(ln.text[: a.start]) for ln, a in named}) == len(named)
    ):
        found = [(ln, a, "unknown" if (ln, a) in named else k) for ln, a, k in found]
        totals = []
    # "Fonctionnement : 9 k€ par an de 2027 à 2030, soit 36 k€": a total of its own line's annual
    # amount; when every stated total is such, the sheet's other lines keep their money
    line_totals = [
        (line, amount)
        for line, amount in totals
        if any(other is line and k == "per_year" and a.end <= amount.start for other, a, k in found)
        and _ends_with(fold(line.text[: amount.start]), money_words().total_before)
        and not _beyond_its_line(line, amount, found)
    ]
    # "Équipement : 4 500 €" / "Fonctionnement : 18 000 € sur la durée du plan": the total of
    # what its label buys, beside money of other labels — its own line's, not the action's
    component_lines = [ln for ln, a, _ in found if _component_label(ln.text, a)]
    line_totals += [
        (line, amount)
        for line, amount in totals
        if (line, amount) not in line_totals
        and _component_label(line.text, amount)
        and sum(1 for other, _, _ in found if other is line) == 1  # (its line's only amount)
        and any(other is not line for other in component_lines)
    ]
    own_lines = (
        bool(totals) and len(line_totals) == len(totals) and not any(_is_grand(t.text, a) for t, a in totals)
    )
    # "…, soit 93 000 €. Coût total : 147 000 €": a total named as the whole ("total", "global")
    # covers the partial totals stated beside it.
    grand = [(line, amount) for line, amount in totals if _is_grand(line.text, amount)]
    covering = grand or totals
    # "Budget : 12000" (a field of the base) / "Budget : 12 000 € (vacations …)" (its text): the
    # action's total said twice, the same amount on two lines — counted once, where first said
    # ("Budget 2026 : 6 500 €" / "Budget 2027 : 6 500 €": each year's own money, never the same
    # total said again — the years its label names tell them apart)
    # (a whole said twice, "Total : 44 000 €" in the recap's row and "soit un total de 44 000 €"
    # in its text, is counted once too; a part said as much as the whole is covered by it)
    said_before: dict[tuple[float, frozenset[str], bool], AmountLine] = {}
    repeated: dict[int, AmountLine] = {}
    for line, amount in totals:
        if amount.high is not None:
            continue
        # (the years of the amount's own label: "2026 : 9 000 € ; … ; Total : 27 000 €", a year
        # table's row, names no year of its total)
        years = frozenset(re.findall(r"\b(?:19|20)\d\d\b", line.text[: amount.start].split(";")[-1]))
        whole = (line, amount) in grand
        first = said_before.setdefault((amount.low, years, whole), line)
        # (two rows of one table each closing on its own "Total : 21 000 €", the years apart:
        # each row's money, not the same whole said twice)
        if first is not line and not (whole and _row_total(first.text) and _row_total(line.text)):
            repeated[id(amount)] = first
    result: list[BudgetLine] = []
    spans: list[tuple[str, int] | None] = []  # each budget line's printed line and amount offset
    for line, amount, kind in found:
        spans.extend([None] * (len(result) - len(spans)))
        if kind == "total" and grand and (line, amount) not in grand and line.in_budget:
            where = grand[0][0].source.lines[0]
            counted, reason = False, f"partial total, covered by the total of the action on line {where}"
        elif kind == "total" and id(amount) in repeated and line.in_budget:
            where = repeated[id(amount)].source.lines[0]
            counted, reason = False, f"the action's total said again, as on line {where}: counted once"
        elif id(line) in funders_only:
            counted, reason = (
                False,
                "a funder's share of the cost printed on the sheet: shown, not added to it",
            )
        elif _billions(line.text[amount.start : amount.end]):
            counted, reason = (
                False,
                "an amount in billions of euros: a public budget the action sits in, not its cost",
            )
        elif own_lines and not any(t is line for t, _ in totals):
            counted, reason = _decide(line, kind, [])  # the total beside it totals its own line
        else:
            counted, reason = _decide(
                line, kind, [t for t in covering if t[0] is line] if own_lines else covering
            )
        raw = " ".join(line.text.replace("**", "").split())
        rest = line.text[amount.end :]
        if line.following and not re.search(r"[.;!?](?:\s|$)", rest) and not find_amounts(line.following):
            # (the sentence goes on below: its period too — unless it states its sum there, "…
            # (2026 et 2027), soit 38 000 €", read on its own line)
            rest = f"{rest} {line.following}"
        period: tuple[float, str] | None = (
            period_years(_after_per_year(rest))
            or _years_before(line.text[: amount.start])
            or _until_year(line.text, amount)
            if kind == "per_year" and line.in_budget and not totals and amount.high is None
            else None
        )
        if period and any(
            abs(a.low - period[0] * amount.low) < 0.5
            and re.fullmatch(r"\s*\(\s*", line.text[a.end : amount.start]) is not None
            for other, a, _ in found
            if other is line and a is not amount
        ):
            # "21 000 € (7 000 € par an de 2025 à 2027)": the product printed beside it is the total
            period, counted, reason = (
                None,
                False,
                "annual amount whose total over the period is printed beside it",
            )
        if period:
            reason = "annual amount over the period printed with it: counted through the line below"
        # (a cost named by what it buys, "Location d'un bureau : 800 € par mois pendant 12 mois";
        # "Aide : 150 € / mois pendant six mois" is what one household receives)
        bought = fold(line.text[: amount.start].rsplit(":", 1)[0]) if ":" in line.text[: amount.start] else ""
        # ("moyennant un loyer de 350 € par mois": what it buys told in the sentence before it)
        told_buy = fold(f"{line.context} {line.text[: amount.start]}").split()[-6:]
        costed_month = (
            kind == "per_unit"
            and line.in_budget
            and not totals
            and amount.high is None
            and (names_a_component(bought) or _names_a_part(told_buy))
        )
        months = (
            _months_after(line.text[amount.end :]) if costed_month and names_a_component(bought) else None
        )
        if costed_month and months is None and _per_month(line.text[amount.end :]):
            # "… 620 € HT par mois, du 1er mars au 31 août 2026", "450 €/mois x 12": the months
            # its sentence spans
            months = _month_span(f"{line.context} {line.text}"[len(line.context) + 1 + amount.end :])
            if months and any(
                abs(a.low - months[0] * amount.low) < 0.5
                for other, a, _ in found
                if other.source == line.source
            ):
                months = None  # "7 800 € (loyer 650 €/mois × 12)": the product is printed
        if months:
            period, reason = (
                months,
                "amount per month or week over the ones printed with it: counted through the line below",
            )
        again = None
        if kind == "unknown" and line.in_budget and not totals and amount.high is None and not period:
            if again := _said_again(line.text[amount.end :]):
                period, counted, reason = (
                    again,
                    False,
                    "an amount said again for the years after it ('et autant en 2028'): counted through the line below",
                )
            elif listed_years := _each_listed_year(line.text, amount):
                period, counted, reason = (
                    listed_years,
                    False,
                    "an amount for each of the years listed after it, among amounts given a year each: "
                    "counted through the line below",
                )
        factor = (
            _PRODUCT.search(line.text[: amount.start])
            if kind == "per_unit" and line.in_budget and not totals and amount.high is None
            else None
        )
        times = float(factor[1].replace(",", ".")) if factor else 0.0
        printed_product = any(
            other is line and abs(a.low - times * amount.low) < 0.5
            for other, a, _ in found
            if a is not amount
        )  # "Tablettes (10 × 280 €) | 2 800 €": the product is on the line
        if (
            factor
            and not printed_product
            and not re.match(r"^\s*(?:=|soit\b)", line.text[amount.end :], re.I)
            # ("48 000 € par an, dont 2 × 21 000 € d'aide de l'État": a part of the amount before it)
            and not re.search(r"\b(?:dont|y compris)\s*$", line.text[: factor.start()], re.I)
        ):
            times = int(times) if times.is_integer() else times
            period, reason = (
                (times, factor[0].strip()),
                "a factor times the amount, the product not printed: counted through the line below",
            )
        units = (
            _counted_units(line.text, amount, line.context)
            if (
                kind in ("per_unit", "unknown")
                # ("Budget : 25 € de l'heure, 2 heures …": a price the label made a total, its unit
                # said by an article, its count after it)
                or (kind == "total" and _PRICED_BY_ARTICLE.match(line.text[amount.end :]) is not None)
            )
            and line.in_budget
            and (not totals or (kind == "total" and all(a is amount for _, a in totals)))
            and amount.high is None
            and not period
            else None
        )
        # (the product printed anywhere on the sheet, "Enveloppe : 9 000 € par an" under "150 €
        # par foyer, 60 foyers": the sheet's money says it, the product is not added)
        if units and not any(
            abs(a.low - units[0] * amount.low) < 0.5 for _, a, _ in found if a is not amount
        ):
            period = units
            counted, reason = (
                False,
                "a price per unit, times the units its sentence counts: counted through the line below",
            )
        if id(amount) in lowered:
            reason = "a budget amendment lowering the credits voted: subtracted" if counted else reason
        spans.append((line.text, amount.start))
        result.append(
            BudgetLine(
                amount_eur=-amount.low if id(amount) in lowered else amount.low,
                amount_max_eur=amount.high,
                raw=raw,
                kind=kind,
                years=years_of(line.text),
                counted=counted,
                reason=reason,
                source=line.source,
            )
        )
        if period:
            count, printed = period
            result.append(
                BudgetLine(
                    amount_eur=round(amount.low * count, 2),
                    raw=raw,
                    kind="total",
                    years=years_of(line.text),
                    counted=True,
                    reason=f"{amount.raw} × {count} ({printed}) as printed on the line"
                    if months or factor or units or again
                    else f"{amount.raw} per year × {count} years ({printed}) as printed on the line",
                    source=line.source,
                )
            )
            spans.append((line.text, amount.start))
    spans.extend([None] * (len(result) - len(spans)))
    drop_unchosen(result, spans, said)
    # (a share's sentence may open on the lines above its amount: "la CAF prend en charge 50 %
    # du coût," / "soit 12 000 €")
    contexts = {line.source.lines: line.context for line in lines if line.context}
    return _spent_only(
        _retained_in_range(own_share(wholes_from_shares(_breakdowns(result), contexts), contexts, said))
    )


_SPENT_REASON = "an amount committed or paid (the budget's execution), not more budget: shown, not counted"


def _spent_only(lines: list[BudgetLine]) -> list[BudgetLine]:
    """ "Dépense réalisée : 3 200 €" on a completed action that states no budget: what it cost is
    its money (execution beside a budget is never more budget; alone, it is the only cost told)."""
    if any(line.counted for line in lines):
        return lines
    spent = [line for line in lines if line.reason == _SPENT_REASON]
    if len(spent) != 1 or any(
        line.kind in ("total", "unknown", "per_year") for line in lines if line not in spent
    ):
        return lines
    # (a label of its own, "Dépense réalisée : 3 200 €"; never a sentence telling money spent under
    # an earlier plan, nor credits cancelled)
    labelled = re.search(r"(?:^|[.;]\s)\s*(?P<label>[^\W\d_][^:.;]{2,40}?)\s*:\s*[\d(]", spent[0].raw)
    if labelled is None or not _executed(labelled["label"]) or _voided(spent[0].raw):
        return lines
    spent[0].counted = True
    spent[0].reason = "an amount spent, the only cost the action tells: counted"
    return lines


def _retained_in_range(lines: list[BudgetLine]) -> list[BudgetLine]:
    """ "Coût estimé : 8 000 à 10 000 € …" / "Montant retenu au budget : 9 000 €": the amount a
    chosen word labels, inside the range printed before it, is the cost; the range is shown."""
    chosen = tuple(fold(w) for w in load_reference("money")["chosen_words"])
    ranges = [b for b in lines if b.counted and b.amount_eur is not None and b.amount_max_eur is not None]
    for whole in ranges:
        low, high = whole.amount_eur or 0, whole.amount_max_eur or 0
        picked = next(
            (
                b
                for b in lines
                if b is not whole
                and b.amount_eur is not None
                and b.amount_max_eur is None
                and low <= b.amount_eur <= high
                and ":" in b.raw
                and any(f" {w} " in f" {fold(b.raw.split(':')[0])} " for w in chosen)
            ),
            None,
        )
        if picked is None:
            continue
        whole.counted = False
        whole.reason = f"a range, the amount retained within it on line {picked.source.lines[0]} counted"
        picked.counted = True
        picked.reason = "the amount retained within the range printed with it"
    return lines


_UNIT_AFTER = re.compile(
    r"^\s*(?:HT|TTC|bruts?|nets?|chargée?s?)?\s*(?:/|par|la|le|l['’]|de\s+l['’]|de\s+la|du)\s*(?P<unit>[^\W\d_]{2,20})\b",
    re.IGNORECASE,
)
_UNIT_COUNT = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,2})?)\s+(?P<unit>[^\W\d_]{2,20})\b"
)


_RATE_COUNT = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{1,2})?)\s*(?P<unit>[^\W\d_]{1,20})\b"
    r"(?:\s*(?:par|/|chaque)\s*(?P<per>[^\W\d_]{1,20})\b)?"
)


def _unit(word: str) -> str:
    folded = fold(word)
    folded = _unit_abbreviations().get(folded, folded)
    return folded[:-1] if folded.endswith(("s", "x")) and len(folded) > 3 else folded


@lru_cache(maxsize=1)
def _unit_abbreviations() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in load_reference("money")["unit_abbreviations"].items()}


@lru_cache(maxsize=1)
def _unit_adjectives() -> dict[str, str]:
    return {fold(k): _unit(v) for k, v in load_reference("money")["unit_adjectives"].items()}


def _counted_units(text: str, amount: Amount, context: str = "") -> tuple[float, str] | None:
    """ "20 vacations …, rémunérées 165 € la vacation": the count of the units the amount prices,
    printed before it in its sentence (once, on its line or the lines it goes on from), and how
    it is printed."""
    after = _UNIT_AFTER.match(text[amount.end :])
    unit = _unit(after["unit"]) if after else None
    sentence = re.split(r"[.;!?]\s", f"{context} {text[: amount.start]}")[-1]
    if unit is None:
        # "au tarif horaire de 24,50 €": the unit named by an adjective before the price
        words = fold(sentence).split()[-4:]
        unit = next((_unit_adjectives()[w] for w in words if w in _unit_adjectives()), None)
    if unit is None or len(unit) < 2:
        return None
    counts = [m for m in _UNIT_COUNT.finditer(sentence) if _unit(m["unit"]) == unit]
    restated = re.search(r"\bsoit\b[^.;()]*$", text[: amount.start], re.IGNORECASE) is not None
    if (
        not counts and after is not None and not restated
    ):  # ("(soit 125 € par participant, pour 80 …)": a restatement)
        # "60 € par séance, 12 séances", "40 € par enfant, 25 enfants environ": the count right
        # after the price, in the same clause (never across a stop or a semicolon)
        clause = re.split(r"[.;!?](?:\s|$)", text[amount.end + after.end() :])[0]
        return _count_after(clause, unit)
    if len(counts) != 1:
        return None
    number = float(re.sub(r"[ \u00a0\u202f]", "", counts[0]["n"]).replace(",", "."))
    if number <= 1:
        return None
    return (int(number) if number.is_integer() else number, counts[0][0].strip())


_PRICED_BY_ARTICLE = re.compile(r"^\s*(?:de\s+l['’]|de\s+la\s|du\s|la\s|le\s)[^\W\d_]{2,20}\b\s*,")


def _count_after(clause: str, unit: str) -> tuple[float, str] | None:
    """ "(25 € de l'heure), 2 heures par semaine pendant 40 semaines", "(35 € par bénévole)
    formé, 12 bénévoles": the count of the priced unit in the clause after the price, through
    rates ("N heures par semaine") down to a plain count of the last unit; only a few words
    without figures between the quantities, and each quantity counts the unit the one before
    it is given per."""
    factor, need, pos = 1.0, unit, 0
    printed: list[str] = []
    for m in _RATE_COUNT.finditer(clause):
        gap = clause[pos : m.start()]
        if not _QUANTITY_GAP.fullmatch(gap) or _unit(m["unit"]) != need or len(need) < 2:
            return None
        number = float(re.sub(r"[ \u00a0\u202f]", "", m["n"]).replace(",", "."))
        if number <= 1 and not printed:
            return None
        factor *= number
        printed.append(m[0].strip())
        if m["per"] is None:
            return (int(factor) if factor.is_integer() else round(factor, 2)), ", ".join(printed)
        need, pos = _unit(m["per"]), m.end()
    return None


# Between a price's unit and its count, or between two quantities of a chain: a few words, no
# figure, no stop, nothing that makes the next figure a part or an alternative.
_QUANTITY_GAP = re.compile(r"(?!.*\b(?:dont|ou|sauf|hors|maximum|max)\b)[^\d.;:()€=+]{0,40}", re.IGNORECASE)


def _added_up(raw: str) -> bool:
    """ "18 k€ (2025) + 9 k€ (2026) + 9 k€ (2027)": the line's amounts joined by "+", every
    one of them a term of the sum, none the others' total."""
    amounts = find_amounts(raw)
    return len(amounts) >= 3 and all(
        re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?\+\s*", raw[a.end : b.start]) for a, b in pairwise(amounts)
    )


def _breakdowns(lines: list[BudgetLine]) -> list[BudgetLine]:
    """ "1,35 M€ TTC" / "Plan de financement : CARSAT 450 000 € ; … 300 000 €": the amounts of
    one line that add up to an amount counted on another line are its breakdown, shown and not
    counted again."""
    counted = [b for b in lines if b.counted and b.amount_eur is not None]
    by_line: dict[tuple[int, int], list[BudgetLine]] = {}
    for b in counted:
        by_line.setdefault(b.source.lines, []).append(b)
    for where, parts in by_line.items():
        if len(parts) < 2:
            continue
        total = sum(b.amount_eur or 0 for b in parts)
        # "36 000 € sur la période : 12 000 € en 2031, 12 000 € en 2032 et 12 000 € en 2033": one
        # amount of the line is the sum of the others, which are its parts
        whole_here = next(
            (b for b in parts if len(parts) >= 3 and abs(2 * (b.amount_eur or 0) - total) < 1), None
        )
        if whole_here is not None and _parallel_shares(parts[0].raw, len(parts)):
            whole_here = None  # "Région 20 000 € ; CIAS 12 000 € ; mécénat 8 000 €": three funders
        if whole_here is not None and _added_up(parts[0].raw):
            whole_here = None  # "18 k€ (2025) + 9 k€ (2026) + 9 k€ (2027)": a sum, its terms
        labelled_years = [tuple(re.findall(r"\b(?:19|20)\d\d\b", b.raw.split(":", 1)[0])) for b in parts]
        if whole_here is not None and all(labelled_years) and len(set(labelled_years)) == len(parts):
            whole_here = None  # "Budget 2026 : 3 000 €" / "Budget 2027 : 1 500 €" …: a row's years
        if whole_here is not None:
            for b in parts:
                if b is not whole_here:
                    b.counted = False
                    b.reason = f"part of the {whole_here.amount_eur:,.0f} € stated on the line: adds up to it"
            continue
        whole = next(
            (
                b
                for b in counted
                if b.source.lines != where
                and abs((b.amount_eur or 0) - total) < 1
                # the whole stands alone on its line ("1,35 M€ TTC"), not one cell of a row
                # of a year table whose other row happens to add up to it
                and len(by_line.get(b.source.lines, [])) == 1
            ),
            None,
        )
        if whole is not None:
            for b in parts:
                b.counted = False
                b.reason = f"part of the {whole.raw[:40]} on line {whole.source.lines[0]}: adds up to it"
    return _taxed_sums(lines)


@lru_cache(maxsize=1)
def _after_tax() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["after_tax"])


def _taxed_sums(lines: list[BudgetLine]) -> list[BudgetLine]:
    """ "Montant HT : 10 000 €" / "TVA (20 %) : 2 000 €" / "Montant TTC : 12 000 €": an amount
    after tax (money.yaml `after_tax`) that the lines right above it add up to is their sum."""
    marks = _after_tax()
    counted = [b for b in lines if b.counted and b.amount_eur is not None]
    for n, whole in enumerate(counted):
        label = fold(whole.raw.split(":")[0]) if ":" in whole.raw else ""
        if not any(f" {m} " in f" {label} " for m in marks):
            continue
        parts: list[BudgetLine] = []
        for b in reversed(counted[:n]):
            previous = parts[-1] if parts else whole
            if b.source.lines[1] != previous.source.lines[0] - 1:
                break  # the parts stand right above their sum, one line each
            parts.append(b)
            if len(parts) >= 2 and abs(sum(p.amount_eur or 0 for p in parts) - (whole.amount_eur or 0)) < 1:
                for p in parts:
                    p.counted = False
                    p.reason = f"part of the {whole.raw[:40]} on line {whole.source.lines[0]}: adds up to it"
                break
    return lines


def _parallel_shares(raw: str, count: int) -> bool:
    """A line listing named amounts side by side, one per segment ("Région Occitanie 20 000 € ;
    CIAS 12 000 € ; mécénat 8 000 €"): shares of one cost, none of them the sum of the others,
    even when the numbers happen to add up."""
    segments = [p for p in re.split(r";|,\s|\s+et\s+|\s+\+\s+|\s[–—·/]\s", raw) if p.strip()]
    with_amount = [p for p in segments if find_amounts(p)]
    return (
        len(with_amount) == count
        and all(len(find_amounts(p)) == 1 for p in with_amount)
        # each amount named by who pays it, not introduced by the total ("36 000 € : 12 000 € en …")
        and all(re.search(r"[^\W\d]{3,}", p[: find_amounts(p)[0].start]) for p in with_amount)
        and ":" not in "".join(with_amount[1:])
    )


@lru_cache(maxsize=1)
def _same_again() -> re.Pattern[str]:
    words = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(load_reference("money")["same_again"], key=len, reverse=True)
    )
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"^\s*(?:\(?\s*(?:en|pour)\s+{year}\s*\)?)?[^.;€\d]{{0,60}}?[,;]?\s*(?:et|puis)\s+(?:{words})\s+"
        rf"(?:en|pour)\s+(?P<years>{year}(?:\s*(?:,|et)\s*(?:en\s+)?{year})*)",
        re.IGNORECASE,
    )


def _each_listed_year(text: str, amount: Amount) -> tuple[int, str] | None:
    """ "15 000 € en 2026, 18 000 € en 2027 et 2028": among amounts given a year each, the one
    followed by two years or more ("en 2027 et 2028", "pour 2027 et 2028") is each year's — the
    list of a year's money goes on, no sum of two years told in a single figure."""
    after = re.match(
        r"^\s*(?:en|pour)\s+((?:19|20)\d\d(?:\s*,\s*(?:en\s+)?(?:19|20)\d\d)*\s+et\s+(?:en\s+)?(?:19|20)\d\d)\b"
        r"(?!\s*[-–])",
        text[amount.end :],
    )
    if after is None:
        return None
    # another amount of the line tied to one year: "15 000 € en 2026,"
    before = text[: amount.start]
    if not re.search(r"€\s*(?:\(?\s*)?(?:en|pour)\s+(?:19|20)\d\d\s*\)?\s*[,;]\s*$", before):
        return None
    years = re.findall(r"(?:19|20)\d\d", after[1])
    return (len(years), ", ".join(years)) if 2 <= len(years) <= 10 else None


def _said_again(after: str) -> tuple[int, str] | None:
    """ "2 500 € en 2027 et autant en 2028": the amount once more for each year it names after
    the words of money.yaml `same_again`."""
    match = _same_again().match(after)
    if match is None:
        return None
    years = re.findall(r"(?:19|20)\d\d", match["years"])
    return 1 + len(years), match[0].strip()


def _until_year(text: str, amount: Amount) -> tuple[int, str] | None:
    """ "22 000 € en 2026, année de lancement, puis 18 000 € par an jusqu'en 2028": a yearly amount
    after a first year's, running to the year it names — the years after the first one."""
    until = re.match(
        r"^[^.;€]{0,30}?\bjusqu['’]\s?(?:en|à|a|au)\s+(?:fin\s+)?((?:19|20)\d\d)\b", text[amount.end :]
    )
    first = re.findall(r"\b(?:en|pour)\s+((?:19|20)\d\d)\b|\(\s*((?:19|20)\d\d)\s*\)", text[: amount.start])
    if until is None or not first:
        return None
    start = int(next(y for y in reversed(first[-1]) if y) if any(first[-1]) else 0)
    count = int(until[1]) - start
    return (count, f"{start + 1}–{until[1]}") if 1 <= count <= 10 else None


def _years_before(before: str) -> tuple[int, str] | None:
    """ "2026-2027 : 21 000 € par an": the years an annual amount runs over, printed before it."""
    # ("2028 à 2031 : 1 500 € par an", "de 2028 à 2031 :": the span in words too; "Phase 2 (mise
    # en œuvre, 2026-2027) :": at the end of the label's bracket)
    match = re.search(r"\b((?:19|20)\d\d)\s*(?:[-–/]|\bà\b|\bau\b)\s*((?:19|20)\d\d)\s*\)?\s*:\s*$", before)
    if not match:
        # "2026 et 2027 : 4 000 € par an", "2026, 2027 et 2028 :": the years named one by one
        listed = re.search(r"((?:(?:19|20)\d\d\s*(?:,|et)\s*)+(?:19|20)\d\d)\s*:\s*$", before)
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", listed[1])] if listed else []
        if len(years) >= 2 and len(set(years)) == len(years):
            return len(years), " et ".join(str(y) for y in years)
        return None
    first, last = int(match[1]), int(match[2])
    return (last - first + 1, f"{first}–{last}") if 0 < last - first <= 10 else None


def _itemised(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> bool:
    """ "Coût prévisionnel : coordination : 38 000 € ; formation : 4 000 € ; frais : 2 500 €":
    the parts of a cost the line does not sum, one "item : amount" a segment; the first amount,
    right after the line's money label, is a part too, not a total."""
    if len(amounts) < 2 or kinds[0] != "total" or any(k != "unknown" for k in kinds[1:]):
        return False
    segments = re.split(r";|\s[·•|]\s", text)  # ("Budget 2026 : 4 200 € · Budget 2027 : 4 800 €")
    if len(segments) != len(amounts):
        return False
    words = money_words()
    for segment in segments:
        folded = fold(segment)
        if len(find_amounts(segment)) != 1 or not re.search(r":\s*[^:]*\d", segment):
            return False
        before = fold(segment[: find_amounts(segment)[0].start])
        if any(w in folded.split() for w in words.grand_total) or (
            segment is not segments[0] and _ends_with(before.rstrip(" :"), words.total_before)
        ):
            return False  # "… ; soit 44 500 €": the line states its sum
    return True


def _joined_parts(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> bool:
    """ "Coût : 6 000 € pour l'achat de matériel et 2 500 € pour l'animation": parts of a cost
    joined by "et", ",", "/" or "+" right after the line's money label, the line stating no sum."""
    if len(amounts) < 2 or kinds[0] != "total" or any(k != "unknown" for k in kinds[1:]):
        return False
    if not re.search(r":\s*$", text[: amounts[0].start]):
        return False  # the first amount right after the label ("Coût : 6 000 €"), not after "soit"
    words = money_words()
    tail = fold(text[amounts[0].end :])
    if set(tail.split()) & (words.grand_total | {"soit", "total", "dont"}) or any(
        f" {w} " in f" {tail} " for w in words.share_words
    ):
        return False  # the line states its sum, or who pays which part
    return all(re.search(r"\s(?:et|puis)\s|[;,+/]", text[a.end : b.start]) for a, b in pairwise(amounts))


def _revisions(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """ "Budget prévisionnel : 18 000 € ; montant révisé : 21 500 €", "porté de 40 000 € à
    48 000 €": the amount the line revises is superseded by the revised one, which counts."""
    words = money_words()
    for n in range(1, len(amounts)):
        between = text[amounts[n - 1].end : amounts[n].start]
        if kinds[n - 1] == "superseded" and re.fullmatch(r"\s*(?:à|a)\s*", between):
            kinds[n] = "total"  # "porté de 40 000 € à 48 000 €": the amount it is now
        # the phrase may stand a few words before ("montant rectifié après devis : 7 800 €")
        segment = fold(between.split(";")[-1])
        revised = any(f" {w} " in f" {segment} " for w in words.revised_before)
        if revised and kinds[n] not in ("per_unit", "per_year"):
            kinds[n] = "total"  # "18 000 € (montant rectifié : 21 000 €)": what it is now
            for m in range(n):
                if kinds[m] in ("total", "unknown", "per_year"):
                    kinds[m] = "superseded"


# "3 × 12 000 €", "2 x 4 500 €": a factor before the amount
_PRODUCT = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{1,2})?)\s*[×x]\s*$")
# "12 000 € (BP) → 14 500 € (BS) → 13 800 € (DM n° 2)": the same credits at successive stages
_CHAIN = re.compile(r"^\s*(?:\([^()]{0,40}\))?\s*(?:→|->|=>|⇒|⟶)\s*$")


def _chained(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """Amounts chained by arrows are one amount's successive states: the last one counts."""
    for n in range(1, len(amounts)):
        if (
            _CHAIN.match(text[amounts[n - 1].end : amounts[n].start])
            and kinds[n] in ("total", "unknown")
            and kinds[n - 1] in ("total", "unknown", "superseded")
        ):
            kinds[n - 1] = "superseded"
            kinds[n] = "total"


@lru_cache(maxsize=1)
def running_total_words() -> frozenset[str]:
    """Words that make a figure a running total ("Cumul fin 2027", "montants cumulés")."""
    return frozenset(fold(w) for w in load_reference("money")["running_total_words"])


def _cumulated(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """ "Montants cumulés : 9 000 € à fin 2026, 19 000 € à fin 2027 et 30 000 € au terme": each
    figure a running total, the earlier inside the later — the last counts, once."""
    if len(amounts) < 2 or not set(fold(text[: amounts[-1].start]).split()) & running_total_words():
        return
    lows = [a.low for a in amounts]
    if any(b < a for a, b in pairwise(lows)) or any(k not in ("total", "unknown") for k in kinds):
        return
    kinds[:-1] = ["component"] * (len(kinds) - 1)
    kinds[-1] = "total"


def _beyond_its_line(
    line: AmountLine, total: Amount, found: list[tuple[AmountLine, Amount, BudgetKind]]
) -> bool:
    """ "Investissement : 55 000 €" / "Fonctionnement : 8 000 €/an (2027-2031), soit 95 000 €":
    the total after a yearly amount is more than that amount over its printed years (40 000 €),
    and just what the lines above add to it — the sum of the sheet's lines, not of its own."""
    yearly = [
        (a, period)
        for other, a, k in found
        if other is line
        and k == "per_year"
        and a.end <= total.start
        and (period := period_years(_after_per_year(line.text[a.end :]))) is not None
    ]
    if len(yearly) != 1:
        return False
    amount, (years, _) = yearly[0]
    own = amount.low * years
    before = sum(
        a.low
        for other, a, k in found
        if other is not line and k in ("unknown", "component", "total") and a.high is None
    )
    return before > 0 and abs(own + before - total.low) < 0.5 and abs(own - total.low) >= 0.5


def _running_over_lines(
    found: list[tuple[AmountLine, Amount, BudgetKind]],
) -> list[tuple[AmountLine, Amount, BudgetKind]]:
    """ "2026 : 7 500 € (soit 14 500 € cumulés)" / "2027 : 8 000 € (soit 22 500 € cumulés)":
    totals marked as running totals line after line, each inside the next — the last counts."""
    running = [
        n
        for n, (line, amount, kind) in enumerate(found)
        if kind == "total" and set(fold(line.text[amount.end :]).split()[:2]) & running_total_words()
    ]
    lows = [found[n][1].low for n in running]
    if len(running) < 2 or any(b < a for a, b in pairwise(lows)):
        return found
    return [(ln, a, "component" if n in running[:-1] else k) for n, (ln, a, k) in enumerate(found)]


@lru_cache(maxsize=1)
def _credit_labels() -> tuple[frozenset[str], frozenset[str]]:
    words = load_reference("money")
    return (
        frozenset(fold(w) for w in words["authorisation_labels"]),
        frozenset(fold(w) for w in words["payment_credit_labels"]),
    )


def _labels(found: list[tuple[AmountLine, Amount, BudgetKind]]) -> list[str]:
    """Each amount's own label: the clause between it and the amount before it on its line."""
    labels, previous = [], None
    for line, amount, _ in found:
        start = previous[1].end if previous is not None and previous[0] is line else 0
        clause = re.split(r"[;,(|]|\s[-–—]\s", line.text[start : amount.start])[-1]
        labels.append(f" {fold(clause)} ")
        previous = (line, amount)
    return labels


def _authorised(
    found: list[tuple[AmountLine, Amount, BudgetKind]],
) -> list[tuple[AmountLine, Amount, BudgetKind]]:
    """ "Autorisation de programme : 120 000 €" over "CP 2026 : 40 000 € ; CP 2027 : 80 000 €": the
    credits of payment are the years' instalments of the authorisation, the same money — the
    authorisation is the action's budget (the family's `authorisation_labels` and
    `payment_credit_labels`)."""
    authorisations, credits = _credit_labels()
    labels = _labels(found)
    has = [any(f" {w} " in label for w in authorisations) for label in labels]
    paid = [any(f" {w} " in label for w in credits) and not h for label, h in zip(labels, has, strict=True)]
    for n in range(1, len(found)):
        # "crédits de paiement de 400 000 € en 2026 et de 800 000 € en 2027": the list goes on
        bare = not re.sub(r"\b(?:en|et|de|d|puis|(?:19|20)\d\d)\b|[\s:]", "", labels[n])
        if bare and paid[n - 1] and found[n][0] is found[n - 1][0]:
            paid[n] = True
    if not any(has) or not any(paid):
        return found
    return [
        # (the authorisation in brackets after its credits, "… (AP : 600 000 €)": the money itself)
        (line, amount, "component" if p else ("unknown" if h and kind == "component" else kind))
        for (line, amount, kind), h, p in zip(found, has, paid, strict=True)
    ]


@lru_cache(maxsize=1)
def _amendment_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = load_reference("money")
    return (
        frozenset(fold(w) for w in words["amendment_labels"]),
        frozenset(fold(w) for w in words["amended_total_labels"]),
        frozenset(fold(w) for w in words["transfer_words"]),
    )


def _amended(
    found: list[tuple[AmountLine, Amount, BudgetKind]],
) -> tuple[list[tuple[AmountLine, Amount, BudgetKind]], set[int]]:
    """ "BP 2026 : 50 000 €" / "BS 2026 : + 8 000 €" / "DM n°2 : - 3 000 €": a supplementary budget
    or an amending decision adds to (or takes from) the credits voted — the action's money is
    their sum; "Crédits ouverts après DM : 34 000 €" states it; a transfer between chapters
    ("virement de 4 000 € du chapitre 65 vers le chapitre 011") moves money, adds none. Returns
    the amounts and those to subtract."""
    amendments, amended_totals, transfers = _amendment_words()
    labels = _labels(found)
    result, lowered = [], set()
    for (line, amount, kind), label in zip(found, labels, strict=True):
        after = fold(re.split(r"[;)|]", line.text[amount.end :], maxsplit=1)[0])
        sign = re.search(r"([-−–+])\s*$", line.text[: amount.start])
        if any(f" {w} " in label for w in amended_totals):
            kind = "total"
        elif any(f" {w} " in f" {label} {after} " for w in transfers) and not sign:
            kind = "superseded"
        elif (kind in ("unknown", "increase") and any(f" {w} " in label for w in amendments)) or (
            # ("14 000 € (+ 3 500 € au BS 2027)": the amendment named after its amount; "34 600 €
            # (BP 30 000 € + BS 3 000 € …)" are the parts of the credits stated)
            kind in ("unknown", "component")
            and sign
            and sign[1] == "+"
            and any(f" {w} " in f" {after} " for w in amendments)
        ):
            kind = "increase"
            if sign and sign[1] != "+":
                lowered.add(id(amount))
        result.append((line, amount, kind))
    return result, lowered


@lru_cache(maxsize=1)
def _void_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["void_after"])


def _replaced(text: str) -> bool:
    """Whether the line says an amount was replaced ("initialement prévu : …")."""
    folded = f" {fold(text)} "
    return any(f" {w} " in folded for w in money_words().superseded_before)


@lru_cache(maxsize=1)
def _executed_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["executed_labels"])


def _executed(before: str) -> bool:
    """ "montant engagé : 4 000 €", "Mandaté au 30/06 : 18 750 €": the clause that leads to the
    amount says it was committed or paid — the budget's execution, not more budget (the
    family's `executed_labels` words)."""
    clause = fold(re.split(r"[;.,|/]\s|\s[•·]\s", before)[-1])
    # (its label, a few words: "sont engagés dans la démarche, dont le budget …" says nothing)
    return (
        len(clause.split()) <= 8
        # ("Diagnostics réalisés par un ergothérapeute :": who does the work, no money spent)
        and any(
            f" {w} " in f" {clause} " and not re.search(rf"\b{re.escape(w)} (?:par|avec|aupres) ", clause)
            for w in _executed_words()
        )
        # ("Total des crédits disponibles en 2026 :": the budget stated whole, not what is left)
        and not re.search(r"\btotal(?:e|es|aux)?\b", clause)
    )


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _included_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(fold(w)) for w in load_reference("money")["included_words"])
    return re.compile(rf"(?:^| )(?:{words})(?: [^\d;.]{{0,80}})?$")


def _included(before: str) -> bool:
    """ "… comprend l'aménagement du camion (": an amount a printed amount already holds."""
    folded = fold(before)
    found = _included_pattern().search(folded)
    # ("Ce montant ne comprend pas les frais …, soit 900 €": outside it, to be added)
    if found is None:
        return False
    return not re.search(r"(?:^| )(?:ne|n) \w+ (?:pas|plus)\b", folded[max(0, found.start() - 4) :])


def _receipt_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["receipt_labels"])


def _receipt(before: str) -> bool:
    """ "prestation de service CAF attendue :", "Recettes attendues :": the label of a receipt
    expected against the cost (the family's `receipt_labels`), a share of it, never more cost."""
    clause = fold(re.split(r"[;.,|/]\s|\s[•·]\s", before)[-1])
    return (
        len(clause.split()) <= 10
        and any(f" {w} " in f" {clause} " for w in _receipt_words())
        # ("Subvention attendue : 50 % du coût total de 30 000 €": the cost it is a share of)
        and not re.search(r"\b(?:cout|couts|budget|total|totale|depenses?)\b", clause)
    )


def _executed_label(text: str) -> bool:
    """Whether a line labels an amount as committed or paid ("montant engagé : …")."""
    return any(_executed(text[: amount.start]) for amount in find_amounts(text))


def _voided(after: str) -> bool:
    """ "— demande rejetée le 2 avril", ") annulés en fin d'exercice": the clause that follows the
    amount says it will not be spent (the family's `void_after` words)."""
    clause = fold(re.split(r"[;.]|\s[•·|/]\s", after, maxsplit=1)[0])
    return any(f" {w} " in f" {clause} " for w in _void_words())


_ITEM_AFTER_LABEL = re.compile(r"^[^:]{2,40}:\s*(?P<item>[^:]{3,60}?)\s*:\s*$")
_ITEM = re.compile(r"^\W*(?P<item>[^:]{3,60}?)\s*:\s*$")


def _listed_items(
    found: list[tuple[AmountLine, Amount, BudgetKind]],
) -> list[tuple[AmountLine, Amount, BudgetKind]]:
    """ "COÛT : aides ponctuelles : 12 000 €" / "kits d'économies : 3 000 €": the field lists its
    costs item by item, one a line, no sum printed — the first is an item, not the total."""
    if len(found) < 2:
        return found
    line, amount, kind = found[0]
    first = _ITEM_AFTER_LABEL.match(line.text[: amount.start])
    others = found[1:]
    words = money_words()

    def plain(item: str) -> bool:
        return not set(fold(item).split()) & (words.grand_total | {"soit", "dont", "total"})

    if (
        kind != "total"
        or first is None
        or not plain(first["item"])
        or any(a.high is not None for _, a, _ in found)
        or len({id(ln) for ln, _, _ in found}) != len(found)  # one amount a line
        or not all(
            k in ("unknown", "total")
            and (m := _ITEM.match(ln.text[: a.start])) is not None
            and plain(m["item"])
            and not ln.text[a.end :].strip(" .;")
            for ln, a, k in others
        )
    ):
        return found
    return [(ln, a, "unknown") for ln, a, _ in found]


def _bracketed_period_sum(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """ "Subvention annuelle : 8 000 € (de 2024 à 2029 : 48 000 €)": a bracket after an amount
    printing a range of years and the amount over them — the first is a year's, the bracket's
    its sum over the years printed."""
    for n in range(1, len(kinds)):
        between = text[amounts[n - 1].end : amounts[n].start]
        years = re.fullmatch(
            r"\s*\(\s*(?:de|sur|pour)?\s*((?:19|20)\d\d)\s*(?:à|-|–|/)\s*((?:19|20)\d\d)\s*[:=,]?\s*(?:soit\s*)?",
            between,
        )
        if years is None or amounts[n - 1].high is not None or amounts[n].high is not None:
            continue
        count = int(years[2]) - int(years[1]) + 1
        if 2 <= count <= 10 and abs(amounts[n - 1].low * count - amounts[n].low) < 0.5:
            kinds[n - 1], kinds[n] = "per_year", "total"


def _yearly_clause(text: str, amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """ "véhicule : 68 000 € ; fonctionnement : 15 000 € par an de 2026 à 2029, soit 60 000 €":
    the sum "soit" gives after a yearly amount is that amount over its printed years — the
    clause's own total, the money before it kept beside it; "68 000 € pour le véhicule et 15 000 €
    par an de 2026 à 2029, soit 128 000 €": the sum of all of it, the money before it inside."""
    for n in range(2, len(kinds)):
        if not (
            kinds[n] == "total"
            and kinds[n - 1] == "per_year"
            and re.fullmatch(r"[^€;]*,?\s*soit\s*", text[amounts[n - 1].end : amounts[n].start])
            and (period := period_years(_after_per_year(text[amounts[n - 1].end : amounts[n].start])))
        ):
            continue
        earlier = [m for m in range(n - 1) if kinds[m] in ("unknown", "total") and amounts[m].high is None]
        if not earlier or any(a.high is not None for a in (amounts[n - 1], amounts[n])):
            continue
        own = amounts[n - 1].low * period[0]
        before = sum(amounts[m].low for m in earlier)
        if abs(own - amounts[n].low) < 0.5 and not any(_is_grand(text, amounts[m]) for m in earlier):
            for m in earlier:
                kinds[m] = "total"  # money of its own clause, beside the yearly one's sum
        elif abs(own + before - amounts[n].low) < 0.5:
            for m in earlier:
                kinds[m] = "unknown"  # inside the sum stated after it


def _stated_parts(amounts: list[Amount], kinds: list[BudgetKind]) -> None:
    """ "Le budget s'élève à 27 600 € : 4 800 € pour les tablettes et 22 800 € pour la
    coordination": the amounts after a stated total that add up to it exactly are its parts."""
    for n, (amount, kind) in enumerate(zip(amounts, kinds, strict=True)):
        after = amounts[n + 1 :]
        if (
            kind == "total"
            and len(after) >= 2
            and all(k in ("total", "unknown", "component") for k in kinds[n + 1 :])
            and all(a.high is None for a in (amount, *after))
            and abs(sum(a.low for a in after) - amount.low) < 0.5
        ):
            kinds[n + 1 :] = ["component"] * len(after)
            return


def _is_grand(text: str, amount: Amount) -> bool:
    """A total named as the action's whole: "Coût total :", "Budget global :", "… au total"."""
    words = money_words()
    before = fold(text[max(0, amount.start - 60) : amount.start]).split()[-5:]
    after = fold(text[amount.end : amount.end + 25]).split()[:3]
    # ("Sous-total investissement : 12 000 €" totals a part of the action, not its whole)
    before = [w for n, w in enumerate(before) if not (w == "total" and n > 0 and before[n - 1] == "sous")]
    return any(w in words.grand_total for w in before) or " ".join(after).startswith(
        tuple(p for p in words.total_after if any(w in words.grand_total for w in p.split()))
    )


@lru_cache(maxsize=1)
def _period_before() -> re.Pattern[str]:
    """ "sur trois ans", "pendant 3 ans" right before an amount (years already cut off)."""
    data = load_reference("money")["period"]
    over = "|".join(re.escape(fold(w)) for w in data["over"])
    years = "|".join(re.escape(fold(w)) for w in data["years"])
    return re.compile(rf"\b(?:{over}) \w+ (?:{years})$")


# "(12 000 €)" right after an amount in words: the same amount in figures, the words after it its
_RESTATED_FIGURE = re.compile(r"^\s*\(\s*\d[\d\s\u00a0\u202f.,]*\s*(?:€|euros?)\s*\)")


def _after_per_year(after: str) -> str:
    """The words after the per-year marker ("par an", "/ an", "annuels") of an amount."""
    words = money_words()
    folded = re.sub(r"^\s*\)", "", _RESTATED_FIGURE.sub("", after, count=1)).lstrip().lower()
    for marker in sorted(words.per_year_after, key=len, reverse=True):
        if folded.startswith(marker):
            return folded[len(marker) :]
    return folded


def _restated(text: str) -> bool:
    """A label that restates an amount in words ("Montant en toutes lettres :"): money.yaml."""
    label = fold(text.split(":")[0]) if ":" in text else ""
    return any(f" {w} " in f" {label} " for w in _restated_words())


@lru_cache(maxsize=1)
def _restated_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("money")["restated_labels"])


def _decide(line: AmountLine, kind: str, totals: list) -> tuple[bool, str]:
    if not line.in_budget:
        return False, "amount mentioned in the text, outside the budget: not a budget line"
    if kind == "superseded" and re.search(
        r"(?:\bH\.?T\.?\b|hors[ -]taxes?).*(?:\bT\.?T\.?C\b|toutes[ -]taxes[ -]comprises)", line.text, re.I
    ):
        return False, "the amount before tax, restated with tax (TTC) on the line: the TTC amount counts"
    if kind == "superseded" and _restated(line.text):
        return False, "the amount restated in words: counted once, as its figure"
    if kind == "superseded" and re.match(r"^\s*\(\s*\d", line.text):
        return False, "the amount told in words on the line above, restated in figures: counted once"
    if kind == "superseded" and _executed_label(line.text) and not _replaced(line.text):
        return (
            False,
            _SPENT_REASON,
        )
    if kind == "superseded" and _voided(line.text) and not _replaced(line.text):
        return False, "a request turned down or credits cancelled: shown, not counted"
    if kind == "superseded" and re.search(r"\bvirements?\b", line.text, re.I):
        return False, "a transfer between the budget's lines: moves money, adds none"
    if kind == "superseded":
        return False, "an earlier amount the document has since replaced: shown, not counted"
    if kind == "per_unit":
        return False, "amount per beneficiary or per period: not a budget"
    if kind == "total":
        return True, "stated total of the action"
    if kind == "component" and not totals:
        return False, "part of the amount stated before it on the line"
    if totals:
        where = totals[0][0].source.lines[0]
        label = "component of the total" if kind == "component" else "covered by the stated total"
        return False, f"{label} on line {where}"
    if kind == "per_year":
        return False, "annual amount with no stated total over the period: not multiplied"
    if kind == "increase":
        return True, "increase of an existing budget: the action's additional money"
    return True, "budget amount of the action (no stated total)"


def _billions(text: str) -> bool:
    """ "1,1 Md€", "2 milliards d'euros": a public budget's order, never one action's cost."""
    return re.search(r"\bMd\s*€|\bmilliards?\b", text, re.I) is not None


def total_of(lines: list[BudgetLine]) -> float | None:
    counted = [line.amount_eur for line in lines if line.counted and line.amount_eur is not None]
    return round(sum(counted), 2) if counted else None
