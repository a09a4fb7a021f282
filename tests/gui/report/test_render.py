"""The ABND report: PDF text holds every scenario and its cost; Lao text survives; ODT too."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

from engine.domain.model import MatrixRow
from engine.method.compute import compute
from engine.store.files import read_project, write_project
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
LAO_TEXT = "ກອງທຶນປະກັນສັງຄົມ"  # "social security fund"


def lao_project(tmp_path: Path) -> Path:
    project = read_project(SAMPLE)
    row = MatrixRow(
        id="lao-text", guarantee="elderly", existing_provision=LAO_TEXT, recommendation="SSO"
    )
    path = tmp_path / "lao.abnd"
    write_project(dataclasses.replace(project, matrix=(*project.matrix, row)), path)
    return path


def run_report(project: Path, out: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "report", str(project), str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(out.parent)},
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_pdf_names_every_scenario_with_its_cost(tmp_path) -> None:
    project_file = lao_project(tmp_path)
    pdf = tmp_path / "report.pdf"
    run_report(project_file, pdf)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils is needed (.ci/run installs it)"
    raw = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(unicodedata.normalize("NFKC", raw.stdout).split())
    project = read_project(project_file)
    results = compute(project)
    for scenario in project.scenarios:
        assert scenario.name in text, scenario.name
        cost = results.scenarios[scenario.id]["total_cost"][-1]
        assert f"{cost:,.0f}" in text, (scenario.id, cost)
    for heading in (
        "Sensitivity and uncertainty",
        "Assessment matrix",
        "Assumptions and their sources",
        "Packages compared",
        "Financing the packages",
        "Warnings from the costing engine",
        "Annex: the costing method",
    ):
        assert heading in text
    assert LAO_TEXT in text  # Lao script, drawn with the bundled Noto Sans Lao
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSansLao" in fonts
    pages = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(pages)], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) >= 5 and all(p.stat().st_size > 5_000 for p in images)


def test_the_odt_is_the_same_document_editable(tmp_path) -> None:
    odt = tmp_path / "report.odt"
    run_report(lao_project(tmp_path), odt)
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode("utf-8")
        images = [n for n in archive.namelist() if n.startswith("Pictures/")]
    project = read_project(SAMPLE)
    for scenario in project.scenarios:
        assert scenario.name in content
    assert LAO_TEXT in content
    # one chart per package, and one of each financed package against its sources
    assert len(images) == len(project.packages) + sum(1 for p in project.packages if p.financing)


def test_a_bad_output_name_is_refused(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "report", str(SAMPLE), str(tmp_path / "r.doc")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 2 and "the report is a .pdf or an .odt file" in done.stderr
