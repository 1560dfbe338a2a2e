"""A site's content exported by WordPress (WXR: an RSS feed whose items carry the posts whole),
read as the base of records it is: a table, a row a post, as a base's CSV export prints them:

    <wp:category> "Lever les freins…" (parent: "chapitre-1-…")  → the chapters and their sub-themes
    <item><title>…</title>                                       → | Title | Departement | … |
      <category domain="category">Chapitre 1 – …</category>         its chapter, its sub-theme
      <wp:postmeta> departement / Creuse (23)                        a column a field
      <content:encoded><![CDATA[<p>…</p>]]>                        its text, lines apart ("<br>")

Attachments, menu entries and drafts are no record; a page is a row of its own (its text, no
chapter). Each row keeps the file line its item opens on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from .xml_events import parsed

_SKIPPED_TYPES = {
    "attachment",
    "nav_menu_item",
    "revision",
    "custom_css",
    "customize_changeset",
    "wp_global_styles",
}
_SKIPPED_STATES = {"trash", "auto-draft", "inherit", "draft"}


def looks_like_wxr(lines: list[str]) -> bool:
    head = "\n".join(lines[:60])
    return "<rss" in head and ("wordpress.org/export" in head or "<wp:wxr_version>" in "\n".join(lines[:200]))


@dataclass
class _Post:
    line: int
    title: str = ""
    content: str = ""
    kind: str = ""
    status: str = ""
    categories: list[tuple[str, str]] = field(default_factory=list)  # (domain, nicename)
    meta: list[tuple[str, str]] = field(default_factory=list)


def wxr_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The posts as a table's lines with the file line of each; None when it does not parse."""
    from .data_export import html_cell

    parser = expat.ParserCreate()
    posts: list[_Post] = []
    parents: dict[str, str] = {}  # a category's nicename → its parent's
    names: dict[str, str] = {}  # a category's nicename → its name
    title: list[tuple[int, str]] = []
    stack: list[str] = []
    text: list[str] = []
    term: dict[str, str] = {}
    key = ""
    attributes_of: list[dict[str, str]] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        stack.append(name)
        attributes_of.append(attributes)
        text.clear()
        if name == "item":
            posts.append(_Post(parser.CurrentLineNumber))
        elif name == "wp:category":
            term.clear()

    def end(name: str) -> None:
        nonlocal key
        value = "".join(text).strip()
        attributes = attributes_of.pop()
        stack.pop()
        text.clear()
        post = posts[-1] if posts and "item" in stack else None
        if name == "title" and post is not None:
            post.title = " ".join(value.split())
        elif name == "title" and stack and stack[-1] == "channel":
            title.append((parser.CurrentLineNumber, " ".join(value.split())))
        elif name == "content:encoded" and post is not None:
            post.content = value
        elif name == "wp:post_type" and post is not None:
            post.kind = value
        elif name == "wp:status" and post is not None:
            post.status = value
        elif name == "category" and post is not None:
            post.categories.append((attributes.get("domain", ""), attributes.get("nicename", "")))
            names.setdefault(attributes.get("nicename", ""), " ".join(value.split()))
        elif name == "wp:meta_key":
            key = value
        elif name == "wp:meta_value" and post is not None and key and not key.startswith("_"):
            post.meta.append((key, " ".join(value.split())))  # ("_edit_last": the site's own)
        elif name in ("wp:category_nicename", "wp:category_parent", "wp:cat_name"):
            term[name] = value
        elif name == "wp:category":
            nicename = term.get("wp:category_nicename", "")
            parents[nicename] = term.get("wp:category_parent", "")
            names[nicename] = term.get("wp:cat_name", nicename)

    def data(chunk: str) -> None:
        text.append(chunk)

    if not parsed(parser, "\n".join(lines), start, end, data):
        return None
    kept = [p for p in posts if p.kind not in _SKIPPED_TYPES and p.status not in _SKIPPED_STATES and p.title]
    if not kept:
        return None
    keys: list[str] = []
    for post in kept:
        keys += [k for k, _ in post.meta if k not in keys]
    heads = ["Title", *(_human(k) for k in keys), "Chapitre", "Sous-thème", "Texte"]
    out: list[tuple[int, str]] = []
    if title:
        out += [(title[0][0], f"# {title[0][1]}"), (title[0][0], "")]
    first = kept[0].line
    out += [(first, "| " + " | ".join(heads) + " |"), (first, "|" + "---|" * len(heads))]
    for post in kept:
        meta = dict(post.meta)
        chapter, theme = _filed(post, parents, names) if post.kind != "page" else ("", "")
        cells = [post.title, *(meta.get(k, "") for k in keys), chapter, theme, html_cell(post.content)]
        out.append((post.line, "| " + " | ".join(c.replace("|", "/") for c in cells) + " |"))
    return [t for _, t in out], [n for n, _ in out]


def _human(key: str) -> str:
    """ "type_fiche" → "Type fiche": a field's key as a column's head."""
    words = key.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else key


def _filed(post: _Post, parents: dict[str, str], names: dict[str, str]) -> tuple[str, str]:
    """The chapter and the sub-theme a post is filed under: of its categories, the one another
    of them has for parent is its chapter, that other its sub-theme; a category alone is its
    chapter, one that heads sub-themes before the site's default ("Non classé")."""
    filed = [n for domain, n in post.categories if domain == "category"]
    sub = next((n for n in filed if parents.get(n) and parents[n] in filed), None)
    if sub is None:
        sub = next((n for n in filed if parents.get(n)), None)
    chapter = parents.get(sub, "") if sub else ""
    if not chapter:
        tops = [n for n in filed if not parents.get(n)]
        # (a chapter others are filed under first: "Non classé", the site's default, has none)
        tops.sort(key=lambda n: n not in set(parents.values()))
        chapter = tops[0] if tops else ""
    return names.get(chapter, chapter), names.get(sub, "") if sub else ""
