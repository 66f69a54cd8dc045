"""One chart on screen, laid out at the view's size; hover shows a mark's value and quote, click its source.

The chart is re-laid out (not scaled) when the view is resized, so text never scales blurrily, and a
smaller view draws fewer items of a long chart, saying so (``viewer.charts.limits``). pyqtgraph is
imported on the first layout, not with this module, so the tab holding the view paints before it loads.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView, QToolTip, QWidget

from viewer.charts.spec import ChartSpec, Mark
from viewer.charts.style import PRINT, ChartStyle, Theme

if TYPE_CHECKING:
    from viewer.charts.scene import ChartScene

MIN_WIDTH, MIN_HEIGHT = 320, 220  # smaller views still lay the chart out at this size (and clip it)


def tooltip_html(mark: Mark) -> str:
    """The tooltip of a mark: what it is, the exact value as stated, and the quote (all escaped)."""
    note = f"（{escape(mark.note)}）" if mark.note else ""
    return (f"<b>{escape(mark.label)}</b><br/>{escape(mark.value_text)}{note}"
            f"<br/><i>“{escape(mark.quote)}”</i>")


class ChartView(QGraphicsView):
    """One chart, laid out at the view's size; hover shows a mark's value and quote, click its source."""

    mark_clicked = Signal(str)
    context_menu_requested = Signal(object)  # QPoint (global)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.spec: ChartSpec | None = None
        self.theme: Theme = PRINT
        self.chart: ChartScene | None = None
        self._hover: QGraphicsRectItem | None = None
        self._hover_mark: Mark | None = None
        self._laid_out_at: tuple[int, int] | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self._relayout_if_resized)

    def set_chart(self, spec: ChartSpec | None, theme: Theme) -> None:
        """Show ``spec`` drawn with ``theme`` (None: nothing)."""
        self.spec, self.theme = spec, theme
        self.rebuild()

    def drawn_spec(self) -> ChartSpec | None:
        """The chart as drawn at the current size (it may leave out more items than ``spec``)."""
        return self.chart.spec if self.chart is not None else None

    @Slot()
    def rebuild(self) -> None:
        """Lay the chart out again at the current size."""
        from viewer.charts.scene import build_chart

        self._relayout.stop()
        self._hover = None
        self._hover_mark = None
        if self.spec is None:
            self.setScene(None)
            self.chart = None
            self._laid_out_at = None
            return
        size = self.viewport().size()
        width, height = max(MIN_WIDTH, size.width()), max(MIN_HEIGHT, size.height())
        self.chart = build_chart(self.spec, width, height, ChartStyle(self.theme))
        self._laid_out_at = (width, height)
        self.setScene(self.chart.scene)
        self.setSceneRect(0, 0, width, height)

    @Slot()
    def _relayout_if_resized(self) -> None:
        size = self.viewport().size()
        if self.spec is not None and (max(MIN_WIDTH, size.width()), max(MIN_HEIGHT, size.height())) \
                != self._laid_out_at:
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.spec is not None:
            self._relayout.start()

    def mark_at(self, pos) -> Mark | None:
        """The mark under viewport position ``pos``."""
        if self.chart is None:
            return None
        return self.chart.mark_at(self.mapToScene(pos))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        self._set_hover(mark)
        if mark is not None:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip_html(mark), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, mark: Mark | None) -> None:
        if mark is self._hover_mark or self.chart is None:
            return
        self._hover_mark = mark
        if self._hover is not None:
            self.chart.scene.removeItem(self._hover)
            self._hover = None
        rect = self.chart.hit_rect(mark) if mark is not None else None
        if rect is not None:
            self._hover = QGraphicsRectItem(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            self._hover.setPen(QPen(QColor(self.theme.highlight), 2))
            self._hover.setZValue(10)
            self.chart.scene.addItem(self._hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor if mark is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            mark = self.mark_at(event.position().toPoint())
            if mark is not None:
                self.mark_clicked.emit(mark.fact_id)
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu_requested.emit(event.globalPos())
