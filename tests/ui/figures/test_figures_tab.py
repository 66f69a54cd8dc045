"""The Figures tab: every fact in one table; sort, filter, keyboard, the source jump, the side pane, review marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.model.state import Mark
from viewer.model.types import FactKind
from viewer.ui.common.roles import Role
from viewer.ui.figures.model import FiguresModel
from viewer.ui.figures.tab import FiguresTab
from viewer.ui.state.review_actions import review_menu


@pytest.fixture
def window(make_main_window):
    return make_main_window(None, "en")  # the bundled report


def figures_tab(window) -> FiguresTab:
    tab = window.set_current_tab("figures")
    assert isinstance(tab, FiguresTab)
    return tab


def shown_ids(tab: FiguresTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(Role.KEY) for r in range(tab.proxy.rowCount())]


def test_every_fact_is_a_row_and_the_model_passes_the_tester(window, qtmodeltester) -> None:
    tab = figures_tab(window)
    report = window.context.report
    assert shown_ids(tab) == [f.id for f in report.facts] and len(report.facts) == 44
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    fact = report.fact("va-output-2022") if any(f.id == "va-output-2022" for f in report.facts) else report.facts[0]
    row = tab.model.row_of(fact.id)
    cells = [tab.model.index(row, c).data() for c in range(FiguresModel.COLUMNS)]
    assert cells[FiguresModel.LABEL] == fact.label.zh and cells[FiguresModel.LABEL_EN] == fact.label.en
    assert cells[FiguresModel.QUOTE] == fact.quote
    assert cells[FiguresModel.REVIEW] == "Not reviewed"


def test_values_sort_as_numbers(window) -> None:
    tab = figures_tab(window)
    tab.table.sortByColumn(FiguresModel.VALUE, Qt.SortOrder.AscendingOrder)
    values = [tab.proxy.index(r, FiguresModel.VALUE).data(Role.SORT_KEY) for r in range(tab.proxy.rowCount())]
    assert values == sorted(values) and all(isinstance(v, float) for v in values)
    texts = [tab.proxy.index(r, FiguresModel.VALUE).data() for r in range(tab.proxy.rowCount())]
    assert texts != sorted(texts)  # as text "1166" would come before "15.5%": numbers really sort as numbers
    assert values[-1] == 2920


def test_filters_by_text_kind_section_and_review(window) -> None:
    tab = figures_tab(window)
    report = window.context.report
    tab.text_filter.setText("全国")
    assert set(shown_ids(tab)) == {f.id for f in report.facts if "全国" in f.quote or "全国" in f.label.zh}
    tab.text_filter.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(FactKind.RANK))
    assert shown_ids(tab) == [f.id for f in report.facts if f.kind == FactKind.RANK]
    tab.kind_filter.setCurrentIndex(0)
    tab.section_filter.setCurrentIndex(tab.section_filter.findData("review-2022"))
    assert shown_ids(tab) == [f.id for f in report.facts if f.section == "review-2022"]
    tab.section_filter.setCurrentIndex(0)
    tab.table.selectRow(0)
    first = shown_ids(tab)[0]
    tab.question_button.click()
    tab.review_filter.setCurrentIndex(tab.review_filter.findData("questioned"))
    assert shown_ids(tab) == [first]
    tab.review_filter.setCurrentIndex(tab.review_filter.findData("unreviewed"))
    assert first not in shown_ids(tab) and len(shown_ids(tab)) == 43
    assert "43 of 44 figures" in tab.count.text()


def test_keyboard_enter_shows_the_quote_in_the_source_tab(window, qtbot) -> None:
    tab = figures_tab(window)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    fact = window.context.report.facts[2]
    assert tab.current_id() == fact.id
    assert tab.detail.quote.toPlainText() == fact.quote
    assert fact.label.en in tab.detail.english.text()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert window.current_tab_key() == "source"
    assert window.built_tab("source").selected_text() == fact.quote


def test_double_click_shows_the_quote_in_the_source_tab(window, qtbot) -> None:
    tab = figures_tab(window)
    fact = window.context.report.facts[5]
    index = tab.proxy.index(5, FiguresModel.LABEL)
    rect = tab.table.visualRect(index)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab_key() == "source"
    assert window.built_tab("source").selected_text() == fact.quote


def test_marking_every_figure_brings_the_tasks_header_to_zero_not_yet_reviewed(window, qtbot) -> None:
    context = window.context
    report = context.report
    tasks = window.set_current_tab("tasks")
    before = context.state.review_counts()
    assert before.unreviewed == len(report.facts) + len(report.enterprises) + len(report.honours) + len(report.tasks)
    tab = figures_tab(window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select every row
    assert len(tab.selected_ids()) == 44
    tab.check_button.click()
    assert "0 not yet reviewed" in tab.count.text()
    assert context.state.review_counts().unreviewed == before.unreviewed - 44
    assert f"{before.unreviewed - 44} not yet reviewed" in tasks.review_label.text()
    # The rest from where they are shown: enterprises and honours in their tab, tasks in the Tasks tree.
    for item_id in [e.id for e in report.enterprises] + [h.id for h in report.honours] + [t.id for t in report.tasks]:
        menu = review_menu(context, item_id, window)
        next(a for a in menu.actions() if a.objectName() == "review_checked").trigger()
    assert f"✓ {before.unreviewed} checked · ⚠ 0 questioned · 0 not yet reviewed" in tasks.review_label.text()
    # Undo: the 44 figures were one step.
    for _ in range(len(report.enterprises) + len(report.honours) + len(report.tasks)):
        window.undo_action.trigger()
    window.undo_action.trigger()
    assert context.state.review_counts().unreviewed == before.unreviewed
    assert "44 not yet reviewed" in tab.count.text()


def test_space_marks_checked_and_badges_have_colour_and_symbol(window, qtbot) -> None:
    tab = figures_tab(window)
    tab.table.setFocus()
    tab.table.selectRow(1)
    fact_id = tab.current_id()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert window.context.state.mark_of(fact_id) is Mark.CHECKED
    cell = tab.proxy.index(1, FiguresModel.REVIEW)
    assert cell.data() == "✓ Checked"
    assert not cell.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().green() > 100
    tab.question_button.click()
    assert tab.proxy.index(1, FiguresModel.REVIEW).data() == "⚠ Questioned"
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # not every selected figure is checked: marks it checked
    assert window.context.state.mark_of(fact_id) is Mark.CHECKED
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert window.context.state.mark_of(fact_id) is Mark.UNREVIEWED


def test_a_comment_keeps_the_mark(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    tab = figures_tab(window)
    tab.table.selectRow(0)
    fact_id = tab.current_id()
    tab.check_button.click()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("口径待核", True))
    tab.comment_button.click()
    record = window.context.state.mark(fact_id)
    assert record.mark is Mark.CHECKED and record.comment == "口径待核"
    assert tab.proxy.index(0, FiguresModel.COMMENT).data() == "口径待核"
    assert "口径待核" in tab.comment_label.text()


def test_chinese_titles(make_main_window) -> None:
    window = make_main_window(None, "zh")
    tab = figures_tab(window)
    titles = tab.model.column_titles()
    assert titles[0] == "核对" and "原文" in titles[-1]
    assert window.tab_widget.tabText(window.tab_keys().index("figures")) == "数据核对"


def test_the_count_of_figures_not_yet_reviewed_reads_the_marks_not_every_figure(window, monkeypatch) -> None:
    # The 10k-fact report's first visit asked each of 10,000 figures for its mark, twice (issue 20 goal 2).
    from viewer.ui.state.review_actions import set_review_marks

    context = window.context
    report = context.report
    tab = figures_tab(window)
    facts = [f.id for f in report.facts]
    set_review_marks(context, facts[:5], Mark.CHECKED)
    set_review_marks(context, facts[5:7], Mark.QUESTIONED)
    set_review_marks(context, [report.enterprises[0].id, report.honours[0].id], Mark.CHECKED)  # not figures
    set_review_marks(context, facts[:1], Mark.UNREVIEWED)
    asked: list[str] = []
    real_mark = tab.model.mark
    monkeypatch.setattr(tab.model, "mark", lambda fact_id: asked.append(fact_id) or real_mark(fact_id))
    tab._update_count()
    assert asked == []
    naive = sum(1 for f in facts if context.state.mark_of(f) is Mark.UNREVIEWED)
    assert naive == len(facts) - 6
    assert f"{len(facts)} of {len(facts)} figures · {naive} not yet reviewed" in tab.count.text()
