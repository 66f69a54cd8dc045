"""Opening a report from the window without stalling it: loaded in a worker thread with progress shown, the
hidden tabs built again only when visited, a newer open cancelling an older one, problems still shown with file,
line and column, and nothing the user recorded lost (viewer/ui/window/opening.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.errors import ReportError
from viewer.model.paths import default_report_path
from viewer.model.state import Status
from viewer.ui.window import dialogs, opening


@pytest.fixture
def load_threads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, threading.Thread]]:
    """(file name, thread) of every report the window loads through its opener."""
    seen: list[tuple[str, threading.Thread]] = []
    real = opening.load_report

    def recorded(path, cache=None):
        seen.append((Path(path).name, threading.current_thread()))
        return real(path, cache)

    monkeypatch.setattr(opening, "load_report", recorded)
    return seen


def test_a_report_opened_from_the_window_is_loaded_in_a_worker_with_progress_shown(
    make_main_window, ui_report_path, qtbot, load_threads
) -> None:
    window = make_main_window(None)
    before = window.context.loaded
    assert window.open_report(ui_report_path, wait=False)
    # Nothing was loaded on the GUI thread: the window shows what it is doing and stays on the last report.
    assert window.busy() and window.opener.progress.isVisible()
    assert "mini-2024" not in window.context.report.meta.id
    assert str(ui_report_path) in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert window.context.loaded is not before and window.context.report.meta.id == "mini-2024"
    assert [name for name, _ in load_threads] == [ui_report_path.name]
    assert load_threads[0][1] is not threading.main_thread()
    assert not window.opener.progress.isVisible()


def test_only_the_tab_shown_is_built_again_the_others_when_first_visited(
    make_main_window, ui_report_path, qtbot
) -> None:
    window = make_main_window(None)
    for key in ("enterprises", "tasks", "source", "overview"):
        window.set_current_tab(key)
    overview = window.built_tab("overview")
    window.open_report(ui_report_path, wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert window.built_tab("overview") is overview  # the tab shown follows the new report
    assert [key for key in window.tab_keys() if window.built_tab(key) is not None] == ["overview"]
    assert window.set_current_tab("enterprises").honour_model.rowCount() == 1  # built from the new report
    assert window.set_current_tab("source").text.toPlainText() == window.context.loaded.source_text


def test_opening_another_report_while_one_loads_cancels_the_first(
    make_main_window, ui_report_path, tmp_path, qtbot, monkeypatch
) -> None:
    window = make_main_window(None)
    release = threading.Event()
    real = opening.load_report
    slow = write_mini_report(tmp_path / "slow", UI_REPORT.replace("id: mini-2024", "id: slow-2024"))

    def load(path, cache=None):
        if Path(path) == slow:
            release.wait(20)  # held until the second open has been shown
        return real(path, cache)

    monkeypatch.setattr(opening, "load_report", load)
    window.open_report(slow, wait=False)
    window.open_report(ui_report_path, wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert window.context.report.meta.id == "mini-2024"
    release.set()
    shown = window.context.loaded
    qtbot.wait(200)  # the first load ends in its thread; what it loaded is dropped
    assert window.context.loaded is shown and not window.busy()


def test_problems_of_a_report_opened_in_the_background_are_shown_with_line_and_column(
    make_main_window, tmp_path, qtbot, monkeypatch
) -> None:
    shown: list[ReportError] = []
    monkeypatch.setattr(dialogs, "show_report_error", lambda error, parent=None, note="": shown.append(error))
    window = make_main_window(None)
    before = window.context.loaded
    broken = write_mini_report(tmp_path / "broken", UI_REPORT.replace("    value: 8.2\n", "    value: eight\n"))
    window.open_report(broken, wait=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert not window.busy() and window.context.loaded is before
    first = str(shown[0]).splitlines()[0]
    assert first.startswith(f"{broken}:") and first.split(":")[1].isdigit() and first.split(":")[2].isdigit()
    assert str(broken) in window.statusBar().currentMessage()


def test_the_checklist_recorded_is_kept_when_the_report_is_opened_again(make_main_window, qtbot) -> None:
    window = make_main_window(default_report_path())
    window.set_current_tab("tasks")
    session = window.context.session
    task = window.context.report.tasks[0]
    action = task.actions[0]
    assert session.set_item(action.id, "done", status=Status.DONE, note="已核对")
    window.set_current_tab("overview")
    window.open_report(default_report_path(), wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    record = window.context.state.item(action.id)
    assert record is not None and record.status == Status.DONE and record.note == "已核对"
    assert window.context.task_progress(task.id)[0] == 1
    overview = window.built_tab("overview")
    assert overview.progress_bars[task.id].value() == 1


def test_a_tab_dropped_by_a_reopen_no_longer_follows_edit_mode(
    make_main_window, ui_report_path, qtbot, monkeypatch
) -> None:
    """The Source tab followed edit mode through a lambda: deleted by a reopen, it was still called (a RuntimeError
    on a deleted object) and kept alive."""
    import weakref

    from PySide6.QtWidgets import QMessageBox

    from viewer.ui.edit.session import EditSession

    monkeypatch.setattr(EditSession, "ask_unsaved", lambda _self, _parent: QMessageBox.StandardButton.Discard)
    window = make_main_window(ui_report_path)
    source = weakref.ref(window.set_current_tab("source"))
    window.set_current_tab("overview")
    window.open_report(ui_report_path, wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert window.built_tab("source") is None
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, value, _tb: errors.append(value))
    editor = window.context.editor
    assert editor.start()
    editor.stop()
    assert errors == []
    import gc

    gc.collect()
    assert source() is None


def test_the_collector_waits_while_the_worker_loads_and_runs_again_after(
    make_main_window, ui_report_path, qtbot, monkeypatch, qapp
) -> None:
    """The worker's garbage made each of the GUI thread's collections walk half a million young objects while a
    large report was parsed: the collector pauses for the load and collects what is due after it."""
    from viewer.ui.common.collector import gui_thread_collector

    window = make_main_window(None)
    collector = gui_thread_collector(qapp)
    release = threading.Event()
    real = opening.load_report

    def load(path, cache=None):
        release.wait(20)
        return real(path, cache)

    monkeypatch.setattr(opening, "load_report", load)
    window.open_report(ui_report_path, wait=False)
    assert window.busy() and not collector.running()
    release.set()
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert collector.running() and window.context.report.meta.id == "mini-2024"


def test_a_new_version_with_the_same_tasks_counts_their_progress_afresh(make_main_window, tmp_path, qtbot) -> None:
    """The Overview keeps the task rows of a report opened again with the same tasks, but a new version may have
    more or fewer actions: the bars must show the new counts, not the old ones."""
    path = write_mini_report(tmp_path / "report", UI_REPORT)
    window = make_main_window(path)
    window.set_current_tab("overview")
    overview = window.built_tab("overview")
    assert overview.progress_bars["task-1"].format() == "0/2"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "      - id: task-1.monitoring\n        text: {zh: 强化运行监测, en: Strengthen monitoring}\n"
        "        quote: 强化运行监测\n", ""), encoding="utf-8")
    window.open_report(path, wait=False)
    qtbot.waitUntil(lambda: not window.busy(), timeout=20_000)
    assert window.built_tab("overview") is overview
    assert overview.progress_bars["task-1"].format() == "0/1"
