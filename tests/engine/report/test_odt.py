"""The report as OpenDocument text, read back as XML: headings with outline levels, a table
of contents whose page numbers are references to the headings, tables with header rows,
captions numbered by sequences, pictures, the page layout, a header with the chapter and a
footer with the page numbers; Noto Sans Lao as the complex-script font, embedded."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from xml.etree import ElementTree

import pytest

from engine.method.compute import compute
from engine.report.compose import compose
from engine.report.odt import MIMETYPE, odt_bytes
from engine.report.options import ReportOptions
from engine.store.files import read_project
from tests.conftest import REPO
from tests.engine.report.charts import draw

SAMPLE = REPO / "resources" / "examples" / "lao-pdr-sample.json"
NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


@pytest.fixture(scope="module")
def odt():
    project = read_project(SAMPLE)
    report = compose(project, compute(project), options=ReportOptions(today=date(2026, 3, 14)))
    archive = zipfile.ZipFile(io.BytesIO(odt_bytes(report, "a4", draw)))
    content = ElementTree.fromstring(archive.read("content.xml"))
    styles = ElementTree.fromstring(archive.read("styles.xml"))
    return report, archive, content, styles


def plain(element: ElementTree.Element) -> str:
    return "".join(element.itertext()).replace("\u200b", "")


def test_the_package_starts_with_its_mimetype_stored(odt) -> None:
    _, archive, _, _ = odt
    first = archive.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype").decode() == MIMETYPE
    manifest = ElementTree.fromstring(archive.read("META-INF/manifest.xml"))
    paths = {e.get(f"{{{NS['manifest']}}}full-path") for e in manifest}
    assert {"content.xml", "styles.xml", "Fonts/NotoSansLao-Regular.ttf"} <= paths
    assert all(name in archive.namelist() for name in paths - {"/"})


def test_headings_contents_tables_and_figures(odt) -> None:
    report, _, content, _ = odt
    headings = content.findall(".//text:h", NS)
    assert [(int(h.get(f"{{{NS['text']}}}outline-level")), plain(h)) for h in headings] == [
        (min(3, s.level), s.heading) for s in report.sections
    ]
    toc = content.find(".//text:table-of-content", NS)
    assert toc is not None
    refs = toc.findall(".//text:bookmark-ref", NS)
    assert len(refs) == sum(1 for s in report.sections if s.level <= 2)
    assert refs[0].get(f"{{{NS['text']}}}reference-format") == "page"
    tables = content.findall(".//table:table", NS)
    assert all(t.find("table:table-header-rows", NS) is not None for t in tables)
    sequences = content.findall(".//text:sequence", NS)
    assert [s.text for s in sequences if s.get(f"{{{NS['text']}}}name") == "Table"][:2] == [
        "1",
        "2",
    ]
    frames = content.findall(".//draw:frame", NS)
    assert len(frames) == sum(1 for s in sequences if s.get(f"{{{NS['text']}}}name") == "Figure")


def test_page_layout_header_footer_and_fonts(odt) -> None:
    _, _, _, styles = odt
    layout = styles.find(
        ".//style:page-layout[@style:name='Page']/style:page-layout-properties", NS
    )
    assert layout.get(f"{{{NS['fo']}}}page-width") == "210.0mm"
    header = styles.find(".//style:master-page[@style:name='Standard']/style:header", NS)
    assert header.find(".//text:chapter", NS) is not None
    footer = styles.find(".//style:master-page[@style:name='Standard']/style:footer", NS)
    assert footer.find(".//text:page-number", NS) is not None
    assert footer.find(".//text:page-count", NS) is not None
    default = styles.find(".//style:default-style/style:text-properties", NS)
    assert default.get(f"{{{NS['style']}}}font-name-complex") == "Noto Sans Lao"
    assert default.get(f"{{{NS['style']}}}language-complex") == "lo"
    face = styles.find(".//style:font-face[@style:name='Noto Sans Lao']", NS)
    uris = face.findall(".//svg:font-face-uri", NS)
    assert [u.get("{http://www.w3.org/1999/xlink}href") for u in uris] == [
        "Fonts/NotoSansLao-Regular.ttf",
        "Fonts/NotoSansLao-Bold.ttf",
    ]
