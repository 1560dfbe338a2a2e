"""PDF reading speed: ccas's reader against pdfplumber and pypdfium2, on the same file, same run.

    python benchmarks/bench_pdf.py            # renders the recueil as PDFs, then measures

The recueil is set by three producers (our reportlab renderer, WeasyPrint and Typst, one and two
columns: tests/typeset.py). For each PDF: pages per second of a whole ccas ingest, and its ratio
to pypdfium2's plain-text extraction of the same file measured in the same run. The targets
(issues 5 and 13): a whole ingest ≥ 50 pages/s on one core and ≤ 20× pypdfium2, whatever the
producer. pdfplumber is timed once, on the reportlab PDF (100 ms a page).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's PDF renderer (needs reportlab: [test])


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from ccas_cli.extract.pdf import read_pdf
    from ccas_cli.ingest import load_manifest, parse_file
    from pdfgen import printable, render
    from typeset import render as typeset

    entry = {e.id: e for e in load_manifest(ROOT / "data" / "raw" / "manifest.yaml")}["odas-recueil-2018"]
    text = entry.file.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        pdfs = {"reportlab, A4": render(printable(text), Path(folder) / "recueil.pdf", "a4")}
        for engine in ("weasyprint", "typst"):
            for columns in (1, 2):
                out = Path(folder) / f"recueil-{engine}-{columns}.pdf"
                pdfs[f"{engine}, {columns} column{'s' if columns > 1 else ''}"] = typeset(
                    text, out, engine, entry.title[:60], columns
                )

        def pdfium_plain(pdf: Path) -> None:
            document = pdfium.PdfDocument(str(pdf))
            for page in document:
                page.get_textpage().get_text_range()
            document.close()

        def plumber_plain(pdf: Path) -> None:
            with pdfplumber.open(str(pdf)) as document:
                for page in document.pages:
                    page.extract_text()

        rows = []
        for name, pdf in pdfs.items():
            pages = len(pdfium.PdfDocument(str(pdf)))
            baseline = best_of(lambda pdf=pdf: pdfium_plain(pdf))
            reader = best_of(lambda pdf=pdf: read_pdf(pdf))
            ingest = best_of(lambda pdf=pdf: parse_file(pdf, kind="odas-recueil"))
            rows.append((name, pages, baseline, reader, ingest))
        plumber = best_of(lambda: plumber_plain(pdfs["reportlab, A4"]), repeat=1)
    print("the recueil set by three producers (best of 3 runs; pdfplumber: 1 run)\n")
    print(
        "| producer | pages | pypdfium2 text (s) | ccas reader (s) | ccas whole ingest (s) | ingest pages/s | ingest × pypdfium2 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    met = True
    for name, pages, baseline, reader, ingest in rows:
        ratio = ingest / baseline
        met = met and ratio <= 20 and pages / ingest >= 50
        print(
            f"| {name} | {pages} | {baseline:.3f} | {reader:.3f} | {ingest:.3f} | {pages / ingest:,.0f} | {ratio:.1f} |"
        )
    name, pages, baseline, *_ = rows[0]
    print(
        f"\npdfplumber extract_text on the {name} PDF: {plumber:.3f} s, {plumber / baseline:.0f} × pypdfium2"
    )
    print(f"target: every ingest ≥ 50 pages/s and ≤ 20 × pypdfium2 → {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
