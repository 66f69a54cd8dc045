"""Ctrl+F search: one box, hits listed with where they are, activating a hit jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.model.search import HitKind


def _hits(dock):
    return [dock.model.hit(r) for r in range(dock.model.rowCount())]


def test_ctrl_f_opens_the_search_box(make_main_window, qtbot) -> None:
    window = make_main_window(None)
    window.activateWindow()
    window.menus.search_action.trigger()
    dock = window.search_panel
    assert dock is not None and dock.isVisible()
    assert window.menus.search_action.shortcut().toString() == "Ctrl+F"


def test_search_lists_hits_with_kind_and_label(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path)
    dock = window.show_search()
    dock.box.setText("星海")
    hits = _hits(dock)
    assert {h.kind for h in hits} >= {HitKind.FACT, HitKind.ENTERPRISE, HitKind.SOURCE}
    row = next(i for i, h in enumerate(hits) if h.kind == HitKind.ENTERPRISE)
    shown = dock.model.index(row, 0).data()
    assert shown.startswith("企业 · 星海电子")
    assert dock.count.text() == f"{len(hits)} 条结果"


def test_activating_hits_jumps_to_them(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    dock = window.show_search()
    source_text = window.context.loaded.source_text

    dock.box.setText("大盘")
    hits = _hits(dock)
    row = next(i for i, h in enumerate(hits) if h.kind == HitKind.SOURCE)
    rect = dock.results.visualRect(dock.model.index(row, 0))
    qtbot.mouseClick(dock.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab_key() == "source"
    source = window.built_tab("source")
    cursor = source.text.textCursor()
    assert cursor.selectionStart() == hits[row].offset == source_text.index("大盘")
    assert source.selected_text() == "大盘"

    dock.box.setText("xinghai")
    dock.activate(0)
    assert window.current_tab_key() == "enterprises"
    enterprises = window.built_tab("enterprises")
    assert enterprises.detail.key == "xinghai#0"

    dock.box.setText("工业互联网")
    dock.activate(0)
    assert window.current_tab_key() == "tasks"
    assert window.built_tab("tasks").detail.key == "task-2.platform"

    dock.box.setText("增速全省排名")
    dock.activate(0)
    assert window.current_tab_key() == "source"
    assert source.selected_text() == "增速居全省第2位"

    dock.box.setText("重点项目荣誉")
    dock.activate(0)
    assert window.current_tab_key() == "enterprises"
    assert enterprises.detail.key == "key-projects"


def test_return_jumps_to_the_first_hit_and_report_change_reindexes(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(None)
    dock = window.show_search()
    dock.box.setText("星海")
    assert dock.model.rowCount() == 0  # the bundled report has no 星海
    assert window.open_report(ui_report_path)
    assert dock.model.rowCount() > 0
    qtbot.keyClick(dock.box, Qt.Key.Key_Return)
    assert window.current_tab_key() in ("source", "enterprises")
