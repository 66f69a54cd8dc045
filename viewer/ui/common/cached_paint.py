"""Widgets that keep their last painting as a pixmap, so showing a tab again only copies pixels.

Qt repaints every widget of a tab each time the tab is shown. A word-wrapped label lays out and draws its
text anew each time (about 0.2 ms for a line of Chinese), and a group box draws its frame by scaling a
bitmap over its whole area; a page of them costs a frame. These subclasses paint themselves once into a
pixmap (through the widget's own paint code, so they look exactly the same) and copy it afterwards, until
something they depend on changes: size, text, font, palette, style, enabled state or screen scale.
A label whose text is selected or that has focus paints live, so selection and the cursor still show.

``REPORT_VIEWER_PAINT_CACHE=0`` in the environment turns every cache here off: each widget then paints live,
as a plain Qt widget does (to rule the caches out when something looks wrong; tests compare both ways).
"""

from __future__ import annotations

import math
import os
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QObject, QPoint, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QTableView, QTreeView, QWidget
from shiboken6 import isValid

_NO_BACKGROUND = QWidget.RenderFlag(0)  # the widget alone: no parent background, no children
_WINDOW_BACKGROUND = QWidget.RenderFlag.DrawWindowBackground  # the widget alone, on its background

# Read at every paint (a module global): False makes every widget here paint live and keep no pixmap.
ENABLED = os.environ.get("REPORT_VIEWER_PAINT_CACHE", "1") != "0"
# Fills queued by live paints run this long per turn of the event loop (at least one each turn): a page of ~50
# labels and boxes repainted after a language or theme switch filled all its caches in one turn, 0.1-0.25 s.
FILL_BUDGET_S = 0.012


