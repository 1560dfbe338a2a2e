"""The text reader: encodings, line endings, and refusal of what is not text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_cli.errors import InputError
from ccas_cli.extract import read_source

from .conftest import subtitles


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_bom_is_dropped_and_line_numbers_start_at_one(tmp_path):
    """A BOM does not become part of the first line."""
    source = read_source(write(tmp_path, "a.txt", "\ufeffSommaire\nChapitre 1\n".encode()))
    assert source.lines == ["Sommaire", "Chapitre 1"]
    assert source.line(1) == "Sommaire"


def test_crlf_and_cr_line_endings_give_the_same_lines(tmp_path):
    """Windows and old Mac line endings split like Unix ones."""
    unix = read_source(write(tmp_path, "u.txt", b"a\nb\n\nc\n")).lines
    assert read_source(write(tmp_path, "w.txt", b"a\r\nb\r\n\r\nc\r\n")).lines == unix
    assert read_source(write(tmp_path, "m.txt", b"a\rb\r\rc\r")).lines == unix


def test_sha256_is_of_the_raw_bytes(tmp_path):
    """Provenance hashes the file as stored, BOM included."""
    import hashlib

    data = "\ufeffé\r\n".encode()
    assert read_source(write(tmp_path, "h.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Département de l'Isère".encode("latin-1"), "not UTF-8 (invalid byte 0xe9 at offset 1)"),
    ],
)
def test_unreadable_text_is_refused_with_the_reason(tmp_path, data, message):
    """Empty, binary and non-UTF-8 files raise an InputError naming the file and the problem."""
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as info:
        read_source(path)
    assert message in info.value.one_line()
    assert info.value.one_line().startswith(str(path))


def test_missing_file_and_directory_are_refused(tmp_path):
    """A missing path or a folder is not a document."""
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


_PIECES = st.sampled_from(["a", "é", "€", "\n", "\r", "\r\n", " ", "\ufeff", "ligne", "😀"])


def _decode_whole(data: bytes, path: Path) -> str:
    """The oracle: the whole file decoded at once, with the reader's own refusals."""
    from ccas_cli.extract import text as reader

    reader._check_start(data, path)
    if not data.strip():
        raise InputError("empty file: nothing to ingest", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise reader._not_utf8(data, exc.start, path) from None


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=60), st.integers(min_value=1, max_value=7), st.booleans())
def test_block_reading_splits_as_the_whole_text_does(tmp_path_factory, pieces, block, bom):
    """Read in tiny blocks (multi-byte characters and CRLF cut across blocks), the lines and
    the hash are those of the whole file decoded at once."""
    import hashlib

    from ccas_cli.extract import text as reader

    data = ("\ufeff" if bom else "").encode() + "".join(pieces).encode()
    path = tmp_path_factory.mktemp("blocks") / "t.txt"
    path.write_bytes(data)
    try:
        # (pictographs are read as spaces: icons, no words; a hand pointing after words a colon)
        expected = [reader.icons_read(line) for line in reader.split_lines(_decode_whole(data, path))]
    except InputError as exc:
        with pytest.raises(InputError) as raised:
            reader.read_text(path)
        assert str(raised.value) == str(exc)
        return
    original = reader.BLOCK
    reader.BLOCK = block
    try:
        source = reader.read_text(path)
    finally:
        reader.BLOCK = original
    assert source.lines == expected
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert reader.read_text_head(path, len(data) + 1).lines == expected
    # Half the bytes: whole lines of the file, or the start of its first line when it is longer.
    head = reader.read_text_head(path, max(1, len(data) // 2)).lines
    assert head == expected[: len(head)] or (len(head) == 1 and expected[0].startswith(head[0]))


def test_an_invalid_byte_far_in_is_named_by_its_offset(tmp_path, monkeypatch):
    from ccas_cli.extract import text as reader

    monkeypatch.setattr(reader, "BLOCK", 16)
    path = write(tmp_path, "late.txt", "é".encode() * 40 + b"\xe9t\xe9\n")
    with pytest.raises(InputError, match="invalid byte 0xe9 at offset 80"):
        reader.read_text(path)


def test_boxes_drawn_with_characters_give_their_lines():
    """A one-column box gives its lines (an indented line goes on from the one above); labels over
    values give "Label : value"; a grid of label | value columns is left to the table reader; the
    number of lines never changes (provenance)."""
    from ccas_cli.extract.frames import unframe

    ascii_box = [
        "+--------------------------------+",
        "|  EN BREF                       |",
        "+--------------------------------+",
        "|  Porté par : CCAS d'Aurillac   |",
        "|  Publics : seniors isolés,     |",
        "|     aidants                    |",
        "+--------------------------------+",
    ]
    out = unframe(ascii_box)
    assert len(out) == len(ascii_box)
    assert [line for line in out if line] == [
        "EN BREF",
        "Porté par : CCAS d'Aurillac",
        "Publics : seniors isolés, aidants",
    ]
    drawn = [
        "┌──────────────────────────────────────┐",
        "│ Un titre de fiche                    │",
        "├────────────┬────────────┬────────────┤",
        "│ Territoire │ Porteur    │ Démarrage  │",
        "├────────────┼────────────┼────────────┤",
        "│ 15         │ Commune de │ 2029       │",
        "│            │ Mauriac    │            │",
        "└────────────┴────────────┴────────────┘",
    ]
    out = unframe(drawn)
    assert len(out) == len(drawn)
    assert [line for line in out if line] == [
        "Un titre de fiche",
        "Territoire : 15",
        "Porteur : Commune de Mauriac",
        "Démarrage : 2029",
    ]
    grid = ["+--------+----------+", "| PILOTE | Pôle CCAS |", "+--------+----------+"]
    assert unframe(grid) == grid
    plain = ["Un texte", "| a | b |", "|---|---|"]
    assert unframe(plain) is plain


_LEFT = [
    "Constat",
    "",
    "Les familles du quartier attendent souvent trois mois avant",
    "d'obtenir un rendez-vous avec un travailleur social, faute",
    "de permanence proche de chez elles et de transports.",
    "",
    "Objectifs",
    "",
    "- ouvrir une permanence hebdomadaire au centre social ;",
    "- réduire le délai du premier rendez-vous à deux semaines.",
]
_RIGHT = [
    "PILOTE",
    "Service de l'action sociale",
    "",
    "PARTENAIRES",
    "• Centre social des Tilleuls",
    "  et ses bénévoles",
    "• CAF",
]


def test_a_text_set_in_two_columns_is_read_column_by_column(tmp_path):
    """A sheet's prose on the left, its key-facts box from one character position on the right
    (a list item's wrapped line indented there): the left column's lines, then the right's,
    each keeping its file line number; a full-width title above the columns stays in place."""
    body = [f"{left:<62}{right}".rstrip() for left, right in zip(_LEFT, [*_RIGHT, "", "", ""], strict=True)]
    text = "\n".join(
        ["FICHE 2 – Ouvrir une permanence sociale dans le quartier des Tilleuls et des Prés", "", *body]
    )
    path = tmp_path / "plan.txt"
    path.write_text(text + "\n", encoding="utf-8")
    source = read_source(path)
    assert source.lines[:2] == text.split("\n")[:2]
    assert [line.strip() for line in source.lines[2:12]] == _LEFT
    # (a line indented in its column keeps its indent there)
    assert [line.strip() for line in source.lines[12:] if line] == [r.strip() for r in _RIGHT if r]
    pilote = source.lines.index("PILOTE") + 1
    assert source.file_span(pilote, pilote) == (3, 3)  # "PILOTE" is on the file's third line
    assert source.file_span(3, 20) == (3, 12)


def test_tables_sommaires_and_label_boxes_are_not_read_as_two_columns(tmp_path):
    """Figures or page numbers on the right, cells on the left, short labels: no column split."""
    sommaire = [
        f"{'Une action numéro ' + str(n) + ' pour les familles du quartier':<70}{n + 4:>4}" for n in range(8)
    ]
    box = [f"{label:<34}{value}" for label, value in [("Porteur", "CCAS de Nevers"), ("Année", "2021")] * 4]
    table = [f"{'Ligne ' + str(n):<12}{'Service A':<20}{'CAF, CPAM':<30}{'12 000 €'}" for n in range(8)]
    for lines in (sommaire, box, table):
        path = tmp_path / "doc.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        source = read_source(path)
        assert source.origin is None and source.lines[: len(lines)] == lines


def test_a_narrow_left_column_beside_running_prose_is_read_column_by_column(tmp_path):
    """Contacts in a narrow left column (names, e-mails: short lines) beside the sheet's prose
    running from line to line on the right: two columns, the contacts read as a block of their
    own; a box of labels and values with long values stays as it is."""
    left = [
        "CONTACT",
        "",
        "Anne Vidal",
        "Cheffe de service,",
        "CCAS du Val",
        "a.vidal@val.fr",
        "04 70 00 00 00",
    ]
    right = [
        "Les visites se tiennent chaque mardi dans la salle",
        "polyvalente ; un agent du CCAS y reçoit les habitants",
        "sans rendez-vous et les aide à remplir leurs dossiers",
        "de demande d'aide, de logement ou de retraite, puis",
        "les oriente vers le bon service quand la demande",
        "dépasse ce qu'il peut traiter sur place, avec un",
        "rendez-vous pris devant eux.",
    ]
    text = "\n".join(f"{a:<36}{b}" for a, b in zip(left, right, strict=True))
    path = tmp_path / "fiche.txt"
    path.write_text(text + "\n", encoding="utf-8")
    source = read_source(path)
    assert [line.strip() for line in source.lines[:7]] == left
    assert [line for line in source.lines[7:] if line] == right
    values = [
        ("Partenaires", "la CAF du département, la mission locale et les"),
        ("", "associations de quartier qui accueillent les jeunes"),
        ("Public", "les jeunes de seize à vingt-cinq ans sortis de l'école"),
        ("", "sans diplôme et sans emploi depuis plus de six mois"),
        ("Territoire", "les trois quartiers prioritaires de la ville et ceux"),
        ("", "des communes voisines qui le demandent"),
    ]
    box = [f"{label:<34}{value}" for label, value in values]
    path.write_text("\n".join(box) + "\n", encoding="utf-8")
    source = read_source(path)
    assert source.origin is None and source.lines[: len(box)] == box


def test_two_columns_going_on_over_a_page_break_are_read_column_by_column_across_it(tmp_path):
    """Two columns running on to the next page, a footer and a running header between, the left
    column's sentence cut by the page break and going on at the top of the next page's left
    column: the left column read down both pages (the page's foot and head kept between its
    pieces), then the right column down both pages, each line with its file line number. Text
    that flows from column to column instead (the left column ending a sentence, the next page
    opening on a capital) is read page by page."""
    left1 = [f"texte de gauche, ligne {n}, première page du document" for n in range(6)]
    right1 = [f"texte de droite, ligne {n}, première page" for n in range(6)]
    left2 = [f"texte de gauche, ligne {n}, seconde page du document" for n in range(5)]
    right2 = [f"texte de droite, ligne {n}, seconde page" for n in range(5)]
    page1 = [f"{a:<60}{b}" for a, b in zip(left1, right1, strict=True)]
    page2 = [f"{a:<60}{b}" for a, b in zip(left2, right2, strict=True)]
    foot = ["", "https://www.exemple.fr/actualites                                          1/2"]
    head = ["\fActualités – Caf du Val                                                    caf.fr", ""]
    lines = [
        "Actualités des partenaires",
        "",
        *page1,
        *foot,
        *head,
        *page2,
        "",
        "Mentions légales · Accessibilité · Données personnelles · Plan du site",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = read_source(path)
    read = [line.strip() for line in source.lines if line.strip()]
    start = read.index(left1[0])
    assert read[start : start + 6] == left1
    assert read[start + 6 : start + 8] == [foot[1].strip(), head[0].strip()]
    assert read[start + 8 : start + 13] == left2
    assert read[start + 13 : start + 24] == right1 + right2
    assert source.file_span(len(source) - 1, len(source) - 1) == (len(lines) - 1, len(lines) - 1)
    assert source.file_span(source.lines.index(right2[0]) + 1, source.lines.index(right2[0]) + 1)[0] == 13
    # the same columns flowing from the left one to the right one: page by page
    flowing = [line.replace("texte de gauche", "Texte de gauche") for line in lines]
    flowing[2 + 5] = flowing[2 + 5].replace("document", "document.", 1)
    path.write_text("\n".join(flowing) + "\n", encoding="utf-8")
    read = [line.strip() for line in read_source(path).lines if line.strip()]
    start = read.index(flowing[2][:52].strip())
    assert read[start + 6 : start + 12] == right1


def test_a_scanner_bar_before_a_field_is_no_table(tmp_path):
    """ "| Partenaires : France Alzheimer …" on a scanned page, the lines around it no table's: the
    bar is dropped, the field read; a real pipe table keeps its bars."""
    text = (
        "Référent : Service Seniors\n| Partenaires : France Alzheimer ; Plateforme de répit\n"
        "Budget : 4 200 €\n\n| Poste | Montant |\n|---|---|\n| Salle | 200 € |\n"
    )
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    lines = read_source(path).lines
    assert lines[1] == "Partenaires : France Alzheimer ; Plateforme de répit"
    assert lines[4:7] == ["| Poste | Montant |", "|---|---|", "| Salle | 200 € |"]


def test_a_running_header_on_every_page_but_the_cover(tmp_path):
    """A head printed atop every page after the cover ("Ville de Valmont – CCAS   Dossier de
    presse – novembre 2031"), two pages of three: running, not text."""
    from ccas_cli.document.blocks import build_blocks

    head = "Ville de Valmont – CCAS                        Dossier de presse – novembre 2031"
    pages = [
        "DOSSIER DE PRESSE\n\nLe CCAS de Valmont expérimente\n\nUn texte d'introduction de la première page.\n",
        f"{head}\n\nUn texte de la deuxième page, qui raconte une expérimentation.\n",
        f"{head}\n\nUn texte de la troisième page, qui en raconte une autre.\n",
    ]
    path = tmp_path / "dossier.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    blocks = build_blocks(read_source(path))
    assert [b.kind for b in blocks if "Dossier de presse – novembre" in b.text] == ["furniture", "furniture"]


def test_a_long_label_joined_to_its_value_by_dot_leaders_is_a_field(tmp_path):
    """ "Quartier prioritaire de la politique de la ville ...... Kennedy" closing a list of figures
    set with dot leaders: a field like the lines above it, not a heading."""
    from ccas_cli.document.blocks import build_blocks

    text = (
        "Les repères démographiques :\n\n"
        "   Population municipale ................................. 15 890 habitants\n"
        "   Part des 75 ans et plus ..................................... 12,4 %\n"
        "   Quartier prioritaire de la politique de la ville ............ Kennedy\n"
    )
    path = tmp_path / "abs.txt"
    path.write_text(text, encoding="utf-8")
    blocks = build_blocks(read_source(path))
    assert [(b.kind, b.label, b.value) for b in blocks[1:]] == [
        ("field", "Population municipale", "15 890 habitants"),
        ("field", "Part des 75 ans et plus", "12,4 %"),
        ("field", "Quartier prioritaire de la politique de la ville", "Kennedy"),
    ]


def test_a_form_feed_inside_a_line_parts_the_two_pages_it_joins(tmp_path):
    """ "Odas – Juin 2031      4\\fRecueil 2031 – Chapitre 1": a page's last line and the next
    page's first joined by the form feed: two lines, both from the file's one line."""
    path = tmp_path / "recueil.txt"
    path.write_text(
        "Texte de la page.\nOdas – Juin 2031      4\fRecueil 2031 – Chapitre 1\nSuite.\n", encoding="utf-8"
    )
    source = read_source(path)
    assert source.lines[:4] == [
        "Texte de la page.",
        "Odas – Juin 2031      4",
        "\fRecueil 2031 – Chapitre 1",
        "Suite.",
    ]
    assert source.file_span(3, 3) == (2, 2) and source.file_span(4, 4) == (3, 3)


def test_a_right_column_keeps_a_numbered_title_and_the_indent_of_its_wrapped_lines(tmp_path):
    """In the right column, "1.2  MARAÎCHAGE BIOLOGIQUE" (its number set apart by two spaces)
    and "• Vergers conservatoires en chantier" over "  d'insertion – …" (indented under the
    bullet's text) stay in that column, the indent kept."""
    left = [f"Une ligne de texte courant, la {n}e à gauche" for n in range(1, 13)]
    right = [
        "1.2  MARAÎCHAGE BIOLOGIQUE ET",
        "     PARCOURS RSA",
        "",
        "Département : Lot",
        "Porteur : association Terres d'Olt",
        "Depuis : 2016",
        "Les salariés en insertion cultivent",
        "des légumes vendus sur les marchés.",
        "• Vergers conservatoires en chantier",
        "  d'insertion – Un chantier replante",
        "  des arbres fruitiers anciens.",
        "",
    ]
    path = tmp_path / "recueil.txt"
    path.write_text(
        "\n".join(f"{a:<52}{b}".rstrip() for a, b in zip(left, right, strict=True)) + "\n", encoding="utf-8"
    )
    lines = read_source(path).lines
    assert [line.strip() for line in lines[:12]] == left
    assert [line for line in lines[12:] if line.strip()] == [r for r in right if r]


def test_a_site_menu_printed_beside_the_page_is_read_as_a_column_of_its_own(tmp_path):
    """A page a browser printed: the site's menu (short entries, headed in capitals) on the left
    of the first items, their prose on the right: the menu's lines, then the items'."""
    menu = [
        "MA CAF",
        "Nos points d'accueil",
        "Prendre rendez-vous",
        "Nous écrire",
        "Actualités",
        "Offres d'emploi",
        "",
        "VOS AIDES",
        "Famille",
        "Logement",
        "Handicap",
        "",
        "PARTENAIRES",
        "Collectivités",
        "Associations",
    ]
    items = [
        "Famille · 27 février 2031",
        "Décès d'un enfant : un accompagnement",
        "renforcé pour les familles endeuillées",
        "La perte d'un enfant bouleverse toute la famille. Dès",
        "qu'elle en est informée, la Caf propose désormais un",
        "rendez-vous avec une travailleuse sociale dans le mois",
        "qui suit et maintient les prestations familiales.",
        "Lire la suite",
        "",
        "Solidarité · 20 février 2031",
        "Violences conjugales : l'aide universelle",
        "d'urgence, comment la demander ?",
        "En place depuis décembre 2029, l'aide permet aux",
        "victimes de faire face aux premières dépenses après",
        "un départ du domicile, en quelques jours ouvrés.",
    ]
    path = tmp_path / "page.txt"
    path.write_text(
        "\n".join(f"   {a:<32}{b}".rstrip() for a, b in zip(menu, items, strict=True)) + "\n",
        encoding="utf-8",
    )
    lines = [line.strip() for line in read_source(path).lines if line.strip()]
    assert lines == [m for m in menu if m] + [i for i in items if i]


def test_letter_spaced_display_type_is_read_as_words(tmp_path):
    """ "C H A P I T R E  1", "H A U T E - G A R O N N E", "M O D E   D ' E M P L O I": display
    type a PDF's text keeps letter-spaced, read as its words; "x = a + b" and "A b c texte" stay."""
    lines = [
        "C H A P I T R E  1     Accompagner la grossesse ........ 6",
        "                    H A U T E - G A R O N N E",
        "M O D E   D ' E M P L O I   D U   R E C U E I L",
        "A I N",
        "x = a + b + c",
        "Un a b c texte",
    ]
    path = write(tmp_path, "spaced.txt", "\n".join(lines).encode())
    assert [line.strip() for line in read_source(path).lines] == [
        "CHAPITRE 1     Accompagner la grossesse ........ 6",
        "HAUTE-GARONNE",
        "MODE D'EMPLOI DU RECUEIL",
        "AIN",
        "x = a + b + c",
        "Un a b c texte",
    ]


def test_a_title_beside_a_narrow_column_of_facts_is_no_page_in_two_columns():
    """ "Title …      GARD" / "end of title      Direction enfance famille," / the column going
    on alone below: a title beside its facts, read as printed (the block reader pairs them),
    never cut into a left column read before a right one."""
    from ccas_cli.extract.columns import split_columns

    lines = [
        "                                              9",
        "\fRecueil d'initiatives                        Fugues et errance des mineurs · 2031",
        "",
        "",
        "Une astreinte éducative départementale joignable la         GARD",
        "nuit et le week-end                                         Direction enfance famille,",
        "                                                            Département du Gard",
        "                                                            2021",
        "                                                            Statut : dispositif pérenne",
        "",
        "Contact : Karim Aït-Saïd, chef du service accueil d'urgence – 04 66 00 00 00",
    ]
    assert split_columns(lines) is None


def test_a_pictograph_alone_before_a_fact_labels_it_but_a_place_alone_stays(tmp_path):
    """ "🏷️ Logement" on its line is a labelled fact ("Mots-clés : Logement", document.yaml's
    pictographs); "📍 Maison France services" alone is an event's place, read as printed."""
    lines = ["Un titre d'actualité", "🏷️ Logement", "📍 Maison France services de Revel", "Un texte."]
    path = write(tmp_path, "icons.txt", "\n".join(lines).encode())
    got = [line.strip() for line in read_source(path).lines]
    assert got[1] == "Mots-clés : Logement"
    assert "Mots-clés" not in got[2] and "Lieu" not in got[2]


def test_a_table_set_out_across_is_read_one_item_a_row_but_a_table_of_years_stays(tmp_path):
    """One item per column (titles wrapped in their columns, labelled rows, a label wrapped, an
    empty cell): read as a table of one item a row, each row's provenance its item's title line.
    A table of amounts by year, laid out the same way, is left as printed."""
    across = (
        "                      Un toit pour la                Des repas partagés\n"
        "                      saison                         au foyer\n"
        "\n"
        "    Lancement         mars 2031                      septembre 2030\n"
        "    Partenaires       Action Logement,               Restos du Cœur\n"
        "                      Mission locale\n"
        "    Évaluation        Ansa\n"
        "    Où en est-        Pérennisée                     Arrêtée en 2032\n"
        "    on ?\n"
    )
    years = (
        "                                  2031        2032        2033\n"
        "  CCAS                           8 000 €     8 000 €     8 000 €\n"
        "  Communauté de communes         4 000 €     4 000 €     4 000 €\n"
        "  Département                    2 000 €     2 000 €     2 000 €\n"
    )
    path = tmp_path / "kit.txt"
    path.write_text("Intro.\n\n" + across + "\n" + years, encoding="utf-8")
    source = read_source(path)
    rows = [line.strip() for line in source.lines if line.strip().startswith("|")]
    assert rows == [
        "|  | Lancement | Partenaires | Évaluation | Où en est-on ? |",
        "| Un toit pour la saison | mars 2031 | Action Logement, Mission locale | Ansa | Pérennisée |",
        "| Des repas partagés au foyer | septembre 2030 | Restos du Cœur |  | Arrêtée en 2032 |",
    ]
    assert len(source.lines) == len(
        path.read_text(encoding="utf-8").splitlines()
    )  # each line keeps its number
    assert source.lines[2].strip().startswith("|  | Lancement")  # written over the table's own lines
    assert "  CCAS                           8 000 €     8 000 €     8 000 €" in source.lines


def test_a_drawn_grid_of_rows_under_its_header_stays_a_table():
    """ "| PRODUITS | Montant (€) |" over many rows each filling both cells ("70 – Ventes … |
    17 450"), a wrapped label's next line filling one: a table of several rows, left to the
    table reader (its amounts read), never one label over one value."""
    from ccas_cli.extract.frames import unframe

    grid = [
        "+----------------------------------------+------------+",
        "| PRODUITS                               | Montant (€)|",
        "+----------------------------------------+------------+",
        "| 70 – Ventes de prestations             |    17 450  |",
        "| 74 – Subventions d'exploitation        |    79 200  |",
        "|      dont CCAS de Valmont              |    36 000  |",
        "|      dont Département, programme       |    18 000  |",
        "|      d'insertion                       |            |",
        "+----------------------------------------+------------+",
        "| TOTAL DES PRODUITS                     |    96 650  |",
        "+----------------------------------------+------------+",
        "| 86/87 – Mise à disposition du local    |     6 240  |",
        "| 86/87 – Bénévolat                      |    10 800  |",
        "+----------------------------------------+------------+",
    ]
    assert unframe(grid) == grid  # (left to the table reader as printed)


_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><title>Recueil | Site</title><style>p { color: red }</style></head>
<body>
<header><a href="/">Accueil du site</a></header>
<nav><ul><li><a href="/a">Menu un</a></li><li><a href="/b">Menu deux</a></li></ul></nav>
<main>
<h1>Des initiatives pour les aidants&nbsp;: recueil 2033</h1>
<nav class="toc"><p><strong>Sommaire</strong></p>
<ol><li><a href="#f1">Un relais dans chaque canton</a> (Lozère)</li></ol></nav>
<article id="f1">
<h3><span class="num">1.1</span> Un relais dans chaque canton</h3>
<p><strong>D&eacute;partement :</strong> Loz&egrave;re<br>
<strong>Porteur :</strong> CCAS de Mende</p>
<p>Le relais accueille les aidants
deux fois par mois.</p>
<ul><li>Une permanence</li><li>Un groupe de parole</li></ul>
<table><tr><th>Année</th><th>Montant</th></tr><tr><td>2033</td><td>4 000 &euro;</td></tr></table>
</article>
<script>var x = "<p>not text</p>";</script>
</main>
<footer><p>Mentions l&eacute;gales</p></footer>
</body></html>
"""


@pytest.mark.parametrize("name", ["page.txt", "page.html"])
def test_a_web_page_saved_as_its_html_source_is_read_as_its_text(tmp_path, name):
    """A page's HTML source (saved as .html, or pasted into a .txt): read as the markdown a
    reader sees — headings, bold labels each on its line, list items, table rows, entities
    decoded — without the site's header, menus, footer, styles or scripts; each line's
    provenance the file line its text is on."""
    path = tmp_path / name
    path.write_text(_PAGE, encoding="utf-8")
    source = read_source(path)
    text = [line for line in source.lines if line.strip()]
    assert text == [
        "# Des initiatives pour les aidants : recueil 2033",
        "**Sommaire**",
        "1. Un relais dans chaque canton (Lozère)",
        "### 1.1 Un relais dans chaque canton",
        "**Département :** Lozère",
        "**Porteur :** CCAS de Mende",
        "Le relais accueille les aidants",
        "deux fois par mois.",
        "- Une permanence",
        "- Un groupe de parole",
        "| Année | Montant |",
        "| --- | --- |",
        "| 2033 | 4 000 € |",
    ]
    file_lines = _PAGE.splitlines()
    porteur = source.lines.index("**Porteur :** CCAS de Mende")
    assert "CCAS de Mende" in file_lines[source.origin[porteur] - 1]
    wrapped = source.lines.index("deux fois par mois.")
    assert file_lines[source.origin[wrapped] - 1] == "deux fois par mois.</p>"


def test_a_text_quoting_a_tag_is_no_web_page(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Compte rendu\n\nLe site affiche <b>Accueil</b> en haut de page.\n", encoding="utf-8")
    assert read_source(path).lines[2] == "Le site affiche <b>Accueil</b> en haut de page."


def test_a_table_dumped_a_cell_a_line_is_read_as_the_table(tmp_path):
    """A table a PDF-to-text tool dumped without its layout: the column titles one a line, then
    each row opening on its number, its cells wrapped over lines one under another (an empty
    cell marked "–"), a row cut by a page (its number, the running line, then the rest); a
    recap table under a caption line, with its "Total" row. Read as the pipe tables they are,
    written over their own lines."""
    running = "Projet social de Valbourg 2032-2037"
    text = "\n".join(
        [
            running,
            "Axe 1 – Vieillir chez soi",
            "N°",
            "Action",
            "Pilote",
            "Partenaires",
            "Coût total",
            "",
            "1.1",
            "Développer les visites à domicile dans",
            "les hameaux éloignés",
            "Pôle Seniors",
            "Associations locales,",
            "Département",
            "12 000 €",
            "",
            "1.2",
            "Créer un accueil de jour pour les",
            "personnes désorientées",
            "Direction du CCAS",
            "–",
            "30 000 € dont 10 000 €",
            "ARS",
            "3",
            running,
            "1.3",
            "Former les aides à domicile",
            "Pôle Seniors",
            "Centre de formation",
            "À moyens constants",
            "",
            "Récapitulatif par axe",
            "Axe",
            "Nombre d'actions",
            "Coût total",
            "",
            "Axe 1",
            "3",
            "42 000 €",
            "",
            "Total",
            "3",
            "42 000 €",
            "",
            running,
        ]
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    assert len(source.lines) == len(text.split("\n"))  # each line keeps its number
    assert [line for line in source.lines if line.startswith("|")] == [
        "| N° | Action | Pilote | Partenaires | Coût total |",
        "| --- | --- | --- | --- | --- |",
        "| 1.1 | Développer les visites à domicile dans les hameaux éloignés | Pôle Seniors "
        "| Associations locales, Département | 12 000 € |",
        "| 1.2 | Créer un accueil de jour pour les personnes désorientées | Direction du CCAS | – "
        "| 30 000 € dont 10 000 € ARS |",
        "| 1.3 | Former les aides à domicile | Pôle Seniors | Centre de formation | À moyens constants |",
        "| Axe | Nombre d'actions | Coût total |",
        "| --- | --- | --- |",
        "| Axe 1 | 3 | 42 000 € |",
        "| Total | 3 | 42 000 € |",
    ]
    assert "Récapitulatif par axe" in source.lines  # (the caption over the titles stays)


def test_short_lines_that_are_no_table_are_left_as_printed(tmp_path):
    """A list of short lines over a blank line, then paragraphs: no table of stacked cells."""
    text = "Nos valeurs\nRespect\nÉcoute\nSolidarité\n\nNous accueillons chacun.\nSans condition.\n\nLe CCAS agit.\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(path).lines == text.rstrip("\n").split("\n")


def test_a_picture_described_in_brackets_is_no_text(tmp_path):
    """ "[Image : …]" alone on its line (an easy-to-read version, an accessible export): read as
    a blank line; a bracket that says something else stays."""
    text = "Un titre\n\n[Image : une femme lit une lettre]\n\n[Mise à jour : mars 2033]\n"
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(path).lines == ["Un titre", "", "", "", "[Mise à jour : mars 2033]"]


_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Caf du Jura - Actualit&#233;s partenaires</title>
  <description>Les informations de la Caf pour ses partenaires.</description>
  <item>
    <title>Le bar&#232;me 2033 des cr&#232;ches</title>
    <pubDate>Tue, 08 Mar 2033 09:00:00 +0100</pubDate>
    <category>Petite enfance</category>
    <description><![CDATA[<p>Les montants sont <strong>en ligne</strong>.</p><p><a href="/x">Lire la suite</a></p>]]></description>
  </item>
  <item>
    <title>Un appel &#224; projets
      pour les jeunes</title>
    <pubDate>Fri, 04 Mar 2033 14:30:00 +0100</pubDate>
    <description>&lt;p&gt;Dossiers avant le 30 avril.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""


def test_a_news_feed_is_read_as_the_page_of_its_items(tmp_path):
    """An RSS feed saved as its XML source: the channel's title and description, then each item
    a "## Title" (wrapped titles joined, entities decoded), its day "Publié le 08/03/2033" (its stamp beside it), its
    category, its description's text (CDATA or escaped HTML) — each line's provenance the line
    of the element it comes from."""
    path = tmp_path / "flux.xml"
    path.write_text(_FEED, encoding="utf-8")
    source = read_source(path)
    assert [line for line in source.lines if line.strip()] == [
        "# Caf du Jura - Actualités partenaires",
        "Les informations de la Caf pour ses partenaires.",
        "## Le barème 2033 des crèches",
        "Publié le 08/03/2033 (Tue, 08 Mar 2033 09:00:00 +0100)",
        "Catégorie : Petite enfance",
        "Les montants sont **en ligne**.",
        "Lire la suite",
        "## Un appel à projets pour les jeunes",
        "Publié le 04/03/2033 (Fri, 04 Mar 2033 14:30:00 +0100)",
        "Dossiers avant le 30 avril.",
    ]
    title = source.lines.index("## Un appel à projets pour les jeunes")
    assert _FEED.splitlines()[source.origin[title] - 1].strip() == "<title>Un appel &#224; projets"


_WIKI = """__NOTOC__
<!-- reprise de l'édition papier -->
= Une laverie pour parler de ses droits =

{| class="wikitable"
|+ Fiche d'identité
|-
! Porteur
| [[CCAS de Valbourg]]
|-
| '''Partenaires''' || CAF du Jura, Secours populaire,
CPAM du Jura
|}

'''Porteur''' : le [[CCAS de Valbourg|centre communal]], avec la Ville.

== Contexte ==
Le quartier compte peu de services.<ref>Diagnostic 2031.</ref>

== Objectifs ==
* Aller vers les habitants
** Sans rendez-vous
* Réduire le [https://example.org non-recours]

[[Catégorie:Accès aux droits]]
"""


def test_a_wiki_page_is_read_as_the_markdown_it_stands_for(tmp_path):
    """A page exported in MediaWiki markup: "= Title =" and "== Section ==" headings, a wikitable
    of key facts (a row's cells on one line or two, a cell wrapped) as a pipe table, bold in
    triple quotes, links by their label, lists by depth; magic words, comments, footnotes and
    categories are no text."""
    path = tmp_path / "fiche.txt"
    path.write_text(_WIKI, encoding="utf-8")
    source = read_source(path)
    assert [line for line in source.lines if line.strip()] == [
        "# Une laverie pour parler de ses droits",
        "Fiche d'identité",
        "| Porteur | CCAS de Valbourg |",
        "| **Partenaires** | CAF du Jura, Secours populaire, CPAM du Jura |",
        "**Porteur** : le centre communal, avec la Ville.",
        "## Contexte",
        "Le quartier compte peu de services.",
        "## Objectifs",
        "- Aller vers les habitants",
        "  - Sans rendez-vous",
        "- Réduire le non-recours",
    ]


def test_a_typeset_texts_ligatures_and_line_end_cuts_are_mended(tmp_path):
    """A PDF's text as pdftotext leaves it: ligature glyphs spelled out, and (five cuts or more)
    each word cut at a line's end written whole on its first line, the lines left where they are;
    a compound the document writes with its hyphen keeps it, a capital after a hyphen is no cut."""
    lines = [
        "Le dispositif a été ﬁnancé par diﬀérents partenaires et il accompagne-",
        "ment des familles, avec un suivi indi-",
        "viduel, une évaluation régu-",
        "lière et des bilans tri-",
        "mestriels ; le porte-à-porte est fait en porte-",
        "à-porte par des bénévoles de Saint-",
        "Malo et de la com-",
        "mune voisine.",
    ]
    path = tmp_path / "extrait.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = read_source(path)
    assert len(source.lines) == len(lines)
    assert source.lines[0] == "Le dispositif a été financé par différents partenaires et il accompagnement"
    assert source.lines[1] == "des familles, avec un suivi individuel,"
    assert source.lines[4].endswith("en porte-à-porte")  # written so elsewhere in the document
    assert source.lines[5].endswith("de Saint-")
    assert " ".join(source.lines).count("commune voisine.") == 1


def test_a_few_line_end_hyphens_are_left_as_written(tmp_path):
    """Fewer than five cuts: no typeset text, the hyphens are the author's."""
    path = tmp_path / "notes.txt"
    path.write_text("Une liste de choses à voir : pré-\nrequis, et\nun autre mot.\n", encoding="utf-8")
    assert read_source(path).lines[0].endswith("pré-")


def test_a_poster_in_three_columns_is_read_column_by_column(tmp_path):
    """A poster as `pdftotext -layout` leaves it: three columns side by side on each line; each
    is read whole (the two on the left in their turn), every line keeping its file line."""
    left = [
        "Le projet",
        "",
        "Des retraités du bourg",
        "conduisent leurs voisins",
        "chez le médecin et à",
        "la pharmacie du canton,",
        "avec leur propre voiture",
        "et un peu de leur temps.",
        "",
        "Premiers résultats",
        "1 200 trajets en 2030.",
    ]
    middle = [
        "Comment ça marche",
        "",
        "1. On appelle le centre",
        "social la veille du rendez-vous.",
        "2. Un chauffeur passe",
        "prendre la personne chez",
        "elle et l'accompagne.",
        "3. Il la ramène",
        "après le soin, et note",
        "le trajet au planning.",
        "",
    ]
    right = [
        "Porteur",
        "Centre social du canton",
        "",
        "Depuis",
        "Septembre 2029",
        "",
        "Public",
        "Habitants de plus de 60 ans",
        "",
        "Contact",
        "04 71 00 00 00",
    ]
    lines = [f"   {a:<34}{b:<36}{c}".rstrip() for a, b, c in zip(left, middle, right, strict=True)]
    path = tmp_path / "affiche.txt"
    path.write_text("Au volant pour la santé\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    source = read_source(path)
    texts = [line.strip() for line in source.lines if line.strip()]
    assert texts.index("Des retraités du bourg") + 3 == texts.index("la pharmacie du canton,")
    assert texts.index("Porteur") + 1 == texts.index("Centre social du canton")
    assert texts.index("1. On appelle le centre") + 1 == texts.index("social la veille du rendez-vous.")
    assert not any("Porteur" in t and "projet" in t for t in texts)  # no line mixes two columns


def test_a_newsletter_in_three_columns_reads_them_in_order_and_keeps_an_attribution_set_in(tmp_path):
    """A newsletter page through `pdftotext -layout`: three columns whose text flows from one to
    the next; the middle one ends on a quotation whose attribution is set further in. The
    columns are read left, middle, right (the two on the left split apart on their own lines,
    never through the right one's below them), the attribution in its column."""
    left = [
        "Projets terminés",
        "",
        "LE BUS DES DROITS",
        "",
        "Un bus a parcouru les",
        "hameaux deux fois par",
        "semaine pendant deux ans.",
        "",
        "Début : 2020 | Bilan :",
        "Ansa | Fin : 2022",
        "",
        "LA LAVERIE SOLIDAIRE",
        "",
        "Une laverie à prix réduit",
        "a ouvert dans le quartier",
        "pour les familles logées",
        "sans machine, puis a fermé.",
    ]
    middle = [
        "Projets en cours",
        "",
        "LE PRÊT DE VÉLOS",
        "",
        "Des vélos électriques",
        "sont prêtés aux salariés",
        "en horaires décalés.",
        "",
        "Début : 2023 | Bilan :",
        "cabinet Aequitas",
        "",
        "« Sans ce vélo, je",
        "perdais mon poste. »",
        "          M. D., 34 ans",
        "",
        "",
        "",
    ]
    right = [
        "L'AIDE AUX DEVOIRS",
        "",
        "Des étudiants viennent",
        "au domicile des élèves",
        "deux soirs par semaine.",
        "",
        "Début : 2024 | Bilan :",
        "université de Caen",
        "",
        "Projets à venir",
        "",
        "LE JARDIN PARTAGÉ",
        "",
        "Une friche deviendra un",
        "jardin tenu par les",
        "habitants du quartier.",
        "",
    ]
    lines = [f"{a:<34}{b:<34}{c}".rstrip() for a, b, c in zip(left, middle, right, strict=True)]
    path = tmp_path / "lettre.txt"
    path.write_text("La lettre du CCAS\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    texts = [line.strip() for line in read_source(path).lines if line.strip()]
    assert texts.index("sans machine, puis a fermé.") < texts.index("Projets en cours")
    assert texts.index("M. D., 34 ans") < texts.index("L'AIDE AUX DEVOIRS") < texts.index("Projets à venir")
    assert texts.index("perdais mon poste. »") + 1 == texts.index("M. D., 34 ans")
    assert not any("M. D." in t and t != "M. D., 34 ans" for t in texts)


def test_a_text_saved_with_the_wrong_encoding_is_mended(tmp_path):
    """UTF-8 once read as Windows-1252 and saved again ("dÃ©partement", "lâ€™accueil",
    "Ã‰valuation"): each line decoded back to what was written; a text with one stray "Ã" is
    left alone."""
    written = [
        "Département : Hérault",
        "L’accueil est assuré à la Maison des solidarités.",
        "Évaluation : en cours, à l’échelle du département",
        "Année de lancement : 2019 – « pérennisé »",
        "AUTRES DÉMARCHES",
        "Une ligne déjà bien écrite ne bouge pas.",
    ]
    mangled = [line.encode("utf-8").decode("cp1252", errors="replace") for line in written[:-1]] + written[
        -1:
    ]
    path = tmp_path / "recueil.txt"
    path.write_text("\n".join(mangled) + "\n", encoding="utf-8")
    assert read_source(path).lines == written
    single = tmp_path / "une.txt"
    single.write_text("Une ligne avec un Ã© isolé.\nEt une autre.\n", encoding="utf-8")
    assert read_source(single).lines[0] == "Une ligne avec un Ã© isolé."


def test_tracked_changes_left_in_a_text_are_read_accepted(tmp_path):
    """A word processor's export with its tracked changes and comments in the text: insertions
    kept, deletions and comments dropped (across lines too, those lines left blank), every line
    where it was."""
    text = (
        "Budget : [supprimé : 18 000 €][ajouté : 21 500 €]\n"
        "Pilote : {-Service seniors-}{+Pôle autonomie+} [Commentaire MB : à valider en CA.]\n"
        "[supprimé : Fiche 2.3 – Une épicerie itinérante\n"
        "Budget : 40 000 €]\n"
        "Partenaires : CAF, [ajouté : MSA,] Département\n"
    )
    path = tmp_path / "suivi.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(path).lines == [
        "Budget : 21 500 €",
        "Pilote : Pôle autonomie",
        "",
        "",
        "Partenaires : CAF, MSA, Département",
    ]


def test_two_columns_whose_right_one_sets_labels_beside_their_values(tmp_path):
    """pdftotext -layout of a plan in two columns, each sheet's fields a label with its value
    set apart ("Pilote        Service …"), the value wrapping under itself: the gutter is where
    the labels start, not where the right column's values do."""
    left = [
        "Fiche 2.1 – Un guichet unique des aides",
        "",
        "Objet : réunir en un seul accueil les",
        "demandes d'aides facultatives et les",
        "premiers rendez-vous d'accès aux droits.",
        "",
        "Pilote        Pôle solidarités",
        "Partenaires   CAF de la Vienne, CPAM de",
        "              la Vienne, Mission locale",
        "Budget        22 000 € par an",
        "",
        "Fiche 2.2 – Des ateliers numériques",
        "",
        "Objet : accompagner les démarches en",
        "ligne des personnes qui n'y arrivent",
        "pas seules.",
    ]
    right = [
        "Calendrier    ateliers mensuels dès",
        "              février 2027, bilan en",
        "              décembre",
        "Budget        4 500 € en 2027, puis",
        "              3 000 € par an",
        "",
        "Fiche 2.3 – Une épicerie itinérante",
        "",
        "Objet : porter l'aide alimentaire dans",
        "les hameaux sans commerce.",
        "",
        "Pilote        Service seniors",
        "Partenaires   Banque alimentaire,",
        "              Secours populaire",
        "Calendrier    tournées à partir de juin",
        "              2027",
    ]
    lines = [f"{a:<52}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    source = read_source(write(tmp_path, "plan.txt", ("\n".join(lines) + "\n").encode()))
    text = [source.line(n) for n in range(1, len(source) + 1)]
    assert "Partenaires   CAF de la Vienne, CPAM de" in text  # the left column's field, whole
    assert text.index("pas seules.") < text.index("Calendrier    ateliers mensuels dès")
    assert "              février 2027, bilan en" in text  # a value wrapped under its value
    assert text.index("Fiche 2.3 – Une épicerie itinérante") > text.index(
        "Fiche 2.2 – Des ateliers numériques"
    )


def test_a_table_whose_last_columns_hold_a_word_and_a_name_stays_a_table(tmp_path):
    """ "Achevée              INU Champollion" on each row: cells, not a column of fields."""
    rows = [
        ("Projet", "Année", "Stade", "Évaluateur"),
        ("Le relais des aidants", "2021", "Achevée", "Cabinet Reliance"),
        ("Une conciergerie solidaire", "2022", "Généralisée", "—"),
        ("Le bus de l'emploi", "2023", "En cours", "Université de Lille"),
        ("Des colocations seniors", "2024", "En cours", "—"),
        ("Un café des parents", "2024", "Étude", "ORS Hauts-de-France"),
        ("Les ateliers du lundi", "2025", "Abandonnée", "—"),
    ]
    lines = [f"{a:<40}{b:<8}{c:<14}{d}" for a, b, c, d in rows]
    source = read_source(write(tmp_path, "kit.txt", ("\n".join(lines) + "\n").encode()))
    assert [source.line(n) for n in range(1, len(source) + 1)] == lines


def test_an_asciidoc_document_reads_as_the_markdown_it_stands_for(tmp_path):
    """ "== Chapitre", "Département:: Gers", ".Contact", "* *Title* – …" wrapped onto the next
    line, ":toc:" and "[[anchors]]": headings, fields, a bold title, a list item whole, nothing —
    each line keeping its own number."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "recueil.adoc"
    path.write_text(
        "= Recueil\n:toc: left\n:lang: fr\n\n== Chapitre 1 : Accès aux droits\n\n[[gers-bus]]\n"
        "==== Un bus des droits\n\nDépartement:: Gers\nPorteur:: CCAS d'Auch\n\n.Contact\nMme A. – 05 62 00 00 00\n\n"
        "* *Un guide facile à lire* – Tarn, direction des solidarités\n(2021)\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[0] == "# Recueil" and lines[1] == "" and lines[4] == "## Chapitre 1 : Accès aux droits"
    assert lines[6] == "" and lines[7] == "#### Un bus des droits"
    assert lines[9:11] == ["Département : Gers", "Porteur : CCAS d'Auch"]
    assert lines[12] == "**Contact**"
    assert lines[15:17] == ["- **Un guide facile à lire** – Tarn, direction des solidarités", "  (2021)"]


def test_an_org_mode_file_reads_as_the_markdown_it_stands_for(tmp_path):
    """ "#+TITLE:", "** TODO [#A] 1.2 Title  :tag:", a property drawer, a LOGBOOK drawer, a
    planning line, checkboxes, a ":noexport:" subtree: headings one level under the title,
    properties as fields, the rest no text — each line keeping its own number."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        "#+TITLE: Plan d'actions 2031\n#+TODO: TODO EN_COURS | FAIT\n\n* Axe 1 — Accès aux droits   :axe1:\n"
        "** EN_COURS [#A] 1.1 Un bus des droits   :mobilite:\nDEADLINE: <2031-06-30 lun.>\n:PROPERTIES:\n"
        ':PILOTE:   Service accueil\n:BUDGET_TOTAL: 12 000 €\n:END:\n:LOGBOOK:\n- State "EN_COURS" from "TODO"\n:END:\n'
        "- [X] Véhicule trouvé\n* Notes internes   :noexport:\nUn brouillon.\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[0] == "# Plan d'actions 2031" and lines[1] == ""
    assert lines[3] == "## Axe 1 — Accès aux droits"
    assert lines[4] == "### 1.1 Un bus des droits"
    assert lines[5:7] == ["", ""]
    assert lines[7:9] == ["Pilote : Service accueil", "Budget total : 12 000 €"]
    assert lines[9:13] == ["", "", "", ""]
    assert lines[13] == "- Véhicule trouvé"
    assert lines[14:16] == ["", ""]


def test_a_markdown_list_of_stars_is_no_org_file():
    """ "* item" bullets without any of org's own marks stay a markdown list."""
    from ccas_cli.extract.org import looks_like_org

    assert not looks_like_org(["# Plan", "", "* une action", "* une autre", "** sous-point"])


def test_a_restructuredtext_document_reads_as_the_markdown_it_stands_for(tmp_path):
    """Substitutions replaced, over- and underlined headings levelled in the order their styles
    appear, field lists as fields, a list-table's rows a line each, directives no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        ".. |cd| replace:: Conseil départemental du Cantal\n\n=====\nPlan\n=====\n\nAxe 1\n=====\n\n"
        "Action 1.1 — Un bus\n-------------------\n\n:Pilote: Service accueil\n:Partenaires: |cd|, `CAF du Cantal`_\n\n"
        ".. note::\n\n   Montants TTC.\n\n.. list-table:: Financement\n   :header-rows: 1\n\n"
        "   * - Financeur\n     - Montant\n   * - |cd|\n     - 9 500 €\n\n.. _CAF du Cantal: https://caf.fr\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[3] == "# Plan" and lines[2] == "" and lines[4] == ""
    assert lines[6] == "## Axe 1" and lines[9] == "### Action 1.1 — Un bus"
    assert lines[12] == "Pilote : Service accueil"
    assert lines[13] == "Partenaires : Conseil départemental du Cantal, CAF du Cantal"
    assert lines[15] == "" and lines[17] == "Montants TTC."
    assert lines[19] == "**Financement**"
    assert lines[22] == "" and lines[24] == "Conseil départemental du Cantal : 9 500 €"
    assert lines[27] == ""


def test_an_xml_export_reads_as_an_outline_of_its_titled_elements(tmp_path):
    """Elements titled by a "name"/"label" child become headings by depth (their "ref" as their
    number), leaves fields, lists items, amounts in attributes "year : amount €"; an untitled
    element after the titled ones is a heading of its own."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "export.txt"
    path.write_text(
        '<?xml version="1.0"?>\n<plan>\n  <title>Plan 2031</title>\n  <axe>\n    <label>Axe 1 — Droits</label>\n'
        '    <action ref="1.1">\n      <name>Un bus des droits</name>\n      <lead>Service accueil</lead>\n'
        "      <partners>\n        <partner>CAF</partner>\n        <partner>CPAM</partner>\n      </partners>\n"
        '      <funding>\n        <budget annee="2031" montant="4000"/>\n        <total>8 000 €</total>\n'
        "      </funding>\n    </action>\n  </axe>\n  <synthese>\n    <grandTotal>8 000 €</grandTotal>\n"
        "  </synthese>\n</plan>\n",
        encoding="utf-8",
    )
    source = read_text(path)
    lines = [line for line in source.lines if line]
    assert lines[:2] == ["# Plan 2031", "## Axe 1 — Droits"]
    assert lines[2:4] == ["### 1.1 Un bus des droits", "Lead : Service accueil"]
    assert lines[4:7] == ["Partners :", "- CAF", "- CPAM"]
    assert lines[7:10] == ["Funding :", "- 2031 : 4000 €", "- Total : 8 000 €"]
    assert lines[10] == "## Synthese"
    # (a record's title said first, on its element's opening line: "<axe>" / "<label>…")
    assert source.origin[source.lines.index("## Axe 1 — Droits")] == 4


def test_a_wiki_page_s_templates_give_their_parameters(tmp_path):
    """ "{{Infobox … | Porteur = [[Page|CCAS]] …}}" over several lines: a field a parameter; a
    contact template on one line: its values on one line, as a contact is printed."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "fiche.txt"
    path.write_text(
        "= Une fiche =\n{{Infobox initiative\n| Porteur = [[Centre communal|CCAS de Vierzon]]\n| Budget = 6 000 €\n}}\n"
        "== Contexte ==\nDu '''texte''' et [[un lien]].\n== Contacts ==\n"
        "{{Contact|name=Léa Fournier|email=lea@exemple.fr|tel=02 61 91 27 43}}\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert "Porteur : CCAS de Vierzon" in lines and "Budget : 6 000 €" in lines
    assert "Léa Fournier – lea@exemple.fr – 02 61 91 27 43" in lines
    assert not any("{{" in line or "|" in line for line in lines)


def test_a_mail_reply_quoting_a_plan_is_read_behind_its_quote_marks(tmp_path):
    """ "> Pilote : …" under "… a écrit :": the quoted text as sent; a markdown box quoted with
    ">" in a document that is no mail stays quoted, and so does a quote repeating a message the
    thread printed above it."""
    from ccas_cli.extract.text import read_text

    quoted = "".join(f"> Ligne {n} du plan d'actions envoyée au conseil\n" for n in range(12))
    mail = tmp_path / "mail.txt"
    mail.write_text(f"Le 3 mars, Claire <c@exemple.fr> a écrit :\n{quoted}", encoding="utf-8")
    assert read_text(mail).lines[1] == "Ligne 0 du plan d'actions envoyée au conseil"
    box = tmp_path / "fiche.md"
    box.write_text(f"# Fiche\n\n{quoted}", encoding="utf-8")
    assert read_text(box).lines[2].startswith(">")
    thread = tmp_path / "thread.txt"
    original = "".join(f"Ligne {n} du plan d'actions envoyée au conseil\n" for n in range(12))
    thread.write_text(f"{original}\nLe 4 mars, Claire <c@exemple.fr> a écrit :\n{quoted}", encoding="utf-8")
    assert read_text(thread).lines[-1].startswith(">")


def test_a_json_export_reads_as_an_outline_and_json_lines_as_a_table(tmp_path):
    """Pretty-printed JSON: an object titled by its "titre" a heading (its "ref" its number),
    scalars fields, amounts in cents with their unit in euros, a flat record "2026 : 36000 €";
    JSON Lines of the same keys: a table, a row a line."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "export.txt"
    path.write_text(
        '{\n  "plan": {\n    "titre": "Plan 2031",\n    "actions": [\n      {\n        "ref": "1.1",\n'
        '        "titre": "Un bus",\n        "pilote": "Service accueil",\n        "budget": {\n'
        '          "montant": 4250000,\n          "unite": "centimes"\n        },\n        "parAnnee": [\n'
        '          { "annee": 2031, "montant": 36000 }\n        ]\n      }\n    ]\n  }\n}\n',
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[2] == "# Plan 2031"
    assert lines[6] == "## 1.1 Un bus" and lines[7] == "Pilote : Service accueil"
    assert lines[8] == "Budget : 42500 €"
    assert "- 2031 : 36000 €" in lines
    jsonl = tmp_path / "recueil.txt"
    jsonl.write_text(
        '{"titre": "Recueil 2031", "annee": 2031}\n'
        + "".join(f'{{"titre": "Fiche {n}", "departement": "Gers", "annee": 2030}}\n' for n in range(3)),
        encoding="utf-8",
    )
    rows = read_text(jsonl)
    assert "| Titre | Departement | Annee |" in rows.lines
    assert "| Fiche 2 | Gers | 2030 |" in rows.lines
    assert rows.origin is not None and rows.origin[rows.lines.index("| Fiche 2 | Gers | 2030 |")] == 4


def test_a_latex_source_reads_as_the_markdown_it_stands_for(tmp_path):
    """\\title printed at \\maketitle, sections by level, items, a tabular row's cells, the
    amounts' unbreakable spaces and \\euro{}; comments and the preamble no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "rapport.txt"
    path.write_text(
        "\\documentclass{article}\n\\usepackage{eurosym}\n\\title{Rapport 2031}\n\\begin{document}\n\\maketitle\n"
        "\\section{Les aides}\n% 25 000 € pour mémoire\nUn total de 12~000~\\euro{} et 1,2~M\\euro{}.\n"
        "\\subsection*{Détail}\n\\begin{itemize}\n  \\item Secours : 4\\,000 € ;\n\\end{itemize}\n"
        "\\begin{tabular}{|l|r|}\nAides & 8\\,000~\\euro{} \\\\ \\hline\n\\end{tabular}\n\\end{document}\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[:4] == ["", "", "", ""] and lines[4] == "# Rapport 2031"
    assert lines[5] == "## Les aides" and lines[6] == ""
    assert lines[7] == "Un total de 12 000 € et 1,2 M€."
    assert lines[8] == "### Détail" and lines[10] == "- Secours : 4 000 € ;"
    assert lines[13] == "| Aides | 8 000 € |"


def test_an_rtf_source_reads_as_the_markdown_it_stands_for(tmp_path):
    """Sizes larger than the text's own are headings (largest first), bold run-in labels stay
    bold, escapes (\\'e9, \\u233?, \\'80, \\~) are their characters, table rows are rows, the
    font table and the page header are no text; each line keeps the line its paragraph opens on."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\n{\\fonttbl{\\f0 Arial;}}\n{\\header Plan \\'e9dition 1\\par}\n"
        "\\pard\\b\\fs36 Axe 1 \\endash  Acc\\u232?s aux droits\\b0\\fs22\\par\n"
        "\\pard\\b\\fs28 Fiche action 1.1 : Guichet unique\\b0\\fs22\\par\n"
        "\\pard{\\b Pilote :} Direction de l'action sociale\\par\n"
        "\\pard{\\b Budget :} 42\\~000 \\'80 au total.\\par\n"
        "\\pard Un texte courant qui d\\'e9crit l'action.\\par\n"
        "\\pard Un second paragraphe\n de texte courant.\\par\n"
        "\\pard\\bullet\\tab CAF du Cher\\par\n"
        "\\trowd\\cellx2000\\cellx4000\\pard\\intbl Fiche\\cell Total\\cell\\row\n"
        "\\trowd\\cellx2000\\cellx4000\\pard\\intbl 1.1\\cell 42\\~000\\cell\\row\n}\n",
        encoding="cp1252",
    )
    source = read_text(path)
    printed = [line for line in source.lines if line]
    assert printed == [
        "# Axe 1 – Accès aux droits",
        "## Fiche action 1.1 : Guichet unique",
        "**Pilote :** Direction de l'action sociale",
        "**Budget :** 42 000 € au total.",
        "Un texte courant qui décrit l'action.",
        "Un second paragraphe de texte courant.",
        "- CAF du Cher",
        "| Fiche | Total |",
        "| 1.1 | 42 000 |",
    ]
    assert source.origin is not None
    assert source.origin[source.lines.index("**Pilote :** Direction de l'action sociale")] == 6
    assert source.origin[source.lines.index("| 1.1 | 42 000 |")] == 13


def test_a_yaml_export_reads_as_an_outline_its_lists_of_records_as_tables(tmp_path):
    """A list of records under a key is a table under that key's heading, a row on each
    record's first line; a block scalar's text on the lines it is printed on; comments no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "base.txt"
    path.write_text(
        "# export\nrecueil:\n  titre: Initiatives 2031\n  annee: 2031\n  editeur: Odas\n  lieu: Paris\n  langue: fr\n"
        "fiches:\n"
        "  - chapitre: 1\n    titre: Garage solidaire\n    departement: Creuse\n    texte: |\n      Contexte\n      Un garage.\n"
        '  - titre: Bus des droits\n    chapitre: 1\n    departement: "24 - Dordogne"\n'
        "  - {titre: Répit, chapitre: 2, departement: Gers}\n"
        "notes: >\n  Une note\n  sur deux lignes.\n",
        encoding="utf-8",
    )
    source = read_text(path)
    printed = [
        (source.origin[k] if source.origin else k + 1, line) for k, line in enumerate(source.lines) if line
    ]
    assert printed == [
        (3, "# Initiatives 2031"),
        (4, "Annee : 2031"),
        (5, "Editeur : Odas"),
        (6, "Lieu : Paris"),
        (7, "Langue : fr"),
        (8, "# Fiches"),
        (8, "| Chapitre | Titre | Departement | Texte |"),
        (8, "|---|---|---|---|"),
        (9, "| 1 | Garage solidaire | Creuse | Contexte Un garage. |"),
        (15, "| 1 | Bus des droits | 24 - Dordogne |  |"),
        (18, "| 2 | Répit | Gers |  |"),
        (20, "Une note sur deux lignes."),
    ]


def test_a_text_of_key_value_lines_is_no_yaml():
    """ "Pilote : …" lines (a space before the colon) and prose: a plan's text, not data."""
    from ccas_cli.extract.data_export import looks_like_yaml

    plan = ["Fiche action 1", "Pilote : Direction", "Budget : 12 000 €", "Un texte.", "Partenaires : CAF"]
    assert not looks_like_yaml(plan)
    assert looks_like_yaml(["titre: Plan", "annee: 2031", "actions:", "  - nom: A", "  - nom: B"])


def test_an_atom_entry_keeps_its_stamp_and_its_twice_escaped_title_is_read(tmp_path):
    from ccas_cli.extract.text import read_text

    path = tmp_path / "feed.txt"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Caf – Actualités</title>\n<entry>\n"
        '<title type="html">Prime d&amp;#8217;activit&amp;eacute;</title>\n'
        "<updated>2031-03-05T10:00:00+01:00</updated>\n<published>2031-03-02T08:45:00+01:00</published>\n"
        "<summary>Un simulateur plus simple.</summary>\n</entry>\n</feed>\n",
        encoding="utf-8",
    )
    lines = [line for line in read_text(path).lines if line]
    assert "## Prime d’activité" in lines
    assert "Publié le 02/03/2031 (2031-03-02T08:45:00+01:00)" in lines


def test_a_cut_word_whose_line_goes_on_with_a_lone_year_is_written_whole_with_it():
    """ "Lancement prévu : septem-" / "bre 2024": the year alone would read as a page number."""
    from ccas_cli.extract.text import _hyphens_mended

    lines = [
        "Lancement prévu : septem-",
        "bre 2024",
        "accompa-",
        "gnement des",
        "ména-",
        "ges x",
        "foo-",
        "bar y",
    ]
    lines += ["baz-", "qux z"]
    mended = _hyphens_mended(lines)
    assert mended[:2] == ["Lancement prévu :", "septembre 2024"]
    assert mended[2:4] == ["accompagnement", "des"]


def test_a_utf16_text_with_its_byte_order_mark_is_read(tmp_path):
    """Excel's "Unicode text": UTF-16 with a BOM, tabs between cells — text, not a binary file."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        "N°\tAction\tPilote\tTotal\r\n1.1\tGuichet unique\tDirection sociale\t42 000 €\r\n", encoding="utf-16"
    )
    assert read_text(path).lines[1].split("\t") == ["1.1", "Guichet unique", "Direction sociale", "42 000 €"]


def test_a_flat_opendocument_text_reads_as_its_markdown(tmp_path):
    """Outline levels one under the title, a bold automatic style's run-in label, a label set
    apart by a tab, a list, a table's rows; styles and metadata no text."""
    from ccas_cli.extract.text import read_text

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
    )
    path = tmp_path / "plan.txt"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ns}>\n'
        "<office:meta><meta>Auteur</meta></office:meta>\n<office:automatic-styles>\n"
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>\n'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>\n'
        "</office:automatic-styles>\n<office:body><office:text>\n"
        '<text:p text:style-name="P1">Plan d’actions 2031</text:p>\n'
        '<text:h text:outline-level="1">Axe 1 – Accès aux droits</text:h>\n'
        '<text:p><text:span text:style-name="T1">Pilote :</text:span> Direction<text:s/>sociale</text:p>\n'
        '<text:p><text:span text:style-name="T1">Budget</text:span><text:tab/>42 000 €</text:p>\n'
        "<text:list><text:list-item><text:p>CAF</text:p></text:list-item></text:list>\n"
        "<table:table><table:table-row><table:table-cell><text:p>Total</text:p></table:table-cell>"
        "<table:table-cell><text:p>42 000 €</text:p><text:p>dont CAF</text:p></table:table-cell></table:table-row></table:table>\n"
        "</office:text></office:body></office:document>\n",
        encoding="utf-8",
    )
    source = read_text(path)
    assert [line for line in source.lines if line] == [
        "# Plan d’actions 2031",
        "## Axe 1 – Accès aux droits",
        "**Pilote :** Direction sociale",
        "**Budget :** 42 000 €",
        "- CAF",
        "| Total | 42 000 € ; dont CAF |",
    ]
    assert source.origin is not None and source.origin[source.lines.index("- CAF")] == 13


def test_a_dokuwiki_page_reads_as_its_markdown_six_marks_the_top_level():
    from ccas_cli.extract.dokuwiki import dokuwiki_lines, looks_like_dokuwiki

    page = [
        "~~NOTOC~~",
        "====== Recueil 2031 ======",
        "===== Chapitre 1 =====",
        "^ Collectivité | [[ns:dep|Département des Vosges]] |",
        "  * //une// note((renvoi))",
        "<WRAP box>",
        "=== Fiche 1 : Titre ===",
    ]
    assert looks_like_dokuwiki(page)
    lines, _ = dokuwiki_lines(page)
    assert [line for line in lines if line] == [
        "# Recueil 2031",
        "## Chapitre 1",
        "| Collectivité | Département des Vosges |",
        "- *une* note",
        "#### Fiche 1 : Titre",
    ]
    assert not looks_like_dokuwiki(["== Contexte ==", "== Objectifs ==", "'''Porteur''' : CCAS"])


def test_a_web_archive_reads_its_html_part_decoded(tmp_path):
    """MHTML: the quoted-printable HTML part (soft breaks, =C3=A9, =3D) read as its page; the
    style sheet and the image parts no text; a line keeps the file line its text opens on."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "page.txt"
    path.write_text(
        "From: <Saved by Blink>\nSubject: Actualit=C3=A9s\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----B"\n\n\n------B\n'
        "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        '<html><body><main><h2 class=3D"t">Prime d=E2=80=99activit=C3=A9 : un simu=\nlateur</h2>\n'
        "<p>Publi=C3=A9 le 02/03/2031.</p></main></body></html>\n"
        "------B\nContent-Type: text/css\nContent-Transfer-Encoding: quoted-printable\n\nbody { color: red; }\n"
        "------B\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n------B--\n",
        encoding="utf-8",
    )
    source = read_text(path)
    printed = [line for line in source.lines if line]
    assert printed == ["## Prime d’activité : un simulateur", "Publié le 02/03/2031."]
    assert source.origin is not None and source.origin[source.lines.index(printed[1])] == 15


def test_an_icalendar_export_reads_as_a_page_of_its_events(tmp_path):
    """Folded lines unfolded, escapes read, each event's summary its heading (printed after its
    start), its place and its description under it; time zones no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "agenda.txt"
    path.write_text(
        "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Ateliers 2031\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Paris:20310312T140000\r\nSUMMARY:Atelier budget\\, niveau 1\r\n"
        "LOCATION:Salle\\, 2 rue des Lilas\r\nDESCRIPTION:Tarif : 5 €\\n\\nSur inscri\r\n ption.\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Ateliers 2031",
        "## Atelier budget, niveau 1",
        "Date : 12/03/2031 14:00",
        "Lieu : Salle, 2 rue des Lilas",
        "Tarif : 5 €",
        "Sur inscription.",
    ]


def test_one_record_exported_as_csv_reads_as_its_sheet(tmp_path):
    """A header and one row: the title column a title, short values fields, a long answer a
    section, a contact's columns one field; a CSV of several rows stays a table."""
    from ccas_cli.extract.record_csv import looks_like_record_csv
    from ccas_cli.extract.text import read_text

    path = tmp_path / "fiche.txt"
    path.write_text(
        "Nom de l'action,Territoire,Porteur,Contexte,Contact nom,Contact mail,Photo\n"
        '"Navette ""santé""",Villeneuve,CCAS,"Premier paragraphe.\n\nSecond paragraphe.",Maëlle Dufau,m@x.fr,\n',
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        '# Navette "santé"',
        "Territoire : Villeneuve",
        "Porteur : CCAS",
        "## Contexte",
        "Premier paragraphe.",
        "Second paragraphe.",
        "Contact : Maëlle Dufau – m@x.fr",
    ]
    assert not looks_like_record_csv(
        ["Titre;Département;Porteur;Année", "A;Gers;CCAS;2031", "B;Lot;CCAS;2030"]
    )


def test_a_notes_app_callout_and_links_read_as_their_text():
    from ccas_cli.extract.text import _notes_app_marks

    note = [
        "> [!info] Données de pilotage",
        "> - **Lancement** : 2031",
        "> | Partenaires | [[CAF|la CAF]] |",
        "",
        "![[photo.jpg]] ==Vu== [[Note]]",
    ]
    assert _notes_app_marks(note) == [
        "Données de pilotage",
        "- **Lancement** : 2031",
        "| Partenaires | la CAF |",
        "",
        " Vu Note",
    ]


def test_a_web_table_cell_s_line_breaks_part_its_items(tmp_path):
    """ "CAF<br>CPAM<br>France Travail" in a cell: three partners, not one run of words."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "page.md"
    path.write_text(
        "<!DOCTYPE html>\n<html><body>\n<h1>Fiche action 1.1</h1>\n<table>\n"
        "<tr><th>Partenaires</th><td>CAF de l'Allier<br>CPAM<br>France Travail</td></tr>\n"
        "<tr><th>Objectifs</th><td>Accueillir.<br>Orienter.</td></tr>\n</table>\n</body></html>\n",
        encoding="utf-8",
    )
    printed = [line for line in read_text(path).lines if line]
    assert "| Partenaires | CAF de l'Allier ; CPAM ; France Travail |" in printed
    assert "| Objectifs | Accueillir. Orienter. |" in printed


def test_a_word_2003_xml_document_reads_as_its_markdown(tmp_path):
    """Heading styles by their names, a bold label set apart by a tab, a list paragraph, a
    table's rows; styles and the page footer no text."""
    from ccas_cli.extract.text import read_text

    w = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"'
    path = tmp_path / "plan.txt"
    path.write_text(
        f'<?xml version="1.0"?>\n<w:wordDocument {w}><w:styles><w:style w:styleId="Heading1">'
        '<w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style></w:styles>\n<w:body>\n'
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Axe 1 : Accès aux droits</w:t></w:r></w:p>\n'
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Pilote :</w:t></w:r><w:r><w:tab/><w:t>Direction </w:t></w:r>"
        "<w:r><w:t>sociale</w:t></w:r></w:p>\n"
        '<w:p><w:pPr><w:listPr><w:ilvl w:val="0"/></w:listPr></w:pPr><w:r><w:t>CAF du Lot</w:t></w:r></w:p>\n'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Total</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>62 000 €</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl>\n"
        "<w:sectPr><w:ftr><w:p><w:r><w:t>page 1</w:t></w:r></w:p></w:ftr></w:sectPr></w:body></w:wordDocument>\n",
        encoding="utf-8",
    )
    source = read_text(path)
    assert [line for line in source.lines if line] == [
        "# Axe 1 : Accès aux droits",
        "**Pilote :** Direction sociale",
        "- CAF du Lot",
        "| Total | 62 000 € |",
    ]


def test_a_spreadsheet_s_merged_cells_read_as_a_line_and_a_header_over_two_rows(tmp_path):
    """A title merged over the columns is a line of text; "Budget (€)" merged over "2026 |
    Total" names those columns ("Budget (€) 2026"); covered cells keep their columns."""
    from ccas_cli.extract.text import read_text

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )

    def cell(text: str, span: int = 1) -> str:
        spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f"<table:table-cell{spanned}><text:p>{text}</text:p></table:table-cell>"

    covered = "<table:covered-table-cell/>"
    path = tmp_path / "plan.txt"
    path.write_text(
        f'<?xml version="1.0"?>\n<office:document {ns}><office:body><office:spreadsheet>\n'
        '<table:table table:name="Axe 1">\n'
        f"<table:table-row>{cell('Axe 1 — Accès aux droits', 4)}{covered * 3}</table:table-row>\n"
        f"<table:table-row>{cell('N°')}{cell('Action')}{cell('Budget (€)', 2)}{covered}</table:table-row>\n"
        f"<table:table-row>{covered}{covered}{cell('2026')}{cell('Total')}</table:table-row>\n"
        f"<table:table-row>{cell('1.1')}{cell('Guichet')}{cell('12 000 €')}{cell('36 000 €')}</table:table-row>\n"
        "</table:table></office:spreadsheet></office:body></office:document>\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "Axe 1 — Accès aux droits",
        "| N° | Action | Budget (€) 2026 | Budget (€) Total |",
        "| 1.1 | Guichet | 12 000 € | 36 000 € |",
    ]


def test_an_opml_outline_reads_as_headings_notes_and_items(tmp_path):
    from ccas_cli.extract.text import read_text

    path = tmp_path / "carte.txt"
    path.write_text(
        '<?xml version="1.0"?>\n<opml version="2.0"><head><title>Carte ABS 2031</title></head><body>\n'
        '<outline text="ABS 2031 – Brignac">\n'
        '  <outline text="Seniors" _note="Portage : 21 340 repas.&#10;Coût : 9,80 € le repas.">\n'
        '    <outline text="75 ans et plus : 14 %"/>\n'
        "  </outline>\n</outline>\n</body></opml>\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "Carte ABS 2031",
        "# ABS 2031 – Brignac",
        "## Seniors",
        "Portage : 21 340 repas.",
        "Coût : 9,80 € le repas.",
        "- 75 ans et plus : 14 %",
    ]


def test_schema_org_json_ld_reads_as_the_page_of_its_articles(tmp_path):
    """The articles are the page's items; its menu, footer and organisation are not."""
    import json

    from ccas_cli.extract.text import read_text

    page = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "name": "Actualités",
                "hasPart": [{"@type": "WPFooter", "name": "Pied de page"}],
            },
            {"@type": "Organization", "name": "Caf"},
            {
                "@type": "ItemList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "item": {
                            "@type": "NewsArticle",
                            "headline": "Prime d’activité",
                            "datePublished": "2031-03-02T08:45:00+01:00",
                            "articleSection": "Solidarité",
                            "articleBody": "Un simulateur.\nPlus simple.",
                        },
                    }
                ],
            },
        ],
    }
    path = tmp_path / "page.txt"
    path.write_text(json.dumps(page, ensure_ascii=False, indent=2), encoding="utf-8")
    assert [line for line in read_text(path).lines if line] == [
        "# Actualités",
        "## Prime d’activité",
        "Publié le 02/03/2031 (2031-03-02T08:45:00+01:00)",
        "Catégorie : Solidarité",
        "Un simulateur.",
        "Plus simple.",
    ]


