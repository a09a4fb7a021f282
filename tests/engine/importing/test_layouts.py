"""The layouts an import understands (UN WPP population, the template's sheets): each cell is
checked as it is read, and the first problem names its sheet, row and column."""

from __future__ import annotations

from typing import Any

import pytest

from engine.domain.errors import InputError
from engine.importing import layouts as lay
from engine.importing.tables import Table


def table(header: tuple[str, ...], *rows: tuple[Any, ...], sheet: str | None = None) -> Table:
    """Rows numbered as a spreadsheet would, from row 2 under the header."""
    return Table(sheet, header, tuple((i + 2, row) for i, row in enumerate(rows)))


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(InputError) as raised:
        call(*args, **kwargs)
    return raised.value.one_line()


WPP = ("ISO3_code", "Variant", "Time", "AgeGrp", "PopMale", "PopFemale")


def test_number_cells_accept_text_with_spaces_and_name_the_cell_otherwise() -> None:
    t = table(("year", "value"))
    assert lay.number(t, 2, 1, " 1 234 ") == 1234.0
    assert lay.number(t, 2, 1, "1\u00a0000.5") == 1000.5  # a spreadsheet's thousands space
    assert lay.number(t, 2, 1, 7) == 7
    assert refused(lay.number, t, 5, 1, "abc") == 'row 5, column B (value): "abc" is not a number'
    assert refused(lay.number, t, 5, 1, -1, minimum=0) == (
        "row 5, column B (value): -1 is below the minimum 0"
    )
    assert lay.year(t, 2, 0, "2030") == 2030 and lay.year(t, 2, 0, 2030.0) == 2030
    assert "2030.5 is not a whole number" in refused(lay.year, t, 2, 0, 2030.5)


def test_text_cells_are_stripped_whole_floats_lose_their_point_and_blanks_are_named() -> None:
    t = table(("sex", "age"), sheet="Population")
    assert lay.text(t, 2, 0, " Male ") == "Male"
    assert lay.text(t, 2, 1, 15.0) == "15"
    assert refused(lay.text, t, 4, 1, "  ") == "sheet Population, row 4, column B (age): is empty"
    assert refused(lay.text, t, 4, 1, None).endswith("is empty")


def test_missing_columns_are_named_with_what_needs_them() -> None:
    t = table(("sex", "age"), sheet="Participation")
    assert refused(lay.required_columns, t, ("sex", "age", "rate"), "participation") == (
        'sheet Participation, row 1: has no column "rate" (participation needs sex, age, rate)'
    )
    assert lay.required_columns(table(("Rate", "SEX")), ("sex", "rate"), "x") == [1, 0]


def test_a_duplicate_names_both_rows() -> None:
    duplicates = lay.Duplicates(table(("year",)))
    duplicates.check(2030, 2, "year 2030")
    duplicates.check(2031, 3, "year 2031")
    assert refused(duplicates.check, 2030, 7, "year 2030") == (
        "row 7: repeats year 2030 already given in row 2"
    )


@pytest.mark.parametrize(
    "cell, singles, fields",
    [
        ("0-4", False, {"age_group": "0-4"}),
        ("95-99", True, {"age_group": "95-99"}),
        ("7", True, {"age": 7}),
        (7.0, True, {"age": 7}),
        ("100+", True, {"age": 100}),  # the open group is age 100 among single ages
        ("100+", False, {"age_group": "100+"}),
    ],
)
def test_ages_are_single_ages_or_groups(cell, singles, fields) -> None:
    assert lay.age_fields(table(("age",)), 2, 0, cell, singles) == fields


def test_a_wpp_file_keeps_its_country_and_the_medium_variant_in_thousands() -> None:
    t = table(
        WPP,
        ("LAO", "Medium", 2030, "0-4", "400", "390"),
        ("LAO", "High", 2030, "0-4", "999", "999"),
        ("THA", "Medium", 2030, "0-4", "1", "1"),
        ("LAO", "Medium", 2030, "5-9", "380", "370"),
    )
    imported = lay.read_wpp(t, "LAO")
    assert imported.population_unit == "thousands" and imported.layout.startswith("UN WPP")
    assert imported.population == [
        {"year": 2030, "sex": "female", "age_group": "0-4", "value": 390.0},
        {"year": 2030, "sex": "male", "age_group": "0-4", "value": 400.0},
        {"year": 2030, "sex": "female", "age_group": "5-9", "value": 370.0},
        {"year": 2030, "sex": "male", "age_group": "5-9", "value": 380.0},
    ]


def test_a_wpp_file_of_single_ages_puts_100_plus_at_age_100() -> None:
    t = table(WPP[2:], (2026, "99", 1, 2), (2026, "100+", 0.2, 0.4))
    rows = lay.read_wpp(t, "LAO").population
    assert rows is not None
    assert [(r["sex"], r["age"], r["value"]) for r in rows] == [
        ("female", 99, 2),
        ("male", 99, 1),
        ("female", 100, 0.4),
        ("male", 100, 0.2),
    ]


def test_wpp_problems_name_the_place() -> None:
    other = table(WPP, ("THA", "Medium", 2030, "0-4", 1, 1))
    assert refused(lay.read_wpp, other, "LAO") == (
        "row 1, column A (ISO3_code): no row is for LAO, the project's country"
    )
    assert (
        refused(lay.read_wpp, table(WPP[2:]), "LAO") == "row 1: has a WPP header but no data rows"
    )
    twice = table(WPP[2:], (2030, "0-4", 1, 1), (2030, "0-4", 1, 1))
    assert refused(lay.read_wpp, twice, "LAO") == (
        "row 3: repeats 2030, age 0-4 already given in row 2"
    )
    wide = table(WPP[2:], (2030, "0-14", 1, 1))
    assert refused(lay.read_wpp, wide, "LAO").startswith(
        'row 2, column D (PopFemale): "0-14" is not a 5-year group'
    )


