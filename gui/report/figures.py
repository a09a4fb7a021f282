"""Drawing the report's figures: each one a chart image at print size."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from engine.report.document import Figure
from gui.common.charts import TimeChart, series_from


def figure_image(figure: Figure) -> QImage:
    """The figure drawn offscreen by the same chart widget the results tab uses."""
    chart = TimeChart()
    chart.text_size = "16pt"
    chart.resize(1240, 680)
    envelope = None if figure.envelope is None else np.asarray(figure.envelope, dtype=float)
    chart.show_series(
        np.asarray(figure.years),
        series_from(figure.series),
        stacked=figure.stacked,
        unit=figure.unit,
        title=figure.title,
        envelope=envelope,
        envelope_label=figure.envelope_label or None,
    )
    chart.readout.hide()
    image: QImage = chart.plot.grab().toImage()
    chart.deleteLater()
    return image
