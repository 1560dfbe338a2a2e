"""Re-ingesting safely: renames, hand edits, concurrent or killed writers, hostile inputs."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ccas_cli.cli.app import app
from ccas_cli.errors import StoreError
from ccas_cli.ingest import ingest, prepare
from ccas_cli.query.diff import diff_store_files
from ccas_cli.store import folder_lock, load_file, load_store
from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import RAW, ROOT, STRUCTURED, snapshot

RECUEIL = "odas-recueil-solidarite-innovation-sociale-2018.txt"


@pytest.fixture
def raw_copy(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    return folder


def _rename_flash_emploi(raw):
    path = raw / RECUEIL
    text = path.read_text(encoding="utf-8")
    assert text.count("\nFlash emploi\n") == 1
    path.write_text(
        text.replace("\nFlash emploi\n", "\nFlash emploi : le RSA accompagné dès la demande\n"), "utf-8"
    )


# -- renames ----------------------------------------------------------------------------------


def test_renamed_fiche_keeps_its_id_and_diff_says_renamed(raw_copy, data_copy):
    """An updated title keeps the stored id (same content); --renumber gives the new one."""
    _rename_flash_emploi(raw_copy)
    outcomes = prepare(None, data_copy, manifest_path=raw_copy / "manifest.yaml")
    recueil = next(
        o.store_file for o in outcomes if o.store_file and o.store_file.document.kind == "odas-recueil"
    )
    kept = next(r for r in recueil.records if r.title.startswith("Flash emploi"))
    assert kept.id == "odas-recueil-2018/flash-emploi"
    assert any(w.code == "renamed" for w in recueil.document.warnings)

    renumbered = prepare(None, data_copy, manifest_path=raw_copy / "manifest.yaml", renumber=True)
    new_files = [o.store_file for o in renumbered if o.store_file]
    result = diff_store_files(load_store(STRUCTURED), new_files)
    assert result.added == [] and result.removed == []
    ((old_id, new_id, changes),) = result.renamed
    assert old_id == "odas-recueil-2018/flash-emploi"
    assert new_id == "odas-recueil-2018/flash-emploi-le-rsa-accompagne-des-la-demande"
    assert [c.field for c in changes] == ["title"]


# -- hand edits, locks, interrupted writes ----------------------------------------------------


def test_hand_edited_file_is_not_overwritten_without_force(runner, data_copy):
    """The message names the differing records and points to overrides.yaml; --force writes."""
    path = data_copy / "odas-recueil-2018.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"), path)
    data["records"][0]["porteur"] = "corrigé à la main"
    path.write_text(dump_yaml(data), encoding="utf-8")
    before = snapshot(data_copy)
    result = runner.invoke(app, ["ingest", "--out", str(data_copy)])
    assert result.exit_code == 3
    assert "edited by hand since the last ingest" in result.stderr
    assert "odas-recueil-2018/la-plateforme-job-41" in result.stderr
    assert "overrides.yaml" in result.stderr and "--force" in result.stderr
    assert snapshot(data_copy) == before
    forced = runner.invoke(app, ["ingest", "--out", str(data_copy), "--force"])
    assert forced.exit_code == 0, forced.stderr
    assert path.read_bytes() == (STRUCTURED / "odas-recueil-2018.yaml").read_bytes()


def test_a_second_writer_is_refused_while_the_folder_is_locked(tmp_path):
    """Two ingests cannot write the same folder at once."""
    with folder_lock(tmp_path), pytest.raises(StoreError, match="another ccas ingest is writing here"):
        ingest(None, tmp_path, manifest_path=RAW / "manifest.yaml")


def test_killed_writer_leaves_the_previous_file_intact(tmp_path):
    """SIGKILL in the middle of a write: the old YAML is still whole and loads."""
    target = tmp_path / "odas-recueil-2018.yaml"
    shutil.copy(STRUCTURED / "odas-recueil-2018.yaml", target)
    original = target.read_bytes()
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from ccas_cli import yamlio

        class Slow(str):
            pass

        real_fdopen = yamlio.os.fdopen

        def slow_fdopen(*args, **kwargs):
            handle = real_fdopen(*args, **kwargs)
            write = handle.write

            def slow_write(text):
                for start in range(0, len(text), 4096):
                    write(text[start:start + 4096])
                    handle.flush()
                    time.sleep(0.01)
                return len(text)

            handle.write = slow_write
            return handle

        yamlio.os.fdopen = slow_fdopen
        print("writing", flush=True)
        yamlio.atomic_write_text(Path({str(target)!r}), "records: []\\n" * 200000)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT)
    assert process.stdout.readline().strip() == b"writing"
    time.sleep(0.3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert target.read_bytes() == original
    assert load_file(target).document.id == "odas-recueil-2018"


def test_failing_disk_leaves_nothing_half_written(runner, data_copy, monkeypatch):
    """A write that fails (disk full) is one line, exit 3, and no file changes."""
    from ccas_cli import yamlio

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    (data_copy / "odas-recueil-2018.yaml").unlink()
    (data_copy / ".ccas-state.json").unlink()
    before = snapshot(data_copy)
    monkeypatch.setattr(yamlio.os, "fsync", full)
    result = runner.invoke(app, ["ingest", "--out", str(data_copy)])
    assert result.exit_code == 3
    assert "No space left on device" in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(data_copy) == before
    assert not list(data_copy.glob("*.tmp"))


def test_read_only_output_folder_is_a_clear_error(runner, data_copy, monkeypatch):
    """Permission denied on write (a read-only folder): one line, exit 3, nothing changed.

    Simulated, since the tests may run as root, for whom permissions do not apply."""
    import tempfile

    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    (data_copy / "caf-isere-2023.yaml").unlink()
    (data_copy / ".ccas-state.json").unlink()
    before = snapshot(data_copy)
    monkeypatch.setattr(tempfile, "mkstemp", denied)
    result = runner.invoke(app, ["ingest", "--out", str(data_copy)])
    assert result.exit_code == 3
    assert "Permission denied" in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(data_copy) == before


def test_unwritable_output_folder_is_a_clear_error(runner, tmp_path):
    """An output path that cannot be a folder (it is a file): one line, exit 3."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = runner.invoke(app, ["ingest", "--out", str(blocker / "structured")])
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


