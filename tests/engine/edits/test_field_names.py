"""Fields in words: the owner by its name, then the field's label."""

from __future__ import annotations

from engine.edits.field_names import LABELS, describe, field_name
from engine.format.keys import ECONOMY_KEYS, MATRIX_KEYS
from tests.engine.builders import build, scenario


def test_paths_in_words() -> None:
    project = build(
        scenarios=[
            scenario(
                "child", "custom", beneficiaries=1, benefit={"type": "fixed", "monthly_amount": 1}
            )
        ]
    )
    assert describe(("economy", "poverty_line_monthly")) == (
        "Economy: poverty line, per person a month"
    )
    assert describe(("scenarios", "child", "admin_rate"), project) == (
        'Scenario "Child": administration rate'
    )
    assert describe(("scenarios", "gone", "admin_rate"), project) == (
        'Scenario "gone": administration rate'
    )
    assert describe(("matrix", "m3", "recommendation")) == 'Matrix row "m3": recommendation'
    assert describe(("matrix", "m3", "comments", "c1"), value={"agency": "MoF"}) == (
        'Matrix row "m3": comment by MoF'
    )
    assert describe(("population", "rows", "2025|female|3")) == "Population 2025, female, 3"
    assert describe(("matrix",)) == "Order of the matrix rows"
    assert describe(("name",)) == "Project: name"
    assert describe(("sources", "economy.cpi_inflation")) == "Source note: economy.cpi_inflation"
    assert field_name(("scenarios", "child"), project).labels == ("the whole entry",)
    assert describe(("scenarios", "child", "benefit", "percent"), project) == (
        'Scenario "Child": benefit, percent'
    )
    assert describe(("economy", "real_gdp_growth", "2030")) == "Economy: real GDP growth, 2030"
    assert describe(("population", "rows", "2025|male|0-4", "value")) == (
        "Population 2025, male, 0-4: value"
    )


def test_every_economy_and_matrix_key_has_a_label() -> None:
    assert set(ECONOMY_KEYS) <= set(LABELS)
    assert set(MATRIX_KEYS) - {"comments"} <= set(LABELS)


def test_a_financing_source_and_its_keys_in_words() -> None:
    from engine.format.keys import CONTRIBUTIONS_KEYS, FINANCING_SOURCE_KEYS

    project = build(
        financing_sources=[
            {"id": "vat", "name": "VAT", "kind": "tax_revenue", "unit": "pct_gdp", "amount": 0.5}
        ]
    )
    assert describe(("financing_sources", "vat", "amount"), project) == (
        'Financing source "VAT": amount'
    )
    assert describe(("financing_sources",)) == "Order of the financing sources"
    labelled = set(FINANCING_SOURCE_KEYS) | set(CONTRIBUTIONS_KEYS) - {"scenario"}
    assert labelled <= set(LABELS)
