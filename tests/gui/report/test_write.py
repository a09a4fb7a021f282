"""The report as DOCX and ODT with the window's charts: python-docx reads the DOCX back and
finds every scenario's sentences with the engine's values; LibreOffice opens both and
converts them to PDF, where no header word is split and Lao is drawn in the Lao font the
files embed (this machine has none of its own)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest

from engine.domain.errors import InputError
from engine.domain.model import MatrixRow
from engine.method.compute import compute
from engine.report.options import ReportOptions
from engine.store.files import read_project
from gui.report.write import write_report
from tests.conftest import REPO
from tests.gui.report.expected import (
    normalised,
    pdf_text,
    scenario_patterns,
    split_words,
    summary_phrases,
)

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
LAO_TEXT = "ກອງທຶນປະກັນສັງຄົມ"
OPTIONS = ReportOptions(today=date(2026, 3, 14))


def with_lao():
    project = read_project(SAMPLE)
    row = MatrixRow(id="lao", guarantee="elderly", existing_provision=LAO_TEXT)
    return dataclasses.replace(project, matrix=(*project.matrix, row))


@pytest.fixture(scope="module")
def written(qapp, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    project = with_lao()
    return {
        suffix: write_report(project, folder / f"report{suffix}", OPTIONS)
        for suffix in (".docx", ".odt")
    }


def libreoffice_pdf(source: Path, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (.ci/run installs it)"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    pdf = folder / f"{source.stem}.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    return pdf


def test_the_docx_holds_every_scenario_with_the_engines_values(written) -> None:
    document = docx.Document(str(written[".docx"]))
    text = normalised(" ".join(p.text for p in document.paragraphs))
    project = read_project(SAMPLE)
    results = compute(project)
    for scenario_id, patterns in scenario_patterns(project, results).items():
        for pattern in patterns:
            assert re.search(pattern, text), (scenario_id, pattern)
    for phrase in summary_phrases(project, results):
        assert phrase in text
    cells = {normalised(c.text) for t in document.tables for row in t.rows for c in row.cells}
    assert {"Implementation issue", "Recommendation", LAO_TEXT} <= cells
    assert len(document.inline_shapes) >= 10  # the charts, drawn by Qt at print size


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_libreoffice_converts_it_with_words_whole_and_lao_in_the_lao_font(
    written, suffix, tmp_path
) -> None:
    pdf = libreoffice_pdf(written[suffix], tmp_path)
    raw = pdf_text(str(pdf))
    text = normalised(raw)
    assert "Executive summary" in text and LAO_TEXT in text
    assert split_words(raw, {"Implementation", "Recommendation", "Beneficiaries", "Priority"}) == []
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansLao" in fonts  # the font embedded in the file


def test_a_report_of_another_kind_is_refused(qapp, tmp_path) -> None:
    with pytest.raises(InputError) as raised:
        write_report(read_project(SAMPLE), tmp_path / "r.doc")
    assert raised.value.one_line().endswith("the report is a .pdf, .docx or .odt file")
    assert not (tmp_path / "r.doc").exists()
