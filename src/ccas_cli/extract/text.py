"""Plain-text reader: UTF-8 (with or without BOM), any line ending; anything else is refused.

The file is read in blocks: hashed, decoded and split as it comes, so that reading holds the
lines and one block, never the bytes, the decoded text and the lines of the file at once.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from ..errors import InputError
from ..normalize.text import PRINTED_LIGATURES, fold
from ..reference import load_reference
from .asciidoc import asciidoc_lines, looks_like_asciidoc
from .chat import chat_lines, looks_like_chat
from .columns import split_columns
from .data_export import json_lines, looks_like_json, looks_like_xml, looks_like_yaml, xml_lines, yaml_lines
from .docbook import docbook_lines, looks_like_docbook
from .dokuwiki import dokuwiki_lines, looks_like_dokuwiki
from .form_dump import form_dump_lines, looks_like_form_dump
from .frames import unframe
from .html import feed_lines, html_lines, looks_like_feed, looks_like_html
from .ical import ical_lines, looks_like_ical
from .jsonld import jsonfeed_lines, jsonld_lines, looks_like_jsonfeed, looks_like_jsonld
from .kanban import kanban_lines, looks_like_kanban
from .latex import latex_lines, looks_like_latex
from .linked_csv import linked_csv_lines, looks_like_linked_csv
from .mime import looks_like_mime, mime_lines
from .notebook import looks_like_notebook, notebook_lines
from .odf import looks_like_odf, odf_lines
from .opml import looks_like_opml, opml_lines
from .org import looks_like_org, org_lines
from .pandoc_tables import looks_like_pandoc_tables, pandoc_tables
from .record_csv import looks_like_record_csv, record_csv_lines
from .rst import looks_like_rst, rst_lines
from .rtf import looks_like_rtf, rtf_lines
from .source import Source
from .spreadsheetml import looks_like_spreadsheetml, spreadsheetml_lines
from .stacked import restack
from .subtitles import looks_like_subtitles, subtitle_lines
from .textile import looks_like_textile, textile_lines
from .transcript import looks_like_transcript, timecoded, transcript_lines, without_timecodes
from .transposed import untranspose
from .web_story import looks_like_web_story, web_story_lines
from .wiki import looks_like_wiki, wiki_lines
from .wordml import looks_like_wordml, wordml_lines
from .wxr import looks_like_wxr, wxr_lines

BLOCK = 1 << 20


def _codec(head: bytes) -> str:
    """UTF-8 (its BOM skipped), unless a byte-order mark says UTF-16 or UTF-32: what a
    spreadsheet's "Unicode text" and some Windows tools write."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _check_start(head: bytes, path: Path | str) -> None:
    if b"\x00" in head[:8192] and _codec(head) == "utf-8-sig":
        raise InputError("binary file (NUL bytes): expected a UTF-8 text or a supported document", path)


def _not_utf8(data: bytes, offset: int, path: Path | str) -> InputError:
    return InputError(
        f"not UTF-8 (invalid byte 0x{data[offset]:02x} at offset {offset}); "
        "re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
        path,
    )


