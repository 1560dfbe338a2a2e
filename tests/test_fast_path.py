"""The read commands answered without typer must answer exactly as typer does.

Both paths run in this process on the bundled store: the fast path (`fast.answer`) and typer
(`app.run`), and for each command line stdout, stderr and the exit code must be byte-identical.
Lines the fast path leaves to typer must be left (`answer` returns None), never half-answered.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from ccas_cli.cli import app, fast
from ccas_cli.cli.spec import COMMANDS

from .conftest import ROOT, STRUCTURED

FORMATS = ["table", "json", "ndjson", "csv", "yaml", "markdown"]

# Each command with option sets that reach different code: ranking, notes of fuzzy values,
# "did you mean", nothing matched (exit 1), sorting and columns, two-level totals, --explain.
LINES = {
    "search": [
        ["non recours"],
        ["--theme", "non-recours"],
        ["logement", "--departement", "gironde", "--limit", "3"],
        ["emploi", "--year", "2009..2012", "--sort", "-year", "--columns", "id,title,year"],
        ["acompagnement"],  # a typo: "did you mean"
        ["zzzzqx"],  # nothing matches: exit 1
        ["--type", "action", "--direction", "Direction Développement Social et Solidarité (CCAS)"],
        ['"aide alimentaire"', "-n", "0"],
    ],
    "filter": [
        ["--departement", "Gironde"],
        ["--type", "experiment", "--sort", "title"],
        ["--chapter", "2", "--columns", "id,theme_label"],
        ["--partner", "CAF", "--status", "cours"],
        ["--departement", "Nowhere-at-all"],  # an unknown value: a usage error, exit 2
    ],
    "total": [
        ["--by", "direction"],
        ["--by", "document", "--explain"],
        ["--by", "direction,year"],
        ["--by=funder", "--year", "2016"],
        ["--by", "nonsense"],
    ],
    "stats": [
        ["--by", "departement"],
        ["--by", "theme", "--sort", "-count"],
        ["--by", "chapter", "--type", "initiative"],
        ["--by", "type", "--sort", "sideways"],
    ],
    "show": [
        ["odas-recueil-2018/flash-emploi"],
        ["no/such-record"],
    ],
    "warnings": [
        [],
        ["--code", "override-conflict"],
    ],
}

CASES = [
    pytest.param([command, *line, *fmt], id=" ".join([command, *line, *fmt]))
    for command, lines in LINES.items()
    for line, fmt in itertools.product(
        lines, [["--format", f] for f in FORMATS] + [["-f", "CSV", "--excel"], ["--format=json"]]
    )
]


@pytest.fixture(autouse=True)
def bundled_store(monkeypatch):
    monkeypatch.setenv("CCAS_DATA", str(STRUCTURED))
    monkeypatch.delenv("CCAS_DEBUG", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)


def both(args: list[str], capsys) -> tuple[tuple, tuple]:
    fast_code = fast.answer(args)
    assert fast_code is not None, "the fast path left this plain line to typer"
    fast_out = capsys.readouterr()
    typer_code = app.run(args)
    typer_out = capsys.readouterr()
    return (fast_code, fast_out.out, fast_out.err), (typer_code, typer_out.out, typer_out.err)


@pytest.mark.parametrize("args", CASES)
def test_both_paths_print_the_same_bytes(args, capsys):
    answered, reference = both(args, capsys)
    assert answered == reference


def test_the_matrix_reaches_success_nothing_matched_and_usage_errors(capsys):
    """The matrix above is not all successes: it checks the exits that scripts test for."""
    codes = set()
    for command, lines in LINES.items():
        for line in lines:
            codes.add(both([command, *line, "--format", "json"], capsys)[0][0])
    assert codes == {0, 1, 2}


@pytest.mark.parametrize(
    "args",
    [
        ["search", "--help"],
        ["search", "x", "-n5"],  # an attached short value: click's spelling, typer's to read
        ["search", "x", "--limit", "-1"],  # refused by typer (min 0)
        ["search", "x", "--limit", "many"],
        ["filter", "--format", "xml"],
        ["filter", "--data", str(ROOT / "pyproject.toml")],  # a file where a folder is wanted
        ["filter", "--no-such-option"],
        ["show"],  # the ID is required
        ["show", "a", "b"],  # one ID only
        ["total", "--explain=yes"],
        ["stats", "--"],
        ["ingest", "--dry-run"],  # not a read command
        ["--debug", "search", "x"],
        [],
    ],
)
def test_lines_with_any_doubt_are_left_to_typer(args):
    assert fast.answer(args) is None


def test_left_lines_get_typer_usage_errors(capsys):
    """What the fast path leaves, typer answers with its one-line usage error (exit 2)."""
    assert fast.answer(["search", "x", "--limit", "many"]) is None
    assert app.run(["search", "x", "--limit", "many"]) == 2
    assert capsys.readouterr().err == "Error: --limit/-n: expected a number, got 'many'\n"


def test_every_read_command_is_declared_once_for_both_paths():
    """typer's parameters are spec.py's, in the same order, with the same flags."""
    import typer.main

    for name in fast.BODIES:
        command = typer.main.get_command(app.app).commands[name]  # type: ignore[attr-defined]
        params = [(p.name, tuple(getattr(p, "opts", ()))) for p in command.params]
        declared = [(p.name, p.flags or (p.name,)) for p in COMMANDS[name]]
        assert [n for n, _ in params] == [n for n, _ in declared]
        for (_, opts), param in zip(params, COMMANDS[name], strict=True):
            if param.flags:
                assert set(opts) == set(param.flags)


def test_a_json_query_imports_neither_typer_nor_pydantic_nor_rich():
    """The point of the fast path: a query pays for Python, SQLite and ccas's query code only."""
    code = (
        "import sys\n"
        "from ccas_cli.cli import fast\n"
        "code = fast.answer(['search', '--theme', 'non-recours', '--format', 'json'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'typer', 'click', 'pydantic', 'rich'})\n"
        "print(code, heavy, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "CCAS_DATA": str(STRUCTURED)},
    )
    assert done.stderr.strip() == "0 []"
    assert done.stdout.startswith("[\n  {")
