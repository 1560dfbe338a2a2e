"""PDF ingestion: PDFs rendered from the bundled documents give the records of their text."""

from __future__ import annotations

import pytest

from ccas_cli.cli.app import app
from ccas_cli.errors import InputError
from ccas_cli.extract import read_source
from ccas_cli.ingest import parse_file

from .conftest import snapshot
from .pdfgen import LAYOUTS, printable, render

# Each document in both layouts: A4 (running header, page numbers, hyphenation, ligatures) and
# two columns per page.
CASES = [
    (document, layout)
    for document in (
        "ccas-grenoble-plan-strategique",
        "grenoble-experimentations-2011",
        "inspiraction-grenoble-2017",
        "caf-isere-2023",
        "odas-recueil-2018",
    )
    for layout in ("a4", "two-columns")
]
KEY_FIELDS = [
    "type",
    "kind",
    "title",
    "departement",
    "departement_code",
    "porteur",
    "year",
    "status",
    "chapter",
    "theme_label",
    "block",
    "direction",
    "responsable",
    "budget_total_eur",
    "partners",
    "start_year",
    "state",
    "evaluator",
    "category",
]


@pytest.fixture(scope="session")
def rendered(tmp_path_factory, manifest):
    """{(document, layout): (text file, PDF file)} rendered once for the session."""
    folder = tmp_path_factory.mktemp("pdf")
    files = {}
    for document, layout in CASES:
        entry = manifest[document]
        text = printable(entry.file.read_text(encoding="utf-8"))
        txt = folder / f"{document}.txt"
        txt.write_text(text, encoding="utf-8")
        files[(document, layout)] = (txt, render(text, folder / f"{document}-{layout}.pdf", layout))
    return files


def _records(path, entry):
    """Parsed as the manifest's document (same id and title), whatever the file is called."""
    result = parse_file(path, kind=entry.kind, entry=entry)
    return result, {r.id: r for r in result.records}


@pytest.mark.parametrize(("document", "layout"), CASES)
def test_pdf_gives_the_records_of_its_text(rendered, manifest, document, layout):
    """Same record ids, key fields and budget totals from the PDF as from the text."""
    txt, pdf = rendered[(document, layout)]
    entry = manifest[document]
    _, text_records = _records(txt, entry)
    from_pdf, pdf_records = _records(pdf, entry)
    assert pdf_records.keys() == text_records.keys()
    for key, record in text_records.items():
        for name in KEY_FIELDS:
            assert getattr(pdf_records[key], name, None) == getattr(record, name, None), (key, name)
        assert [b.amount_eur for b in pdf_records[key].budget_lines if b.counted] == [
            b.amount_eur for b in record.budget_lines if b.counted
        ]
    assert from_pdf.document.lines_accounted == from_pdf.document.lines_total


@pytest.mark.parametrize(("document", "layout"), CASES)
def test_pdf_provenance_has_pages(rendered, manifest, document, layout):
    """Every record of a PDF says on which pages it sits, in order."""
    _, pdf = rendered[(document, layout)]
    result = parse_file(pdf, kind=manifest[document].kind)
    pages = [r.source.pages for r in result.records]
    assert all(p is not None and 1 <= p[0] <= p[1] for p in pages)
    assert pages[-1][1] > 1


def test_running_headers_footers_and_page_numbers_are_removed(rendered):
    """No line of the read PDF is the header, the footer or a page number."""
    _, pdf = rendered[("odas-recueil-2018", "a4")]
    source = read_source(pdf)
    assert not [line for line in source.lines if LAYOUTS["a4"].header in line]
    assert not [
        line for line in source.lines if line.strip().startswith("- ") and line.strip().endswith(" -")
    ]


