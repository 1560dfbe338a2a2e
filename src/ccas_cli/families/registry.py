"""The registry of document families: each registers `detect()` and `parse()` under its kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..extract.source import Source
from ..models import AnyRecord, Document


@dataclass
class ParseResult:
    document: Document
    records: Sequence[AnyRecord]


@dataclass(frozen=True)
class Family:
    kind: str
    detect: Callable[[Source], float]
    parse: Callable[..., ParseResult]
    description: str


FAMILIES: dict[str, Family] = {}
DETECT_THRESHOLD = 0.6


def register(
    kind: str, detect: Callable[[Source], float], parse: Callable[..., ParseResult], description: str
) -> None:
    FAMILIES[kind] = Family(kind, detect, parse, description)


@dataclass(frozen=True)
class Detection:
    """What detection concluded, and why: printed in the ingest summary."""

    family: Family | None
    score: float
    reasons: str
    ranked: tuple[tuple[str, float], ...] = ()  # every family's score, best first

    def explain(self) -> str:
        if self.family is None:
            return f"no family scores {DETECT_THRESHOLD:.2f} or more ({self.reasons})"
        return f"detected as {self.family.kind} (score {self.score:.2f}: {self.reasons})"


def _folded_lines(sample: Source) -> list[str]:
    from ..normalize.text import fold

    return [
        key
        for line in _transposed(sample.lines)
        for part in (line, *_facts_after_first(line))
        if (key := fold(_untagged(part).replace("**", " ")))
    ]


def _facts_after_first(line: str) -> list[str]:
    """ "Porteur : CCAS de … | Territoire : … | Depuis : 2021": a line of labelled facts parted by
    bars or dots; its facts after the first, each read as a line of its own as a box would set
    it (the first is the line's own opening)."""
    import re

    if line.lstrip().startswith("|"):
        return []  # a table's row
    parts = re.split(r"\s+[|·]\s+", line.strip())
    labelled = [p for p in parts if re.match(r"^[^:|·]{2,40}?\s:\s*\S", p)]
    return [p for p in parts[1:] if p in labelled] if len(labelled) >= 2 else []


def _transposed(lines: list[str]) -> list[str]:
    """ "| Porteur | Territoire |" over "|---|---|" and one row "| CCAS de … | Soule |": a table of
    key facts set out across, read as "Porteur : CCAS de …" lines as a table set down would be."""
    import re

    rule = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?$")
    out: list[str] = []
    n = 0
    while n < len(lines):
        block = lines[n : n + 4]
        if (
            len(block) >= 3
            and block[0].strip().startswith("|")
            and rule.match(block[1].strip())
            and block[2].strip().startswith("|")
            and (len(block) == 3 or not block[3].strip().startswith("|"))
        ):
            heads = [c.strip() for c in block[0].strip().strip("|").split("|")]
            cells = [c.strip() for c in block[2].strip().strip("|").split("|")]
            if len(heads) == len(cells) >= 3:
                out.extend(f"{head} : {cell}" for head, cell in zip(heads, cells, strict=True))
                n += 3
                continue
        out.append(lines[n])
        n += 1
    return out


def _untagged(line: str) -> str:
    """ "<tr><th>Pilote</th><td>Pôle …</td></tr>": an HTML table's row read as "Pilote : Pôle …"."""
    import re

    if "<t" not in line.lower():
        return line
    line = re.sub(r"</t[hd]>\s*<t[hd][^>]*>", " : ", line, count=1, flags=re.IGNORECASE)
    return re.sub(r"<[^>]+>", " ", line)


def _departements_named(raw: list[str], prefixes: list[str]) -> int:
    """How many distinct départements the lines name on their own: a line that is a
    département ("### Finistère", "Département de la Gironde", "ALLIER (03)") or an entry
    ending on one in parentheses ("Un titre (Cantal) — p. 8"): a recueil's signature, since a
    plan or a press kit speaks of one territory."""
    import re

    from ..normalize.text import fold
    from ..reference import departements

    names = departements()
    folded_prefixes = sorted((fold(p) for p in prefixes), key=len, reverse=True)
    found: set[str] = set()
    for line in raw:
        text = re.sub(r"</?\w+[^>]*>", "", line).strip().strip("#*-_ \t")  # ("<summary>Gers – …")
        if not text or len(text) > 160:
            continue
        candidates = [re.sub(r"\s*\(\d[\dAB]?\d?\)\s*$", "", text)]
        # "Gironde — Title", "GERS (32) | Conseil départemental | depuis 2021"
        lead = re.match(r"^([^—–|·]{3,60}?)\s+[—–|·]\s+\S", text)
        if lead:
            candidates.append(re.sub(r"\s*\(\d[\dAB]?\d?\)\s*$", "", lead[1]))
        if text.count("|") >= 2:  # a table row of the Sommaire: "| Title | Gironde | 5 |"
            candidates += [
                re.sub(r"\s*\(\d[\dAB]?\d?\)\s*$", "", cell.strip(" *_"))
                for cell in text.split("|")
                if cell.strip()
            ]
        bracket = re.match(r"^\[([^\]]{3,40})\]\s*\S", text)
        if bracket:  # "[Val-de-Marne (94)] CCAS de Vitry — Title": an entry tagged with its place
            candidates.append(re.sub(r"\s*\(\d[\dAB]?\d?\)\s*$", "", bracket[1]))
        tail = re.search(r"\(([^()]{3,40})\)\s*(?:[—–-]\s*p\.?\s*\d+)?\W*$", text)
        if tail:
            candidates.append(tail[1])
        for candidate in candidates:
            key = fold(candidate)
            for prefix in folded_prefixes:
                if key.startswith(prefix + " "):
                    key = key[len(prefix) + 1 :]
                    break
            if key and names.is_name(key):
                found.add(names.resolve(key).code)  # type: ignore[union-attr]
                break
    return len(found)


@lru_cache(maxsize=16)
def _signals_cached(kind: str) -> tuple[dict, ...]:
    return tuple(_expand(kind))


def _signals(kind: str) -> list[dict]:
    return list(_signals_cached(kind))


def _expand(kind: str) -> list[dict]:
    """A family's detection signals with their vocabularies filled in: `{key}` in a regex is the
    folded alternatives of the family's list `key` ("{stage_words}"), and `starts_from: key`
    takes the phrases of that list, so detection and reading share one vocabulary."""
    import re

    from ..normalize.text import fold
    from ..reference import load_reference

    data = load_reference(kind)
    signals = []
    for signal in data.get("detection", []):
        signal = dict(signal)
        if "regex" in signal:
            signal["regex"] = re.sub(
                r"\{([a-z_]+)\}",
                lambda m: (
                    "(?:"
                    + "|".join(
                        re.escape(fold(w))
                        for w in sorted(data[m[1]], key=lambda w: len(fold(w)), reverse=True)
                    )
                    + ")"
                ),
                signal["regex"],
            )
        if "starts_from" in signal:
            source = data[signal.pop("starts_from")]
            words = [w for ws in source.values() for w in ws] if isinstance(source, dict) else source
            signal["starts"] = [fold(w) for w in words]
        signals.append(signal)
    return signals


def evidence(lines: list[str], signals: list[dict], raw: list[str] | None = None) -> tuple[float, list[str]]:
    """The weighted share of each signal a family's data file declares (see its `detection`)."""
    import re

    total, seen = 0.0, []
    for signal in signals:
        if "departements" in signal:
            count = _departements_named(raw or [], signal["departements"])
        elif "regex" in signal:
            pattern = re.compile(signal["regex"])
            matched = [line for line in lines if pattern.search(line)]
            # ("Pourquoi ?" / "Comment ?" over each of a recueil's sheets: two headings, not twenty)
            count = len(set(matched)) if signal.get("distinct") else len(matched)
        elif "raw_regex" in signal:
            # case and accents matter (a title in capitals): the lines as printed
            pattern = re.compile(signal["raw_regex"])
            count = sum(1 for line in raw or [] if pattern.search(line.strip()))
        else:
            phrases = tuple(signal["starts"])
            count = 0
            per_phrase: dict[str, int] = {}
            for line in lines:
                for phrase in phrases:
                    if line == phrase or line.startswith(phrase + " "):
                        if signal.get("with_value") and line == phrase:
                            continue  # ("Thématiques" alone over its value: a sheet's box, no page's tag line)
                        if signal.get("label"):
                            rest = line[len(phrase) :].strip()
                            if rest and len(line) > len(phrase) + 1 and not _label_line(line, phrase):
                                continue
                        count += 1
                        per_phrase[phrase] = per_phrase.get(phrase, 0) + 1
                        break
            if signal.get("repeated"):
                # the same label printed again and again: one block of data per item, several items
                count = max(per_phrase.values(), default=0)
            elif signal.get("distinct"):
                # "menu", "cookies", "plan du site": a page's furniture is several kinds of links,
                # not one word a report's prose happens to open lines on ("accueil …")
                count = len(per_phrase)
        if "at_most" in signal and count > signal["at_most"]:
            count = 0
        share = min(count, signal["enough"]) / signal["enough"]
        if signal["weight"] < 0:
            share = float(count >= signal["enough"])  # evidence against: only once it is clear
        if share:
            total += signal["weight"] * share
            seen.append(
                f"{count}× {signal.get('name') or signal.get('regex') or signal.get('raw_regex') or signal['starts'][0]}"
            )
    return total, seen


def _label_line(line: str, phrase: str) -> bool:
    """A folded line that is the label `phrase` followed by its value (the colon is folded
    away, so a label reads as a short phrase then its value)."""
    return len(phrase.split()) <= 5


def detect(source: Source) -> Detection:
    """Score every family on the document's opening (`Source.sample`): each family's own
    detector and the structural evidence its data file declares; the best wins if it scores
    enough, else no family (the caller falls back to `generic`)."""
    from ..reference import load_reference

    sample = source.sample()
    lines = _folded_lines(sample)
    scored = []
    for family in FAMILIES.values():
        if family.kind == "generic":
            continue
        data = load_reference(family.kind)
        raw, reasons = evidence(lines, _signals(family.kind), sample.lines)
        found = min(raw, 1.0)
        # The family's own detector, written for its sample, is a second opinion only where the
        # data file asks for it (its sample's layout has no vocabulary of its own to declare).
        own = family.detect(sample) if data.get("detection_keeps_own_detector") else 0.0
        score = max(own, found)
        why = ", ".join(reasons) if found >= own else "its own detector"
        scored.append((score, family.kind, why, raw))
    # (two families both sure: the one with more evidence beyond certainty, "1.75" over "1.0")
    scored.sort(key=lambda s: (-s[0], -s[3], s[1]))
    if scored and scored[0][0] >= DETECT_THRESHOLD:
        score, kind, why, _ = scored[0]
        runner_up = f"; next: {scored[1][1]} {scored[1][0]:.2f}" if len(scored) > 1 else ""
        return Detection(FAMILIES[kind], score, why + runner_up)
    best = ", ".join(f"{k} {s:.2f}" for s, k, _, _ in scored[:3])
    return Detection(None, scored[0][0] if scored else 0.0, best, tuple((k, s) for s, k, _, _ in scored))


TRIAL_THRESHOLD = 0.3  # below DETECT_THRESHOLD, a family this likely is tried by reading


def reads_well(kind: str, result: ParseResult) -> bool:
    """Whether a family's reading of a document it was not sure of found what its genre holds:
    enough records with their key fields filled (the family's `trial` in its data file)."""
    from ..reference import load_reference

    trial = load_reference(kind).get("trial")
    if not trial:
        return False

    def value(data: dict, key: str) -> object:
        # ("sections.Date": a field of the record's sections)
        head, _, rest = key.partition(".")
        found = data.get(head)
        return (found or {}).get(rest) if rest and isinstance(found, dict) else found

    def filled(record: AnyRecord) -> int:
        data = record.model_dump()
        return sum(1 for key in trial["key_fields"] if value(data, key) not in (None, "", [], {}))

    good = [r for r in result.records if filled(r) >= trial["min_filled"]]
    if len(good) >= trial["min_records"] and len(good) >= len(result.records) / 2:
        return True
    # (a plan told in prose, its money in sentences: as many records as the document announces,
    # most with one key field, is its genre read)
    announced = result.document.records_announced
    some = [r for r in result.records if filled(r) >= 1]
    return (
        announced is not None
        and announced == len(result.records) >= trial["min_records"]
        and len(some) >= len(result.records) / 2
    )


def detect_family(source: Source) -> Family | None:
    """The best-scoring family, if it scores enough (see `detect`)."""
    return detect(source).family
