"""A maintainer's new edition, end to end: ingest edition 1, `ccas ingest edition2 --as ID`,
`ccas diff --exit-code`; and the diff scored against the changes written by hand
(tests/editions/*/changes.yaml: record, field, old → new; moves, re-wraps and page numbers that
are not changes)."""

from __future__ import annotations

import json
import shutil

import pytest

from ccas_cli.cli.app import app

from .conftest import ROOT
from .editions import EDITIONS, KINDS, score, workspace


@pytest.mark.parametrize("name", sorted(KINDS))
def test_the_diff_of_a_new_edition_reports_its_changes_and_only_them(name, tmp_path):
    """Targets: every editorial change on the right record and field (≥ 95 %), ≥ 90 % of the
    reported fields real changes (or their printed text), records that only moved unchanged,
    a renamed record keeps its id."""
    result = score(name, tmp_path)
    assert result.recall >= 0.95, result.misses
    assert result.precision >= 0.90, result.false
    assert result.moved_reported == []
    assert result.renamed_kept_id


def test_ingest_as_replaces_the_raw_file_updates_the_manifest_and_diff_exit_code(
    runner, tmp_path, monkeypatch
):
    """From the command line, in a project folder: the new edition replaces the document's raw
    file, the manifest keeps its id and title and gets the new sha256 and year, the diff is
    printed, and `ccas diff --exit-code` between the stores says something changed."""
    import hashlib

    raw, store, doc_id = workspace("recueil", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CCAS_REFERENCE", str(ROOT / "data" / "reference"))
    # the workspace lays out data/raw and data/structured as a project does
    assert raw == tmp_path / "data" / "raw"
    first = runner.invoke(app, ["ingest", "-q"])
    assert first.exit_code == 0, first.stderr
    shutil.copytree(store, tmp_path / "before")
    edition = EDITIONS / "recueil" / "edition2.txt"
    result = runner.invoke(app, ["ingest", str(edition), "--as", doc_id, "--year", "2025", "-q"])
    assert result.exit_code == 0, result.stderr
    assert "~ changed" in result.stdout and "added" in result.stdout
    assert (raw / "recueil.txt").read_bytes() == edition.read_bytes()
    manifest = (raw / "manifest.yaml").read_text(encoding="utf-8")
    assert f"id: {doc_id}" in manifest and "year: 2025" in manifest
    assert f"sha256: {hashlib.sha256(edition.read_bytes()).hexdigest()}" in manifest
    assert runner.invoke(app, ["validate", str(store), "--raw", str(raw)]).exit_code == 0
    diff = runner.invoke(app, ["diff", "before", str(store), "--exit-code", "--format", "json"])
    assert diff.exit_code == 1
    changes = json.loads(diff.stdout)
    assert changes["document_changes"] and changes["added"] and changes["removed"]
    unchanged = runner.invoke(app, ["diff", str(store), str(store), "--exit-code"])
    assert unchanged.exit_code == 0


def test_ingest_as_an_unknown_document_or_an_unreadable_file_changes_nothing(runner, tmp_path, monkeypatch):
    raw, store, doc_id = workspace("plan", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CCAS_REFERENCE", str(ROOT / "data" / "reference"))
    assert runner.invoke(app, ["ingest", "-q"]).exit_code == 0
    # (files only: the query index under .ccas-cache is derived, and written by ingest)
    before = {p.name: p.read_bytes() for p in [*raw.iterdir(), *store.iterdir()] if p.is_file()}
    unknown = runner.invoke(app, ["ingest", str(EDITIONS / "plan" / "edition2.txt"), "--as", "nope", "-q"])
    assert unknown.exit_code == 2 and "no such document" in unknown.stderr and doc_id in unknown.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    refused = runner.invoke(app, ["ingest", str(empty), "--as", doc_id, "-q"])
    assert refused.exit_code == 3 and len(refused.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in [*raw.iterdir(), *store.iterdir()] if p.is_file()} == before


def test_a_new_edition_ingested_without_as_is_told_which_document_it_resembles(tmp_path):
    """Ingested from outside the manifest, the edition is a new document (nothing is replaced),
    with a warning naming the stored document it resembles and the `--as` command."""
    from ccas_cli.ingest import ingest

    raw, store, doc_id = workspace("recueil", tmp_path / "data")
    ingest(None, store, manifest_path=raw / "manifest.yaml")
    edition = EDITIONS / "recueil" / "edition2.txt"
    (outcome,) = ingest([edition], store, manifest_path=raw / "manifest.yaml")
    assert outcome.document is not None and outcome.document.id != doc_id
    (warning,) = [w for w in outcome.document.warnings if w.code == "resembles"]
    assert f"'{doc_id}'" in warning.message and f"--as {doc_id}" in warning.message


def test_a_manifest_next_to_the_files_is_honoured(tmp_path):
    """A copied raw folder keeps its manifest's ids, titles and years."""
    from ccas_cli.ingest import ingest

    raw, store, doc_id = workspace("plan", tmp_path / "elsewhere")
    (outcome,) = ingest([raw / "plan.txt"], store, manifest_path=tmp_path / "no-manifest.yaml")
    assert outcome.document is not None and outcome.document.id == doc_id
