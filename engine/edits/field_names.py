"""A project field in words: what the history, a merge conflict and a comparison call it.

:func:`field_name` splits a path into its owner (a scenario by its name, the
economy, a matrix row...) and the field's label; :func:`describe` joins them in
English (the command line). The window translates the same parts through Qt
(context ``Fields``), so both say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.domain.i18n import QT_TRANSLATE_NOOP
from engine.domain.model import Project
from engine.edits.flat import Path

# Owners: templates with {name} (an entity's name or id, a population cell, ...).
SCENARIO = QT_TRANSLATE_NOOP("Fields", 'Scenario "{name}"')
PACKAGE = QT_TRANSLATE_NOOP("Fields", 'Package "{name}"')
MATRIX_ROW = QT_TRANSLATE_NOOP("Fields", 'Matrix row "{name}"')
FINANCING_SOURCE = QT_TRANSLATE_NOOP("Fields", 'Financing source "{name}"')
POPULATION_CELL = QT_TRANSLATE_NOOP("Fields", "Population {name}")
OWNERS = {
    "name": QT_TRANSLATE_NOOP("Fields", "Project"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "years": QT_TRANSLATE_NOOP("Fields", "Years"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
    "economy": QT_TRANSLATE_NOOP("Fields", "Economy"),
    "labour": QT_TRANSLATE_NOOP("Fields", "Labour"),
    "sources": QT_TRANSLATE_NOOP("Fields", "Source note"),
    "uncertainty": QT_TRANSLATE_NOOP("Fields", "Uncertainty"),
    "scenarios": SCENARIO,
    "packages": PACKAGE,
    "matrix": MATRIX_ROW,
    "financing_sources": FINANCING_SOURCE,
}
ORDERS = {
    "scenarios": QT_TRANSLATE_NOOP("Fields", "Order of the scenarios"),
    "packages": QT_TRANSLATE_NOOP("Fields", "Order of the packages"),
    "matrix": QT_TRANSLATE_NOOP("Fields", "Order of the matrix rows"),
    "financing_sources": QT_TRANSLATE_NOOP("Fields", "Order of the financing sources"),
}
COMMENT = QT_TRANSLATE_NOOP("Fields", "comment by {agency}")
WHOLE = QT_TRANSLATE_NOOP("Fields", "the whole entry")

# Labels of the fields, by key (a key means the same wherever it is used).
LABELS = {
    # project and country
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "iso3": QT_TRANSLATE_NOOP("Fields", "ISO code"),
    "currency": QT_TRANSLATE_NOOP("Fields", "currency"),
    "base": QT_TRANSLATE_NOOP("Fields", "base year"),
    "end": QT_TRANSLATE_NOOP("Fields", "end year"),
    "fiscal_year_start_month": QT_TRANSLATE_NOOP("Fields", "fiscal year starts in"),
    "unit": QT_TRANSLATE_NOOP("Fields", "unit"),
    "births": QT_TRANSLATE_NOOP("Fields", "births"),
    "births_estimate": QT_TRANSLATE_NOOP("Fields", "births estimated from"),
    # economy
    "gdp_nominal_base": QT_TRANSLATE_NOOP("Fields", "nominal GDP in the base year"),
    "gdp_nominal": QT_TRANSLATE_NOOP("Fields", "nominal GDP by year"),
    "real_gdp_growth": QT_TRANSLATE_NOOP("Fields", "real GDP growth"),
    "gdp_deflator_growth": QT_TRANSLATE_NOOP("Fields", "GDP deflator growth"),
    "cpi_inflation": QT_TRANSLATE_NOOP("Fields", "consumer price inflation"),
    "gov_expenditure_share_gdp": QT_TRANSLATE_NOOP("Fields", "government expenditure, % of GDP"),
    "gov_revenue_share_gdp": QT_TRANSLATE_NOOP("Fields", "government revenue, % of GDP"),
    "real_wage_growth": QT_TRANSLATE_NOOP("Fields", "real wage growth"),
    "poverty_line_monthly": QT_TRANSLATE_NOOP("Fields", "poverty line, per person a month"),
    "minimum_wage_monthly": QT_TRANSLATE_NOOP("Fields", "minimum wage, a month"),
    "average_wage_monthly": QT_TRANSLATE_NOOP("Fields", "average wage, a month"),
    # labour
    "participation_rate": QT_TRANSLATE_NOOP("Fields", "labour-force participation"),
    "unemployment_rate": QT_TRANSLATE_NOOP("Fields", "unemployment rate"),
    "informality_share": QT_TRANSLATE_NOOP("Fields", "informal share of workers"),
    # uncertainty
    "ranges": QT_TRANSLATE_NOOP("Fields", "ranges"),
    "draws": QT_TRANSLATE_NOOP("Fields", "draws"),
    "seed": QT_TRANSLATE_NOOP("Fields", "seed"),
    # scenarios
    "id": QT_TRANSLATE_NOOP("Fields", "identifier"),
    "guarantee": QT_TRANSLATE_NOOP("Fields", "guarantee"),
    "status": QT_TRANSLATE_NOOP("Fields", "status"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "take_up": QT_TRANSLATE_NOOP("Fields", "take-up"),
    "ages": QT_TRANSLATE_NOOP("Fields", "ages"),
    "sex": QT_TRANSLATE_NOOP("Fields", "sex"),
    "target_share": QT_TRANSLATE_NOOP("Fields", "target share"),
    "prevalence": QT_TRANSLATE_NOOP("Fields", "prevalence"),
    "covered_share": QT_TRANSLATE_NOOP("Fields", "share already covered"),
    "covered_by": QT_TRANSLATE_NOOP("Fields", "not eligible if receiving"),
    "benefit": QT_TRANSLATE_NOOP("Fields", "benefit"),
    "months_per_year": QT_TRANSLATE_NOOP("Fields", "months paid a year"),
    "admin_rate": QT_TRANSLATE_NOOP("Fields", "administration rate"),
    "fixed_admin": QT_TRANSLATE_NOOP("Fields", "fixed administration cost"),
    "replaces": QT_TRANSLATE_NOOP("Fields", "replaces"),
    "start_month": QT_TRANSLATE_NOOP("Fields", "starts paying in"),
    "days_per_year": QT_TRANSLATE_NOOP("Fields", "days of work a year"),
    "wage_percent_of_minimum_wage": QT_TRANSLATE_NOOP("Fields", "daily wage, % of minimum wage"),
    "working_days_per_month": QT_TRANSLATE_NOOP("Fields", "working days a month"),
    "nonwage_share": QT_TRANSLATE_NOOP("Fields", "non-wage costs"),
    "annual_cost_per_person": QT_TRANSLATE_NOOP("Fields", "cost per person a year"),
    "excess_health_inflation": QT_TRANSLATE_NOOP("Fields", "health inflation above prices"),
    "staff_per_1000_target": QT_TRANSLATE_NOOP("Fields", "health workers per 1,000, target"),
    "staff_per_1000_now": QT_TRANSLATE_NOOP("Fields", "health workers per 1,000, today"),
    "salary_multiple_of_average_wage": QT_TRANSLATE_NOOP("Fields", "salary, times average wage"),
    "nonstaff_ratio": QT_TRANSLATE_NOOP("Fields", "non-staff costs"),
    "beneficiaries": QT_TRANSLATE_NOOP("Fields", "number of beneficiaries"),
    "rationale": QT_TRANSLATE_NOOP("Fields", "rationale"),
    "source": QT_TRANSLATE_NOOP("Fields", "source of the numbers"),
    # packages
    "scenarios": QT_TRANSLATE_NOOP("Fields", "scenarios"),
    "fiscal_space_percent_gdp": QT_TRANSLATE_NOOP("Fields", "fiscal space, % of GDP"),
    "financing": QT_TRANSLATE_NOOP("Fields", "financing sources"),
    # financing sources
    "amount": QT_TRANSLATE_NOOP("Fields", "amount"),
    "contributions": QT_TRANSLATE_NOOP("Fields", "contributions collected"),
    "range": QT_TRANSLATE_NOOP("Fields", "range"),
    "feasibility": QT_TRANSLATE_NOOP("Fields", "feasibility"),
    "wage_anchor": QT_TRANSLATE_NOOP("Fields", "wage"),
    "wage_percent": QT_TRANSLATE_NOOP("Fields", "share of the wage"),
    "rate": QT_TRANSLATE_NOOP("Fields", "contribution rate"),
    "low": QT_TRANSLATE_NOOP("Fields", "low"),
    "high": QT_TRANSLATE_NOOP("Fields", "high"),
    "distribution": QT_TRANSLATE_NOOP("Fields", "distribution"),
    # matrix
    "existing_provision": QT_TRANSLATE_NOOP("Fields", "existing provision"),
    "policy_gap": QT_TRANSLATE_NOOP("Fields", "policy gap"),
    "implementation_issue": QT_TRANSLATE_NOOP("Fields", "implementation issue"),
    "recommendation": QT_TRANSLATE_NOOP("Fields", "recommendation"),
    "costable": QT_TRANSLATE_NOOP("Fields", "costable"),
    "scenario_ids": QT_TRANSLATE_NOOP("Fields", "linked scenarios"),
    "priority": QT_TRANSLATE_NOOP("Fields", "priority"),
    "agencies": QT_TRANSLATE_NOOP("Fields", "agencies"),
    "notes": QT_TRANSLATE_NOOP("Fields", "notes"),
    "status_date": QT_TRANSLATE_NOOP("Fields", "status date"),
    # inside a value (a benefit, a take-up ramp, a population cell)
    "type": QT_TRANSLATE_NOOP("Fields", "type"),
    "percent": QT_TRANSLATE_NOOP("Fields", "percent"),
    "monthly_amount": QT_TRANSLATE_NOOP("Fields", "amount a month"),
    "anchor": QT_TRANSLATE_NOOP("Fields", "anchored on"),
    "indexation": QT_TRANSLATE_NOOP("Fields", "indexed on"),
    "tiers": QT_TRANSLATE_NOOP("Fields", "tiers"),
    "start": QT_TRANSLATE_NOOP("Fields", "start"),
    "target": QT_TRANSLATE_NOOP("Fields", "target"),
    "start_year": QT_TRANSLATE_NOOP("Fields", "start year"),
    "target_year": QT_TRANSLATE_NOOP("Fields", "target year"),
    "value": QT_TRANSLATE_NOOP("Fields", "value"),
}


@dataclass(frozen=True)
class FieldName:
    """A path in words: ``owner`` (a template of context ``Fields`` with ``{name}``) filled
    with ``name``, then ``labels`` (context ``Fields``, joined with commas; a comment's
    label has ``{agency}``). A part with no label (a year) stays as it is."""

    owner: str
    name: str = ""
    labels: tuple[str, ...] = ()
    agency: str = ""


def field_name(path: Path, project: Project | None = None, value: Any = None) -> FieldName:
    """The words for ``path``; ``project`` gives entities their names, ``value`` (a
    comment's body) its agency."""
    head = path[0]
    if len(path) == 1 and head in ORDERS:
        return FieldName(ORDERS[head])
    owner = OWNERS.get(head, head)
    if head in ("scenarios", "packages", "matrix", "financing_sources"):
        name = _entity_name(head, path[1], project) if len(path) > 1 else ""
        if len(path) == 2:
            return FieldName(owner, name, (WHOLE,))
        if path[2] == "comments" and len(path) == 4:
            agency = value.get("agency", "") if isinstance(value, dict) else ""
            return FieldName(owner, name, (COMMENT,), agency or path[3])
        return FieldName(owner, name, _labels(path[2:]))
    if head == "population" and len(path) >= 3:
        return FieldName(POPULATION_CELL, path[2].replace("|", ", "), _labels(path[3:]))
    if head == "name":
        return FieldName(owner, "", (LABELS["name"],))
    if head == "sources" and len(path) > 1:
        return FieldName(owner, "", (path[1],))
    return FieldName(owner, "", _labels(path[1:]))


def _labels(parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(LABELS.get(part, part) for part in parts)


def _entity_name(collection: str, entity_id: str, project: Project | None) -> str:
    if project is not None and collection == "scenarios":
        for scenario in project.scenarios:
            if scenario.id == entity_id:
                return scenario.name
    if project is not None and collection == "packages":
        for package in project.packages:
            if package.id == entity_id:
                return package.name
    if project is not None and collection == "financing_sources":
        for source in project.financing_sources:
            if source.id == entity_id:
                return source.name
    return entity_id


def describe(path: Path, project: Project | None = None, value: Any = None) -> str:
    """The English words for ``path``: ``Scenario "Child benefit": administration rate``."""
    name = field_name(path, project, value)
    labels = ", ".join(label.format(agency=name.agency) for label in name.labels)
    return join(name.owner.format(name=name.name), labels)


def join(owner: str, label: str) -> str:
    return f"{owner}: {label}" if label else owner
