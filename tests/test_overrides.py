"""Maintainers' corrections survive re-ingestion, and say where they apply."""

from __future__ import annotations

import shutil

import pytest

from ccas_cli.errors import StoreError
from ccas_cli.ingest import parse_file

from .conftest import ROOT


@pytest.fixture
def reference(tmp_path, monkeypatch):
    """A private copy of data/reference, in force for the test (CCAS_REFERENCE)."""
    folder = tmp_path / "reference"
    shutil.copytree(ROOT / "data" / "reference", folder)
    monkeypatch.setenv("CCAS_REFERENCE", str(folder))
    return folder


def _write(reference, text):
    (reference / "overrides.yaml").write_text(text, encoding="utf-8")


def test_override_is_applied_and_listed(reference, manifest):
    """A corrected field replaces the parsed value, and the record says it was overridden."""
    _write(
        reference,
        "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Fondation PSP-ACTES (corrigé)\n"
        "    year: 2015\n",
    )
    entry = manifest["odas-recueil-2018"]
    record = next(r for r in parse_file(entry.file, entry=entry).records if r.id.endswith("/flash-emploi"))
    assert (record.porteur, record.year) == ("Fondation PSP-ACTES (corrigé)", 2015)
    assert record.overridden == ["porteur", "year"]


def test_orphan_override_is_reported_not_dropped(reference, manifest):
    """An override for a record the parse no longer produces is a warning at ingest."""
    _write(reference, "overrides:\n  odas-recueil-2018/une-fiche-disparue:\n    porteur: X\n")
    entry = manifest["odas-recueil-2018"]
    warnings = parse_file(entry.file, entry=entry).document.warnings
    assert any(w.code == "override-orphan" and "une-fiche-disparue" in w.message for w in warnings)


def test_invalid_override_is_refused_with_its_place(reference, manifest):
    """A value of the wrong type stops the ingest with the record and the field named."""
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    year: deux mille seize\n")
    entry = manifest["odas-recueil-2018"]
    with pytest.raises(StoreError, match="override of 'odas-recueil-2018/flash-emploi' is invalid at year"):
        parse_file(entry.file, entry=entry)


def test_identity_fields_cannot_be_overridden(reference, manifest):
    """id, type, document and source are the parser's; an override of them is a warning."""
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    id: autre\n")
    entry = manifest["odas-recueil-2018"]
    result = parse_file(entry.file, entry=entry)
    assert any(r.id == "odas-recueil-2018/flash-emploi" for r in result.records)
    assert any(w.code == "override-field" for w in result.document.warnings)
