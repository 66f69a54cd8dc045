"""Every item model of the window passes Qt's model tester, also across a report change and language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from viewer.model.loader import LoadedReport, load_report
from viewer.model.search import SearchIndex
from viewer.model.state import ReportState
from viewer.ui.common.roles import Role
from viewer.ui.context import AppContext
from viewer.ui.enterprises.models import EnterpriseTableModel, HonourTableModel
from viewer.ui.tasks.tree_model import TaskTreeModel
from viewer.ui.window.search_panel import HitListModel


def test_task_tree_model(qtmodeltester, any_report: LoadedReport, ui_report_path) -> None:
    context = AppContext(any_report)
    model = TaskTreeModel(context)
    qtmodeltester.check(model, force_py=True)
    context.set_language("en")
    context.set_report(load_report(ui_report_path))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_task_tree_model_checkable_asks_the_state(qtmodeltester, ui_report_path) -> None:
    context = AppContext(load_report(ui_report_path))
    state = context.state = ReportState.in_memory(context.report)
    state.apply(state.plan_item("task-1.projects", status="done"))
    model = TaskTreeModel(context, checkable=True)
    qtmodeltester.check(model, force_py=True)
    task = model.index(0, 0)
    assert model.index(0, 1).data() == "1/2"
    assert context.task_progress("task-1") == (1, 2)
    requested: list[tuple[str, bool]] = []
    model.check_requested.connect(lambda key, done: requested.append((key, done)))
    second = model.index(1, 0, task)
    assert second.data(Role.KEY) == "task-1.monitoring"
    model.setData(second, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert requested == [("task-1.monitoring", True)]


@pytest.mark.parametrize("model_type", [EnterpriseTableModel, HonourTableModel])
def test_enterprise_and_honour_models(qtmodeltester, any_report: LoadedReport, ui_report_path, model_type) -> None:
    # One model per tester: the tester stays connected to every model it has checked.
    context = AppContext(any_report)
    model = model_type(context)
    qtmodeltester.check(model, force_py=True)
    context.set_language("en")
    context.set_report(load_report(ui_report_path))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_hit_list_model(qtmodeltester, any_report: LoadedReport) -> None:
    model = HitListModel(AppContext(any_report))
    index = SearchIndex(any_report.report, any_report.source_text)
    model.set_hits(index.search("工业"))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_hits([])
    qtmodeltester.check(model, force_py=True)


def test_an_enterprise_table_row_has_no_dict() -> None:
    # 4,000 rows on the 10k-fact report: no __dict__ each (issue 20's memory after every tab).
    from viewer.model.loader import load_report
    from viewer.model.paths import default_report_path
    from viewer.ui.enterprises.models import AchievementRow

    enterprise = load_report(default_report_path()).report.enterprises[0]
    row = AchievementRow(enterprise, 0, enterprise.achievements[0])
    assert not hasattr(row, "__dict__")
    assert row.key == f"{enterprise.id}#0"