def split_lines(text: str) -> list[str]:
    """Split on \\n, \\r\\n or \\r without dropping a trailing empty line's numbering."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text_head(path: Path, max_bytes: int) -> Source:
    """The first `max_bytes` of a text file as a Source (its last, cut line dropped), with the
    same refusals as `read_text` for what it reads: what detection needs, without reading the
    rest of a large file. Its sha256 is the head's, not the file's."""
    try:
        with path.open("rb") as stream:
            head = stream.read(max_bytes)
            whole = not stream.read(1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    _check_start(head, path)
    if not head.strip() and whole:
        raise InputError("empty file: nothing to ingest", path)
    try:
        text = codecs.getincrementaldecoder(_codec(head))().decode(head, final=whole)
    except UnicodeDecodeError as exc:
        raise _not_utf8(head, exc.start, path) from None
    lines = split_lines(text)
    if not whole and len(lines) > 1:
        lines.pop()  # cut in the middle
    return _source(str(path), hashlib.sha256(head).hexdigest(), lines)


def read_text(path: Path) -> Source:
    digest = hashlib.sha256()
    decoder: codecs.IncrementalDecoder | None = None
    lines: list[str] = []
    pending = ""  # the unfinished last line of the blocks read so far
    offset = 0  # bytes read before the current block
    blank = True
    try:
        with path.open("rb") as stream:
            while block := stream.read(BLOCK):
                if decoder is None:
                    _check_start(block, path)
                    decoder = codecs.getincrementaldecoder(_codec(block))()
                digest.update(block)
                try:
                    text = decoder.decode(block)
                except UnicodeDecodeError:
                    raise _undecodable(path) from None
                blank = blank and not block.strip()
                offset += len(block)
                text = pending + text
                # A "\r" at the end of a block may be the first half of "\r\n": keep it back.
                cut = len(text) - 1 if text.endswith("\r") else len(text)
                text, held = text[:cut], text[cut:]
                parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
                pending = parts.pop() + held
                lines.extend(parts)
            try:
                pending += decoder.decode(b"", final=True) if decoder is not None else ""
            except UnicodeDecodeError:
                raise _undecodable(path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    if blank:
        raise InputError("empty file: nothing to ingest", path)
    lines.extend(split_lines(pending))
    return _source(str(path), digest.hexdigest(), lines)


# Pictographs ("📅 Depuis 2019 · 🔎 Évalué par …", "🤝 Partenaires :", "## ✅ Action 1 — …"):
# icons before the words, no words themselves; each is read as a space, so that columns stay
# where they are. (The older symbols drawn as emoji — ✅ ⏸ ⚠ ⭐ — too; not arrows, ticks or
# boxes, which open list items and form answers.)
_PICTOGRAPHS = re.compile(
    "[\U0001f000-\U0001faff\ufe0f\u200d\u231a\u231b\u23e9-\u23fa\u2600-\u260f\u2613-\u26ff"
    "\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2b50\u2b55]"
)


# "[12]Accueil", "[30]Prestation de service …": a text browser's dump (lynx, w3m), each link
# opened by its number in the page's list of references
_LINK_NUMBER = re.compile(r"(?<![\w\]])\[\d{1,3}\](?=\S)")


def _without_link_numbers(lines: list[str]) -> list[str]:
    """A page dumped by a text browser read as its words: the links' numbers dropped, when the
    dump numbers ten links or more and lists them under "References" at its end."""
    numbered = sum(len(_LINK_NUMBER.findall(line)) for line in lines)
    if numbered < 10 or not any(
        line.strip() in ("References", "Références") for line in lines[-(numbered + 40) :]
    ):
        return lines
    return [_LINK_NUMBER.sub("", line) if "[" in line else line for line in lines]


# "Nom de la structure : ____CCAS de Langres______": a form's blank, filled in or not (a line of
# underscores alone stays the rule it is)
_FORM_BLANK = re.compile(r"_{3,}|^\s*_{2}|_{2}\s*$")

# "[titre de niveau 3]", "[lien, visité]", "[région : bannière]": a screen reader's marker
_READER_MARKER = re.compile(r"\[(?P<role>[^\]\[:,]{2,40})(?:[,:][^\]\[]{0,80})?\]\s*")


def _without_reader_markers(lines: list[str]) -> list[str]:
    """A page a screen reader exported read as its structure: "[titre de niveau 2] Title" a
    heading "## Title", a list's lines its items, a link's or a button's marker dropped before
    its words, an image or a form's control read as nothing, a region's or an article's marker a
    blank line (the line count kept, each line where it was). Only when ten lines or more open
    on the roles document.yaml names."""
    roles = load_reference("document")["reader_roles"]
    words, nothing = {fold(r) for r in roles["words"]}, {fold(r) for r in roles["nothing"]}
    heading, listed, list_end = fold(roles["heading"]), fold(roles["list"]), fold(roles["list_end"])
    known = sum(
        1
        for line in lines
        if ((m := _READER_MARKER.match(line)) and (role := fold(m["role"])) in words | nothing | {list_end})
        or (m and (role.startswith(heading) or role.startswith(listed)))
    )
    if known < 10:
        return lines
    out, in_list = [], False
    for line in lines:
        opening = _READER_MARKER.match(line)
        role = fold(opening["role"]) if opening else ""
        rest = line[opening.end() :] if opening else line
        if opening and role.startswith(heading):
            level = re.search(r"\d", role)
            rest = _READER_MARKER.sub(lambda m: "" if fold(m["role"]) in words else m[0], rest)
            out.append("#" * int(level[0] if level else 2) + " " + rest.strip())
        elif opening and role.startswith(listed):
            in_list = True
            out.append("")
        elif opening and role == list_end:
            in_list = False
            out.append("")
        elif opening and role in nothing:
            out.append("")
        elif opening and role not in words and not rest.strip():
            out.append("")  # "[fin de région]", "[article]": a boundary
        else:
            text = _READER_MARKER.sub(lambda m: "" if fold(m["role"]) in words else m[0], line).strip()
            out.append(f"- {text}" if in_list and text else text)
    return out


_PLACEHOLDER = re.compile(r"\s*\[\s*(?P<word>[^\W\d][^\]\[:]{1,30}?)\s*(?::[^\]\[]*)?\]\s*")


def _without_image_placeholders(lines: list[str]) -> list[str]:
    """ "[Image : une pile de lettres]" alone on its line: a picture described, read as a blank
    line (the line count kept)."""
    words = {fold(w) for w in load_reference("document")["image_placeholders"]}
    return [
        "" if (m := _PLACEHOLDER.fullmatch(line)) is not None and fold(m["word"]) in words else line
        for line in lines
    ]


# "| Partenaires : France Alzheimer …" on a scanned page: a bar the scanner saw in the margin, on
# a line with no other cell (the lines around it no table's)
_STRAY_BAR = re.compile(r"^(\s*)\|\s+(?=[^\W\d_][^|]*$)")


def _without_stray_bars(lines: list[str]) -> list[str]:
    out = list(lines)
    for n, line in enumerate(lines):
        if not line.lstrip().startswith("|") or not _STRAY_BAR.match(line):
            continue
        around = [lines[k] for k in (n - 1, n + 1) if 0 <= k < len(lines) and lines[k].strip()]
        if not any(a.lstrip().startswith(("|", "+")) or a.count("|") >= 2 for a in around):
            out[n] = _STRAY_BAR.sub(r"\1", line)
    return out


@lru_cache(maxsize=1)
def _pictograph_labels() -> dict[str, str]:
    return {k.replace("\ufe0f", ""): v for k, v in load_reference("document")["pictograph_labels"].items()}


@lru_cache(maxsize=1)
def _when_where() -> frozenset[str]:
    return frozenset(load_reference("document")["pictograph_when_where"])


# "Voici les premiers enseignements 👇", "Le bilan complet 👉 https://…": a hand pointing to what
# follows, the line's colon
_POINTING = re.compile(
    r"(?<=[\w.!?»)])\s*(?:👇|👉|⬇️?|⤵️?|➡️?)(?:\ufe0f)?\s*(?:$|(?=(?:https?://|www\.)\S+\s*$))"
)


def icons_read(line: str) -> str:
    """A line's pictographs as the reader reads them: a hand pointing to what follows a colon
    (after words), icons naming facts their labels, any other a space."""
    if not _PICTOGRAPHS.search(line):
        return line
    pointed = _POINTING.sub(" : ", line)
    return _PICTOGRAPHS.sub(" ", _pictograph_facts(pointed.rstrip() if pointed != line else line))


def _pictograph_facts(line: str) -> str:
    """ "📍 Creuse (23) · 🏛️ SIVOS de … · 📅 2021": a line of facts whose icons are their labels
    (two or more, parted by dots or bars, each fact opening on one, no label in words after
    them), read as labelled facts
    ("Lieu : Creuse (23) · Porteur : SIVOS de … · Date : 2021", document.yaml)."""
    labels = _pictograph_labels()
    segments = re.split(r"(\s+[·•|]\s+)", line.strip())
    named: list[str] = []
    out = []
    for segment in segments:
        icon = segment[:1]
        rest = segment[1:].lstrip("\ufe0f").strip()
        if icon in labels and rest and not re.match(r"^[^:]{1,30}\s?:", rest):
            out.append(f"{labels[icon]} : {rest}")
            named.append(labels[icon])
        else:
            out.append(segment)
    parts = [s for s in segments if not re.fullmatch(r"\s+[·•|]\s+", s)]
    # (every fact opening on an icon the vocabulary knows, and more than when and where: "📅 25
    # août · 🕑 9 h 30 · 📍 …" is an event's line, read as printed)
    told = len(named) >= 2 and len(named) == len(parts) and bool(set(named) - _when_where())
    # ("🏷️ Logement" alone on its line: a labelled fact too, but a date or a place alone, an
    # event's, read as printed)
    alone = len(parts) == 1 and len(named) == 1 and named[0] not in _when_where() and len(line.strip()) <= 80
    return "".join(out) if told or alone else line


# "    @Pôle seniors +Mairie +Croix-Rouge": a line of tags under an item (no phone number "+33 …")
_TAG_LINE = re.compile(r"^\s*[@+][^\W\d][^@+]*(?:\s[@+][^\W\d][^@+]*)*$")


def _tag_facts(line: str) -> str:
    """The line's tags as labelled facts ("Pilote : Pôle seniors · Partenaires : Mairie,
    Croix-Rouge", document.yaml `tag_labels`), its indent kept."""
    labels = load_reference("document")["tag_labels"]
    found: dict[str, list[str]] = {}
    for mark, words in re.findall(r"(?<!\S)([@+])([^@+]+)", line):
        found.setdefault(labels[mark], []).append(words.strip())
    indent = line[: len(line) - len(line.lstrip())]
    return indent + " · ".join(f"{label} : {' ; '.join(values)}" for label, values in found.items())


