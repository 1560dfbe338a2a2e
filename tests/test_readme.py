"""The README's commands are the ones CI runs, and the code is lint-clean."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

TEST_COMMAND = (
    "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'"
    " && .venv/bin/ruff check src tests benchmarks && .venv/bin/mypy && .venv/bin/python -m pytest"
)


def test_ci_runs_the_readme_test_command():
    """.ci/run and the README's quickstart name the same test command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in readme
    assert re.search(r"^" + re.escape(TEST_COMMAND) + r"$", ci, re.MULTILINE)


def test_ruff_reports_nothing():
    """`ruff check` is clean on the library, the tests and the benchmarks (ruff is in [test])."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _recipes() -> list[tuple[str, str]]:
    """(command, output shown) of every `$ ccas …` line of the README's Recipes section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
    found: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", section, re.DOTALL):
        command, output = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "\n".join(output)))
                command, output = line[2:], []
            else:
                output.append(line)
        if command is not None:
            found.append((command, "\n".join(output)))
    return found


RECIPES = _recipes()


@pytest.mark.parametrize(("command", "shown"), RECIPES, ids=[c for c, _ in RECIPES])
def test_every_recipe_prints_what_the_readme_shows(command, shown):
    """The persona recipes are real: each command, run on the bundled corpus, prints exactly the
    output the README shows (stdout; what goes to stderr is not shown)."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert [line.rstrip() for line in done.stdout.rstrip("\n").splitlines()] == shown.splitlines()


def test_the_recipes_cover_the_three_people_with_five_commands_each():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("## Recipes") < readme.index("## Ingest")  # recipes first, reference after
    assert len(RECIPES) == 15
