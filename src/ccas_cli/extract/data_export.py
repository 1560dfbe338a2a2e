"""A plan or a recueil exported as data by a tool (XML, JSON, JSON Lines), read as the markdown
outline it stands for, whatever the tool names its elements or keys:

    <axe><label>Axe 1 — …</label>          → ## Axe 1 — …   (an element titled by a child
    <action ref="1.1"><name>Title</name>   → ### 1.1 Title     named, titled or labelled)
    <lead>Direction …</lead>               → Lead : Direction …
    <partners><partner>CAF</partner>…      → Partners :  /  - CAF
    <budget annee="2026" montant="42000"/> → Budget 2026 : 42000 €
    <share funder="CCAS" montant="8000"/>  → CCAS : 8000 €
    <summary>Cet axe regroupe 4 actions.</summary>   → the sentence, a paragraph

An untitled element beside titled ones (a "synthese" after the axes) is a heading of its own;
inside a titled one it is a field over its children. JSON reads the same way, a key an element
(an array's members named by its key), a flat object's scalars its attributes ("{"annee": 2026,
"montant": 36000}" → "2026 : 36000 €"). JSON Lines — a record a line, the same keys — is a table,
a row a line. Each line keeps the file line it comes from; data that does not parse is read as
text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any
from xml.parsers import expat

from .xml_events import parsed

_TITLE_TAGS = {"name", "title", "label", "titre", "intitule", "intitulé", "nom", "libelle", "libellé"}
_KEY_TAGS = {"id", "nid", "vid", "tid", "uid", "uuid", "guid", "key", "pk", "rowid", "_id"}
_NUMBER_ATTRIBUTES = ("ref", "num", "numero", "numéro", "number", "code")
_MONEY_ATTRIBUTES = {"montant", "amount", "cout", "coût", "cost", "budget", "value", "valeur", "total"}
_LABEL_ATTRIBUTES = ("label", "libelle", "libellé", "funder", "financeur", "name", "nom", "poste", "type")
_PER_ATTRIBUTES = ("per", "par", "unit", "unite", "unité")


@dataclass
class _Element:
    tag: str
    attributes: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)
    text: str = ""
    text_line: int = 0
    end_line: int = 0
    keyless: bool = False  # an array's member: no key of its own names it in the file
    table: list[tuple[int, str]] = field(default_factory=list)  # records set out as a table's lines


_EMPTY_ELEMENT = re.compile(r"^\s*<([\w:.-]+)(?:\s[^<>]*)?(?:/>|>\s*</\1>)\s*$")
_HTML_VALUE = re.compile(r"<(?:p|h[1-6]|ul|ol|li|table|div|br)\b[^<>]*>", re.IGNORECASE)


def looks_like_xml(lines: list[str]) -> bool:
    """An XML declaration or a root element opening the file, elements closing on most lines:
    a data export (HTML and feeds are read by their own readers)."""
    head = [line.strip() for line in lines[:400] if line.strip()]
    if not head or not (head[0].startswith("<?xml") or re.match(r"^<[A-Za-z][\w.-]*[\s>]", head[0])):
        return False
    if any(re.match(r"^<(?:!doctype\s+html|html|rss|feed)\b", line, re.I) for line in head[:5]):
        return False
    tagged = sum(1 for line in head if line.startswith("<"))
    return tagged * 2 > len(head)


def _parse(text: str) -> _Element | None:
    parser = expat.ParserCreate()
    stack: list[_Element] = []
    root: list[_Element] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        element = _Element(tag, attributes, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def end(tag: str) -> None:
        stack[-1].end_line = parser.CurrentLineNumber
        stack.pop()

    def data(chunk: str) -> None:
        if stack and chunk.strip():
            if not stack[-1].text.strip():
                stack[-1].text_line = parser.CurrentLineNumber
            stack[-1].text += chunk
        elif stack:
            stack[-1].text += chunk

    if not parsed(parser, text, start, end, data):
        return None
    return root[0] if root else None


def _human(tag: str) -> str:
    """ "unitCost" → "Unit cost", "axis_total" → "Axis total", "field_sous_theme" → "Sous theme"
    (a CMS's prefix of its own fields dropped): a tag as a label."""
    tag = re.sub(r"^(?:field|fld)[_-](?=\w)", "", tag)
    words = re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z])", " ", tag).replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else tag


