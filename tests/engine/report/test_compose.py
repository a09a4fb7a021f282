"""The ABND report composed as a document model: the same inputs give the same document; the
chapters come in the report's order, numbered without holes whatever parts are chosen;
the cover says the country, title, status, version and date."""

from __future__ import annotations

from datetime import date

import pytest

from engine import __version__
from engine.method.compute import compute
from engine.report.compose import CHAPTERS, ChapterSpec, compose, numbered
from engine.report.document import Paragraph, Section
from engine.report.options import PARTS, ReportOptions
from tests.engine.builders import base_project, build, scenario, source

FLAT = {"type": "fixed", "monthly_amount": 10}
TODAY = date(2026, 3, 14)


def project_with(**changes):
    kids = scenario(
        "kids",
        "age_cash",
        ages=[0, 4],
        benefit=FLAT,
        rationale="No child benefit today.",
        source="Workshop minutes",
    )
    broken = scenario("broken", "unemployed", ages=[70, 80], benefit=FLAT, guarantee="elderly")
    document = {
        "scenarios": [kids, broken],
        "packages": [
            {"id": "p", "name": "Kids only", "scenarios": ["kids"], "financing": ["envelope"]},
            {"id": "q", "name": "With broken", "scenarios": ["kids", "broken"]},
        ],
        "matrix": [
            {"id": "m1", "guarantee": "elderly", "recommendation": "Pension", "priority": 1},
            {
                "id": "m2",
                "guarantee": "children",
                "existing_provision": "None",
                "recommendation": "Child benefit",
                "scenario_ids": ["kids"],
                "agencies": ["MoLSW", "SSO"],
            },
        ],
        "financing_sources": [source("envelope", "pct_gdp", 1)],
        "sources": {"economy.cpi_inflation": "IMF WEO"},
        "uncertainty": {"ranges": [], "draws": 200, "seed": 2},
        "economy": {**base_project()["economy"], "real_gdp_growth": {"2026": 0.05}},
    }
    document.update(changes)
    return build(**document)


@pytest.fixture(scope="module")
def project():
    return project_with()


@pytest.fixture(scope="module")
def results(project):
    return compute(project, strict=False)


@pytest.fixture(scope="module")
def report(project, results):
    return compose(project, results, TODAY)


def test_the_same_inputs_give_the_same_document(project, results) -> None:
    assert compose(project, results, TODAY) == compose(project, results, TODAY)


def test_the_cover_names_the_country_title_status_version_and_date(project, results) -> None:
    options = ReportOptions(status="validation", version="0.3", today=TODAY)
    cover = compose(project, results, options=options).cover
    assert cover is not None
    assert (cover.country, cover.title) == ("Testland", "Hand-computed test project")
    assert cover.subtitle == "Assessment Based National Dialogue on the Social Protection Floor"
    assert cover.status == "Draft for the validation workshop"
    assert cover.version == "Version 0.3"
    assert cover.date == "14 March 2026"
    assert cover.prepared == (f"Prepared with ABND Studio {__version__}; costs in TSD, 2025-2027")


def test_chapters_are_numbered_and_annexes_lettered(report) -> None:
    assert [(s.heading, s.level) for s in report.sections] == [
        ("Executive summary", 1),
        ("1. Income security for children", 1),
        ("1.1 Assessment: provisions, gaps and recommendations", 2),
        ("1.2 Kids", 2),
        ("2. Income security for older persons", 1),
        ("2.1 Assessment: provisions, gaps and recommendations", 2),
        ("2.2 Broken", 2),
        ("3. Packages and fiscal space", 1),
        ("3.1 Kids only", 2),
        ("3.2 With broken", 2),
        ("4. Financing the packages", 1),
        ("4.1 Kids only", 2),
        ("5. Sensitivity and uncertainty", 1),
        ("5.1 Kids only", 2),
        ("Annex A. Assumptions and sources", 1),
        ("Annex B. The method in brief", 1),
        ("Annex C. Warnings from the costing engine", 1),
        ("Annex D. Glossary", 1),
    ]
    assert report.contents and report.language == "en"
    assert report.labels is not None
    assert report.labels.page == "Page {page} of {pages}"
    assert report.labels.running_title == "Testland: Hand-computed test project"


def test_parts_left_out_leave_no_hole_in_the_numbering(project, results) -> None:
    options = ReportOptions(parts=("packages", "warnings", "glossary"), today=TODAY)
    document = compose(project, results, options=options)
    assert [s.heading for s in document.sections if s.level == 1] == [
        "1. Packages and fiscal space",
        "Annex A. Warnings from the costing engine",
        "Annex B. Glossary",
    ]
    assert not document.contents


def test_every_part_has_its_chapter_in_the_list() -> None:
    assert {spec.part for spec in CHAPTERS} == set(PARTS) - {"contents"}


def test_a_new_chapter_is_a_builder_numbered_like_the_others() -> None:
    """How another chapter (financing, say) joins: a function returning sections."""

    def financing(_context) -> list[Section]:
        return [Section("Financing", (Paragraph("How"),)), Section("Options", level=2)]

    before = [Section(f"Chapter {i}", number=str(i)) for i in (1, 2, 3)]
    spec = ChapterSpec("financing", financing)
    assert [s.heading for s in numbered(spec, financing(None), before)] == [
        "4. Financing",
        "4.1 Options",
    ]


def test_without_a_matrix_or_scenarios_a_guarantee_has_no_chapter() -> None:
    project = project_with(matrix=[], scenarios=[], packages=[])
    document = compose(project, compute(project, strict=False), TODAY)
    titles = [s.title for s in document.sections]
    assert "Income security for children" not in titles
    assert "Packages and fiscal space" not in titles
    assert titles[0] == "Executive summary"


def test_the_language_sets_the_numbers(project, results) -> None:
    document = compose(project, results, TODAY, language="fr")
    (kids,) = [s for s in document.sections if s.title == "Kids"]
    table = next(b for b in kids.blocks if hasattr(b, "rows"))
    # 10,000 children x 120 = 1,200,000 a year; 0.12 % of GDP
    assert table.rows[0] == ("2025", "10\u202f000", "120", "1\u202f200\u202f000", "0,12", "0,60")