_SPACED_GROUP = re.compile(r"\S(?: \S){2,}")


def _unspaced(line: str) -> str:
    """ "C H A P I T R E  1", "H A U T E - G A R O N N E": display type set letter-spaced, as
    a PDF's text keeps it — each word's letters joined, the words a space apart (a group of
    single characters, three letters or more, or beside such a group)."""
    parts = re.split(r"( {2,})", line)
    groups = parts[0::2]

    def spaced(group: str) -> bool:
        tokens = group.split(" ")
        return len(tokens) >= 2 and all(len(t) == 1 and (t.isalnum() or t in "-'’") for t in tokens)

    # ("A I N", "L E S": three capitals will do; "x a b" is no display type)
    lettered = [
        spaced(g)
        and sum(c.isalpha() for c in g) >= 3
        and (len(g.split(" ")) >= 4 or g.replace(" ", "").isupper())
        for g in groups
    ]
    if not any(lettered):
        return line
    out = []
    for n, group in enumerate(groups):
        near = any(lettered[m] for m in (n - 1, n + 1) if 0 <= m < len(groups))
        joined = (
            group.replace(" ", "")
            if lettered[n] or (spaced(group) and near) or (near and len(group) == 1 and group.strip())
            else group
        )
        if n:
            gap = parts[2 * n - 1]
            both = (lettered[n] or lettered[n - 1]) and len(gap) <= 3
            out.append(" " if both else gap)
        out.append(joined)
    return "".join(out)