def test_a_form_saved_filled_in_reads_as_its_answers(tmp_path):
    """Values, the option selected, the boxes checked under their group's label, a textarea's
    lines; hidden inputs, empty answers, buttons and a lone consent box no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "fiche.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><main><form>\n"
        '<input type="hidden" name="t" value="x1">\n'
        '<label for="titre">Titre de l\'initiative</label><input id="titre" value="Santé sur roues">\n'
        "<fieldset><legend>Repères clés</legend>\n"
        '<label for="p">Porteur</label><input type="text" id="p" value="CIAS du Lodévois">\n'
        '<label for="e">État</label><select id="e"><option value="a">En projet</option>'
        '<option value="b" selected>En cours</option></select>\n'
        '<label for="f">Date de fin</label><input id="f" placeholder="jj/mm" value="">\n'
        '<label class="g">Thèmes</label><div><input type="checkbox" id="t1" checked> <label for="t1">Soins</label>\n'
        '<input type="checkbox" id="t2"> <label for="t2">Logement</label>\n'
        '<input type="checkbox" id="t3" checked> <label for="t3">Mobilité</label></div>\n'
        "</fieldset>\n<fieldset><legend>Contexte</legend>\n"
        '<textarea id="c">Un territoire rural.\nDes villages isolés.</textarea></fieldset>\n'
        '<p><input type="checkbox" id="ok" checked><label for="ok">J\'accepte</label></p>\n'
        '<button type="submit">Envoyer</button></form></main></body></html>\n',
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Santé sur roues",
        "## Repères clés",
        "**Porteur :** CIAS du Lodévois",
        "**État :** En cours",
        "**Thèmes :** Soins, Mobilité",
        "## Contexte",
        "Un territoire rural.",
        "Des villages isolés.",
    ]


def test_a_toml_front_matter_reads_as_the_yaml_one_line_for_line():
    from ccas_cli.extract.text import _toml_front_matter

    page = [
        "+++",
        'titre = "Relais santé"',
        'public = ["aînés", "familles"]',
        "",
        "[[contacts]]",
        'nom = "A"',
    ]
    page += ['courriel = "a@x.fr"', "[[contacts]]", 'nom = "B"', "+++", "Texte."]
    assert _toml_front_matter(page) == [
        "---",
        'titre: "Relais santé"',
        'public: ["aînés", "familles"]',
        "",
        "contacts:",
        '  - nom: "A"',
        '    courriel: "a@x.fr"',
        "",
        '  - nom: "B"',
        "---",
        "Texte.",
    ]


def test_pandoc_markdown_divs_spans_and_attributes_are_no_text():
    from ccas_cli.extract.text import _without_pandoc_marks

    assert _without_pandoc_marks("::: {.meta}") == ""
    assert _without_pandoc_marks("::::") == ""
    assert _without_pandoc_marks("## Title : here {#id .titre}") == "## Title : here"
    assert _without_pandoc_marks("[Logement]{.etiquette} · Publié le [28/08/2024]{.date}") == (
        "Logement · Publié le 28/08/2024"
    )
    assert _without_pandoc_marks('[Lire](/a/b){.lien target="_blank"}') == "[Lire](/a/b)"


def test_an_excel_2003_xml_workbook_reads_as_its_lines_and_table(tmp_path):
    """A row merged across the sheet is a line; the others a table, each cell in its column
    (ss:Index), a number in a euro format with its "€"; comments no text."""
    from ccas_cli.extract.text import read_text

    ss = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
    path = tmp_path / "budget.txt"
    path.write_text(
        f'<?xml version="1.0"?>\n<Workbook {ss}>\n<Styles><Style ss:ID="e"><NumberFormat ss:Format="#,##0 &quot;€&quot;"/>'
        '</Style></Styles>\n<Worksheet ss:Name="BP"><Table>\n'
        '<Row><Cell ss:MergeAcross="3"><Data ss:Type="String">Budget primitif 2031</Data></Cell></Row>\n'
        '<Row><Cell><Data ss:Type="String">011</Data></Cell><Cell ss:MergeAcross="2"><Data ss:Type="String">'
        "Charges à caractère général</Data></Cell></Row>\n"
        '<Row><Cell ss:Index="2"><Data ss:Type="String">60623</Data></Cell><Cell ss:StyleID="e">'
        '<Data ss:Type="Number">18500</Data><Comment><ss:Data>voir note</ss:Data></Comment></Cell></Row>\n'
        "</Table></Worksheet></Workbook>\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "Budget primitif 2031",
        "011 Charges à caractère général",
        "|  | 60623 | 18 500 € |",
    ]


def test_a_docx_file_is_read_through_the_xml_it_holds_and_a_broken_one_refused(tmp_path):
    import zipfile

    import pytest

    from ccas_cli.errors import InputError
    from ccas_cli.extract import read_source

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {w}><w:body>'
        '<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Axe 1 : Accès aux droits</w:t></w:r></w:p>'
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Pilote :</w:t></w:r><w:r><w:t xml:space="preserve"> CCAS</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    assert [line for line in read_source(path).lines if line] == [
        "# Axe 1 : Accès aux droits",
        "**Pilote :** CCAS",
    ]
    broken = tmp_path / "vide.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(InputError, match=r"not a \.docx file"):
        read_source(broken)


def test_a_json_feed_reads_as_the_page_of_its_items(tmp_path):
    import json

    from ccas_cli.extract.text import read_text

    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Actualités de la Caf",
        "items": [
            {
                "id": "1",
                "title": "Prime d’activité",
                "date_published": "2031-03-02T08:45:00+01:00",
                "tags": ["Solidarité"],
                "content_html": "<p>Un simulateur plus simple.</p>",
            },
            {"id": "2", "title": "Vacances", "content_text": "Des aides.\nPour les familles."},
        ],
    }
    path = tmp_path / "feed.txt"
    path.write_text(json.dumps(feed, ensure_ascii=False, indent=2), encoding="utf-8")
    assert [line for line in read_text(path).lines if line] == [
        "# Actualités de la Caf",
        "## Prime d’activité",
        "Publié le 02/03/2031 (2031-03-02T08:45:00+01:00)",
        "Catégorie : Solidarité",
        "Un simulateur plus simple.",
        "## Vacances",
        "Des aides.",
        "Pour les familles.",
    ]


def test_a_form_answer_exported_as_csv_is_titled_by_its_naming_question(tmp_path):
    """Metadata columns first, then questions as heads: the answer to "Quel est le nom de votre
    action ?" is the title, wherever its column."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "forms.txt"
    path.write_text(
        "ID;Heure de début;Nom;Quel est le nom de votre action ?;Qui porte le projet ?;Décrivez le contexte\n"
        '1;12/03/2031 10:02;;Sentinelles de proximité;CCAS de Mauriac;"Un territoire rural.\nDes aînés isolés."\n',
        encoding="utf-8",
    )
    printed = [line for line in read_text(path).lines if line]
    assert printed[0] == "# Sentinelles de proximité"
    assert "Qui porte le projet ? : CCAS de Mauriac" in printed
    assert printed[-3:] == ["## Décrivez le contexte", "Un territoire rural.", "Des aînés isolés."]


