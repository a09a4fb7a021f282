"""Tab-separated blocks as Excel and LibreOffice put them on the clipboard.

Cells holding a tab, a newline or a quote are quoted, with quotes doubled; the
csv module's ``excel-tab`` dialect reads and writes exactly that.
"""

from __future__ import annotations

import csv
import io


def to_tsv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab", lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def from_tsv(text: str) -> list[list[str]]:
    """The block of cells; a trailing newline (spreadsheets add one) makes no extra row."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [row for row in csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")]
