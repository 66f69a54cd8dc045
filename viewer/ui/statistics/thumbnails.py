"""Chart thumbnails for a list of charts: drawn one per event-loop turn after the list is shown, kept once drawn.

Drawing every thumbnail before the Statistics tab could paint made opening it wait for all of them. Now the
list shows a blank card of the final size at once (so nothing moves when the picture arrives), and the
pictures follow one at a time, the rows in view first, each turn short enough that the tab stays responsive.
A picture is kept per (language, chart id, theme) until the report changes; a dark screen gets dark thumbnails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from viewer.charts.sizes import RenderSize
from viewer.charts.spec import ChartSpec
from viewer.charts.style import PRINT, Theme

THUMB_SIZE = QSize(240, 150)
# A thumbnail is the real chart laid out at three times its size and scaled down, so it is recognisable.
THUMB_RENDER = RenderSize(THUMB_SIZE.width() * 3, THUMB_SIZE.height() * 3, 144)


class AfterPaint(QObject):
    """Calls ``callback`` once, in the event-loop turn after ``widget``'s next paint (so that frame is shown)."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self.armed = False

    def arm(self) -> None:
        """Wait for the next paint (again)."""
        if not self.armed:
            self.armed = True
            self._widget.installEventFilter(self)

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            self._widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self.armed:
            self.disarm()
            QTimer.singleShot(0, self._callback)
        return False


class ChartThumbnails(QObject):
    """Puts a thumbnail on each item of ``list_widget`` (whose items carry their chart id under Role.CHART_ID)."""

    finished = Signal()  # every item of the current list has its picture

    def __init__(self, list_widget: QListWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.list = list_widget
        self._icons: dict[tuple[str, str, str], QIcon] = {}
        self._pending: list[tuple[QListWidgetItem, ChartSpec]] = []
        self._placeholder: QIcon | None = None
        self.theme: Theme = PRINT  # the colours thumbnails are drawn in (the screen's: see set_theme)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        # The first picture waits until the list has been painted: the tab and the enlarged chart come first.
        self._after_paint = AfterPaint(list_widget.viewport(), self._timer.start)

    @property
    def pending(self) -> int:
        """Thumbnails not drawn yet."""
        return len(self._pending)

    def clear(self) -> None:
        """Forget every picture (the report changed)."""
        self._icons.clear()
        self._pending.clear()
        self._timer.stop()
        self._after_paint.disarm()

    def set_theme(self, theme: Theme) -> None:
        """Draw thumbnails in ``theme`` from now on (pictures of the other theme are kept for a switch back)."""
        if theme is not self.theme:
            self.theme = theme
            self._placeholder = None

    def _key(self, spec: ChartSpec) -> tuple[str, str, str]:
        return (spec.lang, spec.id, self.theme.name)

    def icon(self, spec: ChartSpec) -> QIcon:
        """The picture of ``spec`` when drawn already, else a blank card of the same size."""
        return self._icons.get(self._key(spec)) or self.placeholder()

    def placeholder(self) -> QIcon:
        """A blank card the size of a thumbnail."""
        if self._placeholder is None:
            ratio = self.list.devicePixelRatioF()
            pixmap = QPixmap(THUMB_SIZE * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(self.theme.background))
            painter = QPainter(pixmap)
            painter.setPen(QColor(self.theme.grid))
            painter.drawRect(0, 0, THUMB_SIZE.width() - 1, THUMB_SIZE.height() - 1)
            painter.end()
            self._placeholder = QIcon(pixmap)
        return self._placeholder

    def has_picture(self, item: QListWidgetItem) -> bool:
        """Whether ``item`` shows its chart (not the blank card)."""
        return item.icon().cacheKey() != self.placeholder().cacheKey()

    def show_for(self, items: list[tuple[QListWidgetItem, ChartSpec]]) -> None:
        """Give each item its picture: at once when drawn before, else soon (rows in view first)."""
        self._pending = [(item, spec) for item, spec in items if self._key(spec) not in self._icons]
        self._timer.stop()
        if self._pending and self.list.viewport().width() <= 1:
            self._timer.start()  # a folded-away list never paints: draw without waiting for it
        elif self._pending:
            self._after_paint.arm()
        else:
            self._after_paint.disarm()
            self.finished.emit()

    @Slot()
    def _draw_next(self) -> None:
        if not self._pending:
            return
        viewport = self.list.viewport().rect()
        index = next((i for i, (item, _) in enumerate(self._pending)
                      if self.list.visualItemRect(item).intersects(viewport)), 0)
        item, spec = self._pending.pop(index)
        icon = self._draw(spec)
        self._icons[self._key(spec)] = icon
        item.setIcon(icon)
        if self._pending:
            self._timer.start()
        else:
            self.finished.emit()

    def _draw(self, spec: ChartSpec) -> QIcon:
        from viewer.charts.render import render_image

        ratio = self.list.devicePixelRatioF()
        # Without its title: the list item names the chart under its picture (it read twice, in two sizes).
        untitled = replace(spec, title="")
        pixmap = QPixmap.fromImage(render_image(untitled, THUMB_RENDER, self.theme)).scaled(
            THUMB_SIZE * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        return QIcon(pixmap)
