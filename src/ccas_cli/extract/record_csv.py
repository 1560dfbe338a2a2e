"""One record exported from a base (Airtable, Grist, a form's answers) as CSV: a header row
and a single row of values, read as the sheet it stands for — each column a labelled field,
a long answer a section under its heading:

    Nom de l'action,Territoire,…,Contexte     → # <its value>  (a title column first)
    "Navette …",Villeneuve-sur-Lot,…,"Le …"   → Territoire : Villeneuve-sur-Lot
                                               → ## Contexte / its paragraphs

Empty columns are no text. Each line keeps the file line its value starts on. (A CSV of
several rows is a table, read by the block reader.)
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from ..normalize.text import fold
from ..reference import load_reference

_TITLE_HEADS = ("nom", "titre", "intitule", "libelle", "title", "name")
_NAMING = re.compile(
    r"\b(?:nom|titre|intitule)\s+(?:de|du)\s+(?:votre|l|cette|ce)?\s*(?:action|initiative|projet|dispositif|experimentation)\b"
)


# a head's words that end on a connector ("Fonction et", "Nom de"): no thing of its own
_CONNECTOR_END = re.compile(r"\b(?:et|ou|de|du|des|d'|la|le|les|à|en|par)$", re.IGNORECASE)
# an answer told as sentences (fifteen words or more, closed by a full stop): a section's text,
# however short, not a field's value
_SENTENCE = re.compile(r"^(?:\S+\s+){14,}.*[.!]$")
# an answer naming a person, role, e-mail and phone on one line, set apart by dashes or commas
_REACHABLE = re.compile(r"@|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}")  # an e-mail or a phone number
_CONTACT_SPLIT = re.compile(r"\s+[-–—|/]\s+|,\s+|;\s*")


def _contact_pieces(value: str) -> list[str]:
    """A contact answer as the lines a card prints: one line, or its pieces when it holds an
    e-mail or a phone among other words ("Bastien Lafarge, animateur … - b.l@… - 06 …")."""
    value = " ".join(value.split())
    if _REACHABLE.search(value) is None:
        return [value]
    return [p.strip() for p in _CONTACT_SPLIT.split(value) if p.strip()]


def _delimiter(header: str) -> str | None:
    # (comma or semicolon, as bases export; a tab-separated pair of lines is a table)
    counts = {d: header.count(d) for d in (",", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] >= 3 else None


def _rows(lines: list[str]) -> list[list[str]] | None:
    delimiter = _delimiter(lines[0]) if lines else None
    if delimiter is None:
        return None
    try:
        rows = [
            r
            for r in csv.reader((line + "\n" for line in lines), delimiter=delimiter)
            if any(c.strip() for c in r)
        ]
    except csv.Error:
        return None
    return rows


def looks_like_record_csv(lines: list[str]) -> bool:
    """A header of short names, four or more, over exactly one row of as many values."""
    if not lines or len(lines[0]) > 6000:
        return False
    delimiter = _delimiter(lines[0])
    if delimiter is None:
        return False
    header = next(csv.reader([lines[0]], delimiter=delimiter))
    # (a form's export heads its columns with its questions: "Quel est le nom de votre action ?")
    if len(header) < 4 or any(not h.strip() or len(h) > 200 for h in header):
        return False
    rows = _rows(lines)
    return rows is not None and len(rows) == 2 and len(rows[1]) == len(header)


def record_csv_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The record as markdown lines with the file line of each."""
    rows = _rows(lines)
    if rows is None or len(rows) != 2:
        return None
    header, values = rows
    return record_lines(header, values, lines, 2, lambda probe: probe.replace('"', '""'))


