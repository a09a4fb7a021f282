"""The empty import template: a README with the instructions, one sheet per kind of country
data with its headings, percent formats where fractions go, and nothing to import until filled."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from engine.domain.errors import InputError
from engine.importing.layouts import ANCHOR_ITEMS, TEMPLATE_SHEETS
from engine.importing.read import read_import
from engine.importing.template import INSTRUCTIONS, write_template


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.xlsx"
    write_template(path)
    return path


def test_the_readme_comes_first_with_every_instruction(template) -> None:
    book = load_workbook(template)
    assert book.sheetnames == ["README", *TEMPLATE_SHEETS]
    readme = book["README"]
    lines = [row[0] for row in readme.iter_rows(values_only=True)]
    assert lines == [line or None for line in INSTRUCTIONS]  # openpyxl reads "" as empty
    assert readme["A1"].font.bold and readme["A1"].font.size == 14


def test_each_sheet_has_its_bold_headings_and_a_frozen_header(template) -> None:
    book = load_workbook(template)
    for name, headings in TEMPLATE_SHEETS.items():
        sheet = book[name]
        assert tuple(c.value for c in sheet[1]) == headings, name
        assert all(c.font.bold for c in sheet[1])
        assert sheet.freeze_panes == "A2"


def test_fraction_columns_are_formatted_as_percentages(template) -> None:
    book = load_workbook(template)
    economy = book["Economy"]
    formats = {c.value: economy.cell(row=2, column=c.column).number_format for c in economy[1]}
    assert formats["real_gdp_growth"] == formats["gov_revenue_share_gdp"] == "0.00%"
    assert formats["year"] == formats["gdp_nominal"] == "General"  # a year and money
    labour = book["Labour"]
    assert labour["B150"].number_format == labour["C150"].number_format == "0.00%"


def test_the_anchors_sheet_lists_the_items_to_fill(template) -> None:
    anchors = load_workbook(template)["Anchors"]
    rows = list(anchors.iter_rows(min_row=2, values_only=True))
    assert rows == [(item, None) for item in ANCHOR_ITEMS]


def test_the_untouched_template_holds_nothing_to_import(template) -> None:
    with pytest.raises(InputError) as raised:
        read_import(template, "LAO")
    assert raised.value.one_line() == (
        f"{template}: holds no data to import (every sheet is empty)"
    )


def test_a_value_typed_into_a_percent_cell_is_read_as_the_fraction(template) -> None:
    book = load_workbook(template)
    book["Economy"].append([2026, None, 0.045])  # shown as 4.50 %
    book["Anchors"]["B3"] = 650_000  # poverty_line_monthly
    book.save(template)
    imported = read_import(template, "LAO")
    assert imported.economy == {"real_gdp_growth": {2026: 0.045}}
    assert imported.levels == {"poverty_line_monthly": 650_000}
