"""Properties over generated inputs: text folding, and the YAML round trip of the models."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ccas_cli.models import (
    Action,
    BudgetLine,
    Contact,
    Document,
    Echeance,
    Experiment,
    Initiative,
    News,
    Sheet,
    Source,
    StoreFile,
)
from ccas_cli.normalize.text import fold, strip_accents
from ccas_cli.store import render
from ccas_cli.yamlio import load_yaml

FRENCH = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÇÉÈÊËÎÏÔÙÛÜŒ0123456789'’ -–«»,.;:!?\n"
text = st.text(alphabet=FRENCH, max_size=60)
words = st.text(alphabet=FRENCH, min_size=1, max_size=40).filter(lambda s: s.strip())


@given(text)
def test_fold_is_idempotent_and_plain(value):
    """Folding twice changes nothing, and leaves only lower-case letters, digits and spaces."""
    folded = fold(value)
    assert fold(folded) == folded
    assert set(folded) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")


@given(text)
def test_fold_ignores_case_accents_and_hyphens(value):
    """'Non-Recours', 'non recours' and 'NON RÉCOURS' fold alike."""
    assert fold(value.upper()) == fold(value) == fold(strip_accents(value))
    assert fold(value.replace("-", " ")) == fold(value)


def _strip_accents_by_definition(value: str) -> str:
    """The slow, obvious definition the fast strip_accents must match."""
    for ligature, plain in {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}.items():
        value = value.replace(ligature, plain)
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


@given(st.text(max_size=80))
def test_strip_accents_drops_exactly_the_combining_marks_of_any_script(value):
    assert strip_accents(value) == _strip_accents_by_definition(value)


@given(st.text(alphabet="lqdjmnstcuoier'_ 2²éøß.-\n", max_size=40))
def test_elisions_are_dropped_as_the_regex_drops_them(value):
    """The apostrophe scan that replaced the elision regex (for speed) drops the same text."""
    from ccas_cli.normalize.text import _ELISION, _drop_elisions

    assert _drop_elisions(value) == _ELISION.sub("", value)


def test_strip_accents_agrees_on_every_combining_diacritic():
    # U+034F (combining grapheme joiner) sits in the diacritics block with class 0: kept.
    block = "".join(chr(c) for c in range(0x0300, 0x0370)) + "e\u0301 a\u034f"
    assert strip_accents(block) == _strip_accents_by_definition(block)


sources = st.builds(
    Source,
    file=words,
    sha256=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    lines=st.tuples(st.integers(1, 10_000), st.integers(1, 10_000)),
    pages=st.none() | st.tuples(st.integers(1, 500), st.integers(1, 500)),
)
amounts = st.none() | st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda v: round(v, 2))
budget_lines = st.builds(
    BudgetLine,
    amount_eur=amounts,
    amount_max_eur=amounts,
    raw=words,
    kind=st.sampled_from(["total", "per_year", "component", "per_unit", "increase", "unknown"]),
    years=st.lists(st.integers(1990, 2040), max_size=3),
    counted=st.booleans(),
    reason=words,
    source=sources,
)
common = {
    "id": words.map(lambda w: f"doc/{w}"),
    "document": st.just("doc"),
    "title": words,
    "themes": st.lists(words, max_size=3),
    "partners": st.lists(words, max_size=3),
    "budget_lines": st.lists(budget_lines, max_size=3),
    "sections": st.dictionaries(words, text, max_size=3),
    "source": sources,
}
contacts = st.builds(Contact, name=st.none() | words, role=st.none() | words, email=st.none() | words)
records = st.one_of(
    st.builds(
        Initiative,
        kind=st.sampled_from(["fiche", "autre_demarche"]),
        chapter=st.none() | st.integers(1, 9),
        departement=st.none() | words,
        year=st.none() | st.integers(1990, 2040),
        contacts=st.lists(contacts, max_size=2),
        **common,
    ),
    st.builds(
        Action,
        block=st.none() | words,
        direction=st.none() | words,
        budget_total_eur=amounts,
        echeances=st.lists(
            st.builds(Echeance, years=st.lists(st.integers(2000, 2030), max_size=2), text=words), max_size=2
        ),
        **common,
    ),
    st.builds(
        Experiment,
        start_year=st.none() | st.integers(1990, 2040),
        figures=st.lists(words, max_size=2),
        **common,
    ),
    st.builds(Sheet, fields=st.dictionaries(words, words, max_size=3), **common),
    st.builds(News, category=st.none() | words, **common),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(records, max_size=4))
def test_every_model_round_trips_through_the_yaml_store(items):
    """Whatever the records hold (accents, quotes, line breaks), YAML gives them back equal."""
    document = Document(
        id="doc",
        title="Titre",
        kind="odas-recueil",
        file="doc.txt",
        sha256="0" * 64,
        parser="test",
        parser_version="1",
        lines_total=1,
        lines_accounted=1,
    )
    store_file = StoreFile(document=document, records=items)
    text = render(store_file)
    assert StoreFile.model_validate(load_yaml(text, "doc.yaml")) == store_file
    assert render(StoreFile.model_validate(load_yaml(text, "doc.yaml"))) == text


_YAML_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    # plain words YAML 1.1 reads as other types: each must come back as PyYAML reads it
    st.sampled_from(
        ["yes", "Off", "~", "1:30", "0x1F", "0o17", "1_000", ".inf", "-.5", "+1", "2026-12-05", "<<", "="]
    ),
)
_YAML_DATA = st.recursive(
    _YAML_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8) | st.integers(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(_YAML_DATA, st.booleans())
def test_the_store_s_yaml_reader_reads_what_pyyaml_reads(data, flow):
    """ccas reads its YAML from the C parser's events (yamlio._load_events): whatever the data
    and the style, the same values as PyYAML's safe loader."""
    import yaml

    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    assert load_yaml(text, "x.yaml") == yaml.load(text, Loader=yaml.CSafeLoader)


@given(
    st.sampled_from(
        [
            "yes",
            "Off",
            "~",
            "1:30",
            "0x1F",
            "0o17",
            "1_000",
            ".inf",
            "-.5",
            "+1",
            "2026-12-05",
            "12:30:45",
            "null",
            "text",
        ]
    )
)
def test_plain_words_written_by_hand_resolve_as_pyyaml_resolves_them(word):
    """A value written by hand, unquoted ("budget: 1_000", "date: 2026-12-05", "done: yes"),
    a merge key, a second document, an anchor or a tag: the same value or the same refusal."""
    import yaml

    from ccas_cli.errors import StoreError

    for text in (
        f"a: {word}\nb: [{word}, x]\n{word}: 1\nc:\n",
        f"- {word}\n",
        f"{word}\n",
        "a: !!str 12\n",
    ):
        assert load_yaml(text, "x.yaml") == yaml.load(text, Loader=yaml.CSafeLoader), text
    assert load_yaml("base: {a: 1}\nother:\n  <<: {a: 2}\n  b: 3\n", "x.yaml") == {
        "base": {"a": 1},
        "other": {"a": 2, "b": 3},
    }
    for refused in ("a: 1\n---\nb: 2\n", "a: &x [1]\nb: *x\n"):
        try:
            load_yaml(refused, "x.yaml")
        except StoreError:
            continue
        raise AssertionError(f"not refused: {refused!r}")
