"""Back and Forward over jumps: Alt+Left returns to where a jump left, Alt+Right goes there again."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def test_back_returns_to_the_row_a_jump_left_and_forward_goes_again(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path, "en")
    assert not window.menus.back_action.isEnabled() and not window.menus.forward_action.isEnabled()
    tasks = window.set_current_tab("tasks")
    assert tasks.select_key("task-1.monitoring")
    window.context.show_source.emit("task-1.monitoring")  # "Show in source"
    assert window.current_tab_key() == "source"
    source = window.built_tab("source")
    assert source.selected_text() == "强化运行监测"
    assert window.menus.back_action.isEnabled()

    window.menus.back_action.trigger()  # Alt+Left (the keys are checked below)
    assert window.current_tab_key() == "tasks"
    assert tasks.location() == "task-1.monitoring"
    assert window.menus.forward_action.isEnabled() and not window.menus.back_action.isEnabled()

    window.menus.forward_action.trigger()  # Alt+Right
    assert window.current_tab_key() == "source" and source.selected_text() == "强化运行监测"
    assert not window.menus.forward_action.isEnabled()


def test_back_through_two_jumps_and_a_new_jump_drops_forward(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path, "en")
    window.set_current_tab("overview")
    window.context.select_item.emit("xinghai")  # e.g. a search hit: Enterprises
    assert window.current_tab_key() == "enterprises"
    window.context.show_source.emit("projects-done")
    assert window.current_tab_key() == "source"
    assert window.go_back() and window.current_tab_key() == "enterprises"
    assert window.built_tab("enterprises").location() == "xinghai#0"
    assert window.go_back() and window.current_tab_key() == "overview"
    assert not window.go_back()
    window.context.select_item.emit("task-2")
    assert not window.menus.forward_action.isEnabled()
    assert window.go_back() and window.current_tab_key() == "overview"


def test_back_and_forward_are_in_the_view_menu_with_their_keys(make_main_window) -> None:
    window = make_main_window(None, "en")
    assert window.menus.back_action in window.menus.view_menu.actions()
    assert QKeySequence("Alt+Left") in window.menus.back_action.shortcuts()
    assert QKeySequence("Alt+Right") in window.menus.forward_action.shortcuts()
    assert window.menus.back_action.text() == "&Back"
