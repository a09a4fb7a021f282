"""Checks across a whole project: ids unique, every reference (package members, financing
sources, `replaces`, `covered_by`, linked scenarios, contributions) to something that exists."""

from __future__ import annotations

from engine.domain import messages
from engine.domain.dependencies import cycle
from engine.domain.errors import InputError
from engine.domain.kinds import AGE_SEX_KINDS, CONTRIBUTOR_KINDS
from engine.domain.model import Project


def check_references(project: Project) -> None:
    """Ids are unique and every reference points at something that exists."""
    scenario_ids = _unique_ids([s.id for s in project.scenarios], "scenarios")
    _check_covered_by(project, scenario_ids)
    _unique_ids([p.id for p in project.packages], "packages")
    _check_financing(project, scenario_ids)
    _unique_ids([m.id for m in project.matrix], "matrix")
    for i, scenario in enumerate(project.scenarios):
        if scenario.replaces is None:
            continue
        path = f"scenarios[{i}].replaces"
        if scenario.replaces not in scenario_ids:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    '"{replaces}" is not the id of any scenario',
                    "read.replaces_id_any_scenario",
                ).format(replaces=scenario.replaces),
            )
        if project.scenario(scenario.replaces).status != "existing":
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    '"{replaces}" is not an existing scheme',
                    "read.replaces_existing_scheme",
                ).format(replaces=scenario.replaces),
            )
    for i, package in enumerate(project.packages):
        for j, member in enumerate(package.scenarios):
            if member not in scenario_ids:
                raise InputError(
                    f"packages[{i}].scenarios[{j}]",
                    messages.translate(
                        "Engine",
                        '"{member}" is not the id of any scenario',
                        "read.member_id_any_scenario",
                    ).format(member=member),
                )
    for i, row in enumerate(project.matrix):
        for j, linked in enumerate(row.scenario_ids):
            if linked not in scenario_ids:
                raise InputError(
                    f"matrix[{i}].scenario_ids[{j}]",
                    messages.translate(
                        "Engine",
                        '"{linked}" is not the id of any scenario',
                        "read.linked_id_any_scenario",
                    ).format(linked=linked),
                )


def _check_financing(project: Project, scenario_ids: set[str]) -> None:
    """Source ids are unique, packages name existing sources, contributions a member scheme."""
    source_ids = _unique_ids([s.id for s in project.financing_sources], "financing_sources")
    for i, package in enumerate(project.packages):
        for j, source_id in enumerate(package.financing):
            if source_id not in source_ids:
                raise InputError(
                    f"packages[{i}].financing[{j}]",
                    messages.translate(
                        "Engine",
                        '"{source}" is not the id of any financing source',
                        "read.financing_id_any_source",
                    ).format(source=source_id),
                )
    for i, source in enumerate(project.financing_sources):
        if source.contributions is None:
            continue
        path = f"financing_sources[{i}].contributions.scenario"
        other = source.contributions.scenario
        if other not in scenario_ids:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    '"{other}" is not the id of any scenario',
                    "read.contributions_id_any_scenario",
                ).format(other=other),
            )
        kind = project.scenario(other).kind
        if kind not in CONTRIBUTOR_KINDS:
            raise InputError(
                path,
                messages.translate(
                    "Engine",
                    '"{other}" is a {kind} scenario, whose beneficiaries are not members '
                    "paying contributions (use one of: {kinds})",
                    "read.contributions_kind_not_members",
                ).format(other=other, kind=kind, kinds=", ".join(CONTRIBUTOR_KINDS)),
            )


def _check_covered_by(project: Project, scenario_ids: set[str]) -> None:
    """``covered_by`` names other scenarios with people of an age and sex, and no circle."""
    for i, scenario in enumerate(project.scenarios):
        for j, other in enumerate(scenario.covered_by or ()):
            path = f"scenarios[{i}].covered_by[{j}]"
            if other not in scenario_ids:
                raise InputError(
                    path,
                    messages.translate(
                        "Engine",
                        '"{other}" is not the id of any scenario',
                        "read.other_id_any_scenario",
                    ).format(other=other),
                )
            if other == scenario.id:
                raise InputError(
                    path,
                    messages.translate(
                        "Engine",
                        "a scenario cannot be covered by itself",
                        "read.scenario_cannot_covered_itself",
                    ).format(),
                )
            kind = project.scenario(other).kind
            if kind not in AGE_SEX_KINDS:
                raise InputError(
                    path,
                    messages.translate(
                        "Engine",
                        '"{other}" is a {kind} scenario, whose beneficiaries have no age '
                        "and sex to remove (use one of: {kinds})",
                        "read.other_kind_scenario_whose",
                    ).format(other=other, kind=kind, kinds=", ".join(AGE_SEX_KINDS)),
                )
    found = cycle(project.scenarios)
    if found:
        i = next(k for k, s in enumerate(project.scenarios) if s.id == found[0])
        raise InputError(
            f"scenarios[{i}].covered_by",
            messages.translate(
                "Engine",
                "is circular: {found} (a scheme cannot exclude the beneficiaries of a "
                "scheme that excludes its own)",
                "read.circular_found_scheme_cannot",
            ).format(found=" -> ".join(found)),
        )


def _unique_ids(ids: list[str], path: str) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(ids):
        if item in seen:
            raise InputError(
                f"{path}[{i}].id",
                messages.translate(
                    "Engine",
                    '"{item}" is used twice; ids must be unique',
                    "read.item_used_twice_ids",
                ).format(item=item),
            )
        seen.add(item)
    return seen
