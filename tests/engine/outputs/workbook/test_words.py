"""The workbook in Lao and French: its headings, labels and notes are the catalogue's
translations, its formulas, numbers and sheet names the English workbook's, and
LibreOffice still recalculates it to the engine's costs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, get_args

import pytest
from openpyxl import load_workbook

from engine.analysis.uncertainty import ASSUMPTIONS as ASSUMPTION_KEYS
from engine.domain import i18n, model
from engine.method.compute import Results
from engine.outputs.workbook import words as tables
from engine.outputs.workbook.book import LAO_FONT, MATRIX_COLUMNS, write_workbook
from engine.outputs.workbook.cells import RATES as RATE_KEYS
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.outputs.test_workbook import check_against_engine
from tests.engine.outputs.workbook.recalc import recalculated
from tests.engine.outputs.workbook.test_financing import check as check_financing
from tests.engine.outputs.workbook.test_financing import fin_rows

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"


def catalogue(language: str) -> dict[str, str]:
    """The "Workbook" context of resources/i18n/abnd_<language>.ts: source -> translation
    (English: none)."""
    if language == "en":
        return {}
    root = ET.parse(REPO / "resources" / "i18n" / f"abnd_{language}.ts").getroot()
    return {
        message.findtext("source", ""): message.findtext("translation", "")
        for context in root.iter("context")
        if context.findtext("name") == "Workbook"
        for message in context.iter("message")
    }


@contextmanager
def translated(language: str) -> Iterator[dict[str, str]]:
    """The engine's "Workbook" words from the .ts catalogue, as the window and the command
    line install them from the .qm built from it."""
    words = catalogue(language)

    def translate(context: str, text: str, *_: Any) -> str:
        return (words.get(text) if context == "Workbook" else None) or text

    i18n.set_translator(translate)
    try:
        yield words
    finally:
        i18n.set_translator(None)


def cells(path: Path) -> dict[tuple[str, str], Any]:
    """Every cell with a value, by sheet and coordinate: (data type, value)."""
    book = load_workbook(path)
    return {
        (sheet.title, cell.coordinate): (cell.data_type, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, tuple[Path, Results, dict[str, str]]]:
    """The Lao sample's workbook in English, French and Lao."""
    folder = tmp_path_factory.mktemp("languages")
    project = read_project(SAMPLE)
    written = {}
    for language in ("en", "fr", "lo"):
        with translated(language) as words:
            path = folder / f"sample-{language}.xlsx"
            written[language] = (path, write_workbook(project, path, language), words)
    return written


def test_every_key_the_workbook_shows_has_its_words() -> None:
    assert set(tables.KINDS) == set(model.KINDS)
    assert set(tables.STATUSES) == set(model.STATUSES)
    assert set(tables.MATRIX_STATUSES) == set(model.MATRIX_STATUSES)
    assert set(tables.FINANCING_KINDS) == set(model.FINANCING_KINDS)
    assert set(tables.GUARANTEES) == set(model.GUARANTEES)
    assert set(tables.ASSUMPTIONS) == set(ASSUMPTION_KEYS)
    assert set(tables.MATRIX_HEADINGS) == set(MATRIX_COLUMNS)
    assert set(tables.ANCHORS) == set(get_args(model.Anchor))
    assert set(tables.INDEXATIONS) == set(get_args(model.Indexation))
    assert set(tables.RATES) == set(RATE_KEYS)
    assert tables.word(tables.ANCHORS, "poverty_line") == "poverty line"
    assert tables.word(tables.ANCHORS, "a_new_anchor") == "a_new_anchor"  # as it is


