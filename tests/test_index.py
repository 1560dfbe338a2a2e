"""The query index: rebuilt for exactly what changed, never trusted when stale, safe to delete,
and answering exactly as the in-memory queries over the validated models do."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from ccas_cli.query import service
from ccas_cli.query.filters import Filters
from ccas_cli.query.index import INDEX_NAME, open_index
from ccas_cli.query.stats import STAT_FIELDS
from ccas_cli.query.totals import TOTAL_KEYS, as_json
from ccas_cli.store import load_store
from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import ROOT, STRUCTURED
from .oracle import apply, stats, totals


@pytest.fixture
def store(data_copy, monkeypatch):
    monkeypatch.delenv("CCAS_CACHE", raising=False)
    return data_copy


@pytest.fixture(scope="module")
def models():
    return [record for store_file in load_store(STRUCTURED) for record in store_file.records]


def rebuilt(store) -> list[str]:
    index = open_index(store)
    index.close()
    return index.rebuilt


def porteur(store, record_id):
    return service.answer(store, lambda index: next(r.porteur for r in index.records() if r.id == record_id))


def _edit(path, change):
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    change(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_built_once_then_reused(store):
    """The first query indexes every file; the next one indexes nothing."""
    assert sorted(rebuilt(store)) == sorted(p.name for p in store.glob("*.yaml"))
    assert (store / ".ccas-cache" / INDEX_NAME).is_file()
    assert rebuilt(store) == []


def test_an_edited_file_is_reindexed_alone_and_its_new_content_served(store):
    """Editing one YAML file replaces its rows only; the other files' rows are untouched."""
    rebuilt(store)
    index = open_index(store)
    others = index.conn.execute(
        "SELECT rowid, id FROM records WHERE document != 'odas-recueil-2018'"
    ).fetchall()
    index.close()
    path = store / "odas-recueil-2018.yaml"
    _edit(path, lambda d: d["records"][0].update(porteur="Nouveau porteur"))
    assert rebuilt(store) == ["odas-recueil-2018.yaml"]
    assert porteur(store, "odas-recueil-2018/la-plateforme-job-41") == "Nouveau porteur"
    index = open_index(store)
    assert (
        index.conn.execute("SELECT rowid, id FROM records WHERE document != 'odas-recueil-2018'").fetchall()
        == others
    )
    index.close()


def test_deleted_and_added_files(store):
    """A deleted file's records disappear, from search too; an added file is indexed."""
    rebuilt(store)
    (store / "caf-isere-2023.yaml").rename(store.parent / "caf.yaml.bak")
    assert not [r for r in service.run_filter(store, Filters())[0] if r.document == "caf-isere-2023"]
    hits = service.run_search(store, "allocations familiales", Filters(), None).hits
    assert not [h for h in hits if h.record.document == "caf-isere-2023"]
    (store.parent / "caf.yaml.bak").rename(store / "caf-isere-2023.yaml")
    assert rebuilt(store) == ["caf-isere-2023.yaml"]
    assert [r for r in service.run_filter(store, Filters())[0] if r.document == "caf-isere-2023"]


def test_search_follows_an_edit_indexing_only_that_file(store):
    """After editing one file, a search finds its new words (and no longer its old ones)."""
    assert not service.run_search(store, "zygomatique", Filters(), None).hits
    path = store / "caf-isere-2023.yaml"
    old_title = load_yaml(path.read_text(encoding="utf-8"), path)["records"][0]["title"]
    _edit(path, lambda d: d["records"][0].update(title="Un atelier zygomatique pour les familles"))
    assert rebuilt(store) == ["caf-isere-2023.yaml"]
    hits = service.run_search(store, "zygomatique", Filters(), None).hits
    assert [h.record.document for h in hits] == ["caf-isere-2023"]
    assert not [h for h in service.run_search(store, f'"{old_title}"', Filters(), None).hits]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other-version"])
