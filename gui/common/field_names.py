"""A project field's name in words, from the path the engine gives it.

The engine names places by path (``economy.poverty_line_monthly``,
``scenarios[2].benefit.anchor``, ``population.rows[14]``) so a file can be
corrected; a person reads "Poverty line, per person a month" or 'Scenario
"Child grant": Benefit'. Scenario fields take their labels from the form's own
table, so the form and the messages use one word for one field.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from engine.domain import messages
from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.model import Project
from gui.common.numbers import conventions
from gui.common.scenario_fields import FIELDS, Field

NAMES = {
    "years": QT_TRANSLATE_NOOP("Fields", "Projection years"),
    "years.base": QT_TRANSLATE_NOOP("Fields", "Base year"),
    "years.end": QT_TRANSLATE_NOOP("Fields", "Last year"),
    "years.fiscal_year_start_month": QT_TRANSLATE_NOOP("Fields", "Fiscal year starts in"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "country.currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
    "population.rows": QT_TRANSLATE_NOOP("Fields", "Population"),
    "population.births": QT_TRANSLATE_NOOP("Fields", "Births"),
    "population.unit": QT_TRANSLATE_NOOP("Fields", "Population unit"),
    "economy": QT_TRANSLATE_NOOP("Fields", "Economy"),
    "economy.gdp_nominal_base": QT_TRANSLATE_NOOP("Fields", "Nominal GDP in the base year"),
    "economy.gdp_nominal": QT_TRANSLATE_NOOP("Fields", "Nominal GDP"),
    "economy.real_gdp_growth": QT_TRANSLATE_NOOP("Fields", "Real GDP growth"),
    "economy.gdp_deflator_growth": QT_TRANSLATE_NOOP("Fields", "GDP deflator growth"),
    "economy.cpi_inflation": QT_TRANSLATE_NOOP("Fields", "CPI inflation"),
    "economy.gov_expenditure_share_gdp": QT_TRANSLATE_NOOP(
        "Fields", "Government expenditure, % of GDP"
    ),
    "economy.gov_revenue_share_gdp": QT_TRANSLATE_NOOP("Fields", "Government revenue, % of GDP"),
    "economy.real_wage_growth": QT_TRANSLATE_NOOP("Fields", "Real wage growth"),
    "economy.poverty_line_monthly": QT_TRANSLATE_NOOP("Fields", "Poverty line, per person a month"),
    "economy.minimum_wage_monthly": QT_TRANSLATE_NOOP("Fields", "Minimum wage, a month"),
    "economy.average_wage_monthly": QT_TRANSLATE_NOOP("Fields", "Average wage, a month"),
    "labour": QT_TRANSLATE_NOOP("Fields", "Labour data"),
    "labour.participation_rate": QT_TRANSLATE_NOOP("Fields", "Labour force participation rate"),
    "labour.unemployment_rate": QT_TRANSLATE_NOOP("Fields", "Unemployment rate"),
    "labour.informality_share": QT_TRANSLATE_NOOP("Fields", "Informal share of employment"),
    "packages.scenarios": QT_TRANSLATE_NOOP("Fields", "Scenarios"),
    "packages.fiscal_space_percent_gdp": QT_TRANSLATE_NOOP("Fields", "Fiscal space, % of GDP"),
    "packages.name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "matrix.guarantee": QT_TRANSLATE_NOOP("Fields", "Guarantee"),
    "matrix.existing_provision": QT_TRANSLATE_NOOP("Fields", "Existing provision"),
    "matrix.policy_gap": QT_TRANSLATE_NOOP("Fields", "Policy gap"),
    "matrix.implementation_issue": QT_TRANSLATE_NOOP("Fields", "Implementation issue"),
    "matrix.recommendation": QT_TRANSLATE_NOOP("Fields", "Recommendation"),
    "matrix.scenario_ids": QT_TRANSLATE_NOOP("Fields", "Linked scenarios"),
    "matrix.priority": QT_TRANSLATE_NOOP("Fields", "Priority"),
    "matrix.agencies": QT_TRANSLATE_NOOP("Fields", "Agencies"),
}
SCENARIO_PARTS = {
    "anchor": QT_TRANSLATE_NOOP("Fields", "anchor"),
    "percent": QT_TRANSLATE_NOOP("Fields", "percent of the anchor"),
    "monthly_amount": QT_TRANSLATE_NOOP("Fields", "amount a month"),
    "indexation": QT_TRANSLATE_NOOP("Fields", "indexation"),
    "tiers": QT_TRANSLATE_NOOP("Fields", "tiers"),
    "ramp": QT_TRANSLATE_NOOP("Fields", "ramp"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
}
# A path: a dotted head (years, economy.cpi_inflation) and then the rest; list items
# as [index]; a year as a trailing .2031.
ITEM = re.compile(r"^(scenarios|packages|matrix)\[(\d+)\](?:\.(\w+))?(.*)$")
YEAR = re.compile(r"^(.*?)\.(\d{4})$")
ROW = re.compile(r"^(.*?)\[(\d+)\](.*)$")


class ItemPath(NamedTuple):
    collection: str  # scenarios, packages, matrix
    position: int
    field: str | None
    rest: str


def item_path(path: str) -> ItemPath | None:
    """``scenarios[2].benefit.anchor`` as (scenarios, 2, benefit, .anchor); None otherwise."""
    match = ITEM.match(path)
    if match is None:
        return None
    collection, index, field, rest = match.groups()
    return ItemPath(collection, int(index), field, rest)


def _name(key: str) -> str:
    return QCoreApplication.translate("Fields", NAMES[key])


def field_name(path: str, project: Project | None = None) -> str:
    """``path`` in words in the user's language; the path itself when it names nothing known."""
    if not path:
        return ""
    if messages.message_parts(path) is not None:  # a place in an imported file, in words
        return messages.render(path, conventions(), QCoreApplication.translate)
    if match := ITEM.match(path):
        collection, index, field, rest = match.groups()
        return _item_name(collection, int(index), field, rest, project) or path
    year = ""
    if match := YEAR.match(path):
        path, year = match.groups()
    row = ""
    if (match := ROW.match(path)) and not match.group(3):
        path, row = match.group(1), match.group(2)
    if path not in NAMES:
        return path + (f".{year}" if year else "") + (f"[{row}]" if row else "")
    name = _name(path)
    if row:
        name = QCoreApplication.translate("Fields", "{field}, row {row}").format(
            field=name, row=int(row) + 1
        )
    if year:
        name = QCoreApplication.translate("Fields", "{field}, {year}").format(field=name, year=year)
    return name


