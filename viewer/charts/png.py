"""A fast PNG encoder for chart images: Up filter + zlib level 1, with the DPI in a pHYs chunk.

Qt's PNG writer spent 90-150 ms on a 1600x1000 chart here (adaptive filtering of every row, whatever the
quality setting); charts are mostly flat colour, for which the Up filter and the fastest zlib level give
files about as small in a tenth of the time.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
from PySide6.QtGui import QImage

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZLIB_LEVEL = 1


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(image: QImage, dpi: float | None = None) -> bytes:
    """PNG bytes of ``image`` as 8-bit RGB (alpha dropped), recording ``dpi`` (default: the image's own)."""
    if image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)[:, : width * 3]
    rows = np.empty((height, width * 3 + 1), np.uint8)
    rows[:, 0] = 2  # filter type Up: each row minus the one above; flat areas become zeros
    rows[0, 1:] = pixels[0]
    np.subtract(pixels[1:], pixels[:-1], out=rows[1:, 1:])
    dots_per_metre = round(dpi / 0.0254) if dpi else image.dotsPerMeterX()
    return b"".join((
        _SIGNATURE,
        _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
        _chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)),
        _chunk(b"IDAT", zlib.compress(rows.tobytes(), ZLIB_LEVEL)),
        _chunk(b"IEND", b""),
    ))
