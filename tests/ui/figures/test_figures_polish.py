"""The Figures tab as a reader sees it: a value's unit said once per row (the value as written carries it; the
Unit column, a field to correct, is shown in edit mode only), and a narrow window keeps the side pane readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.ui.figures.model import FiguresModel


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_rows_unit_is_shown_once(make_main_window, lang) -> None:
    window = make_main_window(None, lang)
    tab = window.ensure_tab("figures")
    model, table = tab.model, tab.table
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert FiguresModel.VALUE in shown
    for row in range(model.rowCount()):
        value = model.index(row, FiguresModel.VALUE).data()
        unit = model.index(row, FiguresModel.UNIT).data()
        if unit and unit in value:
            # The unit is in the value as written: no column repeats it beside ('5.7%  %', '1.48万亿元  万亿元').
            assert FiguresModel.UNIT not in shown, (value, unit)


def test_edit_mode_shows_the_unit_column_to_correct(make_main_window, tmp_path: Path) -> None:
    from tests.conftest import write_mini_report

    window = make_main_window(write_mini_report(tmp_path / "mini"), "en")
    tab = window.ensure_tab("figures")
    assert tab.table.isColumnHidden(FiguresModel.UNIT)
    window.edit_actions.mode_action.trigger()
    assert not tab.table.isColumnHidden(FiguresModel.UNIT)
    window.edit_actions.mode_action.trigger()
    assert tab.table.isColumnHidden(FiguresModel.UNIT)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_640_pixel_window_keeps_the_side_pane_readable(make_main_window, qtbot, lang) -> None:
    window = make_main_window(None, lang)
    tab = window.set_current_tab("figures")
    window.resize(640, 600)
    qtbot.waitUntil(lambda: window.width() == 640)  # the tab does not hold the window wider than asked
    tab.table.selectRow(0)
    for button in (tab.check_button, tab.question_button, tab.clear_button, tab.comment_button):
        assert button.width() >= button.sizeHint().width(), button.objectName()
    assert tab.detail.width() >= 400  # the quote has the window's width, not a sliver beside the table
    assert tab.table.width() >= 400 and tab.table.height() >= 150


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_filters_show_their_whole_entry_where_the_window_has_room(make_main_window, qtbot, lang) -> None:
    window = make_main_window(None, lang)
    tab = window.set_current_tab("figures")
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    for combo in (tab.kind_filter, tab.section_filter, tab.review_filter):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        # '全部核对状态' was drawn as '全部核对状': the combo kept the width of six Latin letters.
        shown = combo.style().subControlRect(combo.style().ComplexControl.CC_ComboBox, _option(combo),
                                             combo.style().SubControl.SC_ComboBoxEditField, combo)
        assert shown.width() >= widest, (combo.objectName(), shown.width(), widest)


def _option(combo):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option
