"""Full-text search: BM25 over title (boosted), categories and sections, typo-tolerant.

Ranking is BM25 (k1=1.2, b=0.75) over a weighted bag of stems and stem bigrams; quoted
phrases must appear as such. Unknown query words are replaced by the closest indexed word
(rapidfuzz) and reported as "did you mean", so a typo still finds something.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from ..models import RecordBase
from .tokens import STOP_WORDS, stem, tokens, with_bigrams, words

if TYPE_CHECKING:
    from ..models import RecordBase

K1, B = 1.2, 0.75
FIELD_WEIGHTS = {"title": 3.0, "categories": 1.5, "text": 1.0}
_CATEGORY_FIELDS = (
    "theme_label",
    "chapter_title",
    "block",
    "status_group",
    "category",
    "porteur",
    "departement",
)


@dataclass
class Hit:
    record: RecordBase
    score: float
    snippet: str
    matched: list[str]  # words of the snippet (as printed) that matched, for highlighting


@dataclass
class Query:
    text: str
    terms: list[str]  # stems (and bigrams) to score
    phrases: list[list[str]]  # folded word sequences that must appear
    corrections: dict[str, str] = field(default_factory=dict)  # typed word → indexed word


def record_fields(record: RecordBase) -> dict[str, str]:
    categories = " ".join(str(getattr(record, f)) for f in _CATEGORY_FIELDS if getattr(record, f, None))
    return {"title": record.title, "categories": categories, "text": " ".join(record.sections.values())}


def weighted_terms(texts: dict[str, str]) -> Counter[str]:
    """Stems and stem bigrams of a record's fields, weighted by field (title counts most)."""
    bag: Counter[str] = Counter()
    for name, text in texts.items():
        weight = FIELD_WEIGHTS[name]
        for term in with_bigrams(tokens(text)):
            bag[term] += weight
    return bag


class Postings:
    """An inverted index: term → flat [doc, weight, doc, weight, …], plus what search needs
    around it. Values may stay marshal-encoded bytes until a query asks for them, so a query
    decodes only the postings of its own terms, whatever the size of the corpus."""

    def __init__(self, terms: dict, lengths: list[float], surface: dict, vocabulary, folded) -> None:
        self.terms = terms
        self.lengths = lengths
        self.surface_raw = surface
        self._vocabulary = vocabulary
        self._folded = folded

    @staticmethod
    def _decode(value):
        import marshal

        return marshal.loads(value) if isinstance(value, bytes) else value

    def get(self, term: str) -> list:
        value = self.terms.get(term)
        if value is None:
            return []
        if isinstance(value, bytes):
            value = self.terms[term] = self._decode(value)
        return value

    def surface(self, stem_: str) -> dict[str, int]:
        value = self.surface_raw.get(stem_)
        if value is None:
            return {}
        if isinstance(value, bytes):
            value = self.surface_raw[stem_] = self._decode(value)
        return value

    @property
    def vocabulary(self) -> dict[str, str]:
        """Every indexed word → its stem (for "did you mean")."""
        self._vocabulary = self._decode(self._vocabulary)
        return self._vocabulary

    @property
    def folded(self) -> list[str]:
        self._folded = self._decode(self._folded)
        return self._folded


def build_postings(records: list[RecordBase]) -> dict:
    """The inverted index of records, as plain data (what the query cache stores)."""
    terms: dict[str, list] = {}
    lengths: list[float] = []
    surface: dict[str, Counter[str]] = {}
    folded: list[str] = []
    for index, record in enumerate(records):
        texts = record_fields(record)
        bag = weighted_terms(texts)
        lengths.append(sum(bag.values()))
        for term, weight in bag.items():
            terms.setdefault(term, []).extend((index, weight))
        all_words = words(" ".join(texts.values()))
        folded.append(" ".join(all_words))
        for word in all_words:
            if word not in STOP_WORDS and len(word) > 2:
                surface.setdefault(stem(word), Counter())[word] += 1
    vocabulary = {w: t for t, counter in surface.items() for w in counter}
    return {
        "terms": terms,
        "lengths": lengths,
        "surface": {k: dict(v) for k, v in surface.items()},
        "vocabulary": vocabulary,
        "folded": folded,
    }


