"""Rendering chart scenes to PNG, SVG and PDF bytes, and onto any QPainter.

Every format draws the same scene, built at the request's pixel size with fonts and lines scaled by
``dpi / 96`` (see ``viewer.charts.style``): PNG through a ``QImage`` that records its DPI, SVG through
``QSvgGenerator`` with text as glyph outlines, PDF through ``QPdfWriter`` (vector, the bundled font
embedded as a subset, text selectable). pyqtgraph's own exporters are not used: its SVG exporter fails on
current Qt (pyqtgraph #3495) and it has no PDF exporter.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from viewer.charts.canvas import ChartScene
from viewer.charts.data_csv import csv_bytes
from viewer.charts.png import encode_png
from viewer.charts.scene import build_chart
from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec
from viewer.charts.style import PRINT, ChartStyle, Theme

FORMATS: tuple[str, ...] = ("png", "svg", "pdf", "csv")


def chart_scene(spec: ChartSpec, size: RenderSize, theme: Theme = PRINT, text_as_paths: bool = False) -> ChartScene:
    """The scene of ``spec`` laid out for ``size``."""
    return build_chart(spec, size.width_px, size.height_px, ChartStyle.for_dpi(size.dpi, theme, text_as_paths))


def paint_scene(chart: ChartScene, painter: QPainter, target: QRectF | None = None) -> None:
    """Draw ``chart`` into ``target`` (default: its own rectangle) of an active painter."""
    source = QRectF(0, 0, chart.width, chart.height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    chart.scene.render(painter, target or source, source)


def render_image(spec: ChartSpec, size: RenderSize, theme: Theme = PRINT) -> QImage:
    """The chart as an RGB image of exactly ``size`` pixels that records ``size.dpi``."""
    chart = chart_scene(spec, size, theme)
    image = QImage(size.width_px, size.height_px, QImage.Format.Format_RGB32)
    image.fill(QColor(theme.background))
    dots_per_metre = round(size.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        paint_scene(chart, painter)
    finally:
        painter.end()
    return image


def image_png_bytes(image: QImage) -> bytes:
    """Encode an image as PNG (its DPI is written to the pHYs chunk)."""
    return encode_png(image)


def png_bytes(spec: ChartSpec, size: RenderSize, theme: Theme = PRINT) -> bytes:
    """The chart as a PNG file's bytes."""
    return image_png_bytes(render_image(spec, size, theme))


def svg_bytes(spec: ChartSpec, size: RenderSize, theme: Theme = PRINT) -> bytes:
    """The chart as an SVG file's bytes; text is drawn as outlines, so no font is needed to show it."""
    chart = chart_scene(spec, size, theme, text_as_paths=True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size.width_px, size.height_px))
    generator.setViewBox(QRect(0, 0, size.width_px, size.height_px))
    generator.setResolution(round(size.dpi))
    generator.setTitle(spec.title)
    generator.setDescription(spec.caption)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, size.width_px, size.height_px), QColor(theme.background))
        paint_scene(chart, painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def pdf_writer(device: QIODevice, size: RenderSize, title: str) -> QPdfWriter:
    """A one-page-size PDF writer of the physical size of ``size``, no margins, at its DPI."""
    writer = QPdfWriter(device)
    writer.setResolution(round(size.dpi))
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width_mm, size.height_mm), QPageSize.Unit.Millimeter,
                                               "", QPageSize.SizeMatchPolicy.ExactMatch),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("Industry Report Viewer")
    return writer


def pdf_bytes(spec: ChartSpec, size: RenderSize, theme: Theme = PRINT) -> bytes:
    """The chart as a one-page vector PDF of its physical size, with the font embedded."""
    chart = chart_scene(spec, size, theme)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, size, spec.title)
    painter = QPainter(writer)
    try:
        target = QRectF(0, 0, writer.width(), writer.height())
        painter.fillRect(target, QColor(theme.background))
        paint_scene(chart, painter, target)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def render_bytes(spec: ChartSpec, size: RenderSize, fmt: str, theme: Theme = PRINT) -> bytes:
    """The chart in format ``fmt`` ('png', 'svg', 'pdf', or 'csv': its complete data, whatever the size)."""
    if fmt == "csv":
        return csv_bytes(spec)
    if fmt == "png":
        return png_bytes(spec, size, theme)
    if fmt == "svg":
        return svg_bytes(spec, size, theme)
    if fmt == "pdf":
        return pdf_bytes(spec, size, theme)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
