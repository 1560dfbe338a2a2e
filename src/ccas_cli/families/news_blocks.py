"""A page of news items read from its blocks: each item is anchored on its publication date
("Publié le 12/03/2024", "*Mis à jour le …*") or its category field ("Tags : Jeunesse"), with a
title (the heading above them, or the line right after a date that follows a category line) and
the text below, up to the next item or a line that ends items ("Lire la suite"). Menus, cookie
banners, video blocks, interviews and footers are page furniture, stored as document text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..document.blocks import Block, build_blocks, is_capitals
from ..extract.source import Source
from ..models import News
from ..normalize.dates import day_pattern, month_names
from ..normalize.text import clean_inline, fold
from ..reference import load_reference
from .base import DocumentInfo, LineLedger, Warnings, assign_ids, build_document, source_ref
from .mentions import MoneyWords, euro_budget_lines
from .registry import ParseResult

# "🏠 Logement", "• Mes prestations": a tag led by a pictogram or a bullet, on its own line
# (the reader drops pictograms: "  Logement", set in by the space the pictogram left)
_EMOJI_TAG = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|\s*[•▪·]|\s{1,3}(?=\S))\s*(?P<tag>[^\W\d][^.!?]{1,40})$"
)
# "[Petite enfance] 85 nouvelles places …": a title led by its category in brackets
_BRACKET_CATEGORY = re.compile(r"^\[(?P<category>[^\]\d]{2,40})\]\s+(?P<title>\S.*)$")
_ITEM_FIELD = re.compile(
    r"^\W*(?P<label>[^\W\d][^:*]{1,28}?)\W*\s*:\s*(?P<value>\S.*)$"
)  # "- Date : 02/05/2024"
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # "[words](target)"
# "[Logement] · Depuis le 1er mars": a tag in brackets (no link), then the item's date
_TAG_AND_DATE = re.compile(r"^\[(?P<tag>[^\[\]()]{2,40})\](?!\()\s*[·|•–—]\s*(?P<rest>\S.{2,60})$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # "![alt](source)"


def _linked_title(block: Block) -> bool:
    """A card's title set as one link, wrapped over a few lines ("[Impayés de loyer : …" /
    "… d'expulsion](…)")."""
    joined = " ".join(line.strip() for line in block.lines)
    return (
        block.kind == "paragraph"
        and len(block.lines) <= 3
        and re.fullmatch(r"\[[^\]]{3,200}\]\([^)\s]*\)", joined) is not None
    )


_BOLD_FIGURE = re.compile(r"\*\*([^*]*\d[^*]*)\*\*\s*([^*·|]{0,60})")


@lru_cache(maxsize=1)
def _date_articles() -> str:
    """The articles a date line may set before its day ("le 2 juin 2025"), as alternatives."""
    return "|".join(re.escape(w) for w in load_reference("web-page")["date_articles"])


@lru_cache(maxsize=1)
def _category_link_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_reference("web-page")["category_link_words"])


@lru_cache(maxsize=1)
def _weekdays() -> str:
    return "|".join(re.escape(w) for w in load_reference("web-page")["weekdays"])


@lru_cache(maxsize=1)
def _weekday_stems() -> str:
    """ "jeu", "mar", "lun": the weekdays' first three letters, as an archive abbreviates them."""
    stems = {w[:3] for w in load_reference("web-page")["weekdays"]}
    return "|".join(re.escape(s) for s in sorted(stems))


@lru_cache(maxsize=1)
def _dated_category() -> re.Pattern[str]:
    """ "12/03/2024 | Logement" or "*Petite enfance* · publié le 14 mars 2024": a date and a
    category on one line (the "publié le" words are the family's `date_line_words`)."""
    day = _news_day()
    published = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(load_reference("web-page")["date_line_words"], key=len, reverse=True)
    )
    within = "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(load_reference("web-page")["category_after_date"], key=len, reverse=True)
    )
    published = f"{published}|{_date_articles()}"
    weekday = "|".join(re.escape(w) for w in load_reference("web-page")["weekdays"])
    return re.compile(
        # "12/03/2024 | Logement", "Publié le lundi 2 mars 2037 · *Jeunesse*"
        rf"^(?:(?:(?:{published})\s+)?(?:(?:{weekday})\s+)?{day}\s*[|·•–—-]\s*(?P<category>[^|·•\d]{{2,60}})"
        # ("Communiqué de presse - 18.12.2025": a hyphen set apart by spaces is a dash too)
        rf"|(?P<before>[^|·•\d]{{2,60}}?)\s*(?:[|·•–—]|(?<=\s)-(?=\s))\s*(?:(?:{published})\s+)?{day}"
        # "Publié le 03/02/2025 dans Petite enfance"
        rf"|(?:(?:{published})\s+)?{day}\s+(?:{within})\s+(?P<after>[^|·•\d]{{2,60}}))$",
        re.IGNORECASE,
    )


def _level(block: Block) -> int:
    """The `#` level of a markdown heading, 0 for any other block."""
    line = block.lines[0].lstrip() if block.lines else ""
    marks = len(line) - len(line.lstrip("#"))
    return marks if block.kind == "heading" and 0 < marks <= 6 else 0


def _told_category(body: list[str], labels: set[str]) -> str | None:
    """A post's category as its first lines print it: "Rubrique : Petite enfance", "🏷️
    Catégorie : Parentalité", or a few words after a mark ("📂 Vacances et loisirs"); `labels`
    the family's category labels, folded."""
    for line in body[:2]:
        if line.strip().startswith("#"):
            continue  # (hashtags, the thread's words)
        text = re.sub(r"^[^\w«]+", "", line).strip()
        labelled = re.match(r"^([^:]{2,30}?)\s*:\s*(\S.{1,50})$", text)
        if labelled and fold(labelled[1]) in labels:
            return labelled[2].strip()
        # (the mark may come as spaces: a reader that drops pictographs keeps their place)
        if (
            text != line
            and 1 <= len(text.split()) <= 5
            and not re.search(r"[.!?:…#\d]", text)  # (never the counters "💬 2   🔁 5")
            and re.search(r"[^\W\d_]{3,}", text)
        ):
            return text
    return None


def _goes_on(title: str) -> bool:
    """A post's first line that is a sentence going on ("Pour en profiter, aucune démarche : si
    vous …"): no title of its own."""
    text = re.sub(r"^[^\w«]+", "", title).strip()
    return not is_capitals(text) and (len(text) > 100 or text.rstrip().endswith((".", "!", "?", "…")))


def _bold_line(block: Block) -> bool:
    """A block set in bold as a whole ("**Title : subtitle**"), on one line or wrapped on two."""
    line = " ".join(line.strip() for line in block.lines) if len(block.lines) <= 2 else ""
    return len(line) > 4 and line.startswith("**") and line.endswith("**") and "**" not in line[2:-2]


_BULLET = re.compile(r"^\s*[*\-•]\s+")


def _badge(text: str) -> str:
    """The words of a line that is one markdown link ("[Logement](/theme/logement)"), or a tag
    set as code ("`Logement`")."""
    if re.fullmatch(r"`[^`]{2,40}`", text.strip()):
        return text.strip().strip("`").strip()
    # "`Accès aux droits` `Partenaires`": the tags of an item, the first its category
    tags = re.fullmatch(r"`([^`]{2,40})`(?:\s+`[^`]{2,40}`)+", text.strip())
    if tags:
        return tags[1].strip()
    # "#Rentrée #Scolarité": hashtags, the first the item's category as for code-set tags
    hashtags = re.fullmatch(r"#([^\W\d_][\w'’-]{1,39})(?:\s+#[^\W\d_][\w'’-]{1,39})*", text.strip())
    if hashtags:
        return hashtags[1]
    link = re.fullmatch(r"\[([^\]]{2,40})\]\([^)\s]*\)", text)
    # (a badge is a few words — "[Animation de la vie sociale](…?theme=avs)" links to its theme;
    # "[Consulter l'appel à projets](…)" is an action, left as printed)
    target = fold(text[text.find("](") :]) if link else ""
    themed = any(w in target for w in _category_link_words())
    return link[1].strip() if link and (len(link[1].split()) <= 3 or themed) else text


def _filter_link(text: str) -> bool:
    """ "[Forum](/agenda?type=forum)": a link alone on its line to the page filtered by a theme
    or a type (`category_link_words` as a query key or a path folder)."""
    link = re.fullmatch(r"\[([^\]]{2,40})\]\(([^)\s]*)\)", text.strip())
    if not link:
        return False
    words = "|".join(re.escape(w) for w in _category_link_words())
    return re.search(rf"(?:[?&](?:{words})=|/(?:{words})s?/)", link[2].lower()) is not None


def _singular(folded: str) -> str:
    """Folded words without their plural mark ("appels a projets" and "appel a projet" alike)."""
    return " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in folded.split())


def _bracketed(text: str) -> str | None:
    """ "[Animation de la vie sociale]": the words of a tag printed in brackets, with no link."""
    tag = re.fullmatch(r"\[([^\[\]()]{2,40})\]", text.strip())
    return tag[1].strip() if tag else None


def _link_text(text: str) -> str:
    """ "[Lire la suite](/gard/…)": the words of a markdown link, folded."""
    return fold(_LINK.sub(r"\1", text).strip(" →>»"))


@lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    months = "|".join(re.escape(m) for m in month_names())
    return re.compile(rf"(?:{months})\s+(?:19|20)\d\d", re.I)


@lru_cache(maxsize=1)
def _post_day() -> re.Pattern[str]:
    """A post's date as a social network prints it: "5 h", "3 j", "19 sept.", "2 septembre"."""
    months = "|".join(re.escape(m) for m in month_names())
    data = load_reference("web-page")
    units = "|".join(re.escape(u) for u in data["post_date_units"])
    openers = "|".join(re.escape(o) for o in data["post_date_openers"])
    return re.compile(
        rf"(?:(?:{openers})\s+)?"
        rf"(?:\d{{1,2}}\s*(?:{units})|\d{{1,2}}\s+(?:{months})(?:\s+(?:19|20)\d\d)?|{_news_day()})?"
        # ("6 janvier à 09:12", "Hier à 18:30": the hour after the day)
        r"(?:\s*à\s+\d{1,2}[:h]\d{2})?",
        re.I,
    )


@lru_cache(maxsize=1)
def _date() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({_news_day()})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _news_day() -> str:
    """A printed day, or one a site prints relative to the reading ("Hier", "Il y a 3 jours")."""
    data = load_reference("web-page")
    words = "|".join(re.escape(w).replace("'", "['’]") for w in data["relative_dates"])
    units = "|".join(re.escape(w) for w in sorted(data["relative_date_units"], key=len, reverse=True))
    months = "|".join(re.escape(m) for m in sorted(month_names(), key=len, reverse=True))
    # ("12 mars", "26 févr.": an app's date of this year, no year printed)
    this_year = rf"\d{{1,2}}(?:er)?\s+(?:{months})(?![\w.])(?!\s*\d)"
    # ("[14/03/2025] | Logement": a converter's brackets around the date)
    return rf"\[?(?:{day_pattern()}|{words}|il\s+y\s+a\s+\d{{1,2}}\s*(?:{units})(?!\w)|{this_year})\]?"


# "du 19 au 23 octobre 2026", "les mercredis 2 et 9 decembre 2026" (folded): a span of days
_EVENT_SPAN = re.compile(
    r"^(?:(?:du|les)\s+)?(?:[a-z]+\s+)?\d{1,2}(?:er)?\s+(?:[a-z]+\s+)?(?:au|et)\s+(?:[a-z]+\s+)?\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d$"
)
# "15/09/2026 · [Title](…) — Category": a news item on one list line (the category optional)
_LISTED_NEWS = re.compile(
    r"^(?P<date>[^\[\]]{6,40}?)\s*[·|—–-]\s*\[(?P<title>[^\]]{5,300})\]\([^)]*\)"
    r"(?:\s*[—–|·-]\s*(?P<category>[^\[\]]{2,60}))?\s*$"
)


