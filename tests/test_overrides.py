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


def _ingest(raw, out, reference):
    from ccas_cli.ingest import ingest

    return ingest(None, out, manifest_path=raw / "manifest.yaml")


@pytest.fixture
def edition(tmp_path):
    """A private raw corpus and store, ingested once with the overrides of the test."""
    from .conftest import RAW

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw, tmp_path / "structured"


def _edit_recueil(raw, old: str, new: str) -> None:
    from ccas_cli.ingest import load_manifest

    (entry,) = [e for e in load_manifest(raw / "manifest.yaml") if e.id == "odas-recueil-2018"]
    text = entry.file.read_text(encoding="utf-8")
    assert text.count(old) == 1
    entry.file.write_text(text.replace(old, new), encoding="utf-8")


def _record(out, rid):
    from ccas_cli.store import load_file

    return next(r for r in load_file(out / "odas-recueil-2018.yaml").records if r.id == rid)


def test_an_override_follows_its_record_through_a_rename(reference, edition):
    """The new edition rewords the fiche's title: the record keeps its id, and the override
    on that id still applies (no orphan warning)."""
    raw, out = edition
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Fondation PSP-ACTES\n")
    _ingest(raw, out, reference)
    _edit_recueil(raw, "\nFlash emploi\n", "\nFlash emploi : le RSA accompagné dès la demande\n")
    (outcome,) = [o for o in _ingest(raw, out, reference) if o.document and o.document.kind == "odas-recueil"]
    record = _record(out, "odas-recueil-2018/flash-emploi")
    assert record.title.startswith("Flash emploi : le RSA")
    assert (record.porteur, record.overridden) == ("Fondation PSP-ACTES", ["porteur"])
    assert not any(w.code == "override-orphan" for w in outcome.document.warnings)


def test_an_override_whose_source_changed_is_a_conflict_kept_until_resolved(reference, edition):
    """The override replaced "Fondation PSP ACTES"; the new edition prints another porteur:
    ingest says so (the source now says X; your override says Y) and keeps the override."""
    raw, out = edition
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Fondation PSP-ACTES\n")
    _ingest(raw, out, reference)
    assert _record(out, "odas-recueil-2018/flash-emploi").overridden_from == {
        "porteur": "Fondation PSP ACTES"
    }
    _edit_recueil(raw, "\nFondation PSP ACTES\n", "\nAssociation Actes Emploi\n")
    (outcome,) = [o for o in _ingest(raw, out, reference) if o.document and o.document.kind == "odas-recueil"]
    (conflict,) = [w for w in outcome.document.warnings if w.code == "override-conflict"]
    assert "now says 'Association Actes Emploi'" in conflict.message
    assert "your override says 'Fondation PSP-ACTES'" in conflict.message
    assert _record(out, "odas-recueil-2018/flash-emploi").porteur == "Fondation PSP-ACTES"


def test_a_conflict_is_reported_again_until_the_override_is_edited(reference, edition):
    raw, out = edition
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Fondation PSP-ACTES\n")
    _ingest(raw, out, reference)
    _edit_recueil(raw, "\nFondation PSP ACTES\n", "\nAssociation Actes Emploi\n")
    _ingest(raw, out, reference)

    def conflicts():
        (outcome,) = [
            o for o in _ingest(raw, out, reference) if o.document and o.document.kind == "odas-recueil"
        ]
        return [w for w in outcome.document.warnings if w.code == "override-conflict"]

    assert len(conflicts()) == 1  # an ingest without change still says it
    _write(
        reference,
        "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Association Actes Emploi (PSP)\n",
    )
    from ccas_cli.reference import _load_reference

    _load_reference.cache_clear()  # a new `ccas ingest` process reads the edited file
    assert conflicts() == []  # the maintainer edited the override: resolved


def test_validate_lists_conflicts_and_strict_fails_on_them(reference, edition):
    from ccas_cli.validate import validate

    raw, out = edition
    _write(reference, "overrides:\n  odas-recueil-2018/flash-emploi:\n    porteur: Fondation PSP-ACTES\n")
    _ingest(raw, out, reference)
    _edit_recueil(raw, "\nFondation PSP ACTES\n", "\nAssociation Actes Emploi\n")
    _ingest(raw, out, reference)
    report = validate(out, raw)
    (issue,) = [i for i in report.issues if i.code == "override-conflict"]
    assert "flash-emploi" in issue.message and issue.severity == "warning"
    assert report.valid() and not report.valid(strict=True)
