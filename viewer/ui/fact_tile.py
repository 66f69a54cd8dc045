"""A clickable tile for one headline figure: label, value, period, and rank scope or before -> after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from viewer.model.format import comparison_text, fact_value, period_text
from viewer.model.types import Fact, FactKind, Scope
from viewer.ui.widgets import fill, plain_label


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


class FactTile(QFrame):
    """One headline figure; clicking it (or Enter/Space when focused) emits ``activated(fact_id)``."""

    activated = Signal(str)

    def __init__(self, fact: Fact, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact = fact
        self.setObjectName("factTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # Palette roles keep the card readable in the light and the dark theme alike.
        self.setStyleSheet(
            "QFrame#factTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
            "QFrame#factTile:hover { border: 1px solid palette(highlight); }"
            "QFrame#factTile:focus { border: 2px solid palette(highlight); }"
        )
        self.setToolTip(fact.quote)
        self.setAccessibleName(fact.label.get(lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        self.label = plain_label(fact.label.get(lang), wrap=True)
        self.label.setObjectName("tileLabel")
        self.value = plain_label(fact_value(fact, lang), wrap=True)
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.details = plain_label("\n".join(fact_details(fact, lang)), wrap=True)
        self.details.setObjectName("tileDetails")
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.fact.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.fact.id)
            return
        super().keyPressEvent(event)
