"""What the DOCX and ODT writers share about the page: paper sizes, column widths from the
content (estimated from the characters, since these formats are laid out by the word
processor), and runs of Lao script (set in the Lao font)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from engine.report.document import Table
from engine.runtime.line_breaks import breakable

PAPER_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
LAO_RUN = re.compile("([\u0e80-\u0eff][\u0e80-\u0eff\u200b]*)")
BREAKS = re.compile("[ \u200b\n]+")  # where a line may break: spaces and Lao word boundaries
CELL_PT = 8.5
HEADER_CHUNK_MM = 22.0  # a header's run without spaces up to this width is never cut
PADDING_MM = 3.0  # a cell's padding on both sides (1 mm each) and its borders, with room


def lao_runs(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (is Lao, part) runs, in order."""
    parts = LAO_RUN.split(text)
    return [(i % 2 == 1, part) for i, part in enumerate(parts) if part]


def text_width_mm(text: str, points: float = CELL_PT, bold: bool = False) -> float:
    """An estimate of ``text``'s width in DejaVu Sans (wide, as sans-serifs go): digits and
    capitals 0.69 em, small letters 0.6 em, spaces and punctuation 0.34 em; Lao
    combining marks take no room."""
    em = points * 25.4 / 72
    width = 0.0
    for char in text:
        category = unicodedata.category(char)
        if category in ("Mn", "Cf"):
            continue
        if char.isdigit() or char.isupper():
            width += 0.69
        elif char.isalpha():
            width += 0.6
        else:
            width += 0.34
    return width * em * (1.08 if bold else 1.0)


@dataclass(frozen=True)
class TableWidths:
    """Column widths in millimetres within ``available``: as an automatic table layout
    gives them, never narrower than a column's longest word or its whole numbers."""

    available: float

    def of(self, table: Table) -> list[float]:
        columns = len(table.header)
        low, high = [0.0] * columns, [0.0] * columns
        for j, numeric in enumerate(table.numeric):
            for row in table.rows:
                narrow, wide = cell_widths(row[j], False, numeric)
                low[j], high[j] = max(low[j], narrow), max(high[j], wide)
            word, whole = cell_widths(table.header[j], True, False)
            # a short header wraps only at spaces (ICU may cut a Lao word it does not know)
            chunk = max((text_width_mm(w, bold=True) for w in table.header[j].split()), default=0)
            low[j] = max(low[j], word, min(chunk, HEADER_CHUNK_MM))
            high[j] = max(high[j], word, whole if not table.rows else 0.0)
        low = [w + PADDING_MM for w in low]
        high = [w + PADDING_MM for w in high]
        room = self.available
        if sum(high) <= room:
            if not table.full_width:
                return high
            spare = room - sum(high)
            text = [j for j in range(columns) if not table.numeric[j]] or list(range(columns))
            share = sum(high[j] for j in text)
            return [w + (spare * w / share if j in text else 0.0) for j, w in enumerate(high)]
        if sum(low) >= room:
            return low
        stretch = sum(h - w for h, w in zip(high, low, strict=True))
        return [w + (h - w) * (room - sum(low)) / stretch for h, w in zip(high, low, strict=True)]


def cell_widths(text: str, bold: bool, whole: bool) -> tuple[float, float]:
    lines = breakable(text).split("\n")
    widest = max(text_width_mm(line, bold=bold) for line in lines)
    if whole:
        return widest, widest
    words = [w for line in lines for w in BREAKS.split(line) if w]
    return max((text_width_mm(w, bold=bold) for w in words), default=0.0), widest
