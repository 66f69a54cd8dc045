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
