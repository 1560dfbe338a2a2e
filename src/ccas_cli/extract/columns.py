"""Text files set in two columns, as a PDF-to-text tool keeps a page's layout: a sheet's prose on
the left and its key-facts box on the right, each text line carrying a piece of both.

    Constat                                     PILOTE
                                                Pôle accès aux droits
    Entre 2021 et 2024, les demandes d'aide     PARTENAIRES
    ont augmenté de 38 %. Beaucoup de ménages   • Département du Calvados

A region in two columns is a run of lines that nothing crosses at one character position, the
right column starting there on many of them; it is read column by column (the left column's
lines, then the right's), each line keeping the number of the file line it comes from. A table
(cells set apart inside a column too) or a box of labels and values (a short left column) is no
such region: they are read as the lines they are.
"""

from __future__ import annotations

import re
from collections import Counter

_SPAN = re.compile(r"\S+(?:[ \u00a0\u202f]\S+)*")
_MIN_START = 30  # the right column starts this far in at least (a label/value box starts nearer)
_MIN_LINES = 5  # lines of a region that carry the right column


def _spans(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SPAN.finditer(line)]


def _starts(lines: list[str]) -> Counter[int]:
    """Where a piece of text starts after a gap of three spaces or more, far enough in."""
    counts: Counter[int] = Counter()
    for line in lines:
        for start, _ in _spans(line):
            if start >= _MIN_START and line[start - 3 : start] == "   ":
                counts[start] += 1
    return counts


def _item_edge(lines: list[str], column: int) -> bool:
    """Whether what starts at the column is numbered items ("5.  Title", "• Title"), their text
    set in further on the lines under them."""
    heads = [
        line[column:]
        for line in lines
        if len(line) > column and line[column - 3 : column] == "   " and line[column] != " "
    ]
    return bool(heads) and all(re.match(r"(?:\d{1,2}[.)]|[•▪●◆■►–-])\s", head) for head in heads)


def _cut(line: str, column: int, inner: int | None = None) -> tuple[str, str] | None:
    """(left, right) of a line at the column, or None when its text crosses the column or starts
    inside the right column elsewhere than at its edge (a page header's right part)."""
    left, right = [], []
    for start, end in _spans(line):
        if end <= column - 2:
            left.append((start, end))
        elif column - 1 <= start <= column + 6:  # (a list item's wrapped line, indented under it)
            right.append((start, end))
        elif (
            not right
            and column + 6 < start <= column + 12
            and re.search(r"[^\W\d_]{2,}", line[start:end]) is not None  # (never a page number)
            and (not left or start - left[-1][1] >= 12)
            and (inner is None or start < inner - 1)
        ):
            # ("Mme R., 81 ans, Villebourbon" set in under a quotation: the column's line indented)
            right.append((start, end))
        elif not right and inner is not None and abs(start - inner) <= 1:
            right.append((start, end))  # a value wrapped under its value, its label's line above
        elif right and start - right[-1][1] <= 3:
            right.append((start, end))  # "1.2  MARAÎCHAGE …": a number set apart by two spaces
        elif (
            len(right) == 1
            and start - right[0][1] <= 16
            and _LABEL_CELL.fullmatch(line[right[0][0] : right[0][1]])
        ):
            right.append(
                (start, end)
            )  # "Budget        2026 : 9 000 €": a label beside its value, in the column
        else:
            return None
    if right:
        right = [(right[0][0], right[-1][1])]
    left_text = line[: left[-1][1]] if left else ""
    # (a line indented in its column keeps its indent: "  d'insertion – …" under "• Vergers …")
    right_text = " " * max(0, right[0][0] - column) + line[right[0][0] : right[0][1]] if right else ""
    return left_text.rstrip(), right_text.rstrip()


