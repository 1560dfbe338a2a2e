"""The ODAS recueil parser on the real document: its irregular places, invariants, golden file."""

from __future__ import annotations

import re

import pytest

from ccas_cli.families import odas_sommaire
from ccas_cli.ingest import parse_file
from ccas_cli.normalize.text import fold
from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import GOLDEN, parse_text


def fiches(result):
    return [r for r in result.records if r.kind == "fiche"]


def entries(result):
    return [r for r in result.records if r.kind == "autre_demarche"]


def by_title(result, title, **filters):
    found = [
        r
        for r in result.records
        if fold(r.title) == fold(title) and all(getattr(r, k) == v for k, v in filters.items())
    ]
    assert len(found) == 1, f"{title!r}: {len(found)} records"
    return found[0]


def warnings(result, code):
    return [w for w in result.document.warnings if w.code == code]


# -- invariants -------------------------------------------------------------------------------


def test_every_sommaire_title_maps_to_exactly_one_fiche(recueil, recueil_source):
    """The Sommaire lists as many titles as there are fiches, and each finds its own."""
    start = next(n for n, line in enumerate(recueil_source.lines, 1) if line.strip() == "Sommaire")
    toc = odas_sommaire.parse_toc(recueil_source, start + 1)
    assert len(toc.titles) == len(fiches(recueil)) == 117
    mapping = odas_sommaire.match_titles(toc.titles, [f.title for f in fiches(recueil)])
    assert len(mapping) == len(toc.titles)
    assert len(set(mapping.values())) == len(toc.titles)
    assert not warnings(recueil, "sommaire-title-not-found")
    assert not warnings(recueil, "fiche-not-in-sommaire")


def test_five_chapters_in_order_with_their_titles(recueil):
    """Each record carries its chapter number and the chapter title printed in the body."""
    chapters = {(r.chapter, r.chapter_title) for r in recueil.records}
    assert chapters == {
        (1, "Insertion"),
        (2, "Autonomie"),
        (3, "Protection de l'enfance"),
        (4, "Logement et hébergement"),
        (5, "Orientations transversales"),
    }


def test_at_least_99_percent_of_lines_are_accounted_for(recueil):
    """Lines not used by a record or the document's structure are listed as unparsed."""
    doc = recueil.document
    assert doc.lines_accounted / doc.lines_total >= 0.99
    assert doc.lines_total - doc.lines_accounted == sum(u.lines[1] - u.lines[0] + 1 for u in doc.unparsed)


def test_every_record_has_a_resolved_departement(recueil):
    """Fiches and Autres démarches entries all name a département with its INSEE code."""
    for record in recueil.records:
        assert record.departement, record.id
        assert re.fullmatch(r"\d{2,3}|2[AB]|69M", record.departement_code), record.id


def test_every_departement_of_the_index_has_records(recueil):
    """The 'Départements cités' index and the body agree (one spelling differs, and is said)."""
    assert not warnings(recueil, "index-departement-without-record")
    assert not warnings(recueil, "departement-not-in-index")
    spelling = warnings(recueil, "index-spelling")
    assert [w.message for w in spelling] == ["index spells 'Hauts-Pyrénées', resolved to 'Hautes-Pyrénées'"]


def test_fiche_year_is_the_first_year_of_its_period(recueil):
    """`year` is read from the period field, never invented."""
    for fiche in fiches(recueil):
        if fiche.year is None:
            assert fiche.period is None or not re.search(r"\b(19|20)\d\d\b", fiche.period), fiche.id
        else:
            assert str(fiche.year) in fiche.period, fiche.id


def test_sections_hold_every_heading_of_the_body(recueil, recueil_source):
    """Each ALL-CAPS line inside a fiche (bar its title) becomes one section label, as spelled."""
    labels = sum(len([k for k in f.sections if k != "Texte"]) for f in fiches(recueil))
    headings = 0
    for fiche in fiches(recueil):
        first, last = fiche.source.lines
        for number in range(first, last + 1):
            for part in re.split(r"\*\*+", recueil_source.line(number)):
                text = part.strip().rstrip(":").strip()
                capitals = len(text) > 4 and text.upper() == text and re.search("[A-Z]{4}", text)
                if capitals and not any(c.isdigit() for c in text) and text != fiche.title:
                    headings += 1
    assert labels == headings


# -- irregular places -------------------------------------------------------------------------


def test_missing_subtheme_line_takes_the_sommaire_subtheme(recueil):
    """No '»' line before the fiche: the Sommaire's sub-theme is used, with a warning."""
    fiche = by_title(
        recueil, "Un Plan Local pour l'Autonomie valorisant l'impact socio-économique des personnes âgées"
    )
    assert fiche.theme_label == "Inclusion citoyenne"
    assert any(w.lines[0] == fiche.source.lines[0] for w in warnings(recueil, "theme-from-sommaire"))


def test_damaged_subtheme_line_on_two_lines_is_not_left_in_the_previous_fiche(recueil):
    """'74nformation des usagers / et accès aux prestations' is the sub-theme, not text."""
    fiche = by_title(recueil, "Guichet unique d'accès aux aides l'adaptabilité des logements")
    assert fiche.theme_label == "Information des usagers et accès aux prestations"
    (warning,) = warnings(recueil, "garbled-theme-line")
    assert warning.lines == (2200, 2201)
    assert all("74nformation" not in text for r in recueil.records for text in r.sections.values())


@pytest.mark.parametrize(
    ("title", "period", "year", "status", "porteur"),
    [
        (
            "Expérimentation «Territoire zéro chômeur de longue durée »",
            "2017",
            2017,
            "En cours d'expérimentation",
            "Communauté de Communes du Pays de Colombey",
        ),
        (
            "Un Plan Local pour l'Autonomie valorisant l'impact socio-économique des personnes âgées",
            "Initié en 2016",
            2016,
            "Mise en œuvre depuis 2017",
            "Expérimentation sur la Communauté de Commune Côte Ouest centre Manche; Conseil départemental en appui "
            "sur l'ingénierie de projet",
        ),
        (
            "Haltes-répît pour personnes âgées souffrant de la maladie d'Alzheimer ou de troubles apparentés",
            "Depuis avril 2016",
            2016,
            "2ème appel à projet en cours",
            "Le Conseil départemental",
        ),
        (
            "Résidences accompagnées pour personnes âgées autonome",
            "2015",
            2015,
            "2 résidences réalisées sur les 6 programmées",
            "Conseil départemental",
        ),
        ("Accompagner pour habiter", None, None, "En cours", "Direction Action Sociale Logement Insertion"),
        ("Evaluation", None, None, None, "Conseil départemental du Loiret"),
        (
            "Wimooov, une plateforme de mobilité durable",
            "Depuis 2013",
            2013,
            "En cours",
            "Association Wimooov",
        ),
        ("Dispositif d'EHPAD « hors les murs »", "Depuis 2015", 2015, "Réalisé.", "Association COS"),
    ],
)
def test_header_fields_in_every_layout(recueil, title, period, year, status, porteur):
    """Period, status and porteur are told apart whatever their order and wording."""
    fiche = by_title(recueil, title)
    assert (fiche.period, fiche.year, fiche.status, fiche.porteur) == (period, year, status, porteur)


def test_porteur_can_be_the_departement_itself(recueil):
    """A second 'Département du Gers' line is the porteur, not the start of another fiche."""
    fiche = by_title(recueil, "Création d'un GIP pour renforcer la solidarité alimentaire")
    assert fiche.departement == "Gers" and fiche.porteur == "Département du Gers"
    assert fiche.status == "En cours"
    assert "CONTEXTE" in fiche.sections


def test_glued_fiche_on_one_line_is_split_into_fields(recueil):
    """'Titre**Département du Lot****Depuis 2010****Réalisé****…****CONTEXTE/OBJECTIFS**'."""
    fiche = by_title(recueil, "L'entreprise publique locale (EPL), Lot à domicile")
    assert (fiche.departement, fiche.period, fiche.status) == ("Lot", "Depuis 2010", "Réalisé")
    assert fiche.porteur == "Conseil départemental (principal actionnaire à hauteur de 82% du capital)"
    assert list(fiche.sections) == ["CONTEXTE/OBJECTIFS", "DESCRIPTION DU PROJET"]
    glued_without_heading = by_title(recueil, "Accueillants solidaires et accueil de jour MNA")
    assert glued_without_heading.contacts[0].email == "maxime.boidin@loire-atlantique.fr"
    assert glued_without_heading.notes[0].startswith("Retrouvez cette action expertisée")
    assert list(glued_without_heading.sections) == ["OBJECTIFS/CONTEXTE", "DESCRIPTION DU PROJET"]


def test_title_listed_twice_in_the_sommaire_gives_two_fiches(recueil):
    """Two départements, same title: two records, ids told apart by the département."""
    title = "Plate-forme d'hébergement et d'accompagnement pour jeunes adultes en situation de handicap"
    records = [r for r in fiches(recueil) if r.title == title]
    assert sorted(r.departement for r in records) == ["Finistère", "Gironde"]
    assert sorted(r.id for r in records) == [
        "odas-recueil-2018/plate-forme-hebergement-et-accompagnement-pour-jeunes-adultes-en-finistere",
        "odas-recueil-2018/plate-forme-hebergement-et-accompagnement-pour-jeunes-adultes-en-gironde",
    ]
    assert len(warnings(recueil, "sommaire-duplicate-title")) == 1


def test_section_headings_keep_their_several_spellings(recueil):
    """Labels stay as printed: the evaluation heading alone comes in seven spellings."""
    labels = {label for f in fiches(recueil) for label in f.sections}
    evaluation = {label for label in labels if label.startswith("IMPACT")}
    assert {
        "IMPACTS/CRITERES D'EVALUATION",
        "IMPACT/CRITERES D'EVALUATION",
        "IMPACT / CRITERES D'EVALUATION",
        "IMPACT/CRITERE D'EVALUATION",
        "IMPACTS/CRITERES D'EVLUATION",
        "IMPACTS ATTENDUS",
        "IMPACT",
    } <= evaluation
    assert "OBJECTIFS/CON" in labels and "DESCRIPTION DE L’ACTION" in labels


def test_bold_and_plain_departement_headers_in_autres_demarches(recueil):
    """'**Département de l'Aisne**' and 'Département de la Corrèze' both open a block."""
    chapter_1 = [e for e in entries(recueil) if e.chapter == 1]
    assert {"Aisne", "Calvados", "Cantal", "Corrèze", "Corse-du-Sud", "Gironde"} <= {
        e.departement for e in chapter_1
    }
    aisne = [e.title for e in chapter_1 if e.departement == "Aisne"]
    assert aisne == ["Chantier diplômant CAP VERT", "L'atelier collectif « Décllic »"]


def test_metropole_is_not_a_departement_but_is_resolved(recueil):
    """'Métropole de Lyon' headings resolve to the collectivity with code 69M."""
    metropole = [e for e in entries(recueil) if e.departement == "Métropole de Lyon"]
    assert {e.chapter for e in metropole} == {2, 3, 5}
    assert {e.departement_code for e in metropole} == {"69M"}


def test_autres_demarches_without_their_marker_are_found_by_layout(recueil):
    """Chapter 3 has no '» Autres démarches' line; its entries are still entries, with a warning."""
    chapter_3 = [e for e in entries(recueil) if e.chapter == 3]
    assert [e.departement for e in chapter_3][:2] == ["Aube", "Bouches-du-Rhône"]
    assert len(chapter_3) == 12  # counted by hand: Aube 1, Bouches-du-Rhône 2, Haute-Garonne 2, Haut-Rhin 1,
    # Indre 1, Var 1, Territoire de Belfort 2, Métropole de Lyon 2
    (warning,) = warnings(recueil, "autres-demarches-unmarked")
    assert warning.lines[0] == chapter_3[0].source.lines[0] - 2


def test_contacts_split_name_role_email_phone(recueil):
    """Several people on one line, roles after a comma, phones in any spacing."""
    fiche = by_title(recueil, "Mission Insertion par l'Emploi")
    assert [(c.name, c.email, c.phone) for c in fiche.contacts] == [
        ("Annick GENTY", "genty.annick@pasdecalais.fr", "03 21 21 65 00"),
        ("Jérôme PRUVOST", "pruvost.jerome@pasdecalais.fr", "03 21 21 65 02"),
    ]
    assert fiche.contacts[0].role == "Directrice du Développement des Solidarités"
    cut_email = by_title(recueil, "Numéric'Action").contacts[0]
    assert cut_email.email == "jean-marc.leguillarme@seine-maritime.fr"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A name broken over three paragraphs, then two e-mails alone.
        (
            "Une communauté autour d'un bébé",
            [
                ("Fabienne Dhormes", None, "dhormes.fabienne@pasdecals.fr", None),
                ("Julie Dewaele", None, "dewaele.julie@pasdecals.fr", None),
            ],
        ),
        # Two people on two lines of one paragraph.
        (
            "Une nouvelle dynamique pour les CPEF",
            [
                ("Dr Jean Léonard Fougas", None, "fougas.jean.leonard@pasdecalais.fr", "03 21 21 64 80"),
                ("Eddie Filleul", None, "filleul.eddie@pasdecalais.fr", "03 21 21 65 54"),
            ],
        ),
        # "A / B" inside a role is not two people; "TEL :" and dashes in a phone number.
        (
            "Création d'un GIP pour renforcer la solidarité alimentaire",
            [("René ORTEGA", "DAST / Adj DGAS", "rortega@gers.fr", None)],
        ),
        (
            "Réseau PMI Centre Hospitalier",
            [
                (
                    "Françoise LE MONNIER de GOUVILLE",
                    "Directeur Général Adjoint, Directeur de la Prévention et du Développement Social",
                    "dpds-direction@indre.fr",
                    "02-54-08-38-93",
                )
            ],
        ),
        # One phone for two people named together.
        (
            "Les ateliers de l'habitat",
            [("Mme CASULA", None, None, "05 57 89 09 09"), ("Mme LABESCAU", None, None, "05 57 89 09 09")],
        ),
    ],
)
def test_damaged_and_shared_contact_lines(recueil, title, expected):
    """Contacts spread over several paragraphs, several people per line, shared numbers."""
    fiche = by_title(recueil, title)
    assert [(c.name, c.role, c.email, c.phone) for c in fiche.contacts] == expected


# -- golden file ------------------------------------------------------------------------------


def _golden_view(result) -> dict:
    def contact(c):
        return " | ".join(v or "" for v in (c.name, c.role, c.email, c.phone))

    return {
        "fiches": [
            {
                "lines": list(f.source.lines),
                "title": f.title,
                "departement": f.departement,
                "theme_label": f.theme_label,
                "porteur": f.porteur,
                "period": f.period,
                "status": f.status,
                "contacts": [contact(c) for c in f.contacts],
                "sections": list(f.sections),
            }
            for f in fiches(result)
        ],
        "autres_demarches": [
            {
                "lines": list(e.source.lines),
                "chapter": e.chapter,
                "departement": e.departement,
                "title": e.title,
            }
            for e in entries(result)
        ],
    }


def test_golden_fiches_and_entries(recueil, update_golden):
    """Key fields of every record, reviewed by hand against the document (tests/golden/)."""
    path = GOLDEN / "odas-recueil-2018.records.yaml"
    view = _golden_view(recueil)
    if update_golden:
        path.write_text(dump_yaml(view), encoding="utf-8")
    expected = load_yaml(path.read_text(encoding="utf-8"), path)
    for kind in ("fiches", "autres_demarches"):
        assert len(view[kind]) == len(expected[kind]), kind
        for got, want in zip(view[kind], expected[kind], strict=True):
            assert got == want


# -- irregular headers and entries, by mutation of the real document ---------------------------


@pytest.mark.parametrize("status", ["En cours", "Généralisé", "Expérimentation", "Réalisé"])
def test_one_word_status_just_before_the_contact_is_a_status(tmp_path, status):
    """A status line moved after the porteur, right above the contact line, stays the status:
    it is not read as the first part of a person's name."""
    from ccas_cli.ingest import parse_file

    from .conftest import RAW

    raw = (RAW / "odas-recueil-solidarite-innovation-sociale-2018.txt").read_text(encoding="utf-8")
    header = re.search(
        r"Département du Doubs\n+En cours\n+Direction Action Sociale Logement Insertion\n", raw
    )
    assert header is not None
    moved = f"Département du Doubs\n\nDirection Action Sociale Logement Insertion\n\n{status}\n"
    path = tmp_path / "recueil.txt"
    path.write_text(raw[: header.start()] + moved + raw[header.end() :], encoding="utf-8")
    fiche = by_title(parse_file(path, kind="odas-recueil"), "Accompagner pour habiter")
    assert fiche.status == status
    assert fiche.porteur == "Direction Action Sociale Logement Insertion"
    assert [c.name for c in fiche.contacts] == ["Philippe Cholet"]


def test_an_entry_after_the_impacts_list_of_the_one_above_is_its_own(recueil):
    """In an "Autres démarches" part with titled entries, a paragraph that follows the closing
    "Impacts :" list of an entry starts the next entry (Loire-Atlantique, chapter 2)."""
    panel = by_title(recueil, "Consultation citoyenne auprès d'un panel sénior")
    guide = [e for e in entries(recueil) if e.title.startswith("Elaboration et diffusion d'un guide")]
    assert panel.source.lines == (3042, 3061)
    assert len(guide) == 1 and guide[0].source.lines == (3063, 3063)
    assert (guide[0].departement, guide[0].chapter) == (panel.departement, panel.chapter)


