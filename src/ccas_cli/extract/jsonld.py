"""A page's structured data kept as schema.org JSON-LD, read as the page of its articles:

    {"@type": "WebPage", "name": "Actualités …"}               → # Actualités …
    {"@type": "NewsArticle", "headline": "…",                    → ## …
     "datePublished": "2024-03-12T10:00:00+01:00",               → Publié le 12/03/2024 (2024-03-12T10:00:00+01:00)
     "articleSection": "Logement", "articleBody": "…\\n…"}       → Catégorie : Logement / its lines

The page's header, menu, footer, breadcrumb, organisation and media are no articles. Each line
keeps the file line its value is printed on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

_ARTICLES = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "Report",
    "AnalysisNewsArticle",
    "Event",
    "PressRelease",
}


def looks_like_jsonld(lines: list[str]) -> bool:
    """A JSON document naming the schema.org vocabulary as its context."""
    head = "\n".join(lines[:30])
    return (
        head.lstrip().startswith(("{", "["))
        and re.search(r'"@context"\s*:\s*"https?://schema\.org', head) is not None
    )


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)}


def _walk(node: Any, found: list[dict[str, Any]], page: list[dict[str, Any]]) -> None:
    if isinstance(node, list):
        for member in node:
            _walk(member, found, page)
        return
    if not isinstance(node, dict):
        return
    types = _types(node)
    if types & _ARTICLES:
        found.append(node)
        return  # (an article's parts are its own)
    if types & {"WebPage", "CollectionPage"} and not page:
        page.append(node)
    for key, value in node.items():
        if key not in ("hasPart", "breadcrumb", "publisher", "author", "video", "image", "logo", "address"):
            _walk(value, found, page)


def _locator(lines: list[str]) -> Callable[[str], int]:
    """The file line of each value in turn: the first line, from the last one found on,
    printing the value's opening words as JSON writes them."""
    cursor = 0

    def line_of(value: str) -> int:
        nonlocal cursor
        probe = json.dumps(value, ensure_ascii=False)[1:31]
        for k in range(cursor, len(lines)):
            if probe and probe in lines[k]:
                cursor = k
                return k + 1
        return cursor + 1

    return line_of


def _day(stamp: str) -> str:
    found = re.match(r"^(\d{4})-(\d\d)-(\d\d)", stamp)
    return f"{found[3]}/{found[2]}/{found[1]}" if found else stamp


def jsonld_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page as markdown lines with the file line of each; None when it is no JSON."""
    try:
        data = json.loads("\n".join(lines))
    except ValueError:
        return None
    articles: list[dict[str, Any]] = []
    page: list[dict[str, Any]] = []
    _walk(data, articles, page)
    if not articles:
        return None
    line_of = _locator(lines)

    out: list[tuple[int, str]] = []
    if page and isinstance(page[0].get("name"), str):
        at = line_of(page[0]["name"])
        out += [(at, "# " + " ".join(page[0]["name"].split())), (at, "")]
    for article in articles:
        title = article.get("headline") or article.get("name")
        if not isinstance(title, str):
            continue
        at = line_of(title)
        out += [(at, "## " + " ".join(title.split())), (at, "")]
        published = article.get("datePublished") or article.get("startDate")
        if isinstance(published, str):
            day = _day(published)
            out.append(
                (line_of(published), f"Publié le {day}" + (f" ({published})" if day != published else ""))
            )
        section = article.get("articleSection")
        if isinstance(section, list):
            section = ", ".join(s for s in section if isinstance(s, str))
        if isinstance(section, str) and section.strip():
            out.append((line_of(section), f"Catégorie : {section.strip()}"))
        body = article.get("articleBody") or article.get("text") or article.get("description")
        if isinstance(body, str):
            at = line_of(body)
            out.append((at, ""))
            for piece in body.split("\n"):  # (a line of the body, a paragraph)
                out += [(at, " ".join(piece.split())), (at, "")]
        out.append((out[-1][0], ""))
    return [t for _, t in out], [n for n, _ in out]


def looks_like_jsonfeed(lines: list[str]) -> bool:
    """A JSON Feed (jsonfeed.org): its version names the format."""
    head = "\n".join(lines[:15])
    return re.search(r'"version"\s*:\s*"https?://jsonfeed\.org/version/', head) is not None


def jsonfeed_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A JSON Feed as the page of its items: the feed's title, then each item a "## title", its
    day "Publié le …" with its stamp, its tags "Catégorie : …", its text (HTML read as a page's)."""
    from .html import html_lines

    try:
        feed = json.loads("\n".join(lines))
    except ValueError:
        return None
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list) or not items:
        return None
    line_of = _locator(lines)

    out: list[tuple[int, str]] = []
    if isinstance(feed.get("title"), str):
        at = line_of(feed["title"])
        out += [(at, "# " + " ".join(feed["title"].split())), (at, "")]
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            continue
        at = line_of(item["title"])
        out += [(at, "## " + " ".join(item["title"].split())), (at, "")]
        published = item.get("date_published")
        if isinstance(published, str):
            day = _day(published)
            out.append(
                (line_of(published), f"Publié le {day}" + (f" ({published})" if day != published else ""))
            )
        tags = (
            [t for t in item.get("tags", []) if isinstance(t, str)]
            if isinstance(item.get("tags"), list)
            else []
        )
        if tags:
            out.append((at, f"Catégorie : {', '.join(tags)}"))
        out.append((out[-1][0], ""))
        html, text = item.get("content_html"), item.get("content_text") or item.get("summary")
        if isinstance(html, str) and html.strip():
            start = line_of(html)
            page, _ = html_lines(html.split("\n"))
            out += [(start, piece) for piece in page]
        elif isinstance(text, str):
            start = line_of(text)
            for piece in text.split("\n"):
                out += [(start, " ".join(piece.split())), (start, "")]
        out.append((out[-1][0], ""))
    return [t for _, t in out], [n for n, _ in out]
