"""A power cut during a merge: SIGKILL a merging process at random moments; MINE is
afterwards byte for byte what it was, or completely merged, never anything between."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine.edits.commands import FIELD, Put
from engine.edits.paths import set_command
from engine.format.json_file import load_project
from engine.format.write import project_to_dict
from engine.runtime.resources import resource_path
from engine.store import sidecars
from engine.store.merging import apply_merge, plan_merge
from engine.store.project_store import ProjectStore
from tests.conftest import REPO

KILLS = 24


def theirs_changes(store: ProjectStore) -> None:
    """Enough to make the merge's transaction long: every population cell, and more."""
    rows = [
        {**row, "value": row["value"] * 1.01}
        for row in project_to_dict(store.project)["population"]["rows"]
    ]
    store.apply(Put(FIELD, "population_rows", rows), label="Import")
    store.apply(set_command(store.project, "economy.poverty_line_monthly", 700000), label="set")
    store.save_version("Theirs, validated")


def reference(tmp_path: Path, mine: Path, theirs: Path) -> tuple[dict, list]:
    copy = tmp_path / "reference.abnd"
    shutil.copy(mine, copy)
    with ProjectStore.open(copy) as store:
        store.author = "Crash test"
        apply_merge(store, plan_merge(store, theirs), "theirs", label="Merge")
        return project_to_dict(store.project), [(e.author, e.label) for e in store.history()]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_merge_killed_at_any_moment_leaves_mine_as_it_was_or_fully_merged(tmp_path) -> None:
    pristine, theirs = tmp_path / "pristine.abnd", tmp_path / "theirs.abnd"
    ProjectStore.create(
        pristine, load_project(resource_path("examples", "lao-pdr-sample.json"))
    ).close()
    shutil.copy(pristine, theirs)
    with ProjectStore.open(pristine) as store:
        store.apply(set_command(store.project, "matrix.health-coverage.notes", "mine"))
    with ProjectStore.open(theirs) as store:
        theirs_changes(store)
    merged, merged_history = reference(tmp_path, pristine, theirs)
    original = pristine.read_bytes()
    mine = tmp_path / "mine.abnd"
    rng = random.Random(20250503)
    outcomes = {"as it was": 0, "merged": 0, "killed while writing": 0}
    for kill in range(KILLS):
        shutil.copy(pristine, mine)
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.engine.store.merge_child", str(mine), str(theirs)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        if kill % 2:  # half the kills wait until the merge is about to write
            assert child.stdout.readline().strip() == "planned"
            time.sleep(rng.uniform(0, 0.4))
        else:
            time.sleep(rng.uniform(0.2, 2.5))
        os.kill(child.pid, signal.SIGKILL)
        child.communicate()
        if sidecars.journal_of(mine) is not None:
            outcomes["killed while writing"] += 1
            sidecars.recover(mine)  # what the next open does first
        with ProjectStore.open(mine, read_only=True) as store:
            if store.history()[-1].label == "Merge":
                outcomes["merged"] += 1
                assert project_to_dict(store.project) == merged
                assert [(e.author, e.label) for e in store.history()] == merged_history
                assert [v.name for v in store.versions()] == ["Theirs, validated"]
                continue
        outcomes["as it was"] += 1
        assert mine.read_bytes() == original, f"kill {kill}: neither as it was nor merged"
    assert outcomes["as it was"] and outcomes["merged"], outcomes
    assert outcomes["killed while writing"], outcomes  # kills landed inside the transaction
