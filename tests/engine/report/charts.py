"""A chart drawer for the engine's writers in tests: a real PNG (one grey pixel), since the
engine never draws (the window's Qt painter does, tested in tests/gui/report)."""

from __future__ import annotations

import struct
import zlib

from engine.report.document import Figure, Tornado


def png_pixel() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1 x 1, 8-bit grey
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def draw(chart: Figure | Tornado) -> tuple[bytes, float, float]:
    return png_pixel(), 160.0, 80.0