def test_a_fiche_header_in_another_order_still_opens_a_fiche(tmp_path):
    """Header fields with the porteur first and the département further down: the title above
    them is a fiche, whatever the order of its header."""
    from ccas_cli.ingest import parse_file

    header = "Porteur : Conseil départemental {d}\nAnnée : 20{y}\nDépartement : {n}\nStatut : En cours\n"
    titles = ["Un bus pour les droits", "Des jardins partagés", "Un café des aidants"]
    body = "\n".join(
        f"{t}\n\n{header.format(d=f'du {n}', y=10 + k, n=n)}\nUn texte qui décrit l'action {k}.\n"
        for k, (t, n) in enumerate(zip(titles, ["Gers", "Cantal", "Doubs"], strict=True), 1)
    )
    path = tmp_path / "recueil.txt"
    path.write_text(f"Sommaire\n\nChapitre 1 – Vivre ensemble\n\n{body}", encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    got = [(r.title, r.departement, r.year, r.status) for r in result.records if r.kind == "fiche"]
    assert got == [
        ("Un bus pour les droits", "Gers", 2011, "En cours"),
        ("Des jardins partagés", "Cantal", 2012, "En cours"),
        ("Un café des aidants", "Doubs", 2013, "En cours"),
    ]


def test_titles_listed_in_the_sommaire_open_fiches_whatever_their_header(tmp_path):
    """A header no layout rule describes (no collectivity in it): the document's own Sommaire
    says which lines are fiche titles, and where each initiative is."""
    from ccas_cli.ingest import parse_file

    titles = ["Un bus pour les droits", "Des jardins partagés", "Un café des aidants"]
    sommaire = "\n".join(f"{t} (Gers) ........ {k + 4}" for k, t in enumerate(titles))
    body = "\n".join(
        f"{t}\n\nPorteur : Association numéro {k}\nAnnée : 20{10 + k}\n\nUn texte qui décrit l'action {k}.\n"
        for k, t in enumerate(titles, 1)
    )
    path = tmp_path / "recueil.txt"
    path.write_text(f"Sommaire\n\n{sommaire}\n\nChapitre 1 – Vivre ensemble\n\n{body}", encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    got = [(r.title, r.porteur, r.year, r.departement) for r in result.records if r.kind == "fiche"]
    # the header names no collectivity: the Sommaire's "Title (Gers)" does
    assert got == [(t, f"Association numéro {k}", 2010 + k, "Gers") for k, t in enumerate(titles, 1)]


def test_ordinal_parts_numbered_themes_and_entries_led_by_their_collectivity(tmp_path):
    """Chapters printed "DEUXIÈME PARTIE — …", sub-themes "Thème 2.1 – …" above the fiches (the
    last one before a fiche is its own), the collectivity in capitals over the title, and
    "Autres démarches" entries "Ariège (Service insertion) : Title — text"."""
    from ccas_cli.ingest import parse_file

    fiche = (
        "{dep}\n{title}\nPorteur : Direction de l'insertion\nDepuis 20{y}\n\nUn texte qui décrit l'action.\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(
        "SOMMAIRE\n\nPREMIÈRE PARTIE — Emploi\nUn bus de l'emploi .......... 4\n"
        "DEUXIÈME PARTIE — Mobilité\nDes scooters solidaires .......... 6\nUn garage associatif .......... 7\n\n"
        "PREMIÈRE PARTIE — Emploi\n\nThème 1.1 – Aller vers les employeurs\n\n"
        + fiche.format(dep="ARIÈGE", title="Un bus de l'emploi", y=19)
        + "\nDEUXIÈME PARTIE — Mobilité\n\nThème 2.1 – Deux-roues\nThème 2.2 – Garages\n\n"
        "Thème 2.1 – Deux-roues\n\n"
        + fiche.format(dep="CANTAL", title="Des scooters solidaires", y=20)
        + "\nThème 2.2 – Garages\n\n"
        + fiche.format(dep="DOUBS", title="Un garage associatif", y=21)
        + "\nAUTRES DÉMARCHES\n\nIndre (Pôle insertion) : Un forum des métiers — Un forum réunit les employeurs.\n",
        encoding="utf-8",
    )
    result = parse_file(path, kind="odas-recueil")
    got = [(r.kind, r.title, r.departement, r.chapter, r.theme_label, r.porteur) for r in result.records]
    assert got == [
        ("fiche", "Un bus de l'emploi", "Ariège", 1, "Aller vers les employeurs", "Direction de l'insertion"),
        ("fiche", "Des scooters solidaires", "Cantal", 2, "Deux-roues", "Direction de l'insertion"),
        ("fiche", "Un garage associatif", "Doubs", 2, "Garages", "Direction de l'insertion"),
        ("autre_demarche", "Un forum des métiers", "Indre", 2, "Autres démarches", "Pôle insertion"),
    ]


def test_a_fiche_header_in_a_blockquote_led_by_its_collectivity_in_bold(tmp_path):
    """ "### Title" over "> **Département du Finistère** – territoire du Pays de Morlaix" /
    "> Porteur : …" / "> Lancement : 2027 · Statut : Achevé": the bold collectivity leads."""
    from ccas_cli.ingest import parse_file

    fiche = "### {title}\n\n> **Département {dep}**{extra}\n> Porteur : Association {n}\n> Lancement : 202{n} · Statut : En cours\n\nUn texte qui décrit l'action.\n\n"
    body = "".join(
        fiche.format(title=t, dep=d, extra=x, n=n)
        for n, (t, d, x) in enumerate(
            [
                ("Un bail glissant", "du Finistère", " – territoire du Pays de Morlaix"),
                ("Un bus des droits", "de la Sarthe", ""),
            ],
            1,
        )
    )
    path = tmp_path / "recueil.md"
    path.write_text(f"## Sommaire\n\n## Chapitre 1 — Se loger\n\n{body}", encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    got = [(r.title, r.departement, r.porteur, r.year) for r in result.records if r.kind == "fiche"]
    assert got == [
        ("Un bail glissant", "Finistère", "Association 1", 2021),
        ("Un bus des droits", "Sarthe", "Association 2", 2022),
    ]


def test_an_entry_printing_its_porteur_and_year_before_its_text(tmp_path):

    fiche = "### Une action {n}\n\nCollectivité : Département du Gers\nPorteur : Conseil départemental du Gers\nAnnée : 202{n}\n\nUn texte.\n\n"
    text = (
        "## Sommaire\n\n## Chapitre 1 — Protéger\n\n"
        + "".join(fiche.format(n=n) for n in range(1, 4))
        + "### Autres démarches\n\n**Département de la Mayenne (53)**\n\n"
        "*Un livret d'accueil* — Conseil départemental de la Mayenne, 2027. Chaque enfant reçoit un livret.\n\n"
        "*Un fonds pour les premiers loyers* — Association Habitat Jeunes, 2028. Une aide couvre le dépôt de garantie.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    entries = [r for r in result.records if r.kind == "autre_demarche"]
    assert [(r.title, r.departement, r.porteur, r.year) for r in entries] == [
        ("Un livret d'accueil", "Mayenne", "Conseil départemental de la Mayenne", 2027),
        ("Un fonds pour les premiers loyers", "Mayenne", "Association Habitat Jeunes", 2028),
    ]


def test_a_chapter_s_own_autres_demarches_and_a_sub_theme_only_the_sommaire_prints(tmp_path):
    """ "CHAPITRE 1 - AUTRES DÉMARCHES" opens the chapter's entries ("Title (2028)" over its
    text); a sub-theme the Sommaire lists but the body never prints is the fiche's."""

    fiche = "### {title}\n\n- **Collectivité :** Département du Gers\n- **Porteur :** Conseil départemental du Gers\n- **Année :** 202{n}\n\nUn texte.\n\n"
    text = (
        "## Sommaire\n\nCHAPITRE 1 — SOUTENIR .......... 7\n   » Les premiers mois .......... 7\n"
        "      Une visite après la naissance .......... 8\n   » Parents d'adolescents .......... 10\n"
        "      Des soirées pour les parents d'ados .......... 10\n\n# CHAPITRE 1 — SOUTENIR\n\n## » Les premiers mois\n\n"
        + fiche.format(title="Une visite après la naissance", n=1)
        + fiche.format(title="Des soirées pour les parents d'ados", n=2)
        + fiche.format(title="Un troisième dispositif du Gers", n=3)
        + "CHAPITRE 1 - AUTRES DÉMARCHES\n\nPuy-de-Dôme\nUne bourse au logement des alternants (2028)\nLe Département met en relation les alternants\net des propriétaires.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    got = [(r.kind, r.title, r.theme_label if r.kind == "fiche" else r.year) for r in result.records]
    assert got[:2] == [
        ("fiche", "Une visite après la naissance", "Les premiers mois"),
        ("fiche", "Des soirées pour les parents d'ados", "Parents d'adolescents"),
    ]
    assert got[-1] == ("autre_demarche", "Une bourse au logement des alternants", 2028)


def test_sub_themes_indented_in_the_sommaire_and_repeated_as_running_headers(tmp_path):
    """A Sommaire line without a page number, indented less than the titles under it, is their
    sub-theme; the body prints it only as a header at the top of each fiche's page (furniture),
    so the Sommaire says which fiches it holds. An "Autres démarches" entry's carrier is the
    organisation its first sentence names, or its closing "Porteur : …"."""
    from ccas_cli.ingest import parse_file

    titles = [
        ("Adapter le logement", ["Le bus de l'habitat", "La domotique partagée"]),
        ("Coordonner les aides", ["Une équipe unique", "Le carnet de liaison", "Un référent par famille"]),
    ]
    toc = "SOMMAIRE\n\nCHAPITRE 1 — VIVRE CHEZ SOI ........ 3\n" + "".join(
        f"   {theme}\n" + "".join(f"      {t} ........ {4 + i}\n" for i, t in enumerate(fiches))
        for theme, fiches in titles
    )
    body = "\nCHAPITRE 1 — VIVRE CHEZ SOI\n\nAdapter le logement\n\n"
    for theme, fiches in titles:
        for n, title in enumerate(fiches):
            header = f"\n\n{theme}\n\n" if theme != titles[0][0] else "\n\n"
            body += f"{header}{title.upper()}\n\nDépartement du Doubs (25)\nPorteur : Département du Doubs\nAnnée : 203{n}\n\nUn texte.\n"
    body += (
        "\n\nAUTRES DÉMARCHES\n\nHAUTE-VIENNE\nDes ateliers dans les centres sociaux\n"
        "Depuis 2031, le Conseil départemental de la Haute-Vienne finance des ateliers\n"
        "collectifs dans six centres sociaux.\n\nLANDES\nUn guichet de l'habitat\n"
        "Des conseillers reçoivent les familles. Porteur : Direction de l'habitat.\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(toc + body, encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    fiches = {r.title: r.theme_label for r in result.records if r.kind == "fiche"}
    assert fiches["UNE ÉQUIPE UNIQUE"] == fiches["UN RÉFÉRENT PAR FAMILLE"] == "Coordonner les aides"
    assert fiches["LE BUS DE L'HABITAT"] == "Adapter le logement"
    entries = [(r.title, r.porteur, r.year) for r in result.records if r.kind == "autre_demarche"]
    assert entries == [
        ("Des ateliers dans les centres sociaux", "Conseil départemental de la Haute-Vienne", 2031),
        ("Un guichet de l'habitat", "Direction de l'habitat", None),
    ]


@pytest.mark.parametrize(
    ("text", "porteur"),
    [
        ("Depuis 2028, le CCAS d'Auch organise, avec le Département du Gers, des rencontres.", "CCAS d'Auch"),
        (
            "Porté par le Département des Landes avec les intercommunalités, ce guichet ouvre.",
            "Département des Landes",
        ),
        (
            "Chaque année depuis 2030, le Département de la Seine-Maritime réunit les employeurs.",
            "Département de la Seine-Maritime",
        ),
        ("Le Département prend en charge la cotisation.", None),  # no name: not a carrier
        ("Le dispositif permet aux familles de souffler.", None),  # not an organisation
    ],
)
def test_an_entry_s_carrier_named_in_its_first_sentence(text, porteur):
    from ccas_cli.families.odas_entries import prose_porteur

    assert prose_porteur(text, ["Porteur", "Porté par"], {"ccas", "departement", "conseil"}) == porteur


def test_autres_demarches_as_a_nested_list_under_their_collectivity(tmp_path):
    """ "- **Département de la Lozère**" over "  - *Title* : text": the top item names the
    collectivity of the entries nested under it; the title is the italic run before the colon
    (a "**Département du Gers**" line is a collectivity, never a label qualified in bold)."""

    fiche = "#### Une action {n}\n\n**Département du Gers**\nPorteur : Conseil départemental du Gers\nAnnée : 202{n}\n\nUn texte.\n\n"
    text = (
        "## Sommaire\n\n## Chapitre I — Vivre avec un handicap\n\n"
        + "".join(fiche.format(n=n) for n in range(1, 4))
        + "### Autres démarches\n\n- **Département de la Lozère**\n"
        "  - *Un guide des loisirs accessibles dans chaque commune du département* : recensement des activités ouvertes.\n"
        "  - *Des séjours partagés* : le Département cofinance des séjours.\n- **OISE (60)**\n"
        "  - *Une bourse aux aides techniques* : les équipements rendus sont prêtés.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [r.departement for r in result.records if r.kind == "fiche"] == ["Gers"] * 3
    assert [(r.title, r.departement) for r in result.records if r.kind == "autre_demarche"] == [
        ("Un guide des loisirs accessibles dans chaque commune du département", "Lozère"),
        ("Des séjours partagés", "Lozère"),
        ("Une bourse aux aides techniques", "Oise"),
    ]


def test_a_long_facts_line_a_commune_and_its_departement_and_a_numbered_outline(tmp_path):
    """ "**Pyrénées-Orientales (66)** · Service départemental de … · 2035 · En cours" heads its
    fiche however long; "Quimper, Finistère" is a commune and its département; "1.1 Périnatalité"
    is the sub-theme without its number; "· p. 6" ends a Sommaire line."""

    text = (
        "## Sommaire\n\n- Chapitre 1 — Santé · p. 5\n  - 1.1 Périnatalité et petite enfance\n"
        "    - 1.1.1 Des sages-femmes au domicile des jeunes mères · p. 6\n    - 1.1.2 Un bilan de santé au CCAS · p. 7\n"
        "    - 1.1.3 Un bus de prévention · p. 8\n\n# Chapitre 1 — Santé\n\n## 1.1 Périnatalité et petite enfance\n\n"
        "### 1.1.1 Des sages-femmes au domicile des jeunes mères\n\n**Pyrénées-Orientales (66)** · Service départemental "
        "de protection maternelle et infantile · 2035 · En cours\n\n**Contexte**\n\nUn texte.\n\n"
        "### 1.1.2 Un bilan de santé au CCAS\n\n**Quimper, Finistère** · CCAS de Quimper · 2036 · En cours\n\nUn texte.\n\n"
        "### 1.1.3 Un bus de prévention\n\n**Gers (32)** · Conseil départemental du Gers · 2034 · Généralisé\n\nUn texte.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.title, r.departement, r.porteur, r.year, r.theme_label) for r in result.records] == [
        (
            "Des sages-femmes au domicile des jeunes mères",
            "Pyrénées-Orientales",
            "Service départemental de protection maternelle et infantile",
            2035,
            "Périnatalité et petite enfance",
        ),
        ("Un bilan de santé au CCAS", "Finistère", "CCAS de Quimper", 2036, "Périnatalité et petite enfance"),
        (
            "Un bus de prévention",
            "Gers",
            "Conseil départemental du Gers",
            2034,
            "Périnatalité et petite enfance",
        ),
    ]


def test_a_collectivity_in_the_title_a_header_heading_and_dashed_fields(tmp_path):
    """ "#### Gironde — Title" names its collectivity; "**Fiche d'identité**" heads the header
    (no fiche of its own); "64 – Pyrénées-Atlantiques" and "DÉPARTEMENT DE LA DRÔME" over
    "Porteur — …" are collectivities; a département listed by the index is no title."""
    from ccas_cli.ingest import parse_file

    md = "## Sommaire\n\n## Chapitre 1 – Agir\n\n" + "".join(
        f"#### {dep} — {title}\n\n**Fiche d'identité**\n\n- Porteur : {porteur}\n- Lancement : janvier 203{n}\n\nUn texte.\n\n"
        for n, (dep, title, porteur) in enumerate(
            [
                ("Gironde", "Le permis en cent jours", "Département de la Gironde"),
                ("Aude (11)", "Un garage solidaire", "Association Mobil'Aude"),
                ("Département de la Manche", "Des scooters", "Mission locale"),
            ],
            1,
        )
    )
    path = tmp_path / "recueil.md"
    path.write_text(md, encoding="utf-8")
    got = [(r.title, r.departement, r.porteur, r.year) for r in parse_file(path, kind="odas-recueil").records]
    assert got == [
        ("Le permis en cent jours", "Gironde", "Département de la Gironde", 2031),
        ("Un garage solidaire", "Aude", "Association Mobil'Aude", 2032),
        ("Des scooters", "Manche", "Mission locale", 2033),
    ]
    txt = (
        "SOMMAIRE\n\n    Médiation locative ......... 3\n    Un chèque travaux ......... 4\n    Un bus de l'habitat ......... 5\n\n"
        "COLLECTIVITÉS CITÉES\n\nPyrénées-Atlantiques ......... 3\nDrôme ......... 4\nGers ......... 5\n\n"
        "CHAPITRE 1 — HABITER\n\nMédiation locative\n\n64 – Pyrénées-Atlantiques\nPorteur — ADIL 64\nPériode — 2034-2037\n\nUn texte.\n\n"
        "Un chèque travaux\n\nDÉPARTEMENT DE LA DRÔME\nPorteur — Département de la Drôme\nAnnée de démarrage — 2036\n\nUn texte.\n\n"
        "Un bus de l'habitat\n\nGers\nPorteur — Département du Gers\nAnnée de démarrage — 2035\n\nUn texte.\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(txt, encoding="utf-8")
    got = [(r.title, r.departement, r.porteur, r.year) for r in parse_file(path, kind="odas-recueil").records]
    assert got == [
        ("Médiation locative", "Pyrénées-Atlantiques", "ADIL 64", 2034),
        ("Un chèque travaux", "Drôme", "Département de la Drôme", 2036),
        ("Un bus de l'habitat", "Gers", "Département du Gers", 2035),
    ]


SOMMAIRE_INDENTED = """Recueil des initiatives 2031

SOMMAIRE

CHAPITRE 1 – INCLUSION ............................................ 5
   1.1 Se déplacer pour travailler ................................. 6
         Un atelier de réparation de vélos .......................... 6
         Le covoiturage des salariés en insertion ................... 7
   1.2 Trouver un premier emploi ................................... 8
         Des ateliers de simulation d'entretien ..................... 8

CHAPITRE 1

INCLUSION

1.1  Se déplacer pour travailler

CANTAL (15)
Un atelier de réparation de vélos
Association Roue de secours
Depuis 2028 – En cours
Contact : Marie Vidal – 04 71 00 00 01

Contexte
Un texte qui décrit le contexte de cette initiative départementale, sur plusieurs lignes.

LOZÈRE (48)
Le covoiturage des salariés en insertion
Conseil départemental de la Lozère
2029
Contact : Paul Roux – 04 66 00 00 02

Contexte
Un texte qui décrit le contexte de cette initiative départementale, sur plusieurs lignes.

1.2  Trouver un premier emploi

Des ateliers de simulation d'entretien

Collectivité
Porteur
Lancement
État d'avancement
Département de l'Aveyron
Conseil départemental de l'Aveyron
Mars 2030
Achevée

Contexte
Un texte qui décrit le contexte de cette initiative départementale, sur plusieurs lignes.
"""


def test_bare_header_lines_coded_subthemes_and_a_flattened_box(tmp_path):
    """Headers of bare lines under a capitals collectivity (porteur unlabelled, "Depuis 2028 –
    En cours", a year alone on its line), "1.1" sub-themes the indented Sommaire files fiches
    under, and a two-column box flattened into its labels then its values."""
    from ccas_cli.ingest import parse_file

    path = tmp_path / "recueil.txt"
    path.write_text(SOMMAIRE_INDENTED, encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    got = [(r.title, r.departement, r.porteur, r.year, r.status, r.theme_label) for r in result.records]
    assert got == [
        (
            "Un atelier de réparation de vélos",
            "Cantal",
            "Association Roue de secours",
            2028,
            "En cours",
            "Se déplacer pour travailler",
        ),
        (
            "Le covoiturage des salariés en insertion",
            "Lozère",
            "Conseil départemental de la Lozère",
            2029,
            None,
            "Se déplacer pour travailler",
        ),
        (
            "Des ateliers de simulation d'entretien",
            "Aveyron",
            "Conseil départemental de l'Aveyron",
            2030,
            "Achevée",
            "Trouver un premier emploi",
        ),
    ]


def test_marked_sub_themes_a_label_alone_in_a_box_and_dashed_entries_in_two_parts(tmp_path):
    """A Sommaire sub-theme marked "▸" above a title wrapped over two lines is a sub-theme (not
    the title's first half); "Porteur" alone on its line, its value below, inside a box of
    "Label   value" lines, keeps the box; an "Autres démarches" item "Title – text in lower case"
    is an entry; and a second "Autres démarches" part never extends an entry of the first one
    over the fiches between (its money would be counted twice)."""
    from ccas_cli.ingest import parse_file

    toc = (
        "SOMMAIRE\n\nCHAPITRE I – VIVRE CHEZ SOI ........ 3\n"
        "   ▸ Aller au-devant\n      Une tournée des hameaux ........ 4\n"
        "   ▸ Simplifier\n      Un guichet commun pour quatre aides\n      municipales et départementales ........ 5\n"
        "   Autres démarches ........ 6\n"
        "CHAPITRE II – GRANDIR ........ 7\n   ▸ Prévenir\n      Des parrains de quartier ........ 8\n"
        "   Autres démarches ........ 9\n"
    )

    def fiche(title: str, porteur_alone: bool, money: str) -> str:
        porteur = (
            "Porteur\nCentre social des Trois Rivières" if porteur_alone else "Porteur      Centre social"
        )
        return (
            f"\n\nFiche n° 1 – {title}\n\nDépartement      Ardèche (07)\n{porteur}\n"
            f"Période          2031\nStade            En cours\n\nDESCRIPTION\n\nUn texte.\n\nCOÛT\n\n{money}\n"
        )

    body = (
        "\nCHAPITRE I\n\nVIVRE CHEZ SOI\n\n▸ Aller au-devant\n"
        + fiche("Une tournée des hameaux", False, "12 000 € par an.")
        + "\n▸ Simplifier\n"
        + fiche("Un guichet commun pour quatre aides municipales et départementales", True, "40 000 €.")
        + "\n\nAUTRES DÉMARCHES\n\nDépartement de l'Aude\n\n"
        "• Une permanence au marché : un conseiller tient un stand chaque mardi.\n"
        "\nCHAPITRE II\n\nGRANDIR\n\n▸ Prévenir\n"
        + fiche("Des parrains de quartier", False, "90 000 €.")
        + "\n\nAUTRES DÉMARCHES\n\nDépartement du Cantal\n\n"
        "• Des veilleurs dans les internats – deux éducateurs passent la soirée avec les élèves.\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(toc + body, encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    fiches = {r.title: (r.theme_label, r.porteur, r.year) for r in result.records if r.kind == "fiche"}
    assert fiches == {
        "Une tournée des hameaux": ("Aller au-devant", "Centre social", 2031),
        "Un guichet commun pour quatre aides municipales et départementales": (
            "Simplifier",
            "Centre social des Trois Rivières",
            2031,
        ),
        "Des parrains de quartier": ("Prévenir", "Centre social", 2031),
    }
    entries = {r.title: (r.departement, r.source.lines) for r in result.records if r.kind == "autre_demarche"}
    assert set(entries) == {"Une permanence au marché", "Des veilleurs dans les internats"}
    assert entries["Des veilleurs dans les internats"][0] == "Cantal"
    first, last = entries["Une permanence au marché"][1]
    assert last - first < 3  # its own lines, not the next chapter's fiche
    counted = [(b.source.lines[0], b.raw) for r in result.records for b in r.budget_lines if b.counted]
    assert len(counted) == len(set(counted))  # each printed amount counted on one record only


def test_sommaire_leaders_made_of_ellipses():
    """A word processor turns typed dots into "…": leaders of ellipses, or of ellipses and dots
    ("……….. 6"), still part a title from its page."""
    from ccas_cli.extract.source import Source

    lines = [
        "CHAPITRE I – VIVRE CHEZ SOI ………………. 5",
        "Le camion des droits ……………………………….. 6",
        "Des veilleurs de hameau…… 7",
        "Un guichet unique .......…… 8",
    ]
    toc = odas_sommaire.parse_toc(Source("t.txt", "0", lines), 1)
    assert [(e.text, e.page) for e in toc.titles] == [
        ("Le camion des droits", 6),
        ("Des veilleurs de hameau", 7),
        ("Un guichet unique", 8),
    ]


def test_paged_sub_themes_with_titles_indented_under_them(tmp_path):
    """ "  I.2 – Modes d'accueil ..... 10" over titles indented under it (a sub-theme the
    Sommaire prints with its page), a title wrapped over two lines among them, and "◆ Title"
    sub-themes without pages in another Sommaire: each fiche gets its own sub-theme, whether
    the body repeats it as a running line or not at all."""
    from ccas_cli.ingest import parse_file

    toc = (
        "SOMMAIRE\n\nCHAPITRE I – Premiers pas ........ 5\n"
        "  I.1 – Périnatalité ........ 6\n      Des visites après la naissance ........ 6\n"
        "  I.2 – Modes d'accueil ........ 8\n      Des places de crèche réservées\n"
        "      aux parents en insertion ........ 8\n      Un relais de nuit ........ 9\n"
    )
    body = "\nCHAPITRE I\n\nPremiers pas\n"
    for title in (
        "Des visites après la naissance",
        "Des places de crèche réservées aux parents en insertion",
        "Un relais de nuit",
    ):
        body += f"\n\n{title}\n\nDépartement : Somme\nPorteur : Département de la Somme\nLancement : 2031\n\nUn texte.\n"
    path = tmp_path / "recueil.txt"
    path.write_text(toc + body, encoding="utf-8")
    result = parse_file(path, kind="odas-recueil")
    assert [(r.title, r.theme_label) for r in result.records] == [
        ("Des visites après la naissance", "Périnatalité"),
        ("Des places de crèche réservées aux parents en insertion", "Modes d'accueil"),
        ("Un relais de nuit", "Modes d'accueil"),
    ]


def test_a_header_field_no_vocabulary_names_does_not_end_the_header(tmp_path):
    """ "- Année d'installation : 2022" between the porteur and the status: kept as a section of
    the fiche under its own label, and the status below it is still the fiche's."""

    fiche = (
        "#### Fiche {n} — {title}\n\n- Département : Somme\n- Porteur : Département de la Somme\n"
        "- {label} : 2022\n- Statut : En cours\n\nUn texte qui décrit l'initiative.\n\n"
    )
    text = (
        "# Recueil\n\n## Sommaire\n\n1. Un relais de nuit — p. 4\n2. Un bus des droits — p. 5\n\n"
        "## Chapitre 1. Premiers pas\n\n### Accueillir\n\n"
        + fiche.format(n=1, title="Un relais de nuit", label="Année d'installation")
        + fiche.format(n=2, title="Un bus des droits", label="Lancement")
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.title, r.year, r.status) for r in records] == [
        ("Un relais de nuit", None, "En cours"),
        ("Un bus des droits", 2022, "En cours"),
    ]
    assert records[0].sections["Année d'installation"] == "2022"


def test_an_other_initiative_with_a_long_title_before_its_colon(tmp_path):
    """ "• A title of seventy characters or more : its text" under "Département de la Marne" is an
    entry; a sentence of the introduction with a comma before its colon is not."""

    text = (
        "SOMMAIRE\n\nUn relais de nuit ........ 4\nAutres démarches ........ 6\n\n"
        "Un texte d'introduction, assez long pour être une phrase : il présente le recueil.\n\n"
        "CHAPITRE 1\n\nAccueillir\n\nUn relais de nuit\n\nDépartement : Somme\n"
        "Porteur : Département de la Somme\nLancement : 2031\n\nUn texte.\n\n"
        "AUTRES DÉMARCHES\n\nDépartement de la Marne\n"
        "• Un stand commun des employeurs du médico-social sur les salons de l'emploi : plutôt que "
        "de multiplier des stands isolés, les employeurs se présentent ensemble.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Un relais de nuit", "Somme"),
        (
            "autre_demarche",
            "Un stand commun des employeurs du médico-social sur les salons de l'emploi",
            "Marne",
        ),
    ]


def test_a_sommaire_listed_as_items_with_page_refs_and_an_index_at_the_front(tmp_path):
    """A Sommaire printed as nested items ("**Chapitre I. …** — p. 5", "Autres démarches — p. 8")
    opens no chapter and no part; the index of départements placed before the chapters gives no
    entries; a compact header "**Gers (32)** · porteur · year" and "Date :" as the year label."""

    text = (
        "# Un recueil\n\n## Sommaire\n\n- Présentation — p. 2\n- **Chapitre I. Se déplacer** — p. 4\n"
        "  - Une plateforme mobilité — p. 5\n  - Un garage solidaire — p. 6\n  - Autres démarches — p. 8\n\n"
        "## Présentation\n\nPour cette édition, d'autres démarches sont résumées à la fin du chapitre.\n\n"
        "## Les collectivités citées\n\n| Département | Pages |\n|---|---|\n| Gers | 5 |\n| Aude | 6 |\n\n"
        "## Chapitre I. Se déplacer\n\n### Fiche 1 — Une plateforme mobilité\n\n"
        "**Gers (32)** · Conseil départemental du Gers · 2031 · *En cours*\n\n#### Contexte\n\nUn texte.\n\n"
        "### Fiche 2 — Un garage solidaire\n\nDépartement : Aude\nPorteur : Association Roue libre\n"
        "Date : septembre 2030\n\n#### Contexte\n\nUn texte.\n\n"
        "## Autres démarches du chapitre I\n\n**Tarn**\n\n- *Un covoiturage solidaire* : des trajets partagés.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Une plateforme mobilité", "Gers"),
        ("fiche", "Un garage solidaire", "Aude"),
        ("autre_demarche", "Un covoiturage solidaire", "Tarn"),
    ]
    assert records[1].year == 2030


def test_a_sommaire_wrapped_by_a_narrow_column_and_a_reading_no_sommaire_vouches_for(tmp_path):
    """What a two-column PDF gives: the Sommaire's first entry cut by hyphenation ("Avant-pro-"
    over "pos ..... 3"), a chapter entry over three lines; fiche headers whose labels lost their
    alignment ("Territoire Département du Nord"). The Sommaire is read, and the fiches too."""
    from ccas_cli.families.odas_sommaire import parse_toc
    from ccas_cli.ingest import parse_file

    text = (
        "SOMMAIRE\n\nAvant-pro-\npos ............ 3\n\nCHAPITRE I – LE SPORT,\nLEVIER\nD'INSERTION ...... 5\n\n"
        "Des éducateurs sportifs de rue ...... 6\nUn orchestre en foyer ...... 7\n\n"
        "CHAPITRE I\n\nLE SPORT, LEVIER D'INSERTION\n\nFICHE 1.1\n\nDes éducateurs sportifs de rue\n\n"
        "Territoire Département du Nord\nPorté par Conseil départemental du Nord\nDepuis 2022 Avancement En cours\n\n"
        "LE CONTEXTE\n\nUn texte.\n\nFICHE 1.2\n\nUn orchestre en foyer\n\n"
        "Territoire Haute-Vienne (87)\nPorté par Conservatoire de Limoges\nDepuis 2023 Avancement En projet\n\n"
        "LE CONTEXTE\n\nUn autre texte.\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(text, encoding="utf-8")
    from ccas_cli.extract.text import read_text

    toc = parse_toc(read_text(path), 2)
    assert [(e.kind, e.text) for e in toc.entries][:2] == [
        ("other", "Avant-propos"),
        ("chapter", "LE SPORT, LEVIER D'INSERTION"),
    ]
    records = parse_file(path, kind="odas-recueil").records
    assert [(r.title, r.departement, r.year) for r in records] == [
        ("Des éducateurs sportifs de rue", "Nord", 2022),
        ("Un orchestre en foyer", "Haute-Vienne", 2023),
    ]


def test_a_fiche_header_with_its_porteur_before_its_departement(tmp_path):
    """Title, then the porteur, then the département: on the porteur's line in brackets
    ("Centre hospitalier de Dax (Département des Landes)"), on a line of its own, bracketed or
    not; a year alone on its line is the year, not a page number; "›" marks sub-themes."""

    text = (
        "SOMMAIRE\n\nUn relais lactation ........ 4\nDes visites à domicile ........ 5\nUne crèche d'insertion ........ 6\n\n"
        "CHAPITRE 1\n\nNaître\n\n› Le retour à domicile\n\nUn relais lactation\n\n"
        "Centre hospitalier de Dax (Département des Landes)\n\n2031\n\nDESCRIPTION\n\nUn texte.\n\n"
        "› Le retour à domicile\n\nDes visites à domicile\n\nConseil départemental de la Manche\nDépartement de la Manche\n\n"
        "2030 – En cours\n\nDESCRIPTION\n\nUn texte.\n\n"
        "› Modes d'accueil\n\nUne crèche d'insertion\n\nConseil départemental de l'Allier\n(Département de l'Allier)\n\n"
        "2029 – Phase pilote\n\nDESCRIPTION\n\nUn texte.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.porteur, r.year, r.theme_label) for r in records] == [
        ("Un relais lactation", "Landes", "Centre hospitalier de Dax", 2031, "Le retour à domicile"),
        (
            "Des visites à domicile",
            "Manche",
            "Conseil départemental de la Manche",
            2030,
            "Le retour à domicile",
        ),
        ("Une crèche d'insertion", "Allier", "Conseil départemental de l'Allier", 2029, "Modes d'accueil"),
    ]
    assert records[2].status == "Phase pilote"


def test_chapters_numbered_without_their_word_a_title_over_two_lines_and_a_table_of_one_entry(tmp_path):
    """ "1. SE SOIGNER PRÈS DE CHEZ SOI" (listed so in the Sommaire) opens chapter 1; a title
    wrapped over two lines is one fiche; "1.1 Équipes mobiles" repeated at the top of each of its
    fiches' pages is their sub-theme; an "Autres démarches" table of one row is one entry."""

    header = "Collectivité        {dep}\nPorteur             {porteur}\nDémarrage           2031\n\n"
    text = (
        "SOMMAIRE\n\n1. SE SOIGNER PRÈS DE CHEZ SOI ........ 3\n\n   1.1 Équipes mobiles\n"
        "       Un cabinet médical sur roues pour les villages de la\n       Montagne ardéchoise ........ 4\n"
        "       Un bus santé ........ 5\n\n\n"
        "1. SE SOIGNER PRÈS DE CHEZ SOI\n\nUn texte d'introduction du chapitre.\n\n"
        "1.1 Équipes mobiles\n\nUn cabinet médical sur roues pour les villages de la\nMontagne ardéchoise\n\n"
        + header.format(dep="Département de l'Ardèche", porteur="Conseil départemental de l'Ardèche")
        + "CONTEXTE\n\nUn texte.\n\n1.1 Équipes mobiles\n\nUn bus santé\n\n"
        + header.format(dep="Ville de Saint-Brieuc (22)", porteur="CCAS de Saint-Brieuc")
        + "CONTEXTE\n\nUn autre texte.\n\n1.1 Équipes mobiles\n\nAUTRES DÉMARCHES\n\n"
        "| Département | Initiative | Contact |\n|---|---|---|\n"
        "| Cantal | **Un taxi solidaire** : des trajets vers les consultations. | Pôle santé |\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.chapter) for r in records] == [
        ("fiche", "Un cabinet médical sur roues pour les villages de la Montagne ardéchoise", "Ardèche", 1),
        ("fiche", "Un bus santé", "Côtes-d'Armor", 1),
        ("autre_demarche", "Un taxi solidaire", "Cantal", 1),
    ]
    assert records[0].theme_label == records[1].theme_label == "Équipes mobiles"


def test_a_sub_theme_repeated_above_each_fiche_and_a_running_header_with_a_colon(tmp_path):
    """ "Continuité scolaire" (listed without a page in the Sommaire) printed above each of its
    fiches is their sub-theme, not furniture; "CHAPITRE 1" over "SCOLARISER" is one chapter; a
    running header "VOYAGEURS : UN RECUEIL · 2031" atop each page is furniture, not a field that
    turns into an entry."""

    header = "\n                                        {n}\n\nVOYAGEURS : UN RECUEIL · 2031\n\n"
    fiche = "{title}\n\nDépartement\n{dep}\n\nPorteur du projet\nConseil départemental\n\nLE CONTEXTE\n\nUn texte.\n"
    text = (
        "SOMMAIRE\n\nCHAPITRE 1 – SCOLARISER ........ 3\nContinuité scolaire\n"
        "Des médiateurs scolaires ........ 4\nUn camion-école ........ 5\nFormer les adultes\n"
        "Des ateliers numériques ........ 6\n"
        + header.format(n=2)
        + "CHAPITRE 1\n\nSCOLARISER\n\nUn texte d'introduction du chapitre.\n"
        + header.format(n=3)
        + "Continuité scolaire\n\n"
        + fiche.format(title="Des médiateurs scolaires", dep="Gironde (33)")
        + header.format(n=4)
        + "Continuité scolaire\n\n"
        + fiche.format(title="Un camion-école", dep="Hérault (34)")
        + header.format(n=5)
        + "Former les adultes\n\n"
        + fiche.format(title="Des ateliers numériques", dep="Aisne (02)")
        + header.format(n=6)
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.theme_label) for r in records] == [
        ("Des médiateurs scolaires", "Gironde", "Continuité scolaire"),
        ("Un camion-école", "Hérault", "Continuité scolaire"),
        ("Des ateliers numériques", "Aisne", "Former les adultes"),
    ]


def test_a_closing_credit_in_italics_after_a_rule_is_no_entry(tmp_path):
    """ "---" / "*Observatoire — Reproduction autorisée …*" after the last Autres démarches
    entry ("*Title* — its text"): the document's closing credit, not one more entry."""

    text = (
        "# Recueil 2031\n\n## Sommaire\n\n- Un relais de nuit — p. 4\n- Autres démarches — p. 6\n\n"
        "# Chapitre 1 — Accueillir\n\n## Accueil de nuit\n\n### Un relais de nuit\n\n"
        "**Département :** Somme\n**Porteur :** Département de la Somme\n**Lancement :** 2031\n\n"
        "Un texte qui décrit l'initiative.\n\n## Autres démarches\n\n**Département de la Marne**\n\n"
        "*Un guide des aides* — Une brochure diffusée dans les mairies présente les aides.\n\n---\n\n"
        "*Observatoire — Reproduction autorisée avec mention de la source.*\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Un relais de nuit", "Somme"),
        ("autre_demarche", "Un guide des aides", "Marne"),
    ]


def test_an_other_initiative_titled_with_a_departement_s_name_inside_a_word(tmp_path):
    """ "**Lot'Sup covoiturage** : …" under "**Département du Lot**": a title that starts with a
    département's name is a title, not a collectivity leading the entry."""

    text = (
        "# Recueil 2031\n\n## Sommaire\n\n- Un relais de nuit — p. 4\n- Autres démarches — p. 6\n\n"
        "# Chapitre 1 — Accueillir\n\n## Accueil de nuit\n\n### Un relais de nuit\n\n"
        "**Département :** Somme\n**Porteur :** Département de la Somme\n**Lancement :** 2031\n\n"
        "Un texte qui décrit l'initiative.\n\n## Autres démarches\n\n**Département du Lot**\n\n"
        "- **Lot'Sup covoiturage** : une plateforme met en relation les étudiants qui rentrent le week-end.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Un relais de nuit", "Somme"),
        ("autre_demarche", "Lot'Sup covoiturage", "Lot"),
    ]


def test_a_running_header_with_a_colon_over_each_page_number_amid_other_initiatives(tmp_path):
    """ "Saisonniers : les départements s'engagent — Recueil 2031" over "– 3 –" opening each page
    (no form feed between pages), here amid the Autres démarches: page furniture, never an
    entry (it reads as "Title : text" for its colon)."""

    header = "\n\nSaisonniers : les départements s'engagent — Recueil 2031\n\n– {n} –\n\n"
    text = (
        "SOMMAIRE\n\nUn relais de nuit ........ 4\nAutres démarches ........ 6\n"
        + header.format(n=2)
        + "CHAPITRE 1\n\nAccueillir\n\nUn relais de nuit\n\nDépartement : Somme\n"
        "Porteur : Département de la Somme\nLancement : 2031\n\nUn texte.\n"
        + header.format(n=3)
        + "AUTRES DÉMARCHES\n\nDépartement de la Marne\n"
        "• Un guichet des saisonniers : un guichet ouvre chaque été dans les vignobles.\n"
        + header.format(n=4)
        + "Département de l'Hérault\n"
        "• Un forum de l'emploi saisonnier : un forum réunit les employeurs chaque printemps.\n"
        + header.format(n=5)
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Un relais de nuit", "Somme"),
        ("autre_demarche", "Un guichet des saisonniers", "Marne"),
        ("autre_demarche", "Un forum de l'emploi saisonnier", "Hérault"),
    ]


def test_a_page_crumb_naming_chapter_and_sub_theme_after_a_dash(tmp_path):
    """ "Chapitre 2 · Vieillir chez soi — Prévenir les chutes" atop each fiche's page: the
    chapter's running header, and after its dash the sub-theme the fiche is filed under."""

    text = (
        "CHAPITRE 2\n\nVIEILLIR CHEZ SOI\n\n"
        "Chapitre 2 · Vieillir chez soi — Prévenir les chutes\n\n"
        "Fiche n° 2.1 : Un atelier d'équilibre au village\n\n"
        "Département : Cantal\nPilote : CIAS du Pays de Salers\nDate : 2032\nStade : En cours\n\n"
        "Objectifs\nUn texte qui décrit l'atelier.\n\n"
        "Chapitre 2 · Vieillir chez soi — Adapter le logement\n\n"
        "Fiche n° 2.2 : Un ergothérapeute à domicile\n\n"
        "Département : Lozère\nPilote : Département de la Lozère\nDate : 2031\n\n"
        "Objectifs\nUn autre texte.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.chapter, r.theme_label, r.departement, r.year) for r in records] == [
        ("Un atelier d'équilibre au village", 2, "Prévenir les chutes", "Cantal", 2032),
        ("Un ergothérapeute à domicile", 2, "Adapter le logement", "Lozère", 2031),
    ]


def test_a_header_of_questions_answered_on_their_line(tmp_path):
    """ "▪ Où ? Département de la Savoie" / "▪ Qui ? …" / "▪ Quand ? 2031": questions the
    vocabulary knows as labels, answered on the same line without a colon, under "3.1. Title"."""

    text = (
        "CHAPITRE 3 – SPORT ET ENFANCE\n\n"
        "» Le sport des enfants confiés\n\n"
        "3.1. Une licence pour chaque enfant confié\n\n"
        "▪ Où ? Département de la Savoie\n▪ Qui ? Direction de l'enfance\n▪ Quand ? 2031\n"
        "▪ Où en est-on ? Généralisée\n▪ Joindre : Pascale Martin – 04 79 00 00 00\n\n"
        "POURQUOI ?\nUn texte qui décrit le besoin.\n"
    )
    (record,) = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert (
        record.title,
        record.theme_label,
        record.departement,
        record.porteur,
        record.year,
        record.status,
    ) == (
        "Une licence pour chaque enfant confié",
        "Le sport des enfants confiés",
        "Savoie",
        "Direction de l'enfance",
        2031,
        "Généralisée",
    )


_COLUMNED_SOMMAIRE = (
    "SOMMAIRE\n\n\nAvant-propos                                                 3\n\n"
    "CHAPITRE 1 · REPÉRER TÔT                                     4\n\n"
    "  1.1  Former les professionnels\n"
    "       Fiche 1  Transport adapté : des trajets préparés avec les\n"
    "                familles                                     5\n"
    "       Fiche 2  Accueils inclusifs : un bonus « accueil renforcé » 6\n\n"
    "  Autres démarches                                             7\n\n"
    "                                                             2\n"
)


def test_a_sommaire_set_in_columns_gives_no_chapter_and_no_entries(tmp_path):
    """ "CHAPITRE 1 · TITLE          4" and "  Autres démarches     7" in a Sommaire set in
    columns: entries of the Sommaire, not a chapter opening and a part of short entries (which
    read the foreword as initiatives)."""

    text = (
        _COLUMNED_SOMMAIRE
        + "AVANT-PROPOS\n\nUn enfant sur six serait concerné : un texte d'introduction.\n\n"
        "Les départements agissent à chaque étape : un autre paragraphe du texte d'introduction.\n\n"
        "CHAPITRE 1\n\nREPÉRER TÔT\n\n1.1  Former les professionnels\n\nFiche 1\n\n"
        "Transport adapté : des trajets préparés avec les familles\n\n"
        "Territoire\nMorbihan\n\nPilote\nDépartement du Morbihan\n\nDémarrage\n2031\n\nCONTEXTE\n\nUn texte.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.chapter, r.departement) for r in records] == [
        ("fiche", "Transport adapté : des trajets préparés avec les familles", 1, "Morbihan"),
    ]


def test_sheet_titles_with_a_colon_listed_after_their_number_in_the_sommaire(tmp_path):
    """ "Fiche 2  Title : rest » 6" in the Sommaire (its page one space after a long title, or
    its title wrapped over two lines): the body's "Title : rest" is that sheet's title, not a
    field; "Cofinanceur" over its value among the header's fields is a field the vocabulary
    lacks, kept, and neither a title nor the header's end."""

    text = (
        _COLUMNED_SOMMAIRE + "CHAPITRE 1\n\nREPÉRER TÔT\n\n1.1  Former les professionnels\n\nFiche 1\n\n"
        "Transport adapté : des trajets préparés avec les familles\n\n"
        "Territoire\nMorbihan\n\nPilote\nDépartement du Morbihan\n\nDémarrage\n2031\n\nCONTEXTE\n\nUn texte.\n\n"
        "Fiche 2\n\nAccueils inclusifs : un bonus « accueil renforcé »\n\n"
        "Territoire\nHaute-Savoie\n\nPorteur\nCAF de la Haute-Savoie\n\nCofinanceur\n"
        "Département de la Haute-Savoie\n\nAnnée\n2030\n\nStatut\nEn cours\n\nCONTEXTE\n\nUn autre texte.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.porteur, r.year, r.status) for r in records] == [
        (
            "Transport adapté : des trajets préparés avec les familles",
            "Morbihan",
            "Département du Morbihan",
            2031,
            None,
        ),
        (
            "Accueils inclusifs : un bonus « accueil renforcé »",
            "Haute-Savoie",
            "CAF de la Haute-Savoie",
            2030,
            "En cours",
        ),
    ]
    assert records[1].sections["Cofinanceur"] == "Département de la Haute-Savoie"


def test_a_first_section_right_under_the_header_is_no_unknown_header_field(tmp_path):
    """ "Contexte et enjeux" over its paragraph right after "Contact : …", then "Mise en œuvre"
    (a year label too) over its text: the fiche's sections, not header fields — the year stays
    the header's, and the record spans its text."""

    text = (
        "SOMMAIRE\n\nUn référent emploi-handicap ........ 10\n\nCHAPITRE 1 – REPÉRER\n\n"
        "Thématique : Évaluer les capacités\n\nUn référent emploi-handicap\n\n"
        "Département : Charente\nPorteur : Conseil départemental de la Charente\n"
        "Année de lancement : 2019\nContact : Isabelle Roux – 05 45 00 70 28\n\n"
        "Contexte et enjeux\nUne enquête interne a montré un besoin d'accompagnement.\n\n"
        "Mise en œuvre\nUn référent unique reprend l'accompagnement des allocataires.\n\n"
        "Thématique : Coordonner les orientations\n\nUn guichet emploi-handicap\n\n"
        "Département : Creuse\nPorteur : Département de la Creuse\nAnnée : 2021\n\n"
        "Contexte et enjeux\nUn autre texte qui décrit le besoin.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.theme_label, r.year, r.source.lines) for r in records] == [
        ("Un référent emploi-handicap", "Évaluer les capacités", 2019, (9, 20)),
        ("Un guichet emploi-handicap", "Coordonner les orientations", 2021, (24, 31)),
    ]


def test_the_closing_pages_after_the_last_short_entries_are_no_entries(tmp_path):
    """ "## Enseignements et perspectives" after the last "Autres démarches" (no chapter,
    collectivity or entry part after it): the recueil's closing pages, not one more entry."""

    text = (
        "# Recueil 2031\n\n## Chapitre 1 — Accueillir\n\n### Accueil de nuit\n\n#### Un relais de nuit\n\n"
        "- **Département :** Somme\n- **Porteur :** Département de la Somme\n- **Lancement :** 2031\n\n"
        "Un texte qui décrit l'initiative.\n\n### Autres démarches\n\n**Département du Lot**\n\n"
        "- **Un covoiturage solidaire** – une plateforme met en relation les habitants.\n\n---\n\n"
        "## Enseignements et perspectives\n\n"
        "Plusieurs fiches témoignent d'un même mouvement : ce qui a été improvisé s'est révélé durable.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.kind, r.title) for r in records] == [
        ("fiche", "Un relais de nuit"),
        ("autre_demarche", "Un covoiturage solidaire"),
    ]


def test_short_entries_titled_on_their_paragraph_s_first_line_and_a_back_cover(tmp_path):
    """ "Un fonds d'équipement pour les lieux d'accueil" over "Le Département finance …" in one
    paragraph under "DÉPARTEMENT DE L'ALLIER": an entry titled by its first line; the back cover
    ("Odas – Observatoire …" / "www.odas.net") is none."""

    text = (
        "SOMMAIRE\n\nUn relais de nuit ........ 4\nAutres démarches ........ 6\n\n"
        "CHAPITRE 1\n\nACCUEILLIR\n\nUn relais de nuit\n\nDépartement : Somme\n"
        "Porteur : Département de la Somme\nLancement : 2031\n\nUn texte.\n\nAUTRES DÉMARCHES\n\n"
        "DÉPARTEMENT DE L'ALLIER\n\nUn fonds d'équipement pour les lieux d'accueil\n"
        "Le Département finance l'achat de matériel adapté pour les assistants\n"
        "familiaux qui accueillent un enfant en situation de handicap.\n\n"
        "DÉPARTEMENT DE LA NIÈVRE\n\nUn guide commun des droits de l'enfant confié\n"
        "Rédigé par un groupe de professionnels et de jeunes, ce guide explique\n"
        "les droits ouverts par la MDPH.\n\n\nOdas – Observatoire national de l'action sociale\nwww.odas.net\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement) for r in records] == [
        ("fiche", "Un relais de nuit", "Somme"),
        ("autre_demarche", "Un fonds d'équipement pour les lieux d'accueil", "Allier"),
        ("autre_demarche", "Un guide commun des droits de l'enfant confié", "Nièvre"),
    ]


def test_a_header_band_parted_by_bullets(tmp_path):
    """ "VAL-DE-MARNE  •  Conseil départemental du Val-de-Marne  •  2019" under the title: the
    collectivity, the porteur and the year, parted by bullets as by dashes."""

    text = (
        "SOMMAIRE\n\nDes cafés des parents ........ 4\n\nCHAPITRE 1\n\nPRÉVENIR\n\nFICHE 1.1\n"
        "Des cafés des parents\n\nVAL-DE-MARNE  •  Conseil départemental du Val-de-Marne  •  2019\n"
        "Contact : Isabelle Nguyen – 01 43 00 99 14\n\nPOURQUOI CETTE ACTION ?\n\nUn texte.\n"
    )
    (record,) = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert (record.title, record.departement, record.porteur, record.year) == (
        "Des cafés des parents",
        "Val-de-Marne",
        "Conseil départemental du Val-de-Marne",
        2019,
    )


def test_a_header_whose_first_label_the_vocabulary_lacks_and_a_header_in_italics(tmp_path):
    """A title the Sommaire lists over "Zone d'intervention : Lot" (a label the vocabulary
    lacks) and known fields: a fiche, its département read from that field — and a header
    printed as one italic line "*Département de l'Aude · Porteur : … · Année : 2023*", which is
    no subtitle."""

    text = (
        "SOMMAIRE\n\nUn bus des aînés ........ 4\nDes bancs partagés ........ 5\n\n"
        "CHAPITRE 1 – SE DÉPLACER\n\n1.1 Aller vers\n\nINITIATIVE 1\n\nUn bus des aînés\n\n"
        "Zone d'intervention : Lot\nStructure porteuse : Conseil départemental du Lot\n"
        "Année : 2031\nStatut : En cours\n\nPOURQUOI ?\n\nUn texte qui dit le besoin.\n\n"
        "INITIATIVE 2\n\nDes bancs partagés\n\n"
        "*Département de l'Aude · Porteur : Communauté de communes des Corbières · Année : 2030*\n\n"
        "POURQUOI ?\n\nUn autre texte qui dit le besoin.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.porteur, r.year, r.theme_label) for r in records] == [
        ("Un bus des aînés", "Lot", "Conseil départemental du Lot", 2031, "Aller vers"),
        ("Des bancs partagés", "Aude", "Communauté de communes des Corbières", 2030, "Aller vers"),
    ]
    assert records[0].sections["Zone d'intervention"] == "Lot"


def test_a_collectivity_line_naming_a_territory_in_brackets_in_a_hard_wrapped_text(tmp_path):
    """ "Département de la Seine-Maritime (territoire du Pays de Caux)" over "Direction de
    l'autonomie", in a text
    wrapped at a fixed width: a line of its own (the next word would have fit on it), the
    collectivity of the fiche whose title is above it."""
    prose = (
        "Un texte de la fiche qui décrit le projet et qui court sur plusieurs lignes\n"
        "comme le fait un outil d'extraction de texte au moment de couper les lignes\n"
        "à une largeur fixe, sans tenir compte des phrases ni des paragraphes du\n"
        "document, de sorte que chaque ligne longue arrive près de la même largeur.\n"
    )
    text = (
        "SOMMAIRE\n\nUn relais des aidants ........ 4\nUne halte de répit ........ 5\n\n"
        "CHAPITRE 1 – SOUTENIR\n\n"
        "Un relais des aidants\n\nDépartement de la Seine-Maritime (territoire du Pays de Caux)\n"
        "Direction de l’autonomie\n"
        f"Depuis 2029\n\n{prose}\n{prose}\n"
        "Une halte de répit\n\nDépartement du Gers\nAssociation Répit 32\nDepuis 2030\n\n"
        f"{prose}\n{prose}\n{prose}"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.porteur, r.year) for r in records] == [
        ("Un relais des aidants", "Seine-Maritime", "Direction de l’autonomie", 2029),
        ("Une halte de répit", "Gers", "Association Répit 32", 2030),
    ]


def test_a_running_header_between_the_sommaire_s_pages_and_an_unknown_label_under_the_collectivity(tmp_path):
    """A running header printed on every page, between the two pages of the Sommaire too, is
    never a sub-theme of the fiches it stands above; "Organismes associés" over its value right
    under "Département / Lot" is a label the vocabulary lacks (kept), not the porteur, and the
    header's year and status below it are read."""
    header = "Recueil des initiatives · 2031"
    prose = "Un texte qui décrit l'initiative et ses résultats auprès des familles du département."
    text = (
        f"\f{header}\n\nSOMMAIRE\n\nCHAPITRE 1 – ACCUEILLIR ........ 3\n1.1 Des lieux ........ 3\n"
        "Une maison des familles ........ 3\n\n                 1\n"
        f"\f{header}\n\nUn relais des familles ........ 4\nCHAPITRE 2 – ACCOMPAGNER ........ 5\n\n                 2\n"
        f"\f{header}\n\nCHAPITRE 1\nACCUEILLIR\n\n1.1 Des lieux\n\nFICHE N° 1\nUne maison des familles\n\n"
        f"Département\nGers\n\nPorteur\nConseil départemental du Gers\n\nAnnée\n2029\n\nCONTEXTE\n\n{prose}\n\n"
        f"                 3\n\f{header}\n\nFICHE N° 2\nUn relais des familles\n\nDépartement\nLot\n\n"
        f"Organismes associés\nCAF du Lot et MSA\n\nAnnée\n2030\n\nStatut\nEn cours\n\nCONTEXTE\n\n{prose}\n\n"
        f"                 4\n\f{header}\n\nCHAPITRE 2\nACCOMPAGNER\n\n                 5\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.year, r.status, r.theme_label) for r in records] == [
        ("Une maison des familles", "Gers", 2029, None, "Des lieux"),
        ("Un relais des familles", "Lot", 2030, "En cours", "Des lieux"),
    ]
    assert records[1].sections["Organismes associés"] == "CAF du Lot et MSA"


def test_autres_demarches_titled_on_their_own_line_and_a_copyright_footer(tmp_path):
    """ "▪ Somme – Title" alone on its line over its paragraph ("Depuis 2031, …"): the entry's
    title, its text and year below, no bullet in its collectivity; "Service porteur" and "Date
    de mise en œuvre" are header labels; a line with "©" closes the recueil (no entry)."""

    fiche = (
        "#### Une action {n}\n\nDépartement : Gers\nService porteur : Direction de l'enfance\n"
        "Date de mise en œuvre : septembre 203{n}\n\nUn texte.\n\n"
    )
    text = (
        "## Sommaire\n\n## Chapitre I — Accueillir\n\n"
        + "".join(fiche.format(n=n) for n in range(1, 4))
        + "### Autres démarches\n\n▪ Somme – Des retraités bénévoles aux côtés des apprentis\n"
        "Depuis 2031, le Département met en relation des apprentis et des retraités bénévoles.\n\n"
        "▪ Calvados – Une cohabitation entre générations\n"
        "Le Département soutient une association qui loge des jeunes chez des personnes âgées.\n\n"
        "*Télécharger le recueil (2,4 Mo)* · *Mentions légales* · © Observatoire 2032 – Reproduction autorisée\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.porteur, r.year) for r in result.records if r.kind == "fiche"] == [
        ("Direction de l'enfance", 2031),
        ("Direction de l'enfance", 2032),
        ("Direction de l'enfance", 2033),
    ]
    others = [r for r in result.records if r.kind == "autre_demarche"]
    assert [(r.title, r.departement, r.departement_raw, r.year) for r in others] == [
        ("Des retraités bénévoles aux côtés des apprentis", "Somme", None, 2031),
        ("Une cohabitation entre générations", "Calvados", None, None),
    ]
    assert (
        others[0].sections["Texte"].startswith("Des retraités bénévoles aux côtés des apprentis\nDepuis 2031")
    )


def test_a_fiche_title_with_a_colon_over_its_box_and_a_money_table_aligned_by_spaces(tmp_path):
    """ "Décaler les horaires : une équipe …" right over "Département    Alpes-Maritimes" and the
    box's other labels: the fiche's title, not a field; "Financeur        Montant annuel" over
    rows ending on amounts: a table of the fiche, no entry."""
    fiche = (
        "{title}\n\nDépartement            {dep}\nPorteur du projet      Association Prévention\n"
        "Période couverte       2021-2025\nStatut                 En cours\n\nContexte\n"
        "Les équipes intervenaient selon des horaires de bureau, loin des soirées des quartiers.\n\n"
    )
    text = (
        "SOMMAIRE\n\nPARTIE 1\nAller vers les jeunes\n\n"
        + fiche.format(
            title="Décaler les horaires : une équipe de prévention en soirée", dep="Alpes-Maritimes (06)"
        )
        + fiche.format(title="Un contrat d'objectifs unique", dep="Yonne")
        + "Financement annuel\nFinanceur                                   Montant annuel\n"
        "Département de l'Yonne                         1 320 000 €\nCommunes                                         185 000 €\n"
        "Total                                          1 505 000 €\n\n"
        + fiche.format(title="Des éducateurs dans les collèges", dep="Gers")
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.title, r.departement, r.year) for r in result.records] == [
        ("Décaler les horaires : une équipe de prévention en soirée", "Alpes-Maritimes", 2021),
        ("Un contrat d'objectifs unique", "Yonne", 2021),
        ("Des éducateurs dans les collèges", "Gers", 2021),
    ]


def test_markdown_footnotes_after_the_last_entries_are_no_entries(tmp_path):
    """ "[^1]: …" definitions after the "Autres démarches" list: the page's notes, no entries."""
    fiche = "### Une action {n}\n\n**Département du Gers**\nPorteur : Conseil départemental du Gers\nAnnée : 203{n}\n\nUn texte[^{n}].\n\n"
    text = (
        "## Sommaire\n\n# CHAPITRE 1 — Accompagner\n\n"
        + "".join(fiche.format(n=n) for n in range(1, 4))
        + "## Autres démarches\n\n**Landes**\n\n- *Une semaine bleue* : des aînés accueillis dans les collèges.\n\n"
        "---\n\n[^1]: Loi du 27 juillet 2023.\n[^2]: Selon l'enquête départementale.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [r.title for r in result.records if r.kind == "autre_demarche"] == ["Une semaine bleue"]


def test_short_entries_department_porteur_title_under_an_introduction(tmp_path):
    """ "• Gers — CCAS d'Auch — Un relais …": the département, the porteur (the part naming a
    body), the title; "- **Landes** — Direction de l'autonomie : Un forum …" the same told with
    a colon; the sentence over the list is its introduction, no entry; a heading none of the
    vocabulary's words name ("Pour aller plus loin") is a part of entries when its list's items
    open on départements."""
    fiche = "### Une action {n}\n\n**Département du Gers**\nPorteur : Conseil départemental du Gers\nAnnée : 203{n}\n\nUn texte.\n\n"
    text = (
        "## Sommaire\n\n# CHAPITRE 1 — Accompagner\n\n"
        + "".join(fiche.format(n=n) for n in range(1, 4))
        + "## Pour aller plus loin\n\nD'autres démarches nous ont été signalées, sans fiche détaillée :\n\n"
        "• Gers — CCAS d'Auch — Un relais pour les retours d'hospitalisation\n"
        "• Lot — Association Trait d'union — Des chauffeurs bénévoles le dimanche\n"
        "- **Landes** — Direction de l'autonomie : Un forum des métiers du grand âge (2031)\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    entries = [
        (r.departement, r.porteur, r.title, r.year) for r in result.records if r.kind == "autre_demarche"
    ]
    assert entries == [
        ("Gers", "CCAS d'Auch", "Un relais pour les retours d'hospitalisation", None),
        ("Lot", "Association Trait d'union", "Des chauffeurs bénévoles le dimanche", None),
        ("Landes", "Direction de l'autonomie", "Un forum des métiers du grand âge", 2031),
    ]


def test_a_header_line_above_each_title_and_others_listed_with_dot_leaders(tmp_path):
    """ "LOT (46) | Conseil départemental | depuis 2031" over "UN TITRE EN CAPITALES": the
    fiche's header printed above its title (the sub-theme line above it stays a sub-theme);
    "Aveyron ......... Title" lines (a title wrapped under itself) are the others' entries."""
    fiche = (
        "{dep} | {porteur} | depuis {year}\n{title}\n\n"
        "Contexte. Dans ce département ({dep}), les habitants éloignés des services attendaient une\n"
        "réponse de proximité que {porteur} a voulu construire en {year}.\n\n"
        "Objectifs. Rapprocher l'action « {title} » des personnes qui en ont besoin.\n\n"
    )
    text = (
        "SOMMAIRE\n\n"
        + "".join(
            f"{entry:<60}{page:>3}\n" if page else f"{entry}\n"
            for entry, page in [
                ("1. ACCOMPAGNER LES HABITANTS", 3),
                ("Aller vers les habitants", 0),
                ("    Un bus des droits", 3),
                ("    Une permanence mobile", 4),
                ("2. PRÉVENIR LES RUPTURES", 5),
                ("Soutenir les aidants", 0),
                ("    Des nuits de répit", 5),
                ("Autres actions signalées", 6),
            ]
        )
        + "\n\f1. ACCOMPAGNER LES HABITANTS\n\nAller vers les habitants\n\n"
        + fiche.format(dep="LOT (46)", porteur="Conseil départemental", year=2031, title="UN BUS DES DROITS")
        + fiche.format(
            dep="GERS (32)",
            porteur="Conseil départemental et CAF du Gers",
            year=2032,
            title="UNE PERMANENCE MOBILE",
        )
        + "\f2. PRÉVENIR LES RUPTURES\n\nSoutenir les aidants\n\n"
        + fiche.format(
            dep="TARN (81)", porteur="Conseil départemental", year=2030, title="DES NUITS DE RÉPIT"
        )
        + "AUTRES ACTIONS SIGNALÉES\n\n"
        "Aveyron ............ Un guide des aides pour les aidants\n"
        "Cantal ............. Des cafés des aidants dans les bourgs, animés par\n"
        "                     des bénévoles formés\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    fiches = [
        (r.departement, r.porteur, r.year, r.title, r.theme_label)
        for r in result.records
        if r.kind == "fiche"
    ]
    assert fiches == [
        ("Lot", "Conseil départemental", 2031, "UN BUS DES DROITS", "Aller vers les habitants"),
        (
            "Gers",
            "Conseil départemental et CAF du Gers",
            2032,
            "UNE PERMANENCE MOBILE",
            "Aller vers les habitants",
        ),
        ("Tarn", "Conseil départemental", 2030, "DES NUITS DE RÉPIT", "Soutenir les aidants"),
    ]
    assert [(r.departement, r.title) for r in result.records if r.kind == "autre_demarche"] == [
        ("Aveyron", "Un guide des aides pour les aidants"),
        ("Cantal", "Des cafés des aidants dans les bourgs, animés par des bénévoles formés"),
    ]


def test_a_web_edition_with_definition_list_headers_and_others(tmp_path):
    """Pandoc definition lists: "Territoire" / ":   Gonesse, Val-d'Oise (95)" (a commune, then its
    département), "Porteur" / ":   [Name](…) (GCSMS)" (a linked name reads as its words); the
    others' part a definition list too — one département over two ": Porteur — Title"
    definitions, a definition wrapped under itself; an "Index des …" page is no fiche."""
    fiche = (
        "#### {title} {{#f{n}}}\n\nTerritoire\n:   {place}\n\nPorteur\n:   {porteur}\n\nDepuis\n:   {year}\n\n"
        "Une action pensée pour les personnes à la rue, conduite avec les associations du territoire n° {n}.\n\n"
    )
    text = (
        "# Recueil 2031\n\n## Chapitre 1 — Aller vers {#c1}\n\n### Maraudes {#t1}\n\n"
        + fiche.format(
            n=1,
            title="Une maraude rurale",
            place="Gonesse, Val-d'Oise (95)",
            porteur="Ville de Gonesse",
            year=2029,
        )
        + fiche.format(
            n=2,
            title="Un toit relais",
            place="Charente",
            porteur="[Groupement Toit relais](a.html#t) (GCSMS)",
            year=2030,
        )
        + fiche.format(n=3, title="Une bagagerie", place="Tarn (81)", porteur="CCAS d'Albi", year=2031)
        + "## Autres démarches repérées {#autres}\n\nLes démarches suivantes nous ont été signalées.\n\n"
        "Loire-Atlantique\n:   Département de Loire-Atlantique — Plan grand froid concerté avec les\n"
        "    CCAS des communes rurales\n:   CCAS de Saint-Nazaire — Permanence d'écrivain public\n\n"
        "Somme\n:   CCAS d'Abbeville — Douches solidaires\n\n## Index des structures citées\n\nVille de Gonesse : fiche 1\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    got = [(r.kind, r.departement, r.porteur, r.title) for r in result.records]
    assert got == [
        ("fiche", "Val-d'Oise", "Ville de Gonesse", "Une maraude rurale"),
        ("fiche", "Charente", "Groupement Toit relais (GCSMS)", "Un toit relais"),
        ("fiche", "Tarn", "CCAS d'Albi", "Une bagagerie"),
        (
            "autre_demarche",
            "Loire-Atlantique",
            "Département de Loire-Atlantique",
            "Plan grand froid concerté avec les CCAS des communes rurales",
        ),
        ("autre_demarche", "Loire-Atlantique", "CCAS de Saint-Nazaire", "Permanence d'écrivain public"),
        ("autre_demarche", "Somme", "CCAS d'Abbeville", "Douches solidaires"),
    ]


def test_fiches_under_their_departement_with_the_porteur_box_at_the_end(tmp_path):
    """The département in capitals alone over the title (one wrapped over two lines, listed so
    in the Sommaire as "Ariège – Title …"), sections, then a box "Porteur et contact" closing the
    fiche ("Porteur : …", "Lancée en 2031", or the porteur unlabelled); chapters on pages of
    their own, "1" over "SE DÉPLACER", numbered in the Sommaire."""

    def fiche(dep: str, title: str, box: str) -> str:
        return (
            f"\f{dep}\n\n{title}\n\nLe projet\nUn projet conduit dans le département pour les habitants des vallées,\n"
            f"pensé avec les associations et les communes ({dep.title()}).\n\nLes résultats\n"
            "Les premiers résultats sont encourageants et l'action est reconduite.\n\n"
            f"Porteur et contact\n{box}\nContact : service des solidarités – 04 00 00 00 00\n\n"
        )

    entries = [
        ("Cantal – Un bus santé-social dans la Châtaigneraie", 5),
        ("Ariège – Des navettes à la demande pour rejoindre les marchés et les", None),
        ("    maisons de santé du Couserans", 6),
        ("Savoie – Des veilleurs de hameau contre l'isolement", 8),
    ]
    sommaire = "".join(
        f"{e:<70}{p:>4}\n" if p else f"{e}\n"
        for e, p in [("1   SE DÉPLACER", 4), *entries[:3], ("2   HABITER", 7), entries[3]]
    )
    text = (
        "SOMMAIRE\n\n"
        + sommaire
        + "\f\n                1\n\n           SE DÉPLACER\n\n"
        + fiche(
            "CANTAL",
            "Un bus santé-social dans la Châtaigneraie",
            "Porteur : Département du Cantal\nLancée en 2031",
        )
        + fiche(
            "ARIÈGE",
            "Des navettes à la demande pour rejoindre les marchés et les\nmaisons de santé du Couserans",
            "Association Trajets d'ici, avec le Département de l'Ariège\nLancé en 2030",
        )
        + "\f\n                2\n\n           HABITER\n\n"
        + fiche(
            "SAVOIE",
            "Des veilleurs de hameau contre l'isolement",
            "Porteur : Commune de Bessans\nLancées en 2029",
        )
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.departement, r.porteur, r.year, r.chapter, r.title) for r in result.records] == [
        ("Cantal", "Département du Cantal", 2031, 1, "Un bus santé-social dans la Châtaigneraie"),
        (
            "Ariège",
            "Association Trajets d'ici, avec le Département de l'Ariège",
            2030,
            1,
            "Des navettes à la demande pour rejoindre les marchés et les maisons de santé du Couserans",
        ),
        ("Savoie", "Commune de Bessans", 2029, 2, "Des veilleurs de hameau contre l'isolement"),
    ]


def test_fiches_folded_in_collapsible_html_blocks(tmp_path):
    """ "<details>" / "<summary>Gers – Title</summary>" / "- Porteur : …" list / text /
    "</details>": each block a fiche titled by its summary (a summary wrapped over two lines
    too), its list the header."""

    def fiche(summary: str, porteur: str, year: int) -> str:
        return (
            f"<details>\n<summary>{summary}</summary>\n\n- Porteur : {porteur}\n- Depuis : {year}\n- Statut : En cours\n\n"
            f"**Contexte.** Une action conduite par {porteur} depuis {year} auprès des jeunes aidants.\n\n</details>\n\n"
        )

    text = (
        "# Jeunes aidants\n\n## Sommaire\n\n1. [Repérer](#c1)\n2. [Soutenir](#c2)\n\n"
        "## Chapitre 1 – Repérer\n\n### Sensibiliser\n\n"
        + fiche("Gers – Une séance dans les classes de 4e", "Département du Gers", 2031)
        + fiche(
            "Lot – Former les infirmières scolaires au repérage\ndes jeunes aidants",
            "Département du Lot",
            2032,
        )
        + "## Chapitre 2 – Soutenir\n\n### Soulager\n\n"
        + fiche("Tarn – Un séjour de répit pour les jeunes aidants", "Département du Tarn", 2030)
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.departement, r.porteur, r.year, r.chapter, r.title) for r in result.records] == [
        ("Gers", "Département du Gers", 2031, 1, "Une séance dans les classes de 4e"),
        (
            "Lot",
            "Département du Lot",
            2032,
            1,
            "Former les infirmières scolaires au repérage des jeunes aidants",
        ),
        ("Tarn", "Département du Tarn", 2030, 2, "Un séjour de répit pour les jeunes aidants"),
    ]


def test_a_book_whose_table_of_contents_closes_it(tmp_path):
    """Parts "PARTIE I" over their title, sub-themes printed once over the first fiche they
    hold (the second one after a fiche's text), bands "ARDÈCHE (07)" / "26 – Drôme" over each
    title, "► Title" over a sentence in the other démarches, and the table of contents at the
    end (a long title running up to its page number, one space before it)."""
    body = "Un texte qui raconte ce que l'initiative change pour les habitants du département, et comment.\n"
    fiche = "\f{band}\n\n{title}\n\nPorteur : Département\nAnnée de lancement : {year}\n\nContexte\n" + body
    fiches = [
        ("ARDÈCHE (07)", "Un bus pour les droits des femmes", 2021, "Aller vers les femmes isolées"),
        ("26 – Drôme", "Des permanences dans les hameaux", 2022, "Aller vers les femmes isolées"),
        (
            "GERS (32)",
            "Une crèche pour les mères en formation et pour leurs jeunes enfants",
            2020,
            "Lever les freins à l'emploi",
        ),
    ]
    text = "RECUEIL 2031\n\n                PARTIE I\n\n        AGIR POUR L'ÉGALITÉ\n\nUne introduction de la partie.\n\n"
    previous = None
    for band, title, year, theme in fiches:
        if theme != previous:
            text += f"\f{theme}\n\n"
            previous = theme
            text += fiche.format(band=band, title=title, year=year).lstrip("\f")
        else:
            text += fiche.format(band=band, title=title, year=year)
    text += (
        "\fAUTRES DÉMARCHES REPÉRÉES\n\nAude (11)\n\n► Un guide des droits pour les agricultrices\n"
        "Réalisé avec la MSA, le guide est remis lors des réunions d'information sur le RSA.\n\n"
        "\fTABLE DES MATIÈRES\n\n"
        + f"{'PARTIE I – AGIR POUR L’ÉGALITÉ':<70}{3:>4}\n"
        + "   Aller vers les femmes isolées\n"
        + f"      {'Un bus pour les droits des femmes':<64}{4:>4}\n"
        + f"      {'Des permanences dans les hameaux':<64}{5:>4}\n"
        + "   Lever les freins à l'emploi\n"
        + "      Une crèche pour les mères en formation et pour leurs jeunes enfants 6\n"
        + f"   {'Autres démarches repérées':<67}{7:>4}\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.year, r.theme_label) for r in records] == [
        ("fiche", "Un bus pour les droits des femmes", "Ardèche", 2021, "Aller vers les femmes isolées"),
        ("fiche", "Des permanences dans les hameaux", "Drôme", 2022, "Aller vers les femmes isolées"),
        (
            "fiche",
            "Une crèche pour les mères en formation et pour leurs jeunes enfants",
            "Gers",
            2020,
            "Lever les freins à l'emploi",
        ),
        ("autre_demarche", "Un guide des droits pour les agricultrices", "Aude", None, "Autres démarches"),
    ]


def test_numbered_fiches_their_facts_line_under_a_long_title_and_places_beside_porteurs(tmp_path):
    """ "Fiche 1" over a title long enough to wrap at the page's width, then "Cantal | Conseil
    départemental | 2021 | Pérennisé" (a facts line, not the title's second half); a contact's
    phone line right above the next sub-theme (no sub-theme itself); other démarches under
    "Aube – Conseil départemental" lines, the porteur beside the place."""
    text_line = (
        "Un texte qui décrit l'initiative et ce qu'elle a changé pour les habitants du département,\n"
        "ligne après ligne, justifié à la largeur de la page comme le recueil imprime ses fiches.\n"
        "Une troisième ligne de texte de la même largeur que les deux lignes qui la précèdent."
    )
    long_title = "Un schéma départemental de l'habitat partagé construit avec les communautés de communes"
    fiche = (
        "Fiche {n}\n{title}\n{facts}\n\nLe contexte\n"
        + text_line
        + "\n\nContact : Anne Roy, cheffe de projet\n04 71 00 00 0{n} – a.roy@cd.fr\n"
    )
    text = (
        "CHAPITRE 1 – PILOTER\n\n"
        "Programmer\n\n"
        + fiche.format(n=1, title=long_title, facts="Cantal | Conseil départemental | 2021 | Pérennisé")
        + "\nAccompagner\n\n"
        + fiche.format(n=2, title="Un guide pour les élus", facts="Gers | Département du Gers | 2022")
        + "\nAUTRES DÉMARCHES REPÉRÉES\n\nAube – Conseil départemental\nUne carte en ligne des habitats\n"
        + "Une carte interactive recense les habitats ouverts et leurs places libres.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.theme_label) for r in records] == [
        ("fiche", long_title, "Cantal", "Conseil départemental", "Programmer"),
        ("fiche", "Un guide pour les élus", "Gers", "Département du Gers", "Accompagner"),
        (
            "autre_demarche",
            "Une carte en ligne des habitats",
            "Aube",
            "Conseil départemental",
            "Autres démarches",
        ),
    ]


def test_parts_numbered_1re_2e_and_identity_boxes_set_with_spaces(tmp_path):
    """ "1re partie – …" / "2e partie – …" open chapters (an ordinal in figures before the part
    word); each fiche's identity box is a column of labels and a column of values set apart by
    spaces, no colon, in any order, a value wrapped under its column, a label the vocabulary
    lacks ("Public") first or between known ones; an "Autres démarches" entry names its porteur
    (an establishment, "Ehpad …, Ville") before the colon."""
    body = (
        "Le texte de la fiche décrit ce que l'équipe a mis en place et ce que cela change pour\n"
        "les habitants, sur plusieurs lignes justifiées comme le recueil les imprime.\n"
    )
    text = (
        "1re partie – Vivre chez soi\n\n"
        "1.1 Appuis au domicile\n\n"
        "Une équipe de nuit partagée entre trois résidences\n\n"
        "Structure porteuse   Résidence Les Tilleuls, Riom\n"
        "Département          Puy-de-Dôme\n"
        "Public               Personnes âgées suivies à domicile par un service de soins\n"
        "                     infirmiers du secteur\n"
        "Lancement            2022\n"
        "Contact              Paul Marty, directeur – 04 73 00 00 01\n\n"
        "Le constat\n" + body + "\n"
        "2e partie – Ouvrir l'établissement\n\n"
        "2.1 Les habitants invités\n\n"
        "Un restaurant ouvert aux habitants du bourg\n\n"
        "Public               Habitants du bourg et résidents\n"
        "Département          Cantal\n"
        "Structure porteuse   Ehpad Les Genêts, Murat\n"
        "Lancement            Mai 2021\n"
        "Statut               En cours\n\n"
        "Le projet\n" + body + "\n"
        "Autres démarches repérées\n\n"
        "Allier — Ehpad Les Bruyères, Gannat : Des ateliers de cuisine ouverts aux familles\n"
        "le samedi.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [
        (r.kind, r.title, r.departement, r.porteur, r.year, r.chapter, r.theme_label) for r in records
    ] == [
        (
            "fiche",
            "Une équipe de nuit partagée entre trois résidences",
            "Puy-de-Dôme",
            "Résidence Les Tilleuls, Riom",
            2022,
            1,
            "Appuis au domicile",
        ),
        (
            "fiche",
            "Un restaurant ouvert aux habitants du bourg",
            "Cantal",
            "Ehpad Les Genêts, Murat",
            2021,
            2,
            "Les habitants invités",
        ),
        (
            "autre_demarche",
            "Des ateliers de cuisine ouverts aux familles le samedi",
            "Allier",
            "Ehpad Les Bruyères, Gannat",
            None,
            2,
            "Autres démarches",
        ),
    ]
    assert records[1].status == "En cours"


def test_ordinals_in_figures_before_the_part_word_number_the_part():
    from ccas_cli.families.odas_sommaire import ordinal_first

    assert ordinal_first("1re partie – Vivre chez soi") == "partie 1 – Vivre chez soi"
    assert ordinal_first("IIe Partie : Coopérer") == "Partie 2 : Coopérer"
    assert ordinal_first("3ème PARTIE. Piloter") == "PARTIE 3. Piloter"
    assert ordinal_first("Deuxième partie – Ouvrir") == "partie 2 – Ouvrir"
    assert ordinal_first("2e étape du projet") == "2e étape du projet"  # no part word: as printed


def test_fiche_headers_as_one_line_of_bold_questions_and_entries_with_their_porteur_in_brackets(tmp_path):
    """A web edition: each fiche's header one line of run-in questions ("**Où ?** Gers —
    **Qui ?** … — **Depuis ?** 2021 — **Où en est-on ?** en cours"), a question missing here and
    there; the "autres démarches" a list "- **Aisne** : initiative (porteur, année)"."""
    body = "Le texte de la fiche raconte ce que le Département a fait et ce que cela a changé.\n\n"
    text = (
        "# Partie I : Recruter\n\n## Des outils pour rapprocher les bénévoles\n\n"
        "### Une plateforme de missions bénévoles\n\n"
        "**Où ?** Gers — **Qui ?** Conseil départemental du Gers — **Depuis ?** 2021 — **Où en est-on ?** en cours\n\n"
        "#### Contexte\n\n" + body + "### Des bourses du bénévolat\n\n"
        "**Où ?** Hautes-Pyrénées (65) – **Qui ?** Département des Hautes-Pyrénées – **Depuis quand ?** septembre 2022\n\n"
        "#### Contexte\n\n" + body + "## Autres démarches repérées\n\n"
        "- **Aisne** : Un annuaire en ligne des associations caritatives (Conseil départemental, 2018)\n"
        "- **Orne** : Une charte d'accueil du bénévole (Conseil départemental de l'Orne)\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.status) for r in records] == [
        (
            "fiche",
            "Une plateforme de missions bénévoles",
            "Gers",
            "Conseil départemental du Gers",
            2021,
            "en cours",
        ),
        (
            "fiche",
            "Des bourses du bénévolat",
            "Hautes-Pyrénées",
            "Département des Hautes-Pyrénées",
            2022,
            None,
        ),
        (
            "autre_demarche",
            "Un annuaire en ligne des associations caritatives",
            "Aisne",
            "Conseil départemental",
            2018,
            None,
        ),
        (
            "autre_demarche",
            "Une charte d'accueil du bénévole",
            "Orne",
            "Conseil départemental de l'Orne",
            None,
            None,
        ),
    ]


def test_a_recueil_whose_fiches_head_sections_partenaires_and_budget_is_no_plan(tmp_path):
    """Read as its text comes out of a PDF (no markup): parts "Partie I : …" in Roman numerals,
    each fiche's header one line "Où ? Gers — Qui ? …", its sections headed "Partenaires" and
    "Budget" as a plan labels its sheets: detected as a recueil, not a plan."""
    from ccas_cli.ingest import parse_file

    def fiche(title: str, place: str, who: str) -> str:
        return (
            f"{title}\n\nOù ? {place} — Qui ? {who} — Depuis ? 2021\n\nContexte\n\n"
            "Le Département a constaté que les associations manquaient de bénévoles pour les visites.\n\n"
            "Partenaires\n\nLes associations du territoire et la caisse d'allocations familiales.\n\n"
            "Budget\n\nLe développement de l'outil a coûté 46 000 € la première année.\n\n"
        )

    text = (
        "Sommaire\n\nPartie I : Recruter ..... 3\nPartie II : Former ..... 9\n\n"
        "Partie I : Recruter\n\n"
        + fiche("Une plateforme de missions bénévoles", "Gers", "Conseil départemental du Gers")
        + fiche("Des bourses du bénévolat", "Loir-et-Cher", "Département de Loir-et-Cher")
        + "Partie II : Former\n\n"
        + fiche("Un passeport bénévole", "Haute-Loire", "Conseil départemental de la Haute-Loire")
        + fiche("Un guichet unique pour les bénévoles", "Charente", "Département de la Charente")
    )
    path = tmp_path / "recueil.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "odas-recueil"
    assert [(r.departement, r.chapter) for r in result.records] == [
        ("Gers", 1),
        ("Loir-et-Cher", 1),
        ("Haute-Loire", 2),
        ("Charente", 2),
    ]


def test_fiches_by_departement_in_no_chapters_their_themes_in_an_index_at_the_end(tmp_path):
    """Fiches in alphabetical order of their départements ("CHARENTE (16)" over one or two
    fiches, the second printing no collectivity of its own), no chapter in the body, the Sommaire
    listing the index ("Index thématique ..... 9"); the themes only in a thematic index at the end
    ("Theme ....... 4, 6"), each fiche's page printed at its foot; other démarches each under a
    "Place (NN) – Porteur" line."""
    body = "Le texte de la fiche décrit l'initiative et ce qu'elle a changé.\n\n"
    foot = "\n" + " " * 60 + "{n}\n\fRecueil 2031\n\n"
    text = (
        "SOMMAIRE\n\nARDENNES (08)\nUn coffre-fort numérique ..... 4\n\nCHARENTE (16)\n"
        "Un logiciel de suivi partagé ..... 6\nUn guide en ligne des aides ..... 6\n\n"
        "Index thématique ..... 9\n"
        + foot.format(n=3)
        + "ARDENNES (08)\n\nUn coffre-fort numérique\n\nCollectivité : Département des Ardennes\n"
        "Porteur : Direction de l'action sociale\nDate de lancement : 2021\n\n"
        + body
        + foot.format(n=4)
        + "CHARENTE (16)\n\nUn logiciel de suivi partagé\n\nCollectivité : Département de la Charente\n"
        "Porteur : Direction des solidarités\nAnnée : 2022\n\n"
        + body
        + "Un guide en ligne des aides\n\nPorteur : Maison départementale des solidarités de Cognac\n"
        "Année : 2023\n\n"
        + body
        + foot.format(n=6)
        + "AUTRES DÉMARCHES REPÉRÉES\n\nAude (11) – Département de l'Aude\nUn dépôt accompagné des demandes\n"
        "Les conseillers aident les familles à déposer leur demande en ligne.\n"
        + foot.format(n=8)
        + "INDEX THÉMATIQUE\n\nAccéder aux droits en ligne ........ 4, 6\n\nPartager l'information ........ 6\n"
        + foot.format(n=9)
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.chapter, r.theme_label) for r in records] == [
        (
            "fiche",
            "Un coffre-fort numérique",
            "Ardennes",
            "Direction de l'action sociale",
            1,
            "Accéder aux droits en ligne",
        ),
        (
            "fiche",
            "Un logiciel de suivi partagé",
            "Charente",
            "Direction des solidarités",
            1,
            "Accéder aux droits en ligne",
        ),
        (
            "fiche",
            "Un guide en ligne des aides",
            "Charente",
            "Maison départementale des solidarités de Cognac",
            1,
            "Accéder aux droits en ligne",
        ),
        (
            "autre_demarche",
            "Un dépôt accompagné des demandes",
            "Aude",
            "Département de l'Aude",
            None,
            "Autres démarches",
        ),
    ]


def test_a_recueil_of_numbered_sheets_in_axes_its_table_of_contents_at_the_end(tmp_path):
    """Chapters "AXE I – …" in capitals, sub-themes underlined with dashes, each sheet under a
    margin line "N° 3" (one title with a colon, which reads as a field), its header one line
    "Département | porteur | year" (one with no year), the "autres démarches" as bullets under
    their département with the porteur indented below (listed after the sheets, as every recueil's
    entries are), and the table of contents at the end."""

    def sheet(number: int, title: str, header: str) -> str:
        return (
            f"N° {number}\n{title}\n{header}\n\nLe contexte\n"
            f"Sur ce territoire, {number * 120} ménages ont connu un impayé d'eau l'an dernier.\n\n"
            f"L'action\nDepuis {number + 3} ans, le service propose un accompagnement dès le premier retard.\n\n"
        )

    text = (
        "Recueil d'initiatives – L'eau au quotidien\n\n\n"
        "AXE I – PRÉVENIR LES IMPAYÉS\n\nLes initiatives de cet axe agissent avant la dette.\n\n"
        "Tarification sociale\n--------------------\n\n"
        + sheet(1, "Un tarif social fondé sur le quotient familial", "Landes | Communauté d'agglomération du Marsan | 2031")
        + sheet(2, "Signalement précoce des impayés : une convention à trois", "Vienne | Département de la Vienne | 2032")
        + "AUTRES DÉMARCHES REPÉRÉES\n\nGers\n"
        "•  Des échéanciers sans frais pour les allocataires du RSA\n   CCAS d'Auch – 2030\n"
        "•  Une fiche réflexe pour les secrétaires de mairie\n   Communauté de communes du Val de Gers\n\n"
        "AXE II – GARANTIR L'ACCÈS À L'EAU\n\nDouches et sanitaires\n---------------------\n\n"
        + sheet(3, "Raccorder provisoirement les terrains habités", "Seine-Saint-Denis | Établissement public territorial Plaine Commune")
        + sheet(4, "Des bains-douches rénovés", "Loire | CCAS de Saint-Étienne | 2029")
        + "TABLE DES MATIÈRES\n\n"
        "AXE I – PRÉVENIR LES IMPAYÉS ................................ 2\n"
        "  Tarification sociale\n"
        "    N° 1   Un tarif social fondé sur le quotient familial ........ 2\n"
        "    N° 2   Signalement précoce des impayés : une convention à trois ... 3\n"
        "  Autres démarches repérées .................................... 4\n"
        "AXE II – GARANTIR L'ACCÈS À L'EAU .............................. 5\n"
        "  Douches et sanitaires\n"
        "    N° 3   Raccorder provisoirement les terrains habités ......... 5\n"
        "    N° 4   Des bains-douches rénovés ............................. 6\n"
    )  # fmt: skip
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.kind, r.chapter, r.departement, r.porteur, r.year) for r in records] == [
        ("Un tarif social fondé sur le quotient familial", "fiche", 1, "Landes", "Communauté d'agglomération du Marsan", 2031),
        ("Signalement précoce des impayés : une convention à trois", "fiche", 1, "Vienne", "Département de la Vienne", 2032),
        ("Raccorder provisoirement les terrains habités", "fiche", 2, "Seine-Saint-Denis", "Établissement public territorial Plaine Commune", None),
        ("Des bains-douches rénovés", "fiche", 2, "Loire", "CCAS de Saint-Étienne", 2029),
        ("Des échéanciers sans frais pour les allocataires du RSA", "autre_demarche", 1, "Gers", "CCAS d'Auch", 2030),
        ("Une fiche réflexe pour les secrétaires de mairie", "autre_demarche", 1, "Gers", "Communauté de communes du Val de Gers", None),
    ]  # fmt: skip
    assert [r.theme_label for r in records if r.kind == "fiche"] == [
        "Tarification sociale", "Tarification sociale", "Douches et sanitaires", "Douches et sanitaires",
    ]  # fmt: skip


