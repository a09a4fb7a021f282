"""get and set by path: ids in the path, nested values, removal, and errors naming the part."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.edits.apply import apply
from engine.edits.commands import FIELD, Batch, Delete, Put
from engine.edits.paths import get_value, resolve, set_command
from tests.engine.builders import build, scenario


def project():
    return build(
        scenarios=[
            scenario(
                "child.v2",
                "custom",
                beneficiaries=10,
                benefit={"type": "fixed", "monthly_amount": 5},
            )
        ],
        packages=[{"id": "high", "name": "High", "scenarios": ["child.v2"]}],
        matrix=[{"id": "m3", "guarantee": "children", "scenario_ids": ["child.v2"]}],
        sources={"economy.cpi_inflation": "IMF"},
    )


def after(text, value):
    changed, _ = apply(project(), set_command(project(), text, value))
    return changed


def test_ids_with_dots_resolve_to_the_longest_that_exists() -> None:
    assert resolve(project(), "scenarios.child.v2.admin_rate") == (
        "scenarios",
        "child.v2",
        "admin_rate",
    )
    assert get_value(project(), "scenarios.[child.v2].benefit.monthly_amount") == 5


def test_get_reads_fields_sections_lists_and_population_cells() -> None:
    assert get_value(project(), "economy.poverty_line_monthly") == 100
    assert get_value(project(), "packages.high.scenarios") == ["child.v2"]
    assert get_value(project(), "matrix.m3.scenario_ids.0") == "child.v2"
    assert get_value(project(), "population.rows.2025|female|3.value") == 1000
    assert get_value(project(), "sources.[economy.cpi_inflation]") == "IMF"
    assert get_value(project(), "years") == {"base": 2025, "end": 2027}


def test_set_makes_the_ordinary_command() -> None:
    command = set_command(project(), "economy.poverty_line_monthly", 120)
    assert isinstance(command, Put) and command.kind == FIELD and command.key == "economy"
    assert after("economy.poverty_line_monthly", 120).economy.poverty_line_monthly == 120
    assert (
        after("scenarios.child.v2.benefit.monthly_amount", 7).scenarios[0].benefit.monthly_amount
        == 7
    )
    assert after("matrix.m3.recommendation", "Pay it").matrix[0].recommendation == "Pay it"
    assert after("packages.high.scenarios", []).packages[0].scenarios == ()
    assert after("name", "Renamed").name == "Renamed"
    assert after("population.rows.2025|female|3.value", 5).population.rows[3].value == 5
    assert after("matrix.m3.status", "validated").matrix[0].status == "validated"


def test_null_removes_an_optional_field_or_a_whole_entry_with_its_links() -> None:
    assert after("economy.poverty_line_monthly", None).economy.poverty_line_monthly is None
    command = set_command(project(), "scenarios.child.v2", None)
    assert isinstance(command, Batch) and command.commands[-1] == Delete("scenario", "child.v2")
    gone = after("scenarios.child.v2", None)
    assert (
        gone.scenarios == ()
        and gone.packages[0].scenarios == ()
        and gone.matrix[0].scenario_ids == ()
    )
    assert after("matrix.m3", None).matrix == ()
    new = after("matrix.m4", {"id": "m4", "guarantee": "health"})
    assert [m.id for m in new.matrix] == ["m3", "m4"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("scenarios.chld.v2.admin_rate", 'has no "chld" (did you mean "child.v2"?)'),
        (
            "economy.povrty_line_monthly",
            'has no "povrty_line_monthly" (did you mean "poverty_line_monthly"?)',
        ),
        ("budget", 'has no "budget" (there is: name, country, years'),
        ("matrix.m3.agencies.2", "matrix.m3.agencies.2 is not a position in this list (0 to -1)"),
    ],
)
def test_unknown_parts_are_named_with_a_suggestion(text, message) -> None:
    with pytest.raises(InputError) as raised:
        get_value(project(), text)
    assert raised.value.path == text and message in raised.value.message


def test_a_whole_list_is_not_set_at_once() -> None:
    with pytest.raises(InputError, match="names a whole list"):
        set_command(project(), "scenarios", [])


def test_a_financing_source_is_read_and_set_by_its_id_and_chosen_for_a_package() -> None:
    financed = build(
        packages=[{"id": "high", "name": "High", "scenarios": []}],
        financing_sources=[
            {"id": "vat", "name": "VAT", "kind": "tax_revenue", "unit": "pct_gdp", "amount": 0.5}
        ],
    )
    assert get_value(financed, "financing_sources.vat.amount") == 0.5
    changed, _ = apply(financed, set_command(financed, "financing_sources.vat.amount", 1.25))
    assert changed.financing_source("vat").amount is not None
    assert get_value(changed, "financing_sources.vat.amount") == 1.25
    chosen, _ = apply(changed, set_command(changed, "packages.high.financing", ["vat"]))
    assert chosen.package("high").financing == ("vat",)
    with pytest.raises(InputError, match='has no "vatt" \\(did you mean "vat"\\?\\)'):
        get_value(financed, "financing_sources.vatt.amount")
