"""File -> Export report as PDF with a progress dialog counting pages and Cancel between parts and pages.

The pages are laid out and painted on the UI thread, the text a piece at a time (viewer.charts.paged_text) and
then a page at a time, and the event loop turns after each piece and each page (the dialog is repainted, Cancel
is heard, the window stays responsive). A worker thread was tried and deadlocked:
PySide6 keeps Python's lock in calls such as ``QTextDocument.documentLayout()``, which wait for Qt's
connection lock, while the UI thread holds that lock in ``QObject::disconnect`` and waits for Python's (seen in
the suite as a hang; a frozen window for a user).

The PDF is built in memory and written with one atomic rename only when every page is done (viewer.charts.
report_pdf.write_pdf_file), so a cancelled or failed export leaves no file, not even a temporary one. What the
job reads is fixed before it starts: the loaded report (never changed once loaded), the checklist statuses and
the reviewer's work copied from the state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from viewer.charts.files import ExportError
from viewer.charts.report_html import ReviewWork
from viewer.model.loader import LoadedReport
from viewer.ui.common.job_dialog import close_job_dialog, job_progress_dialog
from viewer.ui.common.widgets import fill

_RUNNING: set[ReportPdfJob] = set()  # kept alive until finished; cancelled when the application quits
_HOOKED: list[QObject] = []  # the application whose aboutToQuit stops them


class ReportPdfJob(QObject):
    """Builds and writes one report PDF, a page per turn of the event loop; ``progressed(done, total)`` after each
    page, ``succeeded(path)`` once the file is written, ``failed(message)``, ``finished()`` in every case; nothing
    but ``finished`` is emitted when cancelled."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, loaded: LoadedReport, target: Path, lang: str, statuses: dict[str, str],
                 work: ReviewWork | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPdfJob")
        self.target = target
        self._loaded = loaded
        self._lang = lang
        self._statuses = statuses
        self._work = work
        self.cancelled = False  # set by cancel()

    def cancel(self) -> None:
        """Stop before the next part or page; nothing is written."""
        self.cancelled = True

    def start(self) -> None:
        """Begin once the event loop next turns (the progress dialog is shown first)."""
        QTimer.singleShot(0, self, self.run)

    def _page_done(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        self._turn()

    @staticmethod
    def _turn() -> None:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def run(self) -> None:
        from viewer.charts.report_pdf import write_pdf_file

        try:
            # The file dialog has already asked about replacing an existing file.
            write_pdf_file(self._loaded, self.target, self._lang, self._statuses, self._work, overwrite=True,
                           cancelled=lambda: self.cancelled, progress=self._page_done, turn=self._turn)
        except InterruptedError:
            pass
        except (ExportError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            if not self.cancelled:
                self.succeeded.emit(str(self.target))
        finally:
            self.finished.emit()


def start_report_pdf(loaded: LoadedReport, target: Path, lang: str, statuses: dict[str, str],
                     work: ReviewWork | None, parent: QWidget | None) -> ReportPdfJob:
    """Start writing the report PDF to ``target`` with a window-modal progress dialog (its Cancel cancels);
    an error is shown in a message box. Returns the running job."""
    job = ReportPdfJob(loaded, target, lang, statuses, work)
    dialog = job_progress_dialog(QCoreApplication.translate("ReportPdfExport", "Laying out the report…"),
                                 QCoreApplication.translate("ReportPdfExport", "Cancel"),
                                 QCoreApplication.translate("ReportPdfExport", "Export report as PDF"),
                                 "reportPdfProgress", 0, parent, job.cancel)

    def progressed(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(fill(QCoreApplication.translate("ReportPdfExport", "Page %1 of %2"), done, total))

    def failed(message: str) -> None:
        QMessageBox.warning(parent if parent is not None and isValid(parent) else None,
                            QCoreApplication.translate("ReportPdfExport", "Export report as PDF"), message)

    def finished() -> None:
        _RUNNING.discard(job)
        close_job_dialog(dialog)
        job.deleteLater()

    job.progressed.connect(progressed)
    job.failed.connect(failed)
    job.finished.connect(finished)
    _RUNNING.add(job)
    app = QCoreApplication.instance()
    if app is not None and app not in _HOOKED:
        _HOOKED.append(app)
        app.aboutToQuit.connect(stop_all)
    job.start()
    dialog.show()
    return job


def running_jobs() -> list[ReportPdfJob]:
    """The report PDFs being written now."""
    return list(_RUNNING)


def stop_all() -> None:
    """Cancel every running export (the application is quitting): it stops before its next page."""
    for job in list(_RUNNING):
        job.cancel()


__all__ = ["ReportPdfJob", "running_jobs", "start_report_pdf", "stop_all"]