def test_the_same_two_question_headings_over_every_sheet_count_as_two_sheet_sections():
    """A recueil whose sheets all ask "Pourquoi ?" and "Comment ?": the practice sheet's evidence
    of section headings counts two headings, not twenty (a sheet has each of its sections once),
    so ten sheets under the same questions do not make one practice sheet."""
    from ccas_cli.families.registry import _signals, evidence

    (signal,) = [s for s in _signals("inspiraction") if s["name"] == "sheet section headings"]
    recueil = ["pourquoi", "comment"] * 10
    sheet = ["1 pourquoi", "2 comment", "3 et apres", "pour en savoir plus"]
    assert evidence(recueil, [signal])[0] == signal["weight"] * 2 / signal["enough"]
    assert evidence(sheet, [signal])[0] == signal["weight"]


def test_parts_numbered_in_words_porteurs_with_the_departement_number_and_a_sommaire_entry_for_the_others(
    tmp_path,
):
    """Parts "PREMIÈRE PARTIE – …" in words; each fiche a title in capitals over its porteur
    line naming only the département's number ("Conseil départemental (86)", "Département de
    la Seine-Saint-Denis (93)") and "Lancement : 2019"; the Sommaire lists "Autres démarches
    repérées ...... 6" (no switch to that list there); the entries under a body's line with its
    number ("CCAS de Saint-Malo (35)") are that body's."""

    def fiche(title: str, porteur: str, year: int) -> str:
        return (
            f"{title}\n{porteur}\nLancement : {year}\n\nContexte\n"
            f"Les jeunes du territoire ({year}) consultaient trop tard, faute d'interlocuteur.\n\n"
            f"Résultats\nEn {year + 2}, plusieurs centaines d'élèves ont participé aux séances.\n\n"
        )

    text = (
        "SANTÉ DES JEUNES – RECUEIL D'INITIATIVES 2033\n\nSOMMAIRE\n\n"
        "PREMIÈRE PARTIE – INFORMER LES JEUNES ........................... 3\n"
        "   Des infirmières de PMI dans les maisons familiales rurales ..... 3\n"
        "   Un chat en ligne avec les sages-femmes ......................... 4\n"
        "DEUXIÈME PARTIE – FACILITER L'ACCÈS AUX SOINS ................... 5\n"
        "   Un pass contraception pour les 15-25 ans ....................... 5\n"
        "   Autres démarches repérées ...................................... 6\n\n"
        "PREMIÈRE PARTIE – INFORMER LES JEUNES\n\n"
        + fiche("DES INFIRMIÈRES DE PMI DANS LES MAISONS FAMILIALES RURALES", "Conseil départemental (86)", 2029)
        + fiche("UN CHAT EN LIGNE AVEC LES SAGES-FEMMES", "Département de la Seine-Saint-Denis (93)", 2030)
        + "DEUXIÈME PARTIE – FACILITER L'ACCÈS AUX SOINS\n\n"
        + fiche("UN PASS CONTRACEPTION POUR LES 15-25 ANS", "Conseil départemental (63)", 2027)
        + "AUTRES DÉMARCHES REPÉRÉES\n\nCCAS de Saint-Malo (35)\n"
        "– Des kits « santé-intimité » dans les foyers de jeunes travailleurs : depuis 2030, chaque\n"
        "  nouvel arrivant reçoit un guide des lieux ressources.\n"
    )  # fmt: skip
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.kind, r.chapter, r.departement, r.porteur, r.year) for r in records] == [
        ("DES INFIRMIÈRES DE PMI DANS LES MAISONS FAMILIALES RURALES", "fiche", 1, "Vienne", "Conseil départemental", 2029),
        ("UN CHAT EN LIGNE AVEC LES SAGES-FEMMES", "fiche", 1, "Seine-Saint-Denis", "Département de la Seine-Saint-Denis", 2030),
        ("UN PASS CONTRACEPTION POUR LES 15-25 ANS", "fiche", 2, "Puy-de-Dôme", "Conseil départemental", 2027),
        ("Des kits « santé-intimité » dans les foyers de jeunes travailleurs", "autre_demarche", 2, "Ille-et-Vilaine", "CCAS de Saint-Malo", 2030),
    ]  # fmt: skip


