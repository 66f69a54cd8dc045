"""The window's side of correcting a report: edit mode, one undo step per edit, problems in the window's
language, Save, and asking before unsaved edits are lost.

``attach_editor(context)`` makes ``context.editor``. Edit mode turns itself on when a report with draft items is
opened (and is available for any report from Edit -> Correct report). Every edit applies ``Change``s of the
model (viewer.model.edit) to the open ``ReportDocument`` through an undo command on ``context.undo_stack`` and
shows the new version of the report in every tab (``context.set_report``); the checklist keeps every item
whose id stays the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.model.edit import (
    Change,
    EditProblem,
    InputError,
    ReportDocument,
    accept,
    build_report,
    delete_item,
    draft_items,
    edit_field,
    new_fact,
    report_problems,
)
from viewer.model.errors import ReportError
from viewer.model.loader import LoadedReport
from viewer.ui.common.widgets import fill
from viewer.ui.context import AppContext
from viewer.ui.edit.wording import problem_text


class EditCommand(QUndoCommand):
    """One edit: the changes on redo, the changes that undo them on undo."""

    def __init__(self, session: EditSession, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self._session = session
        self._changes = changes
        self._undo: list[Change] = []

    def redo(self) -> None:
        self._undo = self._document().apply(self._changes)
        self._session.refresh()

    def undo(self) -> None:
        self._document().apply(self._undo)
        self._session.refresh()

    def _document(self) -> ReportDocument:
        document = self._session.document
        assert document is not None  # edits are made, undone and redone only while a document is open
        return document


class EditSession(QObject):
    """Edit mode over the context's report.

    Signals:
        mode_changed(bool): edit mode turned on or off.
        problems_changed(): the problems of the items changed (rows show them).
        dirty_changed(bool): there are unsaved edits (True) or everything is saved (False).
        message(str): something to tell the user (a refused edit, a save), in the window's language.
        fact_added(str): a new figure was made from a selection, or the selection's figure is already one (the
            window shows it in the Figures tab).
    """

    mode_changed = Signal(bool)
    problems_changed = Signal()
    dirty_changed = Signal(bool)
    message = Signal(str)
    fact_added = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent or context)
        self._context = context
        self.document: ReportDocument | None = None
        self.problems: dict[str | None, list[EditProblem]] = {}
        self.refused: dict[str, EditProblem] = {}  # the last refused input per item, until it is edited well
        self._own_change = False
        self._dirty = False
        context.report_changed.connect(self._on_report_changed)

    # --- mode ----------------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.document is not None

    @property
    def dirty(self) -> bool:
        return self.document is not None and self.document.dirty

    def has_drafts(self) -> bool:
        report = self._context.report
        return (any(f.draft for f in report.facts) or any(e.draft for e in report.enterprises)
                or any(h.draft for h in report.honours) or any(t.draft for t in report.tasks)
                or any(action.draft for _task, action in report.actions()))

    def start(self) -> bool:
        """Turn edit mode on for the file the report came from (False, with a message, when it cannot be read)."""
        if self.document is not None:
            return True
        try:
            self.document = ReportDocument.open(self._context.loaded)
        except (ReportError, OSError) as exc:
            self.message.emit(fill(self.tr("The report cannot be edited: %1"), str(exc)))
            return False
        found, self.document.problems = self.document.problems, None
        if found is not None:  # a new draft: found by the drafting worker (ReportDocument.prepare)
            self.problems = found
            self.problems_changed.emit()
        else:
            self._compute_problems()
        self.mode_changed.emit(True)
        return True

    def stop(self) -> None:
        """Leave edit mode (the caller has saved or discarded the edits)."""
        if self.document is None:
            return
        self.document = None
        self.problems = {}
        self.refused = {}
        self._set_dirty(False)
        self.mode_changed.emit(False)
        self.problems_changed.emit()

    # --- edits -----------------------------------------------------------------------------------------

    def edit(self, item_id: str, field: str, text: str) -> bool:
        """Set one field of an item from typed text (one undo step); False when refused or unchanged."""
        if self.document is None:
            return False
        try:
            changes = edit_field(self.document, item_id, field, text)
        except InputError as exc:
            self.refused[item_id] = exc.problem
            self.problems_changed.emit()
            self.message.emit(problem_text(exc.problem))
            return False
        except KeyError:
            return False
        if self.refused.pop(item_id, None) is not None:
            self.problems_changed.emit()
        if not changes:
            return False
        self._push(changes, fill(self.tr("Edit %1 of %2"), field, item_id))
        return True

    def edit_fact(self, fact_id: str, field: str, text: str) -> bool:
        return self.edit(fact_id, field, text)

    def delete(self, item_ids: list[str]) -> bool:
        """Delete items (one undo step)."""
        if self.document is None or not item_ids:
            return False
        count = len(item_ids)
        self._context.undo_stack.beginMacro(self.tr("Delete 1 item") if count == 1
                                            else self.tr("Delete %n items", "", count))
        try:
            for item_id in item_ids:
                try:
                    changes = delete_item(self.document, item_id)
                except (InputError, KeyError):
                    continue
                self._push(changes, item_id)
        finally:
            self._context.undo_stack.endMacro()
        return True

    def accept(self, item_ids: list[str] | None = None) -> bool:
        """Accept items (all drafts when ``item_ids`` is None): their draft mark goes, as one undo step."""
        if self.document is None:
            return False
        ids = draft_items(self.document) if item_ids is None else item_ids
        changes = accept(self.document, ids)
        if not changes:
            return False
        if item_ids is None:
            text = self.tr("Accept every draft")
        else:
            text = self.tr("Accept 1 item") if len(ids) == 1 else self.tr("Accept %n items", "", len(ids))
        self._push(changes, text)
        return True

    def new_fact(self, start: int, end: int) -> str | None:
        """A new draft figure quoting source characters ``start:end``; its id, or None (with a message)."""
        if self.document is None:
            return None
        try:
            fact_id, changes = new_fact(self.document, start, end)
        except InputError as exc:
            self.message.emit(problem_text(exc.problem))
            if exc.problem.code == "figure_exists":  # shown, not made twice
                self.fact_added.emit(exc.problem.values[0])
            return None
        self._push(changes, self.tr("New figure from the selection"))
        self.fact_added.emit(fact_id)
        return fact_id

    def _push(self, changes: list[Change], text: str) -> None:
        self._context.undo_stack.push(EditCommand(self, changes, text))

    # --- showing the new version ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """After a change: the new version of the report in every tab, and its problems."""
        assert self.document is not None
        from viewer.model.validation import ValidationError

        try:
            report = build_report(self.document)
        except ValidationError:
            report = None  # an item does not read as its type: the tabs keep the last version, rows say why
        if report is not None:
            loaded = LoadedReport(report, self._context.loaded.path, self._context.loaded.source_text)
            self._own_change = True
            try:
                self._context.set_report(loaded)
            finally:
                self._own_change = False
        self._compute_problems(report)
        self._set_dirty(self.document.dirty)

    def _compute_problems(self, report=None) -> None:
        assert self.document is not None
        self.problems = report_problems(self.document, report)
        self.problems_changed.emit()

    def problem_lines(self, item_id: str | None) -> list[str]:
        """The problems of an item (and a refused input) in the window's language."""
        found = list(self.problems.get(item_id, []))
        if item_id in self.refused:
            found.insert(0, self.refused[item_id])
        return [problem_text(p) for p in found]

    def field_problem_lines(self, item_id: str, field: str) -> list[str]:
        """The problems of one field of an item ('title': also 'title.zh'), a refused input first."""
        found = ([self.refused[item_id]] if item_id in self.refused else []) + list(self.problems.get(item_id, []))
        prefix = "meta." if item_id == "meta" else ""  # the checks name a meta field by its path
        return [problem_text(p) for p in found
                if p.field.removeprefix(prefix) == field or p.field.removeprefix(prefix).startswith(f"{field}.")]

    def problem_count(self) -> int:
        return sum(len(v) for v in self.problems.values())

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _on_report_changed(self) -> None:
        if self._own_change:
            return
        # Another report (or the same file opened again): edits of the old one are gone by now (the window
        # asked first); a report with drafts starts in edit mode.
        if self.document is not None:
            self.document = None
            self.problems, self.refused = {}, {}
            self._set_dirty(False)
            self.mode_changed.emit(False)
        if self.has_drafts():
            self.start()

    # --- saving ------------------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> bool:
        """Write the edits (atomically, only if the report validates); False with a message otherwise."""
        if self.document is None:
            return False
        count = self.problem_count()
        if count:
            self.message.emit(self.tr("Not saved: 1 problem to fix first (filter the Figures tab by “With a "
                                      "problem”).") if count == 1 else
                              self.tr("Not saved: %n problems to fix first (filter the Figures tab by “With a "
                                      "problem”).", "", count))
            return False
        try:
            loaded = self.document.save(path)
        except ReportError as exc:
            self.message.emit(fill(self.tr("Not saved: %1"), str(exc)))
            return False
        except OSError as exc:
            self.message.emit(fill(self.tr("Not saved: %1"), exc.strerror or str(exc)))
            return False
        self._own_change = True
        try:
            self._context.set_report(loaded)
        finally:
            self._own_change = False
        self._set_dirty(False)
        self.message.emit(fill(self.tr("Saved %1"), str(self.document.path)))
        return True

    def close_for_window(self, parent: QWidget | None) -> bool:
        """Ask about unsaved edits (Save / Discard / Cancel); False: stay open."""
        if not self.dirty:
            return True
        choice = self.ask_unsaved(parent)
        if choice == QMessageBox.StandardButton.Cancel:
            return False
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        self.stop()
        return True


    def ask_unsaved(self, parent: QWidget | None) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved corrections (a dialog)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved corrections"),
                          self.tr("The report has corrections that are not saved. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        return QMessageBox.StandardButton(box.exec())


def attach_editor(context: AppContext) -> EditSession:
    """Give the context its edit session (``context.editor``); edit mode starts for a report with drafts."""
    session = EditSession(context)
    context.editor = session
    if session.has_drafts():
        session.start()
    return session
