"""The query layer on the bundled corpus: search, themes, filters, totals, diff."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from ccas_cli.errors import UsageError
from ccas_cli.ingest import load_manifest, prepare
from ccas_cli.normalize.text import fold
from ccas_cli.query.diff import diff, diff_store_files
from ccas_cli.query.filters import Filters
from ccas_cli.query.service import run_search
from ccas_cli.query.totals import UNATTRIBUTED, grand_total
from ccas_cli.store import load_store

from .conftest import RAW, STRUCTURED
from .oracle import all_records, apply, totals

NON_RECOURS = re.compile(r"non[\s-]+recours")


@pytest.fixture(scope="module")
def records():
    return all_records(STRUCTURED)


def top_ids(query: str, n: int = 3) -> list[str]:
    return [h.record.id for h in run_search(STRUCTURED, query, Filters(), n).hits]


def test_theme_non_recours_finds_every_document_that_speaks_of_it(records):
    """Every record whose own text mentions non-take-up is found, from every document."""
    hits = run_search(STRUCTURED, "", Filters(theme="non-recours"), None).hits
    assert all(h.score > 0 for h in hits), "records of the theme are ranked by its phrases"
    found = {h.record.id for h in hits}
    mentioning = {
        r.id for r in records if NON_RECOURS.search(fold(r.title + " " + " ".join(r.sections.values())))
    }
    assert mentioning and mentioning <= found
    documents_with_the_words = {
        entry.id
        for entry in load_manifest(RAW / "manifest.yaml")
        if any(r.document == entry.id for r in records)
        and NON_RECOURS.search(fold(entry.file.read_text("utf-8")))
    }
    assert {h.record.document for h in hits} >= {r.split("/")[0] for r in mentioning}
    assert {r.split("/")[0] for r in mentioning} <= documents_with_the_words


@pytest.mark.parametrize("variant", ["non-recours", "NON RECOURS", "non-recour", "Non Recours"])
def test_spellings_of_non_recours_give_the_same_top_hits(variant):
    """Hyphen, case and a missing plural s do not change the ranking."""
    assert top_ids(variant) == top_ids("non recours")


def test_accents_do_not_change_the_hits():
    """'accès aux droits' and 'acces aux droits' rank the same records."""
    assert top_ids("accès aux droits", 5) == top_ids("acces aux droits", 5)


def test_typo_is_corrected_and_said():
    """A misspelt word finds the right records and says what it was read as."""
    result = run_search(STRUCTURED, "microcrdit", Filters(), 3)
    assert "did you mean: microcredit (for 'microcrdit')" in result.notes
    assert "microcredit" in result.hits[0].record.id.replace("-", "")


def test_phrase_query_requires_the_phrase(records):
    """A quoted phrase keeps only records where the words are adjacent."""
    hits = run_search(STRUCTURED, '"zéro chômeur"', Filters(), None).hits
    assert hits and all(
        "zero chomeur" in fold(h.record.title + " ".join(h.record.sections.values())) for h in hits
    )


def test_snippet_shows_matched_words():
    """The snippet is a sentence of the record holding the query words."""
    hit = run_search(STRUCTURED, "microcrédit", Filters(), 1).hits[0]
    assert "icrocr" in hit.snippet and hit.matched


def test_snippet_is_the_sentence_with_most_query_words_whatever_their_accents_and_case():
    """Words are matched folded (accents, case, ligatures) but shown as printed; a sentence
    keeps its final punctuation; with no query word anywhere, the title's first sentence."""
    from types import SimpleNamespace

    from ccas_cli.query.search import snippet

    record = SimpleNamespace(
        title="Un titre sans rapport. Deuxième phrase.",
        sections={
            "Contexte": "Rien ici.",
            "Objectifs": "Sur l'ACCÈS seul. Une phrase sur l'accès aux DROITS et le non-recours ; la "
            "suite.\nLigne sur la mise en œuvre du projet",
        },
    )
    text, matched = snippet(record, {"acces", "droits", "recours", "non"})
    assert text == "Une phrase sur l'accès aux DROITS et le non-recours ;"
    assert matched == ["DROITS", "accès", "non", "recours"]
    assert snippet(record, {"oeuvre"}) == ("Ligne sur la mise en œuvre du projet", ["œuvre"])
    assert snippet(record, {"absent"}) == ("Un titre sans rapport.", [])
    assert snippet(record, {"titre"}) == ("Un titre sans rapport.", ["titre"])


