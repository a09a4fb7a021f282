"""Applying edit commands to an immutable :class:`Project`, validating only what changes.

Each function returns the new project and the inverse command. Nothing here
touches the file: :mod:`engine.store.project_store` writes what these return.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import BIRTHS_ESTIMATES, PopulationRow, Project
from engine.edits.commands import (
    COLLECTIONS,
    FIELD,
    FIELDS,
    OPTIONAL_FIELDS,
    Batch,
    Command,
    Delete,
    Move,
    Put,
    Replace,
    key_of,
)
from engine.format import validate as v
from engine.format.read import (
    check_growth_given,
    check_references,
    project_from_dict,
    read_country,
    read_economy,
    read_labour,
    read_matrix_row,
    read_package,
    read_population_row,
    read_scenario,
    read_sources,
    read_uncertainty,
    read_years,
)
from engine.format.read_financing import read_financing_source
from engine.format.write import (
    economy_to_dict,
    financing_source_to_dict,
    labour_to_dict,
    matrix_row_to_dict,
    package_to_dict,
    population_row_to_dict,
    project_to_dict,
    scenario_to_dict,
    series_to_json,
    uncertainty_to_dict,
    years_to_dict,
)

Reader = Callable[[Any, str], Any]
Writer = Callable[[Any], dict[str, Any]]

READERS: dict[str, Reader] = {
    "population_row": read_population_row,
    "scenario": read_scenario,
    "package": read_package,
    "matrix_row": read_matrix_row,
    "financing_source": read_financing_source,
}
WRITERS: dict[str, Writer] = {
    "population_row": population_row_to_dict,
    "scenario": scenario_to_dict,
    "package": package_to_dict,
    "matrix_row": matrix_row_to_dict,
    "financing_source": financing_source_to_dict,
}


def members(project: Project, kind: str) -> Sequence[Any]:
    if kind == "population_row":
        return project.population.rows
    return {
        "scenario": project.scenarios,
        "package": project.packages,
        "matrix_row": project.matrix,
        "financing_source": project.financing_sources,
    }[kind]


def member_key(kind: str, member: Any) -> str:
    if kind == "population_row":
        row: PopulationRow = member
        age = row.age if row.age is not None else row.age_group
        return f"{row.year}|{row.sex}|{age}"
    return str(member.id)


def position_of(project: Project, kind: str, key: str) -> int:
    for i, member in enumerate(members(project, kind)):
        if member_key(kind, member) == key:
            return i
    raise InputError(
        f"{COLLECTIONS[kind]}",
        messages.translate("Engine", 'has no entry "{key}"', "apply.has_no_entry_key").format(
            key=key
        ),
    )


def _with_members(project: Project, kind: str, items: tuple[Any, ...]) -> Project:
    if kind == "population_row":
        population = project.population
        return dataclasses.replace(project, population=dataclasses.replace(population, rows=items))
    if kind == "scenario":
        changed = dataclasses.replace(project, scenarios=items)
    elif kind == "package":
        changed = dataclasses.replace(project, packages=items)
    elif kind == "financing_source":
        changed = dataclasses.replace(project, financing_sources=items)
    else:
        changed = dataclasses.replace(project, matrix=items)
    check_references(changed)
    return changed


def put(project: Project, command: Put) -> tuple[Project, Put | Delete]:
    if command.kind == FIELD:
        return _put_field(project, command)
    kind, key = command.kind, command.key
    if kind not in COLLECTIONS:
        raise InputError(
            "kind",
            messages.translate(
                "Engine",
                '"{kind}" is not something a project holds',
                "apply.kind_something_project_holds",
            ).format(kind=kind),
        )
    items = list(members(project, kind))
    keys = [member_key(kind, m) for m in items]
    if key in keys:
        position = keys.index(key)
        inverse: Put | Delete = Put(kind, key, WRITERS[kind](items[position]))
        items[position] = _read_member(kind, command, position)
    else:
        position = len(items) if command.position is None else command.position
        if not 0 <= position <= len(items):
            raise InputError(
                COLLECTIONS[kind],
                messages.translate(
                    "Engine",
                    "position {position} is outside 0-{count}",
                    "apply.position_position_outside_count",
                ).format(position=position, count=len(items)),
            )
        items.insert(position, _read_member(kind, command, position))
        inverse = Delete(kind, key)
    return _with_members(project, kind, tuple(items)), inverse


def _read_member(kind: str, command: Put, position: int) -> Any:
    path = f"{COLLECTIONS[kind]}[{position}]"
    member = READERS[kind](command.body, path)
    if key_of(kind, command.body) != command.key:
        raise InputError(
            path,
            messages.translate(
                "Engine", 'its key is "{key_of}", not "{key}"', "apply.its_key_key_key"
            ).format(key_of=key_of(kind, command.body), key=command.key),
        )
    return member


def delete(project: Project, command: Delete) -> tuple[Project, Put]:
    if command.kind == FIELD:
        if command.key not in OPTIONAL_FIELDS:
            raise InputError(
                command.key,
                messages.translate(
                    "Engine", "is required and cannot be removed", "apply.required_cannot_removed"
                ).format(),
            )
        return _put_field(project, Put(FIELD, command.key, None))
    position = position_of(project, command.kind, command.key)
    items = list(members(project, command.kind))
    removed = items.pop(position)
    inverse = Put(command.kind, command.key, WRITERS[command.kind](removed), position)
    return _with_members(project, command.kind, tuple(items)), inverse


def move(project: Project, command: Move) -> tuple[Project, Move]:
    position = position_of(project, command.kind, command.key)
    items = list(members(project, command.kind))
    if not 0 <= command.position < len(items):
        raise InputError(
            COLLECTIONS[command.kind],
            messages.translate(
                "Engine",
                "position {position} is outside 0-{count}",
                "apply.position_position_outside_count",
            ).format(position=command.position, count=len(items) - 1),
        )
    items.insert(command.position, items.pop(position))
    inverse = Move(command.kind, command.key, position)
    return _with_members(project, command.kind, tuple(items)), inverse


# ------------------------------------------------------------------ single fields


def field_body(project: Project, key: str) -> Any:
    population = project.population
    bodies: dict[str, Callable[[], Any]] = {
        "name": lambda: project.name,
        "country": lambda: dataclasses.asdict(project.country),
        "years": lambda: years_to_dict(project.years),
        "population_unit": lambda: population.unit,
        "population_rows": lambda: [population_row_to_dict(row) for row in population.rows],
        "births": lambda: None if population.births is None else series_to_json(population.births),
        "births_estimate": lambda: population.births_estimate,
        "economy": lambda: economy_to_dict(project),
        "labour": lambda: None if project.labour is None else labour_to_dict(project.labour),
        "sources": lambda: dict(project.sources) if project.sources else None,
        "uncertainty": lambda: (
            None if project.uncertainty is None else uncertainty_to_dict(project.uncertainty)
        ),
    }
    if key not in bodies:
        raise InputError(
            key,
            messages.translate(
                "Engine",
                "is not a project field (one of {fields})",
                "apply.project_field_one_fields",
            ).format(fields=", ".join(FIELDS)),
        )
    return bodies[key]()


def _put_field(project: Project, command: Put) -> tuple[Project, Put]:
    key, body = command.key, command.body
    inverse = Put(FIELD, key, field_body(project, key))
    if body is None and key not in OPTIONAL_FIELDS:
        raise InputError(
            key,
            messages.translate(
                "Engine", "is required and cannot be removed", "apply.required_cannot_removed"
            ).format(),
        )
    population = project.population
    if key == "name":
        changed = dataclasses.replace(project, name=v.text(body, "name", max_length=500))
    elif key == "country":
        changed = dataclasses.replace(project, country=read_country(body))
    elif key == "years":
        changed = dataclasses.replace(project, years=read_years(body))
        check_growth_given(changed)
    elif key == "population_unit":
        unit = v.choice(body, "population.unit", ("persons", "thousands"))
        changed = dataclasses.replace(
            project,
            population=dataclasses.replace(population, unit=unit),  # type: ignore[arg-type]
        )
    elif key == "population_rows":
        rows = _population_rows(body)
        changed = dataclasses.replace(
            project, population=dataclasses.replace(population, rows=rows)
        )
    elif key == "births":
        births = None if body is None else v.series(body, "population.births", minimum=0)
        changed = dataclasses.replace(
            project, population=dataclasses.replace(population, births=births)
        )
    elif key == "births_estimate":
        estimate = (
            None if body is None else v.choice(body, "population.births_estimate", BIRTHS_ESTIMATES)
        )
        changed = dataclasses.replace(
            project,
            population=dataclasses.replace(population, births_estimate=estimate),  # type: ignore[arg-type]
        )
    elif key == "economy":
        one_year = project.years.count == 1
        changed = dataclasses.replace(project, economy=read_economy(body, one_year=one_year))
    elif key == "labour":
        changed = dataclasses.replace(project, labour=None if body is None else read_labour(body))
    elif key == "uncertainty":
        uncertainty = None if body is None else read_uncertainty(body)
        changed = dataclasses.replace(project, uncertainty=uncertainty)
    else:
        changed = dataclasses.replace(project, sources=() if body is None else read_sources(body))
    return changed, inverse


def _population_rows(body: Any) -> tuple[PopulationRow, ...]:
    """Every population row, each key once (the rows of an import)."""
    rows = tuple(
        read_population_row(item, f"population.rows[{i}]")
        for i, item in enumerate(v.array(body, "population.rows"))
    )
    if not rows:
        raise InputError(
            "population.rows",
            messages.translate(
                "Engine", "is empty; give at least one population row", "apply.empty_give_least_one"
            ).format(),
        )
    seen: dict[str, int] = {}
    for i, row in enumerate(rows):
        key = member_key("population_row", row)
        if key in seen:
            raise InputError(
                f"population.rows[{i}]",
                messages.translate(
                    "Engine", "repeats row {seen} ({key})", "apply.repeats_row_seen_key"
                ).format(seen=seen[key], key=key),
            )
        seen[key] = i
    return rows


def apply(project: Project, command: Command) -> tuple[Project, Command]:
    """The project after ``command`` (a batch all or nothing) and its inverse, in memory."""
    if isinstance(command, Batch):
        inverses: list[Command] = []
        for part in command.commands:
            project, inverse = apply(project, part)
            inverses.append(inverse)
        return project, Batch(tuple(reversed(inverses)))
    if isinstance(command, Put):
        return put(project, command)
    if isinstance(command, Delete):
        return delete(project, command)
    if isinstance(command, Replace):
        return replace(project, command)
    return move(project, command)


def replace(project: Project, command: Replace) -> tuple[Project, Replace]:
    """The whole content replaced (validated whole); the inverse puts back the old one."""
    return project_from_dict(command.document), Replace(project_to_dict(project))