def test_other_initiatives_as_a_chapter_of_their_own(tmp_path):
    """ "## Chapitre 3 : Autres démarches", a chapter of its own after the fiches' chapters, its
    entries a list ("- **Ardennes** — Title (porteur, year)"): entries of that chapter."""
    fiche = (
        "### {title}\n\n> **Département** : {dep} · **Porteur** : CCAS de {town} · **Année** : 2031\n\n"
        "Le CCAS de {town} accompagne les familles mal logées depuis plusieurs années.\n\n"
    )
    text = (
        "# Recueil d'initiatives – Habitat indigne\n\n## Chapitre 1 : Repérer\n\n"
        + fiche.format(title="Un observatoire du mal-logement", dep="Gard", town="Nîmes")
        + fiche.format(title="Des visites à domicile", dep="Loire", town="Roanne")
        + "## Chapitre 2 : Agir\n\n"
        + fiche.format(title="Un fonds pour les petits travaux", dep="Lot", town="Cahors")
        + "## Chapitre 3 : Autres démarches\n\nLes démarches suivantes nous ont été signalées.\n\n"
        "- **Ardennes** — Un guide pratique du mal-logement (Conseil départemental, 2030)\n"
        "- **Finistère** — Un fonds d'aide aux travaux d'urgence (Conseil départemental)\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.title, r.kind, r.chapter, r.departement, r.porteur, r.year) for r in records] == [
        ("Un observatoire du mal-logement", "fiche", 1, "Gard", "CCAS de Nîmes", 2031),
        ("Des visites à domicile", "fiche", 1, "Loire", "CCAS de Roanne", 2031),
        ("Un fonds pour les petits travaux", "fiche", 2, "Lot", "CCAS de Cahors", 2031),
        ("Un guide pratique du mal-logement", "autre_demarche", 3, "Ardennes", "Conseil départemental", 2030),
        (
            "Un fonds d'aide aux travaux d'urgence",
            "autre_demarche",
            3,
            "Finistère",
            "Conseil départemental",
            None,
        ),
    ]


