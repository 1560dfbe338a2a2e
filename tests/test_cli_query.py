"""CLI contract of the query commands: formats, JSON shapes, exit codes, stdout/stderr."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from ccas_cli.cli.app import app
from ccas_cli.query.filters import Filters
from ccas_cli.query.service import run_search

from .conftest import ROOT, STRUCTURED
from .test_query import CORPUS_TOTAL

FORMATS = ["table", "json", "ndjson", "csv", "yaml"]
COMMANDS = {
    "search": ["search", "microcrédit"],
    "filter": ["filter", "--departement", "Gironde"],
    "total": ["total", "--by", "direction"],
    "stats": ["stats", "--by", "departement"],
    "show": ["show", "odas-recueil-2018/flash-emploi"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_command_in_every_format(runner, command, fmt):
    """Exit 0 and output that parses in the format asked for."""
    result = runner.invoke(app, [*COMMANDS[command], "--format", fmt])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        json.loads(out)
    elif fmt == "ndjson":
        assert all(json.loads(line) for line in out.splitlines())
    elif fmt == "csv":
        assert not out.startswith("\ufeff") and list(csv.DictReader(io.StringIO(out)))
        rows = list(csv.reader(io.StringIO(out[1:])))
        assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
    elif fmt == "yaml":
        from ccas_cli.yamlio import load_yaml

        assert load_yaml(out, "stdout") is not None
    else:
        assert out.strip()


def test_search_json_shape_is_records_plus_score_and_snippet(runner):
    """search --format json: a list of records as stored, with score and snippet."""
    result = runner.invoke(app, ["search", "non recours", "--format", "json", "--limit", "3"])
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    for hit in hits:
        assert {"id", "type", "document", "title", "source", "score", "snippet"} <= set(hit)
    expected = [h.record.id for h in run_search(STRUCTURED, "non recours", Filters(), 3).hits]
    assert [h["id"] for h in hits] == expected


def test_search_with_no_match_exits_1(runner):
    """Like grep: nothing found is exit 1, with a word on stderr and an empty list on stdout."""
    result = runner.invoke(app, ["search", "zzzzqqqq", "--format", "json"])
    assert result.exit_code == 1 and result.stdout == "[]\n" and "no record matches" in result.stderr


def test_filter_says_what_a_fuzzy_value_resolved_to(runner):
    """The resolution goes to stderr; stdout stays one JSON document."""
    result = runner.invoke(app, ["filter", "--departement", "gironde", "--format", "json"])
    assert result.exit_code == 0
    assert "--departement gironde → Gironde" in result.stderr
    assert {r["departement"] for r in json.loads(result.stdout)} == {"Gironde"}


def test_bad_filter_value_is_a_usage_error(runner):
    """An unknown theme: exit 2 with suggestions."""
    result = runner.invoke(app, ["filter", "--theme", "zzz"])
    assert result.exit_code == 2 and "unknown theme 'zzz'" in result.stderr


def test_total_json_shape(runner):
    """total --format json: [{key, total_eur, lines, records}], largest first; plain numbers."""
    rows = json.loads(runner.invoke(app, ["total", "--by", "partner", "--format", "json"]).stdout)
    assert all(set(r) == {"key", "total_eur", "lines", "records"} for r in rows)
    assert [r["total_eur"] for r in rows] == sorted((r["total_eur"] for r in rows), reverse=True)
    assert sum(r["total_eur"] for r in rows) == CORPUS_TOTAL


def test_total_explain_json_lists_items_with_reason_and_source(runner):
    """--explain adds items: [{record, raw, amount_eur, counted, reason, source}]."""
    rows = json.loads(
        runner.invoke(app, ["total", "--by", "document", "--explain", "--format", "json"]).stdout
    )
    items = [i for r in rows for i in r["items"]]
    assert items and all(
        set(i) == {"record", "raw", "amount_eur", "counted", "reason", "source"} for i in items
    )


def test_total_table_has_french_amounts_and_a_grand_total(runner):
    """'2 523 000 €' in the table, and a total row."""
    out = runner.invoke(app, ["total", "--by", "direction"]).stdout
    assert "2\u202f523\u202f000 €" in out and "total" in out


def test_diff_json_shape_and_exit_code(runner, data_copy):
    """diff: {added, removed, changed: [{id, changes: [{field, old, new}]}]}; --exit-code like git."""
    from ccas_cli.yamlio import dump_yaml, load_yaml

    path = data_copy / "odas-recueil-2018.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    data["records"][0]["porteur"] = "Un autre porteur"
    path.write_text(dump_yaml(data), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(STRUCTURED), str(data_copy), "--format", "json", "--exit-code"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["added"] == [] and payload["removed"] == []
    assert payload["changed"] == [
        {
            "id": data["records"][0]["id"],
            "changes": [
                {
                    "field": "porteur",
                    "old": "Conseil départemental du Loir-et-Cher",
                    "new": "Un autre porteur",
                }
            ],
        }
    ]
    same = runner.invoke(app, ["diff", str(STRUCTURED), str(STRUCTURED), "--exit-code"])
    assert same.exit_code == 0 and "no differences" in same.stdout


def test_diff_reads_a_git_revision(runner):
    """REV:PATH reads the committed folder from git (HEAD:data/structured)."""
    inside = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True
    )
    if inside.returncode != 0:
        pytest.skip("not a git checkout")
    result = runner.invoke(app, ["diff", "HEAD:data/structured", str(STRUCTURED), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert set(json.loads(result.stdout)) == {"added", "removed", "changed", "renamed", "document_changes"}


def test_diff_of_a_missing_side_is_exit_3(runner, tmp_path):
    """A path that is neither a folder, a file nor a revision: one line, exit 3."""
    result = runner.invoke(app, ["diff", str(tmp_path / "nope"), str(STRUCTURED)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1


def test_ingest_diff_shows_what_would_change(runner, data_copy):
    """ingest --diff --dry-run prints the changes against the stored files, writes nothing."""
    from ccas_cli.yamlio import dump_yaml, load_yaml

    path = data_copy / "odas-recueil-2018.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    data["records"][0]["status"] = "corrigé à la main"
    path.write_text(dump_yaml(data), encoding="utf-8")
    before = path.read_bytes()
    result = runner.invoke(app, ["ingest", "--out", str(data_copy), "--diff", "--dry-run"])
    assert result.exit_code == 0, result.stderr
    assert "~ changed odas-recueil-2018/la-plateforme-job-41" in result.stdout
    assert "1 changed" in result.stdout
    assert path.read_bytes() == before


def test_stats_takes_the_common_filters(runner):
    """stats counts only the records matching the filters, and says what a value resolved to."""
    result = runner.invoke(app, ["stats", "--by", "kind", "--departement", "gironde", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "--departement gironde → Gironde" in result.stderr
    rows = {r["key"]: r["count"] for r in json.loads(result.stdout)}
    from .oracle import all_records

    gironde = [r for r in all_records(STRUCTURED) if getattr(r, "departement", None) == "Gironde"]
    assert sum(rows.values()) == len(gironde) and set(rows) <= {"fiche", "autre_demarche"}


@pytest.mark.parametrize("fmt", ["csv", "ndjson"])
def test_diff_and_validate_in_line_formats(runner, data_copy, fmt):
    """diff and validate also print one row per difference or problem in CSV and NDJSON."""
    from ccas_cli.yamlio import dump_yaml, load_yaml

    path = data_copy / "odas-recueil-2018.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    data["records"][0]["porteur"] = "X"
    path.write_text(dump_yaml(data), encoding="utf-8")
    diff_out = runner.invoke(app, ["diff", str(STRUCTURED), str(data_copy), "--format", fmt]).stdout
    check = runner.invoke(app, ["validate", "--format", fmt]).stdout
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(diff_out)))
        assert rows == [
            {
                "change": "changed",
                "id": data["records"][0]["id"],
                "field": "porteur",
                "old": "Conseil départemental du Loir-et-Cher",
                "new": "X",
            }
        ]
        assert next(iter(csv.DictReader(io.StringIO(check))))["severity"] == "warning"
    else:
        assert [json.loads(line)["field"] for line in diff_out.splitlines()] == ["porteur"]
        assert all(json.loads(line)["code"] for line in check.splitlines())


@pytest.mark.parametrize("fmt", ["json", "ndjson"])
def test_filter_streams_exactly_what_the_whole_list_would_print(runner, fmt):
    """`filter` streams JSON record by record: byte for byte json.dumps of the whole list."""
    from ccas_cli.query.service import run_filter

    records, _ = run_filter(STRUCTURED, Filters(type="initiative"))
    payloads = [r.model_dump(mode="json") for r in records]
    if fmt == "json":
        expected = json.dumps(payloads, ensure_ascii=False, indent=2) + "\n"
    else:
        expected = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in payloads)
    result = runner.invoke(app, ["filter", "--type", "initiative", "--format", fmt])
    assert result.exit_code == 0
    assert result.stdout == expected
    empty = runner.invoke(
        app, ["filter", "--type", "initiative", "--document", "caf-isere-2023", "--format", fmt]
    )
    assert empty.exit_code == 1 and empty.stdout == ("[]\n" if fmt == "json" else "")


@pytest.mark.parametrize(
    ("option", "value", "canonical"),
    [
        ("--partner", "CAF", "Caisse d'Allocations Familiales"),
        ("--partner", "Conseil Général de l'Isère", "Département de l'Isère"),
        ("--direction", "DDSS", "Direction Développement Social et Solidarité (CCAS)"),
        ("--departement", "33", "Gironde"),
        ("--departement", "69M", "Métropole de Lyon"),
    ],
)
def test_filters_know_the_reference_aliases_acronyms_and_codes(runner, option, value, canonical):
    """An acronym, a former name or an INSEE code resolves through data/reference, exactly
    (never fuzzily), and says what it resolved to."""
    result = runner.invoke(app, ["filter", option, value, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert f"{option} {value} → {canonical}" in result.stderr
    records = json.loads(result.stdout)
    assert records
    field = {"--partner": "partners", "--direction": "direction", "--departement": "departement"}[option]
    for record in records:
        got = record.get(field)
        assert canonical in ([*got, *record.get("funders", [])] if isinstance(got, list) else [got])


def test_who_pays_is_not_who_takes_part(runner):
    """The CAF funds three actions of the plan (15 000 + 227 000 + 20 000 €, their Financement
    names it); it is named as a partner of more. `--funder` totals the first, `--partner` says
    its total is the money of the actions naming it; `--by partner` is `--by funder`, with a note."""
    funded = runner.invoke(app, ["total", "--funder", "CAF", "--format", "json"])
    assert funded.exit_code == 0, funded.stderr
    assert sum(row["total_eur"] for row in json.loads(funded.stdout)) == 262_000
    named = runner.invoke(app, ["total", "--partner", "CAF", "--format", "json"])
    assert sum(row["total_eur"] for row in json.loads(named.stdout)) > 262_000
    assert "not the partner's own money" in named.stderr
    old = runner.invoke(app, ["total", "--by", "partner", "--format", "json"])
    new = runner.invoke(app, ["total", "--by", "funder", "--format", "json"])
    assert old.stdout == new.stdout and "--by partner is now --by funder" in old.stderr


def test_excel_csv_and_machine_formats_never_cut_short(runner):
    """Default CSV: commas, LF, no byte-order mark (csv.DictReader reads it); --excel: the BOM,
    ';' and CRLF of a French spreadsheet. search in a machine format lists every match unless
    --limit is given (the table shows 20 and says how many there are)."""
    plain = runner.invoke(app, ["search", "aide", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(plain.stdout)))
    table = runner.invoke(app, ["search", "aide"])
    assert f"20 of {len(rows)} matching records" in table.stderr and len(rows) > 20
    excel = runner.invoke(app, ["search", "aide", "--format", "csv", "--excel"])
    raw = excel.stdout_bytes.decode("utf-8")  # (the runner's .stdout turns CRLF into LF)
    assert raw.startswith("\ufeff") and "\r\n" in raw
    assert raw[1:].split("\r\n")[0].split(";")[-2:] == ["score", "snippet"]
    limited = runner.invoke(app, ["search", "aide", "--format", "json", "--limit", "3"])
    assert len(json.loads(limited.stdout)) == 3 and f"3 of {len(rows)}" in limited.stderr


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_a_closed_pipe_ends_quietly_with_success(tmp_path, fmt):
    """`ccas filter --format csv | head -1`: exit 0, nothing on stderr."""
    import os
    import sys

    ccas = Path(sys.executable).parent / "ccas"
    script = (
        f"'{ccas}' filter --format {fmt} 2>'{tmp_path}/err' | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}"
    )
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, env=os.environ)
    assert done.stdout.strip() == "0"
    assert (tmp_path / "err").read_text(encoding="utf-8") == ""


def test_two_level_totals_add_up_to_the_grand_total(runner):
    """`total --by direction,year`: each direction's subtotal is the sum of its year rows, the
    subtotals add up to the grand total of `--by direction`; CSV is one row per pair."""
    two = json.loads(runner.invoke(app, ["total", "--by", "direction,year", "--format", "json"]).stdout)
    one = json.loads(runner.invoke(app, ["total", "--by", "direction", "--format", "json"]).stdout)
    assert [(r["key"], r["total_eur"]) for r in two] == [(r["key"], r["total_eur"]) for r in one]
    for row in two:
        assert round(sum(child["total_eur"] for child in row["rows"]), 2) == row["total_eur"]
    plan = next(r for r in two if r["key"].startswith("Direction Développement Social"))
    assert {c["key"]: c["total_eur"] for c in plan["rows"]}["2010–2012"] == 270_000
    flat = list(
        csv.DictReader(
            io.StringIO(runner.invoke(app, ["total", "--by", "direction,year", "-f", "csv"]).stdout)
        )
    )
    assert sum(float(r["total_eur"]) for r in flat) == sum(r["total_eur"] for r in one)
    same = runner.invoke(app, ["total", "--by", "year,year"])
    assert same.exit_code == 2 and "two different ones" in same.stderr


@pytest.mark.parametrize("command", ["search", "filter", "total", "stats", "show"])
def test_markdown_tables_to_paste_into_a_note(runner, command):
    """`--format markdown`: a pipe table with a header rule and one line per row; totals in
    euros written the French way, with the grand total last."""
    result = runner.invoke(app, [*COMMANDS[command], "--format", "markdown"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| ") and set(lines[1]) <= set("|-:")
    assert all(line.startswith("|") and line.endswith("|") for line in lines)
    if command == "total":
        assert lines[-1] == "| **total** | 6\u202f128\u202f004 € | 19 |  |"


def test_csv_for_spreadsheets(runner):
    """Search and filter share their leading columns (search adds score and snippet at the end);
    a département code stays text ("06" quoted; ="06" for Excel); derived years are filled."""
    found = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["search", "emploi", "--format", "csv"]).stdout))
    )
    listed = runner.invoke(app, ["filter", "--departement", "Alpes-Maritimes", "--format", "csv"]).stdout
    columns = listed.splitlines()[0].split(",")
    assert list(found[0])[: len(columns)] == columns and list(found[0])[-2:] == ["score", "snippet"]
    assert {"title", "departement_code", "funders", "partners", "years", "summary", "source_pages"} <= set(
        columns
    )
    flash = next(
        r for r in csv.DictReader(io.StringIO(listed)) if r["id"] == "odas-recueil-2018/flash-emploi"
    )
    assert flash["departement_code"] == "06" and ',"06",' in listed
    assert flash["summary"] and len(flash["summary"]) <= 242
    excel = runner.invoke(app, ["filter", "--departement", "Alpes-Maritimes", "--format", "csv", "--excel"])
    assert ';="06";' in excel.stdout_bytes.decode("utf-8")
    by_year = list(
        csv.DictReader(
            io.StringIO(
                runner.invoke(app, ["filter", "--type", "action", "--year", "2010", "--format", "csv"]).stdout
            )
        )
    )

    def spans_2010(years: str) -> bool:
        if "–" in years:
            low, high = years.split("–")
            return int(low) <= 2010 <= int(high)
        return "2010" in years.split(" | ")

    assert by_year and all(spans_2010(r["years"]) for r in by_year)


def test_columns_and_sort_on_filter_search_and_stats(runner):
    """--columns picks fields in its order in every format; --sort orders by a field (numbers as
    numbers, '-' descending, records without it last); an unknown field is a usage error."""
    out = runner.invoke(
        app,
        [
            "filter",
            "--type",
            "action",
            "--columns",
            "title,budget_total_eur",
            "--sort",
            "-budget_total_eur",
            "-f",
            "csv",
        ],
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["title", "budget_total_eur"]
    amounts = [int(r["budget_total_eur"]) for r in rows if r["budget_total_eur"]]
    assert amounts == sorted(amounts, reverse=True) and amounts[0] == 500_000
    assert all(not r["budget_total_eur"] for r in rows[len(amounts) :])  # no budget: last
    listed = json.loads(
        runner.invoke(
            app, ["filter", "--departement", "Gironde", "--columns", "id,year", "-f", "json"]
        ).stdout
    )
    assert all(list(r) == ["id", "year"] for r in listed)
    found = runner.invoke(
        app, ["search", "logement", "--sort", "year", "--columns", "year", "-n", "3", "-f", "csv"]
    ).stdout
    assert found.splitlines()[1:] == ["2000", "2005", "2006"]  # the three earliest of all matches
    bad = runner.invoke(app, ["filter", "--columns", "nope"])
    assert bad.exit_code == 2 and "--columns: no field 'nope'" in bad.stderr
    stats = runner.invoke(app, ["stats", "--by", "departement", "--sort", "-count", "-f", "csv"]).stdout
    counts = [int(line.split(",")[1]) for line in stats.splitlines()[1:]]
    assert counts == sorted(counts, reverse=True) and stats.splitlines()[1] == "Pas-de-Calais,17"


def test_export_sqlite_is_ready_for_datasette(tmp_path):
    """`ccas export --sqlite`: documents, records and budget lines, a full-text table Datasette
    offers as search, facets in its metadata; Datasette itself (loopback only) answers a facet
    and a full-text query on the export through its JSON API."""
    import shutil
    import socket
    import sqlite3
    import sys
    import time
    import urllib.request

    database = tmp_path / "ccas.db"
    done = subprocess.run(
        [sys.executable, "-m", "ccas_cli", "export", "--sqlite", str(database)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM records").fetchone() == (217,)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    assert conn.execute("SELECT sum(amount_eur) FROM budget_lines WHERE counted").fetchone() == (
        CORPUS_TOTAL,
    )
    conn.close()
    metadata = database.with_name("ccas.db.metadata.json")
    assert (
        json.loads(metadata.read_text(encoding="utf-8"))["databases"]["ccas"]["tables"]["records"][
            "fts_table"
        ]
        == "records_fts"
    )
    datasette = shutil.which("datasette", path=str(Path(sys.executable).parent))
    if datasette is None:
        pytest.skip("datasette is not installed (pip install -e '.[test]')")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [datasette, "serve", str(database), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/ccas/records.json"
        for _ in range(100):
            try:
                urllib.request.urlopen(base, timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        faceted = json.load(urllib.request.urlopen(base + "?_facet=departement&_size=0", timeout=10))
        gironde = [f for f in faceted["facet_results"]["departement"]["results"] if f["value"] == "Gironde"]
        assert gironde and gironde[0]["count"] == 16
        found = json.load(
            urllib.request.urlopen(base + "?_search=recours&_shape=objects&_col=id", timeout=10)
        )
        assert any("non-recours" in row["id"] for row in found["rows"])
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("command", [["search", "microcrédit"], ["filter", "--departement", "Gironde"]])
def test_an_80_column_terminal_gets_whole_ids_and_file_lines_sources(command):
    """At 80 columns (a piped table respects COLUMNS) records print as cards: every id whole on
    its own line, ready for `ccas show`; sources as file:lines; no line wider than 80 but the ids."""
    import os
    import sys

    env = {**os.environ, "COLUMNS": "80"}
    out = subprocess.run(
        [sys.executable, "-m", "ccas_cli", *command], capture_output=True, text=True, env=env
    ).stdout
    ids = json.loads(
        subprocess.run(
            [sys.executable, "-m", "ccas_cli", *command, "-f", "json"], capture_output=True, text=True
        ).stdout
    )
    lines = out.splitlines()
    assert all(r["id"] in lines for r in ids)
    assert all(len(line) <= 80 for line in lines if line not in {r["id"] for r in ids})
    assert any(re.search(r"\.txt:\d+-\d+", line) for line in lines)


@pytest.mark.parametrize("by", ["direction", "funder", "year", "document", "departement", "theme"])
def test_explain_and_the_plain_total_show_the_same_rows(runner, by):
    """--explain adds each row's lines, never a row: a key whose amounts are all uncounted is a
    0 € row in both."""
    plain = json.loads(runner.invoke(app, ["total", "--by", by, "-f", "json"]).stdout)
    explained = json.loads(runner.invoke(app, ["total", "--by", by, "--explain", "-f", "json"]).stdout)
    assert [(r["key"], r["total_eur"], r["lines"]) for r in plain] == [
        (r["key"], r["total_eur"], r["lines"]) for r in explained
    ]
    if by == "document":
        assert {r["key"]: r["total_eur"] for r in plain}["caf-isere-2023"] == 0
