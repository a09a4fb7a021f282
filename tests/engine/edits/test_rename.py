"""Renaming a scenario's id moves every link with it, in one edit that undo reverses."""

from __future__ import annotations

import pytest

from engine.domain.errors import InputError
from engine.edits.apply import apply
from engine.edits.rename import rename_scenario
from engine.format.json_file import load_project
from engine.method.compute import compute
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


@pytest.fixture(scope="module")
def project():
    return load_project(SAMPLE)


def test_every_link_follows_the_new_id(project) -> None:
    renamed, inverse = apply(project, rename_scenario(project, "child-benefit", "child-grant"))
    ids = [s.id for s in renamed.scenarios]
    assert ids == [s.id if s.id != "child-benefit" else "child-grant" for s in project.scenarios]
    for package in renamed.packages:
        assert "child-benefit" not in package.scenarios
    holders = [p.id for p in project.packages if "child-benefit" in p.scenarios]
    assert holders and all("child-grant" in renamed.package(p).scenarios for p in holders)
    linked_rows = [r.id for r in project.matrix if "child-benefit" in r.scenario_ids]
    assert all(
        "child-grant" in next(r for r in renamed.matrix if r.id == row).scenario_ids
        for row in linked_rows
    )
    before, after = compute(project), compute(renamed)
    assert (
        before.scenarios["child-benefit"]["total_cost"]
        == after.scenarios["child-grant"]["total_cost"]
    ).all()
    restored, _ = apply(renamed, inverse)
    assert restored == project


def test_a_bad_or_taken_id_is_refused_in_one_line(project) -> None:
    with pytest.raises(InputError, match="is not a valid id"):
        rename_scenario(project, "child-benefit", "child benefit")
    with pytest.raises(InputError, match="already the id of another scenario"):
        rename_scenario(project, "child-benefit", "social-pension-65")
    assert rename_scenario(project, "child-benefit", "child-benefit").commands == ()
