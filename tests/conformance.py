"""Scoring ccas against the conformance corpus: documents written by hand for the project (never
copied from publications), each with the records a careful reader extracts from it.

    python -m tests.conformance            # one line per document, then per family
    python -m tests.conformance --forced   # each document read with its family's --kind
    python -m tests.conformance -v         # and every miss
    python -m tests.conformance --holdout  # the held-out documents only (scores, never misses)

`tests/corpus/<family>/<name>.(txt|md)` + `<name>.expected.yaml` (see tests/corpus/README.md).
A document is scored as a user meets it: detected (no --kind), parsed, records matched to the
expected ones by title and type (an action read as a generic section is not found); then the
expected key fields are compared one by one.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ccas_cli.errors import CcasError
from ccas_cli.normalize.text import fold
from ccas_cli.yamlio import load_yaml

CORPUS = Path(__file__).parent / "corpus"
TITLE_MATCH = 85  # rapidfuzz ratio on folded titles
# Fields that are not compared one by one (identity, or document-level facts).
NOT_KEY_FIELDS = {"title", "type"}


@dataclass
class Score:
    path: Path
    family: str
    detected: str | None = None
    error: str | None = None  # one-line error of ccas (exit 3 and the like)
    crash: str | None = None  # a traceback: always a defect
    expected: int = 0
    found: int = 0
    fields: int = 0
    fields_right: int = 0
    furniture: int = 0  # page furniture made into records (counted against `found`)
    extra: int = 0  # records the reader made that match no expected record (junk, split records)
    total_expected: float | None = None
    total_found: float | None = None
    misses: list[str] = field(default_factory=list)
    counted_twice: list[str] = field(default_factory=list)  # one printed amount counted on two records
    budgets_unfound: int = 0  # expected records with a budget that no record matched
    # what the document announces of its records (a plan's counts of actions, a kit's of its
    # experiments): the expected figure when the writer gave one, and what ccas says it is
    announced_expected: int | None = None
    announced_found: int | None = None

    @property
    def record_share(self) -> float:
        return max(0, self.found - self.furniture) / self.expected if self.expected else 1.0

    @property
    def extra_share(self) -> float:
        """Records made beyond the expected ones, as a share of the expected."""
        return self.extra / self.expected if self.expected else 0.0

    @property
    def field_share(self) -> float:
        return self.fields_right / self.fields if self.fields else 1.0

    @property
    def total_exact(self) -> bool:
        # (a total is exact only from the records that carry it: one junk record holding the
        # recap's grand total while the sheets were missed is no exact total)
        return self.total_expected is None or (
            self.total_found == self.total_expected and not self.budgets_unfound
        )


def documents(holdout: bool = False) -> list[tuple[Path, Path]]:
    """The corpus's documents; `holdout` gives only the held-out ones (`holdout-*`, written
    apart and never read while developing), else only the others."""
    pairs = []
    for expected in sorted(CORPUS.glob("*/*.expected.yaml")):
        if expected.name.startswith("holdout-") != holdout:
            continue
        stem = expected.name.removesuffix(".expected.yaml")
        found = [p for p in expected.parent.glob(f"{stem}.*") if not p.name.endswith(".expected.yaml")]
        pairs.append((found[0], expected))
    return pairs


_NUMBERING = re.compile(
    r"^(?:article|art|fiche(?: action)?|action|projet|titre|chapitre|partie|annexe|deliberation|point)\s+"
    r"(?:n\s*)?(?:(?:19|20)\d\d \d{1,3}|[\divxlc]+)(?:er)?\b\s*"
)


def _unnumbered(title: str) -> str:
    """A folded title without the numbering word that may open it ("article 1er ", "fiche 3 ")."""
    return _NUMBERING.sub("", title)


def _norm(value: Any) -> str:
    return " ".join(fold(str(value)).replace("’", "'").split())


def _same_text(got: Any, want: Any) -> bool:
    if got is None:
        return False
    a, b = _norm(got), _norm(want)
    return a == b or (len(b) > 3 and (b in a or a in b)) or fuzz.ratio(a, b) >= 90


def _partner_found(want: str, got: list[str]) -> bool:
    from ccas_cli.normalize.entities import partner_vocabulary

    names = [_norm(g) for g in got]
    key = _norm(want)
    if any(fuzz.ratio(key, n) >= 85 or fuzz.token_set_ratio(key, n) >= 90 for n in names):
        return True
    resolved = partner_vocabulary().resolve(want)
    return resolved.resolved and _norm(resolved.name) in names


def _compare(name: str, want: Any, record: Any) -> list[tuple[str, bool]]:
    """(what, right) for one expected field of one record."""
    if name == "partners":
        got = [*getattr(record, "partners", []), *getattr(record, "partners_unresolved", [])]
        got += getattr(record, "funders", [])
        return [(f"partner {p}", _partner_found(p, got)) for p in want]
    if name == "fields":
        got_fields = getattr(record, "fields", {}) or {}
        out = []
        for label, value in want.items():
            match = [v for k, v in got_fields.items() if _norm(k) == _norm(label)]
            match = match or [v for k, v in got_fields.items() if fuzz.ratio(_norm(k), _norm(label)) >= 90]
            out.append((f"field {label}", bool(match) and _same_text(match[0], value)))
        return out
    if name == "contacts":
        got_contacts = getattr(record, "contacts", [])
        out = []
        for contact in want:
            key = contact.get("email") or contact.get("name")
            out.append(
                (
                    f"contact {key}",
                    any(_same_text(c.email if contact.get("email") else c.name, key) for c in got_contacts),
                )
            )
        return out
    if name == "sections":
        got_sections = list(getattr(record, "sections", {}) or {})
        return [(f"section {s}", any(_same_text(g, s) for g in got_sections)) for s in want]
    if name == "amounts":
        # a range ("entre 300 € et 1 500 €") is one line holding both ends
        got_amounts = {
            a
            for b in getattr(record, "budget_lines", [])
            for a in (b.amount_eur, b.amount_max_eur)
            if a is not None
        }
        return [(f"amount {a}", float(a) in got_amounts) for a in want]
    if name == "date":
        text = " ".join(str(v) for v in (getattr(record, "sections", {}) or {}).values())
        text += " " + str(getattr(record, "date", "") or "")
        return [("date", _norm(want) in _norm(text))]
    got = getattr(record, name, None)
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return [(name, got is not None and float(got) == float(want))]
    return [(name, _same_text(got, want))]


def score(path: Path, expected_path: Path, forced: bool = False) -> Score:
    from ccas_cli.ingest import parse_file

    expected = load_yaml(expected_path.read_text(encoding="utf-8"), expected_path)
    result = Score(path, expected["kind"], expected=len(expected["records"]))
    try:
        parsed = parse_file(path, kind=expected["kind"] if forced else None)
    except CcasError as exc:
        result.error = exc.one_line()
        return result
    except Exception:  # a crash is what this harness exists to catch
        result.crash = traceback.format_exc(limit=3).strip().splitlines()[-1]
        return result
    result.detected = parsed.document.kind
    records = list(parsed.records)
    used: set[int] = set()
    for want in expected["records"]:
        key = _norm(want["title"])
        best, best_score = None, 0.0
        for k, record in enumerate(records):
            if k in used or ("type" in want and record.type != want["type"]):
                continue
            got = _norm(record.title)
            s = max(
                fuzz.ratio(key, got),
                100.0 if got and (got.startswith(key) or key.startswith(got)) else 0,
                # the brief asks titles "without numbering": "Article 1er – X" is X either way
                fuzz.ratio(_unnumbered(key), _unnumbered(got)),
            )
            if s > best_score:
                best, best_score = k, s
        if best is None or best_score < TITLE_MATCH:
            result.misses.append(f"record not found: {want['title']}")
            result.budgets_unfound += want.get("budget_total_eur") is not None
            continue
        used.add(best)
        result.found += 1
        if re.search(r"\]\(|\*\*|^#", records[best].title):  # markup left in a title the user reads
            result.fields += 1
            result.misses.append(f"{want['title'][:40]}: markup in the title {records[best].title[:60]!r}")
        for name, value in want.items():
            if name in NOT_KEY_FIELDS:
                continue
            for what, right in _compare(name, value, records[best]):
                result.fields += 1
                result.fields_right += right
                if not right:
                    result.misses.append(f"{want['title'][:40]}: {what}")
    result.extra = len(records) - len(used)
    result.misses += [f"extra record: {r.title[:60]}" for k, r in enumerate(records) if k not in used]
    for title in expected.get("not_records", []):
        if any(
            _same_text(r.title, title) and fuzz.ratio(_norm(r.title), _norm(title)) >= 90 for r in records
        ):
            result.misses.append(f"furniture made a record: {title}")
            result.furniture += 1
    counted: dict[tuple, str] = {}
    for record in records:
        for line in getattr(record, "budget_lines", None) or []:
            if not line.counted:
                continue
            key = (tuple(line.source.lines), line.raw, line.amount_eur)
            if key in counted and counted[key] != record.id:
                result.counted_twice.append(f"{line.raw[:50]!r} on {counted[key]} and {record.id}")
            counted.setdefault(key, record.id)
    if "announced_total" in expected:
        result.announced_expected = int(expected["announced_total"])
    elif isinstance(expected.get("announced"), dict) and expected["kind"] == "ccas-plan":
        result.announced_expected = sum(int(n) for n in expected["announced"].values())
    elif "sommaire_count" in expected:
        result.announced_expected = int(expected["sommaire_count"])  # a recueil's Sommaire titles
    if result.announced_expected is not None:
        result.announced_found = parsed.document.records_announced
        if result.announced_found != result.announced_expected:
            result.misses.append(f"announced {result.announced_found} ≠ {result.announced_expected}")
    if "total_eur" in expected:
        result.total_expected = float(expected["total_eur"])
        result.total_found = float(sum(getattr(r, "budget_total_eur", None) or 0 for r in records))
    return result


def report(scores: list[Score]) -> str:
    lines = [
        "| document | family | detected | records | extra | key fields | total | error |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        total = (
            ""
            if s.total_expected is None
            else "exact"
            if s.total_exact
            else f"{s.total_found:,.0f} ≠ {s.total_expected:,.0f}"
            if s.total_found != s.total_expected
            else f"{s.total_found:,.0f} without {s.budgets_unfound} costed records"
        )
        problem = (s.crash and f"TRACEBACK {s.crash}") or s.error or ""
        lines.append(
            f"| {s.path.name} | {s.family} | {s.detected or '-'} | {s.found}/{s.expected}"
            f"{f' (+{s.furniture} furniture)' if s.furniture else ''} "
            f"| {s.extra} | {s.fields_right}/{s.fields} | {total} | {re.sub(r'[|]', '/', problem)[:80]} |"
        )
    lines.append("")
    lines.append(
        "| family | detected | records | extra records | key fields | totals exact | announced right |"
    )
    lines.append("|---|---|---|---|---|---|---|")
    for family in sorted({s.family for s in scores}):
        group = [s for s in scores if s.family == family]
        detected = sum(s.detected == family for s in group)
        found = sum(max(0, s.found - s.furniture) for s in group)
        expected = sum(s.expected for s in group)
        right, fields = sum(s.fields_right for s in group), sum(s.fields for s in group)
        totals = [s for s in group if s.total_expected is not None]
        extra = sum(s.extra for s in group)
        told = [s for s in group if s.announced_expected is not None]
        announced = (
            f"{sum(s.announced_found == s.announced_expected for s in told)}/{len(told)}" if told else "-"
        )
        lines.append(
            f"| {family} | {detected}/{len(group)} | {found}/{expected} ({found / max(expected, 1):.0%}) "
            f"| {extra} ({extra / max(expected, 1):.0%}) "
            f"| {right}/{fields} ({right / max(fields, 1):.0%}) "
            f"| {sum(s.total_exact for s in totals)}/{len(totals)} | {announced} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    scores = [score(p, e, forced="--forced" in sys.argv) for p, e in documents("--holdout" in sys.argv)]
    print(report(scores))
    if "-v" in sys.argv and "--holdout" not in sys.argv:
        for s in scores:
            for miss in s.misses:
                print(f"{s.path.name}: {miss}")
