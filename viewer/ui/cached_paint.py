"""Widgets that keep their last painting as a pixmap, so showing a tab again only copies pixels.

Qt repaints every widget of a tab each time the tab is shown. A word-wrapped label lays out and draws its
text anew each time (about 0.2 ms for a line of Chinese), and a group box draws its frame by scaling a
bitmap over its whole area; a page of them costs a frame. These subclasses paint themselves once into a
pixmap (through the widget's own paint code, so they look exactly the same) and copy it afterwards, until
something they depend on changes: size, text, font, palette, style, enabled state or screen scale.
A label whose text is selected or that has focus paints live, so selection and the cursor still show.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

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