class SearchIndex:
    def __init__(self, records: list[RecordBase], postings: Postings | None = None):
        """Over records; the index comes from the query cache when it has one."""
        self.records = records
        if postings is None:
            built = build_postings(records)
            postings = Postings(
                built["terms"], built["lengths"], built["surface"], built["vocabulary"], built["folded"]
            )
        self.postings = postings
        self.lengths = postings.lengths
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0

    def df(self, term: str) -> int:
        return len(self.postings.get(term)) // 2

    def idf(self, term: str) -> float:
        n, df = len(self.records), self.df(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def parse_query(self, text: str) -> Query:
        phrases = [words(p) for p in re.findall(r'"([^"]+)"', text)]
        stems: list[str] = []
        corrections: dict[str, str] = {}
        for word in words(text.replace('"', " ")):
            if word in STOP_WORDS:
                continue
            term = stem(word)
            if term not in self.postings.terms and len(word) >= 4:
                vocabulary = self.postings.vocabulary
                match = process.extractOne(word, list(vocabulary), scorer=fuzz.ratio, score_cutoff=80)
                if match:
                    term = vocabulary[match[0]]
                    corrections[word] = match[0]
            stems.append(term)
        return Query(text, with_bigrams(stems), phrases, corrections)

    def search(
        self, query: Query, candidates: list[int] | None = None, limit: int | None = None
    ) -> list[Hit]:
        allowed = set(candidates) if candidates is not None else None
        scores: dict[int, float] = {}
        average = self.average or 1
        for term in dict.fromkeys(query.terms):
            flat = self.postings.get(term)
            if not flat:
                continue
            idf = self.idf(term)
            for i in range(0, len(flat), 2):
                doc, tf = flat[i], flat[i + 1]
                if allowed is not None and doc not in allowed:
                    continue
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * self.lengths[doc] / average))
                scores[doc] = scores.get(doc, 0.0) + idf * norm * query.terms.count(term)
        if query.phrases:
            pool = scores if query.terms else (allowed if allowed is not None else range(len(self.records)))
            folded = self.postings.folded
            kept = [d for d in pool if all(_contains(folded[d], p) for p in query.phrases)]
            scores = {d: scores.get(d, 0.0) for d in kept}
        scored = sorted(scores.items(), key=lambda s: (-s[1], self.records[s[0]].id))
        hits = []
        for i, score in scored[:limit] if limit else scored:
            snippet, matched = self.snippet(self.records[i], query)
            hits.append(Hit(self.records[i], round(score, 4), snippet, matched))
        return hits

    def snippet(self, record: RecordBase, query: Query, width: int = 160) -> tuple[str, list[str]]:
        """The sentence that holds most query words, cut around the first one."""
        wanted = {t for t in query.terms if "_" not in t}
        # The indexed words of the wanted stems: matching them needs no stemming at query time.
        spellings = {w for t in wanted for w in self.postings.surface(t)} | wanted
        best, best_count, best_words = record.title, -1, []
        for text in [record.title, *record.sections.values()]:
            for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
                found = [w for w in re.findall(r"\w+", sentence) if any(f in spellings for f in words(w))]
                if len(set(found)) > best_count:
                    best, best_count, best_words = sentence, len(set(found)), found
        best = " ".join(best.replace("**", "").split())
        if len(best) > width and best_words:
            position = best.find(best_words[0])
            start = max(0, position - width // 3)
            best = ("…" if start else "") + best[start : start + width].strip() + "…"
        return best, sorted(set(best_words))


def _contains(folded: str, phrase: list[str]) -> bool:
    return f" {' '.join(phrase)} " in f" {folded} "