@pytest.mark.parametrize("language", ["fr", "lo"])
def test_headings_labels_and_notes_are_the_catalogues(books, language) -> None:
    path, _, words = books[language]
    book = load_workbook(path)
    assert book.sheetnames == load_workbook(books["en"][0]).sheetnames  # formulas name them
    child = book["BS_child-benefit"]
    expected = {
        (book["POP"], "A1"): words["sex"],
        (book["POP"], "B1"): words["age"],
        (book["POP"], "A2"): words["female"],
        (book["ECO"], "A6"): words["nominal GDP"],
        (book["GGO"], "B1"): words["unit"],
        (child, "A1"): words["item"],
        (child, "B1"): words["parameter"],
        (book["SUM"], "B1"): words["measure"],
        (book["MATRIX"], "B1"): words["existing provision"],
        (book["ABOUT"], "A1"): words["Made by"],
        (book["UNCERTAINTY"], "A1"): words[
            "Sensitivity and uncertainty, % of GDP (values from ABND Studio)"
        ],
    }
    for (sheet, where), text in expected.items():
        assert sheet[where].value == text, (sheet.title, where)
        assert text and text != load_workbook(books["en"][0])[sheet.title][where].value
    labels = [c.value for c in child["A"]]
    assert words["total cost C = BC + AC"] in labels
    title = words["{name} ({kind}, {status})"].format(
        name="Universal child benefit, ages 0-5",
        kind=words["cash benefit by age"],
        status=words["proposed"],
    )
    assert child["A2"].value == title
    project = read_project(SAMPLE)
    typed = {  # ids and names the user gave (the packages "low" and "high", say)
        text
        for items in (project.scenarios, project.packages, project.financing_sources)
        for item in items
        for text in (item.id, item.name)
    }
    english = {text for text, translation in words.items() if translation != text} - typed
    left = {v for (_, _), (kind, v) in cells(path).items() if kind == "s" and v in english}
    assert not left  # no English heading, label or note left


@pytest.mark.parametrize("language", ["fr", "lo"])
def test_formulas_numbers_and_keys_are_the_english_workbooks(books, language) -> None:
    english, other = cells(books["en"][0]), cells(books[language][0])
    assert english.keys() == other.keys()  # the same cells filled
    formulas = {k: v for k, (kind, v) in english.items() if kind == "f"}
    assert len(formulas) > 1000
    assert formulas == {k: v for k, (kind, v) in other.items() if kind == "f"}
    numbers = {k: v for k, (kind, v) in english.items() if kind == "n"}
    assert numbers == {k: v for k, (kind, v) in other.items() if kind == "n"}
    for sheet in ("SUM", "FIN"):  # ids and measures a program reads back
        keys = {k: v for k, v in english.items() if k[0] == sheet and k[1][0] in "AB"}
        kept = [k for k in keys if k[1] not in ("A1", "B1") and other[k] == keys[k]]
        assert len(kept) > 10


def test_a_lao_workbook_writes_its_text_in_a_lao_font(books) -> None:
    book = load_workbook(books["lo"][0])
    texts = [c for s in book.worksheets for row in s.iter_rows() for c in row if c.data_type == "s"]
    assert texts and all(c.font.name == LAO_FONT for c in texts if c.value)
    assert book["UNCERTAINTY"]["A1"].font.bold  # headings stay bold
    numbers = [c for row in book["POP"].iter_rows(min_row=2) for c in row if c.data_type == "n"]
    assert numbers and all(c.font.name != LAO_FONT for c in numbers)
    french = load_workbook(books["fr"][0])
    assert french["POP"]["A1"].font.name != LAO_FONT


def test_libreoffice_recalculates_the_lao_workbook_to_the_engine(books, tmp_path) -> None:
    path, results, _ = books["lo"]
    (computed,) = recalculated([path], tmp_path / "lo")
    assert check_against_engine(computed, results) == 3 * (
        len(results.scenarios) + len(results.packages)
    )
    assert check_financing(fin_rows(computed), results, 0) >= 2 * len(results.financing)


def test_export_workbook_in_the_language_asked_on_the_command_line(books, tmp_path) -> None:
    """``export-workbook --lang fr`` (and ABND_LANG=lo): the real command, the .qm catalogue."""
    from tests.cli_run import run_cli

    french, lao = tmp_path / "fr.xlsx", tmp_path / "lo.xlsx"
    done = run_cli("export-workbook", str(SAMPLE), str(french), "--lang", "fr")
    assert done.code == 0, done.err
    assert run_cli("export-workbook", str(SAMPLE), str(lao), env={"ABND_LANG": "lo"}).code == 0
    for path, language in ((french, "fr"), (lao, "lo")):
        words = catalogue(language)
        book = load_workbook(path)
        assert book["POP"]["A1"].value == words["sex"]
        assert book["BS_child-benefit"]["B1"].value == words["parameter"]
        assert book["SUM"]["B1"].value == words["measure"]
        assert (
            book["FIN"]["A2"].value
            == words[
                "Financing sources and the packages they finance (% of GDP and nominal LCU); "
                "with fiscal years, each figure is in the column of the year its fiscal year ends"
            ]
        )
        got, expected = cells(path), cells(books[language][0])
        assert {k: v for k, v in got.items() if k[0] != "ABOUT"} == {
            k: v
            for k, v in expected.items()
            if k[0] != "ABOUT"  # ABOUT: today's date
        }
    assert words["sex"] == "ເພດ" and load_workbook(lao)["POP"]["A1"].font.name == LAO_FONT
