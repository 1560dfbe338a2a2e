"""The query cache: rebuilt for exactly what changed, never trusted when stale, safe to delete."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ccas_cli.query import cache
from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import ROOT


@pytest.fixture
def store(data_copy, monkeypatch):
    monkeypatch.delenv("CCAS_CACHE", raising=False)
    return data_copy


def porteur_of(records, record_id):
    return next(r.porteur for r in records if r.id == record_id)


def _edit(path, change):
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    change(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_built_once_then_reused(store):
    """The first query builds every entry; the next one rebuilds nothing."""
    first = cache.load(store, search=True)
    assert len(first.postings.lengths) == len(first.records) > 200
    assert sorted(first.rebuilt) == sorted(p.name for p in store.glob("*.yaml"))
    second = cache.load(store, search=True)
    assert second.rebuilt == []
    assert second.postings.get("recour")  # the merged index is served from its own file
    assert [r.id for r in second.records] == [r.id for r in first.records]


def test_an_edited_file_is_rebuilt_alone_and_its_new_content_served(store):
    """Editing one YAML file invalidates its entry only."""
    cache.load(store)
    path = store / "odas-recueil-2018.yaml"
    _edit(path, lambda d: d["records"][0].update(porteur="Nouveau porteur"))
    loaded = cache.load(store)
    assert loaded.rebuilt == ["odas-recueil-2018.yaml"]
    assert porteur_of(loaded.records, "odas-recueil-2018/la-plateforme-job-41") == "Nouveau porteur"


def test_deleted_and_added_files(store):
    """A deleted file's records disappear (and its entry is pruned); an added file is built."""
    cache.load(store)
    (store / "caf-isere-2023.yaml").rename(store.parent / "caf.yaml.bak")
    loaded = cache.load(store)
    assert not [r for r in loaded.records if r.document == "caf-isere-2023"]
    assert not (store / ".ccas-cache" / "caf-isere-2023.yaml.marshal").exists()
    (store.parent / "caf.yaml.bak").rename(store / "caf-isere-2023.yaml")
    again = cache.load(store)
    assert again.rebuilt == ["caf-isere-2023.yaml"]
    assert [r for r in again.records if r.document == "caf-isere-2023"]


def test_a_corrupt_entry_is_rebuilt(store):
    """Garbage in the cache is never served: the entry is rebuilt from the YAML."""
    first = cache.load(store)
    entry = store / ".ccas-cache" / "ccas-grenoble-plan-strategique.yaml.marshal"
    entry.write_bytes(b"\x00garbage" * 10)
    loaded = cache.load(store)
    assert loaded.rebuilt == ["ccas-grenoble-plan-strategique.yaml"]
    assert len(loaded.records) == len(first.records)


def test_cache_is_safe_to_delete_and_optional(store, monkeypatch, tmp_path):
    """Without its folder, or when it cannot be written, queries still answer from the YAML."""
    import shutil

    cache.load(store)
    shutil.rmtree(store / ".ccas-cache")
    assert len(cache.load(store).records) > 200
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CCAS_CACHE", str(blocker / "cache"))
    assert len(cache.load(store).records) > 200


def test_cached_records_serialise_exactly_as_stored(store):
    """A record served from the cache dumps to the same JSON as the validated model."""
    from ccas_cli.store import load_file

    stored = {r.id: r.model_dump(mode="json") for r in load_file(store / "odas-recueil-2018.yaml").records}
    served = {
        r.id: r.model_dump(mode="json")
        for r in cache.load(store).records
        if r.document == "odas-recueil-2018"
    }
    assert served == stored


@pytest.mark.parametrize(
    "args", [["--help"], ["search", "emploi", "--format", "json"], ["total", "--by", "direction"]]
)
def test_queries_do_not_import_the_pdf_or_yaml_stack(args):
    """--help, search and total never load the PDF libraries, nor YAML once the cache is fresh."""
    subprocess.run([sys.executable, "-m", "ccas_cli", *args], cwd=ROOT, capture_output=True)  # warm the cache
    code = (
        "import sys, runpy; sys.argv = ['ccas', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('ccas_cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pdfplumber', 'pypdfium2', 'pdfminer', 'ccas_cli.models') if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    assert "HEAVY:\n" in done.stderr, done.stderr[-300:]


def test_search_index_follows_an_edit_parsing_only_that_file(store):
    """After editing one file, a search parses only it, and finds the new words."""
    from ccas_cli.query.filters import Filters
    from ccas_cli.query.service import run_search

    assert not run_search(store, "zygomatique", Filters(), None).hits
    path = store / "caf-isere-2023.yaml"
    _edit(path, lambda d: d["records"][0].update(title="Un atelier zygomatique pour les familles"))
    loaded = cache.load(store, search=True)
    assert loaded.rebuilt == ["caf-isere-2023.yaml"]
    hits = run_search(store, "zygomatique", Filters(), None).hits
    assert [h.record.document for h in hits] == ["caf-isere-2023"]