_QUOTED = re.compile(r"^(?:>[ \t]?)+")
# (a mail's reply: its quote line, the header of the message it quotes; a markdown box quoted
# with ">" is no mail)
_MAIL_MARK = re.compile(
    r"a écrit\s*:\s*$|\bwrote:\s*$|^-{2,}\s*(?:Message d'origine|Original Message)|^(?:De|From)\s*:.*@", re.I
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


# pandoc's markdown: fenced divs (":::: {.actualite}" … "::::"), attributes after a heading,
# a span or a link ("{#id .titre}", "[12/03/2025]{.date}", "](…){target=\"_blank\"}")
_FENCED_DIV = re.compile(r"^\s*:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$")
_ATTRIBUTES = re.compile(r"(?<=[\]\)\w.!?»])\s*\{(?:[#.][\w-]+|[\w-]+=)[^{}]*\}")


def _without_pandoc_marks(line: str) -> str:
    """The line as pandoc's markdown prints it: its divs no text, its attributes dropped, a
    span its words ("[Logement]{.etiquette}" → "Logement")."""
    if _FENCED_DIV.match(line):
        return ""
    line = re.sub(r"(?<!!)\[([^\[\]]*)\]\{[^{}]*\}", r"\1", line)  # a span: its words
    return _ATTRIBUTES.sub("", line)


def _toml_front_matter(lines: list[str]) -> list[str]:
    """A page's front matter in TOML ("+++" / "titre = \"…\"" / "[[contacts]]" / "+++"), written
    as the YAML front matter it stands for, line for line ("---" / "titre: \"…\"" /
    "contacts:" / "  - nom: …"), so that one reader reads both."""
    end = next((n for n in range(1, min(len(lines), 200)) if lines[n].strip() == "+++"), None)
    if end is None:
        return lines
    out = ["---"]
    seen_arrays: set[str] = set()
    in_array = in_table = False
    first_key = False
    for line in lines[1:end]:
        array = re.match(r"^\s*\[\[([\w.-]+)\]\]\s*$", line)
        table = re.match(r"^\s*\[([\w.-]+)\]\s*$", line)
        pair = re.match(r"^\s*([\w-]+)\s*=\s*(.*)$", line)
        if array:
            out.append("" if array[1] in seen_arrays else f"{array[1]}:")
            seen_arrays.add(array[1])
            in_array, in_table, first_key = True, False, True
        elif table:
            out.append(f"{table[1]}:")
            in_array, in_table = False, True
        elif pair and (in_array or in_table):
            prefix = "  - " if in_array and first_key else "    " if in_array else "  "
            out.append(f"{prefix}{pair[1]}: {pair[2]}")
            first_key = False
        elif pair:
            out.append(f"{pair[1]}: {pair[2]}")
        else:
            out.append(line)
    out.append("---")
    return out + lines[end + 1 :]


_CALLOUT = re.compile(r"^\s*>\s*\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")


def _notes_app_marks(lines: list[str]) -> list[str]:
    """A note kept in a notes app (Obsidian and the like) read as the markdown it prints:
    "> [!info] Données de pilotage" a line over the callout's lines, read behind their "> ";
    "[[Page|label]]" its label, "![[photo.jpg]]" nothing, "==highlight==" its words."""
    out: list[str] = []
    inside = False
    for line in lines:
        callout = _CALLOUT.match(line)
        if callout:
            inside = True
            title = callout["title"].strip()
            out.append(title)  # (its title a line of the text: "Données de pilotage" heads a block)
            continue
        if inside and line.lstrip().startswith(">"):
            line = re.sub(r"^\s*>\s?", "", line)
        else:
            inside = False
        line = re.sub(r"!\[\[[^\]]*\]\]", "", line)
        line = re.sub(r"\[\[[^\]|]*\|([^\]]*)\]\]", r"\1", line)
        line = re.sub(r"\[\[([^\]]*)\]\]", r"\1", line)
        line = re.sub(r"==(\S(?:[^=]*\S)?)==", r"\1", line)
        out.append(line)
    return out


def _quoted_mail(lines: list[str]) -> bool:
    """A mail's reply quoting a message ("> " lines under "… a écrit :") whose text is nowhere
    else in the file (a thread printing the message before quoting it reads the first copy)."""
    quoted = [_QUOTED.sub("", line).strip() for line in lines if _QUOTED.match(line)]
    if len(quoted) < 10 or not any(_MAIL_MARK.search(line) for line in lines):
        return False
    texts = {q for q in quoted if len(q) > 20}
    plain = {line.strip() for line in lines if not _QUOTED.match(line)}
    return len(texts & plain) * 2 <= len(texts)


# Markup and data formats read as the markdown they stand for, in the order they are tried: a
# feed and a web page before XML (both are XML), data exports before the text markups.
_MARKUP_READERS: tuple[
    tuple[Callable[[list[str]], bool], Callable[[list[str]], tuple[list[str], list[int]] | None]], ...
] = (
    (looks_like_form_dump, form_dump_lines),
    (looks_like_rtf, rtf_lines),
    (looks_like_mime, mime_lines),
    (looks_like_ical, ical_lines),
    (looks_like_subtitles, subtitle_lines),
    (looks_like_chat, chat_lines),
    (looks_like_opml, opml_lines),
    (looks_like_wxr, wxr_lines),
    (looks_like_feed, feed_lines),
    (looks_like_html, html_lines),
    (looks_like_wordml, wordml_lines),
    (looks_like_spreadsheetml, spreadsheetml_lines),
    (looks_like_odf, odf_lines),
    (looks_like_docbook, docbook_lines),
    (looks_like_xml, xml_lines),
    (looks_like_notebook, notebook_lines),
    (looks_like_kanban, kanban_lines),
    (looks_like_jsonld, jsonld_lines),
    (looks_like_jsonfeed, jsonfeed_lines),
    (looks_like_json, json_lines),
    (looks_like_yaml, yaml_lines),
    (looks_like_dokuwiki, dokuwiki_lines),
    (looks_like_textile, textile_lines),
    (looks_like_wiki, wiki_lines),
    (looks_like_asciidoc, asciidoc_lines),
    (looks_like_org, org_lines),
    (looks_like_rst, rst_lines),
    (looks_like_latex, latex_lines),
    (looks_like_linked_csv, linked_csv_lines),
    (looks_like_record_csv, record_csv_lines),
)


# "   [12]: https://www.caf.fr/…": a reference link's target, listed apart (html2text, pandoc)
_LINK_DEFINITION = re.compile(r"^\s{0,4}\[(?P<id>[^\]\[]{1,40})\]:\s*(?P<url><?\S+>?)(?:\s+[\"'(].*)?\s*$")
_REFERENCE_LINK = re.compile(r"\[(?P<text>[^\]\[]+)\]\[(?P<id>[^\]\[]*)\]")


def _reference_links_inline(lines: list[str]) -> list[str]:
    """Reference-style links ("[Lire la suite][25]" with "[25]: https://…" at the foot) written
    inline, "[Lire la suite](https://…)", as the rest of the markdown ccas reads writes them; the
    list of targets no text (its lines kept, empty)."""
    targets = {
        m["id"].lower(): m["url"].strip("<>") for m in (_LINK_DEFINITION.match(line) for line in lines) if m
    }

    def inline(match: re.Match[str]) -> str:
        url = targets.get((match["id"] or match["text"]).lower())
        return match[0] if url is None else f"[{match['text']}]({url})"

    return ["" if _LINK_DEFINITION.match(line) else _REFERENCE_LINK.sub(inline, line) for line in lines]


# " > " alone on its line between a breadcrumb's links, as a browser's "Save as text" keeps them
# (">" alone, at the margin, is a quote's empty line, never a crumb's separator)
_CRUMB_SEPARATOR = re.compile(r"^\s+>\s*$|^\s*[›»]\s*$")


def _crumbs_joined(lines: list[str]) -> list[str]:
    """ "Accueil" / " > " / "Caf de la Haute-Marne" / " > " / "Actualités": a breadcrumb a page
    saved as text set a link a line, said on one line ("Accueil > … > Actualités") as the page
    shows it — no title, no category of the item below it."""
    out = list(lines)
    n = 0
    while n < len(out):
        if (
            0 < n < len(out) - 1
            and _CRUMB_SEPARATOR.match(out[n])
            and 0 < len(out[n - 1].strip()) <= 60
            and 0 < len(out[n + 1].strip()) <= 60
            and not out[n - 1].lstrip().startswith((">", "|"))
            and not out[n + 1].lstrip().startswith((">", "|"))
        ):
            start = n - 1
            while start > 0 and not out[start].strip():
                start -= 1
            crumbs = [out[start].strip()]
            end = n
            while (
                end < len(out) - 1
                and _CRUMB_SEPARATOR.match(out[end])
                and 0 < len(out[end + 1].strip()) <= 60
            ):
                crumbs.append(out[end + 1].strip())
                end += 2
            out[start] = " > ".join(crumbs)
            for k in range(start + 1, end):
                out[k] = ""
            n = end
            continue
        n += 1
    return out


# "p. 6" alone under a contents entry's title: its page, as a PDF-to-text tool that keeps no
# layout prints a right-aligned page number
_PAGE_ALONE = re.compile(r"^\s*(?:p\.|page)\s*(\d{1,3})\s*$", re.IGNORECASE)


def _contents_pages_joined(lines: list[str]) -> list[str]:
    """ "Permis solidaire rural" / "p. 6" / "Duos d'aidants" / "p. 12": a contents page whose
    titles and page numbers came out a line each, written as the dot-leader entries it prints
    ("Permis solidaire rural ..... 6"), the page's line left blank (three such entries or more)."""
    pairs = [
        n
        for n in range(1, len(lines))
        if _PAGE_ALONE.match(lines[n])
        and 0 < len(lines[n - 1].strip()) <= 150
        and not _PAGE_ALONE.match(lines[n - 1])
        and not lines[n - 1].rstrip().endswith((".", ",", ";"))
    ]
    if len(pairs) < 3:
        return lines
    out = list(lines)
    for n in pairs:
        page = _PAGE_ALONE.match(lines[n])
        out[n - 1] = f"{lines[n - 1].rstrip()} ..... {page[1] if page else ''}"
        out[n] = ""
    return out


# "     Le Bus des droits                      5": a contents line of a page laid out by spaces
_SPACED_ENTRY = re.compile(r"^(?P<indent>\s*)(?P<title>\S(?:(?!\s{3}).)*?\S)\s{3,}(?P<page>\d{1,3})\s*$")


@lru_cache(maxsize=1)
def _contents_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_reference("document")["contents_words"])


