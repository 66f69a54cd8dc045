"""The application font for the interface language: the bundled CJK font for Chinese, the bundled Latin font
in front of it for English (used at start-up and on every language switch)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

_system_families: list[str] | None = None  # the platform's UI families, kept behind the bundled ones


def keep_system_families(app: QApplication) -> None:
    """Remember the platform's UI font families (once), before the bundled fonts are put in front of them."""
    global _system_families
    if _system_families is None:
        _system_families = list(app.font().families())


def use_language_font(lang: str) -> None:
    """The application font for an interface in ``lang``: Chinese in the bundled CJK font; English in the
    bundled Latin font with the CJK font behind it for Chinese (quotes and apostrophes are then not full width).
    Widgets that show Chinese whatever the language (the source text, quotes) set the CJK font themselves."""
    app = QApplication.instance()
    try:
        from viewer.charts.font import font_families

        families = font_families(lang)
    except (ModuleNotFoundError, RuntimeError):
        return
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setFamilies([*families, *(f for f in _system_families or () if f not in families)])
    if font.families() != app.font().families():
        app.setFont(font)
