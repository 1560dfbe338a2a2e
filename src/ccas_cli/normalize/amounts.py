"""French euro amounts as people write them: "50 000 €", "1 502 495 €", "1,5M€", "6000 euros",
"100 à 150 euros", "100 k€". Only amounts with a currency unit are money; "2 000 places" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SPACES = "\u0020\u00a0\u202f\u2009"
# ("1.2 M€", "7.5 K€": a point before one or two digits is a decimal point, as spreadsheets print it)
# ("8'400 €": an apostrophe parts thousands too, as Swiss typesetting does)
_NUMBER = rf"\d{{1,3}}(?:[{_SPACES}.'’]\d{{3}})+(?:,\d+)?|\d+(?:,\d+|\.\d{{1,2}}(?!\d))?"
_SCALE = r"(?:k|K|M|Md|millions?\s+d['’]|milliards?\s+d['’]|mille\s+)"
_UNIT = r"(?:€|[Ee]uros?\b|EUROS?\b|EUR\b)"
AMOUNT = re.compile(
    rf"(?<![\d,.])(?P<low>{_NUMBER})(?:\s*(?:à|-|–)\s*(?P<high>{_NUMBER}))?"
    # ("2 500.- €", "18 000,- €": the Swiss and Belgian way of closing a whole amount)
    rf"(?:[.,]-)?\s*(?P<scale>{_SCALE})?\s*{_UNIT}",
)
# "€ 4 500", "EUR 18 750,00", "€12.400": the unit before the figure (no unit after it)
_PREFIXED = re.compile(
    rf"(?<![\w€])(?:€|EUR\b)[{_SPACES}]?(?P<low>{_NUMBER})(?P<scale>\s*(?:k|M)(?![\w€]))?"
    rf"(?![\d,.]|\s*(?:{_SCALE})?\s*{_UNIT}|\s*%)"
)
_SCALES = {
    "k": 1e3,
    "mille": 1e3,
    "m": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "md": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
}


@dataclass(frozen=True)
class Amount:
    low: float
    high: float | None  # set for ranges ("100 à 150 euros")
    raw: str
    start: int
    end: int


def _number(text: str) -> float:
    digits = re.sub(rf"[{_SPACES}'’]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
        digits = digits.replace(".", "")  # "1.502.495" thousands separators
    return float(digits.replace(",", "."))


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    key = re.sub(r"\s+d['’]$|\s+$", "", word.strip()).lower()
    return _SCALES.get(key, 1.0)


@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, int], re.Pattern[str]]:
    from ..reference import load_reference  # (only where a text writes "euros": not at import)

    values = {str(w).lower(): int(v) for w, v in load_reference("money")["number_words"].items()}
    word = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<words>(?:{word})(?:(?:[\s-]+(?:et[\s-]+)?)(?:{word}))*)"
        rf"\s*(?:d['’]\s*)?(?:€|euros?\b)"
        # "… euros et cinquante centimes"
        rf"(?:\s+et\s+(?P<cents>(?:{word})(?:[\s-]+(?:et[\s-]+)?(?:{word}))*)\s+centimes?\b)?",
        re.IGNORECASE,
    )
    return values, pattern


def _words_value(words: str, values: dict[str, int]) -> int:
    """ "un million deux cent mille" → 1 200 000; "quatre-vingt-dix" → 90."""
    total = current = 0
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "et":
            continue
        value = values[token]
        if value >= 1000:
            total += max(current, 1) * value
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:
            current += 76  # "quatre-vingt": four twenties
        else:
            current += value
    return total + current


def _word_amounts(text: str, found: list[Amount]) -> list[Amount]:
    """Amounts written in words ("dix mille euros"), where no figure stands: one written both
    ways ("dix mille euros (10 000 €)") is the figure's."""
    values, pattern = _number_words()
    words: list[Amount] = []
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if any(a.start < end and start < a.end for a in found):
            continue  # "2,4 millions d'euros": the figure's scale
        value = float(_words_value(match["words"], values))
        if match["cents"] and _words_value(match["cents"], values) < 100:
            value = round(value + _words_value(match["cents"], values) / 100, 2)
        if any(a.low == value and (0 <= a.start - end <= 3 or 0 <= start - a.end <= 3) for a in found):
            continue
        words.append(Amount(value, None, match.group(0).strip(), start, end))
    return sorted(found + words, key=lambda a: a.start)


_CUT_NUMBER = re.compile(rf"(?:^|[\s:(€])\d{{1,3}}(?:[{_SPACES}]\d{{3}})*(?:,\d+)?$")
_NUMBER_GOES_ON = re.compile(
    rf"^(?:\d{{3}}(?:[{_SPACES}]\d{{3}})*(?:,\d+)?\s*(?:k€|M€|€|EUR\b|euros?\b)|(?:k€|M€|€|EUR\b|KEUR\b|euros?\b))"
)


def split_amount(line: str, following: str) -> bool:
    """ "Coût total : 12" / "500 € TTC", "Coût : 1 249,90" / "€ TTC": an amount cut at the line's
    end, between its digit groups or before its unit."""
    tail, head = line.rstrip(), following.strip()
    if _CUT_NUMBER.search(tail) and _NUMBER_GOES_ON.match(head):
        return True
    # "Montant : vingt-deux mille" / "cinq cents euros": an amount in words, cut between its words
    last, first = re.split(r"[\s-]+", tail)[-1].lower(), re.split(r"[\s-]+", head)[0].lower()
    if not last or not first or "euro" not in head.lower():
        return False
    values, _ = _number_words()
    return last in values and first in values