def test_a_textile_page_reads_as_its_markdown_its_numbered_steps_no_headings(tmp_path):
    """Redmine's Textile: "h2." a heading; "# step" a numbered item (never a markdown heading);
    "|_. head |" a header cell; *bold*, @code@ and "label":url as markdown; {{toc}} no text."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "guide.txt"
    path.write_text(
        "{{toc}}\n\nh1. Guide 2031\n\nh2(#objet). Objet\n\nUne aide *subsidiaire*, voir @RAV@.\n\n"
        "# moins de 12 € par jour ;\n## sous-cas\n* une puce\n\n|_. Aide |_. Plafond |\n| Énergie | 300 € |\n\n"
        'bq. Une citation.\n\nVoir "le site":https://ccas.example.fr.\n',
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Guide 2031",
        "## Objet",
        "Une aide **subsidiaire**, voir `RAV`.",
        "1. moins de 12 € par jour ;",
        "   1. sous-cas",
        "- une puce",
        "| Aide | Plafond |",
        "| Énergie | 300 € |",
        "> Une citation.",
        "Voir [le site](https://ccas.example.fr).",
    ]
    # (an issue tracker's CSV whose cells hold "h3." headings is a table, not a Textile page)
    from ccas_cli.extract.textile import looks_like_textile

    assert not looks_like_textile(
        ["Summary,Issue key,Issue Type,Description", '"A",K-1,Story,"h3. Objet', 'h3. Budget"']
    )


def test_a_notebook_reads_its_markdown_and_printed_outputs_never_its_code(tmp_path):
    import json

    from ccas_cli.extract.text import read_text

    notebook = {
        "cells": [
            {"cell_type": "markdown", "source": ["## Axe 1 – Accès\n", "\n", "**Pilote :** Pôle accueil\n"]},
            {
                "cell_type": "code",
                "source": ["total = 12000 + 3000\n", "print(total)"],
                "outputs": [
                    {"output_type": "stream", "name": "stdout", "text": ["Total : 15 000 €\n"]},
                    {"output_type": "display_data", "data": {"image/png": "iVBOR…"}},
                ],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "carnet.txt"
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1), encoding="utf-8")
    source = read_text(path)
    assert [line for line in source.lines if line] == [
        "## Axe 1 – Accès",
        "**Pilote :** Pôle accueil",
        "Total : 15 000 €",
    ]
    # each line where the file writes it
    raw = path.read_text(encoding="utf-8").split("\n")
    assert "Pôle accueil" in raw[source.origin[source.lines.index("**Pilote :** Pôle accueil")] - 1]


def test_docbook_reads_terms_as_fields_and_a_tables_foot_under_its_body(tmp_path):
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        '<?xml version="1.0"?>\n<book xmlns="http://docbook.org/ns/docbook"><info><title>Plan 2031</title>'
        "<author><personname>X</personname></author></info>\n"
        "<part><title>Axe 1</title>\n<chapter><title>Action 1.1 – Accueil</title>\n"
        "<para>Un texte<footnote><para>une note</para></footnote>.</para>\n"
        "<variablelist><varlistentry><term>Pilote</term><listitem><para>Pôle accueil</para></listitem></varlistentry>\n"
        "<varlistentry><term>Partenaires</term><listitem><itemizedlist>"
        "<listitem><para>CAF</para></listitem><listitem><para>MSA</para></listitem>"
        "</itemizedlist></listitem></varlistentry></variablelist>\n"
        "<informaltable><tgroup cols='2'><thead><row><entry>Année</entry><entry>Montant</entry></row></thead>\n"
        "<tfoot><row><entry>Total</entry><entry>30&#160;000&#160;&#8364;</entry></row></tfoot>\n"
        "<tbody><row><entry>2031</entry><entry>30&#160;000&#160;&#8364;</entry></row></tbody>"
        "</tgroup></informaltable></chapter></part></book>\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Plan 2031",
        "## Axe 1",
        "### Action 1.1 – Accueil",
        "Un texte.",
        "Pilote : Pôle accueil",
        "Partenaires :",
        "- CAF",
        "- MSA",
        "| Année | Montant |",
        "|---|---|",
        "| 2031 | 30 000 € |",
        "| Total | 30 000 € |",
    ]


def test_latex_description_items_are_fields_a_note_leaves_the_name_it_is_called_from(tmp_path):
    """\\item[Label] in a description list a field; a footnote over two lines said after its
    item, not inside the partner's name; \\multicolumn a cell and empty ones; rules no row."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.txt"
    path.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Axe 1}\n\\subsection*{Action 1.1 -- Accueil}\n"
        "\\begin{description}[style=nextline]\n"
        "  \\item[Pilote] Pôle accueil\n"
        "  \\item[Partenaires] CAF, Mission locale\\footnote{Antenne\n  ouverte le mardi.}\n"
        "  \\item[Public] Tous\n"
        "\\end{description}\n\\begin{tabular}{|l|l|r|}\n\\hline\nPoste & Financeur & Montant \\\\\n\\hline\n"
        "Accueil & Ville & 12~000~\\euro{} \\\\\n\\hline\n"
        "\\multicolumn{2}{|l|}{\\textbf{Total}} & 12\\,000~€ \\\\\n\\hline\n\\end{tabular}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "## Axe 1",
        "### Action 1.1 – Accueil",
        "Pilote : Pôle accueil",
        "Partenaires : CAF, Mission locale",
        "Note : Antenne ouverte le mardi.",
        "Public : Tous",
        "| Poste | Financeur | Montant |",
        "| Accueil | Ville | 12 000 € |",
        "| Total |  | 12 000 € |",
    ]


