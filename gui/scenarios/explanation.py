"""The explain panel: every term of a scenario's cost in one year, with its value, as a table.

A new document (``setHtml``) lays the whole table out again, and while the document is
empty for a moment the scroll bar goes and comes back, so the panel is laid out twice:
about 3 ms an edit on the sample, the largest part of a field edit. An edit of a field
changes some values and rarely the terms, so while the formula and every term's symbol,
unit and label are those shown, only the value cells that differ are rewritten in place
(and the reader keeps the place they scrolled to).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextTable
from PySide6.QtWidgets import QTextBrowser, QWidget

from engine.method.explain import Explanation, Term
from gui.common.numbers import Quantity, explain_number, format_number


def shown_value(term: Term) -> str:
    """A term's value as people read it: shares in percent (95 %), other numbers grouped."""
    if term.share:
        return format_number(term.value, None, Quantity.SHARE)
    return explain_number(term.value)


@dataclass(frozen=True)
class Shown:
    """An explanation as people read it: the formula's lines, and each term's symbol, value
    (formatted), unit and label."""

    formula: tuple[str, ...]
    rows: tuple[tuple[str, str, str, str], ...]

    @classmethod
    def of(cls, explanation: Explanation) -> Shown:
        return cls(
            explanation.formula,
            tuple(
                (t.symbol, shown_value(t), "" if t.share else t.unit, t.label)
                for t in explanation.terms
            ),
        )

    def html(self) -> str:
        rows = "".join(
            f"<tr><td><b>{html.escape(symbol)}</b></td><td align='right'>"
            f"{html.escape(value)}</td><td>{html.escape(unit)}</td>"
            f"<td>{html.escape(label)}</td></tr>"
            for symbol, value, unit, label in self.rows
        )
        formula = "<br>".join(html.escape(line) for line in self.formula)
        return f"<p>{formula}</p><table cellspacing='6'>{rows}</table>"

    def same_terms(self, other: Shown) -> bool:
        """The same formula and terms, whatever their values."""
        return self.formula == other.formula and _terms(self.rows) == _terms(other.rows)


def _terms(rows: tuple[tuple[str, str, str, str], ...]) -> list[tuple[str, str, str]]:
    return [(symbol, unit, label) for symbol, _, unit, label in rows]


class ExplanationView(QTextBrowser):
    """The terms of one explanation; a new one with the same terms rewrites only the values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanation")
        self.document().setUndoRedoEnabled(False)  # values rewritten in place pile up no undo
        self._shown: Shown | None = None

    def show_explanation(self, shown: Shown) -> None:
        before, table = self._shown, self._table()
        if before is not None and table is not None and before.same_terms(shown):
            self._rewrite_values(table, before, shown)
        else:
            self.setHtml(shown.html())
        self._shown = shown

    def show_text(self, text: str) -> None:
        """A sentence instead of terms (why there is no explanation), or nothing."""
        self._shown = None
        if text:
            self.setHtml(html.escape(text))
        else:
            self.clear()

    def _table(self) -> QTextTable | None:
        frames = self.document().rootFrame().childFrames()
        return frames[0] if len(frames) == 1 and isinstance(frames[0], QTextTable) else None

    def _rewrite_values(self, table: QTextTable, before: Shown, shown: Shown) -> None:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # laid out once, after the last value
        for row, (old, new) in enumerate(zip(before.rows, shown.rows, strict=True)):
            if old[1] != new[1]:
                cell = table.cellAt(row, 1)
                cursor.setPosition(cell.firstCursorPosition().position())
                cursor.setPosition(
                    cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText(new[1])
        cursor.endEditBlock()
