"""The header of a recueil fiche: the short paragraphs between its département and its first
heading, classified as period, status, porteur, contacts and notes.

Their order varies by chapter (period then status then porteur; porteur first; contacts last,
sometimes with a name broken over paragraphs): they are told apart by their words (the
vocabulary of data/reference/odas-recueil.yaml), years, e-mails and phones, not by position.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Contact
from ..normalize.text import clean_inline, fold
from .contacts import EMAIL, PHONE, URL, merge_contacts, parse_contacts

if TYPE_CHECKING:
    from .base import Warnings
    from .odas_recueil import Vocabulary, _Fiche

YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_PERSON = re.compile(
    r"^(?:(?:Mme|M\.|Mr|Mlle)\s+)?[A-ZÉÈ][a-zéèëïî]+(?:-[A-ZÉÈ][a-zéèëïî]+)?\s+"
    r"(?:(?:de|Le|La|Du|van|von)\s+)*[A-ZÉÈ][\w'’-]+"
)


def starts_with_any(text: str, prefixes: list[str]) -> bool:
    key = fold(text.lstrip("°*•- "))
    return any(key == p or key.startswith(p + " ") for p in prefixes)


def header_fields(fiche: _Fiche, vocab: Vocabulary, warnings: Warnings) -> dict:
    """Classify the short paragraphs between the département and the first heading."""
    fields = [
        (p.text.strip("* "), [clean_inline(line).strip("* ") for line in p.lines]) for p in fiche.header
    ]
    notes = [t for t, _ in fields if URL.search(t) and not EMAIL.search(t.replace("www.", ""))]
    rest = [(t, lines) for t, lines in fields if t not in notes]
    contact_fields: list[tuple[str, list[str]]] = []
    while rest and _is_contact(rest[-1][0], not contact_fields, len(rest), vocab):
        contact_fields.insert(0, rest.pop())
    # A name broken over several paragraphs by the extraction ("Fabienne" / "Dhormes/Julie" /
    # "Dewaele"), before contacts that have an e-mail but no name, belongs to them.
    # Only when some contact lacks a name: otherwise a short capitalised line before the
    # contacts ("Généralisé") is a header field, not part of a person's name.
    nameless = any(not c.name for _, lines in contact_fields for c in parse_contacts(" ".join(lines)))
    fragments: list[str] = []
    while nameless and rest and len(rest) >= 2 and _is_name_fragment(rest[-1][0], vocab):
        fragments.insert(0, rest.pop()[0])
    texts = [t for t, _ in rest]
    kinds: list[str] = []
    for position, text in enumerate(texts):
        is_status = starts_with_any(text, vocab.status_prefixes)
        is_date = bool(YEAR.search(text)) or starts_with_any(text, vocab.date_prefixes)
        next_is_status = position + 1 < len(texts) and starts_with_any(
            texts[position + 1], vocab.status_prefixes
        )
        if "period" not in kinds and is_date and (not is_status or next_is_status):
            kinds.append("period")
        elif "status" not in kinds and is_status:
            kinds.append("status")
        else:
            kinds.append("other")
    # Period, then status, then porteur (the recueil's chapter-2 layout): a field right after
    # the period, followed by another unclassified field, is the status in free words.
    if "status" not in kinds and kinds.count("other") >= 2 and "period" in kinds:
        after = kinds.index("period") + 1
        if after < len(kinds) and kinds[after] == "other":
            kinds[after] = "status"
    period = next((t for (t, _), k in zip(rest, kinds, strict=True) if k == "period"), None)
    status = next((t for (t, _), k in zip(rest, kinds, strict=True) if k == "status"), None)
    # A porteur written on two lines names two bodies: keep them apart.
    others = ["; ".join(lines) for (_, lines), k in zip(rest, kinds, strict=True) if k == "other"]
    porteur = "; ".join(others) if others else None
    if porteur is None and fiche.header:
        warnings.add("no-porteur", f"'{fiche.title_para.text}': no porteur field", fiche.dep_para.first)
    contacts: list[Contact] = []
    for _, lines in contact_fields:
        people = [line for line in lines if EMAIL.search(line) or PHONE.search(line)]
        raws = lines if len(people) >= 2 else [" ".join(lines)]  # one person per line
        for raw in raws:
            contacts.extend(parse_contacts(raw))
            notes.extend(u for u in URL.findall(raw) if "@" not in u)
    contacts = merge_contacts(contacts, names=" ".join(fragments))
    year_match = YEAR.search(period or "")
    return {
        "porteur": porteur,
        "period": period,
        "year": int(year_match[1]) if year_match else None,
        "status": status.lstrip("°* ").strip() if status else None,
        "contacts": contacts,
        "notes": notes,
    }


def _is_name_fragment(text: str, vocab: Vocabulary) -> bool:
    words = re.split(r"[\s/]+", text.strip())
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() for w in words if w)
        and fold(words[0]) not in vocab.organisation_words
        and not starts_with_any(text, vocab.status_prefixes)
        and not YEAR.search(text)
    )


def _is_contact(text: str, last: bool, remaining: int, vocab: Vocabulary) -> bool:
    if EMAIL.search(text) or PHONE.search(text):
        return True
    if not last or remaining < 2:
        return False
    match = _PERSON.match(text)
    if not match:
        return False
    after = text[match.end() :].lstrip()
    if not after and len(text.split()) <= 4:
        return fold(text).split()[0] not in vocab.organisation_words
    if after[:1] in (",", "/", "-", "–") or re.search(r"\s/\s?[A-ZÉ]|/[A-ZÉ]", text):
        words = set(fold(after).split()[:3])
        return after[:1] == "/" or "/" in text or bool(words & vocab.contact_roles) or after[:1] == ","
    return False
