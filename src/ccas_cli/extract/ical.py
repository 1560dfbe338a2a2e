"""A calendar exported as iCalendar (.ics: a CCAS's programme of workshops and permanences),
read as the markdown page it stands for:

    X-WR-CALNAME:Ateliers 2026             → # Ateliers 2026
    BEGIN:VEVENT / SUMMARY:Café des aidants → ## Café des aidants
    DTSTART;TZID=…:20260312T140000          → Date : 12/03/2026 14:00
    LOCATION:Salle\\, 2 rue …                → Lieu : Salle, 2 rue …
    DESCRIPTION:Tarif : 5 €\\n\\nSur …        → its lines, "\\n" a line break, "\\," a comma

Lines folded at 75 octets (a continuation opens on a space) are unfolded; time zones, alarms,
identifiers and recurrence rules are no text. Each line keeps the file line its property opens on.
"""

from __future__ import annotations

import re

_PROPERTY = re.compile(r"^(?P<name>[A-Z][A-Z0-9-]*)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")
_LABELS = {"LOCATION": "Lieu", "CATEGORIES": "Catégories", "ORGANIZER": "Organisateur", "URL": "Lien"}


def looks_like_ical(lines: list[str]) -> bool:
    """BEGIN:VCALENDAR opening the file, and events in it."""
    first = next((line.strip() for line in lines[:5] if line.strip()), "")
    return first.upper() == "BEGIN:VCALENDAR" and any(line.strip() == "BEGIN:VEVENT" for line in lines)


def _unfolded(lines: list[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if line[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + line[1:])
        elif line:
            out.append((n, line))
    return out


def _text(value: str) -> str:
    return re.sub(r"\\([,;\\nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _when(value: str) -> str:
    stamp = re.match(r"^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d))?", value)
    if stamp is None:
        return value
    day = f"{stamp[3]}/{stamp[2]}/{stamp[1]}"
    return f"{day} {stamp[4]}:{stamp[5]}" if stamp[4] else day


def ical_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """The calendar as markdown lines, with the file line of each."""
    out: list[tuple[int, str]] = []
    depth: list[str] = []
    event = 0
    for n, line in _unfolded(lines):
        prop = _PROPERTY.match(line)
        if prop is None:
            continue
        name, value = prop["name"].upper(), prop["value"]
        if name == "BEGIN":
            depth.append(value.upper())
            if value.upper() == "VEVENT":
                event = len(out)  # (its summary, wherever printed, heads its lines)
            continue
        if name == "END":
            if depth:
                depth.pop()
            if value.upper() == "VEVENT":
                summary = [k for k in range(event, len(out)) if out[k][1].startswith("## ")]
                if summary:
                    k = summary[0]
                    out[event:] = [out[k], (out[k][0], ""), *out[event:k], *out[k + 2 :]]
                out.append((n, ""))
            continue
        where = depth[-1] if depth else ""
        if where == "VCALENDAR" and name in ("X-WR-CALNAME", "NAME"):
            out += [(n, "# " + " ".join(_text(value).split())), (n, "")]
        elif where == "VCALENDAR" and name in ("X-WR-CALDESC", "DESCRIPTION"):
            # (what the calendar holds, said before its name: the document's preamble, the name
            # its title over the events)
            out[:0] = [(n, " ".join(_text(value).split())), (n, "")]
        elif where != "VEVENT":
            continue
        elif name == "SUMMARY":
            out += [(n, "## " + " ".join(_text(value).split())), (n, "")]
        elif name == "DTSTART":
            out.append((n, f"Date : {_when(value)}"))
        elif name in _LABELS:
            shown = re.sub(r"^mailto:", "", value, flags=re.IGNORECASE)
            cn = re.search(r"CN=([^;:]+)", prop["params"])
            if name == "ORGANIZER" and cn:
                shown = cn[1].strip('"')
            out.append((n, f"{_LABELS[name]} : {' '.join(_text(shown).split())}"))
        elif name == "DESCRIPTION":
            out.append((n, ""))
            out += [(n, " ".join(piece.split())) for piece in _text(value).split("\n")]
            out.append((n, ""))
    return [t for _, t in out], [n for n, _ in out]
