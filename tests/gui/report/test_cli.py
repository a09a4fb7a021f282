"""The report command's handler: the engine's parser reads the arguments and Qt renders the
report offscreen as .pdf or .odt; any other name is refused in one line."""

from __future__ import annotations

import argparse
import zipfile
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from engine.domain import i18n
from engine.domain.errors import InputError
from engine.store.files import read_project
from gui.report.cli import REPORT_SUFFIXES, run_report
from main import main
from tests.gui.conftest import SAMPLE


@pytest.fixture(autouse=True)
def language_restored(qapp) -> Iterator[None]:
    """The command sets the report's language for the process: put it back."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.set_translator(None)


def test_only_pdf_and_odt_are_written(qapp, tmp_path) -> None:
    assert REPORT_SUFFIXES == (".pdf", ".odt")
    args = argparse.Namespace(project=str(SAMPLE), output=str(tmp_path / "r.docx"))
    with pytest.raises(InputError) as raised:
        run_report(args)
    assert raised.value.one_line() == f"{tmp_path / 'r.docx'}: the report is a .pdf or an .odt file"
    assert not (tmp_path / "r.docx").exists()


def test_the_report_command_writes_an_odt_holding_every_scenario(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "report.ODT"  # the extension in any case
    assert main(["report", str(SAMPLE), str(out)]) == 0
    assert capsys.readouterr().out == f"report written to {out}\n"
    with zipfile.ZipFile(out) as archive:
        content = archive.read("content.xml").decode("utf-8")
    for scenario in read_project(SAMPLE).scenarios:
        assert scenario.name in content


def test_a_bad_project_is_one_line_and_exit_2(qapp, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["report", str(bad), str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: ") and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()