def test_a_population_sheet_in_thousands_with_sexes_as_typed() -> None:
    t = table(
        ("Year", "Sex", "Age", "Thousands"),
        (2030, "Female", "0-4", 1.5),
        (2030, "BOTH", 7, "2"),
        (None, None, None, None),  # a blank row is skipped
        sheet="Population",
    )
    imported = lay.read_population_sheet(t)
    assert imported.population_unit == "thousands"
    assert imported.population == [
        {"year": 2030, "sex": "female", "age_group": "0-4", "value": 1.5},
        {"year": 2030, "sex": "both", "age": 7, "value": 2.0},
    ]
    assert lay.read_population_sheet(table(("year", "sex", "age", "persons"))).population is None


def test_population_sheet_problems_name_the_place() -> None:
    no_unit = table(("year", "sex", "age", "value"), sheet="Population")
    assert refused(lay.read_population_sheet, no_unit) == (
        'sheet Population, row 1: needs a value column headed "persons" or "thousands"'
    )
    bad_sex = table(("year", "sex", "age", "persons"), (2030, "men", "0-4", 1))
    assert refused(lay.read_population_sheet, bad_sex).startswith(
        'row 2, column B (sex): text "men" is not one of female, male, both'
    )
    twice = table(("year", "sex", "age", "persons"), (2030, "male", 7, 1), (2030, "Male", "7", 2))
    assert refused(lay.read_population_sheet, twice) == (
        "row 3: repeats 2030, male, 7 already given in row 2"
    )


def test_values_by_year_skip_blank_cells_and_check_each_kind_of_value() -> None:
    t = table(
        ("year", "gdp_nominal", "real_gdp_growth", "gov_expenditure_share_gdp"),
        (2026, 1.2e15, -0.05, None),  # growth may be negative
        (2027, None, "0.04", 0.2),
    )
    assert lay.read_by_year(t, (*lay.ECONOMY_SERIES, "gdp_nominal")) == {
        "gdp_nominal": {2026: 1.2e15},
        "real_gdp_growth": {2026: -0.05, 2027: 0.04},
        "gov_expenditure_share_gdp": {2027: 0.2},
    }
    negative_share = table(("year", "informality_share"), (2026, -0.1))
    assert refused(lay.read_by_year, negative_share, lay.LABOUR_SERIES) == (
        "row 2, column B (informality_share): -0.1 is below the minimum 0"
    )
    unknown = table(("year", "unemployment"), (2026, 0.1))
    assert refused(lay.read_by_year, unknown, lay.LABOUR_SERIES) == (
        "row 1, column B (unemployment): is not a known column "
        "(expected unemployment_rate, informality_share)"
    )
    twice = table(("year", "unemployment_rate"), (2026, 0.1), (2026, 0.2))
    assert "repeats year 2026 already given in row 2" in refused(
        lay.read_by_year, twice, lay.LABOUR_SERIES
    )


def test_anchors_are_known_items_and_a_blank_value_keeps_the_projects() -> None:
    t = table(
        ("item", "value"),
        ("poverty_line_monthly", "650 000"),
        ("minimum_wage_monthly", None),
        sheet="Anchors",
    )
    assert lay.read_anchors(t) == {"poverty_line_monthly": 650_000}
    twice = table(("item", "value"), ("gdp_nominal_base", 1), ("gdp_nominal_base", 2))
    assert refused(lay.read_anchors, twice) == (
        "row 3: repeats gdp_nominal_base already given in row 2"
    )


def test_participation_rows_with_optional_years() -> None:
    t = table(
        ("sex", "age", "year", "rate"),
        ("Female", "15-64", None, 0.72),
        ("male", "15-64", 2030, "0.8"),
    )
    assert lay.read_participation(t) == [
        {"sex": "female", "age_group": "15-64", "value": 0.72},
        {"sex": "male", "age_group": "15-64", "year": 2030, "value": 0.8},
    ]
    percent = table(("sex", "age", "rate"), ("male", "15-64", 72))
    assert refused(lay.read_participation, percent).startswith(
        "row 2, column C (rate): 72 is above 1"
    )
    reversed_group = table(("sex", "age", "rate"), ("male", "64-15", 0.7))
    assert refused(lay.read_participation, reversed_group).startswith(
        'row 2, column B (age): "64-15"'
    )
    assert lay.read_participation(table(("sex", "age", "rate"))) is None


def test_an_import_with_nothing_in_it_is_empty() -> None:
    assert lay.Imported("x").is_empty()
    assert not lay.Imported("x", levels={"poverty_line_monthly": 1.0}).is_empty()
    assert not lay.Imported("x", labour={"unemployment_rate": {2026: 0.1}}).is_empty()


@pytest.mark.parametrize("cell", ["80+", "95+"])
def test_the_only_open_group_is_100_and_over(cell) -> None:
    """ "80+" is not a 5-year group: never imported as age 100."""
    message = refused(lay.age_fields, table(("age",)), 2, 0, cell, True)
    assert (
        message
        == f'row 2, column A (age): "{cell}": the only open age group is "100+" (100 and over)'
    )
