"""What the scenario form shows for each field: every field a kind uses has a row in the table,
in a reading order, with the unit its numbers are typed in; every choice has its options."""

from __future__ import annotations

import pytest

from engine.domain.kinds import allowed_fields
from engine.domain.model import ANCHORS, GUARANTEES, INDEXATIONS, KINDS, SEXES, STATUSES
from gui.common.numbers import Quantity
from gui.common.scenario_fields import (
    FIELDS,
    HIDDEN,
    Field,
    choice_options,
    form_fields,
    kind_label,
)


@pytest.mark.parametrize("kind", KINDS)
def test_the_form_shows_exactly_the_fields_the_kind_uses(qapp, kind) -> None:
    shown = [field.key for field in form_fields(kind)]
    assert set(shown) == set(allowed_fields(kind)) - set(HIDDEN)
    order = list(FIELDS)
    assert shown == sorted(shown, key=order.index)  # always the table's reading order
    assert shown[:3] == ["name", "guarantee", "status"]


def test_numbers_are_typed_in_the_unit_the_field_shows() -> None:
    assert FIELDS["admin_rate"].quantity is Quantity.SHARE  # 5 % stored as 0.05
    assert FIELDS["target_share"].quantity is Quantity.SHARE
    assert FIELDS["wage_percent_of_minimum_wage"].quantity is Quantity.PERCENT  # 150 stays 150
    assert FIELDS["months_per_year"].quantity is Quantity.PLAIN
    assert FIELDS["beneficiaries"].quantity is Quantity.PLAIN
    percent_shapes = {f.key for f in FIELDS.values() if f.shape in ("percent", "rate")}
    assert percent_shapes == {
        "target_share",
        "prevalence",
        "covered_share",
        "nonwage_share",
        "excess_health_inflation",
        "admin_rate",
    }


def test_labels_and_units_read_in_english_without_a_translation(qapp) -> None:
    assert Field.text(FIELDS["admin_rate"].label) == "Administration"
    assert Field.text(FIELDS["admin_rate"].unit) == "% of benefits"
    assert Field.text("") == ""
    assert FIELDS["annual_cost_per_person"].unit.format(currency="LAK") == "LAK, base year"


def test_every_kind_has_its_own_name(qapp) -> None:
    labels = [kind_label(kind) for kind in KINDS]
    assert len(set(labels)) == len(KINDS) and not set(labels) & set(KINDS)
    assert kind_label("age_cash") == "Cash benefit by age"
    assert kind_label("pension") == "pension"


@pytest.mark.parametrize(
    "key, values",
    [
        ("guarantee", GUARANTEES),
        ("status", STATUSES),
        ("sex", SEXES),
        ("indexation", INDEXATIONS),
        ("anchor", ANCHORS),
    ],
)
def test_every_choice_offers_every_value_the_engine_reads(qapp, key, values) -> None:
    options = choice_options(key)
    assert sorted(value for value, _ in options) == sorted(values)
    assert all(label for _, label in options)


def test_every_choice_field_has_options_and_others_none(qapp) -> None:
    for field in FIELDS.values():
        if field.shape == "choice":
            assert choice_options(field.key)
    with pytest.raises(KeyError):
        choice_options("ages")
