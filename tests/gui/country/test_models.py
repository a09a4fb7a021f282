"""The country data tab's table models: population by single age and sex in one year, and the
economy by year in percent with nominal GDP derived. Both pass Qt's model tester, show the
engine's numbers, mark what is derived, and turn an edit of a given value into one command."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt

from engine.domain.model import Series
from engine.store.files import read_project, write_project
from engine.store.project_store import ProjectStore
from gui.country.models import DERIVED, EconomyModel, PopulationModel, series_value
from gui.document.project_document import ProjectDocument
from tests.engine.builders import build

DISPLAY, EDIT, TIP = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def lao(qtbot, sample_file) -> Iterator[ProjectDocument]:
    opened = ProjectDocument(ProjectStore.open(sample_file))
    yield opened
    opened.close()


@pytest.fixture
def small(qtbot, tmp_path) -> Iterator[ProjectDocument]:
    """Single ages given for 2025 and 2027 only: 2026 is interpolated, so derived."""
    path = tmp_path / "small.abnd"
    write_project(build(), path)
    opened = ProjectDocument(ProjectStore.open(path))
    yield opened
    opened.close()


def test_the_tables_have_an_age_or_a_year_per_row(lao) -> None:
    # Not under Qt's model tester yet: both flags() give the root index item flags, which
    # the tester refuses (it passes once they return NoItemFlags for an invalid index).
    population, economy = PopulationModel(lao, 2030), EconomyModel(lao)
    assert (population.rowCount(), population.columnCount()) == (101, 3)
    assert (economy.rowCount(), economy.columnCount()) == (16, 7)  # 2025-2040; 6 series + GDP
    assert population.rowCount(population.index(0, 0)) == economy.rowCount(economy.index(0, 0)) == 0


def test_population_shows_the_engines_persons_of_the_year(lao) -> None:
    model = PopulationModel(lao, 2030)
    persons = lao.results.context.persons[2030 - 2025]
    assert model.data(model.index(7, 0)) == f"{persons[7, 0]:,.0f}"
    assert model.data(model.index(7, 1)) == f"{persons[7, 1]:,.0f}"
    assert model.data(model.index(7, 2)) == f"{persons[7].sum():,.0f}"
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Women",
        "Men",
        "Total",
    ]
    assert model.headerData(100, Qt.Orientation.Vertical) == "100+"
    model.set_year(2040)
    assert model.data(model.index(7, 0)) == f"{lao.results.context.persons[15, 7, 0]:,.0f}"
    model.set_year(2050)  # outside the projection: nothing to show
    assert model.data(model.index(7, 0)) is None


def test_given_cells_are_editable_and_derived_ones_say_so(small) -> None:
    model = PopulationModel(small, 2025)
    given = model.index(3, 0)
    assert model.flags(given) & Qt.ItemFlag.ItemIsEditable
    assert model.data(given, Qt.ItemDataRole.ForegroundRole) is None
    total = model.index(3, 2)
    assert not model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert model.data(total, Qt.ItemDataRole.ForegroundRole) == DERIVED
    assert model.data(total, TIP) is None  # the total is plainly a sum
    model.set_year(2026)  # between the years given: interpolated
    derived = model.index(3, 0)
    assert not model.flags(derived) & Qt.ItemFlag.ItemIsEditable
    assert model.data(derived, TIP) == (
        "Derived (5-year groups split by Sprague, or years interpolated)"
    )
    assert not model.setData(derived, "5")


def test_a_population_edit_is_saved_and_recomputed(small, qtbot) -> None:
    model = PopulationModel(small, 2025)
    with qtbot.waitSignal(small.results_changed, timeout=10000):
        assert model.setData(model.index(3, 1), "1,500")
    assert model.data(model.index(3, 1)) == "1,500"
    assert model.data(model.index(3, 2)) == "2,500"  # 1,000 women + 1,500 men
    row = [
        r
        for r in read_project(small.path).population.rows
        if (r.year, r.sex, r.age) == (2025, "male", 3)
    ]
    assert row[0].value == 1500
    assert small.undo_stack.count() == 1  # one edit, one undo step
    small.undo()
    small.wait_for_results()
    assert model.data(model.index(3, 1)) == "1,000"


def test_a_bad_population_value_is_refused_with_the_reason(small, qtbot) -> None:
    model = PopulationModel(small, 2025)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(3, 0), "many")
    assert refused.args == ['"many" is not a number']
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(3, 0), "-5")
    assert refused.args == ["-5 is below the minimum 0"]
    assert small.undo_stack.count() == 0


def test_economy_series_show_in_percent_and_gdp_from_the_results(lao) -> None:
    model = EconomyModel(lao)
    cpi = list(model.SERIES).index("cpi_inflation")
    assert model.headerData(cpi, Qt.Orientation.Horizontal) == "CPI inflation (%)"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Nominal GDP (LAK)"
    assert model.headerData(0, Qt.Orientation.Vertical) == "2025"
    assert model.headerData(cpi, Qt.Orientation.Horizontal, TIP).startswith("CPI inflation 2010")
    # 2025: 0.06501 (the sample's assumption from 2025 on) shown as 6.50, edited as 6.501
    assert model.data(model.index(0, cpi)) == "6.50"
    assert model.data(model.index(0, cpi), EDIT) == "6.501"
    wages = list(model.SERIES).index("real_wage_growth")
    assert model.data(model.index(3, wages)) == ""  # not given
    gdp = lao.results.context.economy.gdp_nominal
    assert model.data(model.index(5, 6)) == f"{gdp[5]:,.0f}"
    assert model.data(model.index(5, 6), Qt.ItemDataRole.ForegroundRole) == DERIVED
    assert model.data(model.index(5, 6), EDIT) is None


def test_base_year_growth_and_gdp_are_not_editable(lao) -> None:
    model = EconomyModel(lao)
    growth = list(model.SERIES).index("real_gdp_growth")
    share = list(model.SERIES).index("gov_expenditure_share_gdp")
    editable = lambda row, column: bool(  # noqa: E731
        model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    )
    assert not editable(0, growth)  # growth in the base year is not used
    assert editable(1, growth) and editable(0, share)
    assert not editable(3, 6)  # nominal GDP is derived


def test_an_economy_edit_sets_that_year_as_a_fraction(lao, qtbot) -> None:
    model = EconomyModel(lao)
    share = list(model.SERIES).index("gov_expenditure_share_gdp")
    with qtbot.waitSignal(lao.results_changed, timeout=10000):
        assert model.setData(model.index(2030 - 2025, share), "21.5 %")
    stored = dict(lao.project.economy.gov_expenditure_share_gdp.by_year)
    assert stored[2030] == 0.215
    assert model.data(model.index(2030 - 2025, share)) == "21.50"
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(1, share), "lots")
    assert refused.args == ['"lots" is not a number']


def test_a_series_value_is_its_constant_or_carried_forward() -> None:
    assert series_value(None, 2030) is None
    assert series_value(Series.of(0.05), 2030) == 0.05
    per_year = Series.per_year({2026: 0.1, 2030: 0.2})
    assert [series_value(per_year, y) for y in (2025, 2026, 2029, 2031)] == [None, 0.1, 0.1, 0.2]
    assert np.isclose(series_value(per_year, 2030), 0.2)


def test_both_models_pass_qtmodeltester(lao, qtmodeltester) -> None:
    qtmodeltester.check(PopulationModel(lao, 2030))
    qtmodeltester.check(EconomyModel(lao))
