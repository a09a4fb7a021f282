"""The workbook's input sheets POP, ECO, GGO and EAP: inputs are the engine's values, and every
derived row is a live formula that LibreOffice recalculates to the engine's own paths."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook, load_workbook

from engine.method.compute import compute
from engine.outputs.workbook.inputs import (
    BIRTHS_ROW,
    ECO_ROWS,
    FEMALE_FIRST_ROW,
    GGO_ROWS,
    INFORMALITY_ROW,
    MALE_FIRST_ROW,
    UNEMPLOYMENT_ROW,
    Layout,
    col,
    number,
    write_eap,
    write_eco,
    write_ggo,
    write_pop,
)
from tests.engine.builders import base_project, build
from tests.engine.outputs.workbook.recalc import recalculated


def growing_population() -> dict:
    """Persons by age that differ by age and grow unevenly, so that working ages matter."""
    rows = [
        {"year": year, "sex": sex, "age": age, "value": value}
        for year, scale in ((2025, 1.0), (2027, 1.1))
        for sex in ("female", "male")
        for age in range(101)
        for value in [round(scale * (2000 - 15 * age) + (300 if 15 <= age <= 64 else 0))]
    ]
    return {"unit": "persons", "rows": rows}


def full_project():
    return build(population=growing_population())


def sparse_project():
    """No real wage growth (wages follow growth per worker), no budget, no poverty line,
    no labour data."""
    economy = base_project()["economy"]
    for key in ("real_wage_growth", "gov_expenditure_share_gdp", "poverty_line_monthly"):
        del economy[key]
    document = base_project(economy=economy, population=growing_population())
    del document["labour"]
    from engine.format.read import project_from_dict

    return project_from_dict(document)


def input_book(project, path: Path) -> Layout:
    results = compute(project)
    layout = Layout(years=[int(y) for y in results.years])
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    write_pop(book.create_sheet("POP"), results, layout)
    write_eco(book.create_sheet("ECO"), project, results, layout)
    write_ggo(book.create_sheet("GGO"), results, layout)
    if project.labour is not None:
        write_eap(book.create_sheet("EAP"), results, layout)
    book.save(path)
    return layout


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    projects = {"full": full_project(), "sparse": sparse_project()}
    layouts, sources = {}, []
    for name, project in projects.items():
        source = folder / f"{name}.xlsx"
        layouts[name] = input_book(project, source)
        sources.append(source)
    done = recalculated(sources, folder / "lo")
    return {
        name: (
            projects[name],
            layouts[name],
            load_workbook(source),
            load_workbook(after, data_only=True),
        )
        for (name, source), after in zip(zip(projects, sources, strict=True), done, strict=True)
    }


def row_values(sheet, row: int, count: int = 3) -> np.ndarray:
    return np.array([sheet.cell(row=row, column=3 + t).value for t in range(count)], dtype=float)


def test_columns_start_at_c_and_rows_of_ages_are_found_by_sex() -> None:
    assert (col(0), col(1), col(24)) == ("C", "D", "AA")
    layout = Layout(years=[2025])
    assert layout.age_rows("female", 0, 4) == [(FEMALE_FIRST_ROW, FEMALE_FIRST_ROW + 4)]
    assert layout.age_rows("male", 100, 100) == [(MALE_FIRST_ROW + 100, MALE_FIRST_ROW + 100)]
    assert layout.age_rows("both", 15, 64) == [
        (FEMALE_FIRST_ROW + 15, FEMALE_FIRST_ROW + 64),
        (MALE_FIRST_ROW + 15, MALE_FIRST_ROW + 64),
    ]
    assert number(float("nan")) is None and number(None) is None and number(np.float64(2)) == 2.0


def test_pop_holds_the_engines_persons_and_births(books) -> None:
    project, _, book, _ = books["full"]
    pop = book["POP"]
    persons = compute(project).context.persons
    assert [c.value for c in pop[1]] == ["sex", "age", 2025, 2026, 2027]
    # openpyxl writes 16 significant digits: equal to 1e-15
    np.testing.assert_allclose(row_values(pop, FEMALE_FIRST_ROW + 7), persons[:, 7, 0], rtol=1e-15)
    np.testing.assert_allclose(row_values(pop, MALE_FIRST_ROW + 64), persons[:, 64, 1], rtol=1e-15)
    assert pop.cell(row=MALE_FIRST_ROW + 100, column=2).value == "100+"
    assert pop.cell(row=BIRTHS_ROW, column=1).value == "births"
    # not given: estimated as the engine says (format 2's default, the mean of the
    # population aged 0 in the year and the next); the sheet holds the engine's births
    births = compute(project).context.births
    np.testing.assert_allclose(row_values(pop, BIRTHS_ROW), births, rtol=1e-15)


@pytest.mark.parametrize("name", ["full", "sparse"])
def test_eco_formulas_recalculate_to_the_engines_paths(books, name) -> None:
    project, _, _, after = books[name]
    economy = compute(project).context.economy
    eco = after["ECO"]
    expected = {
        "gdp_nominal": economy.gdp_nominal,
        "deflator": economy.deflator,
        "cpi": economy.cpi,
        "wage_index": economy.wage_index,
        "population": compute(project).context.persons.sum(axis=(1, 2)),
        "gdp_per_capita": economy.gdp_per_capita,
        "minimum_wage": economy.anchors["minimum_wage"],
        "average_wage": economy.anchors["average_wage"],
        "gdp_per_capita_monthly": economy.anchors["gdp_per_capita"],
    }
    if name == "full":
        expected["poverty_line"] = economy.anchors["poverty_line"]
    for key, values in expected.items():
        np.testing.assert_allclose(row_values(eco, ECO_ROWS[key]), values, rtol=1e-12, err_msg=key)


def test_eco_keeps_inputs_as_values_and_derives_the_rest(books) -> None:
    _, layout, book, _ = books["full"]
    eco = book["ECO"]
    growth = ECO_ROWS["real_gdp_growth"]
    assert eco.cell(row=growth, column=3).value is None  # no growth in the base year
    assert eco.cell(row=growth, column=4).value == 0.05
    assert eco.cell(row=ECO_ROWS["gdp_nominal"], column=3).value == 1e9
    assert eco.cell(row=ECO_ROWS["gdp_nominal"], column=4).value == "=C6*(1+D2)*(1+D3)"
    assert eco.cell(row=ECO_ROWS["wage_index"], column=5).value == "=D9*(1+E4)*(1+E5)"
    assert eco.cell(row=ECO_ROWS["poverty_line"], column=2).value == 100  # the base value in B
    assert eco.cell(row=ECO_ROWS["poverty_line"], column=4).value == "=$B12*D8"
    assert layout.anchors == {"poverty_line", "minimum_wage", "average_wage", "gdp_per_capita"}
    assert layout.has_ggo and layout.has_eap


def test_without_real_wage_growth_it_follows_growth_per_person_of_working_age(books) -> None:
    _, layout, book, after = books["sparse"]
    formula = book["ECO"].cell(row=ECO_ROWS["real_wage_growth"], column=4).value
    assert formula.startswith("=(1+D2)*(SUM(POP!C17:C66)+SUM(POP!C118:C167))/")
    eco = after["ECO"]
    persons = compute(sparse_project()).context.persons
    working = persons[:, 15:65, :].sum(axis=(1, 2))
    # rw[t] = (1 + g) x WA[t-1] / WA[t] - 1, with g = 5 %
    np.testing.assert_allclose(
        row_values(eco, ECO_ROWS["real_wage_growth"])[1:],
        1.05 * working[:-1] / working[1:] - 1,
        rtol=1e-12,
    )
    assert eco.cell(row=ECO_ROWS["poverty_line"], column=1).value == (
        "poverty line (monthly): not given"
    )
    assert eco.cell(row=ECO_ROWS["poverty_line"], column=3).value is None
    assert "poverty_line" not in layout.anchors


def test_ggo_holds_shares_and_recalculates_expenditure_and_revenue(books) -> None:
    _, _, _, after = books["full"]
    economy = compute(full_project()).context.economy
    ggo = after["GGO"]
    np.testing.assert_allclose(row_values(ggo, GGO_ROWS["expenditure_share"]), [0.2] * 3)
    np.testing.assert_allclose(row_values(ggo, GGO_ROWS["revenue_share"]), [0.18] * 3)
    np.testing.assert_allclose(
        row_values(ggo, GGO_ROWS["expenditure"]), economy.gov_expenditure, rtol=1e-12
    )
    np.testing.assert_allclose(
        row_values(ggo, GGO_ROWS["revenue"]), economy.gov_revenue, rtol=1e-12
    )


def test_ggo_without_shares_says_so_and_the_layout_knows(books) -> None:
    _, layout, book, _ = books["sparse"]
    ggo = book["GGO"]
    assert ggo.cell(row=GGO_ROWS["expenditure_share"], column=1).value == (
        "government expenditure (% of GDP): not given"
    )
    assert ggo.cell(row=GGO_ROWS["expenditure"], column=3).value is None
    assert ggo.cell(row=GGO_ROWS["revenue"], column=3).value.startswith("=ECO!C6*C3")
    assert not layout.has_ggo and not layout.has_eap
    assert "EAP" not in book.sheetnames


def test_eap_holds_participation_unemployment_and_informality(books) -> None:
    _, _, book, _ = books["full"]
    eap = book["EAP"]
    assert eap.cell(row=FEMALE_FIRST_ROW + 14, column=3).value is None  # no rate: empty
    np.testing.assert_array_equal(row_values(eap, FEMALE_FIRST_ROW + 15), [0.7] * 3)
    np.testing.assert_array_equal(row_values(eap, MALE_FIRST_ROW + 64), [0.7] * 3)
    np.testing.assert_array_equal(row_values(eap, UNEMPLOYMENT_ROW), [0.1, 0.1, 0.08])
    np.testing.assert_array_equal(row_values(eap, INFORMALITY_ROW), [0.6] * 3)