# a field's label set apart from its value by spaces ("Pilote        Service …"): a word or three
_LABEL_CELL = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?: [a-zà-ÿ'’]+){0,2}")


def _labelled(line: str) -> bool:
    """A line of a column's label/value pairs ("Partenaires   Caisse d'allocations …")."""
    first = _spans(line.strip())
    return len(first) >= 2 and bool(_LABEL_CELL.fullmatch(line.strip()[first[0][0] : first[0][1]]))


def _fielded(cuts: list[tuple[str, str]]) -> bool:
    """A right column of fields: labels at its edge beside their values, twice at least."""
    return sum(1 for _, right in cuts if re.match(r"^\S+(?: \S+){0,2}\s{3,}\S", right)) >= 2


def _region(
    lines: list[str], column: int, first: int, inner: int | None = None, stops: frozenset[int] = frozenset()
) -> tuple[int, list[tuple[str, str]]] | None:
    """The run of lines from `first` that nothing crosses at the column, cut there (the right
    column's values may start at `inner`, beside their labels at the column)."""
    cuts: list[tuple[str, str]] = []
    k = first
    # a region stays on its page: it may open on the page's first line (its form feed kept on
    # the left), never run past the next page's
    while (
        k < len(lines)
        and ("\f" not in lines[k] or (k == first and lines[k].startswith("\f")))
        and (k == first or k not in stops)
    ):
        if _label_band(lines, k):
            break  # (a band of key facts across the page: a grid of fields, no column's text)
        page = "\f" if lines[k].startswith("\f") else ""
        cut = _cut(lines[k][len(page) :], column, inner) if page else _cut(lines[k], column, inner)
        if cut is None:
            break
        if inner is None and re.match(r" {7}", cut[1]) and not any(right for _, right in cuts[-3:]):
            break  # (set in, under no text of its column: a page header's right part)
        if cuts and _card_again(lines, k, column, cuts) and _two_columns(cuts):
            break  # the next card of the page: its own columns
        cuts.append((page + cut[0], cut[1]))
        k += 1
    # past the right column's last line, two blank lines end the columns: what follows on the
    # left ("1. POURQUOI ?" under a box of facts set in two columns) is the page's own
    crossed = k < len(lines) and "\f" not in lines[k]  # (a line across the gutter ended it)
    last_right = max((n for n, (_, right) in enumerate(cuts) if right), default=-1)
    for n in range(last_right + 1, len(cuts) - 1):
        if not cuts[n][0].strip() and not cuts[n + 1][0].strip():
            del cuts[n:]
            break
    else:
        while cuts and not cuts[-1][0].strip() and not cuts[-1][1]:
            cuts.pop()
        # ("AXE 2 · Bien vieillir" alone under both columns, over a line set across the page):
        # the heading of what spans the page, not the left column's last line
        blanks = [n for n in range(last_right + 1, len(cuts)) if not cuts[n][0].strip()]
        if crossed and blanks and 0 < sum(1 for left, _ in cuts[blanks[-1] :] if left.strip()) <= 2:
            del cuts[blanks[-1] :]
    while cuts and not cuts[-1][0].strip() and not cuts[-1][1]:
        cuts.pop()  # trailing blank lines belong to what follows
    # a line set in further than the column's edge is one of its lines (an attribution under a
    # quotation) only among many at the edge: else the column is further in, this a page
    # header's right part
    set_in = 0 if inner is not None else sum(1 for _, right in cuts if re.match(r" {7}", right))
    if set_in and set_in * 3 > sum(1 for _, right in cuts if right[:1].strip()):
        return None
    return (first + len(cuts), cuts) if cuts else None


def _card_again(lines: list[str], k: int, column: int, cuts: list[tuple[str, str]]) -> bool:
    """Whether line k opens the next card of a page of cards ("1.3 Title" on the left after a
    blank line, the margin empty beside it, then the margin opening on a label the card above
    had: "Pilote" again): each card read in its two columns, not the page's."""
    rights = [right.strip() for _, right in cuts if right.strip()]
    if not rights or lines[k - 1].strip() or not lines[k].strip() or len(lines[k]) > column:
        return False
    for n in range(k + 1, min(len(lines), k + 12)):
        if "\f" in lines[n]:
            return False
        cut = _cut(lines[n], column)
        if cut is None:
            return False
        if cut[1].strip():
            return cut[1].strip() in rights
    return False


_RULE_CELL = re.compile(r"\s*[-=─━]{3,}\s*")
_TABLE_RULE = re.compile(r"[-=─━]{3,}(?:\s{2,}[-=─━]{3,})+")  # a rule per column, gaps between


def _under_table_rule(lines: list[str], k: int) -> bool:
    """Whether line k is a row of a table laid out with spaces under its rule ("Date     Étape" /
    "-------  --------" / rows whose cells wrap): rows (a wide gap in them) or blank lines
    between it and the rule, no line of prose."""
    for n in range(k - 1, max(k - 16, -1), -1):
        line = lines[n].strip()
        if _TABLE_RULE.fullmatch(line):
            return True
        if "\f" in lines[n] or (line and "   " not in lines[n] and not lines[n].startswith("    ")):
            return False
    return False


def _two_columns(cuts: list[tuple[str, str]], min_lines: int = _MIN_LINES) -> bool:
    """Prose on the left (long lines, no cells), a column of text on the right."""
    paired = [(left, right) for left, right in cuts if right]
    if len(paired) < min_lines:
        return False
    if any(_RULE_CELL.fullmatch(left) and _RULE_CELL.fullmatch(right) for left, right in paired):
        return False  # "Date     Étape" over "-------  --------": a table's header over its rule
    lefts = [left.strip() for left, _ in cuts if left.strip()]
    if not lefts:
        return False
    # ("Title over two lines      GARD" / "      Direction …" / "      2021": a title beside the
    # top of a narrow column of facts, the column going on alone — no page in two columns)
    beside = sum(1 for left, _ in paired if left.strip())
    if beside < 3 and beside * 2 < len(paired):
        return False
    # (labels beside their values on the right, "Budget        2026 : 9 000 €": a column of
    # fields has values wrapped under their value, alone on their line; a table's columns
    # ("Achevée              INU Champollion") have a cell on every row)
    labelled = sum(1 for _, right in paired if re.match(r"^\S+(?: \S+){0,2}\s{3,}\S", right))
    hanging = sum(1 for _, right in paired if re.match(r"^\s{6,}\S", right))
    if labelled and hanging < labelled:
        return False
    # (a Sommaire's page numbers or a table's figures on the right: no column of text)
    worded = sum(1 for _, right in paired if len(re.findall(r"[^\W\d_]", right)) >= 3)
    if worded * 5 < len(paired) * 3:
        return False
    # (a column's label/value pairs are no table's cells: "Pilote        Service Accueil …")
    celled = sum(1 for left in lefts if re.search(r"\S\s{3,}\S", left) and not _labelled(left))
    long_lefts = sorted(len(left) for left in lefts)[len(lefts) // 2]
    rights = [right for _, right in paired]
    if celled * 5 > len(lefts) and _columns_inside([left for left, _ in cuts]):
        return True  # a page in three columns: the two on the left are read in their turn
    return celled * 5 <= len(lefts) and (
        long_lefts >= 20
        or (_running_prose(rights) and _no_labels(lefts))
        # a site's menu printed beside its page: many short entries on the left, a long run of
        # prose on the right (a box of labels and values has a few values, none running so long)
        or (len(paired) >= 12 and len(lefts) >= 8 and _running_prose(rights))
        or _twin_cards(lefts, rights)
    )


def _twin_cards(lefts: list[str], rights: list[str]) -> bool:
    """Two cards side by side, each with the same headings ("ACTION 7 (suite)" beside "ACTION 8
    (suite)", "BUDGET" beside "BUDGET" or lower down): short lines of the right column that the
    left one has too, numbers aside. Cards of short facts are no prose, yet two columns."""

    def shape(line: str) -> str:
        return re.sub(r"[\d\s]+", " ", line.strip()).strip().casefold()

    heads = {shape(left) for left in lefts if len(left) <= 40}
    return len({shape(right) for right in rights if len(right.strip()) <= 40} & heads - {""}) >= 2


def _columns_inside(lefts: list[str]) -> bool:
    """Whether the left side of a cut is itself set in two columns (a poster's three): most of
    its lines cut at one position into prose beside prose."""
    counts = _starts(lefts)
    worded = [left for left in lefts if left.strip()]
    tried = []
    for column, count in counts.most_common(3):
        if count < _MIN_LINES:
            break
        # ("⑤  Title" at 50 over its facts at 54: the column's edge is its items', left of the
        # facts set in under them)
        edge = [c for c in sorted(counts) if column - 6 <= c < column and _item_edge(lefts, c)][:1]
        tried += [*edge, column]
    for column in tried:
        cuts = [cut for left in lefts if (cut := _cut(left, column)) is not None]
        if len(cuts) * 5 >= len(worded) * 4 and any(right for _, right in cuts):
            paired = [(a, b) for a, b in cuts if b]
            lefts_inside = [a.strip() for a, _ in cuts if a.strip()]
            if (
                len(paired) >= _MIN_LINES
                and not any(re.search(r"\S\s{3,}\S", a) for a in lefts_inside)
                and not any(re.search(r"\S\s{3,}\S", b.strip()) for _, b in paired)
            ):
                return True
    return False


def _no_labels(lefts: list[str]) -> bool:
    """Left lines that no label is: an e-mail, a phone number, a line going on from the one
    above (ending on a comma, or opening in lower case)."""
    return (
        sum(
            1
            for left in lefts
            if "@" in left
            or re.search(r"\d\d[ .]?\d\d[ .]?\d\d", left)
            or left.endswith(",")
            or left[:1].islower()
        )
        >= 2
    )


def _running_prose(rights: list[str]) -> bool:
    """A right column of prose running from line to line (long lines, many going on in lower
    case), beside a narrow left one (contacts, key facts): two columns, not a box of values."""
    long_rights = sorted(len(right) for right in rights)[len(rights) // 2]
    running = sum(1 for right in rights if right[:1].islower())
    return long_rights >= 40 and running * 5 >= len(rights) * 2


def split_columns(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines read column by column where the file is set in two (or three: the two on the
    left read in their turn), and the file line number of each; None when no region is."""
    split = _split_once(lines)
    if split is None:
        return None
    out, origin = split
    for _ in range(2):
        # (a right column's lines follow the left's: the left one's own two columns end where it
        # does, never running on through the right's lines below it)
        again = _split_once(out, frozenset(n for n in range(1, len(origin)) if origin[n] < origin[n - 1]))
        if again is None:
            break
        out, origin = again[0], [origin[n - 1] for n in again[1]]
    return out, origin


def _split_once(lines: list[str], stops: frozenset[int] = frozenset()) -> tuple[list[str], list[int]] | None:
    counts = _starts(lines)
    columns = [column for column, count in counts.most_common(4) if count >= _MIN_LINES]
    if not columns:
        return None
    # ("⑨  Title" at 97 over its facts at 101: the column's edge is its items', left of the facts
    # set in under them — tried first)
    columns = [
        c
        for column in columns
        for c in [
            *[n for n in sorted(counts) if column - 6 <= n < column and _item_edge(lines, n)][:1],
            column,
        ]
    ]
    out: list[str] = []
    origin: list[int] = []
    k = 0
    changed = False
    while k < len(lines):
        found = None
        band = _label_band(lines, k)
        if band:
            out += lines[k : k + band]
            origin += range(k + 1, k + band + 1)
            k += band
            continue
        if "   " in lines[k] and not _under_table_rule(lines, k):
            for column in columns:
                region = _region(lines, column, k, stops=stops)
                if region is None or not _two_columns(region[1]):
                    # (the right column's labels at the column, their values further in)
                    inner = next((c for c in columns if 0 < c - column <= 20), None)
                    region = (
                        _region(lines, column, k, inner=inner, stops=stops) if inner is not None else None
                    )
                    region = region if region is not None and _fielded(region[1]) else None
                if region is not None and _two_columns(region[1]):
                    found = region
                    break
            if found is not None:
                # (a right column's values set apart from their labels start further in: "Budget
                # 2026 : 9 000 €" — the gutter is the nearer cut that reads as far down)
                for nearer in sorted(c for c in columns if c < column):
                    region = _region(lines, nearer, k, inner=column, stops=stops)
                    if (
                        region is not None
                        and _fielded(region[1])
                        and _two_columns(region[1])
                        and region[0] >= found[0]
                    ):
                        found, column = region, nearer
                        break
        if found is None:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        changed = True
        # the columns go on over the page break: the left column read down both pages, the
        # page's foot and the next page's head kept between, then the right column
        pieces = [(k, *found)]
        while (following := _next_page_region(lines, found[0], column)) is not None and _goes_on(
            found[1], following[2]
        ):
            found = following[1:]
            pieces.append(following)
        gaps: list[tuple[int, int]] = [(pieces[i][1], pieces[i + 1][0]) for i in range(len(pieces) - 1)]
        for i, (start, _, cuts) in enumerate(pieces):
            for n, (left, _) in enumerate(cuts):
                out.append(left)
                origin.append(start + n + 1)
            if i < len(gaps):
                for n in range(*gaps[i]):
                    out.append(lines[n])
                    origin.append(n + 1)
        if out[-1].strip() and any(right for _, _, cuts in pieces for _, right in cuts[:1]):
            out.append("")  # the left column's last line and the right's first are no paragraph
            origin.append(origin[-1])
        previous_blank = True
        for start, _, cuts in pieces:
            if not previous_blank:
                out.append("")  # (the page break between two pieces of the column: no paragraph)
                origin.append(origin[-1])
                previous_blank = True
            for n, (_, right) in enumerate(cuts):
                if not right and previous_blank:
                    continue  # the right column's gaps beside the prose: one blank line at most
                out.append(right)
                origin.append(start + n + 1)
                previous_blank = not right
        k = found[0]
    return (out, origin) if changed else None


_BAND_LABEL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?: [A-ZÀ-Ý'’-]+){0,3}")


def _label_band(lines: list[str], k: int) -> int:
    """The lines of a band of key facts set across the page ("TERRITOIRE      PORTEUR      DATE"
    over the values, each under its label, a value wrapped once or twice): a grid of fields,
    read as a table is, not columns of text. 0 when line k opens no such band."""
    spans = [lines[k][a:b] for a, b in _spans(lines[k])]
    if len(spans) < 3 or not all(_BAND_LABEL.fullmatch(span) and len(span) <= 30 for span in spans):
        return 0
    if not re.search(r"\S {3,}\S", lines[k].strip()):
        return 0
    end = k + 1
    while end < len(lines) and lines[end].strip() and "\f" not in lines[end]:
        end += 1
    return end - k if 2 <= end - k <= 4 else 0


_PAGE_TURN = 8  # lines at most between two pages' columns: the page's foot, the next one's head


def _goes_on(cuts: list[tuple[str, str]], following: list[tuple[str, str]]) -> bool:
    """Whether the left column's text goes on at the top of the next page's left column (a
    sentence cut by the page break, going on in lower case), not at the top of the right column
    (text that flows from column to column, as a magazine sets it)."""
    lefts = [left.strip(" \f") for left, _ in cuts if left.strip(" \f")]
    nexts = [left.strip(" \f") for left, _ in following if left.strip(" \f")]
    return (
        bool(lefts and nexts) and not lefts[-1].endswith((".", "!", "?", "»", ":")) and nexts[0][:1].islower()
    )


def _next_page_region(
    lines: list[str], end: int, column: int
) -> tuple[int, int, list[tuple[str, str]]] | None:
    """The same two columns going on at the top of the next page, after the page break and the
    lines of page furniture around it (a footer, a running header)."""
    turn = next((n for n in range(end, min(end + _PAGE_TURN, len(lines))) if "\f" in lines[n]), None)
    if turn is None:
        return None
    for start in range(turn, min(end + _PAGE_TURN, len(lines))):
        if not lines[start].strip(" \f"):
            continue
        region = _region(lines, column, start)
        # (the columns' last lines may be few: the page above said where the column is)
        if region is not None and _two_columns(region[1], min_lines=2):
            return (start, *region)
        if sum(1 for n in range(turn, start + 1) if lines[n].strip(" \f")) >= 3:
            return None  # the next page opens on text of its own
    return None
