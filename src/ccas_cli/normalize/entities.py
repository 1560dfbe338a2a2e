"""Partners, funders and directions: raw text → canonical names from data/reference/.

Resolution, for each organisation name: exact alias (folded: accents, case, elision, hyphens)
→ a known alias contained in a longer name ("les responsables … du Conseil départemental du Gard")
→ rapidfuzz above a threshold → unresolved (kept raw, listed by `ccas validate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..reference import load_reference
from .text import fold

FUZZY_THRESHOLD = 90
_ARTICLES = re.compile(r"^(?:les?|la|l|des|du|de la|de l|d|un|une|et)\s+")
_PARENS = re.compile(r"\s*\([^)]*\)")
_SERVICES_OF = re.compile(
    r"^(?:les\s+)?(?:services?|directions?)\s+de\s+(?:la\s+)?(?P<owner>ville|m[ée]tro|ccas)\b[^:]*:\s*", re.I
)


@dataclass(frozen=True)
class Resolved:
    raw: str
    name: str  # canonical name, or the raw text when unresolved
    resolved: bool
    how: str  # alias | contained | fuzzy | unresolved


@dataclass
class Partners:
    names: list[str] = field(default_factory=list)  # canonical (or raw when unresolved), unique, in order
    unresolved: list[str] = field(default_factory=list)
    resolutions: list[Resolved] = field(default_factory=list)


class Vocabulary:
    """Aliases of one reference file (partners.yaml or directions.yaml), folded for matching."""

    def __init__(self, entries: list[dict], key: str = "name") -> None:
        self.by_alias: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}
        for entry in entries:
            name = entry[key]
            for alias in [name, *(entry.get("aliases") or [])]:
                self.by_alias.setdefault(_key(alias), name)
                if re.fullmatch(r"[A-Z][A-Z0-9]{2,}", alias):
                    self.acronyms[alias] = name
        self.keys = sorted(self.by_alias, key=len, reverse=True)
        # compiled once here, not through re's own cache, which other patterns push them out of
        self._acronym_at = {a: re.compile(rf"(?<![\w]){re.escape(a)}(?![\w])") for a in self.acronyms}
        self._alias_at = {a: re.compile(rf"(?:^| ){re.escape(a)}(?= |$)") for a in self.keys}

    def resolve(self, raw: str) -> Resolved:
        key = _key(raw)
        if not key:
            return Resolved(raw, raw, False, "unresolved")
        if key in self.by_alias:
            return Resolved(raw, self.by_alias[key], True, "alias")
        for acronym, name in self.acronyms.items():
            if self._acronym_at[acronym].search(raw):
                return Resolved(raw, name, True, "contained")
        for alias in self.keys:
            if len(alias) >= 8 and self._alias_at[alias].search(key):
                return Resolved(raw, self.by_alias[alias], True, "contained")
        match = process.extractOne(key, self.keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD)
        if match:
            return Resolved(raw, self.by_alias[match[0]], True, "fuzzy")
        return Resolved(raw, raw, False, "unresolved")

    def contained(self, raw: str) -> list[str]:
        """Every organisation named inside a longer text, in order, without overlaps: a list
        whose line breaks were lost ("… de la Ville de Lille Conseil Régional") still
        yields both names."""
        key = _key(raw)
        taken: list[tuple[int, int, str]] = []
        for alias in self.keys:
            if (
                len(alias) < 8
                and alias.upper() not in self.acronyms
                and alias not in {a.lower() for a in self.acronyms}
            ):
                continue
            for match in self._alias_at[alias].finditer(key):
                start, end = match.start(), match.end()
                if all(end <= s or start >= e for s, e, _ in taken):
                    taken.append((start, end, self.by_alias[alias]))
        names: list[str] = []
        for _, _, name in sorted(taken):
            if name not in names:
                names.append(name)
        return names


def _key(text: str) -> str:
    key = fold(_PARENS.sub("", text))
    previous = None
    while previous != key:
        previous, key = key, _ARTICLES.sub("", key)
    return key


@dataclass(frozen=True)
class Territory:
    """The commune or département a document belongs to (data/raw/manifest.yaml `territory`):
    what "la Ville", "le Conseil général", "la Préfecture" name in it."""

    commune: str | None = None
    commune_insee: str | None = None
    departement: str | None = None
    departement_code: str | None = None
    de_departement: str | None = None  # "de la Drôme", "du Nord": as French writes it after a noun

    @classmethod
    def from_manifest(cls, data: dict | None) -> Territory | None:
        if not data:
            return None
        return cls(
            commune=data.get("commune"),
            commune_insee=str(data["commune_insee"]) if data.get("commune_insee") else None,
            departement=data.get("departement"),
            departement_code=str(data["departement_code"]) if data.get("departement_code") else None,
            de_departement=data.get("de_departement"),
        )


_territory: Territory | None = None


@contextmanager
def in_territory(territory: Territory | None) -> Iterator[None]:
    """Resolve names against `territory` while parsing one document (none: generic names of
    territorial bodies stay as printed)."""
    global _territory
    previous, _territory = _territory, territory
    try:
        yield
    finally:
        _territory = previous


def partner_vocabulary() -> Vocabulary:
    return _partner_vocabulary(_territory)


@lru_cache(maxsize=8)
def _partner_vocabulary(territory: Territory | None) -> Vocabulary:
    data = load_reference("partners")
    commune = territory.commune_insee if territory is not None else None
    departement = territory.departement_code if territory is not None else None
    entries = [
        e
        for e in data["partners"]
        if ("commune_insee" not in e or str(e["commune_insee"]) == commune)
        and ("departement_code" not in e or str(e["departement_code"]) == departement)
    ]
    if territory is not None:
        values = {"commune": territory.commune, "de_departement": territory.de_departement}
        for entry in data.get("territorial", []):
            needed = re.findall(r"\{(\w+)\}", entry["name"])
            if all(values.get(n) for n in needed):
                name = entry["name"].format(**values)
                entries.append({"name": name, "aliases": entry["aliases"]})
    return Vocabulary(entries)


def direction_vocabulary() -> Vocabulary:
    """The directions of the document's own territory: a plan from another city never
    resolves to another CCAS's directions (they are kept as printed)."""
    return _direction_vocabulary(_territory.commune_insee if _territory is not None else None)


