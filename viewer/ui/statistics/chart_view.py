"""One chart on screen, laid out at the view's size: hover or the arrow keys show a mark's value, period, qualifier
and quote; a click or Enter shows its source.

The chart is re-laid out (not scaled) when the view is resized, so text never scales blurrily, and a
smaller view draws fewer items of a long chart, saying so (``viewer.charts.limits``). pyqtgraph is
imported on the first layout, not with this module, so the tab holding the view paints before it loads.

Tooltips are shown for Qt's tooltip event (the pointer rests) and not left to the scene: a
``QGraphicsScene`` hides any tooltip its items do not own, so a tooltip shown on mouse move vanished a moment
after the pointer stopped. The keyboard reaches every mark: arrow keys (Home/End) move the current mark, which
is outlined, shown in a tooltip at the mark and announced to screen readers through the view's accessible name.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView, QToolTip, QWidget

from viewer.charts.spec import ChartSpec, Mark
from viewer.charts.style import PRINT, ChartStyle, Theme
from viewer.model.state import Mark as ReviewMark
from viewer.ui.common.badges import mark_icon
from viewer.ui.common.widgets import fill

if TYPE_CHECKING:
    from viewer.charts.canvas import ChartScene

MIN_WIDTH, MIN_HEIGHT = 320, 220  # smaller views still lay the chart out at this size (and clip it)
BADGE_PX = 16  # a review badge's side, in the view's pixels


def qualifier_text(qualifier: str) -> str:
    """What a mark's qualifier means for the value, in the interface language ('' for an exact value)."""
    texts = {
        "over": QCoreApplication.translate("ChartView", "lower bound: the text says “over”"),
        "at_least": QCoreApplication.translate("ChartView", "lower bound: the text says “at least”"),
        "about": QCoreApplication.translate("ChartView", "approximate: the text says “about”"),
        "nearly": QCoreApplication.translate("ChartView", "upper bound: the text says “nearly”"),
        "top": QCoreApplication.translate("ChartView", "a group of top ranks, not one rank"),
    }
    return texts.get(qualifier, "")


def mark_lines(mark: Mark) -> list[str]:
    """A mark as plain lines: what it is, its value as stated (unit, note), its period and qualifier."""
    value = mark.value_text + (f" ({mark.note})" if mark.note else "")
    lines = [mark.label, value] if mark.label else [value]
    if mark.period:
        lines.append(fill(QCoreApplication.translate("ChartView", "Period: %1"), mark.period))
    qualifier = qualifier_text(mark.qualifier)
    if qualifier:
        lines.append(qualifier)
    return lines


def mark_summary(mark: Mark) -> str:
    """One line for screen readers and the tab's mark line: label, value, period, qualifier."""
    return QCoreApplication.translate("ChartView", "; ").join(mark_lines(mark))


def tooltip_html(mark: Mark, english: str = "", review: str = "") -> str:
    """The tooltip of a mark: what it is (and its English label), the exact value as stated, period, qualifier,
    its review state (``review``, in words) and the quote, marked as the Chinese original (all escaped)."""
    lines = mark_lines(mark)
    head = f"<b>{escape(lines[0])}</b>" if mark.label else escape(lines[0])
    if english and english != mark.label:
        head += f"<br/>{escape(english)}"
    rest = "".join(f"<br/>{escape(line)}" for line in lines[1:])
    if review:
        rest += "<br/>" + escape(fill(QCoreApplication.translate("ChartView", "Review: %1"), review))
    original = escape(QCoreApplication.translate("ChartView", "Chinese original:"))
    return f"{head}{rest}<br/>{original} <i>“{escape(mark.quote)}”</i>"


