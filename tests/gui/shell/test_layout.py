"""The window fits a small laptop (1024 x 640) in every tab, every Results view and every
language: no button, combo box or field outside the window, and a minimum width of at most
1,000 pixels. Workshop mode at a projector's 1280 x 720 (and 1024 x 768) clips no text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from engine.runtime.line_breaks import without_breaks

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def outside(window: QWidget) -> list[str]:
    """Visible controls not wholly inside the window. In a scroll area (a long form) a
    control may lie below the fold, but never beyond the area's width."""
    area = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.window() is not window:
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        scroll = scroll_area_of(widget)
        if scroll is not None:
            viewport = scroll.viewport()
            left = widget.mapTo(viewport, QPoint(0, 0)).x()
            inside = left >= 0 and left + widget.width() <= viewport.width()
        else:
            inside = area.contains(QRect(top_left, widget.size()))
        if not inside:
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


def views(window):
    """Every tab, then every Results view (the uncertainty runs waited for)."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield window.tabs.tabText(index)
    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    for index in range(results.view.count()):
        results.view.setCurrentIndex(index)
        window.document.tasks.wait()
        QApplication.processEvents()
        yield f"Results: {results.view.itemData(index)}"


@pytest.mark.parametrize("language", ["en", "lo", "fr"])
def test_every_tab_and_view_fits_a_small_laptop(window, language) -> None:
    window.set_language(language)
    QApplication.processEvents()
    window.resize(1024, 640)
    for name in views(window):
        QApplication.processEvents()
        assert window.width() == 1024, f"{name}: the window grew to {window.width()} px"
        assert window.minimumSizeHint().width() <= 1000, name
        assert outside(window) == [], name
    window.set_language("en")


def clipped(root: QWidget) -> list[str]:
    """Labels, check boxes and buttons whose text does not fit them."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            text = without_breaks(widget.text())
            if "<" in text:  # rich text lays itself out; check plain labels
                continue
            metrics = QFontMetrics(widget.font())
            width = widget.contentsRect().width()
            if widget.wordWrap():
                longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
                needed = widget.heightForWidth(width)
                if longest > width or needed > widget.contentsRect().height() + 1:
                    found.append(f"label {text!r}")
            elif metrics.horizontalAdvance(text) > width:
                found.append(f"label {text!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            metrics = QFontMetrics(widget.font())
            if metrics.horizontalAdvance(widget.text().replace("&", "")) > widget.width():
                found.append(f"button {widget.text()!r}")
    return found


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
@pytest.mark.parametrize("language", ["en", "lo"])
def test_workshop_mode_clips_no_text_on_a_projector(window, size, language) -> None:
    window.set_language(language)
    tab = window.results_tab
    tab.package.setCurrentIndex(tab.package.findData("high"))
    workshop = window.open_workshop()
    assert workshop is not None
    workshop.showNormal()  # offscreen screens are small: lay out at the projector's size
    workshop.resize(*size)
    QApplication.processEvents()
    QApplication.processEvents()
    try:
        assert clipped(workshop) == []
        assert outside(workshop) == []
    finally:
        workshop.discard()
        window.set_language("en")


def test_the_checks_find_clipped_text_and_controls_outside(qtbot) -> None:
    """The detectors above, on a window made to fail them."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    short = QLabel("30 % of the anchor, which is the poverty line")
    short.setFixedWidth(60)
    wrapped = QLabel("Universal social pension, 65 and over")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(200, 12)  # too low for its two lines
    layout.addWidget(short)
    layout.addWidget(wrapped)
    far = QPushButton("Save PNG...", root)
    root.resize(300, 200)
    root.show()
    far.move(280, 10)
    far.show()
    QApplication.processEvents()
    assert f"label {short.text()!r}" in clipped(root)
    assert f"label {wrapped.text()!r}" in clipped(root)
    assert outside(root) == ["QPushButton '' 'Save PNG...'"]
