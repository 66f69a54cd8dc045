"""A clickable tile for one headline figure: label, value, period, and rank scope or before -> after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QVBoxLayout, QWidget

from viewer.model.format import comparison_text, fact_value, period_text
from viewer.model.texts import labelled, listed
from viewer.model.types import Fact, FactKind, Scope
from viewer.ui.common.cached_paint import CachedLabel, PaintCache
from viewer.ui.common.widgets import fill


def scope_name(scope: Scope) -> str:
    """The translated name of a rank's scope ('national' -> '全国')."""
    names = {
        Scope.PROVINCE: QCoreApplication.translate("FactTile", "in the province"),
        Scope.EASTERN_REGION: QCoreApplication.translate("FactTile", "among eastern provinces"),
        Scope.NATIONAL: QCoreApplication.translate("FactTile", "nationally"),
        Scope.WORLD: QCoreApplication.translate("FactTile", "worldwide"),
    }
    return names[scope]


def fact_details(fact: Fact, lang: str) -> list[str]:
    """The small lines under a figure: period, rank scope, before -> after."""
    lines = []
    period = period_text(fact, lang)
    if period:
        lines.append(period)
    if fact.kind == FactKind.RANK:
        lines.append(fill(QCoreApplication.translate("FactTile", "Rank %1"), scope_name(fact.scope)))
    comparison = comparison_text(fact, lang)
    if comparison:
        c = fact.comparison
        assert c is not None
        if c.from_period and c.to_period:
            comparison = f"{comparison} ({c.from_period} → {c.to_period})"
        lines.append(comparison)
    return lines


class FactTile(QAbstractButton):
    """One headline figure; clicking it (or Enter/Space when focused) emits ``activated(fact_id)``.

    A button to screen readers too (it was a frame: role 'Border', its name without the value): its name is the
    label, value and details, its description the quote.
    """

    activated = Signal(str)

    def __init__(self, fact: Fact, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact = fact
        self.setObjectName("factTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._cache = PaintCache(self, lambda: (self.hasFocus(), self.underMouse()))
        # The English reader: the English label beside the quote, which is marked as the Chinese original.
        original = QCoreApplication.translate("FactTile", "Chinese original: %1").replace("%1", fact.quote)
        self.setToolTip(f"{fact.label.en}\n{original}" if fact.label.en else original)
        details = fact_details(fact, lang)
        self.setAccessibleName(listed(lang, [labelled(lang, fact.label.get(lang), fact_value(fact, lang)), *details]))
        self.setAccessibleDescription(fill(QCoreApplication.translate("FactTile", "Quote: %1"), fact.quote))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        self.label = CachedLabel(fact.label.get(lang), wrap=True)
        self.label.setObjectName("tileLabel")
        self.value = CachedLabel(fact_value(fact, lang), wrap=True)
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.details = CachedLabel("\n".join(fact_details(fact, lang)), wrap=True)
        self.details.setObjectName("tileDetails")
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The card is drawn once per size, palette and hover/focus state, then copied (see cached_paint).
        if not self._cache.paint():
            self._paint_card()

    def _paint_card(self) -> None:
        # Painted from the palette rather than a style sheet, so the card follows a theme switch at once.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        focused = self.hasFocus()
        hovered = self.underMouse()
        border = palette.color(QPalette.ColorRole.Highlight if focused or hovered else QPalette.ColorRole.Mid)
        width = 2.0 if focused else 1.0
        painter.setPen(QPen(border, width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.fact.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.fact.id)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            return  # handled on press (a button would click again on release)
        super().keyReleaseEvent(event)
