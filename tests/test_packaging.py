"""The dependency list matches the code: everything `src/` imports is declared."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions

import pytest

from .conftest import ROOT

tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the check needs to run on one version only

SRC = ROOT / "src" / "ccas_cli"


def _imported_modules() -> set[str]:
    """Top-level modules imported anywhere in the library (absolute imports only)."""
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~; \[]", item, maxsplit=1)[0] for item in project["dependencies"]}
    return {name.lower().replace("_", "-") for name in names}


def test_every_third_party_import_is_a_declared_dependency():
    """A module `src/` imports comes from the standard library, the project, or a declared
    distribution (not one that happens to be installed because another package needs it)."""
    distributions = packages_distributions()
    declared = _declared()
    undeclared = {}
    for module in _imported_modules() - set(sys.stdlib_module_names) - {"ccas_cli", "__future__"}:
        owners = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not owners & declared:
            undeclared[module] = sorted(owners)
    assert undeclared == {}


def test_every_declared_dependency_is_imported():
    """Nothing declared is left unused (pdfplumber excepted until the PDF layout issue settles
    its role)."""
    distributions = packages_distributions()
    imported = set()
    for module in _imported_modules():
        imported.update(d.lower().replace("_", "-") for d in distributions.get(module, []))
    assert _declared() - imported - {"pdfplumber"} == set()
