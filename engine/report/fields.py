"""Project fields named in words, for source notes and the engine's warnings in the report
("CPI inflation" rather than ``economy.cpi_inflation``)."""

from __future__ import annotations

import re

from engine.domain import messages
from engine.domain.i18n import translate, translate_message
from engine.domain.model import Project
from engine.domain.numbers import Conventions

SCENARIO_PATH = re.compile(r"^scenarios\[(\d+)\](.*)$")
PACKAGE_PATH = re.compile(r"^packages(?:\[(\d+)\]|\.([^.]+))(.*)$")


def _names() -> dict[str, str]:
    return {
        "economy.gdp_nominal_base": translate("Report", "Nominal GDP in the base year"),
        "economy.gdp_nominal": translate("Report", "Nominal GDP"),
        "economy.real_gdp_growth": translate("Report", "Real GDP growth"),
        "economy.gdp_deflator_growth": translate("Report", "GDP deflator growth"),
        "economy.cpi_inflation": translate("Report", "Consumer price inflation"),
        "economy.gov_expenditure_share_gdp": translate(
            "Report", "Government expenditure in % of GDP"
        ),
        "economy.gov_revenue_share_gdp": translate("Report", "Government revenue in % of GDP"),
        "economy.real_wage_growth": translate("Report", "Real wage growth"),
        "economy.poverty_line_monthly": translate("Report", "Poverty line"),
        "economy.minimum_wage_monthly": translate("Report", "Minimum wage"),
        "economy.average_wage_monthly": translate("Report", "Average wage"),
        "economy": translate("Report", "Economy"),
        "population.births": translate("Report", "Births"),
        "population": translate("Report", "Population"),
        "labour.participation_rate": translate("Report", "Labour-force participation"),
        "labour.unemployment_rate": translate("Report", "Unemployment rate"),
        "labour.informality_share": translate("Report", "Share of informal employment"),
        "labour": translate("Report", "Labour force"),
        "years.fiscal_year_start_month": translate("Report", "Fiscal year"),
        "years": translate("Report", "Projection years"),
    }


def field_name(path: str, project: Project) -> str:
    """The field at ``path`` in words: the longest known prefix, a scenario or package by
    its name; the path itself when nothing is known of it."""
    scenario = SCENARIO_PATH.match(path)
    if scenario and int(scenario.group(1)) < len(project.scenarios):
        return project.scenarios[int(scenario.group(1))].name
    package = PACKAGE_PATH.match(path)
    if package:
        found = _package_name(package.group(1), package.group(2), project)
        if found is not None:
            return translate("Report", "Package: {package}").format(package=found)
    names = _names()
    key = path
    while key:
        if key in names:
            return names[key]
        key = re.sub(r"(\.[^.\[]*|\[\d+\])$", "", key) if ("." in key or "[" in key) else ""
    return path


def _package_name(index: str | None, key: str | None, project: Project) -> str | None:
    if index is not None and int(index) < len(project.packages):
        return project.packages[int(index)].name
    for package in project.packages:
        if package.id == key:
            return package.name
    return None


def plain_words(text: str, project: Project, convention: Conventions) -> str:
    """An engine message (an error or a warning) in the report's language: its template
    through the catalogue, its numbers in the language's conventions, the fields it names
    in words."""
    return messages.render(
        text, convention, translate_message, lambda path: field_name(path, project)
    )