def _title_child(element: _Element) -> _Element | None:
    return next(
        (c for c in element.children if c.tag.lower() in _TITLE_TAGS and not c.children and c.text.strip()),
        None,
    )


def _titled_within(element: _Element) -> bool:
    return any(_title_child(c) is not None or _titled_within(c) for c in element.children if c.children)


def _money(value: str) -> str:
    return f"{value} €" if re.fullmatch(r"\d[\d \u00a0\u202f]*(?:[.,]\d+)?", value.strip()) else value


def _label(element: _Element) -> str:
    """What names an element's value: a label attribute ("funder"), else its year ("<budget
    annee="2026" …>": "2026", a year's amount), else its tag."""
    attributes = {k.lower(): v.strip() for k, v in element.attributes.items() if v.strip()}
    label = next((attributes[k] for k in _LABEL_ATTRIBUTES if k in attributes), None)
    years = [v for v in attributes.values() if re.fullmatch(r"(?:19|20)\d\d", v)]
    return label or " ".join(years) or _human(element.tag)


def _empty_line(element: _Element) -> str:
    """An element with attributes and no text: its label and its value ("2026 : 42000 €")."""
    attributes = {k.lower(): v.strip() for k, v in element.attributes.items() if v.strip()}
    money = next((v for k, v in attributes.items() if k in _MONEY_ATTRIBUTES), None)
    label = _label(element)
    years = [v for v in attributes.values() if re.fullmatch(r"(?:19|20)\d\d", v)]
    if money is not None:
        per = next(
            (
                attributes[k]
                for k in _PER_ATTRIBUTES
                if k in attributes and attributes[k].lower() not in _CENTS
            ),
            None,
        )
        return f"{label} : {_money(money)}" + (f" par {per}" if per else "")
    rest = [v for k, v in attributes.items() if k not in _LABEL_ATTRIBUTES and v not in years]
    if rest and label != _human(element.tag) and not years:
        return f"{label} ({', '.join(rest)})"  # ("{"nom": "CAF", "role": "cofinanceur"}": a name, its role)
    return f"{label} : {' – '.join(rest)}" if rest else ""


def _text_lines(element: _Element, out: dict[int, str], indent: str = "") -> None:
    """A leaf's text on the lines it is printed on (CDATA over several lines)."""
    lines = element.text.strip("\n").split("\n")
    first = element.text_line or element.line
    offset = 0
    for k, line in enumerate(element.text.split("\n")):
        if line.strip():
            offset = k
            break
    for k, line in enumerate(lines[offset:] if offset < len(lines) else lines):
        if line.strip():
            out[first + k] = f"{indent}{' '.join(line.split())}"


def _sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…"))


def _render(
    element: _Element, out: dict[int, str], level: int, item: bool = False, listed: bool = False
) -> None:
    """`item`: a child of an untitled element, read as a list item; `listed`: its siblings all
    share its tag (a list: "<partners><partner>…"), so its text needs no label."""
    if element.table:
        out[element.line] = f"{'#' * min(6, level)} {_human(element.tag)}"  # its key, a heading
        for at, row in element.table:
            out[at] = row
        return
    title = _title_child(element)
    text = " ".join(element.text.split())
    if title is not None:
        number = next((element.attributes[a] for a in _NUMBER_ATTRIBUTES if a in element.attributes), "")
        heading = " ".join(title.text.split())
        if number and not heading.startswith(number) and re.fullmatch(r"[\w.]{1,8}", number):
            heading = f"{number} {heading}"
        out[title.text_line or title.line] = f"{'#' * min(6, level)} {heading}"
        _render_children(element, out, level + 1, skip=title)
        return
    if not element.children:
        bullet = "- " if item else ""
        if element.tag.lower() in _KEY_TAGS and re.fullmatch(r"[\w-]{1,40}", text):
            return  # "<nid>1843</nid>": the base's key of the record, no text of the document
        if _HTML_VALUE.search(element.text):
            # "<body>&lt;p&gt;…&lt;h3&gt;Budget&lt;/h3&gt;…</body>": a value written as a page
            # (a CMS's rich text), read as the page it is, on the lines it is written on
            from .html import html_lines

            raw = element.text.split("\n")
            offset = next((k for k, line in enumerate(raw) if line.strip()), 0)
            first = element.text_line or element.line
            read, origin = html_lines(raw[offset:])
            for text_line, at in zip(read, origin, strict=True):
                key = first + at - 1
                stacks = isinstance(out, _Stacked)  # (else the lines said on one file line joined)
                out[key] = f"{out[key]}\n{text_line}" if key in out and not stacks else text_line
            return
        if text and (item or _sentence(text)) and "\n" in element.text.strip():
            _text_lines(element, out, bullet)
        elif text and (item or _sentence(text)):
            named = _label(element)
            if item and not listed and not _sentence(text):
                # ("<budget annee="2026">25 000 €</budget>", "<total>265 000 €</total>" among
                # other elements: the year or the tag names its value)
                text = f"{named} : {text}"
            out[element.text_line or element.line] = f"{bullet}{text}"
        elif text:
            out[element.text_line or element.line] = f"{_human(element.tag)} : {text}"
        elif (line := _empty_line(element)) != "":
            out[element.line] = f"{bullet}{line}"
        return
    if _titled_within(element):
        # ("<axes>" holding the titled axes): no text of its own
        _render_children(element, out, level)
        return
    if element.tag:  # (the document's root has no name)
        out[element.line] = f"{'- ' if item else ''}{_human(element.tag)} :"
    same = len({c.tag for c in element.children}) == 1
    for child in element.children:
        _render(child, out, level + 1, item=True, listed=same)


