"""Curated reference data (data/reference/*.yaml): départements, vocabularies, aliases.

Looked up, in order: $CCAS_REFERENCE, ./data/reference (a maintainer's working copy), then
the copy packaged with ccas. Maintainers edit the YAML; no name lives in code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .errors import StoreError
from .normalize.text import fold

_PACKAGED = "reference_data"

# While a query index is open, it parses reference files for us from its own copy (keyed by
# path, size and mtime), so that queries do not import YAML: see query/index.py.
_parsed: Callable[[Path], Any] | None = None


def parse_with(parser: Callable[[Path], Any] | None) -> None:
    global _parsed
    _parsed = parser


def reference_dir() -> Path:
    env = os.environ.get("CCAS_REFERENCE")
    if env:
        return Path(env)
    local = Path.cwd() / "data" / "reference"
    if local.is_dir():
        return local
    repo = Path(__file__).resolve().parents[2] / "data" / "reference"
    if repo.is_dir():
        return repo
    from importlib import resources

    return Path(str(resources.files("ccas_cli") / _PACKAGED))


def load_reference(name: str, directory: str | None = None) -> Any:
    """A reference file by name, from the reference folder in force (see reference_dir)."""
    return _load_reference(name, directory or str(reference_dir()))


@cache
def _load_reference(name: str, directory: str) -> Any:
    path = Path(directory) / f"{name}.yaml"
    if not path.exists():
        raise StoreError(f"missing reference file {path}", path)
    if _parsed is not None:
        return _parsed(path)
    from .yamlio import load_yaml_file

    return load_yaml_file(path)


@dataclass(frozen=True)
class Departement:
    name: str
    code: str
    region: str
    kind: str


class Departements:
    """Resolves the many spellings of a département to its canonical name and INSEE code."""

    FUZZY_THRESHOLD = 88

    def __init__(self, entries: list[dict[str, Any]]):
        self.entries = [
            Departement(e["name"], str(e["code"]), e.get("region", ""), e.get("kind", "département"))
            for e in entries
        ]
        self._by_key: dict[str, Departement] = {}
        for dep in self.entries:
            for alias in [dep.name, *next(e for e in entries if e["name"] == dep.name).get("aliases", [])]:
                self._by_key[fold(alias)] = dep
        # Longest keys first, so "indre et loire" wins over "indre" as a prefix.
        self._keys = sorted(self._by_key, key=len, reverse=True)

    @classmethod
    def load(cls) -> Departements:
        return cls(load_reference("departements")["departements"])

    def resolve(self, text: str) -> Departement | None:
        """Exact folded match, else the longest name the text starts with, else fuzzy."""
        key = fold(text)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        for candidate in self._keys:
            if key.startswith(candidate + " "):
                return self._by_key[candidate]
        from rapidfuzz import fuzz, process

        match = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=self.FUZZY_THRESHOLD)
        return self._by_key[match[0]] if match else None

    def by_code(self, code: str) -> Departement | None:
        """The département of an INSEE code ("51", "2A", "971"), as printed alone or in brackets."""
        code = code.strip().upper()
        code = code.zfill(2) if code.isdigit() and len(code) == 1 else code
        return next((d for d in self.entries if d.code.upper() == code), None)

    def named_in(self, text: str) -> Departement | None:
        """The first département a sentence names, capitalised as a name is ("En Haute-Corse, le
        CCAS …"; never "cher" or "nord" as words)."""
        import re

        words = list(re.finditer(r"[\w'’-]+", text))
        for n, word in enumerate(words):
            if not word[0][:1].isupper():
                continue
            for size in (4, 3, 2, 1):
                window = words[n : n + size]
                if len(window) < size:
                    continue
                key = fold(text[window[0].start() : window[-1].end()])
                if key in self._by_key:
                    return self._by_key[key]
        return None

    def is_name(self, text: str) -> bool:
        """True when the whole text is a département name (not a sentence mentioning one)."""
        return fold(text) in self._by_key


@lru_cache(maxsize=1)
def departements() -> Departements:
    return Departements.load()
