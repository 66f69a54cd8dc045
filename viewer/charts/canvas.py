"""The drawing surface of a chart: a pyqtgraph scene with the chart's fonts, colours and hit areas.

``Canvas`` holds what every panel drawing needs (the scene, style, theme, metrics and gap) and the drawing
helpers (``text``, ``axis``, ``plot``, ``map``, ``add_rect``, ``marker``, …). ``viewer.charts.panels`` draws each
kind of panel on it; ``viewer.charts.scene`` lays the whole chart out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsGridLayout,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.charts.style import ChartStyle
from viewer.charts.text import ChartAxis, TextBlock

Z_GRID, Z_MARK, Z_TEXT = 1, 2, 3  # grid lines under bars and markers, text above both
_LEFT, _CENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter


@dataclass
class HitArea:
    """Where a mark (bar, marker or ladder label) is drawn, in scene coordinates."""

    rect: QRectF
    mark: Mark


@dataclass
class ChartScene:
    """A laid-out chart: the scene, its size and the marks' hit areas."""

    spec: ChartSpec
    scene: QGraphicsScene
    width: float
    height: float
    style: ChartStyle
    hits: list[HitArea] = field(default_factory=list)
    plots: list[PlotArea] = field(default_factory=list)

    def mark_at(self, pos: QPointF) -> Mark | None:
        """The mark drawn at scene position ``pos`` (the smallest hit area containing it), or None."""
        found = [h for h in self.hits if h.rect.contains(pos)]
        if not found:
            return None
        return min(found, key=lambda h: h.rect.width() * h.rect.height()).mark

    def hit_rect(self, mark: Mark) -> QRectF | None:
        """The scene rectangle of ``mark``'s bar or marker."""
        return next((h.rect for h in self.hits if h.mark is mark), None)


class PlotArea(pg.GraphicsWidget):
    """A ViewBox with a left and an optional bottom axis: what a PlotItem lays out, without its menus and
    control widgets (building those took most of a chart's time)."""

    def __init__(self, left: ChartAxis, bottom: ChartAxis | None) -> None:
        super().__init__()
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        self.vb = pg.ViewBox(enableMouse=False, enableMenu=False, defaultPadding=0)
        self.vb.disableAutoRange()
        grid.addItem(left, 0, 0)
        grid.addItem(self.vb, 0, 1)
        left.linkToView(self.vb)
        self.axes = {"left": left}
        if bottom is not None:
            grid.addItem(bottom, 1, 1)
            bottom.linkToView(self.vb)
            self.axes["bottom"] = bottom
        self.setLayout(grid)

    def getViewBox(self) -> pg.ViewBox:
        return self.vb


