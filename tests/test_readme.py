"""The README's commands are the ones CI runs, and the code is lint-clean."""

from __future__ import annotations

import re
import subprocess
import sys

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
