"""File -> Export report as PDF in a worker thread: a progress dialog counting pages, Cancel that leaves no file
(not even a temporary one), errors shown in a message box, and the window's event loop turning meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QPushButton

from viewer.charts.report_pages import ReportPages
from viewer.ui.context import AppContext
from viewer.ui.export.dialog import export_report_pdf
from viewer.ui.export.report_pdf_job import running_jobs

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def _window(qtbot, loaded) -> tuple[QMainWindow, AppContext]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window, AppContext(loaded, "en")


def test_the_pdf_is_written_in_a_worker_thread_with_a_page_count(qtbot, mini, tmp_path, monkeypatch):
    threads: list[threading.Thread] = []
    release = threading.Event()
    paint = ReportPages.paint_page

    def painting(self, painter, index, scale=1.0):
        assert release.wait(60)  # until the test listens
        threads.append(threading.current_thread())
        paint(self, painter, index, scale)

    monkeypatch.setattr(ReportPages, "paint_page", painting)
    window, context = _window(qtbot, mini)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    job = export_report_pdf(context, window, str(out / "report"))
    assert job is not None and job in running_jobs()
    dialog = window.findChild(QProgressDialog, "reportPdfProgress")
    assert dialog is not None and dialog.isVisible()
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    release.set()
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    target = out / "report.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    assert threads and all(t is not threading.main_thread() for t in threads)
    total = len(threads)
    assert seen and seen[-1] == (total, total) and all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert [p.name for p in out.iterdir()] == ["report.pdf"]  # no temporary file left


def test_cancel_leaves_no_file_not_even_a_temporary_one(qtbot, fujian, tmp_path, monkeypatch):
    started, release = threading.Event(), threading.Event()
    paint = ReportPages.paint_page

    def painting(self, painter, index, scale=1.0):
        started.set()
        assert release.wait(60)  # the first page waits until the test has pressed Cancel
        paint(self, painter, index, scale)

    monkeypatch.setattr(ReportPages, "paint_page", painting)
    out = tmp_path / "out"
    out.mkdir()
    window, context = _window(qtbot, fujian)
    job = export_report_pdf(context, window, str(out / "fujian.pdf"))
    assert job is not None
    written: list[str] = []
    job.succeeded.connect(written.append)
    try:
        qtbot.waitUntil(started.is_set, timeout=60_000)
        dialog = window.findChild(QProgressDialog, "reportPdfProgress")
        dialog.findChild(QPushButton).click()  # Cancel
        assert job.cancelled
    finally:
        release.set()
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    assert written == [] and list(out.iterdir()) == []


def test_a_file_that_cannot_be_written_is_one_message(qtbot, mini, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    window, context = _window(qtbot, mini)
    job = export_report_pdf(context, window, str(blocker / "report.pdf"))
    assert job is not None
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    assert "report.pdf" in shown[0]
    assert [p.name for p in out.iterdir()] == ["not-a-folder"]


def test_the_event_loop_turns_while_the_pdf_is_built(qtbot, fujian, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer

    release = threading.Event()
    paint = ReportPages.paint_page

    def painting(self, painter, index, scale=1.0):
        assert release.wait(60)
        paint(self, painter, index, scale)

    monkeypatch.setattr(ReportPages, "paint_page", painting)
    window, context = _window(qtbot, fujian)
    job = export_report_pdf(context, window, str(tmp_path / "r.pdf"))
    assert job is not None
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    try:
        timer.start(1)
        qtbot.waitUntil(lambda: len(ticks) >= 5)  # the UI thread is not held by the export
        timer.stop()
        assert job.isRunning()
    finally:
        release.set()
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    assert Path(tmp_path / "r.pdf").is_file()