def _spaced_contents(lines: list[str]) -> list[str]:
    """A contents page extracted with its layout ("SOMMAIRE" over "Le Bus des droits      5"):
    its entries written with the dot leaders such a page prints ("Le Bus des droits ..... 5"),
    so it reads as any contents page. Only under a contents heading, three entries or more with
    page numbers that never go down; a wrapped title (a line with no number) stays as it is."""
    words = _contents_words()
    out = list(lines)
    for n, line in enumerate(lines[:3000]):
        if len(line) > 60 or fold(line.strip(" #*=\f")) not in words:  # (a heading is short)
            continue
        entries: list[tuple[int, re.Match[str]]] = []
        blanks = 0
        for k in range(n + 1, min(len(lines), n + 120)):
            text = lines[k]
            if "\f" in text or blanks >= 3:
                break
            blanks = blanks + 1 if not text.strip() else 0
            if (entry := _SPACED_ENTRY.match(text)) is not None:
                entries.append((k, entry))
        if len(entries) < 3:
            entries = _tight_entries(lines, n)
        else:
            # ("… dans les maisons d'enfants 22": a title long enough to leave one space before
            # its page, the number ending where the others end)
            ends = Counter(len(lines[k].rstrip()) for k, _ in entries).most_common(1)[0][0]
            found = {k for k, _ in entries}
            entries = sorted(
                entries
                + [
                    (k, tight)
                    for k in range(entries[0][0], entries[-1][0])
                    if k not in found
                    and abs(len(lines[k].rstrip()) - ends) <= 2
                    and (tight := _TIGHT_ENTRY.match(lines[k])) is not None
                ],
                key=lambda entry: entry[0],
            )
        pages = [int(entry["page"]) for _, entry in entries]
        if len(entries) < 3 or any(b < a for a, b in pairwise(pages)):
            continue
        for k, entry in entries:
            out[k] = f"{entry['indent']}{entry['title']} ..... {entry['page']}"
    return out