def test_fiches_whose_header_closes_them_in_a_box_and_entries_listed_title_place_porteur(tmp_path):
    """Each fiche: its title in capitals (one wrapped over two lines, the Sommaire listing it on
    one), its text, then "EN BREF" over its header fields; after the chapters, lines "Title –
    Département – porteur" (the porteur naming the département too) are the short entries."""
    sommaire = (
        "SOMMAIRE\n\nPARTIE 1 / ACCUEILLIR .......... 3\n"
        "Un guichet unique pour les familles .......... 3\n"
        "Des ateliers de français pour les parents d'élèves des collèges du département .......... 4\n"
        "Un annuaire partagé .......... 5\n\nAutres initiatives .......... 6\n\n"
    )
    fiche = (
        "{title}\n\nUn paragraphe de texte qui raconte l'initiative, ses débuts et ses effets sur\n"
        "les familles accompagnées par les équipes.\n\nEN BREF\nDépartement : {dep}\n"
        "Porteur : Conseil départemental\nLancement : {year}\n\n"
    )
    text = (
        sommaire
        + "PARTIE 1 / ACCUEILLIR\n\n"
        + fiche.format(title="UN GUICHET UNIQUE POUR LES FAMILLES", dep="Aude", year=2021)
        + fiche.format(
            title="DES ATELIERS DE FRANÇAIS POUR LES PARENTS D'ÉLÈVES DES COLLÈGES\nDU DÉPARTEMENT",
            dep="Haute-Garonne (31)",
            year=2022,
        )
        + fiche.format(title="UN ANNUAIRE PARTAGÉ", dep="Lot", year=2023)
        + "Autres initiatives\n\nCes initiatives ont été signalées lors de l'appel à contributions.\n\n"
        "Des cours de conversation – Tarn – Médiathèque départementale du Tarn\n"
        "Un lexique illustré – Gers – Conseil départemental du Gers\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    got = [(r.kind, r.title, r.departement, r.porteur, r.year) for r in result.records]
    assert got == [
        ("fiche", "UN GUICHET UNIQUE POUR LES FAMILLES", "Aude", "Conseil départemental", 2021),
        (
            "fiche",
            "DES ATELIERS DE FRANÇAIS POUR LES PARENTS D'ÉLÈVES DES COLLÈGES DU DÉPARTEMENT",
            "Haute-Garonne",
            "Conseil départemental",
            2022,
        ),
        ("fiche", "UN ANNUAIRE PARTAGÉ", "Lot", "Conseil départemental", 2023),
        ("autre_demarche", "Des cours de conversation", "Tarn", "Médiathèque départementale du Tarn", None),
        ("autre_demarche", "Un lexique illustré", "Gers", "Conseil départemental du Gers", None),
    ]


def test_titles_in_capitals_wrapped_by_a_narrow_column_and_entries_dated_in_brackets(tmp_path):
    """ "1.2 MARAÎCHAGE BIOLOGIQUE ET PARCOURS RSA :" / "LA FERME DES COMBES, UN TREMPLIN" /
    "VERS L'EMPLOI" and "… EN CENTRE DE" / "PMI": one title each, as the Sommaire lists them;
    "• Potagers partagés (depuis 2021) – …": an entry, its year in brackets."""
    text = (
        "SOMMAIRE\n\nCHAPITRE 1 – INSERTION .......... 3\n"
        "1.1 Les jardins de la voie verte .......... 3\n"
        "1.2 Maraîchage biologique et parcours RSA : la ferme des Combes, un tremplin vers l'emploi .......... 3\n"
        "1.3 Des jardins parents-enfants en centre de PMI .......... 4\nAutres démarches .......... 4\n\n"
        "CHAPITRE 1 – INSERTION\n\n1.1 LES JARDINS DE LA VOIE VERTE\n\nDépartement : Haute-Saône\nDepuis : 2018\n\n"
        "Un texte.\n\n1.2 MARAÎCHAGE BIOLOGIQUE ET PARCOURS RSA :\nLA FERME DES COMBES, UN TREMPLIN\nVERS L'EMPLOI\n\n"
        "Département : Lot (46)\nDate de création : 2016\n\nUn autre texte.\n\n"
        "1.3 DES JARDINS PARENTS-ENFANTS EN CENTRE DE\nPMI\n\nDépartement : Deux-Sèvres\nDepuis : 2019\n\n"
        "Un troisième texte.\n\n» Autres démarches\n\nDépartement des Landes\n"
        "• Potagers partagés en résidences autonomie (depuis 2021) – Des bacs de culture sont proposés.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.title, r.departement, r.year) for r in result.records] == [
        ("LES JARDINS DE LA VOIE VERTE", "Haute-Saône", 2018),
        (
            "MARAÎCHAGE BIOLOGIQUE ET PARCOURS RSA : LA FERME DES COMBES, UN TREMPLIN VERS L'EMPLOI",
            "Lot",
            2016,
        ),
        ("DES JARDINS PARENTS-ENFANTS EN CENTRE DE PMI", "Deux-Sèvres", 2019),
        ("Potagers partagés en résidences autonomie", "Landes", 2021),
    ]


def test_an_online_base_of_initiatives_saved_as_text_its_facts_parted_by_bars(tmp_path):
    """Each result its title, a line of facts parted by bars in any order, wrapped anywhere
    ("… | Porteur : Conseil" / "départemental du Tarn", "Département des Hautes-" / "Pyrénées
    (65) | …"), a summary, "Lire la fiche complète": each result a fiche with its collectivity,
    porteur and year (unseen93's base, longer, is detected as a recueil without being told);
    group lines counting their results ("Thématique : Logement (3 initiatives)") its chapters."""
    result = (
        "{title}\n{facts}\nUn résumé de deux phrases qui dit ce que fait l'initiative. Il dit aussi pour qui.\n"
        "Lire la fiche complète\n\n"
    )
    text = (
        "Repères solidaires\nLa base des initiatives\n\n5 initiatives correspondent à votre recherche.\n\n"
        + "".join(
            result.format(title=t, facts=f)
            for t, f in [
                (
                    "Un bail glissant pour les jeunes",
                    "Territoire : Département du Tarn (81) | Thématique : Logement | Année : 2020 | Porteur : Conseil\n"
                    "départemental du Tarn",
                ),
                (
                    "Une plateforme contre les impayés",
                    "Porteur : Conseil départemental des Hautes-Pyrénées | Territoire : Département des Hautes-\n"
                    "Pyrénées (65) | Année : 2019 | Statut : En cours",
                ),
                (
                    "Des logements pour les saisonniers",
                    "Territoire : Département du Gers (32) | Année : 2021 | Thématique : Logement |\n"
                    "Porteur : Conseil départemental du Gers",
                ),
                (
                    "Un garage solidaire",
                    "Territoire : Département de la Lozère (48) | Démarrage : 2018 | Porteur : Conseil départemental\n"
                    "de la Lozère",
                ),
                (
                    "Une équipe mobile de PMI",
                    "Porteur : Conseil départemental de l'Aveyron | Territoire : Département de l'Aveyron (12) |\n"
                    "Année : 2022",
                ),
            ]
        )
    )
    parsed = parse_text(tmp_path, text, "odas-recueil", "base.txt")
    # the base's groups, each counting its results, are its chapters
    grouped = text.replace(
        "Un bail glissant", "Thématique : Logement (3 initiatives)\n\nUn bail glissant"
    ).replace(
        "Un garage solidaire", "Thématique : Insertion et mobilité (2 initiatives)\n\nUn garage solidaire"
    )
    chapters = parse_text(tmp_path, grouped, "odas-recueil", "groupes.txt").records
    assert [(r.chapter, r.chapter_title) for r in chapters] == [
        *[(1, "Logement")] * 3,
        *[(2, "Insertion et mobilité")] * 2,
    ]
    assert [(r.title, r.departement, r.porteur, r.year) for r in parsed.records] == [
        ("Un bail glissant pour les jeunes", "Tarn", "Conseil départemental du Tarn", 2020),
        (
            "Une plateforme contre les impayés",
            "Hautes-Pyrénées",
            "Conseil départemental des Hautes-Pyrénées",
            2019,
        ),
        ("Des logements pour les saisonniers", "Gers", "Conseil départemental du Gers", 2021),
        ("Un garage solidaire", "Lozère", "Conseil départemental de la Lozère", 2018),
        ("Une équipe mobile de PMI", "Aveyron", "Conseil départemental de l'Aveyron", 2022),
    ]


def test_fiches_under_a_departement_ribbon_their_porteur_at_their_foot(tmp_path):
    """Each fiche opens on its département alone in capitals (a coloured ribbon), then its title
    and its sections; who runs it and since when are printed at its foot ("Porteur de projet :",
    "Date de lancement :"). Chapters are "1 |  Title" lines; a chapter may close on an "Et
    aussi…" list of one-line entries "Title (Département, porteur)"."""

    def fiche(dep: str, title: str, porteur: str, launch: str) -> str:
        return (
            f"{dep}\n\n{title}\n\nLe contexte\nLes habitants des hameaux isolés renonçaient souvent à leurs "
            "rendez-vous.\n\nL'initiative\nDes bénévoles conduisent les personnes qui ne peuvent plus "
            f"se déplacer seules.\n\nPorteur de projet : {porteur}\n{launch}\n"
            "Partenaires : MSA, communes adhérentes\n\n"
        )

    text = (
        "Bouger au grand âge – recueil d'initiatives 2026\n\n"
        "1 |  Se rendre à ses rendez-vous\n\nLes fiches de ce chapitre parlent de transport.\n\n"
        + fiche(
            "CREUSE",
            "Des conducteurs bénévoles pour les plateaux",
            "Association Roue de secours",
            "Date de lancement : 2019",
        )
        + fiche(
            "CHER",
            "Un minibus qui passe par les hameaux",
            "CIAS des Terres vives",
            "Date de lancement : mai 2021",
        )
        + "Et aussi…\n\n"
        "• Des vélos partagés pour les aînés (Indre, Ville de Valençay)\n"
        "• Un bon de transport pour les rendez-vous médicaux (Allier, CCAS de Moulins)\n\n"
        "2 |  S'informer\n\nUn chapitre plus court.\n\n"
        + fiche(
            "LOIR-ET-CHER",
            "Un numéro unique pour trouver un transport",
            "Département de Loir-et-Cher",
            "Date de lancement : 2022",
        )
        + fiche("INDRE", "Des ateliers pour apprivoiser le car", "Centre social du Blanc", "Lancement : 2023")
    )
    result = parse_text(tmp_path, text, "odas-recueil", "ribbon.txt")
    found = [(r.kind, r.title, r.departement, r.porteur, r.year, r.chapter) for r in result.records]
    assert [f for f in found if f[0] == "fiche"] == [
        (
            "fiche",
            "Des conducteurs bénévoles pour les plateaux",
            "Creuse",
            "Association Roue de secours",
            2019,
            1,
        ),
        ("fiche", "Un minibus qui passe par les hameaux", "Cher", "CIAS des Terres vives", 2021, 1),
        (
            "fiche",
            "Un numéro unique pour trouver un transport",
            "Loir-et-Cher",
            "Département de Loir-et-Cher",
            2022,
            2,
        ),
        ("fiche", "Des ateliers pour apprivoiser le car", "Indre", "Centre social du Blanc", 2023, 2),
    ]
    assert [f for f in found if f[0] != "fiche"] == [
        ("autre_demarche", "Des vélos partagés pour les aînés", "Indre", "Ville de Valençay", None, 1),
        (
            "autre_demarche",
            "Un bon de transport pour les rendez-vous médicaux",
            "Allier",
            "CCAS de Moulins",
            None,
            1,
        ),
    ]


def test_a_web_recueil_whose_fiches_state_their_facts_with_icons(tmp_path):
    """A recueil exported from a web CMS: "# Title" alone, chapters "## 1. …", each fiche a
    "### " title over one line of facts labelled by icons in any order ("📍 Creuse (23) · 🏛️
    CCAS de … · 📅 2021 · 🏷️ Tag"), a closing "## En bref, ailleurs" list of "**Title** — porteur
    (Département), year : text"."""

    def fiche(title: str, facts: str) -> str:
        return f"### {title}\n\n{facts}\n\nLe texte de la fiche raconte ce qui a été fait et ce qui a changé.\n\n"

    text = (
        "# Un repas pour chaque élève\n\n*Recueil d'initiatives, édition 2026*\n\n"
        "## 1. Des tarifs qui suivent les revenus\n\nUne introduction du chapitre.\n\n"
        + fiche(
            "Une cantine à 1 € pour cinq villages",
            "📍 Creuse (23) · 🏛️ SIVOS des Trois Vallées · 📅 2021 · 🏷️ Cantine à 1 €",
        )
        + fiche(
            "Dix tranches au lieu de trois",
            "🏷️ Tarification · 🏛️ Ville de Cenon · 📍 Gironde (33) · 📅 Rentrée 2020",
        )
        + "## 2. Repérer les enfants qui ne mangent pas\n\nUne autre introduction.\n\n"
        + fiche("Un fonds d'impayés de cantine", "🏛️ CCAS de Tulle · 📅 2022 · 📍 Corrèze (19)")
        + "## En bref, ailleurs\n\n"
        "- **Des paniers-repas pendant les fermetures d'école** — CCAS d'Hendaye (Pyrénées-Atlantiques), "
        "2020 : né pendant le confinement.\n"
        "- **La gratuité à partir du troisième enfant** — Commune de Saint-Sever (Landes, 40) : sans "
        "condition de ressources.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "icons.md").records
    fiches = [
        (r.title, r.departement, r.porteur, r.year, r.chapter, r.theme_label)
        for r in records
        if r.kind == "fiche"
    ]
    assert fiches == [
        (
            "Une cantine à 1 € pour cinq villages",
            "Creuse",
            "SIVOS des Trois Vallées",
            2021,
            1,
            "Cantine à 1 €",
        ),
        ("Dix tranches au lieu de trois", "Gironde", "Ville de Cenon", 2020, 1, "Tarification"),
        ("Un fonds d'impayés de cantine", "Corrèze", "CCAS de Tulle", 2022, 2, None),
    ]
    others = [(r.title, r.departement, r.porteur, r.year) for r in records if r.kind != "fiche"]
    assert others == [
        ("Des paniers-repas pendant les fermetures d'école", "Pyrénées-Atlantiques", "CCAS d'Hendaye", 2020),
        ("La gratuité à partir du troisième enfant", "Landes", "Commune de Saint-Sever", None),
    ]


def test_a_recueil_set_out_by_departement_each_fiche_a_marked_title_over_its_porteur(tmp_path):
    """The chapters are the départements ("ARDÈCHE (07)", one to three fiches each, no chapter
    word anywhere), each fiche "▪ Title" (wrapped onto a line in lower case at times) over its
    porteur and year ("Ville de Privas – depuis septembre 2020", "CCAS d'Aubenas, 2021")."""

    def fiche(title: str, carrier: str) -> str:
        return f"▪ {title}\n{carrier}\n\nContexte\nUn texte qui décrit le besoin et la réponse apportée.\n\n"

    text = (
        "Cantines solidaires – Recueil 2026\n\n"
        "ARDÈCHE (07)\n\n"
        + fiche(
            "Une tarification au quotient familial pour les cantines",
            "Ville de Privas – depuis septembre 2020",
        )
        + fiche("Le repas à 1 € dans les écoles de la vallée", "CCAS d'Aubenas, 2021")
        + "DRÔME (26)\n\n"
        + fiche(
            "Repérer les enfants qui ne déjeunent plus à la cantine : une veille\n  partagée entre écoles",
            "CCAS de Valence, depuis 2022",
        )
        + "ISÈRE (38)\n\n"
        + fiche("Un coup de pouce cantine pour les parents solos", "Ville de Vienne")
    )
    records = parse_text(tmp_path, text, "odas-recueil", "departements.txt").records
    assert [(r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("Une tarification au quotient familial pour les cantines", "Ardèche", "Ville de Privas", 2020, 1),
        ("Le repas à 1 € dans les écoles de la vallée", "Ardèche", "CCAS d'Aubenas", 2021, 1),
        (
            "Repérer les enfants qui ne déjeunent plus à la cantine : une veille partagée entre écoles",
            "Drôme",
            "CCAS de Valence",
            2022,
            2,
        ),
        ("Un coup de pouce cantine pour les parents solos", "Isère", "Ville de Vienne", None, 3),
    ]


def test_an_identity_line_whose_porteur_opens_on_a_label_word(tmp_path):
    """ "Haut-Rhin | Collectivité européenne d'Alsace | depuis 2022": "Collectivité" opens the
    porteur's name (a word in lower case follows), it labels nothing; the others keep theirs."""

    def fiche(title: str, identity: str) -> str:
        return (
            f"{title}\n{identity}\n\nLe constat. Des interventions répétées restaient sans suite sociale.\n\n"
            "L'action. Une intervenante reçoit les personnes dans les locaux de la police.\n\n"
        )

    text = (
        "Recueil d'initiatives 2031\n\nChapitre 1\nAller vers les victimes\n\n"
        + fiche("Un relais vers la psychiatrie de secteur", "Haut-Rhin | Collectivité européenne d'Alsace | depuis 2022")
        + fiche("Une permanence au commissariat", "Gers | Département du Gers | 2019")
        + fiche("Une intervenante en brigade", "Tarn | CCAS d'Albi | depuis 2020")
    )  # fmt: skip
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.departement, r.porteur, r.year) for r in records] == [
        ("Haut-Rhin", "Collectivité européenne d'Alsace", 2022),
        ("Gers", "Département du Gers", 2019),
        ("Tarn", "CCAS d'Albi", 2020),
    ]


def test_fiches_whose_identity_is_told_in_a_sentence_under_their_title(tmp_path):
    """An e-book's recueil: "PARTIE 1" over its title, "Fiche 1" over each fiche's title, the
    identity told in one sentence of the recueil's own words (no labels), a fiche without a
    year, and "D'autres initiatives" closing a part, each "– Title (Porteur)"."""

    def fiche(n: int, title: str, told: str) -> str:
        return (
            f"Fiche {n}\n{title}\n\n{told}\n\nLe contexte\nLes familles attendaient une réponse "
            "plus proche de chez elles et plus rapide.\n\n"
        )

    text = (
        "SOMMAIRE\n\nPARTIE 1 – Accueillir ................ 3\n"
        "   Fiche 1    Un pôle ressources pour les crèches ........ 4\n"
        "   Fiche 2    Des assistantes maternelles formées ....... 5\n"
        "   Fiche 3    Une crèche inclusive en quartier prioritaire ... 6\n"
        "   Fiche 4    Des temps d'éveil partagés ............... 7\n"
        "   D'autres initiatives .............................. 8\n\n\f"
        "PARTIE 1\nAccueillir\n\n"
        + fiche(1, "Un pôle ressources pour les crèches",
                "Une initiative du Département de la Marne, portée par la direction de l'enfance depuis 2020.")
        + fiche(2, "Des assistantes maternelles formées",
                "Une initiative du Département des Vosges, conduite depuis 2018 par le service de PMI.")
        + fiche(3, "Une crèche inclusive en quartier prioritaire",
                "Portée par le CCAS de Mulhouse (Haut-Rhin) depuis 2021, cette crèche réserve un tiers de ses places.")
        + fiche(4, "Des temps d'éveil partagés",
                "Une initiative de la Ville de Verdun (Meuse), menée avec l'institut médico-éducatif voisin.")
        + "D'autres initiatives\n\nPlusieurs collectivités ont signalé des démarches plus récentes :\n\n"
        "– Des malles de jeux adaptés prêtées aux accueils de loisirs (Ville d'Épinal)\n"
        "– Un mercredi partagé entre enfants valides et enfants polyhandicapés (CCAS de\n  Thionville)\n"
    )  # fmt: skip
    records = parse_text(tmp_path, text, "odas-recueil", "ebook.txt").records
    assert [(r.kind, r.departement, r.porteur, r.year) for r in records] == [
        ("fiche", "Marne", "direction de l'enfance", 2020),
        ("fiche", "Vosges", "service de PMI", 2018),
        ("fiche", "Haut-Rhin", "CCAS de Mulhouse", 2021),
        ("fiche", "Meuse", "Ville de Verdun", None),
        ("autre_demarche", None, "Ville d'Épinal", None),
        ("autre_demarche", None, "CCAS de Thionville", None),
    ]


def test_fiches_titled_beside_their_facts_and_entries_told_as_sentences(tmp_path):
    """pdftotext -layout of a recueil: each fiche's title on the left, its département, porteur
    (wrapped in the narrow column), year and status at the right margin on the same lines and
    below; "Autres démarches" listing "- Title. Text …" under each département."""

    def fiche(title: list[str], facts: list[str]) -> str:
        rows = [f"{t:<60}{f}" for t, f in zip(title, facts, strict=False)]
        rows += [" " * 60 + f for f in facts[len(title) :]]
        return (
            "\n".join(rows)
            + "\n\nContexte\nUn texte qui dit pourquoi l'action est née et ce qu'elle change.\n\n"
        )

    text = (
        "SOMMAIRE\n\nCHAPITRE 1 – PRÉVENIR ........................ 2\n"
        "   Des référents « fugue » dans chaque maison d'enfants ...... 2\n"
        "   Une astreinte éducative joignable la nuit ........... 3\n"
        "   Autres démarches repérées ........................... 4\n\n\f"
        "CHAPITRE 1 – PRÉVENIR\n\n"
        + fiche(["Des référents « fugue » dans chaque maison", "d'enfants"],
                ["MORBIHAN", "Département du Morbihan", "Depuis 2021", "Statut : pérennisé"])
        + fiche(["Une astreinte éducative joignable la", "nuit"],
                ["GARD", "Direction enfance famille,", "Département du Gard", "2021"])
        + "AUTRES DÉMARCHES REPÉRÉES\n\nDépartement de l'Aisne\n"
        "- Des ateliers de portage bébé dans les UTAS. Animés par des auxiliaires, ils réunissent\n"
        "  chaque mois de petits groupes de parents.\n\n"
        "Département du Nord\n- Un kit « Bienvenue bébé » pour les familles. Remis par les assistantes sociales.\n"
    )  # fmt: skip
    records = parse_text(tmp_path, text, "odas-recueil", "side.txt").records
    assert [(r.title, r.kind, r.departement, r.porteur, r.year) for r in records] == [
        ("Des référents « fugue » dans chaque maison d'enfants", "fiche", "Morbihan", "Département du Morbihan", 2021),
        ("Une astreinte éducative joignable la nuit", "fiche", "Gard", "Direction enfance famille, Département du Gard", 2021),
        ("Des ateliers de portage bébé dans les UTAS", "autre_demarche", "Aisne", None, None),
        ("Un kit « Bienvenue bébé » pour les familles", "autre_demarche", "Nord", None, None),
    ]  # fmt: skip


def test_a_base_of_initiatives_exported_as_csv(tmp_path):
    """An online base's export: "Titre;Département;Porteur;Année de lancement;Thématique;
    Statut;Résumé", summaries quoted over lines (a ";" inside), a cell empty, an export note
    at the end. Found unasked; each row a fiche, its chapter its thematic's rank."""
    text = (
        "Titre;Département;Porteur;Année de lancement;Thématique;Statut;Résumé\n"
        "Relais parents-bébés itinérant;Côtes-d'Armor;Conseil départemental des Côtes-d'Armor;2029;Enfance;"
        'Pérennisée;"Un camping-car aménagé sillonne le centre du département ;\nune puéricultrice y reçoit."\n'
        "Accueil de jour pour adolescents;Finistère;Association Don Bosco;2031;Enfance;En cours;"
        '"Un local ouvert aux jeunes en rupture."\n'
        'Chantier d\'insertion ostréicole;Morbihan;CCAS de Vannes;;Insertion;En cours;"Un chantier sur la ria."\n'
        "Permis de conduire solidaire;Ille-et-Vilaine;CCAS de Rennes;2030;Insertion;;"
        '"Des heures de conduite à prix réduit."\n\n'
        "Export réalisé le 05/03/2034 – 4 initiatives exportées\n"
    )
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.kind, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("fiche", "Côtes-d'Armor", "Conseil départemental des Côtes-d'Armor", 2029, 1),
        ("fiche", "Finistère", "Association Don Bosco", 2031, 1),
        ("fiche", "Morbihan", "CCAS de Vannes", None, 2),
        ("fiche", "Ille-et-Vilaine", "CCAS de Rennes", 2030, 2),
    ]


def test_a_base_exported_to_markdown_each_fiche_under_its_breadcrumb_trail(tmp_path):
    """An online base's selection exported to markdown: a contents list numbered without pages
    under "## Contenu de la sélection (3 initiatives)"; "## Thème : …" chapters, unnumbered, under
    the document's one "#" title; each fiche under a trail "Accueil › Initiatives › Bretagne ›
    Finistère › Title" (its département the trail's), its facts "**Porteur**" / value after its
    text, a page footer between rules inside one; a closing "### Voir aussi" list of links, each
    with "Département · porteur · lancée en 2030" indented under it."""
    fiche = (
        "Accueil › Initiatives › Bretagne › {dep} › {title}\n\n### {title}\n\n{text}\n\n"
        "**Porteur**\n{porteur}\n\n**Année de démarrage**\n{year}\n\n**Statut**\nEn cours\n\n---\n\n"
    )
    text = (
        "# Base des initiatives locales\n\n## Contenu de la sélection (3 initiatives)\n\n"
        "1. Un relais des aidants en presqu'île\n2. Des ateliers cuisine dans les foyers de jeunes\n"
        "3. Une halte-garderie itinérante\n\n---\n\n## Thème : Autonomie\n\n"
        + fiche.format(
            dep="Finistère",
            title="Un relais des aidants en presqu'île",
            text="Un relais accueille les aidants deux jours par semaine.\n\n---\n*Export – page 2/5*\n---\n\n"
            "Il prête aussi du matériel.",
            porteur="CCAS de Crozon",
            year=2029,
        )
        + "## Thème : Jeunesse et familles\n\n"
        + fiche.format(
            dep="Morbihan",
            title="Des ateliers cuisine dans les foyers de jeunes",
            text="Des ateliers réunissent les résidents chaque mois.",
            porteur="Association Habitat Jeunes",
            year=2030,
        )
        + fiche.format(
            dep="Côtes-d'Armor",
            title="Une halte-garderie itinérante",
            text="Un camion aménagé accueille les jeunes enfants dans les bourgs.",
            porteur="Département des Côtes-d'Armor",
            year=2031,
        )
        + "### Voir aussi\n\nD'autres initiatives de la base :\n\n"
        "- [Un jardin partagé au pied des immeubles](/initiatives/jardin)\n"
        "  Ille-et-Vilaine · CCAS de Rennes · lancée en 2030\n"
        "- [Une navette vers le marché](/initiatives/navette)\n  Morbihan · Commune de Pontivy · lancée en 2028\n"
    )
    path = tmp_path / "base.md"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("fiche", "Un relais des aidants en presqu'île", "Finistère", "CCAS de Crozon", 2029, 1),
        (
            "fiche",
            "Des ateliers cuisine dans les foyers de jeunes",
            "Morbihan",
            "Association Habitat Jeunes",
            2030,
            2,
        ),
        ("fiche", "Une halte-garderie itinérante", "Côtes-d'Armor", "Département des Côtes-d'Armor", 2031, 2),
        (
            "autre_demarche",
            "Un jardin partagé au pied des immeubles",
            "Ille-et-Vilaine",
            "CCAS de Rennes",
            2030,
            2,
        ),
        ("autre_demarche", "Une navette vers le marché", "Morbihan", "Commune de Pontivy", 2028, 2),
    ]


def test_fiches_whose_departement_is_only_in_the_pages_running_header(tmp_path):
    """A printed recueil as pdftotext leaves it: each page opens (or closes) on a running header
    naming its fiche's département after a dash, the page number on either side; the chapter's
    band "1 | TITLE" atop each page; a title wrapped over two lines; "Autres démarches" entries
    "[Cantal] Title" (one title wrapped onto a line of its own), their text, then "Porteur : … –
    Lancement : 2030"."""
    page = "\f{head}\n\n    1 | AGIR AUPRÈS DES FAMILLES\n\n    {title}\n\n    Porteur             {porteur}\n    Lancement           {year}\n\n    CONTEXTE\n\n    Un texte qui dit le contexte de l'initiative.\n\n"
    text = (
        "    SOMMAIRE\n    CHAPITRE 1 – AGIR AUPRÈS DES FAMILLES .................... 3\n"
        "       Des visites à domicile après la naissance dans les\n       vallées ......................... 3\n"
        "       Un lieu d'accueil parents-enfants ........................ 4\n"
        "       Une aide aux devoirs en milieu rural ..................... 5\n"
        "    CHAPITRE 2 – AUTRES DÉMARCHES ............................ 6\n\n"
        "\f    CHAPITRE 1\n    AGIR AUPRÈS DES FAMILLES\n\n"
        + page.format(
            head="3                                SOLIDARITÉS LOCALES — ALLIER",
            title="Des visites à domicile après la naissance dans les\n    vallées",
            porteur="Service de PMI",
            year=2029,
        )
        + page.format(
            head="SOLIDARITÉS LOCALES — PUY-DE-DÔME                                4",
            title="Un lieu d'accueil parents-enfants",
            porteur="Direction de l'enfance",
            year=2030,
        )
        + page.format(
            head="5                                SOLIDARITÉS LOCALES — LOIRE",
            title="Une aide aux devoirs en milieu rural",
            porteur="Direction de l'éducation",
            year=2031,
        )
        + "\f6                                SOLIDARITÉS LOCALES — AUTRES DÉMARCHES\n\n"
        "    CHAPITRE 2 – AUTRES DÉMARCHES\n\n"
        "    [Cantal] Un bus des droits pour les parents d'enfants en situation\n    de handicap\n"
        "    Le bus passe chaque mois dans les bourgs.\n    Porteur : Direction de l'autonomie – Lancement : 2030\n\n"
        "    [Drôme] Des ateliers numériques dans les vallées\n    Des ateliers de six séances.\n"
        "    Lancement : 2029\n"
    )
    path = tmp_path / "recueil.txt"
    path.write_text(text, encoding="utf-8")
    records = parse_file(path).records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        (
            "fiche",
            "Des visites à domicile après la naissance dans les vallées",
            "Allier",
            "Service de PMI",
            2029,
            1,
        ),
        ("fiche", "Un lieu d'accueil parents-enfants", "Puy-de-Dôme", "Direction de l'enfance", 2030, 1),
        ("fiche", "Une aide aux devoirs en milieu rural", "Loire", "Direction de l'éducation", 2031, 1),
        (
            "autre_demarche",
            "Un bus des droits pour les parents d'enfants en situation de handicap",
            "Cantal",
            "Direction de l'autonomie",
            2030,
            2,
        ),
        ("autre_demarche", "Des ateliers numériques dans les vallées", "Drôme", None, 2029, 2),
    ]


def test_fiches_written_as_interviews_closing_on_a_technical_line(tmp_path):
    """Each fiche an interview under "#### Title": an italic line meeting its porteur, bold
    questions, answers led by the speaker's name, a page's rule and an italic running line
    between two answers, then "*Fiche technique :* Département / porteur / depuis 2030 / status"
    (wrapped onto a second line once, or giving no département); "Autres démarches" entries
    "**Title**" over "CCAS de … — depuis 2031"."""

    def fiche(title: str, facts: str) -> str:
        return (
            f"#### {title}\n\n*Rencontre avec Claire Martin, cheffe de service, qui a lancé la démarche.*\n\n"
            "**D'où vient l'idée ?**\n\n**Claire Martin :** D'un constat partagé avec les équipes.\n\n"
            "---\n\n*Paroles de porteurs – Chapitre 1*\n\n**Et ensuite ?**\n\nNous voulons étendre la démarche.\n\n"
            f"*Fiche technique :* {facts}\n\n---\n\n"
        )

    text = (
        "# PAROLES DE PORTEURS\n\n## Sommaire\n\nChapitre 1 – Aller vers .......... 3\n\n"
        "## Chapitre 1 – Aller vers\n\n### Rompre l'isolement\n\n"
        + fiche("Des visites de convivialité", "Calvados / CCAS de Lisieux / depuis 2030 / en cours")
        + fiche(
            "Une ligne d'appels sortants",
            "Manche / CCAS de Granville / lancé à l'été 2029,\ngénéralisé en 2031 / pérennisé",
        )
        + fiche("Un comité d'usagers", "CCAS de Caen / 2031 / en cours")
        + "## Autres démarches repérées\n\n### Eure\n\n**Une conciergerie solidaire**\nCCAS de Vernon — depuis 2031\n"
        "Un point d'accueil tenu par des bénévoles.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "interviews.md").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.status) for r in records] == [
        ("fiche", "Des visites de convivialité", "Calvados", "CCAS de Lisieux", 2030, "en cours"),
        ("fiche", "Une ligne d'appels sortants", "Manche", "CCAS de Granville", 2029, "pérennisé"),
        ("fiche", "Un comité d'usagers", None, "CCAS de Caen", 2031, "en cours"),
        ("autre_demarche", "Une conciergerie solidaire", "Eure", "CCAS de Vernon", 2031, None),
    ]


def _site_page(keys: str, body: str) -> str:
    return f"---\n{keys}---\n\n{body}\n"