class ChartView(QGraphicsView):
    """One chart laid out at the view's size; hover or arrow keys give a mark's details, click or Enter its source."""

    mark_clicked = Signal(str)
    mark_activated = Signal(object)  # the Mark clicked or chosen with Enter (a chart across reports needs its source)
    context_menu_requested = Signal(object)  # QPoint (global)
    current_mark_changed = Signal(object)  # the Mark hovered or chosen with the keyboard (None: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.spec: ChartSpec | None = None
        self.theme: Theme = PRINT
        self.chart: ChartScene | None = None
        self._hover: QGraphicsRectItem | None = None
        self._hover_mark: Mark | None = None
        self.menu_mark: Mark | None = None  # the mark the last context menu was asked for on
        self.english_label: Callable[[str], str] | None = None  # fact id -> its English label (tooltips)
        # fact id -> its review mark and that in words (badges at the marks, tooltips); none: no review shown
        self.review_of: Callable[[str], tuple[ReviewMark, str]] | None = None
        self._current: int = -1  # the keyboard's mark (index into marks()), -1: none
        self._laid_out_at: tuple[int, int] | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self._relayout_if_resized)
        self._update_accessible_text()

    def set_chart(self, spec: ChartSpec | None, theme: Theme) -> None:
        """Show ``spec`` drawn with ``theme`` (None: nothing)."""
        if spec is not self.spec:
            self._current = -1
        self.spec, self.theme = spec, theme
        self.rebuild()

    def is_laid_out(self) -> bool:
        """Whether the chart is laid out at the view's present size (nothing shown counts as laid out)."""
        size = self.viewport().size()
        return self.spec is None or self._laid_out_at == (max(MIN_WIDTH, size.width()), max(MIN_HEIGHT, size.height()))

    def drawn_spec(self) -> ChartSpec | None:
        """The chart as drawn at the current size (it may leave out more items than ``spec``)."""
        return self.chart.spec if self.chart is not None else None

    def marks(self) -> list[Mark]:
        """The marks drawn, in reading order (what the arrow keys step through)."""
        if self.chart is None:
            return []
        return [m for m in self.chart.spec.marks() if self.chart.hit_rect(m) is not None]

    @property
    def current_mark(self) -> Mark | None:
        """The mark chosen with the keyboard (None before an arrow key was pressed)."""
        marks = self.marks()
        return marks[self._current] if 0 <= self._current < len(marks) else None

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
            self._update_accessible_text()
            return
        size = self.viewport().size()
        width, height = max(MIN_WIDTH, size.width()), max(MIN_HEIGHT, size.height())
        self.chart = build_chart(self.spec, width, height, ChartStyle(self.theme))
        self._laid_out_at = (width, height)
        self.setScene(self.chart.scene)
        self.setSceneRect(0, 0, width, height)
        if self._current >= len(self.marks()):
            self._current = -1
        if self.current_mark is not None:
            self._set_hover(self.current_mark)
        self._update_accessible_text()

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

    def mark_rect(self, mark: Mark) -> QRect:
        """Where ``mark`` is drawn, in viewport coordinates (empty when it is not drawn)."""
        rect = self.chart.hit_rect(mark) if self.chart is not None else None
        return self.mapFromScene(rect).boundingRect() if rect is not None else QRect()

    # --- pointer -----------------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            # Shown here rather than by the scene, whose help event hides every tooltip its items do not own.
            assert isinstance(event, QHelpEvent)
            mark = self.mark_at(event.pos())
            if mark is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(mark), self.viewport(), self.mark_rect(mark))
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position().toPoint())
        self._set_hover(mark if mark is not None else self.current_mark)
        if mark is not None and QToolTip.isVisible():
            # A tooltip already showing follows the pointer to the next mark at once.
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(mark), self.viewport(),
                              self.mark_rect(mark))
        self.setCursor(Qt.CursorShape.PointingHandCursor if mark is not None else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._set_hover(self.current_mark)
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
        self.current_mark_changed.emit(mark)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            mark = self.mark_at(event.position().toPoint())
            if mark is not None:
                self.mark_clicked.emit(mark.fact_id)
                self.mark_activated.emit(mark)
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The mark under the mouse (or the keyboard's): its menu offers the review marks of its fact.
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.menu_mark = self.current_mark
        else:
            self.menu_mark = self.mark_at(event.pos())
        self.context_menu_requested.emit(event.globalPos())

    def _tooltip(self, mark: Mark) -> str:
        english = self.english_label(mark.fact_id) if self.english_label is not None else ""
        review = self.review_of(mark.fact_id)[1] if self.review_of is not None else ""
        return tooltip_html(mark, english, review)

    # --- keyboard ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        marks = self.marks()
        key = event.key()
        steps = {int(Qt.Key.Key_Right): 1, int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Left): -1, int(Qt.Key.Key_Up): -1}
        if marks and key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            start = -1 if self._current < 0 and steps[key] > 0 else (len(marks) if self._current < 0 else self._current)
            self.set_current(max(0, min(len(marks) - 1, start + steps[key])))
        elif marks and key == Qt.Key.Key_Home:
            self.set_current(0)
        elif marks and key == Qt.Key.Key_End:
            self.set_current(len(marks) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current_mark is not None:
            self.mark_activated.emit(self.current_mark)
            self.mark_clicked.emit(self.current_mark.fact_id)
        else:
            super().keyPressEvent(event)

    def set_current(self, index: int) -> None:
        """Make mark ``index`` (of ``marks()``) the current one: outlined, shown in a tooltip and announced."""
        marks = self.marks()
        if not 0 <= index < len(marks):
            return
        self._current = index
        mark = marks[index]
        self._hover_mark = None  # outline it even when the pointer rests on it
        self._set_hover(mark)
        rect = self.mark_rect(mark)
        hit = self.chart.hit_rect(mark) if self.chart is not None else None
        if hit is not None:
            self.ensureVisible(hit)
        QToolTip.showText(self.viewport().mapToGlobal(rect.center()), self._tooltip(mark), self.viewport(), rect)
        self._update_accessible_text()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect) -> None:
        self._draw_badges(painter)
        # A focus frame, so a keyboard user sees that the chart has the keyboard.
        if self.hasFocus() and self.chart is not None:
            painter.save()
            pen = QPen(self.palette().color(self.palette().ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.sceneRect().adjusted(1, 1, -1, -1))
            painter.restore()

    def _draw_badges(self, painter: QPainter) -> None:
        """A review badge (✓ green, ! amber) at the top right corner of each reviewed mark: on the screen only,
        never in what is exported or printed (those draw the chart's scene, not this view)."""
        if self.chart is None or self.review_of is None:
            return
        side = BADGE_PX
        for hit in self.chart.hits:
            icon = mark_icon(self.review_of(hit.mark.fact_id)[0])
            if not icon.isNull():
                corner = hit.rect.topRight()
                icon.paint(painter, QRect(round(corner.x() - side / 2), round(corner.y() - side / 2), side, side))

    # --- accessibility -------------------------------------------------------------------------------

    def _update_accessible_text(self) -> None:
        """Name: the chart and the current mark; description: how to use it, or the current mark's quote."""
        spec = self.chart.spec if self.chart is not None else None
        if spec is None:
            self.setAccessibleName(QCoreApplication.translate("ChartView", "Chart (none)"))
            self.setAccessibleDescription("")
            return
        mark = self.current_mark
        if mark is None:
            self.setAccessibleName(fill(QCoreApplication.translate("ChartView", "Chart: %1"), spec.title))
            how = QCoreApplication.translate("ChartView", "Arrow keys move from mark to mark, Enter shows its "
                                                          "sentence in the source, the context menu shows the data "
                                                          "as a table.")
            count = len(self.marks())
            marks = QCoreApplication.translate("ChartView", "1 mark.") if count == 1 else \
                fill(QCoreApplication.translate("ChartView", "%1 marks."), count)
            self.setAccessibleDescription(f"{marks} {how}")
        else:
            position = fill(QCoreApplication.translate("ChartView", "%1 of %2"), self._current + 1, len(self.marks()))
            self.setAccessibleName(f"{mark_summary(mark)} ({position})")
            self.setAccessibleDescription(fill(QCoreApplication.translate("ChartView", "Quote: %1"), mark.quote))
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

