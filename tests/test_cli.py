"""The CLI contract: commands, JSON shapes, exit codes and one-line errors."""

from __future__ import annotations

import json

import pytest

from ccas_cli.cli.app import app
from ccas_cli.store import load_file

from .conftest import STRUCTURED, snapshot
from .oracle import all_records, stats


def test_stats_by_chapter_lists_the_five_chapters(runner):
    """`ccas stats --by chapter` on the committed store: five chapters, counts adding up."""
    result = runner.invoke(app, ["stats", "--by", "chapter", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["key"] for r in rows] == [
        "1 Insertion",
        "2 Autonomie",
        "3 Protection de l'enfance",
        "4 Logement et hébergement",
        "5 Orientations transversales",
    ]
    initiatives = [r for r in all_records(STRUCTURED) if r.type == "initiative"]
    assert sum(r["count"] for r in rows) == len(initiatives)


@pytest.mark.parametrize("by", ["departement", "chapter", "theme_label", "year", "kind"])
def test_stats_json_equals_the_library(runner, by):
    """The CLI prints what the library computes, as [{key, count}]."""
    result = runner.invoke(app, ["stats", "--by", by, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    expected = [{"key": r.key, "count": r.count} for r in stats(all_records(STRUCTURED), by)]
    assert json.loads(result.stdout) == expected


def test_stats_table_shows_counts_and_total(runner):
    """The default table names each group and the total."""
    result = runner.invoke(app, ["stats", "--by", "kind"])
    assert result.exit_code == 0
    assert "fiche" in result.stdout and "autre_demarche" in result.stdout and "total" in result.stdout


def test_stats_by_unknown_field_is_a_usage_error(runner):
    """Exit 2 and the list of fields."""
    result = runner.invoke(app, ["stats", "--by", "colour"])
    assert result.exit_code == 2
    assert "cannot group by 'colour'" in result.stderr


def test_show_json_is_the_stored_record(runner):
    """`ccas show ID --format json` prints exactly one record, as stored."""
    record_id = "odas-recueil-2018/la-plateforme-job-41"
    result = runner.invoke(app, ["show", record_id, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == record_id
    assert record["departement"] == "Loir-et-Cher" and record["departement_code"] == "41"
    assert record["source"]["lines"] == [257, 288]
    assert list(record["sections"]) == ["DESCRIPTION DE L'ACTION"]


def test_show_table_lists_fields_and_sections(runner):
    """The table view shows the porteur, the source lines and the section text."""
    result = runner.invoke(app, ["show", "odas-recueil-2018/flash-emploi"])
    assert result.exit_code == 0
    assert "Fondation PSP ACTES" in result.stdout
    assert "lines 750–789" in result.stdout or "lines 752" in result.stdout
    assert "OBJECTIFS/CONTEXTE" in result.stdout


def test_show_unknown_id_suggests_close_ids(runner):
    """Exit 1 (nothing matched) and a 'did you mean'."""
    result = runner.invoke(app, ["show", "odas-recueil-2018/flash-emplois"])
    assert result.exit_code == 1
    assert "did you mean: odas-recueil-2018/flash-emploi" in result.stderr


def test_missing_store_is_a_clear_error(runner, tmp_path):
    """--data pointing nowhere: exit 3, one line."""
    result = runner.invoke(app, ["stats", "--data", str(tmp_path / "none")])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "run `ccas ingest` first" in result.stderr


def test_ingest_dry_run_writes_nothing(runner, data_copy):
    """--dry-run parses and reports without touching the output folder."""
    before = snapshot(data_copy)
    (data_copy / "odas-recueil-2018.yaml").unlink()
    result = runner.invoke(app, ["ingest", "--out", str(data_copy), "--dry-run"])
    assert result.exit_code == 0, result.stderr
    assert "would change" in result.stdout and "2330/2330" in result.stdout
    assert not (data_copy / "odas-recueil-2018.yaml").exists()
    assert set(snapshot(data_copy)) == set(before) - {"odas-recueil-2018.yaml"}


def test_ingest_writes_the_store_atomically_and_reports(runner, tmp_path):
    """A real ingest writes <document-id>.yaml and no temporary file is left behind."""
    out = tmp_path / "out"
    result = runner.invoke(app, ["ingest", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert (out / "odas-recueil-2018.yaml").read_bytes() == (
        STRUCTURED / "odas-recueil-2018.yaml"
    ).read_bytes()
    assert not list(out.glob("*.tmp")), "a temporary file was left behind"
    stored = len(load_file(STRUCTURED / "odas-recueil-2018.yaml").records)
    assert f"{stored} (" in result.stdout and "100.0%" in result.stdout and "[written]" in result.stdout


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d.joinpath("empty.txt").write_bytes(b""), "empty file"),
        (lambda d: d.joinpath("image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary file"),
        (lambda d: d.joinpath("latin.txt").write_bytes("Département".encode("cp1252")), "not UTF-8"),
        (lambda d: None, "no such file or directory"),
        (
            lambda d: d.joinpath("notes.txt").write_text("Quelques notes sans structure.\n"),
            "not a document ccas can read",
        ),
    ],
    ids=["empty", "binary", "non-utf8", "missing", "unknown-family"],
)
def test_bad_input_is_one_line_exit_3_and_changes_nothing(runner, tmp_path, data_copy, make, message):
    """Each bad file: one line on stderr naming it, exit 3, the store untouched."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    make(inputs)
    target = next(inputs.iterdir(), inputs / "missing.txt")
    before = snapshot(data_copy)
    result = runner.invoke(app, ["ingest", str(target), "--out", str(data_copy)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {target}: ")
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert snapshot(data_copy) == before


def test_directory_with_nothing_to_ingest(runner, tmp_path, data_copy):
    """An empty folder (or one with no document) is refused, exit 3."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    before = snapshot(data_copy)
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--out", str(data_copy)])
    assert result.exit_code == 3
    assert "directory holds no document to ingest" in result.stderr
    assert snapshot(data_copy) == before


def test_one_bad_file_among_good_ones_writes_nothing(runner, tmp_path, data_copy):
    """Parsing happens before writing: a bad file in the batch leaves every output as it was."""
    from .conftest import RAW

    (tmp_path / "bad.txt").write_bytes(b"")
    (data_copy / "odas-recueil-2018.yaml").write_text("edited by hand\n")
    before = snapshot(data_copy)
    recueil = RAW / "odas-recueil-solidarite-innovation-sociale-2018.txt"
    result = runner.invoke(app, ["ingest", str(recueil), str(tmp_path / "bad.txt"), "--out", str(data_copy)])
    assert result.exit_code == 3
    assert snapshot(data_copy) == before


def test_unknown_kind_is_a_usage_error(runner, tmp_path):
    """--kind must name a known family: exit 2."""
    from .conftest import RAW

    result = runner.invoke(
        app, ["ingest", str(RAW / "caf-isere-en-isere.txt"), "--kind", "nope", "--dry-run"]
    )
    assert result.exit_code == 2
    assert "unknown --kind 'nope'" in result.stderr


def test_schema_command_writes_every_model(runner, tmp_path):
    """`ccas schema --out DIR` writes one JSON Schema per model, valid JSON."""
    result = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert result.exit_code == 0
    names = sorted(p.name for p in tmp_path.glob("*.schema.json"))
    assert "initiative.schema.json" in names and "store-file.schema.json" in names
    for path in tmp_path.glob("*.json"):
        assert json.loads(path.read_text())["title"]


def test_every_command_has_help(runner):
    """No command without a help text."""
    for command in ("ingest", "show", "stats", "schema"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_python_dash_m_runs_the_cli():
    """`python -m ccas_cli` is the same program as `ccas`."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "ccas_cli", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("ccas ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["filter", "--chapter", "x"], "Error: --chapter: expected a number, got 'x'"),
        (
            ["filter", "--format", "xml"],
            "Error: --format/-f: 'xml' is not one of table, json, ndjson, csv, yaml, markdown",
        ),
        (["nope"], "Error: No such command 'nope'."),
        (
            ["stats", "--chapter", "9"],
            "Error: --chapter 9: no such chapter in the store (chapters: 1, 2, 3, 4, 5)",
        ),
    ],
)
def test_usage_errors_are_one_line_in_the_project_s_wording(args, message):
    """typer's, click's and pydantic's errors too: one line on stderr, exit 2, no frame."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "ccas_cli", *args], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == message


def test_format_names_are_case_insensitive(runner):
    from ccas_cli.cli.app import app

    assert runner.invoke(app, ["stats", "--by", "chapter", "-f", "JSON"]).exit_code == 0


EMPTY = {"json": "[]\n", "yaml": "[]\n", "ndjson": "", "table": ""}
NOTHING = {
    "search": (["search", "zzzzqqqq"], "no record matches"),
    "filter": (["filter", "--type", "experiment", "--document", "caf-isere-2023"], "no record matches"),
    "stats": (["stats", "--type", "experiment", "--document", "caf-isere-2023"], "no record matches"),
    "total": (["total", "--departement", "Nord"], "no budget line matches"),
}


@pytest.mark.parametrize("command", list(NOTHING))
@pytest.mark.parametrize("fmt", ["table", "json", "ndjson", "yaml", "csv"])
def test_nothing_matched_is_one_rule_for_every_query_command(runner, command, fmt):
    """Like grep: exit 1 and one line on stderr; a machine format still prints its empty
    document (a CSV its header), so a script reading stdout parses it."""
    from ccas_cli.cli.app import app

    args, message = NOTHING[command]
    result = runner.invoke(app, [*args, "--format", fmt])
    assert result.exit_code == 1
    assert result.stderr == message + "\n"
    if fmt == "csv":
        assert result.stdout.count("\n") == 1 and result.stdout.split(",")[0] in {"id", "key", "score"}
    else:
        assert result.stdout == EMPTY[fmt]


def test_show_of_an_unknown_id_is_exit_1(runner):
    from ccas_cli.cli.app import app

    result = runner.invoke(app, ["show", "odas-recueil-2018/nope"])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no record with id")


def test_share_bars_add_up_to_one_bar():
    from ccas_cli.cli.output import BAR_WIDTH, share_bar

    bars = [share_bar(part, 100) for part in (50, 30, 20)]
    assert [b.split()[0].count("█") for b in bars] == [BAR_WIDTH // 2, 6, 4]
    assert share_bar(1, 1000).endswith("<1 %") and share_bar(0, 10) == "" and share_bar(5, 0) == ""


def test_total_and_stats_tables_show_each_row_s_share(runner):
    from ccas_cli.cli.app import app

    total = runner.invoke(
        app, ["total", "--by", "year", "--document", "ccas-grenoble-plan-strategique"]
    ).stdout
    assert "share of total" in total and "79 %" in total  # 1 998 000 of 2 523 000 € undated
    stats = runner.invoke(app, ["stats", "--by", "chapter"]).stdout
    assert "34 %" in stats  # 60 of 179 records in chapter 2


def test_shell_completion_proposes_the_values_ccas_knows():
    """Tab after --theme, --departement, --direction, --document: the reference's values."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_CCAS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "3"}
        script = Path(sys.executable).parent / "ccas"  # the installed command: its name keys completion
        done = subprocess.run([str(script)], env=env, capture_output=True, text=True)
        return done.stdout.split()

    assert complete("ccas filter --theme non") == ["non-recours"]
    assert "Haute-Vienne" in complete("ccas total --departement Hau")
    assert complete("ccas filter --document odas") == ["odas-recueil-2018"]
    assert complete("ccas total --direction Dir")


def test_stats_by_the_fields_a_record_holds_several_of(runner):
    """stats --by theme|direction|funder|partner: a record counts once under each of its values,
    said on stderr; the counts are those of filter."""
    from ccas_cli.cli.app import app

    result = runner.invoke(app, ["stats", "--by", "theme", "--format", "json"])
    assert result.exit_code == 0 and "counts once under each of its themes" in result.stderr
    counts = {r["key"]: r["count"] for r in json.loads(result.stdout)}
    autonomie = runner.invoke(app, ["filter", "--theme", "autonomie", "--format", "json"]).stdout
    assert counts["autonomie"] == len(json.loads(autonomie))
    funders = {
        r["key"]: r["count"]
        for r in json.loads(runner.invoke(app, ["stats", "--by", "funder", "-f", "json"]).stdout)
    }
    assert funders["Département de l'Isère"] == 5
