"""Reading a chart without the mouse, and with it: tooltips that stay, the keyboard through every mark,
screen-reader names and descriptions, and the chart's data as a table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.charts.conftest import open_statistics_tab

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def _rest_on(view, pos: QPoint) -> None:
    """What Qt does when the pointer rests on a point of the view: a move, then the tooltip event."""
    QToolTip.hideText()
    view.mouseMoveEvent  # noqa: B018  (the view tracks the mouse: a move sets the hover outline)
    from PySide6.QtTest import QTest

    QTest.mouseMove(view.viewport(), pos)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)


def test_tooltip_stays_while_the_pointer_rests_and_says_value_unit_period_and_quote(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "zh")
    assert tab.select_chart("five-year-changes")
    view = tab.view
    view.rebuild()
    # The clusters panel: '16个' in 2018 (the before side of a stated change).
    mark = next(m for m in view.marks() if m.value == 16)
    pos = view.mark_rect(mark).center()
    _rest_on(view, pos)
    assert QToolTip.isVisible()
    text = QToolTip.text()
    assert "16个" in text and "2018" in text and mark.quote in text
    # Still shown two seconds after the pointer came to rest (the scene's help event used to hide it).
    with pytest.raises(WaitTimeout):
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    QToolTip.hideText()


def test_tooltip_says_when_a_value_is_a_lower_bound(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    assert tab.select_chart("enterprise-size")
    tab.view.rebuild()
    mark = next(m for m in tab.view.marks() if m.qualifier == "over")
    _rest_on(tab.view, tab.view.mark_rect(mark).center())
    assert "lower bound" in QToolTip.text()
    QToolTip.hideText()


def test_the_keyboard_reaches_every_mark_of_every_chart(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    view = tab.view
    for spec in list(tab.specs):
        tab.select_chart(spec.id)
        view.rebuild()
        view.setFocus()
        marks = view.marks()
        assert marks and {m.fact_id for m in marks} == {m.fact_id for m in view.drawn_spec().marks()}
        seen = []
        for _ in marks:
            qtbot.keyClick(view, Qt.Key.Key_Right)
            seen.append(view.current_mark)
            # Announced: the view's accessible name is the mark's value and period; its description the quote.
            iface = QAccessible.queryAccessibleInterface(view)
            name = iface.text(QAccessible.Text.Name)
            assert view.current_mark.value_text in name
            assert view.current_mark.period in name
            assert view.current_mark.quote in iface.text(QAccessible.Text.Description)
            assert QToolTip.isVisible() and view.current_mark.value_text in QToolTip.text()
        assert seen == marks
        qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last
        assert view.current_mark is marks[-1]
        qtbot.keyClick(view, Qt.Key.Key_Home)
        assert view.current_mark is marks[0]
        with qtbot.waitSignal(tab.context.show_source) as signal:
            qtbot.keyClick(view, Qt.Key.Key_Return)
        assert signal.args == [marks[0].fact_id]
        # Shown beside the chart too, for sighted keyboard users.
        assert marks[0].value_text in tab.mark_line.text()
    QToolTip.hideText()


def test_chart_view_has_a_name_and_a_description(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    iface = QAccessible.queryAccessibleInterface(tab.view)
    assert tab.current_spec().title in iface.text(QAccessible.Text.Name)
    assert "Arrow keys" in iface.text(QAccessible.Text.Description)
    assert tab.view.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_show_as_table_lists_every_mark_with_value_period_and_quote(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    assert tab.select_chart("five-year-changes")
    tab.table_action.trigger()
    dialog = tab.table_dialog
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableView)
    model = table.model()
    spec = tab.current_spec().complete()
    assert model.rowCount() == len(spec.marks())
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    for mark, row in zip(spec.marks(), rows, strict=True):
        assert mark.value_text in row and mark.quote in row and mark.period in row
    assert QAccessible.queryAccessibleInterface(table).text(QAccessible.Text.Name)
    dialog.close()


def test_statistics_toolbar_is_in_the_tab_order(qtbot, fujian):
    tab = open_statistics_tab(qtbot, fujian, "en")
    buttons = [tab.toolbar.widgetForAction(a) for a in tab.toolbar.actions() if not a.isSeparator()]
    assert buttons and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in buttons)
