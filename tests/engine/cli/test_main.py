"""Running one headless command: dispatch to its handler, bad input is one line and exit 2,
an internal error is exit 1 with the traceback in the log, never on the screen."""

from __future__ import annotations

import argparse
import json

import pytest

from engine.cli.main import COMMAND_NAMES, COMMANDS, EXTERNAL_COMMANDS, run
from engine.domain.errors import InputError
from tests.conftest import DATA

THAILAND = str(DATA / "thailand-child-2010.json")


def test_every_command_has_a_handler_or_is_provided_from_outside() -> None:
    assert set(COMMAND_NAMES) == set(COMMANDS) | set(EXTERNAL_COMMANDS)
    assert EXTERNAL_COMMANDS == ("report",)
    assert "report" not in COMMANDS  # the engine never imports Qt


def test_a_command_runs_its_handler_and_returns_its_exit_code(capsys) -> None:
    assert run(["compute", THAILAND]) == 0
    assert "child-0-3" in capsys.readouterr().out


def test_an_external_handler_is_used_when_given(capsys) -> None:
    seen: list[argparse.Namespace] = []

    def report(args: argparse.Namespace) -> int:
        seen.append(args)
        return 0

    assert run(["report", THAILAND, "r.pdf"], {"report": report}) == 0
    assert (seen[0].project, seen[0].output) == (THAILAND, "r.pdf")


def test_an_external_command_without_its_handler_says_so(capsys) -> None:
    assert run(["report", THAILAND, "r.pdf"]) == 2
    assert capsys.readouterr().err == "abnd-studio: report is not available in this build\n"


def test_bad_input_is_one_line_naming_the_file_and_place(tmp_path, capsys) -> None:
    document = json.loads((DATA / "thailand-child-2010.json").read_text(encoding="utf-8"))
    document["scenarios"][0]["take_up"] = {"2010": 60}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert run(["compute", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"{bad}: scenarios[0].take_up.2010: 60 is above 1")


def test_a_handler_raising_input_error_exits_2(monkeypatch, capsys) -> None:
    def refuses(_args: argparse.Namespace) -> int:
        raise InputError("--out", "is not writable", "r.csv")

    monkeypatch.setitem(COMMANDS, "compute", refuses)
    assert run(["compute", THAILAND]) == 2
    assert capsys.readouterr().err == "r.csv: --out: is not writable\n"


def test_an_internal_error_exits_1_with_the_details_in_the_log(
    tmp_path, monkeypatch, capsys
) -> None:
    def broken(_args: argparse.Namespace) -> int:
        raise KeyError("a bug")

    monkeypatch.setenv("ABND_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setitem(COMMANDS, "template", broken)
    assert run(["template", str(tmp_path / "t.xlsx")]) == 1
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "abnd-studio.log"
    assert err == f"abnd-studio: internal error; details are in {log}\n"
    text = log.read_text(encoding="utf-8")
    assert "KeyError: 'a bug'" in text and "Traceback" in text


def test_a_usage_error_stops_before_any_handler(monkeypatch, capsys) -> None:
    called = []
    monkeypatch.setitem(COMMANDS, "compute", lambda args: called.append(args) or 0)
    with pytest.raises(SystemExit) as stop:
        run(["compute"])
    assert stop.value.code == 2 and called == []