# -- hostile YAML -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('schema_version: !!python/object/apply:os.system ["echo pwned"]\n', "only plain, safe YAML is read"),
        ("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\ndocument: *c\n", "anchors and aliases"),
        (
            "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]\n" for i in range(1, 10))
            + "document: *l9\n",
            "anchors and aliases",
        ),
    ],
    ids=["python-tag", "billion-laughs", "ten-billion-laughs"],
)
def test_hostile_yaml_is_refused(runner, data_copy, text, message):
    """Code-running tags and alias bombs are refused with a clear line, never executed."""
    (data_copy / "evil.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["stats", "--data", str(data_copy)])
    assert result.exit_code == 3
    assert "evil.yaml" in result.stderr and message in result.stderr


# -- bad inputs gallery -----------------------------------------------------------------------


def test_crlf_and_bom_documents_give_the_same_records(tmp_path, manifest):
    """A recueil saved with a BOM and Windows line endings parses to the same records."""
    from ccas_cli.ingest import parse_file

    entry = manifest["odas-recueil-2018"]
    text = entry.file.read_text(encoding="utf-8")
    windows = tmp_path / "recueil.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    reference = parse_file(entry.file, entry=entry)
    converted = parse_file(windows, kind="odas-recueil")
    assert [r.id.split("/", 1)[1] for r in converted.records] == [
        r.id.split("/", 1)[1] for r in reference.records
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text(" \n\t\n  \n"), "empty file"),
        (lambda p: p.write_text("x" * 1_000_000 + "\n"), "not a document ccas can read"),
        (
            lambda p: p.write_bytes(b"Lorem ipsum dolor sit amet.\n" * 1_900_000),
            "not a document ccas can read",
        ),
    ],
    ids=["whitespace-only", "1MB-single-line", "50MB-text"],
)
def test_gallery_of_bad_text_inputs(runner, tmp_path, data_copy, make, message):
    """Each: one line naming the file, exit 3, nothing stored changed (its speed and memory are
    measured in benchmarks/bench_refusal.py, not here)."""
    path = tmp_path / "input.txt"
    make(path)
    before = snapshot(data_copy)
    result = runner.invoke(app, ["ingest", str(path), "--out", str(data_copy)])
    assert result.exit_code == 3 and message in result.stderr
    assert result.stderr.startswith(f"Error: {path}: ") and result.stderr.count("\n") == 1
    assert snapshot(data_copy) == before


def test_detection_reads_only_the_opening_of_a_text(monkeypatch, tmp_path):
    """A text of no known family is refused from its first megabyte: the whole file is never read."""
    import ccas_cli.ingest as ingest_module
    from ccas_cli.errors import InputError

    def whole_file_read(*args, **kwargs):
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(ingest_module, "read_source", whole_file_read)
    path = tmp_path / "big.txt"
    path.write_bytes(b"Lorem ipsum dolor sit amet.\n" * 200_000)
    with pytest.raises(InputError, match="not a document ccas can read"):
        ingest_module.parse_file(path)


def test_detection_of_a_long_document_matches_the_whole(tmp_path):
    """Each bundled document, followed by a megabyte of other prose (annexes), is detected from
    its opening alone as it is from its whole text."""
    from ccas_cli.extract import read_sample, read_source
    from ccas_cli.families import detect_family

    for raw in sorted(RAW.glob("*.txt")):
        whole = detect_family(read_source(raw))
        long = tmp_path / raw.name
        annex = "Annexe. Le texte suit sans titre ni champ, paragraphe après paragraphe.\n\n" * 20_000
        long.write_text(raw.read_text(encoding="utf-8") + annex, encoding="utf-8")  # over 1 MB
        sample = read_sample(long)
        assert sample is not None and len(sample) < len(read_source(long))
        assert whole is not None and detect_family(sample) == whole, raw.name


