"""Selecting an item anywhere jumps to the Source tab with exactly its quote selected and visible."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.conftest import MINI_SOURCE, write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.loader import LoadedReport
from viewer.model.provenance import achievement_key
from viewer.ui.common.roles import Role
from viewer.ui.source.tab import SourceTab


def _source(window) -> SourceTab:
    tab = window.built_tab("source")
    assert isinstance(tab, SourceTab)
    return tab


def _quote_is_visible(tab: SourceTab) -> bool:
    rect = tab.text.cursorRect()
    return tab.text.viewport().rect().intersects(rect)


def test_clicking_a_headline_tile_selects_its_quote(make_main_window, any_report: LoadedReport, qtbot) -> None:
    window = make_main_window(any_report)
    overview = window.set_current_tab("overview")
    tile = overview.tiles[-1]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_tab_key() == "source"
    tab = _source(window)
    assert tab.selected_text() == tile.fact.quote
    assert tile.fact.id in tab.keys_at_cursor()
    assert _quote_is_visible(tab)


def test_show_source_selects_quotes_of_every_kind(make_main_window, any_report: LoadedReport) -> None:
    window = make_main_window(any_report)
    report = any_report.report
    cases = [(f.id, f.quote) for f in report.facts[:5]]
    cases += [(achievement_key(e.id, 0), e.achievements[0].quote) for e in report.enterprises[:3]]
    cases += [(a.id, a.quote) for _, a in report.actions()[:5]]
    cases += [(h.id, report.fact(h.count_fact).quote) for h in report.honours[:3]]
    for key, quote in cases:
        window.set_current_tab("overview")
        window.context.show_source.emit(key)
        assert window.current_tab_key() == "source"
        tab = _source(window)
        assert tab.selected_text() == quote, key
        assert _quote_is_visible(tab), key


def test_jump_uses_the_quote_position_not_the_first_occurrence(make_main_window, tmp_path) -> None:
    # The fact's quote now also stands in the opening line, before the section the fact names.
    quote = "规上工业增加值增长8.2%"
    source = MINI_SOURCE.replace("在海城召开。", f"在海城召开,{quote}。")
    assert source.count(quote) == 2
    window = make_main_window(write_mini_report(tmp_path / "twice", UI_REPORT, source))
    window.context.show_source.emit("va-growth")
    cursor = _source(window).text.textCursor()
    expected = source.index(quote, source.index("会议指出"))
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (expected, expected + len(quote))


def test_every_fact_jump_selects_its_provenance_span(make_main_window, any_report: LoadedReport) -> None:
    window = make_main_window(any_report)
    for fact in any_report.report.facts:
        window.context.show_source.emit(fact.id)
        cursor = _source(window).text.textCursor()
        span = window.context.provenance.span(fact.id)
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (span.start, span.end), fact.id


def test_enterprise_row_double_click_and_button_jump(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    tab = window.set_current_tab("enterprises")
    view = tab.enterprise_view
    index = tab.enterprise_proxy.index(0, 2)
    view.selectRow(0)
    assert tab.detail.quote.toPlainText() == "星海电子等12个重点项目建成投产"
    rect = view.visualRect(index)
    # A view emits doubleClicked only for the index a press started on: click, then double-click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab_key() == "source"
    assert _source(window).selected_text() == "星海电子等12个重点项目建成投产"

    window.set_current_tab("enterprises")
    tab.honour_view.selectRow(0)
    assert tab.enterprise_view.selectionModel().selectedRows() == []
    assert tab.detail.key == "key-projects"
    qtbot.mouseClick(tab.detail.source_button, Qt.MouseButton.LeftButton)
    assert window.current_tab_key() == "source"
    assert _source(window).selected_text() == "星海电子等12个重点项目建成投产"


def test_task_action_show_in_source_jumps(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    window.context.select_item.emit("task-2.platform")
    assert window.current_tab_key() == "tasks"
    tab = window.built_tab("tasks")
    assert tab.detail.key == "task-2.platform"
    qtbot.mouseClick(tab.detail.source_button, Qt.MouseButton.LeftButton)
    assert window.current_tab_key() == "source"
    assert _source(window).selected_text() == "建设工业互联网平台"


def test_clicking_a_highlight_lists_what_it_backs(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(ui_report_path)
    tab = window.set_current_tab("source")
    source = window.context.loaded.source_text
    offset = source.index("增速居全省第2位") + 2
    cursor = QTextCursor(tab.text.document())
    cursor.setPosition(offset)
    point: QPoint = tab.text.cursorRect(cursor).center()
    qtbot.mouseClick(tab.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "growth-rank" in tab.keys_at_cursor()
    listed = [tab.items.item(r).data(Role.KEY) for r in range(tab.items.rowCount())]
    assert "growth-rank" in listed
    assert "增速全省排名" in tab.items.item(listed.index("growth-rank")).text()
    assert "增速全省排名" in window.statusBar().currentMessage()


def test_backed_item_opens_its_tab(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path)
    window.context.show_source.emit("task-1.monitoring")
    tab = _source(window)
    row = [tab.items.item(r).data(Role.KEY) for r in range(tab.items.rowCount())].index(
        "task-1.monitoring")
    tab.item_list.activated.emit(tab.items.index(row, 0))
    assert window.current_tab_key() == "tasks"
    tasks = window.built_tab("tasks")
    assert tasks.detail.key == "task-1.monitoring"
