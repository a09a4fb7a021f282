"""``python -m gui.report.pages [FOLDER]``: the first pages of the report, as PNG, for the
Lao PDR sample and for a new Cambodia project, in English, Lao and French
(docs/screenshots/report/, ``make report-pages``). Pages are the PDF's, rendered by
poppler's pdftoppm, as a reader sees them.

The Cambodia project is what ``new --country KHM`` makes from the bundled country data,
with three scenarios, a package and two matrix rows added (illustrative designs, in
riel, not a government proposal).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from engine.countries.bundled import country_project
from engine.domain.model import Project
from engine.format.read import project_from_dict
from engine.format.write import project_to_dict

PAGES = 4
LANGUAGES = ("en", "lo", "fr")
ASSUMPTION = (
    "DESIGN ASSUMPTION for the illustration, not a government proposal; replace it with "
    "the working group's choice."
)


def cambodia_project() -> Project:
    """A new Cambodia project (bundled data, 2025-2040) with scenarios to report on."""
    document: dict[str, Any] = project_to_dict(country_project("KHM", 2025, 2040))
    document["name"] = "Cambodia social protection floor"

    def cash(
        scenario_id: str,
        name: str,
        guarantee: str,
        ages: list[int],
        amount: float,
        ramp: tuple[float, float],
        **extra: Any,
    ) -> dict[str, Any]:
        return {
            "id": scenario_id,
            "name": name,
            "guarantee": guarantee,
            "status": "proposed",
            "kind": extra.pop("kind", "age_cash"),
            "ages": ages,
            "benefit": {"type": "fixed", "monthly_amount": amount, "indexation": "prices"},
            "take_up": {
                "start": ramp[0],
                "target": ramp[1],
                "start_year": 2026,
                "target_year": 2030,
            },
            "admin_rate": 0.05,
            "source": f"{amount:,.0f} riel a month at 2025 prices: {ASSUMPTION}",
            **extra,
        }

    document["scenarios"] = [
        cash("child-grant", "Child grant, ages 0-5", "children", [0, 5], 40_000, (0.2, 0.8)),
        cash(
            "social-pension",
            "Social pension, 65 and over",
            "elderly",
            [65, 100],
            100_000,
            (0.3, 0.9),
        ),
        cash(
            "disability-allowance",
            "Disability allowance, ages 15-64",
            "working_age",
            [15, 64],
            60_000,
            (0.3, 0.8),
            kind="disability",
            prevalence=0.02,
        ),
    ]
    document["packages"] = [
        {
            "id": "floor",
            "name": "The floor for children, disability and old age",
            "scenarios": ["child-grant", "social-pension", "disability-allowance"],
            "financing": ["fiscal-space"],
        }
    ]
    document["financing_sources"] = [
        {
            "id": "fiscal-space",
            "name": "Fiscal space agreed for the floor",
            "kind": "other",
            "unit": "pct_gdp",
            "amount": 0.8,
        }
    ]
    document["matrix"] = [
        {
            "id": "children",
            "guarantee": "children",
            "existing_provision": "Cash transfers for pregnant women and children under two in "
            "poor households (IDPoor).",
            "policy_gap": "No income support for children aged 2 to 5.",
            "recommendation": "Extend the child grant to every child aged 0-5.",
            "scenario_ids": ["child-grant"],
            "priority": 1,
            "agencies": ["MoSVY", "MEF", "NSPC"],
        },
        {
            "id": "elderly",
            "guarantee": "elderly",
            "existing_provision": "Pensions for civil servants and veterans only.",
            "policy_gap": "No pension for private-sector and informal workers.",
            "recommendation": "Introduce a social pension for residents aged 65 and over.",
            "scenario_ids": ["social-pension"],
            "priority": 1,
            "agencies": ["MoSVY", "MEF", "NSSF"],
        },
    ]
    return project_from_dict(document)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from engine.report.options import ReportOptions
    from engine.runtime.resources import SAMPLE_PROJECT, resource_path
    from engine.store.files import read_project
    from gui.common.qt_app import application
    from gui.report.translation import report_language
    from gui.report.write import write_report

    folder = Path(argv[0] if argv else "docs/screenshots/report")
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is not installed (poppler-utils)", file=sys.stderr)
        return 1
    application([])
    projects = {
        "lao-sample": read_project(resource_path(*SAMPLE_PROJECT)),
        "cambodia": cambodia_project(),
    }
    with tempfile.TemporaryDirectory() as scratch:
        for name, project in projects.items():
            for language in LANGUAGES:
                pdf = Path(scratch) / f"{name}-{language}.pdf"
                options = ReportOptions(
                    language=language, status="validation", today=date(2026, 3, 14)
                )
                with report_language(language):
                    write_report(project, pdf, options)
                prefix = Path(scratch) / f"{name}-{language}"
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "70", "-l", str(PAGES), str(pdf), str(prefix)],
                    check=True,
                )
                # pdftoppm pads page numbers to the page count's width: name them plainly
                for page in sorted(Path(scratch).glob(f"{name}-{language}-*.png")):
                    number = int(page.stem.rsplit("-", 1)[1])
                    target = folder / f"{name}-{language}-{number}.png"
                    shutil.move(page, target)
                    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