def test_unknown_family_message_lists_the_kinds(runner, tmp_path):
    """The message says which kinds exist and how to choose one."""
    path = tmp_path / "notes.txt"
    path.write_text("Compte rendu de réunion.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(path), "--dry-run", "--out", str(tmp_path)])
    assert result.exit_code == 3
    for kind in ("ccas-plan", "experiments", "inspiraction", "odas-recueil", "web-page", "--kind"):
        assert kind in result.stderr


def test_directory_of_mixed_files_ingests_its_documents(runner, tmp_path):
    """Documents in a folder are ingested; images and other files are left aside."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(RAW / "ccas-grenoble-plan-strategique.txt", folder)
    shutil.copy(RAW / "caf-isere-en-isere.txt", folder)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04")  # (a spreadsheet: no reader, left aside)
    out = tmp_path / "out"
    result = runner.invoke(app, ["ingest", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.yaml")) == [
        "caf-isere-en-isere.yaml",
        "ccas-grenoble-plan-strategique.yaml",
    ]


def test_yaml_nested_as_deep_as_the_parser_allows_loads_as_pyyaml_loads_it():
    """The store's YAML builder recurses; a file nested deeper than Python's recursion allows is
    built by PyYAML's own (iterative) constructor, with the same result, never a traceback."""
    import yaml

    from ccas_cli.yamlio import load_yaml

    for depth in (5, 600, 999):
        text = "[" * depth + "1" + "]" * depth
        data = load_yaml(text, "deep.yaml")
        for _ in range(depth):  # walked down iteratively (comparing would recurse as deep)
            assert isinstance(data, list) and len(data) == 1
            data = data[0]
        assert data == 1
    assert load_yaml("a: [1, x]\n", "small.yaml") == yaml.load("a: [1, x]\n", Loader=yaml.CSafeLoader)


def test_a_rules_document_s_parts_are_no_feed_entries_and_ribbons_name_a_recueil(tmp_path):
    """ "TITRE I – Dispositions générales" opens a part of a rules document, not a feed's
    "Titre : …" field: with dated lines ("approuvé le 12 mars 2026") it is still no web page. A
    recueil whose sheets close on "Porteur de projet : …" under a département's ribbon is a
    recueil, though it has no Sommaire and no "Département :" label."""
    from ccas_cli.extract import read_source
    from ccas_cli.families import detect_family

    rules = (
        "Règlement des aides facultatives\n\nApprouvé par le conseil d'administration du 12 mars 2026\n\n"
        + "".join(
            f"TITRE {n} – Dispositions de la partie {n}\n\nArticle {k} – Objet\n\nLe présent article "
            f"s'applique à compter du 1er avril 2026 aux demandes déposées.\n\n"
            for n, k in (("I", 1), ("II", 2), ("III", 3), ("IV", 4))
        )
    )
    path = tmp_path / "reglement.txt"
    path.write_text(rules, encoding="utf-8")
    family = detect_family(read_source(path))
    assert family is None or family.kind != "web-page"

    recueil = "Recueil d'initiatives 2026\n\n" + "".join(
        f"{dep}\n\nUne initiative numéro {n} pour les aînés\n\nLe contexte\nUn texte de contexte assez long "
        f"pour être un paragraphe.\n\nLes résultats\nDes résultats.\n\nPorteur de projet : CCAS numéro {n}\n"
        f"Date de lancement : 202{n}\n\n"
        for n, dep in enumerate(["CREUSE", "CHER", "INDRE", "ALLIER", "CANTAL"], 1)
    )
    path = tmp_path / "recueil.txt"
    path.write_text(recueil, encoding="utf-8")
    family = detect_family(read_source(path))
    assert family is not None and family.kind == "odas-recueil"


def test_lines_of_bare_markup_never_raise_a_traceback(tmp_path):
    """A plain-text mail's "> " alone on its line, an empty bullet, a "#" with no title: read by
    every family (detection first) without a traceback — the batch 96 press kit crashed the
    web-page detector on such a line."""
    from ccas_cli.errors import CcasError
    from ccas_cli.families import FAMILIES
    from ccas_cli.ingest import parse_file

    text = (
        "DOSSIER DE PRESSE\n\n>\n> \n\n[1] Une première expérimentation\n\n> Lancée : 2021\n>\n"
        "> Évaluation : Ansa\n\n*\n\n•\n\n#\n\n**\n\nUn texte qui raconte ce qui a été fait.\n\n"
        "[2] Une deuxième expérimentation\n\n> Lancée : 2022\n\n-\n\n…\n"
    )
    path = tmp_path / "markup.txt"
    path.write_text(text, encoding="utf-8")
    for kind in (None, *FAMILIES):
        try:
            parse_file(path, kind=kind)
        except CcasError as exc:
            assert "\n" not in exc.one_line(), kind
