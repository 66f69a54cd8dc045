"""The application icon renders at small and large sizes, and the freedesktop entry names it and the command."""

from __future__ import annotations

import configparser

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from viewer.model.paths import resource


def _render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def _opaque_share(image: QImage) -> float:
    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    return sum(1 for pixel in pixels if pixel.alpha() > 200) / len(pixels)


def _blue_share(image: QImage) -> float:
    pixels = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    opaque = [pixel for pixel in pixels if pixel.alpha() > 200]
    return sum(1 for p in opaque if p.blue() > p.red() + 40) / len(opaque)


def test_icon_renders_at_16_and_256_pixels(qapp) -> None:
    renderer = QSvgRenderer(str(resource("icons/report-viewer.svg")))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 64, 64)
    for size in (16, 256):
        image = _render(renderer, size)
        # A page filling most of the square, mostly blue ink, with transparent corners.
        assert 0.5 < _opaque_share(image) < 0.95, size
        assert _blue_share(image) > 0.4, size
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size - 1, size - 1).alpha() == 0


def test_desktop_entry_launches_the_console_script_with_the_icon() -> None:
    parser = configparser.RawConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read_string(resource("report-viewer.desktop").read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "report-viewer %f"
    assert entry["Icon"] == "report-viewer" and resource(f"icons/{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"
    assert entry["Name"] and entry["Name[zh_CN]"] == "产业报告查看器"
    assert "application/x-yaml" in entry["MimeType"].split(";")
    assert entry["Categories"].split(";")[:2] == ["Office", "Viewer"]
