"""Importing national data: real layouts, the template, and malformed files refused whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from engine.countries.bundled import country_project
from engine.domain.errors import InputError
from engine.format.json_file import dumps_project
from engine.importing import import_into
from engine.importing.layouts import TEMPLATE_SHEETS
from engine.store.files import read_project, write_project
from engine.store.project_store import ProjectStore
from main import main
from tests.conftest import REPO

WPP_HEADER = "LocID,Location,ISO3_code,Variant,Time,AgeGrp,PopMale,PopFemale,PopTotal"
GROUPS = [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "lao.abnd"
    write_project(country_project("LAO", 2025, 2040), path)
    return path


def wpp_line(year: int, age: str, male: float, female: float, iso3: str = "LAO") -> str:
    return f"418,Lao People's Democratic Republic,{iso3},Medium,{year},{age},{male},{female},0"


def test_wpp_five_year_groups_replace_those_years_in_persons(tmp_path, project_file) -> None:
    lines = [WPP_HEADER]
    for year in (2030, 2035):
        for i, group in enumerate(GROUPS):
            lines.append(wpp_line(year, group, 400.0 - 10 * i, 390.0 - 10 * i))
    lines.append(wpp_line(2030, "0-4", 1.0, 1.0, iso3="THA"))  # another country: ignored
    source = tmp_path / "WPP2024_Population5.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changes = import_into(project_file, source)
    project = read_project(project_file)
    rows_2030 = [r for r in project.population.rows if r.year == 2030]
    assert len(rows_2030) == 2 * 21  # the single ages of 2030 were replaced by the groups
    first = next(r for r in rows_2030 if r.sex == "male" and r.age_group == "0-4")
    assert first.value == 400_000.0  # thousands to persons
    assert sum(r.value for r in rows_2030) == 1000 * sum(790 - 20 * i for i in range(21))
    assert len([r for r in project.population.rows if r.year == 2025]) == 202  # kept
    assert changes[0].startswith("population: ages 0-100 in 2 year(s) 2030-2035")
    assert changes[1] == "population: converted from thousands to persons"
    assert changes[2].startswith("population: 4 year(s) between the imported years")
    assert "Imported from WPP2024_Population5.csv" in dict(project.sources)["population"]


def test_wpp_single_ages_with_100_plus(tmp_path, project_file) -> None:
    lines = ["LocID,Location,Time,AgeGrp,PopMale,PopFemale"]
    lines += [f"418,Lao PDR,2026,{a},{50 + a / 10},{49 + a / 10}" for a in range(100)]
    lines.append("418,Lao PDR,2026,100+,0.2,0.4")
    source = tmp_path / "single.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_into(project_file, source)
    rows = {
        (r.sex, r.age): r.value
        for r in read_project(project_file).population.rows
        if r.year == 2026
    }
    assert rows[("male", 7)] == pytest.approx(50_700.0)
    assert rows[("female", 100)] == pytest.approx(400.0)
    assert len(rows) == 202


def test_import_is_one_undoable_edit(tmp_path, project_file) -> None:
    before = dumps_project(read_project(project_file))
    source = tmp_path / "wpp.csv"
    source.write_text(
        "Time,AgeGrp,PopMale,PopFemale\n2027,0-4,1,2\n2027,5-9,3,4\n", encoding="utf-8"
    )
    with ProjectStore.open(project_file) as store:
        from engine.importing import import_batch, read_import

        batch, _ = import_batch(store.project, read_import(source, "LAO"), source.name)
        inverse = store.apply(batch)
        assert dumps_project(store.project) != before
        store.apply(inverse)
    assert dumps_project(read_project(project_file)) == before


def filled_template(path: Path, **rows: list[list[object]]) -> Path:
    assert main(["template", str(path)]) == 0
    workbook = load_workbook(path)
    for sheet, values in rows.items():
        if sheet == "Anchors":
            workbook[sheet].delete_rows(2, 10)
        for r, row in enumerate(values, start=2):  # typed under the heading, as a user would
            for c, value in enumerate(row, start=1):
                workbook[sheet].cell(row=r, column=c, value=value)
    workbook.save(path)
    return path


def test_template_round_trip_sets_economy_anchors_and_labour(tmp_path, project_file) -> None:
    template = filled_template(
        tmp_path / "national.xlsx",
        Economy=[[2026, None, 0.045, None, 0.05], [2027, None, 0.047, None, None]],
        Anchors=[["poverty_line_monthly", 650000], ["average_wage_monthly", 3_100_000]],
        Participation=[["female", "15-64", None, 0.72], ["male", "15-64", None, 0.79]],
        Labour=[[2025, 0.012, 0.8]],
    )
    changes = import_into(project_file, template)
    project = read_project(project_file)
    growth = dict(project.economy.real_gdp_growth.by_year)
    assert (growth[2023], growth[2026], growth[2027]) == (0.03746, 0.045, 0.047)
    assert dict(project.economy.cpi_inflation.by_year)[2026] == 0.05
    assert project.economy.poverty_line_monthly == 650_000
    assert project.economy.average_wage_monthly == 3_100_000
    assert project.labour is not None
    assert [(r.sex, r.value) for r in project.labour.participation_rate] == [
        ("female", 0.72),
        ("male", 0.79),
    ]
    assert any(
        line.startswith("economy.poverty_line_monthly: 650,000.00 (was ") for line in changes
    )
    assert "labour.participation_rate: 2 rows replace 0" in changes


def test_the_template_has_every_sheet_with_its_headings(tmp_path) -> None:
    path = tmp_path / "t.xlsx"
    assert main(["template", str(path)]) == 0
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["README", *TEMPLATE_SHEETS]
    for name, headings in TEMPLATE_SHEETS.items():
        assert tuple(c.value for c in workbook[name][1]) == headings


# ------------------------------------------------------------------ malformed files


def write_csv(tmp_path: Path, text: str, name: str = "bad.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def template_without(tmp_path: Path, sheet: str) -> Path:
    path = filled_template(tmp_path / "bad.xlsx", Economy=[[2026, None, 0.04]])
    workbook = load_workbook(path)
    del workbook[sheet]
    workbook.save(path)
    return path


def economy_with(tmp_path: Path, row: list[object]) -> Path:
    return filled_template(tmp_path / "bad.xlsx", Economy=[row])


def latin1(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_bytes("Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,2\n# Région\n".encode("latin-1"))
    return path


def not_a_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    return path


def one_sheet_book(tmp_path: Path, header: list[str], row: list[object]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    sheet.append(row)
    path = tmp_path / "bad.xlsx"
    workbook.save(path)
    return path


MALFORMED = {
    "missing column": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale\n2030,0-4,1\n"),
        'row 1: has no column "PopFemale"',
    ),
    "text in a number cell": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,2\n2030,5-9,abc,2\n"),
        'row 3, column C (PopMale): "abc" is not a number',
    ),
    "duplicate rows": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,2\n2030,0-4,1,2\n"),
        "row 3: repeats 2030, age 0-4 already given in row 2",
    ),
    "negative value": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,-2\n"),
        "row 2, column D (PopFemale): -2 is below the minimum 0",
    ),
    "a sheet missing": (
        lambda d: template_without(d, "Labour"),
        "sheet Labour: is missing",
    ),
    "empty file": (lambda d: write_csv(d, ""), "bad.csv: is empty"),
    "blank lines only": (lambda d: write_csv(d, "\n \n"), "bad.csv: is empty"),
    "wrong encoding": (latin1, "is not UTF-8 text (byte 0xe9"),
    "percent typed as a rate": (
        lambda d: economy_with(d, [2026, None, 4.5]),
        "sheet Economy, row 2, column C (real_gdp_growth): 4.5 is above 1 (did you mean 0.045",
    ),
    "unknown column": (
        lambda d: write_csv(d, "year,real_gdp_growth,inflation\n2026,0.04,0.05\n"),
        "row 1, column C (inflation): is not a known column",
    ),
    "age group not 5 years": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale,PopFemale\n2030,0-14,1,2\n"),
        'row 2, column D (PopFemale): "0-14" is not a 5-year group',
    ),
    "several countries": (
        lambda d: write_csv(
            d,
            "LocID,Location,Time,AgeGrp,PopMale,PopFemale\n"
            "418,Lao,2030,0-4,1,2\n764,Thai,2030,0-4,1,2\n",
        ),
        "row 1, column A (LocID): holds 2 locations",
    ),
    "not a workbook": (not_a_workbook, "is not a readable .xlsx workbook"),
    "value under no heading": (
        lambda d: write_csv(d, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,2,9\n"),
        "row 2, column E: holds a value under no heading",
    ),
    "unknown anchor": (
        lambda d: filled_template(d / "bad.xlsx", Anchors=[["poverty_line", 5]]),
        'sheet Anchors, row 2, column A (item): text "poverty_line" is not one of',
    ),
    "text year": (
        lambda d: one_sheet_book(d, ["year", "sex", "age", "persons"], ["20x5", "male", 3, 10]),
        'sheet Sheet, row 2, column A (year): "20x5" is not a number',
    ),
    "unknown layout": (
        lambda d: write_csv(d, "country,value\nLAO,3\n"),
        "row 1: the headings (country, value) match no known layout",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_files_are_refused_whole_naming_the_place(case, tmp_path, project_file) -> None:
    make, expected = MALFORMED[case]
    source = make(tmp_path)
    before_bytes = project_file.read_bytes()
    before = dumps_project(read_project(project_file))
    with pytest.raises(InputError) as raised:
        import_into(project_file, source)
    message = raised.value.one_line()
    assert message.startswith(str(source)), message
    assert expected in message, message
    assert "\n" not in message
    assert dumps_project(read_project(project_file)) == before
    assert project_file.read_bytes() == before_bytes


def test_a_json_project_is_unchanged_by_a_refused_import(tmp_path) -> None:
    project_path = tmp_path / "lao.json"
    write_project(country_project("LAO", 2025, 2030), project_path)
    before = project_path.read_bytes()
    source = write_csv(tmp_path, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,2\n2030,5-9,x,2\n")
    assert main(["import", str(project_path), str(source)]) == 2
    assert project_path.read_bytes() == before


def test_the_command_line_prints_one_line_and_exits_2(tmp_path, project_file) -> None:
    source = write_csv(tmp_path, "Time,AgeGrp,PopMale,PopFemale\n2030,0-4,1,-2\n")
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "import", str(project_file), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "row 2, column D (PopFemale)" in done.stderr


INDICATORS_HEADER = (
    "SortOrder,LocID,Notes,ISO3_code,ISO2_code,SDMX_code,LocTypeID,LocTypeName,ParentID,"
    "Location,VarID,Variant,Time,TPopulation1Jan,TPopulation1July,Births,Deaths"
)


def indicators_line(year: int, births: str, iso3: str = "LAO", variant: str = "Medium") -> str:
    return (
        f"1,418,,{iso3},LA,418,4,Country/Area,920,Lao People's Democratic Republic,2,"
        f"{variant},{year},7800,7850,{births},40"
    )


def test_wpp_demographic_indicators_bring_births_in_persons(tmp_path, project_file) -> None:
    lines = [INDICATORS_HEADER]
    lines += [indicators_line(y, f"{160 - (y - 2024) * 0.5:.3f}") for y in range(2024, 2042)]
    lines.append(indicators_line(2030, "999", iso3="THA"))  # another country: ignored
    lines.append(indicators_line(2030, "1", variant="High"))  # another variant: ignored
    source = tmp_path / "WPP2024_Demographic_Indicators_Medium.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changes = import_into(project_file, source)
    project = read_project(project_file)
    births = dict(project.population.births.by_year)
    assert births[2030] == 157_000.0 and births[2041] == 151_500.0  # thousands to persons
    assert births[2010] == 172_255.0  # WPP's bundled births for years the file leaves out
    assert changes[-1] == "population.births: 2024-2041 (18 values) set, other years kept"
    note = dict(project.sources)["population.births"]
    assert "Imported from WPP2024_Demographic_Indicators_Medium.csv" in note


def test_the_template_births_sheet_sets_births(tmp_path, project_file) -> None:
    path = tmp_path / "national.xlsx"
    main(["template", str(path)])
    workbook = load_workbook(path)
    sheet = workbook["Births"]
    sheet.append([2026, 160_000])
    sheet.append([2027, 158_500])
    workbook.save(path)
    import_into(project_file, path)
    births = dict(read_project(project_file).population.births.by_year)
    assert (births[2026], births[2027]) == (160_000, 158_500)


def test_a_template_without_the_births_sheet_still_imports(tmp_path, project_file) -> None:
    path = tmp_path / "old-template.xlsx"
    main(["template", str(path)])
    workbook = load_workbook(path)
    del workbook["Births"]
    workbook["Anchors"]["B3"] = 777.0
    workbook.save(path)
    assert import_into(project_file, path)
    assert read_project(project_file).economy.poverty_line_monthly == 777.0


def test_births_with_a_bad_cell_are_refused_naming_it(tmp_path, project_file) -> None:
    source = tmp_path / "indicators.csv"
    lines = [INDICATORS_HEADER, indicators_line(2030, "many")]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_into(project_file, source)
    assert caught.value.one_line() == f'{source}: row 2, column P (Births): "many" is not a number'


def test_an_import_is_one_recorded_edit_under_its_author(tmp_path, project_file) -> None:
    from engine.store.project_store import ProjectStore

    lines = ["LocID,Location,Time,AgeGrp,PopMale,PopFemale"]
    lines += [f"418,Lao PDR,2026,{a},{50 + a / 10},{49 + a / 10}" for a in range(100)]
    lines.append("418,Lao PDR,2026,100+,0.2,0.4")
    source = tmp_path / "single.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import", str(project_file), str(source), "--author", "Statistics desk"]) == 0
    with ProjectStore.open(project_file, read_only=True) as store:
        (entry,) = store.history()
    assert (entry.author, entry.label) == ("Statistics desk", "Import single.csv")
    assert any(c.path[:2] == ("population", "rows") for c in entry.changes)
