"""Widgets that keep their last painting as a pixmap, so showing a tab again only copies pixels.

Qt repaints every widget of a tab each time the tab is shown. A word-wrapped label lays out and draws its
text anew each time (about 0.2 ms for a line of Chinese), and a group box draws its frame by scaling a
bitmap over its whole area; a page of them costs a frame. These subclasses paint themselves once into a
pixmap (through the widget's own paint code, so they look exactly the same) and copy it afterwards, until
something they depend on changes: size, text, font, palette, style, enabled state or screen scale.
A label whose text is selected or that has focus paints live, so selection and the cursor still show.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QTableView, QTreeView, QWidget

_NO_BACKGROUND = QWidget.RenderFlag(0)  # the widget alone: no parent background, no children


class PaintCache:
    """The pixmap of one widget's own painting and the key it was painted for.

    A widget's paintEvent asks ``paint``; when the cache is stale the widget paints live this once and the
    cache is filled right after, outside the paint cycle (``QWidget.render`` cannot run inside one).
    """

    def __init__(self) -> None:
        self.key: tuple[object, ...] | None = None
        self.pixmap: QPixmap | None = None
        self.filling = False  # inside render(): the widget's own paint code must run
        self.pending = False

    @staticmethod
    def key_of(widget: QWidget, content: object) -> tuple[object, ...]:
        """What a painting depends on: ``content`` (text, state…) and the widget's size, font, palette, style."""
        return (content, widget.width(), widget.height(), widget.devicePixelRatioF(), widget.font().key(),
                widget.palette().cacheKey(), widget.isEnabled(), id(widget.style()))

    def paint(self, widget: QWidget, content: object) -> bool:
        """Draw ``widget`` from the cache; False when the caller must paint live (the cache is then refilled)."""
        if self.filling:
            return False
        if self.pixmap is None or self.key != self.key_of(widget, content):
            if not self.pending:
                self.pending = True
                QTimer.singleShot(0, widget, lambda: self._fill(widget, content))
            return False
        painter = QPainter(widget)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.end()
        return True

    def _fill(self, widget: QWidget, content: object) -> None:
        self.pending = False
        self.fill_now(widget, content)

    def fill_now(self, widget: QWidget, content: object) -> None:
        """Paint ``widget`` into the cache now (never from inside a paint event)."""
        if widget.width() <= 0 or widget.height() <= 0:
            return
        key = self.key_of(widget, content)
        dpr = widget.devicePixelRatioF()
        pixmap = QPixmap(round(widget.width() * dpr), round(widget.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        self.filling = True
        try:
            widget.render(pixmap, QPoint(), QRegion(widget.rect()), _NO_BACKGROUND)
        finally:
            self.filling = False
        self.pixmap, self.key = pixmap, key


class CachedLabel(QLabel):
    """A QLabel (plain text, as ``widgets.plain_label`` makes them) that paints from a pixmap cache."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> None:
        super().__init__(parent)
        self._cache = PaintCache()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        self.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        live = self.hasSelectedText() or self.hasFocus()
        content = (self.text(), self.alignment(), self.wordWrap(), self.margin(), self.indent(),
                   self.contentsMargins().top(), self.contentsMargins().left(), self.foregroundRole())
        if live or not self._cache.paint(self, content):
            super().paintEvent(event)


class CachedGroupBox(QGroupBox):
    """A QGroupBox whose frame and title paint from a pixmap cache (its children paint themselves)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = PaintCache()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._cache.paint(self, (self.title(), self.isFlat(), self.alignment(), self.hasFocus())):
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
        self._cache = PaintCache()
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
        self._watch()
        viewport = self._view.viewport()
        if self._cache.filling:
            return False
        if (
            viewport.underMouse()
            or event.rect() != viewport.rect()
            or self._cache.pixmap is None
            or self._cache.key != PaintCache.key_of(viewport, self._content())
        ):
            if not self._refill.isActive():  # at most one refill per delay, however busy the view is
                self._refill.start()
            return False
        painter = QPainter(viewport)
        painter.drawPixmap(0, 0, self._cache.pixmap)
        painter.end()
        return True

    @Slot()
    def _fill(self) -> None:
        # Also while the tab is hidden: the next time it is shown, it shows at once.
        viewport = self._view.viewport()
        if not viewport.underMouse():
            self._cache.fill_now(viewport, self._content())


class CachedTreeView(QTreeView):
    """A QTreeView whose viewport is shown again from a ``ViewportCache`` while nothing changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport_cache = ViewportCache(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.viewport_cache.paint(event):
            super().paintEvent(event)


class CachedTableView(QTableView):
    """A QTableView whose viewport is shown again from a ``ViewportCache`` while nothing changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport_cache = ViewportCache(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.viewport_cache.paint(event):
            super().paintEvent(event)
