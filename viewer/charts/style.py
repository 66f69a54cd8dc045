"""Colours, sizes and fonts of a chart, and the scale that makes them grow with the output's DPI.

Sizes are given in logical pixels at 96 dpi (one CSS pixel = 1/96 inch) and multiplied by
``scale = dpi / 96`` when a scene is built: a chart exported at 300 dpi is laid out exactly like the same
physical size at 96 dpi, with every font, line and margin 3.125x as large, so it never gets hair-thin lines
or a tiny legend. Fonts are sized in pixels (never points) so the screen's DPI cannot change the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

BASE_DPI = 96.0


@dataclass(frozen=True)
class Theme:
    """Colours of a chart; ``PRINT`` (white paper, dark ink) is what every export uses."""

    name: str
    background: str
    text: str
    muted: str  # captions, axis titles
    axis: str
    grid: str
    bar: str  # single-series bars
    series: tuple[str, ...]  # before / after (light, dark)
    highlight: str  # hovered bar outline
    rank_marker: str

    def color(self, name: str) -> QColor:
        """A colour of this theme as a QColor."""
        return QColor(getattr(self, name))


PRINT = Theme("print", "#ffffff", "#1a1a1a", "#555555", "#333333", "#e3e3e3", "#2f6fad",
              ("#9cc3e6", "#1f4e87"), "#d35400", "#b03a2e")
DARK = Theme("dark", "#202124", "#e8eaed", "#a8adb3", "#bdc1c6", "#3c4043", "#5b9bd5",
             ("#5c7fa3", "#8ab8ea"), "#f39c12", "#e57373")


@dataclass(frozen=True)
class Metrics:
    """Sizes in logical pixels (at 96 dpi); ``scaled`` gives the device sizes."""

    margin: float = 14.0
    gap: float = 8.0
    title_px: float = 18.0
    panel_title_px: float = 14.0
    label_px: float = 13.0
    value_px: float = 13.0
    caption_px: float = 11.0
    line: float = 1.0
    tick: float = 4.0
    marker: float = 9.0
    swatch: float = 11.0


@dataclass(frozen=True)
class ChartStyle:
    """Everything a scene needs besides the data: theme, scale and whether text is drawn as outlines."""

    theme: Theme = PRINT
    scale: float = 1.0
    text_as_paths: bool = False  # SVG: glyph outlines, so no font is needed to read the file
    metrics: Metrics = Metrics()

    @classmethod
    def for_dpi(cls, dpi: float, theme: Theme = PRINT, text_as_paths: bool = False) -> ChartStyle:
        """The style of an export at ``dpi``."""
        return cls(theme, dpi / BASE_DPI, text_as_paths)

    def px(self, logical: float) -> float:
        """A logical length in device pixels."""
        return logical * self.scale

    def font(self, logical_px: float, bold: bool = False, lang: str = "zh") -> QFont:
        """The bundled font for text in ``lang`` at ``logical_px`` pixels, scaled, unhinted so metrics scale
        linearly (English: the Latin font with the CJK one behind it; Chinese: the CJK font)."""
        font = _base_font(bold, lang)
        font.setPixelSize(max(1, round(logical_px * self.scale)))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        return font


def _base_font(bold: bool, lang: str) -> QFont:
    from viewer.charts.font import bundled_font

    return QFont(bundled_font(10, bold, lang))
