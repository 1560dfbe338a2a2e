"""A form filled in online and saved as its HTML: the answers live in attributes (an input's
value, the option selected, the boxes checked) that a page's text leaves out. Rewritten as
the page a reader sees before the HTML is read:

    <legend>Contexte</legend>                          → <h2>Contexte</h2>
    <label for="p">Porteur</label><input id="p" value="CCAS">  → <p><b>Porteur :</b> CCAS</p>
    <label for="e">État</label><select id="e">…<option selected>En cours</option>
                                                       → <p><b>État :</b> En cours</p>
    <label>Thèmes</label> + boxes, some checked        → <p><b>Thèmes :</b> A, B</p>
    <textarea>a long answer</textarea>                 → its lines, a paragraph each

Hidden inputs, empty answers, placeholders, buttons and lone consent boxes are no text. Every
rewritten span keeps its line breaks, so that each line stays the file line it comes from.
"""

from __future__ import annotations

import re
from html import escape, unescape

_LABEL = re.compile(r"<label\b(?P<attrs>[^>]*)>(?P<text>.*?)</label\s*>", re.IGNORECASE | re.DOTALL)
_INPUT = re.compile(r"<input\b(?P<attrs>[^>]*?)/?>", re.IGNORECASE | re.DOTALL)
_SELECT = re.compile(r"<select\b(?P<attrs>[^>]*)>(?P<body>.*?)</select\s*>", re.IGNORECASE | re.DOTALL)
_TEXTAREA = re.compile(r"<textarea\b(?P<attrs>[^>]*)>(?P<body>.*?)</textarea\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(
    r"^(?:titre|intitulé|intitule|nom)(?:\s+(?:de|du|des)\s+(?:l['’]\s*)?(?:action|initiative|projet|dispositif|fiche))?$",
    re.IGNORECASE,
)
_TEXT_TYPES = {"", "text", "email", "tel", "date", "number", "url", "search", "month"}


def _attr(attrs: str, name: str) -> str | None:
    found = re.search(rf"""\b{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", attrs, re.IGNORECASE)
    if found is None:
        return None
    return unescape(next(g for g in found.groups() if g is not None))


def _flag(attrs: str, name: str) -> bool:
    return re.search(rf"(?:^|\s){name}(?:\s|=|$)", attrs, re.IGNORECASE) is not None


def _plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _kept(original: str, new: str) -> str:
    """The new text, padded with the line breaks of the span it replaces."""
    return new + "\n" * max(0, original.count("\n") - new.count("\n"))


def filled_form(text: str) -> str | None:
    """The page with its form's answers written as text; None when it holds no filled form
    (three answered fields at least)."""
    if not re.search(r"<form\b", text, re.IGNORECASE):
        return None
    answered = [
        m
        for m in _INPUT.finditer(text)
        if (_attr(m["attrs"], "type") or "").lower() in _TEXT_TYPES
        and (_attr(m["attrs"], "value") or "").strip()
    ]
    if len(answered) + len(_TEXTAREA.findall(text)) < 3:
        return None
    labels = {
        _attr(m["attrs"], "for") or "": _plain(m["text"]).rstrip(" :")
        for m in _LABEL.finditer(text)
        if _attr(m["attrs"], "for")
    }

    def field(label: str, value: str) -> str:
        return f"<p><b>{escape(label)} :</b> {escape(value)}</p>"

    def input_(m: re.Match[str]) -> str:
        attrs = m["attrs"]
        kind = (_attr(attrs, "type") or "").lower()
        value = (_attr(attrs, "value") or "").strip()
        label = labels.get(_attr(attrs, "id") or "", "")
        if kind in _TEXT_TYPES and value and _TITLE.match(label):
            return f"<h1>{escape(value)}</h1>"  # ("Titre de l'initiative": the sheet's title)
        if kind in _TEXT_TYPES and value:
            return field(label, value) if label else f"<p>{escape(value)}</p>"
        if kind == "checkbox" and _flag(attrs, "checked"):
            return f"<i data-checked>{escape(label)}</i>" if label else ""
        return ""

    def select(m: re.Match[str]) -> str:
        chosen = re.search(
            r"<option\b[^>]*\bselected\b[^>]*>(.*?)</option\s*>", m["body"], re.IGNORECASE | re.DOTALL
        )
        label = labels.get(_attr(m["attrs"], "id") or "", "")
        answer = _plain(chosen[1]) if chosen else ""
        return _kept(
            m[0], field(label, answer) if answer and label else (f"<p>{escape(answer)}</p>" if answer else "")
        )

    def textarea(m: re.Match[str]) -> str:
        label = labels.get(_attr(m["attrs"], "id") or "", "")
        lines = [escape(unescape(line.strip())) for line in m["body"].split("\n")]
        body = "\n".join(f"<p>{line}</p>" if line else "" for line in lines)
        return _kept(m[0], (f"<p><b>{escape(label)}</b></p>" if label else "") + body)

    page = _SELECT.sub(select, text)
    page = _TEXTAREA.sub(textarea, page)
    page = _INPUT.sub(lambda m: _kept(m[0], input_(m)), page)
    # the labels the answers took are said with them; a group's label gathers its checked boxes
    page = _LABEL.sub(
        lambda m: _kept(m[0], "" if _attr(m["attrs"], "for") else f"<b data-group>{m['text']}</b>"), page
    )
    page = re.sub(
        r"<b data-group>(?P<label>.*?)</b>(?P<boxes>(?:\s|<[^>]*>)*?(?:<i data-checked>.*?</i>(?:\s|<(?!/?fieldset|b data|i data)[^>]*>)*)+)",
        lambda m: _kept(
            m[0],
            f"<p><b>{m['label']} :</b> "
            + ", ".join(re.findall(r"<i data-checked>(.*?)</i>", m["boxes"]))
            + "</p>",
        ),
        page,
        flags=re.DOTALL,
    )
    page = re.sub(r"<i data-checked>.*?</i>", "", page)  # (a lone box: a consent, no answer)
    page = re.sub(r"<legend\b[^>]*>(.*?)</legend\s*>", r"<h2>\1</h2>", page, flags=re.IGNORECASE | re.DOTALL)
    page = re.sub(r"<(/?)form\b", r"<\1div", page, flags=re.IGNORECASE)
    return page
