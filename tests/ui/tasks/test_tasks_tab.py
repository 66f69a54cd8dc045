"""The Tasks tab and the checklist state in the window: keys, undo/redo, filters, review, banners, sharing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from tests.conftest import write_mini_report
from tests.model.state_helpers import without_action
from tests.ui.conftest import UI_REPORT
from viewer.model.loader import load_report
from viewer.model.paths import APPLICATION, ORGANIZATION, user_cache_dir, user_data_dir
from viewer.model.state import Mark, ReportState, Status
from viewer.ui.common.report_cache import report_cache
from viewer.ui.common.roles import Role
from viewer.ui.state.review_actions import add_review_actions, review_badge, set_review_mark
from viewer.ui.state.session import state_dir_for
from viewer.ui.tasks import expansion as task_expansion
from viewer.ui.tasks.checklist_model import ChecklistModel
from viewer.ui.tasks.tab import TasksTab


@pytest.fixture
def window(make_main_window, ui_report_path: Path):
    return make_main_window(ui_report_path, "en")


def tasks_tab(window) -> TasksTab:
    tab = window.set_current_tab("tasks")
    assert isinstance(tab, TasksTab)
    return tab


def saved(state_dir: Path) -> dict:
    return json.loads((state_dir / "mini-2024.json").read_text(encoding="utf-8"))


def test_models_pass_the_qt_model_tester(window, qtmodeltester) -> None:
    tab = tasks_tab(window)
    window.context.session.set_item("task-1.projects", "x", status=Status.DONE, note="n")
    qtmodeltester.check(tab.model)
    # The model filters itself: it stays a valid model with rows hidden and across the resets of a filter.
    labels = [tab.status_filter.itemText(i) for i in range(tab.status_filter.count())]
    tab.status_filter.setCurrentIndex(labels.index("Not done"))
    tab.text_filter.setText("n")
    qtmodeltester.check(tab.model, force_py=True)
    assert tab.model.is_filtering() and not tab.model.key_index("task-1.projects").isValid()  # done: hidden


def test_space_toggles_done_and_undo_redo(window, qtbot, temporary_state_dir: Path) -> None:
    tab = tasks_tab(window)
    state = window.context.state
    assert tab.select_key("task-1.projects")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert state.is_done("task-1.projects")
    assert saved(temporary_state_dir)["checklist"]["task-1.projects"]["status"] == "done"  # saved at once
    assert "1 of 4" in tab.overall_label.text()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert state.status("task-1.projects") is Status.TODO
    window.undo_action.trigger()
    assert state.is_done("task-1.projects")
    window.undo_action.trigger()
    assert state.item("task-1.projects") is None and "task-1.projects" not in saved(temporary_state_dir)["checklist"]
    window.redo_action.trigger()
    assert state.is_done("task-1.projects")


def test_edit_menu_has_standard_undo_shortcuts(window) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence(QKeySequence.StandardKey.Redo) in window.redo_action.shortcuts()
    assert window.undo_action in window.menus.edit_menu.actions()


def test_bulk_change_is_one_undo_step(window, qtbot) -> None:
    tab = tasks_tab(window)
    state = window.context.state
    window.context.session.set_item("task-2.cloud", "x", status=Status.BLOCKED)
    tab.select_key("task-2")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)  # on a task row: every action done
    assert state.task_progress("task-2") == (2, 2)
    assert window.context.undo_stack.count() == 2
    window.undo_action.trigger()  # one step undoes both
    assert state.status("task-2.cloud") is Status.BLOCKED and state.item("task-2.platform") is None
    window.redo_action.trigger()
    assert state.task_progress("task-2") == (2, 2)
    assert tab.set_task_status(window.context.report.tasks[1], Status.DOING)
    assert state.task_progress("task-2") == (0, 2)


def test_enter_edits_the_note(window, qtbot) -> None:
    tab = tasks_tab(window)
    window.activateWindow()
    tab.select_key("task-1.monitoring")
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.editor.note.hasFocus())
    tab.editor.note.insertPlainText("监测周报")  # QTest cannot type non-Latin keys; this is what typing does
    qtbot.keyClick(tab.editor.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    state = window.context.state
    assert state.item("task-1.monitoring").note == "监测周报"
    window.undo_action.trigger()
    assert state.item("task-1.monitoring") is None
    assert tab.editor.note.toPlainText() == ""


def test_editors_change_status_owner_due(window, qtbot) -> None:
    tab = tasks_tab(window)
    state = window.context.state
    tab.select_key("task-2.cloud")
    tab.editor.status.setCurrentIndex(list(Status).index(Status.BLOCKED))
    tab.editor.status.activated.emit(list(Status).index(Status.BLOCKED))
    tab.editor.owner.setText("李四")
    tab.editor.owner.editingFinished.emit()
    tab.editor.due.setDate(tab.editor.due.date().fromString("2024-09-30", "yyyy-MM-dd"))
    tab.editor.due.editingFinished.emit()
    record = state.item("task-2.cloud")
    assert (record.status, record.owner, record.due.isoformat()) == (Status.BLOCKED, "李四", "2024-09-30")
    tab.editor.clear_due.click()
    assert state.item("task-2.cloud").due is None
    assert window.context.undo_stack.count() == 4
    source = tab.model.key_index("task-2.cloud")
    assert source.siblingAtColumn(ChecklistModel.STATUS).data() == "Blocked"
    assert source.siblingAtColumn(ChecklistModel.OWNER).data() == "李四"


def test_status_and_text_filters(window) -> None:
    tab = tasks_tab(window)
    session = window.context.session
    session.set_item("task-1.projects", "x", status=Status.DONE)
    session.set_item("task-2.platform", "x", status=Status.BLOCKED, note="等待审批")

    def visible() -> set[str]:
        out = set()
        model = tab.tree.model()
        for row in range(model.rowCount()):
            task = model.index(row, 0)
            for child in range(model.rowCount(task)):
                out.add(model.index(child, 0, task).data(Role.KEY))
        return out

    assert len(visible()) == 4
    labels = [tab.status_filter.itemText(i) for i in range(tab.status_filter.count())]
    tab.status_filter.setCurrentIndex(labels.index("Not done"))
    assert visible() == {"task-1.monitoring", "task-2.cloud", "task-2.platform"}
    tab.status_filter.setCurrentIndex(labels.index("Blocked"))
    assert visible() == {"task-2.platform"}
    tab.status_filter.setCurrentIndex(0)
    tab.text_filter.setText("审批")  # matches the note
    assert visible() == {"task-2.platform"}
    tab.text_filter.setText("digital")  # matches a task title: all its actions show
    assert visible() == {"task-2.cloud", "task-2.platform"}
    tab.text_filter.clear()
    tab.status_filter.setCurrentIndex(labels.index("Done"))
    assert tab.select_key("task-2.cloud")  # selecting a hidden item clears the filters
    assert tab.status_filter.currentIndex() == 0


def test_review_marks_badges_and_review_filter(window) -> None:
    tab = tasks_tab(window)
    context = window.context
    assert set_review_mark(context, "va-growth", Mark.QUESTIONED, "口径?")
    assert set_review_mark(context, "task-1", Mark.CHECKED)
    assert review_badge(context, "va-growth") == "⚠" and review_badge(context, "task-1") == "✓"
    assert review_badge(context, "xinghai") == ""
    assert tab.model.key_index("task-1").siblingAtColumn(ChecklistModel.REVIEW).data() == "✓"
    assert "✓ 1 checked · ⚠ 1 questioned · 5 not yet reviewed" in tab.review_label.text()
    tab.status_filter.setCurrentIndex(tab.status_filter.count() - 1)  # Review: questioned items
    assert tab.pages.currentIndex() == 1
    rows = [[tab.review_model.item(r, c).text() for c in range(4)] for r in range(tab.review_model.rowCount())]
    assert rows == [["Fact", "Industrial value added growth", "⚠ Questioned", "口径?"]]
    window.undo_action.trigger()  # the task mark
    window.undo_action.trigger()  # the fact mark
    assert tab.review_model.rowCount() == 0 and review_badge(context, "va-growth") == ""


def test_review_context_menu(window) -> None:
    from PySide6.QtWidgets import QMenu

    context = window.context
    menu = QMenu()
    add_review_actions(menu, context, "key-projects", None)
    names = {a.objectName(): a for a in menu.actions()}
    assert set(names) == {"review_checked", "review_questioned", "review_unreviewed", "review_comment"}
    assert not names["review_unreviewed"].isEnabled()  # nothing to clear yet
    names["review_checked"].trigger()
    assert context.state.mark_of("key-projects") is Mark.CHECKED
    tab = tasks_tab(window)
    task_menu = tab.build_tree_menu(tab.model.key_index("task-2"))
    assert any(a.objectName() == "review_questioned" for a in task_menu.actions())


def test_overview_progress_follows_the_state(window) -> None:
    overview = window.ensure_tab("overview")
    window.context.session.set_task_status("task-1", Status.DONE, "x")
    bar = overview.progress_bars["task-1"]
    assert (bar.value(), bar.maximum()) == (2, 2)
    window.undo_action.trigger()
    assert bar.value() == 0


def test_second_window_is_read_only_with_banner(make_main_window, ui_report_path: Path, qtbot,
                                                temporary_state_dir: Path) -> None:
    other = ReportState.open(load_report(ui_report_path).report, temporary_state_dir)  # another instance
    window = make_main_window(ui_report_path, "en")
    tab = tasks_tab(window)
    assert tab.read_only_banner.isVisible()
    assert "Another Report Viewer" in tab.read_only_banner.label.text()
    assert "read-only until it closes" in tab.read_only_banner.label.text()
    tab.select_key("task-1.projects")
    assert not tab.editor.note.isEnabled() and not tab.import_button.isEnabled()
    with qtbot.waitSignal(window.context.session.failed):
        qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert not window.context.state.is_done("task-1.projects") and window.context.undo_stack.count() == 0
    other.apply(other.plan_item("task-2.cloud", status="doing"))  # the read-only window follows the writer
    qtbot.waitUntil(lambda: window.context.state.status("task-2.cloud") is Status.DOING)
    other.close()
    tab.read_only_banner.button.click()  # "Try again": the other instance has gone
    assert not tab.read_only_banner.isVisible() and tab.editor.note.isEnabled()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert window.context.state.is_done("task-1.projects")


def test_save_failure_keeps_working_and_retries(window, qtbot, monkeypatch, temporary_state_dir: Path) -> None:
    tab = tasks_tab(window)
    real_replace = os.replace

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)  # root ignores chmod; a refused rename stands for a read-only dir
    tab.select_key("task-1.projects")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)
    assert tab.message_bar.isVisible() and "could not be saved" in tab.message_bar.label.text()
    assert tab.message_bar.button.text() == "Retry"
    assert window.context.state.is_done("task-1.projects") and "1 of 4" in tab.overall_label.text()
    assert window.statusBar().currentMessage() == window.context.session.save_error
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Space)  # the UI keeps working
    assert window.context.state.overall_progress() == (2, 4)
    monkeypatch.setattr(os, "replace", real_replace)
    tab.message_bar.button.click()
    assert "All changes are saved" in tab.message_bar.label.text()
    assert set(saved(temporary_state_dir)["checklist"]) == {"task-1.projects", "task-1.monitoring"}


def test_corrupt_state_file_notice(make_main_window, ui_report_path: Path, temporary_state_dir: Path) -> None:
    temporary_state_dir.mkdir(parents=True)
    (temporary_state_dir / "mini-2024.json").write_text("{not json", encoding="utf-8")
    window = make_main_window(ui_report_path, "en")
    [aside] = temporary_state_dir.glob("mini-2024.corrupt-*.json")
    assert str(aside) in window.statusBar().currentMessage()
    tab = tasks_tab(window)
    assert tab.notice_bar.isVisible() and str(aside) in tab.notice_bar.label.text()
    assert "nothing in it could be used" in tab.notice_bar.label.text()


@pytest.mark.parametrize("content", [
    '{"checklist":' + "[" * 50_000 + "]" * 50_000 + "}",  # nesting: RecursionError stopped the window
    '{"format": "industry-report-viewer/state", "version": 1, "report_id": "mini-2024", "review": {}, '
    '"checklist": {"task-1.projects": {"status": "done", "updated": "9999-12-31T23:59:59.999999-01:00"}}}',
])
def test_a_state_file_that_broke_the_start_is_moved_aside(make_main_window, ui_report_path: Path,
                                                           temporary_state_dir: Path, content: str) -> None:
    temporary_state_dir.mkdir(parents=True)
    (temporary_state_dir / "mini-2024.json").write_text(content, encoding="utf-8")
    window = make_main_window(ui_report_path, "en")
    [aside] = temporary_state_dir.glob("mini-2024.corrupt-*.json")
    assert aside.read_text("utf-8") == content
    tab = tasks_tab(window)
    assert tab.notice_bar.isVisible() and str(aside) in tab.notice_bar.label.text()
    assert window.context.session.set_item("task-1.projects", "done", status=Status.DONE)
    assert saved(temporary_state_dir)["checklist"]["task-1.projects"]["status"] == "done"


def test_orphans_after_a_data_change(make_main_window, ui_report_path: Path, tmp_path: Path) -> None:
    window = make_main_window(ui_report_path, "en")
    tab = tasks_tab(window)
    window.context.session.set_item("task-1.projects", "x", status=Status.DONE, note="已开工")
    window.context.session.set_item("task-2.cloud", "x", status=Status.DOING)
    assert not tab.orphan_box.isVisible()
    newer = write_mini_report(tmp_path / "v2", without_action(UI_REPORT, "task-1.projects", "推进项目建设"))
    window.context.set_report(load_report(newer))
    assert tab.orphan_box.isVisible()
    assert tab.orphan_model.index(0, 0).data() == "task-1.projects" and tab.orphan_model.index(0, 2).data() == "已开工"
    assert window.context.state.status("task-2.cloud") is Status.DOING
    assert "0 of 3" in tab.overall_label.text()


def test_export_and_import_with_undo(window, tmp_path: Path, ui_report_path: Path) -> None:
    tab = tasks_tab(window)
    session = window.context.session
    session.set_item("task-1.projects", "x", status=Status.DONE)
    for fmt in ("md", "csv", "json"):
        assert tab.export_to(tmp_path / f"out.{fmt}", fmt) is None
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["items"][0]["status"] == "done"
    assert "- [x] Push project construction" in (tmp_path / "out.md").read_text(encoding="utf-8") or \
        "- [x] 推进项目建设" in (tmp_path / "out.md").read_text(encoding="utf-8")

    colleague = ReportState.in_memory(load_report(ui_report_path).report)
    colleague.apply(colleague.plan_item("task-2.cloud", status="blocked", note="缺资金"))
    colleague.apply(colleague.plan_mark("xinghai", Mark.QUESTIONED, "投产时间?"))
    from viewer.model.state.exchange import export_json

    (tmp_path / "colleague.json").write_text(export_json(colleague), encoding="utf-8")
    seen = []
    preview = tab.import_from(tmp_path / "colleague.json", confirm=lambda p: seen.append(p.counts()) or True)
    assert preview is not None and seen[0]["added"] == 2 and seen[0]["changed"] == 0
    state = window.context.state
    assert state.status("task-2.cloud") is Status.BLOCKED and state.mark_of("xinghai") is Mark.QUESTIONED
    window.undo_action.trigger()  # the whole import is one step
    assert state.item("task-2.cloud") is None and state.mark("xinghai") is None and state.is_done("task-1.projects")
    assert tab.import_from(tmp_path / "colleague.json", confirm=lambda p: False) is None  # cancelled
    assert state.item("task-2.cloud") is None
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    assert tab.import_from(tmp_path / "bad.json", confirm=lambda p: True) is None
    assert "Could not import" in tab.notice_bar.label.text()


def test_an_import_reads_its_file_in_a_worker_thread_and_applies_it_on_the_window_s(window, tmp_path: Path,
                                                                                   ui_report_path: Path, qtbot,
                                                                                   monkeypatch) -> None:
    # Reading and checking 2,500 rows of an export stalled the window ~0.25-0.36 s: the Import button's import
    # parses in a worker thread; the preview, the question and the change are made on the window's thread.
    import threading

    from viewer.model.state.exchange import export_json
    from viewer.ui.tasks import transfer

    tab = tasks_tab(window)
    colleague = ReportState.in_memory(load_report(ui_report_path).report)
    colleague.apply(colleague.plan_item("task-2.cloud", status="blocked", note="缺资金"))
    (tmp_path / "colleague.json").write_text(export_json(colleague), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    threads: dict[str, threading.Thread] = {}
    read = transfer.read_import
    monkeypatch.setattr(transfer, "read_import", lambda *a: (threads.setdefault("read", threading.current_thread()),
                                                             read(*a))[1])
    asked: list[threading.Thread] = []
    state = window.context.state
    assert tab.import_from(tmp_path / "colleague.json", confirm=lambda p: asked.append(threading.current_thread())
                           or True, wait=False) is None
    assert tab.transfer.importing()
    qtbot.waitUntil(lambda: state.item("task-2.cloud") is not None)
    assert not tab.transfer.importing()
    assert threads["read"] is not threading.main_thread() and asked == [threading.main_thread()]
    assert state.status("task-2.cloud") is Status.BLOCKED
    window.undo_action.trigger()  # one undo step, as before
    assert state.item("task-2.cloud") is None
    tab.import_from(tmp_path / "bad.json", confirm=lambda p: True, wait=False)
    qtbot.waitUntil(lambda: not tab.transfer.importing())
    assert "Could not import" in tab.notice_bar.label.text() and state.item("task-2.cloud") is None


def load_report_arg_cache_folder() -> Path:
    """The cache folder `report-viewer facts` and the other commands load through."""
    from viewer.model.cache import default_cache

    return default_cache().folder


def test_user_folders_are_the_ones_qt_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Earlier versions asked Qt for the window's folders: state recorded there, and cache entries, are found.
    assert (QCoreApplication.organizationName(), QCoreApplication.applicationName()) == (ORGANIZATION, APPLICATION)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    QStandardPaths.setTestModeEnabled(False)
    try:  # computing a path touches no file
        qt_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        qt_cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    finally:
        QStandardPaths.setTestModeEnabled(True)
    assert Path(qt_data) == user_data_dir() == tmp_path / "xdg" / "IndustryReportViewer" / "report-viewer"
    assert Path(qt_cache) == user_cache_dir()
    # One cache of parsed reports for the window and the command line (they had one each, under other keys).
    monkeypatch.delenv("REPORT_VIEWER_CACHE_DIR")
    assert report_cache().folder == load_report_arg_cache_folder() == user_cache_dir() / "reports"
    monkeypatch.delenv("REPORT_VIEWER_STATE_DIR")
    assert state_dir_for(None) == user_data_dir()


def test_badges_in_the_enterprises_tab(window) -> None:
    tab = window.set_current_tab("enterprises")
    context = window.context
    set_review_mark(context, "xinghai", Mark.CHECKED, "核对无误")
    set_review_mark(context, "key-projects", Mark.QUESTIONED)
    name = tab.enterprise_model.index(0, 0)
    assert name.data() == "✓ Xinghai Electronics" and name.data(Qt.ItemDataRole.ToolTipRole) == "Checked: 核对无误"
    assert tab.honour_model.index(0, 0).data() == "⚠ Key project honour"
    window.undo_action.trigger()
    assert tab.honour_model.index(0, 0).data() == "Key project honour"


def test_badges_in_the_overview(window) -> None:
    overview = window.set_current_tab("overview")
    context = window.context
    tile = next(t for t in overview.tiles if t.fact.id == "va-growth")
    set_review_mark(context, "va-growth", Mark.QUESTIONED, "?")
    set_review_mark(context, "task-2", Mark.CHECKED)
    assert tile.label.text() == "⚠ Industrial value added growth"
    assert overview.task_buttons["task-2"].text() == "✓ 2. Make digital transformation a key lever"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tile.label.text() == "Industrial value added growth"
    assert overview.task_buttons["task-2"].text() == "2. Make digital transformation a key lever"


def test_closing_with_unsaved_changes_asks(window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    real_replace = os.replace

    def refuse(src, dst):
        if str(dst).endswith("mini-2024.json"):  # the state folder's disk is full; the copy's is not
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    window.context.session.set_item("task-1.projects", "x", status=Status.DONE, note="别丢")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.pop(0))
    copy = tmp_path / "copy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.close()
    assert window.isVisible() and not window.context.state.read_only  # cancelled: still open, still the writer
    window.close()  # "Save a copy…": the change is kept in an importable export, then the window closes
    assert not window.isVisible() and answers == []
    items = {row["id"]: row for row in json.loads(copy.read_text(encoding="utf-8"))["items"]}
    assert items["task-1.projects"]["note"] == "别丢"


def test_opening_another_report_switches_state_files(window, tmp_path: Path, ui_report_path: Path,
                                                     temporary_state_dir: Path) -> None:
    context = window.context
    context.session.set_item("task-1.projects", "x", status=Status.DONE)
    other_path = write_mini_report(tmp_path / "other", UI_REPORT.replace("id: mini-2024", "id: other-2024", 1))
    context.set_report(load_report(other_path))
    assert context.state.report_id == "other-2024" and context.state.overall_progress() == (0, 4)
    assert context.undo_stack.count() == 0  # undo steps belonged to the other report's state
    previous = ReportState.open(load_report(ui_report_path).report, temporary_state_dir)
    assert not previous.read_only and previous.is_done("task-1.projects")  # its lock was released
    previous.close()


def test_filtering_keeps_the_current_row_and_expands_what_it_shows(window) -> None:
    tab = tasks_tab(window)
    assert tab.select_key("task-2.platform")
    tab.text_filter.setText("platform")  # still shown: stays current, the editor keeps showing it
    assert tab.current_ids()[1] == "task-2.platform"
    assert tab.detail.key == "task-2.platform"
    task = tab.model.key_index("task-2")
    assert tab.tree.isExpanded(task) and tab.model.rowCount(task) == 1
    tab.text_filter.setText("monitoring")  # hidden now: nothing is current, the panes say so
    assert tab.current_ids() == (None, None)
    assert tab.detail.key is None
    tab.text_filter.clear()
    assert all(tab.tree.isExpanded(tab.model.index(row, 0)) for row in range(tab.model.rowCount()))


def expanded_rows(tab: TasksTab) -> list[bool]:
    """Whether each task row shown is expanded."""
    return [tab.tree.isExpanded(tab.model.index(row, 0)) for row in range(tab.model.rowCount())]


def test_bundled_report_shows_every_task_expanded_without_an_expand_button(make_main_window) -> None:
    tab = tasks_tab(make_main_window(None, "en"))
    assert tab.model.rowCount() == 9 and tab.model.shown_action_count() == 56
    assert all(expanded_rows(tab)) and tab.expand_button.isHidden()
    tab.text_filter.setText("zz-no-such-text")
    tab.text_filter.clear()
    assert all(expanded_rows(tab)) and tab.expand_button.isHidden()


def test_past_the_expand_limit_tasks_start_collapsed_and_expand_on_request(make_main_window, monkeypatch) -> None:
    # The bundled report's 56 actions stand in for a large report's thousands.
    monkeypatch.setattr(task_expansion, "EXPAND_ALL_LIMIT", 30)
    window = make_main_window(None, "en")
    tab = tasks_tab(window)
    model, tree, button = tab.model, tab.tree, tab.expand_button
    tasks = window.context.report.tasks
    assert model.rowCount() == len(tasks) and not any(expanded_rows(tab))
    assert not button.isHidden() and button.text() == "Expand all"
    assert "30" in button.toolTip()
    # A filter showing no more than the limit expands what it shows, and the button goes.
    tab.text_filter.setText(tasks[0].actions[0].id)
    assert 0 < model.shown_action_count() <= 30
    assert all(expanded_rows(tab)) and button.isHidden()
    tab.text_filter.clear()
    assert not any(expanded_rows(tab)) and not button.isHidden()
    # Tasks the user opens, and the task of the current row, stay open across filters.
    tree.expand(model.key_index(tasks[1].id))
    current = tasks[3].actions[1].id
    assert tab.select_key(current)
    assert tree.isExpanded(model.key_index(tasks[3].id))
    tab.text_filter.setText(current)
    assert all(expanded_rows(tab)) and tab.current_ids()[1] == current
    tab.text_filter.clear()
    opened = {tasks[1].id, tasks[3].id}
    assert expanded_rows(tab) == [task.id in opened for task in tasks]
    assert tab.current_ids()[1] == current
    tree.collapse(model.key_index(tasks[1].id))  # closed by the user: stays closed
    tab.text_filter.setText("zz-no-such-text")
    tab.text_filter.clear()
    assert expanded_rows(tab) == [task.id == tasks[3].id for task in tasks]
    # "Expand all" sticks across filters until "Collapse all".
    button.click()
    assert all(expanded_rows(tab)) and button.text() == "Collapse all"
    tab.text_filter.setText("zz-no-such-text")
    tab.text_filter.clear()
    assert all(expanded_rows(tab)) and button.text() == "Collapse all"
    button.click()
    assert not any(expanded_rows(tab)) and button.text() == "Expand all"
    # Space still toggles the current action, collapsed or not.
    tab.select_key(current)
    tab.tree.setFocus()
    assert tab.toggle_current() and window.context.state.is_done(current)


def check_box_center(tab: TasksTab, index) -> QPoint:
    """Where the check box of the cell ``index`` is drawn in the tree's viewport."""
    option = QStyleOptionViewItem()
    option.rect = tab.tree.visualRect(index)
    tab.tree.itemDelegate().initStyleOption(option, index)
    return tab.tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tab.tree).center()


