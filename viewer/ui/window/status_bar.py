"""The window's status bar: a message cut with '…' before the report's publisher and date, never over them.

A long message ("This passage backs: …" with six items) was drawn across the permanent label on the right. The
message is elided to the room left of it (the whole text is the bar's tooltip and ``currentMessage()``), and the
report label itself is elided when the window is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class ElidedLabel(QLabel):
    """A one-line plain-text label that may be narrower than its text, which it then cuts with '…'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(super().minimumSizeHint().width(), 120), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)


class StatusBar(QStatusBar):
    """A status bar whose temporary messages are elided to the room left of its permanent widgets."""

    MESSAGE_LEFT = 6  # where QStatusBar starts drawing a message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.messageChanged.connect(self._on_message_changed)

    def _on_message_changed(self, text: str) -> None:
        if not text:  # the message timed out: its tooltip goes with it
            self._full = ""
            self.setToolTip("")

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self._full = text
        self.setToolTip(text)
        super().showMessage(self._elided(text), timeout)

    def currentMessage(self) -> str:
        return self._full if super().currentMessage() else ""

    def shown_message(self) -> str:
        """The message as drawn (cut to the room there is)."""
        return super().currentMessage()

    def clearMessage(self) -> None:
        self._full = ""
        self.setToolTip("")
        super().clearMessage()

    def _room(self) -> int:
        right = self.width() - 12
        for child in self.findChildren(QWidget):
            if child.parentWidget() is self and child.isVisible() and child.objectName() == "reportLabel":
                right = min(right, child.x() - 2)
        return max(0, right - self.MESSAGE_LEFT - 4)

    def _elided(self, text: str) -> str:
        return self.fontMetrics().elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, self._room())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if super().currentMessage():
            super().showMessage(self._elided(self._full))