def test_a_recueil_exported_from_a_static_site_each_page_with_its_front_matter(tmp_path):
    """A site of initiatives exported whole: pages one after another, each opening on its own
    front matter. A page with a collectivity, a porteur or a year is a fiche (a key may be
    missing: its collectivity then comes from the contents, "[Title](/url) — Gard"); a page with a
    chapter number only opens the chapter; the site's own keys (layout, permalink) are nobody's
    facts; a later page's table lists short entries. Detected without `--kind`."""
    pages = [
        _site_page(
            "layout: accueil\ntitle: Initiatives des vallées\n",
            "# Initiatives des vallées\n\n## Sommaire\n\n"
            "- [Un guichet mobile](/f/guichet/) — Lozère\n- [Des repas partagés](/f/repas/) — Gard\n"
            "- [Un bus pour l'emploi](/f/bus/) — Ardèche\n",
        ),
        _site_page(
            "layout: chapitre\nchapitre: 1\ntitre: Aller vers\n",
            "Deux fiches sur les services qui se déplacent.",
        ),
        _site_page(
            'layout: fiche\ntitre: "Un guichet mobile"\ndepartement: Lozère\nporteur: Département de la Lozère\n'
            "annee: 2031\nstatut: en cours\ntheme: Services itinérants\npermalink: /f/guichet/\n",
            "## Contexte\n\nLes permanences fermaient une à une dans les bourgs du plateau.",
        ),
        _site_page(
            "layout: fiche\ntitre: Des repas partagés\nporteur: CCAS d'Alès\nannee: 2030\n"
            "statut: pérennisé\ntheme: Lien social\n",
            "À Alès, le CCAS ouvre sa salle trois midis par semaine.",
        ),
        _site_page("layout: chapitre\nchapitre: 2\ntitre: Emploi\n", "Une fiche sur l'emploi."),
        _site_page(
            "layout: fiche\ntitre: Un bus pour l'emploi\ndepartement: Ardèche\nporteur: Mission locale\n"
            "annee: depuis 2029\nchapitre: 2\n",
            "## Objectifs\n\nConduire les candidats aux entretiens.",
        ),
        _site_page(
            "layout: page\ntitre: Autres démarches\n",
            "| Département | Démarche | Porteur | Depuis |\n|---|---|---|---|\n"
            "| Lozère | Une navette vers le marché | CCAS de Mende | 2032 |\n"
            "| Gard | Un café des aidants | Département du Gard | 2028 |\n",
        ),
    ]
    path = tmp_path / "site.md"
    path.write_text("\n".join(pages), encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "odas-recueil"
    got = [
        (r.kind, r.title, r.departement, r.porteur, r.year, r.chapter, r.theme_label, r.status)
        for r in result.records
    ]
    assert got == [
        (
            "fiche",
            "Un guichet mobile",
            "Lozère",
            "Département de la Lozère",
            2031,
            1,
            "Services itinérants",
            "en cours",
        ),
        ("fiche", "Des repas partagés", "Gard", "CCAS d'Alès", 2030, 1, "Lien social", "pérennisé"),
        ("fiche", "Un bus pour l'emploi", "Ardèche", "Mission locale", 2029, 2, None, None),
        (
            "autre_demarche",
            "Une navette vers le marché",
            "Lozère",
            "CCAS de Mende",
            2032,
            None,
            "Autres démarches",
            None,
        ),
        (
            "autre_demarche",
            "Un café des aidants",
            "Gard",
            "Département du Gard",
            2028,
            None,
            "Autres démarches",
            None,
        ),
    ]
    assert "Les permanences fermaient" in result.records[0].sections["Contexte"]
    assert "layout" not in str(result.records[0].sections) and "permalink" not in str(
        result.records[0].sections
    )


def test_a_recueil_sent_as_a_plain_text_letter_each_initiative_tagged_with_its_departement(tmp_path):
    """A network's e-mailed letter of initiatives: chapters and sub-themes underlined ("=====",
    "-----"), each initiative opening on "[Département] Porteur — Title" over its text, closed by
    "Depuis 2029 · en cours" (or "Depuis mars 2030 · …", or nothing) and a link; an "EN BREF"
    list of one-line entries; the letter's foot under a full rule is nobody's entry. Detected as
    a recueil though its links read like a site's "En savoir plus"."""
    body = (
        "Le réseau partage six initiatives de ses membres.\n\n"
        "1. ENFANCE ET FAMILLES\n======================\n\n"
        "Autour de la naissance\n----------------------\n\n"
        "[Gers] Département du Gers — Une visite à domicile après chaque naissance\n"
        "Les sages-femmes de PMI rendent visite à toutes les familles du canton. En 2030,\n"
        "six cents familles en ont bénéficié.\n"
        "Depuis 2029 · en cours\n"
        "En savoir plus : https://exemple.fr/naissance\n\n* * *\n\n"
        "[Landes (40)] CCAS de Dax — Des places de crèche pour les parents en formation\n"
        "Dix places sont réservées à des parents engagés dans une formation qualifiante.\n"
        "Depuis mars 2030 · expérimentation\n"
        "En savoir plus : https://exemple.fr/creche\n\n* * *\n\n"
        "[Aude] Association Les Passeurs — Un accueil de jour pour éviter les placements\n"
        "Des adolescents sont accueillis en journée et rentrent dormir chez eux le soir.\n"
        "En savoir plus : https://exemple.fr/accueil\n\n\n"
        "2. VIEILLIR CHEZ SOI\n====================\n\n"
        "[Tarn] CCAS d'Albi — Un bus de l'autonomie dans les communes rurales\n"
        "Un bus aménagé s'arrête chaque semaine dans une commune différente du canton.\n"
        "Depuis 2028 · pérennisé\n"
        "En savoir plus : https://exemple.fr/bus\n\n\n"
        "EN BREF\n=======\n\n"
        "- [Lot] Département du Lot — Une ligne d'écoute pour les aidants (depuis 2031) → https://exemple.fr/ecoute\n"
        "- [Gers] CCAS d'Auch — Des pique-niques des droits au pied des immeubles\n\n\n"
        + "-" * 60
        + "\nÉcrivez-nous : contact@exemple.fr\nSe désinscrire : https://exemple.fr/stop\n"
    )
    path = tmp_path / "lettre.txt"
    path.write_text(body, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "odas-recueil"
    got = [(r.kind, r.title, r.departement, r.porteur, r.year, r.status, r.chapter) for r in result.records]
    assert got == [
        (
            "fiche",
            "Une visite à domicile après chaque naissance",
            "Gers",
            "Département du Gers",
            2029,
            "en cours",
            1,
        ),
        (
            "fiche",
            "Des places de crèche pour les parents en formation",
            "Landes",
            "CCAS de Dax",
            2030,
            "expérimentation",
            1,
        ),
        (
            "fiche",
            "Un accueil de jour pour éviter les placements",
            "Aude",
            "Association Les Passeurs",
            None,
            None,
            1,
        ),
        (
            "fiche",
            "Un bus de l'autonomie dans les communes rurales",
            "Tarn",
            "CCAS d'Albi",
            2028,
            "pérennisé",
            2,
        ),
        ("autre_demarche", "Une ligne d'écoute pour les aidants", "Lot", "Département du Lot", 2031, None, 2),
        (
            "autre_demarche",
            "Des pique-niques des droits au pied des immeubles",
            "Gers",
            "CCAS d'Auch",
            None,
            None,
            2,
        ),
    ]
    assert result.records[0].theme_label == "Autour de la naissance"


def test_a_recueil_set_out_by_territory_its_fiches_under_underlined_departements(tmp_path):
    """Chapters are régions ("1. OCCITANIE" over "===="), the départements sub-headings over
    dashes ("Gers (32)"), each fiche a "■ Title" over its "Thématique :" / "Territoire :" lines
    (a territory inside the département, not one), its facts closing it in brackets, labelled and
    parted by semicolons; a wrapped credit at the end is nobody's entry."""
    fiche = (
        "■ {title}\n\nThématique : {theme}\nTerritoire : {where}\n\n"
        "Contexte\nÀ {where}, les habitants des bourgs éloignés renonçaient à leurs droits faute de\n"
        "transport ; le service a voulu aller vers eux plutôt que de les attendre.\n\n"
        "      ({facts})\n\n"
    )
    text = (
        "1. OCCITANIE\n============\n\nDeux départements ruraux.\n\n"
        "Gers (32)\n---------\n\n"
        + fiche.format(
            title="Un référent unique pour les allocataires du RSA",
            theme="insertion",
            where="Astarac et Lomagne",
            facts="Porteur : Département du Gers ; lancement : 2029 ; statut : en cours",
        )
        + fiche.format(
            title="Des relais répit à domicile",
            theme="aidants",
            where="tout le département",
            facts="Porteur : Département du Gers, direction de l'autonomie ;\n       lancement : 2030 ; statut : pérennisé",
        )
        + "Lot (46)\n--------\n\n"
        + fiche.format(
            title="Une navette vers les consultations",
            theme="santé",
            where="Causses et vallées",
            facts="Porteur : CCAS de Figeac ; lancement : 2031 ; statut : expérimentation",
        )
        + "Recueil coordonné par le réseau. Reproduction autorisée\navec mention de la source.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "territoires.txt")
    got = [(r.title, r.departement, r.porteur, r.year, r.status, r.chapter) for r in result.records]
    assert got == [
        (
            "Un référent unique pour les allocataires du RSA",
            "Gers",
            "Département du Gers",
            2029,
            "en cours",
            1,
        ),
        (
            "Des relais répit à domicile",
            "Gers",
            "Département du Gers, direction de l'autonomie",
            2030,
            "pérennisé",
            1,
        ),
        ("Une navette vers les consultations", "Lot", "CCAS de Figeac", 2031, "expérimentation", 1),
    ]


def test_other_entries_by_departement_each_a_title_over_its_porteur_line(tmp_path):
    """ "Autres démarches": a sentence introducing them, then each département in capitals over
    its entries, each entry a title over "Porteur : X – depuis 2021" over a line of text, no
    blank line between: the entries with their porteur and start, the introduction none."""
    fiche = (
        "Un relais des aidants en milieu rural\n\nDépartement : Somme\nPorteur : Département de la Somme\n"
        "Année : 2029\n\nUn texte qui décrit le relais des aidants et ses premiers résultats.\n\n"
    )
    text = (
        "CHAPITRE 1 – ACCOMPAGNER LES AIDANTS\n\n"
        + fiche
        + fiche.replace("Un relais", "Un café").replace("Somme", "Oise")
        + fiche.replace("Un relais", "Une plateforme").replace("Somme", "Aisne")
        + "AUTRES DÉMARCHES\n\n"
        "D'autres collectivités nous ont signalé des actions plus récentes. Elles sont présentées ici, "
        "par département.\n\nAISNE\n\nSéjours de vacances aidant-aidé\n"
        "Porteur : CCAS de Saint-Quentin – depuis 2030\nUne semaine par an au bord de la mer.\n\n"
        "NORD\n\nUne ligne d'écoute pour les parents aidants\nPorteur : Département du Nord – depuis 2031\n"
        "Une permanence téléphonique tenue par des parents formés.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    others = [(r.title, r.departement, r.porteur, r.year) for r in records if r.kind == "autre_demarche"]
    assert others == [
        ("Séjours de vacances aidant-aidé", "Aisne", "CCAS de Saint-Quentin", 2030),
        ("Une ligne d'écoute pour les parents aidants", "Nord", "Département du Nord", 2031),
    ]


def test_a_base_exported_as_csv_with_its_numbered_chapters_subthemes_and_short_entries(tmp_path):
    """A CSV file (".csv", a BOM, "N°" first): its chapter cells number themselves ("2 - …"), a
    "Sous-thème" column gives each row's sub-theme, a "Type" column tells the short entries
    ("Autre démarche") from the full sheets; a quoted summary runs over lines."""
    text = (
        "\ufeffN°;Chapitre;Sous-thème;Titre;Département;Porteur;Année de lancement;Statut;Résumé;Type\n"
        "1.1;1 - Vivre chez soi;Habitat;Des colocations pour seniors;Gironde;CCAS de Libourne;2020;en cours;"
        '"Trois logements partagés ; un ""maître de maison"" présent le jour.\nBilan : 14 habitants.";Fiche\n'
        "1.2;1 - Vivre chez soi;Habitat;Un bricobus pour les petits travaux;Landes;Département des Landes;"
        "2021;pérennisé;Un camion-atelier passe dans les villages.;Fiche\n"
        "2.1;2 - Aller vers;Mobilité;Le permis à un euro accompagné;Dordogne;Mission locale du Périgord;"
        "2019;;Des leçons financées et un suivi renforcé.;Fiche\n"
        "2.A;2 - Aller vers;;Une navette vers les marchés;Lot-et-Garonne;CIAS d'Albret;2022;;Courte présentation.;"
        "Autre démarche\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "base.csv").records
    assert [(r.title, r.kind, r.chapter, r.theme_label, r.departement, r.year) for r in records] == [
        ("Des colocations pour seniors", "fiche", 1, "Habitat", "Gironde", 2020),
        ("Un bricobus pour les petits travaux", "fiche", 1, "Habitat", "Landes", 2021),
        ("Le permis à un euro accompagné", "fiche", 2, "Mobilité", "Dordogne", 2019),
        ("Une navette vers les marchés", "autre_demarche", 2, None, "Lot-et-Garonne", 2022),
    ]
    assert records[0].chapter_title == "Vivre chez soi"
    assert "maître de maison" in next(iter(records[0].sections.values()))


def test_numbered_initiatives_whose_identity_is_told_in_their_first_sentence(tmp_path):
    """ "Initiative n° 3 – Title" under "Thème 2 : …" lines and numbered parts, a contents list
    with dot leaders before "p. 7": each initiative's département, porteur and start year come
    from its first sentence, whatever its shape; an italic "_Statut : …_" closes some; "FICHE 07
    (suite)"-like continuations are no fiche."""
    text = (
        "Recueil des initiatives sociales de Bretagne – 2026\n\nSOMMAIRE\n\n"
        "1re partie – Vieillir chez soi ............................. p. 3\n"
        "   Thème 1 : Le lien social\n"
        "   Initiative n° 1 – Des facteurs qui passent voir les aînés ...... p. 3\n"
        "   Initiative n° 2 – Un café mémoire itinérant ................... p. 4\n"
        "2e partie – Familles ...................................... p. 5\n"
        "   Thème 2 : Parentalité\n"
        "   Initiative n° 3 – Une halte-garderie pour les parents en formation p. 5\n\n"
        "1re partie – Vieillir chez soi\n\nThème 1 : Le lien social\n\n"
        "Initiative n° 1 – Des facteurs qui passent voir les aînés\n\n"
        "Dans le Finistère, le CCAS de Morlaix organise depuis 2021 des visites hebdomadaires par les\n"
        "facteurs chez les personnes isolées. Les visites sont notées dans un carnet partagé.\n\n"
        "_Statut : pérennisé_\n\n"
        "Initiative n° 2 – Un café mémoire itinérant\n\n"
        "Lancé au printemps 2023 par l'association Mémoire Vive, en Ille-et-Vilaine, le café réunit\n"
        "chaque mois des aidants dans une salle des fêtes différente.\n\n"
        "Initiative n° 2 (suite) – Un café mémoire itinérant\n\n"
        "Les bénévoles ont été formés par une psychologue.\n\n"
        "2e partie – Familles\n\nThème 2 : Parentalité\n\n"
        "Initiative n° 3 – Une halte-garderie pour les parents en formation\n\n"
        "Au cœur du quartier de Kerfraval, à Morlaix, la communauté d'agglomération du Pays de Morlaix\n"
        "a ouvert en 2024 une halte-garderie dans les Côtes-d'Armor voisines.\n\n"
        "_Statut : expérimentation_\n"
    )
    records = parse_text(tmp_path, text, None, "recueil.txt").records
    assert [
        (r.title, r.departement, r.porteur, r.year, r.chapter, r.theme_label, r.status) for r in records
    ] == [
        (
            "Des facteurs qui passent voir les aînés",
            "Finistère",
            "CCAS de Morlaix",
            2021,
            1,
            "Le lien social",
            "pérennisé",
        ),
        (
            "Un café mémoire itinérant",
            "Ille-et-Vilaine",
            "association Mémoire Vive",
            2023,
            1,
            "Le lien social",
            None,
        ),
        (
            "Une halte-garderie pour les parents en formation",
            "Côtes-d'Armor",
            "communauté d'agglomération du Pays de Morlaix",
            2024,
            2,
            "Parentalité",
            "expérimentation",
        ),
    ]


def test_a_directory_fiche_with_a_wrapped_title_and_no_departement_row(tmp_path):
    """ "Fiche n° 2" over a title with a colon wrapped on two lines, its header opening on the
    porteur (a départemental council): the fiche is read, its département the council's; a
    closing list "Title (Porteur, Département, year)" gives each short entry its start."""
    row = "{:<20}{}\n"
    text = (
        "CHAPITRE I – ALLER VERS\n\n"
        "Fiche n° 1\nLe bus des droits du Vercors\n\n"
        + row.format("Département", "Isère (38)")
        + row.format("Porteur", "CCAS de Villard-de-Lans")
        + row.format("Depuis", "2019")
        + "\n"
        + row.format("Description", "Un bus fait étape dans les villages une fois par semaine.")
        + "\nFiche n° 2\nLa route des services : permanence sociale, bibliothèque et épicerie dans\n"
        "les villages du Vercors\n\n"
        + row.format("Porteur", "Conseil départemental de la Drôme – centre médico-social de")
        + " " * 20
        + "Die\n"
        + row.format("Depuis", "2020")
        + row.format("Statut", "pérennisé")
        + "\n"
        + row.format("Description", "Trois services font étape ensemble dans onze villages.")
        + "\nFiche n° 3\nUn garage solidaire en montagne\n\n"
        + row.format("Département", "Savoie (73)")
        + row.format("Porteur", "Association Roue Libre")
        + row.format("Depuis", "2018")
        + "\nAutres initiatives repérées\n\n"
        "  – Une épicerie mobile des plateaux (CCAS de Die, Drôme, 2022)\n"
        "  – Des ateliers numériques en mairie (CCAS d'Annecy, Haute-Savoie, 2021)\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "annuaire.txt").records
    assert [(r.kind, r.title, r.departement, r.year) for r in records] == [
        ("fiche", "Le bus des droits du Vercors", "Isère", 2019),
        (
            "fiche",
            "La route des services : permanence sociale, bibliothèque et épicerie dans les villages du Vercors",
            "Drôme",
            2020,
        ),
        ("fiche", "Un garage solidaire en montagne", "Savoie", 2018),
        ("autre_demarche", "Une épicerie mobile des plateaux", "Drôme", 2022),
        ("autre_demarche", "Des ateliers numériques en mairie", "Haute-Savoie", 2021),
    ]


def test_a_departements_own_recueil_by_territory_its_short_entries_dashed(tmp_path):
    """A council's recueil naming its département on its cover only, its chapters the Sommaire's
    numbered territories ("1. Territoire Nord …" over indented titles), each fiche a title over
    "Porteur :" and "Année :"; "Et aussi" entries "Title – Porteur (year)", one wrapped."""
    text = (
        "DÉPARTEMENT DU CANTAL\n\nRecueil des initiatives des territoires\nÉdition 2025\n\n"
        "SOMMAIRE\n\n"
        "1. Territoire Nord ........................................ 3\n"
        "     Un bus pour les démarches ........................... 3\n"
        "     Des cafés des aidants ............................... 4\n"
        "2. Territoire Sud ......................................... 5\n"
        "     Un garage solidaire ................................. 5\n\n"
        "TERRITOIRE NORD\n\n"
        "Un bus pour les démarches\n\nPorteur : Maison des solidarités de Mauriac\nAnnée : 2021\n\n"
        "Le bus s'arrête chaque semaine dans douze villages.\n\n"
        "Des cafés des aidants\n\nPorteur : Association Répit 15\nAnnée : 2019\n\n"
        "Un café mensuel réunit les proches aidants.\n\n"
        "TERRITOIRE SUD\n\n"
        "Un garage solidaire\n\nPorteur : Association Roue Libre\nAnnée : 2022\n\n"
        "Le garage répare les voitures des personnes en insertion.\n\n"
        "ET AUSSI DANS LE DÉPARTEMENT\n\n"
        "• Un guide des aides aux aidants – Direction de l'autonomie du\n"
        "  Département (2023)\n"
        "• Des jardins partagés – CCAS d'Aurillac (2020)\n"
    )
    records = parse_text(tmp_path, text, None, "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.chapter, r.porteur, r.year) for r in records] == [
        ("fiche", "Un bus pour les démarches", "Cantal", 1, "Maison des solidarités de Mauriac", 2021),
        ("fiche", "Des cafés des aidants", "Cantal", 1, "Association Répit 15", 2019),
        ("fiche", "Un garage solidaire", "Cantal", 2, "Association Roue Libre", 2022),
        (
            "autre_demarche",
            "Un guide des aides aux aidants",
            "Cantal",
            2,
            "Direction de l'autonomie du Département",
            2023,
        ),
        ("autre_demarche", "Des jardins partagés", "Cantal", 2, "CCAS d'Aurillac", 2020),
    ]


def test_fiches_whose_departement_only_an_index_by_fiche_number_gives(tmp_path):
    """ "FICHE 2" over its title and "Porteur : … — depuis 2020": no département in the fiche;
    the closing "INDEX PAR DÉPARTEMENT" names the fiches by number ("Gers …… fiches 1, 3")."""
    fiches = [
        ("Un camion des droits", "Communauté de communes du Bas-Armagnac", 2021),
        ("Des permanences en mairie", "Conseil départemental", 2019),
        ("Un café des aînés", "MSA Midi-Pyrénées Sud", 2020),
    ]
    text = "CHAPITRE 1 – ALLER VERS\n\n" + "".join(
        f"FICHE {n}\n{title}\nPorteur : {porteur} — depuis {year}\n\nUn texte qui décrit l'initiative.\n\n"
        for n, (title, porteur, year) in enumerate(fiches, 1)
    )
    text += (
        "INDEX PAR DÉPARTEMENT\n\n"
        "Gers ............................ fiches 1, 3\n"
        "Pyrénées-Atlantiques ............ fiche 2\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement, r.porteur, r.year) for r in records] == [
        ("Un camion des droits", "Gers", "Communauté de communes du Bas-Armagnac", 2021),
        ("Des permanences en mairie", "Pyrénées-Atlantiques", "Conseil départemental", 2019),
        ("Un café des aînés", "Gers", "MSA Midi-Pyrénées Sud", 2020),
    ]


def test_a_newspaper_supplement_its_articles_opening_on_datelines(tmp_path):
    """Headlines ("###") under rubrics ("## SE LOGER"), each article opening on a dateline that
    names its département ("**MENDE (Lozère) –** …"), who runs it and since when told in its
    text; an "En bref" column of short items closing the supplement."""
    article = (
        "### {title}\n\nPar Claire Vergne\n\n**{town} ({dep}) –** Il est neuf heures et la salle est déjà pleine.\n\n"
        "{told}, l'action accueille chaque semaine une vingtaine de personnes.\n\n"
        "*Contact : accueil, 04 66 00 00 00*\n\n"
    )
    text = (
        "# L'ÉCHO DU SUD\n\n# Solidarités en Lozère et dans le Cantal\n\n"
        "## VIVRE ENSEMBLE\n\n"
        + article.format(
            title="Un café pour les aidants",
            town="MENDE",
            dep="Lozère",
            told="Lancée en 2021 par le CCAS de Mende",
        )
        + article.format(
            title="Des repas partagés au village",
            town="MURAT",
            dep="Cantal",
            told="Portée depuis 2019 par l'association Table Ouverte",
        )
        + "## SE LOGER\n\n"
        + article.format(
            title="Une colocation pour les aînés",
            town="AURILLAC",
            dep="Cantal",
            told="Lancée en 2022 par la Ville d'Aurillac",
        )
        + "## En bref\n\n**Laverie solidaire.** MARVEJOLS (Lozère) – Le CCAS a ouvert en 2024 une laverie à tarif réduit.\n\n"
        "**Ciné-goûter.** RIOM-ÈS-MONTAGNES (Cantal) – Depuis 2021, une séance par mois pour les aînés.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "supplement.md").records
    assert [(r.kind, r.title, r.departement, r.chapter) for r in records][:3] == [
        ("fiche", "Un café pour les aidants", "Lozère", 1),
        ("fiche", "Des repas partagés au village", "Cantal", 1),
        ("fiche", "Une colocation pour les aînés", "Cantal", 2),
    ]
    assert (records[0].porteur, records[0].year) == ("CCAS de Mende", 2021)
    assert [(r.kind, r.title) for r in records[3:]] == [
        ("autre_demarche", "Laverie solidaire"),
        ("autre_demarche", "Ciné-goûter"),
    ]


def test_fiches_and_short_entries_tagged_with_hashtags(tmp_path):
    """An online base's export: "### Title" over a line of hashtags carrying its facts
    ("#Pyrenees_Atlantiques #CCAS_de_Pau #depuis2021 #EnCours"), short entries "**Title** — #tags
    — text"."""
    text = (
        "# Initiatives pyrénéennes\n\n## Thématique : Accès aux droits\n\n"
        "### Un bus dans les villages\n\n#Pyrenees_Atlantiques #CCAS_de_Pau #depuis2021 #EnCours #AccesAuxDroits\n\n"
        "Un bus fait étape chaque semaine.\n\n"
        "### Des permanences au marché\n\n#Ariège #CCAS_de_Foix #depuis2022 #Pérennisé\n\n"
        "Une table au marché le vendredi.\n\n"
        "## Thématique : Mobilité\n\n"
        "### Un garage solidaire\n\n#Hautes_Pyrénées #Association_Roue_Libre #depuis2019 #EnCours\n\n"
        "Le garage répare à prix coûtant.\n\n"
        "## Autres initiatives\n\n"
        "- **Épicerie itinérante** — #Ariege #Secours_Catholique #depuis2023 #EnCours — Un camion dessert six villages.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "base.md").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.status) for r in records] == [
        ("fiche", "Un bus dans les villages", "Pyrénées-Atlantiques", "CCAS de Pau", 2021, "en cours"),
        ("fiche", "Des permanences au marché", "Ariège", "CCAS de Foix", 2022, "pérennisé"),
        ("fiche", "Un garage solidaire", "Hautes-Pyrénées", "Association Roue Libre", 2019, "en cours"),
        ("autre_demarche", "Épicerie itinérante", "Ariège", "Secours Catholique", 2023, "en cours"),
    ]


def test_a_recueil_published_as_a_web_page_saved_as_its_html(tmp_path):
    """The recueil as its site publishes it, saved as HTML source: a Sommaire in the page's own
    navigation, fiches as articles with bold run-in labels (one a paragraph, or several parted by
    line breaks), a photo's credit "© …" inside a fiche (the fiches go on after it), a paragraph
    wrapped on "… du" over "Département de …" (one paragraph), short entries "**Dép** – *Title*
    (Porteur, depuis 2031) : text", and a download link "(2,1 Mo)" closing the page."""
    html = """<!DOCTYPE html>
<html lang="fr"><head><title>Recueil</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li></ul></nav>
<main>
<h1>Rompre l'isolement : recueil d'initiatives 2032</h1>
<nav class="toc"><ol>
<li><a href="#c1">Aller vers</a><ul>
<li><a href="#f1">Des visites au long de l'année</a> (Creuse)</li>
<li><a href="#f2">Un minibus pour le marché</a> (Cantal)</li>
</ul></li></ol></nav>
<section id="c1">
<h2>1. Aller vers</h2>
<article id="f1">
<h3><span class="num">1.1</span> Des visites au long de l'année</h3>
<p><strong>D&eacute;partement :</strong> Creuse</p>
<p><strong>Porteur :</strong> CCAS de Gu&eacute;ret</p>
<p><strong>Depuis :</strong> 2030</p>
<h4>Contexte</h4>
<p>Les visites se faisaient l'&eacute;t&eacute; seulement ; elles ont &eacute;t&eacute; &eacute;tendues avec le soutien du
D&eacute;partement de la Creuse et de deux associations locales.</p>
</article>
<article id="f2">
<h3><span class="num">1.2</span> Un minibus pour le marché</h3>
<p><strong>D&eacute;partement :</strong> Cantal<br>
<strong>Porteur :</strong> CIAS du Pays de Salers</p>
<figure><img src="/a.jpg" alt="Le minibus"><figcaption>Le minibus devant la mairie &copy; CIAS du Pays de Salers</figcaption></figure>
<p><strong>Depuis :</strong> 2031</p>
<h4>L'action</h4>
<p>Un minibus conduit les personnes au march&eacute; chaque jeudi.</p>
</article>
<div id="autres"><h4>Autres initiatives</h4>
<ul>
<li><strong>Lot</strong> &ndash; <em>Une radio des a&icirc;n&eacute;s</em> (CCAS de Cahors, depuis 2029)&nbsp;: une &eacute;mission chaque semaine.</li>
<li><strong>Tarn</strong> &ndash; <em>Des goûters au café du village</em> (Ville d'Albi, depuis 2030).</li>
</ul></div>
</section>
<p><a href="/recueil.pdf">T&eacute;l&eacute;charger le recueil en PDF (2,1 Mo)</a></p>
<p>Vous portez une initiative&nbsp;? &Eacute;crivez-nous.</p>
</main>
<footer><p>&copy; Observatoire 2032</p></footer>
</body></html>
"""
    records = parse_text(tmp_path, html, "odas-recueil", "recueil.html").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("fiche", "Des visites au long de l'année", "Creuse", "CCAS de Guéret", 2030, 1),
        ("fiche", "Un minibus pour le marché", "Cantal", "CIAS du Pays de Salers", 2031, 1),
        ("autre_demarche", "Une radio des aînés", "Lot", "CCAS de Cahors", 2029, 1),
        ("autre_demarche", "Des goûters au café du village", "Tarn", "Ville d'Albi", 2030, 1),
    ]
    assert "Département de la Creuse" in records[0].sections["Contexte"]
    assert (
        records[0].source.lines[0]
        == html.splitlines().index('<h3><span class="num">1.1</span> Des visites au long de l\'année</h3>')
        + 1
    )  # provenance: the file's own line


def test_award_winners_under_kickers_and_quoted_runners_up(tmp_path):
    """A prize book: each winner's title in quotes under a kicker printed alike for several
    ("### Prix du jury"), the body running it in capitals under the title, its fields below;
    the runners-up listed "« Title » – Porteur (Town, Département), depuis 2031"."""
    text = (
        "# Prix des solidarités locales 2032\n\n"
        "## Catégorie 1 · Familles\n\n"
        "### Prix du jury\n\n**« Le café des parents »**\n\nCCAS DE VALENCE\n\n"
        "Département : Drôme\nLancée en : 2030\n\nUn café ouvert aux parents chaque samedi.\n\n"
        "### Prix du jury\n\n**« Un atelier vélo partagé »**\n\nASSOCIATION ROUE LIBRE\n\n"
        "Département : Isère\nLancée en : 2029\n\nUn atelier répare les vélos des familles.\n\n"
        "### Prix du public\n\n**« La ludothèque mobile »**\n\nCCAS DE ROMANS\n\n"
        "Département : Drôme\nLancée en : 2031\n\nDes jeux prêtés dans les quartiers.\n\n"
        "## Les autres candidatures\n\n"
        "- « Le bus des devoirs » – Centre social des Aubiers (Bordeaux, Gironde), depuis 2031\n"
        "- « Des paniers pour l'été » – Association Terre commune (Agen, Lot-et-Garonne)\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "prix.md").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year) for r in records] == [
        ("fiche", "Le café des parents", "Drôme", "CCAS DE VALENCE", 2030),
        ("fiche", "Un atelier vélo partagé", "Isère", "ASSOCIATION ROUE LIBRE", 2029),
        ("fiche", "La ludothèque mobile", "Drôme", "CCAS DE ROMANS", 2031),
        ("autre_demarche", "Le bus des devoirs", "Gironde", "Centre social des Aubiers", 2031),
        ("autre_demarche", "Des paniers pour l'été", "Lot-et-Garonne", "Association Terre commune", None),
    ]


def test_an_article_telling_who_created_it_and_when(tmp_path):
    """A newspaper's articles, each opening on its dateline, no header fields: the text tells
    who runs it — "a été créé en 2029 par le CCAS de Tulle", "fondé en 2030 par l'association
    …", "ouvert en 2028 par …" — the porteur and the year read from that sentence."""
    text = (
        "# Solidarités en Corrèze\n\n## VIVRE ENSEMBLE\n\n"
        "### Une épicerie à roulettes\n\n"
        "**TULLE (Corrèze) –** Chaque mardi, le camion s'arrête sur la place. Le service a été créé "
        "en 2029 par le CCAS de Tulle, après une enquête auprès des habitants.\n\n"
        "### Un guichet des papiers\n\n"
        "**USSEL (Corrèze) –** On y vient avec ses courriers. Le guichet a été fondé en 2030 par "
        "l'association Plume solidaire, qui compte douze bénévoles.\n\n"
        "## APPRENDRE\n\n### Un atelier de couture\n\n"
        "**GUÉRET (Creuse) –** Les machines tournent tout l'après-midi. L'atelier a été ouvert en "
        "2028 par le centre social du Mont, dans une ancienne école.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "supplement.md").records
    assert [(r.title, r.departement, r.porteur, r.year) for r in records] == [
        ("Une épicerie à roulettes", "Corrèze", "CCAS de Tulle", 2029),
        ("Un guichet des papiers", "Corrèze", "association Plume solidaire", 2030),
        ("Un atelier de couture", "Creuse", "centre social du Mont", 2028),
    ]


def test_a_conference_slide_deck_of_initiatives(tmp_path):
    """A deck exported to text: "Diapositive N" over each slide, a programme slide whose bullets
    name the parts and "Autres initiatives repérées" (a bullet, no part of its own), a divider
    slide per part, then a slide per initiative — "1.2 – Title (Dép)", "Porteur : …", "• Depuis
    2031 (pérennisé)" — and the closing list of other initiatives."""
    text = (
        "Diapositive 1\n\nRencontres 2033\n\n\nDiapositive 2\n\nAu programme\n"
        "• Partie 1 – Prévenir (2 initiatives)\n• Autres initiatives repérées\n• Échanges avec la salle\n\n\n"
        "Diapositive 3\n\nPartie 1 – Prévenir\n\n\n"
        "Diapositive 4\n\n1.1 – Un bus de prévention (Orne)\nPorteur : Conseil départemental de l'Orne\n"
        "• Depuis 2031 (pérennisé)\n• Un véhicule s'arrête dans dix-huit communes\n\n\n"
        "Diapositive 5\n\n1.2 – Des commerçants sentinelles\nDépartement : Mayenne\nPorteur : CIAS de Mayenne\n"
        "• Depuis septembre 2032 (expérimentation)\n• Quarante commerçants formés\n\n\n"
        "Diapositive 6\n\nAutres initiatives repérées\n"
        "• Calvados – Ateliers numériques en bibliothèque (CCAS de Caen)\n"
        "• Manche – Transport solidaire à la demande (Communauté d'agglomération du Cotentin)\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "deck.txt").records
    assert [(r.kind, r.title, r.departement, r.year, r.status) for r in records] == [
        ("fiche", "Un bus de prévention", "Orne", 2031, "pérennisé"),
        ("fiche", "Des commerçants sentinelles", "Mayenne", 2032, "expérimentation"),
        ("autre_demarche", "Ateliers numériques en bibliothèque", "Calvados", None, None),
        ("autre_demarche", "Transport solidaire à la demande", "Manche", None, None),
    ]


def test_an_old_recueil_read_by_ocr(tmp_path):
    """A scanned recueil: "CHAPITRE Il" for II, years with letters for figures ("l998",
    "2OOO"), other initiatives grouped under who runs them ("Conseil général du Tarn") as bullets
    whose text is indented under their title."""
    text = (
        "RECUEIL D'INITIATIVES\n\n"
        "                                 CHAPITRE I\n\n"
        "UN RELAIS POUR L'EMPLOI\n\nDépartement : Gers\nCollectivité porteuse : Conseil général du Gers\n"
        "Date de création : l998\n\nLe relais accompagne les allocataires vers l'emploi.\n\n"
        "UNE NAVETTE SOLIDAIRE\n\nDépartement : Lot\nCollectivité porteuse : Conseil général du Lot\n"
        "Date de création : mars 2OOO\n\nLa navette relie les bourgs aux zones d'activités.\n\n"
        "AUTRES DÉMARCHES\n\n\nConseil général du Tarn\n\n"
        "  • Parrainage vers l'emploi\n"
        "    Des cadres bénévoles accompagnent des allocataires du RMI pendant six mois.\n"
        "    Depuis 2OO1, une soixantaine de parrainages par an.\n\n"
        "                                 CHAPITRE Il\n\n"
        "UN FONDS POUR LE LOGEMENT\n\nDépartement : Ariège\nCollectivité porteuse : Conseil général de l'Ariège\n"
        "Date de création : 2OO2\n\nLe fonds avance les dépôts de garantie.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "scan.txt").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("fiche", "UN RELAIS POUR L'EMPLOI", "Gers", "Conseil général du Gers", 1998, 1),
        ("fiche", "UNE NAVETTE SOLIDAIRE", "Lot", "Conseil général du Lot", 2000, 1),
        ("fiche", "UN FONDS POUR LE LOGEMENT", "Ariège", "Conseil général de l'Ariège", 2002, 2),
        ("autre_demarche", "Parrainage vers l'emploi", "Tarn", "Conseil général du Tarn", 2001, 1),
    ]


def test_a_recueil_of_fiches_told_as_questions_and_answers(tmp_path):
    """Fiches as questions and their answers ("**Où ?**", "**Qui porte le projet ?**", "**Depuis
    quand ?**", "**Où en est-on ?**" after the text), under "# Thème n : …" parts (the document's
    own word for its parts, numbered); "Où ?" answered in a sentence naming the département."""
    fiche = (
        "## {title}\n\n**Où ?**\n\n{where}\n\n**Qui porte le projet ?**\n\n{who}\n\n**Depuis quand ?**\n\n{since}\n\n"
        "**De quoi s'agit-il ?**\n\nUn dispositif simple et gratuit, proposé à tous.\n\n**Où en est-on ?**\n\n{state}\n\n"
    )
    text = (
        "# Recueil d'initiatives 2033\n\n"
        "# Thème 1 : Bien vieillir\n\n"
        + fiche.format(
            title="Des veilleurs de village",
            where="Dans le Finistère, sur vingt communes rurales.",
            who="Département du Finistère",
            since="Mars 2031.",
            state="Pérennisé.",
        )
        + fiche.format(
            title="Un café des aidants itinérant",
            where="Dans les Côtes-d'Armor, autour de Loudéac.",
            who="Plateforme de répit du Centre-Bretagne",
            since="Octobre 2030.",
            state="En cours.",
        )
        + "# Thème 2 : Insertion\n\n"
        + fiche.format(
            title="Des voitures à petit prix",
            where="Morbihan : trois communautés de communes.",
            who="Association Roue libre",
            since="2029.",
            state="Généralisé.",
        )
        + fiche.format(
            title="Un parrain pour le premier emploi",
            where="Dans le Morbihan.",
            who="Mission locale de Lorient",
            since="2032.",
            state="Expérimentation.",
        )
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.title, r.departement, r.porteur, r.year, r.status, r.chapter) for r in records] == [
        ("Des veilleurs de village", "Finistère", "Département du Finistère", 2031, "Pérennisé", 1),
        (
            "Un café des aidants itinérant",
            "Côtes-d'Armor",
            "Plateforme de répit du Centre-Bretagne",
            2030,
            "En cours",
            1,
        ),
        ("Des voitures à petit prix", "Morbihan", "Association Roue libre", 2029, "Généralisé", 2),
        (
            "Un parrain pour le premier emploi",
            "Morbihan",
            "Mission locale de Lorient",
            2032,
            "Expérimentation",
            2,
        ),
    ]


def test_a_recueil_converted_from_an_ebook(tmp_path):
    """An e-book's text: the converter's "Chapter 1" over the document's chapter title, each
    fiche's labels in capitals on lines of their own over their values ("DÉPARTEMENT" / "Gers")."""
    header = "DÉPARTEMENT\n{dep}\nPORTEUR\n{who}\nANNÉE DE LANCEMENT\n{year}\n\nUn texte qui raconte l'initiative.\n\n"
    text = (
        "Bien vieillir en Occitanie\n\nContents\n\nPrévenir\nDes veilleurs\nUn bus santé\nSoutenir les aidants\n"
        "Des haltes-répit\nUn guichet des aidants\n\n\n"
        "Chapter 1\n\nPrévenir\n\nDes veilleurs\n\n"
        + header.format(dep="Gers", who="Département du Gers", year="2030")
        + "Un bus santé\n\n"
        + header.format(dep="Lozère (48)", who="Département de la Lozère", year="2031")
        + "Chapter 2\n\nSoutenir les aidants\n\nDes haltes-répit\n\n"
        + header.format(dep="Ariège", who="Plateforme de répit de l'Ariège", year="2029")
        + "Un guichet des aidants\n\n"
        + header.format(dep="Aveyron", who="CCAS de Rodez", year="2032")
    )
    records = parse_text(tmp_path, text, "odas-recueil", "ebook.txt").records
    assert [(r.title, r.departement, r.porteur, r.year, r.chapter) for r in records] == [
        ("Des veilleurs", "Gers", "Département du Gers", 2030, 1),
        ("Un bus santé", "Lozère", "Département de la Lozère", 2031, 1),
        ("Des haltes-répit", "Ariège", "Plateforme de répit de l'Ariège", 2029, 2),
        ("Un guichet des aidants", "Aveyron", "CCAS de Rodez", 2032, 2),
    ]


def test_an_inventory_exported_as_csv_under_its_notes(tmp_path):
    """A recueil's inventory from a spreadsheet: several lines of notes on the export above it,
    the département column before the title, the short entries told by their thematic
    "Autres démarches"; detected as a recueil from its header."""
    notes = "\n".join(
        f"Note {n} : ligne de notice sur l'export de la base, sans initiative." for n in range(1, 9)
    )
    rows = [
        ("Gers", "Conseil départemental du Gers", "Un bus pour les droits", "2019", "Accès aux droits"),
        ("Lot", "CCAS de Cahors", "Des permanences au marché", "2021", "Accès aux droits"),
        ("Tarn", "Département du Tarn", "Un répit pour les aidants", "", "Autonomie"),
        ("Aude", "Ville de Narbonne", "Un annuaire des aides", "2020", "Autres démarches"),
    ]
    text = (
        "INVENTAIRE DES INITIATIVES – OCCITANIE\n\n"
        + notes
        + "\n\nRégion;Département;Porteur;Intitulé;Année de lancement;Thématique;Descriptif\n"
        + "\n".join(
            f'Occitanie;{d};{p};{t};{y};{th};"Descriptif de l\'initiative ; en deux parties."'
            for d, p, t, y, th in rows
        )
        + "\n"
    )
    path = tmp_path / "inventaire.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "odas-recueil"
    assert [(r.title, r.departement, r.porteur, r.year, r.chapter, r.kind) for r in result.records] == [
        ("Un bus pour les droits", "Gers", "Conseil départemental du Gers", 2019, 1, "fiche"),
        ("Des permanences au marché", "Lot", "CCAS de Cahors", 2021, 1, "fiche"),
        ("Un répit pour les aidants", "Tarn", "Département du Tarn", None, 2, "fiche"),
        ("Un annuaire des aides", "Aude", "Ville de Narbonne", 2020, 3, "autre_demarche"),
    ]


def test_a_recueil_typeset_with_latex_as_pdftotext_leaves_it(tmp_path):
    """pdftotext without -layout on a LaTeX book: ligatures as single glyphs, words cut at line
    ends, a Sommaire of spaced-dot leaders whose long titles wrap so that only the place reaches
    the page number, and a short entry closed by its "Contact : …" line."""
    body = (
        "Cette initiative accompagne les familles au plus près de chez elles, avec des équipes qui se dé-\n"
        "placent dans les communes rurales et qui proposent un accompagne-\n"
        "ment sur plusieurs mois. Le dispositif a été ﬁnancé par la conférence des ﬁnanceurs et\n"
        "les partenaires se réunissent chaque trimestre pour en faire le bi-\n"
        "lan et décider des suites à donner, en lien avec les com-\n"
        "munes et les associations.\n"
    )
    text = (
        "Sommaire\n\n"
        "1 Aller vers 3\n"
        "Un relais dans chaque mairie : le réseau des secrétaires de mairie au service des\n"
        "familles (Aveyron) . . . . . . . . . . . . . . . . . . . . . . . . . . . 4\n"
        "Une équipe mobile pour les aidants (Cantal) . . . . . . . . . . . . . . . . . 6\n"
        "Autres démarches . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 8\n\n"
        "\fChapitre 1\n\nAller vers\n\n"
        "Un relais dans chaque mairie : le réseau des secrétaires de mairie au service des\nfamilles\n\n"
        "Département : Aveyron\nPorteur : Conseil départemental de l’Aveyron\nAnnée de lancement : 2020\n\n"
        "Contexte\n" + body + "\n"
        "Une équipe mobile pour les aidants\n\n"
        "Département : Cantal\nPorteur : Conseil départemental du Cantal\nAnnée de lancement : 2021\n\n"
        "Contexte\n" + body + "\n"
        "Autres démarches\n\nDépartement de la Lozère\n\n"
        "Un guide des aides pour les aidants\n"
        "Lancé en 2022, le guide recense les aides et les lieux de répit du département.\n"
        "Contact : direction de l’autonomie, 04 66 00 00 00\n\n"
        "Ville de Rodez (Aveyron)\n\n"
        "Des cafés des aidants à la médiathèque\n"
        "Depuis 2019, le CCAS de Rodez réunit chaque mois les aidants à la médiathèque.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil-latex.txt").records
    assert [(r.title, r.departement, r.kind) for r in records] == [
        (
            "Un relais dans chaque mairie : le réseau des secrétaires de mairie au service des familles",
            "Aveyron",
            "fiche",
        ),
        ("Une équipe mobile pour les aidants", "Cantal", "fiche"),
        ("Un guide des aides pour les aidants", "Lozère", "autre_demarche"),
        ("Des cafés des aidants à la médiathèque", "Aveyron", "autre_demarche"),
    ]
    texts = " ".join(" ".join(r.sections.values()) for r in records)
    assert "financé par la conférence des financeurs" in texts
    assert "accompagnement sur plusieurs mois" in texts and "déplacent" in texts and "bilan" in texts
    assert "ﬁ" not in texts and "accompagne- ment" not in texts


def test_a_recueil_whose_chapters_are_departements(tmp_path):
    """Chapters that are départements numbered by their code ("# 09 – Ariège", "# 971 –
    Guadeloupe"): the fiches below are that département's (their headers name none), the
    chapters counted in order, short entries under a chapter its département's."""

    def fiche(title: str, porteur: str) -> str:
        return (
            f"## {title}\n\nThème : 🤝 Accès aux droits\n\n*Porteur : {porteur}*\n\n"
            "**Description**\nUn texte qui décrit l'initiative, ses publics et ce qu'elle change.\n\n"
        )

    text = (
        "# Initiatives départementales\n\n"
        "# 09 – Ariège\n\n"
        + fiche("Des aidants relais en montagne", "Conseil départemental de l'Ariège — depuis 2019")
        + fiche(
            "Des cantines ouvertes aux habitants",
            "Communauté de communes du Couserans — depuis la rentrée 2022",
        )
        + "# 971 – Guadeloupe\n\n"
        + fiche("Des médiateurs santé", "Conseil départemental de la Guadeloupe — expérimentation 2022-2024")
        + "### Autres démarches dans le département\n\n"
        "- **Un garage solidaire** — Association Roue Libre, depuis 2021. Des réparations à prix coûtant.\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "departements.md").records
    assert [(r.title, r.departement, r.chapter, r.year, r.kind) for r in records] == [
        ("Des aidants relais en montagne", "Ariège", 1, 2019, "fiche"),
        ("Des cantines ouvertes aux habitants", "Ariège", 1, 2022, "fiche"),
        ("Des médiateurs santé", "Guadeloupe", 2, 2022, "fiche"),
        ("Un garage solidaire", "Guadeloupe", 2, 2021, "autre_demarche"),
    ]


def test_a_recueil_laid_out_as_a_magazine(tmp_path):
    """pdftotext without -layout on a magazine: a Sommaire with the page first ("06 Title"), a
    chapter's title alone on its page over two lines, each fiche's facts in an "En pratique"
    box dropped into its text — the fiche still opens on its title; detected as a recueil."""

    def fiche(title: list[str], dep: str, porteur: str, year: int) -> str:
        return (
            "\n".join(title)
            + "\n\nUn chapô qui résume la démarche en quelques lignes, pour donner envie de lire la suite.\n\n"
            "Le texte raconte le contexte et la mise en œuvre, sur plusieurs lignes comme le magazine\n"
            "les imprime, avant que l'encadré ne coupe le fil.\n\n"
            f"En pratique\n\nDépartement\n{dep}\nPorteur\n{porteur}\nLancement\n{year}\n\n"
            "La suite du texte revient sur les premiers enseignements tirés par les équipes.\n\n"
        )

    text = (
        "Recueil 2031\n\nSommaire\n\n02 Édito\n\n05\nChapitre 1 · Aller vers\n\nVeille\n"
        "06 Des facteurs qui veillent sur les aînés\n08 Un registre partagé entre les mairies\n\n"
        "11\nChapitre 2 · Recréer du lien\n\nGénérations\n12 Des colocations entre étudiants et seniors\n\n"
        "20 Index des collectivités citées\n\n"
        "Édito\n\nUn édito qui présente le recueil aux lecteurs, sur quelques lignes de texte courant.\n\n"
        "\f01\n\nAller\nvers\n\nVeille\n\n"
        + fiche(
            ["Des facteurs", "qui veillent sur", "les aînés"], "Gers", "Conseil départemental du Gers", 2021
        )
        + fiche(["Un registre partagé", "entre les mairies"], "Creuse", "Département de la Creuse", 2022)
        + "\f02\n\nRecréer\ndu lien\n\nGénérations\n\n"
        + fiche(["Des colocations entre", "étudiants et seniors"], "Vendée", "Département de la Vendée", 2020)
    )
    path = tmp_path / "magazine.txt"
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.document.kind == "odas-recueil"
    assert [(r.title, r.departement, r.year, r.chapter) for r in result.records] == [
        ("Des facteurs qui veillent sur les aînés", "Gers", 2021, 1),
        ("Un registre partagé entre les mairies", "Creuse", 2022, 1),
        ("Des colocations entre étudiants et seniors", "Vendée", 2020, 2),
    ]


def test_a_recueil_exported_from_an_interactive_map(tmp_path):
    """A map's markers exported as text: each marker's popup a fiche (one without its
    département, its porteur the département's council), its "Thème" a chapter the legend
    numbers, an initiative on two sites printed under two markers (one record)."""

    def marker(n: int, title: str, dep: str | None, porteur: str, theme: str) -> str:
        where = f"Département : {dep}\n" if dep else ""
        return (
            f"Marqueur n° {n}\nLat : 45.1 – Lon : 5.7\n\n{title}\n{where}Porteur : {porteur}\nAnnée : 2021\n"
            f"Thème : {theme}\nStatut : en cours\n\nUne description de l'initiative, de ses publics et de ses "
            "résultats, sur quelques lignes.\n\n" + "-" * 60 + "\n\n"
        )

    text = (
        "Carte interactive des initiatives – export texte\n\n"
        + marker(7, "Un bus pour les parents", "Ain (01)", "Département de l'Ain", "Enfance et familles")
        + marker(2, "Loger les saisonniers", None, "Conseil départemental de la Haute-Savoie", "Insertion")
        + marker(6, "Des points d'accueil numérique", "Isère (38)", "Département de l'Isère", "Insertion")
        + marker(12, "Des points d'accueil numérique", "Isère (38)", "Département de l'Isère", "Insertion")
        + "Légende des thèmes\n\n  ● bleu    Chapitre 1 – Enfance et familles\n"
        "  ● orange  Chapitre 2 – Insertion et lutte contre la pauvreté\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "carte.txt").records
    assert [(r.title, r.departement, r.chapter) for r in records] == [
        ("Un bus pour les parents", "Ain", 1),
        ("Loger les saisonniers", "Haute-Savoie", 2),
        ("Des points d'accueil numérique", "Isère", 2),
    ]


def test_a_title_with_a_colon_wrapped_in_its_column_is_the_title_the_sommaire_lists(tmp_path):
    text = """RECUEIL D'INITIATIVES 2031

SOMMAIRE

Le bus de l'insertion ......................................... 3
Accompagnement global : un binôme conseiller Cap emploi –
travailleur social ............................................ 4

Le bus de l'insertion

Département : Gers
Porteur : Conseil départemental du Gers
Année : 2029

Un bus aménagé se rend chaque semaine dans les bourgs du département.

Accompagnement global : un binôme conseiller
Cap emploi – travailleur social

Département : Tarn
Porteur : Département du Tarn
Année : 2030

Un conseiller et un travailleur social reçoivent ensemble les allocataires.
"""
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.departement) for r in records] == [
        ("Le bus de l'insertion", "Gers"),
        ("Accompagnement global : un binôme conseiller Cap emploi – travailleur social", "Tarn"),
    ]


def test_a_fiche_header_table_whose_cell_goes_on_over_a_second_row(tmp_path):
    text = """# Recueil insertion 2031

## I. S'orienter

### Une crèche pour les parents en parcours

| Département | Porteur | Depuis |
|---|---|---|
| Val-d'Oise | Conseil départemental du Val-d'Oise | 2029 |
| | Caf du Val-d'Oise (co-porteur) | |

Des places de crèche réservées aux parents qui suivent une formation.

### Un garage solidaire

| Département | Porteur | Depuis |
|---|---|---|
| Ardèche | Association Roue Libre | 2027 |

Des réparations à prix coûtant pour les allocataires.
"""
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.title, r.departement, r.year) for r in records] == [
        ("Une crèche pour les parents en parcours", "Val-d'Oise", 2029),
        ("Un garage solidaire", "Ardèche", 2027),
    ]
    assert records[0].porteur.startswith("Conseil départemental du Val-d'Oise")


def test_one_line_fiche_headers_with_hyphens_and_short_entries_closing_on_their_porteur(tmp_path):
    """Next year's recueil: each fiche a title over one line "Département du Lot - Conseil
    départemental du Lot - depuis 2021" (hyphens typed for dashes), one title glued to its header
    line; "Autres démarches" closing on their porteur in brackets, most naming a body, so the
    others do too."""
    text = """RECUEIL D'INITIATIVES 2032

SOMMAIRE

Des facteurs qui veillent sur les aînés .......................... 3
Sortir de l'ASE sans passer par la rue : le bail glissant ........ 4

Des facteurs qui veillent sur les aînés
Département du Lot - Conseil départemental du Lot - depuis 2021

Le projet
Les facteurs passent voir les aînés isolés une fois par semaine.

Sortir de l'ASE sans passer par la rue : le bail glissant
Département de l'Aude – Conseil départemental de l'Aude – depuis 2030

Le projet
Un bail glissant pour les jeunes majeurs qui quittent l'aide sociale à l'enfance.

AUTRES DÉMARCHES

Aude : Un guichet unique pour prévenir les expulsions (CCAS de Narbonne)
Gers : Des ateliers numériques en bibliothèque (CCAS d'Auch)
Tarn : Une tarification sociale de la cantine (Ville d'Albi)
Aveyron : Une domiciliation mutualisée (Rodez agglomération)
"""
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    found = {r.title: r for r in records}
    assert found["Des facteurs qui veillent sur les aînés"].porteur == "Conseil départemental du Lot"
    assert found["Des facteurs qui veillent sur les aînés"].year == 2021
    assert found["Sortir de l'ASE sans passer par la rue : le bail glissant"].departement == "Aude"
    assert found["Une domiciliation mutualisée"].porteur == "Rodez agglomération"


def test_a_fiche_header_in_capitals_parted_by_dots_and_entries_after_the_index(tmp_path):
    """ "NIÈVRE (58) · ASSOCIATION … · 2023" under the title (set in capitals, read as a heading):
    département, porteur, year; "PARTENAIRES" over a collectivity's name is a section of the
    fiche, no fiche; the "Autres démarches" printed after the index of départements are read."""
    text = """SOMMAIRE

Un relais pour les aidants ........................ 3
Le bistrot des aînés .............................. 4
Autres démarches .................................. 6

Un relais pour les aidants

NIÈVRE (58) · ASSOCIATION AIDANTS EN NIVERNAIS · 2023
Statut : en cours

CONTEXTE

Les aidants du Morvan parcourent quarante kilomètres pour trouver du répit.

PARTENAIRES

Conseil départemental de la Nièvre
et les communes du Morvan.

Le bistrot des aînés

YONNE (89) · CCAS D'AUXERRE · 2021
Statut : achevé

CONTEXTE

Un café itinérant rompt l'isolement des aînés des villages.

Index des initiatives par département

Nièvre .................... 3
Yonne ..................... 4

Autres démarches

Département du Jura

Ateliers numériques en EHPAD – Des jeunes animent des séances d'initiation dans les
établissements.
"""
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title) for r in records] == [
        ("fiche", "Un relais pour les aidants"),
        ("fiche", "Le bistrot des aînés"),
        ("autre_demarche", "Ateliers numériques en EHPAD"),
    ]
    assert (records[0].departement, fold(records[0].porteur), records[0].year) == (
        "Nièvre",
        fold("ASSOCIATION AIDANTS EN NIVERNAIS"),
        2023,
    )
    assert records[2].departement == "Jura"


def test_a_base_exported_as_csv_with_its_sommaire_exported_beside_it(tmp_path):
    """'"Titre";"Page"' rows over the base's own table: the Sommaire is a table of its own, no
    note; the base's rows are the fiches and entries."""
    rows = "".join(
        f'"Fiche";"1";"Insertion";"Emploi";"Initiative {n}";"Aveyron";"CCAS de Rodez";"202{n}";"En cours";"Un résumé."\n'
        for n in range(1, 5)
    )
    text = (
        'Recueil 2023 exporté du classeur.\n\nSOMMAIRE\n"Titre";"Page"\n"Avant-propos";"3"\n'
        '"Initiative 1";"4"\n"Initiative 2";"5"\n"Initiative 3";"6"\n"Initiative 4";"7"\n\n'
        '"Type";"N° chap.";"Intitulé du chapitre";"Sous-thème";"Intitulé de l\'initiative";"Collectivité";'
        '"Porteur du projet";"Année";"État d\'avancement";"Résumé"\n' + rows
    )
    records = parse_text(tmp_path, text, "odas-recueil", "export.txt").records
    assert [r.title for r in records] == [f"Initiative {n}" for n in range(1, 5)]
    assert {r.departement for r in records} == {"Aveyron"} and records[0].year == 2021


def test_a_sub_theme_named_at_the_right_of_each_page_s_running_head(tmp_path):
    """ "1 · SE LOGER            Sortir de la rue" atop each page (pdftotext -layout): the chapter
    at the left edge, at the right the sub-theme the page's fiche is under — no dash between,
    only the gap."""

    def page(number: int, theme: str, place: str, title: str, year: int) -> str:
        return (
            f"\f  Recueil des initiatives de l'Ouest – 2023                                 {number}\n"
            f"  1 · SE LOGER                                   {theme}\n\n\n"
            f"  {place}\n\n  {title}\n\n  Porteur :             Conseil départemental\n"
            f"  Date de lancement :   {year}\n\n  Le contexte\n\n"
            "  Un texte qui décrit le contexte de l'initiative et ses débuts sur le territoire.\n\n"
        )

    text = (
        "                                   SOMMAIRE\n\n"
        "  1. SE LOGER ................................................ 3\n"
        "        Une halte de nuit pour les femmes                      4\n"
        "        Un bail glissant pour les jeunes                       5\n"
        "        Une colocation de seniors                              6\n"
        "        Une pension de famille en bourg                        7\n"
        "        Des studios pour les apprentis                         8\n"
        "        Un habitat partagé pour aînés                          9\n\n"
        "\f                                   CHAPITRE 1\n\n                                   SE LOGER\n\n"
        "                              – Sortir de la rue\n                              – Habiter ensemble\n\n"
        + page(4, "Sortir de la rue", "MORBIHAN (56)", "Une halte de nuit pour les femmes", 2020)
        + page(5, "Sortir de la rue", "Mayenne (53)", "Un bail glissant pour les jeunes", 2021)
        + page(6, "Sortir de la rue", "Finistère (29)", "Une colocation de seniors", 2019)
        + page(7, "Habiter ensemble", "SARTHE (72)", "Une pension de famille en bourg", 2018)
        + page(8, "Habiter ensemble", "Orne (61)", "Des studios pour les apprentis", 2022)
        + page(9, "Habiter ensemble", "VENDÉE (85)", "Un habitat partagé pour aînés", 2017)
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.title, r.departement, r.chapter, r.theme_label) for r in result.records] == [
        ("Une halte de nuit pour les femmes", "Morbihan", 1, "Sortir de la rue"),
        ("Un bail glissant pour les jeunes", "Mayenne", 1, "Sortir de la rue"),
        ("Une colocation de seniors", "Finistère", 1, "Sortir de la rue"),
        ("Une pension de famille en bourg", "Sarthe", 1, "Habiter ensemble"),
        ("Des studios pour les apprentis", "Orne", 1, "Habiter ensemble"),
        ("Un habitat partagé pour aînés", "Vendée", 1, "Habiter ensemble"),
    ]


def test_each_part_s_other_entries_as_a_table_and_the_sommaire_s_count_of_fiches(tmp_path):
    """ "AUTRES DÉMARCHES – PARTIE 1" after each part's fiches (printed three times, so taken for
    a running line) over a table "Département<TAB>Intitulé<TAB>Porteur": the part's short
    entries. The Sommaire lists the fiches under "PARTIE n : …", beside its front matter, an
    index and an "Autres démarches" line: the count it announces is its fiches'."""

    def fiche(title: str, place: str, porteur: str, year: int) -> str:
        return f"{title}\n\n{place} | {porteur} | {year}\n\nPourquoi ? Le besoin que {porteur} a vu.\n\nComment ? Ce que {porteur} a fait depuis {year}.\n\n"

    titles = [
        (
            "Un garage solidaire pour les allocataires",
            "Département de la Creuse (23)",
            "CIAS du Grand Guéret",
            2021,
        ),
        (
            "Une garde d'enfants à horaires atypiques",
            "Département de la Vienne (86)",
            "CCAS de Poitiers",
            2020,
        ),
        (
            "Des visites de convivialité en milieu rural",
            "Département de la Charente (16)",
            "CCAS de Cognac",
            2019,
        ),
        ("Une ressourcerie d'aides techniques", "Département des Landes (40)", "CIAS du Marsan", 2022),
    ]
    sommaire = "SOMMAIRE\n\nAvant-propos\t3\nIndex des départements cités\t4\n\n"
    body = ""
    page = 5
    for part in (1, 2):
        sommaire += f"PARTIE {part} : Thème {part}\n"
        body += f"PARTIE {part} : Thème {part}\n\n"
        for title, place, porteur, year in titles[2 * (part - 1) : 2 * part]:
            sommaire += f"{title}\t{page}\n"
            body += fiche(title, place, porteur, year)
            page += 1
        sommaire += f"Autres démarches\t{page}\n\n"
        page += 1
        body += (
            f"AUTRES DÉMARCHES – PARTIE {part}\n\nDépartement\tIntitulé\tPorteur\n"
            f"Dordogne (24)\tUne épicerie itinérante n° {part}\tAssociation Le Panier\n"
            f"Gironde (33)\tDes permanences en mairie n° {part}\tDépartement de la Gironde\n\n"
        )
    text = sommaire + "AVANT-PROPOS\n\nUn texte d'ouverture.\n\n" + body + "AUTRES DÉMARCHES – PARTIE 3\n\n"
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    fiches = [(r.title, r.departement, r.porteur, r.year) for r in result.records if r.kind == "fiche"]
    others = [(r.title, r.departement, r.chapter) for r in result.records if r.kind != "fiche"]
    assert fiches == [
        (t, place.split(" de la ")[-1].split(" des ")[-1][:-5], p, y) for t, place, p, y in titles
    ]
    assert others == [
        ("Une épicerie itinérante n° 1", "Dordogne", 1),
        ("Des permanences en mairie n° 1", "Gironde", 1),
        ("Une épicerie itinérante n° 2", "Dordogne", 2),
        ("Des permanences en mairie n° 2", "Gironde", 2),
    ]
    assert result.document.records_announced == 4


def test_a_header_of_labelled_pairs_on_one_line_with_no_separator_and_numbered_sub_themes(tmp_path):
    """ "Département : Sarthe (72) Porteur du projet : CCAS du Mans Année de lancement : 2021
    Statut : En cours" (a PDF's text with no blank line): each pair a field of the header; the
    Sommaire's "1.1 Sub-theme" entries are sub-themes, not fiches it announces."""
    fiches = [
        ("1.1 Se déplacer", "Un garage solidaire itinérant", "Sarthe (72)", "CCAS du Mans", 2021, "En cours"),
        (
            "1.1 Se déplacer",
            "Le permis accompagné des jeunes",
            "Mayenne (53)",
            "Département de la Mayenne",
            2019,
            "Achevé",
        ),
        (
            "1.2 Travailler",
            "Un binôme référent et conseiller",
            "Vendée (85)",
            "Département de la Vendée",
            2022,
            "Pérennisé",
        ),
    ]
    sommaire = "SOMMAIRE\nCHAPITRE 1 – Insertion ........ 3\n"
    body = (
        "2\nRecueil des initiatives 2024\nAVANT-PROPOS\nCe recueil rassemble des initiatives conduites par les\n"
        "départements de l'Ouest et leurs partenaires.\n3\nRecueil des initiatives 2024\nCHAPITRE 1 – Insertion\n"
        "Se déplacer et travailler restent les premiers obstacles des personnes accompagnées.\n"
    )
    theme = ""
    for page, (sub, title, place, porteur, year, status) in enumerate(fiches, 3):
        if sub != theme:
            sommaire += f"{sub} ........ {page}\n"
            body += f"{sub}\n"
            theme = sub
        sommaire += f"{title} ........ {page}\n"
        body += (
            f"{title}\nDépartement : {place} Porteur du projet : {porteur} Année de lancement : {year} "
            f"Statut : {status}\nLe contexte\nUn besoin que {porteur} a constaté en {year - 1}.\n"
            f"Le projet\nCe que {porteur} a mis en place depuis {year}.\n"
        )
    result = parse_text(tmp_path, sommaire + body, "odas-recueil", "recueil.txt")
    assert [(r.title, r.departement, r.porteur, r.year, r.status, r.theme_label) for r in result.records] == [
        ("Un garage solidaire itinérant", "Sarthe", "CCAS du Mans", 2021, "En cours", "Se déplacer"),
        (
            "Le permis accompagné des jeunes",
            "Mayenne",
            "Département de la Mayenne",
            2019,
            "Achevé",
            "Se déplacer",
        ),
        (
            "Un binôme référent et conseiller",
            "Vendée",
            "Département de la Vendée",
            2022,
            "Pérennisé",
            "Travailler",
        ),
    ]
    assert result.document.records_announced == 3


def test_a_sub_theme_in_italics_atop_each_fiche_page_and_image_placeholders(tmp_path):
    """A recueil converted from PDF to Markdown: "*» Sub-theme*" repeated atop each page of its
    fiches (so a running line) is their sub-theme; "![](_page_3_Picture_1.jpeg)" is no text."""

    def fiche(page: int, theme: str, title: str, place: str, porteur: str) -> str:
        return (
            f"#### Recueil 2024 · page {page}\n\n*» {theme}*\n\n### {title}\n\n"
            f"| Département | Porteur | Année |\n|---|---|---|\n| {place} | {porteur} | 202{page % 5} |\n\n"
            f"![](_page_{page}_Picture_1.jpeg)\n\nUn texte que {porteur} a écrit sur « {title} ».\n\n"
        )

    text = (
        "## Chapitre 1 : Insertion et emploi\n\n"
        + fiche(3, "Mobilité et levée des freins à l'emploi", "Un garage solidaire", "Corrèze (19)", "CD 19")
        + fiche(4, "Mobilité et levée des freins à l'emploi", "Le permis accompagné", "Creuse (23)", "CD 23")
        + fiche(5, "Mobilité et levée des freins à l'emploi", "Une garde d'enfants", "Vienne (86)", "CD 86")
        + fiche(6, "Liens avec les entreprises", "Un club d'employeurs", "Gironde (33)", "CD 33")
        + "![](_page_7_Picture_4.jpeg)\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.title, r.departement, r.theme_label) for r in result.records] == [
        ("Un garage solidaire", "Corrèze", "Mobilité et levée des freins à l'emploi"),
        ("Le permis accompagné", "Creuse", "Mobilité et levée des freins à l'emploi"),
        ("Une garde d'enfants", "Vienne", "Mobilité et levée des freins à l'emploi"),
        ("Un club d'employeurs", "Gironde", "Liens avec les entreprises"),
    ]


def test_capitals_sub_themes_over_their_fiches_and_bulleted_entries_over_their_porteur(tmp_path):
    """pdftotext -layout: "SOUTENIR LES AIDANTS" in capitals right over a fiche's title, after the
    text of the fiche above, opens that sub-theme; in "D'AUTRES INITIATIVES", "  ▪ Title" over
    "Porteur : CCAS de Bressuire · 2022" and its text is an entry (the porteur, then its year)."""

    def fiche(title: str, place: str, porteur: str, year: int) -> str:
        return (
            f"{title}\n\nDépartement         {place}\nPorteur             {porteur}\nLancement           {year}\n\n"
            f"Le contexte\n\nUn texte que {porteur} a écrit sur « {title} » et sur ses débuts en {year}.\n\n\n"
        )

    text = (
        "                 PARTIE 1 · AUTONOMIE ET AIDE AUX AIDANTS\n\n\n"
        "PRÉVENIR LA PERTE D'AUTONOMIE\n\n"
        + fiche(
            "Des ateliers pour bien vieillir chez soi",
            "Haute-Vienne (87)",
            "Département de la Haute-Vienne",
            2021,
        )
        + fiche(
            "Une colocation intergénérationnelle à Pau",
            "Pyrénées-Atlantiques (64)",
            "Association Toits Partagés",
            2022,
        )
        + "SOUTENIR LES PROCHES AIDANTS\n\n"
        + fiche("Des heures de relayage à domicile", "Landes (40)", "Département des Landes", 2020)
        + fiche("Une plateforme téléphonique pour les aidants", "Charente-Maritime (17)", "CD 17", 2023)
        + "D'AUTRES INITIATIVES\n\nDeux-Sèvres (79)\n\n"
        "  ▪ La semaine des droits du Bocage\n    Porteur : CCAS de Bressuire · 2022\n"
        "    Pendant une semaine, les partenaires tiennent des stands communs sur le marché.\n\n"
        "Corrèze (19)\n\n"
        "  ▪ Un jardin partagé entre EHPAD et école\n    Porteur : EHPAD de Meymac · depuis 2021\n"
        "    Résidents et écoliers cultivent ensemble un potager.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    fiches = [(r.title, r.theme_label) for r in result.records if r.kind == "fiche"]
    others = [(r.title, r.departement, r.porteur, r.year) for r in result.records if r.kind != "fiche"]
    assert fiches == [
        ("Des ateliers pour bien vieillir chez soi", "PRÉVENIR LA PERTE D'AUTONOMIE"),
        ("Une colocation intergénérationnelle à Pau", "PRÉVENIR LA PERTE D'AUTONOMIE"),
        ("Des heures de relayage à domicile", "SOUTENIR LES PROCHES AIDANTS"),
        ("Une plateforme téléphonique pour les aidants", "SOUTENIR LES PROCHES AIDANTS"),
    ]
    assert others == [
        ("La semaine des droits du Bocage", "Deux-Sèvres", "CCAS de Bressuire", 2022),
        ("Un jardin partagé entre EHPAD et école", "Corrèze", "EHPAD de Meymac", 2021),
    ]


def test_a_sommaire_of_plain_lines_announces_its_fiches_and_back_matter_ends_the_last_entries(tmp_path):
    """A recueil exported from a shared document: its Sommaire a run of plain lines with no page
    (front matter, chapters, sub-themes, titles, "Autres démarches"), each printed again below.
    The fiches it lists are the count announced; "Autres démarches" in the Sommaire opens no
    part; "Annexes" after the last short entries is the back matter, no entry."""
    fiches = [
        ("Des paniers solidaires livrés en vélo", "Gard (30)", "CCAS de Nîmes", 2022),
        ("Un numéro unique pour les aidants", "Hérault (34)", "Département de l'Hérault", 2020),
        ("Une maison des familles au marché", "Aude (11)", "CCAS de Narbonne", 2023),
    ]
    sommaire = "Sommaire\nPréface\nChapitre 1 – Vivre au quotidien\n1.1 Se nourrir\n"
    body = "\nPréface\nCe document rassemble des démarches repérées par le réseau régional.\n\n"
    body += "Chapitre 1 – Vivre au quotidien\n1.1 Se nourrir\n\n"
    for title, place, porteur, year in fiches:
        sommaire += f"{title}\n"
        body += (
            f"{title}\nTerritoire : {place} — Porteur : {porteur} — Année : {year}\n"
            f"Le constat ? Des habitants signalés en {year - 1} par {porteur}.\n"
            f"L'action ? Un service ouvert depuis {year}.\n\n"
        )
    sommaire += "Autres démarches\nAnnexes\n"
    body += (
        "Autres démarches\n* Lozère – Un relais de courrier dans les mairies (CCAS de Mende)\n"
        "* Gard – Des repas partagés au centre social (Centre social Pissevin)\n\n"
        "Annexes\nLa trame commune peut être demandée au réseau ; elle est mise à jour chaque année.\n"
        "Dernière mise à jour : 2 février 2025\n"
    )
    result = parse_text(tmp_path, sommaire + body, "odas-recueil", "recueil.txt")
    assert [(r.kind, r.title, r.departement) for r in result.records] == [
        ("fiche", "Des paniers solidaires livrés en vélo", "Gard"),
        ("fiche", "Un numéro unique pour les aidants", "Hérault"),
        ("fiche", "Une maison des familles au marché", "Aude"),
        ("autre_demarche", "Un relais de courrier dans les mairies", "Lozère"),
        ("autre_demarche", "Des repas partagés au centre social", "Gard"),
    ]
    assert result.document.records_announced == 3


def _table_fiche(title: str, place: str, porteur: str, year: int) -> str:
    return (
        f"### {title}\n\n| Département | Porteur | Année |\n|---|---|---|\n| {place} | {porteur} | {year} |\n\n"
        f"**Constat.** Un besoin repéré en {year - 1} par {porteur}.\n\n"
        f"**Action.** Un service ouvert en {year}.\n\n"
    )


def test_parts_named_by_one_word_without_numbers_are_the_chapters_in_their_order(tmp_path):
    """A site's recueil: "# Thématique : Insertion" over "## sub-theme" over "### fiche" — the
    parts print no number, the Sommaire's links number them ("Thématique 2 — …"): chapters 1 and
    2 in their order, the sub-themes the body prints under them, not the Sommaire's parents."""
    text = (
        "# Recueil d'initiatives 2025\n\n## Sommaire\n\n"
        "- [Thématique 1 — Insertion](#insertion)\n  - [Un garage solidaire](#garage)\n"
        "  - [Des bourses au permis](#permis)\n"
        "- [Thématique 2 — Grand âge](#age)\n  - [Une colocation de seniors](#coloc)\n\n"
        "# Thématique : Insertion\n\nDes départements agissent sur les freins à l'emploi.\n\n"
        "## Se déplacer\n\n"
        + _table_fiche("Un garage solidaire", "Mayenne (53)", "Département de la Mayenne", 2021)
        + _table_fiche("Des bourses au permis", "Orne", "Département de l'Orne", 2020)
        + "# Thématique : Grand âge\n\nVieillir chez soi.\n\n## Habiter\n\n"
        + _table_fiche("Une colocation de seniors", "Sarthe", "CCAS du Mans", 2022)
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.title, r.departement, r.chapter, r.theme_label) for r in result.records] == [
        ("Un garage solidaire", "Mayenne", 1, "Se déplacer"),
        ("Des bourses au permis", "Orne", 1, "Se déplacer"),
        ("Une colocation de seniors", "Sarthe", 2, "Habiter"),
    ]
    assert result.document.records_announced == 3


def test_an_index_said_in_one_line_above_the_fiches_closes_nothing(tmp_path):
    """ "**Départements cités :** Gers, Landes" in the front matter of a recueil in no chapters:
    the index in one line, the fiches below it still read."""
    text = (
        "# Recueil d'initiatives 2025\n\nDes démarches repérées dans le Sud-Ouest.\n\n"
        "**Départements cités :** Gers, Landes, Gironde\n\n"
        + _table_fiche("Un garage solidaire", "Gers (32)", "CCAS d'Auch", 2021)
        + _table_fiche("Des bourses au permis", "Landes", "Département des Landes", 2020)
        + _table_fiche("Une colocation de seniors", "Gironde", "CCAS de Libourne", 2022)
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.title, r.departement) for r in result.records] == [
        ("Un garage solidaire", "Gers"),
        ("Des bourses au permis", "Landes"),
        ("Une colocation de seniors", "Gironde"),
    ]


def test_a_sub_theme_numbered_under_its_chapter_is_no_chapter_whatever_its_word(tmp_path):
    """ "CHAPITRE I – Insertion" over "Thématique 1.1 – Se déplacer": the sub-theme's "1.1" is a
    number under the chapter's, so the line is the fiches' sub-theme, not chapter 1 again."""
    text = "CHAPITRE I – Insertion\n\nThématique 1.1 – Se déplacer\n\n"
    for title, place, porteur, year in [
        ("Un garage solidaire", "Gers (32)", "CCAS d'Auch", 2021),
        ("Des bourses au permis", "Landes", "Département des Landes", 2020),
    ]:
        text += f"{title}\nDépartement : {place}\nPorteur : {porteur}\nAnnée : {year}\nUn service ouvert en {year}.\n\n"
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.title, r.chapter, r.theme_label) for r in result.records] == [
        ("Un garage solidaire", 1, "Se déplacer"),
        ("Des bourses au permis", 1, "Se déplacer"),
    ]


