"""Full-text search over the query index: BM25 on stems, typo-tolerant, phrases exact.

The index holds each record's stems (folded, stop words dropped, Snowball French) in three
FTS5 columns: title, categories, text. A query is every stem OR every pair of adjacent stems
(as an FTS5 phrase, so that "non recours" ranks records with the two words together first),
ranked by FTS5's BM25 with the title weighing 3, categories 1.5 and text 1. Quoted phrases
must appear word for word (accents and case aside). Unknown query words are replaced by the
closest indexed word (rapidfuzz) and reported as "did you mean", so a typo still finds
something.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

from ..normalize.text import fold
from .index_rows import record_fields
from .tokens import STOP_WORDS, stem, words

if TYPE_CHECKING:
    from .index import Index
    from .selection import Selection
    from .view import RecordLike

COLUMN_WEIGHTS = (3.0, 1.5, 1.0)  # title, categories, text
_QUOTES = re.compile(r"[“”„«»]")
_DIGIT_GROUPS = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])")


@dataclass
class Hit:
    record: RecordLike
    score: float
    snippet: str
    matched: list[str]  # words of the snippet (as printed) that matched, for highlighting


@dataclass
class Query:
    text: str
    stems: list[str]  # stems to score, in query order
    phrases: list[list[str]]  # folded word sequences that must appear
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → indexed word

    def match(self) -> str:
        """The FTS5 expression: any stem, or two adjacent ones; and every quoted phrase's stems
        in sequence (checked word for word afterwards)."""
        # each stem and each adjacent pair once: a theme's phrases repeat words ("recours"
        # in three of them), which BM25 would otherwise weigh three times
        terms = list(
            dict.fromkeys(
                [f'"{s}"' for s in self.stems] + [f'"{a} {b}"' for a, b in pairwise(self.stems) if a != b]
            )
        )
        expression = " OR ".join(terms)
        required = [" ".join(s) for p in self.phrases if (s := [stem(w) for w in p if w not in STOP_WORDS])]
        if required:
            expression = " AND ".join([f"({expression})", *(f'"{r}"' for r in required)])
        return expression


def parse_query(index: Index, text: str, correct: bool = True) -> Query:
    """Stems of the query's words; with `correct`, a word the index does not know is replaced
    by the closest indexed word (rapidfuzz ratio ≥ 80) whose stem the index holds."""
    text = _QUOTES.sub('"', text)  # “typographic” and « French » quotes mark phrases too
    if text.count('"') % 2 == 0:
        # "1 502 495": an amount's digit groups are one number, searched as a phrase
        parts = text.split('"')
        text = '"'.join(
            _DIGIT_GROUPS.sub(r'"\g<0>"', part) if n % 2 == 0 else part for n, part in enumerate(parts)
        )
    phrases = [words(p) for p in re.findall(r'"([^"]+)"', text)]
    stems: list[str] = []
    corrections: dict[str, str] = {}
    for word in words(text.replace('"', " ")):
        if word in STOP_WORDS:
            continue
        term = stem(word)
        if correct and len(word) >= 4 and not _indexed(index, term):
            meant = _closest(index, word)
            if meant:
                corrections[word], term = meant
        stems.append(term)
    return Query(text, stems, phrases, corrections)


def _indexed(index: Index, term: str) -> bool:
    return index.conn.execute("SELECT 1 FROM fts_terms WHERE term = ?", (term,)).fetchone() is not None


def _closest(index: Index, word: str) -> tuple[str, str] | None:
    from rapidfuzz import fuzz, process

    # The vocabulary table memoises word → stem (a pure function) and only grows: a word is
    # proposed only if its stem is still in the index.
    vocabulary = index.vocabulary()
    # A list (not the dict: rapidfuzz would match the dict's values, the stems).
    words_ = list(vocabulary)
    for match, _score, _ in process.extract(word, words_, scorer=fuzz.ratio, score_cutoff=80, limit=5):
        if _indexed(index, vocabulary[match]):
            return match, vocabulary[match]
    return None


def search(
    index: Index, query: Query, selection: Selection, limit: int | None = None
) -> tuple[list[tuple[int, float]], int]:
    """(rowid, score) of the best `limit` matching records within the selection (all without
    a limit), best first, ties by id; and how many match in all. SQLite ranks and cuts: only
    the rows shown leave it. Quoted phrases are checked word for word here, on every match."""
    if not query.stems:
        return [], 0
    weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
    # The matches are computed once, first (MATERIALIZED): joined the other way, FTS5 would
    # seek the match once per record the filters allow, 100x slower on a national store.
    matches = f"WITH m AS MATERIALIZED (SELECT rowid, -bm25(fts, {weights}) AS s FROM fts WHERE fts MATCH ?) "
    joined = "FROM m JOIN records r ON r.rowid = m.rowid" + (
        f" WHERE {selection.where}" if selection.where else ""
    )
    params = [query.match(), *selection.params]
    ordered = f"{matches}SELECT m.rowid, m.s {joined} ORDER BY m.s DESC, r.id"
    if query.phrases:
        scored = index.conn.execute(ordered, params).fetchall()
        views = index.by_rowid([rowid for rowid, _ in scored])
        scored = [
            (rowid, score)
            for rowid, score in scored
            if all(
                _contains(" ".join(words(" ".join(record_fields(views[rowid]).values()))), p)
                for p in query.phrases
            )
        ]
        return (scored[:limit] if limit else scored), len(scored)
    if not limit:
        scored = index.conn.execute(ordered, params).fetchall()
        return scored, len(scored)
    scored = index.conn.execute(f"{ordered} LIMIT ?", [*params, limit]).fetchall()
    if len(scored) < limit:
        return scored, len(scored)
    (count,) = index.conn.execute(f"{matches}SELECT count(*) {joined}", params).fetchone()
    return scored, count


def spellings(index: Index, query: Query) -> set[str]:
    """The indexed words of the query's stems (matching them in a snippet needs no stemming)."""
    wanted = set(query.stems)
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    found = {
        w for (w,) in index.conn.execute(f"SELECT word FROM vocabulary WHERE stem IN ({marks})", list(wanted))
    }
    return found | wanted