@lru_cache(maxsize=8)
def _direction_vocabulary(commune_insee: str | None) -> Vocabulary:
    entries = load_reference("directions")["directions"]
    return Vocabulary([e for e in entries if str(e.get("commune_insee") or "") in ("", commune_insee or "")])


_PARENTHESISED_LIST = re.compile(r"^(?P<head>[^()]*)\((?P<items>[^()]*[,;][^()]*)\)$")


def _pieces(text: str) -> list[str]:
    """First cut: lines, bullets, semicolons, commas and spaced slashes outside parentheses;
    spaced dashes between names that each open on a capital, where nothing else parts them."""
    text = re.sub(r"\s+/\s+", ",", text.replace("\n", ","))  # "CAF / CARSAT / CNSA"
    dashed = re.split(r"\s+[–—]\s+", text)
    if len(dashed) > 1 and not re.search(r"[,;•]", text) and all(p.strip()[:1].isupper() for p in dashed):
        text = ",".join(dashed)  # "Médiathèque de Briançon – Emmaüs Connect – Centre social"
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char in ",;•" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    cleaned = []
    for part in parts:
        part = re.sub(r"^[\s\-–.•*]+|[\s.*]+$", "", part)
        part = re.sub(r"^(?:et|and)\s+", "", part)
        if part and not re.fullmatch(r"\.+|etc", part, re.I):
            cleaned.append(part)
    return cleaned


def _split_joined(part: str, vocab: Vocabulary) -> list[str]:
    """Split "A / B" and "A et B" only when the pieces are organisations we know.

    "Service Jeunesse et Vie Associative" stays whole; "CCAS et Ville de Lille" splits.
    """
    if vocab.resolve(part).how == "alias":
        return [part]
    pieces = [p for p in re.split(r"\s*/\s*", part) if p.strip()]
    if len(pieces) > 1 and sum(vocab.resolve(p).resolved for p in pieces) >= len(pieces) - 1:
        return [q for p in pieces for q in _split_joined(p, vocab)]
    pieces = re.split(r"\s+et\s+", part)
    for k in range(1, len(pieces)):
        left, right = " et ".join(pieces[:k]), " et ".join(pieces[k:])
        if vocab.resolve(left).resolved and vocab.resolve(right).resolved:
            return _split_joined(left, vocab) + _split_joined(right, vocab)
    # "CPAM du Morbihan et ARS Bretagne": two bodies, each opening on its acronym (or known)
    if (
        len(pieces) == 2
        # ("CPAM des Côtes-d'Armor et Association Trégor Mutualité": an acronym, then a body's word)
        and all(
            _ACRONYM_LED.match(p) or vocab.resolve(p).resolved or (p[:1].isupper() and _organisation_first(p))
            for p in pieces
        )
        and any(_ACRONYM_LED.match(p) for p in pieces)
    ):
        return pieces
    return [part]