def test_a_chat_asking_a_sheets_questions_reads_as_its_fields_and_sections(tmp_path):
    """The labels one mark leads answered short (fields), the other's answered long (sections);
    a question asked back and its reply, the application's notices, the small talk: no text."""
    from ccas_cli.extract.text import read_text

    ask, answer = "01/02/2031, 10:00 - Léa Roux:", "01/02/2031, 10:05 - Paul Fabre:"
    lines = [
        "01/02/2031, 09:59 - Les messages et les appels sont chiffrés de bout en bout.",
        f"{ask} Bonjour ! On remplit la fiche ?",
        f"{answer} Oui",
        f"{ask} ▪️ *Porteur* : qui porte le projet ?",
        f"{answer} CCAS de Millau",
        f"{ask} ▪️ *Public* ?",
        f"{answer} Tous les publics ou les principaux ?",
        f"{ask} Les principaux",
        f"{answer} Les aînés isolés",
        f"{ask} ▪️ *Budget* ?",
        f"{answer} 12 000 € par an,",
        "8 000 € la première année",
        f"{ask} 📌 *Contexte*",
        f"{answer} Le bourg a perdu son dernier médecin en 2029, et les villages alentour leurs commerces.",
        f"{answer} <Médias omis>",
        f"{answer} Ce message a été supprimé",
        f"{ask} 📌 *Résultats*",
        f"{answer} Cent vingt personnes ont été reçues la première année, dont la moitié sans médecin.",
        f"{ask} Merci !",
        f"{answer} Avec plaisir",
    ]
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [line for line in read_text(path).lines if line] == [
        "Porteur : CCAS de Millau",
        "Public : Les aînés isolés",
        "Budget : 12 000 € par an, 8 000 € la première année",
        "## Contexte",
        "Le bourg a perdu son dernier médecin en 2029, et les villages alentour leurs commerces.",
        "## Résultats",
        "Cent vingt personnes ont été reçues la première année, dont la moitié sans médecin.",
    ]


