"""File -> Export report as PDF off the UI thread: the pages are laid out and painted in a worker thread while
a progress dialog counts them, and Cancel stops the work between parts and pages.

The PDF is built in memory and written with one atomic rename only when every page is done (viewer.charts.
report_pdf.write_pdf_file), so a cancelled or failed export leaves no file, not even a temporary one. What the
worker reads is fixed before it starts: the loaded report (never changed once loaded), the checklist statuses
and the reviewer's work copied from the state on the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from viewer.charts.files import ExportError
from viewer.charts.report_html import ReviewWork
from viewer.model.loader import LoadedReport
from viewer.ui.common.widgets import fill

_RUNNING: set[ReportPdfJob] = set()  # kept alive until finished; waited for when the application quits
_HOOKED: list[QObject] = []  # the application whose aboutToQuit stops them


class ReportPdfJob(QThread):
    """Builds and writes one report PDF in its own thread; ``progressed(done, total)`` after each page,
    ``succeeded(path)`` once the file is written, ``failed(message)``; nothing is emitted when cancelled."""

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, loaded: LoadedReport, target: Path, lang: str, statuses: dict[str, str],
                 work: ReviewWork | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPdfJob")
        self.target = target
        self._loaded = loaded
        self._lang = lang
        self._statuses = statuses
        self._work = work
        self.cancelled = False  # set by cancel(), read on the UI thread

    def cancel(self) -> None:
        """Stop as soon as the worker next looks (between parts and pages); nothing is written."""
        self.cancelled = True
        self.requestInterruption()

    def run(self) -> None:
        from viewer.charts.report_pdf import write_pdf_file

        try:
            # The file dialog has already asked about replacing an existing file.
            write_pdf_file(self._loaded, self.target, self._lang, self._statuses, self._work, overwrite=True,
                           cancelled=self.isInterruptionRequested, progress=self.progressed.emit)
        except InterruptedError:
            return
        except (ExportError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.succeeded.emit(str(self.target))


def start_report_pdf(loaded: LoadedReport, target: Path, lang: str, statuses: dict[str, str],
                     work: ReviewWork | None, parent: QWidget | None) -> ReportPdfJob:
    """Start writing the report PDF to ``target`` with a window-modal progress dialog (its Cancel cancels);
    an error is shown in a message box. Returns the running job."""
    job = ReportPdfJob(loaded, target, lang, statuses, work)
    dialog = QProgressDialog(QCoreApplication.translate("ReportPdfExport", "Laying out the report…"),
                             QCoreApplication.translate("ReportPdfExport", "Cancel"), 0, 0, parent)
    dialog.setObjectName("reportPdfProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ReportPdfExport", "Export report as PDF"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(job.cancel)

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
        if isValid(dialog):  # not deleted with its window meanwhile
            dialog.close()
            dialog.deleteLater()
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
    """Cancel every running export and wait for its thread (the application is quitting)."""
    for job in list(_RUNNING):
        job.cancel()
        job.wait()


__all__ = ["ReportPdfJob", "running_jobs", "start_report_pdf", "stop_all"]
