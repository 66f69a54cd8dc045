"""Texts written in a base class of a window or tab are translated at run time.

``self.tr`` looks a text up under the class of the object (``FiguresTab``), while lupdate files it under the class
it is written in: a ``self.tr`` in a base class (``FigureFilters``) would be filed under a context no object ever
asks for and stay English. The base classes name their context (``QCoreApplication.translate("FiguresTab", …)``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from viewer.ui.figures.filters import FigureFilters
from viewer.ui.figures.tab import FiguresTab

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "report_viewer_zh_CN.ts"

# Classes that hold part of a window's or a tab's methods and are never made on their own.
BASE_CLASSES = ("WindowJumps", "WindowSettings", "ChartExports", "FigurePane", "FigureFilters")


def test_no_text_is_filed_under_a_base_class() -> None:
    contexts = {name.text for name in ET.parse(TS).getroot().iter("name")}
    assert "FiguresTab" in contexts and "MainWindow" in contexts
    assert not contexts & set(BASE_CLASSES)


def test_the_figures_filters_are_in_chinese(make_main_window) -> None:
    window = make_main_window(None, "zh")
    tab = window.set_current_tab("figures")
    assert isinstance(tab, FiguresTab) and isinstance(tab, FigureFilters)
    assert tab.kind_filter.itemText(0) == "全部类型"
    assert tab.section_filter.itemText(0) == "全部章节"
    assert "figures" not in tab.count.text() and tab.count.text()
