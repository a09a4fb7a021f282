"""Which fields each scenario kind uses: every kind may have the common fields, must have the
common required ones and its own, and never a field another kind alone uses."""

from __future__ import annotations

import dataclasses

import pytest

from engine.domain.kinds import (
    COMMON_FIELDS,
    COMMON_REQUIRED,
    KIND_FIELDS,
    allowed_fields,
    required_fields,
)
from engine.domain.model import KINDS, Scenario


def test_every_kind_of_the_model_has_a_row() -> None:
    assert set(KIND_FIELDS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_required_fields_are_allowed_and_start_with_the_common_ones(kind: str) -> None:
    allowed, required = allowed_fields(kind), required_fields(kind)
    assert allowed[: len(COMMON_FIELDS)] == COMMON_FIELDS
    assert required[: len(COMMON_REQUIRED)] == COMMON_REQUIRED
    assert set(required) <= set(allowed)
    assert len(set(allowed)) == len(allowed)  # no field listed twice


@pytest.mark.parametrize("kind", KINDS)
def test_every_allowed_field_is_a_field_of_the_scenario_type(kind: str) -> None:
    names = {f.name for f in dataclasses.fields(Scenario)}
    assert set(allowed_fields(kind)) <= names


def test_the_kinds_use_the_fields_the_method_names() -> None:
    # docs/method.md: maternity has no age band (N = births x m) and needs months_per_year.
    assert "ages" not in allowed_fields("maternity")
    assert "months_per_year" in required_fields("maternity")
    # public works pay days of work at a share of the minimum wage: no benefit field.
    assert "benefit" not in allowed_fields("public_works")
    assert {"days_per_year", "wage_percent_of_minimum_wage"} <= set(required_fields("public_works"))
    # health staffing counts workers for the population served: no sex, no targeting.
    assert "sex" not in allowed_fields("health_staffing")
    assert "target_share" not in allowed_fields("health_staffing")
    # custom: the user's beneficiaries series instead of an age band.
    assert required_fields("custom")[-2:] == ("beneficiaries", "benefit")
    assert "ages" not in allowed_fields("custom")
    # only disability has a prevalence rate
    assert [k for k in KINDS if "prevalence" in allowed_fields(k)] == ["disability"]


def test_an_unknown_kind_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        allowed_fields("pension")
    with pytest.raises(KeyError):
        required_fields("pension")
