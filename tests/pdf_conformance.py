"""The conformance corpus typeset as PDFs, scored against the same expected records.

    python -m tests.pdf_conformance                       # every document, both engines, 1 column
    python -m tests.pdf_conformance --columns 2 -k unseen39 --engine typst -v

Each document is set by a real engine (tests/typeset.py: WeasyPrint or Typst, A4, justified,
hyphenated, a running header and page numbers), then read back from the PDF as a user would meet
it (detected, no --kind) and scored by `tests.conformance.score` against its expected YAML — the
truth its writer made, not the text path's output. The text score is printed beside it, so what
the PDF loses is what the reader loses, not what the parser never read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import conformance
from .typeset import ENGINES, render


def score_pdf(document: Path, expected: Path, engine: str, columns: int, folder: Path) -> conformance.Score:
    text = document.read_text(encoding="utf-8")
    pdf = folder / f"{document.stem}-{engine}-{columns}.pdf"
    try:
        render(text, pdf, engine, document.stem[:60], columns)
    except Exception as exc:  # an engine refusing a document is reported, never a crash of the run
        family = conformance.load_yaml(expected.read_text(encoding="utf-8"), expected)["kind"]
        return conformance.Score(document, family, error=f"not typeset: {type(exc).__name__}: {exc}"[:160])
    result = conformance.score(pdf, expected)
    result.path = document
    return result


def _job(args: tuple[Path, Path, str, int, str]) -> tuple[conformance.Score, conformance.Score]:
    document, expected, engine, columns, folder = args
    return conformance.score(document, expected), score_pdf(document, expected, engine, columns, Path(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=ENGINES, action="append")
    parser.add_argument("--columns", type=int, choices=(1, 2), default=1)
    parser.add_argument("-k", dest="pattern", default="", help="only documents whose name contains this")
    parser.add_argument("--family", default="", help="only documents of this family")
    parser.add_argument("--holdout", action="store_true", help="the held-out documents only")
    parser.add_argument("-j", dest="jobs", type=int, default=2)
    parser.add_argument("-v", dest="verbose", action="store_true", help="print what the PDF lost")
    options = parser.parse_args(argv)
    documents = [
        (d, e)
        for d, e in conformance.documents(options.holdout)
        if options.pattern in d.name and options.family in ("", d.parent.name)
    ]
    engines = options.engine or list(ENGINES)
    with tempfile.TemporaryDirectory() as folder:
        jobs = [(d, e, engine, options.columns, folder) for engine in engines for d, e in documents]
        with ProcessPoolExecutor(max_workers=options.jobs) as pool:
            pairs = list(pool.map(_job, jobs, chunksize=4))
    for engine in engines:
        mine = [pair for job, pair in zip(jobs, pairs, strict=True) if job[2] == engine]
        print(f"\n## {engine}, {options.columns} column(s)\n")
        print(_table(mine))
        if options.verbose:
            for text, pdf in mine:
                lost = [m for m in pdf.misses if m not in text.misses]
                problem = pdf.crash or pdf.error
                if lost or problem:
                    print(
                        f"{text.path.name}: records {text.found}→{pdf.found}/{text.expected}, "
                        f"key fields {text.fields_right}/{text.fields}→{pdf.fields_right}/{pdf.fields}"
                    )
                if problem:
                    print(f"{text.path.name}: {problem}")
                for miss in lost[:12]:
                    print(f"{text.path.name}: {miss}")
    return 0


def _table(pairs: list[tuple[conformance.Score, conformance.Score]]) -> str:
    families = sorted({text.family for text, _ in pairs})
    lines = [
        "| family | documents | detected (text → PDF) | records (text → PDF) | key fields (text → PDF) "
        "| totals exact (text → PDF) | PDF errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for family in [*families, "all"]:
        mine = [p for p in pairs if family in ("all", p[0].family)]

        def share(side: int, mine=mine) -> tuple[str, str, str, str]:
            scores = [p[side] for p in mine]
            detected = sum(1 for s in scores if s.detected == s.family)
            found = sum(max(0, s.found - s.furniture) for s in scores)
            expected = sum(s.expected for s in scores)
            right = sum(s.fields_right for s in scores)
            fields = sum(s.fields for s in scores)
            plans = [s for s in scores if s.total_expected is not None]
            exact = sum(1 for s in plans if s.total_exact)
            return (
                f"{detected}/{len(scores)}",
                f"{found}/{expected} ({found / max(expected, 1):.0%})",
                f"{right}/{fields} ({right / max(fields, 1):.0%})",
                f"{exact}/{len(plans)}",
            )

        text, pdf = share(0), share(1)
        errors = sum(1 for p in mine if p[1].crash or p[1].error)
        lines.append(
            f"| {family} | {len(mine)} | "
            + " | ".join(f"{a} → {b}" for a, b in zip(text, pdf, strict=True))
            + f" | {errors} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
