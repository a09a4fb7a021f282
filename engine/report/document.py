"""The report's document model: what a renderer needs, nothing about how it looks.

Text is final (translated, numbers formatted); figures carry their data so a
renderer draws them at the size and resolution of its page.
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
    """Rows of text cells under a header; ``numeric`` columns align right."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]
    full_width: bool = False


@dataclass(frozen=True)
class FigureSeries:
    key: str
    label: str
    colour_index: int  # a scenario keeps its colour in every chart
    values: tuple[float, ...]


@dataclass(frozen=True)
class Figure:
    """A chart over the projection years: stacked areas (a package) or lines."""

    title: str
    unit: str
    years: tuple[int, ...]
    series: tuple[FigureSeries, ...]
    stacked: bool
    envelope: tuple[float, ...] | None = None
    envelope_label: str = ""


@dataclass(frozen=True)
class Markdown:
    """A passage kept as Markdown (the method annex)."""

    text: str


Block = Paragraph | BulletList | Table | Figure | Markdown


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...] = ()
    level: int = 1  # 1: a chapter, 2: a section within it


@dataclass(frozen=True)
class ReportDocument:
    title: str
    title_lines: tuple[str, ...]
    sections: tuple[Section, ...]