def test_snippet_words_found_as_bytes_are_the_ones_the_word_pattern_finds():
    """A large search finds the query's words in a record's texts as Latin-1 bytes, and tries
    the accent-tolerant word pattern only where one starts. On texts mixing accents, case,
    ligatures, letters beyond Latin-1 (ō, the long s, the Kelvin sign), typographic quotes, "?",
    glued words and separators, it must find exactly what the pattern finds in each text."""
    import random

    from ccas_cli.query.search import _found_in, _matcher, _pattern, _scanned

    rng = random.Random(17)
    pieces = [
        "non", "NON", "Non-recours", "nonrecours", "recours", "RECOURS", "récours", "recourir",
        "œuvre", "Œuvre", "oeuvre", "cœur", "æ", "ſ", "\u212a", "ō", "ōn", "droits", "DROITS",
        "accès", "ACCÈS", "acces", "l'accès", "l’accès", "«", "»", "?", "¿", "€", "\u202f", "\0",
        "é", "ñon", "ß", "ss", " ", " ", ". ", "\n", ";", "-", "_recours", "2recours", "recour",
        "cæsar", "CÆSAR", "caesar", "ae",
    ]  # fmt: skip
    keys = [
        frozenset({"non", "recour", "recours", "recourir"}),
        frozenset({"acces", "droits"}),
        frozenset({"oeuvre", "coeur"}),
        frozenset({"ss", "kelvin"}),
        frozenset({"caesar", "ae"}),  # æ stands for two letters
        frozenset({"non", "ōn"}),  # a word the byte fold cannot stand for
    ]
    plain = [p for p in pieces if p.isascii()]  # an ASCII text takes a path of its own
    for key in keys:
        pattern, matches = _pattern(key), _matcher(key)
        samples = [[f" {p} ", f"{p.upper()} {p}"] for p in pieces]
        for _ in range(400):
            for alphabet in (pieces, plain):
                samples.append(
                    [
                        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                        for _ in range(rng.randint(1, 4))
                    ]
                )
        for texts in samples:
            expected = [_scanned(text, key, pattern, matches) for text in texts]
            assert _found_in(texts, key, pattern, matches) == expected, (key, texts)