def test_clicking_an_actions_check_box_toggles_it_through_the_undo_stack(window, qtbot) -> None:
    tab = tasks_tab(window)
    context = window.context
    key = "task-1.monitoring"
    index = tab.model.key_index(key)
    tab.tree.scrollTo(index)
    assert not context.state.is_done(key)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(tab, index))
    assert context.state.is_done(key)
    assert tab.model.key_index(key).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # A click on the text beside the box selects the row and leaves the box alone.
    text = tab.tree.visualRect(index).center()
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=text)
    assert context.state.is_done(key) and tab.current_ids()[1] == key
    # A right click on the box does nothing either; undo takes the toggle back.
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.RightButton, pos=check_box_center(tab, index))
    assert context.state.is_done(key)
    context.undo_stack.undo()
    assert not context.state.is_done(key)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(tab, index))
    assert context.state.is_done(key)
    # Task rows have no box: a click where an action's box would be only selects the task.
    task = tab.model.key_index("task-1")
    box = check_box_center(tab, index)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(box.x(), tab.tree.visualRect(task).center().y()))
    assert tab.current_ids() == (window.context.report.tasks[0], None)
    assert context.state.task_progress("task-1") == context.task_progress("task-1")


def test_rows_hidden_by_a_filter_show_their_new_state_when_shown_again(window) -> None:
    tab = tasks_tab(window)
    session = window.context.session
    labels = [tab.status_filter.itemText(i) for i in range(tab.status_filter.count())]
    tab.status_filter.setCurrentIndex(labels.index("Blocked"))
    assert tab.model.rowCount() == 0
    session.set_item("task-1.projects", "x", status=Status.BLOCKED, owner="王五")  # now it matches: shown
    assert tab.model.key_index("task-1.projects").isValid()
    session.set_item("task-1.projects", "x", status=Status.DONE)  # hidden again, state changed meanwhile
    assert not tab.model.key_index("task-1.projects").isValid()
    tab.status_filter.setCurrentIndex(0)
    row = tab.model.key_index("task-1.projects")
    assert row.siblingAtColumn(ChecklistModel.STATUS).data() == "Done"
    assert row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    session.set_item("task-1.projects", "x", status=Status.BLOCKED)  # back to what it showed while hidden
    assert row.siblingAtColumn(ChecklistModel.STATUS).data() == "Blocked"
    tab.text_filter.setText("王五")  # owners are searched as they are now
    assert tab.model.key_index("task-1.projects").isValid() and tab.model.rowCount() == 1


