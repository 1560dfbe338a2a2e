"""Golden files for the plan, the press kit, the Inspir'action sheet and the CAF page.

Each `tests/golden/<document>.records.yaml` holds the key fields of every record as a careful
reader of the source document states them (reviewed line by line against `data/raw/`, not
accepted from the parser's output). `pytest --update-golden` rewrites them from the parsers,
for review with `git diff`. The recueil's golden file is checked in test_recueil_parser.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from ccas_cli.yamlio import dump_yaml, load_yaml

from .conftest import GOLDEN


def _money(record) -> list[str]:
    return [
        f"{line.amount_eur:g} {line.kind} {'counted' if line.counted else 'shown'}"
        for line in record.budget_lines
        if line.amount_eur is not None
    ]


def _action(r) -> dict[str, Any]:
    return {
        "block": r.block,
        "responsable": r.responsable,
        "direction": r.direction,
        "co_directions": r.co_directions,
        "echeances": [f"{'/'.join(map(str, e.years))} | {e.text}" for e in r.echeances],
        "partners": r.partners,
        "funders": r.funders,
        "budget_total_eur": r.budget_total_eur,
        "money": _money(r),
    }


def _experiment(r) -> dict[str, Any]:
    return {
        "status_group": r.status_group,
        "start_year": r.start_year,
        "state": r.state,
        "territories": r.territories,
        "public": r.public,
        "evaluator": r.evaluator,
        "partners": r.partners,
        "figures": r.figures,
        "money": _money(r),
    }


def _sheet(r) -> dict[str, Any]:
    return {
        "fields": r.fields,
        "contacts": [" | ".join(v or "" for v in (c.name, c.role, c.email, c.phone)) for c in r.contacts],
        "sections": list(r.sections),
    }


def _news(r) -> dict[str, Any]:
    return {"category": r.category, "figures": r.figures, "money": _money(r), "sections": list(r.sections)}


VIEWS = {"action": _action, "experiment": _experiment, "sheet": _sheet, "news": _news}
DOCUMENTS = [
    "ccas-grenoble-plan-strategique",
    "grenoble-experimentations-2011",
    "inspiraction-grenoble-2017",
    "caf-isere-2023",
]


def golden_view(result) -> dict[str, Any]:
    return {
        "records": [
            {"lines": list(r.source.lines), "title": r.title, **VIEWS[r.type](r)} for r in result.records
        ]
    }


@pytest.mark.parametrize("document", DOCUMENTS)
def test_golden_records(document, manifest, update_golden):
    """Every record's key fields equal the reviewed golden file, record by record and field by field."""
    from ccas_cli.ingest import parse_file

    entry = manifest[document]
    view = golden_view(parse_file(entry.file, entry=entry))
    path = GOLDEN / f"{document}.records.yaml"
    if update_golden:
        path.write_text(dump_yaml(view), encoding="utf-8")
    expected = load_yaml(path.read_text(encoding="utf-8"), path)
    assert [r["title"] for r in view["records"]] == [r["title"] for r in expected["records"]]
    for got, want in zip(view["records"], expected["records"], strict=True):
        for field in want:
            assert (want["title"], field, got.get(field)) == (want["title"], field, want[field])