def snippet(record: RecordLike, spelled: set[str], width: int = 160) -> tuple[str, list[str]]:
    """The sentence that holds most query words, cut around the first one.

    Splitting every section of thousands of hits into sentences and words was most of a large
    search's time: a text is first tested for the query's words as substrings of its loose
    ASCII form (in C), then searched with one accent- and case-tolerant word pattern, and cut
    into sentences only where a word was found."""
    key = frozenset(spelled)
    pattern, matches = _pattern(key), _matcher(key)
    best, best_count, best_words = "", -1, []
    for n, text in enumerate([record.title, *record.sections.values()]):
        found = []
        if _may_hold(text, key):
            found = [(m.start(), m.group()) for m in pattern.finditer(text) if matches(m.group())]
        if not found:
            if n == 0:  # no word in the title: its first sentence, until a better one
                best, best_count = text[: _sentence_end(text)], 0
            continue
        starts, ends = [], []  # where each sentence ends, and where the next one starts
        for m in _SENTENCE_END.finditer(text):
            ends.append(_end(m))
            starts.append(m.end())
            if m.start() > found[-1][0]:
                break  # the sentences after the last word's are not read
        for sentence, group in groupby(found, key=lambda hit: bisect_right(starts, hit[0])):
            printed = [word for _, word in group]
            if len(set(printed)) > best_count:
                start = starts[sentence - 1] if sentence else 0
                end = ends[sentence] if sentence < len(ends) else len(text)
                best, best_count, best_words = text[start:end], len(set(printed)), printed
    best = " ".join(best.replace("**", "").split())
    if len(best) > width and best_words:
        position = best.find(best_words[0])
        start = max(0, position - width // 3)
        best = ("…" if start else "") + best[start : start + width].strip() + "…"
    return best, sorted(set(best_words))


# a sentence ends at . ! ? ; before spaces, or at a line break (the punctuation stays in it)
_SENTENCE_END = re.compile(r"[.!?;]\s+|\n+")
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


def _end(separator: re.Match[str]) -> int:
    return separator.start() + (separator.group()[0] in ".!?;")


def _sentence_end(text: str) -> int:
    found = _SENTENCE_END.search(text)
    return _end(found) if found else len(text)


def _may_hold(text: str, spelled: frozenset[str]) -> bool:
    """Whether a query word may be printed in the text: its accents decomposed and dropped,
    lower-cased, every word a substring test. Never false when the word pattern would match."""
    if not text.isascii():
        for ligature, letters in _LIGATURES.items():
            if ligature in text:
                text = text.replace(ligature, letters)
        text = unicodedata.normalize("NFKD", text)
        text = text.encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    return any(word in text for word in spelled)


@lru_cache(maxsize=1)
def _letter_variants() -> tuple[dict[str, str], dict[str, str]]:
    """Each folded letter's printed forms (é, È, ² …) and each two-letter fold's ligature (œ)."""
    singles: dict[str, list[str]] = {}
    pairs: dict[str, list[str]] = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        if not re.fullmatch(r"\w", char):
            continue
        folded = fold(char)
        if len(folded) == 1:
            singles.setdefault(folded, []).append(char)
        elif len(folded) == 2:
            pairs.setdefault(folded, []).append(char)
    return {k: "".join(v) for k, v in singles.items()}, {k: "".join(v) for k, v in pairs.items()}


def _spellings(word: str) -> list[list[str]]:
    """The word as sequences of regex units, one per printed letter: a letter with its accented
    forms, or (for "oe", "ae" …) the ligature standing for two letters."""
    singles, pairs = _letter_variants()

    def unit(char: str) -> str:
        return f"[{re.escape(char)}{singles[char]}]" if char in singles else re.escape(char)

    if not word:
        return [[]]
    rest = _spellings(word[1:])
    found = [[unit(word[0]), *tail] for tail in rest]
    if word[:2] in pairs:
        found += [[f"[{pairs[word[:2]]}]", *tail] for tail in _spellings(word[2:])]
    return found


def _trie(sequences: list[list[str]]) -> str:
    """One regex for many words, their common beginnings written once: the regex engine tries
    each letter once instead of once per word (a theme's words share their stems)."""
    branches: dict[str, list[list[str]]] = {}
    ends = False
    for sequence in sequences:
        if sequence:
            branches.setdefault(sequence[0], []).append(sequence[1:])
        else:
            ends = True
    if not branches:
        return ""
    alternatives = "|".join(first + _trie(tails) for first, tails in branches.items())
    if ends:
        return f"(?:{alternatives})?"
    return alternatives if len(branches) == 1 else f"(?:{alternatives})"


@lru_cache(maxsize=4)
def _pattern(spelled: frozenset[str]) -> re.Pattern[str]:
    """Printed words that may fold to one of the query's: a whole word, any accents or case."""
    sequences = [s for word in sorted(spelled) for s in _spellings(word)]
    return re.compile(rf"(?<!\w)(?:{_trie(sequences)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _matcher(spelled: frozenset[str]) -> Callable[[str], bool]:
    """Whether a printed word is one of the query's (folded, stemmed spellings), each distinct
    word folded once: the snippets of thousands of hits meet the same words again and again."""

    @lru_cache(maxsize=100_000)
    def matches(word: str) -> bool:
        return any(f in spelled for f in words(word))

    return matches


def _contains(folded: str, phrase: list[str]) -> bool:
    return f" {' '.join(phrase)} " in f" {folded} "
