"""A board kept in a kanban tool (Trello and its like) exported as JSON, read as the document its
columns and cards make: the board's title, a column a part, a card a sheet:

    {"name": "Projet social 2026-2030", "desc": …}        → # Projet social 2026-2030 / its text
    "lists": [{"id": "96ff…", "name": "Axe 1 – …"}]        → ## Axe 1 – …
    "cards": [{"idList": "96ff…", "name": "Guichet unique", "desc": "**Pilote :** …",
               "customFieldItems": [{"idCustomField": …, "value": {"number": "48000"}}]}]
                                                           → ### Guichet unique
                                                             Budget (€) : 48000
                                                             **Pilote :** … (its text, markdown)

Columns and cards in the board's order (their `pos`), whatever their order in the file;
archived ones ("closed": true) left out; the activity log, members and settings no text. Each
line keeps the file line its value is written on.
"""

from __future__ import annotations

import json
import re
from typing import Any


def looks_like_kanban(lines: list[str]) -> bool:
    head = "\n".join(lines[:5]).lstrip()
    if not head.startswith("{"):
        return False
    text = "\n".join(lines)
    return '"cards"' in text and '"lists"' in text and '"idList"' in text


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _field_value(item: dict[str, Any], fields: dict[str, dict[str, Any]]) -> str:
    """A custom field's value as printed: a number, a text, a date, a ticked box, a list's option."""
    field = fields.get(item.get("idCustomField", ""), {})
    if item.get("idValue"):
        option = next((o for o in field.get("options", []) if o.get("id") == item["idValue"]), None)
        return _text((option or {}).get("value", {}).get("text"))
    value = item.get("value") or {}
    if "checked" in value:
        return "oui" if value["checked"] in (True, "true") else "non"
    return next((str(value[k]) for k in ("number", "text", "date") if value.get(k) not in (None, "")), "")


def kanban_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The board as markdown lines with the file line of each; None when it is no board."""
    try:
        board = json.loads("\n".join(lines))
    except ValueError:
        return None
    if not isinstance(board, dict) or not isinstance(board.get("cards"), list):
        return None
    joined = lines

    def line_of(key: str, value: str, after: int = 0) -> int:
        # the line where `"key": "value"` is written (as the file escapes it)
        probes = {json.dumps(value[:40], ensure_ascii=False)[:-1], json.dumps(value[:40])[:-1]}
        for n in range(after, len(joined)):
            if f'"{key}"' in joined[n] and any(p in joined[n] for p in probes):
                return n + 1
        return after + 1

    fields = {f.get("id", ""): f for f in board.get("customFields") or [] if isinstance(f, dict)}
    checklists: dict[str, list[dict[str, Any]]] = {}
    for checklist in board.get("checklists") or []:
        if isinstance(checklist, dict):
            checklists.setdefault(_text(checklist.get("idCard")), []).append(checklist)
    lists = sorted(
        (c for c in board.get("lists") or [] if isinstance(c, dict) and not c.get("closed")),
        key=lambda c: c.get("pos") or 0,
    )
    cards = [
        c for c in board["cards"] if isinstance(c, dict) and not c.get("closed") and _text(c.get("name"))
    ]
    out: list[tuple[int, str]] = []
    name = _text(board.get("name"))
    if name:
        at = line_of("name", name)
        out += [(at, f"# {name}"), (at, "")]
    desc = _text(board.get("desc"))
    if desc:
        at = line_of("desc", desc)
        out += [(at, line) for line in desc.split("\n")] + [(at, "")]
    for column in lists:
        filed = sorted(
            (c for c in cards if c.get("idList") == column.get("id")), key=lambda c: c.get("pos") or 0
        )
        if not filed:
            continue
        at = line_of("name", _text(column.get("name")))
        out += [(at, f"## {_text(column.get('name'))}"), (at, "")]
        for card in filed:
            at = line_of("name", _text(card["name"]))
            out += [(at, f"### {_text(card['name'])}"), (at, "")]
            for item in card.get("customFieldItems") or []:
                value = _field_value(item, fields) if isinstance(item, dict) else ""
                label = _text(fields.get(item.get("idCustomField", ""), {}).get("name")) if value else ""
                if label:
                    out.append((at, f"{label} : {value}"))
            out.append((at, ""))
            text = _text(card.get("desc"))
            if text:
                desc_at = line_of("desc", text, at - 1)
                for line in text.split("\n"):
                    # (the card's own headings kept under its title; a line break of the card a
                    # paragraph's end, as the tool shows it — "**Pilote :** …" a line of its own)
                    deeper = re.match(r"^(#{1,3}) ", line)
                    bold = re.fullmatch(r"\s*\*\*([^*]{2,80}?)\*\*\s*", line)
                    if bold:
                        # ("**Déroulé**" alone: a label over the card's text below it)
                        line = f"{bold[1].rstrip(' :')} :"
                    out.append((desc_at, f"####{line[len(deeper[1]) :]}" if deeper else line))
                    if not re.match(r"^\s*(?:[-*+]|\d{1,2}[.)])\s", line):
                        out.append((desc_at, ""))
                out.append((desc_at, ""))
            for checklist in checklists.get(_text(card.get("id")), []):
                items = [i for i in checklist.get("checkItems") or [] if isinstance(i, dict)]
                out.append((at, f"{_text(checklist.get('name')) or 'Checklist'} :"))
                out += [
                    (at, f"- {_text(i.get('name'))}") for i in sorted(items, key=lambda i: i.get("pos") or 0)
                ]
                out.append((at, ""))
    if not any(text.strip() for _, text in out):
        return None
    return [t for _, t in out], [n for n, _ in out]
