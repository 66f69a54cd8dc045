"""The window's side of the checklist state: the open ``ReportState``, its undo stack, and Qt signals.

``attach_state(context, state_dir)`` opens the state of the context's report and keeps it in step
with the report (a new version keeps progress and shows orphans; another report opens its own file).
Widgets change the state only through the session's methods, which push undo commands onto
``context.undo_stack``; they learn about changes from ``context.state_changed`` and the session's
signals.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from viewer.model.state import (
    Changes,
    Mark,
    ReportState,
    StateError,
    StateEvent,
    Status,
    resolve_state_dir,
)
from viewer.model.state.storage import atomic_write, describe_os_error
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.state.messages import notice_text, read_only_text, save_error_text
from viewer.ui.state.undo import StateCommand

if TYPE_CHECKING:
    # Import/export formats (csv, json) and the close-time dialogs load when used, not before the first frame.
    from viewer.model.state.exchange import ImportPreview


def state_dir_for(option: str | os.PathLike[str] | None) -> Path:
    """``--state-dir``, else ``$REPORT_VIEWER_STATE_DIR``, else the user's data folder (as the command line)."""
    return resolve_state_dir(option)


class StateSession(QObject):
    """The checklist/review state of the context's current report, changed through undo commands.

    Signals:
        save_status_changed(str): '' once everything is saved, else the message saying why not.
        read_only_changed(str): '' when this window may write, else why not (another instance has it).
        notice(str): something the user must read (an unreadable file was moved aside, where to).
        failed(str): a change was refused (read-only, invalid); the message is for the user.
    """

    save_status_changed = Signal(str)
    read_only_changed = Signal(str)
    notice = Signal(str)
    failed = Signal(str)

    def __init__(self, context: AppContext, state_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent or context)
        self._context = context
        self.state_dir = state_dir
        self.undo_stack = context.undo_stack
        # A read-only window follows what the writing instance saves (the file is replaced on each save,
        # so the folder is watched too).
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_file_changed)
        self.state: ReportState = self._open()
        context.report_changed.connect(self._on_report_changed)

    def _open(self) -> ReportState:
        state = ReportState.open(self._context.report, self.state_dir)
        state.add_listener(self._on_state_event)
        self._context.state = state
        self._seen_notices = 0
        self._last_save_error = state.save_error or ""
        self._watch(state)
        return state

    def _watch(self, state: ReportState) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if state.read_only and state.path is not None:
            paths = [str(p) for p in (state.path, state.path.parent) if p.exists()]
            if paths:
                self._watcher.addPaths(paths)

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        if self.state.read_only:
            self.state.reload()
            self._watch(self.state)

    # --- status ---------------------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str:
        """Why this window may not write, in the interface language ('' when it may)."""
        return read_only_text(self.state)

    @property
    def save_error(self) -> str:
        """Why changes are unsaved, in the interface language ('' when all is saved)."""
        return save_error_text(self.state)

    def notices(self) -> list[str]:
        """Every notice of the open state (shown by the Tasks tab when it is built later)."""
        return [notice_text(n) for n in self.state.notices]

    def _emit_new_notices(self) -> None:
        for notice in self.state.notices[self._seen_notices:]:
            self.notice.emit(notice_text(notice))
        self._seen_notices = len(self.state.notices)

    # --- changing (every change is one undo step) ---------------------------------------------------------

    def push(self, changes: Changes, text: str) -> bool:
        """Apply ``changes`` as one undoable step named ``text``; False when nothing was done."""
        if not changes:
            return False
        if self.state.read_only:
            self.failed.emit(self.tr("Not changed: %1").replace("%1", self.read_only_reason))
            return False
        self.undo_stack.push(StateCommand(self._apply, changes, self.state.snapshot(changes), text))
        return True

    def _apply(self, changes: Changes) -> bool:
        try:
            return self.state.apply(changes)
        except StateError as exc:  # read-only since (lock lost) or invalid: say so, never raise into Qt
            self.failed.emit(str(exc))
            return False

    def _plan(self, plan, *args, **kwargs) -> Changes | None:
        try:
            return plan(*args, **kwargs)
        except StateError as exc:
            self.failed.emit(str(exc))
            return None

    def set_item(self, action_id: str, text: str, **fields: object) -> bool:
        """Change fields (status, note, owner, due) of one action."""
        changes = self._plan(self.state.plan_item, action_id, **fields)
        return changes is not None and self.push(changes, text)

    def toggle_done(self, action_id: str, text: str) -> bool:
        """Done <-> not started (Space in the Tasks tab)."""
        status = Status.TODO if self.state.is_done(action_id) else Status.DONE
        return self.set_item(action_id, text, status=status)

    def set_task_status(self, task_id: str, status: Status, text: str) -> bool:
        """Every action of a task to ``status``, as one step."""
        changes = self._plan(self.state.plan_task_status, task_id, status)
        return changes is not None and self.push(changes, text)

    def toggle_task(self, task_id: str, text: str) -> bool:
        """All actions done, or (when they all are) all back to not started."""
        done, total = self.state.task_progress(task_id)
        return self.set_task_status(task_id, Status.TODO if total and done == total else Status.DONE, text)

    def set_mark(self, item_id: str, mark: Mark, text: str, comment: str | None = None) -> bool:
        """Review mark (and comment; None keeps it) of a fact, enterprise, honour or task."""
        changes = self._plan(self.state.plan_mark, item_id, mark, comment)
        return changes is not None and self.push(changes, text)

    def set_marks(self, item_ids: list[str], mark: Mark, text: str) -> bool:
        """The same review mark on several items (comments kept), as one undo step."""
        review: dict = {}
        for item_id in item_ids:
            changes = self._plan(self.state.plan_mark, item_id, mark, None)
            if changes is None:
                return False
            review.update(changes.review)
        return self.push(Changes(review=review), text)

    def preview_import(self, text: str) -> ImportPreview:
        """What importing ``text`` would do (ImportFileError when it cannot be imported)."""
        from viewer.model.state.exchange import preview_import

        return preview_import(self.state, text)

    def apply_import(self, preview: ImportPreview, text: str) -> bool:
        """Apply an import as one undoable step."""
        return self.push(preview.changes(), text)

    def retry_save(self) -> bool:
        """Write unsaved changes again (the message bar's Retry)."""
        return self.state.retry_save()

    def take_over(self) -> bool:
        """Become the writer if the other instance has closed (the read-only banner's button)."""
        ok = self.state.take_over()
        self._watch(self.state)
        self.read_only_changed.emit(self.read_only_reason)
        self._emit_new_notices()
        return ok

    def close(self) -> bool:
        """Save what is unsaved and release the lock; False when changes could not be written."""
        return self.state.close()

    def close_for_window(self, parent: QWidget | None) -> bool:
        """At window close: save, or ask what to do with changes that cannot be written. False: stay open.

        The choices are Retry, Save a copy… (a JSON export that can be imported later), Discard and Cancel;
        the lock is kept until the user has decided, so no other instance writes meanwhile.
        """
        from PySide6.QtWidgets import QMessageBox

        while not self.state.flush():
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved checklist changes"),
                              fill(self.tr("Your checklist changes could not be saved:\n%1"), self.save_error),
                              QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Save
                              | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save a copy…"))
            choice = box.exec()
            if choice == QMessageBox.StandardButton.Discard:
                break
            if choice == QMessageBox.StandardButton.Cancel:
                return False
            if choice == QMessageBox.StandardButton.Save and self._save_copy(parent):
                break
        self.state.close()
        return True

    def _save_copy(self, parent: QWidget | None) -> bool:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from viewer.model.state.exchange import export_json

        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Save a copy of the checklist"),
                                              f"{self.state.report_id}-checklist.json", self.tr("JSON (*.json)"))
        if not path:
            return False
        try:
            # The file dialog asked before replacing a file: that is the consent to overwrite.
            atomic_write(Path(path), export_json(self.state, self._context.lang).encode("utf-8"),
                         shared=True, overwrite=True)
        except OSError as exc:
            QMessageBox.warning(parent, self.tr("Save a copy of the checklist"), describe_os_error(exc, Path(path)))
            return False
        return True

    # --- events -----------------------------------------------------------------------------------------

    def _on_state_event(self, event: StateEvent) -> None:
        if event.ids:
            self._context.state_changed.emit()
        error = event.save_error or ""
        if error != self._last_save_error:
            self._last_save_error = error
            self.save_status_changed.emit(self.save_error)

    @Slot()
    def _on_report_changed(self) -> None:
        report = self._context.report
        if report.meta.id == self.state.report_id:
            self.state.set_report(report)  # a new version: progress kept, vanished ids shown as orphaned
            return
        # Another report: its own file. Undo steps belong to the old report's state and go with it.
        self.state.remove_listener(self._on_state_event)
        self.state.close()
        self.undo_stack.clear()
        self.state = self._open()
        self.read_only_changed.emit(self.read_only_reason)
        self.save_status_changed.emit(self.save_error)
        self._emit_new_notices()
        self._context.state_changed.emit()


def attach_state(context: AppContext, state_dir: str | os.PathLike[str] | None = None) -> StateSession:
    """Open the checklist state of ``context``'s report and make it ``context.state`` / ``context.session``."""
    session = StateSession(context, state_dir_for(state_dir))
    context.session = session
    context.state_changed.emit()
    return session

