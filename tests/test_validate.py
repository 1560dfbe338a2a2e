"""`ccas validate`: clean data passes, each kind of damage is reported with exit 3."""

from __future__ import annotations

import json
import shutil

from ccas_cli.cli.app import app
from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import RAW


def _edit(path, change):
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    change(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_committed_data_is_valid_with_an_honest_list_of_unresolved_names(runner):
    """Exit 0; the unresolved partners are listed as warnings, and they are few."""
    result = runner.invoke(app, ["validate", "--format", "json"])
    assert result.exit_code == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["valid"] and report["files"] >= 2
    assert not [i for i in report["issues"] if i["severity"] == "error"]
    unresolved = [i for i in report["issues"] if i["code"] == "partner-unresolved"]
    assert 0 < len(unresolved) <= 15
    assert "errors" in result.stderr and result.stderr.count("\n") == 1


def test_strict_fails_on_warnings(runner):
    """--strict turns unresolved names into a failure (exit 3)."""
    assert runner.invoke(app, ["validate", "--strict"]).exit_code == 3


def test_inconsistent_budget_total_is_an_error(runner, data_copy):
    """A hand-edited total that is not the sum of its counted lines is caught."""
    path = data_copy / "ccas-grenoble-plan-strategique.yaml"
    _edit(path, lambda d: d["records"][0].update(budget_total_eur=1.0))
    result = runner.invoke(app, ["validate", str(data_copy), "--format", "json"])
    assert result.exit_code == 3
    codes = {i["code"] for i in json.loads(result.stdout)["issues"]}
    assert "budget-total" in codes


def test_duplicate_ids_across_files(runner, data_copy):
    """The same record id in two files is an error."""
    shutil.copy(data_copy / "odas-recueil-2018.yaml", data_copy / "copy.yaml")
    result = runner.invoke(app, ["validate", str(data_copy), "--format", "json"])
    assert result.exit_code == 3
    assert any(i["code"] == "duplicate-id" for i in json.loads(result.stdout)["issues"])


def test_schema_violation_names_the_file(runner, data_copy):
    """A field of the wrong type makes the file invalid, with its location."""
    path = data_copy / "odas-recueil-2018.yaml"
    _edit(path, lambda d: d["records"][0].update(chapter="un"))
    result = runner.invoke(app, ["validate", str(data_copy), "--format", "json"])
    assert result.exit_code == 3
    issue = next(i for i in json.loads(result.stdout)["issues"] if i["code"] == "invalid-file")
    assert "records.0" in issue["message"] and issue["file"].endswith("odas-recueil-2018.yaml")


def test_changed_source_is_an_error(runner, data_copy, tmp_path):
    """A raw document edited after ingest (sha256 differs) is reported."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    with (raw / "ccas-grenoble-plan-strategique.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nune ligne ajoutée\n")
    result = runner.invoke(app, ["validate", str(data_copy), "--raw", str(raw), "--format", "json"])
    assert result.exit_code == 3
    assert any(i["code"] == "source-changed" for i in json.loads(result.stdout)["issues"])