def test_records_exported_as_xml_read_as_a_table_their_rich_text_as_lines_in_a_cell(tmp_path):
    """A CMS's export (<item> after <item>): a table, a row a record, its key no column, its
    escaped HTML's paragraphs apart ("<br>") in their cell — not a web page."""
    from ccas_cli.extract.text import read_text

    items = "".join(
        f"<item><nid>{n}</nid><title>Fiche {n}</title><field_departement>Jura</field_departement>"
        f"<field_porteur/><body>&lt;p&gt;Statut : en cours&lt;/p&gt;&lt;p&gt;Texte {n}.&lt;/p&gt;</body></item>\n"
        for n in (1, 2, 3)
    )
    path = tmp_path / "export.txt"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<response>\n{items}</response>\n', encoding="utf-8"
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Response",
        "| Title | Departement | Porteur | Body |",
        "|---|---|---|---|",
        "| Fiche 1 | Jura |  | Statut : en cours<br>Texte 1. |",
        "| Fiche 2 | Jura |  | Statut : en cours<br>Texte 2. |",
        "| Fiche 3 | Jura |  | Statut : en cours<br>Texte 3. |",
    ]


def test_a_trackers_issues_read_as_parts_over_their_sheets_by_their_links(tmp_path):
    """Rows linked by key to another row (a story to its epic, a sub-task to its story) are
    said under it, whatever their order in the file; the tracker's own columns are no facts;
    "Custom field (Budget)" is the field "Budget"; the description's wiki markup is read."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "jira.csv"
    path.write_text(
        "Summary,Issue key,Issue Type,Epic Link,Custom field (Budget),Labels,Description\n"
        "Axe 1 : Accès,AB-1,Epic,,,axe,\n"
        'Action 1.1 : Guichet,AB-2,Story,AB-1,38000,guichet,"h1. Objet\n* un seul lieu"\n'
        "Axe 2 : Aînés,AB-3,Epic,,,,\n"
        "Action 2.1 : Visites,AB-4,Story,AB-3,9000,,\n"
        "Action 1.2 : Permanences,AB-5,Story,AB-1,,,\n",
        encoding="utf-8",
    )
    source = read_text(path)
    assert [line for line in source.lines if line] == [
        "# Axe 1 : Accès",
        "## Action 1.1 : Guichet",
        "Budget : 38000",
        "### Objet",
        "- un seul lieu",
        "## Action 1.2 : Permanences",
        "# Axe 2 : Aînés",
        "## Action 2.1 : Visites",
        "Budget : 9000",
    ]
    assert source.origin[source.lines.index("- un seul lieu")] == 4  # the file line it is on
    # a table numbering its rows and its axes ("1", "2") has no keys: a table, not issues
    from ccas_cli.extract.linked_csv import looks_like_linked_csv

    table = ["N°,Action,Axe,Budget", "1,A,1,10", "2,B,1,20", "3,C,2,30", "4,D,2,40"]
    assert not looks_like_linked_csv(table)


def test_a_web_story_copied_as_text_loses_its_players_words_its_cards_keep_their_titles(tmp_path):
    """Card counters, buttons, icons and "projet 2 sur 3" are no text; a card's first line is
    its title ("CHAPITRE 1" over the next line: one title); a pop-up naming no label of its own
    is labelled by the button that opens it."""
    from ccas_cli.extract.text import read_text

    lines = [
        "Menu", "", "Carte 1 / 4", "", "logo-ccas", "Dossier de presse interactif", "Suivant", "",
        "Carte 2 / 4", "", "CHAPITRE 1", "", "Les essais menés à terme", "Précédent", "Suivant", "",
        "Carte 3 / 4", "", "Chapitre 1 · projet 1 sur 2", "", "Le Bus des droits", "icône-calendrier",
        "Démarrage : avril 2029", "Cliquez pour découvrir ▸ Partenaires", "Pop-up", "CAF du Cher",
        "MSA Berry", "Fermer ✕", "Précédent", "Suivant", "", "Carte 4 / 4", "", "Contacts presse",
    ]  # fmt: skip
    path = tmp_path / "story.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [line for line in read_text(path).lines if line] == [
        "## Dossier de presse interactif",
        "## CHAPITRE 1 – Les essais menés à terme",
        "## Le Bus des droits",
        "Démarrage : avril 2029",
        "Partenaires :",
        "CAF du Cher",
        "MSA Berry",
        "## Contacts presse",
    ]


def test_a_wordpress_export_reads_as_a_base_its_categories_its_chapters_and_sub_themes(tmp_path):
    """WXR: a row a post (attachments and drafts none); the chapter the category another of the
    post's categories has for parent, that one its sub-theme; "_edit_last" no column."""
    from ccas_cli.extract.text import read_text

    def item(title: str, cats: list[str], meta: dict[str, str], kind: str = "post") -> str:
        tagged = "".join(
            f'<category domain="category" nicename="{c}"><![CDATA[{c.upper()}]]></category>' for c in cats
        )
        metas = "".join(
            f"<wp:postmeta><wp:meta_key><![CDATA[{k}]]></wp:meta_key><wp:meta_value><![CDATA[{v}]]></wp:meta_value></wp:postmeta>"
            for k, v in meta.items()
        )
        return (
            f"<item><title>{title}</title><content:encoded><![CDATA[<p>Texte de {title}.</p>]]></content:encoded>"
            f"<wp:post_type><![CDATA[{kind}]]></wp:post_type><wp:status><![CDATA[publish]]></wp:status>{tagged}{metas}</item>\n"
        )

    categories = "".join(
        f"<wp:category><wp:category_nicename><![CDATA[{n}]]></wp:category_nicename>"
        f"<wp:category_parent><![CDATA[{p}]]></wp:category_parent><wp:cat_name><![CDATA[{n.upper()}]]></wp:cat_name></wp:category>\n"
        for n, p in (("ch1", ""), ("mobilite", "ch1"))
    )
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel><title>Recueil 2031</title>\n'
        "<wp:wxr_version>1.2</wp:wxr_version>\n"
        + categories
        + item("Garage solidaire", ["mobilite", "ch1"], {"_edit_last": "2", "departement": "Creuse (23)"})
        + item("Le PDF", [], {}, kind="attachment")
        + "</channel></rss>\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Recueil 2031",
        "| Title | Departement | Chapitre | Sous-thème | Texte |",
        "|---|---|---|---|---|",
        "| Garage solidaire | Creuse (23) | CH1 | MOBILITE | Texte de Garage solidaire. |",
    ]