# "12 500 E (vacations …)": the euro sign as OCR reads it off a scanned page, a capital E set
# after a whole amount and before the line's end or a bracket (replaced in place: spans hold)
_OCR_EURO = re.compile(
    r"(?<![\w,.])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|(?!(?:19|20)\d\d\b)\d{3,7}) ?E"
    # (then the line's end, a bracket, a stop, or the words a sum goes on with: "4 000 E par an,
    # soit 20 000 E sur la durée du plan", "6 500 E ; 2020 : …")
    r"(?=[ \u00a0]*$|[ \u00a0]+\(|[ \u00a0]*[,;.:](?:\s|$)|[ \u00a0]+(?:par|sur|pour|en|de|du|des|HT|TTC|soit|et|dont)\b)"
)


# a run of figures an OCR misread one zero or more of as "O" ("5O0", "2OO"), in a figure group
# or before a unit: the same length, so the amounts' spans hold
_OCR_ZERO = re.compile(
    r"(?<![\w])(?=[\dO]*\d)[\dO]*O[\dO]*(?![\w])(?=[\s\u00a0\u202f]*(?:\d{3}\b|€|E\b|EUR\b|k€|M€|euros?\b))"
)


# the same for a one misread as "l" or "I" ("1l 500 €"): a figure run holding one at least
_OCR_ONE = re.compile(
    r"(?<![\w])(?=[\dlI]*\d)[\dlI]*[lI][\dlI]*(?![\w])(?=[\s\u00a0\u202f]*(?:\d{3}\b|€|E\b|EUR\b|k€|M€|euros?\b))"
)

_OCR_ZERO_GROUP = re.compile(
    r"(?<=\d[\s\u00a0\u202f])OOO(?![\w])(?=[\s\u00a0\u202f]*(?:€|E\b|EUR\b|euros?\b))"
)


def find_amounts(text: str) -> list[Amount]:
    """Every euro amount in the text, in order, with its span."""
    found = []
    if "O" in text:
        text = _OCR_ZERO.sub(lambda m: m[0].replace("O", "0"), text)  # "3 5O0 €", "12 5OO €": OCR's O
        text = _OCR_ZERO_GROUP.sub("000", text)  # "12 OOO €": a thousands group read as three O
    if "l" in text or "I" in text:
        text = _OCR_ONE.sub(lambda m: m[0].replace("l", "1").replace("I", "1"), text)  # "1l 500 €"
    if "E" in text:
        text = _OCR_EURO.sub(lambda m: m[0][:-1] + "€", text)
    for match in AMOUNT.finditer(text):
        scale = _scale(match["scale"])
        low = round(_number(match["low"]) * scale, 2)
        high = round(_number(match["high"]) * scale, 2) if match["high"] else None
        year_like = re.fullmatch(r"(?:19[5-9]|20[0-4])\d", match["low"]) is not None and not match["scale"]
        if high is not None and (high < low or (year_like and high > 20 * low)):
            # "… en 2023 à 1 700 000 €": a year or a count before "à", not the low end of a range
            start = match.start("high")
            found.append(Amount(high, None, text[start : match.end()].strip(), start, match.end()))
            continue
        found.append(Amount(low, high, match.group(0).strip(), match.start(), match.end()))
    if "€" in text or "EUR" in text:
        for match in _PREFIXED.finditer(text):
            if any(a.start < match.end() and match.start() < a.end for a in found):
                continue  # "5 000 € 3 000 €": the unit after the first figure, not before the second
            low = round(_number(match["low"]) * _scale((match["scale"] or "").strip()), 2)
            found.append(Amount(low, None, match.group(0).strip(), match.start(), match.end()))
        found.sort(key=lambda a: a.start)
    if "euro" in text or "Euro" in text or "EURO" in text:
        found = _word_amounts(text, found)
    return _ranges(text, found)


# "entre X et Y": the opening word and the joining word of a range ("passe de 70 000 € à
# 85 000 €" is a change, not a range: "de … à …" is not read as one)
_RANGE_FORMS = ((re.compile(r"\bentre\s*$", re.IGNORECASE), re.compile(r"\s*et\s*", re.IGNORECASE)),)


def _ranges(text: str, found: list[Amount]) -> list[Amount]:
    """ "entre 25 000 € et 30 000 €": one amount, a range, like "100 à 150 euros"."""
    merged: list[Amount] = []
    k = 0
    while k < len(found):
        first = found[k]
        second = found[k + 1] if k + 1 < len(found) else None
        if (
            second is not None
            and first.high is None
            and second.high is None
            and any(
                opening.search(text[max(0, first.start - 8) : first.start])
                and join.fullmatch(text[first.end : second.start])
                for opening, join in _RANGE_FORMS
            )
            and first.low < second.low <= 20 * first.low
        ):
            merged.append(
                Amount(first.low, second.low, text[first.start : second.end], first.start, second.end)
            )
            k += 2
            continue
        merged.append(first)
        k += 1
    return merged
