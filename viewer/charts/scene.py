"""Drawing a ``ChartSpec`` as a pyqtgraph scene of a given pixel size, ready to render or to show.

The scene is laid out once, at the size and scale it will be rendered at: pyqtgraph ``PlotItem``s give
the axes and the data-to-pixel mapping; bars, markers and all text are placed as plain scene items after
the layout has settled, so the result depends only on (spec, size, style) and never on a window.
Every mark keeps a hit area so a view can show its value and quote and jump to its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from viewer.charts.canvas import ChartScene
from viewer.charts.limits import MIN_ITEMS, item_count, limit_chart, max_items
from viewer.charts.panels import PanelDrawing
from viewer.charts.spec import ChartSpec, Panel, PanelStyle
from viewer.charts.text import wrap_text

if TYPE_CHECKING:
    from viewer.charts.style import ChartStyle


def build_chart(spec: ChartSpec, width: float, height: float, style: ChartStyle) -> ChartScene:
    """Lay out ``spec`` on a ``width`` x ``height`` pixel scene drawn with ``style``."""
    return _Builder(spec, width, height, style).build()


class _Builder(PanelDrawing):
    """Lays a whole chart out: title, caption, panels side by side, each panel's legend and note."""

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
