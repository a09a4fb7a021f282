"""What a project's country data lack for its scenarios: the checklist of a new project.

A new country project comes from bundled data that may lack a poverty line, a
minimum wage, budget shares or labour data. Rather than one error per scenario,
the checklist names each missing field once, with the scenarios that cannot be
costed without it, so a user fills the gaps in the order that unblocks the most.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.domain import messages
from engine.domain.model import Project
from engine.method.compute import Results

# Where country data live: a field named in an error under these is data to fill.
DATA_PREFIXES = ("economy.", "labour.", "population")


@dataclass(frozen=True)
class MissingData:
    path: str  # the field to fill, e.g. economy.poverty_line_monthly
    needed_by: tuple[str, ...]  # the scenarios (ids) that cannot be costed without it
    message: messages.Message


def missing_data(project: Project, results: Results) -> list[MissingData]:
    """Each missing field once, the one that blocks the most scenarios first; then the
    budget shares whose absence only empties a column."""
    needed: dict[str, list[str]] = {}
    for scenario in project.scenarios:
        error = results.errors.get(scenario.id)
        if error is None:
            continue
        for path in messages.fields_named(error.message):
            if path.startswith(DATA_PREFIXES):
                needed.setdefault(path, []).append(scenario.id)
    names = {s.id: s.name for s in project.scenarios}
    found = [
        MissingData(
            path,
            tuple(ids),
            messages.translate(
                "Engine",
                "{field} is not given; {count} scenario(s) cannot be costed without it: "
                "{scenarios}",
                "missing_data.blocks_scenarios",
            ).format(
                field=messages.field(path),
                count=len(ids),
                scenarios=", ".join(names[i] for i in ids),
            ),
        )
        for path, ids in sorted(needed.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    for warning in results.warnings:
        if warning.code == "missing_budget" and warning.path not in needed:
            found.append(
                MissingData(
                    warning.path,
                    (),
                    messages.translate(
                        "Engine", "{field} {reason}", "missing_data.field_reason"
                    ).format(field=messages.field(warning.path), reason=warning.message),
                )
            )
    return found
