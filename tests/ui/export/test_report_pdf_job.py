"""File -> Export report as PDF: a progress dialog counting pages, Cancel that leaves no file (not even a
temporary one, also when cancelled while the text is laid out), errors shown in a message box, and the window's
event loop turning between pieces of the text's layout and between pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QPushButton

from viewer.ui.context import AppContext
from viewer.ui.export.dialog import export_report_pdf
from viewer.ui.export.report_pdf_job import running_jobs

pytestmark = pytest.mark.usefixtures("qt_user_paths")


def _window(qtbot, loaded) -> tuple[QMainWindow, AppContext]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window, AppContext(loaded, "en")


def test_the_pdf_is_written_with_a_page_count(qtbot, mini, tmp_path):
    window, context = _window(qtbot, mini)
    seen: list[tuple[int, int]] = []
    shown: list[bool] = []
    out = tmp_path / "out"
    out.mkdir()
    job = export_report_pdf(context, window, str(out / "report"))
    assert job is not None and job in running_jobs()
    dialog = window.findChild(QProgressDialog, "reportPdfProgress")
    assert dialog is not None and dialog.isVisible()
    job.progressed.connect(lambda done, total: (seen.append((done, total)), shown.append(dialog.isVisible())))
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    target = out / "report.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    total = seen[-1][1]
    assert total > 1 and seen == [(d, total) for d in range(1, total + 1)]
    assert all(shown)  # the dialog counted every page
    assert [p.name for p in out.iterdir()] == ["report.pdf"]  # no temporary file left


def test_cancel_leaves_no_file_not_even_a_temporary_one(qtbot, fujian, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    window, context = _window(qtbot, fujian)
    job = export_report_pdf(context, window, str(out / "fujian.pdf"))
    assert job is not None
    written: list[str] = []
    pages: list[int] = []
    job.succeeded.connect(written.append)
    dialog = window.findChild(QProgressDialog, "reportPdfProgress")

    def after_page(done: int, _total: int) -> None:
        pages.append(done)
        if done == 2:
            dialog.findChild(QPushButton).click()  # Cancel, as the user would while pages are counted

    job.progressed.connect(after_page)
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    assert job.cancelled and pages == [1, 2]
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


def test_the_event_loop_turns_while_the_pdf_is_built(qtbot, fujian, tmp_path):
    from PySide6.QtCore import QTimer

    window, context = _window(qtbot, fujian)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    job = export_report_pdf(context, window, str(tmp_path / "r.pdf"))
    assert job is not None
    at_page: list[int] = []
    job.progressed.connect(lambda done, _total: at_page.append(len(ticks)))
    timer.start(0)
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    timer.stop()
    assert Path(tmp_path / "r.pdf").is_file()
    # The timer fired between pages: the window's events are handled while the PDF is built.
    assert len(at_page) > 3 and at_page[-1] > at_page[0]


def test_the_event_loop_turns_while_the_text_is_laid_out(qtbot, fujian, tmp_path, monkeypatch):
    """Laying the text out (before the first page is painted) is pieces of a turn each, not one long turn."""
    from PySide6.QtCore import QTimer

    from viewer.charts import paged_text

    monkeypatch.setattr(paged_text, "PIECE_CHARS", 2_000)
    window, context = _window(qtbot, fujian)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    job = export_report_pdf(context, window, str(tmp_path / "r.pdf"))
    assert job is not None
    at_page: list[int] = []
    job.progressed.connect(lambda done, _total: at_page.append(len(ticks)))
    timer.start(0)
    started = len(ticks)
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    timer.stop()
    assert Path(tmp_path / "r.pdf").is_file()
    # The overview, checklist, tables and source text of the bundled report are dozens of pieces.
    assert at_page[0] - started > 20


def test_cancel_while_the_text_is_laid_out_leaves_no_file(qtbot, fujian, tmp_path, monkeypatch):
    from viewer.charts import report_pages

    out = tmp_path / "out"
    out.mkdir()
    window, context = _window(qtbot, fujian)
    pieces: list[int] = []
    fill_steps = report_pages.fill_steps

    def fill_and_cancel(*args, **kwargs):
        for moved in fill_steps(*args, **kwargs):
            pieces.append(1)
            if len(pieces) == 2:  # Cancel, as the user would while the text is laid out
                window.findChild(QProgressDialog, "reportPdfProgress").findChild(QPushButton).click()
            yield moved

    monkeypatch.setattr(report_pages, "fill_steps", fill_and_cancel)
    job = export_report_pdf(context, window, str(out / "fujian.pdf"))
    assert job is not None
    pages: list[int] = []
    job.progressed.connect(lambda done, _total: pages.append(done))
    qtbot.waitUntil(lambda: job not in running_jobs(), timeout=60_000)
    assert job.cancelled and pages == [] and len(pieces) == 2  # stopped at the next turn, before any page
    assert list(out.iterdir()) == []