def _item_name(
    collection: str, index: int, field: str | None, rest: str, project: Project | None
) -> str | None:
    """'Scenario "Child grant": Benefit, anchor', 'Package "High": Scenarios', 'Matrix row 3'."""
    item = _item(collection, index, project)
    if collection == "scenarios":
        whole = QCoreApplication.translate("Fields", 'Scenario "{name}"')
    elif collection == "packages":
        whole = QCoreApplication.translate("Fields", 'Package "{name}"')
    else:
        whole = QCoreApplication.translate("Fields", "Matrix row {name}")
    named = whole.format(name=item if item is not None else index + 1)
    if not field:
        return named
    if collection == "scenarios":
        part = Field.text(FIELDS[field].label) if field in FIELDS else None
        extra = re.findall(r"\.([a-z_]+)", rest)
        if part and extra and extra[-1] in SCENARIO_PARTS:
            part += ", " + QCoreApplication.translate("Fields", SCENARIO_PARTS[extra[-1]])
        if year := re.search(r"\.(\d{4})\b", rest):
            part = f"{part}, {year.group(1)}" if part else None
    else:
        key = f"{collection}.{field}"
        part = _name(key) if key in NAMES else None
    if part is None:
        return None
    return QCoreApplication.translate("Fields", "{item}: {field}").format(item=named, field=part)


def _item(collection: str, index: int, project: Project | None) -> str | None:
    """The scenario's or package's name, or the matrix row's number, when the project has it."""
    if project is None:
        return None
    if collection == "matrix":
        return str(index + 1) if 0 <= index < len(project.matrix) else None
    named = project.scenarios if collection == "scenarios" else project.packages
    return named[index].name if 0 <= index < len(named) else None
