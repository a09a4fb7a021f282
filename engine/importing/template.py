"""The empty import template (xlsx): one sheet per kind of country data, with instructions."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from engine.format.keys import GROWTH_KEYS
from engine.importing.layouts import ANCHOR_ITEMS, TEMPLATE_SHEETS
from engine.runtime import atomic

INSTRUCTIONS = (
    "ABND Studio import template",
    "",
    "Fill the sheets you need and leave the others empty: an empty sheet changes nothing.",
    "Import with File > Import... or: abnd-studio import PROJECT.abnd this-file.xlsx",
    "The import is all or nothing: any error is reported with its sheet, row and column.",
    "",
    "Population: one row per year, sex (female, male or both) and age. Age is a single "
    "age (0-100, where 100 means 100 and over) or a 5-year group (0-4, ..., 95-99, 100+). "
    "Head the value column 'persons' or 'thousands'. The years in this sheet replace the "
    "same years in the project; other years are kept.",
    "Economy: one row per year. gdp_nominal in local currency; growth rates and shares are "
    "fractions (0.05 = 5 %; a cell formatted as a percentage is fine). Years given are set, "
    "other years kept; a value holds for later years until the next one given.",
    "Anchors: base-year values in local currency: nominal GDP, and monthly poverty line, "
    "minimum wage and average wage per person. Leave a value empty to keep the project's.",
    "Participation: labour-force participation rate (fraction) by sex and age or age group "
    "(15-19, ...); year optional (from that year on). These rows replace all existing ones.",
    "Labour: unemployment rate and informality share (fractions) by year.",
    "Births: live births in the year (persons), by year. Years given are set, other years "
    "kept. Without births the project estimates them from the population aged 0.",
    "",
    "UN WPP files (Time, AgeGrp, PopMale, PopFemale, in thousands) and WPP Demographic "
    "Indicators files (Time, Births, in thousands) can be imported as they are, without "
    "this template.",
)


def write_template(path: str | Path) -> None:
    """Write the empty template to ``path`` (.xlsx)."""
    workbook = Workbook()
    readme = workbook.active
    assert readme is not None
    readme.title = "README"
    for line in INSTRUCTIONS:
        readme.append([line])
    readme["A1"].font = Font(bold=True, size=14)
    readme.column_dimensions["A"].width = 120
    for name, headings in TEMPLATE_SHEETS.items():
        sheet = workbook.create_sheet(name)
        sheet.append(list(headings))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for index, heading in enumerate(headings):
            letter = sheet.cell(row=1, column=index + 1).column_letter
            sheet.column_dimensions[letter].width = max(12, len(heading) + 4)
            if heading in GROWTH_KEYS or heading.endswith(("_share", "_rate", "share_gdp")):
                for row in range(2, 200):
                    sheet.cell(row=row, column=index + 1).number_format = "0.00%"
        sheet.freeze_panes = "A2"
        if name == "Anchors":
            for item in ANCHOR_ITEMS:
                sheet.append([item, None])
    atomic.write_bytes(path, atomic.saved_bytes(workbook))