class PaintCache:
    """The pixmap of one widget's own painting and the key it was painted for.

    ``content`` returns what the painting shows besides the widget's size, font, palette and style (text,
    state, ...); it is read again when the cache is filled, so a picture is always stored under the key of
    what it shows, however the widget changed between the live paint and the fill. A widget's paintEvent asks
    ``paint``; when the cache is stale the widget paints live this once and the cache is filled right after,
    outside the paint cycle (``QWidget.render`` cannot run inside one). A widget larger than ``max_pixels``
    device pixels always paints live: a pixmap of a tall box (a whole page of tasks on a large report) would
    cost more memory than it saves time.
    """

    MAX_PIXELS = 2_000_000  # a 1600 x 1250 area at ratio 1: 8 MB of pixmap at most

    def __init__(self, widget: QWidget, content: Callable[[], object], max_pixels: float = MAX_PIXELS) -> None:
        self._widget = widget
        self._content = content
        self._max_pixels = max_pixels
        self.key: tuple[object, ...] | None = None
        self.pixmap: QPixmap | None = None
        self.filling = False  # inside render(): the widget's own paint code must run
        self.pending = False

    def key_now(self) -> tuple[object, ...]:
        """What the painting depends on right now: the content and the widget's size, font, palette, style."""
        return key_of(self._widget, self._content())

    def paint(self) -> bool:
        """Draw the widget from the cache; False when the caller must paint live (the cache is then refilled)."""
        if self.filling or not ENABLED:
            return False
        if not self._small_enough():
            self.pixmap = self.key = None  # a picture from when it was smaller is of no more use
            return False
        if self.draw_if_fresh():
            return True
        if not self.pending:
            self.pending = True
            _queue_fill(self)
        return False

    def draw_if_fresh(self) -> bool:
        """Draw the cached pixmap if it shows what the widget would paint now; False (nothing drawn) if not."""
        if self.pixmap is None or self.key != self.key_now():
            return False
        painter = QPainter(self._widget)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.end()
        return True

    def _fill(self) -> None:
        self.pending = False
        if isValid(self._widget):  # not deleted since its live paint (a page replaced by a rebuild)
            self.fill_now()

    def fill_now(self) -> None:
        """Paint the widget into the cache now (never from inside a paint event)."""
        widget = self._widget
        if widget.width() <= 0 or widget.height() <= 0 or not self._small_enough():
            self.pixmap = self.key = None
            return
        key = self.key_now()
        dpr = widget.devicePixelRatioF()
        pixmap = QPixmap(round(widget.width() * dpr), round(widget.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        self.filling = True
        try:
            if not widget.autoFillBackground():
                _paint_behind(widget, pixmap)
            widget.render(pixmap, QPoint(), QRegion(widget.rect()), _NO_BACKGROUND)
        finally:
            self.filling = False
        self.pixmap, self.key = pixmap, key

    def _small_enough(self) -> bool:
        widget = self._widget
        dpr = widget.devicePixelRatioF()
        return widget.width() * widget.height() * dpr * dpr <= self._max_pixels


_waiting: deque[PaintCache] = deque()
_fill_timer: list[QTimer] = []  # the one zero-interval timer that fills the queue, made on first use


def _queue_fill(cache: PaintCache) -> None:
    """Fill ``cache`` on a later turn of the event loop, with others queued, ``FILL_BUDGET_S`` per turn."""
    _waiting.append(cache)
    if not _fill_timer:
        timer = QTimer()
        timer.setInterval(0)
        timer.timeout.connect(_fill_some)
        _fill_timer.append(timer)
    if not _fill_timer[0].isActive():
        _fill_timer[0].start()


def _fill_some() -> None:
    end = time.perf_counter() + FILL_BUDGET_S
    while _waiting:
        _waiting.popleft()._fill()
        if time.perf_counter() >= end:
            break
    if not _waiting:
        _fill_timer[0].stop()


def _paint_behind(widget: QWidget, pixmap: QPixmap) -> None:
    """Paint into ``pixmap`` what the widget's ancestors paint behind it, window first (each one alone,
    without its children). Text antialiased onto a transparent pixmap and then drawn over a background differs
    from text drawn straight onto it (up to 49/255 at glyph edges): on the real background it is the same."""
    ancestors = []
    parent = widget.parentWidget()
    while parent is not None:
        ancestors.append(parent)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    for ancestor in reversed(ancestors):
        flags = _WINDOW_BACKGROUND if ancestor.isWindow() or ancestor.autoFillBackground() else _NO_BACKGROUND
        area = QRect(widget.mapTo(ancestor, QPoint()), widget.size())
        ancestor.render(pixmap, QPoint(), QRegion(area), flags)


def key_of(widget: QWidget, content: object) -> tuple[object, ...]:
    """What a painting of ``widget`` depends on: ``content`` and the widget's size, font, palette (and which of
    its colour groups: an inactive window may have other colours), style."""
    return (content, widget.width(), widget.height(), widget.devicePixelRatioF(), widget.font().key(),
            widget.palette().cacheKey(), widget.isActiveWindow(), widget.isEnabled(), id(widget.style()))


class CachedLabel(QLabel):
    """A QLabel (plain text, as ``widgets.plain_label`` makes them) that paints from a pixmap cache."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self._cache = PaintCache(self, self._content)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setText(text)

    def _content(self) -> tuple[object, ...]:
        margins = self.contentsMargins()
        return (self.text(), self.alignment(), self.wordWrap(), self.margin(), self.indent(), margins.top(),
                margins.left(), self.foregroundRole())

    def paintEvent(self, event: QPaintEvent) -> None:
        live = self.hasSelectedText() or self.hasFocus()
        if live or not self._cache.paint():
            super().paintEvent(event)


class CachedGroupBox(QGroupBox):
    """A QGroupBox whose frame and title paint from a pixmap cache (its children paint themselves)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = PaintCache(self, lambda: (self.title(), self.isFlat(), self.alignment(), self.hasFocus()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._cache.paint():
            super().paintEvent(event)


class ViewportCache(QObject):
    """The last full painting of an item view's viewport, shown again while nothing it depends on changed.

    A view repaints its whole viewport each time its tab is shown, asking its (Python) model for every cell:
    most of a frame for a few dozen rows. The cache is keyed by a version that every model, selection,
    header, expansion and scroll change bumps, plus size, palette, focus and whether the window is active;
    while the mouse is over the view (hover feedback) or after any change, the view paints live, and the
    cache is refilled a moment later (at most once per ``REFILL_DELAY_MS``, even while the tab is hidden).
    """

    REFILL_DELAY_MS = 400

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._version = 0
        # The viewport is never larger than the screen: no size limit.
        self._cache = PaintCache(view.viewport(), self._content, max_pixels=math.inf)
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(self.REFILL_DELAY_MS)
        self._refill.timeout.connect(self._fill)
        header = view.header() if isinstance(view, QTreeView) else (
            view.horizontalHeader() if isinstance(view, QTableView) else None)
        signals = [view.horizontalScrollBar().valueChanged, view.verticalScrollBar().valueChanged]
        if header is not None:
            signals += [header.sectionResized, header.sectionMoved, header.sortIndicatorChanged]
        if isinstance(view, QTreeView):
            signals += [view.expanded, view.collapsed]
        for signal in signals:
            signal.connect(self.invalidate)
        self._watched_model: QAbstractItemModel | None = None
        self._watched_selection: QItemSelectionModel | None = None

    def _watch(self) -> None:
        # The view's model and selection model can be replaced; follow them.
        model, selection = self._view.model(), self._view.selectionModel()
        if model is not self._watched_model and model is not None:
            for signal in (model.dataChanged, model.headerDataChanged, model.layoutChanged, model.modelReset,
                           model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.columnsInserted,
                           model.columnsRemoved, model.columnsMoved):
                signal.connect(self.invalidate)
            self._watched_model = model
        if selection is not self._watched_selection and selection is not None:
            selection.selectionChanged.connect(self.invalidate)
            selection.currentChanged.connect(self.invalidate)
            self._watched_selection = selection

    @Slot()
    def invalidate(self) -> None:
        """Something the painting shows changed: paint live until the cache is refilled."""
        self._version += 1

    def _content(self) -> tuple[object, ...]:
        view = self._view
        return (self._version, id(view.model()), view.hasFocus(), view.isActiveWindow(), view.isEnabled())

    def paint(self, event: QPaintEvent) -> bool:
        """Draw the viewport from the cache for a full repaint when it is up to date; False: paint live."""
        if not ENABLED:
            return False
        self._watch()
        viewport = self._view.viewport()
        if self._cache.filling:
            return False
        if not viewport.underMouse() and event.rect() == viewport.rect() and self._cache.draw_if_fresh():
            return True
        if not self._refill.isActive():  # at most one refill per delay, however busy the view is
            self._refill.start()
        return False

    @Slot()
    def _fill(self) -> None:
        # Also while the tab is hidden: the next time it is shown, it shows at once.
        if ENABLED and not self._view.viewport().underMouse():
            self._cache.fill_now()


# For the type checker the mixin is the item view it is mixed into; at run time it adds no base of its own.
if TYPE_CHECKING:
    _ItemView = QAbstractItemView
else:
    _ItemView = object


class _ViewportCached(_ItemView):
    """Mixed in before an item view class: its viewport is shown again from a ``ViewportCache``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport_cache = ViewportCache(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.viewport_cache.paint(event):
            super().paintEvent(event)


class CachedTreeView(_ViewportCached, QTreeView):
    """A QTreeView whose viewport is shown again from a ``ViewportCache`` while nothing changed."""


class CachedTableView(_ViewportCached, QTableView):
    """A QTableView whose viewport is shown again from a ``ViewportCache`` while nothing changed."""
