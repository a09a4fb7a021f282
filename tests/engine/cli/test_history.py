"""Group work on the command line: get, set, history, merge (exit 3), versions, diff."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from engine.format.read import project_from_dict
from engine.format.write import project_to_dict
from engine.store.project_store import ProjectStore
from main import main
from tests.cli_run import run_cli
from tests.engine.store.test_merging import small_document


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "lao.abnd"
    ProjectStore.create(path, project_from_dict(small_document())).close()
    return path


def document_of(path: Path) -> dict:
    with ProjectStore.open(path, read_only=True) as store:
        return project_to_dict(store.project)


def test_get_prints_a_value_as_json(project, capsys) -> None:
    assert main(["get", str(project), "scenarios.child.admin_rate"]) == 0
    assert capsys.readouterr().out == "0.05\n"
    assert main(["get", str(project), "packages.p.scenarios"]) == 0
    assert json.loads(capsys.readouterr().out) == ["child", "pension"]
    assert main(["get", str(project), "matrix.m1.recommendation"]) == 0
    assert capsys.readouterr().out == '"Child benefit"\n'


def test_set_is_one_recorded_edit_with_its_author_and_comment(project, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ABND_AUTHOR", "From the environment")
    assert (
        main(
            [
                "set",
                str(project),
                "economy.poverty_line_monthly",
                "120",
                "--comment",
                "per MoF letter of 3 May",
            ]
        )
        == 0
    )
    assert main(["set", str(project), "matrix.m1.recommendation", '"New"', "--author", "Noy"]) == 0
    with ProjectStore.open(project, read_only=True) as store:
        history = store.history()
        assert store.project.economy.poverty_line_monthly == 120
    assert [(e.author, e.label, e.comment) for e in history] == [
        ("From the environment", "set economy.poverty_line_monthly", "per MoF letter of 3 May"),
        ("Noy", "set matrix.m1.recommendation", ""),
    ]
    capsys.readouterr()
    assert main(["history", str(project)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith(
        "From the environment  set economy.poverty_line_monthly  (per MoF letter of 3 May)"
    )
    assert printed[1] == (
        "    economy.poverty_line_monthly (Economy: poverty line, per person a month): 100 -> 120"
    )
    assert printed[3] == (
        '    matrix.m1.recommendation (Matrix row "m1": recommendation): "Child benefit" -> "New"'
    )
    assert main(["history", str(project), "--field", "matrix.m1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["history", str(project), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == "no recorded edits match\n"


@pytest.mark.parametrize(
    "path, value, expected",
    [
        (
            "scenarios.chid.admin_rate",
            "0.1",
            'scenarios.chid.admin_rate: has no "chid" (did you mean "child"?)',
        ),
        (
            "scenarios.child.admin_rate",
            "4",
            "admin_rate: 4 is above 1 (did you mean 0.04 or 40 %?)",
        ),
        ("scenarios.child.admin_rate", "abc", "VALUE: abc is not a JSON value"),
        ("economy..cpi", "0.1", "is not a path"),
        ("scenarios", "[]", "scenarios: names a whole list; set one entry by its id"),
        ("matrix.m1.agencies.4", '"ILO"', "is not a position in this list"),
        ("packages.p", "null", ""),  # allowed: deletes the package
    ],
)
def test_bad_paths_and_values_exit_2_in_one_line_and_change_nothing(
    project, capsys, path, value, expected
) -> None:
    before = project.read_bytes()
    code = main(["set", str(project), path, value])
    if not expected:
        assert code == 0
        return
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and expected in err[0], err
    assert project.read_bytes() == before


def test_merge_with_conflicts_writes_nothing_lists_them_and_exits_3(project, tmp_path) -> None:
    theirs = tmp_path / "theirs.abnd"
    shutil.copy(project, theirs)
    main(["set", str(project), "economy.poverty_line_monthly", "120", "--author", "Somchai"])
    main(["set", str(project), "matrix.m1.notes", '"mine"', "--author", "Somchai"])
    main(["set", str(theirs), "economy.poverty_line_monthly", "130", "--author", "Noy"])
    main(["set", str(theirs), "scenarios.pension.admin_rate", "0.08", "--author", "Noy"])
    before = project.read_bytes()
    outcome = run_cli("merge", str(project), str(theirs))
    assert outcome.code == 3, outcome.err
    lines = outcome.out.splitlines()
    assert lines[0] == "1 conflict(s); nothing was merged (use --take mine|theirs):"
    assert lines[1].startswith(
        "economy.poverty_line_monthly (Economy: poverty line, per person a month): base 100 | "
        "mine 120 (Somchai, "
    )
    assert "| theirs 130 (Noy, " in lines[1] and len(lines) == 2
    assert project.read_bytes() == before
    out = tmp_path / "merged.abnd"
    outcome = run_cli("merge", str(project), str(theirs), "--take", "theirs", "--out", str(out))
    assert outcome.code == 0, outcome.err
    assert project.read_bytes() == before  # --out leaves MINE as it was
    merged = document_of(out)
    assert merged["economy"]["poverty_line_monthly"] == 130
    assert merged["scenarios"][1]["admin_rate"] == 0.08 and merged["matrix"][0]["notes"] == "mine"
    outcome = run_cli("merge", str(project), str(theirs), "--take", "mine", "--author", "Lead")
    assert outcome.code == 0
    assert document_of(project)["economy"]["poverty_line_monthly"] == 120
    with ProjectStore.open(project, read_only=True) as store:
        assert [e.author for e in store.history()] == ["Somchai", "Somchai", "Noy", "Noy", "Lead"]


def test_merging_unrelated_projects_is_refused_in_one_line(project, tmp_path) -> None:
    other = tmp_path / "other.abnd"
    document = small_document()
    document["name"] = "Another"
    ProjectStore.create(other, project_from_dict(document)).close()
    outcome = run_cli("merge", str(project), str(other))
    assert outcome.code == 2 and len(outcome.err_lines) == 1
    assert outcome.err_lines[0] == (
        f"{other}: is not a copy of lao.abnd: they are two different projects, which cannot be "
        "merged (copies of one project share its history)"
    )


def test_versions_are_saved_listed_read_and_compared(project, tmp_path, capsys) -> None:
    assert main(["save-version", str(project), "Validated, 12 September", "--author", "Noy"]) == 0
    main(["set", str(project), "scenarios.child.admin_rate", "0.1"])
    capsys.readouterr()
    assert main(["versions", str(project)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("  1  ") and line.endswith("Noy  Validated, 12 September")
    assert main(["get", f"{project}@1", "scenarios.child.admin_rate"]) == 0
    assert capsys.readouterr().out == "0.05\n"
    assert main(["convert", f"{project}@Validated, 12 September", str(tmp_path / "v.json")]) == 0
    saved = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert saved["scenarios"][0]["admin_rate"] == 0.05
    capsys.readouterr()
    assert main(["diff", f"{project}@1", str(project), "--year", "2026"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "assumptions that differ: 1" in printed
    assert (
        '  scenarios.child.admin_rate (Scenario "Child": administration rate): A 0.05 | B 0.1'
        in printed
    )
    # custom: 100 beneficiaries x 10 x 12 = 12,000 a year; admin 5 % -> 12,600, 10 % -> 13,200
    costs = next(line for line in printed if line.startswith("  scenario child:"))
    assert costs.startswith("  scenario child: ")
    assert (
        main(["diff", f"{project}@1", str(project), "--measure", "total_cost", "--year", "2025"])
        == 0
    )
    costs = next(
        line
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("  scenario child:")
    )
    assert costs == "  scenario child: 12,600.0000 | 13,200.0000 | +600.0000"
    assert main(["get", f"{project}@7", "name"]) == 2
    assert (
        'has no version "7" (its versions: 1 (Validated, 12 September))' in capsys.readouterr().err
    )


def test_set_on_an_exchange_file_changes_it_without_history(tmp_path, capsys) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(small_document()), encoding="utf-8")
    assert main(["set", str(path), "matrix.m2.status", '"endorsed"']) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["matrix"][1]["status"] == "endorsed"
    assert main(["history", str(tmp_path / "missing.abnd")]) == 2
    assert "does not exist or is not a file" in capsys.readouterr().err
