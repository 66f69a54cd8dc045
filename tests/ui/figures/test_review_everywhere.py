"""Review marks from every place an item appears: the Source tab's list, a chart mark, the search results.

Each goes through the one undo stack; the badge shows colour and symbol wherever the item is listed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu

from viewer.model.state import Mark
from viewer.ui.common.roles import Role
from viewer.ui.figures.model import FiguresModel


@pytest.fixture
def window(make_main_window):
    return make_main_window(None, "en")


def menu_action(menu: QMenu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_mark_from_the_source_tabs_list_and_undo(window) -> None:
    context = window.context
    fact = context.report.facts[0]
    window.context.show_source.emit(fact.id)  # the cursor in its quote: the list shows what it backs
    source = window.built_tab("source")
    row = next(r for r in range(source.items.rowCount()) if source.items.item(r).data(Role.KEY) == fact.id)
    rect = source.item_list.visualRect(source.items.index(row, 0))
    menu_action(source.item_menu(rect.center()), "review_questioned").trigger()
    assert context.state.mark_of(fact.id) is Mark.QUESTIONED
    item = source.items.item(row)
    assert item.text().startswith("⚠ ") and not item.icon().isNull()
    assert fact.label.zh in item.toolTip() and fact.label.en in item.toolTip()  # both languages
    figures = window.ensure_tab("figures")
    assert figures.model.index(0, FiguresModel.REVIEW).data() == "⚠ Questioned"
    window.undo_action.trigger()
    assert context.state.mark_of(fact.id) is Mark.UNREVIEWED
    assert not source.items.item(row).text().startswith("⚠")


def test_mark_from_a_chart_mark_and_undo(window, qtbot) -> None:
    context = window.context
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None, timeout=10000)
    view = tab.view
    mark = view.chart.spec.marks()[0]
    rect = view.chart.hit_rect(mark)
    pos = view.mapFromScene(rect.center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    view.contextMenuEvent(event)
    assert view.menu_mark is not None and view.menu_mark.fact_id == mark.fact_id
    menu = tab.chart_menu()
    menu_action(menu, "review_checked").trigger()
    assert context.state.mark_of(mark.fact_id) is Mark.CHECKED
    assert any(a.text() == "Export PNG…" for a in menu.actions())  # the chart's own actions stay
    window.undo_action.trigger()
    assert context.state.mark_of(mark.fact_id) is Mark.UNREVIEWED
    # Off any mark: only the chart's actions.
    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2),
                                            view.viewport().mapToGlobal(QPoint(2, 2))))
    assert view.menu_mark is None
    assert not any(a.objectName().startswith("review_") for a in tab.chart_menu().actions())


def test_chart_tooltip_marks_the_chinese_original_and_adds_the_english_label(make_main_window, qtbot) -> None:
    from viewer.ui.statistics.chart_view import tooltip_html

    window = make_main_window(None, "zh")
    tab = window.set_current_tab("statistics")
    qtbot.waitUntil(lambda: tab.view.chart is not None, timeout=10000)
    mark = tab.view.chart.spec.marks()[0]
    html = tooltip_html(mark, tab.view.english_label(mark.fact_id))
    assert window.context.report.fact(mark.fact_id).label.en in html
    assert "中文原文" in html


def test_mark_from_the_search_results_and_undo(window) -> None:
    context = window.context
    dock = window.show_search()
    dock.box.setText("5.7%")
    row = next(r for r in range(dock.model.rowCount()) if dock.model.hit(r).key == "va-growth-2022")
    rect = dock.results.visualRect(dock.model.index(row, 0))
    menu_action(dock.hit_menu(rect.center()), "review_checked").trigger()
    assert context.state.mark_of("va-growth-2022") is Mark.CHECKED
    index = dock.model.index(row, 0)
    assert index.data().startswith("✓ ")
    from viewer.ui.window.search_panel import hit_html

    html = hit_html(dock.model.hit(row), dock.results.palette(), index.data(Role.MARK))
    assert "color:#2e8b57" in html and "✓" in html  # the badge in colour
    window.undo_action.trigger()
    assert context.state.mark_of("va-growth-2022") is Mark.UNREVIEWED
