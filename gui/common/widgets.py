"""Small widgets every tab uses, shaped to fit a 1,024-pixel screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def compact_combo(characters: int = 12) -> QComboBox:
    """A combo box as wide as ``characters`` letters, whatever its items (a long package
    name must not widen the window; the list opens as wide as its items)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