def test_a_kanban_board_reads_its_columns_as_parts_and_cards_as_sheets_in_the_boards_order(tmp_path):
    import json

    from ccas_cli.extract.text import read_text

    board = {
        "name": "Projet social 2031",
        "desc": "Onze fiches.",
        "lists": [{"id": "L2", "name": "Axe 2", "pos": 2}, {"id": "L1", "name": "Axe 1", "pos": 1}],
        "customFields": [
            {"id": "F1", "name": "Budget (€)", "type": "number"},
            {
                "id": "F2",
                "name": "Statut",
                "type": "list",
                "options": [{"id": "O1", "value": {"text": "En cours"}}],
            },
        ],
        "cards": [
            {"id": "C3", "idList": "L2", "name": "Visites", "pos": 1, "desc": "**Pilote :** Pôle seniors"},
            {"id": "C2", "idList": "L1", "name": "Ateliers", "pos": 2, "desc": ""},
            {
                "id": "C1",
                "idList": "L1",
                "name": "Guichet",
                "pos": 1,
                "desc": "**Pilote :** Direction A\n**Déroulé**\nTrois matinées.",
                "customFieldItems": [
                    {"idCustomField": "F1", "value": {"number": "48000"}},
                    {"idCustomField": "F2", "idValue": "O1"},
                ],
            },
            {"id": "C4", "idList": "L1", "name": "Retirée", "pos": 3, "closed": True},
        ],
        "actions": [{"type": "updateCard", "data": {"old": {"name": "Ancien titre"}}}],
    }
    path = tmp_path / "board.json"
    path.write_text(json.dumps(board, ensure_ascii=False, indent=2), encoding="utf-8")
    assert [line for line in read_text(path).lines if line] == [
        "# Projet social 2031",
        "Onze fiches.",
        "## Axe 1",
        "### Guichet",
        "Budget (€) : 48000",
        "Statut : En cours",
        "**Pilote :** Direction A",
        "Déroulé :",
        "Trois matinées.",
        "### Ateliers",
        "## Axe 2",
        "### Visites",
        "**Pilote :** Pôle seniors",
    ]