_ACRONYM_LED = re.compile(r"^[A-ZÀ-Ý]{2,}[A-Z0-9]*(?:\s|$)")


def split_partners(text: str) -> list[str]:
    """Raw organisation names of a partners/funders text, in order."""
    vocab = partner_vocabulary()
    names: list[str] = []
    owner_services = _SERVICES_OF.match(text.strip())
    if owner_services:
        owner = owner_services["owner"]
        names.append(vocab.resolve(owner if fold(owner) != "ccas" else "CCAS").name)
        text = text.strip()[owner_services.end() :]
    pieces = _pieces(text)
    if len(pieces) >= 2 and vocab.resolve(pieces[-1]).how != "alias":
        # "A, B et C": the list's last "et" joins its last two names when a name follows it
        last = re.split(r"\s+et\s+(?=[A-ZÀ-Ý])", pieces[-1])
        if len(last) == 2 and all(last):
            pieces[-1:] = last
    for piece in pieces:
        if owner_services and piece[:1].islower() and not vocab.resolve(piece).resolved:
            continue  # a service of the owner named above ("promotion de la santé")
        listed = _PARENTHESISED_LIST.match(piece)
        if listed:
            # "the steering committee (la DDASS, le Conseil Général)": the list names the
            # partners; the words before it only when they name one themselves.
            head = listed["head"].strip()
            if head and vocab.resolve(head).resolved:
                names.extend(_split_joined(head, vocab))
            for item in _pieces(listed["items"]):
                names.extend(_split_joined(item, vocab))
            continue
        names.extend(_split_joined(piece, vocab))
    return names


def resolve_partners(text: str | None) -> Partners:
    result = Partners()
    if not text:
        return result
    vocab = partner_vocabulary()
    for raw in split_partners(text):
        resolution = vocab.resolve(raw)
        result.resolutions.append(resolution)
        names = [resolution.name]
        if resolution.how == "contained":
            names = vocab.contained(raw) or names
        for name in names:
            if name not in result.names:
                result.names.append(name)
        if not resolution.resolved and raw not in result.unresolved:
            result.unresolved.append(raw)
    return result


@dataclass
class DirectionResolution:
    direction: str | None
    co_directions: list[str]
    institutions: list[str]  # partner institutions named as co-responsible
    persons: list[str]
    unresolved: list[str]


_PERSON = re.compile(r"^(?:M\.|Mme\s+)?[A-ZÉ][a-zéèëï]+(?:-[A-ZÉ][a-zéèëï]+)?\s+[A-ZÉ][\w'-]+$")


def _organisation_first(text: str) -> bool:
    words = {fold(w) for w in load_reference("ccas-plan")["organisation_words"]}
    return fold(text.split()[0]) in words if text.split() else False


def resolve_direction(responsable: str | None) -> DirectionResolution:
    """Lead direction of a "Responsable" field; "A / B" co-leads keep B; persons and partner
    institutions are reported separately so the caller can inherit and explain."""
    result = DirectionResolution(None, [], [], [], [])
    if not responsable:
        return result
    text = re.sub(r"\bDirect(?:eur|rice)\b", "Direction", responsable)
    directions = direction_vocabulary()
    partners = partner_vocabulary()
    for part in (p.strip(" .") for p in re.split(r"\s*/\s*(?![^()]*\))", text)):
        if not part:
            continue
        found = directions.resolve(part)
        if found.resolved:
            if result.direction is None:
                result.direction = found.name
            elif found.name != result.direction and found.name not in result.co_directions:
                result.co_directions.append(found.name)
        elif _PERSON.match(part) and not _organisation_first(part):
            result.persons.append(part)  # "Yves Clappier", not "Service Insertion"
        elif partners.resolve(part).resolved:
            result.institutions.append(partners.resolve(part).name)
        else:
            result.unresolved.append(part)
    return result