def _render_children(
    element: _Element, out: dict[int, str], level: int, skip: _Element | None = None
) -> None:
    """The children of an element holding titled ones: an untitled one after them ("<synthese>"
    after the axes) is a heading at their level, its children its lines."""
    seen_titled = False
    for child in element.children:
        if child is skip:
            continue
        if seen_titled and child.children and _title_child(child) is None and not _titled_within(child):
            out[child.line] = f"{'#' * min(6, level)} {_human(child.tag)}"
            same = len({c.tag for c in child.children}) == 1
            for grandchild in child.children:
                _render(grandchild, out, level + 1, item=True, listed=same)
            continue
        seen_titled = seen_titled or _title_child(child) is not None or _titled_within(child)
        _render(child, out, level)


def xml_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines, one for each of the file's lines; None when it does not
    parse as XML."""
    root = _parse("\n".join(lines))
    if root is None:
        return None
    _xml_tables(root)
    vacated = _xml_titles_first(root)
    out = _Stacked()
    _render(root, out, 1)
    # (a value read as a page may say several lines where the file has one; the line a title
    # left for its record's first and an empty element's, "<field_contact/>", say none: a
    # record's fields stay one run)
    said = [
        (n, text)
        for n in range(1, len(lines) + 1)
        if n in out or not (n in vacated or _EMPTY_ELEMENT.match(lines[n - 1]))
        for written in out.stacked.get(n, [""])
        for text in written.split("\n")
    ]
    # (a record's lines between two rows of its table: the rows one after the other)
    rows = [k for k, (_, text) in enumerate(said) if text.startswith("|")]
    between = {k for a, b in pairwise(rows) for k in range(a + 1, b) if not said[k][1]}
    said = [pair for k, pair in enumerate(said) if k not in between]
    return [text for _, text in said], [n for n, _ in said]


def _xml_tables(element: _Element) -> None:
    """Records exported as a list of like elements ("<item>" after "<item>", each a few fields
    with text and nothing deeper): a table, a row a record, as a base's CSV export prints them."""
    members = element.children
    if (
        len(members) >= 3
        and len({m.tag for m in members}) == 1
        and all(m.children and all(not c.children for c in m.children) for m in members)
        and min(len(m.children) for m in members) >= 4
        and _title_child(members[0]) is not None
    ):
        keys: list[str] = []
        for member in members:
            keys += [c.tag for c in member.children if c.tag not in keys and c.tag.lower() not in _KEY_TAGS]
        heads = "| " + " | ".join(_human(k) for k in keys) + " |"
        element.table = [(element.line, heads), (element.line, "|" + "---|" * len(keys))]
        for member in members:
            texts = {c.tag: html_cell(c.text) for c in member.children}
            element.table.append((member.line, "| " + " | ".join(texts.get(k, "") for k in keys) + " |"))
        return
    for child in members:
        _xml_tables(child)


