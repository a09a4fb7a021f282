"""Draw the app icon (a floor of four steps, one per SPF guarantee) as PNG and ICO.

Re-runnable: ``python packaging/make_icon.py``. The ICO holds PNG images (the
format Windows has read since Vista), so no imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")  # the charts' palette


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1b2a41"))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    margin, gap = size * 0.14, size * 0.03
    width = (size - 2 * margin - 3 * gap) / 4
    for i, colour in enumerate(COLOURS):
        height = size * (0.22 + 0.14 * i)
        painter.setBrush(QColor(colour))
        x = margin + i * (width + gap)
        painter.drawRect(QRectF(x, size - margin - height, width, height))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "abnd-studio.png"))
    write_ico(ICONS / "abnd-studio.ico", (16, 32, 48, 256))
    print(ICONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