# "Un garage solidaire itinérant 6": the page number one space after the title
_TIGHT_ENTRY = re.compile(r"^(?P<indent>\s*)(?P<title>\S.{2,150}?[^\d\s.,;:])\s(?P<page>\d{1,3})\s*$")


def _tight_entries(lines: list[str], heading: int) -> list[tuple[int, re.Match[str]]]:
    """Contents lines whose page number follows the title after one space ("Avant-propos 3"),
    the contents being the lines under the heading each of which is such an entry or goes on
    into one (a wrapped title, a sub-theme over its titles); five entries or more."""
    entries: list[tuple[int, re.Match[str]]] = []
    k = heading + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    while k < len(lines) and lines[k].strip() and "\f" not in lines[k]:
        if (entry := _TIGHT_ENTRY.match(lines[k])) is not None:
            entries.append((k, entry))
        elif k + 1 >= len(lines) or (
            _TIGHT_ENTRY.match(lines[k + 1]) is None
            and (k + 2 >= len(lines) or _TIGHT_ENTRY.match(lines[k + 2]) is None)
        ):
            break
        k += 1
        while k < len(lines) and not lines[k].strip() and k + 1 < len(lines) and lines[k + 1].strip():
            k += 1  # (one blank line between groups of entries)
    return entries if len(entries) >= 5 else []


# "①  Guichet unique", "❷ Le bus des droits": a number printed in a circle opening a line (or a
# column's line), the item's number
_CIRCLED = re.compile("(?:^|(?<=\\s{2}))\\s*([\u2460-\u2473\u2776-\u2793])(?=\\s)")


def _circled_number(match: re.Match[str]) -> str:
    char = ord(match[1])
    number = (
        char - 0x2460 + 1
        if char <= 0x2473
        else char - 0x2776 + 1
        if char <= 0x277F
        else (char - 0x2780) % 10 + 1
    )
    return match[0].replace(match[1], f"{number}.")