def test_a_header_value_wrapped_under_itself_goes_on_and_the_header_after_it_is_read(tmp_path):
    """A two-column PDF's text: "Porteur : Groupement d'employeurs Littoral" over "Emploi 17"
    set right under the value (its indent): the porteur goes on there, and "Date de lancement :
    printemps 2019" below is still the header's (its year 2019)."""
    fiches = [
        (
            "UN CONTRAT PARTAGÉ ENTRE EMPLOYEURS",
            "Charente-Maritime (17)",
            ["Groupement d'employeurs Littoral", "Emploi 17"],
            "printemps 2019",
        ),
        ("UNE COLOCATION EN CENTRE-BOURG", "Creuse (23)", ["CCAS de Guéret"], "avril 2021"),
        ("UN HABITAT INCLUSIF", "Landes (40)", ["Association Habiter", "Ensemble 40"], "2020"),
    ]
    text = "PARTIE 1 – INSERTION\n\n"
    for title, place, porteur, started in fiches:
        text += f"   {title}\n\n     Département : {place}\n     Porteur : {porteur[0]}\n"
        text += "".join(f"               {more}\n" for more in porteur[1:])
        text += f"     Date de lancement : {started}\n     Statut : En cours\n\n"
        text += (
            "   Les enjeux\n   Un besoin repéré par les équipes du territoire depuis plusieurs années.\n\n"
        )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.porteur, r.year) for r in result.records] == [
        ("Groupement d'employeurs Littoral Emploi 17", 2019),
        ("CCAS de Guéret", 2021),
        ("Association Habiter Ensemble 40", 2020),
    ]


