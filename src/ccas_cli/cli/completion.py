"""Shell completion of option values (`ccas --install-completion`, then Tab): the themes,
départements, directions and documents ccas knows, read from the reference data and the manifest
when the shell asks, never at start-up."""

from __future__ import annotations


def _matching(values: list[str], incomplete: str) -> list[str]:
    from ..normalize.text import fold

    typed = fold(incomplete)
    return [v for v in values if fold(v).startswith(typed)]


def themes(incomplete: str) -> list[str]:
    from ..normalize.themes import themes as known

    return _matching(list(known()), incomplete)


def departements(incomplete: str) -> list[str]:
    from ..reference import departements as known

    return _matching([d.name for d in known().entries], incomplete)


def directions(incomplete: str) -> list[str]:
    from ..reference import load_reference

    return _matching([d["name"] for d in load_reference("directions")["directions"]], incomplete)


def documents(incomplete: str) -> list[str]:
    from ..ingest import load_manifest

    try:
        return _matching([entry.id for entry in load_manifest()], incomplete)
    except Exception:  # no manifest here: nothing to propose
        return []
