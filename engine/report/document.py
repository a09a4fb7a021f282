"""The report's document model: what a renderer needs, nothing about how it looks.

Text is final (translated, numbers formatted); figures carry their data so a
renderer draws them at the size and resolution of its page. Every renderer (PDF,
DOCX, ODT) handles every block type below; a chapter module (``engine.report.*``)
produces sections of these blocks and nothing else.

Block types:

- :class:`Paragraph`: one paragraph, plain, italic or bold.
- :class:`BulletList`: items, one line of text each (wrapped by the renderer).
- :class:`Table`: a header row and text cells; numeric columns align right and never
  wrap; a caption ("Table 3. ...") numbered by the renderer.
- :class:`Figure`: a chart over the projection years (stacked areas or lines).
- :class:`Tornado`: horizontal bars, an output's low and high value per assumption.
- :class:`Markdown`: a passage kept as Markdown (kept for chapters that hold one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: Literal["", "italic", "bold"] = ""


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Rows of text cells under a header; ``numeric`` columns align right and never wrap.

    ``caption``: the table's title, numbered by the renderer ("Table 3. caption");
    units belong in the header cells. ``full_width``: spread over the text width (text
    columns share what is left after the numbers); otherwise as wide as its content.
    ``emphasis_rows``: rows set in bold (a total).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]
    full_width: bool = False
    caption: str = ""
    emphasis_rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class FigureSeries:
    key: str
    label: str
    colour_index: int  # a scenario keeps its colour (and hatching) in every chart
    values: tuple[float, ...]


@dataclass(frozen=True)
class Figure:
    """A chart over the projection years: stacked areas (a package) or lines.

    ``caption``: the figure's title under it, numbered by the renderer. ``title``
    names the chart for a renderer that draws one inside the image (the window).
    """

    title: str
    unit: str
    years: tuple[int, ...]
    series: tuple[FigureSeries, ...]
    stacked: bool
    envelope: tuple[float, ...] | None = None
    envelope_label: str = ""
    caption: str = ""


@dataclass(frozen=True)
class TornadoBar:
    label: str
    low: float
    high: float


@dataclass(frozen=True)
class Tornado:
    """One output's value when each assumption alone is at its low and high value."""

    unit: str
    central: float
    bars: tuple[TornadoBar, ...]
    low_label: str
    high_label: str
    central_label: str
    caption: str = ""


@dataclass(frozen=True)
class Markdown:
    """A passage kept as Markdown."""

    text: str


Block = Paragraph | BulletList | Table | Figure | Tornado | Markdown


@dataclass(frozen=True)
class Section:
    """A heading and its blocks. ``level`` 1 is a chapter (a new page in print), 2 a
    section, 3 a subsection. ``number`` ("2", "2.1", "A") is given by the composer."""

    title: str
    blocks: tuple[Block, ...] = ()
    level: int = 1
    number: str = ""

    @property
    def heading(self) -> str:
        """ "2. Title" for a chapter, "2.1 Title" for a section, the title alone unnumbered."""
        if not self.number:
            return self.title
        return (
            f"{self.number} {self.title}" if "." in self.number else f"{self.number}. {self.title}"
        )


@dataclass(frozen=True)
class TitlePage:
    """What the cover says, each line final text."""

    country: str
    title: str
    subtitle: str
    status: str
    version: str
    date: str
    prepared: str


@dataclass(frozen=True)
class Labels:
    """Words the renderers write around the content, in the report's language."""

    contents: str
    page: str  # "Page {page} of {pages}"
    table: str  # "Table {number}."
    figure: str  # "Figure {number}."
    running_title: str


@dataclass(frozen=True)
class ReportDocument:
    title: str
    title_lines: tuple[str, ...]
    sections: tuple[Section, ...]
    cover: TitlePage | None = None
    labels: Labels | None = None
    language: str = "en"
    contents: bool = True  # a table of contents after the cover
