"""Shared fixtures: the bundled corpus, parsed once per session, and a CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ccas_cli.ingest import load_manifest, parse_file

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
STRUCTURED = ROOT / "data" / "structured"
GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/* from the current parsers, for review with git diff.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands resolve data/ relative to the working directory, as users run them."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("CCAS_DATA", raising=False)
    monkeypatch.delenv("CCAS_DEBUG", raising=False)


@pytest.fixture(scope="session")
def manifest():
    return {entry.id: entry for entry in load_manifest(RAW / "manifest.yaml")}


@pytest.fixture(scope="session")
def recueil(manifest):
    entry = manifest["odas-recueil-2018"]
    return parse_file(entry.file, entry=entry)


@pytest.fixture(scope="session")
def recueil_source(manifest):
    from ccas_cli.extract import read_source

    return read_source(manifest["odas-recueil-2018"].file)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of the committed store, so tests can write without touching the repo."""
    target = tmp_path / "structured"
    shutil.copytree(STRUCTURED, target, ignore=shutil.ignore_patterns(".ccas-cache", ".ccas.lock"))
    return target


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of a folder and its bytes (the lock file is no data)."""
    return {
        p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and p.name != ".ccas.lock"
    }


def subtitles(cues: list[str]) -> str:
    """A video's .srt file of these cues, two seconds apart (a sheet or a kit told on screen)."""
    return "".join(
        f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 1:02d},500\n{cue}\n\n"
        for n, cue in enumerate(cues, 1)
    )


def parse_text(folder: Path, text: str, kind: str, name: str):
    """A document written for a test, parsed as the given family (the shape of most parser
    tests: write a few lines in a layout, read them back)."""
    from ccas_cli.ingest import parse_file

    path = folder / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, kind=kind)
