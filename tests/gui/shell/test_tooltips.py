"""Every input says what it means: a tooltip with its unit and an example, in every tab,
every page and every scenario's form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QSlider, QCheckBox, QPlainTextEdit)


def silent_inputs(window) -> set[str]:
    found = set()
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisible() or widget.toolTip():
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue  # the line edit inside a combo box or spin box: its owner has the tip
        found.add(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_visible_input_has_a_tooltip(window) -> None:
    missing: dict[str, set[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        pages = [(None, 0)] + [
            (sub, j) for sub in tab.findChildren(QTabWidget) for j in range(sub.count())
        ]
        for sub, j in pages:
            if sub is not None:
                sub.setCurrentIndex(j)
            QApplication.processEvents()
            if found := silent_inputs(window):
                missing[window.tabs.tabText(index)] = found
    for scenario in window.document.project.scenarios:  # every kind's form
        window.tabs.setCurrentWidget(window.scenarios_tab)
        window.scenarios_tab.pages.setCurrentIndex(0)
        window.scenarios_tab.show_scenario(scenario.id)
        QApplication.processEvents()
        if found := silent_inputs(window):
            missing[scenario.kind] = found
    assert missing == {}
