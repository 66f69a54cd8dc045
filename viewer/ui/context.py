"""The application context: the one object every tab receives.

It holds what the tabs show (the loaded report, its provenance, the language) and the signals that tie
the tabs together (jump to a quote, select an item, progress changed). Tabs never talk to each other or
to the main window directly; they read from and emit through the context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from viewer.model.loader import LoadedReport
from viewer.model.provenance import Provenance
from viewer.model.types import Report, Text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from viewer.model.state import Mark, ReportState, Status
    from viewer.model.state.exchange import ImportPreview

LANGUAGES = ("zh", "en")


class ChecklistSession(Protocol):
    """What the tabs and the window do with the open checklist/review state (``context.session``).

    ``viewer.ui.state.session.StateSession`` is the one implementation; the tabs know it by this contract,
    so the context does not import the session (which is built on the context). Every change is one undo
    step named ``text``; the methods return False when nothing changed (the ``failed`` signal says why).
    """

    @property
    def save_status_changed(self) -> SignalInstance: ...  # (str): why changes are unsaved; '' once saved
    @property
    def read_only_changed(self) -> SignalInstance: ...  # (str): why this window may not write; '' when it may
    @property
    def notice(self) -> SignalInstance: ...  # (str): something to tell the user about the state file
    @property
    def failed(self) -> SignalInstance: ...  # (str): a change could not be made
    @property
    def read_only_reason(self) -> str: ...
    @property
    def save_error(self) -> str: ...
    def notices(self) -> list[str]: ...
    def set_item(self, action_id: str, text: str, **fields: object) -> bool: ...
    def toggle_done(self, action_id: str, text: str) -> bool: ...
    def set_task_status(self, task_id: str, status: Status, text: str) -> bool: ...
    def toggle_task(self, task_id: str, text: str) -> bool: ...
    def set_mark(self, item_id: str, mark: Mark, text: str, comment: str | None = None) -> bool: ...
    def set_marks(self, item_ids: list[str], mark: Mark, text: str) -> bool: ...
    def preview_import(self, text: str) -> ImportPreview: ...
    def apply_import(self, preview: ImportPreview, text: str) -> bool: ...
    def retry_save(self) -> bool: ...
    def take_over(self) -> bool: ...
    def close_for_window(self, parent: QWidget | None) -> bool: ...


class AppContext(QObject):
    """Current report, provenance, language and checklist state, with the signals tabs listen to.

    Signals:
        report_changed(): a new report was loaded; tabs rebuild from ``loaded``.
        language_changed(str): the interface language changed to 'zh' or 'en'; tabs re-read texts.
        show_source(str): show the quote of item KEY in the Source tab (the window switches tabs).
        show_source_span(int, int): select characters START:END of the source text (a text search hit).
        select_item(str): the user picked item KEY somewhere (e.g. a search hit); the window switches to the
            tab holding it and calls that tab's ``select_key(key)``.
        state_changed(): the checklist/review state changed; tabs showing progress refresh.
        export_requested(): File -> Export… was chosen (the charts part connects the handler).
        export_enabled_changed(bool): whether File -> Export… is available.
    """

    report_changed = Signal()
    language_changed = Signal(str)
    show_source = Signal(str)
    show_source_span = Signal(int, int)
    select_item = Signal(str)
    state_changed = Signal()
    export_requested = Signal()
    export_enabled_changed = Signal(bool)

    def __init__(self, loaded: LoadedReport, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
        self.loaded: LoadedReport = loaded
        self.provenance: Provenance = loaded.provenance or Provenance(loaded.report, loaded.source_text)
        self.lang: str = lang
        # The checklist/review state of the report and the session that changes it (both set by
        # ``viewer.ui.state.session.attach_state``; None without one, e.g. in a test of one tab).
        self.state: ReportState | None = None
        self.session: ChecklistSession | None = None
        # Correcting the report (viewer.ui.edit.session.EditSession, set by ``attach_editor``); its edits go
        # through the same undo stack.
        self.editor: Any = None
        # The undo stack every checklist/review change goes through (the Edit menu's Undo/Redo).
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.export_enabled: bool = False
        self._task_sizes: dict[str, int] = {}
        self._task_sizes_of: Report | None = None

    @property
    def report(self) -> Report:
        """The current report (shorthand for ``loaded.report``)."""
        return self.loaded.report

    def set_report(self, loaded: LoadedReport) -> None:
        """Make ``loaded`` the current report and tell every tab."""
        self.loaded = loaded
        # Kept in the report cache: a reopened report is not searched again.
        self.provenance = loaded.provenance or Provenance(loaded.report, loaded.source_text)
        self.report_changed.emit()

    def set_language(self, lang: str) -> None:
        """Switch the language of report texts ('zh' or 'en'); emits ``language_changed`` when it changes."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    def set_export_enabled(self, enabled: bool) -> None:
        """Enable or disable File -> Export… (the charts part calls this once it handles ``export_requested``)."""
        if enabled != self.export_enabled:
            self.export_enabled = enabled
            self.export_enabled_changed.emit(enabled)

    def task_progress(self, task_id: str) -> tuple[int, int]:
        """(done, total) actions of task ``task_id``; (0, total) while there is no checklist state."""
        report = self.report
        if self._task_sizes_of is not report:  # one look-up table per report: the Overview asks for every task
            self._task_sizes = {t.id: len(t.actions) for t in reversed(report.tasks)}
            self._task_sizes_of = report
        total = self._task_sizes.get(task_id)
        if total is None:
            return (0, 0)
        if self.state is None:
            return (0, total)
        return self.state.task_progress(task_id)

    def text(self, value: Text | None) -> str:
        """A report ``Text`` in the current language ('' for None)."""
        return "" if value is None else value.get(self.lang)