def _source(path: str, sha256: str, lines: list[str]) -> Source:
    """The file's lines, boxes drawn with characters unframed, two columns read one by one."""
    # the first format whose marks the text carries reads it (each detector run once)
    reader = next((read for looks, read in _MARKUP_READERS if looks(lines)), None)
    read = reader(lines) if reader is not None else None
    if read is not None and reader in (
        xml_lines,
        json_lines,
        yaml_lines,
        odf_lines,
        wordml_lines,
        spreadsheetml_lines,
    ):
        return Source(path=path, sha256=sha256, lines=read[0], origin=read[1])
    if read is not None:
        lines, origin = read
        lines = [
            _PICTOGRAPHS.sub(" ", _pictograph_facts(line)) if _PICTOGRAPHS.search(line) else line
            for line in lines
        ]
        return Source(path=path, sha256=sha256, lines=lines, origin=origin)
    lines = [_unspaced(line) if _SPACED_GROUP.search(line) else line for line in lines]
    if lines and lines[0].strip() == "+++":
        lines = _toml_front_matter(lines)
    if sum(1 for line in lines[:3000] if _FENCED_DIV.match(line) or _ATTRIBUTES.search(line)) >= 3:
        lines = [_without_pandoc_marks(line) for line in lines]
    if looks_like_web_story(lines):
        lines = web_story_lines(lines)
    if looks_like_transcript(lines):
        lines = transcript_lines(lines)
    if timecoded(lines):
        lines = without_timecodes(lines)
    if sum(1 for line in lines if _CRUMB_SEPARATOR.match(line)) >= 2:
        lines = _crumbs_joined(lines)
    if sum(1 for line in lines if _LINK_DEFINITION.match(line)) >= 3:
        lines = _reference_links_inline(lines)
    if sum(1 for line in lines if _CALLOUT.match(line) or "[[" in line) >= 3:
        lines = _notes_app_marks(lines)
    if _quoted_mail(lines):
        # "> Pilote : …" / ">   Investissement : 30 000 €": a mail's reply quoting the plan, each
        # line behind the quote marks (the reply's own remarks between them): the text as sent
        lines = [_QUOTED.sub("", line) for line in lines]
    if sum(1 for line in lines if _TAG_LINE.match(line)) >= 3:
        # (a notes app's item: "    📅 déc. 2026" under it is the item's deadline, no event's date)
        when = load_reference("document")["tag_when_label"]
        dates = "".join(
            re.escape(k) for k, v in _pictograph_labels().items() if v in _when_where() and len(k) == 1
        )
        lines = [re.sub(rf"^(\s+)[{dates}]\ufe0f?\s*(?=\S)", rf"\g<1>{when} : ", line) for line in lines]
    if sum(len(_TRACKED.findall(line)) for line in lines) >= 3:
        lines = _changes_accepted(lines)
    if sum(1 for line in lines if _CIRCLED.search(line)) >= 3:
        lines = [_CIRCLED.sub(_circled_number, line) for line in lines]
    if sum(len(_MOJIBAKE.findall(line)) for line in lines[:2000]) >= 5:
        lines = [_unmangled(line) for line in lines]
    if sum(1 for line in lines[:2000] if _ENTITY.search(line)) >= 3:
        # "l&#039;accueil", "96&nbsp;000&nbsp;€": a feed's or a page's text copied with its HTML
        # entities left in, read as the characters they stand for
        from html import unescape

        lines = [unescape(line) if "&" in line else line for line in lines]
    if any(c in line for line in lines for c in "ﬀﬁﬂﬃﬄﬅﬆ"):
        lines = [line.translate(PRINTED_LIGATURES) for line in lines]
    lines = [icons_read(line) for line in lines]
    if sum(1 for line in lines if _TAG_LINE.match(line)) >= 3:
        lines = [_tag_facts(line) if _TAG_LINE.match(line) else line for line in lines]
    if any("|" in line for line in lines):
        lines = _without_stray_bars(lines)
    lines = _without_link_numbers(lines)
    if any("___" in line for line in lines):
        lines = [_FORM_BLANK.sub("", line) if line.strip("_ \f") else line for line in lines]
    if sum(1 for line in lines[:400] if line.startswith("[")) >= 10:
        lines = _without_reader_markers(lines)
    if any(line.lstrip().startswith("[") for line in lines):
        lines = _without_image_placeholders(lines)
    if sum(1 for line in lines[:3000] if _PAGE_ALONE.match(line)) >= 3:
        lines = _contents_pages_joined(lines)
    lines = _spaced_contents(lines)
    if looks_like_pandoc_tables(lines):
        lines = pandoc_tables(lines)
    lines = unframe(lines)
    across = untranspose(lines) if any("  " in line for line in lines) else None
    if across is not None:
        lines = across  # (a table set out across, rewritten one item a row over its own lines)
    restacked = restack(lines) if sum(1 for line in lines[:5000] if not line.strip()) >= 2 else None
    if restacked is not None:
        lines = restacked  # (a table dumped a cell a line, rewritten as the table it is)
    lines, broken = _page_breaks_apart(lines)
    split = split_columns(lines)
    if split is None:
        return Source(path=path, sha256=sha256, lines=_hyphens_mended(lines), origin=broken)
    origin = [broken[n - 1] for n in split[1]] if broken else split[1]
    return Source(path=path, sha256=sha256, lines=_hyphens_mended(split[0]), origin=origin)


# "[supprimé : 18 000 €][ajouté : 21 500 €]", "{-8 000 €-}{+9 500 €+}", "[Commentaire MB : …]": a
# word processor's tracked changes and comments left in the text
_TRACKED = re.compile(r"\[(?:supprimé|ajouté|commentaire)\b[^:\]]{0,20}:|\{[-+]", re.IGNORECASE)


