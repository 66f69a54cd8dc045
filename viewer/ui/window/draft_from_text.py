"""File -> New report from text…: choose a report's text, draft a data file beside it, open the draft.

The drafting is ``viewer.model.draft`` (pure Python) in three steps: ``plan_draft`` reads the text and checks
where the draft goes (quick, on the UI thread, so a file that is no text is refused at once); ``compose_draft``
drafts and validates it, writing nothing, in a ``threading.Thread`` (it never touches a Qt object; automatic
garbage collection is off in the window, so no Qt object is freed there, see viewer.ui.common.collector); and
``write_draft`` writes the files atomically on the UI thread, only when the user did not cancel. A QTimer on the
UI thread polls the worker: the progress dialog shows how much of the text has been read, and its Cancel sets a
flag the drafter checks after each paragraph (it stops with InterruptedError). A cancelled draft leaves no file.
This module also picks a name that never overwrites an existing report and tells the user what to fill in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow
from shiboken6 import isValid

from viewer.model.draft import DraftedFile, DraftError
from viewer.model.draft.files import ComposedDraft, DraftPlan, compose_draft, plan_draft, write_draft
from viewer.model.edit.document import ReportDocument
from viewer.model.edit.problems import report_problems
from viewer.model.loader import LoadedReport
from viewer.ui.common.job_dialog import close_job_dialog, job_progress_dialog
from viewer.ui.common.widgets import fill
from viewer.ui.window import dialogs

POLL_MS = 50
_RUNNING: set[DraftJob] = set()  # kept alive until finished


def free_yaml_path(source: Path) -> Path:
    """``NAME.yaml`` beside the source, else ``NAME-draft.yaml``, ``NAME-draft-2.yaml``…: never an existing file."""
    candidate = source.with_suffix(".yaml")
    n = 1
    while candidate.exists():
        candidate = source.with_name(f"{source.stem}-draft{'' if n == 1 else f'-{n}'}.yaml")
        n += 1
    return candidate


class DraftJob(QObject):
    """Drafts one planned text in a worker thread; ``progressed(done, total)`` (characters of the text read)
    while it runs, then ``succeeded(drafted)`` once the files are written, or ``failed(message)``; ``finished()``
    in every case. Nothing but ``finished`` is emitted when cancelled, and nothing is written."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, plan: DraftPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftJob")
        self.plan = plan
        self.cancelled = False  # set by cancel(); read by the worker after each paragraph
        self.checking = False  # the text is read: the draft is being checked and made ready to edit
        self._done, self._total = 0, len(plan.text)
        self._outcome: ComposedDraft | DraftError | None = None
        self.loaded: LoadedReport | None = None  # the written draft as the loader reads it, once succeeded
        self._thread = threading.Thread(target=self._work, name="draft-from-text", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def cancel(self) -> None:
        """Stop after the paragraph being read; nothing is written."""
        self.cancelled = True

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def _step(self, done: int, total: int) -> None:  # worker thread: plain attributes only, no Qt
        if self.cancelled:
            raise InterruptedError
        self._done, self._total = done, total

    def _work(self) -> None:  # worker thread
        try:
            composed = compose_draft(self.plan, progress=self._step)
            if self.cancelled:
                raise InterruptedError
            self.checking = True
            # A draft opens in edit mode: its round-trip tree and its problems are found here rather than on the UI
            # thread, and the window shows the report read here (``composed.loaded``) without reading it again.
            document = ReportDocument.prepare(composed.yaml_text, self.plan.yaml_path, self.plan.text)
            # its problems too (the checks of a 4.5 MB draft took 1.8-3.9 s on the UI thread)
            document.problems = report_problems(document, composed.loaded.report)
            if self.cancelled:  # never written, so never opened: not kept
                ReportDocument.forget(self.plan.yaml_path)
                raise InterruptedError
            self._outcome = composed
        except InterruptedError:
            self._outcome = None
        except DraftError as exc:
            self._outcome = exc

    def _poll(self) -> None:
        if self._thread.is_alive() and not self.cancelled:
            self.progressed.emit(self._done, self._total)
            return
        # Cancelled: done at once, the worker's result (if it ever comes) is dropped; nothing is written.
        self._timer.stop()
        outcome = self._outcome
        try:
            if self.cancelled:
                return
            if isinstance(outcome, DraftError):
                self.failed.emit(str(outcome))
            elif outcome is not None:
                try:
                    drafted = write_draft(outcome)
                except DraftError as exc:
                    self.failed.emit(str(exc))
                else:
                    self.loaded = outcome.loaded
                    self.succeeded.emit(drafted)
        finally:
            self.finished.emit()

    def wait(self) -> None:
        """Block until the worker has stopped (the application quitting)."""
        self._thread.join()


def new_report_from_text(window: QMainWindow, open_report: Callable[..., object],
                         source: str | Path | None = None) -> DraftJob | None:
    """Ask for a text file (unless ``source`` is given) and start drafting it with a window-modal progress dialog;
    once drafted, save the YAML beside it and open it with ``open_report`` (the window's, called with the path and
    ``loaded=`` the report as drafted and checked); ``window`` is the
    dialogs' parent and shows the summary in its status bar. Returns the running job, None when nothing starts."""
    if source is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("DraftFromText", "New report from text"), "",
            QCoreApplication.translate("DraftFromText", "Report texts (*.txt);;All files (*)")
        )
        if not chosen:
            return None
        source = chosen
    path = Path(source)
    title = QCoreApplication.translate("DraftFromText", "Cannot draft a report")
    try:
        plan = plan_draft(path, free_yaml_path(path))
    except DraftError as exc:
        dialogs.show_message(window, title, str(exc))
        return None
    job = DraftJob(plan)
    dialog = job_progress_dialog(fill(QCoreApplication.translate("DraftFromText", "Drafting %1…"), path.name),
                                 QCoreApplication.translate("DraftFromText", "Cancel"),
                                 QCoreApplication.translate("DraftFromText", "New report from text"),
                                 "draftProgress", 100, window, job.cancel)

    def progressed(done: int, total: int) -> None:
        if isValid(dialog) and job.checking:
            if dialog.maximum() != 0:
                dialog.setRange(0, 0)  # no measure of how far: a busy bar
                dialog.setLabelText(fill(QCoreApplication.translate("DraftFromText", "Checking the draft of %1…"),
                                         path.name))
        elif isValid(dialog):
            dialog.setValue(min(100, done * 100 // max(1, total)))
            dialog.setLabelText(fill(QCoreApplication.translate("DraftFromText", "Drafting %1: %2% of the text read"),
                                     path.name, min(100, done * 100 // max(1, total))))

    def failed(message: str) -> None:
        dialogs.show_message(window if isValid(window) else None, title, message)

    def succeeded(drafted: DraftedFile) -> None:
        if isValid(window):
            _opened(window, open_report, drafted, job.loaded)

    def finished() -> None:
        _RUNNING.discard(job)
        close_job_dialog(dialog)
        job.deleteLater()

    job.progressed.connect(progressed)
    job.failed.connect(failed)
    job.succeeded.connect(succeeded)
    job.finished.connect(finished)
    _RUNNING.add(job)
    job.start()
    dialog.show()
    return job


def _opened(window: QMainWindow, open_report: Callable[..., object], drafted: DraftedFile,
            loaded: LoadedReport | None) -> None:
    """Open the written draft (shown as the worker read it: not read, validated and checked again on the UI thread,
    1.8 s for a 4.5 MB draft) and say what it holds and what is left to fill in."""
    open_report(drafted.yaml_path, loaded=loaded)
    summary = drafted.result.summary
    window.statusBar().showMessage(fill(QCoreApplication.translate("DraftFromText", "Drafted %1: %2"),
                                        drafted.yaml_path.name, summary.lines()[0]), 10000)
    notes = summary.lines()[1:]
    if notes:
        dialogs.show_message(
            window, QCoreApplication.translate("DraftFromText", "Draft report"),
            fill(QCoreApplication.translate(
                "DraftFromText", "Wrote %1. Every item is marked as a draft; review them against their quotes."),
                 str(drafted.yaml_path)) + "\n\n" + "\n".join(notes),
        )


def running_jobs() -> list[DraftJob]:
    """The drafts being drafted now."""
    return list(_RUNNING)


__all__ = ["DraftJob", "free_yaml_path", "new_report_from_text", "running_jobs"]
