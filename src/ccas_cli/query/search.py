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
from itertools import accumulate, groupby, pairwise
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
    texts = [record.title, *record.sections.values()]
    for n, (text, found) in enumerate(zip(texts, _found_in(texts, key, pattern, matches), strict=True)):
        if not found:
            if n == 0:  # no word in the title: its first sentence, until a better one
                best, best_count = text[: _sentence_end(text)], 0
            continue
        starts, ends = _sentences_to(text, found[-1][0])
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
_SENTENCE_SPLIT = re.compile(r"([.!?;]\s+|\n+)")


def _sentences_to(text: str, last: int) -> tuple[list[int], list[int]]:
    """Where each sentence starts after a separator, and where it ends (its punctuation kept),
    up to the first separator after `last`, a word's position: the sentences after the last
    word's are not read. One split and running lengths in C, not a match object each."""
    parts = _SENTENCE_SPLIT.split(text[:last])  # no separator spans `last`: a word starts there
    bounds = list(accumulate(map(len, parts)))  # each separator's start, then its end
    starts = bounds[1::2]
    ends = [at + (separator[0] in ".!?;") for at, separator in zip(bounds[0::2], parts[1::2], strict=False)]
    following = _SENTENCE_END.search(text, last)
    if following:
        starts.append(following.end())
        ends.append(_end(following))
    return starts, ends


_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


def _end(separator: re.Match[str]) -> int:
    return separator.start() + (separator.group()[0] in ".!?;")


def _sentence_end(text: str) -> int:
    found = _SENTENCE_END.search(text)
    return _end(found) if found else len(text)


def _found_in(
    texts: list[str], key: frozenset[str], pattern: re.Pattern[str], matches: Callable[[str], bool]
) -> list[list[tuple[int, str]]]:
    """For each text, the query's words printed in it, (position, word as printed), as the word
    pattern finds them. Scanning every text of thousands of hits with that pattern was most of
    a large search's time: where a record holds no letter beyond Latin-1 that the pattern could
    match, its texts are searched at once for the words as bytes (one byte per character, so
    positions are the text's) and the pattern is tried only where one starts."""
    joined = "\0".join(texts)  # a word never spans the separator: the pattern matches letters
    folded = _latin_fold(joined, key)
    if folded is None:  # a letter the byte fold cannot stand for: the pattern reads it all
        return [_scanned(text, key, pattern, matches) for text in texts]
    starts: set[int] = set()
    for word in _ascii_words(key) or ():
        at = folded.find(word)
        while at >= 0:
            starts.add(at)
            at = folded.find(word, at + 1)
    found: list[list[tuple[int, str]]] = [[] for _ in texts]
    if not starts:
        return found
    offsets = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    after = 0
    for start in sorted(starts):
        if start < after:
            continue  # inside the word found before, as the pattern's scan would skip it
        m = pattern.match(joined, start)
        if m:
            after = m.end()
            if matches(m.group()):
                n = bisect_right(offsets, start) - 1
                found[n].append((start - offsets[n], m.group()))
    return found


def _scanned(
    text: str, key: frozenset[str], pattern: re.Pattern[str], matches: Callable[[str], bool]
) -> list[tuple[int, str]]:
    if not _may_hold(text, key):
        return []
    return [(m.start(), m.group()) for m in pattern.finditer(text) if matches(m.group())]


@lru_cache(maxsize=1)
def _latin_fold_table() -> bytes:
    """Latin-1 letters to the ASCII letter they fold to (upper case to lower); other bytes kept."""

    def folded(code: int) -> int:
        char = chr(code)
        if char.isascii():
            return ord(char.lower())
        letters = fold(char)
        return ord(letters) if len(letters) == 1 and re.fullmatch(r"\w", char) else code

    return bytes(folded(code) for code in range(256))


def _latin_fold(text: str, key: frozenset[str]) -> bytes | None:
    """The text lower-cased and accent-free, one byte per character (wider characters as "?"),
    or None when it holds a character the query's word pattern may match that this fold cannot
    stand for (a ligature, a letter of Latin Extended…)."""
    if _ascii_words(key) is None:
        return None
    if text.isascii():
        return text.encode("ascii").translate(_latin_fold_table())
    encoded = text.encode("latin-1", "replace")
    if encoded.count(b"?") != text.count("?"):  # wider characters: typographic quotes, dashes…
        wide = _wide_letters(key)
        at = encoded.find(b"?")
        while at >= 0:
            if text[at] in wide:
                return None
            at = encoded.find(b"?", at + 1)
    ligatures = _ligatures_of(key)
    if ligatures is not None and ligatures.search(text):
        return None
    return encoded.translate(_latin_fold_table())


@lru_cache(maxsize=4)
def _ascii_words(key: frozenset[str]) -> tuple[bytes, ...] | None:
    """The query's words as bytes, where they may start; None when one is not ASCII (the byte
    fold cannot find it)."""
    if not all(word.isascii() for word in key):
        return None
    # a word another one begins ("recour" of "recours") finds that one's places too
    return tuple(sorted(w.encode("ascii") for w in key if not any(w != o and w.startswith(o) for o in key)))


@lru_cache(maxsize=4)
def _wide_letters(key: frozenset[str]) -> frozenset[str]:
    """Characters beyond Latin-1 that a letter of the query's words may match: its accented
    forms, the ligatures standing for two of its letters, and what case-insensitive matching
    adds (the Kelvin sign for k, the long s for s)."""
    singles, pairs = _letter_variants()
    chars = {c for word in key for letter in word for c in (letter, *singles.get(letter, ""))}
    chars.update(_pair_letters(key, pairs))
    one = re.compile("[" + re.escape("".join(sorted(chars))) + "]", re.IGNORECASE)
    # (no character past U+2200 folds to a Latin letter: the Kelvin and Ångström signs, U+212A
    # and U+212B, are the last; scanning to there costs half a millisecond, not 15)
    return frozenset(one.findall("".join(map(chr, range(0x100, 0x2200)))))


@lru_cache(maxsize=4)
def _ligatures_of(key: frozenset[str]) -> re.Pattern[str] | None:
    """Latin-1 characters standing for two letters of the query's words (æ, ß): the byte fold
    keeps them one character, so a text holding one is read by the pattern."""
    _singles, pairs = _letter_variants()
    chars = "".join(sorted(c for c in _pair_letters(key, pairs) if ord(c) < 0x100))
    return re.compile(f"[{re.escape(chars)}]", re.IGNORECASE) if chars else None


def _pair_letters(key: frozenset[str], pairs: dict[str, str]) -> set[str]:
    return {c for word in key for i in range(len(word) - 1) for c in pairs.get(word[i : i + 2], "")}


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
