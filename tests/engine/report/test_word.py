"""The report as a Word document, read back with python-docx: Word's own heading styles, a
table of contents field, captions numbered by SEQ fields, tables with a repeated header row,
pictures, page numbers, the page size; Lao runs in the Lao font as complex script, and the
Lao font embedded as Office obfuscates it."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm

from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.options import ReportOptions
from engine.report.word import docx_bytes, obfuscate
from engine.runtime.resources import resource_path
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.report.charts import draw

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
LAO = "ກອງທຶນປະກັນສັງຄົມ"


@pytest.fixture(scope="module")
def word():
    project = read_project(SAMPLE)
    project = type(project)(**{**project.__dict__, "name": f"{project.name} {LAO}"})
    report = compose(project, compute(project), options=ReportOptions(today=date(2026, 3, 14)))
    data = docx_bytes(report, "letter", draw, {0: 3})
    return report, docx.Document(io.BytesIO(data))


def test_headings_are_words_heading_styles(word) -> None:
    report, document = word
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [(f"Heading {min(3, s.level)}", s.heading) for s in report.sections]
    assert document.styles["Heading 1"].paragraph_format.page_break_before


def test_contents_captions_and_tables(word) -> None:
    _, document = word
    body = document.element.body.xml
    assert 'TOC \\o "1-2" \\h \\z \\u' in body
    assert "PAGEREF _Toc00000 \\h" in body
    toc = [p for p in document.paragraphs if p.style.name == "TOC 1"]
    assert toc[0].text.startswith("Executive summary") and toc[0].text.endswith("3")
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Table 1. Key figures: the packages in 2026, 2030 and 2040"
    assert any(c.startswith("Figure 1. ") for c in captions)
    assert body.count("SEQ Table") == sum(1 for c in captions if c.startswith("Table"))
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "Package"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(document.inline_shapes) == sum(1 for c in captions if c.startswith("Figure"))


def test_page_size_header_and_page_numbers(word) -> None:
    _, document = word
    section = document.sections[0]
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1)  # Letter
    assert section.different_first_page_header_footer  # a bare cover
    assert section.header.paragraphs[0].text.startswith("Lao PDR: Lao PDR social protection")
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "Page " in section.footer.paragraphs[0].text


def test_lao_is_set_in_the_lao_font_as_complex_script(word) -> None:
    _, document = word
    runs = [r for p in document.paragraphs for r in p.runs if "ກອງ" in r.text]
    assert runs, "the Lao title is in the document"
    fonts = runs[0]._r.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")} == {
        "Noto Sans Lao"
    }
    assert runs[0]._r.rPr.find(qn("w:cs")) is not None
    assert "\u200b" in runs[0].text  # a break opportunity between Lao words
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:cs")) == "Noto Sans Lao"


def test_the_lao_font_is_embedded_obfuscated(word) -> None:
    _, document = word
    font_table = document.part.part_related_by(RT.FONT_TABLE)
    assert b"embedRegular" in font_table.blob and b"Noto Sans Lao" in font_table.blob
    fonts = [rel.target_part for rel in font_table.rels.values() if rel.reltype == RT.FONT]
    assert len(fonts) == 2
    original = resource_path("fonts", "NotoSansLao-Regular.ttf").read_bytes()
    key = font_table.blob.split(b'w:fontKey="')[1].split(b'"')[0].decode()
    regular = next(f for f in fonts if len(f.blob) == len(original))
    assert obfuscate(regular.blob, key) == original  # XOR twice gives the font back
    assert regular.blob[:32] != original[:32]
    assert document.settings.element.find(qn("w:embedTrueTypeFonts")) is not None