def test_hyphenation_and_ligatures_are_repaired(rendered):
    """Words cut at line ends and fi/fl ligatures read back as the words of the text."""
    txt, pdf = rendered[("odas-recueil-2018", "a4")]
    source = read_source(pdf)
    assert not any(c in line for line in source.lines for c in "\ufb01\ufb02")
    text_words = set(txt.read_text(encoding="utf-8").split())
    pdf_words = {w for line in source.lines for w in line.split()}
    assert len(pdf_words - text_words) <= 3, sorted(pdf_words - text_words)[:10]


def test_lines_in_two_columns_are_read_column_by_column(rendered):
    """A two-column page is read down the left column, then the right one."""
    txt, pdf = rendered[("ccas-grenoble-plan-strategique", "two-columns")]
    expected = [line.strip() for line in txt.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = [line.strip() for line in read_source(pdf).lines if line.strip()]
    # The same lines in the same order, give or take a few line breaks that only the
    # author's spacing could tell apart.
    assert " ".join(got) == " ".join(expected)


def test_a_table_reads_row_by_row_with_tabs(tmp_path):
    """Label/value cells of a table come out as 'label<TAB>value', one row per line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from .pdfgen import FONT

    rows = [
        ["Démarrage", "septembre 2010"],
        ["Public visé", "familles grenobloises"],
        ["Évaluateur", "CREDOC"],
    ]
    path = tmp_path / "table.pdf"
    table = Table(rows, colWidths=[150, 250])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    lines = [line for line in read_source(path).lines if line.strip()]
    assert lines == ["Démarrage\tseptembre 2010", "Public visé\tfamilles grenobloises", "Évaluateur\tCREDOC"]


# -- bad PDFs ---------------------------------------------------------------------------------


def _blank_pdf(path, pages_with_text):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    for text in pages_with_text:
        if text:
            pdf.setFont("Helvetica", 11)
            pdf.drawString(72, 720, text)
        else:
            pdf.rect(72, 600, 200, 100)  # a drawing, no text: what a scan looks like to a reader
        pdf.showPage()
    pdf.save()
    return path


def _encrypted_pdf(path):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt="secret", invariant=1)
    pdf.drawString(72, 720, "confidentiel")
    pdf.save()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_encrypted_pdf, "encrypted PDF: decrypt it first"),
        (lambda p: _blank_pdf(p, ["", ""]), "no text layer (a scanned PDF?)"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj <<") and p, "not a readable PDF (corrupt or truncated)"),
        (lambda p: p.write_bytes(b"Ceci est un texte.\n") and p, "not a PDF (no %PDF header)"),
    ],
    ids=["encrypted", "scan", "truncated", "not-a-pdf"],
)
def test_bad_pdf_is_one_line_exit_3_and_changes_nothing(runner, tmp_path, data_copy, make, message):
    """Encrypted, scanned, truncated or fake PDFs: one line naming the file, exit 3, store intact."""
    path = tmp_path / "bad.pdf"
    make(path)
    before = snapshot(data_copy)
    result = runner.invoke(app, ["ingest", str(path), "--kind", "ccas-plan", "--out", str(data_copy)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {path}: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert snapshot(data_copy) == before


def test_truncated_copy_of_a_real_pdf_is_refused(rendered, tmp_path):
    """A real PDF cut in half (an interrupted download) is named as corrupt or truncated."""
    _, pdf = rendered[("ccas-grenoble-plan-strategique", "a4")]
    cut = tmp_path / "cut.pdf"
    data = pdf.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    try:
        read_source(cut)
    except InputError as exc:
        assert "corrupt or truncated" in str(exc)
    else:  # PDFium can sometimes repair a cut file: then it must at least read some text
        assert read_source(cut).lines


def test_empty_pages_are_reported_with_their_numbers(tmp_path, manifest):
    """Pages without text are a warning naming them, not an error."""
    path = _blank_pdf(tmp_path / "gaps.pdf", ["3 ACTIONS", "", "Responsable : Direction", ""])
    source = read_source(path)
    assert source.notes == [("empty-pages", "pages without text: 2, 4")]


def test_no_progress_bar_off_a_terminal(runner, rendered, tmp_path):
    """Output to a pipe holds the summary only; no progress bar characters."""
    _, pdf = rendered[("ccas-grenoble-plan-strategique", "a4")]
    result = runner.invoke(
        app, ["ingest", str(pdf), "--kind", "ccas-plan", "--out", str(tmp_path), "--dry-run"]
    )
    assert result.exit_code == 0, result.stderr
    assert "reading" not in result.stderr and "━" not in result.stderr


def test_font_size_and_weight_are_exposed(tmp_path):
    """Each line of a PDF carries its font size and whether it is bold, for the parsers."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "styles.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 760, "LES ENJEUX")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "Répondre aux problématiques des personnes sans domicile")
    pdf.save()
    source = read_source(path)
    styled = [(line, source.style(n)) for n, line in enumerate(source.lines, 1) if line.strip()]
    assert styled == [
        ("LES ENJEUX", (16.0, True)),
        ("Répondre aux problématiques des personnes sans domicile", (10.0, False)),
    ]