def test_tasks_filed_in_sections_with_sub_tasks_read_as_parts_sheets_and_costed_items(tmp_path):
    """Asana's CSV: "Section/Column" the parts, a task a sheet, its sub-tasks (linked by the
    task's name) the items of its budget, in euros as the money column's figures are."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "asana.csv"
    path.write_text(
        "Task ID,Name,Section/Column,Parent task,Budget,Service pilote\n"
        "101,Guichet unique,Axe 1 – Accès,,,Direction A\n"
        "102,Aménager l'accueil,,Guichet unique,22000,\n"
        "103,Former les agents,,Guichet unique,4500,\n"
        "104,Bus des droits,Axe 2 – Aller vers,,72000,Direction B\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Axe 1 – Accès",
        "## Guichet unique",
        "Service pilote : Direction A",
        "Budget :",
        "- Aménager l'accueil : 22000 €",
        "- Former les agents : 4500 €",
        "# Axe 2 – Aller vers",
        "## Bus des droits",
        "Budget : 72000",
        "Service pilote : Direction B",
    ]


def test_reference_links_read_inline_their_targets_no_text(tmp_path):
    from ccas_cli.extract.text import read_text

    path = tmp_path / "page.md"
    path.write_text(
        "## [Titre un][1]\n\n[Logement][2] · 2 mai 2031\n\n[Lire la suite][1]\n\n"
        "   [1]: https://caf.example/a\n   [2]: https://caf.example/l\n   [3]: https://caf.example/x\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "## [Titre un](https://caf.example/a)",
        "[Logement](https://caf.example/l) · 2 mai 2031",
        "[Lire la suite](https://caf.example/a)",
    ]


def test_a_transcripts_turns_and_notes_are_no_text_a_chapter_list_is_no_transcript(tmp_path):
    from ccas_cli.extract.transcript import looks_like_transcript, transcript_lines

    turns = []
    for n in range(5):
        turns += [
            f"Intervieweur [00:0{n}:00]",
            f"Question {n} ?",
            "",
            f"Porteuse [00:0{n}:30]",
            f"Réponse {n} [rires].",
            "",
        ]
    lines = ["Transcription", "Fichier : itw.m4a", "", *turns]
    assert looks_like_transcript(lines)
    kept = [line for line in transcript_lines(lines) if line]
    assert kept[:4] == ["Transcription", "Question 0 ?", "Réponse 0 .", "Question 1 ?"]
    chapters = [f"0{n}:00 Chapitre {n}" for n in range(9)]
    assert not looks_like_transcript(chapters)


def test_a_breadcrumb_saved_a_link_a_line_is_said_on_one_line_a_quotes_empty_line_is_no_crumb(tmp_path):
    from ccas_cli.extract.text import read_text

    path = tmp_path / "page.txt"
    path.write_text(
        "Vous êtes ici :\nAccueil\n > \nCaf de la Meuse\n > \nActualités\n\nLes actualités\n\n"
        "> Une citation\n>\n> qui continue\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "Vous êtes ici :",
        "Accueil > Caf de la Meuse > Actualités",
        "Les actualités",
        "> Une citation",
        ">",
        "> qui continue",
    ]


def test_a_pdf_forms_field_dump_reads_as_its_sheet_the_facts_first(tmp_path):
    """pdftk's dump: the visible names the labels, hidden fields and options no text, a list
    answered a line an item one field, a long answer a section, whom to contact last."""
    from ccas_cli.extract.text import read_text

    def field(name: str, alt: str | None, value: str, kind: str = "Text") -> str:
        named = f"FieldNameAlt: {alt}\n" if alt else ""
        return f"---\nFieldType: {kind}\nFieldName: {name}\n{named}FieldFlags: 0\nFieldValue: {value}\nFieldJustification: Left\n"

    path = tmp_path / "dump.txt"
    path.write_text(
        field("txtTitre", "Titre de l'initiative", "Les Tables du mardi")
        + field(
            "txtContexte",
            "Contexte",
            "Un territoire rural où les aînés vivent seuls.&#10;Deux restaurants ont fermé.",
        )
        + field("hidModele", None, "gabarit_v3")
        + field("txtContactNom", "Contact - Nom et prénom", "Claire Vautrin")
        + field("txtPorteur", "Porteur du projet", "CCAS de Tonnerre")
        + field("txtFinanceurs", "Partenaires financiers", "Commune de Tonnerre&#10;CARSAT")
        + field("cbEnvoi", "Envoyer la fiche", "Off", kind="Button")
        + "FieldStateOption: Off\nFieldStateOption: Oui\n",
        encoding="utf-8",
    )
    assert [line for line in read_text(path).lines if line] == [
        "# Les Tables du mardi",
        "Porteur du projet : CCAS de Tonnerre",
        "Partenaires financiers : Commune de Tonnerre ; CARSAT",
        "## Contexte",
        "Un territoire rural où les aînés vivent seuls.",
        "Deux restaurants ont fermé.",
        "Contact : Claire Vautrin",
    ]


def test_a_diagrams_code_is_no_text_and_a_recaps_timecodes_are_dropped(tmp_path):
    from ccas_cli.document.blocks import build_blocks
    from ccas_cli.extract.text import read_text

    path = tmp_path / "plan.md"
    path.write_text(
        "### Bus des droits\n\nPilote : Pôle accueil\n\n```mermaid\ngantt\n    Recrutement :done, b1, 2026-04-01, 60d\n```\n\n"
        "Budget : 5 000 €\n",
        encoding="utf-8",
    )
    blocks = build_blocks(read_text(path))
    assert [b.kind for b in blocks if "Recrutement" in b.text] == ["furniture"]
    assert any(b.kind == "field" and b.label == "Budget" for b in blocks)
    recap = tmp_path / "recap.txt"
    recap.write_text(
        "\n".join(f"Sujet {n} (0{n}:15)\n• Une décision prise. (0{n}:20)\n" for n in range(1, 4)),
        encoding="utf-8",
    )
    assert [line for line in read_text(recap).lines if line][:2] == ["Sujet 1", "• Une décision prise."]


def test_an_e_mails_figures_table_marked_presentation_is_read_as_a_table(tmp_path):
    """Every table of an HTML e-mail says role="presentation"; one of short cells, a figure
    beside each label, holds data: its rows are rows; the layout tables around it are not."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "mail.html"
    path.write_text(
        '<html><body><table role="presentation" width="600"><tr><td>Budget</td><td>'
        '<table role="presentation"><tr><td>2026</td><td>22 000 €</td></tr>\n'
        "<tr><td>2027</td><td>23 000 €</td></tr>\n<tr><td><strong>Total</strong></td><td>45 000 €</td></tr></table>"
        "</td></tr></table></body></html>\n",
        encoding="utf-8",
    )
    lines = [line for line in read_text(path).lines if line]
    assert "| 2026 | 22 000 € |" in lines and "| **Total** | 45 000 € |" in lines
    assert "Budget" in lines  # (the layout's cell a block of its own)


