"""Opening reports: File -> Open, drag and drop, recent files; a broken file keeps the current report."""

from __future__ import annotations

from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from tests.conftest import write_mini_report
from tests.ui.conftest import UI_REPORT
from viewer.model.errors import ReportError
from viewer.ui.window import dialogs
from viewer.ui.window.dialogs import ReportErrorDialog
from viewer.ui.window.recent import KEY as RECENT_KEY


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[ReportError]:
    """Record report-error dialogs instead of showing them modally."""
    shown: list[ReportError] = []

    def record(error: ReportError, parent=None, note: str = "") -> ReportErrorDialog:
        shown.append(error)
        return ReportErrorDialog(error, parent, note=note)

    monkeypatch.setattr(dialogs, "show_report_error", record)
    return shown


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_message", lambda parent, title, text: messages.append((title, text)))
    return messages


def _broken(tmp_path: Path) -> Path:
    text = UI_REPORT.replace("    value: 8.2\n", "    value: eight\n").replace("    unit: 位\n", "    unit: 位置\n")
    return write_mini_report(tmp_path / "broken", text)


def test_broken_file_keeps_the_report_and_lists_every_problem(make_main_window, tmp_path, shown_errors) -> None:
    window = make_main_window(None)
    before = window.context.loaded
    path = _broken(tmp_path)
    assert not window.open_report(path)
    assert window.context.loaded is before
    assert len(shown_errors) == 1
    problems = shown_errors[0].problems
    assert len(problems) >= 2
    lines = str(shown_errors[0]).splitlines()
    assert any("facts[0].value" in line for line in lines)
    assert any("facts[1].unit" in line for line in lines)
    dialog = ReportErrorDialog(shown_errors[0])
    assert dialog.problems.toPlainText() == str(shown_errors[0])
    assert dialog.problems.isReadOnly()
    # Positions come first, FILE:LINE:COLUMN.
    assert all(line.startswith(f"{path}:") and line.split(":")[1].isdigit() for line in lines)


def test_missing_file_is_a_clear_error(make_main_window, tmp_path, shown_errors) -> None:
    window = make_main_window(None)
    assert not window.open_report(tmp_path / "nope.yaml")
    assert "no such report file" in str(shown_errors[0])


def test_file_open_dialog_opens_the_chosen_report(make_main_window, ui_report_path, monkeypatch, qtbot) -> None:
    window = make_main_window(None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ui_report_path), ""))
    window.menus.open_action.trigger()
    qtbot.waitUntil(lambda: window.context.report.meta.id == "mini-2024")  # loaded in a worker thread


def _drop_events(path: str, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    # The events only point at ``mime``: the caller keeps it alive while they are used.
    mime.setUrls([QUrl.fromLocalFile(path)])
    # Qt 6.12 deprecates the QPoint position (a warning, so an error here) for a QPointF one it adds.
    position = QPointF(10, 10) if PySide6.__version_info__[:2] >= (6, 12) else QPoint(10, 10)
    enter = QDragEnterEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    return enter, drop


def test_drag_and_drop_of_a_yaml_file_opens_it(make_main_window, ui_report_path, qtbot) -> None:
    window = make_main_window(None)
    mime = QMimeData()
    enter, drop = _drop_events(str(ui_report_path), mime)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.context.report.meta.id == "mini-2024")  # loaded in a worker thread


def test_drop_of_other_files_is_refused(make_main_window, tmp_path) -> None:
    window = make_main_window(None)
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    mime = QMimeData()
    enter, _drop = _drop_events(str(other), mime)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_recent_reports_remembered_and_missing_ones_removed(
    make_main_window, tmp_path, shown_messages
) -> None:
    window = make_main_window(None)
    first = write_mini_report(tmp_path / "a", UI_REPORT)
    second = write_mini_report(tmp_path / "b", UI_REPORT)
    assert window.open_report(first)
    assert window.open_report(second)
    recent = QSettings().value(RECENT_KEY, [], type=list)
    assert recent == [str(second.resolve()), str(first.resolve())]
    actions = [a for a in window.menus.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == recent
    first.unlink()
    window.open_recent(str(first.resolve()))  # gone: told at once, nothing loaded
    assert shown_messages and str(first.resolve()) in shown_messages[0][1]
    assert QSettings().value(RECENT_KEY, [], type=list) == [str(second.resolve())]
    assert window.context.loaded.path == second


def test_recent_list_keeps_at_most_eight(make_main_window, tmp_path) -> None:
    window = make_main_window(None)
    paths = [write_mini_report(tmp_path / f"r{i}", UI_REPORT) for i in range(10)]
    for path in paths:
        assert window.open_report(path)
    recent = QSettings().value(RECENT_KEY, [], type=list)
    assert recent == [str(p.resolve()) for p in reversed(paths)][:8]
