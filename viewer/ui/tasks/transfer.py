"""Sharing the checklist from the Tasks tab: the Export… and Import… buttons, their dialogs and the files.

Export writes the checklist and review marks as Markdown, CSV or JSON; import reads a colleague's JSON
export, shows what it would change, and applies it as one undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from viewer.model.state.exchange import (
    EXPORTERS,
    ImportFileError,
    ImportPreview,
    ImportRecords,
    Outcome,
    preview_records,
    read_import,
    read_import_file,
)
from viewer.model.state.storage import atomic_write, describe_os_error
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.tasks.widgets import MessageBar

Confirm = Callable[[ImportPreview], bool]
POLL_MS = 15  # how often the window looks whether the worker has read the file


class _ReadJob:
    """Reading and parsing an export in a worker thread: pure Python, nothing of the state or of Qt."""

    def __init__(self, path: Path, report_id: str) -> None:
        self.path = path
        self.report_id = report_id
        self.records: ImportRecords | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.records = read_import(read_import_file(self.path), self.report_id)
        except BaseException as exc:  # handed to the window's thread
            self.error = exc
        finally:
            self.done.set()


class ChecklistTransfer(QObject):
    """The tab's Export…/Import… buttons and what they do; errors and results go to ``notice_bar``."""

    def __init__(self, context: AppContext, notice_bar: MessageBar, tab: QWidget) -> None:
        super().__init__(tab)
        self._context = context
        self._notice_bar = notice_bar
        self._tab = tab  # the parent of the file dialogs and the import summary
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self._job: _ReadJob | None = None  # a file being read in a worker thread
        self._pending_confirm: Confirm | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_job)

    def retranslate(self) -> None:
        """Set the buttons' texts in the current language."""
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))

    def set_writable(self, writable: bool) -> None:
        """Importing changes the checklist, so it is offered only while the checklist can be saved."""
        self.import_button.setEnabled(writable)

    def export_to(self, path: Path, fmt: str) -> str | None:
        """Write the checklist and review marks to ``path`` as 'md', 'csv' or 'json'; the error, or None."""
        state = self._context.state
        if state is None:
            return self.tr("There is no checklist to export.")
        try:
            # The file dialog asked before replacing a file: that is the consent to overwrite.
            atomic_write(path, EXPORTERS[fmt](state, self._context.lang).encode("utf-8"), shared=True,
                         overwrite=True)
        except OSError as exc:
            return fill(self.tr("Could not export to %1: %2"), path, describe_os_error(exc, path))
        return None

    def import_from(self, path: Path, confirm: Confirm | None = None, wait: bool = True) -> ImportPreview | None:
        """Preview importing ``path``, ask ``confirm`` (default: a dialog with the summary), then apply it.

        Returns the preview when applied, None when cancelled or impossible (the notice bar says why). With
        ``wait=False`` the file is read and parsed in a worker thread (pure Python, no state, no Qt: 2,500 rows
        stalled the window ~0.25-0.36 s) and the rest runs on this thread when it is done; None is returned at once.
        """
        session, state = self._context.session, self._context.state
        if session is None or state is None or self._job is not None:
            return None
        report_id = state.report_id
        if not wait:
            job = self._job = _ReadJob(path, report_id)
            threading.Thread(target=job.run, name="checklist-import", daemon=True).start()
            self._poll.start()
            self._pending_confirm = confirm
            return None
        try:
            records = read_import(read_import_file(path), report_id)
        except ImportFileError as exc:
            self._notice_bar.show_message(fill(self.tr("Could not import %1: %2"), path, str(exc)))
            return None
        return self._preview_and_apply(path, records, confirm)

    def importing(self) -> bool:
        """Whether a file is being read for an import (``import_from(..., wait=False)``)."""
        return self._job is not None

    @Slot()
    def _check_job(self) -> None:
        job = self._job
        if job is None or not job.done.is_set():
            return
        self._poll.stop()
        self._job = None
        state = self._context.state
        if self._context.session is None or state is None or state.report_id != job.report_id:
            return  # another report is shown now: its checklist is not the one the file was read for
        if isinstance(job.error, ImportFileError):
            self._notice_bar.show_message(fill(self.tr("Could not import %1: %2"), job.path, str(job.error)))
            return
        if job.error is not None:
            raise job.error  # a bug: to the crash handler, as when it ran on this thread
        assert job.records is not None
        self._preview_and_apply(job.path, job.records, self._pending_confirm)

    def _preview_and_apply(self, path: Path, records: ImportRecords, confirm: Confirm | None) -> ImportPreview | None:
        session, state = self._context.session, self._context.state
        assert session is not None and state is not None
        preview = preview_records(state, records)
        if not (confirm or self._confirm_import)(preview):
            return None
        changes = preview.changes()
        session.apply_import(preview, fill(self.tr("Import %1 records from %2"),
                                           len(changes.checklist) + len(changes.review), path.name))
        return preview

    def _confirm_import(self, preview: ImportPreview) -> bool:
        c = preview.counts()
        text = fill(self.tr("Added: %1\nChanged: %2\nUnchanged: %3\nIgnored (ours is newer): %4\n"
                            "Orphaned (not in this report, kept): %5\nInvalid (skipped): %6"),
                    c["added"], c["changed"], c["unchanged"], c["ignored_older"], c["orphaned"], c["invalid"])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import checklist"), text,
                          QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel, self._tab)
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = [f"{e.outcome.value}: {e.id}" for e in preview.entries if e.outcome is not Outcome.UNCHANGED]
        details += [f"invalid: {p}" for p in preview.problems]
        if details:
            box.setDetailedText("\n".join(details))
        if not preview.changes():
            box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Apply

    @Slot()
    def _on_export_clicked(self) -> None:
        filters = {"md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)"), "json": self.tr("JSON (*.json)")}
        name = f"{self._context.report.meta.id}-checklist.md"
        path, chosen = QFileDialog.getSaveFileName(self._tab, self.tr("Export checklist"), name,
                                                   ";;".join(filters.values()))
        if not path:
            return
        fmt = next((k for k, v in filters.items() if v == chosen), None) or Path(path).suffix.lstrip(".") or "md"
        error = self.export_to(Path(path), fmt if fmt in EXPORTERS else "json")
        self._notice_bar.show_message(error or fill(self.tr("Exported to %1"), path), warn=bool(error))

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._tab, self.tr("Import a colleague's checklist"), "",
                                              self.tr("JSON export (*.json)"))
        if path:
            self.import_from(Path(path), wait=False)
