"""Chart text: wrapped plain-text blocks and an axis whose labels can be drawn as glyph outlines.

Every string of a chart is drawn by ``draw_line``: as real text (PNG, PDF: selectable, font embedded) or,
for SVG, as filled glyph outlines so the file shows Chinese on a machine without any CJK font.
Text is never interpreted as markup.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

if TYPE_CHECKING:
    from pyqtgraph import AxisSpec, TextSpec, TickSpec
    from PySide6.QtGui import QTransform

# Characters that must not start a line (Chinese line-breaking rules, kinsoku).
_NO_LINE_START = set("，。、；：？！）》」』】”’%,.;:?!)]}") | {"\u3001", "\u3002"}


def draw_line(painter: QPainter, x: float, baseline: float, text: str, font: QFont, color: QColor,
              as_path: bool) -> None:
    """Draw one line of plain text with its baseline at (x, baseline)."""
    if as_path:
        path = QPainterPath()
        path.addText(QPointF(x, baseline), font, text)
        painter.fillPath(path, color)
    else:
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QPointF(x, baseline), text)


def _tokens(text: str) -> list[str]:
    """Break opportunities: Latin words (with their trailing space) and single CJK characters."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        if ch in _NO_LINE_START and (word or tokens):
            if word:
                word += ch
            else:
                tokens[-1] += ch
            continue
        if wide:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        elif ch == " ":
            tokens.append(word + " ")
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def wrap_text(text: str, metrics: QFontMetricsF, width: float | None, max_lines: int | None = None) -> list[str]:
    """Greedy line breaking at word (Latin) or character (CJK) boundaries; '\\n' forces a break.

    With ``max_lines``, breaking stops once there are more lines than that (the caller cuts to
    ``max_lines`` and elides): a long text is not laid out to the end only to be thrown away.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if max_lines is not None and len(lines) > max_lines:
            break
        if width is None or metrics.horizontalAdvance(paragraph) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for token in _tokens(paragraph):
            if line and metrics.horizontalAdvance((line + token).rstrip()) > width:
                lines.append(line.rstrip())
                if max_lines is not None and len(lines) > max_lines:
                    return lines
                line = token.lstrip()
            else:
                line += token
        lines.append(line.rstrip())
    return lines


class TextBlock(QGraphicsItem):
    """Plain text, wrapped to a width, aligned within it; its box starts at the item's position."""

    def __init__(self, text: str, font: QFont, color: QColor, width: float | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, as_path: bool = False,
                 max_lines: int | None = None, parent: QGraphicsItem | None = None, *,
                 metrics: QFontMetricsF | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self._font = font
        self._color = color
        self._align = align
        self._as_path = as_path
        self._metrics = metrics if metrics is not None else QFontMetricsF(font)  # the caller's, when it has them
        lines = wrap_text(text, self._metrics, width, max_lines)
        if max_lines is not None and len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = self._metrics.elidedText(lines[-1] + "…", Qt.TextElideMode.ElideRight, width or 1e9)
        self.lines = lines
        natural = max((self._metrics.horizontalAdvance(line) for line in lines), default=0.0)
        self.width = width if width is not None and align != Qt.AlignmentFlag.AlignLeft else natural
        self.natural_width = natural
        self.height = self._metrics.height() * len(lines)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        line_height = self._metrics.height()
        for i, line in enumerate(self.lines):
            advance = self._metrics.horizontalAdvance(line)
            if self._align & Qt.AlignmentFlag.AlignHCenter:
                x = (self.width - advance) / 2
            elif self._align & Qt.AlignmentFlag.AlignRight:
                x = self.width - advance
            else:
                x = 0.0
            draw_line(painter, x, i * line_height + self._metrics.ascent(), line, self._font, self._color,
                      self._as_path)


class ChartAxis(pg.AxisItem):
    """A pyqtgraph axis with fixed ticks whose labels are plain text or outlines (never HTML)."""

    def __init__(self, orientation: str, font: QFont, color: QColor, line_width: float, tick_length: float,
                 text_offset: float, as_path: bool) -> None:
        super().__init__(orientation, pen=pg.mkPen(color, width=line_width), textPen=pg.mkPen(color),
                         maxTickLength=round(tick_length))
        self._label_font = font
        self._label_color = color
        self._as_path = as_path
        self.setStyle(tickFont=font, tickLength=-round(tick_length), tickTextOffset=round(text_offset),
                      autoExpandTextSpace=False, autoReduceTextSpace=False,
                      # Room past the axis ends for the first and last labels (pyqtgraph drops labels
                      # that stick out further than this; its default of 15 px is too little at 300 dpi).
                      hideOverlappingLabels=max(15, round(font.pixelSize() * 4)))

    def _updateLabel(self) -> None:
        # Axis titles are TextBlocks of the chart; pyqtgraph's HTML label is never shown, and rebuilding
        # it on every range change was a tenth of a chart's build time.
        return

    def updateAutoSIPrefix(self) -> None:
        return  # ticks are set explicitly, in the data's own unit

    def deviceTransform_(self) -> QTransform | None:
        # A scene rendered without any view (export) is drawn 1:1: scene coordinates are device pixels.
        if self.getViewWidget() is None:
            return self.sceneTransform()
        return super().deviceTransform_()

    def paint(self, p: QPainter, _opt: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Draw straight onto the target painter: pyqtgraph records a QPicture, whose playback rescales
        # pixel-sized fonts by the target's DPI (tick labels came out 3x too large in a 300 dpi PDF).
        p.save()
        try:
            specs = self.generateDrawSpecs(p)
            if specs is not None:
                self.drawPicture(p, *specs)
        finally:
            p.restore()

    def drawPicture(self, p: QPainter, axisSpec: AxisSpec, tickSpecs: list[TickSpec],
                    textSpecs: list[TextSpec]) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen, p1, p2 = axisSpec
        p.setPen(pen)
        p.drawLine(p1, p2)
        for pen, p1, p2 in tickSpecs:
            p.setPen(pen)
            p.drawLine(p1, p2)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = QFontMetricsF(self._label_font)
        for rect, flags, text in textSpecs:
            advance = metrics.horizontalAdvance(text)
            if flags & Qt.AlignmentFlag.AlignRight:
                x = rect.right() - advance
            elif flags & Qt.AlignmentFlag.AlignHCenter:
                x = rect.center().x() - advance / 2
            else:
                x = rect.left()
            if flags & Qt.AlignmentFlag.AlignTop:
                baseline = rect.top() + metrics.ascent()
            elif flags & Qt.AlignmentFlag.AlignBottom:
                baseline = rect.bottom() - metrics.descent()
            else:
                baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
            draw_line(p, x, baseline, text, self._label_font, self._label_color, self._as_path)