def test_pandoc_tables_read_as_pipe_tables_their_wrapped_cells_one_row(tmp_path):
    """`pandoc -t plain` sets a table as columns under a rule of dash groups: a simple table a
    row a line, a multiline one (opened and closed by a full rule) a row per group of lines,
    its cells wrapped inside their column; each reads as the pipe table it means, every line
    after it keeping its number."""
    from ccas_cli.extract.text import read_text

    text = (
        "Plan de financement\n\n"
        "  -----------------------------------------------------\n"
        "  Dépenses                   Montant (€) Recettes\n"
        "  -------------------------- ----------- -------------\n"
        "  Acquisition et aménagement      38 000 CCAS de Riom\n"
        "  d'un véhicule\n\n"
        "  Total dépenses                  38 000 Total\n"
        "  -----------------------------------------------------\n\n"
        "  Financeur        Part\n"
        "  -------------- ------\n"
        "  CAF              50 %\n"
        "  Département      50 %\n\n"
        "Fin\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    lines = read_text(path).lines
    assert lines[2:6] == [
        "| Dépenses | Montant (€) | Recettes |",
        "| --- | --- | --- |",
        "| Acquisition et aménagement d'un véhicule | 38 000 | CCAS de Riom |",
        "| Total dépenses | 38 000 | Total |",
    ]
    assert lines[11:15] == [
        "| Financeur | Part |",
        "| --- | --- |",
        "| CAF | 50 % |",
        "| Département | 50 % |",
    ]
    assert lines[16] == "Fin" and len(lines) == len(text.splitlines())


def test_a_rule_of_one_dash_group_or_under_a_paragraph_is_no_pandoc_table():
    """A setext heading's underline is one group; dashes under the last line of a paragraph
    (no blank line above its "header") head no table."""
    from ccas_cli.extract.pandoc_tables import pandoc_tables

    lines = ["Titre", "-----", "", "une phrase qui", "continue ici", "---- ----", "suite"]
    assert pandoc_tables(lines) == lines


def test_contents_whose_page_numbers_came_out_a_line_each_read_as_dot_leader_entries(tmp_path):
    """pdftotext without -layout sets a right-aligned page number on a line of its own ("Duos
    d'aidants" / "p. 12"): each entry is written back as the dot-leader line it prints."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "kit.txt"
    path.write_text(
        "Sommaire\n\nÉditorial\np. 3\nLe bus des droits\np. 6\nDuos d'aidants\npage 12\n", encoding="utf-8"
    )
    lines = read_text(path).lines
    assert lines[2:8] == [
        "Éditorial ..... 3",
        "",
        "Le bus des droits ..... 6",
        "",
        "Duos d'aidants ..... 12",
        "",
    ]


def test_a_contents_page_laid_out_by_spaces_reads_as_dot_leader_entries(tmp_path):
    """pdftotext -layout prints "Le bus des droits          6" under "SOMMAIRE" (and a long title
    one space before its right-aligned page); a contents page with the page one space after the
    title ("Avant-propos 3") too. Its entries are written as the dot-leader lines they print; a
    wrapped title or a sub-theme line without a page stays as it is."""
    from ccas_cli.extract.text import read_text

    path = tmp_path / "kit.txt"
    path.write_text(
        "    SOMMAIRE\n\n    Édito                                    3\n"
        "    1 — ACHEVÉES                             4\n"
        "         Le bus des droits                   5\n"
        "         Un titre bien trop long pour sa place 6\n"
        "         Les duos d'aidants                  8\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[2:7] == [
        "    Édito ..... 3",
        "    1 — ACHEVÉES ..... 4",
        "         Le bus des droits ..... 5",
        "         Un titre bien trop long pour sa place ..... 6",
        "         Les duos d'aidants ..... 8",
    ]
    path.write_text(
        "Sommaire\n\nAvant-propos 3\nCHAPITRE I – Emploi 5\n1.1 Mobilité\nUn garage solidaire 6\n"
        "Des appartements équipés pour\npréparer le retour 7\nLe permis accompagné 8\n\fPage suivante\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert lines[2:9] == [
        "Avant-propos ..... 3",
        "CHAPITRE I – Emploi ..... 5",
        "1.1 Mobilité",
        "Un garage solidaire ..... 6",
        "Des appartements équipés pour",
        "préparer le retour ..... 7",
        "Le permis accompagné ..... 8",
    ]
    path.write_text("Le plan\n\nLe budget prévu en 2026 3\nUn texte 4\n", encoding="utf-8")
    assert read_text(path).lines[2:4] == ["Le budget prévu en 2026 3", "Un texte 4"]  # no contents heading


def test_a_heading_under_two_columns_over_a_line_across_the_page_is_not_the_left_columns():
    """Two columns (a sheet's end on both sides), then "AXE 2 · …" alone at the left over a line
    set across the page: the heading opens what spans the page; the right column's lines are
    read right after the left column's, before the heading."""
    from ccas_cli.extract.columns import split_columns

    gap = " " * 10

    def row(left: str, right: str) -> str:
        return f"{left:<60}{gap}{right}".rstrip()

    lines = [
        row("et usagers proposera un nouveau règlement au", "Coût : enveloppe de 35 000 € sur trois"),
        row("conseil d'administration, qui le votera à la", "ans pour les aides nouvelles"),
        row("fin de l'année.", ""),
        row("", "Calendrier : adoption en juin 2026,"),
        row("Pilote : Service d'action sociale générale", "premiers versements en septembre"),
        row("", ""),
        row("Partenaires : UDAF, Secours catholique et", "Indicateurs : délai moyen de décision ;"),
        row("Banque de France", "nombre de foyers aidés"),
        "",
        "AXE 2  ·  Bien vieillir et rompre l'isolement",
        "",
        "Un quart des habitants a plus de 65 ans : quatre actions pour accompagner l'avancée en âge des habitants.",
    ]
    got = split_columns(lines)
    assert got is not None
    text = [line.strip() for line in got[0] if line.strip()]
    assert text.index("nombre de foyers aidés") < text.index("AXE 2  ·  Bien vieillir et rompre l'isolement")


def test_two_cards_of_short_facts_side_by_side_read_card_by_card():
    """A sheet's second page of two cards side by side, each under "FICHE n (suite)" with the
    same short headings ("COÛT", "ÉCHÉANCE"): no prose on either side, yet two columns — the
    left card read whole before the right one, each amount staying on its card."""
    from ccas_cli.extract.columns import split_columns

    def row(left: str, right: str) -> str:
        return f"  {left:<48}{right}".rstrip()

    lines = [
        row("FICHE 3 (suite)", "FICHE 4 (suite)"),
        "",
        row("COÛT", "COÛT"),
        row("Part Ville : 12 000 €", "Subvention ARS : 9 000 €"),
        row("Part CAF : 4 000 €", "Total : 9 000 €"),
        row("", ""),
        row("ÉCHÉANCE", "ÉCHÉANCE"),
        row("Printemps 2027", "Dès janvier 2026"),
        row("", ""),
        row("SUIVI", "SUIVI"),
        row("Nombre de familles", "Taux de retour à l'emploi"),
    ]
    got = split_columns(lines)
    assert got is not None
    text = [line.strip() for line in got[0] if line.strip()]
    assert text[:2] == ["FICHE 3 (suite)", "COÛT"]
    assert (
        text.index("Nombre de familles")
        < text.index("FICHE 4 (suite)")
        < text.index("Subvention ARS : 9 000 €")
    )


def test_two_cards_on_one_page_each_read_in_its_two_columns():
    """A page of two action cards, each its text on the left and its facts in the margin ("Pilote" /
    its value, "Budget" / its amount): the first card's two columns, then the second's — never the
    page's left column then its margin, which puts both cards' facts under the second."""
    from ccas_cli.extract.columns import split_columns

    def card(number: str, title: str, lead: str, cost: str) -> list[str]:
        return [
            f"{number} {title}",
            "",
            "Constat".ljust(44) + "Pilote",
            "Les habitants renoncent à leurs".ljust(44) + lead,
            "droits faute de pouvoir se déplacer",
            "jusqu'aux guichets du centre-ville.".ljust(44) + "Partenaires",
            "".ljust(44) + "CAF du Lot",
            "Description".ljust(44) + "CPAM du Lot",
            "Une équipe se rend dans les quartiers",
            "chaque semaine avec un véhicule aménagé.".ljust(44) + "Budget",
            "".ljust(44) + cost,
            "",
        ]

    lines = card("1.1", "Aller vers les habitants", "Pôle accès", "12 000 €") + card(
        "1.2", "Un guichet unique", "Pôle seniors", "30 000 €"
    )
    split = split_columns(lines)
    assert split is not None
    text = [line.strip() for line in split[0] if line.strip()]
    assert text.index("Pôle accès") < text.index("1.2 Un guichet unique") < text.index("Pôle seniors")
    assert text.index("12 000 €") < text.index("1.2 Un guichet unique") < text.index("30 000 €")


def test_latex_accents_ligatures_and_a_note_inside_a_bold_label(tmp_path):
    """LaTeX typed the old way: \\'e, \\`a, \\^o, \\c{c}, \\oe{}, \\og … \\fg{} are their letters and
    marks; a footnote called inside "\\textbf{Plan de financement\\footnote{…}:}" leaves the label
    whole on its line, the note after it; a table's header row, the same in three tables, is no
    running header; a macro the document defines ("\\newcommand{\\ville}{…}") is its words."""
    from ccas_cli.extract.text import read_text

    table = (
        "\\begin{tabular}{|l|r|}\n\\hline\nFinanceur & Montant \\\\\n\\hline\n"
        "Ville & 1~000~\\euro{} \\\\\nTotal & 1~000~\\euro{} \\\\\n\\hline\n\\end{tabular}\n\n"
    )
    path = tmp_path / "plan.tex.txt"
    path.write_text(
        "\\documentclass{article}\n\\newcommand{\\ville}{M\\^acon}\n\\begin{document}\n"
        "\\section{Axe 1 : H\\'ebergement}\nÀ \\ville{}, le plan de \\ville vaut pour 2031.\n"
        "\\subsection{Fiche 1.1 : Pr\\'evention \\`a domicile}\n"
        "\\textbf{Pilote :} P\\^ole Fran\\c{c}ais langue \\'etrang\\`ere, avec les Restos du C\\oe{}ur "
        "et \\og La Passerelle\\fg{}.\n\n"
        "\\textbf{Plan de financement\\footnote{Montants HT, hors terrain estim\\'e\n"
        "\\`a 9~000~\\euro{}.} :}\n\n"
        + table
        + "\\subsection{Fiche 1.2 : Autre}\n\n"
        + table
        + "\\subsection{Fiche 1.3 : Encore}\n\n"
        + table
        + "\\end{document}\n",
        encoding="utf-8",
    )
    lines = read_text(path).lines
    assert "## Axe 1 : Hébergement" in lines and "### Fiche 1.1 : Prévention à domicile" in lines
    assert "À Mâcon, le plan de Mâcon vaut pour 2031." in lines  # (the document's own macro)
    assert "Pilote : Pôle Français langue étrangère, avec les Restos du Cœur et « La Passerelle »." in lines
    at = lines.index("Plan de financement :")
    assert lines[at + 1] == "Note : Montants HT, hors terrain estimé à 9 000 €."
    source = read_source(path)
    from ccas_cli.document.blocks import build_blocks

    heads = [b for b in build_blocks(source) if "Financeur" in b.text]
    assert heads and all(b.kind != "furniture" for b in heads)


def test_a_videos_subtitles_read_as_the_text_they_caption(tmp_path):
    """An .srt file: cue numbers and timings are no text; a sentence running from cue to cue is
    one paragraph, a title card in capitals or a "Label : value" cue a paragraph of its own, the
    opening credits each their own; <i> marks dropped; each line keeps its file line."""
    cues = [
        "Le CCAS de Dinan présente",
        "Le café des aidants itinérant",
        "LE CONTEXTE",
        "Dans les bourgs, les aidants",
        "restent souvent seuls.",
        "<i>« On ne sortait plus. »</i>",
        "Porteur : CCAS de Dinan",
        "Budget : 12 000 € par an",
    ]
    text = subtitles(cues)
    path = tmp_path / "video.srt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    paragraphs = [p for p in "\n".join(source.lines).split("\n\n") if p.strip()]
    assert paragraphs == [
        "Le CCAS de Dinan présente",
        "Le café des aidants itinérant",
        "LE CONTEXTE",
        "Dans les bourgs, les aidants\nrestent souvent seuls.",
        "« On ne sortait plus. »",
        "Porteur : CCAS de Dinan",
        "Budget : 12 000 € par an",
    ]
    assert (
        source.file_span(
            source.lines.index("Budget : 12 000 € par an") + 1,
            source.lines.index("Budget : 12 000 € par an") + 1,
        )[0]
        == 31
    )


def test_a_poster_in_three_columns_its_items_numbered_in_circles(tmp_path):
    """A poster through pdftotext -layout: three columns, each an axe over items numbered ①②…
    whose facts are set in under them; the columns are cut at the items' edge (not the facts'),
    the circled digits read as numbers, each item over its own facts."""

    def column(axe: str, items: list[tuple[str, str]]) -> list[str]:
        lines = [axe, ""]
        for mark, title in items:
            lines += [f"{mark}  {title}", "    Pilote : Pôle seniors", "    12 000 €", ""]
        return lines

    left = column("AXE 1", [("①", "Un guichet"), ("②", "Un bus"), ("③", "Un atelier")])
    middle = column("AXE 2", [("④", "Un registre"), ("⑤", "Des visites"), ("⑥", "Un portage")])
    right = column("AXE 3", [("⑦", "Un logement"), ("⑧", "Une bourse"), ("⑨", "Une épicerie")])
    lines = [f"   {a:<44}{b:<44}{c}".rstrip() for a, b, c in zip(left, middle, right, strict=True)]
    path = tmp_path / "affiche.txt"
    path.write_text("PLAN D'ACTIONS 2031\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    texts = [line.strip() for line in read_source(path).lines if line.strip()]
    items = [t for t in texts if re.match(r"^\d\.\s", t)]
    assert [t.split(None, 1)[1] for t in items] == [
        "Un guichet", "Un bus", "Un atelier", "Un registre", "Des visites", "Un portage",
        "Un logement", "Une bourse", "Une épicerie",
    ]  # fmt: skip
    assert all(texts[texts.index(t) + 1] == "Pilote : Pôle seniors" for t in items)