# "17/03 – Title", "12.03.2026 - Title": a news item on one line of its own, its date first
_DATED_LINE = re.compile(r"^(?P<date>[^–—]{3,30}?)\s+[–—-]\s+(?P<title>\S.{5,})$")
_AGENDA_DAY = re.compile(r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?")  # "10", "24-27" over the month
_NUMBERED_TITLE = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # "2. APPEL À PROJETS …": an issue's item number


_CARD_RULE = re.compile(r"[─━—–=_*-]{6,}")  # "────────────": a rule between cards
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")  # "17/03": the year above


class NewsBlocksReader:
    def __init__(self, source: Source, info: DocumentInfo, name: str, version: str):
        self.date_placeholders = frozenset(fold(w) for w in load_reference(name).get("date_placeholders", []))
        self.source, self.info, self.name, self.version = source, info, name, version
        vocab = load_reference(name)
        self.date_words = [fold(w) for w in vocab["date_line_words"]]
        self.category_labels = {fold(w) for w in vocab["category_labels"]}
        self.item_end = {fold(w) for w in vocab["item_end_lines"]}
        self.link_marks = tuple(vocab["link_marks"])
        self.action_words = {fold(w) for w in vocab["action_link_words"]}
        self.media_titles = tuple(fold(w) for w in vocab["media_titles"])
        self.page_block_titles = tuple(fold(w) for w in vocab["page_block_titles"])
        self.event_boxes = {fold(w) for w in vocab["event_box_titles"]}
        self.event_box_ends = [fold(w) for w in vocab["event_box_ends"]]
        self.pagination = [fold(w) for w in vocab["pagination_words"]]
        self.vocab_table = {
            key: {fold(w) for w in words} for key, words in vocab["news_table_columns"].items()
        }
        badges = {fold(w) for w in vocab["status_badges"]}
        self.ledger = LineLedger(source)
        # "Nouveau" between a card's category and its title: a badge of the card, read as page
        # furniture and left out of the blocks the items are found in
        self.blocks: list[Block] = []
        self.titled: set[int] = set()  # ids of "Titre : …" fields read as their item's title
        title_labels = {fold(w) for w in vocab["title_labels"]}
        mail_labels = {fold(w) for w in vocab["mail_header_labels"]}
        built = build_blocks(source, line_paragraphs=True)
        # "De : …", "Objet : …", "À : …" atop a newsletter saved from a mail client, two or more:
        # the message's header, no item
        mail = next(
            (n for n, b in enumerate(built) if b.kind != "field" or fold(b.label or "") not in mail_labels),
            len(built),
        )
        for b in built[: mail if mail >= 2 else 0]:
            self.ledger.take(b.first, b.last)
        for b in built[mail if mail >= 2 else 0 :]:
            if b.kind == "field" and fold(b.label or "") in title_labels and b.value:
                # "Titre : Médiation familiale : …" in a feed's entry: the entry's title, its
                # labelled date and category below it
                b = Block("heading", b.first, b.last, clean_inline(b.value), lines=b.lines)
                self.titled.add(id(b))
            if (
                b.kind in ("paragraph", "heading")
                and len(b.lines) == 1
                and not b.lines[0].lstrip().startswith("#")
                and fold(b.text.strip(" *_[]`")) in badges
            ):
                self.ledger.take(b.first, b.last)
                continue
            if (
                b.kind == "field"
                and b.lines
                and _BULLET.match(b.lines[0])
                and fold(b.label or "") not in self.category_labels | title_labels
                and not any(fold(b.label or "").startswith(w) for w in self.date_words)
                and (b.value or "")[:1].islower()
            ):
                # "* Lieux d'accueil enfants-parents : trois nouveaux LAEP …" wrapped over two
                # lines: a listed title with a colon, not a field
                text = clean_inline(_BULLET.sub("", " ".join(line.strip() for line in b.lines)))
                b = Block("item", b.first, b.last, text, level=0, lines=b.lines)
            previous = self.blocks[-1] if self.blocks else None
            if (
                previous is not None
                and previous.kind == "field"
                and not (previous.value or "").strip()
                and fold(previous.label or "") not in self.category_labels | title_labels
                and b.kind == "paragraph"
                and b.first == previous.last + 1
                and len(b.lines) <= 2
            ):
                # "Centres sociaux et espaces de vie sociale :" / "un guide pour …": a title a
                # column wraps after its colon, not a label over its value
                lines = previous.lines + b.lines
                text = clean_inline(" ".join(line.strip() for line in lines))
                self.blocks[-1] = Block("paragraph", previous.first, b.last, text, lines=lines)
                continue
            previous = self.blocks[-1] if self.blocks else None
            if (
                previous is not None
                and previous.kind == b.kind == "heading"
                and len(previous.lines) == len(b.lines) == 1
                and b.first == previous.last + 1
                and previous.lines[0].strip().startswith("**")
                and previous.lines[0].count("**") == 1
                and b.lines[0].strip().endswith("**")
                and b.lines[0].count("**") == 1
            ):
                # "**PRIME D'ACTIVITÉ ET RSA : UN AN DE DÉCLARATIONS" / "TRIMESTRIELLES
                # PRÉREMPLIES**": one title in bold, wrapped
                lines = previous.lines + b.lines
                text = clean_inline(" ".join(line.strip() for line in lines))
                self.blocks[-1] = Block("heading", previous.first, b.last, text, lines=lines)
                continue
            tagged = (
                _TAG_AND_DATE.match(b.text.strip()) if b.kind == "paragraph" and len(b.lines) == 1 else None
            )
            if tagged:
                # "[Logement] · Depuis le 1er mars": the item's category, then its date
                self.blocks.append(
                    Block("paragraph", b.first, b.last, f"[{tagged['tag']}]", lines=[f"[{tagged['tag']}]"])
                )
                self.blocks.append(
                    Block("paragraph", b.first, b.last, tagged["rest"], lines=[tagged["rest"]])
                )
                continue
            run_in = self._run_in_news(b)
            if run_in:
                self.blocks.extend(run_in)
                continue
            self.blocks.extend(self._dated_item(b))
        self.warnings = Warnings()
        self.doc_sections: dict[str, str] = {}
        self._card_texts: dict[int, str] = {}  # an item's text, by its card's block
        self._title_parts: set[int] = set()  # the second lines of titles wrapped over two

    def dated_category(self, block: Block) -> str | None:
        """The category of a "12/03/2024 | Logement" line (a date, a separator, a category)."""
        # a one-line field ("**Habitat** – 4 février 2025") is read as printed
        text = clean_inline(block.lines[0]) if block.kind == "field" and len(block.lines) == 1 else block.text
        # "[Petite enfance](/actualites?theme=…) — Publié le 7 mars 2025": a badge, read as its words
        text = _LINK.sub(r"\1", text)
        match = _dated_category().match(clean_inline(text).replace("`", "").strip(" *_"))
        if not match or (block.kind == "heading" and block.lines[0].lstrip().startswith("#")):
            return None  # ("PETITE ENFANCE | 18.03.2037" in capitals reads as a heading: it is not)
        category = (match["category"] or match["before"] or match["after"]).strip(" *_[]`«»")
        labelled = re.match(r"^(?P<label>[^:]{2,30}?)\s*:\s*(?P<value>\S.*)$", category)
        if labelled and fold(labelled["label"]) in self.category_labels:
            return labelled["value"]  # "Catégorie : Appels à projets | 20/02/2025"
        return category

    def is_date(self, block: Block) -> bool:
        if self.dated_category(block):
            return True
        if len(block.lines) == 1 and fold(block.text.strip(" *_`")) in self.date_placeholders:
            return True  # "Date à préciser": an event's date line, its day not set yet
        key = fold(block.text.strip(" *_`"))  # "_Publié le 14 janvier 2025_"
        # ("Le 12 novembre 2024 —" over the item's text: the dash leads into it)
        bare = re.sub(rf"^(?:{_date_articles()})\s+", "", block.text.strip(" *_"), flags=re.I).rstrip(" —–-:")
        bare = re.sub(rf"^(?:{_weekdays()})\s+", "", bare, flags=re.I)  # "Mercredi 12 février 2025"
        if len(block.lines) == 1 and _month_year().fullmatch(bare):
            return True  # "Octobre 2024": a month's date alone on its line
        # an event's date: "Le mardi 13 octobre 2026, de 14 h à 17 h", "Du 19 au 23 octobre 2026",
        # "Les mercredis 2 et 9 décembre 2026" — its hours dropped, its span of days read
        timed = re.sub(r",?\s+(?:de|à|dès)\s+\d{1,2}\s*h\b.*$", "", bare, flags=re.I)
        # ("Le 2 avril 2026, 14h00 – 15h30", "Le 13 janvier 2026, 17 h 30": its hour after a comma)
        timed = re.sub(r",\s*\d{1,2}\s*h(?:\s*\d{2})?\b.*$", "", timed, flags=re.I)
        if (
            len(block.lines) == 1
            and len(block.text) < 90
            and (
                (timed != bare and _date().fullmatch(timed) is not None)
                or _EVENT_SPAN.match(fold(timed)) is not None
            )
        ):
            return True
        # "📅 25 août 2026 · 🕑 9 h 30 – 11 h 30 · 📍 Espace France services": an event's date,
        # then its hours and place, parted by dots
        head = re.split(r"\s+[·|]\s+", bare, maxsplit=1)
        if (
            len(block.lines) == 1
            and len(head) == 2
            and len(block.text) < 160
            and (_date().fullmatch(head[0]) is not None or _EVENT_SPAN.match(fold(head[0])) is not None)
        ):
            return True
        return (
            len(block.text) < 80
            and bool(_date().search(block.text.strip(" *_`")))
            and (
                any(key.startswith(w) for w in self.date_words)
                # "17/06/2025", "Le 8 janvier 2027": a date alone on its line
                or _date().fullmatch(bare) is not None
            )
        )

    def _bold_title(self, block: Block) -> bool:
        """ "**Point conseil budget : une permanence de plus**": a title set in bold, read as a
        field for its colon (a category or date line in bold is none)."""
        return (
            block.kind in ("field", "paragraph")
            and _bold_line(block)
            and not self.is_category(block)
            and not self.is_date(block)
            and fold(block.label or "") not in self.category_labels
        )

    def is_category(self, block: Block) -> bool:
        if block.kind == "item":  # "- Thématique : Insertion professionnelle"
            item = _ITEM_FIELD.match(block.text)
            return item is not None and fold(item["label"]) in self.category_labels
        # ("Thèmes : #Logement #Jeunesse": tags closing the item above, read with it)
        return (
            block.kind == "field"
            and fold(block.label or "") in self.category_labels
            and not (block.value or "").lstrip().startswith("#")
        )

    def _category_line(self, block: Block) -> bool:
        """A category printed alone above an item: a few words, no punctuation, not a date."""
        text = _badge(block.text.strip(" *_`"))  # "[Petite enfance](/actualites/theme/…)": a badge
        text = _bracketed(text) or text  # "[Animation de la vie sociale]": a tag, no link
        if (
            text != block.text.strip(" *_`")
            and fold(text).split()[:1]
            and fold(text).split()[0] in self.action_words
        ):
            return False  # "[Voir la carte](…)": an action under the item above
        plain_heading = block.kind == "heading" and not block.lines[0].lstrip().startswith("#")
        return (
            (block.kind == "paragraph" or plain_heading)  # "`JEUNESSE`" reads as capitals
            and len(block.lines) == 1
            and 2 < len(text) <= 40
            and text[-1:].isalpha()
            and not self.is_date(block)
            and _link_text(text) not in self.item_end
        )

    def _run_in_news(self, block: Block) -> list[Block]:
        """ "18 DÉCEMBRE 2024 — ACCÈS AUX DROITS. Title. Its summary …": an item told in one
        paragraph, its date and category first, its title the first sentence after them — read
        as the date and category line, the title and the summary."""
        if block.kind != "paragraph":
            return []
        run = re.match(
            rf"^(?P<head>(?i:{_news_day()})\s+[—–-]\s+(?P<category>[^.!?a-zà-ÿ]{{3,60}}?))\.\s+"
            r"(?P<title>[^.!?]{5,220}?[.!?])\s+(?P<rest>\S.*)$",
            block.text,
        )
        if run is None or not run["category"].strip().isupper():
            return []
        head = Block("paragraph", block.first, block.first, run["head"], lines=[run["head"]])
        title = run["title"].strip().removesuffix(".")
        return [
            head,
            Block("paragraph", block.first, block.first, title, lines=[title]),
            Block("paragraph", block.first, block.last, run["rest"], lines=[run["rest"]]),
        ]

    def _dated_item(self, block: Block) -> list[Block]:
        """ "* Semaine de la parentalité : …" / "  Publié le 14/01/2026" / "  Cafés des parents, …":
        a list item holding its title, its date line and its excerpt (a text browser's dump) is
        read as the three."""
        # (or a title with a colon, read as a field, its "value" run on over the date line under it)
        # ("3 | Title" / "Publié le 20/05/2025" / "[Petite enfance]" set as one paragraph: the
        # title over its date line, the category under it)
        if block.kind == "paragraph" and len(block.lines) == 1:
            line = block.lines[0].strip()
            tagged = re.fullmatch(r"(?P<date>\S.*?\S)\s{2,}\[(?P<tag>[^\[\]()]{2,40})\]", line)
            if tagged:
                date = clean_inline(tagged["date"])
                dated = Block("paragraph", block.first, block.last, date, lines=[date])
                if self.is_date(dated):
                    # "Publié le 27/05/2025    [Insertion – RSA]": the date, its category after a gap
                    tag = f"[{tagged['tag']}]"
                    return [dated, Block("paragraph", block.first, block.last, tag, lines=[tag])]
        if block.kind not in ("item", "field", "paragraph") or len(block.lines) < 2:
            return [block]
        for j, line in enumerate(block.lines[1 : 4 if block.kind != "paragraph" else 3], 1):
            text = clean_inline(line.strip())
            # "Publié le 27/05/2025    [Insertion – RSA]": the date, its category after a gap
            tagged = re.fullmatch(r"(?P<date>\S.*?\S)\s{2,}\[(?P<tag>[^\[\]()]{2,40})\]", line.strip())
            if tagged:
                text = clean_inline(tagged["date"])
            dated = Block("paragraph", block.first + j, block.first + j, text, lines=[line])
            if self.is_date(dated) and any(fold(text).startswith(w) for w in self.date_words):
                head = block.lines[:j]
                title = clean_inline(_BULLET.sub("", " ".join(h.strip() for h in head)))
                kept = Block("item", block.first, block.first + j - 1, title, level=block.level, lines=head)
                if block.kind != "item":
                    kept = Block("paragraph", kept.first, kept.last, title, lines=head)
                parts = [kept, dated]
                if tagged:
                    tag = f"[{tagged['tag']}]"
                    parts.append(Block("paragraph", dated.first, dated.last, tag, lines=[tag]))
                rest = block.lines[j + 1 :]
                if rest:
                    body = clean_inline(" ".join(r.strip() for r in rest))
                    parts.append(Block("paragraph", block.first + j + 1, block.last, body, lines=rest))
                return parts
        return [block]

    def _printed_above(self, upper: Block, lower: Block) -> bool:
        """Whether the file prints one block right above the other: two columns read one after
        the other put the left column's last line above the right column's first."""
        return (
            self.source.file_span(upper.first, upper.last)[1] + 2
            >= self.source.file_span(lower.first, lower.last)[0]
            >= self.source.file_span(upper.first, upper.last)[1]
        )

    def _wrapped_title(self, blocks: list[Block], k: int) -> bool:
        """A title a narrow column wraps over two or three lines, its excerpt below it."""
        block = blocks[k]
        return (
            block.kind in ("paragraph", "field")
            and not self.is_category(block)
            and 2 <= len(block.lines) <= 3
            and len(block.text) <= 160
            and not block.text.rstrip().endswith((".", ":"))
            and k + 1 < len(blocks)
            and blocks[k + 1].kind == "paragraph"
            and len(blocks[k + 1].text) > 120
        )

    def _wrapped_above(self, k: int) -> int | None:
        """The title wrapped over two or three lines right above date line k, after the item
        before it (or a one-line filter bar, a heading over the list)."""
        blocks = self.blocks
        if k == 0:
            return None
        above = blocks[k - 1]
        if (
            above.kind in ("paragraph", "field")
            and 2 <= len(above.lines) <= 3
            and len(above.text) <= 200
            and not above.text.rstrip().endswith((".", ":"))
            and not self.is_category(above)
            and (
                k == 1
                or blocks[k - 2].kind == "furniture"
                or _link_text(blocks[k - 2].text) in self.item_end
                or len(blocks[k - 2].lines) == 1
            )
        ):
            return k - 1
        return None

    def _short_line(self, block: Block | None) -> bool:
        return (
            block is not None
            and block.kind in ("paragraph", "heading", "field")
            and not self.is_category(block)
            and len(block.lines) == 1
            and len(block.text) <= 200
        )

    def _one_line_title(self, block: Block | None) -> bool:
        """A short line closing on neither a sentence's stop nor a label's colon (nor a comma:
        a wrapped line of text, its sentence going on below)."""
        return (
            block is not None
            and self._short_line(block)
            and not block.text.rstrip().endswith((".", ":", ",", ";"))
        )

    def _date_under_title(self, k: int) -> bool:
        """Line k a bare date (no category of its own) right under a one-line title."""
        blocks = self.blocks
        return (
            k >= 2
            and self.is_date(blocks[k])
            and not self.dated_category(blocks[k])
            and blocks[k - 1].kind in ("paragraph", "field")
            and self._one_line_title(blocks[k - 1])
        )

    def _category_below(self, k: int) -> bool:
        """The date line k over a category line ("Familles", "Thème : Emploi") over the text."""
        # (a page break between them: the printed page's header and footer are no text)
        blocks = [b for n, b in enumerate(self.blocks) if n <= k or b.kind != "furniture"]
        if k + 2 >= len(blocks):
            return False
        below, text = blocks[k + 1], blocks[k + 2]
        return (self._category_line(below) or self.is_category(below)) and (
            len(text.text) > 120 or _link_text(text.text) in self.item_end
        )

    def _titles_over_dates_over_categories(self) -> int:
        """How many date lines have a title line above them and a category line below."""
        if not hasattr(self, "_tdc"):
            self._tdc = sum(
                1
                for k, block in enumerate(self.blocks)
                if k > 0
                and self.is_date(block)
                and self.dated_category(block) is None
                and (self._short_line(self.blocks[k - 1]) or self._wrapped_above(k) is not None)
                and self._category_below(k)
            )
        return self._tdc

    def _tags_below(
        self, anchors: list[tuple[int, int | None, int | None, int | None]]
    ) -> list[tuple[int, int | None, int | None, int | None]]:
        """ "[Logement]" right under an item's date (a page's badge): its category, rather than
        a heading far above the items."""
        out: list[tuple[int, int | None, int | None, int | None]] = []
        for title, category, date, first in anchors:
            under = (date if date is not None else title) + 1
            if (
                under < len(self.blocks)
                and len(self.blocks[under].lines) == 1
                and _bracketed(self.blocks[under].text.strip()) is not None
                and (category is None or category < title)
            ):
                category = under
            out.append((title, category, date, first))
        return out

    def _closing_categories(
        self, anchors: list[tuple[int, int | None, int | None, int | None]]
    ) -> list[tuple[int, int | None, int | None, int | None]]:
        """Items that close on their categories ("**Thématiques :** Logement, Jeunesse" under
        their text): the field right over each next title is the item's above, not the next one's
        — when the first item has none over its title and the last closes on one too."""

        def labelled(j: int | None) -> bool:
            return (
                j is not None
                and self.blocks[j].kind == "field"
                and fold(self.blocks[j].label or "") in self.category_labels
            )

        def closing(n: int) -> int | None:
            end = anchors[n + 1][0] if n + 1 < len(anchors) else len(self.blocks)
            inside = [j for j in range(anchors[n][0] + 1, end) if self.blocks[j].kind == "heading"]
            last = (inside[0] if inside else end) - 1
            while last > anchors[n][0] and self.blocks[last].kind == "furniture":
                last -= 1  # ("---" over the page's footer)
            return last if labelled(last) else None

        above = [a for a in anchors[1:] if a[1] == a[0] - 1 and labelled(a[1])]
        if len(anchors) < 3 or anchors[0][1] is not None or len(above) < len(anchors) - 2:
            return anchors
        if any(closing(n) is None for n in range(len(anchors))):
            return anchors
        out: list[tuple[int, int | None, int | None, int | None]] = []
        for n, (title, _, date, _) in enumerate(anchors):
            if date is None:
                date = next(
                    (
                        j
                        for j in range(title + 1, min(title + 4, len(self.blocks)))
                        if self.is_date(self.blocks[j])
                    ),
                    None,
                )
            out.append((title, closing(n), date, title))
        return out

    def anchors(self) -> list[tuple[int, int | None, int | None, int | None]]:
        """(title, category, date, first) block indexes of each item, in order."""
        found: dict[int, tuple[int, int | None, int | None, int | None]] = {}
        blocks = self.blocks
        printed_twice = self._printed_twice()
        for k, block in enumerate(blocks):
            if id(block) not in self.titled:
                continue
            # a feed's entry: "Titre : …" over "Publié : …" (any date format), "Rubrique : …"
            date = category = None
            for j in range(k + 1, min(k + 5, len(blocks))):
                if blocks[j].kind != "field" or id(blocks[j]) in self.titled:
                    break
                label = fold(blocks[j].label or "")
                if date is None and any(label == w.strip(" :") for w in self.date_words):
                    date = j
                elif category is None and label in self.category_labels:
                    category = j
            if date is not None or category is not None:
                found[k] = (k, category, date, k)
        taken = {j for t, (_, c, d, _) in found.items() for j in (t, c, d) if j is not None}
        for k, block in enumerate(blocks):
            if k in taken or not (self.is_date(block) or self.is_category(block)):
                continue
            if (
                block.kind == "item"
                and re.search(r"[,;]\s*\S", block.text.rstrip(" ;.")) is not None
                and any(blocks[j].kind == "item" for j in (k - 1, k + 1) if 0 <= j < len(blocks))
            ):
                continue  # ("- mardi 11 juin, 20 h, médiathèque …" among others: an item's agenda)
            # Heading above: "## Title" / "Tags : X" / "*Publié le …*"
            above = next(
                (
                    j
                    for j in range(k - 1, max(k - 4, -1), -1)
                    if (blocks[j].kind == "heading" or self._bold_title(blocks[j]))
                    and not self._badge_under(j)
                ),
                None,
            )
            if above is not None and k - above == 3 and not self._badge_under(above + 1):
                above = None
            below = blocks[k + 1] if k + 1 < len(blocks) else None
            if (
                above is None
                and self.is_date(block)
                and not self.dated_category(block)
                and k + 3 < len(blocks)
            ):
                # "12/05/2026" / "🏠 Logement" / "Title" / its text (a phone's layout): the date
                # first, then the tag, then the title; or the date right over the title
                pictured, phone_title, phone_text = blocks[k + 1], blocks[k + 2], blocks[k + 3]
                tagged = (
                    _EMOJI_TAG.match((pictured.lines[0] if pictured.lines else pictured.text).rstrip())
                    is not None
                    and len(pictured.text.split()) <= 5
                    and self._one_line_title(phone_title)
                    and len(phone_text.text) > 80
                )
                if tagged:
                    found[k + 2] = (k + 2, k + 1, k, k)
                    continue
            if (
                (above is None or above == k - 2)
                and self._date_under_title(k)
                and not self._card_tag(blocks[k - 1].text)
                and self._card_tag(blocks[k - 2].text)
                and blocks[k - 2].last + 1 == blocks[k - 1].first
            ):
                # "JEUNESSE" / "Bafa : la Caf … porte son aide à 250 €" / "Publié le 12 mars 2026":
                # a tag in capitals over the title over its date, a page copied from a browser
                found[k - 1] = (k - 1, k - 2, k, k - 2)
                continue
            if (
                above is None
                and self.dated_category(block)
                and below is not None
                and below.kind in ("paragraph", "field")
                and len(below.lines) <= 2
                and len(below.text) <= 200
                and not below.text.rstrip().endswith((".", ":", ";", ","))
                and not (below.lines and below.lines[0].lstrip().startswith("["))
                and any(_link_text(b.text) in self.item_end for b in blocks[k + 2 : k + 6])
                and not any(self.dated_category(b) for b in blocks[k + 2 : k + 4])
            ):
                # "Petite enfance | 29 février 2024" / "Quimper : un relais …" (wrapped) / its text
                # / "En savoir plus ›": a card, its line of category and date over its title
                found[k + 1] = (k + 1, None, k, k)
                continue
            if (
                k >= 2
                and self.is_date(block)
                and len(block.text) <= 40
                and not self.dated_category(block)
                and self._card_tag(blocks[k - 2].text)
                and blocks[k - 1].kind in ("paragraph", "field")
                and len(blocks[k - 1].lines) <= 3
                and len(blocks[k - 1].text) <= 200
                and not blocks[k - 1].text.rstrip().endswith((".", ":", ";", ","))
                and any(_link_text(b.text) in self.item_end for b in blocks[k + 1 : k + 4])
            ):
                # "VIE DE LA CAF" / "Accueil sur rendez-vous : de" / "nouveaux créneaux à …" /
                # "19/01/2026" / its text / "Lire la suite ›": a card set apart by blank lines, its
                # tag over its title (wrapped) over its date, a page printed in a grid
                found[k - 1] = (k - 1, k - 2, k, k - 2)
                continue
            if (
                above is None
                and self._date_under_title(k)
                and blocks[k - 1].first == block.first - 1
                and blocks[k - 2].last + 1 < blocks[k - 1].first  # (a blank line above the title)
                # (the item above closed by its sentence, or by its link: "Lien : https://…")
                and (
                    blocks[k - 2].text.rstrip().endswith((".", "!", "?", "»"))
                    or re.search(r"\shttps?://\S+$", blocks[k - 2].text) is not None
                )
                and k + 1 < len(blocks)
                and blocks[k + 1].first == block.last + 1
                and len(blocks[k + 1].text) > 80
                and blocks[k + 1].text.rstrip().endswith((".", "!", "?", "…"))
            ):
                # (an item with no tag between tagged ones: its title right after the blank line
                # closing the item above, its date, its text)
                found[k - 1] = (k - 1, None, k, k - 1)
                continue
            if (
                above is None
                and self.is_category(block)
                and not self.is_date(block)
                and below is not None
                and (_level(below) > 0 or self._bold_title(below))
            ):
                # "Rubrique : Petite enfance" / "## Title", under no title of its own: the
                # category of the item titled right below it (a date under that title says it)
                found[k + 1] = (k + 1, k, None, k)
                continue
            if (
                above is not None
                and self.dated_category(block)
                and below is not None
                and below.kind == "heading"
                and _level(below) > _level(blocks[above]) > 0
            ):
                # "## À la une" / "PETITE ENFANCE | 18.03.2037" / "### Title": the line with its
                # own category and date opens the item titled below it, under a section heading
                found[k + 1] = (k + 1, None, k, k)
                continue
            bold_below = (
                below is not None
                and below.kind in ("heading", "field")
                and len(below.lines) == 1
                and below.lines[0].lstrip().startswith("**")
                and not self.dated_category(below)
            )
            if (
                self.dated_category(block)
                and below is not None
                and k > 0
                and (
                    bold_below  # "**Habitat** – 4 février 2025" over "**Title**"
                    or (
                        _level(below) > 0
                        and (above is None or _level(blocks[above]) == 0)
                        and _level(blocks[k - 1]) == 0
                    )
                )
            ):
                # "À LA UNE" / "12 mars 2026 · Autonomie" / "## Title": a markdown heading right
                # under the date line is the item's title, not the plain line above it
                found[k + 1] = (k + 1, None, k, k)
                continue
            if (
                above == k - 1
                and self.dated_category(block)
                and below is not None
                and self._one_line_title(below)
                # a title opens on a word, not on a link or a button ("[▶ Lancer la vidéo](…)")
                and (below.text[:1].isalnum() or below.text[:1] in '«"“')
                and not (below.lines and below.lines[0].lstrip().startswith("["))
                and k + 2 < len(blocks)
                and len(blocks[k + 2].text) > 120
            ):
                # "TOUTES LES ACTUALITÉS" / "Autonomie · 11 mars 2025" / "Title" / its text: the
                # line with its own category and date opens the item titled below it
                found[k + 1] = (k + 1, None, k, k)
                continue
            after_title = blocks[k + 2] if k + 2 < len(blocks) else None
            if (
                k > 1
                and self.is_date(block)
                and not self.dated_category(block)
                and k - 1 not in found
                and self._category_line(blocks[k - 2])
                and len(blocks[k - 2].text.split()) <= 4
                and blocks[k - 1].kind in ("paragraph", "field")
                and len(blocks[k - 1].lines) == 1
                and len(blocks[k - 2].text) + 10 < len(blocks[k - 1].text) <= 200
                # ("[Petite enfance] Title": its category in brackets, none above it)
                and _BRACKET_CATEGORY.match(blocks[k - 1].text.strip()) is None
                and not blocks[k - 1].text.rstrip().endswith((".", ":", ";"))
                and below is not None
                and below.kind == "paragraph"
                and len(below.text) >= 80
            ):
                # "Petite enfance" / "Mode de garde : ce qui change …" / "Publié le 7 avril 2025" /
                # its text: the category, the title, then its date
                found[k - 1] = (k - 1, k - 2, k, k - 2)
                continue
            if (
                k > 0
                and self.is_date(block)
                and not self.dated_category(block)
                and (above == k - 1 or above is None)
                and self._category_line(blocks[k - 1])
                and self._printed_above(blocks[k - 1], block)
                and not (blocks[k - 1].lines and blocks[k - 1].lines[0].lstrip().startswith("#"))
                # (where the page sets titles over dates over categories, a category below this
                # date says the short line above is its title)
                and not (self._category_below(k) and self._titles_over_dates_over_categories() >= 3)
                and below is not None
                # (a title wrapped over two or three lines, as a column prints it)
                and (
                    self._short_line(below)
                    or (
                        below.kind in ("paragraph", "field")
                        and len(below.lines) <= 3
                        and len(below.text) <= 200
                    )
                )
                and not below.text.rstrip().endswith((".", ":"))
                and not self.is_date(below)
                and (
                    after_title is None
                    or len(after_title.text) > 120
                    or _link_text(after_title.text) in self.item_end
                    or after_title.kind == "furniture"
                    # a text of a few lines, however short ("Les demandes … avant la séance.")
                    or (
                        after_title.kind == "paragraph"
                        and len(after_title.lines) >= 2
                        and after_title.text.rstrip().endswith((".", "…", "!"))
                    )
                    # no text: the next card's category over its date (a card cut by the page)
                    or (
                        self._category_line(after_title)
                        and k + 3 < len(blocks)
                        and self.is_date(blocks[k + 3])
                        and not self.dated_category(blocks[k + 3])
                    )
                )
            ):
                # "FINANCEMENT" / "04.03.2026" / "Title" / its text: a page copied from a browser,
                # the category over the date over the title
                found[k + 1] = (k + 1, k - 1, k, k - 1)
                continue
            # "### Title" / "Logement et cadre de vie" / "Le 12 février 2025": a category line
            # printed alone between the title and its date
            tag = (
                above + 1
                if above is not None
                and k - above == 2
                and not self.dated_category(block)
                and self._category_line(blocks[above + 1])
                and not self._badge_under(above + 1)
                else None
            )
            if above is not None and all(
                self.is_date(blocks[j]) or self.is_category(blocks[j]) or j == tag or self._badge_under(j)
                for j in range(above + 1, k)
            ):
                category = next((j for j in range(above + 1, k + 1) if self.is_category(blocks[j])), tag)
                if (
                    category is None
                    and k + 1 < len(blocks)
                    and self._category_line(blocks[k + 1])
                    and _badge(blocks[k + 1].text.strip()) != blocks[k + 1].text.strip()
                ):
                    category = k + 1  # "### Title" / "*Publié le …*" / "`Logement` `Familles`"
                # (a date line with its own category, "Seniors | 11/03/2025", says it itself)
                if (
                    category is None
                    and not self.dated_category(block)
                    and above > 0
                    and self._category_line(blocks[above - 1])
                ):
                    category = above - 1  # "Solidarité et insertion" / "### Title" / "Mis à jour le …"
                date = next((j for j in range(above + 1, k + 1) if self.is_date(blocks[j])), None)
                previous = found.get(above)
                found[above] = (
                    above,
                    category if category is not None else (previous[1] if previous else None),
                    date if date is not None else (previous[2] if previous else None),
                    above,
                )
                continue
            above_title = (
                k - 1 if k > 0 and (self._short_line(blocks[k - 1]) or _linked_title(blocks[k - 1])) else None
            )
            own = self.dated_category(block) is not None  # "14/03/2024 — Petite enfance"
            # "Logement" / "Title" / "24.02.2025": a category line above the title above the date
            category_above = (
                above_title is not None
                and not own  # "Seniors | 11/03/2025" under the title names its own category
                and above_title > 0
                and self._category_line(blocks[above_title - 1])
                and (
                    fold(blocks[above_title - 1].text.strip(" *_`")) in printed_twice  # in the filter bar too
                    or above_title == 1
                    or not self._short_line(blocks[above_title - 2])
                    or _link_text(blocks[above_title - 2].text) in self.item_end
                    or blocks[above_title - 2].kind == "furniture"
                    or _IMAGE.fullmatch(blocks[above_title - 2].text.strip()) is not None  # a card's picture
                )
            )
            if (
                above_title is not None
                and not blocks[above_title].text.rstrip().endswith((".", ":"))
                and not self.is_date(blocks[above_title])
                and category_above
                and (
                    k + 1 >= len(blocks)
                    or len(blocks[k + 1].text) > 120
                    # a card with no excerpt: its date, then "Lire la suite" or the rule between cards
                    or _link_text(blocks[k + 1].text) in self.item_end
                    or blocks[k + 1].kind == "furniture"
                )
            ):
                found[above_title] = (above_title, above_title - 1, k, above_title - 1)
                continue
            wrapped_above = self._wrapped_above(k) if above_title is None else None
            if (
                (above_title is not None or wrapped_above is not None)
                and not own
                and not blocks[k - 1].text.rstrip().endswith((".", ":"))
                and not self.is_date(blocks[k - 1])
                and self._category_below(k)
                and self._titles_over_dates_over_categories() >= 3
            ):
                above_title = k - 1
                # "Title" / "Publié le 03/02/2026" / "Familles" / its text, item after item: a
                # page copied from a browser, the category under the date
                found[above_title] = (above_title, k + 1, k, above_title)
                continue
            if (
                above_title is not None
                and not blocks[above_title].text.rstrip().endswith((".", ":"))
                and not self.is_date(blocks[above_title])
                and (
                    own  # a date line with its own category: the line above is the title
                    or _BRACKET_CATEGORY.match(clean_inline(blocks[above_title].text)) is not None
                    or _bold_line(blocks[above_title])  # "**Title**" / "Date : 8 janvier 2024"
                    or above_title == 0
                    or blocks[above_title - 1].kind == "furniture"
                    or _link_text(blocks[above_title - 1].text) in self.item_end
                )
                and (k + 1 >= len(blocks) or len(blocks[k + 1].text) > 120)
            ):
                # "Title" / "14/03/2024 — Petite enfance" / its text: the title right above its date
                found[above_title] = (above_title, None, k, above_title)
                continue
            heading_above = next(
                (
                    j
                    for j in range(k - 1, max(k - 10, -1), -1)
                    if blocks[j].kind == "heading" or self.is_date(blocks[j])
                ),
                None,
            )
            if (
                heading_above is not None
                and heading_above not in found
                and blocks[heading_above].kind == "heading"
                and all(
                    blocks[j].kind in ("paragraph", "item", "table", "field")
                    for j in range(heading_above + 1, k)
                )
                # "Publié le …", "… dans Petite enfance": a date line that closes, not one that opens
                and (
                    fold(block.text).startswith(tuple(self.date_words))
                    or bool((match := _dated_category().match(clean_inline(block.text))) and match["after"])
                )
            ):
                # "## Title" / its text / "Publié le 03/02/2025 dans Petite enfance": the date
                # line closes the item it dates (its category the badge right under the title)
                badge = heading_above + 1
                tagged = (
                    badge < k - 1
                    and self._category_line(blocks[badge])
                    and _badge(blocks[badge].text.strip(" *_`")) != blocks[badge].text.strip(" *_`")
                )
                found[heading_above] = (heading_above, badge if tagged else None, k, heading_above)
                continue
            if (
                self.is_date(block)
                and k + 2 < len(blocks)
                and _bracketed(blocks[k + 1].text.strip())
                and blocks[k + 2].kind in ("paragraph", "field", "heading")
                and len(blocks[k + 2].text) <= 200
                and not self.is_date(blocks[k + 2])
            ):
                # "28/01/2026" / "[Numérique]" / "Title : …": the date, the category in brackets,
                # then the title (as a text browser dumps a list of news)
                found[k + 2] = (k + 2, k + 1, k, k)
                continue
            if (
                self.is_date(block)
                and k >= 2
                and k - 1 not in found
                and _bracketed(blocks[k - 2].text.strip())
                and blocks[k - 1].kind in ("paragraph", "field")
                and len(blocks[k - 1].text) <= 200
            ):
                found[k - 1] = (k - 1, k - 2, k, k - 2)  # "[Financements]" / "Title : …" / its date
                continue
            if (
                self.is_date(block)
                and k + 2 < len(blocks)
                and blocks[k + 1].kind == "field"
                and len(blocks[k + 1].lines) <= 2
                and len(blocks[k + 1].text) <= 200
                and len(blocks[k + 2].text) > 120
                and (k + 1 >= 2 and _bracketed(blocks[k - 1].text.strip()) is None)
                and any(_bracketed(b.text.strip()) for b in blocks)
            ):
                # "12 décembre 2025" / "Rencontres … : retour sur la journée …" / its text: a
                # title with a colon under its date, on a page whose other items are so
                found[k + 1] = (k + 1, None, k, k)
                continue
            if (
                self.is_date(block)
                and k > 0
                and k - 1 not in found
                and blocks[k - 1].kind == "item"
                and blocks[k - 1].level == 0
                and len(blocks[k - 1].lines) <= 3
                and len(blocks[k - 1].text) <= 200
                and not blocks[k - 1].text.rstrip().endswith((".", ":", ";"))
                and (k + 1 >= len(blocks) or blocks[k + 1].kind != "item")
            ):
                # "* [26]Lieux d'accueil … ouvrent leurs" / "portes à Ussel …" / "Publié le …":
                # a listed title over its date line (a text browser's dump of a news list)
                found[k - 1] = (k - 1, None, k, k - 1)  # (its category read from the date line)
                continue
            if (
                self.is_date(block)
                and k + 3 < len(blocks)
                and self._category_line(blocks[k + 1])
                and len(blocks[k + 1].text.split()) <= 4
                and self._one_line_title(blocks[k + 2])
                and not self.is_date(blocks[k + 2])
                and len(blocks[k + 2].text) > len(blocks[k + 1].text) + 10
                and blocks[k + 3].kind == "paragraph"
                and len(blocks[k + 3].text) >= 80
            ):
                # "28 mars 2025" / "Logement" / "Étudiants : une permanence …" / its text: the
                # date, the category, then the title
                found[k + 2] = (k + 2, k + 1, k, k)
                continue
            if (
                self.is_date(block)
                and k + 1 < len(blocks)
                and (self._short_line(blocks[k + 1]) or self._wrapped_title(blocks, k + 1))
            ):
                # "Category" / "Publié le …" / "Title": the date line is followed by the title.
                own = self.dated_category(block) is not None  # "12/03/2024 | Logement"
                category = (
                    k - 1
                    if not own
                    and k > 0
                    # "- Catégorie : Emploi" / "- Date : 10 avril 2025" over the title
                    and (self._category_line(blocks[k - 1]) or self.is_category(blocks[k - 1]))
                    and self._printed_above(blocks[k - 1], block)
                    else None
                )
                found[k + 1] = (k + 1, category, k, category if category is not None else k)
        # "**TITLE**" / "[Logement]" / its text, item after item, dated or not: a title over its
        # tag in brackets (a newsletter's items, two or more)
        under_tags = [
            k
            for k in range(len(blocks) - 2)
            if k not in found
            and (blocks[k].kind == "heading" or self._bold_title(blocks[k]))
            and _bracketed(blocks[k + 1].text.strip())
            and self._category_line(blocks[k + 1])
            and (
                (blocks[k + 2].kind == "paragraph" and len(blocks[k + 2].text) >= 80)
                or (self.is_date(blocks[k + 2]) and k + 3 < len(blocks) and len(blocks[k + 3].text) >= 80)
            )
        ]
        if len(under_tags) >= 2:
            for k in under_tags:
                dated = k + 2 if self.is_date(blocks[k + 2]) else None
                found.setdefault(k, (k, k + 1, dated, k))
        if found:
            # An item with a category line but no date, between dated items: "Handicap" / its
            # title / a paragraph of text.
            taken = {j for anchor in found.values() for j in anchor if j is not None}
            # the page's categories: those of its dated items, and words the page prints twice (a
            # filter menu "Tous | Logement | Handicap", then "Handicap" above an item)
            categories = {fold(c) for a in found.values() if (c := self._category_of(a)) is not None}
            categories |= printed_twice
            for k in range(len(blocks) - 2):
                title, text = blocks[k + 1], blocks[k + 2]
                if (
                    k not in taken
                    and k + 1 not in taken
                    and k > 0
                    and self._category_line(blocks[k])
                    and fold(blocks[k].text.strip(" *_")) in categories  # not "Trois questions à …"
                    and self._short_line(title)
                    and not title.text.rstrip().endswith(".")
                    and text.kind == "paragraph"
                    and len(text.text) >= 80
                ):
                    found[k + 1] = (k + 1, k, None, k)
            # "Title" / "Seniors" / its text: the category under the title, no date — a category
            # the page's dated items use too
            for k in range(len(blocks) - 2):
                title, category_line, text = blocks[k], blocks[k + 1], blocks[k + 2]
                if (
                    k not in taken
                    and k + 1 not in taken
                    and self._one_line_title(title)
                    and self._category_line(category_line)
                    and fold(_badge(category_line.text.strip(" *_`"))) in categories
                    and text.kind == "paragraph"
                    and len(text.text) >= 80
                    and k > 0
                    and (_link_text(blocks[k - 1].text) in self.item_end or blocks[k - 1].kind == "furniture")
                ):
                    found[k] = (k, k + 1, None, k)
            # An item of the same page with a category but no date: "### Title" / "*Logement*"
            for k, block in enumerate(blocks[:-1]):
                below = blocks[k + 1]
                emphasised = below.lines and (
                    re.fullmatch(r"[*_`][^*_`]{2,40}[*_`]", below.lines[0].strip())
                    or _bracketed(below.lines[0])  # "[Animation de la vie sociale]"
                )
                if block.kind == "heading" and k not in found and emphasised and self._category_line(below):
                    found[k] = (k, k + 1, None, k)
        if found:
            levels = {_level(blocks[t]) for t in found} - {0}

            def parent(k: int) -> int | None:
                """The nearest heading above k of a shallower markdown level."""
                level = _level(blocks[k])
                return next(
                    (
                        j
                        for j in range(k - 1, -1, -1)
                        if blocks[j].kind == "heading" and 0 < _level(blocks[j]) < level
                    ),
                    None,
                )

            # "### Title" of the dated items' level, over a paragraph of text, under a category
            # heading the filter bar lists too: an item of the page that prints no date
            groups = {parent(t) for t in found} - {None}
            not_items = self.page_block_titles + self.media_titles

            def next_section(j: int) -> bool:
                """ "## Animation de la vie sociale" right after "## Logement" whose items are
                dated: one more section of the page's news, its items undated."""
                level = _level(blocks[j])
                before = next((i for i in range(j - 1, -1, -1) if 0 < _level(blocks[i]) <= level), None)
                return (
                    before is not None
                    and before in groups
                    and _level(blocks[before]) == level
                    and not fold(clean_inline(blocks[j].text).strip(" #*_")).startswith(not_items)
                )

            for k, block in enumerate(blocks[:-1]):
                following = blocks[k + 1]
                group = parent(k) if block.kind == "heading" and _level(block) in levels else None
                # "### Title" / "Publications" / its text: a category line and no date
                categorised = (
                    self._category_line(following)
                    and k + 2 < len(blocks)
                    and blocks[k + 2].kind == "paragraph"
                    and len(blocks[k + 2].text) >= 80
                )
                if (
                    k not in found
                    and group is not None
                    # a group that holds dated items, or a category the filter bar lists too
                    and (
                        (
                            (group in groups or next_section(group))
                            and not fold(clean_inline(block.text)).startswith(not_items)
                            # (the heading right under "## En vidéo" is the video's title)
                            and not (
                                k == group + 1
                                and fold(clean_inline(blocks[group].text).strip(" #*_")).startswith(not_items)
                            )
                        )
                        or fold(blocks[group].text.strip(" *_")) in printed_twice
                    )
                    and ((following.kind == "paragraph" and len(following.text) >= 80) or categorised)
                ):
                    found[k] = (k, k + 1 if categorised else None, None, k)
            # "## Petite enfance" over "### Title": the category heading of the items below it —
            # unless items under that heading print categories of their own ("## Toutes les
            # actualités" over items with their badges: a section, not a category)
            # "### Title" / its date / "📍 place" / "[Forum](…?type=forum)": a link to the page
            # filtered by the item's type, between its date and its text, is its category
            for t, (at, category, date, first) in list(found.items()):
                if category is not None or date is None:
                    continue
                for j in range(date + 1, min(date + 4, len(blocks))):
                    if (
                        j in found
                        or blocks[j].kind == "heading"
                        or len(_LINK.sub(r"\1", blocks[j].text)) >= 80
                    ):
                        break
                    if _filter_link(blocks[j].text):
                        found[t] = (at, j, date, first)
                        break
            under: Counter[int | None] = Counter(parent(at) for at, _, _, _ in found.values())
            with_own = Counter(parent(a[0]) for a in found.values() if self._category_of(a) is not None)
            badged = {group for group, n in with_own.items() if n * 2 > under[group]}
            for t, (at, category, date, first) in list(found.items()):
                if (
                    category is None
                    and _level(blocks[at])
                    and at > 1
                    and self._category_line(blocks[at - 1])
                    and (
                        blocks[at - 2].kind == "furniture" or _link_text(blocks[at - 2].text) in self.item_end
                    )
                ):
                    # "---" / "Coordination territoriale" / "### Title": its category, right above
                    found[t] = (at, at - 1, date, at - 1)
                    continue
                if parent(at) in badged and parent(at) is not None:
                    continue
                if (
                    category is not None
                    or not (_level(blocks[at]) or _bold_line(blocks[at]))
                    or (date is not None and self.dated_category(blocks[date]))
                ):
                    continue
                above = parent(at)
                if above is None and _bold_line(blocks[at]):
                    # "## Logement" over "**Title**" / "Date : …": a bold title under its heading
                    above = next((j for j in range(at - 1, -1, -1) if _level(blocks[j]) > 0), None)
                if above is not None and above not in found and len(blocks[above].text) <= 60:
                    found[t] = (at, above, date, first)
        # "# Agenda" / its intro / "Mis à jour le …" over "### Title" items: the page's own title
        # and date (the page's only "#" heading, its items set deeper), not an item
        tops = [b for b in blocks if b.kind == "heading" and b.lines[0].lstrip().startswith("# ")]
        deeper = sum(1 for t in found if _level(blocks[t]) > 1)
        page_title = {t for t in found if len(tops) == 1 and blocks[t] is tops[0] and deeper >= 2}
        # "## En vidéo : trois questions à …" over its date: an embedded video, not a news item
        boxed = self._boxed_events(found)
        return [
            found[t]
            for t in sorted(found)
            if not fold(blocks[t].text.strip(" #*_")).startswith(self.media_titles)
            and t not in page_title
            and t not in boxed
        ]

    def _boxed_events(self, found: dict[int, tuple[int, int | None, int | None, int | None]]) -> set[int]:
        """ "Agenda" / "26.03.2026" / "Matinée d'information …" / "Voir tout l'agenda" between the
        page's news items: a box of coming events beside the news, not items of it (a page that
        is an agenda has no news items around its events)."""
        boxed: set[int] = set()
        for k, block in enumerate(self.blocks):
            if (
                block.kind not in ("paragraph", "heading")
                or len(block.lines) != 1
                or block.lines[0].lstrip().startswith("# ")
                or fold(block.text.strip(" #*_:")) not in self.event_boxes
            ):
                continue
            # the box closed by its own link ("Voir tout l'agenda"), else where a card with its
            # category line opens
            end = next(
                (
                    j
                    for j in range(k + 1, len(self.blocks))
                    if fold(self.blocks[j].text).startswith(tuple(self.event_box_ends))
                    # (no news text between: its events are dates, places and titles)
                    and not any(
                        self.blocks[i].kind == "paragraph" and len(self.blocks[i].text) >= 80
                        for i in range(k + 2, j)
                    )
                ),
                None,
            ) or next(
                (
                    j
                    for j in range(k + 1, len(self.blocks))
                    if _link_text(self.blocks[j].text) in self.item_end
                    or fold(self.blocks[j].text).startswith(tuple(self.event_box_ends))
                    or (j in found and (found[j][1] or 0) > k)  # a card with its category line
                ),
                None,
            )
            # (closed by its own link, "Voir tout l'agenda", it may close the page's news too)
            closed = end is not None and fold(self.blocks[end].text).startswith(tuple(self.event_box_ends))
            if end is not None and any(t < k for t in found) and (closed or any(t > end for t in found)):
                boxed |= {t for t in found if k < t < end}
        return boxed

    def _printed_twice(self) -> set[str]:
        """Words the page prints twice: a filter menu "Tous | Logement | Handicap", then
        "Handicap" above an item."""
        segments = [
            fold(part)
            for line in self.source.lines
            if len(line) < 300
            for part in re.split(r"[|•·;:]|\s{3,}", _LINK.sub(r"\1", line).strip(" -*"))
        ]
        # ("Événements" in the filter bar, "Événement" over an item: one word, singular or plural)
        counts = Counter(_singular(segment) for segment in segments)
        return {segment for segment in segments if segment and counts[_singular(segment)] >= 2}

    def _badge_under(self, j: int) -> bool:
        """ "**Complet**" right under "### [Title](…)": a word or two in bold, the item's status
        badge, not a title of its own."""
        block, above = self.blocks[j], self.blocks[j - 1] if j > 0 else None
        return (
            above is not None
            and _level(above) > 0
            and above.lines[0].lstrip().startswith("#")
            and _bold_line(block)
            and not block.lines[0].lstrip().startswith("#")
            and len(clean_inline(block.text).split()) <= 2
            and block.first - above.last <= 2
        )

    def _category_of(self, anchor: tuple[int, int | None, int | None, int | None]) -> str | None:
        _, category, date, _ = anchor
        if category is not None:
            block = self.blocks[category]
            if block.kind == "item" and (item := _ITEM_FIELD.match(block.text)):
                return item["value"].strip() or None
            if block.kind == "field":
                # "Catégorie : Appels à projets | 20/02/2025": the category, its date aside
                return self.dated_category(block) or block.value or None
            text = _badge(block.text.strip(" *_"))
            return (_bracketed(text) or text) or None
        return self.dated_category(self.blocks[date]) if date is not None else None

    def _pagination(self) -> int | None:
        """The block of page links ("Pages : 1 2 3 … Page suivante ›") under the items."""
        for k, block in enumerate(self.blocks):
            text = fold(block.text)
            if (
                len(block.lines) == 1
                and len(text) < 120
                and any(
                    text.startswith(w) or (w in text and re.search(r"\b\d+\s+\d+\b", text))
                    for w in self.pagination
                )
                and not self.is_date(block)  # ("Page | mise à jour le 02/01/2026": a result's type and date)
            ):
                return k
        return None

    def _listed(self) -> list[tuple[Block, str, str, str | None]]:
        """News printed one per list item ("- **15/09/2026** · [Title](…) — *Category*"): the
        item, its date, title and category, when three items or more are so."""
        found = []
        for block in self.blocks:
            if block.kind != "item" or block.level != 0:
                continue
            text = clean_inline(block.text)
            match = _LISTED_NEWS.match(text)
            if match is None or not _date().fullmatch(match["date"].strip(" *_")):
                continue
            category = (match["category"] or "").strip(" *_") or None
            found.append((block, match["date"].strip(" *_"), match["title"].strip(), category))
        for block in self.blocks:
            if block.kind == "table":
                found += self._table_news(block)
        if not found:
            found = self._dated_lines()
        if len(found) < 3:
            found = self._weekday_items()
        if len(found) < 3:
            found = self._linked_items()
        if len(found) < 3:
            found = self._closed_items()
        if len(found) < 3:
            found = self._ruled_cards()
        if len(found) < 3:
            found = self._day_over_month()
        return found if len(found) >= 3 else []

    def _day_over_month(self) -> list[tuple[Block, str, str, str | None]]:
        """An agenda's or a card grid's items, each under its date printed as a block of two short
        lines ("10" over "mars", "21" over "JUIN"): a tag in capitals above the title when cards
        print one, the title below (wrapped or not, up to its indented facts: place, hours), then
        its text up to a blank line or the card's closing link ("Lire la suite ›"). A row of cards
        saved as text may give its badges first, then the cards: each takes the next badge, in
        order. Day and month only: the year is the page's own when its heading prints one."""
        lines = self.source.lines
        months = {fold(m).rstrip(".") for m in month_names()}

        def badge(n: int) -> bool:
            return (
                n + 1 < len(lines)
                and _AGENDA_DAY.fullmatch(lines[n].strip()) is not None
                and fold(lines[n + 1].strip()).rstrip(".") in months
            )

        first_badge = next((n for n in range(len(lines)) if badge(n)), None)
        year = self._page_year(first_badge) if first_badge is not None else None
        found: list[tuple[Block, str, str, str | None]] = []
        queue: list[tuple[int, str, str]] = []
        n = 0
        while n < len(lines):
            if badge(n):
                queue.append((n, lines[n].strip(), lines[n + 1].strip()))
                n += 2
                continue
            if not queue or not lines[n].strip():
                queue = []  # (badges over a blank line: no card of theirs follows)
                n += 1
                continue
            at, day, month = queue.pop(0)
            k, category = n, None
            if self._card_tag(lines[k]) and k + 1 < len(lines) and lines[k + 1].strip():
                category, k = lines[k].strip(), k + 1
            title = [lines[k].strip()]
            while (
                k + 1 < len(lines) and lines[k + 1].strip()[:1].islower() and not lines[k + 1].startswith(" ")
            ):
                k += 1
                title.append(lines[k].strip())
            end = k
            closed = False
            while end + 1 < len(lines) and lines[end + 1].strip() and not badge(end + 1):
                end += 1
                if _link_text(lines[end].strip()) in self.item_end:
                    closed = True
                    break
            # ("Mots-clés : Logement" under the title: the item's category, no line of its text)
            tagged = {
                j: m["value"].strip()
                for j in range(k + 1, end + 1)
                if (m := re.match(r"^(?P<label>[^:]{2,30}?)\s*:\s*(?P<value>\S.{0,60})$", lines[j].strip()))
                and fold(m["label"]) in self.category_labels
            }
            category = category or next(iter(tagged.values()), None)
            body = [
                lines[j].strip()
                for j in range(k + 1, end + 1)
                if not lines[j].startswith(" ")
                and j not in tagged
                and fold(lines[j].strip()) not in self.item_end
                and _link_text(lines[j].strip()) not in self.item_end
            ]
            block = Block("paragraph", at + 1, end + 1, " ".join(title), lines=lines[at : end + 1])
            self._card_texts[id(block)] = "\n".join(body)
            date = f"{day} {month}"
            if year:
                full = self._month_name(month)
                date = f"{day} {full} {year}"
            found.append((block, date, clean_inline(" ".join(title)), category))
            n = end + 1
            if not closed:
                queue = []
        return found

    def _weekday_items(self) -> list[tuple[Block, str, str, str | None]]:
        """An archive's items under month headings ("Décembre 2025"), each opening on its weekday
        and day ("Jeu. 4 — Title", "Lun. 17 et mar. 18 — …"): the date is the day with the
        heading's month and year; its text the lines below up to a blank line; its category a
        line in brackets ("[Logement]") before the next item, past page furniture."""
        lines = self.source.lines
        weekday = rf"(?:{_weekday_stems()})\w*\.?"
        opening = re.compile(
            rf"^(?P<wd>{weekday})\s+(?P<d>1er|\d{{1,2}})(?:\s+(?:et|au)\s+{weekday}\s+(?P<d2>\d{{1,2}}))?"
            r"\s+[–—-]\s+(?P<title>\S.{5,})$",
            re.I,
        )
        starts: list[tuple[int, re.Match[str], str]] = []
        month: str | None = None
        for n, line in enumerate(lines):
            text = line.strip().strip(" *_#")
            if _month_year().fullmatch(text):
                month = text
            elif month and (match := opening.match(text)):
                starts.append((n, match, month))
        if len(starts) < 3:
            return []
        bounds = [n for n, line in enumerate(lines) if _month_year().fullmatch(line.strip().strip(" *_#"))]
        found: list[tuple[Block, str, str, str | None]] = []
        for k, (n, match, heading) in enumerate(starts):
            limit = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
            limit = min([limit, *(b for b in bounds if b > n)])
            end = n
            while end + 1 < limit and lines[end + 1].strip():
                end += 1
            category = next(
                (
                    lines[j].strip()[1:-1].strip()
                    for j in range(n + 1, limit)
                    if re.fullmatch(r"\[[^\]\[\d]{2,40}\]", lines[j].strip())
                ),
                None,
            )
            body = [
                lines[j].strip()
                for j in range(n + 1, end + 1)
                if not re.fullmatch(r"\[[^\]\[]{2,40}\]", lines[j].strip())
                and _link_text(lines[j].strip()) not in self.item_end
            ]
            month_name, year = heading.rsplit(maxsplit=1)
            day = f"{match['d']} et {match['d2']}" if match["d2"] else match["d"]
            title = clean_inline(match["title"].strip())
            block = Block("paragraph", n + 1, end + 1, title, lines=lines[n : end + 1])
            self._card_texts[id(block)] = "\n".join(body)
            found.append((block, f"{day} {self._month_name(month_name)} {year}", title, category))
        return found

    def _card_tag(self, line: str) -> bool:
        """A card's tag over its title: a few words in capitals ("VIE DE FAMILLE")."""
        text = line.strip()
        letters = [c for c in text if c.isalpha()]
        return (
            0 < len(text) <= 40
            and len(text.split()) <= 5
            and len(letters) >= 3
            and all(c.isupper() for c in letters)
            and not text.endswith((".", ":", "?", "!"))
        )

    def _page_year(self, before: int) -> int | None:
        """The year a page's heading prints once above its items ("Actualités 2026")."""
        years = {
            int(m[0])
            for line in self.source.lines[:before]
            if len(line.strip()) <= 60
            and (m := re.search(r"\b(?:19|20)\d\d\b", line))
            and not re.search(r"\d{1,2}[/.]\d{1,2}[/.]|©", line)
        }
        return years.pop() if len(years) == 1 else None

    def _month_name(self, printed: str) -> str:
        """ "AVR." → "avril", "juin" → "juin": the month's full name, lower case."""
        folded = fold(printed).rstrip(".")
        for name in load_reference("document")["month_numbers"]:
            if fold(name).startswith(folded):
                return name
        return printed.lower()

    def _ruled_cards(self) -> list[tuple[Block, str, str, str | None]]:
        """Items printed as cards between rules ("────────────"), as an app's news screen is
        copied: each card its title (over one or two lines, a badge aside), a line of its
        category and date ("Paiements · il y a 2 h", "5 mars"), then its text. A card with no
        such line (a banner, a carousel of videos) is no item."""
        lines = self.source.lines
        rules = [n for n, line in enumerate(lines, 1) if _CARD_RULE.fullmatch(line.strip())]
        if len(rules) < 3:
            return []
        badges = {fold(w) for w in load_reference(self.name)["status_badges"]}
        found: list[tuple[Block, str, str, str | None]] = []
        undated: list[tuple[Block, str, str, str | None]] = []
        # the first card opens after the blank line above the first rule's card
        start = next((n + 1 for n in range(rules[0] - 1, 0, -1) if not lines[n - 1].strip()), 1)
        for first_rule in [start - 1, *rules[:-1]]:
            end = next((r for r in rules if r > first_rule), None)
            if end is None:
                break
            card = [n for n in range(first_rule + 1, end) if lines[n - 1].strip()]
            if len(card) < 2:
                continue
            texts = [clean_inline(lines[n - 1].strip()) for n in card]
            while len(card) > 3 and texts[0].endswith(":"):
                # "RAPPEL – nous vous l'annoncions :" / "Le … a écrit :" over a forwarded card:
                # the lines that lead into it, the page's
                card, texts = card[1:], texts[1:]
            at = next(
                (
                    j
                    for j in range(1, min(4, len(card)))
                    if self.is_date(
                        Block("paragraph", card[j], card[j], texts[j], lines=[lines[card[j] - 1]])
                    )
                ),
                None,
            )
            # ("[Accès aux droits]" over the title, or under its date)
            tag = next((j for j in range(min(4, len(card))) if _bracketed(texts[j])), None)
            if at is None:
                # "2. APPEL À PROJETS …" / "[Animation de la vie sociale]" / its text, no date: a
                # newsletter's item dated by its issue — kept when its cards beside it are dated
                heads: list[str] = []
                above = 1 if tag == 0 else 0  # ("[Animation de la vie sociale]" over the title)
                for text in texts[above : tag if tag else above + 3]:
                    if not (is_capitals(text) or (not heads and _NUMBERED_TITLE.match(text))):
                        break
                    heads.append(text)
                if (
                    heads
                    and len(card) - len(heads) >= 2
                    and is_capitals(heads[0])
                    # (a title says something: "EN VIDÉO" over a video's thumbnail is a rubric)
                    and len(_NUMBERED_TITLE.sub("", " ".join(heads)).split()) >= 4
                    # ("TROIS QUESTIONS À …" over an interview, "LA VIDÉO DE LA SEMAINE": a block
                    # of the page)
                    and not fold(heads[0]).startswith(self.page_block_titles + self.media_titles)
                ):
                    block = Block(
                        "paragraph", card[0], card[-1], " ".join(texts), lines=[lines[n - 1] for n in card]
                    )
                    self._card_texts[id(block)] = "\n".join(texts[len(heads) + (tag is not None) :])
                    category = _bracketed(texts[tag]) if tag is not None else None
                    undated.append((block, "", _NUMBERED_TITLE.sub("", " ".join(heads)), category))
                continue
            heads = [t for t in texts[:at] if fold(t) not in badges and not _bracketed(t)]
            if not heads:
                continue
            dated = Block("paragraph", card[at], card[at], texts[at], lines=[lines[card[at] - 1]])
            block = Block("paragraph", card[0], card[-1], " ".join(texts), lines=[lines[n - 1] for n in card])
            self._card_texts[id(block)] = "\n".join(texts[at + 1 + (tag == at + 1) :])
            category = self.dated_category(dated) or (
                # ("Publié le 4 novembre 2024" / "[Petite enfance]": the tag right under the date)
                _bracketed(texts[tag]) if tag is not None and tag <= at + 1 else None
            )
            if (
                category is None
                and len(heads) >= 2
                and len(heads[0].split()) <= 5
                and not heads[0].endswith((".", ":"))
                and heads[1][:1].isupper()
            ):
                # "Petite enfance" / "Appel à projets …" / "Publié le 3 mars 2035": the category
                # over the title, the date line alone
                category, heads = heads[0], heads[1:]
            found.append((block, texts[at], _NUMBERED_TITLE.sub("", " ".join(heads)), category))
        if len(found) >= 3 and len(undated) < len(found):
            found = sorted(found + undated, key=lambda item: item[0].first)
        return found

    def _linked_items(self) -> list[tuple[Block, str, str, str | None]]:
        """A newsletter's items, each closed by its link ("→ Lire la FAQ : https://…", the address
        alone on the next line at times), filed under its rubric ("PRESTATIONS" over dashes): an
        item's title the first line after the previous item's link or its rubric (wrapped onto a
        second line at most), its date the line under the title ("Publié le 2 avril 2026", "Quand :
        mardi 19 mai 2026, …") or "(Publié le …)" opening its text, its category the rubric —
        when three items or more are so. What no link closes (an editorial, a foot) is the page's."""
        vocab = load_reference("web-page")
        marks = tuple(vocab["link_marks"])
        event_labels = {fold(w) for w in vocab["event_date_labels"]}
        blocks = self.blocks

        def link(k: int) -> bool:
            text = blocks[k].lines[0].strip() if blocks[k].lines else ""
            if not text.startswith(marks):
                return False
            if "http" in blocks[k].text:
                return True  # (its address on its line, or wrapped onto the next)
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            return (
                following is not None
                and following.first == blocks[k].last + 1
                and re.fullmatch(r"https?://\S+", following.text.strip()) is not None
            )

        links = [k for k in range(len(blocks)) if link(k)]
        if len(links) < 3:
            return []
        found: list[tuple[Block, str, str, str | None]] = []
        start, rubric = 0, None
        closing = set(links)

        def shape(block: Block) -> tuple[int, str]:  # ("PRESTATIONS" over dashes, "EN CHIFFRES" alone)
            return len(block.lines), block.lines[-1].strip()[:1] if len(block.lines) > 1 else ""

        shapes = Counter(shape(b) for b in blocks if b.kind == "heading")
        # the rubrics: the headings set the commonest way (a box's own heading inside an item,
        # set otherwise, is part of its text)
        rubric_shape = shapes.most_common(1)[0][0] if shapes else None
        for k in range(len(blocks)):
            block = blocks[k]
            if block.kind == "heading" and shape(block) == rubric_shape:
                start, rubric = k + 1, clean_inline(block.title).strip(" #*")
                continue
            if k not in closing:
                continue
            segment = [j for j in range(start, k) if blocks[j].kind != "furniture"]
            start = k + 1
            if k + 1 < len(blocks) and re.fullmatch(r"https?://\S+", blocks[k + 1].text.strip()):
                start = k + 2  # (the link's address on the line under it)
            if len(segment) < 2:
                continue
            head = blocks[segment[0]]
            if len(head.lines) > 2 or len(head.text) > 200 or head.text.rstrip().endswith((".", ":", ";")):
                continue
            title_blocks = [head]
            second = blocks[segment[1]]
            if (
                len(head.lines) == 1
                and second.first == head.last + 1
                and len(second.lines) == 1
                and len(second.text) <= 120
                and not second.text.rstrip().endswith((".", ";"))
                and not _date().search(second.text)
            ):
                title_blocks.append(second)  # "Aide aux vacances … ont" / "jusqu'au 30 avril …"
            after = [blocks[j] for j in segment[len(title_blocks) :]]
            date = ""
            if after:
                line = clean_inline(after[0].text).strip(" *_")
                label = fold(after[0].label or "") if after[0].kind == "field" else ""
                published = re.match(r"^\((?P<said>[^()]{6,60})\)", line)
                if published and any(fold(published["said"]).startswith(w) for w in self.date_words):
                    found_date = _date().search(published["said"])  # "(Publié le 30 mars 2026) À compter …"
                    date = found_date[1] if found_date else ""
                elif (
                    len(after[0].lines) == 1
                    and len(line) < 100
                    and (self.is_date(after[0]) or label in event_labels)
                ):
                    found_date = _date().search(line)  # "Quand : mardi 19 mai 2026, de 9 h à 12 h"
                    date = found_date[1] if found_date else ""
            title = " ".join(clean_inline(b.text) for b in title_blocks)
            self._title_parts.update(id(b) for b in title_blocks[1:])
            found.append((head, date, title, rubric))
        return found if len(found) >= 3 else []

    def _closed_items(self) -> list[tuple[Block, str, str, str | None]]:
        """A news page whose items tell their date and category after their text ("Publié le
        19/03/2026 – Mis à jour …", "Thématiques : Logement, …"), each closed by the same short
        line ("Partager") three times or more: an item's title the line right over its first
        paragraph of text (wrapped onto a second line at most), its date and category the ones
        closing it."""
        blocks = self.blocks
        lines = Counter(fold(b.text) for b in blocks if len(b.lines) == 1 and 0 < len(b.text) <= 30)
        closers = [
            k
            for k, b in enumerate(blocks)
            if b.kind != "furniture"
            and len(b.lines) == 1
            and 0 < len(b.text) <= 30
            and re.search(r"[^\W\d_]{3}", b.text) is not None
            and lines[fold(b.text)] >= 3
        ]
        if len(closers) < 3:
            return []
        found: list[tuple[Block, str, str, str | None]] = []
        start = 0
        for close in closers:
            segment = list(range(start, close))
            start = close + 1
            body = next(
                (j for j in segment if blocks[j].kind == "paragraph" and len(blocks[j].text) > 100), None
            )
            if body is None or body == segment[0]:
                continue
            title_at = body - 1
            head = blocks[title_at]
            if head.kind not in ("paragraph", "heading", "field") or len(head.text) > 200:
                continue
            title_blocks = [head]
            above = blocks[title_at - 1] if title_at - 1 >= segment[0] else None
            if (
                above is not None
                and above.first == head.first - 1
                and len(above.lines) == 1
                and above.kind in ("paragraph", "heading", "field")
                and not above.text.rstrip().endswith((".", ":"))
            ):
                title_blocks.insert(0, above)  # "… « Ados en Drôme 2026 »" / "est ouvert jusqu'au 30 avril"
            if any(self.is_date(blocks[j]) or self.dated_category(blocks[j]) for j in segment if j < body):
                return []  # a date over the text: the page's items are anchored on it (`anchors`)
            tail = [blocks[j] for j in segment if j > body]
            if any(self.dated_category(b) for b in tail):
                return []  # "Publié le … dans Logement": dated with its category, the anchors' way
            dated = next((b for b in tail if len(b.lines) == 1 and self.is_date(b)), None)
            if dated is None:
                continue  # (an item tells its date after its text: what tells none is the page's)
            when = _date().search(clean_inline(dated.text))
            labelled = next(
                (
                    b
                    for b in tail
                    if b.kind == "field" and fold(b.label or "") in self.category_labels and b.value
                ),
                None,
            )
            category = re.split(r"\s*[,;]\s*", clean_inline(labelled.value or ""))[0] if labelled else None
            title = " ".join(clean_inline(b.text) for b in title_blocks)
            self._title_parts.update(id(b) for b in title_blocks[1:])
            found.append((title_blocks[0], when[1] if when else "", title, category or None))
        return found if len(found) >= 3 else []

    def _dated_lines(self) -> list[tuple[Block, str, str, str | None]]:
        """ "17/03 – Title" on a line of its own, its summary below (a news archive under month
        headings, copied from a browser): each such line an item, when three lines or more are."""
        found = []
        for k, block in enumerate(self.blocks):
            if block.kind not in ("paragraph", "heading") or len(block.lines) != 1:
                continue
            below = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if below is None or not (len(below.text) > 100 or below.text.rstrip().endswith(".")):
                continue  # ("14/03/2024 — Petite enfance" over a title: a date and a category)
            above = self.source.line(block.first - 1).strip() if block.first > 1 else ""
            if above and not _month_year().fullmatch(above.strip(" *_#")):
                continue  # (a title right above it: the line is the item's date and category)
            match = _DATED_LINE.match(clean_inline(block.lines[0].strip()).strip(" *_#"))
            if match is None:
                continue
            date = match["date"].strip(" *_")
            if not (_date().fullmatch(date) or _DAY_MONTH.fullmatch(date)):
                continue
            title, category = match["title"].strip(), None
            bracketed = _BRACKET_CATEGORY.match(title)
            if bracketed:  # "[Vacances] Aide aux vacances 2026 : …": its category, then its title
                title, category = bracketed["title"].strip(), bracketed["category"].strip()
            found.append((block, date, title, category))
        return found

    def _texts_under(self, entries: list[Block]) -> dict[int, list[Block]]:
        """The blocks under each dated line, up to the next item, a month's heading ("Février
        2026") or the item's "Lire la suite" link: its text."""
        starts = {id(b) for b in entries}
        texts: dict[int, list[Block]] = {}
        current: Block | None = None
        for k, block in enumerate(self.blocks):
            if id(block) in starts:
                current = block
                texts[id(block)] = []
                continue
            if current is None:
                continue
            folded = _link_text(block.text)
            # ("→ Lire la FAQ : https://…": a newsletter's item closed by its link, its address on
            # the next line at times)
            linked = bool(block.lines) and block.lines[0].strip().startswith(self.link_marks)
            address = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
            if linked and "http" not in block.text and address is not None:
                if address.first == block.last + 1 and re.fullmatch(r"https?://\S+", address.text.strip()):
                    texts[id(current)].append(block)
                    block = address
                    starts.discard(id(address))
                else:
                    linked = False
            if (
                block.kind in ("heading", "table")
                or _month_year().fullmatch(block.text.strip(" *_#"))
                or any(folded.startswith(w) for w in self.item_end)
                or linked
            ):
                if any(folded.startswith(w) for w in self.item_end) or linked:
                    texts[id(current)].append(block)
                current = None
                continue
            texts[id(current)].append(block)
        return texts

    def _table_news(self, block: Block) -> list[tuple[Block, str, str, str | None]]:
        """ "| Date | Actualité | Rubrique |" over a row per item, its title a link in its cell
        (a summary after a "<br>"): each row an item, when three rows or more carry a date."""
        if len(block.rows) < 4:
            return []
        header = [fold(clean_inline(c)) for c in block.rows[0]]
        words = self.vocab_table
        date_at = next((n for n, h in enumerate(header) if h in words["date"]), None)
        title_at = next((n for n, h in enumerate(header) if h in words["title"]), None)
        category_at = next((n for n, h in enumerate(header) if h in words["category"]), None)
        if date_at is None or title_at is None:
            return []
        # each row's line (a rule under the header is no row)
        numbers = [
            k
            for k in range(block.first, block.last + 1)
            if self.source.line(k).strip() and not re.fullmatch(r"[\s|:+-]*", self.source.line(k))
        ]
        found = []
        for n, row in enumerate(block.rows[1:], 1):
            if max(date_at, title_at) >= len(row) or not _date().fullmatch(
                clean_inline(row[date_at]).strip(" *_")
            ):
                continue
            cell = re.split(r"<br\s*/?>", row[title_at], maxsplit=1, flags=re.I)[0]
            link = _LINK.search(cell)
            title = link[1] if link else clean_inline(cell)
            category = (
                clean_inline(row[category_at]).strip(" *_")
                if category_at is not None and category_at < len(row)
                else ""
            )
            number = numbers[n] if n < len(numbers) else block.first
            item = Block(
                "item", number, number, clean_inline(row[title_at]), lines=[self.source.line(number)]
            )
            found.append(
                (item, clean_inline(row[date_at]).strip(" *_"), clean_inline(title), category or None)
            )
        return found if len(found) >= 3 else []

    def _listed_record(self, block: Block, date: str, title: str, category: str | None) -> News:
        self.ledger.take(block.first, block.last)
        return News(
            id="",
            document=self.info.id,
            title=" ".join(title.split()),
            category=category,
            sections={"Date": date} if date else {},
            source=source_ref(self.source, self.info.file, block.first, block.last),
        )

    def _post_date(self, line: str) -> str | None:
        """ "3 j · 🌐", "19 sept. · Modifié", "Épinglé": a post's date as a social network prints
        it (its audience icon and marks aside), or None."""
        head = re.split(r"\s+·", line.strip(), maxsplit=1)[0].strip()
        return head if head and re.search(r"\d", head) and _post_day().fullmatch(head) else None

    def _posts(self) -> list[tuple[int, int, int, str]]:
        """Posts copied from a social network's page: each opens on its author's name (the page's,
        the same line three times or more, "… a partagé un évènement" too) over its date ("3 j",
        "19 sept."), then its first line, its title. (first line, date line, title line, date)
        of each, when three posts or more are so."""
        lines = [self.source.line(n).strip() for n in range(1, len(self.source) + 1)]
        heads = Counter(
            line
            for n, line in enumerate(lines[:-1])
            if line and len(line) <= 80 and self._post_date(lines[n + 1])
        )
        if not heads:
            return []
        author, count = heads.most_common(1)[0]
        if count < 3:
            return []
        found = []
        for n, line in enumerate(lines[:-1]):
            if not (line == author or line.startswith(author + " ")) or not (
                date := self._post_date(lines[n + 1])
            ):
                continue
            title = next(
                (
                    m
                    for m in range(n + 2, min(n + 5, len(lines)))
                    if lines[m]
                    # ("JEU. 2 OCT. DE 14:00 À 16:30": an event's date over its title)
                    and not (re.search(r"\d{1,2}[:h]\d{2}", lines[m]) and lines[m].upper() == lines[m])
                ),
                None,
            )
            if title is not None:
                found.append((n + 1, n + 2, title + 1, date))
        return found if len(found) >= 3 else []

    def _post_records(self, posts: list[tuple[int, int, int, str]]) -> ParseResult:
        records = []
        for k, (first, _, title_at, date) in enumerate(posts):
            last = posts[k + 1][0] - 1 if k + 1 < len(posts) else len(self.source)
            body = [self.source.line(n).strip() for n in range(title_at + 1, last + 1)]
            self.ledger.take(first, last)
            title = " ".join(self.source.line(title_at).split())
            tagged = _BRACKET_CATEGORY.match(title)  # "[Infos pratiques] Joindre la Caf …": its tag
            records.append(
                News(
                    id="",
                    document=self.info.id,
                    title=tagged["title"].strip() if tagged else title,
                    category=tagged["category"].strip() if tagged else None,
                    sections={"Date": date, "Texte": "\n".join(line for line in body if line)},
                    source=source_ref(self.source, self.info.file, first, last),
                )
            )
        page = [self.source.line(n).strip() for n in range(1, posts[0][0]) if self.source.line(n).strip()]
        if page:
            self.doc_sections["Page"] = "\n".join(page)
            self.ledger.take(1, posts[0][0] - 1)
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    def _thread(self) -> ParseResult | None:
        """A thread of numbered posts copied as text ("2/8 Logement : une permanence …" over its
        text, a hashtag, its date line "9 avril 2026 · 10:02" and its counters): each post an
        item, its first line's words its title, its first hashtag its category; the thread's
        opening and closing posts frame it (an introduction, a conclusion) unless tagged too."""
        lines = [self.source.line(n).strip() for n in range(1, len(self.source) + 1)]
        numbered = [
            (n, int(m[1]), int(m[2]), m[3].strip())
            for n, line in enumerate(lines, 1)
            if (m := re.match(r"^(\d{1,2})\s*/\s*(\d{1,2})\s+(\S.{3,200})$", line))
        ]
        totals = Counter(total for _, _, total, _ in numbered)
        if not totals:
            return None
        total, count = totals.most_common(1)[0]
        posts = [(n, k, title) for n, k, t_, title in numbered if t_ == total]
        if count < 4 or [k for _, k, _ in posts] != list(range(1, len(posts) + 1)):
            return None
        records: list[News] = []
        # ("Caf de la Vendée" / "@CafVendee" / "3 févr. 2026" / "2/9 Title": each post's date
        # printed over its number, as its author's; else under its text)
        dated_above = all(self._date_above(lines, n) for n, _, _ in posts[:3])
        for i, (n, k, title) in enumerate(posts):
            end = posts[i + 1][0] - 1 if i + 1 < len(posts) else len(lines)
            body = [lines[j - 1] for j in range(n + 1, end + 1) if lines[j - 1]]
            tags = re.findall(r"(?<!\w)#[^\W\d_][\w-]*", " ".join([title, *body]))
            above = self._date_above(lines, n) if dated_above else None
            day = above or next((d[1] for line in body if (d := _date().search(line))), None)
            if k in (1, len(posts)) and not tags:
                continue  # the thread's opening or closing post: its frame, no item
            if i + 1 < len(posts):
                # (the next post's author line, over its number: the next post's)
                while body and (
                    (dated_above and _date().search(body[-1]) and len(body[-1]) <= 40)
                    or (not _date().search(body[-1]) and not re.search(r"[.!?…»]$|^[💬🔁❤]", body[-1]))
                ):
                    body.pop()
            self.ledger.take(n, end)
            told = _told_category(
                [self.source.line(j) for j in range(n + 1, end + 1) if lines[j - 1]], self.category_labels
            )
            if records and not told and _goes_on(title):
                # "3/9 Pour en profiter, aucune démarche : …": the item above told on in a post
                records[-1].sections["Texte"] += "\n" + "\n".join([title, *body])
                records[-1].source = source_ref(self.source, self.info.file, records[-1].source.lines[0], end)
                continue
            if k == 1 and not told and not any("👉" in line or "http" in line for line in body):
                continue  # the thread's opening post, its hashtags the thread's: no item
            sections = {"Texte": "\n".join(body)}
            if day:
                sections["Date"] = day
            if told:
                tags = [told]
            records.append(
                News(
                    id="",
                    document=self.info.id,
                    title=" ".join(title.split()),
                    category=tags[0] if tags else None,
                    sections=sections,
                    source=source_ref(self.source, self.info.file, n, end),
                )
            )
        if len(records) < 3:
            return None
        for n, line in enumerate(lines, 1):
            if line and n not in self.ledger.used:
                self.doc_sections["Page"] = f"{self.doc_sections.get('Page', '')}\n{line}".strip()
                self.ledger.take(n, n)
        assign_ids(records, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=records)

    @staticmethod
    def _date_above(lines: list[str], n: int) -> str | None:
        """The date printed right over a post's numbered line, its author's line above it."""
        above = next((lines[j] for j in range(n - 2, max(n - 4, -1), -1) if lines[j]), "")
        found = _date().search(above) if len(above) <= 40 else None
        return found[1] if found else None

    def parse(self) -> ParseResult | None:
        thread = self._thread()
        if thread is not None:
            return thread
        posts = self._posts()
        if posts:
            return self._post_records(posts)
        listed = self._listed()
        if listed:
            listed_news = [self._listed_record(*entry) for entry in listed]
            taken = {id(entry[0]) for entry in listed}
            under = self._texts_under(
                [
                    entry[0]
                    for entry in listed
                    if entry[0].kind != "item" and id(entry[0]) not in self._card_texts
                ]
            )
            spans = [(entry[0].first, entry[0].last) for entry in listed if id(entry[0]) in self._card_texts]
            for record, entry in zip(listed_news, listed, strict=True):
                if self._card_texts.get(id(entry[0])):
                    card = self._card_texts[id(entry[0])].split("\n")
                    filed = next(
                        (
                            (n, m["value"].strip())
                            # (under the title, or closing the card: "Rubrique : Jeunesse" /
                            # "Lien : https://…")
                            for n, line in [*enumerate(card[:2]), *list(enumerate(card))[2:][-3:]]
                            if (
                                m := re.match(
                                    r"^(?P<label>[^:]{2,30}?)\s*:\s*(?P<value>\S.{0,60})$", line.strip()
                                )
                            )
                            and fold(m["label"]) in self.category_labels
                        ),
                        None,
                    )
                    if filed is not None and record.category is None:
                        # "Date : 9 mars 2026" / "Thème : Enfance et jeunesse" under a listed title
                        record.category = _badge(filed[1])
                        del card[filed[0]]
                    record.sections["Texte"] = "\n".join(card)
                below = under.get(id(entry[0]), [])
                told = [
                    b
                    for b in below
                    if not any(_link_text(b.text).startswith(w) for w in self.item_end)
                    and id(b) not in self._title_parts  # (a title's second line)
                ]
                if told:
                    record.sections["Texte"] = "\n".join(clean_inline(" ".join(b.lines)) for b in told)
                if below:
                    self.ledger.take(below[0].first, below[-1].last)
                    record.source = source_ref(self.source, self.info.file, entry[0].first, below[-1].last)
                taken |= {id(b) for b in below}
            rows_of = {(e[0].first, e[0].last) for e in listed}
            for block in self.blocks:
                if block.kind == "table" and any(block.first <= f <= block.last for f, _ in rows_of):
                    self.ledger.take(block.first, block.last)  # a table of news: its rows are the items
                    continue
                if any(first <= block.first and block.last <= last for first, last in spans):
                    continue  # a line of an item's card, read with it
                if id(block) not in taken:
                    text = "\n".join(line.strip() for line in block.lines)
                    self.doc_sections["Page"] = f"{self.doc_sections.get('Page', '')}\n{text}".strip()
                    self.ledger.take(block.first, block.last)
            assign_ids(listed_news, self.info.id)
            document = build_document(
                self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
            )
            return ParseResult(document=document, records=listed_news)
        anchors = self._tags_below(self._closing_categories(self.anchors()))
        pages = self._pagination()
        if pages is not None and any(a[0] < pages for a in anchors):
            # the page's links close its list of items: below them, the footer
            anchors = [a for a in anchors if (a[3] if a[3] is not None else a[0]) < pages]
        if len(anchors) < 2:
            return None
        firsts = [a[3] if a[3] is not None else a[0] for a in anchors]
        records: list[tuple[News, int, int]] = []
        covered: set[int] = set()
        for n, (title, category, date, first) in enumerate(anchors):
            start = first if first is not None else title
            limit = firsts[n + 1] if n + 1 < len(anchors) else len(self.blocks)
            if pages is not None and title < pages < limit:
                limit = pages
            end = title
            for j in range(title + 1, limit):
                block = self.blocks[j]
                if _link_text(block.text) in self.item_end:
                    covered.add(j)
                    self.ledger.take(block.first, block.last)
                    break
                if (
                    block.kind == "heading"
                    and j not in (category, date)
                    # ("### Les dates de la tournée" under "## Title": a section of the item)
                    and not (_level(block) > _level(self.blocks[title]) > 0)
                ):
                    break  # a heading of its own: page furniture or another block
                end = j
            records.append((self._record(start, title, category, date, end), start, end))
        # "À la une" over the first card of the list: the same item twice (its title, its link);
        # the list's card is the item, the teaser above is the page's
        last_of = {fold(record.title): n for n, (record, _, _) in enumerate(records)}
        records = [entry for n, entry in enumerate(records) if last_of[fold(entry[0].title)] == n]
        # ("![](https://…/aripa.png)" under an undated item's title: its picture, never an item —
        # its lines stay the page's)
        records = [entry for entry in records if not _IMAGE.fullmatch(entry[0].title.strip())]
        for _, start, end in records:
            covered.update(range(start, end + 1))
        for k, block in enumerate(self.blocks):
            if k in covered:
                continue
            text = "\n".join(line.strip() for line in block.lines)
            name = "Page"
            self.doc_sections[name] = (
                f"{self.doc_sections[name]}\n{text}" if name in self.doc_sections else text
            )
            self.ledger.take(block.first, block.last)
        news = [record for record, _, _ in records]
        assign_ids(news, self.info.id)
        document = build_document(
            self.info, self.source, self.name, self.version, self.ledger, self.warnings, self.doc_sections
        )
        return ParseResult(document=document, records=news)

    def _record(self, start: int, title: int, category: int | None, date: int | None, end: int) -> News:
        blocks = self.blocks[start : end + 1]
        first, last = blocks[0].first, blocks[-1].last
        self.ledger.take(first, last)
        body = [
            b
            for k, b in enumerate(self.blocks[title + 1 : end + 1], title + 1)
            if k not in (category, date) and b.kind != "furniture"  # (a page's foot and head)
        ]
        label = self._category_of((title, category, date, start))
        # "Thèmes : #Logement #Jeunesse" closing the item (a page saved in reader mode): its
        # first tag is its category, before the heading the page files it under
        tags = next(
            (
                b.value
                for b in reversed(body)
                if b.kind == "field" and fold(b.label or "") in self.category_labels and b.value
            ),
            None,
        )
        first_tag = re.match(r"^\s*#(?P<tag>[^\s#,;]+)", tags or "")
        if first_tag:
            label = first_tag["tag"]
            body = [b for b in body if not (b.kind == "field" and b.value and b.value == tags)]
        elif tags and label is None:
            # "**Thématiques :** Logement, Jeunesse" closing the item: its categories, as printed
            label = tags
            body = [b for b in body if not (b.kind == "field" and b.value and b.value == tags)]
        sections: dict[str, str] = {}
        if date is not None:
            # ("[13/08/2024]": a converter's brackets around the date, no part of it)
            sections["Date"] = re.sub(
                r"^\[\s*(.+?)\s*\]$", r"\1", clean_inline(self.blocks[date].text).strip(" *_")
            )
        if body:
            sections["Texte"] = "\n".join(clean_inline(" ".join(b.lines)) for b in body)
        text = "\n".join(self.source.line(n) for n in range(first, last + 1))
        figures = [f"{m[1].strip()} {m[2].strip()}".strip() for m in _BOLD_FIGURE.finditer(text)]
        numbers = [b for b in body if re.fullmatch(r"[\d\s  ,.%€]+", b.text.strip())]
        for block in numbers:
            following = next((b for b in body if b.first > block.last), None)
            if following is not None and len(following.text) < 60:
                figures.append(f"{block.text.strip()} {following.text.strip()}")
        # "### [Title](/actualites/…)": a title printed as a link reads as its words
        heading = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", clean_inline(self.blocks[title].title)).strip(" #")
        heading = re.sub(r"^\d{1,2}\s*\|\s+(?=\S)", "", heading)  # "3 | Title": the letter's numbering
        bracketed = _BRACKET_CATEGORY.match(heading)
        if bracketed:
            heading, label = bracketed["title"].strip(), label or bracketed["category"].strip()
        return News(
            id="",
            document=self.info.id,
            title=heading,
            category=_badge(clean_inline(label)) if label else None,
            figures=list(dict.fromkeys(figures)),
            budget_lines=euro_budget_lines(
                self.source, self.info.file, first, last, MoneyWords.load(self.name)
            ),
            sections=sections,
            source=source_ref(self.source, self.info.file, first, last),
        )
