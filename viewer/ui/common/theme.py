"""Light, dark or follow-the-system colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

THEMES = ("system", "light", "dark")

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(255, 80, 80)),
        (QPalette.ColorRole.Link, QColor(120, 170, 255)),
        (QPalette.ColorRole.Highlight, QColor(60, 110, 200)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
        # Frame and bevel shades: left at their light defaults, borders would glow white.
        (QPalette.ColorRole.Light, QColor(90, 90, 96)),
        (QPalette.ColorRole.Midlight, QColor(70, 70, 75)),
        (QPalette.ColorRole.Mid, QColor(85, 85, 90)),
        (QPalette.ColorRole.Dark, QColor(25, 25, 27)),
        (QPalette.ColorRole.Shadow, QColor(10, 10, 10)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(130, 130, 130))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(130, 130, 130))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(130, 130, 130))
    return p


def apply_theme(theme: str) -> None:
    """Use ``theme`` ('system', 'light' or 'dark') for the whole application.

    Qt 6.8+ lets an application ask the platform for a colour scheme; where the platform ignores the
    request (offscreen, some desktops) the Fusion palette is set by hand so the choice still shows.
    """
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    if theme == "dark":
        _use_readable_style(app)
    wanted = _SCHEMES[theme]
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    if hints.colorScheme() != wanted or is_dark(app.palette()) != (theme == "dark"):
        app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` has a dark window background (for colours chosen in code)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_EXTENSION_ICONS = (QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
                    QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton)


def _chevrons(colour: QColor, downward: bool) -> QIcon:
    """A toolbar's overflow sign (two chevrons, pointing right or down) in ``colour``."""
    icon = QIcon()
    for side in (10, 20):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, side / 8))
        if downward:
            painter.translate(side, 0)
            painter.rotate(90)
        for x in (side * 0.2, side * 0.5):
            painter.drawPolyline([QPointF(x, side * 0.2), QPointF(x + side * 0.3, side * 0.5),
                                  QPointF(x, side * 0.8)])
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ReadableStyle(QProxyStyle):
    """Fusion with check boxes, progress bar grooves and toolbar overflow signs that show on a dark palette.

    Fusion outlines a check box in the window colour made darker, which on a dark window is the colour of the
    box itself: an unchecked box was nearly invisible. On a dark palette the outline is drawn again in a light
    grey (at the place Fusion draws it), so the box reads as a box.
    """

    def standardIcon(self, standard_icon: QStyle.StandardPixmap, option: QStyleOption | None = None,
                     widget: QWidget | None = None) -> QIcon:
        palette = option.palette if option is not None else QApplication.palette()
        if standard_icon in _EXTENSION_ICONS and is_dark(palette):
            # Fusion's » of a toolbar too narrow for its actions is dark grey: on a dark toolbar the overflow
            # could not be seen. Drawn in the text colour.
            return _chevrons(palette.color(QPalette.ColorRole.Text),
                             standard_icon == QStyle.StandardPixmap.SP_ToolBarVerticalExtensionButton)
        return super().standardIcon(standard_icon, option, widget)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove and is_dark(option.palette):
            # Fusion's groove is the base colour edged in the window colour darker: on a dark window a shapeless
            # dark patch. Edged in light grey, as the check boxes below.
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text).darker(160), 1))
            painter.drawRoundedRect(QRectF(option.rect.adjusted(0, 0, -1, -1)).translated(0.5, 0.5), 2, 2)
            painter.restore()

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox and is_dark(option.palette):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text).darker(130), 1))
            painter.drawRect(QRectF(option.rect.adjusted(0, 0, -1, -1)).translated(0.5, 0.5))
            painter.restore()


def _use_readable_style(app: QApplication) -> None:
    """Wrap the application's style in ``ReadableStyle`` once, when it is Fusion (other styles draw their own)."""
    style = app.style()
    if isinstance(style, ReadableStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(ReadableStyle(QStyleFactory.create("Fusion")))
