"""English in a Latin font, Chinese in the CJK font: in the window, after a language switch, and in charts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from viewer.charts.font import font_families
from viewer.charts.style import ChartStyle

LATIN = "Noto Sans Latin Subset"
CJK = "Noto Sans CJK SC Subset"


def _quote_width(font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance("“") / QFontMetricsF(font).horizontalAdvance("中")


def test_families_by_language(qapp) -> None:
    assert font_families("en") == [LATIN, CJK]
    assert font_families("zh") == [CJK]


def test_english_quotes_are_not_full_width(qapp) -> None:
    english = ChartStyle().font(20, lang="en")
    chinese = ChartStyle().font(20, lang="zh")
    assert _quote_width(english) < 0.5  # a Latin quote mark
    assert _quote_width(chinese) > 0.9  # the CJK font's full-width form, right in Chinese text


def test_window_font_follows_the_language_and_chinese_text_keeps_the_cjk_font(make_main_window) -> None:
    window = make_main_window(None, "en")
    assert QApplication.font().families()[:2] == [LATIN, CJK]
    source = window.set_current_tab("source")
    assert source.text.font().families()[0] == CJK  # the source text is Chinese in either language
    tile = window.built_tab("overview").tiles[0]
    assert QFontMetricsF(tile.label.font()).horizontalAdvance("“") < \
        0.5 * QFontMetricsF(tile.label.font()).horizontalAdvance("中")
    window.set_language("zh")
    assert QApplication.font().families()[0] == CJK
    window.set_language("en")
    assert QApplication.font().families()[0] == LATIN


def test_english_chart_text_is_set_in_the_latin_font(qtbot, make_main_window) -> None:
    from viewer.charts.text import TextBlock

    window = make_main_window(None, "en")
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None)
    blocks = [i for i in tab.view.chart.scene.items() if isinstance(i, TextBlock)]
    assert blocks and all(b._font.families()[0] == LATIN for b in blocks)
