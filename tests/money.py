"""Money fields of plan sheets, each with the budget a careful reader counts: a corpus of phrasings.

    python -m tests.money [--holdout] [-v]

Each file under `tests/money/` lists cases: the money lines of one action sheet as printed, and
the action's budget (`total`, in euros, or null). Each case is set as a sheet of a small plan (a
part, then "FICHE ACTION N°k" / a title / a lead / the case's lines, between two plain sheets)
and read by `ccas`'s plan parser; the sheet's counted budget is compared with the case's total.
`holdout-*` files are written apart and scored once before anyone reads them (then renamed
`unseenN-*`), as the document corpus is (`tests/conformance.py`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

FOLDER = Path(__file__).parent / "money"


@dataclass
class Case:
    file: str
    number: int
    lines: list[str]
    total: float | None
    why: str = ""


@dataclass
class Outcome:
    case: Case
    counted: float | None

    @property
    def exact(self) -> bool:
        if self.case.total is None or self.counted is None:
            return self.case.total is None and self.counted is None
        return abs(self.case.total - self.counted) < 0.005


def cases(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(path.name, n, [str(line) for line in c["lines"]], c.get("total"), c.get("why", ""))
        for n, c in enumerate(data["cases"], 1)
    ]


def _title(n: int) -> str:
    """A sheet's title with no number in it ("SOUTIEN AUX HABITANTS, VOLET BC")."""
    letters = ""
    while True:
        n, rest = divmod(n, 26)
        letters = chr(ord("A") + rest) + letters
        if not n:
            break
    return f"SOUTIEN AUX HABITANTS, VOLET {letters}"


def plan_text(found: list[Case]) -> str:
    """The cases as the sheets of one plan: each sheet a title, a lead, then the case's lines."""
    sheets = [
        f"FICHE ACTION N°{n}\n{_title(n)}\n\nPilote : Service des solidarités\n\n"
        + "\n".join(case.lines)
        + "\n"
        for n, case in enumerate(found, 1)
    ]
    return "PLAN D'ACTIONS 2031-2035\n\nAXE 1 – AGIR\n\n" + "\n".join(sheets)


_PLAIN = Case("", 0, ["Coût : 1 000 €"], 1000)


def score(path: Path) -> list[Outcome]:
    """Each case read as the middle sheet of a plan of three (the others cost 1 000 € each):
    a plan's readings depend on its whole text, and a case is judged on its own."""
    from ccas_cli.ingest import parse_file

    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        for case in cases(path):
            document = Path(folder) / f"{path.stem}-{case.number}.txt"
            document.write_text(plan_text([_PLAIN, case, _PLAIN]), encoding="utf-8")
            records = parse_file(document, kind="ccas-plan").records
            record = next((r for r in records if r.title == _title(2)), None)
            outcomes.append(Outcome(case, getattr(record, "budget_total_eur", None) if record else None))
    return outcomes


def files(holdout: bool) -> list[Path]:
    return sorted(p for p in FOLDER.glob("*.yaml") if p.name.startswith("holdout-") == holdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="the held-out files only")
    parser.add_argument("-v", dest="verbose", action="store_true", help="print every case missed")
    args = parser.parse_args(argv)
    total = exact = 0
    for path in files(args.holdout):
        outcomes = score(path)
        hits = sum(o.exact for o in outcomes)
        total, exact = total + len(outcomes), exact + hits
        print(f"{path.name}: {hits}/{len(outcomes)} budgets exact")
        if args.verbose:
            for o in outcomes:
                if not o.exact:
                    print(f"  #{o.case.number}: {o.counted} ≠ {o.case.total} | {' / '.join(o.case.lines)}")
    print(f"all: {exact}/{total} budgets exact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
