"""Names of territorial bodies resolve against the document's own territory, never a sample's."""

from __future__ import annotations

from ccas_cli.normalize.entities import Territory, in_territory, resolve_partners

from .conftest import ROOT

LILLE = Territory(
    commune="Lille",
    commune_insee="59350",
    departement="Nord",
    departement_code="59",
    de_departement="du Nord",
)
GRENOBLE = Territory(
    commune="Grenoble",
    commune_insee="38185",
    departement="Isère",
    departement_code="38",
    de_departement="de l'Isère",
)
GENERIC = "la Ville, le Conseil général, la Préfecture, le CHU, le CCAS"


def test_generic_names_resolve_in_the_document_territory():
    """'la Ville' is Lille's in a Lille plan and Grenoble's in a Grenoble plan."""
    with in_territory(LILLE):
        lille = resolve_partners(GENERIC).names
    with in_territory(GRENOBLE):
        grenoble = resolve_partners(GENERIC).names
    assert lille == [
        "Ville de Lille",
        "Département du Nord",
        "Préfecture du Nord",
        "CHU de Lille",
        "CCAS de Lille",
    ]
    assert grenoble == [
        "Ville de Grenoble",
        "Département de l'Isère",
        "Préfecture de l'Isère",
        "CHU de Grenoble",
        "CCAS de Grenoble",
    ]


def test_without_a_territory_generic_names_stay_as_printed():
    """A document of no known territory: 'la Ville' names no city, it is kept and listed as
    unresolved, never attributed to the bundled documents' city."""
    found = resolve_partners(GENERIC)
    assert not any("Grenoble" in n or "Isère" in n for n in found.names)
    assert "la Ville" in found.unresolved


def test_nothing_territorial_in_the_code():
    """No city or département of the bundled documents is named in src/ (data holds them)."""
    for path in (ROOT / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "Grenoble" not in text and "Isère" not in text, path


def test_a_territory_s_own_bodies_resolve_only_in_its_documents():
    """'Mission locale du Forez' or 'l'UDAF' in a Lille plan are not Grenoble's or the Isère's;
    in a Grenoble plan, 'la Mission locale' is Grenoble's."""
    with in_territory(LILLE):
        lille = resolve_partners("Mission locale du Forez, UDAF, Union départementale des CCAS")
    assert not any("Grenoble" in n or "Isère" in n for n in lille.names)
    with in_territory(GRENOBLE):
        assert resolve_partners("la Mission locale").names == ["Mission Locale de Grenoble"]


def test_directions_resolve_only_in_their_city_s_documents():
    """A direction a reference file knows for one CCAS is kept as printed in another city's plan."""
    from ccas_cli.normalize.entities import resolve_direction

    with in_territory(LILLE):
        assert resolve_direction("Direction petite enfance et familles").direction is None
    with in_territory(GRENOBLE):
        assert (
            resolve_direction("Direction Petite Enfance CCAS").direction == "Direction Petite Enfance (CCAS)"
        )


def test_a_departement_by_its_insee_code():
    from ccas_cli.reference import departements

    refs = departements()
    assert [refs.by_code(c).name for c in ("51", "2A", "971", "5")] == [
        "Marne",
        "Corse-du-Sud",
        "Guadeloupe",
        "Hautes-Alpes",
    ]
    assert refs.by_code("99") is None
