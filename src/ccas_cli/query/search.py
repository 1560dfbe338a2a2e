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


class SearchIndex:
    def __init__(
        self,
        records: list[RecordBase],
        bags: list[dict[str, float]] | None = None,
        folded: list[str] | None = None,
        surface: dict[str, Counter[str]] | None = None,
    ):
        """Over records; their terms come precomputed from the query cache when it has them."""
        self.records = records
        if bags is None or folded is None or surface is None:
            bags, folded, surface = [], [], {}
            for record in records:
                texts = record_fields(record)
                bags.append(weighted_terms(texts))
                all_words = words(" ".join(texts.values()))
                folded.append(" ".join(all_words))
                for word in all_words:
                    if word not in STOP_WORDS and len(word) > 2:
                        surface.setdefault(stem(word), Counter())[word] += 1
        self.docs = bags
        self.folded = folded
        self.surface = surface
        self.lengths = [sum(bag.values()) for bag in bags]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        self.df = df
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        self.words = {w: t for t, counter in self.surface.items() for w in counter}

    def idf(self, term: str) -> float:
        n = len(self.docs)
        return math.log(1 + (n - self.df.get(term, 0) + 0.5) / (self.df.get(term, 0) + 0.5))

    def parse_query(self, text: str) -> Query:
        phrases = [words(p) for p in re.findall(r'"([^"]+)"', text)]
        stems: list[str] = []
        corrections: dict[str, str] = {}
        for word in words(text.replace('"', " ")):
            if word in STOP_WORDS:
                continue
            term = stem(word)
            if term not in self.df and len(word) >= 4:
                match = process.extractOne(word, list(self.words), scorer=fuzz.ratio, score_cutoff=80)
                if match:
                    term = self.words[match[0]]
                    corrections[word] = match[0]
            stems.append(term)
        return Query(text, with_bigrams(stems), phrases, corrections)

    def search(
        self, query: Query, candidates: list[int] | None = None, limit: int | None = None
    ) -> list[Hit]:
        pool = candidates if candidates is not None else range(len(self.docs))
        scored: list[tuple[float, int]] = []
        for i in pool:
            if any(not _contains(self.folded[i], phrase) for phrase in query.phrases):
                continue
            score = self._score(i, query.terms)
            if score > 0 or (not query.terms and query.phrases):
                scored.append((score, i))
        scored.sort(key=lambda s: (-s[0], self.records[s[1]].id))
        hits = []
        for score, i in scored[:limit] if limit else scored:
            snippet, matched = self.snippet(self.records[i], query)
            hits.append(Hit(self.records[i], round(score, 4), snippet, matched))
        return hits

    def _score(self, i: int, terms: list[str]) -> float:
        bag, length = self.docs[i], self.lengths[i]
        score = 0.0
        for term in terms:
            tf = bag.get(term)
            if not tf:
                continue
            norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / (self.average or 1)))
            score += self.idf(term) * norm
        return score

    def snippet(self, record: RecordBase, query: Query, width: int = 160) -> tuple[str, list[str]]:
        """The sentence that holds most query words, cut around the first one."""
        wanted = {t for t in query.terms if "_" not in t}
        # The indexed words of the wanted stems: matching them needs no stemming at query time.
        spellings = {w for t in wanted for w in self.surface.get(t, ())} | wanted
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
