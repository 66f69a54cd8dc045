"""Drawing a ``ChartSpec`` as a pyqtgraph scene of a given pixel size, ready to render or to show.

The scene is laid out once, at the size and scale it will be rendered at: pyqtgraph ``PlotItem``s give
the axes and the data-to-pixel mapping; bars, markers and all text are placed as plain scene items after
the layout has settled, so the result depends only on (spec, size, style) and never on a window.
Every mark keeps a hit area so a view can show its value and quote and jump to its source.
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

from viewer.charts.limits import MIN_ITEMS, item_count, limit_chart, max_items
from viewer.charts.panels import Z_GRID, Z_MARK, Z_TEXT, PanelDrawing
from viewer.charts.spec import ChartSpec, Mark, Panel, PanelStyle
from viewer.charts.style import ChartStyle
from viewer.charts.text import ChartAxis, TextBlock, wrap_text

_LEFT, _RIGHT, _CENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter


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


def build_chart(spec: ChartSpec, width: float, height: float, style: ChartStyle) -> ChartScene:
    """Lay out ``spec`` on a ``width`` x ``height`` pixel scene drawn with ``style``."""
    return _Builder(spec, width, height, style).build()


class _Builder(PanelDrawing):
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

    # --- the chart -------------------------------------------------------------------------------------

    def panel_width(self, inner: float, panels: int) -> float:
        return (inner - self.gap * 3 * (panels - 1)) / max(1, panels)

    def fit(self, spec: ChartSpec, inner: float, top: float) -> ChartSpec:
        """``spec`` with no more items per panel than fit this size readably (``spec`` itself when it fits).

        Panels of up to MIN_ITEMS items are never cut, so ordinary charts are drawn exactly as specified.
        """
        full = spec.complete()
        if all(item_count(p) <= MIN_ITEMS for p in full.panels):
            return spec
        # Room is measured with the caption and notes as they read when items are left out (their longest).
        worst = limit_chart(full, [MIN_ITEMS] * len(full.panels))
        metrics = QFontMetricsF(self.font(self.m.caption_px))
        caption_h = min(3, len(wrap_text(worst.caption, metrics, inner))) * metrics.height()
        height = self.height - self.style.px(self.m.margin) - caption_h - self.gap * 1.5 - top
        width = self.panel_width(inner, len(full.panels))
        limits = [min(max_items(p.style, len(full.panels)),
                      max(MIN_ITEMS, self.items_that_fit(p, cut.note, width, height)))
                  for p, cut in zip(full.panels, worst.panels, strict=True)]
        if [min(n, item_count(p)) for n, p in zip(limits, full.panels, strict=True)] == \
                [item_count(p) for p in spec.panels]:
            return spec
        return limit_chart(full, limits)

    def build(self) -> ChartScene:
        margin = self.style.px(self.m.margin)
        inner = self.width - 2 * margin
        top = margin
        if self.spec.title:  # a thumbnail is drawn without it (its list item names it)
            title = self.text(self.spec.title, self.m.title_px, "text", inner, bold=True, max_lines=2)
            title.setPos(margin, margin)
            top += title.height + self.gap * 1.5
        # A chart drawn smaller than its limits allow shows fewer items, and says so (viewer.charts.limits).
        self.spec = self.chart.spec = self.fit(self.spec, inner, top)
        caption = self.text(self.spec.caption, self.m.caption_px, "muted", inner, max_lines=3)
        caption.setPos(margin, self.height - margin - caption.height)
        bottom = caption.y() - self.gap * 1.5
        panels = self.spec.panels
        spacing = self.gap * 3
        panel_w = self.panel_width(inner, len(panels))
        for i, panel in enumerate(panels):
            rect = QRectF(margin + i * (panel_w + spacing), top, panel_w, max(10.0, bottom - top))
            self.panel(panel, rect)
        return self.chart

    def panel(self, panel: Panel, rect: QRectF) -> None:
        top = rect.top()
        if panel.title:
            block = self.text(panel.title, self.m.panel_title_px, "text", rect.width(), bold=True, max_lines=2)
            block.setPos(rect.left(), top)
            top += block.height + self.gap / 2
        if panel.note:
            # Only some items are drawn: said above the plot, where it cannot be missed (and in the caption).
            block = self.text(panel.note, self.m.label_px, "rank_marker", rect.width(), max_lines=2)
            block.setPos(rect.left(), top)
            top += block.height + self.gap / 2
        if panel.series:
            top += self.legend(panel, rect.left(), top, rect.width()) + self.gap / 2
        body = QRectF(rect.left(), top, rect.width(), max(10.0, rect.bottom() - top))
        if panel.style == PanelStyle.BARS:
            self.bars(panel, body)
        elif panel.style == PanelStyle.COLUMNS:
            self.columns(panel, body)
        elif panel.style == PanelStyle.SLOPE:
            self.slope(panel, body)
        else:
            self.ladder(panel, body)

    def legend(self, panel: Panel, left: float, top: float, width: float) -> float:
        swatch = self.style.px(self.m.swatch)
        x = left
        height = 0.0
        for i, name in enumerate(panel.series):
            color = self.theme.series[min(i, len(self.theme.series) - 1)]
            block = self.text(name, self.m.label_px, "text")
            y_mid = top + block.height / 2
            box = QGraphicsRectItem(QRectF(x, y_mid - swatch / 2, swatch, swatch))
            box.setPen(QPen(Qt.PenStyle.NoPen))
            box.setBrush(QBrush(QColor(color)))
            self.scene.addItem(box)
            block.setPos(x + swatch + self.gap / 2, top)
            x += swatch + self.gap / 2 + block.natural_width + self.gap * 2
            height = max(height, block.height)
        return height
