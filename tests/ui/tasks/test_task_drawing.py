"""How the Tasks tree draws: horizontal progress bars readable in both themes, visible check boxes in dark mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton, QStyleOptionViewItem

from viewer.model.state import Status
from viewer.ui.common.theme import apply_theme
from viewer.ui.tasks.checklist_model import ChecklistModel
from viewer.ui.tasks.tab import TasksTab


@pytest.fixture
def window(make_main_window, ui_report_path: Path):
    return make_main_window(ui_report_path, "en")


@pytest.fixture
def dark_theme():
    apply_theme("dark")
    yield
    apply_theme("light")


def _progress_cell(tab: TasksTab, width: int = 140, height: int = 22) -> QImage:
    """The progress cell of task 1 painted by its delegate onto an image of the window colour."""
    index = tab.model.key_index("task-1").siblingAtColumn(ChecklistModel.PROGRESS)
    option = QStyleOptionViewItem()
    option.initFrom(tab.tree)
    option.rect = QRect(0, 0, width, height)
    option.widget = tab.tree
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(tab.tree.palette().color(tab.tree.backgroundRole()))
    painter = QPainter(image)
    tab.tree.itemDelegateForColumn(ChecklistModel.PROGRESS).paint(painter, option, index)
    painter.end()
    return image


def _is_highlight(color: QColor, highlight: QColor) -> bool:
    return abs(color.hue() - highlight.hue()) < 30 and color.saturation() > 60


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_progress_bars_fill_from_the_left(window, theme) -> None:
    apply_theme(theme)
    try:
        tab = window.set_current_tab("tasks")
        window.context.session.set_item("task-1.projects", "done", status=Status.DONE)  # 1 of 2
        image = _progress_cell(tab)
        highlight = tab.tree.palette().color(tab.tree.palette().ColorRole.Highlight)
        middle = image.height() // 2
        # Half done: the left quarter is filled, the right quarter is not; a vertical bar fills neither at mid-height.
        assert _is_highlight(image.pixelColor(image.width() // 4, middle), highlight)
        assert not _is_highlight(image.pixelColor(image.width() * 7 // 8, middle), highlight)
    finally:
        apply_theme("light")


@pytest.mark.usefixtures("dark_theme")
def test_unchecked_check_boxes_stand_out_in_dark_mode(qapp) -> None:
    palette = QApplication.palette()
    option = QStyleOptionButton()
    option.rect = QRect(4, 4, 14, 14)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    image = QImage(22, 22, QImage.Format.Format_RGB32)
    base = palette.color(palette.ColorRole.Base)
    image.fill(base)
    painter = QPainter(image)
    QApplication.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)
    painter.end()
    # The box's outline differs clearly from the base colour it stands on (lightness, 0–255).
    edge = max(abs(image.pixelColor(x, 11).lightness() - base.lightness()) for x in range(3, 8))
    assert edge >= 60


def test_status_filter_shows_its_longest_choice_whole_in_either_language(window) -> None:
    from PySide6.QtGui import QFontMetrics

    tab = window.set_current_tab("tasks")
    for lang in ("en", "zh", "en"):
        window.set_language(lang)
        combo = tab.status_filter
        combo.setCurrentIndex(combo.count() - 1)  # Review: questioned items
        window.layout().activate()
        tab.layout().activate()
        needed = max(QFontMetrics(combo.font()).horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= needed + 20, (lang, combo.currentText(), combo.width(), needed)
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert ("All actions" in texts) == (lang == "en") and ("全部举措" in texts) == (lang == "zh")


def test_enterprise_rows_do_not_show_their_groups_count_as_their_own(make_main_window) -> None:
    window = make_main_window(None, "en")
    tab = window.set_current_tab("enterprises")
    model = tab.enterprise_model
    figures = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    # Tsingtuo, Zijin and CATL are three of the 3 enterprises with revenue over 100 billion yuan.
    assert figures["Tsingtuo Group"] == "one of 3 enterprises"
    assert figures["Zijin Mining"] != "3 enterprises"
    window.set_language("zh")
    assert model.index(2, 3).data() == "3家之一"


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.usefixtures("dark_theme")
def test_the_overall_progress_bar_has_a_visible_edge_in_dark_mode(window, qtbot) -> None:
    tab = window.set_current_tab("tasks")
    bar = tab.overall_bar
    qtbot.waitUntil(bar.isVisible)
    image = bar.grab().toImage()
    window_colour = bar.palette().color(bar.palette().ColorRole.Window)
    middle = image.height() // 2
    # The groove's left and right edges stand out from the window around it (they were the window colour darker,
    # the groove nearly as dark: a shapeless dark patch, its text floating in it).
    edges = [image.pixelColor(x, middle) for x in (0, 1, image.width() - 1, image.width() - 2)]
    assert max(_contrast(c, window_colour) for c in edges[:2]) >= 1.8, [c.name() for c in edges]
    assert max(_contrast(c, window_colour) for c in edges[2:]) >= 1.8, [c.name() for c in edges]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_toolbars_overflow_button_shows_in_either_theme(make_main_window, qtbot, theme) -> None:
    from PySide6.QtWidgets import QToolBar, QToolButton

    apply_theme(theme)
    try:
        window = make_main_window(None, "en")
        tab = window.set_current_tab("statistics")
        window.resize(640, 500)
        toolbar = tab.findChild(QToolBar)
        button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        qtbot.waitUntil(lambda: button is not None and button.isVisible())  # the actions do not all fit
        image = button.grab().toImage()
        background = toolbar.palette().color(toolbar.palette().ColorRole.Window)
        ink = max((image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
                  key=lambda c: _contrast(c, background))
        assert _contrast(ink, background) >= 3, (ink.name(), background.name())
    finally:
        apply_theme("light")
