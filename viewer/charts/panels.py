"""Drawing each kind of panel (columns, horizontal bars, rank slope, rank dot plot) into a chart scene.

``PanelDrawing`` is a ``Canvas`` (``viewer.charts.canvas``: the scene, fonts, colours and drawing helpers
such as ``axis``, ``plot``, ``text``, ``map``, ``add_rect``) that knows the panel styles; the scene builder
(``viewer.charts.scene``) lays the chart out and calls it for each panel.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QGraphicsLineItem

from viewer.charts.canvas import Z_MARK, Canvas, PlotArea
from viewer.charts.limits import MAX_ITEMS
from viewer.charts.spec import Mark, Panel, PanelStyle
from viewer.charts.text import ChartAxis, TextBlock, wrap_text
from viewer.charts.ticks import rank_ticks, tick_label, zero_based_ticks

ROW_LINES = 1.25  # a row of a bar or rank chart needs this many label lines of height to stay readable
COLUMN_CHARS = 4  # a column needs room for this many CJK characters of label per line (three lines)
_LEFT, _RIGHT, _CENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter


class PanelDrawing(Canvas):
    """Panel layouts drawn with the canvas's helpers."""

    def value_text_width(self, marks: tuple[Mark, ...]) -> float:
        metrics = QFontMetricsF(self.value_font)
        return max((metrics.horizontalAdvance(m.value_text + ("  " + m.note if m.note else "")) for m in marks),
                   default=0.0)

    def value_ticks(self, axis: ChartAxis, ticks: list[float], rank: bool = False) -> float:
        """Put ``ticks`` on a left axis; returns the axis width its labels need."""
        labels = [(t, tick_label(t)) for t in ticks]
        axis.setTicks([labels, []])
        metrics = QFontMetricsF(self.label_font)
        width = max(metrics.horizontalAdvance(text) for _, text in labels)
        return width + self.style.px(self.m.tick) * 2 + self.style.px(2)

    def ticks_that_fit(self, low: float, high: float, width: float) -> list[float]:
        """Zero-based round ticks from ``low`` to ``high`` for a horizontal axis ``width`` long: at most six, fewer
        when their labels would run into each other ('10,000' '20,000' ... on a narrow panel)."""
        metrics = QFontMetricsF(self.label_font)
        for count in range(6, 2, -1):
            ticks = zero_based_ticks(low, high, count)
            widest = max(metrics.horizontalAdvance(tick_label(t)) for t in ticks)
            if (widest + self.gap) * (len(ticks) - 1) <= width:
                return ticks
        return zero_based_ticks(low, high, 2)

    def items_that_fit(self, panel: Panel, note: str, width: float, height: float) -> int:
        """How many items of ``panel`` can be drawn readably in a ``width`` x ``height`` panel rectangle
        headed by ``note``: rows of ROW_LINES label lines, columns of COLUMN_CHARS characters."""
        metrics = QFontMetricsF(self.label_font)
        line_h = metrics.height()
        if panel.style == PanelStyle.COLUMNS:
            axis_w = metrics.horizontalAdvance("-00,000") + self.style.px(self.m.tick) * 2
            plot_w = width - (line_h + self.gap / 2) - axis_w
            return max(0, int(plot_w // (COLUMN_CHARS * self.style.px(self.m.label_px) + self.gap)))
        if panel.style == PanelStyle.SLOPE:
            return MAX_ITEMS[PanelStyle.SLOPE]  # two points per line, whatever the size
        header = 0.0
        if panel.title:
            title_metrics = QFontMetricsF(self.font(self.m.panel_title_px, True))
            header += min(2, len(wrap_text(panel.title, title_metrics, width))) * title_metrics.height() + self.gap / 2
        if note:
            header += min(2, len(wrap_text(note, metrics, width))) * line_h + self.gap / 2
        if panel.series:
            header += line_h + self.gap / 2
        # Below the rows: the value axis with its labels, the axis title, and the inset above the plot.
        plot_h = height - header - (self.style.px(self.m.tick) * 2 + line_h) - (line_h + self.gap / 2) - line_h / 2
        return max(0, int(plot_h // (ROW_LINES * line_h)))

    # --- vertical bars -------------------------------------------------------------------------------

    def columns(self, panel: Panel, body: QRectF) -> None:
        n = len(panel.categories)
        groups = max(1, len(panel.series)) if panel.series else 1
        values = [m.value for m in panel.marks]
        label_h = QFontMetricsF(self.value_font).height()
        metrics = QFontMetricsF(self.label_font)
        left = self.axis("left")
        title_w = self.rotated_axis_title(panel.value_axis, body.left(), body.top(), body.bottom() - metrics.height()
                                          * 2.2) + self.gap / 2
        # Estimate the plot height first: the top tick leaves room for the value labels above the bars.
        est_h = max(20.0, body.height() - metrics.height() * 3)
        headroom = min(0.5, label_h * 1.8 / est_h)
        ticks = zero_based_ticks(min(values) / (1 - headroom), max(values) / (1 - headroom))
        axis_w = self.value_ticks(left, ticks)
        left.setWidth(round(axis_w))
        plot_w = body.width() - title_w - axis_w
        slot = plot_w / max(1, n)
        wraps = [TextBlock(c, self.label_font, QColor(), slot - self.gap, _CENTER, max_lines=3)
                 for c in panel.categories]
        cat_h = max((w.height for w in wraps), default=metrics.height())
        bottom = self.axis("bottom")
        bottom.setTicks([[], []])
        bottom.setStyle(showValues=False)
        bottom_h = self.style.px(self.m.tick) * 2 + cat_h
        bottom.setHeight(round(bottom_h))
        rect = QRectF(body.left() + title_w, body.top(), body.width() - title_w, body.height())
        plot = self.plot(left, bottom, rect, (-0.5, n - 0.5), (ticks[0], ticks[-1]))
        self.grid_lines(plot, [t for t in ticks if t != 0], horizontal=True)
        self.zero_line(plot, ticks, horizontal=True)
        area = self.vb_rect(plot)
        width = 0.7 / groups if panel.series else 0.6
        for mark in panel.marks:
            center = mark.category + ((mark.series - (groups - 1) / 2) * width if panel.series else 0)
            bar = self.data_rect(plot, center - width / 2, 0, center + width / 2, mark.value)
            self.add_rect(bar, self.series_color(mark, panel), mark)
            label = self.text(mark.value_text, self.m.value_px, "text", max(bar.width(), slot) , _CENTER)
            y = bar.top() - label.height - self.style.px(2) if mark.value >= 0 else bar.bottom() + self.style.px(2)
            label.setPos(bar.center().x() - label.width / 2, y)
        for i, category in enumerate(panel.categories):
            block = self.text(category, self.m.label_px, "text", slot - self.gap, _CENTER, max_lines=3)
            x = self.map(plot, i, 0).x()
            block.setPos(x - block.width / 2, area.bottom() + self.style.px(self.m.tick) * 2)
        for i, gap in panel.gaps:
            # Nothing stated here: said in words just above the baseline, never drawn as a zero bar.
            block = self.text(gap, self.m.value_px, "muted", slot - self.gap, _CENTER, max_lines=2)
            base = self.map(plot, i, 0)
            block.setPos(base.x() - block.width / 2, base.y() - block.height - self.style.px(2))

    # --- horizontal bars ----------------------------------------------------------------------------

    def bars(self, panel: Panel, body: QRectF) -> None:
        n = len(panel.categories)
        values = [m.value for m in panel.marks]
        metrics = QFontMetricsF(self.label_font)
        natural = max(metrics.horizontalAdvance(c) for c in panel.categories)
        cat_w = min(body.width() * 0.4, natural + self.style.px(2))
        left = self.axis("left")
        left.setTicks([[], []])  # categories are labelled by TextBlocks, without tick marks
        left.setStyle(showValues=False)
        left_w = cat_w + self.style.px(self.m.tick) * 2
        left.setWidth(round(left_w))
        est_w = max(20.0, body.width() - left_w)
        room = min(0.6, (self.value_text_width(panel.marks) + self.gap * 1.5) / est_w)
        ticks = self.ticks_that_fit(min(values) / (1 - room), max(values) / (1 - room), est_w)
        bottom = self.axis("bottom")
        bottom.setTicks([[(t, tick_label(t)) for t in ticks], []])
        bottom_h = self.style.px(self.m.tick) * 2 + metrics.height()
        bottom.setHeight(round(bottom_h))
        title = self.text(panel.value_axis, self.m.label_px, "muted", est_w, _CENTER, max_lines=1)
        # Half the last tick label of room on the right so it is not cut off at the chart's edge.
        right = metrics.horizontalAdvance(tick_label(ticks[-1])) / 2 + self.style.px(2)
        rect = QRectF(body.left(), body.top(), body.width() - right, body.height() - title.height - self.gap / 2)
        plot = self.plot(left, bottom, rect, (ticks[0], ticks[-1]), (-0.5, n - 0.5), invert_y=True)
        area = self.vb_rect(plot)
        title.setPos(area.center().x() - title.width / 2, rect.bottom() + self.gap / 2)
        self.grid_lines(plot, [t for t in ticks if t != 0], horizontal=False)
        self.zero_line(plot, ticks, horizontal=False)
        thickness = 0.62
        for mark in panel.marks:
            y = mark.category
            bar = self.data_rect(plot, 0, y - thickness / 2, mark.value, y + thickness / 2)
            self.add_rect(bar, self.theme.bar, mark)
            # A value label wider than the room beside its bar wraps there (it ran on into the next panel).
            beside = area.right() + right - bar.right() - self.style.px(4) if mark.value >= 0 \
                else bar.left() - area.left() - self.style.px(4)
            label = self.text(mark.value_text, self.m.value_px, "text", max(beside, area.width() * 0.2))
            x = bar.right() + self.style.px(4) if mark.value >= 0 else bar.left() - self.style.px(4) - label.width
            label.setPos(x, bar.center().y() - label.height / 2)
            if mark.note:
                note = self.text(mark.note, self.m.value_px, "rank_marker", bold=True)
                note.setPos(x + label.width + self.style.px(6), bar.center().y() - note.height / 2)
        for i, gap in panel.gaps:
            # Nothing stated for this row: said in words at the baseline, never drawn as a zero bar.
            block = self.text(gap, self.m.value_px, "muted")
            base = self.map(plot, 0, i)
            block.setPos(base.x() + self.style.px(4), base.y() - block.height / 2)
        self.category_labels(plot, panel.categories, cat_w)

    # --- ranks ---------------------------------------------------------------------------------------

    def rank_axis(self, panel: Panel, body: QRectF, worst: int, bottom: ChartAxis | None,
                  x_range: tuple[float, float], bottom_h: float = 0.0) -> PlotArea:
        left = self.axis("left")
        ticks = rank_ticks(worst)
        axis_w = self.value_ticks(left, [float(t) for t in ticks], rank=True)
        left.setWidth(round(axis_w))
        title_w = self.rotated_axis_title(panel.value_axis, body.left(), body.top(), body.bottom() - bottom_h)
        rect = QRectF(body.left() + title_w + self.gap / 2, body.top(), body.width() - title_w - self.gap / 2,
                      body.height())
        plot = self.plot(left, bottom, rect, x_range, (0.5, ticks[-1] + 0.5), invert_y=True)
        self.grid_lines(plot, [float(t) for t in ticks], horizontal=True)
        return plot

    def slope(self, panel: Panel, body: QRectF) -> None:
        worst = int(max(m.value for m in panel.marks))
        metrics = QFontMetricsF(self.label_font)
        bottom = self.axis("bottom")
        bottom.setTicks([[(float(i), c) for i, c in enumerate(panel.categories)], []])
        bottom_h = self.style.px(self.m.tick) * 2 + metrics.height()
        bottom.setHeight(round(bottom_h))
        plot = self.rank_axis(panel, body, worst, bottom, (-0.6, len(panel.categories) - 0.4), bottom_h)
        by_fact: dict[str, list[Mark]] = {}
        for mark in panel.marks:
            by_fact.setdefault(mark.label, []).append(mark)
        for marks in by_fact.values():
            points = [self.map(plot, m.category, m.value) for m in sorted(marks, key=lambda m: m.category)]
            for a, b in itertools.pairwise(points):
                line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y())
                line.setPen(self.pen("muted", 1.5))
                line.setZValue(Z_MARK)
                self.scene.addItem(line)
        for mark in panel.marks:
            p = self.map(plot, mark.category, mark.value)
            self.marker(p, self.series_color(mark, panel), mark)
            label = self.text(mark.value_text, self.m.value_px, "text")
            label.setPos(p.x() - label.width / 2, p.y() - label.height - self.style.px(self.m.marker) * 0.7)

    def ladder(self, panel: Panel, body: QRectF) -> None:
        """Ranks as a dot plot: one row per fact, best first; the rank axis runs 1, 2, 3 … left to right.

        Dots, not bars: a bar's length would read as 'more', while a larger rank is worse.
        """
        n = len(panel.categories)
        worst = int(max(m.value for m in panel.marks))
        metrics = QFontMetricsF(self.label_font)
        natural = max(metrics.horizontalAdvance(c) for c in panel.categories)
        cat_w = min(body.width() * 0.42, natural + self.style.px(2))
        left = self.axis("left")
        left.setTicks([[], []])
        left.setStyle(showValues=False)
        left.setWidth(round(cat_w + self.style.px(self.m.tick) * 2))
        ticks = rank_ticks(worst)
        bottom = self.axis("bottom")
        bottom.setTicks([[(float(t), tick_label(t)) for t in ticks], []])
        bottom.setHeight(round(self.style.px(self.m.tick) * 2 + metrics.height()))
        title = self.text(panel.value_axis, self.m.label_px, "muted", body.width() - cat_w, _CENTER, max_lines=1)
        right = self.value_text_width(panel.marks) + self.style.px(self.m.marker) + self.gap
        rect = QRectF(body.left(), body.top(), body.width() - right, body.height() - title.height - self.gap / 2)
        plot = self.plot(left, bottom, rect, (0.5, ticks[-1] + 0.5), (-0.5, n - 0.5), invert_y=True)
        area = self.vb_rect(plot)
        title.setPos(area.center().x() - title.width / 2, rect.bottom() + self.gap / 2)
        self.grid_lines(plot, [float(t) for t in ticks], horizontal=False)
        self.category_labels(plot, panel.categories, cat_w)
        marker = self.style.px(self.m.marker)
        for mark in panel.marks:
            center = self.map(plot, mark.value, mark.category)
            self.marker(center, self.theme.rank_marker, mark)
            label = self.text(mark.value_text, self.m.value_px, "text")
            label.setPos(center.x() + marker, center.y() - label.height / 2)
            row = self.data_rect(plot, 0.5, mark.category - 0.5, ticks[-1] + 0.5, mark.category + 0.5)
            self.add_hit(row, mark)

    def category_labels(self, plot: PlotArea, categories: tuple[str, ...], width: float) -> None:
        """Row labels left of a plot, right-aligned, wrapped to the rows' height."""
        metrics = QFontMetricsF(self.label_font)
        area = self.vb_rect(plot)
        slot = area.height() / max(1, len(categories))
        # Lines may sit a little closer than the font's line spacing before a label is cut short.
        lines = max(1, int(slot / (metrics.height() * 0.85)))  # as many as its row has room for
        for i, category in enumerate(categories):
            block = self.text(category, self.m.label_px, "text", width, _RIGHT, max_lines=lines)
            y = self.map(plot, 0, i).y()
            block.setPos(area.left() - self.style.px(self.m.tick) * 2 - width, y - block.height / 2)
