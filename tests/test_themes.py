"""Theme tagging: the one-pass phrase matcher counts exactly what a regex over the folded text
counts (each phrase word with an optional plural s/x, whole words, no overlaps)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_cli.normalize.text import fold
from ccas_cli.normalize.themes import phrase_hits, record_text, themes
from ccas_cli.store import load_store

from .conftest import STRUCTURED


def regex_hits(text: str) -> dict[str, int]:
    """The reference: one alternation per theme, longest first, as ccas used before."""
    hits = {}
    for slug, theme in themes().items():
        alternatives = sorted(
            (r"\s+".join(re.escape(w) + r"[sx]?" for w in fold(p).split()) for p in theme.phrases if fold(p)),
            key=len,
            reverse=True,
        )
        if not alternatives:
            continue
        pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")
        count = sum(1 for _ in pattern.finditer(text))
        if count:
            hits[slug] = count
    return hits


@pytest.fixture(scope="module")
def records():
    return [r for f in load_store(STRUCTURED) for r in f.records]


def test_counts_equal_the_regex_on_every_record(records):
    texts = [record_text(r) for r in records] + [fold(r.title) for r in records]
    assert sum(1 for t in texts if phrase_hits(t)) > 50  # the corpus does exercise the themes
    for text in texts:
        assert phrase_hits(text) == regex_hits(text)


def _vocabulary() -> list[str]:
    words = sorted({w for t in themes().values() for p in t.phrases for w in fold(p).split()})
    return (
        words + [w + "s" for w in words[::3]] + [w + "x" for w in words[::7]] + ["et", "le", "aux", "x", "s"]
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_vocabulary()), max_size=40))
def test_counts_equal_the_regex_on_phrase_soup(words):
    """Texts made of the phrases' own words, plurals and overlaps: the hard cases."""
    text = " ".join(words)
    assert phrase_hits(text) == regex_hits(text)


@pytest.fixture(scope="module")
def structured_records():
    from ccas_cli.query.filters import Filters
    from ccas_cli.query.service import run_filter

    from .conftest import STRUCTURED

    return run_filter(STRUCTURED, Filters())[0]


def test_every_theme_says_why_it_applies(structured_records):
    """Each tag carries its evidence (a source category, title words, text words with counts);
    a theme with no evidence is never given."""
    for record in structured_records:
        assert list(record.theme_evidence) == record.themes
        assert all(
            reason.split(":")[0] in {"category", "title", "text"}
            for why in record.theme_evidence.values()
            for reason in why
        )


@pytest.mark.parametrize(
    ("record_id", "theme"),
    [
        # read by hand: "logements de fonction" and "Service Logement" in an employment fiche
        ("odas-recueil-2018/les-clauses-sociales-insertion-au-service-de-emploi", "logement-hebergement"),
        # "la mobilité des cadres" in a reorganisation of services
        ("odas-recueil-2018/reconfiguration-de-action-departementale", "mobilite"),
        # "unité de placement familial", a service's name
        ("odas-recueil-2018/reconfiguration-de-action-departementale", "protection-enfance"),
        # "Agence régionale de santé", "contrats locaux de santé" named among partners
        ("odas-recueil-2018/elaboration-de-conventions-avec-epci", "sante"),
    ],
)
def test_incidental_words_do_not_tag(structured_records, record_id, theme):
    record = next(r for r in structured_records if r.id == record_id)
    assert theme not in record.themes


def test_show_prints_why_each_theme_applies(runner):
    from ccas_cli.cli.app import app

    out = runner.invoke(app, ["show", "odas-recueil-2018/flash-emploi"]).stdout
    assert "insertion-emploi (category: Insertion;" in out
