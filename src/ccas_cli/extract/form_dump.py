"""A PDF form's filled fields as `pdftk … dump_data_fields` lists them, read as the sheet the
form prints: each field's visible name ("FieldNameAlt: Porteur du projet") its label, its value
("FieldValue: …", "&#10;" a line break) its text — then read as one record's columns are
(record_csv.py: a title field, short answers as fields, long ones as sections, contacts):

    ---
    FieldType: Text
    FieldName: txtPorteur
    FieldNameAlt: Porteur du projet      → Porteur du projet : CCAS de Tonnerre
    FieldValue: CCAS de Tonnerre

Fields with no visible name (hidden ones), empty ones, buttons left "Off" and the form's
options ("FieldStateOption") are no text. Each line keeps the file line its value is on.
"""

from __future__ import annotations

import html
import re

from .record_csv import record_lines

_KEY = re.compile(r"^(?P<key>Field[A-Za-z]+):\s?(?P<value>.*)$")


def looks_like_form_dump(lines: list[str]) -> bool:
    head = lines[:400]
    return (
        sum(1 for line in head if line.startswith("FieldName:")) >= 5
        and sum(1 for line in head if line.startswith("FieldType:")) >= 5
    )


def form_dump_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    fields: list[dict[str, str]] = [{}]
    for line in lines:
        if line.strip() == "---":
            fields.append({})
            continue
        found = _KEY.match(line)
        if found and found["key"] not in fields[-1]:
            fields[-1][found["key"]] = found["value"]
    header: list[str] = []
    values: list[str] = []
    for field in fields:
        name = field.get("FieldNameAlt", "").strip()
        value = html.unescape(field.get("FieldValue", "")).strip()
        if not name or not value or (field.get("FieldType") == "Button" and value.lower() == "off"):
            continue
        parts = [p.strip() for p in value.split("\n") if p.strip()]
        if 1 < len(parts) <= 8 and all(len(p) <= 80 and not p.endswith(".") for p in parts):
            # "Commune de Tonnerre" / "CARSAT …" / "Mutualité …": a list answered a line an item,
            # one field's value, its items parted
            value = " ; ".join(parts)
        header.append(name)
        values.append(value)
    if len(header) < 4:
        return None
    # (a dump lists the fields in the order the form was built, not printed: the short answers
    # — the form's box of facts — said first, the long ones, its chapters, after them)
    order = sorted(range(len(header)), key=lambda k: "\n" in values[k] or len(values[k]) > 200)
    header, values = [header[k] for k in order], [values[k] for k in order]
    # (a value is written on its "FieldValue:" line, its line breaks as "&#10;")
    return record_lines(header, values, lines, 1, lambda probe: probe.replace("\n", "&#10;"))
