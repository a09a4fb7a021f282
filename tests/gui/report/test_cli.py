"""The report command's handler: the engine's parser reads the arguments and Qt renders the
report offscreen as .pdf, .docx or .odt; any other name, or an unknown part, is refused in
one line."""

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


def test_only_pdf_docx_and_odt_are_written(qapp, tmp_path) -> None:
    assert REPORT_SUFFIXES == (".pdf", ".docx", ".odt")
    args = argparse.Namespace(project=str(SAMPLE), output=str(tmp_path / "r.doc"))
    with pytest.raises(InputError) as raised:
        run_report(args)
    assert raised.value.one_line() == (
        f"{tmp_path / 'r.doc'}: the report is a .pdf, .docx or .odt file"
    )
    assert not (tmp_path / "r.doc").exists()


def test_the_report_command_writes_an_odt_holding_every_scenario(qapp, tmp_path, capsys) -> None:
    out = tmp_path / "report.ODT"  # the extension in any case
    assert main(["report", str(SAMPLE), str(out), "--status", "validation"]) == 0
    assert capsys.readouterr().out == f"report written to {out}\n"
    with zipfile.ZipFile(out) as archive:
        content = archive.read("content.xml").decode("utf-8").replace("\u200b", "")
    for scenario in read_project(SAMPLE).scenarios:
        assert scenario.name in content
    assert "Draft for the validation workshop" in content


def test_parts_status_version_and_paper_reach_the_docx(qapp, tmp_path) -> None:
    out = tmp_path / "summary.docx"
    arguments = ["--parts", "summary", "--doc-version", "0.3", "--paper", "letter"]
    assert main(["report", str(SAMPLE), str(out), *arguments]) == 0
    with zipfile.ZipFile(out) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Version 0.3" in body and "Executive summary" in body
    assert "Essential health care" not in body  # the guarantees' chapters were left out
    assert 'w:w="12240"' in body  # Letter: 8.5 inches wide, in twentieths of a point


def test_an_unknown_part_or_a_bad_project_is_one_line_and_exit_2(qapp, tmp_path, capsys) -> None:
    assert main(["report", str(SAMPLE), str(tmp_path / "r.pdf"), "--parts", "nope"]) == 2
    assert capsys.readouterr().err.startswith('--parts: "nope" is not a part of the report')
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["report", str(bad), str(tmp_path / "r.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: ") and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()