class Canvas:
    """A chart's scene with its fonts, colours and drawing helpers; ``chart`` collects what is drawn."""

    def __init__(self, spec: ChartSpec, width: float, height: float, style: ChartStyle) -> None:
        self.spec, self.width, self.height, self.style = spec, width, height, style
        self.theme = style.theme
        self.m = style.metrics
        self.scene = QGraphicsScene(0, 0, width, height)
        self.scene.setBackgroundBrush(QBrush(self.theme.color("background")))
        self.chart = ChartScene(spec, self.scene, width, height, style)
        # One QFont and its metrics per (size, weight) for the whole chart: making a font looks the bundled
        # family up in Qt's font database, which cost more than the text item itself.
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self.label_font = self.font(self.m.label_px)
        self.value_font = self.font(self.m.value_px)
        self.gap = style.px(self.m.gap)

    # --- helpers ---------------------------------------------------------------------------------------

    def font(self, font_px: float, bold: bool = False) -> QFont:
        """The chart font at ``font_px`` logical pixels (shared within this chart; never changed by callers)."""
        return self._font_and_metrics(font_px, bold)[0]

    def _font_and_metrics(self, font_px: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
        key = (font_px, bold)
        cached = self._fonts.get(key)
        if cached is None:
            font = self.style.font(font_px, bold, self.spec.lang)
            cached = self._fonts[key] = (font, QFontMetricsF(font))
        return cached

    def text(self, text: str, font_px: float, color: str = "text", width: float | None = None,
             align: Qt.AlignmentFlag = _LEFT, bold: bool = False, max_lines: int | None = None) -> TextBlock:
        font, metrics = self._font_and_metrics(font_px, bold)
        block = TextBlock(text, font, self.theme.color(color), width, align, self.style.text_as_paths, max_lines,
                          metrics=metrics)
        block.setZValue(Z_TEXT)
        self.scene.addItem(block)
        return block

    def pen(self, color: str, width: float = 1.0) -> QPen:
        pen = QPen(self.theme.color(color), self.style.px(width))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def axis(self, orientation: str) -> ChartAxis:
        return ChartAxis(orientation, self.label_font, self.theme.color("axis"), self.style.px(self.m.line),
                         self.style.px(self.m.tick), self.style.px(self.m.tick), self.style.text_as_paths)

    def plot(self, left: ChartAxis, bottom: ChartAxis | None, rect: QRectF, x_range: tuple[float, float],
             y_range: tuple[float, float], invert_y: bool = False) -> PlotArea:
        plot = PlotArea(left, bottom)
        vb = plot.getViewBox()
        vb.invertY(invert_y)
        self.scene.addItem(plot)
        # Half a label of room above the plot so the top tick's label is not cut off.
        inset = QFontMetricsF(self.label_font).height() / 2
        plot.setGeometry(rect.adjusted(0, inset, 0, 0))
        plot.layout().activate()
        vb.setRange(xRange=x_range, yRange=y_range, padding=0)
        self.chart.plots.append(plot)
        return plot

    def map(self, plot: PlotArea, x: float, y: float) -> QPointF:
        return plot.getViewBox().mapViewToScene(QPointF(x, y))

    def data_rect(self, plot: PlotArea, x0: float, y0: float, x1: float, y1: float) -> QRectF:
        rect = QRectF(self.map(plot, x0, y0), self.map(plot, x1, y1)).normalized()
        # Snap to whole device pixels so bar edges are crisp and equal bars look equal.
        return QRectF(round(rect.left()), round(rect.top()), round(rect.right()) - round(rect.left()),
                      round(rect.bottom()) - round(rect.top()))

    def vb_rect(self, plot: PlotArea) -> QRectF:
        vb = plot.getViewBox()
        return vb.mapRectToScene(vb.boundingRect())

    def grid_lines(self, plot: PlotArea, values: list[float], horizontal: bool) -> None:
        area = self.vb_rect(plot)
        for v in values:
            p = self.map(plot, v, v)
            line = QGraphicsLineItem(area.left(), p.y(), area.right(), p.y()) if horizontal else \
                QGraphicsLineItem(p.x(), area.top(), p.x(), area.bottom())
            line.setPen(self.pen("grid", self.m.line))
            line.setZValue(Z_GRID)
            self.scene.addItem(line)

    def zero_line(self, plot: PlotArea, ticks: list[float], horizontal: bool) -> None:
        """The zero baseline, where bars start, when the axis also has negative values."""
        if ticks[0] >= 0:
            return
        area = self.vb_rect(plot)
        p = self.map(plot, 0, 0)
        line = QGraphicsLineItem(area.left(), p.y(), area.right(), p.y()) if horizontal else \
            QGraphicsLineItem(p.x(), area.top(), p.x(), area.bottom())
        line.setPen(self.pen("axis", self.m.line))
        line.setZValue(Z_MARK + 0.2)
        self.scene.addItem(line)

    def add_rect(self, rect: QRectF, color: str, mark: Mark) -> None:
        item = QGraphicsRectItem(rect)
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setBrush(QBrush(self.theme.color(color) if not color.startswith("#") else QColor(color)))
        item.setZValue(Z_MARK)
        self.scene.addItem(item)
        self.chart.hits.append(HitArea(rect, mark))

    def add_hit(self, rect: QRectF, mark: Mark) -> None:
        """Make ``rect`` (scene coordinates) show ``mark`` on hover and click."""
        self.chart.hits.append(HitArea(rect, mark))

    def marker(self, center: QPointF, color: str, mark: Mark | None) -> None:
        r = self.style.px(self.m.marker) / 2
        rect = QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r)
        item = QGraphicsEllipseItem(rect)
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setBrush(QBrush(QColor(color)))
        item.setZValue(Z_MARK + 0.5)
        self.scene.addItem(item)
        if mark is not None:
            self.chart.hits.append(HitArea(rect.adjusted(-r, -r, r, r), mark))

    def rotated_axis_title(self, text: str, left: float, top: float, bottom: float) -> float:
        """An axis title turned 90° left of a plot; returns the width it takes."""
        block = self.text(text, self.m.label_px, "muted", bottom - top, _CENTER, max_lines=2)
        block.setRotation(-90)
        block.setPos(left, bottom)
        return block.height

    def series_color(self, mark: Mark, panel: Panel) -> str:
        if len(panel.series) >= 2 or panel.style == PanelStyle.SLOPE or self._by_series(panel):
            colors = self.theme.series
            return colors[min(mark.series, len(colors) - 1)]
        return self.theme.bar

    @staticmethod
    def _by_series(panel: Panel) -> bool:
        return any(m.series for m in panel.marks) and not panel.series