def html_cell(text: str) -> str:
    """A record's value as a cell: its words, a rich text's lines apart ("<br>")."""
    if _HTML_VALUE.search(text):
        from .html import html_lines

        read, _ = html_lines(text.split("\n"))
        parts = [" ".join(line.lstrip("#>-* ").split()) for line in read if line.strip()]
        return "<br>".join(p.replace("|", "/") for p in parts if p)
    return " ".join(text.replace("|", "/").split())


def looks_like_json(lines: list[str]) -> bool:
    """A file opening on "{" or "[" (JSON), or lines each one object (JSON Lines)."""
    head = [line.strip() for line in lines[:50] if line.strip()]
    return bool(head) and head[0][:1] in "{[" and (head[0][:2] != "[[" and not head[0].startswith("{{"))


_CENTS = {"centimes", "cents", "centime", "cent"}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class _Where:
    """Where a YAML value is printed: its line, its text's first line (under a "|" or ">"), and
    the same for its keys' values or its members."""

    line: int
    text_line: int
    keys: dict[str, _Where] = field(default_factory=dict)
    members: list[_Where] = field(default_factory=list)


def _element(tag: str, value: Any, line: int, keyless: bool = False, where: _Where | None = None) -> _Element:
    """A JSON value as the element tree XML gives: an object's keys its children, its scalars
    its attributes too when it holds nothing else; an array's members named by the array's key.
    `where`: the lines a YAML file prints it on (JSON's are found after, by `_place`)."""
    if where is not None:
        line = where.line
    element = _Element(tag, {}, line, keyless=keyless)
    if isinstance(value, dict):
        present = {k: v for k, v in value.items() if v is not None and v != [] and v != {}}
        scalars = {k: v for k, v in present.items() if not isinstance(v, (dict, list))}
        cents = any(str(v).lower() in _CENTS for v in scalars.values())
        for key, child in present.items():
            at = where.keys.get(str(key)) if where is not None else None
            if not isinstance(child, (dict, list)):
                text = _scalar(child)
                figure = str(key).lower() in _MONEY_ATTRIBUTES and isinstance(child, (int, float))
                if figure:
                    # ("montant": 4250000 beside "unite": "centimes": euros, as a reader counts)
                    text = _scalar(child / 100 if cents else child) + " €"
                numbering = str(key).lower() in _NUMBER_ATTRIBUTES
                if numbering or len(scalars) == len(present):
                    element.attributes[str(key)] = text.removesuffix(" €") if figure else text
                if not numbering and (len(scalars) < len(present) or len(scalars) > 4):
                    leaf = _Element(str(key), {}, at.line if at else line)
                    leaf.text, leaf.text_line, leaf.end_line = text, at.text_line if at else line, leaf.line
                    element.children.append(leaf)
            elif isinstance(child, list) and where is not None and _records(child):
                # ("fiches:" / "- chapitre: 1" / "  titre: …": a YAML list of records, a table)
                holder = _Element(str(key), {}, at.line if at else line)
                holder.table = _records_table(child, at.members if at else [], holder.line)
                element.children.append(holder)
            elif isinstance(child, list):
                holder = _Element(str(key), {}, at.line if at else line)
                member = re.sub(r"s$", "", str(key)) or str(key)
                places = at.members if at else []
                holder.children = [
                    _element(member, m, line, True, places[k] if k < len(places) else None)
                    for k, m in enumerate(child)
                    if m is not None
                ]
                element.children.append(holder)
            else:
                element.children.append(_element(str(key), child, line, where=at))
        if all(not c.children and c.text for c in element.children) and len(scalars) <= 4:
            # ({"annee": 2026, "montant": 36000}: a flat record, read as its attributes)
            element.children = []
    elif isinstance(value, list):
        places = where.members if where is not None else []
        element.children = [
            _element(re.sub(r"s$", "", tag) or tag, m, line, True, places[k] if k < len(places) else None)
            for k, m in enumerate(value)
            if m is not None
        ]
    else:
        element.text, element.text_line = _scalar(value), where.text_line if where else line
    return element


