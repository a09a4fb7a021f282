"""Bundled country data against their sources, and the Lao PDR sample project."""

from __future__ import annotations

import csv
from collections import defaultdict

import numpy as np
import pytest

from engine.countries.bundled import available_countries, country_project, load_country
from engine.domain.errors import InputError
from engine.format.keys import ECONOMY_KEYS
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.method.compute import compute
from engine.store.files import read_project
from main import main
from tests.conftest import REPO

SOURCES = REPO / "resources" / "countries" / "sources"
SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
ASEAN = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"}


def wpp_groups() -> dict[tuple[str, int, str], dict[int, float]]:
    """(iso3, year, sex) -> {group start age: persons} from the WPP 2024 extract."""
    groups: dict[tuple[str, int, str], dict[int, float]] = defaultdict(dict)
    with open(SOURCES / "wpp2024_pop_age5_sex_asean_5yearly.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["iso3"], int(row["year"]), row["sex"])
            groups[key][int(row["age_start"])] = float(row["pop_persons"])
    return groups


def test_every_asean_country_in_the_extracts_is_bundled() -> None:
    assert {iso3 for iso3, _ in available_countries()} == ASEAN


@pytest.mark.parametrize("iso3", sorted(ASEAN))
def test_five_year_points_sum_back_to_wpp(iso3: str) -> None:
    data = load_country(iso3)
    source = wpp_groups()
    for year in range(2010, 2061, 5):
        t = year - data.first_year
        total_ours = total_source = 0.0
        for sex, ages in (("female", data.female[t]), ("male", data.male[t])):
            groups = source[(iso3, year, sex)]
            for start, value in groups.items():
                ours = sum(ages[start : start + 5]) if start < 100 else ages[100]
                assert ours == pytest.approx(value, abs=0.05), (iso3, year, sex, start)
            total_ours += sum(ages)
            total_source += sum(groups.values())
        assert abs(total_ours / total_source - 1) < 1e-4, (iso3, year)


@pytest.mark.parametrize("iso3", ["THA", "IDN", "MYS", "PHL"])
def test_single_ages_are_close_to_the_un_single_age_series(iso3: str) -> None:
    """An independent check of Sprague and interpolation: the UN's own single ages (both sexes)."""
    un: dict[int, np.ndarray] = defaultdict(lambda: np.zeros(100))
    name = "wpp2024_median_pop_age1_bothsexes_THA_IDN_MYS_PHL_2020_2050.csv"
    with open(SOURCES / name, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["iso3"] == iso3:
                un[int(row["year"])][int(row["age"])] = float(row["pop_persons"])
    data = load_country(iso3)
    for year in (2025, 2032, 2042):  # one 5-year point, two interpolated years
        t = year - data.first_year
        ours = np.array(data.female[t]) + np.array(data.male[t])
        deviation = np.abs(ours[:90] / un[year][:90] - 1)
        assert deviation.mean() < 0.025, (year, deviation.mean())
        assert abs(ours[:100].sum() / un[year].sum() - 1) < 0.003


def test_births_are_wpps_and_the_fiscal_year_is_the_one_in_force_in_the_base_year() -> None:
    with open(SOURCES / "wpp2024_births_asean_annual_2010_2060.csv", encoding="utf-8") as f:
        wpp = {
            (r["iso3"], int(r["year"])): 1000 * float(r["births_thousands"])
            for r in csv.DictReader(f)
        }
    for iso3 in ASEAN:
        births = dict(country_project(iso3, 2010, 2060).population.births.by_year)
        assert births == {y: round(wpp[(iso3, y)]) for y in range(2010, 2061)}, iso3
    assert country_project("THA", 2010, 2020).years.fiscal_year_start_month == 10
    assert country_project("LAO", 2016, 2030).years.fiscal_year_start_month == 10
    lao = country_project("LAO", 2017, 2030)
    assert lao.years.fiscal_year_start_month == 1
    note = dict(lao.sources)["years.fiscal_year_start_month"]
    assert "PEFA" in note and note.endswith("In force in the base year 2017: month 1.")
    assert country_project("MMR", 2019, 2030).years.fiscal_year_start_month == 10
    assert country_project("SGP", 2025, 2030).years.fiscal_year_start_month == 4
    assert "not verified" in dict(country_project("VNM").sources)["years.fiscal_year_start_month"]


def test_thailands_2010_child_allowance_from_the_bundled_data() -> None:
    """RAP validation case (rap-method.md section 7): children aged 0-2 inclusive, 60 %
    take-up, 400 baht a month, 5 % administration: 7,236 million baht published (2,393,000
    children, Thai figures of the time). WPP 2024 counts 2,505,403 children aged 0-2 in
    2010, so the cost is 7,576 million: 1.047 times the published figure (population
    vintages differ). A calendar-year figure: the project is set to the calendar year."""
    document = project_to_dict(country_project("THA", 2010, 2011))
    document["years"]["fiscal_year_start_month"] = 1
    document["scenarios"] = [
        {
            "id": "child",
            "name": "Child allowance",
            "guarantee": "children",
            "status": "proposed",
            "kind": "age_cash",
            "ages": [0, 2],
            "take_up": {"2010": 0.6},
            "admin_rate": 0.05,
            "benefit": {"type": "fixed", "monthly_amount": 400},
        }
    ]
    results = compute(project_from_dict(document))
    children = results.terms["child"].eligible[0]
    cost = results.scenarios["child"]["total_cost"][0]
    assert cost == pytest.approx(0.6 * children * 400 * 12 * 1.05, rel=1e-14)
    ratio = cost / 7_236_432_000
    assert ratio == pytest.approx(1.047, abs=0.0005)
    assert abs(ratio - 1) < 0.10


def test_lao_economy_uses_the_sources_and_names_every_assumption() -> None:
    project = country_project("LAO", 2023, 2040)
    economy, notes = project.economy, dict(project.sources)
    assert economy.gdp_nominal_base == 280_247_579_012_700  # WDI 2023, observed
    assert economy.minimum_wage_monthly == 1_300_000  # in force on 1 July 2023 (from 1 May)
    # 192,000 kip (2010) carried forward by CPI 2011-2023, from the Lao macro extract.
    factor = 1.0
    with open(SOURCES / "lao_macro_2010_2029.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if 2011 <= int(row["year"]) <= 2023:
                factor *= 1 + float(row["cpi_inflation_pct_gmd"]) / 100
    assert economy.poverty_line_monthly == round(192_000 * factor)
    assert "ASSUMPTION" in notes["economy.poverty_line_monthly"]
    for name in ("real_gdp_growth", "gdp_deflator_growth", "cpi_inflation"):
        assert "ASSUMPTION" in notes[f"economy.{name}"], name
    assert project.labour is None  # no Lao labour data in the extracts: left missing
    assert "labour.participation_rate" in notes


def test_a_later_base_year_carries_gdp_forward_and_says_so() -> None:
    project = country_project("LAO", 2025, 2040)
    growth = dict(project.economy.real_gdp_growth.by_year)
    deflator = dict(project.economy.gdp_deflator_growth.by_year)
    expected = 280_247_579_012_700 * (1 + growth[2024]) ** 2 * (1 + deflator[2024]) ** 2
    assert project.economy.gdp_nominal_base == pytest.approx(expected, rel=1e-12)
    assert "ASSUMPTION" in dict(project.sources)["economy.gdp_nominal_base"]


def test_years_outside_the_bundled_population_are_refused() -> None:
    with pytest.raises(InputError, match="outside the bundled population, 2010-2060"):
        country_project("LAO", 2025, 2070)
    with pytest.raises(InputError, match='no bundled data for "XYZ"'):
        country_project("XYZ")


def test_new_from_country_writes_a_project_that_computes(tmp_path, capsys) -> None:
    out = tmp_path / "lao.abnd"
    assert main(["new", "--country", "LAO", "--base", "2025", "--end", "2035", str(out)]) == 0
    project = read_project(out)
    assert (project.years.base, project.years.end) == (2025, 2035)
    results = compute(project)
    assert not results.errors
    persons_2025 = sum(row.value for row in project.population.rows if row.year == 2025)
    assert persons_2025 == pytest.approx(7_873_051, rel=1e-4)  # WPP 2024, 1 July 2025
    assert main(["new", "--country", "LAO", str(out)]) == 2  # never overwrites
    assert "already exists" in capsys.readouterr().err


# ------------------------------------------------------------------ the sample project


def test_the_lao_sample_computes_with_only_real_warnings() -> None:
    project = read_project(SAMPLE)
    assert (project.years.base, project.years.end) == (2025, 2040)
    results = compute(project)
    assert not results.errors
    assert project.population.births is not None  # WPP 2024 births: no estimate, no note
    assert results.warnings == ()
    high = results.packages["high"].columns["pct_gdp"]
    assert 0 < high[-1] < 5  # a floor costs a fraction of GDP, not nothing and not all of it


def test_the_sample_holds_the_workshop_matrix_and_linked_scenarios() -> None:
    project = read_project(SAMPLE)
    ids = {s.id for s in project.scenarios}
    assert ids == {
        "child-benefit",
        "social-pension-65",
        "disability-benefit",
        "maternity-benefit",
        "health-extension",
    }
    assert {p.id for p in project.packages} == {"low", "high"}
    assert {row.guarantee for row in project.matrix} == {
        "health",
        "children",
        "working_age",
        "elderly",
    }
    linked = {i for row in project.matrix if row.costable for i in row.scenario_ids}
    assert linked == ids
    text = " ".join(row.existing_provision for row in project.matrix)
    for scheme in ("SSO", "SSA", "community-based health insurance"):
        assert scheme in text
    assert all(row.agencies for row in project.matrix)


def test_every_number_in_the_sample_has_a_source_note() -> None:
    project = read_project(SAMPLE)
    notes = dict(project.sources)
    for key in ECONOMY_KEYS:
        if getattr(project.economy, key) is not None:
            assert notes.get(f"economy.{key}"), key
    assert notes["population"].startswith("UN DESA")
    for scenario in project.scenarios:
        assert scenario.source and len(scenario.source) > 40, scenario.id
    for package in project.packages:
        assert package.financing, package.id
    for source in project.financing_sources:  # every amount says it is for the discussion
        assert source.source and "ILLUSTRATIVE" in source.source, source.id
        assert source.feasibility, source.id