def _changes_accepted(lines: list[str]) -> list[str]:
    """The text as it reads once its tracked changes are accepted: insertions kept, deletions
    and reviewers' comments dropped — even across lines (a sheet deleted whole), each line
    staying where it was (a line left empty is blank)."""
    text = "\n".join(lines)
    out: list[str] = []
    k = 0
    pattern = re.compile(
        r"\[(?P<kind>supprimé|ajouté|commentaire)\b[^:\]]{0,20}:\s?|\{(?P<mark>[-+])", re.IGNORECASE
    )
    while (found := pattern.search(text, k)) is not None:
        out.append(text[k : found.start()])
        kind = (found["kind"] or "").lower()
        close = "]" if found["kind"] else f"{found['mark']}}}"
        end = text.find(close, found.end())
        if end < 0:
            out.append(text[found.start() :])
            k = len(text)
            break
        inner = text[found.end() : end]
        if kind == "ajouté" or found["mark"] == "+":
            out.append(inner)  # inserted: part of the text
        else:
            out.append("\n" * inner.count("\n"))  # deleted or a comment: gone, its lines kept blank
        k = end + len(close)
    out.append(text[k:])
    accepted = "".join(out).split("\n")
    return [line.rstrip() if line.strip() else "" for line in accepted]


# "dÃ©partement", "lâ€™accueil": UTF-8 text once read as Windows-1252 (or Latin-1) and saved again
_CP1252_HIGH = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(rf"Ã[{_CP1252_HIGH}]|â€[{_CP1252_HIGH}]|Â[\u00a0-\u00bf]")


def _unmangled(line: str) -> str:
    """The line as it was written, its characters encoded back to the bytes they came from and
    decoded as UTF-8 (a line that does not go back that way is kept as it is)."""
    if not _MOJIBAKE.search(line):
        return line
    whole = _piece(line)
    if whole is not line:
        return whole
    # (a character cp1252 has no byte for, "Ã" + no-break space for "à": mend the pieces one by one)
    return re.sub(
        rf"[\u00c2-\u00f4][{_CP1252_HIGH}]{{1,3}}",
        lambda m: _piece(m[0]),
        line,
    )


def _piece(text: str) -> str:
    """The text decoded back from the bytes it came from, or the very same text if it does not go back."""
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


_CUT_END = re.compile(r"([^\W\d_]+)-$")
_CUT_START = re.compile(r"^(\s*)([a-zà-ÿœæ]+)(\S*)(\s*)")
_LONE_NUMBER = re.compile(r"\d{1,4}[.,;)]?")


def _hyphens_mended(lines: list[str]) -> list[str]:
    """A text a PDF extraction left with its words cut at line ends ("accompagne-" /
    "ment, …"), five cuts or more: each cut word written whole on the line it starts on (the
    lines stay where they are), its hyphen kept only where the document writes that compound
    so elsewhere ("Saint-" is no cut: "Denis" opens on a capital)."""
    cuts = [
        n
        for n in range(len(lines) - 1)
        if _CUT_END.search(lines[n].rstrip()) and _CUT_START.match(lines[n + 1])
    ]
    if len(cuts) < 5:
        return lines
    words = {w.lower() for line in lines for w in re.findall(r"[\w-]+", line)}
    lines = list(lines)
    for n in cuts:
        end = _CUT_END.search(lines[n].rstrip())
        start = _CUT_START.match(lines[n + 1])
        if end is None or start is None or not lines[n + 1][start.end() :].strip():
            continue  # (the word alone on the next line: moving it would leave a blank line)
        left, right = end[1], start[2]
        token = right + re.sub(r"[^\w-]+$", "", start[3])  # ("porte-" / "à-porte": the word goes on)
        keep = f"{left}-{token}".lower() in words and f"{left}{token}".lower() not in words
        head = lines[n].rstrip()
        rest = lines[n + 1][start.end() :]
        if _LONE_NUMBER.fullmatch(rest.strip()) and head[: -len(left) - 1].strip():
            # ("Lancement prévu : septem-" / "bre 2024": the year alone would read as a page
            # number) the word written whole on the next line, with what follows it
            lines[n] = head[: -len(left) - 1].rstrip()
            lines[n + 1] = start[1] + left + ("-" if keep else "") + right + start[3] + start[4] + rest
            continue
        lines[n] = (head if keep else head[:-1]) + right + start[3]  # ("ment," with its comma)
        lines[n + 1] = start[1] + rest
    return lines


def _page_breaks_apart(lines: list[str]) -> tuple[list[str], list[int] | None]:
    """ "Odas – Juin 2023      4\fCultiver la solidarité – …": a page's last line and the next
    page's first, joined by the form feed between them, read as the two lines they are (both
    from the file's one line); None for the origin when no line is so."""
    if not any("\f" in line.lstrip("\f") for line in lines):
        return lines, None
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, 1):
        first, *pages = line.split("\f")
        parts = ([first] if first.strip() or not pages else []) + ["\f" + page for page in pages]
        out.extend(parts)
        origin.extend([number] * len(parts))
    return out, origin


def _undecodable(path: Path) -> InputError:
    """The error names the first bad byte's offset: found again, on this rare path, by
    decoding the whole file."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc.start, path)
    return InputError("not UTF-8", path)  # pragma: no cover - the decoder just said otherwise
