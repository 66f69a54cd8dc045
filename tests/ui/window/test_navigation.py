"""Keyboard and menu navigation: Ctrl+1…5, tiles by keyboard, task buttons, standard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence


def test_ctrl_number_switches_tabs(make_main_window) -> None:
    window = make_main_window(None)
    for number, key in enumerate(window.tab_keys(), start=1):
        action = window.menus.tab_actions[key]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert window.current_tab_key() == key
        assert window.built_tab(key) is not None


def test_standard_shortcuts(make_main_window) -> None:
    window = make_main_window(None)
    assert window.menus.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.menus.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.menus.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_tile_activates_with_the_keyboard(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    overview = window.built_tab("overview")
    tile = overview.tiles[0]
    tile.setFocus()
    with qtbot.waitSignal(tile.activated) as blocker:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert blocker.args == [tile.fact.id]
    assert window.current_tab_key() == "source"
    assert window.built_tab("source").selected_text() == tile.fact.quote


def test_overview_task_opens_it_in_the_tasks_tab(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    overview = window.built_tab("overview")
    qtbot.mouseClick(overview.task_buttons["task-2"], Qt.MouseButton.LeftButton)
    assert window.current_tab_key() == "tasks"
    assert window.built_tab("tasks").detail.key == "task-2"


def test_source_panel_counts_the_highlights(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path)
    source = window.set_current_tab("source")
    count = len(window.context.provenance.quote_spans())
    assert source.hint.text().startswith(str(count))
