"""The ABND report as PDF, written by the command line and read back with poppler: for every
scenario of the Lao sample, its sentences with the benefit amount, the take-up and the cost
in % of GDP in the stated years, equal to the engine's values; the executive summary's
numbers; no table header word and no number split across lines; every font embedded;
Lao text in the embedded Lao font; every page rendered."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from engine.domain.model import MatrixRow
from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.document import Table
from engine.report.options import ReportOptions
from engine.store.files import read_project, write_project
from tests.conftest import REPO
from tests.gui.report.expected import (
    normalised,
    pdf_text,
    scenario_patterns,
    split_words,
    summary_phrases,
    unembedded_fonts,
)

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
LAO_TEXT = "ກອງທຶນປະກັນສັງຄົມ"  # "social security fund"


def lao_project(folder: Path) -> Path:
    project = read_project(SAMPLE)
    row = MatrixRow(
        id="lao-text", guarantee="elderly", existing_provision=LAO_TEXT, recommendation="SSO"
    )
    path = folder / "lao.abnd"
    write_project(dataclasses.replace(project, matrix=(*project.matrix, row)), path)
    return path


def run_report(project: Path, out: Path, *options: str) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "report", str(project), str(out), *options],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(out.parent)},
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("report")
    pdf = folder / "report.pdf"
    run_report(lao_project(folder), pdf)
    return pdf, pdf_text(str(pdf))


def test_every_scenario_is_described_with_the_engines_values(english) -> None:
    _, raw = english
    text = normalised(raw)
    project = read_project(SAMPLE)
    results = compute(project)
    for scenario_id, patterns in scenario_patterns(project, results).items():
        for pattern in patterns:
            assert re.search(pattern, text), (scenario_id, pattern)


def test_the_executive_summary_states_the_engines_numbers(english) -> None:
    _, raw = english
    text = normalised(raw)
    project = read_project(SAMPLE)
    for phrase in summary_phrases(project, compute(project)):
        assert phrase in text, phrase
    for heading in (
        "Executive summary",
        "Contents",
        "1. Essential health care",
        "Packages and fiscal space",
        "Financing the packages",
        "Sensitivity and uncertainty",
        "Annex A. Assumptions and sources",
        "Annex D. Glossary",
        "Page 2 of ",
    ):
        assert heading in text, heading


def test_no_header_word_nor_number_is_split_across_lines(english) -> None:
    _, raw = english
    project = read_project(SAMPLE)
    report = compose(project, compute(project), options=ReportOptions(today=date(2026, 3, 14)))
    words: set[str] = set()
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                for header in block.header:
                    words |= {w for w in header.split() if len(w) > 1}
                for row in block.rows:
                    for cell, numeric in zip(row, block.numeric, strict=True):
                        if numeric:
                            words.add(cell.replace("\u00a0", ""))
    assert {"Implementation", "Recommendation", "Priority", "expenditure"} <= words
    assert split_words(raw, words) == []


def test_every_font_is_embedded_and_every_page_renders(english, tmp_path) -> None:
    pdf, raw = english
    assert unembedded_fonts(str(pdf)) == []
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "NotoSansLao" in fonts and "DejaVuSans" in fonts
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) == 2  # a header only: every chart is vector
    assert LAO_TEXT in normalised(raw)
    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout,
        ).group(1)
    )
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == pages >= 15
    assert all(image.stat().st_size > 2_000 for image in images)


def test_a_lao_report_on_letter_paper_with_some_parts(tmp_path) -> None:
    pdf = tmp_path / "lo.pdf"
    run_report(SAMPLE, pdf, "--lang", "lo", "--parts", "summary,packages", "--paper", "letter")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info
    text = normalised(pdf_text(str(pdf)))
    assert "Annex" not in text and "1.234" not in text
    assert re.search(r"0,\d\d % ", text)  # Lao conventions: a decimal comma
    assert unembedded_fonts(str(pdf)) == []
