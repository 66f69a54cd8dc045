"""The window's side of the state file's limits: a change that would make the file larger than the app reads
back is not written, the window says why in its language, and the change stays (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.model.state import Status
from viewer.ui.tasks.tab import TasksTab


def test_a_state_too_large_to_read_back_is_not_written_and_the_window_says_why(
        make_main_window, ui_report_path: Path, temporary_state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_main_window(ui_report_path, "zh")
    tab = window.set_current_tab("tasks")
    assert isinstance(tab, TasksTab)
    session = window.context.session
    assert session.set_item("task-1.projects", "x", status=Status.DOING)
    path = temporary_state_dir / "mini-2024.json"
    before = path.read_bytes()
    monkeypatch.setattr("viewer.model.state.report_state.MAX_STATE_BYTES", len(before) + 50)
    session.set_item("task-1.projects", "x", status=Status.DONE, note="很长的备注" * 40)
    assert path.read_bytes() == before  # never replaced by a file the app could not read
    assert tab.message_bar.isVisible()
    assert "超过本程序能读回的大小" in tab.message_bar.label.text()
    assert window.context.state.is_done("task-1.projects") and window.context.state.dirty
    monkeypatch.setattr("viewer.model.state.report_state.MAX_STATE_BYTES", 64 * 1024 * 1024)
    tab.message_bar.button.click()  # Retry once it fits again
    assert json.loads(path.read_text("utf-8"))["checklist"]["task-1.projects"]["status"] == "done"


def test_many_orphaned_records_are_listed_without_a_row_object_each(
        make_main_window, ui_report_path: Path, temporary_state_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """300,000 orphaned records froze the first visit to the Tasks tab for 10–55 s at 1.3 GB, and every change
    after it (each refilled four items per orphan): the list now formats only the rows it shows."""
    count = 20_000
    temporary_state_dir.mkdir(parents=True, exist_ok=True)
    checklist = {f"gone-{i:06d}": {"status": "done", "note": f"备注{i}", "updated": "2024-03-01T08:15:00+00:00"}
                 for i in range(count)}
    (temporary_state_dir / "mini-2024.json").write_text(json.dumps({
        "format": "industry-report-viewer/state", "version": 1, "report_id": "mini-2024",
        "checklist": checklist, "review": {}}), "utf-8")
    labels = []
    original = Status.label
    monkeypatch.setattr(Status, "label", lambda self, lang: labels.append(self) or original(self, lang))
    window = make_main_window(ui_report_path, "zh")
    tab = window.set_current_tab("tasks")
    assert isinstance(tab, TasksTab)
    tab.grab()
    assert "20000" in tab.orphan_box.title()
    model = tab.orphan_model
    assert model.rowCount() == count
    assert [model.index(0, c).data() for c in range(3)] == ["gone-000000", "已完成", "备注0"]
    assert model.index(count - 1, 0).data() == "gone-019999"
    window.context.session.set_item("task-1.projects", "x", status=Status.DOING)
    tab.grab()
    assert len(labels) < 1000  # the rows on screen and the tree's, not one per orphan per change
    assert model.rowCount() == count
