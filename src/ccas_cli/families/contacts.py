"""People named in a document's contact lines: name, role, e-mail, phone.

Contact lines are written every which way ("A, role - mail // B - phone", "A ou B, phone",
a name broken over paragraphs, "TEL :" prefixes): this module turns them into Contact records.
"""

from __future__ import annotations

import re

from ..models import Contact

# One pattern each for every family: searched within a line (`findall`) or matched as the
# whole line (`fullmatch`). French numbers, national (01 23 45 67 89, 0 800 …) or +33.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
PHONE = re.compile(r"(?<![\d+])(?:\+33\s?|0)\d(?:[ .-]?\d{2}){4}(?!\d)|(?<!\d)0 ?800(?:[ .]?\d{2}){3}")
URL = re.compile(r"(?:https?://|www\.)\S+")

_NAME_START = r"(?:M\.|Mme|Mr|Dr|[A-ZÉ][a-zéèëï]{3,}(?:-[A-ZÉ][a-zéèëï]+)?\s+[A-ZÉ])"


def parse_contacts(raw: str) -> list[Contact]:
    """One contact line can hold several people: "A, role - mail // B - phone", "A ou B"."""
    # URLs are not contacts; "jean- marc.x@…" is an e-mail address cut by the extraction.
    raw = re.sub(r"(\w)- (\w[\w.]*@)", r"\1-\2", URL.sub(" ", raw))
    raw = re.sub(r"\bT[ée]l\.?\s*:\s*", "", raw, flags=re.I)
    separators = (
        rf"\s*(?://|;|\s&\s|\sou\s|\s/\s(?={_NAME_START})|(?<=[a-zé])/(?=[A-ZÉ])"
        rf"|\s(?:et|Et)\s(?={_NAME_START})|-\s(?=(?:Mme|M\.)\s)"
        # "… – 02 98 96 47 12. Erwan Kerhervé, …": a sentence's end after a number or an address
        rf"|(?<=\d)\.\s(?={_NAME_START})|(?<=\.fr|\.eu)\.\s(?={_NAME_START})|(?<=\.com|\.org|\.net)\.\s(?={_NAME_START}))\s*"
    )
    parts = re.split(separators, raw)
    contacts: list[Contact] = []
    for part in (re.sub(r"^(?:et|Et)\s+", "", p.strip(" ,-–")) for p in parts):
        if not part:
            continue
        emails = EMAIL.findall(part)
        phones = PHONE.findall(part)
        rest = part
        for value in emails + phones:
            rest = rest.replace(value, " ")
        rest = re.sub(r"\(\s*ou\s+\d+\s*\)|\(\s*\)", " ", rest)  # "(ou 92)": an alternative line
        rest = re.sub(r"\s*[-–,]\s*$", "", " ".join(rest.split())).strip(" ,-–")
        name, role = rest, None
        pieces = re.split(r"\s*,\s*|\s+[-–]\s+", rest, maxsplit=1)
        if len(pieces) == 2:
            name, role = pieces[0], pieces[1].strip(" ,-–") or None
        if contacts and not name and not role and (emails or phones):
            # "... - 03 21 21 65 00" on its own after a split: same person as before.
            previous = contacts[-1]
            previous.email = previous.email or (emails[0] if emails else None)
            previous.phone = previous.phone or (phones[0] if phones else None)
            continue
        contacts.append(
            Contact(
                name=name or None,
                role=role,
                email=emails[0] if emails else None,
                phone=phones[0] if phones else None,
            )
        )
    # "Mme CASULA ou Mme LABESCAU, 05 57 89 09 09": a number given once serves everyone.
    shared_phone = {c.phone for c in contacts if c.phone}
    if len(shared_phone) == 1 and len(PHONE.findall(raw)) == 1:
        for contact in contacts:
            if not contact.phone and not contact.email and not contact.role:
                contact.phone = next(iter(shared_phone))
    return contacts


def merge_contacts(contacts: list[Contact], names: str = "") -> list[Contact]:
    """An e-mail or phone alone on the next line belongs to the person named above it; names
    given apart from their addresses ("A/B" then two e-mails) are paired with them in order."""
    merged: list[Contact] = []
    for contact in contacts:
        if merged and not contact.name and not contact.role and merged[-1].name:
            previous = merged[-1]
            free_email = contact.email is None or previous.email is None
            free_phone = contact.phone is None or previous.phone is None
            if free_email and free_phone and not names:
                previous.email = previous.email or contact.email
                previous.phone = previous.phone or contact.phone
                continue
        merged.append(contact)
    if names:
        people = [n.strip() for n in re.split(r"\s*/\s*", " ".join(names.split())) if n.strip()]
        nameless = [c for c in merged if not c.name]
        for person, contact in zip(people, nameless, strict=False):
            contact.name = person
        merged += [Contact(name=p) for p in people[len(nameless) :]]
    return merged
