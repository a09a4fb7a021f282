"""A project field's name in words, from the path the engine gives it.

The engine names places by path (``economy.poverty_line_monthly``,
``scenarios[2].benefit.anchor``, ``population.rows[14]``) so a file can be
corrected; a person reads "Poverty line, per person a month" or 'Scenario
"Child grant": Benefit'. The window and the report use these same names, in the
language installed (``engine.domain.i18n``); the window passes its scenario form's
labels, so the form and the messages use one word for one field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from engine.domain import messages
from engine.domain.i18n import QT_TRANSLATE_NOOP, translate, translate_message
from engine.domain.model import Project
from engine.domain.numbers import CONVENTIONS, Conventions

ScenarioLabel = Callable[[str], str | None]  # a scenario field's key -> its label, if any

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
    "packages.financing": QT_TRANSLATE_NOOP("Fields", "Financing sources"),
    "financing_sources": QT_TRANSLATE_NOOP("Fields", "Financing sources"),
    "financing_sources.id": QT_TRANSLATE_NOOP("Fields", "Id"),
    "financing_sources.name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "financing_sources.kind": QT_TRANSLATE_NOOP("Fields", "Option"),
    "financing_sources.unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "financing_sources.amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "financing_sources.contributions": QT_TRANSLATE_NOOP("Fields", "Contributions collected"),
    "financing_sources.range": QT_TRANSLATE_NOOP("Fields", "Range"),
    "financing_sources.source": QT_TRANSLATE_NOOP("Fields", "Source of the amount"),
    "financing_sources.feasibility": QT_TRANSLATE_NOOP("Fields", "Feasibility"),
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
ITEM = re.compile(r"^(scenarios|packages|matrix|financing_sources)\[(\d+)\](?:\.(\w+))?(.*)$")
YEAR = re.compile(r"^(.*?)\.(\d{4})$")
ROW = re.compile(r"^(.*?)\[(\d+)\](.*)$")


class ItemPath(NamedTuple):
    collection: str  # scenarios, packages, matrix, financing_sources
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
    return translate("Fields", NAMES[key])


def field_name(
    path: str,
    project: Project | None = None,
    scenario_label: ScenarioLabel | None = None,
    convention: Conventions = CONVENTIONS["en"],
) -> str:
    """``path`` in words in the language installed; the path itself when it names nothing
    known. ``scenario_label`` names a scenario's fields (without it, the scenario alone)."""
    if not path:
        return ""
    if messages.message_parts(path) is not None:  # a place in an imported file, in words
        return messages.render(path, convention, translate_message)
    if project is not None and (by_id := _by_id(path, project)) is not None:
        path = by_id  # scenarios.child-benefit.admin_rate -> scenarios[0].admin_rate
    if match := ITEM.match(path):
        collection, index, field, rest = match.groups()
        found = _item_name(collection, int(index), field, rest, project, scenario_label)
        return found or path
    year = ""
    if match := YEAR.match(path):
        path, year = match.groups()
    row = ""
    if (match := ROW.match(path)) and not match.group(3):
        path, row = match.group(1), match.group(2)
    if path not in NAMES:
        known = _known_prefix(path)
        if known is None:
            return path + (f".{year}" if year else "") + (f"[{row}]" if row else "")
        path, row = known, ""
    name = _name(path)
    if row:
        name = translate("Fields", "{field}, row {row}").format(field=name, row=int(row) + 1)
    if year:
        name = translate("Fields", "{field}, {year}").format(field=name, year=year)
    return name


def _item_name(
    collection: str,
    index: int,
    field: str | None,
    rest: str,
    project: Project | None,
    scenario_label: ScenarioLabel | None,
) -> str | None:
    """'Scenario "Child grant": Benefit, anchor', 'Package "High": Scenarios', 'Matrix row 3'."""
    item = _item(collection, index, project)
    if collection == "scenarios":
        whole = translate("Fields", 'Scenario "{name}"')
    elif collection == "packages":
        whole = translate("Fields", 'Package "{name}"')
    elif collection == "financing_sources":
        whole = translate("Fields", 'Financing source "{name}"')
    else:
        whole = translate("Fields", "Matrix row {name}")
    named = whole.format(name=item if item is not None else index + 1)
    if not field:
        return named
    if collection == "scenarios":
        if scenario_label is None:  # the report: the scenario is what a reader needs
            return named
        part = scenario_label(field)
        extra = re.findall(r"\.([a-z_]+)", rest)
        if part and extra and extra[-1] in SCENARIO_PARTS:
            part += ", " + translate("Fields", SCENARIO_PARTS[extra[-1]])
        if year := re.search(r"\.(\d{4})\b", rest):
            part = f"{part}, {year.group(1)}" if part else None
    else:
        key = f"{collection}.{field}"
        part = _name(key) if key in NAMES else None
    if part is None:
        return None
    return translate("Fields", "{item}: {field}").format(item=named, field=part)


def _known_prefix(path: str) -> str | None:
    """The longest named field that ``path`` lies in (population.rows[3].value: population)."""
    key = path
    while key:
        key = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", key) if ("." in key or "[" in key) else ""
        if key in NAMES:
            return key
    return None


def _by_id(path: str, project: Project) -> str | None:
    """A path by id (``packages.high.scenarios``) as the same path by position."""
    ids = {
        "scenarios": [s.id for s in project.scenarios],
        "packages": [p.id for p in project.packages],
        "financing_sources": [f.id for f in project.financing_sources],
    }
    for collection, keys in ids.items():
        if not path.startswith(collection + "."):
            continue
        rest = path[len(collection) + 1 :]
        for position, key in enumerate(keys):
            if rest == key or rest.startswith(key + "."):
                return f"{collection}[{position}]{rest[len(key) :]}"
    return None


def _item(collection: str, index: int, project: Project | None) -> str | None:
    """The scenario's, package's or source's name, or the matrix row's number, when the
    project has it."""
    if project is None:
        return None
    if collection == "matrix":
        return str(index + 1) if 0 <= index < len(project.matrix) else None
    names: dict[str, list[str]] = {
        "scenarios": [s.name for s in project.scenarios],
        "packages": [p.name for p in project.packages],
        "financing_sources": [f.name for f in project.financing_sources],
    }
    named = names[collection]
    return named[index] if 0 <= index < len(named) else None
