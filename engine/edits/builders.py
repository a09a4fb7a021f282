"""Typed edit builders: every change a view or the workshop makes, as an engine command.

Each builder reads the project as it is, changes one thing, and returns the
command (validated and saved by the store, undone by its inverse). No view
builds a format dict by hand: what a change means lives here, tested without Qt.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from engine.domain.model import Project, Series, Uncertainty
from engine.edits.commands import FIELD, Batch, Command, Delete, Move, Put
from engine.format.keys import MATRIX_KEYS
from engine.format.series_json import per_year_json, value_in
from engine.format.write import (
    economy_to_dict,
    financing_source_to_dict,
    labour_to_dict,
    matrix_row_to_dict,
    package_to_dict,
    scenario_to_dict,
    series_to_json,
    uncertainty_to_dict,
    years_to_dict,
)

MAX_ID_LENGTH = 64  # engine.format.read.ID_PATTERN


def unique_id(taken: Iterable[str], stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... whichever is free, never longer than an id may be."""
    used = set(taken)
    number, candidate = 2, stem[:MAX_ID_LENGTH]
    while candidate in used:
        suffix = f"-{number}"
        candidate = stem[: MAX_ID_LENGTH - len(suffix)] + suffix
        number += 1
    return candidate


def _with(body: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """``body`` with ``key`` set, or removed when ``value`` is None."""
    changed = dict(body)
    if value is None:
        changed.pop(key, None)
    else:
        changed[key] = value
    return changed


# ------------------------------------------------------------------ scenarios


def set_scenario_field(project: Project, scenario_id: str, key: str, value: Any) -> Put:
    """One field of a scenario set (None removes an optional field)."""
    body = scenario_to_dict(project.scenario(scenario_id))
    return Put("scenario", scenario_id, _with(body, key, value))


def put_scenario(body: dict[str, Any]) -> Put:
    """A whole scenario, new or replacing the one with its id."""
    return Put("scenario", str(body["id"]), body)


# The guarantee a new scenario of each kind starts in (the user can change it).
KIND_GUARANTEE = {
    "age_cash": "elderly",
    "disability": "working_age",
    "maternity": "working_age",
    "unemployed": "working_age",
    "public_works": "working_age",
    "contribution_subsidy": "working_age",
    "health_per_capita": "health",
    "health_staffing": "health",
    "custom": "children",
}


def scenario_template(
    kind: str, scenario_id: str, base: int, name: str, anchor: str = "poverty_line"
) -> dict[str, Any]:
    """A valid starting point for a new scenario of ``kind``; the user then adjusts it."""
    benefit = {"type": "anchor", "anchor": anchor, "percent": 20}
    body: dict[str, Any] = {
        "id": scenario_id,
        "name": name,
        "guarantee": KIND_GUARANTEE[kind],
        "status": "proposed",
        "kind": kind,
        "take_up": {"start": 0.5, "target": 0.9, "start_year": base + 1, "target_year": base + 5},
        "admin_rate": 0.05,
    }
    extra: dict[str, dict[str, Any]] = {
        "age_cash": {"ages": [65, 100], "benefit": benefit},
        "disability": {"ages": [15, 64], "prevalence": 0.02, "benefit": benefit},
        "maternity": {"benefit": benefit, "months_per_year": 3},
        "unemployed": {"ages": [15, 64], "benefit": benefit},
        "public_works": {
            "ages": [18, 64],
            "days_per_year": 60,
            "wage_percent_of_minimum_wage": 100,
        },
        "contribution_subsidy": {"ages": [15, 64], "benefit": benefit},
        "health_per_capita": {"annual_cost_per_person": 1000, "covered_share": 0.5},
        "health_staffing": {
            "staff_per_1000_target": 2.5,
            "staff_per_1000_now": 1.0,
            "salary_multiple_of_average_wage": 1.5,
        },
        "custom": {"beneficiaries": 1000, "benefit": benefit},
    }
    body.update(extra[kind])
    return body


def new_scenario(project: Project, kind: str, name: str) -> Put:
    """A new scenario of ``kind`` under a free id, from its template."""
    scenario_id = unique_id((s.id for s in project.scenarios), kind.replace("_", "-"))
    body = scenario_template(kind, scenario_id, project.years.base, name, available_anchor(project))
    return put_scenario(body)


# Scenarios a new project can start with (File > New from country): kind and what differs
# from the kind's template.
STARTERS: dict[str, tuple[str, dict[str, Any]]] = {
    "child_benefit": ("age_cash", {"ages": [0, 5], "guarantee": "children"}),
    "social_pension": ("age_cash", {"ages": [65, 100], "guarantee": "elderly"}),
    "disability_benefit": ("disability", {}),
    "maternity_benefit": ("maternity", {}),
    "health_care": ("health_per_capita", {}),
}


def starter_scenario(project: Project, starter: str, name: str) -> Put:
    """One of the :data:`STARTERS`, under a free id, its benefit on an anchor the data have."""
    kind, changes = STARTERS[starter]
    scenario_id = unique_id((s.id for s in project.scenarios), starter.replace("_", "-"))
    body = scenario_template(kind, scenario_id, project.years.base, name, available_anchor(project))
    body.update(changes)
    return put_scenario(body)


def available_anchor(project: Project) -> str:
    """The anchor a new benefit starts from: the first the country data give (a new
    country's data often lack a poverty line); GDP per person is derived, so always there."""
    economy = project.economy
    for anchor, level in (
        ("poverty_line", economy.poverty_line_monthly),
        ("minimum_wage", economy.minimum_wage_monthly),
        ("average_wage", economy.average_wage_monthly),
    ):
        if level is not None:
            return anchor
    return "gdp_per_capita"


def duplicate_scenario(project: Project, scenario_id: str, name: str) -> Put:
    """A copy under a free id ``<id>-copy``, named ``name``."""
    body = scenario_to_dict(project.scenario(scenario_id))
    body["id"] = unique_id(
        (s.id for s in project.scenarios), f"{scenario_id[: MAX_ID_LENGTH - 5]}-copy"
    )
    body["name"] = name
    return put_scenario(body)


def delete_scenario(project: Project, scenario_id: str) -> Batch:
    """The scenario and its links (packages, matrix rows, "replaces", "covered_by"), as one edit;
    a financing source computing the contributions of its members goes with it."""
    commands: list[Command] = []
    for source in project.financing_sources:
        if source.contributions is not None and source.contributions.scenario == scenario_id:
            commands += delete_financing_source(project, source.id).commands
            project = _without_source(project, source.id)
    for package in project.packages:
        if scenario_id in package.scenarios:
            members = [s for s in package.scenarios if s != scenario_id]
            commands.append(set_package_field(project, package.id, "scenarios", members))
    for row in project.matrix:
        if scenario_id in row.scenario_ids:
            linked = [s for s in row.scenario_ids if s != scenario_id]
            commands.append(set_matrix_cells(project, row.id, {"scenario_ids": linked}))
    for other in project.scenarios:
        links = scenario_id in (other.covered_by or ())
        if other.replaces != scenario_id and not links:
            continue
        body = scenario_to_dict(other)  # both links of one scenario in one put
        if other.replaces == scenario_id:
            body.pop("replaces")
        if links:
            remaining = [s for s in other.covered_by or () if s != scenario_id]
            body = _with(body, "covered_by", remaining or None)
        commands.append(put_scenario(body))
    commands.append(Delete("scenario", scenario_id))
    return Batch(tuple(commands))


def set_covered_by(project: Project, scenario_id: str, others: Sequence[str]) -> Put:
    """The schemes whose beneficiaries a scenario excludes (none: the field is removed)."""
    return set_scenario_field(project, scenario_id, "covered_by", list(others) or None)


def set_start_month(project: Project, scenario_id: str, month: int | None) -> Put:
    """The month a scheme starts paying in its first year (None: from January)."""
    return set_scenario_field(project, scenario_id, "start_month", month)


Tier = tuple[int, int, float]  # first age, last age, amount a month (fixed) or percent (anchor)


def set_benefit_tiers(project: Project, scenario_id: str, tiers: Sequence[Tier] | None) -> Put:
    """A benefit paid by age tiers, or (None) one level again: the first tier's.

    Turning tiers on starts from the scenario's ages with its one level."""
    scenario = project.scenario(scenario_id)
    body = scenario_to_dict(scenario)
    benefit = dict(body["benefit"])
    level = "monthly_amount" if benefit["type"] == "fixed" else "percent"
    if tiers is None:
        first = benefit.pop("tiers", [{}])[0]
        benefit[level] = first.get(level, 0)
    else:
        benefit.pop(level, None)
        benefit["tiers"] = [{"ages": [low, high], level: value} for low, high, value in tiers]
    body["benefit"] = benefit
    return Put("scenario", scenario_id, body)


def benefit_tiers(project: Project, scenario_id: str) -> list[Tier]:
    """A scenario's tiers as (first age, last age, level), or one tier over its ages."""
    scenario = project.scenario(scenario_id)
    benefit = scenario.benefit
    if benefit is None:
        return []
    if benefit.tiers:
        return [
            (
                t.ages[0],
                t.ages[1],
                float((t.monthly_amount if benefit.type == "fixed" else t.percent) or 0),
            )
            for t in benefit.tiers
        ]
    ages = scenario.ages or (0, 100)
    level = benefit.monthly_amount if benefit.type == "fixed" else benefit.percent
    return [(ages[0], ages[1], float(level or 0))]


# ------------------------------------------------------------------ packages


def set_package_field(project: Project, package_id: str, key: str, value: Any) -> Put:
    body = package_to_dict(project.package(package_id))
    return Put("package", package_id, _with(body, key, value))


def set_package_member(project: Project, package_id: str, scenario_id: str, member: bool) -> Put:
    """A scenario in or out of a package; members keep the project's scenario order."""
    current = set(project.package(package_id).scenarios)
    chosen = current | {scenario_id} if member else current - {scenario_id}
    ordered = [s.id for s in project.scenarios if s.id in chosen]
    return set_package_field(project, package_id, "scenarios", ordered)


def new_package(project: Project, name: str) -> Put:
    """A package ``package-N`` holding every scenario."""
    taken = {p.id for p in project.packages}
    number = 1
    while f"package-{number}" in taken:
        number += 1
    package_id = f"package-{number}"
    body = {"id": package_id, "name": name, "scenarios": [s.id for s in project.scenarios]}
    return Put("package", package_id, body)


def delete_package(package_id: str) -> Delete:
    return Delete("package", package_id)


def set_package_source(project: Project, package_id: str, source_id: str, chosen: bool) -> Put:
    """A financing source chosen for a package or not; sources keep the project's order."""
    current = set(project.package(package_id).financing)
    wanted = current | {source_id} if chosen else current - {source_id}
    ordered = [s.id for s in project.financing_sources if s.id in wanted]
    return set_package_field(project, package_id, "financing", ordered or None)


# ------------------------------------------------------------------ financing sources


def new_financing_source(project: Project, name: str, kind: str = "other") -> Put:
    """A source ``source-N``: 0.5 % of GDP every year until the user says otherwise."""
    taken = {s.id for s in project.financing_sources}
    number = 1
    while f"source-{number}" in taken:
        number += 1
    source_id = f"source-{number}"
    body = {"id": source_id, "name": name, "kind": kind, "unit": "pct_gdp", "amount": 0.5}
    return Put("financing_source", source_id, body)


def set_financing_field(project: Project, source_id: str, key: str, value: Any) -> Put:
    """One field of a financing source set (None removes an optional one)."""
    body = financing_source_to_dict(project.financing_source(source_id))
    return Put("financing_source", source_id, _with(body, key, value))


def set_financing_amount(project: Project, source_id: str, unit: str, amount: Any) -> Put:
    """A typed amount (its unit and its series or ramp), in place of any computed one."""
    body = financing_source_to_dict(project.financing_source(source_id))
    body.pop("contributions", None)
    body.update(unit=unit, amount=amount)
    return Put("financing_source", source_id, body)


def set_contributions(project: Project, source_id: str, contributions: dict[str, Any]) -> Put:
    """Contributions computed from a scheme's members, in place of a typed amount (the kind
    becomes social security contributions, the only kind they belong to)."""
    body = financing_source_to_dict(project.financing_source(source_id))
    body.pop("unit", None)
    body.pop("amount", None)
    body.update(kind="social_security_contributions", contributions=contributions)
    return Put("financing_source", source_id, body)


def delete_financing_source(project: Project, source_id: str) -> Batch:
    """The source, taken out of every package that chose it, as one edit."""
    commands: list[Command] = [
        set_package_source(project, package.id, source_id, False)
        for package in project.packages
        if source_id in package.financing
    ]
    commands.append(Delete("financing_source", source_id))
    return Batch(tuple(commands))


def _without_source(project: Project, source_id: str) -> Project:
    """The project as the next builder sees it once a source and its links are gone."""
    packages = tuple(
        dataclasses.replace(p, financing=tuple(f for f in p.financing if f != source_id))
        for p in project.packages
    )
    sources = tuple(s for s in project.financing_sources if s.id != source_id)
    return dataclasses.replace(project, packages=packages, financing_sources=sources)


# ------------------------------------------------------------------ assessment matrix


def new_matrix_ids(project: Project, count: int) -> list[str]:
    """``count`` free row ids ``row-N``."""
    taken = {row.id for row in project.matrix}
    ids: list[str] = []
    number = 1
    while len(ids) < count:
        candidate = f"row-{number}"
        if candidate not in taken:
            ids.append(candidate)
        number += 1
    return ids


def set_matrix_cells(project: Project, row_id: str, values: Mapping[str, Any]) -> Put:
    """Cells of one row set (None empties a cell)."""
    body = next(matrix_row_to_dict(r) for r in project.matrix if r.id == row_id)
    for key, value in values.items():
        if key not in MATRIX_KEYS or key == "id":
            raise KeyError(key)
        body = _with(body, key, value)
    return Put("matrix_row", row_id, body)


def add_matrix_row(
    row_id: str,
    guarantee: str,
    values: Mapping[str, Any] | None = None,
    position: int | None = None,
) -> Put:
    body: dict[str, Any] = {"id": row_id, "guarantee": guarantee}
    for key, value in (values or {}).items():
        body = _with(body, key, value)
    return Put("matrix_row", row_id, body, position)


def set_matrix_status(project: Project, row_id: str, status: str | None, when: str | None) -> Put:
    """Where a recommendation stands in the consultation, and since when (ISO date)."""
    return set_matrix_cells(project, row_id, {"status": status, "status_date": when})


def add_matrix_comment(
    project: Project,
    row_id: str,
    agency: str,
    text: str,
    author: str,
    when: str,
    comment_id: str | None = None,
) -> Put:
    """A comment from the consultation on a row. Its id is random, so comments added on
    two copies of a project never share one (a merge keeps both)."""
    body = next(matrix_row_to_dict(r) for r in project.matrix if r.id == row_id)
    comments = list(body.get("comments", []))
    taken = {c["id"] for c in comments}
    new_id = comment_id or f"c-{secrets.token_hex(5)}"
    while new_id in taken:
        new_id = f"c-{secrets.token_hex(5)}"
    comment = {"id": new_id, "agency": agency, "author": author, "date": when, "text": text}
    comments.append({k: v for k, v in comment.items() if v != "" or k in ("agency", "text")})
    return Put("matrix_row", row_id, {**body, "comments": comments})


def delete_matrix_comment(project: Project, row_id: str, comment_id: str) -> Put:
    body = next(matrix_row_to_dict(r) for r in project.matrix if r.id == row_id)
    remaining = [c for c in body.get("comments", []) if c["id"] != comment_id]
    return Put("matrix_row", row_id, _with(body, "comments", remaining or None))


def delete_matrix_rows(row_ids: Sequence[str]) -> Batch:
    return Batch(tuple(Delete("matrix_row", row_id) for row_id in row_ids))


def move_matrix_row(row_id: str, position: int) -> Move:
    return Move("matrix_row", row_id, position)


def clear_matrix_cells(project: Project, cells: Mapping[str, Iterable[str]]) -> Batch:
    """Empty the given cells (row id -> keys); the guarantee always keeps its value."""
    commands = [
        set_matrix_cells(project, row_id, {k: None for k in keys if k != "guarantee"})
        for row_id, keys in cells.items()
    ]
    return Batch(tuple(commands))


# ------------------------------------------------------------------ country data


def set_fiscal_year_start_month(project: Project, month: int) -> Put:
    """The month the fiscal year starts (1: the calendar year); results follow it."""
    years = years_to_dict(project.years)
    years["fiscal_year_start_month"] = month
    return Put(FIELD, "years", years)


def set_births_estimate(project: Project, estimate: str | None) -> Put:
    """How births are estimated when none are given (None: the default)."""
    return Put(FIELD, "births_estimate", estimate)


def set_population_cell(project: Project, year: int, sex: str, age: int, persons: float) -> Put:
    """A single-age population cell, given in persons (stored in the project's unit)."""
    stored = persons / 1000 if project.population.unit == "thousands" else persons
    body = {"year": year, "sex": sex, "age": age, "value": stored}
    return Put("population_row", f"{year}|{sex}|{age}", body)


def set_economy_value(project: Project, key: str, value: Any) -> Put:
    """One economy input set (a level, or a whole series as JSON; None removes it)."""
    return Put(FIELD, "economy", _with(economy_to_dict(project), key, value))


def set_economy_year(project: Project, key: str, year: int, value: float) -> Put:
    """One year of an economy series changed, every other year kept as it was."""
    body = economy_to_dict(project)
    changed = series_in_year(body.get(key), year, value, project.years.base)
    return Put(FIELD, "economy", _with(body, key, changed))


def series_in_year(current: Any, year: int, value: float, base: int) -> Any:
    """A series' JSON with ``value`` in ``year`` and the old values kept before and after."""
    per_year = per_year_json(current, base)
    following = value_in(per_year, year + 1)
    per_year[year] = value
    if year + 1 not in per_year and following is not None:
        per_year[year + 1] = following  # the edit changes one year, not every later one
    return series_to_json(Series.per_year(per_year))


def set_labour_value(project: Project, key: str, value: Any) -> Put:
    """One labour input set (None removes it; no labour data left removes the section)."""
    labour = labour_to_dict(project.labour) if project.labour is not None else {}
    return Put(FIELD, "labour", _with(labour, key, value) or None)


def set_source_note(project: Project, key: str, note: str) -> Put:
    notes = dict(project.sources)
    notes[key] = note
    return Put(FIELD, "sources", notes)


def set_uncertainty(uncertainty: Uncertainty) -> Put:
    return Put(FIELD, "uncertainty", uncertainty_to_dict(uncertainty))