def record_lines(
    header: list[str], values: list[str], lines: list[str], start: int, escaped: Callable[[str], str]
) -> tuple[list[str], list[int]]:
    """One record, its fields' names and values, as a sheet's markdown lines with the file line
    of each: the value's first words searched in the file from line `start` on, as the file
    writes them (`escaped`)."""
    out: list[tuple[int, str]] = []
    cursor = start

    def line_of(value: str) -> int:
        # (from the last value found on; from the start again when the values come in another
        # order than the file's)
        nonlocal cursor
        probe = escaped(value.strip().split("\n")[0][:30])
        for n in [*range(cursor, len(lines) + 1), *range(start, cursor)]:
            if probe and probe in lines[n - 1]:
                cursor = n
                return n
        return cursor

    # the column naming the record: "Quel est le nom de votre action ?" anywhere, else a first
    # column headed "Nom", "Titre" …
    named = next((k for k, h in enumerate(header) if _NAMING.search(fold(h)) and values[k].strip()), None)
    if named is None and fold(header[0]).split()[:1] and fold(header[0]).split()[0] in _TITLE_HEADS:
        named = 0
    title: list[tuple[int, str]] = []
    parts = {fold(w) for w in load_reference("document")["column_parts"]}
    whole: dict[str, tuple[int, list[str]]] = {}  # "Contact" → (its place, its parts' values)
    contact_words = re.compile(
        r"\b(?:"
        + "|".join(re.escape(fold(w)) for w in load_reference("document")["contact_columns"])
        + r")\b"
    )
    contact_at: int | None = None
    contact_lines: list[tuple[int, str]] = []
    for k, (head, value) in enumerate(zip(header, values, strict=True)):
        head, value = " ".join(head.split()), value.strip()
        if not value:
            continue
        words = head.split()
        owner = next(
            (
                " ".join(words[:n])
                for n in range(1, len(words))
                if fold(" ".join(words[n:])) in parts
                # ("Fonction et structure", "… ? (nom, structure, mail, téléphone)": a head that
                # lists parts, not the parts of one thing)
                and not _CONNECTOR_END.search(" ".join(words[:n]))
                and not re.search(r"[(),;]", " ".join(words[n:]))
            ),
            None,
        )
        if contact_words.search(fold(head)) and "\n" not in value and k != named:
            # ("Nom et prénom de la personne référente", "Adresse mail de contact" …: a form's
            # questions about whom to contact, answered together under one heading)
            if contact_at is None:
                contact_at = len(out)
                out.append((line_of(value), ""))
            contact_lines += [(line_of(value), p) for p in _contact_pieces(value)]
            continue
        if owner is not None and "\n" not in value:
            # ("Contact nom", "Contact mail": the parts of one contact, one field)
            if owner not in whole:
                whole[owner] = (len(out), [])
                out.append((line_of(value), ""))
            whole[owner][1].append(value)
            continue
        at = line_of(value)
        paragraphs = [
            " ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\s*[-•*] )|\n", value) if p.strip()
        ]
        if k == named:
            title = [(at, "# " + " ".join(value.split())), (at, "")]  # (said first, below)
        elif len(paragraphs) > 1 or len(value) > 200 or _SENTENCE.search(paragraphs[0]):
            out += [(at, f"## {head}"), (at, "")]
            for p in paragraphs:
                out += [(at, p), (at, "")]
        else:
            out.append((at, f"{head} : {paragraphs[0]}"))
    for owner, (place, pieces) in whole.items():
        out[place] = (out[place][0], f"{owner} : {' – '.join(pieces)}")
    if contact_at is not None:
        # a person a line, as a base's contact parts are ("Contact : Name – role – mail – phone"):
        # a name after an e-mail or a phone opens the next person
        people: list[tuple[int, list[str]]] = []
        for at, piece in contact_lines:
            reachable = _REACHABLE.search(piece) is not None
            if not people or (not reachable and any(_REACHABLE.search(p) for p in people[-1][1])):
                people.append((at, []))
            people[-1][1].append(piece)
        label = load_reference("document")["contact_columns_label"]
        # (whom to contact said last, as a sheet prints it at its foot: no fact after it read
        # as one of its lines)
        del out[contact_at]
        out += [(at, f"{label} : {' – '.join(pieces)}") for at, pieces in people]
    out = title + out
    return [t for _, t in out], [n for n, _ in out]