def test_a_justified_line_stretched_wide_keeps_spaces_a_table_row_keeps_its_tabs():
    """ "1.1   Les   éducateurs" (a narrow column justifies three words over its width): equal
    gaps between words are spaces, however wide; a table's cells, unequal gaps or figures, are
    tabs."""
    from ccas_cli.extract.pdf import Line, Run

    def line(cells: list[tuple[float, float, str]]) -> str:
        runs = [Run(left, 700, right, 712, text, 10.0) for left, right, text in cells]
        return Line(runs, 1, 842.0).finish().text()

    assert line([(57, 73, "1.1"), (95, 113, "Les"), (135, 191, "éducateurs")]) == "1.1 Les éducateurs"
    assert (
        line([(57, 100, "Territoire"), (160, 240, "Département du Nord")])
        == "Territoire\tDépartement du Nord"
    )
    assert (
        line([(57, 90, "Action A"), (150, 180, "10 000"), (230, 260, "12 000")]) == "Action A\t10 000\t12 000"
    )
    assert line([(57, 87, "10 000"), (109, 139, "12 000"), (161, 191, "15 000")]) == "10 000\t12 000\t15 000"


def test_a_label_near_the_foot_of_most_pages_is_no_running_footer(tmp_path):
    """ "Partenaires" at the foot of every page, each time at another height (the key data of
    one item a page): text, kept; the running header, at one height on every page, is not."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "kit.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    feet = [70, 52, 88, 61]
    for n, foot in enumerate(feet, 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, "Dossier de presse 2031")
        pdf.drawString(500, 25, str(n))
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 700, f"Projet {n} : un texte qui décrit le projet numéro {n}.")
        pdf.drawString(72, foot + 14, "Partenaires")
        pdf.drawString(72, foot, f"CAF du Cher, Mission locale {n}")
        pdf.showPage()
    pdf.save()
    lines = [line for line in read_source(path).lines if line.strip()]
    assert lines.count("Partenaires") == 4
    assert not any("Dossier de presse" in line for line in lines)


def test_numbered_sheets_opening_each_page_are_no_running_header(tmp_path):
    """ "FICHE ACTION N° 1.1", "… N° 1.2", "… N° 2.1" at the top of each page, at one height: a
    different number on each page, none of them the page's — the sheets' headings, kept; the
    running header "Projet social 2031 — page 2" (its number the page's) is not."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "plan.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    sheets = ["1.1", "1.2", "2.1", "2.2"]
    for n, sheet in enumerate(sheets, 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 810, f"Projet social 2031 — page {n}")
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(72, 770, f"FICHE ACTION N° {sheet}")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 740, f"Une action numéro {sheet} et le texte qui la décrit.")
        pdf.showPage()
    pdf.save()
    text = "\n".join(read_source(path).lines)
    assert [s for s in sheets if f"FICHE ACTION N° {s}" in text] == sheets
    assert "Projet social 2031" not in text
