"""PDF reading speed: ccas's reader against pdfplumber and pypdfium2, on the same file, same run.

    python benchmarks/bench_pdf.py            # renders the recueil as a PDF, then measures

Prints pages per second for each reader and the ratios; the target (issue 5) is a whole PDF
ingest of the recueil within 20x the time pypdfium2 takes to read its plain text.
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

    entry = {e.id: e for e in load_manifest(ROOT / "data" / "raw" / "manifest.yaml")}["odas-recueil-2018"]
    with tempfile.TemporaryDirectory() as folder:
        pdf = render(printable(entry.file.read_text(encoding="utf-8")), Path(folder) / "recueil.pdf", "a4")
        pages = len(pdfium.PdfDocument(str(pdf)))

        def pdfium_plain() -> None:
            document = pdfium.PdfDocument(str(pdf))
            for page in document:
                page.get_textpage().get_text_range()
            document.close()

        def plumber_plain() -> None:
            with pdfplumber.open(str(pdf)) as document:
                for page in document.pages:
                    page.extract_text()

        def ccas_reader() -> None:
            read_pdf(pdf)

        def ccas_ingest() -> None:
            parse_file(pdf, kind="odas-recueil")

        results = {
            "pypdfium2 get_text_range (baseline)": best_of(pdfium_plain),
            "pdfplumber extract_text": best_of(plumber_plain, repeat=1),
            "ccas PDF reader": best_of(ccas_reader),
            "ccas whole ingest of the PDF": best_of(ccas_ingest),
        }
    baseline = results["pypdfium2 get_text_range (baseline)"]
    print(f"recueil rendered on A4: {pages} pages (best of 3 runs; pdfplumber: 1 run)\n")
    print("| reader | seconds | pages/s | × pypdfium2 |\n|---|---:|---:|---:|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.3f} | {pages / seconds:,.0f} | {seconds / baseline:.1f} |")
    ratio = results["ccas whole ingest of the PDF"] / baseline
    verdict = "met" if ratio <= 20 else "NOT met"
    print(f"\ntarget: whole ingest ≤ 20 × pypdfium2 → {ratio:.1f} × ({verdict})")


if __name__ == "__main__":
    main()
