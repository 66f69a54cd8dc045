"""An exception inside a slot: a dialog with the details, a crash log, and the app keeps running."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from viewer.ui.app.crash_handler import CrashHandler


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_reported_and_logged(qtbot, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    try:
        def broken_slot() -> None:
            raise ValueError("the figure is missing")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        dialog = handler.dialog
        assert isinstance(dialog, QMessageBox)
        assert "the figure is missing" in dialog.text()
        assert "ValueError" in dialog.detailedText()
        logs = list((tmp_path / "logs").glob("crash-*.log"))
        assert len(logs) == 1 and "broken_slot" in logs[0].read_text("utf-8")
        assert str(logs[0]) in dialog.informativeText()

        # The event loop goes on: a later timer still fires, and a second fault reuses the dialog.
        fired: list[bool] = []
        QTimer.singleShot(0, lambda: fired.append(True))
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: fired == [True] and handler.count == 2)
        assert handler.dialog is dialog
        assert "2" in dialog.informativeText()

        copy = dialog.findChild(QPushButton, "copyDetails")
        copy.click()
        assert "ValueError: the figure is missing" in QApplication.clipboard().text()
    finally:
        handler.uninstall()
        handler.close_dialog()


@pytest.mark.qt_no_exception_capture
def test_an_unwritable_log_dir_still_shows_the_dialog(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    handler = CrashHandler(blocker / "logs")
    handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        assert handler.last_log is None
        assert "could not be written" in handler.dialog.detailedText()
    finally:
        handler.uninstall()
        handler.close_dialog()


@pytest.mark.qt_no_exception_capture
def test_crash_logs_go_to_the_state_folder(qtbot, temporary_xdg_state_home: Path) -> None:
    # Not the data folder, where the user's checklist lives: the XDG state folder on Linux.
    handler = CrashHandler()
    handler.install()
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        folder = temporary_xdg_state_home / "IndustryReportViewer" / "report-viewer" / "crash-logs"
        assert handler.last_log is not None and handler.last_log.parent == folder
        assert "ZeroDivisionError" in handler.last_log.read_text("utf-8")
    finally:
        handler.close_dialog()
        handler.uninstall()
