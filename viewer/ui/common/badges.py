"""Review badges that read at a glance: a symbol and a colour per mark (✓ green, ⚠ amber), never a bare '?'.

``mark_icon(mark)`` is a small filled disc with the symbol in white, for the DecorationRole of item views;
``mark_colour(mark)`` is the same colour for labels and text.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from viewer.model.state import Mark

_COLOURS = {Mark.CHECKED: (46, 139, 87), Mark.QUESTIONED: (214, 120, 0)}


def mark_colour(mark: Mark) -> QColor | None:
    """Green for checked, amber for questioned, None for not reviewed."""
    rgb = _COLOURS.get(mark)
    return QColor(*rgb) if rgb is not None else None


@cache
def _icon(mark: Mark) -> QIcon:
    icon = QIcon()
    colour = mark_colour(mark)
    if colour is None:
        return icon
    for side in (16, 32):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(side * 0.7))
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, "✓" if mark is Mark.CHECKED else "!")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def mark_icon(mark: Mark) -> QIcon:
    """A coloured disc with the mark's sign (an empty icon for not reviewed)."""
    return _icon(mark)