def test_snippet_is_the_sentence_a_plain_cut_of_the_whole_text_gives():
    """The snippet cuts sentences by one split and running lengths, up to the sentence after the
    last query word: on random texts of sentences and lines, its snippet is the one a plain cut
    of every separator of the whole text gives."""
    import random
    import re
    from types import SimpleNamespace

    from ccas_cli.query import search as S

    def reference(record: SimpleNamespace, spelled: set[str]) -> tuple[str, list[str]]:
        key = frozenset(spelled)
        pattern, matches = S._pattern(key), S._matcher(key)
        best, best_count, best_words = "", -1, []
        for n, text in enumerate([record.title, *record.sections.values()]):
            found = S._scanned(text, key, pattern, matches)
            if not found:
                if n == 0:
                    best, best_count = text[: S._sentence_end(text)], 0
                continue
            separators = list(re.finditer(r"[.!?;]\s+|\n+", text))
            starts = [m.end() for m in separators]
            ends = [S._end(m) for m in separators]
            groups: dict[int, list[str]] = {}
            for at, word in found:
                groups.setdefault(sum(1 for s in starts if s <= at), []).append(word)
            for sentence, printed in groups.items():
                if len(set(printed)) > best_count:
                    start = starts[sentence - 1] if sentence else 0
                    end = ends[sentence] if sentence < len(ends) else len(text)
                    best, best_count, best_words = text[start:end], len(set(printed)), printed
        best = " ".join(best.replace("**", "").split())
        if len(best) > 160 and best_words:
            position = best.find(best_words[0])
            start = max(0, position - 160 // 3)
            best = ("…" if start else "") + best[start : start + 160].strip() + "…"
        return best, sorted(set(best_words))

    rng = random.Random(5)
    words = ["le", "non-recours", "aux", "droits", "recule", "accès", "des", "familles", "2.5", "M."]
    marks = [" ", " ", " ", ". ", ".\n", "\n", "\n\n  ", "; ", "? ", ".\n   "]
    for _ in range(500):
        sections = {
            f"s{n}": "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 30)))
            for n in range(rng.randint(1, 3))
        }
        record = SimpleNamespace(title=rng.choice(["Un titre", "Les droits. Un titre"]), sections=sections)
        for spelled in ({"non", "recours"}, {"droits", "acces"}):
            assert S.snippet(record, spelled) == reference(record, spelled), sections


def test_fuzzy_filter_values_say_what_they_resolved_to(records):
    """'gironde' → Gironde; a typo is forgiven and reported."""
    applied = apply(records, Filters(departement="gironde"))
    assert applied.notes == ["--departement gironde → Gironde"]
    assert applied.records and all(r.departement == "Gironde" for r in applied.records)
    typo = apply(records, Filters(departement="Pas de Callais"))
    assert typo.notes == ["--departement Pas de Callais → Pas-de-Calais"]


def test_ambiguous_filter_value_lists_candidates(records):
    """A value close to several départements is refused with the candidates."""
    with pytest.raises(UsageError, match="ambiguous"):
        apply(records, Filters(departement="Haute"))


def test_year_range_filter(records):
    """--year 2009..2010 keeps records dated in that span, by any of their dates."""
    kept = apply(records, Filters(year="2009..2010")).records
    assert kept and all(
        any(2009 <= y <= 2010 for y in [getattr(r, "year", None) or 0])
        or r.type == "action"
        or getattr(r, "start_year", None) in (2009, 2010)
        for r in kept
    )
    with pytest.raises(UsageError):
        apply(records, Filters(year="2012..2010"))


# Checked by hand against the documents: the plan's 17 sheets, and the four recueil fiches whose
# text states their money (Gironde 1 502 495 € of the Département's financing, Haute-Savoie's
# 1,4 M€ budget, Pas-de-Calais's 619 980 € investment, Haute-Marne's 77 349 € + 5 180 €).
PLAN_TOTAL = 2_523_000
RECUEIL_TOTAL = 1_502_495 + 1_400_000 + 619_980 + 77_349 + 5_180
CORPUS_TOTAL = PLAN_TOTAL + RECUEIL_TOTAL


def test_total_by_direction_is_the_hand_checked_plan_total(records):
    """All the plan's money is led by one direction: 2 523 000 €, counted once; the recueil's
    fiches name no direction."""
    rows = totals(records, "direction")
    assert [(r.key, r.total_eur) for r in rows] == [
        (UNATTRIBUTED, RECUEIL_TOTAL),
        ("Direction Développement Social et Solidarité (CCAS)", PLAN_TOTAL),
    ]


def test_a_recueil_s_money_by_departement_counts_budgets_never_caps_or_thresholds(records):
    """A fiche's euro amounts are budget lines; the ones counted are its stated budget, never a
    cap per household ("Le montant maximum de l'aide s'élève à 750 €"), a threshold ("subventions
    exceptionnelles supérieures à 50 000 €") or a partner's share of a stated budget."""
    rows = {r.key: r for r in totals(records, "departement", explain=True)}
    assert {k: r.total_eur for k, r in rows.items() if k != UNATTRIBUTED and r.total_eur} == {
        "Gironde": 1_502_495,
        "Haute-Savoie": 1_400_000,
        "Pas-de-Calais": 619_980,
        "Haute-Marne": 82_529,
    }
    uncounted = {(r.key, i.amount_eur) for r in rows.values() for i in r.items if not i.counted}
    assert {
        ("Pas-de-Calais", 750),
        ("Pas-de-Calais", 4_500),
        ("Lot", 50_000),
        ("Haute-Savoie", 340_000),
    } <= uncounted


@pytest.mark.parametrize("by", ["direction", "funder", "year", "document", "departement", "theme"])
def test_rows_add_up_to_the_grand_total(records, by):
    """Whatever the key, nothing is split or duplicated: rows sum to the same grand total."""
    rows = totals(records, by)
    assert grand_total(rows) == CORPUS_TOTAL
    assert len({r.key for r in rows}) == len(rows)


def test_unattributable_money_has_its_own_row(records):
    """Money with no year goes to 'non attribué', never dropped."""
    rows = {r.key: r for r in totals(records, "year")}
    assert UNATTRIBUTED in rows and rows["2010–2012"].total_eur == 270_000


def test_explain_accounts_for_every_euro_line(records):
    """--explain lists every budget line of the corpus, counted or not, with its reason."""
    rows = totals(records, "document", explain=True)
    items = [i for r in rows for i in r.items]
    assert len(items) == sum(len(r.budget_lines) for r in records)
    assert all(i.reason and i.source["lines"] for i in items)
    assert sum(i.amount_eur for i in items if i.counted) == CORPUS_TOTAL


def test_diff_of_a_modified_source_shows_exactly_the_modification(tmp_path):
    """Re-ingesting a copy with one porteur changed gives one changed field, nothing else."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    recueil = raw / "odas-recueil-solidarite-innovation-sociale-2018.txt"
    text = recueil.read_text(encoding="utf-8")
    assert text.count("Fondation PSP ACTES") == 1
    recueil.write_text(text.replace("Fondation PSP ACTES", "Fondation PSP ACTES Provence"), encoding="utf-8")
    outcomes = prepare(None, tmp_path / "out", manifest_path=raw / "manifest.yaml")
    result = diff_store_files(load_store(STRUCTURED), [o.store_file for o in outcomes if o.store_file])
    assert result.added == [] and result.removed == []
    assert list(result.changed) == ["odas-recueil-2018/flash-emploi"]
    (change,) = result.changed["odas-recueil-2018/flash-emploi"]
    assert (change.field, change.old, change.new) == (
        "porteur",
        "Fondation PSP ACTES",
        "Fondation PSP ACTES Provence",
    )


def test_diff_of_identical_data_is_empty():
    """The committed data against itself: no difference."""
    assert diff(str(STRUCTURED), str(STRUCTURED)).empty


def test_money_is_one_type_in_every_output(runner):
    """Whole euros are integers in JSON, YAML and CSV, in totals, --explain and records alike."""
    from ccas_cli.cli.app import app
    from ccas_cli.normalize.money import euros

    assert (euros(2523000.0), euros(3500.5), euros(0.1 + 0.2), euros(None)) == (2523000, 3500.5, 0.3, None)
    plain = json.loads(runner.invoke(app, ["total", "--format", "json"]).stdout)
    explained = json.loads(runner.invoke(app, ["total", "--explain", "--format", "json"]).stdout)
    assert [r["total_eur"] for r in plain] == [RECUEIL_TOTAL, PLAN_TOTAL]
    assert type(plain[0]["total_eur"]) is int
    amounts = [i["amount_eur"] for r in explained for i in r["items"] if i["amount_eur"] is not None]
    assert all(type(a) is int for a in amounts if a == int(a))  # 16,60 € stays 16.6
    assert all(round(a, 2) == a for a in amounts)
    record = "ccas-grenoble-plan-strategique/constitution-un-service-accueil-et-orientation-unique"
    shown = json.loads(runner.invoke(app, ["show", record, "--format", "json"]).stdout)
    assert shown["budget_total_eur"] == 250000 and type(shown["budget_total_eur"]) is int
    assert "budget_total_eur: 250000\n" in runner.invoke(app, ["show", record, "--format", "yaml"]).stdout
    assert "2523000," in runner.invoke(app, ["total", "--format", "csv"]).stdout
    assert "3605004," in runner.invoke(app, ["total", "--format", "csv"]).stdout


def test_combined_funders_are_one_key_whatever_their_order():
    from ccas_cli.query.totals import combined

    assert combined(["État", "Caisse d'Allocations Familiales"]) == combined(
        ["Caisse d'Allocations Familiales", "État", "État"]
    )
    assert combined(["Ville", "État", "Caisse"]) == "Caisse + État + Ville"


def test_an_amount_s_digit_groups_are_one_number():
    """ "1 502 495" finds the one record printing that amount, not every record holding a 1."""
    hits = run_search(STRUCTURED, "1 502 495", Filters(), None).hits
    assert [h.record.title for h in hits] == ["Le Chantier pour la Formation et Insertion (CFI)"]
    assert "1 502 495" in hits[0].snippet


def test_an_empty_search_is_a_usage_error_unless_filters_are_given(runner):
    from ccas_cli.cli.app import app

    empty = runner.invoke(app, ["search", "  "])
    assert empty.exit_code == 2 and empty.stderr.startswith("Error: search needs words")
    filtered = runner.invoke(app, ["search", "--departement", "Gironde"])
    assert filtered.exit_code == 0 and "score" not in filtered.stdout.splitlines()[1]


def test_a_theme_s_repeated_words_are_searched_once():
    """The non-recours theme's phrases repeat "recours" three times: the FTS expression names
    each stem and each pair once, so BM25 does not weigh one word three times (issue 17)."""
    from ccas_cli.normalize.themes import resolve_theme
    from ccas_cli.query.search import Query
    from ccas_cli.query.tokens import tokens

    theme = resolve_theme("non-recours")[0]
    stems = tokens(" ".join(theme.phrases))
    expression = Query(" ".join(theme.phrases), stems, []).match()
    terms = expression.split(" OR ")
    assert len(stems) > len(set(stems)) and len(terms) == len(set(terms))