def test_a_nested_list_sommaire_without_pages_announces_its_fiches_and_skips_its_furniture(tmp_path):
    """A site's Sommaire as a nested list with no page ("- 1. Chapter" / "  - Sub-theme" /
    "    - Title"), the facts glued with "<br>" (no part of a value), beside front matter ("Présentation", "Départements et collectivités cités"),
    a header's question explained ("Depuis quand ?"), an index's "Ville de Riom" and the
    recueil's running title: only the fiches count."""
    fiches = [
        ("Un garage solidaire itinérant", "Mayenne", "Département de la Mayenne", 2021),
        ("Des bourses au permis", "Orne", "Département de l'Orne", 2020),
        ("Une colocation de seniors", "Sarthe", "CCAS du Mans", 2022),
    ]
    text = (
        "# RECUEIL DES SOLIDARITÉS\n\n## Sommaire\n\n- Présentation\n- Départements et collectivités cités\n"
        "- Depuis quand ?\n- Ville de Riom\n- RECUEIL DES SOLIDARITÉS\n- 1. Insertion\n  - Se déplacer\n"
        + "".join(f"    - {title}\n" for title, *_ in fiches)
        + "  - Autres démarches\n\n## Présentation\n\nLes fiches disent où, qui et depuis quand.\n\n"
        "## 1. Insertion\n\n### Se déplacer\n\n"
    )
    for title, place, porteur, year in fiches:
        text += (
            f"#### {title}\n\n**Département** : {place}<br>**Porteur** : {porteur}<br>**Année** : {year}\n\n"
            f"Un service ouvert en {year} par {porteur}.\n\n*RECUEIL DES SOLIDARITÉS*\n\n"
        )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    assert [(r.title, r.departement, r.porteur, r.year) for r in result.records] == fiches
    assert not any(r.departement_raw and "<br" in r.departement_raw for r in result.records)
    assert result.document.records_announced == 3


def test_a_numbered_sub_theme_atop_its_pages_front_matter_and_a_title_wrapped_before_its_quote(tmp_path):
    """A PDF's text: "1.1 Se déplacer" atop each page of its fiches, under the running header,
    listed with its number and no page in the Sommaire: the fiches' sub-theme. The Sommaire's
    entries before its first part ("Le réseau et la méthode ..... 3") are no fiches; a title wrapped before a
    quoted name ("… la démarche" / "« Juste droit » ..... 9") is one title."""
    running = "Recueil 2024 · Réseau des solidarités"
    fiches = [
        ("Un garage solidaire itinérant", "CREUSE", "Département de la Creuse", "2021"),
        ("Un permis accompagné pour les jeunes", "CORRÈZE", "CCAS de Tulle", "2022"),
        (
            "Aller au-devant de ceux qui ne demandent rien : la démarche « Juste droit »",
            "DORDOGNE",
            "CCAS de Nontron",
            "2023",
        ),
    ]
    text = (
        "Sommaire\n\nLe réseau et la méthode ........................... 3\n\n"
        "Partie 1 — Insertion ..................................... 5\n1.1 Se déplacer\n"
        "Un garage solidaire itinérant ........................... 6\n"
        "Un permis accompagné pour les jeunes .................... 7\n"
        "Aller au-devant de ceux qui ne demandent rien : la démarche\n"
        "« Juste droit » en Périgord vert ......................... 8\n\n"
        f"3\n{running}\n\nLe réseau et la méthode\n\nLes fiches ont été proposées par les structures elles-mêmes.\n\n"
        f"5\n{running}\n\nPartie 1 — Insertion\n\nSe déplacer reste le premier frein.\n"
    )
    for page, (title, dep, porteur, year) in enumerate(fiches, 6):
        head, _, tail = title.partition(" « ")
        printed = f"{head}\n« {tail}" if tail else title
        text += (
            f"\f{page}\n{running}\n1.1 Se déplacer\n\n{dep}\n\n{printed}\n\nPorteur : {porteur}\n"
            f"Date de lancement : {year}\n\nLe contexte\nUn besoin repéré par les équipes du territoire.\n\n"
        )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.txt")
    assert [(r.title, r.theme_label, r.year) for r in result.records] == [
        (title, "Se déplacer", int(year)) for title, _, _, year in fiches
    ]
    assert result.document.records_announced == 3


def test_short_entries_framed_as_a_bold_title_and_its_facts_in_italics(tmp_path):
    """ "- **Covoiturage solidaire** — *Mayenne (53) · Porteur : Association X · 2022* — its text":
    the entry's title, département, porteur and year."""
    fiches = "".join(
        f"## {title}\n\n| Département | {place} |\n|---|---|\n| Porteur | {porteur} |\n| Année | {year} |\n\n"
        f"Un service ouvert en {year}.\n\n"
        for title, place, porteur, year in [
            ("Un garage solidaire", "Gers (32)", "CCAS d'Auch", 2021),
            ("Des bourses au permis", "Landes (40)", "Département des Landes", 2020),
            ("Une colocation de seniors", "Gironde (33)", "CCAS de Libourne", 2022),
        ]
    )
    text = (
        "# Chapitre 1 : Insertion\n\n" + fiches + "# Autres démarches\n\n"
        "- **Covoiturage solidaire rural** — *Mayenne (53) · Porteur : Association Roulons Ensemble · 2022* "
        "— Des conducteurs bénévoles assurent les trajets.\n"
        "- **Repas partagés** — *Sarthe (72) · Porteur : CCAS du Mans · 2023* — Un repas par mois.\n"
    )
    result = parse_text(tmp_path, text, "odas-recueil", "recueil.md")
    others = [
        (r.title, r.departement, r.porteur, r.year) for r in result.records if r.kind == "autre_demarche"
    ]
    assert others == [
        ("Covoiturage solidaire rural", "Mayenne", "Association Roulons Ensemble", 2022),
        ("Repas partagés", "Sarthe", "CCAS du Mans", 2023),
    ]


@pytest.mark.parametrize("with_sommaire", [True, False])
def test_chapters_only_in_the_running_header_and_each_fiche_signed_at_its_foot(tmp_path, with_sommaire):
    """pdftotext without layout: the chapter said only atop each page ("Recueil 2024 — Chapitre 2 :
    Logement"; a Sommaire listing the titles alone, or none), the index of collectivities before the fiches, each fiche opening on "Gers (32)" over
    its title in capitals ("Contexte" under its facts is its first section, no porteur) and signed at
    its foot "— CCAS d'Auch, depuis 2021": its porteur and year."""
    fiches = [
        (1, "Accès aux droits", "Gers (32)", "UN BUS DES DROITS EN ASTARAC", "CCAS d'Auch", 2021),
        (1, "Accès aux droits", "Landes (40)", "DES PERMANENCES EN MAIRIE", "CIAS du Marsan", 2020),
        (2, "Logement", "Gironde (33)", "UNE COLOCATION SOLIDAIRE", "CCAS de Libourne", 2022),
    ]
    sommaire = (
        "SOMMAIRE\n\n"
        + "".join(
            f"{title.capitalize()} ........ {n}\n" for n, (_, _, _, title, _, _) in enumerate(fiches, 3)
        )
        if with_sommaire
        else ""
    )
    pages = [
        f"INITIATIVES LOCALES\n\nRecueil 2024\n\n{sommaire}",
        "Recueil 2024 — Index\n\nINDEX DES COLLECTIVITÉS CITÉES\n\n"
        "Gers : Auch, p. 3\nLandes : Mont-de-Marsan, p. 4\nGironde : Libourne, p. 5\n",
    ]
    for number, chapter, place, title, porteur, year in fiches:
        pages.append(
            f"Recueil 2024 — Chapitre {number} : {chapter}\n\n{place}\n\n{title}\n\n"
            "Thématique : Aller vers\n\nContexte\n\nLes habitants éloignés des services renoncent à leurs droits "
            "faute de pouvoir se déplacer jusqu'aux guichets.\n\nDescription\n\nUne équipe se déplace chaque "
            f"semaine dans les communes.\n\n— {porteur}, depuis {year}\n"
        )
    text = "".join(f"{page}\n{n}\n\f" for n, page in enumerate(pages, 1))
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.chapter, r.departement, r.porteur, r.year) for r in records] == [
        (title, number, place.split(" (")[0], porteur, year)
        for number, _, place, title, porteur, year in fiches
    ]


def test_a_fiche_s_whole_header_on_its_numbered_line_and_an_introduced_list_of_entries(tmp_path):
    """A Word document saved as text: each fiche's header one line "N° 1 — Title — Creuse (23) —
    Porteur — 2021"; the "Autres démarches" part opens on a sentence introducing its lines
    "Dordogne : Title (porteur)" — an introduction, no entry of its own."""
    fiches = [
        ("Le Bus des solidarités", "Creuse (23)", "Conseil départemental de la Creuse", 2021),
        ("Des permanences numériques en mairie", "Gers (32)", "Conseil départemental du Gers", 2022),
        ("Une cellule de veille des impayés", "Vosges (88)", "CCAS d'Épinal", 2020),
    ]
    text = (
        "RECUEIL D'INITIATIVES 2023\n\nCHAPITRE I : Accès aux droits\n\n"
        + "".join(
            f"N° {n} — {title} — {place} — {porteur} — {year}\n\nStatut : En cours\n\n"
            "Contexte. Les habitants éloignés des services renoncent à des aides. L'action va au-devant d'eux.\n\n"
            for n, (title, place, porteur, year) in enumerate(fiches, 1)
        )
        + (
            "AUTRES DÉMARCHES\n\nLes démarches ci-dessous ont été signalées au réseau sans faire l'objet "
            "d'une fiche. Les porteurs peuvent être joints par le réseau.\n\n"
            "Dordogne : Ateliers numériques pour les allocataires (Conseil départemental de la Dordogne)\n"
            "Finistère : Fonds d'aide aux petits travaux (CCAS de Quimper)\n"
        )
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.kind, r.title, r.departement, r.porteur, r.year) for r in records] == [
        *(("fiche", title, place.split(" (")[0], porteur, year) for title, place, porteur, year in fiches),
        (
            "autre_demarche",
            "Ateliers numériques pour les allocataires",
            "Dordogne",
            "Conseil départemental de la Dordogne",
            None,
        ),
        ("autre_demarche", "Fonds d'aide aux petits travaux", "Finistère", "CCAS de Quimper", None),
    ]


def test_cards_of_fiches_their_facts_a_line_of_badges(tmp_path):
    """A web page saved as markdown: each fiche a card "#### Title" over a line of badges
    "`Cantal (15)` `CCAS d'Aurillac` `2023` `En cours`" — its département, porteur, year, status."""
    cards = [
        ("Le Bus des droits", "Cantal (15)", "CCAS d'Aurillac", 2023, "En cours"),
        ("Des permanences en mairie", "Lozère (48)", "Conseil départemental de la Lozère", 2022, "Pérennisé"),
        ("Un café des aidants", "Allier (03)", "CCAS de Moulins", 2021, "Terminé"),
    ]
    text = "# Recueil 2024\n\n## 🧭 Chapitre 1 — Accès aux droits\n\n" + "".join(
        f"#### {title}\n\n`{place}` `{porteur}` `{year}` `{status}`\n\n"
        "Un service au plus près des habitants, ouvert chaque semaine dans les communes rurales.\n\n"
        for title, place, porteur, year, status in cards
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.md").records
    assert [(r.title, r.departement, r.porteur, r.year, r.status) for r in records] == [
        (title, place.split(" (")[0], porteur, year, status) for title, place, porteur, year, status in cards
    ]


def test_a_restructuredtext_recueil_its_other_initiatives_a_simple_table(tmp_path):
    """A recueil kept as reStructuredText: fiches as sections with field lists (targets over
    them), then "Autres
    démarches" as a simple table ("=====  =====" borders, a row's wrapped lines under it, the
    first column blank) whose columns are a département, a title and a summary (no column
    named for the title: the shortest one is it)."""
    fiches = "".join(
        f".. _{year}:\n\n{title}\n{'~' * len(title)}\n\n:Département: {dep}\n:Porteur: {porteur}\n:Année: {year}\n\n"
        "Un dispositif ouvert chaque semaine aux habitants des communes rurales du département.\n\n"
        for title, dep, porteur, year in [
            ("Le garage solidaire de Decize", "Nièvre (58)", "Association Roule Ma Poule", 2021),
            ("Un relais emploi en gare", "Yonne (89)", "Conseil départemental de l'Yonne", 2022),
        ]
    )
    text = (
        "Recueil 2031\n############\n\nChapitre 1 — Insertion\n======================\n\n"
        "Mobilité\n--------\n\n" + fiches + "Autres démarches\n----------------\n\n"
        "=================  =========================  ==========================================\n"
        "Département        Démarche                   En bref\n"
        "=================  =========================  ==========================================\n"
        "Cher (18)          Des vélos pour l'emploi    Un prêt de vélos électriques aux salariés\n"
        "                                              en horaires décalés, pendant six mois.\n"
        "Indre (36)         La navette des             Une navette relie trois villages à la\n"
        "                   saisonniers                zone d'activité chaque matin d'été.\n"
        "=================  =========================  ==========================================\n"
    )
    records = parse_text(tmp_path, text, "odas-recueil", "recueil.txt").records
    assert [(r.title, r.kind, r.departement) for r in records] == [
        ("Le garage solidaire de Decize", "fiche", "Nièvre"),
        ("Un relais emploi en gare", "fiche", "Yonne"),
        ("Des vélos pour l'emploi", "autre_demarche", "Cher"),
        ("La navette des saisonniers", "autre_demarche", "Indre"),
    ]
    assert (
        records[3].source.lines[0]
        == text.splitlines().index(
            "Indre (36)         La navette des             Une navette relie trois villages à la"
        )
        + 1
    )