def test_rows_are_one_line_high_with_the_whole_text_in_the_tooltip(window) -> None:
    tab = tasks_tab(window)
    assert tab.tree.uniformRowHeights() and not tab.tree.wordWrap()
    action = tab.model.key_index("task-2.platform")
    assert action.data(Qt.ItemDataRole.ToolTipRole) == action.data() == "Build industrial internet platforms"


def test_moved_parts_speak_chinese(make_main_window, ui_report_path: Path, tmp_path: Path, monkeypatch,
                                   qtbot) -> None:
    # Export/import, the expand button and the banners live in their own classes (their own translation
    # contexts): clicking through them in Chinese shows Chinese.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from viewer.model.state.exchange import export_json

    monkeypatch.setattr(task_expansion, "EXPAND_ALL_LIMIT", 1)
    window = make_main_window(ui_report_path, "zh")
    tab = tasks_tab(window)
    assert (tab.export_button.text(), tab.import_button.text()) == ("导出…", "导入…")
    assert tab.expand_button.text() == "全部展开" and "超过 1 项" in tab.expand_button.toolTip()
    tab.expand_button.click()
    assert tab.expand_button.text() == "全部折叠"

    asked: list[tuple[str, str]] = []
    out = tmp_path / "out.md"

    def save_name(_parent, title, _name, filters):
        asked.append((title, filters))
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    tab.export_button.click()
    assert asked == [("导出清单", "Markdown (*.md);;CSV (*.csv);;JSON (*.json)")]
    assert out.is_file() and tab.notice_bar.label.text() == f"已导出到 {out}"

    colleague = ReportState.in_memory(load_report(ui_report_path).report)
    colleague.apply(colleague.plan_item("task-2.cloud", status="blocked"))
    (tmp_path / "colleague.json").write_text(export_json(colleague), encoding="utf-8")
    chosen = str(tmp_path / "colleague.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, title, _d, filters: asked.append((title, filters)) or (chosen, ""))
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: boxes.append((box.windowTitle(), box.text())) or QMessageBox.StandardButton.Apply)
    tab.import_button.click()
    qtbot.waitUntil(lambda: not tab.transfer.importing())  # the file is read in a worker thread
    assert asked[1] == ("导入同事的清单", "JSON 导出文件 (*.json)")
    assert boxes[0][0] == "导入清单" and boxes[0][1].startswith("新增：1\n更改：0")
    assert window.context.state.status("task-2.cloud") is Status.BLOCKED
    assert window.context.undo_stack.undoText() == "从 colleague.json 导入 1 条记录"

    tab.banners.show_save_status("磁盘已满")
    assert tab.message_bar.button.text() == "重试"
    tab.banners.show_save_status("")
    assert tab.message_bar.label.text() == "所有更改均已保存。"
    tab.banners.show_read_only("另一个窗口正在使用")
    assert tab.read_only_banner.button.text() == "再试一次"

    task_menu = tab.build_tree_menu(tab.model.key_index("task-2"))
    assert task_menu is not None and task_menu.actions()[0].text().startswith("全部举措：")
    action_menu = tab.build_tree_menu(tab.model.key_index("task-1.projects"))
    assert action_menu is not None and action_menu.actions()[-1].text() == "编辑备注"
    assert tab.select_key("task-1.projects") and tab.toggle_current()
    assert window.context.undo_stack.undoText().startswith("切换“")


def test_a_language_switch_on_another_tab_relabels_the_tasks_tab_when_it_is_shown(window, monkeypatch) -> None:
    # Counting every action and review mark again took ~15-45 ms of a language switch made on another tab.
    tab = tasks_tab(window)
    assert tab.overall_label.text().startswith("Overall:")
    english_choice = tab.status_filter.itemText(0)
    counted: list[str] = []
    count = window.context.state.overall_progress
    monkeypatch.setattr(window.context.state, "overall_progress", lambda: (counted.append("x"), count())[1])
    window.set_current_tab("overview")
    window.set_language("zh")
    assert counted == []  # hidden: nothing counted
    assert tab.status_filter.itemText(0) != english_choice  # the filter's choices are translated at once (cheap)
    window.set_current_tab("tasks")
    assert counted and not tab.overall_label.text().startswith("Overall:")
    window.set_language("en")  # shown: relabelled at once
    assert tab.overall_label.text().startswith("Overall:")