def test_a_damaged_or_foreign_index_is_rebuilt(store, damage):
    """Garbage, a truncated file or an index of another version is never served: it is
    rebuilt from the YAML and answers as before."""
    expected = [r.id for r in service.run_filter(store, Filters(departement="Gironde"))[0]]
    path = store / ".ccas-cache" / INDEX_NAME
    if damage == "garbage":
        path.write_bytes(b"\x00garbage" * 1000)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 999")
    assert [r.id for r in service.run_filter(store, Filters(departement="Gironde"))[0]] == expected
    assert service.run_search(store, "non recours", Filters(), 3).hits


def test_index_is_safe_to_delete_and_optional(store, monkeypatch, tmp_path):
    """Without its folder, or where it cannot be written, queries still answer from the YAML."""
    count = len(service.run_filter(store, Filters())[0])
    shutil.rmtree(store / ".ccas-cache")
    assert len(service.run_filter(store, Filters())[0]) == count
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CCAS_CACHE", str(blocker / "cache"))
    index = open_index(store)
    assert index.path is None  # built in memory for this process
    index.close()
    assert len(service.run_filter(store, Filters())[0]) == count
    assert service.run_search(store, "emploi", Filters(), 3).hits


def test_two_processes_building_the_index_at_once(store):
    """Concurrent first queries wait for each other's transactions and agree."""
    code = (
        "import sys; from pathlib import Path; from ccas_cli.query.service import run_stats;"
        "from ccas_cli.query.filters import Filters;"
        "rows, _ = run_stats(Path(sys.argv[1]), 'type', Filters()); print(sum(r.count for r in rows))"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(store)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = {p.communicate(timeout=120)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(outputs) == 1 and int(outputs.pop()) > 200


def test_indexed_records_serialise_exactly_as_stored(store):
    """A record served from the index dumps to the same JSON as the validated model."""
    from ccas_cli.store import load_file

    stored = {r.id: r.model_dump(mode="json") for r in load_file(store / "odas-recueil-2018.yaml").records}
    served = {
        r.id: r.model_dump(mode="json")
        for r in service.run_filter(store, Filters(document="odas-recueil-2018"))[0]
    }
    assert served == stored


FILTER_CASES = [
    Filters(),
    Filters(type="initiative"),
    Filters(type="actoin"),
    Filters(document="ccas-grenoble-plan-strategique"),
    Filters(theme="non-recours"),
    Filters(theme="emploi"),
    Filters(departement="gironde"),
    Filters(departement="Pas de Callais"),
    Filters(chapter=3),
    Filters(year="2009..2010"),
    Filters(year="2015"),
    Filters(partner="Caisse d'Allocations Familiales"),
    Filters(direction="Direction Développement Social et Solidarité (CCAS)"),
    Filters(status="en cours"),
    Filters(status="expérimentation"),
    Filters(type="initiative", chapter=2, status="en cours"),
    Filters(type="action", year="2016"),
]


@pytest.mark.parametrize("filters", FILTER_CASES, ids=repr)
def test_index_filters_as_the_models_do(models, filters):
    """SQL selection and `filters.apply` over the validated models keep the same records,
    in the same order, with the same notes."""
    expected = apply(models, filters)
    records, notes = service.run_filter(STRUCTURED, filters)
    assert [r.id for r in records] == [r.id for r in expected.records]
    assert notes == expected.notes


@pytest.mark.parametrize("by", TOTAL_KEYS)
@pytest.mark.parametrize("filters", [Filters(), Filters(type="action"), Filters(year="2016")], ids=repr)
def test_index_totals_as_the_models_do(models, by, filters):
    """Totals from the index equal totals over the models, explained line for line."""
    for explain in (False, True):
        rows, _ = service.run_totals(STRUCTURED, by, filters, explain)
        assert as_json(rows, explain) == as_json(totals(apply(models, filters).records, by, explain), explain)


@pytest.mark.parametrize("by", STAT_FIELDS)
def test_index_stats_as_the_models_do(models, by):
    rows, _ = service.run_stats(STRUCTURED, by, Filters())
    assert rows == stats(models, by)
    rows, _ = service.run_stats(STRUCTURED, by, Filters(type="initiative", chapter=1))
    assert rows == stats(apply(models, Filters(type="initiative", chapter=1)).records, by)


@pytest.mark.parametrize(
    "args", [["--help"], ["search", "emploi", "--format", "json"], ["total", "--by", "direction"]]
)
def test_queries_do_not_import_the_pdf_yaml_or_models_stack(args):
    """--help, search and total never load the PDF libraries, and neither YAML nor the models
    once the index is fresh."""
    subprocess.run([sys.executable, "-m", "ccas_cli", *args], cwd=ROOT, capture_output=True)  # warm the index
    code = (
        "import sys, runpy; sys.argv = ['ccas', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('ccas_cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pdfplumber', 'pypdfium2', 'pdfminer', 'ccas_cli.models', 'ccas_cli.store', 'yaml')"
        " if m in sys.modules]\n"
        "print('HEAVY:' + ','.join(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    assert "HEAVY:\n" in done.stderr, done.stderr[-300:]


def test_stores_sharing_a_cache_folder_keep_their_own_index(tmp_path, monkeypatch, data_copy):
    """With $CCAS_CACHE, two stores get two index files: querying one never re-indexes the other."""
    other = tmp_path / "other"
    shutil.copytree(data_copy, other)
    (other / "caf-isere-2023.yaml").unlink()
    monkeypatch.setenv("CCAS_CACHE", str(tmp_path / "shared"))
    assert len(rebuilt(data_copy)) == 5
    assert len(rebuilt(other)) == 4
    assert rebuilt(data_copy) == [] and rebuilt(other) == []
    assert len(list((tmp_path / "shared").glob("index-*.sqlite"))) == 2


def test_a_change_that_keeps_size_and_mtime_is_caught_while_racy(store):
    """Rewritten within the timestamp's granularity (same size, same mtime), a file is
    recognised by its hash while its mtime is close to the index's last look."""
    import os

    path = store / "caf-isere-2023.yaml"
    path.touch()  # just written, as by an ingest
    rebuilt(store)
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "Carte Tattoo" in text
    path.write_text(text.replace("Carte Tattoo", "Carte Tatoux"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert rebuilt(store) == ["caf-isere-2023.yaml"]
    assert service.run_search(store, "Tatoux", Filters(), None).hits


def test_a_settled_listing_is_trusted_whole_and_any_change_to_it_is_still_caught(store):
    """Once every file is indexed and settled, the listing's digest alone says nothing changed;
    an edit (even one that keeps size and mtime: the change time moves), an added file and a
    removed one are each caught."""
    import os
    import shutil
    import time

    old = time.time_ns() - 3_600 * 10**9
    for path in store.glob("*.yaml"):
        os.utime(path, ns=(old, old))
    assert len(rebuilt(store)) == 5
    with sqlite3.connect(store / ".ccas-cache" / INDEX_NAME) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'listing'").fetchone() is not None
    assert rebuilt(store) == []
    path = store / "caf-isere-2023.yaml"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Carte Tattoo", "Carte Tatoux"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert rebuilt(store) == ["caf-isere-2023.yaml"]
    assert service.run_search(store, "Tatoux", Filters(), None).hits
    shutil.copy(path, store / "caf-copie.yaml")
    (store / "caf-copie.yaml").write_text(
        path.read_text(encoding="utf-8").replace("caf-isere-2023", "caf-copie"), encoding="utf-8"
    )
    assert rebuilt(store) == ["caf-copie.yaml"]
    (store / "caf-copie.yaml").unlink()
    rebuilt(store)
    assert not [r.id for r in service.run_filter(store, Filters())[0] if r.id.startswith("caf-copie/")]


def test_old_files_are_not_hashed_on_every_query(store, monkeypatch):
    """Files whose mtime is well before the index's last look are trusted on size and mtime."""
    import os

    from ccas_cli.query import index as index_module

    for path in store.glob("*.yaml"):
        os.utime(path, (1_600_000_000, 1_600_000_000))
    rebuilt(store)
    hashed = []
    monkeypatch.setattr(index_module, "_digest", lambda path: hashed.append(path) or "")
    assert rebuilt(store) == [] and hashed == []


@pytest.fixture
def many(tmp_path):
    """Twelve store files (the bundled five, then copies under other document ids)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(3):
        for path in sorted(STRUCTURED.glob("*.yaml"))[: 4 if copy else 5]:
            text = path.read_text(encoding="utf-8")
            name = path.stem if not copy else f"{path.stem}-{copy}"
            (folder / f"{name}.yaml").write_text(text.replace(path.stem, name), encoding="utf-8")
    return folder


def test_workers_index_many_files_as_one_process_does(many, monkeypatch, tmp_path):
    """Past PARALLEL_FROM files, worker processes prepare the rows: same index, same answers."""
    from ccas_cli.query import index as index_module

    assert len(rebuilt(many)) == 13 >= index_module.PARALLEL_FROM
    parallel = [r.id for r in service.run_filter(many, Filters(type="action"))[0]]
    rows, _ = service.run_totals(many, "document", Filters())
    monkeypatch.setattr(index_module, "PARALLEL_FROM", 10_000)
    monkeypatch.setenv("CCAS_CACHE", str(tmp_path / "sequential"))
    assert len(rebuilt(many)) == 13
    assert [r.id for r in service.run_filter(many, Filters(type="action"))[0]] == parallel
    assert as_json(service.run_totals(many, "document", Filters())[0], False) == as_json(rows, False)


def test_a_bulk_first_build_answers_as_a_file_by_file_one_and_gets_its_indexes_back(
    many, monkeypatch, tmp_path
):
    """A large first build loads its rows, then builds the lookup indexes: same answers as a
    build file by file; a build cut off before its indexes gets them at the next open."""
    from ccas_cli.query import index as index_module

    monkeypatch.setattr(index_module, "BULK_FROM", 5)
    monkeypatch.setattr(index_module, "BULK_BATCH", 4)
    assert len(rebuilt(many)) == 13
    bulk = [r.id for r in service.run_filter(many, Filters(departement="isere"))[0]]
    rows, _ = service.run_totals(many, "direction", Filters())
    path = index_module.index_path(many)
    with sqlite3.connect(path) as conn:
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert set(index_module._LOOKUP_INDEXES) <= names
        conn.execute("DROP INDEX records_departement")  # as if the build had been cut off
    assert rebuilt(many) == []
    with sqlite3.connect(path) as conn:
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "records_departement" in names
    monkeypatch.setattr(index_module, "BULK_FROM", 10_000)
    monkeypatch.setenv("CCAS_CACHE", str(tmp_path / "file-by-file"))
    assert len(rebuilt(many)) == 13
    assert [r.id for r in service.run_filter(many, Filters(departement="isere"))[0]] == bulk != []
    assert as_json(service.run_totals(many, "direction", Filters())[0], False) == as_json(rows, False)


def test_a_bad_file_among_many_is_one_line_naming_it(many, runner):
    from ccas_cli.cli.app import app

    (many / "zz-broken.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", "--data", str(many)])
    assert result.exit_code == 3
    assert "zz-broken.yaml" in result.stderr and result.stderr.count("\n") == 1


def test_values_folding_alike_resolve_to_the_first_in_store_order(store, monkeypatch):
    """Two spellings of one partner: the SQL selection picks the one `apply` picks."""
    path = store / "ccas-grenoble-plan-strategique.yaml"
    text = path.read_text(encoding="utf-8")
    assert "- Ville de Grenoble\n" in text
    path.write_text(text.replace("- Ville de Grenoble\n", "- ville de Grenoble\n", 1), encoding="utf-8")
    models = [r for f in load_store(store) for r in f.records]
    for value in ("ville de grenoble", "VILLE DE GRENOBLE"):
        expected = apply(models, Filters(partner=value))
        records, notes = service.run_filter(store, Filters(partner=value))
        assert [r.id for r in records] == [r.id for r in expected.records] and notes == expected.notes


def test_a_file_that_is_no_database_is_replaced_on_disk(store):
    """Garbage where the index should be is deleted and the index rebuilt in its place."""
    path = store / ".ccas-cache" / INDEX_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x13garbage, not SQLite" * 300)
    index = open_index(store)
    assert index.path == path and len(index.rebuilt) == 5
    index.close()
    assert rebuilt(store) == []


def test_a_busy_index_is_left_to_its_owner(store, monkeypatch):
    """An index another process holds past the timeout is not taken for damage: this query is
    answered from memory, and the file is not deleted under its owner."""
    from ccas_cli.query import index as index_module

    rebuilt(store)
    path = store / ".ccas-cache" / INDEX_NAME
    inode = path.stat().st_ino
    (store / "caf-isere-2023.yaml").touch()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(index_module, "BUSY_TIMEOUT", 0.2)
    try:
        records, _ = service.run_filter(store, Filters(document="caf-isere-2023"))
        assert records
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert path.stat().st_ino == inode


def test_an_old_mtime_set_back_by_hand_does_not_hide_a_change(store):
    """`touch -d` can restore an old mtime, not the change time: the edit is still seen."""
    import os

    path = store / "caf-isere-2023.yaml"
    os.utime(path, (1_600_000_000, 1_600_000_000))
    rebuilt(store)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Carte Tattoo", "Carte Tatoux"), encoding="utf-8")
    os.utime(path, (1_600_000_000, 1_600_000_000))
    assert rebuilt(store) == ["caf-isere-2023.yaml"]


def test_a_touched_file_is_not_parsed_again(store):
    """Same bytes, new times (touch, git checkout): the hash keeps the rows."""
    rebuilt(store)
    (store / "odas-recueil-2018.yaml").touch()
    assert rebuilt(store) == []


def test_reference_data_json_cannot_hold_is_read_each_time(store, tmp_path, monkeypatch, runner):
    """A date in a reference file: not kept in the index's copy, still read, no traceback."""
    from ccas_cli.cli.app import app

    reference = tmp_path / "reference"
    shutil.copytree(ROOT / "data" / "reference", reference)
    departements = reference / "departements.yaml"
    departements.write_text(
        "updated: 2024-05-01\n" + departements.read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("CCAS_REFERENCE", str(reference))
    for _ in range(2):
        result = runner.invoke(
            app, ["filter", "--departement", "isere", "--data", str(store), "--format", "json"]
        )
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)


@pytest.mark.parametrize(
    ("args", "code"),
    [(["filter", "--chapter", "99999999999999999999"], 2), (["search", "logement", "-n", "-1"], 2)],
)
def test_out_of_range_numbers_are_usage_errors(store, runner, args, code):
    from ccas_cli.cli.app import app

    result = runner.invoke(app, [*args, "--data", str(store)])
    assert result.exit_code == code and "Traceback" not in result.stderr


def test_a_dangling_link_in_the_store_is_one_line(store, runner):
    from ccas_cli.cli.app import app

    (store / "broken.yaml").symlink_to(store / "nowhere.yaml")
    result = runner.invoke(app, ["stats", "--data", str(store)])
    assert result.exit_code == 3
    assert "broken.yaml" in result.stderr and result.stderr.count("\n") == 1


def test_an_index_built_by_other_code_is_rebuilt(store, monkeypatch):
    """Changing what the index stores (stop words, stems, keys, models) without bumping its
    version still rebuilds it: the fingerprint covers that code."""
    from ccas_cli.query import index as index_module

    rebuilt(store)
    assert rebuilt(store) == []
    monkeypatch.setattr(index_module, "fingerprint", lambda: "other code")
    assert len(rebuilt(store)) == 5


def test_ingest_leaves_the_index_ready_with_the_rows_a_rebuild_gives(tmp_path, monkeypatch):
    """After `ingest`, the first query indexes nothing (no YAML parsed), and the index holds
    what a build from the YAML files holds: same records, payloads, values, budget lines, stems."""
    from ccas_cli.ingest import ingest

    monkeypatch.delenv("CCAS_CACHE", raising=False)
    out = tmp_path / "structured"
    ingest(None, out)
    assert sorted(p.name for p in out.glob("*.yaml")) == sorted(p.name for p in STRUCTURED.glob("*.yaml"))
    assert rebuilt(out) == []

    def content(index) -> dict:
        conn = index.conn
        by_id = dict(conn.execute("SELECT rowid, id FROM records"))
        return {
            "payloads": sorted((by_id[r], j) for r, j in conn.execute("SELECT rowid, json FROM payloads")),
            "values": sorted((by_id[r], k, v) for r, k, v in conn.execute("SELECT * FROM record_values")),
            "lines": sorted((by_id[r], *rest) for r, *rest in conn.execute("SELECT * FROM budget_lines")),
            "texts": sorted((by_id[r], *rest) for r, *rest in conn.execute("SELECT rowid, * FROM fts")),
        }

    at_ingest = open_index(out)
    monkeypatch.setenv("CCAS_CACHE", str(tmp_path / "from-yaml"))
    from_yaml = open_index(out)
    assert sorted(from_yaml.rebuilt) == sorted(p.name for p in out.glob("*.yaml"))
    assert content(at_ingest) == content(from_yaml)
    at_ingest.close()
    from_yaml.close()
    monkeypatch.delenv("CCAS_CACHE")
    # a file edited after the ingest is indexed again, alone
    path = out / "caf-isere-2023.yaml"
    _edit(path, lambda data: data["records"][0].update(title="Un autre titre"))
    assert rebuilt(out) == [path.name]


@pytest.mark.parametrize(
    "words, filters",
    [
        ("non recours", Filters()),
        ("logement jeunes", Filters(departement="Gironde")),
        ("emploi", Filters(year="2009..2012")),
        ('"aide alimentaire"', Filters()),
        ("accompagnement", Filters(type="initiative", chapter=2)),
    ],
)
def test_search_cut_in_sqlite_is_the_head_of_the_whole_ranking(words, filters):
    """`LIMIT` in SQL: the first N hits and the count are those of the whole ranking, best
    score first."""
    whole = service.run_search(STRUCTURED, words, filters, None)
    assert whole.total == len(whole.hits) > 0
    scores = [h.score for h in whole.hits]  # (rounded to 4 places: ties are broken before that)
    assert scores == sorted(scores, reverse=True)
    for limit in sorted({1, 3, max(len(whole.hits) - 1, 1), len(whole.hits) + 5}):
        cut = service.run_search(STRUCTURED, words, filters, limit)
        assert [h.record.id for h in cut.hits] == [h.record.id for h in whole.hits][:limit]
        assert cut.total == whole.total


@pytest.mark.parametrize(
    "by", ["direction", "document", "year", "funder", "theme", "direction,year", "document,theme"]
)
@pytest.mark.parametrize("filters", [Filters(), Filters(type="action"), Filters(year="2015..2020")])
def test_totals_summed_in_sqlite_equal_the_lines_added_one_by_one(by, filters, monkeypatch):
    """SQLite sums whole cents; the explained path adds each line in store order and rounds to
    the cent: same rows, totals, line and record counts, in the same order."""
    from ccas_cli.query import service as service_module

    summed, _ = service.run_totals(STRUCTURED, by, filters)
    monkeypatch.setattr(service_module, "_summed_in_sql", lambda *args: False)
    added, _ = service.run_totals(STRUCTURED, by, filters)
    assert as_json(summed, False) == as_json(added, False)
    assert [(r.key, r.records) for r in summed] == [(r.key, r.records) for r in added]
    assert any(r.total_eur for r in added)


def test_a_fraction_of_a_cent_sends_the_total_through_the_line_by_line_path(data_copy, monkeypatch):
    from ccas_cli.query import service as service_module

    path = data_copy / "ccas-grenoble-plan-strategique.yaml"
    _edit(path, lambda data: data["records"][0]["budget_lines"][0].update(amount_eur=1000.125))
    calls = []
    original = service_module._summed_in_python
    monkeypatch.setattr(service_module, "_summed_in_python", lambda *args: calls.append(1) or original(*args))
    service.run_totals(data_copy, "direction", Filters())
    assert calls == [1]