def _records(values: list[Any]) -> bool:
    """Three records or more, each a mapping of mostly scalars sharing most of their keys."""
    members = [v for v in values if v is not None]
    if len(members) < 3 or not all(isinstance(m, dict) and m for m in members):
        return False
    first = set(members[0])
    return all(len(first & set(m)) * 2 >= len(first) for m in members) and all(
        sum(1 for v in m.values() if isinstance(v, (dict, list))) <= 2 for m in members
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        text = ", ".join(_cell(v) for v in value.values() if v is not None)
    elif isinstance(value, list):
        text = ", ".join(_cell(v) for v in value if v is not None)
    else:
        text = _scalar(value)
    return " ".join(text.replace("|", "/").split())


def _records_table(values: list[Any], places: list[_Where], line: int) -> list[tuple[int, str]]:
    """Records as a table: their keys in the order they first appear its header, a row on
    each record's first line."""
    members = [
        (places[k].line if k < len(places) else line, v) for k, v in enumerate(values) if v is not None
    ]
    keys: list[str] = []
    for _, member in members:
        keys += [str(k) for k in member if str(k) not in keys]
    out = [(line, "| " + " | ".join(_human(k) for k in keys) + " |"), (line, "|" + "---|" * len(keys))]
    out += [(n, "| " + " | ".join(_cell(m.get(k)) for k in keys) + " |") for n, m in members]
    return out


class _InOrder(dict[int, str]):
    """The lines `_render` writes, in the order it writes them (all on one file line)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def __setitem__(self, key: int, value: str) -> None:
        self.texts.append(value)


def _json_table(records: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, str]]:
    """JSON Lines records as a table: the keys of the first record its header, a row a line."""
    keys = list(records[0][1])
    heads = [_human(k) for k in keys]

    def cell(value: Any) -> str:
        text = "" if value is None else _scalar(value)
        return " ".join(text.replace("|", "/").split())

    out = [(records[0][0], "| " + " | ".join(heads) + " |"), (records[0][0], "|" + "---|" * len(keys))]
    out += [(n, "| " + " | ".join(cell(r.get(k)) for k in keys) + " |") for n, r in records]
    return out


def json_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines with the file line of each; None when it is no JSON."""
    text = "\n".join(lines)
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if whole is not None:
        root = _element("", whole, 1)
        _place(root, lines)
        rendered: dict[int, str] = {}
        _render(root, rendered, 1)
        return [rendered.get(n, "") for n in range(1, len(lines) + 1)], list(range(1, len(lines) + 1))
    records: list[tuple[int, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append((n, json.loads(line)))
        except ValueError:
            return None
    if len(records) < 2 or not all(isinstance(r, dict) for _, r in records):
        return None
    out: list[tuple[int, str]] = []
    rows = [(n, r) for n, r in records if set(r) == set(records[-1][1])]
    for n, record in records:
        if (n, record) in rows:
            continue
        # (a record of its own on one line, "{"titre": …, "chapitres": […]}": its lines in order)
        rendered = _InOrder()
        _render(_element("document", record, n), rendered, 1)
        out += [(n, t) for t in rendered.texts] + [(n, "")]
    if len(rows) >= 3:
        out += _json_table(rows)
    return [t for _, t in out], [n for n, _ in out]


_BLOCK_SCALAR = re.compile(r":\s*[|>][+-]?\d?\s*(?:#.*)?$")
_YAML_KEY = re.compile(r"^(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$)")


def looks_like_yaml(lines: list[str]) -> bool:
    """A data file in YAML: its first line of data a key at the margin ("recueil:"), most lines
    outside its texts keys or list members — never a text of "Label : value" lines."""
    data = [line for line in lines[:2000] if line.strip() and not line.lstrip().startswith("#")]
    data = [line for line in data if line.strip() != "---"]
    if len(data) < 5 or not _YAML_KEY.match(data[0]):
        return False
    keyed = sum(1 for line in data if _YAML_KEY.match(line.strip()) or line.strip().startswith("- "))
    return keyed * 2 >= len(data) and sum(1 for line in data if _YAML_KEY.match(line)) >= 2


def _yaml_where(node: Any) -> _Where:
    """The lines of a composed YAML node and of all it holds (1-based)."""
    import yaml

    line = node.start_mark.line + 1
    block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")
    where = _Where(line, line + 1 if block else line)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            at = _yaml_where(value)
            if not isinstance(value, yaml.ScalarNode) or value.style not in ("|", ">"):
                at.line = key.start_mark.line + 1  # (the key's line names it)
                at.text_line = max(at.text_line, at.line)
            where.keys[str(key.value)] = at
    elif isinstance(node, yaml.SequenceNode):
        where.members = [_yaml_where(member) for member in node.value]
    return where


def yaml_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The document as markdown lines, one for each of the file's lines; None when it does not
    load as a YAML mapping or list."""
    import yaml

    text = "\n".join(lines)
    try:
        whole = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(whole, (dict, list)) or node is None:
        return None
    root = _element("", whole, 1, where=_yaml_where(node))
    _titles_first(root)
    rendered = _Stacked()
    _render(root, rendered, 1)
    out: list[str] = []
    origin: list[int] = []
    for n in range(1, len(lines) + 1):
        texts = rendered.stacked.get(n, [""])
        out += texts
        origin += [n] * len(texts)
    # (a record's lines between two rows of its table: the rows one after the other)
    row_before = [False] * len(out)
    last = False
    for k, text in enumerate(out):
        row_before[k] = last
        last = text.startswith("|") if text else last
    kept: list[int] = []
    following = False
    for k in range(len(out) - 1, -1, -1):
        if out[k] or not (row_before[k] and following):
            kept.append(k)
        following = out[k].startswith("|") if out[k] else following
    kept.reverse()
    return [out[k] for k in kept], [origin[k] for k in kept]


def _xml_titles_first(element: _Element) -> set[int]:
    """A record's title said on its opening tag's line ("<item>" / "<nid>12</nid>" /
    "<title>…</title>"): the heading first, the record's other elements its fields. The lines
    the titles leave."""
    vacated: set[int] = set()
    title = _title_child(element)
    if (
        title is not None
        and 0 < element.line < title.line
        and element.line not in {c.line for c in element.children}
    ):
        vacated.add(title.text_line or title.line)
        title.line = title.text_line = element.line
    for child in element.children:
        vacated |= _xml_titles_first(child)
    return vacated


def _titles_first(element: _Element) -> None:
    """A record's title printed first, whatever the order of its keys ("- chapitre: 1" /
    "  titre: …"): the heading on the record's first line, its fields after it."""
    title = _title_child(element)
    if title is not None and element.keyless and 0 < element.line < title.line:
        title.line = title.text_line = element.line
    for child in element.children:
        _titles_first(child)


class _Stacked(dict[int, str]):
    """The lines `_render` writes, several on one file line kept in the order written (a YAML
    flow mapping, "- {nom: Charente, pages: [8, 24]}", prints a heading and its values there)."""

    def __init__(self) -> None:
        super().__init__()
        self.stacked: dict[int, list[str]] = {}

    def __setitem__(self, key: int, value: str) -> None:
        super().__setitem__(key, value)
        self.stacked.setdefault(key, []).append(value)


def _holds(line: str, value: str) -> bool:
    """The line prints the value: quoted, after its key, as a YAML list's member ("- CAF"), or
    in a flow list ("[8, 24]")."""
    if f'"{value}"' in line or f": {value}" in line or line.lstrip().startswith(f"- {value}"):
        return True
    return "[" in line and re.search(rf"[\[,]\s*{re.escape(value)}\s*[,\]]", line) is not None


def _place(element: _Element, lines: list[str], start: int = 1, window: int = 40) -> int:
    """Each element's line in a pretty-printed file, in document order: the line naming its key
    ('"titre": …', YAML's 'titre: …' or '- {titre: …'), or holding its value (an array's
    member), else its first child's line; a YAML block scalar's text on the lines under it."""
    key = re.compile(rf'^\s*(?:-\s+)?\{{?\s*["\']?{re.escape(element.tag)}["\']?\s*:')
    values = [v for v in (element.text.removesuffix(" €"), *element.attributes.values()) if v]
    for n in range(start, min(len(lines), start + window) + 1) if element.tag else ():
        line = lines[n - 1]
        # (an array's member has no key of its own: the line holding its value, or its first one)
        if (key.match(line) and not element.keyless) or (
            not element.children and any(_holds(line, v) for v in values)
        ):
            element.line = element.text_line = element.end_line = n
            if not element.children and _BLOCK_SCALAR.search(line):
                element.text_line = n + 1  # ("texte: |" / its lines under it)
                n += max(1, element.text.count("\n"))
            start = n + (0 if element.children else 1)
            break
    else:
        element.line = 0
    for child in element.children:
        start = _place(child, lines, start, window)
    if element.line == 0:
        element.line = element.text_line = next((c.line for c in element.children if c.line), start)
    return start
