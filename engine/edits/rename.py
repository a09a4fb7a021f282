"""Renaming a scenario's id, with every link to it, as one edit.

Ids appear in files, formulas, CSV cells and the links between entities: packages
list their scenarios, matrix rows link theirs, a scenario may replace or be covered
by another. A rename moves the scenario to its new id at the same place and rewrites
every link, all or nothing, so undo brings back exactly the old names.
"""

from __future__ import annotations

from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import Project
from engine.edits.builders import (
    put_scenario,
    set_matrix_cells,
    set_package_field,
)
from engine.edits.commands import Batch, Command, Delete, Put
from engine.format import validate
from engine.format.write import scenario_to_dict


def rename_scenario(project: Project, old: str, new: str) -> Batch:
    """The edit giving scenario ``old`` the id ``new`` everywhere; refused with one line when
    ``new`` is not a valid id or is taken."""
    path = f"scenarios[{[s.id for s in project.scenarios].index(old)}].id"
    validate.identifier(new, path)
    if any(s.id == new for s in project.scenarios) and new != old:
        raise InputError(
            path,
            messages.translate(
                "Engine", '"{id}" is already the id of another scenario', "rename.taken"
            ).format(id=new),
        )
    if new == old:
        return Batch(())
    position = [s.id for s in project.scenarios].index(old)
    body: dict[str, Any] = scenario_to_dict(project.scenario(old))
    body["id"] = new
    # the new id first, then the links, then the old id gone: no step leaves a dangling link
    commands: list[Command] = [Put("scenario", new, body, position)]
    for other in project.scenarios:
        if other.id == old:
            continue
        linked = dict(scenario_to_dict(other))
        changed = False
        if other.replaces == old:
            linked["replaces"], changed = new, True
        if old in (other.covered_by or ()):
            linked["covered_by"] = [new if s == old else s for s in other.covered_by or ()]
            changed = True
        if changed:
            commands.append(put_scenario(linked))
    for package in project.packages:
        if old in package.scenarios:
            members = [new if s == old else s for s in package.scenarios]
            commands.append(set_package_field(project, package.id, "scenarios", members))
    for row in project.matrix:
        if old in row.scenario_ids:
            linked_ids = [new if s == old else s for s in row.scenario_ids]
            commands.append(set_matrix_cells(project, row.id, {"scenario_ids": linked_ids}))
    commands.append(Delete("scenario", old))
    return Batch(tuple(commands))
