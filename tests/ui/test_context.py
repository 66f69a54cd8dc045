"""AppContext: report, language and progress, and the signals the tabs rely on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from viewer.model.loader import load_report
from viewer.model.state import ReportState
from viewer.ui.context import AppContext


def test_signals_and_progress(qtbot, ui_report_path) -> None:
    context = AppContext(load_report(ui_report_path))
    assert context.lang == "zh"
    assert context.task_progress("task-1") == (0, 2)
    assert context.task_progress("missing") == (0, 0)
    with qtbot.waitSignal(context.language_changed) as blocker:
        context.set_language("en")
    assert blocker.args == ["en"]
    with qtbot.assertNotEmitted(context.language_changed):
        context.set_language("en")
    with pytest.raises(ValueError, match="unknown language"):
        context.set_language("fr")
    with qtbot.waitSignal(context.report_changed):
        context.set_report(load_report(ui_report_path))
    assert context.provenance.span("va-growth") is not None
    with qtbot.waitSignal(context.export_enabled_changed) as blocker:
        context.set_export_enabled(True)
    assert blocker.args == [True]


def _state_with_done(context: AppContext, *action_ids: str) -> ReportState:
    state = ReportState.in_memory(context.report)
    state.apply(state.plan_items(action_ids, status="done"))
    return state


def test_progress_from_the_checklist_state(ui_report_path) -> None:
    context = AppContext(load_report(ui_report_path))
    context.state = _state_with_done(context, "task-2.cloud")
    assert context.task_progress("task-2") == (1, 2)
    assert context.task_progress("task-1") == (0, 2)
    assert context.task_progress("missing") == (0, 0)


def test_progress_bars_follow_state_changed(make_main_window, ui_report_path) -> None:
    window = make_main_window(ui_report_path)
    overview = window.built_tab("overview")
    assert overview.progress_bars["task-2"].text() == "0/2"

    window.context.state = _state_with_done(window.context, "task-2.cloud")
    window.context.state_changed.emit()
    assert overview.progress_bars["task-2"].value() == 1
    assert overview.progress_bars["task-2"].text() == "1/2"


def test_export_action_follows_the_context(make_main_window, qtbot) -> None:
    window = make_main_window(None)
    # The charts part handles File -> Export… from the start (viewer.ui.export.dialog).
    assert window.menus.export_action.isEnabled()
    window.context.set_export_enabled(False)
    assert not window.menus.export_action.isEnabled()
    window.context.set_export_enabled(True)
    assert window.menus.export_action.isEnabled()
    with qtbot.waitSignal(window.context.export_requested):
        window.menus.export_action.trigger()
    dialog = window.findChild(QDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()
